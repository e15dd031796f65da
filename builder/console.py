"""Messages for people at a terminal. Content text reaches them (titles, notes, file
names), so control characters are shown as escapes, never sent to the terminal."""
from __future__ import annotations

import re
import sys
from typing import TextIO

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def say(msg: str, file: TextIO | None = None) -> None:
    print(printable(msg), file=file or sys.stderr)
