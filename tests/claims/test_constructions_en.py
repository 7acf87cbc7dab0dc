"""English constructions of casualty reporting, one family per table, positives beside negatives.

Every sentence is written for these tests (none is copied from a page). Each row names a
construction of English news writing, not a page: the rule that reads it must read its
variants too, and the negatives beside it are the look-alikes it must leave alone.
"""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims


def outcomes(text: str, **kw) -> list[tuple[str, int | None]]:
    return [(str(c.outcome), c.count.best) for c in checked_claims(text, **kw)]


# -- family 1: one person, no numeral ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a kin noun after a possessive: the possessive is the count
    ("She said her son had been killed in the shelling.", [("killed", 1)]),
    ("His wife was reportedly injured in the blast.", [("injured", 1)]),
    ("Militants abducted my brother and two of his friends.", [("captured", 1), ("captured", 2)]),
    ("The farmer, whose daughter was among the abducted, spoke to reporters.", [("captured", 1)]),
    # any noun as the object of a verb that only people undergo
    ("Four suspected rebels killed a trader in the market.", [("killed", 1)]),
    ("Gunmen shot dead the village headman on Sunday.", [("killed", 1)]),
    ("Unknown assailants stabbed to death a shopkeeper near the bus stand.", [("killed", 1)]),
    # ... or its subject, when the verb is passive or intransitive
    ("A contractor was shot dead by suspected insurgents.", [("killed", 1)]),
    ("The village headman was abducted from his home.", [("captured", 1)]),
    ("An Aldmoor police officer was shot during a traffic stop.", [("injured", 1)]),
    # the head noun decides, not the first person word of the phrase
    ("According to members of a rebel youth group, eight villagers were killed.", [("killed", 8)]),
    ("The mercenary chief estimated that 300 fighters were killed.", [("killed", 300)]),
    # a named victim, with an age, an apposition or a relative clause before the verb
    ("Ravi Malhotra was shot dead outside his shop.", [("killed", 1)]),
    ("Ravi Malhotra (34) was shot dead outside his shop.", [("killed", 1)]),
    ("Tomas Ferreira, 52, died in hospital on Monday.", [("killed", 1)]),
    ("Lieutenant Arun Rao, who joined the army 12 years ago, was killed in the ambush.", [("killed", 1)]),
    ("The suspect, who was not named, was hit and later died at a hospital.", [("killed", 1)]),
    # a list of named dead, one claim each
    ("Among the dead were Manoj Pillai, a teacher from Kollam, and Sunita Rao.", [("killed", 1), ("killed", 1)]),
    ("The bodies of Anil Verma and Deepak Joshi were recovered from the river.", [("killed", 1), ("killed", 1)]),
    ("Also killed was Sergeant Dev Kumar of the border police.", [("killed", 1)]),
    # a pronoun object takes the person named before it in the sentence
    ("The gunman fired at a guard and struck him in the shoulder.", [("injured", 1)]),
    # the perpetrator's own death
    ("The gunman himself is dead, police said.", [("killed", 1)]),
    ("Gunmen kill 12 police officers and a priest", [("killed", 12), ("killed", 1)]),
    # a person noun of two words whose first names no person ("village head", "village elders")
    ("Bandits killed the village head and five others.", [("killed", 1), ("killed", 5)]),
    ("The blast killed three village elders.", [("killed", 3)]),
    # a list after an earlier item: each item takes the list's outcome, the last one too
    ("The adults killed included the bus driver, two teachers and another woman.",
     [("killed", 1), ("killed", 2), ("killed", 1)]),
    ("The driver and conductor were among the dead.", [("killed", 1), ("killed", 1)]),
    ("He was shot in the head.", []),
    ("The shell struck the village school.", []),
    ("Three village houses were destroyed.", []),
    # negatives: a pronoun alone, a name that did the killing, a non-person, a source, an idiom
    ("They killed him, the witness said.", []),
    ("Ravi Malhotra killed two guards before fleeing.", [("killed", 2)]),
    ("The storm killed the harvest.", []),
    ("The bill died in committee.", []),
    ("A spokesman said the convoy was hit.", []),
    ("The minister killed the proposal on Friday.", []),
    ("The officer said his team found no one hurt.", [("injured", 0)]),
])
def test_one_person(text, expected):
    assert outcomes(text) == expected


