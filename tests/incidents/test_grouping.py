import itertools
from dataclasses import replace

import pytest

from tests.incidents.helpers import groups, record
from tollbook.incidents import IncidentIndex, group_claims, incident_labels
from tollbook.model import CountKind

# One story per table: (records, expected groups as sets of keys).
THREE_OUTLETS = [
    record("a#0", "A missile hit the market in Dnipro, killing 27 people.", 27, location="Dnipro",
           date="2023-05-09", reported_by="the regional governor"),
    record("b#0", "More than 30 were killed in the Dnipro market strike, officials said.", 30, kind="at_least",
           location="Dnipro market", date="2023-05-09"),
    record("c#0", "Дніпро: кількість загиблих зросла до 50.", 50, location="Дніпро", published="2023-05-10",
           date="2023-05-09"),
]
TWO_CITIES_SAME_DAY = [
    record("a#0", "Shelling killed four people in Sumy on Tuesday.", 4, location="Sumy", date="2023-05-09"),
    record("b#0", "Shelling killed four people in Poltava on Tuesday.", 4, location="Poltava", date="2023-05-09"),
]
TOTAL_BESIDE_INCIDENT = [
    record("a#0", "The strike on Odesa port killed 6 people.", 6, location="Odesa", date="2023-05-09"),
    record("a#1", "Since the war began, 9,000 civilians have died in the region.", 9000, scope="cumulative",
           location="Odesa", reported_by="the UN mission"),
    record("b#0", "Six people were killed at Odesa port.", 6, location="Odesa", date="2023-05-09"),
]
UPDATE = [
    record("a#0", "Eight people died when a bus overturned near Lviv.", 8, location="Lviv", date="2023-05-08"),
    record("b#0", "The toll of the Lviv bus crash rose to 12, police said.", 12, location="Lviv",
           date="2023-05-08", published="2023-05-11"),
]
SUBGROUP = [
    record("a#0", "At least 20 people, including five children, were killed in Kostiantynivka.", 20,
           kind="at_least", location="Kostiantynivka", date="2023-05-09", span=(0, 75)),
    record("a#1", "At least 20 people, including five children, were killed in Kostiantynivka.", 5,
           role="civilian", location="Kostiantynivka", date="2023-05-09", span=(0, 75)),
    record("b#0", "Twenty-one people were killed in Kostiantynivka.", 21, location="Kostiantynivka",
           date="2023-05-09"),
]
CROSS_LANGUAGE = [
    record("a#0", "Ten people were wounded at Kramatorsk station.", 10, outcome="injured",
           location="Kramatorsk railway station", published="2023-05-09"),
    record("b#0", "Десять человек ранены на вокзале в Краматорске.", 10, outcome="injured",
           location="вокзал в Краматорске", published="2023-05-09"),
    record("c#0", "Dix personnes ont été blessées à la gare de Kramatorsk.", 10, outcome="injured",
           location="gare de Kramatorsk", published="2023-05-10"),
]
DIFFERENT_VICTIMS = [
    record("a#0", "Two soldiers were killed near Bakhmut.", 2, role="military", location="Bakhmut",
           date="2023-05-09"),
    record("b#0", "Two civilians were killed near Bakhmut.", 2, role="civilian", location="Bakhmut",
           date="2023-05-09"),
]
A_MONTH_APART = [
    record("a#0", "Three people were killed in Kherson.", 3, location="Kherson", date="2023-04-02"),
    record("b#0", "Three people were killed in Kherson.", 3, location="Kherson", date="2023-05-09"),
]

