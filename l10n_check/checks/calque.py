"""A literal translation of a Chinese idiom, slang word or set phrase.

## What it flags
English that renders a Chinese expression word for word where English says it differently, found
two ways:

- from a curated list (`data/calques.tsv`: Chinese, literal forms, a better rendering, where the
  calque is attested): "dry goods" for 干货 (practical insights), "wolfishness" for 狼性
  (aggressive drive), "cutting leeks" for 割韭菜, "operation and maintenance" for 运维 (operations);
  plurals, possessives, case and hyphen/space spellings match, and the better rendering is the
  suggestion;
- from the section labels of Chinese documents (`data/label_calques.tsv`): a heading or a one-word
  label rendered by the first dictionary sense of 说明, 收获, 目录, 总结 or 建议 where English
  documents write another word ("Explain:" for "Note:", "Harvest" for "Takeaways", "Directory"
  for "Contents"), or by its verb sense as the second of two nouns a heading pairs ("Contribution
  and harvest" for 贡献与收获); the wrong senses come from CC-CEDICT, the list holds only the right
  labels;
- from the section titles of Chinese READMEs and manuals (`data/heading_calques.tsv`): a heading, or a
  label alone on its line, whose whole text renders a title word for word ("## Update log" for
  更新日志, "Changelog"; "### Precautions" for 注意事项, "Notes"); the same words in running text or
  in a longer title are not reported;
- from names of Chinese products and services rendered word for word (`data/product_calques.tsv`):
  "Flybook" for 飞书 (Feishu), "Know Almost" for 知乎 (Zhihu), in running text when written as a
  name (every word capitalised, and not one ordinary English word), and as the whole content of an
  inline code span, where Chinese READMEs list channels and logins (`Email` `Nail` `Flybook`: 钉钉
  is DingTalk);
- from readings composed out of CC-CEDICT (`data/calque_literals.tsv`, built by
  `data/build_calque_data.py`): for every word CC-CEDICT marks as an idiom, slang, a neologism or
  figurative, its own literal reading ("lit. cabbage price" for 白菜价) and the readings put together
  from the first plain sense of each part (种 "plant" + 草 "grass"), kept only where the word's sense says
  something else, no Chinese word renders the reading rightly, and the reading is no frequent
  English bigram. The message gives the word, the parts and the sense: "'eat melon' reads as a
  word-for-word rendering of 吃瓜 (吃 'eat' + 瓜 'melon'), which means 'to watch an entertaining
  spectacle from the sidelines...'".

## Why it matters
A calque reads as nonsense or, worse, as a different meaning ("dry goods" are groceries); readers of
the English text have no way to recover the Chinese idiom behind it.

## Example
Fails:  This article is full of dry goods about the exchange.
Fails:  Phones at cabbage prices sold out.
Passes: This article is full of practical insights about the exchange.

## Options
- `extra`: paths of further TSV files in the same four-column format, for a newsroom's own list.
- `ignore`: literal forms never to report (case-insensitive).
- `composed` (default true): also report the readings composed from CC-CEDICT and the labels.

## What it cannot know
Whether the literal sense is meant ("leeks" in a recipe, a real "evergreen tree"): the list holds
phrases that are rare in English in their literal sense, and a reviewer decides. Composed readings
cover only words CC-CEDICT explains and marks as figurative (much recent slang, not 割韭菜 or
狼性), and only two-part readings. Measured on real machine translations of technical articles,
they find nothing: the calques there are jargon that neither CC-CEDICT nor jieba's word list holds
(运维, 二次开发, 单测, 主控, 染色日志), and composing readings for every CC-CEDICT word instead
reports ordinary English ("open issues" as 启发, "block chain") about 4 times per 50 KB of native
text. A wrong sense chosen for an ordinary word ("harvest" for 收获 "gains" in running text,
"contact" for 接触 "come across", "label" for 标签 "attribute") depends on what the sentence is
about, which only the source tells; such words, and jargon, are found only when the list holds
them. Inside code, only a span that is a listed product name and nothing else is read.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

import regex

from .. import cache, files, patterns, termmatch
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Segment, Severity
from ..termmatch import Match, PhraseIndex, PhraseMatcher, phrase_index, phrase_key


MAX_LIST_SIZE = 16 * 1024 * 1024  # far above any newsroom's list (5,000 rows are about 300 KB)

# The rows of the lists are named tuples, not frozen dataclasses: as immutable, internal to this
# check, and made in a tenth of the time (a dataclass costs about a millisecond at import).


class Calque(NamedTuple):
    """A row of a calque list: the Chinese, its literal English forms, a better rendering, where attested."""

    chinese: str
    literal: tuple[str, ...]
    better: str
    attested: str


class Product(Calque):
    """A Chinese product or service name rendered word for word (``data/product_calques.tsv``)."""

    __slots__ = ()


@dataclass(frozen=True)
class Options:
    extra: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    composed: bool = True


class Reading(NamedTuple):
    """A literal reading composed from a Chinese word's parts (``data/calque_literals.tsv``)."""

    reading: str
    chinese: str
    parts: str  # "种 plant + 草 grass", or "lit. cabbage price" where CC-CEDICT gives the reading
    sense: str


