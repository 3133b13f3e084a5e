"""The scale-out path with a real Chroma server (`chroma run`, from the chromadb wheel) on a free
loopback port: ingest, search, answers and batch through it; a server killed mid-ingest is one
clean error and a re-run stores every abstract exactly once; a hung or dead server fails within a
bounded time after retries; a token-checking proxy in front of it (the Rust server has no auth of
its own) gets the token, and the token never shows up in any output."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant import Assistant
from assistant.batch import read_answers
from assistant.errors import StoreError
from assistant.resources import seed_files
from assistant.store import CHROMA_RETRIES, Store, open_client

from .conftest import run_cli
from .servers import AuthProxy, ChromaServer, free_port

POLITICS_Q = "What do LLM agents conform to when they simulate political debates?"
POLITICS_A = "LLM agents tend to conform to the model's inherent social biases [{n}]."
TOKEN = "chroma-s3cret-TOKEN-4f1d"


@pytest.fixture(scope="session")
def chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """One `chroma run` for the tests that do not kill it."""
    d = tmp_path_factory.mktemp("chroma")
    server = ChromaServer(d / "data", d / "chroma.log")
    server.start()
    print(f"\nchroma run ready in {server.start_seconds[-1]:.1f} s")
    try:
        yield server
    finally:
        server.stop()


def server_assistant(port: int, cache: Path, collection: str, **kw: Any) -> Assistant:
    return Assistant(chroma_host="127.0.0.1", chroma_port=port, cache_dir=cache, collection=collection,
                     notice=None, **kw)  # type: ignore[arg-type]


def server_env(port: int, **extra: str) -> dict[str, str]:
    return {"ASSISTANT_CHROMA_HOST": "127.0.0.1", "ASSISTANT_CHROMA_PORT": str(port), **extra}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def assert_one_line_error(res: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert res.returncode != 0, res.stdout + res.stderr
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout, res.stderr
    lines = error_lines(res.stderr)
    assert len(lines) == 1, res.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# --- the happy path through a server ---------------------------------------------------
def test_ingest_search_ask_and_batch_through_a_chroma_server(chroma: ChromaServer, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    a = server_assistant(chroma.port, cache, "seeds")
    files = seed_files()
    report = a.ingest(files, labels={f: f"seeds/{f.name}" for f in files})
    assert report.new == 20 and report.rejected == 0
    again = server_assistant(chroma.port, cache, "seeds").ingest(files, labels={f: f"seeds/{f.name}" for f in files})
    assert (again.new, again.duplicates) == (0, report.read)  # deduplicated against what the server holds

    # the abstracts are in the server, not in a local store; the BM25 index is in the cache dir
    import chromadb

    plain = chromadb.HttpClient(host="127.0.0.1", port=chroma.port)
    assert plain.get_collection("seeds").count() == 20
    assert not Path(os.environ["ASSISTANT_STORE_DIR"]).exists()
    assert (cache / "bm25" / f"127.0.0.1_{chroma.port}" / "seeds").is_dir()

    sources = a.retrieve(POLITICS_Q)
    assert any("political debates" in s.text for s in sources)
    n = next(s.number for s in sources if "political debates" in s.text)
    a.llm = GenericFakeChatModel(messages=iter([AIMessage(content=POLITICS_A.format(n=n))]))  # type: ignore[method-assign]
    answer = a.ask(POLITICS_Q)
    assert answer.grounded and not answer.refused and [c.number for c in answer.citations] == [n]

    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps({"id": i, "question": q}) + "\n" for i, q in
                             [("a", POLITICS_Q), ("b", "What are KE-PLMs?"), ("c", "What is the population of Tokyo?")]))
    b = server_assistant(chroma.port, cache, "seeds", min_coverage=0.0)
    b.llm = GenericFakeChatModel(messages=iter([AIMessage(content="NOT FOUND")] * 10))  # type: ignore[method-assign]
    out = tmp_path / "answers.jsonl"
    batch = b.batch(qfile, out)
    assert (batch.total, batch.errors) == (3, 0)
    assert sorted(r["id"] for r in read_answers(out)) == ["a", "b", "c"]


def test_two_clients_with_their_own_bm25_caches_stay_in_step_incrementally(chroma: ChromaServer, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Client B keeps its BM25 index in its own cache; after client A adds or removes abstracts in the
    server, B's next search brings its index in step by reading only what changed, never rebuilding."""
    from .robust import FakeEmbedder

    def client(cache: str) -> Assistant:
        a = server_assistant(chroma.port, tmp_path / cache, "two-clients", retrieval="bm25")
        a.__dict__["embedder"] = FakeEmbedder()
        return a

    base = tmp_path / "base.txt"
    base.write_text("".join(f"Study {i} of topic {i % 7} reports effect size {i / 10:.1f}.\n" for i in range(300)))
    a, b = client("cache-a"), client("cache-b")
    assert a.ingest([base]).new == 300
    assert b.retrieve("topic 3 effect size", k=3)  # B builds its own index from the server once
    reads: list[int] = []
    real_get = Store.get

    def counted_get(self: Store, ids: list[str], *args: Any, **kwargs: Any) -> Any:
        reads.append(len(ids))
        return real_get(self, ids, *args, **kwargs)

    new = tmp_path / "new.txt"
    new.write_text("".join(f"A zebrafinch vocal learning study number {i}.\n" for i in range(20)))
    assert a.ingest([new]).new == 20
    monkeypatch.setattr(Store, "get", counted_get)
    hits = b.retrieve("zebrafinch vocal learning", k=20)
    monkeypatch.undo()
    assert len(hits) == 20 and all("zebrafinch" in h.text for h in hits)
    assert b.lexical.count() == 320 == b.store.count()
    assert sum(reads) <= 20 + len(hits)  # the 20 new documents (and the hits shown), not all 320
    gone = [h.id for h in hits[:5]]
    assert a.remove(gone) == 5
    after = b.retrieve("zebrafinch vocal learning", k=20)
    assert len(after) == 15 and not set(gone) & {h.id for h in after}
    assert b.lexical.count() == 315


