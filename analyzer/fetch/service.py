"""Fetching with the cache in front: ``Fetcher.fetch(ref)`` gives a record from the cache or from the service.

Importing this module loads httpx (through :mod:`analyzer.fetch.http`); the command line imports it
only when a ``tk:``/``vp:`` reference or ``analyzer fetch`` asks for the network.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ..read import DEFAULT_MAX_BYTES
from .cache import OPEN_MAX_AGE, Cache
from .convert import document_text
from .errors import FetchError
from .http import FetchSettings, HttpClient
from .record import FetchedDocument
from .refs import Ref
from .tk import DEFAULT_URL as TK_URL
from .tk import TweedeKamer
from .vp import DEFAULT_SEARCH_URL as VP_SEARCH_URL
from .vp import DEFAULT_URL as VP_URL
from .vp import VlaamsParlement


@dataclass(frozen=True)
class Endpoints:
    """Where the services live; each can be moved (a mirror, or the loopback server of the tests)."""

    tk: str = TK_URL
    vp: str = VP_URL
    vp_search: str = VP_SEARCH_URL

    @classmethod
    def from_env(cls, tk: str | None = None, vp: str | None = None, vp_search: str | None = None) -> Endpoints:
        """Options first, then ``ANALYZER_TK_URL``, ``ANALYZER_VP_URL``, ``ANALYZER_VP_SEARCH_URL``, then the live services."""
        return cls(
            tk or os.environ.get("ANALYZER_TK_URL") or TK_URL,
            vp or os.environ.get("ANALYZER_VP_URL") or VP_URL,
            vp_search or os.environ.get("ANALYZER_VP_SEARCH_URL") or VP_SEARCH_URL,
        )


@dataclass(frozen=True)
class Fetched:
    document: FetchedDocument
    from_cache: bool
    notes: tuple[str, ...]  # warnings about this fetch (a stale cache entry used, an unreadable PDF page)


class Fetcher:
    def __init__(
        self,
        settings: FetchSettings | None = None,
        cache_dir: Path | None = None,
        endpoints: Endpoints | None = None,
        *,
        refresh: bool = False,
        open_max_age: float = OPEN_MAX_AGE,
        max_bytes: int = DEFAULT_MAX_BYTES,
        on_wait: Callable[[str], None] | None = None,
        http: HttpClient | None = None,
    ) -> None:
        self.http = http or HttpClient(settings, on_wait=on_wait)
        self.cache = Cache(cache_dir) if cache_dir is not None else None
        self.endpoints = endpoints or Endpoints.from_env()
        self.refresh = refresh
        self.open_max_age = open_max_age
        self.max_bytes = max_bytes
        self.tk = TweedeKamer(self.http, self.endpoints.tk)
        self.vp = VlaamsParlement(self.http, self.endpoints.vp, self.endpoints.vp_search)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, ref: Ref) -> Fetched:
        """The record of ``ref``. Raises :class:`FetchError`, or :class:`~analyzer.read.InputError` for a file that cannot be read."""
        entry = self.cache.get(str(ref)) if self.cache is not None else None
        if entry is not None and not self.refresh and entry.fresh(self.open_max_age):
            return Fetched(entry.document, True, ())
        notes: list[str] = []

        def read(data: bytes, content_type: str, source: str) -> str:
            text, warnings = document_text(data, content_type, source, self.max_bytes)
            notes.extend(warnings)
            return text

        try:
            service = self.tk if ref.source == "tk" else self.vp
            document = service.fetch(ref, read)
        except FetchError as exc:
            if entry is not None and exc.code in ("network", "rate-limited"):
                hours = entry.age / 3600
                note = f"{ref}: {exc.code}: {exc}; using the cached copy from {hours:.0f} h ago"
                return Fetched(entry.document, True, (note,))
            raise
        document = replace(document, fetched_at=datetime.now(UTC).isoformat(timespec="seconds"))
        if self.cache is not None:
            try:
                self.cache.put(document)
            except OSError as exc:  # a read-only or full disk costs the cache, not the document
                notes.append(f"{ref}: not cached in {self.cache.directory} ({exc.strerror or exc})")
        return Fetched(document, False, tuple(notes))

    def search_tk(self, respondent: str | None, asker: str | None, since: str | None, until: str | None, limit: int) -> list[str]:
        return self.tk.search(respondent, asker, since, until, limit)