def parse_table(text: str, origin: str, kind: type[Calque] = Calque) -> list[Calque]:
    """Rows of a calque TSV (as ``kind``); a malformed row raises ``ValueError`` naming the file and line."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("chinese\tliteral"):
            continue  # comments and the header row
        columns = line.split("\t")
        if len(columns) != 4 or not all(c.strip() for c in columns):
            raise ValueError(f"{origin}:{number}: expected 4 tab-separated columns: chinese, literal, better, attested")
        chinese, literal, better, attested = (c.strip() for c in columns)
        rows.append(kind(chinese, tuple(f.strip() for f in literal.split("|") if f.strip()), better, attested))
    return rows


@functools.lru_cache(maxsize=1)
def builtin() -> tuple[Calque, ...]:
    """The packaged list, ``data/calques.tsv``."""
    return _packaged("calques.tsv")


def _packaged(name: str, kind: type[Calque] = Calque) -> tuple[Calque, ...]:
    """The rows of a packaged table in the calques format, ``data/<name>``."""
    return tuple(parse_table(resources.files("l10n_check.data").joinpath(name).read_text("utf-8"), name, kind))


@functools.lru_cache(maxsize=1)
def products() -> tuple[Product, ...]:
    """The packaged product names, ``data/product_calques.tsv``."""
    return _packaged("product_calques.tsv", Product)  # type: ignore[return-value]


@functools.lru_cache(maxsize=1)
def _products_by_key() -> dict[str, Product]:
    return {phrase_key(form): product for product in products() for form in product.literal}


@functools.lru_cache(maxsize=1)
def heading_calques() -> dict[str, Calque]:
    """Key of a literal section title (``phrase_key``: case and separators folded) → its calque,
    from ``data/heading_calques.tsv``."""
    return {phrase_key(form): calque for calque in _packaged("heading_calques.tsv") for form in calque.literal}


@functools.lru_cache(maxsize=8)
def matcher(extra: tuple[str, ...], ignore: tuple[str, ...], composed: bool = False) -> PhraseMatcher[Calque | Reading]:
    """One combined matcher over every literal form of the built-in and the extra lists, and the
    composed readings when asked: one pass a paragraph (a trie-compiled pattern costs little more
    for 5,000 phrases than for 1,000), the longest phrase winning at a place."""
    if not extra and not ignore:
        return _packaged_matcher(composed)
    calques: list[Calque] = [*builtin(), *products()]
    for path in extra:
        try:  # through ``files``: a FIFO is refused, not waited on; a huge file is refused unread
            calques.extend(parse_table(files.read_text(path, MAX_LIST_SIZE), path))
        except (files.InputError, ValueError) as error:
            from ..engine import ConfigError  # a bad list is a configuration error: one line, exit 2

            raise ConfigError(str(error)) from None
    skip = {form.casefold() for form in ignore}
    listed: list[tuple[str, Calque | Reading]] = [(form, c) for c in calques for form in c.literal if form.casefold() not in skip]
    if composed:
        listed += [(r.reading, r) for r in readings() if r.reading.casefold() not in skip]
    return PhraseMatcher(listed)


def _packaged_matcher(composed: bool) -> PhraseMatcher[Calque | Reading]:
    """``matcher`` of the packaged lists alone, what nearly every run uses. Filing their 2,400
    phrases took 25-60 ms a run, so the filed phrases are kept in the cache directory (``cache.stored``,
    keyed by the lists' and this code's contents) and loaded in a few; the rows are made only for the
    phrases a text holds."""
    names = ["calques.tsv", "product_calques.tsv"] + (["calque_literals.tsv"] if composed else [])
    paths = [Path(str(resources.files("l10n_check.data").joinpath(name))) for name in names]
    if not all(path.is_file() for path in paths):  # data inside an archive: filed each run
        index, rows, owners = _packaged_index(composed)
    else:
        code = [Path(__file__), Path(termmatch.__file__)]  # a change in how phrases are filed
        source = cache.file_fingerprint(*paths, *code) + str(int(composed))  # no hashing: its import costs 4 ms
        index, rows, owners = cache.stored("calque-matcher", source, lambda: _packaged_index(composed), _is_packaged_index)
    return PhraseMatcher.from_index(index, _Rows(rows, owners))


_Row = tuple  # ("calque" | "product", chinese, literal forms, better, attested) or ("reading", reading, chinese, parts, sense)


def _packaged_index(composed: bool) -> tuple[PhraseIndex, list[_Row], list[int]]:
    """The packaged lists' phrases filed (``phrase_index``), their rows as plain values, and the
    row of each phrase."""
    rows: list[_Row] = []
    phrases: list[str] = []
    owners: list[int] = []
    for calque in (*builtin(), *products()):
        rows.append(("product" if isinstance(calque, Product) else "calque", calque.chinese, list(calque.literal),
                     calque.better, calque.attested))
        phrases += calque.literal
        owners += [len(rows) - 1] * len(calque.literal)
    for reading in readings() if composed else ():
        rows.append(("reading", reading.reading, reading.chinese, reading.parts, reading.sense))
        phrases.append(reading.reading)
        owners.append(len(rows) - 1)
    return phrase_index(phrases), rows, owners


def _is_packaged_index(value: object) -> bool:
    """Whether a value read back from the cache has the shape ``_packaged_index`` gives."""
    if not (isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], tuple) and len(value[0]) == 5):
        return False
    index, rows, owners = value
    return isinstance(index[1], dict) and isinstance(index[2], list) and isinstance(rows, list) and isinstance(owners, list)


class _Rows(Sequence["Calque | Reading"]):
    """The calque or reading of each phrase, made from its row on first need."""

    def __init__(self, rows: list[_Row], owners: list[int]) -> None:
        self._rows, self._owners = rows, owners
        self._made: dict[int, Calque | Reading] = {}

    def __len__(self) -> int:
        return len(self._owners)

    def __getitem__(self, number: int) -> Calque | Reading:  # type: ignore[override]
        owner = self._owners[number]
        made = self._made.get(owner)
        if made is None:
            kind, *fields = self._rows[owner]
            made = Reading(*fields) if kind == "reading" else (Product if kind == "product" else Calque)(
                fields[0], tuple(fields[1]), fields[2], fields[3])
            self._made[owner] = made
        return made


@functools.lru_cache(maxsize=1)
def readings() -> tuple[Reading, ...]:
    """The composed readings, built by ``data/build_calque_data.py``; those the curated list has are left out."""
    from ..chinese.datafiles import data_lines

    curated = {form.casefold() for c in builtin() for form in c.literal}
    rows = (line.split("\t") for line in data_lines("calque_literals.tsv"))
    return tuple(Reading(*row) for row in rows if len(row) == 4 and row[0].casefold() not in curated)


class LabelCalque(NamedTuple):
    """A section label rendered by a dictionary sense: 说明 "Explain" where English writes "Note"."""

    chinese: str
    wrong: str  # the sense, as a stem: "explain", "illustrat"
    sense: str
    better: str


@functools.lru_cache(maxsize=1)
def label_calques() -> dict[str, LabelCalque]:
    """Stem of a wrong rendering → the label calque, from ``data/label_calques.tsv``."""
    from ..chinese.datafiles import data_lines

    found: dict[str, LabelCalque] = {}
    for line in data_lines("label_calques.tsv"):
        chinese, accepted, senses = (line.split("\t") + [""])[:3]
        good = {_stem(label) for label in accepted.split("|")}
        for sense in filter(None, senses.split("|")):
            word = regex.sub(r"^to ", "", regex.sub(r"\([^)]*\)", "", sense).strip())
            if regex.fullmatch(r"[a-z]+", word) and _stem(word) not in good:
                found.setdefault(_stem(word), LabelCalque(chinese, word, sense, accepted.split("|")[0]))
    return found


def _stem(word: str) -> str:
    """Enough of a word to match its forms: "illustrate" and "Illustration" → "illustr"."""
    return word.lower()[:7] if len(word) > 7 else word.lower().rstrip("s")


# A label: a heading, or a line or list item of one or two words before a colon.
_LABEL = patterns.compile(r"^[\s>*+#\-•\d.)🌻]*([\p{L}][\p{L}\- ]{0,24}?)[\s*_]*(?:[:：]|$)", regex.M)


# The first word of a list item: a changelog's verb ("Realize the monitoring" for 实现 "implement").
_LEAD = patterns.compile(r"^[\s>*+\-•\d.)]*([A-Za-z]+)(?= )")


def _labels(segment: Segment) -> Iterator[Hit]:
    table = label_calques()
    lead = _LEAD.match(segment.prose) if segment.kind == "item" else None
    calque = table.get(_stem(lead.group(1))) if lead is not None and lead.group(1)[0].isupper() else None
    if lead is not None and calque is not None and lead.group(1).lower() == calque.wrong:  # "Realize", not "Proposed"
        yield _label_hit(segment, lead.start(1), lead.end(1), "opening a list item", calque)
    yield from _paired(segment, table)
    for match in _label_matches(segment):
        text = match.group(1).strip()
        ends_label = segment.kind == "heading" or segment.prose[match.end() - 1 : match.end()] in ":："
        if not ends_label or len(text.split()) > 1:
            continue
        calque = table.get(_stem(text))
        if calque is not None:
            yield _label_hit(segment, match.start(1), match.start(1) + len(text), "as a label", calque,
                             "English documents write")


def _label_matches(segment: Segment) -> Iterator[regex.Match[str]]:
    """``_LABEL`` at the start of each line that can hold a label: every line of a heading, and the
    lines with a colon elsewhere (searching a whole paragraph tried the pattern at every character)."""
    for position, _ in _label_lines(segment):
        match = _LABEL.match(segment.prose, position)
        if match is not None:
            yield match


def _label_lines(segment: Segment) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` of each line of the prose that can hold a label or a title: every line of
    a heading, and the lines with a colon elsewhere."""
    position = 0
    for line in segment.prose.split("\n"):
        if segment.kind == "heading" or ":" in line or "：" in line:
            yield position, line
        position += len(line) + 1


