"""Rule files: every rule's examples, the strict schema and its error messages, user packs, POS rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.nlp import get_pipeline
from analyzer.resources import rules_dir
from analyzer.rules import RuleError, RuleSet, load_pattern_sets, load_rules, run_examples, run_set_examples

RULES = load_rules()
NLP, INFO = get_pipeline()
RULESET = RuleSet(RULES, NLP, INFO.has_pos)
RESULTS = run_examples(RULESET)


def test_there_is_a_rule_of_every_kind() -> None:
    kinds = {r.spec.kind for r in RULES}
    assert kinds == {"cue", "reference", "expectation", "ask_type"}
    categories = {r.spec.category for r in RULES}
    assert {"no_data", "refusal", "not_competent", "deferral", "external_reference", "internal_reference"} <= categories


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_both_kinds_of_examples(rule: object) -> None:
    from analyzer.rules import Rule

    assert isinstance(rule, Rule)
    assert rule.spec.examples.match, f"{rule.path}: no 'match' examples"
    assert rule.spec.examples.no_match, f"{rule.path}: no 'no_match' examples"
    assert rule.spec.source.strip() and rule.spec.message.strip()


@pytest.mark.parametrize("result", RESULTS, ids=[f"{r.rule.id}:{r.kind}:{r.text[:30]}" for r in RESULTS])
def test_rule_example(result: object) -> None:
    from analyzer.rules import ExampleResult

    assert isinstance(result, ExampleResult)
    # a known_gap example that starts matching fails too: move it to 'match'
    assert result.ok, f"{result.rule.path}: {result.kind} example {result.text!r}: {result.detail}"


_NEGATION = re.compile(r"\b(?:niet|geen)\b", re.I)
_DECLINES = [r for r in RULES if r.spec.kind == "cue" and r.spec.effect == "declines"]


@pytest.mark.parametrize("inserted", ["helaas", "op dit moment", "tot mijn spijt", "momenteel nog"])
def test_a_decline_cue_holds_with_an_adverbial_inserted_before_its_negation(inserted: str) -> None:
    """Refusals, deferrals and no-data statements carry sentence adverbials: every 'match' example of every decline rule
    that negates ("niet", "geen") still fires with one inserted before its negation ("kunnen tot mijn spijt op dit moment
    niet binnen de termijn worden beantwoord", "is helaas niet aan mij"). Before, a pattern's words had to stand as
    written: 53 of 330 correct declines of the pool were lost with "helaas" or "op dit moment" put there."""
    lost = []
    for rule in _DECLINES:
        for text in rule.spec.examples.match:
            negation = _NEGATION.search(text)
            if negation is None or not any(h.rule.id == rule.id for h in RULESET.find(NLP(text))):
                continue
            changed = f"{text[: negation.start()]}{inserted} {text[negation.start() :]}"
            if not any(h.rule.id == rule.id for h in RULESET.find(NLP(changed))):
                lost.append((rule.id, changed))
    assert sorted(lost) == sorted(_NOT_INSERTED.get(inserted, []))


# known limits: a bounded gap whose words the adverbial adds to ("vraag" and "kan" at most eight words apart) ("treed op dit
# moment niet in de beoordeling" is read since the twenty-sixth session: the judgement named after "niet in" keeps "treedt
# op", to act, out)
_NOT_INSERTED = {
    "op dit moment": [
        (
            "declined.not-competent",
            "Deze vraag is op dit moment niet technisch van aard en kan in de commissie aan de portefeuillehouder worden gesteld.",
        ),
    ],
    "tot mijn spijt": [
        (
            "declined.not-competent",
            "Deze vraag is tot mijn spijt niet technisch van aard en kan in de commissie aan de portefeuillehouder worden gesteld.",
        ),
    ],
    # ("zijn nog niet voorhanden" is no want of data but a wait, deferral.yml's: the figures without an article leave "nog" out, so
    # that "Cijfers over de latere onderhoudskosten zijn nog niet voorhanden" beside the cost asked does not decline it)
    "momenteel nog": [
        (
            "declined.no-data",
            "Cijfers over het aantal definitieve uitsluitingen – en a fortiori een opsplitsing ervan per net – zijn, dat moet ik "
            "vaststellen, op het niveau van het departement momenteel nog niet voorhanden.",
        ),
    ],
}


def test_inserted_adverbials_do_not_make_a_decline_of_an_answer() -> None:
    """The words allowed inside a decline cue are adverbials only: a clause that answers stays no cue."""
    for text in (
        "Ik kan u melden dat de cijfers op dit moment beschikbaar zijn.",
        "Het is aan mij en ik zal dat dus ook doen.",
        "Wij beschikken wel over de gegevens: 42 meldingen.",
    ):
        hits = [h for h in RULESET.find(NLP(text)) if h.rule.spec.effect == "declines"]
        assert not hits, (text, hits[0].rule.id if hits else None)


def write_rule(root: Path, rel: str, body: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """kind: cue
category: refusal
effect: declines
phrases: ["geen commentaar"]
message: "Geen commentaar"
source: "test"
examples:
  match: ["Daar heb ik geen commentaar op."]
  no_match: ["Daar heb ik een antwoord op."]
"""


def test_rule_id_comes_from_the_path(tmp_path: Path) -> None:
    write_rule(tmp_path, "mijn/geen-commentaar.yml", GOOD)
    (rule,) = load_rules([tmp_path], builtin=False)
    assert rule.id == "mijn.geen-commentaar"


def test_unknown_key_is_rejected_naming_file_key_and_allowed_keys(tmp_path: Path) -> None:
    path = write_rule(tmp_path, "x/bad.yml", GOOD + "severity: high\n")
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path], builtin=False)
    msg = str(err.value)
    assert str(path) in msg and "severity" in msg and "allowed keys" in msg and "phrases" in msg


def test_category_outside_the_closed_set_names_what_is_allowed(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/bad.yml", GOOD.replace("category: refusal", "category: rude"))
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path], builtin=False)
    assert "category" in str(err.value) and "no_data" in str(err.value)
    assert "bad.yml:2:" in str(err.value)  # the line of the key


def test_ask_words_belong_to_expectations_and_are_lower_case(tmp_path: Path) -> None:
    # (GOOD is a cue: an ask's words restrict what an answer's expectation meets, not what a cue declines)
    write_rule(tmp_path, "x/bad.yml", GOOD + "ask_words: [op de hoogte]\n")
    with pytest.raises(RuleError, match="ask_words"):
        load_rules([tmp_path], builtin=False)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        # an expectation meets asks, it answers none instead of declining, weakening or pointing away
        ("answers_asks:\n  - ask: ['\\bwie\\b']\n    examples: [['Wie?', 'Het waterschap.']]\n", "answers_asks"),
        # an entry needs examples, knows no other key, and its regexes may not run away
        ("answers_asks:\n  - ask: ['\\bwie\\b']\n    examples: []\n", "examples"),
        ("answers_asks:\n  - ask: ['\\bwie\\b']\n    when: ['x']\n    examples: [['Wie?', 'x']]\n", "when"),
        ("answers_asks:\n  - ask: ['(a+)+$']\n    examples: [['Wie?', 'x']]\n", "run away"),
    ],
    ids=["an-expectation", "no-examples", "unknown-key", "runaway-regex"],
)
def test_answered_asks_are_checked_at_load(tmp_path: Path, extra: str, message: str) -> None:
    body = GOOD.replace("kind: cue\ncategory: refusal\neffect: declines", "kind: expectation\neffect: satisfies")
    write_rule(tmp_path, "x/bad.yml", (body if message == "answers_asks" else GOOD) + extra)
    with pytest.raises(RuleError, match=message):
        load_rules([tmp_path], builtin=False)


def test_an_answered_ask_whose_example_the_rule_does_not_meet_fails_its_examples(tmp_path: Path) -> None:
    # (the example's answer holds no cue of the rule: the entry is wrong, and the suite says so)
    write_rule(
        tmp_path, "x/geen.yml", GOOD + "answers_asks:\n  - ask: ['\\bwie\\b']\n    examples: [['Wie betaalt?', 'De gemeente betaalt.']]\n"
    )
    results = run_examples(RuleSet(load_rules([tmp_path], builtin=False), NLP))
    assert [r.detail for r in results if not r.ok] == ["did not match the answer"]


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/bad.yml", "kind: cue\nphrases: [unclosed\n")
    with pytest.raises(RuleError, match=r"bad\.yml: line \d+: not valid YAML"):
        load_rules([tmp_path], builtin=False)


def test_invalid_spacy_pattern_is_named_with_its_rule_id(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/pattern.yml", GOOD.replace('phrases: ["geen commentaar"]', "patterns:\n  - [{LOWR: geen}]"))
    rules = load_rules([tmp_path], builtin=False)
    with pytest.raises(RuleError, match=r"invalid token pattern in rule 'x\.pattern'.*LOWR"):
        RuleSet(rules, NLP)


def test_runaway_regex_is_rejected_at_load(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/regex.yml", GOOD.replace('phrases: ["geen commentaar"]', 'regex: ["(a+)+b"]'))
    with pytest.raises(RuleError, match="could run away"):
        load_rules([tmp_path], builtin=False)


def test_yaml_is_data_only(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/evil.yml", "!!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules([tmp_path], builtin=False)


def test_duplicate_ids_across_packs_are_refused(tmp_path: Path) -> None:
    write_rule(tmp_path, "declined/refusal.yml", GOOD)
    with pytest.raises(RuleError, match="already defined"):
        load_rules([tmp_path])


def test_user_pack_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(tmp_path, "mijn/geen-commentaar.yml", GOOD)
    assert main(["rules", "list", "--rules", str(tmp_path), "--format", "json"]) == 0
    ids = [r["id"] for r in json.loads(capsys.readouterr().out)]
    assert "mijn.geen-commentaar" in ids and "declined.refusal" in ids
    assert main(["rules", "test", "--rules", str(tmp_path)]) == 0
    write_rule(tmp_path, "mijn/kapot.yml", GOOD.replace("mijn", "x").replace("Daar heb ik een antwoord op.", "Geen commentaar!"))
    assert main(["rules", "test", "--rules", str(tmp_path)]) == 1
    assert "FAIL" in capsys.readouterr().err


def test_bad_rule_pack_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(tmp_path, "x/bad.yml", GOOD + "severity: high\n")
    assert main(["check", "examples/vp-785-2023.txt", "--rules", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "severity" in err and "Traceback" not in err


POS_RULE = """kind: cue
category: general_statement
effect: weakens
patterns:
  - [{POS: NOUN}, {LOWER: stijgt}]
message: "test"
source: "a rule that needs POS"
examples:
  match: ["Het aantal aanvragen stijgt snel ."]
  no_match: ["Het stijgt ."]
"""


def test_rule_that_needs_pos_is_skipped_under_the_default_and_runs_under_a_model(tmp_path: Path, tiny_model: Path) -> None:
    write_rule(tmp_path, "pos/noun-stijgt.yml", POS_RULE)
    rules = load_rules([tmp_path], builtin=False)
    assert rules[0].needs_model
    default = RuleSet(rules, NLP, INFO.has_pos)
    assert [r.id for r in default.skipped] == ["pos.noun-stijgt"] and not default.rules
    model_nlp, model_info = get_pipeline(str(tiny_model))
    assert model_info.has_pos
    with_model = RuleSet(rules, model_nlp, model_info.has_pos)
    assert [r.id for r in with_model.rules] == ["pos.noun-stijgt"]
    hits = with_model.find(model_nlp("Het aantal aanvragen stijgt snel ."))
    assert [h.text for h in hits] == ["aanvragen stijgt"]


def test_skipped_rules_are_noted_in_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(tmp_path, "pos/noun-stijgt.yml", POS_RULE)
    assert main(["check", "examples/vp-785-2023.txt", "--rules", str(tmp_path), "--format", "json"]) == 0
    tool = json.loads(capsys.readouterr().out)["tool"]
    assert tool["skipped_rules"]["rules"] == ["pos.noun-stijgt"] and "POS" in tool["skipped_rules"]["note"]
    assert tool["pipeline"]["name"] == "analyzer-default-nl" and tool["pipeline"]["has_pos"] is False


SENTENCE_EXCEPTION = """kind: ask_type
ask_type: quantity
effect: types
phrases: [hoeveel]
sentence_exceptions:
  - [{LOWER: bent}, {LOWER: u}, {LOWER: bereid}]
message: "aantal"
source: "test"
examples:
  match: ["Hoeveel kost het? Bent u bereid dit te doen?"]
  no_match: ["Bent u bereid te onderzoeken hoeveel het kost?"]
"""


def test_a_sentence_exception_cancels_the_rule_in_its_sentence_only(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/aantal.yml", SENTENCE_EXCEPTION)
    rules = load_rules([tmp_path], builtin=False)
    results = run_examples(RuleSet(rules, NLP, INFO.has_pos))
    assert results and all(r.ok for r in results), [(r.text, r.detail) for r in results if not r.ok]


def test_an_invalid_sentence_exception_is_named(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/bad.yml", SENTENCE_EXCEPTION.replace("{LOWER: bereid}", "{LOWER: bereid, OP: '+-'}"))
    with pytest.raises(RuleError) as err:
        RuleSet(load_rules([tmp_path], builtin=False), NLP, INFO.has_pos)
    assert "sentence exception" in str(err.value) and "x.bad" in str(err.value)


# a quantity ask type with no exception of its own: the shared yes/no frame makes "Bent u bereid ... hoeveel" no count
INCLUDES_FRAME = """kind: ask_type
ask_type: quantity
effect: types
phrases: [hoeveel]
include:
  sentence_exceptions: [yes-no-frame]
message: "aantal"
source: "test"
examples:
  match: ["Hoeveel kost het? Bent u bereid dit te doen?"]
  no_match: ["Bent u bereid te onderzoeken hoeveel het kost?", "Deelt u de mening dat hoeveel het kost niet uitmaakt?"]
"""

OWN_SET = """description: "the pack's own frame: a question about a wish"
patterns:
  - [{LOWER: wilt}, {LOWER: u}]
examples:
  match: ["Wilt u nagaan hoeveel het kost?"]
  no_match: ["Hoeveel kost het?"]
"""


def test_a_rule_includes_a_built_in_pattern_set_after_its_own_patterns(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/aantal.yml", INCLUDES_FRAME.replace("[yes-no-frame]", "[yes-no-frame]\n  exception_patterns: []"))
    (rule,) = load_rules([tmp_path], builtin=False)
    (frame,) = rule.sets
    assert frame.name == "yes-no-frame" and rule.spec.sentence_exceptions == frame.spec.patterns
    results = run_examples(RuleSet((rule,), NLP, INFO.has_pos))
    assert {r.rule.id for r in results} == {"x.aantal", "_shared.yes-no-frame"}  # the set's own examples run too
    assert all(r.ok for r in results), [(r.text, r.detail) for r in results if not r.ok]


def test_a_user_pack_brings_its_own_pattern_sets_and_they_are_no_rules(tmp_path: Path) -> None:
    write_rule(tmp_path, "_shared/wish.yml", OWN_SET)
    own = SENTENCE_EXCEPTION.replace("sentence_exceptions:\n  - [{LOWER: bent}, {LOWER: u}, {LOWER: bereid}]\n", "")
    write_rule(tmp_path, "x/aantal.yml", own.replace("message:", "include:\n  sentence_exceptions: [wish]\nmessage:"))
    rules = load_rules([tmp_path])
    assert not [r for r in rules if r.id.startswith("_")]  # (a set file is not read as a rule)
    (mine,) = [r for r in rules if r.id == "x.aantal"]
    assert [h for h in RuleSet((mine,), NLP, INFO.has_pos).find(NLP("Hoeveel kost het?"))]
    assert not [h for h in RuleSet((mine,), NLP, INFO.has_pos).find(NLP("Wilt u nagaan hoeveel het kost?"))]


def test_an_unknown_pattern_set_is_named_with_the_file_the_key_and_the_sets_known(tmp_path: Path) -> None:
    path = write_rule(tmp_path, "x/aantal.yml", INCLUDES_FRAME.replace("[yes-no-frame]", "[ja-nee]"))
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path], builtin=False)
    msg = str(err.value)
    assert str(path) in msg and "include.sentence_exceptions" in msg and "'ja-nee'" in msg and "yes-no-frame" in msg


def test_include_takes_only_pattern_lists(tmp_path: Path) -> None:
    write_rule(tmp_path, "x/aantal.yml", INCLUDES_FRAME.replace("sentence_exceptions: [yes-no-frame]", "phrases: [yes-no-frame]"))
    with pytest.raises(RuleError, match=r"include\.phrases.*allowed keys: patterns, exception_patterns, sentence_exceptions, answers_asks"):
        load_rules([tmp_path], builtin=False)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (OWN_SET + "severity: high\n", r"key 'severity': unknown key; allowed keys: description, define, patterns, answers_asks, examples"),
        (OWN_SET.replace('  no_match: ["Hoeveel kost het?"]\n', ""), "needs both 'match' and 'no_match' examples"),
        (OWN_SET.replace("{LOWER: u}", "{LOWER: u, OP: '+-'}"), r"key 'patterns\.0': not a spaCy token pattern"),
        ("- [{LOWER: u}]\n", "a pattern set file is a mapping"),
        ('description: "nothing"\n', "needs 'patterns' or 'answers_asks'"),
    ],
)
def test_a_bad_pattern_set_is_named_with_its_file(tmp_path: Path, body: str, message: str) -> None:
    write_rule(tmp_path, "_shared/wish.yml", body)
    with pytest.raises(RuleError, match=message) as err:
        load_rules([tmp_path], builtin=False)
    assert "_shared/wish.yml" in str(err.value)


ASKS_SET = """description: "who pays: the party named answers it"
answers_asks:
  - ask: ['\\bwie\\b[^?]*\\bbetaalt\\b']
    examples: [["Wie betaalt de kosten?", "Daar heb ik geen commentaar op, de gemeente betaalt."]]
"""


def test_rules_share_answered_asks_through_a_pattern_set(tmp_path: Path) -> None:
    """A set of answered asks is written once and holds for every rule that includes it; its examples must be met by
    some rule that includes it, and a rule that only meets asks may not include it."""
    write_rule(tmp_path, "_shared/who-pays.yml", ASKS_SET)
    including = GOOD + "include:\n  answers_asks: [who-pays]\n"
    write_rule(tmp_path, "x/een.yml", including)
    write_rule(
        tmp_path, "x/twee.yml", including.replace('"geen commentaar"', '"geen reactie"').replace("geen commentaar op.", "geen reactie op.")
    )
    rules = load_rules([tmp_path], builtin=False)
    assert all(r.spec.answers("Wie betaalt het?", "De gemeente.") and not r.spec.answers("Hoeveel?", "x") for r in rules)
    results = run_examples(RuleSet(rules, NLP, INFO.has_pos))
    assert [r.rule.id for r in results if " / " in r.text] == ["_shared.who-pays"]  # (run once, for the set)
    assert all(r.ok for r in results), [(r.text, r.detail) for r in results if not r.ok]
    # an example that no including rule fires on fails, naming the set
    write_rule(tmp_path, "_shared/who-pays.yml", ASKS_SET.replace("Daar heb ik geen commentaar op, de", "De"))
    results = run_examples(RuleSet(load_rules([tmp_path], builtin=False), NLP, INFO.has_pos))
    assert [(r.rule.id, r.detail) for r in results if not r.ok] == [
        ("_shared.who-pays", "no rule including the set fires in the answer with the entry holding")
    ]
    # a set without answered asks under that key, and an expectation that includes them, are errors at load
    write_rule(tmp_path, "x/twee.yml", including.replace("[who-pays]", "[yes-no-frame]"))
    with pytest.raises(RuleError, match=r"include\.answers_asks.*'yes-no-frame' holds no answered asks"):
        load_rules([tmp_path])
    write_rule(tmp_path, "x/twee.yml", INCLUDES_FRAME.replace("sentence_exceptions: [yes-no-frame]", "answers_asks: [who-pays]"))
    with pytest.raises(RuleError, match=r"x/twee\.yml:\d+: key 'include\.answers_asks'.*decline, weaken or refer"):
        load_rules([tmp_path], builtin=False)


def test_a_pattern_set_name_is_unique_across_packs(tmp_path: Path) -> None:
    write_rule(tmp_path, "_shared/yes-no-frame.yml", OWN_SET)
    with pytest.raises(RuleError, match=r"pattern set .yes-no-frame. is already defined in \S*rules/_shared/yes-no-frame\.yml"):
        load_rules([tmp_path])


def test_every_built_in_pattern_set_is_used_and_its_examples_pass() -> None:
    sets = load_pattern_sets([rules_dir()])
    assert {"yes-no-frame", "closed-meeting", "where-to-find"} <= set(sets)
    used = {ps.name for r in RULES for ps in r.sets}
    assert used == set(sets), f"pattern sets no rule includes: {set(sets) - used}"
    results = run_set_examples(NLP, sets.values())
    assert results and all(r.ok for r in results), [(r.rule.id, r.text, r.detail) for r in results if not r.ok]


def test_define_holds_yaml_anchors_that_patterns_reuse(tmp_path: Path) -> None:
    body = """kind: cue
category: no_data
effect: declines
define:
  info: &INFO {LEMMA: {IN: [cijfer, gegeven]}}
patterns:
  - [{LOWER: geen}, *INFO]
  - [*INFO, {LOWER: ontbreken}]
message: "geen cijfers"
source: "test"
examples:
  match: ["Er zijn geen cijfers.", "De gegevens ontbreken."]
  no_match: ["Er zijn geen plannen."]
"""
    write_rule(tmp_path, "x/anker.yml", body)
    (rule,) = load_rules([tmp_path], builtin=False)
    assert len(rule.spec.patterns) == 2 and rule.spec.patterns[1][0] == {"LEMMA": {"IN": ["cijfer", "gegeven"]}}
    results = run_examples(RuleSet((rule,), NLP, INFO.has_pos))
    assert all(r.ok for r in results), [(r.text, r.detail) for r in results if not r.ok]


def test_anchored_matching_finds_exactly_what_the_whole_text_holds() -> None:
    """Patterns run only around their anchor words; a Matcher over the whole text must agree, match for match."""
    from spacy.matcher import Matcher

    from analyzer.rules import pattern_anchor, pattern_reach

    from .helpers import CORPUS

    assert pattern_anchor([{"LOWER": "niet"}, {"IS_ALPHA": True, "OP": "{,3}"}, {"LEMMA": {"IN": ["vooruitlopen"]}}]) == frozenset(
        {"vooruitlopen"}
    )
    assert pattern_anchor([{"IS_ALPHA": True}, {"LOWER": "x", "OP": "?"}]) is None
    assert pattern_reach([{"LOWER": "a"}, {"OP": "{,3}"}, {"LOWER": "b", "OP": "!"}]) == 5
    assert pattern_reach([{"LOWER": "a"}, {"OP": "*"}]) == 0
    nlp, info = get_pipeline()
    ruleset = RuleSet(load_rules(), nlp, info.has_pos)
    whole = Matcher(nlp.vocab)
    for r in ruleset.rules:
        if r.spec.patterns:
            whole.add(r.id, r.spec.patterns)
    names = ("vp-785-2023.txt", "tk-ah-20242025-595.txt", "tk-2024Z15900.txt", "tk-ah-20232024-1512.txt")
    for doc in nlp.pipe((CORPUS / name).read_text(encoding="utf-8") for name in names):
        windowed = {(nlp.vocab.strings[rule.id], x, y) for rule, x, y in ruleset.token_matches(doc)}
        assert windowed == set(whole(doc))


def test_anchors_read_a_lower_case_op_and_exceptions_cover_regex_hits(tmp_path: Path) -> None:
    """spaCy accepts ``op`` in lower case: an optional token is no anchor. An exception pattern also
    suppresses a hit that only a regex found."""
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "optional.yml").write_text(
        """kind: cue
category: refusal
effect: declines
patterns:
  - [{LOWER: wij}, {LOWER: zorgvuldig, op: "?"}, {LOWER: geen}]
message: m
source: s
examples: {match: ["wij geen"], no_match: ["jullie geen"]}
""",
        encoding="utf-8",
    )
    (tmp_path / "x" / "regex.yml").write_text(
        """kind: cue
category: no_data
effect: declines
regex: ['geen\\s+gegevens']
exception_patterns:
  - [{LOWER: geen}, {LOWER: gegevens}, {LOWER: nodig}]
message: m
source: s
examples: {match: ["Er zijn geen gegevens."], no_match: ["Wij hebben geen gegevens nodig."]}
""",
        encoding="utf-8",
    )
    nlp, info = get_pipeline()
    ruleset = RuleSet(load_rules([tmp_path], builtin=False), nlp, info.has_pos)
    assert all(r.ok for r in run_examples(ruleset)), [r for r in run_examples(ruleset) if not r.ok]


def test_a_long_phrase_matches_across_glued_words_but_not_inside_a_real_word() -> None:
    """Phrases of eight letters or more also match the text without spaces, so a PDF's glued or broken words do not hide
    them; but a match must stand on word edges or on the seam of two glued words."""

    def found(rule_id: str, text: str) -> list[str]:
        doc = NLP(text)
        return [h.text for h in RULESET.find(doc, None, text) if h.rule.id == rule_id]

    # a compound whose head the phrase is, a glued pair, a plural: found
    assert found("expect.yes-no", "Er zijn geen aanwijzingen dat dit gebeurt.") == ["geen aanwijzingen"]
    assert found("expect.position", "Dit vind ik eenbelangrijk punt.")
    assert found("expect.position", "Het kabinet vindt dit belangrijkis het niet?")
    # inside a real word: not found ("worden al" is no "worden als", "tevreden" no "ontevreden", an adjective's "-e")
    assert found("expect.yes-no", "De aanvragen worden als eerste beoordeeld.") == []
    assert found("expect.position", "De bewoners zijn ontevreden over de bus.") == []
    assert found("expect.position", "Een belangrijke nuance is dat het scenario onwaarschijnlijk is.") == []
    assert found("expect.position", "Dit raakt aan de vrijheid van meningsuiting.") == []
    # a phrase of several words neither starts inside a word nor ends in an ending; a turning prefix glued on is seen
    assert found("expect.yes-no", "Wij zijn met een aantal in gesprek.") == []
    assert found("expect.position", "Er bestaan verschillen van meningen.") == []
    assert found("expect.position", "De bewoners zijnontevreden.") == []
    assert found("expect.yes-no", "De aanvragen wordenals eerste beoordeeld.") == []


def test_a_pointer_or_general_text_may_answer_an_ask_instead(tmp_path: Path) -> None:
    """answers_asks holds for cues that refer or weaken too: a web page is where to find it, the party named is who decides."""
    body = GOOD.replace("effect: declines", "effect: refers").replace("category: refusal", "category: external_reference")
    write_rule(
        tmp_path,
        "x/web.yml",
        body + "answers_asks:\n  - ask: ['\\bwaar\\b']\n    examples: [['Waar?', 'Daar heb ik geen commentaar op.']]\n",
    )
    (rule,) = load_rules([tmp_path], builtin=False)
    assert rule.spec.answers("Waar kan ik terecht?", "Daar heb ik geen commentaar op.")
    assert not rule.spec.answers("Hoeveel kost het?", "Daar heb ik geen commentaar op.")
