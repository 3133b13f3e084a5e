"""The incremental BM25 index (assistant.lexical.LexicalIndex) next to bm25s, on 75,000 abstracts.

    python bench/lexical.py [--data ../shared/data/arxiv/arxiv_ml.jsonl.gz] [--docs 75000] [--chroma DIR]

The corpus is arXiv title + abstract (200 papers held out: their titles are the queries, 21 more
are the abstracts added and updated), topped up to --docs with abstracts spliced from two others.
Each side runs in a child process of its own, so each peak RSS is its own; one table compares them:
build (LexicalIndex.add in chunks of 5000 vs bm25s.index on the same tokens), adding 20, removing 1
and updating 1 (bm25s can only rebuild), query latency (p50/p95 of search(title, 100)), disk size.

--chroma DIR adds the store side on a real Chroma collection of the same corpus with random 8-d
vectors (built once in DIR, ~4 minutes): a rebuild from the store, a client adding 20 abstracts
(store upsert + index add + sync), and a second client's cache catching up with those 20.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "arxiv" / "arxiv_ml.jsonl.gz"
CHUNK = 5000
QUERIES, NEW = 200, 20


def prepare(data: Path, docs: int, out: Path) -> None:
    rows = [json.loads(line) for line in gzip.open(data, "rt")]
    random.Random(0).shuffle(rows)
    held, rest = rows[:QUERIES + NEW + 1], rows[QUERIES + NEW + 1:]
    ids = [r["id"] for r in rest][:docs]
    texts = [f"{r['title']}. {r['abstract']}" for r in rest][:docs]
    rng = random.Random(1)
    while len(ids) < docs:  # top up: halves of two other abstracts
        a, b = rng.sample(rest, 2)
        ids.append(f"spliced-{len(ids)}")
        texts.append(a["abstract"][: len(a["abstract"]) // 2] + " " + b["abstract"][len(b["abstract"]) // 2:])
    new = held[QUERIES:]
    out.write_text(json.dumps({
        "ids": ids, "texts": texts, "queries": [r["title"] for r in held[:QUERIES]],
        "new_ids": [r["id"] for r in new], "new_texts": [f"{r['title']}. {r['abstract']}" for r in new],
    }))


def pct(xs: list[float]) -> tuple[float, float]:
    return float(np.percentile(xs, 50)), float(np.percentile(xs, 95))


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def index_size(path: Path) -> int:
    """The files the manifest names (superseded ones wait for the next write to be deleted)."""
    m = json.loads((path / "manifest.json").read_text())
    names = ["manifest.json", m["vocab"], *(s["file"] for s in m["segments"])] + ([m["tombstones"]] if m["tombstones"] else [])
    return sum((path / n).stat().st_size for n in names)


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: ru_maxrss would include the parent's, inherited at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def latencies(search: Any, queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        t = time.perf_counter()
        search(q)
        out.append((time.perf_counter() - t) * 1000)
    return out


def phase_ours(d: dict[str, Any], work: Path) -> dict[str, Any]:
    from assistant.lexical import LexicalIndex

    ids, texts, queries = d["ids"], d["texts"], d["queries"]
    res: dict[str, Any] = {}
    index = LexicalIndex(work / "bm25")
    t = time.perf_counter()
    for i in range(0, len(ids), CHUNK):
        index.add(ids[i:i + CHUNK], texts[i:i + CHUNK])
    res["build"] = time.perf_counter() - t
    res["segments"] = len(json.loads((work / "bm25" / "manifest.json").read_text())["segments"])
    res["disk"] = index_size(work / "bm25")
    t = time.perf_counter()
    cold = LexicalIndex(work / "bm25")
    cold.count()
    res["cold_load"] = time.perf_counter() - t
    del cold
    # first pass: common terms scored for the first time in this index state (as after any write);
    # second pass: from the postings cache, as in a long-running process
    res["query_cold"] = pct(latencies(lambda q: index.search([q], 100), queries))
    res["query"] = pct(latencies(lambda q: index.search([q], 100), queries))
    res["query10"] = pct(latencies(lambda q: index.search([q], 10), queries))

    def timed_write(fn: Any) -> tuple[float, float]:
        t = time.perf_counter()
        fn()
        write = time.perf_counter() - t
        t = time.perf_counter()
        index.search([queries[0]], 100)  # the first search after it pays for reloading the state
        return write, time.perf_counter() - t

    new_ids, new_texts = d["new_ids"], d["new_texts"]
    res["add20"] = timed_write(lambda: index.add(new_ids[:NEW], new_texts[:NEW]))
    res["remove1"] = timed_write(lambda: index.remove([ids[123]]))
    res["update1"] = timed_write(lambda: index.add([ids[456]], [new_texts[NEW]]))
    assert index.count() == len(ids) + NEW - 1
    t = time.perf_counter()
    index.compact()
    res["compact"] = time.perf_counter() - t
    res["disk_compacted"] = index_size(work / "bm25")
    res["query_compacted_cold"] = pct(latencies(lambda q: index.search([q], 100), queries))
    res["query_compacted"] = pct(latencies(lambda q: index.search([q], 100), queries))
    res["peak_rss"] = peak_rss_mb()
    return res


def phase_bm25s(d: dict[str, Any], work: Path) -> dict[str, Any]:
    import bm25s

    from assistant.lexical import tokenize

    texts, queries = d["texts"], d["queries"]
    res: dict[str, Any] = {}
    t = time.perf_counter()
    tokens = tokenize(texts)
    res["tokenize"] = time.perf_counter() - t
    t = time.perf_counter()
    r = bm25s.BM25(method="lucene", k1=1.5, b=0.75)
    r.index(tokens, show_progress=False)
    res["build"] = time.perf_counter() - t
    r.save(str(work / "bm25s"))
    res["disk"] = dir_size(work / "bm25s")

    def search(q: str, n: int = 100) -> list[tuple[int, float]]:  # what the bm25s-based index did per query
        known = [t for t in tokenize([q])[0] if t in r.vocab_dict]
        if not known:
            return []
        scores = np.asarray(r.get_scores(known))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    res["query_cold"] = pct(latencies(search, queries))
    res["query"] = pct(latencies(search, queries))
    res["query10"] = pct(latencies(lambda q: search(q, 10), queries))
    query_tokens = [[t for t in tokenize([q])[0] if t in r.vocab_dict] for q in queries]
    res["get_scores"] = pct(latencies(lambda toks: r.get_scores(toks) if toks else None, query_tokens))  # type: ignore[arg-type]
    # bm25s cannot add or delete: adding 20 means indexing everything again (tokens kept in memory;
    # the old index also re-read every document from the store first)
    t = time.perf_counter()
    r2 = bm25s.BM25(method="lucene", k1=1.5, b=0.75)
    r2.index(tokens + tokenize(d["new_texts"][:NEW]), show_progress=False)
    res["add20"] = (time.perf_counter() - t, 0.0)
    res["peak_rss"] = peak_rss_mb()
    return res


def phase_chroma(d: dict[str, Any], work: Path, chroma_dir: Path) -> dict[str, Any]:
    import chromadb
    from chromadb.config import Settings

    from assistant.lexical import LexicalIndex
    from assistant.schema import Record
    from assistant.store import Store

    ids, texts = d["ids"], d["texts"]
    res: dict[str, Any] = {}
    client = chromadb.PersistentClient(path=str(chroma_dir), settings=Settings(anonymized_telemetry=False))
    store = Store(client, "bench-lexical", "random-8d")
    rng = np.random.default_rng(0)
    if store.count() < len(ids):
        t = time.perf_counter()
        for i in range(0, len(ids), CHUNK):
            title = [x.split(". ", 1) for x in texts[i:i + CHUNK]]
            store.collection.upsert(
                ids=ids[i:i + CHUNK], embeddings=rng.standard_normal((len(title), 8)).astype(np.float32),
                documents=[p[-1] for p in title],
                metadatas=[{"title": p[0], "title_derived": len(p) == 1, "origin": "bench", "content_hash": f"h{i + j}"}
                           for j, p in enumerate(title)])
        store.bump_revision()
        res["store_load"] = time.perf_counter() - t
    res["store_count"] = store.count()
    t = time.perf_counter()
    store.all_ids()
    res["all_ids"] = time.perf_counter() - t
    one, two = LexicalIndex(work / "client1" / "bm25"), LexicalIndex(work / "client2" / "bm25")
    t = time.perf_counter()
    one.sync(store)
    res["rebuild_from_store"] = time.perf_counter() - t
    shutil.copytree(work / "client1" / "bm25", work / "client2" / "bm25", dirs_exist_ok=True)
    t = time.perf_counter()
    changed = one.sync(store)
    res["sync_noop"] = time.perf_counter() - t
    assert not changed and two.count() == one.count()
    # client one ingests 20 abstracts (embedding aside): store write, index add, the final sync
    new = [Record(id=f"bench-new-{i}", title=x.split(". ", 1)[0], text=x.split(". ", 1)[-1], origin="bench", content_hash=f"new{i}")
           for i, x in enumerate(d["new_texts"][:NEW])]
    t = time.perf_counter()
    store.add(new, rng.standard_normal((NEW, 8)).astype(np.float32))
    res["ingest20_store"] = time.perf_counter() - t
    t2 = time.perf_counter()
    one.add([r.id for r in new], [r.embedding_text() for r in new])
    res["ingest20_index"] = time.perf_counter() - t2
    t2 = time.perf_counter()
    one.sync(store)
    res["ingest20_sync"] = time.perf_counter() - t2
    res["ingest20"] = time.perf_counter() - t
    # client two's cache catches up: ids only, then the 20 documents
    t = time.perf_counter()
    assert two.sync(store)
    res["second_client_sync"] = time.perf_counter() - t
    assert two.count() == store.count()
    # remove one through the store, then sync
    t = time.perf_counter()
    store.delete([new[0].id])
    one.sync(store)
    res["delete1_sync"] = time.perf_counter() - t
    store.delete([r.id for r in new[1:]])  # leave the store as it was
    res["peak_rss"] = peak_rss_mb()
    return res


def child(phase: str, data_file: Path, chroma: str | None) -> None:
    # assistant.lexical without the package __init__ (chromadb, langchain, torch): peak RSS is the index's
    import types

    pkg = types.ModuleType("assistant")
    pkg.__path__ = [str(REPO / "assistant")]  # type: ignore[attr-defined]
    sys.modules["assistant"] = pkg
    d = json.loads(data_file.read_text())
    with tempfile.TemporaryDirectory(prefix=f"bench-lexical-{phase}-") as tmp:
        if phase == "ours":
            res = phase_ours(d, Path(tmp))
        elif phase == "bm25s":
            res = phase_bm25s(d, Path(tmp))
        else:
            res = phase_chroma(d, Path(tmp), Path(chroma or ""))
    print("RESULT " + json.dumps(res))


def run_phase(phase: str, data_file: Path, chroma: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", phase, "--data-file", str(data_file)] + (["--chroma", chroma] if chroma else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{phase} failed:\n{out.stderr[-3000:]}")
    return json.loads(next(line for line in out.stdout.splitlines() if line.startswith("RESULT "))[7:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--docs", type=int, default=75000)
    ap.add_argument("--chroma", default=None, help="a directory for (or holding) the Chroma store of the --chroma part")
    ap.add_argument("--phase", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--data-file", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        child(args.phase, Path(args.data_file), args.chroma)
        return
    with tempfile.TemporaryDirectory(prefix="bench-lexical-") as tmp:
        data_file = Path(tmp) / "corpus.json"
        prepare(Path(args.data), args.docs, data_file)
        load = os.getloadavg()
        print(f"{args.docs} documents, {QUERIES} title queries; load average at start {load[0]:.2f} on {os.cpu_count()} cores")
        ours = run_phase("ours", data_file)
        ref = run_phase("bm25s", data_file)
        chroma = run_phase("chroma", data_file, args.chroma) if args.chroma else None
    s, ms = (lambda x: f"{x:.2f} s"), (lambda p: f"{p[0]:.1f} / {p[1]:.1f} ms")
    rows = [
        ("full build", f"{s(ours['build'])} ({ours['segments']} x add of {CHUNK}, tokenising included)",
         f"{s(ref['build'])} index + {s(ref['tokenize'])} tokenise = {s(ref['build'] + ref['tokenize'])}"),
        ("add 20 documents", f"{ours['add20'][0] * 1000:.0f} ms (+ {ours['add20'][1] * 1000:.0f} ms first query after)",
         f"{s(ref['add20'][0])} (re-index all; tokens already in memory)"),
        ("remove 1", f"{ours['remove1'][0] * 1000:.0f} ms (+ {ours['remove1'][1] * 1000:.0f} ms first query after)", "re-index all"),
        ("update 1", f"{ours['update1'][0] * 1000:.0f} ms (+ {ours['update1'][1] * 1000:.0f} ms first query after)", "re-index all"),
        ("query p50 / p95, top 100, 1st pass", f"{ms(ours['query_cold'])} (terms scored, then cached)",
         f"{ms(ref['query_cold'])} (tokenise + get_scores + top 100)"),
        ("query p50 / p95, top 100, 2nd pass", ms(ours["query"]), ms(ref["query"])),
        ("query p50 / p95, top 10, 3rd pass", ms(ours["query10"]), ms(ref["query10"])),
        ("get_scores alone p50 / p95", "", ms(ref["get_scores"])),
        ("load from disk (new process)", s(ours["cold_load"]), ""),
        ("compact (all segments into 1)", s(ours["compact"]), ""),
        ("query p50 / p95 after compact", f"{ms(ours['query_compacted_cold'])} 1st pass, {ms(ours['query_compacted'])} 2nd", ""),
        ("disk size", f"{ours['disk'] / 2**20:.0f} MB ({ours['disk_compacted'] / 2**20:.0f} MB compacted)", f"{ref['disk'] / 2**20:.0f} MB"),
        ("peak RSS (whole child process)", f"{ours['peak_rss']:.0f} MB", f"{ref['peak_rss']:.0f} MB"),
    ]
    w = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print(f"{'':{w}}  {'LexicalIndex (incremental)':{w1}}  bm25s")
    for name, a, b in rows:
        print(f"{name:{w}}  {a:{w1}}  {b}")
    if chroma:
        print(f"\nChroma store side ({chroma['store_count']} documents, PersistentClient, random 8-d vectors):")
        for key, label in [("all_ids", "read all ids (no documents)"), ("rebuild_from_store", "rebuild index from the store (full read)"),
                           ("sync_noop", "sync when in step"), ("ingest20", "add 20 abstracts: store upsert + index add + sync"),
                           ("ingest20_store", "  of which store upsert + revision bump"), ("ingest20_index", "  of which LexicalIndex.add"),
                           ("ingest20_sync", "  of which final sync (ids read)"), ("second_client_sync", "second client's cache picks up the 20"),
                           ("delete1_sync", "delete 1 through the store + sync")]:
            print(f"  {label:52} {chroma[key] * 1000:8.0f} ms")
        if "store_load" in chroma:
            print(f"  (store built in {chroma['store_load']:.0f} s)")


if __name__ == "__main__":
    main()