# -- family 2: breakdowns of a total ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Among the dead are three soldiers and two nurses.", [("killed", 3), ("killed", 2)]),
    ("Two teenagers were among the dead.", [("killed", 2)]),
    ("Two children, aged 4 and 7, were among the dead.", [("killed", 2)]),
    ("Three aid workers among 40 dead in market attack", [("killed", 3), ("killed", 40)]),
    ("The toll has risen to 30 and includes six children.", [("killed", 30), ("killed", 6)]),
    ("Of the dead, 14 were women.", [("killed", 14)]),
    ("Two of the wounded later died in hospital.", [("killed", 2)]),
    ("Eleven of the recent casualties were deaths.", [("killed", 11)]),
    ("Those killed were four farmers and a herder.", [("killed", 4), ("killed", 1)]),
    ("The nine missing are five women and four boys.", [("missing", 9), ("missing", 5), ("missing", 4)]),
    # numeric severity subgroups of the injured
    ("Nine people were injured, three of them seriously.", [("injured", 9), ("injured", 3)]),
    ("Twelve people were hurt—four critically—in the crash.", [("injured", 12), ("injured", 4)]),
    ("A total of 80 people were injured, with six in serious condition.", [("injured", 80), ("injured", 6)]),
    # the second item of a pair, and gapped items
    ("The strike killed 19 civilians and 3 soldiers.", [("killed", 19), ("killed", 3)]),
    ("Of these deaths, 40 were confirmed as civilians and 12 as police.", [("killed", 40), ("killed", 12)]),
    ("Four people died in Ardmore and two in Kelby.", [("killed", 4), ("killed", 2)]),
    # distributive lists: one claim per place
    ("Ardmore, Kelby and Tarn reported 2 deaths each.", [("killed", 2), ("killed", 2), ("killed", 2)]),
    ("Ardmore and Kelby each recorded one fatality.", [("killed", 1), ("killed", 1)]),
    # ranges
    # a part of a counted whole takes the outcome said of the whole ("of the 12" is no claim)
    ("Four of the 12 crew died.", [("killed", 4)]),
    ("Three of the five kidnapped workers were later found dead.", [("killed", 3)]),
    ("Two of the 30 injured later died in hospital.", [("killed", 2)]),
    ("Two of its 40 soldiers were wounded.", [("injured", 2)]),
    ("Two of the 12 gunmen killed a guard.", [("killed", 1)]),
    ("Troops shot dead two out of five infiltrators.", [("killed", 2)]),
    ("Two out of the five hostages were killed.", [("killed", 2)]),
    # a part named with its description is one claim, not two
    ("The blast killed four people, one of them a child.", [("killed", 4), ("killed", 1)]),
    ("Five people died, among them a child.", [("killed", 5), ("killed", 1)]),
    ("A woman was killed when gunmen fired on the house of a village elder.", [("killed", 1)]),
    ("Six of the 40 people on board were rescued.", []),
    ("Between 200 and 300 troops were killed a day.", [("killed", 200)]),
    ("Officials said 50 to 70 villagers were wounded.", [("injured", 50)]),
    ("The toll rose from 12 to 15 overnight.", [("killed", 15)]),
    # "among the victims" when the victims are killed and injured is no claim (convention 4)
    ("At least 21 people were killed and 34 injured, including five children.", [("killed", 21), ("injured", 34)]),
    ("Among the victims were 4 women and 10 children, with 17 others injured.", [("injured", 17)]),
    ("Several children were among the casualties, local media said.", [("casualties", None)]),
    ("Some local media suggested children were among the casualties.", []),
    # severity subgroups of the injured: numeric ones are claims, vague ones are not (convention 6)
    ("More than 20 were injured, five of them seriously.", [("injured", 20), ("injured", 5)]),
    ("More than 20 were injured, several of them seriously.", [("injured", 20)]),
    # "the injured and dead": two unknown claims, each of its own outcome (convention 5)
    ("Now we mourn the injured and dead.", [("injured", None), ("killed", None)]),
])
def test_breakdowns(text, expected):
    assert outcomes(text) == expected


