"""The evaluation harness: metrics on known runs, every retrieval mode on a tiny BEIR folder."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant.evaluation import (
    beir_collection_name,
    keywords_found,
    read_beir,
    retrieval_metrics,
)

from .conftest import make_assistant, run_cli

DOCS = {
    "d1": ("Protein folding", "AlphaFold predicts protein structures from amino acid sequences with atomic accuracy."),
    "d2": ("Galaxy rotation", "Flat galaxy rotation curves are evidence for dark matter halos around spiral galaxies."),
    "d3": ("Coral bleaching", "Rising sea temperatures cause coral bleaching on tropical reefs."),
    "d4": ("Battery chemistry", "Solid-state electrolytes improve lithium battery safety and energy density."),
    "d5": ("Malaria vaccine", "The RTS,S vaccine reduces clinical malaria episodes in young African children."),
}
QUERIES = {"q1": "How are protein structures predicted?", "q2": "What is the evidence for dark matter?", "q3": "Why do corals bleach?"}
QRELS = {"q1": {"d1": 1}, "q2": {"d2": 1}, "q3": {"d3": 1}}


def beir_folder(root: Path) -> Path:
    d = root / "tiny"
    (d / "qrels").mkdir(parents=True)
    (d / "corpus.jsonl").write_text("".join(json.dumps({"_id": i, "title": t, "text": x}) + "\n" for i, (t, x) in DOCS.items()))
    (d / "queries.jsonl").write_text("".join(json.dumps({"_id": q, "text": t}) + "\n" for q, t in {**QUERIES, "q9": "unjudged"}.items()))
    (d / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\n" + "".join(f"{q}\t{doc}\t1\n" for q, r in QRELS.items() for doc in r))
    return d


def test_metrics_match_trec_definitions() -> None:
    m = retrieval_metrics({"q1": ["d2", "d1"], "q2": ["d2"]}, {"q1": {"d1": 1}, "q2": {"d2": 1, "d9": 1}})
    assert m["mrr_at_10"] == pytest.approx((0.5 + 1.0) / 2, abs=1e-4)
    assert m["recall_at_10"] == pytest.approx((1.0 + 0.5) / 2, abs=1e-4)
    ndcg_q1 = 1 / math.log2(3)
    ndcg_q2 = 1.0 / (1 + 1 / math.log2(3))
    assert m["ndcg_at_10"] == pytest.approx((ndcg_q1 + ndcg_q2) / 2, abs=1e-4)


def test_read_beir_keeps_judged_queries(tmp_path: Path) -> None:
    corpus, queries, qrels = read_beir(beir_folder(tmp_path), "test")
    assert corpus.name == "corpus.jsonl" and set(queries) == {"q1", "q2", "q3"} and qrels["q2"] == {"d2": 1}
    assert beir_collection_name(tmp_path / "tiny") == "beir-tiny"


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_each_mode_ranks_the_gold_abstract_first(tmp_path: Path, mode: str) -> None:
    folder = beir_folder(tmp_path)
    res = run_cli("eval", "retrieval", str(folder), "--mode", mode, "--json", "--store", str(tmp_path / "s"))
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert set(out) == {"mode", "queries", "ndcg_at_10", "recall_at_10", "recall_at_100", "mrr_at_10", "latency_p50_ms", "latency_p95_ms"}
    assert out["mode"] == mode and out["queries"] == 3 and out["ndcg_at_10"] == 1.0 and out["mrr_at_10"] == 1.0


def test_bm25_index_follows_incremental_ingest(tmp_path: Path) -> None:
    a = make_assistant(tmp_path / "s", retrieval="bm25")
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"id": "x1", "text": "Graph neural networks for molecules."}) + "\n")
    a.ingest([first])
    second = tmp_path / "b.jsonl"
    second.write_text(json.dumps({"id": "x2", "text": "Photosynthesis efficiency in C4 plants."}) + "\n")
    a.ingest([second])
    assert a.lexical.in_step(a.store)
    assert a.retrieve("photosynthesis in plants", k=1)[0].id == "x2"


def test_keyword_groups() -> None:
    assert keywords_found("Uses LLaMA and Mistral.", [["LLaMA"], ["Mistral"]])
    assert not keywords_found("Uses LLaMA.", [["LLaMA"], ["Mistral"]])
    assert keywords_found("reduces memory 4x", [["4x", "8x"]])


def test_bad_eval_inputs_are_one_line_errors(tmp_path: Path) -> None:
    res = run_cli("eval", "retrieval", str(tmp_path), "--store", str(tmp_path / "s"))
    assert res.returncode == 2 and "corpus.jsonl not found" in res.stderr and "Traceback" not in res.stderr
    bad = tmp_path / "qa.jsonl"
    bad.write_text('{"nope": 1}\n')
    res = run_cli("eval", "answers", str(bad), "--store", str(tmp_path / "s"))
    assert res.returncode == 2 and "qa.jsonl:1" in res.stderr
