"""The Chroma store: one collection per corpus, recording the embedding model that built it."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import EmbeddingModelMismatch, StoreError
from .schema import Record, Source

NAME_RE = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$")
SQLITE = "chroma.sqlite3"
PAGE = 5000  # rows per Chroma get() page


def check_collection_name(name: str) -> str:
    if not NAME_RE.match(name) or ".." in name:
        raise StoreError(
            f"invalid collection name {name!r}: use 3-512 letters, digits, '.', '_' or '-', "
            "starting and ending with a letter or digit"
        )
    return name


def _check_store_dir(path: Path, write: bool) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {path} is a file, not a directory (set ASSISTANT_STORE_DIR or --store)")
    if path.is_dir() and any(path.iterdir()) and not (path / SQLITE).exists():
        raise StoreError(f"{path} is not a Chroma store (no {SQLITE}); point ASSISTANT_STORE_DIR or --store at an empty or existing store directory")
    if write or path.exists():
        target = path if path.exists() else next((p for p in path.parents if p.exists()), path)
        if not os.access(target, os.W_OK) or ((path / SQLITE).exists() and not os.access(path / SQLITE, os.W_OK)):
            raise StoreError(f"store directory {path} is not writable; choose another with ASSISTANT_STORE_DIR or --store")


def open_client(store_dir: Path, host: str | None = None, port: int = 8000, ssl: bool = False, create: bool = True):  # type: ignore[no-untyped-def]
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if host:
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
        _check_store_dir(store_dir, write=create)
        store_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(store_dir), settings=chroma_settings)
    except StoreError:
        raise
    except Exception as e:  # noqa: BLE001 - chromadb raises many types for the same user problem
        where = f"Chroma server at {'https' if ssl else 'http'}://{host}:{port} (ASSISTANT_CHROMA_HOST / ASSISTANT_CHROMA_PORT)" if host else f"store {store_dir}"
        raise StoreError(f"cannot open {where}: {_short(e)}") from e


def _short(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return text[0][:200] if text else type(e).__name__


class Store:
    """One Chroma collection of abstracts plus the facts needed to use it safely."""

    def __init__(self, client: Any, name: str, embedding_model: str | None, create: bool = True) -> None:
        self.client = client
        self.name = check_collection_name(name)
        try:
            if create:
                metadata = {"embedding_model": embedding_model, "created_by": "assistant"}
                self.collection = client.get_or_create_collection(
                    name=name, metadata={k: v for k, v in metadata.items() if v is not None},
                    configuration={"hnsw": {"space": "cosine"}},
                )
            else:
                self.collection = client.get_collection(name=name)
        except Exception as e:  # noqa: BLE001
            if not create and "not exist" in str(e).lower():
                raise StoreError(f"collection {name!r} does not exist (see `assistant info`)") from e
            raise StoreError(f"cannot open collection {name!r}: {_short(e)}") from e
        recorded = (self.collection.metadata or {}).get("embedding_model")
        if embedding_model and recorded and recorded != embedding_model:
            raise EmbeddingModelMismatch(
                f"collection {name!r} was built with embedding model {recorded!r}, not {embedding_model!r}; "
                f"set ASSISTANT_EMBEDDING_MODEL={recorded} or use another --collection"
            )
        self.embedding_model = recorded or embedding_model

    # --- reading -----------------------------------------------------------
    def count(self) -> int:
        return int(self.collection.count())

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        return set(self.collection.get(ids=list(dict.fromkeys(ids)), include=[])["ids"])

    def existing_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        got = self.collection.get(where={"content_hash": {"$in": list(dict.fromkeys(hashes))}}, include=["metadatas"])
        return {m["content_hash"] for m in got["metadatas"] or [] if m}

    def get(self, ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """(document, metadata) of each stored id."""
        if not ids:
            return {}
        got = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        return {rid: (doc, meta or {}) for rid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])}

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored embedding of each id (without reading the documents, which costs twice as much)."""
        if not ids:
            return {}
        got = self.collection.get(ids=list(ids), include=["embeddings"])
        return {rid: np.asarray(vec, dtype=np.float32) for rid, vec in zip(got["ids"], got["embeddings"])}

    def iter_all(self) -> Iterator[tuple[list[str], list[str], list[dict[str, Any]]]]:
        """Every (ids, documents, metadatas) page, in a stable order."""
        offset = 0
        while True:
            got = self.collection.get(limit=PAGE, offset=offset, include=["documents", "metadatas"])
            if not got["ids"]:
                return
            yield got["ids"], got["documents"], [m or {} for m in got["metadatas"]]
            offset += len(got["ids"])

    def query(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The n nearest (id, cosine similarity); documents are read later, for the few that are kept."""
        n = min(n, self.count())
        if n <= 0:
            return []
        got = self.collection.query(query_embeddings=[vector.tolist()], n_results=n, include=["distances"])
        return [(rid, 1.0 - float(dist)) for rid, dist in zip(got["ids"][0], got["distances"][0])]

    # --- writing -----------------------------------------------------------
    def add(self, records: Sequence[Record], vectors: np.ndarray) -> None:
        if not records:
            return
        # upsert, not add: re-writing a batch after a crash must be harmless.
        self.collection.upsert(
            ids=[r.id for r in records],
            embeddings=vectors,
            documents=[r.text for r in records],
            metadatas=[to_metadata(r) for r in records],
        )


def to_metadata(r: Record) -> dict[str, Any]:
    meta: dict[str, Any] = {"title": r.title, "title_derived": r.title_derived, "origin": r.origin, "content_hash": r.content_hash}
    if r.metadata:
        meta["extra"] = json.dumps(r.metadata, ensure_ascii=False, default=str)
    return meta


def embedding_text(text: str, meta: dict[str, Any]) -> str:
    """The text a stored abstract was embedded and indexed with (mirrors Record.embedding_text)."""
    return text if meta.get("title_derived", True) or not meta.get("title") else f"{meta['title']}. {text}"


def to_source(number: int, rid: str, text: str, meta: dict[str, Any], score: float) -> Source:
    extra = meta.get("extra")
    metadata = json.loads(extra) if extra else {}
    if meta.get("title_derived"):
        metadata["title_derived"] = True  # the title is the abstract's first words, not a real title
    return Source(
        number=number, id=rid, title=meta.get("title") or rid, text=text, score=round(float(score), 4),
        origin=meta.get("origin", ""), metadata=metadata,
    )


def collections_info(client: Any) -> list[dict[str, Any]]:
    info = []
    for col in client.list_collections():
        c = client.get_collection(col if isinstance(col, str) else col.name)
        info.append({"name": c.name, "count": c.count(), "embedding_model": (c.metadata or {}).get("embedding_model")})
    return sorted(info, key=lambda d: d["name"])
