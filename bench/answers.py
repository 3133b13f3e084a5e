"""Answer quality and speed of the default local model on a QA set (default: the seed dev set).

    python bench/answers.py [--qa ../shared/eval/seed_qa_dev.jsonl] [--k 5] [--out rows.jsonl]

Same harness as `assistant eval answers`; prints a table and one JSON summary line. Run it on a
quiet machine: with another busy process llama.cpp slows down 20-60x.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from assistant import Assistant
from assistant.evaluation import evaluate_answers, format_metric, read_qa

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_qa_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qa", type=Path, default=DEFAULT)
    ap.add_argument("--k", type=int, default=None)
    ap.add_argument("--store", type=Path, default=None, help="store to use (default: a fresh one with the seeds)")
    ap.add_argument("--out", type=Path, default=None, help="write one JSON row per question here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        assistant = Assistant(store_dir=args.store or Path(tmp) / "store", notice=None)
        assistant.ensure_corpus()
        items = read_qa(args.qa)
        assistant.ask(items[0].question, args.k)  # load the model and cache the system prompt outside the timings
        summary, rows = evaluate_answers(assistant, items, args.k)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    for r in rows:
        flag = "REFUSED" if r["refused"] else ("ok" if r["grounded"] else "UNGROUNDED")
        print(f"{r['id']:>4} {flag:10} gold={r['gold_cited']!s:5} kw={r['keywords']!s:5} {r['total_s']:5.1f}s  {r['answer'][:110]}")
    for key, value in summary.items():
        print(f"{key:24} {format_metric(value)}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
