"""Spanish (español): what draft-reply knows of Spanish (lang/__init__.py)."""

NAME = "Spanish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "correo original",
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
EXTERNAL_BANNERS = (
    r"\[externo\]\s*$",
    r"\*{0,3}\s*correo (?:electr(?:ó|o)nico )?externo\s*\*{0,3}\s*[:!.-]",
    r"(?:precauci(?:ó|o)n|atenci(?:ó|o)n|aviso|advertencia)\s*[:!-]?\s*(?:este (?:correo|mensaje|e-?mail) "
    r"(?:(?:electr(?:ó|o)nico )?(?:se origin(?:ó|o)|proviene|procede|viene) (?:de )?fuera|"
    r"(?:electr(?:ó|o)nico )?(?:proviene|procede) de un remitente externo)|correo externo)",
    r"este (?:correo|mensaje) (?:electr(?:ó|o)nico )?(?:se origin(?:ó|o)|proviene|procede) (?:de )?fuera de "
    r"(?:la|su|nuestra) (?:organizaci(?:ó|o)n|empresa)",
    r"no suele recibir correos? (?:electr(?:ó|o)nicos? )?de",
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
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:poco|pocas|pocos|sin|ningún|ninguna) (?:consejos?|recomendaci\w+|análisis)|"
        r"sin cambios|idéntic\w*|(?:sigue|siguen) (?:igual|iguales)|(?:los|las|el|la) mism[oa]s? que|"
        # A price rise in figures ("12 % more from January").
        r"\d+ ?(?:%|por ciento) más|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"demasiado (?:lent\w*|tarde|car\w*|genéric\w*)|muy poc[oa]s? (?:recomendaci\w*|ideas|propuestas)|critic\w+|tarda\w* (?:\w+ ){0,3}(?:días|semanas)|"
        # Something that stopped (the hourly updates, the tracking).
        r"(?:se )?(?:detuvo|detuvieron|paró|pararon)|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"cero \w+s\b|"
        # Due and not delivered: "doveva essere online a settembre".
        r"tenía(?:n)? que (?:estar|llegar|salir|arrancar|empezar)|deberían? haber|debía(?:n)? (?:estar|llegar|salir)|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"subida|aument\w* (?:\w+ ){0,2}(?:precios?|tarifas?|cuotas?)|más caro|encarec\w*|(?:bajado|caído) (?:de|del|a|al|hasta)|perd\w* \d+ (?:posiciones|puestos)|fuera de la primera página|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"por error|no funciona\w*|dej\w* de funcionar|no coincide\w*|menos \w+ que|"
        # Halved: "quote requests have halved since the summer".
        r"(?:reducido|caído|bajado) a la mitad|hemos perdido|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"no (?:recibo|recibimos|obtengo|obtenemos|veo|vemos) nada|nada más que|nada a cambio|excusas|no vale la pena|tirar el dinero|"
        r"(?:nos|me) (?:están|han) cobrando|(?:nos|me) han cobrado|cobrad\w* de más|cuando el presupuesto acordado|"
        r"caíd[oa]s?|fuera de servicio|sin servicio|retras\w*|tarde|otra vez|de nuevo|todavía|aún|nunca|decepcion\w*|inaceptable|"
        r"problemas?|esper\w*|errores|error|mal|frustra\w*|molest\w*|nadie|ignor\w*|"
        r"fall\w*|perdid\w*|baj\w*|lent\w*|quej\w*|incumpl\w*|(?:ha|han|he|hemos|habéis|has) vuelto a|"
        r"volvi(?:ó|eron|ste|steis) a|vuelve a|vuelven a|prometi\w*|prometid\w*|(?:seguimos|sigue|siguen|sigo) "
        r"(?:igual|sin|esperando)|llev\w* (?:\S+ ){0,3}(?:sin|esperando)"
    ),
    "weak": r"no|nada|sin|solo|sólo|tampoco|ni",
    "emotion": r"decepcion\w*|frustra\w*|molest\w*|enfadad\w*|preocupad\w*",
    "things": (
        r"informes?|reportes?|panel(?:es)?|dashboards?|campañas?|facturas?|presupuestos?|seo|"
        r"posicionamiento|web|sitio|páginas?|datos|cifras|landing"
    ),
    "when": (
        r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
        r"diciembre|lunes|martes|miércoles|jueves|viernes|dos|tres|[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"nadie (?:nos|me) (?:avisó|informó|dijo)|sin avisar|sin respuesta|(?:no|tampoco|nunca) (?:nos |me )?(?:han )?(?:respond|contest)\w*",
    "others": (
        r"otras? agencias?|otros proveedores|competencia|competidores?|(?:nos|me) (?:ha|han) ofrecido|"
        r"(?:nos|me) ofrecen? (?:lo|el|la) mism\w*|por un \d+ ?% menos"
    ),
}
SALUTATION_OPENERS = (
    "hola",
    "buenos días",
    "buenas tardes",
    "buenas noches",
    "estimad[oa]s?",
    "querid[oa]s?",
    "señora",
    "señor",
    "señores",
    "muy señor(?:es)? mío(?:s)?",
    "a quien corresponda",
    "oye",
    "buenas",
)
SIGN_OFFS = (
    "saludos",
    "un saludo",
    "atentamente",
    "muy atentamente",
    "saludos cordiales",
    "un cordial saludo",
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
    r"(?i)(?<!\w)(?:prometiste|dijiste|aseguraste|mandaste|entregaste|olvidaste|dejaste|respondiste|"
    r"contestaste|avisaste|has|habéis|sois|tenéis|podéis|queréis|quieres|estás|eres|llámame|llamadme)(?!\w)",
    # tú's present and imperative: "Me lo mandas hoy?", "Oye", "mándame", "avísame".
    r"(?i)(?<!\w)(?:oye|mandas|envías|pasas|dices|haces|mándame|envíame|pásame|escríbeme|"
    r"avísame|contéstame)(?!\w)",
    # voseo (Río de la Plata, Central America): "vos sabés", "Escribime", "no me llames"
    r"(?i)(?<!\w)(?:vos|sabés|tenés|podés|querés|decís|hacés|sos|llamame|escribime|mandame|"
    r"decime|avisame|contestame|pasame|mandes|llames|digas|escribas)(?!\w)",
)
# "ustedes" is the only plural in Latin America ("Hola Sam, ustedes me prometieron..." is
# informal there): it counts for neither.
FORMAL_FORMS = (
    # not "Puede ser" (it may be)
    r"(?i)(?<!\w)(?:usted|su|sus|le|les|puede(?! ser\b)|podría|tiene|sabe|dígame|hizo|envió)(?!\w)",
    r"(?i)(?<!\w)(?:estimad[oa]s?|señores|atentamente|cordialmente|reciba un cordial saludo)(?!\w)",
)
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:tú|contigo|tus|puedes|podrías|tienes)(?!\w)"
REPLY_FORMAL_FORMS = r"(?i)(?<!\w)(?:usted|ustedes)(?!\w)"
REPLY_PRONOUNS = ("tú", "usted")
INFORMAL_OPENERS = r"(?i)(?:hola)\b"
# "Buenos días, Carmen García:": without a salutation (book or email,
# mail/sender.self_address) the formal greeting names the whole name; a first name is never
# taken for a gender (a single name greets with none).
FORMAL_GREETS_FULL_NAME = True
# "Estimado Sr. Montero:" for Javier Montero Ruiz: the first of the two surnames; "María José
# García" has a compound given name.
TWO_SURNAMES = True
SECOND_GIVEN_NAMES = (
    *("josé", "maría", "luis", "carlos", "antonio", "manuel", "ángel", "pablo", "javier"),
    *("carmen", "isabel", "elena", "teresa", "jesús", "francisco", "andrés", "ignacio"),
    *("miguel", "alberto", "eugenia", "victoria", "lucía", "pilar", "rosa", "dolores"),
    *("mercedes", "fernando", "ramón", "enrique", "ana", "juan", "cristina", "laura"),
    *("sofía", "inés", "belén", "paz", "mar", "ángeles", "rosario", "rocío", "consuelo"),
    *("montserrat", "lourdes", "asunción", "soledad", "fátima"),
)
SALUTATIONS = {
    "ms": "Sra.",
    "mrs": "Sra.",
    "miss": "Sra.",
    "frau": "Sra.",
    "mr": "Sr.",
    "herr": "Sr.",
}
FORMAL_OPENERS = {"Sra.": "Estimada", "Sr.": "Estimado"}
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
                "unos payasos",
                "menudos payasos",
                "panda de payasos",
                "una basura",
                "una porquería",
                "una mierda",
                "una tomadura de pelo",
                "una vergüenza",
                "un desastre",
                "un cachondeo",
                "es un timo",
                "es una estafa",
                "unos ladrones",
                "unos sinvergüenzas",
                "sinvergüenzas",
                "ineptos",
                "idiotas",
                "imbéciles",
            ],
        },
    ),
    "profanity": (
        {
            "weight": 0.6,
            "phrases": [
                "mierda",
                "joder",
                "coño",
                "cojones",
                "hostia",
                "hostias",
                "puta",
                "puto",
                "putada",
                "gilipollas",
                "cabrones",
                "carajo",
                "pendejos",
                "chingada",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["nunca", "cada vez", "absolutamente nada", "ni una vez"],
            # "siempre", but not "como siempre" (a courtesy) or "siempre que" (whenever);
            # "una vez más", but not "gracias una vez más" or "una vez más, gracias".
            "patterns": [
                r"(?<!\bcomo )\bsiempre\b(?!\s+que\b)",
                r"(?<!\bgracias )\buna\s+vez\s+más\b(?!\s*,?\s*(?:gracias|muchas\s+gracias|enhorabuena)\b)(?!\s+por\b)",
            ],
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
                "es el colmo",
                "indignante",
                "intolerable",
                # la queja formal, fría pero clara (estas llevan su negación dentro)
                "no estamos de acuerdo con esta factura",
                "no estamos de acuerdo con la factura",
                "no es lo que esperamos",
                "no es lo que esperábamos",
                "no está a la altura",
                "no están a la altura",
                "por debajo de nuestras expectativas",
                "por debajo de lo esperado",
                "no estamos satisfechos",
                "no estoy satisfecho",
                "no es de recibo",
                "no vamos a pagar",
                "no pagaremos",
                "nos negamos a pagar",
                "no puede volver a pasar",
                "no puede volver a ocurrir",
                "nos prometieron",
                "nos habían prometido",
                "ustedes prometieron",
            ],
            "patterns": [
                r"\b(?:reclamamos|impugnamos|rechazamos|disputamos)\s+(?:la|esta|su|las|estas)\s+(?:\w+\s+)?(?:facturas?|cargos?|importes?)\b",
                r"\bpara\s+lo\s+que\s+(?:les\s+|os\s+)?(?:pagamos|estamos\s+pagando)\b",
                r"\bno\s+(?:estamos|estoy)\s+(?:nada\s+|para\s+nada\s+|en\s+absoluto\s+)?(?:content[oa]s?|satisfech[oa]s?)\b",
            ],
        },
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "insatisfechos",
                "insatisfecho",
                "descontentos",
                "descontento",
                "muy decepcionados",
                "muy decepcionado",
                "muy decepcionada",
                "profundamente decepcionados",
                "tremendamente decepcionados",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "decepcionados",
                "decepcionado",
                "decepcionada",
                "decepcionante",
                "molestos",
                "molesto",
                "frustrante",
                "frustrados",
                "frustrado",
                "enfadados",
                "enfadado",
                "furiosos",
                "furioso",
            ],
        },
    ),
    "exasperation": (
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "estoy harto",
                "estoy harta",
                "estamos hartos",
                "estamos hartas",
                "ya basta",
                "cuántas veces",
                "se nos acaba la paciencia",
                "se me acaba la paciencia",
                "perdiendo la paciencia",
            ],
            "patterns": [
                r"\bla\s+(?:segunda|tercera|cuarta|quinta|enésima)\s+vez\s+que\s+(?:\w+\s+){0,2}?(?:pido|pedimos|pregunto|preguntamos|escribo|escribimos|reclamo|reclamamos|insisto|recuerdo|solicito|solicitamos)\b",
                r"\besto\s+no\s+puede\s+seguir\s+así\b",
                r"\bpor\s+(?:segunda|tercera|cuarta|quinta|enésima|milésima|\d+ª?)\s+vez\b",
                r"\b(?:estoy|estamos)\s+(?:\w+\s+)?cansad[oa]s?\s+de\b",
                r"\b(?:perseguirles|perseguiros|perseguirlos|perseguirte|ir\s+detrás\s+de\s+(?:ustedes|vosotros))\b",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "sigo esperando",
                "seguimos esperando",
                "todavía sin respuesta",
                "aún sin respuesta",
                "sin noticias de ustedes",
            ],
            "patterns": [
                r"\bllev(?:o|amos)\s+(?:\w+\s+){1,3}esperando\b",
                r"\bsig(?:o|amos|uen)\s+sin\s+(?:recibir|respuesta|noticias|tener)\b",
            ],
        },
    ),
    "ultimatum": (
        {
            "weight": 0.45,
            "phrases": [
                "o no se molesten",
                "ni se molesten",
                "no se molesten en",
                "ni te molestes",
                "es la última vez",
                "por última vez",
                "se acabaron las excusas",
                "no más excusas",
            ],
        },
        {
            "weight": 0.2,
            "phrases": ["sin falta", "exijo", "exigimos"],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "paloma mensajera",
                "a lomo de mula",
                "me estás tomando el pelo",
                "me están tomando el pelo",
                "me está tomando el pelo",
                "gracias por nada",
                "qué sorpresa",
                "qué casualidad",
                "qué coincidencia",
                "mira tú por dónde",
                "casualidades de la vida",
                "es una broma",
            ],
            "patterns": [
                # Elogio de un fallo: "Genial, otra semana sin el informe."
                r"\b(?:genial|perfecto|estupendo|fantástico|maravilloso|fenomenal|magnífico|qué\s+bien)\s*[,.!…]+\s*"
                r"(?:otra|otro|otra\s+vez|de\s+nuevo|una\s+vez\s+más)\b(?!\s+(?:cosa|pregunta|duda|punto|detalle)\b)",
            ],
        },
    ),
    "threat_to_leave": (
        {
            # La forma educada y fría: "estamos valorando otras opciones".
            "weight": 0.5,
            "negatable": True,
            "phrases": [
                "si seguir con ustedes",
                "si seguimos con ustedes",
                "no renovar el contrato",
                "no renovaremos",
            ],
            "patterns": [
                r"\b(?:estamos|vamos\s+a|tendremos\s+que|tenemos\s+que|empezaremos\s+a|hemos\s+empezado\s+a)\s+(?:\w+\s+)?"
                r"(?:valorar|valorando|considerar|considerando|estudiar|estudiando|explorar|explorando|barajar|barajando|buscar|buscando|evaluar|evaluando)\s+otras\s+(?:opciones|alternativas|agencias|proveedores)\b",
                r"\breplante(?:ar|arnos|ando|amos)\s+(?:la|nuestra|esta)\s+(?:colaboración|relación|relación\s+comercial|contrato)\b",
                r"\bponer\s+fin\s+a\s+(?:la|nuestra|esta)\s+(?:colaboración|relación|contrato)\b",
            ],
        },
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
                "cambiaremos de agencia",
                "cambiaremos de proveedor",
                "buscaremos otra agencia",
                "nos iremos a otra agencia",
                "dejaremos de trabajar con ustedes",
                "dejaremos de trabajar con vosotros",
                "cancelaremos el contrato",
            ],
        },
    ),
}

