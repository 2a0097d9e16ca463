"""Real inputs and hostile inputs: PDF, DOCX and JSONL files made at test time, and what the reader makes of them.

Every PDF and DOCX here is generated (reportlab, pypdf, python-docx) so the tests run offline; the
corpus documents are turned into PDF and DOCX and must segment into the same items as the text.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from analyzer.analyze import analyze
from analyzer.model import RawDocument
from analyzer.read import InputError, expand, looks_dutch, read_documents, read_pair, read_path
from analyzer.read.pdf import Piece, find_columns

from .helpers import CORPUS

SEED = CORPUS / "vp-785-2023.txt"
SEED_IDS = ["1", "2", "3a", "3b", "3c", "4a", "4b", "4c", "4d", "5a", "5b", "6", "7", "8", "9", "10", "11a", "11b", "11c"]
MAX = 5 * 1024 * 1024
WIDTH, HEIGHT = A4


def ids(raw: RawDocument) -> list[str]:
    return [i.id for i in analyze(raw).items]


def read_all(entry: Path | str) -> tuple[list[RawDocument], list[tuple[str, InputError]]]:
    docs: list[RawDocument] = []
    errors: list[tuple[str, InputError]] = []
    for r in read_documents(str(entry), MAX):
        if isinstance(r, tuple):
            errors.append(r)
        else:
            docs.append(r)
    return docs, errors


def read_error(path: Path) -> InputError:
    docs, errors = read_all(path)
    assert not docs and len(errors) == 1, (docs, errors)
    return errors[0][1]


def text_pdf(path: Path, text: str, *, per_word: bool = False, lines_per_page: int = 60) -> Path:
    """A PDF that shows ``text`` line by line (one text block per line, or per word), ``lines_per_page`` lines a page."""
    c = canvas.Canvas(str(path), pagesize=A4)
    lines = text.split("\n")
    for first in range(0, len(lines), lines_per_page):
        c.setFont("Helvetica", 9)
        y = HEIGHT - 50
        for line in lines[first : first + lines_per_page]:
            if per_word:
                x = 50.0
                for word in line.split(" "):
                    if word:
                        c.drawString(x, y, word)
                    x += stringWidth(word + " ", "Helvetica", 9)
            elif line.strip():
                c.drawString(50, y, line)
            y -= 12
        c.showPage()
    c.save()
    return path


QUESTIONS = [
    "1. Hoeveel kinderen stonden op 1 januari 2024 op een wachtlijst voor de kinderopvang in uw gemeente?",
    "2. Welke maatregelen neemt u om die wachtlijsten binnen een jaar te verkorten?",
    "3. Bent u bereid de Kamer elk halfjaar te informeren over de voortgang van deze maatregelen?",
]
ANSWERS = [
    "ANTWOORD",
    "1. Op 1 januari 2024 stonden 1.240 kinderen op een wachtlijst voor de kinderopvang in de gemeente.",
    "2. Wij openen dit jaar drie nieuwe locaties en verhogen de vergoeding voor pedagogisch medewerkers.",
    "3. Ja, de Kamer ontvangt elk halfjaar een voortgangsbrief over de maatregelen.",
]


def two_column_pdf(path: Path, left: Sequence[str], right: Sequence[str]) -> Path:
    """A title across the page, two columns drawn line by line side by side (so the content stream interleaves them), a footer."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, HEIGHT - 60, "Schriftelijke vragen over de wachtlijsten in de kinderopvang van de gemeente")
    width = (WIDTH - 2 * 56 - 24) / 2

    def wrap(paragraphs: Sequence[str]) -> list[str]:
        out: list[str] = []
        for p in paragraphs:
            out += [*simpleSplit(p, "Helvetica", 10, width), ""]
        return out

    lines_left, lines_right = wrap(left), wrap(right)
    c.setFont("Helvetica", 10)
    y = HEIGHT - 90
    for i in range(max(len(lines_left), len(lines_right))):
        if i < len(lines_left) and lines_left[i]:
            c.drawString(56, y, lines_left[i])
        if i < len(lines_right) and lines_right[i]:
            c.drawString(56 + width + 24, y, lines_right[i])
        y -= 13
    c.setFont("Helvetica", 8)
    c.drawString(56, 40, "Gemeenteraad, vergaderjaar 2024, schriftelijke vragen nummer 17, pagina 1 van 1")
    c.saveState()
    c.translate(30, 300)
    c.rotate(90)
    c.drawString(0, 0, "gr-2024-17")  # a reference printed sideways in the margin
    c.restoreState()
    c.save()
    return path


# --- PDF ----------------------------------------------------------------------------------------


