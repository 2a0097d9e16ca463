"""A draft follow-up question in Dutch: per item not fully answered, what is still missing."""

from __future__ import annotations

from typing import Any

from .metadata import MONTH_NAMES

# What an open ask lacks, in Dutch, by the ask's type.
MISSING = {
    "quantity": "het gevraagde aantal of bedrag ontbreekt",
    "polar": "er wordt geen duidelijk ja of nee gegeven",
    "list": "de gevraagde opsomming ontbreekt",
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
    "deferral": "het antwoord wordt uitgesteld; kunt u aangeven wanneer de Kamer het antwoord ontvangt",
    "external_reference": "het antwoord verwijst naar een andere tekst; kunt u het antwoord zelf geven",
    "premise_rejected": "de premisse wordt verworpen zonder het gevraagde te geven",
}


def _why(ask: dict[str, Any]) -> str:
    for f in ask.get("findings", []):
        if f.get("category") in CATEGORY and f.get("effect") in ("declines", "refers", "weakens"):
            return CATEGORY[f["category"]]
    if str(ask.get("reason", "")).startswith("not addressed"):
        return "hierop wordt in het antwoord niet ingegaan"
    return MISSING.get(str(ask.get("type")), MISSING["other"])


def follow_up(document: dict[str, Any]) -> str | None:
    """The draft for one analyzed document, or None when every item is answered."""
    if document.get("status") != "ok":
        return None
    lines: list[str] = []
    for item in document["items"]:
        if item.get("verdict") in (None, "answered"):
            continue
        asks = item["asks"]
        open_asks = [k for k, a in enumerate(asks) if a.get("verdict") not in ("answered", "moot")] or [0]
        for k in open_asks:
            a = asks[k]
            quoted = a["clean"]
            if a.get("kind") == "conditional" and k > 0:
                quoted = f"{asks[k - 1]['clean']} {quoted}"  # "Zo ja, hoe vaak?" needs its question
            why = _why(a)
            lines.append(f"- Vraag {item['id']}: “{quoted}” — {why}{'?' if '; kunt u' in why else '.'}")
    if not lines:
        return None
    md = document["metadata"]
    ref = "mijn schriftelijke vraag"
    if md.get("number"):
        ref += f" nr. {md['number']}"
    if md.get("question_date"):
        ref += f" van {_dutch_date(md['question_date'])}"
    title = f" over “{md['title']}”" if md.get("title") else ""
    head = f"In uw antwoord op {ref}{title} blijven de volgende punten open:"
    tail = "Graag ontvang ik alsnog een antwoord op deze punten, en waar dat niet kan, de reden daarvoor."
    return "\n".join([head, "", *lines, "", tail])


def _dutch_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTH_NAMES[int(m) - 1]} {y}"
