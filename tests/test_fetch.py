"""``analyzer fetch`` and ``analyzer check tk:... vp:...`` against a loopback server that serves
responses shaped like the real services (tests/fixtures/fetch/README.md says where each shape comes
from; none was recorded from the live services). Timeouts and backoff are shortened by options."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from analyzer.cli import main
from analyzer.fetch.errors import FetchError
from analyzer.fetch.http import FetchSettings, HttpClient, retry_after
from analyzer.fetch.refs import parse_ref

from .fetch_server import FIXTURES, Reply, Server, fixture, json_reply
from .helpers import CORPUS
from .test_inputs import text_pdf

EXAMPLE = Path(__file__).parent.parent / "examples" / "vp-785-2023.txt"
TK_ANSWER = "d0c00001-0000-4000-8000-000000000003"
TK_OPEN_QUESTION = "d0c00002-0000-4000-8000-000000000001"
QUESTIONS = (
    "Vragen van de leden Jansen (SP) en De Vries (GL-PvdA) aan de minister van Sociale Zaken en Werkgelegenheid\n"
    "over de wachtlijsten in de kinderopvang (ingezonden 10 januari 2025).\n"
    "Vraag 1\nHoeveel kinderen stonden op 1 januari 2025 op een wachtlijst voor de kinderopvang?\n"
    "Vraag 2\nWelke maatregelen neemt u om die wachtlijsten te verkorten?\n"
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reply]:
    """The documents behind ``/resource`` and the Flemish pfile: PDFs of corpus texts, a DOCX question."""
    d = tmp_path_factory.mktemp("resources")
    tk_pdf = text_pdf(d / "tk.pdf", (CORPUS / "tk-ah-20242025-581.txt").read_text(encoding="utf-8"))
    vp_pdf = text_pdf(d / "vp.pdf", EXAMPLE.read_text(encoding="utf-8"))
    question = docx.Document()
    for line in QUESTIONS.splitlines():
        question.add_paragraph(line)
    question.save(str(d / "q.docx"))
    return {
        TK_ANSWER: Reply(200, tk_pdf.read_bytes(), "application/pdf"),
        TK_OPEN_QUESTION: Reply(
            200, (d / "q.docx").read_bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ),
        "1712999": Reply(200, vp_pdf.read_bytes(), "application/pdf"),
    }


def standard_routes(server: Server, files: dict[str, Reply]) -> None:
    base = server.base

    def empty(entity: str) -> Reply:
        return json_reply({"@odata.context": f"{base}/tk/$metadata#{entity}", "value": []})

    def tk(path: str, q: dict[str, str]) -> Reply | None:
        flt = q.get("$filter", "")
        if path == "/tk/Zaak":
            if q.get("$skiptoken") == "search2":
                return json_reply(fixture("tk/search-page2.json", base))
            if m := re.search(r"Nummer eq '([^']*)'", flt):
                name = f"tk/zaak-{m.group(1)}.json"
                return json_reply(fixture(name, base)) if (FIXTURES / name).exists() else empty("Zaak")
            if "Soort eq 'Schriftelijke vragen'" in flt:
                return json_reply(fixture("tk/search-page1.json", base))
        if path == "/tk/Document":
            if m := re.search(r"Zaak/any\(z:z/Id eq ([0-9a-f-]+)\)", flt):
                name = f"tk/documents-{m.group(1)}-{'page2' if q.get('$skiptoken') == '2' else 'page1'}.json"
                return json_reply(fixture(name, base)) if (FIXTURES / name).exists() else empty("Document")
            if m := re.search(r"Vergaderjaar eq '(\d{4}-\d{4})' and endswith\(Aanhangselnummer,'(\d+)'\)", flt):
                name = f"tk/aanhangsel-{m.group(1)}-{m.group(2)}.json"
                return json_reply(fixture(name, base)) if (FIXTURES / name).exists() else empty("Document")
        if (m := re.fullmatch(r"/tk/Document\(([0-9a-f-]+)\)/resource", path)) and m.group(1) in files:
            return files[m.group(1)]
        return None

    def vp(path: str, q: dict[str, str]) -> Reply | None:
        if path.startswith("/vpsearch/"):
            page = q.get("page")
            if page in ("1", "2"):
                return json_reply(fixture(f"vp/search-page{page}.json", base))
            return json_reply({"result": []})
        if path == "/vp/schv/1712345":
            return json_reply(fixture("vp/schv-1712345.json", base))
        if path == "/vpdocs/files/pfile" and q.get("id") in files:
            return files[q["id"]]
        return None

    server.routes += [tk, vp]


@pytest.fixture
def server(files: dict[str, Reply]) -> Iterator[Server]:
    s = Server()
    standard_routes(s, files)
    try:
        yield s
    finally:
        s.stop()


def net(server: Server, cache: Path, *extra: str) -> list[str]:
    """Options that point every service at the loopback server, with short waits."""
    b = server.base
    return [
        *("--tk-url", f"{b}/tk", "--vp-url", f"{b}/vp", "--vp-search-url", f"{b}/vpsearch"),
        *("--cache", str(cache), "--delay", "0", "--backoff", "0", "--timeout", "2", "--retries", "1"),
        *extra,
    ]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# --- Tweede Kamer -------------------------------------------------------------------------------


def test_fetch_tk_follows_the_pages_reads_the_pdf_and_keeps_the_services_metadata(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "cache"))
    assert code == 0, err
    (rec,) = records(out)
    assert rec["id"] == "tk:2024Z16901" and rec["status"] == "answered"
    assert rec["metadata"] == {
        "parliament": "Tweede Kamer",
        "number": "2024Z16901",
        "title": "Vragen van het lid Van Houwelingen (FVD) aan de minister van Buitenlandse Zaken over Oekraïne als atoommacht",
        "asker": "Van Houwelingen",
        "asker_party": "FVD",
        "respondent": "Veldkamp (minister van Buitenlandse Zaken)",
        "question_date": "2024-10-23",
        "answer_date": "2024-11-18",
    }
    # the answer is on the second page of the zaak's documents, the delay notice on the first
    documents = [s for s in server.seen if s.path == "/tk/Document"]
    assert [d.query.get("$skiptoken") for d in documents] == [None, "2"]
    assert rec["delay_notices"] == [
        {
            "date": "2024-11-12",
            "title": "Mededeling over uitstel beantwoording van vragen van het lid Van Houwelingen over Oekraïne als atoommacht",
        }
    ]
    assert "Antwoord 1" in str(rec["text"]) and "Vraag 2" in str(rec["text"])  # the PDF's text layer
    assert f"/tk/Document({TK_ANSWER})/resource" in server.paths()
    assert all(s.headers["user-agent"].startswith("analyzer/") for s in server.seen)
    assert "answer delayed" in err and "1 fetched (0 from the cache), 0 failed" in err


def test_check_fetches_tk_and_vp_and_analyzes_them_with_the_services_metadata(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "tk:2024Z16901", "vp:2022-2023/785", "--format", "json", *net(server, tmp_path / "c"))
    assert code == 0, err
    tk, vp = json.loads(out)["documents"]
    assert tk["source"] == "tk:2024Z16901" and tk["status"] == "ok" and len(tk["items"]) >= 4
    assert tk["metadata"]["respondent"] == "Veldkamp (minister van Buitenlandse Zaken)"
    assert any("answer delayed" in w for w in tk["warnings"])
    assert vp["source"] == "vp:2022-2023/785" and vp["status"] == "ok" and len(vp["items"]) >= 15
    assert vp["metadata"]["respondent"] == "Jo Brouns" and vp["metadata"]["asker"] == "Tom Ongena"
    assert vp["metadata"]["question_date"] == "2023-07-03" and vp["metadata"]["answer_date"] == "2023-08-18"
    search = [s for s in server.seen if s.path.startswith("/vpsearch/")]
    assert [s.query["page"] for s in search] == ["1", "2"]  # nr. 785 of 2022-2023 is on the second page
    assert "inmeta:legislatuur=2019-2024" in search[0].path and search[0].query["collection"] == "vp_collection"


def test_a_search_result_of_another_year_is_passed_over(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A result that does not name its session year is checked in its detail, and skipped when the year differs."""
    base = server.base
    page1 = fixture("vp/search-page1.json", base)
    page1["result"].append(
        {
            "id": "x",
            "metatags": {
                "metatag": [
                    {"name": "soort", "value": "SCHV"},
                    {"name": "nummer", "value": "785"},
                    {"name": "opendata", "value": "http://ws.vlpar.be/e/opendata/schv/1700009"},
                ]
            },
        }
    )
    other = fixture("vp/schv-1712345.json", base) | {"id": 1700009, "zittingsjaar": "2019-2020"}

    def routes(path: str, q: dict[str, str]) -> Reply | None:
        if path.startswith("/vpsearch/") and q.get("page") == "1":
            return json_reply(page1)
        return json_reply(other) if path == "/vp/schv/1700009" else None

    server.routes.insert(0, routes)
    code, out, err = run(capsys, "fetch", "vp", "2022-2023/785", *net(server, tmp_path / "c"))
    assert code == 0, err
    assert records(out)[0]["urls"][0].endswith("/vp/schv/1712345")  # type: ignore[index]
    assert server.paths().index("/vp/schv/1700009") < server.paths().index("/vp/schv/1712345")


