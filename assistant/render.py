"""One renderer of an `Answer`, in three forms: plain text (`str(answer)`, piped output), Markdown
(`ask --format markdown`, chat `/save`, batch `--format markdown`) and Rich (the terminal); plus the
BibTeX of the cited works. Everything an abstract contributes is sanitised here: no control or
escape sequence from a stored abstract reaches a terminal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .schema import Answer, Citation, Source

if TYPE_CHECKING:
    from rich.console import Console

# C0/C1 control characters (ESC starts ANSI and OSC sequences), bidi overrides, zero-width marks.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def clean(text: Any) -> str:
    """Text safe to print: escape sequences removed whole, other control characters dropped."""
    return _CONTROL.sub("", _ANSI.sub("", str(text)))


def short_citation(metadata: dict[str, Any]) -> str | None:
    """'Vaswani et al., 2017', 'Smith and Jones, 2020', 'Smith, 2020'; None without authors."""
    authors = metadata.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in re.split(r"\s+and\s+|;", authors) if a.strip()]
    if not isinstance(authors, list) or not authors:
        return None
    families = [_family(str(a)) for a in authors if str(a).strip()]
    if not families:
        return None
    who = families[0] if len(families) == 1 else f"{families[0]} and {families[1]}" if len(families) == 2 else f"{families[0]} et al."
    year = metadata.get("year") or str(metadata.get("date") or "")[:4]
    return f"{who}, {year}" if year else who


def _family(name: str) -> str:
    name = " ".join(name.split())
    if "," in name:
        return name.split(",", 1)[0].strip()
    parts = name.split(" ")
    return parts[-1] if parts else name


def label(src: Source) -> str:
    """How a source is named to the user: 'Vaswani et al., 2017. Attention Is All You Need', or
    the title alone; a title made from the abstract's first words says so."""
    who = short_citation(src.metadata)
    title = clean(src.title)
    if src.metadata.get("title_derived"):
        title = f"(untitled) {title}"
    return f"{clean(who)}. {title}" if who else title


@dataclass(frozen=True)
class Reference:
    number: int
    label: str
    id: str
    origin: str
    quote: str = ""
    support: float | None = None
    stance: str | None = None
    link: str = ""
    score: float | None = None


def _link(meta: dict[str, Any]) -> str:
    doi = meta.get("doi")
    if doi:
        return f"https://doi.org/{clean(doi)}"
    return clean(meta.get("url") or "")


def references(answer: Answer) -> list[Reference]:
    """The cited sources (or, for a refusal, the nearest abstracts), in the order they are shown."""
    if answer.citations:
        return [Reference(c.number, label(c), clean(c.id), clean(c.origin), clean(c.quote), c.support, c.stance, _link(c.metadata))
                for c in answer.citations]
    if answer.refused:
        return [Reference(s.number, label(s), clean(s.id), clean(s.origin), link=_link(s.metadata), score=s.score) for s in answer.sources[:3]]
    return []


VERDICT_WORDS = {"yes": "Yes", "no": "No", "unsettled": "The abstracts do not settle this"}


# --- plain text ----------------------------------------------------------------
def answer_plain(answer: Answer) -> str:
    lines = [clean(answer.text)]
    refs = references(answer)
    if refs:
        lines += ["", "Sources:" if answer.citations else "Nearest abstracts:"]
        for r in refs:
            lines.append(f"[{r.number}] {r.label} ({r.id}, {r.origin})")
            if r.quote:
                lines.append(f"    \u201c{r.quote}\u201d")
    return "\n".join(lines)


# --- Markdown --------------------------------------------------------------------
def _md(text: str) -> str:
    return clean(text).replace("*", "\\*").replace("_", "\\_")


def answer_markdown(answer: Answer, heading: str | None = "##", searched: str | None = None) -> str:
    """The answer with a numbered reference list, as a Markdown section."""
    out: list[str] = []
    if heading:
        out += [f"{heading} {_md(answer.question)}", ""]
    if searched and searched != answer.question:
        out += [f"*searched for: {_md(searched)}*", ""]
    out += [_md(answer.text), ""]
    refs = references(answer)
    if refs:
        out += ["**References**" if answer.citations else "**Nearest abstracts**", ""]
        for r in refs:
            link = f" <{r.link}>" if r.link else ""
            out.append(f"{r.number}. {_md(r.label)} ({_md(r.id)}, {_md(r.origin)}){link}")
            if r.quote:
                out.append(f"   > {_md(r.quote)}")
        out.append("")
    return "\n".join(out)


