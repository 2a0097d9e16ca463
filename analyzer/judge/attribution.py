"""Which answer sentences respond to which ask: content lemmas, overlap, attribution."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from typing import TypeVar

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..nlp import AUXILIARY_FORMS
from ..rules import Hit

_K = TypeVar("_K")
_V = TypeVar("_V")

# Words of the question form itself; they say nothing about what the answer must cover.
QUESTION_WORDS = frozenset(
    [
        "welk",
        "welke",
        "wat",
        "wie",
        "waar",
        "waarom",
        "hoe",
        "hoeveel",
        "wanneer",
        "waardoor",
        "waarvoor",
        "u",
        "uw",
        "minister",
        "minister-president",
        "stadsbestuur",
        "gemeentebestuur",
        "college",
        "schepen",
        "schepencollege",
        "wethouder",
        "burgemeester",
        "staatssecretaris",
        "kabinet",
        "regering",
        "bereid",
        "mening",
        "kunnen",
        "kan",
        "kunt",
        "zullen",
        "zal",
        "zult",
        "willen",
        "wil",
        "wilt",
        "graag",
        "gelieve",
        "aangeven",
        "toelichten",
        "ingaan",
        "vraag",
        "vragen",
        "antwoord",
        "bekend",
        "hiervan",
        "daarvan",
        "hierover",
        "daarover",
        "hierbij",
        "daarbij",
        "zo",
        "ja",
        "nee",
        "niet",
        "ook",
        "nog",
        "al",
        "dan",
        "deze",
        "die",
        "dit",
        "dat",
        "het",
        "de",
        "een",
        "en",
        "of",
        "in",
        "op",
        "van",
        "voor",
        "met",
        "naar",
        "bij",
        "tot",
        "om",
        "te",
        "aan",
        "door",
        "over",
        "uit",
        "als",
        "er",
        "zijn",
        "is",
        "wordt",
        "worden",
        "werd",
        "heeft",
        "hebben",
        "had",
    ]
)


# The frame of a question rather than its content: pronominal adverbs that point back ("hierop",
# "daarmee"), verbs and nouns of asking and telling ("toelichten", "reactie", "beschrijven").
FRAME_WORDS = frozenset(
    f"{p}{x}"
    for p in ("hier", "daar", "waar")
    for x in ("op", "mee", "voor", "in", "aan", "door", "uit", "tegen", "naar", "om", "onder", "toe", "van", "over", "bij")
) | frozenset(
    [
        "reactie",
        "reageren",
        "kloppen",
        "klopt",
        "beschrijven",
        "concreet",
        "toelichting",
        "uiteenzetten",
        "verklaren",
        "vinden",
        "moment",
        "mogelijk",
        "informeren",
        "duidelijk",
        "precies",
        "welke",
        "onderbouwen",
        "specifiek",
        "nader",
        "waarom",
        "eventueel",
        "vanuit",
        "huidig",
    ]
)


def content_lemmas(doc: Doc) -> list[str]:
    """The distinct lemmas (lower case) of the doc's content words, in order: alphabetic words of three
    letters or more that are no stop word, question word or frame word.

    Read off the ORTH and LEMMA arrays: a token's text, lower case, ``is_alpha`` and ``is_stop`` belong
    to its word (the lexeme), so what a token gives is decided once per (word, lemma) of a vocabulary."""
    if not len(doc):
        return []
    table = _token_table(doc.vocab)
    keys = zip(*doc.to_array([ORTH, LEMMA]).T.tolist(), strict=True)
    lemmas = map(table.lemma.__getitem__, keys)  # a key not seen yet is computed on lookup
    return list(dict.fromkeys(lemma for lemma in lemmas if lemma is not None))


class _TokenTable:
    """What :func:`content_lemmas` and :func:`sentence_vocabs` read off a token of one vocabulary, by its
    (ORTH, LEMMA) hashes: the rest (text, lower case, ``is_alpha``, ``is_stop``) belongs to the lexeme."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.lemma: dict[tuple[int, int], str | None] = _Computed(self.content_lemma)  # the content lemma, or None
        self.words: dict[tuple[int, int], tuple[str, ...]] = _Computed(self.token_words)  # what vocab() adds

    def content_lemma(self, key: tuple[int, int]) -> str | None:
        orth, lemma_id = key
        lex = self.vocab[orth]
        text, lower = lex.orth_, lex.lower_
        lemma = ((self.vocab.strings[lemma_id] if lemma_id else "") or text).lower()
        found: str | None = lemma
        if not lex.is_alpha or len(text) < 3 or lemma in QUESTION_WORDS or lower in QUESTION_WORDS or lex.is_stop:
            found = None  # no content word
        elif lemma in FRAME_WORDS or lower in FRAME_WORDS:
            found = None  # a word of the question's frame ("aangeven", "mogelijk")
        self.lemma[key] = found
        return found

    def token_words(self, key: tuple[int, int]) -> tuple[str, ...]:
        orth, lemma = key
        lex = self.vocab[orth]
        found: tuple[str, ...] = ()
        if lex.is_alpha:
            text = lex.orth_
            found = (lex.lower_, ((self.vocab.strings[lemma] if lemma else "") or text).lower())
            if len(text) >= 6:
                found += (stem(text),)
        self.words[key] = found
        return found


class _Computed(dict[_K, _V]):
    """A cache whose missing key ``compute`` fills (``compute`` stores its value itself), so a lookup with
    ``__getitem__`` can run in C (``map``) and still compute a key on its first use."""

    def __init__(self, compute: Callable[[_K], _V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: _K) -> _V:
        return self.compute(key)


_TOKEN_TABLES: dict[int, _TokenTable] = {}


def _token_table(vocab: Vocab) -> _TokenTable:
    found = _TOKEN_TABLES.get(id(vocab))
    if found is None or found.vocab is not vocab:
        found = _TOKEN_TABLES[id(vocab)] = _TokenTable(vocab)
    return found


_BREAKDOWN = re.compile(
    # ("voor elke gemeente die ... beschikt" asks per municipality as "per gemeente" does, and so does "welk bedrag ontving elke
    # gemeente?"; not "in ieder geval", "op elk moment")
    r"\b(?:[Pp]er|uitgesplitst\s+naar|opgesplitst\s+naar|opdeling\s+naar|verdeeld\s+naar|onderverdeeld\s+naar"
    r"|(?:voor\s+|aan\s+)?(?:elke|iedere|ieder)(?!\s+(?:geval|moment|opzicht|keer|kans|prijs|afzonderlijke)\b))"
    r"\s+(?:de\s+|het\s+)?([a-zà-ÿ]{4,})\b"
)
# ... or a breakdown named as a noun or without its dimension, or a part of what was counted: "Graag een opsplitsing", "hoeveel
# daarvan ..."
_BREAKDOWN_WORD = re.compile(
    r"\b(?:uitgesplitst|opgesplitst|uitsplitsing|opsplitsing|opdeling|onderverdeeld|onderverdeling|verdeeld|verdeling)\b"
    r"|\bhoeveel\s+(?:daarvan|van\s+hen|van\s+die)\b",
    re.I,
)


def names_breakdown(ask: str) -> bool:
    """Whether the ask wants its figures broken down or asks for a part of them."""
    return _BREAKDOWN.search(ask) is not None or _BREAKDOWN_WORD.search(ask) is not None


# Units of time: answers give the years or months themselves rather than the word.
_TIME_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "kwartaal", "dag", "dagen", "periode"})