ASK_CUES = {
    "refund": (
        r"hacer algo (?:con|en|sobre|por) el precio|(?:mantener|conservar|respetar) (?:el |la )?(?:precio|tarifa|iguala) (?:anterior|actual|de siempre)|(?:asumir|cubrir|hacerse cargo de) (?:los |el |las )?(?:costes?|costos?|gastos?)|(?:una )?(?:oferta|precio) mejor|(?:una |un )?mejor (?:oferta|precio)|reembols\w*|devoluci\w*|(?:devuelv|devolv)\w*(?! (?:la|mi|nuestra|esta|una) llamada)|"
        r"dinero de vuelta|abono|notas? de crédito|descuento\w*|rebaja\w*|compensaci\w*|indemniz\w*|"
        r"no (?:\w+ )?pag\w*|retener el pago"
    ),
    # "quedar" and "vernos" as well as "hablar": "¿Podemos quedar el jueves?" is a meeting.
    "meeting": (
        r"(?:me|nos) llam(?:ara|aran|ase|asen|ará|arán|aras|ases)|habl\w*|recibir(?:le|te|les|os)|(?:puedo|podemos|podría|podríamos) recibir(?:la|los|las)|ll[áa]mame|llámeme|llámenme|llamadme|llamar|llamarme|llamarnos|llamad\w*|(?<!estoy en )(?<!estaré en )(?<!entre )(?<!reunión y )reuni\w*|"
        r"(?:me|nos) llam(?:e|en|éis|es)|videollamad\w*|cita|por teléfono|vernos|nos vemos|vemos|nos veamos|encontrarnos|encuentro|"
        r"quedamos|quedemos|quedar(?! (?:claro|clara|listo|lista|bien|mal|pendiente|resuelto)\b)"
    ),
    "written": r"^(?:respuesta|contestación)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|(?:quiero|queremos|necesito|necesitamos) saber(?= (?:\S+ ){0,3}(?:qué|quién|quiénes|cómo|por qué|cuándo|dónde|si)\b)|"
    r"(?:me|nos) (?:digas|diga|digan|digáis|dices|dirás|dirá)(?= (?:\S+ ){0,5}(?:qué|quién|quiénes|cómo|por qué|cuándo|dónde|si)\b)|dime|dígame|díganme|decidme|"
    r"(?:me )?(?:respondes|contestas|responde|conteste|responda)(?:me)?|respóndeme|contéstame|escr[íi]b[ei]me|escríbame|escríbanme|(?:una|su|tu) (?:respuesta|explicación)|por escrito|respuesta escrita|escrito|por (?:e-?mail|correo)",
    "document": r"(?<=las )cifras|auditorías?|detalle(?= de)|(?<=los )números(?= d)|hojas? de cálculo|excel|planillas?|csv|listado|resumen|recopilatorio|relación de|"
    r"(?:me|nos) (?:lo|la|los|las) (?:mand|envi|enví|pas)\w*|(?:mánd|envía|pása)(?:me|nos)l[oa]s?|"
    r"informes?|reportes?|propuestas?|facturas?|desglose\w*|exportaci\w*|document\w*|calendario|cronograma|plan de acción|plan(?= (?:de|para) (?!pagos?\b|precios?\b)\w)|copias?|"
    # not a year's budget ("el presupuesto de 2027", "el presupuesto anual")
    r"presupuestos?(?! (?:(?:de|del|para) (?:\d{4}|(?:el |este |próximo )año)|anual))|análisis|accesos?|archivos?|presentación",
    # Lo que hay que arreglar: "arreglen el formulario", "que la web vuelva a funcionar".
    "fix": (
        r"que alguien (?:lo |la )?(?:mire|revise|vea|atienda|se ocupe)|(?:esté|estén|vuelva a estar|vuelvan a estar) (?:arriba|en línea|online|operativ\w*|funcionando|andando)|(?:arriba|en línea|online)(?= (?:antes|para|hoy)\b)|"
        r"arregl\w*|repar\w*|corrij\w*|correg\w*|corrección|solucion\w*|restablec\w*|"
        r"vuelva\w* a funcionar|funcione\w* (?:de nuevo|otra vez)|(?:de nuevo|otra vez) (?:en línea|operativ\w*)"
        r"|(?<=\bsi )(?:\S+ ){0,5}no (?:funciona|está operativ\w*|está andando|anda)"
    ),
    "decision": r"(?:su|una|la) decisión|decida|confirm\w* si|sí o no|comprom\w*|respuesta clara",
    "person": r"alguien (?:con capacidad de decidir|que (?:pueda|sepa) decidir|con poder de decisión)|"
    r"(?:su|tu|el|la) (?:responsable|director\w*|jefe|jefa|superior\w*|gerente|encargad\w*)|alguien (?:con más|de mayor) (?:responsabilidad|rango)|(?:nivel|rango|cargo) de (?:dirección|gerencia)|escal\w*",
}
# "¿Podemos ...?", "¿Nos vemos ...?", "¿Quedamos ...?" ask only as questions: "no podemos
# presentar el informe" asks nothing.
ASK_LEADS = (
    r"(?:me parece|sería|es|veo) (?:\w+ )?justo|"
    r"¿?me (?:contestas|respondes|contesta|responde)|lo (?:justo|razonable) (?:es|sería)|si (?:lo )?(?:prefiere|prefieres|prefieren)(?=[^.!?\n]*\d)|por favor|le ruego|les ruego|te pido|¿?puede(?! que)|(?:le|te|les|os)? ?agradecer(?:ía|íamos)|¿?podría|¿?puedes|¿?podrías|¿?pueden|¿?podrían|"
    r"¿?podéis|¿?podríamos|¿?podemos(?=[^.!?]*\?)|¿?nos vemos(?=[^.!?]*\?)|"
    r"¿?quedamos(?=[^.!?]*\?)|¿?hablamos(?=[^.!?]*\?)|¿?(?:te|le|les|os) (?:va|viene) bien|"
    # not "cuando quiero" (whenever I like)
    r"(?:(?<!cuando )quiero|(?<!cuando )queremos|quería pedir\w*|queríamos pedir\w*|necesito|necesitamos|exijo|exigimos|espero|esperamos|solicito|solicitamos|pido|pedimos|(?:le|te|les|os) pediría|pediría|pediríamos|(?:le|te|les|os) solicitaría|quisiera|quisiéramos|me gustaría|nos gustaría|propongo|proponemos)|"
    # tú and voseo imperatives, with or without their accent ("llamame", "escribime")
    r"ll[áa]mame|escr[íi]b[ei]me|av[íi]same|cont[ée]stame|conf[íi]rmame|mand[áa]me|dec[íi]me|dime|"
    r"llámame|llámeme|llámenme|llamadme|envíe\w*|envíen\w*|mánde\w*|mánda\w*|¿es posible|¿sería posible|¿está disponible|¿tiene tiempo|"
    r"(?:tiene|tienen|tienes|tenéis) (?:de plazo )?hasta|"
    # "¿Me lo mandas hoy?"; "Si no recibo una propuesta antes del 10 ...": an ultimatum asks
    r"¿?(?:me|nos) (?:lo|la|los|las) (?:mand|envi|enví|pas)\w*|"
    r"si no (?:recibo|recibimos|tengo|tenemos|obtengo|obtenemos)|"
    # a request in the subjunctive, after "Le encargo dos cosas.": "Que me haga llegar ...",
    # "Y que tengamos una junta ..."
    r"^(?:y )?que (?:me|nos) (?!\w+ (?:dijo|dijeron|dice|dicen)\b)\w+|"
    r"^(?:y )?que (?:tengamos|hagamos|hablemos|veamos|revisemos|agendemos)"
    # un ultimátum: "si el lunes no funciona, me voy"
    r"|\bsi (?:\S+ ){0,7}no\b",
)
# A refusal of calls: a negative command ("no me llamen", "no me llames"), "nada de
# llamadas", "sin llamadas", "por teléfono no". "No me llamaron" and "no contestan al teléfono"
# complain about calls; they refuse none.
NO_CALL = (
    r"no (?:me |nos )?(?:llam(?:e|en|es|éis)|telefone(?:e|en|es|éis))(?: por teléfono)?|"
    r"no (?:me |nos )?(?:vuelv(?:a|an|as)|volváis) a llamar(?:me|nos)?|"
    r"no (?:hace falta|es necesario|necesito|necesitamos|quiero|queremos) (?:que (?:me |nos )?"
    r"llam\w+|llamar(?:me|nos)?|(?:más |ninguna )?llamadas?)|"
    r"nada de (?:llamadas|teléfono)|sin (?:más )?llamadas|no por teléfono|por teléfono no|"
    r"no hablar por teléfono",
    r"una llamada no (?:lo |la )?(?:sustituye|reemplaza|sustituirá)",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    # not "estoy en reuniones" (busy), a state, not a meeting asked for
    r"(?<!estoy en )(?<!estaré en )(?<!entre )reuni\w*|cita|vernos|nos vemos|nos veamos|encontrarnos|encuentro|quedamos|quedemos|"
    r"quedar|en persona|presencial\w*|en (?:su|tu|vuestra|nuestra) oficina",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:está|están|sigue|siguen) (?:\w+ ){0,2}(?:caíd[oa]s?|abajo|fuera de servicio|sin servicio|en blanco|vací[oa]s?|bloquead[oa]s?|colgad[oa]s?)|no (?:registra|registran|carga|cargan|funciona|funcionan|anda|andan|abre|abren|muestra|muestran|actualiza|actualizan)|(?:muestra|muestran|marca|marcan|dice) (?:\w+ ){0,2}(?:nada|cero|un error|errores)|error \d{3}|se (?:ha )?caído|se cayó|no hay (?:\w+ )?(?:datos|servicio)",
)
OUTAGE_NOW = (
    r"hace (?:\w+ )?(?:horas|días|semanas?)|desde|hoy|esta mañana|ahora|ahora mismo|en este momento|actualmente|sigue|siguen|todavía|aún|otra vez|de nuevo",
)
OUTAGE_SYSTEMS = (
    r"panel\w*|tablero\w*|dashboard|web|sitio|página\w*|tienda|formulario\w*|seguimiento|tracking|etiqueta\w*|píxel|pixel|app|aplicación|portal|servidor|feed|export\w*|widget|analytics|ga4|enlaces?|redirecciones?|api|integración|login|carrito|pago\w*|datos|conversiones|newsletter|sistema\w*|checkout",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!su )(?<!tu )(?<!nuestra )(?<!nuestro )(?:propuestas?|ofertas?|presupuestos?|cotizaci[oó]n)",
    r"(?:nos|me) (?:contactó|contactaron|ha contactado|han contactado|buscó|buscaron|visitó|visitaron)|vinieron a vernos|vino a vernos",
)
PER_PERIOD = (r"(?:al|por|cada) (?:mes|año)", "mensuales?", "anuales?")
ANNOUNCED_STEPS = {
    "end": r"rescind\w*|rescisi\w*|cancel\w* el contrato|terminar (?:el contrato|la relación)|dar por terminad\w*|no renov\w* (?:\w+ ){0,2}(?:contrato|acuerdo|colaboración)",
    "tender": r"licitaci\w*|concurso (?:entre|de|con otras) (?:\w+ )?(?:agencias|proveedores|empresas)|(?:convoc|abr|lanz|organiz|har)\w* (?:un|el) concurso",
    "payment": r"(?:suspend|reten|retend|congel)\w* (?:\w+ ){0,2}(?:pagos?|facturas?)(?! (?:de|a) (?:nuestros |los |mis )?clientes| en línea| con tarjeta)",
    "decision": r"(?:comité|consejo|dirección|junta|directorio|socios)\b[^.!?]{0,60}?(?:decid\w*|decisión)|(?:decid\w*|decisión)\b[^.!?]{0,60}?(?:comité|consejo|dirección|junta|directorio|socios)\b",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"«“][^\"»”\n]{2,40}[\"»”] (?:\w+ ){0,4}(?:posición|puesto|lugar)|google|bing|resultados de búsqueda|(?:primera|segunda) página|página \d|palabras? clave|búsquedas? orgánic\w*",
    "price": r"subida de (?:precios?|tarifas?|cuotas?)|ajuste de (?:precios?|tarifas?)|(?:aument|sub)\w* (?:\S+ ){0,3}(?:precios?|tarifas?|honorarios|cuotas?)|(?:precios?|tarifas?|cuotas?) (?:\w+ ){0,2}(?:sub\w*|aument\w*)|demasiado caro|más caro",
    "refund": r"reembols\w*|devoluci\w*|abono|descuento\w*|compensaci\w*|dinero de vuelta|(?:devuelv|devolv)\w*(?! (?:la|mi|nuestra|esta|una) llamada)",
    "competitor": r"(?:recibido|llegado) (?:\w+ )?una (?:propuesta|oferta)(?=[^.!?\n]*\d)|otras? agencias?|otros proveedores|competencia|competidor\w*|oferta de(?! (?:precio|renovación|servicios?)\b)|más barat\w*|"
    r"(?:nos|me) (?:ha|han) ofrecido|(?:nos|me) (?:ha|han) propuesto(?=[^.!?\n]*\d)|(?:nos|me) (?:ofrece|ofrecen|propone|proponen)\b(?=[^.!?\n]*\d)|(?:nos|me) (?:ha|han) (?:presentado|hecho|enviado) una (?:propuesta|oferta)|(?:nos|me) ofrecen? (?:lo mismo|el mismo|la misma)|por un \d+ ?% menos",
    "ranking": r"ranking|clasificaci\w*|evaluación de (?:proveedores|agencias)|último lugar|peor valorad\w*",
    "leave": r"si seguimos(?: o no| con (?:vosotros|ustedes|vos))|rescind\w*|cancel\w* el contrato|cambi\w* de (?:agencia|proveedor)|busc\w* otra agencia|no renov\w*|terminar (?:el contrato|la relación)|última oportunidad|dej\w* de trabajar con (?:vosotros|ustedes)|nos iremos a otra agencia",
    "deadline": r"retras\w*|tarde|plazo\w*|fecha límite|todavía esper\w*|seguimos esperando",
    "notice": (
        r"por (?:la|medio de la) presente|burofax|requerimiento (?:formal|fehaciente)|(?:nuestr[oa]s?|mis?) (?:abogad[oa]s?|asesor\w* jurídic\w*|departamento (?:legal|jurídico))|acciones? (?:legales?|judiciales?)|vía judicial|carta de (?:rescisión|resolución|baja)|(?:notificamos|comunicamos|le comunico) (?:\w+ ){0,3}(?:resolución|rescisión)|incumplimiento (?:del|de) contrato"
    ),
    "invoice": (
        r"(?!facturaci[oó]n\b)factur\w*|cobrad\w* de más|cobro indebido|(?:nos|me) (?:han|habéis|ha|has) cobrado"
    ),
    "own_part": (
        r"(?:reconozco|reconocemos|admito|admitimos|sé|sabemos) (?:que )?(?:nosotros |yo )?(?:\w+ ){0,4}(?:tarde|olvidamos|olvidé|cambiamos|cambié|retrasamos|retrasé|deberíamos haber|debería haber)|(?:en parte|también) (?:es |fue )?(?:culpa )?(?:nuestra|mía)|(?:nuestra|mi) (?:parte de )?(?:culpa|responsabilidad),? (?:también|en parte)"
    ),
}
PRAISE = (
    # Praise by negation: "nada que objetar", "no estamos descontentos", "el seguimiento
    # funciona perfectamente".
    r"nada que (?:objetar|reprochar)|no (?:estoy|estamos) (?:\w+ )?(?:descontent|insatisfech)"
    r"\w*|(?<!no )(?:funciona|funcionó|funcionaba) (?:perfectamente|de maravilla|sin problemas)",
    # "Primero lo positivo, para que no piense que solo me quejo: ..."
    r"^(?:primero|para empezar|antes que nada),? lo (?:positivo|bueno)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|felicidades|enhorabuena)\b",
    r"(?:ustedes|su equipo|el equipo|tu equipo) (?:\w+ )?(?:eran|fueron|son|han sido|era) (?:\w+ ){0,2}(?:buen\w*|excelentes?|fantástic\w*|útiles?|geniales?)",
    r"gracias|content\w* con|satisfech\w* con|buen trabajo",
    r"(?:me|nos|te|le) (?:encanta|encantan|encantó|ha encantado|han encantado|gusta mucho)",
)
ANNOUNCEMENTS = (
    r"acuso recibo|acusamos recibo|para su información|para tu información|les informo que|(?:estaremos|estaré) (?:\w+ )?(?:de vacaciones|fuera de la oficina)|(?:hemos|he) (?:\w+ )?(?:contratado|lanzado|trasladado)",
)
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "hay que reconocer",
    "es justo (?:decir|reconocer)",
    "hay que ser justos?",
    "para ser justos?",
    "reconozco",
    "lo reconozco",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = (
    "porque",
    "ya que",
    "sobre todo porque",
)
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
POINTING_OPENERS = (
    "eso",
    "esto",
    "ello",
    r"lo que (?:significa|hizo|hace)",
    r"(?:era|fue) (?:sobre|de|para|por)",
)
RELATIVE_OPENERS = ("lo cual",)
RELATIVE_PRONOUNS = (
    "que",
    "quien",
    "quienes",
    "el cual",
    "la cual",
    "los cuales",
    "las cuales",
    "donde",
    "cuy[oa]s?",
)
SHIFT_WORDS = ("de|del", "a|al|hasta")
OFFER_POINT = "{firm} ha presentado una oferta de {amount}."
MARK_WORDS = ("nota", "puntuación", "calificación")
MARK_ARTICLES = ("una", "un")
IN_THIS_LANGUAGE = (r"(?:escrib\w*|escrit\w*)(?: \w+){0,2} en (?:español|castellano)",)
CONCESSIONS = ("pero", "sin embargo", "aunque", "no obstante")
FILLERS = (
    r"no (?:te|le|les) voy a mentir",
    r"no (?:te|le) voy a engañar",
    # "I have to tell you that ...": what they tell is the point.
    r"(?:le|les|te) (?:informo|comunico) (?:de )?que",
    r"(?:tengo que|debo) (?:decirle|decirte|comunicarle|informarle)(?: que)?",
    r"lamento (?:decirle|decirte|informarle|comunicarle)(?: que)?",
    # The formula of a formal letter ("hereby"): it goes, the point stays.
    r"por (?:medio|intermedio) de(?:l| la)? presente",
    r"mediante (?:el|la) presente",
    r"^en serio(?=,)",  # "En serio, ...", not "tomarse en serio"
    "les recuerdo que",
    "le recuerdo que",
    "te recuerdo que",
    "os recuerdo que",
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
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("semana del", "semana de")
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = ("pasado", "pasada", "anterior")
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:antes del|para el|hasta el|el) d[ií]a (?P<n>[1-9]|[12]\d|3[01])(?! de)": "dom",
    # "Una reunión el 14 con mi jefe": a bare day after "el" (not "el 14 %", "el 2 de ...").
    r"(?:antes del|para el|hasta el|(?<!en )el) (?P<n>[1-9]|[12]\d|3[01])(?!\s*(?:de\b|[.:/,h]\d|\d|%|€|h\b|horas?\b|euros?\b|º|ª|veces|años?\b|meses|días?\b|semanas?\b|puestos?\b|lugar))": "dom",
    r"pasado mañana": "+2d",
    r"hoy|esta tarde|esta noche|esta mañana|(?:antes del |para el |al )?(?:final|fin) del día": "+0d",
    r"(?<!la )(?<!por la )mañana": "+1d",
    r"(?:antes del? )?(?:el )?final de (?:la|esta) semana|antes del fin de semana": "eow",
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
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (
    r"(?:exactamente )?(?:la misma|el mismo) (?:situación|problema|caída|fallo|incidente)",
)
REPEAT_WORDS = (r"otra vez|de nuevo|nuevamente|una vez más|(?:segunda|tercera) (?:vez|caída)",)
SINCE_WORDS = ("desde",)
REMEDY_WORDS = (
    r"corregid\w*|correcci\w*|restablecid\w*|resuelt\w*|sustituid\w*|reenviad\w*|reparad\w*|causa raíz|abono",
)
# Words a full stop does not end a sentence after (lang/sentences.py), lower case, no dot.
ABBREVIATIONS = (
    "sr",
    "sra",
    "srta",
    "sres",
    "dr",
    "dra",
    "ud",
    "uds",
    "vd",
    "vds",
    "dña",
    "avda",
    "pág",
    "núm",
    "tel",
    "aprox",
    "dpto",
    "ej",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    # "It doesn't change the fact that ...": what follows is the point
    r"el hecho es que",
    r"queda el hecho de que",
    "añado que",
    "agrego que",
    "añadiría que",
    "agregaría que",
    "añado además que",
    "en este contexto",
    "en estas condiciones",
    "en este marco",
    "luego",
    "y",
    "entonces",
    "además",
    "así que",
)
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "El {day:02}/{month:02}/{year} a las {time}, {who} escribió:"
ATTRIBUTION_UNDATED = "{who} escribió:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nunca (?:llegó|recibimos|hemos recibido)|ni un solo|ni una sola|no (?:hemos )?recibido|falta\w*|sigue sin (?:llegar|recibir\w*)|todavía no (?:ha llegado|han llegado|hemos recibido|he recibido)|no (?:nos )?ha llegado",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement, "a|b"
# giving a at the start of a clause and b elsewhere ("Han incumplido el plazo" is the client's
# "you", "los informes han llegado" is not). A verb changes only where a phrase below names it;
# a clause with any other verb of "yo", "nosotros", "tú" or "vosotros", or a "su"/"tu" whose
# noun the lists below do not know (its gender decides "nuestro"/"nuestra"), is left out.
_OUR_NOUNS = (  # (singular, plural, feminine): what the client calls ours
    ("equipo", "equipos", False),
    ("informe", "informes", False),
    ("reporte", "reportes", False),
    ("servicio", "servicios", False),
    ("trabajo", "trabajos", False),
    ("panel", "paneles", False),
    ("presupuesto", "presupuestos", False),
    ("sitio", "sitios", False),
    ("técnico", "técnicos", False),
    ("personal", "personal", False),
    ("soporte", "soporte", False),
    ("departamento", "departamentos", False),
    ("proyecto", "proyectos", False),
    ("plan", "planes", False),
    ("contrato", "contratos", False),
    ("jefe", "jefes", False),
    ("responsable", "responsables", False),
    ("director", "directores", False),
    ("gestor", "gestores", False),
    ("comercial", "comerciales", False),
    ("sistema", "sistemas", False),
    ("calendario", "calendarios", False),
    ("correo", "correos", False),
    ("mensaje", "mensajes", False),
    ("anuncio", "anuncios", False),
    ("error", "errores", False),
    ("retraso", "retrasos", False),
    ("plazo", "plazos", False),
    ("compromiso", "compromisos", False),
    ("cambio", "cambios", False),
    ("servidor", "servidores", False),
    ("boletín", "boletines", False),
    ("programa", "programas", False),
    ("agencia", "agencias", True),
    ("empresa", "empresas", True),
    ("web", "webs", True),
    ("página", "páginas", True),
    ("campaña", "campañas", True),
    ("factura", "facturas", True),
    ("propuesta", "propuestas", True),
    ("respuesta", "respuestas", True),
    ("oferta", "ofertas", True),
    ("gente", "gente", True),
    ("plataforma", "plataformas", True),
    ("aplicación", "aplicaciones", True),
    ("app", "apps", True),
    ("tienda", "tiendas", True),
    ("gestión", "gestiones", True),
    ("atención", "atención", True),
    ("entrega", "entregas", True),
    ("promesa", "promesas", True),
    ("cuenta", "cuentas", True),
    ("consultora", "consultoras", True),
    ("auditoría", "auditorías", True),
    ("estrategia", "estrategias", True),
    ("newsletter", "newsletters", True),
    ("tarifa", "tarifas", True),
    ("explicación", "explicaciones", True),
    ("solución", "soluciones", True),
)


