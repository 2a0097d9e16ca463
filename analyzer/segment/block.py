"""The block layout: the whole question (numbered items), then the whole answer (numbered parts), as in a
Flemish *schriftelijke vraag* (split at the ``ANTWOORD`` heading), a question/answer file pair or a
municipal record. Which label candidates are real is decided by sequence (numbers go up, letters go a,
b, c), style and placement, so a numbered list inside an answer does not become an answer part."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..asks import split_asks
from ..labels import (
    ANSWER_BY_LINE,
    ANSWER_OP_VRAAG_NR,
    ANSWER_SUBJECT,
    FLEMISH_HEADING,
    LETTER_ANNOUNCEMENT,
    LOOSE_NUMBER,
    ON_BEHALF,
    OPENING_FORMULA,
    Label,
    match_antwoord,
    match_numbered,
    match_vraag,
)
from ..model import AnswerPart, Ask, Item, Layout, PartKind, Span
from .choice import asks as _asks
from .choice import choose_numbers, style_ok
from .echo import echoed_parts
from .echo import said_back as echo_similar
from .lines import CLOSING_START, Frag, closing_index, region_end, trimmed
from .result import Segmentation, SegmentationError, unique_items
from .unnumbered import signature_start, unnumbered_items

# the respondent in capitals, then the Flemish answer heading with its question number, on one line
_CAPS_THEN_HEADING = re.compile(
    r"[^\S\n]*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.,&-]+[^\S\n]+){1,14}ANTWOORD[^\S\n]+op[^\S\n]+(?:schriftelijke[^\S\n]+)?vraag[^\S\n]+nr"
)


def flemish_heading(frags: list[Frag], text: str | None = None) -> int | None:
    """Index of the Flemish answer heading (``ANTWOORD`` + ``op vraag nr. N``), if there is one (``text``: the text the
    fragments are of, to tell a line of its own from a label cut out of a longer line)."""
    for i, f in enumerate(frags):
        caps = _CAPS_THEN_HEADING.match(f.text)  # "MINISTER VAN WELZIJN ... ANTWOORD op vraag nr. 214" (line breaks lost)
        if caps is not None or (FLEMISH_HEADING.match(f.text) and f.text.strip().upper().startswith("ANTWOORD")):
            if caps is not None:
                return i
            nxt = frags[i + 1].text if i + 1 < len(frags) else ""
            # "ANTWOORD" in capitals alone on its line is the heading even without "op vraag nr." (once: "ANTWOORD" under
            # each of "VRAAG 1", "VRAAG 2", ... labels each question's answer)
            if ANSWER_OP_VRAAG_NR.match(f.text) or ANSWER_OP_VRAAG_NR.match(nxt):
                return i
            # (not over "Vraag 1" / "Antwoord vraag 1" pairs: the first word of a title, "ANTWOORD SCHRIFTELIJKE VRAGEN
            # RADIOMARATHON", over answers labelled one by one)
            if (
                f.text.strip() == "ANTWOORD"
                and sum(g.text.strip() == "ANTWOORD" and _own_line(text, g) for g in frags) <= 1
                and (_alone(text, f) or not _labelled_pairs(frags[i + 1 :]))
            ):
                return i
    return None


def _labelled_pairs(frags: list[Frag]) -> bool:
    """Two or more "Vraag N" labels and two or more numbered "Antwoord N" labels among ``frags``."""
    vragen = sum(1 for f in frags if (lab := f.at(match_vraag(f.text, 0))) is not None and lab.numbers)
    antwoorden = sum(1 for f in frags if (lab := f.at(match_antwoord(f.text, 0))) is not None and lab.numbers)
    return vragen >= 2 and antwoorden >= 2


def _alone(text: str | None, f: Frag) -> bool:
    """Whether fragment ``f`` is its line of ``text`` whole (nothing before or after it on the line)."""
    if text is None:
        return True
    end = text.find("\n", f.end)
    return _own_line(text, f) and not text[f.end : end if end >= 0 else len(text)].strip()


def _own_line(text: str | None, f: Frag) -> bool:
    """Whether fragment ``f`` begins its line of ``text`` (not a label cut out of a line: "1.  ANTWOORD")."""
    if text is None:
        return True
    return not text[text.rfind("\n", 0, f.start) + 1 : f.start].strip()


# who answers, named right after the heading's word
_RESPONDENT = (
    r"(?:(?:van|namens)[^\S\n]+)?(?:het[^\S\n]+|de[^\S\n]+)?(?:college|gemeente|burgemeester|wethouders?|schepen(?:college|en)?|stadsbestuur|gemeentebestuur"
    r"|b[^\S\n]*(?:&|en)[^\S\n]*[ws]|gs|gedeputeerde[^\S\n]+staten|gedeputeerde|deputatie|bestuurscollege|minister|staatssecretaris)"
)
# what may follow such a heading on its line: a name ("Gedeputeerde Staten van Gelderland"), a number ("2024-017"), a colon
# (capitals in case, inside the heading's case-blind pattern: "Antwoord op de vragen 3 en 4:" is a label, not a heading)
_TAIL = r"(?:[^\S\n]+(?:van[^\S\n]+|nr\.?[^\S\n]*)?(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|\d[\d/.-]*)){0,4}[^\S\n]*:?[^\S\n]*$"
# An answer heading of its own line, in any case: "Antwoord", "Antwoorden van het college",
# "Beantwoording", "De beantwoording van het college/de burgemeester:", "Reactie van burgemeester en wethouders:", "Het college antwoordt als volgt:", "Hierbij de antwoorden
# van gedeputeerde X."
ANSWER_HEADING = re.compile(
    # (with the date in brackets after who answers: "Antwoord van Koen Peeters, voorzitter van het bijzonder comité (5 mei 2025)")
    # (or dated only, as a bulletin prints it: "Antwoord d.d. 4 november 2025 :")
    r"[^\S\n]*(?:(?:antwoord(?:en)?|beantwoording|reactie)(?:[^\S\n]+(?:gegeven[^\S\n]+)?(?:van|door)[^\S\n]+[^\n]{0,80}?(?:\([^()\n]{4,40}\))?"
    r"|[^\S\n]+d\.d\.[^\S\n]*\d{1,2}[^\S\n]+[a-z]{3,9}[^\S\n]+\d{4})?|"
    r"(?:het[^\S\n]+)?(?:college|stadsbestuur)[^\n]{0,60}?(?:beantwoordt|antwoordt)[^\n]{0,40}?)[^\S\n]*:?[^\S\n]*$"
    # with an article, closed by a colon: "De beantwoording van het college/de burgemeester:"
    # (not a sentence about the answers: "De beantwoording van deze vragen heeft langer geduurd.")
    # ("beantwoording" only: "De reactie van de vervoerder was als volgt:" introduces a quotation inside an answer)
    r"|[^\S\n]*de[^\S\n]+beantwoording[^\S\n]+(?:van|door)[^\S\n]+[^\n]{0,80}?:[^\S\n]*$"
    # "Antwoord ontvangen op 12 maart 2025" (an e-mail reply)
    r"|[^\S\n]*antwoord[^\S\n]+ontvangen\b[^\n]{0,40}$"
    # the subject field of the letter that answers: "Betreft: Beantwoording schriftelijke vragen assembleelid X inzake ..."
    rf"|[^\S\n]*{ANSWER_SUBJECT}[^\n]{{0,200}}$"
    # an answer letter's announcement: "Hierbij de antwoorden van gedeputeerde X.", "Hierbij het antwoord van het college:"
    rf"|[^\S\n]*{LETTER_ANNOUNCEMENT}[^\n]{{0,80}}$"
    # the long heading of a bulletin, closed by a colon: "Antwoord van de minister van Mobiliteit d.d. 10 april
    # 2025, op de vraag nr. 56-412 van mevrouw X d.d. 3 februari 2025 (N.):"
    # (or broken before its colon, the question named by its number: "Antwoord van de minister van Justitie d.d. 8 december 2025,
    # op de vraag nr. 56-0412" + "van de heer X d.d. 14 oktober 2025 (N.):" on the next line)
    # (or wrapped right after "op de vraag", its number and asker on the lines under it)
    r"|[^\S\n]*antwoord[^\S\n]+van[^\S\n]+[^\n]{10,300}?\bop[^\S\n]+(?:de[^\S\n]+)?vraag\b(?:[^\n]{0,200}:|[^\S\n]+nr\.?[^\S\n]*[\d-]+[^\n]{0,60}|)[^\S\n]*$"
    # the respondent right after the word: "Antwoord college", "Antwoorden wethouder", "Reactie college", "Beantwoording
    # schepencollege"
    # (nothing after it but a name or a number: "Antwoord college: Ja." is an answer label with its answer)
    rf"|[^\S\n]*(?:antwoord(?:en)?|beantwoording|reactie)[^\S\n]+{_RESPONDENT}\b{_TAIL}"
    # what is answered: "Antwoord op de vragen", "Antwoorden op de schriftelijke vragen", "Beantwoording raadsvragen 2024-017"
    r"|[^\S\n]*(?:antwoord(?:en)?|beantwoording)[^\S\n]+(?:op[^\S\n]+)?(?:de[^\S\n]+|uw[^\S\n]+)?(?:gestelde[^\S\n]+)?"
    # (not a document's title in a list of files: "Beantwoording schriftelijke vragen Speeltuin Vogelwijk (PDF, 212 kB)")
    rf"(?:schriftelijke[^\S\n]+|technische[^\S\n]+)?(?:raads)?vragen\b{_TAIL}"
    # a line that announces the answers: "De antwoorden:", "Ter beantwoording:", "Wij beantwoorden uw vragen als volgt.", "Lees
    # hier het antwoord van het gemeentebestuur:", "Hieronder vindt u de antwoorden."
    r"|[^\S\n]*de[^\S\n]+antwoorden[^\S\n]*:[^\S\n]*$"
    r"|[^\S\n]*ter[^\S\n]+beantwoording[^\S\n]*:[^\S\n]*$"
    r"|[^\S\n]*(?:wij|we|ik|het[^\S\n]+college)[^\S\n]+(?:beantwoord(?:en|t)?|antwoord(?:en|t)?)[^\S\n]+(?:uw|de|deze|op[^\S\n]+(?:uw|de|deze))[^\S\n]+vragen"
    r"[^\S\n]+als[^\S\n]+volgt[^\S\n]*[.:]?[^\S\n]*$"
    r"|[^\S\n]*(?:lees[^\S\n]+hier|hieronder(?:[^\S\n]+(?:vindt|leest)[^\S\n]+u)?|hier(?:[^\S\n]+vindt[^\S\n]+u|[^\S\n]+volgt|[^\S\n]+volgen))"
    r"[^\S\n]+(?:het[^\S\n]+|de[^\S\n]+)?(?:antwoord(?:en)?|beantwoording|reactie)\b[^\n]{0,80}$",
    re.I,
)
# the date of the answer alone on its line between the questions and the answers: "Antwoorddatum: 8 sep. 2010", "Datum
# beantwoording: 12-03-2024" (a heading only with a question before it and answer text after it: the same field above the
# questions, or closing a page that shows the question alone, opens no answer)
ANSWER_DATE_LINE = re.compile(
    r"[^\S\n]*(?:antwoorddatum|datum[^\S\n]+(?:van[^\S\n]+(?:de[^\S\n]+)?)?(?:beantwoording|antwoord)|beantwoord[^\S\n]+op)"
    r"[^\S\n]*:?[^\S\n]*\d[^\n]{0,30}$",
    re.I,
)


# one answer to several questions (the European Parliament's), however many it names: "Gecombineerd antwoord op de
# schriftelijke vragen E-3563/02, E-3581/02 ...", "Gemeenschappelijk antwoord op de schriftelijke vragen E-1234/01 en E-1235/01"
_COMBINED_HEADING = re.compile(
    r"[^\S\n]*(?:gecombineerd|gemeenschappelijk|gezamenlijk)[^\S\n]+antwoord"
    rf"(?:[^\S\n]+{ON_BEHALF})?"
    r"(?:[^\S\n]*op\b[^\n]{0,300})?[^\S\n]*$",
    re.I,
)
# the rest of such a heading on the lines under it: "op de schriftelijke vragen E-1234/01 en E-1235/01", "gegeven door de heer
# Prodi namens de Commissie"
# (the questions named by their numbers, not the answer's first words: "Op de vragen van de geachte parlementsleden antwoordt ...")
_HEADING_CONTINUED = re.compile(
    r"(?:op\s+(?:de\s+)?(?:schriftelijke\s+)?vra(?:ag|gen)\s+(?:nr\.?\s*)?[A-Z]{1,2}-?\d[^\n]{0,200}$"
    rf"|{ON_BEHALF}[^\n]{{0,40}}$)",
    re.I,
)


# the rest of an answer heading broken over lines, on lines of its own under it: on whose behalf, the date in brackets
_HEADER_TAIL = re.compile(
    r"namens[^\S\n]+de[^\S\n]+(?:[Ee]uropese[^\S\n]+)?(?:[Cc]ommissie|[Rr]aad)(?:[^\S\n]*\([^()\n]{4,30}\))?"
    r"|\((?:ontvangen[^\S\n]+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)"
)


# who answered, reported, before the answer: "Op 03.07.2019 antwoordde mevrouw Sophie de Vos, waarnemend burgemeester, als
# volgt:" (a municipal decision that records a written question and its answer); only with no question after it: the asker
# may quote an earlier answer so ("Op 12 maart 2019 antwoordde de schepen als volgt: '...' 1. Wanneer ...?")
_REPORTED_ANSWER = re.compile(
    r"[^\S\n]*Op[^\S\n]+[^\n]{4,40}?\b(?:be)?antwoord(?:de|den)\b[^\n]{0,100}?\bals[^\S\n]+volgt[^\S\n]*:[^\S\n]*$"
)
# (a minister's letter announces its answers in a sentence of its own, however long: "Hierbij doe ik u de antwoorden
# toekomen op de vragen van het lid Thieme (PvdD).")
_ANNOUNCES = re.compile(rf"[^\S\n]*{LETTER_ANNOUNCEMENT}")


# a bulletin's answer heading that names the question by its number, its colon on a line the furniture took: "Antwoord van de
# minister van Justitie d.d. 8 december 2025, op de vraag nr. 56-0412"
_BULLETIN_HEADING = re.compile(
    r"[^\S\n]*antwoord[^\S\n]+van[^\S\n]+[^\n]{10,300}?\bop[^\S\n]+(?:de[^\S\n]+)?vraag(?:[^\S\n]+nr\b|[^\S\n]*$)", re.I
)
# the rest of such a heading wrapped over the lines under it, up to the colon that closes it: "nr. 178 van mevrouw de
# volksvertegenwoordiger" / "Lotte Verbist van 18 maart 2025 (N.):"
_BULLETIN_REST = re.compile(r"(?:nr\.?[^\S\n]*[\d-]+|van|door)\b[^\n]{0,200}|[^\n]{0,120}\(N\.?\)[^\S\n]*:", re.I)


def heading_words(text: str) -> int:
    """The words of a heading line, a remark in brackets left out: "Antwoorden van het dagelijks bestuur (vastgesteld in de
    vergadering van 11 maart 2025)" is a heading of six words and its date."""
    return len(re.sub(r"\([^()\n]*\)", " ", text).split())


