"""Output formats for CI and people: one module each, looked up in ``FORMATS`` by name.

Every writer has the signature ``write(report, stream, color)`` and writes the whole report.
"""

from __future__ import annotations

from typing import Callable, TextIO

from ..report import Report
from . import github as github_format
from . import json as json_format
from . import junit as junit_format
from . import sarif as sarif_format
from . import text as text_format

Writer = Callable[[Report, TextIO, bool], None]

FORMATS: dict[str, Writer] = {
    "text": text_format.write,
    "json": json_format.write,
    "sarif": sarif_format.write,
    "github": github_format.write,
    "junit": junit_format.write,
}
