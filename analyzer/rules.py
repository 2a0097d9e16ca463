"""Rule files: one YAML file per rule, validated strictly, compiled into spaCy matchers.

A rule's id comes from its path under the rule directory (``rules/declined/geen-aparte-monitoring.yml``
-> ``declined.geen-aparte-monitoring``). Files are read with ``yaml.safe_load`` and validated with a
pydantic model that rejects unknown keys; an error names the file, the key and what is allowed.
Token patterns are checked by spaCy's own validation (``Matcher(validate=True)``).

Kinds (closed set):

* ``cue``: a phrase in the answer that says something about how an ask is answered (no data, a
  refusal, not competent, a deferral, a general statement, a direct negative ...);
* ``reference``: a pointer to another text (``external_reference``: a letter, an earlier answer of
  another document; ``internal_reference``: another answer of this document);
* ``expectation``: what an answer to an ask of a given type contains (a number for a quantity ask,
  a yes/no signal for a polar ask ...);
* ``ask_type``: how to recognise the type of an ask in the question.

Exceptions (pseudo-cues, in the manner of medspaCy's ConText) come in two scopes: ``exceptions`` and
``exception_patterns`` cancel a hit they overlap ("niet bekend met" is no "niet bekend");
``sentence_exceptions`` cancel every hit of the rule in a sentence where they match anywhere ("Bent u
bereid ... te onderzoeken hoeveel ...?" is a yes/no question, not a quantity question).
``define`` holds anything, unused by the engine: a place for YAML anchors (``&NEG``) that the
patterns of the same file reuse (``*NEG``), so one predicate list serves several constructions.

Every rule carries ``examples`` (``match``, ``no_match``, ``known_gap``) that the test suite runs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from itertools import chain
from pathlib import Path
from typing import Any, Literal, cast

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from spacy.attrs import FLAG19, FLAG63, IDX, LEMMA, LENGTH, LOWER, NORM, SENT_START
from spacy.errors import MatchPatternError
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .resources import rules_dir

Kind = Literal["cue", "reference", "expectation", "ask_type"]
Category = Literal[
    "no_data",
    "refusal",
    "not_competent",
    "deferral",
    "external_reference",
    "internal_reference",
    "general_statement",
    "premise_rejected",
    "direct_negative",
    "direct_answer",
]
Effect = Literal["declines", "refers", "follows", "answers", "weakens", "satisfies", "types"]
AskType = Literal["quantity", "polar", "list", "explanation", "time", "opinion", "procedural", "other"]
ASK_TYPES: tuple[AskType, ...] = ("quantity", "polar", "list", "explanation", "time", "opinion", "procedural", "other")
# Token attributes that need a trained model: a rule using them is skipped under the default pipeline.
MODEL_ATTRS = {"POS", "TAG", "DEP", "MORPH"}


class RuleError(Exception):
    """A rule file that cannot be used; the message names the file (and key or rule id)."""


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)
    known_gap: list[str] = Field(default_factory=list)


class RuleModel(BaseModel):
    """The schema of a rule file."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    category: Category | None = None
    effect: Effect
    ask_type: AskType | None = None
    applies_to: list[AskType] = Field(default_factory=lambda: list(ASK_TYPES))
    phrases: list[str] = Field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    regex: list[str] = Field(default_factory=list)
    exceptions: list[str] = Field(default_factory=list)
    exception_patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    sentence_exceptions: list[list[dict[str, Any]]] = Field(default_factory=list)
    define: dict[str, Any] = Field(default_factory=dict)
    weight: float = Field(default=1.0, ge=0.0, le=1.0)
    message: str
    source: str
    examples: Examples

    @field_validator("phrases", "exceptions")
    @classmethod
    def _no_empty(cls, v: list[str]) -> list[str]:
        if any(not s.strip() for s in v):
            raise ValueError("empty phrase")
        return v

    @field_validator("regex")
    @classmethod
    def _safe_regex(cls, v: list[str]) -> list[str]:
        for r in v:
            check_regex(r)
        return v

    @model_validator(mode="after")
    def _consistent(self) -> RuleModel:
        if not (self.phrases or self.patterns or self.regex):
            raise ValueError("a rule needs 'phrases', 'patterns' or 'regex'")
        if self.kind in ("cue", "reference") and self.category is None:
            raise ValueError(f"a {self.kind} rule needs a 'category'")
        if self.kind == "ask_type" and self.ask_type is None:
            raise ValueError("an ask_type rule needs 'ask_type'")
        return self


