"""RawPage -> Document: find the parts of a page and split its sentences.

Crawl text is kept exactly as it is (every offset points into ``raw.body``);
an HTML page becomes the text trafilatura extracts, headline first. Then, in
this order:

1. lines: the page's lines, the ``date YYYY-MM-DD`` header of crawl dumps
   split off the first one;
2. chrome: icon strips, "Skip to main content", share and cookie widgets
   become BOILERPLATE, where no sentence is read;
3. datelines and captions: date and byline lines (DATELINE), photo credits
   (CAPTION);
4. headline and standfirst: among the lines before the first body sentence;
5. published date: a full printed date, else the header, else the URL, else
   the date the container gave;
6. language (py3langid's model, ``language_id``) and sentences (a fast rule splitter; pysbd settles
   the paragraphs where an abbreviation makes a full stop ambiguous).
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

import pysbd
import trafilatura
from trafilatura import metadata as _trafilatura_metadata
from trafilatura import utils as _trafilatura_utils
from trafilatura.settings import Extractor as _TrafilaturaOptions
from htmldate import find_date as _htmldate
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from pysbd.languages import LANGUAGE_CODES as _PYSBD_LANGUAGES

from tollbook.errors import SourceError
from tollbook.language_id import Identifier
from tollbook.model import Document, RawPage, Segment, SegmentKind, Sentence, site_name
from tollbook.rules import load_rules, load_yaml

_DATE_HEADER = re.compile(r"\A[ \t]*date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w[\w'’.-]*")
_MARKUP = re.compile(r"<[^>]{0,2000}>|https?://\S+")
_TERMINAL = ".:;,"             # a line ending in one of these is a sentence, not a headline
_MAX_HEADLINE_WORDS = 22
_MAX_HEADLINE_CHARS = 250
_TOP_LINES = 12                # headline and dateline are looked for in the page's first lines
_LANGUAGE_SAMPLE = 1200       # py3langid is sure of a language well before this, and it costs per character
_UNCOVERED_MARGIN = 0.3       # nats per character an uncovered language must win by (see detect_language)
_MAX_DATELINE_CHARS = 200      # longer lines are text that mentions a date, not a dateline
_MAX_CHROME_CHARS = 400

# pysbd writes a regular expression per abbreviation it meets and leaves them to the re module's
# cache, which holds 512: a batch of pages needs more, and recompiling them cost more than the rest
# of reading a page. A larger cache only keeps what would be compiled again.
re._MAXCACHE = max(getattr(re, "_MAXCACHE", 0), 4096)


# ---------------------------------------------------------------- records

@dataclass
class _Line:
    """One stretch of a line of the text, with what it turned out to be."""
    start: int
    end: int
    text: str
    blank_after: bool = False
    kind: SegmentKind | None = None
    date: str | None = None      # a date printed on it, when it is a dateline


@dataclass
class _Page:
    text: str
    title: str | None = None     # known beforehand (HTML metadata)
    published: str | None = None  # known beforehand (HTML metadata)
    site: str | None = None
    metadata_date: Callable[[], str | None] | None = None   # the costly search for it, when not made yet
    lines: list[_Line] = field(default_factory=list)


# ---------------------------------------------------------------- entry point

def build_document(raw: RawPage, may_hold_claims: Callable[[Document], bool] | None = None) -> Document:
    """Understand one raw page; raise SourceError when it holds no usable text.

    ``may_hold_claims`` (the claims stage's step 0 over the finished document, passed in by the
    composition): an HTML page it says no to is not searched for the date in its metadata, the
    costliest step of reading HTML. Its ``published`` is then the date the page prints, its URL or
    its container gives, or None: never a guess. Without the test every page is searched.
    """
    page = _html_page(raw) if raw.format == "html" else _Page(text=raw.body)
    if not page.text.strip():
        raise SourceError(raw.source, "no text in the page")
    header_date = _split_lines(page)
    _mark_chrome(page.lines)
    _mark_datelines_and_captions(page.lines)
    title = _mark_headline(page)
    for line in page.lines:
        line.kind = line.kind or SegmentKind.BODY
    segments = tuple(Segment(line.kind, line.start, line.end) for line in page.lines)
    language = _language(page)
    document = Document(
        id=raw.name, text=page.text, source=raw.source, url=raw.url, site=page.site or site_name(raw.url), title=title,
        published=None, language=language, segments=segments,
        sentences=tuple(_sentences(page.text, segments, language)),
    )
    if page.metadata_date is not None and (may_hold_claims is None or may_hold_claims(document)):
        page.published = page.metadata_date()
    return replace(document, published=_published(page, header_date, raw))


# ---------------------------------------------------------------- HTML

def _html_page(raw: RawPage) -> _Page:
    """The article of an HTML page: headline, blank line, then the body trafilatura keeps.

    The page is parsed once: trafilatura extracts the body from a copy, and the metadata is read
    from the tree as parsed (``_html_metadata``), its date only when asked for (``metadata_date``).
    """
    try:
        tree = _parse_html(raw.body)
        extracted = trafilatura.bare_extraction(
            tree, url=raw.url, include_comments=False, include_tables=True) if tree is not None else None
        body = (extracted.text or "").strip() if extracted is not None else ""
        metadata = _html_metadata(tree, raw.url) if body else None
    except (ValueError, TypeError, AttributeError) as error:
        raise SourceError(raw.source, "no article text in the HTML") from error
    if not body:
        raise SourceError(raw.source, "no article text in the HTML")
    title = _clean_space(metadata.title)
    if title and body.startswith(title):  # trafilatura keeps an <h1> that repeats the headline: write it once
        body = body[len(title):].lstrip()
    text = f"{title}\n\n{body}" if title else body
    return _Page(text=text, title=title, site=metadata.sitename, metadata_date=lambda: _metadata_date(tree, metadata))


@cache
def _html_parser() -> etree.HTMLParser:
    """trafilatura's HTML parser, its settings, with an element class lookup that runs in C.

    lxml.html's own lookup is a Python method called for every element Python touches (thousands a
    page, through all of trafilatura's steps: 5% of its extraction); it gives form, input, select,
    textarea and label elements classes of their own, whose form methods neither trafilatura, htmldate
    nor tollbook use. Every other element, comment, entity and instruction gets the same class.
    """
    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                              remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


def _parse_html(text: str) -> HtmlElement | None:
    """The tree ``trafilatura.load_html`` makes of a decoded page, its steps in its order, with ``_html_parser``.

    tests/documents/test_html_parse.py holds the two together.
    """
    beginning = text[:50].lower()
    text = _trafilatura_utils.repair_faulty_html(text, beginning)
    parser, tree, from_bytes = _html_parser(), None, False
    try:
        tree = lxml_html.fromstring(text, parser=parser)
    except ValueError:   # "Unicode strings with encoding declaration are not supported"
        tree, from_bytes = _parse_html_bytes(text), True
    except Exception:  # noqa: BLE001 - as load_html: any other refusal is tried again as bytes
        tree = None
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _parse_html_bytes(text)
    if tree is not None and _trafilatura_utils.is_dubious_html(beginning) and len(tree) < 2:
        return None   # a fragment, not a page
    return tree


def _parse_html_bytes(text: str) -> HtmlElement | None:
    try:
        return lxml_html.fromstring(text.encode("utf8", "surrogatepass"), parser=_html_parser())
    except Exception:  # noqa: BLE001 - as trafilatura's load_html: lxml refuses it, the page has no tree
        return None


def _html_metadata(tree: HtmlElement, url: str | None):
    """The title, canonical URL and site name of an HTML page, as ``trafilatura.extract_metadata`` finds them.

    Its own steps, in its order, for the fields tollbook keeps: extract_metadata also reads the
    authors, categories, tags and licence, two thirds of its time, and searches the date (htmldate),
    which ``_metadata_date`` does apart. tests/documents/test_html_metadata.py holds the two together.
    """
    meta = _trafilatura_metadata
    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    try:
        found = meta.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 - as extract_metadata does: its JSON-LD reader has bugs of its own
        pass
    found.title = found.title or meta.extract_title(tree)
    found.url = found.url or meta.extract_url(tree, url)
    found.sitename = found.sitename or meta.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url and (from_url := meta.META_URL.match(found.url)):
        found.sitename = from_url[1]
    canonical_url, found.date = found.url, None
    found.clean_and_trim()
    found.url = canonical_url   # the date search is given the URL untrimmed, as extract_metadata gives it
    return found


def _metadata_date(tree: HtmlElement, metadata) -> str | None:
    """The date htmldate finds in the page's markup, with trafilatura's settings (extensive search)."""
    settings = {**_TrafilaturaOptions().date_params, "url": metadata.url}
    date = _htmldate(tree, **settings)
    return _trafilatura_metadata.line_processing(_trafilatura_metadata.unescape(date)) if date else date


def _clean_space(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


# ---------------------------------------------------------------- 1. lines

def _split_lines(page: _Page) -> str | None:
    """Fill ``page.lines``; return the date of a crawl-dump header, which becomes a DATELINE."""
    text = page.text
    header = _DATE_HEADER.match(text)
    if header:
        page.lines.append(_Line(header.start(1) - 5, header.end(1), text[header.start(1) - 5:header.end(1)],
                                kind=SegmentKind.DATELINE, date=header.group(1)))
    for match in _LINE.finditer(text, header.end() if header else 0):
        line = _stripped_line(text, match.start(), match.end())
        if line is not None:
            page.lines.append(line)
    return header.group(1) if header else None


def _stripped_line(text: str, start: int, end: int) -> _Line | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    after = text.find("\n", end)
    next_end = text.find("\n", after + 1) if after >= 0 else -1
    blank_after = after < 0 or not text[after + 1:next_end if next_end >= 0 else len(text)].strip()
    return _Line(start, end, text[start:end], blank_after=blank_after)


# ---------------------------------------------------------------- 2. chrome

@cache
def _chrome_rules():
    data = load_yaml("common/page_chrome.yaml")
    phrases = "|".join(f"(?:{p})" for p in data["phrases"])
    return (re.compile(data["icon_token"]), data["icon_min_tokens"], data["icon_min_share"],
            re.compile(rf"(?<!\w)(?:{phrases})(?:(?!\w)|(?=(?-i:[A-Z])))", re.IGNORECASE), data["phrase_max_left_words"])


def _mark_chrome(lines: list[_Line]) -> None:
    """Mark interface lines BOILERPLATE; an icon strip inside a line is cut out of it."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.kind is not None:
            continue
        pieces = _cut_icon_strip(line)
        if pieces is not None:
            lines[index:index + 1] = pieces
        elif _is_interface_line(line.text):
            line.kind = SegmentKind.BOILERPLATE


