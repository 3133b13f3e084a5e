"""Batch answering vs one `ask()` at a time, on the same questions in the same run.

    python bench/batch.py [--qa tests/fixtures/seed_qa_dev.jsonl]

Both use the default local model on the seed abstracts. The batch run embeds and retrieves the
questions together and writes resumable JSONL; the loop asks them one by one.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from assistant import Assistant

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seed_qa_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qa", type=Path, default=DEFAULT)
    args = ap.parse_args()
    questions = [json.loads(line)["question"] for line in args.qa.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        assistant = Assistant(store_dir=Path(tmp) / "store", notice=None)
        assistant.ensure_corpus()
        assistant.ask(questions[0])  # load the model and cache the system prompt outside both timings

        start = time.perf_counter()
        for q in questions:
            assistant.ask(q)
        loop_s = time.perf_counter() - start

        qfile = Path(tmp) / "questions.txt"
        qfile.write_text("\n".join(questions) + "\n")
        start = time.perf_counter()
        report = assistant.batch(qfile, Path(tmp) / "answers.jsonl")
        batch_s = time.perf_counter() - start

    n = len(questions)
    print(f"one ask() at a time: {n / loop_s:.3f} questions/s ({loop_s:.1f} s for {n})")
    print(f"assistant batch    : {n / batch_s:.3f} questions/s ({batch_s:.1f} s; {report.answered} answered, {report.errors} errors)")
    print(f"speed-up           : {loop_s / batch_s:.2f}x")
    print(json.dumps({"questions": n, "loop_qps": round(n / loop_s, 3), "batch_qps": round(n / batch_s, 3), "speedup": round(loop_s / batch_s, 2)}))


if __name__ == "__main__":
    main()
