"""Judging: every aligned item gets a verdict, a confidence and the evidence behind it.

Per ask (GUIDE.md's unit below the item):

1. its **type** (quantity, polar, list, explanation, time, opinion, procedural, other) from the
   ``ask_type`` rules, by priority;
2. the **cues** in the item's answer text (its own answer parts plus the parts its in-document
   references point to) whose ``applies_to`` admits that type: ``declines`` (no data, refusal, not
   competent, deferral), ``refers`` (a text outside the document), ``weakens`` (premise rejected);
3. whether the answer meets the **expectation** of the type (a number for a quantity ask, a yes/no
   signal for a polar ask ...);
4. its **coverage**: the share of the ask's content lemmas found in the answer.

Context decides: "Er is geen aparte monitoring" declines "Hoeveel ouders ...?" (the no_data rule
applies to quantity asks) and answers "Beschikt VDAB over een monitoringsysteem?" (it does not
apply to polar asks, and the yes/no expectation is met by the negative).

Per item: all asks answered -> answered; all declined -> declined; only pointers outside -> referred;
anything else -> partial. The thresholds live in ``analyzer/data/judge.json``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from .clean import CleanText, clean_view
from .model import VERDICTS, Document, Item, Span, Verdict
from .rules import ASK_TYPES, AskType, Hit, RuleSet

AskVerdict = Literal["answered", "partial", "declined", "referred", "moot"]
# Ask types that want data: "geen cijfers" declines them wherever it stands.
DATA_TYPES = ("quantity", "list", "time")
# When several ask_type rules fire, the most specific type wins.
TYPE_PRIORITY: tuple[AskType, ...] = ("procedural", "quantity", "time", "list", "explanation", "opinion", "polar", "other")
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


@dataclass(frozen=True)
class ItemJudgement:
    item_id: str
    verdict: Verdict
    confidence: float
    reason: str
    asks: tuple[AskJudgement, ...]
    findings: tuple[Finding, ...]
    followed_parts: tuple[int, ...] = ()


@dataclass(frozen=True)
class DocumentJudgement:
    items: tuple[ItemJudgement, ...]
    counts: dict[str, int]
    score: float | None
    skipped_rules: tuple[str, ...] = ()

    def item(self, item_id: str) -> ItemJudgement:
        for it in self.items:
            if it.item_id == item_id:
                return it
        raise KeyError(item_id)


@dataclass(frozen=True)
class Params:
    """The numbers that combine the signals.

    Fitted on the dev corpus with leave-one-document-out cross-validation by
    ``benchmarks/fit_judge.py``; the fitted values live in ``analyzer/data/judge.json``.
    """

    not_addressed: float = 0.12  # coverage below this, in a shared answer: the ask is left out
    low_coverage: float = 0.15  # coverage below this, no expectation to meet: only touched on
    implicit: float = 0.35  # coverage from which an unmet yes/no or position expectation counts as implicit
    implicit_other: float = 0.5  # the same for list, explanation and time asks
    pointer_max_words: int = 70  # a referral is a short answer that only points elsewhere
    decline_max_sentence: int = 2  # a refusal, deferral ... declines when it is among the answer's first sentences
    decline_max_words: int = 80  # ... of a short answer (data asks excepted); later or longer it is partial
    decline_lead_sentence: int = 1  # a cue in the answer's very first sentence(s) declines whatever follows
    lead_max_words: int = 400  # ... in an answer up to this long
    answered_share: float = 1.0  # share of live asks that must be answered for "answered"
    many_asks: int = 4  # from this many asks on, "answered" needs ...
    many_asks_coverage: float = 0.5  # ... at least this mean coverage
    check_breakdown: int = 1
    none_answered_declines: int = 1  # no ask answered and one explicitly declined: the item is declined  # figures without the breakdown asked for ("per provincie") are partial

    @classmethod
    def load(cls) -> Params:
        return _params()

    def as_dict(self) -> dict[str, float]:
        return {k: float(getattr(self, k)) for k in self.__dataclass_fields__}


@lru_cache(maxsize=1)
def _params() -> Params:
    try:
        data = json.loads(resources.files("analyzer").joinpath("data/judge.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return Params()
    fields = Params.__dataclass_fields__
    known = {k: type(getattr(Params(), k))(v) for k, v in data.get("params", {}).items() if k in fields}
    return Params(**known)


@dataclass(frozen=True)
class AskSignals:
    """What the rules and the NLP found for one ask; the decision is a pure function of these."""

    span: Span
    kind: str
    type: AskType
    type_rule: str | None
    coverage: float
    met: bool | None
    strong: tuple[Hit, ...]
    weak: tuple[Hit, ...]
    refers: tuple[Hit, ...]
    weakens: tuple[Hit, ...]
    expectations: tuple[Hit, ...]
    moot: str | None
    shared: bool
    words: int
    cue_sentence: int | None  # the earliest answer sentence with a strong decline cue
    lead_sentence: int | None  # the earliest answer sentence with a full-weight decline cue
    opener: bool  # the answer opens with a yes/no or a stance ("Ja", "Dat klopt", "Ik deel ...")
    first: bool  # the item's first ask that is not a conditional follow-up
    multi: bool  # the item has more than one ask
    breakdown_missing: str | None  # "per provincie": a breakdown the ask names and the answer never mentions
    met_apart: bool  # the expectation is met in a sentence without a decline cue


def decide_ask(s: AskSignals, p: Params) -> tuple[AskVerdict, str, tuple[Hit, ...]]:
    """One ask's verdict, the reason in words, and the hits that are its evidence."""
    if s.moot is not None:
        return "moot", f"follow-up does not apply: the answer is {s.moot}", ()
    if s.type == "procedural":
        return "answered", "procedural: the answer itself responds", ()
    if s.refers and not s.met and s.words <= p.pointer_max_words:
        return "referred", s.refers[0].rule.spec.message, s.refers
    lead = [h for h in s.strong if h.rule.spec.weight >= 1.0]
    if lead and s.lead_sentence is not None and s.lead_sentence < p.decline_lead_sentence and not s.opener and s.words <= p.lead_max_words:
        return "declined", f"{lead[0].rule.spec.message} (the answer opens with it)", tuple(lead)
    if s.strong and not s.met:
        early = s.cue_sentence is not None and s.cue_sentence < p.decline_max_sentence
        if early and (s.words <= p.decline_max_words or s.type in DATA_TYPES):
            return "declined", s.strong[0].rule.spec.message, s.strong
    if s.shared and s.coverage < p.not_addressed:
        return "declined", "not addressed: nothing in the shared answer responds to this ask", ()
    if s.strong and not s.met:
        return "partial", f"{s.strong[0].rule.spec.message}, next to other content", s.strong
    if s.opener and s.first and s.type in ("polar", "opinion", "other"):
        return "answered", "the answer opens with a clear yes or no", s.expectations[:1]
    if (s.strong or s.weak) and not (s.multi and s.met_apart):
        # (in an item of several asks, a cue in another sentence than this ask's answer is about another ask)
        first = (s.strong + s.weak)[0]
        return "partial", f"{first.rule.spec.message}; some of what is asked is given", s.strong + s.weak + s.expectations[:1]
    if s.met:
        if s.weakens:
            return "partial", s.weakens[0].rule.spec.message, s.weakens
        if p.check_breakdown and s.breakdown_missing and s.type in ("quantity", "list"):
            return "partial", f"figures given, but not broken down as asked ({s.breakdown_missing})", s.expectations[:1]
        return "answered", "the answer gives what is asked", s.expectations[:1]
    if s.met is None:
        if s.coverage < p.low_coverage:
            return "partial", "the answer hardly touches what is asked", s.refers + s.weakens
        if s.weakens:
            return "partial", s.weakens[0].rule.spec.message, s.weakens
        return "answered", "the answer addresses the ask", ()
    implicit = p.implicit if s.type in ("polar", "opinion") else p.implicit_other
    if s.type != "quantity" and s.coverage >= implicit and not s.weakens and not s.refers:
        return "answered", "answered implicitly: the answer takes up what is asked", ()
    return "partial", _missing(s.type), s.refers + s.weakens