def check_regex(pattern: str) -> None:
    """Reject invalid regexes and those that could run away: an unbounded repeat inside another one."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regex {pattern!r}: {exc}") from None
    if _nested_unbounded(pattern):
        raise ValueError(f"regex {pattern!r} nests unbounded repeats and could run away (catastrophic backtracking)")


def _nested_unbounded(pattern: str) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    def children(op: Any, av: Any) -> list[Any]:
        if op == c.SUBPATTERN:
            return [av[-1]]
        if op == c.BRANCH:
            return list(av[1])
        if op in (c.ASSERT, c.ASSERT_NOT):
            return [av[1]]
        return []

    def walk(items: Any, inside: bool) -> bool:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                _lo, hi, sub = av
                unbounded = hi == c.MAXREPEAT or hi > 100
                if (unbounded and inside) or walk(sub, inside or unbounded):
                    return True
            elif any(walk(child, inside) for child in children(op, av)):
                return True
        return False

    return walk(parser.parse(pattern), False)


@dataclass(frozen=True)
class Rule:
    id: str
    path: str
    spec: RuleModel

    @property
    def needs_model(self) -> bool:
        pats = self.spec.patterns + self.spec.exception_patterns + self.spec.sentence_exceptions
        return any(key.upper() in MODEL_ATTRS for pat in pats for tok in pat for key in tok)


@dataclass(frozen=True)
class Hit:
    """A rule that fired: the matched words, their character offsets in the analyzed text."""

    rule: Rule
    start: int
    end: int
    text: str
    sentence: tuple[int, int]


def rule_id(rel: str) -> str:
    """``declined/no-data.yml`` -> ``declined.no-data``."""
    return rel.removesuffix(".yml").removesuffix(".yaml").replace("/", ".")


def _walk(root: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for child in sorted(root.iterdir(), key=lambda c: c.name):
        if child.is_dir():
            yield from _walk(child, f"{prefix}{child.name}/")
        elif child.name.endswith((".yml", ".yaml")):
            yield f"{prefix}{child.name}", child


def _format_error(path: str, exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "(file)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = f"unknown key; allowed keys: {', '.join(RuleModel.model_fields)}"
        elif err["type"] == "literal_error" and "expected" in err.get("ctx", {}):
            msg = f"not allowed; expected {err['ctx']['expected']}"
        parts.append(f"key '{loc}': {msg}")
    return f"{path}: " + "; ".join(parts)


def _key_line(text: str, key: str) -> int | None:
    """Line (1-based) where a top-level key is written, for error messages."""
    top = key.split(".")[0]
    for i, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"{re.escape(top)}\s*:", line):
            return i
    return None


def load_rule(path_label: str, text: str, ident: str) -> Rule:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        raise RuleError(f"{path_label}:{where} not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path_label}: a rule file is a mapping of keys (kind, category, effect, ...)")
    try:
        spec = RuleModel.model_validate(data)
    except ValidationError as exc:
        msg = _format_error(path_label, exc)
        first = exc.errors()[0]["loc"]
        line = _key_line(text, str(first[0])) if first else None
        if line is not None:
            msg = msg.replace(f"{path_label}: ", f"{path_label}:{line}: ", 1)
        raise RuleError(msg) from None
    return Rule(ident, path_label, spec)


def load_rules(extra: Sequence[Path] = (), builtin: bool = True) -> tuple[Rule, ...]:
    """The built-in rule pack plus any user packs (``--rules DIR``); ids must be unique."""
    rules: list[Rule] = []
    roots: list[Traversable] = [rules_dir()] if builtin else []
    roots.extend(extra)
    for root in roots:
        if isinstance(root, Path) and not root.is_dir():
            raise RuleError(f"{root}: not a rule directory")
        for rel, file in _walk(root):
            label = f"{root}/{rel}" if isinstance(root, Path) else f"rules/{rel}"
            if isinstance(file, Path) and not file.is_file():
                raise RuleError(f"{label}: not a regular file (a device, a pipe or a socket)")
            rules.append(load_rule(label, file.read_text(encoding="utf-8"), rule_id(rel)))
    seen: dict[str, str] = {}
    for r in rules:
        if r.id in seen:
            raise RuleError(f"{r.path}: rule id '{r.id}' is already defined in {seen[r.id]}")
        seen[r.id] = r.path
    return tuple(rules)


SQUASH_MIN = 8  # phrases this long (squashed) also match across glued or broken words


class _SquashTable(dict[int, str]):
    """Character -> its squashed form (``str.translate`` table), computed on first use of each character."""

    def __missing__(self, code: int) -> str:
        value = "".join(c for c in unicodedata.normalize("NFKD", chr(code).lower()) if c.isalnum() and not unicodedata.combining(c))
        self[code] = value
        return value


_SQUASH = _SquashTable()


def squash(text: str) -> tuple[str, list[int]]:
    """Lower case, accents stripped, only letters and digits; with each character's offset in ``text``.

    PDF extractions glue words ("houdtgeen gegevens bij", "brief van4 november") and break them
    ("hypotheti-sche"); a phrase compared in this form still matches.
    """
    return squashed(text), squash_offsets(text)


def squashed(text: str) -> str:
    """``squash(text)`` without the offsets (one ``str.translate``)."""
    return text.translate(_SQUASH)


def squash_offsets(text: str) -> list[int]:
    """For each character of ``squashed(text)``, its offset in ``text``."""
    if not text:
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    distinct, where = np.unique(codes, return_inverse=True)
    widths = np.array([len(_SQUASH[int(c)]) for c in distinct.tolist()], dtype=np.int64)[where]
    offsets: list[int] = np.repeat(np.arange(len(text)), widths).tolist()
    return offsets


class PhraseIndex:
    """Squashed phrases, each with its values, found together in one pass over a squashed text.

    One Aho-Corasick automaton (``pyahocorasick``) when it is installed; otherwise ``str.find`` per
    phrase. Either way every occurrence is found, overlapping ones too.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], automaton: bool = True) -> None:
        self._values: dict[str, list[Any]] = {}
        for phrase, value in entries:
            self._values.setdefault(phrase, []).append(value)
        self._automaton: Any = None
        if automaton and self._values:
            try:
                import ahocorasick
            except ImportError:  # pragma: no cover - pyahocorasick is a dependency
                return
            auto = ahocorasick.Automaton()
            for phrase, values in self._values.items():
                auto.add_word(phrase, (len(phrase), values))
            auto.make_automaton()
            self._automaton = auto

    def __bool__(self) -> bool:
        return bool(self._values)

    def find(self, text: str) -> Iterator[tuple[int, int, Any]]:
        """Every occurrence (start, end, value) of a phrase in ``text``, in no particular order."""
        if self._automaton is not None:
            for last, (length, values) in self._automaton.iter(text):
                for value in values:
                    yield last + 1 - length, last + 1, value
            return
        for phrase, values in self._values.items():
            pos = text.find(phrase)
            while pos != -1:
                for value in values:
                    yield pos, pos + len(phrase), value
                pos = text.find(phrase, pos + 1)


