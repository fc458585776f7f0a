"""Two different names given the same one-person role in one draft.

## What it flags
A name put in apposition with a role or title — "NAME, the ROLE", "the ROLE, NAME", "ROLE NAME",
"NAME (ROLE)" — when the draft gives that role to a different name elsewhere. Roles are compared
after normalizing: "the Asia-Pacific head of the exchange" and "the Asia-Pacific head of
Acme" are one role (a generic organisation matches a named one), "CEO" and "chief executive
officer" are one role, "the CEO of Binance" and "the CEO of OKX" are two. The finding points at the
rarer name, each time it takes the role, and relates the other name where it holds the role (its
first ten places; the message gives how often the draft names it).

## Why it matters
Machine translation sometimes turns a word into a person. A Chinese article that praises its
interviewee with a figurative word can come out with that word romanized as a name and given the
interviewee's title — a second head who does not exist — while the rest of the article names the
head correctly. Read paragraph by paragraph, both sentences look fine.

## Example
Fails:  Wang Lei, the CEO of Acme, spoke first. [...] Later, Zhou Ming, the CEO of Acme, agreed.
Passes: Wang Lei, the CEO of Acme, spoke first. [...] Later, Wang Lei agreed.

## Options
- `roles`: more head nouns of one-person roles ("editor", "curator"), added to the built-in list
  (head, chief, CEO, president, chair, founder, director, spokesperson, ...).
- `ignore`: names never reported. Names in the names list (`--names`) are never reported either.

## What it cannot know
Whether the role really passed from one person to another within the article ("the former CEO");
roles held by several people at once (co-founder, partner, member) are never compared. Only
appositions are read: "X, who heads the exchange" is not understood as a role.
Only English drafts: the appositions and role words are English.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Related, Severity
from ..names.grouping import Occurrence, Rendering, group, renderings
from ..names.mentions import Mention, mentions
from ..names.nameslist import names_in
from ..names.roles import UNIQUE_ROLES, Role, role_key
from ..chinese.dictionary import warm_up as chinese_warm_up

# "NAME, the ROLE" and "NAME (ROLE)": the role runs to the next punctuation.
_ROLE_AFTER = patterns.compile(r",\s+((?:the|our|its|their|his|her)\s[^,.;:!?()\[\]\"“”\n]{1,100})", regex.I)
_ROLE_IN_BRACKETS = patterns.compile(r"\s*[(（]([^()（）\n]{1,100})[)）]")
# "the ROLE, NAME" (then punctuation) and "[Org] ROLE NAME".
_ROLE_BEFORE = patterns.compile(r"\b((?:the|our|its|their)\s[^,.;:!?()\[\]\"“”\n]{1,100}),\s*$", regex.I)
_TITLE_BEFORE = patterns.compile(
    r"(?:(\p{Lu}[\p{L}\p{N}]*)(?:['’]s)?\s+)?((?:\p{L}+-[\p{L}\-]+\s+)*\p{L}+)\s+$", regex.V1
)
# Last words of a title written before a name: "CEO", "head", "chief executive officer".
_TITLE_HEADS = UNIQUE_ROLES | {"officer", "executive", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman"}
_CLAUSE_END = patterns.compile(r"\s*(?:[,.;:!?)]|$)")
# Where a role phrase after a name stops: the clause goes on with a verb or a conjunction.
_ROLE_STOP = patterns.compile(r"\s(?:and|who|which|that|said|says|has|had|is|was|will|would|stated|told)\b.*$", regex.S)


@dataclass(frozen=True)
class Options:
    roles: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Apposition:
    mention: Mention
    role: Role


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    """Read the appositions of ``doc``, group its names, report the rarer of two names per role."""
    names = names_in(context.resources)
    found = [m for m in mentions(doc) if not m.han]
    appositions = [a for m in found for a in _appositions(doc.text, m, options.roles)]
    if len(appositions) < 2:
        return
    groups = group(renderings(Occurrence(0, doc.path, m) for m in found))
    group_of = {r.text: index for index, members in enumerate(groups) for r in members}
    size = [sum(r.count for r in members) for members in groups]
    by_group: dict[int, list[_Apposition]] = defaultdict(list)
    for apposition in appositions:
        by_group[group_of[_text(apposition.mention)]].append(apposition)
    by_group = {g: _with_own_org(found) for g, found in by_group.items()}
    for mine, others in _conflicts(by_group, size):
        reportable = [a for a in by_group[mine] if not (names.is_listed(_text(a.mention)) or _text(a.mention) in options.ignore)]
        yield from _hits(reportable, others, groups, size, by_group)


def _with_own_org(found: list[_Apposition]) -> list[_Apposition]:
    """A role written without organisation means the one this name holds it at elsewhere.

    "CEO Wang Lei" after "Acme CEO Wang Lei" is Acme's CEO, and so no rival of "Beta CEO Zhou Ming".
    """
    named: dict[str, set[str]] = defaultdict(set)
    for apposition in found:
        if apposition.role.org is not None:
            named[apposition.role.core].add(apposition.role.org)
    return [
        _Apposition(a.mention, dataclasses.replace(a.role, org=min(named[a.role.core])))
        if a.role.org is None and len(named[a.role.core]) == 1 else a
        for a in found
    ]


def _text(mention: Mention) -> str:
    return " ".join(mention.text.split())


def _appositions(text: str, mention: Mention, extra_roles: tuple[str, ...]) -> Iterator[_Apposition]:
    """Every role ``mention`` is given in apposition."""
    for phrase, org, written in _role_phrases(text, mention, extra_roles):
        role = role_key(phrase, org, extra_roles)
        if role is not None:
            yield _Apposition(mention, dataclasses.replace(role, text=written))


def _role_phrases(text: str, mention: Mention, extra_roles: tuple[str, ...]) -> Iterator[tuple[str, str | None, str]]:
    """(role phrase, organisation written before it, the role as the draft writes it).

    Cheap tests on the next and previous characters come first: most mentions have no apposition.
    """
    after = text[mention.end : mention.end + 120]
    before = text[max(0, mention.start - 120) : mention.start].rstrip()
    if after.startswith(","):
        match = _ROLE_AFTER.match(after)
        if match:
            phrase = _ROLE_STOP.sub("", match.group(1))
            yield phrase, None, phrase
    if after.lstrip()[:1] in ("(", "（"):
        match = _ROLE_IN_BRACKETS.match(after)
        if match:
            yield match.group(1), None, match.group(1)
    if before.endswith(",") and _CLAUSE_END.match(after):
        match = _ROLE_BEFORE.search(before + " ")
        if match:
            yield match.group(1), None, match.group(1)
    last = before.rsplit(None, 1)[-1].casefold() if before else ""
    if last in _TITLE_HEADS or last in {r.casefold() for r in extra_roles}:
        match = _TITLE_BEFORE.search(before + " ")
        if match and "\n" not in match.group():
            # "Acme CEO Wang Lei", "Asia-Pacific head Wang Xiaoming"; the role reads "Acme CEO".
            yield match.group(2), match.group(1), match.group().strip()


def _conflicts(by_group: dict[int, list[_Apposition]], size: list[int]) -> Iterator[tuple[int, list[int]]]:
    """(rarer group, the groups it shares a role with) for every group that is the rarer one."""
    rivals: dict[int, set[int]] = defaultdict(set)
    for a in sorted(by_group):
        for b in sorted(by_group):
            if a < b and _share_role(by_group[a], by_group[b]):
                rarer, other = (a, b) if (size[a], -a) < (size[b], -b) else (b, a)
                rivals[rarer].add(other)
    for mine in sorted(rivals):
        yield mine, sorted(rivals[mine], key=lambda g: (-size[g], g))


def _share_role(first: list[_Apposition], second: list[_Apposition]) -> bool:
    return any(x.role.compatible(y.role) for x in first for y in second)


def _dominant_text(members: list[Rendering]) -> str:
    return min(members, key=lambda r: -r.count).text


def _hits(mine: list[_Apposition], others: list[int], groups: list[list[Rendering]], size: list[int],
          by_group: dict[int, list[_Apposition]]) -> Iterator[Hit]:
    main = others[0]
    other_name = _dominant_text(groups[main])
    times = "once" if size[main] == 1 else f"{size[main]} times"
    for apposition in mine:
        held = [o for g in others for o in by_group[g] if o.role.compatible(apposition.role)]
        if not held:
            continue
        related = tuple(
            Related(o.mention.start, o.mention.end, f"'{_text(o.mention)}' is called '{o.role.text}' here")
            for o in sorted(held, key=lambda o: o.mention.start)[:RELATED_LIMIT]
        )
        name = _text(apposition.mention)
        mine_count = sum(r.count for r in groups[_group_of(apposition, by_group)]) if by_group else 1
        yield Hit(
            apposition.mention.start,
            apposition.mention.end,
            f"'{name}' is called '{apposition.role.text}', a role the draft gives to '{other_name}' "
            f"(named {times}): two names for one person?",
            suggestion=other_name,
            related=related,
            # The decision a translator makes once, in the shape renderers share (glossary.po, report).
            data={"dominant": other_name, "variants": {other_name: size[main], name: mine_count}, "kind": "name"},
        )


# The first places the other name holds the role, listed with each finding (as the other consistency
# checks list ten): every one of them would make the report of a long draft grow in the square of
# its length (700 findings with 350 places each in a 10 MB draft, 42 MB of JSON).
RELATED_LIMIT = 10


def _group_of(apposition: _Apposition, by_group: dict[int, list[_Apposition]]) -> int:
    return next(g for g, members in by_group.items() if apposition in members)


CHECK = Check(
    name="name-role-conflict",
    category="consistency",
    severity=Severity.ERROR,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
    warm_up=chinese_warm_up,
)
