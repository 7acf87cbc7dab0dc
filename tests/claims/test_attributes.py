"""Table-driven cases for a claim's attributes: source, date, place (sentences written for these tests).

Each case is a small page, one sentence per line; the expected value is the attribute of the claim
whose evidence contains ``needle``.
"""
from __future__ import annotations

import pytest

from tollbook.claims.context import parse_published, year_of
from tests.claims.helpers import checked_claims

from tollbook.claims import extract_claims
from tollbook.rules import load_rules
from dataclasses import replace

from tollbook.model import Sentence
from tests.claims.helpers import make_document, summary


def _split_sentences(document):
    """Lines are paragraphs; '. ' and '." ' end a sentence inside them (quotations may span sentences)."""
    sentences = []
    for line in document.sentences:
        start = line.start
        for k in range(line.start, line.end - 1):
            if document.text[k] in '."' and document.text[k + 1] == " " and document.text[k - 1] != ",":
                if document.text[k] == '"' and document.text[k - 1] != ".":
                    continue
                sentences.append(Sentence(start, k + 1, line.segment))
                start = k + 2
        sentences.append(Sentence(start, line.end, line.segment))
    return replace(document, sentences=tuple(sentences))


def attribute_of(text: str, needle: str, key: str, published: str | None = None, headline: bool = False):
    document = _split_sentences(make_document(text, published=published, headline=headline))
    claims = [c for c in extract_claims(document, load_rules()) if needle in c.evidence]
    assert claims, f"no claim with {needle!r}"
    return summary(claims[0], [key])[key]


@pytest.mark.parametrize("text, needle, expected", [
    # the sentence's own source
    ("The harbour authority, however, says six sailors drowned.", "six", "The harbour authority"),
    # a denied statement names no source; the same verb unnegated does
    ("We can't say how many were hurt, but two people were killed.", "two", None),
    ("The coroner couldn’t say how many were hurt; two people were killed.", "two", None),
    ("Police declined to say how many were hurt, but two people were killed.", "two", None),
    ("Police did not say more, but two people were killed.", "two", None),
    ("Police can say that two people were killed.", "two", "Police"),
    # an adverb that opens the sentence is no source
    ("Earlier this month, his aides published a video of him pointing at 30 bodies, saying they were fighters.",
     "30", None),
    ("Norland has said little about its losses, saying that 310 of its soldiers died.", "310", "Norland"),
    ("It was announced by the Coastal Rescue Service that 12 divers are missing.", "12",
     "the Coastal Rescue Service"),
    ("Nine miners died, according to figures released by the Mining Safety Board.", "Nine",
     "the Mining Safety Board"),
    ("According to the spokesman of the provincial council Marek Dolny, 14 people died.", "14", "Marek Dolny"),
    ("Later Irma Vale, head of the district council, said that four guards were hurt.", "four", "Irma Vale"),
    ("Neighbours alerted the police that two children were injured.", "two", "Neighbours"),
    # pronouns: the sentence's subject, else the last person named before
    ("Rescuers searched the river for a man who they say killed three hikers.", "three", "Rescuers"),
    ("Governor Lena Okafor visited the site.\nShe said 11 workers were injured.", "11", "Lena Okafor"),
    ("Colonel Ruslan Petrenko spoke on Tuesday.\nHe said eight soldiers were killed.", "eight", "Ruslan Petrenko"),
    ("Anton Gray spoke to the Valley News Agency.\nHe said five people died.", "five", "Anton Gray"),
    # titles dropped, the fullest form kept
    ("Northern Governor Sami Rahal arrived.\nGovernor Rahal said nine villagers died.", "nine", "Sami Rahal"),
    ("Police Chief Dana Hollis took questions.\nTwo officers were hurt, the town's police chief said.", "Two",
     "Dana Hollis"),
    # organisations and acronyms
    ("The charity Harbour Relief Network runs the kitchen.\nFour volunteers died, the charity said.", "Four",
     "Harbour Relief Network"),
    ("The Coastal Watch Centre (CWC) tracks ships.\nTwo sailors are missing, the CWC said.", "Two",
     "Coastal Watch Centre"),
    # quotations: the speaker named where it opens or where it closes
    ("Mayor Ivo Brandt spoke.\n\"The fire spread fast. Three residents died. We mourn them,\" he said.",
     "Three", "Ivo Brandt"),
    ("Ivo Brandt said: \"The fire spread fast. Three residents died.\" The town mourns.", "Three", "Ivo Brandt"),
    ("\"The fire spread fast. Three residents died. We mourn them,\" Ivo Brandt wrote.", "Three", "Ivo Brandt"),
])
def test_reported_by(text, needle, expected):
    assert attribute_of(text, needle, "reported_by") == expected


