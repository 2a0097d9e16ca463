"""The hostile probe of issue 13, kept: build a batch of hostile inputs next to good documents, run them.

``build(folder)`` writes one directory with every hostile document of the issue (crafted JSONL lines,
formula cells, devices and pipes, format and control characters, a lying DOCX, encrypted PDFs,
NUL bytes, file names with a newline, an escape sequence or foreign bytes, a JSONL id of 23.5, an
English text, a saved web page, a file given twice, a subdirectory) plus the 20 smallest
corpus documents, and returns what each source must come out as. ``tests/test_hostile.py`` runs
it as a test; run the full probe (a 1.05-million-character answer, rule packs that would hang
or stall, SIGTERM and Ctrl-C, every output format, each command in a fresh process) with

    .venv/bin/python tests/hostile_probe.py

It prints one line per probe and exits 1 if any ended otherwise than documented (the code, no
traceback, valid UTF-8), 0 when all held.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
GOOD = "1. Hoeveel kost dit?\n ANTWOORD \n1. Het kost vijf euro.\n"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m"
ITEMS = 1_005  # more than three digits of items


def good_documents(n: int = 20) -> list[Path]:
    """The ``n`` smallest corpus text documents: real documents that must all be analyzed."""
    return sorted(CORPUS.glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))[:n]


def _docx(paragraphs: list[str], padding: int = 0) -> bytes:
    """A DOCX; with ``padding``, word/document.xml holds that many spaces more than its headers declare."""
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    if not padding:
        return buffer.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    honest = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "word/document.xml":
                honest = len(content)
                content += b" " * padding
            z.writestr(info.filename, content)
    data = bytearray(out.getvalue())
    name = b"word/document.xml"
    for sig, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = 0
        while (at := data.find(sig, at)) != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                struct.pack_into("<I", data, at + size_at, honest)
            at += 4
    return bytes(data)


def _pdf(path: Path, text: str, user: str | None = None) -> None:
    """A one-page text PDF, AES-256 encrypted (with an empty user password: restrictions only) when ``user`` is given."""
    from pypdf import PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    plain = io.BytesIO()
    c = canvas.Canvas(plain, pagesize=A4)
    y = 800.0
    for line in text.splitlines():
        c.drawString(50, y, line)
        y -= 14
    c.save()
    if user is None:
        path.write_bytes(plain.getvalue())
        return
    plain.seek(0)
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm="AES-256")
    with path.open("wb") as fh:
        writer.write(fh)


def build(folder: Path, *, huge: bool = False) -> dict[str, str]:
    """Write the hostile batch into ``folder``; returns source -> "ok" or the error code it must get.

    ``huge`` adds a document with a 1.05-million-character answer (over spaCy's max_length; about
    15 s to analyze on the 2-core machine).
    """
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, code: str = "ok") -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[str(path)] = code
        return path

    for src in good_documents():
        put(src.name, src.read_bytes())
    # 1: crafted JSONL lines; 16: lone surrogates; 18: an id of 23.5; 15: a NUL
    ok = json.dumps({"id": "ok1", "question": "1. Hoeveel kost dit?", "answer": "1. Het kost 5 euro."})
    lines = [
        ok,
        '{"id": "deep", "question": "x", "answer": "y", "metadata": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "big", "question": "1. Hoeveel?", "answer": "1. Veel.", "metadata": {"n": ' + "9" * 5000 + "}}",
        '{"id": "\\udfff", "question": "1. Hoeveel?", "answer": "1. Veel."}',
        '{"id": "q", "question": "1. Hoeveel\\ud800?", "answer": "1. Tien."}',
        '{"id": 23.5, "question": "1. Hoeveel?", "answer": "1. Tien."}',
        '{"id": "nul", "question": "1. Hoeveel?", "answer": "1. Tien.\\u0000"}',
        "not json at all",
        ok.replace("ok1", "ok2"),
    ]
    records = folder / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expect[f"{records}#ok1"] = expect[f"{records}#ok2"] = "ok"
    for n in range(2, 9):
        expect[f"{records}#{n}"] = "bad-record"
    # 2: formula cells
    put("formula.txt", '=HYPERLINK("http://x")\n1. +Hoeveel kost dit?\n ANTWOORD \n1. @Het kost -5 euro.\n')
    # 3: a device and a FIFO
    (folder / "zero.txt").symlink_to("/dev/zero")
    expect[str(folder / "zero.txt")] = "unreadable"
    os.mkfifo(folder / "pipe.txt")
    expect[str(folder / "pipe.txt")] = "unreadable"
    # 4, 14: format characters in and before every label
    put(
        "format-chars.txt",
        "\u200b1. Hoeveel kost dit?\n\u200f2. Wanneer komt het?\n\u2060 ANTWOORD \n\ufeff1. Vijf euro.\n\u200b2. In mei.\n",
    )
    # 6: escape sequences in the text
    put("escapes.txt", f"Titel{ESCAPES}\n1. Hoeveel{ESCAPES} kost dit?\n ANTWOORD \n1. Het kost{ESCAPES} vijf euro.\n")
    # 7: an answer over spaCy's max_length
    if huge:
        put("huge-answer.txt", "1. Hoeveel kost dit?\n ANTWOORD \n1. " + "Het kost vijf euro en dat is veel geld. " * 26_300 + "\n")
    # 8: a DOCX member that lies about its size
    put("liar.docx", _docx(["1. Hoeveel?", "ANTWOORD", "1. Tien."], padding=60 << 20), "unreadable-docx")
    put("fine.docx", _docx(["1. Hoeveel kost dit?", "ANTWOORD", "1. Het kost vijf euro."]))
    # 11: more than 1,000 items
    question = "".join(f"{i}. Hoeveel kost project {i}?\n" for i in range(1, ITEMS + 1))
    put("many-items.txt", question + " ANTWOORD \n" + "".join(f"{i}. Project {i} kost {i} euro.\n" for i in range(1, ITEMS + 1)))
    # 12: AES PDFs
    _pdf(folder / "restricted.pdf", GOOD, user="")
    expect[str(folder / "restricted.pdf")] = "ok"
    _pdf(folder / "locked.pdf", GOOD, user="geheim")
    expect[str(folder / "locked.pdf")] = "encrypted-pdf"
    put("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "unreadable-pdf")
    # 15: a NUL after the first 8 KB
    put("late-nul.txt", GOOD.replace("euro.", "euro. " + "Dat is zo. " * 1_000 + "\x00"), "binary")
    # 17: names with a newline and an escape sequence, and bytes that are not UTF-8
    put("line\nbreak\x1b]0;pwned\x07.txt", GOOD)
    foreign = Path(os.fsdecode(os.fsencode(folder) + b"/foreign\xff.txt"))
    foreign.write_text(GOOD, encoding="utf-8")
    expect[str(folder / "foreign\\xff.txt")] = "ok"
    # 19: English, a saved web page, the same file twice, a subdirectory, a Word 97 file, empty files
    put("english.txt", "1. How many children were enrolled in the city schools last year, and what did it cost?\n ANTWOORD \n"
        "1. The number of children was not recorded by the department, and we are unable to give the cost at this time.\n")  # fmt: skip
    put("saved.html", "<!doctype html><html><head><title>t</title><script>var x=1;</script></head><body>"
        "<p>1. Hoeveel kost dit?</p><h2>ANTWOORD</h2><p>1. Het kost vijf euro.</p></body></html>")  # fmt: skip
    (folder / "same.txt").symlink_to(folder / "formula.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "skipped.txt").write_text(GOOD, encoding="utf-8")
    put("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "unsupported-format")
    put("empty.txt", b"", "empty")
    put("binary.txt", b"\x00\x01\x02binary", "binary")
    return expect


def check_outputs(folder: Path, expect: dict[str, str], outputs: dict[str, bytes], stderr: str) -> list[str]:
    """What is wrong with the outputs of one batch run (``fmt -> bytes``); empty when everything held."""
    problems: list[str] = []
    for fmt, data in outputs.items():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"{fmt}: not valid UTF-8 ({exc})")
            continue
        if "\x00" in text:
            problems.append(f"{fmt}: holds a NUL")
        if fmt == "rich" and any(c in text for c in "\x1b\x07\x9b"):
            problems.append("rich: holds a control character of a document")
        if fmt == "json":
            got = {d["source"]: (d.get("error") or {}).get("code", d["status"]) for d in json.loads(text)["documents"]}
            for source, code in expect.items():
                if got.get(source) != code:
                    problems.append(f"json: {source!r} is {got.get(source)!r}, not {code!r}")
            extra = set(got) - set(expect)
            if extra:
                problems.append(f"json: unexpected documents {sorted(extra)!r}")
        if fmt == "csv":
            import csv

            csv.field_size_limit(1 << 30)  # the answer of a million characters is one cell
            for row in csv.DictReader(io.StringIO(text)):
                for key in ("question", "answer", "document", "source"):
                    if row.get(key, "")[:1] in ("=", "+", "-", "@"):
                        problems.append(f"csv: live formula in {key}: {row[key][:30]!r}")
    if "Traceback" in stderr:
        problems.append("a traceback on stderr")
    if any(c in stderr for c in "\x1b\x07"):
        problems.append("a control character on stderr")
    return problems


def _run(argv: list[str], timeout: float = 120) -> tuple[int, str, str, float]:
    began = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "analyzer", *argv], capture_output=True, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), time.monotonic() - began


def main() -> int:
    """The full probe, each command in a fresh process; one line per probe."""
    failures = 0

    def report(name: str, ok: bool, detail: str) -> None:
        nonlocal failures
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")

    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        root = Path(tmp)
        folder = root / "batch"
        expect = build(folder, huge=True)
        outputs: dict[str, bytes] = {}
        err_all = ""
        began = time.monotonic()
        for fmt in ("json", "jsonl", "csv", "html", "rich"):
            target = root / f"out.{fmt}"
            code, _out, err, _t = _run(["check", str(folder), "--format", fmt, "-o", str(target)], timeout=300)
            outputs[fmt] = target.read_bytes() if target.exists() else b""
            err_all += err
            report(f"batch --format {fmt}", code == 3, f"exit {code}")
        problems = check_outputs(folder, expect, outputs, err_all)
        report(
            "hostile batch",
            not problems,
            "; ".join(problems) or f"{len(expect)} sources as documented, {time.monotonic() - began:.0f} s for 5 formats",
        )
        # 5, 10: rule packs
        from tests.test_hostile import RULE, _hostile_pack

        for case in ("latin1", "ext-list", "unregistered-ext", "alias-bomb", "fifo", "dev-zero", "huge", "symlink-loop"):
            pack = root / f"pack-{case}"
            named = _hostile_pack(pack, case)
            code, _out, err, took = _run(["check", str(CORPUS / "vp-785-2023.txt"), "--rules", str(pack)])
            report(f"rule pack {case}", code == 2 and named in err and "Traceback" not in err and took < 30, f"exit {code} in {took:.1f} s")
        slow = root / "slow"
        (slow / "x").mkdir(parents=True)
        (slow / "x" / "slow.yml").write_text(RULE.format(body=r'regex: ["(\\w|\\w\\w)+!"]'), encoding="utf-8")
        long_word = root / "long-word.txt"
        long_word.write_text(f"1. Hoeveel kost dit?\n ANTWOORD \n1. Het kost geen {'a' * 3000} euro.\n", encoding="utf-8")
        code, out, err, took = _run(["check", str(long_word), "--rules", str(slow), "--format", "json"])
        report("runaway regex", code == 3 and "rule-timeout" in out and took < 60, f"exit {code} in {took:.1f} s")
        # 13: signals
        many = root / "many"
        many.mkdir()
        for i in range(100):
            shutil.copy(CORPUS / "vp-785-2023.txt", many / f"doc{i:03}.txt")
        for sig, want in ((signal.SIGTERM, 143), (signal.SIGINT, 130)):
            target = root / "signal.jsonl"
            proc = subprocess.Popen(
                [sys.executable, "-m", "analyzer", "check", str(many), "--format", "jsonl", "-o", str(target)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            time.sleep(6)
            proc.send_signal(sig)
            _o, e = proc.communicate(timeout=60)
            left = list(root.glob(".signal.jsonl.*"))
            report(f"{sig.name} during -o", proc.returncode == want and b"Traceback" not in e and not left, f"exit {proc.returncode}")
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent.parent))
    raise SystemExit(main())
