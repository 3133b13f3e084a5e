"""The library core: `Assistant` ties settings, store, embeddings, retrieval and answering together.
The CLI, `ask()` and the batch runner are thin layers over it."""

from __future__ import annotations

import json
import math
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

from . import ingest as ingest_mod
from .embeddings import Embedder, get_embedder, resolve_model
from .errors import InputRejected, StoreError
from .filters import Filter, make_filter
from .lexical import LexicalIndex
from .resources import seed_files
from .retrieval import Retriever
from .schema import Answer, IngestReport, Source
from .settings import Settings, get_settings, with_overrides
from .store import (
    WRITE_LOCK,
    Store,
    StoreUnreadable,
    _check_store_dir,
    forget_local_client,
    open_client,
    stored_revision,
)

Notice = Callable[[str], None]


# A read that fails while another process writes is read again from a fresh view, up to this many
# times with backoff (about 3 s of waiting in all): enough for an ingest that writes every few seconds.
READ_ATTEMPTS = 8


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


class Assistant:
    """Question answering over one collection of abstracts.

    >>> a = Assistant(store_dir="/tmp/store", collection="abstracts")
    >>> a.ingest(["papers.jsonl"]).new
    >>> a.retrieve("What is RotatE?", k=3)
    """

    def __init__(self, store_dir: str | Path | None = None, collection: str | None = None,
                 settings: Settings | None = None, notice: Notice | None = _stderr, **overrides: Any) -> None:
        base = settings or get_settings()
        if store_dir is not None:
            overrides["store_dir"] = Path(store_dir)
        if collection is not None:
            overrides["collection"] = collection
        self.settings = with_overrides(base, overrides)
        self.notice = notice or (lambda _msg: None)

    # --- components, created on first use --------------------------------
    @cached_property
    def client(self) -> Any:
        s = self.settings
        return open_client(Path(s.store_dir).expanduser(), s.chroma_host, s.chroma_port, s.chroma_ssl,
                           token=s.chroma_token, auth_header=s.chroma_auth_header)

    @cached_property
    def embedder(self) -> Embedder:
        s = self.settings
        return get_embedder(s.embedding_model, s.embedding_batch_size, s.threads, s.embedding_device)

    @cached_property
    def store(self) -> Store:
        s = self.settings
        if s.chroma_host:
            return Store(self.client, s.collection, resolve_model(s.embedding_model)[1])
        # For writing (see writing()): the revision before chromadb opens anything, and whether
        # another process was writing at that moment. Read in this order, a view that may have
        # loaded an index older than the data always fails the check.
        if self._writing_here():
            write_safe = None  # opened under our own lock: writing() records it afterwards
        else:
            write_safe = stored_revision(Path(s.store_dir).expanduser(), s.collection)
            if write_safe is not None and self._writer_active():
                write_safe = None
        store = Store(self.client, s.collection, resolve_model(s.embedding_model)[1])
        self._write_safe_revision = write_safe
        self._seen_revision = store.revision()  # see _fresh_view
        return store

    def _writer_active(self) -> bool:
        """Does another process hold this local store's write lock right now?"""
        from filelock import FileLock, Timeout

        path = Path(self.settings.store_dir).expanduser() / WRITE_LOCK
        if not path.exists():
            return False
        try:
            probe = FileLock(str(path), thread_local=False)
            probe.acquire(timeout=0)
        except Timeout:
            return True
        except OSError:
            return True  # cannot tell: assume the worst
        probe.release()
        return False

    @cached_property
    def lexical(self) -> LexicalIndex:
        s = self.settings
        if s.chroma_host:
            root = Path(s.cache_dir) / "bm25" / f"{s.chroma_host}_{s.chroma_port}"
        else:
            root = Path(s.store_dir).expanduser() / "bm25"
        return LexicalIndex(root / s.collection)

    @cached_property
    def retriever(self) -> Retriever:
        return self.make_retriever()

    def make_retriever(self, mode: str | None = None, candidates: int | None = None) -> Retriever:
        """A retriever over this collection with the configured fusion; mode and depth overridable."""
        s = self.settings
        return Retriever(self.store, self.embedder, self.lexical, (mode or s.retrieval),  # type: ignore[arg-type]
                         candidates or s.candidates, s.rrf_k, fusion=s.fusion, alpha=s.hybrid_alpha,
                         mmr_lambda=s.mmr_lambda if s.mmr else None)

    # --- one writer at a time -----------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Exclusive write access to a local store, for ingest, remove, drop and rebuilds.

        Chroma's embedded client is thread-safe but not process-safe: each process keeps its own
        HNSW index in memory and saves it whole, so a second writer process would save its index
        over the first's vectors. So writers take a store-wide file lock (`.assistant-write.lock`);
        a second writer waits, saying so once, and gives up after ASSISTANT_LOCK_TIMEOUT seconds.
        Under the lock the store is reopened when this view may miss another writer's vectors
        (see _stale_for_writing). Readers never take the lock. A Chroma server serialises writes itself."""
        s = self.settings
        state = self.__dict__.setdefault("_write_state", threading.local())
        depth = getattr(state, "depth", 0)
        if s.chroma_host or depth:  # a server, or already held by this thread (e.g. ingest within rebuild)
            state.depth = depth + 1
            try:
                yield
            finally:
                state.depth = depth
            return
        from filelock import FileLock, Timeout

        store_dir = Path(s.store_dir).expanduser()
        _check_store_dir(store_dir, write=True)
        try:
            store_dir.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(store_dir / WRITE_LOCK))
            try:
                lock.acquire(timeout=0)
            except Timeout:
                self.notice(f"another process is writing to {store_dir}; waiting (Ctrl-C to stop)")
                try:
                    lock.acquire(timeout=s.lock_timeout)
                except Timeout:
                    raise StoreError(f"another process is still writing to {store_dir} after {s.lock_timeout:g} s; "
                                     "try again when it has finished (or raise ASSISTANT_LOCK_TIMEOUT)") from None
        except OSError as e:
            raise StoreError(f"cannot lock store {store_dir} for writing ({e.strerror or e}); "
                             "is it writable? Choose another with ASSISTANT_STORE_DIR or --store") from None
        state.depth = 1
        try:
            if self._stale_for_writing():
                self._reopen_store()
            yield
        finally:
            state.depth = 0
            try:
                if "store" in self.__dict__:
                    # our own writes need no reopening, for reading or for writing
                    self._seen_revision = self._write_safe_revision = self.store.revision()
            except StoreError:
                pass
            finally:
                lock.release()

    def _writing_here(self) -> bool:
        """Is this thread inside writing() (holding the store's write lock)?"""
        state = self.__dict__.get("_write_state")
        return bool(state is not None and getattr(state, "depth", 0))

    def _stale_for_writing(self) -> bool:
        """May this process's view of the local store miss another process's writes? Reopening
        costs a reload of the vector index (about 0.4 s at 27k abstracts), so it is done only when
        the collection's revision moved since the view was opened, or when another writer was active
        then (checked in `store`)."""
        if "client" not in self.__dict__:
            return False  # nothing opened yet: the first use opens the store as it is now
        if "store" not in self.__dict__:
            return True
        safe = self.__dict__.get("_write_safe_revision")
        return safe is None or self.store.revision() != safe

    def _reopen_store(self) -> None:
        """Drop this process's view of a local store; the next use opens it afresh."""
        if self.settings.chroma_host or "client" not in self.__dict__:
            return
        forget_local_client(Path(self.settings.store_dir).expanduser())
        for name in ("client", "store", "retriever"):
            self.__dict__.pop(name, None)

    def _fresh_view(self) -> None:
        """A reader of a local store sees other processes' new abstracts from its next question on:
        its vector index is a snapshot from when it opened the store, so when the collection's
        revision moved since (another process wrote), the store is reopened."""
        if self.settings.chroma_host or "store" not in self.__dict__:
            return
        if self._writing_here():
            return
        if self.store.revision() != self.__dict__.get("_seen_revision"):
            self._reopen_store()

    # --- corpus ------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], *, strict: bool = False,
               progress: ingest_mod.Progress | None = None, labels: dict[Path, str] | None = None) -> IngestReport:
        s = self.settings
        with self.writing():
            return ingest_mod.ingest(
                self.store, self.lexical, self.embedder, paths, max_chars=s.max_abstract_chars,
                chunk_size=s.ingest_chunk_size, strict=strict, progress=progress, labels=labels,
            )

    def rebuild_index(self) -> int:
        """Rebuild the BM25 index from the vector store (after its files were lost or damaged).
        Returns how many abstracts it holds."""
        with self.writing():
            self.lexical.rebuild(self.store)
            return self.lexical.count()

    def rebuild(self, progress: ingest_mod.Progress | None = None) -> IngestReport:
        """Re-ingest every source file recorded for this collection into a fresh collection that then
        replaces it (vectors, records and BM25 index), e.g. when its vector index is damaged."""
        s = self.settings
        with self.writing():
            report = ingest_mod.rebuild_collection(
                self.client, self.store, self.lexical.directory.parent, self.embedder, max_chars=s.max_abstract_chars,
                chunk_size=s.ingest_chunk_size, progress=progress)
            for name in ("store", "lexical", "retriever"):
                self.__dict__.pop(name, None)
            return report

    def collections(self) -> list[dict[str, Any]]:
        """Every collection of the store: name, count, embedding model, recorded sources."""
        from . import catalog

        return catalog.collections(self.settings)

    def remove(self, ids: Iterable[str] = (), source: str | Path | None = None) -> int:
        """Delete records by id, or every record from one source file, on the vector and BM25 sides
        together. Returns how many were removed; unknown ids are an error naming them."""
        with self.writing():
            return self._remove(ids, source)

    def _remove(self, ids: Iterable[str], source: str | Path | None) -> int:
        ids = list(dict.fromkeys(ids))
        label = None
        if source is not None:
            label = self._source_label(source)
            ids += sorted(self.store.ids_where({"source": label}) - set(ids))
        if not ids:
            return 0
        found = self.store.existing_ids(ids)
        missing = [i for i in ids if i not in found]
        if missing and source is None:
            shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
            raise InputRejected(f"no record with id {shown} in collection '{self.settings.collection}' (see `assistant search`)")
        by_source: dict[str, int] = {}
        for meta in self.store.metadatas(sorted(found)).values():
            origin = str(meta.get("source") or str(meta.get("origin", "")).rsplit(":", 1)[0])
            by_source[origin] = by_source.get(origin, 0) + 1
        self.store.delete(sorted(found))
        self.lexical.remove(sorted(found))
        recorded = self.store.sources()
        changes: dict[str, dict[str, Any]] = {}
        for origin, n in by_source.items():
            if origin in recorded:
                left = max(0, int(recorded[origin].get("records", 0)) - n)
                changes[origin] = {} if (origin == label or left == 0) else {"records": left}
        self.store.record_sources(changes)
        return len(found)

    def _source_label(self, source: str | Path) -> str:
        """A source as recorded: the label it was ingested under, or the file it resolves to."""
        recorded = self.store.sources()
        text = str(source)
        if text in recorded:
            return text
        resolved = str(Path(text).expanduser().resolve())
        for label, info in recorded.items():
            if info.get("path") == resolved:
                return label
        if self.store.ids_where({"source": text}):
            return text
        known = ", ".join(sorted(recorded)[:8]) or "none recorded"
        raise InputRejected(f"no records from source {text!r} in collection '{self.settings.collection}' (sources: {known})")

    def drop(self) -> int:
        """Delete this whole collection and its BM25 index. Returns how many records it held."""
        with self.writing():
            return self._drop()

    def _drop(self) -> int:
        import shutil

        n = self.store.count()
        try:
            self.client.delete_collection(self.settings.collection)
        except Exception as e:  # noqa: BLE001
            raise InputRejected(f"cannot drop collection '{self.settings.collection}': {str(e)[:120]}") from e
        shutil.rmtree(self.lexical.directory, ignore_errors=True)
        for name in ("store", "lexical", "retriever"):
            self.__dict__.pop(name, None)
        return n

    def ensure_corpus(self) -> None:
        """Zero-config first run: an empty default collection gets the bundled seed abstracts."""
        s = self.settings
        if not s.auto_seed or s.collection != Settings.model_fields["collection"].default:
            return
        if self.store.count() == 0:
            files = seed_files()
            report = self.ingest(files, labels={f: f"seeds/{f.name}" for f in files})
            self.notice(f"First run: stored the {report.new} bundled seed abstracts in collection '{s.collection}'.")

    def retrieve(self, question: str, k: int | None = None, filter: Filter | None = None, **filters: Any) -> list[Source]:
        """The k best abstracts for `question`, restricted by `filter` (or `where=`, `author=`, `tag=`)."""
        return self.retrieve_many([question], k, filter, **filters)[0]

    def retrieve_many(self, questions: list[str], k: int | None = None, filter: Filter | None = None, **filters: Any) -> list[list[Source]]:
        self.ensure_corpus()
        where, allowed = self._restriction(make_filter(filter, **filters))
        for attempt in range(READ_ATTEMPTS):
            self._fresh_view()
            try:
                return self.retriever.retrieve_many(questions, k or self.settings.k, allowed=allowed, where=where)
            except StoreUnreadable:
                # Another process wrote between the revision check and the reads (the BM25 side then
                # names abstracts this view of the vectors lacks, or chromadb finds ids its index
                # lacks): read again from a fresh view, for as long as a writer keeps writing (an
                # ingest writes every few seconds). A damaged store nobody writes to fails again at
                # once, and that error is shown.
                seen = self.__dict__.get("_seen_revision")  # the revision the failed view opened at
                if attempt == READ_ATTEMPTS - 1 or (attempt and not self._written_since(seen)):
                    raise
                self._reopen_store()
                time.sleep(min(0.05 * 2 ** attempt, 1.0))
        raise AssertionError("unreachable")

    def _written_since(self, revision: str | None) -> bool:
        """Is another process writing this local store, or did one write since `revision`?"""
        if self.settings.chroma_host:
            return False
        store_dir = Path(self.settings.store_dir).expanduser()
        return self._writer_active() or stored_revision(store_dir, self.settings.collection) != revision

    def as_retriever(self, k: int | None = None, filter: Filter | None = None, **filters: Any) -> Any:
        """This collection's hybrid retrieval as a LangChain retriever, for your own LangChain chains."""
        self.ensure_corpus()
        where, allowed = self._restriction(make_filter(filter, **filters))
        return self.retriever.as_langchain(k or self.settings.k, where=where, allowed=allowed)

    def _restriction(self, f: Filter | None) -> tuple[dict[str, Any] | None, set[str] | None]:
        """A filter as the two sides need it: a Chroma clause and the ids that match it."""
        if not f:
            return None, None
        where = f.chroma()
        key = (json.dumps(where, sort_keys=True), self.store.revision(), self.store.count())
        cache = self.__dict__.setdefault("_allowed_cache", {})
        if key not in cache:
            cache.clear()  # one filter at a time is the common case; the store may have changed
            cache[key] = self.store.ids_where(where)  # type: ignore[arg-type]
        allowed = cache[key]
        if not allowed:
            raise InputRejected(f"no abstract in collection '{self.settings.collection}' matches {f.describe()!r}; "
                                "filters need the metadata (year, authors, keywords) of the ingested records: see `assistant search --json`")
        return where, allowed

    # --- answers -----------------------------------------------------------
    @cached_property
    def llm(self) -> Any:
        """The LangChain chat model (replaceable, e.g. by a fake one in tests)."""
        from .llm import make_chat_model

        return make_chat_model(self.settings)

    @property
    def answer_chain(self) -> Any:
        from .chain import AnswerChain
        from .llm import LLM

        # rebuilt when `llm` was replaced; cheap, it only wires the parts together
        if getattr(self, "_chain_for", None) is not self.llm:
            self._chain = AnswerChain(self.retrieve, self.embedder, LLM(self.llm, self.settings), self.settings, idf=self._idf)
            self._chain_for = self.llm
        return self._chain

    def _idf(self, tokens: list[str]) -> dict[str, tuple[float, bool]]:
        """(idf, whether the collection uses the term at all) for each token."""
        self.lexical.sync(self.store)
        weights = self.lexical.idf(tokens)
        n = self.lexical.count() if hasattr(self.lexical, "count") else len(getattr(self.lexical, "_ids", []))
        unseen = math.log(1.0 + (n + 0.5) / 0.5)
        return {t: (w, w < unseen - 1e-9) for t, w in weights.items()}

    def ask(self, question: str, k: int | None = None, *, callbacks: list[Any] | None = None,
            sources: list[Source] | None = None, filter: Filter | None = None, **filters: Any) -> Answer:
        """Answer from the abstracts only, citing them; refuses when they do not hold the answer.
        `callbacks` (LangChain callback handlers) receive the tokens as they are generated;
        `filter` (or `where="year >= 2020"`, `author="Vaswani"`, `tag="nlp"`) restricts the abstracts."""
        self.ensure_corpus()
        f = make_filter(filter, **filters)
        if f and sources is None:
            self._restriction(f)  # a filter that matches nothing is an error, not an empty answer
        return self.answer_chain.invoke(question, k, sources=sources, filter=f,
                                        config={"callbacks": callbacks} if callbacks else None)

    def ask_many(self, questions: Iterable[str], k: int | None = None) -> Iterator[Answer]:
        """Answers in order; retrieval is batched (questions embedded together), answers stream out."""
        chunk = self.settings.batch_chunk
        batch: list[str] = []
        for q in questions:
            batch.append(q)
            if len(batch) == chunk:
                yield from self._ask_chunk(batch, k)
                batch = []
        if batch:
            yield from self._ask_chunk(batch, k)

    def _ask_chunk(self, questions: list[str], k: int | None) -> Iterator[Answer]:
        from .questions import classify

        # survey and multi-part questions retrieve their own way; the rest are retrieved together
        plain = [i for i, q in enumerate(questions) if classify(q).kind not in ("survey", "multipart")]
        retrieved = dict(zip(plain, self.retrieve_many([" ".join(questions[i].split()) or "-" for i in plain], k)))
        for i, question in enumerate(questions):
            yield self.ask(question, k, sources=retrieved.get(i))

    def batch(self, questions: str | Path, output: str | Path, *, overwrite: bool = False,
              concurrency: int = 1, progress: Callable[[int, int | None], None] | None = None,
              filter: Filter | None = None, **filters: Any) -> Any:
        """Answer a file of questions into a JSONL, CSV or Markdown file; re-running resumes where it stopped."""
        from .batch import run_batch

        return run_batch(self, Path(questions), Path(output), overwrite=overwrite, concurrency=concurrency, progress=progress,
                         filter=make_filter(filter, **filters))

    def info(self) -> dict[str, Any]:
        s = self.settings
        where = f"http{'s' if s.chroma_ssl else ''}://{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(Path(s.store_dir).expanduser())
        return {"store": where, "collections": self.collections()}
