"""Errors a user can cause and fix. The CLI prints these as one line and exits non-zero."""

from __future__ import annotations


class AssistantError(Exception):
    """A problem with input, configuration or environment that the user can fix."""

    exit_code = 2


class StoreError(AssistantError):
    """The store cannot be opened or written."""


class EmbeddingModelMismatch(StoreError):
    """The collection was built with another embedding model."""


class ModelNotAvailable(AssistantError):
    """A model could not be loaded locally."""


class InputRejected(AssistantError):
    """Input was rejected (used by --strict, and for bad questions)."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class LLMUnavailable(AssistantError):
    """The configured LLM backend cannot be reached or loaded."""