def test_two_column_pdf_is_read_left_column_then_right(tmp_path: Path) -> None:
    pdf = two_column_pdf(tmp_path / "twee-kolommen.pdf", QUESTIONS, ANSWERS)
    plain = PdfReader(pdf).pages[0].extract_text()
    assert plain.index("ANTWOORD") < plain.index("2. Welke")  # the stream interleaves the columns
    raw = read_path(pdf)
    text = raw.text
    # title, every question (left column), the answer heading and every answer (right column), footer, margin text
    order = [
        "Schriftelijke vragen",
        "1. Hoeveel",
        "2. Welke",
        "3. Bent u bereid",
        "ANTWOORD",
        "1. Op 1 januari",
        "2. Wij openen",
        "3. Ja, de Kamer",
        "Gemeenteraad",
        "gr-2024-17",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions), text
    assert "uw\ngemeente?" in text  # a wrapped question line stays with its question
    doc = analyze(raw)
    assert [i.id for i in doc.items] == ["1", "2", "3"]
    for al in doc.alignments:  # each question is matched to the answer with its number
        (part,) = al.parts
        assert doc.text[doc.answer_parts[part].span.start :].startswith(
            {"1": "Op 1 januari", "2": "Wij openen", "3": "Ja, de Kamer"}[al.item_id]
        )


def test_multi_page_pdf_of_a_corpus_document_gives_the_same_items(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    pdf = text_pdf(tmp_path / "vp-785-2023.pdf", text)
    assert len(PdfReader(pdf).pages) >= 3
    raw = read_path(pdf)
    assert raw.text.count("\n\f") == len(PdfReader(pdf).pages) - 1  # pages joined with a form feed
    assert raw.warnings == ()
    assert ids(raw) == ids(RawDocument(str(SEED), text)) == SEED_IDS


@pytest.mark.parametrize("name", ["tk-ah-20232024-1999.txt", "tk-ah-20242025-581.txt"])
def test_pdf_that_writes_every_word_on_its_own_is_read_as_lines(tmp_path: Path, name: str) -> None:
    """Some generators put each word in a text block of its own; pypdf then gives one word a line."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    pdf = text_pdf(tmp_path / "words.pdf", text, per_word=True)
    assert "Tweede\nKamer\nder\n" in PdfReader(pdf).pages[0].extract_text()
    raw = read_path(pdf)
    assert raw.text.startswith("Tweede Kamer der Staten-Generaal")
    assert ids(raw) == ids(RawDocument(name, text))


def test_encrypted_pdf_needs_decrypting_first(tmp_path: Path) -> None:
    source = two_column_pdf(tmp_path / "open.pdf", QUESTIONS, ANSWERS)
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    error = read_error(locked)
    assert error.code == "encrypted-pdf"
    assert str(error) == f"{locked}: encrypted PDF: decrypt it first"


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    """Copy or print restrictions (empty user password) do not stop reading."""
    source = two_column_pdf(tmp_path / "open.pdf", QUESTIONS, ANSWERS)
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    restricted = tmp_path / "restricted.pdf"
    with restricted.open("wb") as fh:
        writer.write(fh)
    assert read_path(restricted).text == read_path(source).text


def test_pdf_without_a_text_layer_is_a_scanned_pdf(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(72, 72, 300, 400, fill=1)
    c.showPage()
    c.rect(100, 100, 200, 200)
    c.save()
    error = read_error(path)
    assert error.code == "scanned-pdf"
    assert str(error) == f"{path}: scanned PDF (no text layer): run OCR first"


@pytest.mark.parametrize(
    "data",
    [
        b"this is not a PDF, just bytes \x01\x02\x03" * 20,
        b"%PDF-1.7\n",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    ],
    ids=["garbage", "header-only", "no-pages"],
)
def test_broken_pdf_is_one_unreadable_pdf_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    error = read_error(path)
    assert error.code == "unreadable-pdf"
    assert str(error).startswith(f"{path}: unreadable PDF") and "\n" not in str(error)


def test_pdf_without_pages_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    with path.open("wb") as fh:
        PdfWriter().write(fh)
    assert read_error(path).code == "empty"


def test_truncated_pdf_never_gives_a_traceback(tmp_path: Path) -> None:
    whole = two_column_pdf(tmp_path / "whole.pdf", QUESTIONS, ANSWERS).read_bytes()
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 40):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(whole[:cut])
        for r in read_documents(str(path), MAX):
            assert isinstance(r, RawDocument) or r[1].code in ("unreadable-pdf", "scanned-pdf")


def test_a_pdf_without_pdf_suffix_is_recognized(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "download", SEED.read_text(encoding="utf-8"))
    assert ids(read_path(pdf)) == SEED_IDS


# --- DOCX ---------------------------------------------------------------------------------------


def test_docx_of_a_corpus_document_gives_the_same_items(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "vp-785-2023.docx"
    document.save(str(path))
    raw = read_path(path)
    assert raw.text == text  # paragraphs joined with "\n": the text comes back as written
    assert ids(raw) == SEED_IDS


def test_docx_tables_are_rows_of_cells_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("1. Hoeveel aanvragen kwamen er binnen in 2023 en 2024?")
    document.add_paragraph("ANTWOORD")
    document.add_paragraph("1. Het aantal aanvragen per jaar staat in de tabel.")
    table = document.add_table(rows=3, cols=2)
    for r, (year, count) in enumerate([("Jaar", "Aanvragen"), ("2023", "1.240"), ("2024", "1.380")]):
        table.cell(r, 0).text = year
        table.cell(r, 1).text = count
    document.add_paragraph("Het aantal stijgt dus.")
    path = tmp_path / "tabel.docx"
    document.save(str(path))
    text = read_path(path).text
    assert "staat in de tabel.\nJaar | Aanvragen\n2023 | 1.240\n2024 | 1.380\nHet aantal stijgt dus." in text


def _word_list(document: DocxDocument, levels: Sequence[tuple[str, str]], restart: int | None = None) -> int:
    """A Word list definition with ``levels`` of (format, label text) and its list instance; ``restart``: the numId of
    a list whose definition it shares, restarting at 1 (what Word's "Restart at 1" writes). Returns its numId."""
    numbering = document.part.numbering_part.element
    nums = numbering.findall(qn("w:num"))
    if restart is None:
        abstract = max(int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))) + 1
        xml = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        nums[0].addprevious(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract}">{xml}</w:abstractNum>'))
        override = ""
    else:
        shared = next(n for n in nums if n.get(qn("w:numId")) == str(restart))
        abstract = int(shared.find(qn("w:abstractNumId")).get(qn("w:val")))
        override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    num_id = max(int(n.get(qn("w:numId"))) for n in nums) + 1
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'))
    return num_id


