"""l10n-check: a translation-quality checker for English machine translations of Chinese articles."""

__version__ = "0.1.0"