def _ours(owner: str, owners: str) -> dict[str, str]:
    """ "su equipo" -> "nuestro equipo", "sus facturas" -> "nuestras facturas"."""
    swaps = {}
    for singular, plural, feminine in _OUR_NOUNS:
        swaps[f"{owner} {singular}"] = f"{'nuestra' if feminine else 'nuestro'} {singular}"
        swaps[f"{owners} {plural}"] = f"{'nuestras' if feminine else 'nuestros'} {plural}"
    return swaps


_NOUN_AFTER = "|".join(sorted({n for s, p, _ in _OUR_NOUNS for n in (s, p)}, key=len, reverse=True))
# Done by "ustedes" or "vosotros" (a 3rd person plural at the start of a clause): "Han
# incumplido el plazo" -> "Hemos incumplido el plazo".
_THEIR_DEEDS = (
    "incumplido",
    "fallado",
    "vuelto a",
    "entregado",
    "enviado",
    "respondido",
    "contestado",
    "avisado",
    "cumplido",
    "corregido",
    "arreglado",
    "solucionado",
    "resuelto",
    "prometido",
    "dicho",
    "ignorado",
    "cobrado",
    "facturado",
    "olvidado",
    "perdido",
    "dejado",
    "hecho",
)
_DEEDS = {
    **{f"han {deed}": f"hemos {deed}|han {deed}" for deed in _THEIR_DEEDS},
    **{f"no han {deed}": f"no hemos {deed}|no han {deed}" for deed in _THEIR_DEEDS},
    **{f"nunca han {deed}": f"nunca hemos {deed}|nunca han {deed}" for deed in _THEIR_DEEDS},
    "ustedes han": "hemos",
    "ustedes no han": "no hemos",
    "ustedes nunca han": "nunca hemos",
    "habéis": "hemos",
    "vuestro": "nuestro",
    "vuestra": "nuestra",
    "vuestros": "nuestros",
    "vuestras": "nuestras",
    # "... y nada": what was promised never came
    "y nada": "y no llegó",
    "y nada de": "y nada de",
    # "and you did not even tell us": owned without guessing who "we" are
    **{
        f"y {who} {verb}": "sin ningún aviso por nuestra parte"
        for who in ("no nos", "ni nos", "no", "ni", "no me", "ni me")
        for verb in ("avisaron", "avisasteis", "avisaste", "avisó")
    },
    "sin avisarnos": "sin ningún aviso por nuestra parte",
    "sin avisarme": "sin ningún aviso por nuestra parte",
    "sin avisar": "sin ningún aviso por nuestra parte",
}
# Promises and words the client says we gave them (object, verb of "ustedes"/"usted"):
# the first form at the start of a clause, the second after a subject ("Juan me dijo").
_TOLD = (
    ("prometieron", "prometimos", "prometió", "prometí"),
    ("dijeron", "dijimos", "dijo", "dije"),
    ("aseguraron", "aseguramos", "aseguró", "aseguré"),
    ("confirmaron", "confirmamos", "confirmó", "confirmé"),
)
# The client's own verbs in our voice. A verb of "yo" becomes one of "usted" (formal) or
# "tú" (informal); a verb of "nosotros" one of "ustedes" (formal) or of "tú" (informal: the
# informal table already says "nos" -> "te", "nuestro" -> "tu", so the business is "tú");
# a verb of the client's "ustedes", "vosotros" or "usted" (the agency) becomes one of
# "nosotros" (or "yo" for "usted"). The forms are made from the infinitives below: a regular
# verb by its class (-ar, -er, -ir), a stem-changing one by its change, and the irregular ones
# from their own forms (_ES_IRREGULAR). Each form is named by tense and person: p present,
# t preterite, m imperfect, f future, c conditional; 1s "yo", 2s "tú", 3s "usted", 1p
# "nosotros", 2p "vosotros", 3p "ustedes".
#
# A verb of "nosotros" in -amos (-ar) or -imos (-ir) is both present and preterite
# ("pagamos"). Each verb below says which to give when nothing in the clause tells:
#   "done"  something that happened: preterite ("perdimos la campaña" -> "perdieron");
#   "now"   a state that lasts: present ("necesitamos el informe" -> "necesitan");
#   "?"     either, often ("esperamos tres semanas", "esperamos una respuesta"): the clause
#           is left out.
# A word of time that lasts after the verb ("al mes", "cada semana", "todavía",
# RESTATE_SECOND_FORM) makes it present in every case: "pagamos 2.000 euros al mes" ->
# "pagan 2.000 euros al mes".
_ES_VERBS = (  # (infinitive, stem change, tense of an -amos/-imos form)
    # looking, checking ("Miro el informe de noviembre y ...", "Acabo de abrir ...")
    ("mirar", "", "done"),
    ("entrar", "", "done"),
    ("acabar", "", "done"),
    ("consultar", "", "done"),
    ("descargar", "", "done"),
    ("verificar", "", "done"),
    ("buscar", "", "now"),
    ("recordar", "ue", "now"),
    # paying and money
    ("pagar", "", "done"),
    ("gastar", "", "done"),
    ("invertir", "ie-i", "done"),
    ("cobrar", "", "done"),
    ("facturar", "", "done"),
    ("ganar", "", "done"),
    ("ahorrar", "", "done"),
    ("perder", "ie", "done"),
    ("vender", "", "done"),
    ("comprar", "", "done"),
    ("contratar", "", "done"),
    ("firmar", "", "done"),
    ("renovar", "ue", "done"),
    ("cancelar", "", "done"),
    ("aceptar", "", "done"),
    ("aprobar", "ue", "done"),
    ("acordar", "ue", "done"),
    ("prometer", "", "done"),
    ("asegurar", "", "done"),
    ("garantizar", "", "done"),
    # waiting, asking, telling
    ("esperar", "", "?"),
    ("llevar", "", "now"),
    ("seguir", "i-i", "now"),
    ("continuar", "ú", "now"),
    ("pedir", "i-i", "done"),
    ("solicitar", "", "done"),
    ("reclamar", "", "done"),
    ("comunicar", "", "now"),
    ("preguntar", "", "done"),
    ("insistir", "", "now"),
    ("exigir", "", "now"),
    ("llamar", "", "done"),
    ("escribir", "", "done"),
    ("enviar", "í", "done"),
    ("mandar", "", "done"),
    ("avisar", "", "done"),
    ("explicar", "", "done"),
    ("hablar", "", "done"),
    ("contestar", "", "done"),
    ("responder", "", "done"),
    ("recibir", "", "done"),
    ("leer", "", "done"),
    ("revisar", "", "done"),
    ("comprobar", "ue", "done"),
    ("descubrir", "", "done"),
    ("detectar", "", "done"),
    ("notar", "", "done"),
    ("encontrar", "ue", "done"),
    ("intentar", "", "done"),
    ("probar", "ue", "done"),
    ("decidir", "", "done"),
    ("confirmar", "", "done"),
    ("quejar", "", "done"),
    ("enterar", "", "done"),
    # what happened to the business
    ("quedar", "", "done"),
    ("bajar", "", "done"),
    ("caer", "", "done"),
    ("pasar", "", "done"),
    ("subir", "", "done"),
    ("salir", "", "done"),
    ("dejar", "", "done"),
    ("tardar", "", "done"),
    ("lanzar", "", "done"),
    ("publicar", "", "done"),
    ("pausar", "", "done"),
    ("parar", "", "done"),
    ("cerrar", "ie", "done"),
    ("abrir", "", "done"),
    ("empezar", "ie", "done"),
    ("terminar", "", "done"),
    ("cambiar", "", "done"),
    ("borrar", "", "done"),
    ("volver", "ue", "done"),
    ("devolver", "ue", "done"),
    ("resolver", "ue", "done"),
    ("arreglar", "", "done"),
    ("corregir", "i-i", "done"),
    ("cumplir", "", "done"),
    ("sufrir", "", "done"),
    ("recuperar", "", "done"),
    ("conseguir", "i-i", "done"),
    ("lograr", "", "done"),
    ("dedicar", "", "done"),
    ("entregar", "", "done"),
    ("reservar", "", "done"),
    ("olvidar", "", "done"),
    # states
    ("necesitar", "", "now"),
    ("trabajar", "", "now"),
    ("confiar", "í", "now"),
    ("contar", "ue", "now"),
    ("usar", "", "now"),
    ("utilizar", "", "now"),
    ("dudar", "", "now"),
    ("considerar", "", "now"),
    ("lamentar", "", "now"),
    ("depender", "", "now"),
    ("creer", "", "now"),
    ("entender", "ie", "now"),
    ("comprender", "", "now"),
    ("sentir", "ie-i", "now"),
    ("pensar", "ie", "now"),
    ("querer", "ie", "now"),
    ("poder", "ue", "now"),
    ("tener", "ie", "now"),
    ("estar", "", "now"),
    ("ser", "", "now"),
    ("ir", "", "now"),
    ("hacer", "", "now"),
    ("decir", "i", "now"),
    ("ver", "", "now"),
    ("dar", "", "now"),
    ("saber", "", "now"),
    ("venir", "ie-i", "now"),
    ("poner", "", "now"),
    ("traer", "", "now"),
    ("haber", "", "now"),
    ("merecer", "", "now"),
    ("ofrecer", "", "now"),
    ("conocer", "", "now"),
    ("agradecer", "", "now"),
    ("recomendar", "ie", "done"),
    ("preferir", "ie-i", "now"),
    ("vivir", "", "now"),
)
# Forms no rule makes: each replaces the rule's form of that name.
_ES_IRREGULAR: dict[str, dict[str, str]] = {
    "ser": {
        **dict(p1s="soy", p2s="eres", p3s="es", p1p="somos", p2p="sois", p3p="son"),
        **dict(t1s="fui", t2s="fuiste", t3s="fue", t1p="fuimos", t2p="fuisteis", t3p="fueron"),
        **dict(m1p="éramos", m2s="eras", m3p="eran"),
    },
    "ir": {
        **dict(p1s="voy", p2s="vas", p3s="va", p1p="vamos", p2p="vais", p3p="van"),
        **dict(t1s="fui", t2s="fuiste", t3s="fue", t1p="fuimos", t2p="fuisteis", t3p="fueron"),
        **dict(m1p="íbamos", m2s="ibas", m3p="iban"),
    },
    "estar": dict(p1s="estoy", p2s="estás", p3s="está", p3p="están", pret="estuv"),
    "dar": {
        **dict(p1s="doy", p2p="dais"),
        **dict(t1s="di", t2s="diste", t3s="dio", t1p="dimos", t2p="disteis", t3p="dieron"),
    },
    "ver": {
        **dict(p1s="veo", p2p="veis", t1s="vi", t3s="vio"),
        **dict(m1p="veíamos", m2s="veías", m3p="veían"),
    },
    "haber": {
        **dict(p1s="he", p2s="has", p3s="ha", p1p="hemos", p2p="habéis", p3p="han"),
        **dict(pret="hub", fut="habr"),
    },
    "tener": dict(p1s="tengo", pret="tuv", fut="tendr"),
    "venir": dict(p1s="vengo", pret="vin", fut="vendr"),
    "poner": dict(p1s="pongo", pret="pus", fut="pondr"),
    "hacer": dict(p1s="hago", pret="hic", t3s="hizo", fut="har"),
    "decir": dict(p1s="digo", pret="dij", fut="dir"),
    "traer": dict(p1s="traigo", pret="traj"),
    "caer": dict(p1s="caigo"),
    "salir": dict(p1s="salgo", fut="saldr"),
    "saber": dict(p1s="sé", pret="sup", fut="sabr"),
    "poder": dict(pret="pud", fut="podr"),
    "querer": dict(pret="quis", fut="querr"),
}