def _in_list(document: DocxDocument, text: str, num_id: int, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_word_list_numbering_is_read_as_the_labels_word_shows(tmp_path: Path) -> None:
    # Word keeps a list's numbers out of the paragraph text: without them a question list typed as a Word list
    # would have no item numbers at all
    document = docx.Document()
    document.add_paragraph("Vragen")
    document.add_paragraph("Hoeveel aanvragen kwamen er binnen?", style="List Number")  # a list by its style
    document.add_paragraph("Hoeveel werden goedgekeurd?", style="List Number")
    questions = _word_list(document, [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "(%3)")])
    _in_list(document, "Wat kost de regeling?", questions)
    _in_list(document, "in 2023?", questions, 1)
    _in_list(document, "in 2024?", questions, 1)
    _in_list(document, "per provincie", questions, 2)
    _in_list(document, "Wie betaalt?", questions)
    _in_list(document, "de gemeenten?", questions, 1)  # the letters start again under a new number
    document.add_paragraph("ANTWOORD")
    answers = _word_list(document, [], restart=questions)  # the same definition, restarted at 1
    _in_list(document, "Het kost vijf miljoen euro.", answers)
    bullets = _word_list(document, [("bullet", "\uf0b7")])  # a bullet drawn from the Symbol font
    _in_list(document, "een opsomming", bullets)
    dotted = _word_list(document, [("decimal", "%1."), ("lowerLetter", "%1.%2")])
    document.add_paragraph("Wat is het plan?", style="List Number 2")
    _in_list(document, "Inleiding", dotted)
    _in_list(document, "", dotted, 1)  # an empty list paragraph still shows its number
    path = tmp_path / "lijst.docx"
    document.save(str(path))
    assert read_path(path).text.split("\n") == [
        "Vragen",
        "1. Hoeveel aanvragen kwamen er binnen?",
        "2. Hoeveel werden goedgekeurd?",
        "1. Wat kost de regeling?",
        "a) in 2023?",
        "b) in 2024?",
        "(i) per provincie",
        "2. Wie betaalt?",
        "a) de gemeenten?",
        "ANTWOORD",
        "1. Het kost vijf miljoen euro.",
        "• een opsomming",
        "1. Wat is het plan?",
        "1. Inleiding",
        "1.a",
    ]


def test_a_word_list_that_starts_near_a_billion_is_read_in_digits(tmp_path: Path) -> None:
    # letters or roman numerals for such a start would be a string of millions of characters; a start that is no number
    # starts at 1; a list that names no level definition, or a list that does not exist, gives no label
    document = docx.Document()
    huge = _word_list(document, [("lowerLetter", "%1)"), ("upperRoman", "%2.")])
    numbering = document.part.numbering_part.element
    starts = list(numbering.iter(qn("w:start")))[-2:]
    starts[0].set(qn("w:val"), "999999999")
    starts[1].set(qn("w:val"), "een")
    _in_list(document, "groot", huge)
    _in_list(document, "klein", huge, 1)
    _in_list(document, "zonder niveau", huge, 7)
    _in_list(document, "zonder lijst", 999)
    path = tmp_path / "groot.docx"
    document.save(str(path))
    assert read_path(path).text.split("\n") == ["999999999) groot", "I. klein", "zonder niveau", "zonder lijst"]