def answer_heading(frags: list[Frag]) -> int | None:
    """Index of a plain answer heading ("Antwoorden van het college", or "Antwoord minister Geens:" alone on its
    line) that splits question from answer.

    Only one such line, with a question or a request ("Graag een overzicht van ...") before it and no "Vraag N" label
    anywhere (then "Antwoord ..." belongs to the alternating Tweede Kamer layout or its header: "Antwoord van minister X").
    """
    found = [
        i
        for i, f in enumerate(frags)
        if (
            ANSWER_HEADING.match(f.text)
            and (
                heading_words(f.text) <= 12
                # (a longer one closed by its date in brackets: "Antwoord van Koen Peeters, voorzitter van het bijzonder comité voor
                # de sociale dienst (5 mei 2025)", its line breaks lost)
                or (heading_words(f.text) <= 16 and re.search(r"\([^()\n]{4,40}\)[^\S\n]*$", f.text) is not None)
                or f.text.rstrip().endswith(":")
                or _ANNOUNCES.match(f.text) is not None
                or _BULLETIN_HEADING.match(f.text) is not None
            )
        )
        # (with numbered answers under it: not "Antwoorddatum: 8 feb. 2012" over "Klik hier voor de antwoorden", a pointer)
        or (ANSWER_DATE_LINE.match(f.text) and any(match_numbered(g.text, 0) for g in frags[i + 1 :]))
        or ANSWER_BY_LINE.fullmatch(f.text)
        or _COMBINED_HEADING.match(f.text)
        or (_REPORTED_ANSWER.match(f.text) and not any("?" in g.text for g in frags[i + 1 :]))
    ]
    # (a heading with no question before it splits nothing: "Chronologie 22/5/2012 Verzending vraag 10/6/2012 Antwoord", a
    # web page's timeline once its line breaks are gone)
    found = [i for i in found if any(_asks(f.text) for f in frags[:i])] or found
    if found and found[-1] - found[0] <= 3 and sum(bool(match_antwoord(frags[i].text, 0)) for i in found) <= 1:
        found = found[:1]  # "Antwoord", then "Antwoord ontvangen op 16 december 2024": one heading
    if len(found) != 1 or found[0] == 0:
        return None
    i = found[0]
    if i + 1 >= len(frags) or not any(_asks(f.text) for f in frags[:i]):
        return None
    # (unnumbered answer labels with their answer on the line before it, "Antwoord: 5 euro per maand.", under each question:
    # the last one alone on its line, "Antwoord:" over "In mei 2025.", is one of them, not a heading over a block; one after
    # it, "Antwoord: zie ook de raadsinformatiebrief", is inside the answers)
    if any((lab := match_antwoord(f.text, 0)) is not None and not lab.numbers and f.text[lab.end :].strip() for f in frags[:i]):
        return None
    # (a "Vraag N" after the heading labels the college's own numbering of its answer to unnumbered questions: "Antwoord van
    # het college: Geachte, Vraag 1: In bijlage het plan. Vraag 2: ...")
    vragen = [k for k, f in enumerate(frags) if f.at(match_vraag(f.text, 0))]
    if (
        vragen
        and (vragen[0] < i or any((a := f.at(match_antwoord(f.text, 0))) is not None and a.numbers for f in frags))
        and not _numbered_under(frags, vragen, i)
        and not _unlabelled_under(frags, vragen, i)
    ):
        return None
    return i


def _unlabelled_under(frags: list[Frag], vragen: list[int], heading: int) -> bool:
    """Whether the "Vraag N" questions all stand above the heading and nothing under it is labelled: "Vraag 1. ...? ... Vraag
    9. ...?" / "Antwoord van Gedeputeerde Staten (vastgesteld ...)" / paragraphs in the questions' order. The heading then
    splits question from answer, as over numbered answers (not the last "Antwoord" of "Vraag 1" / "Antwoord 1" ... "Vraag 16" /
    "Antwoord", its number lost)."""
    return (
        len(vragen) >= 2
        and vragen[-1] < heading
        and not any((a := f.at(match_antwoord(f.text, 0))) is not None and a.numbers for f in frags)
        and not any(
            f.at(match_antwoord(f.text, 0)) is not None or f.at(match_vraag(f.text, 0)) is not None or f.at(match_numbered(f.text, 0))
            for f in frags[heading + 1 :]
        )
    )


def _numbered_under(frags: list[Frag], vragen: list[int], heading: int) -> bool:
    """Whether the "Vraag N" questions all stand above the heading and the answers under it are numbered "1." ... again,
    with the questions' own numbers ("Vraag 1: ...? Vraag 2: ...?" / "Antwoord" / "1. Op 31 december ... 2. Zie antwoord op
    vraag 1."): then the one "Antwoord" is a heading over a block, not the answer label of the last question."""
    if vragen[-1] > heading or any((a := f.at(match_antwoord(f.text, 0))) is not None and a.numbers for f in frags):
        return False
    asked = [lab.numbers for k in vragen if (lab := frags[k].at(match_vraag(frags[k].text, 0))) is not None and lab.numbers]
    answered = [
        lab.numbers
        for f in frags[heading + 1 :]
        if (lab := f.at(match_numbered(f.text, 0))) is not None and lab.kind == "number" and lab.letter is None and lab.sub is None
    ]
    return len(asked) >= 2 and len(answered) >= 2 and answered[0] == asked[0] and set(answered) <= set(asked)


