"""Hostile inputs: any text or bytes, a mutated corpus as one batch. Nothing escapes, nothing is lost."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analyzer.analyze import Analyzer
from analyzer.batch import Task, run_task
from analyzer.cli import main
from analyzer.model import Document, RawDocument
from analyzer.segment import SegmentationError

from .helpers import CORPUS

ANALYZER = Analyzer()
PIECES = st.sampled_from(
    [
        "Vraag 1\n", "Vraag 2 en 3\n", "Antwoord\n", "Antwoord 2\n", "1. ", "2.\n", "a) ", " ANTWOORD \n",
        "op vraag nr. 12 van 3 juli 2023\n", "Hoeveel kinderen? ", "Zo ja, waarom? ", "Nee.", "Zie antwoord 1. ",
        "geen aparte monitoring ", "Ik ga niet in op individuele gevallen. ", "verwijs ik u naar de brief ",
        "\x0c", "\n\n", "ah-tk-20242025-581\n", "Graag een overzicht.", "tekst ", "\r\n", "\x00",
    ]
)  # fmt: skip


def lost_answer_text(doc: Document) -> list[int]:
    """Characters of the answer region that no part, item, label or furniture accounts for."""
    assert doc.answer_span is not None
    mask = bytearray(len(doc.text))
    spans = [p.span for p in doc.answer_parts] + [p.label for p in doc.answer_parts if p.label]
    spans += [it.span for it in doc.items] + [it.label for it in doc.items if it.label] + list(doc.furniture)
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return [i for i in range(doc.answer_span.start, doc.answer_span.end) if not mask[i] and not doc.text[i].isspace()]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=10)), max_size=30).map("".join))
@example("Vraag 1\nAntwoord\nVraag 1\n")  # (a label printed twice with no question: its text was in no part, no item)
@example("Hoeveel kinderen? Vraag 2 en 3\nHoeveel kinderen? Nee.Vraag 1\n")  # (a label closing the text, no question after it)
def test_any_text_is_judged_or_refused_with_a_reason(text: str) -> None:
    try:
        result = ANALYZER.check(RawDocument("<prop>", text))
    except SegmentationError as exc:
        assert exc.code in {"empty", "no-answer", "no-question"}
        return
    doc = result.document
    assert len({it.id for it in doc.items}) == len(doc.items)
    if doc.open:  # questions only: items, no answer, nothing judged
        assert doc.answer_span is None and doc.items and result.judgement.items == ()
        return
    assert lost_answer_text(doc) == []
    for j in result.judgement.items:
        assert j.verdict in {"answered", "partial", "declined", "referred"} and 0 <= j.confidence <= 1
        for f in (*j.findings, *(f for a in j.asks for f in a.findings)):
            assert text[f.start : f.end] == f.match


def test_no_answer_text_is_lost_in_the_corpus() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        doc = ANALYZER.check(RawDocument(str(path), path.read_text(encoding="utf-8"))).document
        assert lost_answer_text(doc) == [], path.name


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".pdf", ".docx", ".jsonl", ""]))
def test_any_bytes_give_a_report_not_a_traceback(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    outcome = run_task(Task("path", str(path)), 1_000_000, ANALYZER)
    assert outcome.documents, "every input is accounted for"
    for d in outcome.documents:
        assert d["status"] in {"ok", "open", "error"}
        if d["status"] == "error":
            assert d["error"]["code"] != "internal", d["error"]["message"]


def mutations(text: str, rng: random.Random) -> dict[str, bytes]:
    lines = text.splitlines(keepends=True)
    cut = text.find("ANTWOORD") if "ANTWOORD" in text else text.find("Antwoord 1")
    return {
        "truncated": text[: len(text) // 3].encode(),
        "no-numbering": "".join(line.lstrip("0123456789.) ") for line in lines).encode(),
        "shuffled": "".join(rng.sample(lines, len(lines))).encode(),
        "answer-dropped": text[: max(cut, 1)].encode(),
        "question-dropped": text[max(cut, 0) :].encode(),
        "cp1252": text.encode("cp1252", errors="replace"),
        "utf16": text.encode("utf-16"),
        "nul-bytes": text.replace("\n", "\n\x00", 3).encode(),
        "empty": b"",
        "one-line": text.replace("\n", " ").encode(),
    }


def test_mutated_corpus_in_one_batch_accounts_for_every_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(7)
    expected: set[str] = set()
    for path in sorted(CORPUS.glob("*.txt"))[::6]:
        for name, data in mutations(path.read_text(encoding="utf-8"), rng).items():
            target = tmp_path / f"{path.stem}.{name}.txt"
            target.write_bytes(data)
            expected.add(str(target))
    code = main(["check", str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["source"] for r in rows} == expected
    assert code in (0, 3) and "Traceback" not in err
    errors = {r["source"]: r["error_code"] for r in rows if r["status"] == "error"}
    assert all(code != "internal" for code in errors.values()), errors
    assert any(src.endswith(".empty.txt") for src in errors) and any(src.endswith(".answer-dropped.txt") for src in errors)


def test_no_network_access_at_any_point(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A whole run (pipeline, rules, judge, every report format) opens no socket."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    seed = CORPUS / "vp-785-2023.txt"
    for fmt in ("json", "jsonl", "csv", "html", "rich"):
        assert main(["check", str(seed), "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]) == 0
    assert main(["eval", str(CORPUS), "--format", "json"]) == 0
    capsys.readouterr()


def test_crafted_jsonl_lines_are_bad_records_and_the_batch_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON nested past the recursion limit, an integer of 5,000 digits, a lone surrogate in metadata or
    in the id: each is one bad-record line; the other records are analyzed and the output is valid UTF-8."""
    good = json.dumps({"id": "ok1", "question": "1. Hoeveel kost dit?", "answer": "1. Het kost 5 euro."})
    lines = [
        good,
        '{"id": "deep", "question": "x", "answer": "y", "metadata": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "big", "question": "1. Hoeveel?", "answer": "1. Veel.", "metadata": {"n": ' + "9" * 5000 + "}}",
        '{"id": "sur", "question": "1. Hoeveel?", "answer": "1. Veel.", "metadata": {"asker": "\\udfff"}}',
        '{"id": "\\udfff", "question": "1. Hoeveel?", "answer": "1. Veel."}',
        good.replace("ok1", "ok2"),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["check", str(path), "--format", "jsonl", "-o", str(out)])
    assert code not in (0, 1)  # some documents failed; 1 is reserved for --fail-on
    rows = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    by_status = {(r["document"].rsplit("#", 1)[-1], r["status"], r.get("error_code")) for r in rows}
    assert {("ok1", "ok", None), ("ok2", "ok", None)} <= by_status
    assert {(str(n), "error", "bad-record") for n in (2, 3, 4, 5)} <= by_status
    assert "Traceback" not in capsys.readouterr().err


