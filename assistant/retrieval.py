"""Store -> ranked, numbered sources: dense (Chroma), BM25 (bm25s) or both fused (normalised score
combination by default, reciprocal rank fusion on request)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.vectorstores.utils import maximal_marginal_relevance

from .embeddings import Embedder
from .lexical import LexicalIndex
from .questions import subject_of
from .schema import Source
from .store import Store, to_source

Mode = Literal["dense", "bm25", "hybrid"]
# Reorders (question, candidates) -> candidates, best first, e.g. a cross-encoder. None ships: no
# PyPI package we found carries cross-encoder weights for offline use (flashrank downloads at run time).
Reranker = Callable[[str, list[Source]], list[Source]]
MODES: tuple[Mode, ...] = ("dense", "bm25", "hybrid")
# A name with hyphens or digits, capitalised ("In-2-4D", "H-optimus-1", "PLUTO-4", "Qwen2.5-VL"): what BM25 splits
NAMED_LOOKUP = 3  # at most this many abstracts may hold such a name for them to be added (`Retriever._with_named`)
_SPLIT_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*(?:[-.]?\d[\w.]*)?(?:-[A-Za-z0-9][\w.]*)+(?<!\.)(?![\w-])"
                         r"|(?<![\w-])[A-Z][A-Za-z]*\d[\w.]*(?<!\.)(?![\w-])")
# A coined word with a capital inside ("RealText", "OmniMem"): one BM25 token, but a rare one that a long abstract names once
# is outranked by abstracts that say the question's other words often ("How many images does the RealText dataset
# contain?" missed the one abstract that builds RealText, fresh109-04)
_COINED = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w-])")


def rrf(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    """Reciprocal rank fusion (Cormack et al. 2009): sum of 1 / (k + rank) over the rankings."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, doc_id in enumerate(ranking, 1):
            scores[doc_id] = scores.get(doc_id, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def zscores(scores: dict[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    values = np.fromiter(scores.values(), dtype=np.float64)
    mean, std = float(values.mean()), float(values.std())
    return {d: (v - mean) / std if std > 0 else 0.0 for d, v in scores.items()}


def convex(dense: dict[str, float], lexical: dict[str, float], alpha: float = 0.4) -> list[tuple[str, float]]:
    """alpha * BM25 + (1 - alpha) * cosine, each z-normalised over the union of both candidate lists.
    Both dicts should hold the true score of every candidate (not just each side's own top n):
    on SciFact's train split this beat min-max over each side's own list and RRF."""
    ids = {*dense, *lexical}
    nd = zscores({d: dense.get(d, 0.0) for d in ids})
    nl = zscores({d: lexical.get(d, 0.0) for d in ids})
    fused = {d: alpha * nl[d] + (1 - alpha) * nd[d] for d in ids}
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


class Retriever:
    """Finds the k best abstracts for questions. `Source.score` is always the cosine similarity of
    question and abstract, whatever the mode, so thresholds mean the same thing in every mode."""

    def __init__(self, store: Store, embedder: Embedder, lexical: LexicalIndex | None,
                 mode: Mode = "hybrid", candidates: int = 100, rrf_k: int = 60,
                 reranker: Reranker | None = None, rerank_depth: int = 20,
                 fusion: Literal["convex", "rrf"] = "convex", alpha: float = 0.4,
                 mmr_lambda: float | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}")
        self.store, self.embedder, self.lexical = store, embedder, lexical
        self.mode, self.candidates, self.rrf_k = mode, candidates, rrf_k
        self.reranker, self.rerank_depth = reranker, rerank_depth
        self.fusion, self.alpha = fusion, alpha
        self.mmr_lambda = mmr_lambda  # None: no MMR; 1.0 = relevance only, 0.0 = diversity only

    def retrieve(self, question: str, k: int = 5, allowed: set[str] | None = None, where: dict[str, Any] | None = None) -> list[Source]:
        return self.retrieve_many([question], k, allowed=allowed, where=where)[0]

    def retrieve_many(self, questions: list[str], k: int = 5, allowed: set[str] | None = None,
                      where: dict[str, Any] | None = None) -> list[list[Source]]:
        """Batched: the questions are embedded together, which is what makes batch runs fast.
        A metadata filter is `where` (a Chroma clause, for the dense side) plus `allowed` (the ids
        matching it, for the BM25 side): both sides then rank only matching abstracts."""
        if not questions:
            return []
        reorder = self.reranker is not None or self.mmr_lambda is not None
        depth = max(k, self.rerank_depth) if reorder else k
        vectors = self.embedder.encode_queries(questions)
        width = self.candidates if self.mode == "hybrid" else depth
        dense: list[list[tuple[str, float]]] = [self.store.query(vec, width, where) for vec in vectors] if self.mode != "bm25" else [[] for _ in questions]
        lexical_hits: list[list[tuple[str, float]]] = [[] for _ in questions]
        if self.mode != "dense" and self.lexical is not None:
            self.lexical.sync(self.store)
            also = [[doc_id for doc_id, _ in hits] for hits in dense] if self.mode == "hybrid" and self.fusion == "convex" else None
            lexical_hits = self.lexical.search(questions, width, also, allowed)
        ranked = [self._rank(vec, hits, lex, depth) for vec, hits, lex in zip(vectors, dense, lexical_hits)]
        ranked = [self._with_named(q, vec, sources, where, allowed) for q, vec, sources in zip(questions, vectors, ranked)]
        if not reorder:
            return ranked
        out = []
        for question, vector, candidates in zip(questions, vectors, ranked):
            if self.reranker is not None:
                candidates = self.reranker(question, candidates)
            if self.mmr_lambda is not None:
                candidates = self._diversify(vector, candidates, k)
            out.append([src.model_copy(update={"number": i}) for i, src in enumerate(candidates[:k], 1)])
        return out

    def _diversify(self, vector: np.ndarray, candidates: list[Source], k: int) -> list[Source]:
        """Maximal marginal relevance over the candidates (LangChain's implementation): k abstracts
        that are relevant but not near-duplicates of each other."""
        vectors = self.store.vectors([c.id for c in candidates])
        usable = [c for c in candidates if c.id in vectors]
        chosen = maximal_marginal_relevance(vector, [vectors[c.id].tolist() for c in usable], lambda_mult=self.mmr_lambda or 0.0, k=k)
        return [usable[i] for i in chosen]

    def _rank(self, vector: np.ndarray, dense: list[tuple[str, float]], lexical_hits: list[tuple[str, float]], k: int) -> list[Source]:
        cosine = dict(dense)
        if self.mode == "dense":
            order = [doc_id for doc_id, _ in dense]
        elif self.mode == "bm25":
            order = [doc_id for doc_id, _ in lexical_hits]
        elif self.fusion == "rrf":
            order = [doc_id for doc_id, _ in rrf([[d for d, _ in dense], [d for d, _ in lexical_hits]], self.rrf_k)]
        else:
            # Lexical candidates missing from the dense list get their true cosine, so every
            # candidate is scored on both sides (a missing score is not a zero score).
            self._add_cosines(vector, [d for d, _ in lexical_hits], cosine)
            order = [doc_id for doc_id, _ in convex(cosine, dict(lexical_hits), self.alpha)]
        order = order[:k]
        self._add_cosines(vector, order, cosine)
        docs = self.store.get(order)
        return [to_source(number, doc_id, *docs[doc_id], cosine.get(doc_id, 0.0))
                for number, doc_id in enumerate(order, 1) if doc_id in docs]

    def _with_named(self, question: str, vector: np.ndarray, sources: list[Source], where: dict[str, Any] | None,
                    allowed: set[str] | None) -> list[Source]:
        """The sources, and the abstract titled with the name the question is about, when none of them holds that name
        and it is rare (at most NAMED_LOOKUP abstracts hold it). BM25 splits a name with hyphens or digits into common
        pieces ("In-2-4D" into "4d", "H-optimus-1" into "optimus"), and the vector of a question about "In-2-4D" is
        closer to other 4D generators' abstracts: "Does In-2-4D generate 4D content faster than prior methods?" ranked
        In-2-4D's own abstract ninth (fresh103-16)."""
        added: list[Source] = []
        # (the name the question is about, right after its verb: not the "GPT-4o" it compares with, not "LLM-based";
        # a digit or two capitals, three characters at least)
        subject = subject_of(question, strict=True)
        split = [m for m in _SPLIT_NAME.findall(subject)
                 if len(m) >= 3 and (re.search(r"\d", m) or sum(c.isupper() for c in m) >= 2) and not re.search(r"-[a-z]{3,}$", m)]
        for name in dict.fromkeys(split + _COINED.findall(subject)):
            if any(name.lower() in f"{src.title} {src.text}".lower() for src in sources + added):
                continue
            ids = [i for i in self.store.ids_containing(name, NAMED_LOOKUP + 1, where)
                   if allowed is None or i in allowed]
            if not ids or len(ids) > NAMED_LOOKUP:
                continue  # nowhere, or too common to pick from
            docs = self.store.get(ids)
            # only the study the name is the name of: the abstract whose title holds it ("In-2-4D: Inbetweening from Two
            # Single-View Images …"), not those that merely use a model called so ("GPT-4o", "LLM-based"); a coined word
            # that a single abstract names at all is that abstract's ("Then, we constructed RealText, a diverse dataset …")
            sole = name not in split and len(ids) == 1
            kept = [i for i in ids if i in docs and (sole or name.lower() in (docs[i][1].get("title") or i).lower())
                    and all(i != other.id for other in sources + added)]
            cosine: dict[str, float] = {}
            self._add_cosines(vector, kept, cosine)  # only for the abstracts kept
            added += [to_source(0, i, *docs[i], cosine.get(i, 0.0)) for i in kept]
        if not added:
            return sources
        return [src.model_copy(update={"number": n}) for n, src in enumerate(sources + added, 1)]

    def _add_cosines(self, vector: np.ndarray, ids: list[str], cosine: dict[str, float]) -> None:
        for doc_id, vec in self.store.vectors([d for d in ids if d not in cosine]).items():
            cosine[doc_id] = float(np.dot(vec, vector))

    def as_langchain(self, k: int = 5, where: dict[str, Any] | None = None, allowed: set[str] | None = None) -> BaseRetriever:
        """This retrieval as a LangChain retriever, to use in your own chains (see the README)."""
        return AbstractsRetriever(retriever=self, k=k, where=where, allowed=allowed)


class AbstractsRetriever(BaseRetriever):
    """Our hybrid retrieval as a LangChain `BaseRetriever`: `Document`s whose metadata carry the
    abstract's id, title, origin, score and its own metadata (authors, year...)."""

    retriever: Retriever
    k: int = 5
    where: dict[str, Any] | None = None
    allowed: set[str] | None = None

    model_config = {"arbitrary_types_allowed": True}

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(page_content=s.text, id=s.id, metadata={**s.metadata, "id": s.id, "title": s.title, "origin": s.origin, "score": s.score})
            for s in self.retriever.retrieve(query, self.k, allowed=self.allowed, where=self.where)
        ]
