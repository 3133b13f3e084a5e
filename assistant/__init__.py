"""Question answering over collections of research-paper abstracts, with verified citations."""

from __future__ import annotations

from .core import Assistant
from .errors import AssistantError
from .schema import Answer, Citation, IngestReport, Record, Rejection, Source
from .settings import Settings, get_settings

__all__ = [
    "Answer", "Assistant", "AssistantError", "Citation", "IngestReport", "Record", "Rejection",
    "Settings", "Source", "get_settings",
]
__version__ = "0.1.0"
