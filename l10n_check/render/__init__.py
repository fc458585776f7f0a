"""Whole-run artefacts written after a scan: gettext catalogs (po)."""
