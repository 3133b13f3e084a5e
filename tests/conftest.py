from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_QA = REPO / "tests" / "fixtures" / "seed_qa_dev.jsonl"  # a copy of ../shared/eval/seed_qa_dev.jsonl
SCIFACT = SHARED / "data" / "scifact"


@pytest.fixture(scope="session")
def shared_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The local model files (joined from the packages, unpacked to F16) made once per test run:
    they are checked against the packages' sha256, so tests can share them safely, and a fresh
    1.7 GB copy per test would fill the disk."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_models: Path) -> None:
    """No test touches the user's real store, cache or .env."""
    monkeypatch.setenv("ASSISTANT_STORE_DIR", str(tmp_path / "default-store"))
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir(exist_ok=True)
    (tmp_path / "cache" / "models").symlink_to(shared_models, target_is_directory=True)
    monkeypatch.chdir(tmp_path)


def make_assistant(store: Path, **kw: object) -> Assistant:
    return Assistant(store_dir=store, notice=None, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store holding the 20 seed abstracts, shared read-only by tests that only search."""
    store = tmp_path_factory.mktemp("seeded") / "store"
    Assistant(store_dir=store, notice=None).ensure_corpus()
    return store


def run_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the real `assistant` program as a user would."""
    full_env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=full_env, input=input, timeout=timeout)


def seed_questions() -> list[dict]:
    """The 24 dev questions. Tests that pin them are marked `devset`: the assistant's thresholds must
    not be fitted to them (they are tuned on bench/qa/arxiv_tune.jsonl)."""
    return [json.loads(line) for line in SEED_QA.read_text().splitlines() if line.strip()]
