"""Document metadata from the headers: parliament, number, dates, asker (and party), respondent, title.

Only what the text states is reported; anything not found is ``None``, never guessed.
"""

from __future__ import annotations

import re
from datetime import date

from .clean import clean_view
from .model import Metadata, Span
from .segment import Segmentation

MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
# (a PDF may glue the year to the month: "18 november2024")
_DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s*(\d{4})", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")  # "14.5.2025" (the European Parliament's)


def parse_date(s: str) -> date | None:
    m = _DATE.search(s)
    try:
        if m:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        n = _NUMERIC_DATE.search(s)
        return date(int(n.group(3)), int(n.group(2)), int(n.group(1))) if n else None
    except ValueError:
        return None


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" .,;")


def _title_case(name: str) -> str:
    """``TOM ONGENA`` -> ``Tom Ongena`` (names in capitals in Flemish headers); mixed case is kept."""
    if name.isupper():
        return " ".join(
            w.capitalize() if not re.fullmatch(r"(?:VAN|DE|DER|DEN|TER|TEN|VANDE|VAN DER)", w) else w.lower() for w in name.split()
        )
    return name


def extract(text: str, seg: Segmentation) -> Metadata:
    header = clean_view(text, seg.question_header, seg.furniture).text
    ans_header = clean_view(text, seg.answer_header, seg.furniture).text if seg.answer_header else ""
    whole_head = text[: min(len(text), 4000)]
    if seg.layout in ("tk-aanhangsel", "tk-antwoord") or re.search(
        r"Tweede Kamer|Aanhangsel Handelingen|^AH \d+|^\s*Vra(?:ag|gen) van (?:het lid|de leden)\b", whole_head, re.M
    ):
        return _tweede_kamer(f"{header}\n{ans_header}" if ans_header else header, whole_head)
    if _EP_NUMBER.search(text[:800]) and _EP_COMMISSION.search(whole_head) and not _FLEMISH_MARK.search(whole_head):
        return _european(text)
    if _GAZETTE.search(whole_head[:600]):
        return _gazette(text, whole_head)
    return _flemish(text, header, ans_header, seg)


# a Dutch council's gazette (Amsterdam's Gemeenteblad): "Gemeenteblad" / "Schriftelijke vragen" / "Jaar 2020" /
# "Afdeling 1" / "Nummer 1041" / "Datum indiening 10 juli 2020" / "Datum akkoord 14 september 2020" / "Onderwerp" /
# "Beantwoording schriftelijke vragen van de leden Ceder en Flentge inzake ..." / "Aan de gemeenteraad"
_GAZETTE = re.compile(r"^[^\S\n]*Gemeenteblad[^\S\n]*$", re.M)
# the council's town: in the signature, a page header, or the first line ("Gemeente Amsterda m R": split by the PDF)
_GAZETTE_TOWN = (
    re.compile(r"^[^\S\n]*Burgemeester en wethouders van\s+([A-Z][\w'’ -]{1,40}?)[^\S\n]*$", re.M),
    re.compile(r"Jaar\s+\d{4}\s+Gemeente\s+([A-Z][\w'’ -]{1,40}?)(?:\s+R)?[^\S\n]*$", re.M),
    re.compile(r"\A[^\S\n]*Gemeente\s+([A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]+)?)[^\S\n]*$", re.M),
)


def _gazette(text: str, head: str) -> Metadata:
    town = next((m.group(1) for p in _GAZETTE_TOWN if (m := p.search(text)) is not None), None)
    number = re.search(r"^[^\S\n]*Nummer\s+(\d+)[^\S\n]*$", head, re.M)
    filed = re.search(r"^[^\S\n]*Datum indiening\s+(.+)$", head, re.M)
    agreed = re.search(r"^[^\S\n]*Datum (?:akkoord|beantwoording|antwoord)\s+(.+)$", head, re.M)
    # (or on one line: "Schriftelijke vragen, ingekomen op 12 maart 2024, van het lid Jansen (GroenLinks) inzake ... .")
    subject = re.search(
        r"schriftelijke vragen(?:,\s*ingekomen op\s+([^,\n]+),)?\s+van (?:het lid|de leden|raadslid|raadsleden)\s+(.+?)\s+inzake\s+"
        r"(.+?)\s*(?:\.?\s*\n\s*Aan (?:de gemeenteraad|het college)|\n\s*Toelichting|\.\s*$)",
        head,
        re.S | re.I | re.M,
    )
    asker = party = title = None
    if subject is not None:
        who = subject.group(2)
        party = ", ".join(dict.fromkeys(p.strip() for p in re.findall(r"\(([^)]*)\)", who))) or None
        asker = _clean(re.sub(r"\s*\([^)]*\)", "", who))
        title = _clean(subject.group(3))
        if filed is None and subject.group(1):
            filed = subject
    respondent = f"Burgemeester en wethouders van {town}" if town else "Burgemeester en wethouders"
    return Metadata(
        f"Gemeenteraad {town}" if town else "Gemeenteraad",
        number.group(1) if number else None,
        parse_date(filed.group(1) or "") if filed else None,
        parse_date(agreed.group(1)) if agreed else None,
        asker,
        party,
        respondent,
        title,
        number.group(1) if number else None,
    )