# A heading that pairs two nouns, the second a label word: "Contribution and harvest" (贡献与收获).
_PAIRED = patterns.compile(r"\s(?:and|&)\s+([A-Za-z]+)[\s*_.!]*$")


def _paired(segment: Segment, table: dict[str, LabelCalque]) -> Iterator[Hit]:
    """The second of two nouns paired in a heading, rendered by a label word's verb sense: Chinese
    headings pair nouns (贡献与收获, 总结与建议), and English pairs nouns too, never a noun and a verb."""
    match = _PAIRED.search(segment.prose) if segment.kind == "heading" else None
    calque = table.get(_stem(match.group(1))) if match is not None else None
    if match is not None and calque is not None and calque.sense.startswith("to ") and match.group(1).lower() == calque.wrong:
        yield _label_hit(segment, match.start(1), match.end(1), "paired with a noun in a heading", calque)


# A title alone on its line: heading marks, numbering and emphasis around it, a colon after it.
_TITLE = patterns.compile(r"^[\s>*+#\-•\d.)_]*(\p{L}[\p{L}\- ']{0,40}?)[\s*_]*[:：]?[\s*_]*$")


def _titles(segment: Segment, ignore: frozenset[str]) -> Iterator[Hit]:
    """Section titles rendered word for word (``data/heading_calques.tsv``): the whole text of a
    heading's line, or of a line holding only a label and its colon. Running text never matches."""
    table = heading_calques()
    for position, line in _label_lines(segment):
        match = _TITLE.match(line)
        key = phrase_key(match.group(1)) if match is not None else ""
        calque = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
        if calque is not None and match.group(1).casefold() not in ignore:
            yield Hit(segment.start + position + match.start(1), segment.start + position + match.end(1),
                      f"'{match.group(1)}' as a section title reads as {calque.chinese} rendered word for word: "
                      f"English documents title it {_alternatives(calque.better)}", suggestion=calque.better.split(";")[0].strip())


