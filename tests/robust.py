"""Helpers for the robustness tests (concurrency, faults, hostile input): generated abstracts, a fake
embedder, the real CLI run in a process with a fake (slow) LLM or a fake embedder, and a look at a
store from outside (counts, ids, BM25 side, vector index integrity)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import numpy as np

from assistant import Assistant
from assistant.store import forget_local_client

REPO = Path(__file__).resolve().parent.parent
TOPICS = ["graph neural networks", "protein folding", "dark matter halos", "speech recognition", "coral reef ecology",
          "battery electrolytes", "traffic forecasting", "malaria vaccines", "quantum error correction", "soil microbes"]


def abstracts(n: int, start: int = 0, marker: str = "") -> list[str]:
    """n distinct short abstracts (numbered from `start`), each naming its topic and number."""
    out = []
    for i in range(start, start + n):
        topic = TOPICS[i % len(TOPICS)]
        out.append(f"Study {i} of {topic} {marker}examines method variant {i * 7 % 23} on dataset {i % 11} "
                   f"and reports an effect size of {i / 10:.1f} with careful ablations.")
    return out


def write_txt(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    return path


class FakeEmbedder:
    """Deterministic normalised 8-d vectors from a hash of the text: no model (a query equal to a
    document's text gets that document's vector, so dense search finds it at cosine 1)."""

    dim = 8
    name = "fake-8d"

    def _encode(self, texts: list[str]) -> np.ndarray:
        rows = [np.frombuffer(hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest(), dtype=np.uint8)[:8] for t in texts]
        out = np.array(rows, dtype=np.float32).reshape(len(texts), 8) + 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)


def fake_assistant(store: Path, **kw: Any) -> Assistant:
    """An Assistant on `store` whose embedder is FakeEmbedder (no model loaded)."""
    a = Assistant(store_dir=store, notice=None, auto_seed=False, **kw)
    a.__dict__["embedder"] = FakeEmbedder()
    return a


# The real CLI in a real process, with FakeEmbedder (FAKE_EMBEDDER=1) and/or a fake LLM that waits
# FAKE_LLM_DELAY seconds before each reply (FAKE_LLM_REPLY, default "NOT FOUND").
CLI_PRELUDE = textwrap.dedent(f"""
    import os, sys, time
    sys.path.insert(0, {str(REPO)!r})
    sys.path.insert(0, {str(REPO / "tests")!r})
    if os.environ.get("FAKE_LLM_DELAY"):
        from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
        from langchain_core.messages import AIMessage
        import assistant.llm as llm

        class SlowFake(GenericFakeChatModel):
            def _stream(self, messages, *args, **kwargs):
                time.sleep(float(os.environ["FAKE_LLM_DELAY"]))
                yield from super()._stream(messages, *args, **kwargs)

        reply = os.environ.get("FAKE_LLM_REPLY", "NOT FOUND")
        llm.make_chat_model = lambda settings: SlowFake(messages=iter([AIMessage(content=reply)] * 10000))
    if os.environ.get("FAKE_ENOSPC_AFTER"):  # the disk fills up after this many chunks were stored
        import errno
        from assistant.store import Store
        real_add, calls = Store.add, [0]

        def add(self, *args, **kwargs):
            calls[0] += 1
            if calls[0] > int(os.environ["FAKE_ENOSPC_AFTER"]):
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_add(self, *args, **kwargs)
        Store.add = add
    if os.environ.get("FAKE_EMBEDDER"):
        import assistant.core as core
        from robust import FakeEmbedder
        core.Assistant.embedder = property(lambda self: self.__dict__.setdefault("_fake_embedder", FakeEmbedder()))
    from assistant.cli import main
    sys.argv = ["assistant", *sys.argv[1:]]
    main()
""")


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-c", CLI_PRELUDE, *args]


def cli_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **extra}


def start_cli(*args: str, stdin: Any = subprocess.DEVNULL, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(cli_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=stdin, text=True,
                            env=cli_env(**env))


def run_fake_cli(*args: str, input: str | None = None, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(*args), capture_output=True, text=True, input=input, timeout=timeout, env=cli_env(**env))


def look(store: Path, collection: str = "abstracts", check_vectors: bool = True) -> dict[str, Any]:
    """The store as a new reader sees it: ids, count, the BM25 side, and (check_vectors) how many
    stored vectors the vector index finds as their own nearest neighbour (all of them, when intact)."""
    forget_local_client(store)  # a fresh view, not this process's earlier one
    a = Assistant(store_dir=store, collection=collection, notice=None, auto_seed=False)
    s = a.store
    ids = s.all_ids()
    docs = {rid: doc for page_ids, page_docs, _ in s.iter_all() for rid, doc in zip(page_ids, page_docs)}
    hashes = [m.get("content_hash") for _, _, metas in s.iter_all() for m in metas]
    out: dict[str, Any] = {"ids": set(ids), "count": s.count(), "texts": sorted(docs.values()), "hashes": hashes,
                           "bm25_ids": set(a.lexical.ids()), "bm25_count": a.lexical.count(), "bm25_in_step": a.lexical.in_step(s),
                           "source_records": {label: info.get("records") for label, info in s.sources().items()}}
    if check_vectors:
        vectors = s.vectors(ids)
        out["vectors"] = len(vectors)
        out["self_found"] = sum(s.query(vec, 1)[0][0] == rid for rid, vec in vectors.items())
    forget_local_client(store)
    return out


def sqlite_rows(store: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the store's SQLite file, read-only."""
    import sqlite3

    conn = sqlite3.connect(f"file:{store / 'chroma.sqlite3'}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
        return {t: sorted(map(tuple, conn.execute(f'select * from "{t}"').fetchall()), key=repr) for t in tables}
    finally:
        conn.close()


def file_digests(root: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*"))
            if p.is_file() and not any(part in skip for part in p.relative_to(root).parts)}


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