# --- killed mid-ingest, restarted, re-run ------------------------------------------------
TOPICS = ["graph neural networks", "protein structure prediction", "speculative decoding", "federated learning",
          "retrieval-augmented generation", "diffusion models for video", "reinforcement learning from human feedback",
          "knowledge graph embedding", "code generation", "time-series forecasting", "medical image segmentation",
          "speech recognition", "causal inference", "program synthesis", "molecular property prediction",
          "autonomous driving perception", "recommender systems", "machine translation", "anomaly detection",
          "quantum circuit optimisation"]
METHODS = ["a contrastive pre-training objective", "a sparse mixture of experts", "a hierarchical attention module",
           "a curriculum over synthetic tasks", "a lightweight adapter", "a Bayesian calibration layer",
           "an energy-based reranker", "a teacher-student distillation scheme", "a graph rewiring step",
           "a learned tokenizer", "a retrieval cache", "an uncertainty-aware loss"]
DATASETS = ["ImageNet", "SciFact", "MMLU", "QM9", "LibriSpeech", "WMT14", "Cityscapes", "OGB-Products",
            "HumanEval", "MIMIC-III", "Electricity", "MovieLens"]
FINDINGS = ["reduces latency", "improves accuracy", "cuts memory use", "raises recall", "lowers calibration error",
            "improves robustness to distribution shift", "halves the training cost"]


def synthetic_corpus(path: Path, distinct: int, duplicates: int, seed: int = 7) -> int:
    """`distinct` different abstracts (varied topics, methods, data sets, numbers) plus `duplicates`
    exact copies of earlier ones under other ids. Returns the number of distinct abstracts."""
    rng = random.Random(seed)
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < distinct:
        i = len(texts)
        topic, method, data, finding = rng.choice(TOPICS), rng.choice(METHODS), rng.choice(DATASETS), rng.choice(FINDINGS)
        gain, size = rng.uniform(0.5, 30.0), rng.choice([1, 3, 7, 13, 70]) * 10 ** rng.randint(0, 2)
        text = (f"Work on {topic} still struggles when data are scarce. We introduce {method} for {topic} "
                f"and evaluate it on {data} with models of {size} million parameters. "
                f"It {finding} by {gain:.1f}% over strong baselines (study {i}). "
                f"{rng.choice(['Ablations show', 'Analysis shows', 'We find'])} that {method.split(' ', 1)[1]} matters most "
                f"when {rng.choice(['labels are noisy', 'inputs are long', 'the domain shifts', 'compute is limited'])}.")
        if text not in seen:
            seen.add(text)
            texts.append(text)
    rows = [{"id": f"syn-{i:04d}", "title": f"Study {i} on {t.split(' on ', 1)[1].split(' still')[0]}", "abstract": t}
            for i, t in enumerate(texts)]
    for j in range(duplicates):
        src = rows[(j * 37) % distinct]
        rows.append({"id": f"dup-{j:03d}", "title": src["title"], "abstract": src["abstract"]})
    rng.shuffle(rows)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return distinct