def test_an_open_question_with_a_delay_notice(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "fetch", "tk", "2025Z00417", *net(server, tmp_path / "c"))
    assert code == 0, err
    (rec,) = records(out)
    assert rec["status"] == "open" and rec["answer"] == "" and "Hoeveel kinderen" in str(rec["question"])
    assert isinstance(rec["days_since_asked"], int) and rec["days_since_asked"] > 300
    assert rec["metadata"]["asker"] == "Jansen, De Vries" and rec["metadata"]["asker_party"] == "SP, GL-PvdA"  # type: ignore[index]
    assert rec["metadata"]["respondent"] == "minister van Sociale Zaken en Werkgelegenheid"  # type: ignore[index]
    assert rec["delay_notices"] == [{"date": "2025-02-04", "title": "Uitstel beantwoording vragen over de wachtlijsten in de kinderopvang"}]
    assert "open, not answered yet, asked" in err
    code, out, err = run(capsys, "check", "tk:2025Z00417", "--format", "json", *net(server, tmp_path / "c"))
    assert code == 0, err
    (doc,) = json.loads(out)["documents"]
    assert doc["status"] == "open" and doc["open"]["days_since_asked"] == rec["days_since_asked"]
    assert [i["id"] for i in doc["items"]] == ["1", "2"]


