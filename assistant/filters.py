"""Metadata filters: `--where 'year >= 2020'`, `--author NAME`, `--tag KEYWORD` (and `ask(where=...)`).

A filter becomes a Chroma `where` clause over the flat fields every record is stored with
(`filter_fields`): the dense side filters inside Chroma, the BM25 side is given the ids that match,
so both rank only matching abstracts."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from typing import Any

from .errors import AssistantError

# Stored flat on every record that has them, so Chroma can filter on them.
FIELDS = {"year": int, "venue": str, "doi": str, "source": str, "type": str}
LIST_FIELDS = {"author": "author_keys", "tag": "tags"}
_OPS = {"=": "$eq", "==": "$eq", "!=": "$ne", ">": "$gt", ">=": "$gte", "<": "$lt", "<=": "$lte"}
_TOKEN = re.compile(r"\s*(>=|<=|==|!=|[<>=(),\[\]]|'[^']*'|\"[^\"]*\"|[^\s<>=!(),\[\]]+)")


def family_name(name: str) -> str:
    """'Vaswani, Ashish' and 'Ashish Vaswani' -> 'vaswani'."""
    name = " ".join(str(name).split())
    if "," in name:
        return name.split(",", 1)[0].strip().lower()
    return (name.rsplit(" ", 1)[-1] if name else "").lower()


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"\s+and\s+|;|,(?=\s*[A-Z])", value) if v.strip()]
    if isinstance(value, list):
        return [" ".join(str(v).split()) if not isinstance(v, list) else " ".join(str(x) for x in v[:2][::-1]) for v in value if v]
    return []


def filter_fields(metadata: dict[str, Any], origin: str) -> dict[str, Any]:
    """The flat, filterable fields of a record: year, venue, doi, type, source file, the authors'
    family names and the keywords/categories (both lower-cased lists)."""
    out: dict[str, Any] = {"source": origin.rsplit(":", 1)[0] if ":" in origin else origin}
    year = metadata.get("year")
    if year is None:
        for key in ("date", "published", "update_date", "issued"):
            m = re.match(r"\s*(\d{4})", str(metadata.get(key) or ""))
            if m:
                year = m.group(1)
                break
    try:
        if year is not None and 1000 <= int(str(year)[:4]) <= 3000:
            out["year"] = int(str(year)[:4])
    except ValueError:
        pass
    for key, target in (("venue", "venue"), ("journal", "venue"), ("doi", "doi"), ("entry_type", "type")):
        value = metadata.get(key)
        if isinstance(value, str) and value.strip() and target not in out:
            out[target] = value.strip().lower() if target in ("doi", "type") else value.strip()
    authors = sorted({family_name(a) for a in _as_list(metadata.get("authors")) if family_name(a)})
    if authors:
        out["author_keys"] = authors
    tags: set[str] = set()
    for key in ("keywords", "categories", "tags"):
        raw = metadata.get(key)
        values = raw.split(",") if isinstance(raw, str) and key != "categories" else raw.split() if isinstance(raw, str) else raw
        for v in values or []:
            if isinstance(v, str) and v.strip():
                tags.add(v.strip().lower())
    if tags:
        out["tags"] = sorted(tags)
    return out


@dataclass
class Filter:
    """What to restrict retrieval to. Empty = everything."""

    where: list[str] = field(default_factory=list)  # expressions such as "year >= 2020"
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.where or self.authors or self.tags)

    def describe(self) -> str:
        parts = [*self.where, *(f"author {a}" for a in self.authors), *(f"tag {t}" for t in self.tags)]
        return " and ".join(parts)

    def chroma(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        for expr in self.where:
            clauses.append(parse_where(expr))
        clauses += [{"author_keys": {"$contains": family_name(a)}} for a in self.authors]
        clauses += [{"tags": {"$contains": t.strip().lower()}} for t in self.tags]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def make_filter(f: Filter | None = None, where: str | list[str] | None = None, author: str | list[str] | None = None,
                tag: str | list[str] | None = None) -> Filter | None:
    """A Filter from keyword arguments (`ask(..., where="year >= 2020", author="Vaswani")`)."""
    def listed(v: str | list[str] | None) -> list[str]:
        return [v] if isinstance(v, str) else list(v or [])

    out = Filter(list(f.where) if f else [], list(f.authors) if f else [], list(f.tags) if f else [])
    out.where += listed(where)
    out.authors += listed(author)
    out.tags += listed(tag)
    for expr in out.where:
        parse_where(expr)  # a bad expression fails here, with its own message
    return out or None


def parse_where(expr: str) -> dict[str, Any]:
    """'year >= 2020', 'year >= 2018 and year < 2021', "venue = 'NeurIPS' or venue = ICML",
    'year in [2019, 2020]' -> a Chroma where clause. Errors name what was expected."""
    tokens = [t for t in _TOKEN.findall(expr) if t.strip()]
    if not tokens:
        raise AssistantError("empty --where expression")
    pos = 0

    def fail(msg: str) -> AssistantError:
        return AssistantError(f"--where {expr!r}: {msg}; e.g. 'year >= 2020', \"venue = 'NeurIPS'\", 'year in [2019, 2020]' "
                              f"(fields: {', '.join(FIELDS)})")

    def value(field_name: str, raw: str) -> Any:
        text = raw[1:-1] if raw[:1] in "'\"" and raw[-1:] == raw[:1] and len(raw) > 1 else raw
        if FIELDS[field_name] is int:
            try:
                return int(text)
            except ValueError:
                raise fail(f"{field_name} needs a whole number, not {text!r}") from None
        return text.lower() if field_name in ("doi", "type") else text

    def comparison() -> dict[str, Any]:
        nonlocal pos
        if pos >= len(tokens):
            raise fail("expected a field name")
        name = tokens[pos].lower()
        if name == "(":
            pos += 1
            inner = disjunction()
            if pos >= len(tokens) or tokens[pos] != ")":
                raise fail("missing ')'")
            pos += 1
            return inner
        if name not in FIELDS:
            raise fail(f"unknown field {tokens[pos]!r}")
        if pos + 2 > len(tokens):
            raise fail(f"expected an operator and a value after {name}")
        op = tokens[pos + 1].lower()
        if op in ("in", "not"):
            negate = op == "not"
            pos += 2 + negate
            if negate and (pos - 1 >= len(tokens) or tokens[pos - 1].lower() != "in"):
                raise fail("expected 'not in'")
            if pos >= len(tokens) or tokens[pos] != "[":
                raise fail("expected a list like [2019, 2020]")
            pos += 1
            items = []
            while pos < len(tokens) and tokens[pos] != "]":
                if tokens[pos] != ",":
                    items.append(value(name, tokens[pos]))
                pos += 1
            if pos >= len(tokens) or not items:
                raise fail("expected a non-empty list closed by ']'")
            pos += 1
            return {name: {"$nin" if negate else "$in": items}}
        if op not in _OPS:
            raise fail(f"unknown operator {tokens[pos + 1]!r}")
        if pos + 2 >= len(tokens):
            raise fail(f"expected a value after {name} {op}")
        if _OPS[op] in ("$gt", "$gte", "$lt", "$lte") and FIELDS[name] is not int:
            raise fail(f"{name} can only be compared with = or !=")
        clause = {name: {_OPS[op]: value(name, tokens[pos + 2])}}
        pos += 3
        return clause

    def conjunction() -> dict[str, Any]:
        nonlocal pos
        parts = [comparison()]
        while pos < len(tokens) and tokens[pos].lower() == "and":
            pos += 1
            parts.append(comparison())
        return parts[0] if len(parts) == 1 else {"$and": parts}

    def disjunction() -> dict[str, Any]:
        nonlocal pos
        parts = [conjunction()]
        while pos < len(tokens) and tokens[pos].lower() == "or":
            pos += 1
            parts.append(conjunction())
        return parts[0] if len(parts) == 1 else {"$or": parts}

    clause = disjunction()
    if pos != len(tokens):
        raise fail(f"unexpected {' '.join(tokens[pos:])!r}")
    return clause


def from_command(text: str) -> Filter:
    """Chat's `/where year >= 2020 author Vaswani tag nlp` (or `/where off`)."""
    out = Filter()
    words = shlex.split(text)
    i = 0
    expr: list[str] = []
    while i < len(words):
        w = words[i]
        if w.lower() in ("author", "tag") and i + 1 < len(words):
            (out.authors if w.lower() == "author" else out.tags).append(words[i + 1])
            i += 2
            continue
        expr.append(w)
        i += 1
    if expr:
        out.where.append(" ".join(expr))
        parse_where(out.where[0])  # fail now, not at the next question
    return out
