"""Verdicts on real snippets: context decides, references are followed, evidence points into the text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.analyze import Analyzer, Result
from analyzer.model import RawDocument

from .helpers import CORPUS


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def judge(analyzer: Analyzer, text: str) -> Result:
    return analyzer.check(RawDocument("<test>", text))


def verdicts(result: Result) -> dict[str, str]:
    return {j.item_id: j.verdict for j in result.judgement.items}


def verdict_of(analyzer: Analyzer, question: str, answer: str) -> str:
    """The verdict of a one-item document, "Vraag 1" with ``question``, "Antwoord 1" with ``answer`` (the item must be the only one)."""
    (item,) = judge(analyzer, f"Vraag 1\n{question}\n\nAntwoord 1\n{answer}\n").judgement.items
    assert item.item_id == "1"
    return item.verdict


def test_seed_document_matches_gold_on_most_items(analyzer: Analyzer) -> None:
    result = analyzer.check(RawDocument("seed", (CORPUS / "vp-785-2023.txt").read_text(encoding="utf-8")))
    gold = {i["id"]: i["verdict"] for i in json.loads((CORPUS / "vp-785-2023.gold.json").read_text(encoding="utf-8"))["items"]}
    got = verdicts(result)
    agree = [i for i in gold if got.get(i) == gold[i]]
    assert len(agree) >= 16, {i: (gold[i], got.get(i)) for i in gold if got.get(i) != gold[i]}
    assert got["10"] == "answered"  # "geen aparte monitoring" IS the answer to "Beschikt VDAB over ...?"
    assert got["3c"] == "declined"  # not addressed at all
    assert got["2"] == "declined" and got["4b"] == "declined"  # no data; "Zie antwoord 2" followed


# one Flemish item: the question, the answer heading and header, the answer
ONE_ITEM = """1. {question}
 ANTWOORD
