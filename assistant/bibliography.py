"""Readers for reference-manager exports: BibTeX (.bib), RIS (.ris), CSL-JSON (a .json array of CSL
items), PubMed MEDLINE (.nbib, .medline, or a .txt whose first line starts with "PMID- ") and PubMed
XML (.xml, efetch output). corpus.read_file dispatches here, gzip included.

Each reader yields, per entry, a Record, a Rejection for a malformed entry (file:line where the format
gives a position) or a Skipped for a well-formed entry that holds no abstract. Metadata has the same keys
for every format, each present only when it has a value: authors ("Family, Given", in order), year (int),
venue, doi (bare, lowercase), url, keywords, pmid (PubMed), entry_type, bibtex (BibTeX: the entry as
written, to export it again).

Record ids: the BibTeX citation key; RIS: the DOI, else ID, else AN; CSL: citation-key, else DOI, else
id; PubMed (both formats): "pmid:<PMID>". PubMed ids are prefixed because a bare PMID is just a number,
and numbers are what other corpora use as ids too (a JSONL file numbered 1, 2, 3..., BEIR-style corpora):
the prefix keeps them apart and says where the id comes from. The bare number is in metadata `pmid`.
(The content hash is the id when an entry has none; ingest makes a clashing id unique either way.)

Parser choices:
- BibTeX: bibtexparser v2 with its default parse stack only (string references resolved, enclosing
  braces/quotes removed). Its LatexDecodingMiddleware is NOT used: it runs pylatexenc over every field
  of every entry (file paths, notes, urls...), and pylatexenc costs ~15 us a character, ~20 ms for one
  1,300-character abstract: 2,000 Zotero-style entries took 43 s that way (a third of the ~130 s their
  embedding takes) against 2 s here (JSONL: 0.15 s). Only the fields used here are decoded, by
  `latex_to_text`: a small converter for what reference managers write (accents, escapes, {Protected}
  words, \\emph{...}, dashes, quotes, {\\textgreater}), which passes only the rare leftovers (math,
  unknown macros), each a few characters long, to pylatexenc (bibtexparser's own LaTeX dependency).
  Names are split with bibtexparser's name functions in lenient mode (its SplitNameParts middleware is
  strict: one odd name would turn the whole entry into an error).
- RIS: rispy, fed counted lines so each record gets the line of its TY tag.
- MEDLINE: Biopython's Bio.Medline. nbib 0.3.2 (2021, unmaintained) does read continuation lines and
  several records, but one unexpected line (an AID without a "[type]", a date dateutil cannot read)
  raises for the whole file with no line number, records with AU but no FAU lose their authors, LID is
  dropped, and it pulls dateutils/pytz. Bio.Medline is a maintained, small streaming generator; the
  wheel is ~3 MB and its one dependency, numpy, is already installed for torch; only Bio.Medline is
  imported (~1 ms), never the rest of Biopython.
- PubMed XML: the standard library's expat-based XMLPullParser (the engine of iterparse), fed line by
  line so each article gets its line number and a malformed file fails at its line; each article is
  cleared once read, so a 1 GB file never loads at once. lxml is not needed.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, BinaryIO

from .corpus import Item, has_bad_byte, make_record, strip_controls
from .schema import Rejection, Skipped

MAX_KEYWORDS = 100


# --------------------------------------------------------------------------------------------------
# Shared helpers


def _clean(text: Any) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return " ".join(strip_controls(unicodedata.normalize("NFC", text)).split())


def _year(value: Any) -> int | None:
    if isinstance(value, int):
        return value if 1000 <= value <= 2999 else None
    m = re.search(r"(?<!\d)([12]\d{3})(?!\d)", str(value or ""))
    return int(m.group(1)) if m else None


_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)


def normalise_doi(value: Any) -> str | None:
    """'https://doi.org/10.1038/S41586-021-03819-2' -> '10.1038/s41586-021-03819-2'; None if no DOI."""
    if not isinstance(value, str):
        return None
    doi = value.strip().replace("\\_", "_").replace("{", "").replace("}", "")
    doi = _DOI_PREFIX.sub("", doi).strip()
    doi = re.sub(r"\s*\[doi\]$", "", doi)
    return doi.lower() if doi.startswith("10.") and "/" in doi else None


def _split_keywords(values: Iterable[str], separators: str = ",;") -> list[str]:
    out: list[str] = []
    pattern = f"[{re.escape(separators)}]" if separators else None
    for value in values:
        for kw in (re.split(pattern, value) if pattern else [value]):
            kw = _clean(kw)
            if kw and kw not in out:
                out.append(kw)
    return out[:MAX_KEYWORDS]


def _metadata(**fields: Any) -> dict[str, Any]:
    """The shared metadata keys, with empty values left out."""
    return {k: v for k, v in fields.items() if v not in (None, "", [], {})}


def _entry(text: str, origin: str, max_chars: int, *, id: str | None, title: str,
           metadata: dict[str, Any], describe: str) -> Item:
    """A Record, or a Skipped when the entry holds no abstract."""
    if not text or not text.strip():
        return Skipped(origin=origin, reason=f"no abstract: {describe}")
    return make_record(text, origin, max_chars=max_chars, id=id or None, title=title or None, metadata=metadata)


def _describe(kind: str, key: str | None, title: str) -> str:
    short = title if len(title) <= 80 else title[:77].rstrip() + "…"
    label = "".join(p for p in (kind, key) if p) if kind.startswith("@") else " ".join(p for p in (kind, key) if p)
    return f"{label} {short!r}".strip() if short else label


def short_citation(metadata: dict[str, Any]) -> str | None:
    """'Vaswani et al., 2017', 'Smith and Jones, 2020', 'Smith, 2020' (no year: 'Smith'); None without authors."""
    authors = [a for a in (metadata.get("authors") or []) if isinstance(a, str) and a.strip()]
    if not authors:
        return None
    families = [a.split(",", 1)[0].strip() for a in authors]
    if len(families) == 1:
        names = families[0]
    elif len(families) == 2:
        names = f"{families[0]} and {families[1]}"
    else:
        names = f"{families[0]} et al."
    year = metadata.get("year")
    return f"{names}, {year}" if year else names


_INLINE_MARKUP = re.compile(
    r"</?(?:i|b|em|strong|sup|sub|sc|span|u|italic|bold|scp|jats:(?:italic|bold|sup|sub|sc))(?:\s[^<>]*)?>", re.I)
_BLOCK_MARKUP = re.compile(r"</?(?:p|br|div|jats:[\w-]+)(?:\s[^<>]*)?/?>", re.I)


def _strip_markup(text: str) -> str:
    """CSL/RIS rich text (<i>, <sup>, <span class="nocase">, Crossref's <jats:p>) -> plain text."""
    if "<" not in text:
        return text
    return _BLOCK_MARKUP.sub(" ", _INLINE_MARKUP.sub("", text))


# --------------------------------------------------------------------------------------------------
# LaTeX -> readable text


_ACCENTS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
    "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a", "k": "\u0328", "d": "\u0323",
    "b": "\u0331", "t": "\u0361",
}
_BARE_ACCENTS = {'"': "¨", "'": "´", "`": "`", "^": "^", "~": "~", "=": "¯", ".": "˙"}
_LETTERS = {
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
}
_SYMBOLS = {
    "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…",
    "textasciitilde": "~", "textasciicircum": "^", "textbackslash": "\\", "textless": "<", "textgreater": ">",
    "textbar": "|", "textquotesingle": "'", "textquotedbl": '"', "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "guillemotleft": "«", "guillemotright": "»",
    "textregistered": "®", "texttrademark": "™", "textcopyright": "©", "copyright": "©", "textdegree": "°",
    "textmu": "µ", "texttimes": "×", "textpm": "±", "textdiv": "÷", "textsection": "§", "S": "§", "P": "¶",
    "textdagger": "†", "dag": "†", "textbullet": "•", "textperiodcentered": "·", "pounds": "£",
    "textsterling": "£",
    "euro": "€", "texteuro": "€", "textunderscore": "_", "textbraceleft": "{", "textbraceright": "}",
    "textdollar": "$", "textpercent": "%", "textampersand": "&", "slash": "/", "textonehalf": "½",
    "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2e",
    "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " ", "space": " ", "newline": " ", "par": " ",
    "linebreak": " ", "break": " ", "noindent": "", "relax": "", "protect": "", "nobreak": "", "allowbreak": "",
    "ignorespaces": "", "unskip": "", "hfill": " ", "vfill": " ", "smallskip": " ", "medskip": " ", "bigskip": " ",
}
_ONE_CHAR = {
    "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", " ": " ", "\n": " ", "\t": " ",
    ",": " ", ";": " ", ":": " ", "!": "", "-": "", "/": "", "@": "", "\\": " ", "|": "|",
}
_KEEP_ARG = {  # formatting: the argument is the text
    "emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textmd", "textsl",
    "textnormal", "text", "mbox", "hbox", "fbox", "NoCaseChange", "nocase", "textsuperscript",
    "textsubscript", "uline", "underline", "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "textenglish",
    "ensuremath", "url", "path", "textcolor", "foreignlanguage", "MakeUppercase", "MakeLowercase",
}
_VERBATIM_ARG = {"url", "path"}
_SECOND_ARG = {"textcolor", "foreignlanguage"}  # \textcolor{red}{text}: the first argument is dropped
_DROP_ARG = {"cite", "citep", "citet", "citealp", "parencite", "textcite", "ref", "eqref", "label", "index", "hspace",
             "vspace", "selectlanguage", "color"}