def _cut_icon_strip(line: _Line) -> list[_Line] | None:
    icon_token, min_tokens, min_share, _, _ = _chrome_rules()
    if line.text.lower().count("icon") < min_tokens:
        return None
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line.text)]
    icons = [i for i, (s, e) in enumerate(tokens) if icon_token.match(line.text[s:e])]
    if len(icons) < min_tokens:
        return None
    first, last = icons[0], icons[-1]
    if len(icons) / (last - first + 1) < min_share:
        return None
    if len(tokens) - last <= 3:              # a short tail ("fm") belongs to the strip
        last = len(tokens) - 1
    strip_start, strip_end = line.start + tokens[first][0], line.start + tokens[last][1]
    pieces = [_Line(strip_start, strip_end, line.text[tokens[first][0]:tokens[last][1]],
                    kind=SegmentKind.BOILERPLATE, blank_after=line.blank_after if last == len(tokens) - 1 else False)]
    if first > 0:
        end = tokens[first - 1][1]
        pieces.insert(0, _Line(line.start, line.start + end, line.text[:end]))
    if last < len(tokens) - 1:
        start = tokens[last + 1][0]
        pieces.append(_Line(line.start + start, line.end, line.text[start:], blank_after=line.blank_after))
    return pieces


def _is_interface_line(text: str) -> bool:
    _, _, _, phrases, max_left = _chrome_rules()
    if len(text) > _MAX_CHROME_CHARS:
        return False
    without_markup = _MARKUP.sub(" ", text)
    found = phrases.findall(without_markup)
    if not found:
        return False
    left = phrases.sub(" ", without_markup)
    covered = sum(len(p.strip()) for p in found)
    return len(_WORD.findall(left)) <= max_left and covered >= len(left.strip())