def test_crafted_records_of_a_json_export_are_bad_records_and_the_batch_goes_on(tmp_path: Path) -> None:
    """A JSON array whose records hold a lone surrogate (in metadata, in the id) or are no object: each is one
    bad record; the others are analyzed, and the output is valid UTF-8."""
    good = {"id": "ok1", "vraag": "1. Hoeveel kost dit?", "antwoord": "1. Het kost 5 euro."}
    records = [
        json.dumps(good),
        '{"id": "sur", "question": "1. Hoeveel?", "answer": "1. Veel.", "metadata": {"asker": "\\udfff"}}',
        '{"id": "\\udfff", "question": "1. Hoeveel?", "answer": "1. Veel."}',
        '"only a string"',
        json.dumps({**good, "id": "ok2"}),
    ]
    path = tmp_path / "records.json"
    path.write_text("[" + ",\n".join(records) + "]", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["check", str(path), "--format", "jsonl", "-o", str(out)])
    assert code not in (0, 1)
    rows = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    by_status = {(r["document"].rsplit("#", 1)[-1], r["status"], r.get("error_code")) for r in rows}
    assert {("ok1", "ok", None), ("ok2", "ok", None)} <= by_status
    assert {(str(n), "error", "bad-record") for n in (2, 3, 4)} <= by_status