def collection_count(port: int, name: str) -> int:
    import chromadb

    try:
        return chromadb.HttpClient(host="127.0.0.1", port=port).get_collection(name).count()
    except Exception:  # noqa: BLE001 - not created yet
        return 0


@pytest.mark.slow
def test_server_killed_mid_ingest_is_one_line_and_a_rerun_stores_each_abstract_once(tmp_path: Path) -> None:
    corpus = tmp_path / "synthetic.jsonl"
    distinct = synthetic_corpus(corpus, distinct=480, duplicates=20)
    server = ChromaServer(tmp_path / "data", tmp_path / "chroma.log")
    try:
        server.start()
        env = server_env(server.port, ASSISTANT_INGEST_CHUNK_SIZE="20", ASSISTANT_CACHE_DIR=str(tmp_path / "cache"))
        cmd = [sys.executable, "-m", "assistant.cli", "ingest", str(corpus), "--collection", "synthetic"]
        with open(tmp_path / "out", "w") as out, open(tmp_path / "err", "w") as err:
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **env})
            try:
                deadline = time.monotonic() + 600
                stored = 0
                while proc.poll() is None and time.monotonic() < deadline:
                    stored = collection_count(server.port, "synthetic")
                    if stored >= 20:
                        break
                    time.sleep(0.05)
                assert proc.poll() is None, "the ingest finished before the server could be killed"
                server.kill()
                killed_at = time.monotonic()
                proc.wait(timeout=300)
                failed_after = time.monotonic() - killed_at
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        assert 20 <= stored < distinct, stored
        res = subprocess.CompletedProcess(cmd, proc.returncode, (tmp_path / "out").read_text(), (tmp_path / "err").read_text())
        line = assert_one_line_error(res, server.url, "ASSISTANT_CHROMA_HOST", "ASSISTANT_CHROMA_PORT")
        print(f"\nkilled with {stored} of {distinct} stored; the ingest failed {failed_after:.1f} s later: {line}")
        assert failed_after < 120

        server.start()  # same path, same port
        print(f"chroma run restarted in {server.start_seconds[-1]:.1f} s")
        again = run_cli("ingest", str(corpus), "--collection", "synthetic", "--json", env=env)
        assert again.returncode == 0, again.stderr
        report = json.loads(again.stdout[again.stdout.index("{"):])
        # what the first run stored is skipped as duplicate, the rest is new: each record exactly one of the two
        assert 0 < report["new"] <= distinct - stored and report["new"] + report["duplicates"] == distinct + 20
        import chromadb

        col = chromadb.HttpClient(host="127.0.0.1", port=server.port).get_collection("synthetic")
        got = col.get(include=["metadatas"])
        hashes = [m["content_hash"] for m in got["metadatas"]]
        assert col.count() == len(got["ids"]) == len(set(got["ids"])) == distinct
        assert len(set(hashes)) == distinct  # every abstract exactly once
        # and a third run has nothing left to do
        third = run_cli("ingest", str(corpus), "--collection", "synthetic", "--json", env=env)
        assert third.returncode == 0 and json.loads(third.stdout[third.stdout.index("{"):])["new"] == 0
    finally:
        server.stop()


# --- dead and hung servers: bounded, retried, one line ---------------------------------
def test_no_server_is_retried_with_backoff_then_one_line(tmp_path: Path) -> None:
    port = free_port()
    start = time.monotonic()
    with pytest.raises(StoreError) as exc:
        open_client(tmp_path, "127.0.0.1", port)
    took = time.monotonic() - start
    msg = str(exc.value)
    assert f"http://127.0.0.1:{port}" in msg and "ASSISTANT_CHROMA_HOST" in msg and "ASSISTANT_CHROMA_PORT" in msg
    assert "\n" not in msg and f"{CHROMA_RETRIES + 1} attempts" in msg
    assert 0.5 + 1 + 2 <= took < 20  # backoff 0.5, 1, 2 s between the four attempts


def test_no_server_via_the_cli(tmp_path: Path) -> None:
    port = free_port()
    res = run_cli("search", "graph neural networks", env=server_env(port))
    assert_one_line_error(res, f"http://127.0.0.1:{port}", "ASSISTANT_CHROMA_HOST", "ASSISTANT_CHROMA_PORT")


