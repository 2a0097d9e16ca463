"""Every output format on the seed document (snapshots), the JSON Schema, batches, the HTML page in Chromium.

Snapshots live in tests/snapshots/; after an intended change of the output, regenerate them with
``ANALYZER_UPDATE_SNAPSHOTS=1 make test`` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from analyzer.cli import main
from analyzer.report_json import schema

from .helpers import CORPUS

ROOT = Path(__file__).parent.parent
SEED = ROOT / "examples" / "vp-785-2023.txt"
SNAPSHOTS = Path(__file__).parent / "snapshots"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("ANALYZER_UPDATE_SNAPSHOTS") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8"), f"{name} changed; if intended, rerun with ANALYZER_UPDATE_SNAPSHOTS=1"


def relative(argv_path: Path) -> str:
    return os.path.relpath(argv_path, Path.cwd())


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # sources in the snapshots are relative paths


def test_json_snapshot_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "json")
    assert code == 0
    report = json.loads(out)
    jsonschema.validate(report, schema())
    snapshot("seed.json", out)


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "schema", "report")
    assert code == 0 and json.loads(out) == schema()
    jsonschema.Draft202012Validator.check_schema(schema())


def test_error_documents_validate_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    (tmp_path / "ok.txt").write_bytes(SEED.read_bytes())
    code, out, _ = run_cli(capsys, "check", str(tmp_path), "--format", "json")
    assert code == 3
    report = json.loads(out)
    jsonschema.validate(report, schema())
    assert [d["status"] for d in report["documents"]] == ["error", "ok"]
    assert report["summary"]["errors"] == 1 and report["summary"]["ok"] == 1


def test_jsonl_one_object_per_item_with_document_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 19
    assert {r["document"] for r in rows} == {"vp-785-2023"} and {r["asker"] for r in rows} == {"Tom Ongena"}
    by_item = {r["item"]: r for r in rows}
    assert by_item["2"]["verdict"] == "declined" and by_item["2"]["evidence_rule"] == "declined.no-data"
    snapshot("seed.jsonl", out)


def test_csv_one_row_per_item(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "csv", "--lang", "en")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 19
    assert rows[0]["item"] == "1" and rows[0]["respondent"] == "" and rows[0]["number"] == "785"
    seed = SEED.read_text(encoding="utf-8")
    two = next(r for r in rows if r["item"] == "2")
    assert seed[int(two["evidence_start"]) : int(two["evidence_end"])] == two["evidence_match"]
    snapshot("seed.csv", out)


def test_rich_report_snapshot(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.txt"
    code, out, _ = run_cli(capsys, "check", "examples/vp-785-2023.txt", "--follow-up", "--lang", "en", "-o", str(target))
    assert code == 0 and out == ""
    text = target.read_text(encoding="utf-8")
    assert "Left open:" in text and "Follow-up question (draft)" in text
    assert "Vraag 3c: “Werd daarover al overlegd met de federale minister van Financiën?”" in text
    assert "\x1b[" not in text  # no colour codes in a file
    snapshot("seed.rich.txt", text)


def test_terminal_report_respects_no_color() -> None:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    p = subprocess.run(
        [sys.executable, "-m", "analyzer", "check", "examples/vp-785-2023.txt"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert p.returncode == 0, p.stderr
    assert "\x1b[" not in p.stdout and "declined" in p.stdout and "analyzer-default-nl" in p.stdout


def test_html_snapshot_and_escaping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "html", "--lang", "en")
    assert code == 0
    assert "<script>" in out and "http://" not in out and "https://" not in out  # self-contained
    snapshot("seed.html", out)
    evil = tmp_path / "evil.txt"
    evil.write_text(
        SEED.read_text(encoding="utf-8").replace("Welke acties heeft VDAB", "Welke <script>alert(1)</script> acties heeft VDAB"),
        encoding="utf-8",
    )
    code, out, _ = run_cli(capsys, "check", str(evil), "--format", "html")
    assert code == 0 and "<script>alert(1)</script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def _batch(tmp_path: Path) -> Path:
    for name in ("vp-785-2023", "tk-ah-20242025-581", "tk-ah-20242025-575", "tk-ah-20232024-1076", "vp-2026-209"):
        shutil.copy(CORPUS / f"{name}.txt", tmp_path / f"{name}.txt")
    return tmp_path


def test_batch_summaries_per_respondent_and_asker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", str(_batch(tmp_path)), "--format", "json")
    assert code == 0
    s = json.loads(out)["summary"]
    assert s["documents"] == 5 and s["items"] == sum(s["counts"].values())
    names = [r["name"] for r in s["by_respondent"]]
    assert "Veldkamp (minister)" in names
    veldkamp = next(r for r in s["by_respondent"] if r["name"] == "Veldkamp (minister)")
    assert veldkamp["departments"] == ["Buitenlandse Zaken"]
    assert veldkamp["documents"] == 2 and veldkamp["median_days_to_answer"] == 25.5 and veldkamp["days_known"] == 2
    assert veldkamp["small_sample"] and veldkamp["rank"] is None  # two documents are too few to rank
    scores = [r["mean_score"] for r in s["by_respondent"] if r["mean_score"] is not None and not r["unknown"]]
    assert scores == sorted(scores)  # worst first
    assert abs(sum(veldkamp["share"].values()) - 1) < 0.01
    assert sum(veldkamp["counts"].values()) == veldkamp["items"]
    assert s["by_respondent"][-1]["name"] == "(unknown)" and s["by_respondent"][-1]["rank"] is None  # vp-785 names no one


def test_jobs_give_the_same_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = _batch(tmp_path)
    _, one, _ = run_cli(capsys, "check", str(batch), "--format", "jsonl")
    _, two, _ = run_cli(capsys, "check", str(batch), "--format", "jsonl", "--jobs", "2")
    assert one == two and len(one.splitlines()) > 30


def test_fail_on_declined_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "json", "--fail-on", "declined")[0] == 1
    text = "Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
    path = ROOT / "tests" / "snapshots" / "_tmp_fail_on.txt"
    path.parent.mkdir(exist_ok=True)
    try:
        path.write_text(text, encoding="utf-8")
        assert run_cli(capsys, "check", str(path), "--format", "json", "--fail-on", "partial")[0] == 0
    finally:
        path.unlink()


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _dom(browser: str, url: str, profile: Path) -> str:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", url]  # fmt: skip
    p = subprocess.run([browser, *flags], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout


def test_html_renders_and_filters_in_headless_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed: the HTML report is not rendered in a browser here (.ci/run installs Debian's chromium)")
    page = tmp_path / "report.html"
    assert run_cli(capsys, "check", str(_batch(tmp_path)), "--format", "html", "-o", str(page))[0] == 0
    dom = _dom(browser, page.as_uri(), tmp_path / "profile")
    rows = dom.count("<tr data-verdict=")
    assert rows > 30 and f'data-shown="{rows}"' in dom  # the script ran and shows every item
    filtered = _dom(browser, page.as_uri() + "#verdict=declined", tmp_path / "profile2")
    declined = filtered.count('<tr data-verdict="declined"')
    assert declined > 0 and f'data-shown="{declined}"' in filtered
    hidden = filtered.count("hidden=") - filtered.count('data-verdict="declined" hidden')
    assert hidden == rows - declined


def test_jsonl_input_metadata_reaches_the_report_and_the_summaries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"id": f"r{i}", "question": "1. Hoeveel klachten kwamen er in 2023 binnen?", "answer": "1. Daarover zijn geen cijfers beschikbaar.",
         "metadata": {"asker": "Jansen", "asker_party": "SP", "respondent": "Minister Z", "number": str(100 + i), "question_date": "2024-01-05", "answer_date": "2024-02-04"}}
        for i in range(3)
    ]  # fmt: skip
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(export), "--format", "json", "--jobs", "2")
    assert code == 0
    report = json.loads(out)
    md = report["documents"][0]["metadata"]
    assert (md["asker"], md["asker_party"], md["respondent"], md["number"], md["days_to_answer"]) == (
        "Jansen",
        "SP",
        "Minister Z",
        "100",
        30,
    )
    assert [d["source"] for d in report["documents"]] == [f"{export}#r{i}" for i in range(3)]
    (group,) = report["summary"]["by_respondent"]
    assert group["name"] == "Z (minister)" and group["documents"] == 3 and group["share"]["declined"] == 1.0
    assert report["documents"][0]["answer_offset"] == len(records[0]["question"]) + 2


def test_spellings_of_one_minister_are_one_row() -> None:
    from analyzer.summary import group_key

    assert group_key("minister Hermans (Klimaat en Groene Groei)") == group_key("Minister Hermans (Klimaat en Groene Groei)")
    assert group_key("Staatssecretaris Van Rij (Financiën), mede namens de Minister van EZK") == group_key(
        "Staatssecretaris Van Rij (Financiën"
    )
    assert group_key("Minister Hermans (KGG)") != group_key("Minister Veldkamp (BZ)")
    # a PDF's detached cedilla and a "mede namens" are the same minister
    assert group_key("Minister Yes¸ilgöz-Zegerius (Justitie en Veiligheid)") == group_key(
        "Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor Rechtsbescherming"
    )


def test_output_to_a_pipe_or_a_link_is_written_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "json", "-o", str(link))[0] == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["documents"][0]["status"] == "ok"
    umask = os.umask(0)
    os.umask(umask)
    assert real.stat().st_mode & 0o777 == 0o666 & ~umask  # a shareable report, not 0600
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert run_cli(capsys, "check", "examples/vp-785-2023.txt", "--format", "csv", "-o", str(fifo))[0] == 0
    data, _ = reader.communicate(timeout=30)
    assert len(list(csv.DictReader(io.StringIO(data.decode())))) == 19 and fifo.exists() and not fifo.is_file()
    assert run_cli(capsys, "check", "examples/vp-785-2023.txt", "-o", str(tmp_path))[0] == 2


def test_a_closed_pipe_is_not_an_error() -> None:
    for fmt in ("rich", "jsonl"):
        p = subprocess.run(
            f"{sys.executable} -m analyzer check tests/corpus --format {fmt} | head -1",
            shell=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert p.stdout and "Traceback" not in p.stderr and "BrokenPipe" not in p.stderr
    piped = subprocess.run(
        f"set -o pipefail; {sys.executable} -m analyzer check tests/corpus | head -1 >/dev/null",
        shell=True,
        executable="/bin/bash",
        cwd=ROOT,
    )
    assert piped.returncode == 0


def test_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for argv in (["--follow-up", "--format", "json"], ["--max-bytes", "-1"], ["--jobs", "0"]):
        with pytest.raises(SystemExit) as e:
            main(["check", "examples/vp-785-2023.txt", *argv])
        assert e.value.code == 2
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"items": [{"id": 1}]}', encoding="utf-8")
    code, _, err = run_cli(capsys, "eval", str(tmp_path))
    assert code == 2 and "a.gold.json" in err and "Traceback" not in err


def test_csv_cells_never_become_spreadsheet_formulas(tmp_path: Path) -> None:
    csvmod = csv

    from analyzer.report_flat import spreadsheet_safe

    assert spreadsheet_safe('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert [spreadsheet_safe(x) for x in ("+31", "-1", "@SUM(A1)", "\tx", "gewoon")] == ["'+31", "'-1", "'@SUM(A1)", "'\tx", "gewoon"]
    assert spreadsheet_safe(0.85) == 0.85
    # a question, an answer and a file name that start like formulas, through the whole CLI
    doc = tmp_path / "=cmd.txt"
    doc.write_text("1. =1+1 Hoeveel kost dit?\n\nANTWOORD\n\n1. -5 euro per jaar, @iedereen betaalt.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["check", str(doc), "--format", "csv", "-o", str(out)]) == 0
    cells = [c for row in csvmod.reader(out.read_text(encoding="utf-8").splitlines()[1:]) for c in row]
    assert cells and not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert any(c.startswith("'=1+1") for c in cells) and any(c.startswith("'-5 euro") for c in cells)


def test_a_question_without_answer_is_open_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSONL record with an empty answer, or a text of questions and nothing else: status "open", its items
    and the days since it was asked, in every format; exit 0. A text whose answer the segmenter cannot
    read (it has an 'Antwoord' line) stays an error: "open" would say the minister did not answer."""
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps(
            {
                "id": "open-1",
                "question": "Inleiding. Vragen - Wanneer wordt de brug hersteld? - Hoeveel kost dit? Jan Peeters",
                "answer": "",
                "metadata": {"question_date": "2025-01-10", "asker": "Jan Peeters"},
            }
        )
        + "\n",
        encoding="utf-8",
    )
    questions = tmp_path / "vragen.txt"
    questions.write_text("1. Hoeveel fietsen zijn er weggehaald?\n2. Wanneer wordt de brug hersteld?\n", encoding="utf-8")
    assert main(["check", str(records), str(questions), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, schema())
    first, second = report["documents"]
    assert first["status"] == second["status"] == "open"
    assert [i["id"] for i in first["items"]] == ["1", "2"] and [i["id"] for i in second["items"]] == ["1", "2"]
    assert isinstance(first["open"]["days_since_asked"], int) and first["open"]["days_since_asked"] > 300
    assert report["summary"]["open"] == 2 and report["summary"]["errors"] == 0
    assert main(["check", str(records), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["status"], r["item"], r["verdict"]) for r in rows] == [("open", "1", "open"), ("open", "2", "open")]
    # every item carries a verdict value, so a consumer that sorts or counts verdicts never meets a null
    assert {i["verdict"] for i in first["items"] + second["items"]} == {"open"}
    from analyzer.analyze import _unanswered
    from analyzer.model import RawDocument

    # an answer line the segmenter could not place: the document is not taken for an open question
    assert not _unanswered(RawDocument("x", "1. Hoeveel fietsen?\nAntwoord: er zijn er 40, zie de tabel.\n"))
    assert not _unanswered(RawDocument("x", "1. Hoeveel fietsen?\n\nAd 1. Er zijn er 40.\n"))
    for heading in ("Het college antwoordt als volgt:", "Reactie", "Beantwoord door het college:"):
        text = f"Vraag 1\nHoeveel woningen?\n\nVraag 2\nWanneer?\n\n{heading}\n\n1. Er zijn 40.\n2. Morgen.\n"
        assert not _unanswered(RawDocument("x", text)), heading
    assert _unanswered(RawDocument("x", "1. Hoeveel fietsen?", split=19)) and _unanswered(RawDocument("x", "1. Hoeveel fietsen?"))


def test_html_batch_view_answers_who_dodges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The batch page opens with the summary: an inline-SVG bar of verdict shares per respondent, sortable
    tables with their sample sizes, respondent/asker/party/date/title columns in the items table, and the
    follow-up draft with a copy button; nothing is fetched from the network."""
    code, out, _ = run_cli(capsys, "check", str(_batch(tmp_path)), "--format", "html", "--lang", "en")
    assert code == 0
    assert "http://" not in out and "https://" not in out and "<link" not in out and " src=" not in out
    assert out.index('id="summary"') < out.index('id="items-table"')  # the summary comes first
    svg = out[out.index("<svg") : out.index("</svg>")]
    assert svg.count("<rect") > 5 and "Veldkamp (minister)" in svg and "2 docs," in svg
    assert 'class="sortable"' in out and '<th data-sort="num" class=n>median days (n)</th>' in out
    assert "only 2 documents: too few to compare; not ranked" in out
    head = out[out.index('<table id="items-table"') : out.index("</thead>", out.index('<table id="items-table"'))]
    for column in ("respondent", "department", "asker", "party", "asked", "answered", "days", "title"):
        assert f">{column}</th>" in head
    assert 'data-respondent="veldkamp"' in out and 'data-party="' in out and 'data-period="2024-Q' in out
    assert '<button class="copy" type="button" data-for="d0-draft">' in out or 'class="copy"' in out
    assert "In uw antwoord op" in out  # the draft itself, escaped into a textarea


def test_html_filters_by_respondent_through_the_link_in_headless_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed: the HTML report is not rendered in a browser here (.ci/run installs Debian's chromium)")
    page = tmp_path / "report.html"
    assert run_cli(capsys, "check", str(_batch(tmp_path)), "--format", "html", "-o", str(page))[0] == 0
    html = page.read_text(encoding="utf-8")
    veldkamp = html.count('data-respondent="veldkamp"')
    assert veldkamp > 5
    dom = _dom(browser, page.as_uri() + "#respondent=veldkamp", tmp_path / "profile")
    assert f'data-shown="{veldkamp}"' in dom  # only Veldkamp's items are shown
    shown = [row for row in dom.split("<tr ")[1:] if row.startswith("data-verdict") and " hidden" not in row.split(">", 1)[0]]
    assert len(shown) == veldkamp and all('data-respondent="veldkamp"' in row for row in shown)
    assert all("Veldkamp (minister)" in row for row in shown)  # the respondent column reads the same
    both = _dom(browser, page.as_uri() + "#respondent=veldkamp&verdict=partial", tmp_path / "profile2")
    partial = sum(1 for row in shown if row.startswith('data-verdict="partial"'))
    assert 0 < partial < veldkamp and f'data-shown="{partial}"' in both


def test_html_link_to_a_party_with_an_ampersand_filters_in_headless_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A filter value such as "CD&V" survives the round trip through the link (percent-encoded)."""
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed")
    records = [
        {"id": f"r{i}", "question": "1. Hoeveel klachten kwamen er in 2023 binnen?", "answer": "1. Er kwamen 40 klachten binnen.",
         "metadata": {"asker": name, "asker_party": party, "respondent": "College van burgemeester en schepenen", "question_date": "2025-03-01"}}
        for i, (name, party) in enumerate((("Karl Lauwers", "CD&V"), ("Jan Peeters", "SP"), ("Els Claes", "CD&V")))
    ]  # fmt: skip
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    page = tmp_path / "report.html"
    assert run_cli(capsys, "check", str(export), "--format", "html", "-o", str(page))[0] == 0
    html = page.read_text(encoding="utf-8")
    assert 'href="#party=cd%26v"' in html and 'data-party="cd&amp;v"' in html
    dom = _dom(browser, page.as_uri() + "#party=cd%26v", tmp_path / "profile")
    assert 'data-shown="2"' in dom


def test_html_a_changed_filter_updates_the_shareable_link_in_headless_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Choosing a respondent and a verdict puts both in the address, so copying it shares the filtered view."""
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed")
    page = tmp_path / "report.html"
    assert run_cli(capsys, "check", str(_batch(tmp_path)), "--format", "html", "-o", str(page))[0] == 0
    user = (
        "<script>['filter-respondent','filter-verdict'].forEach(function(id,i){var s=document.getElementById(id);"
        "s.value=i?'declined':'veldkamp';s.dispatchEvent(new Event('change'));});"
        "document.body.setAttribute('data-hash',location.hash);</script></body>"
    )  # what a user's two clicks do
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", user), encoding="utf-8")
    dom = _dom(browser, page.as_uri(), tmp_path / "profile")
    assert 'data-hash="#verdict=declined&amp;respondent=veldkamp"' in dom