# What an extractor really gives: places missing, read from the sentence or the page instead.
PLACE_ONLY_IN_THE_SENTENCE = [
    record("a#0", "Twelve people were killed at the Sumy bus station.", 12, location="Sumy bus station",
           date="2023-05-09"),
    record("b#0", "12 morts", 12, date="2023-05-09", setting=frozenset({"sumi"})),  # "... à la gare routière de Soumy"
]
PLACE_ONLY_ON_THE_OTHER_PAGE = [
    record("a#0", "Four people died at the Fontaine market.", 4, location="Fontaine market", published=None,
           context=frozenset({"vini", "font"})),  # the page keeps naming Vinnytsia
    record("b#0", "mindestens vier Tote", 4, kind="at_least", location="Vinnyzjaer Stadtfest", published=None,
           context=frozenset({"vini", "stad"})),
]
# Without a place, a shared source and day are no evidence of one incident: the police chief
# of one town speaks of many shootings.
SOURCE_QUOTED_ON_THE_OTHER_PAGE = [
    record("a#0", "the suspect was killed", 1, role="armed_group", date="2021-06-14",
           reported_by="Police Chief Walter Brennan"),
    record("b#0", "the gunman was killed", 1, role="armed_group", date="2021-06-14",
           context=frozenset({"bren", "oakv"})),
]
NONE_BESIDE_SOME = [
    record("a#0", "Three sailors were killed when the ship was hit.", 3, location="Gulf of Aden", date="2024-03-06"),
    record("b#0", "No one was hurt when a ship was hit.", 0, location="Gulf of Aden", date="2024-03-06"),
]
TEN_TIMES_APART = [
    record("a#0", "750 were wounded at the aid convoy in Gaza City.", 750, outcome="injured",
           location="Gaza City", date="2024-02-29"),
    record("b#0", "More than 70,300 have been injured in Gaza City.", 70300, kind="at_least", outcome="injured",
           location="Gaza City", date="2024-02-29"),
]
# Claims with no place of their own stay in their page's incident, near or far on the page.
ONE_PAGE_NEAR_AND_FAR = [
    record("a#0", "Nine people were killed", 9, date="2023-05-09", span=(0, 23)),
    record("a#1", "twenty were injured", 20, outcome="injured", date="2023-05-09", span=(40, 59)),
    record("a#2", "a man was killed", 1, date="2023-05-09", span=(2000, 2016)),
]


@pytest.mark.parametrize("records, expected", [
    (THREE_OUTLETS, [{"a#0", "b#0", "c#0"}]),
    (TWO_CITIES_SAME_DAY, [{"a#0"}, {"b#0"}]),
    (TOTAL_BESIDE_INCIDENT, [{"a#0", "b#0"}, {"a#1"}]),
    (UPDATE, [{"a#0", "b#0"}]),
    (SUBGROUP, [{"a#0", "a#1", "b#0"}]),
    (CROSS_LANGUAGE, [{"a#0", "b#0", "c#0"}]),
    (DIFFERENT_VICTIMS, [{"a#0"}, {"b#0"}]),
    (A_MONTH_APART, [{"a#0"}, {"b#0"}]),
    (PLACE_ONLY_IN_THE_SENTENCE, [{"a#0", "b#0"}]),
    (PLACE_ONLY_ON_THE_OTHER_PAGE, [{"a#0", "b#0"}]),
    (SOURCE_QUOTED_ON_THE_OTHER_PAGE, [{"a#0"}, {"b#0"}]),
    (NONE_BESIDE_SOME, [{"a#0"}, {"b#0"}]),
    (TEN_TIMES_APART, [{"a#0"}, {"b#0"}]),
    (ONE_PAGE_NEAR_AND_FAR, [{"a#0", "a#1", "a#2"}]),
], ids=["three-outlets", "two-cities", "total-beside-incident", "update", "subgroup", "cross-language",
        "soldiers-vs-civilians", "a-month-apart", "place-in-sentence", "place-on-both-pages", "no-place-no-link",
        "none-beside-some", "ten-times-apart", "one-page-near-and-far"])
def test_grouping(records, expected):
    assert groups(group_claims(records)) == {frozenset(g) for g in expected}


def test_the_same_running_total_on_two_pages_is_one_report():
    same = [record(f"{page}#0", "The ministry said 1,351 soldiers have died so far.", 1351, scope="cumulative",
                   reported_by="the Defence Ministry", date="2023-03-25") for page in "ab"]
    later = record("c#0", "The ministry said 1,420 soldiers have died so far.", 1420, scope="cumulative",
                   reported_by="the Defence Ministry", date="2023-04-02")
    assert groups(group_claims([*same, later])) == {frozenset({"a#0", "b#0"}), frozenset({"c#0"})}


def _renamed(records, prefix):
    """The same claims on other pages: keys and documents prefixed, so tables can be mixed."""
    return [replace(r, key=prefix + r.key, document=prefix + r.document) for r in records]


ALL = THREE_OUTLETS + _renamed(TWO_CITIES_SAME_DAY, "cities-") + _renamed(UPDATE, "update-")


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_incremental_batches_equal_a_rebuild_in_any_order(order):
    batches = [ALL[0:3], ALL[3:5], ALL[5:]]
    index = IncidentIndex()
    for n in order:
        index.add(batches[n])
    rebuilt = group_claims(ALL)
    assert [(i.id, i.keys) for i in index.incidents()] == [(i.id, i.keys) for i in rebuilt]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
