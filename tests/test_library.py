"""A researcher's library on a real Chroma store (fake 8-d embedder, real BM25 index): no record is
lost or doubled by any sequence of ingest, update and remove (hypothesis state machine); filters on
both retrieval sides; remove by id and by source; drop; collections with counts and sources."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from assistant.errors import AssistantError

from .robust import fake_assistant

FILES = ("a", "b")
IDS = [f"p{i}" for i in range(6)]


def write_jsonl(path: Path, rows: dict[str, str]) -> None:
    path.write_text("".join(json.dumps({"id": i, "title": f"Title {i}", "abstract": t}) + "\n" for i, t in rows.items()))


class LibrarySequences(RuleBasedStateMachine):
    """Two source files whose records come and go and change; after every step the store holds
    exactly what the model says: every record once, its latest text, the BM25 side in step."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="library-seq-"))
        self.assistant = fake_assistant(self.root / "store", collection="library")
        self.expected: dict[str, str] = {}  # stored id -> text

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    @rule(file=st.sampled_from(FILES), picks=st.dictionaries(st.sampled_from(IDS), st.integers(0, 2), min_size=1))
    def ingest(self, file: str, picks: dict[str, int]) -> None:
        # ids are per file ("a-p1"), texts per id and version: an edit of a record is an update
        rows = {f"{file}-{i}": f"Abstract {file}-{i}, version {v}: a study of topic {i} with {v + 3} ablations." for i, v in picks.items()}
        write_jsonl(self.root / f"{file}.jsonl", rows)
        before = dict(self.expected)
        report = self.assistant.ingest([self.root / f"{file}.jsonl"])
        self.expected.update(rows)
        assert report.new == sum(rid not in before for rid in rows)
        assert report.updated == sum(rid in before and before[rid] != t for rid, t in rows.items())
        assert report.duplicates == sum(before.get(rid) == t for rid, t in rows.items())

    @rule(data=st.data())
    def remove_ids(self, data: st.DataObject) -> None:
        if not self.expected:
            return
        ids = data.draw(st.lists(st.sampled_from(sorted(self.expected)), min_size=1, max_size=3, unique=True))
        assert self.assistant.remove(ids) == len(ids)
        for rid in ids:
            del self.expected[rid]

    @rule(file=st.sampled_from(FILES))
    def remove_source(self, file: str) -> None:
        path = self.root / f"{file}.jsonl"
        mine = [rid for rid in self.expected if rid.startswith(f"{file}-")]
        if not path.exists():
            return
        try:
            removed = self.assistant.remove(source=path)
        except AssistantError:  # nothing of it stored any more: said so, nothing changed
            assert not mine
            return
        assert removed == len(mine)
        for rid in mine:
            del self.expected[rid]

    @invariant()
    def store_matches(self) -> None:
        store, lexical = self.assistant.store, self.assistant.lexical
        got = {rid: doc for ids, docs, _ in store.iter_all() for rid, doc in zip(ids, docs)}
        assert got == self.expected
        assert store.count() == len(self.expected)
        assert set(lexical.ids()) == set(self.expected) and lexical.count() == len(self.expected)


LibrarySequences.TestCase.settings = settings(max_examples=25, stateful_step_count=8, deadline=None, database=None,
                                              suppress_health_check=list(HealthCheck))
test_no_sequence_of_ingest_update_and_remove_loses_or_doubles_a_record = LibrarySequences.TestCase


# --- filters, remove, drop, collections ---------------------------------------------------------

ROWS = [
    {"id": "vaswani2017", "title": "Attention is all you need", "abstract": "The Transformer relies on attention alone for sequence transduction.",
     "authors": ["Vaswani, Ashish", "Shazeer, Noam"], "year": 2017, "venue": "NeurIPS", "keywords": ["attention", "translation"]},
    {"id": "devlin2019", "title": "BERT", "abstract": "BERT pre-trains deep bidirectional transformers with masked language modelling.",
     "authors": ["Devlin, Jacob"], "year": 2019, "venue": "NAACL", "keywords": ["pre-training"]},
    {"id": "jumper2021", "title": "AlphaFold", "abstract": "AlphaFold predicts protein structures with attention over residue pairs.",
     "authors": ["Jumper, John"], "year": 2021, "venue": "Nature", "keywords": ["protein structure", "attention"]},
]


@pytest.fixture()
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    f = tmp_path / "lib.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    a = fake_assistant(tmp_path / "store", collection="library")
    assert a.ingest([f]).new == 3
    return a, f


def test_filters_apply_to_both_retrieval_sides(library) -> None:  # type: ignore[no-untyped-def]
    a, _ = library
    for mode in ("dense", "bm25", "hybrid"):
        r = a.make_retriever(mode)
        where, allowed = a._restriction(a_filter(where="year >= 2019"))
        got = {s.id for s in r.retrieve("attention transformer protein", 3, allowed=allowed, where=where)}
        assert got and got <= {"devlin2019", "jumper2021"}, mode
    assert {s.id for s in a.retrieve("attention", k=3, author="Vaswani")} == {"vaswani2017"}
    assert {s.id for s in a.retrieve("attention", k=3, tag="protein structure")} == {"jumper2021"}
    assert {s.id for s in a.retrieve("attention", k=3, where="venue = 'NeurIPS' or year in [2021]")} == {"vaswani2017", "jumper2021"}


def a_filter(**kw: str):  # type: ignore[no-untyped-def]
    from assistant.filters import make_filter

    return make_filter(**kw)


def test_a_filter_that_matches_nothing_says_so(library) -> None:  # type: ignore[no-untyped-def]
    a, _ = library
    with pytest.raises(AssistantError, match="no abstract in collection 'library' matches"):
        a.retrieve("attention", where="year < 1990")
    with pytest.raises(AssistantError):
        a.retrieve("attention", where="year >>> 3")  # a malformed expression is an error, not a crash


def test_remove_by_id_and_unknown_ids_named(library) -> None:  # type: ignore[no-untyped-def]
    a, _ = library
    with pytest.raises(AssistantError, match="nope"):
        a.remove(["devlin2019", "nope"])
    assert a.store.count() == 3  # nothing removed when any id is unknown
    assert a.remove(["devlin2019"]) == 1
    assert set(a.store.all_ids()) == set(a.lexical.ids()) == {"vaswani2017", "jumper2021"}


def test_reingest_updates_in_place_and_collections_list_counts_and_sources(library) -> None:  # type: ignore[no-untyped-def]
    a, f = library
    rows = [dict(r) for r in ROWS]
    rows[2]["abstract"] += " It reaches atomic accuracy."
    rows[1]["year"] = 2018  # metadata only
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = a.ingest([f])
    assert (report.new, report.updated, report.duplicates) == (0, 2, 1)
    assert a.store.count() == 3 and "atomic accuracy" in a.store.collection.get(ids=["jumper2021"])["documents"][0]
    assert {s.id for s in a.retrieve("BERT masked", k=3, where="year = 2018")} == {"devlin2019"}
    [c] = [c for c in a.collections() if c["name"] == "library"]
    assert c["count"] == 3 and any("lib.jsonl" in str(s) for s in c["sources"])


def test_remove_by_source_then_drop(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, f = library
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x1", "abstract": "Diffusion models generate images by denoising."}) + "\n")
    a.ingest([other])
    assert a.remove(source=f) == 3
    assert set(a.store.all_ids()) == set(a.lexical.ids()) == {"x1"}
    assert a.drop() == 1
    assert "library" not in {c["name"] for c in fake_assistant(tmp_path / "store").collections()}