def _is_caps_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def segment_block(text: str, furniture: tuple[Span, ...], frags: list[Frag], heading: int, layout: Layout) -> Segmentation:
    # The respondent's name and title in capitals just above the heading belong to the answer header.
    first = heading
    while first - 1 >= 0 and _is_caps_line(frags[first - 1].text) and heading - first < 6:
        first -= 1
    # Answer header: heading, "op vraag nr. N van DATUM", "van NAAM", a letter's opening formula.
    body = heading + 1
    while body < len(frags) and body - heading <= 3:
        t = frags[body].text.strip()
        if (
            ANSWER_OP_VRAAG_NR.match(t)
            or re.match(r"(?:van|door)\s+[A-ZÀ-Ý]", t)
            or (body == heading + 1 and t.lower().startswith("op vraag"))
            or (body <= heading + 2 and _COMBINED_HEADING.match(frags[heading].text) and _HEADING_CONTINUED.match(t))
            # (a bulletin heading broken before its colon, "... op de vraag nr. 56-0412" + "van de heer X d.d. ... (N.):", or wrapped
            # over more lines: every line up to the one its colon closes)
            or (
                body <= heading + 3
                and _BULLETIN_HEADING.match(frags[heading].text)
                and not frags[heading].text.rstrip().endswith(":")
                and not frags[body - 1].text.rstrip().endswith(":")
                and _BULLETIN_REST.fullmatch(t) is not None
                and any(f.text.rstrip().endswith(":") for f in frags[body : heading + 4])
            )
            or OPENING_FORMULA.match(t)
            # (the Commission's heading broken over lines: "Antwoord van mevrouw Marttila" + "namens de Europese Commissie" +
            # "(11.6.2025)")
            or (body <= heading + 3 and _HEADER_TAIL.fullmatch(t) is not None)
        ):
            body += 1
            continue
        break
    q_frags = frags[:first]
    a_frags = frags[body:]
    answer_header = Span(frags[first].start, frags[body - 1].end)
    return build_block(text, furniture, q_frags, a_frags, answer_header, layout)


@dataclass
class _Unit:
    """An accepted label and the text it owns (until the next accepted label)."""

    label: Label
    numbers: tuple[int, ...]
    letter: str | None
    sub: int | None
    body_start: int
    body_end: int = -1
    letters: tuple[str, ...] = ()  # further letters of a grouped letter label


def accept_question_labels(frags: list[Frag], text: str) -> tuple[list[_Unit], list[str]]:
    """The real item labels among the candidates: numbers 1, 2, 3 ..., letters a, b, c under them.

    A label in the document's own style that breaks the sequence (a number printed twice, a skipped
    number, numbering chaos such as 1, 1, 3, 2) still opens an item when it starts a question, with a
    warning: an item is never silently merged into the one before it.
    """
    units: list[_Unit] = []
    warnings: list[str] = []
    expected = 1
    cur: int | None = None
    next_letter = "a"
    next_sub = 1
    num_style: str | None = None
    letter_only = False
    candidates: list[Label] = []
    weak: set[int] = set()  # label starts after a word or a figure (weak inline breaks)
    loose: set[int] = set()  # numbers without their delimiter at a line start
    for f in frags:
        lab = f.at(match_vraag(f.text, 0))
        if lab is not None:
            candidates.append(Label(lab.start, lab.end, "number", lab.numbers, lab.letter, style="vraag"))
        elif (lab := f.at(match_numbered(f.text, 0))) is not None:
            candidates.append(lab)
            if f.weak:
                weak.add(lab.start)
        elif (m := LOOSE_NUMBER.match(f.text)) is not None and (
            lab := f.at(Label(m.start("num"), m.end(), "number", (int(m.group("num")),), style="bare"))
        ):
            candidates.append(lab)  # "3 Welke garages ...?", "1 Heeft u ...?": a number without its delimiter
            loose.add(lab.start)
    chosen = choose_numbers(candidates, text, weak, frags[-1].end, frozenset(loose))
    lone = _lone_label(candidates, text, weak, loose, frags) if not chosen else None
    if lone is not None:
        # one question copied out of a list, with its own number: "4. Hoeveel ...? Welk budget ...?" (its several question
        # sentences are one item, GUIDE.md), also under a line that names the assembly ("Gemeenteraad Groningen - schriftelijke
        # vragen")
        chosen, expected = {lone}, candidates[lone].numbers[0]
    for k, lab in enumerate(candidates):
        nxt = candidates[k + 1].start if k + 1 < len(candidates) else frags[-1].end
        if lab.kind == "letter" and lab.start in weak and not _weak_letter_ok(text, units, lab, next_letter, nxt):
            continue  # a letter after a word: the first one, the first under a numbered heading, or the next of a list
        if num_style == "nested" and lab.kind == "number" and lab.style in (".", ")") and lab.letter is None:
            # (a plain number after nested ones that asks something of its own is the next item: "1.3 Wat was de
            # verblijfsduur? 2. Wat is de stand van zaken ...?"; a heading over nested numbers asks nothing)
            body = text[lab.end : nxt]
            asks = body.find("?")
            # (not a heading whose first nested number was not read as a label: "2. Personeel 2.1 Hoeveel ...?" wrapped mid-line)
            if lab.numbers == (expected,) and lab.start not in weak and asks >= 0 and not re.search(rf"\b{expected}\.1\b", body[:asks]):
                cur, expected, next_sub, next_letter = expected, expected + 1, 1, "a"
                units.append(_Unit(lab, lab.numbers, None, None, lab.end))
            continue
        if lab.kind == "number" and lab.style != "nested" and k not in chosen:
            continue  # not part of the document's numbering (see :mod:`.choice`)
        if lab.kind == "number":
            n = lab.numbers[0]
            if lab.style == "nested":
                if lab.start in weak and lab.numbers != (expected,) and not (n == cur and lab.sub == next_sub):
                    continue  # (after a word: the next number, or the next sub under its heading, "1. Lozingen 1.1 ...")
                if cur is not None and n == cur and lab.sub == next_sub:
                    units.append(_Unit(lab, (n,), None, lab.sub, lab.end))
                    next_sub += 1
                    continue
                if n == expected and lab.sub == 1 and (num_style is None or num_style == "nested"):
                    num_style = "nested"
                    cur, expected, next_sub, next_letter = n, n + 1, 2, "a"
                    units.append(_Unit(lab, (n,), None, 1, lab.end))
                continue
            if num_style == "nested":
                continue
            if n != expected:
                if n == expected - 1:
                    n = expected  # "the second gets the next free number" (GUIDE.md)
                elif n < expected:
                    warnings.append(f"question numbered {n} out of sequence after {expected - 1}: read as item {expected}")
                    n = expected
                else:
                    warnings.append(f"question numbering skips from {expected - 1} to {n}")
            if num_style is None and lab.style != "numletter":
                num_style = lab.style
            elif num_style is None:
                num_style = "."
            if lab.style in ("vraag", "group"):
                # "Vraag 2 en 3" keeps its numbers; a renumbered duplicate shifts them
                nums = lab.numbers if lab.numbers[0] == n else tuple(range(n, n + len(lab.numbers)))
            else:
                nums = (n,)
            cur, expected, next_sub = n, nums[-1] + 1, 1
            if lab.letter:
                if lab.letter != "a":
                    continue
                units.append(_Unit(lab, nums, "a", None, lab.end))
                next_letter = "b"
            else:
                units.append(_Unit(lab, nums, None, None, lab.end))
                next_letter = "a"
        elif lab.kind == "letter" and lab.letter == next_letter:
            if cur is None:
                if units and not letter_only:
                    continue
                letter_only = True
            units.append(_Unit(lab, (cur,) if cur is not None else (), lab.letter, None, lab.end))
            next_letter = chr(ord(next_letter) + 1)
    return units, warnings


def _lone_label(candidates: list[Label], text: str, weak: set[int], loose: set[int], frags: list[Frag]) -> int | None:
    """The index of the one number label of a question that is no numbering from 1: at a line start with its delimiter,
    nothing asked before it, and its text asks ("Vraag 4", "12."); None when there is another number label."""
    numbers = [k for k, lab in enumerate(candidates) if lab.kind == "number"]
    if len(numbers) != 1:
        return None
    (k,) = numbers
    lab = candidates[k]
    # (a label by its form: "Vraag 4", "4.", "4)", "(4)"; not a bare number on a line of its own, a field's value: "ID\n535")
    if lab.style not in ("vraag", ".", ")", "()") or lab.start in weak or lab.start in loose or "?" in text[frags[0].start : lab.start]:
        return None
    nxt = candidates[k + 1].start if k + 1 < len(candidates) else frags[-1].end
    return k if _asks(text[lab.end : nxt]) else None


def _weak_letter_ok(text: str, units: list[_Unit], lab: Label, next_letter: str, nxt: int) -> bool:
    """A letter label after a word or a figure (not after a sentence end) opens an item only when it asks something and
    is the very first label, the first letter under a numbered heading, or the next letter of a list already begun
    ("... 50-64 / >=65 e. Bij hoeveel ...?" after "d.")."""
    if lab.letter != next_letter or not _asks(text[lab.end : nxt]):
        return False
    if lab.letter == "a":
        return not units or _under_heading(text, units[-1], lab, next_letter)
    # the next letter of the list, written as the one before it ("c." does not follow "b)"), after a figure, a slash
    # or a comma ("... / >=65 e. Bij hoeveel"), not after a word ("kozen voor optie c. Welke ...")
    prev = units[-1] if units else None
    if prev is None or prev.letter != chr(ord(next_letter) - 1):
        return False
    before = text[: lab.start].rstrip()
    delim = text[lab.start : lab.end].strip()[-1:]
    return delim == text[prev.label.start : prev.label.end].strip()[-1:] and bool(before) and not before[-1].isalpha()


def _under_heading(text: str, prev: _Unit, lab: Label, next_letter: str) -> bool:
    """``lab`` ("a.") is the first letter under the number label ``prev`` whose body is a short heading that asks
    nothing: "1. Wachtlijsten en toewijzing a. Hoeveel ...?" (a numbered theme over lettered questions, inline). A theme
    is a few words without an article or a pronoun ("1. Krijgen de kinderen vitamine a. Daarna ..." is a sentence)."""
    words = text[prev.body_start : lab.start].lower().split()
    return (
        next_letter == "a"
        and prev.letter is None
        and prev.sub is None
        and bool(prev.numbers)
        and 0 < len(words) <= 6
        and not any("?" in w or w in _NOT_IN_A_THEME for w in words)
    )