# the Flemish Parliament's own header: a question that cites a European one is still Flemish
_FLEMISH_MARK = re.compile(r"SCHRIFTELIJKE VRAAG\s+nr\.|op vraag nr\.?\s*\d|VLAAMS MINISTER|Vlaams minister", re.I)


# a question to the European Commission (or Council): "E-1408/98", "P-3926/02", "E-002417/2025"
_EP_NUMBER = re.compile(r"\b([EPH])-\s?(\d{3,6}/\d{2}(?:\d{2})?)\b")
# (the Commission or the Council itself: not "de Raad van State", "de Commissie Financiën")
_EP_COMMISSION = re.compile(r"\b(?:aan|namens) de (?:Europese )?(?:Commissie|Raad)\b(?!\s+(?:van|voor)\b|\s+[A-Z])")


def _european(text: str) -> Metadata:
    """A written question of the European Parliament, in the Official Journal's form ("SCHRIFTELIJKE VRAAG E-1408/98 van
    Helwin Peter (PSE) aan de Commissie (11 mei 1998) ... Antwoord van de heer Van Miert namens de Commissie (8 juni 1998)")
    or the Parliament's site ("Vraag met verzoek om schriftelijk antwoord E-002417/2025 aan de Commissie ... Anja Verbeek
    (Verts/ALE) ... Indieningsdatum: 14.5.2025 ... Antwoord van de heer Várhelyi namens de Europese Commissie (8.8.2025)")."""
    flat = re.sub(r"\s+", " ", text[:20000])
    number_m = _EP_NUMBER.search(flat)
    number = f"{number_m.group(1)}-{number_m.group(2)}" if number_m else None
    asker = party = None
    who = re.search(r"\b[EPH]-\s?\d{3,6}/\d{2,4} van (.+?) aan de (?:Europese )?(?:Commissie|Raad)\b", flat) or re.search(
        r"Artikel \d+ van het Reglement (.+?\)) Betreft:", flat
    )
    if who:
        parties = re.findall(r"\(([^()]*)\)", who.group(1))
        names = [_title_case(_clean(n)) for n in re.split(r"\s*\([^()]*\)\s*,?\s*", who.group(1)) if _clean(n)]
        names = [" ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in n.split()) for n in names]  # "Helwin PETER"
        asker = ", ".join(dict.fromkeys(names)) or None
        party = ", ".join(dict.fromkeys(parties)) or None
    qdate = adate = None
    filed = re.search(r"Indieningsdatum: (\S+)", flat) or re.search(
        r"aan de (?:Europese )?(?:Commissie|Raad) \((\d{1,2} \w+ \d{4})\)", flat
    )
    if filed:
        qdate = parse_date(filed.group(1))
    respondent = None
    answer = re.search(
        r"Antwoord (?:gegeven )?(?:van|door) (?:de heer |mevrouw |commissaris )?(.+?) namens de (Europese Commissie|Commissie|Raad)(?: \(([^)]{6,20})\))?",
        flat,
    )
    if answer:
        respondent = f"{_clean(answer.group(1))} ({answer.group(2)})"
        if answer.group(3):
            adate = parse_date(answer.group(3))
    title = re.search(r"Betreft: (.+?)(?= [A-Z0-9][^ ]* [a-z]| \d+\. |$)", flat)
    return Metadata(
        "Europees Parlement", number, qdate, adate, asker, party, respondent, _clean(title.group(1))[:200] if title else None, number
    )


def _tweede_kamer(header: str, head: str) -> Metadata:
    number = None
    # "AH 613" and "2024Z14814" stand on lines of their own, or lead the text when line breaks were lost
    # (a text converted to Markdown keeps its marks: "**regering gegeven antwoorden** ### 302")
    m = re.search(r"regering gegeven antwoorden[\s*#]+(\d{1,5})\b", header) or re.search(r"^\s*AH\s+(\d{1,5})(?=\s|$)", head, re.M)
    if m:
        number = m.group(1)
    else:
        z = re.search(r"^\s*(\d{4}Z\d{5})(?=\s|$)", head, re.M)
        number = z.group(1) if z else None
    asker = party = title = None
    qdate = adate = None
    respondent = None
    m = re.search(r"Vra(?:ag|gen) van (?:het lid|de leden)\s+(.+?)\s+aan\s+(?:de|het)\s+(.+?)(?:\(ingezonden\s+([^)]*)\)|$)", header, re.S)
    if m:
        who = m.group(1)
        parties = [p.strip() for p in re.findall(r"\(([^)]*)\)", who)]
        parties = [re.sub(r"^beiden\s+", "", p) for p in parties]
        # (a name glued by the PDF at a lost line break, "DaniëlleJansen"; not a party, "ChristenUnie")
        asker = _clean(re.sub(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý][a-zà-ÿ])", " ", re.sub(r"\s*\([^)]*\)", "", who)))
        party = ", ".join(dict.fromkeys(parties)) or None
        rest = m.group(2)
        t = re.search(r"\bover\s+(.+)$", rest, re.S)
        if t:
            # (Markdown marks: "_spreekkamer»")
            title = _clean(re.sub(r"(?<!\w)[_*]+|[_*]+(?!\w)", "", t.group(1)))
        if m.group(3):
            qdate = parse_date(m.group(3))
    m = re.search(r"(?:Antwoord|Mededeling) van\s+(.+?)\s*\((?:ontvangen\s+)+([^)]*)\)", header, re.S)
    if m:
        respondent = _clean(m.group(1))
        adate = parse_date(m.group(2))
    elif (m2 := re.search(r"(?:Antwoord|Mededeling) van\s+(.+?)(?:\.\s|$)", header)) is not None:
        respondent = _clean(m2.group(1))
    # the question's own number (not the Aanhangsel's): "2024Z14814" on a line of its own in the head
    own = re.search(r"(?:^|^\s*AH\s+\d{1,5}\s+)\s*(\d{4}Z\d{5})(?=\s|$)", head, re.M)  # also when line breaks were lost
    return Metadata(
        "Tweede Kamer der Staten-Generaal", number, qdate, adate, asker, party, respondent, title, own.group(1) if own else None
    )