# a run of figures each after its own name or label, separators aside: "Antwerpen 24 Limburg 14 Oost-Vlaanderen 22", "aso 3.412 -
# tso 2.876 - bso 1.021", "Gent: 12; Brugge: 9; Kortrijk: 4" (a breakdown given by its members, whatever the unit is called)
_NUM = r"(?:€[^\S\n]*)?(?!(?:19|20)\d\d\b)\d[\d.,]*%?(?:[^\S\n]+(?:miljoen|miljard|duizend))?(?:[^\S\n]+(?:euro|eur))?"
# (capitalised names, "en" joining two: "Antwerpen 24 Limburg 14 Vlaams-Brabant en Brussel 18", "bij Financiën 4,2 miljoen euro, bij
# Ruimte 2,8 miljoen euro", "voor de Stadsfeesten € 84.000, voor het Havenfestival € 41.500"; or any labels with a separator between the pairs: "aso 3.412 - tso 2.876 - bso 1.021"; not prose, "31
# procent minderjarig, 52 procent tussen 18 en 35 jaar")
_CAP_PAIR = rf"(?:(?:bij|in|te|voor|van)[^\S\n]+(?:de[^\S\n]+|het[^\S\n]+)?)?[A-ZÀ-Ý][\w'’-]*(?:[^\S\n]+(?:en|[A-ZÀ-Ý][\w'’-]*)){{0,3}}[^\S\n]*:?[^\S\n]*{_NUM}"
_ANY_PAIR = rf"[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){{0,2}}[^\S\n]*:?[^\S\n]*{_NUM}"
_LABELLED_FIGURES = re.compile(
    rf"{_CAP_PAIR}(?:(?:[^\S\n]*[,;|/]|[^\S\n]+en)?\s*{_CAP_PAIR}){{2,}}|{_ANY_PAIR}(?:[^\S\n]*[-–;|/]\s*{_ANY_PAIR}){{2,}}"
)
# a span of time an ask's figures run over: "sinds 2019", "van 2020 tot 2024", "2021-2024", "de afgelopen vijf jaren", "in de periode"
_SPAN = re.compile(
    r"\bsinds\s+(?:19|20)\d\d\b|\bvan\s+(?:19|20)\d\d\s+(?:tot|t/m|tot\s+en\s+met)\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b"
    r"|\bafgelopen\s+(?:\w+\s+)?jaren\b|\bde\s+jaren\s+(?:19|20)\d\d\b|\bin\s+de\s+periode\b",
    re.I,
)

# the unit an ask wants its figure in, by family, with the forms an answer gives it in: "Hoeveel kilometer fietspad ...?" is not
# answered by "300 miljoen euro", but by "37 km" or "3.400 meter"
_UNIT_FAMILIES = {
    "length": r"km|kilometers?|meters?|m",
    "area": r"ha|hectares?|m²|m2|km²|km2|vierkante|are",
    "fte": r"fte|vte|voltijds\w*|arbeidsplaatsen",
    "mass": r"ton|tonnen|kiloton|megaton|kg|kilo|kilogram",
    "money": r"euro|eur|miljoen|miljard|duizend",
    # (a span of time, or the date it ends: "Hoe lang blijft de brug dicht?" - "tot 15 maart")
    "duration": r"uur|uren|u|minuten|minuut|min|kwartier|seconden|dagen|dag|nachten|werkdagen|kalenderdagen|weken|week|maanden|maand|jaar|jaren|etmaal|etmalen"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
}
_UNIT_OF = {
    "kilometer": "length",
    "km": "length",
    "meter": "length",
    "hectare": "area",
    "fte": "fte",
    "vte": "fte",
    "ton": "mass",
    "euro": "money",
}
# (not "procent": counts the share follows from answer "Hoeveel procent ...?", a gold reading of the pool)
_UNIT_ASK = re.compile(r"\bhoeveel\s+(kilometers?|km|meters?|euro|hectares?|fte|vte|ton)\b", re.I)
# how long something lasts or someone waits: "Hoe lang moeten jongeren gemiddeld wachten op een eerste sessie?", "Wat is de
# gemiddelde doorlooptijd van een aanvraag?" (a figure of something else, "131.000 aanmeldingen", is no duration; not "Hoe lang is
# de wachtlijst?", a count, nor "Hoe lang is de fietsbrug?", a length)
_DURATION_ASK = re.compile(
    r"\bhoe\s+lang\b(?!\s+(?:is|was|zijn|waren)\b)(?=[^?]*\b(?:duurt|duurde|duren|duurden|wacht|wachten|wachtte|wachtten|blijft|blijven|bleef|bleven|verblijf\w*|verblijven)\b)"
    r"|\b(?:wat|hoe\s+lang|hoe\s+hoog)\s+(?:is|was|zijn|waren|bedraagt|bedroeg|bedragen)\s+(?:de|het)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:\w*wachttijd|doorlooptijd|behandel(?:ings)?termijn|behandel(?:ings)?duur|looptijd|levertijd|wachtduur|verblijfsduur|aanrijtijd|"
    r"responstijd|reactietijd|opkomsttijd)(?:en)?\b",
    re.I,
)
# the words of money, matched anywhere in a word ("toeristenbelasting", "projectkosten", "financiering"): what tells an amount of
# money from a count of things in an ask ("Hoeveel subsidie ...?", "Hoeveel huur ...?" is no count; "steun" and "huur" as words
# of their own, not in "ondersteuning", "huurwoningen")
MONEY_WORD = re.compile(
    r"euro|kost|bedrag|budget|subsidie|middelen|geld|belasting|heffing|inkomst|opbrengst|vergoeding|tegemoetkoming|uitkering|"
    r"\bsteun|investering|premie|toelage|dotatie|financi|loon|lonen|salaris|omzet|schade|compensatie|boete|prijs|uitgave|tarie|"
    r"\bhuur\b|toeslag|leges|bijdrage|rente|pensioen",
    re.I,
)
# what something costs: an amount of money ("Hoeveel kost de nieuwe huisstijl?" is not answered by "drie bureaus")
# (what it costs asked with the verb, "Hoeveel kost de ...?", or with the noun of an amount, "Wat zijn de totale kosten?", "Hoeveel
# bedraagt het budget?"; not "Wat bedraagt de wachttijd?", an amount of something else)
_MONEY_NOUNS = r"(?:meer|totaal|eind|project|bouw)?(?:kosten|kost|kostprijs|budget|uitgaven|bedrag|investering|prijs|raming|kostenraming)"
_COST_ASK = re.compile(
    r"\b(?:hoeveel|wat)\s+(?:kost|kostte|kosten|kostten)\s+(?:de|het|die|dit|dat|deze)\b|\bwelk\s+bedrag\b"
    # (or how much money: "Hoeveel middelen uit het ESF+ zijn besteed aan ...?", "Hoeveel subsidie ontving ...?")
    r"|\bhoeveel\s+(?:geld|middelen|subsidie|budget|euro)\b"
    # (or how large the damage or the costs are: "Hoe groot schat u de economische schade ...?", "Hoe hoog zijn de kosten?")
    rf"|\bhoe\s+(?:groot|hoog)\s+(?:[^\W\d_]+\s+){{0,3}}?(?:de|het)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:schade|{_MONEY_NOUNS})\b"
    rf"|\b(?:hoeveel|wat)\s+(?:is|was|zijn|waren|bedraagt|bedroeg|bedragen|bedroegen)\s+(?:de|het)\s+(?:[^\W\d_]+\s+){{0,2}}?{_MONEY_NOUNS}\b",
    re.I,
)
_NUMBER_WORDS = (
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|"
    r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend"
)
# a figure and the word after it (a year is no figure, at a sentence's end too, nor a date: "(12.2.2025)")
_FIGURE_WORD = re.compile(
    rf"(€\s*)?(?<![\w.,])(?:(?!(?:19|20)\d\d(?![.,]?\d)|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)\d[\d.,]*|(?:{_NUMBER_WORDS})\w*)(?![\w])[^\S\n]*([^\W\d_]+|[²%])?",
    re.I,
)


