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
Patterns that several rules share live once, as a *pattern set* in ``_shared/<name>.yml`` at the top of
a rule pack (``description``, ``patterns``, ``examples``; the set's own examples are run too); a rule takes
them with ``include: {sentence_exceptions: [<name>]}`` (or ``patterns``, ``exception_patterns``), appended
after its own. A set may hold ``answers_asks`` instead (or too), that rules take with ``include: {answers_asks: [<name>]}``;
each of its examples is met by some rule that includes it. A directory whose name starts with ``_`` holds no rules.

A decline cue's token patterns take inserted sentence adverbials between two of their words, whatever the rule
writes: "kunnen tot mijn spijt op dit moment niet binnen de termijn worden beantwoord", "is helaas niet aan mij", "wordt
momenteel niet beheerd door" (:func:`with_insertions`, the words in :data:`INSERTED`).

Every rule carries ``examples`` (``match``, ``no_match``, ``known_gap``) that the test suite runs.
"""

from __future__ import annotations

import bisect
import importlib
import re
import signal
import stat
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from itertools import chain, compress
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from spacy.attrs import FLAG19, FLAG63, IDS, LEMMA, LOWER, NORM, ORTH, SENT_START
from spacy.errors import MatchPatternError
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan
from spacy.vocab import Vocab

from .clean import _document_words, _lexicon
from .resources import rules_dir
from .safe_text import shown

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
AskType = Literal["quantity", "polar", "list", "action", "explanation", "time", "opinion", "procedural", "other"]
ASK_TYPES: tuple[AskType, ...] = ("quantity", "polar", "list", "action", "explanation", "time", "opinion", "procedural", "other")
_M = TypeVar("_M", bound=BaseModel)
# Token attributes that need a trained model: a rule using them is skipped under the default pipeline.
MODEL_ATTRS = {"POS", "TAG", "DEP", "MORPH"}


class RuleError(Exception):
    """A rule file that cannot be used; the message names the file (and key or rule id)."""


# Seconds one :meth:`RuleSet.find` may take. The load-time check rejects the classic runaway regex
# shapes, not all of them (bounded nested repeats, conditional groups, polynomial ``.*.*.*``,
# overlapping alternation, a token pattern's REGEX): past the budget the rule that is running is
# stopped and named. A real find over a 5 MB text takes well under a second.
RULE_TIME_BUDGET = 10.0
# ``signal.signal`` without its enum conversions (see _Budget)
_set_handler = cast(Callable[[int, Any], Any], importlib.import_module("_signal").signal)


class RuleTimeout(Exception):
    """A rule that ran over :data:`RULE_TIME_BUDGET` on one text; the document becomes a ``rule-timeout`` error."""

    def __init__(self, rule: Rule | None, seconds: float) -> None:
        what = f"rule '{rule.id}' ({rule.path})" if rule is not None else "the rules"
        super().__init__(
            f"{what} ran over {seconds:g} s on this document (a regex or pattern that backtracks without end?); fix or remove it"
        )
        self.rule = rule


class _Budget:
    """A time limit over a block of rule matching (SIGALRM, so it stops a regex inside ``re`` or spaCy's
    matcher too); ``running`` names the rule to blame. Only in the main thread of a process on a
    system with ``setitimer``; elsewhere the block runs unguarded. An outer timer is restored.

    The handler is set and restored with ``_signal.signal`` (the C function behind ``signal.signal``),
    which takes and returns the same handlers: ``signal.signal`` also converts them to enum members,
    through a ``ValueError`` for a function, which cost 3.1 of the 4.6 µs per find (about 24 finds per
    document)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.running: Rule | None = None
        self._active = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def _expired(self, signum: int, frame: object) -> None:
        raise RuleTimeout(self.running, self.seconds)

    def __enter__(self) -> _Budget:
        if self._active:
            self._previous = _set_handler(signal.SIGALRM, self._expired)
            self._began = time.monotonic()
            self._outer = signal.setitimer(signal.ITIMER_REAL, self.seconds)[0]
        return self

    def __exit__(self, *exc: object) -> None:
        if self._active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _set_handler(signal.SIGALRM, self._previous)
            if self._outer > 0:  # someone else's alarm: give it what is left of its time
                signal.setitimer(signal.ITIMER_REAL, max(self._outer - (time.monotonic() - self._began), 0.001))


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)
    known_gap: list[str] = Field(default_factory=list)


class AnsweredAsk(BaseModel):
    """An ask that a cue of the rule answers instead of declining it, weakening its answer or pointing away from it: "Wie is
    verantwoordelijk voor ...?" is answered by "Het onderhoud valt onder de bevoegdheid van het waterschap", which declines
    "Hoeveel kost het onderhoud?"; "Waar kunnen ouders terecht?" by a web page named."""

    model_config = ConfigDict(extra="forbid")

    # the ask says what the cue gives (regexes, any case; one is enough)
    ask: list[str]
    # ... and the cue's sentence says it (regexes, any case; one is enough; none: any sentence)
    sentence: list[str] = Field(default_factory=list)
    # (ask, answer) pairs: the rule fires in the answer, and the ask and the answer meet this entry
    examples: list[tuple[str, str]]

    @field_validator("ask", "sentence")
    @classmethod
    def _safe(cls, v: list[str]) -> list[str]:
        for r in v:
            if not r.strip():
                raise ValueError("empty regex")
            check_regex(r)
        return v

    @model_validator(mode="after")
    def _complete(self) -> AnsweredAsk:
        if not self.ask:
            raise ValueError("an answered ask needs an 'ask' regex")
        if not self.examples:
            raise ValueError("an answered ask needs 'examples' (ask, answer)")
        return self


class PatternSetModel(BaseModel):
    """The schema of a pattern set (``_shared/<name>.yml``): token patterns, or answered asks, that several rules include."""

    model_config = ConfigDict(extra="forbid")

    description: str
    define: dict[str, Any] = Field(default_factory=dict)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    # asks that the cues of every rule including the set answer (each entry's examples are met by some rule including it)
    answers_asks: list[AnsweredAsk] = Field(default_factory=list)
    examples: Examples = Field(default_factory=Examples)

    @model_validator(mode="after")
    def _both_examples(self) -> PatternSetModel:
        if not self.patterns and not self.answers_asks:
            raise ValueError("a pattern set needs 'patterns' or 'answers_asks'")
        if self.patterns and (not self.examples.match or not self.examples.no_match):
            raise ValueError("a pattern set needs both 'match' and 'no_match' examples")
        return self


