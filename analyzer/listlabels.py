"""The label a word processor or a browser draws before a list item: "3", "c", "iii", "C", "III".

Word's list formats (``decimal``, ``lowerLetter``, ``upperRoman`` ...) and HTML's ``<ol type>``
(``1``, ``a``, ``A``, ``i``, ``I``) both come here, so a list reads the same whichever file it came in.
"""

from __future__ import annotations

import re

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"))
_ROMAN_SMALL = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
MAX_SPELLED = 5000  # numbers above this are written in digits whatever the format
_WHOLE = re.compile(r"-?[0-9]{1,9}")
# HTML's <ol type> in Word's names
HTML_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def roman(n: int) -> str:
    out = []
    for value, digits in (*_ROMAN, *_ROMAN_SMALL):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """a ... z, then aa ... zz, then aaa: the letter repeated, as Word counts (a browser goes on aa, ab, ...; lists
    that long do not number questions)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def formatted(n: int, fmt: str) -> str:
    """``n`` in the format ``fmt`` (Word's names); an unknown format, or a number too large to spell, in digits."""
    if n > MAX_SPELLED and fmt not in ("decimal", "decimalZero"):
        fmt = "decimal"  # (a start of a billion in letters or roman numerals would be a string of a billion characters)
    if fmt in ("lowerLetter", "upperLetter"):
        text = letters(n) if n > 0 else ""
    elif fmt in ("lowerRoman", "upperRoman"):
        text = roman(n) if n > 0 else ""
    elif fmt == "decimalZero":
        text = f"{n:02d}"
    else:  # decimal, and the formats Word draws as digits in other scripts or words ("ordinal", "cardinalText")
        text = str(n)
    return text.upper() if fmt.startswith("upper") else text


def whole(value: str | None, *, negative: bool = False) -> int | None:
    """An attribute's whole number, ASCII digits only and at most nine of them ("²", "x" and a 5,000-digit value are
    none); a minus sign only where ``negative``."""
    if value is None or not _WHOLE.fullmatch(value := value.strip()) or (value.startswith("-") and not negative):
        return None
    return int(value)
