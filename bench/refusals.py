"""The refusal gates that run before the LLM, on a QA set, without the LLM: which questions each
gate would refuse, and how the coverage threshold trades answerable against unanswerable refusals.

    python bench/refusals.py bench/qa/arxiv_tune.jsonl --corpus bench/qa/arxiv_tune_corpus.jsonl

Tune thresholds on the tune set only; then run once on the held-out set and report what it prints.
The corpus is ingested once into --store (collection named after the corpus file).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant import Assistant
from assistant.evaluation import read_qa


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("qa", type=Path)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--store", type=Path, default=Path("bench/results/qa-stores"))
    ap.add_argument("--k", type=int, default=None)
    args = ap.parse_args()
    name = args.corpus.stem.replace("_", "-")
    a = Assistant(store_dir=args.store, collection=name, notice=None, auto_seed=False, min_coverage=0.0)
    if a.store.count() == 0:
        print(a.ingest([args.corpus]).summary())
    chain = a.answer_chain
    rows = []
    for item in read_qa(args.qa):
        turn = chain.read(item.question, args.k)
        relevant = [s for s in turn.sources if s.number in turn.relevant]
        share, missing = chain.coverage(item.question, relevant)
        gold_top = [s.number for s in turn.sources if s.id in item.gold_ids]
        rows.append((item, turn, share, missing, gold_top))
        gate = "relevance" if "ASSISTANT_MIN_RELEVANCE" in turn.refuse else "focus" if "FOCUS" in turn.refuse else ""
        print(f"{item.id:12} {'ANS' if item.answerable else 'UNA'} {item.kind or '':9}->{turn.question.kind:9} best {max(s.score for s in turn.sources):.2f} "
              f"cov {share:.2f} gold@{gold_top or '-'} {gate:9} missing {missing[:4]}  {item.question[:70]}")
    print()
    ans = [r for r in rows if r[0].answerable]
    una = [r for r in rows if not r[0].answerable]
    print(f"kind as labelled: {sum(r[1].question.kind == r[0].kind for r in rows if r[0].kind)}/{sum(bool(r[0].kind) for r in rows)}")
    print(f"gold abstract retrieved (answerable): {sum(bool(r[4]) for r in ans)}/{len(ans)}")
    gated = [r for r in ans if r[1].question.kind not in ("survey", "listing")]
    print("lowest coverage, answerable:", ", ".join(f"{r[0].id} {r[2]:.2f}" for r in sorted(gated, key=lambda r: r[2])[:5]))
    print("coverage, unanswerable:", ", ".join(f"{r[0].id} {r[2]:.2f}" for r in sorted(una, key=lambda r: r[2])))
    print("refused before the LLM by the relevance or focus gate:", ", ".join(f"{r[0].id}" for r in rows if r[1].refuse) or "none")
    for threshold in (0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        def refused(r: tuple) -> bool:  # as the chain does: surveys and listings are not coverage-gated
            return bool(r[1].refuse) or (r[2] < threshold and r[1].question.kind not in ("survey", "listing"))
        print(f"min_coverage {threshold:.2f}: answerable refused {sum(map(refused, ans))}/{len(ans)}, "
              f"unanswerable refused {sum(map(refused, una))}/{len(una)} "
              f"(traps: {', '.join(f'{r[0].trap}={int(refused(r))}' for r in una)})")


if __name__ == "__main__":
    main()