# ---------------------------------------------------------------- 3. datelines and captions

@cache
def _caption_rule():
    data = load_yaml("common/captions.yaml")
    # Matched against the lower-cased line: faster than IGNORECASE over a long alternation.
    markers = re.compile("|".join(f"(?:{m})" for m in data["markers"]))
    # The same markers without their leading \b match wherever they do and more, but the re module
    # finds them several times faster (a literal first character); most lines fail this quick test.
    unbounded = [m.removeprefix(r"\b") for m in data["markers"]]
    loose = re.compile("|".join(f"(?:{m})" for m in unbounded))
    return markers, loose, data["max_chars"]


@cache
def _dateline_rules():
    data = load_yaml("common/datelines.yaml")
    months = {}
    for number, starts in data["months"].items():
        months.update({start: int(number) for start in starts})
    markers = "|".join(re.escape(m) for m in sorted(data["markers"], key=len, reverse=True))
    marker = re.compile(rf"(?<!\w)(?:{markers})(?!\w)", re.IGNORECASE)
    byline = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in data['byline_words'])})\s+\w", re.IGNORECASE)
    return months, marker, byline, data["max_other_words"]


def _mark_datelines_and_captions(lines: list[_Line]) -> None:
    caption, loose_caption, max_caption = _caption_rule()
    _split_trailing_datelines(lines)
    for line in lines:
        if line.kind is not None or _mark_dateline(line) or len(line.text) > max_caption:
            continue
        lowered = line.text.lower()
        if loose_caption.search(lowered) and caption.search(lowered):
            line.kind = SegmentKind.CAPTION
    _mark_repeated_captions(lines)


