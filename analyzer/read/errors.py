"""The one error a reader raises: a document that cannot be read, with a stable code."""

from __future__ import annotations


class InputError(Exception):
    """A document that cannot be read; ``code`` is stable and goes into the report.

    Codes: not-found, is-directory, too-large, unreadable, binary, undecodable, empty,
    empty-directory, unsupported-format, encrypted-pdf, scanned-pdf, unreadable-pdf,
    unreadable-docx, bad-record.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
