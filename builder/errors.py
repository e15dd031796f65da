"""The one exception type for content problems, turned into a one-line error at the CLI."""
from __future__ import annotations


class ContentError(Exception):
    """A problem with an input file: names the file and, where it applies, the line."""

    def __init__(self, path: str | None, message: str, line: int | None = None):
        self.path = path
        self.line = line
        self.message = message
        super().__init__(self.format())

    def format(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"