def _mark_dateline(line: _Line) -> bool:
    """A short line that is mostly a date, a "Stand:"-style date, or a byline."""
    _, marker, byline, max_other = _dateline_rules()
    if len(line.text) > _MAX_DATELINE_CHARS:
        return False
    found = find_date(line.text)
    words = len(_WORD.findall(line.text))
    if found is not None:
        date, start, end = found
        rest = line.text[:start] + " " + line.text[end:]
        others = [w for w in _WORD.findall(rest) if not any(ch.isdigit() for ch in w)]
        if len(others) <= max_other or (marker.search(line.text[:start]) and len(others) <= max_other + 4):
            line.kind, line.date = SegmentKind.DATELINE, date
            return True
    if words <= 8 and (byline.match(line.text) or (marker.fullmatch(line.text.strip(" :")))):
        line.kind = SegmentKind.DATELINE
        return True
    return False


def _split_trailing_datelines(lines: list[_Line]) -> None:
    """Cut "Headline Stand: 28.04.2022 11:48 Uhr" into the headline and its dateline."""
    marker = _dateline_rules()[1]
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.kind is not None or len(line.text) > _MAX_DATELINE_CHARS:
            continue
        found = find_date(line.text)
        if found is None:
            continue
        opener = None
        for opener in marker.finditer(line.text, 0, found[1]):
            pass
        tail_words = [w for w in _WORD.findall(line.text[found[2]:]) if not w[0].isdigit()]
        if opener is None or opener.start() == 0 or found[1] - opener.end() > 5 or len(tail_words) > 2:
            continue
        cut = opener.start()
        head = _stripped_line(line.text[:cut], 0, cut)
        lines[index:index + 1] = [_Line(line.start + head.start, line.start + head.end, head.text),
                                  _Line(line.start + cut, line.end, line.text[cut:], line.blank_after,
                                        SegmentKind.DATELINE, found[0])]


