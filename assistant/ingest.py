"""Corpus records -> embeddings -> store: the resumable, deduplicating ingest pipeline."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from pathlib import Path

from .corpus import Item, count_lines, discover, read_file
from .embeddings import Embedder
from .errors import InputRejected
from .lexical import LexicalIndex
from .schema import IngestReport, Record, Rejection, Skipped
from .store import Store

Progress = Callable[[int, int | None], None]  # (items just processed, estimated total)


def _items(files: list[Path], max_chars: int, labels: dict[Path, str]) -> Iterator[Item]:
    for path in files:
        yield from read_file(path, max_chars, labels.get(path))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(
    store: Store,
    lexical: LexicalIndex | None,
    embedder: Embedder,
    paths: Iterable[str | Path],
    *,
    max_chars: int,
    chunk_size: int = 512,
    strict: bool = False,
    progress: Progress | None = None,
    labels: dict[Path, str] | None = None,
) -> IngestReport:
    """Store every new abstract found in `paths` exactly once.

    Each chunk is embedded, then written in one upsert while the next chunk is embedded, so store
    writes hide behind the embedding. Ids are deterministic and duplicates are detected against the
    store, so re-running after a crash resumes: what was written is skipped, nothing is doubled.
    """
    start = time.perf_counter()
    files, rejections = discover(paths)
    report = IngestReport(collection=store.name, files=len(files))
    if strict:
        problems = rejections + [i for f in files for i in read_file(f, max_chars, (labels or {}).get(f))
                               if isinstance(i, Rejection) and not isinstance(i, Skipped)]
        if problems:
            report.rejected = len(problems)
            report.rejections = problems
            raise InputRejected(f"--strict: {len(problems)} problem(s) found; nothing was written", report)
    report.rejected = len(rejections)
    report.read = len(rejections)
    report.rejections = list(rejections)
    total = sum(count_lines(f) for f in files) if progress else None

    seen_hashes: set[str] = set()
    run_ids: set[str] = set()
    pending: Future[None] | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer") as writer:
        for chunk in _chunks(_items(files, max_chars, labels or {}), chunk_size):
            fresh: list[Record] = []
            for item in chunk:
                report.read += 1
                if isinstance(item, Skipped):  # no abstract: counted apart, not an error
                    report.skipped += 1
                    if len(report.skipped_entries) < 1000:
                        report.skipped_entries.append(item)
                elif isinstance(item, Rejection):
                    report.rejected += 1
                    report.rejections.append(item)
                elif item.content_hash in seen_hashes:
                    report.duplicates += 1
                else:
                    seen_hashes.add(item.content_hash)
                    fresh.append(item)
            stored = store.existing_hashes([r.content_hash for r in fresh])
            report.duplicates += sum(r.content_hash in stored for r in fresh)
            fresh = [r for r in fresh if r.content_hash not in stored]
            # Same id, different text (two corpora that both number from 1): keep both, apart.
            taken = store.existing_ids([r.id for r in fresh])
            for r in fresh:
                if r.id in taken or r.id in run_ids:
                    r.id = f"{r.id}-{r.content_hash[:8]}"
                run_ids.add(r.id)
            vectors = embedder.encode_documents([r.embedding_text() for r in fresh])
            if pending is not None:
                pending.result()
            pending = writer.submit(store.add, fresh, vectors)
            report.new += len(fresh)
            if progress:
                progress(len(chunk), total)
        if pending is not None:
            pending.result()
    if lexical is not None:
        lexical.sync(store)
    report.seconds = time.perf_counter() - start
    return report