# -- family 3: toll nouns with a long phrase, "stands at", "totalling" -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The death toll from Monday's floods in the north has surpassed 900.", [("killed", 900)]),
    ("The death toll from the storm that hit the coast reached 1,250 on Sunday.", [("killed", 1250)]),
    ("Kelby's death toll from last week's landslide stood at 63.", [("killed", 63)]),
    ("The death toll in the province stands at at least 410.", [("killed", 410)]),
    ("Police put the number of seriously injured at eleven.", [("injured", 11)]),
    ("The capital leads the count, with fatalities standing at 17.", [("killed", 17)]),
    ("Rescuers recovered more bodies, bringing the toll to 58.", [("killed", 58)]),
    ("Clashes left dozens dead, totalling 260 deaths this month.", [("killed", None), ("killed", 260)]),
    ("The number of people injured has climbed to 140.", [("injured", 140)]),
    # negatives: a time, a score, a toll of something else
    ("The meeting at 10 ended with no agreement.", []),
    ("Prices stand at 40 percent above last year.", []),
])
def test_toll_nouns(text, expected):
    assert outcomes(text) == expected


# -- family 4: outcome idioms -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The brigade lost just over 600 troops in the offensive.", [("killed", 600)]),
    ("The report counted 120 killings and 45 kidnappings in the district.", [("killed", 120), ("captured", 45)]),
    ("Rights groups documented 32 cases of enforced disappearance.", [("missing", 32)]),
    ("Eight people remain in hospital after the fire.", [("injured", 8)]),
    ("More than 40 people sought medical help after the gas leak.", [("injured", 40)]),
    ("Fourteen people were hospitalised with burns.", [("injured", 14)]),
    ("Medics treated 23 people for smoke inhalation.", [("injured", 23)]),
    ("The army said it neutralised 11 militants.", [("killed", 11)]),
    ("Insurgents executed 19 men in the square.", [("killed", 19)]),
    ("The soldiers massacred 30 villagers.", [("killed", 30)]),
    ("Twenty fishermen are feared dead after the storm.", [("killed", 20)]),
    ("Three charred bodies were recovered from the wreck.", [("killed", 3)]),
    ("One body has been recovered from the river.", [("killed", 1)]),
    ("Two workers were buried alive when the trench collapsed.", [("killed", 2)]),
    # a casualty noun that modifies another noun names no casualty
    ("Two death threats were sent to the mayor.", []),
    ("Three body bags were carried out of the house.", []),
    ("One body armour vest was found in the car.", []),
    ("Two death row inmates were executed at dawn.", [("killed", 2)]),
    ("Two burnt bodies were found in the house.", [("killed", 2)]),
    ("The attack has harmed thousands of innocent people.", [("casualties", None)]),
    ("One constable sustained a bullet injury and was taken to hospital.", [("injured", 1)]),
    ("Five others sustained various degrees of injury.", [("injured", 5)]),
    # an injury verb whose object is followed by "to death" killed them
    ("The gang shot 15 of the villagers to death.", [("killed", 15)]),
    ("Assailants stabbed two guards to death at the gate.", [("killed", 2)]),
    ("Gunmen shot two guards and fled.", [("injured", 2)]),
    ("Gunmen shot two guards; one bled to death.", [("injured", 2), ("killed", 1)]),
    ("The blast killed at least 26 persons and more than 40 were injured.", [("killed", 26), ("injured", 40)]),
    ("The shelling resulted in the killing of at least 26 persons and more than 40 were injured.",
     [("killed", 26), ("injured", 40)]),
    ("Mass shootings have killed hundreds of Americans.", [("killed", None)]),
    ("Militias detained an unknown number of civilians during the assault.", [("captured", None)]),
    ("An unknown number were taken into custody by the paramilitary fighters.", [("captured", None)]),
    ("Army patrols picked up 10 men in the raid.", [("captured", 10)]),
    # negatives
    ("Police arrested 12 suspects after the riot.", []),
    ("Police detained 30 protesters outside parliament.", []),
    ("The warlord recruited 5,000 prisoners for the assault.", []),
    ("The two sides exchanged 90 prisoners on Friday.", []),
    ("The team lost 3 matches in a row.", []),
    ("A man was rushed to hospital.", []),
    ("The hospital treated the case seriously.", []),
    ("Three critically acclaimed films were shown.", []),
    ("The company executed the plan in 2021.", []),
])
def test_outcome_idioms(text, expected):
    assert outcomes(text) == expected


