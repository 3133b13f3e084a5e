"""Measuring the assistant: answer quality on a QA set, retrieval quality on a BEIR folder."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from .errors import InputRejected
from .schema import Answer

Progress = Callable[[int, int | None], None]


class QAItem(BaseModel):
    """One question of a QA set (the format of shared/eval/seed_qa_dev.jsonl, plus optional fields)."""

    id: str = ""
    question: str
    gold: list[str] = Field(default_factory=list)  # substrings of the right abstracts
    gold_ids: list[str] = Field(default_factory=list)  # ids of the right abstracts (either kind of gold works)
    answer_keywords: list[list[str]] = Field(default_factory=list)  # every group needs one of its words
    answerable: bool = True
    kind: str | None = None  # the expected question kind (factoid, yesno, multipart, survey, listing)
    verdict: Literal["yes", "no", "unsettled"] | None = None  # yes/no questions: the right verdict
    trap: str | None = None  # unanswerable questions: why (withheld_study, unstated_detail, off_topic)


def read_qa(path: Path) -> list[QAItem]:
    if not path.is_file():
        raise InputRejected(f"{path}: no such file")
    items = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = QAItem.model_validate_json(line)
        except ValidationError as e:
            raise InputRejected(f"{path}:{lineno}: not a QA record ({e.errors()[0]['msg']})") from None
        items.append(item if item.id else item.model_copy(update={"id": str(lineno)}))
    if not items:
        raise InputRejected(f"{path}: no questions")
    return items


def keywords_found(text: str, groups: list[list[str]]) -> bool:
    low = text.lower()
    return all(any(w.lower() in low for w in group) for group in groups)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile, q in 0..1 (0.0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _is_gold(item: QAItem, doc_id: str, text: str) -> bool:
    return doc_id in item.gold_ids or any(g in text for g in item.gold)


def score_answer(item: QAItem, answer: Answer, min_support: float) -> dict[str, Any]:
    has_gold = bool(item.gold or item.gold_ids)
    stated = answer.verdict in ("yes", "no")
    kw_groups = [any(w.lower() in answer.text.lower() for w in group) for group in item.answer_keywords]
    return {
        "id": item.id, "question": item.question, "answerable": item.answerable, "answer": answer.text,
        "refused": answer.refused, "grounded": answer.grounded,
        "kind": answer.kind, "expected_kind": item.kind,
        "verdict": answer.verdict, "expected_verdict": item.verdict,
        "verdict_right": (answer.verdict == item.verdict) if item.verdict and stated else None,
        "retrieval_hit": any(_is_gold(item, s.id, s.text) for s in answer.sources) if has_gold else None,
        "gold_cited": any(_is_gold(item, c.id, c.text) for c in answer.citations) if has_gold else None,
        "gold_cited_all": (all(any(c.id == g for c in answer.citations) for g in item.gold_ids) if item.gold_ids else None),
        "keywords": keywords_found(answer.text, item.answer_keywords) if item.answer_keywords and not answer.refused else (False if item.answer_keywords else None),
        "keyword_groups": f"{sum(kw_groups)}/{len(kw_groups)}" if kw_groups else None,
        "citations": [c.number for c in answer.citations],
        "supported_citations": sum(c.support >= min_support for c in answer.citations),
        "out_of_range": sum("dropped citation" in n for n in answer.notes),
        "first_token_s": answer.timings.first_token, "total_s": answer.timings.total,
    }


def summarize_answers(rows: list[dict[str, Any]]) -> dict[str, Any]:
    ans = [r for r in rows if r["answerable"]]
    unans = [r for r in rows if not r["answerable"]]
    yesno = [r for r in rows if r.get("expected_verdict")]
    settled = [r for r in yesno if r["expected_verdict"] in ("yes", "no")]
    unsettled = [r for r in yesno if r["expected_verdict"] == "unsettled"]
    stated = [r for r in yesno if r["verdict"] in ("yes", "no")]
    kinds = [r for r in rows if r.get("expected_kind")]
    multi = [r for r in ans if r.get("expected_kind") == "multipart" and r.get("keyword_groups")]
    with_gold = [r for r in ans if r["gold_cited"] is not None]
    with_kw = [r for r in ans if r["keywords"] is not None]
    n_cit = sum(len(r["citations"]) for r in rows)
    firsts = [r["first_token_s"] for r in rows if r["first_token_s"] is not None]
    totals = [r["total_s"] for r in rows]
    llm_totals = [r["total_s"] for r in rows if r["first_token_s"] is not None]
    return {
        "questions": len(rows), "answerable": len(ans), "unanswerable": len(unans),
        "retrieval_hit": _ratio(sum(bool(r["retrieval_hit"]) for r in with_gold), len(with_gold)),
        "gold_cited": _ratio(sum(bool(r["gold_cited"]) for r in with_gold), len(with_gold)),
        "keywords": _ratio(sum(bool(r["keywords"]) for r in with_kw), len(with_kw)),
        "unanswerable_refused": _ratio(sum(r["refused"] for r in unans), len(unans)),
        "kind_as_labelled": _ratio(sum(r["kind"] == r["expected_kind"] for r in kinds), len(kinds)),
        "verdict_stated_when_settled": _ratio(sum(r["verdict"] in ("yes", "no") for r in settled), len(settled)),
        "verdicts_right": _ratio(sum(bool(r["verdict_right"]) for r in stated), len(stated)),
        "unsettled_left_without_verdict": _ratio(sum(r["verdict"] not in ("yes", "no") for r in unsettled), len(unsettled)),
        "multipart_all_parts": _ratio(sum(r["keyword_groups"].split("/")[0] == r["keyword_groups"].split("/")[1] for r in multi), len(multi)),
        "answerable_refused": _ratio(sum(r["refused"] for r in ans), len(ans)),
        "grounded": _ratio(sum(r["grounded"] for r in ans), len(ans)),
        "citations_supported": _ratio(sum(r["supported_citations"] for r in rows), n_cit),
        "out_of_range_citations": sum(r["out_of_range"] for r in rows),
        "first_token_s_median": round(statistics.median(firsts), 2) if firsts else None,
        "first_token_s_max": round(max(firsts), 2) if firsts else None,
        "total_s_median": round(statistics.median(totals), 2) if totals else None,
        "total_s_llm_median": round(statistics.median(llm_totals), 2) if llm_totals else None,
        "total_s_p95": round(percentile(totals, 0.95), 2) if totals else None,
        "total_s_max": round(max(totals), 2) if totals else None,
    }


def format_metric(value: Any) -> str:
    """A summary value as people read it: ratios as 'n/of (share)'."""
    if isinstance(value, dict):
        return f"{value['n']}/{value['of']} ({value['share']:.0%})" if value["share"] is not None else "n/a"
    return str(value)


def _ratio(num: int, den: int) -> dict[str, Any]:
    return {"n": num, "of": den, "share": round(num / den, 3) if den else None}


def evaluate_answers(assistant: Any, items: list[QAItem], k: int | None = None,
                     progress: Progress | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rows = []
    start = time.perf_counter()
    for item in items:
        answer = assistant.ask(item.question, k)
        rows.append(score_answer(item, answer, assistant.settings.min_support))
        if progress:
            progress(1, len(items))
    summary = summarize_answers(rows)
    summary["seconds"] = round(time.perf_counter() - start, 1)
    summary["model"] = assistant.answer_chain.llm.label
    return summary, rows


# --- retrieval (BEIR folders) ------------------------------------------------
RETRIEVAL_DEPTH = 100


def beir_collection_name(data_dir: Path) -> str:
    """The collection a BEIR folder is ingested into (kept between runs)."""
    slug = "".join(c if c.isalnum() or c in "-_" else "-" for c in data_dir.resolve().name.lower()).strip("-_") or "data"
    return f"beir-{slug}"[:60]


def read_beir(data_dir: Path, split: str) -> tuple[Path, dict[str, str], dict[str, dict[str, int]]]:
    """corpus.jsonl path, the queries that have judgments in qrels/<split>.tsv, and those judgments."""
    corpus, queries_file, qrels_file = data_dir / "corpus.jsonl", data_dir / "queries.jsonl", data_dir / "qrels" / f"{split}.tsv"
    for f in (corpus, queries_file, qrels_file):
        if not f.is_file():
            raise InputRejected(f"{f} not found: a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/<split>.tsv")
    qrels: dict[str, dict[str, int]] = {}
    for n, line in enumerate(qrels_file.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if n == 1 and not parts[-1].strip().lstrip("-").isdigit():
            continue  # header
        if len(parts) < 3:
            if line.strip():
                raise InputRejected(f"{qrels_file}:{n}: expected query-id, corpus-id, score")
            continue
        qrels.setdefault(parts[0], {})[parts[1]] = int(parts[2])
    queries: dict[str, str] = {}
    for n, line in enumerate(queries_file.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputRejected(f"{queries_file}:{n}: malformed JSON ({e.msg})") from None
            qid = str(obj.get("_id", obj.get("id")))
            if qid in qrels:
                queries[qid] = obj["text"]
    if not queries:
        raise InputRejected(f"{qrels_file}: no judged query found in {queries_file}")
    return corpus, queries, qrels


def retrieval_metrics(run: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    """nDCG@10, Recall@10, Recall@100 and MRR@10 with pytrec_eval (trec_eval's definitions)."""
    import pytrec_eval

    def scored(ranking: list[str]) -> dict[str, float]:
        return {doc: float(len(ranking) - i) for i, doc in enumerate(ranking)}  # strictly decreasing: no ties

    judged = {q: r for q, r in qrels.items() if q in run}
    full = pytrec_eval.RelevanceEvaluator(judged, {"ndcg_cut.10", "recall.10,100"}).evaluate({q: scored(r) for q, r in run.items()})
    top10 = pytrec_eval.RelevanceEvaluator(judged, {"recip_rank"}).evaluate({q: scored(r[:10]) for q, r in run.items()})
    n = len(full)
    return {
        "ndcg_at_10": round(sum(v["ndcg_cut_10"] for v in full.values()) / n, 4),
        "recall_at_10": round(sum(v["recall_10"] for v in full.values()) / n, 4),
        "recall_at_100": round(sum(v["recall_100"] for v in full.values()) / n, 4),
        "mrr_at_10": round(sum(v["recip_rank"] for v in top10.values()) / n, 4),
    }


def evaluate_retrieval(assistant: Any, queries: dict[str, str], qrels: dict[str, dict[str, int]],
                       mode: str, progress: Progress | None = None) -> dict[str, Any]:
    """Rank the top 100 for every query, one query at a time (as a user would), timing each."""
    retriever = assistant.make_retriever(mode, max(assistant.settings.candidates, RETRIEVAL_DEPTH))
    retriever.retrieve("warm-up query", 1)  # model, index and caches loaded outside the timings
    run: dict[str, list[str]] = {}
    latencies: list[float] = []
    for qid, text in queries.items():
        start = time.perf_counter()
        run[qid] = [src.id for src in retriever.retrieve(text, RETRIEVAL_DEPTH)]
        latencies.append((time.perf_counter() - start) * 1000)
        if progress:
            progress(1, len(queries))
    return {"mode": mode, "queries": len(queries), **retrieval_metrics(run, qrels),
            "latency_p50_ms": round(percentile(latencies, 0.5), 1), "latency_p95_ms": round(percentile(latencies, 0.95), 1)}
