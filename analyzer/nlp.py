"""The project's Dutch NLP pipeline, built in one place.

``get_pipeline()`` is what callers use: it returns a spaCy ``Language`` and a ``PipelineInfo`` and
builds each pipeline once per process. With no model named it uses ``nl_core_news_sm`` when that
package is installed and otherwise the embedded default, which needs nothing outside spaCy and
spacy-lookups-data and never downloads anything.

The embedded default (``analyzer-default-nl``) is ``spacy.blank("nl")`` plus:

* tokenizer fixes: a glued item number is split (``10.VDAB`` -> ``10`` ``.`` ``VDAB``) without
  touching ``131.000``, ``1.250.000,50``, ``5.1`` or ``www.vdab.be``; a ``?`` glued to a capital is
  split off (``bestaat?Wat``, ``2024?Wat``, ``...?Zo``); abbreviations that spaCy's Dutch rules split
  (``incl.``, ``excl.``, ``Kamerst.``, ``jan.``, ``febr.``, ``sept.``, ``okt.``, ``nov.``, ``vzw.``,
  ``cfr.``, ``i.c.m.`` ...) become single tokens. The others in ``ABBREVIATIONS`` are already single
  tokens in spaCy. Only the variants that actually split are added, checked when the pipeline is built.
* ``sentencizer`` (spaCy's rule, read off the Doc's arrays: ``ArraySentencizer``), followed by
  ``analyzer_sentence_fixes``. The abbreviations that always have
  something after them (``o.a.``, ``bijv.``, ``nr.``, ``m.b.t.``, ``incl.``, ``Kamerst.``, ``dr.``
  ...; ``_NEVER_SENTENCE_FINAL``) never end a sentence. Another token that ends in a period ends
  its sentence in two cases. The first is when a capitalised function word follows: ``5 mei jl.
  Het``, ``scholen etc. De``, ``de vzw. Dit``. The second is an acronym (``VN.``, ``VS.``,
  ``VvE.``), because Dutch writes acronyms without a period; it ends the sentence before any
  capital. A single-letter initial (``J. De Vries``) never ends one. A blank line (paragraph
  break) always ends a sentence. A sentence never starts with whitespace: line breaks stay with
  the sentence before them.
* ``analyzer_lookup_lemmatizer``: lookup lemmas without POS. It starts from ``nl_lemma_lookup``
  (212,945 forms). It merges in the content-word readings of ``nl_lemma_exc``, in the order noun,
  adj, verb. It drops the readings that the exception table gets wrong:

  - forms that are stop words and not auxiliaries (``en`` -> *emmen*, ``in`` -> *innen*);
  - verb readings of forms that are nouns themselves (``werk``, ``land``, ``deel`` stay put);
  - verb readings of forms that are adjectives and do not look like a past participle
    (``nodig`` is not *nodigen*, but ``gesteld`` -> *stellen* is kept);
  - noun readings that do not share the form's first two letters (``hoog`` -> *oog*).

  The function-word tables (adv, adp, det, pron) are left out: they only hold dialect spellings and
  noise such as ``meer`` -> *mee*. A small patch table (``LEMMA_PATCHES``) has the last word. It
  covers auxiliaries, participles that the filters hide (``gegeven``), and infinitives that would
  otherwise become nouns (``stellen`` is not *stel*). It also covers this corpus's noun plurals
  (``vragen`` -> *vraag*, ``aanvragen`` -> *aanvraag*). Every lemma is lowercase. A word that is not
  in the tables is its own lemma, lowercased.
* ``token.like_num`` also covers the Dutch number words that spaCy misses: ``vijftien`` to
  ``negentien``, compounds (``eenentwintig``, ``tweeëntwintig``, ``driehonderd``,
  ``tweeduizendvierentwintig``), ``honderd``, ``duizend``, ``miljoen``, ``miljard``, and compound
  ordinals. The article ``een`` is not a number; ``één`` is. Digits (``131.000``, ``1,5``) and
  fractions work as in spaCy.

A trained pipeline (a package name or a saved directory) keeps its own components. It gets the same
tokenizer fixes and ``like_num``, because both change only tokens and lexical attributes. One without a
lemmatizer also gets the lookup lemmatizer, because the rules match lemmas.
``PipelineInfo.has_pos`` is True when an active component declares ``token.pos`` or
``token.dep`` among its assigned attributes (morphologizer, parser), or when a tagger runs with an
attribute_ruler. The embedded default has no POS and no DEP.

Measured facts (spaCy 3.8.18, spacy-lookups-data 1.0.5, measured once, not re-checked by tests):

* Lemma accuracy on the 76 hand-checked word -> lemma pairs in ``tests/test_nlp.py``
  (``LEMMA_GOLD``). The pairs are auxiliaries, participles, noun plurals, adjectives, nouns that
  must stay nouns, and function words, all frequent in the dev corpus.

  - This pipeline: 76/76 = 1.00, for the word alone and for the capitalised word.
  - Stock ``nl_lemma_lookup`` alone: 35/76 = 0.46.
  - Lookup merged naively with every exception table (first reading wins): 63/76 = 0.83. On
    running text it is worse than that number says, because it mangles frequent function words
    (``en`` -> *emmen*, ``in`` -> *innen*, ``niet`` -> *nieten*).
  - Lookup plus the filtered exception readings, without ``LEMMA_PATCHES``: 67/76 = 0.88.

  The patch table was written from the same corpus, so 1.00 is optimistic. On the 44 pairs whose
  word is not in ``LEMMA_PATCHES``, the tables alone get 44/44.
* Throughput of the default pipeline: about 135,000 words/s. That is 66,585 whitespace-separated
  words, the 43 files ``/work/shared/corpus/dev/*.txt`` joined into one ``nlp()`` call, 0.50 s
  (median of 5 runs), on one CPU core. ``nlp.pipe`` over the files one by one gives about 142,000
  words/s. The text comes out as 79,585 tokens and 3,575 sentences. Building the pipeline took
  about 0.65 s once per process; it is about 0.4 s now that the tokenizer is built once with all
  its rules (``make_dutch_tokenizer``) and the lemma tables (about 0.3 s to load and merge) are
  read on the first doc. ``get_pipeline()`` caches the result.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, IS_STOP, IS_TITLE, LEMMA, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.lang.char_classes import ALPHA_UPPER
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import StringStore, get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry
from thinc.types import Ints2d

from .abbreviations import NEVER_SENTENCE_FINAL

__all__ = [
    "ABBREVIATIONS",
    "DEFAULT_PIPELINE_NAME",
    "DEFAULT_PIPELINE_VERSION",
    "LEMMA_PATCHES",
    "MODEL_PACKAGE",
    "PipelineError",
    "PipelineInfo",
    "default_pipeline",
    "dutch_like_num",
    "get_pipeline",
    "lemma_table",
    "load_pipeline",
]

MODEL_PACKAGE = "nl_core_news_sm"
DEFAULT_PIPELINE_NAME = "analyzer-default-nl"
# Bump when the default pipeline's output changes (tokens, sentences, lemmas, like_num).
DEFAULT_PIPELINE_VERSION = "1.0.0"

LEMMATIZER_NAME = "analyzer_lookup_lemmatizer"
SENTENCE_FIXES_NAME = "analyzer_sentence_fixes"
SENTENCIZER_FACTORY = "analyzer_sentencizer"  # spaCy's sentencizer read off arrays; the pipe keeps the name "sentencizer"


class PipelineError(Exception):
    """A spaCy pipeline could not be loaded. The message is one line."""


@dataclass(frozen=True)
class PipelineInfo:
    """What a pipeline is, for reports and for callers that need POS or DEP."""

    name: str
    version: str
    components: tuple[str, ...]
    has_pos: bool

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "version": self.version, "components": list(self.components), "has_pos": self.has_pos}


# --------------------------------------------------------------------------------------------
# Tokenizer

# Abbreviations that must stay one token (and so never end a sentence on their own). Each entry is
# tried as written and with a capital first letter. Only variants that spaCy's Dutch tokenizer
# actually splits get a special case.
ABBREVIATIONS: tuple[str, ...] = (
    "incl.", "excl.", "Kamerst.", "kamerst.", "jan.", "febr.", "sept.", "okt.", "nov.", "dec.", "vzw.",
    "o.a.", "bijv.", "bv.", "d.w.z.", "e.d.", "e.a.", "resp.", "jl.", "nr.", "m.b.t.", "t.a.v.", "t.o.v.",
    "i.p.v.", "etc.", "enz.", "ca.", "vgl.", "zgn.", "cfr.", "i.c.m.", "i.h.k.v.", "ong.", "mio.", "mln.",
    "mld.", "mrd.", "c.s.", "d.d.", "m.n.", "c.q.", "e.v.", "art.", "blz.", "evt.",
)  # fmt: skip

# Abbreviations that are written lowercase only: "Jan." is a first name, not January.
_NO_CAPITAL_VARIANT = frozenset({"jan."})

# Period-final tokens that never close a sentence: they always have something after them (one list with the question
# splitter's, ``analyzer.abbreviations``). Any other token ending in "." may close one (see SentenceFixes).
_NEVER_SENTENCE_FINAL = NEVER_SENTENCE_FINAL

_EXTRA_INFIXES: tuple[str, ...] = (
    rf"(?<=[0-9])\.(?=[{ALPHA_UPPER}])",  # 10.VDAB, 2.De: a glued item number
    rf"\?(?=[{ALPHA_UPPER}])",  # bestaat?Wat, 2024?Wat, ...?Zo: a glued question mark
    rf"(?<=[^\s(\[])[)\]”’\"'](?=\?[{ALPHA_UPPER}])",  # (zie bijlage)?Wat: the bracket or quote before it
)


def _abbreviation_variants() -> list[str]:
    variants: list[str] = []
    for abbr in ABBREVIATIONS:
        forms = [abbr] if abbr in _NO_CAPITAL_VARIANT else [abbr, abbr[0].upper() + abbr[1:]]
        variants.extend(f for f in forms if f not in variants)
    return variants


def _splits(tokenizer: Tokenizer, abbr: str) -> bool:
    return [t.text for t in tokenizer(f"zie {abbr} hier")] != ["zie", abbr, "hier"]


def _fix_tokenizer(nlp: Language) -> None:
    """Give ``nlp``'s tokenizer (a trained pipeline's) the infixes and abbreviation special cases (idempotent).

    A new tokenizer is built with all its rules at once: setting ``infix_finditer`` on the existing one
    makes spaCy reload all of its exceptions. Which abbreviations split is tested on the tokenizer as
    it is: the extra infixes need a digit, a ``?`` or a bracket, which no abbreviation holds.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: leave it alone
    finditer = getattr(tokenizer, "infix_finditer", None)
    current: list[str] = [finditer.__self__.pattern] if finditer is not None else []
    infix = None if current and _EXTRA_INFIXES[0] in current[0] else compile_infix_regex([*current, *_EXTRA_INFIXES]).finditer
    split = [abbr for abbr in _abbreviation_variants() if _splits(tokenizer, abbr)]
    if infix is None and not split:
        return
    rules = dict(tokenizer.rules or {})
    rules.update({abbr: [{ORTH: abbr}] for abbr in split})
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=infix or tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
        max_cache_size=max(tokenizer.max_cache_size, TOKENIZER_CACHE),
    )


