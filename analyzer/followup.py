"""A draft follow-up question in Dutch: per item not fully answered, what is still missing.

The draft is plain text with one paragraph per line (no hard wrapping: it is meant to be pasted).
It speaks for one asker ("mijn vraag", "ontvang ik") or several ("onze vraag", "ontvangen wij"),
names the body the answer is owed to (het Vlaams Parlement, de Kamer, de gemeenteraad) and quotes
the question's own number, never the number of the Aanhangsel it was printed in.
"""

from __future__ import annotations

import re
from typing import Any

from .metadata import MONTH_NAMES
from .names import askers

# What an open ask lacks, in Dutch, by the ask's type.
MISSING = {
    "quantity": "het gevraagde aantal of bedrag ontbreekt",
    "polar": "er wordt geen duidelijk ja of nee gegeven",
    "list": "de gevraagde opsomming ontbreekt",
    "action": "er wordt geen concrete maatregel, stap of beslissing genoemd",
    "explanation": "de gevraagde toelichting of reden ontbreekt",
    "time": "er wordt geen datum of termijn genoemd",
    "opinion": "er wordt geen standpunt ingenomen",
    "procedural": "hierop wordt niet ingegaan",
    "other": "hierop wordt niet (volledig) ingegaan",
}
CATEGORY = {
    "no_data": "volgens het antwoord zijn er geen gegevens; kunt u aangeven of en wanneer die wel beschikbaar komen",
    "refusal": "het antwoord gaat hier niet op in; kunt u toelichten waarom niet",
    "not_competent": "het antwoord verwijst naar een andere bevoegdheid; kunt u aangeven wat u wel kunt meedelen",
    "deferral": "het antwoord wordt uitgesteld; kunt u aangeven wanneer {body} het antwoord ontvangt",
    "external_reference": "het antwoord verwijst naar een andere tekst; kunt u het antwoord zelf geven",
    "premise_rejected": "de premisse wordt verworpen zonder het gevraagde te geven",
}


def body(metadata: dict[str, Any]) -> str:
    """The body the answer is owed to, as the draft names it."""
    parliament = str(metadata.get("parliament") or "")
    if parliament.startswith("Vlaams"):
        return "het Vlaams Parlement"
    if parliament.startswith("Tweede Kamer") or parliament.startswith("Eerste Kamer"):
        return "de Kamer"
    if re.search(r"\b(?:college|burgemeester|schepen|wethouder)", str(metadata.get("respondent") or ""), re.I):
        return "de gemeenteraad"
    return parliament or "de Kamer"


def _why(ask: dict[str, Any], to: str) -> str:
    for f in ask.get("findings", []):
        if f.get("category") in CATEGORY and f.get("effect") in ("declines", "refers", "weakens"):
            return CATEGORY[f["category"]].format(body=to)
    if str(ask.get("reason", "")).startswith("not addressed"):
        return "hierop wordt in het antwoord niet ingegaan"
    return MISSING.get(str(ask.get("type")), MISSING["other"])


def follow_up(document: dict[str, Any]) -> str | None:
    """The draft for one analyzed document, or None when every item is answered."""
    if document.get("status") != "ok":
        return None
    md = document["metadata"]
    to = body(md)
    lines: list[str] = []
    for item in document["items"]:
        if item.get("verdict") in (None, "answered"):
            continue
        asks = item.get("asks") or []
        if not asks:  # an item with no ask of its own: quote the item
            question = item.get("question") or {}
            lines.append(f"- Vraag {item['id']}: “{question.get('clean', '')}” — {MISSING['other']}.")
            continue
        open_asks = [k for k, a in enumerate(asks) if a.get("verdict") not in ("answered", "moot")] or [0]
        for k in open_asks:
            a = asks[k]
            quoted = a["clean"]
            if a.get("kind") == "conditional" and k > 0:
                quoted = f"{asks[k - 1]['clean']} {quoted}"  # "Zo ja, hoe vaak?" needs its question
            why = _why(a, to)
            lines.append(f"- Vraag {item['id']}: “{quoted}” — {why}{'?' if '; kunt u' in why else '.'}")
    if not lines:
        return None
    plural = len(askers(md.get("asker"))) > 1
    mine, receive = ("onze", "ontvangen wij") if plural else ("mijn", "ontvang ik")
    tk = str(md.get("parliament") or "").startswith("Tweede Kamer")
    number = str(md.get("number") or "")
    # the question's own number: stated as such, or a number that can only be the question's (a Flemish
    # question number, the Kamer's "2024Z14814"), never an Aanhangsel number
    own = md.get("question_number") or (
        number if number and (str(md.get("parliament") or "").startswith("Vlaams") or re.fullmatch(r"\d{4}Z\d{5}", number)) else None
    )
    ref = f"{mine} schriftelijke {'vragen' if tk or not own else 'vraag'}"
    if own:
        ref += f" nr. {own}"
    if md.get("question_date"):
        ref += f" {'(ingezonden ' if tk else 'van '}{_dutch_date(md['question_date'])}{')' if tk else ''}"
    title = f" over “{md['title']}”" if md.get("title") else ""
    head = f"In uw antwoord op {ref}{title} blijven de volgende punten open:"
    tail = f"Graag {receive} alsnog een antwoord op deze punten, en waar dat niet kan, de reden daarvoor."
    return "\n".join([head, "", *lines, "", tail])


def _dutch_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTH_NAMES[int(m) - 1]} {y}"
