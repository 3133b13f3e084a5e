"""OpenAI-compatible servers that misbehave on purpose (tests/servers.py `FakeOpenAI`, stdlib
http.server on a free loopback port): nothing listening, a time-out, HTTP 500, HTTP 429 (with and
without Retry-After), malformed JSON, a truncated body, a stream cut mid-answer. Each one is an
`LLMUnavailable` that is one line naming the server and ASSISTANT_LLM_BASE_URL, after at most
1 + ASSISTANT_LLM_RETRIES requests (with backoff where retrying makes sense), never a partial answer;
`assistant ask` exits non-zero without a traceback and `assistant batch` records the error in
the row and goes on. A server that fails once and then works is invisible. The API key given in the
settings never shows up in any of it."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.batch import read_answers
from assistant.errors import LLMUnavailable

from .conftest import make_assistant, run_cli
from .servers import FakeOpenAI, free_port

POLITICS_Q = "What do LLM agents conform to when they simulate political debates?"
POLITICS_A = "LLM agents tend to conform to the model's inherent social biases [{n}]."
KEY = "sk-test-DO-NOT-LEAK-7c91e2"
TIMEOUT, RETRIES = 2.0, 2
MIN_BACKOFF = (0.5 + 1.0) * 0.75  # openai's backoff before retries 1 and 2 (0.5 s, 1 s, up to 25% jitter down)


@dataclass(frozen=True)
class Case:
    requests: int | None  # what the server must have received (None: nothing listens)
    says: str  # in the message
    min_s: float = 0.0  # backoff or waiting that must have happened
    max_s: float = 20.0


CASES = {
    "refused": Case(None, "cannot reach", MIN_BACKOFF),
    "timeout": Case(1 + RETRIES, "ASSISTANT_LLM_TIMEOUT=2", (1 + RETRIES) * TIMEOUT + MIN_BACKOFF, 40),
    "stall": Case(1, "ASSISTANT_LLM_TIMEOUT=2", TIMEOUT),  # two chunks, then silence: not retried, discarded
    "http500": Case(1 + RETRIES, "500", MIN_BACKOFF),
    "http429": Case(1 + RETRIES, "HTTP 429", MIN_BACKOFF),
    "http429_retry_after": Case(1 + RETRIES, "HTTP 429", 2.0),  # Retry-After: 1 honoured twice
    "http429_long": Case(1, "HTTP 429", 0.0, 10),  # Retry-After: 3600 is not waited for
    "malformed": Case(1, "not an OpenAI-style chat completion"),
    "not_sse": Case(1, "not an OpenAI-style chat completion"),
    "truncated": Case(1, "discarded"),
    "cut": Case(1, "discarded"),  # closes cleanly after two chunks: no error from the client library itself
    "cut_chunked": Case(1, "discarded"),
    "echo_key": Case(1 + RETRIES, "500", MIN_BACKOFF),  # its error message repeats the Authorization header
}


@pytest.fixture(scope="module")
def politics_n(seeded_store: Path) -> int:
    return next(s.number for s in make_assistant(seeded_store).retrieve(POLITICS_Q) if "political debates" in s.text)


@pytest.fixture
def server(request: pytest.FixtureRequest, politics_n: int) -> Iterator[FakeOpenAI]:
    behaviour, trigger = request.param if isinstance(request.param, tuple) else (request.param, None)
    fake = FakeOpenAI("ok" if behaviour == "refused" else behaviour, reply=POLITICS_A.format(n=politics_n),
                      trigger=trigger, sleep=3 * TIMEOUT)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


def url_for(fake: FakeOpenAI, behaviour: str) -> str:
    return f"http://127.0.0.1:{free_port()}/v1" if behaviour == "refused" else fake.base_url


def llm_settings(url: str) -> dict[str, object]:
    return {"llm": "openai", "llm_base_url": url, "llm_model": "fake", "llm_api_key": KEY,
            "llm_timeout": TIMEOUT, "llm_retries": RETRIES}


def llm_env(url: str) -> dict[str, str]:
    return {f"ASSISTANT_{k.upper()}": str(v) for k, v in llm_settings(url).items()}


def check_message(msg: str, url: str, case: Case) -> None:
    assert "\n" not in msg
    assert url in msg and "ASSISTANT_LLM_BASE_URL" in msg and case.says in msg, msg
    assert KEY not in msg


@pytest.mark.parametrize("server", list(CASES), indirect=True)
def test_fault_is_one_line_bounded_and_never_a_partial_answer(server: FakeOpenAI, seeded_store: Path,
                                                              request: pytest.FixtureRequest) -> None:
    behaviour = request.node.callspec.params["server"]
    case = CASES[behaviour]
    url = url_for(server, behaviour)
    a = make_assistant(seeded_store, **llm_settings(url))
    start = time.monotonic()
    with pytest.raises(LLMUnavailable) as exc:  # raised: no Answer, so no partial text presented as one
        a.ask(POLITICS_Q)
    took = time.monotonic() - start
    check_message(str(exc.value), url, case)
    if case.requests is not None:
        assert server.requests == case.requests
    assert server.requests <= 1 + RETRIES
    assert case.min_s <= took < case.max_s, took
    print(f"\n{behaviour}: {server.requests} request(s), {took:.1f} s: {exc.value}")


@pytest.mark.parametrize("server", ["flaky"], indirect=True)
def test_server_that_fails_once_then_works_is_invisible(server: FakeOpenAI, seeded_store: Path, politics_n: int) -> None:
    answer = make_assistant(seeded_store, **llm_settings(server.base_url)).ask(POLITICS_Q)
    assert server.requests == 2  # a 500, then the retry that worked
    assert answer.grounded and not answer.refused and [c.number for c in answer.citations] == [politics_n]


@pytest.mark.parametrize("server", ["ok"], indirect=True)
def test_key_is_sent_to_the_server(server: FakeOpenAI, seeded_store: Path) -> None:
    make_assistant(seeded_store, **llm_settings(server.base_url)).ask(POLITICS_Q)
    assert server.received and all(r.headers.get("authorization") == f"Bearer {KEY}" for r in server.received)


SOURCES_LINE = re.compile(r"^\[\d+\] ", re.M)


# The command line shows every fault through the same code path, and each CLI run loads the embedding
# model (~15 s): these cover one fault of each kind; every fault is checked in process above.
CLI_CASES = ["refused", "timeout", "http500", "http429_retry_after", "malformed", "cut", "echo_key"]
BATCH_CASES = ["refused", "stall", "http500", "truncated", "flaky"]


@pytest.mark.slow
@pytest.mark.parametrize("server", CLI_CASES, indirect=True)
def test_cli_ask_exits_non_zero_with_one_line(server: FakeOpenAI, seeded_store: Path, request: pytest.FixtureRequest) -> None:
    behaviour = request.node.callspec.params["server"]
    url = url_for(server, behaviour)
    res = run_cli("ask", POLITICS_Q, "--store", str(seeded_store), env=llm_env(url))
    assert res.returncode != 0
    assert "Traceback" not in res.stderr + res.stdout
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, res.stderr
    check_message(errors[0], url, CASES[behaviour])
    assert KEY not in res.stdout + res.stderr
    assert not SOURCES_LINE.search(res.stdout)  # no answer with sources was printed
    if res.stdout.strip():  # tokens streamed before the cut are marked as no answer
        assert "cut off: discarded, not an answer" in res.stdout, res.stdout


BATCH = [("first", POLITICS_Q), ("faulty", "What are KE-PLMs?"), ("last", "Why is synthetic data attractive for training AI models?")]


@pytest.mark.slow
@pytest.mark.parametrize("server", [(b, "What are KE-PLMs?") for b in BATCH_CASES], indirect=True, ids=BATCH_CASES)
def test_cli_batch_records_the_error_in_the_row_and_goes_on(server: FakeOpenAI, seeded_store: Path, tmp_path: Path,
                                                            request: pytest.FixtureRequest) -> None:
    behaviour = request.node.callspec.params["server"][0]
    url = url_for(server, behaviour)
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps({"id": i, "question": q}) + "\n" for i, q in BATCH))
    out = tmp_path / "answers.jsonl"
    res = run_cli("batch", str(qfile), "-o", str(out), "--store", str(seeded_store), env=llm_env(url))
    assert "Traceback" not in res.stderr + res.stdout
    assert KEY not in res.stdout + res.stderr + out.read_text()
    rows = {r["id"]: r for r in read_answers(out)}
    assert sorted(rows) == sorted(i for i, _ in BATCH)  # every question has its row, in one run
    if behaviour == "flaky":
        assert res.returncode == 0 and all(r["error"] is None for r in rows.values())
        return
    assert res.returncode == 1, res.stderr
    failed = {i for i, r in rows.items() if r["error"]}
    if behaviour == "refused":  # nothing listens: every row that needs the LLM fails
        assert "faulty" in failed
    else:
        assert failed == {"faulty"}  # the rows after it were answered
    for i in failed:
        check_message(rows[i]["error"], url, CASES[behaviour])
        assert rows[i]["answer"] is None