# articles, pronouns, question words and the finite verbs a question opens with ("1. Hoeveel kinderen kregen vitamine a. Is
# dat ...?" is a question, no theme)
_NOT_IN_A_THEME = frozenset(
    [
        "de",
        "het",
        "een",
        "u",
        "uw",
        "we",
        "wij",
        "ik",
        "er",
        "dit",
        "dat",
        "deze",
        "die",
        "zij",
        "ze",
        "hij",
        "men",
        "hoeveel",
        "welke",
        "welk",
        "wat",
        "hoe",
        "wanneer",
        "waarom",
        "wie",
        "waar",
        "is",
        "zijn",
        "wordt",
        "worden",
        "werd",
        "werden",
        "heeft",
        "hebben",
        "kan",
        "kunnen",
        "zal",
        "zullen",
        "komt",
        "komen",
        "krijgt",
        "krijgen",
        "gaat",
        "gaan",
    ]
)


def _close_units(units: list[_Unit], ends: list[int]) -> None:
    for i, u in enumerate(units):
        u.body_end = ends[i]


def units_to_items(text: str, furniture: tuple[Span, ...], units: list[_Unit], frags: list[Frag], end: int) -> list[Item]:
    starts = [u.label.start for u in units[1:]] + [end]
    _close_units(units, starts)
    items: list[Item] = []
    for i, u in enumerate(units):
        span = trimmed(text, u.body_start, region_end(frags, u.body_end))
        has_letters = (
            i + 1 < len(units)
            and (units[i + 1].letter is not None or units[i + 1].sub is not None)
            and u.letter is None
            and u.sub is None
            and bool(u.numbers)
            and units[i + 1].numbers[:1] == u.numbers[:1]
        )
        if u.sub is not None:
            ident = f"{u.numbers[0]}.{u.sub}"
            items.append(Item(ident, Span(u.label.start, u.label.end), span, split_asks(text, span, furniture), u.numbers[0]))
            continue
        if has_letters:
            # The stem of a lettered (or nested: "1. Lozingen" over "1.1", "1.2") question is an item only if it asks
            # something itself.
            asks = tuple(a for a in split_asks(text, span, furniture) if _real_ask(text, a))
            if not asks:
                continue
            items.append(Item(str(u.numbers[0]), Span(u.label.start, u.label.end), span, asks, u.numbers[0]))
            continue
        asks = split_asks(text, span, furniture)
        label = Span(u.label.start, u.label.end)
        if not u.numbers:
            items.append(Item(u.letter or "?", label, span, asks, None, u.letter))
            continue
        for n in u.numbers:
            ident = f"{n}{u.letter or ''}"
            items.append(Item(ident, label, span, asks, n, u.letter))
    return unique_items(items)


def _real_ask(text: str, ask: Ask) -> bool:
    s = text[ask.span.start : ask.span.end]
    return "?" in s or bool(re.match(r"\s*(graag|gelieve)\b", s, re.I))


def _accept_answer_labels(
    frags: list[Frag], max_number: int, bare_ok: bool = False, letters_ok: bool = False
) -> tuple[list[_Unit], list[str]]:
    """Answer labels: numbers that go up (gaps allowed: grouped or missing answers), letters under them.

    An answer number printed twice (not inside a list that restarts at 1) stays part of the first
    answer with that number, with a warning.
    """
    units: list[_Unit] = []
    warnings: list[str] = []
    in_list = False  # a list "1. ... 2. ..." inside the current answer
    in_lists: set[int] = set()  # candidates that number such a list
    last = 0
    cur: int | None = None
    next_letter = "a"
    num_style: str | None = None
    letter_style: str | None = None
    next_sub = 1
    candidates: list[tuple[Label, str]] = []
    weak: set[int] = set()  # label starts after a word or a figure (weak inline breaks)
    answered: set[int] = set()  # the numbers answered so far
    for f in frags:
        lab = f.at(match_antwoord(f.text, 0)) or f.at(match_vraag(f.text, 0))
        if lab is not None and lab.numbers:
            candidates.append((lab, "antwoord"))
        elif lab is None and (lab := f.at(match_numbered(f.text, 0))) is not None:
            candidates.append((lab, lab.style))
            if f.weak:
                weak.add(lab.start)
    in_lists.update(_preamble_list(candidates, frags))
    # (numbers alone on their lines that count up from 1 over prose number the answers, whatever the questions' style: "1" /
    # "Het agentschap sloot ..." / "2" / "Ja. ..." / "3a" / "De meeste ...")
    bare_ok = bare_ok or _alone_numbering(candidates, frags)
    for k, (lab, style) in enumerate(candidates):
        if (
            lab.start in weak
            and not (
                lab.numbers == (last + 1,)
                and style_ok(style, num_style)
                and not _restated([c for c in candidates[k + 1 :] if c[0].start not in weak], last + 1, None)
            )
            and not (letters_ok and lab.kind == "letter" and lab.letter == "a" and not units)
            # (or the next nested number under the current answer: "... West-Vlaanderen 18 1.2 Het aantal ...", a table's last
            # figure before it once the line breaks are gone)
            and not (lab.sub is not None and lab.numbers == (cur,) and lab.sub == next_sub)
        ):
            continue  # after a word: only the very next number, and only if no better placed one follows
        if lab.numbers and num_style is not None and style != num_style and _restated(candidates[k + 1 :], lab.numbers[0], num_style, last):
            continue  # "2" alone in a table of figures, while "2." in the answer's own style follows
        if lab.numbers and lab.sub is not None:
            n = lab.numbers[0]
            if cur is not None and n == cur and lab.sub == next_sub:
                units.append(_Unit(lab, (n,), None, lab.sub, lab.end))  # "1.2" under answer 1
                next_sub += 1
                continue
            if n > last and n <= max_number + 1 and lab.sub == 1:
                units.append(_Unit(lab, (n,), None, 1, lab.end))  # "2.1" opens answer 2
                last, cur, next_sub, next_letter = n, n, 2, "a"
            continue
        if lab.numbers:
            n = lab.numbers[0]
            if k in in_lists:
                continue  # "2." of a list inside an answer, while the answer labelled 2 follows it
            if n == cur and lab.letter is not None and lab.letter == next_letter and lab.start not in weak and not in_list:
                # "3" / "3a" / "3b": the stem's answer, then its lettered parts printed with the number
                units.append(_Unit(lab, (n,), lab.letter, None, lab.end, letters=lab.letters))
                next_letter = chr(ord((lab.letters or (lab.letter,))[-1]) + 1)
                continue
            if n <= last or n > max_number + 1 or not style_ok(style, num_style):
                run = _inner_list(candidates, k, last) if n == 1 and style == num_style else []
                in_lists.update(run)
                strong = style == num_style and not in_list and not run and lab.start not in weak and len(lab.numbers) == 1
                if strong and n == last and n + 1 <= max_number and _next_number(candidates[k + 1 :], n, style, weak) == n + 2:
                    # "1. ... 1. ... 3.": the second 1 stands where answer 2 belongs
                    warnings.append(f"answer {n} is labelled twice: the second label is read as answer {n + 1}")
                    last = cur = n + 1
                    units.append(_Unit(lab, (n + 1,), None, None, lab.end))
                    next_letter, next_sub = "a", 1
                    continue
                if strong and n < last and n not in answered:
                    # "1. ... 3. ... 2.": answers out of order; each keeps its own number
                    warnings.append(f"answer {n} comes after answer {last}: read as the answer to question {n}")
                    units.append(_Unit(lab, (n,), None, None, lab.end))
                    answered.add(n)
                    cur, next_letter, next_sub = n, "a", 1
                    continue
                if n == last and style == num_style and not in_list and not run:
                    warnings.append(f"answer {n} is labelled twice: the second label is read as part of answer {n}")
                in_list = in_list or bool(run) or (n == 1 < last)
                continue
            if style == "bare" and num_style is None and not bare_ok:
                continue  # a number alone on a line is too weak to start the numbering (unless the question's are so)
            if style in (":", "-") and num_style is None and n != 1:
                continue  # "bijlage\n2: De ...", "fase\n2 - Het ...": a colon or a dash numbers the answers only from 1
            in_list = False
            if num_style is None:
                num_style = "." if style in ("numletter", "group") else style
            nums = lab.numbers if lab.sub is None else (n,)
            last = max(nums)
            answered.update(nums)
            cur = n
            units.append(_Unit(lab, nums, lab.letter, None, lab.end, letters=lab.letters))
            next_letter = chr(ord((lab.letters or (lab.letter,))[-1]) + 1) if lab.letter else "a"
            next_sub = 1
        elif lab.kind == "letter" and lab.letter == next_letter and (letter_style is None or letter_style == lab.style):
            letter_style = lab.style
            units.append(_Unit(lab, (cur,) if cur is not None else (), lab.letter, None, lab.end, letters=lab.letters))
            next_letter = chr(ord((lab.letters or (lab.letter,))[-1]) + 1)
    return units, warnings


ALONE_MIN = 3  # labels alone on their lines, counting up from 1, that number the answers


def _alone_numbering(candidates: list[tuple[Label, str]], frags: list[Frag]) -> bool:
    """Whether the labels alone on their lines ("1", "2", "3a") count up from 1 in steps of one, at least ``ALONE_MIN`` of
    them, each over a line of prose (a table's numbers alone on their lines stand over figures or short cells)."""
    starts = {f.start: k for k, f in enumerate(frags)}
    numbers: list[int] = []
    for lab, _style in candidates:
        k = starts.get(lab.start)
        if k is None or frags[k].text.strip() != frags[k].text[lab.start - frags[k].start : lab.end - frags[k].start].strip():
            continue  # (not alone on its line)
        nxt = frags[k + 1].text if k + 1 < len(frags) else ""
        if not lab.numbers or lab.sub is not None or len(re.findall(r"[^\W\d_]{2,}", nxt)) < 4:
            continue
        n = lab.numbers[0]
        if numbers and n not in (numbers[-1], numbers[-1] + 1):
            return False
        if not numbers and n != 1:
            return False
        numbers.append(n)
    return len(set(numbers)) >= ALONE_MIN