@pytest.mark.parametrize("table", ["all", "bridge"])
def test_linking_page_by_page_then_grouping_equals_a_rebuild(order, table):
    records = ALL if table == "all" else BRIDGE
    batches = [records[0:3], records[3:4], records[4:]]
    index = IncidentIndex()
    for n in order:
        index.link(batches[n])  # what `tollbook extract` does as each page arrives
    assert len(index) == len(records)
    assert [(i.id, i.keys) for i in index.incidents()] == [(i.id, i.keys) for i in group_claims(records)]


@pytest.mark.parametrize("table", ["all", "bridge"])
def test_profiles_read_elsewhere_link_as_the_index_reads_them(table):
    """`extract`'s workers read each record's profile and ship it beside the record (pickled, as the pool
    does); the index then only compares, and groups as if it had read them itself."""
    import pickle
    from tollbook.incidents.profile import profile
    records = ALL if table == "all" else BRIDGE
    index = IncidentIndex()
    for page in (records[0:3], records[3:4], records[4:]):
        index.link(*pickle.loads(pickle.dumps((page, [profile(record) for record in page]))))
    assert [(i.id, i.keys) for i in index.incidents()] == [(i.id, i.keys) for i in group_claims(records)]


def test_a_profile_for_each_record_or_none():
    from tollbook.incidents.profile import profile
    with pytest.raises(ValueError):
        IncidentIndex().link(ALL[:2], [profile(ALL[0])])


def test_add_after_link_returns_its_own_incidents_and_forms_the_linked_ones():
    index = IncidentIndex()
    index.link(_renamed(TWO_CITIES_SAME_DAY, "cities-"))
    changed = index.add(THREE_OUTLETS)
    assert groups(changed) == {frozenset({"a#0", "b#0", "c#0"})}
    assert groups(index.incidents()) == {frozenset({"a#0", "b#0", "c#0"}), frozenset({"cities-a#0"}),
                                         frozenset({"cities-b#0"})}
    index.link(THREE_OUTLETS)  # claims already filed are skipped
    assert len(index) == 5


def test_add_returns_the_incidents_it_created_or_changed():
    index = IncidentIndex()
    index.add(THREE_OUTLETS[:2])
    changed = index.add([THREE_OUTLETS[2], *_renamed(TWO_CITIES_SAME_DAY[:1], "cities-")])
    assert groups(changed) == {frozenset({"a#0", "b#0", "c#0"}), frozenset({"cities-a#0"})}
    assert index.add(THREE_OUTLETS) == []  # claims already filed are skipped


def test_ids_come_from_the_earliest_member():
    [incident] = group_claims(UPDATE)
    assert incident.id.startswith("2023-05-08-lviv-")


def test_gold_labels_leave_a_lone_claim_of_its_outcome_null():
    lone_injured = record("a#1", "Eight people died and one was hurt near Lviv.", 1, outcome="injured",
                          location="Lviv", date="2023-05-08")
    incidents = group_claims([*UPDATE, lone_injured])
    labels = incident_labels(incidents)
    assert labels["a#0"] == labels["b#0"] == incidents[0].id
    assert labels["a#1"] is None


# Two towns struck on one day, each told by two outlets, and a third page whose sentence names
# both towns: it may join one of them, never make one incident of the two.
BRIDGE = [
    record("s1#0", "Shelling killed seven people in Sumy.", 7, location="Sumy", date="2023-05-09"),
    record("s2#0", "Seven people died in Sumy after the shelling.", 7, location="Sumy", date="2023-05-09"),
    record("p1#0", "Shelling killed seven people in Poltava.", 7, location="Poltava", date="2023-05-09"),
    record("p2#0", "Seven people died in Poltava after the shelling.", 7, location="Poltava", date="2023-05-09"),
    record("x#0", "seven dead", 7, date="2023-05-09", setting=frozenset({"sumi", "polt"})),
]


def test_a_claim_that_fits_two_incidents_joins_one_and_never_chains_them():
    incidents = group_claims(BRIDGE)
    together = [set(incident.keys) for incident in incidents if len(incident.keys) > 1]
    assert {"s1#0", "s2#0"} in [g - {"x#0"} for g in together]
    assert {"p1#0", "p2#0"} in [g - {"x#0"} for g in together]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_complete_linkage_gives_the_same_groups_in_any_order(order):
    batches = [BRIDGE[0:2], BRIDGE[2:4], BRIDGE[4:]]
    index = IncidentIndex()
    for n in order:
        index.add(batches[n])
    assert [(i.id, i.keys) for i in index.incidents()] == [(i.id, i.keys) for i in group_claims(BRIDGE)]


