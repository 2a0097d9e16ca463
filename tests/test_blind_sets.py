"""The fifth to eighth blind sets of real documents (tests/shapes5/README.md: Dutch councils and
provinces; tests/shapes6/README.md: Belgian Kamer, Senate and councils; tests/shapes7/README.md: council meetings
reported as speaker turns by a regional paper's live blogs, and a Flemish Parliament committee report;
tests/shapes8/README.md: Dutch and Flemish provinces and councils, technical questions, a bulleted web page;
tests/shapes9/README.md: one Flemish Parliament question with a grouped answer and footnotes mid-answer;
tests/shapes10/README.md and tests/shapes11/README.md: twelve Tweede Kamer answers of 2024-2025 each, as Aanhangsel PDF
text and as DOCX exports; tests/shapes12/README.md: one more, of 25 items; tests/shapes14/README.md: fifteen Mechelen
council records as one text each, question, "Antwoord van het college:" and answer; tests/shapes15/README.md: seventeen
more; tests/shapes17/README.md: five Amsterdam council gazettes, questions and answers interleaved; tests/shapes18/README.md:
eighteen more Mechelen records, single questions among them; tests/shapes19/README.md: nine more; tests/shapes20 and
tests/shapes22: eight more each, lettered questions inline and answers that repeat them; tests/shapes21: two European
Parliament questions with the Council's and the Commission's answers; tests/shapes24 to tests/shapes31: more of them; tests/shapes34: thirteen more Mechelen records as a JSONL export; tests/shapes36 and tests/shapes37: Brussels Parliament pages; tests/shapes38 to tests/shapes44: Kamervragen as openkamer.org and the official pages render them, notices of delay; tests/shapes45: Belgian Senate pages and a Brussels council decision; tests/shapes46: Westland council answers; tests/shapes47: two notices of delay as Aanhangsel PDF text; tests/shapes49 and tests/shapes50: Brussels Parliament pages, Rijswijk and Buren council answers; tests/shapes51 to tests/shapes66: a hundred and forty-three more web pages (OCR'd council pages of 1930-1991 among them) (councils, a water board, a province, the Tweede Kamer, the Senate, the Chamber, the Brussels Parliament),
Belgian Senate questions, a notice of delay, footnotes under the answer, requests without a question mark, combined answers): every
item is found, as written and with whitespace collapsed, except the shapes not read yet, which are strict known
gaps (a fix makes them fail until it is listed here)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from analyzer.analyze import Analyzer
from analyzer.model import RawDocument

from .helpers import both_forms, gold_and_doc, gold_ids, gold_set

SETS = {
    name: Path(__file__).parent / name
    for name in (
        "shapes5",
        "shapes6",
        "shapes7",
        "shapes8",
        "shapes9",
        "shapes10",
        "shapes11",
        "shapes12",
        "shapes14",
        "shapes15",
        "shapes17",
        "shapes18",
        "shapes19",
        "shapes20",
        "shapes21",
        "shapes22",
        "shapes24",
        "shapes25",
        "shapes26",
        "shapes27",
        "shapes28",
        "shapes29",
        "shapes30",
        "shapes31",
        "shapes34",
        "shapes36",
        "shapes37",
        "shapes38",
        "shapes39",
        "shapes40",
        "shapes42",
        "shapes43",
        "shapes44",
        "shapes45",
        "shapes46",
        "shapes47",
        "shapes49",
        "shapes50",
        "shapes51",
        "shapes52",
        "shapes53",
        "shapes54",
        "shapes55",
        "shapes56",
        "shapes57",
        "shapes58",
        "shapes59",
        "shapes60",
        "shapes61",
        "shapes62",
        "shapes63",
        "shapes64",
        "shapes65",
        "shapes66",
    )
}
# (set/name, collapsed?) not read yet
GAPS = {
    # a party's report of oral answers: five question sentences, one of them the gold joins to the next
    ("shapes5/gem-debilt-2021-landbouw", False),
    ("shapes5/gem-debilt-2021-landbouw", True),
    # a newspaper's live blog of a council meeting: requests in reported speech
    ("shapes6/gem-torhout-2018", False),
    ("shapes6/gem-torhout-2018", True),
    # a question turn with no speaker label ("Vraag van raadslid X." over first-person text), a reported answer
    ("shapes7/gem-menen-2018-luchtkwaliteit", False),
    ("shapes7/gem-menen-2018-luchtkwaliteit", True),
    # an unnamed asker: a bare quotation, the answer closed by ", aldus schepen X"
    ("shapes7/gem-roeselare-2015-camera", False),
    ("shapes7/gem-roeselare-2015-camera", True),
    # a question asked inside a headline; the asker in the journalist's words
    ("shapes7/gem-kortrijk-2017-plein", False),
    ("shapes7/gem-kortrijk-2017-plein", True),
    ("shapes7/gem-ieper-2017-gevelbank", False),
    ("shapes7/gem-ieper-2017-gevelbank", True),
    # reported questions without a question mark ("vroeg hoever het staat", "vraag ik welke stappen"), a second
    # councillor's question inside another's exchange, a rhetorical question to the chair counted apart
    ("shapes7/gem-izegem-2016-autodelen", False),
    ("shapes7/gem-izegem-2016-autodelen", True),
    ("shapes7/gem-roeselare-2018-politiepost", False),
    ("shapes7/gem-roeselare-2018-politiepost", True),
    ("shapes7/gem-waregem-2015-ijspiste", False),
    ("shapes7/gem-waregem-2015-ijspiste", True),
    ("shapes7/gem-brugge-2016-winkelplan", False),
    ("shapes7/gem-brugge-2016-winkelplan", True),
    # a live blog with its line breaks lost: the speaker's name runs on from the post's headline
    ("shapes7/gem-kortrijk-2016-musea", True),
    ("shapes7/gem-kortrijk-2017-bouvekerke", True),
    ("shapes7/gem-kortrijk-2018-sintvincentius", True),
    # unnumbered questions answered by "Vraag N: <question said back> Antwoord: ..." pairs the college numbered itself,
    # one question sentence split over two of them
    ("shapes14/gem-mechelen-2025-081", False),
    ("shapes14/gem-mechelen-2025-081", True),
    # a proposal stated after the question ("Daarnaast kan een QR-code ... toegevoegd worden"), counted as a request by the gold
    ("shapes18/gem-mechelen-2025-120", False),
    ("shapes18/gem-mechelen-2025-120", True),
    # two petitions in one sentence, "luidt het verzoek aan de Commissie ...; bovendien luidt het verzoek ...": read as one
    ("shapes24/ep-e-2744-1996", False),
    ("shapes24/ep-e-2744-1996", True),
    # with its line breaks gone, the European Parliament page's repeated title and question run into one line
    ("shapes29/ep-e-0126-1999", True),
    # the gold joins "Zo ja, welke?" to the question before it; the dev gold counts a follow-up in a sentence of its own
    # among unnumbered questions as an item (dev-municipal gem-mechelen-2025-043), and so does the reader: a gold conflict
    ("shapes36/bru-235-2020", False),
    ("shapes36/bru-235-2020", True),
    # one question labelled "1." after "Indiendatum: jan. 2009": with the line breaks lost, a lone "1." after a figure is
    # no numbering ("... eindigt fase 1. Klopt het dat ...?" must not be one), so its three sentences are three items
    ("shapes43/tk-pvdd-bontkraag-voorleesontbijt", True),
    # a council decision reporting the answer, "Op 03.07.2019 antwoordde mevrouw ... als volgt:": read on a line of its own,
    # not yet inside a line
    ("shapes45/gem-oudergem-2019-bpost", True),
    # a council member's request and the mayor's e-mail reply under "Lees hier het antwoord van het gemeentebestuur:": read on
    # a line of its own, not yet inside a line
    ("shapes52/gem-grimbergen-2013-inbraken", True),
    # a request that introduces bulleted questions, "zouden wij graag meer informatie krijgen over de voortgang van deze
    # verschuiving": context to the annotator; read so as written since the twenty-eighth session (it closes the introduction,
    # points back to it, and the questions follow in a paragraph of their own), not yet with the line breaks lost
    ("shapes53/bru-1279-2022", True),
    # a list of questions with the line breaks lost: its numbers after a figure are not read as labels
    ("shapes53/tk-kst-31235-3", True),
    # with the line breaks lost, no answer part found: a ministry's page (no answer word at all between question and answer)
    # and a Chamber bulletin page ("Gepubliceerd antwoord" in its furniture)
    ("shapes55/tk-lnv-2007-zwerfkatten", True),
    ("shapes56/kamer-qrva-54-b003-0011", True),
    # a provincial blog's numbered questions with the deputation's paragraph answers under them, no label, heading, yes/no
    # or sentence that announces the answers: not told from an asker's paragraph of context under each question
    # (tests/fixtures/review15/question-only)
    ("shapes56/prov-antwerpen-2019-livestream", False),
    ("shapes56/prov-antwerpen-2019-livestream", True),
    # letters inside one question sentence, "lozen a) op het oppervlaktewater, b) op het riool en c) in of op de bodem?": items
    # 2a-2c to the annotator (GUIDE's "3. a) ... b) ..."), one question to the reader, which splits no sentence at its letters
    ("shapes61/gem-echtsusteren-2017-lozingen", False),
    ("shapes61/gem-echtsusteren-2017-lozingen", True),
    # numbered questions each followed by an unlabelled answer, cut after the first pair: one pair without a heading or a
    # title that says answers follow is not enough to read it so (two are)
    ("shapes61/ps-zeeland-2015-bestrijdingsmiddelen", False),
    ("shapes61/ps-zeeland-2015-bestrijdingsmiddelen", True),
    # a city's bulletin, "Vraag 1125:" over one request with four bullets that the answer numbers 1-4: items 1-4 to the
    # annotator, the bulletin's question 1125 to the reader (its number is the question's in the bulletin)
    ("shapes63/gem-brugge-2020-parkeergelden", False),
    ("shapes63/gem-brugge-2020-parkeergelden", True),
    # a city's technical questions on its annual accounts, numbered again under each programme's heading, statements under
    # some: no heading, label or yes/no says they answer (a question-only document reads the same way)
    ("shapes65/gem-dordrecht-2022-jaarstukken", False),
    ("shapes65/gem-dordrecht-2022-jaarstukken", True),
    # a city archive's OCR'd council pages of 1958-1981, one line each: labels misread ("Yragen;", "1Bent U", "Antwoorden: 1en
    # Door ...", "1, 2 en 3-"), the question and answer columns run together, a page that starts inside a set ("4c")
    ("shapes66/gem-leeuwarden-1958-bouwwerken", False),
    ("shapes66/gem-leeuwarden-1958-bouwwerken", True),
    ("shapes66/gem-leeuwarden-1962-vuilafvoer", False),
    ("shapes66/gem-leeuwarden-1962-vuilafvoer", True),
    ("shapes66/gem-leeuwarden-1972-woningverbetering", False),
    ("shapes66/gem-leeuwarden-1972-woningverbetering", True),
    ("shapes66/gem-leeuwarden-1973-kinderdagverblijf", False),
    ("shapes66/gem-leeuwarden-1973-kinderdagverblijf", True),
    ("shapes66/gem-leeuwarden-1973-twijnstragudde", False),
    ("shapes66/gem-leeuwarden-1973-twijnstragudde", True),
    ("shapes66/gem-leeuwarden-1977-distelgroei", False),
    ("shapes66/gem-leeuwarden-1977-distelgroei", True),
    ("shapes66/gem-leeuwarden-1978-acquisitie", False),
    ("shapes66/gem-leeuwarden-1978-acquisitie", True),
    ("shapes66/gem-leeuwarden-1981-afsluitingen", False),
    ("shapes66/gem-leeuwarden-1981-afsluitingen", True),
}
# questions of a web page cut short at its excerpt's end, whose answers are cut off: the annotator labelled only the complete
# ones (tests/shapes51/README.md); the analyzer reads the others as items all the same
CUT = {
    "shapes51/gem-apeldoorn-2010-paardenmarkt": {"3", "4"},
    "shapes51/gem-buren-2011-dierenverwaarlozing": {"3", "4"},
    "shapes51/gem-culemborg-2022-kerststal": {"6"},
    "shapes51/gem-noordwijk-2021-hondenpoep": {"4"},
    "shapes51/tk-2020-fundamentele-rechten-strafrecht": {"4"},
    "shapes51/ws-brabantsedelta-2014-technische-vragen": {"3"},
    "shapes52/gem-grimbergen-2013-inbraken": {"2", "3"},
    "shapes52/tk-ah-20102011-813": {"3"},
    "shapes52/tk-ah-20202021-3219": {"3"},
    "shapes52/tk-kst-36560-XIV-7": {"3"},
    "shapes52/tk-ok-2011Z24657": {"3"},
    "shapes52/tk-ok-2019Z13438": {"3"},
    "shapes53/tk-kst-31235-3": {"6"},
    "shapes53/tk-ok-2015Z14499": {"4"},
    "shapes53/tk-ok-2018Z17959": {"3"},
    "shapes53/tk-ok-2019Z16728": {"4"},
    "shapes53/tk-ok-2022Z01872": {"3"},
    "shapes53/tk-ok-2023Z06920": {"4"},
    "shapes53/tk-ok-list-bayer-grashoff": {"4"},
    "shapes54/gem-arnhem-2020-ganzen": {"6"},
    # (its answers are numbered 1, 1, 2 under questions 1, 2, 3: the second "1." stays part of answer 1, with a warning)
    "shapes54/gem-defryskemarren-2024-munitiedepot": {"3", "4", "5"},
    "shapes54/gem-hethogeland-2021-begraafbeleid": {"3"},
    "shapes54/gem-hoogeveen-2024-vaccinatiegraad": {"5"},
    "shapes54/gem-oosterhout-2007-radiomarathon": {"5"},
    "shapes54/gem-westland-2018-campus-arbeidsmigranten": {"3"},
    "shapes54/ws-brabantsedelta-2019-glyfosaat": {"5"},
    "shapes55/gem-haarlemmermeer-2021-deelscooters": {"2"},
    "shapes55/tk-ah-20192020-3463": {"4"},
    "shapes55/tk-ah-20202021-2135": {"4"},
    "shapes55/tk-ah-20202021-2226": {"3", "4"},
    "shapes55/tk-ah-20212022-2922": {"3"},
    "shapes55/tk-kv-2019D05656": {"3"},
    "shapes55/tk-kv-2021D02456": {"3"},
    "shapes55/tk-lnv-2007-zwerfkatten": {"3", "4", "5", "6", "7", "8"},
    "shapes55/tk-ok-2010Z07164": {"3"},
    "shapes55/tk-ok-2020Z14428": {"2"},
    "shapes55/tk-ok-2021Z01410": {"3"},
    "shapes56/bru-1256-2022": {"3", "4"},
    "shapes56/bru-1461-2023": {"2", "3", "4", "5"},
    "shapes56/bru-300-2020": {"2", "3", "4", "5"},
    "shapes56/kamer-qrva-54-b003-0011": {"1b", "2a", "2b"},
    "shapes56/prov-antwerpen-2019-provinciezaal-veiligheid": {"3"},
    "shapes56/senaat-5-9348": {"2"},
    "shapes57/gem-noordwijk-2020-mossenest": {"2"},
    "shapes58/tk-ah-20092010-2536": {"3"},
    "shapes58/tk-ah-20112012-140": {"3"},
    "shapes58/tk-ah-20152016-1762": {"5", "6"},
    "shapes58/tk-ok-2011Z18010": {"3"},
    "shapes58/tk-ok-2021Z03518": {"3"},
    "shapes58/tk-ok-2022Z23946": {"3"},
    "shapes58/tk-tk-2025D32881": {"3"},
    "shapes58/tk-tm-2018D53713": {"3", "7"},
    "shapes58/tk-tm-2019D18316": {"3"},
    "shapes59/bru-6-2019": {"3"},
    "shapes59/gem-hugodebondt-2017-sluikstort": {"4"},
    "shapes59/kamer-qrva-54-b174-0808": {"2", "3"},
    "shapes59/senaat-5-5410": {"2"},
    "shapes59/senaat-7-1710": {"2", "3"},
    # (and questions cut in the middle, read as items all the same)
    "shapes60/gem-echtsusteren-2017-rubberkorrels": {"3"},
    "shapes60/gem-haarlemmermeer-2021-spaarnebuiten": {"3"},
    "shapes60/gem-katwijk-2018-leerlingenvervoer": {"3"},
    "shapes60/gem-noordwijk-2019-deltaplan": {"3"},
    "shapes60/gem-noordwijk-2019-leerlingenvervoer": {"3"},
    "shapes60/gem-westland-2014-camping": {"6"},
    "shapes60/gem-westland-2014-campingsluiting": {"4"},
    "shapes60/gem-westland-2016-azcwateringen": {"3"},
    "shapes60/ps-fryslan-2018-reeen": {"2"},
    "shapes61/gem-echtsusteren-2017-lozingen": {"3"},
    "shapes61/gem-oosterhout-nd-molenoosteind": {"5"},
    "shapes61/gem-wijkbijduurstede-2017-toeristenbelasting": {"3"},
    "shapes61/gem-wijkbijduurstede-2018-dorpsstraatcothen": {"4"},
    "shapes61/gem-wijkbijduurstede-2018-parkeerplaatsen": {"2"},
    # (questions listed first and printed again with their answers: the page stops after the second answer)
    "shapes61/ps-gelderland-2019-bomenkapa1": {"2", "3", "4"},
    "shapes61/ps-zeeland-2016-nertsenfarm": {"2"},
    "shapes61/ps-zuidholland-2024-wildopvang": {"2", "3"},
    "shapes62/ep-p-0785-2001": {"2"},
    "shapes62/senaat-4-2553": {"5", "6", "7", "8"},
    "shapes62/senaat-5-8057": {"2", "3", "4"},
    "shapes62/senaat-7-2050": {"2"},
    "shapes62/vp-185-2002": {"2", "3"},
    "shapes64/tk-d66gl-2011-isla-benzinedampen": {"5"},
    "shapes64/tk-gl-2012-isla-toekomst": {"3"},
    "shapes64/tk-gl-2018-isla-koninkrijk": {"2", "3"},
    "shapes64/tk-gld66-2012-bes-ontevredenheid": {"4"},
    "shapes64/tk-pvda-2013-bestuur-bonaire": {"3"},
    "shapes64/tk-pvda-2019-grafietregen": {"4"},
    "shapes64/tk-sp-2011-nustar-statia": {"3"},
    "shapes64/tk-vvd-2018-gezaghebber-bonaire": {"4"},
    "shapes65/gem-dordrecht-2022-jaarstukken": {"3"},
    "shapes65/gem-leiden-2017-roofvogels": {"2"},
    "shapes65/gem-leiden-2018-pony": {"3"},
    "shapes65/gem-leiden-2021-merenwijk": {"2"},
    "shapes65/gem-rotterdam-1992-1100turken": {"2"},
    "shapes66/gem-leeuwarden-1958-bouwwerken": {"2"},
    "shapes66/gem-leeuwarden-1972-woningverbetering": {"1", "2"},
    "shapes66/gem-leeuwarden-1973-twijnstragudde": {"4"},
    "shapes66/gem-leeuwarden-1978-acquisitie": {"1"},
    "shapes66/gem-leeuwarden-1991-waterschap": {"3a", "3b"},
}
NAMES = [f"{s}/{n}" for s, folder in SETS.items() for n in gold_set(folder)]


def test_the_fifth_to_twelfth_sets_are_there() -> None:
    assert len(NAMES) == 441


@pytest.mark.parametrize(("name", "flat"), both_forms(NAMES, GAPS))
def test_blind_set_items_are_found(name: str, flat: bool) -> None:
    folder, doc_name = name.split("/")
    gold, doc = gold_and_doc(SETS[folder], doc_name, flat)
    # (in document order: a grouped question "Vraag 1 en 4" lists item 4 after 1, where a gold file may sort it)
    assert sorted(i.id for i in doc.items if i.id not in CUT.get(name, set())) == sorted(gold_ids(gold))


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize("name", ["shapes5/ps-zuidholland-2012-nieuwjaarstoespraak", "shapes6/senaat-4-5510"])
def test_real_documents_that_point_to_their_answers_get_their_gold_verdicts(analyzer: Analyzer, name: str) -> None:
    # a provincial party page that only links to the answers (all referred); a Senate answer with "1. en 3)." pointing
    # to its annex (referred), "2.)" with figures for a broader category (partial) and item 4 cut off by the source
    folder, doc_name = name.split("/")
    gold = json.loads((SETS[folder] / f"{doc_name}.gold.json").read_text(encoding="utf-8"))
    result = analyzer.check(RawDocument(doc_name, (SETS[folder] / f"{doc_name}.txt").read_text(encoding="utf-8")))
    assert {j.item_id: j.verdict for j in result.judgement.items} == {str(i["id"]): i["verdict"] for i in gold["items"]}


def test_a_study_still_running_and_another_ministers_competence_decline_and_nothing_else_does(analyzer: Analyzer) -> None:
    # shapes9: "is momenteel een studie ... lopende; '<title>'. De resultaten ... worden verwacht uiterlijk maart 2026"
    # declines (one semicolon before a quoted title is no list), as does "vallen onder de bevoegdheid van de minister
    # van Energie"; the partial and answered items are not declined
    folder = SETS["shapes9"]
    gold = json.loads((folder / "vp-28-2025.gold.json").read_text(encoding="utf-8"))
    result = analyzer.check(RawDocument("vp-28-2025", (folder / "vp-28-2025.txt").read_text(encoding="utf-8")))
    declined = {j.item_id for j in result.judgement.items if j.verdict == "declined"}
    assert declined == {str(i["id"]) for i in gold["items"] if i["verdict"] == "declined"} == {"1", "2"}


def test_one_answer_under_the_last_question_serves_them_all_with_its_line_breaks_lost_too(analyzer: Analyzer) -> None:
    # shapes28: "Vraag 1", "Vraag 2", "Vraag 3", then one "Antwoord" of several paragraphs that answers all three. As
    # written, the paragraph breaks show the answer may serve the others; collapsed, its length must (before, items 1 and
    # 2 were declined for want of answer text)
    import re

    folder = SETS["shapes28"]
    text = (folder / "tk-bz-2005-iran.txt").read_text(encoding="utf-8")
    for form in (text, re.sub(r"\s+", " ", text).strip()):
        result = analyzer.check(RawDocument("tk-bz-2005-iran", form))
        assert {j.item_id: j.verdict for j in result.judgement.items} == {"1": "answered", "2": "partial", "3": "answered"}


def test_a_refusal_after_the_ministers_opening_formula_leads_the_answer_in_both_forms(analyzer: Analyzer) -> None:
    # shapes30: "Antwoord ontvangen op ...: Ik heb de eer het geachte lid het volgende mee te delen. De vragen van de
    # taaltesten worden niet meegedeeld. <reasons, an offer to look at them on the spot>": the formula says only that the
    # answer follows, so the refusal opens the answer, as written (the header takes the formula) and collapsed (the judge
    # counts the sentences after it)
    import re

    text = (SETS["shapes30"] / "senaat-4-5769.txt").read_text(encoding="utf-8")
    for form in (text, re.sub(r"\s+", " ", text).strip()):
        result = analyzer.check(RawDocument("senaat-4-5769", form))
        assert [(j.item_id, j.verdict) for j in result.judgement.items] == [("1", "declined")]


def test_no_break_spaces_read_as_spaces(analyzer: Analyzer) -> None:
    # a word processor puts no-break spaces after labels ("1.\u00a0Wachtlijsten", "a.\u00a0Hoeveel"): with every space
    # of a council record made one, its lettered items inline are still read (before: 1a-5b became a-i), at the same offsets
    text = (SETS["shapes20"] / "gem-mechelen-2026-014.txt").read_text(encoding="utf-8")
    plain = analyzer.check(RawDocument("plain", text)).document
    nbsp = analyzer.check(RawDocument("nbsp", text.replace(" ", "\u00a0"))).document
    assert [(i.id, i.span) for i in nbsp.items] == [(i.id, i.span) for i in plain.items]
    assert len(plain.items) == 19


@pytest.mark.parametrize(
    ("folder", "documents", "items", "macro_f1", "declined_precision", "segmentation"),
    [
        # twelve Tweede Kamer answers each, labelled blind; first run 0.501 (declined precision 0.714) and 0.562 (0.667)
        ("shapes10", 12, 97, 0.55, 0.8, 1.0),
        ("shapes11", 12, 111, 0.65, 0.8, 1.0),
        # fifteen Mechelen records, labelled blind; first run 0.352 (declined precision 0.333)
        ("shapes14", 15, 61, 0.41, 0.55, 0.98),
        # seventeen more, labelled blind; first run 0.291 (0 of 13 declined items found, one record an error)
        ("shapes15", 17, 63, 0.36, 0.6, 1.0),
        # five Amsterdam council gazettes, labelled blind; first run 0.557 (declined precision 0.500)
        ("shapes17", 5, 34, 0.57, 0.5, 1.0),
        # eighteen more Mechelen records, labelled blind; first run 0.556 (declined precision 1.000, one record an error)
        ("shapes18", 18, 39, 0.67, 1.0, 0.97),
        # nine more, labelled blind; first run 0.611 (0.435 with the code the session began with; one record an error in both)
        ("shapes19", 9, 40, 0.61, 1.0, 1.0),
        # eight more, labelled blind; first run 0.246 (segmentation recall 0.532: lettered questions inline)
        ("shapes20", 8, 47, 0.41, 0.66, 1.0),
        # two European Parliament questions, three items, all declined; first run 0.167 (1 of 3 found)
        ("shapes21", 2, 3, 0.16, 1.0, 1.0),
        # eight more Mechelen records, labelled blind; first run 0.295 (declined precision 0.000)
        ("shapes22", 8, 32, 0.34, 1.0, 1.0),
        # seven European Parliament questions and one Belgian Senate question, labelled blind; first run 0.099 (two of eight
        # records without their answer or items: a footnote block read as answers 1-3, a request with no question mark)
        ("shapes24", 8, 21, 0.49, 1.0, 0.95),
        # ten more European Parliament questions and two Senate ones, labelled blind; first run 0.251 (0.291 with the code
        # the session began with; two records errors: a combined answer's heading, a petition in the passive)
        ("shapes25", 12, 21, 0.53, 1.0, 1.0),
        # ten more European Parliament questions, two Senate ones, a Tweede Kamer notice of delay, a council page, labelled
        # blind; first run 0.521 (0.500 with the code the session began with)
        ("shapes26", 14, 30, 0.79, 1.0, 1.0),
        # eleven more European Parliament questions and two Tweede Kamer answers, labelled blind; first run 0.434 (0.428 with
        # the code the session began with): seven items declined by one Commission formula ("is doende ... te verzamelen")
        ("shapes27", 13, 30, 0.74, 1.0, 1.0),
        # Senate bulletins, Tweede Kamer answers and notices of delay, a European Parliament question, labelled blind at the
        # end of the ninth session; first run 0.725 (0.521 with the code the session began with); nothing written from it
        ("shapes28", 9, 32, 0.72, 1.0, 1.0),
        # European Parliament questions with the Commission's answers, labelled blind in the tenth session; first run 0.487
        # (declined precision 0.750; two records errors: a request "Ik zou de Commissie willen vragen of ...", an answer
        # without its heading)
        ("shapes29", 16, 26, 0.65, 1.0, 1.0),
        # Belgian Senate questions and Tweede Kamer answers and notices, labelled blind; first run 0.838 (the same with the
        # code the session began with; one record an error: a request "ben zo vrij aan te dringen op een kopie")
        # (0.838 -> 0.9 after its fixes; its openkamer copy read with its "Vraag N" labels in the twelfth session: segmentation
        # 0.89 -> 1.0, and one item answered "Ik zie geen noodzaak" to three asks is partial now, by the many-asks rule)
        ("shapes30", 12, 33, 0.86, 1.0, 1.0),
        # four European Parliament questions, three answered by the Council, labelled blind at the end of the tenth session;
        # first run 0.095 with the session's fixes (0.095 and one record an error with the code it began with): kept blind
        ("shapes31", 4, 8, 0.09, 0.0, 1.0),
        # thirteen more Mechelen records (a JSONL export found in a public repository), labelled blind in the eleventh
        # session; first run 0.302, declined precision 0.000 (the same with the code the session began with; one record an
        # error: no question sentence at all)
        ("shapes34", 13, 45, 0.32, 0.0, 1.0),
        # Brussels Parliament questions (parlement.brussels pages) and a Flemish provincial one, labelled blind in the
        # eleventh session; first run 0.296, declined precision 1.000 (the same with the code the session began with; one
        # record an error: "Antwoord    1." read as a Tweede Kamer label; segmentation precision: the gold conflict above)
        ("shapes36", 8, 35, 0.53, 0.8, 0.97),
        # five more Brussels Parliament questions, labelled blind in the eleventh session after shapes36's fixes; first run
        # 0.175, declined precision 0.000: 0 of 12 declined items found (0.133 and one record an error with the code the
        # session began with)
        # (0.524 with "gemeentelijke en geen gewestelijke projecten" as a decline, dropped after the second reading: the Region's
        # own minister says the same of his projects; kept as a known gap of competence-elsewhere)
        ("shapes37", 5, 20, 0.44, 1.0, 1.0),
        # Kamervragen as openkamer.org renders them (questions and answers alternating without labels), labelled blind in the
        # twelfth session; first run 0.508 (shapes38, nothing written from it) and 0.307 with one record an error (shapes39:
        # answers that give no yes or no), the same with the code the session began with
        ("shapes38", 1, 9, 0.5, 0.0, 1.0),
        ("shapes39", 3, 16, 0.37, 0.0, 1.0),
        # more of them (openkamer and the official answer pages), labelled blind in the twelfth session after shapes39's
        # fixes; first run 0.426 with declined precision 0.000, the same with the code the session began with
        ("shapes40", 4, 14, 0.37, 0.0, 1.0),
        # Tweede Kamer answers and notices of delay of 2009-2018 (official pages, openkamer, a party's copy of the letter),
        # labelled blind in the twelfth session; first run 0.504 (three items of one record not found) and 0.463 (one record
        # an error), against 0.583 and 0.374 with the code the session began with
        ("shapes42", 8, 31, 0.53, 0.9, 1.0),
        ("shapes43", 5, 21, 0.74, 1.0, 1.0),
        # one notice that points to a letter to parliament for all three questions (every item referred: its measure is
        # the documents, the items and the segmentation, and the test of referred items in test_referred_items_stay_referred)
        ("shapes44", 1, 3, 0.0, 0.0, 1.0),
        # Belgian Senate questions and a Brussels council decision, labelled blind in the twelfth session; first run 0.434 /
        # 1.000 with one record an error, the same with the code the session began with
        ("shapes45", 7, 15, 0.55, 1.0, 1.0),
        # three Westland council answers reposted by a local paper, labelled blind at the end of the twelfth session; first run
        # accuracy 0.625 (no declined item: macro-F1 0.256), the same with the code the session began with; not read for fixes
        ("shapes46", 3, 8, 0.25, 0.0, 1.0),
        # two notices of delay in Aanhangsel PDF text (glued words), labelled blind in the thirteenth session: every item
        # declined (macro-F1 1/3 is declined F1 1.0, the only class); first run 5 of 15, the notice cue missed in glued text
        ("shapes47", 2, 15, 0.33, 1.0, 1.0),
        # two Brussels Parliament answers that send the question to a colleague (every item declined), and five Dutch council
        # answers (Rijswijk, Buren), labelled blind in the thirteenth session; first runs 0 of 7 and accuracy 0.294 (two
        # records an error: no answer heading found), the same with the code the session began with
        ("shapes49", 2, 7, 0.33, 1.0, 1.0),
        ("shapes50", 5, 17, 0.76, 1.0, 1.0),
        # ten web pages of council, water-board, Tweede Kamer and Senate answers, labelled blind in the fourteenth session
        # (no declined item: macro-F1 is at most 2/3); first run accuracy 0.538 with one record an error (no answer heading:
        # "Antwoorddatum: 8 sep. 2010" between the two numbered lists), the same with the code the session began with; the
        # segmentation floor counts the questions of pages cut short (CUT) as extra items
        ("shapes51", 10, 26, 0.38, 0.0, 0.76),
        # ten more pages (Tweede Kamer, Senate, a Flemish council), labelled blind in the fourteenth session with refusals and
        # pointers asked for; first run macro-F1 0.517, declined precision 0.900, two records errors (openkamer's "Beantwoord
        # <date>" header not read as answer evidence; "Lees hier het antwoord van het gemeentebestuur:"), the same with the
        # code the session began with
        ("shapes52", 10, 26, 0.57, 1.0, 0.78),
        # eleven parliament pages (Tweede Kamer, Senate, Brussels Parliament) and nine council and water-board pages, labelled
        # blind in the fifteenth session; first runs macro-F1 0.390 / declined precision 1.000 (13 of 15 declined items read
        # as partial: a colleague's responsibility, a question sent on to the competent minister, "informeert u separaat")
        # and macro-F1 0.251 with two records errors (answers under numbered questions with no label), with the code the
        # session began with
        ("shapes53", 11, 35, 0.69, 1.0, 0.7),
        ("shapes54", 9, 28, 0.40, 0.0, 0.7),
        # twelve Tweede Kamer pages and a council's, and twelve Belgian, Brussels and Antwerp provincial pages, labelled blind
        # in the fifteenth session, every page cut at its excerpt's end; first runs 0.795 / 1.000 / 0.760 and 0.402 / 1.000 /
        # 0.364 with four records errors (a provincial blog's numbered questions with the deputation's paragraph answers
        # under them, no label), with the code the session began with
        # (shapes56 has no floor while three of its records are unreadable, known gaps above)
        # (0.79 until the nineteenth session: tk-ah-20202021-2226 item 2 was partial because its action ask "Wat wordt er
        # concreet aan gedaan?" was read as hardly touched; the action ask is now answered, as gold says, and the item's
        # explanation ask, answered by a premise said back, makes it answered; the floor follows the honest reading)
        ("shapes55", 12, 25, 0.75, 1.0, 0.5),
        # two Dutch council pages and eleven Tweede Kamer pages, labelled blind at the end of the fifteenth session (declines
        # asked for; few found); first runs 0.556 / - / 0.667 (3 items) and 0.656 / 1.000 / 0.615, the same with the code the
        # session began with
        ("shapes57", 2, 3, 0.55, 0.5, 0.5),
        ("shapes58", 11, 26, 0.75, 1.0, 0.5),
        # Belgian pages (Brussels Parliament, Senate, Chamber, a Flemish councillor's site) and Dutch council and provincial pages
        # reposted by parties and local papers, labelled blind in the sixteenth session; first runs 0.695 / 1.000 / 0.733 and
        # 0.562 / 1.000 / 0.692, every item found, the same with the code the session began with
        ("shapes59", 8, 17, 0.69, 1.0, 0.7),
        ("shapes60", 11, 26, 0.56, 1.0, 0.7),
        # Dutch provincial and council pages (statenvragen, questions ex art. 33 and 41) and Belgian Senate, European Parliament
        # and Flemish Parliament pages, labelled blind in the sixteenth session; first runs 0.352 / - / 0.550 with one record
        # an error (shapes61) and 0.433 / 1.000 / 0.500 with one record an error (shapes62), the same with the code the session
        # began with (shapes61 has no floor while a record is unreadable, a known gap above)
        ("shapes62", 6, 12, 0.43, 1.0, 0.5),
        # Tweede Kamer answers on the Caribbean parts of the Kingdom, reprinted by parties, news banks, an NGO and openkamer,
        # labelled blind in the sixteenth session; first run 0.392 / - / 0.520 with two records errors ("1. Vraag" / "1.
        # Antwoord"; "...?Antwoord 1 en 2" glued), the same with the code the session began with (shapes63, two Brugge
        # pages, has no floor while its bulletin is a known gap); 0.422 / - / 0.600 after the fixes written from it (0.634 /
        # 1.000 / 0.680 with a cleft-sentence competence cue and a hedge read as no yes/no, both taken back after a second review)
        ("shapes64", 11, 26, 0.42, 0.0, 0.5),
    ],
)
def test_the_blind_sets_keep_their_floors(
    folder: str, documents: int, items: int, macro_f1: float, declined_precision: float, segmentation: float
) -> None:
    # floors that only go up
    import contextlib
    import io

    from analyzer.cli import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["eval", str(SETS[folder]), "--format", "json"]) == 0
    report = json.loads(buf.getvalue())
    assert report["documents"] == documents and report["items"] == items and report["errors"] == []
    assert min(report["segmentation"].values()) >= segmentation
    assert report["macro_f1"] >= macro_f1
    assert report["declined_precision"] >= declined_precision


def test_referred_items_stay_referred() -> None:
    """A notice that answers every question with a pointer to a letter to parliament ("zijn beantwoord middels brief ...
    (Kamerstuk 35 420, nr. 203)"): each item referred, none declined (GUIDE: a pointer is not a refusal)."""
    gold, doc = gold_and_doc(SETS["shapes44"], "tk-ah-20202021-1212", False)
    judged = {j.item_id: j.verdict for j in Analyzer().check(RawDocument(doc.source, doc.text)).judgement.items}
    assert judged == {i["id"]: i["verdict"] for i in gold["items"]} == {"1": "referred", "2": "referred", "3": "referred"}


def _rewrapped(text: str, width: int) -> str:
    """Every line longer than ``width`` wrapped at ``width`` columns, as a PDF extractor or a mail client does."""
    import textwrap

    return "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) if len(line) > width else line
        for line in text.split("\n")
    )


