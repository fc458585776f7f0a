"""Output formats for CI and people: one module each, looked up in ``FORMATS`` by name.

Every writer has the signature ``write(report, stream, color)`` and writes the whole report. A
format's module is imported when its writer is first called: a run writes one format, and the
others' imports (XML for JUnit, about 14 ms) would be paid by every run.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Callable, TextIO

if TYPE_CHECKING:
    from ..report import Report

Writer = Callable[["Report", TextIO, bool], None]


def _writer(module: str) -> Writer:
    """The ``write`` of ``formats.<module>``, imported on the first call."""

    def write(report: Report, stream: TextIO, color: bool = False) -> None:
        importlib.import_module(f"{__name__}.{module}").write(report, stream, color)

    write.__qualname__ = write.__name__ = f"write_{module}"
    return write


FORMATS: dict[str, Writer] = {name: _writer(name) for name in ("text", "json", "sarif", "github", "junit")}