def _es_stem(stem: str, change: str) -> str:
    """The stem with its last e or o changed ("perd", "ie" -> "pierd"; "volv", "ue" -> "vuelv")."""
    if not change or change in ("í", "ú"):
        return stem
    vowel = "o" if change in ("ue", "u") else "e"
    at = stem.rfind(vowel)
    return stem[:at] + change + stem[at + 1 :]


def _es_forms(infinitive: str, change: str) -> dict[str, str]:
    """Every form of ``infinitive`` the swaps need, by name (p1s, t3p...)."""
    own = _ES_IRREGULAR.get(infinitive, {})
    stem, kind = infinitive[:-2], infinitive[-2:]
    present, _, narrow = change.partition("-")
    strong = _es_stem(stem, present)  # the stressed stem of the present: "pierd", "pid"
    weak = _es_stem(stem, narrow)  # the -ir stem of "pidió", "sintieron"
    if present in ("í", "ú"):  # "envío", "continúo": the stem's last i or u takes the stress
        at = stem.rfind("i" if present == "í" else "u")
        strong = stem[:at] + present + stem[at + 1 :]
    yo = strong
    if stem.endswith("gu") and kind == "ir":
        yo = strong[:-1]  # "sigo"
    elif stem.endswith("g") and kind in ("er", "ir"):
        yo = strong[:-1] + "j"  # "exijo", "corrijo"
    elif stem.endswith("c") and kind in ("er", "ir"):
        yo = strong[:-1] + "zc"  # "ofrezco", "conozco"
    ar = kind == "ar"
    v = "a" if ar else "e"  # the vowel of the present's endings
    forms = {
        "p1s": yo + "o",
        "p2s": strong + v + "s",
        "p3s": strong + v,
        "p1p": stem + ("amos" if ar else "emos" if kind == "er" else "imos"),
        "p2p": stem + ("áis" if ar else "éis" if kind == "er" else "ís"),
        "p3p": strong + v + "n",
        "m1p": stem + ("ábamos" if ar else "íamos"),
        "m2s": stem + ("abas" if ar else "ías"),
        "m3p": stem + ("aban" if ar else "ían"),
    }
    if ar:
        first = {"c": "qu", "g": "gu", "z": "c"}.get(stem[-1:], stem[-1:])  # "pagué", "lancé"
        forms.update(t1s=stem[:-1] + first + "é", t2s=stem + "aste", t3s=stem + "ó")
        forms.update(t1p=stem + "amos", t2p=stem + "asteis", t3p=stem + "aron")
    else:
        i = "í" if stem[-1:] in ("a", "e", "o") else "i"  # "caíste", "leímos"
        ending = "y" if stem[-1:] in ("a", "e", "o", "u") else "i"  # "cayó", "leyeron"
        forms.update(t1s=stem + "í", t2s=stem + i + "ste", t3s=weak + ending + "ó")
        forms.update(t1p=stem + i + "mos", t2p=stem + i + "steis", t3p=weak + ending + "eron")
    if "pret" in own:  # "tuve, tuviste, tuvo, tuvimos, tuvisteis, tuvieron"
        strong_past = own["pret"]
        they = "eron" if strong_past.endswith("j") else "ieron"
        forms.update(t1s=strong_past + "e", t2s=strong_past + "iste", t3s=strong_past + "o")
        forms.update(t1p=strong_past + "imos", t2p=strong_past + "isteis", t3p=strong_past + they)
    future = own.get("fut", infinitive.replace("í", "i"))
    for name, ending in (("1s", "é"), ("2s", "ás"), ("3s", "á"), ("1p", "emos"), ("3p", "án")):
        forms["f" + name] = future + ending
    for name, ending in (("1p", "íamos"), ("2s", "ías"), ("3p", "ían")):
        forms["c" + name] = future + ending
    forms.update({name: form for name, form in own.items() if name not in ("pret", "fut")})
    return forms