def test_an_aanhangsel_number_finds_its_zaak(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "fetch", "tk", "ah-tk-20242025-581", *net(server, tmp_path / "c"))
    assert code == 0, err
    (rec,) = records(out)
    assert rec["id"] == "tk:ah-tk-20242025-581" and rec["metadata"]["number"] == "2024Z16901"  # type: ignore[index]


def test_search_by_respondent_follows_the_pages_up_to_the_limit(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "fetch", "tk", "--respondent", "Veldkamp", "--since", "2025-01-01", "--limit", "4", *net(server, tmp_path / "c")
    )
    # 2025Z02003 and 2025Z01502 are not in the fixtures: each is one not-found line, the other two are fetched
    assert code == 3
    assert [r["id"] for r in records(out)] == ["tk:2025Z00417", "tk:2024Z16901"]
    assert err.count("not-found") == 2 and "2 fetched (0 from the cache), 2 failed" in err
    first = next(s for s in server.seen if s.path == "/tk/Zaak")
    flt = first.query["$filter"]
    assert "ZaakActor/any(a:a/Relatie eq 'Gericht aan' and (contains(a/ActorNaam,'Veldkamp')" in flt
    assert "GestartOp ge 2025-01-01T00:00:00Z" in flt and first.query["$top"] == "4"
    code, out, err = run(capsys, "fetch", "tk", "--respondent", "Veldkamp", "--limit", "1", *net(server, tmp_path / "c"))
    assert code == 3 and records(out) == [] and "0 fetched (0 from the cache), 1 failed" in err


# --- failures ----------------------------------------------------------------------------------


def test_a_missing_question_is_one_not_found_line(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "fetch", "tk", "2024Z99999", *net(server, tmp_path / "c"))
    assert code == 3 and out == ""
    lines = err.splitlines()
    assert lines[0] == "error: tk:2024Z99999: not-found: no Kamervraag with zaak number 2024Z99999"
    assert len(lines) == 2 and "Traceback" not in err
    code, out, err = run(capsys, "fetch", "vp", "786", "--year", "2022-2023", *net(server, tmp_path / "c"))
    assert code == 3 and "vp:2022-2023/786: not-found: no written question nr. 786 of 2022-2023" in err


