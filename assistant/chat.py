"""A multi-turn conversation over the abstracts: follow-ups are rewritten into standalone questions
(`prompts/condense.md`) before retrieval; every turn is a full, verified `Answer`.

A follow-up that points back ("its code", "the second one", "source 2") is also given what it points
at: the abstracts the last answer cited (or the one it names) join the retrieved sources, first. A
rewrite that picks the wrong referent then still leaves the right abstract in view."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import PromptTemplate
from langchain_core.runnables import Runnable

from .citations import key_terms
from .errors import AssistantError
from .filters import Filter
from .prompts import read_prompt
from .render import transcript_markdown
from .schema import Answer, Source

if TYPE_CHECKING:
    from .core import Assistant

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_ORDINAL_REF = re.compile(r"\b(?:the\s+)?(" + "|".join(ORDINALS) + r")\s+(?:one|paper|abstract|source|study|article)\b", re.I)
_SOURCE_REF = re.compile(r"\b(?:source|abstract|paper)\s*\[?(\d)\]?", re.I)
_PRONOUN = re.compile(r"\b(it|its|they|them|their|this|that|these|those)\b(\s+(?:paper|papers|abstract|approach|method|methods|model|models|work|study|technique|techniques)\b)?", re.I)
_LEAD = re.compile(r"^(?:what|which|who|how|why|when|where)\s+(?:is|are|was|were|do|does|did|can|could|should|would|has|have)?\s*(?:the\s+|a\s+|an\s+)?", re.I)
_WHICH_DOC = re.compile(r"^(?:which|what)\s+(paper|abstract|study|article|work|publication)s?\s+(?!(?:is|are|was|were|do|does|did)\b)(\w+.*)", re.I)
ANSWER_CHARS = 300  # each past answer is shortened to this in the history


@dataclass
class Exchange:
    question: str
    standalone: str
    answer: Answer


@dataclass
class ChatSession:
    assistant: Assistant
    k: int | None = None
    history: list[Exchange] = field(default_factory=list)
    filter: Filter | None = None  # /where: only abstracts matching it
    _condense: Runnable[dict[str, Any], str] | None = None

    @property
    def last(self) -> Answer | None:
        return self.history[-1].answer if self.history else None

    def condenser(self) -> Runnable[dict[str, Any], str]:
        """history + follow-up -> standalone question: prompt | LLM | text, one runnable."""
        if self._condense is None:
            template = PromptTemplate.from_template(read_prompt("condense", self.assistant.settings.prompts_dir))
            self._condense = (template | self.assistant.llm.bind(max_tokens=60) | StrOutputParser()).with_config(run_name="condense")
        return self._condense

    def history_text(self) -> str:
        """The most recent exchanges that fit ASSISTANT_HISTORY_CHARS, oldest first."""
        limit = self.assistant.settings.history_chars
        lines: list[str] = []
        used = 0
        for ex in reversed(self.history):
            answer = ex.answer.text if len(ex.answer.text) <= ANSWER_CHARS else ex.answer.text[:ANSWER_CHARS].rsplit(" ", 1)[0] + " ..."
            block = f"User: {ex.standalone}\nAssistant: {answer}"
            if used + len(block) > limit and lines:
                break
            lines.insert(0, block)
            used += len(block)
        return "\n".join(lines)

    def standalone(self, question: str) -> str:
        """The question to search with: on a follow-up, a rewrite that names what it refers to.

        Server models rewrite with `prompts/condense.md`. The bundled 0.5B model only echoes the
        question back (measured), so with it, and whenever a rewrite still holds an unresolved
        "it"/"they"/"the second one", references are resolved from the last exchange by rule."""
        question = " ".join(question.split())
        if not self.history or not has_reference(question):
            return question
        rewritten = question
        if self.assistant.answer_chain.llm.caps.capable:
            out = self.condenser().invoke({"history": self.history_text(), "question": question})
            out = " ".join(out.strip().strip('"').split()).removeprefix("Rewritten question:").strip()
            if out and len(out) <= 3 * len(question) + 200:  # not an answer or a ramble
                rewritten = out.splitlines()[0]
        if has_reference(rewritten):
            rewritten = resolve_references(rewritten, self.history[-1])
        return rewritten

    def referents(self, question: str) -> list[Source]:
        """The sources a follow-up points at: the one it names ("the second one", "source 2"), else,
        for "it"/"its"/"this paper", the sources the last answer cited (its top source if none)."""
        if not self.history or not has_reference(question):
            return []
        last = self.history[-1].answer
        named = [int(m.group(1)) for m in _SOURCE_REF.finditer(question)]
        named += [ORDINALS[m.group(1).lower()] for m in _ORDINAL_REF.finditer(question)]
        if named:
            return [s for s in last.sources if s.number in named]
        if _PRONOUN.search(question):
            cited = [s for s in last.sources if any(c.id == s.id for c in last.citations)]
            return cited or last.sources[:1]
        return []

    def sources(self, question: str, standalone: str) -> list[Source] | None:
        """What to answer a follow-up from: its referents first, then what retrieval finds for the
        standalone question. None for a new question (the chain retrieves as usual)."""
        pinned = self.referents(question)
        if not pinned:
            return None
        k = self.k or self.assistant.settings.k
        found = self.assistant.retrieve(standalone, k, self.filter)
        merged = list({s.id: s for s in [*pinned, *found]}.values())[: max(k, len(pinned))]
        return [s.model_copy(update={"number": i}) for i, s in enumerate(merged, 1)]

    def ask(self, question: str, callbacks: list[Any] | None = None, standalone: str | None = None) -> Answer:
        query = standalone or self.standalone(question)
        answer = self.assistant.ask(query, self.k, callbacks=callbacks, sources=self.sources(question, query), filter=self.filter)
        self.history.append(Exchange(question=" ".join(question.split()), standalone=query, answer=answer))
        return answer

    def reset(self) -> None:
        self.history.clear()

    def save(self, path: Path) -> Path:
        if path.suffix.lower() == ".json":
            data = [{"question": e.question, "standalone": e.standalone, "answer": e.answer.model_dump(mode="json")} for e in self.history]
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        elif path.suffix.lower() in (".md", ".markdown", ".txt"):
            path.write_text(transcript_markdown([(e.question, e.standalone, e.answer) for e in self.history]), encoding="utf-8")
        else:
            raise AssistantError(f"{path}: /save writes .md or .json")
        return path


def has_reference(question: str) -> bool:
    return bool(_ORDINAL_REF.search(question) or _SOURCE_REF.search(question) or _PRONOUN.search(question))


def subject(ex: Exchange) -> str:
    """What the last exchange was about: the real title of the abstract its answer cited, else the
    names and acronyms of its question, else its question's topic phrase."""
    cited = ex.answer.citations[:1]
    if cited and not cited[0].metadata.get("title_derived") and len(cited[0].title.split()) <= 14:
        return f'"{cited[0].title}"'
    # "Which paper studies counting in VQA?" -> "the paper that studies counting in VQA" (the
    # topic phrase alone, "paper studies counting in VQA", reads as no noun phrase and the small
    # model copied it into its answer)
    which = _WHICH_DOC.match(ex.standalone)
    if which:
        rest = which.group(2).rstrip("?. ").split()
        return " ".join([f"the {which.group(1).lower()} that", *rest[:10]])
    names = [t for t in key_terms(ex.standalone) if not t.isdigit()]
    if names:
        return " ".join(dict.fromkeys(names))
    topic = _LEAD.sub("", ex.standalone).rstrip("?. ")
    return " ".join(topic.split()[:8]) or ex.standalone


def resolve_references(question: str, last: Exchange) -> str:
    """Replace "the second one" / "source 2" by that source's title and it/they/this paper by the
    last exchange's subject."""
    sources = {s.number: s for s in last.answer.sources}

    def title(n: int) -> str:
        src = sources.get(n)
        return f'"{src.title.rstrip("…")}"' if src else f"source {n}"

    ref = subject(last)

    def pronoun(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        return f"{ref}'s" if word in ("its", "their") else ref

    # pronouns first: a title put in below may itself contain "it" or "this"
    question = _PRONOUN.sub(pronoun, question, count=2)
    question = _ORDINAL_REF.sub(lambda m: title(ORDINALS[m.group(1).lower()]), question)
    return _SOURCE_REF.sub(lambda m: title(int(m.group(1))), question)
