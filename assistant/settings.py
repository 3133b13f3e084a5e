"""Every setting in one place, read from ASSISTANT_* environment variables and `.env`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "assistant"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    # --- store -------------------------------------------------------------
    store_dir: Path = Field(default_factory=lambda: Path(user_data_dir(APP_NAME)) / "store")
    collection: str = "abstracts"
    chroma_host: str | None = None  # set to use a Chroma server (`chroma run`) instead of a local store
    chroma_port: int = 8000
    chroma_ssl: bool = False
    cache_dir: Path = Field(default_factory=lambda: Path(user_cache_dir(APP_NAME)))
    auto_seed: bool = True  # ingest the bundled seed abstracts when the default collection is empty

    # --- ingest ------------------------------------------------------------
    embedding_model: str = "all-MiniLM-L6-v2"
    embedding_batch_size: int = 64
    ingest_chunk_size: int = 512  # records embedded and written per step (the unit of resume)
    max_abstract_chars: int = 20_000
    threads: int | None = None  # CPU threads for embedding and the local LLM (default: all cores)

    # --- retrieval ---------------------------------------------------------
    retrieval: Literal["dense", "bm25", "hybrid"] = "hybrid"
    k: int = 3  # abstracts retrieved per answer: with the small default model 3 beat 5 (fewer distractors)
    candidates: int = 100  # per-retriever candidates fed to fusion
    fusion: Literal["convex", "rrf"] = "convex"
    hybrid_alpha: float = 0.4  # weight of BM25 in convex fusion (cosine gets 1 - alpha); tuned on SciFact train
    rrf_k: int = 60
    mmr: bool = False  # diversify the k abstracts with maximal marginal relevance
    mmr_lambda: float = 0.7  # MMR trade-off: 1.0 = relevance only, 0.0 = diversity only

    # --- answers (LLM) -----------------------------------------------------
    prompts_dir: Path | None = None  # your own copies of the prompt templates
    llm: Literal["local", "openai", "ollama"] = "local"
    llm_model: str | None = None  # GGUF path (local) or model name (openai / ollama)
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    temperature: float = 0.0
    max_tokens: int = 200
    llm_timeout: float = 120.0
    n_ctx: int = 4096
    context_chars: int = 1400  # characters of abstract text sent to the LLM: the best sentences (0 = whole abstracts)
    min_relevance: float = 0.22  # below this best-source similarity the assistant refuses without the LLM
    min_support: float = 0.35  # a citation whose best quote scores below this is flagged unsupported
    focus_check: bool = True  # refuse "which X" questions when no (cited) abstract mentions X
    max_question_chars: int = 2_000


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment and `.env`; a bad value is a one-line AssistantError."""
    from pydantic import ValidationError

    from .errors import AssistantError

    try:
        return Settings()
    except ValidationError as e:
        problems = "; ".join(f"ASSISTANT_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in e.errors())
        raise AssistantError(f"invalid setting {problems} (see .env.example)") from None
