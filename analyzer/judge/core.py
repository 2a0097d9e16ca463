"""Judging: every aligned item gets a verdict, a confidence and the evidence behind it.

Per ask (GUIDE.md's unit below the item):

1. its **type** (quantity, polar, list, action, explanation, time, opinion, procedural, other) from the
   ``ask_type`` rules, by priority;
2. the **sentences** of the item's answer text (its own answer parts plus the parts its in-document
   references point to; a grouped or unnumbered answer is shared by its items) attributed to it
   (:mod:`.attribution`);
3. the **cues** in the answer whose ``applies_to`` admits that type: ``declines`` (no data, refusal,
   not competent, deferral), ``refers`` (a text outside the document), ``weakens`` (premise
   rejected), general policy text;
4. whether the answer meets the **expectation** of the type (a number for a quantity ask, a yes/no
   signal for a polar ask ...), in the attributed sentences or the whole answer as fitted;
5. its **coverage**: the share of the ask's content lemmas found in the answer.

Context decides: "Er is geen aparte monitoring" declines "Hoeveel ouders ...?" (the no_data rule
applies to quantity asks) and answers "Beschikt VDAB over een monitoringsysteem?" (it does not
apply to polar asks, and the yes/no expectation is met by the negative).

Per item: all asks answered -> answered; all declined -> declined; only pointers outside -> referred;
anything else -> partial (:mod:`.decision`). The thresholds and the confidence table
(:mod:`.calibration`) live in ``analyzer/data/judge.json``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc

from ..align import REFERENCE, reference_targets
from ..asks import ask_kind, asks_back, depends_on
from ..asks import moot as is_moot
from ..clean import CleanText, clean_view
from ..labels import OPENING_FORMULA
from ..model import VERDICTS, Document, Item, Span, Verdict, document_score
from ..rules import AskType, Hit, Rule, RuleSet
from .attribution import (
    ANAPHORIC,
    MIN_OVERLAP,
    MONEY_WORD,
    RESTATE_MIN,
    Attribution,
    CoverageIndex,
    about,
    attribute,
    breakdown_missing,
    content_lemmas,
    count_for_duration,
    counted_noun,
    counts,
    coverage,
    denies,
    duration_for_count,
    echoed,
    echoed_name,
    echoed_term,
    has_in,
    infinitive_ends,
    money_for_count,
    names_breakdown,
    period_missing,
    predicate_verb,
    relative_start,
    restated,
    sentence_vocabs,
    states,
    unit_missing,
    vocab,
)
from .calibration import Calibration
from .cues import DATA_TYPES, OPENER, answer_polarity, ask_type
from .decision import AskSignals, AskVerdict, Decision, Params, combine, decide_asks, load_calibration

# a question about when parliament or the council will be told or sent something
_ASKS_WHEN_TOLD = re.compile(
    r"\b(?:informeer\w*|informeren|geïnformeerd|ingelicht|toegestuurd|gestuurd|sturen|stuurt|toesturen|ontvangt|ontvangen|"
    r"verschijnt|verschijnen|gepubliceerd|publiceert|gedeeld|delen|deelt|krijgt|krijgen|komt|komen|voorgelegd|voorleggen|voorlegt)\b"
    # (the assembly itself expecting or awaiting it: "Wanneer kan de Kamer het onderzoek verwachten?", not "Wanneer verwachten
    # de Commissie en de lidstaten een besluit?", another body's expectation)
    r"|\b(?:kan|kunnen|mag|mogen|zal|zullen)[^\S\n]+(?:de|uw|het)[^\S\n]+(?:kamer|raad|gemeenteraad|staten|parlement|commissie)\b"
    r"[^?]{0,160}?\b(?:verwachten|tegemoetzien|tegemoet[^\S\n]+zien)\b",
    re.I,
)

# the topic a sentence opens with: "Over de maatregelen ...", "Voor de cijfers ...", "Wat betreft de planning ..."
_TOPIC_OPENING = re.compile(r"\s*(?:over|voor|wat\s+betreft|voor\s+wat\s+betreft|met\s+betrekking\s+tot|inzake|aangaande)\b", re.I)


def _pointer_topic(text: str, sentences: Sequence[tuple[int, int]], j: int, hit: Hit, refer_at: dict[int, int]) -> bool:
    """Whether ``hit`` stands in the topic phrase that opens a sentence pointing elsewhere: before the comma that closes the
    phrase, the pointer's clause right after it ("Over de maatregelen die ik neem ..., heb ik uw Kamer geïnformeerd in ...";
    not "Voor de opvang stelt het kabinet € 500 miljoen beschikbaar, zoals ik heb gemeld in mijn brief van ...", nor "Wat
    betreft de maatregelen: de provincie koopt ... uit, zoals uiteengezet in ...")."""
    at = refer_at.get(j)
    if at is None or hit.end > at:
        return False
    if _TOPIC_OPENING.match(text, sentences[j][0]) is None:
        # the subject that names what a text holds: "Een overzicht van de acties die in 2025 werden ondernomen, met de budgetten
        # per actie, is opgenomen in het activiteitenverslag 2025" (not a figure: "De 12 gemeenten staan in bijlage 1" gives 12)
        # (or its verb a few words before the pointer's match, the text where it was first placed unnamed: "De kosten over
        # 2024 voor het beheer, het onderhoud en de doorontwikkeling ... zijn verantwoord in het jaarverslag ... en nader
        # toegelicht in de voortgangsbrief van 27 maart 2025")
        verb = _PLACING_VERB.search(text, sentences[j][0], at)
        return (
            hit.rule.id not in _FIGURE_EXPECTATIONS
            and _NOUN_SUBJECT.match(text, sentences[j][0]) is not None
            and (
                _PLACED_SUBJECT.search(text, sentences[j][0], at) is not None
                or (verb is not None and hit.end <= verb.start() and _PLACED_NEXT.match(text, verb.end(), at) is not None)
            )
        )
    comma = text.find(",", hit.end, at)
    if comma < 0:
        # (the pointer's verb right after the phrase, no comma: "Voor de stand van zaken en de financiering via het fonds
        # verwijs ik de leden naar de voortgangsrapportage")
        return ":" not in text[sentences[j][0] : at] and _POINTING_VERB.match(text, at) is not None
    if ":" in text[sentences[j][0] : comma]:
        return False
    between = text[comma + 1 : at]
    return len(between) <= 40 and "zoals" not in between.lower()


_YEAR = re.compile(r"(?<![\d.,\w])(?:19|20)\d\d(?![\d.,]\d)")


def _cue_period(ask: str, text: str, sentences: Sequence[tuple[int, int]], cue_sents: set[int], met_sents: set[int]) -> str | None:
    """A year the ask asks for that a decline cue's sentence names (a sentence that gives no figure itself), where the figures
    given stand in sentences that do not name it: "Hoeveel boetes in 2024 en in 2025?" - "In 2024 werden 38.917 boetes opgelegd.
    De cijfers voor 2025 zijn nog niet beschikbaar." gives part of the period asked (GUIDE: figures for another period are
    partial). (Not a year in a document's name, "bij de Voorjaarsnota 2025", beside a figure that answers another ask.)"""
    if not met_sents:
        return None
    asked: set[str] = set(_YEAR.findall(ask))
    for j in sorted(cue_sents):
        year: str
        for year in _YEAR.findall(_text(text, sentences[j])):
            if year in asked and not any(year in _YEAR.findall(_text(text, sentences[k])) for k in met_sents):
                return year
    return None


# an ask opened by a question word, which no yes or no answers: "Wat vindt het college van deze plannen?"
_WH_OPENING = re.compile(r"\W*(?:wat|hoe|welke?|waarom|wanneer|waar|wie|hoeveel|hoelang|in\s+hoeverre)\b", re.I)


def _cue_names_ask(overlap: Sequence[Sequence[float]], offset: int, asks: int, n: int, cue_sents: set[int], met_sents: set[int]) -> bool:
    """Whether a decline cue stands in a sentence that shares more of ask ``n``'s words than of any other ask of its item (at
    least ``MIN_OVERLAP``), while what the ask wants is met only in sentences that share none of its words and some of another
    ask's: the figure is the other ask's, the cue this one's."""
    if len(overlap) < offset + asks or not overlap[offset + n]:
        return False
    mine = overlap[offset + n]
    others = [overlap[offset + k] for k in range(asks) if k != n]
    named = any(mine[j] >= MIN_OVERLAP and all(row[j] < mine[j] for row in others) for j in cue_sents)
    elsewhere = bool(met_sents) and all(mine[j] == 0 and any(row[j] >= MIN_OVERLAP for row in others) for j in met_sents)
    return named and elsewhere


# "noch" that carries a negation on to what it coordinates: "kan niet aangeven hoeveel ..., noch wat de oorzaken waren"
_NOCH = re.compile(r"(?:,\s*|\s)noch\b", re.I)
NOCH_COVERAGE = 0.3  # the share of the ask's content words the part after "noch" must say back (one of three)


def _coordinated_declines(answer: Doc, text: str, facts: _Facts, in_scope: set[int], lemmas: Sequence[str]) -> list[Hit]:
    """A refusal, a want of data or a deferral written for other asks that reaches this one by "noch": "De veiligheidsregio
    beschikt niet over responstijden ... en kan dus niet aangeven in hoeveel gevallen de norm werd overschreden, noch wat daarvan
    de oorzaken waren" declines "wat waren daarvan de oorzaken?" too; "kan ik mij niet uitspreken over de timing ..., noch over
    de tarieven" declines "welke tarieven zullen gelden?" (a rule written for other asks included). Only where the part after
    "noch" says this ask back (a third of its content words at least); never a yes/no ask, whose answer a statement of no data may
    be."""
    if not lemmas:
        return []
    out: list[Hit] = []
    for h in facts.hits:
        j = facts.hit_sentence[id(h)]
        if h.rule.spec.effect != "declines" or j not in in_scope:
            continue
        if h.rule.spec.weight < 0.9:
            continue
        end = facts.sentences[j][1]
        noch = _NOCH.search(text, h.end, end)
        if noch is None:
            continue
        said = vocab(answer.char_span(noch.end(), end, alignment_mode="expand") or answer[0:0])
        if coverage(lemmas, said) >= NOCH_COVERAGE:
            out.append(h)
    return out


# the expectations that give a figure or a moment, which a pointer's sentence may well give apart from the text it names
_FIGURE_EXPECTATIONS = frozenset({"expect.number", "expect.time"})
# a sentence's subject closed by the verb that places it in a text, right before the pointer's match ("... is opgenomen in")
_PLACED_SUBJECT = re.compile(r"\b(?:is|zijn|werd|werden|wordt|worden|staat|staan|stond|stonden)[^\S\n]*$", re.I)
# ... the first such verb of the sentence, followed by the participle that places it and no more than the text it is placed in
# and a coordinated participle ("zijn verantwoord in het jaarverslag over 2024 en nader toegelicht in ...")
_PLACING_VERB = re.compile(r"\b(?:is|zijn|werd|werden|wordt|worden|staat|staan|stond|stonden)\b", re.I)
_PLACED_NEXT = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:opgenomen|verantwoord|vermeld|beschreven|toegelicht|uiteengezet|weergegeven|vastgelegd|gerapporteerd|gepubliceerd)"
    r"\s+(?:in|bij|op)\s[^.;:?!]{0,160}?\ben\s+(?:\w+\s+){0,2}$",
    re.I,
)
# ... a subject that opens with its article (not "Er werden 12 acties ondernomen, die zijn opgenomen in ...", a statement of its own)
_NOUN_SUBJECT = re.compile(r"\s*(?:de|het|een|alle|deze|dit|zowel)\b", re.I)
_POINTING_VERB = re.compile(r"(?:verwijs|verwijzen|verwijst|refereer|refereren)\b", re.I)


def _moments(hits: Sequence[Hit]) -> set[tuple[int, int]]:
    """The moments the time hits name: hits a few characters apart are one ("in het voorjaar van 2026")."""
    out: list[list[int]] = []
    for h in sorted(hits, key=lambda h: h.start):
        if out and h.start - out[-1][1] <= 12:
            out[-1][1] = max(out[-1][1], h.end)
        else:
            out.append([h.start, h.end])
    return {(a, b) for a, b in out}


# a text cited by its date, just before a date's word: "mijn brief van 14 ", "schriftelijke vraag nr. 144 van 12 december "
_CITED_DATE = re.compile(
    r"\b\w*(?:brief|brieven|nota|rapport|rapportage|verslag|memo|kamerstuk|mededeling|vraag|vragen|antwoord|antwoorden|beantwoording"
    r"|document|besluit)\b"
    r"(?:[^\S\n]*[‘'\"“][^’'\"”\n]{1,150}[’'\"”])?"  # (its title: "de raadsinformatiebrief ‘Voortgang bodemsanering’ van ...")
    r"(?:[^?!\n]{0,25}?\b(?:van|d\.d\.)"
    # (or in the relative clause that says when it was given or sent: "het antwoord dat ik op 8 januari 2026 heb gegeven", "de
    # voortgangsrapportage over het project, die op 15 januari 2026 aan de Staten werd gezonden")
    # (no verb between the text and "dat": "Bij brief van 3 maart heb ik uw Kamer geïnformeerd dat de regeling op 1 juli ingaat" tells)
    r"|(?:(?!\b(?:heb|hebt|heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden|wordt|worden|ben)\b)[^?!.\n]){0,60}?\b(?:dat|die)\b"
    r"[^?!.\n]{0,30}?\bop)"
    r"\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?$",
    re.I,
)


