"""Question answering over collections of research-paper abstracts, with verified citations.

    from assistant import ask
    answer = ask("Which link prediction cases remain hard for translational distance models?")

The public names are imported on first use, so `assistant --help` and `assistant info` start
without loading torch, chromadb, LangChain or llama.cpp."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# OpenMP threads (llama.cpp's, torch's) sleep instead of spin-waiting when they have to wait: on a
# 2-core machine next to another busy process, spinning made llama.cpp 20-60x slower (bench/load.py).
# Set before either library loads; a value the user set wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

if TYPE_CHECKING:
    from .core import Assistant
    from .errors import AssistantError
    from .filters import Filter
    from .schema import Answer, Citation, IngestReport, Record, Rejection, Source
    from .settings import Settings, get_settings

__all__ = [
    "Answer", "Assistant", "ask", "AssistantError", "Citation", "Filter", "IngestReport", "Record", "Rejection",
    "Settings", "Source", "get_settings",
]
__version__ = "0.2.0"

_LAZY = {
    "Assistant": ".core", "AssistantError": ".errors", "Filter": ".filters", "Settings": ".settings", "get_settings": ".settings",
    **{name: ".schema" for name in ("Answer", "Citation", "IngestReport", "Record", "Rejection", "Source")},
}
_default: Any = None


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")


def ask(question: str, k: int | None = None, **overrides: Any) -> Answer:
    """Answer `question` from the default collection (the bundled seeds on a first run).

    `overrides` are settings for this call (e.g. `collection="papers"`, `llm="openai"`), plus
    `where=`, `author=`, `tag=` to restrict the abstracts (see `assistant.Filter`)."""
    global _default
    from .core import Assistant

    filters = {key: overrides.pop(key) for key in ("where", "author", "tag") if key in overrides}
    if overrides:
        return Assistant(**overrides).ask(question, k, **filters)
    if _default is None:
        _default = Assistant()
    return _default.ask(question, k, **filters)