def _flemish_respondent(lines: list[str], caps_block: bool = False) -> str | None:
    """``aan NAAM`` and the capitalised function lines under it: ``Naam (FUNCTIE ...)``.

    With ``caps_block`` the lines are the answer header: the capitals above ``ANTWOORD``.
    """
    for i, ln in enumerate(lines):
        m = re.match(r"\s*aan\s+(.+?)\s*$", ln, re.S)
        if not m:
            continue
        block = m.group(1).splitlines() if caps_block else [m.group(1), *lines[i + 1 :]]
        name = block[0].strip()
        if caps_block and name.upper().startswith("ANTWOORD"):
            return None
        function: list[str] = []
        for nxt in block[1:]:
            t = nxt.strip()
            if not t or not _caps(t) or t.upper().startswith("ANTWOORD"):
                break
            function.append(t)
        if not name or not _caps(name):
            return None
        return _title_case(_clean(name)) + (f" ({_clean(' '.join(function))})" if function else "")
    return None


# the Flemish header fields, each on a line of its own in the original layout
_HEADER_FIELDS = re.compile(r"\s+(?=nr\.?\s*\d|van\s+[A-ZÀ-Ý]{2}|datum:|aan\s+[A-ZÀ-Ý]{2})")


def _relined_header(line: str) -> list[str]:
    """A Flemish header whose line breaks were lost, back on its lines: the fields, the respondent's name,
    the function in capitals, and what follows it (the title)."""
    lines = _HEADER_FIELDS.split(line)
    for i, ln in enumerate(lines):
        m = re.match(r"aan\s+((?:[A-ZÀ-Ý'’.-]{2,}\s+)+?)((?:VICE)?-?(?:MINISTER|VLAAMS|STAATSSECRETARIS|VOORZITTER)\b.*)$", ln, re.S)
        if m is None:
            continue
        function = re.match(r"(?:[A-ZÀ-Ý0-9'’.,&()/-]+\s+)*[A-ZÀ-Ý0-9'’.,&()/-]+(?=\s+[A-ZÀ-Ý]?[a-zà-ÿ]|\s*$)", m.group(2))
        if function is None:
            return lines
        rest = m.group(2)[function.end() :].strip()
        return [*lines[:i], "aan " + m.group(1).strip(), function.group(), *([rest] if rest else []), *lines[i + 1 :]]
    return lines


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _flemish(text: str, header: str, ans_header: str, seg: Segmentation) -> Metadata:
    number = asker = respondent = title = None
    qdate = None
    flemish = bool(re.search(r"SCHRIFTELIJKE VRAAG", header) or re.search(r"op vraag nr", ans_header, re.I))
    m = re.search(r"SCHRIFTELIJKE VRAAG\s+nr\.?\s*(\d+)", header)
    m2 = re.search(r"op vraag nr\.?\s*(\d+)(?:\s+van\s+(\d{1,2}\s+\w+\s+\d{4}))?(?:\s+van\s+([A-ZÀ-Ý][^\n]+?))?\s*$", ans_header, re.I)
    if m:
        number = m.group(1)
    elif m2:
        number = m2.group(1)
    d = re.search(r"datum:\s*(\d{1,2}\s+\w+\s+\d{4})", header)
    if d:
        qdate = parse_date(d.group(1))
    elif m2 and m2.group(2):
        qdate = parse_date(m2.group(2))
    a = re.search(r"SCHRIFTELIJKE VRAAG\s+nr\.?\s*\d+\s+van\s+(.+?)\s+datum:", header)
    if a:
        asker = _title_case(_clean(a.group(1)))
    elif m2 and m2.group(3):
        asker = _title_case(_clean(m2.group(3)))
    head_lines = text[seg.question_header.start : seg.question_header.end].splitlines()
    if len(head_lines) == 1 and len(head_lines[0]) > 200:
        head_lines = _relined_header(head_lines[0])  # a header whose line breaks were lost
    respondent = _flemish_respondent(head_lines)
    if respondent is None and seg.answer_header is not None:
        respondent = _flemish_respondent(["aan " + text[seg.answer_header.start : seg.answer_header.end]], caps_block=True)
    # The title: "Onderwerp  -  Deelonderwerp" on its own line in the header (or the first line).
    for ln in head_lines or text[:300].splitlines()[:2]:
        if len(ln) > 200:
            continue  # a whole paragraph on one line: where its title ends is not stated
        if re.search(r"\S\s{1,3}[-–]\s{1,3}\S", ln) and not re.search(r"\d\s*-\s*\d", ln):
            title = _clean(ln)
            break
    if title is None and not seg.question_header.end - seg.question_header.start:
        first = text[: seg.question_span.start + 300].strip().splitlines()
        if first and len(first[0]) <= 200 and re.search(r"\S\s+[-–]\s+\S", first[0]):
            title = _clean(first[0])
    party = None
    # a municipal form: "Indiener: M. Hendrickx Datum indiening: 22 maart 2025"
    form = re.search(r"\bIndiener:\s*(.+?)\s*(?=Datum indiening:|Vraag:|$)", text[: seg.question_span.end], re.M)
    if asker is None and form is not None:
        asker, party = _signed(form.group(1))
    filed = re.search(r"\bDatum indiening:\s*(\d{1,2}\s+\w+\s+\d{4})", text[: seg.question_span.end])
    if qdate is None and filed is not None:
        qdate = parse_date(filed.group(1))
    if asker is None and seg.signature is not None:
        asker, party = _signed(text[seg.signature.start : seg.signature.end])
    if seg.speakers is not None:  # a transcript: who speaks first asks, who answers is the respondent
        if asker is None:
            asker, party = _signed(_speaker(text, seg.speakers[0]))
        if respondent is None:
            respondent = _signed(_speaker(text, seg.speakers[1]))[0]
    if respondent is None and not flemish:
        college = re.search(r"\b[Cc]ollege van burgemeester en (?:schepenen|wethouders)\b", text)
        respondent = "C" + college.group()[1:] if college else None
    return Metadata("Vlaams Parlement" if flemish else None, number, qdate, None, asker, party, respondent, title, number)


