"""Splitting an item into asks: lead-ins, coordinated asks, conditions (GUIDE.md: an item may hold several asks)."""

from __future__ import annotations

import functools

import pytest

from analyzer.analyze import Analyzer
from analyzer.asks import ask_kind, condition, coordinated, depends_on, lead_in, moot, split_asks
from analyzer.model import Span


def asks(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[a.span.start : a.span.end], a.kind, a.condition) for a in split_asks(text, Span(0, len(text)))]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Wat kostte de eerste fase en wat kost de tweede fase?", ["Wat kostte de eerste fase", "wat kost de tweede fase?"]),
        (
            "Deelt u de mening dat dit onwenselijk is en welke stappen gaat u zetten?",
            ["Deelt u de mening dat dit onwenselijk is", "welke stappen gaat u zetten?"],
        ),
        (
            "Deelt u de mening dat dit onwenselijk is en bent u bereid hier iets aan te doen?",
            ["Deelt u de mening dat dit onwenselijk is", "bent u bereid hier iets aan te doen?"],
        ),
        (
            "Hoe beoordeelt u deze situatie en welke concrete stappen stelt u voor?",
            ["Hoe beoordeelt u deze situatie", "welke concrete stappen stelt u voor?"],
        ),
        # a statement before the ask is its context, not an ask that goes unanswered
        ("Het begrip doelmatig is duidelijk, maar wat houdt die soberheid in?", ["wat houdt die soberheid in?"]),
        ("Er lijkt geen beweging in het dossier te komen en wat gaat u daaraan doen?", ["wat gaat u daaraan doen?"]),
        # a question after a comma in the first part keeps it an ask
        (
            "De situatie op de N33 is onveilig, deelt u die mening en wanneer wordt de weg aangepast?",
            ["De situatie op de N33 is onveilig, deelt u die mening", "wanneer wordt de weg aangepast?"],
        ),
        # a second count after a preposition: "en in hoeveel gevallen ...?"
        (
            "Hoeveel meldingen zijn er in 2024 gedaan, en in hoeveel gevallen is een gedragsaanwijzing opgelegd?",
            ["Hoeveel meldingen zijn er in 2024 gedaan", "in hoeveel gevallen is een gedragsaanwijzing opgelegd?"],
        ),
        # ... after "om": "en om welke redenen?"
        (
            "Zijn er scholen waarvan de aanvraag werd afgewezen, en om welke redenen?",
            ["Zijn er scholen waarvan de aanvraag werd afgewezen", "om welke redenen?"],
        ),
        # a yes/no question whose subject is named with a demonstrative: "en kan die frequentie omhoog?"
        (
            "Hoe vaak worden de containers geledigd, en kan die frequentie omhoog op drukke plaatsen?",
            ["Hoe vaak worden de containers geledigd", "kan die frequentie omhoog op drukke plaatsen?"],
        ),
    ],
)
def test_coordinated_asks_are_split(text: str, parts: list[str]) -> None:
    got = asks(text)
    assert [p for p, _, _ in got] == parts
    # the later parts follow the first: not question sentences of their own, so the segmenter keeps them in one item
    assert [k for _, k, _ in got] == ["question"] + ["conditional"] * (len(parts) - 1)


@pytest.mark.parametrize(
    "text",
    [
        "Welke andere maatregelen zijn mogelijk en wilt u, samen met de toezichthouder, inzetten of verplicht stellen?",
        "Deelt u de mening dat projecten zoveel mogelijk moeten worden aangejaagd en waar mogelijk gestimuleerd?",
        "Wanneer en hoe wordt dit ingevoerd?",
        "Zo ja, wat vindt u ervan en welke maatregelen neemt u?",
        "Bent u bekend met het bericht over de kosten en de baten?",
        "Hoeveel scholen en welke leerlingen zijn getroffen?",
    ],
)
def test_one_ask_stays_whole(text: str) -> None:
    assert coordinated(text) == [(0, len(text))]


def test_zo_ja_and_zo_nee_set_the_condition_of_their_ask() -> None:
    text = "Bent u bekend met X? Zo ja, wat vindt u ervan en welke maatregelen neemt u? Zo nee, waarom niet?"
    assert asks(text) == [
        ("Bent u bekend met X?", "question", None),
        ("Zo ja, wat vindt u ervan en welke maatregelen neemt u?", "conditional", "yes"),
        ("Zo nee, waarom niet?", "conditional", "no"),
    ]


