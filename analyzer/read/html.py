"""Reading a saved web page (HTML): its visible text, one line per block, as a user would copy it.

Scripts, styles, the ``<head>`` and comments are left out; every block element (paragraph, heading,
list item, table row, ``<br>``) starts a new line, table cells are joined with ``" | "``, and whitespace
inside a block is collapsed as a browser does (``<pre>`` keeps its own). An item of an ordered list
(``<ol>``) starts with the number the browser draws before it ("1.", "b.", "iv."; ``start``, ``type``
and ``value`` are followed, CSS is not): the number is not in the text, and a question list written as
``<ol>`` would otherwise have no item numbers. Character references are decoded. Offsets of the
analysis point into this text, as they point into the text layer of a PDF.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..listlabels import HTML_TYPES, formatted, whole

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
MAX_LIST_DEPTH = 100  # lists nested deeper than this are not followed (a hostile page; an item there counts in the deepest one)


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
        # open lists, innermost last: for an <ol>, its format and the number its next item gets; None for an <ul>
        self.lists: list[list[str | int] | None] = []
        self.too_deep = 0  # lists opened past MAX_LIST_DEPTH, not on the stack

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
            if tag in ("ol", "ul") and len(self.lists) >= MAX_LIST_DEPTH:
                self.too_deep += 1
            elif tag in ("ol", "ul"):
                found = dict(attrs)
                start = whole(found.get("start"), negative=True)
                fmt = HTML_TYPES.get((found.get("type") or "1").strip(), "decimal")
                self.lists.append([fmt, 1 if start is None else start] if tag == "ol" else None)
            elif tag == "li" and self.lists and (ol := self.lists[-1]) is not None and not self.hidden:
                value = whole(dict(attrs).get("value"), negative=True)
                number = value if value is not None else int(ol[1])
                ol[1] = number + 1
                if label := formatted(number, str(ol[0])):  # (letters and roman numerals have none for 0 or less)
                    self.current.append(f"{label}. ")
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
            elif tag in ("ol", "ul") and self.too_deep:
                self.too_deep -= 1
            elif tag in ("ol", "ul") and self.lists:
                self.lists.pop()

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


# rich text that is no whole web page: an open-data export's field, or a text copied from one. A tag is a whole tag
# ("<p>", "</p>", "<br/>", "<p class=...>"): an e-mail address in angle brackets ("<p.janssens@stad.be>") is none
_BLOCK_TAGS = "p|div|li|ul|ol|br|h[1-6]|table|tr|td|th|tbody|blockquote"
_BLOCK_MARKUP = re.compile(rf"</?(?:{_BLOCK_TAGS})(?:\s[^<>]*)?/?>|<!--", re.I)
_INLINE_MARKUP = re.compile(r"</?(?:span|strong|em|b|i|u|font|sup|sub|a)(?:\s[^<>]*)?/?>", re.I)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.I)
MARKUP_MIN_TAGS = 2  # (one "<b>" in a plain text is no markup)


def markup_text(text: str) -> str | None:
    """The text a reader sees in rich text that is not a whole web page, or ``None`` for plain text.

    Where the markup carries the text's structure (more block tags than line breaks: "<p>1. ...</p><p>2. ...</p>") it
    is read as a web page is (:func:`html_text`). Where the text has lines of its own and a few tags stray in it ("aan
    schepen Jan Smet<br>" over numbered lines, "<b>Vraag 1</b>", a "<br>" in a table cell), the tags are dropped (a block
    tag leaves a space), entities are decoded, and the line breaks stay as written."""
    sample = text[:20000]
    if "<" not in sample:
        return None
    blocks = len(_BLOCK_MARKUP.findall(sample))
    if blocks + len(_INLINE_MARKUP.findall(sample)) < MARKUP_MIN_TAGS:
        return None
    if blocks > sample.count("\n"):
        return html_text(text)
    return decode_entities(_BLOCK_MARKUP.sub(" ", _INLINE_MARKUP.sub("", text)))


def decode_entities(text: str) -> str:
    """Whole character references decoded ("&nbsp;", "&#233;"); "R&notulen" or "&sect2" stay as written."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def html_text(html: str) -> str:
    """The visible text of an HTML page, one block per line."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._break()
    return "\n".join(parser.lines) + ("\n" if parser.lines else "")
