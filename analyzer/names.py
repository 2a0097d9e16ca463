"""Who answered and who asked, as people a summary can count: one spelling per person.

The headers name people in many shapes: ``Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede
namens de Minister voor Rechtsbescherming``; ``Matthias Diependaele (MINISTER-PRESIDENT VAN DE VLAAMSE
REGERING, VLAAMS MINISTER VAN ECONOMIE, ...)``; ``Tjeerd de Groot en Sneller``; a PDF's ``Yes¸ilgöz``
with the cedilla detached from its letter. This module turns them into a name, a role and a
department (portfolio), the co-respondents of a "mede namens", and one entry per asker, plus a key
under which the spellings of one person meet. Nothing is guessed: what the header does not say stays
``None``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A spacing diacritic that PDF extraction leaves next to its letter ("Yes¸ilgöz", "Kostic ´"), and the
# combining mark it stands for.
_SPACING_MARKS = {
    "\u00b8": "\u0327",  # cedilla
    "\u00b4": "\u0301",  # acute
    "\u02ca": "\u0301",
    "\u0060": "\u0300",  # grave
    "\u02cb": "\u0300",
    "\u00a8": "\u0308",  # diaeresis
    "\u02c6": "\u0302",  # circumflex
    "\u02dc": "\u0303",  # tilde
    "\u02c7": "\u030c",  # caron
}
_DETACHED = re.compile(r"([A-Za-z]) ?([" + "".join(_SPACING_MARKS) + r"])")

# Ministries by the abbreviations the Tweede Kamer documents use.
DEPARTMENTS = {
    "AZ": "Algemene Zaken",
    "BZ": "Buitenlandse Zaken",
    "BZK": "Binnenlandse Zaken en Koninkrijksrelaties",
    "EZ": "Economische Zaken",
    "EZK": "Economische Zaken en Klimaat",
    "FIN": "Financiën",
    "IENW": "Infrastructuur en Waterstaat",
    "JENV": "Justitie en Veiligheid",
    "KGG": "Klimaat en Groene Groei",
    "LNV": "Landbouw, Natuur en Voedselkwaliteit",
    "OCW": "Onderwijs, Cultuur en Wetenschap",
    "SZW": "Sociale Zaken en Werkgelegenheid",
    "VWS": "Volksgezondheid, Welzijn en Sport",
}
_SMALL_WORDS = {"en", "van", "de", "het", "der", "den", "voor", "in", "op", "met", "te", "ter", "ten", "tot", "aan"}
MAX_NAME = 1000  # a header field longer than this is not a name; only its start is read (bounded regex work)
_ROLE = r"(?:vice-?)?minister(?:-president)?|staatssecretaris|burgemeester|schepen|wethouder"


@dataclass(frozen=True)
class Person:
    """One person (or, for a co-respondent named by office only, one office)."""

    name: str
    role: str | None = None
    department: str | None = None

    @property
    def key(self) -> str:
        return person_key(self.name)

    @property
    def label(self) -> str:
        """``Yeşilgöz-Zegerius (minister)``, ``Matthias Diependaele (minister-president)``: the name and a short role."""
        if not self.role or self.name.casefold().startswith(self.role.casefold()):
            return self.name
        return f"{self.name} ({self.role.lower()})"


def fix_text(s: str) -> str:
    """Unicode repairs for names out of PDFs: a detached diacritic joined to its letter, NFC, spaces collapsed."""
    s = _DETACHED.sub(lambda m: m.group(1) + _SPACING_MARKS[m.group(2)], s)
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\b(en|van|de|der|den)(?=[A-Z][a-zà-ÿ])", r"\1 ", s)  # "Welzijn enSport", "Inge vanDijk"
    return re.sub(r"\s+", " ", s).strip(" ,;.")


def person_key(name: str) -> str:
    """The key under which spellings of one name meet: case, accents, hyphen spacing and spaces do not matter."""
    decomposed = unicodedata.normalize("NFKD", fix_text(name))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", bare)).strip().casefold()


def _caps_to_title(s: str) -> str:
    """``ECONOMIE, INNOVATIE EN INDUSTRIE`` -> ``Economie, Innovatie en Industrie``; mixed case is kept."""
    letters = [c for c in s if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return s
    words = []
    for i, w in enumerate(s.lower().split(" ")):
        words.append(w if (w in _SMALL_WORDS and i) else "-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def _department(text: str) -> str | None:
    text = fix_text(text)
    if not text:
        return None
    return DEPARTMENTS.get(text.upper().replace(" ", ""), text)


def _office(text: str) -> Person:
    """A co-respondent named by office: ``de Minister van Defensie`` -> office ``Minister van Defensie``."""
    text = fix_text(re.sub(r"^(?:de|het)\s+", "", fix_text(text), flags=re.I))
    m = re.match(r"(" + _ROLE + r")(?:sen|s)?\s+(van|voor)\s+(.+)$", text, re.I)
    if m is None:
        return Person(text)
    role = m.group(1)[:1].upper() + m.group(1)[1:].lower()
    department = _department(m.group(3))
    return Person(f"{role} {m.group(2).lower()} {department}", role, department)


def _co_respondents(text: str) -> tuple[Person, ...]:
    """``de Minister van Defensie en de Minister-President, Minister van Algemene Zaken``; ``de
    Staatssecretarissen van A en van B`` (one office each, the role carried over)."""
    out: list[Person] = []
    role: str | None = None
    for part in re.split(r"\s+en\s+(?=(?:de|het|van|voor)\s)", text):
        part = re.sub(r"^(?:de|het)\s+", "", fix_text(part), flags=re.I)
        part = re.sub(r"^minister-president,\s*", "", part, flags=re.I)  # "Minister-President, Minister van AZ"
        if re.match(r"(?:van|voor)\s", part) and role:
            part = f"{role} {part}"
        person = _office(part)
        role = person.role or role
        out.append(person)
    return tuple(out)


def _flemish(name: str, portfolio: str) -> Person:
    """``Matthias Diependaele`` with ``MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN X``."""
    functions = [f.strip(" ,") for f in re.split(r",?\s*(?=\bVLAAMS(?:E)?\s+MINISTER\b)", portfolio) if f.strip(" ,")]
    role = department = None
    rest: list[str] = []
    for f in functions:
        m = re.match(r"((?:VICE-?)?MINISTER-PRESIDENT)\b", f, re.I)
        if m and role is None:
            role = _caps_to_title(m.group(1)).capitalize()
            continue
        m = re.match(r"VLAAMSE?\s+MINISTER\s+(?:VAN|VOOR)\s+(.+)$", f, re.I | re.S)
        if m:
            role = role or "Vlaams minister"
            rest.append(_caps_to_title(m.group(1).strip(" ,")))
        else:
            rest.append(_caps_to_title(f))
    department = ", ".join(rest) or None
    return Person(_caps_to_title(fix_text(name)), role, department)


def respondents(raw: str | None) -> tuple[Person | None, tuple[Person, ...]]:
    """The respondent of a header and its co-respondents ("mede namens ...")."""
    if not raw or not raw.strip():
        return None, ()
    s = fix_text(re.sub(r"\(\s*ontvangen[^)]*\)?", "", raw[:MAX_NAME]))
    main, *co = re.split(r",?\s*mede\s+namens\s+", s, maxsplit=1, flags=re.I)
    co_people = _co_respondents(co[0]) if co else ()
    main = re.sub(r"\s+van\s+minister\b.*$", "", main, flags=re.I)  # "Minister A (BZ) van Minister B (...)"
    flemish = re.match(r"(.+?)\s*\(([^()]*[A-Z]{4,}[^()]*)\)?\s*$", main)
    if flemish and not re.match(_ROLE, flemish.group(1), re.I) and _is_caps(flemish.group(2)):
        return _flemish(flemish.group(1), flemish.group(2)), co_people
    m = re.match(r"(" + _ROLE + r")\s+(.+?)\s*(?:\(([^()]*)\)?)?\s*$", main, re.I | re.S)
    if m is None:
        return Person(main), co_people
    role = m.group(1)[:1].upper() + m.group(1)[1:].lower()
    name = m.group(2)
    department = None
    if m.group(3):
        department = _department(re.split(r"\s+[–-]\s+", m.group(3))[0])
    if re.match(r"(?:van|voor)\s", name):  # "Minister van Defensie": an office, no name ("Van Rij" is a name)
        return _office(f"{role} {name}"), co_people
    return Person(name[:1].upper() + name[1:], role, department), co_people


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def askers(raw: str | None) -> tuple[str, ...]:
    """``Tjeerd de Groot en Sneller`` -> both; ``Marc Hendrickx (N-VA)`` -> the name (the party is in :func:`parties`)."""
    if not raw or not raw.strip():
        return ()
    s = fix_text(re.sub(r"\s*\([^)]*\)?", " ", raw[:MAX_NAME]))
    names = [fix_text(x) for x in re.split(r"\s*,\s*|\s+en\s+", s)]
    return tuple(dict.fromkeys(n[:1].upper() + n[1:] for n in names if n))


def parties(asker_party: str | None, asker: str | None = None) -> tuple[str, ...]:
    """The parties of the askers: ``GroenLinks-PvdA, PvdD`` -> both; a party in brackets after a name counts too."""
    found: list[str] = []
    for source in ((asker_party or "")[:MAX_NAME], *re.findall(r"\(([^)]*)\)", (asker or "")[:MAX_NAME])):
        for p in re.split(r"\s*[,/]\s*", source):
            p = fix_text(re.sub(r"^beiden\s+", "", p.strip(), flags=re.I))
            if p:
                found.append(p)
    return tuple(dict.fromkeys(found))


__all__ = ["DEPARTMENTS", "Person", "askers", "fix_text", "parties", "person_key", "respondents"]