def unit_missing(ask: str, answer: str, zero_cost: bool = False) -> str | None:
    """The unit a "Hoeveel <unit> ...?" ask wants its figure in (money for "Hoeveel kost ...?"), when every figure of the answer
    is of something else: "300 miljoen euro" for "Hoeveel kilometer", "drie bureaus" for "Hoeveel kost". A figure in the unit's
    family ("1,2 km" for "Hoeveel meter"), or one without a unit ("een werkingssubsidie van 45.000"), is in it; else None.
    ``zero_cost``: the answer's expectations include no cost at all ("brengt geen extra kosten mee"), an amount of money."""
    m = _UNIT_ASK.search(ask) or _COST_ASK.search(ask) or _DURATION_ASK.search(ask)
    if m is None and answer:
        return _count_as_money(ask, answer)
    if m is None or not answer:
        return None
    word = "euro" if m.re is _COST_ASK else "duration" if m.re is _DURATION_ASK else m.group(1).lower()
    family = "duration" if word == "duration" else _UNIT_OF.get(word.rstrip("s")) or _UNIT_OF.get(word)
    if family is None:
        return None
    forms = re.compile(rf"^(?:{_UNIT_FAMILIES[family]})$", re.I)
    seen = False
    for f in _FIGURE_WORD.finditer(answer):
        seen = True
        after = f.group(2) or ""
        # (a share is no amount of money: "welk bedrag" is not answered by "tot maximaal 200 %")
        # (nor a duration: "een stijging met 18 %" for "Hoe lang moeten zij wachten?")
        unitless = not after or (after == "%" and family not in ("money", "duration")) or after.lower() in _LINKS
        if (family == "money" and f.group(1)) or forms.match(after) or unitless:
            return None
    # (a count of one is no amount either: "wat kost dat?" - "met één maaironde per jaar"; not "één miljoen euro", nor beside no
    # cost at all, "brengt geen extra kosten mee: ... door één handhaver")
    seen = seen or (family == "money" and _ONE_THING.search(answer) is not None and not zero_cost)
    return m.group(0) if seen else None


_ONE_THING = re.compile(r"(?<!\w)één(?!\s+(?:miljoen\s+|miljard\s+|duizend\s+)?(?:euro|eur)\b)(?!\w)", re.I)


# a count of things, not of money: "Hoeveel tweede woningen zijn verhuurd?" (not "Hoeveel subsidie ...", "Hoeveel boetes ...",
# whose amount may be the answer)
_COUNT_ASK = re.compile(
    # ("hoeveel van die fietsen ...": the things counted after the partitive)
    r"\bhoeveel\s+(?:van\s+(?:de|die|deze|het|dat|onze|uw|hun)\s+)?(?!(?:is|was|zijn|waren|wordt|werd|worden|werden|er|heeft|hebben|had|kost|kostte|kosten|bedraagt|bedroeg|gaat|zal|zou|kan|"
    r"moet|procent|keer|maal|van|daarvan|hiervan|meer|minder|tijd|jaar|maanden|dagen|weken|uur"
    # (nor what is spent: "Hoeveel gaf het loket uit aan tolkdiensten?", "Hoeveel besteedde de stad aan ...?")
    r"|gaf|gaven|geeft|geven|besteedt|besteden|besteedde|besteedden|betaalt|betalen|betaalde|betaalden|investeerde|investeert|investeren)\b)"
    r"((?:[^\W\d_]+\s+){0,1}[^\W\d_]{3,})\b",
    re.I,
)


def _count_as_money(ask: str, answer: str) -> str | None:
    """A count of things ("Hoeveel tweede woningen zijn ... verhuurd") where every figure of the answer is an amount of money
    ("€ 1,28 miljoen toeristenbelasting"): the count is not given."""
    m = _COUNT_ASK.search(ask)
    if m is None or MONEY_WORD.search(m.group(1)):
        return None
    seen = False
    for f in _FIGURE_WORD.finditer(answer):
        if re.match(r"[^\W\d_]+(?:de|ste)$", f.group(0).split()[0]):
            continue  # (an ordinal is no figure: "tweede woningen")
        seen = True
        after = (f.group(2) or "").lower()
        money = after in ("euro", "eur") or (after in ("miljoen", "miljard") and re.match(r"\s*(?:euro|eur)\b", answer[f.end() :], re.I))
        if not (f.group(1) or money):
            return None
    return m.group(0) if seen else None


# words after a figure that leave its unit open: "van 45.000 voor de club", "tot 12 in 2024"
_LINKS = frozenset({"in", "voor", "per", "op", "tot", "en", "of", "aan", "van", "bij", "uit", "naar", "over", "met"})


# a breakdown the answer names for its own figures: "naar aanvrager: particulier 1.902 - ...", "per type"
_NAMED_BREAKDOWN = re.compile(r"\b(?:naar|per)\s+([a-zà-ÿ]{4,})\s*:", re.I)
# one figure for every period: "ontvangt sinds 2019 jaarlijks 25.000 euro"
_EVERY_PERIOD = re.compile(r"\b(?:jaarlijks|maandelijks|elk\s+jaar|ieder\s+jaar|per\s+jaar|elke\s+maand|per\s+maand|telkens)\b", re.I)


_SHORT_UNITS = frozenset({"maand", "maanden", "kwartaal", "week", "weken"})  # a breakdown within one year: "in 2024 per maand"
_MONTH = re.compile(
    r"\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\b",
    re.I,
)
_QUARTER = re.compile(r"\b(?:(?:eerste|tweede|derde|vierde)\s+kwartaal|Q[1-4]|K[1-4])\b", re.I)


def _periods_given(word: str, ask: str, answer: str) -> bool:
    """Whether the answer gives figures period by period: several years other than the ask's own (or three in all), three months,
    two quarters; for days and weeks two figures at least."""
    if word in ("jaar", "jaren"):
        years = set(_YEAR.findall(answer))
        return len(years - set(_YEAR.findall(ask))) >= 2 or len(years) >= 3
    if word in ("maand", "maanden"):
        return len({x.lower()[:3] for x in _MONTH.findall(answer)}) >= 3
    if word == "kwartaal":
        return len({x.lower() for x in _QUARTER.findall(answer)}) >= 2
    return len({f.group(0) for f in _FIGURE_WORD.finditer(answer)}) >= 2


# figures asked apart, for each of the things named ("telkens afzonderlijk", "elk apart", "respectievelijk?")
_SEPARATELY = re.compile(
    r"\b(?:(?:telkens|elk|ieder|elke|iedere)\s+(?:afzonderlijk|apart)|afzonderlijk\s+(?:voor|per)\b|respectievelijk(?=\s*\?))", re.I
)
# ... and one total given for them together: "samen 412 kinderen", "in totaal 1.140"
_TOGETHER = re.compile(r"\b(?:samen(?!\s+met\b)|in\s+totaal|samengeteld|gezamenlijk|opgeteld)\s+(?:[^\W\d_]+\s+){0,2}?\d", re.I)
# ... unless the parts are given beside it: "samen 412, waarvan 160 in ...", "respectievelijk 250 en 162"
_SPLIT_GIVEN = re.compile(r"\b(?:waarvan|respectievelijk|daarvan|hiervan|tegenover)\b", re.I)


def breakdown_missing(ask: str, answer_vocab: set[str], answer: str = "") -> str | None:
    """The breakdown an ask names ("per provincie", "naar scholingsgraad") if the answer never mentions it (nor lists figures
    by the names of its members: "Antwerpen 24 Limburg 14 Oost-Vlaanderen 22" is a breakdown per province)."""
    labelled: bool | None = None  # (read only for an ask that names a breakdown: the search is not cheap)
    if answer and (sep := _SEPARATELY.search(ask)) and _TOGETHER.search(answer) and not _SPLIT_GIVEN.search(answer):
        # each figure asked apart, one total given: "Hoeveel kinderen ... in de Nederlandstalige en in de Franstalige
        # kinderdagverblijven, telkens afzonderlijk?" - "... samen 412 kinderen ingeschreven"
        return sep.group(0)
    for m in _BREAKDOWN.finditer(ask):
        word = m.group(1).lower()
        if (
            word in _TIME_UNITS
            and answer
            and (_SPAN.search(ask) or (word in _SHORT_UNITS and _YEAR.search(ask)))
            and not _periods_given(word, ask, answer)
            and not _EVERY_PERIOD.search(answer)
        ):
            # "per jaar sinds 2019", "per maand in de periode ...", "in 2024 per maand": a figure for each year or month of a span,
            # not one total ("sinds 2020 in totaal elf keer", "in 2024 in totaal 1.134 meldingen")
            # (a rate is no breakdown: "Hoeveel bezoekers per jaar trekt het museum?" names no span; nor one amount for every
            # year, "ontvangt sinds 2019 jaarlijks 25.000 euro")
            return m.group(0)
        if word in _TIME_UNITS or word in QUESTION_WORDS:
            continue
        stem = word[:6]
        # (a compound with the word as its head names the breakdown too: "per straat" ~ "Kerkstraat")
        # (the word among figures: not a breakdown only named, "de percelen vallen niet samen met de provinciegrenzen" after the
        # total, for "Graag een opsplitsing per provincie")
        if any(_names_breakdown(v, word, stem) for v in answer_vocab) and (not answer or _named_among_figures(answer, word, stem)):
            continue
        if labelled is None:
            labelled = bool(answer) and any(_LABELLED_FIGURES.search(line) for line in _figure_lines(answer))
        if labelled and not any(o.group(1).lower()[:5] != word[:5] for o in _NAMED_BREAKDOWN.finditer(answer)):
            continue  # figures listed by their members' names, and no other breakdown named ("naar aanvrager: particulier 1.902 ...")
        return m.group(0)
    return None


