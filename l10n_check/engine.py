"""The pure core: documents and a configuration in, sorted findings out. No I/O here."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from . import suppress
from .checks import BILINGUAL, CHECKS_BY_NAME
from .model import Check, Context, Document, Finding, Hit, Location, Severity
from .textutil import SentenceIndex, base_lang, c_unescape, shorten_within, unjoined


@dataclass(frozen=True)
class Config:
    """Which checks run, how severe they are, and their options. Built by the CLI or config file."""

    select: tuple[str, ...] = ()  # empty: every check
    ignore: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    source_lang: str = "zh"
    target_lang: str = "en"
    include_fuzzy: bool = False  # also check fuzzy and untranslated entries of bilingual files


class ConfigError(ValueError):
    """A configuration names something that does not exist; the message says what and suggests."""


def unknown_name_error(kind: str, name: str, valid: Iterable[str]) -> ConfigError:
    """``unknown check 'untranslated-fragmnt' (did you mean 'untranslated-fragment'?)``."""
    import difflib  # only for a mistake

    close = difflib.get_close_matches(name, sorted(valid), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return ConfigError(f"unknown {kind} {name!r}{hint}")


# Names a configuration may use: the registered checks and the engine's own suppression report.
KNOWN_NAMES = frozenset(CHECKS_BY_NAME) | {suppress.RULE}


def enabled_checks(config: Config, documents: Sequence[Document] = ()) -> tuple[Check, ...]:
    """The checks ``config`` turns on for ``documents``, in registry order: the bilingual checks
    only when one of them is bilingual (they find nothing in a draft, and are not even imported for
    one). Unknown names raise ``ConfigError``."""
    bilingual = any(doc.bilingual for doc in documents)
    return tuple(CHECKS_BY_NAME[name] for name in enabled_names(config) if bilingual or name not in BILINGUAL)


def enabled_names(config: Config) -> tuple[str, ...]:
    """The names of the checks ``config`` turns on, whatever the documents, in registry order.
    Unknown names raise ``ConfigError``."""
    for name in (*config.select, *config.ignore, *config.severities, *config.options):
        if name not in KNOWN_NAMES:
            raise unknown_name_error("check", name, KNOWN_NAMES)
    selected = set(config.select) if config.select else set(CHECKS_BY_NAME)
    return tuple(name for name in CHECKS_BY_NAME if name in selected and name not in config.ignore)


def __getattr__(name: str) -> tuple[Check, ...]:
    """``CHECKS``: every registered check (the registry's), the bilingual ones imported."""
    if name == "CHECKS":
        from . import checks

        return checks.CHECKS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check_options(check: Check, values: Mapping[str, Any]) -> Any:
    """Build a check's frozen options dataclass; an unknown key raises ``ConfigError``."""
    known = {f.name.replace("_", "-"): f.name for f in dataclasses.fields(check.options)}
    kwargs = {}
    for key, value in values.items():
        name = known.get(key.replace("_", "-"))
        if name is None:
            raise unknown_name_error(f"option for {check.name}", key, known)
        kwargs[name] = tuple(value) if isinstance(value, list) else value
    return check.options(**kwargs)


def lint(documents: Sequence[Document], config: Config, resources: Mapping[str, Any] | None = None) -> list[Finding]:
    """Run every enabled check over ``documents``; return findings sorted by place and check."""
    return apply_suppressions(documents, run_checks(documents, config, resources), config)


def extract_facts(documents: Sequence[Document], config: Config) -> dict[str, dict[str, Any]]:
    """What each enabled cross-document check extracts from each document it speaks of, by check then path."""
    facts = {}
    for check in enabled_checks(config, documents):
        if check.extract is not None:
            options = check_options(check, config.options.get(check.name, {}))
            by_path = {doc.path: check.extract(doc, options) for doc in checked_documents(documents, config) if _speaks(check, doc)}
            if by_path:
                facts[check.name] = by_path
    return facts


def run_checks(
    documents: Sequence[Document],
    config: Config,
    resources: Mapping[str, Any] | None = None,
    scope: str = "all",
    facts: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Finding]:
    """Findings of the enabled checks before suppressions, sorted.

    ``scope`` is ``"all"``, ``"document"`` (checks that see one document at a time: what parallel
    workers run) or ``"corpus"`` (cross-document checks: what the parent runs over every document,
    with the ``facts`` the workers extracted).
    """
    documents = checked_documents(documents, config)
    context = Context(config.source_lang, config.target_lang, dict(resources or {}), dict(facts or {}))
    by_path = {doc.path: doc for doc in documents}
    sentences = Sentences()
    findings: list[Finding] = []
    for check in enabled_checks(config, documents):
        if scope != "all" and (scope == "corpus") != (check.run_corpus is not None):
            continue
        options = check_options(check, config.options.get(check.name, {}))
        severity = config.severities.get(check.name, check.severity)
        for doc, hit in _hits(check, documents, options, context):
            findings.append(to_finding(doc, hit, check.name, severity, by_path, sentences=sentences))
    return sorted(set(findings), key=Finding.sort_key)


def apply_suppressions(documents: Sequence[Document], findings: Sequence[Finding], config: Config) -> list[Finding]:
    """Drop findings silenced in the drafts; report directives that silenced nothing."""
    ran = frozenset(enabled_names(config))
    kept, stale = suppress.apply(documents, findings, ran, KNOWN_NAMES)
    if (not config.select or suppress.RULE in config.select) and suppress.RULE not in config.ignore:
        severity = config.severities.get(suppress.RULE, suppress.RULE_SEVERITY)
        by_path = {doc.path: doc for doc in documents}
        kept.extend(to_finding(doc, hit, suppress.RULE, severity, by_path) for doc, hit in stale)
    return sorted(kept, key=Finding.sort_key)


def _hits(check: Check, documents: Sequence[Document], options: Any, context: Context) -> Iterable[tuple[Document, Hit]]:
    documents = [doc for doc in documents if _speaks(check, doc)]
    if check.run_corpus is not None:
        found: Iterable[tuple[Document, Hit]] = check.run_corpus(documents, options, context)
    else:
        found = ((doc, hit) for doc in documents for hit in (check.run(doc, options, context) if check.run else ()))
    for doc, hit in found:
        if check.bilingual or not copied_from_source(doc, hit):
            yield doc, hit


def _speaks(check: Check, doc: Document) -> bool:
    """Whether ``check`` is written for the language ``doc`` is translated into."""
    return not check.target_langs or base_lang(doc.target_lang) in check.target_langs


def copied_from_source(doc: Document, hit: Hit) -> bool:
    """Whether a hit's text stands verbatim in its segment's source: then the translation only kept it.

    An acronym, a term, a quotation mark or markup that a translation copied from its source is
    neither undefined nor a variant nor stray in the translation; checks that judge the target
    alone are silenced there, while bilingual checks compare both sides themselves.
    """
    segment = doc.segment_at(hit.start)
    if segment is None or not segment.source:
        return False
    text = doc.text[hit.start : hit.end]
    if text.translate(_ASCII_BRACKETS) in _PARTNER:
        return _same_imbalance(text, segment.source, c_unescape(unjoined(segment.raw)[0]))
    return bool(text.strip()) and (text in segment.source or c_unescape(text) in segment.source)


# A lone bracket or quote is copied from the source only when the source is unbalanced in it, and as
# much as the translation: a msgid's own stray ")" is not the translator's (nor is it when the
# translation writes it "）"), a ")" whose "(" became "（" is. Full-width brackets count as ASCII.
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "「": "」", "《": "》"}
_PARTNER = {**_PAIRS, **{close: open_ for open_, close in _PAIRS.items()}, '"': '"', "'": "'"}
_ASCII_BRACKETS = str.maketrans("（）【】［］｛｝", "()[][]{}")


