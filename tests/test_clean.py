"""Clean views: broken words rejoined, real compounds kept, furniture out, offsets exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analyzer.clean import clean_view, find_furniture, keep_hyphen
from analyzer.model import Span


def whole(text: str) -> str:
    return clean_view(text, Span(0, len(text)), find_furniture(text)).text


def test_word_broken_at_line_end_is_rejoined() -> None:
    assert whole("Ik ga niet in op individu-\neel gevallen.") == "Ik ga niet in op individueel gevallen."


def test_real_hyphenated_compound_stays_whole() -> None:
    assert whole("bereik van niet-\nberoepsactieve burgers") == "bereik van niet-beroepsactieve burgers"
    assert whole("de ESF-\nOproep werd") == "de ESF-Oproep werd"
    assert not keep_hyphen("individu", "eel")
    assert keep_hyphen("niet", "beroepsactieve")


def test_document_evidence_decides_hyphenation() -> None:
    doc = "De werkzoekenden-\nregeling. Later: de werkzoekenden-regeling geldt."
    assert whole(doc).startswith("De werkzoekenden-regeling.")


def test_justified_one_word_lines_are_joined() -> None:
    text = "b) Elke \nprojectaanvraag \nwordt \nin \neerste \ninstantie \nonderworpen"
    assert whole(text) == "b) Elke projectaanvraag wordt in eerste instantie onderworpen"


def test_furniture_is_cut_out_and_label_after_it_survives() -> None:
    text = "Het kabinet weet het.\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1Antwoord 3\nJa."
    spans = find_furniture(text)
    cut = "".join(text[s.start : s.end] for s in spans)
    assert "Antwoord 3" not in cut and "Aanhangsel 1" in cut
    assert whole(text) == "Het kabinet weet het. Antwoord 3 Ja."


def test_a_running_handelingen_header_glued_to_a_label_is_furniture_and_the_citation_in_a_sentence_is_not() -> None:
    """ "Aanhangsel Handelingen II 2025/26, nr. 812 2Antwoord 8": the page's citation with its page number glued to the label is
    furniture, so the label opens its answer; the same citation inside an answer's sentence is what the answer points to."""
    text = "Vraag 8\nWat is de stand van zaken?\n \nAanhangsel Handelingen II 2025/26, nr. 812 2Antwoord 8\nDe toetsing loopt."
    cut = "".join(text[s.start : s.end] for s in find_furniture(text))
    assert "Aanhangsel Handelingen II 2025/26, nr. 812 2" in cut and "Antwoord 8" not in cut
    cited = "Antwoord 4\nZie Aanhangsel Handelingen II 2024/25, nr. 1187 voor de cijfers.\n"
    assert not "".join(cited[s.start : s.end] for s in find_furniture(cited)).strip()


def test_clean_offsets_map_back_into_the_original() -> None:
    text = "Zie antwoord 2.\nVDAB heeft geen aparte\nmonitoring over herintre-\nders."
    view = clean_view(text, Span(0, len(text)))
    i = view.text.index("geen aparte monitoring")
    span = view.original_span(i, i + len("geen aparte monitoring"))
    assert text[span.start : span.end] == "geen aparte\nmonitoring"
    j = view.text.index("herintreders")
    assert text[view.original_span(j, j + len("herintreders")).start :].startswith("herintre-\nders")


@given(st.text(alphabet=st.sampled_from(list("ab -\n\t?.1Z\x0c")), max_size=80))
def test_every_clean_character_comes_from_the_original(text: str) -> None:
    view = clean_view(text, Span(0, len(text)), find_furniture(text))
    assert len(view.offsets) == len(view.text)
    assert list(view.offsets) == sorted(view.offsets)
    for ch, off in zip(view.text, view.offsets, strict=True):
        assert ch == " " or text[off] == ch


def test_a_footnote_marker_before_an_answer_label_is_furniture() -> None:
    from analyzer.clean import find_furniture

    text = "Vraag 1\nKent u het bericht?\n1\n\nAntwoord 1\nJa.\nVraag 2\nHoeveel?\n12\nAntwoord 2\n3\n"
    spans = [text[s.start : s.end] for s in find_furniture(text)]
    assert spans == ["1", "12"]


def test_lone_footnote_markers_are_furniture_only_by_the_family_rules() -> None:
    from analyzer.clean import FurnitureRules

    text = "Kent u het bericht?\n1\nHoe vaak gebeurde het?\nAntwoord 1\nAantal in Gent:\n12\nIn Brugge: 9."
    words = FurnitureRules(lone_markers=True)
    assert [text[s.start : s.end] for s in find_furniture(text, words)] == ["1"]  # not the "12" of the table
    assert find_furniture(text) == ()


