"""Attribution: which answer sentences respond to which ask, and the evidence that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.analyze import Analyzer
from analyzer.judge.attribution import (
    FRAME_WORDS,
    QUESTION_WORDS,
    attribute,
    content_lemmas,
    coverage,
    denies,
    matches,
    sentence_vocabs,
    unit_missing,
    vocab,
)
from analyzer.model import RawDocument


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def words(*sentences: str) -> list[set[str]]:
    return [set(s.lower().replace(".", "").split()) for s in sentences]


def spans(n: int) -> list[tuple[int, int]]:
    return [(10 * i, 10 * i + 9) for i in range(n)]


def test_each_sentence_goes_to_the_ask_it_is_about() -> None:
    asks = [["wachtlijst", "jeugdzorg"], ["budget", "pleegzorg"]]
    sents = words("De wachtlijst in de jeugdzorg is twaalf weken.", "Het budget voor pleegzorg staat in de bijlage.")
    att = attribute(asks, sents, spans(2))
    assert att.by_ask == ((0,), (1,))
    assert att.addressed(0) and att.addressed(1)


def test_a_word_every_ask_shares_does_not_decide() -> None:
    # "jeugdzorg" is in both asks: the sentence is about the ask whose own word it has
    asks = [["wachtlijst", "jeugdzorg"], ["budget", "jeugdzorg"]]
    att = attribute(asks, words("Het budget van de jeugdzorg stijgt."), spans(1))
    assert att.by_ask == ((), (0,))
    assert not att.addressed(0)


def test_a_lead_sentence_answers_every_ask_and_a_follow_on_sentence_its_predecessor() -> None:
    asks = [["wachtlijst", "jeugdzorg"], ["budget", "pleegzorg"]]
    sents = words("Ja.", "Het budget voor pleegzorg stijgt.", "Dat is meer dan vorig jaar.")
    att = attribute(asks, sents, spans(3))
    assert att.lead == (0,)
    assert att.by_ask == ((0,), (0, 1, 2))
    assert not att.addressed(0)  # only the lead speaks to it


def test_an_ask_without_content_of_its_own_takes_the_sentences_of_the_ask_before() -> None:
    asks: list[list[str]] = [["wachtlijst", "jeugdzorg"], []]
    att = attribute(asks, words("De wachtlijst in de jeugdzorg is lang."), spans(1), [None, 0])
    assert att.by_ask == ((0,), (0,))


def test_compound_heads_and_shared_stems_match() -> None:
    assert matches("spiegel", {"verkeersspiegels"})
    assert matches("monitoring", {"monitoringsysteem"})
    assert not matches("spiegel", {"spie", "regel"})
    assert not matches("kind", {"kinderopvang"})  # short lemmas match only exactly
    # the answer names the ask's compound by its head: "reclamecampagnes" asked, "campagnes" answered
    assert matches("reclamecampagne", {"campagnes", "campagne"})
    assert coverage(["reclamecampagne"], {"campagnes", "campagne"}) == 1.0
    assert not matches("actieplan", {"plan"})  # (a short head says too little)
    # a word after a prefix of derivation is no compound head: "voorgesteld" is not "gesteld"
    assert not matches("voorgesteld", {"gesteld"}) and not matches("samenwerking", {"werking"})
    # (a modifier that merely ends like a prefix is a real one: "ziekte|verzuim")
    assert matches("ziekteverzuim", {"verzuim"})


def test_question_frame_words_are_not_content(analyzer: Analyzer) -> None:
    assert content_lemmas(analyzer.nlp("Wat is uw reactie hierop?")) == []
    assert content_lemmas(analyzer.nlp("Kunt u dit zo concreet mogelijk beschrijven?")) == []


def test_every_ask_names_its_sentences_in_an_unnumbered_answer(analyzer: Analyzer) -> None:
    q = "Hoe lang zijn de wachtlijsten in de jeugdzorg op dit moment?\nGraag een overzicht van de budgetten voor pleegzorg per provincie.\n"
    a = "De wachtlijsten in de jeugdzorg zijn gemiddeld twaalf weken lang.\n\nDe budgetten voor pleegzorg per provincie staan in de bijlage.\n"
    result = analyzer.check(RawDocument("<test>", q + "\n" + a, split=len(q) + 1))
    text = result.document.text
    first = [text[s.start : s.end] for s in result.judgement.item("1").asks[0].sentences]
    second = [text[s.start : s.end] for s in result.judgement.item("2").asks[0].sentences]
    assert first == ["De wachtlijsten in de jeugdzorg zijn gemiddeld twaalf weken lang."]
    assert second == ["De budgetten voor pleegzorg per provincie staan in de bijlage."]


def test_derivations_share_a_stem() -> None:
    from analyzer.judge.attribution import coverage, stem

    assert stem("geëvolueerd") == stem("evolutie") == stem("evolueren")
    assert stem("geregistreerd") == stem("registratie")
    assert stem("gemeente") != stem("gemeenteraad")
    assert coverage(["evolutie"], {"geëvolueerd", stem("geëvolueerd")}) == 1.0


def test_a_number_counts_what_the_ask_counts(analyzer: Analyzer) -> None:
    from analyzer.judge.attribution import counted_noun, counts

    nlp = analyzer.nlp
    counted = counted_noun(nlp("Hoeveel thuiswerkende ouders kon VDAB in die periode bereiken?"))
    assert "ouder" in counted or "ouders" in counted
    answer = nlp("Er bieden 10 gemandateerde loopbaancentra begeleiding aan. In 2023 werden 412 ouders bereikt.")
    hits = [h for h in analyzer.rules.find(answer, ["expectation"]) if h.rule.id == "expect.number"]
    by_text = {h.text: counts(answer, h, counted) for h in hits}
    assert by_text.get("412") is True and by_text.get("10") is False
    assert counted_noun(nlp("Wat is de stand van zaken?")) == []
    # the counted phrase ends at its verb and holds no function words: "zijn" near a figure in the answer is not what is
    # counted ("Er zijn de afgelopen twee jaar geen bomen gestolen" counts no fines)
    assert counted_noun(nlp("Hoeveel boetes zijn er de afgelopen twee jaar opgelegd?")) == ["boete"]
    assert counted_noun(nlp("Hoeveel aanvragen voor een premie werden goedgekeurd?")) == ["aanvraag", "premie"]
    fines = counted_noun(nlp("Hoeveel boetes zijn er de afgelopen twee jaar opgelegd?"))
    trees = nlp("Er zijn de afgelopen twee jaar geen bomen gerapporteerd als gestolen.")
    figures = [h for h in analyzer.rules.find(trees, ["expectation"]) if h.rule.id == "expect.number"]
    assert figures and not any(counts(trees, h, fines) for h in figures)


def test_token_tables_give_what_the_tokens_give(analyzer: Analyzer) -> None:
    """``content_lemmas`` and ``sentence_vocabs`` read a cache by (ORTH, LEMMA) that fills itself on lookup:
    the same as the per-token definitions, also on a second pass (every key cached)."""
    texts = [p.read_text(encoding="utf-8")[:3000] for p in sorted((Path(__file__).parent / "corpus").glob("*.txt"))[:6]]
    texts += ["Wat is uw reactie hierop?", "Hoeveel gemeenten evalueerden de monitoringsystemen in 2023?", ""]
    for _ in range(2):
        for doc in analyzer.nlp.pipe(texts):
            plain = [
                (t.lemma_ or t.text).lower()
                for t in doc
                if t.is_alpha
                and len(t.text) >= 3
                and not t.is_stop
                and not {(t.lemma_ or t.text).lower(), t.lower_} & (QUESTION_WORDS | FRAME_WORDS)
            ]
            assert content_lemmas(doc) == list(dict.fromkeys(plain))
            bounds = [(s.start, s.end) for s in doc.sents]
            assert sentence_vocabs(doc, bounds) == [vocab(doc[a:b]) for a, b in bounds]


def test_the_one_pass_word_test_agrees_with_the_index() -> None:
    """``has_in`` (restatement asks three lemmas of a sentence) is ``WordIndex.has`` without building the index:
    exact and derived forms, shared prefixes, compound heads, and the misses."""
    from analyzer.judge.attribution import WordIndex, has_in, vocab
    from analyzer.nlp import get_pipeline

    nlp, _ = get_pipeline()
    sentence = vocab(nlp("De concessieovereenkomst wordt niet openbaar gemaakt; de verkeersspiegels zijn geëvalueerd."))
    lemmas = ["maken", "openbaar", "overeenkomst", "spiegel", "evaluatie", "monitoring", "kaart", "concessie", "evalueren", "gemaakt"]
    lemmas += ["huurovereenkomst", "vormingsconcessie"]
    index = WordIndex(sentence)
    assert [has_in(lemma, sentence) for lemma in lemmas] == [index.has(lemma) for lemma in lemmas]
    assert has_in("spiegel", sentence) and has_in("evaluatie", sentence) and not has_in("monitoring", sentence)


@pytest.mark.parametrize(
    ("sentence", "no"),
    [
        ("De overeenkomst wordt niet openbaar gemaakt.", True),
        ("Er komen geen extra middelen voor de sporthal.", True),
        # a negation that assents, adds or leaves open says no yes or no of its own
        ("Ik heb geen bezwaar tegen het openbaar maken van de overeenkomst en doe dat in mei.", False),
        ("Er is geen enkel probleem met de aanleg van het fietspad.", False),
        ("Niet alleen de gemeente maar ook de provincie draagt bij.", False),
        ("Het is niet uitgesloten dat de regeling wordt verlengd.", False),
        # no objections or problems that were made or solved: a no
        ("Er zijn geen bezwaren ingediend tegen de vergunning.", True),
        ("De provincie heeft geen bezwaren ontvangen.", True),
        ("Er is geen probleem opgelost.", True),
        ("Dat is geen probleem.", False),
        # a real no next to a litotes is still a no
        ("Ik heb geen bezwaar tegen de brief, maar de overeenkomst wordt niet openbaar gemaakt.", True),
    ],
)
def test_a_restated_proposition_says_no_only_with_a_negation_that_denies(sentence: str, no: bool) -> None:
    assert denies(sentence) is no


@pytest.mark.parametrize(
    ("ask", "vocab", "missing"),
    [
        # "voor elke gemeente" asks per municipality as "per gemeente" does (shapes30: totals given, the figures per
        # municipality only in an annex)
        ("Kan de staatssecretaris mij voor elke gemeente meedelen hoeveel opvangplaatsen er zijn?", {"plaatsen"}, "voor elke gemeente"),
        ("Kan de staatssecretaris mij voor elke gemeente meedelen hoeveel opvangplaatsen er zijn?", {"gemeenten", "plaatsen"}, None),
        ("Hoeveel boetes werden uitgeschreven per provincie?", {"boetes"}, "per provincie"),
        # ... so does "elke gemeente" as what is counted for ("samen ontvingen zij 212.000 euro" is a total); not "in ieder geval"
        ("Welke gemeenten dienden een aanvraag in, en welk bedrag ontving elke gemeente?", {"samen", "euro"}, "elke gemeente"),
        ("Zal de minister in ieder geval de Kamer informeren over het aantal boetes?", {"boetes"}, None),
    ],
)
def test_a_breakdown_the_ask_names_and_the_answer_never_mentions(ask: str, vocab: set[str], missing: str | None) -> None:
    from analyzer.judge.attribution import breakdown_missing

    assert breakdown_missing(ask, vocab) == missing


@pytest.mark.parametrize(
    ("ask", "answer", "missing"),
    [
        # what it costs, asked with the noun of an amount: a length, a share or a date is no amount of money
        ("Zo ja, wat zijn de kosten daarvan?", "Ja, over een lengte van circa 800 meter, in september 2025.", "wat zijn de kosten"),
        ("Welk bedrag werd aan elk van hen toegekend?", "Antwoord (12.2.2025): zij mogen de steun aanvullen tot 200 %.", "Welk bedrag"),
        ("Hoeveel bedraagt het geraamde budget?", "Er worden drie bureaus aangeschreven.", "Hoeveel bedraagt het geraamde budget"),
        # ... given in money, or a figure without a unit: in the unit asked
        ("Wat zijn de totale kosten van het project?", "De kosten bedragen 1,2 miljoen.", None),
        ("Wat was de kostprijs van de herstelling?", "De herstelling kostte € 38.400.", None),
        # an amount of something else than money: "Wat bedraagt de wachttijd?" asks no money
        ("Wat bedraagt de gemiddelde wachttijd?", "Die bedraagt 12 weken.", None),
        # what it costs with a demonstrative ("wat kost die verlenging?"), the Flemish singular "de (meer)kost": a share of results
        # or a number of weeks is no amount of money; euros are
        ("Waarom werd het contract verlengd, en wat kost die verlenging?", "68 procent van de trajecten wordt afgerond.", "wat kost die"),
        ("Wat is de meerkost van de vertraging?", "Er gingen 3 weken verloren.", "Wat is de meerkost"),
        ("Wat is de meerkost van de vertraging?", "De meerkost wordt geschat op 36.400 euro.", None),
    ],
)
def test_a_cost_ask_wants_an_amount_of_money(ask: str, answer: str, missing: str | None) -> None:
    assert unit_missing(ask, answer) == missing


@pytest.mark.parametrize(
    ("ask", "answer", "missing"),
    [
        # how long someone waits or something lasts: a count of something else, or a share, is no span of time
        ("Hoe lang moeten jongeren gemiddeld wachten op een eerste sessie?", "Er waren 131.000 aanmeldingen, 18 % meer.", "Hoe lang"),
        ("Wat is de gemiddelde doorlooptijd van een aanvraag?", "Er kwamen 412 aanvragen binnen.", "Wat is de gemiddelde doorlooptijd"),
        # ... a span of time, or the date it ends, is one
        ("Hoe lang moeten jongeren gemiddeld wachten op een eerste sessie?", "Gemiddeld zeven weken.", None),
        ("Hoe lang blijft de brug dicht?", "De brug blijft dicht tot 15 maart.", None),
        # not the length of a list or of a bridge: no span of time is asked
        ("Hoe lang is de wachtlijst?", "Op de wachtlijst staan 412 gezinnen.", None),
        ("Hoe lang is de nieuwe fietsbrug?", "De brug meet 120 meter.", None),
        ("Hoe lang is de wachtlijst voor jongeren die wachten op begeleiding?", "Er staan 212 jongeren op de wachtlijst.", None),
    ],
)
def test_a_duration_ask_wants_a_span_of_time(ask: str, answer: str, missing: str | None) -> None:
    assert unit_missing(ask, answer) == missing


@pytest.mark.parametrize(
    ("answer", "missing"),
    [
        # one total for figures asked apart
        ("Op 1 september waren in de zes kinderdagverblijven samen 412 kinderen ingeschreven.", "telkens afzonderlijk"),
        # ... the parts given beside it, or each named with its figure
        ("Samen 412 kinderen, waarvan 250 in de Nederlandstalige kinderdagverblijven.", None),
        ("In de Nederlandstalige waren 250 kinderen ingeschreven, in de Franstalige 162.", None),
        # ("samen met" is "together with", no total)
        ("In de Nederlandstalige waren er 250, samen met de 40 kinderen in de buitenschoolse opvang.", None),
    ],
)
def test_figures_asked_apart_are_not_answered_by_one_total(answer: str, missing: str | None) -> None:
    from analyzer.judge.attribution import breakdown_missing

    ask = "Hoeveel kinderen waren ingeschreven in de Nederlandstalige en in de Franstalige kinderdagverblijven, telkens afzonderlijk?"
    assert breakdown_missing(ask, set(answer.lower().split()), answer) == missing