# a question of willingness or intention: "Bent u bereid ...", "Is het college van plan ...", "Zult u ..."
_WILLING = re.compile(
    r"\b(?:bereid|van\s+plan|voornemens|zult\s+u|wilt\s+u|gaat\s+u)\b"
    # (or asked to tell by a moment or at intervals: "Kunt u de Kamer vóór het zomerreces informeren over ...?", "Kan het college de
    # raad halfjaarlijks informeren?"; not "Kunt u de Kamer informeren hoeveel ...?", which asks the figure now)
    # (a moment: "vóór het zomerreces", "vóór 1 juli", not "de cijfers van vóór 2020")
    r"|\b(?:kunt\s+u|kan\s+(?:de|het)\s+\w+)\b(?=[^?]*(?:\bvóór\s+(?:het|de|\d{1,2}\s+[a-z]+)\b|\b(?:uiterlijk|tijdig|jaarlijks|halfjaarlijks|periodiek|regelmatig|driemaandelijks"
    r"|voor\s+het\s+(?:zomerreces|kerstreces|reces|einde)|voor\s+de\s+(?:zomer|behandeling|begrotingsbehandeling))\b))",
    re.I,
)

# ... the assembly that is to be told
_ASSEMBLY = re.compile(r"\b(?:kamer|raad|gemeenteraad|staten|parlement|commissie)\b", re.I)

# the rule whose hits are figures (not years, dates or reference numbers): counted beside a pointer for every ask
FIGURES_RULE = "expect.number"


@dataclass(frozen=True)
class Finding:
    """One piece of evidence: the rule, what it matched, where (original offsets, line, column)."""

    rule: str
    category: str | None
    effect: str
    message: str
    match: str
    start: int
    end: int
    line: int
    col: int


@dataclass(frozen=True)
class AskJudgement:
    span: Span
    kind: str
    type: AskType
    type_rule: str | None
    verdict: AskVerdict
    reason: str
    coverage: float
    expectation: bool | None
    findings: tuple[Finding, ...] = ()
    sentences: tuple[Span, ...] = ()  # the answer sentences attributed to this ask (original offsets)


@dataclass(frozen=True)
class ItemJudgement:
    item_id: str
    verdict: Verdict
    confidence: float
    reason: str
    asks: tuple[AskJudgement, ...]
    findings: tuple[Finding, ...]
    followed_parts: tuple[int, ...] = ()
    code: str = ""  # the decision rule that gave the verdict (what its confidence is measured on)


@dataclass(frozen=True)
class DocumentJudgement:
    items: tuple[ItemJudgement, ...]
    counts: dict[str, int]
    score: float | None
    skipped_rules: tuple[str, ...] = ()

    def item(self, item_id: str) -> ItemJudgement:
        return self._by_id[item_id]  # KeyError for an unknown item, as before

    @cached_property
    def _by_id(self) -> dict[str, ItemJudgement]:
        """The judgements by item id (the first of an id), built once: a report asks for every item."""
        out: dict[str, ItemJudgement] = {}
        for it in self.items:
            out.setdefault(it.item_id, it)
        return out


_WORD = re.compile(r"[^\W\d_]+")
_DATE_WORDS = frozenset(
    [
        "en",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    ]
)


