"""End to end with the real stack: bundled seeds, real embeddings, Chroma, the real local LLM."""

from __future__ import annotations

import json
import re
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


def ask_json(store: Path, question: str) -> dict:
    res = run_cli("ask", question, "--json", "--store", str(store))
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_every_question_kind_with_the_real_model(seeded_store: Path) -> None:
    yesno = ask_json(seeded_store, "Do LLM agents conform to the model's inherent social biases when they simulate political debates?")
    assert yesno["kind"] == "yesno" and yesno["verdict"] in ("yes", "no", "unsettled")
    opening = {"yes": "Yes.", "no": "No.", "unsettled": "The abstracts do not settle this."}[yesno["verdict"]]
    assert yesno["text"].startswith(opening)
    assert any("political debates" in c["text"] for c in yesno["citations"])

    multi = ask_json(seeded_store, "What do LLM agents conform to in political debates, and where is the knowledge distillation survey's GitHub repository?")
    assert multi["kind"] == "multipart" and not multi["refused"]
    assert "bias" in multi["text"].lower() and "github" in multi["text"].lower()

    # a comparison of two studies: each study's figure, cited to it
    compared = ask_json(seeded_store, "Which is larger, the counting component's improvement over a strong baseline or the memory "
                                      "reduction that low-precision quantization realizes in practice, and what are the two figures?")
    assert compared["kind"] == "multipart" and not compared["refused"]
    assert "6.6%" in compared["text"] and re.search(r"\b(?:4x|8x|16x)\b", compared["text"])
    assert len({c["id"] for c in compared["citations"]}) == 2

    survey = ask_json(seeded_store, "What approaches do the abstracts propose for knowledge graph embedding?")
    assert survey["kind"] == "survey" and len(survey["citations"]) >= 2
    assert {c["number"] for c in survey["citations"]} <= {s["number"] for s in survey["sources"]}

    link = ask_json(seeded_store, "Where can the knowledge distillation survey's GitHub repository be found?")
    assert "github.com/Tebmer" in link["text"] and not link["refused"]


def test_bundled_model_runs_unpacked_to_f16_once_with_the_same_answers(tmp_path: Path) -> None:
    """F16 reads prompts faster on a CPU; it must not change what the model says, and the
    1.2 GB file is made once, not on every start."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from assistant.llm import make_chat_model
    from assistant.settings import Settings

    f16 = make_chat_model(Settings(local_weights="f16"))
    q4 = make_chat_model(Settings(local_weights="q4_k_m"))
    assert f16.model_path.endswith("f16.gguf") and q4.model_path.endswith("q4_k_m.gguf")  # type: ignore[attr-defined]
    assert "F16" in f16.model_name  # type: ignore[attr-defined]
    made = Path(f16.model_path).stat().st_mtime_ns  # type: ignore[attr-defined]
    assert Path(make_chat_model(Settings()).model_path).stat().st_mtime_ns == made  # type: ignore[attr-defined]
    messages = [SystemMessage(content="Answer in one sentence."), HumanMessage(content="What does a retriever do in a RAG system?")]
    assert f16.invoke(messages, max_tokens=24).content == q4.invoke(messages, max_tokens=24).content