op vraag nr. 1 van 3 juli 2023
van TOM ONGENA
1. {answer}
"""
NO_MONITORING = ONE_ITEM.replace("{answer}", "VDAB heeft geen aparte monitoring over het bereiken van herintreders.")


def test_the_same_words_decline_a_count_and_answer_a_yes_no_question(analyzer: Analyzer) -> None:
    count = judge(analyzer, NO_MONITORING.format(question="Hoeveel herintreders bereikte VDAB in 2022?"))
    polar = judge(analyzer, NO_MONITORING.format(question="Beschikt VDAB over een monitoringsysteem voor herintreders?"))
    assert verdicts(count) == {"1": "declined"}
    assert verdicts(polar) == {"1": "answered"}
    finding = count.judgement.item("1").findings[0]
    assert finding.rule == "declined.no-data" and finding.category == "no_data"


def test_findings_point_into_the_original_text(analyzer: Analyzer) -> None:
    text = NO_MONITORING.format(question="Hoeveel herintreders bereikte VDAB in 2022?")
    f = judge(analyzer, text).judgement.item("1").findings[0]
    assert text[f.start : f.end] == f.match == "geen aparte monitoring"
    line = text.splitlines()[f.line - 1]
    assert line[f.col - 1 :].startswith("geen aparte monitoring")


def test_one_ask_answered_and_one_declined_is_partial(analyzer: Analyzer) -> None:
    text = (
        "1. Kunnen thuiswerkende ouders een beroep doen op gratis treintickets?\n\n"
        "Zo ja, hoe vaak hebben ze daarop een beroep gedaan in de periode 2021 tot nu?\n"
        " ANTWOORD\nop vraag nr. 785 van 3 juli 2023\nvan TOM ONGENA\n"
        "1. Zij hebben inderdaad recht op gratis treintickets om te solliciteren. VDAB heeft geen aparte "
        "monitoring over het bereiken van herintreders en kan dus geen antwoord geven op deze vraag.\n"
    )
    j = judge(analyzer, text).judgement.item("1")
    assert j.verdict == "partial"
    assert [a.verdict for a in j.asks] == ["answered", "declined"]
    assert [a.type for a in j.asks] == ["polar", "quantity"]


def test_follow_up_that_does_not_apply_is_moot(analyzer: Analyzer) -> None:
    text = "Vraag 1\nHeeft u plannen om de regeling uit te breiden? Zo ja, wanneer?\nAntwoord 1\nNee, daar zijn geen plannen voor.\n"
    j = judge(analyzer, text).judgement.item("1")
    assert j.verdict == "answered" and [a.verdict for a in j.asks] == ["answered", "moot"]


def test_a_corrective_opener_is_a_no_and_makes_the_yes_follow_up_moot(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nDeelt u de opvatting dat de wachttijden onaanvaardbaar zijn? Zo ja, welke maatregelen neemt u?\n"
        "Antwoord 1\nIk deel deze opvatting niet. De wachttijden liggen binnen de norm van de sector.\n"
    )
    j = judge(analyzer, text).judgement.item("1")
    assert [a.verdict for a in j.asks][1] == "moot"


def test_the_reason_under_zo_nee_answers_every_yes_no_ask_it_depends_on(analyzer: Analyzer) -> None:
    from analyzer.judge import AskSignals, Params, decide_asks
    from analyzer.model import Span
    from analyzer.rules import AskType

    def ask(kind: str, type_: AskType, condition: str | None, depends: tuple[int, ...], met: bool | None) -> AskSignals:
        return AskSignals(
            Span(0, 1),
            kind,
            type_,
            None,
            0.5,
            met,
            (),
            (),
            (),
            (),
            (),
            None,
            False,
            40,
            None,
            None,
            False,
            True,
            True,
            None,
            False,
            condition=condition,
            depends=depends,
            lemmas=3,
        )

    # "Bent u bereid X en bent u bereid Y? Zo nee, waarom niet?" answered with only the reason
    sig = [
        ask("question", "polar", None, (), False),
        ask("conditional", "polar", None, (), False),
        ask("conditional", "explanation", "no", (0, 1), True),
    ]
    got = [d.verdict for d in decide_asks(sig, Params(implicit=1.1))]
    assert got == ["answered", "answered", "answered"]


def test_pointer_to_a_letter_is_referred_but_its_content_is_judged(analyzer: Analyzer) -> None:
    pointer = (
        "Vraag 1\nBent u bereid het fonds te handhaven?\n"
        "Antwoord 1\nOver het nieuwe beleid heb ik u geïnformeerd in de Kamerbrief Toekomst samenwerking "
        "(Kamerstuk 36600, nr. 13) op 11 november 2024.\n"
    )
    j = judge(analyzer, pointer).judgement.item("1")
    assert j.verdict == "referred"
    assert any(f.rule == "referred.external-text" for f in j.findings)
    content = pointer.replace("op 11 november 2024.", "op 11 november 2024, namelijk dat het fonds wordt gehandhaafd. Ja.")
    assert judge(analyzer, content).judgement.item("1").verdict == "answered"


@pytest.mark.parametrize("flat", [False, True], ids=["lines", "collapsed"])
def test_figures_before_a_pointer_to_an_attachment_are_part_of_the_answer(analyzer: Analyzer, flat: bool) -> None:
    # a table of figures for some months, "the rest is in the attachment": partial, not referred (GUIDE: referred
    # only when the pointer is all the answer gives)
    text = (
        "1. Wat was de stiptheid op lijn 50A in 2024, per maand?\nANTWOORD\nop vraag nr. 5 van 3 februari 2025\n"
        "1. De stiptheid bedroeg:\nMaand 2024\njanuari 81,7 %\nfebruari 80,2 %\nmaart 79,9 %\n"
        "De cijfers voor de overige maanden vindt u in bijlage.\n"
    )
    if flat:
        text = " ".join(text.split())
    assert verdicts(judge(analyzer, text)) == {"1": "partial"}
    only = text.split("1. De stiptheid")[0] + "1. De cijfers per maand vindt u in bijlage."
    assert verdicts(judge(analyzer, only)) == {"1": "referred"}


def test_internal_reference_is_followed_to_the_declining_answer(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nHoeveel aanvragen zijn er ingediend?\nAntwoord 1\nDeze cijfers worden niet landelijk bijgehouden.\n"
        "Vraag 2\nHoeveel aanvragen zijn er goedgekeurd?\nAntwoord 2\nZie antwoord 1.\n"
    )
    result = judge(analyzer, text)
    assert verdicts(result) == {"1": "declined", "2": "declined"}
    assert result.judgement.item("2").followed_parts == (0,)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # one question copied out of its list, with its answer: the answer it points to is not in the text
        (
            "5. Hoeveel overtredingen op het gsm-verbod werden in 2025 in onze zone vastgesteld?",
            "Antwoord op vraag 5: Zie antwoord op vraag 1, waar de cijfers van alle verkeersinbreuken per categorie zijn opgenomen.",
        ),
        ("Vraag 3\nWat is de reden voor de vertraging?", "Antwoord 3\nZie het antwoord op vraag 2."),
        ("9. Welke kosten heeft de gemeente tot nu toe gemaakt?", "Antwoord: Ik verwijs naar ons antwoord bij vraag 3 en 4."),
    ],
)
def test_a_reference_to_an_answer_not_in_the_text_is_referred(analyzer: Analyzer, question: str, answer: str) -> None:
    """A reference to another answer that names no question or answer of this text cannot be followed: it points outside
    the text and gives nothing of its own (GUIDE: referred, never a decline); the reference is the evidence."""
    result = analyzer.check(RawDocument("<test>", f"{question}\n\n{answer}", len(question) + 2))
    (item,) = result.judgement.items
    assert item.verdict == "referred"
    assert [(f.rule, f.effect) for f in item.findings] == [("referred.internal", "refers")]


def test_a_reference_to_an_answer_in_the_text_is_still_followed_when_another_is_not(analyzer: Analyzer) -> None:
    """Only a target the text lacks points outside: "Zie antwoord 1" in a document with an answer 1 is followed to it."""
    text = (
        "Vraag 1\nHoeveel aanvragen zijn er ingediend?\nAntwoord 1\nEr werden 412 aanvragen ingediend.\n"
        "Vraag 2\nHoeveel daarvan werden goedgekeurd?\nAntwoord 2\nZie antwoord 1.\n"
        "Vraag 3\nHoeveel werden afgewezen?\nAntwoord 3\nZie antwoord 7.\n"
    )
    result = judge(analyzer, text)
    assert result.judgement.item("2").followed_parts == (0,)
    assert verdicts(result)["3"] == "referred"


def test_procedural_ask_and_short_yes(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nKent u het bericht «Zwembaden sluiten»?\nAntwoord 1\nJa.\n"
        "Vraag 2\nKunt u deze vragen afzonderlijk beantwoorden?\nAntwoord 2\nDe vragen zijn zoveel mogelijk afzonderlijk beantwoord.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "answered", "2": "answered"}


def test_explicit_refusal_declines(analyzer: Analyzer) -> None:
    text = (
        "Vraag 4\nWat zijn naar verwachting de gevolgen voor Nederland als Oekraïne atoomwapens inzet?\n"
        "Antwoord 4\nOekraïne heeft geen kernwapens. Het kabinet speculeert niet over hypothetische situaties.\n"
    )
    j = judge(analyzer, text).judgement.item("4")
    assert j.verdict == "declined" and j.confidence >= 0.8
    assert j.findings[0].rule == "declined.refusal"


def test_document_score_and_counts(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
        "Vraag 2\nHoeveel aanvragen zijn er ingediend?\nAntwoord 2\nDeze cijfers worden niet landelijk bijgehouden.\n"
    )
    dj = judge(analyzer, text).judgement
    assert dj.counts == {"answered": 1, "partial": 0, "declined": 1, "referred": 0}
    assert dj.score == 0.5


def test_item_without_answer_text_is_declined_as_not_addressed(analyzer: Analyzer) -> None:
    text = "Vraag 1\nKlopt het?\nVraag 2\nWaarom?\nAntwoord 1\nJa, dat klopt.\n"
    j = judge(analyzer, text).judgement.item("2")
    assert j.verdict == "declined" and "not addressed" in j.reason


def test_judging_runs_under_a_trained_model(tiny_model: object) -> None:
    analyzer = Analyzer(str(tiny_model))
    assert analyzer.info.has_pos
    result = analyzer.check(RawDocument("<m>", NO_MONITORING.format(question="Hoeveel herintreders bereikte VDAB in 2022?")))
    assert verdicts(result) == {"1": "declined"}


def test_confidence_is_the_measured_accuracy_of_the_rule_that_decided(analyzer: Analyzer) -> None:
    from analyzer.judge.calibration import Calibration, reliability

    table = Calibration.from_outcomes([("answered", "answered/opener", True)] * 19 + [("answered", "answered/opener", False)])
    assert table.confidence("answered", "answered/opener") > 0.85
    # a rule never seen takes the accuracy of its verdict class, shrunk toward a coin flip
    assert table.confidence("answered", "answered/implicit") == table.confidence("answered", "answered/other")
    assert 0.5 < table.confidence("answered", "answered/implicit") < table.confidence("answered", "answered/opener")
    assert Calibration.from_dict(table.as_dict()) == table
    bands = reliability([(0.9, True), (0.85, True), (0.7, False), (0.5, False)])
    assert bands[">=0.8"] == {"items": 2, "accuracy": 1.0} and bands["<0.6"]["items"] == 1
    # every verdict names the rule it came from, and its confidence is that rule's measured accuracy
    result = analyzer.check(RawDocument("seed", (CORPUS / "vp-785-2023.txt").read_text(encoding="utf-8")))
    for it in result.judgement.items:
        assert it.code.split("/")[0].startswith(it.verdict) or it.code == "many-asks"
        assert it.confidence == analyzer.judge.calibration.confidence(it.verdict, it.code)


def test_lettered_parts_of_a_request_for_a_breakdown_ask_for_figures(analyzer: Analyzer) -> None:
    # "a) per straat;" asks what its stem asks (a breakdown of a count): "niet bijgehouden" declines it as no data,
    # and figures per street ("in de Kerkstraat") give the breakdown
    text = (
        "Inleiding.\n1. Hoeveel eigenaars betaalden een heffing? Graag een opsplitsing:\na) per straat;\nb) naar duur van de leegstand.\n"
        "ANTWOORD\nop vraag nr. 5 van 3 februari 2025\n1. In 2024 betaalden 22 eigenaars.\n"
        "a) Het gaat om 9 panden in de Kerkstraat en 13 aan de Markt.\nb) De duur wordt niet bijgehouden.\n"
    )
    got = verdicts(judge(analyzer, text))
    assert got["1a"] == "answered" and got["1b"] == "declined"


def test_another_items_figures_in_a_grouped_answer_do_not_hide_a_bare_pointer(analyzer: Analyzer) -> None:
    # "1 en 2.": figures for question 1, only a pointer for question 2: question 2 is referred, not partial
    text = (
        "1. Hoeveel meldingen kwamen er in 2024 binnen?\n2. Wat zegt het rapport over de wachttijden?\n"
        "ANTWOORD\nop vraag nr. 5 van 3 februari 2025\n"
        "1 en 2. In 2024 kwamen er 412 meldingen binnen, tegen 388 in 2023 en 351 in 2022.\n"
        "Het rapport over de wachttijden vindt u in bijlage.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "answered", "2": "referred"}


def test_a_figure_given_nowhere_is_declined_even_when_the_no_data_sentence_comes_last(analyzer: Analyzer) -> None:
    # the sentences before the cue say why the figure is missing; they are no answer to "hoeveel"
    text = (
        "Vraag 1\nHoeveel bedrijven salderen intern in de provincie?\nAntwoord 1\nIntern salderen is niet vergunningplichtig. "
        "Het valt onder de algemene regels van het Activiteitenbesluit. De provincie heeft daarin geen rol. "
        "Daardoor is niet inzichtelijk om hoeveel bedrijven het gaat.\n"
    )
    j = judge(analyzer, text).judgement.item("1")
    assert j.verdict == "declined" and "nowhere in the answer" in j.reason
    # with the figure given after all, the same cue is part of a partial answer
    given = text.replace("het gaat.", "het gaat. Naar schatting zijn het er 40.")
    assert judge(analyzer, given).judgement.item("1").verdict != "declined"


def _with(**switches: int) -> Analyzer:
    from dataclasses import replace as _replace

    from analyzer.judge import Params

    return Analyzer(params=_replace(Params.load(), **switches))


@pytest.mark.parametrize("on", [0, 1])
def test_figures_for_another_year_than_asked_are_partial(on: int) -> None:
    # GUIDE: figures given for another period than the one asked for is partial
    text = (
        "Vraag 1\nHoeveel aanvragen voor een vergunning zijn er in 2022 ingediend?\nAntwoord 1\nIn 2023 zijn er 412 aanvragen ingediend.\n"
    )
    j = judge(_with(check_period=on), text).judgement.item("1")
    assert j.verdict == ("partial" if on else "answered")
    if on:
        assert "(2022)" in j.reason
        # the year asked for is there: answered; a year inside a law's name is no period
        assert verdicts(judge(_with(check_period=1), text.replace("In 2023", "In 2022"))) == {"1": "answered"}
        # an answer naming no year gives its figures for the period asked
        assert verdicts(judge(_with(check_period=1), text.replace("In 2023 zijn", "Toen waren"))) == {"1": "answered"}
        law = text.replace("in 2022 ingediend", "onder de Huisvestingswet 2014 ingediend")
        assert verdicts(judge(_with(check_period=1), law)) == {"1": "answered"}


@pytest.mark.parametrize("on", [0, 1])
def test_the_no_before_an_explanation_is_not_a_rejected_premise_of_it(on: int) -> None:
    text = (
        "Vraag 1\nDeelt u de mening van de ouderraad dat de school onvoldoende heeft geïnformeerd? Kunt u uw antwoord toelichten?\n"
        "Antwoord 1\nNee, ik deel die mening niet, omdat de school alle ouders twee keer per brief en op een ouderavond heeft geïnformeerd.\n"
    )
    j = judge(_with(premise_is_the_no=on), text).judgement.item("1")
    assert [a.verdict for a in j.asks][1] == ("answered" if on else "partial")


@pytest.mark.parametrize("on", [0, 1])
def test_a_refusal_in_a_shared_answer_declines_only_the_question_it_answers(on: int) -> None:
    text = (
        "1) Welke boeteregeling staat in de concessieovereenkomst met de laadpaalexploitant?\n"
        "2) Heeft het college de boetes voor de laadpalen al opgelegd?\nANTWOORD\nAd vragen 1 en 2\n"
        "De concessieovereenkomst met de laadpaalexploitant kent een boeteregeling van 500 euro per niet geplaatste paal. "
        "Over het opleggen van boetes doen wij geen mededelingen.\n"
    )
    got = verdicts(judge(_with(shared_cues_attributed=on), text))
    assert got["2"] == "declined"
    assert got["1"] == ("answered" if on else "declined")


@pytest.mark.parametrize("flat", [False, True], ids=["lines", "collapsed"])
def test_a_notice_of_delay_published_instead_of_the_answers_defers_them(analyzer: Analyzer, flat: bool) -> None:
    text = (
        "Vragen van het lid Kostić (PvdD) aan de Minister van Infrastructuur en Waterstaat (ingezonden 11 november 2024).\n\n"
        "1. Bent u bekend met het bericht over de vergunning?\n\n2. Klopt het dat de vergunning sinds 2022 niet is geactualiseerd?\n\n"
        "3. Kunt u deze vragen binnen de gebruikelijke termijn van drie weken beantwoorden?\n\n"
        "Mededeling van Minister Madlener (Infrastructuur en Waterstaat) (ontvangen 2 december 2024)\n\n"
        "De vragen van het lid Kostić kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord. "
        "Voor de beantwoording is afstemming met de provincie nodig. Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.\n"
    )
    if flat:
        text = " ".join(text.split())
    got = verdicts(judge(analyzer, text))
    assert got == {"1": "declined", "2": "declined", "3": "answered"}  # the procedural ask: it says why not (GUIDE)


def test_het_is_juist_dat_confirms_the_asked_proposition(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nIs het waar dat het Staatsbedrijf der PTT het postkantoor per 1 juli wil sluiten?\n"
        "Antwoord 1\nHet is juist dat de PTT het postkantoor wil omzetten in een postagentschap. "
        "Een definitief besluit hierover is nog niet genomen.\n"
    )
    j = judge(analyzer, text).judgement.item("1")
    assert j.verdict != "declined"  # the yes comes first; the decision still to be taken is no refusal to answer


@pytest.mark.parametrize(
    "asked",
    [
        "Wanneer wordt de Kamer geïnformeerd over de uitkomsten van de BIT-toets?",
        "Wanneer kan de Kamer de uitkomsten van de BIT-toets verwachten?",
        "Wanneer mag de raad de uitkomsten van de BIT-toets tegemoet zien?",
    ],
)
def test_when_the_question_asks_when_parliament_is_told_the_promise_is_the_answer(analyzer: Analyzer, asked: str) -> None:
    text = (
        f"Vraag 1\n{asked}\n"
        "Antwoord 1\nHet BIT-advies wordt in het eerste kwartaal van 2025 uitgebracht. Ik zal uw Kamer daarna binnen vier weken informeren.\n"
        "Vraag 2\nWat zijn de uitkomsten van de BIT-toets?\n"
        "Antwoord 2\nHet BIT-advies wordt in het eerste kwartaal van 2025 uitgebracht. Ik zal uw Kamer daarna binnen vier weken informeren.\n"
    )
    got = verdicts(judge(analyzer, text))
    assert got["1"] == "answered"  # a time is what is asked
    assert got["2"] != "answered"  # the outcomes themselves are deferred


@pytest.mark.parametrize("opener", ["Wij delen die mening niet", "Die mening delen wij niet", "Het college deelt die mening niet"])
def test_a_college_or_we_sharing_a_view_or_not_is_a_clear_answer(analyzer: Analyzer, opener: str) -> None:
    text = (
        "Vraag 1\nDeelt u de mening dat het uitlekken van de notitie de verhouding met de bond ernstig schaadt?\n"
        f"Antwoord 1\n{opener}: de bestuurder heeft aangegeven het overleg voort te zetten.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "answered"}


@pytest.mark.parametrize(
    ("answer", "polarity"),
    [
        ("Jazeker.", "positive"),
        ("Correct.", "positive"),
        ("Dat is zo.", "positive"),
        ("Dit is correct.", "positive"),
        ("Bevestigend.", "positive"),
        ("Het antwoord is ja.", "positive"),
        ("Niet juist.", "negative"),
        ("Dat is onjuist.", "negative"),
        ("Dit is niet correct.", "negative"),
        ("Ontkennend.", "negative"),
        ("Het antwoord is neen.", "negative"),
        # (the denial is no yes for its first two words: "Dat klopt niet." once read as "Dat klopt")
        ("Dat klopt niet.", "negative"),
        ("Dat klopt.", "positive"),
    ],
)
def test_a_yes_or_no_in_other_words_answers_a_view_asked(analyzer: Analyzer, answer: str, polarity: str) -> None:
    """ "Deelt u de mening dat ...?" is answered by any clear word of assent or denial, not only "Ja" and "Nee" (before,
    these eleven were "partial: no position taken"); the yes or no is read for the follow-up that depends on it."""
    from analyzer.judge.cues import answer_polarity

    answered = f"{answer} De speeltuin ligt aan de Kerkstraat."
    assert verdict_of(analyzer, "Deelt u de mening dat de speeltuin open moet blijven?", answered) == "answered"
    assert answer_polarity(answered) == polarity


def test_a_zo_ja_follow_up_lapses_after_dat_klopt_niet(analyzer: Analyzer) -> None:
    """ "Klopt het dat ...? Zo ja, waar ...?" - "Dat klopt niet. ...": the denial answers the first ask and the follow-up does not
    apply (it was read as a yes, and the follow-up as left open)."""
    question = "Klopt het dat de Regie der Gebouwen het gerechtsgebouw wil verkopen? Zo ja, waar worden de diensten ondergebracht?"
    answer = "Dat klopt niet. Er bestaan geen plannen om het gebouw te verkopen. Er worden dakwerken uitgevoerd."
    assert verdict_of(analyzer, question, answer) == "answered"


@pytest.mark.parametrize(
    "answer", ["Dit is zo belangrijk dat wij het zullen bekijken.", "Correcte informatie is nodig.", "Juist daarom kijken wij ernaar."]
)
def test_a_sentence_that_opens_with_such_a_word_is_no_yes_or_no(answer: str) -> None:
    from analyzer.judge.cues import OPENER

    assert not OPENER.match(answer)


def test_an_announcement_is_no_yes_or_no() -> None:
    from analyzer.judge.cues import OPENER

    assert not OPENER.match("Het college deelt mee dat de brug tot juni dicht is.")
    assert not OPENER.match("Ik deel u mee dat de evaluatie is afgerond.")
    assert OPENER.match("Ik deel die mening.") and OPENER.match("Het kabinet deelt de zorgen van de sector.")


def test_a_promise_to_inform_without_a_time_still_defers(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nWanneer wordt de Kamer geïnformeerd over de uitkomsten van de BIT-toets?\n"
        "Antwoord 1\nIk zal uw Kamer informeren zodra de uitkomsten bekend zijn.\n"
    )
    assert verdicts(judge(analyzer, text)) != {"1": "answered"}


POINTER_PAGE = (
    "Onderaan bijgevoegd de beantwoording van de vragen.\n"
    "In het journaal werd melding gemaakt van een brandbrief over megastallen aan de grens.\n"
    "De fractie heeft de volgende vragen:\n"
    "1. Kent u de inhoud van genoemde reportage?\n"
    "2. Bent u bereid de oproep te ondersteunen?\n"
)


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        (POINTER_PAGE, "Onderaan bijgevoegd de beantwoording van de vragen."),
        (
            "Tijdens de laatste gemeenteraad heb ik gevraagd naar het woonproject. In welk stadium bevindt het project zich? "
            "Wie neemt het initiatief?\nDe vraag en het antwoord zijn integraal opgenomen in de audio-opname die op de "
            "webstek van de gemeente gepubliceerd wordt.\n",
            "De vraag en het antwoord zijn integraal opgenomen in de audio-opname die op de webstek van de gemeente gepubliceerd wordt.",
        ),
        (
            # after the asker's signature, which the segmenter leaves in the last item: a link to the answers
            "Vragen\n1) Wat verstaat u onder zwakkeren?\n2) Behoren daar ook de dieren toe? Zo nee, waarom niet?\n"
            "A. van Viegen\nFractievoorzitter\nAntwoorddatum: 8 feb. 2012\nKlik hier voor de antwoorden.\nLees verder\n",
            "Klik hier voor de antwoorden.",
        ),
    ],
)
def test_a_page_that_says_where_its_answer_is_refers_every_item_there(analyzer: Analyzer, text: str, pointer: str) -> None:
    # a council's or party's page with the question and a line placing the answer in an attachment or a
    # recording: not an open question, and not a decline either
    result = judge(analyzer, text)
    assert not result.document.open
    assert set(verdicts(result).values()) == {"referred"} and len(verdicts(result)) == 2
    for j in result.judgement.items:
        (f,) = [f for f in j.findings if f.rule == "referred.answer-elsewhere"]
        assert f.match in pointer and text[f.start : f.end] == f.match
    assert any("not in this document" in w for w in result.document.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # an earlier answer in an attachment is context: the question has no answer yet
        "Het antwoord op eerdere vragen (zie bijlage) was onvolledig.\n1. Klopt het bericht?\n2. Waarom niet?\n",
        # the rules of procedure speak of an answer to come
        "Hij krijgt binnen de twintig dagen na ontvangst een schriftelijk antwoord.\n1. Klopt het bericht?\n2. Waarom niet?\n",
        # a pointer inside a question is the asker's, not the answer's place
        "1. Staat het antwoord van de schepen in de bijlage van het verslag?\n2. Waarom niet?\n",
        # answers to earlier questions, cited by new ones
        "In de bijlage het antwoord van het college op onze vragen van januari.\n1. Klopt het bericht?\n2. Waarom niet?\n",
        "Klik hier voor het antwoord van de minister op eerdere vragen.\n1. Klopt het bericht?\n2. Waarom niet?\n",
        # answers still to come
        "1. Klopt het bericht?\n2. Waarom niet?\nDe antwoorden worden na ontvangst op deze pagina geplaatst.\n",
        "1. Klopt het bericht?\n2. Waarom niet?\nDe beantwoording wordt later als bijlage toegevoegd.\n",
        # a footnote citing other answers
        "1. Hoeveel ouders zijn gedupeerd?\n2. Waarom niet eerder?\n1) Zie de antwoorden van de staatssecretaris op de website van het ministerie.\n",
    ],
)
def test_a_question_that_only_mentions_an_answer_stays_open(analyzer: Analyzer, text: str) -> None:
    result = judge(analyzer, text)
    assert result.document.open and result.judgement.items == ()


def test_a_pointer_sentence_answers_nothing_itself(analyzer: Analyzer) -> None:
    # the words and the date in the pointer ("ontvangen op 12 maart 2024", "omdat ...") are no answer to any item
    text = (
        "Schriftelijke vragen van het raadslid Jansen\n\n1. Hoeveel parkeerplaatsen zijn er?\n2. Waarom is het tarief verhoogd?\n\n"
        "Onderaan bijgevoegd de beantwoording van de vragen door het college, ontvangen op 12 maart 2024, omdat de termijn verstreken was.\n"
    )
    result = judge(analyzer, text)
    assert verdicts(result) == {"1": "referred", "2": "referred"}
    assert all(a.verdict == "referred" for j in result.judgement.items for a in j.asks)
    assert result.judgement.counts["referred"] == 2 and result.judgement.counts["answered"] == 0


def test_a_record_with_an_empty_answer_stays_open_whatever_its_question_cites(analyzer: Analyzer) -> None:
    question = "1. Klopt het?\n2. Waarom?\nOnderaan bijgevoegd de beantwoording van de vragen.\n"
    result = analyzer.check(RawDocument("<test>", question, len(question)))
    assert result.document.open and result.judgement.items == ()


def test_a_denial_says_no_only_to_the_question_about_what_it_denies(analyzer: Analyzer) -> None:
    # one answer to two yes/no questions of a committee turn: "geen evaluaties" says no to the evaluation,
    # nothing about the signals asked for in the other question
    text = (
        "An Peeters (cd&v):\nWordt de terugbetalingsregeling momenteel geëvalueerd? "
        "Zijn er signalen dat kinderen buiten de boot vallen?\n"
        "Minister Frank Vandenbroucke:\nMomenteel zijn er geen evaluaties van de regeling voorzien. "
        "Kinderen met obesitas kunnen terecht in 24 erkende centra.\n"
    )
    result = judge(analyzer, text)
    assert verdicts(result) == {"1": "answered", "2": "partial"}
    evidence = result.judgement.item("1").asks[0].findings
    assert any(f.rule == "expect.denied" for f in evidence)


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # the proposition said back, denied: a clear no, though a refusal of something else follows it
        (
            "Is het college bereid de concessieovereenkomst openbaar te maken?",
            "De overeenkomst bevat bedrijfsgevoelige informatie en wordt daarom niet openbaar gemaakt. Over de boeteregeling "
            "doen wij nu geen mededelingen.",
            "answered",
        ),
        # said back, affirmed, with no cue: the yes
        (
            "Werd hierover al overleg gepleegd met de sociale partners?",
            "Het overleg met de sociale partners in het kader van het akkoord is in maart gestart en loopt goed.",
            "answered",
        ),
        # the words only inside a whether-clause: nothing is said back
        (
            "Is het college bereid de concessieovereenkomst openbaar te maken?",
            "Of de overeenkomst openbaar wordt gemaakt, kan ik nu niet zeggen.",
            None,
        ),
        (
            "Is het college bereid de concessieovereenkomst openbaar te maken?",
            "Wij bekijken nog of de overeenkomst openbaar kan worden gemaakt.",
            None,
        ),
        # another proposition about the same things: no restatement
        (
            "Is het college bereid de concessieovereenkomst openbaar te maken?",
            "De concessieovereenkomst is in 2021 gesloten met de vervoerder.",
            None,
        ),
        # a modal's verb with a phrase after it: the topic named without the verb says nothing back, so the deferral after it
        # declines (before, "middelen ... begrotingsaanpassing 2026" was read as the proposition said back: answered)
        (
            "Zal de minister de middelen van het Fietsfonds verhogen bij de begrotingsaanpassing 2026?",
            "De middelen van het Fietsfonds voor 2026 maken deel uit van de besprekingen over de begrotingsaanpassing. Op de uitkomst "
            "daarvan kan ik op dit moment niet vooruitlopen.",
            None,
        ),
        # ... with the verb, it is said back
        (
            "Zal de minister de middelen van het Fietsfonds verhogen bij de begrotingsaanpassing 2026?",
            "De middelen van het Fietsfonds worden bij de begrotingsaanpassing 2026 niet verhoogd.",
            "answered",
        ),
    ],
)
def test_a_yes_no_ask_is_answered_by_its_proposition_said_back(analyzer: Analyzer, question: str, answer: str, verdict: str | None) -> None:
    """``verdict`` None: the proposition is not said back (other signals decide the verdict)."""
    result = judge(analyzer, ONE_ITEM.format(question=question, answer=answer))
    ask = result.judgement.item("1").asks[0]
    if verdict == "answered":
        assert verdicts(result) == {"1": "answered"}
        assert "says back what is asked" in ask.reason
        # the sentence that says it back is named as the ask's evidence
        text = ONE_ITEM.format(question=question, answer=answer)
        assert any(answer.split(". ")[0].rstrip(".") in text[s.start : s.end] for s in ask.sentences)
    else:
        assert "says back" not in ask.reason


def test_a_proposition_said_back_is_the_yes_a_glued_zo_nee_follows(analyzer: Analyzer) -> None:
    # "Zonee," glued by a PDF's text layer is "Zo nee,": after the proposition affirmed, it does not apply
    text = ONE_ITEM.format(
        question="Kunt u bevestigen dat u voorbereidingen treft om de vrijstelling van konijn en houtduif in te trekken? "
        "Zonee, waarom niet?",
        answer="Ik voer de motie uit en tref voorbereidingen voor het intrekken van de vrijstelling voor houtduif en konijn.",
    )
    result = judge(analyzer, text)
    assert verdicts(result) == {"1": "answered"}
    assert [a.verdict for a in result.judgement.item("1").asks] == ["answered", "moot"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a refusal that opens the answer still declines: the act named after it is no yes or no
        (
            "Bent u bereid maatregelen te nemen tegen de overlast?",
            "Ik kan daar op dit moment geen uitspraken over doen. Het nemen van maatregelen tegen overlast is een zaak van de politie.",
        ),
        (
            "Is het college bereid de overeenkomst openbaar te maken?",
            "Daar gaan wij niet over. Het openbaar maken van overeenkomsten is aan de vervoerder.",
        ),
        (
            "Heeft het college overleg gevoerd met de provincie over de subsidie?",
            "Wij doen geen mededelingen over vertrouwelijk overleg. De provincie verstrekt de subsidie aan de gemeenten.",
        ),
    ],
)
def test_a_refusal_is_not_undone_by_the_asked_words_said_again(analyzer: Analyzer, question: str, answer: str) -> None:
    assert verdicts(judge(analyzer, ONE_ITEM.format(question=question, answer=answer))) == {"1": "declined"}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # past facts with "pas" are no deferral; nor is the card
        ("Wanneer is de bouw van de sporthal gestart?", "De werkzaamheden zijn pas gestart nadat de vergunning in juni 2022 was verleend."),
        (
            "Wanneer werd de omvang van de schade bekend?",
            "De omvang van de schade was pas bekend na de inventarisatie door de verzekeraar in maart 2023.",
        ),
        ("Heeft het college de gemeenten geraadpleegd?", "Het college heeft pas besloten na overleg met alle betrokken gemeenten."),
        ("Waar kunnen inwoners de nieuwe ooievaarspas ophalen?", "De nieuwe pas is beschikbaar bij de balie van het stadhuis."),
        # sharing a concern is no refusal to give an answer
        (
            "Deelt u de zorg dat inwoners geen antwoord krijgen op hun vragen over de compensatieregeling?",
            "Het college deelt de zorg dat inwoners geen antwoord krijgen op hun vragen. Wij gaan het klantcontact verbeteren.",
        ),
        # sharing costs is no informing later
        ("Hoe worden de kosten van de opvang verdeeld?", "Het college zal zoals u weet, in overleg met de partners, de kosten delen."),
        # a statement and a question before a coordinated ask stay an ask
        (
            "De situatie op de N33 is onveilig, deelt u die mening en wanneer wordt de weg aangepast?",
            "Ja, die mening deel ik. De weg wordt in het voorjaar van 2025 aangepast.",
        ),
    ],
)
def test_constructions_that_look_like_non_answers_do_not_decline(analyzer: Analyzer, question: str, answer: str) -> None:
    assert verdicts(judge(analyzer, ONE_ITEM.format(question=question, answer=answer)))["1"] != "declined"


@pytest.mark.parametrize(
    ("question", "answer", "met"),
    [
        # the question's own year said back gives no date
        ("Wanneer wordt de evaluatie van 2023 afgerond?", "De evaluatie van 2023 loopt volgens plan.", False),
        ("Wanneer wordt de evaluatie van 2023 afgerond?", "De evaluatie van 2023 wordt in mei 2025 afgerond.", True),
        # a count the question names can be the answer
        ("Hoeveel van de 12 provincies doen mee?", "Alle 12 provincies doen mee.", True),
    ],
)
def test_a_year_said_back_from_the_question_gives_no_date(analyzer: Analyzer, question: str, answer: str, met: bool) -> None:
    ask = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks[0]
    assert ask.expectation is met


def test_a_question_said_back_in_the_answer_gives_nothing(analyzer: Analyzer) -> None:
    # the answer opens by repeating the question: its words meet no expectation and cover nothing
    text = ONE_ITEM.format(
        question="Werden er al daders betrapt en werden ze beboet?",
        answer="Werden er al daders betrapt en werden ze beboet? Het KB van 11 maart 2024 regelt het gebruik van lachgas.",
    )
    ask = judge(analyzer, text).judgement.item("1").asks[0]
    assert ask.verdict != "answered" and not ask.expectation


def test_a_request_said_back_in_the_answer_covers_nothing(analyzer: Analyzer) -> None:
    # a request has no question mark: said back, it is found by its likeness to the ask
    text = ONE_ITEM.format(
        question="Worden de vangsten geregistreerd? Zo ja, graag een overzicht van de vangsten per jaar.",
        answer="Zo ja, graag een overzicht van de vangsten per jaar. Het effect wordt geëvalueerd aan de hand van meldingen.",
    )
    asks = judge(analyzer, text).judgement.item("1").asks
    assert asks[-1].verdict != "answered"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a "?" for a lost euro sign ends no question
        ("Hoeveel kost het project in totaal?", "Het project kost in totaal 250.000 ?"),
        # the ask said back with its answer after a colon
        (
            "Kan de minister meedelen hoeveel aanvragen er zijn ingediend in Limburg?",
            "Kan de minister meedelen hoeveel aanvragen er zijn ingediend in Limburg: 45.",
        ),
        # an option the ask itself offers is chosen, not said back
        ("Wanneer wordt het rapport gepubliceerd: in maart of in april?", "De publicatie is gepland in april."),
    ],
)
def test_what_only_looks_said_back_still_answers(analyzer: Analyzer, question: str, answer: str) -> None:
    ask = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks[-1]
    assert ask.expectation is True


@pytest.mark.parametrize(
    ("answer", "met"),
    [
        # a date of what has happened does not say when something still to come will be
        ("Net voor de zomer 2024 werd een overeenkomst afgesloten met het agentschap.", False),
        ("De werken starten na de zomer van 2025.", True),
    ],
)
def test_a_future_time_is_not_met_by_a_past_date(analyzer: Analyzer, answer: str, met: bool) -> None:
    text = ONE_ITEM.format(question="Wanneer zouden deze werken van start gaan?", answer=answer)
    assert judge(analyzer, text).judgement.item("1").asks[0].expectation is met


def test_a_date_the_question_names_is_no_time_given(analyzer: Analyzer) -> None:
    text = ONE_ITEM.format(
        question="Werd het voorstel bezorgd aan het 8 mei comité? Zo ja, wanneer?",
        answer="Het initiatief voor deze stenen ligt bij het 8 Mei Comité en de scholen.",
    )
    asks = judge(analyzer, text).judgement.item("1").asks
    assert asks[-1].expectation is False


@pytest.mark.parametrize(
    ("question", "answer", "met"),
    [
        # a view on what was asked, or in a sentence that points back to it
        (
            "Deelt u de mening dat de wachtlijsten in de jeugdzorg onaanvaardbaar lang zijn?",
            "Ik vind de wachtlijsten in de jeugdzorg te lang.",
            True,
        ),
        ("Deelt u de mening dat het alarmerend is dat veel sociaal advocaten met pensioen gaan?", "Dat baart mij zorgen.", True),
        ("Deelt u de mening dat het alarmerend is dat veel sociaal advocaten met pensioen gaan?", "Ook dat baart mij zorgen.", True),
        # (what the view is on stands before it)
        ("Deelt u de mening dat de wachtlijsten in de jeugdzorg onaanvaardbaar lang zijn?", "Deze wachtlijsten zijn onacceptabel.", True),
        # a view on something else: the ask's proposition is not judged
        (
            "Deelt u de mening dat de vergunning voor afvalwaterinjectie zonder draagvlak is verleend?",
            "Een goede voorlichting van de omgeving is belangrijk.",
            False,
        ),
        # "Het is ... dat" announces what it is about
        (
            "Deelt u de mening dat de vergunning voor afvalwaterinjectie zonder draagvlak is verleend?",
            "Het is belangrijk dat de omgeving goed wordt voorgelicht.",
            False,
        ),
    ],
)
def test_a_position_answers_only_about_what_the_ask_names(analyzer: Analyzer, question: str, answer: str, met: bool) -> None:
    ask = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks[0]
    assert ask.expectation is met


def test_an_answer_that_opens_with_another_partys_responsibility_talks_past_the_question(analyzer: Analyzer) -> None:
    # GUIDE.md: other parties' responsibilities are no implicit answer; the item is partial
    question = "Wat moet er veranderen om de financiële problemen van de ziekenhuizen op te lossen?"
    past = "De verantwoordelijkheid voor de financiële situatie en bedrijfsvoering ligt bij het ziekenhuis zelf. Ziekenhuizen verschillen onderling sterk."
    item = judge(analyzer, ONE_ITEM.format(question=question, answer=past)).judgement.item("1")
    assert item.verdict == "partial" and item.code.endswith("general-lead")
    # the same text after what is asked is given does not take the answer back
    given = (
        "De bekostiging van de ziekenhuizen moet eenvoudiger en de acute zorg krijgt een vast budget om de financiële problemen"
        " op te lossen. De verantwoordelijkheid voor de bedrijfsvoering ligt bij het ziekenhuis zelf."
    )
    assert judge(analyzer, ONE_ITEM.format(question=question, answer=given)).judgement.item("1").verdict == "answered"


@pytest.mark.parametrize(
    ("answer", "second_met"),
    [
        # the only figure answers the first count; the second count gets none
        ("In 2024 zijn 412 medewerkers geworven voor de Belastingtelefoon.", False),
        # a figure of its own for each count
        ("In 2024 zijn 412 medewerkers geworven voor de Belastingtelefoon. Daarvan zijn er 37 binnen een jaar vertrokken.", True),
        # a zero answers every count after it
        ("In 2024 zijn geen medewerkers geworven voor de Belastingtelefoon.", True),
        ("In 2024 zijn 0 medewerkers geworven voor de Belastingtelefoon.", True),
        # a figure said to hold for both
        ("In 2024 zijn 412 medewerkers geworven voor de Belastingtelefoon. Die zijn allemaal binnen een jaar vertrokken.", True),
    ],
)
def test_one_figure_answers_one_count(analyzer: Analyzer, answer: str, second_met: bool) -> None:
    question = (
        "Hoeveel medewerkers zijn in 2024 geworven voor de Belastingtelefoon en hoeveel van hen zijn binnen een jaar weer vertrokken?"
    )
    asks = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks
    assert [a.type for a in asks] == ["quantity", "quantity"]
    assert asks[0].expectation is True
    assert asks[1].expectation is second_met


def test_an_ask_that_points_back_takes_the_position_about_what_the_ask_before_it_names(analyzer: Analyzer) -> None:
    question = "Is het college op de hoogte van de klachten over de nieuwe loting? Hoe beoordeelt het college dit?"
    answer = "De wethouder vindt de klachten over de loting terecht en laat de procedure onderzoeken."
    asks = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks
    assert [a.type for a in asks] == ["polar", "opinion"]
    assert asks[1].expectation is True
    # a position on something else does not answer it
    other = "De wethouder vindt het belangrijk dat ouders goed worden voorgelicht over de vakantieregeling."
    assert judge(analyzer, ONE_ITEM.format(question=question, answer=other)).judgement.item("1").asks[1].expectation is False


@pytest.mark.parametrize(
    ("question", "answer", "met"),
    [
        # an awareness ask is answered by knowing, or by no report having come in
        ("Is het college op de hoogte van de wateroverlast in de Nekkerstraat?", "Hier hadden wij nog geen melding van ontvangen.", True),
        ("Is het college op de hoogte van de wateroverlast in de Nekkerstraat?", "Het college is op de hoogte van de wateroverlast.", True),
        ("Is het college op de hoogte van de klachten over de straatverlichting?", "Het college is hiervan op de hoogte.", True),
        # (the ask's words as whole words: "signalisatie" is no "signaal")
        ("Wordt de signalisatie aan de schoolpoort aangepast?", "Wij zijn op de hoogte van de klachten van ouders.", False),
        # the same words say nothing to an ask of another kind
        (
            "Heeft het college de ambitie om een klimzaal te faciliteren?",
            "Het college is op de hoogte van de vraag naar een klimzaal. Een geschikte locatie vinden is niet vanzelfsprekend.",
            False,
        ),
    ],
)
def test_an_awareness_answer_answers_only_an_awareness_ask(analyzer: Analyzer, question: str, answer: str, met: bool) -> None:
    ask = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks[0]
    assert ask.expectation is met


@pytest.mark.parametrize(
    ("question", "answer", "met"),
    [
        # an item's own answer: the date is about its time ask, in whatever words
        ("Wanneer start de heraanleg van de Grote Markt?", "De werken beginnen in maart 2026.", True),
        ("Wordt de Grote Markt heraangelegd? Wanneer start de heraanleg?", "Ja. De werken beginnen in maart 2026.", True),
        ("Klopt dit? Wanneer mogen we dit verwachten?", "Ja. Het project loopt nog; de offertes komen in maart binnen.", True),
    ],
)
def test_a_date_in_an_items_own_answer_answers_its_time_ask(analyzer: Analyzer, question: str, answer: str, met: bool) -> None:
    ask = judge(analyzer, ONE_ITEM.format(question=question, answer=answer)).judgement.item("1").asks[-1]
    assert ask.type == "time" and ask.expectation is met


@pytest.mark.parametrize(
    ("answer", "met"),
    [
        ("Er vallen ongeveer 40 ontslagen. De ontslagen gaan in op 1 januari 2026.", True),
        # (the sentence names what the ask names, however far from the date)
        (
            "Er vallen ongeveer 40 ontslagen. De ontslagen gaan, zoals met de vakbonden afgesproken en na een uitgebreide sociale"
            " begeleiding van alle betrokken medewerkers, pas in maart 2026 in.",
            True,
        ),
        # in an answer that serves several questions, a date of something else is no term for the dismissals
        ("Er vallen ongeveer 40 ontslagen. Het meerjarenplan wordt in december 2025 aan de gemeenteraad voorgelegd.", False),
    ],
)
def test_a_date_in_a_shared_answer_answers_only_the_time_ask_it_is_about(analyzer: Analyzer, answer: str, met: bool) -> None:
    text = (
        "Vraag 1\nHoeveel ontslagen vallen er bij de stad?\nVraag 2\nBinnen welke termijn gaan de ontslagen in?\n"
        f"Antwoord 1 en 2\n{answer}\n"
    )
    ask = judge(analyzer, text).judgement.item("2").asks[0]
    assert ask.type == "time" and ask.expectation is met


# --- asks about action (GUIDE: "answered by at least one concrete action, measure or decision on the item's subject;
# restating existing powers or funds without saying what will be done is partial") ---

ACTION_ASKS = (
    "Welke maatregelen neemt het college tegen de overlast aan het station?",
    "Wat gaat de burgemeester doen aan de overlast aan het station?",
    "Welke stappen zet de stad om de overlast aan het station aan te pakken?",
)
# background first, so that one sentence carries the measure (or does not)
_STATION = (
    "Het station is een druk knooppunt waar dagelijks duizenden reizigers passeren. De situatie is de voorbije jaren complex geworden. "
)
ACTION_ANSWERS = (
    ("answered", "Het college heeft in mei beslist om de verlichting te vernieuwen."),
    ("answered", "Daarom werden vorige maand vier extra camera's geplaatst."),
    ("answered", "Daarom zetten we vanaf maart twee extra gemeenschapswachten in."),
    ("answered", "De politie verhoogde sinds januari het aantal patrouilles."),
    ("answered", "We gaan samen met de politie een actieplan opstellen."),
    ("answered", "Wij zijn in gesprek met de spoorwegbeheerder over een betere afsluiting van de fietsenstalling."),
    ("answered", "Extra maatregelen zijn op dit moment niet nodig: het aantal meldingen daalde met de helft."),
    ("answered", "Het reglement werd aangepast, zodat de politie sneller een boete kan opleggen."),
    # (context listed with "onder meer", "zoals", "daarnaast": no measure, though a list ask would count it)
    (
        "partial",
        "Er komen onder meer pendelaars, scholieren en toeristen samen. De veiligheid van de reizigers is voor het college een prioriteit.",
    ),
    (
        "partial",
        "De overlast heeft verschillende oorzaken, zoals drugshandel, alcoholgebruik en rondhangende jongeren. Daarnaast speelt de verlichting een rol.",
    ),
    # (a power restated, another party's responsibility, valuing)
    ("partial", "De burgemeester kan een gebiedsverbod opleggen aan wie hinder veroorzaakt."),
    ("partial", "De spoorwegbeheerder is zelf verantwoordelijk voor de veiligheid in de stationsgebouwen."),
    ("partial", "Het college hecht groot belang aan een veilige stationsomgeving en volgt de situatie nauw op."),
    ("declined", "Een studie naar de overlast loopt nog; de resultaten worden in juni verwacht."),
)


@pytest.mark.parametrize("question", ACTION_ASKS)
@pytest.mark.parametrize(("want", "measure"), ACTION_ANSWERS)
def test_an_action_ask_is_answered_by_a_measure_and_only_by_a_measure(analyzer: Analyzer, question: str, want: str, measure: str) -> None:
    """Three ways of asking what is done, each typed "action", against fourteen answers that open with the same two sentences
    of background. Measured before the action type (the asks were "list" or "other"): 20 of these 42 verdicts were wrong,
    the context lists counted as the list asked for, the measures of "Welke stappen ..." as "nothing listed"."""
    (item,) = judge(analyzer, f"Vraag 1\n{question}\n\nAntwoord 1\n{_STATION}{measure}\n").judgement.items
    assert item.asks[0].type == "action"
    assert item.verdict == want, (item.code, item.reason)


def test_a_power_answers_an_ask_about_what_could_be_done(analyzer: Analyzer) -> None:
    """A power is partial for "Welke maatregelen neemt ...?" (above), but it is what "Welke maatregelen kan ... nemen?" asks."""
    answer = _STATION + "De burgemeester kan een gebiedsverbod opleggen aan wie hinder veroorzaakt."
    assert verdict_of(analyzer, "Welke maatregelen kan de burgemeester nemen tegen de overlast aan het station?", answer) == "answered"


@pytest.mark.parametrize(
    ("question", "answer", "want"),
    [
        # a measure after a figure that is not kept: partial, not declined (the second reader's case)
        (
            "Hoeveel meldingen van overlast waren er in 2023? Indien dat aantal is gestegen, wat gaat u daaraan doen?",
            "Dat aantal wordt niet afzonderlijk geregistreerd. Wel kregen we meer klachten, en daarom verdubbelt de politie het aantal avondpatrouilles.",
            "partial",
        ),
        # the condition holds ("terecht"), and no measure is named: partial, not a follow-up taken as moot
        (
            "Deelt u de zorgen over de luchtkwaliteit? Zo ja, welke maatregelen neemt u?",
            "Die zorgen zijn terecht. De luchtkwaliteit blijft een aandachtspunt.",
            "partial",
        ),
    ],
)
def test_a_follow_up_about_action_keeps_its_own_verdict(analyzer: Analyzer, question: str, answer: str, want: str) -> None:
    """A follow-up that asks what is done is judged on the measures named, whatever the polarity reading says (a first
    version took it as moot whenever no measure was named and no yes was read, which answered the second item and, with
    the measure missed, declined the first)."""
    assert verdict_of(analyzer, question, answer) == want


@pytest.mark.parametrize(
    "question", ["Wat zijn de resultaten van de evaluatie van het parkeerbeleid?", "Wat is de conclusie van de evaluatie?"]
)
@pytest.mark.parametrize(
    ("want", "answer"),
    [
        ("declined", "De evaluatie van het parkeerbeleid loopt nog."),
        ("declined", "De evaluatie is momenteel nog lopende. De resultaten worden in het najaar verwacht."),
        ("declined", "Het parkeerbeleid wordt op dit moment geëvalueerd. Zodra de evaluatie klaar is, informeren we de raad."),
        ("declined", "We zijn de gegevens nog aan het analyseren."),
        ("declined", "Dit wordt momenteel nog onderzocht door de dienst mobiliteit."),
        (
            "answered",
            "Uit de evaluatie blijkt dat de bezetting in het centrum met een derde daalde en dat de handelaars geen omzetverlies leden.",
        ),
    ],
)
def test_work_still_in_progress_declines_an_ask_for_its_outcome(analyzer: Analyzer, question: str, want: str, answer: str) -> None:
    """GUIDE, declined: deferral ("het onderzoek loopt nog"). The ongoing-study cue now also declines an ask typed "other" (what
    the results or the conclusion are); an ask about action, where a study under way is itself a step, keeps its own type and
    is not declined by it. (Before: 4 of these 12 verdicts partial.)"""
    assert verdict_of(analyzer, question, answer) == want


def test_a_study_announced_after_a_real_answer_does_not_decline_it(analyzer: Analyzer) -> None:
    question = "Welke maatregelen neemt het college om de schoolomgeving veiliger te maken?"
    answer = (
        "In januari 2025 worden drie extra zebrapaden aangelegd aan de schoolpoort. "
        "Daarnaast zal onderzocht worden of ook een snelheidsbeperking nodig is."
    )
    assert verdicts(judge(analyzer, ONE_ITEM.format(question=question, answer=answer)))["1"] != "declined"


@pytest.mark.parametrize("question", ["Komt er extra budget voor de jeugdhuizen?", "Hoeveel budget wordt er voorzien voor de jeugdhuizen?"])
@pytest.mark.parametrize(
    ("want", "answer"),
    [
        ("declined", "Daarover wordt beslist bij de opmaak van de begroting."),
        ("declined", "Dit wordt meegenomen in de besprekingen over het meerjarenplan."),
        ("declined", "De beslissing hierover valt in het najaar."),
        ("declined", "Hierover beslist de gemeenteraad in december."),
        ("declined", "Dit zal bij de opmaak van het meerjarenplan worden bekeken."),
        ("declined", "Het college neemt hierover een beslissing bij de begrotingswijziging."),
        ("declined", "Dat is een afweging die bij de begroting gemaakt wordt."),
        ("answered", "Bij de begrotingsopmaak werd beslist om 50.000 euro extra uit te trekken voor de jeugdhuizen."),
    ],
)
def test_a_decision_still_to_be_taken_defers_the_answer(analyzer: Analyzer, question: str, want: str, answer: str) -> None:
    """GUIDE, declined: deferral. A decision in the present or the future at a moment to come (the budget, the multi-year
    plan, a month) defers the yes or no and the amount; the decision taken is the answer. Before: the 14 deferrals were all
    read as partial."""
    assert verdict_of(analyzer, question, answer) == want


@pytest.mark.parametrize(
    ("want", "answer"),
    [
        ("answered", "Het college heeft in maart besloten de vergunning van de kippenstal niet te verlengen."),
        ("answered", "De deputatie besliste op 12 mei om de vergunning voor vijf jaar te verlengen."),
        ("answered", "Bij de herziening werd gekozen voor een verlenging van de vergunning met vijf jaar."),
        # (a decision about something else says no yes or no; one not taken defers)
        ("partial", "Het college heeft besloten een extra parkeerplaats aan te leggen aan het gemeentehuis."),
        ("declined", "Er is nog niet beslist over de vergunning."),
        ("declined", "Over de vergunning wordt beslist in het najaar."),
    ],
)
def test_a_decision_taken_about_what_is_asked_answers_a_yes_no_ask(analyzer: Analyzer, want: str, answer: str) -> None:
    """GUIDE, answered: an implicit answer counts when "the text states a decision ... from which the yes or no follows
    directly". A decision in the past tense, any subject, about what the ask names (pool: three items fixed, none broken)."""
    assert verdict_of(analyzer, "Wordt de vergunning van de kippenstal in Oostmalle verlengd?", answer) == want


