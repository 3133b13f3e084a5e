"""One renderer of an Answer (plain, Markdown, Rich, BibTeX): what users read, and what it must never print."""

from __future__ import annotations

import io

from rich.console import Console

from assistant.render import (
    answer_bibtex,
    answer_markdown,
    answer_plain,
    answer_rich,
    clean,
    label,
    short_citation,
)
from assistant.schema import Answer, Citation, Source

ESC = "\x1b"


def source(n: int = 1, **meta: object) -> Source:
    return Source(number=n, id=f"id{n}", title="Attention Is All You Need", text="The Transformer uses attention only.",
                  score=0.8, origin="lib.bib:3", metadata=dict(meta))


def answer(**meta: object) -> Answer:
    src = source(**meta)
    c = Citation(**src.model_dump(), quote="The Transformer uses attention only.", support=0.9)
    return Answer(question="What does the Transformer use?", text="It uses attention only [1].", citations=[c], sources=[src], grounded=True)


def test_citations_read_like_a_bibliography() -> None:
    assert short_citation({"authors": ["Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki"], "year": 2017}) == "Vaswani et al., 2017"
    assert short_citation({"authors": ["Jane Smith", "Bo Jones"], "year": 2020}) == "Smith and Jones, 2020"
    assert short_citation({"authors": ["Smith, Jane"], "date": "2020-05-01"}) == "Smith, 2020"
    assert short_citation({}) is None
    assert label(source(authors=["Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki"], year=2017)) == "Vaswani et al., 2017. Attention Is All You Need"
    assert label(source(title_derived=True)).startswith("(untitled) ")


def test_plain_markdown_and_rich_show_the_same_references() -> None:
    a = answer(authors=["Vaswani, Ashish"], year=2017, doi="10.5555/3295222")
    plain = answer_plain(a)
    assert "[1] Vaswani, 2017. Attention Is All You Need (id1, lib.bib:3)" in plain and str(a) == plain
    md = answer_markdown(a)
    assert md.startswith("## What does the Transformer use?") and "**References**" in md
    assert "1. Vaswani, 2017. Attention Is All You Need (id1, lib.bib:3) <https://doi.org/10.5555/3295222>" in md
    buf = io.StringIO()
    answer_rich(Console(file=buf, width=200, color_system=None), a)
    assert "Vaswani, 2017. Attention Is All You Need" in buf.getvalue() and "support 0.90" in buf.getvalue()


def test_bibtex_keeps_the_original_entry_or_builds_one() -> None:
    original = "@article{vaswani2017,\n  title = {Attention Is All You Need}\n}"
    assert answer_bibtex(answer(bibtex=original)).strip() == original
    built = answer_bibtex(answer(authors=["Vaswani, Ashish"], year=2017, venue="NeurIPS"))
    assert built.startswith("@article{id1,") and "author = {Vaswani, Ashish}" in built and "year = {2017}" in built


def test_no_escape_sequence_from_an_abstract_reaches_the_terminal() -> None:
    evil = f"Results{ESC}[2J{ESC}]0;pwned{chr(7)} hold.{ESC}[31m red\u202e"
    assert clean(evil) == "Results hold. red"
    a = Answer(question="q?", text=f"Bad {ESC}[2J text [1].", sources=[source()], citations=[Citation(**source().model_dump(), quote=evil)])
    for out in (answer_plain(a), answer_markdown(a), answer_bibtex(a)):
        assert ESC not in out and "\x07" not in out
    buf = io.StringIO()
    answer_rich(Console(file=buf, width=200, force_terminal=True), a)
    assert "[2J" not in buf.getvalue() and "pwned" not in buf.getvalue()
