"""[Claim] -> [Incident]: group claims into the real-world incidents they report."""
from tollbook.incidents.index import IncidentIndex, group_claims
from tollbook.incidents.records import incident_labels, records_for_document

__all__ = ["IncidentIndex", "group_claims", "incident_labels", "records_for_document"]
