"""de: claims read with rules/de/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules

CLAIMS = [
    ('Bei dem Anschlag wurden mindestens 14 Menschen getötet.', {'outcome': 'killed', 'best': 14, 'kind': 'at_least', 'victims': 'Menschen'}),
    ('Rund 1.300 Soldaten wurden verwundet.', {'outcome': 'injured', 'best': 1300, 'kind': 'approx', 'role': 'military'}),
    ('Dabei starben zwei Kinder.', {'outcome': 'killed', 'best': 2, 'role': 'civilian'}),
    ('Es gab Tote und Verletzte.', {'outcome': 'killed', 'kind': 'unknown'}),
    ('Mehrere Menschen wurden getötet und verletzt.', {'outcome': 'casualties', 'kind': 'vague'}),
    ('Niemand wurde verletzt.', {'outcome': 'injured', 'best': 0}),
]
NOT_CLAIMS = [
    'Es könnte viele Tote und Verletzte geben.',
    'Der Bundestag stimmte mit 586 Stimmen zu.',
]


@pytest.mark.parametrize("text, expect", CLAIMS)
def test_first_claim_has_fields(text, expect):
    claims = extract_claims(make_document(text, language="de"), load_rules())
    assert claims, text
    assert summary(claims[0], expect) == expect


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert extract_claims(make_document(text, language="de"), load_rules()) == []


# Constructions of rules/de/grammar.yaml: each text with every (outcome, best) it gives, in order.
CONSTRUCTIONS = [
    ("Vier Soldaten haben ihr Leben verloren.", [("killed", 4)]),
    ("Unter den Toten sind zwei Kinder und eine Frau.", [("killed", 2), ("killed", 1)]),
    ("Von den Verletzten sind 14 Kinder.", [("injured", 14)]),
    ("Die Zahl der Toten nach dem Erdbeben im Süden des Landes ist auf 300 gestiegen.", [("killed", 300)]),
    ("Drei Menschen starben in Berlin und zwei in Potsdam.", [("killed", 3), ("killed", 2)]),
    ("In der Schule hat der Schütze laut Polizei 9 Menschen getötet und 15 verletzt, fünf davon schwer.",
     [("killed", 9), ("injured", 15), ("injured", 5)]),
    # not claims
    ("Unter den Gästen sind zwei Minister.", []),
    ("Die Zahl der Besucher ist auf 300 gestiegen.", []),
    ("Drei Spieler trafen in Berlin und zwei in Potsdam.", []),
    ("Das Paket war schwer, sagte der Bote.", []),
]


@pytest.mark.parametrize("text, expected", CONSTRUCTIONS)
def test_constructions(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# Who stated the figure (rules/de/attribution.yaml): each text's claims with their reported_by, in order.
SOURCES = [
    # a clause opened by "wie" ends with its verb: the source is the phrase after "wie"
    ("Drei Menschen wurden verletzt, wie die Polizei mitteilte.", ["Polizei"]),
    ("Zwei Menschen starben, wie Landrat Otto Brenner am Abend bekannt gab.", ["Otto Brenner"]),
    # "Laut X": the source ends at the finite verb or the figure
    ("Laut Feuerwehr starben zwei Menschen.", ["Feuerwehr"]),
    ("Laut Polizei kamen vier Menschen ums Leben.", ["Polizei"]),
    # Konjunktiv I with no source of its own: the words of the source named just before it
    ("Zwei Menschen seien verletzt worden, sagte ein Sprecher der Feuerwehr.\n"
     "Zudem sei ein Feuerwehrmann ums Leben gekommen.", ["ein Sprecher der Feuerwehr", "ein Sprecher der Feuerwehr"]),
    ("Fünf Menschen seien getötet worden, teilte die Polizei mit.\nDer Fahrer habe überlebt.\n"
     "Es habe auch zwei Verletzte gegeben.", ["die Polizei", "die Polizei"]),
    # not carried on: an indicative sentence, or a sentence before that names no source
    ("Ein Sprecher der Feuerwehr sagte, der Brand sei gelöscht.\nAm Abend wurde ein Feuerwehrmann verletzt.", [None]),
    ("Der Brand brach am Morgen aus.\nEin Mann sei verletzt worden.", [None]),
    # a verb-second clause opened by an adverb or time word: the subject follows the verb
    ("Heute meldet die Polizei drei Tote.", ["die Polizei"]),
    ("Mittlerweile spricht die Feuerwehr bereits von zwölf Toten.", ["die Feuerwehr"]),
    ("Zudem sagte der Bürgermeister, vier Menschen seien verletzt worden.", ["der Bürgermeister"]),
    # ... and the subject before the verb is the source as ever; an adverb alone is none
    ("Die Polizei spricht von zwei Verletzten.", ["Die Polizei"]),
    ("Gestern starben zwei Menschen.", [None]),
]


@pytest.mark.parametrize("text, sources", SOURCES)
def test_reported_by(text, sources):
    assert [c.reported_by for c in checked_claims(text, language="de")] == sources


# Ages (grammar.yaml age_phrases): the figure of an age is no count; '-Jährige' alone names the person.
AGES = [
    ("Ein 25-jähriger Mann wurde bei dem Unfall getötet.", [("killed", 1, "25-jähriger Mann")]),
    ("Eine 20 Jahre alte Frau wurde schwer verletzt.", [("injured", 1, "20 Jahre alte Frau")]),
    ("Drei 20 Jahre alte Männer starben.", [("killed", 3, "20 Jahre alte Männer")]),
    ("Ein 19-Jähriger kam ums Leben.", [("killed", 1, "19-Jähriger")]),
    # not claims: an arrest, a race, an animal, a threat
    ("Ein 30-jähriger Mann wurde festgenommen.", []),
    ("Ein 50-Jähriger gewann das Rennen.", []),
    ("Ein 12 Jahre alter Hund wurde verletzt.", []),
    ("Ein 17-Jähriger drohte, ihn zu töten.", []),
]


@pytest.mark.parametrize("text, expected", AGES)
def test_ages(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected


# A road or model code is no count ('A7', 'B96'); after a noun a lowercase word ends its phrase.
@pytest.mark.parametrize("text, expected", [
    ("Zwei Tote bei Unfall auf der A7", [("killed", 2)]),
    ("Auf der B96 wurden drei Menschen verletzt.", [("injured", 3)]),
    ("Der Täter hatte zuvor einen Mann erschossen.", [("killed", 1)]),
    # "der" is a relative pronoun only after a comma: here an article, and the outcome is read past it
    ("Ein Soldat wurde bei der Explosion in der Kaserne getötet.", [("killed", 1)]),
    ("Ein Soldat wurde bei der Feier in der Kaserne geehrt.", []),
    ("Auf der A3 staute sich der Verkehr.", []),
])
def test_codes_and_phrase_ends(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="de")] == expected


@pytest.mark.parametrize("text, expected", [
    # a region's adjective before a town the gazetteer knows
    ("Bei einem Messerangriff im elsässischen Mulhouse ist ein Mensch getötet worden.", "Mulhouse"),
    ("Im ostukrainischen Charkiw wurden drei Menschen verletzt.", "Charkiw"),
    # an area noun and "von" before the place: the place is the name after them
    ("Im Zentrum von Mulhouse wurden zwei Polizisten verletzt.", "Mulhouse"),
    ("In der Nähe von Charkiw starben drei Soldaten.", "Charkiw"),
    # negatives: an adjective before a common noun, an area noun with no place after it
    ("Im syrischen Bürgerkrieg starben zwei Kinder.", None),
    ("Im Zentrum starben zwei Menschen.", None),
])
def test_place_after_adjective_or_area_noun(text, expected):
    assert [c.location for c in checked_claims(text, language="de")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # "dead and injured" in either order: each word keeps its own outcome (convention 5)
    ("Es gibt Verletzte und Tote.", [("injured", None), ("killed", None)]),
    ("Es gab Tote und Verletzte.", [("killed", None), ("injured", None)]),
    ("Es gab keine Verletzten.", [("injured", 0)]),
])
def test_dead_and_injured_in_either_order(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="de")] == expected


def test_shots_make_an_event_sentence_that_places_the_page():
    text = "In einem Gemeindezentrum in Hamburg sind Schüsse gefallen.\nDabei starben sieben Menschen."
    assert [c.location for c in checked_claims(text, language="de")] == ["Hamburg"]


# One person named by the definite article or a possessive; "die" before a noun whose plural is its
# singular is a plural (no count).
@pytest.mark.parametrize("text, expected", [
    ("Der Busfahrer starb noch an der Unfallstelle.", [("killed", 1, "Busfahrer")]),
    ("Die 71-Jährige wurde schwer verletzt.", [("injured", 1, "71-Jährige")]),
    ("Ihre Tochter ist ihren Verletzungen erlegen.", [("killed", 1, "Tochter")]),
    ("Sein Kollege wurde leicht verletzt.", [("injured", 1, "Kollege")]),
    ("Die Fahrerin wurde leicht verletzt.", [("injured", 1, "Fahrerin")]),
    ("Das Kind starb im Krankenhaus.", [("killed", 1, "Kind")]),
    # not one person
    ("Die Lehrer wurden verletzt.", []),
    ("Seine Schüler wurden leicht verletzt.", []),
    ("Der Fahrer wurde festgenommen.", []),
])
def test_one_person_by_article_or_possessive(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected


# Verb second: adverbials between an intransitive outcome verb and its subject.
@pytest.mark.parametrize("text, expected", [
    ("Bei dem Feuer starb am Montag ein Feuerwehrmann.", [("killed", 1)]),
    ("In Dörfling starben nach Angaben der Behörden in der Nacht zwei Rentner.", [("killed", 2)]),
    ("Dort starb während eines Gewitters eine 60-jährige Radfahrerin.", [("killed", 1)]),
    ("Am Sonntag starb am 3. Mai ein Motorradfahrer.", [("killed", 1)]),
    # the figure after a preposition, a coordination or a subject before the verb is no subject
    ("Sie starb vor den Augen ihrer zwei Kinder.", []),
    ("Zwei Bergsteiger starben bei einem Sturz mit drei Begleitern.", [("killed", 2)]),
    ("Ein Mann starb und drei weitere Menschen wurden verletzt.", [("killed", 1), ("injured", 3)]),
])
def test_inverted_subject_after_adverbials(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# A compound whose last part is a person noun is read as that noun, written as in the page.
@pytest.mark.parametrize("text, expected", [
    ("Der Messerangreifer erlag seinen Verletzungen.", [("killed", 1, "Messerangreifer", "armed_group")]),
    ("Drei Bundespolizisten wurden verletzt.", [("injured", 3, "Bundespolizisten", "military")]),
    ("Ein Tatverdächtiger wurde erschossen.", [("killed", 1, "Tatverdächtiger", "armed_group")]),
    ("Zwei Lkw-Fahrer kamen ums Leben.", [("killed", 2, "Lkw-Fahrer", "civilian")]),
    # outcome words and things are no compounds of people
    ("Zwei Todesopfer wurden gemeldet.", [("killed", 2, None, "unspecified")]),
    ("Drei Kampfflugzeuge wurden zerstört.", []),
])
def test_compound_person_nouns(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best, c.victims.text, str(c.victims.role)) for c in claims] == expected


# A place alone before a colon heads a headline: it is the headline's place, unless the headline names a
# place the gazetteer knows after it; a speaker, or a dateline in the body, is none.
@pytest.mark.parametrize("text, headline, expected", [
    ("Münster: Zwei Tote bei Feuer in Wohnhaus\nDas Feuer brach nachts aus.", True, [(2, "Münster")]),
    ("Kiew: Drei Tote bei Angriff in Charkiw\nDie Sirenen heulten.", True, [(3, "Charkiw")]),
    ("Scholz: Drei Tote bei Angriff\nDie Sirenen heulten.", True, [(3, None)]),
    ("Brand: Drei Tote\nDie Sirenen heulten.", True, [(3, None)]),
    ("BERLIN: Drei Menschen wurden verletzt.", False, [(3, None)]),
])
def test_place_heading_a_headline(text, headline, expected):
    claims = checked_claims(text, headline=headline, language="de")
    assert [(c.count.best, c.location) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Über vier Tote nach Unwetter.", [("killed", 4, "at_least")]),
    ("Bei dem Unfall sind zwei Wanderer ums Leben gekommen.", [("killed", 2, "exact")]),
    ("Bei dem Feuer haben drei Bewohner ihr Leben verloren.", [("killed", 3, "exact")]),
    ("Am 3. Mai wurden zwei Menschen verletzt.", [("injured", 2, "exact")]),
])
def test_toll_phrases(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Lkw kracht in Stauende: ein Toter", [("killed", 1)]),
    ("Bei dem Brand gab es einen Schwerverletzten.", [("injured", 1)]),
    # a clause of result whose verb is a death
    ("Der Radfahrer wurde so schwer verletzt, dass er noch am Unfallort starb.", [("killed", 1)]),
    ("Ein Mann wurde so schwer verletzt, dass zwei Notärzte kamen.", [("injured", 1)]),
    ("Eine Frau wurde schwer verletzt und starb später im Krankenhaus.", [("killed", 1)]),
])
def test_singular_casualty_nouns_and_deaths_of_the_wounded(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# Disaster tolls: bodies are dead, "den Tod von", "das Leben gekostet", "gelten als vermisst", an elliptic
# second toll ("und die der Vermissten"), and a parallel item with its place before its count.
@pytest.mark.parametrize("text, expected", [
    ("Bislang wurden 214 Leichen geborgen.", [("killed", 214, None)]),
    ("Die Behörde bestätigte den Tod von 31 Menschen.", [("killed", 31, None)]),
    ("Der Sturm hat mindestens 40 Menschen das Leben gekostet.", [("killed", 40, None)]),
    ("Weitere 75 Menschen gelten noch als vermisst.", [("missing", 75, None)]),
    ("Demnach liegt die Zahl der Toten bei 1.250 und die der Vermissten bei 300.", [("killed", 1250, None), ("missing", 300, None)]),
    ("In Kiew starben 12 Menschen, in Charkiw mindestens 5.", [("killed", 12, "Kiew"), ("killed", 5, "Charkiw")]),
    # the item says more: its own outcome
    ("In Kiew starben 12 Menschen, in Charkiw wurden 20 Häuser zerstört.", [("killed", 12, "Kiew")]),
    ("Drei Menschen wurden gerettet, als das Haus einstürzte.", []),
])
def test_disaster_tolls(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best, c.location) for c in claims] == expected


# Sources named before the postposition "zufolge", or after "laut" and an article.
@pytest.mark.parametrize("text, expected", [
    ("Dem Landrat zufolge wurden vier Menschen verletzt.", [(4, "Dem Landrat")]),
    ("Angaben der Bergwacht zufolge starben zwei Wanderer.", [(2, "der Bergwacht")]),
    ("Medienberichten zufolge wurden vier Menschen verletzt.", [(4, None)]),
    ("Laut dem Bürgermeister Hans Gruber wurden drei Menschen verletzt.", [(3, "Hans Gruber")]),
])
def test_source_before_zufolge_and_after_laut_dem(text, expected):
    claims = checked_claims(text, language="de")
    assert [(c.count.best, c.reported_by) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Angriff fordert sechs Menschenleben.", [("killed", 6, None)]),
    ("Bis Montag fielen 1'204 Dorfbewohner den Kämpfen zum Opfer.", [("killed", 1204, None)]),
    ("Mehr als 80 weitere hätten Verletzungen erlitten, teilte die Behörde mit.", [("injured", 80, "die Behörde")]),
    ("Laut Rettungsdienst beläuft sich die Zahl der Toten sogar auf 60.", [("killed", 60, "Rettungsdienst")]),
    # "den Angaben zufolge" names no one
    ("Ein Kind überlebte den Angaben zufolge schwer verletzt.", [("injured", 1, None)]),
])
def test_lives_victims_of_and_suffered_injuries(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best, c.reported_by) for c in claims] == expected


def test_a_figure_with_a_full_stop_before_a_sentence_opener_ends_the_sentence():
    from tollbook.documents import split_sentences
    text = "Die Zahl der Toten stieg auf 60. Zudem wurden viele verletzt. Am 9. März starben zwei Menschen."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), "de")] == [
        "Die Zahl der Toten stieg auf 60.", "Zudem wurden viele verletzt.", "Am 9. März starben zwei Menschen."]


@pytest.mark.parametrize("text, expected", [
    # a participle that opens the clause, the auxiliary, then its subject
    ("Verletzt wurde dabei niemand.", [("injured", 0)]),
    ("Getötet wurden zwei Wachleute.", [("killed", 2)]),
    ("Die Soldaten wurden verletzt, wurden zwei Sanitäter gerufen.", []),
    # "Unter den Toten ist ein Kind", "... sind auch zwei Kinder"; "tödlich verunglückt"
    ("Unter den Toten ist ein Kind.", [("killed", 1)]),
    ("Unter den Toten sind auch zwei Frauen.", [("killed", 2)]),
    ("Zwei Bergsteiger sind tödlich verunglückt.", [("killed", 2)]),
])
def test_fronted_participles_copulas_and_fatal_accidents(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Neben dem Fahrer starben zwei Passagiere.", [("killed", 2)]),
    ("Die beiden Insassen wurden schwer verletzt.", [("injured", 2)]),
    ("Zwei Feuerwehrleute erlitten Rauchvergiftungen.", [("injured", 2)]),
    ("Ein Mädchen wurde von einem Auto erfasst und tödlich verletzt.", [("killed", 1)]),
    # both sides are no people
    ("Beide Seiten meldeten Verluste.", []),
])
def test_prepositional_objects_both_and_accident_verbs(text, expected):
    claims = checked_claims(text, language="de")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


def test_part_with_its_own_outcome():
    claims = checked_claims("Es gab zehn Opfer, darunter drei Tote.", language="de")
    assert [(str(c.outcome), c.count.best) for c in claims] == [("killed", 3)]


@pytest.mark.parametrize("text, expected", [
    # a headline's bare noun, a short prepositional phrase, then its participle
    ("Frau bei Brand schwer verletzt", [("injured", 1, "Frau")]),
    ("Radfahrer nach Zusammenstoß gestorben", [("killed", 1, "Radfahrer")]),
    ("Mann mit Messer bedroht Nachbarn", []),
])
def test_headline_bare_noun_before_a_phrase_and_participle(text, expected):
    claims = checked_claims(text, language="de", headline=True)
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected
