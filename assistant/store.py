"""The Chroma store: one collection per corpus, recording the embedding model that built it."""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import EmbeddingModelMismatch, StoreError
from .schema import Record, Source

NAME_RE = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$")
SQLITE = "chroma.sqlite3"
PAGE = 5000  # rows per Chroma get() page
ID_PAGE = 100000  # ids per page when reading ids only (large pages: Chroma pays for each offset)


def check_collection_name(name: str) -> str:
    if not NAME_RE.match(name) or ".." in name:
        raise StoreError(
            f"invalid collection name {name!r}: use 3-512 letters, digits, '.', '_' or '-', "
            "starting and ending with a letter or digit"
        )
    return name


WRITE_LOCK = ".assistant-write.lock"  # one writer process at a time on a local store (see Assistant.writing)


def _check_store_dir(path: Path, write: bool) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {path} is a file, not a directory (set ASSISTANT_STORE_DIR or --store)")
    entries = [p for p in path.iterdir() if p.name != WRITE_LOCK] if path.is_dir() else []
    if entries and not (path / SQLITE).exists():
        raise StoreError(f"{path} is not a Chroma store (no {SQLITE}); point ASSISTANT_STORE_DIR or --store at an empty or existing store directory")
    if (path / SQLITE).is_file() and (path / SQLITE).stat().st_size == 0 and any(p.is_dir() and p.name != "bm25" for p in entries):
        # Chroma would silently start an empty store over the vectors still on disk
        raise StoreError(damaged_store_message(path, "chroma.sqlite3 is empty"))
    if write or path.exists():
        target = path if path.exists() else next((p for p in path.parents if p.exists()), path)
        if not os.access(target, os.W_OK) or ((path / SQLITE).exists() and not os.access(path / SQLITE, os.W_OK)):
            raise StoreError(f"store directory {path} is not writable; choose another with ASSISTANT_STORE_DIR or --store")


CHROMA_TIMEOUT = 60.0  # seconds a Chroma server may take to answer one request (chromadb's own client waits forever)
CHROMA_CONNECT_TIMEOUT = 5.0
CHROMA_RETRIES = 3  # retries, with exponential backoff, after a failed connection or a 502/503/504 from a proxy
CHROMA_HOST_SETTINGS = "check ASSISTANT_CHROMA_HOST and ASSISTANT_CHROMA_PORT"


def chroma_url(host: str, port: int, ssl: bool = False) -> str:
    """The server as users name it in settings (the API lives under /api/v2)."""
    if host.startswith(("http://", "https://")):
        return host.rstrip("/")
    return f"{'https' if ssl else 'http'}://{host}:{port}"


def chroma_auth_headers(token: Any, auth_header: str = "Authorization") -> dict[str, str]:
    """The header a token-checking proxy in front of `chroma run` expects (the Rust server itself
    has no auth): `Authorization: Bearer TOKEN` or `X-Chroma-Token: TOKEN`."""
    value = token.get_secret_value() if hasattr(token, "get_secret_value") else (token or "")
    if not value:
        return {}
    if auth_header == "X-Chroma-Token":
        return {"X-Chroma-Token": value}
    return {"Authorization": f"Bearer {value}"}


def open_client(store_dir: Path, host: str | None = None, port: int = 8000, ssl: bool = False, create: bool = True, *,  # type: ignore[no-untyped-def]
                token: Any = None, auth_header: str = "Authorization",
                timeout: float = CHROMA_TIMEOUT, retries: int = CHROMA_RETRIES):
    """A Chroma client: an HttpClient when `host` is set (each request bounded in time, connection
    failures retried with backoff, every failure one StoreError naming the server and the settings),
    else a PersistentClient on `store_dir`. `token` (a SecretStr) is sent as `auth_header`."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        return _open_http_client(host, port, ssl, chroma_auth_headers(token, auth_header), auth_header,
                                 timeout, retries, chroma_settings)
    try:
        _check_store_dir(store_dir, write=create)
        store_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(store_dir), settings=chroma_settings)
    except StoreError:
        raise
    except Exception as e:  # noqa: BLE001 - chromadb raises many types for the same user problem
        if sqlite_damage(store_dir) is not None:
            raise StoreError(damaged_store_message(store_dir, _short(e))) from e
        raise StoreError(f"cannot open store {store_dir}: {_short(e)}") from e


def _sqlite_rows(store_dir: Path, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]] | None:
    """Rows of a query on the store's SQLite file, read-only, without chromadb; None if there is no file."""
    import sqlite3

    db = Path(store_dir) / SQLITE
    if not db.is_file():
        return None
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def sqlite_damage(store_dir: Path) -> str | None:
    """Why the store's SQLite file fails SQLite's own quick check, or None when it passes (or is absent)."""
    import sqlite3

    try:
        found = _sqlite_rows(store_dir, "PRAGMA quick_check(3)")
        if found is None:
            return None
        rows = [r[0] for r in found]
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            return None  # a writer holds it: not evidence of damage
        return str(e)
    except sqlite3.DatabaseError as e:
        return str(e)
    return None if rows == ["ok"] else " ".join("; ".join(map(str, rows)).split())[:200]


def damaged_store_message(store_dir: Path, detail: str) -> str:
    return (f"store {store_dir} is damaged ({detail}): its abstracts and its list of source files cannot be read back. "
            f"Rebuild into a new store: `assistant ingest YOUR_FILES --store NEW_DIR` (then delete {store_dir})")


def stored_revision(store_dir: Path, collection: str) -> str | None:
    """A local collection's revision read straight from chroma.sqlite3, before chromadb opens (and
    may load) anything; None when it cannot be read (then callers assume the worst)."""
    import sqlite3

    try:
        rows = _sqlite_rows(store_dir, "SELECT m.str_value FROM collection_metadata m JOIN collections c ON m.collection_id = c.id "
                                       "WHERE c.name = ? AND m.key = 'revision'", (collection,))
    except sqlite3.Error:
        return None
    if rows is None:
        return None
    return str(rows[0][0]) if rows and rows[0][0] is not None else ""


def forget_local_client(store_dir: Path) -> None:
    """Make the next PersistentClient on `store_dir` in this process a new one. chromadb shares one
    client system per path and process, and that system keeps the HNSW index it loaded in memory:
    after another process wrote, only a new one sees the new vectors (and writing through the old
    one would save its stale index over them). Clients already handed out keep the old system."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(str(store_dir), None)
        SharedSystemClient._identifier_to_refcount.pop(str(store_dir), None)
    except (ImportError, AttributeError):  # another chromadb layout: nothing to forget
        pass


def write_failure(store_dir: Path | str, error: BaseException) -> str:
    """One line for a write the disk refused (full, read-only, permissions)."""
    import errno

    code = getattr(error, "errno", None)
    text = str(error)
    if code == errno.ENOSPC or "No space left" in text or "disk is full" in text:
        why = "the disk is full"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        why = "it is read-only or not writable"
    else:
        why = getattr(error, "strerror", None) or _short(error)  # type: ignore[arg-type]
    return (f"cannot write to store {store_dir}: {why}; what was stored before is kept and nothing is half-written: "
            "fix that, then run the same command again (it resumes)")


class StoreUnreadable(StoreError):
    """A local collection failed on a read or write: damaged, or changed by another process under
    this one (Assistant reopens the store and retries once before showing this)."""

    def __init__(self, store_dir: Path, collection: str, error: Exception) -> None:
        super().__init__(_short(error))
        self.store_dir, self.collection, self.error = store_dir, collection, error
        self._message: str | None = None

    def __str__(self) -> str:
        if self._message is None:  # diagnosed only when shown: a retried error never costs the check
            self._message = failure_message(self.store_dir, self.error, self.collection)
        return self._message


def failure_message(store_dir: Path, error: BaseException, collection: str | None = None) -> str:
    """One line for a local store that failed: the disk refused a write, the SQLite file is damaged
    (named, with the repair), or the vector index of `collection` cannot be read (rebuild it)."""
    text = str(error)
    if isinstance(error, OSError) or any(w in text for w in ("No space left", "disk is full", "readonly", "read-only")):
        return write_failure(store_dir, error)
    damage = sqlite_damage(store_dir)
    if damage is not None:
        return damaged_store_message(store_dir, f"{SQLITE}: {damage}")
    if collection is not None:
        return (f"collection '{collection}' in {store_dir} cannot be read ({_short(error)}); "
                f"its vector index may be damaged: rebuild it from its recorded source files with "
                f"`assistant ingest --rebuild --collection {collection} --store {store_dir}`")
    return f"the store {store_dir} failed ({type(error).__name__}: {_short(error)}); if this persists, see `assistant doctor`"


def _local_dir(client: Any) -> Path | None:
    try:
        settings = client.get_settings()
    except Exception:  # noqa: BLE001 - a test double, or another client kind
        return None
    return Path(settings.persist_directory) if getattr(settings, "is_persistent", False) else None


class _Guarded:
    """A local Chroma collection whose failures become one StoreUnreadable (never a traceback)."""

    def __init__(self, collection: Any, store_dir: Path, name: str) -> None:
        self._collection, self._store_dir, self._name = collection, store_dir, name

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._collection, attr)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return value(*args, **kwargs)
            except (StoreError, ValueError, TypeError, KeyError):  # ours, or a caller's mistake: as is
                raise
            except Exception as e:  # noqa: BLE001 - chromadb's InternalError, sqlite errors, OSError...
                raise StoreUnreadable(self._store_dir, self._name, e) from e
            except BaseException as e:  # chromadb's Rust core panicking on a damaged file (pyo3 PanicException)
                if type(e).__name__ != "PanicException":
                    raise
                raise StoreUnreadable(self._store_dir, self._name, e) from None

        return call


def _open_http_client(host: str, port: int, ssl: bool, headers: dict[str, str], auth_header: str,  # type: ignore[no-untyped-def]
                      timeout: float, retries: int, chroma_settings: Any):
    import chromadb
    import httpx

    url = chroma_url(host, port, ssl)

    def transport(limits: Any = None) -> _ChromaTransport:
        return _ChromaTransport(url, with_token=bool(headers), auth_header=auth_header, timeout=timeout,
                                retries=retries, limits=limits)

    timeouts = httpx.Timeout(timeout, connect=min(timeout, CHROMA_CONNECT_TIMEOUT))
    # chromadb's client talks to the server while it is being built, with no time limit: first a
    # bounded, retried probe (it also checks the credentials), so a dead or hung server fails here.
    with httpx.Client(transport=transport(), timeout=timeouts, headers=headers) as probe:  # type: ignore[arg-type]
        probe.get(f"{url}/api/v2/auth/identity")
    try:
        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, headers=dict(headers) or None, settings=chroma_settings)
    except StoreError:
        raise
    except Exception as e:  # noqa: BLE001
        raise StoreError(f"cannot use the Chroma server at {url} ({_short(e)}); {CHROMA_HOST_SETTINGS}") from e
    # Every later request goes through the same kind of transport. chromadb (<2) keeps its httpx
    # session in `_server._session`; with another layout its own defaults stay.
    api = getattr(client, "_server", None)
    old = getattr(api, "_session", None)
    if isinstance(old, httpx.Client):
        api._session = httpx.Client(transport=transport(getattr(api, "http_limits", None)), timeout=timeouts,  # type: ignore[union-attr, arg-type]
                                    headers=old.headers)
        old.close()
    return client


class _Unavailable(Exception):
    """A 502/503/504 from a proxy whose Chroma server is down or restarting: worth retrying."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")


class _ChromaTransport:
    """The httpx transport of every request to a Chroma server. Connection failures (and 502/503/504)
    are retried with exponential backoff (tenacity); what still fails, a request with no answer
    within the timeout, and a 401/403 from an auth proxy become one StoreError naming the server
    and the settings to check. Bodies are read here, so a connection lost mid-body is retried too
    (the store writes by upsert and deletes by id: repeating a request is harmless)."""

    def __init__(self, url: str, *, with_token: bool, auth_header: str, timeout: float, retries: int,
                 limits: Any = None) -> None:
        import httpx

        self.url, self.with_token, self.auth_header = url, with_token, auth_header
        self.timeout, self.retries = timeout, retries
        self.inner = httpx.HTTPTransport(limits=limits) if limits is not None else httpx.HTTPTransport()

    def __enter__(self) -> _ChromaTransport:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    def close(self) -> None:
        self.inner.close()

    def _send_once(self, request: Any) -> Any:
        import httpx

        response = self.inner.handle_request(request)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        if response.status_code in (502, 503, 504):
            raise _Unavailable(response.status_code)
        return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(raw),
                              extensions=response.extensions)

    def handle_request(self, request: Any) -> Any:
        import httpx
        import tenacity

        lost = (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.retries + 1),
            wait=tenacity.wait_exponential(multiplier=0.5, max=4) + tenacity.wait_random(0, 0.1),
            retry=tenacity.retry_if_exception_type((*lost, _Unavailable)),
            reraise=True,
        )
        attempts = f"{self.retries + 1} attempts"
        try:
            response = retrying(self._send_once, request)
        except lost as e:
            raise StoreError(f"cannot reach the Chroma server at {self.url} ({type(e).__name__}: {_short(e)}; {attempts}); "
                             f"is it running? {CHROMA_HOST_SETTINGS}") from None
        except _Unavailable as e:
            raise StoreError(f"the Chroma server at {self.url} is unavailable ({e}, {attempts}); {CHROMA_HOST_SETTINGS}") from None
        except httpx.TimeoutException as e:
            raise StoreError(f"the Chroma server at {self.url} did not answer within {self.timeout:g} s "
                             f"({type(e).__name__} on {request.method} {request.url.path}): hung or overloaded? "
                             f"{CHROMA_HOST_SETTINGS}") from None
        if response.status_code in (401, 403):
            if self.with_token:
                how = (f"the token was sent as {'Authorization: Bearer' if self.auth_header == 'Authorization' else 'X-Chroma-Token'}; "
                       "check ASSISTANT_CHROMA_TOKEN and ASSISTANT_CHROMA_AUTH_HEADER")
            else:
                how = "no token was sent: set ASSISTANT_CHROMA_TOKEN (and ASSISTANT_CHROMA_AUTH_HEADER=X-Chroma-Token if it expects that header)"
            raise StoreError(f"the Chroma server at {self.url} refused the credentials (HTTP {response.status_code}); {how}")
        return response


def _short(e: BaseException) -> str:
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
        except StoreError:
            raise  # already one line naming the server and the settings to check
        except Exception as e:  # noqa: BLE001
            if not create and "not exist" in str(e).lower():
                raise StoreError(f"collection {name!r} does not exist (see `assistant info`)") from e
            local = _local_dir(client)
            if local is not None:
                raise StoreUnreadable(local, name, e) from e
            raise StoreError(f"cannot open collection {name!r}: {_short(e)}") from e
        self.local_dir = _local_dir(client)  # a local store's directory; None for a Chroma server
        if self.local_dir is not None:
            self.collection = _Guarded(self.collection, self.local_dir, name)
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

    def revision(self) -> str:
        """A token that changes with every write through `add`/`delete` ("" if never written so),
        so a client's BM25 cache can tell it is in step without reading the store."""
        return str(self._metadata().get("revision", ""))

    def _metadata(self) -> dict[str, Any]:
        # Re-read: `collection.metadata` is a snapshot from when it was opened, and another client
        # of a shared server may have changed it since.
        try:
            return dict(self.client.get_collection(self.name).metadata or {})
        except StoreError:
            raise
        except Exception as e:  # noqa: BLE001
            if self.local_dir is None:
                raise
            raise StoreUnreadable(self.local_dir, self.name, e) from e

    def bump_revision(self) -> str:
        new = uuid.uuid4().hex
        # modify() replaces all metadata, so merge; legacy "hnsw:*" keys cannot be passed back (Chroma
        # refuses to "change the distance function") and are dropped: the space stays in the configuration.
        kept = {k: v for k, v in self._metadata().items() if not k.startswith("hnsw:")}
        self.collection.modify(metadata={**kept, "revision": new})
        return new

    def sources(self) -> dict[str, dict[str, Any]]:
        """The files ingested into this collection: label -> {path, records, ingested}."""
        try:
            return dict(json.loads(self._metadata().get("sources") or "{}"))
        except ValueError:
            return {}

    def record_sources(self, updates: dict[str, dict[str, Any]]) -> None:
        """Merge `updates` into the recorded sources (an empty dict value removes that label)."""
        if not updates:
            return
        current = self.sources()
        for label, info in updates.items():
            if info:
                current[label] = {**current.get(label, {}), **info}
            else:
                current.pop(label, None)
        kept = {k: v for k, v in self._metadata().items() if not k.startswith("hnsw:")}
        self.collection.modify(metadata={**kept, "sources": json.dumps(current, ensure_ascii=False)})

    def metadatas(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The stored metadata of each id that exists (no documents, no vectors)."""
        if not ids:
            return {}
        got = self.collection.get(ids=list(dict.fromkeys(ids)), include=["metadatas"])
        return {rid: meta or {} for rid, meta in zip(got["ids"], got["metadatas"])}

    def all_ids(self) -> list[str]:
        """Every stored id, without documents, metadata or vectors."""
        ids: list[str] = []
        while True:
            got = self.collection.get(include=[], limit=ID_PAGE, offset=len(ids))
            if not got["ids"]:
                return ids
            ids.extend(got["ids"])

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

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """The n nearest (id, cosine similarity) among the records matching `where`; documents are
        read later, for the few that are kept."""
        n = min(n, self.count())
        if n <= 0:
            return []
        got = self.collection.query(query_embeddings=[vector.tolist()], n_results=n, include=["distances"], where=where)
        return [(rid, 1.0 - float(dist)) for rid, dist in zip(got["ids"][0], got["distances"][0])]

    def ids_containing(self, text: str, limit: int, where: dict[str, Any] | None = None) -> list[str]:
        """Ids of up to `limit` records whose text holds `text` verbatim (Chroma's full-text `$contains`), among those
        matching `where`."""
        got = self.collection.get(where=where, where_document={"$contains": text}, include=[], limit=limit)
        return list(got["ids"])

    def ids_where(self, where: dict[str, Any]) -> set[str]:
        """Every id whose record matches `where` (ids only: cheap even for large collections)."""
        out: set[str] = set()
        offset = 0
        while True:
            got = self.collection.get(where=where, include=[], limit=PAGE, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < PAGE:
                return out
            offset += PAGE

    # --- writing -----------------------------------------------------------
    def add(self, records: Sequence[Record], vectors: np.ndarray) -> None:
        if not records:
            return
        # The revision moves before the data too: a writer killed between the two still leaves a
        # new revision, which is how other processes know their view of the index may be stale.
        self.bump_revision()
        # upsert, not add: re-writing a batch after a crash must be harmless.
        self.collection.upsert(
            ids=[r.id for r in records],
            embeddings=vectors,
            documents=[r.text for r in records],
            metadatas=[to_metadata(r) for r in records],
        )
        self.bump_revision()

    def delete(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        self.bump_revision()  # before and after, as in add()
        self.collection.delete(ids=list(ids))
        self.bump_revision()


def to_metadata(r: Record) -> dict[str, Any]:
    from .filters import filter_fields

    meta: dict[str, Any] = {"title": r.title, "title_derived": r.title_derived, "origin": r.origin, "content_hash": r.content_hash,
                            "record_hash": r.record_hash()}
    meta.update(filter_fields(r.metadata, r.origin))  # flat fields Chroma can filter on (year, authors, tags...)
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
