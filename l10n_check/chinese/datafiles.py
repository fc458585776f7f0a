"""Reading the package's data files: UTF-8 lines, without comment (``#``) and blank lines."""

from __future__ import annotations

import importlib.resources


def data_lines(filename: str) -> list[str]:
    """The content lines of ``l10n_check/data/<filename>``, right-stripped."""
    text = importlib.resources.files("l10n_check.data").joinpath(filename).read_text("utf-8")
    return [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