def _alternatives(better: str) -> str:
    """ "Notes; Caveats" → "'Notes' or 'Caveats'"."""
    return " or ".join(f"'{choice.strip()}'" for choice in better.split(";"))


def _label_hit(segment: Segment, start: int, end: int, where: str, calque: LabelCalque, english: str = "English writes") -> Hit:
    """A label word at ``[start, end)`` of the segment's prose rendered by a dictionary sense."""
    word = segment.prose[start:end]
    return Hit(segment.start + start, segment.start + end,
               f"'{word}' {where} reads as {calque.chinese} rendered by its dictionary sense '{calque.sense}': "
               f"{english} '{calque.better}'", suggestion=calque.better)


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    """Report the listed calques, the composed readings and the label calques of ``doc``."""
    found = matcher(tuple(options.extra), tuple(options.ignore), options.composed)
    skip = _skip(tuple(options.ignore))
    for segment in doc.segments:
        for match in found.finditer(segment.prose):
            payload = match.payloads[0]
            if isinstance(payload, Product):
                if _as_name(match.core):
                    yield _product_hit(segment.start + match.start, segment.prose[match.start : match.end], payload)
            elif not isinstance(payload, Reading):
                yield _listed(segment, match, payload)
            elif " " in segment.prose[match.start : match.end].strip() or "-" in match.core:
                yield _composed(segment, match.start, match.end, payload)  # "payjoin" is no "pay join"
        if "`" in segment.raw:
            yield from _products_in_code(segment, skip)
        if segment.kind in ("heading", "item") or ":" in segment.prose or "：" in segment.prose:
            yield from _titles(segment, skip)
            if options.composed:
                yield from (hit for hit in _labels(segment) if doc.text[hit.start : hit.end].casefold() not in skip)


