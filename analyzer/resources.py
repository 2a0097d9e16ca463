"""Where the built-in data lives, in a checkout and in an installed wheel."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def rules_dir() -> Traversable:
    """The built-in rule pack: ``analyzer/rules`` in a wheel, ``rules/`` at the top of a checkout."""
    shipped = resources.files("analyzer").joinpath("rules")
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "rules"
