"""A researcher's library: BibTeX vs JSONL ingest time, and single-record edits in a large collection.

    python bench/library.py [--entries 2000] [--store /work/stores/arxiv --collection arxiv]

Part 1 (goal: BibTeX ingest at most 10% slower than JSONL): the first --entries arXiv abstracts are
written once as JSONL and once as a BibTeX export (Zotero-style entries, LaTeX accents and braces),
then ingested into fresh stores, alternating JSONL, BibTeX, JSONL, BibTeX, with one embedding model
loaded once. Prints parse-only times too (parsing must not dominate embedding).

Part 2, with --store (goal: at most 1 s each in a 75k collection): into the existing collection,
add one probe record from its own file, re-ingest it changed (an update in place), remove it by
id, add it again and remove it by --source. The collection ends as it started (counts checked).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "arxiv" / "arxiv_ml.jsonl.gz"
ACCENTS = {"é": "{\\'e}", "ü": '{\\"u}', "ö": '{\\"o}', "á": "{\\'a}", "ç": "{\\c c}"}


def first_abstracts(n: int) -> list[dict]:
    out = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) == n:
                break
    return out


def latex(text: str) -> str:
    text = text.replace("\\", " ").replace("{", "(").replace("}", ")").replace("%", "\\%").replace("&", "\\&")
    for ch, esc in ACCENTS.items():
        text = text.replace(ch, esc)
    return text


def write_both(rows: list[dict], folder: Path) -> tuple[Path, Path]:
    jsonl, bib = folder / "library.jsonl", folder / "library.bib"
    with jsonl.open("w") as j, bib.open("w") as b:
        for i, r in enumerate(rows):
            key = f"paper{i:05d}"
            authors = r.get("authors") or "Doe, Jane and Roe, Richard"
            if isinstance(authors, list):
                authors = " and ".join(authors)
            year = str(r.get("date") or r.get("year") or "2020")[:4]
            categories = r.get("categories") or ["cs.LG"]
            category = categories[0] if isinstance(categories, list) else str(categories).split()[0]
            j.write(json.dumps({"id": key, "title": r["title"], "abstract": r["abstract"], "authors": authors.split(" and "),
                                "year": int(year) if year.isdigit() else None}) + "\n")
            b.write(f"@article{{{key},\n\ttitle = {{{{{latex(r['title'])}}}}},\n\tauthor = {{{latex(authors)}}},\n"
                    f"\tyear = {{{year}}},\n\tjournal = {{arXiv preprint}},\n\tabstract = {{{latex(r['abstract'])}}},\n"
                    f"\tkeywords = {{machine learning, {category}}},\n}}\n\n")
    return jsonl, bib


def part1(n: int, rounds: int = 2) -> None:
    from assistant import Assistant
    from assistant.corpus import read_file

    rows = first_abstracts(n)
    tmp = Path(tempfile.mkdtemp(prefix="bench-library-"))
    try:
        jsonl, bib = write_both(rows, tmp)
        for path in (jsonl, bib):  # parse only
            t = time.perf_counter()
            got = sum(1 for item in read_file(path, 20_000) if type(item).__name__ == "Record")
            print(f"parse only {path.suffix:7} {time.perf_counter() - t:6.2f} s  {got} records")
        embedder = Assistant(store_dir=tmp / "warm", notice=None).embedder
        embedder.encode_documents(["warm up the model"])
        times: dict[str, list[float]] = {".jsonl": [], ".bib": []}
        for round_ in range(rounds):
            for path in (jsonl, bib):
                a = Assistant(store_dir=tmp / f"store-{path.suffix[1:]}-{round_}", notice=None, auto_seed=False)
                a.__dict__["embedder"] = embedder  # one model for every run: only parsing and writing differ
                t = time.perf_counter()
                report = a.ingest([path])
                times[path.suffix].append(time.perf_counter() - t)
                print(f"ingest {path.suffix:7} round {round_ + 1}: {times[path.suffix][-1]:6.1f} s  ({report.summary()})")
        j, b = statistics.median(times[".jsonl"]), statistics.median(times[".bib"])
        print(f"\n{n:,} entries: JSONL {j:.1f} s, BibTeX {b:.1f} s (medians of {rounds}): BibTeX takes {100 * (b / j - 1):+.1f}% (goal <= +10%)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def part2(store: Path, collection: str) -> None:
    from assistant import Assistant

    a = Assistant(store_dir=store, collection=collection, notice=None, auto_seed=False)
    a.embedder.encode_documents(["warm up the model"])
    before = a.store.count(), a.lexical.count()
    tmp = Path(tempfile.mkdtemp(prefix="bench-edit-"))
    probe = tmp / "bench-probe.jsonl"
    row = {"id": "bench-probe-0001", "title": "A probe record", "abstract": "A probe abstract about sparse autoencoders for interpretability, version one."}
    timings = []

    def timed(label: str, fn) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        result = fn()
        timings.append((label, time.perf_counter() - t))
        print(f"{label:44} {timings[-1][1] * 1000:8.0f} ms   ({result})")

    try:
        probe.write_text(json.dumps(row) + "\n")
        timed("add 1 record (incl. embedding it)", lambda: a.ingest([probe]).summary())
        probe.write_text(json.dumps({**row, "abstract": row["abstract"].replace("one", "two")}) + "\n")
        timed("update it in place (incl. embedding it)", lambda: a.ingest([probe]).summary())
        timed("remove it by id", lambda: a.remove(["bench-probe-0001"]))
        probe.write_text(json.dumps(row) + "\n")
        a.ingest([probe])
        timed("remove it by --source", lambda: a.remove(source=probe))
        t = time.perf_counter()
        a.embedder.encode_documents([row["abstract"]])
        print(f"{'(embedding one abstract alone)':44} {(time.perf_counter() - t) * 1000:8.0f} ms")
        # adding 20 new abstracts: what it costs beyond embedding them (goal: at most 5 s)
        twenty = tmp / "bench-twenty.jsonl"
        texts = [f"Probe abstract {i}: a study of sparse autoencoder feature {i * 37} in layer {i % 12} of a small transformer, "
                 f"with {i + 3} ablations." for i in range(20)]
        twenty.write_text("".join(json.dumps({"id": f"bench-probe-{i:04d}", "abstract": t}) + "\n" for i, t in enumerate(texts, 10)))
        t = time.perf_counter()
        a.embedder.encode_documents(texts)
        embed = time.perf_counter() - t
        t = time.perf_counter()
        summary = a.ingest([twenty]).summary()
        total = time.perf_counter() - t
        print(f"{'add 20 abstracts':44} {total * 1000:8.0f} ms   ({summary}); embedding them alone {embed * 1000:.0f} ms: "
              f"{total - embed:.2f} s beyond embedding (goal <= 5 s)")
        timed("remove those 20 by --source", lambda: a.remove(source=twenty))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    after = a.store.count(), a.lexical.count()
    edits = [t for label, t in timings if "20" not in label]
    print(f"\ncollection '{collection}': {before[0]:,} vectors / {before[1]:,} BM25 before, {after[0]:,} / {after[1]:,} after"
          f"; slowest single-record edit {max(edits):.2f} s (goal <= 1 s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=2000)
    ap.add_argument("--store", type=Path, default=None)
    ap.add_argument("--collection", default="arxiv")
    ap.add_argument("--skip-formats", action="store_true")
    ap.add_argument("--rounds", type=int, default=2, help="alternating JSONL/BibTeX ingests of each (median)")
    args = ap.parse_args()
    if not args.skip_formats:
        part1(args.entries, args.rounds)
    if args.store:
        part2(args.store, args.collection)


if __name__ == "__main__":
    main()