_ES_FORMS = {infinitive: _es_forms(infinitive, change) for infinitive, change, _ in _ES_VERBS}
_ES_TENSE = {infinitive: tense for infinitive, _, tense in _ES_VERBS}
# A yo-present that is also a noun ("el pago", "mi trabajo", "el recibo"): turned only at the
# start of a clause and after the words below, where it can only be the verb.
_ES_NOUN_TOO = frozenset(
    (
        "pago",
        "gasto",
        "cobro",
        "trabajo",
        "cambio",
        "envío",
        "uso",
        "aviso",
        "cuento",
        "reclamo",
        "recibo",
        "bajo",
        "paso",
        "acuerdo",
        "intento",
        "lamento",
        "cargo",
        "registro",
        "juego",
        "quedo",
        "contrato",
        "ahorro",
        "arreglo",
        "logro",
        "olvido",
        "encuentro",
        "paro",
        "consigo",
        "mando",
        "vivo",
    )
)
_ES_BEFORE_VERB = ("no", "ya", "también", "tampoco", "nunca", "todavía", "aún", "solo", "sólo")


def _es_verb_swaps(*, informal: bool) -> dict[str, str]:
    """The verb swaps of the formal (usted, ustedes) or the ``informal`` (tú) reply. A
    pronoun is turned on its own ("yo" -> "usted"), the verb after it by its own swap."""
    swaps: dict[str, str] = {}
    we_obj = "te" if informal else "le"
    for forms in _ES_FORMS.values():
        # "yo" -> "usted" / "tú": present, preterite, future (the imperfect and the
        # conditional of "yo" are those of "usted" already: "esperaba", "pagaría").
        mine = "2s" if informal else "3s"
        for tense in ("p", "t", "f"):
            i_form, yours = forms[tense + "1s"], forms[tense + mine]
            if tense == "p" and i_form in _ES_NOUN_TOO:
                swaps[i_form] = f"{yours}|{i_form}"  # "Pago 2.000 euros", not "el pago"
                for word in (*_ES_BEFORE_VERB, "y", "pero", "que", "porque", "si", "cuando", "yo"):
                    you = ("tú" if informal else "usted") if word == "yo" else word
                    swaps[f"{word} {i_form}"] = f"{you} {yours}"
            else:
                swaps[i_form] = yours
            if not informal:  # "me quedé sin web" -> "se quedó sin web"
                swaps[f"me {i_form}"] = f"se {yours}"
        # "nosotros" -> "ustedes" / "tú"
        theirs = "2s" if informal else "3p"
        present, past = forms["p1p"], forms["t1p"]
        if present == past:  # "pagamos": preterite or present (see _ES_VERBS)
            now, then = forms["p" + theirs], forms["t" + theirs]
            tense_of = _ES_TENSE[next(i for i, f in _ES_FORMS.items() if f is forms)]
            pairs = [(present, now if tense_of == "now" else f"{then}/{now}")]
        else:
            pairs = [(present, forms["p" + theirs]), (past, forms["t" + theirs])]
        pairs += [(forms[t + "1p"], forms[t + theirs]) for t in ("m", "f", "c")]
        for ours, yours in pairs:
            swaps[ours] = yours
            # "Les pedimos el informe" (to you, the agency) -> "Nos pidieron el informe"
            swaps[f"les {ours}"] = f"nos {yours.replace('/', '/nos ')}"
            if not informal:  # "nos hemos quedado" -> "se han quedado"
                swaps[f"nos {ours}"] = f"se {yours.replace('/', '/se ')}"
        # The client's "ustedes" (and "vosotros", "usted", "tú") is us: "ustedes pausaron la
        # campaña" -> "pausamos la campaña", "usted me dijo" -> "le dije".
        for tense, leads in (
            ("p", ("", "no ")),
            ("t", ("", "no ", "nos ", "me ", "no nos ", "no me ")),
        ):
            for lead in leads:
                said = lead.replace("nos ", f"{we_obj} ").replace("me ", f"{we_obj} ")
                swaps[f"ustedes {lead}{forms[tense + '3p']}"] = said + forms[tense + "1p"]
                if tense == "t" and informal:
                    swaps[f"tú {lead}{forms['t2s']}"] = said + forms["t1s"]
                elif tense == "t":
                    swaps[f"usted {lead}{forms['t3s']}"] = said + forms["t1s"]
        if informal:  # "pausasteis" -> "pausamos", "pausaste" -> "pausé", "pagarás" -> "pagaré"
            swaps[forms["p2p"]] = forms["p1p"]
            swaps[forms["t2p"]] = forms["t1p"]
            swaps[forms["t2s"]] = forms["t1s"]
            swaps[forms["f2s"]] = forms["f1s"]
    return swaps