@dataclass
class RuleSet:
    """Rules compiled for one pipeline; ``find`` runs them over a Doc.

    Short phrases match tokens (``LOWER``); phrases of at least ``SQUASH_MIN`` letters also match
    the squashed text, so glued or broken words in PDF extractions do not hide them. Exceptions
    (pseudo-cues) suppress a hit they overlap.
    """

    rules: tuple[Rule, ...]
    nlp: Language
    has_pos: bool = False
    skipped: tuple[Rule, ...] = ()
    _token_rules: list[tuple[Rule, Matcher, frozenset[str] | None, tuple[int, int]]] = field(
        init=False
    )  # rule, matcher, anchor words, extent
    _exc_rules: list[tuple[Rule, Matcher, frozenset[str] | None, tuple[int, int]]] = field(init=False)  # exception patterns, likewise
    _sent_exc_rules: list[tuple[Rule, Matcher, frozenset[str] | None, tuple[int, int]]] = field(init=False)  # sentence exceptions
    _token_by_kind: dict[str, list[tuple[Rule, Matcher, frozenset[str] | None, tuple[int, int]]]] = field(
        init=False
    )  # _token_rules by rule kind
    _phrases: PhraseMatcher = field(init=False)
    _exc: PhraseMatcher = field(init=False)
    _regex: list[tuple[Rule, re.Pattern[str]]] = field(init=False)
    _squashed: PhraseIndex = field(init=False)  # squashed phrase -> (rule, is exception)
    _by_id: dict[str, Rule] = field(init=False)

    def __post_init__(self) -> None:
        self._token_rules = []
        self._exc_rules = []
        self._sent_exc_rules = []
        self._phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER", validate=True)
        self._exc = PhraseMatcher(self.nlp.vocab, attr="LOWER", validate=True)
        self._regex = []
        squashed_phrases: list[tuple[str, tuple[Rule, bool]]] = []
        active, skipped = [], []
        for r in self.rules:
            if r.needs_model and not self.has_pos:
                skipped.append(r)
                continue
            active.append(r)
            for table, pats, what in (
                (self._token_rules, r.spec.patterns, "token pattern"),
                (self._exc_rules, r.spec.exception_patterns, "exception pattern"),
                (self._sent_exc_rules, r.spec.sentence_exceptions, "sentence exception"),
            ):
                if not pats:
                    continue
                try:
                    table.extend(self._anchored(r, pats))  # spaCy checks the patterns, with its own messages
                except (MatchPatternError, ValueError, KeyError) as exc:
                    detail = " ".join(ln.strip() for ln in str(exc).splitlines() if ln.strip().startswith("-"))
                    raise RuleError(f"{r.path}: invalid {what} in rule '{r.id}': {detail or str(exc).strip()}") from None
            if r.spec.phrases:
                self._phrases.add(r.id, [self.nlp.make_doc(x) for x in r.spec.phrases])
            if r.spec.exceptions:
                self._exc.add(r.id, [self.nlp.make_doc(x) for x in r.spec.exceptions])
            for phrase in r.spec.phrases:
                sq = squashed(phrase)
                if len(sq) >= SQUASH_MIN:
                    squashed_phrases.append((sq, (r, False)))
            for phrase in r.spec.exceptions:
                sq = squashed(phrase)
                if len(sq) >= SQUASH_MIN:
                    squashed_phrases.append((sq, (r, True)))
            for rx in r.spec.regex:
                self._regex.append((r, re.compile(rx, re.I)))
        self._squashed = PhraseIndex(squashed_phrases)
        self._token_by_kind = {}
        for group in self._token_rules:
            self._token_by_kind.setdefault(group[0].spec.kind, []).append(group)
        self.rules = tuple(active)
        self.skipped = tuple(skipped)
        self._by_id = {r.id: r for r in active}

    def _anchored(
        self, rule: Rule, patterns: list[list[dict[str, Any]]]
    ) -> list[tuple[Rule, Matcher, frozenset[str] | None, tuple[int, int]]]:
        """Patterns grouped by anchor: one matcher per anchor word set (with the farthest extent of its
        patterns before and after the anchor word), one for the patterns that must run everywhere (unbounded or without anchor)."""
        groups: dict[frozenset[str] | None, tuple[list[list[dict[str, Any]]], tuple[int, int]]] = {}
        for pattern in patterns:
            reach = pattern_reach(pattern)
            anchor = pattern_anchor(pattern) if reach > 0 else None
            extent = anchor_extent(pattern) if anchor is not None else (0, 0)
            pats, most = groups.get(anchor, ([], (0, 0)))
            groups[anchor] = ([*pats, pattern], (max(most[0], extent[0]), max(most[1], extent[1])))
        out = []
        for anchor, (pats, extent) in groups.items():
            if anchor is None:
                # these run on every token: their word predicates become lexeme flags that the Matcher
                # compares in C, instead of a Python call per token (checked as written first)
                errors = {i: validate_token_pattern(p) for i, p in enumerate(pats)}
                if any(errors.values()):
                    raise MatchPatternError(rule.id, errors)  # type: ignore[no-untyped-call]
                matcher = Matcher(self.nlp.vocab, validate=False)
                matcher.add(rule.id, [word_flags(self.nlp.vocab).compile(p) for p in pats])
            else:
                matcher = Matcher(self.nlp.vocab, validate=True)
                matcher.add(rule.id, pats)
            out.append((rule, matcher, anchor, extent))
        return out

    def token_matches(self, doc: Doc, kinds: set[str] | None = None, at: dict[str, list[int]] | None = None) -> list[tuple[Rule, int, int]]:
        """Every token-pattern match (rule, first token, end token) of the rules of ``kinds``."""
        if kinds is None:
            return _matches(self._token_rules, doc, _ALL, at)
        return _matches([g for kind in sorted(kinds) for g in self._token_by_kind.get(kind, ())], doc, _ALL, at)

    def of_kind(self, *kinds: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.spec.kind in kinds)

    def find(self, doc: Doc, kinds: Iterable[str] | None = None) -> list[Hit]:
        """All hits in ``doc`` (character offsets into ``doc.text``), exceptions applied."""
        wanted = set(kinds) if kinds is not None else None
        text = doc.text  # spaCy rebuilds Doc.text on every access: read it once

        def keep(rule: Rule | None) -> bool:
            return rule is not None and (wanted is None or rule.spec.kind in wanted)

        at = _positions(doc)  # where each word form stands, for the anchored patterns
        raw = [(rule, doc[x:y].start_char, doc[x:y].end_char) for rule, x, y in self.token_matches(doc, wanted, at)]
        for match_id, s, e in _run(self._phrases, doc):
            phrase_rule = self._by_id.get(self.nlp.vocab.strings[match_id])
            if phrase_rule is not None and keep(phrase_rule):
                raw.append((phrase_rule, doc[s:e].start_char, doc[s:e].end_char))
        exc_spans: dict[str, list[tuple[int, int]]] = {}
        for match_id, s, e in _run(self._exc, doc):
            exc_spans.setdefault(self.nlp.vocab.strings[match_id], []).append((doc[s:e].start_char, doc[s:e].end_char))
        if self._squashed:
            offs: list[int] | None = None  # computed on the first hit only
            for x, y, (rule, is_exc) in self._squashed.find(squashed(text)):
                if not keep(rule):
                    continue
                if offs is None:
                    offs = squash_offsets(text)
                a, b = offs[x], offs[y - 1] + 1
                if is_exc:
                    exc_spans.setdefault(rule.id, []).append((a, b))
                else:
                    raw.append((rule, a, b))
        for rule, rx in self._regex:
            if keep(rule):
                raw.extend((rule, m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start())
        # exception patterns only matter for a rule that matched (by a pattern, a phrase or a regex)
        found = {rule.id for rule, _a, _b in raw}
        for rule, s, e in _matches(self._exc_rules, doc, lambda r: r.id in found, at):
            exc_spans.setdefault(rule.id, []).append((doc[s:e].start_char, doc[s:e].end_char))
        hits: dict[tuple[str, int, int], Hit] = {}
        sentences = _sentences(doc) if raw else []
        starts = [a for a, _ in sentences]
        # sentence exceptions: (rule id, sentence start) of every sentence where one matched
        matched = {rule.id for rule, _a, _b in raw}
        sent_exc = {
            (rule.id, _sentence_of(sentences, starts, doc[s].idx)[0])
            for rule, s, _e in _matches(self._sent_exc_rules, doc, lambda r: r.id in matched, at)
        }
        for rule, a, b in raw:
            if any(not (b <= x or y <= a) for x, y in exc_spans.get(rule.id, [])):
                continue  # a pseudo-cue: an exception overlaps the cue
            if sent_exc and (rule.id, _sentence_of(sentences, starts, a)[0]) in sent_exc:
                continue  # the sentence has a construction that overrides the rule ("Bent u bereid ... hoeveel")
            hits.setdefault((rule.id, a, b), Hit(rule, a, b, text[a:b], _sentence_of(sentences, starts, a)))
        # keep the longest of overlapping hits of the same rule
        out: list[Hit] = []
        for h in sorted(hits.values(), key=lambda h: (h.rule.id, h.start, -(h.end - h.start))):
            if out and out[-1].rule.id == h.rule.id and h.start < out[-1].end:
                continue
            out.append(h)
        return sorted(out, key=lambda h: (h.start, h.rule.id))


_FLAG_ATTRS = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}  # pattern key -> the lexeme text it reads


