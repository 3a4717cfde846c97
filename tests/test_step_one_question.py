"""The thanks and the step-1 question fit the email's situation (drafting/situation.py).

PLAYBOOK.md, "What a good client reply looks like": the thanks and the competitor question
fit the email. A formal notice or a notice of termination is acknowledged soberly and asked
only what they need before their date; an invoice dispute is asked which items, a client
who owns part of the problem what they expected, neither how other providers compare; a
lower ranking is asked what others do better where we were rated lower; a price rise what
they compare the price with. Realistic emails in several languages, drafted offline; the
model's request names the same situation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import NOW, SENT_HEADER, draft_email, offline_settings

from assistant.drafting.answers import read_email
from assistant.drafting.draft import Draft
from assistant.drafting.prompts import render_prompt
from assistant.drafting.situation import read_situation
from assistant.mail.message import parse_email

#: How each language says "other providers" in a reply's comparison question.
OTHERS = {
    "en": "other providers",
    "de": "andere Anbieter",
    "fr": "autres prestataires",
    "es": "otros proveedores",
    "it": "altri fornitori",
    "nl": "andere leveranciers",
    "pt": "outros fornecedores",
}


def _draft(tmp_path: Path, sender: str, subject: str, body: str) -> Draft:
    return draft_email(offline_settings(tmp_path), sender, body, subject=subject)


def _questions(draft: Draft) -> list[str]:
    return [p for p in draft.body.split("\n\n") if p.rstrip().endswith("?")]


def _thanks(draft: Draft) -> str:
    return draft.body.split("\n\n")[1]


# -- a formal notice: a sober acknowledgement, and what they need before their date -------------

NOTICES = [
    (
        "en",
        "Helen Marsh <h.marsh@client.example>",
        "Notice of termination",
        "Dear Sam,\n\nFurther to our meeting last week, we hereby give notice of termination of "
        "our services agreement with effect from 31 January 2027. Please confirm receipt in "
        "writing and tell us how the account assets will be handed over.\n\nRegards,\n"
        "Helen Marsh\nHead of Procurement",
        "What do you need from us before 31 January 2027?",
        "we have received your notice",
    ),
    (
        "de",
        "Dr. Petra Lang <p.lang@kunde.example>",
        "Kündigung Rahmenvertrag",
        "Sehr geehrter Herr Carter,\n\nhiermit kündigen wir den Rahmenvertrag fristgerecht zum "
        "31.01.2027. Bitte bestätigen Sie uns den Eingang dieser Kündigung schriftlich.\n\n"
        "Mit freundlichen Grüßen\nDr. Petra Lang\nEinkauf",
        "Was brauchen Sie bis zum 31. Januar 2027 noch von uns?",
        "Ihr Schreiben erhalten haben",
    ),
    (
        "fr",
        "Jean Morel <j.morel@client.example>",
        "Mise en demeure",
        "Monsieur,\n\nPar la présente, nous vous mettons en demeure de nous remettre les "
        "fichiers sources du site avant le 18 décembre 2026. À défaut, notre avocat engagera "
        "une procédure.\n\nCordialement,\nJean Morel\nGérant",
        "De quoi avez-vous besoin de notre part d'ici le 18 décembre 2026 ?",
        "nous avons bien reçu votre courrier",
    ),
    (
        "nl",
        "Anneke de Vries <a.devries@klant.example>",
        "Opzegging overeenkomst",
        "Geachte heer Carter,\n\nHierbij zeggen wij de overeenkomst voor het onderhoud van onze "
        "website op per 1 maart 2027. Wij verzoeken u de ontvangst van deze opzegging "
        "schriftelijk te bevestigen.\n\nMet vriendelijke groet,\nAnneke de Vries",
        "Wat heeft u vóór 1 maart 2027 nog van ons nodig?",
        "Ik bevestig dat we het hebben ontvangen",
    ),
]


@pytest.mark.parametrize(("language", "sender", "subject", "body", "question", "ack"), NOTICES)
def test_a_formal_notice_is_acknowledged_and_asked_only_what_they_need_before_its_date(
    tmp_path: Path, language: str, sender: str, subject: str, body: str, question: str, ack: str
) -> None:
    draft = _draft(tmp_path, sender, subject, body)
    assert draft.language == language
    assert question in _questions(draft), draft.body
    assert ack in _thanks(draft), draft.body
    assert OTHERS[language] not in draft.body


def test_a_past_date_without_its_year_is_not_the_notices_date(tmp_path: Path) -> None:
    body = (
        "Geachte heer Carter,\n\nHierbij stellen wij u formeel in gebreke voor de webshop die "
        "op 14 juli jl. is overeengekomen. Wij verzoeken u de webshop volledig werkend op te "
        "leveren vóór vrijdag 18 december."
        "\n\nMet vriendelijke groet,\nH.J. de Vries"
    )
    draft = _draft(tmp_path, "H.J. de Vries <hj@devries.example.nl>", "Ingebrekestelling", body)
    assert "Wat heeft u vóór 18 december 2026 nog van ons nodig?" in _questions(draft), draft.body


def test_a_threat_to_leave_is_no_notice_and_keeps_the_comparison(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Helen Marsh <h.marsh@client.example>",
        "Reports",
        "Hi Sam,\n\nThe reports were late again this month. If this goes on we will look "
        "elsewhere when the contract is up.\n\nHelen",
    )
    [step_one, *_] = _questions(draft)
    assert "other providers" in step_one and "stay" in step_one, draft.body


# -- billing: which items, or no question about other providers ---------------------------------

INVOICES = [
    (
        "en",
        "Tom Reed <tom@client.example>",
        "November invoice",
        "Hi Sam,\n\nYour November invoice is far higher than what we agreed, and I cannot see "
        "what half of it is for. I won't approve it like this.\n\nTom",
        "Which items on the invoice do you dispute",
    ),
    (
        "es",
        "Carmen García <carmen@cliente.example>",
        "Factura de noviembre",
        "Buenos días, Sam:\n\nLa factura de noviembre es mucho más alta de lo acordado y no "
        "entiendo de dónde salen la mitad de los conceptos. No la voy a aprobar así.\n\n"
        "Un saludo,\nCarmen García",
        "¿Qué conceptos de la factura no le cuadran",
    ),
    (
        "pt",
        "Ricardo Matos <ricardo@cliente.example>",
        "Fatura de novembro",
        "Bom dia Sam,\n\nA fatura de novembro está muito acima do que combinámos e não percebo "
        "a que correspondem metade das linhas. Assim não a posso aprovar.\n\nCumprimentos,\n"
        "Ricardo Matos",
        "Que itens da fatura contesta",
    ),
]


@pytest.mark.parametrize(("language", "sender", "subject", "body", "question"), INVOICES)
def test_a_disputed_invoice_is_asked_which_items_not_how_others_compare(
    tmp_path: Path, language: str, sender: str, subject: str, body: str, question: str
) -> None:
    draft = _draft(tmp_path, sender, subject, body)
    assert draft.language == language
    assert any(q.startswith(question) for q in _questions(draft)), draft.body
    assert OTHERS[language] not in draft.body


@pytest.mark.parametrize(
    ("language", "sender", "subject", "body"),
    [
        (
            "de",
            "Jana Krüger <jana@kunde.example>",
            "Kampagne Oktober",
            "Hallo Sam,\n\ndie Kampagne im Oktober lief zwei Wochen lang mit falschen Preisen, "
            "und das hat uns Umsatz gekostet. Ich erwarte dafür eine Gutschrift über 800 Euro."
            "\n\nViele Grüße\nJana",
        ),
        (
            "en",
            "Tom Reed <tom@client.example>",
            "November invoice",
            "Hi Sam,\n\nThe November invoice charges us 14 hours for a banner set we never "
            "ordered. Please credit the 1,050 EUR.\n\nTom",
        ),
    ],
)
def test_a_refund_with_its_amount_gets_no_comparison_and_one_question_at_least(
    tmp_path: Path, language: str, sender: str, subject: str, body: str
) -> None:
    draft = _draft(tmp_path, sender, subject, body)
    assert OTHERS[language] not in draft.body
    assert "which items" not in draft.body.lower()  # they named what they dispute
    assert 1 <= len(_questions(draft)) <= 3, draft.body


# -- a client who owns part of the problem: their view, no comparison ---------------------------

PARTLY = [
    (
        "en",
        "Julia Brandt <julia@client.example>",
        "I know we sent you the product texts two weeks late, but the shop should still "
        "have been live by now. We are three weeks behind and nobody told me the launch date "
        "had moved.",
        "what were you expecting from us",
    ),
    (
        "fr",
        "Claire Dubois <claire@client.example>",
        "Je reconnais que nous avons envoyé les textes en retard, mais le site devait être en "
        "ligne début décembre et personne ne m'a prévenue du nouveau calendrier.",
        "qu'attendiez-vous de nous",
    ),
    (
        "it",
        "Marco Ferri <marco@cliente.example>",
        "So che vi abbiamo mandato i testi in ritardo, ma il sito doveva essere online a inizio "
        "dicembre e nessuno mi ha avvisato del nuovo calendario.",
        "che cosa si aspettava da noi",
    ),
]


@pytest.mark.parametrize(("language", "sender", "text", "question"), PARTLY)
def test_a_client_who_owns_part_of_it_is_asked_what_they_expected(
    tmp_path: Path, language: str, sender: str, text: str, question: str
) -> None:
    draft = _draft(tmp_path, sender, "Launch", text)
    assert draft.language == language
    assert any(question in q for q in _questions(draft)), draft.body
    assert OTHERS[language] not in draft.body


def test_a_fact_that_the_scope_differs_reads_as_a_client_partly_wrong() -> None:
    raw = (
        "From: Robert Hale <r.hale@client.example>\nTo: Sam <sam@ourco.example>\n"
        f"Subject: Missing report\nDate: {SENT_HEADER}\n\n"
        "We were expecting a monthly competitor report since the summer and have not had a "
        "single one. I am disappointed that something we pay for never arrived.\n"
    ).encode()
    email = parse_email(raw)
    reading = read_email(email, "en", today=NOW.date())
    scope = ["The contract covers a quarterly competitor review, not a monthly report."]
    staffing = ["The account team was reduced from three people to two in March."]
    assert read_situation(email, reading, "en", today=NOW.date(), facts=scope).kind == (
        "partly_wrong"
    )
    assert read_situation(email, reading, "en", today=NOW.date(), facts=staffing).kind != (
        "partly_wrong"
    )


# -- a ranking and a price rise: the comparison, aimed --------------------------------------------

AIMED = [
    (
        "de",
        "Jana Krüger <jana@kunde.example>",
        "Lieferantenbewertung",
        "Guten Tag Herr Carter,\n\nin unserer Lieferantenbewertung zum Halbjahr sind Sie vom "
        "ersten auf den dritten Platz gerutscht. Vor allem bei Reaktionszeit und Berichten "
        "lagen andere Agenturen vorn.\n\nMit freundlichen Grüßen\nJana Krüger",
        "in denen Sie uns schlechter bewertet haben",
    ),
    (
        "es",
        "Carmen García <carmen@cliente.example>",
        "Evaluación de proveedores",
        "Buenos días, Sam:\n\nEn nuestra evaluación semestral de proveedores han bajado del "
        "primer al tercer puesto. Sobre todo en tiempos de respuesta y en los informes otras "
        "agencias salieron mejor.\n\nUn saludo,\nCarmen García",
        "En los aspectos en que nos valoró peor",
    ),
    (
        "nl",
        "Pieter Bakker <pieter@klant.example>",
        "Prijsverhoging",
        "Beste Sam,\n\nJullie prijsverhoging van 12% per januari vind ik moeilijk uit te leggen "
        "aan onze directie. We krijgen er niets extra voor en de rapportages zijn nog steeds "
        "laat.\n\nGroet,\nPieter",
        "Waarmee vergelijk je onze prijs",
    ),
    (
        "it",
        "Lucia Rossi <lucia@cliente.example>",
        "Aumento del canone",
        "Buongiorno Sam,\n\nl'aumento del canone del 10% da gennaio non è giustificato: il "
        "servizio è rimasto lo stesso e i report arrivano ancora in ritardo.\n\nCordiali "
        "saluti,\nLucia Rossi",
        "Con che cosa confronta il nostro prezzo",
    ),
]


@pytest.mark.parametrize(("language", "sender", "subject", "body", "question"), AIMED)
def test_a_ranking_or_a_price_rise_gets_its_own_question(
    tmp_path: Path, language: str, sender: str, subject: str, body: str, question: str
) -> None:
    draft = _draft(tmp_path, sender, subject, body)
    assert draft.language == language
    assert any(question in q for q in _questions(draft)), draft.body


# -- the default: the playbook question, in more than one phrasing ------------------------------

GENERAL = [
    "The monthly reports keep arriving with errors and I have to check every figure myself. "
    "This is not what we pay for.",
    "The dashboard has shown the wrong conversion numbers for weeks and nobody on your side "
    "noticed. I had to explain it to my board.",
    "The newsletter went out with broken links again and our customers complained to us. I "
    "am tired of finding these mistakes myself.",
    "Our blog posts went live with typos in the headlines twice this month, and the images "
    "were the wrong size on mobile.",
]


def test_the_default_question_compares_with_other_providers_in_varied_words(
    tmp_path: Path,
) -> None:
    firsts = []
    for index, text in enumerate(GENERAL):
        draft = _draft(tmp_path / str(index), "Grace Hall <grace@client.example>", "Work", text)
        [step_one, *_] = _questions(draft)
        assert "other providers" in step_one, draft.body
        firsts.append(step_one)
    assert len(set(firsts)) > 1  # not the same sentence under every complaint


def test_the_same_email_always_gets_the_same_question(tmp_path: Path) -> None:
    drafts = [
        _draft(tmp_path / str(n), "Grace Hall <grace@client.example>", "Work", GENERAL[1])
        for n in range(2)
    ]
    assert drafts[0].body == drafts[1].body


# -- the model's request names the situation; the static prefix stays the same -----------------


def test_the_request_names_the_situation_after_an_unchanged_system_prefix(tmp_path: Path) -> None:
    settings = offline_settings(tmp_path)

    def prompt(subject: str, text: str) -> tuple[str, str]:
        raw = (
            "From: Helen Marsh <h.marsh@client.example>\nTo: Sam <sam@ourco.example>\n"
            f"Subject: {subject}\nDate: {SENT_HEADER}\n\n{text}\n"
        ).encode()
        system, user = render_prompt(parse_email(raw), settings=settings, now=NOW).messages
        return system.content, user.content

    notice = prompt(
        "Notice of termination",
        "We hereby give notice of termination of our agreement with effect from 31 January 2027.",
    )
    invoice = prompt(
        "Invoice",
        "Your November invoice is far higher than agreed and I cannot see what it is for.",
    )
    general = prompt("Reports", "The reports keep arriving with errors. This is not good enough.")
    assert notice[0] == invoice[0] == general[0]
    assert "formal or legal notice" in notice[1] and "31 January 2027" in notice[1]
    assert "No question about other providers" in notice[1] or "no question about" in notice[1]
    assert "ask which items of the invoice they dispute" in invoice[1]
    assert "Ask what other providers do differently" in general[1]
    assert date(2027, 1, 31).isoformat() not in notice[1]  # dates in words


def test_a_legal_team_waiting_for_a_document_is_no_notice() -> None:
    from assistant.checks.situations import situations
    from assistant.drafting.concerns import rank_concerns

    text = (
        "The October campaign report arrived two weeks late again. Our legal team is also "
        "still waiting for the signed data processing agreement you promised in September."
    )
    assert "notice" not in situations(text, "en")
    assert any("data processing agreement" in c for c in rank_concerns(text, "en"))
    assert "notice" in situations("We have instructed our solicitors to recover the fees.", "en")


@pytest.mark.parametrize(
    ("language", "sender", "body", "not_said"),
    [
        (
            "it",
            "Laura Conti <laura@cliente.example>",
            "Gentile Sam,\n\nil report di ottobre non è mai arrivato. Visto che il report fa "
            "parte del canone, mi aspetto almeno uno sconto sulla prossima fattura.\n\n"
            "Cordiali saluti,\nLaura Conti",
            "fattura",
        ),
        (
            "pt",
            "Rui Alves <rui@cliente.example>",
            "Olá Sam,\n\nO relatório mensal deixou de incluir as vendas para Espanha, que "
            "representam um terço da nossa faturação.\n\nCumprimentos,\nRui Alves",
            "fatura",
        ),
        (  # the invoice only gave the address the hours were sent to
            "de",
            "Jakob Moser <jakob@baeckerei-moser.example>",
            "Sehr geehrter Herr Carter,\n\nbei Google stehen seit Montag für alle drei Filialen "
            "falsche Öffnungszeiten. Ich habe Ihnen die Weihnachtszeiten im November geschickt, "
            "an die Adresse, die auf Ihrer Rechnung steht. Ich erwarte eine Gutschrift für "
            "Dezember.\n\nMit freundlichen Grüßen\nJakob Moser",
            "Rechnung",
        ),
    ],
)
def test_a_discount_on_the_next_invoice_or_turnover_is_no_invoice_dispute(
    tmp_path: Path, language: str, sender: str, body: str, not_said: str
) -> None:
    draft = _draft(tmp_path, sender, "Report", body)
    thanks_and_questions = [_thanks(draft), *_questions(draft)]
    assert not any(not_said in part for part in thanks_and_questions), draft.body


# -- money asked back: over an invoice, or over the work itself ---------------------------------

BILLING_QUESTIONS = [
    (
        "fr",
        "Claire Dufour <claire.dufour@maison-dufour.example>",
        "Facture de novembre",
        "Madame, Monsieur,\n\nVotre facture de novembre comprend une ligne de 420 € pour six "
        "heures de travaux que personne n'a commandés. Je vous demande une note de crédit de "
        "420 € d'ici le 15 décembre.\n\nCordialement,\nClaire Dufour",
        "Qu'est-ce qui rendrait nos factures plus claires et plus faciles à vérifier pour vous "
        "à l'avenir ?",
    ),
    (
        "en",
        "Gary Pollard <gary@pollard-kitchens.example>",
        "Refund",
        "Sam,\n\nSix months we have paid you and our rankings have only gone down. I want the "
        "full EUR 3,600 back by Friday.\n\nGary",
        "What would we need to do differently for our work to be worth what you pay?",
    ),
    (  # the Subject names the invoice; the points below do not
        "en",
        "Karen Lloyd <karen@lloyd-partners.example>",
        "Re: Invoice HD-2611-044 - November",
        "Dear Sam,\n\nThank you for the invoice. Before we can approve it for payment I need to "
        "raise two points. The reporting hours are twice what we agreed, and the ad-hoc call "
        "of 1 October was never meant to be charged. I would like a credit note of EUR 260 "
        "by Friday 11 December.\n\nRegards,\nKaren Lloyd",
        "What would make our invoices clearer and easier for you to check from now on?",
    ),
]


@pytest.mark.parametrize(("language", "sender", "subject", "body", "question"), BILLING_QUESTIONS)
def test_money_back_is_asked_about_invoices_or_about_the_work(
    tmp_path: Path, language: str, sender: str, subject: str, body: str, question: str
) -> None:
    # Review drafts asked "Is there anything else I should take into account?" of both.
    draft = _draft(tmp_path, sender, subject, body)
    assert draft.language == language
    assert question in _questions(draft)


@pytest.mark.parametrize(
    ("language", "text", "notice"),
    [
        (  # a termination on a condition is a threat to leave
            "de",
            "Unser Geschäftsführer hat mich gebeten, die fristgerechte Kündigung zum 31. März "
            "2027 vorzubereiten, falls wir nicht kurzfristig Klarheit bekommen.",
            False,
        ),
        ("en", "If this is not fixed by Friday, we will terminate the contract.", False),
        (  # a lawyer on a condition is still a legal threat
            "en",
            "If nobody calls me by Thursday, I will hand this to our lawyer.",
            True,
        ),
        (  # a formal letter that sets a deadline is a notice
            "de",
            "Wir setzen Ihnen hiermit eine letzte Frist bis zum 15. Dezember.",
            True,
        ),
        ("de", "Hiermit kündigen wir den Vertrag fristgerecht zum 31. März 2027.", True),
        (  # "hereby" stands, whatever condition follows
            "en",
            "We hereby terminate our contract with effect from 31 March, and if there is an "
            "outstanding balance please invoice us.",
            True,
        ),
    ],
)
def test_a_notice_on_a_condition_is_a_threat(language: str, text: str, notice: bool) -> None:
    from assistant.checks.situations import situations

    assert ("notice" in situations(text, language)) is notice


def test_a_subject_with_an_invoice_word_and_a_date_is_no_invoice_dispute(tmp_path: Path) -> None:
    body = (
        "Sehr geehrter Herr Carter,\n\nder Oktoberbericht kam wieder drei Wochen zu spät, und "
        "niemand hat uns informiert.\n\nMit freundlichen Grüßen\nPetra Lang"
    )
    draft = _draft(
        tmp_path,
        "Petra Lang <p.lang@kunde.example>",
        "Neue Rechnungsadresse ab 1. Januar 2027",
        body,
    )
    assert not any("Rechnung" in part for part in [_thanks(draft), *_questions(draft)])
