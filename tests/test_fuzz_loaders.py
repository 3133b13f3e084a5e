"""Property-based tests of every reader (hypothesis): random bytes, odd encodings, wrong JSON types,
huge and empty fields, unbalanced braces and quotes, NUL bytes, control characters, escape sequences,
gzip (also truncated). Whatever the input:

- `read_file` never raises; it yields Records with non-empty, normalised, control-free text and an
  origin `file:line` (or `file:[i]`), or Rejections / Skipped with a reason;
- ingesting the same files twice into a real Chroma store (fake 8-d embedder, real BM25 index)
  stores every distinct valid abstract exactly once, and the second run changes nothing.

No embedding model, no LLM. Each property runs a bounded number of examples."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.corpus import normalise, read_file
from assistant.ingest import ingest
from assistant.lexical import LexicalIndex
from assistant.schema import Record, Rejection
from assistant.store import Store

MAX = 20_000
# FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_loaders.py hunts longer (CI keeps the default, well under a minute).
SCALE = int(os.environ.get("FUZZ_EXAMPLES", "0")) or 1
FUZZ = settings(max_examples=max(200, SCALE), deadline=None, database=None, suppress_health_check=list(HealthCheck))
FEW = settings(max_examples=max(50, SCALE // 20), deadline=None, database=None, suppress_health_check=list(HealthCheck))

# What must never survive reading: ESC, BEL, NUL and other controls, bidi overrides and isolates.
FORBIDDEN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\u200b]")

# --- text -----------------------------------------------------------------------------------------

HOSTILE = ["\x00", "\x07", "\x1b[2J", "\x1b]0;pwned\x07", "\x1b[31m", "\x1b", "\x9b", "\u202e", "\u2066", "\ufeff",
           "\u200b", "\r", "\n", "\r\n", "\t", "\x0c", '"', "'", "{", "}", "[", "]", "<", ">", "&", "%", "\\", "@",
           ",", ";", "#", "$", "~", "--", "\\emph{", "{\\\"u}", "$\\alpha$", "</AbstractText>", "<b>", "]]>",
           "ER  - ", "TY  - ", "PMID- ", "      ", "\udcff"]
chars = st.characters(blacklist_categories=("Cs",))
words = st.text(alphabet=st.sampled_from("abcdefghij klmnopqrstuvwxyz.ÄéΩ漢"), min_size=1, max_size=40)
texts = st.lists(st.one_of(words, st.text(chars, max_size=20), st.sampled_from(HOSTILE)), max_size=8).map("".join)
huge = st.builds(lambda c, n: c * n, st.sampled_from(["a", "ab ", " ", "é", "\x1b[0m", "{"]),
                 st.sampled_from([0, 1, MAX - 1, MAX + 1, 4 * MAX + 1, 150_000]))
field_text = st.one_of(texts, texts, texts, huge)
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                      st.floats(allow_nan=True, allow_infinity=True), field_text)
json_value = st.recursive(json_leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                             st.dictionaries(texts, inner, max_size=3)), max_leaves=6)
KEYS = ["id", "_id", "doc_id", "title", "abstract", "text", "summary", "authors", "author", "year", "date", "doi", "DOI",
        "venue", "journal", "keywords", "keyword", "categories", "tags", "type", "issued", "citation-key", "URL",
        "container-title", "editor"]
json_record = st.dictionaries(st.sampled_from(KEYS), json_value, max_size=7)
# a valid abstract most of the time, so ingest has something to store
# ids often repeat (the same id twice in a file is two abstracts, not an update of one)
good_record = st.fixed_dictionaries({"abstract": words}, optional={"id": st.one_of(st.sampled_from(["1", "2"]), words, st.integers(0, 3)),
                                                                   "title": texts})
csl_item = st.fixed_dictionaries(
    {"type": st.sampled_from(["article-journal", "paper-conference", "book"]), "title": field_text},
    optional={"abstract": json_value, "author": json_value, "issued": st.one_of(json_value, st.fixed_dictionaries(
        {"date-parts": st.lists(st.lists(json_leaf, max_size=3), max_size=2)})), "DOI": json_value,
        "id": json_value, "keyword": json_value, "citation-key": json_value, "container-title": json_value})


def _encode(text: str, how: str) -> bytes:
    if how == "mixed":
        half = len(text) // 2
        return text[:half].encode("utf-8", "surrogateescape") + text[half:].encode("latin-1", "replace")
    if how == "utf-16":  # BOM included
        return text.encode("utf-16", "surrogatepass")
    return codecs.encode(text, how, "replace") if how != "utf-8" else text.encode("utf-8", "surrogateescape")


encodings = st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "latin-1", "cp1252", "utf-16", "mixed"])


@st.composite
def mutated(draw: st.DrawFn, content: str) -> bytes:
    """Content, encoded somehow, maybe with a few bytes inserted, deleted or the tail cut off."""
    data = _encode(content, draw(encodings))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
        op = draw(st.sampled_from(["insert", "delete", "cut"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 16)):]
        else:
            data = data[:at]
    return data


def _lines(draw: st.DrawFn, make: st.SearchStrategy[str], n: int = 6) -> str:
    sep = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    return sep.join(draw(st.lists(make, min_size=1, max_size=n))) + draw(st.sampled_from(["", "\n"]))


@st.composite
def jsonl_content(draw: st.DrawFn) -> str:
    if draw(st.booleans()):  # mostly good records sharing a few ids
        pooled = st.fixed_dictionaries({"id": st.sampled_from(["1", "2", "3"]), "abstract": words}, optional={"title": words})
        return _lines(draw, st.one_of(pooled.map(json.dumps), pooled.map(json.dumps), texts), 6)
    line = st.one_of(good_record.map(json.dumps), good_record.map(json.dumps), json_record.map(lambda o: json.dumps(o, ensure_ascii=False)),
                     json_value.map(json.dumps), texts, st.just('{"abstract": "unterminated'), st.just("{"))
    return _lines(draw, line)


@st.composite
def json_content(draw: st.DrawFn) -> str:
    if draw(st.booleans()):  # a CSL-JSON export (Zotero): mostly CSL items
        items = draw(st.lists(st.one_of(csl_item, csl_item, csl_item, json_value), min_size=1, max_size=6))
    else:
        items = draw(st.lists(st.one_of(good_record, good_record, json_record, csl_item, json_value), min_size=1, max_size=6))
    text = json.dumps(items, ensure_ascii=draw(st.booleans()))
    return draw(st.sampled_from([text, text[: len(text) // 2], text + "]", text.replace('"', "", 1)]))


@st.composite
def csv_content(draw: st.DrawFn) -> str:
    header = draw(st.lists(st.sampled_from(["id", "title", "abstract", "text", "doi", "year", "", "Abstract ", "x"]),
                           min_size=1, max_size=5))
    if draw(st.booleans()):
        header.append("abstract")
    cell = st.one_of(words, texts, huge, st.just('"unbalanced'), st.just('a""b'))

    def row(values: list[str]) -> str:
        return ",".join(f'"{v}"' if i % 2 else v for i, v in enumerate(values))

    rows = draw(st.lists(st.lists(cell, max_size=len(header) + 2).map(row), min_size=1, max_size=5))
    return "\r\n".join([",".join(header), *rows]) + "\n"


@st.composite
def bibtex_content(draw: st.DrawFn) -> str:
    def entry(fields: dict[str, str], key: str, kind: str) -> str:
        open_, close = draw(st.sampled_from([("{", "}")] * 4 + [('"', '"'), ("{", ""), ("", "}"), ("{{", "}")]))
        body = ",\n".join(f"  {k} = {open_}{v}{close}" for k, v in fields.items())
        return f"@{kind}{{{key},\n{body}\n}}"

    fields = st.dictionaries(st.sampled_from(["title", "abstract", "author", "year", "doi", "url", "journal", "keywords",
                                              "editor", "date", "booktitle"]), field_text, max_size=5)
    entries = st.builds(entry, st.builds(lambda a, f: {"abstract": a, **f}, words, fields), st.one_of(words, st.just(""), st.just("dup")),
                        st.sampled_from(["article", "inproceedings", "misc", "string", "comment", "preamble", "Article"]))
    parts = draw(st.lists(st.one_of(entries, entries, texts), min_size=1, max_size=4))
    prefix = draw(st.sampled_from(["", "% Encoding: windows-1252\n", "% Encoding: no-such-codec\n", "@string{j = {J}}\n"]))
    return prefix + "\n\n".join(parts)


@st.composite
def ris_content(draw: st.DrawFn) -> str:
    tag = st.sampled_from(["TY", "TI", "T1", "AB", "N2", "AU", "A1", "PY", "Y1", "DO", "ID", "AN", "KW", "UR", "JO", "T2",
                           "ER", "XX", "M3"])
    line = st.one_of(st.builds(lambda t, v: f"{t}  - {v}", tag, field_text), texts)
    records = st.builds(lambda ab, ls: "\n".join(["TY  - JOUR", f"AB  - {ab}", *ls, "ER  - "]), words, st.lists(line, max_size=6))
    return _lines(draw, st.one_of(records, records, line), 4)


@st.composite
def nbib_content(draw: st.DrawFn) -> str:
    tag = st.sampled_from(["PMID", "TI", "AB", "FAU", "AU", "DP", "LID", "AID", "MH", "OT", "PT", "JT", "TA", "CN", "BTI"])
    line = st.one_of(st.builds(lambda t, v: f"{t:<4}- {v}", tag, field_text), field_text.map(lambda v: "      " + v),
                     words.map(lambda v: "      " + v), texts)
    record = st.builds(lambda pmid, ab, ls: "\n".join([f"PMID- {pmid}", f"AB  - {ab}", *ls]),
                       st.one_of(st.integers(0, 10**9).map(str), words), words, st.lists(line, max_size=4))
    return "\n\n".join(draw(st.lists(record, min_size=1, max_size=3)))


@st.composite
def xml_content(draw: st.DrawFn) -> str:
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;") if draw(st.booleans()) else s

    def article(pmid: str, title: str, parts: list[str]) -> str:
        abstract = "".join(f'<AbstractText Label="{esc(p[:5])}">{esc(p)}</AbstractText>' for p in parts)
        return (f"<PubmedArticle><MedlineCitation><PMID>{esc(pmid)}</PMID><Article><ArticleTitle>{esc(title)}</ArticleTitle>"
                f"<Abstract>{abstract}</Abstract><AuthorList><Author><LastName>{esc(title[:8])}</LastName></Author>"
                f"</AuthorList></Article></MedlineCitation></PubmedArticle>")

    arts = draw(st.lists(st.builds(article, words, st.one_of(words, field_text), st.lists(st.one_of(words, field_text), max_size=2)),
                         min_size=1, max_size=3))
    root = draw(st.sampled_from(["PubmedArticleSet", "PubmedArticleSet", "Other"]))
    text = f'<?xml version="1.0"?>\n<{root}>\n' + "\n".join(arts) + f"\n</{root}>\n"
    return draw(st.sampled_from([text, text[: len(text) * 2 // 3], text.replace(">", "", 1)]))


txt_content = st.composite(lambda draw: _lines(draw, st.one_of(words, texts, huge), 6))()
CONTENT = {".txt": txt_content, ".jsonl": jsonl_content(), ".json": json_content(), ".csv": csv_content(),
           ".tsv": csv_content().map(lambda s: s.replace(",", "\t")), ".bib": bibtex_content(), ".ris": ris_content(),
           ".nbib": nbib_content(), ".xml": xml_content()}


@st.composite
def input_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """(file name, bytes): a format's content, mutated and encoded, or plain random bytes; maybe gzipped."""
    ext = draw(st.sampled_from(sorted(CONTENT)))
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=3000))
    else:
        data = draw(mutated(draw(CONTENT[ext])))
    name = f"in{ext}"
    if draw(st.integers(0, 4)) == 0:
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(0, len(data)))]
        name += ".gz"
    return name, data