@pytest.mark.parametrize("text, needle, expected", [
    ("Five guards were killed, the army said. Another 12 were wounded.", "12", None),   # NOTES 17
    ("Nine people died in the blast. The mayor visited the site.", "Nine", None),
    ("Firefighters say 14 killed in warehouse blaze", "14", "Firefighters"),
])
def test_reported_by_across_sentences(text, needle, expected):
    assert attribute_of(text, needle, "reported_by") == expected


@pytest.mark.parametrize("text, needle, published, expected", [
    ("Five people died in Kharkiv on Sunday.", "Five", "2022-03-01", "2022-02-27"),
    ("Five people died on Sunday.", "Five", "2022-03", None),                          # weekday needs a full date
    ("Four guards died, police said on Friday.", "Four", "2022-04-08", None),           # the statement's day
    # a date outside the outcome's relative clause dates something else
    ("Divers searched the lake on Thursday for a man who killed four swimmers.", "four", "2023-10-26", None),
    ("A man who killed four swimmers on Wednesday is still at large.", "four", "2023-10-26", "2023-10-25"),
    # a running total counts up to the day it was announced
    ("The ministry on Wednesday announced its figures.\nSince the war began, 498 soldiers have died.", "498",
     "2022-03-02", "2022-03-02"),
    ("Colonel Ivan Dort on Wednesday revealed the losses.\nThe army has a new chief.\nRain fell.\n"
     "Dort said that since the war began 300 soldiers have died.", "300", "2022-03-02", "2022-03-02"),
    ("The storm hit on Monday.\nThe river rose.\nRain fell.\nSince the war began, 498 soldiers have died.", "498",
     "2022-03-02", None),
    # elapsed time before the publication date
    ("Today marks two years since a guard was kidnapped at the mine.", "a guard", "2008-10-23", "2006-10-23"),
    ("Three hikers went missing four days ago.", "Three", "2023-05-10", "2023-05-06"),
    # "As noted, ..." is no statement
    ("As noted, on March 3 four guards died.", "four", "2022-03-10", "2022-03-03"),
    # a page whose claim sentences give no date: a dated body sentence naming the same place
    ("On the morning of May 2, a shell hit the Dunmore bus station.\nTwelve people died at the Dunmore bus station.",
     "Twelve", "2022-05-05", "2022-05-02"),
    ("\"Tonight the Dunmore bus station mourns,\" she wrote.\nTwelve people died at the Dunmore bus station.",
     "Twelve", "2022-05-05", None),
    # an earlier event keeps no page date
    ("Two guards died in Tarvo on Monday.\nA third died of wounds sustained in a previously reported attack.", "third",
     "2022-05-05", None),
    # a timetable: a day after the publication in a sentence of what is to come is no incident day
    ("Four people died at the Tarvo bus station.\nBuses will leave the Tarvo bus station again on 9 March.", "Four",
     "2022-03-07", None),
    ("Four people died at the Tarvo bus station.\nBuses will leave the Tarvo bus station again on 29 March.",
     "Four", "2022-03-07", None),                                          # weeks ahead: not last year's 29 March
    ("Four people died at the Tarvo bus station.\nA shell hit the Tarvo bus station on 6 March.", "Four",
     "2022-03-07", "2022-03-06"),                                          # a past day in the same place
    ("Four people died at the Tarvo bus station on 8 March.", "Four", "2022-03-07", "2022-03-08"),  # an update
    ("Four people died at the Tarvo bus station on 20 March.", "Four", "2022-03-07", None),  # no past 20 March
    # a photo caption above the story writes the year; the story's own day wins over it
    ("Mourners gather at the Tarvo market after the blast, June 3, 2024.\nThe bomb exploded at the Tarvo market on "
     "Sunday night.\nNine people were killed, police said.", "Nine", "2024-06-04", "2024-06-02"),
    ("Mourners gather at the Tarvo market after the blast, June 3.\nThe bomb exploded at the Tarvo market on "
     "Sunday night.\nNine people were killed, police said.", "Nine", "2024-06-04", "2024-06-03"),   # no year: first
    # the parts and echoes of a running total take its as-of day (none here), not the page's incident day
    ("A bomb exploded in Ruvo on Monday.\nSince the unrest began in May, 30 people have died, the commission said."
     "\nRuvo had 12 deaths and Tarvo 9 deaths.", "12", "2024-06-05", None),
    ("A bomb exploded in Ruvo on Monday.\nSince the unrest began in May, 30 people have died, the commission said."
     "\nRuvo had 12 deaths and Tarvo 9 deaths.", "9", "2024-06-05", None),
    ("30 dead in months of unrest in Ruvo\nA bomb exploded in Ruvo on Monday.\nSince the unrest began in May, "
     "30 people have died, the commission said.", "30 dead", "2024-06-05", None),
    ("A bomb exploded in Ruvo on Monday.\nSince the unrest began in May, 30 people have died, the commission said."
     "\nThe bomb killed 4 people in Ruvo.", "4", "2024-06-05", "2024-06-03"),        # an event, told with a verb
    ("A bomb exploded in Ruvo on Monday.\nSince the unrest began in May, 30 people have died, the commission said."
     "\nThe mayor spoke.\nRuvo had 12 deaths.", "12", "2024-06-05", "2024-06-03"),  # not right after the total
    ("A bomb exploded in Ruvo on Monday.\nFour people died in Ruvo.\nSince the unrest began in May, 30 people have "
     "died, the commission said.", "Four", "2024-06-05", "2024-06-03"),              # another count
    # a period's first day dates no incident, and keeps the page's day away
    ("A bomb exploded in Ruvo on Monday.\nFour people were killed in Tarvo from 8-12 July.", "Four", "2022-07-16", None),
    ("A bomb exploded in Ruvo on Monday.\nFour people were killed in Tarvo from July 8 to 12.", "Four", "2022-07-16",
     None),
    ("Four people were killed by shelling from the north on July 8.", "Four", "2022-07-16", "2022-07-08"),
    ("On 7 October, 300 people died in the city.", "300", "2024-03-01", "2023-10-07"),
])
def test_date(text, needle, published, expected):
    assert attribute_of(text, needle, "date", published=published) == expected