def test_a_claim_with_no_place_and_no_date_stays_on_its_page():
    lone = record("z#0", "Two people were killed, police said.", 2, published=None)
    incidents = group_claims([*THREE_OUTLETS, lone])
    assert groups(incidents) == {frozenset({"a#0", "b#0", "c#0"}), frozenset({"z#0"})}


def test_ids_derive_from_content_not_from_keys():
    """Two databases number the same pages differently ("<page>@<row id>"); the incidents keep their ids."""
    def stored(records, first_row):
        return [replace(r, key=f"{r.document}@{first_row + n}#{first_row + n}", document=f"{r.document}@{first_row + n}")
                for n, r in enumerate(records)]
    assert [i.id for i in group_claims(stored(UPDATE, 1))] == [i.id for i in group_claims(stored(UPDATE, 70))]
    [incident] = group_claims(UPDATE)
    assert incident.id.startswith("2023-05-08-lviv-killed-")


def _page(text: str, *found: tuple[str, str, int]) -> list:
    """Records of one page from (outcome, evidence, figure): spans are where the evidence is."""
    from tollbook.incidents import records_for_document
    from tollbook.model import Claim, Count, Document, Outcome
    claims = [Claim(outcome=Outcome(outcome), count=Count(best, CountKind.EXACT, str(best)), evidence=evidence,
                    span=(text.index(evidence), text.index(evidence) + len(evidence)), location=None)
              for outcome, evidence, best in found]
    return records_for_document(Document(id="page", text=text, published="2023-05-10"), claims)


def test_a_side_event_on_a_page_gets_its_own_incident():
    text = ("A gas explosion tore through a block of flats on Tuesday. Four residents were killed and "
            "nine were injured, firefighters said.\nSeparately, a bus crash on the coast road killed 3.")
    records = _page(text, ("killed", "Four residents were killed", 4), ("injured", "nine were injured", 9),
                    ("killed", "a bus crash on the coast road killed 3", 3))
    assert groups(group_claims(records)) == {frozenset({"page#0", "page#1"}), frozenset({"page#2"})}


def _story(name: str, text: str, evidence: str, best: int, published: str = "2023-05-10") -> list:
    from tollbook.incidents import records_for_document
    from tollbook.model import Claim, Count, Document, Outcome
    claim = Claim(outcome=Outcome.KILLED, count=Count(best, CountKind.EXACT, str(best)), evidence=evidence,
                  span=(text.index(evidence), text.index(evidence) + len(evidence)))
    return records_for_document(Document(id=name, text=text, published=published, language="en"), [claim])


def test_pages_that_keep_naming_one_town_link_their_placeless_claims():
    first = _story("first", "Fire at a Tuscaloosa warehouse\nA fire swept through a warehouse in Tuscaloosa on "
                   "Monday night. Three workers died, the fire chief said. Tuscaloosa firefighters fought it for "
                   "hours.", "Three workers died", 3)
    second = _story("second", "Three dead in warehouse blaze\nThe blaze in Tuscaloosa began after dark. Officials "
                    "said three workers died inside. Tuscaloosa police closed the road.", "three workers died", 3)
    elsewhere = _story("third", "Warehouse fire\nA warehouse burned in Fresno on Monday night. Three workers died. "
                       "Fresno firefighters said the roof fell in.", "Three workers died", 3)
    assert groups(group_claims([*first, *second, *elsewhere])) == {frozenset({"first#0", "second#0"}),
                                                                   frozenset({"third#0"})}


def test_the_outlet_is_the_site_of_the_page_url():
    from tollbook.incidents import records_for_document
    from tollbook.model import Claim, Count, Document, Outcome
    text = "Two people were killed in Fresno."
    claim = Claim(outcome=Outcome.KILLED, count=Count(2, CountKind.EXACT, "Two"), evidence=text, span=(0, len(text)))
    page = Document(id="d-1", text=text, url="https://www.valley-courier.example/news/fire")
    [found] = records_for_document(page, [claim])
    assert found.site == "valley-courier.example"


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_cycle_collector_is_off_while_claims_are_filed_and_left_as_it_was(enabled_before):
    import gc
    seen = []

    def arriving():
        for r in THREE_OUTLETS:
            seen.append(gc.isenabled())
            yield r

    (gc.enable if enabled_before else gc.disable)()
    try:
        group_claims(arriving())
        assert seen == [False] * len(THREE_OUTLETS)
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable()


