"""Who wrote an email: the sender's name in parts, the name to greet, machine or person.

One place for reading a display name (RFC 5322 3.4 ``display-name``): titles, first name
and surname, "Müller, Anna" as "Anna Müller", "Priya Raman via Lumen Helpdesk" as
"Priya Raman"; and for how the sender addresses themself (:func:`self_address`: "Mme Claire
Dupont" in the signature, "je suis déçue"). Used by the drafters for the greeting and by the
checks that look for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from assistant import lang

if TYPE_CHECKING:
    from assistant.mail.message import Email


def greeting_name(display_name: str, language: str, *, informal: bool) -> str:
    """Return the name to greet a sender called ``display_name`` with; "" to greet without one.

    "" for no name (the caller also passes "" for a :func:`is_system_sender`). Informal: the
    first name ("Hi Anna", "Hallo Anna"). Formal with a title: title and surname ("Dear Dr.
    Müller", "Guten Tag Dr. Müller"; a form of address the sender gives themself, "Mrs Jane
    Doe", stays as written: "Dear Mrs Doe"). Herr/Frau, Madame, signora... are the formal
    greeting of :func:`assistant.drafting.offline.salutation_greeting`, from the client book
    or from :func:`self_address`; this name is the greeting when neither gives one.
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


#: A form of address a sender writes before their own name, in any language ("Mrs", "Frau",
#: "Mme", "Sra.", "Sig.ra", "Mevr."): a title of the name, never its first name.
_FORM_OF_ADDRESS = re.compile(
    "|".join(
        rf"(?:{fragment})"
        for known in lang.all_languages()
        for fragments in known.gender_cues.get("titles", {}).values()
        for fragment in fragments
    )
    or r"(?!)",
    re.IGNORECASE,
)


def academic_titles(titles: Sequence[str]) -> list[str]:
    """Return the academic and professional ``titles`` of a name ("Dr.", "Dott.ssa", "Eng.ª"),
    without its forms of address ("Frau", "Mme", "Sra."), which a salutation replaces."""
    return [title for title in titles if _TITLE.match(title)]


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


def formal_surname(display_name: str, language: str) -> str:
    """Return the surname a formal salutation names, in ``language`` (ISO 639-1); "" for none.

    The surname of :func:`name_parts`, except in a language whose names carry two surnames
    (``two_surnames`` of :mod:`assistant.lang`: Spanish), where it is the first: "Javier
    Montero Ruiz" -> "Montero", "María José García" -> "García" and "María del Carmen Ruiz
    López" -> "Ruiz" (``second_given_names``), "Juan de la Fuente Ruiz" -> "de la Fuente".
    """
    known = lang.find(language)
    if known is None or not known.two_surnames:
        return name_parts(display_name)[2]
    rest = _words(display_name)[1]
    if len(rest) < 3:
        return name_parts(display_name)[2]
    given = known.second_given_names
    start = 1
    while start < len(rest) - 1:
        if rest[start].casefold() in given:
            start += 1  # "María José García"
            continue
        after = start
        while after < len(rest) - 1 and rest[after].casefold() in _PARTICLES:
            after += 1
        if after > start and rest[after].casefold() in given and after < len(rest) - 1:
            start = after + 1  # "María del Carmen Ruiz", "María de los Ángeles Pérez"
            continue
        break
    end = start
    while end < len(rest) - 1 and rest[end].casefold() in _PARTICLES:
        end += 1  # "de la Fuente"
    return " ".join(rest[start : end + 1])


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
    # A title leads the name ("Dr Margaret Osei", "Mme Claire Dupont") or carries its dot
    # ("Anna Berger Mag."); "Irene Dott" is a surname.
    lead = next(
        (i for i, w in enumerate(words) if not (_TITLE.match(w) or _FORM_OF_ADDRESS.fullmatch(w))),
        len(words),
    )
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
        *("zur", "vom", "ten", "los", "las"),
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


@dataclass(frozen=True)
class SelfAddress:
    """How a sender's own words say they are addressed (:func:`self_address`).

    ``salutation`` is a client book's salutation ("Ms", "Mrs", "Miss", "Mr" or "Mx", as
    :data:`assistant.accounts.book.SALUTATIONS` writes them), "" when the email does not say;
    ``titles`` are the academic titles of the signature line that says it ("Frau Dr. Anna
    Huber": ("Dr.",)), () for none.
    """

    salutation: str = ""
    titles: tuple[str, ...] = ()


def self_address(email: Email, name: str = "") -> SelfAddress:
    """Return the form of address ``email``'s sender gives themself, from strong evidence only.

    ``name`` is the sender's name as the caller greets them (the client book's contact name),
    the From display name when "". Read in the email's language (``gender_cues`` of
    :mod:`assistant.lang`; none for a language without them):

    - a title the sender writes before their own name: in the From display name ("Mme Claire
      Dupont", "Dott.ssa Giulia Rossi") or on a line of the signature, or of the new text's last
      five lines (name, role, firm, town), that holds nothing but titles and the sender's own
      name ("Frau Dr. Anna Huber", "Mevr. A. de Vries", "Sra. Carmen García"; not "Assistante
      de M. Petit");
    - what the sender says of themself in the first person, where the language marks the
      gender: French "je suis déçue", Spanish "estoy harta", Italian "sono stanca",
      Portuguese "fiquei decepcionada" and their own "Obrigada". Only the new text and the
      signature are read, without ">" lines and quotations ("« je suis ravie », m'a-t-elle
      dit", "Ma collègue m'a dit : je suis déçue."); "elle est déçue", "nous sommes déçus"
      and the quoted history say nothing.

    A first name is never evidence. A sender whose evidence disagrees ("je suis déçue" signed
    "M. Dominique Martin") gets no salutation, and so does a machine or role sender
    (:func:`is_system_sender`). Source: PLAYBOOK.md, "Greets the sender by name, in their
    language, matching their formality"; a wrong "Madame" is worse than the full name.
    """
    known = lang.find(email.language or "")
    if known is None or not known.gender_cues or is_system_sender(email):
        return SelfAddress()
    display = email.sender.display_name if email.sender is not None else ""
    titles = _title_cues(known.code)
    found: set[str] = set()
    for title in name_parts(display)[0]:
        found.update(form for form, pattern in titles.items() if pattern.fullmatch(title))
    _, sender_words = _words(name.strip() or display)
    signed: tuple[str, ...] = ()
    roles = _role_cues(known.code)
    for block in _signature_blocks(email):
        for index, line in enumerate(block):
            named = _signed_as(line, sender_words, titles)
            if named is None:
                continue
            forms, academic = named
            forms |= _role_forms([_after_name(line), *block[index + 1 : index + 2]], roles)
            found |= forms
            signed = signed or (academic if forms else ())
    own = _own_words(email)
    found.update(form for form, pattern in _self_cues(known.code).items() if pattern.search(own))
    if len(found) != 1:
        return SelfAddress()
    return SelfAddress(found.pop(), signed)


@cache
def _title_cues(code: str) -> Mapping[str, re.Pattern[str]]:
    """Return language ``code``'s titles by the salutation they give, each a whole-word regex."""
    cues = lang.get(code).gender_cues.get("titles", {})
    return {
        form: re.compile("(?:" + "|".join(patterns) + r")(?=\s|$)", re.IGNORECASE)
        for form, patterns in cues.items()
    }


@cache
def _self_cues(code: str) -> Mapping[str, re.Pattern[str]]:
    """Return language ``code``'s first-person cues by the salutation they give."""
    cues = lang.get(code).gender_cues.get("self", {})
    return {
        form: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
        for form, patterns in cues.items()
    }


#: Where a signature line's name ends: a role, a company, a phone number after it.
_NAME_END = re.compile(r",|;|\||\s[-\u2013\u2014/]\s|\(|\t")

#: An initial of a first name: "A.", "J.-P.", "A".
_INITIAL = re.compile(r"^\w\.?(?:-\w\.?)?$")


def _signature_blocks(email: Email) -> list[list[str]]:
    """Return the blocks of lines that may sign the email, each in order without blank lines:
    the signature's, and the new text's last five but its first (a signature the parser left in
    the text, "Dra. Helena Vasconcelos / Diretora de Operações / Clínicas Vida Plena / São
    Paulo"; not "Sig. Carter," greeting us)."""
    last = [line for line in email.new_text.splitlines() if line.strip()][1:][-5:]
    return [[line for line in email.signature.splitlines() if line.strip()], last]


@cache
def _role_cues(code: str) -> Mapping[str, re.Pattern[str]]:
    """Return language ``code``'s gendered role nouns by the salutation they give, each a regex
    matching a role line's first word ("Geschäftsführerin", "Directora de Marketing")."""
    cues = lang.get(code).gender_cues.get("roles", {})
    return {
        form: re.compile("(?:" + "|".join(patterns) + r")(?![\w:])", re.IGNORECASE)
        for form, patterns in cues.items()
    }


def _after_name(line: str) -> str:
    """Return what follows the name on a signature ``line`` ("Anna Huber, Geschäftsführerin":
    "Geschäftsführerin"); "" for a line that is the name alone."""
    parts = _NAME_END.split(line.strip(), maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def _role_forms(lines: Sequence[str], roles: Mapping[str, re.Pattern[str]]) -> set[str]:
    """Return the salutations given by the role that ``lines`` begin with: the rest of the
    sender's name line and the line below it ("Directrice commerciale", "Leiter Vertrieb |
    Firma"). A line that names someone else ("Geschäftsführerin: Eva Martin") gives none."""
    found: set[str] = set()
    for line in lines:
        head = _NAME_END.split(line.strip(), maxsplit=1)[0].strip()
        if head and ":" not in head:
            found.update(form for form, pattern in roles.items() if pattern.match(head))
    return found


def _signed_as(
    line: str, sender_words: Sequence[str], titles: Mapping[str, re.Pattern[str]]
) -> tuple[set[str], tuple[str, ...]] | None:
    """Return the salutations and the academic titles of a signature ``line`` that is titles
    and then the sender's own name, nothing else ("Mme Claire Dupont", "dhr. P. Jansen",
    "Frau Dr. Anna Huber"; "Anna Huber": (set(), ())); None for any other line."""
    words = _NAME_END.split(line.strip(), maxsplit=1)[0].split()
    if not sender_words or len(words) < 2:
        return None
    forms: set[str] = set()
    academic: list[str] = []
    index = 0
    while index < len(words):
        rest = " ".join(words[index:])
        matched = {form: m.group() for form, p in titles.items() if (m := p.match(rest))}
        if matched:
            forms |= set(matched)
            taken = max(len(title.split()) for title in matched.values())
            academic += [w for w in words[index : index + taken] if _TITLE.match(w)]
            index += taken
        elif _TITLE.match(words[index]):
            academic.append(words[index])
            index += 1
        else:
            break
    names = [w.strip(".,;:!?") for w in words[index:]]
    own = {w.casefold() for w in sender_words}
    if sender_words[-1].casefold() not in {w.casefold() for w in names} or not all(
        w.casefold() in own or _INITIAL.match(w) for w in names if w
    ):
        return None
    return forms, tuple(academic)


#: A quotation inside the sender's text: what someone else said, in quotation marks or after
#: a colon to the end of its sentence ("Ma collègue m'a dit : je suis déçue.").
_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"\n]*\"|:[ \t]+[^.!?\n]*")


def _own_words(email: Email) -> str:
    """Return the new text and the signature, without ">" lines and quotations (what follows
    a colon in its sentence too: a cue there is given up rather than taken from someone else)."""
    lines = [
        line
        for line in f"{email.new_text}\n{email.signature}".splitlines()
        if not line.lstrip().startswith(">")
    ]
    return _QUOTATION.sub(" ", "\n".join(lines))