def _same_imbalance(mark: str, source: str, target: str) -> bool:
    mark, source, target = (text.translate(_ASCII_BRACKETS) for text in (mark, source, target))
    partner = _PARTNER[mark]
    if partner == mark:  # a straight quote: pairs by parity
        return source.count(mark) % 2 == 1 and target.count(mark) % 2 == 1
    imbalance = source.count(mark) - source.count(partner)
    return imbalance != 0 and imbalance == target.count(mark) - target.count(partner)


def checked_documents(documents: Sequence[Document], config: Config) -> Sequence[Document]:
    """``documents`` without their fuzzy and untranslated units, unless the configuration asks for them."""
    if config.include_fuzzy:
        return documents
    return [_finished(doc) if any(s.state for s in doc.segments) else doc for doc in documents]


def _finished(doc: Document) -> Document:
    segments = tuple(s for s in doc.segments if not s.state)
    return dataclasses.replace(doc, segments=segments, line_starts=doc.line_starts)


class Sentences:
    """The sentence index of each segment findings were made in, built once on first need: the
    context of every finding in one long paragraph then costs a binary search, not a pass over it.

    A line break always ends a sentence, so in a long segment a finding within one line is quoted
    from that line's sentences alone: one paragraph of a million lines with a few findings is
    not split into sentences whole.
    """

    def __init__(self) -> None:
        self._indexes: dict[tuple[str, int, int], SentenceIndex] = {}

    def around(self, doc: Document, hit: Hit) -> str:
        """The sentence around the hit, from its segment (or its line when outside any segment)."""
        segment = doc.segment_at(hit.start)
        if segment is None:
            line, _ = doc.position(hit.start)
            start = doc.line_starts[line - 1]
            end = doc.line_starts[line] if line < len(doc.line_starts) else len(doc.text)
            return shorten_within(doc.text, (start, end), (hit.start, hit.end), CONTEXT_LIMIT)
        raw, start, end = segment.raw, hit.start - segment.start, hit.end - segment.start
        if len(raw) > LONG_SEGMENT:
            line = raw.rfind("\n", 0, start) + 1
            line_end = raw.find("\n", start)
            line_end = len(raw) if line_end == -1 else line_end
            if end <= line_end:
                index = self._index(doc.path, segment.start, line, raw[line:line_end])
                bounds = index.bounds(start - line, end - line)
                if bounds is not None:
                    return shorten_within(raw, (line + bounds[0], line + bounds[1]), (start, end), CONTEXT_LIMIT)
        return self._index(doc.path, segment.start, -1, raw).around(start, end, CONTEXT_LIMIT)

    def _index(self, path: str, segment: int, line: int, text: str) -> SentenceIndex:
        """The index of a segment (``line`` -1) or of the line at ``line`` within it."""
        key = (path, segment, line)
        if key not in self._indexes:
            self._indexes[key] = SentenceIndex(text)
        return self._indexes[key]


# Longest context quoted with a finding, in code points (about a long sentence).
CONTEXT_LIMIT = 200
# Segments longer than this (code points) are split into sentences line by line, as findings need.
LONG_SEGMENT = 20_000


def to_finding(
    doc: Document, hit: Hit, check: str, severity: Severity, by_path: Mapping[str, Document], *, sentences: Sentences | None = None
) -> Finding:
    """Resolve a hit's offsets into 1-based positions, its context and related locations."""
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(hit.end)
    related = []
    for rel in hit.related:
        other = by_path.get(rel.path or doc.path, doc)
        r_line, r_column = other.position(rel.start)
        related.append(Location(other.path, r_line, r_column, other.text[rel.start : rel.end], rel.note))
    return Finding(
        path=doc.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        check=check,
        severity=severity,
        message=hit.message,
        text=doc.text[hit.start : hit.end],
        context=hit.context if hit.context is not None else (sentences or Sentences()).around(doc, hit),
        suggestion=hit.suggestion,
        related=tuple(related),
        offset=hit.start,
        data=hit.data,
    )


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The highest severity among ``findings``, or None when there are none."""
    return max((f.severity for f in findings), default=None)
