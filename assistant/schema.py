"""The typed data that flows through the assistant: records, sources, reports, answers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Verdict = Literal["yes", "no", "unsettled"]
Stance = Literal["supports", "refutes", "neither"]


class Record(BaseModel):
    """One abstract as read from a source file, normalised and ready to store."""

    id: str
    title: str
    title_derived: bool = False
    text: str
    origin: str  # file:line
    content_hash: str
    metadata: dict[str, Any] = Field(default_factory=dict)

    @property
    def source(self) -> str:
        """The file (as given) the record came from: its origin without the line."""
        return self.origin.rsplit(":", 1)[0] if ":" in self.origin else self.origin

    def record_hash(self) -> str:
        """Changes when anything stored about the record changes (text, title or metadata)."""
        import hashlib
        import json

        blob = json.dumps([self.title, self.text, self.metadata], sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]

    def embedding_text(self) -> str:
        # A derived title only repeats the first words of the text; a real one adds signal.
        return self.text if self.title_derived else f"{self.title}. {self.text}"


class Rejection(BaseModel):
    """A record or file that was not stored, and why."""

    origin: str  # file or file:line
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class Skipped(Rejection):
    """An entry that holds no abstract: reported and counted, not an error"""


class IngestReport(BaseModel):
    collection: str
    files: int = 0
    read: int = 0
    new: int = 0
    updated: int = 0  # known ids whose text or metadata changed, rewritten in place
    duplicates: int = 0
    rejected: int = 0
    skipped: int = 0  # entries without an abstract (bibliography exports)
    seconds: float = 0.0
    rejections: list[Rejection] = Field(default_factory=list)
    skipped_entries: list[Skipped] = Field(default_factory=list)  # the first 1000

    @property
    def rate(self) -> float:
        """Abstracts read per second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (
            f"{self.new} new, {f'{self.updated} updated, ' if self.updated else ''}{self.duplicates} duplicates skipped, {self.rejected} rejected"
            f"{f', {self.skipped} without abstract skipped' if self.skipped else ''} "
            f"({self.read} read from {self.files} file{'s' if self.files != 1 else ''} "
            f"in {self.seconds:.1f} s, {self.rate:.1f} abstracts/s)"
        )


class Source(BaseModel):
    """A retrieved abstract, numbered as it is shown to the LLM and the user."""

    number: int
    id: str
    title: str
    text: str
    score: float
    origin: str
    metadata: dict[str, Any] = Field(default_factory=dict)


class Citation(Source):
    """A cited source with the sentence of it that best supports the claim citing it."""

    quote: str = ""
    support: float = 0.0
    stance: Stance | None = None  # yes/no questions: what this evidence says of the claim


class Timings(BaseModel):
    retrieval: float = 0.0
    first_token: float | None = None
    total: float = 0.0


class Answer(BaseModel):
    question: str
    text: str
    kind: str = "factoid"  # factoid, yesno, multipart, survey, listing or summary (assistant.questions)
    verdict: Verdict | None = None  # yes/no questions only: None for every other kind
    citations: list[Citation] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    refused: bool = False
    grounded: bool = False
    model: str = ""
    timings: Timings = Field(default_factory=Timings)
    notes: list[str] = Field(default_factory=list)  # e.g. dropped citations, trimmed question

    def __str__(self) -> str:
        from .render import answer_plain

        return answer_plain(self)
