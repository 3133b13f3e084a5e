"""Settings: one place, validated however they are given, every one documented in .env.example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import Assistant, AssistantError, Settings

from .conftest import REPO, run_cli


def test_overrides_are_validated_like_the_environment() -> None:
    with pytest.raises(AssistantError, match="ASSISTANT_K"):
        Assistant(k="abc")
    with pytest.raises(AssistantError, match="ASSISTANT_RETRIEVAL"):
        Assistant(retrieval="semantic")
    with pytest.raises(AssistantError, match="unknown setting.*colection"):
        Assistant(colection="papers")
    assert Assistant(k="5").settings.k == 5


def test_bad_environment_value_is_one_line_and_exit_2(tmp_path: Path) -> None:
    res = run_cli("info", env={"ASSISTANT_K": "many"})
    assert res.returncode == 2 and "ASSISTANT_K" in res.stderr and "Traceback" not in res.stderr


def test_every_setting_is_in_env_example_with_a_comment() -> None:
    from assistant.settings import env_example

    text = (REPO / ".env.example").read_text()
    assert text == env_example(), "regenerate it: python -m assistant.settings > .env.example"
    for name in Settings.model_fields:
        var = f"ASSISTANT_{name.upper()}"
        m = re.search(rf"^(#[^\n]*\n)(# )?{var}=", text, re.M)
        assert m, f"{var} missing from .env.example (or without a comment line above it)"
