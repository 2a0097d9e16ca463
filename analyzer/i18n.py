"""The language of the reports people read (``--lang nl``, the default, or ``--lang en``).

The JSON and JSONL reports keep stable English codes and the English ``reason`` fields; the terminal,
HTML, CSV and XLSX reports show verdicts, reasons and headings in the chosen language. Everything
here is a table: the verdict names, the fixed reason phrases of :mod:`analyzer.judge.decision`,
:mod:`analyzer.judge.core` and :mod:`analyzer.explain` (as templates with slots), and the report
headings. In Dutch a rule's own message (Dutch, in the rule file) is shown where English shows its
English label.

A Dutch reason is made from the JSON document, so a report in either language rests on the same
verdicts: an ask's English reason is taken apart into the rule message it starts with (found among
the ask's findings) and a fixed phrase; an item's reason is composed again from its asks' reasons.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

VERDICTS_NL = {
    "answered": "beantwoord",
    "partial": "gedeeltelijk",
    "declined": "geweigerd",
    "referred": "doorverwezen",
    "open": "open",
    "moot": "vervallen",
}

# The words explain.item_reason composes an item's reason with.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "ask": "ask ",
        "asks": "asks ",
        "partial": "partly answered",
        "declined": "not answered",
        "referred": "referred elsewhere",
        "moot": "; moot: {asks} (the condition does not apply)",
        "single answered": "the ask is answered",
        "all answered": "all {n} asks answered",
        "enough": "{a} of {n} asks answered, enough to count as answered; ",
        "many asks": "{n} asks, each touched on, but the answer covers little of what is asked",
        "unplaced": "partly answered: every ask is met, but the answer also says that something asked is not known or not kept",
        "some answered": "{a} of {n} asks answered ({asks})",
        "none answered": "none of the {n} asks answered",
        "none fully answered": "none of the {n} asks fully answered",
        "not addressed": "not addressed",
        "no answer text": "no answer text",
    },
    "nl": {
        "ask": "deelvraag ",
        "asks": "deelvragen ",
        "partial": "deels beantwoord",
        "declined": "niet beantwoord",
        "referred": "doorverwezen",
        "moot": "; vervallen: {asks} (de voorwaarde geldt niet)",
        "single answered": "de deelvraag is beantwoord",
        "all answered": "alle {n} deelvragen beantwoord",
        "enough": "{a} van {n} deelvragen beantwoord, genoeg om als beantwoord te tellen; ",
        "many asks": "{n} deelvragen, elk aangeraakt, maar het antwoord dekt weinig van wat gevraagd wordt",
        "unplaced": "deels beantwoord: elke deelvraag krijgt antwoord, maar het antwoord zegt ook dat iets van het gevraagde niet bekend is of niet wordt bijgehouden",
        "some answered": "{a} van {n} deelvragen beantwoord ({asks})",
        "none answered": "geen van de {n} deelvragen beantwoord",
        "none fully answered": "geen van de {n} deelvragen volledig beantwoord",
        "not addressed": "niet behandeld",
        "no answer text": "geen antwoordtekst",
    },
}

# What an ask of a type lacks (decision._missing), English -> Dutch.
MISSING = {
    "no number given": "geen aantal gegeven",
    "no yes or no given": "geen ja of nee gegeven",
    "nothing listed": "niets opgesomd",
    "no measure, step or decision named": "geen maatregel, stap of beslissing genoemd",
    "no reason or explanation given": "geen reden of uitleg gegeven",
    "no date or term given": "geen datum of termijn gegeven",
    "no position taken": "geen standpunt ingenomen",
    "not fully answered": "niet volledig beantwoord",
    "not addressed": "niet behandeld",
}

# The fixed reason phrases, English -> Dutch. Slots: {n} {m} a number, {x} text kept as it is,
# {r} a reason translated in its turn. Tried in this order; the first that matches the whole text wins.
REASONS: tuple[tuple[str, str], ...] = (
    # decision.decide_ask
    ("follow-up does not apply: the answer is negative", "vervolgvraag vervalt: het antwoord is ontkennend"),
    ("follow-up does not apply: the answer is positive", "vervolgvraag vervalt: het antwoord is bevestigend"),
    ("follow-up does not apply: the answer is {x}", "vervolgvraag vervalt: het antwoord is {x}"),
    ("procedural: the answer itself responds", "procedureel: het antwoord zelf is de reactie"),
    (
        "not addressed: no sentence of the answer responds to this ask",
        "niet behandeld: geen zin van het antwoord gaat op deze deelvraag in",
    ),
    (
        "not addressed: nothing in the shared answer responds to this ask",
        "niet behandeld: niets in het gezamenlijke antwoord gaat op deze deelvraag in",
    ),
    ("not addressed: no answer text responds to this item", "niet behandeld: er is geen antwoordtekst bij deze vraag"),
    ("no answer text", "geen antwoordtekst"),
    ("the answer opens with a clear yes or no", "het antwoord begint met een duidelijk ja of nee"),
    ("figures given, but not broken down as asked ({x})", "cijfers gegeven, maar niet uitgesplitst zoals gevraagd ({x})"),
    ("the answer gives what is asked", "het antwoord geeft wat gevraagd wordt"),
    ("the answer hardly touches what is asked", "het antwoord raakt nauwelijks aan wat gevraagd wordt"),
    ("the answer addresses the ask", "het antwoord gaat op de deelvraag in"),
    ("answered implicitly: the answer takes up what is asked", "impliciet beantwoord: het antwoord gaat in op wat gevraagd wordt"),
    (
        "answered by implication: the reason asked for under 'zo nee' is given",
        "beantwoord bij implicatie: de reden die onder 'zo nee' gevraagd wordt, is gegeven",
    ),
    (
        "the reason asked for is what the answer says besides its yes or no",
        "de gevraagde reden is wat het antwoord naast zijn ja of nee zegt",
    ),
    *((en, nl) for en, nl in MISSING.items()),
    *((f"{en}: {{x}}", f"{nl}: {{x}}") for en, nl in MISSING.items()),
    # decision.combine and core
    ("{n} asks, each touched on, but the answer covers little of what is asked", WORDS["nl"]["many asks"]),
    (WORDS["en"]["unplaced"], WORDS["nl"]["unplaced"]),
    ("every ask is answered", "elke deelvraag is beantwoord"),
    ("{n} of {m} asks answered", "{n} van {m} deelvragen beantwoord"),
    ("none of what is asked is given", "niets van het gevraagde wordt gegeven"),
    ("no ask is answered; {x}", "geen deelvraag beantwoord; {x}"),
    ("the answer only points to a text outside the document", "het antwoord verwijst alleen naar een tekst buiten het document"),
    (
        "answered together with other questions: the shared answer responds to none of them in particular",
        "samen met andere vragen beantwoord: het gezamenlijke antwoord gaat op geen ervan in het bijzonder in",
    ),
    ("{r}; open: {r}", "{r}; open: {r}"),
    # flat reports
    ("no answer yet ({n} days since asked)", "nog geen antwoord ({n} dagen sinds de vraag)"),
    ("no answer yet", "nog geen antwoord"),
)
# What follows a rule message in an ask's reason (decision.decide_ask), English -> Dutch.
TAILS = {
    "": "",
    " (the answer opens with it)": " (het antwoord begint ermee)",
    ", next to other content": ", naast andere inhoud",
    "; some of what is asked is given": "; een deel van het gevraagde wordt gegeven",
    ", after figures of its own": ", na eigen cijfers",
    " (what is asked is nowhere in the answer)": " (het gevraagde staat nergens in het antwoord)",
}

# Report headings and labels, English -> Dutch.
HEADINGS = {
    "item": "nr.",
    "question": "vraag",
    "verdict": "oordeel",
    "conf": "zekerh.",
    "confidence": "zekerheid",
    "evidence": "onderbouwing",
    "Left open:": "Open gebleven:",
    "Follow-up question (draft)": "Vervolgvraag (concept)",
    "Follow-up question (draft, in Dutch)": "Vervolgvraag (concept)",
    "score {s} over {n} items": "score {s} over {n} vragen",
    "no score": "geen score",
    "nr. {x}": "nr. {x}",
    "question {x}": "vraag {x}",
    "asked {x}": "gesteld {x}",
    "answered {x}": "beantwoord {x}",
    "{n} days to answer": "{n} dagen tot antwoord",
    "with {x}": "met {x}",
    "line {n}": "regel {n}",
    "the answer as a whole": "het antwoord als geheel",
    "no answer sentence": "geen antwoordzin",
    "open, no answer yet": "open, nog geen antwoord",
    ", asked {n} days ago": ", {n} dagen geleden gesteld",
    " (past its due date)": " (over de termijn)",
    "Summary": "Samenvatting",
    "document": "document",
    "documents": "documenten",
    "errors": "fouten",
    "open": "open",
    "items": "vragen",
    "mean document score {s}": "gemiddelde documentscore {s}",
    "score: answered 1, partial 0.5, declined and referred 0, over all items; rows of fewer than {n} documents are not ranked": (
        "score: beantwoord 1, gedeeltelijk 0,5, geweigerd en doorverwezen 0, over alle vragen; rijen van minder dan {n} documenten krijgen geen rang"
    ),
    "# ranks rows of {n} documents or more, worst first; 'too few' rows are shown but not ranked, the unnamed apart": (
        "# rangschikt rijen van {n} documenten of meer, slechtste eerst; rijen met 'te weinig' staan erbij zonder rang, de onbekenden apart"
    ),
    "Per respondent (worst first)": "Per bewindspersoon (slechtste eerst)",
    "Per department (worst first; co-signed 'mede namens' included)": "Per departement (slechtste eerst; 'mede namens' meegeteld)",
    "Per party of the askers (worst first)": "Per partij van de vragenstellers (slechtste eerst)",
    "Per asker (worst first)": "Per vragensteller (slechtste eerst)",
    "Per quarter asked": "Per kwartaal van de vraag",
    "respondent": "bewindspersoon",
    "department": "departement",
    "party": "partij",
    "asker": "vragensteller",
    "quarter": "kwartaal",
    "docs": "docs",
    "answ.": "beantw.",
    "part.": "gedeelt.",
    "decl.": "geweig.",
    "ref.": "doorverw.",
    "score": "score",
    "days (n)": "dagen (n)",
    "late (n)": "te laat (n)",
    "note": "opmerking",
    "too few": "te weinig",
    "not named": "niet genoemd",
    "Answer": "Antwoord",
    "Items": "Vragen",
    "Who answers, who dodges": "Wie antwoordt, wie ontwijkt",
    "analyzer report": "analyzer-rapport",
    "(no answer text)": "(geen antwoordtekst)",
    "copy": "kopiëren",
    "open: no answer yet": "open: nog geen antwoord",
    "too few to compare": "te weinig om te vergelijken",
    "(unknown)": "(onbekend)",
    "Per respondent": "Per bewindspersoon",
    "Per department (co-signed 'mede namens' included)": "Per departement ('mede namens' meegeteld)",
    "Per party of the askers": "Per partij van de vragenstellers",
    "Per asker": "Per vragensteller",
    "quarter asked": "kwartaal van de vraag",
    "mean score": "gemiddelde score",
    "median days (n)": "mediaan dagen (n)",
    "all": "alle",
    "The document score counts answered as 1, partial as 0.5, declined and referred as 0, over all of "
    "a document's items. A verdict is a prompt to read the answer, not a finding.": (
        "De documentscore telt beantwoord als 1, gedeeltelijk als 0,5, geweigerd en doorverwezen als 0, over alle vragen "
        "van een document. Een oordeel is een aanleiding om het antwoord te lezen, geen vaststelling."
    ),
    "{c} {v} of {n} items": "{c} {v} van {n} vragen",
    "search": "zoeken",
    "shown": "getoond",
    "period": "kwartaal",
    "The filters are kept in the link: copy the address to share this view.": (
        "De filters staan in de link: kopieer het adres om deze weergave te delen."
    ),
    "Verdict shares per respondent": "Oordelen per bewindspersoon",
    "Verdict shares per quarter asked": "Oordelen per kwartaal van de vraag",
    "asked": "gesteld",
    "answered": "beantwoord",
    "days": "dagen",
    "title": "titel",
}


def verdict_label(verdict: str | None, lang: Lang) -> str | None:
    """A verdict as a reader sees it: ``declined`` -> ``geweigerd`` in Dutch; unchanged in English."""
    if verdict is None or lang == "en":
        return verdict
    return VERDICTS_NL.get(verdict, verdict)


def t(text: str, lang: Lang, **slots: object) -> str:
    """A heading in the language, its slots filled in: ``t("line {n}", "nl", n=3)`` -> ``regel 3``."""
    template = HEADINGS.get(text, text) if lang == "nl" else text
    return template.format(**slots) if slots else template


def summary_note(row: dict[str, Any], lang: Lang, short: bool = False) -> str:
    """summary.note in the language."""
    from .summary import note

    text = note(row, short)
    if lang == "en" or not text:
        return text
    if short:
        return HEADINGS.get(text, text)
    if row["unknown"]:
        return "de documenten noemen niemand; geen rang"
    n = row["documents"]
    return f"maar {n} document{'en' if n != 1 else ''}: te weinig om te vergelijken; geen rang"


_SLOT = re.compile(r"\{([nmxr])\}")


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    out = []
    for en, nl in REASONS:
        names = tuple(_SLOT.findall(en))
        parts = _SLOT.split(en)
        pattern = ""
        for k, part in enumerate(parts):
            if k % 2 == 0:
                pattern += re.escape(part)
            else:
                pattern += r"(\d+)" if part in "nm" else "(.+?)" if part == "r" else "(.+)"
        out.append((re.compile(pattern, re.DOTALL), nl, names))
    return tuple(out)


def _labels() -> dict[str, str]:
    """The English label of every built-in rule message -> the Dutch message."""
    from .explain import MESSAGES

    return {en: nl for nl, en in MESSAGES.items()}


def translate(reason: str, lang: Lang) -> str:
    """A reason made of the fixed phrases (and English rule labels) in the language; text that is no known phrase stays."""
    if lang == "en" or not reason:
        return reason
    labels = _labels()
    if reason in labels:
        return labels[reason]
    for label, message in labels.items():  # a rule label with the phrase that follows it
        if reason.startswith(label) and reason[len(label) :] in TAILS:
            return message + TAILS[reason[len(label) :]]
    for pattern, nl, names in _compiled():
        m = pattern.fullmatch(reason)
        if m is None:
            continue
        values = iter(m.groups())
        out = nl
        for name in names:
            value = next(values)
            if name == "r":
                value = translate(value, lang)
            out = out.replace("{" + name + "}", value, 1)
        return out
    return reason


def ask_reason(ask: dict[str, Any], lang: Lang) -> str | None:
    """An ask's reason (as in the JSON) in the language: the rule message it rests on in Dutch, the fixed phrase translated."""
    reason = ask.get("reason")
    if lang == "en" or not reason:
        return reason
    from .explain import english

    best: tuple[int, str] | None = None
    for f in ask.get("findings") or []:
        message = f.get("message") or ""
        label = english(message, f.get("category")) if message else ""
        if label and reason.startswith(label) and reason[len(label) :] in TAILS and (best is None or len(label) > best[0]):
            best = (len(label), message + TAILS[reason[len(label) :]])
    return best[1] if best is not None else translate(str(reason), lang)


def item_reason(item: dict[str, Any], lang: Lang) -> str | None:
    """An item's reason (as in the JSON) in the language, composed again from its asks' reasons."""
    reason = item.get("reason")
    if lang == "en" or reason is None:
        return reason
    from . import explain

    asks = [{**a, "reason": ask_reason(a, lang)} for a in item.get("asks") or []]
    if item.get("verdict") is None or not any(a.get("verdict") for a in asks):
        return translate(str(reason), lang)
    return explain.item_reason({**item, "asks": asks}, "", lang)


def localized(document: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """A document of the JSON report with its items' and asks' reasons in the language (a copy; English: the document itself)."""
    if lang == "en" or document.get("status") != "ok":
        return document
    items = []
    for it in document.get("items") or []:
        asks = [{**a, "reason": ask_reason(a, lang)} for a in it.get("asks") or []]
        items.append({**it, "reason": item_reason(it, lang), "asks": asks})
    return {**document, "items": items}


__all__ = ["LANGS", "Lang", "ask_reason", "item_reason", "localized", "summary_note", "t", "translate", "verdict_label"]
