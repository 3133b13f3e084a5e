"""How fast llama.cpp reads a prompt and generates from the bundled model's weights in each format.

The bundled Qwen2.5-Coder-0.5B ships as Q4_K_M; the assistant runs it unpacked to F16
(ASSISTANT_LOCAL_WEIGHTS) because the first token waits on reading the prompt. This converts the
shipped file to Q8_0, Q4_0 and F16 in a temporary folder and times, for each, 350 new prompt tokens
after 520 cached ones (the size of an answer prompt after the cached worked examples) and 40
generated tokens. Same run, side by side; run it on a quiet machine.

    python bench/weights.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.llm import default_gguf, requantize, unpacked_f16  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def convert(source: Path, target: Path, ftype: int) -> Path:
    if requantize(source, target, ftype) != 0:
        raise SystemExit(f"llama.cpp could not convert {source.name} to {target.name}")
    return target


def speed(path: Path, tokens_text: str) -> tuple[float, float]:
    from llama_cpp import Llama

    llm = Llama(model_path=str(path), n_ctx=4096, n_threads=2, n_threads_batch=2, verbose=False)
    toks = llm.tokenize(tokens_text.encode())[:920]
    llm.eval(toks[:520])
    reads = []
    for _ in range(3):
        llm.n_tokens = 520
        start = time.perf_counter()
        llm.eval(toks[520:870])
        reads.append(time.perf_counter() - start)
    start = time.perf_counter()
    for tok in toks[870:910]:
        llm.eval([tok])
    gen = 40 / (time.perf_counter() - start)
    del llm
    return 350 / min(reads), gen


def main() -> None:
    import llama_cpp

    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    source = default_gguf(Path(Settings().cache_dir))
    text = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    with tempfile.TemporaryDirectory() as tmp:
        files = {"Q4_K_M (shipped)": source, "F16 (default)": unpacked_f16(source),
                 "Q8_0": convert(source, Path(tmp) / "q8_0.gguf", llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0),
                 "Q4_0": convert(source, Path(tmp) / "q4_0.gguf", llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0)}
        for name, path in files.items():
            read, gen = speed(path, text)
            print(f"{name:18} prompt {read:6.1f} tok/s   generation {gen:5.1f} tok/s   file {path.stat().st_size / 2**20:6.0f} MB")


if __name__ == "__main__":
    main()
