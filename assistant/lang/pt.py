"""Portuguese (português): what draft-reply knows of Portuguese (lang/__init__.py)."""

NAME = "Portuguese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "mensagem original",
    "mensagem encaminhada",
    "mensagem reencaminhada",
)
FORWARD_INTROS = ("in[ií]cio da mensagem reencaminhada",)
ATTRIBUTION_VERBS = ("escreveu",)
ATTRIBUTION_STARTS = ("em",)
HEADER_FROM = ("de",)
HEADER_FIELDS = (
    "enviado",
    "data",
    "para",
    "assunto",
)
MOBILE_SIGNATURES = ("enviado do",)
DISCLAIMER_CUES = (
    "destinatário",
    "por engano",
)
EXTERNAL_BANNERS = (
    r"\[externo\]\s*$",
    r"\*{0,3}\s*e-?mail externo\s*\*{0,3}\s*[:!.-]",
    r"(?:aten(?:ç|c)(?:ã|a)o|cuidado|aviso)\s*[:!-]?\s*(?:este (?:e-?mail|correio eletr(?:ó|o)nico|mensagem) "
    r"(?:foi originado|(?:é|e) proveniente|veio|vem|teve origem) (?:de )?fora|e-?mail externo|"
    r"(?:remetente|mensagem) extern[oa])",
    r"est[ea] (?:e-?mail|mensagem) (?:foi originad[oa]|(?:é|e) proveniente|veio|teve origem) (?:de )?fora d[ao] "
    r"(?:sua |nossa )?(?:organiza(?:ç|c)(?:ã|a)o|empresa)",
    r"voc(?:ê|e) n(?:ã|a)o recebe (?:e-?mails?|mensagens) com frequ(?:ê|e)ncia de",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it

# The internal figures in words, and promises of money or deadlines (checks/references.py,
# drafting/facts.py): a reply in Portuguese must not say them either.
SPELLED_NUMBERS = (
    ("zero",),
    ("um", "uma", "primeir"),
    ("dois", "duas", "segund"),
    ("três", "terceir"),
    ("quatro", "quart"),
    ("cinco", "quint"),
    ("seis", "sext"),
    ("sete", "sétim"),
    ("oito", "oitav"),
    ("nove", "non"),
    ("dez", "décim"),
    ("onze",),
    ("doze",),
    ("treze",),
    ("catorze", "quatorze"),
    ("quinze",),
    ("dezasseis", "dezesseis"),
    ("dezassete", "dezessete"),
    ("dezoito",),
    ("dezanove", "dezenove"),
    ("vinte", "vigésim"),
)
HALF_WORDS = ("e meio", "e meia", "vírgula cinco")
RANK_WORDS = ("lugar", "posição", "número", "nº", "n.º", "#")
OF_WORDS = ("de", "entre")
SHARE_WORDS = ("%", "por cento")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "principais clientes",
    "maiores clientes",
    "clientes mais importantes",
    "clientes pequenos",
)
PROMISES = (
    "reembols",
    "devolução",
    "estorno",
    "desconto",
    "abatimento",
    "grátis",
    "gratuit",
    "sem custo",
    "sem cobrança",
    "compensa",
    "indemniza",
    "indeniza",
    "garant",
    "em 24 horas",
    "em 48 horas",
    "até amanhã",
)

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:pouc[oa]s?|sem|nenhum[a]?) (?:recomendações|recomendação|conselhos?|análises?)|"
        r"inalterad\w*|idêntic\w*|(?:continua|continuam) (?:igual|iguais)|(?:os|as|o|a) mesm[oa]s? que|"
        # A price rise in figures ("12 % more from January").
        r"reajuste\w*|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"demasiado (?:lent\w*|tarde|car\w*|genéric\w*)|muito pouc[oa]s? (?:recomendaç\w*|ideias|propostas)|critic\w+|demora\w* (?:\w+ ){0,3}(?:dias|semanas)|"
        # Something that stopped (the hourly updates, the tracking).
        r"parou|pararam|deixou de|deixaram de|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"zero \w+s\b|"
        # Due and not delivered: "doveva essere online a settembre".
        r"devia(?:m)? ter (?:\w+)|deveria(?:m)? (?:ter|estar)|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"aumento|aument\w* (?:\w+ ){0,2}(?:preços?|tarifas?|mensalidades?)|mais caro|(?:caiu|caímos|caíram|descemos|desceu|desceram) (?:da|do|de|para)|perd\w* \d+ posições|perda de (?:posições|posição|tráfego|visibilidade|vendas|clientes)|fora da primeira página|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"por engano|por erro|não funciona\w*|deix\w* de funcionar|não bate\w*|não coincide\w*|menos \w+ do que|perd\w* (?:\w+ )?(?:reservas|clientes|vendas|pedidos|encomendas)|"
        # Halved: "quote requests have halved since the summer".
        r"(?:caiu|caíram|reduziu|reduziram) (?:para )?(?:a )?metade|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"não (?:recebo|recebemos|vejo|vemos) nada|nada em troca|só desculpas|desculpas|não vale|dinheiro deitado fora|jogar dinheiro fora|"
        r"cobr\w* a mais|(?:nos|me) (?:estão a |estão )?cobr(?:ando|aram)|em vez d[oa]s? \d[\d.  ]*(?:€|euros?)? ?combinad\w*|"
        r"fora do ar|fora de serviço|atras\w*|tarde|de novo|outra vez|ainda|nunca|decepcion\w*|inaceitável|problemas?|"
        r"esper\w*|erros?|errad\w*|frustra\w*|ninguém|ignor\w*|falh\w*|perdid\w*|caiu|"
        r"queda|lent\w*|reclama\w*|pior|incumpri\w*|volt(?:ou|aram|aste|a|am) a|correu mal|deu errado|"
        r"em baixo|promet\w*|continu\w* (?:igual|sem|a esperar|esperando)"
    ),
    "weak": r"não|nada|sem|só|apenas",
    "emotion": r"decepcion\w*|frustrad\w*|chatead\w*|irritad\w*|preocupad\w*",
    "things": (
        r"relatórios?|painel|painéis|dashboards?|campanhas?|faturas?|orçamentos?|seo|"
        r"posicionamento|site|páginas?|dados|números|landing"
    ),
    "when": (
        r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
        r"dezembro|segunda|terça|quarta|quinta|sexta|dois|duas|três|[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"ninguém nos (?:avisou|informou|disse)|sem avisar|sem resposta|ninguém respondeu",
    "others": (
        r"outras? agências?|outros fornecedores|concorren\w*|(?:me|nos) (?:ofereceu|propôs|ofereceram|"
        r"propuseram)|(?:ofereceu|propôs|ofereceram|propuseram)-(?:me|nos)|por menos \d+ ?%"
    ),
}
SALUTATION_OPENERS = (
    "olá",
    "oi",
    "bom dia",
    "boa tarde",
    "boa noite",
    "prezad[oa]s?",
    "car[oa]s?",
    "estimad[oa]s?",
    "exm[oa]s?\\.?",
    "senhora",
    "senhor",
    "senhores",
)
SIGN_OFFS = (
    "atenciosamente",
    "cordialmente",
    "cumprimentos",
    "melhores cumprimentos",
    "com os melhores cumprimentos",
    "com os meus cumprimentos",
    "abraços",
    "beijinhos",
    "abraço",
    "um abraço",
    "obrigad[oa]",
    "saudações",
    "beijos",
    "abs",
)
REQUESTS = ("por favor", "peço", "pode", "poderia", "podem", "poderiam", "você pode")
CONJUNCTIONS = ("e", "ou")
PREAMBLES = (r"aqui (?:está|vai) (?:um|o|a|uma|seu|sua|teu|tua) (?:rascunho|resposta|proposta)",)
EXCUSES = (
    "infelizmente",
    "desculpe o incômodo",
    "pedimos desculpa pelo incómodo",
    "como já disse",
    "como já mencionei",
    "estávamos muito ocupados",
    "não é culpa nossa",
    "não foi culpa nossa",
    "deveria ter",
)
ASKS = (
    r"(?:gostaria|gostaríamos) de (?:saber|entender|ouvir|conhecer)",
    r"diga-me|diga-nos|me diga|me conte|conte-me",
)
QUESTION_WORDS = (
    "que",
    "o que",
    "como",
    "qual",
    "quais",
    "por que",
    "porque",
    "onde",
    "quem",
    "quando",
    "se",
)
THANKS = (r"obrigad[oa]s?", r"agradeç\w*", r"agradec\w*", r"grat[oa]")
RECORD_INTROS = (
    r"o que (?:fizemos|entregamos|realizamos)",
    r"(?:o nosso|nosso|o) trabalho (?:para (?:você|o senhor|a senhora|vocês)|realizado)",
)
SUBJECT_LABELS = ("assunto",)
# Informal: tu (European, and the South of Brazil: "prometeste-me", "tens", "contigo") or
# você (Brazil); formal: "o senhor", "Prezados", "a vossa equipa", "Com os melhores
# cumprimentos".
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:tu|te|ti|contigo|teu|tua|teus|tuas|você|vocês|oi|pode me|me manda|manda)(?!\w)",
    r"(?i)(?<!\w)(?:\w+(?:aste|este|iste)-(?:me|nos)|me \w+(?:aste|este|iste)|prometeste|disseste|"
    r"fizeste|enviaste|mandaste|garantiste|tens|queres|podes|sabes|estás|és|vais|fazes|dizes|"
    r"consegues|precisas|achas|vês|percebes|podias|querias|"
    r"liga-me|manda-me|diz-me)(?!\w)",
)
FORMAL_FORMS = (
    # "vossa" alone is the plural "your" ("o vosso trabalho"); "Vossa Excelência" is formal
    r"(?i)(?<!\w)(?:o senhor|a senhora|os senhores|as senhoras|prezad[oa]s?|vossa excelência|v\. ?s\.ª|atenciosamente|poderia|gostaria)(?!\w)",
    r"(?i)(?<!\w)(?:exm[oa]s?|v\. ?ex\.?ª|senhores|cumprimentos|cordialmente)(?!\w)",
)
# European or Brazilian (lang/variant.py): the words only one of them writes, in the text or the
# sign-off ("a vossa equipa", "estou a ver", "Com os melhores cumprimentos"; "a sua equipe",
# "estou vendo", "Atenciosamente"), and a sender's address under .pt or .br.
_ONGOING = r"(?:estou|estamos|está|estão|estava|estávamos|estavam|ando|anda|andamos|andam|continuo|continua|continuamos|continuam|fico|fica|ficamos|ficam)"
VARIANT_CUES = {
    "pt-PT": (
        r"(?i)(?<!\w)(?:equipas?|vosso|vossa(?! senhoria)|vossos|vossas|contact\w+|factos?|regist(?:o|os|ar|ei|ámos|ou)|"
        r"telemóve(?:l|is)|ficheiros?|utilizador(?:es)?|connosco|convosco|cumprimentos|exm[oa]s?|beijinhos|"
        r"actual\w*|projecto\w*|objectivo\w*|óptim\w*)(?!\w)",
        rf"(?i)(?<!\w){_ONGOING} a (?!par\b)\w*[aeiô]r(?:-\w+)?(?!\w)",  # "estou a ver"
        r"(?im)^car[oa]s? \w",  # "Caro Sam," opens a letter in Portugal
    ),
    "pt-BR": (
        r"(?i)(?<!\w)(?:prezad[oa]s?|atenciosamente|equipes?|contat\w+|fatos?|registros?|celular(?:es)?|"
        r"arquivos?|planilhas?|usuári[oa]s?|conosco|você|oi|abs|att|pra|tá|no aguardo|cadastr\w+)(?!\w)",
        rf"(?i)(?<!\w){_ONGOING} (?!quando\b)\w+[aeiô]ndo(?!\w)",  # "estou vendo"
    ),
}
VARIANT_DOMAINS = {"pt-PT": "pt", "pt-BR": "br"}
# The reply's forms: tu or você for an informal writer, a pronoun-free formal register
# ("Agradeço a clareza com que explicou", "o seu pedido") for a formal one.
REPLY_INFORMAL_FORMS = (
    r"(?<!\w)(?:[Tt]u|teu|tua|teus|tuas|contigo|[Vv]ocê|Oi|Abraço|Abraços|abraço)(?!\w)"
)
REPLY_FORMAL_FORMS = (
    r"(?<!\w)(?:o senhor|a senhora|os senhores|Prezad[oa]|Atenciosamente|Cordialmente|"
    r"[Cc]om os melhores cumprimentos)(?!\w)"
)
REPLY_PRONOUNS = ("tu / você", "o senhor / a senhora")
INFORMAL_OPENERS = r"(?i)(?:oi|olá)\b"
SALUTATIONS = {
    "ms": "Sra.",
    "mrs": "Sra.",
    "miss": "Sra.",
    "frau": "Sra.",
    "mr": "Sr.",
    "herr": "Sr.",
}
FORMAL_OPENERS = {"Sra.": "Prezada", "Sr.": "Prezado"}
# "Bom dia, Ana Souza,": without a salutation (book or email, mail/sender.self_address) the
# formal greeting names the whole name, never "Prezada" or "Prezado" from a first name (a
# single name greets with none).
FORMAL_GREETS_FULL_NAME = True
NEGATIONS = ("não", "nunca", "nenhum", "nenhuma")
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompetentes",
                "incompetente",
                "amadores",
                "mentirosos",
                "ridículo",
                "vergonhoso",
                "patético",
                "inúteis",
                "palhaçada",
                "uns palhaços",
                "seus palhaços",
                "bando de palhaços",
                "cambada de palhaços",
                "um lixo",
                "uma porcaria",
                "uma merda",
                "é uma piada",
                "só pode ser piada",
                "é uma anedota",
                "uma vergonha",
                "um desastre",
                "é uma fraude",
                "uma vigarice",
                "uma trapalhada",
                "uns ladrões",
                "uns vigaristas",
                "vigaristas",
                "idiotas",
                "imbecis",
            ],
        },
    ),
    "profanity": (
        {
            "weight": 0.6,
            "phrases": [
                "merda",
                "porra",
                "caralho",
                "foda",
                "foda-se",
                "fodido",
                "puta",
                "cacete",
                "bosta",
                "filhos da puta",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["nunca", "toda vez", "todas as vezes", "absolutamente nada"],
            # "sempre", but not "como sempre" (a courtesy) or "sempre que" (whenever); "mais uma
            # vez", but not "obrigado mais uma vez" or "mais uma vez, obrigado".
            "patterns": [
                r"(?<!\bcomo )(?<!\bpara )\bsempre\b(?!\s+que\b)",
                r"(?<!\bobrigado )(?<!\bobrigada )\bmais\s+uma\s+vez\b(?!\s*,?\s*(?:obrigad[oa]|muito\s+obrigad[oa]|parabéns)\b)(?!\s+(?:por|pela|pelo)\b)",
            ],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "phrases": [
                "inaceitável",
                "vocês não fazem nada",
                "mentiram para nós",
                "mentiram-nos",
                "um absurdo",
                "revoltante",
                # a reclamação formal, fria mas clara (estas trazem a negação consigo)
                "não concordamos com esta fatura",
                "não concordamos com a fatura",
                "não está à altura",
                "não estão à altura",
                "abaixo das expectativas",
                "abaixo das nossas expectativas",
                "aquém das expectativas",
                "aquém das nossas expectativas",
                "não estamos satisfeitos",
                "não estou satisfeito",
                "não estou satisfeita",
                "não vamos pagar",
                "não pagaremos",
                "recusamo-nos a pagar",
                "não pode voltar a acontecer",
                "prometeram-nos",
                "vocês prometeram",
                "tinham prometido",
            ],
            "patterns": [
                r"\bcontest(?:amos|o|ar)\s+(?:a|esta|essa|vossa|as|estas)\s+(?:\w+\s+)?(?:faturas?|cobranças?|valor(?:es)?)\b",
                r"\bpara\s+o\s+que\s+(?:vos\s+|lhes\s+)?(?:pagamos|estamos\s+a\s+pagar)\b",
                r"\bnão\s+(?:estamos|estou)\s+(?:nada\s+|mesmo\s+nada\s+)?(?:satisfeit[oa]s?|content[ea]s?)\b",
            ],
        },
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "insatisfeitos",
                "insatisfeito",
                "descontentes",
                "descontente",
                "muito desiludidos",
                "muito desiludido",
                "muito desiludida",
                "muito decepcionados",
                "muito decepcionado",
                "muito decepcionada",
                "profundamente desiludidos",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "desiludidos",
                "desiludido",
                "desiludida",
                "decepcionados",
                "decepcionado",
                "decepcionada",
                "dececionados",
                "dececionado",
                "frustrante",
                "frustrados",
                "irritados",
                "chateados",
                "chateado",
                "furiosos",
            ],
        },
    ),
    "exasperation": (
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "estou farto",
                "estou farta",
                "estamos fartos",
                "estamos fartas",
                "já chega",
                "quantas vezes",
                "a nossa paciência tem limites",
                "a minha paciência tem limites",
                "perder a paciência",
            ],
            "patterns": [
                r"\bpela\s+(?:segunda|terceira|quarta|quinta|enésima|milésima|\d+ª)\s+vez\b",
                r"\ba\s+(?:segunda|terceira|quarta|quinta|enésima)\s+vez\s+que\s+(?:\w+\s+){0,2}?(?:peço|pedimos|pergunto|perguntamos|escrevo|escrevemos|reclamo|reclamamos|insisto|lembro|solicito|solicitamos)\b",
                r"\bisto\s+não\s+pode\s+continuar\s+assim\b",
                r"\b(?:estou|estamos)\s+(?:\w+\s+)?cansad[oa]s?\s+de\b",
                r"\b(?:andar|correr|ir)\s+atrás\s+de\s+(?:vocês|vós|ti|si)\b",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "ainda sem resposta",
                "continuo à espera",
                "continuamos à espera",
                "continuo esperando",
                "continuamos esperando",
            ],
            "patterns": [
                r"\bcontinu(?:o|amos)\s+sem\s+(?:nada|resposta|notícias|receber)\b",
                r"\b(?:à\s+espera|aguard(?:o|amos)|esper(?:o|amos)|esperando)\s+(?:\w+\s+)?há\s+(?:\w+\s+){0,2}(?:dias|semanas|meses|semana|mês)\b",
            ],
        },
    ),
    "ultimatum": (
        {
            "weight": 0.45,
            "phrases": [
                "nem vale a pena",
                "então nem vale a pena",
                "é a última vez",
                "pela última vez",
                "chega de desculpas",
                "sem mais desculpas",
            ],
        },
        {
            "weight": 0.2,
            "phrases": ["sem falta", "exijo", "exigimos"],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "pombo-correio",
                "pombo correio",
                "a lombo de burro",
                "estás a gozar",
                "está a gozar",
                "estão a gozar",
                "tá de brincadeira",
                "está de brincadeira",
                "vocês estão de brincadeira",
                "obrigado por nada",
                "que surpresa",
                "que coincidência",
                "que conveniente",
                "coincidência ou não",
            ],
            "patterns": [
                # Elogio a uma falha: "Ótimo, mais uma semana sem o relatório."
                r"\b(?:ótimo|perfeito|fantástico|excelente|maravilha|espetacular|muito\s+bem|que\s+bom)\s*[,.!…]+\s*"
                r"(?:mais\s+uma?|outra\s+vez|de\s+novo|outra|outro)\b(?!\s+(?:coisa|pergunta|dúvida|questão|ponto|pedido)\b)",
            ],
        },
    ),
    "threat_to_leave": (
        {
            # A forma educada e fria: "vamos ter de repensar a nossa parceria".
            "weight": 0.5,
            "negatable": True,
            "phrases": ["não renovar o contrato", "não vamos renovar"],
            "patterns": [
                r"\b(?:estamos\s+a|estamos|vamos|vamos\s+ter\s+de|vamos\s+ter\s+que|teremos\s+de|teremos\s+que|temos\s+de|temos\s+que|começámos\s+a)\s+(?:\w+\s+)?"
                r"(?:avaliar|avaliando|considerar|considerando|procurar|procurando|ponderar|ponderando|explorar|explorando|analisar|analisando)\s+outras\s+(?:opções|alternativas|agências|empresas|soluções)\b",
                r"\b(?:repensar|reconsiderar|rever|reavaliar|repensando|reconsiderando|reavaliando)\s+(?:a\s+nossa|nossa)\s+(?:parceria|relação|colaboração|contrato)\b",
                r"\b(?:contratar|passar\s+para|mudar\s+para|escolher|procurar)\s+(?:uma\s+)?(?:outra\s+agência|outro\s+fornecedor|outra\s+empresa)\b",
                r"\b(?:pôr|por)\s+(?:fim|termo)\s+(?:à|a)\s+(?:nossa\s+)?(?:parceria|relação|colaboração)\b",
            ],
        },
        {
            "weight": 0.5,
            "phrases": [
                "rescindir",
                "rescindir o contrato",
                "cancelar o contrato",
                "trocar de agência",
                "trocar de fornecedor",
                "procurar outra agência",
                "última chance",
                "última oportunidade",
                "mudar de agência",
                "mudar de fornecedor",
                "vamos mudar de agência",
                "trocaremos de agência",
                "procuraremos outra agência",
                "deixaremos de trabalhar convosco",
                "deixaremos de trabalhar com vocês",
                "cancelaremos o contrato",
            ],
        },
    ),
}

