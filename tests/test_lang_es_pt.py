"""Spanish and Portuguese drafts: calls refused, insults, asks, register, our voice, ask names.

Each case drafts a reply offline from a whole email (as ``draft-reply --offline`` does) and
reads the body and the asks. Portuguese covers both European (tu, "a vossa equipa") and
Brazilian (você) writers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.asks import refuses_calls
from assistant.checks.tone import assess
from assistant.config import Settings
from assistant.drafting.concerns import condense
from assistant.drafting.draft import Draft
from assistant.drafting.voice import restate

SENT = "Fri, 04 Dec 2026 09:15:00 +0000"
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
THURSDAY = date(2026, 12, 10)

ES_TU = """Hola,

me prometiste el informe para el lunes y nada. Quiero que me devuelvas el dinero.
¿Podemos quedar el jueves?

Pablo"""

ES_USTED = """Estimados señores:

Ustedes han vuelto a incumplir el plazo del informe. Es inaceptable. Solicito un reembolso
de 600 EUR y una respuesta por escrito antes del 14 de diciembre. No me llamen, por favor.

Atentamente,
Carmen García"""

PT_TU = """Olá,

prometeste-me o relatório para segunda e nada. Quero o meu dinheiro de volta.
Podemos encontrar-nos na quinta?

João"""

PT_FORMAL = """Prezados senhores,

A vossa equipa voltou a falhar o prazo do relatório. É inaceitável. Solicito o reembolso de
500 EUR e uma resposta por escrito até 14 de dezembro. Por favor, não me telefonem.

Com os melhores cumprimentos,
Ana Souza"""

PT_VOCE = """Oi Sam,

O relatório de novembro atrasou de novo e você nem avisou. Preciso dos números para fechar o mês.

Podemos marcar uma reunião na quinta-feira?

