"""Every setting in one place, read from ASSISTANT_* environment variables and `.env`.

Each field's description is the comment `.env.example` carries for it (a test keeps them in step)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "assistant"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True,
        validate_assignment=True,
    )

    # --- store -------------------------------------------------------------
    store_dir: Path = Field(default_factory=lambda: Path(user_data_dir(APP_NAME)) / "store",
                            description="Where the Chroma store lives (default: the user data dir, e.g. ~/.local/share/assistant/store)")
    collection: str = Field("abstracts", description="Collection to use; one collection per corpus")
    chroma_host: str | None = Field(None, description="Use a Chroma server (`chroma run --path DIR --port 8000`) instead of the local store when set")
    chroma_port: int = Field(8000, ge=1, le=65535, description="Port of that Chroma server")
    chroma_ssl: bool = Field(False, description="Talk to the Chroma server over HTTPS")
    chroma_token: SecretStr | None = Field(None, description="Token for a Chroma server that requires auth (sent as ASSISTANT_CHROMA_AUTH_HEADER)")
    chroma_auth_header: Literal["Authorization", "X-Chroma-Token"] = Field(
        "Authorization", description="How the token is sent: Authorization (as 'Bearer TOKEN') or X-Chroma-Token")
    cache_dir: Path = Field(default_factory=lambda: Path(user_cache_dir(APP_NAME)),
                            description="Cache for the assembled local model file and (with a Chroma server) the BM25 index (default: the user cache dir, e.g. ~/.cache/assistant)")
    auto_seed: bool = Field(True, description="Ingest the bundled seed abstracts when the default collection is empty")
    lock_timeout: float = Field(600.0, ge=0, description="Seconds an ingest, remove or drop waits while another process writes to the same local store, before giving up with an error (one writer at a time; readers never wait)")

    # --- ingest ------------------------------------------------------------
    embedding_model: str = Field("all-MiniLM-L6-v2", description="sentence-transformers model: a bundled name, a local folder, or a model already in the HF cache")
    embedding_batch_size: int = Field(64, ge=1, description="Texts per embedding batch")
    embedding_device: Literal["cpu", "cuda", "mps"] = Field("cpu", description="Device that computes embeddings: cpu, cuda or mps (embed a large corpus on a GPU machine, query from a laptop)")
    ingest_chunk_size: int = Field(512, ge=1, description="Records embedded and written per step; an interrupted ingest resumes at this granularity")
    max_abstract_chars: int = Field(20_000, ge=100, description="Abstracts longer than this many characters are rejected")
    threads: int | None = Field(None, ge=1, description="CPU threads for embeddings and the local LLM (empty = all cores)")

    # --- retrieval ---------------------------------------------------------
    retrieval: Literal["dense", "bm25", "hybrid"] = Field("hybrid", description="dense (Chroma), bm25 (bm25s) or hybrid (both, fused)")
    k: int = Field(3, ge=1, le=50, description="Abstracts retrieved per question for answers (the small default model answers best from 3)")
    survey_k: int = Field(6, ge=1, le=50, description="Abstracts retrieved for survey and comparison questions ('What methods do the abstracts propose for X?')")
    candidates: int = Field(100, ge=1, description="Candidates each retriever passes to the fusion in hybrid mode")
    fusion: Literal["convex", "rrf"] = Field("convex", description="How hybrid mode fuses: convex (weighted sum of z-normalised BM25 and cosine scores over both candidate lists) or rrf (reciprocal rank fusion)")
    hybrid_alpha: float = Field(0.4, ge=0.0, le=1.0, description="Weight of BM25 in convex fusion; the dense cosine gets 1 - alpha (0.4 was best on SciFact's train split)")
    rrf_k: int = Field(60, ge=1, description="The k constant of reciprocal rank fusion")
    mmr: bool = Field(False, description="Diversify the k retrieved abstracts with maximal marginal relevance (useful for corpora full of near-duplicates)")
    mmr_lambda: float = Field(0.7, ge=0.0, le=1.0, description="MMR trade-off between relevance (1.0) and diversity (0.0)")

    # --- answers (LLM) -----------------------------------------------------
    prompts_dir: Path | None = Field(None, description="Folder with your own copies of the prompt templates (any file missing there falls back to the bundled one)")
    llm: Literal["local", "openai", "ollama"] = Field("local", description="LLM backend: local (in-process llama.cpp, no key, no download), openai (any OpenAI-compatible server) or ollama")
    llm_model: str | None = Field(None, description="local: path to a .gguf file (empty = bundled Qwen2.5-Coder-0.5B-Instruct); openai/ollama: the model name")
    local_weights: Literal["f16", "q4_k_m"] = Field(
        "f16", description="How the bundled local model runs: f16 (unpacked once into the cache, 1.2 GB on disk and in memory; "
        "reads prompts about 45% faster, same answers) or q4_k_m (as shipped, 0.5 GB)")
    llm_base_url: str | None = Field(None, description="Server URL for openai/ollama, e.g. http://localhost:8000/v1 (vLLM, llama.cpp server) or http://localhost:11434 (Ollama)")
    llm_api_key: SecretStr | None = Field(None, description="API key for the openai backend (local servers usually accept anything); never printed")
    llm_capable: bool | None = Field(None, description="Treat the server model as capable: it may write a short synthesis (up to five verified sentences) and rewrite chat follow-ups (empty = yes for openai/ollama, no for local)")
    llm_grammar: bool | None = Field(None, description="The openai server accepts llama.cpp-style GBNF grammars in the request body (llama.cpp server, llama-cpp-python server); empty = no")
    temperature: float = Field(0.0, ge=0.0, le=2.0, description="Sampling temperature (0 = deterministic)")
    max_tokens: int = Field(200, ge=16, description="Most tokens an answer may have")
    llm_timeout: float = Field(120.0, gt=0, description="Seconds to wait for a server backend")
    llm_retries: int = Field(2, ge=0, le=10, description="Retries (with backoff) after a server error, time-out or HTTP 429/5xx, before giving up with a one-line error")
    n_ctx: int = Field(4096, ge=512, description="Context window of the local model, in tokens")
    context_chars: int = Field(1400, ge=0, description="Characters of abstract text sent to the LLM: each abstract's best sentence, then the next best of any (0 = whole abstracts)")

    # --- verification and refusals ---------------------------------------
    min_relevance: float = Field(0.22, ge=-1.0, le=1.0, description="Refuse without calling the LLM when no retrieved abstract is at least this similar to the question")
    min_sentence_relevance: float = Field(0.40, ge=-1.0, le=1.0, description="Refuse without calling the LLM when no sentence of the retrieved abstracts (for a multi-part question: for any part) is at least this similar to the question; an off-topic question finds abstracts that share a word with it, not a sentence about it (fitted for all-MiniLM-L6-v2)")
    min_support: float = Field(0.35, ge=-1.0, le=1.0, description="A citation whose best supporting sentence scores below this is flagged as unsupported")
    min_coverage: float = Field(0.5, ge=0.0, le=1.0, description="Share of the question's rare terms (weighted by how rare they are in the collection) that the cited abstract must contain; below it the question is about a study the collection does not hold, and the answer is a refusal")
    focus_check: bool = Field(True, description="Refuse a 'which/what X ...' or 'how many X' question when no retrieved abstract (and, after the answer, no cited abstract) mentions X")
    neighbour_margin: float = Field(0.3, ge=0.0, le=1.0, description="An answer is withheld when another relevant abstract holds at least this much more of the question's rare terms than the abstract it cites: the draft quotes a neighbour of the study asked about (0 turns this off)")
    part_swap_margin: float = Field(0.3, ge=0.0, le=2.0, description="Multi-part questions: a part's drafted sentence is replaced by the sentence that matches the part best (similarity plus share of its rare terms) when that one scores this much higher and holds what the part asks for (0 turns this off)")
    reattribute_margin: float = Field(0.15, ge=0.0, le=1.0, description="A supported citation moves to another abstract only when that abstract supports the sentence by this much more (small models often cite a neighbour)")
    list_ratio: float = Field(0.75, ge=0.0, le=1.0, description="'Which abstracts discuss X?' and survey questions list the abstracts scoring at least this share of the best one")
    survey_min_sources: int = Field(3, ge=1, le=50, description="Survey questions list at least this many of the retrieved abstracts (those above ASSISTANT_MIN_RELEVANCE), best first, even below ASSISTANT_LIST_RATIO of the best one: one abstract far ahead of the rest is no survey")
    survey_own_work: float = Field(0.08, ge=0.0, le=1.0, description="Survey questions: each abstract's sentence that says what the paper itself does or finds ('we propose …', 'our results show …') counts this much closer to the question than the background sentences before it")
    survey_proposal: float = Field(0.15, ge=0.0, le=1.0, description="Survey questions that ask what the papers propose ('What approaches do the abstracts propose for X?'): each abstract's sentence that says what the paper proposes, presents or studies ('we propose …', 'this paper presents …') counts this much closer again")
    quote_words: int = Field(45, ge=0, description="A drafted sentence that copies only a piece of one abstract sentence is shown as that whole sentence when it has at most this many words ('31% on the VLN-CE Unseen task' does not say what improved by 31%); 0 = as drafted")
    verdict_threshold: float = Field(0.65, ge=0.0, le=1.0, description="Yes/no questions: the calibrated probability the evidence must reach before the answer states Yes or No; below it the answer says the abstracts do not settle it")
    verdict_finding_lean: float = Field(0.0, ge=0.0, le=10.0, description="Yes/no questions: when the calibrated probability stays below ASSISTANT_VERDICT_THRESHOLD, the closest evidence sentence that reports a result decides if the model leans at least this far (log odds) to Yes or No on it. Off (0) by default: at 0.5, on 75 arXiv yes/no questions it states 18 verdicts (15 right) instead of 5 (4 right), but on 200 SciFact claims 67 (52 % right) instead of 33 (67 %); bench/yesno.py, bench/verdicts.py")
    max_question_chars: int = Field(2_000, ge=10, description="Longer questions are trimmed to this many characters, with a note")

    # --- chat and batch ------------------------------------------------------
    history_chars: int = Field(1500, ge=0, description="Characters of the conversation a chat follow-up is rewritten with (about 400 tokens of the local model's window)")
    batch_chunk: int = Field(64, ge=1, description="Batch questions embedded and retrieved together")


def format_validation_error(e: ValidationError) -> str:
    """One line naming each bad setting the way the user set it."""
    problems = []
    for err in e.errors():
        name = "_".join(str(p) for p in err["loc"]).upper()
        problems.append(f"ASSISTANT_{name}: {err['msg']} (got {err.get('input')!r})" if "input" in err else f"ASSISTANT_{name}: {err['msg']}")
    return "invalid setting " + "; ".join(problems) + " (see .env.example)"


def with_overrides(base: Settings, overrides: dict[str, Any]) -> Settings:
    """`base` with some settings replaced, validated like the environment's values: an unknown name
    or a bad value (`k="abc"`) is an AssistantError, never a silently wrong setting."""
    from .errors import AssistantError

    if not overrides:
        return base
    unknown = sorted(set(overrides) - set(Settings.model_fields))
    if unknown:
        raise AssistantError(f"unknown setting(s) {', '.join(unknown)}; the settings are listed in .env.example")
    try:
        return Settings.model_validate({**base.model_dump(), **overrides})
    except ValidationError as e:
        raise AssistantError(format_validation_error(e)) from None


SECTIONS = {"store_dir": "store", "embedding_model": "ingest", "retrieval": "retrieval", "prompts_dir": "answers (LLM)",
            "min_relevance": "verification and refusals", "history_chars": "chat and batch"}


def env_example() -> str:
    """The text of `.env.example`: every setting, its default, and its description as a comment.
    `python -m assistant.settings > .env.example` regenerates it; a test checks the two agree."""
    lines = ["# Copy to .env (or export these) to configure the assistant. Every value below is the default;",
             "# commented-out lines have a default that depends on the machine, or none."]
    for name, info in Settings.model_fields.items():
        if name in SECTIONS:
            lines += ["", f"# --- {SECTIONS[name]} " + "-" * (70 - len(SECTIONS[name]))]
        default = None if info.default_factory is not None else info.get_default()
        value = "" if default is None else str(default).lower() if isinstance(default, bool) else str(default)
        lines.append(f"# {info.description}")
        commented = info.default_factory is not None or default is None
        lines.append(f"{'# ' if commented else ''}ASSISTANT_{name.upper()}={value}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(env_example(), end="")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment and `.env`; a bad value is a one-line AssistantError."""
    from .errors import AssistantError

    try:
        return Settings()
    except ValidationError as e:
        raise AssistantError(format_validation_error(e)) from None
