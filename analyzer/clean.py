"""PDF-extraction furniture and clean views, without ever moving offsets out of the original text.

Two jobs:

* ``find_furniture(text)`` returns the spans of page headers and footers, footnote blocks and page
  numbers, so that the segmenter can skip them (labels glued to furniture, such as
  ``Aanhangsel 1Antwoord 3``, come apart because the furniture is cut out of the line);
* ``clean_view(text, span, furniture)`` gives the readable text of a span (furniture removed, words
  broken at line ends rejoined, justified one-word lines joined) together with, for every character
  of the clean text, its offset in the original, so findings on the clean text map back exactly.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import Span

# no-break spaces (a word processor's "1.\u00a0Hoeveel ...", "Vraag\u00a02", a web page's "geen&nbsp;cijfers") read as
# spaces: one character for one, so every offset stays where it was
_NO_BREAK_SPACE = re.compile("[\u00a0\u2007\u202f]")


# line breaks that are not "\n": a carriage return alone (a classic Mac text, some PDF extractors), a line or paragraph
# separator (U+2028/U+2029, text copied from a PDF viewer or a web page), NEL, and the vertical tab a word processor writes
# for a manual line break (Shift+Enter): each read as "\n", one character for one ("\r\n" stays as it is: its "\n" breaks)
_OTHER_LINE_BREAK = re.compile("\r(?!\n)|[\u2028\u2029\x85\x0b]")


def plain_spaces(text: str) -> str:
    """``text`` with its no-break spaces as spaces and its other line breaks as "\\n", one for one, so every offset stays
    where it was (``str.translate`` with a table costs a Python call per character: on every line of every document it was
    a tenth of the analysis, so only a text that has one is rebuilt)."""
    if _NO_BREAK_SPACE.search(text):
        text = _NO_BREAK_SPACE.sub(" ", text)
    if _OTHER_LINE_BREAK.search(text):
        text = _OTHER_LINE_BREAK.sub("\n", text)
    if ("\u200b" in text or "\u2060" in text or "\ufeff" in text) and _ZERO_WIDTH_GAP.search(text):
        text = _ZERO_WIDTH_GAP.sub(" ", text)
    return text


# a zero-width space or word joiner between a word and a number: where a web page or an editor put it, the two are two
# words ("Vraag\u200b2", "Antwoord\u200b4 en 5"), which a regex would otherwise read glued (the format characters are
# otherwise left out of the text the segmenter reads, as if absent)
_ZERO_WIDTH_GAP = re.compile("(?<=[^\\W\\d_])[\u200b\u2060\ufeff](?=\\d)")


def needs_plain(text: str) -> bool:
    """Whether :func:`plain_spaces` may change ``text``: it holds a character outside ASCII, a carriage return or a vertical
    tab (the quick test that spares most texts a scan)."""
    return not text.isascii() or "\r" in text or "\x0b" in text


# Unicode format characters (category Cf: zero-width space and joiners, LRM/RLM, bidi embeddings,
# word joiner, BOM, soft hyphen): invisible, but they split a word or a label ("2\u200f.") for a regex.
FORMAT_CHARS = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")

# --- furniture --------------------------------------------------------------------------------

# Footer anchors of the Tweede Kamer Aanhangsel PDF. The running footer is glued in many
# extractions: "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1"
_TK_FOOTER_PARTS = [
    r"ah-tk-\d{8}-\d+",
    r"ISSN\s+0921\s*-\s*7398",
    r"[’']s-Gravenhage\s+\d{4}",
    # the page's Handelingen citation as a running header, its page number glued to the next label: "Aanhangsel Handelingen II
    # 2025/26, nr. 812 2Antwoord 8" (the citation alone, in an answer's text, is no furniture)
    r"Aanhangsel[^\S\n]+Handelingen[^\S\n]+I{1,2}[^\S\n]+\d{4}/\d{2,4},[^\S\n]*nr\.[^\S\n]*\d+[^\S\n]+\d{1,3}(?=(?:Vraag|Antwoord)[^\S\n]+\d)",
    # the page number is glued to the next label in some extractions ("Aanhangsel 1Antwoord 3")
    # (any run of spaces between the words: a PDF extractor's "Tweede  Kamer,  vergaderjaar"; a line break where a mail
    # client or a PDF wraps the glued footer line: after "Kamer,", before the year, before "Aanhangsel", or before the page
    # number glued to the next label, "Aanhangsel\n2Vraag 6"; a citation wrapped there, "Tweede Kamer,\nvergaderjaar
    # 2023–2024, 36 410, nr. 74", has no "Aanhangsel" after its year)
    r"Tweede[^\S\n]+Kamer,\s*vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},[^\S\n]*\n?[^\S\n]*Aanhangsel(?:[^\S\n]*\d{1,3}(?![\d.,])|\n\d{1,3}(?=[A-Z]))?",
    # a Kamerstuk's running footer on a line of its own, its page number last: "Tweede Kamer, vergaderjaar 2024–2025, 36 740
    # VI, nr. 7 2" (a list of factual questions, a letter printed as a Kamerstuk; the same citation inside a sentence is none)
    r"(?<![^\n \t])Tweede[^\S\n]+Kamer,[^\S\n]*vergaderjaar[^\S\n]+\d{4}[^\S\n]*[–-][^\S\n]*\d{4},[^\S\n]*\d{2}[^\S\n]?\d{3}"
    r"(?:[^\S\n]*-[^\S\n]*\d{1,3})?(?:[^\S\n]+[A-Z]{1,5})?,[^\S\n]*nr\.[^\S\n]*\d+[^\S\n]+\d{1,3}[^\S\n]*(?=\n|$)",
]
_TK_FOOTER = re.compile("|".join(f"(?:{p})" for p in _TK_FOOTER_PARTS))
# The text every match of a footer part starts with (sre tries the alternation at every "a", "I", "T"
# and quote of the text; a str.find per start is several times faster)
_TK_FOOTER_STARTS = ("ah-tk-", "ISSN", "’s-Gravenhage", "'s-Gravenhage", "Tweede", "Aanhangsel")
# "Tweede Kamer der Staten-Generaal2" at the top of a page: the page number glued to the header
_TK_HEADER_PAGENO = re.compile(r"Tweede[^\S\n]+Kamer[^\S\n]+der[^\S\n]+Staten-Generaal(\d{1,3})(?=[^\S\n]*$)", re.M)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with one of ``starts`` and holds no
    other start: ``pattern.match`` at each place a start is found."""
    places: set[int] = set()
    for start in starts:
        i = text.find(start)
        while i != -1:
            places.add(i)
            i = text.find(start, i + 1)
    end = 0
    for i in sorted(places):
        if i < end:
            continue
        m = pattern.match(text, i)
        if m is not None:
            end = m.end()
            yield m


