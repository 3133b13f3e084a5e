"""The API key (ASSISTANT_LLM_API_KEY, from the environment or a `.env` file in the working
directory) is sent to the server and shown nowhere: not by `assistant info` (text or --json), not
by `ask --show-context` or `ask --json`, not in `search --json` or batch output, not in an error,
even when a careless server repeats the key in its error message."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.settings import Settings

from .conftest import REPO, run_cli
from .servers import FakeOpenAI

POLITICS_Q = "What do LLM agents conform to when they simulate political debates?"
KEY = "sk-secret-NEVER-SHOWN-31337"


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI(getattr(request, "param", "ok"), reply="LLM agents tend to conform to the model's inherent social biases [1].")
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


def llm_env(fake: FakeOpenAI, key: str | None = KEY) -> dict[str, str]:
    env = {"ASSISTANT_LLM": "openai", "ASSISTANT_LLM_BASE_URL": fake.base_url, "ASSISTANT_LLM_MODEL": "fake",
           "ASSISTANT_LLM_TIMEOUT": "5", "ASSISTANT_LLM_RETRIES": "1"}
    if key:
        env["ASSISTANT_LLM_API_KEY"] = key
    return env


def write_dotenv(directory: Path, env: dict[str, str]) -> None:
    (directory / ".env").write_text("".join(f"{k}={v}\n" for k, v in env.items()))


def assert_hidden(*outputs: str) -> None:
    for text in outputs:
        assert KEY not in text
        assert KEY[3:-3] not in text  # not even most of it


def assert_sent(fake: FakeOpenAI) -> None:
    """The key did reach the server: it was configured, so its absence from the output means something."""
    assert fake.received and all(r.headers.get("authorization") == f"Bearer {KEY}" for r in fake.received)


@pytest.fixture(params=["environment", "dotenv"])
def key_source(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def cli(source: str, directory: Path, env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    """Run the CLI with `env` given in the environment, or written to `.env` in its working directory."""
    if source == "dotenv":
        write_dotenv(directory, env)
        return run_cli(*args)
    return run_cli(*args, env=env)


def test_info_text_and_json(server: FakeOpenAI, seeded_store: Path, tmp_path: Path, key_source: str) -> None:
    env = llm_env(server)
    for args in (("info",), ("info", "--json")):
        res = cli(key_source, tmp_path, env, *args, "--store", str(seeded_store))
        assert res.returncode == 0, res.stderr
        assert_hidden(res.stdout, res.stderr)
    json.loads(res.stdout)


def test_ask_show_context(server: FakeOpenAI, seeded_store: Path, tmp_path: Path, key_source: str) -> None:
    res = cli(key_source, tmp_path, llm_env(server), "ask", POLITICS_Q, "--show-context", "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    assert "political debates" in res.stdout  # the context was shown...
    assert_sent(server)
    assert_hidden(res.stdout, res.stderr)  # ...and the key was not


def test_ask_json_search_json_and_batch_output(server: FakeOpenAI, seeded_store: Path, tmp_path: Path, key_source: str) -> None:
    env = llm_env(server)
    res = cli(key_source, tmp_path, env, "ask", POLITICS_Q, "--json", "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["question"] == POLITICS_Q
    assert_sent(server)
    assert_hidden(res.stdout, res.stderr)
    res = cli(key_source, tmp_path, env, "search", "political debates", "--json", "--store", str(seeded_store))
    assert res.returncode == 0 and json.loads(res.stdout)
    assert_hidden(res.stdout, res.stderr)
    (tmp_path / "q.txt").write_text(POLITICS_Q + "\n")
    res = cli(key_source, tmp_path, env, "batch", str(tmp_path / "q.txt"), "-o", str(tmp_path / "a.jsonl"), "--store", str(seeded_store))
    assert res.returncode == 0, res.stderr
    assert_hidden(res.stdout, res.stderr, (tmp_path / "a.jsonl").read_text())


@pytest.mark.parametrize("server", ["echo_key", "cut"], indirect=True)  # (every fault's message: test_server_faults)
def test_error_messages(server: FakeOpenAI, seeded_store: Path, tmp_path: Path, key_source: str) -> None:
    res = cli(key_source, tmp_path, llm_env(server), "ask", POLITICS_Q, "--store", str(seeded_store))
    assert res.returncode != 0 and "error:" in res.stderr and "Traceback" not in res.stderr
    assert_sent(server)
    assert_hidden(res.stdout, res.stderr)
    if server.behaviour == "echo_key":
        assert "Bearer ***" in res.stderr  # the server did repeat it; the message masks it


@pytest.mark.parametrize("server", ["echo_key"], indirect=True)
def test_openai_api_key_fallback_is_masked_too(server: FakeOpenAI, seeded_store: Path) -> None:
    res = run_cli("ask", POLITICS_Q, "--store", str(seeded_store), env={**llm_env(server, key=None), "OPENAI_API_KEY": KEY})
    assert res.returncode != 0 and "Bearer ***" in res.stderr
    assert_sent(server)
    assert_hidden(res.stdout, res.stderr)


def test_settings_never_render_the_key() -> None:
    s = Settings(llm_api_key=KEY, chroma_token=KEY)  # type: ignore[arg-type]
    assert_hidden(repr(s), str(s), s.model_dump_json(), json.dumps(s.model_dump(mode="json")))
    assert s.llm_api_key is not None and s.llm_api_key.get_secret_value() == KEY


def test_dotenv_is_git_ignored() -> None:
    assert ".env" in (REPO / ".gitignore").read_text().splitlines()