RESTATE_SWAPS = {
    **_es_verb_swaps(informal=False),
    "yo": "usted",
    "nosotros": "ustedes",
    "nosotras": "ustedes",
    "conmigo": "con usted",
    "nuestro": "su",
    "nuestra": "su",
    "nuestros": "sus",
    "nuestras": "sus",
    "nos": "le",
    "mi": "su",
    "mis": "sus",
    "mí": "usted",
    "nadie me": "nadie le",
    "me llegó": "le llegó",
    "me llegaron": "le llegaron",
    "hemos": "han",
    "nos hemos": "se han",
    "tenemos": "tienen",
    "estamos": "están",
    "seguimos": "siguen",
    "llevamos": "llevan",
    "podemos": "pueden",
    "habíamos": "habían",
    "teníamos": "tenían",
    "estábamos": "estaban",
    **_ours("su", "sus"),
    **_DEEDS,
    **{f"{who} {they}": f"le {we}|le {they}" for they, we, _, _ in _TOLD for who in ("me", "nos")},
    **{f"me {you}": f"le {i}|le {you}" for _, _, you, i in _TOLD},
    **{f"ustedes {who} {they}": f"le {we}" for they, we, _, _ in _TOLD for who in ("me", "nos")},
}
# 2nd person singular preterite -> 1st: "(me) prometiste" -> "(te) prometí".
_YOU_DID = {
    "prometiste": "prometí",
    "dijiste": "dije",
    "aseguraste": "aseguré",
    "confirmaste": "confirmé",
    "enviaste": "envié",
    "mandaste": "mandé",
    "entregaste": "entregué",
    "cumpliste": "cumplí",
    "olvidaste": "olvidé",
    "respondiste": "respondí",
    "contestaste": "contesté",
    "avisaste": "avisé",
    "hiciste": "hice",
    "fallaste": "fallé",
    "cobraste": "cobré",
    "ignoraste": "ignoré",
    "arreglaste": "arreglé",
    "dejaste": "dejé",
    "cambiaste": "cambié",
    "viste": "vi",
    "prometisteis": "prometimos",
    "dijisteis": "dijimos",
    "asegurasteis": "aseguramos",
    "enviasteis": "enviamos",
    "entregasteis": "entregamos",
    "olvidasteis": "olvidamos",
}
RESTATE_SWAPS_INFORMAL = {
    **_es_verb_swaps(informal=True),
    "yo": "tú",
    "nosotros": "tú",
    "nosotras": "tú",
    "vosotros": "nosotros",
    "conmigo": "contigo",
    "nuestro": "tu",
    "nuestra": "tu",
    "nuestros": "tus",
    "nuestras": "tus",
    "nos": "te",
    "me": "te",
    "mi": "tu",
    "mis": "tus",
    "mí": "ti",
    "has": "he",
    "no has": "no he",
    "habías": "había",
    "tenéis": "tenemos",
    "estáis": "estamos",
    "sois": "somos",
    **_ours("tu", "tus"),
    **_DEEDS,
    **{f"{who} {they}": f"te {we}|te {they}" for they, we, _, _ in _TOLD for who in ("me", "nos")},
    **{f"ustedes {who} {they}": f"te {we}" for they, we, _, _ in _TOLD for who in ("me", "nos")},
    **_YOU_DID,
}
_I_DID = (  # the writer's own verbs ("yo", "nosotros"), which the swaps do not turn
    r"\w{2,}[éí](?<!aquí)(?<!allí)(?<!ahí)(?<!así)(?<!comité)(?<!café)(?<!bebé)(?<!José)"
    r"(?<!qué)(?<!esté)|"
    r"tengo|estoy|espero|necesito|llevo|sigo|pido|quiero|creo|pienso|entiendo|sé|soy|puedo|"
    r"hago|digo|veo|recibo|escribo|vuelvo|insisto|hice|dije|estuve|tuve|fui|pude|quise|vine|"
    r"consigo|logro|debo|voy|doy|pregunto|exijo|lamento|acepto|comprendo|pierdo|dependo|"
    r"puse|he|"
    r"(?!(?:reclamos|ramos|préstamos|últimos|próximos|mínimos|máximos|íntimos|óptimos|pésimos|"
    r"primos|décimos|anónimos|legítimos|\w+ísimos)(?!\w))\w+(?:amos|emos|imos|ámos|íamos)"
)
_YOU_SAID = (  # verbs of "tú" and "vosotros" that are not in the swaps
    r"tienes|estás|eres|sabes|puedes|haces|dices|quieres|sigues|vas|"
    r"(?!(?:existe|insiste|consiste|persiste|resiste|asiste|triste|chiste|desgaste|contraste|"
    rf"{'|'.join(_YOU_DID)})(?!\w))\w+(?:aste|iste|asteis|isteis)"
)
_THEY_TOLD = "|".join(told[0] for told in _TOLD)