_BARE_NUMBER = re.compile(r"[^\S\n]*\d{1,3}[^\S\n]*")
# a footnote line: "1New York Post, ...", "2https://...", or a bare number line "3"
_FOOTNOTE_START = re.compile(r"[^\S\n]*\d{1,3}(?:[^\S\n]*$|(?=[A-Z«“\"(]|https?:|www\.))")


_NOTE_SLACK = 12  # how many footnotes one page may add


@dataclass(frozen=True)
class FurnitureRules:
    """What a layout family prints that is furniture for it and not for others (the table of families
    is :mod:`analyzer.segment.layouts`, which detects the family before anything is cut)."""

    # labels are words ("Vraag 2"): a number alone on a line after a sentence is the footnote marker of
    # that sentence ("...doelen?\n1\nHoe vaak ..."), whatever follows it
    lone_markers: bool = False
    # a number alone on a line may open a block of footnote texts above a page footer; not where
    # numbers alone on their line label the items ("3\nNaar de oorzaken ..." above the footer)
    bare_note_numbers: bool = True


DEFAULT_FURNITURE = FurnitureRules()
_BODY_LINE = re.compile(r"[^\S\n]*(?:Vraag|Antwoord|Vragen|Antwoorden|Mededeling)\b")


@dataclass(frozen=True)
class Line:
    """A physical line of the original text: ``text[start:end]`` without its newline."""

    start: int
    end: int


