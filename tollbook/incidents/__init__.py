"""[Claim] -> [Incident]: group claims into the real-world incidents they report.

Ten outlets report one strike, each with its own figure, revised through the
day. Grouping puts every report under one incident; a summary then gives, per
outcome, the range of figures (low / best / high), who said what, and whether
the sources disagree.

    records = records_for_document(document, claims)      # per page, as pages arrive
    index = IncidentIndex()
    changed = index.add(records)                          # incremental
    incidents = group_claims(all_records)                 # full rebuild: the same result
    report = incident_summary(incidents[0])               # low / best / high per outcome
    labels = incident_labels(incidents)                   # record key -> gold `incident` value

How claims are linked (``linking``): cheap vetoes first (scope, the days the
incident can fall on, side, home region, kind of victims, tolls far apart), then
evidence adds up in points: place (names folded across scripts and cut to
four-letter stems, ``names``; read from the claim's sentence and page when the
claim names none), names the pages share, date, figure, source, wording.
Different figures seldom keep reports apart; different places, dates or victim
groups do.
Incidents are the connected components of the links, so the result does not
depend on the order claims arrive in, and an incident's id derives from its
earliest member.

Running totals (scope ``cumulative``) never join incidents: the same report
(same outcome, same figure, one more sign such as the same source) seen on
several pages is one group; ``cumulative_series`` lines the reports of one
source up in time. Summary rules (best figure, subgroups, disagreement) are
written down in ``summary``.
"""
from tollbook.incidents.index import IncidentIndex, group_claims
from tollbook.incidents.records import incident_labels, records_for_document
from tollbook.incidents.summary import SeriesPoint, cumulative_series, incident_summary

__all__ = ["IncidentIndex", "SeriesPoint", "cumulative_series", "group_claims", "incident_labels",
           "incident_summary", "records_for_document"]
