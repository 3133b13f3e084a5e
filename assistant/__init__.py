"""Question answering over collections of research-paper abstracts, with verified citations."""

from __future__ import annotations

import os
from typing import Any

# OpenMP threads (llama.cpp's, torch's) sleep instead of spin-waiting when they have to wait: on a
# 2-core machine next to another busy process, spinning made llama.cpp 20-60x slower (bench/load.py).
# Set before either library loads; a value the user set wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from .core import Assistant
from .errors import AssistantError
from .schema import Answer, Citation, IngestReport, Record, Rejection, Source
from .settings import Settings, get_settings

__all__ = [
    "Answer", "Assistant", "ask", "AssistantError", "Citation", "IngestReport", "Record", "Rejection",
    "Settings", "Source", "get_settings",
]
__version__ = "0.1.0"

_default: Assistant | None = None


def ask(question: str, k: int | None = None, **overrides: Any) -> Answer:
    """Answer `question` from the default collection (the bundled seeds on a first run).

    `overrides` are settings for this call (e.g. `collection="papers"`, `llm="openai"`)."""
    global _default
    if overrides:
        return Assistant(**overrides).ask(question, k)
    if _default is None:
        _default = Assistant()
    return _default.ask(question, k)
