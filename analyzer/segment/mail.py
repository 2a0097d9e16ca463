"""A reply on top of the mail it answers: the answer above, the question below in the quoted message (or a letter that
answers above the annex that holds the questions).

A council member's written question often reaches its answer by mail, and a secretariat forwards the answer the way mail
is written: the answer first, then "-----Oorspronkelijk bericht-----" and the member's mail with the questions. Read in
order, the answer would stand before its question; read as a reply, the quoted mail is the question and the text above it
the answer (spans stay offsets into the text as written, the answer's before the question's).
"""

from __future__ import annotations

import re

from .lines import Frag

# the line that opens the quoted message: Outlook's "-----Oorspronkelijk bericht-----" ("Original Message", a forward's
# "Doorgestuurd bericht"), or a client's "Op 24 feb. 2025 om 21:43 schreef Ilse Cooreman <...>:" ("On ... wrote:")
_SEPARATOR = re.compile(
    r"[^\S\n]*-{2,}[^\S\n]*(?:oorspronkelijk(?:e)?[^\S\n]+bericht|original[^\S\n]+message|doorgestuurd(?:e)?[^\S\n]+bericht"
    r"|forwarded[^\S\n]+message)[^\S\n]*-{2,}[^\S\n]*",
    re.I,
)
# ... or the annex of a letter that answers, holding the questions it answers: "Bijlage: schriftelijke vragen nr. 19 (2025) van
# mevrouw S. Dijkstra (GroenLinks), ingediend 13 januari 2025" (the letter's "Ad 1." ... above it)
_ANNEX = re.compile(
    r"[^\S\n]*bijlage[^\S\n]*\d*[^\S\n]*[:.-]?[^\S\n]*(?:de[^\S\n]+)?(?:schriftelijke[^\S\n]+|gestelde[^\S\n]+)?vragen\b[^\n]*", re.I
)
_WROTE = re.compile(r"[^\S\n]*(?:op|on)\b[^\n]{5,200}\b(?:schreef|wrote)\b[^\n]*:[^\S\n]*", re.I)
# a field of a mail's header block ("Van: ...", "Verzonden: ...", "Onderwerp: ...")
_FIELD = re.compile(
    r"[^\S\n]*(?:van|from|verzonden|sent|datum|date|aan|to|cc|bcc|onderwerp|subject|bijlagen?|attachments?|prioriteit)[^\S\n]*:",
    re.I,
)
_FROM = re.compile(r"[^\S\n]*(?:van|from)[^\S\n]*:[^\S\n]*\S", re.I)
_ASKS = re.compile(r"\?|\b(?:graag|gelieve)\b", re.I)
_ANSWER_LABEL = re.compile(r"[^\S\n]*(?:antwoord|beantwoording|reactie)\b", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_ANSWER_WORDS = 30  # prose above the quoted mail that can be an answer, not "Zie hieronder." or a bare forward


def _separator(frags: list[Frag]) -> int | None:
    """The index of the first line that opens a quoted message: a separator line, a "... schreef ...:" line, or a header
    block ("Van:" with at least two more fields right under it) that is not the text's own first lines."""
    for i, f in enumerate(frags):
        if _SEPARATOR.fullmatch(f.text) or _WROTE.fullmatch(f.text) or (i > 0 and _ANNEX.fullmatch(f.text)):
            return i
        if i > 0 and _FROM.match(f.text) and sum(1 for g in frags[i + 1 : i + 5] if _FIELD.match(g.text)) >= 2:
            if all(_FIELD.match(g.text) for g in frags[:i]):
                continue  # (the forward's own header block, at the top)
            return i
    return None


def _header_end(frags: list[Frag], start: int) -> int:
    """The index of the first line after the header fields from ``start`` on (and the field lines wrapped under them)."""
    i = start
    while i < len(frags) and (_FIELD.match(frags[i].text) or (i > start and i < start + 8 and frags[i].text.startswith((" ", "\t")))):
        i += 1
    return i


def reply_on_top(frags: list[Frag]) -> tuple[list[Frag], list[Frag]] | None:
    """The question's lines (the quoted mail, its header fields left out) and the answer's (the text above it, the top
    header block left out), when the text is a reply written above the mail that asks; else None.

    A reply only where the quoted mail asks something (a question mark or a request) and holds no answer label of its own
    ("Antwoord", a forward of a whole answer document), and the text above it asks less than the quoted mail and says at
    least a few sentences (``MIN_ANSWER_WORDS`` words)."""
    k = _separator(frags)
    if k is None:
        return None
    below = frags[_header_end(frags, k + 1 if not _FROM.match(frags[k].text) else k) :]
    above = frags[_header_end(frags, 0) : k]
    if not below or not above:
        return None
    asked_below = sum(len(_ASKS.findall(f.text)) for f in below)
    asked_above = sum(len(_ASKS.findall(f.text)) for f in above)
    if asked_below == 0 or asked_above >= asked_below:
        return None
    if any(_ANSWER_LABEL.match(f.text) for f in below):
        return None
    if sum(len(_WORD.findall(f.text)) for f in above) < MIN_ANSWER_WORDS:
        return None
    return below, above