# --- properties ---------------------------------------------------------------------------------


def check_items(items: list[object], label: str) -> None:
    for item in items:
        if isinstance(item, Record):
            assert item.text and item.text == normalise(item.text), item
            assert not FORBIDDEN.search(item.text) and not FORBIDDEN.search(item.title) and not FORBIDDEN.search(item.id)
            assert not FORBIDDEN.search(json.dumps(item.metadata, ensure_ascii=False, default=str))
            assert len(item.text) <= MAX and item.id and item.title
            assert re.fullmatch(re.escape(label) + r":(\d+|\[\d+\])", item.origin), item.origin
        else:
            assert isinstance(item, Rejection), item
            assert item.reason.strip(), item
            assert item.origin == label or re.fullmatch(re.escape(label) + r":(\d+|\[\d+\])", item.origin), item.origin


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@FUZZ
@given(input_file())
def test_any_input_reads_into_records_or_reasons(file: tuple[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), *file)
        items = list(read_file(path, max_chars=MAX))
        check_items(items, str(path))


@FUZZ
@given(st.sampled_from(sorted(CONTENT)), st.binary(max_size=5000))
def test_random_bytes_under_every_extension(ext: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), f"r{ext}", data)
        check_items(list(read_file(path, max_chars=MAX)), str(path))