class IncludeModel(BaseModel):
    """A rule's ``include``: the pattern sets appended to each of its pattern lists."""

    model_config = ConfigDict(extra="forbid")

    patterns: list[str] = Field(default_factory=list)
    exception_patterns: list[str] = Field(default_factory=list)
    sentence_exceptions: list[str] = Field(default_factory=list)
    answers_asks: list[str] = Field(default_factory=list)


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
    include: IncludeModel = Field(default_factory=IncludeModel)
    weight: float = Field(default=1.0, ge=0.0, le=1.0)
    # an expectation met only about what the ask names: the words it matches and the few after it (the thing
    # denied in "Er zijn geen evaluaties voorzien") share a content word with the ask; "stance": the few before it too
    # (what a view is on usually comes first: "Deze wachtlijsten zijn onacceptabel"), or the sentence points back to what
    # was asked ("Dat baart mij zorgen.")
    about_ask: bool | Literal["stance"] = False
    # an expectation met only for asks that name one of these words or phrases (whole words, any case): "Hier
    # hadden wij nog geen melding van ontvangen" says no to "Is het college op de hoogte van ...?", not to "Heeft de stad
    # de ambitie ...?"
    ask_words: list[str] = Field(default_factory=list)
    # cues that decline, weaken or refer: asks the cue answers instead (the competent body names who is responsible; "wordt
    # momenteel uitgevoerd" is the state of affairs asked; a web page is where to find it)
    answers_asks: list[AnsweredAsk] = Field(default_factory=list)
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
        if self.about_ask and self.kind != "expectation":
            raise ValueError("'about_ask' is for expectation rules")
        if self.ask_words and self.kind != "expectation":
            raise ValueError("'ask_words' is for expectation rules")
        if any(not w.strip() or w != w.lower() for w in self.ask_words):
            raise ValueError("'ask_words' are lower-case words or phrases")
        if self.answers_asks and self.effect not in ("declines", "weakens", "refers"):
            raise ValueError("'answers_asks' is for rules that decline, weaken or refer")
        return self

    def answers(self, ask: str, sentence: str) -> bool:
        """Whether a hit of this rule in ``sentence`` answers ``ask`` (an entry of ``answers_asks`` meets both)."""
        return any(
            any(re.search(r, ask, re.I) for r in entry.ask)
            and (not entry.sentence or any(re.search(r, sentence, re.I) for r in entry.sentence))
            for entry in self.answers_asks
        )


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
    spec: RuleModel  # (its pattern lists hold the included sets' patterns after its own)
    sets: tuple[PatternSet, ...] = ()  # the pattern sets it includes

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


@dataclass(frozen=True)
class PatternSet:
    """A named list of token patterns that rules include (``_shared/<name>.yml``)."""

    name: str
    path: str
    spec: PatternSetModel

    @property
    def id(self) -> str:
        return f"{SHARED_DIR}.{self.name}"


SHARED_DIR = "_shared"


def rule_id(rel: str) -> str:
    """``declined/no-data.yml`` -> ``declined.no-data``."""
    return rel.removesuffix(".yml").removesuffix(".yaml").replace("/", ".")


RULE_FILE_MAX_BYTES = 1 << 20  # a rule file is a page of YAML; 1 MB is far beyond any real one
RULE_FILES_MAX = 10_000
RULE_VALUES_MAX = 100_000  # values of one rule file with every alias expanded (an alias bomb has 10^9)


def _walk(root: Traversable, prefix: str = "", above: tuple[tuple[int, int], ...] = ()) -> Iterator[tuple[str, Traversable]]:
    """The rule files under ``root``, sorted; a directory symlink that leads back to a directory above
    it is an error (it would repeat every rule under it, and nested loops grow exponentially)."""
    if isinstance(root, Path):
        try:
            st = root.stat()
        except OSError as exc:
            raise RuleError(f"{shown(root)}: cannot be read ({exc.strerror})") from None
        here = (st.st_dev, st.st_ino)
        if here in above:
            raise RuleError(f"{shown(root)}: a directory symlink loop (it leads back to a directory above it)")
        above = (*above, here)
    try:
        children = sorted(root.iterdir(), key=lambda c: c.name)
    except OSError as exc:
        raise RuleError(f"{shown(str(root))}: cannot be read ({exc.strerror})") from None
    for child in children:
        if child.is_dir():
            if not child.name.startswith("_"):  # (pattern sets and the like: no rules)
                yield from _walk(child, f"{prefix}{child.name}/", above)
        elif child.name.endswith((".yml", ".yaml")):
            yield f"{prefix}{child.name}", child


def _read_rule_file(label: str, file: Traversable) -> str:
    """A rule file's text: a regular file, at most ``RULE_FILE_MAX_BYTES``, UTF-8; anything else is a :class:`RuleError`."""
    try:
        if isinstance(file, Path):
            if not stat.S_ISREG(file.stat().st_mode):
                raise RuleError(f"{label}: not a regular file (a device, a pipe or a socket)")
            with file.open("rb") as fh:
                data = fh.read(RULE_FILE_MAX_BYTES + 1)  # bounded, whatever stat() said
        else:
            data = file.read_bytes()
    except OSError as exc:
        raise RuleError(f"{label}: cannot be read ({exc.strerror})") from None
    if len(data) > RULE_FILE_MAX_BYTES:
        raise RuleError(f"{label}: over {RULE_FILE_MAX_BYTES} bytes; a rule file is one rule")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(f"{label}: not UTF-8 text (byte {exc.start}); save the rule file as UTF-8") from None


def _expanded_size(value: Any, limit: int) -> int:
    """How many values ``value`` holds with every YAML alias expanded, counted without expanding (up to ``limit``)."""
    memo: dict[int, int] = {}

    def size(v: Any, depth: int) -> int:
        if not isinstance(v, dict | list):
            return 1
        if id(v) in memo:
            return memo[id(v)]
        if depth > 200:
            return limit + 1
        children = [*v.keys(), *v.values()] if isinstance(v, dict) else v
        total = 1
        for c in children:
            total += size(c, depth + 1)
            if total > limit:
                break
        memo[id(v)] = total
        return total

    return size(value, 0)


def _format_error(path: str, exc: ValidationError, model: type[BaseModel] = RuleModel) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "(file)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            inner = IncludeModel if err["loc"][:1] == ("include",) and model is RuleModel else model
            msg = f"unknown key; allowed keys: {', '.join(inner.model_fields)}"
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


