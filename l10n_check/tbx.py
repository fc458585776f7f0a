"""TBX termbases (TBX-Basic / TBX 2008 and TBX v3) → glossary entries, parsed with defusedxml.

Elements are found by local name, so namespaced TBX v3 files (``urn:iso:std:iso:30042:ed-2``) and
un-namespaced TBX 2008 ``martif`` files take the same path:

    termEntry | conceptEntry          one concept → one ``Entry``
      langSet | langSec (xml:lang)    terms of one language
        tig | ntig/termGrp | termSec  one term: <term> and its notes
          termNote type="administrativeStatus"   preferredTerm-admn-sts, admittedTerm-admn-sts,
                                                 deprecatedTerm-admn-sts, supersededTerm-admn-sts
          basic:administrativeStatus             the same in TBX v3 DCT style
          termNote type="normativeAuthorization" preferredTerm, deprecatedTerm, ... (older exports)
          termNote type="partOfSpeech"           properNoun makes the entry a name
"""

from __future__ import annotations

from typing import Iterable
from xml.etree.ElementTree import Element, ParseError

from .glossary import Entry, GlossaryError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ENTRY = {"termEntry", "conceptEntry"}
_LANG = {"langSet", "langSec"}
_TERM_GROUP = {"tig", "termGrp", "termSec"}
_STATUS_TYPES = {"administrativeStatus", "normativeAuthorization"}
# Status values, with the "-admn-sts" suffix removed and lower-cased, → role.
_STATUS_ROLES = {
    "preferredterm": "preferred", "standardizedterm": "preferred", "legalterm": "preferred", "regulatedterm": "preferred",
    "admittedterm": "admitted",
    "deprecatedterm": "forbidden", "supersededterm": "forbidden", "forbiddenterm": "forbidden", "notrecommendedterm": "forbidden",
}


def local(tag: str) -> str:
    """``{urn:...}termSec`` → ``termSec``."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def base_lang(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def read_tbx(path: str, data: bytes, source_lang: str, target_lang: str) -> list[Entry]:
    """Every concept with a term in ``target_lang`` → an ``Entry``; raises ``GlossaryError``."""
    import defusedxml.ElementTree as SafeET  # lazily: only TBX glossaries need it
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(data)
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise GlossaryError(f"{path}:{line}: not well-formed XML (column {column + 1})") from None
    except DefusedXmlException as error:
        raise GlossaryError(f"{path}: refused unsafe XML ({type(error).__name__}): entities and external references are not allowed") from None
    if local(root.tag) not in {"martif", "tbx"}:
        raise GlossaryError(f"{path}: not a TBX file (root element <{local(root.tag)}>, expected <martif> or <tbx>)")
    entries = []
    for number, concept in enumerate((el for el in root.iter() if local(el.tag) in _ENTRY), start=1):
        entry = _entry(concept, base_lang(source_lang), base_lang(target_lang), f"{path}:{concept.get('id') or number}")
        if entry is not None:
            entries.append(entry)
    if not entries:
        raise GlossaryError(f"{path}: no terms in the target language {target_lang!r}")
    return entries


def _entry(concept: Element, source: str, target: str, where: str) -> Entry | None:
    sources: list[str] = []
    roles: dict[str, list[str]] = {"preferred": [], "admitted": [], "forbidden": [], "": []}
    notes: list[str] = [_text(el) for el in concept if local(el.tag) == "note"]
    proper = False
    for lang_set in (el for el in concept if local(el.tag) in _LANG):
        lang = base_lang(lang_set.get(XML_LANG) or lang_set.get("lang") or "")
        for term, status, pos, term_notes in _terms(lang_set):
            if lang == target:
                roles[status].append(term)
                notes.extend(term_notes)
                proper = proper or pos == "propernoun"
            elif lang == source:
                sources.append(term)
    accepted = roles["preferred"] + roles[""] + roles["admitted"]
    if not accepted and not roles["forbidden"]:
        return None
    if not accepted:
        raise GlossaryError(f"{where}: only deprecated terms and no approved one")
    return Entry(
        target=accepted[0],
        sources=tuple(sources),
        admitted=tuple(accepted[1:]),
        forbidden=tuple(roles["forbidden"]),
        note=" ".join(n for n in notes if n),
        kind="name" if proper else "term",
        origin=where,
    )


def _terms(lang_set: Element) -> Iterable[tuple[str, str, str, list[str]]]:
    """``(term, role, part of speech, notes)`` for each term group of a language section."""
    for group in lang_set.iter():
        if local(group.tag) not in _TERM_GROUP:
            continue
        term_el = next((el for el in group if local(el.tag) == "term"), None)
        if term_el is None:
            continue  # an ntig's outer element: its termGrp is visited on its own
        term = " ".join(_text(term_el).split())
        if not term:
            continue
        status, pos, notes = "", "", []
        for el in group.iter():
            name, kind = local(el.tag), el.get("type", "")
            value = _text(el)
            if kind in _STATUS_TYPES or name in _STATUS_TYPES:
                status = _role(value)
            elif kind == "partOfSpeech" or name == "partOfSpeech":
                pos = value.lower()
            elif name == "note":
                notes.append(value)
        yield term, status, pos, notes


def _role(value: str) -> str:
    key = value.strip().lower().replace("-admn-sts", "").replace("_", "").replace(" ", "")
    return _STATUS_ROLES.get(key, "")


def _text(element: Element) -> str:
    return "".join(element.itertext()).strip()
