"""``python -m l10n_check``: the same as the ``l10n-check`` command."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="l10n-check")
