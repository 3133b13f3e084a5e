"""The BM25 index (bm25s) kept beside a Chroma collection and rebuilt whenever it falls out of step."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from pathlib import Path

import numpy as np

from .store import Store, embedding_text

MANIFEST = "manifest.json"


_local = threading.local()


def stemmer():  # type: ignore[no-untyped-def]
    """The English Snowball stemmer, one per thread (PyStemmer objects are not thread-safe, and
    batch answers may run in threads)."""
    if not hasattr(_local, "stemmer"):
        import Stemmer

        _local.stemmer = Stemmer.Stemmer("english")
    return _local.stemmer


def tokenize(texts: list[str]) -> list[list[str]]:
    import bm25s

    return bm25s.tokenize(texts, stopwords="en", stemmer=stemmer(), return_ids=False, show_progress=False)  # type: ignore[return-value]


class LexicalIndex:
    """bm25s (Lucene BM25, k1=1.5, b=0.75, English stopwords and Snowball stemming) over title + abstract."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._retriever = None
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._count = -1

    def in_step(self, store: Store) -> bool:
        return self._manifest_count() == store.count()

    def _manifest_count(self) -> int:
        try:
            return int(json.loads((self.directory / MANIFEST).read_text())["count"])
        except (OSError, ValueError, KeyError):
            return -1

    def sync(self, store: Store) -> bool:
        """Rebuild from the store when the index does not match it. Returns True if it rebuilt."""
        if self.in_step(store):
            return False
        self.rebuild(store)
        return True

    def rebuild(self, store: Store) -> None:
        import bm25s

        ids: list[str] = []
        texts: list[str] = []
        for page_ids, docs, metas in store.iter_all():
            ids.extend(page_ids)
            texts.extend(embedding_text(d, m) for d, m in zip(docs, metas))
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        # Build beside the old index and swap it in, so a crash never leaves a half-written index.
        tmp = Path(tempfile.mkdtemp(prefix=".bm25-", dir=self.directory.parent))
        if texts:
            retriever = bm25s.BM25(method="lucene", k1=1.5, b=0.75)
            retriever.index(tokenize(texts), show_progress=False)
            retriever.save(str(tmp / "index"))
        (tmp / "ids.json").write_text(json.dumps(ids))
        (tmp / MANIFEST).write_text(json.dumps({"count": len(ids)}))
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            self.directory.rename(old)
        tmp.rename(self.directory)
        shutil.rmtree(old, ignore_errors=True)
        self._retriever = None

    def _load(self) -> None:
        import bm25s

        count = self._manifest_count()
        if self._retriever is not None and count == self._count:
            return
        self._ids = json.loads((self.directory / "ids.json").read_text())
        self._pos = {doc_id: i for i, doc_id in enumerate(self._ids)}
        self._retriever = bm25s.BM25.load(str(self.directory / "index"), mmap=False) if self._ids else None
        self._count = count

    def idf(self, tokens: list[str]) -> dict[str, float]:
        """Lucene's BM25 idf of each (already tokenised) term in this collection: rare terms weigh
        more. A term the collection never uses gets the highest weight there is."""
        self._load()
        n = len(self._ids)
        out: dict[str, float] = {}
        scores = getattr(self._retriever, "scores", None) if self._retriever is not None else None
        vocab = self._retriever.vocab_dict if self._retriever is not None else {}
        for t in tokens:
            df = 0
            if scores is not None and t in vocab:
                i = vocab[t]
                df = int(scores["indptr"][i + 1] - scores["indptr"][i])
            out[t] = float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))
        return out

    def search(self, queries: list[str], n: int, also: list[list[str]] | None = None) -> list[list[tuple[str, float]]]:
        """Top-n (id, BM25 score) for each query, followed by the scores of the ids in `also[i]` that
        are not in its top n (0.0 when they share no term), so fusion can use true scores for them."""
        self._load()
        if self._retriever is None or not queries:
            return [[] for _ in queries]
        n = min(n, len(self._ids))
        out: list[list[tuple[str, float]]] = []
        for i, tokens in enumerate(tokenize(queries)):
            known = [t for t in tokens if t in self._retriever.vocab_dict]
            if not known:
                out.append([])
                continue
            scores = np.asarray(self._retriever.get_scores(known))
            top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
            top = top[np.argsort(-scores[top], kind="stable")]
            hits = [(self._ids[int(d)], float(scores[d])) for d in top if scores[d] > 0]
            seen = {doc_id for doc_id, _ in hits}
            for doc_id in (also[i] if also else []):
                if doc_id not in seen and doc_id in self._pos:
                    hits.append((doc_id, float(scores[self._pos[doc_id]])))
                    seen.add(doc_id)
            out.append(hits)
        return out