def _mirrored_answers(q_units: list[_Unit], frags: list[Frag]) -> tuple[list[_Unit], list[str]] | None:
    """The answers of questions numbered out of order ("1. ... 1. ... 3. ... 2.", read as items 1, 2, 3, 4) when they
    repeat the questions' numbers exactly, in the same order: the k-th answer answers the k-th question, whatever number
    it repeats. None when the questions' numbers need no reading (each printed as its item's) or the answers number
    otherwise (the usual rules then apply)."""
    numbered = [u for u in q_units if u.letter is None and u.sub is None and len(u.numbers) == 1 and len(u.label.numbers) == 1]
    if len(numbered) != len(q_units) or all(u.label.numbers == u.numbers for u in numbered):
        return None
    labels: list[Label] = []
    for f in frags:
        lab = f.at(match_antwoord(f.text, 0)) or f.at(match_vraag(f.text, 0)) or f.at(match_numbered(f.text, 0))
        if lab is not None and lab.numbers and not f.weak:
            labels.append(lab)
    styles = {lab.style for lab in labels}
    if (
        len(styles) != 1
        or [lab.numbers for lab in labels] != [u.label.numbers for u in numbered]
        or any(lab.sub is not None for lab in labels)
    ):
        return None
    printed = ", ".join(str(u.label.numbers[0]) for u in numbered)
    warnings = [f"the answers repeat the questions' numbers ({printed}): each answers the question in its place"]
    return [_Unit(lab, u.numbers, None, None, lab.end) for lab, u in zip(labels, numbered, strict=True)], warnings


def _preamble_list(candidates: list[tuple[Label, str]], frags: list[Frag]) -> list[int]:
    """The candidates of a list numbered from 1 under a lead-in before the first answer ("Het college heeft drie stappen
    gezet:" / "1. een bouwkundig onderzoek;" ...) when the answers are numbered from 1 again after it, in the same style;
    else none."""
    runs: list[list[int]] = []
    for k, (lab, style) in enumerate(candidates):
        if not lab.numbers or lab.sub is not None or style == "antwoord":
            return []
        if lab.numbers == (1,) and len(runs) < 2:
            runs.append([k])
        elif runs and lab.numbers == (len(runs[-1]) + 1,) and style == candidates[runs[-1][0]][1]:
            runs[-1].append(k)
        else:
            break
    # (the answers number at least as far as the list: not a list of two inside the last of three answers)
    if len(runs) < 2 or len(runs[1]) < max(2, len(runs[0])) or candidates[runs[1][0]][1] != candidates[runs[0][0]][1]:
        return []
    start = candidates[0][0].start
    before = [f for f in frags if f.end <= start and f.text.strip()]
    return runs[0] if before and before[-1].text.rstrip().endswith(":") else []


def _next_number(later: list[tuple[Label, str]], n: int, style: str, weak: set[int]) -> int | None:
    """The next number above ``n`` that a later candidate in ``style`` (not cut after a word) labels."""
    for lab, st in later:
        if st == style and lab.numbers and lab.sub is None and lab.start not in weak and lab.numbers[0] > n:
            return lab.numbers[0]
    return None


def _inner_list(candidates: list[tuple[Label, str]], k: int, last: int) -> list[int]:
    """The candidates of a list restarting at 1 inside answer ``last`` (``k`` is its "1."): 1, 2, 3 ... in
    one style, when the answers go on after it with ``last + 1`` in that style; else none."""
    style = candidates[k][1]
    run = [k]
    for j in range(k + 1, len(candidates)):
        lab, st = candidates[j]
        if st != style or not lab.numbers or lab.sub is not None:
            continue
        if lab.numbers[0] == len(run) + 1:
            run.append(j)
            continue
        return run[1:] if lab.numbers[0] == last + 1 else []
    return []


def _restated(later: list[tuple[Label, str]], n: int, style: str | None, last: int | None = None) -> bool:
    """A later candidate in ``style`` labels ``n`` (or, given ``last``, any number from ``last + 1`` to ``n``
    that this one would jump over) before a higher number does: this candidate is not the real label."""
    low = n if last is None else last + 1
    for lab, st in later:
        if not lab.numbers or lab.sub is not None or (style is not None and st != style):
            continue  # (``style`` None: a label of any style)
        if low <= lab.numbers[0] <= n:
            return True
        if lab.numbers[0] > n:
            return False
    return False


def _units_to_parts(
    text: str, units: list[_Unit], frags: list[Frag], end: int, stems: Mapping[int, frozenset[str]] | None = None
) -> list[AnswerPart]:
    """Numbered parts run to the next number; lettered sub-parts run to the next label. The part of a number in ``stems`` (a
    question that asks something itself before its lettered questions, with their letters) stops at its first letter when it has
    text of its own and every lettered question has an answer part of its own (else a letter without one falls back to it)."""
    stems = stems or {}
    parts: list[AnswerPart] = []
    for i, u in enumerate(units):
        nxt_any = units[i + 1].label.start if i + 1 < len(units) else end
        if u.sub is not None:
            # a nested part ("1.2") runs to the next label; the first one also opens its number's part
            span = trimmed(text, u.body_start, region_end(frags, nxt_any))
            parts.append(AnswerPart(Span(u.label.start, u.label.end), span, "lettered", (f"{u.numbers[0]}.{u.sub}",)))
            if u.sub == 1 and not any(p.kind != "lettered" and p.covers == (str(u.numbers[0]),) for p in parts):
                nxt_num = next((v.label.start for v in units[i + 1 :] if v.numbers[:1] != u.numbers[:1]), end)
                whole = trimmed(text, u.label.start, region_end(frags, nxt_num))
                parts.append(AnswerPart(None, whole, "numbered", (str(u.numbers[0]),)))
            continue
        # (a "3a" after the stem's own "3" opens no numbered part of its own: the stem's answer is already there)
        stem_before = u.letter is not None and any(v.letter is None and v.sub is None and v.numbers == u.numbers for v in units[:i])
        if u.letter is None or ((u.label.style == "numletter" or u.label.kind == "antwoord") and not stem_before):
            # numbered part: to the next unit that has a different number
            nxt_num = end
            for v in units[i + 1 :]:
                if (v.letter is None and v.sub is None) or v.numbers[:1] != u.numbers[:1]:
                    nxt_num = v.label.start
                    break
            # (a number alone, its own text before the first of its lettered parts, "3" / "Met de beschikkingen is ... belegd." /
            # "3a" / ...: that text answers the stem's question, not the letters' too; with no text of its own it keeps them)
            # (only a stem that is an item itself beside its lettered items: not a list "a) ... b) ..." inside the answer to a question
            # without letters)
            nxt = units[i + 1] if i + 1 < len(units) else None
            stem = (
                u.letter is None
                and u.sub is None
                and len(u.numbers) == 1
                and u.numbers[0] in stems
                and stems[u.numbers[0]]
                <= {x for v in units[i + 1 :] if v.numbers[:1] == u.numbers[:1] and v.letter for x in (v.letter, *v.letters)}
            )
            # (the letter at a line start: not "a." inside a line, a list in the answer that says the questions again)
            at_line = nxt is not None and text[max(0, nxt.label.start - 200) : nxt.label.start].rstrip(" \t").endswith("\n")
            first_letter = nxt.label.start if nxt is not None and stem and nxt.letter == "a" and at_line else None
            if (
                first_letter is not None
                and nxt is not None
                and nxt.numbers[:1] == u.numbers[:1]
                and len(trimmed(text, u.body_start, first_letter)) > 0
            ):
                nxt_num = first_letter
            span = trimmed(text, u.body_start, region_end(frags, nxt_num))
            kind: PartKind = "grouped" if len(u.numbers) > 1 else "numbered"
            covers = tuple(str(n) for n in u.numbers)
            parts.append(AnswerPart(Span(u.label.start, u.label.end), span, kind, covers))
        if u.letter is not None:
            span = trimmed(text, u.body_start, region_end(frags, nxt_any))
            prefix = str(u.numbers[0]) if u.numbers else ""
            covers = tuple(f"{prefix}{x}" for x in (u.letter, *u.letters))
            parts.append(AnswerPart(Span(u.label.start, u.label.end), span, "grouped" if len(covers) > 1 else "lettered", covers))
    return parts


def _echoed_letters(text: str, parts: list[AnswerPart], items: list[Item]) -> list[AnswerPart]:
    """A numbered answer part whose item has lettered questions, cut at the questions it repeats: "2. Betaalt de stad
    ...? <answer> Hoeveel van deze facturen ...? <answer> Welke visie ... ." gives the stem and each lettered question
    the text after its own repetition (:mod:`.echo`). Only when the stem's question and a lettered one are repeated,
    and letter labels inside the part, if any, all stand after the last repetition (then they number a list in that
    answer: "Welke visie ...? De belangrijkste elementen zijn: a. ... b. ...")."""
    out: list[AnswerPart] = []
    skip: set[int] = set()
    for i, p in enumerate(parts):
        if i in skip:
            continue
        stem = p.covers[0] if p.kind == "numbered" and len(p.covers) == 1 and p.covers[0].isdigit() else None
        family = [it for it in items if stem is not None and it.number == int(stem)]
        cut = echoed_parts(text, p.span, family) if len(family) > 1 and any(it.letter for it in family) else None
        inner = [j for j, q in enumerate(parts) if j != i and q.kind == "lettered" and p.span.contains(q.span)]
        echoed = {c for q in cut or () for c in q.covers}
        last_echo = max((q.label.start for q in cut or () if q.label is not None), default=-1)
        if cut is None or stem not in echoed or len(echoed) < 2 or any(parts[j].span.start < last_echo for j in inner):
            out.append(p)
            continue
        skip.update(inner)
        for k, q in enumerate(cut):
            if not q.covers:  # the text before the stem's repetition: part of the stem's answer
                q = replace(q, kind="numbered", covers=(stem,))
            out.append(replace(q, label=p.label) if k == 0 and p.label is not None and q.label is None else q)
    return out


def _numbers_as_letters(text: str, parts: list[AnswerPart], items: list[Item]) -> list[AnswerPart] | None:
    """The parts of an answer numbered 1, 2, 3 for questions lettered a, b, c, each claiming its letter by its place
    (None when a part claims a letter, or a number beyond the letters)."""
    letters = [it.id for it in items]
    claimed = [c for p in parts for c in p.covers]
    if not claimed or not all(c.isdigit() and 1 <= int(c) <= len(letters) for c in claimed):
        return None
    mapped = _claiming(parts, {c: letters[int(c) - 1] for c in claimed})
    return mapped if _renumbered_ok(text, mapped, items) else None


