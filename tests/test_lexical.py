"""The incremental BM25 index (assistant.lexical): bm25s's Lucene scores, add/remove/update, filters,
syncing with a real Chroma store by reading only what is missing, crash safety, concurrent writers.
No embedding model, no LLM: vectors are random 8-d ones."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant import lexical
from assistant.lexical import MANIFEST, LexicalIndex, tokenize
from assistant.schema import Record
from assistant.store import Store

REPO = Path(__file__).resolve().parent.parent
QUERIES = ["graph neural networks for molecules", "learning to learn sparse attention", "dark matter galaxies",
           "protein folding protein structure", "the of and", "robust optimisation of convex losses", "zzzz unknownword"]

# A child process that loads assistant.lexical without the package __init__ (which pulls in chromadb,
# langchain, torch): it starts in about a second.
CHILD_PRELUDE = f"""
import json, random, sys, types
from pathlib import Path
sys.path.insert(0, {str(REPO)!r})
pkg = types.ModuleType("assistant"); pkg.__path__ = [{str(REPO / "assistant")!r}]; sys.modules["assistant"] = pkg
from assistant.lexical import LexicalIndex
"""


def corpus(n: int = 200, seed: int = 0) -> list[tuple[str, str]]:
    """n (id, text) abstracts over a Zipf-distributed vocabulary with stopwords and inflections
    (so stemming and stopword removal matter), lengths 0 to 150 words."""
    rng = random.Random(seed)
    stems = ["graph", "neural", "network", "learn", "model", "molecul", "attent", "sparse", "galax", "dark",
             "matter", "protein", "fold", "structur", "optim", "convex", "loss", "robust", "kernel", "gradient",
             "diffus", "imag", "languag", "token", "embed", "cluster", "sampl", "bayes", "infer", "causal"]
    endings = ["", "s", "ing", "ed", "ation", "er", "ic", "ity"]
    extra = [f"w{i}x" for i in range(300)]
    words = [s + e for s in stems for e in endings] + extra
    weights = [1.0 / (i + 1) ** 1.05 for i in range(len(words))]
    stop = ["the", "of", "and", "in", "a", "to", "we", "is", "for", "with"]
    docs = []
    for i in range(n):
        k = rng.choice([0, 1, 3]) if i % 37 == 0 else rng.randint(5, 150)
        toks = rng.choices(words, weights, k=k) + rng.choices(stop, k=k // 4)
        rng.shuffle(toks)
        docs.append((f"doc-{i:04d}", " ".join(toks).capitalize() + "."))
    return docs


_references: dict[tuple[str, ...], Any] = {}


def reference(texts: list[str], query: str) -> np.ndarray:
    """bm25s's own Lucene BM25 scores of every text for the query."""
    import bm25s

    key = tuple(texts)
    if key not in _references:
        if len(_references) > 50:
            _references.clear()
        _references[key] = bm25s.BM25(method="lucene", k1=1.5, b=0.75)
        _references[key].index(tokenize(texts), show_progress=False)
    r = _references[key]
    known = [t for t in tokenize([query])[0] if t in r.vocab_dict]
    return np.asarray(r.get_scores(known), dtype=np.float64) if known else np.zeros(len(texts))


def full_scores(index: LexicalIndex, query: str, ids: list[str]) -> np.ndarray:
    got = dict(index.search([query], len(ids) + 10)[0])
    assert set(got) <= set(ids)
    return np.array([got.get(d, 0.0) for d in ids])


def assert_same_ranking(hits: list[tuple[str, float]], ids: list[str], ref: np.ndarray, n: int) -> None:
    """hits are the top n of the reference scores: each at its bm25s score, best first, nothing left
    out that scores higher (to float32 precision), exact ties in index order."""
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    assert len(hits) == min(n, int((ref > 0).sum()))
    at = {d: i for i, d in enumerate(ids)}
    np.testing.assert_allclose(scores, [ref[at[d]] for d, _ in hits], atol=1e-5, rtol=0)
    chosen = {d for d, _ in hits}
    if hits:
        assert max((ref[i] for i, d in enumerate(ids) if d not in chosen), default=0.0) <= scores[-1] + 1e-5
    for (d1, s1), (d2, s2) in zip(hits, hits[1:]):
        assert s1 > s2 or at[d1] < at[d2]