# -- family 5: elliptic items and "respectively" ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The enemy lost up to 200 soldiers in the south, more than 230 in the west and 70 in the east.",
     [("killed", 200), ("killed", 230), ("killed", 70)]),
    ("Up to 40 and more than 90 fighters were killed in the two sectors respectively.",
     [("killed", 40), ("killed", 90)]),
    ("The two villages lost 12 and 15 residents respectively.", [("killed", 12), ("killed", 15)]),
])
def test_elliptic_items(text, expected):
    assert outcomes(text) == expected


# -- false claims to stop ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("There is no official figure of injured yet.", []),
    ("The plane crashed, leaving 199 dead of the 200 passengers.", [("killed", 199)]),
    ("Two children, ages 3 and 9, were killed.", [("killed", 2)]),
    ("Troopers of the 159 battalion were wounded in the attack.", []),
    ("Three soldiers of the 72nd Brigade were killed.", [("killed", 3)]),
    ("Four suspected cadres killed a trader.", [("killed", 1)]),
    ("Twenty gunmen attacked the village, killing five people.", [("killed", 5)]),
    ("The town has a population of over 30,000 and lost 92 men in the war.", [("killed", 92)]),
    ("Victims Mohan Lal (60) and Sita Devi (55) were killed.", [("killed", 1), ("killed", 1)]),
    # what the victim was taken for is no second victim
    ("Rebels killed a farmer on suspicion of being a police informer.", [("killed", 1)]),
    ("Rebels shot dead a trader, suspecting him to be an army spy.", [("killed", 1)]),
    ("A police informer was killed by rebels.", [("killed", 1)]),
    ("The gunmen killed a guard as well as a driver.", [("killed", 1), ("killed", 1)]),
    # the number of a military unit, and the unit's name, count no one
    ("Sepoy Arjun Das of 41 Rashtriya Rifles died in the gunfight.", [("killed", 1)]),
    ("A soldier of 3 Para Regiment was wounded.", [("injured", 1)]),
    ("Havildar Om Prakash, of the Dogra Regiment, was killed.", [("killed", 1)]),
    ("Twelve Royal Marines were wounded.", [("injured", 12)]),
    # events and days counted beside the victims
    ("Thirty rebels were killed in two clashes.", [("killed", 30)]),
    ("Nine people died in a string of four strikes.", [("killed", 9)]),
    ("Thirty rebels were killed in encounters on May 2 and 3.", [("killed", 30)]),
    ("On 2 and 3 June, 12 people died in the floods.", [("killed", 12)]),
    ("NAIROBI, Jul 2 - At least 39 people have been killed in the protests.", [("killed", 39)]),
])
def test_false_claims(text, expected):
    assert outcomes(text) == expected


