"""Fetch errors: one line each, with a stable code.

This module imports nothing from the network stack, so the command line can name the codes and
catch the errors without loading an HTTP library.
"""

from __future__ import annotations

from typing import Literal

FetchCode = Literal["not-found", "network", "rate-limited", "bad-response", "bad-reference", "missing-extra"]


class FetchError(Exception):
    """A document that could not be fetched. ``code`` is one of :data:`FetchCode`.

    - ``not-found``: the service has no such question (or the reference names nothing it knows);
    - ``network``: no answer in time, a refused connection, or a server error (5xx) after the retries;
    - ``rate-limited``: the service said 429 for longer than we are willing to wait;
    - ``bad-response``: an answer we cannot read (malformed JSON, a shape we do not know, an oversized body);
    - ``bad-reference``: the reference itself is malformed (a usage error);
    - ``missing-extra``: the network extra is not installed (``pip install 'analyzer[fetch]'``).
    """

    def __init__(self, code: FetchCode, message: str) -> None:
        super().__init__(message)
        self.code: FetchCode = code
