"""Chat: follow-up rewriting (unit, fake models) and the real program in a pseudo-terminal."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pexpect
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.chat import ChatSession, has_reference, resolve_references

from .conftest import make_assistant, run_cli

KEPLM_ANSWER = "Knowledge-Enhanced Pre-trained Language Models (KE-PLMs) are categorized into KG-based and retrieval-based methods [1]."


def session(store: Path, replies: list[str], **kw: object) -> ChatSession:
    a = make_assistant(store, **kw)
    a.llm = GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))  # type: ignore[method-assign]
    return ChatSession(a)


def test_server_model_rewrites_the_follow_up_with_the_condense_template(seeded_store: Path) -> None:
    s = session(seeded_store, [KEPLM_ANSWER, "How are knowledge-enhanced PLMs categorized?", KEPLM_ANSWER], llm="openai")
    s.ask("What are KE-PLMs?")
    assert s.standalone("How are they categorized?") == "How are knowledge-enhanced PLMs categorized?"
    answer = s.ask("How are they categorized?", standalone="How are knowledge-enhanced PLMs categorized?")
    assert any("Knowledge-Enhanced Pre-trained Language Models" in c.text for c in answer.citations)
    assert [e.standalone for e in s.history] == ["What are KE-PLMs?", "How are knowledge-enhanced PLMs categorized?"]


def test_an_echoed_rewrite_falls_back_to_resolving_references(seeded_store: Path) -> None:
    s = session(seeded_store, [KEPLM_ANSWER, "How are they categorized?"], llm="openai")
    s.ask("What are KE-PLMs?")
    assert s.standalone("How are they categorized?") == "How are KE-PLMs categorized?"


def test_local_model_resolves_by_rule_and_new_topics_are_left_alone(seeded_store: Path) -> None:
    s = session(seeded_store, [KEPLM_ANSWER])
    s.ask("What are KE-PLMs?")
    assert s.standalone("Which survey reviews them?") == "Which survey reviews KE-PLMs?"
    assert s.standalone("What is RotatE?") == "What is RotatE?"  # no reference: searched as typed
    second = s.last.sources[1].title.rstrip("…")
    assert second in resolve_references("How does it compare with the second one?", s.history[-1])
    assert not has_reference("What is RotatE?") and has_reference("and source 2?")


def test_history_is_bounded_and_new_forgets(seeded_store: Path) -> None:
    s = session(seeded_store, [KEPLM_ANSWER] * 30)
    for i in range(30):
        s.ask(f"What are KE-PLMs, question {i}?")
    text = s.history_text()
    assert len(text) <= 1500 + 400 and "question 29" in text and "question 0?" not in text
    s.reset()
    assert s.history == [] and s.standalone("How are they categorized?") == "How are they categorized?"


def test_save_markdown_and_json(seeded_store: Path, tmp_path: Path) -> None:
    s = session(seeded_store, [KEPLM_ANSWER])
    s.ask("What are KE-PLMs?")
    md = s.save(tmp_path / "t.md").read_text()
    assert "## What are KE-PLMs?" in md and "seeds/" in md
    data = json.loads(s.save(tmp_path / "t.json").read_text())
    assert data[0]["answer"]["citations"][0]["origin"].startswith("seeds/")


@pytest.mark.slow
def test_piped_chat_answers_each_line_in_plain_text(seeded_store: Path) -> None:
    res = run_cli("chat", "--store", str(seeded_store), input="What are KE-PLMs?\nHow are they categorized?\n/exit\n")
    assert res.returncode == 0, res.stderr
    assert "\x1b[" not in res.stdout  # no colour codes when scripted
    assert res.stdout.count("[1]") >= 2 and "searching: How are KE-PLMs categorized?" in res.stdout


@pytest.mark.slow
def test_real_terminal_session(seeded_store: Path, tmp_path: Path) -> None:
    env = {**os.environ, "ASSISTANT_STORE_DIR": str(seeded_store), "XDG_DATA_HOME": str(tmp_path), "COLUMNS": "160",
           "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm"}
    # a shell that starts pytest in the background (`cmd &`) leaves SIGINT ignored, and a child keeps that:
    # Ctrl-C would then do nothing at all, so the chat gets the default a user's terminal gives it
    child = pexpect.spawn(sys.executable, ["-m", "assistant.cli", "chat"], env=env, encoding="utf-8", timeout=180, dimensions=(50, 160),
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        child.expect("abstracts ·")
        child.expect("ask>")
        child.sendline("What are KE-PLMs?")
        child.expect(r"support \d\.\d\d")
        child.expect("ask>")
        child.sendline("How are they categorized?")
        child.expect("searching: How are KE-PLMs categorized\\?")
        child.expect("78e0c0b95dbf")  # the KE-PLM survey abstract is cited again
        child.expect("ask>")
        child.sendline("/sources")
        child.expect("cited")
        child.expect("ask>")
        child.sendline("/open 1")
        child.expect("origin: seeds/")
        child.expect("ask>")
        child.sendline("/nonsense")
        child.expect("/help lists the commands")
        child.expect("ask>")
        child.sendline("Why is distributed training needed for graph neural networks?")
        child.expect("neural networks\\?")  # the line is taken; the answer starts now
        # retrieval and reading the prompt take longer than this, so Ctrl-C lands mid-answer (a fixed
        # 2 s wait raced a fast answer: it had already finished, and Ctrl-C met the next prompt)
        time.sleep(0.5)
        child.sendintr()
        child.expect(r"\(stopped\)")
        child.expect("ask>")
        child.sendline("/exit")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_it_after_which_paper_is_the_paper_that_does_it(seeded_store: Path) -> None:
    """"Which paper studies counting in VQA?" then "How does it solve the problem?": "it" is the
    paper that studies counting in VQA, not the phrase "paper studies counting in VQA"."""
    s = session(seeded_store, ["Visual Question Answering (VQA) models have struggled with counting objects in natural images so far [1]."])
    s.ask("Which paper studies counting in visual question answering?")
    assert s.standalone("How does it solve the problem?") == (
        "How does the paper that studies counting in visual question answering solve the problem?")
