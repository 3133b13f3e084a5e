"""Faults: kill -9 mid-ingest and mid-batch, damaged stores (SQLite, vector index, BM25 files), a
read-only store and a full disk. Each gives one clear line and a way out; nothing is lost or doubled.

Ingest and search run as real CLI processes with a fake embedder (fast, so several random kills fit);
the batch test runs the real embedding model with a fake, slow LLM (marked slow)."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from assistant.errors import StoreError
from assistant.lexical import MANIFEST
from assistant.store import WRITE_LOCK, Store

from .robust import (
    abstracts,
    cli_command,
    cli_env,
    fake_assistant,
    file_digests,
    look,
    run_fake_cli,
    sqlite_rows,
    write_txt,
)

FAKE = {"FAKE_EMBEDDER": "1"}


def bm25_count(store: Path, collection: str = "abstracts") -> int:
    try:
        return int(json.loads((store / "bm25" / collection / MANIFEST).read_text())["count"])
    except (OSError, ValueError, KeyError):
        return 0


def one_line_error(res: subprocess.CompletedProcess[str]) -> str:
    """The error a failed command printed: exactly one 'error:' line, no traceback."""
    assert res.returncode == 2, (res.returncode, res.stderr[-800:])
    assert "Traceback" not in res.stderr, res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, res.stderr
    return errors[0]


# --- (a) kill -9 during ingest ---------------------------------------------------------------------


def test_kill_9_at_random_moments_then_rerun_stores_each_abstract_once(tmp_path: Path) -> None:
    """Extends tests/test_ingest.py's single kill (real model, at >= 100 stored): three kills in a
    row at random moments after a chunk was written (the delays are printed), then a full run."""
    texts = abstracts(1000)
    f = write_txt(tmp_path / "big.txt", texts)
    store = tmp_path / "store"
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    landed = []
    for _ in range(3):
        before = bm25_count(store)
        proc = subprocess.Popen(cli_command("ingest", str(f), "--store", str(store)), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=cli_env(**FAKE, ASSISTANT_INGEST_CHUNK_SIZE="50"))
        deadline = time.monotonic() + 300
        while bm25_count(store) <= before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        delay = rng.uniform(0, 0.6)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        landed.append((round(delay, 3), bm25_count(store)))
    print(f"\nkills (delay after a chunk, BM25 count): {landed}")
    assert any(0 < n < 1000 for _, n in landed), "no kill landed mid-ingest"
    res = run_fake_cli("ingest", str(f), "--store", str(store), "--json", **FAKE, ASSISTANT_INGEST_CHUNK_SIZE="50")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["new"] + report["duplicates"] == 1000 and report["rejected"] == 0
    state = look(store)
    assert state["texts"] == sorted(texts) and len(set(state["hashes"])) == 1000  # each abstract once, none lost
    assert state["count"] == state["bm25_count"] == state["vectors"] == state["self_found"] == 1000
    assert state["bm25_ids"] == state["ids"] and state["bm25_in_step"]
    # the recorded sources add up too (`assistant collections`, `doctor`): killed runs' chunks were counted
    assert state["source_records"] == {str(f): 1000}


# --- (b) kill -9 during batch ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_kill_9_mid_batch_then_rerun_answers_each_question_once(seeded_store: Path, tmp_path: Path, suffix: str) -> None:
    """A fake LLM that takes 1.5 s per reply makes the run long enough to kill at a random moment
    (tests/test_batch.py has the same with the real model, killed after the first row)."""
    questions = tmp_path / "q.txt"
    questions.write_text("What are KE-PLMs?\nWhat is lifelong knowledge graph embedding?\n"
                         "Why is synthetic data attractive for training AI models?\nWhat assumption about observed graphs does VIB-GSL challenge?\n"
                         "What do LLM agents conform to in political debates?\nWhat is the population of Tokyo?\n")
    out = tmp_path / f"answers{suffix}"
    args = ("batch", str(questions), "-o", str(out), "--store", str(seeded_store))
    proc = subprocess.Popen(cli_command(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=cli_env(FAKE_LLM_DELAY="1.5"))
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 2):
        time.sleep(0.05)
    delay = random.uniform(0, 1.5)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = out.read_text()
    with open(out, "a", encoding="utf-8") as f:  # and a row torn in the middle, as a kill mid-write leaves it
        f.write('{"id": "6", "question": "What is the popu' if suffix == ".jsonl" else '6,"What is the popu')
    rows_before = done.count("\n") - (1 if suffix == ".csv" else 0)
    print(f"\nkilled {delay:.2f} s after the first row, with {rows_before} row(s) written")
    assert 1 <= rows_before < 6, "the kill should land mid-run"
    res = subprocess.run(cli_command(*args), capture_output=True, text=True, env=cli_env(FAKE_LLM_DELAY="0.01"), timeout=600)
    assert res.returncode == 0, res.stderr
    assert f"{rows_before} already done" in res.stdout
    from assistant.batch import read_answers

    rows = read_answers(out)
    assert sorted(r["id"] for r in rows) == ["1", "2", "3", "4", "5", "6"] and all(r["error"] is None for r in rows)
    lines = out.read_text().splitlines()
    assert len(lines) == 6 + (1 if suffix == ".csv" else 0)  # each id exactly once in the file, no torn line left


# --- (c) damaged stores ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    """1,200 abstracts (enough for Chroma to keep a real HNSW index on disk), with a fake embedder."""
    root = tmp_path_factory.mktemp("built")
    texts = abstracts(1200)
    f = write_txt(root / "corpus.txt", texts)
    fake_assistant(root / "store", ingest_chunk_size=400).ingest([f])
    return root / "store", f, texts


def copy_of(built: tuple[Path, Path, list[str]], tmp_path: Path) -> Path:
    store = tmp_path / "store"
    shutil.copytree(built[0], store)
    return store


def search(store: Path, text: str) -> subprocess.CompletedProcess[str]:
    return run_fake_cli("search", text, "--json", "-k", "1", "--store", str(store), **FAKE)


@pytest.mark.parametrize("damage", ["truncated", "garbled-header", "garbled-pages", "emptied"])
def test_damaged_sqlite_is_one_line_naming_the_only_repair(built_store: tuple[Path, Path, list[str]], tmp_path: Path, damage: str) -> None:
    store = copy_of(built_store, tmp_path)
    db = store / "chroma.sqlite3"
    data = db.read_bytes()
    if damage == "truncated":
        db.write_bytes(data[: len(data) // 2])
    elif damage == "garbled-header":
        db.write_bytes(b"GARBAGE!" * 4 + data[32:])
    elif damage == "garbled-pages":
        noise = random.Random(7).randbytes(len(data) // 3)
        db.write_bytes(data[: len(data) // 3] + noise + data[len(data) // 3 + len(noise):])
    else:
        db.write_bytes(b"")  # Chroma alone would start a new, empty store beside the old vectors
    for args in (("search", "dark matter", "--json"), ("ingest", str(built_store[1])), ("ingest", "--rebuild"), ("info",)):
        res = run_fake_cli(*args, "--store", str(store), **FAKE)
        if args[0] == "info" and res.returncode == 0:
            continue  # `info` lists what it can read
        line = one_line_error(res)
        assert f"store {store} is damaged" in line and "--store NEW_DIR" in line, line
    # the way out it names: the files again, into a new store
    res = run_fake_cli("ingest", str(built_store[1]), "--store", str(tmp_path / "new"), **FAKE)
    assert res.returncode == 0, res.stderr
    assert look(tmp_path / "new")["self_found"] == 1200


@pytest.mark.parametrize("damage", ["deleted", "garbled-header", "garbled-metadata"])
def test_damaged_vector_index_is_one_line_and_rebuild_repairs_it(built_store: tuple[Path, Path, list[str]], tmp_path: Path, damage: str) -> None:
    """(Random bytes inside data_level0.bin make Chroma's native hnswlib crash the process, SIGSEGV,
    before Python sees anything; `ingest --rebuild` repairs that store too: checked by hand.)"""
    store = copy_of(built_store, tmp_path)
    texts = built_store[2]
    segment = next(p for p in store.iterdir() if p.is_dir() and p.name != "bm25")
    if damage == "deleted":
        shutil.rmtree(segment)
    elif damage == "garbled-header":
        (segment / "header.bin").write_bytes(b"\0" * 100)
    else:
        (segment / "index_metadata.pickle").write_bytes(b"not a pickle")
    line = one_line_error(search(store, texts[5]))
    assert "cannot be read" in line and f"assistant ingest --rebuild --collection abstracts --store {store}" in line, line
    res = run_fake_cli("ingest", "--rebuild", "--store", str(store), **FAKE)
    assert res.returncode == 0 and "(rebuilt)" in res.stdout, res.stderr
    res = search(store, texts[5])
    assert res.returncode == 0 and json.loads(res.stdout)[0]["text"] == texts[5]
    state = look(store)
    assert state["texts"] == sorted(texts) and state["count"] == state["bm25_count"] == state["self_found"] == 1200
    sources = fake_assistant(store).store.sources()
    assert list(sources) == [str(built_store[1])] and sources[str(built_store[1])]["records"] == 1200


def test_rebuild_names_missing_sources_and_changes_nothing(built_store: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    store = copy_of(built_store, tmp_path)
    a = fake_assistant(store)
    label = str(built_store[1])
    a.store.record_sources({label: {"path": str(tmp_path / "gone.txt")}})  # as if the file had been moved away
    before = sqlite_rows(store)
    line = one_line_error(run_fake_cli("ingest", "--rebuild", "--store", str(store), **FAKE))
    assert "recorded source file(s) missing" in line and label in line
    assert {t: r for t, r in sqlite_rows(store).items() if t != "acquire_write"} == {t: r for t, r in before.items() if t != "acquire_write"}


def test_lost_or_damaged_bm25_files_are_rebuilt(built_store: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    store = copy_of(built_store, tmp_path)
    texts = built_store[2]
    expected = json.loads(search(store, texts[9]).stdout)
    index = store / "bm25" / "abstracts"
    # the whole folder deleted: the next search rebuilds it from the store, by itself
    shutil.rmtree(store / "bm25")
    res = search(store, texts[9])
    assert res.returncode == 0 and json.loads(res.stdout) == expected and "Traceback" not in res.stderr
    assert bm25_count(store) == 1200
    # a segment file deleted, then the manifest garbled: the same
    next(index.glob("seg-*.npz")).unlink()
    assert json.loads(search(store, texts[9]).stdout) == expected and bm25_count(store) == 1200
    (index / MANIFEST).write_text("{not json")
    assert json.loads(search(store, texts[9]).stdout) == expected and bm25_count(store) == 1200
    # and on request
    next(index.glob("seg-*.npz")).write_bytes(b"garbage")
    res = run_fake_cli("ingest", "--rebuild-index", "--store", str(store), **FAKE)
    assert res.returncode == 0 and "from the vector store: 1,200 abstracts" in res.stdout, res.stderr
    state = look(store)
    assert state["bm25_ids"] == state["ids"] and state["bm25_in_step"]


def test_rebuild_flags_take_no_paths(tmp_path: Path) -> None:
    line = one_line_error(run_fake_cli("ingest", str(tmp_path), "--rebuild", "--store", str(tmp_path / "s"), **FAKE))
    assert "give them no paths" in line
    line = one_line_error(run_fake_cli("ingest", "--store", str(tmp_path / "s"), **FAKE))
    assert "name the files" in line


# --- (d) a read-only store and a full disk --------------------------------------------------------------


def set_read_only(paths: list[Path], read_only: bool) -> None:
    """Really read-only: write bits off; as root (which ignores them) the immutable attribute too."""
    if os.geteuid() == 0 and not read_only:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
    for p in paths:
        p.chmod(p.stat().st_mode & ~0o222 if read_only else p.stat().st_mode | 0o200)
    if os.geteuid() == 0 and read_only:
        res = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if res.returncode != 0:
            set_read_only(paths, False)
            pytest.skip(f"running as root, and chattr cannot make files immutable here: {res.stderr.strip()}")


def test_read_only_store_is_one_line_and_left_untouched(built_store: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    store = copy_of(built_store, tmp_path)
    corpus = write_txt(tmp_path / "more.txt", abstracts(120, start=5000))
    before_rows, before_files = sqlite_rows(store), file_digests(store)
    everything = [store, *store.rglob("*")]
    set_read_only(everything, True)
    try:
        for args in (("ingest", str(corpus)), ("remove", "x"), ("search", "dark matter"), ("ingest", "--rebuild-index")):
            line = one_line_error(run_fake_cli(*args, "--store", str(store), **FAKE))
            assert f"store directory {store} is not writable" in line, line
        assert sqlite_rows(store) == before_rows and file_digests(store) == before_files
    finally:
        set_read_only(everything, False)
    # only the BM25 index read-only: the write fails mid-ingest on a real PermissionError
    bm25 = [store / "bm25", *(store / "bm25").rglob("*")]
    set_read_only(bm25, True)
    try:
        line = one_line_error(run_fake_cli("ingest", str(corpus), "--store", str(store), **FAKE, ASSISTANT_INGEST_CHUNK_SIZE="50"))
        assert f"cannot write to store {store}: it is read-only or not writable" in line and "run the same command again" in line, line
        assert bm25_count(store) == 1200
    finally:
        set_read_only(bm25, False)
    res = run_fake_cli("ingest", str(corpus), "--store", str(store), **FAKE)  # writable again: the re-run completes
    assert res.returncode == 0, res.stderr
    state = look(store)
    assert state["count"] == state["bm25_count"] == state["self_found"] == 1320 and state["bm25_ids"] == state["ids"]


@pytest.mark.parametrize("side", ["vectors", "bm25"])
def test_full_disk_mid_ingest_is_one_line_and_a_rerun_completes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, side: str) -> None:
    texts = abstracts(500)
    f = write_txt(tmp_path / "a.txt", texts)
    store = tmp_path / "store"
    calls = {"n": 0}
    target = (Store, "add") if side == "vectors" else (__import__("assistant.lexical", fromlist=["LexicalIndex"]).LexicalIndex, "add")
    real = getattr(*target)

    def fills_up(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] >= 4:  # the fourth chunk finds the disk full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(*target, fills_up)
    a = fake_assistant(store, ingest_chunk_size=50)
    with pytest.raises(StoreError) as e:
        a.ingest([f])
    assert "\n" not in str(e.value) and "the disk is full" in str(e.value) and "run the same command again" in str(e.value)
    state = look(store)
    if side == "vectors":  # three chunks stored, on both sides; nothing of the fourth
        assert state["count"] == state["bm25_count"] == state["self_found"] == 150
    else:  # the fourth chunk reached the vector side only: the next search indexes it
        assert state["count"] == 200 and state["bm25_count"] == 150
        fake_assistant(store).retrieve("dark matter")
        assert look(store)["bm25_count"] == 200
    monkeypatch.setattr(*target, real)  # space freed
    report = fake_assistant(store, ingest_chunk_size=50).ingest([f])
    assert report.new + report.duplicates == 500
    state = look(store)
    assert state["texts"] == sorted(texts) and state["count"] == state["bm25_count"] == state["self_found"] == 500
    # and the command line says it in one line, exit 2
    res = run_fake_cli("ingest", str(write_txt(tmp_path / "b.txt", abstracts(200, start=900))), "--store", str(tmp_path / "s2"),
                       **FAKE, FAKE_ENOSPC_AFTER="2", ASSISTANT_INGEST_CHUNK_SIZE="50")
    line = one_line_error(res)
    assert "the disk is full" in line, line
    assert look(tmp_path / "s2")["count"] == look(tmp_path / "s2")["bm25_count"] == 100


def test_lock_file_alone_is_still_an_empty_store(tmp_path: Path) -> None:
    """A writer killed before Chroma created its files leaves only the lock file: still a usable store."""
    store = tmp_path / "store"
    store.mkdir()
    (store / WRITE_LOCK).write_text("")
    assert fake_assistant(store).ingest([write_txt(tmp_path / "a.txt", abstracts(3))]).new == 3
