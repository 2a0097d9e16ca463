"""A saved web page is read as its visible text, one block per line, and segments like a text file."""

from __future__ import annotations

from pathlib import Path

from analyzer.analyze import analyze
from analyzer.read import read_documents, read_path
from analyzer.read_html import html_text

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
