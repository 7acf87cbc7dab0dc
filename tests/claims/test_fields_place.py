"""The page's place and date of its incident (tollbook/claims/page_fields.py, GUIDELINE conventions 19, 23).

Each case is a small page written for these tests, one sentence per line; the expected value is the
attribute of the claim whose evidence contains ``needle``. Negatives stand beside the positives.
"""
from __future__ import annotations

import pytest

from tests.claims.test_attributes import attribute_of
from tests.claims.helpers import checked_claims, make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules


@pytest.mark.parametrize("text, needle, expected", [
    # "the <people's adjective> city of X" is X; "the X neighborhood of Y" is X
    ("Nine people died in a drone strike on the Norvian city of Tallow.", "Nine", "Tallow"),
    ("Four people died in a blast in the Kessim neighborhood of Varno.", "Four", "Kessim neighborhood"),
    # a possessive place before the inner one: the inner one
    ("Six hikers were killed in Ardmore's Lentil Valley on Sunday.", "Six", "Lentil Valley"),
    # the object of a verb of hitting is a place
    ("Twelve people died in a bombing that targeted the Saint Ilan Church.", "Twelve", "Saint Ilan Church"),
    # where a source spoke is no place of the casualties
    ("Police said in Brevik that three miners died.", "three", None),
    ("Three miners died in Ostrava, police said.", "Three", "Ostrava"),
    ("Five soldiers were killed, the general told reporters in Kyiv.", "Five", None),
    # a place kind after the name is part of it
    ("Two pilgrims were killed in the Baisaran meadow.", "Two", "Baisaran meadow"),
    # one letter is no place name ("J&K" is an abbreviation)
    ("Two soldiers were injured in J&K's Torvan district.", "Two", None),
    ("Two soldiers were injured in Torvan district.", "Two", "Torvan district"),
    # a faith or people attacked is no place
    ("Nine worshippers died in an attack on Shias in Kelby.", "Nine", "Kelby"),
    ("Nine worshippers died in an attack on Christians.", "Nine", None),
    # a name with its place kind, or after "the city of", is a place whatever word follows it; an article or a
    # time word after a bare name is no noun the name qualifies
    ("Six miners went missing in Tarvel district a day after the flood.", "Six", "Tarvel district"),
    ("A drone attack on the port city of Selmar comes after three sailors died.", "three", "Selmar"),
    ("Two people died in Ostrava a day after the storm.", "Two", "Ostrava"),
    ("Forty people have died since clashes began in Korvia last year.", "Forty", "Korvia"),
    # ... a name before a noun is an adjective of it
    ("Two people died in Norvish strikes a day after the storm.", "Two", None),
    # a site named after the body or office it belongs to is the place, the owner's name included
    ("Six people died in an attack targeting the offices of the governor of Varno.", "Six",
     "offices of the governor of Varno"),
    ("Four guards were killed at the main entrance of the Ministry of Water Affairs.", "Four",
     "main entrance of the Ministry of Water Affairs"),
    ("A bomber killed five people outside the Peruvian foreign ministry.", "five", "Peruvian foreign ministry"),
    ("Three clerks were hurt outside the Norvia Ministry of Labour.", "Three", "Norvia Ministry of Labour"),
    # a count a country's own body reports is the country's, unless its sentence places it within the country
    ("Peru's health ministry said 40 people died in the floods.", "40", "Peru"),
    ("Peru's health ministry said 40 people died in the floods in Cusco.", "40", "Cusco"),
    ("Peru's army said 12 soldiers died.", "12", None),
    ("Chile's government said 30 people died, while Peru's government said 12 people died.", "12", "Peru"),
    ("Chile's government said 30 people died, while Peru's government said 12 people died.", "30", "Chile"),
    ("Peru's health ministry said a total of 271 people have been injured since the floods began, including "
     "those at the Varlo market.", "271", "Peru"),
    # a verb of an irregular past after a name is no noun the name qualifies
    ("Bomb blasts in Tarvo and Kessim left dozens injured.", "dozens", "Tarvo and Kessim"),
    ("Bomb blasts in Tarvo killed nine people.", "nine", "Tarvo"),
    # a name may go on after a lower-case article particle and a hyphen
    ("A car bomb killed four people in Bab al-Tarim.", "four", "Bab al-Tarim"),
    ("A car bomb killed four people in al-Tarim.", "four", "al-Tarim"),
    ("A car bomb killed four people in well-Known streets.", "four", None),
    # where the victims set out from is not where they were hit
    ("Seven aid workers were killed while driving after leaving a warehouse in Deir al-Tarim.", "Seven", None),
    ("Seven aid workers were killed while driving near a warehouse in Deir al-Tarim.", "Seven", "Deir al-Tarim"),
    # a landmark the place is told by stands only when the sentence names no other place
    ("A bomber struck the Saint Ilan church in Dorvik, on the outskirts of Varno, on Sunday, killing 22 people.",
     "22", "Saint Ilan church"),
    ("Gunmen attacked a village on the outskirts of Varno, killing 14 people.", "14", "Varno"),
    # a private dwelling is a particular site, though it has no name
    ("Separately, shelling left two dead at a private residence.", "two", "private residence"),
    ("Shelling killed two people in a private house in Kessim.", "two", "private house in Kessim"),
    ("Shelling killed two people in a house.", "two", None),
    # the place of a part the count includes is not the count's
    ("A total of 70 people were injured in the strikes, including those at the Varlo market.", "70", None),
    # ... a site with no owner's name is none, nor a people's adjective alone
    ("Four guards were killed at the main entrance of the building.", "Four", None),
    ("Six people died in an attack targeting the offices of a charity.", "Six", None),
    ("Five people died in Peruvian strikes.", "Five", None),
    # a place kind of several words, capitalised as a name is, belongs to the name
    ("Gunmen killed six people in Dorva Local Government Area of Kessim State.", "six",
     "Dorva Local Government Area"),
    ("Two people died in Varno Railway Station.", "Two", "Varno Railway Station"),
    # a possessive place of two words before the inner place: the inner one
    ("A bus fell into a gorge in Kessim Pradesh’s Varno district, killing nine.", "nine", "Varno district"),
    ("A bus fell into a gorge in Tarvo village in Kessim Pradesh’s Varno district, killing nine.", "nine",
     "Tarvo village"),
    # an area of a town: the town
    ("Two people were stabbed in the centre of Mulhouse.", "Two", "Mulhouse"),
    ("Two people were stabbed in the heart of Mulhouse.", "Two", "Mulhouse"),
    ("Two people were stabbed in the heart.", "Two", None),
])
def test_sentence_place(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


@pytest.mark.parametrize("text, needle, expected", [
    # a claim with no place takes the page's most specific one
    ("Gunmen stormed a wedding in the village of Korbeni.\nAt least nine guests were killed.", "nine", "Korbeni"),
    # a claim that names only the country takes the page's more specific place in it
    ("The attack took place in the Ukrainian city of Sumy.\nEleven civilians were killed in Ukraine.", "Eleven",
     "Sumy"),
    # ... but a more specific place of its own stands
    ("The attack took place in the Ukrainian city of Sumy.\nEleven civilians were killed in Kharkiv.", "Eleven",
     "Kharkiv"),
    # the hospital the wounded were taken to is not where they were hit
    ("Eight people were injured in a blast at the Varlo market.\nThey were rushed to hospitals in Dunmere.", "Eight",
     "Varlo market"),
    ("A bus crashed at the Tamsin junction.\nThe injured were taken to hospitals in Caldport.\n"
     "Fourteen people were hurt.", "Fourteen", "Tamsin junction"),
    # a region or country a line names stands when it is not the page's country: the line tells another story
    ("Gunmen killed nine villagers in the village of Korbeni.\nThe attack took place in northwestern Nigeria's "
     "Katsina state.\nTragic Attacks In Russia's Dagestan: Gunmen Kill 15 Police Officers", "15", "Dagestan"),
    # ... the page's country is the page's place
    ("Gunmen killed nine villagers in the village of Korbeni.\nThe attack took place in northwestern Nigeria's "
     "Katsina state.\nFifteen police officers were also killed in Nigeria.", "Fifteen", "Korbeni"),
    # a roundup of incidents, each with a place of its own: a claim whose sentence names none has none
    ("A bomb in Tarvo injured 16 people.\nA roadside bomb in Kessim killed two guards.\nGunmen in Ostrava killed "
     "a farmer.\nA blast in Varno wounded four people.\nOne man was shot dead in Korvel.\nA father and son were "
     "killed.", "father", None),
    ("A bomb in Tarvo injured 16 people.\nA roadside bomb in Tarvo killed two guards.\nA father and son were "
     "killed.", "father", "Tarvo"),
    # a private dwelling is a claim's own place, never the page's
    ("Shelling hit a private house in Kessim.\nTwo children were killed in the shelling of Kessim.\n"
     "Four people were hurt.", "Four", "Kessim"),
    # a sentence that opens on a month or year of its own tells another event: it keeps its own place
    ("A bus crashed in the town of Tarvo on Thursday, killing two people.\nIn December 2012, a bus plunged off a "
     "road in Oregon, killing nine people.", "nine", "Oregon"),
    ("A bus crashed in the town of Tarvo on Thursday, killing two people.\nLater, a second bus crashed in Oregon, "
     "killing nine people.", "nine", "Tarvo"),
    # a national body's count is the country's, not the page's town
    ("Floods hit the town of Tarvo on Monday.\nPeru's government said 40 people had died.", "40", "Peru"),
    ("Floods hit the town of Tarvo on Monday.\nThe mayor said 40 people had died.", "40", "Tarvo"),
    # a site named after its owner is more specific than the town: claims with no place of their own take it
    ("A bomber struck outside the Peruvian foreign ministry in Lima.\nAt least nine people were killed.", "nine",
     "Peruvian foreign ministry"),
    ("Gunmen stormed the offices of the mayor of Varno.\nSeven guards were killed, the police said.", "Seven",
     "offices of the mayor of Varno"),
])
def test_page_place(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


@pytest.mark.parametrize("text, needle, expected", [
    # a headline claim takes the body's place
    ("Six Dead in Attack on City Hall\nThe attack took place at the town hall in Mirbeck.", "Six", "Mirbeck"),
    # a headline's title-case common noun is no place
    ("Seven Killed in Protests\nPolice fired on marchers.", "Seven", None),
    # a roundup's headline sums up incidents of many places: none is its place
    ("Thursday: 31 Hurt\nA bomb in Tarvo injured 16 people.\nA roadside bomb in Kessim injured two guards.\n"
     "Gunmen in Ostrava wounded a farmer.\nA blast in Varno wounded four people.\nEight people were hurt in Korvel.",
     "31", None),
    ("Thursday: 31 Hurt\nA bomb in Tarvo injured 16 people.\nA roadside bomb in Tarvo injured two guards.", "31",
     "Tarvo"),
    # ... nor does it stand for the place after it, nor give the body its name
    ("Seven Killed in Protests in Peru\nPolice fired on marchers.", "Seven", "Peru"),
    ("Seven Killed in Clashes in Norvia\nPolice said seven people died.", "seven", "Norvia"),
    ("Seven Killed in Protests\nPolice said seven people died.", "seven", None),
    # a name is a place, in a headline too
    ("Seven Killed in Tarvo\nPolice said seven people died.", "seven", "Tarvo"),
])
def test_headline_place(text, needle, expected):
    assert attribute_of(text, needle, "location", headline=True) == expected


@pytest.mark.parametrize("text, expected", [
    # German capitalises every noun: a compound event noun is no place, in the headline or for the body
    ("Tote und Verletzte bei Messerattacke\nEs wurden zwei Personen getötet.", [None, None, None]),
    ("Zwei Tote bei Terroranschlag\nEs wurden zwei Personen getötet.", [None, None]),
    # a town the gazetteer knows is one
    ("Zwei Tote bei Anschlag in Hamburg\nEs wurden zwei Personen getötet.", ["Hamburg", "Hamburg"]),
])
def test_german_headline_event_noun_is_no_place(text, expected):
    claims = checked_claims(text, headline=True, language="de")
    assert [c.location for c in claims] == expected


@pytest.mark.parametrize("text, needle, published, expected", [
    # the incident day stated in another sentence of the page
    ("Twenty people were killed in the attack.\nThe attack took place on Sunday night.", "Twenty", "2025-04-15",
     "2025-04-13"),
    # "Monday's attack" dates the attack
    ("Searchers found four bodies on Wednesday after Monday's attack on the camp.", "four", "2024-11-14",
     "2024-11-11"),
    # bodies found a day after the attack: the attack's day
    ("The bodies of two farmers were recovered on Tuesday, a day after the raid.", "two", "2024-11-14",
     "2024-11-11"),
    # a found date with no attack day stated stays
    ("The bodies of two farmers were recovered on Tuesday.", "two", "2024-11-14", "2024-11-12"),
    # an explicit date beats the years someone served
    ("Oleg, who enlisted 10 years ago, was killed near Izyum on 15 March.", "Oleg", "2022-03-30", "2022-03-15"),
    # a running total takes no incident day
    ("A missile hit the station on Friday.\nSince the war began, 900 civilians have died in the region.", "900",
     "2022-04-09", None),
])
def test_page_date(text, needle, published, expected):
    assert attribute_of(text, needle, "date", published=published) == expected


@pytest.mark.parametrize("text, needle, headline, expected", [
    # a town and its state used as an adjective, no preposition before it: the claim's own place
    ("Eight people were killed at a Paris, Texas elementary school on Friday.", "Eight", False, "Paris, Texas"),
    ("Two people were killed at a Springfield, Illinois, supermarket.\nTwelve people died in Portland, Maine.",
     "Two", False, "Springfield, Illinois"),
    # ... not a person's name and a state the gazetteer does not pair
    ("Four people were killed when Mary Smith, Texas resident, opened fire.", "Four", False, None),
    # a town's police: the page's place when no event sentence names a town
    ("A Tulsa police officer was wounded on Monday.\nThe suspect died at a hospital.", "suspect died", False,
     "Tulsa"),
    ("One man was killed after a traffic stop, said Tulsa Police Chief Ann Roe.", "One", False, "Tulsa"),
    ("One person is dead and a Salem, Oregon, police officer is hurt.", "One", False, "Salem, Oregon"),
    ("Oklahoma officer shot, suspect killed\nA Tulsa police officer was shot on Monday.", "suspect", True, "Tulsa"),
    # ... a force that is no town's gives no place, and a town of an event sentence goes first
    ("Three officers were killed, State Police said.", "Three", False, None),
    ("Two guards were killed at the Varlo market in Norman.\nTulsa police helped.", "Two", False,
     "Varlo market"),
])
def test_place_as_adjective(text, needle, headline, expected):
    assert attribute_of(text, needle, "location", headline=headline) == expected


@pytest.mark.parametrize("text, needle, published, expected", [
    # "X comes a day after an explosion ...": the news is of the publication's day, the event a day earlier
    ("The curfew comes a day after a bomb at the market killed 14 people.", "14", "2024-06-12", "2024-06-11"),
    ("Schools closed on the day. The closure came a day after gunmen killed six guards.", "six", "2024-06-12",
     "2024-06-11"),
    # ... with no day said, no date
    ("The curfew comes after a bomb at the market killed 14 people.", "14", "2024-06-12", None),
])
def test_page_date_from_the_news_day(text, needle, published, expected):
    assert attribute_of(text, needle, "date", published=published) == expected


@pytest.mark.parametrize("language, text, needle, published, expected", [
    # a sentence telling of the attack with no outcome word dates the incident, in every language
    ("es", "Un grupo armado abrió fuego este martes contra una fiesta.\nAl menos doce personas murieron.", "doce",
     "2025-06-25", "2025-06-24"),
    ("pt", "Homens armados abriram fogo na terça-feira contra um bar.\nPelo menos cinco pessoas morreram.", "cinco",
     "2025-06-25", "2025-06-24"),
    ("fr", "Des hommes armés ont ouvert le feu mardi dans un marché.\nAu moins cinq personnes ont été tuées.", "cinq",
     "2025-06-25", "2025-06-24"),
    ("it", "Uomini armati hanno aperto il fuoco martedì in un bar.\nAlmeno cinque persone sono morte.", "cinque",
     "2025-06-25", "2025-06-24"),
    ("de", "Bewaffnete eröffneten am Dienstag das Feuer auf einen Markt.\nMindestens fünf Menschen wurden getötet.",
     "fünf", "2025-06-25", "2025-06-24"),
    # ... a sentence about something else does not
    ("es", "El alcalde habló con la prensa este martes.\nAl menos doce personas murieron.", "doce", "2025-06-25", None),
    ("de", "Der Bürgermeister sprach am Dienstag mit Reportern.\nMindestens fünf Menschen wurden getötet.", "fünf",
     "2025-06-25", None),
])
def test_page_date_from_an_event_sentence(language, text, needle, published, expected):
    document = make_document(text, published=published, language=language)
    claims = [c for c in extract_claims(document, load_rules()) if needle in c.evidence]
    assert claims, f"no claim with {needle!r}"
    assert summary(claims[0], ["date"])["date"] == expected


@pytest.mark.parametrize("text, needle, expected", [
    # a village the text names as such, with no preposition before it, is the most specific place
    ("At least six people died when bombs fell on Tarsi, a village of 40 households in Chin State.", "six",
     "Tarsi"),
    ("Gunmen killed four people as they tried to flee Perel village.", "four", "Perel village"),
    # ... and it goes before a town the page names too
    ("Fourteen civilians were killed in an attack on the village of Norro, northwest of Kano city.\n"
     "Dozens more were wounded.", "Dozens", "Norro"),
    ("Gunmen attacked the village of Dorsk, near the city of Kano.\nNine farmers were killed.", "Nine", "Dorsk"),
    # ... not a person described by a village noun, nor a village someone comes from, nor an adjective
    ("Ahmed, a village elder, said three men were killed in Kano.", "three", "Kano"),
    ("The two victims, both from Perel village, were killed in Kano.", "two", "Kano"),
    ("Eleven Kuki village volunteers were killed in Jiribam.", "Eleven", "Jiribam"),
    # "the capital of X" names no town X
    ("Six people died in Galdo, the capital of Somalia.", "Six", "Galdo"),
])
def test_village_place(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


def test_village_resolves_in_the_page_town():
    """A village the gazetteer may know elsewhere ('Karni') is placed by the page's own town."""
    document = make_document("RSF fighters attacked the village of Karni, northwest of the city of El Fasher.\n"
                             "At least 14 civilians were killed.")
    claims = [c for c in extract_claims(document, load_rules()) if "14" in c.evidence]
    assert claims and claims[0].location == "Karni"
    assert claims[0].place is not None and claims[0].place.country == "SD"


@pytest.mark.parametrize("text, needle, expected", [
    # a side event keeps its own place and takes none of the page's ...
    ("Six soldiers were killed in Dorvik on Monday.\nSeparately, two farmers were wounded by a mine.", "two", None),
    ("Six soldiers were killed in Dorvik on Monday.\nMeanwhile, two farmers were wounded in Halvo.", "two",
     "Halvo"),
    # background: "It comes after ..." tells earlier events
    ("Six soldiers were killed in Dorvik on Monday.\nIt comes after a week in which raids killed 23 people.", "23",
     None),
    ("Six soldiers were killed in Dorvik on Monday.\nIt comes after a week in which raids on Halvo killed 23 "
     "people.", "23", "Halvo"),
    ("Six soldiers were killed in Dorvik on Monday.\nIt was the deadliest raid this year; 23 people were killed.",
     "23", "Dorvik"),
    # ... and gives none to the page's incident
    ("Five traders died when gunmen stormed a market.\nIn a separate incident, three people were killed in the "
     "village of Halvo.", "Five", None),
    ("Five traders died when gunmen stormed a market in Kano.\nIn another attack, three people were killed in the "
     "village of Halvo.", "Five", "Kano"),
])
def test_side_event_place(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


@pytest.mark.parametrize("text, needle, expected", [
    # a claim its own sentence dates to another day than the page's attack is another event: its own place
    ("Gunmen killed 17 people in Magami village on Saturday.\nOn Wednesday, 25 people were killed when gunmen "
     "raided two villages in Dorsk district.", "25", "Dorsk district"),
    ("Gunmen killed 17 people in Magami village on Saturday.\nOn Wednesday, 25 people were killed when gunmen "
     "raided two villages in Dorsk district.", "17", "Magami village"),
    # ... nor a known region named on the other day (the incident seen from afar)
    ("Gunmen killed 17 people in Magami village on Saturday.\nOn Wednesday, 25 people were killed in Manipur.",
     "25", "Magami village"),
    # the same day keeps the page's most specific place
    ("Gunmen killed 17 people in Magami village on Saturday.\nOn Saturday, 25 people were wounded in Dorsk "
     "district.", "25", "Magami village"),
])
def test_another_day_keeps_its_place(text, needle, expected):
    assert attribute_of(text, needle, "location", published="2026-01-15") == expected


@pytest.mark.parametrize("text, needle, expected", [
    # where a source works is no place of the casualties ...
    ("A police official in Tarvo said two bodies were found in Dorsk district.", "two", "Dorsk district"),
    ("A spokesman in Kabul told reporters that six guards died.", "six", None),
    ("A rights group based in Irumu said 25 civilians had been killed.", "25", None),
    # ... but an official who is a victim is hit where he is
    ("An official in Kabul was killed in the blast.", "official", "Kabul"),
    # a possessive place, an adjective and the inner place: the inner one
    ("Two bodies were found in Norvia's volatile Dorsk district.", "Two", "Dorsk district"),
    ("Seven people were killed in Nigeria’s northwestern Katsina state.", "Seven", "Katsina state"),
    # ... never a person named after an office
    ("Five soldiers died, Russia's defence minister Sergei Shoigu said.", "Five", None),
    # bodies recovered from a place were found there; people from a place live there
    ("The bodies of three men were recovered from the Karong area.", "three", "Karong area"),
    ("Three men from Karong were killed.", "Three", None),
])
def test_source_and_inner_places(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


@pytest.mark.parametrize("text, needle, expected", [
    # a whole country's count is no town's: the country its possessive names, else none
    ("Myanmar’s death toll from the quake reached 1,644 amid damage in the city of Mandalay.\n"
     "Rescuers found two bodies in Mandalay.", "1,644", "Myanmar"),
    ("Rescuers found two bodies in Mandalay.\nOverall, 23 people were killed across the country.", "23", None),
    ("A bomb killed six in Baghdad.\nNationwide, 40 people died on Thursday.", "40", None),
    # ... a town's count beside it keeps the town
    ("Myanmar’s death toll from the quake reached 1,644.\nRescuers found two bodies in Mandalay.", "two",
     "Mandalay"),
    # countries joined by "and" are not replaced by a town of one of them
    ("Sixteen people died when the earthquake struck Myanmar and Thailand.\nThe quake hit near the city of Sagaing.",
     "Sixteen", "Myanmar and Thailand"),
    # the place a battle is fought for
    ("Wagner lost 20,000 fighters in the battle for Bakhmut.", "20,000", "Bakhmut"),
    ("Three soldiers were killed in the fight for Kherson.", "Three", "Kherson"),
    ("Four fighters died in the battle on Sunday.", "Four", None),
])
def test_nationwide_and_battle_places(text, needle, expected):
    assert attribute_of(text, needle, "location") == expected


@pytest.mark.parametrize("text, places", [
    # "A, B and C each had 1 death": one claim per place, each with the whole list as its evidence
    ("Ardmore, Kelby and Tarn each had 1 death.", ["Ardmore", "Kelby", "Tarn"]),
    ("Norvale and Brisk reported 3 deaths each.", ["Norvale", "Brisk"]),
])
def test_distributed_list_evidence(text, places):
    claims = extract_claims(make_document(text), load_rules())
    assert [c.location for c in claims] == places
    assert len({c.evidence for c in claims}) == 1 and all(p in claims[0].evidence for p in places)
