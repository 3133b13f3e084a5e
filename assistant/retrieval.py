"""Store -> ranked, numbered sources: dense (Chroma), BM25 (bm25s) or both fused (normalised score
combination by default, reciprocal rank fusion on request)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from .embeddings import Embedder
from .lexical import LexicalIndex
from .schema import Source
from .store import Store, to_source

Mode = Literal["dense", "bm25", "hybrid"]
# Reorders (question, candidates) -> candidates, best first, e.g. a cross-encoder. None ships: no
# PyPI package we found carries cross-encoder weights for offline use (flashrank downloads at run time).
Reranker = Callable[[str, list[Source]], list[Source]]
MODES: tuple[Mode, ...] = ("dense", "bm25", "hybrid")


def rrf(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    """Reciprocal rank fusion (Cormack et al. 2009): sum of 1 / (k + rank) over the rankings."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, doc_id in enumerate(ranking, 1):
            scores[doc_id] = scores.get(doc_id, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def minmax(scores: dict[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    return {d: (v - lo) / (hi - lo) if hi > lo else 1.0 for d, v in scores.items()}


def convex(dense: dict[str, float], lexical: dict[str, float], alpha: float = 0.5) -> list[tuple[str, float]]:
    """alpha * BM25 + (1 - alpha) * cosine, each min-max normalised over its own candidates; a
    candidate missing from one list gets 0 there. On SciFact it beat RRF (0.730 vs 0.717 nDCG@10)."""
    nd, nl = minmax(dense), minmax(lexical)
    fused = {d: alpha * nl.get(d, 0.0) + (1 - alpha) * nd.get(d, 0.0) for d in {*nd, *nl}}
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


class Retriever:
    """Finds the k best abstracts for questions. `Source.score` is always the cosine similarity of
    question and abstract, whatever the mode, so thresholds mean the same thing in every mode."""

    def __init__(self, store: Store, embedder: Embedder, lexical: LexicalIndex | None,
                 mode: Mode = "hybrid", candidates: int = 100, rrf_k: int = 60,
                 reranker: Reranker | None = None, rerank_depth: int = 20,
                 fusion: Literal["convex", "rrf"] = "convex", alpha: float = 0.5) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}")
        self.store, self.embedder, self.lexical = store, embedder, lexical
        self.mode, self.candidates, self.rrf_k = mode, candidates, rrf_k
        self.reranker, self.rerank_depth = reranker, rerank_depth
        self.fusion, self.alpha = fusion, alpha

    def retrieve(self, question: str, k: int = 5) -> list[Source]:
        return self.retrieve_many([question], k)[0]

    def retrieve_many(self, questions: list[str], k: int = 5) -> list[list[Source]]:
        """Batched: the questions are embedded together, which is what makes batch runs fast."""
        if not questions:
            return []
        vectors = self.embedder.encode_queries(questions)
        lexical_hits: list[list[tuple[str, float]]] = [[] for _ in questions]
        if self.mode != "dense" and self.lexical is not None:
            self.lexical.sync(self.store)
            lexical_hits = self.lexical.search(questions, self.candidates if self.mode == "hybrid" else k)
        if self.reranker is None:
            return [self._rank(vec, lex, k) for vec, lex in zip(vectors, lexical_hits)]
        out = []
        for question, vec, lex in zip(questions, vectors, lexical_hits):
            ranked = self.reranker(question, self._rank(vec, lex, max(k, self.rerank_depth)))[:k]
            out.append([src.model_copy(update={"number": i}) for i, src in enumerate(ranked, 1)])
        return out

    def _rank(self, vector: np.ndarray, lexical_hits: list[tuple[str, float]], k: int) -> list[Source]:
        dense = self.store.query(vector, self.candidates if self.mode == "hybrid" else k) if self.mode != "bm25" else []
        if self.mode == "dense":
            order = [h.id for h in dense]
        elif self.mode == "bm25":
            order = [doc_id for doc_id, _ in lexical_hits]
        elif self.fusion == "rrf":
            order = [doc_id for doc_id, _ in rrf([[h.id for h in dense], [d for d, _ in lexical_hits]], self.rrf_k)]
        else:
            order = [doc_id for doc_id, _ in convex({h.id: h.score for h in dense}, dict(lexical_hits), self.alpha)]
        order = order[:k]
        known = {h.id: h for h in dense}
        missing = [i for i in order if i not in known]
        fetched = self.store.get(missing, embeddings=True) if missing else {}
        sources = []
        for number, doc_id in enumerate(order, 1):
            if doc_id in known:
                hit = known[doc_id]
                sources.append(to_source(number, doc_id, hit.text, hit.metadata, hit.score))
            elif doc_id in fetched:
                text, meta, vec = fetched[doc_id]
                score = float(np.dot(vec, vector)) if vec is not None else 0.0
                sources.append(to_source(number, doc_id, text, meta, score))
        return sources

    def as_langchain(self, k: int = 5) -> BaseRetriever:
        return AbstractsRetriever(retriever=self, k=k)


class AbstractsRetriever(BaseRetriever):
    """The same retrieval as a LangChain retriever, for use in other LangChain pipelines."""

    retriever: Retriever
    k: int = 5

    model_config = {"arbitrary_types_allowed": True}

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(page_content=s.text, id=s.id, metadata={**s.metadata, "id": s.id, "title": s.title, "origin": s.origin, "score": s.score})
            for s in self.retriever.retrieve(query, self.k)
        ]
