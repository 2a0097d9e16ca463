"""Abbreviations whose full stop never closes a sentence: one list for the answer's sentences (``analyzer.nlp``) and
the question's (``analyzer.asks``), so "c.q." cuts neither ("Hoeveel hectare verpacht c.q. verhuurt het waterschap ...?"
is one question, not a count and a yes/no question)."""

from __future__ import annotations

# period-final tokens that always have something after them, lowercase
NEVER_SENTENCE_FINAL = frozenset({
    "o.a.", "bijv.", "bv.", "b.v.", "d.w.z.", "resp.", "nr.", "nrs.", "m.b.t.", "t.a.v.", "t.o.v.", "i.p.v.",
    "ca.", "vgl.", "zgn.", "cfr.", "cf.", "i.c.m.", "i.h.k.v.", "i.c.", "ong.", "incl.", "excl.", "kamerst.",
    "art.", "blz.", "p.", "pp.", "evt.", "c.q.", "m.n.", "d.d.", "z.g.", "o.b.v.", "n.a.v.", "m.i.v.", "a.s.",
    "dhr.", "mevr.", "mw.", "mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "st.", "sr.", "jr.", "lic.",
})  # fmt: skip
