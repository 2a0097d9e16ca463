"""Splitting an item into its asks: interrogative sentences, requests and conditional follow-ups."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .abbreviations import NEVER_SENTENCE_FINAL
from .clean import CleanText, clean_view
from .model import Ask, AskCondition, AskKind, Span

# Abbreviations after which a full stop does not end a question's sentence (without their full stop).
ABBREVIATIONS = frozenset(
    [
        "a.d.h.v",
        "afz",
        "apr",
        "art",
        "aug",
        "bijv",
        "blz",
        "bv",
        "ca",
        "d.w.z",
        "dd",
        "dec",
        "dhr",
        "dr",
        "e.a",
        "e.d",
        "e.k",
        "e.v",
        "enz",
        "etc",
        "excl",
        "feb",
        "febr",
        "fig",
        "i.e",
        "i.p.v",
        "i.s.m",
        "ikv",
        "incl",
        "jan",
        "jl",
        "jul",
        "jun",
        "kamerst",
        "ll",
        "max",
        "mevr",
        "min",
        "mld",
        "mln",
        "mr",
        "mrt",
        "nl",
        "nov",
        "nr",
        "nrs",
        "o.a",
        "o.b.v",
        "o.m",
        "okt",
        "p",
        "prof",
        "resp",
        "s.v.p",
        "sep",
        "sept",
        "t.a.v",
        "t.b.v",
        "t.o.v",
        "vgl",
        "vs",
        "vzw",
        "z.g.a.n",
        "zgn",
    ]
) | {a.rstrip(".") for a in NEVER_SENTENCE_FINAL}  # (and those the answer's sentences never end in: "c.q.", "m.n.", "n.a.v.")

# (a sentence may close inside a quotation or a bracket: '... vanaf wanneer?"'; not a bracket the sentence goes on after
# in small letters: "Wat is de gemiddelde kostprijs (per m?) van een aanpassing?")
# (nor does the full stop inside a figure before its footnote-like digits: "tussen 23.00 uur")
_SENTENCE_END = re.compile(
    r"(?:(?<=[?!])|(?<=[^\d][.])|(?<=[?!.][”\"’»])|(?<=[?!.][)])(?![^\S\n]+[a-zà-ÿ]))(?:\d{1,2}(?:,\s?\d{1,2})*)?(?=\s+[^\s])"
    r"|(?<=\d[.])(?=\s+[^\s])|(?<=[?!])(?=[A-ZÀ-Ý])"
)
# Every _SENTENCE_END match starts right after one of these characters (each alternative's lookbehind
# ends in one) and holds none (at most footnote digits, commas and spaces): the matches are those
# _SENTENCE_END.match finds right after each of them, found about five times faster than by a search
# that tries the lookbehinds at every character.
_SENTENCE_MARK = re.compile(r"[?!.”\"’»)]")


def _sentence_ends(text: str) -> Iterator[int]:
    """``m.end()`` of every match of ``_SENTENCE_END.finditer(text)``, in order."""
    match = _SENTENCE_END.match
    for mark in _SENTENCE_MARK.finditer(text):
        m = match(text, mark.end())
        if m is not None:
            yield m.end()


_CONDITIONAL = re.compile(
    # ("Zonee," and "Zoja," glued by a PDF's text layer are the same follow-ups)
    r"(?:zo\s*ja|zo\s*nee|zo\s*neen|zo\s*niet|indien\s+(?:ja|nee|neen|niet|wel|zo|dit|dat|dat\s+zo)|"
    r"als\s+dat\s+(?:zo\s+is|het\s+geval\s+is)|zo\s+ja\s+of\s+nee|in\s+bevestigend\s+geval|in\s+ontkennend\s+geval|mocht)\b",
    re.I,
)
_YES = re.compile(
    r"(?:zo\s*ja|indien\s+(?:ja|wel|zo|dit\s+zo\s+is|dat\s+zo\s+is|dit\s+het\s+geval\s+is|dat\s+het\s+geval\s+is)|"
    r"als\s+dat\s+(?:zo\s+is|het\s+geval\s+is)|als\s+dit\s+(?:zo\s+is|het\s+geval\s+is)|in\s+bevestigend\s+geval)\b",
    re.I,
)
_NO = re.compile(r"(?:zo\s*(?:nee|neen|niet)|indien\s+(?:nee|neen|niet)|in\s+ontkennend\s+geval)\b", re.I)
# A condition on a state of affairs, at the start ("Indien blijkt dat ...", "In het geval dat ...", "Mocht ...")
# or in the middle of the question ("Welke maatregelen neemt u als blijkt dat ...?", "..., indien de regeling ...?").
_IF_START = re.compile(
    r"(?:indien|in\s+(?:het\s+)?geval\s+(?:dat|van|dit|deze|die|de|het|er|u|uw)|mocht|mochten|als|wanneer\s+blijkt)\b", re.I
)
_IF_MID = re.compile(
    r"(?:,\s*(?:als|indien|mocht|in\s+(?:het\s+)?geval\s+dat)\s|\s(?:indien|in\s+(?:het\s+)?geval\s+dat)\s|"
    r"\sals\s+(?:blijkt|er\s|u\s|het\s+kabinet|de\s+minister|de\s+staatssecretaris|dit\s|dat\s|deze\s|zij\s|ze\s|hij\s))",
    re.I,
)
_NOT_IF = re.compile(r"\bals\s+(?:het\s+gaat\s+om|gevolg|zodanig|ook|volgt|minister|staatssecretaris)\b", re.I)
# (after an ordinal adverb: "Ten eerste willen wij weten hoeveel ...", "Tot slot wil ik weten ...")
# an embedded question without a question mark: "De vraag is dan ook of het mogelijk is ...", "Mijn vraag is hoe ..."
# ("De vraag is hoe de buurt daarover denkt, want ..." is the writer's rhetoric: "de vraag is hoe" asks only with "dan ook",
# "dus"; "De vraag is of ..." asks)
EMBEDDED_QUESTION = (
    r"(?:(?:mijn|onze)\s+vraag\s+(?:is|luidt)\s+(?:dan\s+ook\s+|dus\s+|dan\s+|daarom\s+)?(?:of|hoe|wat|welke|wanneer|waarom|hoeveel|wie|waar)"
    r"|de\s+vraag\s+(?:is|luidt)\s+(?:(?:dan\s+ook|dus|daarom|dan)\s+(?:of|hoe|wat|welke|wanneer|waarom|hoeveel|wie|waar)"
    r"|of|wat|welke|wanneer|hoeveel|wie|waar))\b"
)
# the members of a group ask, in the third person, as the Kamer's written consultation puts its questions: "De leden van de
# CDA-fractie vragen de regering te bevestigen dat ...", "Het lid Jansen vraagt hoeveel scholen ..." (a request with no question
# mark; the word after the verb says it asks something: an infinitive, a question word, "of")
MEMBERS_ASK = (
    # (a group of the assembly: "De leden van de X-fractie", "Het lid Jansen", "De fractie van X"; not "Leden van de
    # huurdersvereniging vragen al maanden om ...", context)
    r"(?:de\s+leden\s+van\s+de\s+[^.?!;]{0,40}?fractie|het\s+(?:kamer)?lid\s+[A-ZÀ-Ý]\w*|de\s+[^.?!;]{0,30}?fractie)[^.?!;]{0,40}?\s(?:vragen|vraagt|verzoeken|verzoekt)\b"
    r"(?!\s+al\b)"
    r"(?=[^.?!;]{0,60}?\b(?:te|hoe|hoeveel|wat|welke|waarom|wanneer|waar|of|in\s+hoeverre|op\s+welke|om)\b)"
)
MEMBERS_ASK_RE = re.compile(MEMBERS_ASK, re.I)
_REQUEST = re.compile(
    r"(?:(?:ten\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|slotte)|tot\s+slot|voorts|daarnaast|verder)\s*[,:]?\s+)?"
    r"(?:graag|gelieve|ik\s+(?:had|zou|wil|vraag|verneem|ontvang)\b.*\bgraag|graag\s+ontving|"
    r"(?:wil|willen)\s+(?:ik|wij|we)\s+(?:graag\s+)?(?:weten|vernemen)|(?:ik|wij|we)\s+(?:wil|willen)\s+(?:graag\s+)?(?:weten|vernemen)|"
    # (curious to know: "Tot slot zijn wij benieuwd hoeveel meldingen ...", "Ik ben benieuwd of ...")
    r"(?:(?:zijn|ben)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:zijn|ben))\s+(?:ook\s+|erg\s+|zeer\s+|nog\s+)?benieuwd(?=\s+(?:naar|hoe\w*|wat|welke?|wie|waarom|wanneer|of|in\s+hoeverre)\b)|"
    r"kunt\s+u|kan\s+u|kunnen\s+(?:u|jullie)|wil\s+u|wilt\s+u|zou\s+u|kan\s+de\s+minister|"
    r"(?:wil|kan|zal)\s+de\s+(?:minister|staatssecretaris|minister-president)|ik\s+vraag|geef|bezorg|"
    r"deel\s+mee|licht\s+toe|verduidelijk|"
    rf"{EMBEDDED_QUESTION}|{MEMBERS_ASK})\b",
    re.I,
)
# A lead-in before the question itself: "Vragen - ", "Mijn vragen zijn als volgt: 1. ", "Daarom heb ik volgende vragen: • ",
# any text closed by a colon before a bulleted or numbered question ("De fracties stellen daarom de volgende art 42 vragen, met
# het verzoek om zeer spoedige beantwoording (binnen enkele dagen): - wat is de huidige planning?"), and bullets or numbers
# ("o ", "- ", "2. ").
_LEAD_IN_TAIL = (
    r"[^?:\n]{0,80}\b(?:vraag|vragen|volgt|volgende)\b[^?:\n]{0,20}:\s*)?(?:vragen?\s*[-–:]\s*)?"
    r"(?:(?:[-–•*]|o(?=\s+[A-Z])|\d{1,2}[.)]|[a-z][.)])\s+)*"
)
_LEAD_IN = re.compile(r"(?:[^?:]{0,300}:\s*(?=(?:[-–•*]|\d{1,2}[.)])\s)|" + _LEAD_IN_TAIL, re.I)
_LEAD_IN_PLAIN = re.compile(r"(?:" + _LEAD_IN_TAIL, re.I)  # without the colon before a bulleted question
_WH = (
    r"(?:wat|welke|welk|wie|waarom|wanneer|hoeveel|hoelang|hoe(?!\s+dan\s+ook)|in\s+hoeverre|"
    r"(?:op|in|met|voor|aan|bij|tot|van|door|naar|uit|om|onder|volgens|sinds|vanaf|binnen|over|tegen)\s+(?:welke|welk|wat|wie|hoeverre|hoeveel|wanneer))"
)
_V1 = (
    r"(?:bent|is|kunt|kan|wilt|wil|zult|zal|gaat|heeft|hebt|deelt|vindt|erkent|herkent|acht|ziet|kent|weet|neemt|"
    r"overweegt|onderschrijft|zijn|worden|wordt)\s+(?:u|jij|het\s+kabinet|de\s+minister|de\s+staatssecretaris|"
    r"de\s+regering|het\s+college|het\s+stadsbestuur|de\s+burgemeester|er|hier(?:voor|over|aan|mee|in|bij|op)|daar(?:voor|over|aan|mee|in|bij|op)|"
    # (any subject named with a demonstrative: "Hoe vaak worden de containers geledigd, en kan die frequentie omhoog?")
    r"(?:die|deze|dat|dit)\s+[^\W\d_]{3,})\b"
)
# Coordinated asks in one question: "Wat kostte X en wat kost Y?", "Deelt u ... en welke stappen ...?",
# "Kunt u aangeven of ... en zo ja, wat ...?"
_CLAUSE_SUBJECT = r"(?:de|het|een|die|dit|deze|dat|zij|ze|hij|wij|we|ik|u|men|er|hun|zijn|haar|mijn|onze|uw)\b"
_COORD = re.compile(
    rf"(?:,\s*|\s+)(?:en|maar)\s+(?=(?:{_WH}|{_V1}|zo\s+(?:ja|nee|neen|niet))\b)"
    # (the condition between commas: "... deze bijeenkomst en, zo ja, heeft zij ...?")
    r"|(?:,\s*|\s+)(?:en|maar),\s*(?=zo\s+(?:ja|nee|neen|niet)\b)"
    # (or a comma alone before a wh-word, in a list of wh-questions: "Wanneer starten de werken, hoe lang zullen ze duren en ...?")
    # (its verb next, or after its noun: not a clause, "..., wanneer de school open blijft", "..., welke de stad wil aanleggen")
    rf"|,\s*(?=(?:wanneer|hoelang|hoe\s+lang|hoe\s+vaak|waarom)\s+(?!{_CLAUSE_SUBJECT})[^\W\d_]+\s"
    rf"|(?:hoeveel|welke|welk|wie)\s+(?!{_CLAUSE_SUBJECT})[^\W\d_]+\s)",
    re.I,
)
# a wh-question with its verb, closed by the comma before "en": "Aan welke plekken denkt het stadsbestuur, en zijn ...?"
# (not an inserted clause after a few words: "Welke scholen in de gemeente, en is daarbij ..., hebben een wachtlijst?")
_CLAUSE_WORDS = re.compile(r"\s*(?:\S+\s+){5}\S")
_V1_AFTER = re.compile(rf"(?:,\s*|\s+)(?:en|maar)\s+{_V1}\b", re.I)
_THERE_AFTER = re.compile(r"(?:,\s*|\s+)(?:en|maar)\s+\w+\s+er\b", re.I)
_V1_START = re.compile(rf"\s*{_V1}", re.I)
_WH_START = re.compile(rf"\s*(?:{_WH})\b", re.I)
_WH_ANYWHERE = re.compile(rf"\b(?:{_WH})\b", re.I)
MIN_WORDS = 4  # both sides of a coordination are asks of their own only when each has this many words (3 for the second)
_LEFT_WORDS = re.compile(rf"\s*(?:\S+\s+){{{MIN_WORDS - 1}}}\S")  # at least MIN_WORDS words
_RIGHT_WORDS = re.compile(rf"\s*(?:\S+\s+){{{MIN_WORDS - 2}}}\S")  # at least MIN_WORDS - 1 words


# A clause that opens with its subject (a pronoun or an article) states something: before a coordinated ask it is the ask's
# context, not an ask ("Het begrip doelmatig is duidelijk, maar wat houdt die soberheid in?"). Dutch questions open with
# their verb or a question word.
_STATEMENT_START = re.compile(r"\s*(?:het|de|een|dit|dat|deze|die|er|ik|wij|we|men|zij|ze|hij|mijn|onze)\s", re.I)


_LAST_WORD = re.compile(r"([\w.]+)\.$")


def abbreviation_stop(text: str) -> bool:
    """``text`` ends in a full stop after a known abbreviation ("art.", "o.a.") or a single letter: the
    stop ends no sentence. (Callers pass the last few dozen characters before the stop.)"""
    word = _LAST_WORD.search(text.rstrip())
    return word is not None and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1)


def sentences(clean: CleanText) -> list[tuple[int, int]]:
    """Sentence ranges in the clean text; a full stop after a known abbreviation does not cut."""
    text = clean.text
    out: list[tuple[int, int]] = []
    start = 0
    for end in _sentence_ends(text):
        if abbreviation_stop(text[max(start, end - 40) : end]):
            continue
        if _inside_quote(text, start, end):
            continue  # "Heeft u kennisgenomen van het bericht ‘Legaal drugsafval inleveren? Het moet kunnen’?": one ask
        if text[start:end].strip():
            out.append(trim(text, start, end))
        start = end
    if text[start:].strip():
        out.append(trim(text, start, len(text)))
    return out


_OPENS = "‘“«„"
_CLOSES = "’”»"
# a closing quote that is an apostrophe, between letters: "auto’s", "D66’s"
_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")
QUOTE_REACH = 200  # characters after a sentence end in which a quotation it stands in must close


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Whether the sentence end at ``end`` falls inside a quotation opened after ``start`` (a quoted title that asks or says
    something, "het bericht «Hoe komen scholieren aan wapens? Een rondgang»"), which closes within :data:`QUOTE_REACH`
    characters and before a blank line."""
    piece = text[start:end]
    opens = sum(piece.count(c) for c in _OPENS)
    if not opens:
        return False
    closes = sum(piece.count(c) for c in _CLOSES) - len(_APOSTROPHE.findall(piece))
    if opens <= closes:
        return False
    rest = text[end : end + QUOTE_REACH].split("\n\n", 1)[0]
    return any(c in rest for c in _CLOSES)


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` narrowed past whitespace at both ends."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# a footnote marker pushed to the start of the next line, before a follow-up ("...»?\n2 Zo nee, hoe ...?")
_MARKER = re.compile(r"\d{1,2}\s+(?=(?:zo\s*(?:ja|nee|neen|niet)|indien\s+(?:ja|nee|neen|niet))\b)", re.I)


def _bare(sentence: str) -> str:
    """The sentence without bullets, an opening bracket or a footnote marker before a follow-up."""
    s = sentence.strip().lstrip("-–•*(").strip()
    return s[m.end() :] if (m := _MARKER.match(s)) else s


def ask_kind(sentence: str) -> AskKind | None:
    """The kind of ask a sentence makes, or None for context (a statement, a quotation).

    "conditional" is a follow-up that belongs to the ask before it ("Zo ja, hoe vaak?"); the segmenter
    joins it to the item of that ask. A question on a condition of fact ("Indien blijkt dat ..., welke
    ...?") is a question sentence of its own: its kind stays "question" and ``condition`` says "if".
    """
    s = _bare(sentence)
    if _COURTESY.match(s) and "?" not in s:
        # (the letter's closing courtesy: "Wij vernemen graag uw reactie en danken u bij voorbaat ..."; not one that goes on to
        # ask, "Bij voorbaat dank, en kunt u ook aangeven wanneer ...?")
        return None
    if _CONDITIONAL.match(s):
        return "conditional"
    if s.rstrip('0123456789, ”"’»').endswith("?"):
        return "question"
    if _ASKS_WITH_A_STOP.match(s) and not _CONSEQUENCE.search(s):
        return "question"  # a question closed with a full stop: "Wordt er nu effectief anderhalf miljoen geïnvesteerd."
    if _REQUEST.match(s) or _polite(s) or _ASKS_TO_BE_TOLD.search(s) or PETITION_RE.search(s):
        return "request"
    return None


# the courtesy that closes a letter of questions, asking for the answers as such and nothing of its own: "Wij vernemen graag
# uw reactie en danken u bij voorbaat voor de beantwoording.", "Graag ontvangen wij uw antwoorden op bovenstaande vragen.",
# "In afwachting van uw antwoord.", "Bij voorbaat dank voor de beantwoording." (not a reaction to something named: "Graag
# ontvangen wij uw reactie op het voorstel van de bewoners")
_ANSWERS_AS_SUCH = (
    r"(?:uw|de|jullie)\s+(?:reactie|antwoord|antwoorden|beantwoording|spoedige\s+beantwoording|spoedig\s+antwoord)"
    r"(?:\s+(?:op|van)\s+(?:deze|onze|mijn|bovenstaande|de\s+(?:gestelde|volgende|bovenstaande))\s+vra(?:ag|gen))?"
    r"\s*(?:[.!]|$|,?\s*en\s+(?:danken|dank|bedanken)\b)"
)
_COURTESY = re.compile(
    rf"\s*(?:(?:wij|we|ik)\s+(?:vernemen|verneem|ontvangen|ontvang|zien|zie|wachten|wacht)\s+(?:graag\s+|gaarne\s+)?{_ANSWERS_AS_SUCH}"
    rf"|(?:graag|gaarne)\s+(?:vernemen|verneem|ontvangen|ontvang)\s+(?:wij|we|ik)\s+{_ANSWERS_AS_SUCH}"
    r"|(?:wij|we|ik)\s+(?:danken|dank|bedanken|bedank)\s+(?:u|jullie)\s+(?:alvast\s+|bij\s+voorbaat\s+)"
    r"|(?:bij\s+voorbaat\s+(?:dank|bedankt)|alvast\s+bedankt|in\s+afwachting\s+van\s+uw\s+(?:antwoord|antwoorden|reactie|beantwoording))\b)",
    re.I,
)
_QUESTION_WORD = r"wat|wie|welke?|waar|wanneer|waarom|hoeveel|hoelang|hoe(?:\s+vaak|\s+lang)?"
# a question by its form, closed with a full stop: a finite verb and its subject first, or a question word and a finite verb
# ("Zijn er beleidsdomeinen waar ...", "Wat waren de bevindingen ..."); not a statement that opens with a question word
# ("Wat opvalt is ...", "Hoe dan ook ..."), nor a condition by inversion ("Komt er een aanvraag, dan ...")
_ASKS_WITH_A_STOP = re.compile(
    r"(?:vragen?\s*[-–:]\s*|[-–•]\s*)?"  # (after a heading or a bullet: "Vragen - Wordt er ...")
    # (a preposition, and a noun after welk(e) or hoeveel, may stand between: "Met wie wordt er overlegd ...", "Over welk
    # project gaat het hier en ...", "Hoeveel plaatsen zijn ..."; not a free relative before the main clause: "Voor wie wil
    # bouwen, heeft de gemeente ...", "Van wat is afgesproken, is ..."; a comma inside brackets is not that comma: "Hoe
    # verloopt het traject (timing, voorwaarden, is de stad bevoegd)." asks, "Wie wil bouwen (of verbouwen), moet ..." does not)
    r"(?!(?:[^.?!(]|\([^)]*\))*,\s*(?:heeft|hebben|had|is|zijn|was|waren|wordt|worden|werd|kan|kunnen|zal|zullen|moet|moeten|gaat|gaan)\s)"
    rf"(?:(?:(?:over|in|met|voor|aan|bij|tot|van|door|naar|uit|op)\s+)?(?:{_QUESTION_WORD}|(?:welke?|hoeveel)\s+[a-zà-ÿ]+)\s+"
    r"(?:is|zijn|was|waren|wordt|worden|werd|werden|kan|kunnen|zal|zullen|zou|zouden|heeft|hebben|gaat|gaan|kijkt|wenst|denkt|"
    r"ziet|staat|doet|moet|moeten|wil|willen)\b"
    # (how it goes, not a free relative before its verb: "Wat gebeurde is duidelijk: ...")
    r"|(?:(?:over|in|met|voor|aan|bij|tot|van|door|naar|uit|op)\s+)?(?:hoe|wat|waar|wanneer)\s+(?:verloopt|verliep|gebeurt|loopt)\b"
    r"(?!\s+(?:is|was|zijn|waren|blijft)\b)"
    r"|(?:is|zijn|wordt|worden|werd|werden|kan|kunnen|zal|zullen|zou|zouden|heeft|hebben|gaat|gaan|bestaat|bestaan|komt|komen"
    r"|staat|staan|ligt|liggen|blijft|blijven|loopt|lopen|valt|vallen|geldt|gelden|krijgt|krijgen)"
    r"\s+(?:er|u|het\s+(?:college|stadsbestuur|bestuur)|de\s+(?:stad|minister|schepen|burgemeester|wethouder)|men|jullie"
    # (or a demonstrative's noun: "Staat dit dossier on hold omdat ..., of kan er ... gegeven worden."; with no comma but
    # before "of": "Blijft deze situatie nog lang duren, de handelaars zullen failliet gaan." is a condition by inversion)
    r"|(?:dit|deze|dat|die)\s+[a-zà-ÿ]{3,}\b(?![^.?!]*,(?!\s*of\b))))"
    r"[^.?!]{10,}\.\s*$",
    re.I,
)
# a question by its form closed with a question mark: a question word or a finite verb first ("Werden er al daders
# betrapt?"), not a "?" that stands for a lost euro or square sign ("kost in totaal 250.000 ?", "45 euro per m?")
_OPENS_AS_QUESTION = re.compile(
    r"^\W*(?:(?:zo\s+(?:ja|nee|niet)|indien\s+(?:ja|nee|niet)|en|of|ook)\W+)?"
    rf"(?:{_QUESTION_WORD}|waar\w*|hoe\w*|in\s+hoeverre|"
    r"is|zijn|was|waren|wordt|worden|werd|werden|kan|kunt|kunnen|wil|wilt|willen|zal|zult|zullen|zou|zouden|heeft|hebt|hebben|"
    r"had|hadden|klopt|kloppen|deelt|bent|mag|mogen|moet|moeten|gaat|gaan|komt|komen|acht|vindt|erkent|herkent|weet|kent|staat|"
    r"ziet|beschikt|houdt|doet)\b",
    re.I,
)


def asks_back(sentence: str) -> bool:
    """Whether a sentence is a question by its form and its question mark (in an answer: said back from the question,
    or the asker's words quoted)."""
    s = sentence.rstrip()
    return s.endswith("?") and _OPENS_AS_QUESTION.match(s) is not None


_WANTS_TO_KNOW = re.compile(
    r"\b(?:verne\w*|vernam|weten|geweten|ontvang\w*|ontving\w*|krijg\w*|kreeg|kregen|zien|gezien|horen|gehoord|vraag|vragen|"
    r"had|hadden|zou|zouden|wil|willen|inzage|overzicht|toelichting|antwoord)\b",
    re.I,
)
# a request inside the sentence to be told something: "..., verzoek ik dit stadsbestuur mij te willen laten weten wat ...",
# "vraag ik het college mij mee te delen hoeveel ..."
_ASKS_TO_BE_TOLD = re.compile(
    r"\b(?:verzoek|vraag)\s+(?:ik|wij|we)\b[^.?!]{0,80}?\b(?:te\s+(?:willen\s+)?(?:laten\s+weten|melden|bezorgen|informeren|verstrekken)"
    r"|mee\s+te\s+delen|te\s+willen\s+meedelen)\b",
    re.I,
)
# a petition to the respondent, in any word order: "luidt het verzoek aan de Commissie zich in te zetten voor ...", "Ik
# verzoek de minister ...", "Mijn verzoek aan het college is ...", "De Raad wordt verzocht mede te delen ..." (not someone
# else's request described: "Het verzoek van de bewoners is ...")
PETITION = (
    r"(?:luidt\s+(?:het|mijn|ons)\s+verzoek\s+aan|(?:mijn|ons)\s+verzoek\s+(?:aan\s+[^.?!;]{3,60}?\s+)?luidt\s"
    r"|(?:ik|wij|we)\s+verzoek(?:en)?\s+(?:de|het)\s+(?:commissie|raad|regering|minister|staatssecretaris|college|kabinet|stadsbestuur)\b"
    r"|(?:ik|wij|we)\s+verzoek(?:en)?\s+u\s+(?:mij|ons|de\s+raad|de\s+kamer)?\b"
    # the asker's wish to ask, with what is asked embedded: "Ik zou de Commissie daarom willen vragen of deze uitspraak ...",
    # "Daarom wil ik de minister vragen wat ..." (not "Ik vroeg hem of ...": told, not asked)
    r"|(?:(?:ik|wij|we)\s+(?:zou|zouden|wil|willen)|(?:zou|zouden|wil|willen)\s+(?:ik|wij|we))\s+(?:(?!kunnen\b|dat\b)[\w']+\s+){0,5}?vragen\s+"
    r"(?:of|wat|welke?|hoe|waarom|wanneer|hoeveel|wie|waar)\b"
    # the asker insisting on what he asks: "Ik herhaal mijn vraag en ben zo vrij aan te dringen op een kopie van ...", "Wij
    # dringen er bij de minister op aan ..." (not someone else insisting: "De bewoners dringen aan op ...", "Ik lees dat de burgemeester
    # besloot aan te dringen op ...")
    r"|(?:ik|wij|we)\s+(?:(?!dat\b|die\b|de\b|het\b)[\w']+\s+){0,8}?(?:aan\s+te\s+dringen\s+op|op\s+aandringen\b|dring(?:en)?\s+(?:er\s+)?(?:[\w']+\s+){0,4}?(?:op\s+)?aan\b)"
    # the passive, asking to be told: "De Raad wordt verzocht mede te delen om welke ontwerprichtlijnen het gaat" (not a motion's
    # "wordt het college verzocht een plan op te stellen", nor "De raad wordt verzocht in te stemmen met ...")
    r"|(?:(?:commissie|raad|regering|minister|staatssecretaris|college|kabinet|stadsbestuur)\s+wordt|wordt\s+(?:de|het)\s+"
    r"(?:commissie|raad|regering|minister|staatssecretaris|college|kabinet|stadsbestuur))\s+(?:\w+\s+){0,2}verzocht\s+"
    r"(?:\w+\s+){0,6}(?:(?:mede|mee)\s+te\s+delen|te\s+melden|te\s+laten\s+weten|aan\s+te\s+geven|toe\s+te\s+lichten))"
)
PETITION_RE = re.compile(rf"\b{PETITION}", re.I)
_CONSEQUENCE = re.compile(r",\s*(?:dan|zo)\b", re.I)
_POLITE = re.compile(r"\b(?:graag|gelieve)\b", re.I)
# a clause that reports what someone else wants: "... werd gecommuniceerd dat ze ook graag ... willen aanbieden" (not a
# relative or conditional clause before a request: "Voor de projecten die nog lopen graag een overzicht")
_REPORTED = re.compile(r"\b(?:dat|omdat|zodat)\s+(?:ze|zij|hij|men|het|de|die|deze|er|jullie)\b", re.I)
_ASKER = re.compile(r"\b(?:ik|wij|we|mij|me|ons)\b", re.I)


def _polite(s: str) -> bool:
    """ "Graag" or "gelieve" inside the sentence makes it a request ("Voor elk project graag de kosten."), unless it stands
    in a clause that reports someone else's wish, or the asker is doing something himself ("In bijlage voeg ik graag een
    brief toe": with "ik" or "wij", only a verb of getting to know or receiving asks, "Ik vernam graag ...")."""
    m = _POLITE.search(s)
    if m is None:
        return False
    before = s[: m.start()]
    if _REPORTED.search(before) and not _ASKER.search(before):
        return False
    near = s[max(0, m.start() - 25) : m.end() + 25]
    return not _ASKER.search(near) or _WANTS_TO_KNOW.search(s) is not None


def condition(sentence: str) -> AskCondition | None:
    """What an ask depends on: the yes or the no of the ask before it, or a state of affairs ("if")."""
    s = _bare(sentence)
    if _YES.match(s):
        return "yes"
    if _NO.match(s):
        return "no"
    if _CONDITIONAL.match(s) or _IF_START.match(s):
        return "if"
    if _IF_MID.search(s) and not _NOT_IF.search(s):
        return "if"
    return None


def lead_in(sentence: str) -> int:
    """How many characters of an ask sentence are a lead-in ("Mijn vragen zijn als volgt: 1. "), not the ask.

    Nothing is cut when what would remain is not a question or request of its own.
    """
    m = _LEAD_IN.match(sentence)
    if not m or not m.end():
        return 0
    if ":" in m.group() and (
        _WH_START.match(sentence)
        or _V1_START.match(sentence)
        or _CONDITIONAL.match(sentence.lstrip())
        or _IF_START.match(sentence.lstrip())
        or _WH_ANYWHERE.search(sentence, 0, m.end())
    ):
        # a question or a condition before its colon is the stem of what follows: "Wat is de planning: - per wijk?",
        # "Zo ja: - wat zijn de kosten?", "Graag vernemen wij hoe het college de volgende knelpunten oplost: - de parkeerdruk?"
        # (its own bullet or number is still no part of it: "1. Welke scholen: - de basisscholen?")
        m = _LEAD_IN_PLAIN.match(sentence)
        if not m or not m.end() or ":" in m.group():
            return 0
    rest = sentence[m.end() :]
    if len(rest.split()) < 2 or ask_kind(rest) is None:
        return 0
    return m.end()


def coordinated(sentence: str, request: bool = False) -> list[tuple[int, int]]:
    """The parts of a question that coordinates several asks, as ranges of ``sentence``.

    "Wat kostte X en wat kost Y?" -> ["Wat kostte X", "wat kost Y?"]; "Dit is duidelijk, maar wat houdt Y in?" ->
    ["wat houdt Y in?"] (a statement before the ask is no ask of its own). A question that is a conditional
    follow-up ("Zo ja, wat ... en welke ...?") stays whole: its parts share one condition. With ``request``, a request
    that ends in a full stop is split as well: "De leden vragen hoeveel scholen ..., en welke waarborgen de regering ziet."
    """
    closed = sentence.rstrip("0123456789, ")
    if not (closed.endswith("?") or (request and closed.endswith("."))) or _CONDITIONAL.match(_bare(sentence)):
        return [(0, len(sentence))]
    cuts: list[tuple[int, int]] = []
    start = 0
    for m in _COORD.finditer(sentence):
        # matched in place (pos, endpos), not on slices: a sentence of thousands of "en wat" stays linear
        if not m.group().strip(" ,") and not _WH_START.match(sentence, start):
            continue  # (a comma alone coordinates only wh-questions: not "Kunt u aangeven, welke ...")
        if (
            _V1_AFTER.match(sentence, m.start())
            and _WH_START.match(sentence, start)
            and not (sentence[m.start()] == "," and _CLAUSE_WORDS.match(sentence, start, m.start()))
            # ("er" opens a question of its own: "... hoe lang zullen ze duren en wordt er een tijdelijke halte voorzien?")
            and not _THERE_AFTER.match(sentence, m.start())
        ):
            # "Welke maatregelen zijn mogelijk en wilt u inzetten?": the verb continues the wh-question (after a comma a
            # question of its own begins: "Aan welke plekken denkt het stadsbestuur, en zijn hiervoor al stappen ondernomen?")
            continue
        if _LEFT_WORDS.match(sentence, start, m.start()) and _RIGHT_WORDS.match(sentence, m.end()):
            cuts.append((start, m.start()))
            start = m.end()
    cuts.append((start, len(sentence)))
    if len(cuts) > 1 and not request and _STATEMENT_START.match(sentence, cuts[0][0]) and "," not in sentence[cuts[0][0] : cuts[0][1]]:
        cuts = cuts[1:]  # a statement before the ask: its context (not "Het is onveilig, deelt u die mening en ...?")
    return cuts


def _continues(sentence: str) -> bool:
    """A follow-up that continues the conditional ask before it: "En hoe vaak?", "Welke?", "Ook ...?"."""
    s = sentence.strip()
    return bool(re.match(r"(?:en|ook|daarnaast|tevens)\b", s, re.I)) or (len(s.split()) <= 3 and s.endswith("?"))


def split_asks(text: str, span: Span, furniture: Sequence[Span] = ()) -> tuple[Ask, ...]:
    """The asks of the item text ``text[span]``, offsets into ``text``.

    Per sentence: a lead-in is cut off, coordinated asks are split, each part gets its kind and condition.
    "Zo ja, ...?" and "Zo nee, ...?" set the condition of their ask; a short or "En ..." follow-up after
    a conditional ask shares its condition. An item with no recognisable ask (no question mark, no
    request cue) is one ask as a whole: every item asks something, and it is better to judge it whole
    than to drop it.
    """
    clean = clean_view(text, span, furniture)
    asks: list[Ask] = []
    for a, b in sentences(clean):
        sentence = clean.text[a:b]
        kind = ask_kind(sentence)
        if kind is None:
            continue
        a += lead_in(sentence)
        sentence = clean.text[a:b]
        parts = coordinated(sentence, request=kind == "request")
        for i, (x, y) in enumerate(parts):
            pa, pb = trim(clean.text, a + x, a + y)
            part = clean.text[pa:pb]
            # the second and later parts of one question follow the first: they are not question sentences of
            # their own (GUIDE.md: one item per question sentence when nothing is numbered)
            part_kind: AskKind = kind if i == 0 else "conditional"
            cond = condition(part)
            if cond is None and i > 0:
                cond = asks[-1].condition if asks[-1].condition in ("yes", "no") else None
            if cond is None and i == 0 and asks and asks[-1].condition in ("yes", "no") and _continues(part):
                cond = asks[-1].condition  # "Zo ja, hoe vaak? En hoe lang?": the same condition
            asks.append(Ask(clean.original_span(pa, pb), part_kind, cond))
    if not asks and clean.text.strip():
        a, b = trim(clean.text, 0, len(clean.text))
        asks.append(Ask(clean.original_span(a, b), "request"))
    return tuple(asks)


def depends_on(asks: Sequence[Ask]) -> list[tuple[int, ...]]:
    """For every ask, the indices of the asks whose yes or no its condition refers to (empty if none).

    "Bent u bereid X en Y? Zo ja, wanneer? Zo nee, waarom niet?": both follow-ups depend on the two
    coordinated asks before them, not only on the nearest one; a sibling follow-up is skipped.
    """
    out: list[tuple[int, ...]] = []
    for i, ask in enumerate(asks):
        if ask.condition not in ("yes", "no"):
            out.append(())
            continue
        deps: list[int] = []
        for j in range(i - 1, -1, -1):
            prev = asks[j]
            if prev.condition in ("yes", "no"):
                if deps:
                    break
                continue  # a sibling follow-up ("Zo ja, ...?" before "Zo nee, ...?")
            deps.append(j)
            if prev.kind != "conditional":
                break  # the question the coordinated parts belong to
        out.append(tuple(sorted(deps)))
    return out


def moot(ask: Ask, polarity: str) -> bool:
    """Whether a follow-up does not apply: "Zo ja, ..." after a no, "Zo nee, ..." after a yes."""
    return (ask.condition == "yes" and polarity == "negative") or (ask.condition == "no" and polarity == "positive")
