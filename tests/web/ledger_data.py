"""A small ledger for the web and export tests, written for them (no publisher's text)."""
from __future__ import annotations

from pathlib import Path

from tollbook import pipeline
from tollbook.model import Claim, Count, CountKind, Document, Outcome, Role, Victims
from tollbook.store import Store

SCRIPT = "<script>alert(1)</script>"

MARKET = ("Northtown market shelled\n\nShelling of the central market in Northtown killed four civilians "
          "on Monday, the regional governor said. Eleven people were wounded.")
MARKET_LATER = ("Toll rises in Northtown\n\nThe number of people killed in the Northtown market strike has "
                "risen to six, the emergency service said. At least 14 were wounded.")
CONVOY = (f"Convoy hit near Eastford {SCRIPT}\n\nTwo soldiers were killed when a convoy was struck near "
          f"Eastford, the army said. A post shared online read {SCRIPT} before it was removed.")


def _claim(text: str, evidence: str, outcome: Outcome, best: int, figure: str, **fields) -> Claim:
    start = text.index(evidence)
    kind = fields.pop("kind", CountKind.EXACT)
    return Claim(outcome=outcome, count=Count(best, kind, figure), evidence=evidence,
                 span=(start, start + len(evidence)), **fields)


def pages() -> list[tuple[Document, list[Claim]]]:
    civilians = Victims("civilians", Role.CIVILIAN)
    market_killed = "Shelling of the central market in Northtown killed four civilians on Monday"
    later_killed = "The number of people killed in the Northtown market strike has risen to six"
    soldiers = "Two soldiers were killed when a convoy was struck near Eastford"
    return [
        (Document(id="market", text=MARKET, source="pages/market.txt", url="https://news.example/market",
                  site="news.example", title="Northtown market shelled", published="2024-03-04", language="en"),
         [_claim(MARKET, market_killed, Outcome.KILLED, 4, "four", victims=civilians, location="Northtown",
                 date="2024-03-04", reported_by="regional governor", origin="North region"),
          _claim(MARKET, "Eleven people were wounded", Outcome.INJURED, 11, "Eleven", location="Northtown",
                 date="2024-03-04", origin="North region")]),
        (Document(id="market-later", text=MARKET_LATER, source="pages/market-later.txt",
                  url="https://daily.example/toll", site="daily.example", title="Toll rises in Northtown",
                  published="2024-03-05", language="en"),
         [_claim(MARKET_LATER, later_killed, Outcome.KILLED, 6, "six", location="Northtown",
                 date="2024-03-04", reported_by="emergency service", origin="North region"),
          _claim(MARKET_LATER, "At least 14 were wounded", Outcome.INJURED, 14, "At least 14",
                 kind=CountKind.AT_LEAST, location="Northtown", date="2024-03-04")]),
        (Document(id="convoy", text=CONVOY, source="pages/convoy.txt", url="https://wire.example/convoy",
                  site="wire.example", title=f"Convoy hit near Eastford {SCRIPT}", published="2024-03-10",
                  language="en"),
         [_claim(CONVOY, soldiers, Outcome.KILLED, 2, "Two", victims=Victims("soldiers", Role.MILITARY),
                 location="Eastford, Ukraine", date="2024-03-09", reported_by="the army", side="A")]),
    ]


def build_ledger(path: Path, extra: list[tuple[Document, list[Claim]]] = ()) -> str:
    """A SQLite ledger at ``path`` holding ``pages()`` (and ``extra``), grouped into incidents as
    ``tollbook ingest`` leaves it; returns its path as a string."""
    with Store.open(str(path)) as store:
        for document, claims in [*pages(), *extra]:
            store.save(document, claims, "test-1")
        pipeline.update_incidents(store)
    return str(path)


def incident_of(store: Store, evidence_start: str) -> str:
    """The id of the stored incident that holds the claim whose evidence starts so."""
    return next(s.claim.incident for s in store.claims() if s.claim.evidence.startswith(evidence_start))


# Pages in real places, for the map: made-up reports (written for these tests, no publisher's text)
# of made-up events, on example outlets; they show where a claim's place lands, not what happened.
KHARKIV = ("Warehouse hit in Kharkiv\n\nA missile struck a warehouse in Kharkiv on Tuesday, killing three "
           "workers, the regional governor said. Nine people were injured.")
KHARKIV_LATER = ("Kharkiv toll rises\n\nThe death toll from the missile strike on a warehouse in Kharkiv has "
                 "risen to five, the emergency service said.")
GOMA = ("Camp shelled near Goma\n\nShelling hit a camp for displaced people near Goma on Friday, killing nine "
        "people, a local official said. Twenty were wounded.")
OMDURMAN = ("Market bombed in Omdurman\n\nAn air strike on a market in Omdurman killed 12 people on Sunday, "
            "volunteers said.")
MOGADISHU = ("Blast in Mogadishu\n\nA car bomb outside a restaurant in Mogadishu killed six people on Thursday, "
             "police said.")
SUMY = ("Shelling in Sumy region\n\nTwo civilians were killed by shelling in the Sumy region on Monday, "
        "regional authorities said.")


def placed_pages() -> list[tuple[Document, list[Claim]]]:
    civilians = Victims("civilians", Role.CIVILIAN)

    def page(name, text, site, published, *claims):
        title = text.split("\n", 1)[0]
        return (Document(id=name, text=text, source=f"pages/{name}.txt", url=f"https://{site}/{name}", site=site,
                         title=title, published=published, language="en"), list(claims))

    return [
        page("kharkiv", KHARKIV, "news.example", "2024-05-14",
             _claim(KHARKIV, "killing three workers", Outcome.KILLED, 3, "three", location="Kharkiv",
                    date="2024-05-14", reported_by="the regional governor", victims=Victims("workers", Role.CIVILIAN)),
             _claim(KHARKIV, "Nine people were injured", Outcome.INJURED, 9, "Nine", location="Kharkiv",
                    date="2024-05-14")),
        page("kharkiv-later", KHARKIV_LATER, "daily.example", "2024-05-15",
             _claim(KHARKIV_LATER, "The death toll from the missile strike on a warehouse in Kharkiv has risen to five",
                    Outcome.KILLED, 5, "five", location="Kharkiv", date="2024-05-14",
                    reported_by="the emergency service")),
        page("goma", GOMA, "wire.example", "2024-05-04",
             _claim(GOMA, "killing nine people", Outcome.KILLED, 9, "nine", location="Goma", date="2024-05-03",
                    reported_by="a local official", victims=civilians),
             _claim(GOMA, "Twenty were wounded", Outcome.INJURED, 20, "Twenty", location="Goma", date="2024-05-03")),
        page("omdurman", OMDURMAN, "news.example", "2024-05-20",
             _claim(OMDURMAN, "An air strike on a market in Omdurman killed 12 people on Sunday", Outcome.KILLED, 12,
                    "12", location="Omdurman", date="2024-05-19", reported_by="volunteers")),
        page("mogadishu", MOGADISHU, "wire.example", "2024-05-09",
             _claim(MOGADISHU, "A car bomb outside a restaurant in Mogadishu killed six people on Thursday",
                    Outcome.KILLED, 6, "six", location="Mogadishu", date="2024-05-09", reported_by="police")),
        page("sumy", SUMY, "daily.example", "2024-05-21",
             _claim(SUMY, "Two civilians were killed by shelling in the Sumy region", Outcome.KILLED, 2, "Two",
                    location="Sumy region", date="2024-05-20", victims=civilians,
                    reported_by="regional authorities")),
    ]
