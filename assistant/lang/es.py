"""Spanish (español): what draft-reply knows of Spanish (lang/__init__.py)."""

NAME = "Spanish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "mensaje original",
    "mensaje reenviado",
)
FORWARD_INTROS = ("comienzo del mensaje reenviado",)
ATTRIBUTION_VERBS = ("escribi[óo]",)
ATTRIBUTION_STARTS = ("el",)
HEADER_FROM = ("de",)
HEADER_FIELDS = (
    "enviado",
    "fecha",
    "para",
    "asunto",
)
MOBILE_SIGNATURES = ("enviado desde",)
DISCLAIMER_CUES = (
    "confidencial",
    "destinatari[oa]",
    "por error",
    "prohibid[ao]",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# The internal figures in words, and promises of money or deadlines (checks/references.py,
# drafting/facts.py): a reply in Spanish must not say them either.
SPELLED_NUMBERS = (
    ("cero",),
    ("uno", "una", "primer"),
    ("dos", "segund"),
    ("tres", "tercer"),
    ("cuatro", "cuart"),
    ("cinco", "quint"),
    ("seis", "sext"),
    ("siete", "séptim"),
    ("ocho", "octav"),
    ("nueve", "noven"),
    ("diez", "décim"),
    ("once", "undécim"),
    ("doce", "duodécim"),
    ("trece",),
    ("catorce",),
    ("quince",),
    ("dieciséis",),
    ("diecisiete",),
    ("dieciocho",),
    ("diecinueve",),
    ("veinte", "vigésim"),
)
HALF_WORDS = ("y medio", "coma cinco")
RANK_WORDS = ("puesto", "lugar", "posición", "número", "nº", "#")
OF_WORDS = ("de", "entre")
SHARE_WORDS = ("%", "por ciento")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "principales clientes",
    "mayores clientes",
    "clientes más grandes",
    "clientes pequeños",
)
PROMISES = (
    "reembols",
    "devolución",
    "descuento",
    "abono",
    "gratis",
    "gratuito",
    "sin coste",
    "sin cargo",
    "compensa",
    "garantiz",
    "en 24 horas",
    "en 48 horas",
    "para mañana",
)

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        r"caíd[oa]s?|fuera de servicio|sin servicio|retras\w*|tarde|otra vez|de nuevo|todavía|aún|nunca|decepcion\w*|inaceptable|"
        r"problemas?|esper\w*|errores|error|mal|frustra\w*|molest\w*|nadie|ignor\w*|"
        r"fall\w*|perdid\w*|baj\w*|lent\w*|quej\w*"
    ),
    "weak": r"no|nada|sin|solo|sólo",
    "emotion": r"decepcion\w*|frustra\w*|molest\w*|enfadad\w*|preocupad\w*",
    "things": (
        r"informes?|reportes?|paneles?|dashboards?|campañas?|facturas?|presupuestos?|seo|"
        r"posicionamiento|web|sitio|páginas?|datos|cifras|landing"
    ),
    "when": (
        r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
        r"diciembre|lunes|martes|miércoles|jueves|viernes|dos|tres|[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"nadie nos (?:avisó|informó|dijo)|sin avisar|sin respuesta|no (?:nos )?(?:han )?respond\w*",
    "others": r"otras? agencias?|otros proveedores|competencia|competidores?",
}
SALUTATION_OPENERS = (
    "hola",
    "buenos días",
    "buenas tardes",
    "estimad[oa]",
    "querid[oa]",
    "señora",
    "señor",
)
SIGN_OFFS = (
    "saludos",
    "un saludo",
    "atentamente",
    "cordialmente",
    "un abrazo",
    "gracias",
    "muchas gracias",
    "besos",
)
REQUESTS = (
    "por favor",
    "le ruego",
    "te pido",
    "¿puede",
    "¿podría",
    "¿puedes",
    "¿podrías",
    "puede",
    "podría",
    "puedes",
    "podrías",
)
CONJUNCTIONS = ("y", "o")
PREAMBLES = (r"aquí (?:tiene|tienes|está) (?:un|el|la|una|su|tu) (?:borrador|respuesta|propuesta)",)
EXCUSES = (
    "lamentablemente",
    "desafortunadamente",
    "disculpe las molestias",
    "perdone las molestias",
    "como ya le dije",
    "como ya mencioné",
    "estábamos muy ocupados",
    "no es culpa nuestra",
    "no fue culpa nuestra",
    "debería haber",
)
ASKS = (
    r"(?:me|nos) (?:gustaría|encantaría) (?:saber|conocer|entender|escuchar)",
    r"dígame|díganos|dime|dinos|cuénteme|cuéntame",
)
QUESTION_WORDS = ("qué", "cómo", "cuál", "cuáles", "por qué", "dónde", "quién", "cuándo", "si")
THANKS = (r"gracias", r"agradec\w*", r"agradecid\w*")
RECORD_INTROS = (
    r"lo que (?:hemos|hicimos) (?:hecho|entregado|realizado)",
    r"(?:nuestro|el) trabajo (?:para (?:usted|ti|ustedes)|realizado)",
)
SUBJECT_LABELS = ("asunto",)
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:tú|te|ti|contigo|tu|tus|puedes|podrías|tienes|sabes|dime|hiciste|enviaste|vosotros|os|vuestr\w+)(?!\w)",
)
FORMAL_FORMS = (
    r"(?i)(?<!\w)(?:usted|ustedes|su|sus|le|les|puede|podría|tiene|sabe|dígame|hizo|envió)(?!\w)",
)
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:tú|contigo|tus|puedes|podrías|tienes)(?!\w)"
REPLY_FORMAL_FORMS = r"(?i)(?<!\w)(?:usted|ustedes)(?!\w)"
REPLY_PRONOUNS = ("tú", "usted")
INFORMAL_OPENERS = r"(?i)(?:hola)\b"
SALUTATIONS = {
    "ms": "señora",
    "mrs": "señora",
    "miss": "señora",
    "frau": "señora",
    "mr": "señor",
    "herr": "señor",
}
FORMAL_OPENERS = {"señora": "Estimada", "señor": "Estimado"}
NEGATIONS = ("no", "nunca", "ningún", "ninguna")
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompetentes",
                "incompetente",
                "inútiles",
                "inútil",
                "aficionados",
                "mentirosos",
                "ridículo",
                "vergonzoso",
                "patético",
                "chapuza",
                "chapuceros",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["siempre", "nunca", "cada vez", "absolutamente nada", "ni una vez"],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "phrases": [
                "inaceptable",
                "ustedes no hacen nada",
                "nos han mentido",
                "nos ignoran",
                "una vergüenza",
                "indignante",
                "intolerable",
            ],
        },
    ),
    "threat_to_leave": (
        {
            "weight": 0.5,
            "phrases": [
                "rescindir",
                "rescindir el contrato",
                "cancelar el contrato",
                "cambiar de agencia",
                "cambiar de proveedor",
                "buscar otra agencia",
                "última oportunidad",
            ],
        },
    ),
}

