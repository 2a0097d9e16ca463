"""The journalist's view on the development corpus: honest totals, explanations that match the verdicts,
timeliness, the terminal summary and the follow-up drafts (issue 10)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from analyzer.cli import main
from analyzer.explain import evidence_sentences, is_function_word
from analyzer.followup import follow_up
from analyzer.model import document_score
from analyzer.names import askers, fix_text, parties, respondents
from analyzer.report_flat import decisive_finding
from analyzer.report_json import schema
from analyzer.summary import group_summaries

from .helpers import CORPUS

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def dev() -> dict[str, Any]:
    """The JSON report of the whole development corpus, as a user would get it."""
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["check", *map(str, sorted(CORPUS.glob("*.txt"))), str(CORPUS / "gem-mechelen.jsonl"), "--format", "json"])
    assert code == 0
    report: dict[str, Any] = json.loads(buf.getvalue())
    jsonschema.validate(report, schema())
    return report


def _items(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [it for d in report["documents"] if d["status"] == "ok" for it in d["items"]]


# --- names ------------------------------------------------------------------------------------


def test_flemish_respondent_is_a_name_a_short_role_and_a_portfolio() -> None:
    person, co = respondents(
        "Matthias Diependaele (MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ECONOMIE, INNOVATIE EN INDUSTRIE, "
        "BUITENLANDSE ZAKEN, DIGITALISERING EN FACILITAIR MANAGEMENT)"
    )
    assert person is not None and co == ()
    assert person.label == "Matthias Diependaele (minister-president)"
    assert person.department == "Economie, Innovatie en Industrie, Buitenlandse Zaken, Digitalisering en Facilitair Management"
    minister, _ = respondents("Ben Weyts (VLAAMS MINISTER VAN BEGROTING, FINANCIËN EN ONDERWIJS)")
    assert minister is not None and (minister.name, minister.role, minister.department) == (
        "Ben Weyts",
        "Vlaams minister",
        "Begroting, Financiën en Onderwijs",
    )


def test_mede_namens_is_a_co_respondent_and_a_detached_cedilla_the_same_minister() -> None:
    person, co = respondents("Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor Rechtsbescherming")
    pdf, _ = respondents("Minister Yes¸ilgöz-Zegerius (Justitie en Veiligheid)")
    assert person is not None and pdf is not None and person.key == pdf.key and pdf.name == "Yeşilgöz-Zegerius"
    assert (person.role, person.department) == ("Minister", "Justitie en Veiligheid")
    assert [(c.name, c.department) for c in co] == [("Minister voor Rechtsbescherming", "Rechtsbescherming")]
    _, two = respondents(
        "Staatssecretaris Van Huffelen (BZK), mede namens de Staatssecretarissen van Volksgezondheid, Welzijn en Sport en van Justitie en Veiligheid"
    )
    assert [c.name for c in two] == [
        "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
        "Staatssecretaris van Justitie en Veiligheid",
    ]
    van_rij, _ = respondents("Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst)")
    assert van_rij is not None and (van_rij.name, van_rij.department) == ("Van Rij", "Financiën")  # "Van Rij" is a name, not an office


def test_several_askers_and_their_parties_are_split_and_repaired() -> None:
    assert askers("Inge van Dijk , Vedder en Welzijn") == ("Inge van Dijk", "Vedder", "Welzijn")
    assert askers("Chakor en Kostic ´") == ("Chakor", "Kostić")
    assert askers("Inge vanDijk") == ("Inge van Dijk",) and askers("Marc Hendrickx (N-VA)") == ("Marc Hendrickx",)
    assert parties("GroenLinks-PvdA, PvdD") == ("GroenLinks-PvdA", "PvdD") and parties(None, "Marc Hendrickx (N-VA)") == ("N-VA",)
    assert fix_text("Welzijn enSport") == "Welzijn en Sport" and parties("ChristenUnie, SP") == ("ChristenUnie", "SP")


# --- honest totals ----------------------------------------------------------------------------


def test_referred_items_count_in_the_document_score() -> None:
    # 2 answered and 4 referred out of 6: a third answered here, not 1.00
    assert document_score({"answered": 2, "partial": 0, "declined": 0, "referred": 4}) == 0.333
    assert document_score({"answered": 1, "partial": 1, "declined": 0, "referred": 0}) == 0.75
    assert document_score({"answered": 0, "partial": 0, "declined": 0, "referred": 0}) is None


def _doc(respondent: str | None, verdicts: list[str], days: int | None = None) -> dict[str, Any]:
    counts = {v: verdicts.count(v) for v in ("answered", "partial", "declined", "referred")}
    return {
        "status": "ok",
        "metadata": {"respondent": respondent, "asker": "Jansen en De Vries", "asker_party": "SP, D66", "days_to_answer": days,
                     "question_date": "2024-02-01", "answer_date": None},
        "items": [{"verdict": v} for v in verdicts],
        "summary": {"score": document_score(counts)},
    }  # fmt: skip


def test_unknown_and_small_groups_are_listed_apart_never_ranked() -> None:
    docs = [_doc("Minister A (BZ)", ["answered", "referred"], 10) for _ in range(5)]
    docs += [_doc("Minister B (EZK)", ["declined"], 30), _doc(None, ["declined", "declined"])]
    rows = group_summaries(docs, "respondent")
    assert [(r["name"], r["rank"], r["small_sample"], r["unknown"]) for r in rows] == [
        ("A (minister)", 1, False, False),
        ("B (minister)", None, True, False),  # worse, but one document: shown after, unranked
        ("(unknown)", None, True, True),
    ]
    a = rows[0]
    assert a["items"] == 10 and a["counts"]["referred"] == 5 and a["share"]["referred"] == 0.5  # referred in the denominator
    assert a["mean_score"] == 0.5 and a["median_days_to_answer"] == 10 and a["days_known"] == 5
    assert {r["name"] for r in group_summaries(docs, "asker")} == {"Jansen", "De Vries"}
    assert {r["name"] for r in group_summaries(docs, "party")} == {"SP", "D66"}
    assert [r["name"] for r in group_summaries(docs, "period")] == ["2024-Q1"]


def test_on_the_dev_batch_no_unknown_is_ranked_and_one_minister_is_one_row(dev: dict[str, Any]) -> None:
    s = dev["summary"]
    for key in ("by_respondent", "by_department", "by_asker", "by_party"):
        for r in s[key]:
            assert not (r["unknown"] and r["rank"] is not None), (key, r["name"])
            assert r["rank"] is None or r["documents"] >= s["min_documents"]
        assert [r["unknown"] for r in s[key]] == sorted(r["unknown"] for r in s[key])  # the unknown last
    names = [r["name"] for r in s["by_respondent"]]
    assert names.count("Yeşilgöz-Zegerius (minister)") == 1 and not any("Yes¸" in n for n in names)
    yesilgoz = next(r for r in s["by_respondent"] if r["name"] == "Yeşilgöz-Zegerius (minister)")
    assert yesilgoz["documents"] == 5 and yesilgoz["rank"] is not None
    assert "Matthias Diependaele (minister-president)" in names
    assert "Minister voor Rechtsbescherming" in names  # the co-respondent counts too
    assert not any("mede namens" in n or n.isupper() for n in names)
    assert sum(r["items"] for r in s["by_period"]) == s["items"]


# --- explanations -----------------------------------------------------------------------------


def test_on_the_dev_batch_explanations_agree_with_the_verdicts(dev: dict[str, Any]) -> None:
    items = _items(dev)
    for it in items:
        reason = it["reason"]
        assert not re.match(r"0 of \d+ asks answered", reason), reason
        if it["verdict"] == "partial":
            counted = re.match(r"(\d+) of (\d+) asks answered", reason)
            assert (
                "partly" in reason or "not answered" in reason or "touched on" in reason or (counted and int(counted[1]) < int(counted[2]))
            ), reason
        if it["verdict"] == "answered":
            assert evidence_sentences(it), (it["id"], reason)  # every answered item names a sentence
        assert not re.search(r"\b(?:Geen gegevens|Uitstel|Weigering|Verwijzing)\b", reason), reason  # one language
        f = decisive_finding(it)
        assert f is None or not is_function_word(f["match"]), f["match"]  # never "ook" or "via" as the evidence


# --- timeliness -------------------------------------------------------------------------------


def test_dates_given_on_the_command_line_give_the_days_to_answer(capsys: pytest.CaptureFixture[str]) -> None:
    seed = "examples/vp-785-2023.txt"
    assert main(["check", seed, "--answer-date", "2023-08-02", "--format", "json"]) == 0
    md = json.loads(capsys.readouterr().out)["documents"][0]["metadata"]
    assert (md["question_date"], md["answer_date"], md["days_to_answer"]) == ("2023-07-03", "2023-08-02", 30)
    assert main(["check", seed, "--asked-date", "2023-07-01", "--answer-date", "2023-07-21", "--format", "csv"]) == 0
    assert ",20," in capsys.readouterr().out
    for argv in (["tests/corpus", "--answer-date", "2024-01-01"], [seed, "--answer-date", "2023-13-01"], [seed, "--asked-date", "2024-01-02", "--answer-date", "2024-01-01"]):  # fmt: skip
        with pytest.raises(SystemExit) as e:
            main(["check", *argv])
        assert e.value.code == 2


# --- terminal ---------------------------------------------------------------------------------


def test_terminal_batch_opens_with_its_summary_and_can_show_only_that(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(CORPUS / f"{n}.txt") for n in ("tk-ah-20242025-581", "tk-ah-20242025-575", "vp-785-2023")]
    out = tmp_path / "r.txt"
    assert main(["check", *paths, "--lang", "en", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.index("Summary: 3 documents") < text.index("Per respondent") < text.index("tk-ah-20242025-581.txt ")
    assert "too few" in text and "(unknown)" in text
    assert main(["check", *paths, "--summary-only", "--lang", "en", "-o", str(out)]) == 0
    short = out.read_text(encoding="utf-8")
    assert "Per respondent" in short and "┃ item ┃" not in short and len(short) < len(text) / 3
    with pytest.raises(SystemExit):
        main(["check", *paths, "--summary-only", "--format", "json"])


# --- follow-up drafts -------------------------------------------------------------------------


def _open_doc(metadata: dict[str, Any]) -> dict[str, Any]:
    ask = {"clean": "Hoeveel klachten kwamen er binnen?", "kind": "question", "type": "quantity", "verdict": "declined", "reason": "x",
           "findings": [{"category": "deferral", "effect": "declines"}]}  # fmt: skip
    return {"status": "ok", "metadata": metadata, "items": [{"id": "1", "verdict": "declined", "asks": [ask]}]}


def test_follow_up_speaks_for_the_askers_to_the_right_body_with_the_questions_own_number() -> None:
    flemish = follow_up(_open_doc({"parliament": "Vlaams Parlement", "number": "785", "question_number": "785", "asker": "Tom Ongena",
                                   "question_date": "2023-07-03", "title": "VDAB"}))  # fmt: skip
    assert flemish is not None
    assert flemish.startswith("In uw antwoord op mijn schriftelijke vraag nr. 785 van 3 juli 2023 over “VDAB”")
    assert "wanneer het Vlaams Parlement het antwoord ontvangt" in flemish and "Graag ontvang ik" in flemish
    tk = follow_up(_open_doc({"parliament": "Tweede Kamer der Staten-Generaal", "number": "1031", "question_number": None,
                              "asker": "Tjeerd de Groot en Sneller", "question_date": "2024-01-23"}))  # fmt: skip
    assert tk is not None and "onze schriftelijke vragen (ingezonden 23 januari 2024)" in tk and "1031" not in tk
    assert "wanneer de Kamer" in tk and "Graag ontvangen wij" in tk
    council = follow_up(
        _open_doc({"respondent": "College van burgemeester en schepenen van de stad Mechelen", "asker": "Marc Hendrickx (N-VA)"})
    )
    assert council is not None and "wanneer de gemeenteraad" in council and "mijn schriftelijke vragen" in council


def test_follow_up_is_in_the_json_and_not_wrapped_in_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = str(CORPUS / "tk-2024Z14814.txt")
    assert main(["check", doc, "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)["documents"][0]
    assert d["metadata"]["number"] == "613" and d["metadata"]["question_number"] == "2024Z14814"
    draft = d["follow_up"]
    assert "nr. 2024Z14814" in draft and "613" not in draft.split("\n")[0]
    out = tmp_path / "r.txt"
    assert main(["check", doc, "--follow-up", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    long_line = next(x for x in draft.splitlines() if len(x) > 120)
    assert long_line in lines  # a paragraph of the draft is one line, never broken at the terminal width


def test_the_draft_reaches_every_flat_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "examples/vp-785-2023.txt", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["follow_up"].startswith("In uw antwoord op mijn schriftelijke vraag nr. 785")
    answered = [r for r in rows if r["verdict"] == "answered"]
    assert answered and all(r["evidence_sentence"] for r in answered)
    assert date.fromisoformat(rows[0]["question_date"]).year == 2023


def test_lateness_against_each_bodys_term() -> None:
    from analyzer.timeliness import describe, load_deadlines, timeliness

    table = load_deadlines()
    tk = {"parliament": "Tweede Kamer der Staten-Generaal", "question_date": "2024-10-23", "answer_date": "2024-11-18"}
    t = timeliness(tk, table)
    assert t is not None and (t["due"], t["late"], t["days_late"], t["late_even_with_notice"]) == ("2024-11-13", True, 5, False)
    assert "within the term after a notice of delay" in str(describe(t)) and t["source"]
    # Flemish: 20 working days; asked on Wednesday 3 July 2023, due Wednesday 31 July (weekends do not count)
    vp = timeliness({"parliament": "Vlaams Parlement", "question_date": "2023-07-03", "answer_date": "2023-07-28"}, table)
    assert vp is not None and vp["due"] == "2023-07-31" and vp["late"] is False and describe(vp) == "on time (term 20 working days)"
    waiting = timeliness(
        {"parliament": "Vlaams Parlement", "question_date": "2023-07-03", "answer_date": None}, table, date(2023, 9, 1), True
    )
    undated = timeliness({"parliament": "Vlaams Parlement", "question_date": "2023-07-03", "answer_date": None}, table)
    assert undated is not None and "overdue" not in undated and undated["late"] is None  # answered, date unknown
    assert waiting is not None and waiting["overdue"] and waiting["late"] is None
    assert timeliness({"parliament": None, "question_date": "2023-07-03"}, table) is None  # a council: no term known


def test_a_users_deadline_table_extends_the_built_in_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "terms.json"
    table.write_text(json.dumps({"Vlaams Parlement": {"within": 10, "unit": "days", "rule": "test", "source": "here"}}), encoding="utf-8")
    argv = ["check", "examples/vp-785-2023.txt", "--answer-date", "2023-07-20", "--deadlines", str(table), "--format", "json"]
    assert main(argv) == 0
    t = json.loads(capsys.readouterr().out)["documents"][0]["timeliness"]
    assert (t["due"], t["late"], t["days_late"], t["rule"]) == ("2023-07-13", True, 7, "test")
    table.write_text('{"Vlaams Parlement": {"unit": "weeks"}}', encoding="utf-8")
    assert main(argv) == 2 and "terms.json" in capsys.readouterr().err


def test_follow_up_of_an_item_without_asks_quotes_the_item() -> None:
    doc = {"status": "ok", "metadata": {"parliament": "Vlaams Parlement"},
           "items": [{"id": "3", "verdict": "partial", "asks": [], "question": {"clean": "Graag een overzicht."}}]}  # fmt: skip
    draft = follow_up(doc)
    assert draft is not None and "- Vraag 3: “Graag een overzicht.” — hierop wordt niet (volledig) ingegaan." in draft


def test_summary_only_on_one_document_still_shows_its_summary(tmp_path: Path) -> None:
    out = tmp_path / "r.txt"
    assert main(["check", "examples/vp-785-2023.txt", "--summary-only", "--lang", "en", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Summary: 1 document (0 errors), 19 items") and "(unknown)" in text and "┃ item ┃" not in text


def test_the_python_api_returns_what_the_json_shows(capsys: pytest.CaptureFixture[str]) -> None:
    from analyzer import check_files, check_text, to_records

    doc = check_text("1. Hoeveel klachten kwamen er in 2023 binnen?", "1. Daarover zijn geen cijfers beschikbaar.",
                     metadata={"respondent": "Minister Z (BZK)", "question_date": "2024-01-05", "answer_date": "2024-02-04"})  # fmt: skip
    assert doc["status"] == "ok" and doc["items"][0]["verdict"] == "declined"
    assert (
        doc["metadata"]["days_to_answer"] == 30 and doc["people"]["respondent"]["department"] == "Binnenlandse Zaken en Koninkrijksrelaties"
    )
    report = check_files(["examples/vp-785-2023.txt"])
    jsonschema.validate(report, schema())
    assert main(["check", "examples/vp-785-2023.txt", "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert [it["verdict"] for it in report["documents"][0]["items"]] == [it["verdict"] for it in cli["documents"][0]["items"]]
    records = to_records(report)
    assert len(records) == 19 and records[0]["document"] == "vp-785-2023" and "evidence_sentence" in records[0]
    assert to_records(doc)[0]["verdict"] == "declined"


def test_the_python_api_reads_rich_text_as_files_and_stdin_are_read() -> None:
    """check_text("<p>1. ...</p><p>2. ...</p>") reads the markup as a file's reader does (a second review's finding:
    before, the tags stayed and one item was found instead of two)."""
    from analyzer import check_text

    question = "<p>1. Hoeveel klachten kwamen er in 2023 binnen?</p><p>2. Wanneer komt de evaluatie?</p>"
    answer = "<p>1. Er kwamen 42 klachten binnen.</p><p>2. In maart 2025.</p>"
    for doc in (check_text(question, answer), check_text(f"{question}<p>Antwoord</p>{answer}")):
        assert [it["id"] for it in doc["items"]] == ["1", "2"] and any("HTML markup" in w for w in doc["warnings"])


def test_csv_with_a_byte_order_mark_opens_in_excel_as_is(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert main(["check", "examples/vp-785-2023.txt", "--format", "csv", "--bom", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdocument,source,") and data.count(b"\xef\xbb\xbf") == 1
    assert "Financiën" in data.decode("utf-8-sig")
    with pytest.raises(SystemExit):
        main(["check", "examples/vp-785-2023.txt", "--format", "json", "--bom"])


def test_a_fetched_records_short_parliament_name_and_zaak_number_are_understood() -> None:
    """A record from `analyzer fetch` names "Tweede Kamer" and the zaak number; the term and the draft still follow."""
    from analyzer.timeliness import load_deadlines, timeliness

    md = {
        "parliament": "Tweede Kamer",
        "number": "2024Z16901",
        "asker": "Dobbe",
        "question_date": "2024-10-01",
        "answer_date": "2024-10-30",
    }
    t = timeliness(md, load_deadlines())
    assert t is not None and t["term"] == "21 days" and t["late"] is True
    draft = follow_up(_open_doc(md))
    assert draft is not None and "mijn schriftelijke vragen nr. 2024Z16901 (ingezonden 1 oktober 2024)" in draft