def test_the_french_lines_of_a_bilingual_bulletin_are_furniture() -> None:
    # the Belgian Chamber's QRVA prints every Dutch paragraph with its French translation
    text = (
        "1. Hoeveel gedetineerden verbleven op 1 april in de gevangenissen?\n"
        "1. Combien de détenus séjournaient au 1er avril dans les prisons?\n"
        "2. Wat is de capaciteit van elke inrichting?\n2. Quelle est la capacité de chaque établissement?\n"
        "Antwoord van de minister op vraag 312:\nRéponse de la ministre à la question 312:\n"
        "1 en 2. Er verbleven 9.245 gedetineerden.\n1 et 2. Au total 9.245 détenus séjournaient dans les prisons.\n"
    )
    cut = [text[s.start : s.end] for s in find_furniture(text)]
    assert cut == [line for line in text.splitlines() if line.startswith(("1. Combien", "2. Quelle", "Réponse", "1 et 2"))]
    # whitespace collapsed, the translation is told apart sentence by sentence, each label with its own text
    flat = " ".join(text.split())
    cut = [flat[s.start : s.end] for s in find_furniture(flat)]
    assert cut == [
        "1. Combien de détenus séjournaient au 1er avril dans les prisons?",
        "2. Quelle est la capacité de chaque établissement?",
        "Réponse de la ministre à la question 312:",
        "1 et 2. Au total 9.245 détenus séjournaient dans les prisons.",
    ]
    # French quoted in a long Dutch answer whose line breaks are lost stays text
    quoted = (
        "Antwoord 1. De minister verwees naar het verslag. Zij zei: « La surpopulation est une question pour la Justice. »"
        " Verder wees zij op het advies: « Les détenus sont trop nombreux dans les prisons. » Ook de directeur zei:"
        " « Une solution est nécessaire pour les prisons. » Wij volgen dat advies en bouwen in 2025 een nieuwe gevangenis."
        " Daarnaast breiden wij het elektronisch toezicht uit, zoals in het regeerakkoord staat."
    )
    assert len(quoted) > 300 and find_furniture(quoted) == ()
    # one French quotation in a Dutch answer stays text
    quote = "Ja.\nDe minister zei: « La surpopulation dans les prisons est une question pour la Justice. »\nVerder niets.\n"
    assert find_furniture(quote) == ()
    # Dutch headings with "d.d." and "n.a.v.", "des te", "een les": no French at all
    dutch = "".join(
        f"{c}. Mondelinge vraag CDA d.d. 28 mei 2025 n.a.v. de les over de begroting\nDat is des te belangrijker voor de stad.\n"
        for c in "ABCDE"
    )
    assert find_furniture(dutch) == ()


def test_words_a_pdf_glued_at_lost_line_breaks_are_told_apart() -> None:
    # a Tweede Kamer PDF's text layer drops the space where a line broke: "valtnog", "hetamendement", "Inmiddelsheeft"
    text = (
        "De korting zal tot gevolg hebben dat de regio’s minder middelen hebben. Op dit moment valtnog niet te zeggen wat de"
        " gevolgen zijn. Het kabinet heeft hetamendement uitgevoerd. Inmiddelsheeft het kabinet besloten dat de uitkering"
        " blijft. De Minister heeft toegezegd deafgelopen jaren de mogelijkheden teverkennen. Hier zullen zij in hunbegrotingen"
        " rekening mee houden. Dat is inmiddels duidelijk. In de afgelopen maanden is gesproken."
    )
    view = clean_view(text, Span(0, len(text)))
    for words in ("valt nog niet", "het amendement", "Inmiddels heeft", "de afgelopen", "te verkennen", "hun begrotingen"):
        assert words in view.text
    # the space stands before the second word's first character, and the words map back to the glued original
    i = view.text.index("valt nog")
    assert text[view.original_span(i, i + len("valt nog")).start :].startswith("valtnog")
    assert list(view.offsets) == sorted(view.offsets)
    # in such a document, a word broken at a line end stays one word, and words that only look glued stay whole
    glued = text + " De minister is verantwoor-\ndelijk voor de Balkan en doet dat tegelijk."
    assert "verantwoordelijk voor de Balkan en doet dat tegelijk." in clean_view(glued, Span(0, len(glued))).text
    # a document written with its spaces keeps its words whole, "de"-words and names included
    flemish = "Uit de bevraging komen drempels naar boven: demotivatie, decentralisatie, de rol van Dewinter en hetgeen volgt."
    assert clean_view(flemish, Span(0, len(flemish))).text == flemish