def _text(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


# a reason given in the same sentence
_BECAUSE = re.compile(r"\b(?:omdat|want|aangezien|vanwege|wegens|doordat)\b", re.I)
# an ask why something is not done or not there: "Waarom wordt het onderzoek niet openbaar gemaakt?"
_ASKS_WHY_NOT = re.compile(r"\bwaarom\b[^?]*\b(?:niet|geen)\b", re.I)
# the words of the explanation expectation that name a means, not a reason
_MEANS = frozenset({"via", "door middel van", "aan de hand van"})

# an ask for a reason: "Zo nee, waarom niet?", "Om welke reden ...?", "Wat is de reden ...?", "Wat was de belangrijkste reden ...?"
# (not "Zo ja, hoe gaat u dit doen?")
_ASKS_WHY = re.compile(r"\b(?:waarom|om\s+welke\s+reden(?:en)?|wat\s+(?:is|zijn|was|waren)\s+de\s+(?:\w+\s+)?reden(?:en)?)\b", re.I)
# the tense of a sentence, roughly: a finite verb of the future or of the past
_FUTURE = re.compile(
    r"\b(?:zal|zullen|zou|zouden|gaat|gaan|komt|komen|verwacht\w*|gepland|voorzien|volgt|volgen|start|starten|begint|beginnen|wordt|worden)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:werd|werden|was|waren|had|hadden|vond|vonden|startte|startten|begon|begonnen)\b", re.I)
# "Wanneer ...?" asked directly, at the ask's start or after "en" / a comma (not embedded: "aangeven wanneer ...")
_ONE_WORDS = frozenset({"één", "eén", "ééne"})
_ONE_IN_PHRASE = re.compile(
    r"\b(?:op|in|met|aan|bij|van|voor|naar|uit|per|over|tot|onder|tussen|door)\s+(?:slechts\s+|maar\s+|enkel\s+)?$", re.I
)
_DIRECT_WHEN = re.compile(r"(?:^|[,;]\s*|\ben\s+)wanneer\b", re.I)
# what a moment depends on: "De planning is mede afhankelijk van de aanbesteding", "Dat hangt af van de vergunning"
_TIMING = re.compile(
    r"\b(?:planning|timing|tijdpad|tijdschema|fasering|startdatum|einddatum|datum|moment|start|aanvang|oplevering)\b", re.I
)
_DEPENDS_ON = re.compile(
    r"\b(?:is|zijn|blijft|blijven|wordt|worden)\s+(?:[^\W\d_]+\s+){0,3}?afhankelijk\s+van\b|\b(?:hangt|hangen)\s+(?:[^\W\d_]+\s+){0,6}?af\s+van\b",
    re.I,
)
# the perfect: "is in juni 2025 afgerond", "heeft de raad in mei goedgekeurd" (the auxiliary, a few words, a participle)
_PERFECT = re.compile(
    r"\b(?:is|zijn|heeft|hebben)\s+(?:[^\W\d_]+\s+|\d[\d.]*\s+){0,6}?(?:af|aan|op|in|uit|door|over|mee|vast|toe|goed)?ge[a-zë]{3,}(?:d|t|en)\b",
    re.I,
)
# a power or a possibility, not an act: "De gemeente kan een gebiedsverbod opleggen" (GUIDE: restating existing powers
# without saying what will be done is partial), unless the ask asks what could be done ("Welke stappen kunnen
# organisaties nemen?"); the modal of the ask's main clause, not of "zodat bewoners kunnen slapen"
_POSSIBLE = re.compile(r"\b(?:kan|kunt|kunnen|kon|konden|mag|mogen|mocht|mochten|zou|zouden)\b", re.I)
_SUBCLAUSE = re.compile(r"[,;:(]|\b(?:zodat|opdat|om|dat|die|waardoor|wanneer|indien|als|omdat)\b", re.I)
# what ends the modal's reach before the act: a clause break, a finite auxiliary of another verb ("Omdat de politie niet
# overal kan zijn, heeft het college beslist", "Ik kan u meedelen dat het college heeft beslist")
_MODAL_REACH = re.compile(r"[,;:(]|\b(?:heeft|hebben|had|hadden|is|was|waren|werd|werden|dat|omdat|zodat|maar)\b", re.I)

# what a "cannot say" names right after it: "kan thans niet aangeven wanneer zij met de resultaten zal komen" withholds a
# moment, not the criteria or the figures another ask of the same answer wants
_WITHHELD_WH = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(wanneer|hoeveel|hoe[^\S\n]+(?:lang|vaak|groot|hoog)|welke?|wie|waarom|of)\b", re.I)
# a figure as the subject that opens a sentence: "Het precieze aantal ...", "Een betrouwbaar totaal aantal woningen ...", "De exacte
# kostprijs ..."
_FIGURE_SUBJECT = re.compile(
    r"\s*(?:het|een|de)\s+(?:[^\W\d_]+\s+){0,2}?(?:aantal|aantallen|bedrag|bedragen|cijfer|cijfers|percentage|kostprijs|kosten|budget)\b"
    # (the figure alone: not "Het aantal en de ligging van de plaatsen worden vastgelegd in het definitief ontwerp")
    r"(?![^.?!,;]*?\b(?:en|of)\s+(?:de|het|een)\b)",
    re.I,
)
_WITHHELD_TYPES: dict[str, frozenset[str]] = {
    "wanneer": frozenset({"time"}),
    "hoeveel": frozenset({"quantity", "list"}),
    "hoe": frozenset({"quantity", "list"}),
    "welk": frozenset({"list", "quantity"}),
    "welke": frozenset({"list", "quantity"}),
    "wie": frozenset({"list"}),
    "waarom": frozenset({"explanation"}),
    "of": frozenset({"polar", "opinion"}),
}


def _possible_act(text: str, sentence: tuple[int, int], hit: Hit) -> bool:
    """Whether the act a hit names is only possible: a modal before it that nothing separates from it ("De gemeente kan
    een gebiedsverbod opleggen", "Dit kan pas worden ingevoerd"; not "Daarom heeft het college besloten ..., zodat de
    politie kan ingrijpen", "Ik kan u meedelen dat het college heeft beslist")."""
    before = text[sentence[0] : hit.start]
    reach = _MODAL_REACH.split(before)[-1]
    return _POSSIBLE.search(reach) is not None


# a no-data cue about a breakdown
_BREAKDOWN_CUE = re.compile(
    r"\b(?:uitsplitsing|opsplitsing|opdeling|onderverdeling|onderscheid|uitgesplitst|opgesplitst|geselecteerd)\b", re.I
)


def _names_after(text: str, hit: Hit, lemmas: Sequence[str]) -> bool:
    """Whether ``hit`` and the words around it, between the punctuation before and after it, hold one of the ask's content
    ``lemmas`` ("de aanvragen kunnen niet worden uitgesplitst naar leeftijd", "geen onderscheid tussen jongeren met een
    eetstoornis en ...": what is not told apart)."""
    before = re.split(r"[,.;:?!]", text[max(0, hit.start - 160) : hit.start])[-1]
    rest = re.split(r"[,.;:?!]", text[hit.end : hit.end + 160], maxsplit=1)[0]
    words = set(re.findall(r"[^\W\d_]+", (before + " " + hit.text + " " + rest).lower()))
    return any(has_in(lemma, words) for lemma in lemmas)


# an embedded question put first as the subject of what follows: "Hoeveel scholen ... gebruik zullen maken, is moeilijk te
# zeggen", "Of dat volstaat, kan ik niet beoordelen", "Welke gevolgen dit heeft, is nog niet bekend"
_FRONTED_QUESTION = re.compile(
    r"\s*(?:(?:wat|welke|welk|wie|waarom|wanneer|hoeveel|hoelang|hoe|in\s+hoeverre|of|(?:op|in|met|voor|aan|bij|tot|van|door|naar|uit|om|"
    r"onder|over)\s+(?:welke|welk|wat|wie|hoeverre|hoeveel))\b)[^,.;:?!]{8,200},\s*(?:is|kan|valt|blijft|weet|kunnen|zijn|wordt|werd|laat)\b",
    re.I,
)


def _fronted_other(text: str, facts: _Facts, att: Attribution, sent: int, offset: int, n: int, asks: int) -> bool:
    """Whether sentence ``sent`` opens with an embedded question that says back another ask of the item (``offset + k``) more
    than ask ``n``: what it declines is that ask's."""
    if not _FRONTED_QUESTION.match(_text(text, facts.sentences[sent])):
        return False
    mine = att.overlap[offset + n][sent]
    return any(att.overlap[offset + k][sent] > mine + 0.1 for k in range(asks) if k != n)


def _zero_cost(hit: Hit) -> bool:
    """Whether an expectation hit says there is no cost at all ("geen extra kosten", ``expect/number``'s zero-cost pattern)."""
    return hit.text.lower().startswith("geen") and MONEY_WORD.search(hit.text) is not None


def _figure_of(text: str, figures: Sequence[Hit], counted: Sequence[str]) -> Hit | None:
    """The first figure followed within three words by the counted word ("1.950 leerlingen", "684 fte digitaal rechercheurs")."""
    if not counted:
        return None
    word = counted[0].lower()
    head = word[: max(4, len(word) - 2)]
    for h in sorted(figures, key=lambda h: h.start):
        after = re.findall(r"[^\W\d_][\w-]*", text[h.end : h.end + 60])[:3]
        if any(w.lower().startswith(head) for w in after):
            return h
    return None


def _withholds_other(text: str, hit: Hit, ask_type: str) -> bool:
    """Whether a no-data cue names, by the question word after it, another kind of information than this ask wants; or a
    no-data or deferral cue whose sentence has a figure for its subject ("Het precieze aantal ... kan ik op dit ogenblik nog niet
    meedelen") withholds that figure from an ask that wants no figure ("Zijn er aanwervingen gepland?" - "Het personeelsplan
    voorziet in bijkomende aanwervingen")."""
    if hit.rule.spec.category in ("no_data", "deferral") and ask_type in ("polar", "opinion", "action", "explanation"):
        start = max(text.rfind(". ", 0, hit.start), text.rfind("? ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        subject = _FIGURE_SUBJECT.match(text, start, hit.start)
        if subject is not None:
            return True
    if hit.rule.spec.category != "no_data" or hit.text.rstrip().endswith((".", "?", "!", ";")):
        return False  # (a cue that closes its sentence names nothing after it: "Die gegevens zijn er niet. Of iemand ...")
    m = _WITHHELD_WH.match(text, hit.end)
    if m is None:
        return False
    types = _WITHHELD_TYPES.get(m.group(1).split()[0].lower())
    return types is not None and ask_type not in types


def _formula_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> int:
    """How many of the answer's first sentences are an opening formula (0 or 1)."""
    return 1 if len(sentences) > 1 and OPENING_FORMULA.match(text, *sentences[0]) else 0


# the words that open a zero quantity ("geen controles uitgevoerd", "niemand", "nul"): a zero answers every count after it
_ZERO_WORDS = frozenset({"geen", "niemand", "nul", "0", "nihil"})
# the yes or no of an ask (the condition of a "Zo ja, ..." follow-up after it)
YES_NO_RULE = "expect.yes-no"
# words that say a figure holds for every count asked: "In beide jaren ...", "Die zijn allemaal goedgekeurd"
_FOR_ALL = re.compile(r"\b(?:beide|allebei|allemaal|zowel)\b", re.I)
_FOR_BOTH = re.compile(r"\b(?:beide|allebei|allemaal)\b", re.I)


@lru_cache(maxsize=256)
def _ask_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def _names(ask: str, words: tuple[str, ...]) -> bool:
    """Whether the ask holds one of a rule's ``ask_words`` (whole words or phrases, any case)."""
    return _ask_words(words).search(ask) is not None


def _for_all(text: str, facts: _Facts, hit: Hit, strict: bool = False) -> bool:
    """Whether the figure's sentence, or the one after it, says the figure holds for every count asked (``strict``: not by
    "zowel", which also joins two ways of one count: "418 controles, zowel op aanwijzing als steekproefsgewijs")."""
    j = facts.hit_sentence[id(hit)]
    near = " ".join(_text(text, facts.sentences[k]) for k in (j, j + 1) if k < len(facts.sentences))
    return (_FOR_BOTH if strict else _FOR_ALL).search(near) is not None


def _said(text: str) -> str:
    """A sentence as compared with the asks: small letters, words only."""
    return " ".join(re.findall(r"\w+", text.lower()))


SAID_BACK = 90  # rapidfuzz ratio from which an answer sentence is an ask said back


def _says_back(sentence: str, asked: Sequence[str]) -> bool:
    """Whether an answer sentence says an ask of the question back (a request has no question mark to show it): a
    sentence that asks, by its form, is all but the same as an ask and adds no word of its own (not "Kan de minister
    meedelen hoeveel aanvragen ... in Limburg: 45.")."""
    if not asked or ask_kind(sentence) is None:
        return False
    said = _said(sentence)
    if len(said) < 12:
        return False
    found = process.extractOne(said, asked, scorer=fuzz.ratio, score_cutoff=SAID_BACK)
    return found is not None and not set(said.split()) - set(found[0].split())


@dataclass(frozen=True)
class _Facts:
    """What is read off one answer Doc once, whichever items share it."""

    hits: tuple[Hit, ...]
    vocab: set[str]
    starts: list[int]
    sentences: list[tuple[int, int]]
    sentence_words: list[set[str]]
    _typed: dict[str, list[tuple[Hit, int]]] = field(default_factory=dict, compare=False)
    _scopes: dict[tuple[int, ...], tuple[set[str], CoverageIndex]] = field(default_factory=dict, compare=False)

    _stated: dict[int, bool] = field(default_factory=dict, compare=False)

    def states(self, text: str, j: int) -> bool:
        """Whether sentence ``j`` of ``text`` (the answer these facts are of, always the same text) states
        something (:func:`.attribution.states`)."""
        found = self._stated.get(j)
        if found is None:
            found = self._stated[j] = states(_text(text, self.sentences[j]))
        return found

    @cached_property
    def hit_sentence(self) -> dict[int, int]:
        """The sentence index of every hit, by ``id(hit)``."""
        return {id(h): _sentence_index(self.starts, h.start) for h in self.hits}

    @cached_property
    def index(self) -> CoverageIndex:
        """:func:`.attribution.coverage` over the whole answer, prepared once."""
        return CoverageIndex(self.vocab)

    def typed(self, ask_type: str) -> list[tuple[Hit, int]]:
        """The hits whose rule applies to ``ask_type``, in order, each with its sentence index."""
        found = self._typed.get(ask_type)
        if found is None:
            where = self.hit_sentence
            found = self._typed[ask_type] = [(h, where[id(h)]) for h in self.hits if ask_type in h.rule.spec.applies_to]
        return found

    @cached_property
    def _whole(self) -> tuple[int, ...]:
        return tuple(range(len(self.sentences)))

    def scope(self, sentences: tuple[int, ...]) -> tuple[set[str], CoverageIndex]:
        """The words of these sentences and their coverage index (asks judged on the same sentences share them;
        every sentence: the answer's vocabulary and :attr:`index`)."""
        found = self._scopes.get(sentences)
        if found is None and sentences == self._whole:
            found = self._scopes[sentences] = (self.vocab, self.index)
        if found is None:
            words: set[str] = set().union(*(self.sentence_words[j] for j in sentences)) if sentences else set()
            found = self._scopes[sentences] = (words, CoverageIndex(words))
        return found


@dataclass
class _Joined:
    """Several clean texts joined by blank lines, with the original offset of every character."""

    text: str = ""
    offsets: list[int] = field(default_factory=list)

    def add(self, clean: CleanText) -> None:
        if self.text:
            self.text += "\n\n"
            self.offsets.extend([self.offsets[-1], self.offsets[-1]])
        self.text += clean.text
        self.offsets.extend(clean.offsets)

    def original(self, a: int, b: int) -> Span:
        # whitespace at either end is left out first: the blank line between two parts maps to the end
        # of the part before it, so a sentence that starts on it ("\nJa." after a cut) would run backwards
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        if not self.offsets or a >= b:
            return Span(0, 0)
        return Span(self.offsets[a], self.offsets[b - 1] + 1)


def _trimmed(span: Span, text: str) -> Span:
    """The span without surrounding whitespace."""
    piece = text[span.start : span.end]
    lead = len(piece) - len(piece.lstrip())
    return Span(span.start + lead, span.start + len(piece.rstrip()))


def _finding(doc: Document, hit: Hit, joined: _Joined) -> Finding:
    span = joined.original(hit.start, hit.end)
    text = doc.text
    line = text.count("\n", 0, span.start) + 1
    col = span.start - (text.rfind("\n", 0, span.start) + 1) + 1
    return Finding(
        hit.rule.id,
        hit.rule.spec.category,
        hit.rule.spec.effect,
        hit.rule.spec.message,
        text[span.start : span.end],
        span.start,
        span.end,
        line,
        col,
    )


_GROUP_REASON = "answered together with other questions: the shared answer responds to none of them in particular"


def _sentence_index(starts: Sequence[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


PIECE_CHARS = 100_000  # a text over the pipeline's max_length is processed in pieces of this size


def pipe_texts(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """``nlp.pipe`` over ``texts``. A text over ``nlp.max_length`` (10^6 characters, which a 5 MB answer
    passes) is processed in pieces cut after whitespace and joined back into one Doc with the same text
    and offsets; a trained parser's memory grows with the length of a piece, not of the text."""

    whole = [len(t) <= nlp.max_length and not has_long_run(t) for t in texts]
    fits = iter(nlp.pipe([t for t, w in zip(texts, whole, strict=True) if w]))
    out: list[Doc] = []
    for t, w in zip(texts, whole, strict=True):
        if w:
            out.append(next(fits))
        else:
            out.append(Doc.from_docs(list(nlp.pipe(_pieces(t, min(PIECE_CHARS, nlp.max_length)))), ensure_whitespace=False))
    return out


# spaCy's tokenizer strips prefixes and suffixes from a whitespace-free run one at a time, searching and
# slicing the whole run each time: 25,000 question marks took 69 s. No word, number or URL is this long;
# such a run is tokenized in pieces of RUN_PIECE characters (one token at least per piece).
LONG_RUN_CHARS = 1000
LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")
RUN_PIECE = 100


def has_long_run(text: str) -> bool:
    """``LONG_RUN.search(text) is not None``, without the regex: ``str.split`` cuts at the characters
    ``\\s`` matches (both ``str.isspace``), in about 40% of the regex's time, and a text shorter than a
    run needs no look at all."""
    return len(text) >= LONG_RUN_CHARS and max(map(len, text.split()), default=0) >= LONG_RUN_CHARS


def _pieces(text: str, size: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters, each cut after a line break or a
    space where there is one, and a whitespace-free run of over 1,000 characters in pieces of its own."""
    pieces: list[str] = []
    start = 0
    for run in LONG_RUN.finditer(text):
        pieces.extend(_cut(text[start : run.start()], size))
        pieces.extend(text[i : min(i + RUN_PIECE, run.end())] for i in range(run.start(), run.end(), RUN_PIECE))
        start = run.end()
    pieces.extend(_cut(text[start:], size))
    return [p for p in pieces if p]


def _cut(text: str, size: int) -> list[str]:
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n"), window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


NOTICE_RULE = "declined.notice-of-delay"
WITHHOLDING_RULE = "declined.withholding"
# a deferral that tells the assembly later: its moment is when it is told, not the moment asked
_TELLS = re.compile(
    r"\b(?:kamer|raad|gemeenteraad|informeer\w*|informeren|geïnformeerd|berichten|toesturen|toegestuurd|sturen|rapporteren|terugkomen"
    # (a letter to the assembly that will deal with it: "In de eerstvolgende voortgangsbrief, die voor de zomer verschijnt, zal ik
    # ... ingaan op ...")
    r"|\w*brief|ingaan|ingegaan)\b",
    re.I,
)
# a clause boundary inside a sentence: "Er kwamen 2.300 bezoekers; kinderen werden niet geteld", "Precies weten we het niet,
# maar het gaat om ongeveer 200 mensen"
_CLAUSE_BREAK = re.compile(r";|,\s*maar\b|\s-\s|\s–\s")


def _clauses_apart(text: str, a: Hit, b: Hit) -> bool:
    """Whether hits ``a`` and ``b`` of one sentence stand in different clauses (a semicolon, ", maar" or a dash between them)."""
    lo, hi = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    if lo > 0 and text[lo - 1] in ",;":
        lo -= 1  # (the earlier hit took the comma of ", maar" along: "houdt dat niet zelf bij, maar ...")
    return lo < hi and _CLAUSE_BREAK.search(text, lo, hi) is not None


# a contrast that follows a decline cue in its sentence, with something said: ", maar staat positief tegenover ..."
_COUNTER = re.compile(r"^[^.?!;]*?,\s*maar\s+(?:\S+\s+){3,}", re.I)
_MONEY = re.compile(r"\b(?:euro|eur)\b|€", re.I)
_MONEY_ASK = re.compile(rf"{MONEY_WORD.pattern}|€", re.I)
# a figure that stands in for the one asked, said to approximate it: an approximation, an indication, an estimate (not what
# is known instead, "Wel is bekend dat er in totaal 1.214 speelvoorzieningen zijn", a figure of something else)
# (or estimated or inferred by someone: "kan wel worden afgeleid dat ongeveer 60.000 mantelzorgers ...", "schat het ministerie dat
# circa 6 procent ..."; not a figure only said to be approximate, "Wel is bekend dat er ongeveer 1.200 speelterreinen zijn",
# "circa 40 medewerkers", "ongeveer tien jaar geleden": a second reader's probes)
_SUBSTITUTE = re.compile(
    r"\b(?:(?:bij\s+)?benadering|indicati\w*|schatting\w*|geschat\w*|raming\w*|geraamd\w*|schat|schatten|schatte|afgeleid)(?!\w)",
    re.I,
)
# a sentence that opens by saying it gives background, not what is asked: "In algemene zin kan ik meegeven ...", "Ter vergelijking
# ...", "Los van dit dossier ..." (the respondent's announcement, not a rule stated in general: "In het algemeen wordt een bezwaar
# binnen 12 weken behandeld" may be the answer, a second review's finding)
# (an aside, and "in general": the words _GIVEN_ALL_THE_SAME and _IN_GENERAL read too)
_ASIDE = r"ter\s+(?:vergelijking|informatie|illustratie|volledigheid|info)"
_GENERALLY = r"(?:meer\s+)?in\s+(?:het\s+algemeen|algemene\s+zin)"
_BACKGROUND_LEAD = re.compile(
    rf"\s*(?:\(?\d{{1,3}}[.)]\s*)?(?:wel\s+)?(?:(?:{_GENERALLY}|algemeen)\s+(?:kan|kunnen)\s+(?:ik|wij|we)\b"
    rf"|{_ASIDE}|los\s+van\s+(?:dit|dat|deze|die|het)\s+\w+)\b",
    re.I,
)
_IN_GENERAL_ASKED = re.compile(r"\balgeme(?:en|ne)\b", re.I)
# a period named by pointing back to the sentence before: "Voor dat aanslagjaar ...", "In datzelfde jaar ...", "in die periode"
_PERIOD_BACK = re.compile(
    r"\b(?:dat|datzelfde|hetzelfde|die|diezelfde|dezelfde)\s+(?:\w*jaar|periode|jaren|kwartaal|maand|semester)\b", re.I
)
# the figures that follow given instead, for the whole: "Onderstaande tabel bevat daarom het totaal aantal ...", "Wel kan ik de cijfers
# voor de hele sector geven", "In plaats daarvan volgen hieronder de totalen"
_STAND_IN = re.compile(
    r"\b(?:daarom|in\s+plaats\s+daarvan|bij\s+gebrek\s+daaraan)\b[^.?!]*?\b(?:(?:het|de)\s+(?:totaal|totale)|totalen|totaalcijfers?|de\s+(?:hele|gehele|volledige)"
    r"|het\s+(?:hele|gehele)|alle\s+\w+\s+samen|de\s+algemene\s+cijfers)\b",
    re.I,
)
# a level or a breakdown named beside a want of data: "niet op het niveau van wijken", "niet per gemeente", "geen uitsplitsing"
_LEVEL = re.compile(
    r"\b(?:niveau|per|uitsplits\w*|opsplits\w*|uitgesplitst|opgesplitst|afzonderlijk|apart|niet\s+(?:naar|volgens))\b", re.I
)
# ... a breakdown not made or a level not kept, said as such: "een uitsplitsing naar wijk wordt niet gemaakt", "niet per straat",
# "wordt niet afzonderlijk bijgehouden" (not what is kept of the thing asked, "beschikt niet over een inventaris van de koelsystemen
# per bewonerskamer": the want is all of it)
_NOT_AT_LEVEL = re.compile(
    r"\b(?:uitsplits\w*|opsplits\w*|opdeling|onderverdeling|niet\s+(?:per|naar|volgens|afzonderlijk|apart|op\s+(?:het\s+)?niveau)"
    # ("Wij kunnen geen cijfers per gemeente geven")
    r"|geen\s+(?:\w+\s+)?(?:cijfers|gegevens|aantallen)\s+per"
    # ("Cijfers per wijk zijn niet betrouwbaar te leveren": the breakdown named as what is wanting)
    r"|(?:cijfers|gegevens|aantallen)\s+per\s+\w+\s+(?:zijn|kunnen|worden)\s+(?:\w+\s+)?niet)\b",
    re.I,
)
# a figure obtained from another body that holds it, where the respondent keeps none: "Volgens de informatie die het
# Jeugdeducatiefonds ons desgevraagd heeft verstrekt, nemen 96 van de 211 scholen deel" after "de gemeente registreert de
# deelname zelf niet" (the figure asked, given: not a stand-in)
# (or its latest report: "Volgens de laatste opgave van de UHT gaat het om ongeveer 140 gezinnen")
_SOURCED = re.compile(
    r"\b(?:volgens\s+(?:de\s+)?(?:laatste\s+|meest\s+recente\s+|recentste\s+)?(?:informatie|gegevens|cijfers|opgave|telling)\s+(?:van|die|dat)"
    r"|desgevraagd)\b",
    re.I,
)
# what is asked given all the same, in the sentence after a decline: "Wel kan ik meegeven dat ...", "Ik kan u wel meedelen dat ...",
# "..., kan ik het geachte lid wel meedelen dat ..." (not something else given for information: "Ter informatie kan ik wel meegeven
# dat het RIZIV ... telde" beside dismissals not registered)
_GIVEN_ALL_THE_SAME = re.compile(
    rf"\s*(?:\(?\d{{1,3}}[.)]\s*)?(?!{_ASIDE}\b)"
    r"(?:wel\s+(?:kan|kunnen|kon|konden)\b|[^.?!]{0,120}?\b(?:kan|kunnen)\s+(?:ik|wij|we)\s+(?:[^\W\d_]+\s+){0,4}?wel\s+"
    r"(?:meedelen|meegeven|melden|zeggen|aangeven|vermelden|mededelen)\b"
    # (the subject first: "Ik kan u wel meedelen dat ...", "Wat ik wel kan meegeven, is dat ...")
    r"|(?:ik|wij|we)\s+(?:kan|kunnen)\s+(?:[^\W\d_]+\s+){0,3}?wel\s+(?:meedelen|meegeven|melden|zeggen|aangeven|vermelden|mededelen)\b"
    r"|wat\s+(?:ik|wij|we)\s+wel\s+(?:kan|kunnen)\s+(?:meedelen|meegeven|melden|zeggen|aangeven|vermelden|mededelen)\b)",
    re.I,
)
_IN_GENERAL = re.compile(
    rf"\s*(?:wel\s+)?(?:{_GENERALLY}|algemeen|over\s+het\s+algemeen|"
    r"(?:ik|wij|we)\s+kan\s+wel\s+(?:in\s+het\s+)?algeme)",
    re.I,
)


def _countered(text: str, sentence: tuple[int, int], hit: Hit) -> bool:
    """Whether the decline cue ``hit`` is followed in its ``sentence`` by ", maar" and a clause of four words or more: "Het
    college mengt zich niet in de interne keuzes van de club, maar staat positief tegenover een nieuw stadion"."""
    start = hit.end - 1 if text[hit.end - 1 : hit.end] == "," else hit.end
    m = _COUNTER.match(text[start : sentence[1]])
    # (not general background after the refusal, which does not outweigh it: "Op individuele dossiers kan ik niet ingaan, maar in
    # het algemeen geldt dat ...")
    return m is not None and not _IN_GENERAL.match(text, start + m.group().lower().rfind("maar") + 4)


def _describes(text: str, pointer: Hit, hit: Hit) -> bool:
    """Whether ``hit`` stands after ``pointer`` in its sentence in words that describe the text pointed to: a relative clause ("...
    in het plan dat de regering op 2 juni heeft goedgekeurd", "... de brief, die ik op 3 mei aan uw Kamer zond"), a "zoals" with
    its participle (", zoals goedgekeurd door de gemeenteraad op 12 december 2024"), a reference in brackets ("(VR 2025 2103
    DOC.0312/1BIS)"), or the pointed-to text's name going on ("het antwoord van de schepen op de mondelinge vraag van raadslid
    Verbeke in de gemeenteraad van 27 januari 2025")."""
    between = text[pointer.end : hit.start]
    if len(between) > 160 or re.search(r"[.?!;:]", between):
        return False
    # (a clause that says what the text holds gives it: "het jaarverslag 2024, dat 312 klachten over de thuiszorg telt")
    after = re.split(r"[.?!;:,]", text[hit.end : hit.end + 200], maxsplit=1)[0]
    if _HOLDS.search(between) or _HOLDS.search(after):
        return False
    # (a name may coordinate capitalised words and go on after a comma for two words: "de brief van de staatssecretaris van
    # Infrastructuur en Waterstaat aan de Tweede Kamer van 12 juni 2025", "de Voortgangsrapportage Wmo en Jeugd, eerste helft
    # 2025"; not a clause after the comma, "... in mijn antwoord op de vraag van mevrouw Peeters, voerde de inspectie in 2024 146
    # inspecties uit")
    named = re.sub(r"\b([A-ZÀ-Ý][\w-]*)\s+en\s+(?=[A-ZÀ-Ý])", r"\1 ", between)
    return (
        re.search(r"\b(?:dat|die|waarin|waarop|waarmee|waarvan)\b", between) is not None
        or re.search(r"\bzoals\s+(?:\w+\s+)?(?:ge|be|ver|vast|goed|op|aan|toe|voor)\w+[dt]\b", between, re.I) is not None
        or between.count("(") > between.count(")")
        or (
            len(named) <= 120
            and re.fullmatch(r"\s*[^\W_]+(?:[\s-]+[^\W_]+)*(?:,\s*[^\W_]+(?:\s+[^\W_]+)?)?\s*", named) is not None
            and not _FINITE.search(named)
        )
    )


# verbs that say what a text holds
_HOLDS = re.compile(
    r"\b(?:telt|tellen|bevat|bevatten|toont|tonen|vermeldt|vermelden|noemt|noemen|meldt|melden|bedraagt|bedragen|laat|laten|"
    r"beschrijft|beschrijven|stelt|stellen|concludeert|concluderen|blijkt)\b",
    re.I,
)
# a finite verb that opens a clause of its own after a pointer's text, or a word that adds to it (what the text holds may follow:
# "het jaarverslag telt 312 klachten", "het jaarverslag 2024 met 312 klachten")
# (the verbs of holding are refused before it, by _HOLDS)
_FINITE = re.compile(
    r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|zal|zullen|kan|kunnen|moet|moeten|bedroeg|telde|"
    r"geeft|geven|bleek|staat|staan|stond|met|en|zodat)\b",
    re.I,
)


# a sentence that gives a pointed-to text's content in short: "Kort samengevat: ...", "In het kort komt het erop neer dat ...",
# "De kern ervan is dat ...", "In hoofdlijnen: ..." (the words that follow are the content)
_SUMMARY = re.compile(
    r"\s*(?:(?:kort|beknopt)\s+samengevat|samengevat|samenvattend|in\s+(?:het\s+)?kort|in\s+(?:grote\s+)?(?:hoofd)?lijnen|"
    r"de\s+kern\s+(?:ervan\s+|daarvan\s+|hiervan\s+)?is|(?:het|dit|dat)\s+komt\s+(?:er\s*)?op\s+neer)\b",
    re.I,
)
SUMMARY_MIN_WORDS = 6
# (a summary that only says what the text does is no content: "Samengevat komt het erop neer dat alle maatregelen in die nota
# worden beschreven")
# a sentence that only says where the text just named went too, beside a pointer to it: "Deze brief is in afschrift ook aan uw Kamer
# gezonden." (it adds nothing to what the pointer gives; alone, after content, it is no pointer: "Deze brief is ook aan uw raad
# gezonden" after the letter's content told)
_SENT_ON = re.compile(
    r"\s*(?:deze|die|dit|dat)\s+\w*(?:brief|brieven|rapport|nota|notitie|verslag|rapportage|reactie)\s+(?:is|werd|zijn|werden)\b"
    r"[^.?!;:]{0,60}?\b(?:gezonden|toegezonden|verzonden|gestuurd|toegestuurd|bezorgd|aangeboden|overgemaakt)\s*[.!]?\s*$",
    re.I,
)
_ABOUT_TEXT = re.compile(r"\b(?:in|uit)\s+(?:die|deze|de|het|dat|dit)\s+(?:\w+)?(?:nota|brief|rapport|plan|document|verslag|stuk)\b", re.I)


# a clause that opens with a word standing for what the clause before it said ("daar", "hierover", "dat", "dit")
_ANAPHOR = re.compile(r"\s*(?:daar\w*|hier\w*|dat|dit)\b", re.I)


# the thing a sentence says is counted: "Het aantal bekeuringen voor wildplassen ...", "aantallen meldingen"
_COUNTED_IN = re.compile(r"\baantal(?:len)?\s+(?:van\s+(?:de|het)\s+)?([^\W\d_]{3,})", re.I)


def _counted_in(text: str, sentences: Sequence[tuple[int, int]], which: set[int]) -> list[str]:
    """The nouns ``which`` sentences name as counted ("het aantal <noun>")."""
    return [m.group(1).lower() for j in sorted(which) for m in _COUNTED_IN.finditer(text, *sentences[j])]


def _counts_compound(answer: Doc, hit: Hit, counted: Sequence[str]) -> bool:
    """A figure with a hyphenated compound of the thing counted right after it: "62 A1-posten" counts "posten" ("post")."""
    span = answer.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    after = answer[span.end : min(span.sent.end, span.end + 3)]
    return any(part.startswith(c) for x in after if "-" in x.text for part in x.lower_.split("-")[1:] for c in counted if len(c) >= 3)


def _counts_closely(answer: Doc, hit: Hit, counted: Sequence[str]) -> bool:
    """A figure with the thing counted right beside it: "1.126 administratieve sancties", "het aantal meldingen bedroeg 37" (not
    "circa 40 medewerkers die de aanvragen behandelen", a count of something else near the word)."""
    span = answer.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return True
    near = answer[max(span.sent.start, span.start - 3) : min(span.sent.end, span.end + 2)]
    return any(w in (x.lemma_ or x.text).lower() or w in x.lower_ for x in near for w in counted)


def _free_clause_words(answer: Doc, text: str, sentence: tuple[int, int], cues: Sequence[Hit]) -> set[str]:
    """The words of the clauses of ``sentence`` (between clause breaks) that no hit of ``cues`` overlaps."""
    lo, hi = sentence
    bounds: list[tuple[int, int]] = []
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, hi))
    if len(bounds) == 1:
        return set()
    tokens: list[tuple[int, int]] = []
    for a, b in bounds:
        if any(h.start < b and a < h.end for h in cues):
            if _ANAPHOR.match(text, a):
                # the cue's clause points back at the other: "Over een verhoging besluiten wij bij de Voorjaarsnota; daar lopen
                # wij nu niet op vooruit" declines what the clause before it names
                return set()
            continue
        span = answer.char_span(a, b, alignment_mode="contract")
        if span is not None and len(span):
            tokens.append((span.start, span.end))
    return set().union(*sentence_vocabs(answer, tokens)) if tokens else set()


# a deferral that says an act will be done ("zal ... worden voorgelegd", "zal ik ... informeren", "zal worden onderzocht" when the
# study is what is asked), not that it will be decided or judged (an examination of something else says back none of it)
_FUTURE_ACT = re.compile(r"\b(?:zal|zullen|zult)\b", re.I)
_DECIDING = re.compile(
    r"\b(?:beslis\w*|beslist|besloten|besluit\w*|uitspr\w*|uit\s+te\s+spreken|afgewogen|afweg\w*|gewogen|"
    r"oordel\w*|oordeel|beoordeel\w*|beoordeling\w*|bepaald|bepal\w*|bezien|overwogen|overweg\w*|heroverw\w*)\b",
    re.I,
)


# the question words that open an ask that is no yes/no question, and verbs too common to echo
_NOT_ECHOED = frozenset(
    {"hoe", "wat", "welk", "welke", "waarom", "wanneer", "hoeveel", "wie", "waar", "waarop", "kunnen", "zijn", "zullen", "willen"}
)
ECHO_MAX_TOKENS = 15
# a negation that qualifies, not denies: "controleert de naleving niet systematisch", "niet altijd", "niet overal", "niet alleen"
_QUALIFIED = re.compile(
    r"\bniet\s+(?:systematisch|altijd|overal|structureel|volledig|alleen|enkel|steeds|in\s+alle|voor\s+alle|elke|iedere|bij\s+alle)\b", re.I
)


def _echo_denied(ask: Doc, answer: Doc, lemmas: Sequence[str], skip: int) -> bool:
    """Whether the first sentence of ``answer`` (after ``skip`` formula sentences), a short one, holds the verb that opens
    the yes/no question ``ask`` under a plain negation and one more of its content ``lemmas``: "Houdt de gemeente bij ...?"
    - "De gemeente houdt dat niet bij.", "Heeft de minister contact gehad met de bond?" - "Er is geen contact geweest" does
    not echo and is read elsewhere."""
    if not len(ask) or not ask[0].is_alpha:
        return False
    verb = ask[0].lemma_.lower()
    if verb in _NOT_ECHOED:
        return False
    sents = list(answer.sents)
    if len(sents) <= skip:
        return False
    sent = sents[skip]
    if len(sent) > ECHO_MAX_TOKENS or not denies(sent.text) or _QUALIFIED.search(sent.text):
        return False
    lemmas_here = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if verb not in lemmas_here:
        return False
    return any(lemma != verb and lemma in lemmas_here for lemma in lemmas)


def _clause_names(text: str, sentence: tuple[int, int], hit: Hit, lemmas: Sequence[str]) -> bool:
    """Whether the clause around ``hit`` (between clause breaks of its ``sentence``) holds one of the ask's content lemmas."""
    lo, hi = sentence
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, hit.start)]
    after = _CLAUSE_BREAK.search(text, hit.end, hi)
    clause = text[before[-1] if before else lo : after.start() if after else hi]
    if _COUNTED_BACK.search(text, max(lo, hit.start - 12), hit.start):
        return True  # ("... niet precies; de politie telde er 42": "er" before the figure stands for what is counted)
    words = set(re.findall(r"[^\W\d_]+", clause.lower()))
    return any(has_in(lemma, words) for lemma in lemmas)


# the quantitative "er" right before a figure: the figure counts what was named before ("het waren er 42", "telde er 42")
_COUNTED_BACK = re.compile(r"\ber[^\S\n]+(?:(?:nog|al|maar|slechts|ongeveer|circa|ruim|bijna|zo'n)[^\S\n]+)?$", re.I)


def _points_outside(hit: Hit, labels: frozenset[str]) -> bool:
    """A reference to another answer ("Zie het antwoord op vraag 2") that names no question or answer of this document
    points to a text outside it: one question copied out of its list with its answer ("5. Hoeveel ...?" - "Zie antwoord op
    vraag 1, waar de cijfers ... zijn opgenomen"), or an answer that cites a list the reader does not have. It cannot be
    followed, and it gives nothing of its own (GUIDE: referred), where a target in the document is followed."""
    if hit.rule.spec.category != "internal_reference":
        return False
    # (a pointer to an answer, "Zie (het) antwoord op vraag 2", "verwijs ik naar vraag 3": not a question of another text cited
    # for what it found, "Zoals vermeld in vraag 3 van de bewonersenquête gaf 64 procent ...")
    if not re.match(r"(?:zie|verwijs|verwijzen|verwezen)\b", hit.text, re.I) and not re.search(r"\bantwoord", hit.text, re.I):
        return False
    m = REFERENCE.search(hit.text)
    if m is None:
        return False
    targets = reference_targets(m.group("nums"))
    return bool(targets) and not any(t in labels or t.rstrip("abcdefghijklmn") in labels for t in targets)


_OUTSIDE: dict[str, tuple[Rule, Rule]] = {}  # (each reference rule's twin that points outside, made once per rule object)


def _outside_rule(rule: Rule) -> Rule:
    """The rule as it points outside the text: the same id and match, the effect and category of a pointer."""
    source, made = _OUTSIDE.get(rule.id, (None, None))
    if source is rule and made is not None:
        return made
    spec = rule.spec.model_copy(
        update={
            "category": "external_reference",
            "effect": "refers",
            "message": "Verwijzing naar het antwoord op een vraag die niet in deze tekst staat",
        }
    )
    made = dataclasses.replace(rule, spec=spec)
    _OUTSIDE[rule.id] = (rule, made)
    return made


def _outside(hit: Hit) -> Hit:
    return dataclasses.replace(hit, rule=_outside_rule(hit.rule))


class Judge:
    """Judges the items of analyzed documents with one pipeline and one rule set."""

    def __init__(self, nlp: Language, rules: RuleSet, params: Params | None = None, calibration: Calibration | None = None) -> None:
        self.nlp = nlp
        self.rules = rules
        self.params = params or Params.load()
        self.calibration = calibration if calibration is not None else load_calibration()
        # ask types that some expectation rule covers: only those can miss their expectation
        self._expect_types = {t for r in rules.of_kind("expectation") for t in r.spec.applies_to}
        self._facts: dict[int, tuple[Doc, _Facts]] = {}
        self._labels: frozenset[str] | None = None  # (of the document judged: see :func:`_points_outside`)

    def judge(self, doc: Document) -> DocumentJudgement:
        out = [self.decide(doc, it, sig, joined, hits, followed) for it, sig, joined, hits, followed in self.signals(doc)]
        out = self._group_guard(doc, out)
        counts: dict[str, int] = {v: sum(1 for j in out if j.verdict == v) for v in VERDICTS}
        return DocumentJudgement(tuple(out), counts, document_score(counts), tuple(r.id for r in self.rules.skipped))

    def _answer_text(self, doc: Document, item: Item) -> tuple[_Joined, tuple[int, ...]]:
        al = doc.alignment(item.id)
        joined = _Joined()
        for j in al.parts:
            joined.add(clean_view(doc.text, doc.answer_parts[j].span, doc.furniture))
        extra: list[int] = []
        for ref in al.references:
            for j in ref.parts:
                if j not in al.parts and j not in extra:
                    extra.append(j)
                    joined.add(clean_view(doc.text, doc.answer_parts[j].span, doc.furniture))
        return joined, tuple(extra)

    def signals(self, doc: Document) -> list[tuple[Item, list[AskSignals], _Joined, tuple[Hit, ...], tuple[int, ...]]]:
        """Per item: the signals of each ask, the answer text, all hits in it, and followed parts.

        Items whose answer text is the same (a grouped answer, lettered items under one numbered
        answer, questions answered by one unnumbered text) are attributed together: each sentence of
        the shared answer goes to the ask(s) it responds to (:func:`.attribution.attribute`).
        """
        items = doc.items
        ask_clean = [[clean_view(doc.text, a.span, doc.furniture) for a in it.asks] for it in items]
        answers: list[_Joined] = []
        followed: list[tuple[int, ...]] = []
        for it in items:
            joined, extra = self._answer_text(doc, it)
            answers.append(joined)
            followed.append(extra)
        self._facts.clear()
        # the labels a reference to another answer can name in this document ("Zie antwoord 2")
        # (a list of questions, numbered or not, can be counted: "vraag 5" of openkamer's unnumbered page is its fifth; one
        # question alone and unnumbered has no number a reference could name)
        listed = [it for it in items if len(items) > 1 or it.label is not None]
        self._labels = frozenset({it.id for it in listed} | {str(it.number) for it in listed if it.number is not None}) | {
            c for p in doc.answer_parts if p.label is not None or len(items) > 1 for c in p.covers
        }
        unique_answers = list(dict.fromkeys(j.text for j in answers))  # grouped items share their answer text
        texts = [c.text for cs in ask_clean for c in cs] + unique_answers
        # a text that recurs ("Zo ja, welke?" under two questions) is processed once and its Doc shared
        distinct = list(dict.fromkeys(texts))
        doc_of = dict(zip(distinct, pipe_texts(self.nlp, distinct), strict=True))
        docs = [doc_of[t] for t in texts]
        n_asks = len(texts) - len(unique_answers)
        by_text = dict(zip(unique_answers, docs[n_asks:], strict=True))
        ask_docs: list[list[Doc]] = []
        k = 0
        for it in items:
            ask_docs.append(docs[k : k + len(it.asks)])
            k += len(it.asks)
        lemmas = [[content_lemmas(d) for d in ds] for ds in ask_docs]
        of_text: dict[str, tuple[AskType, str | None]] = {}  # the type and rule of each distinct ask text
        for ds, cs in zip(ask_docs, ask_clean, strict=True):
            for d, c in zip(ds, cs, strict=True):
                if c.text not in of_text:
                    of_text[c.text] = ask_type(self.rules.find(d, ["ask_type"], c.text))
        types = [[of_text[c.text] for c in cs] for cs in ask_clean]
        _inherit_stem_types(items, types)
        _inherit_breakdown_types(items, ask_clean, types)
        asked = [_said(c.text) for cs in ask_clean for c in cs]
        groups: dict[str, list[int]] = {}
        for i, joined in enumerate(answers):
            groups.setdefault(joined.text, []).append(i)
        attributed: dict[int, tuple[Attribution, int]] = {}
        for text, members in groups.items():
            facts = self._answer_facts(by_text[text], text, {t for i in members for t, _rule in types[i]}, asked)
            flat = [x for i in members for x in lemmas[i]]
            # every ask continues the ask before it in the same answer, also across items ("Hoe komt
            # dit?" after a question about the same fact); an item without asks adds nothing
            previous: list[int | None] = [k - 1 if k else None for k in range(len(flat))]
            att = attribute(flat, facts.sentence_words, facts.sentences, previous)
            offset = 0
            for i in members:
                attributed[i] = (att, offset)
                offset += len(items[i].asks)
        out = []
        for i, it in enumerate(items):
            att, offset = attributed[i]
            ask_texts = [c.text for c in ask_clean[i]]
            sig, hits = self._item_signals(
                doc, it, ask_docs[i], ask_texts, types[i], lemmas[i], answers[i], by_text[answers[i].text], att, offset
            )
            out.append((it, sig, answers[i], hits, followed[i]))
        return out

    def _answer_facts(self, answer: Doc, text: str, types: set[str] | None = None, asked: Sequence[str] = ()) -> _Facts:
        """Hits, vocabulary and sentences of an answer Doc (made from ``text``); items that share an answer share these.

        ``types``: the types of the asks judged on the answer (the first call for an answer names them all);
        rules that can matter for none of them are not run (see :meth:`_matters`)."""
        key = id(answer)
        cached = self._facts.get(key)
        if cached is not None and cached[0] is answer:
            return cached[1]
        only = None if types is None else (lambda rule: self._matters(rule, types))
        hits = () if not text.strip() else tuple(self.rules.find(answer, ["cue", "reference", "expectation"], text, only))
        if self._labels is not None:
            labels = self._labels
            hits = tuple(_outside(h) if _points_outside(h, labels) else h for h in hits)
        spans = list(answer.sents) if len(answer) else []
        sents = [(sent.start_char, sent.end_char) for sent in spans] or [(0, 0)]
        words = sentence_vocabs(answer, [(sent.start, sent.end) for sent in spans]) or [set()]
        starts = [a for a, _ in sents]
        # a question said back in the answer ("Werden er al daders betrapt? Het KB van ...", "Zo ja, graag een overzicht.")
        # gives and refuses nothing: its words are the asker's, no coverage of the ask (a pointer in it still points)
        asking = {j for j, (a, b) in enumerate(sents) if asks_back(text[a:b]) or _says_back(text[a:b], asked)}
        if asking:
            hits = tuple(h for h in hits if h.rule.spec.kind == "reference" or _sentence_index(starts, h.start) not in asking)
            words = [set() if j in asking else w for j, w in enumerate(words)]
        facts = _Facts(hits, set().union(*words), starts, sents, words)
        self._facts[key] = (answer, facts)
        return facts

    @staticmethod
    def _matters(rule: Rule, types: set[str]) -> bool:
        """Whether a hit of an answer rule can count for asks of these types: one that applies to one of
        them; a reference, which is evidence wherever it occurs; a rejected premise, which sets the
        answer's polarity; the figures, which tell a pointer with content of its own from a bare one. A
        rule's hits do not depend on other rules, so the others need not run."""
        return (
            rule.spec.kind == "reference"
            or rule.spec.category == "premise_rejected"
            or rule.id == FIGURES_RULE
            or not types.isdisjoint(rule.spec.applies_to)
        )

    def _item_signals(
        self,
        doc: Document,
        item: Item,
        ask_docs: Sequence[Doc],
        ask_texts: Sequence[str],
        ask_types: Sequence[tuple[AskType, str | None]],
        ask_lemmas: Sequence[list[str]],
        joined: _Joined,
        answer: Doc,
        att: Attribution,
        offset: int,
    ) -> tuple[list[AskSignals], tuple[Hit, ...]]:
        empty = not joined.text.strip()
        facts = self._answer_facts(answer, joined.text)
        hits = facts.hits
        hit_sentence = facts.hit_sentence
        polarity = answer_polarity(joined.text)
        if polarity == "unknown" and any(h.rule.spec.category == "premise_rejected" and hit_sentence[id(h)] == 0 for h in hits):
            polarity = "negative"  # a corrective opener ("Ik deel deze opvatting niet") says no to what was asked
        words = len(joined.text.split())
        shared = empty or self._shared(doc, item)
        # (questions without numbers, one item per question sentence: an answer shared by them is not split by labels)
        unnumbered = doc.alignment(item.id).method == "unnumbered" or item.label is None
        opener = bool(OPENER.match(joined.text))
        out: list[AskSignals] = []
        # cue sentences are counted after an opening formula ("Ik heb de eer het geachte lid het volgende mee te delen. <refusal>")
        skip = _formula_sentences(joined.text, facts.sentences)
        dependencies = depends_on(item.asks)
        seen_first = False
        counted_before: set[tuple[int, int]] = set()  # the figures an earlier quantity ask of the item took
        timed_before: set[tuple[int, int]] = set()  # the moments that met an earlier time ask of the item
        # the sentences of figures apart from a pointer: in another sentence, or well before it in its sentence (a
        # table before "De overige cijfers vindt u in bijlage" is one sentence once its line breaks are gone)
        refer_at = {hit_sentence[id(h)]: h.start for h in sorted(hits, key=lambda h: -h.start) if h.rule.spec.effect == "refers"}
        figure_sents = [
            hit_sentence[id(h)]
            for h in hits
            if h.rule.id == FIGURES_RULE and (hit_sentence[id(h)] not in refer_at or h.end + 40 <= refer_at[hit_sentence[id(h)]])
        ]
        # (words of the sentences without a pointer, dates left out: "(5 en 6 mei 2003)" says nothing, "Er is niets veranderd." does)
        # (only an answer with a pointer needs it)
        unpointed_words = (
            sum(
                len([w for w in _WORD.findall(_text(joined.text, sent)) if w.lower() not in _DATE_WORDS])
                for j, sent in enumerate(facts.sentences)
                if j not in refer_at and not _SENT_ON.match(_text(joined.text, sent))
            )
            if refer_at
            else 0
        )
        # a sentence apart from the pointers that opens by announcing their content in short, and says some of it
        summarised = bool(refer_at) and any(
            j not in refer_at
            and _SUMMARY.match(_text(joined.text, sent))
            and len(_WORD.findall(_text(joined.text, sent))) >= SUMMARY_MIN_WORDS
            and not _ABOUT_TEXT.search(_text(joined.text, sent))
            for j, sent in enumerate(facts.sentences)
        )
        question = doc.text[item.span.start : item.span.end]  # (the item's whole question, its context included)
        for n, (a, d, ask_text) in enumerate(zip(item.asks, ask_docs, ask_texts, strict=True)):
            first = not seen_first and a.kind != "conditional"
            seen_first = seen_first or first
            t, t_rule = ask_types[n]
            addressed = not empty and att.addressed(offset + n)
            mine = () if empty else att.by_ask[offset + n]
            if not empty and not addressed and (not shared or unnumbered):
                # no sentence of the item's own answer responds to this ask in particular: judge it
                # on the whole answer (nothing says the answer is about another ask)
                mine = tuple(range(len(facts.sentences)))
            # scope 0: the whole answer; 1: the attributed sentences; 2: expectations in the attributed
            # sentences only, cues and coverage over the whole answer
            whole = tuple(range(len(facts.sentences)))
            scope = self.params.attributed_scope
            judged_on = mine if scope == 1 or empty else whole
            expect_on = set(mine if scope in (1, 2) else whole)
            in_scope = set(judged_on)
            scope_vocab, scope_index = facts.scope(judged_on)
            cov = 0.0 if empty else round(scope_index.coverage(ask_lemmas[n]), 3)
            lead_at = min(mine) if n > 0 and addressed and mine else 0
            # a pointer to another text answers whatever it is attached to: it is not attributed
            typed = facts.typed(t)
            applicable = [h for h, j in typed if j in in_scope or h.rule.spec.effect == "refers"]
            # a pointer or general text that gives what the ask asks for is its answer (the rule's answers_asks: "Waar kunnen ouders
            # terecht?" - "Alle informatie staat op de website van de gemeente"; "Wie is verantwoordelijk voor het onderhoud?" -
            # "Het waterschap is verantwoordelijk voor het onderhoud")
            applicable = [
                h
                for h in applicable
                if h.rule.spec.effect not in ("refers", "weakens")
                or not h.rule.spec.answers(ask_text, _text(joined.text, facts.sentences[hit_sentence[id(h)]]))
            ]
            declines = [h for h in applicable if h.rule.spec.effect == "declines" and not _withholds_other(joined.text, h, t)]
            # (a refusal that names this ask after "noch" is about it, whatever else its sentences give: see _coordinated_declines)
            named_by_noch = _coordinated_declines(answer, joined.text, facts, in_scope, ask_lemmas[n]) if t != "polar" and not empty else []
            declines += [h for h in named_by_noch if all(h is not k for k in declines)]
            if len(item.asks) > 1 and not empty:
                # a refusal whose subject is another ask said back, as an embedded question before it, is about that ask only:
                # "Hoeveel scholen gebruik zullen maken van de mogelijkheid, is op voorhand moeilijk te zeggen" declines the count,
                # not "welke waarborgen de regering ziet" asked beside it
                declines = [
                    h for h in declines if not _fronted_other(joined.text, facts, att, hit_sentence[id(h)], offset, n, len(item.asks))
                ]
            if self.params.shared_cues_attributed and shared and addressed and not unnumbered:
                # one answer to several questions ("Ad vragen 4, 5 en 6"): a refusal in the sentence that answers
                # another of them does not decline this one, which has sentences of its own
                declines = [h for h in declines if hit_sentence[id(h)] in mine]
            if (
                t == "time"
                and _ASKS_WHEN_TOLD.search(ask_text)
                and _ASSEMBLY.search(ask_text)
                and any(h.rule.spec.kind == "expectation" for h, j in typed if j in expect_on)
            ):
                # "Wanneer wordt de Kamer geïnformeerd over ...?" - "Ik zal uw Kamer in juni informeren": the deferral
                # is what is asked for, a time (when one is given), not a refusal to give it
                declines = [h for h in declines if h.rule.spec.category != "deferral"]
            if (
                t == "polar"
                and _ASKS_WHEN_TOLD.search(ask_text)
                and _ASSEMBLY.search(ask_text)
                and _WILLING.search(ask_text)
                and any(h.rule.spec.category == "deferral" and _TELLS.search(h.text) for h in declines)
            ):
                # "Bent u bereid de Kamer halfjaarlijks te informeren?" - "Ik zal de voortgang opnemen in de voortgangsbrief, die in
                # juni aan uw Kamer wordt gezonden": the telling promised is the yes asked for, not a deferral of it
                # (and what it waits for is the reason of the later telling: "Het onderzoek loopt nog. Zodra de resultaten bekend
                # zijn, zal ik uw Kamer hierover informeren")
                declines = [h for h in declines if h.rule.spec.category != "deferral"]
            if a.kind != "conditional" and _ASKS_WHY_NOT.search(ask_text):
                # "Waarom wordt het onderzoek niet openbaar gemaakt?" - "Het wordt niet openbaar gemaakt omdat het
                # persoonsgegevens bevat": the refusal asked about, with its reason, is the answer (not a deferral with the
                # reason for the delay: "niet binnen de termijn ..., aangezien nog niet alle informatie is ontvangen"; not "Zo nee,
                # waarom niet?" after a refusal, which the refusal declines with its ask)
                # (a withholding of the very thing asked about, said back: not "Ik ga niet in op individuele aanvragen,
                # omdat ...", a refusal to answer with its excuse)
                declines = [
                    h
                    for h in declines
                    if h.rule.id != WITHHOLDING_RULE
                    or not _BECAUSE.search(joined.text, h.end, facts.sentences[hit_sentence[id(h)]][1])
                    or restated(ask_lemmas[n], facts.sentence_words, [hit_sentence[id(h)]]) is None
                ]
            # a cue that gives what the ask asks for is its answer, not a decline (the rule's answers_asks: "Wie is
            # verantwoordelijk voor het onderhoud?" - "Het onderhoud valt onder de bevoegdheid van het waterschap"; "Wat is de
            # staat van het onderzoek?" - "Dit onderzoek wordt momenteel uitgevoerd ...")
            declines = [h for h in declines if not h.rule.spec.answers(ask_text, _text(joined.text, facts.sentences[hit_sentence[id(h)]]))]
            expectations = tuple(h for h, j in typed if h.rule.spec.kind == "expectation" and j in expect_on)
            if refer_at:
                # (the words of a pointer name the text pointed to and where it went, they give nothing: "aan de commissie voor
                # Welzijn, Volksgezondheid en Gezin bezorgd (Parl.St. ...)" lists no recommendations)
                # (nor does a clause that describes the text pointed to: "vervat in het Lucht-Klimaat-Energieplan dat de regering op 2
                # juni 2023 heeft goedgekeurd")
                pointers = [h for h in applicable if h.rule.spec.effect == "refers"]
                expectations = tuple(
                    h
                    for h in expectations
                    if not any(r.start <= h.start and (h.end <= r.end or _describes(joined.text, r, h)) for r in pointers)
                )
                # the topic put before a pointer names what it points about, it gives nothing: "Over de maatregelen die ik neem
                # om ..., heb ik uw Kamer geïnformeerd in mijn brief van ...", "Voor de cijfers per centrum verwijs ik naar ..."
                expectations = tuple(
                    h for h in expectations if not _pointer_topic(joined.text, facts.sentences, hit_sentence[id(h)], h, refer_at)
                )
            if not empty:
                # a denial answers only about the thing it denies: "geen evaluaties" says no to "Wordt geëvalueerd?"
                # ("Hoe beoordeelt het college dit?" is about what the ask before it names)
                named = ask_lemmas[n] if n == 0 or len(set(ask_lemmas[n])) >= ANAPHORIC else [*ask_lemmas[n], *ask_lemmas[n - 1]]
                if t == "time" and len(set(named)) < ANAPHORIC:
                    named = []  # ("Zo ja, voor wanneer is de planning dan?" after "Klopt dit?" names too little to check)
                # (a date in an item's own answer is about its time ask, whatever words it uses: "Wanneer start de heraanleg?" -
                # "De werken beginnen in maart 2026."; only an answer that serves several items must name what the date is of)
                alone = t == "time" and not shared
                expectations = tuple(
                    h
                    for h in expectations
                    if not h.rule.spec.about_ask
                    or alone
                    # (a date is about the ask when its sentence names what the ask names, however far apart)
                    or about(answer, h, named, stance=h.rule.spec.about_ask == "stance", sentence=t == "time")
                )
                # (an awareness answer answers an awareness ask: one of the rule's ask_words stands in the ask)
                expectations = tuple(h for h in expectations if not h.rule.spec.ask_words or _names(ask_text, tuple(h.rule.spec.ask_words)))
            if (
                t not in ("polar", "other")
                and n > 0
                and any(ask_types[k][0] == "polar" for k in range(n))
                and (_WH_OPENING.match(ask_text) is not None or 0 not in att.by_ask[offset + n])
            ):
                # the yes or no that opens the answer answers the yes/no ask before this one, not this one: "Is het college op de
                # hoogte van het voornemen? Wat vindt het college van deze plannen?" - "Ja, wij zijn op de hoogte ... kunnen wij
                # ons niet inhoudelijk over de plannen uitspreken" gives no view (a question word cannot be answered yes; another
                # ask, "Deelt u de mening dat ...?", only where the first sentence does not respond to it)
                expectations = tuple(h for h in expectations if not (h.rule.id == YES_NO_RULE and hit_sentence[id(h)] == 0))
            if a.condition in ("yes", "no") and t != "polar" and polarity != "unknown":
                # the yes or no a follow-up hangs on is its condition, not its answer: "Deelt u de indruk dat de overlast
                # groter is? Zo ja, wat is uw inschatting van die omvang?" - "Ja, ik deel die indruk." gives no estimate
                expectations = tuple(h for h in expectations if not (h.rule.id == YES_NO_RULE and hit_sentence[id(h)] == 0))
            if t == "explanation" and _ASKS_WHY.search(ask_text):
                # a means is no reason: "Waarom werd de renovatie stilgelegd?" is not answered by "via een bewonersbrief"
                expectations = tuple(h for h in expectations if " ".join(h.text.lower().split()) not in _MEANS)
            if t in ("quantity", "time"):
                # a figure or year that only says back the ask's own ("... in 2022?" - "In 2022 ...") gives nothing
                expectations = tuple(h for h in expectations if not echoed(h, question, time=t == "time", ask=ask_text))
            if t == "quantity":
                # nor a term the question sets, said back ("binnen de termijn van twee uur" - "binnen twee uur"), nor an amount of
                # money for a count of things, nor a name with its number
                expectations = tuple(
                    h
                    for h in expectations
                    if not echoed_term(h, joined.text, question, ask_text)
                    and not money_for_count(h, joined.text, ask_text)
                    # (nor a span of time: "Hoeveel klachten ...?" - "binnen zes weken een inhoudelijke reactie")
                    and not duration_for_count(h, joined.text, ask_text)
                    # (nor, for how long, a figure of something else: "Hoe lang moeten zij wachten?" - "131.000 aanmeldingen")
                    and not count_for_duration(h, joined.text, ask_text)
                    # (nor a number that names something, said back: "in box 3" - "waarin box 3 een rol speelt")
                    and not echoed_name(h, joined.text, question)
                )
            if t == "time" and not _ASKS_WHEN_TOLD.search(ask_text):
                # the date of a text cited is no moment of what is asked ("verwijs ik naar mijn antwoord op schriftelijke vraag
                # nr. 144 van 12 december 2025"), unless the ask is when the assembly was told ("Wanneer heeft u de Kamer
                # geïnformeerd?" - "in mijn brief van 14 november 2024")
                expectations = tuple(h for h in expectations if not _CITED_DATE.search(joined.text, max(0, h.start - 80), h.start))
            if t == "time" and _FUTURE.search(ask_text) and not _PAST.search(ask_text):
                # "Wanneer zouden de werken van start gaan?" is not answered by a date of what has happened: "Net voor de zomer
                # 2024 werd een overeenkomst afgesloten"
                # (or the perfect: "De aanbesteding is in juni 2025 afgerond", "De bouw is in september 2025 gestart" do not say
                # when the installation is delivered; only for "Wanneer ...?" asked directly: "Kunt u aangeven wanneer van een
                # ambtenaar terughoudendheid wordt verwacht?" asks in which cases, answered with rulings of the past)
                direct = _DIRECT_WHEN.search(ask_text) is not None
                expectations = tuple(
                    h
                    for h in expectations
                    if not (
                        (_PAST.search(s := _text(joined.text, facts.sentences[hit_sentence[id(h)]])) or (direct and _PERFECT.search(s)))
                        and not _FUTURE.search(s)
                    )
                )
            if t == "action" and expectations and not _POSSIBLE.search(_SUBCLAUSE.split(ask_text, maxsplit=1)[0]):
                # (the modal in the clause before the act: not "heeft besloten camera's te plaatsen, zodat de politie kan
                # ingrijpen")
                expectations = tuple(h for h in expectations if not _possible_act(joined.text, facts.sentences[hit_sentence[id(h)]], h))
            if t == "quantity" and self.params.count_match and not empty:
                # "Hoeveel thuiswerkende ouders ...?" is answered by a number of ouders, not by "10 loopbaancentra"
                counted = counted_noun(d)
                if counted:
                    expectations = tuple(h for h in expectations if counts(answer, h, counted))
            if t == "quantity" and not empty and shared and addressed and mine and expectations and (counted := counted_noun(d)):
                # (an answer shared by several items: a figure in a sentence that responds to another item counts for this ask only
                # beside what it counts, "Roeselare beschikt over zes omheinde losloopweides ... de stad beschikt hierover niet over
                # cijfers" for "Hoeveel meldingen van bijtincidenten ...?"; not "Leefloongerechtigden (totaal) 1.284" for "Hoeveel
                # personen ontvingen een leefloon?" in a table glued to the sentence after it)
                expectations = tuple(
                    h
                    for h in expectations
                    if hit_sentence[id(h)] in mine or counts(answer, h, counted) or _counts_compound(answer, h, counted)
                )
            if t == "quantity" and expectations and not empty and any(h.text.strip().lower() in _ONE_WORDS for h in expectations):
                # a "one" that counts something else is no count of what is asked: "Hoeveel leerlingen hadden een rit van meer dan 90
                # minuten?" - "een onderwijsaanbod dat slechts op één plaats wordt aangeboden" (not "Er is één klacht ingediend")
                # (in a phrase of place, means or manner, "op één plaats", "in één keer"; not "Het gaat om één mobiel systeem")
                counted = counted_noun(d)
                if counted:
                    expectations = tuple(
                        h
                        for h in expectations
                        if h.text.strip().lower() not in _ONE_WORDS
                        or not _ONE_IN_PHRASE.search(joined.text, max(0, h.start - 12), h.start)
                        or counts(answer, h, counted)
                    )
            if t == "quantity" and expectations and not empty and len(item.asks) > 1 and not _BREAKDOWN_ONLY.match(ask_text):
                # a figure in a sentence that responds to another count of the item, not to this one, is that one's ("Hoeveel
                # aanvragen kwamen binnen? ... Zo ja, hoeveel werden er goedgekeurd?" - the one figure stands in the sentence about
                # the applications received); not for "Graag per provincie.", which wants the figures of the count before it
                # (only another count takes it: a figure in a sentence about the results asked next is still this count's)
                # (a zero answers every count after it: "Er werden nog geen controles uitgevoerd"; so does a figure said to hold for
                # both: "412 medewerkers geworven. Die zijn allemaal vertrokken.")
                others = {
                    j for k in range(len(item.asks)) if k != n and ask_types[k][0] == "quantity" for j in att.by_ask[offset + k]
                } - set(att.by_ask[offset + n])
                expectations = tuple(
                    h
                    for h in expectations
                    if hit_sentence[id(h)] not in others
                    or (h.text.split() or [""])[0].lower() in _ZERO_WORDS
                    or _for_all(joined.text, facts, h, strict=True)
                )
            if t == "quantity" and expectations:
                # "Hoeveel medewerkers zijn geworven en hoeveel zijn weer vertrokken?" - "412 medewerkers geworven": one
                # figure answers one count; when an earlier count of the item took the only figure, this one has none
                # (a zero answers every count after it: "Er werden geen controles uitgevoerd")
                figures = {(h.start, h.end) for h in expectations if (h.text.split() or [""])[0].lower() not in _ZERO_WORDS}
                # (unless the figure says it holds for both: "In beide jaren kwamen er 14 meldingen binnen", "25
                # aanvragen. Die zijn allemaal goedgekeurd.")
                if (
                    len(figures) == 1
                    and len(expectations) == 1
                    and figures <= counted_before
                    and not _for_all(joined.text, facts, expectations[0])
                ):
                    expectations = ()
                # (a count that met several figures took those of the sentence of its own: "1.212 fte ..., waarvan 684 fte digitaal
                # rechercheurs. Er stonden 143 vacatures open" leaves 143 to the count after it; "46 handhavers, van wie 12 in
                # deeltijd" leaves it nothing)
                if len(figures) > 1:
                    # (the figure of what it counts, "Hoeveel leerlingen ...?" - "op alle veertien basisscholen. Gemiddeld namen 1.950
                    # leerlingen deel": the pupils' sentence, not the schools'; none when no figure names it)
                    own_figure = _figure_of(joined.text, expectations, counted_noun(d)[:1])
                    figures = (
                        {(h.start, h.end) for h in expectations if hit_sentence[id(h)] == hit_sentence[id(own_figure)]}
                        if own_figure is not None
                        else set()
                    )
                counted_before |= figures
            if t == "time" and expectations:
                # "Wanneer start de bouw en wanneer wordt het gebouw in gebruik genomen?" - "De bouw start in het voorjaar van
                # 2026. De ingebruikname kan nog niet worden bepaald.": one moment answers one time ask; when an earlier time
                # ask of the item took the only moment of the answer, this one has none
                moments = _moments(expectations)
                if len(moments) == 1 and moments <= timed_before:
                    expectations = ()
                timed_before |= moments
            if t == "time" and expectations:
                # "Wanneer verschijnt het rapport?" - "Het rapport wordt in het najaar verwacht": a deferral that names its
                # moment says when; it is the answer asked for, not a refusal to give it
                # (not "nog niet beslist ... later dit jaar voorgelegd": what is asked is not settled yet, the date is of a
                # decision; not a notice of delay, whose dates are the questions')
                # (nor a promise to tell the assembly, "Ik zal uw Kamer voor de zomer over de openstelling informeren": its date is
                # of the telling; an ask about the telling itself is handled above)
                unsettled = {hit_sentence[id(h)] for h in declines if re.search(r"\bnog\b", h.text, re.I)}
                timed = {hit_sentence[id(h)] for h in expectations} - unsettled
                declines = [
                    h
                    for h in declines
                    if not (
                        h.rule.spec.category == "deferral"
                        and h.rule.id != NOTICE_RULE
                        and hit_sentence[id(h)] in timed
                        and not _TELLS.search(h.text)
                    )
                ]
            if expectations:
                # a breakdown refused that the ask does not ask for, beside what it does ask, given: "Hoeveel meldingen ontving het
                # waterschap?" - "1.126 meldingen. Een uitsplitsing naar oorzaak is niet te maken, omdat ..." (the cue names nothing
                # the ask names; with nothing given it still declines: "... worden niet opgesplitst naar type fietsinfrastructuur")
                declines = [
                    h
                    for h in declines
                    if not (
                        h.rule.spec.category == "no_data"
                        and _BREAKDOWN_CUE.search(h.text)
                        and not names_breakdown(ask_text)
                        and not _names_after(joined.text, h, ask_lemmas[n])
                    )
                ]
            # (in an answer shared by several items, only the figures of the sentences that respond to this ask)
            own_sents = set(mine) if shared and mine else None
            figures_apart = sum(1 for j in figure_sents if own_sents is None or j in own_sents)
            cue_sents = {hit_sentence[id(h)] for h in declines}
            # figures after a refusal or a want of data in a sentence that says it is background ("In algemene zin kan ik meegeven
            # dat de Mestbank in 2024 in totaal 1.214 geldboetes oplegde", "Ter vergelijking: ..."): not what is asked (GUIDE:
            # declining outweighs background)
            # (unless the ask itself asks it in general: "Welke criteria hanteert de FOD in het algemeen ...?")
            if not _IN_GENERAL_ASKED.search(ask_text) and (
                refusing := [
                    hit_sentence[id(h)] for h in declines if h.rule.spec.weight >= 0.9 and h.rule.spec.category in ("refusal", "no_data")
                ]
            ):
                expectations = tuple(
                    h
                    for h in expectations
                    if not (
                        hit_sentence[id(h)] > min(refusing)
                        and _BACKGROUND_LEAD.match(_text(joined.text, facts.sentences[hit_sentence[id(h)]])) is not None
                    )
                )
            # (met in a clause of its own beside the cue's: "Er kwamen 2.300 bezoekers; kinderen werden niet geteld")
            # (and the clause names what the ask names: not "Dat aantal is niet bekend; de meldkamer is 24 uur per dag
            # bereikbaar", a figure of something else)
            met_beside = any(
                hit_sentence[id(h)] in cue_sents
                and all(_clauses_apart(joined.text, h, c) for c in declines if hit_sentence[id(c)] == hit_sentence[id(h)])
                and _clause_names(joined.text, facts.sentences[hit_sentence[id(h)]], h, ask_lemmas[n])
                for h in expectations
            )
            met_apart = not named_by_noch and (met_beside or any(hit_sentence[id(h)] not in cue_sents for h in expectations))
            own = set(mine)
            # the cue stands in a sentence that responds to this ask alone, what it wants only in sentences that respond to
            # others: the cue is this ask's ("Hoeveel woninginbraken ...? Wat was het ophelderingspercentage?" - "1.186
            # woninginbraken ... Het ophelderingspercentage is voor 2025 nog niet beschikbaar": the figure is the other count's)
            # (by the words each sentence shares with each ask, not by the sentences an ask of few words inherits)
            if (
                met_apart
                and not empty
                and len(item.asks) > 1
                and _cue_names_ask(
                    att.overlap,
                    offset,
                    len(item.asks),
                    n,
                    {hit_sentence[id(h)] for h in declines},
                    {hit_sentence[id(h)] for h in expectations},
                )
            ):
                met_apart = False
            # (the decline cue stands in a sentence that responds to this ask; what it wants is met in one that does)
            cue_own = any(hit_sentence[id(h)] in own for h in declines)
            met_own = any(hit_sentence[id(h)] in own and hit_sentence[id(h)] not in cue_sents for h in expectations)
            if met_apart and not empty and len(item.asks) > 1 and n > 0 and own and cue_own and not met_own:
                # a later ask of the item, declined in a sentence that responds to it, met only in sentences that respond to the
                # asks before it: what meets it there is theirs ("Hoeveel camera's ...? Op welke locaties staan ze?" - "58
                # camera's ...; daarnaast twee voertuigen. De locaties worden niet publiek gemaakt.")
                met_apart = False
            cue_period = (
                _cue_period(
                    ask_text,
                    joined.text,
                    facts.sentences,
                    cue_sents - {hit_sentence[id(h)] for h in expectations},
                    {hit_sentence[id(h)] for h in expectations} - cue_sents,
                )
                if t == "quantity" and expectations and any(h.rule.spec.weight >= 0.9 for h in declines)
                else None
            )
            restate_at = None
            if t == "polar" and not expectations and not empty and len(ask_lemmas[n]) >= RESTATE_MIN:
                # the proposition asked about said back, affirmed or denied, in a sentence that asks nothing and declines nothing
                # (nor points elsewhere: "Voor de subsidie voor koelinstallaties verwijs ik naar mijn antwoord op ..." names what it
                # points about)
                # (or in a clause of a cue's sentence that the cue does not stand in: "Het college zal de raad vragen het
                # bestemmingsplan te herzien; een voorstel volgt in juni")
                said_words = list(facts.sentence_words)
                willing = _WILLING.search(ask_text) is not None
                for j in cue_sents:
                    # (a willingness to do something, and the answer that it will be done: "Is de deputatie bereid de visie aan de
                    # provincieraad voor te leggen?" - "ze zal in de loop van 2026 aan de provincieraad worden voorgelegd" is the
                    # yes with its moment, the action asked for said back in the future, not a deferral of what is asked)
                    # (not a decision or a judgement still to come: "Over een eventuele heroverweging van het verbod kan de
                    # Commissie zich pas uitspreken na ..." defers the yes or no itself)
                    if willing and all(
                        h.rule.spec.category == "deferral" and _FUTURE_ACT.search(h.text) and not _DECIDING.search(h.text)
                        for h in declines
                        if hit_sentence[id(h)] == j
                    ):
                        continue
                    said_words[j] = _free_clause_words(answer, joined.text, facts.sentences[j], declines)
                # (nor in a sentence of general text: "De gemeente is verantwoordelijk voor het renoveren van de speeltuin" names
                # another party's task, not the yes or no to "Bent u bereid de gemeente te vragen de speeltuin te renoveren?")
                for h in applicable:
                    if h.rule.spec.category == "general_statement":
                        said_words[hit_sentence[id(h)]] = set()
                # (a pointer counts when it applies to this ask: "Het hekwerk is opgenomen in het onderhoudsprogramma 2024 en wordt in
                # oktober geplaatst" points for a "Zo nee, waarom niet?" and says the yes of "Bent u bereid ...?")
                pointed = {hit_sentence[id(h)] for h in applicable if h.rule.spec.effect == "refers"}
                statements = (j for j in sorted(expect_on) if j not in pointed and said_words[j] and facts.states(joined.text, j))
                restate_at = restated(
                    ask_lemmas[n],
                    said_words,
                    statements,
                    infinitive_ends(d, ask_lemmas[n]),
                    relative_start(d),
                    predicate_verb(d, ask_lemmas[n]),
                )
                if restate_at is not None and first and polarity == "unknown":
                    # the proposition said back sets the answer's yes or no for "Zo ja, ..." / "Zo nee, ..." after it
                    polarity = "negative" if denies(_text(joined.text, facts.sentences[restate_at])) else "positive"
            if t == "polar" and first and polarity == "unknown" and not empty and _echo_denied(d, answer, ask_lemmas[n], skip):
                # the yes/no question's verb said back under a negation in the answer's first sentence: "Houdt de gemeente bij
                # hoeveel meldingen er binnenkomen? Zo ja, hoeveel?" - "De gemeente houdt dat niet bij." is the no
                polarity = "negative"
            strong_cues = [h for h in declines if h.rule.spec.weight >= 0.9]
            cue_sentence = min((max(0, hit_sentence[id(h)] - skip) for h in declines if h.rule.spec.weight >= 0.9), default=None)
            lead_sentence = min((max(0, hit_sentence[id(h)] - skip) for h in declines if h.rule.spec.weight >= 1.0), default=None)
            # (an unnumbered answer shared by several questions: where the cue stands among the sentences that respond to this
            # ask, and how long they are, not the whole answer: "Wordt daarbij samengewerkt met een energiecoöperatie?" is
            # declined by its own last sentence of a long answer to four questions)
            own_cue = own_words = None
            if unnumbered and shared and mine and cue_sentence is not None:
                ordered = sorted(mine)
                at = [ordered.index(hit_sentence[id(h)]) for h in strong_cues if hit_sentence[id(h)] in own]
                if at:
                    own_cue = min(at)
                    own_words = sum(len(_text(joined.text, facts.sentences[j]).split()) for j in ordered)
            moot = polarity if is_moot(a, polarity) else None
            refers = tuple(h for h in applicable if h.rule.spec.effect == "refers")
            out.append(
                AskSignals(
                    span=a.span,
                    kind=a.kind,
                    type=t,
                    type_rule=t_rule,
                    coverage=cov,
                    met=bool(expectations) if t in self._expect_types else None,
                    strong=tuple(h for h in declines if h.rule.spec.weight >= 0.9),
                    weak=tuple(h for h in declines if h.rule.spec.weight < 0.9),
                    refers=refers,
                    weakens=tuple(h for h in applicable if h.rule.spec.effect == "weakens" and h.rule.spec.category != "general_statement"),
                    general=tuple(h for h in applicable if h.rule.spec.category == "general_statement"),
                    # (the answer's first sentence, or for a later ask of the item the first of its own: "3. In 2025 werd 11,4 kilometer
                    # opgeleverd. / De deputatie begrijpt dat de ontbrekende schakel een knelpunt vormt. ..." for "Is de deputatie
                    # bereid ...?")
                    general_lead=any(h.rule.spec.category == "general_statement" and hit_sentence[id(h)] == lead_at for h in applicable),
                    expectations=expectations,
                    moot=None if empty else moot,
                    shared=shared,
                    words=words,
                    unpointed_words=unpointed_words,
                    summarised=summarised,
                    pointed_own=shared and addressed and bool(mine) and all(j in refer_at for j in mine),
                    cue_sentence=cue_sentence,
                    lead_sentence=lead_sentence,
                    # (a figure given instead, marked as such, in a sentence of its own: "Er bestaat geen landelijke registratie van
                    # openstaande vacatures. De beste benadering biedt de Arbeidsmarktanalyse, waaruit blijkt dat het tekort ... circa
                    # 1.350 fte bedroeg")
                    substitute=bool(strong_cues)
                    and any(
                        hit_sentence[id(h)] not in cue_sents
                        and (
                            _SUBSTITUTE.search(sub := _text(joined.text, facts.sentences[hit_sentence[id(h)]]))
                            or _STAND_IN.search(sub)
                            # (or the sentence before it, not the cue's, says the figures are the whole's instead: "Onderstaande tabel
                            # bevat daarom het totaal aantal afgeronde inspecties in de uitzendsector" above its table)
                            or (
                                (before := hit_sentence[id(h)] - 1) >= 0
                                and before not in cue_sents
                                and _STAND_IN.search(_text(joined.text, facts.sentences[before])) is not None
                            )
                        )
                        # (an amount of money is no stand-in for a count: "Het aantal gebruikers wordt niet geregistreerd. De
                        # raming van de kosten bedraagt 2,3 miljoen euro")
                        and not (_MONEY.search(sub) and not _MONEY_ASK.search(ask_text))
                        for h in expectations
                    ),
                    # a want of data at the level asked only, the figures for another scope in a sentence of their own: "een
                    # uitsplitsing naar wijk wordt niet gemaakt. Voor de gemeente Vlaardingen werd in 2024 bij 83% ..." (GUIDE: figures
                    # for another scope are partial)
                    leveled=bool(strong_cues)
                    and all(h.rule.spec.category == "no_data" for h in strong_cues)
                    and all(_NOT_AT_LEVEL.search(_text(joined.text, facts.sentences[hit_sentence[id(c)]])) for c in strong_cues)
                    # (a figure of what is asked, not of something else: "Het fonds telt circa 40 medewerkers" beside "Een uitsplitsing
                    # per gemeente is niet voorhanden" for a count of applications)
                    and any(
                        hit_sentence[id(h)] not in cue_sents
                        and (
                            t != "quantity"
                            or not (c := counted_noun(d))
                            # (or what the answer's cue calls it: "Het aantal bekeuringen voor wildplassen wordt niet afzonderlijk
                            # bijgehouden. ... in totaal 1.140 bekeuringen" for "Hoeveel boetes ...?")
                            or _counts_closely(answer, h, [*c, *_counted_in(joined.text, facts.sentences, cue_sents)])
                        )
                        for h in expectations
                    ),
                    sourced=bool(strong_cues)
                    and all(h.rule.spec.category == "no_data" for h in strong_cues)
                    # (not a want of data at the level asked: "De politiezone rapporteert niet op het niveau van wijken" beside the
                    # district's figure is a figure for another scope)
                    and not any(_LEVEL.search(_text(joined.text, facts.sentences[hit_sentence[id(h)]])) for h in strong_cues)
                    and any(
                        hit_sentence[id(h)] not in cue_sents and _SOURCED.search(_text(joined.text, facts.sentences[hit_sentence[id(h)]]))
                        for h in expectations
                    ),
                    countered=bool(strong_cues)
                    and (
                        all(_countered(joined.text, facts.sentences[hit_sentence[id(h)]], h) for h in strong_cues)
                        # (or in a sentence of its own after it, what is asked given with "wel": "De cijfers over het volledige jaar
                        # ... kan ik u op dit ogenblik niet bezorgen. Wel kan ik meegeven dat er tussen 1 januari en 30 september
                        # 4.980 aanvragen werden ingediend")
                        or any(
                            hit_sentence[id(h)] > max(hit_sentence[id(c)] for c in strong_cues)
                            and _GIVEN_ALL_THE_SAME.match(_text(joined.text, facts.sentences[hit_sentence[id(h)]]))
                            for h in expectations
                        )
                    ),
                    opener=opener and 0 in in_scope,
                    first=first,
                    multi=len(item.asks) > 1,
                    breakdown_missing=breakdown_missing(ask_text, scope_vocab, joined.text),
                    unit_missing=unit_missing(ask_text, joined.text, any(_zero_cost(h) for h in expectations))
                    if t == "quantity" and not empty
                    else None,
                    period_missing=period_missing(
                        ask_text,
                        # (the sentences that give its figures: "Er is 6 fte extra ingezet. Deze formatie is tijdelijk, tot en met 2026"
                        # gives the figure asked for 2025, the year is of a term; "In 2024 verwelkomde Aruba 1.218.000 passagiers ... Men
                        # verwacht dat het aantal in 2025 vergelijkbaar zal zijn" gives none for 2025)
                        # (with the sentence before one that names its period by pointing back: "De meest recente cijfers hebben
                        # betrekking op aanslagjaar 2023. Voor dat aanslagjaar ontvingen 3.412.806 belastingplichtigen ...")
                        " ".join(
                            _text(joined.text, facts.sentences[j])
                            for j in sorted(
                                {hit_sentence[id(h)] for h in expectations}
                                | {
                                    hit_sentence[id(h)] - 1
                                    for h in expectations
                                    if hit_sentence[id(h)] > 0
                                    and _PERIOD_BACK.search(_text(joined.text, facts.sentences[hit_sentence[id(h)]]))
                                }
                            )
                        )
                        or joined.text,
                    )
                    if self.params.check_period and not empty
                    else None,
                    met_apart=met_apart,
                    met_beside=met_beside,
                    cue_period=cue_period,
                    undated=t == "time"
                    and not expectations
                    and not empty
                    # (in the ask's own sentences, or one about the timing: "De planning van de uitvoering is mede afhankelijk van
                    # de aanbesteding"; not "De tegemoetkoming is afhankelijk van ..." for the amount ask beside it)
                    and any(
                        _DEPENDS_ON.search(sent := _text(joined.text, facts.sentences[j])) and (j in mine or _TIMING.search(sent))
                        for j in range(len(facts.sentences))
                    ),
                    own_cue=own_cue,
                    own_words=own_words,
                    cue_own=cue_own,
                    met_own=met_own,
                    addressed=addressed,
                    unnumbered=unnumbered,
                    lemmas=len(ask_lemmas[n]),
                    condition=a.condition,
                    depends=dependencies[n],
                    whole_coverage=0.0 if empty else round(facts.index.coverage(ask_lemmas[n]), 3),
                    sentence_count=len(facts.sentences),
                    # (the sentence that says the proposition back is evidence too, attributed or not)
                    sentences=tuple(facts.sentences[j] for j in (mine if restate_at is None else sorted({*mine, restate_at}))),
                    first_item=offset == 0,
                    figures_apart=figures_apart,
                    restated=None if restate_at is None else facts.sentences[restate_at],
                    why=_ASKS_WHY.search(ask_text) is not None,
                    condition_holds=(a.condition, polarity) in (("yes", "positive"), ("no", "negative")),
                )
            )
        return out, hits

    def decide(
        self, doc: Document, item: Item, sig: Sequence[AskSignals], joined: _Joined, hits: Sequence[Hit], followed: tuple[int, ...]
    ) -> ItemJudgement:
        p = self.params
        if not joined.text.strip():
            asks = tuple(AskJudgement(s.span, s.kind, s.type, s.type_rule, "declined", "no answer text", 0.0, None) for s in sig)
            code = "declined/no-answer-text"
            confidence = self.calibration.confidence("declined", code)
            return ItemJudgement(
                item.id, "declined", confidence, "not addressed: no answer text responds to this item", asks, (), followed, code
            )
        used: dict[tuple[str, int], Finding] = {}
        judged: list[AskJudgement] = []
        decided: list[tuple[Decision, AskSignals]] = []
        for s, decision in zip(sig, decide_asks(sig, p), strict=True):
            fs = []
            for h in decision.evidence:
                key = (h.rule.id, h.start)
                if key not in used:
                    used[key] = _finding(doc, h, joined)
                fs.append(used[key])
            sentences = tuple(_trimmed(joined.original(a, b), doc.text) for a, b in s.sentences)
            judged.append(
                AskJudgement(
                    s.span, s.kind, s.type, s.type_rule, decision.verdict, decision.reason, s.coverage, s.met, tuple(fs), sentences
                )
            )
            decided.append((decision, s))
        for h in hits:  # references are evidence wherever they occur
            if h.rule.spec.kind == "reference" and (h.rule.id, h.start) not in used:
                used[(h.rule.id, h.start)] = _finding(doc, h, joined)
        verdict, reason, code = combine(decided, p)
        confidence = self.calibration.confidence(verdict, code)
        if verdict != "answered":
            open_ask = next((j for j in judged if j.verdict not in ("answered", "moot")), None)
            if open_ask is not None and verdict == "partial":
                reason = f"{reason}; open: {open_ask.reason}"
            elif open_ask is not None:
                reason = open_ask.reason
        findings = tuple(sorted(used.values(), key=lambda f: (f.start, f.rule)))
        return ItemJudgement(item.id, verdict, confidence, reason, tuple(judged), findings, followed, code)

    def _group_guard(self, doc: Document, out: list[ItemJudgement]) -> list[ItemJudgement]:
        """Questions answered together by one text are never all declined as "not addressed": the text
        responds to them, only not to one in particular (attribution by overlap cannot tell which), so
        each is partial. A group where some are addressed keeps its verdicts."""
        groups: dict[tuple[int, ...], list[int]] = {}
        for k, j in enumerate(out):
            parts = doc.alignment(j.item_id).parts
            if parts:
                groups.setdefault(parts, []).append(k)
        for members in groups.values():
            if len(members) < 2 or not all(out[k].code.startswith("declined/unaddressed") for k in members):
                continue
            for k in members:
                j = out[k]
                asks = tuple(
                    dataclasses.replace(a, verdict="partial", reason=_GROUP_REASON) if a.reason.startswith("not addressed") else a
                    for a in j.asks
                )
                code = "partial/unaddressed-group"
                out[k] = dataclasses.replace(
                    j,
                    verdict="partial",
                    reason=_GROUP_REASON,
                    asks=asks,
                    code=code,
                    confidence=self.calibration.confidence("partial", code),
                )
        return out

    @staticmethod
    def _shared(doc: Document, item: Item) -> bool:
        """Whether the item's answer text also answers other items (a group, or a lettered item's whole number)."""
        al = doc.alignment(item.id)
        if al.method in ("similarity", "grouped", "unnumbered"):
            return True
        return any(len(doc.answer_parts[j].covers) > 1 or item.id not in doc.answer_parts[j].covers for j in al.parts)


# an ask that only names a breakdown of the one before it: "Graag per provincie.", "En per gemeente?", "Graag opgesplitst per jaar."
_BREAKDOWN_ONLY = re.compile(
    r"^\W*(?:(?:graag|en|ook|eventueel|indien\s+mogelijk)[,\s]+)*(?:een\s+)?(?:(?:opsplitsing|uitsplitsing|opdeling|onderverdeling)\s+)?"
    r"(?:(?:opgesplitst|uitgesplitst|opgedeeld|onderverdeeld)\s+)?(?:per|naar)\s+\w+(?:\s+\w+)?\W*$",
    re.I,
)


def _inherit_breakdown_types(
    items: Sequence[Item], ask_clean: Sequence[Sequence[CleanText]], types: list[list[tuple[AskType, str | None]]]
) -> None:
    """An ask that only names a breakdown ("Hoeveel processen-verbaal ...? Graag per provincie.") wants the data of the ask
    before it, in that breakdown: it takes that ask's type when it has none of its own."""
    for i, _it in enumerate(items):
        for n in range(1, len(types[i])):
            if types[i][n][0] == "other" and types[i][n - 1][0] in DATA_TYPES and _BREAKDOWN_ONLY.match(ask_clean[i][n].text):
                types[i][n] = types[i][n - 1]


def _inherit_stem_types(items: Sequence[Item], types: list[list[tuple[AskType, str | None]]]) -> None:
    """A lettered item that asks nothing of its own ("a) per straat;" under "2. Hoeveel eigenaars ...? Graag
    een opsplitsing:") asks what its stem asks: it takes the type of the stem's last ask that wants data."""
    index = {it.id: i for i, it in enumerate(items)}
    for i, it in enumerate(items):
        if it.letter is None or it.number is None or len(it.asks) != 1 or it.asks[0].kind != "request":
            continue
        stem = index.get(str(it.number))
        if stem is None or not types[stem] or types[i][0][0] != "other":
            continue
        wanted = [(t, rule) for t, rule in types[stem] if t in DATA_TYPES]
        if wanted:
            types[i] = [wanted[-1]]