@pytest.mark.parametrize(
    ("want", "answer"),
    [
        ("answered", "Het antwoord op deze vraag is ontkennend."),
        ("answered", "Burgemeester en wethouders menen deze vraag in ontkennenden zin te moeten beantwoorden."),
        ("answered", "Deze vraag wordt positief beantwoord."),
        ("answered", "De vraag moet negatief worden beantwoord: de middelen zijn op."),
        ("answered", "Op deze vraag kan ik bevestigend antwoorden."),
        ("partial", "Deze vraag kan ik niet bevestigend beantwoorden zolang de evaluatie loopt, maar de signalen zijn positief."),
    ],
)
def test_a_yes_or_no_named_as_such_answers_a_yes_no_ask(analyzer: Analyzer, want: str, answer: str) -> None:
    """The answer says which way it answers ("in ontkennende zin", "bevestigend beantwoord", "Het antwoord ... is ontkennend"),
    the old formula of councils and ministers; before, five of these were "no yes or no given" (a 1930 council reply in
    tests/shapes66 among them)."""
    assert verdict_of(analyzer, "Is de minister bereid de regeling te verlengen?", answer) == want


def test_what_the_answer_says_besides_its_no_is_the_reason_asked_for(analyzer: Analyzer) -> None:
    """ "Bent u bereid ...? Zo neen, waarom niet?" - "Nee. <statements>": the no is given, the statements are its reason
    (GUIDE: every ask gets what it asks for); a bare "Nee." gives no reason, and a way asked for ("Zo ja, hoe gaat u dit
    doen?") is not a reason that any statement gives. (Dev: two items fixed, none broken; blind pool unchanged.)"""
    question = "Vraag 1\nBent u bereid alle ontwikkelingshulp aan Suriname onmiddellijk te stoppen? Zo neen, waarom niet?\n"
    reason = (
        "Antwoord 1\nNee. Nederland blijft een zakelijke relatie met Suriname nastreven. De aangegane verplichtingen worden nagekomen.\n"
    )
    j = judge(analyzer, question + reason).judgement.item("1")
    assert j.verdict == "answered" and j.asks[1].reason == "the reason asked for is what the answer says besides its yes or no"
    bare = judge(analyzer, question + "Antwoord 1\nNee.\n").judgement.item("1")
    assert bare.verdict == "partial"
    switched = _with(reason_after_answer=0).check(RawDocument("<test>", question + reason)).judgement.item("1")
    assert switched.verdict == "partial"


def test_a_notice_of_delay_declines_every_question_it_covers(analyzer: Analyzer) -> None:
    """The Tweede Kamer's Mededeling stands in for the answers (GUIDE: deferral): every item is declined, however long the
    notice with its reason and footnote, and a figure of the question's title said back in it ("27 meter") answers
    nothing (tests/shapes43: before, all five items were answered or partial)."""
    from analyzer.read import read_path

    raw = read_path(CORPUS.parent / "shapes43" / "tk-ah-20102011-3579.txt")
    assert set(verdicts(analyzer.check(raw)).values()) == {"declined"}


# --- the second reader's cases: each of these was a false "declined" or a lost answer with the first version of a rule ---


def test_uw_kamer_quoted_by_the_asker_makes_no_answer(analyzer: Analyzer) -> None:
    """An asker quoting the minister's letter ("In die brief staat: 'Ik zal uw Kamer ... informeren'") is no respondent's
    voice: the questions stay open, none declined."""
    text = (
        "Vragen van het lid Jansen (SP) aan de minister van Infrastructuur over de A27 (ingezonden 3 maart 2020).\n\n"
        "Bent u bekend met het bericht 'Verbreding A27 opnieuw vertraagd'?\n\n"
        "Herinnert u zich uw brief van 12 januari? In die brief staat: 'Ik zal uw Kamer na de zomer informeren over de nieuwe planning.'\n\n"
        "Wanneer wordt de verbreding opgeleverd? De aannemer meldt dat het werk stilligt.\n\n"
        "Bent u bereid de Kamer binnen twee weken over de planning te informeren?\n"
    )
    result = judge(analyzer, text)
    assert result.document.open and "declined" not in verdicts(result).values()