ASK_CUES = {
    "refund": (
        r"fazer algo (?:no|com o|sobre o|pelo) preço|manter (?:o )?(?:preço|valor) (?:antigo|atual)|(?:cobrir|assumir|arcar com) (?:os |as )?(?:custos|despesas)|(?:uma )?(?:oferta|proposta) melhor|(?:um )?(?:melhor preço|preço melhor)|reembols\w*|devoluç\w*|devolv\w*(?! (?:a|uma) (?:chamada|ligação))|estorno|desconto\w*|"
        r"abatimento|notas? de crédito|compensaç\w*|indeniz\w*|indemniz\w*|dinheiro (?:\w+ ){0,3}de volta|"
        r"de volta o (?:meu |nosso )?dinheiro|não (?:\w+ )?pag\w*|suspender o pagamento"
    ),
    # "encontrar-nos", "ver-nos", "ligar-me" as well as "reunião": "Podemos encontrar-nos na
    # quinta?" is a meeting.
    "meeting": (
        r"lig\w* para mim|me lig\w*|lig(?:a|ue|uem|ar)-me|telefon(?:a|e|em|ar)-me|telefonar|"
        r"conversar|conversa|conversarmos|falar|falarmos|ligaç\w*|chamada\w*|"
        r"(?<!\btem a )(?<!\btem uma )(?<!\btemos a )(?<!\btemos uma )reuni\w*|"
        r"videochamada\w*|telefonema|encontro|call|encontrar-nos|encontrarmo-nos|encontrarmos|"
        r"nos encontrar(?:mos)?|ver-nos|vermo-nos|nos ver(?:mos)?"
    ),
    "written": r"^(?:resposta|retorno)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|(?:diz|diga|digam)-(?:me|nos)(?= (?:\S+ ){0,4}(?:quem|o que|porque|porquê|por que|como|quando|onde|se)\b)|(?:quero|queremos|preciso|precisamos) saber(?= (?:\S+ ){0,3}(?:quem|o que|porque|porquê|por que|como|quando|onde|se)\b)|"
    r"respondes-me|responde-me|responda-me|(?<!ninguém )(?<!não )(?<!nunca )me responde|me responda|responder-me|(?:uma|sua|a sua|tua|a tua) (?:resposta|explicação)|um retorno|por escrito|resposta escrita|escrito|por (?:e-?mail|correio eletrônico|correio eletrónico)",
    "document": r"(?<=os )números(?= d)|auditorias?|folhas? (?:de cálculo|simples|de excel|excel)|planilhas?|excel|csv|lista|listagem|detalhe(?= d)|discriminaç\w+|propostas?|comparativos?|resumos?|relatórios?|faturas?|detalhamento\w*|exportaç\w*|document\w*|cronograma|plano de ação|plano(?= (?:de|do|da|para|pra) (?!pagamentos?\b|assinatura\b|saúde\b)\w)|cópias?|orçamentos?|análises?|acessos?|arquivos?|ficheiros?|apresentaç\w*",
    # O que é preciso pôr a funcionar: "corrijam o formulário", "que a loja volte a funcionar".
    "fix": (
        r"alguém (?:\w+ )?(?:a )?(?:ver|olhar|tratar|veja|olhe|trate)(?= (?:isso|isto|disso|disto|o problema)\b)|(?:no ar|online)(?= (?:até|antes|para|hoje)\b)|"
        r"corrij\w*|corrig\w*|correção|repar\w*|consert\w*|arranj\w*|resolv\w*|restabelec\w*|"
        r"volt\w* a funcionar|funcion\w* de novo|(?:de novo|outra vez) (?:online|no ar)|"
        r"(?<=\bdisso )funcionando|(?<=\bisso )funcionando|(?<=\bisto )funcionando|a funcionar até"
        r"|(?<=\bse )(?:\S+ ){0,7}não (?:funcionar|funciona|estiver a funcionar)"
    ),
    "decision": r"(?:sua|tua|uma|a) decisão|decida|confirm\w* se|sim ou não|comprom\w*|resposta clara",
    "person": r"(?:seu|sua|teu|tua|vosso|vossa|o|a) (?:gerente|diretor\w*|chefe|superior\w*|responsável|gestor\w*|dono|dona)|alguém (?:mais )?(?:sênior|sénior|responsável)|(?:um|uma) (?:responsável|diretor\w*|gestor\w*) (?:sênior|sénior)|alguém da direção|escal\w*",
}
# "Podemos ...?" asks only as a question: "não podemos aprovar o orçamento" asks nothing.
ASK_LEADS = (
    r"(?:acho|seria|é|parece-me|me parece) (?:\w+ )?justo|"
    r"agradeci[ao] que|se (?:preferir|preferires|prefere|preferes)(?=[^.!?\n]*\d)|(?:diz|diga|digam)-(?:me|nos)|agradeceria que|agradecíamos que|respondes-me|responde-me|responda-me|(?<!ninguém )(?<!não )(?<!nunca )me responde|por favor|vamos|podemos(?=[^.!?]*\?)|poderíamos|peço|pedimos|pediria|pediríamos|(?:lhe|te) pediria|solicitaria|pode|poderia|podem|poderiam|podes|"
    r"(?:quero|queremos|queria|queríamos|preciso|precisamos|exijo|exigimos|espero|esperamos|solicito|solicitamos|gostaria|gostaríamos|gostava|gostávamos|proponho|propomos)|"
    r"agradecia que|agradeço que|me envie|nos envie|envie\w*|envia-me|manda-me|mande-me|manda|me manda|"
    r"me mandar|mandar-me|enviar-me|me enviar|consegue(?=[^.!?]*\?)|consegues(?=[^.!?]*\?)|"
    r"conseguem(?=[^.!?]*\?)|dá (?:pra|para)(?=[^.!?]*\?)|"
    r"^(?:resolv[ae]m?|corri(?:ge|ja|jam)|consert[ae]m?)(?= (?:isto|isso|o|a|os|as|já)\b)|"
    r"lig(?:a|ue|uem)-me|telefon(?:a|e|em)-me|me lig(?:a|ue|uem)|é possível|seria possível|está disponível|tem disponibilidade",
    # um ultimato: "se até segunda não funcionar, vou embora"
    r"\bse (?!calhar\b)(?:\S+ ){0,7}não\b",  # not "se calhar não" (maybe not)
)
# A refusal of calls: a negative command ("não me liguem", "não me telefones"), "nada de
# chamadas", "sem telefonemas", "por telefone não". "Ninguém nos ligou" and "não atendem o
# telefone" complain about calls; they refuse none.
NO_CALL = (
    r"não (?:me |nos )?(?:lig(?:ue|uem|ues|a)|telefon(?:e|em|es|a))(?: mais)?|"
    r"não (?:é preciso|é necessário|precisa|precisam|quero|queremos|preciso) (?:de )?(?:me |nos )?"
    r"(?:ligar|telefonar)(?:-me|-nos)?|"
    r"não (?:quero|queremos|preciso de) (?:mais )?(?:chamadas|ligações|telefonemas)|"
    r"nada de (?:chamadas|ligações|telefonemas|telefone)|sem (?:mais )?(?:chamadas|ligações|telefonemas)|"
    r"não por telefone|por telefone não|dispenso (?:as |os )?(?:chamadas|ligações|telefonemas)",
    r"uma (?:ligação|chamada) não (?:substitui|vai substituir)",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"reuni\w*|encontro|encontrar-nos|encontrarmo-nos|encontrarmos|nos encontrar(?:mos)?|"
    r"ver-nos|vermo-nos|nos ver(?:mos)?|pessoalmente|presencial\w*|"
    r"n(?:o|o seu|o vosso|o teu|o nosso) escritório",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:está|estão|continua|continuam|ficou|ficaram) (?:\w+ ){0,2}(?:fora do ar|em baixo|offline|inacessíve(?:l|is)|em branco|vazi[oa]s?|parad[oa]s?|travad[oa]s?)|não (?:regist(?:r)?a|regist(?:r)?am|carrega|carregam|funciona|funcionam|abre|abrem|mostra|mostram|atualiza|atualizam)|(?:mostra|mostram|aparece|marca|marcam) (?:\w+ ){0,2}(?:nada|zero|um erro|erros)|erro \d{3}|fora do ar|caiu",
)
OUTAGE_NOW = (
    r"desde|hoje|esta manhã|hoje de manhã|agora|neste momento|de momento|ainda|outra vez|de novo",
)
OUTAGE_SYSTEMS = (
    r"painel\w*|dashboard|site|página\w*|loja\w*|formulário\w*|rastreamento|tracking|tag\w*|pixel|app|aplicação|portal|servidor|feed|export\w*|widget|analytics|ga4|links?|redirecionamentos?|api|integração|login|carrinho|pagamento\w*|dados|conversões|newsletter|sistema\w*|checkout|vitrine|e-?commerce",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!vossa )(?<!sua )(?<!tua )(?<!nossa )(?:propostas?|ofertas?|orçamentos?)",
    r"(?:nos|me) (?:contactou|contatou|contactaram|contataram|procurou|procuraram|visitou|visitaram)|(?:veio|vieram) (?:nos |me )?(?:ver|visitar|falar connosco|falar com a gente)",
)
PER_PERIOD = (r"(?:por|ao|cada) (?:mês|ano)", "mensais", "mensal", "anuais", "anual")
ANNOUNCED_STEPS = {
    "end": r"rescis\w*|rescind\w*|(?:cancel|termin|encerr)\w* (?:o|do|nosso) contrato|não renov\w* (?:\w+ ){0,2}(?:contrato|acordo|parceria)",
    "tender": r"concurso (?:entre|de|com outras) (?:\w+ )?(?:agências|fornecedores|empresas)|(?:abr|lanç|lanc|organiz|far|faz)\w* (?:um|o) concurso|consulta ao mercado",
    "payment": r"(?:suspen|ret(?:e[mnr]|[éê]m|i[dv])|bloque|congel)\w* (?:\w+ ){0,2}pagamentos?(?! (?:dos|de|aos) (?:nossos |meus )?clientes| online| com cartão)",
    "decision": r"(?:conselho|comité|comitê|direção|diretoria|administração|sócios)\b[^.!?]{0,60}?(?:decid\w*|decisão)|(?:decid\w*|decisão)\b[^.!?]{0,60}?(?:conselho|comité|comitê|direção|diretoria|administração|sócios)\b",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"«“][^\"»”\n]{2,40}[\"»”] (?:\w+ ){0,4}(?:posição|lugar)|google|bing|resultados de pesquisa|(?:primeira|segunda) página|página \d|palavras?-chave|pesquisa orgânica",
    "price": r"aumento (?:de|dos?) (?:preços?|tarifas?|valores?)|reajuste\w*|aument\w* (?:\S+ ){0,3}(?:preços?|tarifas?|honorários|mensalidades?|valores?|avenças?)|(?:preços?|tarifas?) (?:\w+ ){0,2}(?:subi\w*|aument\w*)|caro demais|mais caro",
    "refund": r"reembols\w*|devoluç\w*|estorno|desconto\w*|compensaç\w*|dinheiro (?:\w+ ){0,3}de volta|devolv\w* (?:\w+ ){0,2}dinheiro",
    "competitor": r"outras? agências?|outros fornecedores|concorren\w*|proposta d[ea](?! (?:preço|valor|renovação|contrato)\b)|mais barat\w*|"
    r"(?:propôs|ofereceu|propuseram|ofereceram)-(?:nos|me)|(?:nos|me) (?:propôs|ofereceu|propuseram|ofereceram)|"
    r"por menos \d+ ?%|(?:nos|me) (?:apresentou|apresentaram|enviou|enviaram|fez|fizeram) uma (?:proposta|oferta)",
    "ranking": r"ranking|classificaç\w*|avaliação de (?:fornecedores|agências)|último lugar|pior avaliad\w*",
    "leave": r"se continu(?:o|amos) com (?:vocês|vós|voces)|reavali\w* (?:o )?contrato|contrato (?:\w+ ){0,2}reavaliado|rescind\w*|cancel\w* o contrato|(?:troc|mud)\w* de (?:agência|fornecedor)|procur\w* outra agência|não renov\w*|encerrar (?:o contrato|a parceria)|última (?:chance|oportunidade)|deix\w* de trabalhar (?:com vocês|convosco)",
    "deadline": r"atras\w*|tarde|prazo\w*|ainda (?:\w+ )?esper\w*|continuamos esperando",
    "notice": (
        r"(?:pela|por meio da|através da) presente|notificação (?:extrajudicial|formal|de rescisão)|(?:nosso|meu|nossa|minha) (?:advogad[oa]s?|departamento jurídico|jurídico)|(?:medidas|ações|ação|via) (?:judicia(?:l|is)|legal|legais)|carta de rescisão|comunica\w* (?:\w+ ){0,3}rescisão|(?:in|des)cumprimento (?:do )?contrato|interpelação"
    ),
    "invoice": (
        r"(?!fatura(?:ção|mento)\b)fatura\w*|faturad\w*|(?!factura(?:ção|ción)\b)factura\w*|facturad\w*|cobrad\w* (?:a mais|em duplicado|duas vezes)|cobrança\w* indevid\w*"
    ),
    "own_part": (
        r"(?:reconheço|reconhecemos|admito|admitimos|sei|sabemos) (?:bem )?(?:que )?(?:nós |eu )?(?:\w+ ){0,4}(?:atrasamos|atrasámos|atrasei|esquecemos|esquecemo-nos|esqueci|mudamos|mudámos|deveríamos ter|devíamos ter|devia ter)|(?:em parte|também) (?:é |foi )?(?:culpa )?(?:nossa|minha)|(?:a )?(?:nossa|minha) (?:parte de )?(?:culpa|responsabilidade),? (?:também|em parte)"
    ),
}
PRAISE = (
    # Praise by negation: "nada a apontar", "não estamos insatisfeitos", "o rastreamento
    # funciona perfeitamente".
    r"nada a (?:apontar|reclamar)|não (?:estou|estamos) (?:\w+ )?insatisfeit\w*|(?<!não )"
    r"(?:funciona|funcionou|funcionava) (?:perfeitamente|na perfeição|sem problemas)",
    # "Primeiro o positivo, para não pensar que só reclamo: ..."
    r"^(?:primeiro|antes de mais|para começar),? (?:o )?(?:positivo|lado bom|que (?:correu|deu) bem)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|parabéns)\b",
    r"(?:vocês|a sua equipe|sua equipe|a equipe|o time) (?:\w+ )?(?:eram|foram|são|era|foi) (?:\w+ ){0,2}(?:bons|boas|ótim\w*|excelentes?|úteis|fantástic\w*)",
    r"obrigad[oa]|satisfeit\w* com|content\w* com|bom trabalho|(?:tem sido|foi|é) (?:\w+ )?satisfatóri\w*|não se trata de desmerecer",
    r"adoro|adoramos|adorei|adoraram|gost(?:o|amos|ei|amos) muito|ficou (?:ótim\w*|lind\w*|excelente)",
)
ANNOUNCEMENTS = (
    r"acuso (?:o )?(?:recebimento|receção|recepção)|acusamos (?:o )?(?:recebimento|receção)|para sua informação|só para informar|(?:estaremos|estarei) (?:\w+ )?(?:de férias|fora do escritório)|(?:contratamos|lançamos|mudamos)",
)
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "(?:é|seja) justo (?:dizer|reconhecer)",
    "para ser justo",
    "reconheço",
    "há que reconhecer",
    "verdade seja dita",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = (
    "porque",
    "já que",
    "sobretudo porque",
    "sobretudo devido",
)
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
POINTING_OPENERS = ("isso", "isto", r"o que significa", r"era (?:sobre|de|para|por)")
RELATIVE_OPENERS = (r"o que (?:fez|faz) com que",)
RELATIVE_PRONOUNS = ("que", "quem", "o qual", "a qual", "os quais", "as quais", "onde", "cuj[oa]s?")
SHIFT_WORDS = ("de|do|dos", "para|a|ao|aos")
OFFER_POINT = "{firm} apresentou uma proposta de {amount}."
MARK_WORDS = ("nota", "avaliação", "pontuação")
MARK_ARTICLES = ("uma", "um")
IN_THIS_LANGUAGE = (r"(?:escrev\w*|escrit\w*)(?: \w+){0,2} em português",)
CONCESSIONS = ("mas", "porém", "contudo", "no entanto", "embora")
FILLERS = (
    r"não (?:te|lhe|vos) vou mentir",
    r"não vou mentir",
    # "I have to tell you that ...": what they tell is the point.
    r"(?:informo|comunico)-(?:lhe|vos|te) que",
    r"venho informar que",
    r"(?:tenho de|tenho que|devo) (?:lhe|te|vos) (?:dizer|informar|comunicar)(?: que)?",
    # The formula of a formal letter ("hereby"): it goes, the point stays.
    r"por este meio",
    r"pela presente",
    "escrevo porque",
    "estou escrevendo porque",
    r"^(?:a )?sério(?=,)",  # "Sério, ...", not "levar a sério"
    "gostaria de informar que",
    "venho informar que",
    "informo que",
    "sinceramente",
    "francamente",
    "honestamente",
    "realmente",
    "de verdade",
    "absolutamente",
    "totalmente",
    "completamente",
    "simplesmente",
)
WEEKDAY_DATE = "EEEE, d 'de' MMMM"
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("semana de", "semana do")
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = ("passado", "passada", "anterior")
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:(?:até ao|até o|até|no|para o|antes do|a) )?dia (?P<n>[1-9]|[12]\d|3[01])(?! de)": "dom",
    r"depois de amanhã": "+2d",
    r"hoje|hoje à noite|ainda hoje|esta manhã|hoje de manhã|(?:até )?(?:o |ao )?(?:fim|final) do dia": "+0d",
    r"amanhã": "+1d",
    r"(?:até )?(?:o )?fim d[ae] (?:semana|esta semana)": "eow",
    r"(?:na )?próxima semana|semana que vem": "nw",
    r"(?:até )?(?:o )?fi(?:m|nal) do mês": "eom",
    r"(?:no )?próximo mês|mês que vem": "nm",
    r"(?:em|dentro de) (?P<n>\d+|dois|três|quatro|cinco|dez) dias úteis": "+nw",
    r"(?:em|dentro de) (?P<n>\d+|dois|três|quatro|cinco|sete|dez|quinze) dias": "+n",
    r"(?:em|dentro de) (?:uma|1) semana": "+7d",
    r"(?:em|dentro de) (?:duas|2) semanas": "+14d",
    r"(?:até )?(?:o )?(?:fim|final) de {month}": "monthend",
    r"(?:até )?meados de {month}": "monthmid",
    # A weekday without "-feira" after a preposition ("na quinta", "até segunda"), never
    # "pela segunda vez"; with it, the weekday's own name reads it ("na segunda-feira, 14").
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) segunda(?! vez|-feira)": "wd0",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) terça(?!-feira)": "wd1",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) quarta(?! parte|-feira)": "wd2",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) quinta(?!-feira)": "wd3",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) sexta(?!-feira)": "wd4",
}
NUMBER_WORDS = {
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "quinze": 15,
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (r"(?:exatamente )?(?:a mesma|o mesmo) (?:situação|problema|falha|queda)",)
REPEAT_WORDS = (r"de novo|novamente|outra vez|mais uma vez|(?:segunda|terceira) vez",)
SINCE_WORDS = ("desde",)
REMEDY_WORDS = (
    r"corrigid\w*|correç\w*|restabelecid\w*|resolvid\w*|substituíd\w*|reenviad\w*|reparad\w*|causa raiz|estorno",
)
# Words a full stop does not end a sentence after (lang/sentences.py), lower case, no dot.
ABBREVIATIONS = (
    "sr",
    "sra",
    "srs",
    "sras",
    "dr",
    "dra",
    "exmo",
    "exma",
    "exmos",
    "exmas",
    "eng",
    "tel",
    "pág",
    "aprox",
    "av",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    # "It doesn't change the fact that ...": what follows is the point
    r"o fa(?:c)?to é que",
    r"fica o fa(?:c)?to de que",
    "acrescento que",
    "acrescento ainda que",
    "acrescentaria que",
    "nestas condições",
    "nessas condições",
    "neste contexto",
    "nesse contexto",
    "depois",
    "e",
    "então",
    "além disso",
    "também",
)
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Em {day:02}/{month:02}/{year}, às {time}, {who} escreveu:"
ATTRIBUTION_UNDATED = "{who} escreveu:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nunca (?:chegou|recebemos)|nem um único|nem uma única|não (?:recebemos|chegou)|falta\w*|ainda não (?:chegou|recebi|recebemos|foi entregue)",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement, "a|b"
# giving a at the start of a clause and b elsewhere ("Prometeram-me o relatório" is the
# client's "you", "o técnico prometeu-me" is not). Possessives agree with the thing, so "a
# vossa equipa" -> "a nossa equipa" keeps its gender. A verb changes only where a phrase below
# names it; a clause with any other verb of "eu", "nós", "tu" or "vocês" is left out.
_WE_SAID = (  # (theirs, ours): 3rd person plural -> 1st plural, the same in Portugal and Brazil
    ("prometeram", "prometemos"),
    ("disseram", "dissemos"),
    ("garantiram", "garantimos"),
)
_YOU_SAID = (  # (yours, mine): 2nd person singular preterite -> 1st singular
    ("prometeste", "prometi"),
    ("disseste", "disse"),
    ("garantiste", "garanti"),
    ("asseguraste", "assegurei"),
    ("enviaste", "enviei"),
    ("mandaste", "mandei"),
    ("entregaste", "entreguei"),
    ("cumpriste", "cumpri"),
    ("esqueceste", "esqueci"),
    ("respondeste", "respondi"),
    ("avisaste", "avisei"),
    ("fizeste", "fiz"),
    ("falhaste", "falhei"),
    ("cobraste", "cobrei"),
    ("ignoraste", "ignorei"),
    ("deixaste", "deixei"),
    ("ficaste", "fiquei"),
    ("tiveste", "tive"),
    ("foste", "fui"),
)
# Verbs with which a third person (their "equipa") did something to the client: "enviou-nos"
# is "sent us", said back as "enviou-lhes" (RESTATE_SWAPS), and "nos" after them stays (_US).
_DID_TO_US = ("enviou", "mandou", "propôs", "cobrou", "faturou", "entregou", "deixou", "disse")
_THEIRS = {  # what the client calls ours, said to us: "a vossa equipa", "a sua equipe", "o teu site"
    "seu": "nosso",
    "sua": "nossa",
    "seus": "nossos",
    "suas": "nossas",
    "vosso": "nosso",
    "vossa": "nossa",
    "vossos": "nossos",
    "vossas": "nossas",
    "e nada": "e não chegou",
    "e nada de": "e nada de",
    # "and you did not even tell us": owned without a verb that Portugal and Brazil write apart
    **{
        f"e {who} {verb}": "sem qualquer aviso da nossa parte"
        for who in (
            "vocês nem",
            "vocês não",
            "você nem",
            "você não",
            "nem",
            "não",
            "não nos",
            "nem nos",
            "ninguém nos",
            "ninguém",
        )
        for verb in ("avisaram", "avisou")
    },
    "sem nos avisar": "sem qualquer aviso da nossa parte",
    "sem avisar": "sem qualquer aviso da nossa parte",
    # "a vossa equipa enviou-nos": a third person did it to the client
    **{f"{verb}-nos": f"{verb}-lhes" for verb in _DID_TO_US},
}
_OFFERED = ("ofereceu", "ofereceram", "propôs", "propuseram")  # a third party to the client
# The client's own verbs in our voice. A verb of "nós" or "a gente" becomes one of "vocês"
# (3rd person plural), for both replies: "perdemos a semana de vendas" -> "perderam a semana
# de vendas". A verb of "eu" becomes one of the 3rd person singular in the formal reply,
# which names no pronoun ("estou farto" -> "está farto"); the informal reply is "tu" or
# "você", which the reply's template chooses, so a verb of "eu" is turned there only where
# the writer's own words tell: "estou a esperar" (Portugal: "estás a esperar"), "estou
# esperando" (Brazil: "está esperando"). The client's "vocês" (the agency) becomes "nós"
# ("vocês pausaram a campanha" -> "pausamos a campanha", the spelling both countries accept),
# "você" becomes "eu", a verb of "tu" one of "eu". The forms are made from the infinitives
# below by their class (-ar, -er, -ir), with the irregular ones' own forms (_PT_IRREGULAR).
# Each form is named by tense and person: p present, t preterite, m imperfect, f future,
# c conditional, g gerund; 1s "eu", 2s "tu", 3s "você", 1p "nós", 3p "vocês".
#
# A verb of "nós" is both present and preterite ("pagamos", "perdemos", "partimos"; Portugal
# writes the preterite of -ar "pagámos"). Each verb says which to give when nothing tells:
#   "done"  something that happened: preterite ("perdemos a semana" -> "perderam");
#   "now"   a state that lasts: present ("precisamos do relatório" -> "precisam");
#   "?"     either, often ("esperamos três semanas", "esperamos uma resposta"): the clause
#           is left out.
# A word of time that lasts after the verb ("por mês", "todos os dias", "ainda",
# RESTATE_SECOND_FORM) makes it present: "pagamos 1.500 euros por mês" -> "pagam".
_PT_VERBS = (  # (infinitive, tense of a -amos/-emos/-imos form)
    # looking, checking ("Aproveito para referir ...", "Entro no painel e ...")
    ("aproveitar", "done"),
    ("entrar", "done"),
    ("olhar", "done"),
    ("reparar", "done"),
    ("consultar", "done"),
    ("pagar", "done"),
    ("gastar", "done"),
    ("investir", "done"),
    ("cobrar", "done"),
    ("faturar", "done"),
    ("ganhar", "done"),
    ("perder", "done"),
    ("vender", "done"),
    ("comprar", "done"),
    ("contratar", "done"),
    ("assinar", "done"),
    ("renovar", "done"),
    ("cancelar", "done"),
    ("aceitar", "done"),
    ("aprovar", "done"),
    ("combinar", "done"),
    ("prometer", "done"),
    ("garantir", "done"),
    ("assegurar", "done"),
    ("esperar", "?"),
    ("aguardar", "?"),
    ("continuar", "now"),
    ("pedir", "done"),
    ("solicitar", "done"),
    ("reclamar", "done"),
    ("contestar", "now"),
    ("comunicar", "now"),
    ("perguntar", "done"),
    ("insistir", "now"),
    ("exigir", "now"),
    ("ligar", "done"),
    ("telefonar", "done"),
    ("escrever", "done"),
    ("enviar", "done"),
    ("mandar", "done"),
    ("avisar", "done"),
    ("explicar", "done"),
    ("falar", "done"),
    ("responder", "done"),
    ("receber", "done"),
    ("rever", "done"),
    ("verificar", "done"),
    ("descobrir", "done"),
    ("notar", "done"),
    ("perceber", "done"),
    ("encontrar", "done"),
    ("tentar", "done"),
    ("testar", "done"),
    ("decidir", "done"),
    ("confirmar", "done"),
    ("ficar", "done"),
    ("cair", "done"),
    ("descer", "done"),
    ("passar", "done"),
    ("subir", "done"),
    ("sair", "done"),
    ("deixar", "done"),
    ("lançar", "done"),
    ("publicar", "done"),
    ("pausar", "done"),
    ("parar", "done"),
    ("fechar", "done"),
    ("abrir", "done"),
    ("começar", "done"),
    ("terminar", "done"),
    ("mudar", "done"),
    ("trocar", "done"),
    ("apagar", "done"),
    ("voltar", "done"),
    ("devolver", "done"),
    ("resolver", "done"),
    ("corrigir", "done"),
    ("cumprir", "done"),
    ("sofrer", "done"),
    ("recuperar", "done"),
    ("conseguir", "done"),
    ("entregar", "done"),
    ("reservar", "done"),
    ("esquecer", "done"),
    ("chegar", "done"),
    ("precisar", "now"),
    ("trabalhar", "now"),
    ("confiar", "now"),
    ("contar", "now"),
    ("usar", "now"),
    ("utilizar", "now"),
    ("duvidar", "now"),
    ("considerar", "now"),
    ("lamentar", "now"),
    ("depender", "now"),
    ("acreditar", "now"),
    ("entender", "now"),
    ("compreender", "now"),
    ("sentir", "now"),
    ("pensar", "now"),
    ("achar", "now"),
    ("querer", "now"),
    ("poder", "now"),
    ("ter", "now"),
    ("estar", "now"),
    ("ser", "now"),
    ("ir", "now"),
    ("fazer", "now"),
    ("dizer", "now"),
    ("ver", "now"),
    ("dar", "now"),
    ("saber", "now"),
    ("vir", "now"),
    ("pôr", "now"),
    ("trazer", "now"),
    ("merecer", "now"),
    ("conhecer", "now"),
    ("agradecer", "now"),
    ("preferir", "now"),
    ("andar", "now"),
)
# Forms no rule makes: each replaces the rule's form of that name ("pret": the preterite's
# stem, "fut": the future's).
_PT_IRREGULAR: dict[str, dict[str, str]] = {
    "ser": {
        **dict(p1s="sou", p2s="és", p3s="é", p1p="somos", p3p="são", g="sendo"),
        **dict(t1s="fui", t2s="foste", t3s="foi", t1p="fomos", t3p="foram"),
        **dict(m1s="era", m1p="éramos", m3p="eram"),
    },
    "ir": {
        **dict(p1s="vou", p2s="vais", p3s="vai", p1p="vamos", p3p="vão"),
        **dict(t1s="fui", t2s="foste", t3s="foi", t1p="fomos", t3p="foram"),
        **dict(m1p="íamos", m3p="iam"),
    },
    "estar": {
        **dict(p1s="estou", p2s="estás", p3s="está", p3p="estão"),
        **dict(t1s="estive", t2s="estiveste", t3s="esteve", t1p="estivemos", t3p="estiveram"),
    },
    "ter": {
        **dict(p1s="tenho", p2s="tens", p3s="tem", p1p="temos", p3p="têm"),
        **dict(t1s="tive", t2s="tiveste", t3s="teve", t1p="tivemos", t3p="tiveram"),
        **dict(m1p="tínhamos", m3p="tinham"),
    },
    "fazer": {
        **dict(p1s="faço", p3s="faz", fut="far"),
        **dict(t1s="fiz", t2s="fizeste", t3s="fez", t1p="fizemos", t3p="fizeram"),
    },
    "dizer": {
        **dict(p1s="digo", p3s="diz", fut="dir"),
        **dict(t1s="disse", t2s="disseste", t3s="disse", t1p="dissemos", t3p="disseram"),
    },
    "trazer": {
        **dict(p1s="trago", p3s="traz", fut="trar"),
        **dict(t1s="trouxe", t2s="trouxeste", t3s="trouxe", t1p="trouxemos", t3p="trouxeram"),
    },
    "ver": {
        **dict(p1s="vejo", p2s="vês", p3s="vê", p3p="veem"),
        **dict(t1s="vi", t2s="viste", t3s="viu", t1p="vimos", t3p="viram"),
    },
    "rever": {
        **dict(p1s="revejo", p2s="revês", p3s="revê", p3p="reveem"),
        **dict(t1s="revi", t2s="reviste", t3s="reviu", t1p="revimos", t3p="reviram"),
    },
    "vir": {  # "vimos" is also "we saw": only the preterite of "nós" is turned
        **dict(p1s="venho", p2s="vens", p3s="vem", p3p="vêm", p1p=""),
        **dict(t1s="vim", t2s="vieste", t3s="veio", t1p="viemos", t3p="vieram"),
        **dict(m1p="vínhamos", m3p="vinham"),
    },
    "dar": {
        **dict(p1s="dou", p2s="dás", p3s="dá", p3p="dão"),
        **dict(t1s="dei", t2s="", t3s="deu", t1p="demos", t3p="deram"),  # "deste": "of this"
    },
    "saber": {
        **dict(p1s="sei"),
        **dict(t1s="soube", t2s="soubeste", t3s="soube", t1p="soubemos", t3p="souberam"),
    },
    "poder": {
        **dict(p1s="posso"),
        **dict(t1s="pude", t2s="pudeste", t3s="pôde", t1p="pudemos", t3p="puderam"),
    },
    "querer": {
        **dict(p1s="quero", p3s="quer"),
        **dict(t1s="quis", t2s="quiseste", t3s="quis", t1p="quisemos", t3p="quiseram"),
    },
    "pôr": {
        **dict(p1s="ponho", p2s="pões", p3s="põe", p1p="pomos", p3p="põem", g="pondo"),
        **dict(t1s="pus", t2s="puseste", t3s="pôs", t1p="pusemos", t3p="puseram"),
        **dict(m1p="púnhamos", m3p="punham", fut="por"),
    },
    "perder": dict(p1s="perco"),
    "pedir": dict(p1s="peço"),
    "sentir": dict(p1s="sinto"),
    "preferir": dict(p1s="prefiro"),
    "conseguir": dict(p1s="consigo"),
    "subir": dict(p2s="sobes", p3s="sobe", p3p="sobem"),
    "descobrir": dict(p1s="descubro"),
    "corrigir": dict(p1s="corrijo"),
    "exigir": dict(p1s="exijo"),
    "investir": dict(p1s="invisto"),
}


def _pt_forms(infinitive: str) -> dict[str, str]:
    """Every form of ``infinitive`` the swaps need, by name (p1s, t3p...)."""
    own = _PT_IRREGULAR.get(infinitive, {})
    stem, kind = infinitive[:-2], infinitive[-2:]
    ar, er = kind == "ar", kind == "er"
    v = "a" if ar else "e"
    yo = stem
    if stem.endswith("c") and kind != "ar":
        yo = stem[:-1] + "ç"  # "ofereço", "esqueço"
    elif stem.endswith("g") and kind != "ar":
        yo = stem[:-1] + "j"  # "exijo"
    forms = {
        "p1s": yo + "o",
        "p2s": stem + v + "s",
        "p3s": stem + v,
        "p1p": stem + ("amos" if ar else "emos" if er else "imos"),
        "p3p": stem + ("am" if ar else "em"),
        "m1p": stem + ("ávamos" if ar else "íamos"),
        "m3p": stem + ("avam" if ar else "iam"),
        "g": stem + ("ando" if ar else "endo" if er else "indo"),
    }
    if ar:
        last = {"c": "qu", "g": "gu", "ç": "c"}.get(stem[-1:], stem[-1:])  # "fiquei", "paguei"
        forms.update(t1s=stem[:-1] + last + "ei", t2s=stem + "aste", t3s=stem + "ou")
        forms.update(t1p=stem + "amos", t3p=stem + "aram")
    elif er:
        forms.update(t1s=stem + "i", t2s=stem + "este", t3s=stem + "eu")
        forms.update(t1p=stem + "emos", t3p=stem + "eram")
    elif stem.endswith("a"):  # "cair", "sair": "caio", "caímos", "caiu", "caíram"
        forms.update(p1s=stem + "io", p2s=stem + "is", p3s=stem + "i", p1p=stem + "ímos")
        forms.update(p3p=stem + "em", t1s=stem + "í", t2s=stem + "íste", t3s=stem + "iu")
        forms.update(t1p=stem + "ímos", t3p=stem + "íram", m1p=stem + "íamos", m3p=stem + "íam")
    else:
        forms.update(t1s=stem + "i", t2s=stem + "iste", t3s=stem + "iu")
        forms.update(t1p=stem + "imos", t3p=stem + "iram")
    future = own.get("fut", infinitive.replace("ô", "o"))
    for name, ending in (("1s", "ei"), ("2s", "ás"), ("3s", "á"), ("1p", "emos"), ("3p", "ão")):
        forms["f" + name] = future + ending
    forms.update(c1p=future + "íamos", c3p=future + "iam")
    forms.update({name: form for name, form in own.items() if name != "fut"})
    return forms


_PT_FORMS = {infinitive: _pt_forms(infinitive) for infinitive, _ in _PT_VERBS}
_PT_TENSE = dict(_PT_VERBS)
# A form of "eu" that is also a noun or an adjective ("o pago", "o trabalho", "preciso"):
# turned only at the start of a clause and after the words below, where it is the verb.
_PT_NOUN_TOO = frozenset(
    (
        "pago",
        "gasto",
        "cobro",
        "trabalho",
        "uso",
        "aviso",
        "envio",
        "registo",
        "acordo",
        "conto",
        "encontro",
        "troco",
        "lanço",
        "começo",
        "preciso",
        "fecho",
        "reclamo",
        "lamento",
        "passo",
        "contrato",
        "fico",
    )
)
_PT_BEFORE_VERB = ("não", "já", "também", "nunca", "ainda", "só", "e", "mas", "que", "porque")


def _pt_verb_swaps(*, informal: bool) -> dict[str, str]:
    """The verb swaps of the formal (no pronoun) or the ``informal`` (tu or você) reply."""
    swaps: dict[str, str] = {}
    us = "te" if informal else "lhe"
    for infinitive, forms in _PT_FORMS.items():
        # "eu" -> the 3rd person singular (formal only; see above)
        for tense in ("p", "t", "f"):
            i_form, yours = forms[tense + "1s"], forms[tense + "3s"]
            if informal or i_form == yours:
                continue
            if tense == "p" and i_form in _PT_NOUN_TOO:
                swaps[i_form] = f"{yours}|{i_form}"
                for word in _PT_BEFORE_VERB:
                    swaps[f"{word} {i_form}"] = f"{word} {yours}"
            else:
                swaps[i_form] = yours
            swaps[f"me {i_form}"] = f"se {yours}"  # "me sinto" -> "se sente"
        # "nós", "a gente" -> "vocês"
        present, past = forms["p1p"], forms["t1p"]
        pairs = []
        if present == past:
            now, then = forms["p3p"], forms["t3p"]
            pairs.append((present, now if _PT_TENSE[infinitive] == "now" else f"{then}/{now}"))
        else:
            pairs += [(present, forms["p3p"]), (past, forms["t3p"])]
        if infinitive.endswith("ar"):  # Portugal's preterite: "pagámos"
            pairs.append((forms["t1p"].replace("amos", "ámos"), forms["t3p"]))
        pairs += [(forms[t + "1p"], forms[t + "3p"]) for t in ("m", "f")]
        pairs.append((forms["c1p"], forms["c3p"]))
        for ours, yours in pairs:
            if ours:
                swaps[ours] = yours
                swaps[f"nos {ours}"] = f"se {yours.replace('/', '/se ')}"
        for tense in ("p", "t", "f"):
            for lead in ("", "não ", "já "):
                swaps[f"a gente {lead}{forms[tense + '3s']}"] = f"vocês {lead}{forms[tense + '3p']}"
        # the client's "vocês", "você", "tu" -> "nós", "eu"
        said_by: tuple[tuple[str, tuple[str, ...]], ...] = (
            ("p", ("", "não ")),
            ("t", ("", "não ", "nos ", "me ", "não nos ", "não me ")),
        )
        for tense, leads in said_by:
            for lead in leads:
                said = lead.replace("nos ", f"{us} ").replace("me ", f"{us} ")
                theirs, ours = forms[tense + "3p"], forms[tense + "1p"]
                swaps[f"vocês {lead}{theirs}"] = said + ours
                if tense == "t":
                    swaps[f"você {lead}{forms['t3s']}"] = said + forms["t1s"]
        if informal and forms["t2s"]:  # "pausaste" -> "pausei"
            swaps[forms["t2s"]] = forms["t1s"]
    if informal:  # the writer's own words tell tu or você
        swaps["estou a"] = "estás a"
        swaps["continuo a"] = "continuas a"
        for forms in _PT_FORMS.values():
            swaps[f"estou {forms['g']}"] = f"está {forms['g']}"
            swaps[f"continuo {forms['g']}"] = f"continua {forms['g']}"
    return swaps


RESTATE_SWAPS = {
    **_pt_verb_swaps(informal=False),
    "nós": "vocês",
    **{f"me {verb}": f"lhe {verb}" for verb in _OFFERED},
    **{f"{verb}-me": f"{verb}-lhe" for verb in _OFFERED},
    "nosso": "seu",
    "nossa": "sua",
    "nossos": "seus",
    "nossas": "suas",
    "meu": "seu",
    "minha": "sua",
    "meus": "seus",
    "minhas": "suas",
    "ninguém nos avisou": "ninguém os avisou",
    "ninguém nos informou": "ninguém os informou",
    "ninguém nos disse": "ninguém lhes disse",
    "ninguém nos respondeu": "ninguém lhes respondeu",
    **_THEIRS,
    **{f"{they}-me": f"{we}-lhe|{they}-lhe" for they, we in _WE_SAID},
    **{f"me {they}": f"lhe {we}|lhe {they}" for they, we in _WE_SAID},
    **{f"{they}-nos": f"{we}-lhes|{they}-lhes" for they, we in _WE_SAID},
    **{f"nos {they}": f"lhes {we}|lhes {they}" for they, we in _WE_SAID},
}
# To an informal writer (tu or você, which one the reply template tells): the client's own
# things lose the possessive ("o nosso site" -> "o site"), which reads right with either.
_MINE = {
    **{
        f"{article} {mine}": article
        for article, forms in (
            ("o", ("meu", "nosso")),
            ("a", ("minha", "nossa")),
            ("os", ("meus", "nossos")),
            ("as", ("minhas", "nossas")),
            ("do", ("meu", "nosso")),
            ("da", ("minha", "nossa")),
            ("dos", ("meus", "nossos")),
            ("das", ("minhas", "nossas")),
            ("no", ("meu", "nosso")),
            ("na", ("minha", "nossa")),
            ("nos", ("meus", "nossos")),
            ("nas", ("minhas", "nossas")),
            ("pelo", ("meu", "nosso")),
            ("pela", ("minha", "nossa")),
            ("pelos", ("meus", "nossos")),
            ("pelas", ("minhas", "nossas")),
            ("ao", ("meu", "nosso")),
            ("à", ("minha", "nossa")),
            ("aos", ("meus", "nossos")),
            ("às", ("minhas", "nossas")),
        )
        for mine in forms
    },
    **{
        f"{preposition} {mine}": contracted
        for preposition, pairs in (
            ("de", (("meu", "do"), ("minha", "da"), ("meus", "dos"), ("minhas", "das"))),
            ("em", (("meu", "no"), ("minha", "na"), ("meus", "nos"), ("minhas", "nas"))),
        )
        for mine, contracted in pairs
    },
    **{
        f"{preposition} {ours}": contracted
        for preposition, pairs in (
            ("de", (("nosso", "do"), ("nossa", "da"), ("nossos", "dos"), ("nossas", "das"))),
            ("em", (("nosso", "no"), ("nossa", "na"), ("nossos", "nos"), ("nossas", "nas"))),
        )
        for ours, contracted in pairs
    },
    "meu": "o",
    "minha": "a",
    "meus": "os",
    "minhas": "as",
    "nosso": "o",
    "nossa": "a",
    "nossos": "os",
    "nossas": "as",
}
RESTATE_SWAPS_INFORMAL = {
    **_pt_verb_swaps(informal=True),
    "nós": "vocês",
    **_MINE,
    "teu": "nosso",
    "tua": "nossa",
    "teus": "nossos",
    "tuas": "nossas",
    **_THEIRS,
    "ninguém me": "ninguém te",
    "ninguém nos": "ninguém te",
    **{f"{you}-me": f"{i}-te" for you, i in _YOU_SAID},
    **{f"me {you}": f"te {i}" for you, i in _YOU_SAID},
    **dict(_YOU_SAID),
    **{f"{they}-me": f"{we}-te|{they}-te" for they, we in _WE_SAID},
    **{f"me {they}": f"te {we}|te {they}" for they, we in _WE_SAID},
    **{f"me {verb}": f"te {verb}" for verb in _OFFERED},
    **{f"{verb}-me": f"{verb}-te" for verb in _OFFERED},
}
_I_DID = (  # the writer's own verbs ("eu", "nós"), which the swaps do not turn
    r"\w{2,}ei(?<!\blei)(?<!\brei)|"
    r"\w{2,}i(?<!aqui)(?<!\bali)(?<!dali)(?<!táxi)(?<!júri)(?<!\bapi)(?<!\bkpi)(?<!\broi)"
    # "foi", "vai", "cai", "sai", "dói": the 3rd person, not "eu"
    r"(?<!\bfoi)(?<!\bvai)(?<!\bcai)(?<!\bsai)(?<!\bdói)"
    r"(?<!\bmini)(?<!\bmulti)(?<!\bsushi)(?<!esqui)(?<!safari)(?<!\bwifi)(?<!\btaxi)(?<!chassi)"
    r"(?<!\bski)|"
    r"espero|preciso|quero|tenho|estou|sou|posso|acho|penso|continuo|sigo|fico|vejo|recebo|"
    r"consigo|devo|faço|digo|sei|vou|peço|percebo|entendo|compreendo|aceito|exijo|lamento|"
    r"pergunto|insisto|dependo|perco|"
    r"fiz|tive|estive|fui|pude|quis|vim|pus|"
    r"(?!(?:ramos|últimos|próximos|mínimos|máximos|íntimos|ótimos|óptimos|péssimos|legítimos|"
    r"anónimos|anônimos|décimos|primos|termos|extremos|supremos|\w+íssimos)(?!\w))"
    r"\w+(?:amos|ámos|emos|imos|ímos)"
)
_YOU_DID = (  # verbs of "tu" that are not in the swaps
    r"tens|queres|podes|sabes|estás|és|vais|fazes|dizes|"
    r"(?!(?:este|deste|neste|teste|oeste|leste|peste|veste|existe|insiste|consiste|persiste|resiste|"
    rf"assiste|triste|contraste|desgaste|baste|haste|gaste|{'|'.join(y for y, _ in _YOU_SAID)})(?!\w))"
    r"\w+(?:aste|este|iste)"
)
# "nos" is also "em + os" ("nos relatórios"): only after these words, or after a hyphen, is it
# the client's "us".
_US = (
    "".join(f"(?<!{verb}-)" for verb in _DID_TO_US)
    + r"(?:(?<=-)|(?<=\bnão )|(?<=\bnunca )|(?<=\bjá )|(?<=\bque )|(?<=\bse )|(?<=\btambém ))nos"
)


def _pt_words(*names: str) -> str:
    """An alternation of the forms ``names`` (p1s, t3p...) of every verb in _PT_VERBS."""
    found = {forms[name] for forms in _PT_FORMS.values() for name in names} - {""}
    return "|".join(sorted(found, key=len, reverse=True))


def _pt_turned(swaps: dict[str, str]) -> str:
    """The one-word phrases that ``swaps`` turn: no verb of theirs blocks a clause."""
    return "|".join(sorted((key for key in swaps if " " not in key), key=len, reverse=True))


# A word of time that lasts, after a -amos/-emos/-imos form: the present ("pagamos 1.500
# euros por mês", _PT_VERBS), not the preterite.
RESTATE_SECOND_FORM = (
    r"por (?:mês|semana|ano|dia)|ao (?:mês|ano)|tod[oa]s [oa]s|cada|mensal\w*|sempre|"
    r"há (?:meses|anos)|agora|atualmente|actualmente|ainda|diariamente|neste momento"
)
_WE_TOO = "|".join(
    (_pt_words("p1p", "t1p", "m1p", "f1p", "c1p"), _pt_words("t1p").replace("amos", "ámos"))
)
_UNSURE = "|".join(
    forms["p1p"]
    for infinitive, forms in _PT_FORMS.items()
    if _PT_TENSE[infinitive] == "?" and forms["p1p"] == forms["t1p"]
)
# "esperamos" is "we waited" or "we expect" (_PT_VERBS "?"): left out, unless a word of time
# that lasts follows it.
_EITHER_WAY = rf"(?:{_UNSURE})(?!\w)(?!.{{0,60}}?\b(?:{RESTATE_SECOND_FORM})\b)"
_THEIR_VERB = r"(?: (?:não )?(?:me |nos )?(?:{})(?!\w))"
_VOCES = (
    rf"vocês(?! (?:nem|não) avisaram| (?:não )?(?:{_pt_words('p3p')})(?!\w)"
    rf"|{_THEIR_VERB.format(_pt_words('t3p'))})"
)
_VOCE = rf"você(?! (?:nem|não) avisou|{_THEIR_VERB.format(_pt_words('t3s'))})"
_A_GENTE = rf"a gente(?! (?:não |já )?(?:{_pt_words('p3s', 't3s', 'f3s')})(?!\w))"
_NOS = rf"nós(?! (?:{_WE_TOO})(?!\w))"
_US_TOO = rf"(?! (?:{_WE_TOO})(?!\w))"  # "não nos esquecemos": "se"
# "vocês nos cobraram", "você me prometeu": turned with the verb (_pt_verb_swaps)
_BY_YOU = "".join(f"(?<!{who} {lead})" for who in ("você", "vocês") for lead in ("", "não "))
# A form of "eu" that is also a noun, where it is the verb ("Pago 2.000 euros por mês"): the
# informal reply does not turn it (tu or você, above).
_I_SAID = (
    "(?:(?<!.)|(?<=[,;:] )"
    + "".join(f"|(?<=\\b{word} )" for word in _PT_BEFORE_VERB)
    + f")(?:{'|'.join(sorted(_PT_NOUN_TOO))})"
)
# "estou a esperar", "estou esperando": the writer's words tell tu or você (above)
_TELLS = rf"(?!(?:estou|continuo) (?:a|{_pt_words('g')})(?!\w))"
RESTATE_BLOCKERS = (
    rf"(?i)(?<!\w)(?:eu|{_NOS}|tu|te|(?-i:ti|Ti)|contigo|{_VOCE}|{_VOCES}|{_A_GENTE}|o senhor|a senhora|"
    rf"os senhores|e nada(?= +(?!de(?!\w))\w)|{_EITHER_WAY}|"
    + "".join(f"(?<!{they}-)" for they in (*(t for t, _ in _WE_SAID), *_OFFERED))
    + _BY_YOU
    + rf"me(?! (?:{'|'.join((*(t for t, _ in _WE_SAID), *_OFFERED))}|{_pt_words('p1s', 't1s', 'f1s')})(?!\w))|"
    rf"(?<!ninguém )(?!nos (?:{'|'.join(they for they, _ in _WE_SAID)})(?!\w)){_BY_YOU}{_US}{_US_TOO}(?! (?:avisou|avisaram|informou|disse|respondeu)\b)"
    + "".join(f"(?<!{they}-nos)" for they, _ in _WE_SAID)
    + rf"|(?!(?:{_pt_turned(RESTATE_SWAPS)})(?!\w))(?:{_I_DID}|{_YOU_DID})"
    r")(?!\w)"
)
RESTATE_BLOCKERS_INFORMAL = (
    rf"(?i)(?<!\w)(?:eu|{_NOS}|tu|te|(?-i:ti|Ti)|contigo|{_VOCE}|{_VOCES}|{_A_GENTE}|o senhor|a senhora|"
    rf"os senhores|e nada(?= +(?!de(?!\w))\w)|{_EITHER_WAY}|"
    r"(?:meu|minha|nosso|nossa)s?(?=\s*(?:[.,;:!?]|$))|"
    + "".join(f"(?<!{y}-)" for y in (*(y for y, _ in (*_YOU_SAID, *_WE_SAID)), *_OFFERED))
    + _BY_YOU
    + rf"(?<!ninguém )me(?! (?:{'|'.join((*(y for y, _ in (*_YOU_SAID, *_WE_SAID)), *_OFFERED))})(?!\w))|"
    rf"(?<!ninguém ){_BY_YOU}{_US}{_US_TOO}(?! (?:avisou|avisaram)\b)|"
    rf"{_I_SAID}|"
    rf"{_TELLS}(?!(?:{_pt_turned(RESTATE_SWAPS_INFORMAL)})(?!\w))(?:{_I_DID}|{_YOU_DID})"
    r")(?!\w)"
)
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:digite|escreva) (?:sua|a sua) resposta acima desta linha",
    "respostas anteriores",
)

