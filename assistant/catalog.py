"""What a store holds (collections, their sizes, embedding models and recorded sources), read
without loading chromadb: `assistant info` and `assistant collections` answer in a fraction of a
second. A local store is read from its SQLite file (read-only); a Chroma server over its REST API.
If a local store's schema is not the one we know, the Chroma client is used after all."""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from .errors import StoreError
from .settings import Settings

SQLITE = "chroma.sqlite3"
API = "/api/v2/tenants/default_tenant/databases/default_database"


def collections(settings: Settings) -> list[dict[str, Any]]:
    """[{name, count, embedding_model, sources: {label: {...}}, revision}], sorted by name."""
    rows = _from_server(settings) if settings.chroma_host else _from_sqlite(Path(settings.store_dir).expanduser())
    return sorted(rows, key=lambda d: d["name"])


def _entry(name: str, count: int, meta: dict[str, Any]) -> dict[str, Any]:
    try:
        sources = json.loads(meta.get("sources") or "{}")
    except ValueError:
        sources = {}
    return {"name": name, "count": count, "embedding_model": meta.get("embedding_model"), "sources": sources,
            "revision": meta.get("revision", "")}


def _from_sqlite(store: Path) -> list[dict[str, Any]]:
    db = store / SQLITE
    if not db.exists():
        return []
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            out = []
            for cid, name in con.execute("SELECT id, name FROM collections"):
                meta = {k: (s if s is not None else i if i is not None else f)
                        for k, s, i, f in con.execute("SELECT key, str_value, int_value, float_value FROM collection_metadata WHERE collection_id = ?", (cid,))}
                (count,) = con.execute(
                    "SELECT COUNT(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id WHERE s.collection = ? AND s.scope = 'METADATA'",
                    (cid,)).fetchone()
                out.append(_entry(name, int(count), meta))
            return out
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return _from_client(store)  # another Chroma version's schema: ask Chroma itself


def _from_client(store: Path) -> list[dict[str, Any]]:
    from .store import open_client

    client = open_client(store, create=False)
    out = []
    for col in client.list_collections():
        c = client.get_collection(col if isinstance(col, str) else col.name)
        out.append(_entry(c.name, c.count(), dict(c.metadata or {})))
    return out


def _from_server(settings: Settings) -> list[dict[str, Any]]:
    base = f"http{'s' if settings.chroma_ssl else ''}://{settings.chroma_host}:{settings.chroma_port}"
    headers = {}
    if settings.chroma_token:
        token = settings.chroma_token.get_secret_value()
        headers = {"Authorization": f"Bearer {token}"} if settings.chroma_auth_header == "Authorization" else {"X-Chroma-Token": token}

    def get(path: str) -> Any:
        req = urllib.request.Request(base + API + path, headers=headers)
        with urllib.request.urlopen(req, timeout=10) as r:  # noqa: S310 - the server the user configured
            return json.loads(r.read().decode("utf-8"))

    try:
        return [_entry(c["name"], int(get(f"/collections/{c['id']}/count")), c.get("metadata") or {}) for c in get("/collections")]
    except urllib.error.HTTPError as e:
        if e.code in (401, 403):
            raise StoreError(f"the Chroma server at {base} refused the credentials (HTTP {e.code}); "
                             "check ASSISTANT_CHROMA_TOKEN and ASSISTANT_CHROMA_AUTH_HEADER") from None
        raise StoreError(f"the Chroma server at {base} answered HTTP {e.code}; check ASSISTANT_CHROMA_HOST / ASSISTANT_CHROMA_PORT") from None
    except (urllib.error.URLError, OSError, ValueError) as e:
        raise StoreError(f"cannot reach the Chroma server at {base} ({str(getattr(e, 'reason', e))[:80]}); "
                         "start it or fix ASSISTANT_CHROMA_HOST / ASSISTANT_CHROMA_PORT") from None