# -- conventions 2, 5, 24, 25 for the claim itself --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("No casualties were reported from the strike.", [("killed", 0)]),
    ("There was no report of any injury or casualty.", [("injured", 0), ("killed", 0)]),
    ("There were no reports of injuries.", [("injured", 0)]),
    ("There was no immediate word on casualties.", []),
    ("The blast left an unknown number of people dead and injured.", [("killed", None), ("injured", None)]),
    ("The blast left dozens of people dead or injured.", [("casualties", None)]),
    ("Seventeen have been discharged after outpatient treatment.", [("injured", 17)]),
    ("84 bodies were identified, five of them children.", [("killed", 84), ("killed", 5)]),
])
def test_conventions(text, expected):
    assert outcomes(text) == expected


# A decade of age ('in his 40s') and a road or model code ('M4', 'F16') are no counts.
@pytest.mark.parametrize("text, expected", [
    ("A man in his 40s was killed.", [("killed", 1)]),
    ("Three people died on the M4 motorway.", [("killed", 3)]),
    ("The F16 crashed, killing 2 pilots.", [("killed", 2)]),
    ("Traffic on the A1 was stopped for hours.", []),
])
def test_decades_and_codes(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected


# The month "May" beside its day is no modal that vetoes the outcome after it.
@pytest.mark.parametrize("text, expected", [
    ("A bomb on May 2 killed 40 people.", [("killed", 40)]),
    ("A bomb on 2 May killed 40 people.", [("killed", 40)]),
    ("Floods on May 2 to 3 killed 40 people.", [("killed", 40)]),
    # the modal still vetoes
    ("The strike may kill 40 people.", []),
    ("Officials said May could kill dozens more.", []),
])
def test_month_may_is_no_modal(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected


# One group hurt, then dead: killed, not a figure of dead and wounded together (GUIDELINE convention 5 keeps
# "killed and injured", "killed or injured" as casualties).
@pytest.mark.parametrize("text, language, expected", [
    ("Four suspects were shot and died in hospital.", "en", [("killed", 4)]),
    ("Quatro suspeitos foram baleados e morreram no hospital.", "pt", [("killed", 4)]),
    ("Cuatro sospechosos fueron baleados y murieron en el hospital.", "es", [("killed", 4)]),
    ("Four people were killed and injured.", "en", [("casualties", 4)]),
    ("Five people were injured or died.", "en", [("casualties", 5)]),
    ("O acidente deixou 12 mortos e feridos.", "pt", [("casualties", 12)]),
])
def test_hurt_then_died(text, language, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language=language)] == expected


# "fatally shooting" is a killing in its gerund too; "shot" after "a single", "a warning" is the noun, a firing.
@pytest.mark.parametrize("text, expected", [
    ("Police arrested a man suspected of fatally shooting a taxi driver.", [("killed", 1)]),
    ("She is charged with fatally stabbing two neighbours.", [("killed", 2)]),
    ("The guard fired a single shot, hitting the suspect.", [("injured", 1)]),
    ("A warning shot was fired and two protesters were shot.", [("injured", 2)]),
    ("The soldier fired a warning shot into the air.", []),
    ("Nobody heard a second shot.", []),
])
def test_fatal_gerunds_and_shot_the_noun(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected


# A wound, then the death of the same people: the claim is the death; a figure of its own is another claim.
@pytest.mark.parametrize("text, expected", [
    ("Two guards were shot but did not survive.", [("killed", 2)]),
    ("A cyclist was injured and later died in hospital.", [("killed", 1)]),
    ("Four people were injured and two died.", [("injured", 4), ("killed", 2)]),
    ("The bakery did not survive the recession.", []),
])
def test_wounded_then_died(text, expected):
    assert outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A driver was so badly injured that he died at the scene.", [("killed", 1)]),
    ("A boy was so badly injured that two surgeons were called.", [("injured", 1)]),
    ("The blasts caused the deaths of two people and the wounding of another four.", [("killed", 2), ("injured", 4)]),
])
def test_deaths_of_the_wounded_by_result_clause(text, expected):
    assert outcomes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The blast left 12 dead (eight soldiers and four civilians) and 20 injured.",
     [("killed", 12), ("killed", 8), ("killed", 4), ("injured", 20)]),
])
def test_breakdown_in_brackets(text, expected):
    assert outcomes(text) == expected


