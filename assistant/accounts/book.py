"""Client book, lookup, salutations and the accounts config: facts behind playbook steps 2 to 5.

The work log and the review period are in :mod:`assistant.accounts.worklog`; the 80/20 figures
computed from both are in :mod:`assistant.accounts.figures`.

The client book is a TOML file (default ``clients.toml`` in the config dir)::

    currency = "EUR"              # book-wide currency (required here or on every client)
    default_hourly_cost = 70      # book-wide cost of one hour of work, in that currency

    [clients.fernbrook]           # the table key is the client's id (used in the work log)
    name = "Fernbrook Outdoor"    # display name; defaults to the key
    addresses = ["rachel.hughes@fernbrook.example.com"]   # exact addresses
    domains = ["fernbrook.example.com"]                   # mail.fernbrook.example.com matches too
    revenue = 60000               # annual revenue, a number >= 0 (required)
    currency = "EUR"              # optional; must equal the book's currency
    tier = "Standard"             # optional service tier
    hourly_cost = 70              # optional; else default_hourly_cost; else cost is unknown
    facts = ["Account team reduced from 3 to 2 people in March 2026."]   # step 3 context
    contacts = [{ name = "Rachel Hughes", email = "rachel.hughes@fernbrook.example.com",
                  role = "Head of Marketing", salutation = "Ms" }]
                                                   # or [[clients.fernbrook.contacts]] tables
    notes_policy = { mention_tier = false }        # the client reply must not name the tier

A contact's ``salutation`` is optional: one of ``Frau``, ``Herr``, ``Ms``, ``Mrs``, ``Miss``,
``Mr`` or ``Mx`` (any case; ``Mr.`` with a dot is kept as written). It is the fact a greeting
cannot guess: with it a formal German reply opens "Sehr geehrte Frau Huber," instead of
"Guten Tag Sabine Huber,", and a formal English one "Dear Ms Huber," when the client addressed
us by surname too (else "Dear Sabine,"; see :func:`assistant.drafting.offline.salutation_greeting`;
informal replies stay "Hallo Sabine,"/"Hi Sabine,"). It is translated for the reply's
language (``Frau`` is written ``Ms`` in English, ``Mr`` is ``Herr`` in German); ``Mx`` has no
German form, so a German reply greets such a contact with the full name. Academic titles
stay in the name (``name = "Dr. Anna Müller"``, ``salutation = "Frau"`` gives "Sehr geehrte
Frau Dr. Müller"), so ``"Frau Dr."`` is rejected: one place for each fact.

A client needs ``revenue`` and at least one of ``addresses``, ``domains`` or a contact's
``email`` (contacts' addresses identify the client too). Keys are case-insensitive for lookup;
an address or domain may belong to one client only. Every client uses the book's currency,
because revenue shares across currencies would be meaningless.

Problems are located by file and line as :mod:`assistant.accounts._locate` describes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import lang
from assistant.accounts._locate import (
    Problem as Problem,  # re-exported: check_book and the loaders return Problems
)
from assistant.accounts._locate import (
    TomlSource,
    as_float,
    fail,
    finite_float,
    parse_toml,
    read_text,
    show_value,
)

#: Largest annual revenue a client may have, in the book's currency: more is a typo (1e308),
#: and sums of such numbers overflow to inf and print as "nan%".
MAX_REVENUE = 1e12
#: Largest hourly cost, in the book's currency (high enough for any currency's unit).
MAX_HOURLY_COST = 1e9
_CLIENT_KEYS = frozenset(
    {
        "name",
        "addresses",
        "domains",
        "revenue",
        "currency",
        "tier",
        "contacts",
        "hourly_cost",
        "facts",
        "notes_policy",
    }
)
_BOOK_KEYS = frozenset({"currency", "default_hourly_cost", "clients"})
_CONTACT_KEYS = frozenset({"name", "email", "role", "salutation"})
#: The contact salutations a client book may give, as written; the form each takes in a reply
#: is the reply language's ``salutations`` (:mod:`assistant.lang`).
_SALUTATION_NAMES = ("Frau", "Herr", "Ms", "Mrs", "Miss", "Mr", "Mx")
SALUTATIONS = frozenset(name.casefold() for name in _SALUTATION_NAMES)
_POLICY_KEYS = frozenset({"mention_tier"})


@dataclass(frozen=True)
class Contact:
    """A person at a client: name, email address (lower case), role and salutation.

    ``role`` and ``salutation`` may be empty. ``salutation`` is one of :data:`SALUTATIONS`'
    keys as the book writes it ("Frau", "Mr", "Mr."); see :func:`salutation_in` for the
    form a reply uses.
    """

    name: str
    email: str
    role: str = ""
    salutation: str = ""


@dataclass(frozen=True)
class Client:
    """One client of the book. Money is in the book's currency; ``revenue`` is per year.

    ``hourly_cost`` is the client's own rate or the book's ``default_hourly_cost`` (None when
    neither is set). ``addresses`` and ``domains`` are lower case; ``addresses`` includes the
    contacts' addresses. ``mention_tier`` False means the client reply must not name the tier.
    """

    key: str
    name: str
    revenue: float
    currency: str
    addresses: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    tier: str | None = None
    contacts: tuple[Contact, ...] = ()
    hourly_cost: float | None = None
    facts: tuple[str, ...] = ()
    mention_tier: bool = True

    def contact_for(self, address: str) -> Contact | None:
        """Return the contact whose email is ``address`` (case-insensitive), if any."""
        wanted = address.strip().lower()
        return next((c for c in self.contacts if c.email == wanted), None)


@dataclass(frozen=True)
class ClientBook:
    """The client book: its file, currency and clients (in file order)."""

    path: Path | None
    currency: str
    clients: tuple[Client, ...]

    def get(self, name: str) -> Client | None:
        """Return the client whose key or name is ``name`` (case-insensitive), if any."""
        wanted = name.strip().casefold()
        for client in self.clients:
            if wanted in (client.key.casefold(), client.name.casefold()):
                return client
        return None


# -- config ------------------------------------------------------------------------------------


# -- loading the client book -------------------------------------------------------------------


class _BookParser:
    """Collect the clients of a parsed book and every problem, with lines."""

    def __init__(self, path: Path, src: TomlSource, data: dict[str, Any]) -> None:
        self.path = path
        self.src = src
        self.data = data
        self.problems: list[Problem] = []
        self.known: dict[str, str] = {}  # casefolded key or name -> key
        self.claims: dict[tuple[str, str], str] = {}  # ("address"|"domain", value) -> client key

    def problem(self, message: str, *path: Any, needle: str | None = None) -> None:
        self.problems.append(Problem(self.path, self.src.line_of(*path, needle=needle), message))

    def parse(self) -> ClientBook:
        for key in self.data:
            if key not in _BOOK_KEYS:
                known = ", ".join(sorted(_BOOK_KEYS))
                self.problem(f"unknown top-level key {key!r} (known: {known})", key)
        currency = self.data.get("currency")
        if currency is not None and (not isinstance(currency, str) or not currency.strip()):
            self.problem("currency must be a currency code such as 'EUR'", "currency")
            currency = None
        default_cost = self._cost(self.data.get("default_hourly_cost"), ("default_hourly_cost",))
        clients_table = self.data.get("clients", {})
        if not isinstance(clients_table, dict):
            self.problem("clients must be tables: [clients.NAME]", "clients")
            clients_table = {}
        if not clients_table:
            self.problems.append(Problem(self.path, None, "no clients: add [clients.NAME] tables"))
        clients = []
        book_currency = currency.strip().upper() if isinstance(currency, str) else None
        for key, table in clients_table.items():
            client = self._client(str(key), table, book_currency, default_cost)
            if client is not None:
                clients.append(client)
                book_currency = book_currency or client.currency
        return ClientBook(self.path, book_currency or "", tuple(clients))

    def _cost(self, value: Any, where: tuple[Any, ...]) -> float | None:
        if value is None:
            return None
        number = finite_float(value)
        if number is None or not 0 <= number <= MAX_HOURLY_COST:
            self.problem(
                f"{where[-1]} must be a number from 0 to {MAX_HOURLY_COST:,.0f},"
                f" not {show_value(value)}",
                *where,
            )
            return None
        return number

    def _strings(self, table: dict[str, Any], where: tuple[Any, ...], key: str) -> list[str]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key} must be a list of strings", *where, key)
            return []
        return [v.strip() for v in value if v.strip()]

    def _claim(self, kind: str, value: str, client_key: str, where: tuple[Any, ...]) -> bool:
        owner = self.claims.setdefault((kind, value), client_key)
        if owner != client_key:
            self.problem(
                f"{kind} {value} is claimed by two clients: {owner} and {client_key}",
                *where,
                needle=value,
            )
            return False
        return True

    def _client(
        self, key: str, table: Any, book_currency: str | None, default_cost: float | None
    ) -> Client | None:
        where = ("clients", key)
        if not isinstance(table, dict):
            self.problem(f"client {key!r} must be a table: [clients.{key}]", *where)
            return None
        ok = True
        for name in table:
            if name not in _CLIENT_KEYS:
                known = ", ".join(sorted(_CLIENT_KEYS))
                self.problem(f"client {key}: unknown key {name!r} (known: {known})", *where, name)
        display = table.get("name", key)
        if not isinstance(display, str) or not display.strip():
            self.problem(f"client {key}: name must be a non-empty string", *where, "name")
            display = key
        display = display.strip()
        for label in {key.casefold(), display.casefold()}:
            other = self.known.setdefault(label, key)
            if other != key:
                self.problem(
                    f"client name {label!r} is used by two clients: {other} and {key}", *where
                )
                ok = False
        revenue = table.get("revenue")
        number = as_float(revenue)
        if revenue is None:
            self.problem(f"client {key}: revenue is missing (annual revenue, a number)", *where)
            ok = False
        elif number is None or math.isnan(number) or number < 0:
            self.problem(
                f"client {key}: revenue must be a number >= 0, not {show_value(revenue)}",
                *where,
                "revenue",
            )
            ok = False
        elif number > MAX_REVENUE:
            self.problem(
                f"client {key}: revenue {show_value(revenue)} is more than {MAX_REVENUE:,.0f} a"
                " year; enter the annual revenue in the book's currency",
                *where,
                "revenue",
            )
            ok = False
        currency = table.get("currency", book_currency)
        if not isinstance(currency, str) or not currency.strip():
            self.problem(f"client {key}: currency is missing (set it here or book-wide)", *where)
            ok = False
            currency = ""
        currency = currency.strip().upper()
        if book_currency and currency and currency != book_currency:
            self.problem(
                f"client {key}: currency {currency} differs from the book's {book_currency};"
                " convert the revenue",
                *where,
                "currency",
            )
            ok = False
        tier = table.get("tier")
        if tier is not None and not isinstance(tier, str):
            self.problem(f"client {key}: tier must be a string", *where, "tier")
            tier = None
        cost = self._cost(table.get("hourly_cost"), (*where, "hourly_cost"))
        facts = self._strings(table, where, "facts")
        addresses = []
        for address in self._strings(table, where, "addresses"):
            address = address.lower()
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
                self.problem(
                    f"client {key}: {address!r} is not an email address",
                    *where,
                    "addresses",
                    needle=address,
                )
            elif address not in addresses and self._claim(
                "address", address, key, (*where, "addresses")
            ):
                addresses.append(address)
        domains = []
        for domain in self._strings(table, where, "domains"):
            domain = domain.lower().rstrip(".")
            if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
                self.problem(
                    f"client {key}: {domain!r} is not a domain name (example.com)",
                    *where,
                    "domains",
                    needle=domain,
                )
            elif domain not in domains and self._claim("domain", domain, key, (*where, "domains")):
                domains.append(domain)
        contacts = self._contacts(key, table.get("contacts", []), where)
        for contact in contacts:
            new = contact.email and contact.email not in addresses
            if new and self._claim("address", contact.email, key, (*where, "contacts")):
                addresses.append(contact.email)
        if not (addresses or domains):
            self.problem(
                f"client {key}: no addresses, domains or contact emails to identify it", *where
            )
        mention_tier = self._policy(key, table.get("notes_policy", {}), where)
        if not ok or number is None or not math.isfinite(number):
            return None
        return Client(
            key=key,
            name=display,
            revenue=number,
            currency=currency,
            addresses=tuple(addresses),
            domains=tuple(domains),
            tier=tier.strip() if tier else None,
            contacts=tuple(contacts),
            hourly_cost=cost if cost is not None else default_cost,
            facts=tuple(facts),
            mention_tier=mention_tier,
        )

    def _contacts(self, key: str, value: Any, where: tuple[Any, ...]) -> list[Contact]:
        if not isinstance(value, list):
            self.problem(f"client {key}: contacts must be a list of tables", *where, "contacts")
            return []
        contacts = []
        for index, item in enumerate(value):
            at = (*where, "contacts", index)
            if not isinstance(item, dict):
                self.problem(f"client {key}: contact {index + 1} must be a table", *at)
                continue
            extra = sorted(set(item) - _CONTACT_KEYS)
            if extra:
                self.problem(
                    f"client {key}: unknown contact key {extra[0]!r}"
                    " (known: email, name, role, salutation)",
                    *at,
                    needle=extra[0],
                )
            fields = {k: item.get(k, "") for k in ("name", "email", "role", "salutation")}
            if not all(isinstance(v, str) for v in fields.values()):
                self.problem(
                    f"client {key}: contact {index + 1}: name, email, role and salutation must"
                    " be strings",
                    *at,
                )
                continue
            email = fields["email"].strip().lower()
            if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
                self.problem(
                    f"client {key}: contact email {email!r} is not an email address",
                    *at,
                    needle=fields["email"],
                )
                email = ""
            if not fields["name"].strip() and not email:
                self.problem(f"client {key}: contact {index + 1} needs a name or an email", *at)
                continue
            salutation = self._salutation(key, index, fields["salutation"], at)
            contacts.append(
                Contact(fields["name"].strip(), email, fields["role"].strip(), salutation)
            )
        return contacts

    def _salutation(self, key: str, index: int, value: str, at: tuple[Any, ...]) -> str:
        """Return the salutation as written in :data:`SALUTATIONS`, or "" after a problem."""
        written = " ".join(value.split())
        if not written:
            return ""
        bare = written.removesuffix(".").casefold()
        if bare in SALUTATIONS:
            tidy = next(name for name in _SALUTATION_NAMES if name.casefold() == bare)
            dotted = written.endswith(".") and bare in ("ms", "mrs", "mr", "mx")
            return tidy + ("." if dotted else "")
        hint = ""
        if written.split()[0].removesuffix(".").casefold() in SALUTATIONS:
            hint = '; titles such as Dr. belong in the name (name = "Dr. Anna Müller")'
        self.problem(
            f"client {key}: contact {index + 1}: salutation {value!r} is not one of"
            f" {', '.join(_SALUTATION_NAMES)}{hint}",
            *at,
            needle=value,
        )
        return ""

    def _policy(self, key: str, value: Any, where: tuple[Any, ...]) -> bool:
        if not isinstance(value, dict):
            self.problem(f"client {key}: notes_policy must be a table", *where, "notes_policy")
            return True
        for name in value:
            if name not in _POLICY_KEYS:
                self.problem(
                    f"client {key}: unknown notes_policy key {name!r} (known: mention_tier)",
                    *where,
                    "notes_policy",
                    needle=name,
                )
        mention = value.get("mention_tier", True)
        if not isinstance(mention, bool):
            self.problem(
                f"client {key}: notes_policy.mention_tier must be true or false",
                *where,
                "notes_policy",
                needle="mention_tier",
            )
            return True
        return mention


def read_book(path: Path) -> tuple[ClientBook | None, list[Problem], dict[str, str]]:
    """Parse a book; return (book or None, problems, known client labels -> key)."""
    problems: list[Problem] = []
    text = read_text(path, problems, "client book")
    if text is None:
        return None, problems, {}
    data = parse_toml(path, text, problems)
    if data is None:
        return None, problems, {}
    parser = _BookParser(path, TomlSource(text), data)
    book = parser.parse()
    return book, parser.problems, parser.known


def load_book(path: str | Path) -> ClientBook:
    """Load the client book at ``path`` (TOML; format in the module docstring).

    Raises AccountsError naming file and line for a missing or unreadable file, TOML syntax
    errors and any invalid value (the first problem, and how many more there are).
    """
    path = Path(path)
    book, problems, _ = read_book(path)
    if problems or book is None:
        raise fail(problems, "client book")
    return book


# -- lookup and step-3 facts -------------------------------------------------------------------


def lookup(book: ClientBook, address: str) -> Client | None:
    """Return the client an email address belongs to, or None.

    The exact address first (case-insensitive), then its domain, then each parent domain
    (``mail.bigclient.example`` -> ``bigclient.example``); the longest matching domain wins.
    """
    address = address.strip().strip("<>").lower()
    if not address:
        return None
    for client in book.clients:
        if address in client.addresses:
            return client
    domain = address.rpartition("@")[2].rstrip(".")
    labels = domain.split(".")
    for start in range(len(labels) - 1):
        candidate = ".".join(labels[start:])
        for client in book.clients:
            if candidate in client.domains:
                return client
    return None


def perspective_facts(client: Client, *, language: str = "en") -> tuple[str, ...]:
    """Return the step-3 facts the client reply may state: the book's ``facts``, in order.

    When the client's ``notes_policy.mention_tier`` is false, a fact that names the tier
    ("Quarterly sessions are part of the Premium tier") is left out: the reply must not name
    it (PLAYBOOK.md, step 3). No sentence about the tier is added: a tier is a fact for the
    notes, not a reason to recite at a client. ``language`` (ISO 639-1) is kept for callers;
    the facts are the book's own words.
    """
    del language
    if client.tier and not client.mention_tier:
        return tuple(fact for fact in client.facts if not names_tier(fact, client.tier))
    return tuple(client.facts)


def names_tier(text: str, tier: str) -> bool:
    """Return True when ``text`` names the service tier ``tier`` (a whole word, as the book
    writes it, capitals included: "Standard" is the tier, "standard" is a word)."""
    return bool(tier) and re.search(rf"(?<!\w){re.escape(tier)}(?!\w)", text) is not None


def salutation_in(salutation: str, language: str) -> str:
    """Return a contact's ``salutation`` as a reply in ``language`` writes it; "" for none.

    "Frau" is "Ms" in English and "Mr" is "Herr" in German (the language's ``salutations``
    in :mod:`assistant.lang`); a dot the book wrote ("Mr.") is kept where the language writes
    one (English). "" when the salutation is empty or unknown, when ``language`` (ISO 639-1)
    has no salutations, and for "Mx" in German, which has no established neutral form (the
    reply then greets with the full name).
    """
    bare = salutation.strip().removesuffix(".").casefold()
    known = lang.find(language)
    form = known.salutations.get(bare, "") if known is not None and bare in SALUTATIONS else ""
    if not form:
        return ""
    assert known is not None
    if known.salutation_dot and form.casefold() == bare and salutation.strip().endswith("."):
        return form + "."
    return form
