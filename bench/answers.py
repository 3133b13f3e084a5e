"""Answer quality and speed of the default local model on a QA set (default: the seed dev set).

    python bench/answers.py [--qa tests/fixtures/seed_qa_dev.jsonl] [--k 5] [--out rows.jsonl]
    python bench/answers.py --qa bench/qa/arxiv_heldout.jsonl --corpus bench/qa/arxiv_heldout_corpus.jsonl

Same harness as `assistant eval answers`; prints one line per question, the summary, and one JSON
summary line. With --corpus the abstracts are ingested once into their own collection under
--store. Run it on a quiet machine: llama.cpp slows down next to another busy process.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from assistant import Assistant
from assistant.evaluation import evaluate_answers, format_metric, read_qa

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seed_qa_dev.jsonl"


def corpus_assistant(corpus: Path, store: Path) -> Assistant:
    """An assistant over `corpus` alone, in its own collection under `store` (ingested on first use)."""
    assistant = Assistant(store_dir=store, collection=corpus.stem.replace("_", "-"), notice=None, auto_seed=False)
    if assistant.store.count() == 0:
        print(assistant.ingest([corpus]).summary())
    return assistant


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qa", type=Path, default=DEFAULT)
    ap.add_argument("--k", type=int, default=None)
    ap.add_argument("--store", type=Path, default=None, help="store to use (default: a fresh one with the seeds)")
    ap.add_argument("--corpus", type=Path, default=None, help="abstracts to answer from (default: the seeds)")
    ap.add_argument("--out", type=Path, default=None, help="write one JSON row per question here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            assistant = corpus_assistant(args.corpus, args.store or Path("bench/results/qa-stores"))
        else:
            assistant = Assistant(store_dir=args.store or Path(tmp) / "store", notice=None)
            assistant.ensure_corpus()
        items = read_qa(args.qa)
        assistant.ask(items[0].question, args.k)  # load the model and cache the system prompt outside the timings
        summary, rows = evaluate_answers(assistant, items, args.k)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    for r in rows:
        flag = "REFUSED" if r["refused"] else ("ok" if r["grounded"] else "UNGROUNDED")
        expect = "ans" if r["answerable"] else "UNA"
        verdict = f" verdict={r['verdict']}/{r['expected_verdict']}" if r.get("expected_verdict") else ""
        print(f"{r['id']:>10} {expect} {r['kind']:9} {flag:10} gold={r['gold_cited']!s:5} kw={r['keywords']!s:5}{verdict} "
              f"{r['total_s']:5.1f}s  {r['answer'][:100]}")
    for key, value in summary.items():
        print(f"{key:24} {format_metric(value)}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
