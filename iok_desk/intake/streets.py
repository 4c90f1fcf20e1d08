"""A street as residents write it in a sentence — in the locative ("mieszkam przy ul. Morskiej
6/3", "na Świętojańskiej 5/2", "na ulicy Władysława IV 12/4") — against the register's own
names, which are in the nominative (Morska, Świętojańska, Władysława IV).

No Polish morphology library fits the desk (Morfeusz 2 is not installable from PyPI, the
others are large dictionaries): the register's names are declined instead, by the rules of the
words street names are made of. A feminine adjective or noun in -a takes -ej (-kiej/-giej after
k and g: Paprykowa → Paprykowej, Morska → Morskiej, Długa → Długiej), Aleja becomes Alei, an
adjective in -y/-i takes -m (Kaszubski → Kaszubskim); a name in the genitive (Władysława IV,
10 Lutego, Armii Krajowej) is the same in every sentence.
"""

from __future__ import annotations

import re

from iok_desk.domain.validation import fold_for_search, street_key

# What precedes a street in a sentence: "przy", "na", "mieszkam na", and the type of street
# in the locative or abbreviated ("ulicy", "alei", "placu", "osiedlu", "ul.").
_SENTENCE_LEAD = re.compile(
    r"^\s*(?:(?:mieszkam|zamieszka[lł][aey]?(?:\s+jestem)?)\s+)?(?:przy|na|w)\s+"
    r"(?:(?:ul\.|ulicy|al\.|alei|pl\.|placu|os\.|osiedlu)\s*)?", re.IGNORECASE)
_LOCATIVE_TYPE = re.compile(r"^\s*(?:ulicy|alei|placu|osiedlu)\s+", re.IGNORECASE)


def without_sentence_lead(text: str) -> str:
    """``przy ul. Morskiej 6/3`` → ``Morskiej 6/3``; ``ulicy Władysława IV 12/4`` →
    ``Władysława IV 12/4``; anything else as it is."""
    return _LOCATIVE_TYPE.sub("", _SENTENCE_LEAD.sub("", text, count=1), count=1)


def _locative_word(word: str) -> str:
    folded = fold_for_search(word)
    if folded == "aleja":
        return word[:-2] + "i"
    if folded.endswith(("ka", "ga")):
        return word[:-1] + "iej"
    if folded.endswith("a") and len(folded) > 2:
        return word[:-1] + "ej"
    if folded.endswith(("ski", "cki", "dzki", "y")) and len(folded) > 3:
        return word + "m"
    return word


def locative(street: str) -> str:
    """The register's street name in the locative: ``Morska`` → ``Morskiej``."""
    return " ".join(_locative_word(word) for word in street.split())


def written_as(register_street: str, written: str) -> bool:
    """Whether ``written`` (a street as a sentence gives it) names ``register_street``: the
    same name, or its locative; type words and diacritics ignored."""
    key = street_key(without_sentence_lead(written))
    return key in (street_key(register_street), street_key(locative(register_street)))
