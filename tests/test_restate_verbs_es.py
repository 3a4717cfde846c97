"""Spanish: the client's own verbs (yo, nosotros) and theirs for us (ustedes, vosotros),
restated in our voice."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.voice import restate

ES_SENTENCES = [  # (the client's sentence, formal reply, informal reply); "": left out
    (
        "Hemos perdido dos clientes por culpa de la web.",
        "Han perdido dos clientes por culpa de la web.",
        "Has perdido dos clientes por culpa de la web.",
    ),
    (
        "Perdimos la campaña de Navidad.",
        "Perdieron la campaña de Navidad.",
        "Perdiste la campaña de Navidad.",
    ),
    (
        "Llevo tres semanas esperando el informe.",
        "Lleva tres semanas esperando el informe.",
        "Llevas tres semanas esperando el informe.",
    ),
    ("Estoy harto de excusas.", "Está harto de excusas.", "Estás harto de excusas."),
    (
        "Pagamos 2.000 euros al mes y no recibimos nada.",
        "Pagan 2.000 euros al mes y no recibieron nada.",
        "Pagas 2.000 euros al mes y no recibiste nada.",
    ),
    (
        "Pago 1.500 euros al mes por el posicionamiento.",
        "Paga 1.500 euros al mes por el posicionamiento.",
        "Pagas 1.500 euros al mes por el posicionamiento.",
    ),
    (
        "El pago de octubre no llegó.",
        "El pago de octubre no llegó.",
        "El pago de octubre no llegó.",
    ),
    (
        "Nos hemos quedado sin web dos días.",
        "Se han quedado sin web dos días.",
        "Te has quedado sin web dos días.",
    ),
    (
        "Me quedé sin respuesta una semana.",
        "Se quedó sin respuesta una semana.",
        "Te quedaste sin respuesta una semana.",
    ),
    (
        "Ustedes pausaron la campaña sin avisar.",
        "Pausamos la campaña sin ningún aviso por nuestra parte.",
        "Pausamos la campaña sin ningún aviso por nuestra parte.",
    ),
    (
        "Ustedes nos cobraron 300 euros de más.",
        "Le cobramos 300 euros de más.",
        "Te cobramos 300 euros de más.",
    ),
    (
        "Seguimos sin saber nada del informe.",
        "Siguen sin saber nada del informe.",
        "Sigues sin saber nada del informe.",
    ),
    (
        "Sigo sin noticias de la auditoría.",
        "Sigue sin noticias de la auditoría.",
        "Sigues sin noticias de la auditoría.",
    ),
    (
        "Hemos bajado a la segunda página de Google.",
        "Han bajado a la segunda página de Google.",
        "Has bajado a la segunda página de Google.",
    ),
    ("Vamos a cancelar el contrato.", "Van a cancelar el contrato.", "Vas a cancelar el contrato."),
    (
        "Cancelaremos el contrato en enero.",
        "Cancelarán el contrato en enero.",
        "Cancelarás el contrato en enero.",
    ),
    (
        "Tuvimos que parar las ventas online.",
        "Tuvieron que parar las ventas online.",
        "Tuviste que parar las ventas online.",
    ),
    (
        "Tenemos la tienda cerrada desde el lunes.",
        "Tienen la tienda cerrada desde el lunes.",
        "Tienes la tienda cerrada desde el lunes.",
    ),
    (
        "No podemos vender nada por la web.",
        "No pueden vender nada por la web.",
        "No puedes vender nada por la web.",
    ),
    (
        "Estamos perdiendo pedidos cada día.",
        "Están perdiendo pedidos cada día.",
        "Estás perdiendo pedidos cada día.",
    ),
    (
        "Pedí el informe tres veces.",
        "Pidió el informe tres veces.",
        "Pediste el informe tres veces.",
    ),
    ("Le pedí el informe hace tres semanas.", "", "Le pediste el informe hace tres semanas."),
    (
        "Me di cuenta del error el viernes.",
        "Se dio cuenta del error el viernes.",
        "Te diste cuenta del error el viernes.",
    ),
    (
        "Ya no sé qué decirles a mis clientes.",
        "Ya no sabe qué decirles a sus clientes.",
        "Ya no sabes qué decirles a tus clientes.",
    ),
    ("Hice todo lo que me pidieron.", "", "Hiciste todo lo que te pidieron."),
    ("Nosotros mismos arreglamos el formulario.", "Ustedes mismos arreglaron el formulario.", ""),
    ("Yo mismo revisé el informe.", "", ""),
    (
        "Yo pago cada mes y nadie me contesta.",
        "Usted paga cada mes y nadie le contesta.",
        "Tú pagas cada mes y nadie te contesta.",
    ),
    (
        "Invertimos 5.000 euros en la campaña de verano.",
        "Invirtieron 5.000 euros en la campaña de verano.",
        "Invertiste 5.000 euros en la campaña de verano.",
    ),
    (
        "Recibimos el informe con un mes de retraso.",
        "Recibieron el informe con un mes de retraso.",
        "Recibiste el informe con un mes de retraso.",
    ),
    ("Confiamos en ustedes para la campaña.", "", ""),
    ("Esperamos tres semanas y nada.", "", ""),
    (
        "Esperamos una respuesta todavía.",
        "Esperan una respuesta todavía.",
        "Esperas una respuesta todavía.",
    ),
    ("Vamos a quedarnos sin clientes.", "", ""),
    ("Se lo pedimos tres veces.", "", ""),
    (
        "Necesitamos el informe para la junta.",
        "Necesitan el informe para la junta.",
        "Necesitas el informe para la junta.",
    ),
    (
        "Nuestros últimos pedidos se perdieron.",
        "Sus últimos pedidos se perdieron.",
        "Tus últimos pedidos se perdieron.",
    ),
    (
        "Habíamos pagado la campaña por adelantado.",
        "Habían pagado la campaña por adelantado.",
        "Habías pagado la campaña por adelantado.",
    ),
    (
        "Perdíamos visitas cada semana.",
        "Perdían visitas cada semana.",
        "Perdías visitas cada semana.",
    ),
    (
        "Nos enteramos por un cliente.",
        "Se enteraron por un cliente.",
        "Te enteraste por un cliente.",
    ),
    ("Me he quejado tres veces.", "Se ha quejado tres veces.", "Te has quejado tres veces."),
    ("He perdido la paciencia.", "Ha perdido la paciencia.", "Has perdido la paciencia."),
    (
        "Volvimos a caer en el ranking.",
        "Volvieron a caer en el ranking.",
        "Volviste a caer en el ranking.",
    ),
    (
        "Los ramos de flores no se vendieron.",
        "Los ramos de flores no se vendieron.",
        "Los ramos de flores no se vendieron.",
    ),
    (
        "Los próximos pedidos llegan tarde.",
        "Los próximos pedidos llegan tarde.",
        "Los próximos pedidos llegan tarde.",
    ),
    (
        "Vosotros pausasteis la campaña sin avisar.",
        "",
        "Nosotros pausamos la campaña sin ningún aviso por nuestra parte.",
    ),
    (
        "Firmé el contrato en marzo.",
        "Firmó el contrato en marzo.",
        "Firmaste el contrato en marzo.",
    ),
    (
        "Contrato a otra agencia si esto sigue así.",
        "Contrata a otra agencia si esto sigue así.",
        "Contratas a otra agencia si esto sigue así.",
    ),
]


@pytest.mark.parametrize(("sentence", "formal", "informal"), ES_SENTENCES)
def test_the_clients_own_verbs_are_restated(sentence: str, formal: str, informal: str) -> None:
    assert restate(sentence, "es") == formal
    assert restate(sentence, "es", informal=True) == informal


@pytest.mark.parametrize(
    ("sender", "body", "bullet"),
    [
        (
            "Carmen García <carmen@garcia.example>",
            "Estimado Sr. Carter:\n\nHemos perdido dos clientes por la caída de la web del "
            "sábado.\n\nAtentamente,\nCarmen García",
            "- Han perdido dos clientes por la caída de la web del sábado.",
        ),
        (
            "Carmen García <carmen@garcia.example>",
            "Estimado Sr. Carter:\n\nLlevo tres semanas esperando el informe de octubre.\n\n"
            "Atentamente,\nCarmen García",
            "- Según me indica, lleva tres semanas esperando el informe de octubre.",
        ),
        (
            "Pablo Ruiz <pablo@ruiz.example>",
            "Hola Sam,\n\nperdimos la campaña de Navidad por el retraso de los anuncios. Estoy "
            "harto.\n\nPablo",
            "- Perdiste la campaña de Navidad por el retraso de los anuncios.",
        ),
        (
            "Pablo Ruiz <pablo@ruiz.example>",
            "Hola Sam,\n\npagamos 2.000 euros al mes y el posicionamiento sigue igual de mal.\n\n"
            "Pablo",
            "- Pagas 2.000 euros al mes y el posicionamiento sigue igual de mal.",
        ),
    ],
)
def test_a_whole_email_restates_the_clients_own_complaint(
    tmp_path: Path, sender: str, body: str, bullet: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Queja")
    assert draft.language == "es"
    assert bullet in draft.body.splitlines()