# (draft-reply check) phrases that talk down to a client, lower case.
CONDESCENSION = (
    "vocês nem sequer",
    "nem sequer é um grande",
    "nem sequer um grande cliente",
    "um dos nossos menores clientes",
    "com todo o respeito",
    "como todos sabem",
    "vou explicar novamente",
    "leia o meu e-mail anterior",
    "leia meu e-mail anterior",
    "se tivesse lido",
    "se tivesse se dado ao trabalho",
    "obviamente você",
    "francamente",
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"até(?: à| ao| a)?|antes de|o mais tardar",)
NOON_WORDS = (r"(?:o )?meio-dia",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (r"me avis[ae]m?|avisa-me|avise-me|avisem-me|me (?:dá|dê|deem) (?:um )?retorno",)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    r"(?:estou|estarei|fico) disponível|(?:fica|ficaria) bom para (?:você|vocês|o senhor|a senhora|ti)|pode ser|posso",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"com",)
MEETING_PLACES = (
    r"(?<=aqui )no escritório|no (?:nosso|seu|vosso|teu) escritório|(?:aqui )?na (?:nossa|sua|vossa|tua) (?:empresa|sede|loja)",
)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (
    r"porque|já que|pois|visto que|para que|pra que|para eu|pra eu|para poder|pra poder|para podermos",
)
CONDITION_WORDS = (r"se|caso",)
COPULAS = (r"ser",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Nunca enviámos o relatório" -> "Pelo que me diz, nunca enviámos o relatório". To an informal
# writer the frame names no pronoun: the template, not the code, tells tu from você.
CLAIM_START = r"nós|noss\w+|o nosso|a nossa|os nossos|as nossas|ninguém|nunca|jamais|não"
CLAIM_WORDS = r"nós|noss\w+|ninguém"
CLAIM_FRAMES = {"formal": "Pelo que me diz,", "informal": "Pelo que li,"}

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (
    r"de volta|devolv\w*|devoluç\w*|abatid\w*|abater|descontad\w*|descontar|estorn\w*|reembols\w*|creditad\w*",
)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
WONDER_WORDS = (r"pergunto-me|me pergunto|perguntamo-nos|nos perguntamos",)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"faturas? (?:corrigidas?|retificadas?|alteradas?)|faturas? (?:\w+ ){0,4}sem|notas? de crédito",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (r"(?:informar|dizer|avisar)(?:-lhe|-te|-vos)?\b(?! (?:se|quando|como)\b)",)
PERIOD_ENDS = (r"(?:antes do|até ao?|no|depois do) (?:fim|final) (?:do|da|de|do nosso|do seu) \w+",)
IMMEDIATE = (r"já|agora|imediatamente|de imediato|o quanto antes|hoje mesmo|esta noite|ainda hoje",)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (
    r"(?:lhe |te |vos )?proponho|(?:lhe |te |vos )?propomos|sugiro|sugerimos|que tal",
)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"seguinte\w*|pedidos?|exigências|solicit\w*|peço|exijo|precis\w*|(?:três|quatro|duas|cinco) coisas|(?:a minha|a nossa|minha|nossa) proposta",
)
ORDINAL_OPENERS = (
    r"(?:a|o) (?:primeira|primeiro|segunda|segundo|terceira|terceiro)|primeiro|segundo|terceiro|em (?:primeiro|segundo|terceiro) lugar|por último|e por último",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"contrat\w*|contratual\w*|(?:definid|fixad|estabelecid)[oa]s? pelo cliente",)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (r"um|uma|uns|umas|o|a|os|as|o seu|a sua|os seus|as suas|o vosso|a vossa",)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (
    r"o|a|os|as|um|uma|uns|umas|meu|minha|meus|minhas|nosso|nossa|nossos|nossas|seu|sua|seus|suas|"
    r"vosso|vossa|vossos|vossas|teu|tua|teus|tuas|este|esta|estes|estas|esse|essa|esses|essas",
)
PHRASE_LINKS = (
    r"de|do|da|dos|das|para|sobre|com|sem|em|no|na|nos|nas|a|ao|à|por|pelo|pela|entre|relativo|relativa",
)
PHRASE_STOPS = (
    r"para que|porque|pois|já que|assim que|o quanto antes|o mais rápido possível|o mais depressa possível|"
    r"imediatamente|urgentemente|hoje|amanhã|esta semana|na próxima semana|também|além disso|por favor|"
    r"obrigad[oa]|senão|se|quando|que|onde|o qual|a qual|é|são|era",
)

