"""Brazilian and European Portuguese: a formal reply is written in the sender's variety.

Each case drafts a reply offline from a whole email (as ``draft-reply --offline`` does). A
Brazilian business reader finds European forms foreign ("Pede-me", "dar-lhe", "a sua equipa",
"Com os melhores cumprimentos"), and a Portuguese one the Brazilian forms; the variety is told
by the sender's words, sign-off and address (``.br``, ``.pt``), and a formal email that does
not tell it keeps the European formal register. The você register is Brazilian throughout.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from quality import load_cases, settings_for

from assistant.config import Settings
from assistant.drafting.draft import draft_reply
from assistant.drafting.offline import compose
from assistant.lang.variant import detect_variant
from assistant.mail.message import parse_email

#: Forms and words of European Portuguese that a Brazilian formal or você reply never holds.
EUROPEAN = (
    "Pede-me",
    "Pedes-me",
    "Propõe",
    "-lhe",
    "sabê-lo",
    "tê-la",
    "mostra-me",
    "Agradeço que me tenha",
    "que me tenha dito",
    "equipa",
    "registo",
    "facto",
    "contacto",
    "connosco",
    "estou a ",
    "Se bem entendi",
    "que isto",
    "destes",
    "eis ",
    "Dentro deste quadro",
    "prefiro perguntar a adivinhar",
    "resposta ponderada",
    "aquém",
    "direção",
    "chefia",
    "Bom dia",
    "Com os melhores cumprimentos",
)

BR_REFUND = """Prezado Sr. Carter,

Escrevo para registrar nossa insatisfação com o trabalho da sua equipe neste trimestre. O relatório de desempenho de outubro chegou com duas semanas de atraso e a planilha de custos veio com valores errados.

Solicito o reembolso de R$ 3.500 referente a outubro e o envio do relatório corrigido até sexta-feira, 11 de dezembro.

Fico no aguardo do seu retorno.

Atenciosamente,
Mariana Costa
Gerente de Marketing"""  # noqa: E501

BR_COMPETITOR = """Prezados,

Recebemos uma proposta da Agência Pixel Norte com um valor 20% menor e um cronograma de entregas mais curto. Estamos analisando seriamente a troca de fornecedor, porque os últimos três lançamentos saíram atrasados.

Gostaria de marcar uma reunião na quinta-feira, às 15h, para conversarmos sobre isso.

Atenciosamente,
Ricardo Almeida
Diretor Comercial"""  # noqa: E501

BR_LIST = """Prezada equipe,

O formulário de agendamento do site está fora do ar desde segunda-feira e estamos perdendo pacientes. Ninguém da equipe de vocês entrou em contato até agora.

Seguem nossas solicitações:
- o cronograma revisado do projeto até quarta-feira;
- uma explicação por escrito sobre o que aconteceu;
- que o formulário volte a funcionar até amanhã.

Atenciosamente,
Fernanda Ribeiro"""  # noqa: E501

BR_PRICE = """Prezados,

Recebemos o aviso de aumento de preços de 15% para 2027 e não vemos justificativa. O serviço continua o mesmo e os relatórios seguem chegando atrasados.

Solicito que o seu gerente entre em contato comigo, e peço uma decisão até o dia 15.

Quais são os critérios desse reajuste? E o que muda no atendimento?

Atenciosamente,
Juliana Prado"""  # noqa: E501

BR_VOCE = """Oi Sam,

Você tinha me prometido a planilha de resultados de novembro até ontem e até agora nada. Estou vendo que isso virou rotina, já é a terceira vez que atrasa.

Você pode me mandar o arquivo até segunda-feira? E preciso de um desconto na fatura deste mês.

Abs,
Carla"""  # noqa: E501

BR_THANKS = """Prezado Sam,

Recebi o material, obrigado. Está tudo certo.

Atenciosamente,
Paulo Mendes"""

EU_FORMAL = """Exma. Senhora / Exmo. Senhor,

