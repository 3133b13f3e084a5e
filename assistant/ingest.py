"""Corpus records -> embeddings -> store: the resumable, deduplicating ingest pipeline."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from pathlib import Path

from .corpus import Item, count_lines, discover, read_file
from .embeddings import Embedder
from .errors import InputRejected, StoreError
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


def _write(store: Store, lexical: LexicalIndex | None, records: list[Record], vectors) -> None:  # type: ignore[no-untyped-def]
    """Store a chunk, then index it for BM25 (a crash between the two is caught by the next sync).
    A write the disk refuses (full, read-only) is one StoreError: each side's write is atomic, so
    the chunk is in both, in the store only (the next search or run indexes it), or in neither."""
    from .store import write_failure

    try:
        store.add(records, vectors)
        if lexical is not None and records:
            lexical.add([r.id for r in records], [r.embedding_text() for r in records])
    except OSError as e:
        raise StoreError(write_failure(getattr(store, "local_dir", None) or store.name, e)) from e


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
    per_file: dict[str, int] = {}  # new records of the chunk being written, by source label
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
            fresh, updates = classify_against_store(store, fresh, run_ids, report)
            fresh += updates
            vectors = embedder.encode_documents([r.embedding_text() for r in fresh])
            if pending is not None:
                pending.result()
                # counted once stored, chunk by chunk: a killed run's sources still add up on resume
                record_sources(store, files, labels or {}, per_file)
            pending = writer.submit(_write, store, lexical, fresh, vectors)
            report.new += len(fresh) - len(updates)
            report.updated += len(updates)
            per_file = {}
            for r in fresh[: len(fresh) - len(updates)]:  # new records only: an update is already counted
                per_file[r.source] = per_file.get(r.source, 0) + 1
            if progress:
                progress(len(chunk), total)
        if pending is not None:
            pending.result()
    if lexical is not None:
        lexical.sync(store)  # cheap: each chunk was indexed as it was stored; this catches anything else
    # a re-run, or a run resuming a killed one, finds abstracts already stored: the last chunk a killed
    # run stored may not have been counted, so count what the store holds from these files (about 7 s
    # per 75,000 abstracts; a run with nothing already stored keeps the cheap running count)
    record_sources(store, files, labels or {}, per_file, recount=report.duplicates > 0)
    report.seconds = time.perf_counter() - start
    return report


def classify_against_store(store: Store, fresh: list[Record], run_ids: set[str], report: IngestReport) -> tuple[list[Record], list[Record]]:
    """Split a chunk into (new records, updates of stored ones); count and drop duplicates.

    - a known id from the same source file: unchanged -> duplicate; changed text or metadata -> update
      in place (same id);
    - a known id from another file (two corpora that both number from 1): a new record, id suffixed;
    - an abstract already stored under another id (same text): duplicate.
    `run_ids` holds the ids this run has claimed so far (written, updated or found unchanged): a second
    record with the same id in the same file is another abstract (id suffixed), never an update of
    the first, so a re-run finds both unchanged instead of overwriting one with the other."""
    known = store.metadatas([r.id for r in fresh])
    new: list[Record] = []
    updates: list[Record] = []
    for r in fresh:
        meta = known.get(r.id)
        if meta is not None and _same_source(meta, r) and r.id not in run_ids:
            run_ids.add(r.id)
            if meta.get("record_hash") == r.record_hash() or (not meta.get("record_hash") and meta.get("content_hash") == r.content_hash):
                report.duplicates += 1
            else:
                updates.append(r)
            continue
        new.append(r)
    stored = store.existing_hashes([r.content_hash for r in new])
    report.duplicates += sum(r.content_hash in stored for r in new)
    new = [r for r in new if r.content_hash not in stored]
    taken = set(known) | store.existing_ids([f"{r.id}-{r.content_hash[:8]}" for r in new if r.id in known])
    for r in new:
        if r.id in taken or r.id in run_ids:
            r.id = f"{r.id}-{r.content_hash[:8]}"
        run_ids.add(r.id)
    return new, updates


def _same_source(meta: dict[str, object], r: Record) -> bool:
    origin = str(meta.get("origin") or "")
    source = meta.get("source") or (origin.rsplit(":", 1)[0] if ":" in origin else origin)
    return source == r.source


def record_sources(store: Store, files: list[Path], labels: dict[Path, str], stored: dict[str, int], recount: bool = False) -> None:
    """Remember which files fed the collection (`assistant collections`, `remove --source`, rebuilds):
    add `stored` to each file's count, or (recount) count its records in the store."""
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        updates = {}
        recorded = store.sources()
        for f in files:
            label = labels.get(f) or str(f)
            before = recorded.get(label, {})
            records = len(store.ids_where({"source": label})) if recount else int(before.get("records", 0)) + stored.get(label, 0)
            updates[label] = {"path": str(f.resolve()), "records": records, "ingested": now}
        store.record_sources(updates)
    except Exception:  # noqa: BLE001 - bookkeeping must never fail an ingest that stored everything
        pass


def rebuild_collection(client, store: Store, lexical_root: Path, embedder: Embedder, *, max_chars: int,  # type: ignore[no-untyped-def]
                       chunk_size: int = 512, progress: Progress | None = None) -> IngestReport:
    """Re-ingest every source file recorded for `store`'s collection into a new collection, then put
    it in the old one's place (the caller holds the store's write lock). The old collection stays
    untouched until the new one is complete: a failure half-way loses nothing."""
    import shutil

    name = store.name
    sources = store.sources()
    if not sources:
        raise InputRejected(f"collection '{name}' records no source files to rebuild from; "
                            "ingest your files again into a new collection (--collection NEW) or a new store (--store NEW_DIR)")
    paths = {label: Path(str(info.get("path") or "")) for label, info in sources.items()}
    missing = sorted(label for label, p in paths.items() if not p.is_file())
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise InputRejected(f"cannot rebuild collection '{name}': recorded source file(s) missing: {shown}; "
                            "restore them, or ingest the files you have into a new collection (--collection NEW)")
    temp = f"{name[:490]}.rebuild"
    try:
        client.delete_collection(temp)  # left by an interrupted rebuild
    except Exception:  # noqa: BLE001 - none there: the usual case
        pass
    shutil.rmtree(lexical_root / temp, ignore_errors=True)
    fresh = Store(client, temp, store.embedding_model)
    lexical = LexicalIndex(lexical_root / temp)
    report = ingest(fresh, lexical, embedder, list(paths.values()), max_chars=max_chars, chunk_size=chunk_size,
                    progress=progress, labels={p: label for label, p in paths.items()})
    report.collection = name
    try:
        client.delete_collection(name)
    except Exception as e:  # noqa: BLE001
        if "not exist" not in str(e).lower():
            raise StoreError(f"rebuilt collection '{temp}', but cannot delete the damaged '{name}' ({str(e)[:120]}); "
                             f"drop it (`assistant drop {name} --yes`) and run the rebuild again") from e
    fresh.collection.modify(name=name)
    shutil.rmtree(lexical_root / name, ignore_errors=True)
    (lexical_root / temp).rename(lexical_root / name)
    return report