def test_a_footnote_marker_pushed_before_a_follow_up_keeps_it_a_follow_up() -> None:
    # (a PDF puts the footnote marker of the quotation on the next line, before "Zo nee")
    text = "Bent u het eens met de uitspraak: «De kosten van niets doen zijn hoger.»?\n2 Zo nee, hoe ziet u dit dan?"
    assert [(k, c) for _, k, c in asks(text)] == [("question", None), ("conditional", "no")]
    # a number that is a count stays part of the question
    assert asks("Hoeveel zijn het er?\n2 zonnepanelen per woning, is dat genoeg?")[1][1:] == ("question", None)


def test_a_coordinated_zo_ja_is_a_conditional_part() -> None:
    text = "Kunt u aangeven of deze jongeren eerder zijn veroordeeld en zo ja wat was de straf?"
    assert asks(text) == [
        ("Kunt u aangeven of deze jongeren eerder zijn veroordeeld", "question", None),
        ("zo ja wat was de straf?", "conditional", "yes"),
    ]


def test_a_follow_up_shares_the_condition_of_the_conditional_before_it() -> None:
    text = "Klopt dit bericht? Zo ja, hoe vaak komt dit voor? En hoe lang duurt het?"
    assert [c for _, _, c in asks(text)] == [None, "yes", "yes"]
    # a new question of its own does not
    text = "Klopt dit bericht? Zo ja, hoe vaak komt dit voor? Bent u bereid dit te onderzoeken?"
    assert [c for _, _, c in asks(text)] == [None, "yes", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indien blijkt dat zij eerder misdrijven hebben gepleegd, welke maatregelen worden dan opgelegd?", "if"),
        ("In het geval dat de regeling wordt verlengd, wat kost dat?", "if"),
        ("Mocht dit zo zijn, bent u bereid in te grijpen?", "if"),
        ("Welke maatregelen neemt u als blijkt dat de regeling niet werkt?", "if"),
        ("Hoe lang duurt de procedure, indien de aanvraag volledig is?", "if"),
        ("Hoe kijkt u aan tegen de rol van gemeenten als het gaat om handhaving?", None),
        ("Welke rol speelt u als minister hierin?", None),
        ("Zo nee, waarom niet?", "no"),
        ("Indien ja, hoe vaak?", "yes"),
    ],
)
def test_conditions(text: str, expected: str | None) -> None:
    assert condition(text) == expected


def test_a_condition_before_a_colon_stays_the_condition_of_its_ask() -> None:
    assert [(c, k) for _, k, c in asks("Zo ja: - wat zijn de kosten?")] == [("yes", "conditional")]
    assert [c for _, _, c in asks("Indien neen: - waarom niet?")] == ["no"]
    assert [c for _, _, c in asks("In het geval dit bedrag ontbreekt, waar is dan het geld naartoe gegaan?")] == ["if"]


def test_a_question_on_a_condition_of_fact_is_still_a_question_sentence() -> None:
    text = "Indien blijkt dat zij eerder misdrijven hebben gepleegd, welke maatregelen worden dan opgelegd?"
    assert asks(text) == [(text, "question", "if")]


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Mijn vragen zijn als volgt: 1. Wordt het park toegankelijker gemaakt?", "Wordt het park toegankelijker gemaakt?"),
        ("Daarom heb ik volgende vragen: • Wat is de stand van zaken?", "Wat is de stand van zaken?"),
        ("Vragen - Wat was het resultaat van deze bespreking?", "Wat was het resultaat van deze bespreking?"),
        ("o Zijn de bewoners tevreden?", "Zijn de bewoners tevreden?"),
        ("Wat is uw oordeel: is dit wenselijk?", "Wat is uw oordeel: is dit wenselijk?"),
        # any text closed by a colon before a dashed question, but not a question stem or a condition
        (
            "De fracties stellen daarom de volgende art 42 vragen, met het verzoek om zeer spoedige beantwoording (binnen "
            "enkele dagen): - wat is de huidige planning?",
            "wat is de huidige planning?",
        ),
        ("Wat is de planning: - per wijk?", "Wat is de planning: - per wijk?"),
        ("1. Welke scholen: - de basisscholen?", "Welke scholen: - de basisscholen?"),
        (
            "Graag vernemen wij hoe het college de knelpunten oplost: - de parkeerdruk?",
            "Graag vernemen wij hoe het college de knelpunten oplost: - de parkeerdruk?",
        ),
    ],
)
def test_lead_ins_are_not_part_of_the_ask(text: str, ask: str) -> None:
    assert [a for a, _, _ in asks(text)] == [ask]
    assert text[lead_in(text) :] == ask


