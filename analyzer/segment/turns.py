"""Speaker turns: a transcript or minutes where each paragraph opens with the name of who speaks, as the
Kamer's committee reports, civic sites and council minutes print oral questions::

    Nawal Farih:
    Mijnheer de minister, ... Wordt momenteel geëvaluaard of ...? Zijn er signalen dat ...?
    Frank Vandenbroucke:
    Momenteel zijn er geen evaluaties ... voorzien.

    Sandra Maes (N-VA): Kan in het verslag ... toegevoegd worden dat het om de wijken ... ging?
    Luc Vuylsteke de Laps (Fan van Hove): Dat kan zeker aangepast worden.

A speaker label is a name (two capitalised words at least, particles such as "van", "de", "den" between
them) or a title with or without a name ("Minister Geens", "De voorzitter", "Schepen Peeters"), then a
party or function in brackets or after a comma, then a colon; the Kamer's reports number it ("01.02").
A turn that asks (a question mark) and the turns of other speakers after it form an exchange: the turn is
the question, one item per question sentence (GUIDE.md), and the others' turns are its answer, up to the
asker's next turn (a reply, or a follow-up question that is an exchange of its own when someone answers
it). The chair's turns ("De voorzitter: Mevrouw X heeft het woord.") are neither. A question nobody
answers in the text is no item: it is a reply's rhetorical question or a place where the source stops,
and reading it as "not addressed" would accuse the respondent of a refusal nobody saw.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..model import Span
from .alternation import Block, alternating
from .lines import Frag
from .result import Segmentation

_SP = r"[^\S\n]"
# a capitalised word of a name ("Vuylsteke", "Jean-Marie", "D'Hondt"), or an initial ("J.")
_TOKEN = r"(?:[A-ZÀ-Ý](?:['’][A-ZÀ-Ý])?[a-zà-ÿ]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)*|[A-Z]\.)"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|'t|d'|da|di|du|le|la|von|Van|De|Der|Den|Ter|Ten|Le|La|Da|Di|Du|Von)"
_NAME = rf"{_TOKEN}(?:{_SP}+(?:{_PARTICLE}{_SP}+){{0,2}}{_TOKEN}){{0,4}}"
# a title that names a speaker's office, alone or before the name
_TITLE = (
    r"(?:[Dd]e" + _SP + r"+(?:heer|voorzitter|minister|staatssecretaris|burgemeester|schepen|wethouder|gedeputeerde)"
    r"|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Vv]laams" + _SP + r"+minister|[Ee]erste" + _SP + r"+minister|[Vv]ice-eersteminister"
    r"|[Mm]inister(?:-president)?|[Ss]taatssecretaris|[Ss]chepen|[Bb]urgemeester|[Ww]ethouder|[Gg]edeputeerde|[Rr]aadslid"
    r"|(?:[Cc]ommissie)?[Vv]oorzitter)"
)
# a speaker label: at a line start, or (text whose line breaks were lost) after a sentence or a header word;
# "01.02" numbers a turn in the Kamer's reports; the colon ends the label, and the turn's text follows it
# on the same line or the next
_LABEL = re.compile(
    rf"(?:(?<=\n)|^|(?<=[.?!:)”\"’]{_SP})|(?<=[a-z]{_SP}))"
    rf"{_SP}*(?:\d{{2}}\.\d{{2}}{_SP}+)?"
    rf"(?P<who>{_TITLE}(?:{_SP}+{_NAME})?|{_NAME})"
    rf"(?:,{_SP}+[a-zà-ÿ][\w -]{{0,40}}?)?(?:{_SP}*\((?P<party>[^()\n]{{1,60}})\))?{_SP}*:(?=\s)",
    re.M,
)
# capitalised words that open headers and labels, not names: "Schriftelijke Vraag:", "Antwoord Bestuurscollege:"
_HEADER_WORDS = (
    "Vraag Vragen Antwoord Antwoorden Beantwoording Schriftelijke Mondelinge Datum Onderwerp Betreft Toelichting "
    "Bijlage Bijlagen Besluit Indiener Indieners Aan Gesteld Zitting Agenda Punt Artikel Enig Nota Opmerking "
    "Conclusie Inleiding Context Advies Reactie Samenvatting Overzicht Motivering Argumentatie Feiten Juridische "
    "Kamerstuk Tweede Eerste Kamer Vlaams Vlaamse Parlement Gemeente Stad Provincie Dienst Afdeling Bron Noot Zie "
    "Tabel Figuur Kenmerk Referentie Stemming Publicatiedatum Status Aanleiding Vervolg Totaal Ja Nee Neen "
)
_NOT_A_NAME = frozenset(_HEADER_WORDS.split())
_CHAIR = re.compile(r"voorzitter", re.I)
# the end of a turn before its minutes go on: a blank line, then a heading ("BESLUIT: ...", "Enig artikel"; not an
# item of a list, "- extra personeel", "2 miljoen euro")
# (or, where line breaks are lost, a capitalised word and a colon after a sentence: "... worden. BESLUIT: ...")
_HEADING_AFTER_BLANK = re.compile(
    rf"\n[\s\xa0]*\n{_SP}*(?:[A-ZÀ-Ý]{{3,}}\b|(?![-–•*·]|\d)[^\n]{{1,60}}(?<![.?!;,:])(?=\n|$))|(?<=[.?!]){_SP}+[A-ZÀ-Ý]{{4,}}:"
)


@dataclass(frozen=True)
class Turn:
    """What one speaker says: the label ``[label_start, label_end)`` and the text ``[start, end)`` after it."""

    who: str
    label: Span
    start: int
    end: int
    chair: bool

    def asks(self, text: str) -> bool:
        return "?" in text[self.start : self.end]

    def says(self, text: str) -> bool:
        return re.search(r"[^\W\d_]{2}", text[self.start : self.end]) is not None


# who answers by office: a turn of theirs that asks something back ("Wat bedoelt u met kant spoor 1?") is still an answer
_RESPONDENT = re.compile(r"\b(?:[Mm]inister|[Ss]taatssecretaris|[Ss]chepen|[Bb]urgemeester|[Ww]ethouder|[Gg]edeputeerde)\b")


def _named(who: str) -> bool:
    """A person's name: two capitalised words at least, none of them a header word ("Schriftelijke Vraag")."""
    words = who.split()
    return sum(1 for w in words if re.fullmatch(_TOKEN, w)) >= 2 and not any(w in _NOT_A_NAME for w in words)


