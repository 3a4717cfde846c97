"""Who wrote an email: the sender's name in parts, the name to greet, machine or person.

One place for reading a display name (RFC 5322 3.4 ``display-name``): titles, first name
and surname, "Müller, Anna" as "Anna Müller", "Priya Raman via Lumen Helpdesk" as
"Priya Raman". Used by the drafters for the greeting and by the checks that look for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lang

if TYPE_CHECKING:
    from assistant.mail.message import Email


def greeting_name(display_name: str, language: str, *, informal: bool) -> str:
    """Return the name to greet a sender called ``display_name`` with; "" to greet without one.

    "" for no name (the caller also passes "" for a :func:`is_system_sender`). Informal: the
    first name ("Hi Anna", "Hallo Anna"). Formal with an academic title: title and surname
    ("Dear Dr. Müller", "Guten Tag Dr. Müller"; the gender is unknown, so no Herr/Frau).
    Formal without a title: the full name where the language's formal greeting names it
    (``formal_greets_full_name`` in :mod:`assistant.lang`: "Guten Tag Anna Müller", "Dear
    Anna Müller", every given name and surname: "Buenos días, María José Fernández de la
    Vega"), and there a single name ("Jürgen") gives "" ("Guten Tag,"); else the
    first name ("Dear Anna"). "Müller, Anna" is read as "Anna Müller",
    "Priya Raman via Lumen Helpdesk" as "Priya Raman". ``language`` is ISO 639-1 (the
    reply's). Source: PLAYBOOK.md,
    "Greets the sender by name ... matching their formality".
    """
    titles, given, surname = name_parts(display_name)
    if not given and not surname:
        return ""
    if informal or not titles:
        if informal or not lang.get(language).formal_greets_full_name:
            return given or surname
        if not given:  # "Jürgen" alone: "Guten Tag Jürgen" is neither formal nor informal
            return ""
        return " ".join(_words(display_name)[1])  # "María José Fernández de la Vega"
    return " ".join([*titles, surname or given])


def is_role_name(display_name: str) -> bool:
    """Return True when ``display_name`` names a role, a team or a company, not a person
    ("Account Team", "Support", "Northlight Agency", "Acme GmbH"): no name to sign with."""
    return _names_a_role(display_name, _ROLE_OR_COMPANY_WORDS)


def _names_a_role(display_name: str, words: frozenset[str]) -> bool:
    """Tell whether ``display_name``, before any "via ...", is a no-reply name or has one of
    ``words`` (casefolded) among its words."""
    person = re.split(_VIA, display_name, maxsplit=1)[0]
    found = (w.casefold() for w in re.split(r"[\s._+/|:()\[\]-]+", person) if w)
    return bool(_NO_REPLY.search(person)) or any(word in words for word in found)


#: Words that make a display name a company's ("Northlight Agency", "Acme GmbH").
_COMPANY_WORDS = frozenset(
    {
        *("agency", "agentur", "agence", "agencia", "agenzia", "agência", "bureau", "studio"),
        *("gmbh", "ag", "ltd", "llc", "inc", "bv", "sarl", "srl", "spa", "sl", "lda", "kg"),
    }
)


def is_system_sender(email: Email) -> bool:
    """Return True when ``email`` comes from a machine or a role rather than a person.

    True for the ``no_reply_sender`` and ``auto_submitted`` flags of
    :func:`assistant.mail.message.parse_email` (RFC 3834 Auto-Submitted, no-reply addresses) and
    for a display name made of role words ("Support Team", "Grants-Notification", "noreply",
    "Kundenservice"). "Priya Raman via Lumen Helpdesk" is a person writing through a helpdesk.
    """
    if email.flags & {"no_reply_sender", "auto_submitted"}:
        return True
    display = email.sender.display_name if email.sender is not None else ""
    return _names_a_role(display, _ROLE_WORDS)


_ROLE_WORDS = frozenset(word for known in lang.all_languages() for word in known.role_words)
_ROLE_OR_COMPANY_WORDS = _ROLE_WORDS | _COMPANY_WORDS


_VIA = re.compile(rf"\s+(?:{lang.alternation('via_words')})\s+", re.IGNORECASE)


_NO_REPLY = re.compile(lang.alternation("no_reply_words"), re.IGNORECASE)


_TITLE = re.compile(
    rf"^(?:{lang.alternation('academic_titles')})\b[\w.-]*\.?$|^(?:{lang.alternation('title_parts')})\.$",
    re.IGNORECASE,
)


def name_parts(display_name: str) -> tuple[list[str], str, str]:
    """Split a display name into (titles, first name, surname); "" for a part that is absent.

    Words without a letter ("\\", "-", "#3") are no part of a name and are left out; a
    particle before the surname belongs to it ("Maria De Luca": "De Luca", "Jan van der
    Berg": "van der Berg").
    """
    titles, rest = _words(display_name)
    if not rest:
        return titles, "", ""
    start = len(rest) - 1
    while start > 1 and rest[start - 1].casefold() in _PARTICLES:
        start -= 1  # "Maria De Luca", "Jan van der Berg": the particle is the surname's
    return titles, rest[0] if len(rest) > 1 else "", " ".join(rest[start:])


def _words(display_name: str) -> tuple[list[str], list[str]]:
    """Return a display name's (titles, the other words in natural order); see
    :func:`name_parts`."""
    name = re.split(_VIA, display_name, maxsplit=1)[0]
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]|\"", " ", name)
    name = " ".join(w for w in name.split() if w == "," or any(ch.isalpha() for ch in w))
    if not name or "@" in name:
        return [], []
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and len(first.split()) <= 3 and len(last.split()) <= 3:
            name = f"{first} {last}"
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    # A title leads the name ("Dr Margaret Osei") or carries its dot ("Anna Berger Mag.");
    # "Irene Dott" is a surname.
    lead = next((i for i, w in enumerate(words) if not _TITLE.match(w)), len(words))
    titled = [i < lead or (w.endswith(".") and bool(_TITLE.match(w))) for i, w in enumerate(words)]
    titles = [w for w, title in zip(words, titled, strict=True) if title]
    rest = [w for w, title in zip(words, titled, strict=True) if not title]
    if (name.isupper() and len(name) > 3) or name.islower():
        rest = [w.title() for w in rest]
    return titles, rest


#: Words that belong to the surname after them (nobiliary and family particles).
_PARTICLES = frozenset(
    {
        *("von", "van", "der", "den", "ter", "te", "de", "del", "della", "dalla", "dei"),
        *("degli", "di", "da", "das", "dos", "du", "des", "la", "le", "lo", "af", "zu"),
        *("zur", "vom", "ten"),
    }
)


_BRACKETED = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]")


_ORG_SUFFIX = re.compile(r"\s+(?:\||/|-|\u2013|\u2014|via)\s+.*$")


def natural_name(display_name: str) -> str:
    """Return a display name in natural order, tidied: "Müller, Anna" -> "Anna Müller".

    Bracketed parts and an organisation after "|", "/", "-" or "via" go; an all-caps or
    all-lower name is title-cased; "" for no name or an address. The name the prompts give
    the model (:func:`name_parts` splits it for the drafters' own greetings).
    """
    name = " ".join(display_name.replace('"', " ").split())
    if not name or "@" in name:
        return ""
    name = _BRACKETED.sub("", name)
    name = _ORG_SUFFIX.sub("", name).strip(" ,;")
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and len(first.split()) <= 3 and len(last.split()) <= 3:
            name = f"{first} {last}"
    if (name.isupper() and len(name) > 3) or name.islower():
        name = name.title()
    return name