# a line that holds a label and nothing else: "Vraag 2 en 3", "Antwoord op vraag 4:", "Antwoord"
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:Vraag|Antwoord)(?:[ \t]+(?:op|bij|de|vraag|vragen|en|t/m|\d{1,3}))*[ \t]*:?[ \t]*$")


# the page shapes a copy of a blind document comes in, and the documents not read in that shape yet (a fix makes the test
# fail until its document leaves the list)
_PAGE_FORMS: dict[str, tuple[Callable[[str], str], set[str]]] = {
    # a web page copied with a blank line after every line (a paragraph per line)
    "every line break doubled": (
        lambda text: text.replace("\n", "\n\n"),
        # (a request's dash list that ends unpunctuated, as with the line breaks lost: its last line runs into the next question)
        {"shapes3/02-wvl-provincieraad-bulletin"},
    ),
    # a PDF's or a mail's text wrapped at a fixed width
    "wrapped at 70 columns": (
        lambda text: _rewrapped(text, 70),
        # (a committee report's speaker turns; an OCR'd council page run into one line; a whole document on one line, wrapped so
        # that a nested label ends a line after its heading, "2. Personeel 2.1" / "Hoeveel ...?")
        # (the twenty-ninth set's new layouts, read as written but not yet rewrapped: a heading over nested "1.1", the water board's
        # "a." over "Reactie dagelijks bestuur:"; the deputation's letter whose answers restart at "1)" is read rewrapped since
        # the letter that answers is found by its salutation)
        {
            "shapes7/vp-comm-brusselaars-2017",
            "shapes66/gem-leeuwarden-1981-zigeuners",
            "synthetic21/vp-2026-418",
            "synthetic29/p29-vp-2025-1123",
            "synthetic29/l29-ws-aaenmaas-2025-021",
            # (the thirty-fourth set's "•" questions, one question sentence each, wrapped: a bullet's sentence runs on a line of
            # its own)
            "synthetic34/l34-vlaamsbrabant-2025-sv112",
        },
    ),
    # line breaks of another kind: a carriage return alone (a classic Mac text, some PDF extractors; before, 12 documents
    # differed, 8 of them unreadable), a word processor's manual line break (a vertical tab) inside paragraphs
    "a carriage return alone for every line break": (lambda text: text.replace("\r\n", "\n").replace("\n", "\r"), set()),
    "a vertical tab for a line break inside a paragraph": (lambda text: re.sub(r"(?<=[^\n])\n(?=[^\n])", "\x0b", text), set()),
    # every line quoted, as a mail quotes the text it forwards ("> Vraag 1"; before, 312 documents differed)
    "every line quoted as a mail quotes it": (lambda text: "\n".join("> " + line for line in text.split("\n")), set()),
    # every label line in capitals, as some documents print them: "VRAAG 2 EN 3", "ANTWOORD OP DE VRAGEN 3 EN 4:" (before, 18
    # documents differed: "EN 3" read as the question's text, "ANTWOORD" over "OP VRAAG 1:" as the Flemish heading)
    "label lines in capitals": (
        lambda text: _LABEL_LINE.sub(lambda m: m.group().upper(), text),
        # ("ANTWOORD" alone on its line is the Flemish answer heading, "VRAAG" alone a heading: the bare word in capitals says
        # nothing of an answer label)
        # ("VRAAG 9" in capitals after a footnote's marker line "3 ", the last question of an Aanhangsel)
        {"shapes40/tk-ok-suriname-ontwikkelingshulp", "shapes5/ps-fryslan-2013-begroting", "synthetic21/tk-ah-20252026-123"},
    ),
}