def test_word_list_levels_follow_their_restart_legal_and_none_settings(tmp_path: Path) -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element

    def level(num_id: int, n: int) -> BaseOxmlElement:
        abstract_id = next(x for x in numbering.findall(qn("w:num")) if x.get(qn("w:numId")) == str(num_id)).find(qn("w:abstractNumId"))
        abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id.get(qn("w:val")))
        found: BaseOxmlElement = abstract.findall(qn("w:lvl"))[n]
        return found

    # letters that never restart (lvlRestart 0) go on under the next number
    going_on = _word_list(document, [("decimal", "%1."), ("lowerLetter", "%2)")])
    level(going_on, 1).append(parse_xml(f'<w:lvlRestart {nsdecls("w")} w:val="0"/>'))
    for text, depth in (("Vraag A", 0), ("sub", 1), ("Vraag B", 0), ("sub", 1)):
        _in_list(document, text, going_on, depth)
    # legal numbering writes every level in digits; isLgl off ("0") does not
    legal = _word_list(document, [("upperRoman", "%1."), ("lowerLetter", "%1.%2")])
    level(legal, 1).append(parse_xml(f"<w:isLgl {nsdecls('w')}/>"))
    not_legal = _word_list(document, [("upperRoman", "%1."), ("lowerLetter", "%1.%2")])
    level(not_legal, 1).append(parse_xml(f'<w:isLgl {nsdecls("w")} w:val="0"/>'))
    # a level of format "none" shows nothing, also where a deeper label names it
    hidden = _word_list(document, [("none", "%1"), ("decimal", "%1%2.")])
    for num_id in (legal, not_legal, hidden):
        _in_list(document, "Hoofd", num_id)
        _in_list(document, "sub", num_id, 1)
    # a level written with other digits than ASCII is read as the first level, without an error
    odd = _word_list(document, [("decimal", "%1.")])
    document.add_paragraph("vreemd")._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="²"/><w:numId w:val="{odd}"/></w:numPr>')
    )
    path = tmp_path / "niveaus.docx"
    document.save(str(path))
    assert read_path(path).text.split("\n") == [
        "1. Vraag A", "a) sub", "2. Vraag B", "b) sub",
        "I. Hoofd", "1.1 sub",
        "I. Hoofd", "I.a sub",
        "Hoofd", "1. sub",
        "1. vreemd",
    ]  # fmt: skip


def test_a_question_list_typed_as_a_word_list_gives_the_same_text_and_items(tmp_path: Path) -> None:
    # a Flemish question with numbered questions and lettered sub-questions, its labels a Word list (two levels, the
    # letters restarting under each number): read back with the labels, as the PDF prints them
    source = CORPUS / "vp-2026-209.txt"
    text = source.read_text(encoding="utf-8")
    document = docx.Document()
    questions = _word_list(document, [("decimal", "%1."), ("lowerLetter", "%2)")])
    answered = False
    for line in text.split("\n"):
        answered = answered or line.startswith("ANTWOORD")
        number, letter = re.match(r"(\d+)\. (.*)$", line), re.match(r"[a-z]\)(?: (.*))?$", line)
        if not answered and number:
            _in_list(document, number.group(2), questions)
        elif not answered and letter:
            _in_list(document, letter.group(1) or "", questions, 1)
        else:
            document.add_paragraph(line)
    path = tmp_path / "vp-2026-209.docx"
    document.save(str(path))
    raw = read_path(path)
    assert raw.text == text
    gold = json.loads((CORPUS / "vp-2026-209.gold.json").read_text(encoding="utf-8"))
    assert ids(raw) == [str(item["id"]) for item in gold["items"]]


def test_broken_docx_is_unreadable_docx(tmp_path: Path) -> None:
    zip_garbage = tmp_path / "kapot.docx"
    zip_garbage.write_bytes(b"PK\x03\x04 not really a zip file")
    old_word = tmp_path / "oud.docx"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert read_error(zip_garbage).code == "unreadable-docx"
    error = read_error(old_word)
    assert error.code == "unreadable-docx" and "Word 97-2003" in str(error)


def test_empty_docx_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "leeg.docx"
    docx.Document().save(str(path))
    assert read_error(path).code == "empty"


def test_pair_of_pdf_question_and_docx_answer(tmp_path: Path) -> None:
    question = text_pdf(tmp_path / "vraag.pdf", "\n".join(QUESTIONS))
    document = docx.Document()
    for line in ANSWERS[1:]:
        document.add_paragraph(line)
    answer = tmp_path / "antwoord.docx"
    document.save(str(answer))
    raw = read_pair(question, answer, MAX)
    assert raw.split is not None and raw.text[raw.split :] == "\n".join(ANSWERS[1:])
    assert raw.text[: raw.split].startswith("1. Hoeveel kinderen")
    assert ids(raw) == ["1", "2", "3"]


# --- JSONL --------------------------------------------------------------------------------------


def test_jsonl_good_records_are_read_and_bad_ones_reported(tmp_path: Path) -> None:
    question = "1. Hoeveel ouders werden bereikt?\n2. Welke acties liepen er?"
    answer = "1. Er werden 3.200 ouders bereikt.\n2. Er liepen vier acties."
    good = {"id": "vp-785", "question": question, "answer": answer, "metadata": {"parliament": "Vlaams Parlement", "year": 2023}}
    path = tmp_path / "export.jsonl"
    lines = [json.dumps(good), '{"id": "kapot", "question": "1. Wat?"', json.dumps({"id": 7, "answer": "Omdat het kan."}), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = read_all(path)
    (doc,) = docs
    assert doc.source == f"{path}#vp-785"
    assert doc.split == len(question) + 2
    assert doc.text[: doc.split] == question + "\n\n" and doc.text[doc.split :] == answer
    assert doc.metadata == {"parliament": "Vlaams Parlement", "year": "2023"}
    assert ids(doc) == ["1", "2"]
    assert [(source, e.code) for source, e in errors] == [(f"{path}#2", "bad-record"), (f"{path}#7", "bad-record")]
    assert "invalid JSON" in str(errors[0][1]) and "line 2" in str(errors[0][1])
    assert 'missing "question"' in str(errors[1][1]) and "line 3" in str(errors[1][1])


@pytest.mark.parametrize("answer", [{"answer": None}, {}, {"answer": ""}])
def test_a_jsonl_record_without_its_answer_is_an_open_question(tmp_path: Path, answer: dict[str, None]) -> None:
    """An open-data export lists a question not answered yet with "answer": null, an empty answer or no answer field:
    the question is open (its items reported as such), not a bad record that the batch reports as an error."""
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"id": "q1", "question": "1. Hoeveel kost het?\n2. Wanneer start het?"} | answer) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert errors == [] and len(docs) == 1
    doc = analyze(docs[0])
    assert doc.open and [i.id for i in doc.items] == ["1", "2"]