_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Physical lines of ``text[start:end]``; a line break is LF, CRLF or a lone CR (old Mac exports)."""
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    for m in _LINE_BREAK.finditer(text, start, end):
        out.append(Line(pos, m.start()))
        pos = m.end()
    out.append(Line(pos, end))
    return out


def _is_blank(text: str, line: Line) -> bool:
    return not text[line.start : line.end].strip()


def find_furniture(text: str, rules: FurnitureRules = DEFAULT_FURNITURE) -> tuple[Span, ...]:
    """Spans of page furniture: running headers/footers, page numbers and the footnotes above them,
    and what ``rules`` (the layout family's) add."""
    spans: list[Span] = []
    lines = lines_of(text)
    starts = [ln.start for ln in lines]

    def line_at(offset: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    footer_lines: set[int] = set()
    closing: set[int] = set()  # "Tweede Kamer, vergaderjaar ..." ends a page's footer
    extent: dict[int, tuple[int, int]] = {}  # line -> (first footer start, last footer end) on it
    for m in _matches_at(_TK_FOOTER, text, _TK_FOOTER_STARTS):
        spans.append(Span(m.start(), m.end()))
        ln_no = line_at(m.start())
        footer_lines.add(ln_no)
        a, b = extent.get(ln_no, (m.start(), m.end()))
        extent[ln_no] = (min(a, m.start()), max(b, m.end()))
        if m.group().startswith("Tweede"):
            closing.add(line_at(m.start()))
    for m in _matches_at(_TK_HEADER_PAGENO, text, ("Tweede",)):
        spans.append(Span(m.start(1), m.end(1)))

    # A footer line without its page number ("..., Aanhangsel" then "1" two lines below).
    for i in sorted(footer_lines):
        ln = lines[i]
        if re.search(r"Aanhangsel[^\S\n]*$", text[ln.start : ln.end]):
            j = i + 1
            while j < len(lines) and _is_blank(text, lines[j]) and j - i < 3:
                j += 1
            if j < len(lines) and _BARE_NUMBER.fullmatch(text[lines[j].start : lines[j].end]):
                spans.append(Span(lines[j].start, lines[j].end))

    # Whatever sits between the footer lines of one page (footnote texts) is furniture too.
    for first_line, last_line in _footer_runs(sorted(footer_lines), closing):
        if last_line > first_line:
            spans.append(Span(extent[first_line][0], extent[last_line][1]))
    # Footnote blocks sit just above the first footer line of a page: walk back from there as
    # long as a footnote number line is at most a few lines further up.
    # Footnotes are numbered through the document, so a page's numbers stay close above the last
    # page's: a "66" alone on a line is a table cell, not footnote 66 after footnote 3.
    max_note = 0
    for block_start, _ in _footer_runs(sorted(footer_lines), closing):
        first = block_start
        cursor = block_start
        while True:
            found = None
            for k in range(1, 7):
                j = cursor - k
                if j < 0:
                    break
                seg = text[lines[j].start : lines[j].end]
                if _BODY_LINE.match(seg) or len(seg) > 200 or "\f" in seg:
                    break  # a label or a glued paragraph: the body text, not a footnote (nor the page before a page break)
                if (
                    _FOOTNOTE_START.match(seg)
                    and not re.match(r"[^\S\n]*\d{1,3}[.)]", seg)
                    and (rules.bare_note_numbers or not _BARE_NUMBER.fullmatch(seg))
                ):
                    if _note_number(seg) > max_note + _NOTE_SLACK:
                        break
                    found = j
                    break
            if found is None:
                break
            cursor = found
            first = found
        if first < block_start:
            spans.append(Span(lines[first].start, lines[block_start - 1].end))
            for ln in lines[first:block_start]:
                seg = text[ln.start : ln.end]
                if _FOOTNOTE_START.match(seg):
                    max_note = max(max_note, _note_number(seg))
    spans.extend(_markers_before_answers(text, lines))
    if rules.lone_markers:
        spans.extend(_markers_after_sentences(text, lines))
    spans.extend(_letter_pages(text, lines))
    spans.extend(_letterhead_fields(text, lines))
    spans.extend(_break_page_numbers(text, lines))
    spans.extend(_gazette_pages(text, lines))
    spans.extend(_qrva_pages(text))
    spans.extend(_translation_lines(text, lines))
    return merge_spans(spans)


# function words that tell a French line from a Dutch one (none of them a Dutch word; "les", "des", "la" are:
# "een les", "des te meer"), and the French elisions "l'", "d'", "n'", "qu'" (not "d.d.", "n.a.v.")
_FRENCH_WORDS = frozenset(
    "le du au aux est sont et une pour dans sur qui que vous nous cette ces été avec il elle ses leur"  # noqa: SIM905
    " quelle quelles quel quels combien réponse question à".split()
)
_DUTCH_WORDS = frozenset(
    "de het een en van in op is zijn dat die te voor met niet er aan om worden wordt hoeveel welke wat u ik ook bij door naar"  # noqa: SIM905
    " als of dit deze".split()
)
_WORD = re.compile(r"\b[a-zà-ÿ]+\b")  # (not the "er" of "1er")
_ELISION = re.compile(r"\b(?:[ldn]|qu)['’][a-zà-ÿ]")
_FRENCH_HINT = re.compile(r"\b(?:est|dans|une|pour|avec|cette|sont)\b")


def _translation_lines(text: str, lines: list[Line]) -> list[Span]:
    """The French lines of a bilingual document (the Belgian Chamber's bulletin prints each Dutch paragraph
    with its translation): furniture for a Dutch reading. Only where French lines are a good share of the
    document, so a French quotation inside a Dutch answer stays text."""
    if not _FRENCH_HINT.search(text):
        return []
    french: list[Line] = []
    body = 0
    for ln in _translation_units(text, lines):
        low = text[ln.start : ln.end].lower()
        words = _WORD.findall(low)
        if len(words) < 4:
            continue
        body += 1
        fr = sum(w in _FRENCH_WORDS for w in words) + len(_ELISION.findall(low))
        nl = sum(w in _DUTCH_WORDS for w in words)
        if fr >= 2 and 2 * fr >= 3 * nl:
            french.append(ln)
    if len(french) < 3 or len(french) * 5 < body:
        return []
    return [Span(ln.start, ln.end) for ln in french]


# where a long line (text whose line breaks were lost) is cut into sentences to tell French from Dutch: after a
# sentence end, not after a label's number ("1. Combien ...", "1 et 2. Au 1er avril ...": the label goes with its text)
_UNIT_END = re.compile(r"(?<=[.?!:])(?<!\b\d\.)(?<!\b\d\d\.)(?<!\b\d\d\d\.)(?<!\b\d[a-z]\.)[^\S\n]+(?=\S)")
# a quotation: French quoted in a Dutch answer is the answer's text, not a translation
_QUOTED = re.compile(r"[«»“”„]")
_LONG_LINE = 300


def _translation_units(text: str, lines: list[Line]) -> Iterator[Line]:
    """The lines, and the sentences of a line too long to be one paragraph of one language (a sentence with a quotation
    in it is left out: quoted French inside a Dutch answer is no translation)."""
    for ln in lines:
        if ln.end - ln.start <= _LONG_LINE:
            yield ln
            continue
        start = ln.start
        for m in [*_UNIT_END.finditer(text, ln.start, ln.end), None]:
            end = ln.end if m is None else m.start()
            if not _QUOTED.search(text, start, end):
                yield Line(start, end)
            start = ln.end if m is None else m.end()


# a page number of a letter or a council document on a line of its own: "Pagina 2 van 3", "Blad 2/3", "Page 2 of 3"
_PAGE_LINE = re.compile(r"[^\S\n]*(?:pagina|blad|page|pag\.)[^\S\n]*\d{1,3}[^\S\n]*(?:van|of|/)[^\S\n]*\d{1,3}[^\S\n]*", re.I)
# the letterhead repeated next to it on every page: "Kenmerk 8123456", "Datum 12 maart 2024", "Onderwerp ..."
_LETTERHEAD_LINE = re.compile(
    r"[^\S\n]*(?:ons[^\S\n]+|uw[^\S\n]+)?(?:kenmerk|datum|onderwerp|zaaknummer|registratienummer)\b[^\n]{0,80}", re.I
)


# ... the field's name alone on its line, and the value under it (a reference or a date, no sentence)
_FIELD_NAME_ONLY = re.compile(r"[^\S\n]*(?:ons[^\S\n]+|uw[^\S\n]+)?(?:kenmerk|datum|zaaknummer|registratienummer)[^\S\n]*:?[^\S\n]*", re.I)
_FIELD_VALUE = re.compile(r"[^\S\n]*(?:[A-Za-z]{0,12}[\w/.-]*\d[\w/.-]*|\d{1,2}[^\S\n]+[a-z]{3,9}[^\S\n]+\d{4})[^\S\n]*")


# the number of attachments in a letterhead, its field's name alone on the line above: "Bijlage(n)" / "1" (no item label)
_ANNEX_FIELD = re.compile(r"[^\S\n]*(?:bijlage\(n\)|bijlagen?|aantal[^\S\n]+bijlagen)[^\S\n]*:?[^\S\n]*", re.I)
_ANNEX_COUNT = re.compile(r"[^\S\n]*(?:\d{1,2}|geen|-|–)[^\S\n]*")


def _letterhead_fields(text: str, lines: list[Line]) -> list[Span]:
    """A letterhead's field whose name stands alone on its line and whose value is on the line under it (blank lines between):
    "Bijlage(n)" / "1", "Ons kenmerk" / "IENW/BSK-2025/91466". The number of attachments is no item label: it would open the
    numbering above the cover letter, and the real "1" over the first question would be a duplicate."""
    full = [k for k, ln in enumerate(lines) if text[ln.start : ln.end].strip()]
    spans: list[Span] = []
    for at, i in enumerate(full[:-1]):
        name, value = lines[i], lines[full[at + 1]]
        if _ANNEX_FIELD.fullmatch(text, name.start, name.end) and _ANNEX_COUNT.fullmatch(text, value.start, value.end):
            spans.append(Span(name.start, value.end))
    return spans


def _letter_pages(text: str, lines: list[Line]) -> list[Span]:
    """Page numbers of a letter ("Pagina 2 van 3") and the letterhead lines right after or before them (blank lines between)."""
    full = [k for k, ln in enumerate(lines) if text[ln.start : ln.end].strip()]
    spans: list[Span] = []
    for at, i in enumerate(full):
        ln = lines[i]
        if not _PAGE_LINE.fullmatch(text, ln.start, ln.end):
            continue
        first = last = at
        while (
            last + 1 < len(full)
            and last - at < 4
            and _LETTERHEAD_LINE.fullmatch(text, lines[full[last + 1]].start, lines[full[last + 1]].end)
        ):
            last += 1
            # (the field's name alone, its value on the line under it: "Ons kenmerk" / "IENW/BSK-2025/84213")
            if _FIELD_NAME_ONLY.fullmatch(text, lines[full[last]].start, lines[full[last]].end) and last + 1 < len(full):
                value = lines[full[last + 1]]
                if _FIELD_VALUE.fullmatch(text, value.start, value.end):
                    last += 1
        while (
            first - 1 >= 0 and at - first < 3 and _LETTERHEAD_LINE.fullmatch(text, lines[full[first - 1]].start, lines[full[first - 1]].end)
        ):
            first -= 1
        spans.append(Span(lines[full[first]].start, lines[full[last]].end))
    return spans


# a page number as printed at a page's foot or head: "3", "- 3 -", "3/7", "3 van 7"
_PAGE_NUMBER = re.compile(r"[^\S\n]*(?:[-–][^\S\n]*)?\d{1,3}(?:[^\S\n]*(?:/|van|of)[^\S\n]*\d{1,3})?(?:[^\S\n]*[-–])?[^\S\n]*")
_NEAR_BREAK = 2  # non-blank lines looked at on either side of a page break


def _break_page_numbers(text: str, lines: list[Line]) -> list[Span]:
    """The page number next to a page break: pdftotext and the PDF reader (:mod:`analyzer.read.pdf`) mark every break
    with a form feed, and the number printed at the foot of the page before it or the head of the page after it is
    no label and no figure of the text ("... welke nationaliteiten?" / "1" / "\\f" / "- Klopt het dat ...")."""
    if "\f" not in text:
        return []
    spans: list[Span] = []
    # (at a page's head only where numbers alone on a line label nothing else: "1" / "2" / "3" over a council's answers are
    # labels, and the one after a form feed is answer 2, not page 2)
    head = not any(_BARE_NUMBER.fullmatch(text, ln.start, ln.end) and "\f" not in text[max(0, ln.start - 3) : ln.end + 3] for ln in lines)
    for i, ln in enumerate(lines):
        seg = text[ln.start : ln.end]
        at = seg.find("\f")
        if at < 0:
            continue
        after = seg[at + 1 :]
        if after.strip():  # the next page's first line starts right after the form feed
            if head and _PAGE_NUMBER.fullmatch(after):
                spans.append(Span(ln.start + at + 1, ln.end))
        elif head:
            spans.extend(_number_near(text, lines, range(i + 1, min(len(lines), i + 1 + _NEAR_BREAK))))
        if not seg[:at].strip():
            spans.extend(_number_near(text, lines, range(i - 1, max(-1, i - 1 - _NEAR_BREAK), -1)))
        elif _PAGE_NUMBER.fullmatch(seg[:at]):
            spans.append(Span(ln.start, ln.start + at))
    return spans


def _number_near(text: str, lines: list[Line], order: range) -> list[Span]:
    """The first non-blank line in ``order``, if it is a page number."""
    for j in order:
        ln = lines[j]
        if _is_blank(text, ln):
            continue
        return [Span(ln.start, ln.end)] if _PAGE_NUMBER.fullmatch(text, ln.start, ln.end) else []
    return []


# the running header of a council gazette page, its page number glued before it (Amsterdam's Gemeenteblad):
# "2Jaar 2020 Gemeente Amsterdam R" / "Afdeling 1 Gemeenteblad" / "Nummer 911" / "Schriftelijke vragen, donderdag
# 9 juli 2020" / "Datum 18 augustus 2020"
_GAZETTE_HEADER = re.compile(r"[^\S\n]*\d{0,3}Jaar[^\S\n]+\d{4}[^\S\n]+Gemeente[^\S\n]+[^\n]{2,40}")
_GAZETTE_LINES = (
    re.compile(r"[^\S\n]*(?:Afdeling[^\S\n]+\d+[^\S\n]+)?Gemeenteblad[^\S\n]*"),
    re.compile(r"[^\S\n]*Nummer[^\S\n]+\d+[^\S\n]*"),
    re.compile(r"[^\S\n]*Schriftelijke vragen,[^\n]{0,60}"),
    re.compile(r"[^\S\n]*Datum[^\S\n]+[^\n]{0,40}"),
)
# the footnotes at the foot of the page before it: "1 https://www.parool.nl/...-en-" and the URL's rest on the next line
_URL_NOTE = re.compile(r"[^\S\n]*\d{1,2}[^\S\n]+(?:https?://|www\.)\S*[^\S\n]*")
_URL_START = re.compile(r"[^\S\n]*(?:https?://|www\.)")
_URL_REST = re.compile(r"[^\S\n]*[^\s]{3,}[^\S\n]*")


def _gazette_pages(text: str, lines: list[Line]) -> list[Span]:
    """The running header of every page of a council gazette after the first (it stands wherever the page
    breaks, inside a question or an answer), with the footnotes printed at the foot of the page before it."""
    if "Gemeenteblad" not in text:
        return []
    spans: list[Span] = []
    for i, ln in enumerate(lines):
        if not _GAZETTE_HEADER.fullmatch(text, ln.start, ln.end):
            continue
        last = i
        for pattern in _GAZETTE_LINES:
            if last + 1 < len(lines) and pattern.fullmatch(text, lines[last + 1].start, lines[last + 1].end):
                last += 1
        if last == i:
            continue  # ("Gemeenteblad" must follow: a sentence that starts with "Jaar 2020 Gemeente" is text)
        first = i
        for j in range(i - 1, max(-1, i - 6), -1):
            if _URL_NOTE.fullmatch(text, lines[j].start, lines[j].end) or (
                # (the note's number on a line of its own, its URL on the next: "1" / "https://...")
                _BARE_NUMBER.fullmatch(text, lines[j].start, lines[j].end) and j + 1 < i and _URL_START.match(text, lines[j + 1].start)
            ):
                first = j
            elif not _URL_REST.fullmatch(text, lines[j].start, lines[j].end):
                break
        spans.append(Span(lines[first].start, lines[last].end))
    return spans


# the running header of a page of the Belgian Chamber's bulletin (QRVA), broken over lines or run into one (its line breaks lost):
# "QRVA 56 031" / "19-05-2025" / "KAMER-1e ZITTING VAN DE 56e ZITTINGSPERIODE" (or "KAMER • 2e ...") / "2024" / "2025" /
# "CHAMBRE-1e SESSION DE LA 56e LEGISLATURE" / "214", the page number, or the number and date after the French line (it stands
# wherever the page breaks, inside an answer too, where its figures are none of the answer's)
_QRVA_NUMBER = r"QRVA\s+\d+\s+\d+(?:\s+\d{1,2}-\d{1,2}-\d{4})?"
_QRVA_HEADER = re.compile(
    rf"(?:{_QRVA_NUMBER}\s+)?KAMER\W{{0,5}}\d+e\s+ZITTING\s+VAN\s+DE\s+\d+e\s+ZITTINGSPERIODE(?:\s+(?:19|20)\d\d){{0,2}}"
    rf"\s+CHAMBRE\W{{0,5}}\d+e\s+SESSION\s+DE\s+LA\s+\d+e\s+LEGISLATURE(?:\s+{_QRVA_NUMBER}|[^\S\n]*\n[^\S\n]*\d{{1,4}}(?=[^\S\n]*\n)"
    r"|[^\S\n]+\d{1,4}(?=[^\S\n]+[A-Z]))?"
)


def _qrva_pages(text: str) -> list[Span]:
    """The running header of every page of the Chamber's bulletin: its number and date, the session in Dutch, the years, the
    session in French and the page number (on a line of its own, or before the next capital once the line breaks are lost)."""
    if "ZITTINGSPERIODE" not in text:
        return []
    return [Span(m.start(), m.end()) for m in _QRVA_HEADER.finditer(text)]


_MARKER_LINE = re.compile(r"[^\S\n]*\d{1,2}\.?[^\S\n]*")
_ANSWER_LINE = re.compile(r"[^\S\n]*(?:Antwoord|Antwoorden|Mededeling)\b")


def _markers_before_answers(text: str, lines: list[Line]) -> list[Span]:
    """Footnote markers alone on the lines just before an answer label (``…?\n1\nAntwoord 1``).

    The marker belongs to the question's last sentence, whose footnote text is printed at the foot of
    the page; it is not part of the question, nor a label.
    """
    out: list[Span] = []
    for i, ln in enumerate(lines):
        if not _ANSWER_LINE.match(text, ln.start, ln.end):
            continue
        j = i - 1
        while j >= 0 and _is_blank(text, lines[j]):
            j -= 1
        found: list[Line] = []
        while j >= 0 and _MARKER_LINE.fullmatch(text, lines[j].start, lines[j].end):
            found.append(lines[j])
            j -= 1
            while j >= 0 and _is_blank(text, lines[j]):
                j -= 1
        if found and j >= 0 and not _BODY_LINE.match(text, lines[j].start, lines[j].end):
            out.extend(Span(f.start, f.end) for f in found)
    return out


# a line that ends a sentence, with any footnote markers glued to it ("...doelen?1", "... 2024).3")
_SENTENCE_END_LINE = re.compile(r"[^\n]*[?.!)»”\"](?:\d{1,2}(?:,\s?\d{1,2})*)?[^\S\n]*")
_LONE_MARKER = re.compile(r"[^\S\n]*\d{1,2}[^\S\n]*")


def _markers_after_sentences(text: str, lines: list[Line]) -> list[Span]:
    """Footnote markers alone on a line after a sentence (``Herinnert u zich de doelen?\n1\nHoe vaak``),
    in layouts whose labels are words, where such a number can be nothing else."""
    out: list[Span] = []
    prev: Line | None = None  # the last line with text
    for ln in lines:
        if _is_blank(text, ln):
            continue
        if (
            prev is not None
            and _LONE_MARKER.fullmatch(text, ln.start, ln.end)
            and _SENTENCE_END_LINE.fullmatch(text, prev.start, prev.end)
            and not _LONE_MARKER.fullmatch(text, prev.start, prev.end)
        ):
            out.append(Span(ln.start, ln.end))
            continue  # a second marker line after it ("?\n1\n2") is one too: prev stays the sentence
        prev = ln
    return out


def _note_number(line: str) -> int:
    """The number a footnote line starts with (0 if none)."""
    m = re.match(r"[^\S\n]*(\d{1,3})", line)
    return int(m.group(1)) if m else 0


def _footer_runs(footer_lines: list[int], closing: set[int], gap: int = 8) -> list[tuple[int, int]]:
    """(first, last) line of each run of footer lines at most ``gap`` lines apart (one page end).

    A run ends at a closing line ("Tweede Kamer, vergaderjaar ..."), the last line of a footer.
    """
    runs: list[tuple[int, int]] = []
    for i in footer_lines:
        if runs and i - runs[-1][1] <= gap and runs[-1][1] not in closing:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def merge_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """``spans`` sorted, overlapping and touching ones merged."""
    out: list[Span] = []
    for s in sorted(spans):
        if out and s.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, s.end))
        else:
            out.append(s)
    return tuple(out)


