"""Matching company names as people write them: ISIN, former names, legal forms, umlauts, suggestions."""

from __future__ import annotations

import pytest

from reichweite.analysis.company_names import CompanyIndex, core_name, normalise, split_listed_name
from reichweite.model import Company

KNOWN = [
    Company("DE0007100000", "Mercedes-Benz Group", "DE0007100000", ["Daimler AG", "Daimler"]),
    Company("DE0006047004", "Heidelberg Materials", "DE0006047004", ["HeidelbergCement"]),
    Company("DE0005552004", "DHL Group", "DE0005552004", ["Deutsche Post"]),
    Company("DE0005190003", "BMW", "DE0005190003", ["BMW (St)"]),
    Company("DE0008430026", "Muenchener Rueck", "DE0008430026", []),
    Company("DE0005785604", "Fresenius SE & Co. KGaA", "DE0005785604", []),
    Company("DE0005785802", "Fresenius Medical Care", "DE0005785802", []),
    Company("DE0006483001", "Linde AG", "DE0006483001", []),
    Company("IE00BZ12WP82", "Linde plc", "IE00BZ12WP82", []),
    Company("DE0007236101", "Siemens", "DE0007236101", []),
    Company("DE000ENER6Y0", "Siemens Energy", "DE000ENER6Y0", []),
    Company("DE000ENAG999", "E.ON", "DE000ENAG999", []),
]


@pytest.fixture
def index() -> CompanyIndex:
    return CompanyIndex.build(KNOWN)


@pytest.mark.parametrize(("written", "key"), [
    ("Daimler", "DE0007100000"),
    ("DAIMLER AG", "DE0007100000"),
    ("Mercedes-Benz Group AG", "DE0007100000"),
    ("Mercedes Benz Group", "DE0007100000"),
    ("HeidelbergCement", "DE0006047004"),
    ("Heidelberg Materials AG", "DE0006047004"),
    ("Deutsche Post AG", "DE0005552004"),
    ("DHL Group", "DE0005552004"),
    ("BMW AG", "DE0005190003"),
    ("bmw (st)", "DE0005190003"),
    ("Münchener Rück AG", "DE0008430026"),
    ("Fresenius", "DE0005785604"),
    ("Fresenius SE", "DE0005785604"),
    ("Fresenius Medical Care AG & Co. KGaA", "DE0005785802"),
    ("Siemens AG", "DE0007236101"),
    ("Siemens Energy AG", "DE000ENER6Y0"),
    ("E.ON SE", "DE000ENAG999"),
    ("EON", "DE000ENAG999"),
])
def test_written_names_match(index: CompanyIndex, written: str, key: str) -> None:
    assert index.match(written).key == key


def test_isin_wins_over_the_name(index: CompanyIndex) -> None:
    assert index.match("Some other spelling", "de0007100000").key == "DE0007100000"


def test_linde_is_ambiguous_unless_membership_decides(index: CompanyIndex) -> None:
    plain = index.match("Linde")
    assert plain.key is None and plain.candidates == ["DE0006483001", "IE00BZ12WP82"]
    assert index.match("Linde", prefer={"IE00BZ12WP82", "DE0007236101"}).key == "IE00BZ12WP82"
    assert index.match("Linde AG").key == "DE0006483001"
    # a different ISIN keeps 'Linde plc' apart from 'Linde AG' even though both are 'Linde' at their core
    assert index.match("Linde Holding", "GB00XXXXXXX1").key is None


def test_unknown_names_get_the_closest_known_names(index: CompanyIndex) -> None:
    assert index.match("Daimlr").key is None
    assert index.suggest("Daimlr")[0] == "Mercedes-Benz Group"
    assert index.suggest("Heidelberg Zement")[0] == "Heidelberg Materials"
    assert index.suggest("Siemens Healthineers")[:2] == ["Siemens", "Siemens Energy"]
    assert index.suggest("Zzzz Qqqq") == []


def test_listed_names_split_into_name_and_aliases() -> None:
    assert split_listed_name("Mercedes-Benz Group (Daimler AG until 2022-02)") == (
        "Mercedes-Benz Group", ["Daimler AG", "Mercedes-Benz Group (Daimler AG until 2022-02)"])
    assert split_listed_name("BMW (St)") == ("BMW", ["BMW (St)"])
    assert split_listed_name("DHL Group (Deutsche Post)")[1][0] == "Deutsche Post"
    assert split_listed_name("SAP") == ("SAP", [])


def test_normalising() -> None:
    assert normalise("Deutsche Börse") == normalise("DEUTSCHE BOERSE") == "deutsche boerse"
    assert normalise("K+S") == normalise("K + S")
    assert core_name("Henkel AG & Co. KGaA (Vz)") == "henkel"
    assert core_name("Porsche Automobil Holding SE") == "porsche automobil"
