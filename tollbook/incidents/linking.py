"""Do two claims report the same incident? Vetoes first, then evidence adds up.

Extractors often give no place (or only a country) and no date, so a claim's place
is also read from its sentence (``setting``) and its page (``context``: names the
page repeats, puts in its title or in its lead), and a page's publication day
stands in for a missing date.

Vetoes (any one keeps two claims apart):
  - one is a running total and the other is not;
  - the days their incidents can have happened on do not overlap;
  - both name the victims' side, or their home region, and the names differ;
  - both name the victims' kind (military / civilian / armed group) and it differs;
  - same outcome, and tolls that cannot be one incident's: none beside some
    ("the crew is safe" / "three sailors killed"), or ten times apart (750 / 70,300).

Evidence, in points (a link needs ``LINK_POINTS``):
  where  the same specific place (not a country) ............................ 2
         ... and a second of its names echoed ("Lewiston, Maine") ........ +1
         one's place named where the other is reported: in its sentence
         ("52 killed" in a sentence naming Kramatorsk, beside "Kramatorsk
         station"), all its names in the other's page ("Amstor mall" on a
         page about Kremenchuk), or a name both pages repeat ............. 2
         a place partly named in the other's sentence or page ............. 1
         both name places, none shared nor named around the other ........ -1
  page   the same page 1, and the same sentence of it or a few lines
         apart (``NEAR_CHARACTERS``) 1 more ............................... 1-2
         (other pages) two or more names both pages repeat ................ 1
  when   both texts date the incident (compatibly), or, on two pages
         without such dates, publication on the same day .................. 1
  what   the same or a close figure (``CLOSE_FIGURE_SHARE``), same outcome  1
  who    the same source ("Kadyrov" / "Кадыров"), one's source repeated on
         the other's page, the same home region of the victims, or another
         name in both sentences or titles ................................. 1
         (one point however many: they all say whose losses, not which)
  text   sentences that share most of their words (``SAME_WORDS_MIN`` at least) 1

So a shared place needs one more sign, and without a place three signs are
needed. Names in a sentence count as a place only beside a place an extractor
gave: they may be people. Different figures never count against a link unless
far apart: tolls rise and outlets disagree. Running totals link only as the same
report: same outcome, the same figure (within ``CLOSE_FIGURE_SHARE``) and one more sign.
"""
from __future__ import annotations

from tollbook.incidents.profile import Profile
from tollbook.model import CountKind, Place, Role, Scope

LINK_POINTS = 3
SAME_PAGE_POINTS = 1
CANONICAL_PLACE_POINTS = 2
PAGE_PLACE_POINTS = 1
CUMULATIVE_POINTS = 1
PAGE_FIRST = 100  # links within a page are taken before any between pages: each page's story forms first
SAME_WORDS_SHARE = 0.5
SAME_WORDS_MIN = 6
CLOSE_FIGURE_SHARE = 0.25  # 16 beside 18, 18 beside 22: tolls that are updates of each other
FAR_FIGURE_RATIO = 10     # tolls this many times apart are not one incident's (unless small)
SMALL_TOLL = 10            # below it, only equal figures are close
SAME_TOTAL_SHARE = 0.1     # running totals: "more than 1,500" beside 1,597
SHARED_CONTEXT_NAMES = 2
PUBLISHED_SAME_DAY = 1  # days apart
NEAR_CHARACTERS = 300   # claims this close on a page are told as one story

_SPECIFIC_ROLES = {Role.MILITARY, Role.CIVILIAN, Role.ARMED_GROUP}
_NUMERIC_KINDS = {CountKind.EXACT, CountKind.AT_LEAST, CountKind.AT_MOST, CountKind.APPROX}


def same_incident(a: Profile, b: Profile) -> bool:
    return link_points(a, b) is not None


def link_points(a: Profile, b: Profile) -> int | None:
    """How strongly two claims link (higher first when groups are formed), or None: no link.

    Claims of one page link unless a veto or a side event keeps them apart; claims
    of two pages need positive evidence of place (``place_evidence``) and enough points.
    """
    if a.scope != b.scope or not compatible(a, b):
        return None
    if a.scope is Scope.CUMULATIVE:
        return CUMULATIVE_POINTS if same_report(a, b) else None
    if a.document == b.document:
        if a.separate != b.separate and a.evidence != b.evidence:
            return None  # "Separately, a blast in another province killed 5" is not the page's story
        total = points(a, b)
        return total + PAGE_FIRST if total >= SAME_PAGE_POINTS else None
    where = place_evidence(a, b)
    if where < 1:
        return None
    total = points(a, b, where)
    return total if total >= LINK_POINTS else None