_DECLARATIONS = {
    "it", "bf", "em", "sc", "rm", "sf", "tt", "sl", "up", "md", "itshape", "bfseries", "scshape", "upshape",
    "mdseries", "slshape", "rmfamily", "sffamily", "ttfamily", "normalfont", "tiny", "scriptsize", "footnotesize",
    "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge", "centering", "raggedright",
}
_SPECIAL = re.compile(r"[\\{}$~`'\-]")
_MACRO = re.compile(r"\\([A-Za-z]+\*?|.)", re.S)
_BRACES = re.compile(r"\\.|[{}]", re.S)
_SIMPLE_MATH = re.compile(r"[\w\s.,;:+\-=()<>/|!?'\[\]]*")


def _group_end(s: str, i: int) -> int:
    """s[i] == '{': the index after its matching '}' (len(s) when unbalanced)."""
    depth = 0
    for m in _BRACES.finditer(s, i):
        if m.group() == "{":
            depth += 1
        elif m.group() == "}":
            depth -= 1
            if depth == 0:
                return m.end()
    return len(s)


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t\n\r":
        i += 1
    return i


def _argument(s: str, i: int, *, skip_space: bool = True) -> tuple[str, int]:
    """The argument starting at s[i]: a {group}'s inside, a macro, or one character."""
    j = _skip_spaces(s, i) if skip_space else i
    if j >= len(s):
        return "", i
    if s[j] == "{":
        end = _group_end(s, j)
        return s[j + 1:end - 1] if s[end - 1:end] == "}" else s[j + 1:end], end
    if s[j] == "\\":
        m = _MACRO.match(s, j)
        return (m.group(), m.end()) if m else ("", j + 1)  # a trailing backslash: nothing
    if s[j] == "}":
        return "", j
    return s[j], j + 1


