"""Recognising item and answer labels at the start of a logical line.

A label is only a *candidate*: the segmenter decides which candidates are real by their sequence
(numbers go up, letters go a, b, c) and their style (``1.`` vs ``1)``), so a list inside an answer
("indien 1) één van de criteria ...") does not become an answer part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

LabelKind = Literal["vraag", "antwoord", "number", "letter", "heading"]

# item numbers up to 999,999: no document under the size limit has more items (int() of any length is safe)
# ("2 en vraag 3": the word again after the separator)
# (in capitals too, as a document that prints its labels so writes them: "VRAAG 2 EN 3", "ANTWOORD OP VRAAG 4 T/M 6")
# (a number may keep the bracket it has in the list of questions, before a connector or the label's colon: "Antwoord op de vragen
# 1) tot 3):", "Antwoord op vraag 4):")
_NUM = r"\d{1,6}(?:\)(?=[^\S\n]*(?:,|&|(?i:en|t/m|tot)\b|[-–:]|$)))?"
_NUMS = rf"{_NUM}(?:\s*(?:,|&|\+|(?i:en|t/m|tot\s+en\s+met|tot)|-|–)\s*(?:(?i:vra(?:ag|gen))\s+)?{_NUM}|\s+\d{{1,6}}(?=\s*(?:,|(?i:en))))*"

# "Vraag 1", "Vraag 2 en 3", "Vraag 3, 4 en 5", "Vraag 7, 8, 9 10 en 11", "Vragen 4 t/m 6", "Vraag 1:"
# The words that label a question or an answer, in the forms the layouts use (one table for the line
# start and the inline forms below): "Vraag 2", "V2." / "Antwoord 2", "Antw. 2:", "A2.", "Beantwoording",
# "Reactie college", "Reactie van het college". The glued one-letter forms need their number and a
# full stop or colon ("A2." is a label; "A2 Utrecht" is a road).
QUESTION_WORD = r"(?:Vraag|Vragen|VRAAG|VRAGEN)"
# who answers, as an answer label names them ("Antwoord college:", "Reactie dagelijks bestuur:")
ANSWER_RESPONDENT = (
    r"(?:[Bb]estuurscollege|[Cc]ollege(?:[^\S\n]+van[^\S\n]+B[^\S\n]*(?:&|en)[^\S\n]*[WS])?|B[^\S\n]*(?:&|en)[^\S\n]*[WS]|GS"
    r"|[Gg]edeputeerde(?:[^\S\n]+[Ss]taten)?|[Ss]chepen|[Ww]ethouder|[Bb]urgemeester[^\S\n]+en[^\S\n]+(?:[Ww]ethouders|[Ss]chepenen)"
    r"|[Bb]urgemeester|[Mm]inister|[Ss]taatssecretaris"
    r"|[Dd]agelijks[^\S\n]+[Bb]estuur|[Ss]tadsbestuur|[Gg]emeentebestuur|[Rr]egering|[Kk]abinet)"
)
# (the words besides "Antwoord", whose inline forms have rules of their own below)
OTHER_ANSWER_WORD = (
    r"(?:Antw\.|Beantwoording|Reactie(?:[^\S\n]+van)?(?:[^\S\n]+het|[^\S\n]+de)?[^\S\n]+"
    + ANSWER_RESPONDENT
    # ("Reactie dagelijks bestuur:", a water board's)
    # "Reactie 2", "Reactie op vraag 2": only with its number (a "Reactie" alone opens many a sentence)
    + r"|Reactie(?=[^\S\n]+(?:op[^\S\n]+)?(?:(?:de[^\S\n]+)?vraag[^\S\n]+)?\d))"
)
ANSWER_WORD = rf"(?:Antwoord|Antwoorden|ANTWOORD|ANTWOORDEN|{OTHER_ANSWER_WORD})"
# "Vraag no. 1:", "Vraag nr. 2:" (an island council's or a province's form): the number word only with the colon
# after the number, so a header's "Vraag nr. 785 van 3 juli" stays no label
_NR = r"(?:(?:no|nr|nummer)\.?[^\S\n]*(?=\d{1,6}[a-z]?[^\S\n]*:))?"
# an answer label naming who answers, with its colon: "Antwoord Bestuurscollege:", "Antwoord college:",
# "Antwoord van het college:", "Antwoord B&W:", "Antwoord gedeputeerde Jansen:" (it answers the question before it)
ANSWER_BY = (
    r"Antwoord[^\S\n]+(?:(?:van|namens)[^\S\n]+)?(?:het[^\S\n]+|de[^\S\n]+)?"
    + ANSWER_RESPONDENT
    +
    # ("Antwoord Gedeputeerde Staten van Gelderland:"; a semicolon where OCR misread the colon: "Antwoord van Burgemeester en
    # Wethouders;")
    r"(?:[^\S\n]+(?:van[^\S\n]+)?[A-ZÀ-Ý][\w'’.-]*){0,3}[^\S\n]*[:;]"
)
# a bullet before a label at a line start: " • Vraag 1:", " • Antwoord Gedeputeerde Staten van Gelderland:"
_BULLET = r"(?:[•▪●◦][^\S\n]*)?"
ANSWER_BY_LINE = re.compile(rf"[^\S\n]*{_BULLET}{ANSWER_BY}[^\S\n]*")
GLUED_QUESTION = re.compile(r"[^\S\n]*V(?P<nums>\d{1,3})(?P<letter>[a-z])?[.:](?=[^\S\n]|$)[^\S\n]*")
GLUED_ANSWER = re.compile(r"[^\S\n]*A(?P<nums>\d{1,3})(?P<letter>[a-z])?[.:](?=[^\S\n]|$)[^\S\n]*")
# the number before the word, alone on its line, as a ministry's page prints them: "1. Vraag" over the question, "1. Antwoord"
# over the answer
NUMBER_FIRST_QUESTION = re.compile(r"[^\S\n]*(?P<nums>\d{1,3})(?P<letter>[a-z])?[.)][^\S\n]+(?:Vraag|VRAAG)[^\S\n]*:?[^\S\n]*$")
# in small letters, as a member's own page types them, only with the number and a colon: "vraag 1: Heeft het College ...?",
# "antwoord op vraag 1: Ja." (not "vraag 1 gaat over ...", prose)
# (and a capital after the colon: a wrapped line that starts inside a sentence, "... schreef het college bij" / "vraag 2: \"De
# evaluatie ...\"", quotes)
LOWER_QUESTION = re.compile(r"[^\S\n]*vraag[^\S\n]+(?P<nums>\d{1,3})(?P<letter>[a-z])?[^\S\n]*:(?=[^\S\n]+[A-ZÀ-Ý])[^\S\n]*")
LOWER_ANSWER = re.compile(
    r"[^\S\n]*antwoord[^\S\n]+(?:op[^\S\n]+vraag[^\S\n]+)?(?P<nums>\d{1,3})(?P<letter>[a-z])?[^\S\n]*:(?=[^\S\n]+[A-ZÀ-Ý])[^\S\n]*"
)
NUMBER_FIRST_ANSWER = re.compile(r"[^\S\n]*(?P<nums>\d{1,3})(?P<letter>[a-z])?[.)][^\S\n]+(?:Antwoord|ANTWOORD)[^\S\n]*:?[^\S\n]*$")

VRAAG = re.compile(
    # (a semicolon as the delimiter too, as a council's page types it: "Vraag 1; In aanloop naar ...")
    # (the number glued to the word before its colon, as a PDF's text has it: "Vraag1:")
    rf"[^\S\n]*{_BULLET}{QUESTION_WORD}(?:[^\S\n]+{_NR}|(?=\d{{1,3}}[a-z]?[^\S\n]*:))(?P<nums>{_NUMS})(?P<letter>[a-z])?[^\S\n]*(?:[:.);]|[-–](?=[^\S\n]|$))?(?=[^\S\n]*$|[^\S\n]*[A-Z«“\"‘'(])"
)
# "Antwoord", "Antwoord 1", "Antwoord 5:", "Antwoord op vraag 1", "Antwoord bij vraag 1", "Antwoord vraag 1:",
# "Antwoorden 5 en 6", "Antwoord vragen 1,2,3,4 en 5", "Antwoord vraag 4-7", "Antwoord 2 t/m 6",
# "Antwoord op de vragen 2 en 3". Not: "Antwoord van Minister ...", "Antwoorden op Kamervragen ...".
ANTWOORD = re.compile(
    rf"[^\S\n]*{_BULLET}{ANSWER_WORD}"
    rf"(?:[^\S\n]+(?:(?i:op|bij)[^\S\n]+)?(?:(?i:de)[^\S\n]+)?(?i:vraag|vragen)?[^\S\n]*{_NR}(?P<nums>{_NUMS})(?P<letter>[a-z])?"
    rf"(?P<more>(?:[^\S\n]*(?:,|(?i:en)|&)[^\S\n]*\d{{1,6}}[a-z](?![\w-]))+)?)?"  # "Antwoord op vraag 1a en 1b"
    rf"[^\S\n]*(?P<colon>[:.]|[-–](?=[^\S\n]|$))?(?=[^\S\n]*$|(?(colon)[^\S\n]*\S|[^\S\n]*$))"
)
# The answer heading of a Flemish written question: "ANTWOORD" (alone) or "ANTWOORD op vraag nr. 785".
FLEMISH_HEADING = re.compile(r"[^\S\n]*ANTWOORD\b[^\S\n]*(?:$|op\b)")
ANSWER_OP_VRAAG_NR = re.compile(r"[^\S\n]*(?:ANTWOORD[^\S\n]+)?op[^\S\n]+(?:schriftelijke[^\S\n]+)?vraag[^\S\n]+nr\.?[^\S\n]*\d+", re.I)

# "3. a)" / "3a)" / "3)a)" / "3° a)"
NUMBER_LETTER = re.compile(r"[^\S\n]*(?P<num>\d{1,6})[^\S\n]*(?:[.):°–-][^\S\n]*)?(?P<letter>[a-z])[^\S\n]*\)[^\S\n]*")
# "1a." / "1b:" (a provincial or council question numbered with glued letters) before a capital
# (or alone on its line without a delimiter, over its text: "1a" / "In de periode ...", a province's answers to "1.a", "1.b")
GLUED_NUMBER_LETTER = re.compile(
    r"[^\S\n]*(?P<num>\d{1,4})(?P<letter>[a-z])(?:[.:](?=[^\S\n]+[A-ZÀ-Ý«“\"‘'(]|[^\S\n]*$)|(?=[^\S\n]*$))[^\S\n]*"
)
# "2.a Het herstel ..." / "2-b De gemeente ..." (a number, a dot or a dash, a letter, then the text), or alone on its line over
# the text ("2.a" / "De ritduur wordt ...")
DOTTED_NUMBER_LETTER = re.compile(r"[^\S\n]*(?P<num>\d{1,4})[.-](?P<letter>[a-z])(?:[.:)])?(?=[^\S\n]+[A-ZÀ-Ý«“\"‘'(]|[^\S\n]*$)[^\S\n]*")
# "Ad a)", "Ad b.", "Ad vraag c:" (a municipal answer to a lettered question)
AD_LETTER = re.compile(r"[^\S\n]*Ad\.?[^\S\n]+(?:vraag[^\S\n]+)?(?P<letter>[a-z])(?:[).:])?(?=[^\S\n]|$)[^\S\n]*")
# "1.1" / "1.1." / "2.3)"
NESTED = re.compile(r"[^\S\n]*(?P<num>\d{1,2})\.(?P<sub>\d{1,2})(?P<delim>[.)])?(?=[^\S\n]|$)[^\S\n]*")
# "1.", "1)", "10.VDAB" (glued), "1" alone on a line, "1 -"
# ("2.)", a Senate answer's doubled delimiter, is "2.")
# ("1 - Hoeveel ...", "1: Het is ...", "1/ Wanneer ...": a number and a dash, a colon or a slash before a capital, delimiter "-",
# ":" or "/")
NUMBER = re.compile(
    r"[^\S\n]*(?P<num>\d{1,6})(?:(?P<delim>[.)°]|[:/](?=[^\S\n]+[A-ZÀ-Ý])|(?<=\d)[^\S\n]+[-–](?=[^\S\n]+[A-ZÀ-Ý]))(?:(?<=\.)\))?(?=[^\S\n]|$|[A-ZÀ-Ý«“\"‘'(])"
    r"|(?P<bare>[^\S\n]*$))[^\S\n]*"
)
# a number at a line start, without its delimiter, before a capitalised word ("3 Welke garages ...?"): a label only where
# the numbering expects it (the segmenters decide)
LOOSE_NUMBER = re.compile(r"[^\S\n]*(?P<num>\d{1,3})[^\S\n]+(?=[A-ZÀ-Ý][a-zà-ÿ])")
# Grouped numbers in a block answer: "2 en 3.", "4 tot 6:", "1, 2 en 3", "5-7.", "1+2.", "1. en 3)." (a Senate answer)
NUMBER_GROUP = re.compile(
    r"[^\S\n]*(?P<nums>\d{1,2}(?:[.)](?=[^\S\n]+en[^\S\n]))?(?:[^\S\n]*(?:,|en|&|\+|t/m|tot[^\S\n]+en[^\S\n]+met|tot|-|–)[^\S\n]*\d{1,2})+)"
    r"[^\S\n]*(?:[.):](?:(?<=\))\.)?|(?=[^\S\n]*$))[^\S\n]*"
)
# "(1)", "(12)"
PAREN_NUMBER = re.compile(r"[^\S\n]*\((?P<num>\d{1,6})\)(?=[^\S\n]|$)[^\S\n]*")
# further letters after a letter label: " en b)", ", c) en d)"
_MORE_LETTERS = re.compile(r"(?:[^\S\n]*(?:,|en|&)[^\S\n]*[a-z]\))+[^\S\n]*")
# "a) en b)", "c), d) en e)": an answer to several lettered questions
LETTER_GROUP = re.compile(r"[^\S\n]*(?P<letter>[a-z])\)(?P<more>(?:[^\S\n]*(?:,|en|&)[^\S\n]*[a-z]\))+)[^\S\n]*")
# "a)", "a)Tot" (glued), "(a)", "a." followed by a capital
LETTER = re.compile(r"[^\S\n]*\(?(?P<letter>[a-z])(?:\)|\.(?=[^\S\n]+[A-Z]))[^\S\n]*")


@dataclass(frozen=True)
class Label:
    """A label candidate: where it is, what it claims, and how it is written."""

    start: int
    end: int  # end of the label text; the body starts here
    kind: LabelKind
    numbers: tuple[int, ...] = ()
    letter: str | None = None
    sub: int | None = None
    style: str = ""
    letters: tuple[str, ...] = ()  # further letters a grouped letter label covers ("a) en b)": ("b",))


def parse_numbers(spec: str) -> tuple[int, ...]:
    """``"2 en 3"`` -> (2, 3); ``"2 t/m 6"`` / ``"4-7"`` -> (2..6) / (4..7); ``"7, 8, 9 10 en 11"``."""
    spec = spec.strip()
    nums: list[int] = []
    tokens = re.findall(r"\d+|t/m|tot\s+en\s+met|tot|-|–", spec.lower())
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isdigit():
            nums.append(int(tok))
        elif nums and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            lo, hi = nums[-1], int(tokens[i + 1])
            if lo < hi <= lo + 60:
                nums.extend(range(lo + 1, hi + 1))
                i += 1
        i += 1
    seen: list[int] = []
    for n in nums:
        if n not in seen:
            seen.append(n)
    return tuple(seen)


def match_vraag(line: str, offset: int) -> Label | None:
    m = VRAAG.match(line) or GLUED_QUESTION.match(line) or NUMBER_FIRST_QUESTION.match(line) or LOWER_QUESTION.match(line)
    if not m:
        return None
    nums = parse_numbers(m.group("nums"))
    if not nums or (_heading_then_number(m.group()) and len(nums) == 1):
        return None  # "Vragen 1. Hoeveel ...": the heading "Vragen", then the first numbered question
    return Label(offset + _lstrip(line), offset + m.end(), "vraag", nums, m.group("letter"), style="vraag")


def _heading_then_number(label: str) -> bool:
    """``Vragen 1.`` / ``Vragen 1)``: a plural heading before one number is not a grouped label."""
    return re.match(r"\s*(?:Vragen|VRAGEN)\s+\d+[a-z]?\s*[.)]", label) is not None


# "Ad 1.", "Ad vraag 2:", "Ad 3 en 4", "Ad 1.2" (Dutch municipal and water board answers): always with its number
AD = re.compile(
    rf"[^\S\n]*Ad\.?[^\S\n]+(?:(?:vraag|vragen)[^\S\n]+)?(?P<nums>{_NUMS})(?:\.(?P<sub>\d{{1,2}}))?(?P<letter>[a-z])?(?![\w-])[^\S\n]*[:.)°]?(?=[^\S\n]|$)[^\S\n]*"
)


# a roman figure from I to XXXIX with its full stop or bracket, before a capital or alone on its line: "III. Klopt het ...?",
# "Ad IV." (not a letter of a lettered list, "A)" ... "H)", nor an initial: "V. de Vries" is read as 5 only where a numbering
# in roman figures expects it, as any number)
_ROMAN_FIGURE = r"(?P<roman>X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"
ROMAN = re.compile(rf"[^\S\n]*{_ROMAN_FIGURE}[.)](?=[^\S\n]+[A-ZÀ-Ý«“\"‘'(]|[^\S\n]*$)[^\S\n]*")
AD_ROMAN = re.compile(rf"[^\S\n]*Ad\.?[^\S\n]+(?:(?:vraag|vragen)[^\S\n]+)?{_ROMAN_FIGURE}[:.)]?(?=[^\S\n]|$)[^\S\n]*")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def roman_value(figure: str) -> int:
    """The value of a roman figure ("IV" -> 4, "XII" -> 12)."""
    values = [_ROMAN_DIGITS[c] for c in figure]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def match_antwoord(line: str, offset: int) -> Label | None:
    by = ANSWER_BY_LINE.match(line)
    if by:
        return Label(offset + _lstrip(line), offset + by.end(), "antwoord", (), None, style="antwoord")
    m = ANTWOORD.match(line) or AD.match(line) or GLUED_ANSWER.match(line) or NUMBER_FIRST_ANSWER.match(line) or LOWER_ANSWER.match(line)
    if not m and (r := AD_ROMAN.match(line)):  # "Ad III.": the answer to question III, item 3
        return Label(offset + _lstrip(line), offset + r.end(), "antwoord", (roman_value(r.group("roman")),), None, style="antwoord")
    if not m:
        return None
    spec = m.group("nums")
    nums = parse_numbers(spec) if spec else ()
    letter = m.group("letter")
    more = m.groupdict().get("more")
    if more:  # "1a en 1b": the answer to the numbers, which their lettered items fall back to
        nums = tuple(sorted({*nums, *(int(n) for n in re.findall(r"\d+", more))}))
        letter = None
    sub = m.groupdict().get("sub")
    if sub and len(nums) == 1 and not letter:  # "Ad 1.2": the answer to the nested question 1.2
        return Label(offset + _lstrip(line), offset + m.end(), "antwoord", nums, None, style="antwoord", sub=int(sub))
    return Label(offset + _lstrip(line), offset + m.end(), "antwoord", nums, letter, style="antwoord")


def match_numbered(line: str, offset: int) -> Label | None:
    """A numeric or lettered label at the start of a line (``1.``, ``3. a)``, ``1.1``, ``(1)``, ``a)``)."""
    start = offset + _lstrip(line)
    m = NUMBER_GROUP.match(line)
    if m and len(parse_numbers(m.group("nums"))) > 1:
        return Label(start, offset + m.end(), "number", parse_numbers(m.group("nums")), style="group")
    m = NUMBER_LETTER.match(line)
    if m:
        more = _MORE_LETTERS.match(line, m.end())  # "1. a) en b) ...": the answer to both letters
        letters = tuple(re.findall(r"([a-z])\)", more.group())) if more else ()
        end = more.end() if more else m.end()
        return Label(start, offset + end, "number", (int(m.group("num")),), m.group("letter"), style="numletter", letters=letters)
    m = GLUED_NUMBER_LETTER.match(line) or DOTTED_NUMBER_LETTER.match(line)
    if m and m.group("letter") == "a":
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), "a", style="numletter")
    if m:  # "1b." / "2.b": the next letter under the number "1a." / "2.a" opened
        return Label(start, offset + m.end(), "letter", (), m.group("letter"), style="letter")
    m = NESTED.match(line)
    if m:
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), sub=int(m.group("sub")), style="nested")
    m = NUMBER.match(line)
    if m:
        style = "bare" if m.group("bare") is not None else (m.group("delim") or "").strip().replace("–", "-")
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), style=style)
    m = PAREN_NUMBER.match(line)
    if m:
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), style="()")
    m = _OCR_ONE.match(line)
    if m:  # "l. Is het waar ...?": an OCR'd 1 (the numbering's choice keeps it only where a 1 belongs)
        return Label(start, offset + m.end(), "number", (1,), style=m.group("delim"))
    m = ROMAN.match(line)
    if m and (not line[m.end() :].strip() or "?" in line[m.end() :]):
        # "III. Klopt het ...?", or "III." alone over it (an island's Staten number their questions in roman figures): item 3
        # (not a heading that asks nothing, "I. Verkeer en parkeren", over questions numbered 1, 2, ...)
        return Label(start, offset + m.end(), "number", (roman_value(m.group("roman")),), style="roman")
    m = AD_LETTER.match(line)
    if m:  # "Ad a) Het herstel ...": the answer to the lettered question a
        return Label(start, offset + m.end(), "letter", (), m.group("letter"), style="letter")
    m = LETTER_GROUP.match(line)
    if m:
        grouped = tuple(re.findall(r"([a-z])\)", m.group("more")))
        return Label(start, offset + m.end(), "letter", (), m.group("letter"), style="letter", letters=grouped)
    m = LETTER.match(line)
    if m:
        return Label(start, offset + m.end(), "letter", (), m.group("letter"), style="letter")
    m = _UPPER_LETTER.match(line)
    if m:  # "A) Hoe evalueert ...": the letter a (GUIDE.md item ids are lowercase)
        return Label(start, offset + m.end(), "letter", (), m.group("letter").lower(), style="letter")
    return None


# a capital letter label with a bracket, before a capital: "A) Hoe evalueert ...?" (not "A. Jansen": an initial has a full
# stop; not past H: "I)", "V)" and "X)" number in roman figures)
_UPPER_LETTER = re.compile(r"[^\S\n]*\(?(?P<letter>[A-H])\)[^\S\n]+(?=[A-ZÀ-Ý«“\"‘'(])")


# OCR reads the digit 1 as a lowercase l: "l. Is het waar ...", before a capital (only with a full stop: "l)" is
# the twelfth letter of a lettered list far more often)
_OCR_ONE = re.compile(r"[^\S\n]*l(?P<delim>\.)[^\S\n]+(?=[A-ZÀ-Ý])")


def _lstrip(line: str) -> int:
    return len(line) - len(line.lstrip())


# --- labels inside a line ---------------------------------------------------------------------
#
# Exports that collapse whitespace (open-data JSON and CSV, web pages, some PDF extractors) put a
# whole question or answer on one line, so a label can only be recognised inline. ``inline_breaks``
# lists where a line could be broken in two so that a label starts a line of its own; whether a
# label there is real is still decided by the segmenter's sequence and style checks, exactly as for
# a label at the start of a physical line. A number label is proposed after the end of a sentence, a
# colon or a closing bracket; after a word or a figure only as a weak candidate ("N." before a capital)
# that the segmenter takes only as the very next number with no better placed one after it. A number
# inside a sentence ("art. 3 van"), an amount, a date or a list of figures ("12, 15, 9") is never one.

_CLOSERS = '.?!:;)]”"’»'
_INLINE_NUMS = _NUMS
# (not a connector of the numbers in capitals: "VRAAG 2 EN 3" is one label, not "VRAAG 2" over the text "EN 3")
# (or an elision that opens a question said back in part, the question's mark closing the sentence it opens: "Vraag 7: […] of
# is het stadsbestuur van plan ...?"; not "Vraag 3: [...] is nog steeds niet beantwoord.", prose about a question)
_CAPITAL_NEXT = r"(?![^\S\n]+(?:EN|T/M|TOT)[^\S\n]+\d)(?=[^\S\n]+(?:[A-ZÀ-Ý«“\"‘'(]|\[(?:…|\.\.\.)\][^.!?\n]{1,300}\?))"
# ... or its first lettered part: "Vraag 3 a. Is de vervoerder ...?" (a question asked in parts, its line breaks lost)
_LETTER_NEXT = r"(?=[^\S\n]+\(?a[.)][^\S\n]+[A-ZÀ-Ý])"
# "Vraag 2", "Vragen 4 t/m 6:", followed by the question
_INLINE_VRAAG = re.compile(
    rf"{QUESTION_WORD}[^\S\n]+{_NR}{_INLINE_NUMS}(?![\w-])[^\S\n]*:?{_LETTER_NEXT}|"
    rf"{QUESTION_WORD}[^\S\n]+{_NR}{_INLINE_NUMS}[a-z]?(?![\w-])[^\S\n]*(?:[:.;]|[-–](?=[^\S\n]))?{_CAPITAL_NEXT}|V\d{{1,3}}[a-z]?[.:]{_CAPITAL_NEXT}"
    rf"|{QUESTION_WORD}\d{{1,3}}[a-z]?:{_CAPITAL_NEXT}"  # ("Vraag1: Is de gedeputeerde ...", glued)
    # (ending the line after a sentence, its question on the next line: "... (ontvangen 17 april 2018). Vraag 1")
    rf"|Vraag[^\S\n]+\d{{1,3}}[a-z]?[^\S\n]*[:.]?(?=[^\S\n]*$)"
    # (its colon glued to the question: "Vraag 3:Indien gekozen is ...")
    rf"|{QUESTION_WORD}[^\S\n]+{_INLINE_NUMS}[a-z]?:(?=[A-ZÀ-Ý«“\"‘'(])"
)
# "Antwoord", "Antwoord 2:", "Antwoord op vraag 4", "Antwoord vraag 4-7:"; never "Antwoord van Minister"
_INLINE_ANTWOORD = re.compile(
    rf"{ANSWER_BY}(?:{_CAPITAL_NEXT}|(?=[^\S\n]*(?:\n|$)))"  # "Antwoord Bestuurscollege: De ...", or ending the line
    # (not the first word of "Antwoord Bestuurscollege:" alone on its line, the respondent's name cut off)
    rf"|Antwoord[^\S\n]+(?:(?:op|bij)[^\S\n]+)?(?:de[^\S\n]+)?(?:vraag|vragen)[^\S\n]*{_NR}{_INLINE_NUMS}(?![\w-])[^\S\n]*:?{_LETTER_NEXT}"
    rf"|(?!{ANSWER_BY})Antwoord(?:[^\S\n]+(?:(?:op|bij)[^\S\n]+)?(?:de[^\S\n]+)?(?:vraag|vragen)?[^\S\n]*{_NR}{_INLINE_NUMS}[a-z]?(?![\w-])"
    rf"(?:[^\S\n]*(?:,|en|&)[^\S\n]*\d{{1,6}}[a-z](?![\w-]))*)?"
    rf"(?![^\S\n]+\d)[^\S\n]*(?:[:.]|[-–](?=[^\S\n]))?{_CAPITAL_NEXT}"
    rf"|Antwoorden(?:[^\S\n]+(?:(?:op|bij)[^\S\n]+)?(?:de[^\S\n]+)?(?:vraag|vragen)?[^\S\n]*{_INLINE_NUMS}[a-z]?(?![\w-]))?"
    rf"(?![^\S\n]+\d)[^\S\n]*[:.]?{_CAPITAL_NEXT}"
    # "ANTWOORD 1 Ja.", "ANTWOORD OP VRAAG 2: Nee."
    rf"|ANTWOORD(?:[^\S\n]+(?:(?:OP|BIJ)[^\S\n]+)?(?:DE[^\S\n]+)?VRA(?:AG|GEN))?[^\S\n]+{_INLINE_NUMS}[a-z]?(?![\w.)-])[^\S\n]*:?{_CAPITAL_NEXT}"
    rf"|{OTHER_ANSWER_WORD}"
    rf"(?:[^\S\n]+(?:op[^\S\n]+)?(?:vraag[^\S\n]+)?{_INLINE_NUMS}[a-z]?(?![\w-]))?[^\S\n]*:?{_CAPITAL_NEXT}"
    rf"|A\d{{1,3}}[a-z]?[.:]{_CAPITAL_NEXT}"  # "A2. Het ..."
    # (ending the line after the question, its answer on the next: "... gevangenis Sint Maarten?Antwoord 1 en 2", "... ook al
    # weer ? Antwoord:")
    # (with its number or its colon: a bare "Antwoord" ending the line is a word of a sentence, "... zo lang? Antwoord" / "daarop
    # kregen wij niet.")
    rf"|Antwoord(?:[^\S\n]+(?:(?:op|bij)[^\S\n]+)?(?:de[^\S\n]+)?(?:(?:vraag|vragen)[^\S\n]+)?{_INLINE_NUMS}[a-z]?[^\S\n]*[:.]?|[^\S\n]*:)(?=[^\S\n]*$)"
)
# "Antwoord:" after a sentence's end, the answer opening in lower case: "... toegelicht worden? Antwoord: imec gebruikt ..."
# (a name written so), only where it answers a "Vraag N:" said back before it on the line with no "Antwoord" between: in
# prose, "Antwoord: ja, de eerste twee uur." quotes a FAQ
_INLINE_ANTWOORD_LOWER = re.compile(r"Antwoord:(?=[^\S\n]+[a-zà-ÿ])")
_VRAAG_OR_ANTWOORD = re.compile(r"\b(?:(?P<vraag>Vraag[^\S\n]+\d{1,3}[a-z]?[^\S\n]*:)|Antwoord\b)")


def _after_vraag_label(line: str, p: int) -> bool:
    """Whether the nearest "Vraag N:" or "Antwoord" before ``p`` in the line is a "Vraag N:" label."""
    found = list(_VRAAG_OR_ANTWOORD.finditer(line, max(0, p - 2000), p))
    return bool(found) and found[-1].group("vraag") is not None


# the plain answer label ("Antwoord", "Antwoord:", "Antwoord 2", "Antwoord op vraag 2"), not one that names who answers
_PLAIN_ANTWOORD = re.compile(r"Antwoord(?:[^\S\n]+(?:op|bij|vraag|vragen|\d)|[^\S\n]*[:.]?[^\S\n]*$)")
_INLINE_AD = re.compile(
    rf"Ad\.?[^\S\n]+(?:(?:vraag|vragen)[^\S\n]+)?{_INLINE_NUMS}(?:\.\d{{1,2}})?[a-z]?(?![\w-])[^\S\n]*[:.)°]?(?=[^\S\n]|$)"
)
# the heading over a municipal answer: "Antwoorden 1. ...", "Antwoord van het college a) ...",
# "Beantwoording van de vragen: 1. ...", "Reactie van burgemeester en wethouders: ..."
_INLINE_ANSWER_HEADING = re.compile(
    rf"(?:{ANSWER_BY}|Antwoorden|ANTWOORDEN"  # ("Antwoord minister Geens: 1. ...")
    r"|(?:Antwoord(?:en)?|Beantwoording|Reactie)[^\S\n]+(?:van|door|namens)[^\S\n]+(?:het[^\S\n]+)?"
    r"(?:(?:districts)?college|stadsbestuur|[Bb]urgemeester[^\S\n]+en[^\S\n]+(?:[Ww]ethouders|[Ss]chepenen)|schepencollege"
    r"|[Gg]edeputeerde[^\S\n]+[Ss]taten|dagelijks[^\S\n]+bestuur)"
    r"(?:[^\S\n]+van[^\S\n]+(?:[Bb]urgemeester[^\S\n]+en[^\S\n]+(?:[Ww]ethouders|[Ss]chepenen)|[A-ZÀ-Ý][\w-]+))?"
    r"|Beantwoording(?:[^\S\n]+van[^\S\n]+de[^\S\n]+vragen)?"
    # a bulletin's answer dated only, with its colon: "Antwoord d.d. 4 november 2025 : Op 1 september ..."
    r"|Antwoord[^\S\n]+d\.d\.[^\S\n]+\d{1,2}[^\S\n]+[a-z]{3,9}[^\S\n]+\d{4}[^\S\n]*:"
    # a bulletin's answer by a minister, dated: "Antwoord van de minister d.d. 19 februari 2026 a) ..." (the list follows)
    r"|Antwoord[^\S\n]+van[^\S\n]+de[^\S\n]+(?:minister|staatssecretaris|gedeputeerde|schepen)[^\n:?]{0,80}?[^\S\n]+d\.d\.[^\S\n]+"
    r"\d{1,2}[^\S\n]+[a-z]{3,9}[^\S\n]+\d{4})"
    # (or a bulleted list: "Antwoord van het college: • ...", "- ...", or numbers "1° ...", "1 - ...", "1: ...", "1+2. ...")
    # (with the meeting that adopted it, part of the heading: "Antwoord van het districtscollege (zitting van 25 maart 2025) Het
    # district beheert ...")
    r"(?:[^\S\n]+\((?:zitting|vergadering)[^\S\n]+van[^()\n]{4,60}\))?"
    r"[^\S\n]*[:;]?(?=[^\S\n]+(?:\d{1,4}(?:[^\S\n]*[+&,][^\S\n]*\d{1,4})*(?:[.)°:]|[^\S\n]+[-–][^\S\n])|[a-z][.)]|[A-ZÀ-Ý]|[•▪·\-–](?=[^\S\n])"
    # (or the date of its adoption before the first answer label: "Beantwoording door het dagelijks bestuur (vastgesteld in
    # de vergadering van 3 februari 2026) Ad 1.1 ...", "... (vastgesteld 23 september 2025) a) In juli ...")
    # (or before the first sentence of an unnumbered answer: "Antwoord van Gedeputeerde Staten (vastgesteld in de vergadering van 11
    # februari 2025) Ja, daarvan zijn wij op de hoogte.")
    r"|\((?:vastgesteld|goedgekeurd|ontvangen|verzonden)[^()\n]{0,120}\)[^\S\n]+(?:Ad[^\S\n]|\d|[a-z][.)][^\S\n]|[A-ZÀ-Ý])))"
)
# the answer heading of an e-mail reply or a bulletin, inside a line: "Antwoord ontvangen op 12 maart 2025",
# "Antwoord van de minister van Mobiliteit d.d. 10 april 2025, op de vraag nr. 56-412 van ... (N.):",
# "Antwoord van schepen Ellen De Vos:", "Antwoord van schepen van Lokale Economie Dirk Baert 1. ..."
_INLINE_LONG_HEADING = re.compile(
    r"Antwoord[^\S\n]+(?:ontvangen[^\S\n]+(?:op[^\S\n]+)?(?:\d{1,2}[^\S\n]+[a-z]{3,9}[^\S\n]+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[^\S\n]*:)?"
    r"|van[^\S\n]+[^\n:?]{10,300}?\bop[^\S\n]+(?:de[^\S\n]+)?vraag\b[^\n:?]{0,200}:"
    # "Antwoord van schepen Ellen De Vos:", "Antwoord van wethouder Jansen:" (minutes)
    r"|van[^\S\n]+(?:de[^\S\n]+)?(?:schepen|wethouder|burgemeester|gedeputeerde)"
    r"(?:[^\S\n]+van(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]*|[^\S\n]+en){1,4})?(?:[^\S\n]+[A-ZÀ-Ý][\w'’.-]*){1,6}"
    r"(?:[^\S\n]*:|(?=[^\S\n]+\d{1,3}[.)°][^\S\n]))"
    # an office over a body, named by its function, over numbered answers: "Antwoord van de voorzitter van het politiecollege 1. De
    # zone beschikt ...", "Antwoord van de voorzitter van het vast bureau: ..."
    r"|van[^\S\n]+de[^\S\n]+(?:voorzitter|schepen|burgemeester|gedeputeerde|wethouder)[^\S\n]+van[^\S\n]+(?:het|de)"
    r"(?:[^\S\n]+[a-zà-ÿ][\w-]*){1,4}(?:[^\S\n]*:|(?=[^\S\n]+\d{1,3}[.)°][^\S\n]))"
    # "Antwoord van Koen Peeters, voorzitter van het bijzonder comité (5 mei 2025) 1. ...": a person named, their office after
    # a comma and the date in brackets, over numbered answers
    # (or their title before the name, and the answer's date field after the office: "Antwoord van schepen Tom De Meyer, schepen van
    # Mobiliteit en Openbaar Domein Datum antwoord: 26 februari 2025 Op 1 februari ...")
    # (or the salutation of the answer letter after the office: "Antwoord van de heer Karim Benali, Schepen van Openbare Netheid
    # Geachte Mevrouw, ...")
    r"|van(?:[^\S\n]+(?:de[^\S\n]+)?(?:schepen|wethouder|burgemeester|gedeputeerde|voorzitter|minister|heer|mevrouw))?"
    r"(?:[^\S\n]+[A-ZÀ-Ý][\w'’.-]*){2,4},"
    r"[^\S\n]+(?:[a-z][^\n:?()]{2,100}?(?:[^\S\n]*\([^()\n]{4,40}\))?(?=[^\S\n]+(?:\d{1,3}[.)][^\S\n]|Datum[^\S\n]+(?:antwoord|beantwoording)\b))"
    r"|[A-Za-z][^\n:?()]{2,100}?(?:[^\S\n]*\([^()\n]{4,40}\))?(?=[^\S\n]+Geachte\b))"
    # "Antwoord van de heer Várhelyi namens de Commissie" (the European Commission's answers)
    r"|(?:gegeven[^\S\n]+door|van)[^\S\n]+(?:de[^\S\n]+heer|mevrouw|commissaris|(?:uitvoerend(?:e)?[^\S\n]+)?vicevoorzitter|[Ss]ir|[Ll]ord|[Dd]ame"
    r"|hoge[^\S\n]+vertegenwoordiger(?:/vicevoorzitter)?)"
    r"(?:[^\S\n]+(?:(?:de|van|der|den|von|la|le|du)[^\S\n]+)?[A-ZÀ-Ý][\w'’.-]*){1,4}"  # ("mevrouw de Palacio")
    r"[^\S\n]+namens[^\S\n]+de[^\S\n]+(?:Europese[^\S\n]+)?Commissie(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*:?)"
    # (before the answer's text, a number or a letter label, or a dash or bullet opening a list: "Antwoord ontvangen op 24
    # november 2009 : - het Koninklijk ...")
    r"(?=[^\S\n]+(?:[\dA-ZÀ-Ý\"“‘'«]|[a-z][.)]|[-–•][^\S\n]))"
)
# an answer letter's announcement, on a line of its own (``segment.block.ANSWER_HEADING``) or inside one:
# "Hierbij de antwoorden van gedeputeerde Kathleen Helsen.", "Hierbij het antwoord van het college:"; a minister's letter:
# "Hierbij doe ik u de antwoorden toekomen op de vragen van het lid Thieme", "Hierbij zend ik uw Kamer de antwoorden"
# (with the verb, the answers only: "Hierbij stuur ik u de reactie van de wijkraad" forwards someone else's text)
LETTER_ANNOUNCEMENT = (
    r"[Hh]ierbij[^\S\n]+(?:(?:de|het|mijn|ons|onze)[^\S\n]+(?:antwoord(?:en)?|beantwoording|reactie)\b"
    r"|(?:zend|bied|doe|stuur|ontvangt|treft)[^\S\n]+(?:ik|wij|we|u)[^\S\n]+(?:(?:u|uw[^\S\n]+Kamer)[^\S\n]+)?"
    r"(?:de|het|mijn|ons|onze)[^\S\n]+(?:antwoord(?:en)?|beantwoording)\b)"
)
# (inside a line: "...? Hierbij de antwoorden van gedeputeerde Kathleen Helsen. In antwoord ...")
# (or with a verb between: "Hierbij doe ik u de antwoorden toekomen op de vragen van het lid Thieme (PvdD). De kraag ...")
_INLINE_LETTER_HEADING = re.compile(
    rf"{LETTER_ANNOUNCEMENT}(?:[^\S\n]+[^\n.?!:]{{0,40}}?)?[^\S\n]+(?:van|door)[^\S\n]+[^\n.?!:]{{2,80}}[.:](?=[^\S\n]+[A-ZÀ-Ý])"
)
# a letter's salutation just before (its line break lost): "Geachte Voorzitter, Hierbij doe ik u de antwoorden toekomen ..."
_SALUTATION = re.compile(r"\bGeachte[^\S\n]+[^.?!\n]{2,60},[^\S\n]*$")
# "Antwoord 1. In maart ...": the heading "Antwoord" over a numbered list ("Antwoord 1" without a full
# stop is the answer label of the Tweede Kamer layout)
# (a bulletin's "Antwoord :" with a space before its colon: "... van de operatoren? Antwoord : 1. Op 1 februari ...")
_ANTWOORD_NUMBERED = re.compile(r"\bAntwoord[^\S\n]+\d{1,3}\b")
# (the first label may group numbers: "Antwoord 1. en 2. In 2024 ...", "Antwoord 1-3. De ...")
_ANTWOORD_THEN_LIST = re.compile(
    # (or "1/", an Antwerp district's numbers: "Antwoord 1/ De aannemer start ...")
    r"Antwoord(?:[^\S\n]*:)?(?=[^\S\n]+\d{1,4}(?:[.)]?[^\S\n]*(?:,|en|&|[-–]|tot[^\S\n]+en[^\S\n]+met)[^\S\n]*\d{1,4})*[.)/][^\S\n]+[A-ZÀ-Ý])"
)
# the Tweede Kamer answer header: "Antwoord van staatssecretaris De Vries (Financiën) (ontvangen 24 maart 2023)"
_INLINE_TK_ANSWER_HEADER = re.compile(
    r"(?:Antwoord|Mededeling)[^\S\n]+van[^\S\n]+[^()\n]{2,120}?(?:\([^()\n]{1,80}\)[^\S\n]*)*\((?:[Oo]ntvangen[^\S\n]+)+[^()\n]{4,40}\)"
)


def _names_who_answers(rest: str) -> bool:
    """An answer heading that names who answers ("Antwoorden van het college", "Beantwoording door het
    college van burgemeester en wethouders": the only forms of ``_INLINE_ANSWER_HEADING`` with "van" or
    "door") is specific enough to start after any word (a signature before it: "... Fenna Jansen, SP
    Antwoorden van het college I. Verkeer")."""
    return re.match(r"(?:Antwoord(?:en)?|Beantwoording|Reactie)[^\S\n]+(?:van|door|namens)[^\S\n]", rest) is not None


# the subject field of the answer letter inside a line, up to its salutation: "... Betreft: Beantwoording schriftelijke vragen
# assembleelid R. Sewdien inzake Oost-Westverbinding Geachte Voorzitter, In reactie op ..." (the segment's ANSWER_HEADING on a line
# of its own)
# (the field as the segmenter's ANSWER_HEADING reads it on a line of its own: "Onderwerp: Antwoord op de vragen van het raadslid Y";
# the asker's own letter has "Betreft: Schriftelijke vragen ...")
ANSWER_SUBJECT = (
    # (the field's name closed by a colon, or set apart by a letterhead's column: "Onderwerp        Beantwoording ...")
    r"(?:[Bb]etreft|[Oo]nderwerp|[Ii]nzake)(?:[^\S\n]*:[^\S\n]*|[^\S\n]{2,}|\t)(?:[Dd]e[^\S\n]+)?"
    r"(?:[Bb]eantwoording|[Aa]ntwoord(?:en)?[^\S\n]+op|[Rr]eactie[^\S\n]+op)\b[^\n?]{0,200}?\bvra(?:ag|gen)\b"
)
_INLINE_SUBJECT_HEADING = re.compile(rf"{ANSWER_SUBJECT}[^\n?]{{0,200}}?(?=[^\S\n]+Geachte\b)")
# "Mededeling": the minister's notice that stands in for the answers
_INLINE_NOTICE = re.compile(rf"Mededeling[^\S\n]*:?{_CAPITAL_NEXT}")
# "ANTWOORD op vraag nr. 785 van 3 juli 2023 van TOM ONGENA": the Flemish answer heading
_INLINE_HEADING = re.compile(
    r"ANTWOORD(?:[^\S\n]+op[^\S\n]+(?:schriftelijke[^\S\n]+)?vraag[^\S\n]+nr\.?[^\S\n]*\d+"
    r"(?:[^\S\n]+van[^\S\n]+\d{1,2}[^\S\n]+[a-z]+[^\S\n]+\d{4})?"
    r"(?:[^\S\n]+van[^\S\n]+[A-ZÀ-Ý'’.-]{2,}(?:[^\S\n]+[A-ZÀ-Ý'’.-]{2,})*)?)?(?=[^\S\n]|$)(?![^\S\n]+\d+(?![\d.)]))"
    # (nor an answer label in capitals: "ANTWOORD OP VRAAG 1:", "ANTWOORD OP DE VRAGEN 3 EN 4:")
    r"(?![^\S\n]+(?:(?:OP|BIJ)[^\S\n]+)?(?:DE[^\S\n]+)?VRA(?:AG|GEN)[^\S\n]+\d)"
)  # ("ANTWOORD 1" is an answer label, not the heading; "ANTWOORD 1. De ..." is the heading and answer 1)
# the respondent's name and title in capitals just before the heading ("JO BROUNS VLAAMS MINISTER ...")
_CAPS_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.,&-]+[^\S\n]+){2,14}$")


