"""Reference-manager exports (BibTeX, RIS, CSL-JSON, PubMed MEDLINE and XML): records with readable
titles and shared metadata, entries without abstract skipped (not rejected), malformed entries rejected
with file:line. No embedding model and no LLM: the readers are tested directly."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.bibliography import (
    latex_to_text,
    looks_like_csl,
    normalise_doi,
    short_citation,
)
from assistant.corpus import discover, file_format, read_file
from assistant.errors import InputRejected
from assistant.ingest import ingest
from assistant.schema import IngestReport, Record, Rejection, Skipped

MAX = 20_000
FIX = Path(__file__).parent / "fixtures" / "bibliography"


def read(path: Path) -> tuple[dict[str, Record], list[Skipped], list[Rejection]]:
    got = list(read_file(path, MAX))
    records = {i.id: i for i in got if isinstance(i, Record)}
    assert len(records) == sum(isinstance(i, Record) for i in got), "ids must be unique within a file"
    skipped = [i for i in got if isinstance(i, Skipped)]
    rejected = [i for i in got if isinstance(i, Rejection) and not isinstance(i, Skipped)]
    return records, skipped, rejected


def assert_readable(r: Record) -> None:
    for s in (r.title, r.text, *r.metadata.get("authors", []), r.metadata.get("venue", "")):
        assert not any(c in s for c in "{}\\$"), s
        assert "  " not in s, s


# ---------------------------------------------------------------------------------------------- BibTeX


def test_zotero_bibtex() -> None:
    f = FIX / "zotero.bib"
    recs, skipped, rejected = read(f)
    assert not rejected
    assert list(recs) == ["vaswani_attention_2017", "jumper_highly_2021", "brown_language_2020"]
    v = recs["vaswani_attention_2017"]
    assert (v.title, v.title_derived, v.origin) == ("Attention is All you Need", False, f"{f}:2")
    assert v.text.startswith("The dominant sequence transduction models")
    assert v.metadata["authors"][:2] == ["Vaswani, Ashish", "Shazeer, Noam"]
    assert v.metadata["authors"][6] == "Kaiser, Łukasz" and len(v.metadata["authors"]) == 8
    assert v.metadata["year"] == 2017
    assert v.metadata["venue"] == "Advances in Neural Information Processing Systems"
    assert v.metadata["keywords"] == ["Computer Science - Computation and Language", "Computer Science - Machine Learning"]
    assert v.metadata["entry_type"] == "inproceedings"
    assert "doi" not in v.metadata and v.metadata["url"].startswith("https://proceedings.neurips.cc/")
    j = recs["jumper_highly_2021"]
    assert j.title == "Highly accurate protein structure prediction with AlphaFold"
    assert "Only about 17% of the residues" in j.text and "atomic accuracy >90% of the time" in j.text
    assert j.metadata["doi"] == "10.1038/s41586-021-03819-2" and j.metadata["venue"] == "Nature"
    assert "Žídek, Augustin" in j.metadata["authors"]
    b = recs["brown_language_2020"]
    assert "question-answering & cloze" in b.text and b.metadata["venue"] == "arXiv"
    assert b.metadata["doi"] == "10.48550/arxiv.2005.14165"  # bare and lowercase
    # The raw entry is kept for export, exactly as written.
    raw = j.metadata["bibtex"]
    assert raw.startswith("@article{jumper_highly_2021,") and raw.endswith("}") and raw in f.read_text()
    assert [(s.origin, "he_deep_2016" in s.reason) for s in skipped] == [(f"{f}:53", True)]
    for r in recs.values():
        assert_readable(r)


def test_jabref_bibtex_latex_strings_and_comments() -> None:
    f = FIX / "jabref.bib"
    recs, skipped, rejected = read(f)
    assert not rejected  # @String, @Preamble and @Comment blocks are neither records nor errors
    assert list(recs) == ["Hochreiter1997", "Devlin2019", "Touvron2023"]
    h = recs["Hochreiter1997"]
    assert h.metadata["authors"] == ["Hochreiter, Sepp", "Schmidhuber, Jürgen"]
    assert h.metadata["venue"] == "Neural Computation"  # journal = neco, an @String reference
    assert "We introduce long short-term memory (LSTM)" in h.text  # \emph{...} unwrapped
    assert h.text.endswith("weight is O(1).")
    assert h.metadata["keywords"] == ["recurrent networks", "vanishing gradient"]
    assert (h.metadata["year"], h.origin) == (1997, f"{f}:7")
    d = recs["Devlin2019"]
    assert d.title == "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    assert "We present BERT," in d.text and "question answering & language inference" in d.text
    assert "GLUE score to 80.5%" in d.text
    assert d.metadata["doi"] == "10.18653/v1/n19-1423"  # https://doi.org/ prefix dropped
    assert d.metadata["keywords"] == ["language models", "pre-training"]  # ';'-separated
    assert "North American Chapter" in d.metadata["venue"]
    t = recs["Touvron2023"]
    assert t.title == "LLaMA: Open and Efficient Foundation Language Models"
    assert {"Lacroix, Timothée", "Rozière, Baptiste"} <= set(t.metadata["authors"])
    assert "a peak α and" in t.text and "Schrödinger-style" in t.text and "École Polytechnique" in t.text
    assert [s.origin for s in skipped] == [f"{f}:51"] and "Goodfellow2016" in skipped[0].reason
    for r in recs.values():
        assert_readable(r)


def test_mendeley_bibtex() -> None:
    f = FIX / "mendeley.bib"
    recs, skipped, rejected = read(f)
    assert not rejected  # the "Automatically generated by Mendeley" header is a comment
    assert list(recs) == ["Mikolov2013", "Devlin2018", "VanDerMaaten2008"]
    m = recs["Mikolov2013"]
    assert m.title == "Efficient Estimation of Word Representations in Vector Space"  # {{...}} unwrapped
    assert "about 60% accuracy" in m.text
    assert "GLUE score of 80.5% (7.7% point absolute improvement)" in recs["Devlin2018"].text
    assert recs["Devlin2018"].metadata["keywords"] == ["BERT", "language models", "transformers"]
    t = recs["VanDerMaaten2008"]
    assert t.metadata["authors"] == ["van der Maaten, Laurens", "Hinton, Geoffrey"]
    assert "a new technique called “t-SNE” that" in t.text
    assert short_citation(t.metadata) == "van der Maaten and Hinton, 2008"
    assert [s.origin for s in skipped] == [f"{f}:35"]


def test_bibtex_gzip_reads_the_same() -> None:
    plain = list(read_file(FIX / "zotero.bib", MAX))
    gz = list(read_file(FIX / "zotero.bib.gz", MAX))
    assert file_format(FIX / "zotero.bib.gz") == "bibtex"
    assert [(type(i), getattr(i, "id", None), getattr(i, "text", None)) for i in gz] == \
        [(type(i), getattr(i, "id", None), getattr(i, "text", None)) for i in plain]
    assert gz[0].origin == f"{FIX / 'zotero.bib.gz'}:2"


def test_malformed_bibtex_rejects_entries_with_lines_and_keeps_the_rest() -> None:
    f = FIX / "malformed.bib"
    got = list(read_file(f, MAX))
    rejected = [i for i in got if type(i) is Rejection]
    assert [r.origin for r in rejected] == [f"{f}:8", f"{f}:20"]
    assert "unclosed_2021" in rejected[0].reason and "nocomma_2023" in rejected[1].reason
    records = [i for i in got if isinstance(i, Record)]
    # A repeated citation key is still read (ingest makes the id unique).
    assert [(r.id, r.origin) for r in records] == [
        ("good_one_2020", f"{f}:1"), ("good_two_2022", f"{f}:13"), ("good_one_2020", f"{f}:22")]


def test_bibtex_odd_inputs(tmp_path: Path) -> None:
    f = tmp_path / "odd.bib"
    f.write_bytes(
        "% Encoding: windows-1252\n\n@article{latin1, title = {Caf\xe9 society}, author = {M\xfcller, Jan},"
        " abstract = {An abstract with an unescaped 5% that LaTeX would treat as a comment.}}\n".encode("cp1252"))
    [r] = list(read_file(f, MAX))
    assert isinstance(r, Record)
    assert (r.title, r.metadata["authors"]) == ("Café society", ["Müller, Jan"])
    assert r.text == "An abstract with an unescaped 5% that LaTeX would treat as a comment."
    bad = tmp_path / "bad-utf8.bib"
    bad.write_bytes(b"@article{ok, title={Fine}, abstract={Readable.}}\n@article{bad, title={Caf\xe9}, abstract={x}}\n")
    got = list(read_file(bad, MAX))
    assert isinstance(got[0], Record)
    assert type(got[1]) is Rejection and got[1].origin == f"{bad}:2" and "UTF-8" in got[1].reason
    none = tmp_path / "none.bib"
    none.write_text("just some notes, no entries\n")
    [r] = list(read_file(none, MAX))
    assert type(r) is Rejection and "no BibTeX entries" in r.reason


@pytest.mark.parametrize(("latex", "text"), [
    (r'{\"u}ber', "über"),
    (r"{BERT}: Pre-training", "BERT: Pre-training"),
    (r"\emph{x} and \textit{y}", "x and y"),
    ("pages 4171--4186 and---here", "pages 4171–4186 and—here"),
    (r"93.2{\%} and 5\% and \& and \_", "93.2% and 5% and & and _"),
    (r"Caf{\'e} na{\"\i}ve Gr\"{o}{\ss}e S\o ren {\c c}a \v{S}koda", "Café naïve Größe Søren ça Škoda"),
    (r"$\alpha$-helix, $O(n)$ and $\sim$90 GB", "α-helix, O(n) and ∼90 GB"),
    (r"{\textgreater}90{\%} {\textless}5", ">90% <5"),
    (r"``quoted'' text", "“quoted” text"),
    (r"\mbox{GPT-3} and \textsc{Bert} in {\em italics}", "GPT-3 and Bert in italics"),
    (r"\LaTeX{} is \url{http://x.org/a_b}", "LaTeX is http://x.org/a_b"),
    (r"unknown \macro{argument} stays readable", "unknown argument stays readable"),
    (r"unbalanced {brace and trailing \ ", "unbalanced brace and trailing"),
    ("plain text, unchanged", "plain text, unchanged"),
])
def test_latex_to_text(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text


# ---------------------------------------------------------------------------------------------- RIS


def test_zotero_ris() -> None:
    f = FIX / "zotero.ris"
    recs, skipped, rejected = read(f)
    assert not rejected
    ids = list(recs)
    assert ids[0] == "10.1038/s41586-021-03819-2"  # DO normalised: no https://doi.org/, lowercase
    assert ids[2] == "10.48550/arxiv.2005.14165"
    a = recs["10.1038/s41586-021-03819-2"]
    assert (a.title, a.origin, a.metadata["year"], a.metadata["venue"]) == (
        "Highly accurate protein structure prediction with AlphaFold", f"{f}:1", 2021, "Nature")
    assert a.metadata["authors"] == ["Jumper, John", "Evans, Richard", "Pritzel, Alexander", "Hassabis, Demis"]
    assert a.metadata["keywords"] == ["Machine learning", "Protein structure predictions"]
    assert a.metadata["entry_type"] == "JOUR" and a.metadata["url"].startswith("https://www.nature.com/")
    # No DO, ID or AN: the content hash is the id. Continuation lines are joined.
    att = recs[ids[1]]
    assert len(att.id) == 12 and att.title == "Attention is All you Need" and att.origin == f"{f}:24"
    assert "attention mechanisms, without recurrence or convolutions. It is more" in att.text
    assert att.metadata["venue"] == "Advances in Neural Information Processing Systems"
    assert [(s.origin, "Deep Residual" in s.reason) for s in skipped] == [(f"{f}:58", True)]


def test_endnote_ris_with_bom_and_crlf() -> None:
    f = FIX / "endnote.ris"
    recs, skipped, rejected = read(f)
    assert not rejected
    assert list(recs) == ["10.1016/s0140-6736(20)30183-5", "2"]  # DOI, else the ID tag
    h = recs["10.1016/s0140-6736(20)30183-5"]
    assert h.title == "Clinical features of patients infected with 2019 novel coronavirus in Wuhan, China"
    assert h.text.startswith("We describe the epidemiological") and h.origin == f"{f}:1"  # N2, BOM line
    assert (h.metadata["year"], h.metadata["venue"]) == (2020, "Lancet")  # Y1, JF
    assert h.metadata["authors"][0] == "Huang, C." and h.metadata["keywords"] == ["COVID-19", "Pneumonia, Viral"]
    p = recs["2"]
    assert (p.metadata["venue"], p.metadata["year"], p.origin) == ("New England Journal of Medicine", 2020, f"{f}:24")
    assert short_citation(p.metadata) == "Polack et al., 2020"
    assert [s.origin for s in skipped] == [f"{f}:41"]


def test_malformed_ris(tmp_path: Path) -> None:
    f = tmp_path / "cut.ris"
    f.write_text("TY  - JOUR\nTI  - Complete\nAB  - A full record.\nER  - \n\nTY  - JOUR\nTI  - Cut off\nAB  - The file ends here.\n")
    got = list(read_file(f, MAX))
    assert isinstance(got[0], Record) and got[0].text == "A full record."
    assert type(got[1]) is Rejection and got[1].origin == f"{f}:6" and "ER" in got[1].reason
    g = tmp_path / "notris.ris"
    g.write_text("Title: something\nAbstract: not RIS at all\n")
    [r] = list(read_file(g, MAX))
    assert type(r) is Rejection and "no RIS records" in r.reason
    gz = tmp_path / "z.ris.gz"
    gz.write_bytes(gzip.compress((FIX / "zotero.ris").read_bytes()))
    assert sum(isinstance(i, Record) for i in read_file(gz, MAX)) == 3


# ---------------------------------------------------------------------------------------------- CSL-JSON


def test_zotero_csl_json() -> None:
    f = FIX / "zotero-csl.json"
    recs, skipped, rejected = read(f)
    assert not rejected
    # Zotero's CSL has no citation key: the DOI, else the CSL id.
    assert list(recs) == ["http://zotero.org/users/8215476/items/7Q2K9M3T", "10.1038/s41586-021-03819-2",
                          "10.1038/nature11247"]
    a = recs["10.1038/s41586-021-03819-2"]
    assert (a.metadata["year"], a.metadata["venue"], a.metadata["entry_type"]) == (2021, "Nature", "article-journal")
    assert a.metadata["keywords"] == ["Machine learning", "Protein structure predictions", "Structural biology"]
    assert a.origin == f"{f}:[2]"
    encode = recs["10.1038/nature11247"]
    assert encode.metadata["authors"] == ["The ENCODE Project Consortium"]  # a literal name
    assert short_citation(encode.metadata) == "The ENCODE Project Consortium, 2012"
    assert recs["http://zotero.org/users/8215476/items/7Q2K9M3T"].metadata["year"] == 2017  # ["2017"]
    assert [s.origin for s in skipped] == [f"{f}:[4]"]


def test_better_bibtex_csl_json() -> None:
    f = FIX / "betterbibtex-csl.json"
    recs, skipped, rejected = read(f)
    assert not rejected
    assert list(recs) == ["devlinBERTPretrainingDeep2019", "oordWaveNetGenerativeModel2016", "gardnerGenomeSequenceHuman2002"]
    assert recs["devlinBERTPretrainingDeep2019"].title == \
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"  # <span> gone
    w = recs["oordWaveNetGenerativeModel2016"].metadata
    assert w["authors"][0] == "van den Oord, Aäron" and w["doi"] == "10.48550/arxiv.1609.03499"
    assert short_citation(w) == "van den Oord et al., 2016"
    g = recs["gardnerGenomeSequenceHuman2002"]
    assert g.title == "Genome sequence of the human malaria parasite Plasmodium falciparum"
    assert g.text.startswith("The parasite Plasmodium falciparum causes")
    assert "goodfellowDeepLearning2016" in skipped[0].reason


def test_csl_detection_leaves_generic_json_arrays_alone(tmp_path: Path) -> None:
    f = tmp_path / "plain.json"
    f.write_text(json.dumps([
        {"id": 1, "title": "T", "abstract": "Array abstract.", "type": "paper", "authors": ["A"]},
        {"id": "x2", "title": "U", "abstract": "Second abstract.", "year": 2020},
    ]))
    assert not looks_like_csl(json.loads(f.read_text()))
    recs = [i for i in read_file(f, MAX)]
    assert [(r.id, r.title, r.metadata) for r in recs] == [
        ("1", "T", {"type": "paper", "authors": ["A"]}), ("x2", "U", {"year": 2020})]
    assert recs[0].origin == f"{f}:[1]"
    # No abstract in a generic array is still the generic reader's rejection, not a CSL skip.
    g = tmp_path / "noabs.json"
    g.write_text(json.dumps([{"id": 1, "title": "T"}]))
    [r] = list(read_file(g, MAX))
    assert type(r) is Rejection
    assert looks_like_csl(json.loads((FIX / "zotero-csl.json").read_text()))


# ---------------------------------------------------------------------------------------------- MEDLINE


def test_pubmed_nbib() -> None:
    f = FIX / "pubmed.nbib"
    recs, skipped, rejected = read(f)
    assert not rejected
    assert list(recs) == ["pmid:31986264", "pmid:33301246"]
    h = recs["pmid:31986264"]
    assert h.title == "Clinical features of patients infected with 2019 novel coronavirus in Wuhan, China"
    assert h.origin == f"{f}:2"
    # Continuation lines (6 spaces) are joined into one abstract.
    assert "appeared in Wuhan in December, 2019, and a novel betacoronavirus" in h.text
    assert h.text.endswith("was associated with ICU admission and high mortality.")
    m = h.metadata
    assert m["authors"] == ["Huang, Chaolin", "Wang, Yeming", "Li, Xingwang", "Cao, Bin"]  # FAU
    assert (m["year"], m["venue"], m["pmid"], m["entry_type"]) == (2020, "Lancet (London, England)", "31986264", "Journal Article")
    assert m["doi"] == "10.1016/s0140-6736(20)30183-5"  # from LID ... [doi]
    assert {"Betacoronavirus", "China", "Coronavirus Infections"} <= set(m["keywords"])  # MeSH, '*' dropped
    p = recs["pmid:33301246"].metadata
    assert p["keywords"][:2] == ["BNT162b2", "mRNA vaccine"]  # OT first
    assert short_citation(p) == "Polack et al., 2020"
    assert [(s.origin, "31986257" in s.reason) for s in skipped] == [(f"{f}:114", True)]


def test_medline_as_txt_medline_and_gzip(tmp_path: Path) -> None:
    for name in ("pubmed-result.txt", "export.medline", "export.nbib.gz"):
        dest = tmp_path / name
        data = (FIX / "pubmed.nbib").read_bytes()
        dest.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        recs, skipped, rejected = read(dest)
        assert (list(recs), len(skipped), rejected) == (["pmid:31986264", "pmid:33301246"], 1, []), name
    plain = tmp_path / "notes.txt"  # an ordinary .txt is still one abstract per line
    plain.write_text("PMIDs are PubMed identifiers.\n")
    [r] = list(read_file(plain, MAX))
    assert isinstance(r, Record) and r.text == "PMIDs are PubMed identifiers."


def test_malformed_medline(tmp_path: Path) -> None:
    f = tmp_path / "bad.nbib"
    f.write_text("PMID- 1\nTI  - Fine\nAB  - A good one.\n\nPMID- 2\nTI  - Broken\nthis line is no tag\nAB  - x\n\n"
                 "PMID- 3\nTI  - Fine too\nAB  - Still read.\n")
    got = list(read_file(f, MAX))
    assert [getattr(i, "id", None) for i in got] == ["pmid:1", None, "pmid:3"]
    assert type(got[1]) is Rejection and got[1].origin == f"{f}:7"
    g = tmp_path / "cont.nbib"
    g.write_text("      a continuation line before any tag\nPMID- 4\n")
    got = list(read_file(g, MAX))
    assert got and all(type(i) is Rejection for i in got) and got[0].origin.startswith(f"{g}:")


# ---------------------------------------------------------------------------------------------- PubMed XML


def test_pubmed_xml() -> None:
    f = FIX / "pubmed.xml"
    recs, skipped, rejected = read(f)
    assert not rejected
    assert list(recs) == ["pmid:32678530", "pmid:12368864"]
    d = recs["pmid:32678530"]
    assert d.title == "Dexamethasone in Hospitalized Patients with Covid-19" and d.origin == f"{f}:4"
    assert d.text.startswith("BACKGROUND: Glucocorticoids may modulate")
    assert " METHODS: In this controlled, open-label trial" in d.text
    assert " RESULTS: A total of 2104" in d.text and "(age-adjusted rate ratio, 0.83; 95% CI, 0.75 to 0.93; P<0.001)" in d.text
    assert " CONCLUSIONS: Dexamethasone lowered" in d.text and "Copyright" not in d.text
    m = d.metadata
    assert m["authors"] == ["RECOVERY Collaborative Group", "Horby, Peter", "Lim, Wei Shen", "Landray, Martin J"]
    assert (m["year"], m["venue"], m["doi"], m["pmid"]) == (2021, "The New England journal of medicine", "10.1056/nejmoa2021436", "32678530")
    assert m["keywords"] == ["COVID-19", "Dexamethasone", "Humans"] and m["entry_type"] == "Journal Article"
    g = recs["pmid:12368864"]
    # Inline markup keeps its text.
    assert g.title == "Genome sequence of the human malaria parasite Plasmodium falciparum"
    assert g.text.startswith("The parasite Plasmodium falciparum is responsible")
    assert (g.metadata["year"], g.metadata["doi"], g.origin) == (2002, "10.1038/nature01097", f"{f}:93")  # MedlineDate
    assert g.metadata["keywords"] == ["malaria", "Plasmodium genome"]
    assert [(s.origin, "31986257" in s.reason) for s in skipped] == [(f"{f}:142", True)]


def test_malformed_and_foreign_xml(tmp_path: Path) -> None:
    f = FIX / "truncated.xml"
    got = list(read_file(f, MAX))
    assert isinstance(got[0], Record) and got[0].id == "pmid:32678530"
    assert type(got[1]) is Rejection and got[1].origin == f"{f}:110" and "truncated" in got[1].reason  # its last line
    bad = tmp_path / "bad.xml"
    bad.write_text("<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation><PMID>1</PMID></Wrong>\n")
    [r] = list(read_file(bad, MAX))
    assert type(r) is Rejection and r.origin == f"{bad}:3" and "mismatched tag" in r.reason
    other = tmp_path / "pom.xml"
    other.write_text("<project><modelVersion>4.0.0</modelVersion></project>\n")
    [r] = list(read_file(other, MAX))
    assert type(r) is Rejection and "not PubMed XML" in r.reason


def test_pubmed_xml_gzip_and_one_long_line(tmp_path: Path) -> None:
    src = (FIX / "pubmed.xml").read_text()
    gz = tmp_path / "efetch.xml.gz"
    gz.write_bytes(gzip.compress(src.encode()))
    assert [getattr(i, "id", None) for i in read_file(gz, MAX)] == ["pmid:32678530", "pmid:12368864", None]
    # Many articles on one line (no newlines at all): fed in bounded pieces, every article read.
    article = src[src.index("<PubmedArticle>"):src.index("</PubmedArticle>") + len("</PubmedArticle>")]
    many = "".join(article.replace("32678530", str(100000 + i)) for i in range(300))
    one = tmp_path / "one-line.xml"
    one.write_text("<PubmedArticleSet>" + " ".join(many.split()) + "</PubmedArticleSet>")
    got = list(read_file(one, MAX))
    assert len(got) == 300 and all(isinstance(i, Record) for i in got)
    assert got[-1].id == "pmid:100299" and got[-1].origin == f"{one}:1"


# ---------------------------------------------------------------------------------------------- shared


def test_short_citation() -> None:
    assert short_citation({"authors": ["Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki"], "year": 2017}) == "Vaswani et al., 2017"
    assert short_citation({"authors": ["Smith, Jane", "Jones, Bob"], "year": 2020}) == "Smith and Jones, 2020"
    assert short_citation({"authors": ["Smith, Jane"], "year": 2020}) == "Smith, 2020"
    assert short_citation({"authors": ["Smith, Jane"]}) == "Smith"
    assert short_citation({"year": 2020}) is None and short_citation({"authors": []}) is None


def test_doi_normalisation() -> None:
    assert normalise_doi("https://doi.org/10.1038/S41586-021-03819-2") == "10.1038/s41586-021-03819-2"
    assert normalise_doi("doi:10.1000/ABC\\_def") == "10.1000/abc_def"
    assert normalise_doi("http://dx.doi.org/10.1/x") == "10.1/x"
    assert normalise_doi("not a doi") is None and normalise_doi(None) is None


def test_discover_finds_every_export_format() -> None:
    files, rejected = discover([FIX])
    assert not rejected
    assert {p.name for p in files} == {p.name for p in FIX.iterdir()}
    assert {file_format(p) for p in files} == {"bibtex", "ris", "json", "medline", "pubmed-xml"}


# ---------------------------------------------------------------------------------------------- ingest


class _FakeStore:
    """Just enough of assistant.store.Store for ingest(): no Chroma, no embedding model."""

    name = "test"

    def __init__(self) -> None:
        self.records: list[Record] = []

    def existing_hashes(self, hashes: list[str]) -> set[str]:
        return {r.content_hash for r in self.records} & set(hashes)

    def existing_ids(self, ids: list[str]) -> set[str]:
        return {r.id for r in self.records} & set(ids)

    def add(self, records: list[Record], vectors: Any) -> None:
        assert len(records) == len(vectors)
        self.records.extend(records)

    def metadatas(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        return {r.id: {"origin": r.origin, "content_hash": r.content_hash, "record_hash": r.record_hash()}
                for r in self.records if r.id in set(ids)}


class _FakeEmbedder:
    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), 4), dtype=np.float32)


def test_ingest_counts_entries_without_abstract_as_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    for name in ("zotero.bib", "endnote.ris", "betterbibtex-csl.json", "pubmed.nbib", "pubmed.xml", "malformed.bib"):
        shutil.copy(FIX / name, folder / name)
    store = _FakeStore()
    report = ingest(store, None, _FakeEmbedder(), [folder], max_chars=MAX)  # type: ignore[arg-type]
    assert (report.files, report.skipped, report.rejected) == (6, 5, 2)
    assert report.new == 3 + 2 + 3 + 2 + 2 + 3
    assert report.read == report.new + report.duplicates + report.rejected + report.skipped
    assert all(isinstance(s, Skipped) for s in report.skipped_entries) and len(report.skipped_entries) == 5
    assert not any(isinstance(r, Skipped) for r in report.rejections)
    assert "2 rejected, 5 without abstract skipped" in report.summary()
    # The repeated citation key in malformed.bib is made unique, not lost.
    assert sum(r.id.startswith("good_one_2020") for r in store.records) == 2
    # --strict fails on the malformed entries only, not on the missing abstracts...
    with pytest.raises(InputRejected) as e:
        ingest(_FakeStore(), None, _FakeEmbedder(), [folder], max_chars=MAX, strict=True)  # type: ignore[arg-type]
    assert e.value.report.rejected == 2  # type: ignore[attr-defined]
    # ...so a library whose only flaw is entries without abstract passes --strict.
    (folder / "malformed.bib").unlink()
    ok = ingest(_FakeStore(), None, _FakeEmbedder(), [folder], max_chars=MAX, strict=True)  # type: ignore[arg-type]
    assert (ok.rejected, ok.skipped, ok.new) == (0, 5, 12)


def test_report_summary_mentions_skipped_only_when_there_are_some() -> None:
    assert "without abstract" not in IngestReport(collection="c", new=1).summary()
    assert "3 without abstract skipped" in IngestReport(collection="c", skipped=3).summary()
