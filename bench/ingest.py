"""Ingest throughput vs the raw embedding rate, measured side by side in one run.

    python bench/ingest.py [--corpus ../shared/data/scifact/corpus.jsonl] [--limit N]
    python bench/ingest.py --corpus ../shared/data/arxiv/arxiv_ml.jsonl.gz --limit 3000

Prints the raw `SentenceTransformer.encode` rate on the same texts, the end-to-end `assistant`
ingest rate (read, hash, dedup, embed, Chroma writes, BM25 index) and their ratio. Goal: >= 85%.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
import time
from pathlib import Path

from assistant import Assistant
from assistant.corpus import read_file
from assistant.schema import Record

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "scifact" / "corpus.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N abstracts (0 = all)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.limit:
            # the slice is written uncompressed: a .gz file's raw lines are not records
            corpus = Path(tmp) / f"slice{''.join(s for s in args.corpus.suffixes if s != '.gz')}"
            opener = gzip.open if args.corpus.suffix == ".gz" else open
            with opener(args.corpus, "rb") as src, open(corpus, "wb") as dst:
                for i, line in enumerate(src):
                    if i >= args.limit:
                        break
                    dst.write(line)
        assistant = Assistant(store_dir=Path(tmp) / "store", notice=None)
        records = [r for r in read_file(corpus, assistant.settings.max_abstract_chars) if isinstance(r, Record)]
        texts = [r.embedding_text() for r in records]
        embedder = assistant.embedder
        embedder.encode_documents(texts[:64])  # load and warm up the model outside both timings

        t = time.perf_counter()
        embedder.model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True, show_progress_bar=False)
        raw_s = time.perf_counter() - t
        cpu0 = os.times()
        t = time.perf_counter()
        report = assistant.ingest([corpus])
        ingest_s = time.perf_counter() - t
        cpu1 = os.times()

    raw_rate, ingest_rate = len(texts) / raw_s, report.new / ingest_s
    result = {
        "abstracts": len(texts), "stored": report.new,
        "raw_encode_s": round(raw_s, 1), "raw_encode_per_s": round(raw_rate, 2),
        "ingest_s": round(ingest_s, 1), "ingest_per_s": round(ingest_rate, 2),
        "ratio": round(ingest_rate / raw_rate, 3),
        "ingest_cpu_s": round((cpu1.user - cpu0.user) + (cpu1.system - cpu0.system), 1),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    print(f"raw encode : {raw_rate:7.2f} abstracts/s ({raw_s:.1f} s for {len(texts)})")
    print(f"ingest     : {ingest_rate:7.2f} abstracts/s ({ingest_s:.1f} s, {report.new} stored)")
    print(f"ratio      : {result['ratio']:.1%} of the raw encode rate (goal >= 85%)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
