"""A polite HTTP client: a User-Agent naming the project, a pause between requests, timeouts, and
retries with exponential backoff on 429 and 5xx (a 429's Retry-After is honoured up to a limit).

httpx is imported here and nowhere else; this module is imported only when something is fetched,
so ``analyzer check`` on local files never loads a network library.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .. import __version__
from .errors import FetchError

try:
    import httpx
except ImportError:  # pragma: no cover - exercised only without the extra
    httpx = None  # type: ignore[assignment]

USER_AGENT = f"analyzer/{__version__} (did the minister answer? written-question analysis; python-httpx)"


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how patiently to fetch. The defaults suit the live services; tests shorten them."""

    timeout: float = 30.0  # seconds to connect, and to wait for each piece of the answer
    retries: int = 3  # extra tries after a timeout, a refused connection, a 429 or a 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_wait: float = 120.0  # a Retry-After longer than this is reported as rate-limited instead of waited for
    delay: float = 0.5  # at least this many seconds between two requests (the rate limit)
    max_bytes: int = 20 * 1024 * 1024  # a larger response body is a bad-response
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    content_type: str
    body: bytes = field(repr=False)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date; ``None`` if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HttpClient:
    """GET requests with the politeness of :class:`FetchSettings`; every failure is a :class:`FetchError`."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        if httpx is None:
            raise FetchError("missing-extra", "fetching needs the network extra: pip install 'analyzer[fetch]'")
        self.settings = settings or FetchSettings()
        self._sleep = sleep
        self._clock = clock
        self._on_wait = on_wait
        self._last: float | None = None
        self.requests = 0  # how many requests were sent (the tests count them)
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.user_agent},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pace(self) -> None:
        if self._last is not None:
            wait = self.settings.delay - (self._clock() - self._last)
            if wait > 0:
                self._sleep(wait)
        self._last = self._clock()

    def _wait(self, seconds: float, why: str) -> None:
        if self._on_wait is not None:
            self._on_wait(f"{why}; waiting {seconds:g} s")
        self._sleep(seconds)

    def get(self, url: str, params: Mapping[str, str] | None = None, accept: str = "*/*") -> Response:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError("bad-response", f"{url}: not an http(s) address")
        s = self.settings
        tries = s.retries + 1
        for attempt in range(tries):
            last = attempt == tries - 1
            backoff = s.backoff * (2**attempt)
            self._pace()
            self.requests += 1
            try:
                raw = self._send(url, params, accept)
            except httpx.TimeoutException:
                if last:
                    raise FetchError("network", f"{_host(url)}: no answer within {s.timeout:g} s ({tries} tries)") from None
                self._wait(backoff, f"{_host(url)}: timed out")
                continue
            except httpx.TransportError as exc:
                if last:
                    raise FetchError("network", f"{_host(url)}: cannot connect ({type(exc).__name__}; {tries} tries)") from None
                self._wait(backoff, f"{_host(url)}: {type(exc).__name__}")
                continue
            except httpx.HTTPError as exc:  # too many redirects, an undecodable body: retrying will not help
                raise FetchError("bad-response", f"{_host(url)}: unreadable answer ({type(exc).__name__})") from None
            status = raw.status
            if status in (404, 410):
                raise FetchError("not-found", f"{_host(url)}: the service has no such document (HTTP {status})")
            if status == 429:
                asked = retry_after(raw.retry_after)
                wait = backoff if asked is None else asked
                if wait > s.max_wait:
                    raise FetchError(
                        "rate-limited", f"{_host(url)}: rate limited (HTTP 429), asked to wait {wait:g} s, more than {s.max_wait:g} s"
                    )
                if last:
                    raise FetchError("rate-limited", f"{_host(url)}: rate limited (HTTP 429) after {tries} tries; try again later")
                self._wait(wait, f"{_host(url)}: rate limited (HTTP 429)")
                continue
            if status >= 500:
                if last:
                    raise FetchError("network", f"{_host(url)}: the service answered HTTP {status} ({tries} tries)")
                self._wait(backoff, f"{_host(url)}: HTTP {status}")
                continue
            if status >= 400 or status < 200:
                raise FetchError("bad-response", f"{_host(url)}: the service answered HTTP {status}")
            return Response(raw.url, status, raw.content_type, raw.body)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, url: str, params: Mapping[str, str] | None, accept: str) -> _Raw:
        """One request: status, content type, the body of a 200 (read up to the limit), a 429's Retry-After."""
        limit = self.settings.max_bytes
        with self._client.stream("GET", url, params=dict(params) if params else None, headers={"Accept": accept}) as r:
            ctype = r.headers.get("content-type", "")
            if r.status_code != 200:
                return _Raw(r.status_code, ctype, b"", str(r.url), r.headers.get("retry-after"))
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError("bad-response", f"{_host(url)}: a response of {declared} bytes is over the limit of {limit}")
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError("bad-response", f"{_host(url)}: the response is over the limit of {limit} bytes")
                chunks.append(chunk)
            return _Raw(r.status_code, ctype, b"".join(chunks), str(r.url))

    def get_json(self, url: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
        """A JSON object; anything else (malformed JSON, a list, HTML) is a bad-response."""
        r = self.get(url, params, accept="application/json")
        try:
            value = json.loads(r.body.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise FetchError("bad-response", f"{_host(url)}: the response is not UTF-8 JSON") from None
        except (json.JSONDecodeError, RecursionError) as exc:
            raise FetchError("bad-response", f"{_host(url)}: malformed JSON ({getattr(exc, 'msg', 'nested too deeply')})") from None
        if not isinstance(value, dict):
            raise FetchError("bad-response", f"{_host(url)}: a JSON object was expected, not {type(value).__name__}")
        return value


@dataclass(frozen=True)
class _Raw:
    status: int
    content_type: str
    body: bytes = field(repr=False)
    url: str
    retry_after: str | None = None