def _words(*names: str, informal: bool = False) -> str:
    """An alternation of the forms ``names`` (p1s, t3p...) of every verb in _ES_VERBS."""
    found = {forms[name] for forms in _ES_FORMS.values() for name in names}
    return "|".join(sorted(found, key=len, reverse=True))


def _turned(swaps: dict[str, str]) -> str:
    """The one-word phrases that ``swaps`` turn: no verb of theirs blocks a clause."""
    return "|".join(sorted((key for key in swaps if " " not in key), key=len, reverse=True))


# A word of time that lasts, after an -amos/-imos form: the present ("pagamos 2.000 euros al
# mes", _ES_VERBS), not the preterite.
RESTATE_SECOND_FORM = (
    r"al (?:mes|año|día)|a la semana|por (?:mes|semana|año)|cada|tod[oa]s l[oa]s|mensual\w*|"
    r"siempre|(?<!desde )hace (?:años|meses)|desde hace|ahora|actualmente|hoy en día|todavía|aún|"
    r"a diario"
)
_I_TOO = _words("p1s", "t1s", "f1s")  # "yo llevo", "me quedé"
_WE_TOO = _words("p1p", "t1p", "m1p", "f1p", "c1p")  # "nosotros mismos lo arreglamos"
# "Esperamos" is "we waited" or "we expect" (_ES_VERBS "?"): left out, unless a word of time
# that lasts follows it.
_UNSURE = "|".join(
    forms["p1p"]
    for infinitive, forms in _ES_FORMS.items()
    if _ES_TENSE[infinitive] == "?" and forms["p1p"] == forms["t1p"]
)
_EITHER_WAY = rf"(?:{_UNSURE})(?!\w)(?!.{{0,60}}?\b(?:{RESTATE_SECOND_FORM})\b)"
# "vamos a quedarnos", "van a cobrarnos", "esperándonos": whose "nos" it is depends on the
# subject; "se lo pedimos": "se" may be "ustedes". Left out.
_ATTACHED = (
    rf"(?<!sin )(?:{'|'.join(_ES_FORMS)})(?:nos|me)|\w+(?:ándo|iéndo|yéndo)(?:nos|me)|"
    rf"se l[oa]s? (?:{_I_TOO}|{_WE_TOO})"
)
# "ustedes" (and "usted", "tú", "vosotros") only where a swap turns its verb: "ustedes han",
# "ustedes me prometieron", "ustedes pausaron la campaña", "usted me dijo".
_THEIR_VERB = r"(?: (?:no )?(?:me |nos )?(?:{})(?!\w))"
_USTEDES = (
    rf"ustedes(?! (?:no |nunca )?han(?!\w)| (?:me|nos) (?:{_THEY_TOLD})(?!\w)"
    rf"| (?:no )?(?:{_words('p3p')})(?!\w)|{_THEIR_VERB.format(_words('t3p'))})"
)
_USTED = rf"usted(?!{_THEIR_VERB.format(_words('t3s'))})"
_TU = rf"tú(?!{_THEIR_VERB.format(_words('t2s'))})"
_VOSOTROS = rf"vosotros(?! (?:{_words('p2p', 't2p')})(?!\w))"
_YO = rf"yo(?! (?:no )?(?:{_I_TOO})(?!\w))"
_NOSOTROS = rf"nosotr[oa]s(?! (?:{_WE_TOO})(?!\w))"
RESTATE_BLOCKERS_INFORMAL = (
    rf"(?i)(?<!\w)(?:{_YO}|{_TU}|{_NOSOTROS}|{_VOSOTROS}|vosotras|usted|te|ti|contigo|os|"
    rf"{_USTEDES}|{_EITHER_WAY}|{_ATTACHED}|"
    rf"tus?(?! (?:{_NOUN_AFTER})(?!\w))|"
    r"y nada(?= +(?!de(?!\w))\w)|"
    rf"(?!(?:{_turned(RESTATE_SWAPS_INFORMAL)})(?!\w))(?:{_I_DID}|{_YOU_SAID})"
    r")(?!\w)"
)
_ME_TOLD = "|".join(form for told in _TOLD for form in (told[0], told[2]))
RESTATE_BLOCKERS = (
    rf"(?i)(?<!\w)(?:{_YO}|tú|vosotros|vosotras|{_USTED}|te|ti|contigo|os|le|"
    # "Les pedimos el informe": to the agency, turned with its verb ("Nos pidieron")
    rf"les(?! (?:{_words('p1p', 't1p')})(?!\w))|"
    # "A nuestros clientes les enviamos el boletín": "les" is them, named before it
    r"\ba (?:nuestr[oa]s|los|las|sus|mis|tus|estos|estas) [^,.;]{1,40}? les\b|"
    rf"{_USTEDES}|{_EITHER_WAY}|{_ATTACHED}|"
    rf"(?<!nadie )(?<!\by no )(?<!\by ni )me(?! (?:{_ME_TOLD}|llegó|llegaron|{_I_TOO})(?!\w))|"
    rf"(?<=\by no |\by ni )me(?! (?:avis\w+|{_I_TOO})(?!\w))|"
    rf"sus?(?! (?:{_NOUN_AFTER})(?!\w))|"
    r"y nada(?= +(?!de(?!\w))\w)|"
    rf"(?!(?:{_turned(RESTATE_SWAPS)})(?!\w))(?:{_I_DID}|{_YOU_SAID})"
    r")(?!\w)"
)
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
    "darte de baja de esta lista",
    "-{3,} pr(?:ó|o)xima parte -{3,}",  # Mailman, above a scrubbed attachment
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
NOON_WORDS = (r"(?:el )?mediodía",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (
    r"avísame|avíseme|avísenme|avisadme|házmelo saber|hágamelo saber|hazme saber|hágame saber|me (?:avisas|avisa|avisan|avises|avise)",
)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    r"(?:estoy|estaré|estamos) disponibles?|(?:le|te|les|os) (?:viene|vendría|va|iría) bien|me viene bien|puedo",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"con",)
MEETING_PLACES = (
    r"en (?:nuestra|su|vuestra|tu) oficina|aquí en (?:la|nuestra) oficina|en (?:nuestras|sus|vuestras|tus) oficinas",
)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (r"porque|ya que|puesto que|pues|para que|para poder|así puedo|así podemos",)
CONDITION_WORDS = (r"si",)
COPULAS = (r"ser",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Nunca enviaron el informe" -> "Según me cuenta, nunca enviaron el informe".
CLAIM_START = r"nosotros|nuestr\w+|nadie|ninguno|nunca|jamás|no"
CLAIM_WORDS = r"nosotros|nuestr\w+|nadie"
CLAIM_FRAMES = {"formal": "Según me cuenta,", "informal": "Según me cuentas,"}

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (
    r"devuelv\w*|devolu\w*|descont\w*|descuent\w*|de vuelta|abonad\w*|abonar|reembols\w*|restituid\w*",
)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
WONDER_WORDS = (r"me pregunto|nos preguntamos",)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"facturas? (?:corregidas?|rectificadas?|rectificativas?|modificadas?)|facturas? (?:\w+ ){0,4}sin|notas? de crédito",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (
    r"(?:informarle|informarte|comentarle|comentarte|decirle|decirte|avisarle|avisarte)\b",
)
PERIOD_ENDS = (
    r"(?:antes del?|hasta el|al|después del?) (?:fin|final) (?:del|de la|de nuestro|de su) \w+",
)
IMMEDIATE = (
    r"ya|ya mismo|ahora|ahora mismo|inmediatamente|de inmediato|cuanto antes|hoy mismo|esta noche",
)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (
    r"(?:le |te |les )?propongo|(?:le |te |les )?proponemos|sugiero|sugerimos|qué tal",
)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"siguiente\w*|petici(?:ón|ones)|solicitud(?:es)?|exigencias|necesit\w*|solicit\w*|exij\w*|pido|(?:tres|cuatro|dos|cinco) cosas|(?:mi|nuestra) propuesta",
)
ORDINAL_OPENERS = (
    r"(?:la|el) (?:primera|primero|segunda|segundo|tercera|tercero)|primero|segundo|tercero|en (?:primer|segundo|tercer) lugar|por último|y por último",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"contrat\w*|contractual\w*|(?:fijad|definid|establecid)[oa]s? por el cliente",)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (r"un|una|unos|unas|el|la|los|las|su|sus|tu|tus|vuestro|vuestra|vuestros|vuestras",)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (
    r"el|la|los|las|un|una|unos|unas|mi|mis|nuestro|nuestra|nuestros|nuestras|su|sus|tu|tus|vuestro|"
    r"vuestra|vuestros|vuestras|este|esta|estos|estas|ese|esa|esos|esas",
)
PHRASE_LINKS = (r"de|del|para|sobre|con|sin|en|a|al|por|entre|acerca de",)
PHRASE_STOPS = (
    r"para que|porque|ya que|pues|cuanto antes|lo antes posible|de inmediato|inmediatamente|urgentemente|"
    r"hoy|mañana|esta semana|la semana que viene|la próxima semana|también|además|por favor|gracias|"
    r"si no|si|cuando|que|donde|cual|es|son|era",
)

