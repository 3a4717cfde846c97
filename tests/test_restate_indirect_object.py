"""An Italian "mi" before a verb whose object is indirect ("mi avete risposto", "mi aveva
promesso") is our "Le" for a Lei-writer (PLAYBOOK.md step 1, "in our words"): a review found
"Mi avete risposto una volta sola, con un messaggio automatico" left out of a draft that then
restated nothing of the complaint."""

from __future__ import annotations

import pytest

from assistant.drafting.voice import restate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mi avete risposto una volta sola, con un messaggio automatico.",
            "Le abbiamo risposto una volta sola, con un messaggio automatico.",
        ),
        ("Nessuno mi ha mai risposto.", "Nessuno Le ha mai risposto."),
        (
            "Il vostro collega mi aveva promesso il report per lunedì.",
            "Il nostro collega Le aveva promesso il report per lunedì.",
        ),
        # A direct object would be "La" and its participle agrees: left out.
        ("Mi avete ignorata per tre settimane.", ""),
        # A last clause our voice cannot turn keeps the sentence out: what is left may praise.
        (
            "Abbiamo mandato tre email al vostro supporto la settimana scorsa e nessuno si è "
            "degnato di rispondermi.",
            "",
        ),
    ],
)
def test_an_italian_indirect_object_is_our_le(sentence: str, expected: str) -> None:
    assert restate(sentence, "it", informal=False) == expected