def _speaker(text: str, label: Span) -> str:
    """The name (and party) of a speaker label: ``01.02 An Peeters (cd&v):`` -> ``An Peeters (cd&v)``."""
    return re.sub(r"^\s*\d{2}\.\d{2}\s+|\s*:\s*$", "", text[label.start : label.end])


def _signed(signature: str) -> tuple[str | None, str | None]:
    """The asker and party of a signature: ``Met vriendelijke groet, Jan de Vries (D66)`` -> Jan de Vries, D66."""
    s = re.sub(
        r"^(?:(?:Met\s+)?(?:[Vv]riendelijke|[Hh]artelijke)\s+groet(?:en)?|Hoogachtend|Namens\s+de\s+fractie\s+van)[,:]?\s*", "", signature
    )
    parties = re.findall(r"\(([^()]*)\)", s)
    name = _clean(re.sub(r"\([^()]*\)", " ", s))
    name = re.sub(r"\s+(?:" + "|".join(MONTH_NAMES) + r")(?:\s+\d{4})?$", "", name, flags=re.I)  # "... Maart"
    name = re.sub(r"\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$", "", name)  # "... 21/04/2025"
    name = " ".join(_title_case(w) if len(w) > 2 else w for w in name.split())  # "Marc HENDRICKX"
    return (name or None), (", ".join(parties) or None)


__all__ = ["extract", "parse_date"]