def assert_matches(index: LexicalIndex, docs: list[tuple[str, str]]) -> None:
    """The index holds exactly these documents, scored as bm25s scores them."""
    ids, texts = [d for d, _ in docs], [t for _, t in docs]
    assert sorted(index.ids()) == sorted(ids) and index.count() == len(ids)
    for q in QUERIES:
        np.testing.assert_allclose(full_scores(index, q, ids), reference(texts, q), atol=1e-5, rtol=0)


def holds(index: LexicalIndex, docs: dict[str, str]) -> bool:
    try:
        assert_matches(index, list(docs.items()))
    except AssertionError:
        return False
    return True


def manifest(directory: Path) -> dict[str, Any]:
    return json.loads((directory / MANIFEST).read_text())


# --- scoring -----------------------------------------------------------------------------
@pytest.fixture(params=["cache", "tiny-cache"])
def scoring_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Scored postings are cached per index state; with a tiny cache terms are dropped and
    gathered again all the time."""
    if request.param == "tiny-cache":
        monkeypatch.setattr(lexical, "POSTINGS_CACHE", 50)
    return str(request.param)


def test_scores_and_rankings_equal_bm25s_lucene(tmp_path: Path, scoring_path: str) -> None:
    docs = corpus()
    index = LexicalIndex(tmp_path / "bm25")
    for i in range(0, len(docs), 45):  # several segments, each extending the vocabulary
        index.add([d for d, _ in docs[i:i + 45]], [t for _, t in docs[i:i + 45]])
    ids, texts = [d for d, _ in docs], [t for _, t in docs]
    assert index.count() == 200 and index.ids() == ids
    assert len(manifest(tmp_path / "bm25")["segments"]) == 5
    for q in QUERIES:
        ref = reference(texts, q)
        np.testing.assert_allclose(full_scores(index, q, ids), ref, atol=1e-5, rtol=0)
        for n in (1, 10, 50):
            assert_same_ranking(index.search([q], n)[0], ids, ref, n)
    # batched queries give the same as one at a time
    assert index.search(QUERIES, 10) == [index.search([q], 10)[0] for q in QUERIES]
    assert index.search([], 10) == []
    assert index.search(["zzzz unknownword"], 10) == [[]]


def test_ties_keep_index_order(tmp_path: Path) -> None:
    index = LexicalIndex(tmp_path / "bm25")
    index.add(["c", "a"], ["Sparse kernels.", "Sparse kernels."])
    index.add(["b", "z"], ["Sparse kernels.", "Dense matrices."])
    hits = index.search(["sparse kernel"], 10)[0]
    assert [d for d, _ in hits] == ["c", "a", "b"] and len({s for _, s in hits}) == 1


def test_idf_is_lucenes_over_live_documents(tmp_path: Path) -> None:
    docs = corpus()
    index = LexicalIndex(tmp_path / "bm25")
    index.add([d for d, _ in docs], [t for _, t in docs])
    tokens = tokenize(["graph networks learning w5x", "neverseenword"])
    flat = tokens[0] + tokens[1]
    toks = tokenize([t for _, t in docs])

    def expected(n: int, df: int) -> float:
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    idf = index.idf(flat)
    for t in flat:
        assert idf[t] == pytest.approx(expected(200, sum(t in set(d) for d in toks)), abs=1e-9)
    assert idf["neverseenword"] == max(idf.values()) == pytest.approx(expected(200, 0))
    index.remove([d for d, _ in docs[:50]])
    idf = index.idf(flat)
    for t in flat:
        assert idf[t] == pytest.approx(expected(150, sum(t in set(d) for d in toks[50:])), abs=1e-9)


# --- add, remove, update, filters --------------------------------------------------------
def test_add_then_remove_equals_a_fresh_build_of_the_rest(tmp_path: Path, scoring_path: str) -> None:
    docs = corpus()
    index = LexicalIndex(tmp_path / "a")
    for i in range(0, 200, 50):
        index.add([d for d, _ in docs[i:i + 50]], [t for _, t in docs[i:i + 50]])
    rng = random.Random(1)
    gone = set(rng.sample([d for d, _ in docs], 30))  # under 20%: tombstones, no compaction
    index.remove(sorted(gone)[:12] + ["no-such-id"])
    index.remove(sorted(gone)[12:] + sorted(gone)[:3])  # removing twice is harmless
    assert manifest(tmp_path / "a")["deleted"] == 30
    rest = [(d, t) for d, t in docs if d not in gone]
    fresh = LexicalIndex(tmp_path / "b")
    fresh.add([d for d, _ in rest], [t for _, t in rest])
    assert index.ids() == fresh.ids() == [d for d, _ in rest]
    for q in QUERIES:
        mine, theirs = index.search([q], 20)[0], fresh.search([q], 20)[0]
        assert [d for d, _ in mine] == [d for d, _ in theirs]
        assert [s for _, s in mine] == pytest.approx([s for _, s in theirs], abs=1e-9)
        assert index.idf(tokenize([q])[0]) == pytest.approx(fresh.idf(tokenize([q])[0]))
    assert_matches(index, rest)
    # a removed id can come back
    index.add([docs[0][0]], [docs[0][1]])
    assert docs[0][0] in index.ids()


def test_update_replaces_the_old_text(tmp_path: Path) -> None:
    docs = corpus(60)
    index = LexicalIndex(tmp_path / "bm25")
    index.add([d for d, _ in docs], [t for _, t in docs])
    index.add(["doc-0005", "doc-0007", "doc-0007"], ["Galaxy rotation curves and dark matter halos.",
                                                     "First text, replaced below.", "Protein folding kinetics."])
    assert index.count() == 60 and sorted(index.ids()) == sorted(d for d, _ in docs)
    assert index.search(["galaxy rotation curves"], 1)[0][0][0] == "doc-0005"
    assert "doc-0007" not in dict(index.search(["first text replaced"], 60)[0])
    updated = dict(docs) | {"doc-0005": "Galaxy rotation curves and dark matter halos.", "doc-0007": "Protein folding kinetics."}
    assert_matches(index, list(updated.items()))


def test_allowed_restricts_results_before_ranking(tmp_path: Path) -> None:
    docs = corpus()
    index = LexicalIndex(tmp_path / "bm25")
    index.add([d for d, _ in docs], [t for _, t in docs])
    ids, texts = [d for d, _ in docs], [t for _, t in docs]
    allowed = {d for i, d in enumerate(ids) if i % 3 == 0} | {"not-indexed"}
    for q in QUERIES[:4]:
        ref = reference(texts, q)
        ref_allowed = np.where([d in allowed for d in ids], ref, 0.0)
        hits = index.search([q], 10, allowed=allowed)[0]
        assert {d for d, _ in hits} <= allowed
        assert_same_ranking(hits, ids, ref_allowed, 10)
        # `also` ids outside the filter are not returned either
        also = index.search([q], 3, also=[ids[:10]], allowed=allowed)[0]
        assert {d for d, _ in also} <= allowed and len(also) == 3 + len([d for d in ids[:10] if d in allowed and d not in dict(hits[:3])])
    assert index.search(["graph"], 10, allowed=set()) == [[]]


def test_also_appends_true_scores_of_other_candidates(tmp_path: Path) -> None:
    docs = corpus()
    index = LexicalIndex(tmp_path / "bm25")
    index.add([d for d, _ in docs], [t for _, t in docs])
    index.remove(["doc-0010"])
    ids, texts = [d for d, _ in docs], [t for _, t in docs]
    q = "graph neural networks for molecules"
    live = [(d, t) for d, t in docs if d != "doc-0010"]
    ref = dict(zip([d for d, _ in live], reference([t for _, t in live], q)))
    top = index.search([q], 3)[0]
    zero = next(d for d, t in live if ref[d] == 0.0)
    also = [top[0][0], "doc-0150", zero, "doc-0010", "unknown", "doc-0150", "doc-0020"]
    hits = index.search([q], 3, also=[also])[0]
    assert hits[:3] == top
    extra = hits[3:]
    assert [d for d, _ in extra] == [d for d in dict.fromkeys(also) if d in ref and d not in dict(top)]
    for d, s in extra:
        assert s == pytest.approx(ref[d], abs=1e-5)
    assert dict(extra)[zero] == 0.0
    assert len(ids) == len(texts)
    # a query that shares no term with anything: the `also` ids at 0.0
    assert index.search(["zzzz"], 3, also=[["doc-0001", "doc-0002"]])[0] == [("doc-0001", 0.0), ("doc-0002", 0.0)]


# --- segments, compaction, garbage, reloading ---------------------------------------------
def test_segments_are_merged_and_tombstones_compacted(tmp_path: Path) -> None:
    docs = corpus()
    directory = tmp_path / "bm25"
    index = LexicalIndex(directory)
    for i in range(0, 200, 5):  # 40 small adds
        index.add([d for d, _ in docs[i:i + 5]], [t for _, t in docs[i:i + 5]])
        assert len(manifest(directory)["segments"]) <= 16
    assert_matches(index, docs)
    index.remove([d for d, _ in docs[:30]])  # 15%: tombstones only
    assert manifest(directory)["deleted"] == 30
    index.remove([d for d, _ in docs[30:45]])  # 22.5%: everything is compacted
    m = manifest(directory)
    assert m["deleted"] == 0 and m["tombstones"] is None and len(m["segments"]) == 1 and m["count"] == 155
    assert_matches(index, docs[45:])
    index.add([d for d, _ in docs[:10]], [t for _, t in docs[:10]])
    index.remove(["doc-0100"])
    index.compact()
    m = manifest(directory)
    assert len(m["segments"]) == 1 and m["deleted"] == 0
    kept = [x for x in docs[45:] if x[0] != "doc-0100"] + docs[:10]
    assert_matches(index, kept)
    # the next write deletes what the manifest does not name; other files are left alone
    named = {m["vocab"], *(s["file"] for s in m["segments"])}
    (directory / "seg-999999.npz").write_bytes(b"half a segment")
    (directory / ".seg-000123.npz.4242.tmp").write_bytes(b"crash leftover")
    (directory / "notes.txt").write_text("not ours")
    index.add(["new"], ["Brand new abstract about kernels."])
    left = {p.name for p in directory.iterdir()}
    assert left >= named | {"notes.txt"} and "seg-999999.npz" not in left and ".seg-000123.npz.4242.tmp" not in left
    assert_matches(index, kept + [("new", "Brand new abstract about kernels.")])


def test_another_instance_sees_writes_and_readers_ignore_the_lock(tmp_path: Path) -> None:
    from filelock import FileLock

    docs = corpus(50)
    writer, reader = LexicalIndex(tmp_path / "bm25"), LexicalIndex(tmp_path / "bm25")
    assert reader.count() == 0 and reader.search(["graph"], 5) == [[]]
    writer.add([d for d, _ in docs[:30]], [t for _, t in docs[:30]])
    assert reader.count() == 30
    writer.add([d for d, _ in docs[30:]], [t for _, t in docs[30:]])
    writer.remove(["doc-0001"])
    assert reader.count() == 49 and "doc-0001" not in reader.ids()
    with FileLock(str(tmp_path / "bm25" / "write.lock")):  # a writer elsewhere holds the lock
        start = time.monotonic()
        assert reader.search(["graph"], 5)[0] and reader.count() == 49
        assert time.monotonic() - start < 2


# --- the store side: revision, ids, sync --------------------------------------------------
def make_store(path: Path, name: str = "test-abstracts") -> Store:
    import chromadb
    from chromadb.config import Settings

    return Store(chromadb.PersistentClient(path=str(path), settings=Settings(anonymized_telemetry=False)), name, "fake-model")


def records(docs: list[tuple[str, str]]) -> list[Record]:
    # every third one has a real title, which is indexed with the text
    return [Record(id=d, title=f"Title of {d}" if i % 3 == 0 else t[:20], title_derived=i % 3 != 0, text=t,
                   origin=f"test:{i}", content_hash=f"h-{d}-{hash(t) & 0xffff}") for i, (d, t) in enumerate(docs)]


def store_add(store: Store, docs: list[tuple[str, str]], seed: int = 0) -> None:
    store.add(records(docs), np.random.default_rng(seed).standard_normal((len(docs), 8)).astype(np.float32))


def indexed(store: Store) -> list[tuple[str, str]]:
    """What the index should hold for the store: (id, title + text as embedded)."""
    from assistant.store import embedding_text

    return [(i, embedding_text(doc, meta)) for page in store.iter_all() for i, doc, meta in zip(*page)]


class Counting:
    """A Store that counts what is read from it."""

    def __init__(self, store: Store) -> None:
        self.store, self.docs_read, self.full_reads, self.id_reads = store, 0, 0, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def get(self, ids: list[str]) -> dict[str, Any]:
        got = self.store.get(ids)
        self.docs_read += len(got)
        return got

    def iter_all(self) -> Any:
        self.full_reads += 1
        for page in self.store.iter_all():
            self.docs_read += len(page[0])
            yield page

    def all_ids(self) -> list[str]:
        self.id_reads += 1
        return self.store.all_ids()


def test_store_revision_ids_and_delete(tmp_path: Path) -> None:
    store = make_store(tmp_path / "chroma")
    assert store.revision() == "" and store.all_ids() == []
    store_add(store, corpus(30))
    first = store.revision()
    assert first and sorted(store.all_ids()) == [f"doc-{i:04d}" for i in range(30)]
    store.delete(["doc-0001", "doc-0002", "nope"])
    assert store.revision() not in ("", first) and store.count() == 28
    meta = store.client.get_collection(store.name).metadata
    assert meta["embedding_model"] == "fake-model" and meta["created_by"] == "assistant"  # merged, not replaced
    # a second handle (another client) sees the new revision, not a stale snapshot
    other = make_store(tmp_path / "chroma")
    before = other.revision()
    store.bump_revision()
    assert other.revision() != before


def test_bump_revision_on_a_legacy_collection_with_hnsw_metadata(tmp_path: Path) -> None:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"), settings=Settings(anonymized_telemetry=False))
    client.create_collection("legacy-abstracts", metadata={"hnsw:space": "cosine", "embedding_model": "fake-model"})
    store = Store(client, "legacy-abstracts", "fake-model")
    store.collection.add(ids=["x", "y"], embeddings=[[1.0, 0.0], [1.0, 1.0]])
    rev = store.bump_revision()
    assert store.revision() == rev
    assert client.get_collection("legacy-abstracts").metadata["embedding_model"] == "fake-model"
    # still cosine: distance 1 - cos(45 degrees)
    got = store.collection.query(query_embeddings=[[2.0, 0.0]], n_results=2, include=["distances"])
    assert got["distances"][0] == pytest.approx([0.0, 1 - 2 ** -0.5], abs=1e-5)


def test_sync_reads_only_what_is_missing(tmp_path: Path) -> None:
    docs = corpus(120)
    store = make_store(tmp_path / "chroma")
    store_add(store, docs[:100])
    index = LexicalIndex(tmp_path / "bm25")
    counted = Counting(store)
    assert index.sync(counted) is True and counted.full_reads == 1  # no index yet: built from the store
    assert_matches(index, indexed(store))
    assert index.in_step(store)

    counted = Counting(store)
    assert index.sync(counted) is False
    assert (counted.docs_read, counted.id_reads, counted.full_reads) == (0, 0, 0)  # in step: revision + count only

    store_add(store, docs[100:120], seed=1)  # written directly, as another client would
    store.delete(["doc-0003", "doc-0050", "doc-0099"])
    counted = Counting(store)
    assert index.sync(counted) is True
    assert (counted.docs_read, counted.id_reads, counted.full_reads) == (20, 1, 0)
    assert_matches(index, indexed(store))
    assert index.sync(Counting(store)) is False

    # the same count but other ids (one out, one in) is noticed through the revision
    store.delete(["doc-0010"])
    store_add(store, [("doc-9999", "Sparse attention for long documents.")], seed=2)
    counted = Counting(store)
    assert index.sync(counted) is True and counted.docs_read == 1
    assert_matches(index, indexed(store))


def test_a_second_client_picks_up_another_clients_abstracts(tmp_path: Path) -> None:
    docs = corpus(150)
    one, two = make_store(tmp_path / "chroma"), make_store(tmp_path / "chroma")
    store_add(one, docs[:130])
    cache_one, cache_two = LexicalIndex(tmp_path / "cache1" / "bm25"), LexicalIndex(tmp_path / "cache2" / "bm25")
    cache_one.sync(one)
    cache_two.sync(two)
    store_add(one, docs[130:], seed=3)  # client one ingests 20 abstracts...
    cache_one.add([r.id for r in records(docs[130:])], [r.embedding_text() for r in records(docs[130:])])
    counted = Counting(two)
    assert cache_two.sync(counted) is True
    assert (counted.docs_read, counted.full_reads) == (20, 0)  # ...client two reads just those 20
    assert_matches(cache_two, indexed(two))
    counted = Counting(one)
    assert cache_one.sync(counted) is True and counted.docs_read == 0  # it had them: only records the revision
    assert cache_one.sync(Counting(one)) is False


def test_a_deleted_or_corrupt_index_is_rebuilt_by_sync(tmp_path: Path) -> None:
    store = make_store(tmp_path / "chroma")
    store_add(store, corpus(80))
    directory = tmp_path / "bm25"
    index = LexicalIndex(directory)
    index.sync(store)
    shutil.rmtree(directory)
    counted = Counting(store)
    assert index.sync(counted) is True and counted.full_reads == 1
    assert_matches(index, indexed(store))
    (directory / MANIFEST).write_text("{not json")
    assert index.sync(store) is True
    assert_matches(index, indexed(store))
    segment = manifest(directory)["segments"][0]["file"]
    (directory / segment).unlink()
    fresh = LexicalIndex(directory)
    assert fresh.sync(store) is True
    assert_matches(fresh, indexed(store))


def test_an_index_of_an_earlier_format_is_rebuilt_by_sync(tmp_path: Path) -> None:
    """Format 1 stemmed British spellings as written: its terms no longer match a question's."""
    store = make_store(tmp_path / "chroma")
    store_add(store, corpus(40))
    directory = tmp_path / "bm25"
    LexicalIndex(directory).sync(store)
    data = manifest(directory)
    (directory / MANIFEST).write_text(json.dumps({**data, "format": 1}))
    assert LexicalIndex(directory).sync(store) is True
    assert manifest(directory)["format"] == lexical.FORMAT
    assert_matches(LexicalIndex(directory), indexed(store))