_WHY_FOLLOW_UP = re.compile(r"\s*(?:zo|indien)\s+(?:nee|neen|niet)\b.*\bwaarom\b", re.I | re.S)


def decide_asks(sig: Sequence[AskSignals], p: Params, texts: Sequence[str]) -> list[tuple[AskVerdict, str, tuple[Hit, ...]]]:
    """Every ask's decision, then what the asks say about each other.

    "Bent u bereid ...? Zo nee, waarom niet?": when the answer gives the reason, it has said no, so
    the polar ask is answered by implication.
    """
    out = [decide_ask(s, p) for s in sig]
    for i, (s, text) in enumerate(zip(sig, texts, strict=True)):
        if i == 0 or not _WHY_FOLLOW_UP.match(text) or out[i][0] != "answered" or s.type != "explanation":
            continue
        j = i - 1
        if sig[j].type in ("polar", "opinion") and out[j][0] == "partial" and not (sig[j].strong or sig[j].weak):
            out[j] = ("answered", "answered by implication: the reason asked for under 'zo nee' is given", out[i][2])
    return out


def combine(asks: Sequence[tuple[AskVerdict, AskSignals]], p: Params) -> tuple[Verdict, float, str]:
    """The item's verdict from its asks' verdicts, a confidence, and the reason in words."""
    live: list[tuple[AskVerdict, AskSignals]] = [(v, s) for v, s in asks if v != "moot"] or list(asks)
    vs = [v for v, _ in live]
    n = len(vs)
    answered = sum(v in ("answered", "moot") for v in vs)
    cov = sum(s.coverage for _, s in live) / n if n else 0.0
    if n >= p.many_asks and answered == n and cov < p.many_asks_coverage:
        # items that ask many things are rarely answered in full (81% partial in dev at 4+ asks)
        return "partial", 0.55, f"{n} asks, each touched on, but the answer covers little of what is asked"
    if answered == n or (n > 1 and answered / n >= p.answered_share):
        return (
            "answered",
            round(min(0.95, 0.55 + 0.4 * min(1.0, cov)), 2),
            "every ask is answered" if answered == n else f"{answered} of {n} asks answered",
        )
    if all(v == "declined" for v in vs):
        explicit = any(s.strong for _, s in live)
        return "declined", 0.85 if explicit else 0.6, "none of what is asked is given"
    if p.none_answered_declines and answered == 0 and any(v == "declined" and s.strong for v, s in live) and "referred" not in vs:
        # nothing is answered and an explicit refusal or no-data cue covers part of it: none of the information is given
        return (
            "declined",
            0.75,
            "no ask is answered; " + next(s.strong[0].rule.spec.message for v, s in live if v == "declined" and s.strong),
        )
    if all(v in ("declined", "referred") for v in vs):
        return "referred", 0.7, "the answer only points to a text outside the document"
    return "partial", 0.6, f"{answered} of {n} asks answered"


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
        if not self.offsets or a >= b:
            return Span(0, 0)
        return Span(self.offsets[a], self.offsets[b - 1] + 1)


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