def test_devices_and_pipes_are_refused_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A symlink to /dev/zero or a FIFO, as a document, a JSONL file, half of a pair or a rule file: one
    line saying it is not a regular file, never a read that grows without end or blocks forever."""
    import os

    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    ok = tmp_path / "ok.txt"
    ok.write_text("1. Hoeveel kost dit?\n ANTWOORD \n1. Vijf euro.\n", encoding="utf-8")
    assert main(["check", str(zero), str(tmp_path / "zero.jsonl"), str(fifo), "--format", "json"]) == 3
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert [d["error"]["code"] for d in documents] == ["unreadable"] * 3
    assert all("not a regular file" in d["error"]["message"] for d in documents)
    assert main(["check", "--question", str(zero), "--answer", str(ok), "--format", "json"]) == 3
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "zero.yml").symlink_to("/dev/zero")
    assert main(["check", "--rules", str(rules), str(ok)]) == 2
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["Vraag 2 en 3\n ANTWOORD \na) ", "Hoeveel kinderen?  ANTWOORD \na) Vraag 1\nVraag 1\n"])
def test_found_by_hypothesis_no_answer_text_lost_or_judged_without_question(text: str) -> None:
    """Two shapes the property test found: an answer with no question items before it (an error, not an
    empty report), and a lettered answer part under an unnumbered question (its text stays in a part)."""
    try:
        result = ANALYZER.check(RawDocument("<prop>", text))
    except SegmentationError as exc:
        assert exc.code == "no-question"
        return
    assert lost_answer_text(result.document) == []


GOOD = "1. Hoeveel kost dit?\n ANTWOORD \n1. Het kost vijf euro.\n"


def _deny(monkeypatch: pytest.MonkeyPatch, *locked: Path) -> None:
    """As root, chmod 000 locks nothing: make listing, stat-ing and opening these paths fail as they would for a user."""
    import os

    denied = {str(p) for p in locked}

    def blocked(p: object) -> bool:
        s = os.fspath(p) if isinstance(p, str | os.PathLike) else ""
        return any(s == d or s.startswith(d + os.sep) for d in denied)

    real_listdir, real_stat, real_open = os.listdir, os.stat, os.open

    def listdir(p: object = ".") -> list[str]:
        if blocked(p):
            raise PermissionError(13, "Permission denied", str(p))
        return real_listdir(p)  # type: ignore[call-overload, no-any-return]

    def stat(p: object, *args: object, **kwargs: object) -> os.stat_result:
        if blocked(p) and str(p) not in denied:  # the locked thing itself can be stat-ed, not what is inside it
            raise PermissionError(13, "Permission denied", str(p))
        return real_stat(p, *args, **kwargs)  # type: ignore[arg-type]

    def open_(p: object, *args: object, **kwargs: object) -> int:
        if blocked(p):
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(p, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "listdir", listdir)
    monkeypatch.setattr(os, "scandir", listdir)
    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "open", open_)
    import io

    real_io_open = io.open

    def io_open(p: object, *args: object, **kwargs: object) -> object:
        if blocked(p):
            raise PermissionError(13, "Permission denied", str(p))
        return real_io_open(p, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(io, "open", io_open)


def test_unreadable_paths_are_one_row_each_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13.9: a directory that cannot be listed, a file inside it, a JSONL file and a text file that
    cannot be opened: one ``unreadable`` row each, the good document analyzed, exit 3, no traceback."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": 1, "question": "1. Hoeveel?", "answer": "1. Tien."}) + "\n", encoding="utf-8")
    text = tmp_path / "closed.txt"
    text.write_text(GOOD, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    _deny(monkeypatch, locked, records, text)
    entries = [str(locked), str(locked / "inside.txt"), str(records), str(text), str(good)]
    code = main(["check", *entries, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 3 and "Traceback" not in err
    docs = {d["source"]: d for d in json.loads(out)["documents"]}
    assert set(docs) == set(entries)
    assert docs[str(good)]["status"] == "ok"
    for entry in entries[:-1]:
        assert docs[entry]["error"]["code"] == "unreadable", docs[entry]
        assert "Permission denied" in docs[entry]["error"]["message"]
    assert len(err.strip().splitlines()) == 4


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m"


def test_escape_sequences_in_a_document_never_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13.6: a window title, a clear screen, an OSC 52 clipboard write and a C1 CSI in the title, a
    question and an answer: the rich report prints their text without a single control character,
    and a colour terminal gets only rich's own colour codes (ESC [ ... m)."""
    import io
    import re

    from rich.console import Console

    from analyzer.report_rich import render_document

    doc = tmp_path / "doc.txt"
    doc.write_text(
        f"Vraag nr. 12 van 3 juli 2023 van Jan Peeters\nTitel{ESCAPES}\n1. Hoeveel{ESCAPES} kost dit?\n ANTWOORD \n1. Het kost{ESCAPES} vijf euro.\n",
        encoding="utf-8",
    )
    for argv in (["check", str(doc)], ["check", str(doc), "-o", str(tmp_path / "out.txt")]):
        assert main(argv) == 0
    out, err = capsys.readouterr()
    printed = out + (tmp_path / "out.txt").read_text(encoding="utf-8") + err
    assert "pwned" in printed  # the text is shown ...
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", printed)  # ... its controls are not
    assert main(["check", str(doc), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert ESCAPES in report["documents"][0]["items"][0]["answer"][0]["text"]  # JSON keeps the text exactly
    buffer = io.StringIO()
    render_document(Console(file=buffer, force_terminal=True, width=120), report["documents"][0], None)
    assert "pwned" in buffer.getvalue()
    assert not re.search(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]", buffer.getvalue())


def test_file_names_with_line_breaks_escapes_or_foreign_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13.17: a file name with a newline and an escape sequence is quoted in the one-line message;
    a file name that is not UTF-8 appears as \\xNN; every format stays valid UTF-8, on stdout and with -o."""
    import os
    import re

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a\nb\x1b]0;pwned\x07.txt").write_text("", encoding="utf-8")
    foreign = os.fsdecode(bytes(folder) + b"/bad\xff.txt")
    Path(foreign).write_text(GOOD, encoding="utf-8")
    for fmt in ("json", "jsonl", "csv", "html", "rich"):
        out = tmp_path / f"out.{fmt}"
        assert main(["check", str(folder), "--format", fmt, "-o", str(out)]) == 3
        data = out.read_bytes().decode("utf-8")
        assert re.search(r"bad\\+xff\.txt", data), fmt  # JSON escapes the backslash once more
        assert main(["check", str(folder), "--format", fmt]) == 3
        stdout, err = capsys.readouterr()
        stdout.encode("utf-8")
        lines = err.strip().splitlines()
        assert len(lines) == 2 and all(line.startswith("error:") for line in lines), err  # one line per error, on each run
        assert f"'{folder}/a\\nb\\x1b]0;pwned\\x07.txt': the document is empty" in err and "\x1b" not in err


RULE = """kind: cue
category: refusal
effect: declines
{body}
message: "test"
source: "test"
examples:
  match: ["Geen commentaar."]
  no_match: ["Een antwoord."]
"""
BOMB = "define:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"  {chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(8)
)


def _hostile_pack(root: Path, case: str) -> str:
    """A rule pack with one hostile file; returns the name the error must mention."""
    import os

    folder = root / "x"
    folder.mkdir(parents=True)
    target = folder / f"{case}.yml"
    if case == "latin1":
        target.write_bytes(RULE.format(body='phrases: ["caf\xe9 geen commentaar"]').encode("latin-1"))
    elif case == "ext-list":
        target.write_text(RULE.format(body="patterns:\n  - [{_: {ext: [a, b]}}]"), encoding="utf-8")
    elif case == "unregistered-ext":
        target.write_text(RULE.format(body="patterns:\n  - [{LOWER: geen}, {_: {nosuch: true}}]"), encoding="utf-8")
    elif case == "alias-bomb":
        target.write_text(RULE.format(body=BOMB + 'phrases: ["geen commentaar"]'), encoding="utf-8")
    elif case == "fifo":
        os.mkfifo(target)
    elif case == "dev-zero":
        target.symlink_to("/dev/zero")
    elif case == "huge":
        target.write_bytes(b"# " + b"x" * (2 << 20) + b"\n" + RULE.format(body='phrases: ["geen commentaar"]').encode())
    elif case == "symlink-loop":
        (folder / "loop").symlink_to(root)
        target.write_text(RULE.format(body='phrases: ["geen commentaar"]'), encoding="utf-8")
        return str(folder / "loop")
    return str(target)


@pytest.mark.parametrize("case", ["latin1", "ext-list", "unregistered-ext", "alias-bomb", "fifo", "dev-zero", "huge", "symlink-loop"])
def test_a_hostile_rule_file_is_exit_2_naming_the_file_within_seconds(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13.10: a rule file that is not UTF-8, ``_: {ext: [list]}``, an extension nobody registered, a
    YAML alias bomb (10^9 leaves), a FIFO, /dev/zero, a 2 MB file, a directory symlink loop: exit 2, one
    line naming the file, in seconds, for ``check`` and ``rules show`` (``rules test`` where the pipeline decides)."""
    import time

    pack = tmp_path / "pack"
    named = _hostile_pack(pack, case)
    doc = tmp_path / "doc.txt"
    doc.write_text(GOOD, encoding="utf-8")
    inspect = (
        ["rules", "test"] if case.endswith("ext") or case == "ext-list" else ["rules", "show", f"x.{case}"]
    )  # patterns compile in both
    for argv in (["check", str(doc), "--format", "json"], inspect):
        began = time.monotonic()
        assert main([*argv, "--rules", str(pack)]) == 2, argv
        out, err = capsys.readouterr()
        assert time.monotonic() - began < 10
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
        assert named in err, err


@pytest.mark.parametrize(
    "body",
    [
        r'regex: ["(?:\\w{1,100}){1,100}!"]',  # bounded nested repeats
        r'regex: ["(a)?(?(1)\\w+|\\w+)+!"]',  # a conditional group
        r'regex: [".*.*.*.*.*.*!"]',  # polynomial
        r'regex: ["(\\w|\\w\\w)+!"]',  # overlapping alternation
        r'patterns: [[{LOWER: geen}, {TEXT: {REGEX: "(\\w|\\w\\w)+!"}}]]',  # a token pattern's REGEX
    ],
)
def test_a_runaway_rule_is_an_error_naming_it_never_a_hang(
    body: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13.5: shapes the load-time check misses run against a long word: the document is a
    ``rule-timeout`` error naming the rule, within the time budget, and the next document is analyzed."""
    import faulthandler
    import sys
    import time

    import analyzer.rules

    monkeypatch.setattr(analyzer.rules, "RULE_TIME_BUDGET", 0.5)
    pack = tmp_path / "pack"
    (pack / "x").mkdir(parents=True)
    (pack / "x" / "slow.yml").write_text(RULE.format(body=body), encoding="utf-8")
    slow = tmp_path / "a-slow.txt"
    slow.write_text(f"1. Hoeveel kost dit?\n ANTWOORD \n1. Het kost geen {'a' * 3000} euro.\n", encoding="utf-8")
    good = tmp_path / "b-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    faulthandler.dump_traceback_later(120, exit=True, file=sys.__stderr__ or 2)  # a hang fails the run instead of stalling it
    try:
        began = time.monotonic()
        code = main(["check", str(slow), str(good), "--rules", str(pack), "--format", "json"])
        elapsed = time.monotonic() - began
    finally:
        faulthandler.cancel_dump_traceback_later()
    out, err = capsys.readouterr()
    assert code == 3 and elapsed < 30 and "Traceback" not in err
    bad, ok = json.loads(out)["documents"]
    assert bad["error"]["code"] == "rule-timeout" and "x.slow" in bad["error"]["message"], bad["error"]
    assert ok["status"] == "ok"


def test_a_span_over_spacys_max_length_is_judged_not_internal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13.7: an answer over spaCy's ``max_length`` (10^6 characters, inside the 5 MB limit) failed as
    ``internal``; it is processed in pieces cut at whitespace, with the same text and offsets. The limit
    is lowered to 50,000 here so the test takes a second, not the 15 s of a real million characters."""
    from analyzer.judge.core import pipe_texts

    monkeypatch.setattr(ANALYZER.nlp, "max_length", 50_000)
    sentence = "Het kost vijf euro en dat is veel geld. "
    long_text = sentence * 3_000  # 120,000 characters: three pieces
    docs = pipe_texts(ANALYZER.nlp, ["Hoeveel kost dit?", long_text])
    assert docs[1].text == long_text and len(docs[1]) == 3_000 * 10
    assert [t.text for t in docs[1][:5]] == ["Het", "kost", "vijf", "euro", "en"] and docs[1][-1].text == "."
    assert len(list(docs[1].sents)) == 3_000
    unbroken = "x" * 120_000  # no whitespace at all: cut where it must, the text still whole
    assert pipe_texts(ANALYZER.nlp, [unbroken])[0].text == unbroken
    raw = RawDocument("<long>", "1. Hoeveel kost dit?\n ANTWOORD \n1. " + sentence * 1_500 + "\n")
    judged = ANALYZER.check(raw).judgement.items
    assert [j.item_id for j in judged] == ["1"] and judged[0].verdict == "answered"


def _docx_bytes(paragraphs: list[str], padding: int = 0) -> bytes:
    """A DOCX made by python-docx; ``padding`` spaces after the root of word/document.xml (valid XML),
    with the member's declared size left at the size of the XML without them (the probe's builder)."""
    from .hostile_probe import _docx

    return _docx(paragraphs, padding)


def test_a_docx_member_that_lies_about_its_size_is_never_unpacked_whole(tmp_path: Path) -> None:
    """Issue 13.8: word/document.xml declares its real XML size and holds 60 MB of spaces more (60 KB
    packed): it was decompressed whole (2.1 GB RSS for a 1 MB file); it is read as a stream now."""
    import tracemalloc

    data = _docx_bytes(["1. Hoeveel?", "ANTWOORD", "1. Tien."], padding=60 << 20)
    path = tmp_path / "liar.docx"
    path.write_bytes(data)
    assert len(data) < 200_000
    tracemalloc.start()
    try:
        outcome = run_task(Task("path", str(path)), 1_000_000, ANALYZER)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (d,) = outcome.documents
    assert d["status"] == "error" and d["error"]["code"] in {"too-large", "unreadable-docx"}, d
    assert peak < 20 << 20, f"peak {peak >> 20} MB"


def test_docx_text_over_max_bytes_is_too_large(tmp_path: Path) -> None:
    """Issue 13.8: the text limit applies to a DOCX as to a PDF: 200,000 characters from a 40 KB file
    under ``--max-bytes 120000`` are refused, not analyzed."""
    path = tmp_path / "long.docx"
    path.write_bytes(_docx_bytes(["1. Hoeveel kost dit?", "ANTWOORD", "1. " + "Het kost vijf euro. " * 10_000]))
    assert path.stat().st_size < 120_000
    outcome = run_task(Task("path", str(path)), 120_000, ANALYZER)
    (d,) = outcome.documents
    assert d["status"] == "error" and d["error"]["code"] == "too-large" and "characters" in d["error"]["message"], d


def test_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13.13: -o on a full disk: the flush fails, and so does the close that aborting tries; the
    temporary ``.NAME.XXXX`` was left behind. Now: one line, exit 2, nothing left in the directory."""
    import io
    import os

    real_fdopen = os.fdopen

    class Full(io.TextIOWrapper):
        def flush(self) -> None:
            raise OSError(28, "No space left on device")

        def close(self) -> None:
            try:
                self.buffer.close()
            finally:
                raise OSError(28, "No space left on device")

    def fdopen(fd: int, *args: object, **kwargs: object) -> io.TextIOWrapper:
        real = real_fdopen(fd, "wb")
        return Full(real, encoding="utf-8", newline="")

    monkeypatch.setattr(os, "fdopen", fdopen)
    doc = tmp_path / "doc.txt"
    doc.write_text(GOOD, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = main(["check", str(doc), "--format", "jsonl", "-o", str(out_dir / "report.jsonl")])
    err = capsys.readouterr().err
    assert code == 2 and "No space left on device" in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(("sig", "fmt", "code"), [("SIGTERM", "jsonl", 143), ("SIGINT", "csv", 130), ("SIGTERM", "json", 143)])
def test_a_signal_ends_the_run_cleanly_keeping_complete_rows(tmp_path: Path, sig: str, fmt: str, code: int) -> None:
    """Issue 13.13: SIGTERM or Ctrl-C while -o is written: exit 143 or 130, one line and no traceback,
    no temporary file; a streaming format keeps the complete rows written so far, json writes nothing."""
    import shutil
    import signal
    import subprocess
    import sys
    import time

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(200):
        shutil.copy(CORPUS / "vp-785-2023.txt", docs / f"doc{i:03}.txt")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / f"report.{fmt}"
    # (Ctrl-C as a terminal sends it: a run started in the background of a non-interactive shell, as a CI script may be, inherits
    # SIGINT ignored, and Python then installs no handler for it; the child gets it back)
    proc = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "check", str(docs), "--format", fmt, "-o", str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    began = time.monotonic()
    # until some rows are written (or, for json, some work is done); a busy machine may take long to load the pipeline, and
    # a signal before the first row leaves nothing to keep (a CI run under load saw that at 60 s)
    # (rows of a second document on disk: the first is then whole; one document's CSV rows are some 90 KB, so a size threshold
    # of 20 KB could send the signal in the middle of the first document, which is rightly not kept)
    while time.monotonic() - began < 240:
        temps = list(out_dir.glob(".report.*"))
        if temps and (fmt == "json" or len(set(re.findall(rb"doc\d{3}", temps[0].read_bytes()))) >= 2):
            break
        time.sleep(0.1)
    time.sleep(0.5 if fmt == "json" else 0)
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "Traceback" not in err and err.count("\n") == 1 and "interrupted" in err, err
    assert not list(out_dir.glob(".report.*"))
    if fmt == "json":
        assert not target.exists()
        return
    lines = target.read_text(encoding="utf-8").splitlines()
    if fmt == "csv":
        import csv

        rows = list(csv.reader(lines))
        assert rows[0][0] == "document" and len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)
        assert len({r[0] for r in rows[1:]}) == len(rows[1:]) // 19  # whole documents of 19 items
    else:
        parsed = [json.loads(line) for line in lines]
        assert parsed and len(parsed) % 19 == 0


def test_item_numbers_are_not_capped_at_a_few_digits() -> None:
    """Issue 13.11: from 1,000 on (three digits) and then from 10,000 on (four), numbered items merged
    silently; 10,003 items come out as 10,003, and "Zie antwoord 10001" is followed."""
    from analyzer.analyze import analyze

    n = 10_003
    question = "".join(f"{i}. Hoeveel kost project {i}?\n" for i in range(1, n + 1))
    answer = "".join(f"{i}. Project {i} kost {i} euro.\n" if i != 10_002 else f"{i}. Zie antwoord 10001.\n" for i in range(1, n + 1))
    doc = analyze(RawDocument("<many>", question + " ANTWOORD \n" + answer))
    assert [it.id for it in doc.items] == [str(i) for i in range(1, n + 1)]
    assert len(doc.answer_parts) == n
    (ref,) = doc.alignment("10002").references
    assert ref.targets == ("10001",)


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdfs_open_with_permissions_only_and_are_refused_with_a_password(tmp_path: Path, algorithm: str) -> None:
    """Issue 13.12: an AES-encrypted PDF came out as ``unreadable-pdf`` (no AES without 'cryptography'):
    with only an owner password (copy or print restrictions) it is read; with a user password it is
    ``encrypted-pdf``, "decrypt it first"."""
    from pypdf import PdfWriter

    from analyzer.read import InputError, read_path

    from .test_inputs import text_pdf

    source = text_pdf(tmp_path / "open.pdf", GOOD)
    for user, name in (("", "restricted.pdf"), ("geheim", "locked.pdf")):
        writer = PdfWriter(clone_from=source)
        writer.encrypt(user_password=user, owner_password="eigenaar", algorithm=algorithm)
        with (tmp_path / name).open("wb") as fh:
            writer.write(fh)
    assert read_path(tmp_path / "restricted.pdf").text == read_path(source).text
    with pytest.raises(InputError) as refused:
        read_path(tmp_path / "locked.pdf")
    assert refused.value.code == "encrypted-pdf" and str(refused.value).endswith("encrypted PDF: decrypt it first")


SHAPES_14 = [
    "{c}1. Hoeveel kost dit?\n{c}2. Wanneer komt het?\n{c} ANTWOORD {c}op vraag nr. 12{c}\n{c}1. Het kost vijf euro.\n{c}2. Het komt in mei.\n",
    "{c}Vraag 1{c}\nHoeveel kost dit?\n{c}Antwoord 1{c}\nHet kost vijf euro.\n{c}Vraag 2\nWanneer komt het?\n{c}Antwoord{c} 2\nIn mei.\n",
    "{c}Vraag{c} 1 Hoeveel kost dit? {c}Antwoord 1 Het kost vijf euro. {c}Vraag 2 Wanneer komt het? {c}Antwoord 2 In mei.",
]


@pytest.mark.parametrize(
    "char", ["\u200b", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u202a", "\u2066", "\u200b\u200f\u2060"]
)
def test_format_characters_before_every_label_leave_the_document_readable(char: str) -> None:
    """Issue 13.14 (fixed with 13.4 on main; this is its regression test): a format character (Unicode
    Cf) before or inside every label, in the Flemish, Tweede Kamer and collapsed shapes, made a valid
    document ``no-answer``. Both items are found and answered."""
    for shape in SHAPES_14:
        result = ANALYZER.check(RawDocument("<cf>", shape.format(c=char)))
        assert [(j.item_id, j.verdict) for j in result.judgement.items] == [("1", "answered"), ("2", "answered")], shape


def test_nul_characters_anywhere_never_reach_a_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13.15: NUL bytes were sniffed in the first 8 KB only; a NUL after that, or a ``\\u0000`` in a
    JSONL record, reached the CSV and HTML raw. A text file with a NUL anywhere is ``binary``, a record
    with one is ``bad-record``; no output holds a NUL."""
    late = tmp_path / "late.txt"
    late.write_bytes((GOOD.replace("vijf euro.", "vijf euro. " + "Dat is zo. " * 1_000 + "\x00")).encode())
    assert late.read_bytes().index(b"\x00") > 8192
    records = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"id": "nul-answer", "question": "1. Hoeveel?", "answer": "1. Tien.\u0000"}),
        json.dumps({"id": "nul-meta", "question": "1. Hoeveel?", "answer": "1. Tien.", "metadata": {"asker": "A\u0000"}}),
        json.dumps({"id": "ok", "question": "1. Hoeveel?", "answer": "1. Tien."}),
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for fmt in ("csv", "html", "json", "jsonl"):
        out = tmp_path / f"out.{fmt}"
        assert main(["check", str(late), str(records), "--format", fmt, "-o", str(out)]) == 3
        assert b"\x00" not in out.read_bytes() and b"\\u0000" not in out.read_bytes(), fmt
    capsys.readouterr()
    assert main(["check", str(late), str(records), "--format", "json"]) == 3
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in json.loads(capsys.readouterr().out)["documents"]}
    assert docs["late.txt"]["error"]["code"] == "binary"
    assert docs["records.jsonl#1"]["error"]["code"] == "bad-record" and docs["records.jsonl#2"]["error"]["code"] == "bad-record"
    assert docs["records.jsonl#ok"]["status"] == "ok"


