"""Names in a draft: where they are mentioned, how renderings group, and the user's names list.

Shared by the name checks (``name-variant``, ``name-role-conflict``, ``romanized-word``):

- ``mentions``: every capitalized name sequence and short Han run of a document, read once per
  document and cached while the document lives, with romanized Chinese names recognized as such.
- ``grouping``: renderings of one name grouped by a normalized key, then by fuzzy matching inside
  small blocks of similar keys.
- ``nameslist``: the names list a user maintains (``--names names.toml``).
"""
