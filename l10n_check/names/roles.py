"""Roles and titles a name can be given in apposition, and how two role phrases are compared.

``role_key("the Asia-Pacific head of the exchange")`` and ``role_key("the Asia-Pacific head
of Acme")`` are compatible: same core ("asia-pacific head"), and "the exchange" is a generic
organisation that any named one can stand for. "CEO of Binance" and "CEO of OKX" are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

# Head nouns of roles one person holds at a time: "the head of X" names one person. Roles shared by
# several people (co-founder, partner, analyst, member) are left out: two names can hold them.
UNIQUE_ROLES = frozenset(
    """head chief ceo cfo cto coo cmo cio cso president chair chairman chairwoman chairperson founder
    director editor-in-chief governor mayor premier chancellor spokesperson spokesman spokeswoman
    leader captain coach owner principal dean ambassador host anchor manager lead secretary-general
    commissioner minister""".split()
)
# Title words that are never part of a name, even capitalized: "Acme CEO Jane Chen".
TITLE_WORDS = frozenset(
    """ceo cfo cto coo cmo cio cso vp gm president chairman chairwoman chair director founder
    co-founder cofounder head chief editor minister governor mayor premier secretary spokesperson
    spokesman spokeswoman dr mr mrs ms prof professor sir""".split()
)
_SYNONYMS = {
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "chief financial officer": "cfo",
    "chief technology officer": "cto",
    "chief operating officer": "coo",
    "chief marketing officer": "cmo",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
}
_DETERMINERS = frozenset("the our its their his her my your this".split())
# Organisations named generically: "head of the exchange" can be said of any named exchange.
GENERIC_ORGS = frozenset(
    """exchange company firm platform team group project organisation organization board bank fund
    foundation business startup agency ministry department network protocol community""".split()
)
_OF = ("of", "at", "for")


@dataclass(frozen=True)
class Role:
    """A role phrase reduced to a core ("asia-pacific head") and an organisation or None."""

    core: str
    org: str | None
    text: str

    def compatible(self, other: "Role") -> bool:
        """Same core, and the same organisation unless one of them is generic or unnamed."""
        return self.core == other.core and (self.org is None or other.org is None or self.org == other.org)


def role_key(phrase: str, org_before: str | None = None, extra_roles: Iterable[str] = ()) -> Role | None:
    """Reduce a definite role phrase; None when its head noun is not a one-person role.

    ``org_before`` is an organisation written before the role ("Acme CEO"); ``extra_roles`` are
    more head nouns of one-person roles.
    """
    words = [w.strip(".,;:\"'“”‘’()") for w in phrase.split()]
    words = [w for w in words if w]
    if not words or words[0].lower() in ("a", "an", "one"):
        return None  # "a partner": not a role one person holds alone
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    split = next((i for i, w in enumerate(words) if w.lower() in _OF), len(words))
    core = " ".join(w.lower() for w in words[:split]).replace("co-founder", "cofounder")
    for long, short in _SYNONYMS.items():
        core = core.replace(long, short)
    if not core or (core.split()[-1] not in UNIQUE_ROLES and core.split()[-1] not in {r.lower() for r in extra_roles}):
        return None
    org_words = words[split + 1 :]
    return Role(core, _org(org_words) if org_words else (org_before.lower() if org_before else None), phrase)


# Where an organisation named after a role ends: "head of Acme since 2024" is about Acme.
_ORG_END = frozenset("since in at for from with who which that and or but as when where until after before".split())


def _org(words: list[str]) -> str | None:
    """``["the", "exchange"]`` → None (generic); ``["Acme", "since", "2024"]`` → ``"acme"``."""
    named = []
    for word in words:
        folded = word.lower()
        if folded in _ORG_END:
            break
        if folded not in _DETERMINERS:
            named.append(folded)
    if all(w in GENERIC_ORGS for w in named):
        return None
    return " ".join(named)
