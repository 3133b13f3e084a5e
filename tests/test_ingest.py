"""Ingesting into a real Chroma store with the real embedding model: dedup, resume, bad input."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import EmbeddingModelMismatch, InputRejected, StoreError
from assistant.resources import seed_files

from .conftest import make_assistant, run_cli


def test_seeds_dedup_within_and_across_runs(tmp_path: Path) -> None:
    a = make_assistant(tmp_path / "s")
    first = a.ingest(seed_files())
    assert (first.read, first.new, first.duplicates, first.rejected) == (22, 20, 2, 0)
    assert a.store.count() == 20
    again = a.ingest(seed_files())
    assert (again.new, again.duplicates) == (0, 22)
    assert "0 new, 22 duplicates skipped" in again.summary()
    assert a.store.count() == 20


def test_stored_abstract_keeps_id_title_origin_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "p.jsonl"
    f.write_text(json.dumps({"id": "2503.11731", "title": "Gaussian Splatting sensor simulation",
                             "abstract": "Sensor simulation is pivotal for autonomous driving validation.",
                             "authors": ["X. Li"], "date": "2025-03-18"}) + "\n")
    a = make_assistant(tmp_path / "s")
    a.ingest([f])
    [s] = a.retrieve("sensor simulation for autonomous driving", k=1)
    assert (s.id, s.title, s.origin) == ("2503.11731", "Gaussian Splatting sensor simulation", f"{f}:1")
    assert s.metadata == {"authors": ["X. Li"], "date": "2025-03-18"}
    assert 0.3 < s.score <= 1.0


def test_same_id_different_text_keeps_both(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"_id": "1", "text": "Protein folding with deep learning."}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"_id": "1", "text": "Galaxy rotation curves and dark matter."}) + "\n")
    a = make_assistant(tmp_path / "s")
    report = a.ingest([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    assert report.new == 2 and a.store.count() == 2
    assert a.retrieve("dark matter", k=1)[0].id.startswith("1-")


def test_bad_records_are_counted_and_good_ones_stored(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "g", "text": "Good abstract on transformers."}\n{"oops"\n{"id": "e", "text": ""}\n')
    a = make_assistant(tmp_path / "s")
    report = a.ingest([f, tmp_path / "missing.txt"])
    assert (report.new, report.rejected) == (1, 3)
    assert {str(r) for r in report.rejections} >= {f"{tmp_path / 'missing.txt'}: no such file or directory", f"{f}:3: empty abstract"}


def test_strict_refuses_everything_before_writing(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_bytes(b"A good abstract.\n\xff\xfe bad bytes\n")
    a = make_assistant(tmp_path / "s")
    with pytest.raises(InputRejected) as exc:
        a.ingest([f], strict=True)
    assert "nothing was written" in str(exc.value)
    assert a.store.count() == 0


def test_collection_remembers_its_embedding_model(tmp_path: Path) -> None:
    a = make_assistant(tmp_path / "s")
    a.ingest(seed_files())
    other = make_assistant(tmp_path / "s", embedding_model=str(tmp_path))
    with pytest.raises(EmbeddingModelMismatch, match="all-MiniLM-L6-v2"):
        other.store


def test_not_a_chroma_store_and_unwritable_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("my notes")
    with pytest.raises(StoreError, match="is not a Chroma store"):
        make_assistant(junk).store
    import assistant.store as store_mod
    monkeypatch.setattr(store_mod.os, "access", lambda *_a, **_k: False)  # root ignores chmod, so fake it
    with pytest.raises(StoreError, match="not writable"):
        make_assistant(tmp_path / "ro").store


def test_cli_ingest_summary_and_exit_codes(tmp_path: Path) -> None:
    seeds = [str(p) for p in seed_files()]
    first = run_cli("ingest", *seeds, "--store", str(tmp_path / "s"))
    assert first.returncode == 0, first.stderr
    assert "20 new, 2 duplicates skipped, 0 rejected" in first.stdout
    again = run_cli("ingest", *seeds, "--store", str(tmp_path / "s"))
    assert "0 new, 22 duplicates skipped" in again.stdout and again.returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title\n1,no abstract column\n")
    res = run_cli("ingest", str(bad), str(tmp_path / "nope.jsonl"), "--store", str(tmp_path / "s"))
    assert res.returncode == 1
    assert f"{bad}: no text column" in res.stderr and "no such file or directory" in res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    strict = run_cli("ingest", str(bad), "--strict", "--store", str(tmp_path / "s2"))
    assert strict.returncode != 0 and "nothing was written" in strict.stderr and "Traceback" not in strict.stderr


def test_cli_bad_store_is_one_line_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "x.bin").write_bytes(b"\x00")
    res = run_cli("search", "graphs", "--store", str(junk))
    assert res.returncode == 2 and "not a Chroma store" in res.stderr and "Traceback" not in res.stderr


def _stored(store: Path) -> int:
    db = store / "chroma.sqlite3"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
            return int(c.execute("select count(*) from embeddings_queue").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_kill_9_mid_ingest_then_rerun_stores_each_abstract_once(tmp_path: Path) -> None:
    total = 1200
    f = tmp_path / "big.txt"
    f.write_text("".join(f"Abstract {i} studies topic {i * 7 % 13} with method {i % 17} and finds effect size {i}.\n" for i in range(total)))
    store = tmp_path / "s"
    env = {"ASSISTANT_INGEST_CHUNK_SIZE": "50"}
    cmd = [sys.executable, "-m", "assistant.cli", "ingest", str(f), "--store", str(store)]
    proc = subprocess.Popen(cmd, env={**__import__("os").environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while _stored(store) < 100 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _stored(store)
    assert 0 < partial < total, "the kill should land mid-ingest"
    res = run_cli("ingest", str(f), "--store", str(store), "--json", env=env)
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["new"] + report["duplicates"] == total
    assert report["duplicates"] >= partial - 50  # everything written before the kill is skipped, not re-added
    a = make_assistant(store)
    assert a.store.count() == total
    assert a.lexical.in_step(a.store)