@dataclass(frozen=True)
class Break:
    """Where a line could be broken so that a label starts a line (offsets in the line).

    ``end`` is set for word labels (``Vraag 2``, ``Antwoord``, the ``ANTWOORD`` heading), which stand on
    a line of their own in the layouts the segmenter reads, so the line is broken after them too.
    ``weak``: the label follows a word or a figure, not the end of a sentence ("... herintreders 6. Zij"):
    the segmenter takes it only as the very next number, and only if no better placed one follows.
    """

    start: int
    end: int | None = None
    weak: bool = False


# The opening formula of an answer letter: the header takes it (segment.block); where it could not (a text whose line
# breaks are lost) the judge counts the answer's sentences after it. "In antwoord op uw schriftelijke vraag van 17
# februari kunnen wij u het volgende laten weten.", "In antwoord op uw vragen deel ik u het volgende mee."
# (only the formula: "... kan ik u als volgt antwoorden: ja, in maart." holds the answer)
# The Belgian minister's formula is one too: "Ik heb de eer het geachte lid het volgende mee te delen.", "Ik heb de eer het
# geachte lid als volgt te antwoorden:" (not "Ik heb de eer het geachte lid mee te delen dat ...": that holds the answer)
# a letter's salutation on a line of its own: "Geachte heer Goossens,", "Geachte Statenleden," (no question in it)
SALUTATION = r"[^\S\n]*Geachte\b[^\n?]{2,60},[^\S\n]*$"
OPENING_FORMULA = re.compile(
    r"(?:in\s+antwoord\s+op\s+uw\b|(?:ik|wij)\s+(?:heb|hebben)\s+de\s+eer\b)[^\n:]{0,120}?\b(?:het\s+volgende|als\s+volgt)"
    # (a verb of telling closes it: not "... mee te delen dat het volgende jaar de werken starten.")
    r"(?:\s+(?:u|graag|hierbij|hiermee|wij|ik))*\s+(?:mee\s+te\s+delen|mede\s+te\s+delen|te\s+antwoorden|te\s+laten\s+weten|te\s+melden|te\s+informeren|mee|laten\s+weten|meedelen|mededelen|antwoorden|weten)\s*[.:]?\s*$"
    # (the verb before it: "In reactie op de schriftelijke vragen van ..., bericht ik u als volgt.")
    r"|in\s+(?:antwoord|reactie)\s+op\s+(?:uw|de)\b[^\n:]{0,200}?\b(?:bericht|berichten|deel|delen|antwoord|antwoorden)\s+(?:ik|wij|we)\s+u"
    r"(?:\s+(?:graag|hierbij|hiermee))?\s+(?:als\s+volgt|het\s+volgende)(?:\s+mee)?\s*[.:]?\s*$"
    # a letter's salutation on its own line: "Geachte Voorzitter,", "Geachte heer Jansen,"
    r"|geachte\s+[^\n.?!:]{2,60},?\s*$",
    re.I,
)


