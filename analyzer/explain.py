"""Explanations that match the verdict, in one language (English, like the rest of the reports).

The judge decides; this module says in words what its decision rests on, per ask: which asks are
answered, which are answered in part and what is missing, which are not answered and why. Rule
messages (Dutch, in the rule files) are replaced by their English label here; the JSON keeps the
rule's own message in ``findings[].message``. Evidence never rests on a lone function word ("ook",
"via", "omdat"): the sentence attributed to the ask is the evidence then.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.nl.stop_words import STOP_WORDS

from .i18n import WORDS

# The built-in rule messages, in English.
MESSAGES = {
    "Algemene beleidstekst (belang, inzet, verantwoordelijkheid van anderen, begrip) in plaats van het gevraagde": "general policy text instead of what is asked",
    "Bevoegdheid elders: (een deel van) de vraag hoort bij een andere instantie": "competence elsewhere: (part of) the question belongs to another body",
    "De premisse van de vraag wordt verworpen": "the premise of the question is rejected",
    "Geen gegevens: het gevraagde cijfer is niet bekend": "no data: the figure asked for is not known",
    "Geen gegevens: niet bekend, niet te zeggen of geen overzicht": "no data: not known, cannot be said, or no overview",
    "Geen gegevens: niet gemonitord, niet geregistreerd of niet bijgehouden": "no data: not monitored, not registered or not kept",
    "Niet bevoegd: de vraag wordt naar een andere instantie geschoven": "not competent: the question is passed to another body",
    "Uitstel: het antwoord komt later": "deferred: the answer comes later",
    "Uitstel: het antwoord wordt nog onderzocht": "deferred: the answer is still being looked into",
    "Verwijzing naar een ander antwoord in dit document (gevolgd)": "refers to another answer in this document (followed)",
    "Verwijzing naar een bijlage: de inhoud staat niet in de tekst van het antwoord": "refers to an attachment: the content is not in the answer's text",
    "Verwijzing naar een tekst buiten dit document": "refers to a text outside this document",
    "Weigering: de gevraagde informatie wordt niet gedeeld": "refusal: the information asked for is not shared",
    "Weigering: de minister gaat niet in op de vraag": "refusal: the question is not gone into",
}
# A rule of a user's own rule pack: its category, in English.
CATEGORIES = {
    "no_data": "no data",
    "refusal": "refusal",
    "not_competent": "not competent",
    "deferral": "deferred",
    "external_reference": "refers to a text outside this document",
    "internal_reference": "refers to another answer in this document",
    "general_statement": "general policy text instead of what is asked",
    "premise_rejected": "the premise of the question is rejected",
}
# Words that carry no evidence on their own; "ja" and "nee" do answer a yes/no question.
FUNCTION_WORDS = (set(STOP_WORDS) | {"via", "daarnaast", "hierdoor", "gezien", "zodat", "verder", "uiteraard", "inderdaad"}) - {
    "ja",
    "nee",
    "niet",
    "geen",
}


def is_function_word(match: str) -> bool:
    """Whether a matched string is no evidence by itself: function words or punctuation only."""
    words = re.findall(r"\w+", match.lower())
    return not words or all(w in FUNCTION_WORDS for w in words)


def english(message: str, category: str | None = None) -> str:
    """A rule message in English: the built-in translation, else the rule's category, else the message."""
    if message in MESSAGES:
        return MESSAGES[message]
    if category in CATEGORIES:
        return CATEGORIES[str(category)]
    return message


def ask_reason(ask: dict[str, Any]) -> str:
    """The judge's reason for one ask, in English: a rule message it starts with is translated."""
    reason = str(ask.get("reason") or "")
    for f in ask.get("findings") or []:
        message = f.get("message") or ""
        if message and reason.startswith(message):
            return english(message, f.get("category")) + reason[len(message) :]
    return MESSAGES.get(reason, reason)


