"""Prompt templates, kept as files in `prompts/` (or ASSISTANT_PROMPTS_DIR) and loaded as LangChain templates."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from langchain_core.prompts import ChatPromptTemplate

from .errors import AssistantError
from .resources import bundled_dir
from .schema import Source

# Anything in an abstract that could pass for our own markup or a citation is neutralised.
_FENCE = re.compile(r"</?\s*abstracts?\s*>", re.I)
_BRACKETED_NUMBER = re.compile(r"\[\s*\d+(?:\s*[,;\u2013-]\s*\d+)*\s*\]")


def prompts_dir(custom: Path | None = None) -> Path:
    return Path(custom).expanduser() if custom else bundled_dir("prompts")


@lru_cache(maxsize=32)
def read_prompt(name: str, custom: Path | None = None) -> str:
    """A prompt file; a user's ASSISTANT_PROMPTS_DIR may override any of them, file by file."""
    for folder in ([prompts_dir(custom)] if custom else []) + [bundled_dir("prompts")]:
        path = folder / f"{name}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8").strip()
    raise AssistantError(f"prompt template {name}.md not found in {prompts_dir(custom)}")


def examples(custom: Path | None = None) -> list[tuple[str, str]]:
    """The worked examples: example_user.md / example_assistant.md, then _2, _3, ... while both exist."""
    pairs = [(read_prompt("example_user", custom), read_prompt("example_assistant", custom))]
    for i in range(2, 10):
        try:
            pairs.append((read_prompt(f"example_user_{i}", custom), read_prompt(f"example_assistant_{i}", custom)))
        except AssistantError:
            break
    return pairs


def chat_prompt(name: str, custom: Path | None = None, system: str = "system", with_examples: bool = True) -> ChatPromptTemplate:
    """System prompt, the worked examples as user/assistant exchanges, then the named human-turn
    template. The prefix before the last turn never changes, so llama.cpp reuses its KV cache:
    examples cost prompt reading once per process, not once per question."""
    messages: list[tuple[str, str]] = [("system", _escape(read_prompt(system, custom)))]
    for user, assistant in (examples(custom) if with_examples else []):
        messages += [("human", _escape(user)), ("ai", _escape(assistant))]
    messages.append(("human", read_prompt(name, custom)))
    return ChatPromptTemplate.from_messages(messages)


def example_turns(name: str, custom: Path | None = None) -> list[tuple[str, str]]:
    """Worked examples kept in one file: blocks separated by '---' lines, each ending in '=> reply'."""
    turns = []
    for block in re.split(r"^---\s*$", read_prompt(name, custom), flags=re.M):
        user, sep, reply = block.strip().rpartition("=>")
        if sep and user.strip():
            turns.append((user.strip(), reply.strip()))
    return turns


def choice_prompt(name: str, custom: Path | None = None) -> ChatPromptTemplate:
    """A one-word choice (`stance`: Yes/No/Unclear for one evidence sentence; `direction`: which of
    two words the evidence says; `people`: does a counted noun name human beings): `<name>_system.md`,
    the worked examples of `<name>_examples.md`, then `<name>.md`."""
    messages: list[tuple[str, str]] = [("system", _escape(read_prompt(f"{name}_system", custom)))]
    for user, reply in example_turns(f"{name}_examples", custom):
        messages += [("human", _escape(user)), ("ai", _escape(reply))]
    messages.append(("human", read_prompt(name, custom)))
    return ChatPromptTemplate.from_messages(messages)


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def fence(text: str) -> str:
    return _BRACKETED_NUMBER.sub("", _FENCE.sub(" ", text)).strip()


def format_context(sources: list[Source], excerpts: dict[int, str]) -> str:
    """Numbered sources as the LLM sees them: [n] title, then the selected sentences. The best
    source comes last, next to the question: small models copy most from what they read last."""
    blocks = []
    for s in sorted(sources, key=lambda s: -s.number):
        title = "" if s.metadata.get("title_derived") else fence(s.title)
        body = fence(excerpts.get(s.number, s.text))
        blocks.append(f"[{s.number}] {title}\n{body}" if title else f"[{s.number}] {body}")
    return "\n".join(blocks)
