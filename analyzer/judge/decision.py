"""The decision: an ask's verdict from its signals, an item's verdict from its asks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from ..model import Span, Verdict
from ..rules import AskType, Hit
from .calibration import Calibration
from .cues import DATA_TYPES

AskVerdict = Literal["answered", "partial", "declined", "referred", "moot"]
# an answer whose sentences all point elsewhere but for a date line ("(5 en 6 mei 2003)") is a pointer however long it is
# (words outside the pointing sentences, dates left out: one at most)
POINTER_ONLY_WORDS = 1


@dataclass(frozen=True)
class Params:
    """The numbers that combine the signals.

    Fitted on the dev corpus with leave-one-document-out cross-validation by
    ``python -m analyzer.fit``; the fitted values live in ``analyzer/data/judge.json``.
    """

    not_addressed: float = 0.12  # coverage below this, in a shared answer: the ask is left out
    low_coverage: float = 0.15  # coverage below this, no expectation to meet: only touched on
    low_coverage_min_lemmas: int = 1  # ... for an ask of at least this many content lemmas (fewer say too little)
    implicit: float = 0.35  # coverage from which an unmet yes/no or position expectation counts as implicit
    implicit_other: float = 0.5  # the same for list, explanation and time asks (never an action ask: its words echoed name no measure)
    pointer_max_words: int = 70  # a referral is a short answer that only points elsewhere
    decline_max_sentence: int = 2  # a refusal, deferral ... declines when it is among the answer's first sentences
    decline_max_words: int = 80  # ... of a short answer (data asks excepted); later or longer it is partial
    decline_lead_sentence: int = 1  # a cue in the answer's very first sentence(s) declines whatever follows
    lead_max_words: int = 400  # ... in an answer up to this long
    answered_share: float = 1.0  # share of live asks that must be answered for "answered"
    many_asks: int = 4  # from this many asks on, "answered" needs ...
    many_asks_coverage: float = 0.5  # ... at least this mean coverage
    check_breakdown: int = 1  # figures without the breakdown asked for ("per provincie") are partial
    check_period: int = 0  # figures for "Hoeveel ... in 2022?" where the answer never names 2022 are partial
    shared_cues_attributed: int = 0  # in an answer shared by several items, a decline cue counts only for the asks its sentence answers
    premise_is_the_no: int = 0  # after an explicit yes or no, a rejected premise in the explanation asked is that no
    count_match: int = 1  # a number answers "Hoeveel N?" only when it counts N (N stands near it)
    # judge an ask on its attributed sentences (1), the whole answer (0), or expectations attributed, cues whole (2)
    attributed_scope: int = 1
    general_partial: int = 1  # general policy text blocks an implicit answer (GUIDE: no implicit answer)
    # an answer that opens with general policy text ("De verantwoordelijkheid ligt bij het ziekenhuis zelf") and never meets
    # the ask's expectation talks past the question, whatever else it touches (GUIDE: partial)
    general_lead: int = 0
    unaddressed_coverage: float = 0.3  # ... and the whole answer holds less than this share of its words
    unaddressed_min_sentences: int = 3  # in a shorter answer, attribution is too thin to say an ask is left out
    unnumbered_unaddressed: int = 0  # ... also when nothing in the answer is numbered
    own_unaddressed: int = 0  # an ask of an item's own answer that no sentence responds to is left out
    data_decline: int = 0  # a decline cue on a data ask whose figure, date or list is nowhere in the answer declines it wherever it stands
    none_answered_declines: int = 1  # no ask answered and one explicitly declined: the item is declined
    untouched_follow_up_moot: int = 1  # a conditional follow-up nothing responds to is moot, unless the answer meets its condition
    # a sentence that says the yes/no ask's proposition back, affirmed or denied, answers it (a switch for experiments, not
    # fitted: the yes or no it sets for a "Zo nee" follow-up is a signal, read whatever this says)
    restated: int = 1
    # "Bent u bereid ...? Zo nee, waarom niet?" - "Nee. <statements>": once the yes or no is given, the answer's other
    # statements are the reason asked for (not fitted: a switch for the measurement, see decide_asks)
    reason_after_answer: int = 1
    # an ask counts as left out of a shared answer only when the answer has at least this many sentences (not fitted: in a
    # shorter one, two or three sentences for several questions, overlap is too thin to say which it answers; dev has no
    # case under four, the blind sets three, none of them declined in gold)
    shared_min_sentences: int = 4
    # an item of several asks, each met in a sentence of its own, whose answer also says that something is not known or kept (a
    # no-data cue no ask's verdict accounts for: "Het lager wordt eind februari vervangen. ... zodat ik u daarvoor vandaag nog geen
    # datum kan geven") is partial: what the cue declines is part of what is asked (an experiment's switch, not fitted) ...
    unplaced_cue: int = 1
    # ... in an answer up to this long (a longer one declines side issues of its own: in the blind sets and dev, the items it
    # made partial above this length were mostly answered in gold)
    unplaced_max_words: int = 200

    @classmethod
    def load(cls) -> Params:
        return _params()

    def as_dict(self) -> dict[str, float]:
        return {k: float(getattr(self, k)) for k in self.__dataclass_fields__}


@lru_cache(maxsize=1)
def _fitted() -> dict[str, object]:
    """``analyzer/data/judge.json``: the fitted parameters and the calibration table."""
    try:
        data = json.loads(resources.files("analyzer").joinpath("data/judge.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_calibration() -> Calibration:
    table = _fitted().get("calibration")
    return Calibration.from_dict(table) if isinstance(table, dict) else Calibration()


@lru_cache(maxsize=1)
def _params() -> Params:
    data = _fitted()
    if not data:
        return Params()
    fields = Params.__dataclass_fields__
    given = data.get("params")
    known = {k: type(getattr(Params(), k))(v) for k, v in given.items() if k in fields} if isinstance(given, dict) else {}
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
    weakens: tuple[Hit, ...]  # the premise of the question is rejected
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
    period_missing: str | None = None  # "in 2022": a year the quantity ask names and the answer never mentions
    addressed: bool = True  # some answer sentence responds to this ask in particular (attribution)
    sentences: tuple[tuple[int, int], ...] = ()  # the answer sentences attributed to it (offsets in the joined answer)
    sentence_count: int = 1  # sentences in the whole answer
    unnumbered: bool = False  # the answer is not numbered: the item is judged on the whole answer
    whole_coverage: float = 0.0  # coverage of the ask's content lemmas by the whole answer
    lemmas: int = 0  # content lemmas of the ask
    condition: str | None = None  # "yes" ("Zo ja, ..."), "no" ("Zo nee, ..."), "if" (a condition of fact)
    depends: tuple[int, ...] = ()  # the asks of the item whose yes or no the condition refers to
    general: tuple[Hit, ...] = ()  # general policy text: importance, effort, others' responsibility, understanding
    first_item: bool = True  # the item comes first among the items that share its answer text
    figures_apart: int = 0  # figures (not years, dates or reference numbers) in sentences without a pointer
    restated: tuple[int, int] | None = None  # a sentence that says a yes/no ask's proposition back (offsets in the joined answer)
    general_lead: bool = False  # the answer opens with general policy text (others' responsibility, importance, effort)
    unpointed_words: int = 0  # words of the answer outside the sentences that point elsewhere
    summarised: bool = False  # a sentence apart from the pointer gives its content in short ("Kort samengevat: ...")
    pointed_own: bool = False  # in an answer shared by several questions, every sentence that responds to this ask points elsewhere
    unit_missing: str | None = None  # "Hoeveel kilometer ...?" answered by figures in no such unit ("300 miljoen euro")
    own_cue: int | None = None  # an unnumbered shared answer: the cue's place among the sentences that respond to this ask
    own_words: int | None = None  # ... and how many words those sentences have
    sourced: bool = False  # the respondent keeps no data, the figure given is another body's ("Volgens de informatie van ...")
    cue_period: str | None = None  # a year asked that a decline cue names, the figures given for another ("De cijfers voor 2025 ...")
    why: bool = False  # the ask asks for a reason ("Zo nee, waarom niet?", "Om welke reden ...?"), not a way ("hoe")
    condition_holds: bool = False  # "Zo ja, ..." after an answer that says yes (or "Zo nee" after a no): the follow-up applies
    met_beside: bool = False  # the expectation is met in a clause beside the decline cue's, in its sentence ("...; ...")
    cue_own: bool = True  # a decline cue stands in a sentence attributed to this ask
    met_own: bool = False  # the expectation is met in a sentence attributed to this ask, without a decline cue
    countered: bool = False  # every strong decline cue is followed in its sentence by ", maar" and something said
    substitute: bool = False  # besides a strong decline cue, a figure given for it, marked as a stand-in ("De beste benadering ...")
    undated: bool = False  # a time ask's sentences say what its moment depends on, and name none ("De planning is afhankelijk van ...")
    leveled: bool = False  # every strong cue is a want of data at a level ("niet per wijk"), figures given in another sentence


class Decision(NamedTuple):
    """An ask's verdict, the reason in words, the hits that are its evidence, and which rule of the
    decision gave it (``code``: the unit that confidence is calibrated on)."""

    verdict: AskVerdict
    reason: str
    evidence: tuple[Hit, ...]
    code: str


class ItemDecision(NamedTuple):
    verdict: Verdict
    reason: str
    code: str


def decide_ask(s: AskSignals, p: Params) -> Decision:
    """One ask's verdict, the reason in words, the hits that are its evidence, and the rule's code."""
    if s.moot is not None:
        return Decision("moot", f"follow-up does not apply: the answer is {s.moot}", (), "moot")
    if p.restated and s.restated is not None and not s.met:
        # the proposition said back, in a sentence without a decline cue: the expectation is met there
        s = replace(s, met=True, met_apart=True)
    if s.type == "procedural":
        return Decision("answered", "procedural: the answer itself responds", (), "procedural")
    # (a long pointer is still only a pointer: "De Raad verwijst de geachte parlementsleden naar de verklaring die het
    # voorzitterschap ... heeft afgelegd ..., en naar de antwoorden die hij ... heeft gegeven op de vragen H-833/02, ...")
    # (not a pointer with its content in short: "Ik verwijs naar de beleidsnota Mobiliteit 2030. Kort samengevat: er komen
    # drie nieuwe snelfietsroutes, ...", GUIDE: referred only when the pointer is all)
    # (nor in a long answer shared by several questions when all that responds to this one is a pointer: "... De resultaten van
    # de snelheidsmetingen zijn raadpleegbaar op het open-dataportaal van de stad.")
    if (
        s.refers
        and not s.met
        and not s.summarised
        and (s.words <= p.pointer_max_words or s.unpointed_words <= POINTER_ONLY_WORDS or s.pointed_own)
    ):
        if s.figures_apart >= 2:
            # "De stiptheid bedroeg: <table>. De cijfers voor de overige maanden vindt u in bijlage." gives part
            # of what is asked and points elsewhere for the rest (GUIDE: referred only when the pointer is all)
            return Decision("partial", f"{s.refers[0].rule.spec.message}, after figures of its own", s.refers, "pointer-with-content")
        return Decision("referred", s.refers[0].rule.spec.message, s.refers, "pointer")
    if s.sourced and s.met and s.type in DATA_TYPES and not s.cue_period:
        # no registration of its own, the figure asked obtained from the body that holds it: "de gemeente registreert de deelname
        # zelf niet. Volgens de informatie die het Jeugdeducatiefonds ons desgevraagd heeft verstrekt, nemen 96 van de 211 scholen
        # deel"
        return Decision("answered", "the figure asked, obtained from another body that keeps it", s.expectations[:1], "sourced")
    if s.cue_period and s.strong and s.met and not s.countered:
        # figures for part of the period asked, the rest declined: "In 2024 werden 38.917 boetes opgelegd. De cijfers voor 2025
        # zijn nog niet beschikbaar." (GUIDE: figures for another period are partial)
        return Decision(
            "partial",
            f"{s.strong[0].rule.spec.message} ({s.cue_period}), figures for another period given",
            s.strong + s.expectations[:1],
            "cue-period",
        )
    lead = [h for h in s.strong if h.rule.spec.weight >= 1.0]
    if (
        lead
        and s.lead_sentence is not None
        and s.lead_sentence < p.decline_lead_sentence
        and not s.opener
        and s.words <= p.lead_max_words
        and not s.met_beside  # ("Er kwamen 2.300 bezoekers; kinderen werden niet geteld": the figure is given beside it)
        # (an answer shared by several questions opens with another one's: "Antwoord 2 en 3: Het departement beschikt niet
        # over een inventaris van de koelsystemen per kamer. ... blijkt dat 797 woonzorgcentra over een gekoelde ruimte
        # beschikken": the cue responds to question 2, the count of this one is given in a sentence of its own)
        # (nor in an item of several asks, the cue in a sentence of another of them, this one met in its own: "Waarom werd de
        # erkenning ingetrokken? Welke criteria hanteert de FOD?" - "Ik kan niet ingaan op een individueel dossier. In het
        # algemeen kan een erkenning worden ingetrokken wanneer ...")
        and not ((s.shared or s.multi) and s.met_own and not s.cue_own)
        and not s.countered  # ("mengt zich niet in de interne keuzes van de club, maar staat positief tegenover ...")
        and not s.substitute  # ("Er bestaat geen landelijke registratie ... De beste benadering biedt ..., circa 1.350 fte")
        and not s.leveled  # ("een uitsplitsing naar wijk wordt niet gemaakt. Voor de gemeente werd bij 83% ...": another scope's figures)
        and (s.first_item or not s.unnumbered)  # (the first sentence of an answer shared by unnumbered questions is about the first)
    ):
        return Decision("declined", f"{lead[0].rule.spec.message} (the answer opens with it)", tuple(lead), "lead-decline")
    if s.strong and not s.met_apart and not (s.opener and s.first and s.type == "polar"):
        # (an expectation met only inside the sentence that declines is part of the refusal: "maakt deel uit
        # van de nog lopende besprekingen in het kader van ...")
        cue_at = s.own_cue if s.own_cue is not None else s.cue_sentence
        early = cue_at is not None and cue_at < p.decline_max_sentence and not s.countered and not s.substitute and not s.leveled
        if early and ((s.own_words if s.own_words is not None else s.words) <= p.decline_max_words or s.type in DATA_TYPES):
            return Decision("declined", s.strong[0].rule.spec.message, s.strong, "early-decline")
        if p.data_decline and s.type in DATA_TYPES and s.met is False:
            # a figure, date or list asked for and given nowhere: the sentences before the cue say why it is
            # missing ("Intern salderen is niet vergunningplichtig. Daardoor is niet inzichtelijk om hoeveel ...")
            return Decision(
                "declined", f"{s.strong[0].rule.spec.message} (what is asked is nowhere in the answer)", s.strong, "data-decline"
            )
    # a short grouped answer that opens with a yes or no ("Antwoord 1 en 2: Ja, ik ben hiermee bekend.") answers
    # the yes/no asks it covers, whatever words they use
    lead_answer = s.opener and s.first and s.sentence_count < p.unaddressed_min_sentences
    if (
        not lead_answer
        and not s.addressed
        and ((s.shared and not s.unnumbered) or p.own_unaddressed or (s.unnumbered and p.unnumbered_unaddressed))
        and s.sentence_count >= p.unaddressed_min_sentences
        and s.whole_coverage < p.unaddressed_coverage
    ):
        return Decision("declined", "not addressed: no sentence of the answer responds to this ask", (), "unaddressed")
    if (
        not lead_answer
        and s.shared
        and (s.whole_coverage if s.unnumbered else s.coverage) < p.not_addressed
        and (p.unnumbered_unaddressed or not s.unnumbered)
        and s.lemmas >= p.low_coverage_min_lemmas  # ("En indien ja, wat wordt hieraan gedaan?" names too little to miss)
        # (one sentence, or a few, for several questions: overlap cannot tell which it answers)
        and s.sentence_count >= p.shared_min_sentences
    ):
        return Decision("declined", "not addressed: nothing in the shared answer responds to this ask", (), "unaddressed-shared")
    if s.strong and not s.met:
        return Decision("partial", f"{s.strong[0].rule.spec.message}, next to other content", s.strong, "cue-with-content")
    if s.opener and s.first and s.type in ("polar", "opinion", "other"):
        return Decision("answered", "the answer opens with a clear yes or no", s.expectations[:1], "opener")
    said_back = p.restated and s.restated is not None and not s.expectations
    # (nor a cue in a sentence of a shared answer that responds to another question, this ask met in one of its own)
    if (s.strong or s.weak) and not (s.multi and s.met_apart) and not said_back and not (s.shared and s.met_own and not s.cue_own):
        # (a yes or no said back in a sentence of its own answers the ask, whatever else is refused)
        # (in an item of several asks, a cue in another sentence than this ask's answer is about another ask)
        first = (s.strong + s.weak)[0]
        return Decision(
            "partial", f"{first.rule.spec.message}; some of what is asked is given", s.strong + s.weak + s.expectations[:1], "cue-partial"
        )
    if s.met:
        if s.weakens:
            return Decision("partial", s.weakens[0].rule.spec.message, s.weakens, "weakened")
        if p.check_breakdown and s.breakdown_missing and s.type in ("quantity", "list"):
            return Decision(
                "partial", f"figures given, but not broken down as asked ({s.breakdown_missing})", s.expectations[:1], "no-breakdown"
            )
        if s.unit_missing and s.type == "quantity":
            return Decision("partial", f"figures given, but not in the unit asked ({s.unit_missing})", s.expectations[:1], "no-unit")
        if p.check_period and s.period_missing and s.type == "quantity":
            return Decision("partial", f"figures given, but not for the period asked ({s.period_missing})", s.expectations[:1], "no-period")
        if not s.expectations and s.restated is not None:
            return Decision("answered", "the answer says back what is asked, affirmed or denied", (), "restated")
        return Decision("answered", "the answer gives what is asked", s.expectations[:1], "expectation-met")
    if p.general_lead and s.general_lead and not s.met and not s.opener and not (p.restated and s.restated is not None):
        return Decision("partial", f"{_missing(s.type)}: {s.general[0].rule.spec.message.lower()}", s.general, "general-lead")
    if s.met is None:
        if s.coverage < p.low_coverage and s.lemmas >= p.low_coverage_min_lemmas:
            follow_up = s.kind == "conditional" or s.condition == "if"
            if p.untouched_follow_up_moot and follow_up and s.condition is not None and not s.first and not s.condition_holds:
                # a follow-up ("Zo ja, ...", "Indien neen, ...", "In het geval ..., ...") that nothing in the answer takes up,
                # where the answer's yes or no does not say its condition holds: the condition is taken as not met
                return Decision("moot", "follow-up does not apply: nothing in the answer takes it up", (), "moot")
            return Decision("partial", "the answer hardly touches what is asked", s.refers + s.weakens, "hardly-touched")
        if s.weakens:
            return Decision("partial", s.weakens[0].rule.spec.message, s.weakens, "weakened")
        if p.general_partial and s.general and not s.opener:
            return Decision("partial", s.general[0].rule.spec.message, s.general, "general-text")
        return Decision("answered", "the answer addresses the ask", (), "addressed")
    implicit = p.implicit if s.type in ("polar", "opinion") else p.implicit_other
    if p.general_partial and s.general and not s.opener:
        return Decision("partial", f"{_missing(s.type)}: {s.general[0].rule.spec.message.lower()}", s.general, "general-text")
    # (an explanation or list ask that names nothing, "Zo nee, waarom niet?", "Zo ja, aan welke?", is covered by any answer:
    # once its condition holds, "Nee.", "Ja, aan 14 coöperaties", it needs its reason or its names)
    named = not (s.type in ("explanation", "list") and s.condition_holds and s.lemmas < p.low_coverage_min_lemmas)
    if s.type == "time" and s.undated:
        # what the moment depends on is no moment: "Wanneer starten de werkzaamheden?" - "De planning van de uitvoering is mede
        # afhankelijk van de aanbesteding, die dit najaar wordt voorbereid"
        return Decision("partial", f"{_missing(s.type)}: only what it depends on", s.refers + s.weakens, "expectation-missing")
    if s.type not in ("quantity", "action") and named and s.coverage >= implicit and not s.weakens and not s.refers:
        return Decision("answered", "answered implicitly: the answer takes up what is asked", (), "implicit")
    return Decision("partial", _missing(s.type), s.refers + s.weakens, "expectation-missing")


def decide_asks(sig: Sequence[AskSignals], p: Params) -> list[Decision]:
    """Every ask's decision, then what the asks say about each other.

    "Bent u bereid X en Y? Zo nee, waarom niet?": when the answer gives the reason asked for under
    "zo nee", it has said no, so the yes/no asks that condition refers to are answered by implication.
    """
    out = [decide_ask(s, p) for s in sig]
    if p.premise_is_the_no:
        for n, (s, decision) in enumerate(zip(sig, list(out), strict=True)):
            # "Deelt u die mening? Kunt u uw antwoord toelichten?" - "Nee, ik deel die mening niet. ...": the rejection
            # is the no the explanation follows, not a premise of the explanation rejected
            if (
                decision.code == "weakened"
                and s.type == "explanation"
                and (s.opener or any(d.code in _EXPLICIT and sig[j].type in ("polar", "opinion") for j, d in enumerate(out[:n])))
            ):
                out[n] = decide_ask(replace(s, weakens=()), p)
    for s, decision in zip(sig, list(out), strict=True):
        if s.condition != "no" or s.type != "explanation" or decision.verdict != "answered":
            continue
        for j in s.depends:
            if sig[j].type in ("polar", "opinion") and out[j].verdict == "partial" and not (sig[j].strong or sig[j].weak):
                out[j] = Decision(
                    "answered",
                    "answered by implication: the reason asked for under 'zo nee' is given",
                    decision.evidence,
                    "implied-by-reason",
                )
    if p.reason_after_answer:
        for n, (s, decision) in enumerate(zip(sig, list(out), strict=True)):
            # "Bent u bereid ...? Zo nee, waarom niet?" - "Nee. Nederland blijft een zakelijke relatie nastreven. De
            # verplichtingen worden nagekomen.": the yes or no is given, and what the answer says besides it is its reason
            # (a general policy text or a decline cue keeps its own verdict; a bare "Nee." gives no reason)
            if (
                s.condition in ("no", "yes")
                and s.type == "explanation"
                and s.why
                and decision.code == "expectation-missing"
                and s.depends
                and all(out[j].verdict == "answered" and out[j].code in _GIVES_YES_NO for j in s.depends)
                and s.sentence_count >= 2
                and not (s.strong or s.weak or s.general)
            ):
                out[n] = Decision(
                    "answered", "the reason asked for is what the answer says besides its yes or no", (), "reason-after-answer"
                )
    return out


def combine(asks: Sequence[tuple[Decision, AskSignals]], p: Params) -> ItemDecision:
    """The item's verdict from its asks' decisions, the reason in words, and the calibration code.

    The code names the item-level rule and the ask-level rule that decided it ("all-answered/opener",
    "declined/early-decline"): confidence is the measured accuracy of that pair (:mod:`.calibration`).
    """
    live = [(d, s) for d, s in asks if d.verdict != "moot"] or list(asks)
    vs = [d.verdict for d, _ in live]
    n = len(vs)
    answered = sum(v in ("answered", "moot") for v in vs)
    cov = sum(s.coverage for _, s in live) / n if n else 0.0

    def weakest(verdicts: tuple[str, ...]) -> str:
        # the decisive ask: the first whose verdict is among ``verdicts`` (else the first ask)
        return next((d.code for d, _ in live if d.verdict in verdicts), live[0][0].code if live else "none")

    if n >= p.many_asks and answered == n and cov < p.many_asks_coverage:
        # items that ask many things are rarely answered in full (81% partial in dev at 4+ asks)
        return ItemDecision("partial", f"{n} asks, each touched on, but the answer covers little of what is asked", "many-asks")
    if (
        p.unplaced_cue
        and n > 1
        and answered == n
        and any(
            s
            for d, s in live
            if d.verdict == "answered"
            and s.strong
            and s.multi
            and s.met_apart
            and not s.countered
            and not s.substitute
            and s.words <= p.unplaced_max_words
            # (a want of data: a refusal or a deferral beside every ask answered is mostly about something not asked, "Over
            # de beroepen ... wens ik mij niet uit te spreken", "de definitieve cijfers volgen in april")
            and any(h.rule.spec.category == "no_data" for h in s.strong)
        )
        # (nor a caveat beside a figure given, in its sentence: "bedroeg 11 procent; dat cijfer is nog voorlopig")
        and not any(t.met_beside for _, t in live)
    ):
        return ItemDecision(
            "partial",
            "partly answered: every ask is met, but the answer also says that something asked is not known or not kept",
            "partial/unplaced-cue",
        )
    if answered == n or (n > 1 and answered / n >= p.answered_share):
        codes = [d.code for d, _ in live]
        # an answer is as sure as its least sure ask: implicit before addressed before met before opener
        order = ("implicit", "addressed", "implied-by-reason", "expectation-met", "procedural", "opener", "moot")
        code = min(codes, key=lambda c: order.index(c) if c in order else -1) if codes else "none"
        reason = "every ask is answered" if answered == n else f"{answered} of {n} asks answered"
        return ItemDecision("answered", reason, f"answered/{code}")
    if all(v == "declined" for v in vs):
        return ItemDecision("declined", "none of what is asked is given", f"declined/{weakest(('declined',))}")
    if (
        p.none_answered_declines
        and answered == 0
        and any(d.verdict == "declined" and s.strong for d, s in live)
        and "referred" not in vs
        # (not where an ask got figures for part of the period asked: "1.927 uitsluitingen in 2023-2024 ... De cijfers voor 2024-2025
        # zijn nog niet gevalideerd" gives some of what is asked)
        # (nor figures for another period: content given, GUIDE partial)
        and not any(d.code in ("cue-period", "no-period") for d, _ in live)
    ):
        # nothing is answered and an explicit refusal or no-data cue covers part of it: none of the information is given
        first = next(s.strong[0].rule.spec.message for d, s in live if d.verdict == "declined" and s.strong)
        return ItemDecision("declined", "no ask is answered; " + first, f"declined-none-answered/{weakest(('declined',))}")
    if all(v in ("declined", "referred") for v in vs):
        return ItemDecision("referred", "the answer only points to a text outside the document", "referred/pointer")
    return ItemDecision("partial", f"{answered} of {n} asks answered", f"partial/{weakest(('partial', 'declined', 'referred'))}")


# ask decisions resting on an explicit yes, no or stance (for a yes/no or opinion ask)
_EXPLICIT = frozenset({"opener", "expectation-met"})
# the codes of an answered yes/no ask whose yes or no the answer gives (not a procedural or a moot one)
_GIVES_YES_NO = frozenset({"opener", "expectation-met", "implicit", "restated", "addressed", "implied-by-reason"})


def _missing(t: AskType) -> str:
    return {
        "quantity": "no number given",
        "polar": "no yes or no given",
        "list": "nothing listed",
        "action": "no measure, step or decision named",
        "explanation": "no reason or explanation given",
        "time": "no date or term given",
        "opinion": "no position taken",
        "procedural": "not addressed",
    }.get(t, "not fully answered")
