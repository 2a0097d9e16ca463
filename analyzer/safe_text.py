"""Text that leaves the tool: names valid as UTF-8, messages on one line, nothing a terminal would obey.

A file name is bytes: one that is not UTF-8 reaches Python as lone surrogates, which no UTF-8
output can hold (:func:`source_name` writes those bytes as ``\\xNN``). A name or a JSONL id may hold
a line break or an escape sequence: a message quotes it (:func:`shown`), and whatever is printed to
a terminal loses its control characters (:func:`strip_controls`, :func:`one_line`), so a document
cannot set the window title, clear the screen or write to the clipboard (OSC 52).
"""

from __future__ import annotations

import re
from os import PathLike
from typing import Any

# C0 controls but tab and line feed, DEL, and the C1 controls (0x9b alone is a CSI on some terminals)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ALL_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def source_name(path: str | PathLike[str]) -> str:
    """A path as reports carry it: as given, with bytes of a file name that are not UTF-8 written as ``\\xNN``."""
    s = str(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        pass
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file system byte gave
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


def shown(name: str | PathLike[str]) -> str:
    """A name as a message shows it: as it is, or quoted with escapes when it holds a line break, an
    escape sequence or another character that does not print (one message stays one line)."""
    s = source_name(name)
    return s if s.isprintable() else repr(s)


def strip_controls(text: str) -> str:
    """``text`` without control characters, line feeds and tabs kept: for text that a terminal shows."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def one_line(text: str) -> str:
    """``text`` with every control character (line breaks too) written as an escape: one message, one line."""
    if not _ALL_CONTROLS.search(text):
        return text
    return _ALL_CONTROLS.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def terminal_safe(value: Any) -> Any:
    """A copy of a report (dicts, lists, strings) with :func:`strip_controls` applied to every string."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {k: terminal_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [terminal_safe(v) for v in value]
    return value