def test_an_earlier_answer_quoted_in_the_question_is_no_answer_heading(analyzer: Analyzer) -> None:
    text = (
        "Schriftelijke vraag van raadslid Peeters aan het college over de fietsstraat in de Kerkstraat\n\n"
        "Vorig jaar vroeg ik of de Kerkstraat een fietsstraat zou worden. Zal dit gebeuren?\n"
        "Op 12 maart 2019 antwoordde de schepen van mobiliteit in de gemeenteraad als volgt:\n"
        '"Het ontwerp wordt momenteel bestudeerd. De beslissing zal later worden meegedeeld."\nSindsdien is er niets gebeurd.\n\n'
        "1. Wanneer wordt de fietsstraat ingericht?\n2. Hoeveel kost de inrichting?\n3. Werden de bewoners al geraadpleegd?\n"
    )
    result = judge(analyzer, text)
    assert result.document.open and "declined" not in verdicts(result).values()


@pytest.mark.parametrize(
    "opening",
    [
        "De beantwoording volgt zoveel mogelijk de volgorde van de vragen.",
        "Het was helaas niet mogelijk deze vragen binnen de gebruikelijke termijn te beantwoorden.",
        "De beantwoording zal zoveel mogelijk per thema plaatsvinden.",
    ],
)
def test_words_about_answering_above_a_real_answer_decline_nothing(analyzer: Analyzer, opening: str) -> None:
    text = (
        "Vraag 1\nHoeveel ouders wachten nog op compensatie?\n\nVraag 2\nWanneer ontvangen zij hun geld?\n\n"
        f"Antwoord 1\n{opening} Op 1 maart wachtten 4.200 ouders op compensatie.\n\n"
        "Antwoord 2\nDe uitbetaling is gepland in mei 2020.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "answered", "2": "answered"}


def test_goods_that_need_not_be_delivered_are_no_withheld_information(analyzer: Analyzer) -> None:
    text = (
        "Vraag 1\nWanneer levert de fabrikant de pantservoertuigen?\nAntwoord 1\n"
        "De voertuigen hoeven niet te worden geleverd voor 2025. De fabrikant levert ze in maart 2026.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "answered"}


def test_a_follow_up_nothing_takes_up_applies_only_when_the_answer_meets_its_condition(analyzer: Analyzer) -> None:
    """ "Indien neen, wat zijn dan de feiten?" after an answer that gives the facts asked about, and "In het geval dit bedrag
    ontbreekt, waar is het geld naartoe gegaan?" after "Het bedrag staat gereserveerd ...": no sentence takes the follow-up
    up because its condition is not met, so it is moot, not left unanswered. After an explicit "Ja", a "Zo ja, ...?" that
    nothing takes up is still open."""
    condition_not_met = (
        "Vragen van het lid Jansen\n\n1\nKunt u bevestigen dat de provincie 240 hectare grond heeft aangekocht? Indien neen, "
        "wat zijn dan de feiten?\n\n2\nWaar is dit bedrag terug te vinden op de begroting? In het geval dit bedrag ontbreekt, "
        "waar is dan het geld naartoe gegaan?\n\nAntwoord 1\nDe provincie heeft 234 hectare grond aangekocht, voor de aanleg "
        "van natuur.\n\nAntwoord 2\nHet bedrag staat gereserveerd op artikel 11.04 van het Mobiliteitsfonds.\n"
    )
    result = judge(analyzer, condition_not_met)
    assert verdicts(result) == {"1": "answered", "2": "answered"}
    follow_up = result.judgement.item("2").asks[1]
    assert follow_up.verdict == "moot" and "nothing in the answer takes it up" in follow_up.reason
    condition_met = (
        "Vragen van het lid Jansen\n\n1\nHeeft u met de commissaris gesproken over de situatie in de regio? Zo ja, kunt u "
        "schetsen wat de inzet van de Unie de komende periode wordt richting de buurlanden?\n\nAntwoord 1\nJa, ik heb op "
        "27 september met de commissaris over de situatie gesproken.\n"
    )
    assert verdicts(judge(analyzer, condition_met)) == {"1": "partial"}


REVIEW13 = Path(__file__).parent / "fixtures" / "review13"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a minister naming the colleague who is responsible answers "Wie is verantwoordelijk?"
        ("colleague-responsible-named", {"1": "answered", "2": "answered"}),
        # another body's lack of say, described by a minister, is an answer about roles
        ("other-body-no-say", {"1": "answered", "2": "answered"}),
        # others told to contact the minister, then what the college did
        ("others-told-to-contact-minister", {"1": "answered", "2": "answered"}),
        # the college's own duty, then what it did
        ("own-duty-then-done", {"1": "answered", "2": "answered"}),
        # "a local matter" before the figure asked for
        ("local-matter-with-figure", {"1": "answered", "2": "answered"}),
        # a quotation introduced by "De reactie van de vervoerder was als volgt:" inside the answer
        ("quotation-after-colon", {"1": "answered"}),
        # "Zo ja: - wat zijn de kosten?" keeps its condition: after "Nee" it does not apply
        ("follow-up-after-colon", {"1": "answered"}),
    ],
)
def test_the_second_readers_answers_are_not_declined(analyzer: Analyzer, name: str, expected: dict[str, str]) -> None:
    """Answers a second reader wrote against this session's competence cues, heading and lead-in: each answers, and none
    is declined."""
    result = judge(analyzer, (REVIEW13 / f"{name}.txt").read_text(encoding="utf-8"))
    assert verdicts(result) == expected


@pytest.mark.parametrize(
    ("answer", "left_out"),
    [
        # two sentences for three questions: their words cannot tell which question each answers
        ("Het kabinet houdt de burgerbevolking niet verantwoordelijk. Het kabinet ziet geen reden de hulp te stoppen.", False),
        # a longer shared answer that never speaks of the consultation asked about in 3 leaves it out
        (
            "De subsidie bedraagt 40.000 euro per jaar. Ze wordt uitbetaald in twee schijven. De eerste schijf volgt in maart. "
            "De tweede schijf volgt na de goedkeuring van het verslag. Het verslag wordt door de administratie nagekeken.",
            True,
        ),
    ],
)
def test_a_question_is_left_out_of_a_shared_answer_only_when_the_answer_is_long_enough_to_tell(
    analyzer: Analyzer, answer: str, left_out: bool
) -> None:
    text = (
        "Vraag 1\nHoeveel bedraagt de subsidie?\nVraag 2\nWanneer wordt de subsidie uitbetaald?\n"
        "Vraag 3\nWerd hierover al overlegd met de federale minister van Financiën?\n"
        f"Antwoord 1, 2 en 3\n{answer}\n"
    )
    j = judge(analyzer, text).judgement.item("3")
    assert (j.verdict == "declined" and j.code == "declined/unaddressed-shared") is left_out


REVIEW14 = json.loads((Path(__file__).parent / "fixtures" / "review14" / "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="known gap")) if c["known_gap"] else c for c in REVIEW14["answers"]],
    ids=lambda c: c["answer"][:50],
)
def test_answers_a_second_reader_wrote_against_the_decline_cues_are_not_declined(analyzer: Analyzer, case: dict[str, str]) -> None:
    """Answer sentences that state a time, a figure, a decision or a role, written by a second reader so that a decline cue
    fires in them: "Het rapport wordt in het najaar verwacht" answers "Wanneer verschijnt het rapport?", "Het onderhoud valt
    onder de bevoegdheid van het waterschap" answers "Wie is verantwoordelijk ...?", "Er kwamen 2.300 bezoekers; kinderen
    werden niet geteld" gives the figure asked for. (known_gap: still declined, see the note of the session.)"""
    verdict = verdict_of(analyzer, case["question"], case["answer"])
    assert verdict == "answered" if case["expected"] == "answered" else verdict != "declined"


@pytest.mark.parametrize("case", REVIEW14["declines"], ids=lambda c: c["answer"][:50])
def test_the_same_cues_still_decline_what_they_should(analyzer: Analyzer, case: dict[str, str]) -> None:
    verdict = verdict_of(analyzer, case["question"], case["answer"])
    assert verdict == "declined"


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the question sent on to the competent colleague: declined (GUIDE: not my competence, the answer still to come)
        (
            "Waaraan is deze lacune te wijten?",
            "De vraag van de geachte senator wordt toegezonden aan de minister van Gelijke Kansen daar ze tot haar bevoegdheden behoort.",
            "declined",
        ),
        # a state of affairs asked, "under way" given: answered
        (
            "Wat is de staat van het onderzoek naar de prijsontwikkeling?",
            "Dit onderzoek wordt momenteel uitgevoerd en ik verwacht u over de uitkomsten in het najaar te kunnen informeren.",
            "answered",
        ),
        # ... but a promise to inform without the state is still a deferral
        ("Wat is de stand van zaken?", "Ik zal uw Kamer hierover na de zomer informeren.", "declined"),
    ],
)
def test_the_fourteenth_sessions_blind_set_constructions(analyzer: Analyzer, question: str, answer: str, expected: str) -> None:
    assert verdict_of(analyzer, question, answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "Ik beschik niet over deze gegevens.",
        "Ik moet u meedelen dat ik niet over deze gegevens beschik.",
        "Het kabinet beschikt niet over deze cijfers.",
        "Helaas moet ik melden dat het kabinet niet over deze cijfers beschikt.",
        "De stad heeft geen zicht op dit aantal.",
        "Ik kan u meedelen dat de stad geen zicht heeft op dit aantal.",
        "Wij houden deze cijfers niet bij.",
        "Het is zo dat wij deze cijfers niet bijhouden.",
        "De politie registreert dit niet.",
        "Ik heb vernomen dat de politie dit niet registreert.",
        "Dit wordt niet geregistreerd.",
        "Het probleem is dat dit niet wordt geregistreerd.",
        "Het probleem is dat dit niet geregistreerd wordt.",
        "Meldingen van overlast worden niet apart geregistreerd.",
        "Wij weten niet hoeveel meldingen er binnenkwamen.",
        "Ik moet erkennen dat wij niet weten hoeveel meldingen er binnenkwamen.",
        "Deze cijfers zijn niet beschikbaar.",
        "Ik stel vast dat deze cijfers niet beschikbaar zijn.",
        "Het aantal meldingen is niet bekend.",
        "Het college merkt op dat het aantal meldingen niet bekend is.",
        "Ik kan deze cijfers niet geven.",
        "Ik betreur dat ik deze cijfers niet kan geven.",
        "De stad kan deze gegevens niet verstrekken.",
        "Het spijt mij dat de stad deze gegevens niet kan verstrekken.",
        "Het aantal meldingen wordt niet gemonitord.",
        "Ik wijs erop dat het aantal meldingen niet gemonitord wordt.",
        "Daarover zijn geen gegevens voorhanden.",
        "Het college meldt dat daarover geen gegevens voorhanden zijn.",
        "Er zijn geen cijfers over overlastmeldingen.",
        "Er bestaat geen overzicht van het aantal meldingen.",
        pytest.param("Van een registratie van deze meldingen is geen sprake.", marks=pytest.mark.xfail(strict=True, reason="known gap")),
        "Wij hebben geen cijfers over overlast in 2024.",
        "Ik zal uw Kamer hierover later informeren.",
        "Ik heb toegezegd dat ik uw Kamer hierover later zal informeren.",
        pytest.param("De cijfers over 2024 worden in het voorjaar verwacht.", marks=pytest.mark.xfail(strict=True, reason="known gap")),
        "Zodra de cijfers bekend zijn, zal ik ze aan de raad bezorgen.",
        "Die informatie kan ik niet delen.",
        "Ik deel die informatie niet.",
        "Om privacyredenen worden deze gegevens niet gedeeld.",
        "Deze gegevens worden om privacyredenen niet openbaar gemaakt.",
    ],
)
def test_no_data_withholding_and_deferral_decline_a_count_whatever_the_clause(analyzer: Analyzer, answer: str) -> None:
    """A construction grid: having, knowing, registering, keeping, being available, giving and sharing negated, and
    deferral, with the subject as "ik", "wij", an institution or the passive, in a main clause and in a clause of its own
    with the verb last ("dat ik niet over deze gegevens beschik"). Each declines "Hoeveel ...?" on its own. Before, 8 of
    these 40 did not ("dat ... niet over ... beschik", "Die informatie kan ik niet delen", "Ik deel die informatie niet")."""
    assert verdict_of(analyzer, "Hoeveel meldingen van overlast kwamen er in 2024 binnen?", answer) == "declined"


@pytest.mark.parametrize(
    "answer",
    [
        "Er kwamen 42 meldingen binnen; niet alle meldingen werden apart geregistreerd.",
        "Er zijn in 2024 geen meldingen binnengekomen.",
        "Het aantal meldingen is niet gestegen: het waren er 42, net als in 2023.",
        "Ik beschik niet over aanwijzingen dat het aantal is gestegen; het waren er 42.",
        "De cijfers zijn op 3 maart aan uw Kamer gestuurd: het gaat om 42 meldingen.",
        "Niet minder dan 42 meldingen kwamen binnen.",
        "Wij houden de cijfers nauwkeurig bij: in 2024 waren het 42 meldingen.",
        "Helaas waren het er 42.",
        "Het ging om 42 meldingen. Meer details kan ik niet geven.",
        "Op dit moment zijn er 42 meldingen; de cijfers over december worden nog verwerkt.",
        "In 2024 kwamen er 42 meldingen binnen. Die cijfers zijn helaas niet volledig, omdat niet alle wijken meldden.",
        "Het college heeft 42 meldingen ontvangen, maar kan niet uitsluiten dat er meer overlast was.",
        "42 meldingen, waarvan er 12 niet verder onderzocht konden worden.",
        "Er werden 42 meldingen geregistreerd. Ik zal uw Kamer voor de zomer informeren over de cijfers van 2025.",
        "Het precieze aantal is niet bekend, maar het gaat om ongeveer 40 meldingen.",
        "Dat weet ik niet precies; de politie telde er 42.",
        "Tot op heden zijn er nog geen meldingen ontvangen.",
        "Geen enkele melding kwam binnen.",
    ],
)
def test_a_count_given_beside_a_negation_or_a_caveat_is_never_declined(analyzer: Analyzer, answer: str) -> None:
    """The counter-grid of the one above: a figure or a zero given, with a negation, a caveat, a promise about something
    else or a past report beside it, is an answer (or a partial one), never a decline. Before, "Dat weet ik niet precies;
    de politie telde er 42" was declined (the figure's clause names what it counts only by "er"), and "Er zijn geen
    meldingen binnengekomen" was no zero (a separable verb's participle)."""
    got = verdict_of(analyzer, "Hoeveel meldingen van overlast kwamen er in 2024 binnen?", answer)
    zero = answer.startswith(("Er zijn in 2024 geen", "Tot op heden", "Geen enkele"))
    assert got != "declined" and (not zero or got == "answered")


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Nee, daartoe ben ik niet bereid.", "answered"),
        ("Ik ben niet bereid de subsidie te verhogen.", "answered"),
        ("Daar ben ik niet toe bereid, omdat het budget op is.", "answered"),
        ("Het kabinet is niet van plan de subsidie te verhogen.", "answered"),
        ("Een verhoging van de subsidie is niet aan de orde.", "answered"),
        ("Er komt geen verhoging van de subsidie.", "answered"),
        ("De subsidie wordt niet verhoogd.", "answered"),
        ("Daarvan is geen sprake.", "answered"),
        ("Ik zie geen aanleiding de subsidie te verhogen.", "answered"),
        ("Ik acht een verhoging niet nodig.", "answered"),
        ("Wij zullen de subsidie niet verhogen.", "answered"),
        ("De subsidie zal volgend jaar met 5% stijgen.", "answered"),
        ("Het college heeft besloten de subsidie te verhogen.", "answered"),
        ("Ja, de subsidie wordt vanaf januari verhoogd.", "answered"),
        ("Ik ben daartoe bereid.", "answered"),
        ("Wij verhogen de subsidie niet, want de speeltuinen hebben genoeg middelen.", "answered"),
        ("Ik kan daar op dit moment niets over zeggen.", "declined"),
        ("Daarover is nog geen besluit genomen; ik informeer uw Kamer in het voorjaar.", "declined"),
        ("Dat is een zaak van de gemeenten.", "declined"),
        ("Ik ga niet in op de subsidie van individuele organisaties.", "declined"),
        ("Hierover kan ik geen uitspraken doen.", "declined"),
        ("Dit wordt momenteel onderzocht.", "declined"),
        ("Ik wacht de evaluatie af alvorens hierover te beslissen.", "declined"),
        ("Die vraag moet aan de minister van Financiën worden gesteld.", "declined"),
        ("Het is niet aan mij om hierover te beslissen.", "declined"),
        ("De subsidie valt onder de bevoegdheid van de provincie.", "declined"),
        # (a decision at a moment to come, in the passive: a known gap until the nineteenth session, declined.deferral-decision)
        ("Over de subsidie wordt bij de begroting beslist.", "declined"),
        ("Daar kan ik nu nog niets over zeggen.", "declined"),
    ],
)
def test_a_willingness_ask_answered_by_a_yes_or_no_in_any_form_or_declined(analyzer: Analyzer, answer: str, verdict: str) -> None:
    """ "Bent u bereid ...?": a no or a yes in any of its forms (a refusal to do it, a decision, a plan, "Daar ben ik niet toe
    bereid") answers it; a refusal to answer, a deferral or another's competence declines it (GUIDE.md)."""
    assert verdict_of(analyzer, "Bent u bereid de subsidie voor de speeltuinen te verhogen?", answer) == verdict


def test_another_body_expecting_a_decision_is_no_ask_when_parliament_is_told(analyzer: Analyzer) -> None:
    """ "Wanneer verwachten de Europese Commissie en de lidstaten een besluit?" asks when others decide: a promise to inform
    the Kamer about the state of affairs does not answer it (a second review's finding)."""
    text = (
        "Vraag 1\nWanneer verwachten de Europese Commissie en de lidstaten een besluit over de toelating van glyfosaat?\n\n"
        "Antwoord 1\nHet is nog niet bekend wanneer daarover een besluit wordt genomen. Ik zal uw Kamer in het voorjaar van 2025 "
        "informeren over de stand van zaken.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "declined"}


@pytest.mark.parametrize(
    "answer",
    [
        "De werken starten eind volgend jaar.",
        "De werken starten in het voorjaar van 2026.",
        "Binnen drie maanden beginnen de werken.",
        "Na de zomer gaan de werken van start.",
        "De start is voorzien medio 2026.",
        "De aannemer begint in het derde kwartaal.",
        "Over twee weken begint de aannemer.",
        "Begin maart beginnen de werken.",
        "Nog dit jaar starten de werken.",
        "De werken starten rond de jaarwisseling.",
        "De werken zijn vorige week gestart.",
        "De werken starten op 14 september.",
        "Volgens de planning starten de werken in Q3 2026.",
        "De aannemer start na de bouwvakantie.",
        "De werken beginnen in week 12.",
    ],
)
def test_a_time_ask_is_answered_by_a_moment_in_any_form(analyzer: Analyzer, answer: str) -> None:
    """A date, a season, a quarter, a week number, a term counted from now ("Over twee weken"), a recess."""
    assert verdict_of(analyzer, "Wanneer starten de werken aan de brug?", answer) == "answered"


@pytest.mark.parametrize(
    "answer",
    [
        "Het zwembad werd gesloten omdat het dak instortingsgevaar vertoonde.",
        "Door een lek in het dak moest het zwembad dicht.",
        "De reden is een lek in het dak.",
        "Dit komt door een lek in het dak.",
        "Dat heeft te maken met de staat van het dak.",
        "Vanwege instortingsgevaar werd het zwembad gesloten.",
        "Aangezien het dak instortingsgevaar vertoonde, werd het zwembad gesloten.",
        "Het dak vertoonde instortingsgevaar. Daarom werd het zwembad gesloten.",
        "De sluiting is het gevolg van een lek in het dak.",
        "De sluiting was nodig wegens de slechte staat van het dak.",
        "Het zwembad is gesloten, want het dak lekt.",
        "Een inspectie stelde instortingsgevaar vast, waardoor het zwembad dicht moest.",
    ],
)
def test_a_why_ask_is_answered_by_a_reason_in_any_form(analyzer: Analyzer, answer: str) -> None:
    """ "omdat", "doordat", "vanwege", "De reden is", "Dit komt door", "het gevolg van", "waardoor", a "Daarom" after the fact."""
    assert verdict_of(analyzer, "Waarom werd het zwembad gesloten?", answer) == "answered"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Zie mijn brief van 12 maart 2024 (Kamerstuk 36 410, nr. 5).", "referred"),
        ("Voor het antwoord op deze vraag verwijs ik naar de Kamerbrief van 4 november 2024.", "referred"),
        ("Ik verwijs u naar het antwoord op schriftelijke vraag nr. 123 van collega Peeters.", "referred"),
        (
            "Hiervoor verwijs ik naar mijn antwoord op de vragen van het lid Jansen (Aanhangsel Handelingen 2023-2024, nr. 1234).",
            "referred",
        ),
        ("Deze vraag is reeds beantwoord in mijn brief van 5 maart 2024.", "referred"),
        ("Zie de bijlage.", "referred"),
        ("De cijfers vindt u in bijlage.", "referred"),
        ("De gevraagde cijfers zijn terug te vinden in het jaarverslag 2023 van de politiezone.", "referred"),
        pytest.param(
            "Ik verwijs naar de website www.overlast.be, waar de cijfers per jaar staan.",
            "referred",
            marks=pytest.mark.xfail(strict=True, reason="known gap: a web page pointed to answers a where-ask, so it is no pointer here"),
        ),
        ("Het antwoord op deze vraag werd gegeven in de commissie van 12 februari 2025.", "referred"),
        ("Voor de cijfers verwijs ik naar de jaarlijkse veiligheidsmonitor, die u op de website van het CBS vindt.", "referred"),
        ("Deze vraag werd eerder beantwoord als schriftelijke vraag 2024/045.", "referred"),
        ("Zoals ik in mijn brief van 12 maart schreef, kwamen er 42 meldingen binnen.", "answered"),
        ("Er kwamen 42 meldingen binnen (zie ook de bijlage voor de verdeling per wijk).", "answered"),
        ("In 2024 waren er 42 meldingen; het jaarverslag geeft meer details.", "answered"),
    ],
)
def test_a_pointer_to_an_outside_text_in_any_form_is_referred(analyzer: Analyzer, answer: str, verdict: str) -> None:
    """A letter, an earlier answer to a named member or a numbered question, an attachment, a report, a monitor or a web page
    pointed to is "referred"; the same text named beside the figure itself is an answer (GUIDE.md). Before, 6 of these 12
    pointers were "partial"."""
    assert verdict_of(analyzer, "Hoeveel meldingen van overlast kwamen er in 2024 binnen?", answer) == verdict