ASK_CUES = {
    "refund": r"reembols\w*|devoluci\w*|devuelv\w*|abono|descuento\w*|rebaja\w*|compensaci\w*|indemniz\w*|no (?:\w+ )?pag\w*|retener el pago",
    "meeting": r"habl\w*|llámame|llámeme|hablar|llamad\w*|reuni\w*|videollamad\w*|cita|hablar por teléfono|teléfono|vernos|encuentro",
    "written": r"(?:una|su|tu) (?:respuesta|explicación)|por escrito|respuesta escrita|escrito|por (?:e-?mail|correo)",
    "document": r"informes?|facturas?|desglose\w*|exportaci\w*|document\w*|calendario|cronograma|plan de acción|copias?|presupuestos?|análisis|accesos?|archivos?|presentación",
    "decision": r"(?:su|una|la) decisión|decida|confirm\w* si|sí o no|comprom\w*|respuesta clara",
    "person": r"(?:su|tu|el|la) (?:responsable|director\w*|jefe|jefa|superior\w*|gerente|encargad\w*)|alguien (?:con más|de mayor) (?:responsabilidad|rango)|escal\w*",
}
ASK_LEADS = (
    r"por favor|le ruego|les ruego|te pido|¿?puede|¿?podría|¿?puedes|¿?podrías|(?:quiero|queremos|necesito|necesitamos|exijo|exigimos|espero|esperamos|solicito|solicitamos|pido|pedimos|quisiera|quisiéramos|me gustaría|nos gustaría|propongo|proponemos)|envíe\w*|envíen\w*|mánde\w*|mánda\w*|¿es posible|¿sería posible|¿está disponible|¿tiene tiempo",
)
NO_CALL = (r"(?:no|sin|nada de) (?:\w+ ){0,2}(?:llamad|teléfono)\w*|no por teléfono",)
SITUATIONS = {
    "price": r"subida de (?:precios?|tarifas?)|aument\w* (?:\w+ ){0,3}(?:precios?|tarifas?|honorarios|cuota)|(?:precios?|tarifas?) (?:\w+ ){0,2}(?:sub\w*|aument\w*)|demasiado caro|más caro",
    "refund": r"reembols\w*|devoluci\w*|abono|descuento\w*|compensaci\w*",
    "competitor": r"otras? agencias?|otros proveedores|competencia|competidor\w*|oferta de|más barat\w*",
    "ranking": r"ranking|clasificaci\w*|evaluación de (?:proveedores|agencias)|último lugar|peor valorad\w*",
    "leave": r"rescind\w*|cancelar el contrato|cambiar de (?:agencia|proveedor)|buscar otra agencia|no renov\w*|terminar (?:el contrato|la relación)|última oportunidad",
    "deadline": r"retras\w*|tarde|plazo\w*|fecha límite|todavía esper\w*|seguimos esperando",
}
PRAISE = (
    r"(?:ustedes|su equipo|el equipo|tu equipo) (?:\w+ )?(?:eran|fueron|son|han sido|era) (?:\w+ ){0,2}(?:buen\w*|excelentes?|fantástic\w*|útiles?|geniales?)",
    r"gracias|content\w* con|satisfech\w* con|buen trabajo",
)
ANNOUNCEMENTS = (
    r"para su información|para tu información|les informo que|(?:estaremos|estaré) (?:\w+ )?(?:de vacaciones|fuera de la oficina)|(?:hemos|he) (?:\w+ )?(?:contratado|lanzado|trasladado)",
)
CONCESSIONS = ("pero", "sin embargo", "aunque", "no obstante")
FILLERS = (
    "te escribo porque",
    "le escribo porque",
    "sinceramente",
    "francamente",
    "la verdad",
    "de verdad",
    "realmente",
    "absolutamente",
    "totalmente",
    "completamente",
    "simplemente",
)
WEEKDAY_DATE = "EEEE d 'de' MMMM"
DUE_WORDS = {
    r"pasado mañana": "+2d",
    r"hoy|esta tarde|esta noche": "+0d",
    r"(?<!la )(?<!por la )mañana": "+1d",
    r"(?:antes del? )?(?:el )?final de (?:la|esta) semana": "eow",
    r"la (?:semana )?próxima semana|la semana que viene": "nw",
    r"(?:antes del? )?(?:el )?final de(?:l| este) mes": "eom",
    r"el (?:mes )?próximo mes|el mes que viene": "nm",
    r"(?:en|dentro de) (?P<n>\d+|dos|tres|cuatro|cinco|diez) días (?:hábiles|laborables)": "+nw",
    r"(?:en|dentro de) (?P<n>\d+|dos|tres|cuatro|cinco|siete|diez|quince) días": "+n",
    r"(?:en|dentro de) (?:una|1) semana": "+7d",
    r"(?:en|dentro de) (?:dos|2) semanas": "+14d",
    r"(?:a |para )?(?:finales|fin) de {month}": "monthend",
    r"(?:a |para )?mediados de {month}": "monthmid",
}
NUMBER_WORDS = {
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "quince": 15,
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
REMEDY_WORDS = (
    r"corregid\w*|correcci\w*|restablecid\w*|resuelt\w*|sustituid\w*|reenviad\w*|reparad\w*|causa raíz|abono",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = ("luego", "y", "entonces", "además", "así que")
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "El {day:02}/{month:02}/{year} a las {time}, {who} escribió:"
ATTRIBUTION_UNDATED = "{who} escribió:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nunca (?:llegó|recibimos|hemos recibido)|ni un solo|ni una sola|no (?:hemos )?recibido|falta\w*",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement;
# verbs are left as written, so only possessives and objects swap where the verb would change.
RESTATE_SWAPS = {
    "nuestro": "su",
    "nuestra": "su",
    "nuestros": "sus",
    "nuestras": "sus",
    "nos": "le",
    "mi": "su",
    "mis": "sus",
}
RESTATE_SWAPS_INFORMAL = {
    "nuestro": "tu",
    "nuestra": "tu",
    "nuestros": "tus",
    "nuestras": "tus",
    "nos": "te",
    "mi": "tu",
    "mis": "tus",
    "tu": "nuestro",
    "tus": "nuestros",
}
# A clause where the writer speaks as "yo" or "tú" would need another verb form: not restated.
RESTATE_BLOCKERS_INFORMAL = r"(?i)(?<!\w)(?:tú|yo|nosotros|nosotras|me)(?!\w)"
RESTATE_BLOCKERS = r"(?i)(?<!\w)(?:yo|nosotros|nosotras|usted|ustedes|me)(?!\w)"
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:por favor,? )?(?:escriba|responda) (?:su respuesta )?(?:por )?encima de esta línea",
    "respuestas anteriores",
)
# A mailing list's footer (mail/_quotes.py): it and what follows are not the sender's words.
LIST_FOOTERS = (
    "recibiste este mensaje porque estás suscrito",
    "para anular la suscripción a este grupo",
)

# (draft-reply check) phrases that talk down to a client, lower case.
CONDESCENSION = (
    "ni siquiera es usted",
    "ni siquiera son",
    "ni siquiera un gran cliente",
    "uno de nuestros clientes más pequeños",
    "con todo respeto",
    "con el debido respeto",
    "como todo el mundo sabe",
    "se lo vuelvo a explicar",
    "lea mi correo anterior",
    "si hubiera leído",
    "si se hubiera molestado",
    "obviamente usted",
    "francamente",
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"antes del?|a más tardar(?: el)?|hasta el|para el",)