def place_evidence(a: Profile, b: Profile) -> int:
    """Points for being at the same place: the same canonical place, or one inside the other
    (a country is too wide to count), else the names of ``_place_points``."""
    named = _place_points(a, b, False)
    if a.place is None and b.place is None and not (a.page_places and b.page_places):
        return named
    if _near_place(a.place, b.place):
        return max(named, CANONICAL_PLACE_POINTS)
    if a.place and any(_near_place(a.place, p) for p in b.page_places) or \
            b.place and any(_near_place(b.place, p) for p in a.page_places):
        return max(named, CANONICAL_PLACE_POINTS)  # one's place is a place the other's page keeps naming
    if not (a.place or b.place) and any(_near_place(p, q) for p in a.page_places for q in b.page_places):
        return max(named, PAGE_PLACE_POINTS)  # neither says where; both pages keep naming one place
    return named


def _near_place(a: Place | None, b: Place | None) -> bool:
    """The same place, or one inside the other; a country is too wide to say so."""
    return place_relation(a, b) in (SAME, INSIDE) and COUNTRY not in (a.precision, b.precision)


# -- canonical places (tollbook.gazetteer): the same, one inside the other, or apart -----------

SAME, INSIDE, APART = "same", "inside", "apart"
COUNTRY = "country"
TOWN_DEPTH = 3
_DEPTH = {"country": 0, "admin1": 1, "admin2": 2, "city": TOWN_DEPTH}


def place_relation(a: Place | None, b: Place | None) -> str | None:
    """``SAME``, ``INSIDE`` (either in the other), ``APART``, or None when one is not known.

    "Kharkiv" is inside "Kharkivska oblast", inside "Ukraine"; "Kharkiv" and "Sumy" are apart.
    """
    if a is None or b is None:
        return None
    if a is b or _same_identity(a, b):
        return SAME
    if a.country != b.country:
        return APART
    depth_a, depth_b = place_depth(a), place_depth(b)
    if depth_a == depth_b:
        return APART  # two cities, two regions
    broad, narrow = (a, b) if depth_a < depth_b else (b, a)
    if broad.precision == COUNTRY or (broad.admin1 is not None and broad.admin1 == narrow.admin1):
        return INSIDE
    return APART


def _same_identity(a: Place, b: Place) -> bool:
    """``place_identity(a) == place_identity(b)`` without making the two tuples: grouping asks it of
    millions of pairs, most of them in the parent process of ``extract --jobs``, which waits on nothing else."""
    if a.geonames_id is not None or b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    return a.precision == b.precision and a.country == b.country and a.name == b.name


def place_depth(place: Place) -> int:
    """0 for a country, 1 and 2 for its subdivisions, 3 for a town (and for a precision not listed)."""
    return _DEPTH.get(place.precision, TOWN_DEPTH)


def place_identity(place: Place) -> tuple:
    return (place.geonames_id,) if place.geonames_id is not None else (place.precision, place.country, place.name)


def compatible(a: Profile, b: Profile) -> bool:
    if a.outcome == b.outcome and far_figures(a, b):
        return False
    if a.days and b.days and (a.days[1] < b.days[0] or b.days[1] < a.days[0]):
        return False
    if a.side and b.side and a.side != b.side:
        return False
    if a.origin and b.origin and a.origin != b.origin:
        return False
    if place_relation(a.place, b.place) is APART:
        return False
    return not (a.role in _SPECIFIC_ROLES and b.role in _SPECIFIC_ROLES and a.role != b.role)


def points(a: Profile, b: Profile, where: int | None = None) -> int:
    """The evidence of the table above; ``where`` replaces the place points when given."""
    same_page = a.document == b.document
    total = _place_points(a, b, same_page) if where is None else where
    total += same_page and 1 + (a.evidence == b.evidence or _near(a, b))
    total += not same_page and _shared_context(a, b)
    total += _same_time(a, b, same_page)
    total += a.outcome == b.outcome and close_figures(a, b)
    total += _same_who(a, b)
    total += _same_wording(a, b)
    return total


def _place_points(a: Profile, b: Profile, same_page: bool) -> int:
    if a.places & b.places:
        return 2 + (len(_echoed_places(a, b)) >= 2)
    if _named_there(a, b) or _named_there(b, a):
        return 2
    if same_page:
        return -1 if a.places and b.places else 0
    if a.places & (b.setting | b.context) or b.places & (a.setting | a.context):
        return 1
    return -1 if a.places and b.places else 0