A vossa equipa voltou a falhar o prazo do relatório trimestral. Estou a ver que ninguém nos contactou e tivemos de adiar a reunião da administração.

Solicito uma resposta por escrito até 11 de dezembro e o reembolso da mensalidade de novembro.

Com os melhores cumprimentos,
Teresa Matos"""  # noqa: E501

EU_CARO = """Caro Sam,

A campanha de Natal devia ter arrancado na segunda e continua parada. Estamos a perder vendas todos os dias e ninguém da vossa equipa entrou em contacto connosco.

Gostaria de uma reunião na quinta-feira para percebermos o que se passa. Preciso também do relatório de outubro.

Com os melhores cumprimentos,
Rui Ferreira"""  # noqa: E501


@pytest.fixture
def offline(tmp_path: Path) -> Settings:
    return offline_settings(tmp_path)


def _body(settings: Settings, sender: str, body: str, subject: str = "Reclamação") -> str:
    draft = draft_email(settings, sender, body, subject=subject)
    assert draft.language == "pt"
    assert not [w for w in draft.warnings if w.startswith("check before sending")], draft.warnings
    return draft.body


def _assert_brazilian(body: str) -> None:
    for form in EUROPEAN:
        assert form not in body, form


# 1. A Brazilian formal email is answered in Brazilian formal Portuguese.


def test_a_brazilian_refund_and_document_ask_are_answered_the_brazilian_way(
    offline: Settings,
) -> None:
    body = _body(offline, "Mariana Costa <mariana.costa@lojasaurora.com.br>", BR_REFUND)
    _assert_brazilian(body)
    assert body.startswith("Olá, Mariana Costa,\n\n")
    assert "Agradeço a clareza com que explicou o que deu errado e o que espera de nós." in body
    assert "Se entendi bem, foi isso que aconteceu:" in body
    assert "Lamento sinceramente os transtornos que isso lhe causou." in body
    assert (
        "Quanto ao seu pedido do reembolso de R$ 3.500 referente a outubro até sexta-feira, "
        "11 de dezembro: vou "
        "analisar o assunto e lhe enviar a nossa resposta por escrito até terça-feira, "
        "8 de dezembro;" in body
    )
    assert (
        "Quanto ao seu pedido do envio do relatório corrigido até sexta-feira, 11 de dezembro: "
        "vou lhe responder por escrito até terça-feira, 8 de dezembro." in body
    )
    assert "outros fornecedores" not in body  # a refund is no occasion to compare providers
    assert "resolver isso e vou lhe dizer com clareza o que pode mudar e quando." in body
    assert "Fico no aguardo do seu retorno." in body
    assert body.rstrip().endswith("Atenciosamente,\nSam Carter")


def test_a_brazilian_competitor_and_meeting_are_answered_the_brazilian_way(
    offline: Settings,
) -> None:
    # No .br address: "Prezados", "Estamos analisando" and "Atenciosamente" tell the variety.
    body = _body(offline, "Ricardo Almeida <ricardo@almeidaimoveis.example>", BR_COMPETITOR)
    _assert_brazilian(body)
    assert "Agradeço a franqueza com que me fala da proposta que recebeu." in body
    assert (
        "Quanto à sua proposta de uma reunião para quinta-feira, 10 de dezembro, às 15h: vou lhe "
        "confirmar esse horário até terça-feira, 8 de dezembro." in body
    )
    assert (
        "O que mais chamou a sua atenção na proposta da Pixel Norte, e em que ponto ficamos "
        "para trás?" in body
    )
    assert body.rstrip().endswith("Atenciosamente,\nSam Carter")


def test_a_brazilian_list_of_asks_is_answered_item_by_item(offline: Settings) -> None:
    body = _body(offline, "Fernanda Ribeiro <fernanda.ribeiro@clinicavida.com.br>", BR_LIST)
    _assert_brazilian(body)
    assert (
        "Agradeço por ter me explicado com tanta clareza o que está acontecendo."
        in body  # the site is down
    )
    assert (
        "Quanto ao seu pedido do cronograma revisado do projeto até quarta-feira, 9 de dezembro: "
        "vou lhe responder por escrito até terça-feira, 8 de dezembro." in body
    )
    assert (
        "Quanto ao seu pedido de uma explicação por escrito sobre o que aconteceu: vou lhe "
        "responder por escrito" in body
    )
    assert (
        "Entendo que o problema precisa ser resolvido até sábado, 5 de dezembro: isso já é a "
        "nossa prioridade, e vou lhe dizer por escrito, até sexta-feira, 4 de dezembro," in body
    )
    # the fix is due tomorrow: the question back asks what they need meanwhile
    assert (
        "Enquanto não voltar a funcionar, do que precisa mais da nossa parte, e para quando?"
        in body
    )


def test_a_brazilian_price_complaint_with_questions_and_a_senior_ask(offline: Settings) -> None:
    body = _body(offline, "Juliana Prado <juliana.prado@prado.com.br>", BR_PRICE)
    _assert_brazilian(body)
    assert (
        "Agradeço por ter falado diretamente comigo sobre o preço, em vez de deixar o assunto "
        "de lado." in body
    )
    assert "Se entendi bem, estes são os principais pontos da sua mensagem:" in body
    assert (
        "Sobre a decisão clara que solicitou até terça-feira, 15 de dezembro: vou enviá-la até "
        "terça-feira, 8 de dezembro." in body
    )
    assert (
        "Entendo que deseja que o nosso gerente acompanhe o caso: vou encaminhar a sua "
        "mensagem, e terá um retorno nosso até terça-feira, 8 de dezembro." in body
    )
    assert (
        "A sua mensagem também traz perguntas que merecem uma resposta cuidadosa: terá essas "
        "respostas até terça-feira, 8 de dezembro." in body
    )
    assert (
        "Com o que a sua empresa compara o nosso preço, e o que faria o serviço valer a pena?"
        in body
    )


def test_a_brazilian_thank_you_gets_a_brazilian_thanks(offline: Settings) -> None:
    sender = "Paulo Mendes <paulo.mendes@grupomendes.com.br>"
    body = _body(offline, sender, BR_THANKS, subject="Re: Material de dezembro")
    assert body == (
        "Olá, Paulo Mendes,\n\nAgradeço o seu retorno. Continuo à disposição para o que precisar."
        "\n\nAtenciosamente,\nSam Carter"
    )


def test_a_brazilian_salutation_from_the_client_book_greets_prezada(offline: Settings) -> None:
    raw = (
        "From: Mariana Costa <mariana.costa@lojasaurora.com.br>\nTo: sam@agencia.example\n"
        "Subject: Reclamação\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + BR_REFUND + "\n"
    )
    email = parse_email(raw.encode("utf-8"))
    contact = {"name": "Mariana Costa", "email": "", "role": "", "salutation": "Ms"}
    now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
    text = compose(email, settings=offline, now=now, context={"contact": contact}).text
    assert text.startswith("Prezada Sra. Costa,\n\nAgradeço a clareza com que explicou")
    _assert_brazilian(text)


@pytest.mark.parametrize(
    ("name", "facts_shown"), [("pt-br-formal-site", False), ("pt-br-formal-competitor", True)]
)
def test_the_record_and_facts_of_a_brazilian_reply_are_brazilian(
    name: str, facts_shown: bool, tmp_path: Path
) -> None:
    # The quality cases give a client book: work items, facts, and the shortened reply. The
    # site case is long: its step-3 fact goes before any of the client's own points does.
    case = next(case for case in load_cases() if case.name == name)
    settings = settings_for(case, tmp_path)
    now = parsedate_to_datetime(case.date)
    body = draft_reply(case.raw(), settings=settings, now=now).body
    _assert_brazilian(body)
    assert ("Quero ser transparente sobre a nossa situação." in body) is facts_shown
    assert (
        "Para não deixar nada de fora, segue o trabalho realizado para a sua empresa no período "
        "avaliado:"
        in body
        or "Como lembrete, segue parte do trabalho realizado no período:" in body
    )


def test_the_record_question_of_a_brazilian_reply(tmp_path: Path) -> None:
    case = next(case for case in load_cases() if case.name == "pt-br-formal-competitor")
    settings = settings_for(case, tmp_path)
    body = draft_reply(case.raw(), settings=settings, now=parsedate_to_datetime(case.date)).body
    assert (
        "Cada um desses itens foi útil para a sua empresa? Se algum não foi, o que poderíamos "
        "ter feito melhor?" in body
    )
    assert (
        "Dentro desse cenário, farei todo o possível para atender aos pontos que levantou." in body
    )


# 2. The você register is Brazilian throughout.


def test_a_voce_writer_gets_brazilian_forms(offline: Settings) -> None:
    body = _body(offline, "Carla Nunes <carla@estudionunes.com.br>", BR_VOCE)
    _assert_brazilian(body)
    assert body.startswith("Oi Carla,\n\n")
    assert (
        "Você me pediu o arquivo até segunda-feira, 7 de dezembro: vou enviá-lo ou avisar por "
        "escrito quando chegará" in body
    )
    assert "Lamento sinceramente os transtornos que isso lhe causou." in body
    assert "resolver isso e vou lhe dizer com clareza" in body
    assert "Aguardo o seu retorno." in body
    assert body.rstrip().endswith("Abraço,\nSam")


def test_the_record_and_facts_of_a_voce_reply_are_brazilian(tmp_path: Path) -> None:
    case = next(case for case in load_cases() if case.name == "pt-br-voce-refund")
    settings = settings_for(case, tmp_path)
    body = draft_reply(case.raw(), settings=settings, now=parsedate_to_datetime(case.date)).body
    _assert_brazilian(body)
    assert (
        "Cada um desses pontos foi útil para você? Se algum não foi, o que poderíamos ter feito "
        "melhor?" in body
    )
    assert (
        "Dentro desse cenário, farei todo o possível para atender aos pontos que você levantou."
        in body
    )


# 3. A European formal email keeps the European formal register.


@pytest.mark.parametrize(
    ("sender", "body", "subject", "lines"),
    [
        (
            "Teresa Matos <t.matos@clinica-matos.pt>",
            EU_FORMAL,
            "Prazo do relatório",
            [
                "Agradeço a clareza com que explicou o que falhou e o que espera de nós.",
                "Se bem entendi, foi isto que aconteceu:",
                "Lamento sinceramente os transtornos que isto lhe causou.",
                "vou analisar o assunto e dar-lhe a nossa resposta por escrito",
                "Pede-me uma resposta por escrito até sexta-feira, 11 de dezembro: vai tê-la",
                # Money asked back over the work: what would make it worth the fee.
                "O que teríamos de fazer de outra forma para que o nosso trabalho valha o "
                "investimento?",
            ],
        ),
        (
            "Rui Ferreira <rui.ferreira@example.com>",
            EU_CARO,
            "Campanha atrasada",
            [
                "Agradeço a clareza com que descreveu o impacto destes atrasos.",
                "Propõe uma reunião para quinta-feira, 10 de dezembro: confirmo-lhe o horário",
                "Pede-me o relatório: vou enviá-lo ou dizer-lhe por escrito quando chegará",
                "Farei todo o possível para resolver isto e direi com clareza",
            ],
        ),
    ],
)
def test_a_european_formal_email_keeps_the_european_forms(
    offline: Settings, sender: str, body: str, subject: str, lines: list[str]
) -> None:
    reply = _body(offline, sender, body, subject)
    assert reply.startswith("Bom dia, ")
    for line in lines:
        assert line in reply, line
    assert reply.rstrip().endswith(
        "Aguardo a sua resposta.\n\nCom os melhores cumprimentos,\nSam Carter"
    )
    for form in ("Olá", "Quanto ao seu pedido de uma", "Sobre ", "isso lhe", "no aguardo"):
        assert form not in reply, form


# 4. How the variety is told: words, sign-off, address; unknown stays European.

NEUTRAL = """Bom dia,

