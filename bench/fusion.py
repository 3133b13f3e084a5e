"""Hybrid fusion choices side by side on a BEIR folder's train split (to choose) and test split (to report).

    python bench/fusion.py [../shared/data/scifact] [--store DIR]

Ingests the corpus into its evaluation collection if needed (as `assistant eval retrieval` does),
then ranks every query with each fusion setting and prints nDCG@10 and Recall@100 per split.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.core import Assistant
from assistant.evaluation import (
    RETRIEVAL_DEPTH,
    beir_collection_name,
    read_beir,
    retrieval_metrics,
)

SETTINGS = [("rrf", 0.0, 100), ("convex", 0.3, 100), ("convex", 0.4, 100), ("convex", 0.5, 100),
            ("convex", 0.6, 100), ("convex", 0.4, 50), ("convex", 0.4, 200)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/data/scifact"))
    ap.add_argument("--store", default=None)
    ap.add_argument("--splits", default="train,test")
    args = ap.parse_args()
    data = Path(args.data)
    a = Assistant(store_dir=args.store, collection=beir_collection_name(data))
    if a.store.count() == 0:
        a.ingest([data / "corpus.jsonl"])
    splits = {s: read_beir(data, s) for s in args.splits.split(",") if (data / "qrels" / f"{s}.tsv").is_file()}
    print(f"{'fusion':8} {'alpha':>5} {'depth':>5} " + " ".join(f"{s + ' nDCG@10':>14} {s + ' R@100':>12}" for s in splits))
    for fusion, alpha, depth in SETTINGS:
        r = a.make_retriever("hybrid", depth)
        r.fusion, r.alpha = fusion, alpha
        cells = []
        for _, queries, qrels in splits.values():
            ids = list(queries)
            ranked = r.retrieve_many([queries[q] for q in ids], RETRIEVAL_DEPTH)
            m = retrieval_metrics({q: [s.id for s in res] for q, res in zip(ids, ranked)}, qrels)
            cells.append(f"{m['ndcg_at_10']:>14.4f} {m['recall_at_100']:>12.4f}")
        print(f"{fusion:8} {alpha if fusion == 'convex' else '':>5} {depth:>5} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