@functools.lru_cache(maxsize=8)
def _skip(ignore: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form.casefold() for form in ignore)


def _composed(segment: Segment, start: int, end: int, reading: Reading) -> Hit:
    """The finding for a composed literal reading at ``[start, end)`` of the segment's prose."""
    return Hit(
        segment.start + start,
        segment.start + end,
        f"'{segment.prose[start:end]}' reads as a word-for-word rendering of {reading.chinese} ({_parts(reading)}), "
        f"which means '{reading.sense}': say that instead?",
    )


def _parts(reading: Reading) -> str:
    if reading.parts.startswith("lit. "):
        return f"literally '{reading.parts[5:]}'"
    return " + ".join(f"{p.split(' ', 1)[0]} '{p.split(' ', 1)[1]}'" for p in reading.parts.split(" + "))


ORDINARY_ZIPF = 3.0  # a word used at least once per million words is ordinary English


def _as_name(text: str) -> bool:
    """Whether a product's literal form in running text reads as a name: every word capitalised
    ("Know Almost", not a sentence opening "Know almost nothing"), and not one ordinary English word
    ("Nail" is a nail there; only a code span makes it a product)."""
    words = text.replace("-", " ").split()
    if not all(word[:1].isupper() for word in words):
        return False
    from ..english import zipf

    return len(words) > 1 or zipf(text) < ORDINARY_ZIPF


# An inline code span: its content, which the reader blanks in the prose.
_CODE_SPAN = patterns.compile(r"(?<!`)`([^`\n]{1,60})`(?!`)")


def _products_in_code(segment: Segment, ignore: frozenset[str]) -> Iterator[Hit]:
    """Product names rendered word for word as the whole content of an inline code span: Chinese
    READMEs list notification channels and logins as code (`Email` `Nail` `Flybook`)."""
    table = _products_by_key()
    for span in _CODE_SPAN.finditer(segment.raw):
        text = span.group(1).strip()
        product = table.get(phrase_key(text))
        if product is not None and text.casefold() not in ignore and not segment.prose[span.start(1) : span.end(1)].strip():
            yield _product_hit(segment.start + span.start(1) + span.group(1).index(text), text, product)


def _product_hit(start: int, text: str, product: Product) -> Hit:
    """``text`` at ``start`` of the document: a product's name translated word for word."""
    return Hit(start, start + len(text),
               f"'{text}' reads as the name {product.chinese} translated word for word: "
               f"the product's English name is '{product.better}'", suggestion=product.better.split(" (")[0])


def _listed(segment: Segment, match: Match[Calque | Reading], calque: Calque) -> Hit:
    """A phrase of the curated list, with its better rendering as the suggestion."""
    return Hit(
        segment.start + match.start,
        segment.start + match.end,
        f"'{segment.prose[match.start:match.end]}' reads as a word-for-word translation of {calque.chinese}: "
        f"in English, '{calque.better}'",
        suggestion=calque.better.split(";")[0].strip(),
    )


def warm_up() -> None:
    """Build the default matcher and read the label table before worker processes fork."""
    matcher((), (), True)
    label_calques()
    heading_calques()
    _products_by_key()


CHECK = Check(
    name="calque",
    category="fluency",
    severity=Severity.WARNING,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
    warm_up=warm_up,
)