TOKENIZER_NAME = "analyzer.dutch_tokenizer.v1"

# The most whitespace-separated chunks the tokenizer caches the tokens of (spaCy's default: 10,000). A
# batch tokenizes the asks and answers of every document, whose chunks recur across documents; with
# the default the cache is full after a few dozen documents (the 73 dev texts hold 18,456 distinct
# chunks) and every later new chunk is split by the affix rules again on each occurrence. A cached
# chunk costs well under 100 bytes. The tokens are the same whatever the cache holds.
TOKENIZER_CACHE = 100_000


def make_dutch_tokenizer() -> Callable[[Language], Tokenizer]:
    """The default pipeline's tokenizer: spaCy's Dutch one with the fixes above, its ~4,700 exceptions
    loaded once (``spacy.blank`` followed by ``_fix_tokenizer`` loads them twice)."""

    def build(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        affixes: dict[str, Any] = {
            "prefix_search": compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            "suffix_search": compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            "infix_finditer": compile_infix_regex([*(d.infixes or ()), *_EXTRA_INFIXES]).finditer,
            "token_match": d.token_match,
            "url_match": d.url_match,
        }
        rules = dict(d.tokenizer_exceptions or {})
        bare = Tokenizer(nlp.vocab, **affixes)  # without the exceptions: quick to build
        # a listed exception is one token already; any other abbreviation splits as it splits without them
        rules.update({abbr: [{ORTH: abbr}] for abbr in _abbreviation_variants() if abbr not in rules and _splits(bare, abbr)})
        return Tokenizer(nlp.vocab, rules=rules, max_cache_size=TOKENIZER_CACHE, **affixes)

    return build


registry.tokenizers.register(TOKENIZER_NAME, func=make_dutch_tokenizer)


# --------------------------------------------------------------------------------------------
# like_num

_UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_BELOW_100 = rf"(?:(?:{_UNITS})(?:en|ën)(?:{_TENS})|{_TENS}|{_TEENS}|{_UNITS})"
_BELOW_1000 = rf"(?:(?:{_UNITS}|{_TEENS})?honderd(?:(?:en)?{_BELOW_100})?|{_BELOW_100})"
_BELOW_MILLION = rf"(?:{_BELOW_1000}?duizend(?:(?:en)?{_BELOW_1000})?|{_BELOW_1000})"
_LARGE = "miljoen|miljard|biljoen|biljard|triljoen|triljard"
_CARDINAL = rf"(?:nul|(?:{_BELOW_MILLION}?(?:{_LARGE}))+{_BELOW_MILLION}?|{_BELOW_MILLION})"
_ORDINAL_UNITS = (
    "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende"
    "|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende"
)
_ORDINAL = rf"(?:{_CARDINAL}(?:en)?)?(?:{_ORDINAL_UNITS})|{_CARDINAL}(?:(?<=ig)|(?<=rd)|(?<=nd)|(?<=oen))ste"
_NUMBER_WORD = re.compile(rf"(?:{_CARDINAL}|{_ORDINAL})")


def dutch_like_num(text: str) -> bool:
    """spaCy's ``like_num`` for Dutch, with the number words it misses and without the article ``een``."""
    digits = text.replace(",", "").replace(".", "")
    if digits.isdigit():
        return True
    if digits.count("/") == 1:
        num, denom = digits.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    lower = text.lower()
    return lower != "een" and _NUMBER_WORD.fullmatch(lower) is not None


def _fix_like_num(nlp: Language) -> None:
    """Use ``dutch_like_num`` for new lexemes and recompute it for the ones already in the vocab."""
    nlp.vocab.lex_attr_getters[LIKE_NUM] = dutch_like_num  # type: ignore[attr-defined]  # missing from spaCy's vocab.pyi
    for lexeme in nlp.vocab:
        lexeme.like_num = dutch_like_num(lexeme.orth_)


# --------------------------------------------------------------------------------------------
# Lemmas

# Forms of the auxiliaries (and of the verbs that are also stop words) whose exception-table
# readings are kept even though they are stop words.
AUXILIARY_FORMS = frozenset({
    "heb", "hebt", "heeft", "hebben", "had", "hadden", "ben", "bent", "is", "zijn", "was", "waren",
    "wordt", "word", "werd", "werden", "worden", "kan", "kunt", "kon", "konden", "kunnen",
    "zal", "zult", "zullen", "zou", "zouden", "wil", "wilt", "willen", "wilde", "wilden",
    "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten",
    "doe", "doet", "doen", "deed", "deden", "gaat", "gaan", "ging", "gingen",
})  # fmt: skip

# The last word: lemmas that the tables get wrong or leave out, for the words that matter most here.
LEMMA_PATCHES: Mapping[str, str] = {
    # auxiliaries
    "heb": "hebben", "hebt": "hebben", "heeft": "hebben", "had": "hebben", "hadden": "hebben",
    "ben": "zijn", "bent": "zijn", "is": "zijn", "was": "zijn", "waren": "zijn", "geweest": "zijn",
    "word": "worden", "wordt": "worden", "werd": "worden", "werden": "worden", "geworden": "worden",
    "kan": "kunnen", "kunt": "kunnen", "kon": "kunnen", "konden": "kunnen", "gekund": "kunnen",
    "zal": "zullen", "zult": "zullen", "zou": "zullen", "zouden": "zullen",
    "wil": "willen", "wilt": "willen", "wilde": "willen", "wilden": "willen", "gewild": "willen",
    "moet": "moeten", "moest": "moeten", "moesten": "moeten", "gemoeten": "moeten",
    "mag": "mogen", "mocht": "mogen", "mochten": "mogen",
    # participles and verb forms that the filters hide (their form is also a noun or adjective)
    "gegeven": "geven", "ingeschreven": "inschrijven", "gedaan": "doen", "gemaakt": "maken",
    "genomen": "nemen", "aangenomen": "aannemen", "opgenomen": "opnemen", "meegenomen": "meenemen",
    "gesteld": "stellen", "vastgesteld": "vaststellen", "geleid": "leiden", "gericht": "richten",
    "bekend": "bekend", "betrokken": "betrekken", "beantwoord": "beantwoorden", "gevraagd": "vragen",
    "bleek": "blijken", "bleken": "blijken", "stelt": "stellen", "stel": "stellen", "kent": "kennen",
    "weet": "weten", "blijf": "blijven", "ga": "gaan", "wijst": "wijzen", "gedacht": "denken",
    "kennisgenomen": "kennisnemen",
    # first-person and past forms of the verbs that non-answer cues are built on (rules/declined)
    "beschik": "beschikken", "wist": "weten", "wisten": "weten", "geweten": "weten", "zeg": "zeggen",
    "geef": "geven", "kom": "komen", "stuur": "sturen", "houd": "houden", "verwacht": "verwachten",
    "informeer": "informeren", "schatten": "schatten", "berichten": "berichten", "vellen": "vellen",
    "vindt": "vinden", "vind": "vinden", "zegt": "zeggen", "gaat": "gaan", "doet": "doen",
    "deelt": "delen", "geboden": "bieden", "verbonden": "verbinden", "ingezet": "inzetten",
    # infinitives that the noun table would turn into a (rare) noun
    "stellen": "stellen", "vaststellen": "vaststellen", "zetten": "zetten", "inzetten": "inzetten",
    "werken": "werken", "laten": "laten", "passen": "passen", "gebruiken": "gebruiken", "vallen": "vallen",
    "spelen": "spelen", "halen": "halen", "pakken": "pakken", "aanpakken": "aanpakken",
    "uitvoeren": "uitvoeren", "lopen": "lopen", "opstellen": "opstellen", "wachten": "wachten",
    "leggen": "leggen", "vastleggen": "vastleggen", "monitoren": "monitoren", "gelden": "gelden",
    "treden": "treden", "trekken": "trekken", "uitleggen": "uitleggen", "verhogen": "verhogen",
    "vliegen": "vliegen", "kiezen": "kiezen", "melden": "melden", "stoppen": "stoppen",
    "blijken": "blijken", "doorvoeren": "doorvoeren", "inhouden": "inhouden", "keren": "keren",
    "lijken": "lijken", "tellen": "tellen", "testen": "testen", "bouwen": "bouwen", "merken": "merken",
    "overwegen": "overwegen", "sturen": "sturen", "steunen": "steunen", "dienen": "dienen",
    "zorgen": "zorgen", "delen": "delen", "vormen": "vormen", "verschillen": "verschillen",
    "kosten": "kosten", "wensen": "wensen", "ontwerpen": "ontwerpen", "oproepen": "oproepen",
    "waarborgen": "waarborgen", "achten": "achten", "bellen": "bellen", "bewijzen": "bewijzen",
    "opzetten": "opzetten", "overleggen": "overleggen", "verzoeken": "verzoeken",
    "onderzoeken": "onderzoeken", "besluiten": "besluiten", "bijdragen": "bijdragen",
    "aanvallen": "aanvallen", "aankopen": "aankopen", "bedragen": "bedragen",
    # noun plurals of this corpus (the infinitive reading loses here)
    "vragen": "vraag", "aanvragen": "aanvraag", "antwoorden": "antwoord", "kinderen": "kind",
    "ouders": "ouder", "gegevens": "gegeven", "jongeren": "jongere", "gevallen": "geval",
    "leden": "lid", "weken": "week", "maanden": "maand", "scholen": "school", "paarden": "paard",
    "afspraken": "afspraak", "uitspraken": "uitspraak", "eisen": "eis", "landen": "land",
    "middelen": "middel", "plannen": "plan", "belangen": "belang", "doelen": "doel",
    # adjectives, adverbs and ordinals the tables get wrong
    "nodig": "nodig", "bereid": "bereid", "tweede": "tweede", "derde": "derde", "vierde": "vierde",
    "laatste": "laatst", "mee": "mee", "één": "één", "naast": "naast", "vast": "vast",
    "onvoldoende": "onvoldoende", "voldoende": "voldoende", "genoeg": "genoeg", "nader": "nader",
    "wijze": "wijze", "waarde": "waarde", "mate": "mate", "name": "name",
    "gezond": "gezond", "gezonde": "gezond", "hoog": "hoog", "bezig": "bezig", "geschikt": "geschikt",
    "gereed": "gereed", "verkeerd": "verkeerd", "ingewikkeld": "ingewikkeld", "gemiddeld": "gemiddeld",
    "gepaard": "gepaard", "ouder": "ouder", "stage": "stage", "nieuws": "nieuws", "langs": "langs",
    "voren": "voren", "borgen": "borgen", "wijzen": "wijzen",
}  # fmt: skip

_CONTENT_POS = ("noun", "adj", "verb")


def _lookups_json(name: str) -> dict[str, object]:
    data = resources.files("spacy_lookups_data").joinpath("data", name)
    with data.open("rb") as fh:
        table = json.loads(gzip.decompress(fh.read()))
    if not isinstance(table, dict):
        raise PipelineError(f"spacy-lookups-data table {name} is not a JSON object")
    return table


def _str_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _exception_readings(value: object) -> dict[str, str]:
    """``{form: [lemma, ...]}`` -> ``{form: first lemma}``."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, str] = {}
    for form, lemmas in value.items():
        if isinstance(form, str) and isinstance(lemmas, list) and lemmas and isinstance(lemmas[0], str):
            out[form] = lemmas[0]
    return out


# A past participle: "gesteld", "ingezonden", "aangenomen", "beperkt", "verplicht".
_PARTICIPLE = re.compile(r"^(?:[a-zäëïöüé]*(?:ge|be|ver|ont)|her|er|over|onder|voor)[a-zäëïöüé]{2,}(?:d|t|n|de|te)$")


def _keep_reading(pos: str, form: str, lemma: str, index: Mapping[str, frozenset[str]]) -> bool:
    """Whether an ``nl_lemma_exc`` reading is trustworthy enough to use without POS."""
    if form in STOP_WORDS and form not in AUXILIARY_FORMS:
        return False  # "en" -> emmen, "in" -> innen, "niet" -> nieten
    if pos == "verb":
        if form in index["noun"]:
            return False  # "werk", "land", "deel", "vraag" stay nouns
        return form not in index["adj"] or _PARTICIPLE.match(form) is not None  # "nodig" is not "nodigen"
    if pos == "noun":
        return lemma[:2] == form[:2]  # "hoog" -> "oog" is noise
    return True


@lru_cache(maxsize=1)
def lemma_table() -> Mapping[str, str]:
    """Lowercase form -> lowercase lemma: lookup table, filtered exception readings, then patches.

    Forms that are their own lemma are mostly absent; a caller falls back to the form itself.
    Raises ``PipelineError`` if spacy-lookups-data is missing or broken.
    """
    try:
        lookup = _str_map(_lookups_json(_LEMMA_TABLES[0]))
        exceptions = _lookups_json(_LEMMA_TABLES[1])
        raw_index = _lookups_json(_LEMMA_TABLES[2])
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        raise PipelineError(f"cannot read the Dutch lemma tables from spacy-lookups-data: {_one_line(exc)}") from exc
    index = {
        pos: frozenset(w for w in words if isinstance(w, str)) if isinstance(words, list) else frozenset()
        for pos, words in ((p, raw_index.get(p)) for p in _CONTENT_POS)
    }
    table: dict[str, str] = {form.lower(): lemma.lower() for form, lemma in lookup.items()}
    for pos in _CONTENT_POS:
        for form, lemma in _exception_readings(exceptions.get(pos)).items():
            key = form.lower()
            if key not in table and _keep_reading(pos, key, lemma.lower(), index):
                table[key] = lemma.lower()
    table.update(LEMMA_PATCHES)
    return table


class LookupLemmatizer:
    """Sets ``token.lemma_`` from ``lemma_table()``: the lowercase form's lemma, or the lowercase form.

    The lemma depends on the lowercase form only, so it is looked up once per form (a cache from the
    form's hash to the lemma's) and the doc's lemmas are written as one array. The table is loaded
    on the first doc, not when the pipeline is built.
    """

    def __init__(self, name: str, table: Mapping[str, str] | Callable[[], Mapping[str, str]], overwrite: bool) -> None:
        self.name = name
        self._table = table
        self.overwrite = overwrite
        self._lemma_of: _LemmaOf | None = None  # LOWER hash -> LEMMA hash, filled on first use of each form

    @property
    def table(self) -> Mapping[str, str]:
        if callable(self._table):
            self._table = self._table()
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemma_of = self._lemma_of
        if lemma_of is None or lemma_of.strings is not doc.vocab.strings:
            lemma_of = self._lemma_of = _LemmaOf(self.table, doc.vocab.strings)
        lemmas: list[int] | None = None
        if self.overwrite:
            lowers: list[int] = doc.to_array(LOWER).tolist()
        else:
            lowers, lemmas = doc.to_array([LOWER, LEMMA]).T.tolist()
        if lemmas is None or not any(lemmas):  # every token's lemma from its lowercase form
            found = numpy.fromiter(map(lemma_of.__getitem__, lowers), dtype="uint64", count=len(lowers))
        else:
            found = numpy.array([lemma or lemma_of[low] for low, lemma in zip(lowers, lemmas, strict=True)], dtype="uint64")
        doc.from_array([LEMMA], cast(Ints2d, found.reshape(-1, 1)))
        return doc


class _LemmaOf(dict[int, int]):
    """LOWER hash -> LEMMA hash: the lowercase form's lemma in ``table``, or the form; looked up on first use."""

    def __init__(self, table: Mapping[str, str], strings: StringStore) -> None:
        super().__init__()
        self.table = table
        self.strings = strings

    def __missing__(self, low: int) -> int:
        lower = self.strings[low]
        found = self[low] = self.strings.add(self.table.get(lower, lower))
        return found


@Language.factory(LEMMATIZER_NAME, assigns=["token.lemma"], default_config={"overwrite": False})
def make_lookup_lemmatizer(nlp: Language, name: str, overwrite: bool) -> LookupLemmatizer:
    _check_lemma_tables()  # a missing spacy-lookups-data stops the pipeline build, as before; reading waits
    return LookupLemmatizer(name, lemma_table, overwrite)


_LEMMA_TABLES = ("nl_lemma_lookup.json.gz", "nl_lemma_exc.json.gz", "nl_lemma_index.json.gz")


def _check_lemma_tables() -> None:
    """Raise ``PipelineError`` unless the Dutch lemma tables of spacy-lookups-data are there (not read yet)."""
    try:
        data = resources.files("spacy_lookups_data").joinpath("data")
        missing = [name for name in _LEMMA_TABLES if not data.joinpath(name).is_file()]
    except (ModuleNotFoundError, OSError) as exc:
        raise PipelineError(f"cannot read the Dutch lemma tables from spacy-lookups-data: {_one_line(exc)}") from exc
    if missing:
        raise PipelineError(f"cannot read the Dutch lemma tables from spacy-lookups-data: missing {', '.join(missing)}")


# --------------------------------------------------------------------------------------------
# Sentences

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _closes_sentence(word: Token, following: Token) -> bool:
    """Whether a period-final token such as ``VN.``, ``jl.`` or ``etc.`` ends its sentence before ``following``."""
    text = word.text
    if len(text) < 3 or not text.endswith(".") or word.lower_ in _NEVER_SENTENCE_FINAL:
        return False  # "." itself is the sentencizer's; "J." is an initial
    core = text[:-1]
    if "." not in core and core[-1].isupper() and sum(c.isupper() for c in core) >= 2:
        return following.text[:1].isupper()  # "de VN. Volgens", "de VvE. Onlangs": Dutch acronyms take no period
    return following.is_title and following.is_stop  # "5 mei jl. Het", "scholen etc. De"


class SentenceFixes:
    """Runs after the sentencizer and fixes its boundaries for these documents.

    * A blank line (paragraph break) ends a sentence.
    * A heading word that opens its sentence, with its colon ("Antwoord:", "Reactie:"), ends that sentence before a
      capitalised word (a question said again with its answer under it).
    * A period-final token ends a sentence when ``_closes_sentence`` says so.
    * A whitespace token never starts a sentence: the start moves to the next word, so sentences
      do not begin with line breaks and none is whitespace only.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._may_close: _MayClose | None = None  # ORTH hash -> _may_close(text)

    def __call__(self, doc: Doc) -> Doc:
        # Token.is_sent_start's setter scans the whole doc on every call, so edit the array once. Only
        # the whitespace tokens and the words after whitespace or after a word that may close a
        # sentence can change; a Token is made only for such a period-final word and the word after it
        n = len(doc)
        if not n:
            return doc
        strings = doc.vocab.strings
        may_close = self._may_close
        if may_close is None or may_close.strings is not strings:
            may_close = self._may_close = _MayClose(strings)
        orths, spaces, nums = doc.to_array([ORTH, IS_SPACE, LIKE_NUM]).T.tolist()
        after_close = list(compress(range(1, n + 1), map(may_close.__getitem__, orths)))  # the token after each such word
        blank = list(compress(range(n), spaces))  # the whitespace tokens
        heading = _COLON in orths
        # a table's row of figures run on into the sentence after it, its line breaks lost: "2024 10.332 14.290 41.870 Het
        # bereiken van de limiet wordt ... niet bijgehouden." (three figures or more, then a capitalised function word)
        rows = [i for i in range(_ROW_FIGURES, n) if all(nums[i - _ROW_FIGURES : i])] if sum(nums) >= _ROW_FIGURES else []
        if not after_close and not blank and not heading and not rows:
            return doc
        starts = doc.to_array(SENT_START).astype("int64").tolist()  # 1 start, -1 not a start, 0 unknown
        changed = False
        if rows:
            titles, stops = doc.to_array([IS_TITLE, IS_STOP]).T.tolist()
            for i in rows:
                if titles[i] and stops[i] and not nums[i] and starts[i] != 1:
                    starts[i] = 1
                    changed = True
        for i in after_close:  # a word right after a word that may close a sentence
            if i < n and not spaces[i] and starts[i] != 1 and _closes_sentence(doc[i - 1], doc[i]):
                starts[i] = 1
                changed = True
        k = 0
        while k < len(blank):  # each run of whitespace tokens, and the word after it
            a = b = blank[k]
            moved = False  # a sentence start was taken off a whitespace token in the run
            while k < len(blank) and blank[k] == b:
                if b > 0 and starts[b] == 1:
                    starts[b] = -1
                    moved = changed = True
                b += 1
                k += 1
            last = a - 1  # the word before the run
            if (
                b < n
                and last >= 0
                and starts[b] != 1
                and (
                    moved
                    or _PARAGRAPH_BREAK.search("".join(strings[o] for o in orths[a:b])) is not None
                    # (a line break the clean view keeps after a table's row of figures, before a line of prose)
                    or (doc[last].like_num and doc[b].is_title and "\n" in "".join(strings[o] for o in orths[a:b]))
                    or (may_close[orths[last]] and _closes_sentence(doc[last], doc[b]))
                )
            ):
                starts[b] = 1
                changed = True
        if heading and _heading_starts(doc, strings, orths, spaces, starts):
            changed = True
        if changed:
            doc.from_array([SENT_START], cast(Ints2d, numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)))
        return doc


_ROW_FIGURES = 3  # figures in a row before a capitalised function word that opens the sentence after a table

# a heading that opens its sentence, before the text it heads: "... rattenoverlast? Antwoord: Een dergelijk overzicht ..." (a
# question said again with its answer under it, its line breaks unwrapped); the answer's first sentence starts after it
_HEADING_WORDS = frozenset({"antwoord", "antwoorden", "reactie", "beantwoording", "toelichting", "repliek"})
_COLON = get_string_id(":")


def _heading_starts(doc: Doc, strings: StringStore, orths: list[int], spaces: list[int], starts: list[int]) -> bool:
    """Start a sentence at the capitalised word after "Antwoord:" (a heading word that opens its sentence, and its colon);
    whether any start was set."""
    changed = False
    n = len(orths)
    for i in [k for k, o in enumerate(orths) if o == _COLON]:  # (the colons only: ints compared, no string looked up)
        if i < 1 or i >= n - 1:
            continue
        j = i - 1
        while j > 0 and spaces[j]:
            j -= 1
        if spaces[j] or strings[orths[j]].lower() not in _HEADING_WORDS or (j > 0 and starts[j] != 1):
            continue
        k = i + 1
        while k < n and spaces[k]:
            k += 1
        if k < n and starts[k] != 1 and doc[k].is_title:
            starts[k] = 1
            changed = True
    return changed


class _MayClose(dict[int, bool]):
    """ORTH hash -> ``_may_close`` of its text, computed on first use of each word."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, orth: int) -> bool:
        found = self[orth] = _may_close(self.strings[orth])
        return found


def _may_close(text: str) -> bool:
    """Whether ``_closes_sentence`` can be true for a word with this text (the test that needs no next word)."""
    return len(text) >= 3 and text.endswith(".") and text.lower() not in _NEVER_SENTENCE_FINAL


@Language.factory(SENTENCE_FIXES_NAME, assigns=["token.is_sent_start"], requires=["token.is_sent_start"])
def make_sentence_fixes(nlp: Language, name: str) -> SentenceFixes:
    return SentenceFixes(name)


class ArraySentencizer(Sentencizer):  # type: ignore[misc]  # spaCy's pipes are untyped
    """spaCy's ``sentencizer`` with the same boundaries and settings, its prediction read off the Doc's
    ``ORTH`` and ``IS_PUNCT`` arrays instead of a ``Token`` object made for every token.

    A sentence starts at the first token, and at the first token after one of ``punct_chars`` that
    is neither punctuation nor one of them (spaCy's ``Sentencizer.predict``). The pipe keeps the name
    ``sentencizer`` in every pipeline.
    """

    @property
    def punct_chars(self) -> frozenset[str]:
        return self._punct_chars

    @punct_chars.setter
    def punct_chars(self, chars: Iterable[str]) -> None:
        self._punct_chars = frozenset(chars)
        self._punct_ids = frozenset(get_string_id(c) for c in self._punct_chars)

    def predict(self, docs: Iterable[Doc]) -> list[list[bool]]:
        # spaCy's loop (a start at the first word after one of punct_chars since the last start) starts a
        # sentence at the first word, neither punctuation nor one of punct_chars, after each of them: only
        # the tokens that are one of them are visited, and the punctuation after each
        punct = self._punct_ids
        guesses: list[list[bool]] = []
        for doc in docs:
            n = len(doc)
            found = [False] * n
            if n:
                found[0] = True
                orths, puncts = doc.to_array([ORTH, IS_PUNCT]).T.tolist()
                last = -1  # the last start
                for i in compress(range(n), map(punct.__contains__, orths)):
                    if i < last:
                        continue  # between the mark that set the last start and that start
                    j = i + 1
                    while j < n and (puncts[j] or orths[j] in punct):
                        j += 1
                    if j < n:
                        found[j] = True
                    last = j
            guesses.append(found)
        return guesses


@Language.factory(
    SENTENCIZER_FACTORY,
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={"punct_chars": None, "overwrite": False, "scorer": {"@scorers": "spacy.senter_scorer.v1"}},
    default_score_weights={"sents_f": 1.0, "sents_p": 0.0, "sents_r": 0.0},
)
def make_array_sentencizer(
    nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool, scorer: Callable[..., Any] | None
) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)