def ask_type(hits: Sequence[Hit]) -> tuple[AskType, str | None]:
    found = {h.rule.spec.ask_type: h.rule.id for h in hits if h.rule.spec.kind == "ask_type" and h.rule.spec.ask_type}
    for t in TYPE_PRIORITY:
        if t in found:
            return t, found[t]
    return "other", None


def content_lemmas(doc: Doc) -> list[str]:
    out = []
    for t in doc:
        lemma = (t.lemma_ or t.text).lower()
        if not t.is_alpha or len(t.text) < 3 or lemma in QUESTION_WORDS or t.lower_ in QUESTION_WORDS or t.is_stop:
            continue
        if lemma not in out:
            out.append(lemma)
    return out


_BREAKDOWN = re.compile(
    r"\b(?:[Pp]er|uitgesplitst\s+naar|opgesplitst\s+naar|opdeling\s+naar|verdeeld\s+naar|onderverdeeld\s+naar)\s+(?:de\s+|het\s+)?([a-zà-ÿ]{4,})\b"
)
# Units of time: answers give the years or months themselves rather than the word.
_TIME_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "kwartaal", "dag", "dagen", "periode"})


def breakdown_missing(ask: str, answer_vocab: set[str]) -> str | None:
    """The breakdown an ask names ("per provincie", "naar scholingsgraad") if the answer never mentions it."""
    for m in _BREAKDOWN.finditer(ask):
        word = m.group(1).lower()
        if word in _TIME_UNITS or word in QUESTION_WORDS:
            continue
        stem = word[:6]
        if not any(v.startswith(stem) or (len(v) >= 5 and word.startswith(v)) for v in answer_vocab):
            return m.group(0)
    return None