def _optional_and_groups(s: str, i: int) -> int:
    """Skip an unknown macro's [options] and {arguments}; return the index after them."""
    while i < len(s):
        j = _skip_spaces(s, i) if s[i] in " \t" else i
        if j < len(s) and s[j] == "{":
            i = _group_end(s, j)
        elif j < len(s) and s[j] == "[" and "]" in s[j:j + 200]:
            i = s.index("]", j) + 1
        else:
            break
    return i


@lru_cache(maxsize=1)
def _pylatexenc() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # its warnings are about our leftovers only
    return LatexNodes2Text(math_mode="text", keep_braced_groups=False, strict_latex_spaces=False)


@lru_cache(maxsize=8192)
def _fallback(chunk: str) -> str:
    """A short LaTeX piece this converter does not know (math, a rare macro), through pylatexenc."""
    try:
        text = _pylatexenc().latex_to_text(chunk)
    except Exception:  # pylatexenc raises on some malformed input
        text = ""
    # Nothing back (an unknown macro pylatexenc drops, an error): keep the words, drop the markup.
    return text if text.strip() else re.sub(r"\\[A-Za-z]+\*?|[{}$\\]", " ", chunk)


def _math(chunk: str) -> str:
    inner = chunk.strip("$")
    if _SIMPLE_MATH.fullmatch(inner):
        return inner
    return _fallback(chunk)


def _math_end(s: str, j: int) -> int | None:
    """s[j] == '$': the index after the closing '$' (or '$$'), None if it is never closed."""
    delim = "$$" if s.startswith("$$", j) else "$"
    k = j + len(delim)
    while True:
        k = s.find(delim, k)
        if k < 0:
            return None
        if s[k - 1] != "\\":
            return k + len(delim)
        k += 1


def _accent(name: str, arg: str) -> str:
    base = _convert(arg)
    if not base:
        return _BARE_ACCENTS.get(name, "")
    first = {"ı": "i", "ȷ": "j"}.get(base[0], base[0])
    return unicodedata.normalize("NFC", first + _ACCENTS[name] + base[1:])


def _convert(s: str) -> str:
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        m = _SPECIAL.search(s, i)
        if m is None:
            out.append(s[i:])
            break
        j = m.start()
        if j > i:
            out.append(s[i:j])
        c = s[j]
        i = j + 1
        if c in "{}":
            continue
        if c == "~":
            out.append(" ")
        elif c == "-":
            if s.startswith("---", j):
                out.append("—")
                i = j + 3
            elif s.startswith("--", j):
                out.append("–")
                i = j + 2
            else:
                out.append("-")
        elif c == "`":
            if s.startswith("``", j):
                out.append("“")
                i = j + 2
            else:
                out.append("‘")
        elif c == "'":
            if s.startswith("''", j):
                out.append("”")
                i = j + 2
            else:
                out.append("'")
        elif c == "$":
            end = _math_end(s, j)
            if end is None:
                out.append("$")
            else:
                out.append(_math(s[j:end]))
                i = end
        else:  # a backslash
            mm = _MACRO.match(s, j)
            if mm is None:  # a trailing backslash
                break
            name, i = mm.group(1), mm.end()
            letter_named = name[0].isalpha()
            if name in _ACCENTS and (not letter_named or len(name) == 1):
                arg, i = _argument(s, i, skip_space=letter_named)
                out.append(_accent(name, arg))
            elif name in _LETTERS:
                out.append(_LETTERS[name])
                i = _skip_spaces(s, i)
            elif name in _SYMBOLS:
                out.append(_SYMBOLS[name])
                if s.startswith("{}", i):
                    i += 2
            elif name in _ONE_CHAR:
                out.append(_ONE_CHAR[name])
            elif name in _KEEP_ARG:
                if name in _SECOND_ARG:
                    _, i = _argument(s, i)
                arg, i = _argument(s, i)
                text = arg if name in _VERBATIM_ARG else _convert(arg)
                if name == "MakeUppercase":
                    text = text.upper()
                elif name == "MakeLowercase":
                    text = text.lower()
                out.append(text)
            elif name in _DROP_ARG:
                i = _optional_and_groups(s, i)
            elif name in _DECLARATIONS:
                i = _skip_spaces(s, i)
            else:
                end = _optional_and_groups(s, i)
                out.append(_fallback(s[j:end]))
                i = end
    return "".join(out)