def _names_breakdown(v: str, word: str, stem: str) -> bool:
    """Whether the answer's word ``v`` names the breakdown ``word`` ("per provincie" ~ "provincies", "per straat" ~ "Kerkstraat")."""
    return v.startswith(stem) or (len(v) >= 5 and word.startswith(v)) or (len(word) >= 4 and v.endswith(word))


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")
_A_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![.,]?\d))\d[\d.,]*(?!\w)")


def _named_among_figures(answer: str, word: str, stem: str) -> bool:
    """Whether a sentence that names the breakdown, or the one after it (a table under "De cijfers per provincie zijn:"), holds
    a figure that is not a year."""
    parts = _SENTENCE_SPLIT.split(answer)
    # (the next part as a list or a table of figures under it, "De verdeling per provincie is als volgt:" / "- Antwerpen: 33.905 ...",
    # not one total in the sentence after: "... per school. In totaal gaat het om 412 leerlingen.")
    return any(
        any(_names_breakdown(w.lower(), word, stem) for w in re.findall(r"[^\W\d_]+", part))
        and (_A_FIGURE.search(part) is not None or (k + 1 < len(parts) and len(_A_FIGURE.findall(parts[k + 1])) >= 2))
        for k, part in enumerate(parts)
    )


def _figure_lines(answer: str) -> list[str]:
    """The sentences (or lines) of ``answer`` that hold three figures or more: where a list of figures by name can stand."""
    return [part for part in _SENTENCE_SPLIT.split(answer) if len(re.findall(r"\d+", part)) >= 3]


# a year: 1900-2049, not inside a longer number
_YEAR = re.compile(r"(?<![\d.,])(?:20[0-4]\d|19[5-9]\d)(?!\d)(?![.,]\d)")


# a period of years: "2024-2025", "2024-25", "van 2020 tot en met 2024", "2020 t/m 2024"
_YEAR_RANGE = re.compile(
    r"(?<![\d.,])((?:20[0-4]|19[5-9])\d)(?:[^\S\n]*[-–/][^\S\n]*((?:20[0-4]|19[5-9])\d|\d\d)"
    # (a year to a year, "tot" only with the second in full: not "in 2024 tot 45 procent")
    r"|[^\S\n]+(?:tot(?:[^\S\n]+en[^\S\n]+met)?|t/m)[^\S\n]+((?:20[0-4]|19[5-9])\d))(?![\d.,]\d|\d)"
)


def _ranges(text: str) -> list[tuple[int, int, int, int]]:
    """The periods of years a text names: (first year, last year, start, end)."""
    out = []
    for m in _YEAR_RANGE.finditer(text):
        a, b = int(m.group(1)), m.group(2) or m.group(3)
        last = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if a < last <= a + 30:
            out.append((a, last, m.start(), m.end()))
    return out


def _named(text: str, at: int) -> bool:
    """A year that is part of a name ("de Huisvestingswet 2014", "Agenda 2030": a capitalised word inside the sentence right
    before it) names no period."""
    words = text[:at].split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-2][-1:] not in ".?!:"


# what makes a year the year of a date that names no period: a date in figures ("28/10/2009"), a document's date ("d.d. 28
# oktober 2009")
_MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_DATED = re.compile(
    rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]$|d\.d\.[^\S\n]*\d{{1,2}}[^\S\n]+[^\W\d_]+[^\S\n]+$"
    # (a text's date, "in uw brief van 12 januari 2025"; a date in a relative clause, of something else than the figures: "de
    # regeling die op 1 maart 2024 in werking trad")
    rf"|\b(?:brief|nota|besluit|schrijven|mail|antwoord|vraag|verslag|rapport|beslissing|arrest|vonnis)[^\S\n]+van[^\S\n]+\d{{1,2}}[^\S\n]+{_MONTHS}[^\S\n]+$"
    rf"|\b(?:die|dat|waarin|waarmee|waarop|waarbij)\b[^,?;]*?\b(?:op|van|sinds)[^\S\n]+\d{{1,2}}[^\S\n]+{_MONTHS}[^\S\n]+$",
    re.I,
)
# a year that opens a period up to now: "sinds 2022", "vanaf 2023"
_SINCE = re.compile(r"\b(?:sinds|vanaf|na)[^\S\n]+(?:(?:begin|eind|medio|januari|het[^\S\n]+jaar)[^\S\n]+)?$", re.I)


def period_missing(ask: str, answer: str) -> str | None:
    """A year or a period the ask names for its figures ("Hoeveel ... in 2022?", "in het schooljaar 2024-2025") that the answer
    (the sentences that give the figures) never covers while it names another year (figures for another period, GUIDE.md), else
    None. An answer that names no year gives its figures for the period asked. A period is covered by a year inside it ("bij de
    telling van 1 oktober 2024" for the school year 2024-2025; 2021 and 2023 for "van 2020 tot en met 2024"; 2024 for "sinds
    2022"), or by the same period; one school or budget year is not covered by the one before it ("2023-2024" for "2024-2025")."""
    if not _YEAR.search(answer):
        return None
    answer_ranges = _ranges(answer)
    inside = [(a, b) for a, b, _, _ in answer_ranges]
    bare = answer
    for _, _, st, en in reversed(answer_ranges):
        bare = bare[:st] + " " * (en - st) + bare[en:]
    years = {int(y) for y in _YEAR.findall(bare)}
    asked = _ranges(ask)
    for a, b, st, _ in asked:
        if _named(ask, st):
            continue
        if (a, b) in inside or any(a <= y <= b for y in years):
            continue
        # (a longer period is covered by any period that overlaps it: figures for part of it)
        if b - a > 1 and any(x <= b and y >= a for x, y in inside):
            continue
        return f"{a}-{b}"
    spans = [(st, en) for _, _, st, en in asked]
    for m in _YEAR.finditer(ask):
        if any(st <= m.start() < en for st, en in spans) or _named(ask, m.start()) or _DATED.search(ask, 0, m.start()):
            continue
        y = int(m.group(0))
        if _SINCE.search(ask, 0, m.start()) and (any(z >= y for z in years) or any(z >= y for _, z in inside)):
            continue  # (a period up to now, "sinds 2022": covered by any year in it)
        if y not in years and not any(x <= y <= z for x, z in inside):
            return m.group(0)
    return None


def coverage(ask_lemmas: Sequence[str], answer_vocab: set[str]) -> float:
    """Share of the ask's content lemmas that occur in the answer (compounds match by a shared stem).

    A lemma of five letters or more matches a word it starts, that starts it, or that shares its first
    six letters ("monitoringsysteem" ~ "monitoring"). Computed with prefix sets, not pairwise.
    """
    if not ask_lemmas:
        return 1.0
    return CoverageIndex(answer_vocab).coverage(ask_lemmas)