# Academic and professional titles before a name (mail/sender.py): kept in a formal greeting.
ACADEMIC_TITLES = ("dra", "eng")  # "Dra. Sousa", "Eng.º Costa", "Eng.ª Lopes"

# The sender's own form of address (mail/sender.py): a title before their own name in the
# signature or the From name ("Sra. Teresa Matos", "Dra. Sousa", "Eng.ª Lopes", "Eng.º Costa";
# "Dr." says no gender), or what they say of themself in the first person ("estou cansada",
# "fiquei decepcionada", "sinto-me desiludida", "eu própria") and their own thanks at the start
# of a sentence or line ("Obrigada pela atenção", "Grata"). "Obrigado" is no cue: women write
# it too; "a empresa foi obrigada a" is no thanks, nor the writer.
_I_AM = (
    r"(?<!\w)(?:(?:não\s+)?(?:estou|estive|fiquei|tenho\s+ficado|sinto-me|me\s+sinto|senti-me|"
    r"me\s+senti|fui|continuo|ando))\s+"
    r"(?:(?:muito|mesmo|realmente|bastante|totalmente|completamente|francamente|"
    r"profundamente|extremamente|sinceramente|tão|um\s+pouco|algo|já|cada\s+vez\s+mais|"
    r"verdadeiramente|absolutamente|bem)[\s,]+){0,4}"
)
_GENDERED = (
    "cansad|fart|desiludid|decepcionad|preocupad|chatead|surpreendid|surpres|satisfeit|"
    "insatisfeit|indignad|revoltad|frustrad|esgotad|aborrecid|espantad|admirad|convencid|"
    "segur|informad|avisad|grat|content|magoad|zangad|irritad|perplex|pront|"
    "desapontad|incomodad|envergonhad|assustad|ignorad|esquecid"
)
GENDER_CUES = {
    "titles": {
        "Ms": (
            *(r"sra\.?", r"senhora", r"srª\.?", r"exma\.?", r"dra\.?", r"dr\.ª", r"drª\.?"),
            *(r"eng\.ª", r"engª\.?", r"prof\.ª", r"profª\.?"),
        ),
        "Mr": (r"sr\.?", r"senhor", r"exmo\.?", r"eng\.º", r"engº\.?"),
    },
    # The role on the sender's name line or just below it, feminine only ("Diretora de
    # Operações": some women sign "Diretor");
    # "gerente", "presidente" and "chefe" say nothing.
    "roles": {
        "Ms": (
            *(r"diretora", r"(?:co-?)?fundadora", r"coordenadora", r"assessora", r"advogada"),
            *(r"sócia", r"administradora", r"encarregada", r"supervisora", r"consultora"),
        ),
    },
    "self": {
        "Ms": (
            rf"{_I_AM}(?:{_GENDERED})a(?!\w)",
            r"(?<!\w)eu\s+(?:mesma|própria)(?!\w)",
            r"(?:^\s*|[.!?]\s+|desde\s+já,?\s+)(?:muito\s+|muitíssimo\s+)?(?:obrigada|grata)(?!\w)",
        ),
        "Mr": (rf"{_I_AM}(?:{_GENDERED})o(?!\w)", r"(?<!\w)eu\s+(?:mesmo|próprio)(?!\w)"),
    },
}
# A formal greeting by salutation: a title replaces Sra. and Sr. ("Dra. Sousa", "Eng.ª Lopes").
TITLE_REPLACES_FORM = True

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns.
INTENSIFIERS = (
    "absolutamente",
    "completamente",
    "totalmente",
    "realmente",
    "simplesmente",
    "francamente",
    "sinceramente",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    r"maldit[oa]s?",
    r"desgraçad[oa]s?",
)
VERDICTS = (
    r"o que é (?:\w+ )?(?:inaceitável|inadmissível|vergonhoso|inacreditável)",
    r"(?:isto |isso )?é (?:\w+ )?(?:inacreditável|inaceitável|inadmissível|uma vergonha|"
    r"vergonhoso)",
    r"(?:inacreditável|inaceitável|inadmissível)",
)
THREATS = (
    r"advogad[oa]s?|ações judiciais|tribuna(?:l|is)|via judicial|medidas legais|"
    r"jurídic\w*|livro de reclamações|(?:más|negativas) avaliações|avaliação negativa",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("ninguém", "alguém", "todos")
# The writer's own present verb, its subject left out (drafting/voice.py): "-o".
FIRST_PERSON_ENDING = "o"
WHEREABOUTS = (
    (r"^(?:e )?(?:cadê|onde (?:está|anda|é que está)) (?P<x>.+?)$", "{x} ainda não chegou."),
    (r"^(?:e )?(?:onde (?:estão|andam|é que estão)) (?P<x>.+?)$", "{x} ainda não chegaram."),
)
REPORT_FRAMES = {"formal": "Pelo que me diz,", "informal": "Pelo que li,"}
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"espero que",
    r"esperamos que",
    r"oxalá",
    # the writer's apology for how they write ("Scusa la franchezza", "Sorry for the long email")
    r"(?:desculpe|desculpa|perdoe|perdoa|peço desculpa (?:pel[oa]|por)) (?:o|a|pel[oa]|a minha|o meu|este|esta)? ?(?:franqueza|desabafo|tom|email|e-mail|mensagem|longa|longo|extensão)",
)