O relatório de novembro chegou com duas semanas de atraso. Solicito uma resposta por escrito.

Ana Souza"""


@pytest.mark.parametrize(
    ("sender", "body", "closing"),
    [
        (
            "Ana Souza <ana@souza.com.br>",
            NEUTRAL,
            "Fico no aguardo do seu retorno.\n\nAtenciosamente",
        ),
        (
            "Ana Souza <ana@souza.pt>",
            NEUTRAL,
            "Aguardo a sua resposta.\n\nCom os melhores cumprimentos",
        ),
        ("Ana Souza <ana@souza.example>", NEUTRAL, "Aguardo a sua resposta.\n\nAtenciosamente"),
        (
            "Ana Souza <ana@souza.example>",
            NEUTRAL.replace("\n\nAna", "\n\nCom os melhores cumprimentos,\nAna"),
            "Aguardo a sua resposta.\n\nCom os melhores cumprimentos",
        ),
        (
            "Ana Souza <ana@souza.example>",
            NEUTRAL.replace("\n\nAna", "\n\nAtenciosamente,\nAna"),
            "Fico no aguardo do seu retorno.\n\nAtenciosamente",
        ),
        (
            "Ana Souza <ana@souza.example>",
            NEUTRAL.replace("Solicito", "Estamos vendo o impacto nas vendas. Solicito"),
            "Fico no aguardo do seu retorno.\n\nAtenciosamente",
        ),
        (
            "Ana Souza <ana@souza.example>",
            NEUTRAL.replace("Solicito", "Estamos a ver o impacto nas vendas. Solicito"),
            "Aguardo a sua resposta.\n\nCom os melhores cumprimentos",
        ),
        (
            # The words outweigh the address: a Portuguese writer on a Brazilian domain.
            "Ana Souza <ana@souza.com.br>",
            NEUTRAL.replace("Solicito", "A vossa equipa não nos contactou. Solicito").replace(
                "\n\nAna", "\n\nCom os melhores cumprimentos,\nAna"
            ),
            "Aguardo a sua resposta.\n\nCom os melhores cumprimentos",
        ),
    ],
)
def test_the_variety_is_told_by_words_sign_off_and_address(
    offline: Settings, sender: str, body: str, closing: str
) -> None:
    reply = _body(offline, sender, body)
    assert reply.rstrip().endswith(closing + ",\nSam Carter"), reply
    if "Fico no aguardo" in closing:
        _assert_brazilian(reply)
    else:
        assert "Se bem entendi" in reply and "vai tê-la" in reply


@pytest.mark.parametrize(
    ("text", "language", "address", "variant"),
    [
        ("A sua equipe não entrou em contato.", "pt", "", "pt-BR"),
        ("A sua equipa não entrou em contacto.", "pt", "", "pt-PT"),
        ("O relatório chegou atrasado.", "pt", "ana@empresa.com.br", "pt-BR"),
        ("O relatório chegou atrasado.", "pt", "ana@empresa.pt", "pt-PT"),
        ("O relatório chegou atrasado.", "pt", "ana@empresa.example", ""),
        ("A equipe e a equipa.", "pt", "", ""),  # a tie tells nothing
        ("Você, você, você. A vossa equipa estava a trabalhar.", "pt", "", "pt-PT"),
        ("Estamos a par do atraso.", "pt", "", ""),  # "a par" is no "estar a" + infinitive
        ("Der Bericht kam zu spät.", "de", "anna@firma.de", ""),
    ],
)
def test_detect_variant(text: str, language: str, address: str, variant: str) -> None:
    assert detect_variant(text, language, address) == variant