class CoverageIndex:
    """The prefix sets :func:`coverage` reads off one answer vocabulary, built once for every ask judged on it."""

    __slots__ = ("five", "p5", "p6", "vocab")

    def __init__(self, answer_vocab: set[str]) -> None:
        self.vocab = answer_vocab
        words = [b for b in answer_vocab if not b.startswith("~")]
        self.p6 = {b[:6] for b in words if len(b) >= 6}
        self.five = {b for b in words if len(b) == 5}
        self.p5 = {b[:5] for b in words if len(b) >= 5}

    def coverage(self, ask_lemmas: Sequence[str]) -> float:
        """``coverage(ask_lemmas, answer_vocab)``."""
        if not ask_lemmas:
            return 1.0
        answer_vocab, p6, five, p5 = self.vocab, self.p6, self.five, self.p5
        hit = 0
        for a in ask_lemmas:
            if (
                a in answer_vocab
                or (len(a) >= 6 and (a[:6] in p6 or a[:5] in five))
                or (len(a) == 5 and a in p5)
                or stem(a) in answer_vocab
                or not answer_vocab.isdisjoint(tails(a))
            ):
                hit += 1
        return hit / len(ask_lemmas)


@lru_cache(maxsize=65536)
def tails(word: str) -> frozenset[str]:
    """The heads an answer may name a compound of the ask by: "campagne" for "reclamecampagne"; a head of seven letters or
    more ("plan" in "actieplan", "tellen" in "voorstellen" say too little), and the modifier must be a word's worth (four letters or more: not "ontwerp" for "hontwerp") that
    does not end in a prefix of derivation ("voor|stellen", "onder|zoeken", "samen|werking", "bouwver|gunning" are no
    compounds of "stellen", "zoeken", "werking", "gunning")."""
    return frozenset(word[i:] for i in range(4, len(word) - 6) if not _ONLY_PREFIXES.fullmatch(word[:i]))


# a modifier made of prefixes of derivation alone ("voor", "onder", "samen", "herin", "voorge"): the rest of the word is no
# compound head ("voorstellen", "onderzoeken", "samenwerking"); a word that merely ends like one ("ziekte|verzuim",
# "kinder|opvang") is a real modifier
_ONLY_PREFIXES = re.compile(
    r"(?:voor|door|over|onder|samen|vast|terug|tegen|mee|aan|uit|op|af|toe|bij|om|na|weg|in|her|ver|be|ge|ont|er|te)+"
)


_SUFFIXES = (
    "eringen",
    "ering",
    "eerde",
    "eerden",
    "eerd",
    "eren",
    "aties",
    "atie",
    "ties",
    "tie",
    "ingen",
    "ing",
    "en",
    "e",
    "s",
    "d",
    "t",
)


@lru_cache(maxsize=65536)  # a pure function of the word, called for every word of every answer sentence
def stem(word: str) -> str:
    """A rough Dutch stem that links derivations: "geëvolueerd", "evolueren" and "evolutie" share
    "evolu"; "evaluatie" and "geëvalueerd" share "evalu". Accents are dropped, a participle's "ge"
    and the longest derivational suffix that leaves five letters are cut. Marked with a leading "~"
    so a stem never equals a word."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    if len(w) >= 8 and w.startswith("ge") and w.endswith(("d", "t")):
        w = w[2:]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 5:
            w = w[: -len(suffix)]
            break
    return "~" + w


def vocab(doc: Doc | Span) -> set[str]:
    vocab: set[str] = set()
    for t in doc:
        if t.is_alpha:
            vocab.add(t.lower_)
            vocab.add((t.lemma_ or t.text).lower())
            if len(t.text) >= 6:
                vocab.add(stem(t.text))
    return vocab


def sentence_vocabs(doc: Doc, bounds: Sequence[tuple[int, int]]) -> list[set[str]]:
    """``vocab(doc[a:b])`` for every token range ``(a, b)`` of ``bounds``, read off the ORTH and LEMMA
    arrays: a token's words are computed once per (word, lemma) of a vocabulary (see :class:`_TokenTable`)."""
    if not len(doc):
        return [set() for _ in bounds]
    table = _token_table(doc.vocab)
    keys = zip(*doc.to_array([ORTH, LEMMA]).T.tolist(), strict=True)
    words = list(map(table.words.__getitem__, keys))  # a key not seen yet is computed on lookup
    return [set(chain.from_iterable(words[a:b])) for a, b in bounds]


@lru_cache(maxsize=65536)  # a pure function of the word, asked for every word of every answer sentence
def _heads(word: str) -> frozenset[str]:
    """The compound heads :class:`WordIndex` finds in ``word``: its substrings of five letters or more
    that end at its end or one or two letters before it, shorter than the word."""
    heads: set[str] = set()
    n = len(word)
    for cut in (0, 1, 2):
        end = n - cut
        for length in range(5, min(end, n - 1) + 1):
            heads.add(word[end - length : end])
    return frozenset(heads)


class WordIndex:
    """An answer sentence's words, indexed so that :meth:`has` is a few set lookups.

    A content lemma is found exactly or by its derivation (:func:`stem`: "evaluatie" ~ "geëvalueerd"),
    by a shared prefix (five letters and more: "monitoring" ~ "monitoringsysteem"), or as the head
    of a Dutch compound, at the end of a longer word or just before its last one or two letters:
    "spiegel" in "verkeersspiegels". :func:`coverage` counts the first three the same way; compound
    heads only serve attribution, where a sentence naming the thing asked about must be found.
    """

    __slots__ = ("exact", "heads", "p5", "p6")

    def __init__(self, vocabulary: set[str]) -> None:
        self.exact = vocabulary
        words = [w for w in vocabulary if not w.startswith("~")]
        self.p6 = {w[:6] for w in words if len(w) >= 6}
        self.p5 = {w[:5] for w in words if len(w) >= 5}
        self.heads: set[str] = set().union(*map(_heads, words))

    def has(self, lemma: str) -> bool:
        if lemma in self.exact or stem(lemma) in self.exact:  # the vocabulary holds stems too (:func:`vocab`)
            return True
        if len(lemma) < 5:
            return False
        if (lemma[:6] in self.p6) if len(lemma) >= 6 else (lemma in self.p5):
            return True
        return lemma in self.heads or not self.exact.isdisjoint(tails(lemma))


def has_in(lemma: str, words: set[str]) -> bool:
    """``WordIndex(words).has(lemma)`` without building the index: one pass over the words, for a few lemmas
    asked of a sentence once (:func:`restated`)."""
    if lemma in words or stem(lemma) in words:
        return True
    if len(lemma) < 5:
        return False
    key = lemma[:6]
    if not words.isdisjoint(tails(lemma)):
        return True
    return any(not w.startswith("~") and ((w[: len(key)] == key and len(w) >= len(key)) or lemma in _heads(w)) for w in words)


def matches(lemma: str, words: set[str]) -> bool:
    """Whether an ask's content lemma is found among an answer sentence's words (see :class:`WordIndex`)."""
    return WordIndex(words).has(lemma)


# A sentence responds to an ask when it holds at least this share of the ask's (weighted) content
# lemmas, and at least ``RELATIVE`` of the best share any ask of the same answer reaches. The share is
# taken of at most ``SATURATION`` lemmas: two distinctive words of a long ask are as telling as two of
# a short one.
MIN_OVERLAP = 0.3
RELATIVE = 0.5
SATURATION = 3.0
# An ask with fewer content lemmas than this ("Kunt u dit toelichten?", "Waarom?") is about the ask
# before it, and takes that ask's sentences.
ANAPHORIC = 2


@dataclass(frozen=True)
class Attribution:
    """Which sentences of one answer respond to which ask.

    ``sentences`` are (start, end) offsets into the answer text; ``by_ask[i]`` the indices of the
    sentences attributed to ask ``i`` (asks numbered over every item that shares the answer);
    ``overlap[i][s]`` the weighted share of ask ``i``'s content lemmas found in sentence ``s``.
    """

    sentences: tuple[tuple[int, int], ...]
    by_ask: tuple[tuple[int, ...], ...]
    overlap: tuple[tuple[float, ...], ...]
    lead: tuple[int, ...] = ()  # sentences before any that overlaps an ask: they respond to every ask

    def addressed(self, ask: int) -> bool:
        """Whether some sentence responds to this ask in particular (not only the answer's lead),
        or no sentence responds to any ask in particular (then nothing tells the asks apart)."""
        if any(s not in self.lead for s in self.by_ask[ask]):
            return True
        return self._lead_only

    @cached_property
    def _lead_only(self) -> bool:
        """No ask has a sentence beyond the lead (computed once: ``addressed`` is asked for every ask)."""
        lead = set(self.lead)
        return all(set(b) <= lead for b in self.by_ask)