@pytest.mark.parametrize(
    "answer",
    [
        "Dat is een bevoegdheid van de gemeenten.",
        "Dit behoort tot de bevoegdheid van de minister van Onderwijs.",
        "Dit valt buiten mijn bevoegdheid.",
        pytest.param("Het is aan de scholen om dit bij te houden.", marks=pytest.mark.xfail(strict=True, reason="known gap")),
        pytest.param("Ik heb hierin geen rol.", marks=pytest.mark.xfail(strict=True, reason="known gap")),
        "De provincie is hiervoor niet bevoegd.",
        "Deze materie behoort niet tot mijn bevoegdheden.",
        "Voor deze vraag verwijs ik naar mijn collega van Onderwijs, die hiervoor bevoegd is.",
        "U kunt deze vraag het best stellen aan de minister van Onderwijs.",
        "Dit valt onder de bevoegdheid van de Vlaamse Gemeenschap.",
        "Deze vraag dient gesteld te worden aan de bevoegde minister.",
    ],
)
def test_another_body_s_competence_in_any_form_declines_a_count(analyzer: Analyzer, answer: str) -> None:
    """Competence elsewhere or not the respondent's, said in the forms answers use. (Another party's responsibility, "Dat is
    de verantwoordelijkheid van de scholen", stays background, partial, as GUIDE.md has it; "Ik heb hierin geen rol" is a known
    gap: in dev it is the reason for a no, gold answered.)"""
    assert verdict_of(analyzer, "Hoeveel leerlingen verlieten in 2024 vroegtijdig de school?", answer) == "declined"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Welke initiatieven neemt de Vlaamse Regering om de lerarentekorten aan te pakken?",
            "Onderwijs is een gemeenschapsbevoegdheid. Daarom heeft de Vlaamse Regering in 2024 een plan van 20 maatregelen goedgekeurd.",
        ),
        (
            "Kunnen gemeenten zelf bepalen waar laadpalen komen?",
            "Daarover beslissen de gemeenten zelf, op basis van een netbeheerdersanalyse.",
        ),
        (
            "Hoeveel leerlingen verlieten in 2023 het secundair onderwijs zonder diploma?",
            "U kunt deze vraag het best stellen aan de minister van Onderwijs, maar ik kan alvast meegeven dat het om ongeveer 9.000 jongeren gaat.",
        ),
        (
            "Waar kunnen bewoners terecht met vragen over de heraanleg van de markt?",
            "Bewoners kunnen terecht bij het projectteam in het stadskantoor. U kunt uw vragen ook richten aan de bevoegde schepen tijdens het wekelijkse spreekuur.",
        ),
        (
            "Wat is uw reactie op het rapport?",
            "De conclusie van het rapport kan ik niet delen. Uit onze eigen metingen blijkt het tegendeel.",
        ),
        ("Deelt u de visie van de SER?", "De visie uit het rapport van de SER kan ik niet delen."),
        ("Hoeveel dossiers werden er opgevolgd?", "Hiervan worden geen dossiers bijgehouden."),
    ],
)
def test_what_a_second_review_found_declined_or_answered_wrongly(analyzer: Analyzer, question: str, answer: str) -> None:
    """A second reviewer's answers that this session's first version of the new cues declined, or counted as a zero: the
    competent body naming its competence before its answer, another deciding as the yes, the question sent on beside an
    answer, a view disagreed with, no records kept (not a zero)."""
    got = verdict_of(analyzer, question, answer)
    assert got != ("answered" if answer.startswith("Hiervan worden geen") else "declined")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Hoeveel ongevallen waren er?", "Hiervoor verwijs ik naar de lopende studie van het studiebureau, die eind dit jaar klaar is."),
        (
            "Waarom stijgt het aantal ongevallen?",
            "Ik verwijs naar de studie van de KU Leuven, waaruit blijkt dat vooral de vergrijzing een rol speelt.",
        ),
    ],
)
def test_a_study_pointed_to_is_no_outside_text_to_refer_to(analyzer: Analyzer, question: str, answer: str) -> None:
    """A study still to come defers; one whose finding follows answers: neither is "referred" (a second review's finding)."""
    assert verdict_of(analyzer, question, answer) != "referred"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Daarover beschik ik niet over gegevens.", "declined"),
        ("Dat wordt niet centraal bijgehouden.", "declined"),
        ("Een overzicht per gemeente is niet beschikbaar.", "declined"),
        ("Die informatie kan ik niet delen omdat de aanvragen nog lopen.", "declined"),
        ("Ik kan geen namen van gemeenten geven.", "declined"),
        ("De lijst van aanvragers wordt niet openbaar gemaakt.", "declined"),
        ("Dat is een zaak van de provincies.", "declined"),
        ("Het overzicht volgt na de beoordeling van alle dossiers.", "declined"),
        ("Hierover informeer ik u na afloop van de oproep.", "declined"),
        pytest.param(
            "De aanvragen worden momenteel nog verwerkt.",
            "declined",
            marks=pytest.mark.xfail(strict=True, reason="known gap: work in progress answers a list of actions, so it declines no list"),
        ),
        ("De gemeenten Gent, Aalst en Lier vroegen een subsidie aan.", "answered"),
        ("Het gaat om Gent, Aalst en Lier.", "answered"),
        ("Enkel de gemeente Lier vroeg een subsidie aan.", "answered"),
        ("Geen enkele gemeente vroeg een subsidie aan.", "answered"),
        pytest.param(
            "Er werden aanvragen ingediend door Gent en Aalst; Lier trok haar aanvraag in.",
            "answered",
            marks=pytest.mark.xfail(strict=True, reason="known gap: a list in prose with a passive agent"),
        ),
    ],
)
def test_a_list_ask_declined_or_answered_in_the_usual_forms(analyzer: Analyzer, answer: str, verdict: str) -> None:
    """ "Welke gemeenten ...?": no data, withholding ("Ik kan geen namen van gemeenten geven", before a zero: "gemeenten" read
    as a participle), competence and deferral ("Het overzicht volgt na de beoordeling ...", "Hierover informeer ik u na
    afloop ...") decline it; the names, one name or none answer it."""
    assert verdict_of(analyzer, "Welke gemeenten vroegen in 2024 een subsidie aan voor de renovatie van hun sporthal?", answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # whether the count is kept is a yes/no question: its clear no answers it; the count asked for is declined by it
        (
            "Wordt bijgehouden hoeveel aangiftes van geweld tegen boa's tot vervolging leiden?",
            "Nee, dat wordt niet afzonderlijk bijgehouden.",
            "answered",
        ),
        ("Houdt de gemeente bij hoeveel meldingen van wateroverlast er binnenkomen?", "Nee, dat wordt niet bijgehouden.", "answered"),
        ("Hoeveel aangiftes van geweld tegen boa's leiden tot vervolging?", "Dat wordt niet afzonderlijk bijgehouden.", "declined"),
        # a willingness ask whose infinitive clause is followed by a phrase: the act said back answers it, whatever the
        # study it starts leaves for later
        (
            "Bent u bereid de Inspectie van het Onderwijs te vragen een themaonderzoek uit te voeren naar de kwaliteit van het "
            "taalonderwijs aan nieuwkomers in het primair onderwijs?",
            "Ik heb de inspectie inmiddels verzocht om in het schooljaar 2025-2026 een themaonderzoek naar het taalonderwijs op "
            "nieuwkomersvoorzieningen uit te voeren. De resultaten daarvan worden in het voorjaar van 2026 verwacht.",
            "answered",
        ),
        (
            "Bent u bereid de Inspectie van het Onderwijs te vragen een themaonderzoek uit te voeren naar de kwaliteit van het "
            "taalonderwijs aan nieuwkomers in het primair onderwijs?",
            "Ik heb met de inspectie gesproken over haar jaarplan.",
            "partial",
        ),
    ],
)
def test_a_yes_no_question_about_keeping_or_doing_is_answered_by_what_is_said_back(
    analyzer: Analyzer, question: str, answer: str, verdict: str
) -> None:
    """Blind probes of the twentieth session: "Wordt bijgehouden hoeveel ...?" asks whether (the count is embedded in the
    yes/no frame), and "Bent u bereid X te vragen ... uit te voeren naar ...?" is said back by "Ik heb X verzocht ... uit te
    voeren" though its last words are a phrase after the verb."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        (
            "Welke maatregelen neemt het kabinet om de uitstroom van startende leraren te beperken?",
            "Over de aanpak van het lerarentekort, waaronder het behoud van startende leraren, heb ik uw Kamer uitgebreid "
            "geïnformeerd in mijn brief van 14 november 2024 (Kamerstuk 27 923, nr. 492).",
            "referred",
        ),
        (
            "Welke tekortkomingen stelde de inspectie vast bij de opvang van minderjarigen?",
            "De bevindingen van de inspectie zijn opgenomen in het rapport 'Opvang van minderjarigen', dat ik op 4 april 2024 aan "
            "uw Kamer heb gezonden (Kamerstuk 19 637, nr. 3210).",
            "referred",
        ),
        (
            "Hoeveel bezoekers ontvingen de kunstencentra in 2024, per centrum?",
            "De bezoekerscijfers per kunstencentrum zijn opgenomen in het jaarverslag 2024 van het departement.",
            "referred",
        ),
        (
            "Hoeveel fietsers passeerden in 2024 de telpalen op de Coupure?",
            "De gegevens van de fietstelpalen zijn raadpleegbaar via het open dataportaal van de stad.",
            "referred",
        ),
        (
            "Komt er een verbod op de verkoop van energiedrankjes aan minderjarigen? Zo ja, per wanneer?",
            "Ik verwijs u naar mijn antwoorden op de vragen van het lid Dobbe (Aanhangsel Handelingen II, vergaderjaar 2024-2025, "
            "nr. 1187).",
            "referred",
        ),
        (
            "Wat zijn de krachtlijnen van het beleid rond circulair bouwen?",
            "Voor de krachtlijnen verwijs ik naar de conceptnota 'Circulair bouwen 2030' (stuk 412 (2024-2025) – Nr. 1).",
            "referred",
        ),
        # the content given, the letter named beside it: no pointer alone
        (
            "Hoeveel bezoekers ontvingen de kunstencentra in 2024?",
            "De kunstencentra ontvingen in 2024 samen 412.000 bezoekers. De cijfers per centrum zijn opgenomen in het jaarverslag "
            "2024 van het departement.",
            "answered",
        ),
    ],
)
def test_a_pointer_to_a_text_named_by_its_date_number_or_title_refers(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """Blind probes of the twentieth session: a pointer written as where it was said ("heb ik uw Kamer geïnformeerd in mijn
    brief van ...", "zijn opgenomen in het rapport ..., dat ik ... heb gezonden (Kamerstuk ...)", "zijn raadpleegbaar via het
    open dataportaal") refers, and the session year of a citation ("vergaderjaar 2024-2025") is no time."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # the telling promised is the yes to a willingness ask about telling the assembly, not a deferral of it
        (
            "Bent u bereid de Kamer halfjaarlijks te informeren over de voortgang van het onderhoud aan sluizen?",
            "Ik zal de voortgang voortaan opnemen in de halfjaarlijkse voortgangsbrief, waarvan de eerstvolgende in juni 2026 aan "
            "uw Kamer wordt gezonden.",
            "answered",
        ),
        # ... and to a request to tell by a moment (before, the promise declined it: a false decline)
        (
            "Kunt u de Kamer vóór het zomerreces informeren over de voortgang van de maatregelen om de wachttijden terug te dringen?",
            "Ik zal uw Kamer in de volgende voortgangsbrief rijvaardigheid informeren over de stand van de reserveringstermijnen en de "
            "effecten van de maatregelen. Die brief ontvangt u vóór het zomerreces.",
            "answered",
        ),
        # (not a request for the information now: the promise to tell later defers it)
        (
            "Kunt u de Kamer informeren over de voortgang van de maatregelen?",
            "Ik zal uw Kamer in de volgende voortgangsbrief over de voortgang informeren.",
            "declined",
        ),
        (
            "Wanneer ontvangt de Kamer de evaluatie van de regeling?",
            "De evaluatie wordt nog uitgevoerd. Ik zal uw Kamer daarover informeren zodra die beschikbaar is.",
            "declined",
        ),
        # a pointer sentence names what it points about: no proposition said back, no act, no date of its own
        (
            "Komt er een investeringssubsidie voor de plaatsing van koelinstallaties? Zo ja, vanaf wanneer?",
            "Voor de subsidie voor koelinstallaties verwijs ik naar mijn antwoord op schriftelijke vraag nr. 144 van 12 december 2025.",
            "referred",
        ),
        (
            "Welke maatregelen neemt u om het bereik van voorschoolse educatie te vergroten?",
            "Over de maatregelen die ik neem om het bereik van voorschoolse educatie te vergroten, heb ik uw Kamer geïnformeerd in "
            "mijn brief van 18 november 2025 (Kamerstuk 27 020, nr. 142).",
            "referred",
        ),
        (
            "Welke maatregelen neemt u om het bereik van voorschoolse educatie te vergroten?",
            "Ik verhoog het budget voor voorschoolse educatie met 20 miljoen euro. Over de verdere maatregelen heb ik uw Kamer "
            "geïnformeerd in mijn brief van 18 november 2025.",
            "answered",
        ),
    ],
)
def test_what_a_pointer_sentence_names_is_no_answer_and_a_promise_to_tell_is_the_yes_to_telling(
    analyzer: Analyzer, question: str, answer: str, verdict: str
) -> None:
    """Blind documents of the twentieth session: "Over de maatregelen die ik neem ..., heb ik uw Kamer geïnformeerd in mijn brief
    van ..." points elsewhere (its topic is no measure named), and "Bent u bereid de Kamer te informeren?" is answered by the
    telling promised."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # no monitoring of whether something else holds answers another question than the count asked
        (
            "Hoeveel aanvragen kwamen er in 2024 binnen?",
            "Er wordt niet bijgehouden of de aanvragers ook huurder zijn. Wel blijkt uit de jaarcijfers dat er 412 aanvragen waren.",
            "answered",
        ),
        (
            "Hoeveel woonzorgcentra hebben een koelsysteem in alle kamers?",
            "Het departement beschikt niet over een inventaris van de koelsystemen.",
            "declined",
        ),
        (
            "Plant de deputatie een provinciaal actieplan invasieve exoten?",
            "De deputatie wacht de eindevaluatie af van het lopende project, die in het voorjaar van 2027 wordt verwacht.",
            "declined",
        ),
    ],
)
def test_no_data_and_waiting_in_the_forms_of_the_blind_documents(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """Blind documents of the twentieth session: no inventory, waiting for a compound 'eindevaluatie'; not monitoring whether
    another thing holds leaves the count alone."""
    assert verdict_of(analyzer, question, answer) == verdict


def test_a_reference_to_a_lettered_answer_follows_that_letter_only(analyzer: Analyzer) -> None:
    """ "3. Zie antwoord op vraag 2a)" follows the part a) of answer 2, not the whole of answer 2, whose "b) Nee." answers
    another question (it was read as this item's no)."""
    text = (
        "1. Hoeveel leerlingen maken gebruik van het leerlingenvervoer?\n"
        "2. a) Welke maatregelen neemt de minister om de reistijden te beperken?\n"
        "b) Wordt de richtwaarde van 90 minuten afdwingbaar gemaakt?\n"
        "3. Overweegt de minister een kilometervergoeding voor ouders die hun kind zelf naar school brengen?\n\n"
        "ANTWOORD\n\n1. In 2025 maakten 31.842 leerlingen gebruik van het leerlingenvervoer.\n\n"
        "2. a) Ik heb met De Lijn afgesproken om tegen september 2026 alle busroutes te herberekenen.\n"
        "b) Nee. De 90 minuten blijven een richtwaarde.\n\n3. Zie antwoord op vraag 2a).\n"
    )
    result = judge(analyzer, text)
    assert verdicts(result)["2b"] == "answered"
    assert verdicts(result)["3"] != "answered"


def test_a_grouped_answer_that_opens_with_the_first_questions_no_data_does_not_decline_the_second(analyzer: Analyzer) -> None:
    """ "Antwoord op vraag 2 en 3": the no-data sentence responds to question 2; question 3's count is given in a sentence
    of its own, so the opening cue is no lead decline of question 3 (it was: a false decline)."""
    text = (
        "1. Hoeveel woonzorgcentra zijn er in Vlaanderen?\n"
        "2. Hoeveel woonzorgcentra hebben in alle bewonerskamers een koelsysteem?\n"
        "3. Hoeveel woonzorgcentra beschikken over minstens één gekoelde leefruimte?\n\n"
        "ANTWOORD\n\n1. Er zijn 812 erkende woonzorgcentra.\n\n"
        "2 en 3. Het departement beschikt niet over een inventaris van de koelsystemen per bewonerskamer. Sinds 2022 moet elk "
        "woonzorgcentrum beschikken over minstens één gekoelde leefruimte. Uit de bevraging van juni 2025 blijkt dat 797 "
        "woonzorgcentra over een gekoelde leefruimte beschikken.\n"
    )
    got = verdicts(judge(analyzer, text))
    assert got["2"] == "declined"
    assert got["3"] != "declined"


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # "Zo nee, waarom niet?" after a bare no wants its reason; after a yes it does not apply
        ("Bent u bereid de termijn voor de aanvraag te verlengen? Zo nee, waarom niet?", "Nee.", "partial"),
        (
            "Bent u bereid de termijn voor de aanvraag te verlengen? Zo nee, waarom niet?",
            "Nee, omdat de regeling op 1 januari afloopt en de uitvoerder geen capaciteit heeft.",
            "answered",
        ),
        (
            "Is er bij de vergunning rekening gehouden met het dierenwelzijn? Zo ja, op welke wijze?",
            "Ja, er is rekening gehouden met het dierenwelzijn door de organisator te wijzen op de bepalingen van de wet.",
            "answered",
        ),
        # "Zo ja, aan welke?" asks for the names: the count alone is part of it
        (
            "Heeft de provincie in 2024 subsidies verstrekt aan lokale energiecoöperaties? Zo ja, aan welke?",
            "Ja, in 2024 heeft de provincie aan 14 energiecoöperaties subsidie verstrekt, voor een totaalbedrag van 612.000 euro.",
            "partial",
        ),
        (
            "Hoeveel vergunningen voor evenementen in het park werden in 2024 verleend, en aan welke organisatoren?",
            "In 2024 zijn 37 evenementenvergunningen verleend. Om redenen van privacy maakt het college geen namen van "
            "individuele organisatoren openbaar.",
            "partial",
        ),
        # an average time is a figure asked for
        (
            "Wat is de gemiddelde tijd tussen een dodelijk ongeval en de herinrichting van de locatie?",
            "De tijd tussen een ongeval en de herinrichting hangt af van de aard van de ingreep en kan niet eenduidig worden bepaald.",
            "declined",
        ),
    ],
)
def test_follow_ups_and_elliptic_asks_of_the_blind_probes(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """Blind probes of the twentieth session: a reason wanted after "Nee.", a means clause ("door ... te wijzen") as the how,
    "Zo ja, aan welke?" a list, names withheld, an average time a figure."""
    assert verdict_of(analyzer, question, answer) == verdict


def test_the_only_moment_of_an_answer_answers_one_time_ask(analyzer: Analyzer) -> None:
    """ "Wanneer start de bouw en wanneer wordt het gebouw in gebruik genomen?": the one moment the answer names ("in het
    voorjaar van 2026") answers the start; the use it says cannot be fixed yet is not answered by it (it was)."""
    q = "Wanneer start de bouw van het nieuwe administratief centrum en wanneer wordt het gebouw in gebruik genomen?"
    one = "De bouw kan in het voorjaar van 2026 starten. De datum van ingebruikname kan op dit moment nog niet worden bepaald."
    both = "De bouw start in het voorjaar van 2026; het gebouw wordt in het najaar van 2027 in gebruik genomen."
    assert verdict_of(analyzer, q, one) == "partial"
    assert verdict_of(analyzer, q, both) == "answered"


# a second reader's probes of each session's constructions, written from the diff alone (tests/fixtures/review<N>/probes.json):
# 20th: pointers named by date or number, waiting, meetings to come, depending on an outcome, the effort a figure takes; 21st:
# pointers placed in a named text, sent to the assembly, a data portal, a yes/no verb denied, no record, secrecy, not one's place,
# units and breakdowns; 22nd: the asker pointed to a text, a named text's annex, an earlier answer that still holds, no data in a
# modal passive, no breakdown to be made, letters still to come, a stand-in figure, criteria as conditions; 23rd: a named text's
# part, a text sent or published, a web address, not fitting to say, too early, a study still running, nowhere kept, cost asks,
# "elke gemeente", extra staff, "Dat klopt niet"; 24th: a web place that holds what is asked, a note or a memorie pointed to by any
# body, no data at hand or not drawn up, kept inside the body, a rule change with what it does, for or against, an estimate after
# no data, a modal's verb said back; 25th: the date of a text pointed to in its relative clause, the subject naming what a text
# holds, a topic before "verwijs ik", "noch", a cue in the sentence of the second count, amounts of damage, decades, a letter named
# by its date, costs worked into a budget revision, a premature standpoint, a long adverbial before "geen mededelingen"; 26th:
# any text that exists pointed to, "daar" for the page just named, a subject naming what two texts hold, "niet voorhanden" with a
# data noun, a case not gone into, the act asked for said to come, a decision said to come later, asks typed by a noun object;
# 27th: a reference to an answer not in the text, an estimate or a date deferred, a cause not known, secrecy agreed, a study
# still running, whether the work is done, coordinated asks after ", en om welke", the counted noun; 28th: the members of a group
# asking, a refusal whose subject says back one ask, units (a count met by money, a cost by one), a means for a reason, a figure
# claimed by an earlier count, pointers in long names, things not shown apart, the competent authority elsewhere; 30th: a
# figure that says back a term or is money for a count, figures for another school year or a date's year, pointers to an article,
# a chapter or a page still to come, "Hoever staat", judgements of figures, acts of renewing
REVIEWS = {
    name: json.loads((Path(__file__).parent / "fixtures" / name / "probes.json").read_text(encoding="utf-8"))["cases"]
    for name in (
        "review20",
        "review21",
        "review22",
        "review23",
        "review24",
        "review25",
        "review26",
        "review27",
        "review28",
        "review29",
        "review30",
        "review31",
        "review32",
        "review33",
        "review34",
    )
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="known gap")) if c["known_gap"] else c
        for cases in REVIEWS.values()
        for c in cases
        if not c.get("document")
    ],
    ids=lambda c: c["id"],
)
def test_a_second_readers_probes_of_each_sessions_constructions(analyzer: Analyzer, case: dict[str, str]) -> None:
    """Near-misses that give content, answer, qualify or report (a meeting already held, a criterion, a wait that is over, a
    figure before its pointer, a ratio, a breakdown nobody asked, a letter already sent) are no decline and no pointer; the
    constructions in other words are found. (known_gap: still wrong, see that session's note.)"""
    assert verdict_of(analyzer, case["question"], case["answer"]) == case["gold"]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="known gap")) if c["known_gap"] else c
        for cases in REVIEWS.values()
        for c in cases
        if c.get("document")
    ],
    ids=lambda c: c["id"],
)
def test_a_second_readers_whole_documents_read_and_judged(analyzer: Analyzer, case: dict[str, Any]) -> None:
    """A second reader's small documents of a session's reading constructions (a letter that says each question again, a line that
    says the answers follow, a title before "Vraag:" / "Antwoord:" pairs): every item found, each with its gold verdict."""
    got = verdicts(judge(analyzer, case["question"]))
    assert got == {i["id"]: i["verdict"] for i in case["items"]}


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # a parliamentary paper named by its series is a pointer, with or without an article
        ("Wanneer komt de evaluatie van de regeling naar de Kamer?", "Zie Kamerstukken II 2024/25, 29 544, nr. 1201.", "referred"),
        (
            "Welke afspraken zijn er gemaakt met de netbeheerders?",
            "Voor de afspraken verwijs ik naar Kamerstuk 29 023, nr. 512.",
            "referred",
        ),
        (
            "Wat is de stand van zaken van de herziening van de regeling?",
            "Hiervoor verwijs ik naar mijn antwoorden op de eerdere vragen van het lid Bikker over de regeling.",
            "referred",
        ),
        # ... not a source cited in brackets beside a stance taken
        (
            "Wat is uw standpunt over de uitspraak van het Hof?",
            "Ik onderschrijf de conclusie van het Hof; dat was ook eerder het standpunt van het kabinet (zie Kamerstuk 23 432, nr. 502).",
            "answered",
        ),
    ],
)
def test_a_paper_named_by_its_parliamentary_series_is_a_pointer(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """A pointer: "Zie Kamerstukken II ...", "verwijs naar Kamerstuk ...", the answers to earlier questions of a member: the answer is
    elsewhere (GUIDE: referred); a bracketed source beside what is said is no pointer."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # a pronoun for the data asked: not kept is no data
        ("Hoeveel klachten over geluidsoverlast ontving de gemeente in 2024?", "De gemeente houdt dit niet bij.", "declined"),
        # the yes/no question's verb denied: the no, and "Zo ja, hoeveel?" falls away
        (
            "Registreert de politie hoeveel fietsdiefstallen er in het station worden gemeld? Zo ja, hoeveel waren dat er vorig jaar?",
            "De politie registreert dat niet per station.",
            "answered",
        ),
        # the proposition said back in a clause of its own beside a date that follows
        (
            "Is de minister bereid de provincie te vragen de subsidieregeling te verlengen?",
            "Ik zal de provincie vragen de subsidieregeling te verlengen; een brief volgt nog deze maand.",
            "answered",
        ),
        # ... not when the other clause points back at it to put it off
        (
            "Overweegt u het budget voor de regeling te verhogen?",
            "Over een verhoging van het budget van de regeling besluit het kabinet bij de Voorjaarsnota; daar loop ik nu niet op vooruit.",
            "declined",
        ),
        # a willingness to tell the assembly: what the telling waits for is no decline of it
        (
            "Bent u bereid de Kamer te informeren over de uitkomsten van de inspectie?",
            "De inspectie loopt nog. Zodra haar rapport er is, zal ik uw Kamer over de uitkomsten informeren.",
            "answered",
        ),
    ],
)
def test_a_denial_said_back_and_a_clause_apart_in_the_forms_of_the_review(
    analyzer: Analyzer, question: str, answer: str, verdict: str
) -> None:
    """The second reader's gaps of the twentieth session, in other words: no data with a pronoun object, the yes/no verb
    denied, the proposition said back in a clause beside a deferral (not one that points back at it), the wait before a
    promised telling."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # another party's task or its own choice stands in for the yes or no asked
        (
            "Bent u bereid de provincie te vragen het fietspad langs het kanaal te verlichten?",
            "De provincie is als wegbeheerder verantwoordelijk voor het verlichten van het fietspad langs het kanaal.",
            "partial",
        ),
        (
            "Is de minister bereid de inspectie te vragen de wachttijden in de jeugdzorg te onderzoeken?",
            "De inspectie kiest haar onderzoeksonderwerpen zelf op basis van een risicoanalyse.",
            "partial",
        ),
        # ... not when the party responsible is what is asked
        (
            "Wie is verantwoordelijk voor het onderhoud van de sluis?",
            "Rijkswaterstaat is verantwoordelijk voor het onderhoud van de sluis.",
            "answered",
        ),
        # a pointer with its content in short is no bare pointer
        (
            "Wat zijn de hoofdlijnen van het nieuwe armoedeplan?",
            "Ik verwijs naar het armoedeplan 2026-2030 dat de raad in maart ontving. In het kort: de bijzondere bijstand wordt verhoogd, "
            "er komt een schuldenloket in elke wijk en kinderen krijgen een gratis sportpas.",
            "answered",
        ),
        ("Wat zijn de hoofdlijnen van het nieuwe armoedeplan?", "Ik verwijs naar de raadsinformatiebrief van 12 maart 2026.", "referred"),
    ],
)
def test_another_partys_task_is_general_text_and_a_pointer_with_a_summary_is_content(
    analyzer: Analyzer, question: str, answer: str, verdict: str
) -> None:
    """GUIDE: other parties' responsibilities are no implicit answer (partial), unless who is responsible is the question; referred
    only when the pointer is all, so a pointer followed by its content in short ("Kort samengevat:", "In het kort:") is not."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        (
            "Hoeveel meldingen van wateroverlast kwamen er in 2024 binnen?",
            "Dat aantal staat in het Jaarverslag Stadsbeheer 2024.",
            "referred",
        ),
        (
            "Welke projecten krijgen in 2026 een provinciale bijdrage?",
            "De lijst van projecten is vastgelegd in het uitvoeringsprogramma 2026-2029 dat Provinciale Staten in november vaststelden.",
            "referred",
        ),
        (
            "Wat is de stand van zaken van het renovatieplan voor de sporthallen?",
            "Ik heb de stand van zaken toegelicht in de commissie Sport, in antwoord op de vragen om uitleg van de leden Wouters en Aerts.",
            "referred",
        ),
        (
            "Welke kortingen op het Provinciefonds zijn voor 2027 voorzien?",
            "De voorgenomen kortingen zijn gepubliceerd in de meicirculaire 2026 van het Provinciefonds.",
            "referred",
        ),
        # ... not the yes to whether it is in the plan
        (
            "Is de renovatie van de sporthal opgenomen in het meerjarenplan?",
            "De renovatie van de sporthal is opgenomen in het meerjarenplan 2026-2031.",
            "answered",
        ),
        # ... not when the content follows the text named
        (
            "Welke projecten krijgen in 2026 een provinciale bijdrage?",
            "De projecten zijn opgenomen in het Uitvoeringsprogramma 2026: de fietsbrug over de Berkel, de rotonde bij Eefde en de "
            "herinrichting van de Markt in Zutphen.",
            "answered",
        ),
    ],
)
def test_information_placed_in_a_named_text_is_a_pointer(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """The blind probes of the twenty-first session: the information placed (staat in, is vastgelegd/gepubliceerd in, toegelicht in
    answer to other members) in a text named by its year, number, date or title points elsewhere (GUIDE: referred); a yes/no ask
    is answered by it, and content after the text named is content."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # not recording which or how many
        (
            "Hoeveel statushouders werken inmiddels in het onderwijs?",
            "Het UWV legt niet vast in welke sector statushouders werken.",
            "declined",
        ),
        # a breakdown refused, with the reason, no count given
        (
            "Hoeveel medewerkers waren in 2024 langdurig ziek? Graag een opdeling naar oorzaak.",
            "Omdat diagnoses niet worden geregistreerd en om redenen van privacy kan geen opdeling naar oorzaak worden gegeven.",
            "declined",
        ),
        # not pronouncing on an individual case
        (
            "Klopt het dat de huurder in de Kerkstraat al twee jaar wacht op herstel van het dak?",
            "Ik kan mij niet uitspreken over individuele huurdossiers. Algemeen geldt dat herstellingen binnen een redelijke termijn gebeuren.",
            "declined",
        ),
        # results still to come, not anticipated
        (
            "Welke resultaten heeft de proef met deelfietsen opgeleverd?",
            "De proef loopt tot het einde van het jaar. Het lijkt mij niet opportuun om op de evaluatie vooruit te lopen.",
            "declined",
        ),
        # explained at a meeting to come, or put to the council later
        (
            "Waarom is de subsidie aan de speelpleinwerking stopgezet?",
            "In de commissie Jeugd van 12 mei zal de schepen het besluit mondeling toelichten.",
            "declined",
        ),
        (
            "Wat zijn de conclusies van de audit van de aankoopdienst?",
            "De audit werd in juni afgerond. Het rapport wordt eerst besproken in het directiecomité en zal nadien aan de gemeenteraad "
            "worden voorgelegd.",
            "declined",
        ),
        # a price under a secrecy clause
        (
            "Welke grondprijs is met de ontwikkelaar van het stationsgebied afgesproken?",
            "De koopovereenkomst bevat een geheimhoudingsbeding. De grondprijs ligt vertrouwelijk ter inzage voor de raadsleden.",
            "declined",
        ),
        # ... but the yes to sharing it with the council
        (
            "Is het college bereid de koopovereenkomst met de raad te delen?",
            "Ja. Het college legt de overeenkomst vertrouwelijk ter inzage bij de griffie.",
            "answered",
        ),
    ],
)
def test_declines_in_the_forms_of_the_blind_probes(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """The blind probes of the twenty-first session: not recording which, a breakdown refused, not pronouncing on an individual
    case, not anticipating, a meeting or a council still to come, a secrecy clause (GUIDE: declined); sharing in confidence is
    the yes to a willingness to share."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # a breakdown given by its members' names, whatever the unit is called
        (
            "Hoeveel crisisbedden waren er op 1 januari, per provincie?",
            "Er waren 96 crisisbedden: Antwerpen 24, Limburg 14, Oost-Vlaanderen 22, Vlaams-Brabant 18 en West-Vlaanderen 18.",
            "answered",
        ),
        # "per jaar" over a span wants a figure per year, not a total
        (
            "Hoeveel meldingen ontving het meldpunt per jaar sinds 2019?",
            "Sinds de opstart in 2019 kwamen er in totaal 1.206 meldingen binnen, met een stijgende tendens.",
            "partial",
        ),
        (
            "Hoeveel meldingen ontving het meldpunt per jaar sinds 2021?",
            "In 2021 waren het er 240, in 2022 311, in 2023 365 en in 2024 402.",
            "answered",
        ),
        # ... a rate is no breakdown
        ("Hoeveel bezoekers per jaar trekt het nieuwe museum?", "Het museum trekt ongeveer 40.000 bezoekers per jaar.", "answered"),
        # a figure in another unit than asked
        (
            "Hoeveel kilometer fietspad werd in 2024 in de provincie vernieuwd?",
            "De provincie investeerde in 2024 12 miljoen euro in fietspaden, onder meer langs de N76.",
            "partial",
        ),
        ("Hoeveel kilometer fietspad werd in 2024 in de provincie vernieuwd?", "In 2024 werd 37 km fietspad vernieuwd.", "answered"),
        # a zero count of a hyphenated noun
        (
            "Hoeveel GAS-boetes schreef de stad in 2024 uit voor sluikstorten?",
            "Voor sluikstorten werden in 2024 geen GAS-boetes uitgeschreven.",
            "answered",
        ),
    ],
)
def test_figures_by_members_per_year_of_a_span_and_in_the_unit_asked(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """The blind probes of the twenty-first session: figures listed by the names of a breakdown's members give it; a per-year ask
    over a span wants more than a total; a "Hoeveel kilometer" ask is not answered by an amount in euro (GUIDE: partial, another
    unit); a zero count of a hyphenated noun answers."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # what something costs is an amount of money, not another figure of the answer
        (
            "Hoeveel kost de nieuwe huisstijl van de gemeente, en welk bureau heeft hem ontworpen?",
            "Het ontwerp is gemaakt door bureau Vaart, na een procedure waarvoor drie bureaus waren uitgenodigd.",
            "partial",
        ),
        ("Hoeveel kostte de renovatie van het zwembad?", "De renovatie kostte 4,2 miljoen euro.", "answered"),
        ("Wat kost de nieuwe brug?", "De brug kost € 12,5 miljoen, inclusief btw.", "answered"),
        # a breakdown asked on its own wants the data of the ask before it: the total without it is part
        (
            "Hoeveel processen-verbaal voor sluikstorten werden in 2024 opgesteld? Graag per provincie.",
            "In 2024 werden in totaal 9.844 processen-verbaal voor sluikstorten opgesteld. Een opdeling per provincie is niet beschikbaar.",
            "partial",
        ),
    ],
)
def test_a_cost_wants_money_and_a_breakdown_asked_alone_wants_the_data_before_it(
    analyzer: Analyzer, question: str, answer: str, verdict: str
) -> None:
    """Blind probes of the twenty-first session: "Hoeveel kost ...?" is not met by a count of something else; "Graag per
    provincie." takes the type of the ask it breaks down, so a breakdown not available makes the item partial."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # a bulletin citation's numbers are no figures
        (
            "Hoeveel cipiers werden in 2024 aangeworven en in welke gevangenissen werken zij?",
            "Ik verwijs het geachte lid naar mijn antwoord op vraag nr. 1187 van 12 februari 2025 (Schriftelijke Vragen en "
            "Antwoorden, QRVA 56 031, blz. 210), waarin beide gegevens zijn opgenomen.",
            "referred",
        ),
        # a relative clause describing the text pointed to gives nothing
        (
            "Welke maatregelen neemt de regering tegen fijn stof rond scholen?",
            "Het antwoord op deze vraag is vervat in het Luchtplan dat de regering op 2 juni 2025 heeft goedgekeurd, in hoofdstuk 4.",
            "referred",
        ),
    ],
)
def test_what_a_pointer_cites_or_says_of_its_text_gives_nothing(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """A citation's numbers ("QRVA 56 031, blz. 210") count nothing, and a clause describing the text pointed to ("dat de
    regering ... heeft goedgekeurd") is no measure: the pointer stays all there is (GUIDE: referred)."""
    assert verdict_of(analyzer, question, answer) == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # the web page is the place asked for
        (
            "Waar kunnen ouders terecht met vragen over de nieuwe regeling?",
            "Alle informatie over de regeling wordt gepubliceerd op de website van de gemeente.",
            "not referred",
        ),
        (
            "Hoe worden bewoners geïnformeerd over de werken?",
            "De planning van de werken wordt bekendgemaakt op de website van de stad en in een bewonersbrief.",
            "not referred",
        ),
        # ... but the figures asked for, only on a web page, are elsewhere
        (
            "Wat waren de gemiddelde wachttijden per prioriteitengroep?",
            "De wachttijden per prioriteitengroep worden halfjaarlijks bekendgemaakt op de website van het agentschap.",
            "referred",
        ),
    ],
)
def test_a_web_page_answers_where_to_find_it(analyzer: Analyzer, question: str, answer: str, verdict: str) -> None:
    """A web page named in the answer points away from it when the answer should hold the content, not when the question asks
    where people find it or how they are told."""
    got = verdict_of(analyzer, question, answer)
    assert got != "referred" if verdict == "not referred" else got == verdict


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        # a refusal, then general background after ", maar": declining outweighs background
        (
            "Waarom werd de vergunning van het café aan de Markt ingetrokken?",
            "Op individuele dossiers kan ik niet ingaan, maar in het algemeen geldt dat een vergunning kan worden ingetrokken bij "
            "herhaalde overlast.",
            "declined",
        ),
        # ... a contrast that answers is no lead decline
        (
            "Hoe staat het college tegenover de plannen van de voetbalclub voor een nieuw stadion?",
            "Het college mengt zich niet in de interne keuzes van de club, maar staat positief tegenover een nieuw stadion aan de ring.",
            "not declined",
        ),
    ],
)
def test_a_contrast_after_a_refusal_counters_it_unless_it_is_general_background(
    analyzer: Analyzer, question: str, answer: str, verdict: str
) -> None:
    """ ", maar" after a decline cue with something said takes the lead decline away (a second reader's probes); general text after
    it does not (GUIDE: declining outweighs background)."""
    got = verdict_of(analyzer, question, answer)
    assert got != "declined" if verdict == "not declined" else got == verdict