def _numbers(ks: list[int], w: dict[str, str]) -> str:
    return (w["ask"] if len(ks) == 1 else w["asks"]) + ", ".join(str(k) for k in ks)


def item_reason(item: dict[str, Any], judge_reason: str = "", lang: str = "en") -> str:
    """What an item's verdict rests on, per ask, in words that agree with the verdict.

    ``judge_reason`` is the judge's own item reason, kept where the asks alone do not explain the
    verdict (an item of many asks, each touched on, that the judge calls partial). ``lang`` names the
    words it is composed with (:data:`analyzer.i18n.WORDS`); the asks' reasons are taken as they are.
    """
    w = WORDS[lang]
    verdict = item.get("verdict")
    asks = [(k, a) for k, a in enumerate(item.get("asks") or [], start=1) if a.get("verdict")]
    if verdict is None or not asks:
        return judge_reason
    live = [(k, a) for k, a in asks if a["verdict"] != "moot"] or asks
    by: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for k, a in live:
        by.setdefault(a["verdict"], []).append((k, a))
    moot = [k for k, a in asks if a["verdict"] == "moot"]
    n = len(live)
    answered = [k for k, _ in by.get("answered", [])]
    single = n == 1

    def listed(verdict_: str) -> str | None:
        group = by.get(verdict_, [])
        if not group:
            return None
        label = w[verdict_]
        reasons = [ask_reason(a) if lang == "en" else str(a.get("reason") or "") for _, a in group]
        if single:
            # "not addressed: ..." already says it is not answered
            return reasons[0] if reasons[0].startswith((w["not addressed"], w["no answer text"])) else f"{label}: {reasons[0]}"
        why = reasons[0] if len(set(reasons)) == 1 else "; ".join(f"{k}: {r}" for (k, _), r in zip(group, reasons, strict=True))
        return f"{label}: {_numbers([k for k, _ in group], w)} ({why})"

    tail = w["moot"].format(asks=_numbers(moot, w)) if moot else ""
    rest = [x for x in (listed("partial"), listed("declined"), listed("referred")) if x]
    if verdict == "answered":
        if len(answered) == n:
            return (w["single answered"] if single else w["all answered"].format(n=n)) + tail
        return w["enough"].format(a=len(answered), n=n) + "; ".join(rest) + tail
    if verdict == "partial" and len(answered) == n:
        if item.get("decision") == "partial/unplaced-cue":
            return w["unplaced"] + tail  # (every ask met, a want of data beside them: decision.combine)
        return (judge_reason or w["many asks"].format(n=n)) + tail
    if single:
        return "; ".join(rest) + tail
    lead = (
        w["some answered"].format(a=len(answered), n=n, asks=_numbers(answered, w))
        if answered
        else w["none fully answered" if by.get("partial") else "none answered"].format(n=n)
    )
    return lead + "; " + "; ".join(rest) + tail


def evidence_sentences(item: dict[str, Any], limit: int = 2) -> list[str]:
    """The answer sentences an item's verdict rests on: those attributed to its answered asks (for an
    answered item), else to its first ask that is not answered."""
    asks = item.get("asks") or []
    if item.get("verdict") == "answered":
        chosen = [a for a in asks if a.get("verdict") == "answered"]
    else:
        chosen = [a for a in asks if a.get("verdict") not in (None, "answered", "moot")][:1]
    out: list[str] = []
    for a in chosen:
        for s in a.get("sentences") or []:
            text = " ".join(s["text"].split())
            if text and text not in out:
                out.append(text)
            break  # the first sentence of each ask
    if not out and item.get("verdict") == "answered":
        # no sentence attributed to a single ask: the verdict rests on the item's answer as a whole; its first sentence
        answer = " ".join(" ".join(a.get("clean", a.get("text", "")).split()) for a in item.get("answer") or [])
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9“‘\"(])", answer, maxsplit=1)[0].strip()
        if first:
            out.append(first)
    return out[:limit]


__all__ = ["ask_reason", "english", "evidence_sentences", "is_function_word", "item_reason"]