def _mark_repeated_captions(lines: list[_Line]) -> None:
    """An image's alt text printed just before its captioned copy is a caption too."""
    for line, following in zip(lines, lines[1:]):
        if line.kind is None and following.kind == SegmentKind.CAPTION and following.text.startswith(line.text):
            line.kind = SegmentKind.CAPTION


# ---------------------------------------------------------------- dates

_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<![\d.])(\d{1,2})([./-])(\d{1,2})\5(\d{4}|\d{2})(?![\d])")
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)")
_MONTH_DAY_YEAR = re.compile(r"(?<!\w)([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")


_TWO_FIGURES = re.compile(r"\d\d")      # every date holds a year of two or four figures
_FOUR_FIGURES = re.compile(r"\d{4}")    # a date with a month name, one of four


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date written in ``text`` as (ISO date, start, end), or None."""
    if not _TWO_FIGURES.search(text):  # most lines have no year: skip the three patterns
        return None
    patterns = [(_NUMERIC_DATE, _numeric_date)]
    if _FOUR_FIGURES.search(text):
        patterns += [(_DAY_MONTH_YEAR, _day_month_year), (_MONTH_DAY_YEAR, _month_day_year)]
    found = []
    for pattern, reader in patterns:
        for match in pattern.finditer(text):
            iso = reader(match)
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def _numeric_date(match: re.Match) -> str | None:
    if match.group(1):
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    first, second, year = int(match.group(4)), int(match.group(6)), match.group(7)
    year_number = int(year) if len(year) == 4 else 2000 + int(year) if int(year) < 50 else 1900 + int(year)
    if match.group(5) == "/" and first <= 12 < second:   # US month/day/year
        first, second = second, first
    return _iso(year_number, second, first)


def _day_month_year(match: re.Match) -> str | None:
    month = month_number(match.group(2))
    return _iso(int(match.group(3)), month, int(match.group(1))) if month else None


def _month_day_year(match: re.Match) -> str | None:
    month = month_number(match.group(1))
    return _iso(int(match.group(3)), month, int(match.group(2))) if month else None


def month_number(word: str) -> int | None:
    """Month of a month name in any language of ``datelines.yaml``: "März" -> 3, "марта" -> 3."""
    months = _dateline_rules()[0]
    word = word.lower()
    for length in (4, 3):
        if word[:length] in months:
            return months[word[:length]]
    return None


def _iso(year: int, month: int | None, day: int) -> str | None:
    """The ISO date, or None when it is no calendar date (31.02) or far outside news times."""
    if not month or not 1990 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)"),
    re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{0,6})(?:[/_.-]|$)"),   # /20220301150658/, -20250626-
    re.compile(r"/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})/", re.I),   # /2022/mar/30/, /2024/Nov/11/
)


def url_date(url: str | None) -> str | None:
    """A full date in a URL path: /2022/03/07/, /2022/3/7/, /20220301150658/, /2022-03-25-..., /2024/Nov/11/."""
    if not url:
        return None
    for pattern in _URL_DATES:
        for match in pattern.finditer(url):
            year, month, day = match.groups()
            month_value = int(month) if month.isdigit() else month_number(month)
            iso = _iso(int(year), month_value, int(day))
            if iso:
                return iso
    return None


def _published(page: _Page, header_date: str | None, raw: RawPage) -> str | None:
    """GUIDELINE convention 22: the printed date (a full one wins over a month), else URL, else container."""
    if header_date and len(header_date) == 10:
        return header_date
    top = _lines_before_first_sentence(page.lines)
    printed = next((line.date for line in top if line.date and len(line.date) == 10), None)
    printed = printed or _leading_date(page.lines) or _iso_prefix(page.published) or _lone_date_line(page.lines)
    in_url = url_date(raw.url)
    if printed and len(printed) == 10 and in_url and _is_widget_date(printed, in_url):
        printed = None
    return printed or in_url or header_date or raw.date   # a full date in the URL wins over a printed month


_WIDGET_LAG = 7   # days: a printed date this much later than the URL's is the site's today-widget


def _is_widget_date(printed: str, in_url: str) -> bool:
    """'miércoles, septiembre 24, 2025' above a story filed under /2025/06/25/: the site's date of today in
    its menu bar, not the page's (a page is not published months after the day its address was made)."""
    return datetime.date.fromisoformat(printed) - datetime.date.fromisoformat(in_url) > \
        datetime.timedelta(days=_WIDGET_LAG)