def _named_there(a: Profile, b: Profile) -> bool:
    """``a``'s place is where ``b`` is reported: in ``b``'s sentence, or in the names both pages repeat.

    "Kramatorsk station" beside "52 killed" in a sentence that names Kramatorsk;
    "Kremenchuk" beside "the Amstor mall" on a page that keeps naming Kremenchuk;
    "Solinger Stadtfest" beside "Fronhof" on two pages that both keep naming Solingen.
    Only a place the extractor gave counts: names in a sentence may be people.
    """
    if not a.places:
        return False
    return a.places <= b.setting | b.context or bool(a.places & a.context & b.context)


def _near(a: Profile, b: Profile) -> bool:
    """Two claims a few lines apart on one page: the toll and its breakdown, the first and the updated figure."""
    return max(a.span[0], b.span[0]) - min(a.span[1], b.span[1]) <= NEAR_CHARACTERS


def _echoed_places(a: Profile, b: Profile) -> set[str]:
    """Stems of either place that the other claim also names: "Lewiston, Maine" beside "Lewiston" in Maine."""
    # the place stems are one or two, the mentions dozens: test the few against the many
    return {s for s in a.places | b.places if s in a.mentions and s in b.mentions}


def _same_who(a: Profile, b: Profile) -> bool:
    if a.reporter & b.reporter:
        return True
    if a.document != b.document and (a.reporter & b.context or b.reporter & a.context):
        return True  # one's source is a name the other's page repeats
    if a.origin is not None and a.origin == b.origin:
        return True
    return bool((a.names & b.names) - a.places - b.places)


def _shared_context(a: Profile, b: Profile) -> bool:
    counted = a.places | b.places | a.reporter | b.reporter | {a.origin, b.origin}
    return len((a.context & b.context) - counted) >= SHARED_CONTEXT_NAMES


def _same_time(a: Profile, b: Profile, same_page: bool) -> bool:
    if a.dated and b.dated:
        return True  # compatible() already checked that the dates overlap
    if same_page or not (_one_day(a.published) and _one_day(b.published)):
        return False
    return abs(a.published[0] - b.published[0]) <= PUBLISHED_SAME_DAY


def _one_day(days) -> bool:
    return days is not None and days[0] == days[1]


def _same_wording(a: Profile, b: Profile) -> bool:
    """Most words shared, and enough of them: short sentences ("3 were killed, police said") all look alike."""
    common = len(a.words & b.words)
    return common >= SAME_WORDS_MIN and common >= SAME_WORDS_SHARE * len(a.words | b.words)


def same_report(a: Profile, b: Profile) -> bool:
    """Running totals: the same report seen twice, not two totals of one series."""
    if a.document == b.document and a.evidence == b.evidence:
        return True
    if a.outcome != b.outcome or not close_figures(a, b, qualified_only=True):
        return False
    return bool(a.reporter & b.reporter or a.names & b.names or (a.side and a.side == b.side)
                or _same_time(a, b, False))


def far_figures(a: Profile, b: Profile) -> bool:
    """Tolls that cannot be one incident's: none against some, or ten times apart.

    "The crew is safe" (0) beside "three sailors killed"; 750 injured beside 70,300.
    Small figures may be subgroups or early counts ("five children" of 50, 2 then 18).
    """
    if a.best is None or b.best is None or a.kind not in _NUMERIC_KINDS or b.kind not in _NUMERIC_KINDS:
        return False
    return far_figures_apart(*sorted((a.best, b.best)))


def far_figures_apart(low: int, high: int) -> bool:
    """The smallest and largest toll of one outcome cannot both be one incident's."""
    if low == 0:
        return high > 0
    return low >= SMALL_TOLL and high > FAR_FIGURE_RATIO * low


def close_figures(a: Profile, b: Profile, qualified_only: bool = False) -> bool:
    """Equal figures, or close: within 25 % for incident tolls (16 beside 18).

    ``qualified_only`` (running totals): two exact figures must be equal, since two
    totals a day apart differ a little; a qualified one may be 10 % off
    ("more than 1,500" beside 1,597).
    """
    if a.best is None or b.best is None or a.kind not in _NUMERIC_KINDS or b.kind not in _NUMERIC_KINDS:
        return False
    if a.best == b.best:
        return True
    if qualified_only and (a.kind, b.kind) == (CountKind.EXACT, CountKind.EXACT):
        return False
    low, high = sorted((a.best, b.best))
    if not qualified_only and high < SMALL_TOLL:
        return False  # 3 beside 4 killed says nothing: small tolls must be equal
    return high - low <= (SAME_TOTAL_SHARE if qualified_only else CLOSE_FIGURE_SHARE) * high
