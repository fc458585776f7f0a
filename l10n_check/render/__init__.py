"""Whole-run artefacts rendered from a ``Report``: the HTML review report (``html``) and gettext
catalogs for translators (``po``).

Formats in ``l10n_check.formats`` stream findings for CI; renderers here write files a person opens.
They are imported only when asked for, so ``import l10n_check`` never loads Jinja2 or polib.
"""

# Where ``--html`` without a value writes the reports (``html.DEFAULT_DIR``); here so that the scan can
# pass over that folder without importing Jinja2.
HTML_DIR = "reports"
