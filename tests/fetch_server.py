"""A loopback HTTP server for the fetch tests: stdlib http.server in a thread, on 127.0.0.1, port 0.

Routes are functions of (path, query) that return a :class:`Reply`; JSON fixtures come from
``tests/fixtures/fetch`` with their ``_fixture_source`` key removed and ``{base}`` replaced by the
server's address, so the served body is the recorded shape itself.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "fetch"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json;charset=UTF-8"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds to sleep before answering (a slow server)


@dataclass(frozen=True)
class Seen:
    path: str
    query: dict[str, str]
    headers: dict[str, str] = field(hash=False)


Route = Callable[[str, dict[str, str]], Reply | None]


def fixture(name: str, base: str) -> Any:
    """A fixture file as served: without ``_fixture_source``, with ``{base}`` replaced."""
    text = (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", base)
    value = json.loads(text)
    assert isinstance(value, dict) and value.pop("_fixture_source"), f"{name}: every fixture names the source of its shape"
    return value


def json_reply(value: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(value, ensure_ascii=False).encode("utf-8"))


class Server:
    def __init__(self) -> None:
        self.routes: list[Route] = []
        self.seen: list[Seen] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                outer.seen.append(Seen(parts.path, query, {k.lower(): v for k, v in self.headers.items()}))
                reply: Reply | None = None
                for route in outer.routes:
                    reply = route(parts.path, query)
                    if reply is not None:
                        break
                if reply is None:
                    reply = Reply(404, b'{"error": {"code": "404", "message": "not found"}}')
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    for k, v in reply.headers:
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                    pass

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]


@contextmanager
def serving() -> Iterator[Server]:
    server = Server()
    try:
        yield server
    finally:
        server.stop()