def test_british_and_american_spellings_find_each_other(tmp_path: Path) -> None:
    index = LexicalIndex(tmp_path / "bm25")
    index.add(["us", "other"], ["A defense that localizes tumors in the center of the image.", "Sparse kernels on GPUs."])
    assert [d for d, _ in index.search(["Which defence localises tumours in the centre?"], 2)[0]] == ["us"]
    assert tokenize(["optimisation behaviour"]) == tokenize(["optimization behavior"])


def test_the_old_bm25s_layout_is_replaced(tmp_path: Path) -> None:
    store = make_store(tmp_path / "chroma")
    store_add(store, corpus(40))
    directory = tmp_path / "bm25"
    (directory / "index").mkdir(parents=True)
    (directory / "index" / "params.index.json").write_text("{}")
    (directory / "ids.json").write_text("[]")
    (directory / MANIFEST).write_text(json.dumps({"count": 40}))
    index = LexicalIndex(directory)
    assert not index.in_step(store)
    assert index.sync(store) is True
    assert_matches(index, indexed(store))
    assert not (directory / "index").exists() and not (directory / "ids.json").exists()


# --- crashes and concurrent writers -------------------------------------------------------
class Crash(BaseException):
    """Stands for the process dying at this point."""


@pytest.mark.parametrize("operation", ["add", "remove", "compact"])
def test_a_crash_at_any_file_operation_leaves_the_old_or_the_new_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str) -> None:
    docs = corpus(90)
    base = docs[:60]
    after = {
        "add": dict(base) | dict(docs[60:]) | {"doc-0002": "Updated: galaxy dark matter halos."},
        "remove": {d: t for d, t in base if d not in {"doc-0004", "doc-0005", "doc-0006"}},
        "compact": {d: t for d, t in base if d != "doc-0001"},
    }[operation]
    point = 0
    while True:
        point += 1
        directory = tmp_path / f"{operation}-{point}"
        index = LexicalIndex(directory)
        index.add([d for d, _ in base[:30]], [t for _, t in base[:30]])
        index.add([d for d, _ in base[30:]], [t for _, t in base[30:]])
        (directory / ".seg-000077.npz.1.tmp").write_bytes(b"garbage")  # something for the next write to delete
        if operation == "compact":
            index.remove(["doc-0001"])
        before = {d: t for d, t in base if operation != "compact" or d != "doc-0001"}
        calls = 0

        def crashing(fn: Any) -> Any:
            def wrapped(*args: Any, **kwargs: Any) -> Any:
                nonlocal calls
                calls += 1
                if calls == point:
                    raise Crash(fn.__name__)
                return fn(*args, **kwargs)
            return wrapped

        with monkeypatch.context() as m:
            for name in ("replace", "fsync", "pwrite", "ftruncate", "unlink", "rename"):
                m.setattr(os, name, crashing(getattr(os, name)))
            try:
                if operation == "add":
                    new = docs[60:] + [("doc-0002", after["doc-0002"])]
                    index.add([d for d, _ in new], [t for _, t in new])
                elif operation == "remove":
                    index.remove(["doc-0004", "doc-0005", "doc-0006"])
                else:
                    index.compact()
                crashed = False
            except Crash:
                crashed = True
        reopened = LexicalIndex(directory)
        state = before if crashed and holds(reopened, before) else after
        assert_matches(reopened, list(state.items()))
        # and it takes the next write: leftovers collected, a torn vocabulary tail truncated
        reopened.add(["doc-extra"], ["Kernel methods for sparse galaxies, with new words: zyxwv qwerty."])
        assert_matches(reopened, list(state.items()) + [("doc-extra", "Kernel methods for sparse galaxies, with new words: zyxwv qwerty.")])
        assert not (directory / ".seg-000077.npz.1.tmp").exists()
        if not crashed:
            break
    assert point > 5  # every file operation of the write was a crash point