# --------------------------------------------------------------------------------------------
# Pipelines


def default_pipeline() -> Language:
    """Build the embedded default pipeline (a new object on every call; see ``get_pipeline``)."""
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    _fix_like_num(nlp)
    nlp.add_pipe(SENTENCIZER_FACTORY, name="sentencizer")
    nlp.add_pipe(SENTENCE_FIXES_NAME)
    nlp.add_pipe(LEMMATIZER_NAME)
    nlp.meta["name"] = DEFAULT_PIPELINE_NAME
    nlp.meta["version"] = DEFAULT_PIPELINE_VERSION
    nlp.meta["description"] = "analyzer's embedded Dutch pipeline: tokenizer fixes, sentencizer, lookup lemmas"
    return nlp


def _has_pos(nlp: Language) -> bool:
    assigned: set[str] = set()
    for name in nlp.pipe_names:
        assigned.update(nlp.get_pipe_meta(name).assigns)
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    return bool({"token.pos", "token.dep"} & assigned) or ("token.tag" in assigned and "attribute_ruler" in factories)


def _info(nlp: Language) -> PipelineInfo:
    meta = nlp.meta
    name = str(meta.get("name") or "pipeline")
    lang = str(meta.get("lang") or nlp.lang)
    if name != DEFAULT_PIPELINE_NAME and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"  # spaCy stores "core_news_sm" for the package nl_core_news_sm
    return PipelineInfo(name, str(meta.get("version") or "0.0.0"), tuple(nlp.pipe_names), _has_pos(nlp))


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def _load_trained(model: str) -> Language:
    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise PipelineError(f"spaCy pipeline {model!r} is neither an installed package nor a saved pipeline directory")
    try:
        nlp = spacy.load(model)
    except Exception as exc:  # spaCy raises OSError, ValueError, config and registry errors
        raise PipelineError(f"cannot load spaCy pipeline {model!r}: {_one_line(exc)}") from exc
    if nlp.lang != "nl":
        raise PipelineError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}, not Dutch ('nl')")
    _fix_tokenizer(nlp)
    _fix_like_num(nlp)
    assigned = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    if "token.is_sent_start" not in assigned and "doc.sents" not in assigned:
        # the judge works per sentence: a model without parser or senter gets the sentencizer
        nlp.add_pipe(SENTENCIZER_FACTORY, name="sentencizer", first=True)
    if "token.lemma" not in assigned:
        # the rules match lemmas ("beschikt" ~ "beschikken"): a model without a lemmatizer gets the lookup lemmas
        nlp.add_pipe(LEMMATIZER_NAME)
    return nlp


