"""Reading the package's data files: UTF-8 lines, without comment (``#``) and blank lines."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

from l10n_check import cache


def data_lines(filename: str) -> list[str]:
    """The content lines of ``l10n_check/data/<filename>``, right-stripped."""
    text = importlib.resources.files("l10n_check.data").joinpath(filename).read_text("utf-8")
    return [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=None)
def keyed_table(filename: str) -> cache.Table:
    """A ``key<TAB>rest`` data file as a table of key → rest (the last line wins for a key), kept
    in the on-disk cache: a large index opens in a millisecond instead of being read whole."""
    resource = importlib.resources.files("l10n_check.data").joinpath(filename)
    path = Path(str(resource))
    source = cache.file_fingerprint(path) if path.is_file() else cache.fingerprint(resource.read_bytes())

    def rows() -> list[tuple[str, str]]:
        return list(dict(line.partition("\t")[::2] for line in data_lines(filename)).items())

    return cache.table(filename.rsplit(".", 1)[0].replace("_", "-"), source, rows)
