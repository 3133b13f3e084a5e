"""What the terminal shows while work runs: tokens as the LLM streams them, and progress bars
with rate and ETA. Imported only by commands that need it (LangChain and Rich's progress are slow
to import, and `assistant --help` must start fast)."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .render import clean

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
                self.console.print(escape(clean(m.content)), style="dim")
            self.console.rule()

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.streamed.append(token)
        self.console.print(escape(clean(token)), end="")


class RateColumn(ProgressColumn):
    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed or (task.completed / task.elapsed if task.elapsed else None)
        return Text(f"{speed:,.1f} {self.unit}/s" if speed else f"- {self.unit}/s", style="cyan")


def progress_bar(unit: str, console: Console) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    RateColumn(unit), TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=False)