def test_a_short_pdf_text_with_glued_sentences_is_read_with_its_spaces() -> None:
    # a notice of delay is short: two glued words are all it shows, but its sentences are glued the same way
    # ("beantwoord.De", "vergt.Ik"), and the notice must read "termijn worden beantwoord" for its cue
    notice = (
        "Mededeling\nDe vragen van het lid over het bericht kunnen tot mijn spijt niet binnen de gebruikelijke termijnworden"
        " beantwoord.De reden van het uitstel is dat de afstemming meer tijd vergt.Ik zal u zo spoedig mogelijk de antwoorden"
        " op hetverslag doen toekomen.\n"
    )
    text = clean_view(notice, Span(0, len(notice))).text
    assert "termijn worden beantwoord" in text and "het verslag" in text
    # without glued sentences, two glued words are too little to call a text glued
    words_only = notice.replace(".De", ". De").replace(".Ik", ". Ik")
    assert "termijnworden" in clean_view(words_only, Span(0, len(words_only))).text
    # web addresses and a typo or two are no glued sentences, and words the lexicon lacks ("eenmaal", "tevoren") stay whole
    for spaced in (
        "De middelen zijn nu eenmaal beperkt. Meer informatie staat op www.Vlaanderen.be en op www.Onderwijs.vlaanderen.be."
        " Van tevoren werd de demotivatie van leerkrachten bevraagd.",
        "De middelen zijn nu eenmaal beperkt.Het overleg met de scholen loopt. Kan dat sneller?Ja. Van tevoren werd de"
        " demotivatie van leerkrachten bevraagd.",
    ):
        assert clean_view(spaced, Span(0, len(spaced))).text == spaced
    # and glued sentences alone, with no glued word, cut nothing ("Vgl.Art" or a URL is no proof)
    sentences_only = "Zie vgl.Art en het.Document op www.Site.nl voor de stukken.De tekst volgt.Hier staat hetgeen volgt."
    assert clean_view(sentences_only, Span(0, len(sentences_only))).text == sentences_only


def test_the_running_header_of_a_bulletin_page_is_furniture_where_the_page_breaks() -> None:
    """The Belgian Chamber's bulletin (QRVA) prints its header on every page, broken over lines (or run into the text once the
    line breaks are lost): its number and date, the session in Dutch, the years, the session in French and the page number.
    Inside an answer it is furniture, so its figures (the page number "214") are none of the answer's; a sentence that names
    the session is text."""
    header = (
        "QRVA 56 031\n19-05-2025\nKAMER-1e ZITTING VAN DE 56e ZITTINGSPERIODE\n2024\n2025\nCHAMBRE-1e SESSION DE LA 56e LEGISLATURE\n214\n"
    )
    text = "De Ombudsdienst heeft mij geen gegevens bezorgd.\n" + header + "Zijn jaarverslag is nog niet verschenen.\n"
    cut = "".join(text[s.start : s.end] for s in find_furniture(text))
    assert cut == header.rstrip("\n")
    assert whole(text) == "De Ombudsdienst heeft mij geen gegevens bezorgd. Zijn jaarverslag is nog niet verschenen."
    # ... and with the line breaks lost, the header run into the text (its page number before the next capital)
    flat = " ".join(text.split())
    assert whole(flat) == "De Ombudsdienst heeft mij geen gegevens bezorgd. Zijn jaarverslag is nog niet verschenen."
    prose = "In de 56e zittingsperiode kwamen 214 vragen binnen.\n"
    assert not "".join(prose[s.start : s.end] for s in find_furniture(prose))


def test_a_kamerstuk_running_footer_on_its_own_line_is_furniture_and_the_citation_in_a_sentence_is_not() -> None:
    """A list of factual questions printed as a Kamerstuk ends each page with "Tweede Kamer, vergaderjaar 2024–2025, 36 740 VI,
    nr. 7 2": furniture (its "36" had stood in an answer as the count asked for); the same citation inside a sentence is what
    the answer points to."""
    text = "Antwoord 6\nHet aantal staat in bijlage 3 van het jaarbericht.\nTweede Kamer, vergaderjaar 2024–2025, 36 740 VI, nr. 7 2\n"
    assert [text[s.start : s.end] for s in find_furniture(text)] == ["Tweede Kamer, vergaderjaar 2024–2025, 36 740 VI, nr. 7 2"]
    cited = "Antwoord 4\nZie Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 74 voor de cijfers.\n"
    assert not find_furniture(cited)


def test_a_line_break_after_a_row_of_figures_before_prose_is_kept() -> None:
    # the sentence under a table is one of its own (the judge's sentences break there), not the table's last cell; a figure that
    # ends a wrapped sentence line stays joined with a space
    text = "Tabel\nJaar   2023   2024\nTotaal   12   15\nHet bereiken is zo.\nIn 2024 waren het er 12\nHet is zo."
    view = clean_view(text, Span(0, len(text)))
    assert view.text == "Tabel Jaar 2023 2024 Totaal 12 15\nHet bereiken is zo. In 2024 waren het er 12 Het is zo."
    assert [view.original_span(i, i + 1).start for i, c in enumerate(view.text) if c == "\n"] == [text.index("\nHet bereiken")]
