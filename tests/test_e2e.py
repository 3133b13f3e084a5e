"""End to end with the real stack: bundled seeds, real embeddings, Chroma, the real local LLM."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

pytestmark = pytest.mark.slow


def test_ask_cites_the_right_seed_abstract(seeded_store: Path) -> None:
    res = run_cli("ask", "What do LLM agents conform to when they simulate political debates?", "--json", "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    answer = json.loads(res.stdout)
    assert not answer["refused"]
    assert answer["citations"], answer
    assert any("political debates" in c["text"] for c in answer["citations"])
    assert "bias" in answer["text"].lower()
    assert {c["number"] for c in answer["citations"]} <= {s["number"] for s in answer["sources"]}
    assert answer["model"].startswith("Qwen2.5")


def test_ask_streams_then_lists_sources_and_refuses_the_unanswerable(seeded_store: Path) -> None:
    res = run_cli("ask", "Which link prediction cases remain hard for translational distance models?", "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    assert "[1]" in res.stdout or "[2]" in res.stdout
    assert "support" in res.stdout  # the quote line under each cited source
    assert "Traceback" not in res.stderr
    res = run_cli("ask", "What is the boiling point of water at sea level?", "--store", str(seeded_store))
    assert res.returncode == 0 and "do not answer" in res.stdout and "Nearest abstracts" in res.stdout