# Academic and professional titles before a name (mail/sender.py): kept in a formal greeting.
ACADEMIC_TITLES = ("dra", "lic", "lcda", "lcdo")  # "Dra. Serrano", "Lic. Pérez"

# The sender's own form of address (mail/sender.py): a title before their own name in the
# signature or the From name ("Sra. Carmen García", "Dra. Serrano"; "Dr." and "Lic." say no
# gender), or what they say of themself in the first person ("estoy harta", "me siento
# decepcionada", "he quedado muy sorprendido", "yo misma"). Not "estaba": it is also "she was"
# ("la campaña estaba preparada"); not "estamos", nor a quotation.
_I_AM = (
    r"(?<!\w)(?:(?:no\s+)?(?:estoy|estuve|he\s+estado|sigo|me\s+siento|me\s+sentí|me\s+he\s+sentido|"
    r"me\s+encuentro|quedé|me\s+quedé|he\s+quedado|me\s+he\s+quedado))\s+"
    r"(?:(?:muy|realmente|bastante|totalmente|completamente|francamente|sumamente|tan|algo|"
    r"un\s+poco|ya|verdaderamente|profundamente|absolutamente|enormemente|extremadamente|"
    r"sinceramente|más\s+que|cada\s+vez\s+más|de\s+verdad)[\s,]+){0,4}"
)
_GENDERED = (
    "cansad|hart|decepcionad|preocupad|molest|enfadad|enojad|indignad|sorprendid|frustrad|"
    "agotad|segur|convencid|dispuest|obligad|satisfech|insatisfech|content|encantad|"
    "agradecid|desesperad|asombrad|disgustad|defraudad|dolid|quemad|aburrid|asustad|"
    "confundid|perplej|escandalizad|agobiad|informad|ignorad|desatendid"
)
GENDER_CUES = {
    "titles": {
        "Ms": (r"sra\.?", r"señora", r"srta\.?", r"señorita", r"dra\.?", r"lcda\.?"),
        "Mr": (r"sr\.?", r"señor", r"lcdo\.?"),
    },
    # The role on the sender's name line or just below it, feminine only ("Directora de
    # Marketing": some women sign "Director");
    # "gerente", "presidente" and "responsable" say nothing.
    "roles": {
        "Ms": (
            *(r"directora", r"(?:co)?fundadora", r"coordinadora", r"jefa", r"abogada"),
            *(r"asesora", r"encargada", r"administradora", r"consejera", r"socia"),
        ),
    },
    "self": {
        "Ms": (rf"{_I_AM}(?:{_GENDERED})a(?!\w)", r"(?<!\w)yo\s+misma(?!\w)"),
        "Mr": (rf"{_I_AM}(?:{_GENDERED})o(?!\w)", r"(?<!\w)yo\s+mismo(?!\w)"),
    },
}
# A formal greeting by salutation: "Estimada Sra. García", "Estimada Dra. García" (a title
# replaces Sra. and Sr.).
TITLE_REPLACES_FORM = True

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns.
INTENSIFIERS = (
    "absolutamente",
    "completamente",
    "totalmente",
    "realmente",
    "de verdad",
    "simplemente",
    "increíblemente",
    "francamente",
    "sinceramente",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    r"maldit[oa]s?",
    r"dichos[oa]s?",
    r"condenad[oa]s?",
)
VERDICTS = (
    r"(?:lo que|cosa que) es (?:\w+ )?(?:inaceptable|intolerable|increíble|una vergüenza)",
    r"(?:esto |eso )?es (?:\w+ )?(?:increíble|inaceptable|intolerable|una vergüenza|"
    r"una tomadura de pelo)",
    r"(?:increíble|inaceptable|intolerable)",
)
THREATS = (
    r"abogad[oa]s?|acciones legales|tribunal\w*|demanda\w*|vía judicial|asesor\w* legal|"
    r"(?:malas|negativas) reseñas|reseña negativa|consumo",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("nadie", "alguien", "todos")
# The writer's own present verb, its subject left out (drafting/voice.py): "-o".
FIRST_PERSON_ENDING = "o"
WHEREABOUTS = (
    (r"^(?:y )?¿?\s*(?:dónde|donde) (?:está|queda) (?P<x>.+?)$", "{x} todavía no ha llegado."),
    (r"^(?:y )?¿?\s*(?:dónde|donde) (?:están|quedan) (?P<x>.+?)$", "{x} todavía no han llegado."),
)
REPORT_FRAMES = {"formal": "Según me indica,", "informal": "Por lo que me cuentas,"}
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"espero que",
    r"esperamos que",
    r"ojalá (?:haya|hayan)",
    # the writer's apology for how they write ("Scusa la franchezza", "Sorry for the long email")
    r"(?:perdona|perdone|perdón por|disculpa|disculpe|disculpas por|siento) (?:el|la|lo|mi|este|esta) (?:largo|larga|extensión|tono|franqueza|sinceridad|correo|mensaje|rollo)",
)

# A sentence that only says a message of ours came ("Hemos recibido su factura del 30 de
# noviembre"): the context of a complaint, no point to restate unless it is negated or
# complains (drafting/concerns.py condense).
_RECEIVED_THINGS = (
    r"(?:carta|correo|e-?mail|mail|mensaje|factura|nota|aviso|comunicación|comunicado|"
    r"recordatorio|informe|reporte)s?\b"
)
RECEIPTS = (
    rf"(?:ya )?(?:he|hemos) (?:recibido|leído|visto) (?:\S+ ){{0,6}}?{_RECEIVED_THINGS}",
    rf"(?:recibí|recibimos|leí|leímos) (?:\S+ ){{0,6}}?{_RECEIVED_THINGS}",
    r"acab(?:o|amos) de (?:recibir|leer) ",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them:
# (pattern on the words the client used, our phrase). First match wins (answers.py).
SENIOR_ROLES = (
    (r"directora general", "nuestra directora general"),
    (r"director general|\bceo\b", "nuestro director general"),
    (r"directora", "nuestra directora"),
    (r"director(?!io)", "nuestro director"),
    (r"gerente", "nuestro gerente"),
    (r"dirección", "nuestra dirección"),
    (r"jef[ea]|responsable|superior", "mi responsable"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:principalmente |sobre todo )?(?:debido a|a causa de|por culpa de)",
    "luego",
    "que",
    "donde",
    "cuando",
    "principalmente",
    "sobre todo",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("último", "última", "últimos", "últimas")
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (r"avísame|avíseme|me avisas|me avisa|dime algo|dígame algo|hazme saber|hágame saber",)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"(?:el|mi|nuestro) (?:motivo|problema) principal|(?:el|mi|nuestro) principal (?:motivo|problema)",
    r"(?:el|mi|nuestro) mayor problema",
    r"lo que más (?:pesó|ha pesado|pesa|(?:me|nos) (?:molesta|molestó|ha molestado|preocupa|duele|dolió))",
    r"lo (?:más grave|peor)(?= es| fue| ha sido)",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:y|pero) (?:nunca |no |jamás )?(?:nos |me |lo |la |los |las )?(?:llegó|llegaron|mandaron|enviaron|contestaron|respondieron|entregaron)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"de vuelta\b",
    r"otra vez\b",
    r"de nuevo\b",
    r"a cargo\b",
    r"al frente\b",
    r",\s*(?:el que|la que|quien|que)\b",
    r"(?:vuelva|retome|lleve|se encargue)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (r"de vuelta\b", r"a cargo\b")
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("nada", "nada de nada", "absolutamente nada")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"para (?:cerrar|discutir|hablar|revisar|analizar|acordar|definir|ver|repasar|concretar)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("entender", "comprender")
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:voy a|tengo que|le voy a|te voy a|seré|para ser|les voy a) (?:\w+ ){0,2}(?:sincer[oa]s?|franc[oa]s?|direct[oa]s?|clar[oa]s?|honest[oa]s?)",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (r"asistir\w*", r"acudir\w*", r"estar presente")
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (r"no (?:me|nos) (?:mand|envi|llam|escrib|respond|contest|dig)\w*",)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("por la presente", "por medio de la presente", "mediante la presente")
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = (r"nuestr[oa]s?", "mi", "mis")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"mover", r"cambiar", r"aplazar", r"adelantar", r"posponer")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb.
NONE_WORDS = ("cero", "ni", "sin")
POLITE_PRONOUNS = ("usted", "ustedes")
COUNTING_WORDS = (r"\w+(?:ndo|rdo|ero)",)
OBJECT_PRONOUNS = ("me", "nos")