# who answers for the Commission or the Council, in an EP answer heading: "van mevrouw Wallström namens de Commissie",
# "gegeven door de heer Prodi namens de Europese Commissie" (the combined heading on its line, inside a line, or continued)
ON_BEHALF = r"(?:[Vv]an|[Gg]egeven[^\S\n]+door)[^\S\n]+[^\n]{3,80}?namens[^\S\n]+de[^\S\n]+(?:[Ee]uropese[^\S\n]+)?(?:[Cc]ommissie|[Rr]aad)"


# A word start where a label can begin after the line's own start: not an ASCII letter (a digit, "(",
# or any other character, which ``inline_breaks`` then tests), a letter label's "a)" / "b.", or the
# capital of a word label. Other word starts are never tried, so they are not visited either.
_LABEL_START = re.compile(
    r"(?<=\s)(?:[^\sa-zA-Z]|[AVBRM]|H(?=ierbij\b)|G(?=ecombineerd|emeenschappelijk|ezamenlijk)|[OI](?=nderwerp|nzake)|[a-z](?=[).]))"
    # ("... (ontvangen 17 april 2018).Vraag 1": a question label glued to the sentence before it, as web pages join lines)
    r"|(?<=\S[.)])(?=(?:Vraag|VRAAG)[^\S\n]+\d)"
    # (an answer label glued to the question's mark: "... gevangenis Sint Maarten?Antwoord 1 en 2")
    r"|(?<=\S\?)(?=Antwoord[^\S\n]+\d)"
)
# one answer to several questions named by their numbers (the European Parliament's), inside a line: "Gecombineerd Antwoord op
# de schriftelijke vragen E-3563/02, E-3581/02 en E-3761/02 (5 mei 2003) De Raad ..."
_INLINE_COMBINED = re.compile(
    r"(?:Gecombineerd|Gemeenschappelijk|Gezamenlijk)[^\S\n]+[Aa]ntwoord"
    # ("Gecombineerd Antwoord van mevrouw Wallström namens de Commissie op de schriftelijke vragen E-0561/04 en E-0563/04")
    rf"(?:[^\S\n]+{ON_BEHALF})?"
    r"[^\S\n]*op[^\S\n]+de[^\S\n]+\w+[^\S\n]+vragen"
    r"(?:[^\S\n]*(?:,|en)?[^\S\n]*[A-Z]{1,2}-?\d[\d/]*)+"
)


