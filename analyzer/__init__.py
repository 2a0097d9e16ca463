"""analyzer: did the minister actually answer? Answer-completeness analysis of Dutch written questions.

``from analyzer import check_text, check_files, to_records`` is the Python API (see :mod:`analyzer.api`);
it is imported on first use, so ``import analyzer`` stays light.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.3.0"
__all__ = ["__version__", "check_files", "check_text", "to_records"]


def __getattr__(name: str) -> Any:
    if name in ("check_text", "check_files", "to_records"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'analyzer' has no attribute {name!r}")