def test_a_zaak_that_is_no_written_question_is_not_found(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    motion = fixture("tk/zaak-2024Z16901.json", server.base)
    motion["value"][0]["Soort"] = "Motie"
    server.routes.insert(0, lambda path, q: json_reply(motion) if path == "/tk/Zaak" else None)
    code, _, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c"))
    assert code == 3 and "error: tk:2024Z16901: not-found: zaak 2024Z16901 is a Motie, not a written question" in err
    assert "/tk/Document" not in server.paths()


def test_a_batch_reports_each_failure_and_goes_on(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(path: str, q: dict[str, str]) -> Reply | None:
        if path == "/tk/Zaak" and "2024Z00013" in q.get("$filter", ""):
            return Reply(200, b'{"@odata.context": "x", "value": [{"Id": ')  # cut off mid-answer
        return None

    server.routes.insert(0, broken)
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", "2024Z99999", "2024Z00013", "2025Z00417", *net(server, tmp_path / "c"))
    assert code == 3
    assert [r["id"] for r in records(out)] == ["tk:2024Z16901", "tk:2025Z00417"]
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors[0].startswith("error: tk:2024Z99999: not-found:")
    assert errors[1].startswith("error: tk:2024Z00013: bad-response:") and "malformed JSON" in errors[1]
    # the same batch through check: error documents with their codes, the others analyzed
    code, out, err = run(
        capsys, "check", "tk:2024Z99999", str(CORPUS / "vp-785-2023.txt"), "tk:2024Z00013", "--format", "json", *net(server, tmp_path / "c")
    )
    assert code == 3
    docs = json.loads(out)["documents"]
    assert [(d["source"], d["status"], (d.get("error") or {}).get("code")) for d in docs] == [
        ("tk:2024Z99999", "error", "not-found"),
        (str(CORPUS / "vp-785-2023.txt"), "ok", None),
        ("tk:2024Z00013", "error", "bad-response"),
    ]


def test_429_with_retry_after_is_waited_for(files: dict[str, Reply], tmp_path: Path) -> None:
    server = Server()
    standard_routes(server, files)
    hits = {"n": 0}

    def limited(path: str, q: dict[str, str]) -> Reply | None:
        if path == "/tk/Zaak":
            hits["n"] += 1
            if hits["n"] == 1:
                return Reply(429, b"", headers=(("Retry-After", "7"),))
        return None

    server.routes.insert(0, limited)
    waits: list[float] = []
    try:
        from analyzer.fetch.service import Endpoints, Fetcher

        http = HttpClient(FetchSettings(retries=2, delay=0, backoff=0.5, timeout=2), sleep=waits.append)
        with Fetcher(http=http, endpoints=Endpoints(f"{server.base}/tk", "x", "x"), cache_dir=tmp_path) as fetcher:
            got = fetcher.fetch(parse_ref("tk:2024Z16901"))
    finally:
        server.stop()
    assert got.document.status == "answered" and hits["n"] == 2
    assert waits == [7.0]  # the Retry-After, not the backoff


def test_429_beyond_the_longest_wait_is_rate_limited(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def limited(path: str, q: dict[str, str]) -> Reply | None:
        return Reply(429, b"", headers=(("Retry-After", "3600"),)) if path == "/tk/Zaak" else None

    server.routes.insert(0, limited)
    started = time.monotonic()
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c", "--max-wait", "5"))
    assert code == 3 and out == "" and time.monotonic() - started < 2
    assert "error: tk:2024Z16901: rate-limited:" in err and "asked to wait 3600 s, more than 5 s" in err
    assert len([s for s in server.seen if s.path == "/tk/Zaak"]) == 1  # no retry hammering a limited service


def test_429_after_every_retry_is_rate_limited(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server.routes.insert(0, lambda path, q: Reply(429, b"") if path == "/tk/Zaak" else None)
    code, _, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c", "--retries", "2"))
    assert code == 3 and "rate-limited" in err and "after 3 tries" in err
    assert len([s for s in server.seen if s.path == "/tk/Zaak"]) == 3


def test_a_server_error_is_retried(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hits = {"n": 0}

    def flaky(path: str, q: dict[str, str]) -> Reply | None:
        if path == "/tk/Zaak":
            hits["n"] += 1
            return Reply(503, b"busy") if hits["n"] == 1 else None
        return None

    server.routes.insert(0, flaky)
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c"))
    assert code == 0 and len(records(out)) == 1 and "HTTP 503; waiting" in err
    server.routes.insert(0, lambda path, q: Reply(502, b"") if path == "/tk/Zaak" else None)
    code, _, err = run(capsys, "fetch", "tk", "2025Z00417", *net(server, tmp_path / "c"))
    assert code == 3 and "error: tk:2025Z00417: network: " in err and "HTTP 502 (2 tries)" in err


def test_a_timeout_is_a_network_error(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server.routes.insert(0, lambda path, q: Reply(delay=3.0) if path == "/tk/Zaak" else None)
    started = time.monotonic()
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c", "--timeout", "0.2", "--retries", "1"))
    assert code == 3 and out == ""
    assert "error: tk:2024Z16901: network: " in err and "no answer within 0.2 s (2 tries)" in err
    assert time.monotonic() - started < 2.5


def test_malformed_json_is_a_bad_response(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server.routes.insert(0, lambda path, q: Reply(200, b"<html>maintenance</html>", "text/html") if path == "/vp/schv/1712345" else None)
    code, _, err = run(capsys, "fetch", "vp", "785", "--year", "2022-2023", *net(server, tmp_path / "c"))
    assert code == 3 and "error: vp:2022-2023/785: bad-response: " in err and "malformed JSON" in err
    server.routes.insert(0, lambda path, q: json_reply([1, 2]) if path == "/tk/Zaak" else None)
    code, _, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c"))
    assert code == 3 and "bad-response" in err and "a JSON object was expected, not list" in err
    server.routes[0] = lambda path, q: json_reply({"value": "none"}) if path == "/tk/Document" else None
    code, _, err = run(capsys, "fetch", "tk", "2025Z00417", *net(server, tmp_path / "c"))
    assert code == 3 and "an OData answer without a 'value' list" in err


def test_a_missing_resource_is_not_found(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server.routes.insert(0, lambda path, q: Reply(404, b"") if path.endswith("/resource") else None)
    code, _, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c"))
    assert code == 3 and "error: tk:2024Z16901: not-found: " in err and "/resource" in err


# --- the cache ---------------------------------------------------------------------------------


def test_the_cache_answers_when_the_server_is_gone(files: dict[str, Reply], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = Server()
    standard_routes(server, files)
    cache = tmp_path / "cache"
    args = net(server, cache)
    try:
        code, first, err = run(capsys, "fetch", "tk", "2024Z16901", *args)
        assert code == 0, err
        code, _, err = run(capsys, "fetch", "vp", "2022-2023/785", *args)
        assert code == 0, err
    finally:
        server.stop()
    assert (cache / "tk" / "2024Z16901.json").is_file() and (cache / "vp" / "2022-2023_785.json").is_file()
    code, again, err = run(capsys, "fetch", "tk", "2024Z16901", *args)
    assert code == 0 and "1 fetched (1 from the cache)" in err
    assert records(again) == records(first)
    code, out, err = run(capsys, "check", "tk:2024Z16901", "vp:2022-2023/785", "--format", "json", *args)
    assert code == 0, err
    assert [d["status"] for d in json.loads(out)["documents"]] == ["ok", "ok"]
    # --refresh asks the service, which is gone: the network error is a warning and the cached copy stands in
    code, _, err = run(capsys, "fetch", "tk", "2024Z16901", "--refresh", *args, "--timeout", "0.5", "--retries", "0")
    assert code == 0 and "using the cached copy" in err  # an answered entry stands in when the service cannot be reached


def test_an_open_entry_is_fetched_again_once_it_is_old(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    cache = tmp_path / "c"
    assert run(capsys, "fetch", "tk", "2025Z00417", *net(server, cache))[0] == 0
    before = len(server.seen)
    assert run(capsys, "fetch", "tk", "2025Z00417", *net(server, cache))[0] == 0
    assert len(server.seen) == before  # fresh: from the cache
    entry = cache / "tk" / "2025Z00417.json"
    old = time.time() - 2 * 24 * 3600
    os.utime(entry, (old, old))
    assert run(capsys, "fetch", "tk", "2025Z00417", *net(server, cache))[0] == 0
    assert len(server.seen) > before  # a day old and still open: asked again, an answer may have come


def test_a_damaged_cache_entry_is_fetched_again(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "c"
    (cache / "tk").mkdir(parents=True)
    (cache / "tk" / "2024Z16901.json").write_text('{"id": "tk:2024Z16901", "metadata": ', encoding="utf-8")
    code, out, _ = run(capsys, "fetch", "tk", "2024Z16901", *net(server, cache))
    assert code == 0 and records(out)[0]["status"] == "answered"
    assert json.loads((cache / "tk" / "2024Z16901.json").read_text(encoding="utf-8"))["status"] == "answered"


def test_fetch_output_file_is_checked_as_jsonl(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "questions.jsonl"
    code, out, _ = run(capsys, "fetch", "vp", "785", "--year", "2022-2023", "-o", str(target), *net(server, tmp_path / "c"))
    assert code == 0 and out == ""
    code, out, err = run(capsys, "check", str(target), "--format", "json")
    assert code == 0, err
    (doc,) = json.loads(out)["documents"]
    assert doc["source"] == f"{target}#vp:2022-2023/785" and doc["metadata"]["respondent"] == "Jo Brouns"


# --- usage and the client's pieces -------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["fetch", "tk", "12345"],
        ["fetch", "vp", "785"],
        ["fetch", "vp", "785", "--year", "2022-2024"],
        ["fetch", "tk"],
        ["fetch", "vp", "--respondent", "Brouns"],
        ["fetch", "tk", "--since", "yesterday"],
        ["fetch", "tk", "2024Z16901", "--year", "2024-2025"],
        ["check", "vp:785"],
        ["check", "tk:2024Z1"],
    ],
)
def test_malformed_references_are_usage_errors(argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *argv, "--cache", str(tmp_path), "--tk-url", "http://127.0.0.1:9", "--vp-url", "http://127.0.0.1:9")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("error: bad-reference: ")


def test_without_the_network_extra_fetching_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import analyzer.fetch.http as http

    monkeypatch.setattr(http, "httpx", None)
    code, _, err = run(capsys, "fetch", "tk", "2024Z16901", "--cache", str(tmp_path))
    assert code == 2 and err.strip() == "error: missing-extra: fetching needs the network extra: pip install 'analyzer[fetch]'"


def test_references_and_retry_after() -> None:
    assert str(parse_ref("tk:2024z18294")) == "tk:2024Z18294"
    assert str(parse_ref("tk:AH-TK-20242025-0609")) == "tk:ah-tk-20242025-609"
    assert str(parse_ref("vp:2022-2023/0785")) == "vp:2022-2023/785"
    with pytest.raises(FetchError) as e:
        parse_ref("tk:ah-tk-20242026-1")
    assert e.value.code == "bad-reference"
    assert retry_after("12") == 12.0 and retry_after(None) is None and retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == 30.0


def test_the_client_keeps_its_distance_between_requests(server: Server) -> None:
    server.routes.insert(0, lambda path, q: json_reply({"ok": True}) if path == "/ping" else None)
    waits: list[float] = []
    with HttpClient(FetchSettings(delay=5.0, timeout=2), sleep=waits.append, clock=lambda: 100.0) as http:
        for _ in range(3):
            assert http.get_json(f"{server.base}/ping") == {"ok": True}
    assert waits == [5.0, 5.0] and http.requests == 3


def test_an_oversized_response_is_a_bad_response(server: Server) -> None:
    server.routes.insert(0, lambda path, q: Reply(200, b"x" * 5000, "text/plain") if path == "/big" else None)
    with HttpClient(FetchSettings(delay=0, timeout=2, max_bytes=1000)) as http, pytest.raises(FetchError) as e:
        http.get(f"{server.base}/big")
    assert e.value.code == "bad-response" and "over the limit of 1000" in str(e.value)


# --- no socket without a reference --------------------------------------------------------------


def test_check_without_references_loads_no_fetch_code_and_opens_no_socket(tmp_path: Path) -> None:
    """In a fresh interpreter: ``check FILE`` with sockets refused works, and never imports the client."""
    script = (
        "import socket, ssl, sys\n"
        "from analyzer.cli import main\n"
        "def refuse(*a, **k): raise AssertionError('network access attempted')\n"
        "socket.socket = refuse; socket.create_connection = refuse\n"
        f"code = main(['check', {str(EXAMPLE)!r}, '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('analyzer.fetch.') and m not in ('analyzer.fetch.errors', 'analyzer.fetch.refs'))\n"
        "assert loaded == [], loaded\n"
    )
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_a_cache_hit_opens_no_socket(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = net(server, tmp_path / "c")
    assert run(capsys, "fetch", "tk", "2024Z16901", *args)[0] == 0
    import socket

    def refuse(*a: object, **k: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    code, out, err = run(capsys, "check", "tk:2024Z16901", "--format", "json", *args)
    assert code == 0, err
    assert json.loads(out)["documents"][0]["status"] == "ok"


def test_no_cache_and_an_unwritable_cache(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "c"
    for _ in range(2):
        code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, cache, "--no-cache"))
        assert code == 0 and "(0 from the cache)" in err
    assert not cache.exists() and len([s for s in server.seen if s.path.endswith("/resource")]) == 2
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, blocked))
    assert code == 0 and records(out)[0]["status"] == "answered"
    assert "warning: tk:2024Z16901: not cached in" in err


def test_an_unreadable_file_and_an_internal_error_are_one_line_each(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes.insert(0, lambda path, q: Reply(200, b"", "application/pdf") if path.endswith("/resource") else None)
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", *net(server, tmp_path / "c"))
    assert code == 3 and out == ""
    assert err.splitlines()[0] == "error: tk:2024Z16901: empty: the service sent an empty document"
    server.routes.pop(0)
    from analyzer.fetch.vp import VlaamsParlement

    def crash(self: VlaamsParlement, *args: object) -> None:
        raise RuntimeError("a shape nobody expected")

    monkeypatch.setattr(VlaamsParlement, "fetch", crash)
    code, out, err = run(capsys, "fetch", "vp", "2022-2023/785", "2022-2023/786", *net(server, tmp_path / "c"))
    assert code == 3 and "Traceback" not in err
    assert err.count("internal: RuntimeError('a shape nobody expected') (run with --debug for the traceback)") == 2
    code, out, err = run(capsys, "check", "vp:2022-2023/785", "tk:2024Z16901", "--format", "json", *net(server, tmp_path / "c"))
    assert code == 3
    assert [(d["status"], (d.get("error") or {}).get("code")) for d in json.loads(out)["documents"]] == [
        ("error", "internal"),
        ("ok", None),
    ]


def test_the_service_address_can_come_from_the_environment(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ANALYZER_TK_URL", f"{server.base}/tk")
    monkeypatch.setenv("ANALYZER_CACHE", str(tmp_path / "env-cache"))
    code, out, err = run(capsys, "fetch", "tk", "2024Z16901", "--delay", "0")
    assert code == 0, err
    assert records(out)[0]["status"] == "answered" and (tmp_path / "env-cache" / "tk" / "2024Z16901.json").is_file()


def test_redirects_are_followed_but_a_loop_is_a_bad_response(server: Server) -> None:
    def redirects(path: str, q: dict[str, str]) -> Reply | None:
        if path == "/moved":
            return Reply(301, b"", headers=(("Location", f"{server.base}/ping"),))
        if path == "/loop":
            return Reply(302, b"", headers=(("Location", f"{server.base}/loop"),))
        return json_reply({"ok": True}) if path == "/ping" else None

    server.routes.insert(0, redirects)
    with HttpClient(FetchSettings(delay=0, timeout=2, retries=0)) as http:
        assert http.get_json(f"{server.base}/moved") == {"ok": True}
        with pytest.raises(FetchError) as e:
            http.get(f"{server.base}/loop")
    assert e.value.code == "bad-response" and "TooManyRedirects" in str(e.value)
