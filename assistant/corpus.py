"""Source files -> corpus records: reading .txt/.jsonl/.json/.csv/.tsv (optionally .gz), normalising,
hashing and validating abstracts. Nothing here touches the store."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .schema import Record, Rejection

FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
           # reference-manager exports, read by assistant.bibliography
           ".bib": "bibtex", ".ris": "ris", ".nbib": "medline", ".medline": "medline", ".xml": "pubmed-xml"}
TEXT_FIELDS = ("abstract", "text", "summary")
ID_FIELDS = ("id", "_id", "doc_id")
TITLE_WORDS = 10
DANGLING = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}

Item = Record | Rejection


def file_format(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return FORMATS.get(os.path.splitext(name)[1])


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Rejection]]:
    """Expand files and directories (recursively) into the files to read, in a stable order."""
    files: list[Path] = []
    rejected: list[Rejection] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and file_format(p) and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                rejected.append(Rejection(origin=str(path), reason="directory holds no .txt, .jsonl, .json, .csv or .tsv files"))
            files.extend(found)
        elif path.is_file():
            if file_format(path) is None:
                rejected.append(Rejection(origin=str(path), reason="unsupported file type (expected .txt, .jsonl, .json, .csv or .tsv, optionally .gz)"))
            else:
                files.append(path)
        else:
            rejected.append(Rejection(origin=str(path), reason="no such file or directory"))
    # The same file named twice (or via a directory) is read once.
    unique = list(dict.fromkeys(p.resolve() for p in files))
    by_resolved = {p.resolve(): p for p in files}
    return [by_resolved[p] for p in unique], rejected


# Removed from every text at read time, so nothing stored can carry them: whole ANSI/OSC escape
# sequences (ESC[2J, ESC]0;title BEL, colours), other C0/C1 control characters (NUL, BEL, ESC...; tabs
# and the other whitespace controls become spaces), bidi overrides and isolates, zero-width spaces and stray BOMs.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


_CONTROL_SPACES = re.compile(r"[\x0b\x0c\x1c-\x1f\x85]")  # separators that str.split() takes for spaces


_SURROGATES = re.compile("[\ud800-\udfff]")
# a byte that is not UTF-8, kept by errors="surrogateescape" as one of U+DC80..U+DCFF
BAD_BYTE = re.compile("[\udc80-\udcff]")


def strip_controls(text: str) -> str:
    if text.isprintable():  # the common case: nothing to remove (tabs and newlines are not printable)
        return text
    # a lone surrogate (a JSON "\udcff" escape, a bad byte kept by surrogateescape) cannot be stored
    # as UTF-8: shown as U+FFFD, so the abstract is kept
    return _CONTROL_SPACES.sub(" ", _CONTROLS.sub("", _ESCAPES.sub("", _SURROGATES.sub("\ufffd", text))))


def normalise(text: str) -> str:
    return " ".join(strip_controls(unicodedata.normalize("NFC", text)).split())


def clean_metadata(value: Any) -> Any:
    """Metadata with control characters and escape sequences removed from every string in it."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {strip_controls(str(k)): clean_metadata(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_metadata(v) for v in value]
    return value


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def derive_title(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    words = first.split()
    title = " ".join(words[:TITLE_WORDS])
    if len(words) > TITLE_WORDS:
        cut = words[:TITLE_WORDS]
        while len(cut) > 3 and cut[-1].lower() in DANGLING:
            cut.pop()
        title = " ".join(cut).rstrip(",;:") + "…"
    return title.rstrip(".") or title  # an abstract of only dots keeps them as its title


def make_record(text: str, origin: str, *, max_chars: int, id: str | None = None,
                title: str | None = None, metadata: dict[str, Any] | None = None) -> Item:
    if len(text) > max_chars * 4:  # don't normalise megabytes of junk just to reject it
        return Rejection(origin=origin, reason=f"abstract too long: {len(text):,} characters (limit {max_chars:,}, ASSISTANT_MAX_ABSTRACT_CHARS)")
    clean = normalise(text)
    if not clean:
        return Rejection(origin=origin, reason="empty abstract")
    if len(clean) > max_chars:
        return Rejection(origin=origin, reason=f"abstract too long: {len(clean):,} characters (limit {max_chars:,}, ASSISTANT_MAX_ABSTRACT_CHARS)")
    digest = content_hash(clean)
    clean_title = normalise(title) if title else ""
    clean_id = strip_controls(id).strip() if id else ""
    return Record(
        id=(clean_id or digest[:12]),
        title=clean_title or derive_title(clean),
        title_derived=not clean_title,
        text=clean,
        origin=origin,
        content_hash=digest,
        metadata=clean_metadata(metadata) if metadata else {},
    )


def record_from_mapping(obj: Any, origin: str, max_chars: int) -> Item:
    if not isinstance(obj, dict):
        return Rejection(origin=origin, reason=f"expected a JSON object, got {type(obj).__name__}")
    text_key = next((k for k in TEXT_FIELDS if k in obj), None)
    if text_key is None:
        return Rejection(origin=origin, reason="no abstract: expected an 'abstract' or 'text' field")
    text = obj[text_key]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Rejection(origin=origin, reason=f"'{text_key}' is not a string")
    id_key = next((k for k in ID_FIELDS if obj.get(k) not in (None, "")), None)
    rid = str(obj[id_key]).strip() if id_key else None
    title = obj.get("title")
    used = {text_key, "title", *(k for k in ID_FIELDS if k in obj)}
    metadata = {k: v for k, v in obj.items() if k not in used and v not in (None, "", [])}
    return make_record(text, origin, max_chars=max_chars, id=rid or None,
                       title=title if isinstance(title, str) else None, metadata=metadata)


def _open(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _decode(raw: bytes, origin: str) -> str | Rejection:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Rejection(origin=origin, reason=f"invalid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})")


def _nonblank_lines(f: BinaryIO, path: str) -> Iterator[tuple[str, str | Rejection]]:
    for lineno, raw in enumerate(f, 1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        origin = f"{path}:{lineno}"
        yield origin, _decode(raw.rstrip(b"\r\n"), origin)


def _read_txt(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    for origin, line in _nonblank_lines(f, path):
        yield line if isinstance(line, Rejection) else make_record(line, origin, max_chars=max_chars)


def _read_jsonl(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    for origin, line in _nonblank_lines(f, path):
        if isinstance(line, Rejection):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Rejection(origin=origin, reason=f"malformed JSON: {e.msg} (column {e.colno})")
            continue
        yield record_from_mapping(obj, origin, max_chars)


def _read_json(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item]:
    head = f.read(4096)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        # Most ".json" abstract dumps (arXiv's metadata snapshot among them) are JSON Lines.
        f.seek(0)
        yield from _read_jsonl(f, path, max_chars)
        return
    data = _decode(head + f.read(), path)
    if isinstance(data, Rejection):
        yield data
        return
    try:
        items = json.loads(data.lstrip("\ufeff"))
    except json.JSONDecodeError as e:
        yield Rejection(origin=f"{path}:{e.lineno}", reason=f"malformed JSON: {e.msg} (column {e.colno})")
        return
    from . import bibliography

    if bibliography.looks_like_csl(items):  # Zotero / Better BibTeX "CSL JSON" export
        yield from bibliography.read_csl_items(items, path, max_chars)
        return
    for i, obj in enumerate(items, 1):
        yield record_from_mapping(obj, f"{path}:[{i}]", max_chars)


def _read_table(f: BinaryIO, path: str, max_chars: int, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    # surrogateescape keeps reading past a bad byte; the row holding it is rejected below.
    text = io.TextIOWrapper(f, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        # a bad byte in a column name is shown as U+FFFD: the column's values are kept (as metadata)
        header = [BAD_BYTE.sub("\ufffd", h.strip().lower()) for h in (reader.fieldnames or [])]
    except csv.Error as e:
        yield Rejection(origin=path, reason=f"unreadable header: {e}")
        return
    reader.fieldnames = header
    if not any(k in header for k in TEXT_FIELDS):
        found = ", ".join(h for h in header if h) or "nothing"
        yield Rejection(origin=path, reason=f"no text column: expected 'abstract' or 'text' in the header, found {found}")
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield Rejection(origin=f"{path}:{start}", reason=f"malformed row: {e}")
            continue
        origin = f"{path}:{start}"
        values = [v for v in row.values() if isinstance(v, str)]
        if any(has_bad_byte(v) for v in values):
            yield Rejection(origin=origin, reason="invalid UTF-8")
            continue
        if None in row:  # more cells than header columns
            row.pop(None)
        if not any((v or "").strip() for v in values):
            continue
        yield record_from_mapping(row, origin, max_chars)


def has_bad_byte(s: str) -> bool:
    return BAD_BYTE.search(s) is not None


def read_file(path: Path, max_chars: int, label: str | None = None) -> Iterator[Item]:
    """Yield every record of one file, and a Rejection for each bad line or a bad file.
    Origins read `label:line`, the label being the path as given unless another is passed."""
    fmt = file_format(path)
    name = label or str(path)
    try:
        with _open(path) as f:
            head = f.read(8192)
            if not head.strip():
                yield Rejection(origin=name, reason="empty file: no abstracts")
                return
            if b"\x00" in head:
                yield Rejection(origin=name, reason="binary file, not text (expected UTF-8 text)")
                return
            f.seek(0)
            stream: BinaryIO = f
            from . import bibliography

            if fmt == "txt" and bibliography.looks_like_medline(head):
                fmt = "medline"  # PubMed's "Format: PubMed" download saved as .txt
            if fmt in bibliography.READERS:
                yield from bibliography.read(fmt, stream, name, max_chars)
            elif fmt == "txt":
                yield from _read_txt(stream, name, max_chars)
            elif fmt == "jsonl":
                yield from _read_jsonl(stream, name, max_chars)
            elif fmt == "json":
                yield from _read_json(stream, name, max_chars)
            else:
                yield from _read_table(stream, name, max_chars, "\t" if fmt == "tsv" else ",")
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        yield Rejection(origin=name, reason=f"corrupt gzip file ({e})")
    except OSError as e:
        yield Rejection(origin=name, reason=f"cannot read file ({e.strerror or e})")


def count_lines(path: Path) -> int:
    """A cheap upper bound on a file's records, for progress bars."""
    n = 0
    try:
        with _open(path) as f:
            while chunk := f.read(1 << 20):
                n += chunk.count(b"\n")
    except (OSError, EOFError, zlib.error):
        return 0
    return n + 1