def test_a_lone_surrogate_in_question_or_answer_is_a_bad_record_or_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13.16: a lone surrogate in a JSONL question or answer is ``bad-record`` (not ``internal``);
    one in a PDF's extracted text (pypdf passes what a broken ToUnicode map says) is read as U+FFFD
    with a warning, so the document is analyzed and every output stays valid UTF-8."""
    import analyzer.read.pdf

    records = tmp_path / "records.jsonl"
    records.write_text(
        '{"id": "q", "question": "1. Hoeveel\\ud800?", "answer": "1. Tien."}\n{"id": "a", "question": "1. Hoeveel?", "answer": "1. Tien\\udfff."}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(
        analyzer.read.pdf, "pdf_text", lambda data, source, limit: ("1. Hoeveel kost dit\ud800?\n ANTWOORD \n1. Vijf euro.\n", ())
    )
    pdf = tmp_path / "broken-map.pdf"
    pdf.write_bytes(b"%PDF-1.4 stand-in")
    out = tmp_path / "out.json"
    assert main(["check", str(records), str(pdf), "--format", "json", "-o", str(out)]) == 3
    docs = json.loads(out.read_bytes().decode("utf-8"))["documents"]
    assert [d.get("error", {}).get("code") for d in docs] == ["bad-record", "bad-record", None]
    assert docs[2]["status"] == "ok" and "\ufffd" in docs[2]["items"][0]["question"]["text"]
    assert "U+FFFD" in capsys.readouterr().err


@pytest.mark.parametrize("ident", ["23.5", "true", "[1]", "{}"])
def test_an_id_that_is_no_string_or_whole_number_is_refused_with_a_message_that_says_so(
    tmp_path: Path, ident: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13.18: ``"id": 23.5`` was refused with '"id" must be a string or a number', which it is."""
    records = tmp_path / "records.jsonl"
    records.write_text(
        f'{{"id": {ident}, "question": "1. Hoeveel?", "answer": "1. Tien."}}\n{{"id": 7, "question": "1. Hoeveel?", "answer": "1. Tien."}}\n'
    )
    assert main(["check", str(records), "--format", "json"]) == 3
    bad, ok = json.loads(capsys.readouterr().out)["documents"]
    assert bad["error"]["code"] == "bad-record" and '"id" must be a string or a whole number' in bad["error"]["message"]
    assert bad["error"]["message"].endswith(f"not {ident}")
    assert ok["source"].endswith("#7") and ok["status"] == "ok"