def test_the_yes_a_follow_up_hangs_on_is_not_its_answer(analyzer: Analyzer) -> None:
    """ "Deelt u de indruk dat ...? Zo ja, wat is uw inschatting van die omvang?" - "Ja, ik deel die indruk." says the follow-up
    applies; it gives no estimate, so the follow-up stays open (a view said after it answers it)."""
    question = (
        "Deelt u de indruk dat de overlast van de eikenprocessierups groter is dan vorig jaar? Zo ja, wat is uw inschatting van die omvang?"
    )
    open_ = judge(analyzer, f"Vraag 1\n{question}\n\nAntwoord 1\nJa, ik deel die indruk. Ik laat hier onderzoek naar doen.\n")
    (item,) = open_.judgement.items
    assert item.verdict == "partial" and [a.verdict for a in item.asks] == ["answered", "partial"]
    answered = "Ja, ik deel die indruk. Ik vind de toename van de overlast zorgwekkend, zeker in de bebouwde kom."
    assert verdict_of(analyzer, question, answered) == "answered"


def test_a_willingness_ask_is_answered_by_its_first_infinitive_said_back(analyzer: Analyzer) -> None:
    """ "Bent u bereid met de zorgverzekeraar in overleg te treden om de openstelling te behouden?" - "Ik zal daarom niet in overleg
    treden over ...": the proposition ends at its first infinitive, before the purpose clause; said back denied, it is the no,
    whatever the answer says about whose task it is."""
    question = (
        "Bent u bereid met de zorgverzekeraar in Zeeland in overleg te treden om de nachtelijke openstelling van de posten in "
        "Zeeuws-Vlaanderen te behouden?"
    )
    answer = (
        "De zorgplicht voor de avond-, nacht- en weekendzorg ligt bij de zorgverzekeraar. Het is niet aan mij om in de "
        "contractering tussen zorgverzekeraars en huisartsenorganisaties te treden. Ik zal daarom niet in overleg treden over het "
        "openhouden van individuele posten; wel ziet de NZa erop toe dat de zorgverzekeraar aan zijn zorgplicht voldoet."
    )
    assert verdict_of(analyzer, question, answer) == "answered"


