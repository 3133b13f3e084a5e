"""Start-up time of the command line, next to `python -c pass` in the same run.

    python bench/startup.py [--runs 10]

`assistant --help` and `assistant info` must not import torch, chromadb, LangChain or llama.cpp
(checked here too); goal for `--help`: at most 0.3 s. Medians of --runs runs, alternating.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HEAVY = ("torch", "chromadb", "langchain_core", "llama_cpp", "sentence_transformers")
PROBE = ("import sys, runpy; sys.argv = ['assistant'] + sys.argv[1:]\n"
         "try:\n    runpy.run_module('assistant.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
         "print('HEAVY:' + ','.join(sorted({m.split('.')[0] for m in sys.modules} & set(%r))), file=sys.stderr)" % (HEAVY,))


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    env = {**os.environ, "ASSISTANT_STORE_DIR": tempfile.mkdtemp()}
    cmds = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "assistant --help": [sys.executable, "-m", "assistant.cli", "--help"],
        "assistant info": [sys.executable, "-m", "assistant.cli", "info"],
    }
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(args.runs):
        for name, cmd in cmds.items():
            times[name].append(timed(cmd, env))
    for name, ts in times.items():
        print(f"{name:18} median {statistics.median(ts):.3f} s  (min {min(ts):.3f}, max {max(ts):.3f}, {len(ts)} runs)")
    for argv in (["--help"], ["info"]):
        res = subprocess.run([sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True)
        heavy = next((line.split(":", 1)[1] for line in res.stderr.splitlines() if line.startswith("HEAVY:")), "?")
        print(f"assistant {argv[0]:7} imports of torch/chromadb/langchain/llama_cpp/sentence_transformers: {heavy or 'none'}")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