def transcript_markdown(exchanges: list[tuple[str, str, Answer]]) -> str:
    """A chat transcript: (question as typed, question searched, answer) per exchange."""
    out = ["# Conversation", ""]
    for typed, searched, answer in exchanges:
        out.append(answer_markdown(answer.model_copy(update={"question": typed}), searched=searched))
    return "\n".join(out)


# --- Rich (terminal) -------------------------------------------------------------------
def _canonical(text: str) -> str:
    """Text with spacing and full stops removed: "methods. [1]" and "methods [1]." read the same."""
    return "".join(ch for ch in text if not ch.isspace() and ch != ".")


def answer_rich(console: Console, answer: Answer, streamed: str = "", show_notes: bool = True) -> None:
    """The verified answer (unless the stream already showed it as is), then its sources."""
    from rich.markup import escape

    if streamed:
        console.print()
    if _canonical(answer.text) != _canonical(streamed):
        if streamed:
            console.print("[dim]verified answer:[/]")
        console.print(escape(clean(answer.text)), style="bold" if not answer.refused else None)
    refs = references(answer)
    if refs and not answer.citations:
        console.print("[dim]Nearest abstracts:[/]")
    elif refs:
        console.print()
    for r in refs:
        score = f", score {r.score:.2f}" if r.score is not None else ""
        console.print(f"[cyan][{r.number}][/] [bold]{escape(r.label)}[/] [dim]({escape(r.id)}, {escape(r.origin)}{score})[/]")
        if r.quote:
            stance = f"{r.stance}, " if r.stance else ""
            console.print(f"    [green]\u201c{escape(r.quote)}\u201d[/] [dim]({stance}support {r.support or 0:.2f})[/]")
    if show_notes:
        for note in answer.notes:
            console.print(f"[yellow]note:[/] [dim]{escape(clean(note))}[/]")
    if not answer.refused and not answer.grounded:
        console.print("[yellow]warning: parts of this answer are not supported by the cited abstracts[/]")


def source_rich(console: Console, src: Source) -> None:
    """One source in full (chat /open): label, ids, metadata, text."""
    from rich.markup import escape

    console.print(f"[bold][{src.number}] {escape(label(src))}[/]")
    console.print(f"id: {escape(clean(src.id))}   origin: {escape(clean(src.origin))}   score: {src.score:.3f}")
    for key, value in src.metadata.items():
        if key in ("bibtex", "title_derived"):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        console.print(f"{escape(clean(key))}: {escape(clean(shown))}")
    console.print(escape(clean(src.text)))


# --- BibTeX of the cited works -----------------------------------------------------------
def _bibtex_escape(text: str) -> str:
    return clean(text).replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}").replace("&", "\\&").replace("%", "\\%")


def bibtex_entry(src: Source | Citation) -> str:
    """The original entry when the record came from BibTeX; otherwise one made from the metadata."""
    meta = src.metadata
    if isinstance(meta.get("bibtex"), str) and meta["bibtex"].strip():
        return clean(meta["bibtex"]).strip()
    key = re.sub(r"[^\w:.-]", "_", src.id) or "ref"
    fields: list[tuple[str, str]] = []
    if not meta.get("title_derived"):
        fields.append(("title", src.title))
    authors = meta.get("authors")
    if isinstance(authors, list) and authors:
        fields.append(("author", " and ".join(map(str, authors))))
    year = meta.get("year") or str(meta.get("date") or "")[:4]
    if year:
        fields.append(("year", str(year)))
    for name, value in (("journal", meta.get("venue")), ("doi", meta.get("doi")), ("url", meta.get("url"))):
        if value:
            fields.append((name, str(value)))
    if isinstance(meta.get("keywords"), list) and meta["keywords"]:
        fields.append(("keywords", ", ".join(map(str, meta["keywords"]))))
    fields.append(("abstract", src.text))
    body = ",\n".join(f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields)
    kind = "article" if meta.get("venue") else "misc"
    return f"@{kind}{{{key},\n{body}\n}}"


def answer_bibtex(answer: Answer) -> str:
    return "\n\n".join(bibtex_entry(c) for c in answer.citations) + ("\n" if answer.citations else "")
