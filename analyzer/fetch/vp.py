"""Vlaams Parlement: schriftelijke vragen from the public search API and the open-data API.

Service shape, as read from public client code (not verified against the live services here):

- search: ``GET {search}/{query}?collection=vp_collection&page=P&max=M&sort=date`` answers
  ``{"result": [{"id": ..., "metatags": {"metatag": [{"name": ..., "value": ...}]}}]}``; a written
  question has the metatags ``soort`` = ``SCHV``, ``nummer``, ``zittingsjaar`` and ``opendata`` =
  ``http://ws.vlpar.be/e/opendata/schv/<id>``. The query syntax (``+inmeta:legislatuur=2019-2024``
  and ``&requiredfields=...aggregaattype:Schriftelijke vraag``) is the one public scripts send;
- detail: ``GET {opendata}/schv/<id>`` with ``Accept: application/json`` answers ``{"id",
  "vraagnummer", "zittingsjaar", "titel", "onderwerp", "vraagsteller": {"voornaam", "naam"},
  "minister": {"voornaam", "naam"}, "procedureverloop": [{"status", "datum"}], "bestand-ordered":
  [{"URL"}]}``; the first file is the PDF with the question and, once answered, the answer.

Only the number of the question (``nummer``) and the session year are used to find it; the search
is paged until a result with that number (and year, when the result names one) turns up, and the
detail of each such result is checked against both, so an ambiguous free-text match never stands
in for the question asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from .errors import FetchError
from .http import HttpClient
from .record import FetchedDocument
from .refs import Ref

DEFAULT_URL = "https://ws.vlpar.be/e/opendata"
DEFAULT_SEARCH_URL = "https://ws.vlpar.be/api/search/query"
PAGE = 50
MAX_PAGES = 10
MAX_CANDIDATES = 5  # details read before giving up on a search
ASKED = re.compile(r"gesteld|ingediend", re.I)
ANSWERED = re.compile(r"beantwoord|antwoord", re.I)

Reader = Callable[[bytes, str, str], str]


def legislature(session: str) -> str:
    """The legislature of a session year: Flemish elections fall in 2004, 2009, ..., every five years."""
    first = int(session[:4])
    start = 2004 + 5 * ((first - 2004) // 5)
    return f"{start}-{start + 5}"


def _metatags(item: dict[str, Any]) -> dict[str, str]:
    block = item.get("metatags")
    tags = block.get("metatag") if isinstance(block, dict) else None
    out: dict[str, str] = {}
    for tag in tags if isinstance(tags, list) else []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            out[tag["name"]] = str(tag.get("value", ""))
    return out


def _person(p: Any) -> str | None:
    if not isinstance(p, dict):
        return None
    name = " ".join(str(p[k]).strip() for k in ("voornaam", "naam") if isinstance(p.get(k), str) and p[k].strip())
    return name or None


def _party(p: Any) -> str | None:
    if isinstance(p, dict) and isinstance(p.get("fractie"), dict):
        name = p["fractie"].get("naam")
        return name.strip() or None if isinstance(name, str) else None
    return None


class VlaamsParlement:
    def __init__(self, http: HttpClient, base_url: str = DEFAULT_URL, search_url: str = DEFAULT_SEARCH_URL) -> None:
        self.http = http
        self.base = base_url.rstrip("/")
        self.search_base = search_url.rstrip("/")

    def candidates(self, session: str, number: str) -> Iterator[str]:
        """Open-data ids of search results that may be written question ``number`` of ``session``: a
        ``SCHV`` with that number and, when the result names one, that session year."""
        query = (
            f"{number} +inmeta:legislatuur={legislature(session)}"
            "&requiredfields=paginatype:Parlementair document.aggregaat:Vraag of interpellatie.aggregaattype:Schriftelijke vraag"
        )
        url = f"{self.search_base}/{quote(query, safe='+:=&')}"
        for page in range(1, MAX_PAGES + 1):
            answer = self.http.get_json(url, {"collection": "vp_collection", "page": str(page), "max": str(PAGE), "sort": "date"})
            results = answer.get("result")
            if results is None or results == []:
                break
            if not isinstance(results, list):
                raise FetchError("bad-response", f"{self.search_base}: 'result' is not a list")
            for item in results:
                if not isinstance(item, dict):
                    continue
                meta = _metatags(item)
                if meta.get("soort") != "SCHV" or meta.get("nummer", "").strip().lstrip("0") != number:
                    continue
                if meta.get("zittingsjaar") and meta["zittingsjaar"].strip() != session:
                    continue
                m = re.search(r"/schv/(\d+)/?$", meta.get("opendata", ""))
                if m:
                    yield m.group(1)

    def find(self, session: str, number: str) -> tuple[str, dict[str, Any]]:
        """The open-data address and detail of written question ``number`` of ``session``; each candidate's
        detail is checked against both, so a result of another year or number is passed over."""
        for tried, ident in enumerate(self.candidates(session, number)):
            if tried >= MAX_CANDIDATES:
                break
            url = f"{self.base}/schv/{ident}"
            detail = self.http.get_json(url)
            year = detail.get("zittingsjaar")
            got = detail.get("vraagnummer", detail.get("nummer"))
            if isinstance(year, str) and year.strip() != session:
                continue
            if got is not None and str(got).strip().lstrip("0") != number:
                continue
            return url, detail
        raise FetchError("not-found", f"no written question nr. {number} of {session} in the Vlaams Parlement search")

    def fetch(self, ref: Ref, read: Reader) -> FetchedDocument:
        session, _, number = ref.key.partition("/")
        url, detail = self.find(session, number)
        steps = [s for s in detail.get("procedureverloop") or [] if isinstance(s, dict)]
        asked = next((str(s.get("datum"))[:10] for s in steps if ASKED.search(str(s.get("status", ""))) and s.get("datum")), None)
        answered = next((str(s.get("datum"))[:10] for s in steps if ANSWERED.search(str(s.get("status", ""))) and s.get("datum")), None)
        files = [f.get("URL") for f in detail.get("bestand-ordered") or [] if isinstance(f, dict) and isinstance(f.get("URL"), str)]
        title = detail.get("titel") or detail.get("onderwerp")
        base = FetchedDocument(
            ref=str(ref),
            parliament="Vlaams Parlement",
            number=number,
            status="answered" if answered else "open",
            title=title.strip() if isinstance(title, str) else None,
            asker=_person(detail.get("vraagsteller")),
            asker_party=_party(detail.get("vraagsteller")),
            respondent=_person(detail.get("minister")),
            question_date=asked,
            answer_date=answered,
        )
        if not files:
            if answered:
                raise FetchError("bad-response", f"{url}: answered, but no document file")
            # an open question whose file is not published yet: only its title can be read
            return replace(base, question=base.title or "", answer="", urls=(url,))
        r = self.http.get(str(files[0]), accept="application/pdf, */*")
        text = read(r.body, r.content_type, str(ref))
        return replace(base, text=text, urls=(url, str(files[0])))