def _subs_as_letters(parts: list[AnswerPart], items: list[Item]) -> list[AnswerPart] | None:
    """The parts of an answer numbered 1.1, 1.2 for questions lettered 1a, 1b, each claiming the letter in its place
    (None when no part is so numbered, or one claims a letter the question does not have)."""
    ids = {it.id for it in items}
    subs = [c for p in parts for c in p.covers if re.fullmatch(r"\d+\.\d+", c)]
    if not subs or any("." in i for i in ids):
        return None
    mapped = {c: f"{c.split('.')[0]}{chr(ord('a') + int(c.split('.')[1]) - 1)}" for c in subs if 0 < int(c.split(".")[1]) <= 26}
    if len(mapped) != len(subs) or not set(mapped.values()) <= ids:
        return None
    return _claiming(parts, mapped)


def _letters_as_numbers(text: str, parts: list[AnswerPart], items: list[Item]) -> list[AnswerPart] | None:
    """The parts of an answer lettered a), b), c) for questions numbered 1, 2, 3 (no question has a letter), each
    claiming the question in its letter's place. Only when the letters are as many as the questions and no text
    announces them as a list ("De maatregelen zijn: a) ... b) ..." lists within one answer)."""
    if any(it.letter or it.number is None or it.label is None for it in items):
        return None  # (questions without labels, numbered by their order only: the answer's letters are its own order)
    ids = [it.id for it in items]
    claimed = [c for p in parts for c in p.covers]
    if len(set(claimed)) != len(ids) or not all(len(c) == 1 and "a" <= c <= "z" and ord(c) - ord("a") < len(ids) for c in claimed):
        return None
    mapped = _claiming(parts, {c: ids[ord(c) - ord("a")] for c in claimed}, kind="numbered")
    return mapped if _renumbered_ok(text, mapped, items) else None


_BULLET_LINE = re.compile(r"[^\S\n]*[•▪·*–-][^\S\n]+\S")


def _bullets_as_numbers(text: str, parts: list[AnswerPart], items: list[Item], q_frags: list[Frag], q_end: int) -> list[AnswerPart] | None:
    """The parts of an answer numbered 1, 2, 3 for unnumbered questions in as many bullets, each part claiming the items
    (question sentences) of the bullet in its number's place; None unless the numbers run 1 to n, one per part, n the
    bullets, and every item stands in a bullet."""
    bullets = [f.start for f in q_frags if _BULLET_LINE.match(f.text)]
    numbered = [p for p in parts if p.covers]
    if len(bullets) < 2 or [p.covers for p in numbered] != [(str(k),) for k in range(1, len(bullets) + 1)]:
        return None
    groups: list[tuple[str, ...]] = []
    for k, start in enumerate(bullets):
        end = bullets[k + 1] if k + 1 < len(bullets) else q_end
        group = tuple(it.id for it in items if start <= it.span.start < end)
        if not group:
            return None
        groups.append(group)
    if sum(len(g) for g in groups) != len(items):
        return None
    claims = iter(groups)
    return [replace(p, covers=(g := next(claims)), kind="grouped" if len(g) > 1 else "numbered") if p.covers else p for p in parts]


def _claiming(parts: list[AnswerPart], items_of: dict[str, str], kind: PartKind | None = None) -> list[AnswerPart]:
    """``parts`` with each label the answer wrote (a cover) replaced by the item it stands for; a lettered part that
    now claims a numbered item becomes ``kind``."""
    return [
        replace(
            p,
            covers=tuple(items_of.get(c, c) for c in p.covers),
            kind=kind if kind is not None and p.kind == "lettered" and p.covers else p.kind,
        )
        for p in parts
    ]


def _renumbered_ok(text: str, parts: list[AnswerPart], items: list[Item]) -> bool:
    """An answer numbered otherwise than its questions answers them in order only when no text before its first label
    announces the labels as a list ("... de volgende stappen: 1. ... 2. ...") and that text, if any, is a salutation or
    a short lead, or each part says its question back (then the order is beyond doubt)."""
    pre = [p for p in parts if p.kind == "preamble"]
    lead = " ".join(text[p.span.start : p.span.end] for p in pre).strip()
    if lead.endswith(":"):
        return False
    if len(lead.split()) <= 12:
        return True
    asks = {it.id: [text[a.span.start : a.span.end] for a in it.asks] for it in items}
    return all(echo_similar(text[p.span.start : p.span.end], asks.get(c, [])) for p in parts if p.kind != "preamble" for c in p.covers[:1])


def _footnote_label(text: str, units: list[_Unit], a_start: int) -> bool:
    """The answer's labels are the footnotes under it: they come after all of the answer's text, and each marker
    stands glued to a word of that text ("... vraag E-0861/01(1). ... het vervoer(2), ...\n\n(1) Zie blz. 136.\n(2) PB L
    148 van 30.6.1995.")."""
    if not units or any(u.letter is not None or u.sub is not None or len(u.numbers) != 1 for u in units):
        return False
    before = text[a_start : units[0].label.start]
    notes = sum(len(text[u.body_start : u.body_end].split()) for u in units)
    if len(before.split()) < 2 * notes:
        return False
    markers = [text[u.label.start : u.label.end].strip() for u in units]
    # ("(1)" glued to a word or a number, not a legal citation: "artikel 4(1)", "lid 2(3)"; a bare "1)" is no footnote marker:
    # "(werkjaar 2021)" ends in one)
    return all(
        m.startswith("(")
        and m.endswith(")")
        and re.search(rf"(?<!\w)(?!(?:artikel|art|lid|punt|paragraaf)\b)\S*?[^\s(]{re.escape(m)}", _no_citations(before)) is not None
        for m in markers
    )


def _lone_note(text: str, unit: _Unit, a_start: int, a_end: int) -> bool:
    """Whether the answer's one label is a note's marker in brackets that the answer's text holds again elsewhere, after a
    word or a figure ("Luxemburg (1)", "4.118(1)"): above it, or below it where the line breaks are lost and the marker in the
    table is read as the label ("Luxemburg (1) Totaal ... (1) Luxemburg neemt sinds ...")."""
    marker = text[unit.label.start : unit.label.end].strip()
    if not (marker.startswith("(") and marker.endswith(")")) or unit.letter is not None or len(unit.numbers) != 1:
        return False
    glued = re.compile(rf"[^\s(][^\S\n]?{re.escape(marker)}")
    rest = _no_citations(text[a_start : unit.label.start]) + " " + _no_citations(text[unit.label.end : a_end])
    return glued.search(rest) is not None or (
        glued.search(text, max(a_start, unit.label.start - 40), unit.label.end) is not None and marker in rest
    )


_CITATION = re.compile(r"\b(?:artikel|artikelen|art\.|lid|punt|paragraaf)\s+\d+[a-z]?(?:\(\d+\))+", re.I)


def _no_citations(text: str) -> str:
    """``text`` with its legal citations blanked ("artikel 4(1)"), so their brackets mark no footnote."""
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


def _question_items(
    text: str, furniture: tuple[Span, ...], q_frags: list[Frag], items_end: int
) -> tuple[list[_Unit], Span, list[Item], list[str]]:
    """The question's accepted labels, its header (the text before the first item), its items and warnings."""
    units, warnings = accept_question_labels(q_frags, text)
    if len(units) == 1 and units[0].letter is None and units[0].sub is None:
        # one lone number that asks nothing, after the questions: a footnote ("...P-2720/01(1) ...? (1) PB C 93 E
        # van 18.4.2002"), not the question's numbering
        before = text[q_frags[0].start : units[0].label.start]
        if not _asks(text[units[0].label.end : items_end]) and "?" in before:
            units = []
    if units:
        header = Span(q_frags[0].start, max(q_frags[0].start, region_end(q_frags, units[0].label.start)))
        return units, header, units_to_items(text, furniture, units, q_frags, items_end), warnings
    header, items = unnumbered_items(text, furniture, q_frags, items_end)
    return units, header, items, [*warnings, "the question is not numbered: one item per question sentence or request"]


_MIN_WORDS_ASKED = 8  # fewer words before the answer than this ask nothing (a heading, a name)
_QUESTION_HEADING_WORD = re.compile(r"[^\S\n]*(?:vraag|vragen)[^\S\n]*:?[^\S\n]*(?:\n|:)\s*", re.I)
# the questions themselves elsewhere: "De vragen vindt u in de bijlage", "zie bijgevoegde vragen"
_ASKED_ELSEWHERE = re.compile(
    r"\bvra(?:ag|gen)\b[^.?!]{0,40}\b(?:bijlage|bijgevoegd|bijlagen)\b|\b(?:bijlage|bijgevoegde)\b[^.?!]{0,20}\bvra(?:ag|gen)\b", re.I
)


