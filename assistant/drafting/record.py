"""Which work items a reply lists: those that answer the client's points, never those complained of.

Playbook step 2 reminds the client of the review period's work; an item the complaint is
about (the late landing pages, the monitoring that failed) is not an achievement to list,
and a routine report listed once says as much as listed four times (PLAYBOOK.md, step 2).
Both drafters use :func:`choose_items`: the offline drafter lists from what it keeps, and a
model's prompt offers only those items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant import lang
from assistant.lang.dates import month_number


@dataclass(frozen=True)
class Choice:
    """The items a reply may list (``usable``, in the given order), and those left out:
    ``complained`` (the email complains about them) and ``repeated`` (older routine items
    of a kind already listed)."""

    usable: tuple[Any, ...]
    complained: tuple[Any, ...] = ()
    repeated: tuple[Any, ...] = ()


def choose_items(items: Sequence[Any], complaints: Sequence[str], language: str) -> Choice:
    """Return which of ``items`` (WorkItem: date, description) a reply may list.

    ``complaints`` are the sentences of the client's new text that carry a complaint
    (:func:`assistant.drafting.concerns.complaint_sentences`). An item is complained of
    when it shares a topic word (crude stem, or a concept such as outage = down = offline)
    with a complaint and does not put something right (the language's ``remedy_words``:
    fixed, corrected, behoben...), or puts right what the complaint says went wrong again
    (its ``repeat_words``: "again", "zum zweiten Mal"; a fix in any month: the months such a
    complaint names are the new failures, the fix was of an earlier one) or in a month it
    names, the email's first complaint included when a clause says it is "the same situation"
    (the language's ``same_again``: "im Juni genau dieselbe Situation") (the fix of
    "the dashboard being down for a week in June", made in June, is that incident); when the
    clause (between commas, semicolons, colons or brackets) that shares its topic names
    months, the item must fall in one of them, unless the month follows one of the language's
    ``since_words`` ("wrong since the end of November": still wrong, so the earlier work on it
    is no achievement either). A complaint that something never came ("we have not had a
    single one": the language's ``absence_words``) marks nothing: the work logged on that
    topic answers it; unless it names the month of what is missing ("Der Monatsbericht für
    November liegt noch nicht vor"): then every item on its topic is complained of.
    Routine items ("Monthly report for October delivered", "... for November delivered":
    the same words once months and numbers are taken out) are kept once, the most recent.
    Deterministic.
    """
    remedy = _words(language, "remedy_words")
    absence = _words(language, "absence_words")
    # A month limits the items of its own clause: "die Quartalsgespräche seien zu sehr
    # Zahlenvortrag, und bei der Störungsmeldung im Oktober ..." is about every quarterly review.
    again = _words(language, "repeat_words")
    same = _words(language, "same_again")  # "genau dieselbe Situation im Juni"
    # its topic is the email's first complaint: "Das Händler-Dashboard zeigt nichts an. ..."
    first = stems(complaints[0]) if complaints else set()
    since = _words(language, "since_words")
    # A complaint that something never came marks nothing unless it names its month: "Der
    # Monatsbericht für November liegt noch nicht vor" is about every Monatsbericht. A month
    # after "since" ("wrong since the end of November") or in such a complaint limits nothing:
    # the thing is still missing or wrong, and the work on its topic in any month is no
    # achievement. Each complaint is read once, then each of its clauses.
    complaint_stems: list[tuple[set[str], set[int], bool]] = []
    for text in complaints:
        missing = bool(absence.search(text))
        if missing and not _months_named(text, language):
            continue
        again_said = bool(again.search(text))
        for clause in re.split(r"[,;:()]", text):
            ongoing = missing or _since_a_month(clause, since, language)
            months = set() if ongoing else _months_named(clause, language)
            if same.search(clause):
                complaint_stems.append((stems(clause) | first, months, True))
                continue
            complaint_stems.append((stems(clause), months, again_said))
    usable: list[Any] = []
    complained: list[Any] = []
    for item in items:
        description = str(_get(item, "description"))
        item_stems = stems(description) - _MONTHS
        day = _get(item, "date")
        about = False
        fixed = bool(remedy.search(description))
        for topic, months, again_said in complaint_stems:
            # "the dashboard being down for most of a week in June": its fix in June is the
            # incident they hold against us, no achievement
            if (
                (again_said or not fixed or months)
                and _same_topic(item_stems, topic - _MONTHS)
                and (not months or (again_said and fixed) or getattr(day, "month", None) in months)
            ):
                about = True
                break
        (complained if about else usable).append(item)
    latest: dict[str, Any] = {}
    for item in usable:
        key = _routine_key(str(_get(item, "description")))
        if key and (key not in latest or _get(item, "date") >= _get(latest[key], "date")):
            latest[key] = item
    kept = [
        item
        for item in usable
        if latest.get(_routine_key(str(_get(item, "description")))) in (None, item)
    ]
    repeated = [item for item in usable if item not in kept]
    return Choice(tuple(kept), tuple(complained), tuple(repeated))


def relevant_facts(facts: Sequence[str], email: Any, tier: str | None) -> list[str]:
    """Return the step-3 facts worth stating to ``email`` (an Email): those that share a topic
    word with its subject or new text, else the book's first fact (the context of a complaint,
    such as the team's size), never one that names the service tier ``tier``: a contract
    clause is not recited at a client (PLAYBOOK.md, "What a good client reply looks like"),
    nor one that recites the contract or puts the matter on the client (every language's
    ``contract_words``: "The contract covers ...", "Budgets are set by the client ...")."""
    from assistant.accounts.book import names_tier

    clause = re.compile(rf"(?i)(?<!\w)(?:{lang.alternation('contract_words')})(?!\w)")
    usable = [
        fact for fact in facts if not (tier and names_tier(fact, tier)) and not clause.search(fact)
    ]
    words = stems(f"{email.subject} {email.new_text}")
    related = [fact for fact in usable if shared(stems(fact), words)]
    return related or usable[:1]


def _same_topic(item_stems: set[str], complaint_stems: set[str]) -> bool:
    """Return True when a stem is in both, or one of six letters or more ends or starts the
    other ("bericht" in "monatsbericht", "auswert" in "auswertung"; "board" is not
    "dashboard")."""
    for stem in complaint_stems:
        for other in item_stems:
            short, long = sorted((stem, other), key=len)
            if short == long or (len(short) >= 6 and long.endswith(short)):
                return True
            if len(short) >= 6 and long.startswith(short):  # inflected: "auswert" in "auswertung"
                return True
    return False


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, "")


def _routine_key(description: str) -> str:
    """Return the words of an item without months and numbers: two items with the same key
    are the same routine ("Monthly report for July", "... for August"; the same quarterly
    review logged each quarter); "" for an item without words."""
    words = re.findall(r"[^\W\d_]+|\d+", description.casefold())
    return " ".join(w for w in words if w not in _MONTHS and not w.isdigit())


#: How many words after a word of "since" its month may stand ("since the end of November").
_SINCE_WORDS_BEFORE_MONTH = 4


def _since_a_month(text: str, since: re.Pattern[str], language: str) -> bool:
    """Tell whether a word of ``since`` (the language's ``since_words``) stands at most
    :data:`_SINCE_WORDS_BEFORE_MONTH` words before a month that :func:`_months_named` reads
    in ``text`` ("seit Ende November", "since the end of November", "depuis fin novembre")."""
    for found in since.finditer(text):
        after = re.findall(r"[^\W\d_]+", text[found.end() : found.end() + 60])[
            :_SINCE_WORDS_BEFORE_MONTH
        ]
        if _months_named(" ".join(after), language):
            return True
    return False


def _months_named(text: str, language: str) -> set[int]:
    """Return the months ``text`` names in ``language``
    (:func:`assistant.lang.dates.month_number`: "novembre", "dicembre"; a name of three
    letters only when it is the wide one, so "mar" is none), or in English or German (the
    work log's) from four letters on: the Italian "mai" is "never", no May."""
    found = set()
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        long = len(word) > 3
        number = month_number(word, language, abbreviated=long) or (
            _MONTH_NUMBER.get(word) if long else None
        )
        if number:
            found.add(number)
    return found


@lru_cache(maxsize=32)
def _words(language: str, attribute: str) -> re.Pattern[str]:
    """The language's ``attribute`` (``absence_words``, ``repeat_words``, ``remedy_words``;
    every language's for one without) as one pattern of whole words, any case."""
    joined = "|".join(
        part for source in lang.sources(language, attribute) for part in getattr(source, attribute)
    )
    return re.compile(rf"(?<!\w)(?:{joined})(?!\w)", re.IGNORECASE)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS = frozenset(word for known in lang.all_languages() for word in known.stop_words)
#: Words under four letters that still name a thing.
_SHORT_WORDS = _word_set("seo ads crm kpi roi app web law ppc")
# Words that name the same thing in a complaint and in the work log ("down" / "outage fixed").
_CONCEPT_OF = {
    word: concept
    for known in lang.all_languages()
    for concept, words in known.concepts.items()
    for word in words
}
_MONTHS = frozenset(month.lower() for known in lang.with_data("months") for month in known.months)
_MONTH_NUMBER = {
    month.lower(): number
    for known in lang.with_data("months")
    for number, month in enumerate(known.months, start=1)
}


def stems(text: str) -> set[str]:
    """Return the content words of ``text`` as crude stems (reports -> report)."""
    stems = set()
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        if word in _STOP_WORDS or (len(word) < 4 and word not in _SHORT_WORDS | _MONTHS):
            continue
        if word in _MONTHS:
            stems.add(word)
            continue
        if word in _CONCEPT_OF:
            stems.add(_CONCEPT_OF[word])
        for suffix in ("ungen", "ing", "en", "er", "es", "ed", "e", "s", "n"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "aeiou":
                    word = word[:-1]  # dropped -> drop, stopped -> stop
                break
        stems.add(word)
    return stems


def shared(item_stems: set[str], concern_stems: set[str]) -> int:
    """Return 2 per concern stem the item shares, 1 for a month name (compounds match their end)."""
    shared = 0
    for stem in concern_stems:
        for other in item_stems:
            short, long = sorted((stem, other), key=len)
            if short == long or (len(short) >= 5 and long.endswith(short)):
                shared += 1 if stem in _MONTHS else 2
                break
    return shared