def _word_starts(line: str, first: int) -> Iterator[int]:
    """The line's own start ``first``, then every later word start where a label can begin."""
    if first < len(line):
        yield first
        for m in _LABEL_START.finditer(line, first + 1):
            yield m.start()


def inline_breaks(line: str) -> list[Break]:
    """Where ``line`` could be broken so that a label starts a line of its own."""
    out: list[Break] = []
    taken = 0  # no break inside a label already proposed
    first = len(line) - len(line.lstrip())  # the line's own start: a label there needs no break before it
    # (numbered answer labels "Antwoord 1." ... "Antwoord 2." in the line: no "Antwoord" over a list; counted once per line, not
    # at every word start of a document whose line breaks are lost)
    labelled_answers = len(_ANTWOORD_NUMBERED.findall(line)) > 1
    for p in _word_starts(line, first):
        if p < taken:
            continue
        c = line[p]
        if p != first and not (c.isdigit() or c == "(" or c in "AVBRMHGOI" or (c.islower() and line[p + 1 : p + 2] in (")", "."))):
            continue  # no label starts with this character (a number, "(", a letter label, or a word label's capital)
        rest = line[p:]
        word = (
            (_INLINE_TK_ANSWER_HEADER.match(rest) if p != first else None)
            or (_INLINE_ANSWER_HEADING.match(rest) if p != first and (_closes(line, p) or _names_who_answers(rest)) else None)
            or (_INLINE_LONG_HEADING.match(rest) if p != first else None)  # (specific enough after any word)
            or (_INLINE_COMBINED.match(rest) if p != first else None)
            or (_INLINE_SUBJECT_HEADING.match(rest) if p != first else None)
            or (
                m_letter
                if p != first
                and (m_letter := _INLINE_LETTER_HEADING.match(rest)) is not None
                and (_closes(line, p) or _SALUTATION.search(line, max(0, p - 80), p))
                else None
            )
            # (not where the line holds "Antwoord 1." ... "Antwoord 2." ...: numbered answer labels, the page's line breaks lost)
            or (_ANTWOORD_THEN_LIST.match(rest) if p != first and not labelled_answers else None)
            or _INLINE_HEADING.match(rest)
            or _INLINE_VRAAG.match(rest)
            or _INLINE_ANTWOORD.match(rest)
            or (
                lower
                if (lower := _INLINE_ANTWOORD_LOWER.match(rest)) and p != first and _closes(line, p) and _after_vraag_label(line, p)
                else None
            )
            or _INLINE_AD.match(rest)
            or _INLINE_NOTICE.match(rest)
        )
        if word is not None and word.re is _INLINE_VRAAG and _heading_then_number(word.group()):
            word = None
        # ("Vraag 1" ending the line, its question on the next: only after a sentence's end, "... 2018).Vraag 1", "... 2018).
        # Vraag 1"; not as the object of a sentence cut by a line break, "Zie het antwoord op Vraag 1")
        if (
            word is not None
            and (word.re is _INLINE_VRAAG or (word.re is _INLINE_ANTWOORD and _PLAIN_ANTWOORD.match(word.group())))
            and p != first
            and not rest[word.end() :].strip()
            and not re.search(r"[.?!)]$", line[:p].rstrip())
        ):
            word = None  # (an "Antwoord 2" ending the line likewise: not "Zie ook Antwoord 2" cut by a line break)
        if word is not None and p != first and re.match(r"A\d|V(?!1\b)\d", word.group()) and not _closes(line, p):
            # "de snelweg A2. Daarna", "zie ook V3. Dat": a glued "A2." / "V3." labels only after a sentence end
            # (the first question "V1." may follow the header's last word)
            word = None
        if word is not None and (p == first or _after_word_label(line, p)):
            start = 0 if p == first else p
            if word.re is _INLINE_HEADING:
                caps = _CAPS_BEFORE.search(line, 0, p)
                if caps is not None and _closes(line, caps.start()):
                    start = caps.start()
            out.append(Break(start, p + len(word.group().rstrip())))
            taken = p + word.end()
            continue
        if p == first:
            lab = match_numbered(rest, p)
            taken = lab.end if lab is not None else p  # "3. a) ...": no break before its letter
            continue
        bare = _INLINE_BARE.match(rest)
        if bare is not None and (_closes(line, p) or _after_number(line, p)):
            out.append(Break(p, p + len(bare.group())))  # "? 2 Welke ...": a number alone, as on a line of its own
            taken = p + bare.end()
            continue
        closes = _closes(line, p) or _AFTER_VRAGEN.search(line, max(0, p - 12), p) is not None
        lab = match_numbered(rest, p)
        if lab is None or lab.style == "bare" or lab.end - p >= len(rest):
            continue
        if closes or lab.style == "numletter":  # "herintreders 5. a) Op ...": a number with its letter after any text
            out.append(Break(p))
        elif (
            lab.kind == "number"
            and lab.style in (".", ")", "()", "°")
            and lab.sub is None
            and rest[lab.end - p : lab.end - p + 1].isupper()
            # (not a year that closes a bracket: "(vastgesteld in de vergadering van 11 februari 2025) Ja, ...")
            and not (lab.style == ")" and 1900 <= lab.numbers[0] <= 2099)
        ):
            out.append(Break(p, weak=True))  # after a word or a figure ("TOTAAL 62 4 2. Vrijstaande")
        elif lab.kind == "number" and lab.sub is not None and rest[lab.end - p : lab.end - p + 1].isupper():
            out.append(Break(p, weak=True))  # a nested number after its heading: "1. Lozingen 1.1 Hoeveel PFAS ...?"
        elif (
            lab.kind == "letter"
            and not lab.letters
            and rest[lab.start - p : lab.end - p].rstrip()[-1:] in (")", ".")
            and rest[lab.end - p :].lstrip()[:1].isupper()
        ):
            # "... over de bibliotheek a) Klopt het ...", "Indien zo, a. Hoeveel ...", "1. Wachtlijsten a. Hoeveel ...",
            # "... / >=65 e. Bij hoeveel ...": a list of lettered questions (the segmenter takes a letter after a word
            # only as the next letter of a list it has begun)
            out.append(Break(p, weak=True))
        else:
            continue
        taken = lab.end
    return out


