"""Latency and quality against corpus size: 1k, 10k and all 74,728 arXiv abstracts.

    python bench/scale.py --store /work/stores/arxiv [--collection arxiv] [--asks 5]

Needs the full collection already ingested (`assistant ingest ../shared/data/arxiv/arxiv_ml.jsonl.gz
--collection arxiv --store DIR`: about 80 minutes on 2 cores). The 1k and 10k collections are copied
from it, vectors included (no re-embedding), and always contain the gold abstracts of the questions.

Questions: the 60 answerable questions of bench/qa/arxiv_tune.jsonl and arxiv_heldout.jsonl (our own,
written over arXiv abstracts; each names its gold abstract ids). At each size it prints retrieval
p50/p95 for dense, bm25 and hybrid (one question at a time, model loaded), hit@3 (a gold abstract
among the top 3), and for the full size the `ask` first-token and total time of --asks questions, and which
of them were refused (with the reason).
Writes bench/results/scale.json and bench/results/scale.png (matplotlib: pip install ".[bench]").
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

from assistant import Assistant
from assistant.evaluation import percentile, read_qa

QA = [Path(__file__).parent / "qa" / "arxiv_tune.jsonl", Path(__file__).parent / "qa" / "arxiv_heldout.jsonl"]
RESULTS = Path(__file__).parent / "results"
MODES = ("dense", "bm25", "hybrid")


def copy_subset(full: Assistant, name: str, keep: list[str]) -> Assistant:
    """A collection holding `keep`, copied from the full one with its vectors (no embedding)."""
    sub = Assistant(store_dir=full.settings.store_dir, collection=name, notice=None, auto_seed=False)
    if sub.store.count() == len(keep):
        return sub
    if sub.store.count():
        sub.drop()
        sub = Assistant(store_dir=full.settings.store_dir, collection=name, notice=None, auto_seed=False)
    with sub.writing():  # the store's one-writer lock, as any ingest takes it
        for i in range(0, len(keep), 2000):
            ids = keep[i: i + 2000]
            got = full.store.collection.get(ids=ids, include=["embeddings", "documents", "metadatas"])
            sub.store.collection.upsert(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"], metadatas=got["metadatas"])
        sub.store.bump_revision()
        sub.lexical.sync(sub.store)
    return sub


def measure(a: Assistant, items: list, gold: list[set[str]]) -> dict:
    out = {"abstracts": a.store.count()}
    for mode in MODES:
        r = a.make_retriever(mode)
        r.retrieve("warm-up question about neural networks", 3)
        lat, hits = [], 0
        for item, g in zip(items, gold):
            t = time.perf_counter()
            found = r.retrieve(item.question, 3)
            lat.append((time.perf_counter() - t) * 1000)
            hits += any(s.id in g for s in found)
        out[mode] = {"p50_ms": round(percentile(lat, 0.5), 1), "p95_ms": round(percentile(lat, 0.95), 1),
                     "hit_at_3": round(hits / len(items), 3)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--collection", default="arxiv")
    ap.add_argument("--asks", type=int, default=5, help="questions asked end to end at full size (0 = none)")
    args = ap.parse_args()
    full = Assistant(store_dir=args.store, collection=args.collection, notice=None, auto_seed=False)
    items = [q for path in QA for q in read_qa(path) if q.answerable and q.gold_ids]
    gold = [set(q.gold_ids) for q in items]
    all_ids = full.store.all_ids()
    missing = {g for s in gold for g in s} - set(all_ids)
    if missing:
        raise SystemExit(f"{len(missing)} gold abstracts are not in the collection: ingest the whole arXiv file first")
    rng = random.Random(0)
    needed = sorted({g for s in gold for g in s})
    others = [i for i in all_ids if i not in set(needed)]
    rng.shuffle(others)
    results = []
    for size in (1_000, 10_000):
        sub = copy_subset(full, f"{args.collection}-{size // 1000}k", needed + others[: size - len(needed)])
        results.append(measure(sub, items, gold))
        print(json.dumps(results[-1]))
    results.append(measure(full, items, gold))
    print(json.dumps(results[-1]))
    if args.asks:
        full.ask(items[0].question)  # load the model, cache the prompt prefix
        firsts, totals, refused = [], [], []
        for item in items[1: 1 + args.asks]:
            ans = full.ask(item.question)
            if ans.timings.first_token is not None:
                firsts.append(ans.timings.first_token)
            totals.append(ans.timings.total)
            gold_cited = any(c.id in item.gold_ids for c in ans.citations)
            gold_seen = any(src.id in item.gold_ids for src in ans.sources)
            print(f"  {item.id}: {'REFUSED' if ans.refused else 'answered'}, gold retrieved {gold_seen}, cited {gold_cited}, "
                  f"{ans.timings.total:.1f} s" + (f" -- {ans.notes[-1][:160]}" if ans.refused and ans.notes else ""))
            if ans.refused:
                refused.append(item.id)
        results[-1]["ask"] = {"questions": len(totals), "first_token_median_s": round(statistics.median(firsts), 2) if firsts else None,
                              "total_median_s": round(statistics.median(totals), 2), "refused": refused}
        print(json.dumps(results[-1]["ask"]))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(results, indent=2) + "\n")
    plot(results, RESULTS / "scale.png")
    print(f"wrote {RESULTS / 'scale.json'} and {RESULTS / 'scale.png'}")


def plot(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["abstracts"] for r in results]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for mode in MODES:
        left.plot(sizes, [r[mode]["p50_ms"] for r in results], marker="o", label=f"{mode} p50")
        left.plot(sizes, [r[mode]["p95_ms"] for r in results], marker="x", linestyle="--", label=f"{mode} p95")
        right.plot(sizes, [r[mode]["hit_at_3"] for r in results], marker="o", label=mode)
    for ax in (left, right):
        ax.set_xscale("log")
        ax.set_xlabel("abstracts in the collection")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    left.set_ylabel("retrieval latency (ms, one question)")
    right.set_ylabel("hit@3 (60 questions with a gold abstract)")
    right.set_ylim(0, 1.05)
    fig.suptitle("Retrieval latency and quality against corpus size (2-core CPU)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)


if __name__ == "__main__":
    main()