def fragments(text: str, furniture: Sequence[Span], start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Logical lines: physical lines with furniture cut out; a line cut by furniture yields two."""
    for ln in lines_of(text, start, end):
        pieces = [(ln.start, ln.end)]
        for f in furniture:
            if f.end <= ln.start or f.start >= ln.end:
                continue
            nxt: list[tuple[int, int]] = []
            for a, b in pieces:
                if f.end <= a or f.start >= b:
                    nxt.append((a, b))
                    continue
                if a < f.start:
                    nxt.append((a, f.start))
                if f.end < b:
                    nxt.append((f.end, b))
            pieces = nxt
        for a, b in pieces:
            if text[a:b].strip():
                yield Line(a, b)


# --- clean views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanText:
    """Readable text of a span and, per character, the offset of its source in the original."""

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> Span:
        """Map a ``[start, end)`` range of the clean text back to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return Span(pos, pos)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Dutch word forms from spacy-lookups-data (used only to decide line-end hyphenation)."""
    try:
        data = resources.files("spacy_lookups_data").joinpath("data/nl_lemma_lookup.json.gz")
        with data.open("rb") as fh:
            table = json.loads(gzip.decompress(fh.read()))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return frozenset()
    words = set(table) | set(table.values())
    return frozenset(w.lower() for w in words if isinstance(w, str))


# Words a PDF glues to the next or previous one where it drops a line break ("Op dit moment valtnog niet te zeggen",
# "hetamendement", "Inmiddelsheeft"). Function words only: a content word glued to a content word is indistinguishable
# from a compound ("stikstofuitstoot"). Before a word: articles, demonstratives, "te", "hun", "uw" (not the prepositions
# that are also prefixes, "doorlooptijd", nor "mijn", "mijnbouw"); after a word: auxiliaries, negation, "nog", "ook" (not
# the articles and prepositions that are also endings: "tweede", "gewonden", "vooruit", "waardoor").
_GLUED_BEFORE = frozenset("de het een te dat die dit deze hun uw".split())  # noqa: SIM905
_GLUED_AFTER = frozenset("heeft hebben had wordt worden werd werden kan kunnen zal zullen moet moeten niet nog ook".split())  # noqa: SIM905
_GLUED_WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")
# words made of a function word and a word that the lexicon does not know as one ("nu eenmaal", "van tevoren")
_WHOLE_WORDS = frozenset(
    "eenmaal tevoren tezamen datzelfde diezelfde datgene dewelke tenzij teneinde tenminste tenslotte tegelijk tegelijkertijd "  # noqa: SIM905
    "tevens teveel tevergeefs tegenover hunnerzijds uwerzijds dezerzijds tezelfdertijd".split()
)
_GLUED_MAX = 40  # two glued words are not longer; a longer run is tried at no split point (linear in the text)


def _glue_cut(word: str, known: frozenset[str], prefixes: frozenset[str] = _GLUED_BEFORE) -> int | None:
    """Where ``word`` splits into two words a PDF glued together, or None: a word the lexicon does not know, made of a
    word the lexicon or the document knows and a function word. A capitalised word only before a function word
    ("Inmiddelsheeft"): "Dewinter" is a name."""
    lex = _lexicon()
    w = word.lower()
    if not lex or w in lex or w in _WHOLE_WORDS:
        return None
    if len(w) > _GLUED_MAX:
        return None
    for i in range(2, len(w) - 1):
        left, right = w[:i], w[i:]
        # (a capitalised word keeps a short head: "Balkan" is no "Bal kan")
        if right in _GLUED_AFTER and len(left) >= (3 if word[0].islower() else 5) and (left in lex or left in known):
            return i
        if (
            word[0].islower()
            and left in prefixes
            and len(right) >= 4
            and (left != "te" or right.endswith("en"))  # "te" before an infinitive ("teverkennen"; not "tegelijk", "teniet")
            and (right in lex or (len(right) >= 6 and right in known))
        ):
            return i
    return None


# "de" and "te" also begin real words the lexicon may not know ("demotivatie", "decentralisatie"): they are cut off only in a
# document that shows the gluing elsewhere, with the other function words
_GLUE_EVIDENCE = 3
_SURE_BEFORE = _GLUED_BEFORE - {"de", "te"}
# a sentence end glued to the next sentence: a lower-case word, its full stop or question mark, a capitalised word
_GLUED_SENTENCES = re.compile(r"[a-zà-ÿ]{3}[.?!][A-Z][a-zà-ÿ]")
_ADDRESS = re.compile(r"www|http|@|/|\.(?:be|nl|eu|com|org|net|brussels|vlaanderen)\b", re.I)


def _glued_sentence(m: re.Match[str], text: str) -> bool:
    """Whether a lower-case word, a stop and a capital are two sentences glued, not a web or e-mail address."""
    start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    end = min((i for i in (text.find(" ", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
    return _ADDRESS.search(text, start, end) is None


@lru_cache(maxsize=8)
def _glued_document(text: str) -> bool:
    """Whether ``text`` shows words glued at lost line breaks: a few distinct words that split at a function word other
    than "de" and "te" ("valtnog", "hetamendement", "Inmiddelsheeft")."""
    known = _document_words(text)
    # sentences glued the same way count too ("... worden beantwoord.De reden ...", "... tegeven?Zo ja ..."), not an address
    # ("www.Vlaanderen.be", "info@Stad.be"): three or more as much as two glued words, fewer (a typo) as one; a glued
    # word must still be found
    # (three are enough: a glued PDF text has thousands)
    sentences = sum(1 for _ in itertools.islice((m for m in _GLUED_SENTENCES.finditer(text) if _glued_sentence(m, text)), _GLUE_EVIDENCE))
    found = 2 if sentences >= _GLUE_EVIDENCE else int(sentences > 0)
    for word in {w for w in _GLUED_WORD.findall(text) if len(w) >= 5}:
        if _glue_cut(word, known, _SURE_BEFORE) is not None:
            found += 1
            if found >= _GLUE_EVIDENCE:
                return True
    return False


@lru_cache(maxsize=8)
def _document_words(text: str) -> frozenset[str]:
    """The words of a document, written apart somewhere in it ("afgelopen" known from "de afgelopen jaren" elsewhere)."""
    return frozenset(w.lower() for w in _GLUED_WORD.findall(text))


def _glue_cuts(chunk: str, text: str, continues: bool = False) -> list[int]:
    """The offsets inside ``chunk`` (a run without whitespace of ``text``) where a space was lost between two glued words:
    only in a document that shows such gluing (a PDF's text layer), never in one written with its spaces. ``continues``:
    the chunk goes on with a word broken at the line end before it ("verantwoor-" / "delijk"), which is no word of its own."""
    if len(chunk) < 5 or not _glued_document(text):
        return []
    # (not a word part after a hyphen: "verantwoor-delijk" is one word broken at a line end)
    words = (
        m
        for m in _GLUED_WORD.finditer(chunk)
        if not (m.start() and chunk[m.start() - 1] in "-\u00ad") and not (continues and m.start() == 0)
    )
    return [m.start() + cut for m in words if (cut := _glue_cut(m.group(), _document_words(text))) is not None]


# Prefixes that Dutch writes with a hyphen before a compound ("niet-beroepsactieve", "ex-minister").
_HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "vice", "non", "semi", "pro", "co", "adjunct", "interim", "zelf", "loco", "sub"})
_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]+)-[^\S\n]*$")
_WORD_AFTER = re.compile(r"[^\S\n]*([A-Za-zÀ-ÿ]+)")


def keep_hyphen(before: str, after: str, document: str = "") -> bool:
    """Decide whether ``before-`` at a line end followed by ``after`` is a real hyphenated compound.

    ``before``/``after`` are the word fragments either side of the break. Evidence, in order: the
    next fragment starts with a capital or digit (``ESF-Oproep``); the hyphenated form occurs
    elsewhere in the document; the joined form occurs elsewhere; a known hyphen prefix (``niet-``);
    the joined form is a known Dutch word. Otherwise the break is taken as line-end hyphenation.
    """
    if not after or not after[0].islower():
        return True
    if not before[-1:].isalpha():
        return True
    joined = (before + after).lower()
    hyphenated = f"{before}-{after}".lower()
    low = document.lower()
    if low:
        if re.search(rf"(?<![\w-]){re.escape(hyphenated)}", low):
            return True
        if re.search(rf"(?<![\w-]){re.escape(joined)}", low):
            return False
    if before.lower() in _HYPHEN_PREFIXES:
        return True
    lex = _lexicon()
    if joined in lex:
        return False
    if before.lower() in lex and after.lower() in lex and len(before) > 3:
        # both halves are words: a compound written with a hyphen is as likely as a break; Dutch
        # hyphenates compounds mainly at a vowel clash ("zee-egel", "auto-ongeluk")
        return before[-1].lower() in "aeiou" and after[0].lower() in "aeiou"
    return False


def clean_view(text: str, span: Span, furniture: Sequence[Span] = ()) -> CleanText:
    """The readable text of ``text[span]``: one space between words, furniture and breaks removed.

    Segmentation, alignment, judging and the report all ask for the same spans of the same text: the
    view is computed once and shared (a ``CleanText`` is immutable).
    """
    return _clean_view(text, span.start, span.end, _furniture_key(furniture))


class _FurnitureKey(tuple[Span, ...]):
    """Furniture spans as a cache key whose hash is computed once: a ``Span``'s dataclass hash is a Python
    call, so hashing the tuple again for every clean view (about 75 per document, ten spans each) cost
    more than the cached view. Equal to and hashed like the plain tuple."""

    _hash: int

    def __new__(cls, spans: Iterable[Span]) -> _FurnitureKey:
        key = super().__new__(cls, spans)
        key._hash = tuple.__hash__(key)
        return key

    def __hash__(self) -> int:
        return self._hash


_FURNITURE_KEYS: dict[int, tuple[tuple[Span, ...], _FurnitureKey]] = {}  # id -> (tuple, its key)


def _furniture_key(furniture: Sequence[Span]) -> _FurnitureKey:
    """The key of ``furniture``, the same object for the same tuple (a list, which may change, gets a new one)."""
    if type(furniture) is not tuple:
        return _FurnitureKey(furniture)
    found = _FURNITURE_KEYS.get(id(furniture))
    if found is not None and found[0] is furniture:  # the entry holds the tuple, so its id is not reused
        return found[1]
    if len(_FURNITURE_KEYS) >= 64:
        _FURNITURE_KEYS.clear()
    key = _FURNITURE_KEYS[id(furniture)] = (furniture, _FurnitureKey(furniture))
    return key[1]


# The clean text's pieces: a run of characters kept as they are, or a run of whitespace (one space).
# Format characters belong to neither: they are dropped, and a whitespace run goes on across them.
_FORMAT_CLASS = FORMAT_CHARS.pattern[1:-1]
_RUNS = re.compile(rf"([^\s{_FORMAT_CLASS}]+)|[^\S{_FORMAT_CLASS}]+")


# a table's row of figures on a line of its own: a label cell or none, then two or more figures, the last ending the line
# ("2024        10.332      14.290", "Totaal 1.412 318"); the prose line after it opens with a capital and goes on in words
_FIGURE_ROW = re.compile(r"(?:[^\W\d][\w().,'’/-]*(?:[^\S\n]+[^\W\d][\w().,'’/-]*){0,3}[^\S\n]+)?(?:\d[\d.,%]*[^\S\n]+){1,12}\d[\d.,]*%?")
_PROSE_LINE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]*[^\S\n]+[a-zà-ÿ]{2,}[^\S\n]+[a-zà-ÿ]")


@lru_cache(maxsize=4096)
def _clean_view(text: str, start: int, end: int, furniture: tuple[Span, ...]) -> CleanText:
    chars: list[str] = []
    offs: list[int] = []
    frags = list(fragments(text, furniture, start, end))
    pending_space = False
    glued_before = False  # the fragment before ended in a word that goes on in this one
    row_before = False  # the fragment before was a row of figures
    for idx, fr in enumerate(frags):
        seg = text[fr.start : fr.end]
        # trim, keeping offsets
        lead = len(seg) - len(seg.lstrip())
        seg_start = fr.start + lead
        seg = seg.strip()
        if not seg:
            continue
        if pending_space and chars:
            # (a line break after a table's row, before a line of prose, is kept: the sentence after the table is one of its own,
            # not the table's last cell, "2024   10.332   41.870" / "Het bereiken van de limiet wordt niet ... bijgehouden.")
            chars.append("\n" if row_before and _PROSE_LINE.match(seg) else " ")
            offs.append(seg_start - 1 if seg_start > 0 else seg_start)
        row_before = _FIGURE_ROW.fullmatch(seg) is not None
        # collapse inner whitespace runs
        drop_hyphen = glue = False
        if idx + 1 < len(frags):
            m = _WORD_BEFORE.search(seg)
            nxt = text[frags[idx + 1].start : frags[idx + 1].end]
            m2 = _WORD_AFTER.match(nxt)
            if m and m2:
                glue = True  # a word continues on the next line, with or without its hyphen
                drop_hyphen = not keep_hyphen(m.group(1), m2.group(1), text)
        body = seg[:-1] if drop_hyphen else seg
        if drop_hyphen:
            body = body.rstrip()
        prev_space = False
        continues = glued_before  # the first run goes on with the word broken at the end of the line before
        glued_before = glue
        for run in _RUNS.finditer(body):
            a = seg_start + run.start()
            if run.group(1) is None:  # whitespace: one space, at the offset of its first character
                if not prev_space:
                    prev_space = True
                    chars.append(" ")
                    offs.append(a)
                continue
            prev_space = False
            chunk = run.group(1)
            # (after "verantwoor- " inside a line the chunk goes on with that word too)
            cuts = _glue_cuts(chunk, text, continues or (len(chars) >= 2 and chars[-2].endswith(("-", "\u00ad"))))
            continues = False
            if not cuts:
                chars.append(chunk)
                offs.extend(range(a, seg_start + run.end()))
                continue
            last = 0
            for cut in cuts:  # a space where a PDF glued two words at a lost line break, at the offset of the second
                chars.append(chunk[last:cut])
                offs.extend(range(a + last, a + cut))
                chars.append(" ")
                offs.append(a + cut)
                last = cut
            chars.append(chunk[last:])
            offs.extend(range(a + last, seg_start + run.end()))
        pending_space = not glue
    out = "".join(chars)
    if not out.isascii() and _COMBINING_MARK.search(out):
        return _composed(out, offs)
    return CleanText(out, tuple(offs))


# a letter and the combining accents after it ("e" + U+0308 for "ë"), as some PDF extractors and macOS copies write them;
# a typographic ligature ("ﬁ" for "fi": "ﬁnanciering") a PDF's text layer keeps
_COMBINING_MARK = re.compile("[\u0300-\u036f\ufb00-\ufb06]")
_ACCENTED = re.compile("[^\u0300-\u036f][\u0300-\u036f]+|[\ufb00-\ufb06]")


def _composed(text: str, offs: list[int]) -> CleanText:
    """``text`` with each letter and its combining accents as one precomposed letter (Unicode NFC: "geëvalueerd" in one
    form whatever form it was written in, so rules and lemmas see the same word), each at the offset of its letter, and
    each ligature as its letters, each at the ligature's offset. (A span mapped back ends after its last letter's offset:
    evidence that ends on a decomposed accented letter quotes it without its accent, "café" as "cafe"; a known limit.)"""
    chars: list[str] = []
    new: list[int] = []
    pos = 0
    for m in _ACCENTED.finditer(text):
        chars.append(text[pos : m.start()])
        new.extend(offs[pos : m.start()])
        piece = unicodedata.normalize("NFKC" if len(m.group()) == 1 else "NFC", m.group())
        chars.append(piece)
        # (a precomposed letter stands for its letter and accents: it starts where the letter starts)
        new.extend(offs[m.start() : m.start() + len(piece)] if len(piece) == len(m.group()) else [offs[m.start()]] * len(piece))
        pos = m.end()
    chars.append(text[pos:])
    new.extend(offs[pos:])
    return CleanText("".join(chars), tuple(new))