@pytest.mark.parametrize("text, needle, expected", [
    ("DUNMORE, Ohio (AP) — Two people were killed at a fair on Sunday.", "Two", "Dunmore"),
    ("DUNMORE, Ohio (AP) — A gunman killed two people in Ohio on Sunday.", "two", "Dunmore"),
    ("DUNMORE (AP) – Two people were killed at the Tarvo bus station.", "Two", "Tarvo bus station"),
    ("Two people were killed in Tarvo on Sunday.", "Two", "Tarvo"),
    ("Two people were killed on Sunday.", "Two", None),
])
def test_location(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


@pytest.mark.parametrize("month, day, published, year", [
    (6, 28, "2022-06-27", 2022),    # "as of 28 June" on a page stamped the day before: an update
    (12, 28, "2023-01-03", 2022),   # "on 28 December" on a page of 3 January: last year
    (7, 15, "2022-06-27", 2021),    # weeks after publication: last year
    (7, 15, "2022-06", 2021),       # a page dated to the month only
    (6, 2, "2022-06", 2022),
])
def test_a_day_and_month_without_a_year_take_the_publication_year_unless_long_after_it(month, day, published, year):
    assert year_of(month, day, parse_published(published)) == year


def test_a_date_the_day_after_publication_keeps_the_year():
    claims = checked_claims("On 28 June, 18 people died in the blast.", published="2022-06-27")
    assert [c.date for c in claims] == ["2022-06-28"]


# A title-case headline names no person: its capitalised pairs are no antecedent of a later "he said".
# A place after an indefinite article is where the village is, not its name ("a Kaduna village").
@pytest.mark.parametrize("text, needle, key, expected", [
    ("Bandits Attack: 22 Villagers Killed in Katsina\nHe said twenty-two persons were killed.", "twenty-two",
     "reported_by", None),
    ("Gunmen kill 22 in Katsina, says Musa Bello\nHe said twenty-two persons were killed.", "twenty-two",
     "reported_by", "Musa Bello"),
    ("Village head killed\nA Kaduna village was attacked by bandits who killed the village head and five others.\n"
     "The attack occurred in Sarari village near Kuriga town.", "five", "location", "Sarari village"),
    ("Farmers killed\nBandits invaded Tarvo village and killed five farmers.", "five", "location", "Tarvo village"),
])
def test_title_case_headlines_and_village_names(text, needle, key, expected):
    assert attribute_of(text, needle, key, headline=True) == expected


# Background of an earlier period keeps its place to itself; a hospital some words after a care word is where
# the wounded were treated.
@pytest.mark.parametrize("text, needle, expected", [
    ("Blast kills two\nTwo workers were killed in a blast at a factory in Sivakasi.\n"
     "Thirteen workers died at a garment factory in New Delhi last month.", "Two workers", "Sivakasi"),
    ("Blast kills two\nTwo workers were killed in a blast at a factory in Sivakasi.\n"
     "Thirteen workers died at a garment factory in New Delhi last month.", "Thirteen", "New Delhi"),
    ("Fire kills nine\nNine people died in a fire at a market in Tongi.\n"
     "Ten people are being treated for burn injuries at the Central Hospital.", "Ten people", "Tongi"),
])
def test_background_periods_and_care_places(text, needle, expected):
    assert attribute_of(text, needle, "location", headline=True) == expected


# "citing remarks by X", "citing figures from X": the source is who made the remarks or gave the figures.
@pytest.mark.parametrize("text, expected", [
    ("The toll stands at 13, the agency reported, citing remarks by authorities.", "authorities"),
    ("Citing figures from the health ministry, the agency said 13 people died.", "the health ministry"),
    ("According to data released by the ministry, 13 people died.", "the ministry"),
    ("Citing hospital sources, the agency said 13 people died.", "hospital sources"),
])
def test_carrier_nouns_give_way_to_who_made_them(text, expected):
    assert attribute_of(text, "13", "reported_by") == expected


# A war's own offensive counts a running total; "a single attack" is one event whatever "since" follows.
@pytest.mark.parametrize("text, needle, expected", [
    ("The ministry says the offensive has killed over 40,000 people.", "40,000", "cumulative"),
    ("The bombardment has so far killed 300 people.", "300", "cumulative"),
    ("A strike killed seven people, the highest toll from a single attack since the start of the offensive.",
     "seven", "incident"),
    ("Seven people have been killed since the offensive began.", "Seven", "cumulative"),
    # "so far" of one event's toll is that event's; of a period, a running total
    ('"So far, 23 dead," the governor said of the strike on the market.', "23", "incident"),
    ("Twelve people have died in the blast so far.", "Twelve", "incident"),
    ("So far this year, 40 people have died in attacks.", "40", "cumulative"),
    ("In the war so far, 5,000 soldiers have died.", "5,000", "cumulative"),
])
def test_offensives_and_single_attacks(text, needle, expected):
    assert attribute_of(text, needle, "scope") == expected


# "Oct. 7": an abbreviated month's full stop; the war's own start is no date of the page's incident.
@pytest.mark.parametrize("text, needle, expected", [
    ("Strike kills four\nMilitants stormed the town on Oct. 7, killing some 1,200 people.", "1,200", "2023-10-07"),
    ("Strike kills four\nA strike on Monday killed four people in Rafah.\n"
     "The war began when militants stormed the south on Oct. 7, killing some 1,200 people.", "kills four",
     "2024-08-26"),
])
def test_abbreviated_months_and_the_wars_start(text, needle, expected):
    # one sentence a line: the test's own splitter would cut "Oct. 7" where the document reader does not
    document = make_document(text, published="2024-08-27", headline=True)
    claims = [c for c in extract_claims(document, load_rules()) if needle in c.evidence]
    assert claims and summary(claims[0], ["date"])["date"] == expected


# A hospital after a death is where the wounded died; a strike on a hospital keeps it.
@pytest.mark.parametrize("text, needle, expected", [
    ("Standoff leaves five dead\nFive people died in a standoff in Boone.\n"
     "One deputy died at Johnson City Medical Center in Tennessee.", "five dead", "Boone"),
    ("A strike on the Al-Shifa Hospital killed 20 people.", "20", "Al-Shifa Hospital"),
])
def test_hospital_after_a_death(text, needle, expected):
    assert attribute_of(text, needle, "location", headline="\n" in text) == expected


# An elliptic item after the first ("and two in Kelby", ", another six in Chuhuiv") takes its own place.
@pytest.mark.parametrize("text, expected", [
    ("Four people died in Ardmore and two in Kelby.", [(4, "Ardmore"), (2, "Kelby")]),
    ("Six people were killed in Kharkiv, another six in Chuhuiv and three in Zolochiv.",
     [(6, "Kharkiv"), (6, "Chuhuiv"), (3, "Zolochiv")]),
    ("Four people died in Ardmore and two in hospital.", [(4, "Ardmore"), (2, "Ardmore")]),
])
def test_elliptic_items_take_their_own_place(text, expected):
    claims = extract_claims(_split_sentences(make_document(text)), load_rules())
    assert [(c.count.best, c.location) for c in claims] == expected


# The speaker of a quotation of several sentences is named where it closes.
def test_long_quotation_speaker():
    text = '"Fifteen people are dead. These are the consequences of the bombing," Sinegubov wrote on Telegram.'
    assert attribute_of(text, "Fifteen", "reported_by") == "Sinegubov"
    # "the statement added": the statement of the body named before
    text = ('In a post, the district police said the post was attacked. "After the firing, 10 bodies of militants were '
            'recovered. A case has been registered," the statement added.')
    assert attribute_of(text, "10", "reported_by") == "the district police"
    assert attribute_of('"Fifteen people are dead." The governor left the city.', "Fifteen", "reported_by") is None


# A participle in an aside between the subject and its verb is not the reporting verb.
@pytest.mark.parametrize("text, expected", [
    ("Another resident, confirming the attack, said 13 people died.", "Another resident"),
    ("Russia disclosed little, saying that 13 soldiers died.", "Russia"),
])
def test_participle_asides(text, expected):
    assert attribute_of(text, "13", "reported_by") == expected


# A place of two capitalised words is no person a later "he said" stands for.
@pytest.mark.parametrize("text, expected", [
    ('Twelve civilians were killed in northwestern Burkina Faso, residents said.\n"Twelve people were killed," he said.',
     None),
    ('Police chief Ann Roe visited the site.\n"Twelve people were killed," she said.', "Ann Roe"),
])
def test_places_are_no_antecedent_persons(text, expected):
    assert attribute_of(text, "Twelve people", "reported_by") == expected


# A region its own sentence names that does not hold the page's town is another incident's place; a region
# that holds it gives way to the town.
@pytest.mark.parametrize("text, needle, expected", [
    ("Gunmen release students\nGunmen released about 100 students abducted from a school in Tegina.\n"
     "Gunmen abducted 140 students in Kaduna state last week.", "140", "Kaduna state"),
    ("Gunmen release students\nGunmen released about 100 students abducted from a school in Tegina.\n"
     "At least 22 people were killed in Niger state.", "22", "Tegina"),
])
def test_another_region_keeps_its_place(text, needle, expected):
    assert attribute_of(text, needle, "location", headline=True) == expected
