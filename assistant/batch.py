"""The batch runner: a file of questions -> a JSONL, CSV or Markdown file of answers, resumable row by row."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import statistics
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from .errors import AssistantError, InputRejected
from .evaluation import percentile
from .filters import Filter
from .render import answer_markdown, clean, short_citation
from .schema import Answer, Source
from .settings import Settings


class Answerer(Protocol):
    """What the runner needs of the library core (an `Assistant`)."""

    settings: Settings

    def ensure_corpus(self) -> None: ...
    def retrieve_many(self, questions: list[str], k: int | None = None, filter: Filter | None = None) -> list[list[Source]]: ...
    def ask(self, question: str, k: int | None = None, *, callbacks: list[Any] | None = None,
            sources: list[Source] | None = None, filter: Filter | None = None) -> Answer: ...


Progress = Callable[[int, int | None], None]
FIELDS = ["id", "question", "answer", "kind", "verdict", "citations", "refused", "grounded", "error", "seconds"]
OUTPUTS = (".jsonl", ".csv", ".md")
_MD_ID = re.compile(r"^<!-- id: (.*?) (ok|error) -->$", re.M)


class BatchItem(BaseModel):
    id: str
    question: str
    extra: dict[str, Any] = Field(default_factory=dict)


class BatchReport(BaseModel):
    output: str
    total: int = 0
    skipped: int = 0  # answered by an earlier run
    answered: int = 0
    refused: int = 0
    errors: int = 0
    seconds: list[float] = Field(default_factory=list, exclude=True)
    wall_seconds: float = 0.0

    @property
    def mean_seconds(self) -> float:
        return statistics.fmean(self.seconds) if self.seconds else 0.0

    @property
    def p95_seconds(self) -> float:
        return percentile(self.seconds, 0.95)

    def summary(self) -> str:
        return (f"{self.answered} answered ({self.refused} refused), {self.errors} errors, {self.skipped} already done; "
                f"mean {self.mean_seconds:.1f} s, p95 {self.p95_seconds:.1f} s per question -> {self.output}")


# --- input -------------------------------------------------------------------
def read_questions(path: Path) -> list[BatchItem]:
    """Questions from .txt (one per line, id = line number), .jsonl (id, question, ...) or .csv.
    Structural problems and duplicate ids are errors before any work starts."""
    if not path.is_file():
        raise InputRejected(f"{path}: no such file")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputRejected(f"{path}: not UTF-8 text (byte {e.start})") from None
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        items = _read_jsonl(path, text)
    elif suffix in (".csv", ".tsv"):
        items = _read_csv(path, text, "\t" if suffix == ".tsv" else ",")
    else:
        items = [BatchItem(id=str(n), question=line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not items:
        raise InputRejected(f"{path}: no questions")
    counts: dict[str, int] = {}
    for i in items:
        counts[i.id] = counts.get(i.id, 0) + 1
    dupes = sorted(k for k, v in counts.items() if v > 1)
    if dupes:
        shown = ", ".join(dupes[:10]) + (" ..." if len(dupes) > 10 else "")
        raise InputRejected(f"{path}: duplicate ids: {shown}; ids must be unique so a run can resume")
    return items


def _read_jsonl(path: Path, text: str) -> list[BatchItem]:
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputRejected(f"{path}:{n}: malformed JSON ({e.msg})") from None
        if not isinstance(obj, dict) or "question" not in obj:
            raise InputRejected(f"{path}:{n}: expected an object with a 'question' field")
        rid = obj.get("id")
        extra = {k: v for k, v in obj.items() if k not in ("id", "question")}
        items.append(BatchItem(id=str(rid) if rid not in (None, "") else str(n), question=str(obj["question"] or ""), extra=extra))
    return items


def _read_csv(path: Path, text: str, delimiter: str) -> list[BatchItem]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or "question" not in [f.strip().lower() for f in reader.fieldnames]:
        raise InputRejected(f"{path}: needs a 'question' column (found: {', '.join(reader.fieldnames or []) or 'nothing'})")
    reader.fieldnames = [f.strip().lower() for f in reader.fieldnames]
    items = []
    for row in reader:
        row.pop(None, None)  # type: ignore[call-overload]
        rid = (row.get("id") or "").strip() or str(reader.line_num)
        extra = {k: v for k, v in row.items() if k not in ("id", "question")}
        items.append(BatchItem(id=rid, question=row.get("question") or "", extra=extra))
    return items


# --- output ------------------------------------------------------------------
def citation_row(c: Any) -> dict[str, Any]:
    meta = c.metadata
    row = {"number": c.number, "id": c.id, "title": c.title, "cite_as": short_citation(meta), "quote": c.quote}
    for key in ("authors", "year", "venue", "doi", "url"):
        if meta.get(key):
            row[key] = meta[key]
    if c.stance:
        row["stance"] = c.stance
    return row


def answer_row(item: BatchItem, answer: Answer | None, error: str | None, seconds: float) -> dict[str, Any]:
    return {
        "id": item.id, "question": item.question,
        "answer": answer.text if answer else None,
        "kind": answer.kind if answer else None,
        "verdict": answer.verdict if answer else None,
        "citations": [citation_row(c) for c in answer.citations] if answer else [],
        "refused": answer.refused if answer else None,
        "grounded": answer.grounded if answer else None,
        "error": error, "seconds": round(seconds, 3),
        **{k: v for k, v in item.extra.items() if k not in FIELDS},
    }


def read_answers(path: Path) -> list[dict[str, Any]]:
    """The rows of an answers file (JSONL or CSV), the last row of each id winning; a torn last line
    (a run killed mid-write) is ignored."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text = text[: text.rfind("\n") + 1]
    rows: dict[str, dict[str, Any]] = {}
    if path.suffix.lower() == ".md":
        for section in markdown_sections(text):
            rows[section["id"]] = section
        return list(rows.values())
    if path.suffix.lower() == ".csv":
        for row in csv.DictReader(io.StringIO(text, newline="")):
            parsed: dict[str, Any] = dict(row)
            parsed["citations"] = json.loads(row.get("citations") or "[]")
            for key in ("refused", "grounded"):
                parsed[key] = {"True": True, "False": False}.get(row.get(key) or "", None)
            parsed["error"] = row.get("error") or None
            parsed["seconds"] = float(row["seconds"]) if row.get("seconds") else None
            rows[str(row["id"])] = parsed
    else:
        for line in text.splitlines():
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                rows[str(obj["id"])] = obj
    return list(rows.values())