def _lines_before_first_sentence(lines: list[_Line]) -> list[_Line]:
    """The page's top: its lines up to the first body sentence (related-story dates come later)."""
    top = []
    for line in lines[:_TOP_LINES]:
        if line.kind == SegmentKind.BODY and _is_sentence_like(line.text):
            break
        top.append(line)
    return top


def _leading_date(lines: list[_Line]) -> str | None:
    """A date that opens a body paragraph as its dateline: "[City | 3 March 2024] Text", "PARIS, 5 March 2022 — Text"."""
    for line in [line for line in lines if line.kind == SegmentKind.BODY][:3]:
        found = find_date(line.text[:60])
        if found and found[1] <= 40 and re.match(r"\s*[\])|:—–-]", line.text[found[2]:found[2] + 3]):
            return found[0]
    return None


def _lone_date_line(lines: list[_Line]) -> str | None:
    """A line that is nothing but a date and a time, when the page has exactly one.

    Several such lines are the timestamps of a list of other stories, not this page's date.
    """
    dates = {line.date for line in lines if line.date and len(line.date) == 10
             and not _WORD.findall(re.sub(r"[\d:.,/T+-]+", " ", line.text))}
    return dates.pop() if len(dates) == 1 else None


def _iso_prefix(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None


# ---------------------------------------------------------------- 4. headline and standfirst

def _mark_headline(page: _Page) -> str | None:
    """Mark the headline (and a standfirst after it); return the headline text or None."""
    if page.title is not None:
        page.lines[0].kind = SegmentKind.HEADLINE
        _mark_standfirst(page.lines, 0)
        return page.title
    top = _lines_before_body(page.lines)
    candidates = [i for i in top if _is_headline_like(page.lines[i].text)]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: (_headline_score(page.lines, i), -i))
    best = _without_site_suffix(page.lines, candidates, best)
    page.lines[best].kind = SegmentKind.HEADLINE
    _mark_standfirst(page.lines, best)
    return page.lines[best].text


def _lines_before_body(lines: list[_Line]) -> list[int]:
    """Indexes of the unclassified lines at the top of the page, up to the first sentence."""
    top = []
    for index, line in enumerate(lines[:_TOP_LINES]):
        if line.kind is not None:
            continue
        if _is_sentence_like(line.text):
            break
        top.append(index)
    return top


def _is_sentence_like(text: str) -> bool:
    return (text.rstrip("\"'”»’)] ")[-1:] in "." or len(text) > _MAX_HEADLINE_CHARS
            or len(_WORD.findall(text)) > _MAX_HEADLINE_WORDS)


