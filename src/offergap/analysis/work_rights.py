"""The right to work in a country other than the United States: "we can only move forward with candidates
who are already legally entitled to work in Canada". A posting asks it as a gate ('workright:<country>');
a resume holds it when it says so (a citizenship, a permit, an address in that country). The US right to
work is read elsewhere, as sponsorship."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from offergap.analysis.regex_start import compile_scanning


@dataclass(frozen=True)
class _Country:
    key: str
    names: str  # a regular expression of the country's names
    people: str  # of its citizens
    in_eu: bool = False
    # other citizens with the same right: the Common Travel Area lets the British work in Ireland and the Irish in
    # the UK
    also: str = ""
    home: str = ""  # the provinces or regions an address names instead of the country ("Hamilton, ON")


_COUNTRIES = (
    _Country("canada", r"Canada", r"Canadian", home=r"ON|BC|AB|QC|NS|NB|MB|SK|PE|NL|Ontario|British Columbia|Alberta|"
             r"Quebec|Québec|Nova Scotia|New Brunswick|Manitoba|Saskatchewan|Prince Edward Island|Newfoundland"),
    _Country(
        "united kingdom",
        r"the United Kingdom|the UK|the U\.K\.|Great Britain|Britain",
        r"British|UK|U\.K\.",
        also="Irish",
    ),
    _Country("ireland", r"Ireland", r"Irish", in_eu=True, also=r"British|UK|U\.K\."),
    _Country("spain", r"Spain", r"Spanish", in_eu=True),
    _Country("germany", r"Germany", r"German", in_eu=True),
    _Country("france", r"France", r"French", in_eu=True),
    _Country("netherlands", r"the Netherlands", r"Dutch", in_eu=True),
    _Country("italy", r"Italy", r"Italian", in_eu=True),
    _Country("portugal", r"Portugal", r"Portuguese", in_eu=True),
    _Country("belgium", r"Belgium", r"Belgian", in_eu=True),
    _Country("luxembourg", r"Luxembourg", r"Luxembourgish|Luxembourger", in_eu=True),
    _Country("austria", r"Austria", r"Austrian", in_eu=True),
    _Country("sweden", r"Sweden", r"Swedish", in_eu=True),
    _Country("denmark", r"Denmark", r"Danish", in_eu=True),
    _Country("finland", r"Finland", r"Finnish", in_eu=True),
    _Country("poland", r"Poland", r"Polish", in_eu=True),
    _Country("czechia", r"Czechia|the Czech Republic", r"Czech", in_eu=True),
    _Country("greece", r"Greece", r"Greek", in_eu=True),
    # the European Economic Area: EU citizens may work in Norway and Iceland
    _Country("norway", r"Norway", r"Norwegian", in_eu=True),
    _Country("iceland", r"Iceland", r"Icelandic", in_eu=True),
    _Country("switzerland", r"Switzerland", r"Swiss"),
    _Country("india", r"India", r"Indian"),
    _Country("united arab emirates", r"the United Arab Emirates|the UAE", r"Emirati"),
    _Country("south africa", r"South Africa", r"South African"),
    # the Trans-Tasman Travel Arrangement: Australian citizens may live and work in New Zealand, New Zealand
    # citizens in Australia
    # (WA, SA and Victoria name places elsewhere too: "Tacoma, WA")
    _Country("australia", r"Australia", r"Australian", also=r"New Zealand|NZ",
             home=r"NSW|VIC|QLD|TAS|New South Wales|Queensland|Tasmania"),
    _Country("new zealand", r"New Zealand", r"New Zealand", also=r"Australian"),
    _Country("mexico", r"Mexico", r"Mexican"),
    _Country("singapore", r"Singapore", r"Singaporean"),
    _Country("japan", r"Japan", r"Japanese"),
)
_BY_KEY = {country.key: country for country in _COUNTRIES}
_ASKED = compile_scanning(
    r"\b(?:legal(?:ly)? )?(?:right|entitled|entitlement|authori[sz]ed|authori[sz]ation|eligible|permitted|permission)"
    r" to (?:live and )?work in (" + "|".join(c.names for c in _COUNTRIES) + r")\b",
    re.I,
)
_EU_CITIZEN = r"\b(?:EU|EEA|European Union)(?:/EEA)? (?:citizen|national|passport)"


# "Full Australian working rights", "working rights in New Zealand"
_RIGHTS_ASKED = compile_scanning(
    r"\b(" + "|".join(c.people for c in _COUNTRIES) + r") work(?:ing)? rights\b|"
    r"\bwork(?:ing)? rights (?:in|for) (" + "|".join(c.names for c in _COUNTRIES) + r")\b",
    re.I,
)


def work_right_groups(text: str) -> tuple[tuple[str, ...], ...]:
    """The right to work in a named country other than the US, asked by a clause."""
    lowered = text.lower()
    found = _ASKED.search(text) if "work in" in lowered else None
    if found is not None:
        return ((f"workright:{_key(found.group(1))}",),)
    rights = _RIGHTS_ASKED.search(text) if "rights" in lowered else None
    if rights is None:
        return ()
    return ((f"workright:{_key(rights.group(2)) if rights.group(2) else _key(rights.group(1), people=True)}",),)


def _key(name: str, *, people: bool = False) -> str:
    """The country a name ("the UK") or, with `people`, its people ("British") names."""
    for country in _COUNTRIES:
        if re.fullmatch(country.people if people else country.names, name, re.I):
            return country.key
    return name.lower()


def work_right_name(concept_id: str) -> str:
    country = _BY_KEY.get(concept_id.partition(":")[2])
    name = re.split(r"\|", country.names)[0].replace("\\", "") if country else concept_id.partition(":")[2]
    return f"the right to work in {name}"


def holds_work_right(concept_id: str, lines: Sequence[str]) -> bool:
    """A citizenship, residence or permit of the country, or a home address in it (a past job there is
    no right to work there now)."""
    country = _BY_KEY.get(concept_id.partition(":")[2])
    if country is None:
        return False
    people = f"{country.people}|{country.also}" if country.also else country.people
    held = re.compile(
        rf"\b(?:{people}|{country.names}) (?:citizen\w*|national|passport|permanent resident\w*)\b|"
        rf"\b(?:citizen\w*|permanent resident\w*|work permit|(?:authori[sz]ed|eligible|entitled|right) to work)"
        rf"\b[^.\n]{{0,40}}\b(?:{country.names})\b" + (f"|{_EU_CITIZEN}" if country.in_eu else ""),
        re.I,
    )
    places = f"{country.names}|{country.home}" if country.home else country.names
    home = re.compile(rf"(?:,|\|)\s*(?:{places})\b", re.I)
    return any(held.search(line) for line in lines) or any(home.search(line) for line in lines[:_CONTACT_LINES])


_CONTACT_LINES = 4  # the name and contact lines at the top of a resume