# a number without a delimiter before a capital: the inline form of a number alone on its line
# (or a group of them: "(Ontvangen 4 februari 1998) 1 en 2 Ja. Het tracédeel ...", where the line breaks were lost)
# (a group's numbers have at most three digits: "2022, 2023 en 2024 Amsterdam telde ..." lists years)
_INLINE_BARE = re.compile(r"(?:\d{1,3}(?:[^\S\n]*(?:,|en|t/m)[^\S\n]*\d{1,3})+|\d{1,6})(?=[^\S\n]+[A-ZÀ-Ý][a-zà-ÿ])")


def _after_number(line: str, p: int) -> bool:
    """The text before ``p`` ends with a document number in a header (``nr. 461 1 Welke``)."""
    return re.search(r"\bnr\.?[^\S\n]*\d+[^\S\n]+$", line[max(0, p - 16) : p]) is not None


# the heading or introduction of a list of questions without its colon: "Vragen 1. ...", "volgende vragen 1) ..."
_AFTER_VRAGEN = re.compile(
    r"\b(?:Vragen|vragen|VRAGEN|Antwoord|Antwoorden|ANTWOORD(?:EN)?|college|wethouders|schepenen|[Bb]eantwoording|de vragen)[^\S\n]*:?[^\S\n]+$"
)


