"""Real servers for the scale-out tests, all on 127.0.0.1 and free ports, all stopped by their owner:

- `ChromaServer`: `chroma run` (the CLI in the chromadb wheel) as a subprocess.
- `LlamaServer`: llama-cpp-python's OpenAI-compatible server (`python -m llama_cpp.server`).
- `AuthProxy`: a threaded reverse proxy that refuses requests without the right token header
  (`chroma run` has no auth of its own: a secured Chroma is one behind such a proxy); it also
  records every request it forwards.
- `FakeOpenAI`: just enough of the OpenAI chat-completions API (JSON and SSE streaming) to
  misbehave on purpose, one behaviour at a time, counting the requests it gets.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def free_port() -> int:
    """A port nothing listens on now (the kernel picks it for a socket bound to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float, proc: subprocess.Popen[bytes] | None = None, log: Path | None = None) -> float:
    """Poll `url` until it answers 200; returns the seconds it took. Fails early if `proc` exits."""
    start = time.monotonic()
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - start
        except OSError:
            pass
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode} before {url} answered:\n{tail}")
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"{url} did not answer within {timeout} s")
        time.sleep(0.1)


class Process:
    """A server subprocess we started: its log goes to a file; stopped only by its own pid."""

    def __init__(self, args: list[str], ready_url: str, log: Path, ready_timeout: float) -> None:
        self.args, self.ready_url, self.log, self.ready_timeout = args, ready_url, log, ready_timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self.start_seconds: list[float] = []

    def start(self) -> Process:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         env={**os.environ, "NO_COLOR": "1"})
        try:
            self.start_seconds.append(wait_http(self.ready_url, self.ready_timeout, self.proc, self.log))
        except BaseException:
            self.kill()
            raise
        return self

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: the server dies mid-whatever, as in a crash."""
        if self.running:
            assert self.proc is not None
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.running:
            assert self.proc is not None
            self.proc.send_signal(signal.SIGCONT)  # in case a test paused it
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)

    def pause(self) -> None:
        """SIGSTOP: the server keeps its port and accepts connections but answers nothing (hung)."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGCONT)


class ChromaServer(Process):
    def __init__(self, path: Path, log: Path, port: int | None = None, ready_timeout: float = 30.0) -> None:
        self.path, self.port = path, port or free_port()
        chroma = Path(sys.executable).parent / "chroma"
        super().__init__([str(chroma), "run", "--path", str(path), "--port", str(self.port), "--host", "127.0.0.1"],
                         f"http://127.0.0.1:{self.port}/api/v2/heartbeat", log, ready_timeout)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class LlamaServer(Process):
    def __init__(self, model: Path, log: Path, port: int | None = None, ready_timeout: float = 300.0, n_ctx: int = 4096,
                 extra: list[str] | None = None) -> None:
        self.port = port or free_port()
        super().__init__([sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
                          "--port", str(self.port), "--n_ctx", str(n_ctx), *(extra or [])],
                         f"http://127.0.0.1:{self.port}/v1/models", log, ready_timeout)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


# --- threaded stdlib servers ------------------------------------------------------
class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: Any = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up (after its time-out) is expected here, not worth a traceback


class _ThreadedServer:
    handler: type[BaseHTTPRequestHandler]

    def __init__(self) -> None:
        self.httpd = _Server(("127.0.0.1", 0), self.handler)
        self.httpd.owner = self
        self.port = int(self.httpd.server_address[1])
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> _ThreadedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # wakes handlers that sleep on purpose
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


