"""A saved web page is read as its visible text, one block per line, and segments like a text file."""

from __future__ import annotations

from pathlib import Path

from analyzer.analyze import analyze
from analyzer.read import read_documents, read_path
from analyzer.read.html import html_text

PAGE = """<!DOCTYPE html>
<html><head><title>Vraag</title><style>p { color: red }</style><script>var x = "Vraag 9";</script></head>
<body><nav><a href="/">Home</a></nav>
<h1>Schriftelijke vraag</h1>
<p>Vragen van het lid Jansen over de   bibliotheek.</p>
<h2>Vraag 1</h2><p>Kent u het bericht &laquo;Bibliotheek dicht&raquo;?</p>
<h2>Antwoord 1</h2><p>Ja.</p>
<h2>Vraag 2</h2><p>Hoeveel bibliotheken<br>sloten er in 2024?</p>
<h2>Antwoord 2</h2><table><tr><td>Provincie</td><td>Aantal</td></tr><tr><td>Utrecht</td><td>3</td></tr></table>
<!-- Vraag 3 -->
</body></html>
"""


def test_visible_text_one_block_per_line() -> None:
    text = html_text(PAGE)
    assert "Vraag 9" not in text and "color" not in text and "Vraag 3" not in text
    assert "Vragen van het lid Jansen over de bibliotheek." in text.splitlines()
    assert "Kent u het bericht «Bibliotheek dicht»?" in text.splitlines()
    assert "Provincie | Aantal" in text.splitlines()
    lines = text.splitlines()
    assert lines[lines.index("Hoeveel bibliotheken") + 1] == "sloten er in 2024?"


def test_a_saved_page_is_analyzed(tmp_path: Path) -> None:
    path = tmp_path / "vraag.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = analyze(read_path(path))
    assert [i.id for i in doc.items] == ["1", "2"]
    assert doc.text[doc.items[0].span.start : doc.items[0].span.end] == "Kent u het bericht «Bibliotheek dicht»?"


def test_a_page_without_its_suffix_and_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(PAGE, encoding="utf-8")
    assert "<h1>" not in read_path(tmp_path / "page").text
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "vraag.htm").write_text(PAGE, encoding="utf-8")
    docs = list(read_documents(str(tmp_path / "dir")))
    assert len(docs) == 1 and not isinstance(docs[0], tuple)


OL_PAGE = """<!doctype html><html><head><title>Schriftelijke vraag</title></head><body>
<h1>Schriftelijke vraag nr. 412 van 3 maart 2025 van Jan Peeters aan de minister van Onderwijs</h1>
<p>De minister kondigde een hervorming van de leerlingenbegeleiding aan.</p>
<ol><li>Hoeveel scholen nemen deel aan het proefproject?</li><li>Wanneer wordt het project geëvalueerd?<ol type="a">
<li>Wie voert de evaluatie uit?</li><li>Worden de resultaten openbaar gemaakt?</li></ol></li>
<li>Welk budget is er voorzien?</li></ol>
<h2>Antwoord</h2>
<ol><li>Er nemen 42 scholen deel.</li><li>Het project wordt in juni 2026 geëvalueerd.<ol type="a">
<li>Een extern bureau voert de evaluatie uit.</li><li>Ja, de resultaten worden gepubliceerd.</li></ol></li>
<li>Er is 1,2 miljoen euro voorzien.</li></ol>
</body></html>
"""


def test_an_ordered_list_is_read_with_the_numbers_the_browser_draws() -> None:
    # the numbers of an <ol> are not in the page's text: without them a question list written as <ol> has no item numbers
    page = (
        '<ol start="3"><li>drie</li><li value="7">zeven</li><li>acht</li></ol>'
        '<ol type="I"><li>een</li><li>twee<ol type="A"><li>a</li></ol></li></ol>'
        '<ul><li>een punt</li></ul><ol start="x" type="?"><li>onbekend</li></ol><ol type="a" start="0"><li>nul</li></ol>'
    )
    assert html_text(page).splitlines() == [
        "3. drie", "7. zeven", "8. acht", "I. een", "II. twee", "A. a", "een punt", "1. onbekend", "nul",
    ]  # fmt: skip
    # lists nested past any sensible depth are not followed (an item there counts in the deepest list followed), and the
    # lists around them still close: the list after them starts at 1
    deep = "<ol>" * 150 + "<li>diep</li><li>dieper</li>" + "</ol>" * 150 + "<ol><li>daarna</li></ol>"
    assert html_text(deep).splitlines() == ["1. diep", "2. dieper", "1. daarna"]


def test_a_question_list_written_as_an_ordered_list_gives_its_items(tmp_path: Path) -> None:
    path = tmp_path / "vraag-412.html"
    path.write_text(OL_PAGE, encoding="utf-8")
    doc = analyze(read_path(path))
    assert [i.id for i in doc.items] == ["1", "2", "2a", "2b", "3"]
    assert doc.text[doc.items[3].span.start : doc.items[3].span.end] == "Worden de resultaten openbaar gemaakt?"