class FakeEmbedder:
    """Deterministic normalised 8-d vectors from a hash of the text: no model."""

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        out = np.array([np.frombuffer(hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest()[:32], dtype=np.uint8)[:8]
                        for t in texts], dtype=np.float32).reshape(len(texts), 8) + 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def snapshot(store: Store) -> dict[str, tuple[str, str]]:
    """id -> (document, content hash) of everything stored."""
    out = {}
    for ids, docs, metas in store.iter_all():
        for rid, doc, meta in zip(ids, docs, metas):
            out[rid] = (doc, meta.get("content_hash"))
    return out


@FEW
@given(st.lists(input_file(), min_size=1, max_size=3), st.sampled_from([1, 2, 5, 512]))
def test_ingest_twice_stores_each_valid_abstract_once(files: list[tuple[str, bytes]], chunk: int) -> None:
    import chromadb
    from chromadb.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        paths = [write(root / "in", f"{i}{name}", data) for i, (name, data) in enumerate(files)]
        records = [i for p in paths for i in read_file(p, max_chars=MAX) if isinstance(i, Record)]
        expected: dict[str, str] = {}
        for r in records:
            expected.setdefault(r.content_hash, r.text)
        client = chromadb.PersistentClient(path=str(root / "store"), settings=Settings(anonymized_telemetry=False))
        try:
            store = Store(client, "fuzz", "fake-8d")
            lexical = LexicalIndex(root / "store" / "bm25" / "fuzz")
            first = ingest(store, lexical, FakeEmbedder(), paths, max_chars=MAX, chunk_size=chunk)
            stored = snapshot(store)
            assert first.new == len(expected) == len(stored) == store.count()
            assert {h: d for d, h in stored.values()} == expected  # every distinct abstract, once, intact
            assert first.read == first.new + first.duplicates + first.rejected + first.skipped
            assert lexical.count() == store.count() and set(lexical.ids()) == set(stored)

            second = ingest(store, lexical, FakeEmbedder(), paths, max_chars=MAX, chunk_size=chunk)
            assert (second.new, second.updated) == (0, 0)
            assert snapshot(store) == stored
            assert lexical.count() == store.count() and set(lexical.ids()) == set(stored)
            assert second.duplicates == first.new + first.duplicates
        finally:
            client.close()


