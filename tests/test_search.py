"""Searching the seed abstracts: the right abstract first, JSON shapes, zero-config first run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.retrieval import MODES, convex, rrf

from .conftest import make_assistant, run_cli, seed_questions


@pytest.mark.devset
@pytest.mark.parametrize("mode", MODES)
def test_right_seed_abstract_first_for_every_answerable_dev_question(seeded_store: Path, mode: str) -> None:
    a = make_assistant(seeded_store, retrieval=mode)
    questions = [q for q in seed_questions() if q["answerable"]]
    results = a.retrieve_many([q["question"] for q in questions], k=5)
    misses = [q["id"] for q, sources in zip(questions, results) if not any(g in sources[0].text for g in q["gold"])]
    assert misses == []
    assert len(questions) == 21


def test_sources_are_numbered_and_scored(seeded_store: Path) -> None:
    sources = make_assistant(seeded_store).retrieve("knowledge graph embedding", k=4)
    assert [s.number for s in sources] == [1, 2, 3, 4]
    assert all(-1.0 <= s.score <= 1.0 for s in sources)
    assert sources[0].origin.startswith("seeds/0") and ".txt:" in sources[0].origin


def test_rrf_rewards_agreement() -> None:
    fused = rrf([["a", "b", "c"], ["b", "a", "d"]], k=60)
    assert [d for d, _ in fused][:2] in (["a", "b"], ["b", "a"])
    assert [d for d, _ in fused][2:] == ["c", "d"]


def test_convex_fusion_prefers_agreement_and_uses_true_scores() -> None:
    # "b" is second on both sides; "a" and "c" are each first on one side and poor on the other.
    fused = [d for d, _ in convex({"a": 0.9, "b": 0.8, "c": 0.1}, {"a": 0.0, "b": 9.0, "c": 10.0}, alpha=0.5)]
    assert fused[0] == "b"
    # A candidate scored on one side only is treated as 0 on the other, never dropped.
    assert {d for d, _ in convex({"a": 0.5}, {"z": 3.0})} == {"a", "z"}


def test_hybrid_scores_every_candidate_on_both_sides(seeded_store: Path) -> None:
    a = make_assistant(seeded_store)
    lexical = a.lexical
    lexical.sync(a.store)
    top = lexical.search(["temporal graph networks"], 1)[0]
    dense_ids = [d for d, _ in a.store.query(a.embedder.encode_queries(["temporal graph networks"])[0], 20)]
    extended = lexical.search(["temporal graph networks"], 1, also=[dense_ids])[0]
    assert extended[0] == top[0]
    # every dense candidate now has its BM25 score (0.0 when it shares no term), top hit not repeated
    assert {d for d, _ in extended} == {top[0][0], *dense_ids}
    assert len(extended) == len({d for d, _ in extended})
    assert any(score > 0 for d, score in extended[1:])


def test_first_run_seeds_the_default_collection_and_says_so(tmp_path: Path) -> None:
    res = run_cli("search", "What are KE-PLMs?", "-k", "2", "--json", env={"ASSISTANT_STORE_DIR": str(tmp_path / "fresh")})
    assert res.returncode == 0, res.stderr
    assert "stored the 20 bundled seed abstracts" in res.stderr
    hits = json.loads(res.stdout)
    assert len(hits) == 2
    assert set(hits[0]) == {"rank", "id", "title", "cite_as", "text", "score", "origin", "metadata"}
    assert "Knowledge-Enhanced Pre-trained Language Models" in hits[0]["text"]
    assert hits[0]["origin"].startswith("seeds/") and hits[0]["rank"] == 1
    again = run_cli("search", "graphs", "--store", str(tmp_path / "fresh"))
    assert "seed" not in again.stderr and again.returncode == 0


def test_info_json(seeded_store: Path) -> None:
    res = run_cli("info", "--json", "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["store"] == str(seeded_store)
    [c] = data["collections"]
    assert (c["name"], c["count"], c["embedding_model"]) == ("abstracts", 20, "sentence-transformers/all-MiniLM-L6-v2")
    assert sum(s["records"] for s in c["sources"].values()) == 20 and all(k.startswith("seeds/") for k in c["sources"])


def test_search_table_and_bad_arguments(seeded_store: Path) -> None:
    res = run_cli("search", "temporal graph networks", "-k", "1", "--store", str(seeded_store))
    assert res.returncode == 0 and "Graph Neural Networks" in res.stdout and "seeds/001_" in res.stdout
    for args in (["search", "   ", "--store", str(seeded_store)], ["search", "x", "--mode", "fuzzy", "--store", str(seeded_store)],
                 ["search", "x", "--collection", "a", "--store", str(seeded_store)]):
        bad = run_cli(*args)
        assert bad.returncode != 0 and "Traceback" not in bad.stderr, args


def test_reranker_hook_reorders_and_renumbers(seeded_store: Path) -> None:
    a = make_assistant(seeded_store)
    seen: list[int] = []

    def reverse(question: str, candidates: list) -> list:  # stands in for a cross-encoder
        seen.append(len(candidates))
        return list(reversed(candidates))

    plain = a.retriever.retrieve("knowledge graph embedding", k=20)
    a.retriever.reranker = reverse
    reranked = a.retriever.retrieve("knowledge graph embedding", k=3)
    assert seen == [20]
    assert [s.id for s in reranked] == [s.id for s in reversed(plain)][:3]
    assert [s.number for s in reranked] == [1, 2, 3]


def test_bad_setting_is_a_one_line_error(tmp_path: Path) -> None:
    res = run_cli("search", "graphs", env={"ASSISTANT_K": "abc", "COLUMNS": "40"})
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "ASSISTANT_K" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_mmr_skips_near_duplicates(tmp_path: Path) -> None:
    rotate = "RotatE models each relation as a rotation in complex vector space for knowledge graph embedding"
    rows = [
        {"id": "a1", "title": "RotatE", "text": rotate + "."},
        {"id": "a2", "title": "RotatE (v2)", "text": rotate + ", revised version."},
        {"id": "b", "title": "TransE", "text": "TransE embeds knowledge graph entities and relations as translations in vector space."},
        {"id": "c", "title": "Coral reefs", "text": "We map coral bleaching across 40 reefs from satellite images."},
    ]
    src = tmp_path / "kg.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    a = make_assistant(tmp_path / "store", collection="kgs")
    a.ingest([src])
    question = "How does RotatE embed knowledge graph relations?"
    plain = [s.id for s in a.retrieve(question, k=2)]
    assert sorted(plain) == ["a1", "a2"]
    diverse = make_assistant(tmp_path / "store", collection="kgs", mmr=True, mmr_lambda=0.5).retrieve(question, k=2)
    assert [s.id for s in diverse][0] in ("a1", "a2") and [s.id for s in diverse][1] == "b"
    assert [s.number for s in diverse] == [1, 2]


def test_our_retriever_plugs_into_a_users_own_langchain_chain(seeded_store: Path) -> None:
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnableLambda, RunnablePassthrough

    retriever = make_assistant(seeded_store).as_retriever(k=2)
    docs = retriever.invoke("knowledge graph link prediction")
    assert len(docs) == 2 and all(d.metadata["origin"].startswith("seeds/") and d.id for d in docs)
    prompt = ChatPromptTemplate.from_template("Context: {context}\nQuestion: {question}")
    chain = {"context": retriever | RunnableLambda(lambda ds: "\n".join(d.page_content for d in ds)),
             "question": RunnablePassthrough()} | prompt
    text = chain.invoke("Which link prediction cases remain hard?").to_string()
    assert "N-1, 1-N and N-N" in text


def test_an_abstract_holding_a_rare_name_the_question_asks_about_is_retrieved(tmp_path: Path) -> None:
    """"Does In-2-4D generate 4D content faster than prior methods?" ranked In-2-4D's own abstract ninth (fresh103-16):
    BM25 splits the name into common pieces, and other 4D generators' abstracts are closer to the question."""
    fast = ["Turbo4DGen accelerates 4D generation with a spatiotemporal cache, generating 4D content 9.7 times faster than prior methods.",
            "TriDiff-4D is a fast 4D generation method that generates 4D content faster than prior methods through triplane re-posing.",
            "Geometric 4D Stitching generates 4D content in under 10 minutes, faster than prior 4D generation methods."]
    rows = [{"id": f"f{i}", "title": t.split(" ")[0], "text": t} for i, t in enumerate(fast)]
    rows += [{"id": "in24", "title": "In-2-4D: Inbetweening from two single-view images",
              "text": "We propose a new problem, In-2-4D, for generative inbetweening from two single-view images capturing an "
                      "object in two distinct motion states, with Gaussian Splatting keyframes rendered by Gaussian-7X."}]
    src = tmp_path / "gen4d.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    a = make_assistant(tmp_path / "store", collection="gen4d")
    a.ingest([src])
    sources = a.retrieve("Does In-2-4D generate 4D content faster than prior methods?", k=2)
    assert "in24" in [s.id for s in sources] and [s.number for s in sources] == list(range(1, len(sources) + 1))
    # a name no abstract holds adds nothing, nor does one the ranked abstracts already hold
    assert len(a.retrieve("Does Tz-9-4D generate 4D content faster than prior methods?", k=2)) == 2
    assert len(a.retrieve("Does TriDiff-4D generate 4D content faster than prior methods?", k=2)) == 2
    # nor one an abstract only uses (its title names another study): "GPT-4o" is no study of the collection
    assert len(a.retrieve("Does Gaussian-7X render Gaussian Splatting keyframes faster than prior methods?", k=2)) == 2