@pytest.mark.parametrize("form", list(_PAGE_FORMS))
def test_blind_documents_in_other_page_shapes_give_the_same_items(form: str) -> None:
    """Every blind document, copied with each line break doubled or wrapped at 70 columns, gives the items it gives as
    written. Measured before the fix: 6 documents differed doubled (three no answer found: 'Zie antwoord vraag 2.' under a
    question, the blank line between them; a question wrapped before a lower-case word; a table's 'Vraag' and 'Antwoord'
    cells), and 6 wrapped (a question wrapped before a capital, 'Commandant der' / 'Landstrijdkrachten', or before a
    quotation: 'de berichten «Huisartsenzorg onder druk»1 en' / '«Huisartsen ...»?2'; a label left at a line's end after a
    lead-in's colon or a heading's word, 'het volgende: 1.' / 'Wachtlijsten ...', '3. Leegstand a.' / 'Hoeveel ...?', or
    over its first lettered part, '... met graffiti? 2.' / 'a) Welke ...')."""
    from analyzer.segment import SegmentationError, segment

    change, known = _PAGE_FORMS[form]
    folders = [p for p in sorted(Path(__file__).parent.iterdir()) if p.is_dir() and list(p.glob("*.gold.json"))]
    differ = set()
    for folder in folders:
        if folder.name == "corpus":
            continue
        for name in gold_set(folder):
            path = folder / f"{name}.txt"
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            try:
                ids = [i.id for i in segment(RawDocument(name, text)).items]
            except SegmentationError:
                continue  # (not read as written: a known gap of its own)
            try:
                changed = [i.id for i in segment(RawDocument(name, change(text))).items]
            except SegmentationError:
                changed = []
            if changed != ids:
                differ.add(f"{folder.name}/{name}")
    assert differ == known