# --- reverse proxy with token auth -------------------------------------------------
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization",
               "proxy-authenticate", "content-length", "host"}


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        proxy: AuthProxy = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        n = proxy.record(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        if n <= proxy.fail_first:  # as a proxy does while its upstream restarts
            data = b'{"error": "upstream restarting"}'
            self.send_response(503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if proxy.required and self.headers.get(proxy.required[0]) != proxy.required[1]:
            data = json.dumps({"error": "AuthError", "message": "Unauthorized: missing or wrong token"}).encode()
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
        try:
            conn = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=300)
            conn.request(self.command, self.path, body=body or None, headers=headers)
            resp = conn.getresponse()
            data = resp.read()  # whole body (chunked or not); re-sent with a Content-Length
            status, resp_headers = resp.status, resp.getheaders()
            conn.close()
        except OSError:
            data, status, resp_headers = b'{"error": "bad gateway"}', 502, [("Content-Type", "application/json")]
        self.send_response(status)
        for k, v in resp_headers:
            if k.lower() not in HOP_HEADERS:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


class AuthProxy(_ThreadedServer):
    """Forwards everything to 127.0.0.1:upstream_port; with `required=(header, value)` anything
    without that exact header gets 401; the first `fail_first` requests get 503. Every request is
    recorded (method, path, headers with lower-case names, body); an unreachable upstream is a 502."""

    handler = _ProxyHandler

    def __init__(self, upstream_port: int, required: tuple[str, str] | None = None, fail_first: int = 0) -> None:
        self.upstream_port, self.required, self.fail_first = upstream_port, required, fail_first
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self._lock = threading.Lock()
        super().__init__()

    def record(self, method: str, path: str, headers: dict[str, str], body: bytes) -> int:
        with self._lock:
            self.requests.append((method, path, headers, body))
            return len(self.requests)


# --- a misbehaving OpenAI-compatible server ------------------------------------------
BEHAVIOURS = ("ok", "refused", "timeout", "stall", "http500", "http429", "http429_retry_after", "http429_long",
              "malformed", "not_sse", "truncated", "cut", "cut_chunked", "flaky", "echo_key")


@dataclass
class Received:
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class _OpenAIHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: Any) -> None:
        pass

    # -- helpers
    def _send(self, status: int, body: bytes, ctype: str = "application/json", headers: dict[str, str] | None = None,
              length: int | None = None, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if close:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        if close:
            self.close_connection = True

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._send(200, json.dumps({"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "test"}]}).encode())
        else:
            self._send(404, b'{"error": {"message": "not found"}}')

    def do_POST(self) -> None:
        fake: FakeOpenAI = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        n = fake.record(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        behaviour = fake.behaviour_for(raw, n)
        try:
            self._respond(fake, behaviour, body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (time-out): nothing to do

    def _respond(self, fake: FakeOpenAI, behaviour: str, body: dict[str, Any]) -> None:
        stream = bool(body.get("stream"))
        if behaviour == "timeout":
            fake.stopping.wait(fake.sleep)
            if fake.stopping.is_set():
                return
            behaviour = "ok"
        if behaviour == "http500":
            self._send(500, json.dumps({"error": {"message": "internal failure (on purpose)", "type": "server_error"}}).encode())
            return
        if behaviour == "echo_key":  # a careless server that repeats the credentials it got in its error
            msg = f"bad things happened; you sent Authorization={self.headers.get('Authorization')}"
            self._send(500, json.dumps({"error": {"message": msg, "type": "server_error"}}).encode())
            return
        if behaviour.startswith("http429"):
            headers = {"Retry-After": "1"} if behaviour == "http429_retry_after" else {"Retry-After": "3600"} if behaviour == "http429_long" else {}
            self._send(429, json.dumps({"error": {"message": "slow down (on purpose)", "type": "rate_limit"}}).encode(), headers=headers)
            return
        if behaviour == "malformed":
            if stream:
                data = b'data: {"id": "x", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": "LLM ag\n\ndata: [DONE]\n\n'
                self._send(200, data, "text/event-stream")
            else:
                self._send(200, b'{"id": "x", "choices": [{"message": {"content": "LLM ag', "application/json")
            return
        if behaviour == "not_sse":  # a plain JSON body (invalid, too) where an event stream was asked for
            self._send(200, b'{"id": "x", "choices": [', "application/json")
            return
        if behaviour == "truncated":  # promises more bytes than it sends, then hangs up
            data = self._completion(fake, stream)
            self._send(200, data[: len(data) // 3], "text/event-stream" if stream else "application/json", length=len(data), close=True)
            return
        if behaviour in ("cut", "cut_chunked", "stall") and stream:
            pieces = self._pieces(fake)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            if behaviour == "cut_chunked":
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Connection", "close")  # body delimited by the connection closing
            self.end_headers()
            for piece in pieces[:2]:
                event = b"data: " + json.dumps(self._chunk_obj(fake, piece, None)).encode() + b"\n\n"
                if behaviour == "cut_chunked":
                    self._chunk(event)
                else:
                    self.wfile.write(event)
                    self.wfile.flush()
            if behaviour == "stall":
                fake.stopping.wait(fake.sleep)
            self.close_connection = True  # no finish_reason, no [DONE], no last chunk: cut mid-answer
            return
        # ok (and flaky after its first failure): the reply word by word, a last chunk with finish_reason, [DONE]
        self._send(200, self._completion(fake, stream), "text/event-stream" if stream else "application/json")

    def _pieces(self, fake: FakeOpenAI) -> list[str]:
        words = fake.reply.split(" ")
        return [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]

    def _chunk_obj(self, fake: FakeOpenAI, content: str, finish: str | None) -> dict[str, Any]:
        return {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                "choices": [{"index": 0, "delta": {"role": "assistant", "content": content} if content else {}, "finish_reason": finish}]}

    def _completion(self, fake: FakeOpenAI, stream: bool) -> bytes:
        if stream:
            return b"".join(b"data: " + json.dumps(self._chunk_obj(fake, p, None)).encode() + b"\n\n" for p in self._pieces(fake)) \
                + b"data: " + json.dumps(self._chunk_obj(fake, "", "stop")).encode() + b"\n\ndata: [DONE]\n\n"
        return json.dumps({"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": "fake",
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": fake.reply}, "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()


class FakeOpenAI(_ThreadedServer):
    """`behaviour` applies to every request, or only to requests whose body contains `trigger`
    (the others are answered normally with `reply`). "flaky" fails the first request with a 500,
    then answers. "timeout"/"stall" sleep `sleep` seconds (before answering / after two chunks)."""

    handler = _OpenAIHandler

    def __init__(self, behaviour: str = "ok", reply: str = "NOT FOUND", trigger: str | None = None, sleep: float = 6.0) -> None:
        assert behaviour in BEHAVIOURS, behaviour
        self.behaviour, self.reply, self.trigger, self.sleep = behaviour, reply, trigger, sleep
        self.received: list[Received] = []
        self._lock = threading.Lock()
        super().__init__()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def record(self, r: Received) -> int:
        with self._lock:
            self.received.append(r)
            return len(self.received)

    @property
    def requests(self) -> int:
        return len(self.received)

    def behaviour_for(self, raw: bytes, n: int) -> str:
        if self.trigger is not None and self.trigger.encode() not in raw:
            return "ok"
        if self.behaviour == "flaky":
            return "http500" if n == 1 else "ok"
        return self.behaviour
