"""Several processes on one local store. Chroma's embedded client is thread-safe, not process-safe:
each process keeps its own HNSW index in memory and saves it whole. So writers (ingest, remove,
drop, rebuilds) take a store-wide file lock, reopening the store under it; readers never lock and
reopen when another process wrote (Assistant.writing, Assistant._fresh_view).

The fast tests use a fake embedder (in this process, or in a real CLI process); the tests marked
slow run `python -m assistant.cli` with the real embedding model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from assistant.errors import StoreError
from assistant.store import WRITE_LOCK, forget_local_client

from .conftest import run_cli
from .robust import (
    abstracts,
    fake_assistant,
    file_digests,
    json_lines,
    look,
    run_fake_cli,
    sqlite_rows,
    start_cli,
    write_txt,
)

WAITING = "another process is writing to"


def test_a_second_writer_waits_saying_so_once_and_gives_up_clearly(tmp_path: Path) -> None:
    store = tmp_path / "store"
    f = write_txt(tmp_path / "a.txt", abstracts(30))
    fake_assistant(store).ingest([f])  # the store exists, with abstracts to remove
    notices: list[str] = []
    holder = FileLock(str(store / WRITE_LOCK), thread_local=False)  # released from a timer thread below
    holder.acquire()
    try:
        a = fake_assistant(store, lock_timeout=0.3)
        a.notice = notices.append
        for write in (lambda: a.ingest([f]), lambda: a.remove(["anything"]), a.drop):
            with pytest.raises(StoreError, match="another process is still writing to .* after 0.3 s"):
                write()
        assert notices == [f"{WAITING} {store}; waiting (Ctrl-C to stop)"] * 3
        # the command line: the waiting line once, then one error line, exit 2
        res = run_fake_cli("ingest", str(f), "--store", str(store), FAKE_EMBEDDER="1", ASSISTANT_LOCK_TIMEOUT="1")
        assert res.returncode == 2, res.stderr
        assert res.stderr.count(WAITING) == 1 and "error: another process is still writing" in res.stderr
        assert "Traceback" not in res.stderr
        # a waiting writer goes on as soon as the lock is released
        threading.Timer(1.0, holder.release).start()
        b = fake_assistant(store, lock_timeout=60)
        b.notice = notices.append
        report = b.ingest([write_txt(tmp_path / "b.txt", abstracts(5, start=100))])
        assert report.new == 5 and len(notices) == 4
    finally:
        holder.release(force=True)
    state = look(store)
    assert state["count"] == 35 == state["bm25_count"] == state["self_found"]


def test_a_long_lived_writer_does_not_save_a_stale_index_over_another_processes_vectors(tmp_path: Path) -> None:
    """Without reopening under the lock, the third write saves this process's in-memory HNSW index
    (which never saw the second process's 800 vectors) over the store: Chroma then fails with
    'Error finding id' and those vectors are lost to search."""
    store = tmp_path / "store"
    files = [write_txt(tmp_path / f"{i}.txt", abstracts(800, start=1000 * i)) for i in range(3)]
    mine = fake_assistant(store, ingest_chunk_size=200)
    assert mine.ingest([files[0]]).new == 800
    res = run_fake_cli("ingest", str(files[1]), "--store", str(store), FAKE_EMBEDDER="1", ASSISTANT_INGEST_CHUNK_SIZE="200")
    assert res.returncode == 0, res.stderr
    assert mine.ingest([files[2]]).new == 800
    state = look(store)
    assert state["count"] == 2400 == state["vectors"] == state["self_found"]
    assert state["bm25_ids"] == state["ids"]


def test_a_writer_reopens_its_view_only_when_it_may_be_stale(tmp_path: Path) -> None:
    """Reopening reloads the whole vector index (about 0.4 s at 27k abstracts), so a writer whose
    view is current keeps it; a view opened while another process held the write lock is reopened."""
    store = tmp_path / "store"
    files = [write_txt(tmp_path / f"{i}.txt", abstracts(20, start=100 * i)) for i in range(4)]
    mine = fake_assistant(store)
    mine.ingest([files[0]])
    client = mine.client
    mine.ingest([files[1]])
    mine.remove([mine.store.all_ids()[0]])
    assert mine.client is client  # nobody else wrote: same view, no reload
    holder = FileLock(str(store / WRITE_LOCK), thread_local=False)
    holder.acquire()
    try:
        forget_local_client(store)
        other = fake_assistant(store)
        assert other.store.count() == 39  # opened while "another process" writes
    finally:
        holder.release(force=True)
    client = other.client
    other.ingest([files[2]])
    assert other.client is not client  # that view might lack the other writer's vectors: reopened
    state = look(store)
    assert state["count"] == 59 == state["self_found"] == state["bm25_count"]


def test_a_long_lived_reader_sees_new_abstracts_at_its_next_question(tmp_path: Path) -> None:
    store = tmp_path / "store"
    old, new = abstracts(600), abstracts(600, start=5000, marker="zebrafin ")
    fake_assistant(store, ingest_chunk_size=200).ingest([write_txt(tmp_path / "old.txt", old)])
    dense, hybrid = fake_assistant(store, retrieval="dense"), fake_assistant(store)
    assert dense.retrieve(old[3], k=1)[0].text == old[3] and hybrid.retrieve(old[3], k=1)[0].text == old[3]
    res = run_fake_cli("ingest", str(write_txt(tmp_path / "new.txt", new)), "--store", str(store), FAKE_EMBEDDER="1",
                       ASSISTANT_INGEST_CHUNK_SIZE="200")
    assert res.returncode == 0, res.stderr
    for reader in (dense, hybrid):  # opened before the write: no error, and the new abstracts are found
        for text in (new[0], new[599], old[5]):
            assert reader.retrieve(text, k=1)[0].text == text


@pytest.mark.parametrize("writer", [True, False])
def test_a_read_failing_while_another_process_writes_is_read_again_until_it_succeeds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: bool) -> None:
    """An ingest writing every few seconds can move the store under a reader more than once (CI saw
    "Error finding id" on the read again too); a damaged store nobody writes to still fails fast."""
    from assistant.retrieval import Retriever
    from assistant.store import StoreUnreadable

    store = tmp_path / "store"
    texts = abstracts(20)
    reader = fake_assistant(store)
    reader.ingest([write_txt(tmp_path / "a.txt", texts)])
    real, calls = Retriever.retrieve_many, []

    def flaky(self: Retriever, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) <= 4:
            raise StoreUnreadable(store, "abstracts", RuntimeError("Error executing plan: Internal error: Error finding id"))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Retriever, "retrieve_many", flaky)
    holder = FileLock(str(store / WRITE_LOCK), thread_local=False)
    if writer:
        holder.acquire()
    try:
        if writer:
            assert reader.retrieve(texts[3], k=1)[0].text == texts[3]
            assert len(calls) == 5
        else:
            with pytest.raises(StoreUnreadable):
                reader.retrieve(texts[3], k=1)
            assert len(calls) == 2  # the one retry a write between check and read needs, no more
    finally:
        if writer:
            holder.release(force=True)


def test_reading_changes_nothing_but_chromas_own_bookkeeping(tmp_path: Path) -> None:
    """A reader never writes abstracts, vectors or the BM25 index. Chroma itself adds one row to its
    `acquire_write` table in chroma.sqlite3 each time a client opens the store (measured with
    chromadb 1.5): bookkeeping only, no collection data."""
    store = tmp_path / "store"
    texts = abstracts(1200)
    fake_assistant(store, ingest_chunk_size=400).ingest([write_txt(tmp_path / "a.txt", texts)])
    before_rows, before_files = sqlite_rows(store), file_digests(store, skip=("chroma.sqlite3", WRITE_LOCK))
    for args in (("search", texts[7], "--json"), ("search", texts[8], "--json", "--mode", "dense"), ("info",)):
        res = run_fake_cli(*args, "--store", str(store), FAKE_EMBEDDER="1")
        assert res.returncode == 0, res.stderr
    after_rows, after_files = sqlite_rows(store), file_digests(store, skip=("chroma.sqlite3", WRITE_LOCK))
    assert after_files == before_files  # vector index files, BM25 index: untouched
    changed = {t for t in before_rows.keys() | after_rows.keys() if before_rows.get(t) != after_rows.get(t)}
    assert changed <= {"acquire_write"}, changed
    assert json.loads(run_fake_cli("search", texts[9], "--json", "-k", "1", "--store", str(store), FAKE_EMBEDDER="1").stdout)[0]["text"] == texts[9]


# --- real processes, real embedding model ---------------------------------------------------------


@pytest.mark.slow
def test_two_ingests_at_once_store_each_abstract_once(tmp_path: Path) -> None:
    texts = abstracts(120)
    a = write_txt(tmp_path / "a.txt", texts[:80])
    b = write_txt(tmp_path / "b.txt", texts[40:])  # 40 abstracts in both files
    store = tmp_path / "store"
    cmd = [sys.executable, "-m", "assistant.cli", "ingest", "--store", str(store), "--json"]
    env = {"ASSISTANT_INGEST_CHUNK_SIZE": "20", "COLUMNS": "200", "NO_COLOR": "1"}
    import os

    procs = [subprocess.Popen([*cmd, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})
             for f in (a, b)]
    results = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-500:] for _, err in results]
    reports = [json.loads(out) for out, _ in results]
    assert sum(r["new"] for r in reports) == 120 and sum(r["duplicates"] for r in reports) == 40
    assert sorted(err.count(WAITING) for _, err in results) == [0, 1]  # the second writer waited, said so once
    state = look(store)
    assert state["texts"] == sorted(texts) and len(set(state["hashes"])) == 120
    assert state["count"] == state["bm25_count"] == state["vectors"] == state["self_found"] == 120
    assert state["bm25_ids"] == state["ids"] and state["bm25_in_step"]


@pytest.mark.slow
def test_search_answers_while_an_ingest_runs_then_sees_the_new_abstracts(seeded_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(seeded_store, store)
    new = abstracts(200, marker="zebrafin ")
    ingest = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(write_txt(tmp_path / "new.txt", new)),
                               "--store", str(store)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**__import__("os").environ, "ASSISTANT_INGEST_CHUNK_SIZE": "10"})
    during = []
    while ingest.poll() is None or not during:
        # whether the ingest was running when the search started: a search takes about as long as
        # this ingest on a busy 2-core machine, so "still running when it returned" was a coin toss
        running = ingest.poll() is None
        res = run_cli("search", "zebrafin study of protein folding", "--json", "-k", "3", "--store", str(store))
        during.append((running, res))
    out, err = ingest.communicate(timeout=900)
    assert ingest.returncode == 0, err
    overlapping = [res for running, res in during if running]
    print(f"\n{len(during)} searches, {len(overlapping)} started while the ingest ran")
    assert overlapping, "no search ran while the ingest did"
    for _, res in during:
        assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
        hits = json.loads(res.stdout)
        assert 1 <= len(hits) <= 3 and all(h["text"] and h["id"] for h in hits)
    after = json.loads(run_cli("search", "zebrafin study of protein folding", "--json", "-k", "3", "--store", str(store)).stdout)
    assert all("zebrafin" in h["text"] for h in after)
    state = look(store)
    assert state["count"] == 220 == state["bm25_count"] == state["self_found"]


@pytest.mark.slow
def test_a_batch_and_a_chat_on_the_same_store_at_once_both_complete(seeded_store: Path, tmp_path: Path) -> None:
    """Both readers, with a fake LLM that takes a second per reply (the real one is exercised elsewhere)."""
    store = tmp_path / "store"
    shutil.copytree(seeded_store, store)
    questions = tmp_path / "q.txt"
    questions.write_text("What are KE-PLMs?\nWhat is lifelong knowledge graph embedding?\nWhy is synthetic data attractive for training AI models?\n")
    out = tmp_path / "answers.jsonl"
    batch = start_cli("batch", str(questions), "-o", str(out), "--store", str(store), FAKE_LLM_DELAY="1")
    chat = start_cli("chat", "--store", str(store), stdin=subprocess.PIPE, FAKE_LLM_DELAY="1")
    chat_out, chat_err = chat.communicate("What are KE-PLMs?\n/sources\nWhat do LLM agents conform to in political debates?\n", timeout=900)
    batch_out, batch_err = batch.communicate(timeout=900)
    assert chat.returncode == 0 and "Traceback" not in chat_err, chat_err
    assert batch.returncode == 0 and "Traceback" not in batch_err, batch_err
    assert chat_out.count("ask> ") == 3 and "[1]" in chat_out  # two answers, and the sources listing
    rows = json_lines(out.read_text())
    assert sorted(r["id"] for r in rows) == ["1", "2", "3"] and all(r["error"] is None for r in rows)
    state = look(store)
    assert state["count"] == 20 == state["bm25_count"] == state["self_found"]
    time.sleep(0)  # nothing left running: both processes were waited for
