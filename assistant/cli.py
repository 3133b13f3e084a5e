"""The `assistant` command: a thin Typer + Rich layer over the library."""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from langchain_core.callbacks import BaseCallbackHandler
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .core import Assistant
from .errors import AssistantError, InputRejected
from .render import answer_bibtex, answer_markdown, answer_rich, clean, label, source_rich
from .schema import Answer, IngestReport, Source

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Answer questions from a collection of research-paper abstracts, with citations.")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # an error stays one line, however narrow the terminal

StoreOpt = Annotated[Path | None, typer.Option("--store", help="Store directory (default: ASSISTANT_STORE_DIR or the user data dir).")]
CollectionOpt = Annotated[str | None, typer.Option("--collection", "-c", help="Collection name (default: ASSISTANT_COLLECTION or 'abstracts').")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

F = TypeVar("F", bound=Callable[..., Any])
MAX_LISTED_REJECTIONS = 20


def handle_errors(fn: F) -> F:
    """User mistakes become one line on stderr and a non-zero exit, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        logging.getLogger("chromadb").setLevel(logging.ERROR)
        try:
            return fn(*args, **kwargs)
        except AssistantError as e:
            report = getattr(e, "report", None)
            if isinstance(report, IngestReport):
                print_rejections(report)
            err.print(f"[red]error:[/] {escape(str(e))}")
            raise typer.Exit(e.exit_code) from None
        except KeyboardInterrupt:
            err.print("[yellow]interrupted[/]")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def make_assistant(store: Path | None, collection: str | None, **overrides: Any) -> Assistant:
    return Assistant(store_dir=store, collection=collection, notice=lambda m: err.print(f"[dim]{escape(m)}[/]"),
                     **{k: v for k, v in overrides.items() if v is not None})


class RateColumn(ProgressColumn):
    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed or (task.completed / task.elapsed if task.elapsed else None)
        return Text(f"{speed:,.1f} {self.unit}/s" if speed else f"- {self.unit}/s", style="cyan")


def progress_bar(unit: str) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    RateColumn(unit), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False)


def print_rejections(report: IngestReport) -> None:
    for r in report.rejections[:MAX_LISTED_REJECTIONS]:
        err.print(f"[yellow]rejected[/] {escape(str(r))}")
    if len(report.rejections) > MAX_LISTED_REJECTIONS:
        err.print(f"[yellow]... and {len(report.rejections) - MAX_LISTED_REJECTIONS} more rejected[/]")


@app.command()
@handle_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories: .txt (one abstract per line), .jsonl/.json, .csv/.tsv, optionally .gz.")],
    store: StoreOpt = None,
    collection: CollectionOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Refuse the whole input, writing nothing, if any record is bad.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Add abstracts to a collection (deduplicated, resumable)."""
    assistant = make_assistant(store, collection)
    with progress_bar("abstracts") as bar:
        task = bar.add_task("Embedding", total=None)

        def advance(n: int, total: int | None) -> None:
            bar.update(task, advance=n, total=total)

        report = assistant.ingest(paths, strict=strict, progress=advance)
        bar.update(task, total=bar.tasks[0].completed)
    print_rejections(report)
    if json_out:
        out.print_json(report.model_dump_json(exclude={"rejections"}))
    else:
        out.print(f"{escape(report.summary())} -> collection '{report.collection}'")
    if report.rejected:
        raise typer.Exit(1)


def snippet(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


@app.command()
@handle_errors
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in plain language.")],
    k: Annotated[int, typer.Option("-k", "--k", min=1, max=1000, help="How many abstracts.")] = 5,
    mode: Annotated[str | None, typer.Option("--mode", help="dense, bm25 or hybrid (default: ASSISTANT_RETRIEVAL).")] = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Print the abstracts that best match QUERY, ranked."""
    if not query.strip():
        raise AssistantError("the query is empty")
    if mode is not None and mode not in ("dense", "bm25", "hybrid"):
        raise AssistantError(f"unknown --mode {mode!r}: use dense, bm25 or hybrid")
    sources = make_assistant(store, collection, retrieval=mode).retrieve(query, k)
    if json_out:
        print(json.dumps([source_json(s) for s in sources], ensure_ascii=False, indent=2))
        return
    if not sources:
        out.print("No abstracts in this collection yet: add some with `assistant ingest PATH`.")
        return
    table = Table(show_lines=True)
    for col in ("rank", "score", "id", "title / snippet", "origin"):
        table.add_column(col, overflow="fold")
    for s in sources:
        head = "" if s.metadata.get("title_derived") else f"[bold]{escape(label(s))}[/]\n"
        table.add_row(str(s.number), f"{s.score:.3f}", escape(clean(s.id)), head + escape(snippet(clean(s.text))), escape(clean(s.origin)))
    out.print(table)


def source_json(s: Source) -> dict[str, Any]:
    return {"rank": s.number, "id": s.id, "title": s.title, "text": s.text, "score": s.score, "origin": s.origin, "metadata": s.metadata}


@app.command()
@handle_errors
def info(store: StoreOpt = None, collection: CollectionOpt = None, json_out: JsonOpt = False) -> None:
    """Show the store, its collections, their sizes and embedding models."""
    assistant = make_assistant(store, collection)
    data = assistant.info()
    if json_out:
        print(json.dumps(data, indent=2))
        return
    out.print(f"store: {escape(data['store'])}")
    s = assistant.settings
    out.print(f"configured: collection '{s.collection}', embedding model {s.embedding_model}, retrieval {s.retrieval}")
    table = Table()
    for col in ("collection", "abstracts", "embedding model"):
        table.add_column(col)
    for c in data["collections"]:
        table.add_row(escape(c["name"]), f"{c['count']:,}", escape(str(c["embedding_model"])))
    out.print(table if data["collections"] else "no collections yet")


RETRY_REASONS = {
    "answer_strict": "no citation: asking again with a stricter instruction",
    "answer_again": "that only restated the question: asking for the sentence that answers it",
    "answer_missing": "that does not give what was asked for: asking for a sentence that does",
}


class StreamPrinter(BaseCallbackHandler):
    """Prints tokens as the LLM generates them (and, with --show-context, what it was sent)."""

    def __init__(self, console: Console, show_context: bool = False) -> None:
        self.console, self.show_context = console, show_context
        self.streamed: list[str] = []
        self.attempts = 0

    def on_chat_model_start(self, serialized: dict[str, Any], messages: list[list[Any]], **kwargs: Any) -> None:
        self.attempts += 1
        prompt = (kwargs.get("metadata") or {}).get("prompt", "")
        if self.attempts > 1 and prompt in RETRY_REASONS:
            self.console.print(f"\n[dim]({RETRY_REASONS[prompt]})[/]")
            self.streamed.clear()
        elif self.attempts > 1 and self.streamed:
            self.streamed.append(" ")  # the next part of a multi-part answer
            self.console.print(" ", end="")
        if self.show_context:
            for m in messages[0]:
                self.console.rule(f"[dim]{m.type}[/]")
                self.console.print(escape(str(m.content)), style="dim")
            self.console.rule()

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.streamed.append(token)
        self.console.print(escape(token), end="")


def print_answer(console: Console, answer: Answer, streamed: str = "") -> None:
    answer_rich(console, answer, streamed)


@app.command()
@handle_errors
def ask(
    question: Annotated[str, typer.Argument(help="Your question, in plain language.")],
    k: Annotated[int | None, typer.Option("-k", "--k", min=1, max=20, help="How many abstracts to retrieve (default: ASSISTANT_K).")] = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the whole Answer as JSON (same as --format json).")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text (streamed, default), markdown (answer + numbered references), bibtex (the cited works) or json.")] = "text",
    show_context: Annotated[bool, typer.Option("--show-context", help="Print what is sent to the LLM.")] = False,
) -> None:
    """Answer QUESTION from the abstracts, citing them; says so when they do not hold the answer."""
    fmt = "json" if json_out else fmt.lower()
    if fmt not in ("text", "markdown", "md", "bibtex", "json"):
        raise AssistantError(f"unknown --format {fmt!r}: use text, markdown, bibtex or json")
    assistant = make_assistant(store, collection)
    streaming = fmt == "text"
    printer = StreamPrinter(out if streaming else err, show_context=show_context)
    answer = assistant.ask(question, k, callbacks=[printer] if (streaming or show_context) else None)
    if fmt == "json":
        print(answer.model_dump_json(indent=2))
    elif fmt in ("markdown", "md"):
        print(answer_markdown(answer))
    elif fmt == "bibtex":
        if not answer.citations:
            err.print("[yellow]the answer cites no abstract: no BibTeX to print[/]")
        print(answer_bibtex(answer), end="")
    else:
        print_answer(out, answer, "".join(printer.streamed))


@app.command()
@handle_errors
def batch(
    questions: Annotated[Path, typer.Argument(help="Questions: .txt (one per line), .jsonl (id, question, ...) or .csv (id, question).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Answers file: .jsonl, .csv or .md (default: answers.<format>).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="jsonl, csv or markdown (default: from the output's suffix).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Start over instead of resuming.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64, help="Parallel LLM calls (server backends only).")] = 1,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
) -> None:
    """Answer a file of questions into JSONL, CSV or Markdown; re-running the same command resumes."""
    suffixes = {"jsonl": ".jsonl", "json": ".jsonl", "csv": ".csv", "markdown": ".md", "md": ".md"}
    if fmt is not None and fmt.lower() not in suffixes:
        raise AssistantError(f"unknown --format {fmt!r}: use jsonl, csv or markdown")
    if output is None:
        output = Path("answers" + suffixes[(fmt or "jsonl").lower()])
    elif fmt is not None and output.suffix.lower() != suffixes[fmt.lower()]:
        raise AssistantError(f"--format {fmt} writes a {suffixes[fmt.lower()]} file, but the output is {output}")
    assistant = make_assistant(store, collection)
    with progress_bar("questions") as bar:
        task = bar.add_task("Answering", total=None)
        report = assistant.batch(questions, output, overwrite=overwrite, concurrency=concurrency,
                                 progress=lambda n, total: bar.update(task, advance=n, total=total))
    out.print(escape(report.summary()))
    if report.errors:
        err.print(f"[yellow]{report.errors} question(s) failed; their rows hold the error. Run the same command again to retry them.[/]")
        raise typer.Exit(1)


CHAT_HELP = """Ask a question, or a follow-up about the last answer. Commands:
  /sources      sources of the last answer, with scores
  /open N       full text and metadata of source N
  /k N          retrieve N abstracts per question
  /new          forget the conversation
  /save FILE    save the transcript with its sources (.md or .json)
  /help         this help
  /exit         leave (Ctrl-D works too; Ctrl-C stops an answer being generated)"""


def chat_command(console: Console, session: Any, line: str) -> bool:
    """Run one /command. Returns False when the chat should end."""
    cmd, _, arg = line.partition(" ")
    cmd, arg = cmd.lower(), arg.strip()
    last = session.last
    if cmd in ("/exit", "/quit"):
        return False
    if cmd == "/help":
        console.print(escape(CHAT_HELP))
    elif cmd == "/new":
        session.reset()
        console.print("New conversation.")
    elif cmd == "/k":
        if not arg.isdigit() or not 1 <= int(arg) <= 20:
            console.print("usage: /k N, with N from 1 to 20")
        else:
            session.k = int(arg)
            console.print(f"Retrieving {arg} abstracts per question.")
    elif cmd == "/sources":
        if last is None:
            console.print("No answer yet: ask a question first.")
        for src in (last.sources if last else []):
            cited = "cited" if any(c.number == src.number for c in last.citations) else ""
            console.print(f"[cyan][{src.number}][/] {escape(label(src))} [dim]({escape(clean(src.id))}, {escape(clean(src.origin))}, score {src.score:.3f})[/] {cited}")
    elif cmd == "/open":
        src = next((x for x in (last.sources if last else []) if arg.isdigit() and x.number == int(arg)), None)
        if src is None:
            console.print("usage: /open N, with N a source number of the last answer (see /sources)")
        else:
            source_rich(console, src)
    elif cmd == "/save":
        if not arg:
            console.print("usage: /save FILE.md or /save FILE.json")
        else:
            try:
                console.print(f"Saved to {escape(str(session.save(Path(arg).expanduser())))}")
            except (AssistantError, OSError) as e:
                console.print(f"[red]error:[/] {escape(str(e))}")
    else:
        console.print(f"Unknown command {escape(cmd)}; /help lists the commands.")
    return True


@app.command()
@handle_errors
def chat(
    k: Annotated[int | None, typer.Option("-k", "--k", min=1, max=20, help="Abstracts per question (default: ASSISTANT_K).")] = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
) -> None:
    """Talk with the abstracts: follow-up questions, streamed answers, sources on demand."""
    from platformdirs import user_data_dir

    from .chat import ChatSession

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    console = out if interactive else Console(no_color=True, highlight=False, soft_wrap=True, force_terminal=False, emoji=False)
    assistant = make_assistant(store, collection)
    assistant.ensure_corpus()
    session = ChatSession(assistant, k)
    s = assistant.settings
    console.print(f"collection '{s.collection}' · {assistant.store.count():,} abstracts · {assistant.answer_chain.llm.label} · /help for commands, /exit to leave",
                  style="dim" if interactive else None)
    if interactive:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory

        history_file = Path(user_data_dir("assistant")) / "chat_history"
        history_file.parent.mkdir(parents=True, exist_ok=True)
        reader = PromptSession(history=FileHistory(str(history_file)))
    while True:
        try:
            line = reader.prompt("ask> ") if interactive else sys.stdin.readline()
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if not interactive and not line:
            break
        line = line.strip()
        if not line:
            continue
        if not interactive:
            console.print(f"ask> {line}")
        if line.startswith("/"):
            if not chat_command(console, session, line):
                break
            continue
        try:
            standalone = session.standalone(line)
            if standalone != " ".join(line.split()):
                console.print(f"[dim]searching: {escape(standalone)}[/]")
            printer = StreamPrinter(console)
            answer = session.ask(line, callbacks=[printer], standalone=standalone)
            print_answer(console, answer, "".join(printer.streamed))
        except KeyboardInterrupt:
            console.print("\n[yellow](stopped)[/]")
        except AssistantError as e:
            console.print(f"[red]error:[/] {escape(str(e))}")
        console.print()


eval_app = typer.Typer(no_args_is_help=True, help="Measure retrieval (BEIR folders) and answers (QA sets).")
app.add_typer(eval_app, name="eval")


@eval_app.command("retrieval")
@handle_errors
def eval_retrieval(
    data_dir: Annotated[Path, typer.Argument(help="A BEIR folder: corpus.jsonl, queries.jsonl, qrels/<split>.tsv.")],
    split: Annotated[str, typer.Option("--split", help="Which qrels file.")] = "test",
    mode: Annotated[str | None, typer.Option("--mode", help="dense, bm25, hybrid or all (default: ASSISTANT_RETRIEVAL).")] = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """nDCG@10, Recall@10/100, MRR@10 and latency on a BEIR folder (its corpus is ingested once and kept)."""
    from .evaluation import beir_collection_name, evaluate_retrieval, read_beir

    corpus, queries, qrels = read_beir(data_dir, split)
    modes = ["dense", "bm25", "hybrid"] if mode == "all" else [mode] if mode else None
    if modes and any(m not in ("dense", "bm25", "hybrid") for m in modes):
        raise AssistantError(f"unknown --mode {mode!r}: use dense, bm25, hybrid or all")
    assistant = make_assistant(store, beir_collection_name(data_dir), auto_seed=False)
    modes = modes or [assistant.settings.retrieval]
    with progress_bar("abstracts") as bar:
        task = bar.add_task(f"Ingesting {corpus.name}", total=None)
        report = assistant.ingest([corpus], progress=lambda n, total: bar.update(task, advance=n, total=total))
        bar.update(task, total=bar.tasks[0].completed)
    if report.new:
        err.print(f"[dim]{escape(report.summary())} -> collection '{report.collection}' (kept for later runs)[/]")
    results = []
    with progress_bar("queries") as bar:
        for m in modes:
            task = bar.add_task(f"Retrieving ({m})", total=len(queries))
            results.append(evaluate_retrieval(assistant, queries, qrels, m, progress=lambda n, total, t=task: bar.update(t, advance=n)))
    if json_out:
        print(json.dumps(results[0] if len(results) == 1 else results, indent=2))
        return
    table = Table(title=f"{data_dir.name} ({split}, {len(queries)} queries, {assistant.store.count():,} abstracts)")
    for col in ("mode", "nDCG@10", "Recall@10", "Recall@100", "MRR@10", "p50 ms", "p95 ms"):
        table.add_column(col, justify="right" if col != "mode" else "left")
    for r in results:
        table.add_row(r["mode"], f"{r['ndcg_at_10']:.4f}", f"{r['recall_at_10']:.4f}", f"{r['recall_at_100']:.4f}",
                      f"{r['mrr_at_10']:.4f}", f"{r['latency_p50_ms']:.1f}", f"{r['latency_p95_ms']:.1f}")
    out.print(table)


@eval_app.command("answers")
@handle_errors
def eval_answers(
    qa: Annotated[Path, typer.Argument(help="JSONL: question, gold (substrings of the right abstracts), answer_keywords, answerable.")],
    k: Annotated[int | None, typer.Option("-k", "--k", min=1, max=20)] = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
    rows_out: Annotated[Path | None, typer.Option("--out", help="Also write one JSON row per question here.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Answer a QA set and report retrieval hits, gold citations, keywords, refusals, grounding and speed."""
    from .evaluation import evaluate_answers, format_metric, read_qa

    items = read_qa(qa)
    assistant = make_assistant(store, collection)
    assistant.ensure_corpus()
    with progress_bar("questions") as bar:
        task = bar.add_task("Answering", total=len(items))
        summary, rows = evaluate_answers(assistant, items, k, progress=lambda n, total: bar.update(task, advance=n))
    if rows_out:
        rows_out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if json_out:
        print(json.dumps(summary, indent=2))
        return
    table = Table(title=f"{qa.name}: {summary['questions']} questions, {summary['model']}")
    table.add_column("metric")
    table.add_column("result", justify="right")
    for key, value in summary.items():
        table.add_row(key.replace("_", " "), escape(format_metric(value)))
    out.print(table)


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