def test_follow_ups_depend_on_every_coordinated_ask_before_them() -> None:
    text = "Bent u bereid dit te onderzoeken en bent u bereid de Kamer te informeren? Zo ja, wanneer? Zo nee, waarom niet?"
    got = split_asks(text, Span(0, len(text)))
    assert [a.condition for a in got] == [None, None, "yes", "no"]
    assert depends_on(got) == [(), (), (0, 1), (0, 1)]


def test_a_follow_up_depends_on_the_question_before_it_only() -> None:
    text = "Kent u het bericht? Klopt het? Zo nee, waarom niet?"
    got = split_asks(text, Span(0, len(text)))
    assert depends_on(got) == [(), (), (1,)]
    assert moot(got[2], "positive") and not moot(got[2], "negative") and not moot(got[1], "negative")


def test_a_question_closed_inside_a_quotation_is_still_a_question() -> None:
    # minutes that quote the council member: '- Plant het bestuur ..., en zo ja, vanaf wanneer?"'
    text = '"Inleiding.\n- Hoeveel kinderen wachten?\n- Plant het bestuur extra plaatsen, en zo ja, vanaf wanneer?"\n'
    asks = split_asks(text, Span(0, len(text)))
    got = [text[a.span.start : a.span.end] for a in asks]
    assert got[0] == "Hoeveel kinderen wachten?"
    assert len(got) >= 2 and got[1].startswith("Plant het bestuur extra plaatsen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten eerste willen wij weten hoeveel woningen er komen.",
        "Tot slot wil ik weten wie de kosten draagt.",
        "Wij willen graag weten wanneer de werken starten.",
        # an embedded question without a question mark
        "De vraag is dan ook of het mogelijk is om voor deze organisatie een vaste parkeerplaats te voorzien.",
        "Mijn vraag is hoe het college de wachtlijst wil wegwerken.",
        "De vraag is of de stad hier nog iets aan kan doen.",
        # asked to be told, inside the sentence
        "In aansluiting op uw antwoord verzoek ik dit stadsbestuur mij te willen laten weten wat er gaat gebeuren.",
        "Daarom vraag ik het college mij mee te delen hoeveel klachten er zijn binnengekomen.",
        # the members of a group ask in the third person, as the Kamer's written consultation puts it
        "De leden van de CDA-fractie vragen de regering te bevestigen dat het wetsvoorstel gemeenten niets verplicht.",
        "Het lid Jansen vraagt hoeveel scholen van de regeling gebruik zullen maken.",
        "Tot slot zijn wij benieuwd hoeveel meldingen er via Meld Misdaad Anoniem zijn binnengekomen.",
    ],
)
def test_wanting_to_know_is_a_request(sentence: str) -> None:
    # prose questions without a question mark (GUIDE: one item per question sentence or request)
    asks = split_asks(sentence, Span(0, len(sentence)))
    assert len(asks) == 1 and asks[0].kind == "request"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij vernemen graag uw reactie en danken u bij voorbaat voor de beantwoording.",
        "Graag ontvangen wij uw antwoorden op bovenstaande vragen.",
        "In afwachting van uw antwoord.",
        "Wij danken u bij voorbaat voor uw antwoorden.",
    ],
)
def test_the_closing_courtesy_of_a_letter_asks_nothing(sentence: str) -> None:
    # (shapes61: "Wij vernemen graag uw reactie ..." under the last question read as an ask for a position, which no answer
    # gave: the item was partial)
    assert ask_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence", ["Graag ontvangen wij uw reactie op het voorstel van de bewoners.", "Wij vernemen graag uw reactie op de plannen."]
)
def test_asking_a_reaction_to_something_named_is_a_request(sentence: str) -> None:
    asks = split_asks(sentence, Span(0, len(sentence)))
    assert len(asks) == 1 and asks[0].kind == "request"