def attribute(
    asks: Sequence[Sequence[str]],
    sentence_words: Sequence[set[str]],
    sentences: Sequence[tuple[int, int]],
    previous_ask: Sequence[int | None] | None = None,
) -> Attribution:
    """Attribute every answer sentence to the ask(s) it responds to.

    * A lemma that several asks share says little about which of them a sentence answers: each
      lemma weighs 1 / (number of asks that contain it).
    * A sentence goes to every ask whose weighted overlap is at least ``MIN_OVERLAP`` and at least
      ``RELATIVE`` times the best overlap of the sentence.
    * A sentence that overlaps no ask continues the previous sentence's asks ("Dat is 12%. Dat is
      meer dan vorig jaar."); one before any overlapping sentence ("Ja.", "Ik ga niet in op
      individuele gevallen.") responds to every ask of the answer.
    * An ask with hardly any content words of its own ("Kunt u dit toelichten?") takes the sentences
      of the ask before it in the same item (``previous_ask[i]``).
    """
    n_asks = len(asks)
    if n_asks <= 1:  # one ask: every sentence of its answer is about it
        every = tuple(range(len(sentences)))
        return Attribution(tuple(sentences), (every,) * n_asks, ((),) * n_asks, ())
    index = [WordIndex(words) for words in sentence_words]
    df: dict[str, int] = {}
    for lemmas in asks:
        for lemma in set(lemmas):
            df[lemma] = df.get(lemma, 0) + 1
    overlap: list[list[float]] = []
    for lemmas in asks:
        total = min(SATURATION, sum(1.0 / df[x] for x in lemmas))
        row = []
        for words in index:
            got = sum(1.0 / df[x] for x in lemmas if words.has(x))
            row.append(min(1.0, got / total) if total else 0.0)
        overlap.append(row)
    by_ask: list[list[int]] = [[] for _ in range(n_asks)]
    previous: list[int] = []
    lead: list[int] = []
    for s in range(len(sentences)):
        best = max((overlap[a][s] for a in range(n_asks)), default=0.0)
        if best >= MIN_OVERLAP:
            chosen = [a for a in range(n_asks) if overlap[a][s] >= max(MIN_OVERLAP, RELATIVE * best)]
        elif previous:
            chosen = previous
        else:
            lead.append(s)
            continue
        for a in chosen:
            by_ask[a].append(s)
        previous = chosen
    for a in range(n_asks):
        before = previous_ask[a] if previous_ask is not None else None
        if before is not None and len(set(asks[a])) < ANAPHORIC:
            by_ask[a] = sorted(set(by_ask[a]) | set(by_ask[before]))
    for a in range(n_asks):
        by_ask[a] = sorted(set(lead) | set(by_ask[a]))
    return Attribution(tuple(sentences), tuple(tuple(x) for x in by_ask), tuple(tuple(r) for r in overlap), tuple(lead))


# "Hoeveel <noun>", "het aantal <noun>", "hoe groot is het aantal <noun>": the words that say what is counted
_COUNT_OPENERS = frozenset({"hoeveel", "aantal", "percentage", "hoeveelheid"})
_COUNT_SKIP = frozenset({"van", "de", "het", "een", "aan", "er", "keer", "maal", "procent"})


# the verb that closes the counted phrase: "Hoeveel boetes *zijn* er opgelegd?" counts boetes, not what "zijn" stands near in
# the answer ("Er zijn de afgelopen twee jaar geen bomen gestolen"); read by form where the pipeline tags no parts of speech: the
# auxiliaries, and "staan" ("Hoeveel woningen staan leeg?")
_COUNT_VERBS = AUXILIARY_FORMS | {"staat", "staan", "stond", "stonden"}


def counted_noun(ask: Doc) -> list[str]:
    """The lemmas of what a quantity ask counts: up to three words after "hoeveel" / "aantal" (adjectives
    included: "thuiswerkende ouders"), up to the verb and without function words ("Hoeveel aanvragen voor een
    premie zijn er ...?" counts aanvragen and premie); empty when the ask names no counted thing."""
    tokens = list(ask)
    tagged = ask.has_annotation("POS")
    for i, t in enumerate(tokens):
        if t.lower_ in _COUNT_OPENERS:
            words = []
            for x in tokens[i + 1 : i + 5]:
                if (x.pos_ in ("AUX", "VERB")) if tagged else x.lower_ in _COUNT_VERBS:
                    break
                if x.is_alpha and x.lower_ not in _COUNT_SKIP and not x.is_stop:
                    words.append(x)
            return [(x.lemma_ or x.text).lower() for x in words[:3] if len(x.text) >= 3]
    return []


def counts(answer: Doc, hit: Hit, counted: Sequence[str]) -> bool:
    """Whether a number in the answer counts what the ask counts: one of the counted words (or a compound
    or derivation of it) stands within four words after it, or before it in the same clause ("het aantal
    ouders bedraagt 120"). A number not in the answer's tokens counts (nothing to check it against)."""
    span = answer.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return True
    near = WordIndex(vocab(answer[max(span.sent.start, span.start - 8) : min(span.sent.end, span.end + 4)]))
    return any(near.has(word) for word in counted)


# how far after an expectation's match the thing it is about may stand: "geen evaluaties of bijsturingen van
# de bestaande voorwaarden" names "voorwaarden" seven words after "geen"
ABOUT_WINDOW = 8


# a sentence that opens with a demonstrative speaks of what was said or asked before it: "Dat baart mij zorgen.", "Deze
# ontwikkeling baart mij zorgen.", "Ook dat vind ik zorgelijk."; "Het" only before a verb and without a clause it announces
# ("Het is onwenselijk.", not "Het is belangrijk dat ...", nor "Het kabinet vindt ...")
_BACK_DEMONSTRATIVE = frozenset({"dat", "dit", "die", "deze", "hetgeen"})
_BACK_VERBS = (
    "is zijn was waren blijft blijkt lijkt wordt worden baart baarde vind vinden acht achten betreur betreuren deel delen "
    "onderschrijf onderschrijven steun steunen waardeer waarderen herken herkennen erken erkennen moet mag kan zal zou "
    "heeft hebben gebeurt gebeurde klopt stemt"
)
_BACK_VERB = frozenset(_BACK_VERBS.split())
_LEAD_ADVERB = frozenset({"ook", "en", "maar", "wel", "juist", "daarom", "zeker", "vooral"})
_ANNOUNCED = frozenset({"dat", "om", "of", "wanneer", "als", "indien"})


def refers_back(sentence: Span) -> bool:
    """Whether the sentence opens with a demonstrative (after an adverb, "Ook dat ..."), so that what it says is about
    what came before it."""
    words = [t.lower_ for t in sentence if not t.is_punct]
    if words[:1] and words[0] in _LEAD_ADVERB:
        words = words[1:]
    if len(words) < 2:
        return False
    if words[0] in _BACK_DEMONSTRATIVE:
        return True
    return words[0] == "het" and words[1] in _BACK_VERB and _ANNOUNCED.isdisjoint(words[2:])


