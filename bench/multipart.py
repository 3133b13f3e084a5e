"""Multi-part questions across several arXiv QA sets: how many have every part answered.

    python bench/multipart.py [--sets tune fresh fresh2 fresh3 fresh4 fresh5 fresh8 fresh9 fresh10] [--store bench/results/qa-stores]

Runs only the answerable multi-part questions of each set (same harness as bench/answers.py and
`assistant eval answers`: a part counts as answered when one of its keyword groups is in the answer),
so a change to how parts are drafted can be compared on more questions than one set holds. Each
set's abstracts are ingested once into their own collection under --store. Prints one line per
question and the totals. Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from answers import corpus_assistant  # bench/ is on the path when this script runs
from assistant.evaluation import evaluate_answers, read_qa

QA = Path(__file__).resolve().parent / "qa"
DEFAULT_SETS = ["tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh8", "fresh9", "fresh10"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=DEFAULT_SETS)
    ap.add_argument("--store", type=Path, default=Path("bench/results/qa-stores"))
    args = ap.parse_args()
    every = groups = of = questions = 0
    for name in args.sets:
        assistant = corpus_assistant(QA / f"arxiv_{name}_corpus.jsonl", args.store)
        items = [i for i in read_qa(QA / f"arxiv_{name}.jsonl") if i.kind == "multipart" and i.answerable]
        if not items:
            continue
        summary, rows = evaluate_answers(assistant, items)
        every += summary["multipart_all_parts"]["n"]
        questions += summary["multipart_all_parts"]["of"]
        for r in rows:
            hit, total = (int(x) for x in (r.get("keyword_groups") or "0/0").split("/"))
            groups, of = groups + hit, of + total
            print(f"{r['id']:>11} {r['keyword_groups']:>4} {r['total_s']:5.1f}s  {r['answer'][:110]}")
    print(f"every part answered {every}/{questions}; keyword groups {groups}/{of}")
    print(json.dumps({"sets": args.sets, "every_part": every, "questions": questions, "groups": groups, "of": of}))


if __name__ == "__main__":
    main()