# --- 13.19: mistakes a new user makes ---------------------------------------------------------------

SEED = Path(__file__).parent.parent / "examples" / "vp-785-2023.txt"


def test_dash_as_output_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o -`` wrote a file named ``-``; it means stdout, as it does for input."""
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(SEED), "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["status"] == "ok"
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("name", "starts"),
    [("r.html", "<!doctype html>"), ("r.json", "{"), ("r.csv", "document,"), ("r.jsonl", '{"document"'), ("r.txt", str(SEED))],
)
def test_the_format_follows_the_output_suffix_unless_given(tmp_path: Path, name: str, starts: str) -> None:
    """``-o report.html`` wrote terminal text; without ``--format`` the suffix decides (anything else: rich)."""
    assert main(["check", str(SEED), "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)
    assert main(["check", str(SEED), "--format", "json", "-o", str(tmp_path / "forced.html")]) == 0
    assert (tmp_path / "forced.html").read_text(encoding="utf-8").startswith("{")


def test_a_missing_output_directory_is_one_line_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing directory showed Python's error with the temporary file's name."""
    target = tmp_path / "nodir" / "report.json"
    assert main(["check", str(SEED), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: -o {target}: the directory {target.parent} does not exist\n"


def test_subdirectories_are_named_when_skipped_and_read_with_recursive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Subdirectories were skipped silently: a warning says what was skipped; ``--recursive`` reads them
    (hidden directories and a symlink back up the tree are not followed)."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.md").write_text("geen document", encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text(GOOD, encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [Path(d["source"]).name for d in json.loads(out)["documents"]] == ["a.txt"]
    assert f"warning: {tmp_path}: skipped 1 subdirectory (sub; use --recursive) and 1 file that is no document (notes.md)" in err
    assert main(["check", str(tmp_path), "--format", "json", "--recursive"]) == 0
    out, err = capsys.readouterr()
    assert [Path(d["source"]).relative_to(tmp_path).as_posix() for d in json.loads(out)["documents"]] == [
        "a.txt",
        "sub/b.txt",
        "sub/deeper/c.txt",
    ]


def test_the_same_document_given_twice_is_analyzed_once_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same file given twice (as two names, or as a file and inside its directory) was counted twice."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    entries = [str(tmp_path / "a.txt"), f"{tmp_path}/./a.txt", str(tmp_path / "link.txt"), str(tmp_path)]
    assert main(["check", *entries, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [d["source"] for d in json.loads(out)["documents"]] == [str(tmp_path / "a.txt")]
    assert err.count("warning:") == 4 and "the same file as" in err and "analyzed once" in err


def test_english_text_gets_a_warning_and_a_lower_confidence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An English text got exit 0 with a confident verdict: it is warned about, and its confidences are halved."""
    english = tmp_path / "english.txt"
    english.write_text(
        "1. How many children were enrolled in the schools of the city last year, and what did the programme cost?\n"
        " ANTWOORD \n1. The number of children was not recorded by the department, and we are unable to give the cost "
        "of the programme for the schools at this moment in time.\n",
        encoding="utf-8",
    )
    dutch = tmp_path / "dutch.txt"
    dutch.write_text(
        "1. Hoeveel kinderen waren vorig jaar ingeschreven in de scholen van de stad, en wat kostte het programma?\n"
        " ANTWOORD \n1. Het aantal kinderen werd niet bijgehouden door het departement, en wij kunnen de kosten van het "
        "programma voor de scholen op dit moment niet geven.\n",
        encoding="utf-8",
    )
    assert main(["check", str(english), str(dutch), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    en, nl = json.loads(out)["documents"]
    assert "does not look Dutch" in err and any("does not look Dutch" in w for w in en["warnings"])
    assert en["items"][0]["confidence"] <= 0.5
    assert nl["items"][0]["confidence"] > en["items"][0]["confidence"]


def test_the_hostile_batch_accounts_for_every_document_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13, acceptance: every hostile input of the issue in one directory with 20 good documents
    (``tests/hostile_probe.py``; the 1-million-character answer, the rule packs and the signals run in
    the full probe and in their own tests): exit 3, every good document analyzed, every bad one
    reported with its code, valid UTF-8 and no NUL in every format, no live formula in the CSV, no
    control character of a document in the terminal report or on stderr, no traceback."""
    import time

    from .hostile_probe import build, check_outputs, good_documents

    folder = tmp_path / "batch"
    expect = build(folder)
    assert sum(code == "ok" for code in expect.values()) >= 20 + 10 and len(good_documents()) == 20
    outputs: dict[str, bytes] = {}
    stderr = ""
    began = time.monotonic()
    for fmt in ("json", "csv", "jsonl", "html", "rich"):
        target = tmp_path / f"out.{fmt}"
        assert main(["check", str(folder), "--format", fmt, "-o", str(target)]) == 3, fmt
        outputs[fmt] = target.read_bytes()
        stderr += capsys.readouterr().err
    assert time.monotonic() - began < 60
    assert check_outputs(folder, expect, outputs, stderr) == []


def test_a_question_of_thousands_of_coordinated_asks_is_read_in_linear_time() -> None:
    """Issue 13.7, found with it: a question of a quarter million characters took 94 s for a million
    (``coordinated`` sliced the sentence at every "en wat", and every ask asked whether any other ask
    had a sentence of its own). The parts and the attribution are the same, in a fraction of the time."""
    import time

    from analyzer.asks import coordinated
    from analyzer.judge.attribution import Attribution

    sentence = "Hoeveel kinderen zijn er ingeschreven in de scholen van de stad en hoeveel kost dat " * 4_000 + "?"
    began = time.monotonic()
    parts = coordinated(sentence)
    assert len(parts) == 4_001 and parts[0] == (0, sentence.index(" en hoeveel"))
    assert coordinated("Wat kostte het project en wat kost het nu?") == [(0, 22), (26, 42)]
    assert coordinated("Welke maatregelen zijn mogelijk en wilt u die inzetten?") == [(0, 55)]
    n = 20_000
    attribution = Attribution(((0, 1),), tuple(() for _ in range(n)), tuple(() for _ in range(n)), (0,))
    assert all(attribution.addressed(i) for i in range(n))
    assert time.monotonic() - began < 2  # 0.02 s; 3.6 s before


def test_a_sentence_that_starts_on_the_blank_line_between_answer_parts_maps_forward() -> None:
    """Found with 13.7: an answer of a million characters ("Zie antwoord 1." 62,500 times, then the part
    it refers to) was cut into pieces right at the blank line between the two parts; the sentence
    "\\nJa." mapped back to a span that ran backwards and the document failed as ``internal``."""
    from analyzer.clean import CleanText
    from analyzer.judge.core import _Joined

    text = "1. Ja.\n2. Zie antwoord 1."
    joined = _Joined()
    joined.add(CleanText("Zie antwoord 1.", tuple(range(10, 25))))
    joined.add(CleanText("Ja.", tuple(range(3, 6))))
    assert joined.text == "Zie antwoord 1.\n\nJa."
    span = joined.original(16, 20)  # "\nJa.": it starts on the blank line
    assert (span.start, span.end) == (3, 6) and text[span.start : span.end] == "Ja."
    assert (joined.original(0, 15).start, joined.original(0, 15).end) == (10, 25)
    assert joined.original(15, 17).start == joined.original(15, 17).end  # the blank line alone: nothing


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)), max_size=12), st.integers(0, 60), st.integers(0, 20))
def test_exception_overlap_by_binary_search_is_the_pairwise_test(spans: list[tuple[int, int]], a: int, width: int) -> None:
    """Found with 13.7: a text of 62,500 "Zie antwoord 1." compared every hit with every exception of its
    rule (a built-in rule ran into the time budget); the O(log n) test says what the pairwise one said."""
    from analyzer.rules import _Overlaps

    pairs = [(x, x + w) for x, w in spans]
    b = a + width
    assert _Overlaps(pairs).any(a, b) == any(not (b <= x or y <= a) for x, y in pairs)


def test_a_long_run_without_whitespace_is_tokenized_in_linear_time() -> None:
    """Found with 13.7: spaCy strips suffixes from a whitespace-free run one at a time, searching and
    slicing the whole run each time: 25,000 question marks (a 25 KB file) took 69 s, a million never
    ended. A run of over 1,000 characters is tokenized in pieces; the text and offsets stay the same."""
    import time

    from analyzer.judge.core import pipe_texts

    began = time.monotonic()
    text = "Het kost " + "?" * 20_000 + " euro."
    (doc,) = pipe_texts(ANALYZER.nlp, [text])
    assert doc.text == text and doc[0].text == "Het" and doc[-1].text == "." and len(doc) >= 200
    result = ANALYZER.check(RawDocument("<qmarks>", "1. Hoeveel?\n ANTWOORD \n1. " + "?" * 20_000))
    assert [j.item_id for j in result.judgement.items] == ["1"]
    assert time.monotonic() - began < 5  # 0.3 s; over a minute before


def test_tens_of_thousands_of_items_are_segmented_and_reported_in_linear_time() -> None:
    """Found with 13.11: "Vraag 1" printed 20,000 times (each read as the next number, with a warning)
    took max() over every number seen per label, and the report looked up each item's judgement in a
    list of all of them: quadratic. Both are now kept by number."""
    import time

    from analyzer.analyze import analyze
    from analyzer.judge.core import DocumentJudgement, ItemJudgement

    began = time.monotonic()
    doc = analyze(RawDocument("<vraag>", "Vraag 1\nHoeveel?\n" * 20_000 + "Antwoord 1\nJa.\n"))
    assert len(doc.items) == 20_000 and doc.items[-1].id == "20000"
    judged = DocumentJudgement(tuple(ItemJudgement(str(i), "answered", 1.0, "", (), ()) for i in range(50_000)), {}, None)
    assert all(judged.item(str(i)).item_id == str(i) for i in range(50_000))
    assert time.monotonic() - began < 10  # 2 s; minutes before
