"""Speaker turns: oral questions in a committee transcript or council minutes, each turn opened by who speaks."""

from __future__ import annotations

import pytest

from analyzer.analyze import analyze
from analyzer.model import RawDocument

from .helpers import answer_text, at, doc_of, item

COMMITTEE = """Commissie voor Sociale Zaken
Integraal verslag

01 Vraag van mevrouw An Peeters aan Frank Vandenbroucke (VEM Sociale Zaken) over "De wachttijden in de kinderpsychiatrie" (55012345C)

01.01 De voorzitter: Mevrouw Peeters heeft het woord.

01.02 An Peeters (cd&v): Mijnheer de minister, de wachtlijsten in de kinderpsychiatrie blijven lang. Hoeveel kinderen staan er vandaag op een wachtlijst? Plant u bijkomende bedden in 2026?

01.03 Minister Frank Vandenbroucke: Mevrouw Peeters, vandaag wachten 1.240 kinderen op een opname. In 2026 komen er 48 bijkomende bedden bij, verspreid over vijf ziekenhuizen.

01.04 An Peeters (cd&v): Dank u voor uw antwoord. Waarom heeft het zo lang geduurd? Ik blijf het opvolgen.

Het incident is gesloten.
"""

MINUTES = """Gemeente Zonnebeke
Zitting van 12 maart 2025

Argumentatie

Els De Smet (Open Vld): Wanneer wordt het fietspad in de Stationsstraat heraangelegd?

Jan Claeys (burgemeester): De werken starten in september en duren drie maanden.

BESLUIT: Goedkeuring notulen
eenparig aangenomen.

Piet Verhaeghe (N-VA): Hoeveel bezoekers telde de bibliotheek vorig jaar?

Schepen Lies Maes: Vorig jaar kwamen er 41.250 bezoekers, 6 procent meer dan het jaar voordien.
"""


@pytest.mark.parametrize("flat", [False, True])
def test_a_committee_question_is_asked_in_one_turn_and_answered_in_the_ministers(flat: bool) -> None:
    doc = doc_of(COMMITTEE, flat=flat)
    assert [i.id for i in doc.items] == ["1", "2"]
    assert at(doc, item(doc, "1").span).startswith("Hoeveel kinderen")
    # the minister's turn answers both; the chair's turn and the asker's reply are neither question nor answer
    for ident in ("1", "2"):
        answer = answer_text(doc, ident)
        assert "1.240 kinderen" in answer and "48 bijkomende bedden" in answer
        assert "Dank u" not in answer and "heeft het woord" not in answer
    assert not any("Waarom heeft het zo lang geduurd" in at(doc, i.span) for i in doc.items)
    # who asks and who answers, for the summaries per asker and per minister
    assert (doc.metadata.asker, doc.metadata.asker_party) == ("An Peeters", "cd&v")
    assert doc.metadata.respondent is not None and doc.metadata.respondent.endswith("Frank Vandenbroucke")


@pytest.mark.parametrize("flat", [False, True])
def test_council_minutes_hold_one_exchange_per_question_and_stop_at_the_decision(flat: bool) -> None:
    doc = doc_of(MINUTES, flat=flat)
    assert [i.id for i in doc.items] == ["1", "2"]
    first, second = answer_text(doc, "1"), answer_text(doc, "2")
    assert first.startswith("De werken starten in september") and "BESLUIT" not in first
    assert "41.250 bezoekers" in second and "september" not in second


def test_a_question_nobody_answers_in_the_text_is_no_transcript() -> None:
    # one speaker only: a signed question, not a conversation; with no answer it stays a question without answer
    text = "Vraag over de bibliotheek\n\nPiet Verhaeghe (N-VA): Hoeveel bezoekers telde de bibliotheek vorig jaar?\n"
    doc = analyze(RawDocument("<test>", text))
    assert doc.open and [i.id for i in doc.items] == ["1"]


def test_header_fields_with_a_colon_are_no_speakers() -> None:
    # "Schriftelijke Vraag:" and "Antwoord Bestuurscollege:" are labels of a written question, read as before
    text = (
        "Schriftelijke Vraag: de bibliotheek\n"
        "Hoeveel bezoekers telde de bibliotheek vorig jaar?\n"
        "Antwoord Bestuurscollege:\n"
        "Vorig jaar kwamen er 41.250 bezoekers.\n"
    )
    doc = doc_of(text)
    assert [i.id for i in doc.items] == ["1"]
    assert answer_text(doc, "1").startswith("Vorig jaar kwamen")
    assert not any("speaker turns" in w for w in doc.warnings)


FLOOR = """Commissie voor Brussel en de Vlaamse Rand
Vraag om uitleg over de fietsroutes

De voorzitter: De heer Peeters heeft het woord.

Jan Peeters (N-VA)

Minister, de fietsroutes naar de Rand zijn onderbroken. Wanneer wordt de brug hersteld? Hoeveel kost dat?

Minister Ben Weyts heeft het woord.

Minister Ben Weyts

De brug wordt in juni hersteld. De werken kosten 1,2 miljoen euro.

De heer Peeters heeft het woord.

Jan Peeters (N-VA)

Dank u voor het antwoord.
"""