def test_hostile_text_is_clean_at_read_time(tmp_path: Path) -> None:
    """The fixed cases behind the properties: escape sequences, controls and bidi overrides go, text stays."""
    f = tmp_path / "h.jsonl"
    f.write_text("\n".join(json.dumps(o) for o in [
        {"id": "a\x1b[2J", "title": "T\x07itle \u202eevil", "abstract": "Clear\x1b[2J screen\x1b]0;pwned\x07 and\x00 red \x1b[31mtext\x1b[0m.",
         "authors": ["Ev\x1bil"]},
        {"abstract": "\x1b[2J\x07\x00"},  # nothing left: empty
    ]) + "\n")
    rec, rej = list(read_file(f, MAX))
    assert isinstance(rec, Record) and isinstance(rej, Rejection) and rej.reason == "empty abstract"
    assert (rec.id, rec.title, rec.text) == ("a", "Title evil", "Clear screen and red text.")
    assert rec.metadata == {"authors": ["Evil"]}


def test_wrong_json_types_are_rejections_not_crashes(tmp_path: Path) -> None:
    f = tmp_path / "t.json"
    f.write_text(json.dumps([{"abstract": 42}, {"abstract": ["a"]}, {"abstract": None}, None, 7, "s", [1], {"abstract": "Fine."}]))
    items = list(read_file(f, MAX))
    check_items(items, str(f))
    assert [type(i).__name__ for i in items] == ["Rejection"] * 7 + ["Record"]
    # CSL-JSON: a list as "type" raised TypeError (found by the fuzzer), an infinite year OverflowError
    csl = tmp_path / "csl.json"
    csl.write_text(json.dumps([
        {"type": "article-journal", "title": "A", "abstract": "CSL text one.", "issued": {"date-parts": [[float("inf")]]}},
        {"type": ["article-journal"], "title": "B", "abstract": "CSL text two.", "author": [{"family": "X"}]},
        {"type": "article-journal", "title": "C", "abstract": "CSL text three.", "issued": {"date-parts": [[float("nan"), 1]]},
         "author": [{"family": 7, "given": None}, "junk", {"literal": ["L"]}], "DOI": 5, "keyword": [1, "kw"]},
    ]))
    items = list(read_file(csl, MAX))
    check_items(items, str(csl))
    assert [i.text for i in items if isinstance(i, Record)] == ["CSL text one.", "CSL text two.", "CSL text three."]