def test_a_question_mark_in_a_bracket_the_sentence_goes_on_after_ends_nothing() -> None:
    text = "Wat is de gemiddelde kostprijs (per m?) van een aanpassing per straat? Bestaat het rapport al?"
    asks = split_asks(text, Span(0, len(text)))
    assert [text[a.span.start : a.span.end] for a in asks] == [
        "Wat is de gemiddelde kostprijs (per m?) van een aanpassing per straat?",
        "Bestaat het rapport al?",
    ]


@pytest.mark.parametrize(
    ("sentence", "is_request"),
    [
        ("Voor elk project graag de kosten per jaar.", True),
        ("Voor de projecten die nog lopen graag een overzicht van de kosten.", True),
        ("Ik had graag geweten dat de werken starten.", True),
        # the asker doing something himself
        ("In bijlage voeg ik graag een brief toe van een bezorgde inwoner.", False),
        # someone else's wish, reported: context, not a request
        ("Op 30 november 2021 werd gecommuniceerd dat ze ook graag openwaterzwemmen willen aanbieden.", False),
    ],
)
def test_graag_inside_a_sentence_is_a_request_unless_it_reports_a_wish(sentence: str, is_request: bool) -> None:
    text = f"{sentence} Werden er al stappen ondernomen?"
    asks = split_asks(text, Span(0, len(text)))
    assert any(text[a.span.start : a.span.end] == sentence for a in asks) is is_request


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # a question by its form, closed with a full stop
        ("Wordt er nu effectief anderhalf miljoen euro geïnvesteerd in de infrastructuur van de hal.", True),
        ("Wat waren de bevindingen van dat overleg met de jeugdraad.", True),
        ("Over welk project gaat het hier en kunnen wij de slides ook krijgen.", True),
        ("Hoeveel plaatsen zijn er in totaal verdwenen sinds de heraanleg.", True),
        ("Met wie wordt er overlegd over de plannen voor het plein.", True),
        # statements that open with a question word or a verb
        ("Wat opvalt is dat de cijfers dalen.", False),
        ("Komt er een nieuwe aanvraag, dan wordt die behandeld.", False),
        ("Welke keuze het college ook maakt, de bewoners worden gehoord.", False),
        # a free relative before the main clause
        ("Voor wie wil bouwen, heeft de gemeente sinds januari een apart loket geopend.", False),
    ],
)
def test_a_question_closed_with_a_full_stop_is_still_a_question(sentence: str, asks: bool) -> None:
    text = f"{sentence} Hoeveel aanvragen zijn er?"
    got = split_asks(text, Span(0, len(text)))
    assert any(text[a.span.start : a.span.end] == sentence for a in got) is asks


def test_the_writers_own_question_is_no_request() -> None:
    # "De vraag is hoe ..." alone is rhetoric; "De vraag is dan ook of ..." asks
    text = "De vraag is hoe de buurt daarover denkt, want de bewoners vrezen extra verkeer. Hoeveel plaatsen komen er?"
    got = [text[a.span.start : a.span.end] for a in split_asks(text, Span(0, len(text)))]
    assert got == ["Hoeveel plaatsen komen er?"]


def test_a_quoted_title_that_asks_inside_the_question_is_one_ask() -> None:
    """ "Heeft u kennisgenomen van het bericht ‘Legaal drugsafval inleveren bij de milieustraat? Het moet straks gewoon
    kunnen, vindt D66 Brabant’?": the question mark inside the quoted title ends no sentence (the title's second half was an
    ask that 'Ja.' left unanswered); an apostrophe ("auto’s") closes no quotation, and a quotation that never closes cuts."""
    titled = "Heeft u kennisgenomen van het bericht ‘Legaal drugsafval inleveren? Het moet straks gewoon kunnen, vindt D66’?"
    assert [a for a, _, _ in asks(titled)] == [titled]
    assert len(asks("Hoeveel auto’s staan er? Wie betaalt de ‘parkeerplaatsen’?")) == 2
    assert len(asks("Kent u het bericht ‘Wat nu? Waarom niet eerder?")) == 2


