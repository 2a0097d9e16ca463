"""Text as read: decoding (UTF-8, cp1252 as a fallback), the checks every document gets, the not-Dutch
warning, and rich-text markup in a text that is no web page."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import RawDocument
from ..safe_text import shown
from .errors import InputError
from .html import markup_text

# Not-Dutch check: the share of very common Dutch function words among the word tokens. Only words
# that are not also common in English, German, French or Spanish (so no "de", "en", "in", "is",
# "die"). Measured: 0.19-0.29 on every corpus document, 0.00-0.02 on English, German, French and
# Spanish paragraphs of the same subject.
DUTCH_WORDS = frozenset(
    {
        *("het", "een", "van", "dat", "op", "te", "niet", "voor", "zijn", "met", "er", "aan", "om", "ook", "bij", "door"),
        *("naar", "wordt", "worden", "kan", "uw", "hoe", "welke", "deze", "dit", "heeft", "hebben", "tot", "uit", "nog", "geen", "wij"),
    }
)
DUTCH_MIN_SHARE = 0.08
DUTCH_MIN_WORDS = 20  # shorter texts are not judged
_WORD = re.compile(r"[^\W\d_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# looks_dutch's words without the regex: each non-ASCII character of the text becomes _IN_WORD when
# _WORD takes it and a space otherwise, then an ASCII table (str.translate's fast path) keeps the
# letters and makes everything else a space, and str.split cuts the words. A word that held a
# non-ASCII letter is no Dutch function word either way: they are all ASCII, and none has _IN_WORD.
_IN_WORD = "q"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS_ONLY = {code: chr(code) if chr(code).isalpha() else " " for code in range(128)}


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """A file's bytes as text: UTF-16 with its byte order mark (Excel's "Unicode text"), UTF-8 (a BOM is skipped), or
    cp1252 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("undecodable", f"{shown(source)}: not valid UTF-16 text ({exc.reason})") from None
        if "\x00" in text:
            raise InputError("binary", f"{shown(source)}: binary file (contains NUL characters), not a text document")
        return text, ()
    if b"\x00" in data:  # anywhere, not only near the start: no NUL may reach a CSV or HTML report
        raise InputError("binary", f"{shown(source)}: binary file (contains NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError("undecodable", f"{shown(source)}: neither UTF-8 nor cp1252 text ({exc.reason})") from None
    return text, (f"{shown(source)}: not valid UTF-8, read as cp1252",)


def looks_dutch(text: str) -> bool:
    """``False`` only for a text of some length in which common Dutch function words are (nearly) absent."""
    words = _words(text.lower())
    if len(words) < DUTCH_MIN_WORDS:
        return True
    return sum(map(DUTCH_WORDS.__contains__, words)) / len(words) >= DUTCH_MIN_SHARE


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``, except that a word's non-ASCII letters read ``_IN_WORD`` (see there); about
    twice as fast."""
    if not text.isascii():
        for char in set(_NON_ASCII.findall(text)):
            text = text.replace(char, _IN_WORD if _WORD.match(char) else " ")
    return text.translate(_LETTERS_ONLY).split()


def checked(raw: RawDocument) -> RawDocument:
    """The checks every document gets after reading: not empty, and a warning when it does not look Dutch."""
    if not raw.text.strip():
        raise InputError("empty", f"{shown(raw.source)}: the document is empty")
    if "\x00" in raw.text:  # from a PDF's text layer: one character for one, so every offset holds
        warning = f"{shown(raw.source)}: NUL characters in the text, read as U+FFFD"
        raw = replace(raw, text=raw.text.replace("\x00", "\ufffd"), warnings=(*raw.warnings, warning))
    if _SURROGATE.search(raw.text):  # a PDF's broken ToUnicode map: no output could hold them
        warning = f"{shown(raw.source)}: lone surrogates in the text, read as U+FFFD"
        raw = replace(raw, text=_SURROGATE.sub("\ufffd", raw.text), warnings=(*raw.warnings, warning))
    if looks_dutch(raw.text):
        return raw
    return replace(
        raw, warnings=(*raw.warnings, f"{shown(raw.source)}: the text does not look Dutch; analyzed anyway, with confidences halved")
    )


def unmarked(raw: RawDocument) -> RawDocument:
    """A text file (or stdin) that holds rich-text markup without being a web page, as its visible text, with a warning."""
    text = markup_text(raw.text)
    if text is None:
        return raw
    warning = f"{shown(raw.source)}: the text holds HTML markup; read as its visible text, to which the offsets point"
    return replace(raw, text=text, warnings=(*raw.warnings, warning))
