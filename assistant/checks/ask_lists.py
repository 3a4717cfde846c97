"""Lists of asks: the items a lead-in introduces as requests ("I therefore ask for the
following:", "Damit ich das intern vertreten kann, bitte ich Sie um"), read whole by the ask
reader (:mod:`assistant.checks.asks`).
"""

from __future__ import annotations

import re

from assistant import lang
from assistant.checks._ask_cues import ask_cues
from assistant.checks._ask_leads import asking_lead
from assistant.lang.sentences import split_paragraph


def first_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (:func:`assistant.lang.sentences.split_paragraph`),
    or ``text`` when it has none."""
    return next(iter(split_paragraph(text)), text)


def whole_items(pieces: list[str], listed: frozenset[str]) -> list[str]:
    """Return ``pieces`` (sentences) with the sentences of one item of ``listed`` joined
    back into that item ("A credit for the support. Eighteen hours are EUR 1,530." is one
    ask); the others unchanged."""
    joined: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i].strip()
        item = next((x for x in listed if x != piece and x.startswith(piece + " ")), None)
        if item is not None:
            text, j = piece, i + 1
            while j < len(pieces) and item.startswith(f"{text} {pieces[j].strip()}"):
                text, j = f"{text} {pieces[j].strip()}", j + 1
            if text == item:
                joined.append(item)
                i = j
                continue
        joined.append(pieces[i])
        i += 1
    return joined


def with_items(sentence: str, listed: frozenset[str]) -> list[str]:
    """Return ``sentence`` cut at the items of ``listed`` it holds: the intro, then each
    item. A list whose marker the sentence splitter does not know (an en dash) comes as one
    sentence with its intro ("Ich erwarte von Ihnen: eine Stellungnahme ..., eine ...")."""
    if sentence in listed:
        return [sentence]
    starts = sorted(
        (sentence.find(item), item) for item in listed if item and sentence.find(item) > 0
    )
    if not starts:
        return [sentence]
    pieces = [sentence[: starts[0][0]].rstrip(" \t-*\u2022\u00b7\u2013\u2014")]
    pieces += [item for _, item in starts]
    return [piece for piece in pieces if piece.strip()]


#: A list item: "- ", "* ", "• ", "1. ", "2) ", "a) ", "(a) ".
_ITEM = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)]|[a-e]\)|\((?:[a-e]|\d{1,2})\))\s+")


def leads_into_asks(line: str, language: str) -> bool:
    """Tell whether ``line`` (a lead-in ending in ":") holds one of the language's request
    leads ("I would ask you to send:", "je vous remercie de me faire parvenir :"), not only a
    word for a list ("A few things:")."""
    return bool(ask_cues(language)["lead"].search(line))


def _introduces(line: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether ``line`` introduces a list of asks: it ends in ":" and holds a request
    lead or a list intro ("I therefore ask for the following:", "Mi servono:"), or it ends
    unfinished, on a word, with a request lead in its last clause ("Damit ich das intern
    vertreten kann, bitte ich Sie um", "I would ask you for", "Ich fordere Sie auf,")."""
    if line.endswith(":"):
        return bool(cues["lead"].search(line) or cues["list_intro"].search(line))
    if not (line[-1:].isalpha() or line.endswith(",")):
        return False
    clause = re.split(r"[.!?;,]\s", line.rstrip(","))[-1]
    return bool(cues["lead"].search(clause))


#: A word that counts (every language's ``counting_words``: "zweitens", "secondly",
#: "deuxièmement", "segundo", "ten tweede"), unlike "außerdem", "ensuite" or "además".
_COUNTING = re.compile(rf"(?i)(?:{lang.alternation('counting_words')})\b")

#: How many sentences a counted list in prose runs on from its lead-in.
_COUNTED_ITEMS = 4


def counted_items(sentences: list[str], language: str) -> tuple[list[str], frozenset[str]]:
    """Return ``sentences`` with the items of a list told in prose stripped of their opener,
    and those items: after a sentence with a request lead and a list intro ("Le pido dos
    cosas.", "I need two things."), each of the next :data:`_COUNTED_ITEMS` sentences that
    opens with one of the language's ``ordinal_openers`` ("La primera, una fecha de entrega
    firme.", "Secondly, ..."; after a first item, with no comma too: "Zweitens bis morgen
    früh eine schriftliche Erklärung") is an item, asked without a lead of its own; a lead-in
    with its first item after its colon ("Was ich will: Erstens, dass es heute läuft.") is
    cut there
    (:func:`assistant.checks.asks.extract_asks` reads it as listed). A lead that is negated
    or announces ("Quiero decirle dos cosas.": :func:`assistant.checks._ask_leads.asking_lead`)
    asks for no items."""
    cues = ask_cues(language)
    out: list[str] = []
    items: set[str] = set()
    left = 0
    counted = False  # an item of this list was read: the next opener needs no comma
    for sentence in sentences:
        text = sentence.strip()
        intro, colon, first = text.partition(": ")
        if colon and cues["ordinal"].match(first) and _asks_for_things(intro + ":", cues):
            out.append(intro + ":")  # "Was ich will: Erstens, dass es heute … läuft."
            text, left = first, _COUNTED_ITEMS
        opener = cues["ordinal"].match(text)
        after = text[opener.end() : opener.end() + 1] if opener else ""
        # with no comma, only a counting word ("Zweitens bis morgen früh …"), not "Außerdem ist"
        spaced = counted and after == " " and opener is not None and _COUNTING.search(opener[0])
        if left and opener and (after in (",", ":") or spaced):
            rest = text[opener.end() + 1 :].strip()
            text = rest[:1].upper() + rest[1:]
            items.add(text)
            left -= 1
            counted = True
        elif _asks_for_things(text, cues):
            left, counted = _COUNTED_ITEMS, False
        else:
            left, counted = 0, False
        out.append(text)
    return out, frozenset(items)


def _asks_for_things(text: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether ``text`` asks for a list with a request lead that asks
    (:func:`assistant.checks._ask_leads.asking_lead`) and a list intro ("I need two things")
    or a colon that ends it ("Was ich will:")."""
    lead = cues["lead"].search(text)
    intro = text.endswith(":") or cues["list_intro"].search(text)
    return bool(lead and asking_lead(text, lead, cues) and intro)


def listed_asks(text: str, language: str) -> frozenset[str]:
    """Return the sentences of the items of each list in ``text`` (the client's new text)
    that a line introduces as requests: one ending in ":" with a request lead or one of the
    language's ``list_intros`` ("I therefore ask for the following:", "Mijn verzoeken:",
    "Mi servono:"), or one ending unfinished on a word with a request lead in its last clause
    ("Damit ich das intern vertreten kann, bitte ich Sie um"). An item runs to the next item
    or a blank line; a list ends at a line that is no item after a blank line. Each item is
    its sentences as :func:`assistant.drafting.concerns.split_sentences` gives them (wrapped
    lines joined, the marker gone) joined by a space, so that :func:`extract_asks` reads it
    whole, without a lead of its own.
    """
    cues = ask_cues(language)
    items: list[str] = []
    intro = False
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(">"):
            continue
        marker = _ITEM.match(line)
        if intro and marker:
            if current:
                items.append(" ".join(current))
            current = [line[marker.end() :]]
            continue
        if intro and line and current:
            current.append(line)  # an item wrapped over two lines
            continue
        if current:
            items.append(" ".join(current))
            current = []
        if line:
            intro = _introduces(line, cues)
    if current:
        items.append(" ".join(current))
    return frozenset(
        " ".join(split_paragraph(" ".join(item.split()))) for item in items if item.strip()
    )