_WH_ASKS = [
    ("Hoeveel aanvragen werden er in 2024 ingediend?", "quantity"),
    ("Welke gemeenten doen mee aan het project?", "list"),
    ("Waarom werd het loket gesloten?", "explanation"),
    ("Wanneer starten de werken aan de brug?", "time"),
    ("Wanneer wordt het evaluatierapport naar de Kamer gestuurd?", "time"),
]
# a request that embeds the question, as writers phrase it (the wh-word no longer opens the sentence)
_FRAMES = [
    "Kunt u aangeven {}?",
    "Kan de minister meedelen {}?",
    "Graag verneem ik {}.",
    "Ik vernam graag {}.",
    "Kunt u mij laten weten {}?",
    "Kan u ons informeren {}?",
    "Ik had graag geweten {}.",
    "Graag had ik vernomen {}.",
    "Mag ik vragen {}?",
    "Kan de schepen ons zeggen {}?",
]


@pytest.mark.parametrize("frame", _FRAMES)
def test_an_ask_embedded_in_a_request_keeps_the_type_of_its_wh_word(frame: str) -> None:
    """ "Kan de minister meedelen wanneer ...", "Graag verneem ik wanneer ...": the request takes the type of the question
    it embeds. Before, a time ask so framed was typed "other" or yes/no in 13 of 15 pool asks for four of these frames
    ("wanneer" after a verb means "if" unless the verb is one of telling or learning, and the list was short)."""
    from analyzer.model import RawDocument

    analyzer = _analyzer()
    for question, expected in _WH_ASKS:
        body = question.rstrip("?")
        text = frame.format(body[0].lower() + body[1:])
        judged = analyzer.check(RawDocument("<test>", f"Vraag 1\n{text}\n\nAntwoord 1\nDat is zo.\n")).judgement.items[0]
        assert [a.type for a in judged.asks][:1] == [expected], text


@functools.cache
def _analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    "text",
    [
        "Hoeveel hectare gronden verpacht c.q. verhuurt het waterschap aan agrariërs?",
        "Welke scholen, m.n. in het buitengebied, hebben een wachtlijst?",
        "Wat was de reactie van het college n.a.v. de klachten van omwonenden?",
    ],
)
def test_an_abbreviation_the_answers_never_end_a_sentence_in_does_not_cut_a_question(text: str) -> None:
    """ "c.q.", "m.n.", "n.a.v." never close a sentence of an answer; in a question they did: "Hoeveel hectare ... verpacht
    c.q." was cut off, and what was left, "verhuurt het waterschap ...?", was asked as a yes/no question (a count of 462
    hectare then answered nothing). One list now serves both."""
    (ask,) = split_asks(text, Span(0, len(text)))
    assert text[ask.span.start : ask.span.end] == text


def test_a_request_that_coordinates_two_embedded_questions_is_split_like_a_question() -> None:
    # "De leden vragen hoeveel ..., en welke ... ." has no question mark, but asks two things
    text = (
        "De leden van de ChristenUnie-fractie vragen hoeveel scholen gebruik zullen maken van de afwijkingsmogelijkheid, "
        "en welke waarborgen de regering ziet om de basiskwaliteit te bewaken."
    )
    asks = split_asks(text, Span(0, len(text)))
    assert [text[a.span.start : a.span.end] for a in asks] == [
        "De leden van de ChristenUnie-fractie vragen hoeveel scholen gebruik zullen maken van de afwijkingsmogelijkheid",
        "welke waarborgen de regering ziet om de basiskwaliteit te bewaken.",
    ]
    # (a statement before a coordinated question is still its context, not an ask)
    question = "Het begrip is duidelijk, maar wat houdt die soberheid in?"
    assert len(split_asks(question, Span(0, len(question)))) == 1


def test_a_condition_between_commas_after_en_is_a_conditional_part() -> None:
    # "... en, zo ja, heeft zij ...?": the follow-up is an ask of its own, so an answer that only speaks of the first leaves it open
    text = "Is de Commissie al begonnen met de voorbereiding van de top en, zo ja, heeft zij hiervoor een taakgroep opgericht?"
    assert asks(text) == [
        ("Is de Commissie al begonnen met de voorbereiding van de top", "question", None),
        ("zo ja, heeft zij hiervoor een taakgroep opgericht?", "conditional", "yes"),
    ]
