"""Tweede Kamer: Kamervragen from the OData v4 service of the Gegevensmagazijn.

Service shape, as read from public client code (not verified against the live service here):

- ``GET {base}/Zaak?$filter=Nummer eq '2024Z18294' and Verwijderd eq false&$expand=ZaakActor``:
  ``{"@odata.context": ..., "value": [{"Id", "Nummer", "Soort", "Onderwerp", "GestartOp",
  "ZaakActor": [{"Relatie": "Indiener"|"Medeindiener"|"Gericht aan", "ActorNaam", "ActorFractie",
  "Functie"}]}]}`` (openkamer/tkapi ``tkapi/zaak.py``; the ZaakActor relations as public
  clients found through a code search query them);
- ``GET {base}/Document?$filter=Zaak/any(z:z/Id eq <guid>)``: the zaak's documents, ``Soort`` one of
  "Schriftelijke vragen", "Antwoord schriftelijke vragen", "Antwoord schriftelijke vragen (nader)",
  "Mededeling (uitstel antwoord)" (the ``DocumentSoort`` enum of tkapi ``tkapi/document.py``), with
  ``Datum``, ``Onderwerp``, ``Vergaderjaar``, ``Aanhangselnummer``;
- pages are followed by ``@odata.nextLink`` (tkapi ``tkapi/tkapi.py``, ``get_all_items``);
- ``GET {base}/Document(<guid>)/resource``: the file itself (PDF or DOCX, as its content type says).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from .errors import FetchError
from .http import HttpClient
from .record import DelayNotice, FetchedDocument
from .refs import AANHANGSEL, Ref

DEFAULT_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
QUESTION = "Schriftelijke vragen"
ANSWER = "Antwoord schriftelijke vragen"
ANSWER_LATER = "Antwoord schriftelijke vragen (nader)"
DELAY = "Mededeling (uitstel antwoord)"
PAGE = 250  # the service refuses a larger $top
MAX_PAGES = 40


def odata_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


Reader = Callable[[bytes, str, str], str]  # (file, content type, source) -> text


class TweedeKamer:
    def __init__(self, http: HttpClient, base_url: str = DEFAULT_URL) -> None:
        self.http = http
        self.base = base_url.rstrip("/")

    # --- queries ---------------------------------------------------------------------------------

    def _values(self, url: str, params: dict[str, str] | None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Every entity of a query, page after page by ``@odata.nextLink``."""
        page = self.http.get_json(url, params)
        for _ in range(MAX_PAGES):
            values = page.get("value")
            if not isinstance(values, list):
                raise FetchError("bad-response", f"{url}: an OData answer without a 'value' list")
            for v in values:
                if not isinstance(v, dict):
                    raise FetchError("bad-response", f"{url}: an entity that is not an object")
                yield v
            link = page.get("@odata.nextLink")
            if not link:
                return
            if not isinstance(link, str):
                raise FetchError("bad-response", f"{url}: '@odata.nextLink' is not an address")
            page = self.http.get_json(link)
        raise FetchError("bad-response", f"{url}: more than {MAX_PAGES} pages")

    def zaak(self, number: str) -> dict[str, Any]:
        found = list(
            self._values(
                f"{self.base}/Zaak",
                {"$filter": f"Nummer eq {odata_string(number)} and Verwijderd eq false", "$expand": "ZaakActor"},
            )
        )
        if not found:
            raise FetchError("not-found", f"no Kamervraag with zaak number {number}")
        soort = found[0].get("Soort")
        if isinstance(soort, str) and soort.strip() and soort.strip() != QUESTION:
            raise FetchError("not-found", f"zaak {number} is a {soort.strip()}, not a written question ({QUESTION})")
        return found[0]

    def zaak_of_aanhangsel(self, key: str) -> str:
        """The zaak number behind ``ah-tk-20242025-609``: the answer document with that Aanhangsel number."""
        m = AANHANGSEL.fullmatch(key)
        assert m is not None
        year = f"{m.group(1)}-{m.group(2)}"
        number = int(m.group(3))
        flt = (
            f"Verwijderd eq false and Vergaderjaar eq {odata_string(year)} and endswith(Aanhangselnummer,{odata_string(f'{number:04d}')})"
            f" and (Soort eq {odata_string(ANSWER)} or Soort eq {odata_string(ANSWER_LATER)})"
        )
        for doc in self._values(f"{self.base}/Document", {"$filter": flt, "$expand": "Zaak($select=Id,Nummer)"}):
            for z in doc.get("Zaak") or []:
                if isinstance(z, dict) and isinstance(z.get("Nummer"), str):
                    return str(z["Nummer"])
        raise FetchError("not-found", f"no answer with Aanhangsel number {number} in {year}")

    def documents(self, zaak_id: str) -> list[dict[str, Any]]:
        flt = f"Verwijderd eq false and Zaak/any(z:z/Id eq {zaak_id})"
        return list(self._values(f"{self.base}/Document", {"$filter": flt, "$orderby": "Datum"}))

    def resource(self, document_id: str) -> tuple[bytes, str, str]:
        url = f"{self.base}/Document({quote(document_id, safe='-')})/resource"
        r = self.http.get(url)
        return r.body, r.content_type, url

    def search(self, respondent: str | None, asker: str | None, since: str | None, until: str | None, limit: int) -> list[str]:
        """Zaak numbers of written questions, newest first."""
        parts = ["Verwijderd eq false", f"Soort eq {odata_string(QUESTION)}"]
        if since:
            parts.append(f"GestartOp ge {since}T00:00:00Z")
        if until:
            parts.append(f"GestartOp lt {until}T00:00:00Z")
        for relation, name in (("Gericht aan", respondent), ("Indiener", asker)):
            if name:
                s = odata_string(name)
                parts.append(
                    f"ZaakActor/any(a:a/Relatie eq {odata_string(relation)} and (contains(a/ActorNaam,{s}) or contains(a/Functie,{s})))"
                )
        params = {"$filter": " and ".join(parts), "$orderby": "GestartOp desc", "$top": str(min(limit, PAGE)), "$select": "Id,Nummer"}
        numbers: list[str] = []
        for z in self._values(f"{self.base}/Zaak", params):
            n = z.get("Nummer")
            if isinstance(n, str) and n not in numbers:
                numbers.append(n)
            if len(numbers) >= limit:
                break
        return numbers

    # --- one question ----------------------------------------------------------------------------

    def fetch(self, ref: Ref, read: Reader) -> FetchedDocument:
        """The question (and its answer, if any) with the service's metadata; ``read`` turns a file into text."""
        number = ref.key if not ref.key.startswith("ah-tk-") else self.zaak_of_aanhangsel(ref.key)
        zaak = self.zaak(number)
        zaak_id = zaak.get("Id")
        if not isinstance(zaak_id, str):
            raise FetchError("bad-response", f"zaak {number} has no Id")
        docs = self.documents(zaak_id)
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for d in docs:
            by_kind.setdefault(str(d.get("Soort") or "").strip(), []).append(d)
        question = _first(by_kind.get(QUESTION))
        answer = _first(by_kind.get(ANSWER) or by_kind.get(ANSWER_LATER))
        delays = tuple(
            DelayNotice(_date(d.get("Datum")), str(d.get("Onderwerp") or d.get("Titel") or DELAY)) for d in by_kind.get(DELAY, [])
        )
        actors = [a for a in zaak.get("ZaakActor") or [] if isinstance(a, dict)]
        askers = [a for a in actors if a.get("Relatie") == "Indiener"] + [a for a in actors if a.get("Relatie") == "Medeindiener"]
        asked = [a for a in actors if a.get("Relatie") == "Gericht aan"]
        asker = ", ".join(dict.fromkeys(str(a["ActorNaam"]) for a in askers if a.get("ActorNaam"))) or None
        party = ", ".join(dict.fromkeys(str(a["ActorFractie"]) for a in askers if a.get("ActorFractie"))) or None
        respondent = "; ".join(dict.fromkeys(_actor(a) for a in asked if _actor(a))) or None
        base = FetchedDocument(
            ref=str(ref),
            parliament="Tweede Kamer",
            number=number,
            status="open",
            title=_str(zaak.get("Onderwerp")) or _str(zaak.get("Titel")),
            asker=asker,
            asker_party=party,
            respondent=respondent,
            question_date=_date(question.get("Datum")) if question else _date(zaak.get("GestartOp")),
            delay_notices=delays,
        )
        if answer is not None:
            # a Tweede Kamer answer repeats every question before its answer: the whole document is its text
            body, ctype, url = self.resource(str(answer.get("Id")))
            text = read(body, ctype, str(ref))
            return replace(base, status="answered", answer_date=_date(answer.get("Datum")), text=text, urls=(url,))
        if question is None:
            raise FetchError("bad-response", f"zaak {number} has neither a question nor an answer document")
        body, ctype, url = self.resource(str(question.get("Id")))
        text = read(body, ctype, str(ref))
        return replace(base, question=text, answer="", urls=(url,))


def _first(docs: list[dict[str, Any]] | None) -> dict[str, Any] | None:
    return docs[0] if docs else None


def _str(v: Any) -> str | None:
    return v.strip() or None if isinstance(v, str) else None


def _date(v: Any) -> str | None:
    """``2024-10-23T00:00:00+02:00`` -> ``2024-10-23``; the service's 0001-01-01 means no date."""
    if not isinstance(v, str) or len(v) < 10 or v.startswith("0001-"):
        return None
    return v[:10]


def _actor(a: dict[str, Any]) -> str:
    name, function = _str(a.get("ActorNaam")), _str(a.get("Functie"))
    if name and function:
        return f"{name} ({function})"
    return name or function or ""
