"""Batch answering: input formats, resumable output, per-row errors, duplicate ids."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant import Assistant
from assistant.batch import read_answers, read_questions
from assistant.errors import InputRejected

from .conftest import make_assistant, run_cli

QUESTIONS = [
    ("q1", "What do LLM agents conform to when they simulate political debates?"),
    ("q2", "What are KE-PLMs?"),
    ("q3", "What is the population of Tokyo?"),
]


class FlakyModel(GenericFakeChatModel):
    """Answers with the first source, or fails when the question mentions 'explode'."""

    def _stream(self, messages: list[Any], *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        if "explode" in str(messages[-1].content):
            raise TimeoutError("the server took too long")
        yield from super()._stream(messages, *args, **kwargs)


def fake_assistant(store: Path, n: int = 20) -> Assistant:
    a = make_assistant(store, min_coverage=0.0)  # batch mechanics only: no refusal gates on the odd test questions
    a.llm = FlakyModel(messages=iter([AIMessage(content="NOT FOUND")] * n))  # type: ignore[method-assign]
    return a


def write_inputs(tmp_path: Path) -> dict[str, Path]:
    txt = tmp_path / "q.txt"
    txt.write_text("\n".join(q for _, q in QUESTIONS) + "\n")
    jsonl = tmp_path / "q.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "question": q, "topic": "ml"}) + "\n" for i, q in QUESTIONS))
    csv_in = tmp_path / "q.csv"
    csv_in.write_text("id,question,reviewer\n" + "".join(f'{i},"{q}",ana\n' for i, q in QUESTIONS))
    return {"txt": txt, "jsonl": jsonl, "csv": csv_in}


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "csv"])
@pytest.mark.parametrize("out_ext", ["jsonl", "csv"])
def test_each_input_format_round_trips(seeded_store: Path, tmp_path: Path, fmt: str, out_ext: str) -> None:
    inputs = write_inputs(tmp_path)
    out = tmp_path / f"answers.{out_ext}"
    report = fake_assistant(seeded_store).batch(inputs[fmt], out)
    assert (report.total, report.answered, report.errors) == (3, 3, 0)
    rows = read_answers(out)
    assert [r["id"] for r in rows] == (["1", "2", "3"] if fmt == "txt" else ["q1", "q2", "q3"])
    assert all(set(r) >= {"id", "question", "answer", "citations", "refused", "grounded", "error", "seconds"} for r in rows)
    assert rows[2]["refused"] is True and rows[2]["error"] is None
    if fmt == "jsonl":
        assert rows[0]["topic"] == "ml"
    if fmt == "csv":
        assert rows[0]["reviewer"] == "ana"


def test_rerun_skips_answered_and_failed_rows_are_retried(seeded_store: Path, tmp_path: Path) -> None:
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps({"id": i, "question": q}) + "\n" for i, q in
                             [("a", "What are KE-PLMs?"), ("b", "explode please, what are KE-PLMs?"), ("c", "   ")]))
    out = tmp_path / "a.jsonl"
    first = fake_assistant(seeded_store).batch(qfile, out)
    assert (first.answered, first.errors) == (1, 2)
    rows = {r["id"]: r for r in read_answers(out)}
    assert "took too long" in rows["b"]["error"] and rows["c"]["error"] == "empty question"
    qfile.write_text(qfile.read_text().replace("explode please, w", "W"))
    second = fake_assistant(seeded_store).batch(qfile, out)
    assert (second.skipped, second.answered, second.errors) == (1, 1, 1)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in lines) == ["a", "b", "c"]  # compacted: one row per id
    third = fake_assistant(seeded_store).batch(qfile, out, overwrite=True)
    assert third.skipped == 0 and len(out.read_text().splitlines()) == 3


def test_duplicate_ids_and_empty_input_fail_before_any_work(tmp_path: Path) -> None:
    dup = tmp_path / "d.csv"
    dup.write_text("id,question\n1,a?\n2,b?\n1,c?\n")
    with pytest.raises(InputRejected, match="duplicate ids: 1"):
        read_questions(dup)
    empty = tmp_path / "e.txt"
    empty.write_text("\n\n")
    with pytest.raises(InputRejected, match="no questions"):
        read_questions(empty)
    res = run_cli("batch", str(dup), "-o", str(tmp_path / "out.jsonl"), "--store", str(tmp_path / "s"))
    assert res.returncode == 2 and "duplicate ids" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_ask_many_batches_retrieval_and_keeps_order(seeded_store: Path) -> None:
    a = fake_assistant(seeded_store)
    answers = list(a.ask_many([q for _, q in QUESTIONS]))
    assert [x.question for x in answers] == [q for _, q in QUESTIONS]
    assert answers[2].refused


@pytest.mark.slow
def test_killed_batch_resumes_without_losing_or_duplicating(seeded_store: Path, tmp_path: Path) -> None:
    qfile = tmp_path / "q.txt"
    qs = ["What are KE-PLMs?", "What is lifelong knowledge graph embedding?", "Why is synthetic data attractive for training AI models?",
          "What assumption about observed graphs does VIB-GSL challenge?"]
    qfile.write_text("\n".join(qs) + "\n")
    out = tmp_path / "answers.jsonl"
    cmd = [sys.executable, "-m", "assistant.cli", "batch", str(qfile), "-o", str(out), "--store", str(seeded_store)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    deadline = time.time() + 600
    while proc.poll() is None and time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 1):
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = out.read_text().count("\n")
    assert 1 <= done_before < len(qs), "the kill should land mid-run"
    res = run_cli("batch", str(qfile), "-o", str(out), "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    assert f"{done_before} already done" in res.stdout
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == ["1", "2", "3", "4"]
