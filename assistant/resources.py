"""Files that ship with the assistant: the seed abstracts and the prompt templates.

In a wheel they live in `assistant/_bundled/`; in a source checkout they are the repo's `seeds/`
and `prompts/`."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    for candidate in (PACKAGE / "_bundled" / name, PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this installation")


def seed_files() -> list[Path]:
    return sorted(bundled_dir("seeds").glob("*.txt"))