# A sentence that only says a message of ours came ("Recebemos a sua fatura de novembro"):
# the context of a complaint, no point to restate unless it is negated or complains
# (drafting/concerns.py condense).
RECEIPTS = (
    r"(?:recebi|recebemos|li|lemos|(?:tenho|temos) recebido|acab(?:ei|amos) de receber) "
    r"(?:\S+ ){0,6}?(?:carta|correspondência|e-?mail|mail|mensage\w+|fatura|factura|nota|"
    r"aviso|comunicado|comunicação|lembrete|relatório)s?\b",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them:
# (pattern on the words the client used, our phrase). First match wins (answers.py).
SENIOR_ROLES = (
    (r"diretora[- ]geral|directora[- ]geral", "a nossa diretora-geral"),
    (r"diretor[- ]geral|director[- ]geral|\bceo\b", "o nosso diretor-geral"),
    (r"diretora|directora", "a nossa diretora"),
    (r"diretor(?!ia)|director", "o nosso diretor"),
    (r"diretoria|direção|direcção", "a nossa direção"),
    (r"gerente", "o nosso gerente"),
    (r"chefe|responsável|superior", "o meu responsável"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:principalmente |sobretudo )?(?:devido a|por causa (?:de|do|da|dos|das))",
    "depois",
    "que",
    "onde",
    "quando",
    "principalmente",
    "sobretudo",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("último", "última", "últimos", "últimas")
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (r"diz-me|diga-me|avisa-me|me avisa|me avise|avise-me|dá notícias|dê notícias",)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"o (?:motivo|problema) principal|o principal (?:motivo|problema)",
    r"o (?:maior|verdadeiro) problema",
    r"o (?:ponto|que) (?:que )?mais pesou",
    r"o que mais (?:me|nos) (?:incomoda|incomodou|preocupa|custa|custou|chateia|chateou)",
    r"o mais grave",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:e|mas) (?:nunca |não )?(?:nos |me |o |a |os |as )?(?:chegou|chegaram|veio|vieram|mandaram|enviaram|responderam|entregaram)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"de volta\b",
    r"outra vez\b",
    r"de novo\b",
    r"a acompanhar\b",
    r"à frente\b",
    r",\s*(?:o que|a que|quem|que)\b",
    r"(?:volte|retome|acompanhe|cuide)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (r"de volta\b", r"a acompanhar\b")
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("nada", "nada de nada", "absolutamente nada", "zero")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"para (?:fecharmos|discutirmos|falarmos|revermos|analisarmos|acertarmos|definirmos|fechar|discutir|falar|rever|analisar|acertar|definir|conversarmos|conversar)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("entender", "compreender", "perceber")
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:vou ser|tenho de ser|tenho que ser|serei|para ser|sendo|vou lhe ser|vou-lhe ser) (?:\w+ ){0,2}(?:sincer[oa]s?|franc[oa]s?|diret[oa]s?|direct[oa]s?|honest[oa]s?|clar[oa]s?)",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (r"comparecer", r"participar", r"estar presente")
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (r"não (?:me|nos) (?:mand|envi|lig|escrev|respond|dig)\w*",)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("pela presente", "por meio desta", "através da presente")
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = (r"noss[oa]s?", "meu", "minha", "meus", "minhas")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"mudar", r"remarcar", r"adiar", r"antecipar")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb.
NONE_WORDS = ("zero",)
POLITE_PRONOUNS = ("você",)
COUNTING_WORDS = (r"\w+ndo lugar",)
OBJECT_PRONOUNS = ("me", "nos")