def test_hung_server_fails_within_the_timeout(chroma: ChromaServer, tmp_path: Path) -> None:
    client = open_client(tmp_path, "127.0.0.1", chroma.port, timeout=2)
    store = Store(client, "hung-check", "all-MiniLM-L6-v2")
    assert store.count() == 0
    chroma.pause()  # SIGSTOP: connections are accepted, nothing is answered
    try:
        start = time.monotonic()
        with pytest.raises(StoreError) as exc:
            store.count()
        during_use = time.monotonic() - start
        start = time.monotonic()
        with pytest.raises(StoreError) as exc2:
            open_client(tmp_path, "127.0.0.1", chroma.port, timeout=2)
        when_opening = time.monotonic() - start
    finally:
        chroma.resume()
    for e in (exc.value, exc2.value):
        assert "did not answer within 2 s" in str(e) and chroma.url in str(e) and "ASSISTANT_CHROMA_PORT" in str(e)
    assert during_use < 10 and when_opening < 10  # chromadb's own client would wait forever
    assert store.count() == 0  # and the same client works again once the server does


def test_proxy_502_is_retried_then_reported_and_a_transient_one_is_invisible(chroma: ChromaServer, tmp_path: Path) -> None:
    dead = AuthProxy(upstream_port=free_port()).start()  # a proxy whose Chroma is down: 502 for everything
    try:
        with pytest.raises(StoreError) as exc:
            open_client(tmp_path, "127.0.0.1", dead.port)
        assert "HTTP 502" in str(exc.value) and len(dead.requests) == CHROMA_RETRIES + 1
    finally:
        dead.stop()
    flaky = AuthProxy(upstream_port=chroma.port, fail_first=2).start()  # restarting: two 503s, then fine
    try:
        store = Store(open_client(tmp_path, "127.0.0.1", flaky.port), "flaky-check", "all-MiniLM-L6-v2")
        assert store.count() == 0
    finally:
        flaky.stop()


# --- auth through a token-checking proxy ------------------------------------------------
@pytest.mark.parametrize("header", ["Authorization", "X-Chroma-Token"])
def test_token_reaches_the_server_through_an_auth_proxy(chroma: ChromaServer, tmp_path: Path, header: str) -> None:
    required = (header, f"Bearer {TOKEN}" if header == "Authorization" else TOKEN)
    proxy = AuthProxy(upstream_port=chroma.port, required=required).start()
    try:
        collection = f"auth-{header.lower()}"
        a = server_assistant(proxy.port, tmp_path / "cache", collection, chroma_token=TOKEN, chroma_auth_header=header)
        assert a.ingest(seed_files()).new == 20
        assert any("political debates" in s.text for s in a.retrieve(POLITICS_Q))
        assert proxy.requests and all(h.get(header.lower()) == required[1] for _, _, h, _ in proxy.requests)

        env = server_env(proxy.port, ASSISTANT_CHROMA_TOKEN=TOKEN, ASSISTANT_CHROMA_AUTH_HEADER=header)
        ok = run_cli("search", "political debates", "--collection", collection, "--json", env=env)
        assert ok.returncode == 0, ok.stderr
        assert json.loads(ok.stdout) and TOKEN not in ok.stdout + ok.stderr
        info = run_cli("info", "--json", env=env)
        assert info.returncode == 0 and TOKEN not in info.stdout + info.stderr
        assert any(c["name"] == collection for c in json.loads(info.stdout)["collections"])

        # without the token: refused, one line naming the settings
        without = {k: v for k, v in env.items() if k != "ASSISTANT_CHROMA_TOKEN"}
        res = run_cli("search", "political debates", "--collection", collection, env=without)
        assert_one_line_error(res, "refused the credentials", proxy_url(proxy), "ASSISTANT_CHROMA_TOKEN")
        # a wrong token: refused too, and neither token is printed
        wrong = "wrong-" + TOKEN[::-1]
        res = run_cli("search", "political debates", "--collection", collection, env={**env, "ASSISTANT_CHROMA_TOKEN": wrong})
        line = assert_one_line_error(res, "refused the credentials", "ASSISTANT_CHROMA_TOKEN", "ASSISTANT_CHROMA_AUTH_HEADER")
        assert wrong not in res.stdout + res.stderr and TOKEN not in res.stdout + res.stderr
        print(f"\n{line}")
        with pytest.raises(StoreError) as exc:
            server_assistant(proxy.port, tmp_path / "cache", collection, chroma_token="nope-" + TOKEN).store.count()
        assert TOKEN not in str(exc.value) and "refused the credentials" in str(exc.value)
    finally:
        proxy.stop()


def proxy_url(proxy: AuthProxy) -> str:
    return f"http://127.0.0.1:{proxy.port}"
