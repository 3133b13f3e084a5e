"""The BM25 index kept beside a Chroma collection. It is incremental: adding, updating or removing
a few abstracts, or catching up with another client's writes, never re-reads the whole store.

Scoring is exactly bm25s's "lucene" BM25 (k1=1.5, b=0.75) over the live documents:
idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)), term score = idf * tf / (tf + k1 * (1 - b + b * dl / avgdl)),
with N, df and avgdl counted over live documents only, and bm25s's tokenisation (English stopwords,
Snowball stemming). bm25s itself cannot add or delete documents, so postings live in our own files.

The index directory (one per collection):

  manifest.json     the live state, replaced atomically: segments, vocabulary file and size,
                    tombstones file, live count, the store `revision` it matches, a generation
  vocab-NNNNNN.txt  the global vocabulary, one term a line, append-only; the manifest says how many
                    bytes (terms) of it are valid, so a crash mid-append leaves a tail that no
                    reader reads and the next writer truncates
  seg-NNNNNN.npz    an immutable segment: doc ids, doc lengths and a docs x terms term-frequency
                    matrix (scipy CSC) whose columns are the first `terms` vocabulary entries
  tomb-NNNNNN.npy   the tombstones: sorted doc numbers (segment base + row) of deleted documents
  write.lock        the writers' lock (filelock); readers never take it

Every write puts new files under temporary names, fsyncs, renames, fsyncs the directory, then
replaces the manifest (os.replace): a kill at any moment leaves the old or the new state. Files the
manifest does not name are garbage, deleted at the start of the next write.

Each add writes one segment. Past 16 segments the newest run of similar-sized ones is merged (a big
segment is rewritten only once as much data has piled up behind it); past 20% tombstoned rows
everything is compacted. Readers load lazily, keep the state in memory and reload when the
manifest changed; `sync` compares the store's revision token and count with the manifest's and,
when they differ, reads only the store's ids and then the documents the index lacks.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import shutil
import threading
import time
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import numpy as np

from .store import Store, embedding_text

MANIFEST = "manifest.json"
LOCK = "write.lock"
FORMAT = 2  # 2: British spellings indexed as American (`_Stemmer`); an index of another format is rebuilt
K1, B = 1.5, 0.75
PAGE = 5000  # documents per store read and per rebuild page
MAX_SEGMENTS = 16  # more than this and the newest segments are merged
MAX_DELETED = 0.2  # tombstones above this share of all rows: everything is compacted
RACY_NS = 1_000_000_000  # a manifest younger than this when read is re-read, not trusted on its stat
POSTINGS_CACHE = 4_000_000  # scored postings kept per index state, least recently used dropped (12 bytes each)
_OURS = re.compile(r"^(?:(?:seg|vocab|tomb)-\d+\.(?:npz|txt|npy)|\..+\.tmp|ids\.json|index)$")  # index/, ids.json: the old bm25s layout
_NUMBERED = re.compile(r"^(?:seg|vocab|tomb)-(\d+)\.")

_local = threading.local()


class _Stemmer:
    """The English Snowball stemmer after British spellings are made American ("defence" ->
    "defense", "optimisation" -> "optimization", "tumour" -> "tumor"; the `breame` word list): a
    question and an abstract spelled the two ways then share their terms, for BM25 and for the
    gates that weigh a question's terms (6% of our QA sets' questions spell a word British that
    their corpus spells American)."""

    def __init__(self) -> None:
        import Stemmer
        from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

        self._snowball = Stemmer.Stemmer("english")
        self._american: dict[str, str] = BRITISH_ENGLISH_SPELLINGS

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802 - the PyStemmer name bm25s calls
        return self._snowball.stemWords([self._american.get(w, w) for w in words])

    def stemWord(self, word: str) -> str:  # noqa: N802
        return self._snowball.stemWord(self._american.get(word, word))


def stemmer() -> _Stemmer:
    """The stemmer, one per thread (PyStemmer objects are not thread-safe, and batch answers may
    run in threads)."""
    if not hasattr(_local, "stemmer"):
        _local.stemmer = _Stemmer()
    return _local.stemmer


def tokenize(texts: list[str]) -> list[list[str]]:
    import bm25s

    return bm25s.tokenize(texts, stopwords="en", stemmer=stemmer(), return_ids=False, show_progress=False)  # type: ignore[return-value]


def _token_ids(texts: list[str], known: dict[str, int], size: int, new: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """bm25s's tokens of each text as global term ids: (all ids, concatenated; tokens per text).
    Terms missing from `known` (whose valid ids are < size) are numbered from size on, in `new`."""
    import bm25s

    tok = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer(), return_ids=True, show_progress=False)
    remap = np.empty(len(tok.vocab), dtype=np.int64)
    for term, local in tok.vocab.items():
        gid = known.get(term)
        if gid is None or gid >= size:
            gid = new.setdefault(term, size + len(new))
        remap[local] = gid
    lengths = np.fromiter(map(len, tok.ids), dtype=np.int64, count=len(texts))
    flat = np.fromiter(itertools.chain.from_iterable(tok.ids), dtype=np.int64, count=int(lengths.sum()))
    return remap[flat], lengths


class IndexBroken(Exception):
    """The index on disk cannot be loaded (missing or corrupt file); `sync` rebuilds it."""


class _Segment:
    """One immutable segment: rows are documents, columns the first `terms` vocabulary entries."""

    __slots__ = ("file", "base", "ids", "dl", "matrix", "indptr", "indices", "tf", "df")

    def __init__(self, file: str, base: int, ids: list[str], dl: np.ndarray, matrix: Any) -> None:
        self.file, self.base, self.ids, self.dl, self.matrix = file, base, ids, dl, matrix
        self.indptr, self.indices, self.tf = matrix.indptr, matrix.indices, matrix.data
        self.df = np.diff(self.indptr).astype(np.int64)  # document frequency over all rows

    @property
    def rows(self) -> int:
        return len(self.ids)

    @property
    def terms(self) -> int:
        return int(self.matrix.shape[1])

    def live_df(self, dead_rows: np.ndarray) -> np.ndarray:
        if not len(dead_rows):
            return self.df
        dead = np.zeros(self.rows, dtype=bool)
        dead[dead_rows] = True
        hits = np.flatnonzero(dead[self.indices])
        cols = np.searchsorted(self.indptr, hits, side="right") - 1
        return self.df - np.bincount(cols, minlength=self.terms)

    def kept(self, dead_rows: np.ndarray, terms: int) -> tuple[Any, list[str], np.ndarray]:
        """(matrix widened to `terms` columns, ids, lengths) of the rows not in dead_rows."""
        from scipy import sparse

        matrix, ids, dl = self.matrix, self.ids, self.dl
        if len(dead_rows):
            keep = np.ones(self.rows, dtype=bool)
            keep[dead_rows] = False
            rows = np.flatnonzero(keep)
            matrix, ids, dl = matrix.tocsr()[rows], [ids[i] for i in rows], dl[rows]
        else:
            matrix = matrix.tocsr()
        if matrix.shape[1] < terms:
            matrix = sparse.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], terms))
        return matrix, ids, dl


def _matrix(flat: np.ndarray, lengths: np.ndarray, terms: int) -> Any:
    from scipy import sparse

    rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    m = sparse.csc_matrix((np.ones(len(flat), dtype=np.int32), (rows, flat)), shape=(len(lengths), terms))
    m.sum_duplicates()
    return m


class _State:
    """What a reader needs, derived from one manifest: its index data never change once built
    (readers in other threads may hold it; only the postings cache fills); a new manifest gives a
    new state."""

    def __init__(self, key: Any, manifest: dict[str, Any] | None, segments: list[_Segment],
                 dead: np.ndarray, terms: dict[str, int]) -> None:
        self.key, self.manifest, self.segments, self.dead, self.terms = key, manifest, segments, dead, terms
        self.vocab_size = int(manifest["vocab_size"]) if manifest else 0
        sizes = [s.rows for s in segments]
        self.offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64)
        self.bases = np.array([s.base for s in segments], dtype=np.int64)
        total = int(self.offsets[-1])
        self.ids: list[str] = list(itertools.chain.from_iterable(s.ids for s in segments))
        self.live = np.ones(total, dtype=bool)
        dead_rows: list[np.ndarray] = []
        if len(dead) and segments:
            seg = np.searchsorted(self.bases, dead, side="right") - 1
            row = dead - self.bases[seg]
            ok = (seg >= 0) & (row < np.asarray(sizes, dtype=np.int64)[seg])
            seg, row = seg[ok], row[ok]
            self.live[self.offsets[seg] + row] = False
            dead_rows = [row[seg == i] for i in range(len(segments))]
        self.dead_pos = np.flatnonzero(~self.live)
        self.count = total - len(self.dead_pos)
        if len(self.dead_pos):
            self.pos = {self.ids[p]: p for p in np.flatnonzero(self.live).tolist()}
        else:
            self.pos = dict(zip(self.ids, range(total)))
        dl = np.concatenate([s.dl for s in segments]).astype(np.float64) if segments else np.zeros(0)
        avgdl = float(dl[self.live].mean()) if self.count else 1.0
        self.norm = K1 * (1 - B + B * dl / avgdl) if avgdl > 0 else np.full(total, K1 * (1 - B))
        df = np.zeros(self.vocab_size, dtype=np.int64)
        for i, s in enumerate(segments):
            df[: s.terms] += s.live_df(dead_rows[i] if dead_rows else np.zeros(0, dtype=np.int64))
        self.idf = np.log1p((self.count - df + 0.5) / (df + 0.5))
        self.top_idf = math.log1p((self.count + 0.5) / 0.5)  # a term no live document uses
        self._postings: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # term -> (rows, scores), LRU order
        self._cached = 0
        self._cache_lock = threading.Lock()
        self.read_ns = 0  # when the manifest behind it was read (see LexicalIndex._load)

    @property
    def revision(self) -> str:
        return str((self.manifest or {}).get("revision", ""))

    def term(self, token: str) -> int | None:
        gid = self.terms.get(token)
        return gid if gid is not None and gid < self.vocab_size else None

    def docnum(self, position: int) -> int:
        seg = int(np.searchsorted(self.offsets, position, side="right")) - 1
        return int(self.bases[seg] + position - self.offsets[seg])

    def postings(self, gids: list[int]) -> list[tuple[np.ndarray, np.ndarray]]:
        """(live rows, BM25 term score in each row) of each term. Cached per state (LRU, at most
        POSTINGS_CACHE postings), since terms come back query after query; the missing ones are
        gathered together, one vectorised pass per segment whatever their number."""
        with self._cache_lock:
            missing = [g for g in dict.fromkeys(gids) if g not in self._postings]
        if missing:
            fresh = self._gather(np.array(missing, dtype=np.int64))
            with self._cache_lock:
                for gid, hit in zip(missing, fresh):
                    self._postings[gid] = hit
                    self._cached += len(hit[0])
                for gid in list(self._postings):  # least recently used first
                    if self._cached <= POSTINGS_CACHE:
                        break
                    if gid not in gids:
                        self._cached -= len(self._postings.pop(gid)[0])
        with self._cache_lock:
            out = []
            for gid in gids:
                hit = self._postings.pop(gid, None)
                if hit is None:  # dropped meanwhile by another thread's query
                    hit = self._gather(np.array([gid], dtype=np.int64))[0]
                    self._cached += len(hit[0])
                self._postings[gid] = hit  # most recently used now
                out.append(hit)
            return out

    def _gather(self, gids: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """The postings of these terms in every segment, scored: one gather per segment, then
        reordered term by term without sorting (each segment yields its blocks in term order)."""
        weights = self.idf[gids]
        lengths = np.zeros((len(self.segments), len(gids)), dtype=np.int64)  # postings per (segment, term)
        rows_parts, score_parts = [], []
        for i, (seg, offset) in enumerate(zip(self.segments, self.offsets)):
            inside = gids < seg.terms
            g = gids[inside]
            starts = seg.indptr[g].astype(np.int64)
            n = seg.indptr[g + 1] - starts
            lengths[i, inside] = n
            total = int(n.sum())
            if not total:
                continue
            ends = np.cumsum(n)
            at = np.arange(total, dtype=np.int64) + np.repeat(starts - (ends - n), n)
            rows = seg.indices[at].astype(np.int64) + offset
            tf = seg.tf[at].astype(np.float64)
            rows_parts.append(rows)
            score_parts.append(np.repeat(weights[inside], n) * tf / (tf + self.norm[rows]))
        if not rows_parts:
            return [(np.zeros(0, dtype=np.int32), np.zeros(0)) for _ in gids]
        rows, score = np.concatenate(rows_parts), np.concatenate(score_parts)
        # segment-major blocks -> term-major: where each block starts in each order
        by_term = lengths.T.ravel()
        source = (np.cumsum(lengths.ravel()) - lengths.ravel()).reshape(lengths.shape).T.ravel()
        order = np.arange(len(rows), dtype=np.int64) + np.repeat(source - (np.cumsum(by_term) - by_term), by_term)
        rows, score = rows[order], score[order]
        term = np.repeat(np.arange(len(gids)), lengths.sum(axis=0))
        if len(self.dead_pos):
            keep = self.live[rows]
            rows, score, term = rows[keep], score[keep], term[keep]
        bounds = np.concatenate([[0], np.cumsum(np.bincount(term, minlength=len(gids)))])
        rows = rows.astype(np.int32)
        return [(rows[a:b].copy(), score[a:b].copy()) for a, b in zip(bounds[:-1], bounds[1:])]

    def scores(self, tokens: list[str]) -> np.ndarray | None:
        """BM25 of every row (dead rows 0) for one tokenised query; None when no term is known.
        A repeated query term counts once per occurrence, as in bm25s."""
        terms = [(gid, n) for t, n in Counter(tokens).items() if (gid := self.term(t)) is not None]
        if not terms:
            return None
        hits = self.postings([gid for gid, _ in terms])
        rows = np.concatenate([r for r, _ in hits])
        score = np.concatenate([s * n if n != 1 else s for (_, s), (_, n) in zip(hits, terms)])
        return np.bincount(rows, weights=score, minlength=len(self.ids))


def _stat_key(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_ino, st.st_mtime_ns, st.st_size


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    """Write `path` under a temporary name, fsync, rename. A crash leaves at most a *.tmp file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        yield f
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class LexicalIndex:
    """Incremental Lucene BM25 (k1=1.5, b=0.75, English stopwords, Snowball stemming) over title +
    abstract, in append-only segments with tombstones. Loaded lazily and cached; reloaded when
    another process (or this one) replaced the manifest. Writers take a file lock; readers never do."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._mutex = threading.RLock()  # guards the cached state and caches (held briefly)
        self._writer = threading.Lock()  # one writing thread per process (the file lock is per process)
        self._state: _State | None = None
        self._segments: dict[tuple[str, str], _Segment] = {}
        self._vocab_key: tuple[str, str] | None = None
        self._vocab_bytes = 0
        self._terms: dict[str, int] = {}

    # --- reading -------------------------------------------------------------
    def _read_manifest(self) -> tuple[Any, dict[str, Any] | None]:
        """(identity of the manifest file, its content); (None, None) when there is none."""
        try:
            with open(self.directory / MANIFEST, "rb") as f:
                st = os.fstat(f.fileno())
                data = f.read()
        except FileNotFoundError:
            return None, None
        key = _stat_key(st)
        try:
            manifest = json.loads(data)
            if manifest.get("format") != FORMAT:
                raise ValueError(f"manifest format {manifest.get('format')!r}")
            for field in ("uid", "generation", "vocab", "vocab_size", "vocab_bytes", "segments", "count", "next_doc", "next_file"):
                manifest[field]  # noqa: B018 - presence check
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise IndexBroken(f"{self.directory / MANIFEST}: {e}") from e
        return key, manifest

    def _load(self) -> _State:
        """The current state, re-read only when the manifest changed on disk: a stat() while its
        (inode, mtime, size) stay the same, the manifest's (uid, generation) otherwise, and also
        within RACY_NS of its mtime (a quick rewrite can reuse the inode, mtime and size)."""
        with self._mutex:
            state = self._state
            if state is not None and state.key is not None:
                try:
                    st = os.stat(self.directory / MANIFEST)
                    if _stat_key(st) == state.key and state.read_ns - st.st_mtime_ns > RACY_NS:
                        return state
                except FileNotFoundError:
                    pass
            last: Any = None
            for _ in range(8):
                read_ns = time.time_ns()
                key, manifest = self._read_manifest()
                if manifest is None:
                    self._state = _State(None, None, [], np.zeros(0, dtype=np.int64), {})
                    return self._state
                ident = (manifest["uid"], manifest["generation"])
                if state is not None and state.manifest is not None and (state.manifest["uid"], state.manifest["generation"]) == ident:
                    state.key, state.read_ns = key, read_ns  # the same manifest: keep the state
                    return state
                try:
                    self._state = self._build(key, manifest)
                    self._state.read_ns = read_ns
                    return self._state
                except FileNotFoundError as e:
                    # A writer replaced the manifest and collected the files this one named: read
                    # the new one. The same manifest naming a missing file twice is a broken index.
                    if ident == last:
                        raise IndexBroken(f"{self.directory}: {e}") from e
                    last = ident
                except (OSError, ValueError, KeyError, TypeError, IndexError, zipfile.BadZipFile) as e:
                    raise IndexBroken(f"{self.directory}: {e}") from e
            raise IndexBroken(f"{self.directory}: the manifest kept changing while loading")

    def _build(self, key: Any, manifest: dict[str, Any]) -> _State:
        uid = manifest["uid"]
        old = self._state
        terms = self._vocab(manifest)
        tomb = manifest.get("tombstones")
        same = (old is not None and old.manifest is not None and old.manifest["uid"] == uid
                and old.manifest["segments"] == manifest["segments"] and old.manifest.get("tombstones") == tomb
                and old.vocab_size == manifest["vocab_size"])
        if same:  # only the revision (or nothing that matters to readers) changed: reuse everything
            state = _State.__new__(_State)
            state.__dict__.update(old.__dict__)
            state.key, state.manifest = key, manifest
            return state
        segments = [self._segment(uid, entry) for entry in manifest["segments"]]
        dead = np.load(self.directory / tomb, allow_pickle=False).astype(np.int64) if tomb else np.zeros(0, dtype=np.int64)
        self._segments = {(uid, s.file): s for s in segments}
        state = _State(key, manifest, segments, dead, terms)
        if state.count != manifest["count"]:
            raise ValueError(f"manifest count {manifest['count']} but {state.count} live documents")
        return state

    def _vocab(self, manifest: dict[str, Any]) -> dict[str, int]:
        """The term -> id dict, read incrementally: only bytes appended since the last read. The
        dict may hold more terms than a given state's vocab_size (a later one's); ids >= vocab_size
        are unknown to that state."""
        key = (manifest["uid"], manifest["vocab"])
        size, nbytes = int(manifest["vocab_size"]), int(manifest["vocab_bytes"])
        if self._vocab_key != key or self._vocab_bytes > nbytes:
            self._vocab_key, self._vocab_bytes, self._terms = key, 0, {}
        if self._vocab_bytes < nbytes:
            with open(self.directory / manifest["vocab"], "rb") as f:
                f.seek(self._vocab_bytes)
                data = f.read(nbytes - self._vocab_bytes)
            if len(data) != nbytes - self._vocab_bytes or not data.endswith(b"\n"):
                raise ValueError(f"vocabulary {manifest['vocab']} is shorter than the manifest says")
            terms = dict(self._terms)  # a new dict: states already handed out keep theirs unchanged
            for term in data.decode("utf-8").split("\n")[:-1]:
                terms[term] = len(terms)
            self._terms, self._vocab_bytes = terms, nbytes
        if len(self._terms) < size:
            raise ValueError(f"vocabulary has {len(self._terms)} terms, manifest says {size}")
        return self._terms

    def _segment(self, uid: str, entry: dict[str, Any]) -> _Segment:
        from scipy import sparse

        cached = self._segments.get((uid, entry["file"]))
        if cached is not None:
            return cached
        with np.load(self.directory / entry["file"], allow_pickle=False) as z:
            ids = json.loads(z["ids"].tobytes().decode("utf-8"))
            dl, shape = z["dl"], tuple(int(x) for x in z["shape"])
            matrix = sparse.csc_matrix((z["data"], z["indices"], z["indptr"]), shape=shape)
        if len(ids) != entry["docs"] or len(dl) != len(ids) or shape != (len(ids), entry["terms"]):
            raise ValueError(f"segment {entry['file']} does not match the manifest")
        return _Segment(entry["file"], int(entry["base"]), ids, dl, matrix)

    def count(self) -> int:
        """Live documents."""
        return self._load().count

    def ids(self) -> list[str]:
        """Live ids, in index order."""
        state = self._load()
        return [state.ids[p] for p in np.flatnonzero(state.live)]

    def revision(self) -> str:
        """The store revision the index last matched (\"\" if none)."""
        return self._load().revision

    def idf(self, tokens: list[str]) -> dict[str, float]:
        """Lucene's BM25 idf of each (already tokenised) term in this collection: rare terms weigh
        more. A term the collection never uses gets the highest weight there is."""
        state = self._load()
        return {t: float(state.idf[gid]) if (gid := state.term(t)) is not None else state.top_idf for t in tokens}

    def search(self, queries: list[str], n: int, also: list[list[str]] | None = None,
               allowed: set[str] | None = None) -> list[list[tuple[str, float]]]:
        """Top-n (id, BM25 score) for each query, best first (ties in index order), scores > 0;
        followed by the scores of the ids in `also[i]` that are not in its top n (0.0 when they
        share no term), so fusion can use true scores for them. `allowed`, when given, is the only
        ids that may be returned (a metadata filter applied before ranking)."""
        state = self._load()
        if not queries:
            return []
        mask = blocked = None
        if allowed is not None:
            mask = np.zeros(len(state.ids), dtype=bool)
            mask[[state.pos[d] for d in allowed if d in state.pos]] = True
            blocked = ~mask
        n = max(0, min(int(n), state.count))
        out: list[list[tuple[str, float]]] = []
        for i, tokens in enumerate(tokenize(queries)):
            scores = state.scores(tokens) if state.count else None
            if scores is None:
                scores = np.zeros(len(state.ids))
            elif blocked is not None:
                scores[blocked] = 0.0
            hits: list[tuple[str, float]] = []
            if n:
                cand = np.flatnonzero(scores > 0)  # ascending positions: a stable sort keeps ties in index order
                if len(cand) > n:
                    vals = scores[cand]
                    cand = cand[vals >= np.partition(vals, len(vals) - n)[len(vals) - n]]
                top = cand[np.argsort(-scores[cand], kind="stable")][:n]
                hits = list(zip([state.ids[p] for p in top.tolist()], scores[top].tolist()))
            seen = {doc_id for doc_id, _ in hits}
            for doc_id in (also[i] if also else []):
                p = state.pos.get(doc_id)
                if doc_id not in seen and p is not None and (mask is None or mask[p]):
                    hits.append((doc_id, float(scores[p])))
                    seen.add(doc_id)
            out.append(hits)
        return out

    # --- writing -------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[None]:
        from filelock import FileLock

        self.directory.mkdir(parents=True, exist_ok=True)
        with self._writer, FileLock(str(self.directory / LOCK)):
            yield

    def _current(self) -> tuple[_State | None, dict[str, Any] | None]:
        """Under the lock: the loaded state (None when missing or broken) and the raw manifest."""
        try:
            state = self._load()
        except IndexBroken:
            state = None
        try:
            raw = self._read_manifest()[1]
        except IndexBroken:
            raw = None
        return (state if state is not None and state.manifest is not None else None), raw

    def _collect_garbage(self, manifest: dict[str, Any] | None) -> int:
        """Delete our files the on-disk manifest does not name (crash leftovers, superseded
        segments); returns the first free file number."""
        keep = set()
        if manifest:
            keep = {manifest.get("vocab"), manifest.get("tombstones"), *(s.get("file") for s in manifest.get("segments", []))}
        number = int(manifest.get("next_file", 1)) if manifest else 1
        for p in self.directory.iterdir():
            if p.name in keep or not _OURS.match(p.name):
                if (m := _NUMBERED.match(p.name)):
                    number = max(number, int(m.group(1)) + 1)
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
        return number

    def add(self, ids: list[str], texts: list[str]) -> None:
        """Index these documents in one new segment; an id already live is replaced."""
        if len(ids) != len(texts):
            raise ValueError("ids and texts differ in length")
        if not ids:
            return
        docs = dict(zip(ids, texts))  # an id given twice: the last text wins
        with self._writing():
            self._write(list(docs), list(docs.values()), remove=docs)

    def remove(self, ids: list[str]) -> None:
        """Tombstone these ids; unknown ids are ignored."""
        if not ids:
            return
        with self._writing():
            self._write([], [], remove=ids)

    def compact(self) -> None:
        """Merge every segment, minus tombstoned rows, into one."""
        with self._writing():
            self._write([], [], remove=(), compact=True)

    def rebuild(self, store: Store) -> None:
        """From scratch: read every document of the store, in pages."""
        with self._writing():
            self._rebuild(store)

    def _rebuild(self, store: Store) -> None:
        """Every page of the store into a term-frequency matrix of its own, then one segment."""
        from scipy import sparse

        revision = store.revision()  # before reading: a write during the read is caught next time
        new: dict[str, int] = {}
        ids: list[str] = []
        pages, lengths = [], []
        for page_ids, docs, metas in store.iter_all():
            flat, lens = _token_ids([embedding_text(d, m) for d, m in zip(docs, metas)], {}, 0, new)
            ids.extend(page_ids)
            pages.append(_matrix(flat, lens, len(new)).tocsr())
            lengths.append(lens)
        widened = [sparse.csr_matrix((m.data, m.indices, m.indptr), shape=(m.shape[0], len(new))) for m in pages]
        matrix = sparse.vstack(widened, format="csr").tocsc() if widened else _matrix(np.zeros(0, np.int64), np.zeros(0, np.int64), 0)
        self._write(ids, None, remove=(), revision=revision, fresh=True,
                    prepared=(matrix, np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64), new))

    def in_step(self, store: Store) -> bool:
        try:
            state = self._load()
        except IndexBroken:
            return False
        return state.manifest is not None and self._matches(state, store)

    @staticmethod
    def _matches(state: _State, store: Store, revision: str | None = None) -> bool:
        rev = store.revision() if revision is None else revision
        return rev == state.revision and store.count() == state.count

    def sync(self, store: Store) -> bool:
        """Bring the index in step with the store. Cheap when nothing changed (the store's revision
        token and count match the manifest's); otherwise reads the store's ids only, then the
        documents of ids the index lacks, and tombstones ids the store no longer has. A missing or
        unreadable index is rebuilt. Returns True when it changed anything."""
        try:
            state = self._load()
            if state.manifest is not None and self._matches(state, store):
                return False
        except IndexBroken:
            pass
        with self._writing():
            state, _ = self._current()
            if state is None:
                self._rebuild(store)
                return True
            revision = store.revision()  # before reading ids: a write after this is caught next time
            if self._matches(state, store, revision):
                return False
            store_ids = store.all_ids()
            wanted = set(store_ids)
            gone = [d for d in state.pos if d not in wanted]
            missing = [d for d in store_ids if d not in state.pos]
            add_ids, texts = [], []
            for i in range(0, len(missing), PAGE):
                got = store.get(missing[i:i + PAGE])
                for doc_id in missing[i:i + PAGE]:
                    if doc_id in got:
                        add_ids.append(doc_id)
                        texts.append(embedding_text(*got[doc_id]))
            return self._write(add_ids, texts, remove=gone, revision=revision)

    def _write(self, ids: list[str], texts: list[str] | None, remove: Iterable[str], *, revision: str | None = None,
               fresh: bool = False, compact: bool = False,
               prepared: tuple[Any, np.ndarray, dict[str, int]] | None = None) -> bool:
        """One atomic change (caller holds the lock): add a segment for ids (from texts, or
        `prepared`: term-frequency matrix, lengths, new terms), tombstone live instances of `remove`, record `revision`, merge
        segments if due. `fresh` starts a new index (new uid) instead of extending the current one."""
        state, raw = self._current()
        number = self._collect_garbage(raw)
        if state is None:
            fresh = True
        if fresh:
            state = _State(None, None, [], np.zeros(0, dtype=np.int64), {})
        assert state is not None
        old = state.manifest or {}
        manifest: dict[str, Any] = dict(old) if not fresh else {
            "format": FORMAT, "uid": uuid.uuid4().hex, "generation": int((raw or {}).get("generation", 0)),
            "vocab": None, "vocab_size": 0, "vocab_bytes": 0, "segments": [], "tombstones": None, "deleted": 0,
            "next_doc": 0, "count": 0, "revision": "",
        }

        # tombstones: live instances of removed or replaced ids
        kill = sorted({state.pos[d] for d in remove if d in state.pos})
        dead = state.dead
        if kill:
            dead = np.union1d(dead, np.array([state.docnum(p) for p in kill], dtype=np.int64))

        matrix, flat = None, None
        if prepared is not None:
            matrix, lengths, new = prepared
        elif ids:
            new = {}
            flat, lengths = _token_ids(list(texts or []), state.terms, state.vocab_size, new)
        else:
            lengths, new = np.zeros(0, dtype=np.int64), {}

        changed = fresh or bool(ids) or bool(kill) or (revision is not None and revision != old.get("revision", ""))
        if not changed and not (compact and (len(state.segments) > 1 or len(dead))):
            return False

        def name(prefix: str, ext: str) -> str:
            nonlocal number
            number += 1
            return f"{prefix}-{number - 1:06d}.{ext}"

        # the vocabulary: append the new terms past the valid bytes (a new file for a fresh index)
        if fresh:
            manifest["vocab"] = name("vocab", "txt")
            with _atomic(self.directory / manifest["vocab"]):
                pass
        if new:
            data = "".join(f"{t}\n" for t in new).encode("utf-8")
            fd = os.open(self.directory / manifest["vocab"], os.O_RDWR | os.O_CREAT, 0o644)
            try:
                os.ftruncate(fd, manifest["vocab_bytes"])
                view, at = memoryview(data), manifest["vocab_bytes"]
                while view:
                    written = os.pwrite(fd, view, at)
                    view, at = view[written:], at + written
                os.fsync(fd)
            finally:
                os.close(fd)
            manifest["vocab_bytes"] += len(data)
            manifest["vocab_size"] += len(new)
        terms = int(manifest["vocab_size"])

        segments = list(state.segments)
        entries = list(manifest["segments"])
        if ids:
            if matrix is None:
                matrix = _matrix(flat, lengths, terms)  # type: ignore[arg-type]
            seg = _Segment(name("seg", "npz"), int(manifest["next_doc"]), list(ids), lengths.astype(np.int32), matrix)
            self._save(seg)
            segments.append(seg)
            entries.append({"file": seg.file, "base": seg.base, "docs": seg.rows, "terms": seg.terms})
            manifest["next_doc"] = seg.base + seg.rows

        # merge: the newest segments when there are too many, everything when tombstones pile up
        start = self._merge_start([e["docs"] for e in entries], len(dead))
        if compact and (len(entries) > 1 or len(dead)):
            start = 0
        if start is not None and entries:
            merged, dead = self._merge(segments[start:], dead, terms, name("seg", "npz"), int(manifest["next_doc"]))
            self._save(merged)
            segments[start:] = [merged]
            entries[start:] = [{"file": merged.file, "base": merged.base, "docs": merged.rows, "terms": merged.terms}]
            manifest["next_doc"] = merged.base + merged.rows

        if len(dead) != len(state.dead) or not np.array_equal(dead, state.dead) or fresh:
            manifest["tombstones"] = None
            if len(dead):
                manifest["tombstones"] = name("tomb", "npy")
                with _atomic(self.directory / manifest["tombstones"]) as f:
                    np.save(f, dead, allow_pickle=False)
        manifest.update(
            segments=entries, deleted=len(dead), next_file=number, generation=int(manifest["generation"]) + 1,
            count=int(sum(e["docs"] for e in entries) - len(dead)),
        )
        if revision is not None:
            manifest["revision"] = revision
        _fsync_dir(self.directory)  # the files the manifest names are durable before it is
        with _atomic(self.directory / MANIFEST) as f:
            f.write(json.dumps(manifest, indent=1).encode("utf-8"))
        _fsync_dir(self.directory)
        with self._mutex:
            for seg in segments:  # the new segments are already in memory: no re-read
                self._segments[(manifest["uid"], seg.file)] = seg
        self._load()
        return True

    @staticmethod
    def _merge_start(sizes: list[int], deleted: int) -> int | None:
        """Where the run of segments to merge starts, or None. Too many segments: merge the newest
        ones, extended back over older segments of similar size (at most twice the run so far), so
        a large segment is rewritten only when comparable data has accumulated behind it. Too many
        tombstones: merge everything."""
        total = sum(sizes)
        if total and deleted > MAX_DELETED * total:
            return 0
        if len(sizes) <= MAX_SEGMENTS:
            return None
        start = MAX_SEGMENTS - 1
        run = sum(sizes[start:])
        while start > 0 and sizes[start - 1] <= 2 * run:
            start -= 1
            run += sizes[start]
        return start

    @staticmethod
    def _merge(segments: list[_Segment], dead: np.ndarray, terms: int, file: str, base: int) -> tuple[_Segment, np.ndarray]:
        """One segment of the live rows of `segments`, and the tombstones left for the others."""
        from scipy import sparse

        parts, ids, dls = [], [], []
        drop = np.zeros(len(dead), dtype=bool)
        for s in segments:
            inside = (dead >= s.base) & (dead < s.base + s.rows)
            drop |= inside
            matrix, seg_ids, dl = s.kept(dead[inside] - s.base, terms)
            parts.append(matrix)
            ids.extend(seg_ids)
            dls.append(dl)
        matrix = sparse.vstack(parts, format="csr").tocsc() if parts else _matrix(np.zeros(0, np.int64), np.zeros(0, np.int64), terms)
        matrix.sum_duplicates()
        dl = np.concatenate(dls).astype(np.int32) if dls else np.zeros(0, dtype=np.int32)
        return _Segment(file, base, ids, dl, matrix), dead[~drop]

    def _save(self, seg: _Segment) -> None:
        m = seg.matrix
        with _atomic(self.directory / seg.file) as f:
            np.savez(f, ids=np.frombuffer(json.dumps(seg.ids, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
                     dl=seg.dl, shape=np.array(m.shape, dtype=np.int64), indptr=m.indptr, indices=m.indices, data=m.data)
