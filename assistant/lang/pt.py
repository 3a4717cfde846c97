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
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"aumento|aument\w* (?:\w+ ){0,2}(?:preços?|tarifas?|mensalidades?)|mais caro|(?:caiu|caímos|caíram|descemos|desceu|desceram) (?:da|do|de|para)|perd\w* \d+ posições|fora da primeira página|"
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
    r"liga-me|manda-me|diz-me)(?!\w)",
)
FORMAL_FORMS = (
    r"(?i)(?<!\w)(?:o senhor|a senhora|os senhores|as senhoras|prezad[oa]s?|vossa|v\. ?s\.ª|atenciosamente|poderia|gostaria)(?!\w)",
    r"(?i)(?<!\w)(?:exm[oa]s?|v\. ?ex\.?ª|senhores|cumprimentos|cordialmente)(?!\w)",
)
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
# "Bom dia, Ana Souza,": the formal greeting names the whole name, so no gender is guessed
# ("Prezada" or "Prezado"; a single name greets with none).
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
                "mentiram-nos",
                "um absurdo",
                "revoltante",
            ],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "estás a gozar",
                "está a gozar",
                "estão a gozar",
                "tá de brincadeira",
                "está de brincadeira",
                "vocês estão de brincadeira",
                "obrigado por nada",
                "que surpresa",
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
        r"(?:uma )?(?:oferta|proposta) melhor|(?:um )?(?:melhor preço|preço melhor)|reembols\w*|devoluç\w*|devolv\w*(?! (?:a|uma) (?:chamada|ligação))|estorno|desconto\w*|"
        r"abatimento|compensaç\w*|indeniz\w*|indemniz\w*|dinheiro (?:\w+ ){0,3}de volta|"
        r"de volta o (?:meu |nosso )?dinheiro|não (?:\w+ )?pag\w*|suspender o pagamento"
    ),
    # "encontrar-nos", "ver-nos", "ligar-me" as well as "reunião": "Podemos encontrar-nos na
    # quinta?" is a meeting.
    "meeting": (
        r"lig\w* para mim|me lig\w*|lig(?:a|ue|uem|ar)-me|telefon(?:a|e|em|ar)-me|telefonar|"
        r"conversar|conversa|conversarmos|falar|falarmos|ligaç\w*|chamada\w*|reuni\w*|"
        r"videochamada\w*|telefonema|encontro|call|encontrar-nos|encontrarmo-nos|encontrarmos|"
        r"nos encontrar(?:mos)?|ver-nos|vermo-nos|nos ver(?:mos)?"
    ),
    "written": r"respondes-me|responde-me|responda-me|(?<!ninguém )(?<!não )(?<!nunca )me responde|me responda|responder-me|(?:uma|sua|a sua|tua|a tua) (?:resposta|explicação)|um retorno|por escrito|resposta escrita|escrito|por (?:e-?mail|correio eletrônico|correio eletrónico)",
    "document": r"propostas?|comparativos?|resumos?|relatórios?|faturas?|detalhamento\w*|exportaç\w*|document\w*|cronograma|plano de ação|plano(?= (?:de|do|da|para|pra) (?!pagamentos?\b|assinatura\b|saúde\b)\w)|cópias?|orçamentos?|análises?|acessos?|arquivos?|ficheiros?|apresentaç\w*",
    # O que é preciso pôr a funcionar: "corrijam o formulário", "que a loja volte a funcionar".
    "fix": (
        r"corrij\w*|corrig\w*|correção|repar\w*|consert\w*|arranj\w*|resolv\w*|restabelec\w*|"
        r"volt\w* a funcionar|funcion\w* de novo|(?:de novo|outra vez) (?:online|no ar)"
    ),
    "decision": r"(?:sua|tua|uma|a) decisão|decida|confirm\w* se|sim ou não|comprom\w*|resposta clara",
    "person": r"(?:seu|sua|teu|tua|vosso|vossa|o|a) (?:gerente|diretor\w*|chefe|superior\w*|responsável|gestor\w*|dono|dona)|alguém (?:mais )?(?:sênior|sénior|responsável)|(?:um|uma) (?:responsável|diretor\w*|gestor\w*) (?:sênior|sénior)|alguém da direção|escal\w*",
}
# "Podemos ...?" asks only as a question: "não podemos aprovar o orçamento" asks nothing.
ASK_LEADS = (
    r"agradeci[ao] que|agradeceria que|agradecíamos que|respondes-me|responde-me|responda-me|(?<!ninguém )(?<!não )(?<!nunca )me responde|por favor|vamos|podemos(?=[^.!?]*\?)|poderíamos|peço|pedimos|pode|poderia|podem|poderiam|podes|"
    r"(?:quero|queremos|preciso|precisamos|exijo|exigimos|espero|esperamos|solicito|solicitamos|gostaria|gostaríamos|gostava|gostávamos|proponho|propomos)|"
    r"agradecia que|agradeço que|me envie|nos envie|envie\w*|envia-me|manda-me|mande-me|manda|me manda|"
    r"me mandar|mandar-me|enviar-me|me enviar|consegue(?=[^.!?]*\?)|consegues(?=[^.!?]*\?)|"
    r"conseguem(?=[^.!?]*\?)|dá (?:pra|para)(?=[^.!?]*\?)|"
    r"^(?:resolv[ae]m?|corri(?:ge|ja|jam)|consert[ae]m?)(?= (?:isto|isso|o|a|os|as|já)\b)|"
    r"lig(?:a|ue|uem)-me|telefon(?:a|e|em)-me|me lig(?:a|ue|uem)|é possível|seria possível|está disponível|tem disponibilidade",
)
# A refusal of calls: a negative command ("não me liguem", "não me telefones"), "nada de
# chamadas", "sem telefonemas", "por telefone não". "Ninguém nos ligou" and "não atendem o
# telefone" complain about calls; they refuse none.
NO_CALL = (
    r"não (?:me |nos )?(?:lig(?:ue|uem|ues)|telefon(?:e|em|es))(?: mais)?|"
    r"não (?:é preciso|é necessário|precisa|precisam|quero|queremos|preciso) (?:de )?(?:me |nos )?"
    r"(?:ligar|telefonar)(?:-me|-nos)?|"
    r"não (?:quero|queremos|preciso de) (?:mais )?(?:chamadas|ligações|telefonemas)|"
    r"nada de (?:chamadas|ligações|telefonemas|telefone)|sem (?:mais )?(?:chamadas|ligações|telefonemas)|"
    r"não por telefone|por telefone não|dispenso (?:as |os )?(?:chamadas|ligações|telefonemas)",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"reuni\w*|encontro|encontrar-nos|encontrarmo-nos|encontrarmos|nos encontrar(?:mos)?|"
    r"ver-nos|vermo-nos|nos ver(?:mos)?|pessoalmente|presencial\w*|"
    r"n(?:o|o seu|o vosso|o teu|o nosso) escritório",
)
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"google|bing|resultados de pesquisa|(?:primeira|segunda) página|página \d|palavras?-chave|pesquisa orgânica",
    "price": r"aumento (?:de|dos?) (?:preços?|tarifas?|valores?)|aument\w* (?:\S+ ){0,3}(?:preços?|tarifas?|honorários|mensalidades?|valores?|avenças?)|(?:preços?|tarifas?) (?:\w+ ){0,2}(?:subi\w*|aument\w*)|caro demais|mais caro",
    "refund": r"reembols\w*|devoluç\w*|estorno|desconto\w*|compensaç\w*|dinheiro (?:\w+ ){0,3}de volta|devolv\w* (?:\w+ ){0,2}dinheiro",
    "competitor": r"outras? agências?|outros fornecedores|concorren\w*|proposta d[ea](?! (?:preço|valor|renovação|contrato)\b)|mais barat\w*|"
    r"(?:propôs|ofereceu|propuseram|ofereceram)-(?:nos|me)|(?:nos|me) (?:propôs|ofereceu|propuseram|ofereceram)|"
    r"por menos \d+ ?%",
    "ranking": r"ranking|classificaç\w*|avaliação de (?:fornecedores|agências)|último lugar|pior avaliad\w*",
    "leave": r"se continu(?:o|amos) com (?:vocês|vós|voces)|reavali\w* (?:o )?contrato|contrato (?:\w+ ){0,2}reavaliado|rescind\w*|cancel\w* o contrato|(?:troc|mud)\w* de (?:agência|fornecedor)|procur\w* outra agência|não renov\w*|encerrar (?:o contrato|a parceria)|última (?:chance|oportunidade)|deix\w* de trabalhar (?:com vocês|convosco)",
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
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:(?:até ao|até o|até|no|para o|antes do|a) )?dia (?P<n>[1-9]|[12]\d|3[01])(?! de)": "dom",
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
    # A weekday without "-feira" after a preposition ("na quinta", "até segunda"), never
    # "pela segunda vez".
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) segunda(?! vez)": "wd0",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) terça": "wd1",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) quarta(?! parte)": "wd2",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) quinta": "wd3",
    r"(?:na|até(?: a)?|para(?: a)?|nesta|esta|próxima) sexta": "wd4",
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
CONNECTIVES = ("depois", "e", "então", "além disso", "também")
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Em {day:02}/{month:02}/{year}, às {time}, {who} escreveu:"
ATTRIBUTION_UNDATED = "{who} escreveu:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nunca (?:chegou|recebemos)|nem um único|nem uma única|não (?:recebemos|chegou)|falta\w*",
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
RESTATE_SWAPS = {
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
    r"(?<!\bmini)(?<!\bmulti)(?<!\bsushi)|"
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
RESTATE_BLOCKERS = (
    r"(?i)(?<!\w)(?:eu|nós|tu|te|ti|contigo|você(?! (?:nem|não) avisou)|vocês(?! (?:nem|não) avisaram)|o senhor|a senhora|"
    r"os senhores|e nada(?= +(?!de(?!\w))\w)|"
    + "".join(f"(?<!{they}-)" for they in (*(t for t, _ in _WE_SAID), *_OFFERED))
    + rf"me(?! (?:{'|'.join((*(t for t, _ in _WE_SAID), *_OFFERED))})(?!\w))|"
    rf"(?<!ninguém )(?!nos (?:{'|'.join(they for they, _ in _WE_SAID)})(?!\w)){_US}(?! (?:avisou|avisaram|informou|disse|respondeu)\b)"
    + "".join(f"(?<!{they}-nos)" for they, _ in _WE_SAID)
    + rf"|{_I_DID}|{_YOU_DID}"
    r")(?!\w)"
)
RESTATE_BLOCKERS_INFORMAL = (
    r"(?i)(?<!\w)(?:eu|nós|tu|te|ti|contigo|você(?! (?:nem|não) avisou)|vocês(?! (?:nem|não) avisaram)|o senhor|a senhora|"
    r"os senhores|e nada(?= +(?!de(?!\w))\w)|"
    r"(?:meu|minha|nosso|nossa)s?(?=\s*(?:[.,;:!?]|$))|"
    + "".join(f"(?<!{y}-)" for y in (*(y for y, _ in (*_YOU_SAID, *_WE_SAID)), *_OFFERED))
    + rf"(?<!ninguém )me(?! (?:{'|'.join((*(y for y, _ in (*_YOU_SAID, *_WE_SAID)), *_OFFERED))})(?!\w))|"
    rf"(?<!ninguém ){_US}(?! (?:avisou|avisaram)\b)|{_I_DID}|{_YOU_DID}"
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

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Nunca enviámos o relatório" -> "Pelo que me diz, nunca enviámos o relatório". To an informal
# writer the frame names no pronoun: the template, not the code, tells tu from você.
CLAIM_START = r"nós|noss\w+|o nosso|a nossa|os nossos|as nossas|ninguém|nunca|jamais|não"
CLAIM_WORDS = r"nós|noss\w+|ninguém"
CLAIM_FRAMES = {"formal": "Pelo que me diz,", "informal": "Pelo que li,"}

# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"seguinte\w*|pedidos|exigências|solicit\w*|peço|exijo|precis\w*|(?:três|quatro|duas|cinco) coisas",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"contrat\w*|contratual\w*|(?:definid|fixad|estabelecid)[oa]s? pelo cliente",)