def about(answer: Doc, hit: Hit, lemmas: Sequence[str], stance: bool = False, sentence: bool = False) -> bool:
    """Whether an expectation's match is about what the ask names: a content lemma of the ask (or a
    derivation: "geëvalueerd" ~ "evaluaties") among the matched words and the few after them in the
    sentence. With ``stance``, the few before them count too, and a sentence that points back to what
    was asked ("Dat baart mij zorgen.") is about it. With ``sentence``, the whole sentence counts (a date:
    "Woonland heeft laten weten dat de aannemer op 9 maart 2026 start" is about "Wanneer zou Woonland met de
    werken starten?", however far apart the words stand; a short stem counts too: "start" ~ "starten"), and a
    sentence that points back. An ask without content words ("Klopt dat?") takes any match."""
    span = answer.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or not lemmas:
        return True
    if (stance or sentence) and refers_back(span.sent):
        return True
    if sentence:
        whole = WordIndex(vocab(span.sent))
        return any(whole.has(word) or whole.has(stem(word)[1:]) for word in lemmas)
    start = max(span.sent.start, span.start - ABOUT_WINDOW) if stance else span.start
    near = WordIndex(vocab(answer[start : min(span.sent.end, span.end + ABOUT_WINDOW)]))
    return any(near.has(word) for word in lemmas)


def echoed(hit: Hit, question: str, time: bool = False, ask: str = "") -> bool:
    """A year matched in the answer that the question itself names ("Wanneer wordt de evaluatie van 2023 afgerond?" - "De
    evaluatie van 2023 loopt"): said back from the question, it gives no time or number of its own. (Years only: a count
    the question names can be the answer, "Hoeveel van de 12 provincies doen mee?" - "Alle 12".) With ``time`` (a time
    ask), any date or term the question names outside the ask itself is said back too ("... aan het 8 mei comité? Zo ja,
    wanneer?" - "het 8 Mei Comité"; not an option the ask offers, "Wanneer: in maart of in april?" - "in april")."""
    if time:
        said = re.compile(rf"(?<!\w){re.escape(' '.join(hit.text.lower().split()))}(?!\w)")
        if said.search(" ".join(question.lower().split())) and not said.search(" ".join(ask.lower().split())):
            return True
    years = _YEAR.findall(hit.text)
    if not years or any(c.isdigit() for c in _YEAR.sub("", hit.text)):
        return False  # (a figure of its own next to the year, "2023: 45 meldingen", answers)
    asked = set(_YEAR.findall(question))
    return all(y in asked for y in years)


_AMOUNT_WORDS = frozenset(
    [
        "ongeveer",
        "circa",
        "ca",
        "bijna",
        "ruim",
        "maximaal",
        "minimaal",
        "hoogstens",
        "dan",
        "tot",
        "van",
        "meer",
        "minder",
        "exact",
        "precies",
        "zo'n",
        "zowat",
        "nagenoeg",
        "slechts",
        "maar",
        "amper",
        "nog",
        "al",
        "reeds",
        "totaal",
        "gemiddeld",
        "op",
        "met",
        "om",
        "de",
        "het",
    ]
)


def echoed_name(hit: Hit, answer: str, question: str) -> bool:
    """A number that names something with the word before it, as the question names it ("in box 3", "voor tramlijn 7",
    "artikel 12"), said back in the answer ("waarin box 3 een rol speelt"): an identifier, not the count asked."""
    words = hit.text.split()
    if len(words) != 1 or not words[0].isdigit():
        return False
    before = re.search(r"([^\W\d_]{2,})[^\S\n]+$", answer[max(0, hit.start - 40) : hit.start])
    if before is None or before.group(1).lower() in _AMOUNT_WORDS:
        return False  # (a count confirmed back is still a count: "Klopt het dat ongeveer 120 ...?" - "ongeveer 120")
    said = re.compile(rf"(?<!\w){re.escape(before.group(1).lower())}\s+{re.escape(words[0])}(?![\w.,]\d|\w)")
    return said.search(" ".join(question.lower().split())) is not None


# a term of time or measure: a figure with it is a deadline, a duration or a size, not a count of things
# units of time (a span, a term), then of measure
_TIME_UNIT = r"(?:uur|uren|minuten|minuut|seconden|dagen|dag|werkdagen|weken|week|maanden|maand|jaar|jaren)"
_TERM_UNIT = rf"(?:{_TIME_UNIT}|kilometer|km|meter|procent|%)"


def echoed_term(hit: Hit, answer: str, question: str, ask: str) -> bool:
    """A figure with a unit of time or measure that the question names as a term, said back in the answer ("Hoeveel daarvan
    werden binnen de termijn van twee uur verholpen?" - "De operatoren zijn verplicht ... binnen twee uur te verplaatsen"): a
    condition restated, not the count asked. Not when the ask counts that unit ("Hoeveel dagen duurde ...?")."""
    words = hit.text.split()
    if not words or not re.fullmatch(r"[\d.,]+|[^\W\d_]+", words[-1]):
        return False
    unit = re.match(rf"[^\S\n]*({_TERM_UNIT})(?!\w)", answer[hit.end :], re.I)
    if unit is None or re.search(rf"\bhoeveel\s+{_TERM_UNIT}(?!\w)", ask, re.I):
        return False
    # (as a term: after "binnen", "termijn van", "maximaal", ...; not a figure the question proposes, "Klopt het dat dit vijf
    # werkdagen is?" - "gemiddeld vijf werkdagen")
    said = re.compile(
        rf"\b(?:binnen|termijn\s+van|na|maximaal|minimaal|hoogstens|ten\s+hoogste|uiterlijk|tot|norm\s+van|(?:meer|minder|langer|korter)\s+dan|boven|onder)"
        rf"\s+(?:de\s+)?(?:\w+\s+)?"
        rf"{re.escape(words[-1].lower())}\s+{re.escape(unit.group(1).lower())}(?!\w)"
    )
    return said.search(" ".join(question.lower().split())) is not None


_MONEY_AMOUNT = re.compile(r"€\s*$|^\s*(?:(?:miljoen|miljard|duizend)\s+)?(?:euro|eur)\b", re.I)


def money_for_count(hit: Hit, answer: str, ask: str) -> bool:
    """An amount of money met for a count of things ("hoeveel scholen staan nog op de wachtlijst?" - "De gemeente draagt per
    schoolplein maximaal € 40.000 bij"): not the count (as :func:`_count_as_money` reads the whole answer, for one figure)."""
    m = _COUNT_ASK.search(ask)
    if m is None or MONEY_WORD.search(m.group(1)):
        return False
    return (
        _MONEY_AMOUNT.search(answer[max(0, hit.start - 4) : hit.start]) is not None
        or _MONEY_AMOUNT.search(answer[hit.end : hit.end + 16]) is not None
    )


_DURATION = re.compile(rf"[^\S\n]*{_TIME_UNIT}(?!\w)", re.I)


def count_for_duration(hit: Hit, answer: str, ask: str) -> bool:
    """A figure of something else met for how long ("Hoe lang moeten jongeren gemiddeld wachten op een eerste sessie?" - "131.000
    aanmeldingen", "een stijging met 18 %"): the word after the figure names no span of time nor a date."""
    if _DURATION_ASK.search(ask) is None:
        return False
    f = _FIGURE_WORD.match(answer, hit.start)
    if f is None or f.start() != hit.start:
        return False
    after = f.group(2) or ""
    return bool(after) and after.lower() not in _LINKS and _DURATION_FORMS.fullmatch(after) is None


_DURATION_FORMS = re.compile(rf"(?:{_UNIT_FAMILIES['duration']})", re.I)


def duration_for_count(hit: Hit, answer: str, ask: str) -> bool:
    """A span of time met for a count of things ("Hoeveel klachten heeft het CBR in 2024 ontvangen?" - "de klager ontvangt binnen
    zes weken een inhoudelijke reactie"): a term or a duration, not the count (a count of a time unit is asked as "Hoeveel dagen
    ...?", which :data:`_COUNT_ASK` leaves out)."""
    m = _COUNT_ASK.search(ask)
    # (a counted noun, not "hoeveel en wanneer", whose answer "om de 2 maanden" is a frequency)
    if m is None or _DURATION.fullmatch(" " + m.group(1).split()[-1]) or m.group(1).split()[0].lower() in ("en", "of", "wanneer"):
        return False
    return _DURATION.match(answer, hit.end) is not None