def coverage(ask_lemmas: Sequence[str], answer_vocab: set[str]) -> float:
    """Share of the ask's content lemmas that occur in the answer (compounds match by a shared stem).

    A lemma of five letters or more matches a word it starts, that starts it, or that shares its first
    six letters ("monitoringsysteem" ~ "monitoring"). Computed with prefix sets, not pairwise.
    """
    if not ask_lemmas:
        return 1.0
    p6 = {b[:6] for b in answer_vocab if len(b) >= 6}
    five = {b for b in answer_vocab if len(b) == 5}
    p5 = {b[:5] for b in answer_vocab if len(b) >= 5}
    hit = 0
    for a in ask_lemmas:
        if a in answer_vocab or (len(a) >= 6 and (a[:6] in p6 or a[:5] in five)) or (len(a) == 5 and a in p5):
            hit += 1
    return hit / len(ask_lemmas)


def _vocab(doc: Doc) -> set[str]:
    vocab: set[str] = set()
    for t in doc:
        if t.is_alpha:
            vocab.add(t.lower_)
            vocab.add((t.lemma_ or t.text).lower())
    return vocab


# An answer that opens with a yes, a no or a stance (90% of such polar items are answered, cues.md 3.2).
OPENER = re.compile(
    r"\s*(?:ja\b|nee\b|neen\b|inderdaad\b|zeker\b|(?:dat|dit)\s+klopt\b|dat\s+is\s+(?:juist|correct|niet|het\s+geval)\b|"
    r"ik\s+deel\b|dat\s+deel\s+ik\b|dat\s+kan\s+ik\s+(?:niet\s+)?bevestigen|ik\s+ben\s+(?:het\s+)?(?:bekend|op\s+de\s+hoogte|eens)|"
    r"daar\s+ben\s+ik\s+(?:mee\s+)?bekend|ik\s+heb\s+(?:hier\s+)?kennis\s*genomen|ik\s+ken\b|ik\s+herken\b)",
    re.I,
)