def _run_child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD_PRELUDE + script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


KILL_CHILD = """
directory, docs_file, seed = sys.argv[1:4]
docs = json.loads(Path(docs_file).read_text())
rng = random.Random(int(seed))
index = LexicalIndex(Path(directory))
index.add([d for d, _ in docs[:50]], [t for _, t in docs[:50]])  # an index exists, imports are warm
print("ready", flush=True)
n = 0
while True:
    n += 1
    batch = rng.sample(docs, rng.randint(1, 40))
    if rng.random() < 0.2:
        index.remove([d for d, _ in batch])
    else:  # the store's own texts, plus ids the store does not have (sync must drop them)
        batch += [(f"junk-{n}-{i}", f"junk words {n} {i} galaxy") for i in range(rng.randint(0, 3))]
        index.add([d for d, _ in batch], [t for _, t in batch])
"""


def test_kill_9_in_the_middle_of_add_leaves_a_loadable_index(tmp_path: Path) -> None:
    store = make_store(tmp_path / "chroma")
    store_add(store, corpus(150))
    docs = indexed(store)
    docs_file = tmp_path / "docs.json"
    docs_file.write_text(json.dumps(docs))
    delays = [0.2, 0.7]
    children = [(tmp_path / f"bm25-{i}", _run_child(KILL_CHILD, str(tmp_path / f"bm25-{i}"), str(docs_file), str(i)))
                for i in range(len(delays))]
    for (directory, child), delay in zip(children, delays):
        assert child.stdout is not None and child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(delay)
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        child.kill()  # SIGKILL
        child.wait()
    for directory, _ in children:
        index = LexicalIndex(directory)
        assert index.count() == len(index.ids()) > 0  # loads as it was left
        assert index.search(["galaxy dark matter"], 5)[0]
        counted = Counting(store)
        index.sync(counted)
        assert counted.full_reads == 0  # never broken: caught up, not rebuilt
        assert_matches(index, docs)


