"""Portuguese: the client's own verbs (eu, nós, a gente) and theirs for us (vocês, você,
tu), restated in our voice."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.voice import restate

PT_SENTENCES = [  # (the client's sentence, formal reply, informal reply); "": left out
    (
        "Perdemos a semana de vendas.",
        "Perderam a semana de vendas.",
        "Perderam a semana de vendas.",
    ),
    (
        "A gente caiu para a segunda página do Google.",
        "Vocês caíram para a segunda página do Google.",
        "Vocês caíram para a segunda página do Google.",
    ),
    (
        "Vocês pausaram a campanha sem avisar.",
        "Pausamos a campanha sem qualquer aviso da nossa parte.",
        "Pausamos a campanha sem qualquer aviso da nossa parte.",
    ),
    ("Estou farto de desculpas.", "Está farto de desculpas.", ""),
    (
        "Pagamos 1.500 euros por mês e não recebemos nada.",
        "Pagam 1.500 euros por mês e não receberam nada.",
        "Pagam 1.500 euros por mês e não receberam nada.",
    ),
    ("Fiquei sem resposta durante duas semanas.", "Ficou sem resposta durante duas semanas.", ""),
    (
        "Estou esperando o relatório há três semanas.",
        "Está esperando o relatório há três semanas.",
        "Está esperando o relatório há três semanas.",
    ),
    (
        "Estou a esperar o relatório há três semanas.",
        "Está a esperar o relatório há três semanas.",
        "Estás a esperar o relatório há três semanas.",
    ),
    (
        "Esperámos três semanas pelo relatório.",
        "Esperaram três semanas pelo relatório.",
        "Esperaram três semanas pelo relatório.",
    ),
    ("Esperamos três semanas pelo relatório.", "", ""),
    (
        "Nós pagámos a fatura em outubro.",
        "Vocês pagaram a fatura em outubro.",
        "Vocês pagaram a fatura em outubro.",
    ),
    ("Não nos esquecemos do prazo.", "Não se esqueceram do prazo.", "Não se esqueceram do prazo."),
    (
        "Perdi três reservas por causa do formulário.",
        "Perdeu três reservas por causa do formulário.",
        "",
    ),
    (
        "Tivemos de parar as vendas online.",
        "Tiveram de parar as vendas online.",
        "Tiveram de parar as vendas online.",
    ),
    (
        "Temos a loja fechada desde segunda.",
        "Têm a loja fechada desde segunda.",
        "Têm a loja fechada desde segunda.",
    ),
    (
        "Não conseguimos vender nada pelo site.",
        "Não conseguiram vender nada pelo site.",
        "Não conseguiram vender nada pelo site.",
    ),
    (
        "Estamos a perder encomendas todos os dias.",
        "Estão a perder encomendas todos os dias.",
        "Estão a perder encomendas todos os dias.",
    ),
    (
        "Continuamos sem o relatório de outubro.",
        "Continuam sem o relatório de outubro.",
        "Continuam sem o relatório de outubro.",
    ),
    ("Vamos cancelar o contrato.", "Vão cancelar o contrato.", "Vão cancelar o contrato."),
    (
        "Cancelaremos o contrato em janeiro.",
        "Cancelarão o contrato em janeiro.",
        "Cancelarão o contrato em janeiro.",
    ),
    ("Pedi o relatório três vezes.", "Pediu o relatório três vezes.", ""),
    (
        "Paguei a fatura de novembro e o site continua em baixo.",
        "Pagou a fatura de novembro e o site continua em baixo.",
        "",
    ),
    ("Pago 2.000 euros por mês pelo SEO.", "Paga 2.000 euros por mês pelo SEO.", ""),
    (
        "O pagamento foi feito em outubro.",
        "O pagamento foi feito em outubro.",
        "O pagamento foi feito em outubro.",
    ),
    (
        "O trabalho do mês passado chegou atrasado.",
        "O trabalho do mês passado chegou atrasado.",
        "O trabalho do mês passado chegou atrasado.",
    ),
    (
        "Investimos 5.000 euros na campanha de verão.",
        "Investiram 5.000 euros na campanha de verão.",
        "Investiram 5.000 euros na campanha de verão.",
    ),
    (
        "Recebemos o relatório com um mês de atraso.",
        "Receberam o relatório com um mês de atraso.",
        "Receberam o relatório com um mês de atraso.",
    ),
    (
        "Precisamos do relatório para a reunião.",
        "Precisam do relatório para a reunião.",
        "Precisam do relatório para a reunião.",
    ),
    (
        "Os nossos últimos pedidos perderam-se.",
        "Os seus últimos pedidos perderam-se.",
        "Os últimos pedidos perderam-se.",
    ),
    (
        "Tínhamos pago a campanha adiantado.",
        "Tinham pago a campanha adiantado.",
        "Tinham pago a campanha adiantado.",
    ),
    (
        "Perdíamos visitas todas as semanas.",
        "Perdiam visitas todas as semanas.",
        "Perdiam visitas todas as semanas.",
    ),
    ("Voltámos a cair no ranking.", "Voltaram a cair no ranking.", "Voltaram a cair no ranking."),
    (
        "Os ramos de flores não venderam.",
        "Os ramos de flores não venderam.",
        "Os ramos de flores não venderam.",
    ),
    (
        "Nos próximos dias o site vai continuar em baixo.",
        "Nos próximos dias o site vai continuar em baixo.",
        "Nos próximos dias o site vai continuar em baixo.",
    ),
    (
        "Vocês nos cobraram 300 euros a mais.",
        "Lhe cobramos 300 euros a mais.",
        "Te cobramos 300 euros a mais.",
    ),
    (
        "Você me prometeu o relatório para segunda.",
        "Lhe prometi o relatório para segunda.",
        "Te prometi o relatório para segunda.",
    ),
    ("Eu paguei tudo em dia.", "", ""),
    ("Sinto-me enganado.", "", ""),
    ("Nós mesmos corrigimos o formulário.", "", ""),
    (
        "A gente não recebeu nenhum relatório.",
        "Vocês não receberam nenhum relatório.",
        "Vocês não receberam nenhum relatório.",
    ),
    ("Tu pausaste a campanha sem avisar.", "", ""),
    (
        "Descobrimos o erro por um cliente.",
        "Descobriram o erro por um cliente.",
        "Descobriram o erro por um cliente.",
    ),
    (
        "Ficámos sem site durante o fim de semana.",
        "Ficaram sem site durante o fim de semana.",
        "Ficaram sem site durante o fim de semana.",
    ),
    (
        "Lançámos a promoção e ninguém viu.",
        "Lançaram a promoção e ninguém viu.",
        "Lançaram a promoção e ninguém viu.",
    ),
]


@pytest.mark.parametrize(("sentence", "formal", "informal"), PT_SENTENCES)
def test_the_clients_own_verbs_are_restated(sentence: str, formal: str, informal: str) -> None:
    assert restate(sentence, "pt") == formal
    assert restate(sentence, "pt", informal=True) == informal


@pytest.mark.parametrize(
    ("sender", "body", "bullet"),
    [
        (
            "Ana Souza <ana@souza.example>",
            "Prezado Sr. Carter,\n\nPerdemos a semana de vendas da Black Friday porque o site "
            "ficou fora do ar. Até hoje não recebi nenhuma explicação da vossa equipa.\n\n"
            "Atenciosamente,\nAna Souza",
            "- Perderam a semana de vendas da Black Friday porque o site ficou fora do ar.",
        ),
        (
            "Ana Souza <ana@souza.example>",
            "Prezado Sr. Carter,\n\nFiquei sem resposta durante duas semanas sobre o relatório "
            "de outubro.\n\nAtenciosamente,\nAna Souza",
            "- Ficou sem resposta durante duas semanas sobre o relatório de outubro.",
        ),
        (
            "Rafael Lima <rafael@lima.example>",
            "Oi Sam,\n\na gente caiu para a segunda página do Google em novembro e ninguém "
            "explicou nada.\n\nAbs,\nRafael",
            "- Pelo que li, vocês caíram para a segunda página do Google em novembro e ninguém "
            "explicou nada.",
        ),
        (
            "João Lima <joao@lima.example>",
            "Olá Sam,\n\nestou a esperar o relatório de outubro há três semanas. Pagamos 1.500 "
            "euros por mês.\n\nJoão",
            "- Estás a esperar o relatório de outubro há três semanas.",
        ),
    ],
)
def test_a_whole_email_restates_the_clients_own_complaint(
    tmp_path: Path, sender: str, body: str, bullet: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Reclamação")
    assert draft.language == "pt"
    assert bullet in draft.body.splitlines()
