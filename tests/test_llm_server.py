"""The scale-out path with a real OpenAI-compatible server: llama-cpp-python's
(`python -m llama_cpp.server`, the `server` extra) serving the bundled Qwen2.5-Coder-0.5B on a free
loopback port. Grounded answers through it, its GBNF grammar in the request body, batches at
concurrency 4 and 1, and a server killed mid-batch: the rest of the rows record the error, the
command exits 1, and after a restart the same command completes the failed rows, each id once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from assistant import Assistant
from assistant.batch import read_answers
from assistant.errors import LLMUnavailable
from assistant.llm import LLM, default_gguf, unpacked_f16

from .conftest import run_cli
from .servers import AuthProxy, LlamaServer

pytestmark = pytest.mark.slow

POLITICS_Q = "What do LLM agents conform to when they simulate political debates?"
QUESTIONS = [
    ("q1", POLITICS_Q),
    ("q2", "What are KE-PLMs?"),
    ("q3", "What is lifelong knowledge graph embedding?"),
    ("q4", "Why is synthetic data attractive for training AI models?"),
    ("q5", "What assumption about observed graphs does VIB-GSL challenge?"),
    ("q6", "Which link prediction cases remain hard for translational distance models?"),
]


@pytest.fixture(scope="module")
def gguf(tmp_path_factory: pytest.TempPathFactory, shared_models: Path) -> Path:
    """The weights the local default runs (F16), served by the server."""
    start = time.monotonic()
    cache = tmp_path_factory.mktemp("llm-cache")
    (cache / "models").symlink_to(shared_models, target_is_directory=True)
    path = unpacked_f16(default_gguf(cache))
    print(f"\nGGUF ready in {time.monotonic() - start:.1f} s")
    return path


@pytest.fixture(scope="module")
def llama(gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    """One llama-cpp-python server for the module. `--interrupt_requests False`: by default that
    server ends the stream it is serving (a bare `[DONE]`, no finish_reason) as soon as another
    request waits, which parallel batches always cause (see test_default_server_cuts_parallel_streams)."""
    d = tmp_path_factory.mktemp("llama")
    server = LlamaServer(gguf, d / "llama.log", extra=["--interrupt_requests", "False"])
    server.start()
    print(f"\nllama_cpp.server ready in {server.start_seconds[-1]:.1f} s")
    try:
        yield server
    finally:
        server.stop()


def server_assistant(base_url: str, store: Path, **kw: object) -> Assistant:
    return Assistant(store_dir=store, llm="openai", llm_base_url=base_url, llm_model="local", notice=None, **kw)  # type: ignore[arg-type]


def check_grounded(answer) -> None:  # type: ignore[no-untyped-def]
    assert not answer.refused and answer.grounded, (answer.text, answer.notes)
    ids = {s.number: s.id for s in answer.sources}
    assert answer.citations and all(ids.get(c.number) == c.id for c in answer.citations)
    assert all(c.quote and c.support > 0 for c in answer.citations)


def test_grounded_answer_through_the_server(llama: LlamaServer, seeded_store: Path) -> None:
    start = time.monotonic()
    answer = server_assistant(llama.base_url, seeded_store).ask(POLITICS_Q)
    print(f"\nanswer in {time.monotonic() - start:.1f} s: {answer.text}")
    check_grounded(answer)
    assert "bias" in answer.text.lower()
    assert answer.model.startswith("openai:")


def test_grammar_goes_in_the_request_body_and_answers_still_parse(llama: LlamaServer, seeded_store: Path) -> None:
    recorder = AuthProxy(upstream_port=llama.port).start()  # no token asked: it only records the requests
    try:
        a = server_assistant(f"http://127.0.0.1:{recorder.port}/v1", seeded_store, llm_grammar=True)
        answer = a.ask(POLITICS_Q)
        bodies = [json.loads(b) for m, p, _, b in recorder.requests if m == "POST" and p.endswith("/chat/completions")]
        assert bodies and all("root ::=" in (b.get("grammar") or "") for b in bodies)
        check_grounded(answer)
        # and the server applies it: a grammar allowing only two words gets one of them
        llm = LLM(a.llm, a.settings)
        reply = llm.complete([HumanMessage("Is the sky green? Answer in one word.")], grammar='root ::= "YES" | "NO"', max_tokens=4)
        assert reply in ("YES", "NO")
    finally:
        recorder.stop()


@pytest.mark.parametrize("concurrency", [4, 1])
def test_batch_completes_at_each_concurrency(llama: LlamaServer, seeded_store: Path, tmp_path: Path, concurrency: int) -> None:
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps({"id": i, "question": q}) + "\n" for i, q in QUESTIONS))
    out = tmp_path / "answers.jsonl"
    report = server_assistant(llama.base_url, seeded_store).batch(qfile, out, concurrency=concurrency)
    rows = read_answers(out)
    print(f"\nbatch of {len(QUESTIONS)} at concurrency {concurrency}: wall {report.wall_seconds:.1f} s, "
          f"mean {report.mean_seconds:.1f} s per question, {report.refused} refused")
    assert (report.total, report.answered, report.errors) == (len(QUESTIONS), len(QUESTIONS), 0)
    assert sorted(r["id"] for r in rows) == [i for i, _ in QUESTIONS] and all(r["error"] is None for r in rows)


def test_server_killed_mid_batch_rows_record_it_and_a_rerun_completes(llama: LlamaServer, seeded_store: Path, tmp_path: Path) -> None:
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps({"id": i, "question": q}) + "\n" for i, q in QUESTIONS))
    out = tmp_path / "answers.jsonl"
    env = {"ASSISTANT_LLM": "openai", "ASSISTANT_LLM_BASE_URL": llama.base_url, "ASSISTANT_LLM_MODEL": "local",
           "ASSISTANT_LLM_RETRIES": "2"}
    cmd = [sys.executable, "-m", "assistant.cli", "batch", str(qfile), "-o", str(out), "--store", str(seeded_store)]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **env})
        try:
            deadline = time.monotonic() + 900
            while proc.poll() is None and time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 1):
                time.sleep(0.1)
            assert proc.poll() is None, "the batch ended before the server could be killed"
            llama.kill()
            stdout, stderr = proc.communicate(timeout=600)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
        assert proc.returncode == 1, stderr
        assert "Traceback" not in stderr + stdout
        rows = {r["id"]: r for r in read_answers(out)}
        assert sorted(rows) == [i for i, _ in QUESTIONS]  # the run went on to the last question
        done = [i for i, r in rows.items() if not r["error"]]
        failed = [i for i, r in rows.items() if r["error"]]
        assert done and failed, rows
        for i in failed:
            msg = rows[i]["error"]
            assert llama.base_url in msg and "ASSISTANT_LLM_BASE_URL" in msg and "\n" not in msg, msg
        print(f"\nkilled after {len(done)} row(s); {len(failed)} recorded: {rows[failed[0]]['error']}")
    finally:
        if not llama.running:
            llama.start()  # same port: the base URL in the rows and the env stays right
            print(f"llama_cpp.server restarted in {llama.start_seconds[-1]:.1f} s")
    res = run_cli("batch", str(qfile), "-o", str(out), "--store", str(seeded_store), env=env)
    assert res.returncode == 0, res.stderr
    assert f"{len(done)} already done" in res.stdout
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in lines) == [i for i, _ in QUESTIONS]  # every id exactly once
    assert all(r["error"] is None for r in lines)


def test_default_server_cuts_parallel_streams_and_that_is_an_error_not_an_answer(gguf: Path, seeded_store: Path,
                                                                                 tmp_path: Path) -> None:
    """llama-cpp-python's server as the README starts it (interrupt_requests on): a request that
    arrives while another streams ends that stream with a bare [DONE]. The openai client sees a
    normal end; the assistant sees no finish_reason and reports it, instead of a truncated answer."""
    server = LlamaServer(gguf, tmp_path / "llama.log")
    try:
        server.start()
        a = server_assistant(server.base_url, seeded_store)
        llm = LLM(a.llm, a.settings)
        prompt = [HumanMessage("List twenty animals, one per line.")]

        def one(_: int) -> str:
            try:
                return "answer: " + llm.complete(prompt, max_tokens=120)
            except LLMUnavailable as e:
                return "error: " + str(e)

        with ThreadPoolExecutor(3) as pool:
            results = list(pool.map(one, range(3)))
        cut = [r for r in results if r.startswith("error:")]
        assert cut, results
        assert all("ended its answer stream before finishing it" in r and "--interrupt_requests False" in r for r in cut)
        print(f"\n{len(cut)} of 3 parallel streams cut by the server: {cut[0]}")
    finally:
        server.stop()