def test_the_one_abstract_naming_a_coined_word_the_question_asks_about_is_retrieved(tmp_path: Path) -> None:
    """"How many images does the RealText dataset contain?" missed the one abstract that builds RealText, named once in its
    body (fresh109-04): abstracts that say "images" and "dataset" often outranked it."""
    busy = [f"Our forgery detector is trained on a large dataset of images; the dataset holds {n} images of edited documents, "
            f"and images of receipts make up the rest of the dataset." for n in (1200, 3400, 800)]
    rows = [{"id": f"b{i}", "title": f"Forgery detector {i}", "text": t} for i, t in enumerate(busy)]
    rows += [{"id": "logic", "title": "LogicLens: reasoning about text-centric forgeries",
              "text": "We present LogicLens, a visual reasoning framework for text-centric forgery analysis. Then, we constructed "
                      "RealText, a diverse dataset comprising 5,397 samples with fine-grained annotations."}]
    src = tmp_path / "forgery.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    a = make_assistant(tmp_path / "store", collection="forgery")
    a.ingest([src])
    assert "logic" in [s.id for s in a.retrieve("How many images does the RealText dataset contain?", k=2)]
    # a word no abstract holds adds nothing
    assert len(a.retrieve("How many images does the FakeText dataset contain?", k=2)) == 2
