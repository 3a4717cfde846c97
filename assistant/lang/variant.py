"""Which variety of its language the sender writes: European or Brazilian Portuguese.

A formal reply follows the sender's variety (PLAYBOOK.md, "In the sender's language and
register"): "a sua equipa", "Com os melhores cumprimentos" to Lisbon, "a sua equipe",
"Atenciosamente" to São Paulo.
"""

from __future__ import annotations

import re

from assistant import lang

#: What the sender's address under a variety's country domain (".br") counts, against one
#: for each cue of the text.
DOMAIN_WEIGHT = 2


def detect_variant(text: str, language: str, address: str = "") -> str:
    """Return the variety ``text`` is written in, as a BCP 47 tag ("pt-BR", "pt-PT"); "".

    Each word or phrase matching a variety's ``variant_cues`` (in its :mod:`assistant.lang`
    module) counts one, however often it is written; ``address`` (the sender's addr-spec)
    under the variety's country domain (``variant_domains``: "br") counts
    :data:`DOMAIN_WEIGHT`. The variety with the most wins; "" when ``language`` (ISO 639-1)
    has no varieties, nothing counts, or two tie. Pass the sign-off too: "Atenciosamente"
    and "Com os melhores cumprimentos" tell the variety.
    """
    known = lang.find(language)
    if known is None or not known.variant_cues:
        return ""
    domain = address.rpartition("@")[2].strip().rstrip(".").casefold()
    scores: dict[str, int] = {}
    for variant, cues in known.variant_cues.items():
        found = {match.group(0).casefold() for cue in cues for match in re.finditer(cue, text)}
        score = len(found)
        country = known.variant_domains.get(variant, "")
        if country and domain.endswith("." + country):
            score += DOMAIN_WEIGHT
        scores[variant] = score
    best = max(scores.values())
    leaders = [variant for variant, score in scores.items() if score == best]
    return leaders[0] if best and len(leaders) == 1 else ""