def _sentence_index(starts: Sequence[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


_NEGATIVE_START = re.compile(r"\s*(?:nee\b|neen\b|dat\s+is\s+niet|dat\s+klopt\s+niet|er\s+(?:is|zijn)\s+geen|geen\b|niet\b)", re.I)
_POSITIVE_START = re.compile(r"\s*(?:ja\b|inderdaad\b|dat\s+klopt\b|dat\s+is\s+(?:juist|correct)\b|zeker\b)", re.I)


def answer_polarity(answer: str) -> Literal["positive", "negative", "unknown"]:
    """Whether the answer's first sentence says yes or no (for "Zo ja, ..." / "Zo niet, ..." follow-ups)."""
    first = re.split(r"(?<=[.!?])\s", answer.strip(), maxsplit=1)[0]
    if _POSITIVE_START.match(first) or re.search(r"\b(?:inderdaad|wel\s+degelijk)\b", first, re.I):
        return "positive"
    if _NEGATIVE_START.match(first) or re.search(
        r"\b(?:is|zijn|heeft|hebben|wordt|worden|kan|kunnen|komt|komen)\s+(?:\w+\s+)?(?:geen|niet)\b", first, re.I
    ):
        return "negative"
    return "unknown"


def _moot(ask_text: str, polarity: str) -> bool:
    s = ask_text.strip().lower()
    if re.match(r"(?:zo|indien|als)\s+(?:ja|wel|dat\s+zo\s+is|dit\s+het\s+geval\s+is|dat\s+het\s+geval\s+is)\b", s):
        return polarity == "negative"
    if re.match(r"(?:zo|indien)\s+(?:niet|nee|neen)\b", s):
        return polarity == "positive"
    return False


class Judge:
    """Judges the items of analyzed documents with one pipeline and one rule set."""

    def __init__(self, nlp: Language, rules: RuleSet, params: Params | None = None) -> None:
        self.nlp = nlp
        self.rules = rules
        self.params = params or Params.load()
        # ask types that some expectation rule covers: only those can miss their expectation
        self._expect_types = {t for r in rules.of_kind("expectation") for t in r.spec.applies_to}
        self._facts: dict[int, tuple[Doc, tuple[tuple[Hit, ...], set[str], list[int]]]] = {}

    def judge(self, doc: Document) -> DocumentJudgement:
        out = [self.decide(doc, it, sig, joined, hits, followed) for it, sig, joined, hits, followed in self.signals(doc)]
        counts: dict[str, int] = {v: sum(1 for j in out if j.verdict == v) for v in VERDICTS}
        scored = [1.0 if j.verdict == "answered" else 0.5 if j.verdict == "partial" else 0.0 for j in out if j.verdict != "referred"]
        score = round(sum(scored) / len(scored), 3) if scored else None
        return DocumentJudgement(tuple(out), counts, score, tuple(r.id for r in self.rules.skipped))

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
        """Per item: the signals of each ask, the answer text, all hits in it, and followed parts."""
        items = doc.items
        ask_clean = [[clean_view(doc.text, a.span, doc.furniture) for a in it.asks] for it in items]
        answers: list[_Joined] = []
        followed: list[tuple[int, ...]] = []
        for it in items:
            joined, extra = self._answer_text(doc, it)
            answers.append(joined)
            followed.append(extra)
        self._facts.clear()
        unique_answers = list(dict.fromkeys(j.text for j in answers))  # grouped items share their answer text
        texts = [c.text for cs in ask_clean for c in cs] + unique_answers
        docs = list(self.nlp.pipe(texts))
        n_asks = len(texts) - len(unique_answers)
        ask_docs_flat = docs[:n_asks]
        by_text = dict(zip(unique_answers, docs[n_asks:], strict=True))
        answer_docs = [by_text[j.text] for j in answers]
        out = []
        k = 0
        for i, it in enumerate(items):
            ask_docs = ask_docs_flat[k : k + len(it.asks)]
            k += len(it.asks)
            sig, hits = self._item_signals(doc, it, ask_docs, answers[i], answer_docs[i])
            out.append((it, sig, answers[i], hits, followed[i]))
        return out

    def _answer_facts(self, answer: Doc, empty: bool) -> tuple[tuple[Hit, ...], set[str], list[int]]:
        """Hits, vocabulary and sentence starts of an answer Doc; items that share an answer share these."""
        key = id(answer)
        cached = self._facts.get(key)
        if cached is not None and cached[0] is answer:
            return cached[1]
        hits = () if empty else tuple(self.rules.find(answer, ["cue", "reference", "expectation"]))
        facts = (hits, _vocab(answer), [sent.start_char for sent in answer.sents] if len(answer) else [0])
        self._facts[key] = (answer, facts)
        return facts

    def _item_signals(
        self, doc: Document, item: Item, ask_docs: Sequence[Doc], joined: _Joined, answer: Doc
    ) -> tuple[list[AskSignals], tuple[Hit, ...]]:
        empty = not joined.text.strip()
        hits, vocab, sent_starts = self._answer_facts(answer, empty)
        polarity = answer_polarity(joined.text)
        words = len(joined.text.split())
        shared = empty or self._shared(doc, item)
        opener = bool(OPENER.match(joined.text))
        out: list[AskSignals] = []
        seen_first = False
        for a, d in zip(item.asks, ask_docs, strict=True):
            first = not seen_first and a.kind != "conditional"
            seen_first = seen_first or first
            t, t_rule = ask_type(self.rules.find(d, ["ask_type"]))
            cov = 0.0 if empty else round(coverage(content_lemmas(d), vocab), 3)
            applicable = [h for h in hits if t in h.rule.spec.applies_to]
            declines = [h for h in applicable if h.rule.spec.effect == "declines"]
            expectations = tuple(h for h in applicable if h.rule.spec.kind == "expectation")
            cue_sents = {_sentence_index(sent_starts, h.start) for h in declines}
            met_apart = any(_sentence_index(sent_starts, h.start) not in cue_sents for h in expectations)
            cue_sentence = min((_sentence_index(sent_starts, h.start) for h in declines if h.rule.spec.weight >= 0.9), default=None)
            lead_sentence = min((_sentence_index(sent_starts, h.start) for h in declines if h.rule.spec.weight >= 1.0), default=None)
            moot = polarity if a.kind == "conditional" and _moot(doc.text[a.span.start : a.span.end], polarity) else None
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
                    refers=tuple(h for h in applicable if h.rule.spec.effect == "refers"),
                    weakens=tuple(h for h in applicable if h.rule.spec.effect == "weakens"),
                    expectations=expectations,
                    moot=None if empty else moot,
                    shared=shared,
                    words=words,
                    cue_sentence=cue_sentence,
                    lead_sentence=lead_sentence,
                    opener=opener,
                    first=first,
                    multi=len(item.asks) > 1,
                    breakdown_missing=breakdown_missing(d.text, vocab),
                    met_apart=met_apart,
                )
            )
        return out, hits

    def decide(
        self, doc: Document, item: Item, sig: Sequence[AskSignals], joined: _Joined, hits: Sequence[Hit], followed: tuple[int, ...]
    ) -> ItemJudgement:
        p = self.params
        if not joined.text.strip():
            asks = tuple(AskJudgement(s.span, s.kind, s.type, s.type_rule, "declined", "no answer text", 0.0, None) for s in sig)
            return ItemJudgement(item.id, "declined", 0.6, "not addressed: no answer text responds to this item", asks, (), followed)
        used: dict[tuple[str, int], Finding] = {}
        judged: list[AskJudgement] = []
        decided: list[tuple[AskVerdict, AskSignals]] = []
        for s, (verdict, reason, evidence) in zip(
            sig, decide_asks(sig, p, [doc.text[s.span.start : s.span.end] for s in sig]), strict=True
        ):
            fs = []
            for h in evidence:
                key = (h.rule.id, h.start)
                if key not in used:
                    used[key] = _finding(doc, h, joined)
                fs.append(used[key])
            judged.append(AskJudgement(s.span, s.kind, s.type, s.type_rule, verdict, reason, s.coverage, s.met, tuple(fs)))
            decided.append((verdict, s))
        for h in hits:  # references are evidence wherever they occur
            if h.rule.spec.kind == "reference" and (h.rule.id, h.start) not in used:
                used[(h.rule.id, h.start)] = _finding(doc, h, joined)
        verdict, confidence, reason = combine(decided, p)
        if verdict != "answered":
            open_ask = next((j for j in judged if j.verdict not in ("answered", "moot")), None)
            if open_ask is not None and verdict == "partial":
                reason = f"{reason}; open: {open_ask.reason}"
            elif open_ask is not None:
                reason = open_ask.reason
        findings = tuple(sorted(used.values(), key=lambda f: (f.start, f.rule)))
        return ItemJudgement(item.id, verdict, confidence, reason, tuple(judged), findings, followed)

    @staticmethod
    def _shared(doc: Document, item: Item) -> bool:
        """Whether the item's answer text also answers other items (a group, or a lettered item's whole number)."""
        al = doc.alignment(item.id)
        if al.method in ("similarity", "grouped"):
            return True
        return any(len(doc.answer_parts[j].covers) > 1 or item.id not in doc.answer_parts[j].covers for j in al.parts)


def _missing(t: AskType) -> str:
    return {
        "quantity": "no number given",
        "polar": "no yes or no given",
        "list": "nothing listed",
        "explanation": "no reason or explanation given",
        "time": "no date or term given",
        "opinion": "no position taken",
        "procedural": "not addressed",
    }.get(t, "not fully answered")


__all__ = ["ASK_TYPES", "DocumentJudgement", "Judge", "Params", "Verdict", "combine", "decide_asks"]
