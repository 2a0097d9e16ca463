"""The command line: reading every kind of input, the JSON contract, errors and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import main

from .helpers import CORPUS

SEED = Path(__file__).parent.parent / "examples" / "vp-785-2023.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(SEED), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["schema_version"] and report["tool"]["name"] == "analyzer"
    (doc,) = report["documents"]
    assert doc["source"] == str(SEED) and doc["status"] == "ok"
    ids = [i["id"] for i in doc["items"]]
    assert ids == ["1", "2", "3a", "3b", "3c", "4a", "4b", "4c", "4d", "5a", "5b", "6", "7", "8", "9", "10", "11a", "11b", "11c"]
    text = SEED.read_text(encoding="utf-8")
    for it in doc["items"]:
        assert "verdict" in it
        q = it["question"]
        assert text[q["start"] : q["end"]] == q["text"]
        for a in it["asks"] + it["answer"]:
            assert text[a["start"] : a["end"]] == a["text"]
    by_id = {i["id"]: i for i in doc["items"]}
    # "4. Zie antwoord 2." is followed to answer 2, for every lettered item under 4
    ref = by_id["4c"]["alignment"]["references"][0]
    assert ref["targets"] == ["2"] and ref["resolved"]
    assert doc["metadata"]["number"] == "785" and doc["metadata"]["asker"] == "Tom Ongena"


def test_directory_batch_reports_every_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("vp-785-2023.txt", "tk-ah-20242025-581.txt"):
        (tmp_path / name).write_bytes((CORPUS / name).read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "notes.md").write_text("not a document")
    code, out, err = run(capsys, "check", str(tmp_path), "--format", "json")
    assert code == 3
    docs = {Path(d["source"]).name: d for d in json.loads(out)["documents"]}
    assert set(docs) == {"vp-785-2023.txt", "tk-ah-20242025-581.txt", "broken.txt"}
    assert docs["broken.txt"]["status"] == "error" and docs["broken.txt"]["error"]["code"] == "binary"
    assert docs["tk-ah-20242025-581.txt"]["status"] == "ok"
    assert "broken.txt" in err and "Traceback" not in err


def test_missing_file_and_empty_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(tmp_path / "nope.txt"), str(tmp_path), "--format", "json")
    assert code == 3
    codes = [d["error"]["code"] for d in json.loads(out)["documents"]]
    assert codes == ["not-found", "empty-directory"]
    assert err.count("\n") == 2


def test_cp1252_falls_back_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "cp.txt"
    p.write_bytes(SEED.read_text(encoding="utf-8").replace("’", "'").encode("cp1252"))
    code, out, err = run(capsys, "check", str(p), "--format", "json")
    assert code == 0 and "cp1252" in err
    doc = json.loads(out)["documents"][0]
    assert doc["status"] == "ok" and any("cp1252" in w for w in doc["warnings"])
    assert len(doc["items"]) == 19


def test_question_answer_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SEED.read_text(encoding="utf-8")
    cut = text.index(" ANTWOORD")
    q, a = tmp_path / "q.txt", tmp_path / "a.txt"
    q.write_text(text[:cut], encoding="utf-8")
    a.write_text(text[cut:], encoding="utf-8")
    code, out, _ = run(capsys, "check", "--question", str(q), "--answer", str(a), "--format", "json")
    assert code == 0
    doc = json.loads(out)["documents"][0]
    assert len(doc["items"]) == 19
    by_id = {i["id"]: i for i in doc["items"]}
    assert by_id["10"]["answer"][0]["text"].startswith("VDAB heeft geen aparte monitoring")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = SEED.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "check", "-", "--format", "json")
    assert code == 0 and json.loads(out)["documents"][0]["source"] == "-"


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, "check", str(SEED), "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["documents"][0]["status"] == "ok"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(SEED), "--format", "json", "--max-bytes", "100")
    assert code == 3 and json.loads(out)["documents"][0]["error"]["code"] == "too-large"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["check"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["check", "--question", str(SEED)])
    assert e.value.code == 2


def test_rich_report_runs_as_a_program() -> None:
    p = subprocess.run(
        [sys.executable, "-m", "analyzer", "check", str(SEED)], capture_output=True, text=True, env={"NO_COLOR": "1", "PATH": ""}
    )
    assert p.returncode == 0, p.stderr
    assert "Tom Ongena" in p.stdout and "3c" in p.stdout