def test_jsonl_text_records_and_line_numbers_as_ids(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    seed = SEED.read_text(encoding="utf-8")
    path.write_text("\n".join([json.dumps({"text": seed}), json.dumps(["not", "an", "object"]), json.dumps({"id": 3, "text": 12})]) + "\n")
    docs, errors = read_all(path)
    (doc,) = docs
    assert doc.source == f"{path}#1" and doc.split is None and doc.text == seed
    assert ids(doc) == SEED_IDS
    assert [e.code for _, e in errors] == ["bad-record", "bad-record"]


def test_jsonl_rich_text_fields_are_read_as_their_visible_text(tmp_path: Path) -> None:
    # open-data exports of council systems often keep the editor's markup in the record
    path = tmp_path / "raad.jsonl"
    question = "<p>Inleiding over de speeltuin.</p><p>1. Waarom is de speeltuin gesloten?</p><p>2. Wanneer gaat ze open&nbsp;?</p>"
    answer = "<p>1. Bij een keuring werden gebreken vastgesteld.</p><p>2. In mei.</p>"
    path.write_text(json.dumps({"id": "r1", "question": question, "answer": answer}) + "\n", encoding="utf-8")
    (doc,), errors = read_all(path)
    assert not errors
    assert "<p>" not in doc.text and "&nbsp;" not in doc.text
    analyzed = analyze(doc)
    assert [it.id for it in analyzed.items] == ["1", "2"]
    assert [p.covers for p in analyzed.answer_parts if p.covers] == [("1",), ("2",)]


def _marked_up(text: str) -> str:
    """``text`` as a rich-text field holds it: every line a paragraph, escaped, the line breaks gone."""
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def test_a_text_file_in_rich_text_markup_is_read_as_its_visible_text(tmp_path: Path) -> None:
    # a text copied from an export's rich-text field has no doctype: before, every label hid inside one line of tags
    path = tmp_path / "vraag.txt"
    path.write_text(_marked_up(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    raw = read_path(path)
    assert "<p>" not in raw.text and ids(raw) == SEED_IDS
    assert any("HTML markup" in w for w in raw.warnings)


def test_stdin_in_rich_text_markup_is_read_as_its_visible_text(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO("<br/>".join(SEED.read_text(encoding="utf-8").split("\n")).encode())

    monkeypatch.setattr("sys.stdin", Stdin())
    (raw,) = read_documents("-", MAX)
    assert isinstance(raw, RawDocument) and "<br/>" not in raw.text and ids(raw) == SEED_IDS


def test_inline_markup_alone_keeps_the_text_s_own_line_breaks(tmp_path: Path) -> None:
    # "<b>Vraag 1</b>" on its line: the tags go, the line stays a label line (a web page would join the lines)
    seed = SEED.read_text(encoding="utf-8")
    path = tmp_path / "vraag.txt"
    path.write_text(re.sub(r"(?m)^(\d{1,2}\.|[a-d]\))", r"<b>\1</b>", seed).replace("&", "&amp;"), encoding="utf-8")
    raw = read_path(path)
    assert "<b>" not in raw.text and raw.text.count("\n") == seed.count("\n") and ids(raw) == SEED_IDS


_LINED = (
    "Schriftelijke vraag van An Peeters\naan schepen Jan Smet\n\n1\nHoeveel klachten over de website ontving de stad in 2024?\n"
    "2\nWanneer wordt de nieuwe website gelanceerd?\n3\nWat kost de nieuwe website?\n\nAntwoord\n\n1\n"
    "De stad ontving 42 klachten over de website in 2024.\n2\nDe nieuwe website wordt gelanceerd in maart 2025.\n3\n"
    "Daarover kan ik nog geen uitspraak doen.\n"
)


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("Peeters\n", "Peeters<br>\n").replace("Smet\n", "Smet<br>\n"),
        lambda t: "Van: Piet Janssens <p.janssens@gemeente.be>\nAan: An de Vries <a.devries@stad.nl>\n\n" + t,
        lambda t: t.replace("Hoeveel klachten", "<b>Hoeveel</b> klachten").replace("42", "<strong>42</strong>"),
    ],
    ids=["a few <br> in a text of lines", "e-mail addresses in angle brackets", "inline tags"],
)
def test_a_text_with_lines_of_its_own_keeps_them_whatever_tags_stray_in_it(tmp_path: Path, change: object) -> None:
    """A second review's finding: two "<br>" (or "<p.janssens@...>", which is no tag) in a text of numbered lines made the
    whole text one line, and no question was found. The lines stay; a stray tag is dropped."""
    assert callable(change)
    path = tmp_path / "vraag.txt"
    path.write_text(change(_LINED), encoding="utf-8")
    raw = read_path(path)
    assert ids(raw) == ["1", "2", "3"] and raw.text.count("\n") >= _LINED.count("\n") - 1
    assert "<br>" not in raw.text and "<b>" not in raw.text


def test_a_markdown_table_with_a_break_in_a_cell_is_read_as_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "vragen.md.txt"
    path.write_text(
        "| Nr. | Vraag | Antwoord |\n| --- | --- | --- |\n"
        "| 1 | Hoeveel klachten ontving de stad in 2024?<br>Graag per maand. | De stad ontving 42 klachten.<br>Een overzicht volgt. |\n"
        "| 2 | Wanneer wordt de nieuwe website gelanceerd? | In maart 2025. |\n",
        encoding="utf-8",
    )
    doc = analyze(read_path(path))
    assert not doc.open and [i.id for i in doc.items] == ["1", "2"]


@pytest.mark.parametrize(
    "text",
    ["Inleiding. 1. Is de kost <b 5%? 2. Klopt dat?\n\nAntwoord\n1. Ja.\n2. Ja.\n", "1. Wat is <p>?\n\nAntwoord\n1. Een HTML-tag.\n"],
    ids=["a comparison", "one tag named"],
)
def test_a_plain_text_with_one_tag_like_word_stays_as_written(tmp_path: Path, text: str) -> None:
    path = tmp_path / "vraag.txt"
    path.write_text(text, encoding="utf-8")
    raw = read_path(path)
    assert raw.text == text and not raw.warnings


def _municipal() -> list[dict[str, object]]:
    path = CORPUS / "gem-mechelen.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _verdicts(docs: Sequence[RawDocument]) -> list[tuple[str, list[tuple[str, str]]]]:
    from analyzer.analyze import Analyzer

    analyzer = Analyzer()
    return [(d.source.rsplit("#", 1)[1], [(j.item_id, j.verdict) for j in analyzer.check(d).judgement.items]) for d in docs]


@pytest.mark.parametrize("form", ["json", "csv", "tsv"])
def test_a_json_or_csv_export_reads_as_its_jsonl_records(tmp_path: Path, form: str) -> None:
    """The dev council records as an open-data portal also serves them, a JSON array or a spreadsheet's CSV (semicolons,
    cells over several lines, the columns named in Dutch): the same documents, metadata and verdicts as the JSONL export
    (before, such a file was read as one text: an "open" question made of the whole file)."""
    records = _municipal()
    if form == "json":
        path = tmp_path / "vragen.json"
        path.write_text(json.dumps({"data": records}, ensure_ascii=False), encoding="utf-8")
    else:
        import csv

        path = tmp_path / f"vragen.{form}"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if form == "csv" else "\t")
            writer.writerow(["nummer", "Vraag", "Antwoord", "vraagsteller", "partij"])
            for r in records:
                meta = r["metadata"]
                assert isinstance(meta, dict)
                writer.writerow([r["id"], r["question"], r["answer"], meta.get("asker", ""), meta.get("asker_party", "")])
    docs, errors = read_all(path)
    original, _ = read_all(CORPUS / "gem-mechelen.jsonl")
    assert not errors and len(docs) == len(original) == len(records)
    assert [d.text for d in docs] == [d.text for d in original]
    assert _verdicts(docs) == _verdicts(original)
    for doc, record in zip(docs, records, strict=True):
        meta = record["metadata"]
        assert isinstance(meta, dict) and doc.metadata is not None
        assert doc.metadata.get("asker") == (meta.get("asker") or None)


def test_a_csv_row_without_an_answer_is_an_open_question_and_a_bad_row_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "vragen.csv"
    path.write_text(
        "\ufeffid,vraag,antwoord\n"
        'a,"1. Waarom is de speeltuin gesloten?\n2. Wanneer gaat ze open?","1. Er werden gebreken vastgesteld.\n2. In mei."\n'
        "b,Hoeveel bomen werden er geplant?,\n"
        "c,,Een antwoord zonder vraag.\n",
        encoding="utf-8",
    )
    docs, errors = read_all(path)
    assert [d.source for d in docs] == [f"{path}#a", f"{path}#b"]
    assert ids(docs[0]) == ["1", "2"] and analyze(docs[1]).open
    assert [(source, e.code) for source, e in errors] == [(f"{path}#c", "empty")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("kolommen.csv", "a;b\n1;2\n", "no question, answer or text column in the header"),
        ("kapot.json", '{"vraag": ', "invalid JSON"),
        ("getal.json", "12", "a JSON array of records was expected"),
        ("leeg.json", "[]", "no records in this file"),
    ],
)
def test_an_export_that_holds_no_records_is_one_clear_error(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    docs, errors = read_all(path)
    assert not docs and len(errors) == 1 and message in str(errors[0][1])


_Q = "1. Hoeveel fietsenstallingen zijn er aan het station?"
_A = "1. Er zijn 1200 fietsenstallingen aan het station."


def test_a_spreadsheet_export_as_excel_writes_it(tmp_path: Path) -> None:
    """A second review's findings: Excel's "sep=;" line, a "Nr." column, an answer column named in other words, a Dutch
    day-first date, and UTF-16 ("Unicode-tekst") were each read wrong or refused."""
    path = tmp_path / "vragen.csv"
    path.write_text(f'sep=;\nNr.;Datum;Vraagsteller;Vraag;Antwoord tekst\n2025/7;3/12/2025;Jan Peeters;"{_Q}";"{_A}"\n', encoding="utf-8")
    (doc,), errors = read_all(path)
    assert not errors and doc.source == f"{path}#2025/7" and ids(doc) == ["1"]
    assert doc.metadata is not None and doc.metadata["number"] == "2025/7" and doc.metadata["asker"] == "Jan Peeters"
    analyzed = analyze(doc)
    assert str(analyzed.metadata.question_date) == "2025-12-03" and not analyzed.open
    tsv = tmp_path / "vragen.tsv"
    tsv.write_bytes(f"id\tvraag\tbeantwoording\nA\t{_Q}\t{_A}\n".encode("utf-16"))
    (doc,), errors = read_all(tsv)
    assert not errors and doc.source == f"{tsv}#A" and not analyze(doc).open


def test_a_csv_without_an_answer_column_says_so_and_a_report_is_no_export(tmp_path: Path) -> None:
    path = tmp_path / "vragen.csv"
    path.write_text(f'id;vraag;toelichting\nA;"{_Q}";"Een tekst"\n', encoding="utf-8")
    (doc,), _ = read_all(path)
    assert analyze(doc).open and any("no answer column" in w for w in doc.warnings)
    report = tmp_path / "rapport.csv"
    report.write_text("document,item,verdict,question\nx,1,answered,Hoeveel?\n", encoding="utf-8")
    docs, errors = read_all(report)
    assert not docs and "a report written by analyzer" in str(errors[0][1])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"result": {"items": [{"id": 1, "vraag": _Q, "antwoord": _A}]}}, ["#1"]),
        ({"vragen": [{"id": 1, "vraag": _Q, "antwoord": _A}], "links": [{"href": "x"}]}, ["#1"]),
        ([{"id": 1, "vraag": "Fietsenstallingen", "vraagtekst": _Q, "antwoord": _A}], ["#1"]),
        ({"total": 0, "data": []}, []),
    ],
    ids=["a list one level down", "a list of records beside another list", "a title and the question text", "an empty export"],
)
def test_json_exports_of_other_shapes(tmp_path: Path, content: object, expected: list[str]) -> None:
    path = tmp_path / "vragen.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    docs, errors = read_all(path)
    assert [d.source.removeprefix(str(path)) for d in docs] == expected
    assert all(ids(d) == ["1"] for d in docs)
    assert bool(errors) == (not expected) and all("no records" in str(e) for _, e in errors)


