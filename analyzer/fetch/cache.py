"""The local cache: one JSON file per fetched document, so a second run (and any re-analysis) works offline.

Layout: ``DIR/tk/2024Z18294.json``, ``DIR/vp/2022-2023_785.json``; each file holds the JSON record of
:class:`~analyzer.fetch.record.FetchedDocument` on one line (the same record ``analyzer fetch``
prints). Files are written to a temporary name and renamed into place, so a crash never leaves a
half-written entry. The default directory is ``$ANALYZER_CACHE``, else ``$XDG_CACHE_HOME/analyzer``,
else ``~/.cache/analyzer``.

An answered question is final and is never fetched again. An open one (no answer yet) is fetched
again once its entry is older than ``open_max_age`` seconds (a day by default), so a new answer is
picked up; if that fetch fails, the cached entry is used with a warning.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .record import FetchedDocument

OPEN_MAX_AGE = 24 * 3600.0


def default_cache_dir() -> Path:
    env = os.environ.get("ANALYZER_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "analyzer"


def _file_name(ref: str) -> Path:
    """``tk:2024Z18294`` -> ``tk/2024Z18294.json``; anything but letters, digits, ``-`` and ``.`` becomes ``_``."""
    source, _, key = ref.partition(":")
    safe = re.sub(r"[^A-Za-z0-9.-]", "_", key).lstrip(".") or "_"
    return Path(re.sub(r"[^a-z]", "_", source)) / f"{safe}.json"


@dataclass(frozen=True)
class Entry:
    document: FetchedDocument
    age: float  # seconds since it was stored

    def fresh(self, open_max_age: float = OPEN_MAX_AGE) -> bool:
        return self.document.status == "answered" or self.age <= open_max_age


class Cache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, ref: str) -> Path:
        return self.directory / _file_name(ref)

    def get(self, ref: str) -> Entry | None:
        """The stored entry, or ``None`` when there is none or it cannot be read (a damaged entry is fetched again)."""
        path = self.path(ref)
        try:
            data = path.read_bytes()
            age = max(0.0, time.time() - path.stat().st_mtime)
            value = json.loads(data.decode("utf-8"))
            if not isinstance(value, dict):
                return None
            document = FetchedDocument.from_json(value)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if document.ref != ref:
            return None
        return Entry(document, age)

    def put(self, document: FetchedDocument) -> Path:
        path = self.path(document.ref)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(document.dumps() + "\n")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path