@pytest.mark.parametrize("flat", [False, True])
def test_a_report_where_the_chair_gives_the_floor_names_the_speaker_on_the_next_line(flat: bool) -> None:
    # the Flemish Parliament's reports: "X heeft het woord." and then the speaker's name without a colon
    doc = doc_of(FLOOR, flat=flat)
    assert [i.id for i in doc.items] == ["1", "2"]
    for ident in ("1", "2"):
        answer = answer_text(doc, ident)
        assert answer.startswith("De brug wordt in juni hersteld") and "1,2 miljoen" in answer
        assert "heeft het woord" not in answer and "Dank u" not in answer
    assert doc.metadata.asker == "Jan Peeters" and doc.metadata.respondent == "Minister Ben Weyts"


REPORTED = """Gemeenteraad van 13 september

Nog even wachten op autodelen

Filip Lombaert (Groen) vroeg hoever het staat met het autodeelproject. "Het project ging nog niet van start. Wanneer mogen we dit verwachten?"

Schepen Kurt Himpe (N-VA) antwoordt dat de offertes zijn opgevraagd. "Het project start in het voorjaar van 2017."
"""


def test_a_council_report_names_each_speaker_with_a_party_and_what_they_do() -> None:
    # "Name (Party) vroeg ..." / "Schepen Name (Party) antwoordt ...": no colon, the bracketed party and a verb
    doc = doc_of(REPORTED)
    assert [i.id for i in doc.items] == ["1"]
    assert at(doc, item(doc, "1").span).startswith("Wanneer mogen we dit verwachten")
    assert "voorjaar van 2017" in answer_text(doc, "1")
    assert (doc.metadata.asker, doc.metadata.asker_party) == ("Filip Lombaert", "Groen")


def test_two_members_asking_before_anyone_answers_are_questions_not_an_answer() -> None:
    asked = (
        "Vragen van raadsleden, gemeenteraad 12 maart 2025\n\n"
        "Jan Peeters (N-VA): Wanneer wordt het fietspad in de Stationsstraat heraangelegd?\n\n"
        "Els Claes (Groen): Hoeveel bezoekers telde de bibliotheek vorig jaar?\n"
    )
    doc = analyze(RawDocument("<test>", asked))
    assert doc.open and [i.id for i in doc.items] == ["1", "2"]  # nobody answered: still open
    answered = asked + "\nSchepen Lies Maes: Het fietspad wordt in september heraangelegd. De bibliotheek telde 41.250 bezoekers.\n"
    doc = doc_of(answered)
    assert [i.id for i in doc.items] == ["1", "2"]
    assert all(answer_text(doc, i).startswith("Het fietspad wordt in september") for i in ("1", "2"))
    assert doc.metadata.asker == "Jan Peeters"


def test_an_exchange_quoted_in_a_questions_background_is_no_transcript() -> None:
    text = (
        "Schriftelijke vraag over de evaluatie van het fietsbeleid\n\n"
        'In de commissie van 3 maart was het al aan de orde. Jan Peeters (N-VA) vroeg toen: "Komt er een evaluatie?"\n'
        "Minister Ben Weyts (N-VA) antwoordde dat die er komt. Daarom heb ik volgende vragen:\n"
        "1. Wanneer start de evaluatie?\n2. Wie voert ze uit?\n3. Wat kost ze?\n"
    )
    doc = analyze(RawDocument("<test>", text))
    assert doc.open and [i.id for i in doc.items] == ["1", "2", "3"]


def test_names_with_a_colon_inside_restated_answers_are_figures_not_speakers() -> None:
    text = (
        "Beantwoording van de vragen van het raadslid Peeters over schoolsubsidies\n\n"
        "1. Welke scholen krijgen een subsidie voor schoolbuurten?\nTwee scholen krijgen een subsidie:\n"
        "Sint Jozef: 12.000 euro\nDon Bosco: 8.000 euro\n\n"
        "2. Wanneer wordt de subsidie uitgebetaald?\nSint Jozef: in juni 2025\nDon Bosco: in september 2025\n\n"
        "3. Komen er volgend jaar nog scholen bij?\nJa, in 2026 komen er drie scholen bij.\n"
    )
    doc = doc_of(text)
    assert doc.layout == "restated" and [i.id for i in doc.items] == ["1", "2", "3"]


def test_a_list_in_an_answer_turn_does_not_end_the_turn() -> None:
    text = (
        "Commissie voor Binnenlandse Zaken\n\n"
        "An Peeters (cd&v): Welke maatregelen neemt u om de wachttijden bij de loketten te verkorten? Hoeveel kosten ze?\n\n"
        "Minister Ben Weyts: Mevrouw Peeters, we nemen de volgende maatregelen:\n\n"
        "- extra personeel aan de loketten\n- een nieuwe afsprakenmodule\n\n"
        "Deze maatregelen kosten samen 2 miljoen euro.\n"
    )
    doc = doc_of(text)
    assert "2 miljoen euro" in answer_text(doc, "2")