# A possessive opens an item or an object: "killed her three brothers", "a man, his three children and a woman".
@pytest.mark.parametrize("text, expected", [
    ("The attack killed her three brothers.", [("killed", 3)]),
    ("The blast wounded their two sons.", [("injured", 2)]),
    ("A strike killed five people, including a man, his three children and a woman.",
     [("killed", 5), ("killed", 1), ("killed", 3), ("killed", 1)]),
    ("Two soldiers and their three children were killed.", [("killed", 2), ("killed", 3)]),
    # negatives: the possessive of a thing, a figure that is no count of people
    ("The storm destroyed their three houses.", []),
    ("The attack killed her hopes of a quick return.", []),
])
def test_possessive_items_and_objects(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected


# A multi-word active verb with no object reads its last word alone ("shooting dead" at a headline's end).
@pytest.mark.parametrize("text, expected", [
    ("2 suspects in San Bernardino shooting dead", [("killed", 2)]),
    ("Police are accused of shooting dead two protesters.", [("killed", 2)]),
    ("Gunmen claimed the lives of four villagers.", [("killed", 4)]),
])
def test_active_phrase_without_object(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected
def test_part_between_commas_is_the_figure_before():
    assert outcomes("Two people were killed, including a child, and twelve were injured.") == [
        ("killed", 2), ("killed", 1), ("injured", 12)]


@pytest.mark.parametrize("text, expected", [
    ("A soldier who was killed in the blast was buried on Friday.", [("killed", 1)]),
    ("A gunman who killed three people was arrested.", [("killed", 3)]),
    ("Police did not name the man who was killed.", []),
])
def test_one_person_with_a_relative_outcome(text, expected):
    assert outcomes(text) == expected


# A toll carried to its figure: after "risen to" the figure is the toll's, whatever outcome follows; a verb that
# carries the toll ("raising the official death toll in the disaster to 19") reaches over a phrase.
@pytest.mark.parametrize("text, expected", [
    ("The death toll from a landslide has risen to 54 people and 63 others are missing.",
     [("killed", 54), ("missing", 63)]),
    ("Rescuers recovered nine more bodies, raising the official death toll in the disaster to 19.",
     [("killed", 9), ("killed", 19)]),
    ("The blast brought the toll from the week's attacks to 40.", [("killed", 40)]),
    ('A resident said the death toll was "13 and five injured".', [("killed", 13), ("injured", 5)]),
    ("The toll was 13 and five were injured.", [("killed", 13), ("injured", 5)]),
    # negatives: "to" a figure with no toll before it, a toll of things
    ("He was taken to hospital and sent to 3 clinics.", []),
    ("The storm raised the water level in the river to 12 metres.", []),
])
def test_tolls_carried_to_their_figure(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected
@pytest.mark.parametrize("text, expected", [
    ("Two patients who were injured in the blast died on Friday.", [("killed", 2)]),
    ("Two officers who were injured in the crash were taken to hospital.", [("injured", 2)]),
])
def test_wounded_in_a_relative_clause_then_died(text, expected):
    assert outcomes(text) == expected


# An outcome verb in quotation marks still takes its object ('said it had "neutralised" 146 militants').
@pytest.mark.parametrize("text, expected", [
    ('The army said it had "neutralised" 146 militants.', [("killed", 146)]),
    ('Troops "eliminated" 20 fighters, the army said.', [("killed", 20)]),
    ('He said "killing" was wrong.', []),
])
def test_quoted_outcome_verbs(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected


# An item's own place does not break a coordination ("Two soldiers in Mali and three civilians in Burkina Faso").
@pytest.mark.parametrize("text, expected", [
    ("Two soldiers in Mali and three civilians in Burkina Faso died in attacks.", [("killed", 2), ("killed", 3)]),
    ("Four people in Ardmore and two in Kelby died.", [("killed", 4), ("killed", 2)]),
])
def test_items_with_their_own_place(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text)] == expected