def _is_label(text: str, m: re.Match[str]) -> bool:
    """A name or a title, not a header word; inside a line (line breaks lost) only a name of two words at
    least before a capitalised sentence ("... Bekijk antwoord Nawal Farih: Mijnheer de minister, ...")."""
    who = m.group("who")
    named = _named(who)
    line_start = m.start() == 0 or text[m.start() - 1] == "\n"  # (the label's own indentation is in the match)
    if line_start:
        return named or re.match(_TITLE, who) is not None
    return named and re.compile(r"\s*[A-ZÀ-Ý]").match(text, m.end()) is not None


# the chair gives the floor, and the name of who speaks stands on the next line without a colon, as the Flemish
# Parliament's reports print it: "De heer Poschet heeft het woord." / "Joris Poschet (CD&V)" / "Minister, ...";
# "Minister Gatz heeft het woord." / "Minister Sven Gatz" / "Het interview ..."
_FLOOR = re.compile(
    rf"(?<!\S)(?:{_TITLE}{_SP}+)?(?:{_TOKEN}{_SP}+(?:{_PARTICLE}{_SP}+){{0,2}}){{0,3}}"
    rf"(?P<surname>{_TOKEN}){_SP}+heeft{_SP}+het{_SP}+woord\.?"
)


# a speaker named with a party or function in brackets and what they do, as reports and live blogs of a council
# write a turn: "Filip Lombaert (Groen) vroeg ... "Wanneer mogen we dit verwachten?"", "Rudolf Scherpereel (N-VA)
# antwoordt in plaats van de schepen. "..."" (at a paragraph start, or after a sentence where line breaks are lost)
_NAMED_LABEL = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.?!”\"’]{_SP}))[^\S\n]*(?P<who>(?:{_TITLE}{_SP}+)?{_NAME}){_SP}*\([^()\n]{{1,60}}\)(?={_SP}+[a-z])"
)