def _load_yaml(path_label: str, text: str, what: str) -> dict[str, Any]:
    """A rule or pattern-set file's mapping, read with ``safe_load``; anything else is a :class:`RuleError`."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        raise RuleError(f"{path_label}:{where} not valid YAML ({getattr(exc, 'problem', exc)})") from None
    except RecursionError:
        raise RuleError(f"{path_label}: not valid YAML (nested too deeply)") from None
    if _expanded_size(data, RULE_VALUES_MAX) > RULE_VALUES_MAX:
        raise RuleError(f"{path_label}: over {RULE_VALUES_MAX} values with its aliases expanded (an alias bomb?); a rule file is one rule")
    if not isinstance(data, dict):
        raise RuleError(
            f"{path_label}: a {what} file is a mapping of keys ({'description, patterns, examples' if what == 'pattern set' else 'kind, category, effect, ...'})"
        )
    return data


def _validated(model: type[_M], path_label: str, text: str, data: dict[str, Any]) -> _M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        msg = _format_error(path_label, exc, model)
        first = exc.errors()[0]["loc"]
        line = _key_line(text, str(first[0])) if first else None
        if line is not None:
            msg = msg.replace(f"{path_label}: ", f"{path_label}:{line}: ", 1)
        raise RuleError(msg) from None


def load_pattern_set(path_label: str, text: str, name: str) -> PatternSet:
    data = _load_yaml(path_label, text, "pattern set")
    spec = _validated(PatternSetModel, path_label, text, data)
    for n, pattern in enumerate(spec.patterns):
        errors = validate_token_pattern(pattern)
        if errors:
            raise RuleError(f"{path_label}: key 'patterns.{n}': not a spaCy token pattern ({'; '.join(errors)})")
    return PatternSet(name, path_label, spec)


def load_rule(path_label: str, text: str, ident: str, sets: dict[str, PatternSet] | None = None) -> Rule:
    """A rule from its file's text; ``sets``: the pattern sets its ``include`` may name."""
    spec = _validated(RuleModel, path_label, text, _load_yaml(path_label, text, "rule"))
    included: dict[str, list[Any]] = {}
    used: dict[str, PatternSet] = {}
    for key, names in spec.include:
        for name in names:
            found = (sets or {}).get(name)
            line = _key_line(text, "include")
            where = f"{path_label}:{line}" if line is not None else path_label
            if found is None:
                known = ", ".join(sorted(sets or {})) or "none"
                raise RuleError(f"{where}: key 'include.{key}': no pattern set '{name}' in {SHARED_DIR}/ (known: {known})")
            held = found.spec.answers_asks if key == "answers_asks" else found.spec.patterns
            if not held:
                what = "answered asks" if key == "answers_asks" else "patterns"
                raise RuleError(f"{where}: key 'include.{key}': pattern set '{name}' holds no {what}")
            if key == "answers_asks" and spec.effect not in ("declines", "weakens", "refers"):
                raise RuleError(f"{where}: key 'include.{key}': 'answers_asks' is for rules that decline, weaken or refer")
            included.setdefault(key, []).extend(held)
            used[name] = found
    if included:
        spec = spec.model_copy(update={key: [*getattr(spec, key), *pats] for key, pats in included.items()})
    return Rule(ident, path_label, spec, tuple(used.values()))


def _label(root: Traversable, rel: str) -> str:
    return shown(f"{root}/{rel}") if isinstance(root, Path) else f"rules/{rel}"


def load_pattern_sets(roots: Sequence[Traversable]) -> dict[str, PatternSet]:
    """The pattern sets of every pack (``_shared/<name>.yml``), by name; a name must be unique across packs."""
    sets: dict[str, PatternSet] = {}
    for root in roots:
        shared = root / SHARED_DIR
        if not shared.is_dir():
            continue
        for child in sorted(shared.iterdir(), key=lambda c: c.name):
            if not child.name.endswith((".yml", ".yaml")) or child.is_dir():
                continue
            label = _label(root, f"{SHARED_DIR}/{child.name}")
            name = child.name.removesuffix(".yml").removesuffix(".yaml")
            if name in sets:
                raise RuleError(f"{label}: pattern set '{name}' is already defined in {sets[name].path}")
            sets[name] = load_pattern_set(label, _read_rule_file(label, child), name)
    return sets


def load_rules(extra: Sequence[Path] = (), builtin: bool = True) -> tuple[Rule, ...]:
    """The built-in rule pack plus any user packs (``--rules DIR``); ids must be unique. A user pack's rules may
    include the built-in pattern sets and its own."""
    rules: list[Rule] = []
    roots: list[Traversable] = [rules_dir()] if builtin else []
    roots.extend(extra)
    for root in roots:
        if isinstance(root, Path) and not root.is_dir():
            raise RuleError(f"{shown(root)}: not a rule directory")
    sets = load_pattern_sets([rules_dir(), *roots] if not builtin else roots)
    for root in roots:
        for rel, file in _walk(root):
            label = _label(root, rel)
            if len(rules) >= RULE_FILES_MAX:
                raise RuleError(f"{shown(str(root))}: more than {RULE_FILES_MAX} rule files")
            rules.append(load_rule(label, _read_rule_file(label, file), rule_id(rel), sets))
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
# The ASCII characters' squashed forms in a plain dict, a deleted character as None: for an ASCII text
# str.translate then takes CPython's ASCII fast path (about 20 times faster than a table with "" values
# or a dict subclass).
_SQUASH_ASCII: dict[int, str | None] = {code: _SQUASH[code] or None for code in range(128)}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def squash(text: str) -> tuple[str, list[int]]:
    """Lower case, accents stripped, only letters and digits; with each character's offset in ``text``.

    PDF extractions glue words ("houdtgeen gegevens bij", "brief van4 november") and break them
    ("hypotheti-sche"); a phrase compared in this form still matches.
    """
    return squashed(text), squash_offsets(text)


def squashed(text: str) -> str:
    """``squash(text)`` without the offsets (one ``str.translate``).

    A character's squashed form does not depend on its neighbours, so the few non-ASCII characters of
    a text are first replaced by their squashed forms (when those are ASCII, as for "ë", "’" or "ß");
    the ASCII text left is squashed on CPython's fast path."""
    if not text.isascii():
        plain = text
        for char in set(_NON_ASCII.findall(text)):
            form = _SQUASH[ord(char)]
            if not form.isascii():
                return text.translate(_SQUASH)
            plain = plain.replace(char, form)
        text = plain
    return text.translate(_SQUASH_ASCII)


def squash_offsets(text: str) -> list[int]:
    """For each character of ``squashed(text)``, its offset in ``text``."""
    if not text:
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    distinct, where = np.unique(codes, return_inverse=True)
    widths = np.array([len(_SQUASH[int(c)]) for c in distinct.tolist()], dtype=np.int64)[where]
    offsets: list[int] = np.repeat(np.arange(len(text)), widths).tolist()
    return offsets


