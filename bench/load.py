"""Speed under load: `ask` on a quiet machine, then next to one CPU-bound process, in one run.

    python bench/load.py [--questions 4] [--threads N] [--wait-policy PASSIVE|ACTIVE]

Each configuration runs in a fresh process (OpenMP reads its settings at start): the questions are
asked once quiet, then again while a busy-looping process occupies one core. Goal: under load at
most 3x the quiet time. On 2 cores, llama.cpp's OpenMP threads used to spin-wait for each other
while the other process held a core; passive waiting (the default now) lets them sleep instead.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTIONS = [
    "What do LLM agents conform to when they simulate political debates?",
    "Which link prediction cases remain hard for translational distance models?",
    "Why is distributed training needed for graph neural networks?",
    "What are KE-PLMs?",
    "What problem do VQA models have with counting objects?",
]

WORKER = r"""
import json, sys, time
from assistant import Assistant
store, n = sys.argv[1], int(sys.argv[2])
a = Assistant(store_dir=store, notice=None)
a.ensure_corpus()
a.ask("What is RotatE?")  # load the model, cache the prompt prefix
qs = json.loads(sys.argv[3])[:n]
out = []
for q in qs:
    ans = a.ask(q)
    out.append({"total": ans.timings.total, "first": ans.timings.first_token})
print("RESULT " + json.dumps(out))
"""


def busy(stop_at: float) -> None:
    x = 0
    while time.time() < stop_at:
        x += 1


def run(store: str, n: int, env: dict[str, str]) -> list[dict]:
    res = subprocess.run([sys.executable, "-c", WORKER, store, str(n), json.dumps(QUESTIONS)], env=env, capture_output=True, text=True)
    line = next((ln for ln in res.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(res.stderr[-2000:])
    return json.loads(line[7:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=int, default=4)
    ap.add_argument("--threads", type=int, default=None, help="ASSISTANT_THREADS for the run (default: all cores)")
    ap.add_argument("--wait-policy", default="PASSIVE", help="OMP_WAIT_POLICY: PASSIVE (our default) or ACTIVE (OpenMP's)")
    args = ap.parse_args()
    store = str(Path(tempfile.mkdtemp()) / "store")
    env = {**os.environ, "OMP_WAIT_POLICY": args.wait_policy}
    if args.threads:
        env["ASSISTANT_THREADS"] = str(args.threads)
    run(store, 1, env)  # seed the store, join the model file
    quiet = run(store, args.questions, env)
    stopper = multiprocessing.Process(target=busy, args=(time.time() + 3600,), daemon=True)
    stopper.start()
    try:
        loaded = run(store, args.questions, env)
    finally:
        stopper.terminate()
    q, l = statistics.median(r["total"] for r in quiet), statistics.median(r["total"] for r in loaded)
    qf = statistics.median(r["first"] for r in quiet if r["first"]) if any(r["first"] for r in quiet) else float("nan")
    lf = statistics.median(r["first"] for r in loaded if r["first"]) if any(r["first"] for r in loaded) else float("nan")
    label = f"threads={args.threads or os.cpu_count()} OMP_WAIT_POLICY={args.wait_policy}"
    print(f"{label}: quiet median {q:.1f} s (first token {qf:.1f} s); next to a busy process {l:.1f} s "
          f"(first token {lf:.1f} s): {l / q:.1f}x")


if __name__ == "__main__":
    main()