Abraço,
Rafael"""


def _draft(settings: Settings, body: str, name: str, subject: str = "Reclamação") -> Draft:
    return draft_email(
        settings,
        f"{name} <cliente@cliente.example>",
        body,
        subject=subject,
        to="Sam Carter <sam@agencia.example>",
        message_id="<es-pt@cliente.example>",
    )


@pytest.fixture
def offline(tmp_path: Path) -> Settings:
    return offline_settings(tmp_path)


def _kinds(draft: Draft) -> list[tuple[str, date | None]]:
    return [(ask.kind, ask.due) for ask in draft.asks]


def _checks(draft: Draft) -> list[str]:
    return [w for w in draft.warnings if w.startswith("check before sending")]


# 1. A refusal of calls is no meeting ask, and no call is offered.

ES_REFUSALS = [
    "Por favor, no me llamen por teléfono.",
    "No me llame, por favor.",
    "No me llames.",
    "No me llaméis.",
    "Nada de llamadas, por favor.",
    "Sin llamadas, por favor.",
    "Prefiero que no me llamen.",
    "Prefiero que no me llames.",
    "Por teléfono no, gracias.",
    "No hace falta que me llamen.",
]
PT_REFUSALS = [
    "Por favor, não me telefonem.",
    "Não me liguem.",
    "Não me ligue, por favor.",
    "Não me ligues.",
    "Não me telefones.",
    "Nada de chamadas, por favor.",
    "Prefiro que não me liguem.",
    "Sem telefonemas, por favor.",
    "Por telefone não, obrigado.",
    "Não é preciso ligar-me.",
]


@pytest.mark.parametrize("refusal", ES_REFUSALS)
def test_a_spanish_refusal_of_calls_is_no_meeting_ask(offline: Settings, refusal: str) -> None:
    assert refuses_calls(refusal, "es")
    body = (
        f"Buenos días:\n\nHan incumplido el plazo. {refusal} Quiero la respuesta por escrito."
        "\n\nCarmen García"
    )
    draft = _draft(offline, body, "Carmen García")
    assert [kind for kind, _ in _kinds(draft)] == ["written"]
    assert "conversación" not in draft.body and "llamada" not in draft.body
    assert not _checks(draft), draft.warnings


@pytest.mark.parametrize("refusal", PT_REFUSALS)
def test_a_portuguese_refusal_of_calls_is_no_meeting_ask(offline: Settings, refusal: str) -> None:
    assert refuses_calls(refusal, "pt")
    body = f"Bom dia,\n\nFalharam o prazo. {refusal} Quero uma resposta por escrito.\n\nAna Souza"
    draft = _draft(offline, body, "Ana Souza")
    assert [kind for kind, _ in _kinds(draft)] == ["written"]
    assert "conversa" not in draft.body and "chamada" not in draft.body
    assert not _checks(draft), draft.warnings


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Nadie nos llamó para avisar del retraso."),
        ("es", "No contestan al teléfono y no recibimos ninguna llamada."),
        ("pt", "Ninguém nos ligou a avisar do atraso."),
        ("pt", "Não atendem o telefone e não recebemos nenhuma chamada."),
    ],
)
def test_a_complaint_about_calls_is_no_refusal(language: str, sentence: str) -> None:
    assert not refuses_calls(sentence, language)


def test_a_meeting_ask_stays_when_the_client_only_complains_about_calls(
    offline: Settings,
) -> None:
    body = "Hola,\n\nnadie me llamó para avisar del retraso. ¿Podemos hablar el jueves?\n\nPablo"
    draft = _draft(offline, body, "Pablo Ruiz")
    assert _kinds(draft) == [("meeting", THURSDAY)]


# 2. Insults are not restated.


@pytest.mark.parametrize(
    ("language", "sentence", "insult"),
    [
        ("es", "Sois unos payasos, el informe llegó tarde otra vez.", "payasos"),
        ("es", "El informe de octubre es una basura y llegó tarde.", "basura"),
        ("es", "La web nueva es una porquería y sigue caída.", "porquería"),
        ("es", "Lo de la campaña de noviembre es una tomadura de pelo.", "tomadura de pelo"),
        ("es", "El retraso del informe de octubre es una vergüenza.", "vergüenza"),
        ("es", "Son unos inútiles, la web lleva caída desde el sábado.", "inútiles"),
        ("pt", "São uns palhaços, o relatório atrasou outra vez.", "palhaços"),
        ("pt", "O relatório de outubro é um lixo e chegou atrasado.", "lixo"),
        ("pt", "O site novo é uma porcaria e continua em baixo.", "porcaria"),
        ("pt", "Esse atraso no relatório de outubro é uma piada.", "piada"),
        ("pt", "O atraso do relatório de outubro é uma vergonha.", "vergonha"),
    ],
)
def test_a_sentence_with_an_insult_is_not_restated(
    language: str, sentence: str, insult: str
) -> None:
    assert condense(sentence, language) == ""
    assert any(p.kind == "insult" for p in assess(sentence, language).phrases)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El filtro de correo basura bloqueó la factura de octubre."),
        ("es", "La presentación tenía una broma sobre el equipo de ventas."),
        ("es", "Los payasos del anuncio de Navidad gustaron mucho."),
        ("pt", "A recolha do lixo foi tema da campanha de outubro."),
        ("pt", "O filtro de spam bloqueou a fatura de outubro."),
    ],
)
def test_ordinary_business_sentences_are_no_insult(language: str, sentence: str) -> None:
    assert not any(p.kind in ("insult", "profanity") for p in assess(sentence, language).phrases)


def test_an_insulting_email_is_answered_without_the_insult(offline: Settings) -> None:
    body = (
        "Hola Sam,\n\nsois unos payasos. El informe de octubre es una basura y llegó tarde otra "
        "vez. La web lleva caída desde el sábado y nadie me avisó.\n\nPablo"
    )
    draft = _draft(offline, body, "Pablo Ruiz")
    assert "payasos" not in draft.body and "basura" not in draft.body
    assert "- Según me cuentas, la web lleva caída desde el sábado y nadie te avisó." in draft.body


# 3. Asks that were missed, and each date goes to the ask it stands by.


@pytest.mark.parametrize(
    ("language", "body", "name", "asks"),
    [
        ("pt", "Olá,\n\nquero o meu dinheiro de volta.\n\nJoão", "João Lima", [("refund", None)]),
        (
            "pt",
            "Olá,\n\no relatório atrasou. Podemos encontrar-nos na quinta-feira?\n\nJoão",
            "João Lima",
            [("meeting", THURSDAY)],
        ),
        (
            "pt",
            "Olá,\n\no relatório atrasou outra vez. Podemos marcar uma reunião?\n\nJoão",
            "João Lima",
            [("meeting", None)],
        ),
        (
            "es",
            "Hola,\n\nel informe llegó tarde. ¿Podemos quedar el jueves?\n\nPablo",
            "Pablo Ruiz",
            [("meeting", THURSDAY)],
        ),
        (
            "es",
            "Hola,\n\nel informe llegó tarde otra vez. ¿Nos vemos el jueves?\n\nPablo",
            "Pablo Ruiz",
            [("meeting", THURSDAY)],
        ),
        (
            "es",
            "Hola,\n\nla web sigue caída. Quiero que me devuelvas el dinero.\n\nPablo",
            "Pablo Ruiz",
            [("refund", None)],
        ),
        ("es", ES_TU, "Pablo Ruiz", [("refund", None), ("meeting", THURSDAY)]),
        ("pt", PT_VOCE, "Rafael Lima", [("meeting", THURSDAY)]),
    ],
)
def test_asks_are_read_with_their_dates(
    offline: Settings, language: str, body: str, name: str, asks: list[tuple[str, date | None]]
) -> None:
    draft = _draft(offline, body, name)
    assert draft.language == language
    assert sorted(_kinds(draft), key=str) == sorted(asks, key=str)
    assert not _checks(draft), draft.warnings


def test_a_european_refund_and_meeting_are_both_read(offline: Settings) -> None:
    draft = _draft(offline, PT_TU, "João Lima")
    assert [kind for kind, _ in _kinds(draft)] == ["refund", "meeting"]
    assert not _checks(draft), draft.warnings


def test_a_weekday_without_feira_is_a_date(offline: Settings) -> None:
    assert _kinds(_draft(offline, PT_TU, "João Lima")) == [("refund", None), ("meeting", THURSDAY)]


def test_the_meeting_gets_the_thursday_not_the_refund(offline: Settings) -> None:
    draft = _draft(offline, ES_TU, "Pablo Ruiz")
    assert "el jueves 10 de diciembre" in draft.body
    refund = next(line for line in draft.body.splitlines() if line.startswith("Sobre"))
    assert "jueves" not in refund


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("es", "Hola Sam,\n\nGracias, me parece bien. Nos vemos el jueves.\n\nPablo", "Pablo Ruiz"),
        ("pt", "Olá Sam,\n\nObrigado, para mim está ótimo. Até quinta.\n\nJoão", "João Lima"),
    ],
)
def test_a_confirmation_is_no_ask(offline: Settings, language: str, body: str, name: str) -> None:
    assert _draft(offline, body, name).asks == ()


# 4. Register: tu, você and formal Portuguese; the formal greeting names the whole name.


def test_a_european_tu_writer_is_answered_in_tu(offline: Settings) -> None:
    draft = _draft(offline, PT_TU, "João Lima")
    body = draft.body
    assert body.startswith("Olá João,\n")
    assert "você" not in body.lower() and "seu " not in body and "sua " not in body
    assert any(form in body for form in (" te ", "-te ", " tua ", " teu ", " tens ", " podes "))
    assert body.rstrip().endswith("Um abraço,\nSam")
    assert not _checks(draft), draft.warnings


def test_a_lisbon_tu_writer_who_says_voces_to_the_agency_is_answered_in_tu(
    offline: Settings,
) -> None:
    body = (
        "Sam,\n\nTinhas-me prometido que o site com o menu de Natal ficava pronto até quarta. "
        "Estamos a sexta à noite e continua tudo igual. Sinceramente, estou farto de andar "
        "atrás de vocês.\n\nE diz-me quem é que está a tratar disto.\n\nAbraço,\nTiago"
    )
    draft = _draft(offline, body, "Tiago Moreira")
    assert draft.body.startswith("Olá Tiago,\n"), draft.body
    assert "você" not in draft.body.lower() and "Oi " not in draft.body


def test_a_brazilian_voce_writer_is_answered_with_voce(offline: Settings) -> None:
    draft = _draft(offline, PT_VOCE, "Rafael Lima")
    body = draft.body
    assert body.startswith("Oi Rafael,\n")
    assert (
        "- Pelo que li, o relatório de novembro atrasou de novo sem qualquer aviso da nossa parte."
        in body
    )
    assert "você" in body
    for form in (" tu ", " teu ", " tua ", "-te ", " tens ", " podes ", " queres "):
        assert form not in body, form
    assert not _checks(draft), draft.warnings


def test_a_formal_portuguese_email_gets_a_formal_greeting_and_closing(offline: Settings) -> None:
    draft = _draft(offline, PT_FORMAL, "Ana Souza")
    body = draft.body
    assert body.startswith("Bom dia, Ana Souza,\n")
    assert "Olá" not in body and "você" not in body.lower()
    assert body.rstrip().endswith("Com os melhores cumprimentos,\nSam Carter")
    assert not _checks(draft), draft.warnings


def test_a_formal_brazilian_email_closes_atenciosamente(offline: Settings) -> None:
    body = (
        "Prezado Sr. Carter,\n\nA campanha de outubro ficou uma semana no ar com o preço errado, "
        "e ninguém da sua equipe percebeu. Solicito uma resposta por escrito.\n\n"
        "Atenciosamente,\nAna Souza"
    )
    draft = _draft(offline, body, "Ana Souza")
    assert draft.body.startswith("Olá, Ana Souza,\n")
    assert draft.body.rstrip().endswith("Atenciosamente,\nSam Carter")
    assert (
        "- Pelo que me diz, a campanha de outubro ficou uma semana no ar com o preço errado"
        in draft.body
    )
    assert "ninguém da nossa equipe percebeu" in draft.body


def test_a_formal_spanish_greeting_names_the_whole_name(offline: Settings) -> None:
    draft = _draft(offline, ES_USTED, "Carmen García")
    assert draft.body.startswith("Buenos días, Carmen García:\n")
    assert draft.body.rstrip().endswith("Atentamente,\nSam Carter")


# 5. Concerns in our voice, or left out.


def test_concerns_are_restated_in_our_voice(offline: Settings) -> None:
    assert (
        "- Hemos vuelto a incumplir el plazo del informe."
        in _draft(offline, ES_USTED, "Carmen García").body
    )
    assert (
        "- Te prometí el informe para el lunes y no llegó."
        in _draft(offline, ES_TU, "Pablo Ruiz").body
    )
    assert (
        "- Pelo que me diz, a nossa equipa voltou a falhar o prazo do relatório."
        in _draft(offline, PT_FORMAL, "Ana Souza").body
    )
    tu = _draft(offline, PT_TU, "João Lima").body
    assert "- Prometi-te o relatório para segunda e não chegou." in tu
    assert "rometeste" not in tu


@pytest.mark.parametrize(
    ("language", "sentence", "informal", "ours"),
    [
        (
            "es",
            "Ustedes han vuelto a incumplir el plazo.",
            False,
            "Hemos vuelto a incumplir el plazo.",
        ),
        (
            "es",
            "Su equipo no respondió en tres semanas.",
            False,
            "Nuestro equipo no respondió en tres semanas.",
        ),
        (
            "es",
            "Su agencia entregó tarde nuestro informe.",
            False,
            "Nuestra agencia entregó tarde su informe.",
        ),
        (
            "es",
            "Han incumplido el plazo del informe.",
            False,
            "Hemos incumplido el plazo del informe.",
        ),
        ("es", "Los informes han llegado tarde.", False, "Los informes han llegado tarde."),
        ("es", "Todavía no lo hemos recibido.", False, "Todavía no lo han recibido."),
        (
            "es",
            "Me prometieron el informe para el lunes.",
            False,
            "Le prometimos el informe para el lunes.",
        ),
        ("es", "Esperé tres semanas.", False, "Esperó tres semanas."),
        ("es", "Le pedí el informe hace tres semanas.", False, ""),
        (
            "es",
            "Tu agencia entregó tarde mi informe.",
            True,
            "Nuestra agencia entregó tarde tu informe.",
        ),
        (
            "es",
            "Vuestra web lleva caída desde el sábado.",
            True,
            "Nuestra web lleva caída desde el sábado.",
        ),
        ("es", "Has vuelto a fallar con el informe.", True, "He vuelto a fallar con el informe."),
        (
            "es",
            "Habéis vuelto a fallar con el informe.",
            True,
            "Hemos vuelto a fallar con el informe.",
        ),
        ("es", "Nadie me avisó del cambio.", True, "Nadie te avisó del cambio."),
        ("es", "Tu gente tardó una semana.", True, "Nuestra gente tardó una semana."),
        ("es", "Tu chico de soporte tardó una semana.", True, ""),
        (
            "es",
            "Pedí el informe y nada de respuesta.",
            True,
            "Pediste el informe y nada de respuesta.",
        ),
        ("es", "Llevamos tres semanas esperando.", True, "Llevas tres semanas esperando."),
        ("es", "No me respondieron en tres semanas.", False, ""),
        (
            "es",
            "La web se cayó el sábado y no nos avisaron.",
            False,
            "La web se cayó el sábado sin ningún aviso por nuestra parte.",
        ),
        (
            "es",
            "Su técnico nos dijo que estaría arreglado el viernes y seguimos igual.",
            False,
            "Nuestro técnico le dijo que estaría arreglado el viernes y siguen igual.",
        ),
        (
            "pt",
            "A vossa equipa voltou a falhar o prazo.",
            False,
            "A nossa equipa voltou a falhar o prazo.",
        ),
        (
            "pt",
            "Ninguém da sua equipe percebeu o erro.",
            False,
            "Ninguém da nossa equipe percebeu o erro.",
        ),
        (
            "pt",
            "O nosso site esteve em baixo dois dias.",
            False,
            "O seu site esteve em baixo dois dias.",
        ),
        (
            "pt",
            "Prometeram-me o relatório para segunda.",
            False,
            "Prometemos-lhe o relatório para segunda.",
        ),
        (
            "pt",
            "Esperei três semanas pelo relatório.",
            False,
            "Esperou três semanas pelo relatório.",
        ),
        ("pt", "Vocês nunca respondem aos e-mails.", False, ""),
        (
            "pt",
            "Prometeste-me o relatório para segunda e nada.",
            True,
            "Prometi-te o relatório para segunda e não chegou.",
        ),
        (
            "pt",
            "O teu site esteve em baixo dois dias.",
            True,
            "O nosso site esteve em baixo dois dias.",
        ),
        (
            "pt",
            "O nosso site esteve em baixo dois dias.",
            True,
            "O site esteve em baixo dois dias.",
        ),
        (
            "pt",
            "Esperámos três semanas pelo relatório.",
            True,
            "Esperaram três semanas pelo relatório.",
        ),
        ("pt", "Tu não respondes aos e-mails.", True, ""),
        (
            "pt",
            "Os relatórios chegaram atrasados nos últimos meses.",
            False,
            "Os relatórios chegaram atrasados nos últimos meses.",
        ),
        ("pt", "O relatório nunca nos chegou.", False, ""),
        (
            "pt",
            "A vossa equipa enviou-nos números errados e ninguém nos avisou.",
            False,
            "A nossa equipa enviou-lhes números errados sem qualquer aviso da nossa parte.",
        ),
        ("pt", "A sua equipe levou uma semana e eu esperei.", False, ""),
    ],
)
def test_restate_in_our_voice_or_leave_out(
    language: str, sentence: str, informal: bool, ours: str
) -> None:
    assert restate(sentence, language, informal=informal) == ours


# 6. An ask is named by a noun phrase, never by a fragment of the client's verb.


def test_a_refund_ask_is_named_by_a_noun_phrase(offline: Settings) -> None:
    tu = _draft(offline, ES_TU, "Pablo Ruiz")
    assert "(devuelvas" not in tu.body
    assert "Sobre tu petición de que te devolvamos el dinero:" in tu.body
    usted = _draft(offline, ES_USTED, "Carmen García")
    assert "Sobre su petición de reembolso (600 EUR):" in usted.body
    pt_tu = _draft(offline, PT_TU, "João Lima")
    assert "Quanto ao dinheiro que me pedes de volta:" in pt_tu.body
    formal = _draft(offline, PT_FORMAL, "Ana Souza")
    assert "Quanto ao seu pedido de reembolso (500 EUR):" in formal.body
    for draft in (tu, usted, pt_tu, formal):
        assert not any("promise" in w for w in draft.warnings), draft.warnings


# 7. A polite follow-up is thanked, not answered as a complaint.


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("es", "Hola Sam,\n\nGracias, me parece bien. Nos vemos el jueves.\n\nPablo", "Pablo Ruiz"),
        (
            "es",
            "Estimado Sr. Carter:\n\nMuchas gracias por la información. Me parece todo correcto y "
            "así se lo comunicaré a mi equipo.\n\nAtentamente,\nCarmen García",
            "Carmen García",
        ),
        ("pt", "Olá Sam,\n\nObrigado, para mim está ótimo.\n\nJoão", "João Lima"),
        (
            "pt",
            "Prezado Sr. Carter,\n\nObrigada pelas informações. Para mim está tudo certo e vou "
            "comunicar isso à minha equipe.\n\nAtenciosamente,\nAna Souza",
            "Ana Souza",
        ),
    ],
)
def test_a_polite_follow_up_gets_a_plain_thanks(
    offline: Settings, language: str, body: str, name: str
) -> None:
    draft = _draft(offline, body, name, subject="Re: Jueves")
    assert draft.language == language
    text = draft.body.lower()
    for presumes in (
        "franc",
        "franqueza",
        "a la altura",
        "à altura",
        "ha fallado",
        "falhou",
        "correu mal",
        "deu errado",
        "otros proveedores",
        "outros fornecedores",
    ):
        assert presumes not in text, presumes
    assert "gracias" in text or "agradeço" in text


# What each ask is called, and a Latin American "ustedes".


def test_asks_are_named_as_the_client_named_them(offline: Settings) -> None:
    body = (
        "Hola Sam:\n\nVuestra agencia nos subió la tarifa en septiembre y los informes siguen "
        "llegando tarde.\n\n¿Me puedes mandar el desglose de horas de octubre antes del viernes?"
        " Y quiero hablar con tu jefe.\n\nMarta"
    )
    draft = _draft(offline, body, "Marta López")
    assert (
        "Me pides el desglose de horas de octubre para el viernes 11 de diciembre: te responderé"
        in draft.body
    )
    assert "Propones que hablemos con nuestro jefe" in draft.body  # who, in our voice
    assert "- Según me cuentas, nuestra agencia te subió la tarifa en septiembre" in draft.body
    call = _draft(
        offline, "Olá Carla,\n\no site caiu outra vez. Liga-me amanhã.\n\nCarla", "Carla Nunes"
    )
    assert "Pedes-me um telefonema" in call.body


def test_a_latin_american_ustedes_is_no_formal_address(offline: Settings) -> None:
    body = (
        "Hola Sam,\n\nustedes me prometieron el reporte de noviembre para el lunes y nada.\n\n"
        "Saludos,\nDiego"
    )
    draft = _draft(offline, body, "Diego Hernández")
    assert draft.body.startswith("Hola, Diego:\n")
    assert "- Te prometimos el reporte de noviembre para el lunes y no llegó." in draft.body


def test_a_second_time_is_no_monday() -> None:
    from datetime import date

    from assistant.lang.dates import find_dates

    assert find_dates("Falharam pela segunda vez.", "pt", base=date(2026, 12, 4)) == []
    (found,) = find_dates("Podemos falar até segunda?", "pt", base=date(2026, 12, 4))
    assert found.day == date(2026, 12, 7)


def test_a_meeting_on_the_reply_by_day_is_confirmed_before_it(offline: Settings) -> None:
    draft = _draft(
        offline,
        "Hola Sam,\n\nel informe llegó tarde. Quiero una reunión el lunes.\n\nPablo",
        "Pablo Ruiz",
    )
    text = draft.body
    assert "el lunes 7 de diciembre: te confirmaré la hora antes de ese día." in text
