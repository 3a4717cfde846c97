"""Which concern an offline draft restates first, and how (drafting/concerns.py,
drafting/offline.py; PLAYBOOK.md step 1: "restate their concerns in their own terms,
specifically"; "in our words, not by quoting them").

The cases in tests/data/concerns/<language>.toml are upset emails with side remarks before the
main point, the main point at the end, lists and long prose; each names the topic the first
restated concern must be about (``central``) and what no restated concern may hold (``never``:
small talk, praise, asks, threats).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.concerns import condense, rank_concerns
from assistant.drafting.voice import in_our_voice

CASES = Path(__file__).parent / "data" / "concerns"


def _cases() -> list[Any]:
    return [
        pytest.param(case, id=f"{path.stem}-{case['name']}")
        for path in sorted(CASES.glob("*.toml"))
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize("case", _cases())
def test_the_central_concern_comes_first_in_our_words(case: dict[str, Any], tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path), case["from"], case["body"], subject=case["subject"]
    )
    found = draft.notes["understand"].removeprefix("Concerns found in the new text: ")
    concerns = found.split(" | ")
    first = concerns[0]
    assert re.search(case["central"], first), concerns
    assert first in draft.body
    assert all(
        draft.body.index(first) < draft.body.index(c) for c in concerns[1:] if c in draft.body
    )
    for concern in concerns:
        assert not re.search(case["never"], concern), concern
        assert _words(concern) not in _words(case["body"]), f"quoted back: {concern}"
        assert not re.search(r"[!?]|\b[A-ZÄÖÜ]{4,}\b", concern), concern


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If the invoice is not corrected, our solicitor will be in touch."),
        ("de", "Wenn das nicht geklärt wird, schalte ich meinen Anwalt ein."),
        ("fr", "Si la facture n'est pas corrigée, je transmets le dossier à notre avocat."),
        ("es", "Si no se corrige la factura, lo pasaré a mi abogado."),
        ("it", "Se la fattura non viene corretta, passo tutto al mio avvocato."),
        ("nl", "Als de factuur niet wordt aangepast, stuur ik het door naar mijn advocaat."),
        ("pt", "Se a fatura não for corrigida, passo o assunto ao meu advogado."),
        ("en", "I hope you had a good trip back from the conference."),
        ("es", "Espero que la mudanza a la nueva oficina haya ido bien."),
        ("de", "Ich hoffe, Ihr Umzug in das neue Büro ist gut verlaufen."),
        ("en", "A few things, and I am not in a good mood:"),
    ],
)
def test_threats_small_talk_and_a_lists_lead_in_are_never_restated(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence", "gone"),
    [
        ("en", "The pages went live a week late, which is absolutely unacceptable!!!", "unaccept"),
        ("en", "The report was completely wrong again.", "completely"),
        ("fr", "Le site a été totalement hors ligne, c'est inadmissible !", "inadmissible"),
        ("es", "Hemos perdido varios días de reservas, ¡es increíble!", "increíble"),
        ("it", "Il sito è rimasto davvero offline per due giorni, è assurdo!", "assurdo"),
        (
            "nl",
            "De nieuwsbrief ging echt twee weken te laat de deur uit, belachelijk!",
            "belachelijk",
        ),
        ("pt", "Já perdemos vários dias de reservas, é inacreditável!", "inacreditável"),
        (
            "de",
            "Der Bericht kam wirklich drei Wochen zu spät, das ist inakzeptabel!",
            "inakzeptabel",
        ),
    ],
)
def test_their_intensifiers_and_verdicts_are_not_restated(
    language: str, sentence: str, gone: str
) -> None:
    condensed = condense(sentence, language)
    assert condensed and gone not in condensed.casefold() and "!" not in condensed
    assert not re.search(
        r"(?i)\b(?:absolutely|completely|totalement|davvero|echt|wirklich)\b", condensed
    )


def test_a_point_no_pronoun_turns_is_reported_not_quoted() -> None:
    sentence = "The landing pages for the autumn sale went live a week late."
    assert in_our_voice(sentence, "en") == (
        "You tell me that the landing pages for the autumn sale went live a week late."
    )
    # German and Dutch keep the sentence's own word order after the frame; a noun keeps its capital.
    assert in_our_voice("Rechnung und Bericht passen nicht zusammen.", "de") == (
        "Sie schreiben, Rechnung und Bericht passen nicht zusammen."
    )
    assert in_our_voice("De nieuwsbrief ging te laat de deur uit.", "nl", informal=True) == (
        "Je geeft aan: de nieuwsbrief ging te laat de deur uit."
    )
    # A name at the start keeps its capital; French "que" elides.
    assert in_our_voice(
        "Google affiche encore les anciens horaires.", "fr", text="Chez Google, rien."
    ) == ("Vous me signalez que Google affiche encore les anciens horaires.")
    assert in_our_voice("Il manque deux pages au rapport.", "fr") == (
        "Vous me signalez qu'il manque deux pages au rapport."
    )


def test_the_subject_line_decides_between_two_complaints() -> None:
    text = (
        "The newsletter went out with a broken link again. The October invoice charges 32 "
        "hours, the report shows 18."
    )
    assert "invoice" in rank_concerns(text, "en", subject="Invoice for October")[0]
    assert "newsletter" in rank_concerns(text, "en", subject="Newsletter")[0]


@pytest.mark.parametrize(
    ("language", "text", "central"),
    [
        (
            "de",
            "Sam,\n\nernsthaft?? Seit heute früh zählt GA4 bei uns NULL Bestellungen. Ich hab echt "
            "keinen Bock mehr auf diese Bastelei.\n\nJonas",
            "Seit heute früh zählt GA4 bei",
        ),
        (
            "en",
            "Sam,\n\nThe dashboard has shown zero orders since 7:40 this morning. Honestly.\n\nDan",
            "The dashboard has shown zero orders",
        ),
        (
            "es",
            "Hola:\n\nLa tienda lleva desde ayer con cero ventas en el panel.\n\nCarla",
            "La tienda lleva desde ayer con cero ventas",
        ),
    ],
)
def test_a_count_of_zero_is_the_concern_and_a_jibe_at_our_work_is_not(
    language: str, text: str, central: str
) -> None:
    chosen = rank_concerns(text, language)
    assert chosen and chosen[0].startswith(central), chosen
    assert not any("Bastelei" in c for c in chosen)