_NEGATION = re.compile(r"\b(?:niet|geen|nooit|geenszins|niets)\b", re.I)
# a proposition inside a condition or a whether-clause is not stated: "Of de overeenkomst openbaar wordt gemaakt, kan ik niet
# zeggen", "Als de overeenkomst openbaar wordt gemaakt, ...", "Ik bekijk of de overeenkomst openbaar kan worden gemaakt"
_NOT_STATED = re.compile(
    r"^\s*(?:\(?\d{1,3}[.)]\s*)?(?:of|als|indien|wanneer|zodra|mocht)\b|\b(?:bekijk\w*|bekeken|onderzoek\w*|nagaan|nagegaan|na\s+te\s+gaan|gaat?\s+na|bezien|"
    r"beoordel\w*|afwacht\w*|wachten|weet|weten|zeggen|aangeven|evalu\w*|verken\w*|peilen|overweg\w*)\s+(?:\w+\s+){0,2}?of\b"
    # doubt, a possibility, a dependence: "Het is de vraag of ...", "Het is nog onduidelijk of ...", "Wij onderzoeken de mogelijkheid
    # om ...", "Dat hangt af van ..."
    r"|\b(?:de\s+vraag|(?:on)?duidelijk|onzeker|bekend|afhankelijk\s+van\s+de\s+vraag)\s+of\b|\bmogelijkhe(?:id|den)\s+(?:om|tot|van)\b|\bhangt\b[^.?!]*\baf\b"
    # the act named as the subject, not done: "Het openbaar maken van overeenkomsten is aan de vervoerder", "Het nemen van
    # maatregelen ... is een zaak van de politie" (not "... tref voorbereidingen voor het intrekken van de vrijstelling")
    r"|^\s*(?:\(?\d{1,3}[.)]\s*)?het\s+(?:\w+\s+){0,2}?\w+en\s+van\b",
    re.I,
)


def states(sentence: str) -> bool:
    """The sentence states something: it asks nothing and holds no condition or whether-clause up front."""
    return "?" not in sentence and not _NOT_STATED.search(sentence)


# a negation that does not say no: no objection held or seen is assent ("Ik heb geen bezwaar tegen openbaarmaking", "Dat is
# geen probleem."; not "Er zijn geen bezwaren ingediend", "heeft geen bezwaren ontvangen": none were made), "niet alleen ...
# maar ook" adds, "niet uitgesloten" leaves open
_LITOTES = re.compile(
    r"\b(?:(?:ik|wij|we)\s+(?:heb|hebben)|(?:heb|hebben|zie|zien)\s+(?:ik|wij|we)|is|vormt)\s+geen\s+(?:enkel\w*\s+)?"
    r"(?:bezwaar|probleem|belemmering|beletsel)\b(?=\s*(?:[,.;:!]|$|(?:om|tegen|voor|bij|in|dat|met)\b))"
    r"|\bniet\s+(?:alleen|enkel|uitgesloten)\b",
    re.I,
)


def denies(sentence: str) -> bool:
    """A sentence that says a proposition back says no when it holds a negation (read for "Zo ja / Zo nee"); a
    negation that assents or adds ("geen bezwaar", "niet alleen") is none."""
    return _NEGATION.search(_LITOTES.sub(" ", sentence)) is not None


# How many of an ask's closing content words a sentence must say back (:func:`restated`).
RESTATE_TAIL = 3
RESTATE_MIN = 2


def restated(
    ask_lemmas: Sequence[str],
    sentence_words: Sequence[set[str]],
    candidates: Iterable[int],
    verb_ends: Sequence[int] = (),
    clause_end: int | None = None,
    predicate: str | None = None,
) -> int | None:
    """The first candidate sentence that says a yes/no ask's proposition back, affirmed or denied.

    A Dutch yes/no question closes with its predicate: the verb cluster and what goes with it ("Is het
    college bereid de overeenkomst *openbaar te maken*?", "Werd al overleg gepleegd met de *sociale
    partners*?"). A sentence that holds the ask's last content word and at least ``RESTATE_MIN`` of its
    last ``RESTATE_TAIL`` states the proposition itself: "De overeenkomst wordt niet openbaar gemaakt"
    is the no, "Het overleg met de sociale partners loopt nog" the yes (GUIDE.md: confirmation by
    restatement). Callers pass the sentences that may count: no question, no decline cue.

    ``verb_ends``: where the ask's infinitive clauses end among its lemmas, when a phrase follows the verb ("Bent u bereid de
    inspectie te vragen een themaonderzoek *uit te voeren* naar de kwaliteit van ...?", "Bent u bereid met de zorgverzekeraar
    *in overleg te treden* om de openstelling te behouden?"): the words before each are a tail too.
    ``clause_end``: where a relative clause that closes the ask begins (", die ..."): the words before it are the tail instead.
    ``predicate``: the ask's main verb, when a phrase follows it ("Zal de minister de middelen *verhogen* bij de
    begrotingsaanpassing 2026?"): the sentence must say it too, or it only names the topic ("De middelen maken deel uit van de
    besprekingen over de begrotingsaanpassing")."""
    if len(ask_lemmas) < RESTATE_MIN:
        return None
    tails = [ask_lemmas[-RESTATE_TAIL:]]
    if clause_end is not None and RESTATE_MIN <= clause_end < len(ask_lemmas):
        # (a relative clause closes the question: "Werd overleg gepleegd met de provincies, die wegbeheerder zijn?" asks about
        # the overleg; its last words describe the provinces)
        tails = [ask_lemmas[max(0, clause_end - RESTATE_TAIL) : clause_end]]
    for verb_end in verb_ends:
        if RESTATE_MIN <= verb_end < len(ask_lemmas):
            tails.append(ask_lemmas[max(0, verb_end - RESTATE_TAIL) : verb_end])
    for j in candidates:
        words = sentence_words[j]
        if predicate is not None and not has_in(predicate, words):
            continue
        if any(has_in(tail[-1], words) and sum(has_in(lemma, words) for lemma in tail) >= RESTATE_MIN for tail in tails):
            return j
    return None


_RELATIVE = frozenset({"die", "dat", "welke", "waar", "waarvan", "waarin", "waarop"})


def relative_start(doc: Doc) -> int | None:
    """How many content lemmas the ask has before the relative clause that closes it (", die ...?"), or None."""
    for tok in reversed(doc):
        if tok.i + 1 < len(doc) and tok.text == "," and doc[tok.i + 1].lower_ in _RELATIVE:
            return len(content_lemmas(doc[: tok.i].as_doc()))
    return None


_MODAL_OPENING = frozenset(
    {"zal", "zullen", "kan", "kunt", "kunnen", "wil", "wilt", "willen", "gaat", "gaan", "moet", "moeten", "mag", "mogen"}
)


def predicate_verb(doc: Doc, lemmas: Sequence[str]) -> str | None:
    """The main verb of a yes/no ask opened by a modal, when a phrase follows it ("Zal de minister de middelen verhogen bij de
    begrotingsaanpassing?"): its last infinitive among the content lemmas (a plural noun's lemma is its singular, an infinitive's
    itself); None when the verb closes the ask."""
    # (not a "te" infinitive: "Is de minister bereid trajectcontrole in te voeren op de N49?" is said back by "de plaatsing van
    # twee trajectcontroles op de N49 ingepland", a yes in other words; blind sets: 1 fixed, 2 broken)
    if not len(doc) or not lemmas or doc[0].lower_ not in _MODAL_OPENING:
        return None
    verbs = [
        (tok.lemma_ or tok.text).lower()
        for tok in doc[1:]
        if tok.is_alpha and tok.lower_.endswith("en") and (tok.lemma_ or tok.text).lower() == tok.lower_ and tok.lower_ in lemmas
    ]
    if not verbs or not lemmas or verbs[-1] == lemmas[-1]:
        return None
    return verbs[-1]


def infinitive_ends(doc: Doc, lemmas: Sequence[str]) -> tuple[int, ...]:
    """Where the ask's ``te`` infinitives stand among its content lemmas (the index after each)."""
    ends = []
    for tok in doc:
        if tok.i and doc[tok.i - 1].lower_ == "te" and tok.is_alpha:
            lemma = (tok.lemma_ or tok.text).lower()
            if lemma in lemmas:
                ends.append(lemmas.index(lemma) + 1)
    return tuple(ends)