class _Widths(dict[int, str]):
    """Character -> the length of its squashed form as a character (``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = chr(len(_SQUASH[code]))  # at most a few dozen: one byte in latin-1
        return value


_WIDTHS = _Widths()
_ASCII_WIDTHS = np.array([len(_SQUASH[code]) for code in range(128)], dtype=np.uint8)


# Endings a squashed phrase may stop before inside a word: a plural or a verb's third person ("geen aanwijzing" in
# "geen aanwijzingen", "respecteer" in "respecteert"); not the adjective's "-e", "-er", "-ste" ("belangrijk" in "een
# belangrijke nuance" is no stance) nor a participle's "-d" ("veroordeeld" is no "veroordeel")
_SQUASH_ENDINGS = frozenset({"en", "s", "t"})
_SQUASH_PREFIXES = frozenset({"on", "ont", "ge", "her", "mis", "wan", "niet", "be", "ver"})
_SQUASH_TURNING = ("on", "ont", "mis", "wan", "niet")  # ... also after a word glued before it ("zijnon|tevreden")
_SQUASH_STEM_MIN = 4  # ... after at least this many letters of the word ("worden al" does not stop inside "als")


def _is_word_char(c: str) -> bool:
    return c.isalpha()


def _case_edge(text: str, i: int) -> bool:
    """A small letter before a capital: two words glued ("hetISH", "deWet"), whatever the lexicon knows of either."""
    return text[i - 1].islower() and text[i].isupper()


def squash_bounded(text: str, a: int, b: int, one_word: bool = True) -> bool:
    """Whether a squashed phrase found at ``text[a:b]`` stands on word edges. A squashed match may cross glued or broken
    words, but it may not begin or end inside a real word: "tevreden" is not in "ontevreden", "van mening" not in "van
    meningsuiting", "worden al" not in "worden als", "belangrijk" not in "een belangrijke rol".

    * Where it ends inside a run of letters, the rest of the run is a word glued on ("belangrijkis", "hetISH") or, for a
      phrase of one word (``one_word``), a plural or verb ending ("respecteert"; not "van mening|en").
    * Where it begins inside one, the run is a word glued before it ("eenbelangrijk") or, for a phrase of one word, a
      compound it is the head of ("steunpercentage"; not "al in gesprek" in "aantal in gesprek"); never after a prefix
      that turns it around or makes another form ("onrechtmatig", "gerespecteerd", "zijnontevreden")."""
    lex = _lexicon()
    words = _document_words(text)

    def known(w: str) -> bool:  # (one letter is no word: "worden al|s")
        return len(w) > 1 and (w in lex or w in STOP_WORDS or w in words)

    end = b
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    rest = text[b:end]
    tail_ok = not rest or not _is_word_char(text[b - 1]) or _case_edge(text, b)
    if not tail_ok:
        low = rest.lower()
        start = b
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        whole = text[start:end].lower()
        real = whole in lex or whole in STOP_WORDS  # (a real word is no glued pair: "worden al|tijd")
        ending = one_word and low in _SQUASH_ENDINGS and b - start >= _SQUASH_STEM_MIN
        # (a word glued on has three letters or is "is": "veroordeel|de" is one word the lexicon lacks)
        tail_ok = ending or (not real and known(low) and (len(low) >= 3 or low == "is"))
    if not tail_ok:
        return False
    if a == 0 or not _is_word_char(text[a - 1]) or not _is_word_char(text[a]) or _case_edge(text, a):
        return True
    start = a
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    head = text[start:a].lower()
    if head in _SQUASH_PREFIXES or any(head.endswith(p) and known(head[: -len(p)]) for p in _SQUASH_TURNING):
        return False
    # a word glued before it, or the head of a compound: the phrase runs to the end of the word (or its ending)
    return known(head) or (one_word and (not rest or rest.lower() in _SQUASH_ENDINGS))


class SquashOffsets:
    """``squash_offsets(text)[x]`` for the few ``x`` a find needs, without the list of every offset: a binary
    search in the running total of the characters' squashed widths."""

    def __init__(self, text: str) -> None:
        if text.isascii():  # the widths read off the bytes, without a translate
            widths = _ASCII_WIDTHS[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]
        else:
            widths = np.frombuffer(text.translate(_WIDTHS).encode("latin-1"), dtype=np.uint8)
        self._ends = np.cumsum(widths, dtype=np.int64)

    def __getitem__(self, x: int) -> int:
        return int(np.searchsorted(self._ends, x, side="right"))


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


def _ALL(rule: Rule) -> bool:
    return True