WRITER_CHILD = """
directory, prefix = sys.argv[1:3]
index = LexicalIndex(Path(directory))
print("ready", flush=True)
sys.stdin.readline()
for chunk in range(10):
    ids = [f"{prefix}-{chunk}-{i}" for i in range(10)]
    index.add(ids, [f"{prefix} abstract {chunk} {i} about sparse graph kernels" for i in range(10)])
    if chunk:  # re-add (update) one of the previous chunk's
        index.add([f"{prefix}-{chunk - 1}-0"], [f"{prefix} abstract {chunk - 1} 0 about sparse graph kernels"])
print("done", flush=True)
"""


def test_two_processes_adding_at_once(tmp_path: Path) -> None:
    directory = tmp_path / "bm25"
    children = [subprocess.Popen([sys.executable, "-c", CHILD_PRELUDE + WRITER_CHILD, str(directory), p],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for p in ("alpha", "beta")]
    for c in children:
        assert c.stdout is not None and c.stdout.readline().strip() == "ready"
    for c in children:  # go together
        assert c.stdin is not None
        c.stdin.write("\n")
        c.stdin.flush()
    for c in children:
        out, err = c.communicate(timeout=120)
        assert c.returncode == 0 and "done" in out, err
    index = LexicalIndex(directory)
    ids = index.ids()
    assert len(ids) == len(set(ids)) == 200
    expected = [(f"{p}-{c}-{i}", f"{p} abstract {c} {i} about sparse graph kernels") for p in ("alpha", "beta") for c in range(10) for i in range(10)]
    assert_matches(index, expected)
