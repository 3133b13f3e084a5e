"""Prompt templates are files: bundled ones, overridable file by file through ASSISTANT_PROMPTS_DIR."""

from __future__ import annotations

from pathlib import Path

from assistant.prompts import chat_prompt, examples, read_prompt


def test_bundled_prompt_has_system_examples_and_the_question_last() -> None:
    messages = chat_prompt("answer").format_messages(context="[1] A title\nSome text.", question="What is X?")
    assert [m.type for m in messages] == ["system"] + ["human", "ai"] * len(examples()) + ["human"]
    assert len(examples()) >= 2
    assert "Question: What is X?" in messages[-1].content and "[1] A title" in messages[-1].content
    assert all("[1]" in ai for _, ai in examples())  # every worked answer cites, like real answers must


def test_users_prompt_folder_overrides_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "system.md").write_text("Answer like a pirate, citing [n].")
    (tmp_path / "example_user_2.md").write_text("<abstracts>\n[1] T\nArr.\n</abstracts>\nQuestion: Q?\nAnswer:")
    (tmp_path / "example_assistant_2.md").write_text("Arr [1].")
    read_prompt.cache_clear()
    messages = chat_prompt("answer", tmp_path).format_messages(context="c", question="q")
    assert messages[0].content == "Answer like a pirate, citing [n]."
    assert messages[4].content == "Arr [1]."  # second example is the user's
    assert messages[-1].content == chat_prompt("answer").format_messages(context="c", question="q")[-1].content  # answer.md is still bundled