def markdown_sections(text: str) -> list[dict[str, Any]]:
    """The sections of a Markdown answers file: each starts with `<!-- id: X ok|error -->`."""
    marks = list(_MD_ID.finditer(text))
    out = []
    for m, nxt in zip(marks, [*marks[1:], None]):
        body = text[m.start(): nxt.start() if nxt else len(text)]
        out.append({"id": m.group(1), "error": "error" if m.group(2) == "error" else None, "markdown": body})
    return out


def markdown_section(item: BatchItem, answer: Answer | None, error: str | None) -> str:
    head = f"<!-- id: {item.id.replace('--', '- -')} {'error' if error else 'ok'} -->\n"
    if answer is not None:
        return head + answer_markdown(answer) + "\n"
    return head + f"## {clean(item.question)}\n\n> error: {clean(error)}\n\n"


class _Writer:
    """Appends rows, flushed and fsynced one by one, so a killed run loses at most the row in flight."""

    def __init__(self, path: Path, overwrite: bool) -> None:
        self.path = path
        self.csv = path.suffix.lower() == ".csv"
        self.markdown = path.suffix.lower() == ".md"
        path.parent.mkdir(parents=True, exist_ok=True)
        if overwrite:
            path.unlink(missing_ok=True)
        self._repair()
        self.fields: list[str] | None = None
        if self.csv and path.exists() and path.stat().st_size:
            with open(path, newline="", encoding="utf-8") as f:
                self.fields = next(csv.reader(f), None)
        self.f = open(path, "a", encoding="utf-8", newline="")

    def _repair(self) -> None:
        """Cut a torn last line (or, in Markdown, a torn last section) left by a killed run."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if self.markdown:
            if data and not data.endswith(b"\n\n"):
                cut = data.rfind(b"<!-- id: ")
                with open(self.path, "r+b") as f:
                    f.truncate(max(cut, 0))
            return
        if data and not data.endswith(b"\n"):
            with open(self.path, "r+b") as f:
                f.truncate(data.rfind(b"\n") + 1)

    def write(self, row: dict[str, Any]) -> None:
        if self.markdown:
            self.f.write(row["markdown"])
        elif self.csv:
            flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}
            if self.fields is None:
                self.fields = list(flat)
                csv.writer(self.f).writerow(self.fields)
            csv.DictWriter(self.f, fieldnames=self.fields, extrasaction="ignore").writerow(flat)
        else:
            self.f.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.f.flush()
        os.fsync(self.f.fileno())

    def close(self) -> None:
        self.f.close()


def compact(path: Path) -> None:
    """Rewrite the file with one row per id (after failed rows were retried), atomically."""
    rows = read_answers(path)
    tmp = path.with_name(f".{path.stem}.tmp{path.suffix}")  # same suffix: same format
    if tmp.exists():
        tmp.unlink()
    writer = _Writer(tmp, overwrite=True)
    for row in rows:
        writer.write(row)
    writer.close()
    os.replace(tmp, path)


# --- running -----------------------------------------------------------------
def _answer_one(assistant: Answerer, item: BatchItem, sources: list[Source] | None, filter: Filter | None = None) -> dict[str, Any]:
    start = time.perf_counter()
    answer: Answer | None = None
    error: str | None = None
    try:
        if not item.question.strip():
            raise InputRejected("empty question")
        answer = assistant.ask(item.question, sources=sources, filter=filter)
    except AssistantError as e:
        error = str(e)
    except Exception as e:  # noqa: BLE001 - one bad row must not stop the run
        error = f"{type(e).__name__}: {e}"
    row = answer_row(item, answer, error, time.perf_counter() - start)
    row["markdown"] = markdown_section(item, answer, error)
    return row


def run_batch(assistant: Answerer, questions: Path, output: Path, *, overwrite: bool = False,
              concurrency: int = 1, progress: Progress | None = None, filter: Filter | None = None) -> BatchReport:
    """Answer every question of `questions` not yet answered in `output`; append each row as it is done."""
    items = read_questions(questions)
    if output.suffix.lower() not in OUTPUTS:
        raise InputRejected(f"{output}: the output must end in .jsonl, .csv or .md")
    done = {} if overwrite else {str(r["id"]): r for r in read_answers(output)}
    answered_before = {i for i, r in done.items() if not r.get("error")}
    retried = any(i in done and i not in answered_before for i in (it.id for it in items))
    todo = [it for it in items if it.id not in answered_before]
    report = BatchReport(output=str(output), total=len(items), skipped=len(items) - len(todo))
    from .llm import calls_in_parallel
    from .questions import classify

    if not calls_in_parallel(assistant.settings):
        concurrency = 1
    start = time.perf_counter()
    writer = _Writer(output, overwrite)
    try:
        assistant.ensure_corpus()
        size = assistant.settings.batch_chunk
        for chunk_start in range(0, len(todo), size):
            chunk = todo[chunk_start: chunk_start + size]
            # survey and multi-part questions retrieve their own way; the rest are retrieved together
            askable = [it for it in chunk if it.question.strip() and classify(it.question).kind not in ("survey", "multipart")]
            retrieved = dict(zip((it.id for it in askable), assistant.retrieve_many([it.question for it in askable], None, filter)))
            rows: Iterator[dict[str, Any]]
            if concurrency > 1:
                pool = ThreadPoolExecutor(max_workers=concurrency)
                rows = pool.map(lambda it: _answer_one(assistant, it, retrieved.get(it.id), filter), chunk)
            else:
                pool = None
                rows = (_answer_one(assistant, it, retrieved.get(it.id), filter) for it in chunk)
            for row in rows:
                writer.write(row if writer.markdown else {k: v for k, v in row.items() if k != "markdown"})
                report.seconds.append(row["seconds"])
                if row["error"]:
                    report.errors += 1
                else:
                    report.answered += 1
                    report.refused += bool(row["refused"])
                if progress:
                    progress(1, len(todo))
            if pool:
                pool.shutdown()
    finally:
        writer.close()
    if retried:
        compact(output)
    report.wall_seconds = round(time.perf_counter() - start, 2)
    return report