class WordFlags:
    """Token-pattern predicates on a word's own text, as lexeme flags of one vocabulary.

    ``{"LOWER": {"IN": [...]}}``, ``NOT_IN`` and ``REGEX`` on ``LOWER``, ``ORTH`` or ``TEXT`` depend on
    the word alone, so each becomes a flag (``vocab.add_flag``) computed once per vocabulary entry,
    and the Matcher compares it in C: ``{"FLAG20": True}`` (``False`` for ``NOT_IN``). The same
    predicate gets the same flag in every rule set of the vocabulary. spaCy has 45 free flags
    (``FLAG19``-``FLAG63``); a predicate beyond them stays as written.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._flags: dict[tuple[str, str, object], int] = {}
        self._getters: dict[int, object] = vocab.lex_attr_getters  # type: ignore[attr-defined]  # missing from spaCy's vocab.pyi
        getter = cast(Callable[[str], str] | None, self._getters.get(LOWER))
        self._lower: Callable[[str], str] = getter if getter is not None else str.lower

    def compile(self, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``pattern`` with its word predicates replaced by flags (as far as flags are free)."""
        return [self._token(token) for token in pattern]

    def _token(self, token: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in token.items():
            attr = _FLAG_ATTRS.get(key.upper()) if isinstance(key, str) else None
            flags = self._predicates(attr, value) if attr is not None and isinstance(value, dict) else None
            if flags is None:
                out[key] = value
            else:
                out.update(flags)
        return out

    def _predicates(self, attr: str, value: dict[str, Any]) -> dict[str, bool] | None:
        """``{"FLAGn": wanted, ...}`` for every predicate of ``value``, or None if one cannot be a flag."""
        out: dict[str, bool] = {}
        for op, arg in value.items():
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                flag = self._flag((attr, "IN", frozenset(arg)))
                wanted = op == "IN"
            elif op == "REGEX" and isinstance(arg, str):
                flag = self._flag((attr, "REGEX", arg))
                wanted = True
            else:
                return None
            if flag is None or f"FLAG{flag}" in out:
                return None
            out[f"FLAG{flag}"] = wanted
        return out or None

    def _flag(self, key: tuple[str, str, object]) -> int | None:
        flag = self._flags.get(key)
        if flag is not None:
            return flag
        free = [i for i in range(FLAG19, FLAG63 + 1) if i not in self._getters]
        if not free:
            return None
        attr, op, arg = key
        text: Callable[[str], str] = self._lower if attr == "LOWER" else str
        getter: Callable[[str], bool]
        if op == "IN":
            words = frozenset(cast(frozenset[str], arg))
            getter = lambda s: text(s) in words  # noqa: E731
        else:
            rx = re.compile(cast(str, arg))
            getter = lambda s: rx.search(text(s)) is not None  # noqa: E731
        flag = self._flags[key] = self.vocab.add_flag(getter, free[0])
        return flag


_WORD_FLAGS: dict[int, WordFlags] = {}


def word_flags(vocab: Vocab) -> WordFlags:
    """The flags of ``vocab`` (one ``WordFlags`` per vocabulary, shared by its rule sets)."""
    found = _WORD_FLAGS.get(id(vocab))
    if found is None or found.vocab is not vocab:
        found = _WORD_FLAGS[id(vocab)] = WordFlags(vocab)
    return found


_WORD_KEYS = ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM")
# Dutch function words: an anchor made of them is found almost everywhere
_COMMON = frozenset(STOP_WORDS) | {"zijn", "worden", "hebben", "zullen", "kunnen", "gaan", "komen", "niet", "geen"}


def _op(token: dict[str, Any]) -> object:
    """A pattern token's operator; spaCy accepts the key as ``OP`` or ``op``."""
    return next((v for k, v in token.items() if k.upper() == "OP"), None)


def _op_range(op: object) -> tuple[int, int | None]:
    """How many tokens a pattern token with this ``OP`` takes: (least, most or None for unbounded)."""
    if op is None or op == "!":  # a negated token still takes one token
        return (1, 1)
    if op == "?":
        return (0, 1)
    if op in ("+", "*"):
        return (1 if op == "+" else 0, None)
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", str(op))
    if not m:
        return (0, None)
    lo = int(m.group(1) or 0)
    if not m.group(2):
        return (lo, lo)
    return (lo, int(m.group(3)) if m.group(3) else None)


def pattern_reach(pattern: list[dict[str, Any]]) -> int:
    """The most tokens a match of ``pattern`` can span; 0 when unbounded ("+", "*", "{n,}")."""
    total = 0
    for token in pattern:
        most = _op_range(_op(token))[1]
        if most is None:
            return 0
        total += most
    return total


def pattern_anchor(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """Words (lower case) of which a text must hold at least one where ``pattern`` matches.

    The smallest word set of a token the pattern cannot skip, read from its ``LOWER``, ``LEMMA``,
    ``ORTH``, ``TEXT`` or ``NORM`` value or ``IN`` list; ``None`` when no such token names its words.
    """
    return _anchor_token(pattern)[0]


def _anchor_token(pattern: list[dict[str, Any]]) -> tuple[frozenset[str] | None, int]:
    """``pattern_anchor(pattern)`` and the index of the pattern token it is read from (-1 if none)."""
    best: frozenset[str] | None = None
    at = -1
    for index, token in enumerate(pattern):
        op = _op(token)
        if op == "!" or _op_range(op)[0] < 1:
            continue
        for key, value in token.items():
            if key.upper() not in _WORD_KEYS:
                continue
            if isinstance(value, str):
                found = frozenset([value.lower()])
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                found = frozenset(str(v).lower() for v in value["IN"])
            else:
                continue
            if best is None or _rarity(found) < _rarity(best):
                best, at = found, index
    return best, at


def anchor_extent(pattern: list[dict[str, Any]]) -> tuple[int, int]:
    """The most tokens a match of a bounded ``pattern`` can have before and after its anchor word.

    Measured from a word that matches the anchor token (``pattern_anchor``); when that token repeats
    (``{1,3}``), the word may stand in any repetition, so the other repetitions count on both sides.
    """
    _anchor, at = _anchor_token(pattern)
    most = [_op_range(_op(token))[1] for token in pattern]
    if at < 0 or any(m is None for m in most):
        raise ValueError("anchor_extent needs a bounded pattern with an anchor")
    sizes = [m or 0 for m in most]
    extra = sizes[at] - 1
    return sum(sizes[:at]) + extra, sum(sizes[at + 1 :]) + extra


def _rarity(words: frozenset[str]) -> tuple[int, int]:
    """Orders anchor candidates: fewer very common words first ("vooruitlopen" before "zijn"), then fewer words."""
    return (sum(w in _COMMON for w in words), len(words))


def _ALL(rule: Rule) -> bool:
    return True


def _matches(
    table: list[tuple[Rule, Matcher, frozenset[str] | None, tuple[int, int]]],
    doc: Doc,
    include: Callable[[Rule], bool],
    at: dict[str, list[int]] | None = None,
) -> list[tuple[Rule, int, int]]:
    """Every match (rule, first token, end token) of the pattern groups in ``table`` whose rule is included.

    The Matcher tries every pattern at every token, so a pattern that needs one of a few words is run
    only on the windows around those words, as far as a match can reach; the matches are the same as
    over the whole text.
    """
    found: list[tuple[Rule, int, int]] = []
    for rule, matcher, anchor, extent in table:
        if not include(rule):
            continue
        if anchor is None:
            found.extend((rule, x, y) for _m, x, y in matcher(doc))
            continue
        if at is None:
            at = _positions(doc)
        present = anchor & at.keys()  # the anchor words the doc holds (a set operation, not a loop over the anchor)
        if not present:
            continue
        for a, b in _windows(sorted(chain.from_iterable(at[w] for w in present)), extent, len(doc)):
            found.extend((rule, a + x, a + y) for _m, x, y in matcher(doc[a:b]))
    return found


_FORM: dict[int, str] = {}  # string hash -> the string lower-cased (a hash names one string in every vocab)


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token indices by every form an anchor can name: lower case, lemma (lower case), norm."""
    at: dict[str, list[int]] = {}
    if not len(doc):
        return at
    strings = doc.vocab.strings
    form = _FORM

    def word(h: int) -> str:
        found = form.get(h)
        if found is None:
            found = form[h] = strings[h].lower() if h else ""
        return found

    for i, (low, lemma, norm) in enumerate(doc.to_array([LOWER, LEMMA, NORM]).tolist()):
        a = word(low)
        at.setdefault(a, []).append(i)
        b = a if lemma == low else word(lemma)
        if b != a:
            at.setdefault(b, []).append(i)
        if norm != low and norm != lemma:
            c = word(norm)
            if c != a and c != b:
                at.setdefault(c, []).append(i)
    return at


def _windows(indices: list[int], extent: tuple[int, int], n: int) -> list[tuple[int, int]]:
    """Token ranges that hold every match through one of ``indices``: ``extent`` tokens before and
    after each (``anchor_extent``), merged where they overlap."""
    before, after = extent
    out: list[tuple[int, int]] = []
    for i in indices:
        a, b = max(0, i - before), min(n, i + 1 + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _run(matcher: Matcher | PhraseMatcher, doc: Doc) -> list[tuple[int, int, int]]:
    """A matcher's (id, start, end) matches; an empty matcher is not run (spaCy warns about it)."""
    return list(matcher(doc)) if len(matcher) else []


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) character offsets, computed once per Doc."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [(0, len(doc.text))]
    if "sents" in doc.user_hooks:
        return [(sent.start_char, sent.end_char) for sent in doc.sents]
    # doc.sents, read off arrays: a sentence starts at token 0 and at every token marked as a start
    cols = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
    firsts = [0, *(int(i) for i in np.flatnonzero(cols[1:, 0] == 1) + 1)]
    idx, length = cols[:, 1].tolist(), cols[:, 2].tolist()
    ends = [*firsts[1:], len(idx)]
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in zip(firsts, ends, strict=True)]


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], char: int) -> tuple[int, int]:
    i = max(0, bisect.bisect_right(starts, char) - 1)
    return sentences[i]


@dataclass(frozen=True)
class ExampleResult:
    rule: Rule
    kind: Literal["match", "no_match", "known_gap", "missing"]
    text: str
    ok: bool
    detail: str = ""


def run_examples(ruleset: RuleSet) -> list[ExampleResult]:
    """Every rule's examples: ``match`` must fire, ``no_match`` must not, ``known_gap`` must still fail."""
    results: list[ExampleResult] = []
    for rule in ruleset.rules:
        ex = rule.spec.examples
        if not ex.match or not ex.no_match:
            results.append(ExampleResult(rule, "missing", "", False, "a rule needs both 'match' and 'no_match' examples"))
        for kind, texts, expect in (("match", ex.match, True), ("no_match", ex.no_match, False), ("known_gap", ex.known_gap, False)):
            for text in texts:
                doc = ruleset.nlp(text)
                fired = [h for h in ruleset.find(doc) if h.rule.id == rule.id]
                ok = bool(fired) == expect
                detail = ""
                if not ok and kind == "known_gap":
                    detail = "known gap now matches: move it to 'match'"
                elif not ok:
                    detail = "did not match" if expect else f"matched {fired[0].text!r}"
                results.append(ExampleResult(rule, kind, text, ok, detail))  # type: ignore[arg-type]
    return results