def _is_headline_like(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < 3 or text.rstrip()[-1] in _TERMINAL or text[0].islower():
        return False
    if "<" in text or "http" in text or _is_navigation(text):
        return False
    return True


def _is_navigation(text: str) -> bool:
    """A site name and a section, "Site | Section": every part between bars is two words or fewer."""
    parts = [part for part in re.split(r"\s[|»›/]\s", text)]
    return len(parts) > 1 and all(len(_WORD.findall(part)) <= 2 for part in parts)


def _headline_score(lines: list[_Line], index: int) -> int:
    """Headlines stand alone (a blank line after) or next to the page's date; labels are short."""
    line = lines[index]
    score = int(line.blank_after)
    neighbours = [lines[j] for j in (index - 1, index + 1) if 0 <= j < len(lines)]
    score += 2 * any(n.kind == SegmentKind.DATELINE and n.date for n in neighbours)
    score -= int(len(_WORD.findall(line.text)) <= 4)
    return score


def _without_site_suffix(lines: list[_Line], candidates: list[int], best: int) -> int:
    """Prefer "Headline" over "Headline - Site Name" when the page prints both."""
    for index in candidates:
        text = lines[index].text
        if index != best and lines[best].text.startswith(text) and len(text) < len(lines[best].text):
            return index
    return best


def _mark_standfirst(lines: list[_Line], headline: int) -> None:
    """A line right after the headline that reads like a summary, not like a sentence of the body."""
    for line in lines[headline + 1:headline + 4]:
        if line.kind in (SegmentKind.DATELINE, SegmentKind.BOILERPLATE, SegmentKind.CAPTION):
            continue
        if line.kind is None and not _is_sentence_like(line.text) and len(_WORD.findall(line.text)) >= 5 \
                and not line.text[0].islower():
            line.kind = SegmentKind.STANDFIRST
        return


# ---------------------------------------------------------------- 6. language and sentences

def _language(page: _Page) -> str | None:
    sample = " ".join(line.text for line in page.lines if line.kind in
                      (SegmentKind.BODY, SegmentKind.HEADLINE, SegmentKind.STANDFIRST))[:_LANGUAGE_SAMPLE]
    return detect_language(sample)


def detect_language(sample: str) -> str | None:
    """The language of ``sample``: one the rules cover, else the uncovered language it is written in.

    py3langid knows some 140 languages, and on a short text a near neighbour of a covered language often
    scores a little higher ("Gunmen kill 5 in village raid" comes out Nigerian Pidgin, a short Russian
    headline Macedonian). Such a text is in the covered language; the other class (every language
    without rules) wins only by a clear margin per character, which real Swahili, Finnish or
    Bulgarian text has many times over. The covered set is the rule folders, so a new folder joins it.
    """
    if not sample.strip():
        return None
    best = _identifier().classify(sample)
    if best in _covered_languages():
        return best   # the usual case, at the cost of one classification
    scores = dict(_identifier().rank(sample))
    covered = [code for code in _covered_languages() if code in scores]
    if not covered:
        return best
    best_covered = max(covered, key=scores.get)
    margin = (scores[best] - scores[best_covered]) / len(sample)
    return best if margin >= _UNCOVERED_MARGIN else best_covered


@cache
def _identifier() -> Identifier:
    return Identifier.load()


@cache
def _covered_languages() -> tuple[str, ...]:
    """The languages claims can be read in: ``rules/<code>/`` folders with outcome words."""
    rules = load_rules()
    return tuple(code for code in rules.languages if rules.by_language[code].is_claim_language)


# "।" ends a Hindi or Marathi sentence, "۔" an Urdu one (often written with no space after it).
_CANDIDATE_END = re.compile(r"[.!?…؟。！？।॥]+[\"'”’»)\]]*\s+|۔+[\"'”’»)\]]*\s*")


@cache
def _abbreviations(language: str | None) -> frozenset[str]:
    data = load_yaml("common/abbreviations.yaml")
    return frozenset(data.get("all", []) + data.get(language or "", []))


@cache
def _name_titles(language: str | None) -> frozenset[str]:
    data = load_yaml("common/name_titles.yaml")
    return frozenset(data.get("all", []) + data.get(language or "", []))


@cache
def _pysbd_segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=False)