_NUMBER_WORD_BEFORE = re.compile(r"\b(?:nr|no|art|blz|p|pag|vnr)\.$", re.I)


def _closes(line: str, p: int) -> bool:
    """The text before ``p`` (and its spaces) closes with a sentence end, a colon, a bracket or a quote,
    optionally followed by a footnote number glued to it (``?1 Antwoord 1``)."""
    q = p
    while q > 0 and line[q - 1] in " \t":
        q -= 1
    if q == p or q == 0:
        return False
    if _NUMBER_WORD_BEFORE.search(line, max(0, q - 8), q):
        return False  # "nr. 12: ...", "art. 3 ...": the number of what the abbreviation names, no label
    if line[q - 1].isdigit():
        d = q - 1
        while d > 0 and line[d - 1].isdigit() and q - d < 2:
            d -= 1
        return d > 0 and line[d - 1] in "?."
    return line[q - 1] in _CLOSERS


# words after which "Vraag 2" / "Antwoord 3" is what a sentence refers to, not a label ("zie Vraag 2")
_OBJECT_OF = re.compile(r"\b(?:zie|op|in|bij|de|het|van|naar|onder|en|of|tot|met|aan|over|uit|voor|als|dan)[^\S\n]+$", re.I)


def _after_word_label(line: str, p: int) -> bool:
    """A word label (``Vraag 2``, ``Antwoord``) follows anything but a word it is the object of ("zie Vraag 2").

    The text before it may end without a sentence end: a footnote number (``AGFA). 12 Vraag 6``), a
    document number (``nr. 375 Vraag 1``), or the respondent's name in capitals before ``ANTWOORD``.
    """
    return _OBJECT_OF.search(line, max(0, p - 12), p) is None