def _store(root: Path) -> tuple[object, Store, LexicalIndex]:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(root / "store"), settings=Settings(anonymized_telemetry=False))
    return client, Store(client, "dups", "fake-8d"), LexicalIndex(root / "store" / "bm25" / "dups")


def test_same_id_twice_in_a_file_is_two_abstracts_on_every_run(tmp_path: Path) -> None:
    """Found by the ingest property: the second record with an id already used in the same file was
    stored under a suffixed id on the first run, then taken for an update of the first on the next
    run (the first abstract overwritten, and the two swapping on every run after)."""
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "1", "abstract": "Alpha text."}) + "\n" + json.dumps({"id": "1", "abstract": "Beta text."}) + "\n")
    client, store, lexical = _store(tmp_path)
    try:
        for run in range(3):
            report = ingest(store, lexical, FakeEmbedder(), [f], max_chars=MAX, chunk_size=1)
            assert (report.new, report.updated, report.duplicates) == ((2, 0, 0) if run == 0 else (0, 0, 2))
            docs = {rid: doc for rid, (doc, _) in snapshot(store).items()}
            assert docs["1"] == "Alpha text." and sorted(docs.values()) == ["Alpha text.", "Beta text."]
        # a real change of the file still updates the record in place
        f.write_text(json.dumps({"id": "1", "abstract": "Alpha text, revised."}) + "\n" + json.dumps({"id": "1", "abstract": "Beta text."}) + "\n")
        report = ingest(store, lexical, FakeEmbedder(), [f], max_chars=MAX, chunk_size=1)
        assert (report.new, report.updated) == (0, 1)
        docs = {rid: doc for rid, (doc, _) in snapshot(store).items()}
        assert docs["1"] == "Alpha text, revised." and len(docs) == 2 and lexical.count() == 2
    finally:
        client.close()  # type: ignore[attr-defined]
