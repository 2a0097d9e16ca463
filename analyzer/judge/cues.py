"""Signals read off the answer and the ask: the ask type, a yes/no opener, the answer's polarity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ..rules import AskType, Hit

# Ask types that want data: "geen cijfers" declines them wherever it stands.
DATA_TYPES = ("quantity", "list", "time")
# When several ask_type rules fire, the most specific type wins.
TYPE_PRIORITY: tuple[AskType, ...] = ("procedural", "quantity", "time", "action", "list", "explanation", "opinion", "polar", "other")


def ask_type(hits: Sequence[Hit]) -> tuple[AskType, str | None]:
    found = {h.rule.spec.ask_type: h.rule.id for h in hits if h.rule.spec.kind == "ask_type" and h.rule.spec.ask_type}
    for t in TYPE_PRIORITY:
        if t in found:
            return t, found[t]
    return "other", None


# An answer that opens with a yes, a no or a stance (90% of such polar items are answered, cues.md 3.2).
OPENER = re.compile(
    r"\s*(?:ja\b|jazeker\b|nee\b|neen\b|inderdaad\b|zeker\b|(?:dat|dit)\s+klopt\b|(?:dat|dit)\s+is\s+(?:on)?(?:juist|correct)\b|dat\s+is\s+(?:niet|het\s+geval)\b|dit\s+is\s+(?:niet\s+)?het\s+geval\b|dit\s+is\s+niet\s+(?:juist|correct|zo(?=\s*[.,;:!]))\b|"
    # (a bare word of assent or denial, closed by punctuation: "Correct.", "Niet juist.", "Bevestigend.", "Dat is zo.")
    r"(?:(?:niet\s+)?(?:juist|correct)|bevestigend|ontkennend|het\s+antwoord\s+is\s+(?:ja|nee|neen))(?=\s*[.,;:!])|"
    # ("Dat is zo." closing its sentence: "Dat is zo, maar enkel voor de centrumsteden" confirms less than asked)
    r"(?:dat|dit)\s+is\s+(?:inderdaad\s+)?zo(?=\s*[.;!])|"
    # (sharing a view, not "Het college deelt mee dat ...", which announces)
    r"ik\s+deel\b(?!\s+(?:\w+\s+){0,3}?mee\b)|(?:wij|we|(?:het\s+)?(?:college|kabinet))\s+(?:delen|deelt)\s+(?:de|die|deze|dit|dat|uw|het)\s+(?:\w+\s+){0,2}?"
    r"(?:mening|zorg\w*|opvatting\w*|analyse\w*|conclusie\w*|standpunt\w*|visie|beeld|inschatting\w*|constatering\w*)\b|"
    r"(?:dat|(?:die|deze)\s+(?:mening|zorg\w*|opvatting\w*|analyse\w*|conclusie\w*|standpunt\w*|visie|inschatting\w*))\s+(?:deel\s+ik|delen\s+wij|delen\s+we)\b|dat\s+kan\s+ik\s+(?:niet\s+)?bevestigen|ik\s+ben\s+(?:het\s+)?(?:bekend|op\s+de\s+hoogte|eens)|"
    r"daar\s+ben\s+ik\s+(?:mee\s+)?bekend|ik\s+heb\s+(?:hier\s+)?kennis\s*genomen|ik\s+ken\b|ik\s+herken\b|"
    # "Het is juist dat ...", "Het klopt niet dat ...": the asked proposition confirmed or denied
    r"het\s+(?:is\s+(?:niet\s+)?(?:juist|correct)|klopt(?:\s+niet)?)\s+dat\b)",
    re.I,
)


_NEGATIVE_START = re.compile(
    r"\s*(?:nee\b|neen\b|(?:dat|dit)\s+is\s+(?:niet|onjuist|incorrect)|(?:dat|dit)\s+klopt\s+(?:niet|geenszins)|klopt\s+niet\b|het\s+is\s+niet\s+(?:juist|correct)\s+dat|het\s+klopt\s+niet\s+dat|"
    r"er\s+(?:is|zijn)\s+geen|geen\b|niet\b|ontkennend\b|het\s+antwoord\s+is\s+neen?\b)",
    re.I,
)
_POSITIVE_START = re.compile(
    r"\s*(?:ja\b|jazeker\b|inderdaad\b|(?:dat|dit)\s+klopt\b(?!\s+(?:niet|geenszins)\b)|(?:dat|dit)\s+is\s+(?:juist|correct)\b|het\s+(?:is\s+(?:juist|correct)|klopt)\s+dat\b|zeker\b|"
    r"bevestigend\b|(?:juist|correct)(?=\s*[.,;:!])|(?:dat|dit)\s+is\s+(?:inderdaad\s+)?zo(?=\s*[.;!])|het\s+antwoord\s+is\s+ja\b)",
    re.I,
)


# The first sentence ends at a whitespace after ".", "!" or "?": found as the mark and the whitespace,
# which sre looks for from the mark (a lookbehind before the whitespace is tried at every character).
_FIRST_END = re.compile(r"[.!?]\s")
_POSITIVE_ANYWHERE = re.compile(r"\b(?:inderdaad|wel\s+degelijk)\b", re.I)
_NEGATIVE_ANYWHERE = re.compile(r"\b(?:is|zijn|heeft|hebben|wordt|worden|kan|kunnen|komt|komen)\s+(?:\w+\s+)?(?:geen|niet)\b", re.I)


def first_sentence(answer: str) -> str:
    """``re.split(r"(?<=[.!?])\\s", answer.strip(), maxsplit=1)[0]``."""
    text = answer.strip()
    end = _FIRST_END.search(text)
    return text if end is None else text[: end.start() + 1]


def answer_polarity(answer: str) -> Literal["positive", "negative", "unknown"]:
    """Whether the answer's first sentence says yes or no (for "Zo ja, ..." / "Zo niet, ..." follow-ups)."""
    first = first_sentence(answer)
    if _POSITIVE_START.match(first) or _POSITIVE_ANYWHERE.search(first):
        return "positive"
    if _NEGATIVE_START.match(first) or _NEGATIVE_ANYWHERE.search(first):
        return "negative"
    return "unknown"