# A pattern group: its rule, its matcher, its anchor words (None: it runs on the whole text), the most
# tokens a match has before and after an anchor word, and the word sets each of its patterns also
# needs (a window around an anchor word that holds no word of one of them cannot match; empty: none;
# for a group without anchor every set a pattern needs: a doc without a word of one is not matched).
_Group = tuple["Rule", "Matcher | TokenTests", frozenset[str] | None, tuple[int, int], tuple[tuple[frozenset[str], ...], ...]]


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
    _token_rules: list[_Group] = field(init=False)  # rule, matcher, anchor words, extent
    _exc_rules: list[_Group] = field(init=False)  # exception patterns, likewise
    _sent_exc_rules: list[_Group] = field(init=False)  # sentence exceptions
    _token_by_kind: dict[str, list[_Group]] = field(init=False)  # _token_rules by rule kind
    _indexed: dict[tuple[str, ...] | None, _Groups] = field(init=False)  # token groups of some kinds (None: all), by anchor word
    _exc_index: _Groups = field(init=False)
    _sent_exc_index: _Groups = field(init=False)
    _forms: _Forms = field(init=False)  # the forms of the words some group names: what _positions files
    _phrases: PhraseMatcher = field(init=False)
    _exc: PhraseMatcher = field(init=False)
    _regex: list[tuple[Rule, re.Pattern[str]]] = field(init=False)
    _squashed: PhraseIndex = field(init=False)  # squashed phrase -> (rule, is exception, is one word)
    _by_id: dict[str, Rule] = field(init=False)

    @property
    def sets(self) -> tuple[PatternSet, ...]:
        """The pattern sets the rules include, each once."""
        return tuple({ps.id: ps for r in self.rules for ps in r.sets}.values())

    def __post_init__(self) -> None:
        self._token_rules = []
        self._exc_rules = []
        self._sent_exc_rules = []
        self._phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER", validate=True)
        self._exc = PhraseMatcher(self.nlp.vocab, attr="LOWER", validate=True)
        self._regex = []
        squashed_phrases: list[tuple[str, tuple[Rule, bool, bool]]] = []  # (rule, exception?, one word?)
        # the one-word patterns claim the vocabulary's few flags first (``expect.number``'s "a number that is no year"): read off one
        # array they save a Matcher pass over every text, where a long pattern's word sets save little (flags are handed out in
        # the order asked; a predicate beyond them stays as written)
        flags = word_flags(self.nlp.vocab)
        for r in self.rules:
            for pattern in (*r.spec.patterns, *r.spec.exception_patterns):
                if len(pattern) == 1 and "OP" not in pattern[0] and not validate_token_pattern(pattern):
                    flags.compile(pattern)
        active, skipped = [], []
        for r in self.rules:
            if r.needs_model and not self.has_pos:
                skipped.append(r)
                continue
            active.append(r)
            inserted = r.spec.kind == "cue" and r.spec.effect == "declines"
            for table, pats, what in (
                (self._token_rules, r.spec.patterns, "token pattern"),
                (self._exc_rules, r.spec.exception_patterns, "exception pattern"),
                (self._sent_exc_rules, r.spec.sentence_exceptions, "sentence exception"),
            ):
                if not pats:
                    continue
                if inserted and what != "sentence exception":
                    pats = [with_insertions(p) for p in pats]
                try:
                    _check_extensions(pats)
                    table.extend(self._anchored(r, pats))  # spaCy checks the patterns, with its own messages
                except (MatchPatternError, ValueError, KeyError, TypeError) as exc:
                    detail = " ".join(ln.strip() for ln in str(exc).splitlines() if ln.strip().startswith("-"))
                    raise RuleError(f"{r.path}: invalid {what} in rule '{r.id}': {detail or str(exc).strip()}") from None
            if r.spec.phrases:
                self._phrases.add(r.id, [self.nlp.make_doc(x) for x in r.spec.phrases])
            if r.spec.exceptions:
                self._exc.add(r.id, [self.nlp.make_doc(x) for x in r.spec.exceptions])
            for phrase in r.spec.phrases:
                sq = squashed(phrase)
                if len(sq) >= SQUASH_MIN:
                    squashed_phrases.append((sq, (r, False, len(phrase.split()) == 1)))
            for phrase in r.spec.exceptions:
                sq = squashed(phrase)
                if len(sq) >= SQUASH_MIN:
                    squashed_phrases.append((sq, (r, True, len(phrase.split()) == 1)))
            for rx in r.spec.regex:
                self._regex.append((r, re.compile(rx, re.I)))
        self._squashed = PhraseIndex(squashed_phrases)
        self._token_by_kind = {}
        for group in self._token_rules:
            self._token_by_kind.setdefault(group[0].spec.kind, []).append(group)
        self._indexed = {None: _Groups(self._token_rules)}
        self._exc_index = _Groups(self._exc_rules)
        self._sent_exc_index = _Groups(self._sent_exc_rules)
        self._forms = _Forms(self._indexed[None].words | self._exc_index.words | self._sent_exc_index.words, self.nlp.vocab.strings)
        self.rules = tuple(active)
        self.skipped = tuple(skipped)
        self._by_id = {r.id: r for r in active}

    def _anchored(self, rule: Rule, patterns: list[list[dict[str, Any]]]) -> list[_Group]:
        """Patterns grouped by anchor: one matcher per anchor word set (with the farthest extent of its
        patterns before and after the anchor word), one for the patterns that must run everywhere (unbounded or without anchor)."""
        groups: dict[frozenset[str] | None, tuple[list[list[dict[str, Any]]], tuple[int, int]]] = {}
        for pattern in patterns:
            reach = pattern_reach(pattern)
            anchor = pattern_anchor(pattern) if reach > 0 else None
            extent = anchor_extent(pattern) if anchor is not None else (0, 0)
            pats, most = groups.get(anchor, ([], (0, 0)))
            groups[anchor] = ([*pats, pattern], (max(most[0], extent[0]), max(most[1], extent[1])))
        out: list[_Group] = []
        for anchor, (pats, extent) in groups.items():
            needs = tuple(tuple(w for w in required_words(p) if w != anchor) for p in pats) if anchor is not None else ()
            if any(not n for n in needs):
                needs = ()  # a pattern that needs no other word: every window around an anchor word can match
            if anchor is None:
                # these run on every token: their word predicates become lexeme flags that the Matcher
                # compares in C, instead of a Python call per token (checked as written first)
                errors = {i: validate_token_pattern(p) for i, p in enumerate(pats)}
                if any(errors.values()):
                    raise MatchPatternError(rule.id, errors)  # type: ignore[no-untyped-call]
                compiled = [word_flags(self.nlp.vocab).compile(p) for p in pats]
                tests = [t for t in map(_flag_test, compiled) if t is not None]
                if tests:  # one-word patterns of flags only: read off one array, no Matcher pass over the text
                    out.append((rule, TokenTests(self.nlp.vocab.strings.add(rule.id), tests, self.nlp.vocab), anchor, extent, ()))
                kept = [(p, c) for p, c in zip(pats, compiled, strict=True) if _flag_test(c) is None]
                if not kept:
                    continue
                matcher = Matcher(self.nlp.vocab, validate=False)
                matcher.add(rule.id, [c for _p, c in kept])
                # a doc that lacks a word of some set each pattern needs is not matched at all
                needs = tuple(tuple(required_words(p)) for p, _c in kept)
                if any(not n for n in needs):
                    needs = ()
            else:
                matcher = Matcher(self.nlp.vocab, validate=True)
                matcher.add(rule.id, pats)
            out.append((rule, matcher, anchor, extent, needs))
        return out

    def token_matches(
        self,
        doc: Doc,
        kinds: set[str] | None = None,
        at: dict[str, list[int]] | None = None,
        budget: _Budget | None = None,
        only: Callable[[Rule], bool] = _ALL,
    ) -> list[tuple[Rule, int, int]]:
        """Every token-pattern match (rule, first token, end token) of the rules of ``kinds`` that ``only`` admits."""
        key = None if kinds is None else tuple(sorted(kinds))
        groups = self._indexed.get(key)
        if groups is None:
            groups = self._indexed[key] = _Groups([g for kind in key or () for g in self._token_by_kind.get(kind, ())])
        return _matches(groups, doc, only, at, budget)

    def of_kind(self, *kinds: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.spec.kind in kinds)

    def find(
        self, doc: Doc, kinds: Iterable[str] | None = None, text: str | None = None, only: Callable[[Rule], bool] | None = None
    ) -> list[Hit]:
        """All hits in ``doc`` (character offsets into ``doc.text``), exceptions applied.

        ``text`` is ``doc.text`` when the caller has it (the text the Doc was made from): spaCy rebuilds
        ``Doc.text`` from the tokens on every access. ``only`` leaves out the rules it does not admit (a
        rule's hits do not depend on the other rules). Raises :class:`RuleTimeout` naming the rule when
        matching takes over :data:`RULE_TIME_BUDGET`.
        """
        with _Budget(RULE_TIME_BUDGET) as budget:
            return self._find(doc, kinds, budget, doc.text if text is None else text, only)

    def _find(self, doc: Doc, kinds: Iterable[str] | None, budget: _Budget, text: str, only: Callable[[Rule], bool] | None) -> list[Hit]:
        wanted = set(kinds) if kinds is not None else None

        def keep(rule: Rule | None) -> bool:
            return rule is not None and (wanted is None or rule.spec.kind in wanted) and (only is None or only(rule))

        at = _positions(doc, self._forms)  # where each word a pattern names stands, for the anchored patterns
        raw = [(rule, *_chars(doc, x, y)) for rule, x, y in self.token_matches(doc, wanted, at, budget, _ALL if only is None else only)]
        for match_id, s, e in _run(self._phrases, doc):
            phrase_rule = self._by_id.get(self.nlp.vocab.strings[match_id])
            if phrase_rule is not None and keep(phrase_rule):
                raw.append((phrase_rule, *_chars(doc, s, e)))
        exc_spans: dict[str, list[tuple[int, int]]] = {}
        for match_id, s, e in _run(self._exc, doc):
            exc_spans.setdefault(self.nlp.vocab.strings[match_id], []).append(_chars(doc, s, e))
        if self._squashed:
            offs: SquashOffsets | None = None  # computed on the first hit only
            for x, y, (rule, is_exc, one_word) in self._squashed.find(squashed(text)):
                if not keep(rule):
                    continue
                if offs is None:
                    offs = SquashOffsets(text)
                a, b = offs[x], offs[y - 1] + 1
                if not squash_bounded(text, a, b, one_word):
                    continue
                if is_exc:
                    exc_spans.setdefault(rule.id, []).append((a, b))
                else:
                    raw.append((rule, a, b))
        for rule, rx in self._regex:
            if keep(rule):
                budget.running = rule
                raw.extend((rule, m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start())
        # exception patterns only matter for a rule that matched (by a pattern, a phrase or a regex)
        found = {rule.id for rule, _a, _b in raw}
        if not found.isdisjoint(self._exc_index.rule_ids):
            for rule, s, e in _matches(self._exc_index, doc, lambda r: r.id in found, at, budget):
                exc_spans.setdefault(rule.id, []).append(_chars(doc, s, e))
        hits: dict[tuple[str, int, int], Hit] = {}
        sentences = _sentences(doc) if raw else []
        starts = [a for a, _ in sentences]
        # sentence exceptions: (rule id, sentence start) of every sentence where one matched
        matched = {rule.id for rule, _a, _b in raw}
        sent_exc = (
            {
                (rule.id, _sentence_of(sentences, starts, doc[s].idx)[0])
                for rule, s, _e in _matches(self._sent_exc_index, doc, lambda r: r.id in matched, at, budget)
            }
            if not matched.isdisjoint(self._sent_exc_index.rule_ids)
            else set()
        )
        overlaps = {rid: _Overlaps(spans) for rid, spans in exc_spans.items()}
        for rule, a, b in raw:
            if rule.id in overlaps and overlaps[rule.id].any(a, b):
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


def _chars(doc: Doc, x: int, y: int) -> tuple[int, int]:
    """``(doc[x:y].start_char, doc[x:y].end_char)`` of a match (``x < y``) without making the Span: spaCy
    computes both from these two tokens (about 0.2 instead of 1.7 µs)."""
    last = doc[y - 1]
    return doc[x].idx, last.idx + len(last)


def _check_extensions(patterns: list[list[dict[str, Any]]]) -> None:
    """``_`` (custom attributes) names only extensions the pipeline registered, each with a value or a predicate
    dict: spaCy would fail on every document (an unknown name) or with a bare TypeError (a list value)."""
    for pattern in patterns:
        for token in pattern:
            ext = token.get("_")
            if ext is None:
                continue
            if not isinstance(ext, dict):
                raise ValueError("- '_' takes a mapping of extension attributes")
            for name, value in ext.items():
                if not Token.has_extension(str(name)):
                    raise ValueError(f"- '_.{name}' is no extension attribute of this pipeline (none registers it)")
                if isinstance(value, list):
                    raise ValueError(f"- '_.{name}' has a list as value; use {{IN: [...]}}")


# sentence adverbials a refusal, a deferral or a no-data statement carries between its words: "helaas", "op dit moment",
# "tot mijn spijt", "momenteel", "nog", "echter" (no pronoun, article or conjunction: "dat", "het", "en" join clauses; no
# "wel", which says the opposite: "geen cijfers, maar wel ...")
INSERTED = [
    *("helaas", "jammer", "genoeg", "momenteel", "thans", "nu", "nog", "echter", "evenwel", "overigens", "immers", "dus"),
    *("dan", "ook", "eigenlijk", "precies", "vooralsnog", "voorlopig", "bijgevolg", "derhalve", "daarom", "steeds"),
    *("uiteraard", "natuurlijk"),
    *("op", "dit", "moment", "ogenblik", "tot", "mijn", "onze", "spijt"),
]
INSERTED_MOST = 4  # ("tot mijn spijt" and "op dit moment" together are six words: two runs of three)


def with_insertions(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``pattern`` with up to :data:`INSERTED_MOST` inserted adverbial words allowed between two of its tokens: "is niet
    aan mij" also matches "is helaas niet aan mij", "is op dit moment niet aan mij"; a gap of the pattern ("kunnen (tot mijn
    spijt) niet") takes them besides its own words. Beside a token that excludes words, not those (:func:`_refused`)."""
    out: list[dict[str, Any]] = []
    for token in pattern:
        if out:
            words = [w for w in INSERTED if w not in _refused(out[-1]) | _refused(token)]
            out.append({"LOWER": {"IN": words}, "OP": f"{{,{INSERTED_MOST}}}"})
        out.append(token)
    return out


def _refused(token: dict[str, Any]) -> set[str]:
    """The words a pattern token excludes (``NOT_IN``): a gap that must not run over "maar" or "omdat", a word that must
    not be "tot" ("Ik ga niet over tot het opleggen ..." is no "Ik ga niet over"). No word inserted beside the token may
    be one of them, or it would take what the token refuses."""
    return {str(w).lower() for v in token.values() if isinstance(v, dict) for w in v.get("NOT_IN", ())}


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


def _word_sets(pattern: list[dict[str, Any]]) -> Iterator[tuple[int, frozenset[str]]]:
    """The word sets (lower case) named by the tokens ``pattern`` cannot skip, each with its token's index:
    a match holds a word of each."""
    for index, token in enumerate(pattern):
        op = _op(token)
        if op == "!" or _op_range(op)[0] < 1:
            continue
        for key, value in token.items():
            if key.upper() not in _WORD_KEYS:
                continue
            if isinstance(value, str):
                yield index, frozenset([value.lower()])
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                yield index, frozenset(str(v).lower() for v in value["IN"])


def _anchor_token(pattern: list[dict[str, Any]]) -> tuple[frozenset[str] | None, int]:
    """``pattern_anchor(pattern)`` and the index of the pattern token it is read from (-1 if none)."""
    best: frozenset[str] | None = None
    at = -1
    for index, found in _word_sets(pattern):
        if best is None or _rarity(found) < _rarity(best):
            best, at = found, index
    return best, at


def required_words(pattern: list[dict[str, Any]]) -> list[frozenset[str]]:
    """The word sets (lower case) of every token ``pattern`` cannot skip that names its words: a match holds
    a word of each (read as :func:`pattern_anchor` reads one)."""
    return list(dict.fromkeys(found for _index, found in _word_sets(pattern)))


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


# lexeme flags (``IS_ALPHA`` ... ``FLAG63``), which ``Doc.to_array`` reads as 0 or 1 like the Matcher does
_FLAG_IDS = {name: i for name, i in IDS.items() if 0 < i <= FLAG63 and name != "IS_OOV_DEPRECATED"}


def _flag_test(pattern: list[dict[str, Any]]) -> list[tuple[int, bool]] | None:
    """A one-word pattern that only tests lexeme flags (``[{"LIKE_NUM": True, "FLAG24": False}]``) as
    (flag, wanted) pairs; None for any other pattern."""
    if len(pattern) != 1:
        return None
    test = []
    for key, value in pattern[0].items():
        flag = _FLAG_IDS.get(key.upper()) if isinstance(key, str) else None
        if flag is None or not isinstance(value, bool):
            return None
        test.append((flag, value))
    return test or None


class TokenTests:
    """One-word flag patterns of one rule (see :func:`_flag_test`), matched without a Matcher pass: called
    like a Matcher, it gives the same (key, start, end) matches, one per matching token. Flags belong to
    the word (the lexeme), so whether a word matches is decided once per word of the vocabulary; a doc
    of that vocabulary is read through the cache's ``__getitem__`` in C."""

    def __init__(self, key: int, tests: list[list[tuple[int, bool]]], vocab: Vocab | None = None) -> None:
        self.key = key
        self.tests = tests
        self.vocab = vocab
        self._word = _WordTests(self, vocab)  # ORTH hash -> whether that word matches

    def _matches(self, vocab: Vocab, orth: int) -> bool:
        lex = vocab[orth]
        found = self._word[orth] = any(all(lex.check_flag(flag) == wanted for flag, wanted in test) for test in self.tests)
        return found

    def __call__(self, doc: Doc | DocSpan) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        whole = doc.doc if isinstance(doc, DocSpan) else doc
        orths: list[int] = whole.to_array(ORTH).tolist()
        if isinstance(doc, DocSpan):
            orths = orths[doc.start : doc.end]
        word, vocab, key = self._word, whole.vocab, self.key
        if vocab is self.vocab:
            return [(key, i, i + 1) for i in compress(range(len(orths)), map(word.__getitem__, orths))]
        return [(key, i, i + 1) for i, o in enumerate(orths) if (word[o] if o in word else self._matches(vocab, o))]


class _WordTests(dict[int, bool]):
    """ORTH hash -> whether a :class:`TokenTests` matches that word, computed on first lookup in its vocabulary."""

    def __init__(self, tests: TokenTests, vocab: Vocab | None) -> None:
        super().__init__()
        self.tests = tests
        self.vocab = vocab

    def __missing__(self, orth: int) -> bool:
        if self.vocab is None:
            raise KeyError(orth)
        return self.tests._matches(self.vocab, orth)


class _Groups:
    """Pattern groups in their order, indexed by anchor word: a doc is matched only with the groups that
    run everywhere (no anchor) and those whose anchor words it holds, found from the doc's own words
    instead of a test of every group's anchor against them."""

    def __init__(self, groups: Sequence[_Group]) -> None:
        self.groups = list(groups)
        self.everywhere = [i for i, g in enumerate(self.groups) if g[2] is None]
        self.by_word: dict[str, list[int]] = {}
        for i, g in enumerate(self.groups):
            for word in g[2] or ():
                self.by_word.setdefault(word, []).append(i)
        self.rule_ids = frozenset(g[0].id for g in self.groups)
        # every word an anchor or a needed word set names
        self.words = frozenset(self.by_word).union(*(words for g in self.groups for need in g[4] for words in need))

    def present(self, at: dict[str, list[int]]) -> list[int]:
        """The indices, in order, of the groups that can match a doc whose words ``at`` indexes."""
        by_word = self.by_word
        found = set(self.everywhere)
        for word in by_word.keys() & at.keys():
            found.update(by_word[word])
        return sorted(found)


def _matches(
    table: Sequence[_Group] | _Groups,
    doc: Doc,
    include: Callable[[Rule], bool],
    at: dict[str, list[int]] | None = None,
    budget: _Budget | None = None,
) -> list[tuple[Rule, int, int]]:
    """Every match (rule, first token, end token) of the pattern groups in ``table`` whose rule is included.

    The Matcher tries every pattern at every token, so a pattern that needs one of a few words is run
    only on the windows around those words, as far as a match can reach; the matches are the same as
    over the whole text. A group none of whose anchor words the doc holds is not looked at, nor one
    none of whose patterns finds a word of every set it needs in the doc.
    """
    index = table if isinstance(table, _Groups) else _Groups(table)
    if not index.groups:
        return []
    if at is None:
        at = _positions(doc)
    found: list[tuple[Rule, int, int]] = []
    where: dict[frozenset[str], list[int]] = {}  # word set -> the sorted token indices of its words
    held: dict[frozenset[str], bool] = {}  # word set -> whether the doc holds a word of it
    groups = index.groups
    for k in index.present(at):
        rule, matcher, anchor, extent, needs = groups[k]
        if include is not _ALL and not include(rule):
            continue
        if budget is not None:
            budget.running = rule
        if needs and not any(all(_held(words, at, held) for words in need) for need in needs):
            continue  # no pattern finds a word of each set it needs anywhere in the doc
        if anchor is None:
            found.extend((rule, x, y) for _m, x, y in matcher(doc))
            continue
        present = anchor & at.keys()  # the anchor words the doc holds (a set operation, not a loop over the anchor)
        windows = _windows(sorted(chain.from_iterable(at[w] for w in present)), extent, len(doc))
        if needs:
            # a match holds a word of every set its pattern needs, inside the window around its anchor word
            windows = [w for w in windows if any(all(_holds(_where(words, at, where), w) for words in need) for need in needs)]
        for a, b in windows:
            found.extend((rule, a + x, a + y) for _m, x, y in matcher(doc[a:b]))
    return found


def _held(words: frozenset[str], at: dict[str, list[int]], cache: dict[frozenset[str], bool]) -> bool:
    """Whether the doc ``at`` indexes holds a word of ``words`` (cached per word set)."""
    found = cache.get(words)
    if found is None:
        found = cache[words] = not words.isdisjoint(at.keys())
    return found


def _where(words: frozenset[str], at: dict[str, list[int]], cache: dict[frozenset[str], list[int]]) -> list[int]:
    """The sorted token indices of ``words`` in the doc ``at`` indexes (cached per word set)."""
    found = cache.get(words)
    if found is None:
        found = cache[words] = sorted(chain.from_iterable(at[w] for w in words & at.keys()))
    return found


def _holds(indices: list[int], window: tuple[int, int]) -> bool:
    """Whether one of the sorted ``indices`` lies in ``window`` [a, b)."""
    i = bisect.bisect_left(indices, window[0])
    return i < len(indices) and indices[i] < window[1]


_FORM: dict[int, str] = {}  # string hash -> the string lower-cased (a hash names one string in every vocab)


class _Forms(dict[tuple[int, int, int], tuple[str, ...]]):
    """(LOWER, LEMMA, NORM) hashes -> the distinct forms :func:`_positions` files a token under: lower case,
    then lemma and norm (lower-cased) where they differ; only those in ``words`` when it is given.

    Made for one vocabulary (``strings``), a missing key is computed on lookup, so :func:`_positions`
    maps the doc's keys through ``__getitem__`` in C instead of a comprehension with a test per token."""

    def __init__(self, words: frozenset[str] | None = None, strings: StringStore | None = None) -> None:
        super().__init__()
        self.words = words
        self.strings = strings

    def __missing__(self, key: tuple[int, int, int]) -> tuple[str, ...]:
        if self.strings is None:
            raise KeyError(key)
        return self.forms(key, self.strings)

    def forms(self, key: tuple[int, int, int], strings: StringStore) -> tuple[str, ...]:
        form = _FORM

        def word(h: int) -> str:
            found = form.get(h)
            if found is None:
                found = form[h] = strings[h].lower() if h else ""
            return found

        low, lemma, norm = key
        a = word(low)
        out = [a]
        b = a if lemma == low else word(lemma)
        if b != a:
            out.append(b)
        if norm != low and norm != lemma:
            c = word(norm)
            if c != a and c != b:
                out.append(c)
        words = self.words
        found = self[key] = tuple(out) if words is None else tuple(w for w in out if w in words)
        return found


_FORMS = _Forms()  # every form


def _positions(doc: Doc, forms: _Forms = _FORMS) -> dict[str, list[int]]:
    """Token indices by every form an anchor can name: lower case, lemma (lower case), norm (only the
    words of ``forms``, when it names them)."""
    at: dict[str, list[int]] = {}
    n = len(doc)
    if not n:
        return at
    strings = doc.vocab.strings
    keys = zip(*doc.to_array([LOWER, LEMMA, NORM]).T.tolist(), strict=True)
    if forms.strings is strings:  # forms made for this vocabulary: a missing key is computed on lookup
        filed = list(map(forms.__getitem__, keys))
    else:
        get = forms.get
        filed = [f if (f := get(key)) is not None else forms.forms(key, strings) for key in keys]
    for i in compress(range(n), filed):  # the tokens filed under some form
        for w in filed[i]:
            found = at.get(w)
            if found is None:
                at[w] = [i]
            else:
                found.append(i)
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


class _Overlaps:
    """Whether any of a set of spans overlaps ``[a, b)``, in O(log n): a text with thousands of hits and
    thousands of exceptions of one rule ("Zie antwoord 1." repeated) is not a product of the two."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [x for x, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        for _x, y in spans:
            self.reach.append(max(y, self.reach[-1]) if self.reach else y)

    def any(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # the spans that start before b
        return i > 0 and self.reach[i - 1] > a


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) character offsets, computed once per Doc."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [(0, len(doc.text))]
    if "sents" in doc.user_hooks:
        return [(sent.start_char, sent.end_char) for sent in doc.sents]
    # doc.sents, read off one array: a sentence starts at token 0 and at every token marked as a start;
    # a Token is made only for the first and last token of each sentence
    n = len(doc)
    flags = doc.to_array(SENT_START).tolist()
    firsts = [0, *compress(range(1, n), [flag == 1 for flag in flags[1:]])]
    out = []
    for a, b in zip(firsts, [*firsts[1:], n], strict=True):
        last = doc[b - 1]
        out.append((doc[a].idx, last.idx + len(last)))
    return out


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], char: int) -> tuple[int, int]:
    i = max(0, bisect.bisect_right(starts, char) - 1)
    return sentences[i]


@dataclass(frozen=True)
class ExampleResult:
    rule: Rule | PatternSet
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
        shared = {id(entry) for ps in rule.sets for entry in ps.spec.answers_asks}
        for entry in rule.spec.answers_asks:
            if id(entry) in shared:
                continue  # (a pattern set's entry: its examples are met by some rule including it, below)
            for ask, answer in entry.examples:
                # (the rule fires in the answer, and the entry holds for the ask and the answer: the cue answers it)
                hits = any(h.rule.id == rule.id for h in ruleset.find(ruleset.nlp(answer)))
                held = rule.spec.answers(ask, answer)
                detail = "" if hits and held else ("did not match the answer" if not hits else "the entry does not hold")
                results.append(ExampleResult(rule, "match", f"{ask} / {answer}", hits and held, detail))
    for ps in ruleset.sets:
        including = [rule for rule in ruleset.rules if ps in rule.sets]
        for entry in ps.spec.answers_asks:
            for ask, answer in entry.examples:
                fired_ids = {h.rule.id for h in ruleset.find(ruleset.nlp(answer))}
                ok = any(rule.id in fired_ids and rule.spec.answers(ask, answer) for rule in including)
                detail = "" if ok else "no rule including the set fires in the answer with the entry holding"
                results.append(ExampleResult(ps, "match", f"{ask} / {answer}", ok, detail))
    return results + run_set_examples(ruleset.nlp, ruleset.sets)


def run_set_examples(nlp: Language, sets: Iterable[PatternSet]) -> list[ExampleResult]:
    """Every pattern set's examples: some pattern of the set matches each ``match`` sentence and none a ``no_match`` one."""
    results: list[ExampleResult] = []
    for ps in sets:
        if not ps.spec.patterns:
            continue  # (a set of answered asks only: run with the rules that include it)
        matcher = Matcher(nlp.vocab, validate=True)
        matcher.add(ps.id, ps.spec.patterns)  # (checked at load)
        ex = ps.spec.examples
        for kind, texts, expect in (("match", ex.match, True), ("no_match", ex.no_match, False), ("known_gap", ex.known_gap, False)):
            for text in texts:
                found = matcher(nlp(text))
                ok = bool(found) == expect
                detail = (
                    ""
                    if ok
                    else ("known gap now matches: move it to 'match'" if kind == "known_gap" else "did not match" if expect else "matched")
                )
                results.append(ExampleResult(ps, kind, text, ok, detail))  # type: ignore[arg-type]
    return results