def _sentences(text: str, segments: tuple[Segment, ...], language: str | None):
    """Sentences of every segment except boilerplate; a segment is one line, so none crosses a newline."""
    for segment in segments:
        if segment.kind == SegmentKind.BOILERPLATE:
            continue
        for start, end in split_sentences(text, segment.start, segment.end, language):
            yield Sentence(start, end, segment.kind)


def split_sentences(text: str, start: int, end: int, language: str | None) -> list[tuple[int, int]]:
    """Sentence offsets in ``text[start:end]`` (one paragraph).

    The rules cut where a sentence clearly ends; a piece that still holds a full
    stop after an abbreviation ("Maj. Gen. Smith", "the U.S. Army") goes to
    pysbd when it knows the language. Only that piece: pysbd costs milliseconds.
    """
    cuts, doubtful = _rule_cuts(text, start, end, language)
    bounds = [start, *cuts, end]
    spans = []
    for piece_start, piece_end in zip(bounds, bounds[1:]):
        if language in _PYSBD_LANGUAGES and any(piece_start < d < piece_end for d in doubtful):
            spans.extend(_pysbd_spans(text, piece_start, piece_end, language))
        elif span := _trim(text, piece_start, piece_end):
            spans.append(span)
    return spans


def _rule_cuts(text: str, start: int, end: int, language: str | None) -> tuple[list[int], list[int]]:
    """Where sentences clearly end, and the full stops after abbreviations left undecided."""
    cuts, doubtful = [], []
    abbreviations, titles = _abbreviations(language), _name_titles(language)
    for match in _CANDIDATE_END.finditer(text, start, end):
        following = text[match.end():match.end() + 2].lstrip("\"'“‘«([")[:1]
        if match.end() >= end or not following or following.islower():
            continue
        word = text[text.rfind(" ", start, match.start()) + 1:match.start()].lstrip("\"'“‘«([").lower()
        if match.group() == ". " and (word in titles or (len(word) == 1 and word.isalpha())):
            continue  # "Gen. Smith", "John F. Kennedy": a title or an initial before a name
        if following.isdigit() and word in abbreviations:
            continue  # "Nov. 5", "No. 3": an abbreviation before a figure
        if match.group().startswith(".") and _is_abbreviation(word, abbreviations) \
                and not (word.isdigit() and _opens_sentence(text, match.end(), end, language)):
            doubtful.append(match.start())
            continue
        cuts.append(match.end())
    return cuts, doubtful


def _opens_sentence(text: str, start: int, end: int, language: str | None) -> bool:
    """The word at ``start`` never follows an ordinal figure (common/sentence_openers.yaml: an article, a
    pronoun, a sentence adverb): 'auf mindestens 60. Zudem wurden' ends a sentence, 'am 9. März' does not."""
    openers = _sentence_openers(language)
    if not openers:
        return False
    stop = start
    while stop < end and (text[stop].isalpha() or text[stop] in "-’'"):
        stop += 1
    return text[start:stop].lower() in openers


@cache
def _sentence_openers(language: str | None) -> frozenset[str]:
    return frozenset(load_yaml("common/sentence_openers.yaml").get(language or "", []))


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    return word in abbreviations or (len(word) == 1 and word.isalpha()) or (word.isdigit() and len(word) <= 2) \
        or ("." in word and len(word) <= 6)


def _pysbd_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    spans, offset = [], start
    for piece in _pysbd_segmenter(language).segment(text[start:end]):
        piece = piece.strip()
        found = text.find(piece, offset, end) if piece else -1
        if found >= 0:
            spans.append((found, found + len(piece)))
            offset = found + len(piece)
    return spans or [span for span in [_trim(text, start, end)] if span]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None