def build_block(
    text: str,
    furniture: tuple[Span, ...],
    q_frags: list[Frag],
    a_frags: list[Frag],
    answer_header: Span | None,
    layout: Layout,
) -> Segmentation:
    if not q_frags:
        raise SegmentationError("no-question", "no question text before the answer")
    if not a_frags:
        raise SegmentationError("no-answer", "the answer part is empty")
    q_end = q_frags[-1].end
    items_end = signature_start(text, q_frags[0].start, q_end)
    close = closing_index(a_frags)
    if close is not None:
        a_frags = a_frags[:close]  # the letter's closing formula and signature answer nothing
    a_start, a_end = a_frags[0].start, a_frags[-1].end
    units, q_header, items, warnings = _question_items(text, furniture, q_frags, items_end)
    if not items:
        body = trimmed(text, max(q_header.end, q_frags[0].start), items_end)
        heading = _QUESTION_HEADING_WORD.match(text, body.start, body.end)
        if heading is not None:  # ("VRAAG" over the question text: a heading, not part of what is asked)
            body = trimmed(text, heading.end(), body.end)
        said = text[body.start : body.end]
        if (
            len(said.split()) < _MIN_WORDS_ASKED
            or len(re.findall(r"[.!?…](?:\s|$)", said)) < 2  # (a title alone asks nothing: "Schriftelijke vraag ... over X")
            or _ASKED_ELSEWHERE.search(said)  # ("De vragen vindt u in de bijlage.")
        ):
            # a heading and an answer but no question in between: nothing to judge the answer against
            raise SegmentationError("no-question", "no question items before the answer")
        # a question text without a question sentence or a request ("... Vandaar deze vraag om daar een zeer duidelijk
        # zicht op te krijgen."): what it asks is the text itself, one item, not an error that loses the document
        items = [Item("1", None, body, (Ask(body, "request"),), 1)]
        warnings = [*warnings, "no question sentence or request found: the whole question text is one item"]
    max_number = max((it.number or 0 for it in items), default=0)
    lettered_only = all(it.number is None and it.letter for it in items)
    if lettered_only:
        max_number = len(items)  # "a. ... b. ... c." answered "1. ... 2. ... 3.": numbered in the letters' order
    bare = bool(units) and all(u.label.style == "bare" for u in units if u.letter is None and u.sub is None)
    letters = any(it.letter for it in items)  # ("bestaat uit a) Investeringen" in prose is no label of its own)
    a_units, a_warnings = _mirrored_answers(units, a_frags) or _accept_answer_labels(
        a_frags, max(max_number, 1), bare_ok=bare, letters_ok=letters
    )
    if _footnote_label(text, a_units, a_start) and (kept := [f for f in a_frags if f.start < a_units[0].label.start]):
        # "... vraag E-0861/01(1).\n\n(1) Zie blz. 136.": the footnotes under the answer, not answers 1, 2, ...; like
        # the page furniture, their text answers nothing
        a_frags, a_end, a_units = kept, kept[-1].end, []
    elif len(a_units) == 1 and len(items) >= 3 and _lone_note(text, a_units[0], a_start, a_end):
        # one "(1)" for many questions, its marker in the text above it: a note under a table mid-answer ("Luxemburg (1) - - -
        # ... (1) Luxemburg neemt sinds 1 oktober 2024 deel ..."), no answer label; the answer reads as unnumbered
        a_units = []
    warnings.extend(a_warnings)
    parts: list[AnswerPart] = []
    first_label = a_units[0].label.start if a_units else a_end + 1
    pre = [f for f in a_frags if f.end <= first_label]
    if pre:
        parts.append(AnswerPart(None, Span(pre[0].start, pre[-1].end), "preamble" if a_units else "unnumbered"))
    if a_units:
        stems = {
            it.number: frozenset(str(o.letter) for o in items if o.number == it.number and o.letter)
            for it in items
            if it.number is not None and it.letter is None and any(o.number == it.number and o.letter for o in items)
        }
        parts.extend(_units_to_parts(text, a_units, a_frags, a_end, stems))
        if lettered_only and (by_letter := _numbers_as_letters(text, parts, items)) is not None:
            parts = by_letter
            warnings.append("the answer numbers the lettered questions: answer 1 is read as question a, 2 as b, ...")
        elif (by_number := _letters_as_numbers(text, parts, items)) is not None:
            parts = by_number
            warnings.append("the answer letters the numbered questions: answer a is read as question 1, b as 2, ...")
        if (by_sub := _subs_as_letters(parts, items)) is not None:
            parts = by_sub
            warnings.append("the answer numbers the lettered questions 1.1, 1.2, ...: answer 1.1 is read as question 1a, ...")
        parts = _echoed_letters(text, parts, items)
        ids = {it.id for it in items}
        # letters that claim no question ("Het college neemt drie maatregelen. a) ... b) ..." for numbered questions)
        # number the answer's own list: its text is unnumbered answer text, which the items are aligned with by content
        parts = [
            AnswerPart(p.label, p.span, "unnumbered")
            if p.kind == "lettered" and p.covers and all(c.isalpha() for c in p.covers) and not ids.intersection(p.covers)
            else p
            for p in parts
        ]
        if not units and (by_bullet := _bullets_as_numbers(text, parts, items, q_frags, q_end)) is not None:
            # bulleted questions the answer numbers in their order ("• Hoeveel ...? • Welke afspraken ...? Wordt ...?" /
            # "Antwoord op vraag 1:" ... "Antwoord op vraag 2:"): each number answers the items of its bullet
            parts = by_bullet
            warnings.append("the answer numbers the bulleted questions: answer 1 is read as the first bullet's questions, ...")
        elif not any(ids.intersection(p.covers) for p in parts) or (not units and len({p.covers for p in parts if p.covers}) != len(items)):
            # the answer numbers its own topics: no label of it names a question ("a) ... b) ..." answered "Tot dan volgen
            # de stappen: 1. ... 2. ..."), or the question has no numbers to refer to ("1. Aantallen", "2. Evaluatie" for
            # eight questions): its numbers claim no question labels
            # (a lettered part inside a numbered one is part of its text; one that stands on its own keeps its text)
            whole = [p for p in parts if p.kind != "lettered"]
            alone = [p for p in parts if p.kind == "lettered" and not any(w.span.contains(p.span) for w in whole)]
            parts = [AnswerPart(p.label, p.span, "unnumbered") for p in sorted(whole + alone, key=lambda p: p.span.start)]
            warnings.append("the answer numbers its own topics, not the questions: its parts claim no item")
            # ... but it may repeat each question before its answer
            parts = echoed_parts(text, Span(a_start, a_end), items) or parts
    else:
        parts = (
            echoed_parts(text, Span(a_start, a_end), items)
            or _topic_parts(text, a_frags, items, a_end)
            or _ordinal_parts(text, _paragraph_parts(text, a_frags), {it.id for it in items})
        )
    return Segmentation(
        layout,
        furniture,
        q_header,
        Span(q_frags[0].start, q_end),
        answer_header,
        Span(a_start, a_end),
        tuple(items),
        tuple(parts),
        tuple(warnings),
        trimmed(text, items_end, q_end) if items_end < q_end else None,
    )


def question_only(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation:
    """A question with no answer yet: its items as the block layout reads them, no answer parts."""
    if not frags:
        raise SegmentationError("no-question", "no question text")
    q_end = frags[-1].end
    items_end = signature_start(text, frags[0].start, q_end)
    _units, header, items, warnings = _question_items(text, furniture, frags, items_end)
    if not items:
        raise SegmentationError("no-answer", "no answer part found and no question items either")
    return Segmentation(
        "unknown",
        furniture,
        header,
        Span(frags[0].start, q_end),
        None,
        None,
        tuple(items),
        (),
        (*warnings, "no answer yet: the question is open"),
        trimmed(text, items_end, q_end) if items_end < q_end else None,
    )


# a topic heading over a section of an unnumbered answer: a few words alone on their line, capitalised, no closing punctuation
# ("Wachttijden", "Uitwijken naar andere gewesten", "Klachten over examinatoren")
_TOPIC = re.compile(r"[^\S\n]*[A-ZÀ-Ý][\w'’()/-]*(?:[^\S\n]+[\w'’()/-]+){0,5}[^\S\n]*")
_TOPIC_WORD = re.compile(r"[^\W\d_]{5,}")


def _topic_parts(text: str, frags: list[Frag], items: list[Item], a_end: int) -> list[AnswerPart] | None:
    """An unnumbered answer under topic headings, one per question in the questions' order (a Flemish minister's "Afgelegde
    praktijkexamens", "Wachttijden", ... for ten numbered questions): each heading's section answers its question. Only where
    there are as many headings as questions (three or more, no letters), each between blank lines over prose, and most headings
    name a word of their question (else None: the answer's own themes, aligned by content)."""
    if len(items) < 3 or any(it.letter is not None for it in items):
        return None
    heads: list[int] = []
    for k, f in enumerate(frags):
        if not _TOPIC.fullmatch(f.text) or len(f.text) > 60 or k + 1 >= len(frags):
            continue
        before = text[frags[k - 1].end : f.start] if k else "\n\n"
        after = text[f.end : frags[k + 1].start]
        nxt = frags[k + 1].text
        if "\n\n" in before.replace(" ", "") and "\n\n" in after.replace(" ", "") and len(nxt.split()) >= 6:
            heads.append(k)
    if len(heads) != len(items):
        return None
    named = 0
    for k, it in zip(heads, items, strict=True):
        asked = {w.lower()[:5] for w in _TOPIC_WORD.findall(text[it.span.start : it.span.end])}
        named += any(w.lower()[:5] in asked for w in _TOPIC_WORD.findall(frags[k].text))
    if 2 * named < len(items):
        return None
    parts: list[AnswerPart] = []
    if heads[0] > 0:
        parts.append(AnswerPart(None, Span(frags[0].start, frags[heads[0] - 1].end), "preamble"))
    for j, (k, it) in enumerate(zip(heads, items, strict=True)):
        last = frags[heads[j + 1] - 1].end if j + 1 < len(heads) else a_end
        parts.append(AnswerPart(Span(frags[k].start, frags[k].end), trimmed(text, frags[k + 1].start, last), "numbered", (it.id,)))
    return parts


def _paragraph_parts(text: str, frags: list[Frag]) -> list[AnswerPart]:
    """An unnumbered answer: one part per paragraph (blank line between, or a sentence-final line break)."""
    parts: list[AnswerPart] = []
    cur: list[Frag] = []
    for f in frags:
        if cur:
            gap = text[cur[-1].end : f.start]
            if gap.count("\n") >= 2:
                parts.append(AnswerPart(None, Span(cur[0].start, cur[-1].end), "unnumbered"))
                cur = []
        cur.append(f)
    if cur:
        parts.append(AnswerPart(None, Span(cur[0].start, cur[-1].end), "unnumbered"))
    return [q for p in parts for q in _bullet_parts(text, p)]


# a bullet that opens a paragraph inside a line whose breaks were lost: ". - Het ...", "? • De ..."
_INLINE_BULLET = re.compile(r"(?<=[.?!:;])[^\S\n]+[-–•▪](?=[^\S\n]+[A-ZÀ-Ý])")


def _bullet_parts(text: str, part: AnswerPart) -> list[AnswerPart]:
    """An unnumbered paragraph split at its bullets (each bullet starts a paragraph of its own)."""
    cuts = [m.end() - 1 for m in _INLINE_BULLET.finditer(text, part.span.start, part.span.end)]
    if not cuts:
        return [part]
    bounds = [part.span.start, *cuts, part.span.end]
    return [AnswerPart(None, trimmed(text, a, b), "unnumbered") for a, b in itertools.pairwise(bounds)]


_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde")
_ORD = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:ste|de|e))"
# a paragraph that says which question it answers, in a letter without numbers: "Wat uw eerste vraag betreft: ...",
# "In antwoord op uw tweede vraag ...", "Antwoord op uw vierde en vijfde vraag:", "Op de derde en vierde vraag ...", "Uw vijfde vraag: ..."
_ORDINAL_OPENING = re.compile(
    r"[^\S\n]*(?:(?:wat|op|(?:in[^\S\n]+|als[^\S\n]+)?antwoord[^\S\n]+op|met[^\S\n]+betrekking[^\S\n]+tot|"
    r"betreffende|inzake|voor|over|ten[^\S\n]+aanzien[^\S\n]+van|naar[^\S\n]+aanleiding[^\S\n]+van)[^\S\n]+)?"
    rf"(?:(?:uw|de|jouw)[^\S\n]+(?P<a>{_ORD})(?:[^\S\n]*(?:,|en|tot[^\S\n]+en[^\S\n]+met)[^\S\n]*(?P<b>{_ORD}))?[^\S\n]+"
    r"(?:deel)?vra(?:ag|gen)\b"
    # or by its label: "Wat punt a) betreft: ...", "Wat vraag 3 betreft, ...", "In antwoord op deelvraag b ..."
    # ("Uw vraag 1 luidt hoe vaak ...": a letter that says each question again in its own words, then answers it)
    r"|(?:de[^\S\n]+|uw[^\S\n]+)?(?:punt|(?:deel)?vraag|onderdeel)[^\S\n]+(?P<label>[a-z]|\d{1,3}[a-z]?)\)?"
    r"(?=[^\S\n]*(?:betreft\b|luidt\b|luidde\b|[:,])))",
    re.I,
)


