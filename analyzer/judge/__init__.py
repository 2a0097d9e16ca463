"""Judging: attribution of answer sentences to asks, cues, the decision, calibrated confidence.

Data flow: :mod:`.attribution` (which answer sentences respond to which ask) ->
:mod:`.cues` (ask type, openers, polarity) -> :mod:`.decision` (an ask's verdict from its
signals, an item's from its asks) -> :mod:`.calibration` (what a verdict's confidence means);
:mod:`.core` runs them over a document.
"""

from __future__ import annotations

from ..model import Verdict
from ..rules import ASK_TYPES
from .core import AskJudgement, DocumentJudgement, Finding, ItemJudgement, Judge
from .decision import AskSignals, AskVerdict, Params, combine, decide_ask, decide_asks

__all__ = [
    "ASK_TYPES",
    "AskJudgement",
    "AskSignals",
    "AskVerdict",
    "DocumentJudgement",
    "Finding",
    "ItemJudgement",
    "Judge",
    "Params",
    "Verdict",
    "combine",
    "decide_ask",
    "decide_asks",
]
