"""Reading abstracts from the supported formats, and rejecting bad input with file:line messages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from assistant.corpus import derive_title, discover, read_file
from assistant.schema import Record, Rejection

MAX = 20_000


def items(path: Path) -> tuple[list[Record], list[Rejection]]:
    got = list(read_file(path, MAX))
    return [i for i in got if isinstance(i, Record)], [i for i in got if isinstance(i, Rejection)]


def test_txt_one_abstract_per_line_with_origin_and_derived_title(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("First   abstract about graphs.  More text.\n\n  Second abstract.\n")
    recs, rej = items(f)
    assert not rej
    assert [r.text for r in recs] == ["First abstract about graphs. More text.", "Second abstract."]
    assert [r.origin for r in recs] == [f"{f}:1", f"{f}:3"]
    assert recs[0].title_derived and recs[0].title == "First abstract about graphs"
    assert len(recs[0].id) == 12  # short content hash


def test_jsonl_beir_and_arxiv_fields(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(
        json.dumps({"_id": "4983", "title": "Micro", "text": "Alterations of the architecture."}) + "\n"
        + json.dumps({"id": "2503.1", "title": "GS", "abstract": "Sensor sim.", "authors": ["A", "B"], "categories": ["cs.CV"], "year": 2025}) + "\n"
    )
    recs, rej = items(f)
    assert not rej
    assert (recs[0].id, recs[0].title, recs[0].title_derived) == ("4983", "Micro", False)
    assert recs[1].metadata == {"authors": ["A", "B"], "categories": ["cs.CV"], "year": 2025}


def test_json_array_csv_tsv_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([{"id": 1, "title": "T", "abstract": "Array abstract."}]))
    (tmp_path / "b.csv").write_text('id,title,abstract,doi\n7,"A, title","CSV abstract, with comma.",10.1/x\n')
    (tmp_path / "c.tsv").write_text("id\ttext\n8\tTSV abstract.\n")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt") as g:
        g.write(json.dumps({"id": "z", "text": "Gzipped abstract."}) + "\n")
    files, rej = discover([tmp_path])
    assert not rej and len(files) == 4
    texts = {r.text: r for f in files for r in items(f)[0]}
    assert set(texts) == {"Array abstract.", "CSV abstract, with comma.", "TSV abstract.", "Gzipped abstract."}
    assert texts["CSV abstract, with comma."].metadata == {"doi": "10.1/x"}
    assert texts["Array abstract."].id == "1"


def test_bad_input_is_rejected_per_line_and_good_lines_survive(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(
        b'{"id": "ok1", "text": "A good abstract."}\n'
        b'{"id": "bad", "text": \n'                      # malformed JSON
        b'{"id": "e", "text": "   "}\n'                  # empty abstract
        b'{"id": "u", "text": "caf\xe9 latin-1"}\n'      # invalid UTF-8
        b'{"id": "n", "title": "no text"}\n'             # no abstract field
        + b'{"id": "big", "text": "' + b"x" * 1_000_000 + b'"}\n'  # 1 MB line
        + b'{"id": "ok2", "text": "Another good abstract."}\n'
    )
    recs, rej = items(f)
    assert [r.id for r in recs] == ["ok1", "ok2"]
    reasons = {r.origin: r.reason for r in rej}
    assert reasons[f"{f}:2"].startswith("malformed JSON")
    assert reasons[f"{f}:3"] == "empty abstract"
    assert reasons[f"{f}:4"].startswith("invalid UTF-8")
    assert reasons[f"{f}:5"].startswith("no abstract")
    assert reasons[f"{f}:6"].startswith("abstract too long")


def test_whole_file_problems(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("\n \n")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "notext.csv").write_text("id,title\n1,x\n")
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    for name, expected in [("empty.txt", "empty file"), ("bin.txt", "binary file"),
                           ("notext.csv", "no text column"), ("broken.txt.gz", "corrupt gzip")]:
        recs, rej = items(tmp_path / name)
        assert not recs and len(rej) == 1, name
        assert rej[0].reason.startswith(expected) and rej[0].origin == str(tmp_path / name)


def test_discover_reports_missing_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "paper.pdf").write_bytes(b"%PDF")
    files, rej = discover([tmp_path / "nope.txt", tmp_path / "paper.pdf"])
    assert files == []
    assert [r.reason.split(" (")[0] for r in rej] == ["no such file or directory", "unsupported file type"]


def test_derived_title_is_short() -> None:
    title = derive_title("Existing knowledge graph (KG) embedding models have primarily focused on static KGs. However")
    assert title == "Existing knowledge graph (KG) embedding models have primarily focused…"


def test_a_bad_byte_in_a_csv_column_name_loses_no_abstract(tmp_path: Path) -> None:
    # found by the loader fuzz test: the column name kept the bad byte as a lone surrogate, and storing
    # the record's metadata then failed with a traceback
    from assistant.corpus import read_file

    path = tmp_path / "in.csv"
    path.write_bytes(b'\x80id,abstract\r\na,"A study of unbalanced data."\n')
    record, = list(read_file(path, 10_000))
    assert record.text == "A study of unbalanced data." and record.metadata == {"\ufffdid": "a"}
    assert len(record.record_hash()) == 32


def test_a_lone_surrogate_escape_in_json_is_kept_as_a_replacement_character(tmp_path: Path) -> None:
    # valid JSON, but "\udcff" alone cannot be stored as UTF-8 (found by the loader fuzz test)
    from assistant.corpus import read_file

    path = tmp_path / "in.jsonl"
    path.write_text('{"abstract": "Results \\udcff hold.", "title": "\\udcff", "note\\ud800": "x"}\n')
    record, = list(read_file(path, 10_000))
    assert record.text == "Results \ufffd hold." and record.title == "\ufffd" and record.metadata == {"note\ufffd": "x"}
    assert len(record.record_hash()) == 32