def _resolve(model: str | None) -> str:
    if model is None:
        return MODEL_PACKAGE if spacy.util.is_package(MODEL_PACKAGE) else DEFAULT_PIPELINE_NAME
    return model


def load_pipeline(model: str | None = None) -> tuple[Language, PipelineInfo]:
    """Build a pipeline and describe it.

    ``model`` None: ``nl_core_news_sm`` if installed (``spacy.util.is_package``), else the embedded
    default. ``model`` given: an installed package name or the path of a saved pipeline
    (``nlp.to_disk``); ``"analyzer-default-nl"`` names the embedded default. Raises
    ``PipelineError`` with a one-line message if it cannot be loaded.
    """
    model = _resolve(model)
    nlp = default_pipeline() if model == DEFAULT_PIPELINE_NAME else _load_trained(model)
    return nlp, _info(nlp)


_CACHE: dict[str, tuple[Language, PipelineInfo]] = {}
_CACHE_LOCK = threading.Lock()


def get_pipeline(model: str | None = None) -> tuple[Language, PipelineInfo]:
    """``load_pipeline(model)``, built once per process per pipeline and shared afterwards.

    ``None`` and the name it resolves to share one entry. A failure is not cached: the next call
    tries again and raises again. Callers must not change the shared pipeline (add or remove pipes).
    """
    key = _resolve(model)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is None:
            cached = load_pipeline(key)
            _CACHE[key] = cached
        return cached
