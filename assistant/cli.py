"""The `assistant` command: a thin Typer + Rich layer over the library."""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from .errors import AssistantError

if TYPE_CHECKING:
    from rich.console import Console

    from .core import Assistant
    from .filters import Filter
    from .schema import Answer, IngestReport, Source

# Everything heavy (the library core, LangChain, Rich tables and progress bars) is imported inside
# the commands that use it: `assistant --help` and `assistant info` start in a fraction of a second.

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False, help="Answer questions from a collection of research-paper abstracts, with citations.")


class _Console:
    """A Rich console made on first use: importing Rich costs `--help` about 70 ms."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._real: Any = None

    @property
    def real(self) -> Any:
        if self._real is None:
            from rich.console import Console

            self._real = Console(**self._options)
        return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


out = _Console(highlight=False, soft_wrap=True)
err = _Console(stderr=True, highlight=False, soft_wrap=True)  # an error stays one line, however narrow the terminal

StoreOpt = Annotated[Path | None, typer.Option("--store", help="Store directory (default: ASSISTANT_STORE_DIR or the user data dir).")]
CollectionOpt = Annotated[str | None, typer.Option("--collection", "-c", help="Collection name (default: ASSISTANT_COLLECTION or 'abstracts').")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
WhereOpt = Annotated[list[str] | None, typer.Option("--where", "-w", help="Only abstracts matching, e.g. 'year >= 2020', \"venue = 'NeurIPS'\", 'year in [2019, 2020]' (repeatable).")]
AuthorOpt = Annotated[list[str] | None, typer.Option("--author", help="Only abstracts by this author (family name; repeatable).")]
TagOpt = Annotated[list[str] | None, typer.Option("--tag", help="Only abstracts with this keyword or category (repeatable).")]

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
            if report is not None and hasattr(report, "rejections"):
                print_rejections(report)
            err.print(f"[red]error:[/] {escape(str(e))}")
            raise typer.Exit(e.exit_code) from None
        except KeyboardInterrupt:
            err.print("[yellow]interrupted[/]")
            raise typer.Exit(130) from None
        except BaseException as e:  # noqa: BLE001 - a damaged store can fail inside Chroma or SQLite anywhere
            if type(e).__module__.split(".")[0] not in ("chromadb", "sqlite3", "pyo3_runtime"):
                raise
            err.print(f"[red]error:[/] {escape(store_failure(kwargs.get('store'), e))}")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def store_failure(store: Path | None, e: BaseException) -> str:
    """One line for a Chroma or SQLite failure that reached the command: a damaged store, named so."""
    from .settings import get_settings
    from .store import failure_message

    s = get_settings()
    if s.chroma_host:
        detail = " ".join(str(e).split())[:200] or type(e).__name__
        return f"the store {s.chroma_host} failed ({type(e).__name__}: {detail}); if this persists, see `assistant doctor`"
    return failure_message(Path(store or s.store_dir).expanduser(), e)


def make_assistant(store: Path | None, collection: str | None, **overrides: Any) -> Assistant:
    from .core import Assistant

    return Assistant(store_dir=store, collection=collection, notice=lambda m: err.print(f"[dim]{escape(m)}[/]"),
                     **{k: v for k, v in overrides.items() if v is not None})


def make_filter(where: list[str] | None, author: list[str] | None, tag: list[str] | None) -> Filter | None:
    from .filters import make_filter as build

    return build(None, where=where or [], author=author or [], tag=tag or [])


def progress_bar(unit: str) -> Any:
    from .terminal import progress_bar as bar

    return bar(unit, err.real)


def StreamPrinter(console: Console, show_context: bool = False) -> Any:  # noqa: N802 - reads like the class it makes
    from .terminal import StreamPrinter as Printer

    return Printer(console, show_context)


def print_rejections(report: IngestReport) -> None:
    for r in report.rejections[:MAX_LISTED_REJECTIONS]:
        err.print(f"[yellow]rejected[/] {escape(str(r))}")
    if len(report.rejections) > MAX_LISTED_REJECTIONS:
        err.print(f"[yellow]... and {len(report.rejections) - MAX_LISTED_REJECTIONS} more rejected[/]")


@app.command()
@handle_errors
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or directories: .txt, .jsonl/.json (incl. CSL-JSON), .csv/.tsv, .bib, .ris, .nbib (PubMed), .xml (PubMed), optionally .gz.")] = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Refuse the whole input, writing nothing, if any record is bad.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Repair a damaged collection: re-ingest every source file it recorded into a fresh collection that replaces it.")] = False,
    rebuild_index: Annotated[bool, typer.Option("--rebuild-index", help="Repair the BM25 index: rebuild it from the abstracts in the vector store.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Add abstracts to a collection (deduplicated, resumable); --rebuild and --rebuild-index repair one."""
    if (rebuild or rebuild_index) and paths:
        raise AssistantError("--rebuild and --rebuild-index re-read what the collection recorded: give them no paths")
    if not paths and not (rebuild or rebuild_index):
        raise AssistantError("name the files or directories to ingest (or --rebuild / --rebuild-index to repair a collection)")
    assistant = make_assistant(store, collection, auto_seed=False if (rebuild or rebuild_index) else None)
    if rebuild_index and not rebuild:
        n = assistant.rebuild_index()
        out.print(f"rebuilt the BM25 index of collection '{escape(assistant.settings.collection)}' from the vector store: {n:,} abstracts")
        return
    with progress_bar("abstracts") as bar:
        task = bar.add_task("Re-ingesting" if rebuild else "Embedding", total=None)

        def advance(n: int, total: int | None) -> None:
            bar.update(task, advance=n, total=total)

        report = assistant.rebuild(progress=advance) if rebuild else assistant.ingest(paths or [], strict=strict, progress=advance)
        bar.update(task, total=bar.tasks[0].completed)
    print_rejections(report)
    if json_out:
        out.print_json(report.model_dump_json(exclude={"rejections"}))
    else:
        out.print(f"{escape(report.summary())} -> collection '{report.collection}'{' (rebuilt)' if rebuild else ''}")
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
    where: WhereOpt = None,
    author: AuthorOpt = None,
    tag: TagOpt = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Print the abstracts that best match QUERY, ranked."""
    from rich.table import Table

    from .render import clean, label

    if not query.strip():
        raise AssistantError("the query is empty")
    if mode is not None and mode not in ("dense", "bm25", "hybrid"):
        raise AssistantError(f"unknown --mode {mode!r}: use dense, bm25 or hybrid")
    sources = make_assistant(store, collection, retrieval=mode).retrieve(query, k, make_filter(where, author, tag))
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
    from .render import short_citation

    return {"rank": s.number, "id": s.id, "title": s.title, "cite_as": short_citation(s.metadata), "text": s.text,
            "score": s.score, "origin": s.origin, "metadata": s.metadata}


def light_settings(store: Path | None, collection: str | None) -> Any:
    """The settings without the library core: for commands that must start fast."""
    from .settings import get_settings, with_overrides

    overrides: dict[str, Any] = {}
    if store is not None:
        overrides["store_dir"] = store
    if collection is not None:
        overrides["collection"] = collection
    return with_overrides(get_settings(), overrides)


@app.command()
@handle_errors
def info(store: StoreOpt = None, collection: CollectionOpt = None, json_out: JsonOpt = False) -> None:
    """Show the store, the configuration, and the collections with their sizes and embedding models."""
    from . import catalog

    s = light_settings(store, collection)
    where = f"http{'s' if s.chroma_ssl else ''}://{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(Path(s.store_dir).expanduser())
    data = {"store": where, "collection": s.collection, "embedding_model": s.embedding_model, "retrieval": s.retrieval,
            "llm": s.llm, "llm_model": s.llm_model, "llm_base_url": s.llm_base_url, "collections": catalog.collections(s)}
    if json_out:
        print(json.dumps(data, indent=2))
        return
    out.print(f"store: {escape(data['store'])}")
    out.print(f"configured: collection '{s.collection}', embedding model {s.embedding_model}, retrieval {s.retrieval}, "
              f"LLM {s.llm}{' ' + escape(s.llm_model) if s.llm_model else ''}{' at ' + escape(s.llm_base_url) if s.llm_base_url else ''}")
    print_collections(data["collections"])


def print_collections(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    if not rows:
        out.print("no collections yet")
        return
    table = Table()
    for col in ("collection", "abstracts", "embedding model", "sources"):
        table.add_column(col, overflow="fold")
    for c in rows:
        sources = c.get("sources") or {}
        shown = ", ".join(f"{label} ({info.get('records', '?')})" for label, info in list(sources.items())[:4])
        more = f" and {len(sources) - 4} more" if len(sources) > 4 else ""
        table.add_row(escape(c["name"]), f"{c['count']:,}", escape(str(c["embedding_model"])), escape(shown + more) or "-")
    out.print(table)


@app.command("collections")
@handle_errors
def collections_command(store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """List the collections: how many abstracts, which embedding model, which source files."""
    from . import catalog

    rows = catalog.collections(light_settings(store, None))
    if json_out:
        print(json.dumps(rows, indent=2))
    else:
        print_collections(rows)


@app.command()
@handle_errors
def remove(
    ids: Annotated[list[str] | None, typer.Argument(help="Ids of the records to delete.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Delete every record that came from this file (as ingested).")] = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
) -> None:
    """Delete records (by id, or all from one source file) from the vector and BM25 sides together."""
    if not ids and source is None:
        raise AssistantError("name the ids to remove, or --source FILE")
    n = make_assistant(store, collection, auto_seed=False).remove(ids or [], source=source)
    out.print(f"removed {n} record{'s' if n != 1 else ''}")


@app.command()
@handle_errors
def drop(
    name: Annotated[str, typer.Argument(help="The collection to delete, with all its abstracts.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation (for scripts).")] = False,
    store: StoreOpt = None,
) -> None:
    """Delete a whole collection (asks for confirmation unless --yes)."""
    from . import catalog

    rows = {c["name"]: c for c in catalog.collections(light_settings(store, None))}
    if name not in rows:
        raise AssistantError(f"no collection {name!r} (there are: {', '.join(rows) or 'none'})")
    if not yes:
        if not sys.stdin.isatty():
            raise AssistantError(f"dropping '{name}' deletes {rows[name]['count']:,} abstracts: confirm with --yes")
        typer.confirm(f"Delete collection '{name}' and its {rows[name]['count']:,} abstracts?", abort=True)
    n = make_assistant(store, name, auto_seed=False).drop()
    out.print(f"dropped collection '{name}' ({n:,} abstracts)")


@app.command()
@handle_errors
def doctor(store: StoreOpt = None, collection: CollectionOpt = None, json_out: JsonOpt = False) -> None:
    """Check settings, model weights (checksums), the store, servers, disk and threads; exit 1 if something is wrong."""
    from .doctor import run

    assistant = make_assistant(store, collection)
    checks = list(run(assistant.settings))
    if json_out:
        print(json.dumps([c.__dict__ for c in checks], indent=2))
    else:
        marks = {"ok": "[green]ok  [/]", "warn": "[yellow]warn[/]", "fail": "[red]FAIL[/]"}
        for c in checks:
            out.print(f"{marks[c.status]} {c.name}: {escape(c.found)}")
            if c.fix:
                out.print(f"     [dim]fix: {escape(c.fix)}[/]")
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(1)


def print_answer(console: Console, answer: Answer, streamed: str = "") -> None:
    from .render import answer_rich

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
    where: WhereOpt = None,
    author: AuthorOpt = None,
    tag: TagOpt = None,
) -> None:
    """Answer QUESTION from the abstracts, citing them; says so when they do not hold the answer."""
    from .render import answer_bibtex, answer_markdown

    fmt = "json" if json_out else fmt.lower()
    if fmt not in ("text", "markdown", "md", "bibtex", "json"):
        raise AssistantError(f"unknown --format {fmt!r}: use text, markdown, bibtex or json")
    assistant = make_assistant(store, collection)
    streaming = fmt == "text"
    printer = StreamPrinter((out if streaming else err).real, show_context=show_context)
    try:
        answer = assistant.ask(question, k, callbacks=[printer] if (streaming or show_context) else None,
                               filter=make_filter(where, author, tag))
    except AssistantError:
        if streaming and printer.streamed:  # the server failed mid-answer: what was shown is no answer
            out.print(" [dim](cut off: discarded, not an answer)[/]")
        raise
    if fmt == "json":
        print(answer.model_dump_json(indent=2))
    elif fmt in ("markdown", "md"):
        print(answer_markdown(answer))
    elif fmt == "bibtex":
        if not answer.citations:
            err.print("[yellow]the answer cites no abstract: no BibTeX to print[/]")
        print(answer_bibtex(answer), end="")
    else:
        print_answer(out.real, answer, "".join(printer.streamed))


@app.command()
@handle_errors
def batch(
    questions: Annotated[Path, typer.Argument(help="Questions: .txt (one per line), .jsonl (id, question, ...) or .csv (id, question).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Answers file: .jsonl, .csv or .md (default: answers.<format>).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="jsonl, csv or markdown (default: from the output's suffix).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Start over instead of resuming.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64, help="Parallel LLM calls (server backends only).")] = 1,
    where: WhereOpt = None,
    author: AuthorOpt = None,
    tag: TagOpt = None,
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
                                 progress=lambda n, total: bar.update(task, advance=n, total=total),
                                 filter=make_filter(where, author, tag))
    out.print(escape(report.summary()))
    if report.errors:
        err.print(f"[yellow]{report.errors} question(s) failed; their rows hold the error. Run the same command again to retry them.[/]")
        raise typer.Exit(1)


CHAT_HELP = """Ask a question, or a follow-up about the last answer. Commands:
  /sources      sources of the last answer, with scores
  /open N       full text and metadata of source N
  /k N          retrieve N abstracts per question
  /where EXPR   only abstracts matching, e.g. /where year >= 2020 author Vaswani tag nlp (/where off: all)
  /new          forget the conversation
  /save FILE    save the transcript with its sources (.md or .json)
  /help         this help
  /exit         leave (Ctrl-D works too; Ctrl-C stops an answer being generated)"""


def chat_command(console: Console, session: Any, line: str) -> bool:
    """Run one /command. Returns False when the chat should end."""
    from .render import clean, label, source_rich

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
    elif cmd == "/where":
        from .filters import from_command

        if not arg:
            console.print(f"searching {'only ' + escape(session.filter.describe()) if session.filter else 'all abstracts'}")
        elif arg.lower() in ("off", "none", "all"):
            session.filter = None
            console.print("Searching all abstracts.")
        else:
            try:
                session.filter = from_command(arg)
                console.print(f"Searching only abstracts matching {escape(session.filter.describe())}.")
            except (AssistantError, ValueError) as e:
                console.print(f"[red]error:[/] {escape(str(e))}")
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
    where: WhereOpt = None,
    author: AuthorOpt = None,
    tag: TagOpt = None,
    store: StoreOpt = None,
    collection: CollectionOpt = None,
) -> None:
    """Talk with the abstracts: follow-up questions, streamed answers, sources on demand."""
    from platformdirs import user_data_dir

    from .chat import ChatSession

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    from rich.console import Console

    console = out.real if interactive else Console(no_color=True, highlight=False, soft_wrap=True, force_terminal=False, emoji=False)
    assistant = make_assistant(store, collection)
    assistant.ensure_corpus()
    session = ChatSession(assistant, k, filter=make_filter(where, author, tag))
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


eval_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Measure retrieval (BEIR folders) and answers (QA sets).")
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
    from rich.table import Table

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
    from rich.table import Table

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
