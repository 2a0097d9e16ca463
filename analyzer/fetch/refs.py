"""References to written questions: ``tk:2024Z18294``, ``tk:ah-tk-20242025-609``, ``vp:2022-2023/785``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .errors import FetchError

Source = Literal["tk", "vp"]
ZAAK = re.compile(r"(\d{4})[Zz](\d{5})")
AANHANGSEL = re.compile(r"ah-tk-(\d{4})(\d{4})-(\d{1,5})", re.I)
SESSION = re.compile(r"(\d{4})-(\d{4})")
VP = re.compile(r"(\d{4}-\d{4})/(\d{1,5})")


@dataclass(frozen=True)
class Ref:
    """A parsed reference. ``key`` is the normalized part after the colon."""

    source: Source
    key: str

    def __str__(self) -> str:
        return f"{self.source}:{self.key}"


def looks_like_ref(arg: str) -> bool:
    return arg.startswith(("tk:", "vp:"))


def session_year(value: str) -> str:
    """``2022-2023`` (the second year follows the first), or a bad-reference error."""
    m = SESSION.fullmatch(value.strip())
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise FetchError("bad-reference", f"{value!r}: a session year is written like 2022-2023")
    return m.group(0)


def tk_ref(value: str) -> Ref:
    """A Kamervraag by its zaak number (``2024Z18294``) or by its Aanhangsel number (``ah-tk-20242025-609``)."""
    v = value.strip()
    if m := ZAAK.fullmatch(v):
        return Ref("tk", f"{m.group(1)}Z{m.group(2)}")
    if (m := AANHANGSEL.fullmatch(v)) and int(m.group(2)) == int(m.group(1)) + 1:
        return Ref("tk", f"ah-tk-{m.group(1)}{m.group(2)}-{int(m.group(3))}")
    raise FetchError("bad-reference", f"tk:{v}: a Kamervraag is a zaak number (2024Z18294) or an Aanhangsel number (ah-tk-20242025-609)")


def vp_ref(number: str, year: str) -> Ref:
    n = number.strip()
    if not n.isdigit() or int(n) == 0:
        raise FetchError("bad-reference", f"vp:{year}/{number}: the question number is a positive whole number")
    return Ref("vp", f"{session_year(year)}/{int(n)}")


def parse_ref(arg: str) -> Ref:
    """``tk:...`` or ``vp:YEAR/NUMBER`` as given on the command line."""
    source, _, rest = arg.partition(":")
    if source == "tk":
        return tk_ref(rest)
    if source == "vp":
        m = VP.fullmatch(rest.strip())
        if not m:
            raise FetchError("bad-reference", f"{arg}: a Flemish written question is vp:SESSION/NUMBER, like vp:2022-2023/785")
        return vp_ref(m.group(2), m.group(1))
    raise FetchError("bad-reference", f"{arg}: a reference starts with tk: or vp:")