# Blocking by canonical place: which claims of other pages a claim is compared with at all.
# (its place, the other's place, whether they meet); links need the same place or one inside the other.
PLACE_CELLS = [
    ("Izium", "Izium", True),                  # the same town
    ("Izium", "Kharkiv oblast", True),         # the town and its region, either way round
    ("Kharkiv oblast", "Izium", True),
    ("Kharkiv oblast", "Kharkiv oblast", True),
    ("Izium", "Chuhuiv", False),               # two towns of one region are apart: never compared
    ("Izium", "Sumy", False),
    ("Ukraine", "Izium", False),               # a country is no evidence
]


@pytest.mark.parametrize("first, second, meet", PLACE_CELLS)
def test_claims_meet_under_a_place_cell_only_when_one_place_can_be_the_others(first, second, meet):
    from tollbook import gazetteer
    from tollbook.incidents.index import _place_keys
    from tollbook.incidents.profile import profile

    def placed(key, name):
        found = record(key, "Two people were killed.", 2, location=name)
        return profile(replace(found, claim=replace(found.claim, place=gazetteer.resolve(name, "en"))))

    filed, _ = _place_keys(placed("a#0", first))
    _, looked_up = _place_keys(placed("b#0", second))
    assert bool(filed & looked_up) is meet


def test_a_town_report_links_to_a_report_of_its_region_by_canonical_place_alone():
    from tollbook import gazetteer
    town = record("a#0", "Shelling killed four people.", 4, location="Izium", date="2023-05-09")
    region = record("b#0", "Four civilians were killed by shelling.", 4, location="Kharkiv oblast",
                    date="2023-05-09")
    town, region = (replace(r, claim=replace(r.claim, place=gazetteer.resolve(r.claim.location, "en")))
                    for r in (town, region))
    assert groups(group_claims([town, region])) == {frozenset({"a#0", "b#0"})}


def _component(keys_in_arrival_order, links):
    """An index holding one component: ``links`` as (points, key, key), the first key sorting first."""
    from array import array
    index = IncidentIndex()
    root = keys_in_arrival_order[0]
    index._members[root] = list(keys_in_arrival_order)
    index._numbers = {key: n for n, key in enumerate(keys_in_arrival_order)}
    index._links[root] = array("I", [x for points, a, b in links for x in (points, index._numbers[a], index._numbers[b])])
    return index, root


@pytest.mark.parametrize("keys, links, expected", [
    # strongest first, whatever the order the links were made in
    (["a#0", "b#0", "c#0"], [(3, "a#0", "b#0"), (104, "b#0", "c#0"), (5, "a#0", "c#0")],
     [("b#0", "c#0"), ("a#0", "c#0"), ("a#0", "b#0")]),
    # ties by the keys as text, not by arrival: "p#10" sorts before "p#9"
    (["p#9", "p#10", "q#0"], [(4, "p#9", "q#0"), (4, "p#10", "q#0"), (4, "p#10", "p#9")],
     [("p#10", "p#9"), ("p#10", "q#0"), ("p#9", "q#0")]),
    # then by the second key
    (["z#0", "m#0", "m#1"], [(3, "m#1", "z#0"), (3, "m#0", "z#0"), (3, "m#0", "m#1")],
     [("m#0", "m#1"), ("m#0", "z#0"), ("m#1", "z#0")]),
])
def test_a_components_links_are_taken_strongest_first_then_by_key(keys, links, expected):
    index, root = _component(keys, links)
    assert list(index._strongest_first(root)) == expected


def test_link_order_holds_in_a_component_of_a_thousand_claims():
    import random
    chance = random.Random(12)
    keys = [f"d{n % 37}#{n}" for n in range(1000)]
    chance.shuffle(keys)
    links = []
    for _ in range(5000):
        a, b = sorted(chance.sample(keys, 2))
        links.append((chance.choice([3, 4, 5, 101, 102]), a, b))
    index, root = _component(keys, links)
    assert list(index._strongest_first(root)) == [(a, b) for _, a, b in sorted(links, key=lambda l: (-l[0], l[1], l[2]))]