def test_the_wholes_figures_given_instead_after_no_data_are_a_figure_for_another_scope(analyzer: Analyzer) -> None:
    """A want of data at the criterion asked, then the figures of the whole, said to stand in ("Onderstaande tabel bevat daarom het
    totaal aantal ..."): figures for another scope, partial (GUIDE), not declined (a blind document's false decline)."""
    question = "Hoeveel inspecties zijn in 2022 en 2023 uitgevoerd bij uitzendbureaus die ook huisvesting aanbieden?"
    answer = (
        "De Arbeidsinspectie legt bij de registratie van inspecties niet vast of een uitzendonderneming ook huisvesting verzorgt. "
        "Onderstaande tabel bevat daarom het totaal aantal afgeronde inspecties in de uitzendsector.\n\n"
        "Jaar    Inspecties uitzendsector\n2022    1.318\n2023    1.204\n"
    )
    assert verdict_of(analyzer, question, answer) == "partial"
    # (without the figures, the want of data declines)
    assert verdict_of(analyzer, question, answer.split(" Onderstaande")[0]) == "declined"


def test_a_figure_offered_as_an_approximation_after_no_data_is_part_of_the_answer(analyzer: Analyzer) -> None:
    """No register of what is asked, then "De beste benadering biedt ..., circa 1.350 fte": a figure given for it, partial (GUIDE:
    a figure for part of what is asked); a figure of something else that is known instead ("Wel is bekend dat er in totaal 1.214
    speelvoorzieningen zijn") gives none of it."""
    question = "Hoeveel vacatures stonden op 1 oktober 2025 open in het speciaal onderwijs?"
    approximated = (
        "Er bestaat geen landelijke registratie van openstaande vacatures per onderwijssector. De beste benadering biedt de "
        "Arbeidsmarktanalyse leraren, waaruit blijkt dat het tekort in het speciaal onderwijs in 2024 ongeveer 9,7 procent van de "
        "formatie bedroeg, omgerekend circa 1.350 fte."
    )
    assert verdict_of(analyzer, question, approximated) == "partial"
    other = (
        "Een overzicht van de beheersituatie van speeltuinen is niet beschikbaar, omdat dit niet wordt geregistreerd. Wel is bekend "
        "dat in de provincie in totaal 1.214 openbaar toegankelijke speelvoorzieningen zijn."
    )
    assert verdict_of(analyzer, "Hoeveel openbare speeltuinen zijn in handen van private beheerders?", other) == "declined"
    # (the figure marked as approximate, or estimated or inferred by someone, stands in for it too)
    for estimate in (
        "Uit een bevraging door de VVSG bij 214 gemeenten kan wel worden afgeleid dat ongeveer 60.000 mantelzorgers zo'n premie ontvangen.",
        "Op basis van de laatste volkstelling schat het ministerie dat het om 1.900 huishoudens gaat.",
    ):
        answer = f"De gemeentelijke premies worden niet centraal bijgehouden. {estimate}"
        assert verdict_of(analyzer, "Hoeveel mantelzorgers ontvingen in 2024 een gemeentelijke premie?", answer) == "partial", estimate


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the date of the answer pointed to, in the relative clause that says when it was given, is no moment asked for
        (
            "Wat is de stand van zaken van de aanbesteding van de nieuwe treinstellen? Wanneer rijdt het eerste treinstel?",
            "Ik verwijs het geachte lid naar het antwoord dat ik op 8 januari 2026 heb gegeven op de gelijkaardige vraag nr. 56-0871.",
        ),
        # ... nor the date after a letter's title in quotes
        (
            "Hoe staat het met de sanering van de grond aan de Oosterkade? Wanneer kunnen de tuinders terugkeren?",
            "Wij verwijzen u naar de raadsinformatiebrief ‘Voortgang bodemsanering Oosterkade’ van 18 november 2025, waarin de planning "
            "is toegelicht.",
        ),
        # the subject that names what a text holds gives nothing of it ("werden ondernomen" is no action told)
        (
            "Welke acties werden in 2025 ondernomen tegen dakloosheid, en welk budget werd daarvoor ingezet?",
            "Een overzicht van de acties die in 2025 werden ondernomen, met de budgetten per actie, is opgenomen in het "
            "activiteitenverslag 2025 van de dienst, dat op 12 januari 2026 aan de commissie werd bezorgd.",
        ),
        # the topic before the pointing verb, without a comma ("Voor X verwijs ik ..."), names what it points about
        (
            "Wat is de stand van zaken van de sanering, en welke bedragen zijn daarvoor uit het fonds ontvangen?",
            "Voor de stand van zaken en de financiering via het fonds verwijs ik de leden naar de voortgangsrapportage die op 15 januari "
            "2026 aan de Staten werd gezonden.",
        ),
        # a decree as the text that holds it, pointed to with what it points for named on the way
        (
            "Welke gemeenten nemen deel aan het experiment, en op welke gronden zijn zij geselecteerd?",
            "De deelnemende gemeenten en de criteria zijn opgenomen in het Tijdelijk besluit experiment stemopneming 2026 (Stb. 2025, 412). "
            "De regering verwijst de leden voor dit overzicht naar dat besluit.",
        ),
        # any text that exists, pointed to with "verwijzen naar": an advice, an agreement, "deze stukken", another question's answer
        (
            "Wat is het standpunt van de Hoge Gezondheidsraad over het gebruik van GLP-1-agonisten bij obesitas?",
            "Voor het standpunt van de Hoge Gezondheidsraad verwijs ik naar diens advies nr. 9784 over de farmacologische behandeling van "
            "obesitas bij volwassenen, dat in oktober 2024 werd gepubliceerd.",
        ),
        (
            "Werd de CTRG geconsulteerd over de noodmaatregelen die de regering in februari heeft aangekondigd?",
            "Voor de betrokkenheid van de CTRG bij de voorbereiding van de noodmaatregelen verwijs ik naar mijn antwoord op de samengevoegde "
            "vragen nrs. 56003412C en 56003455C in de commissie voor Justitie van 12 maart 2025 (CRIV 56 COM 142, blz. 9 tot 12).",
        ),
        # the subject names what the texts hold, placed in one and set out in another, then "deze stukken" (its prose list of three
        # tasks is the question's words said back, no list given)
        (
            "Welke kosten zijn in 2024 gemaakt voor het beheer en de doorontwikkeling van het DSO, uitgesplitst naar het Rijk en de "
            "decentrale overheden?",
            "De kosten over 2024 voor het beheer, het onderhoud en de doorontwikkeling van het DSO, met de verdeling tussen het Rijk en de "
            "koepels van de decentrale overheden overeenkomstig de bestuurlijke afspraken over de financiering van het stelsel, zijn "
            "verantwoord in het jaarverslag van het Ministerie van Volkshuisvesting en Ruimtelijke Ordening over 2024 en nader toegelicht in "
            "de voortgangsbrief Omgevingswet van 27 "
            "maart 2025 (Kamerstukken I 2024/25, 33 118, ED). Ik verwijs de leden kortheidshalve naar deze stukken.",
        ),
        # a budget named by its year, its programme's number no figure; a day of a date glued to its year no count
        (
            "Welk bedrag draagt de provincie in 2025 en 2026 bij aan de concessie?",
            "De provinciale bijdrage aan de concessie is voor beide jaren opgenomen in de Programmabegroting 2025 en de daarbij behorende "
            "meerjarenraming, programma 2 Bereikbaarheid.",
        ),
        (
            "Hoeveel strafzaken lagen op 31 december 2024 nog onderhanden bij het Openbaar Ministerie, uitgesplitst naar arrondissement?",
            "Het aantal onderhanden zaken per arrondissementsparket op 31 december2024 is opgenomen in bijlage 3 van het Jaarbericht 2024 "
            "van het Openbaar Ministerie, dat op 15 mei 2025 aan uw Kamer is aangeboden.",
        ),
    ],
)
def test_a_pointer_with_the_words_around_it_is_referred(analyzer: Analyzer, question: str, answer: str) -> None:
    assert verdict_of(analyzer, question, answer) == "referred"


def test_a_statement_before_a_placing_verb_is_still_content(analyzer: Analyzer) -> None:
    """Not a subject naming a text's content: "Er werden 12 acties ondernomen, die zijn opgenomen in ..." tells the actions' number."""
    answer = "Er werden in 2025 twaalf acties ondernomen, die zijn opgenomen in het activiteitenverslag 2025."
    assert verdict_of(analyzer, "Hoeveel acties werden in 2025 ondernomen?", answer) == "answered"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Hoe vaak was de ambulance in 2025 te laat, en wat waren daarvan de oorzaken?",
            "De veiligheidsregio beschikt niet over responstijden per gemeente en kan dus niet aangeven in hoeveel gevallen de norm werd "
            "overschreden, noch wat daarvan de oorzaken waren.",
        ),
        (
            "Wanneer keurt de regering het parkeerplan goed, en welke tarieven zullen daarin gelden voor bewonerskaarten?",
            "Het ontwerp maakt momenteel het voorwerp uit van overleg, waarbij onder meer de afstemming met de gemeenten aan bod komt. "
            "Zolang dat overleg niet is afgerond, kan ik mij niet uitspreken over de timing, noch over de tarieven die in het plan zullen "
            "worden vastgelegd.",
        ),
    ],
)
def test_a_refusal_reaches_what_it_coordinates_with_noch(analyzer: Analyzer, question: str, answer: str) -> None:
    """ "kan niet aangeven hoeveel ..., noch wat de oorzaken waren": the negation reaches the second ask too (before, the
    explanation ask counted as answered by its words echoed, or by "onder meer" elsewhere: partial)."""
    assert verdict_of(analyzer, question, answer) == "declined"


def test_a_cue_in_the_sentence_of_the_second_count_is_that_counts(analyzer: Analyzer) -> None:
    """Two counts, the figure of the first in its sentence, the second said to be unavailable in a sentence of its own: the
    figures do not answer the second count, which is declined (before, answered: the first count's figures met both)."""
    question = "Hoeveel woninginbraken werden in 2025 geregistreerd, en wat was het ophelderingspercentage?"
    answer = (
        "In 2025 registreerde de politiezone 1.186 woninginbraken, pogingen inbegrepen, een daling met 9 % ten opzichte van 2024. "
        "Het ophelderingspercentage wordt jaarlijks op nationaal niveau berekend en is voor 2025 nog niet beschikbaar."
    )
    assert verdict_of(analyzer, question, answer) == "partial"
    both = "In 2025 registreerde de politiezone 1.186 woninginbraken, waarvan er 310 werden opgehelderd."
    assert verdict_of(analyzer, "Hoeveel woninginbraken werden in 2025 geregistreerd, en hoeveel werden opgehelderd?", both) == "answered"


def test_a_letter_named_sent_and_pointed_to_is_referred_however_long(analyzer: Analyzer) -> None:
    """The assembly informed by a letter named by its date, the letter said to have gone to this assembly too, and a pointer to it:
    three sentences of pointing, no content (before, partial: the first two did not count as pointing, so the answer was too long to
    be a pointer only)."""
    question = "Welke gevolgen hebben de besparingen op de jeugdzorg voor de gemeenten, en is de Hervormingsagenda nog haalbaar?"
    answer = (
        "Over de financiële afspraken tussen het Rijk en de gemeenten in het jeugddomein, en de betekenis daarvan voor de uitvoering "
        "van de Hervormingsagenda, heeft de minister van Binnenlandse Zaken en Koninkrijksrelaties mede namens mij de Tweede Kamer "
        "geïnformeerd bij brief van 28 januari 2025 (Kamerstukken II 2024/25, 31 839, nr. 1052). Deze brief is in afschrift ook aan "
        "uw Kamer gezonden. Voor het antwoord op deze vraag verwijs ik naar die brief."
    )
    assert verdict_of(analyzer, question, answer) == "referred"


def test_a_budget_revision_that_holds_the_costs_is_pointed_to_and_one_still_to_come_defers(analyzer: Analyzer) -> None:
    question = "Wat zijn de totale kosten van de extra inzet in 2025?"
    done = "De extra kosten van de tijdelijke uitbreiding zijn verwerkt in de Eerste Herziening 2025, programma Dienstverlening, en daar toegelicht."
    assert verdict_of(analyzer, question, done) == "referred"
    to_come = "De extra kosten worden verwerkt in de Eerste Herziening 2026, die wij u in juni zullen voorleggen."
    assert verdict_of(analyzer, question, to_come) != "referred"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Kunt u een overzicht geven van het aantal ongevallen met fatbikes per stadsdeel?",
            "Een dergelijk overzicht is bij de gemeente niet voorhanden.",
        ),
        (
            "Hoeveel boetes werden in 2024 opgelegd en welk bedrag werd geïnd?",
            "Geconsolideerde gegevens over het aantal opgelegde boetes en de geïnde bedragen zijn bij Net Brussel bijgevolg niet voorhanden.",
        ),
        (
            "Graag ook een overzicht van de terugverdientijd per installatie.",
            "Een berekening van de terugverdientijd per installatie werd tot op heden niet gemaakt.",
        ),
        (
            "Klopt het dat haar aanvraag werd geweigerd, en waarom werd haar geen woning toegewezen?",
            "In een openbare beantwoording treden wij echter, met het oog op de bescherming van de persoonlijke levenssfeer van onze "
            "inwoners, niet in de omstandigheden van individuele cliënten.",
        ),
        (
            "Klopt het dat haar aanvraag werd geweigerd, en waarom werd haar geen woning toegewezen?",
            "Het is om die reden niet mogelijk om via deze weg in te gaan op een concrete situatie.",
        ),
    ],
)
def test_data_not_at_hand_and_a_case_not_gone_into_decline(analyzer: Analyzer, question: str, answer: str) -> None:
    """ "niet voorhanden" by its form (its lookup lemma is "voorhand", which "niet op voorhand" shares), a data noun after an
    adjective, a calculation not made; not stepping into a person's circumstances, not possible to go into a case."""
    assert verdict_of(analyzer, question, answer) == "declined"


def test_the_act_asked_for_said_to_come_is_the_yes_and_a_decision_to_come_defers_it(analyzer: Analyzer) -> None:
    """ "Is de deputatie bereid de visie aan de provincieraad voor te leggen?" - "ze zal in de loop van 2026 aan de
    provincieraad worden voorgelegd": the act asked for, said back in the future, is the yes with its moment (before, a
    deferral: declined, in the twenty-sixth blind set). A decision or a judgement still to come is no yes: "Over de
    heroverweging zal later worden beslist" defers it (a decision said to come "later" with no occasion named is a
    deferral too)."""
    question = "Is de deputatie bereid om de provincieraad een toekomstvisie voor het provinciedomein Huizingen voor te leggen?"
    answer = (
        "In het meerjarenplan 2026-2031 is een actie opgenomen om voor elk provinciedomein een toekomstvisie uit te werken. Voor "
        "Huizingen wordt die visie als eerste opgemaakt; ze zal in de loop van 2026 aan de provincieraad worden voorgelegd."
    )
    assert verdict_of(analyzer, question, answer) == "answered"
    later = "Bent u bereid het verbod op pulsvisserij te heroverwegen?"
    assert verdict_of(analyzer, later, "Over een heroverweging van het verbod op pulsvisserij zal later worden beslist.") == "declined"


def test_a_refusal_whose_subject_says_back_one_ask_does_not_decline_the_other(analyzer: Analyzer) -> None:
    # "Hoeveel scholen ..., is moeilijk te zeggen" declines the count it says back, not the safeguards asked beside it
    question = (
        "Hoeveel scholen zullen naar verwachting gebruik maken van de mogelijkheid om af te wijken van de kerndoelen, en welke "
        "waarborgen ziet de regering om te voorkomen dat de basiskwaliteit van het onderwijs in het geding komt?"
    )
    answer = (
        "Hoeveel scholen van de afwijkingsmogelijkheid gebruik zullen maken, is op voorhand moeilijk te zeggen. Als waarborg "
        "geldt dat een school de afwijking moet motiveren in het schoolplan, dat de medezeggenschapsraad moet instemmen en dat "
        "de inspectie de basiskwaliteit van het onderwijs beoordeelt."
    )
    assert verdict_of(analyzer, question, answer) == "partial"
    # (without the safeguards, nothing of the item is given)
    assert verdict_of(analyzer, question, answer.split(". ")[0] + ".") == "declined"


def test_a_count_that_met_several_figures_leaves_the_next_count_its_own(analyzer: Analyzer) -> None:
    # the first count's sentences hold three figures; the vacancies in the sentence after it are the second count's answer
    question = "Hoeveel digitaal rechercheurs zijn er momenteel bij de politie in dienst, en hoeveel vacatures staan er open?"
    answer = (
        "Op 1 januari 2026 waren bij de politie 1.212 fte aan digitale specialisten in dienst, waarvan 684 fte digitaal "
        "rechercheurs. Er stonden op dat moment 143 vacatures open voor digitaal rechercheurs."
    )
    assert verdict_of(analyzer, question, answer) == "answered"
    # (one figure still answers one count only)
    assert verdict_of(analyzer, question, "Er zijn 684 digitaal rechercheurs bij de politie in dienst.") == "partial"


def test_the_members_of_a_group_asking_in_the_third_person_is_one_item(analyzer: Analyzer) -> None:
    # the Kamer's written consultation: "De leden van de CDA-fractie vragen de regering te bevestigen dat ..." with no question
    # mark, as the two parts a user gives
    question = "De leden van de CDA-fractie vragen de regering te bevestigen dat het wetsvoorstel gemeenten niet verplicht om per project een minimumaandeel sociale huur voor te schrijven."
    answer = "De regering kan dat bevestigen. Het wetsvoorstel verplicht gemeenten daar niet toe."
    result = analyzer.check(RawDocument("<test>", f"{question}\n\n{answer}", len(question) + 2))
    assert [(j.item_id, j.verdict) for j in result.judgement.items] == [("1", "answered")]


def test_the_date_in_the_name_of_a_text_pointed_to_is_no_answer_to_when(analyzer: Analyzer) -> None:
    # the letter's date names the letter, however long its name ("van Infrastructuur en Waterstaat aan de Tweede Kamer van 12 juni")
    question = "Wanneer verwacht u de resultaten van het landelijke onderzoek naar het verwijderen van PFAS op rwzi's?"
    answer = (
        "Voor de planning van het landelijke onderzoeksprogramma verwijzen wij naar de brief van de staatssecretaris van "
        "Infrastructuur en Waterstaat aan de Tweede Kamer van 12 juni 2025 over de voortgang van de aanpak van PFAS in water."
    )
    assert verdict_of(analyzer, question, answer) == "referred"
    # (a date of its own after the pointer is still the answer)
    assert verdict_of(analyzer, question, answer + " De resultaten worden in maart 2026 verwacht.") == "answered"


def test_a_no_data_cue_that_closes_its_sentence_is_not_about_the_whether_clause_after_it(analyzer: Analyzer) -> None:
    # "Die gegevens zijn er niet. Of iemand ..., wordt niet vastgelegd": the "of" opens the next sentence, it names no yes/no
    question = "Kunt u aangeven hoeveel inwoners in afwachting van hun traplift tijdelijk elders verblijven, bijvoorbeeld bij familie?"
    answer = (
        "Die gegevens zijn er niet. Of iemand in afwachting van een woningaanpassing tijdelijk bij familie verblijft, wordt bij "
        "de Wmo-aanvraag niet vastgelegd."
    )
    assert verdict_of(analyzer, question, answer) == "declined"