def latex_to_text(value: Any) -> str:
    """BibTeX field text -> readable text: '{\\"u}ber' -> 'über', '{BERT}' -> 'BERT', '\\emph{x}' -> 'x',
    '--' -> '–', '93.2{\\%}' -> '93.2%', '$\\alpha$' -> 'α'. An unescaped '%' is kept as a percent sign
    (in LaTeX it would start a comment and swallow the rest of the line)."""
    if not isinstance(value, str):
        return _clean(value)
    if _SPECIAL.search(value) is None:
        return _clean(value)
    return _clean(_convert(value))


# --------------------------------------------------------------------------------------------------
# BibTeX


_ENCODING_HEADER = re.compile(rb"^\s*%\s*Encoding:\s*([\w.:-]+)", re.I)


def _decode_bibtex(raw: bytes) -> str:
    """UTF-8 unless the file says otherwise (JabRef writes '% Encoding: windows-1252' on old libraries);
    undecodable bytes become surrogates, and the entries holding them are rejected."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    encoding = "utf-8"
    m = _ENCODING_HEADER.match(raw[:200])
    if m:
        try:
            encoding = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            pass
    return raw.decode(encoding, errors="surrogateescape")


def _bibtex_names(value: Any) -> list[str]:
    from bibtexparser.middlewares.names import (
        parse_single_name_into_parts,
        split_multiple_persons_names,
    )

    if not isinstance(value, str) or not value.strip():
        return []
    names = []
    for raw in split_multiple_persons_names(value):
        if raw.strip().lower() == "others":
            continue
        try:
            parts = parse_single_name_into_parts(raw, strict=False)
            family = latex_to_text(" ".join(parts.von + parts.last))
            given = latex_to_text(" ".join(parts.first))
            jr = latex_to_text(" ".join(parts.jr))
        except Exception:  # a name bibtexparser cannot split: keep it whole
            family, given, jr = latex_to_text(raw), "", ""
        name = ", ".join(p for p in (family, given, jr) if p)
        if name:
            names.append(name)
    return names


def _bibtex_url(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    url = re.sub(r"^\\url\{(.*)\}$", r"\1", value.strip())
    url = re.sub(r"\\([%_&#~])", r"\1", url).replace("{", "").replace("}", "")
    return url.strip() or None


def _bibtex_record(entry: Any, origin: str, max_chars: int) -> Item:
    raw = entry.raw or ""
    if has_bad_byte(raw):
        return Rejection(origin=origin, reason=f"invalid UTF-8 in @{entry.entry_type}{{{entry.key}}}")
    fields: dict[str, Any] = {}
    for f in entry.fields:
        fields.setdefault(f.key.lower(), f.value)

    def get(*keys: str) -> str:
        for k in keys:
            v = fields.get(k)
            if isinstance(v, (str, int)) and str(v).strip():
                return str(v)
        return ""

    title = latex_to_text(get("title"))
    keywords = _split_keywords([latex_to_text(get("keywords"))]) if get("keywords") else []
    metadata = _metadata(
        authors=_bibtex_names(fields.get("author")) or _bibtex_names(fields.get("editor")),
        year=_year(get("year")) or _year(get("date")),
        venue=latex_to_text(get("journal", "journaltitle", "booktitle", "school", "institution",
                                "archiveprefix", "eprinttype", "publisher")),
        doi=normalise_doi(get("doi")),
        url=_bibtex_url(get("url")),
        keywords=keywords,
        entry_type=entry.entry_type.lower(),
        bibtex=raw.strip(),
    )
    abstract = get("abstract")
    # A runaway abstract (a file pasted into the field) goes to make_record as is, to be rejected there.
    text = latex_to_text(abstract) if len(abstract) <= max_chars * 4 else abstract
    key = entry.key.strip() or None
    return _entry(text, origin, max_chars, id=key, title=title, metadata=metadata,
                  describe=_describe(f"@{entry.entry_type.lower()}", f"{{{key}}}" if key else None, title))


def read_bibtex(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    """Every entry of a .bib file. The whole file is parsed at once: bibtexparser needs the @string
    definitions, which may come anywhere, before it resolves references."""
    import bibtexparser
    from bibtexparser.middlewares import RemoveEnclosingMiddleware
    from bibtexparser.model import (
        DuplicateBlockKeyBlock,
        DuplicateFieldKeyBlock,
        Entry,
        ParsingFailedBlock,
    )

    # The splitter logs each syntax error as a warning: they are reported here, as Rejections.
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)
    text = _decode_bibtex(f.read())
    try:
        library = bibtexparser.parse_string(text)  # default stack: resolve @string references, remove {} / ""
    except Exception as e:  # a parser bug, not the file's fault, but report it as the file's
        yield Rejection(origin=path, reason=f"unreadable BibTeX ({type(e).__name__}: {e})")
        return
    found = False
    for block in library.blocks:
        origin = f"{path}:{(block.start_line or 0) + 1}"
        if isinstance(block, Entry):
            found = True
            yield _bibtex_record(block, origin, max_chars)
        elif (isinstance(block, (DuplicateBlockKeyBlock, DuplicateFieldKeyBlock))
              and isinstance(block.ignore_error_block, Entry)):
            # A repeated citation key (the id is made unique at ingest) or a repeated field (the first
            # one counts): the entry is readable. Middleware skips failed blocks, so strip enclosing here
            # (its @string references, if any, stay unresolved).
            found = True
            entry = RemoveEnclosingMiddleware().transform_entry(block.ignore_error_block, library)
            yield _bibtex_record(entry, origin, max_chars)
        elif isinstance(block, ParsingFailedBlock):
            found = True
            reason = getattr(block.error, "abort_reason", None) or str(block.error)
            head = (block.raw or "").strip().split("\n", 1)[0][:60]
            yield Rejection(origin=origin, reason=f"malformed BibTeX entry {head!r}: {' '.join(reason.split())}")
    if not found:
        yield Rejection(origin=path, reason="no BibTeX entries (no @article{...}, @inproceedings{...}, ...)")


# --------------------------------------------------------------------------------------------------
# RIS


def _text_lines(f: BinaryIO) -> Iterator[str]:
    """Decoded lines; undecodable bytes become surrogates (their record is rejected)."""
    for n, raw in enumerate(f):
        if n == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield raw.decode("utf-8", errors="surrogateescape")


def _first(record: dict[str, Any], *keys: str) -> str:
    for k in keys:
        v = record.get(k)
        if isinstance(v, list):
            v = next((x for x in v if isinstance(x, str) and x.strip()), "")
        if isinstance(v, str) and v.strip():
            return v.strip()
    return ""


def _ris_record(rec: dict[str, Any], origin: str, max_chars: int) -> Item:
    if has_bad_byte(json.dumps(rec, ensure_ascii=False, default=str)):
        return Rejection(origin=origin, reason="invalid UTF-8 in RIS record")
    title = _clean(_strip_markup(_first(rec, "title", "primary_title", "translated_title", "short_title")))
    authors = [_clean(a) for a in (rec.get("authors") or []) + (rec.get("first_authors") or []) if _clean(a)]
    urls = rec.get("urls") or []
    doi = normalise_doi(_first(rec, "doi"))
    kws = rec.get("keywords") or []
    metadata = _metadata(
        authors=list(dict.fromkeys(authors)),
        year=_year(_first(rec, "year")) or _year(_first(rec, "publication_year")) or _year(_first(rec, "date")),
        venue=_clean(_first(rec, "alternate_title3", "journal_name", "secondary_title", "alternate_title2",
                            "alternate_title1", "custom3")),
        doi=doi,
        url=next((u.strip() for u in urls if isinstance(u, str) and u.strip()), None),
        keywords=_split_keywords([k for k in kws if isinstance(k, str)], separators=""),
        entry_type=_first(rec, "type_of_reference"),
    )
    text = _strip_markup(_first(rec, "abstract", "notes_abstract"))
    rid = doi or _first(rec, "id", "accession_number") or None
    return _entry(text, origin, max_chars, id=rid, title=title, metadata=metadata,
                  describe=_describe(f"TY {metadata.get('entry_type', '')}".strip(), None, title))


def read_ris(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    import rispy

    starts: list[int] = []
    line_no = 0

    class _Parser(rispy.RisParser):
        def _iter_till_start(self, lines: Any) -> dict:
            record = super()._iter_till_start(lines)
            starts.append(line_no)
            return record

        def _add_single_value(self, record: dict, name: str, value: Any, is_multi: bool = False) -> None:
            # A continuation line for a tag this record does not have (a blank line after "TY  - "
            # following a record that ended on another tag): rispy raises KeyError; keep the text.
            if is_multi and (name not in record or isinstance(value, list) != isinstance(record[name], list)):
                is_multi = False
            super()._add_single_value(record, name, value, is_multi)

    def counted() -> Iterator[str]:
        nonlocal line_no
        for line_no, line in enumerate(_text_lines(f), 1):  # noqa: B007 (read by _Parser)
            yield line

    try:
        records = _Parser(skip_unknown_tags=True).parse_lines(counted())
    except Exception as e:  # noqa: BLE001 - a rispy bug on odd input must not stop the whole ingest
        yield Rejection(origin=f"{path}:{line_no}", reason=f"unreadable RIS ({type(e).__name__}: {e})")
        return
    if not records and not starts:
        yield Rejection(origin=path, reason="no RIS records (no 'TY  - ' line)")
        return
    for rec, start in zip(records, starts):
        yield _ris_record(rec, f"{path}:{start}", max_chars)
    if len(starts) > len(records):  # rispy drops a record that the file ends inside
        yield Rejection(origin=f"{path}:{starts[len(records)]}", reason="RIS record never ends (no 'ER  - ' line)")


# --------------------------------------------------------------------------------------------------
# CSL-JSON

CSL_TYPES = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
    "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
}


def _looks_like_csl_item(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    if isinstance(obj.get("type"), str) and obj["type"] in CSL_TYPES and "title" in obj:
        return True
    issued = obj.get("issued")
    if isinstance(issued, dict) and ("date-parts" in issued or "raw" in issued or "literal" in issued):
        return True
    author = obj.get("author")
    return isinstance(author, list) and bool(author) and all(
        isinstance(a, dict) and ({"family", "given", "literal"} & a.keys()) for a in author)


def looks_like_csl(items: Any) -> bool:
    """A JSON array of CSL items (Zotero's or Better BibTeX's "CSL JSON" export), judged on the first
    objects: most must have a CSL type and a title, a CSL date or a CSL author list."""
    if not isinstance(items, list):
        return False
    sample = [o for o in items[:20] if isinstance(o, dict)]
    return bool(sample) and sum(map(_looks_like_csl_item, sample)) * 2 > len(sample)


def _csl_names(value: Any) -> list[str]:
    names = []
    for a in value if isinstance(value, list) else []:
        if not isinstance(a, dict):
            continue
        if a.get("literal"):
            name = _clean(a["literal"])
        else:
            family = _clean(" ".join(str(a.get(k) or "") for k in ("non-dropping-particle", "family")))
            given = _clean(" ".join(str(a.get(k) or "") for k in ("given", "dropping-particle")))
            name = ", ".join(p for p in (family, given, _clean(a.get("suffix"))) if p)
        if name:
            names.append(name)
    return names


def _csl_year(value: Any) -> int | None:
    if not isinstance(value, dict):
        return _year(value)
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        y = parts[0][0]
        try:
            return _year(int(y))
        except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite year (JSON Infinity)
            return _year(y)
    return _year(value.get("raw") or value.get("literal") or value.get("season"))


def csl_record(obj: Any, origin: str, max_chars: int) -> Item:
    if not isinstance(obj, dict):
        return Rejection(origin=origin, reason=f"expected a CSL item (a JSON object), got {type(obj).__name__}")
    title = _clean(_strip_markup(str(obj.get("title") or "")))
    keywords = obj.get("keyword")
    kw_list = keywords if isinstance(keywords, list) else [keywords] if isinstance(keywords, str) else []
    doi = normalise_doi(obj.get("DOI") or obj.get("doi"))
    metadata = _metadata(
        authors=_csl_names(obj.get("author")) or _csl_names(obj.get("editor")),
        year=_csl_year(obj.get("issued")),
        venue=_clean(_strip_markup(str(obj.get("container-title") or obj.get("collection-title")
                                       or obj.get("event-title") or obj.get("publisher") or ""))),
        doi=doi,
        url=_clean(obj.get("URL") or obj.get("url")) or None,
        keywords=_split_keywords([k for k in kw_list if isinstance(k, str)]),
        entry_type=_clean(obj.get("type")) or None,
    )
    abstract = obj.get("abstract")
    text = _strip_markup(abstract) if isinstance(abstract, str) else ""
    key = _clean(obj.get("citation-key") or obj.get("citation_key")) or None
    csl_id = obj.get("id")
    rid = key or doi or (_clean(csl_id) if csl_id not in (None, "") else None)
    return _entry(text, origin, max_chars, id=rid, title=title, metadata=metadata,
                  describe=_describe(f"CSL {metadata.get('entry_type', 'item')}", key, title))


def read_csl_items(items: list[Any], path: str, max_chars: int) -> Iterator[Item]:
    for i, obj in enumerate(items, 1):
        yield csl_record(obj, f"{path}:[{i}]", max_chars)


# --------------------------------------------------------------------------------------------------
# PubMed MEDLINE (.nbib)

_MEDLINE_TAG = re.compile(r"^[A-Z][A-Z0-9]{1,3} {0,2}- ")


def looks_like_medline(head: bytes) -> bool:
    """True when the first non-blank line starts with 'PMID- ' (PubMed's 'Format: PubMed' download)."""
    for line in head.lstrip(b"\xef\xbb\xbf").splitlines():
        if line.strip():
            return line.startswith(b"PMID-")
    return False


def _pubmed_author(au: str) -> str:
    """MEDLINE AU 'Huang C' -> 'Huang, C' (FAU already reads 'Huang, Chaolin')."""
    au = _clean(au)
    if "," in au:
        return au
    family, _, initials = au.rpartition(" ")
    return f"{family}, {initials}" if family and initials.isupper() and len(initials) <= 4 else au


def _pubmed_title(title: str) -> str:
    """PubMed ends every title with a period ('Dexamethasone in ... Covid-19.'); other formats don't."""
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _pubmed_type(types: list[str]) -> str | None:
    """'Journal Article' when listed (PubMed lists publication types alphabetically), else the first."""
    types = [t for t in types if t]
    return "Journal Article" if "Journal Article" in types else (types[0] if types else None)


def _medline_record(rec: dict[str, Any], origin: str, max_chars: int) -> Item:
    def text(tag: str) -> str:
        v = rec.get(tag)
        return _clean(" ".join(v) if isinstance(v, list) else v or "")

    def values(tag: str) -> list[str]:
        v = rec.get(tag) or []
        return [_clean(x) for x in ([v] if isinstance(v, str) else v) if _clean(x)]

    pmid = text("PMID")
    title = _pubmed_title(text("TI") or text("BTI") or text("TT"))
    authors = values("FAU") or [_pubmed_author(a) for a in values("AU")] or values("CN")
    # LID/AID: 'S0140-6736(20)30183-5 [pii]', '10.1016/S0140-6736(20)30183-5 [doi]' (Bio.Medline joins a
    # repeated LID into one string, hence the search rather than a per-value test)
    dois = re.findall(r"(10\.\S+)\s*\[doi\]", " ".join(values("LID") + values("AID")))
    doi = next((d for d in map(normalise_doi, dois) if d), None)
    mesh = [m.split("/", 1)[0].lstrip("*") for m in values("MH")]
    metadata = _metadata(
        authors=authors,
        year=_year(text("DP")) or _year(text("DEP")),
        venue=text("JT") or text("TA"),
        doi=doi,
        url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid.isdigit() else None,
        keywords=_split_keywords(values("OT") + mesh, separators=""),
        pmid=pmid,
        entry_type=_pubmed_type(values("PT")),
    )
    return _entry(text("AB"), origin, max_chars, id=f"pmid:{pmid}" if pmid else None, title=title,
                  metadata=metadata, describe=_describe("PMID", pmid, title))


def read_medline(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    from Bio import Medline

    state = {"line": 0, "start": 0, "bad": 0, "blank": True}

    def counted() -> Iterator[str]:
        for n, line in enumerate(_text_lines(f), 1):
            state["line"] = n
            if line.strip():
                if state["blank"]:
                    state["start"], state["bad"] = n, 0
                if not line.startswith("      ") and not _MEDLINE_TAG.match(line) and not state["bad"]:
                    state["bad"] = n
                state["blank"] = False
            else:
                state["blank"] = True
                line = "\n"  # Bio.Medline ends a record on an empty line only
            yield line if line.endswith("\n") else line + "\n"

    found = False
    try:
        for rec in Medline.parse(counted()):
            found = True
            origin = f"{path}:{state['start']}"
            if state["bad"]:
                yield Rejection(origin=f"{path}:{state['bad']}",
                                reason="not a MEDLINE line (expected 'TAG - value' or a 6-space continuation)")
            elif has_bad_byte(json.dumps(rec, ensure_ascii=False)):
                yield Rejection(origin=origin, reason="invalid UTF-8 in MEDLINE record")
            elif not rec.get("PMID") and not rec.get("TI"):
                yield Rejection(origin=origin, reason="MEDLINE record without PMID or TI")
            else:
                yield _medline_record(rec, origin, max_chars)
    except (KeyError, IndexError, ValueError) as e:  # e.g. a continuation line before any tag
        yield Rejection(origin=f"{path}:{state['line']}", reason=f"malformed MEDLINE ({type(e).__name__}: {e})")
        return
    if not found:
        yield Rejection(origin=path, reason="no MEDLINE records (expected lines like 'PMID- 12345678')")


# --------------------------------------------------------------------------------------------------
# PubMed XML (efetch)

_ARTICLE_TAGS = {"PubmedArticle", "PubmedBookArticle"}
_ROOT_TAGS = {"PubmedArticleSet", "PubmedBookArticleSet", *_ARTICLE_TAGS}


def _itertext(el: Any) -> str:
    return _clean("".join(el.itertext())) if el is not None else ""


def _xml_record(article: Any, origin: str, max_chars: int) -> Item:
    citation = article.find("MedlineCitation")
    if citation is None:
        citation = article.find("BookDocument")
    if citation is None:
        return Rejection(origin=origin, reason=f"<{article.tag}> without <MedlineCitation>")
    art = citation.find("Article")
    if art is None:
        art = citation  # a BookDocument holds ArticleTitle, Abstract, AuthorList itself
    pmid = _itertext(citation.find("PMID"))
    title = _pubmed_title(_itertext(art.find("ArticleTitle")) or _itertext(art.find("VernacularTitle"))
                          or _itertext(art.find("Book/BookTitle")))

    parts = []
    abstract = art.find("Abstract")
    if abstract is None:
        abstract = next((a for a in citation.iter("OtherAbstract") if a.get("Language", "eng") == "eng"), None)
    for el in abstract.iter("AbstractText") if abstract is not None else []:
        part = _itertext(el)
        label = (el.get("Label") or "").strip()
        if part:
            parts.append(f"{label}: {part}" if label else part)

    authors = []
    for a in art.iterfind("AuthorList/Author"):
        last, fore = _itertext(a.find("LastName")), _itertext(a.find("ForeName")) or _itertext(a.find("Initials"))
        if last:
            name = ", ".join(p for p in (last, fore, _itertext(a.find("Suffix"))) if p)
        else:
            name = _itertext(a.find("CollectiveName"))
        if name:
            authors.append(name)

    journal = art.find("Journal")
    year = None
    if journal is not None:
        pub = journal.find("JournalIssue/PubDate")
        if pub is not None:
            year = _year(_itertext(pub.find("Year"))) or _year(_itertext(pub.find("MedlineDate")))
    if year is None:
        year = _year(_itertext(art.find("ArticleDate/Year"))) or _year(_itertext(art.find("Book/PubDate/Year")))

    doi = None
    for el in article.iterfind(".//ArticleIdList/ArticleId"):
        if el.get("IdType") == "doi":
            doi = normalise_doi(_itertext(el))
            break
    if doi is None:
        el = next((e for e in art.iterfind("ELocationID") if e.get("EIdType") == "doi"), None)
        doi = normalise_doi(_itertext(el)) if el is not None else None

    keywords = [_itertext(k) for k in citation.iterfind("KeywordList/Keyword")]
    keywords += [_itertext(d) for d in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName")]
    metadata = _metadata(
        authors=authors,
        year=year,
        venue=(_itertext(journal.find("Title")) or _itertext(journal.find("ISOAbbreviation"))) if journal is not None
        else _itertext(art.find("Book/BookTitle")),
        doi=doi,
        url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid.isdigit() else None,
        keywords=_split_keywords(keywords, separators=""),
        pmid=pmid,
        entry_type=_pubmed_type([_itertext(t) for t in art.iterfind("PublicationTypeList/PublicationType")]),
    )
    return _entry(" ".join(parts), origin, max_chars, id=f"pmid:{pmid}" if pmid else None, title=title,
                  metadata=metadata, describe=_describe("PMID", pmid, title))


def read_pubmed_xml(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    import xml.etree.ElementTree as ET

    parser = ET.XMLPullParser(events=("start", "end"))
    root = None
    depth = 0
    start_line = 0
    line_no = 0
    found = False
    try:
        while True:
            line = f.readline(1 << 16)  # bounded: a file that is one huge line is still fed in pieces
            if not line:
                break
            if line.endswith(b"\n"):
                line_no += 1
            parser.feed(line)
            for event, el in parser.read_events():
                if event == "start":
                    depth += 1
                    if root is None:
                        root = el
                        if el.tag not in _ROOT_TAGS:
                            yield Rejection(origin=f"{path}:{line_no or 1}",
                                            reason=f"not PubMed XML: the root element is <{el.tag}>, "
                                                   "expected <PubmedArticleSet>")
                            return
                    if el.tag in _ARTICLE_TAGS and depth <= 2:
                        start_line = line_no + (0 if line.endswith(b"\n") else 1)
                    continue
                depth -= 1
                if el.tag in _ARTICLE_TAGS and depth <= 1:
                    found = True
                    yield _xml_record(el, f"{path}:{start_line}", max_chars)
                    el.clear()
                    if root is not None and root is not el:
                        root.clear()  # drop the articles already read: memory stays flat
    except ET.ParseError as e:
        line, col = getattr(e, "position", (line_no, 0))
        msg = str(e).split(":", 1)[0]
        yield Rejection(origin=f"{path}:{line}", reason=f"malformed XML: {msg} (column {col + 1})")
        return
    try:
        parser.close()
    except ET.ParseError:
        yield Rejection(origin=f"{path}:{max(line_no, 1)}",
                        reason=f"XML ends early: {depth} element(s) never closed (a truncated download?)")
        return
    if not found:
        yield Rejection(origin=path, reason="no <PubmedArticle> elements in this XML file")


# --------------------------------------------------------------------------------------------------
# Dispatch (from corpus.read_file)

READERS = {"bibtex": read_bibtex, "ris": read_ris, "medline": read_medline, "pubmed-xml": read_pubmed_xml}


def read(fmt: str, f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    yield from READERS[fmt](f, path, max_chars)