def test_a_json_record_s_flat_fields_are_its_metadata_and_jsonl_named_json_is_read(tmp_path: Path) -> None:
    path = tmp_path / "vragen.json"
    records = [
        {"id": 1, "vraag": _Q, "antwoord": _A, "vraagsteller": "Jan Peeters", "datum": "12-03-2025"},
        {"id": 2, "vraag": _Q, "antwoord": _A},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    docs, _ = read_all(path)
    assert docs[0].metadata == {"asker": "Jan Peeters", "question_date": "12-03-2025"}
    assert str(analyze(docs[0]).metadata.question_date) == "2025-03-12"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")  # one record per line
    docs, errors = read_all(path)
    assert not errors and [d.source for d in docs] == [f"{path}#1", f"{path}#2"]


def test_several_lists_of_records_in_one_json_object_are_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "vragen.json"
    record = {"vraag": _Q, "antwoord": _A}
    path.write_text(json.dumps({"vragen": [record], "oud": [record]}), encoding="utf-8")
    docs, errors = read_all(path)
    assert not docs and "several lists of records (vragen, oud)" in str(errors[0][1])


def test_a_bad_record_in_a_json_array_is_reported_and_the_others_read(tmp_path: Path) -> None:
    path = tmp_path / "vragen.json"
    path.write_text(json.dumps([{"id": 1, "vraag": "Hoeveel?", "antwoord": "Vijf."}, 7, {"id": 3, "text": 12}]), encoding="utf-8")
    docs, errors = read_all(path)
    assert [d.source for d in docs] == [f"{path}#1"]
    assert [(source, e.code) for source, e in errors] == [(f"{path}#2", "bad-record"), (f"{path}#3", "bad-record")]
    assert "(record 2)" in str(errors[0][1])


def test_jsonl_fields_named_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "raad.jsonl"
    record = {"id": "r2", "vraag": "1. Waarom is de speeltuin gesloten?", "antwoord": "1. Er werden gebreken vastgesteld."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,), errors = read_all(path)
    assert not errors and doc.split is not None
    assert [it.id for it in analyze(doc).items] == ["1"]


def test_jsonl_plain_text_keeps_ampersands_and_a_meta_string_is_no_metadata(tmp_path: Path) -> None:
    path = tmp_path / "raad.jsonl"
    records = [
        {"id": "e", "question": "1. Wat staat er in de R&notulen van B&amp;W over art. 3 &sect2?", "answer": "1. Niets."},
        {"id": "b", "text": "Vragen\n1. Wat kost het?\nANTWOORD\n1. Veel.", "meta": "gemeente Gent"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors and len(docs) == 2
    assert "R&notulen van B&W over art. 3 &sect2?" in docs[0].text  # only the whole entity is decoded


def test_jsonl_record_over_the_limit_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    small = json.dumps({"id": "a", "question": "1. Hoeveel?", "answer": "1. Tien."})
    path.write_text(small + "\n" + json.dumps({"id": "b", "text": "x" * 5000}) + "\n" + small.replace('"a"', '"c"') + "\n")
    results = list(read_documents(str(path), 1000))
    assert [r.source if isinstance(r, RawDocument) else (r[0], r[1].code) for r in results] == [
        f"{path}#a",
        (f"{path}#2", "too-large"),
        f"{path}#c",
    ]


def test_empty_jsonl_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "leeg.jsonl"
    path.write_text("\n\n")
    assert read_error(path).code == "empty"


# --- language, entry point, directories ---------------------------------------------------------


ENGLISH = (
    "1. How many children were on a waiting list for child care on 1 January 2024?\n"
    "2. What measures are you taking to shorten these waiting lists within a year, and when will the plan be ready?\n"
    "ANSWER\n1. On 1 January 2024, 1,240 children were on a waiting list for child care in the municipality.\n"
    "2. We are opening three new locations this year and raising the pay of the staff.\n"
)


def test_non_dutch_text_gets_a_warning_and_is_analyzed_anyway(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH)
    raw = read_path(path)
    assert raw.warnings == (f"{path}: the text does not look Dutch; analyzed anyway, with confidences halved",)
    assert not looks_dutch(ENGLISH)


def test_every_corpus_document_looks_dutch() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        assert looks_dutch(path.read_text(encoding="utf-8")), path.name


def test_read_documents_yields_errors_instead_of_raising(tmp_path: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    big = tmp_path / "big.txt"
    big.write_text("De minister antwoordt. " * 100)
    for entry, code in [(tmp_path / "nope.txt", "not-found"), (binary, "binary")]:
        assert read_error(entry).code == code
    assert [r[1].code for r in read_documents(str(big), 100) if isinstance(r, tuple)] == ["too-large"]
    old_word = tmp_path / "verslag.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    error = read_error(old_word)
    assert error.code == "unsupported-format" and "save it as .docx or PDF" in str(error)


def test_directory_includes_jsonl_pdf_and_docx(tmp_path: Path) -> None:
    text_pdf(tmp_path / "a.pdf", SEED.read_text(encoding="utf-8"))
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": 1, "question": "1. Hoeveel?", "answer": "1. Tien."}) + "\n")
    (tmp_path / "c.txt").write_text(SEED.read_text(encoding="utf-8"))
    (tmp_path / "notes.md").write_text("geen document")
    assert [Path(str(e)).name for e in expand([str(tmp_path)])] == ["a.pdf", "b.jsonl", "c.txt"]
    docs, errors = read_all(tmp_path)
    assert [d.source for d in docs] == [str(tmp_path / "a.pdf"), f"{tmp_path / 'b.jsonl'}#1", str(tmp_path / "c.txt")]
    assert not errors


def test_stdin_through_read_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    data = SEED.read_bytes()

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin())
    (raw,) = read_documents("-", MAX)
    assert isinstance(raw, RawDocument) and raw.source == "-" and ids(raw) == SEED_IDS


def test_scanned_page_inside_a_text_pdf_is_reported(tmp_path: Path) -> None:
    from PIL import Image

    scan = tmp_path / "scan.png"
    Image.new("L", (40, 60), 200).save(scan)
    path = tmp_path / "met-bijlage.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(QUESTIONS + ANSWERS):
        c.drawString(56, HEIGHT - 60 - 14 * i, line)
    c.showPage()
    c.drawImage(str(scan), 56, 200, 400, 600)
    c.showPage()
    c.save()
    raw = read_path(path)
    assert raw.warnings == (f"{path}: page 2: an image without a text layer (scanned?), left out; run OCR to include it",)
    assert ids(raw) == ["1", "2", "3"]


def _lines_at(x: float, width: float, count: int, chars: int = 60, first_order: int = 0) -> list[Piece]:
    return [Piece("x" * chars, x, 780 - 12 * i, width, 10, first_order + i) for i in range(count)]


def test_column_detection_needs_a_gutter_in_the_middle_with_text_on_both_sides() -> None:
    width = WIDTH
    columns = find_columns(_lines_at(56, 230, 40) + _lines_at(310, 230, 40, first_order=100), 0, width)
    assert columns is not None and (columns.gap_start, columns.gap_end) == (286, 310)
    # a letter: body text with a narrow block of sender details on the right is one column
    body = _lines_at(56, 344, 60)
    colophon = _lines_at(440, 100, 16, chars=20, first_order=100)
    assert find_columns(body + colophon, 0, width) is None
    # ordinary full-width text, and text that only fills the left half
    assert find_columns(_lines_at(56, 480, 50), 0, width) is None
    assert find_columns(_lines_at(56, 200, 50), 0, width) is None
    # a table of short figures beside the text is not a second column of text
    assert find_columns(_lines_at(56, 230, 40) + _lines_at(310, 40, 40, chars=6, first_order=100), 0, width) is None
