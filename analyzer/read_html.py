"""Reading a saved web page (HTML): its visible text, one line per block, as a user would copy it.

Scripts, styles, the ``<head>`` and comments are left out; every block element (paragraph, heading,
list item, table row, ``<br>``) starts a new line, table cells are joined with ``" | "``, and whitespace
inside a block is collapsed as a browser does (``<pre>`` keeps its own). Character references are
decoded. Offsets of the analysis point into this text, as they point into the text layer of a PDF.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# elements whose start and end break the line
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer"),
        *("form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"),
        *("table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "details", "summary"),
    }
)
# elements whose content is not visible text
HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object"})
CELLS = frozenset({"td", "th"})


def looks_like_html(data: bytes) -> bool:
    """A saved web page, whatever its suffix: it opens with a doctype or an ``<html>`` tag."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.hidden = 0
        self.pre = 0
        self.cells = 0

    def _break(self) -> None:
        line = "".join(self.current)
        line = line.strip() if self.pre else re.sub(r"\s+", " ", line).strip()
        if line:
            self.lines.append(line)
        self.current = []
        self.cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self._break()
        elif tag in BLOCKS:
            self._break()
            self.pre += tag == "pre"
        elif tag in CELLS:
            if self.cells:
                self.current.append(" | ")
            self.cells += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self._break()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            for k, piece in enumerate(data.split("\n")):
                if k:
                    self._break()
                self.current.append(piece)
            return
        self.current.append(data)


def html_text(html: str) -> str:
    """The visible text of an HTML page, one block per line."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._break()
    return "\n".join(parser.lines) + ("\n" if parser.lines else "")
