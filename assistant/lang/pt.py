"""Portuguese (português): what draft-reply knows of Portuguese (lang/__init__.py)."""

NAME = "Portuguese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "mensagem original",
    "mensagem encaminhada",
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
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        r"fora do ar|fora de serviço|atras\w*|tarde|de novo|outra vez|ainda|nunca|decepcion\w*|inaceitável|problemas?|"
        r"esper\w*|erros?|errad\w*|frustra\w*|ninguém|ignor\w*|falh\w*|perdid\w*|caiu|"
        r"queda|lent\w*|reclama\w*|pior"
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
    "others": r"outras? agências?|outros fornecedores|concorren\w*",
}
SALUTATION_OPENERS = (
    "olá",
    "oi",
    "bom dia",
    "boa tarde",
    "prezad[oa]",
    "car[oa]",
    "estimad[oa]",
    "senhora",
    "senhor",
)
SIGN_OFFS = (
    "atenciosamente",
    "cumprimentos",
    "melhores cumprimentos",
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
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:tu|te|ti|contigo|teu|tua|teus|tuas|você|vocês|oi|pode me|me manda|manda)(?!\w)",
)
FORMAL_FORMS = (
    r"(?i)(?<!\w)(?:o senhor|a senhora|os senhores|as senhoras|prezad[oa]s?|vossa|v\. ?s\.ª|atenciosamente|poderia|gostaria)(?!\w)",
)
# Portuguese business mail says "você" in both registers: the greeting and the closing carry it.
REPLY_INFORMAL_FORMS = r"(?<!\w)(?:[Tt]u|teu|tua|teus|tuas|contigo|Oi|Abraço|Abraços)(?!\w)"
REPLY_FORMAL_FORMS = (
    r"(?<!\w)(?:o senhor|a senhora|os senhores|Prezad[oa]|Atenciosamente|Cordialmente)(?!\w)"
)
REPLY_PRONOUNS = ("você", "o senhor / a senhora")
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
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["sempre", "nunca", "toda vez", "todas as vezes", "absolutamente nada"],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "phrases": [
                "inaceitável",
                "vocês não fazem nada",
                "mentiram para nós",
                "uma vergonha",
                "um absurdo",
                "revoltante",
            ],
        },
    ),
    "threat_to_leave": (
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
            ],
        },
    ),
}

ASK_CUES = {
    "refund": r"reembols\w*|devoluç\w*|devolv\w*|estorno|desconto\w*|abatimento|compensaç\w*|indeniz\w*|não (?:\w+ )?pag\w*|suspender o pagamento",
    "meeting": r"lig\w* para mim|me lig\w*|conversar|falar|ligaç\w*|chamada\w*|reuni\w*|videochamada\w*|telefonema|conversar por telefone|encontro|call",
    "written": r"(?:uma|sua|a sua) (?:resposta|explicação)|um retorno|por escrito|resposta escrita|escrito|por (?:e-?mail|correio eletrônico)",
    "document": r"relatórios?|faturas?|detalhamento\w*|exportaç\w*|document\w*|cronograma|plano de ação|cópias?|orçamentos?|análises?|acessos?|arquivos?|apresentaç\w*",
    "decision": r"(?:sua|uma|a) decisão|decida|confirm\w* se|sim ou não|comprom\w*|resposta clara",
    "person": r"(?:seu|sua|teu|tua|o|a) (?:gerente|diretor\w*|chefe|superior\w*|responsável|gestor\w*|dono|dona)|alguém (?:mais )?sênior|escal\w*",
}
ASK_LEADS = (
    r"por favor|vamos|podemos|peço|pedimos|pode|poderia|podem|poderiam|(?:quero|queremos|preciso|precisamos|exijo|exigimos|espero|esperamos|solicito|solicitamos|gostaria|gostaríamos|proponho|propomos)|me envie|nos envie|envie\w*|manda|me manda|é possível|seria possível|está disponível|tem disponibilidade",
)
NO_CALL = (
    r"(?:não|sem|nada de|nenhuma) (?:\w+ ){0,2}(?:ligaç|chamada|telefon)\w*|não por telefone",
)
SITUATIONS = {
    "price": r"aumento (?:de|dos?) (?:preços?|tarifas?|valores?)|aument\w* (?:\w+ ){0,3}(?:preços?|tarifas?|honorários|mensalidade)|(?:preços?|tarifas?) (?:\w+ ){0,2}(?:subi\w*|aument\w*)|caro demais|mais caro",
    "refund": r"reembols\w*|devoluç\w*|estorno|desconto\w*|compensaç\w*",
    "competitor": r"outras? agências?|outros fornecedores|concorren\w*|proposta d[ea]|mais barat\w*",
    "ranking": r"ranking|classificaç\w*|avaliação de (?:fornecedores|agências)|último lugar|pior avaliad\w*",
    "leave": r"rescind\w*|cancelar o contrato|trocar de (?:agência|fornecedor)|procurar outra agência|não renov\w*|encerrar (?:o contrato|a parceria)|última chance",
    "deadline": r"atras\w*|tarde|prazo\w*|ainda (?:\w+ )?esper\w*|continuamos esperando",
}
PRAISE = (
    r"(?:vocês|a sua equipe|sua equipe|a equipe|o time) (?:\w+ )?(?:eram|foram|são|era|foi) (?:\w+ ){0,2}(?:bons|boas|ótim\w*|excelentes?|úteis|fantástic\w*)",
    r"obrigad[oa]|satisfeit\w* com|content\w* com|bom trabalho",
)
ANNOUNCEMENTS = (
    r"para sua informação|só para informar|(?:estaremos|estarei) (?:\w+ )?(?:de férias|fora do escritório)|(?:contratamos|lançamos|mudamos)",
)
CONCESSIONS = ("mas", "porém", "contudo", "no entanto", "embora")
FILLERS = (
    "escrevo porque",
    "estou escrevendo porque",
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
DUE_WORDS = {
    r"depois de amanhã": "+2d",
    r"hoje|hoje à noite|ainda hoje": "+0d",
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
REMEDY_WORDS = (
    r"corrigid\w*|correç\w*|restabelecid\w*|resolvid\w*|substituíd\w*|reenviad\w*|reparad\w*|causa raiz|estorno",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = ("depois", "e", "então", "além disso", "também")
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Em {day:02}/{month:02}/{year}, às {time}, {who} escreveu:"
ATTRIBUTION_UNDATED = "{who} escreveu:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nunca (?:chegou|recebemos)|nem um único|nem uma única|não (?:recebemos|chegou)|falta\w*",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement;
# verbs are left as written, so only possessives and objects swap where the verb would change.
RESTATE_SWAPS = {
    "nosso": "seu",
    "nossa": "sua",
    "nossos": "seus",
    "nossas": "suas",
    "meu": "seu",
    "minha": "sua",
}
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