# an opening that says the question again in its own words, to the end of that sentence: "Uw vraag 1 luidt hoe vaak ... werd
# overschreden." (a full stop inside a figure, "23.00 uur", does not end it)
_SAID_AGAIN = re.compile(
    r"[^\S\n]*(?:uw[^\S\n]+|de[^\S\n]+)?(?:deel)?vraag[^\S\n]+(?:[a-z]|\d{1,3}[a-z]?)\)?[^\S\n]*(?:luidt|luidde)\b"
    # (an abbreviation's full stop does not end it either: "ca. drie maanden", "o.a. de omgevingsdienst")
    r"(?:[^.?!]|\.(?=[\w,;:%)])|(?<=\bca)\.|(?<=\bo\.a)\.|(?<=\bbv)\.|(?<=\bbijv)\.|(?<=\bresp)\.|(?<=\bnl)\.|(?<=\bincl)\.|(?<=\bexcl)\.)*[.?!][\"”’»)]*",
    re.I,
)
_CARDINALS = ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")
_OPENER = (
    r"(?:wat|op|in[^\S\n]+antwoord[^\S\n]+op|als[^\S\n]+antwoord[^\S\n]+op|met[^\S\n]+betrekking[^\S\n]+tot|betreffende|inzake|voor|"
    r"over|ten[^\S\n]+aanzien[^\S\n]+van|naar[^\S\n]+aanleiding[^\S\n]+van)"
)
# ... a question named by its number after an opener, whatever follows: "Met betrekking tot vraag 3 verwijs ik naar ...", "Wat
# vraag zes betreft: ..." (the opener makes it a heading; "vraag 3" alone is one only before "betreft", a colon or a comma)
_NAMED_OPENING = re.compile(
    rf"[^\S\n]*{_OPENER}[^\S\n]+(?:de[^\S\n]+|uw[^\S\n]+)?(?:deel)?vraag[^\S\n]+(?P<label>\d{{1,3}}[a-z]?|{'|'.join(_CARDINALS)})\b"
    # (not another document's question: "In antwoord op vraag 4 van het lid Ergin (Aanhangsel ...)", "op vraag nr. 12")
    r"(?![^\S\n]+(?:van[^\S\n]+(?:het|de|mevrouw|mijn|uw|collega)\b|nr\.?\b|uit[^\S\n]+(?:het|de)\b))",
    re.I,
)
# ... or in brackets inside its first sentence: "Over de begeleiding in het eerste jaar (zevende vraag) kan ik meegeven ...",
# "(vraag 7)", or several in a theme's heading: "Stand van de uitvoering (vragen 1 en 2)", "(vragen 4 tot en met 6)"
_BRACKETED = re.compile(
    rf"[^.?!]{{0,160}}?\((?:(?:de|uw)[^\S\n]+)?(?:(?P<a>{_ORD})[^\S\n]+(?:deel)?vraag|(?:deel)?vraag[^\S\n]+(?P<label>\d{{1,3}}[a-z]?)"
    # (several only in a heading, the bracket closing its line: not another text's questions cited, "zoals ik schreef in mijn
    # antwoord op uw eerdere vragen (vragen 3 en 4) ...")
    r"|(?:deel)?vragen[^\S\n]+(?P<several>\d{1,3}(?:[^\S\n]*(?:,|en|tot(?:[^\S\n]+en)?[^\S\n]+met|t/m|[-–])[^\S\n]*\d{1,3})+)(?=\)[^\S\n]*(?:\n|$)))\)",
    re.I,
)
_SEVERAL_RANGE = re.compile(r"(\d{1,3})[^\S\n]*(?:tot(?:[^\S\n]+en)?[^\S\n]+met|t/m|[-–])[^\S\n]*(\d{1,3})|(\d{1,3})")


# ... or a heading that is the ordinal alone, capitalised, on its line or before the answer's first word: "Vierde vraag", "Eerste
# vraag:" (the Benelux Parliament's answers; its line break lost, "... bekend is. Vierde vraag Het Secretariaat-Generaal ...")
_ORDINAL_HEADING = re.compile(
    rf"[^\S\n]*(?=(?-i:[A-Z0-9]))(?P<a>{_ORD})[^\S\n]+(?:deel)?vraag(?P<label>(?!x)x)?[^\S\n]*[:.]?(?=[^\S\n]*(?:\n|$)|[^\S\n]+(?-i:[A-ZÀ-Ý]))",
    re.I,
)


def _ordinal_number(word: str) -> int:
    w = word.lower()
    if w in _CARDINALS:
        return _CARDINALS.index(w) + 1
    return _ORDINALS.index(w) + 1 if w in _ORDINALS else int(re.match(r"\d+", w).group())  # type: ignore[union-attr]


def _opening(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The words at ``start`` that name the question a paragraph answers, if any."""
    stop = len(text) if end is None else end
    return (
        _ORDINAL_OPENING.match(text, start, stop)
        or _NAMED_OPENING.match(text, start, stop)
        or _BRACKETED.match(text, start, stop)
        or _ORDINAL_HEADING.match(text, start, stop)
    )


def _opening_covers(m: re.Match[str], item_ids: set[str]) -> tuple[str, ...]:
    """The items an opening names: "vraag 3", "de vierde en vijfde vraag", "vraag zes", "(vragen 4 tot en met 6)"."""
    if "several" in m.re.groupindex and m.group("several"):
        named: list[int] = []
        for r in _SEVERAL_RANGE.finditer(m.group("several")):
            lo, hi = (int(r.group(1)), int(r.group(2))) if r.group(1) else (int(r.group(3)), int(r.group(3)))
            named.extend(range(lo, hi + 1) if hi - lo < 20 else (lo, hi))
        return tuple(str(n) for n in dict.fromkeys(named) if str(n) in item_ids)
    label = m.group("label")
    if label and not label.isdigit() and label.lower() in _CARDINALS:
        label = str(_ordinal_number(label))
    if label:
        return (label.lower(),) if label.lower() in item_ids else ()
    a = _ordinal_number(m.group("a"))
    b = _ordinal_number(m.group("b")) if "b" in m.re.groupindex and m.group("b") else a
    return tuple(str(n) for n in range(a, max(a, b) + 1) if str(n) in item_ids)


def _ordinal_parts(text: str, parts: list[AnswerPart], item_ids: set[str]) -> list[AnswerPart]:
    """Unnumbered paragraphs of a letter that name the question they answer ("Wat uw eerste vraag betreft")
    claim that item, with the paragraphs after them up to the next such opening; the paragraphs before
    the first stay unnumbered (a salutation, an introduction). Only when two or more paragraphs do so."""
    parts = [q for p in parts for q in _split_at_openings(text, p)]
    opened: list[tuple[int, tuple[str, ...]]] = []
    headings: dict[int, int] = {}  # a part that opens with a heading alone ("Vierde vraag"): where its answer starts
    for k, p in enumerate(parts):
        m = _opening(text, p.span.start, p.span.end)
        if m is None:
            continue
        covers = _opening_covers(m, item_ids)
        if covers:
            opened.append((k, covers))
            if m.re is _ORDINAL_HEADING:
                headings[k] = m.end()
    if len(opened) < 2:
        return parts
    out = parts[: opened[0][0]]
    for j, (k, named) in enumerate(opened):
        last = opened[j + 1][0] if j + 1 < len(opened) else len(parts)
        closing = next((i for i in range(k + 1, last) if CLOSING_START.match(text, parts[i].span.start)), last)
        span = Span(parts[k].span.start, parts[closing - 1].span.end)
        if k in headings and text[headings[k] : span.end].strip():
            span = trimmed(text, headings[k], span.end)
        said = _SAID_AGAIN.match(text, span.start, span.end)
        if said is not None and text[said.end() : span.end].strip():
            # "Uw vraag 6 luidt hoe vaak in 2024 is uitgerukt met vier in plaats van zes personen." is the question said again,
            # no answer: the part starts after it (its figures and words are the question's)
            span = trimmed(text, said.end(), span.end)
        out.append(AnswerPart(None, span, "grouped" if len(named) > 1 else "numbered", named))
        out.extend(parts[closing:last])  # the letter's closing formula and signature answer nothing
    return out


def _after_comma(text: str, at: int) -> bool:
    """Whether the whitespace at ``at`` follows a comma: "..., vraag 3, ..." inside a sentence opens no answer (a label named
    by its letter or number opens one only after a sentence's end, or after a comma where its capital shows a line break lost:
    "Geachte Mevrouw, Wat punt a) betreft: ..."; "..., wat uw tweede vraag betreft" may follow a comma)."""
    return at > 0 and text[at - 1] == ","


def _split_at_openings(text: str, part: AnswerPart) -> list[AnswerPart]:
    """A paragraph cut where a sentence opens by naming its question or closes the letter (line breaks lost)."""
    # (a sentence that ends a line counts too: PDF text wraps its paragraphs without a blank line between them)
    cuts = [
        m.end()
        for m in re.finditer(r"(?<=[.?!,])[^\S\n]+|(?<=[.?!:])[^\S\n]*\n[^\S\n]*", text[part.span.start : part.span.end])
        if (
            (o := _opening(text, part.span.start + m.end(), part.span.end))
            and not (o.group("label") and _after_comma(text, part.span.start + m.start()) and not text[o.start()].isupper())
        )
        or CLOSING_START.match(text, part.span.start + m.end())
    ]
    if not cuts:
        return [part]
    bounds = [part.span.start, *(part.span.start + c for c in cuts), part.span.end]
    return [AnswerPart(None, trimmed(text, a, b), "unnumbered") for a, b in itertools.pairwise(bounds)]