def test_a_count_of_things_is_not_answered_by_an_amount_of_money_nor_a_cost_by_a_count_of_one(analyzer: Analyzer) -> None:
    question = "Hoeveel leegstaande handelspanden telde de binnenstad op 1 januari 2025?"
    answer = "Via de premie 'Starten in Aalst' kunnen nieuwe ondernemers tot 10.000 euro huurtoelage krijgen."
    assert verdict_of(analyzer, question, answer) == "partial"
    assert verdict_of(analyzer, question, "Op 1 januari 2025 stonden 37 handelspanden leeg.") == "answered"
    # (the amount of money that a money noun counts is the answer: "Hoeveel subsidie ...?" - "45.000 euro")
    assert verdict_of(analyzer, "Hoeveel subsidie ontving de club in 2024?", "De club ontving in 2024 45.000 euro.") == "answered"
    cost = "Is het waterschap bereid de bermen nog maar één keer per jaar te maaien, en wat kost dat?"
    assert verdict_of(analyzer, cost, "Ja. Vanaf 2026 maaien wij de bermen met één maaironde per jaar.") == "partial"


def test_a_means_is_no_reason(analyzer: Analyzer) -> None:
    question = "Waarom werd de renovatie van de vijvers stilgelegd?"
    assert verdict_of(analyzer, question, "De omwonenden worden via een bewonersbrief over de planning geïnformeerd.") == "partial"
    assert verdict_of(analyzer, question, "De werken werden stilgelegd omdat de aannemer failliet ging.") == "answered"
    # (for how something is done, a means is the answer)
    assert verdict_of(analyzer, "Hoe worden de omwonenden geïnformeerd?", "Zij worden via een bewonersbrief geïnformeerd.") == "answered"


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        # the opening yes answers the yes/no ask before the view asked; the view is withheld in a sentence of its own
        (
            "Is het college op de hoogte van het voornemen om de productie uit te breiden? Wat vindt het college van deze plannen?",
            "Ja, wij zijn op de hoogte van dit voornemen; het bedrijf heeft ons in november over de plannen geïnformeerd. Omdat wij "
            "het bevoegd gezag zijn, kunnen wij ons in dit stadium niet inhoudelijk over de plannen uitspreken.",
            "partial",
        ),
        # ... and where the view is given, the item is answered
        (
            "Is het college op de hoogte van het voornemen om de productie uit te breiden? Wat vindt het college van deze plannen?",
            "Ja, wij zijn op de hoogte van dit voornemen. Wij vinden de plannen onwenselijk, gelet op de stikstofdepositie.",
            "answered",
        ),
        # a later ask refused in a sentence that responds to it; the figures that meet it stand in the first ask's sentence
        (
            "Hoeveel ANPR-camera's zijn operationeel in de zone, en op welke locaties staan ze opgesteld?",
            "Binnen de zone zijn 58 vaste ANPR-camera's operationeel; daarnaast zijn er twee mobiele voertuigen. De precieze "
            "inplantingslocaties worden om operationele redenen niet publiek gemaakt.",
            "partial",
        ),
        # ... not a caveat about the first ask's figure: the locations are listed
        (
            "Hoeveel ANPR-camera's zijn operationeel in de zone, en op welke locaties staan ze opgesteld?",
            "Binnen de zone zijn 58 vaste ANPR-camera's operationeel. Ze staan onder meer op de N19, de Antwerpseweg en de Herentalsebaan.",
            "answered",
        ),
    ],
    ids=["view-withheld", "view-given", "locations-withheld", "locations-listed"],
)
def test_a_later_ask_declined_in_its_own_sentence_is_not_met_by_what_answers_the_ask_before_it(
    analyzer: Analyzer, question: str, answer: str, gold: str
) -> None:
    assert verdict_of(analyzer, question, answer) == gold


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        # figures for one of the years asked, the other declined in a sentence that names it (GUIDE: another period is partial)
        (
            "Hoeveel boetes werden er in 2024 en in 2025 uitgeschreven voor overtredingen van de LEZ-regels?",
            "In 2024 werden 38.917 administratieve geldboetes opgelegd. De cijfers voor 2025 zijn nog niet beschikbaar.",
            "partial",
        ),
        # ... not a year in the name of a text, beside a figure for the year asked
        (
            "Hoeveel aanvragen zijn in 2025 afgewezen?",
            "In 2025 zijn 14 aanvragen afgewezen. Over een verhoging van het plafond besluiten wij bij de Voorjaarsnota 2025.",
            "answered",
        ),
        # no registration of its own, the figure asked obtained from the body that keeps it
        (
            "Welk percentage van de Rotterdamse basisscholen neemt deel aan het programma Schoolmaaltijden?",
            "De gemeente is geen partij in de uitvoering en registreert de deelname zelf niet. Volgens de informatie die het "
            "Jeugdeducatiefonds ons desgevraagd heeft verstrekt, nemen 96 van de 211 Rotterdamse basisscholen deel, oftewel 45 procent.",
            "answered",
        ),
        # a date of what has been done (the perfect) does not say when what is asked will be done
        (
            "Hoeveel kost de uitbreiding van de zuivering in Hato, en wanneer wordt de installatie opgeleverd?",
            "De uitbreiding kost 14 miljoen euro. De aanbesteding is in juni 2025 afgerond en de bouw is in september 2025 gestart.",
            "partial",
        ),
        # ... a date of what is planned does
        (
            "Hoeveel kost de uitbreiding van de zuivering in Hato, en wanneer wordt de installatie opgeleverd?",
            "De uitbreiding kost 14 miljoen euro. De installatie wordt naar verwachting in maart 2027 opgeleverd.",
            "answered",
        ),
    ],
    ids=["other-year-declined", "year-of-a-text", "figure-from-the-keeper", "dates-done", "date-planned"],
)
def test_figures_and_dates_for_part_of_what_is_asked(analyzer: Analyzer, question: str, answer: str, gold: str) -> None:
    assert verdict_of(analyzer, question, answer) == gold


def test_a_question_of_an_unnumbered_list_declined_by_the_sentences_that_respond_to_it(analyzer: Analyzer) -> None:
    # one answer for unnumbered questions, on one line as a web export gives it: the last question is declined by its own
    # sentence, however long the answer to the questions before it
    text = (
        "Schriftelijke vraag over zonnepanelen op stedelijke gebouwen. Hoeveel stedelijke gebouwen hebben vandaag zonnepanelen? "
        "Hoeveel elektriciteit produceerden die installaties in 2024? Wordt daarbij samengewerkt met een lokale energiecoöperatie? "
        "Antwoord: Vandaag liggen er zonnepanelen op 23 van de 61 stedelijke gebouwen, goed voor een geïnstalleerd vermogen van 1,9 "
        "MWp. In 2024 produceerden de installaties samen 1.612 MWh, wat overeenkomt met ongeveer 31 procent van het "
        "elektriciteitsverbruik van het stedelijk patrimonium. De definitieve opbrengstcijfers voor 2025 volgen in februari 2026. "
        "De regelgeving rond energiedelen en de erkenning van energiecoöperaties is een bevoegdheid van de Vlaamse overheid."
    )
    result = analyzer.check(RawDocument("<test>", text))
    assert [(j.item_id, j.verdict) for j in result.judgement.items] == [("1", "answered"), ("2", "answered"), ("3", "declined")]


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        # a term the question sets, said back, is not the count asked ("binnen de termijn van twee uur" - "binnen twee uur")
        (
            "Hoeveel klachten over deelsteps ontving de stad in 2024? Hoeveel daarvan werden binnen de termijn van twee uur verholpen?",
            "In 2024 kwamen 318 meldingen binnen. De operatoren zijn verplicht hinderlijke toestellen binnen twee uur te verplaatsen. "
            "Een koppeling tussen de meldingen en de interventies van de operatoren is met de huidige rapportering niet mogelijk.",
            "partial",
        ),
        # ... but a count of the unit the ask counts is ("Hoeveel dagen ...?" - "drie dagen")
        (
            "Hoeveel dagen was het zwembad in 2024 gesloten?",
            "Het zwembad was in 2024 drie dagen gesloten wegens onderhoud.",
            "answered",
        ),
        # an amount of money is no count of things: the schools on the waiting list are not told
        (
            "Hoeveel schoolpleinen zijn vergroend, en hoeveel scholen staan nog op de wachtlijst?",
            "Sinds 2020 zijn 23 schoolpleinen vergroend. De gemeente draagt per schoolplein maximaal € 40.000 bij. "
            "Hoeveel scholen nog interesse hebben, registreren wij niet.",
            "partial",
        ),
        # the amount given for one ask, a pointer for the other: partial, not referred
        (
            "Hoeveel aanvragen voor een verwarmingstoelage werden in 2025 goedgekeurd, en wat was het gemiddelde toegekende bedrag?",
            "Het gemiddelde toegekende bedrag bedroeg in 2025 298 euro per aanvraag. Het aantal goedgekeurde aanvragen is opgenomen "
            "in het jaarverslag 2025 van het OCMW, dat sinds 1 maart op de website van het OCMW staat.",
            "partial",
        ),
        # a document's number is no amount: a pointer alone
        (
            "Hoeveel middelen trekt de federale regering in 2025 uit voor digitale inclusie?",
            "Ik verwijs het geachte lid naar de algemene beleidsnota Digitalisering (stuk Kamer, nr. 56 0788/012).",
            "referred",
        ),
    ],
    ids=["term-said-back", "unit-counted", "money-for-a-count", "amount-and-pointer", "document-number"],
)
def test_a_figure_is_the_count_asked_only_when_it_counts_it(analyzer: Analyzer, question: str, answer: str, gold: str) -> None:
    assert verdict_of(analyzer, question, answer) == gold


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        # one school year asked, the one before given
        (
            "Hoeveel leerlingen gebruikten in het schooljaar 2024-2025 het leerlingenvervoer?",
            "In het schooljaar 2023-2024 gebruikten 14.812 leerlingen het leerlingenvervoer.",
            "partial",
        ),
        # ... a count at a date inside it covers it
        (
            "Hoeveel leerlingen stonden bij de start van het schooljaar 2024-2025 op een wachtlijst?",
            "Bij de telling van 1 oktober 2024 stonden 11.640 leerlingen op een wachtlijst.",
            "answered",
        ),
        # a period up to now is covered by the years in it
        (
            "Hoeveel middelen zijn sinds 2022 uit het fonds toegekend?",
            "In 2023 werd 412 miljoen euro toegekend en in 2024 1.038 miljoen euro.",
            "answered",
        ),
        # a year in the answer that is of a term, not of the figure, leaves the figure for the period asked
        (
            "Hoeveel fte is er in 2025 extra ingezet op de vergunningverlening?",
            "Er is 6 fte extra ingezet. Deze formatie is tijdelijk, tot en met 2026.",
            "answered",
        ),
        # figures for another period are content: partial, not declined, beside a breakdown that is not available
        (
            "Hoeveel processen-verbaal werden in 2022 opgesteld voor sluikstorten? Graag per provincie.",
            "In 2023 werden er in totaal 9.844 processen-verbaal voor sluikstorten opgesteld. Een opdeling per provincie is niet beschikbaar.",
            "partial",
        ),
    ],
    ids=["school-year-before", "date-inside", "since", "year-of-a-term", "other-year-and-no-breakdown"],
)
def test_figures_for_the_period_asked(question: str, answer: str, gold: str) -> None:
    (item,) = judge(_with(check_period=1), f"Vraag 1\n{question}\n\nAntwoord 1\n{answer}\n").judgement.items
    assert item.verdict == gold


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        # every ask met in a sentence of its own, and the answer also declines part of what is asked: partial
        (
            "Sinds wanneer zijn de toestellen afgesloten en wanneer worden ze hersteld of vervangen?",
            "Beide toestellen werden op 15 januari afgesloten. Het lager van de draaischijf wordt eind februari vervangen. Voor de "
            "glijbaan is een volledige vervanging nodig, die via een raamovereenkomst moet worden besteld, zodat ik u daarvoor vandaag "
            "nog geen datum kan geven.",
            "partial",
        ),
        # ... not where nothing is declined
        (
            "Sinds wanneer zijn de toestellen afgesloten en wanneer worden ze hersteld of vervangen?",
            "Beide toestellen werden op 15 januari afgesloten. Het lager van de draaischijf wordt eind februari vervangen en de "
            "glijbaan half maart.",
            "answered",
        ),
    ],
    ids=["part-declined", "all-given"],
)
def test_an_answer_that_meets_every_ask_and_declines_part_of_them(analyzer: Analyzer, question: str, answer: str, gold: str) -> None:
    assert verdict_of(analyzer, question, answer) == gold


def test_a_span_of_time_is_no_count_of_the_things_after_a_partitive(analyzer: Analyzer) -> None:
    # "Hoeveel van die fietsen ...?" counts fietsen: "zes maanden bewaard" is a term, the count itself is not kept
    answer = (
        "De weggehaalde fietsen worden zes maanden bewaard in het stedelijk depot. Het aantal fietsen dat effectief werd "
        "opgehaald, wordt niet afzonderlijk bijgehouden."
    )
    assert verdict_of(analyzer, "Hoeveel van die fietsen werden door hun eigenaar teruggehaald?", answer) == "declined"


@pytest.mark.parametrize(
    "answer",
    [
        "Opkomsttijden worden verantwoord per gemeente en per post; een uitsplitsing naar wijk wordt niet gemaakt. Voor de gemeente "
        "Vlaardingen werd in 2024 bij 83% van de uitrukken binnen de normtijd ter plaatse gekomen.",
        "De vaststellingen worden geregistreerd op het adres van de overtreder, niet per straat waar het sluikstort werd aangetroffen. "
        "Op het volledige grondgebied van de gemeente werden in 2024 1.126 sancties voor sluikstorten opgelegd.",
    ],
    ids=["breakdown-not-made", "registered-by-another-dimension"],
)
def test_figures_for_a_wider_scope_beside_a_want_of_data_at_the_level_asked(analyzer: Analyzer, answer: str) -> None:
    # the level asked is not kept, the figure of a wider scope is given: partial (GUIDE: figures for another scope), not declined
    question = "Hoe vaak werd in 2024 de normtijd overschreden, of werden sancties opgelegd, in de wijk Holy?"
    assert verdict_of(analyzer, question, answer) == "partial"


def test_a_table_row_ends_its_sentence_before_the_prose_line_under_it(analyzer: Analyzer) -> None:
    # a grouped answer: a table answers question 1, the sentence under it (no full stop after the table) says the figure of question
    # 2 is not kept per age, and an all-ages figure follows; before, the table and the no-data sentence were one sentence that
    # opened the answer, so both items were declined
    text = (
        "Vraag 1\nHoeveel spelers tussen 18 en 21 jaar hadden in 2024 een actieve account?\n\n"
        "Vraag 2\nHoeveel van die jonge spelers bereikten in 2024 de wekelijkse stortingslimiet?\n\n"
        "Antwoord op vraag 1 en 2\nHet aantal spelers tussen 18 en 21 jaar met een actieve account evolueerde als volgt:\n"
        "Jaar        18 jaar     19 jaar     Totaal\n2023        9.876       13.512      23.388\n2024        10.332      14.290      24.622\n"
        "Het bereiken van de stortingslimiet wordt niet per leeftijdscategorie bijgehouden. Over alle leeftijden heen stootte in 2024 "
        "ongeveer 7,9 % van de actieve spelers op de limiet.\n"
    )
    assert verdicts(judge(analyzer, text)) == {"1": "answered", "2": "partial"}


def test_a_want_of_data_kept_apart_beside_the_wider_count_of_the_answers_own_word_is_partial(analyzer: Analyzer) -> None:
    # "niet afzonderlijk bijgehouden" is a want at the level asked; the figure counts what the cue names ("bekeuringen" for the
    # "boetes" asked): a figure for a wider scope (GUIDE.md), not a decline
    assert (
        verdict_of(
            analyzer,
            "Hoeveel boetes voor wildplassen zijn in 2024 in de binnenstad uitgeschreven?",
            "Het aantal bekeuringen voor wildplassen wordt in onze systemen niet afzonderlijk bijgehouden. Onze handhavers hebben in "
            "2024 in de binnenstad in totaal 1.140 bekeuringen uitgeschreven voor overtredingen van de APV, waaronder wildplassen.",
        )
        == "partial"
    )
    # (with no figure at all it stays a decline)
    assert (
        verdict_of(
            analyzer,
            "Hoeveel boetes voor wildplassen zijn in 2024 in de binnenstad uitgeschreven?",
            "Het aantal bekeuringen voor wildplassen wordt in onze systemen niet afzonderlijk bijgehouden.",
        )
        == "declined"
    )


def test_in_an_answer_shared_by_several_questions_a_figure_of_another_question_does_not_answer_a_count(analyzer: Analyzer) -> None:
    # unnumbered questions answered in one paragraph: "zes hondenlosloopweides" answers the first; the count of bite incidents is not
    # kept, so the second is declined (before: partial, the first question's figure taken for "some of what is asked")
    text = (
        "Hoeveel hondenlosloopweides telt de stad vandaag? Hoeveel meldingen van bijtincidenten werden de voorbije twee jaar "
        "geregistreerd?\n\n"
        "De stad telt vandaag zes omheinde hondenlosloopweides, verspreid over de deelgemeenten. Bijtincidenten worden geregistreerd "
        "door de lokale politie en worden niet gekoppeld aan een specifieke plek; de stad beschikt hierover niet over cijfers.\n"
    )
    result = analyzer.check(RawDocument("<test>", text, text.index("De stad telt")))
    assert verdicts(result)["2"] == "declined"


def test_a_promise_to_deal_with_it_in_the_next_progress_letter_is_no_deferral_of_a_willingness_to_inform(analyzer: Analyzer) -> None:
    # "Bent u bereid de Kamer ... te informeren?" - the letter that will deal with it is the telling asked for, not a refusal
    assert (
        verdict_of(
            analyzer,
            "Bent u bereid de Kamer ieder kwartaal te informeren over de doorlooptijden bij het CBR?",
            "Ik informeer beide Kamers periodiek over de prestaties van het CBR. In de eerstvolgende voortgangsbrief, die voor de "
            "zomer verschijnt, zal ik afzonderlijk ingaan op de doorlooptijden.",
        )
        != "declined"
    )


def test_a_period_named_by_pointing_back_is_the_period_of_the_figures(analyzer: Analyzer) -> None:
    """ "Voor dat aanslagjaar ontvingen 3.412.806 belastingplichtigen ..." after "De meest recente cijfers hebben betrekking op
    aanslagjaar 2023": figures for 2023, where 2024 was asked (GUIDE: another period, partial; before, answered)."""
    question = "Hoeveel belastingplichtigen ontvingen voor aanslagjaar 2024 een voorstel van vereenvoudigde aangifte?"
    older = (
        "De meest recente volledige cijfers hebben betrekking op aanslagjaar 2023. Voor dat aanslagjaar ontvingen 3.412.806 "
        "belastingplichtigen een voorstel van vereenvoudigde aangifte."
    )
    assert verdict_of(analyzer, question, older) == "partial"
    assert verdict_of(analyzer, question, older.replace("2023", "2024")) == "answered"


def test_figures_said_to_be_background_after_a_refusal_do_not_answer(analyzer: Analyzer) -> None:
    """A refusal, then "In algemene zin kan ik meegeven dat ... in totaal 1.214 geldboetes": background, not the fine asked
    (GUIDE: declining outweighs background; before, partial); asked in general, the general sentence is the answer."""
    question = "Hoeveel bedraagt de geldboete die aan het varkensbedrijf in Ruiselede werd opgelegd?"
    answer = (
        "Het betreft een individueel handhavingsdossier waartegen nog een bezwaarprocedure loopt. De Mestbank behandelt het dossier "
        "volgens de gewone procedure. Gelet op de lopende procedure doe ik over de hoogte van de opgelegde geldboete geen "
        "mededelingen. In algemene zin kan ik meegeven dat de Mestbank in 2024 in totaal 1.214 geldboetes oplegde."
    )
    assert verdict_of(analyzer, question, answer) == "declined"
    general = "Hoeveel geldboetes legt de Mestbank in het algemeen op, en hoeveel bedroeg de boete in Ruiselede?"
    assert verdict_of(analyzer, general, answer) == "partial"
    # (a rule stated in general, "In het algemeen wordt een bezwaar binnen 12 weken behandeld", is no announcement of background
    # and keeps its figures, a code review's finding; the refusal that opens that answer still declines it, as before this session)