def _floor_labels(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """Speaker labels after the chair gives the floor: (where the previous turn stops, label start, label end,
    who). The label is the name right after the floor formula, up to the surname it named (and a party in
    brackets), on its own line or, where line breaks are lost, before the turn's first sentence."""
    out = []
    for floor in _FLOOR.finditer(text, start, end):
        surname = re.escape(floor.group("surname"))
        name = re.compile(
            rf"\s*(?P<who>(?:{_TITLE}{_SP}+)?(?:{_TOKEN}{_SP}+(?:{_PARTICLE}{_SP}+){{0,2}}){{0,3}}{surname})"
            rf"(?:{_SP}*\([^()\n]{{1,60}}\))?{_SP}*(?=\s)"
        ).match(text, floor.end(), min(end, floor.end() + 160))
        if name is None:
            continue
        out.append((floor.start(), name.start("who"), name.end(), name.group("who")))
    return out


def turns(text: str, start: int, end: int) -> list[Turn]:
    """The speaker turns of ``text[start:end]``, in order (none when no speaker label is there)."""
    labels: list[tuple[int, int, int, str]] = []  # where the turn before stops, label start, label end, who
    pos = start
    while (m := _LABEL.search(text, pos, end)) is not None:
        if _is_label(text, m):
            label_start = m.start() + len(m.group()) - len(m.group().lstrip())
            labels.append((label_start, label_start, m.end(), m.group("who")))
            pos = m.end()
        else:  # "Argumentatie Sandra Maes (N-VA):" is no name, "Sandra Maes (N-VA):" may be
            pos = m.start() + 1
    for m in _NAMED_LABEL.finditer(text, start, end):
        who = m.group("who")
        if re.match(_TITLE, who) or _named(who):
            label_start = m.start("who")
            labels.append((label_start, label_start, m.end(), who))
    taken = [(a, b) for _, a, b, _ in labels]
    labels.extend(f for f in _floor_labels(text, start, end) if not any(a < f[2] and f[1] < b for a, b in taken))
    labels.sort()
    kept: list[tuple[int, int, int, str]] = []
    for label in labels:  # (the name after one floor formula may be the start of the next: "Peeters heeft het woord.")
        if not kept or label[0] >= kept[-1][2]:
            kept.append(label)
    labels = kept
    out: list[Turn] = []
    for k, (_, label_start, label_end, who) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else end
        minutes = _HEADING_AFTER_BLANK.search(text, label_end, stop)
        stop = minutes.start() if minutes is not None else stop
        name = re.sub(r"\s+", " ", who).strip()
        out.append(Turn(name, Span(label_start, label_end), label_end, stop, bool(_CHAIR.search(name))))
    return out


def _exchanges(text: str, speech: list[Turn]) -> list[tuple[Block, Span]]:
    """Each turn that asks, with the turns of others after it up to the asker's next turn, as a block (and
    the asker's label); a question nobody answers is left out."""
    blocks: list[tuple[Block, Span]] = []
    asker: Turn | None = None
    question_end = 0
    answer: list[Turn] = []

    def close() -> None:
        if asker is not None and answer:
            blocks.append((Block(asker.start, question_end, answer[0].label, answer[0].start, answer[-1].end), asker.label))

    for turn in speech:
        if turn.chair or not turn.says(text):
            continue
        if asker is None:
            if turn.asks(text):
                asker, question_end, answer = turn, turn.end, []
        elif turn.who == asker.who or (not answer and turn.asks(text) and not _RESPONDENT.search(turn.who)):
            if not answer:
                # the asker goes on, or another member asks too before anyone answers: one question, answered together
                question_end = turn.end
                continue
            close()
            asker, question_end, answer = (turn, turn.end, []) if turn.asks(text) else (None, 0, [])
        elif answer and turn.asks(text) and turn.who != answer[0].who:
            close()  # someone else asks now
            asker, question_end, answer = turn, turn.end, []
        else:
            answer.append(turn)
    close()
    return blocks


def segment_turns(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """Questions and answers as speaker turns, or None when the text is not a transcript: two speakers
    at least, and one turn that asks answered by another."""
    if not frags:
        return None
    speech = turns(text, frags[0].start, frags[-1].end)
    if len({t.who for t in speech if not t.chair}) < 2:
        return None
    exchanges = _exchanges(text, speech)
    if not exchanges:
        return None
    blocks = [b for b, _ in exchanges]
    if any(text.count("?", b.a_start, b.a_end) >= 2 for b in blocks):
        # an "answer" that asks on: the exchange is quoted in a question's background and the questions follow it
        return None
    seg = alternating(
        text,
        furniture,
        frags,
        blocks,
        blocks[-1].a_end,
        "speaker turns: each turn that asks is a question, the other speakers' turns after it its answer",
    )
    if seg is None or blocks[0].label is None:
        return seg
    return dataclasses.replace(seg, speakers=(exchanges[0][1], blocks[0].label))
