"""English: what draft-reply knows of English (lang/__init__.py)."""

NAME = "English"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "original message",
    "forwarded message",
    "reply message",  # HTC Sense mail: "----- Reply message -----" above From:/To:/Date:
)
FORWARD_INTROS = ("begin forwarded message", "forwarded message")
ATTRIBUTION_VERBS = (
    "wrote",
    "writes",
)
ATTRIBUTION_STARTS = ("on",)
HEADER_FROM = ("from",)
HEADER_FIELDS = (
    "sent",
    "date",
    "to",
    "subject",
    "cc",
)
# A device or an app on a short line of its own ("Sent from my iPhone", "Sent from TypeApp
# <link>"), not "Sent from my desk, where ..." (a sentence of the reply).
MOBILE_SIGNATURES = (
    r"sent (?:from|with|via) (?:my )?[\w.-]+(?: [\w.-]+){0,3}\s*(?:<[^>]*>)?[!.]?\s*$",
    "sent wirelessly (?:from|by|via) (?:my )?blackberry",
    "get outlook for",
    # A carrier's footer: "Sent from my HTC smartphone on the Now Network from Sprint!"
    r"sent from my [\w.-]+(?: [\w.-]+){0,3} on (?:the )?[\w.&-]+(?: [\w.&-]+){0,4}[!.]?\s*$",
    r"sent using (?:the )?[\w ]{1,40}? app\s*$",
    r"sent using zoho mail\s*$",
)
DISCLAIMER_CUES = (
    "confidential",
    "privileged",
    "intended (?:solely |only )?for",
    "(?:received|sent) (?:this|it) in error",
    "notify the sender",
    "unauthori[sz]ed",
    "disclaimer",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        # A promise recalled: "we were promised", "wurde mir zugesichert".
        r"(?<!as )promised|(?:assured) (?:us|me) (?:that|it would)|(?:were|was) assured (?:that|it would)|"
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:no|little|few|hardly any) (?:advice|recommendations?|insights?|analysis|interpretation)|"
        r"unchanged|(?:still|exactly) the same|identical|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"too (?:little|few|slow|late|long|often|generic|vague)|takes? (?:\w+ ){0,3}(?:days|weeks) to|criticis\w*|criticiz\w*|"
        # Something that stopped (the hourly updates, the tracking).
        r"(?:just |suddenly |simply )?stopped (?:working|updating|sending|loading|running|at|on|after|since|without)|went (?:quiet|silent)|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"zeros? (?:\w+ )?\w+s\b|showing zeros|"
        # Due and not delivered: "doveva essere online a settembre".
        r"(?:was|were) supposed to|should have (?:been|arrived|gone)|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"(?:fell|fallen|slipped|sank|sunk|plunged|tumbled) (?:from|to|out|off|down|below|behind)|off (?:the )?(?:first|front) page|price (?:rise|increase|hike)s?|rais\w* (?:the |your |our )?(?:prices?|fees?|rates?)|(?:\d+ ?%|per ?cent) (?:increase|rise|more)|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"(?:were|was|been|being|are|is) (?:charged|billed|invoiced) for|(?:does|do)n[\'’]t match|do(?:es)? not match|less than (?:our|my) own|(?:is|are)n[\'’]t working|(?:is|are) not working|stopped working|"
        # Halved: "quote requests have halved since the summer".
        r"halved|cut in half|dropped by half|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"(?:get|got|getting|see|seeing) (?:nothing|very little|little)(?: back| in return)?|nothing but|excuses|not worth|waste of (?:money|time)|for what (?:we|I) pay|"
        r"overcharg\w*|double[- ]?(?:billed|charged)|charged (?:us|me) (?:twice|for)|billed (?:us|me) (?:twice|for)|instead of the agreed|"
        r"(?:was|were|went|is|are|been|being) (?:down|offline|dark)(?! to\b)|outages?|crash(?:ed|es|ing)?|late|later|lateness|delay(?:s|ed)?|overdue|again|still|never|yet again|"
        r"disappoint\w*|unacceptable|frustrat\w*|problems?|issues?|wait(?:s|ed|ing)?|"
        r"worse|worst|poor(?:ly)?|miss(?:ed|ing)|broken|wrong|slow(?:er|ly)?|complain\w*|"
        r"complaints?|unhappy|annoy\w*|angry|nobody|no one|ignor\w*|fail\w*|errors?|"
        r"mistakes?|instead of|by mistake|down ?grad\w*|lower|behind|unreliable|chas(?:e|ed|ing)|lags?|lagging|"
        r"useless|stale|lost|drop(?:s|ped)?|struggl\w*|exceed\w*|overspen\w*|overrun|"
        r"over(?: [\w-]+){0,3} budgets?|(?:was|were) due|in a row|(?:second|third|"
        r"fourth) (?:time|outage|month|week)|not (?:working|loading|live|there|available|"
        r"delivered|answered)"
    ),
    "weak": r"not|no|cannot|\w+n['\u2019]t|nothing|without|only",
    "emotion": (
        r"disappoint\w*|frustrat\w*|unhappy|annoy\w*|angry|upset|honest(?:ly)?|"
        r"embarrass\w*|worried|concerned|sad"
    ),
    "things": (
        r"reports?|reporting|dashboards?|campaigns?|invoices?|billed|billing|budgets?|"
        r"spend|overspend|seo|rankings?|ranked|deck|slides?|charts?|plan|schedule|"
        r"newsletters?|website|sites?|pages?|landing pages?|data|tracking|numbers|"
        r"figures|analytics|ga4|ads?|ad account|audiences?|brief|drafts?|recommendations|"
        r"strategy|sessions?|analysis|insights|conversions?|bookings?|leads|traffic|"
        r"alerts?|panel|exports?|board pack|voicemails?|call back|tills|stock|cap|hours|"
        r"deadline|outage|(?:first|second|front) page|ideas|proposals|suggestions"
    ),
    "when": (
        r"january|february|march|april|may|june|july|august|september|october|november|"
        r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
        r"yesterday|twice|two|three|four|five|six|seven|eight|nine|ten|"
        r"[^\s\d]{0,100}+\d\S*"
    ),
    "silence": (
        r"(?:nobody|no one|no-one|without anyone|none of you)(?: \w+){0,3} (?:told|tell|"
        r"flagged|flag|noticed|notic\w+|warned|informed|called|replied|said)|f(?:ou|"
        r"i)nd(?:ing)? out (?:from|ourselves|by)|(?:not|n't) (?:replied|answered|heard)|"
        r"(?:had|have) to (?:chase|call|ask)|didn't hear|only hear from|call back|chased"
    ),
    "others": (
        r"other (?:agenc(?:y|ies)|providers?|suppliers?)|another agency|(?:smaller|"
        r"previous|new|old|former) agency|competitors? of ours|our competitors?"
    ),
}

# Reading the sender's text (drafting/concerns.py): openers, sign-offs, web-form labels, asks.
SALUTATION_OPENERS = (
    "hi",
    "hello",
    "hey",
    "hiya",
    "dear",
    "good (?:morning|afternoon|evening)",
    "hi there",
)
SIGN_OFFS = (
    "best",
    "regards",
    "kind regards",
    "best regards",
    "warm regards",
    "thanks",
    "thank you",
    "cheers",
    "sincerely",
    "yours",
)
FORM_LABELS = (
    "name",
    "company",
    "firm",
    "email",
    "e-mail",
    "phone",
    "telephone",
    "subject",
    "message",
    "comments?",
)
REQUESTS = (
    "please",
    "pls",
    "can you",
    "could you",
    "would you",
    "can we",
    "could we",
    "kindly",
    "let's",
    "let us",
)
CONJUNCTIONS = ("and", "or")

# Checking a reply (checks/review.py): a model's preamble, and excuse or blame phrases.
PREAMBLES = (
    "here(?:'s| is) (?:a|the|your) (?:draft|reply|response|suggested)",
    "sure[,!]",
    "certainly[,!]",
    "of course[,!]",
)
SPELLED_NUMBERS = (
    ("zero",),
    ("one", "first"),
    ("two", "second"),
    ("three", "third"),
    ("four", "fourth"),
    ("five", "fifth"),
    ("six", "sixth"),
    ("seven", "seventh"),
    ("eight", "eighth"),
    ("nine", "ninth"),
    ("ten", "tenth"),
    ("eleven", "eleventh"),
    ("twelve", "twelfth"),
    ("thirteen", "thirteenth"),
    ("fourteen", "fourteenth"),
    ("fifteen", "fifteenth"),
    ("sixteen", "sixteenth"),
    ("seventeen", "seventeenth"),
    ("eighteen", "eighteenth"),
    ("nineteen", "nineteenth"),
    ("twenty", "twentieth"),
)
HALF_WORDS = ("and a half", "point five")
RANK_WORDS = ("rank", "ranked", "place", "position", "number", "no.", "#")
OF_WORDS = ("of", "out of", "among")
SHARE_WORDS = ("%", "percent", "per cent")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "top clients",
    "top customers",
    "top accounts",
    "biggest clients",
    "largest clients",
    "key accounts",
    "smaller clients",
    "smallest clients",
)

PROMISES = (
    "refund",
    "reimburse",
    "discount",
    "credit note",
    "a credit of",
    "free of charge",
    "at no cost",
    "at no charge",
    "waive",
    "compensat",
    "money back",
    "guarantee",
    "within 24 hours",
    "within 48 hours",
    "by tomorrow",
    "by the end of the day",
    "by end of day",
)

CONDESCENSION = (
    "you are not even",
    "you're not even",
    "not even a big client",
    "one of our smallest",
    "with all due respect",
    "obviously you",
    "clearly you",
    "as anyone would know",
    "i'm sure you understand",
    "let me explain it again",
    "read my previous email",
    "if you had read",
    "if you had bothered",
    "frankly",
)

EXCUSES = (
    "unfortunately",
    "sorry for the inconvenience",
    "as i already said",
    "as previously mentioned",
    "as i mentioned before",
    "we were busy",
    "we were very busy",
    "not our fault",
    "never our fault",
    "not my fault",
    "through no fault of our own",
    "you should have",
    "to be fair",
)

# Writing dates (lang.format_date): "4 March 2026" in a reply; numeric in an internal note.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DATE_FORMAT = "{day} {month} {year}"
NUMERIC_DATE_FORMAT = "{year}-{month:02}-{day:02}"

# The line above the quoted original (mail/reply.py): "On Mon, 3 Nov 2026 at 14:05, Anna wrote:".
ATTRIBUTION = "On {weekday_short}, {day} {month_short} {year} at {time}, {who} wrote:"
ATTRIBUTION_UNDATED = "{who} wrote:"
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# A client book's salutation (lower case) as an English reply writes it (accounts/book.py).
SALUTATIONS = {
    "frau": "Ms",
    "herr": "Mr",
    "ms": "Ms",
    "mrs": "Mrs",
    "miss": "Miss",
    "mr": "Mr",
    "mx": "Mx",
}
SALUTATION_DOT = True  # "Mr." as the book wrote it
# A formal greeting without a salutation (book or email, mail/sender.self_address) names the
# whole name ("Dear Margaret Thornton").
FORMAL_GREETS_FULL_NAME = True

# The heat lexicon (checks/tone.py): kind -> groups of phrases sharing a weight; the format
# is documented in assistant/data/heat_lexicon.toml, which holds the shared [shouting].
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "idiot",
                "idiots",
                "idiotic",
                "moron",
                "morons",
                "moronic",
                "stupid",
                "imbecile",
                "imbeciles",
                "clowns",
                "bunch of clowns",
                "clown show",
                "amateurs",
                "an amateur",
                "bunch of amateurs",
                "amateur hour",
                "amateurish",
                "pathetic",
                "clueless",
                "brainless",
                "liars",
                "liar",
                "lying",
                "useless lot",
                "complete joke",
                "total joke",
                "a joke of an agency",
                "clown",
                "clowns",
                "circus act",
                "cowboys",
                "bunch of cowboys",
                "incompetent idiots",
                "incompetent fools",
                "fools",
            ],
            "patterns": [
                # work called garbage: "your report was GARBAGE", "utter rubbish"; not "rubbish
                # collection" (a client's trade)
                r"\b(?:is|was|are|were|'s|utter|complete|total|absolute|pure|such|just|load\s+of|"
                r"pile\s+of|piece\s+of|heap\s+of|bunch\s+of)\s+(?:(?:a|an|the|just|simply|"
                r"frankly|honestly|complete|total|utter|absolute)\s+)?(?:garbage|rubbish|trash|"
                r"junk)\b",
                # sneering at our people: your so-called "expert", your so-called team
                r"\bso[- ]called\s+[\"“‘'„]?\s*(?:experts?|expertise|specialists?|professionals?|"
                r"team|agency|consultants?|strategists?|analysts?|account\s+managers?|managers?|"
                r"developers?|support|service|senior\s+\w+)\b",
                # "useless" about people, not about a dashboard
                r"\b(?:you(?:\s+people)?|your\s+(?:team|staff|people|agency|company|lot))"
                r"(?:'re|\s+are|\s+is|\s+were|\s+was)\s+(?:completely\s+|totally\s+|utterly\s+|"
                r"absolutely\s+|so\s+|just\s+)?useless\b(?!\s+(?:at|for|on|in)\b)",
                r"\buseless\s+(?:lot|bunch|people|team|agency|staff|idiots?|clowns?|amateurs?)\b",
            ],
        },
        {
            "weight": 0.45,
            "phrases": [
                "ridiculous",
                "laughable",
                "hopeless",
                "worthless",
                "a joke",
                "lazy",
                "a farce",
                "shambolic",
                "a circus",
                "a clown show",
                "mickey mouse",
            ],
        },
    ),
    "profanity": (
        {
            "weight": 0.6,
            "phrases": [
                "shit",
                "shitty",
                "bullshit",
                "crap",
                "crappy",
                "wtf",
                "pissed off",
                "piss off",
            ],
            "patterns": [r"\bfuck\w*", r"\bf\*+k\w*", r"\bs\*+t\b", r"\bgoddamn\w*"],
        },
        {
            "weight": 0.35,
            "phrases": [
                "damn",
                "damned",
                "dammit",
                "what the hell",
                "the hell",
                "bloody",
                "screwed up",
                "screw up",
                "screwed",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.15,
            "negatable": True,
            "phrases": [
                "never",
                "nobody",
                "no one",
                "not once",
                "not a single",
                "not one single",
                "every single time",
                "every time",
                "each and every time",
                "constantly",
                "all the time",
                "again and again",
                "time and again",
                "time after time",
                "yet again",
                "absolutely nothing",
                "nothing at all",
                "at all times",
                "without exception",
                "repeatedly",
                "over and over",
            ],
            # "always", but not "as always" (a courtesy); "once again", but not "thank you
            # once again" or "once again, thank you".
            "patterns": [
                r"(?<!\bas )\balways\b",
                r"(?<!\bthanks )(?<!\bthank you )\bonce\s+again\b(?!\s*,?\s*(?:thanks?|many\s+thanks|we\s+appreciate|i\s+appreciate|congratulations|well\s+done|great)\b)(?!\s+for\b)",
            ],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "you failed",
                "you have failed",
                "you've failed",
                "you promised",
                "you had promised",
                "you said you would",
                "you did not even",
                "you didn't even",
                "you never even",
                "you ignored",
                "you have ignored",
                "you've ignored",
                "your fault",
                "your mistake",
                "your mess",
                "incompetent",
                "incompetence",
                "unprofessional",
                "unacceptable",
                "not acceptable",
                "inexcusable",
                "unforgivable",
                "sloppy",
                "negligent",
                "negligence",
                "careless",
                "useless",
                "a disgrace",
                "disgraceful",
                "outrageous",
                "shameful",
                "a shambles",
                "dropped the ball",
                "let us down",
                "left us hanging",
                "left us in the dark",
                "not good enough",
                "i expected better",
                "we expected better",
                "deeply disappointed",
                "extremely disappointed",
                "very disappointed",
                "utterly disappointed",
                "how hard can it be",
                "how is this possible",
                "how is it possible",
                "how can it be",
                "what exactly are we paying",
                "what are we paying you",
                "we are paying you",
                "we're paying you",
                "we pay you",
                "no excuse",
                # a formal complaint, cold but clear
                "not satisfied",
                "dissatisfied",
                "below our expectations",
                "below expectations",
                "not up to standard",
                "not up to scratch",
                "nobody bothered",
                "no one bothered",
                "didn't bother",
                "did not bother",
                "couldn't be bothered",
                "we were promised",
                "i was promised",
                "should never have happened",
                "must not happen again",
                "will not pay",
                "won't pay",
                "refuse to pay",
            ],
            "patterns": [
                r"\byou(?:\s+\w+){0,3}\s+(?:promised|guaranteed|assured us)\b",
                r"\byou\s+(?:just\s+)?keep\s+(?:missing|ignoring|forgetting|failing|making|promising|telling|blaming|sending\s+excuses)\b",
                # "falls well short of what we expect", "fell short of our expectations"
                r"\bf(?:all|alls|ell|alling)\s+(?:\w+\s+)?short\s+of\b",
                # "what exactly are we paying for", "I'm starting to wonder what we pay for"
                r"\bwhat\s+(?:exactly\s+)?(?:we|i)(?:\s+are|[\u0027’]re|\s+am|[\u0027’]m)?\s+pay(?:ing)?(?:\s+you)?\s+for\b",
                # an invoice disputed: "we dispute this invoice", "I am contesting the charges"
                r"\b(?:dispute|disputing|contest|contesting|challenge|challenging|reject|rejecting)\s+(?:this|the|your|these|those)\s+(?:\w+\s+)?(?:invoices?|charges?|bill|fees?)\b",
                r"\bnot\s+what\s+we\s+(?:agreed(?:\s+on)?|paid\s+for|pay\s+for|signed\s+up\s+for)\b",
                r"\b(?:expect|demand|want)\s+an?\s+(?:proper|full|detailed|immediate|formal)\s+(?:explanation|answer|apology)\b",
                r"\b(?:i|we)(?:[\u0027’]m|[\u0027’]re|\s+am|\s+are)\s+(?:really\s+|just\s+|simply\s+|frankly\s+)?not\s+(?:at\s+all\s+|remotely\s+|particularly\s+|very\s+)?(?:happy|satisfied|pleased)\s+with\b",
            ],
        },
        {
            # Frustration aimed at us, mild on its own.
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "frustrating",
                "frustrated",
                "disappointing",
                "disappointed",
                "annoying",
                "annoyed",
                "irritated",
                "upset",
                "angry",
                "furious",
                "livid",
                "unhappy with",
            ],
        },
    ),
    "exasperation": (
        {
            # Worn out by chasing us: "for the third time", "fed up", "tired of chasing you".
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "fed up",
                "sick and tired",
                "enough is enough",
                "how many times",
                "how many more times",
                "at my wits' end",
                "at our wits' end",
                "running out of patience",
                "our patience is running out",
                "my patience is running out",
                "lost patience",
                "losing patience",
            ],
            "patterns": [
                r"\b(?:i|we)(?:[\u0027’]ve|\s+have)\s+had\s+enough\b(?!\s+\w)",
                r"\b(?:i|we)(?:[\u0027’]m|[\u0027’]re|\s+am|\s+are)\s+(?:so\s+|really\s+|getting\s+|frankly\s+|honestly\s+|quite\s+|very\s+)*tired\s+of\b",
                r"\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|\d+(?:st|nd|rd|th))\s+time\b",
                # chasing, again: "the third time I have had to chase you"
                r"\b(?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?(?:i|we)(?:[\u0027’]ve|\s+have)?\s+(?:had\s+to\s+)?(?:chase|chased|ask|asked|remind|reminded|write|written|follow(?:ed)?\s+up)\b",
                r"\b(?:had|have|having)\s+to\s+(?:keep\s+)?chas(?:e|ing)\s+you\b",
                r"\bchasing\s+(?:you|your\s+(?:team|people|staff|agency))\b",
                r"\b(?:i|we)(?:[\u0027’]ve|\s+have)?\s+(?:now\s+)?(?:asked|requested|chased|reminded\s+you|written|raised\s+(?:this|it)|flagged\s+(?:this|it))\s+(?:\w+\s+){0,6}?(?:three|four|five|several|multiple|many|numerous|\d+)\s+times\b",
                r"\bcan(?:not|[\u0027’]t|\s+not)\s+(?:go\s+on|continue|carry\s+on|keep\s+\w+ing(?:\s+\w+){0,2})\s+like\s+this\b",
            ],
        },
        {
            # Still waiting, mild on its own: "still no answer", "we are still waiting for your reply".
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "still no answer",
                "still no reply",
                "still no response",
                "still no update",
                "still no word",
                "still nothing",
                "still haven't heard",
                "still have not heard",
                "still haven't received",
                "still have not received",
                "still waiting for your",
                "still waiting to hear",
            ],
            "patterns": [
                r"\b(?:been\s+)?waiting\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+)?(?:two|three|four|five|six|several|\d+)\s+(?:days|weeks|months)\b",
            ],
        },
    ),
    "ultimatum": (
        {
            # A demand with a consequence: "fixed by Thursday, or don't bother".
            "weight": 0.45,
            "phrases": [
                "or don't bother",
                "or do not bother",
                "otherwise don't bother",
                "otherwise do not bother",
                "don't bother coming",
                "don't bother replying",
                "don't bother calling",
                "or else",
                "for the last time",
                "this is the last time",
                "i will not ask again",
                "i won't ask again",
                "no more excuses",
                "non-negotiable",
            ],
        },
        {
            "weight": 0.2,
            "phrases": ["without fail", "i demand", "we demand", "i insist", "we insist"],
        },
    ),
    "threat_to_leave": (
        {
            # The polite, cold forms: "we are reviewing our options", "whether to continue".
            "weight": 0.5,
            "negatable": True,
            "phrases": [
                "reviewing our options",
                "weighing our options",
                "evaluating our options",
                "assessing our options",
                "keeping our options open",
                "whether to continue working with you",
                "whether to continue with you",
                "whether we continue working with you",
                "whether we continue with you",
                "not be renewing",
                "not renew the contract",
                "not renew our contract",
                "not renewing the contract",
                "not renewing our contract",
            ],
            "patterns": [
                r"\b(?:reconsider|reconsidering|rethink|rethinking|re-?evaluate|re-?evaluating|re-?assess|re-?assessing|review|reviewing)\s+(?:our|the|this)\s+(?:whole\s+)?(?:relationship|partnership|collaboration|cooperation|engagement|retainer|contract|agreement)\b",
                # said of ourselves ("we are exploring other providers"), not asked of us
                r"\b(?:we|i)(?:[\u0027’]re|[\u0027’]ll|[\u0027’]m|\s+are|\s+am|\s+will|\s+may|\s+might|\s+must|\s+shall|\s+have\s+to|\s+need\s+to|\s+have\s+started|\s+started)?\s+(?:\w+\s+){0,2}?"
                r"(?:exploring|evaluate|evaluating|look(?:ing)?\s+(?:at|into))\s+(?:other|alternative)\s+(?:options|solutions|suppliers|providers|agencies|partners)\b",
            ],
        },
        {
            "weight": 0.8,
            "negatable": True,
            "phrases": [
                "cancel the contract",
                "cancel our contract",
                "cancel the retainer",
                "cancel our retainer",
                "cancel our account",
                "cancel the agreement",
                "terminate the contract",
                "terminate our contract",
                "terminate the agreement",
                "terminate our agreement",
                "end the contract",
                "end our contract",
                "end the relationship",
                "end our relationship",
                "end the partnership",
                "end our partnership",
                "end our collaboration",
                "end the collaboration",
                "consider other options",
                "considering other options",
                "consider our options",
                "considering our options",
                "review our options",
                "explore other options",
                "take our business elsewhere",
                "taking our business elsewhere",
                "move our business",
                "switch agencies",
                "switch providers",
                "switch to another agency",
                "switch to a competitor",
                "go elsewhere",
                "going elsewhere",
                "put the account out to tender",
                "out to tender",
                "reconsider our partnership",
                "reconsider the partnership",
                "reconsider our relationship",
                "reconsider the contract",
                "reconsider our contract",
                "last chance",
                "final warning",
                "final chance",
                "legal action",
                "our lawyers",
                "our lawyer",
                "our legal team",
            ],
            "patterns": [
                r"\blook(?:ing)?\s+(?:for|at|into)\s+(?:another|other|a\s+new|new|a\s+different|different|alternative)\s+(?:agency|agencies|provider|providers|partner|partners|vendor|vendors|supplier|suppliers|firm|firms|company|companies)\b",
                r"\b(?:find|hire|choose|engage)\s+(?:another|a\s+new|a\s+different)\s+(?:agency|provider|partner|vendor|supplier|firm)\b",
                r"\b(?:checking|reviewing|evaluating|assessing|talking\s+to|speaking\s+to|getting\s+quotes\s+from)\s+(?:other|alternative|competing)\s+(?:agencies|providers|partners|vendors|suppliers|firms)\b",
            ],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "carrier pigeon",
                "by snail mail",
                "by horse and cart",
                "thanks for nothing",
                "oh wonderful",
                "oh, wonderful",
                "oh great",
                "oh, great",
                "oh perfect",
                "oh, perfect",
                "oh brilliant",
                "oh, brilliant",
                "oh lovely",
                "oh, lovely",
                "just great",
                "just wonderful",
                "just perfect",
                "just brilliant",
                "how wonderful",
                "how lovely",
                "what a surprise",
                "what a coincidence",
                "funny how",
                "how convenient",
                "funnily enough",
                "surprise, surprise",
                "big surprise",
                "yeah right",
                "yeah, right",
                "slow clap",
                "color me surprised",
                "colour me surprised",
                "shocking, i know",
                "who would have thought",
            ],
            "patterns": [
                r"\bthank\s+you\s+so\s+much\b(?=\s*(?:\.\.\.|…))",
                # Praise trailing off: "great job...", "well done…", "good work ..."
                r"\b(?:great|good|nice|excellent|fantastic|amazing|brilliant)\s+(?:job|work|service)\s*(?:\.\.\.|…)",
                r"\bwell\s+done\s*(?:\.\.\.|…)",
                # Praise set off by commas: "Eight per cent from January, lovely, exactly what ..."
                r",\s*(?:lovely|brilliant|marvell?ous|wonderful|fantastic|great|super)\s*,\s*(?:exactly|just)\b",
                # Praise for a let-down: "Great, another week without the report."
                r"\b(?:great|wonderful|perfect|fantastic|brilliant|lovely|super|terrific|marvell?ous|awesome|excellent)\s*[,.!…]+\s*(?:yet\s+)?another\b(?!\s+(?:question|idea|thing|point|request|quick|small|one)\b)",
                # Scare quotes around praise or service words: your "premium" service, our "partnership".
                r'["“”‘’\u201e\u201a«»]\s*(?:premium|service|support|partner|partners|partnership|priority|expert|experts|expertise|professional|professionals|quality|dedicated|strategic|proactive|best|great|excellent|help|team|account\s+management|customer\s+service|top)\s*["“”‘’«»]',
            ],
        },
        {
            # Often sincere, so light: "Thanks a lot." or "thanks a lot, ..." but not "thanks a lot for
            # the help" or "Thanks a lot!".
            "weight": 0.2,
            "patterns": [r"\bthanks\s+a\s+lot\b(?!\s+for\b)(?!\s*!)"],
        },
    ),
}

# Numbers in internal notes (accounts/figures.py): 60,000 and 6.0% (en); 60.000 and 6,0 % (de).
THOUSANDS_SEPARATOR = ","
DECIMAL_MARK = "."
PERCENT_FORMAT = "{}%"
# The 80/20 recommendation (playbook step 4) and the manager note's lines (step 5): internal.
RECOMMENDATIONS = {
    "pursue": "pursue",
    "maintain": "maintain",
    "re-scope": "re-scope",
}
RECOMMENDATION_REASONS = {
    "no_revenue": "no client in the book has revenue, so accounts cannot be ranked",
    "top": "one of the {count} clients that bring {target} of revenue (rank {rank} of {n}, {share} of revenue)",
    "top_costly": "cost to serve is {ratio} of the period's revenue, above {limit}: keep the effort focused",
    "outside": "outside the {count} clients that bring {target} of revenue (rank {rank} of {n}, {share} of revenue)",
    "costly": "cost to serve is {ratio} of the period's revenue, above {limit}",
    "hours": "{hours} of logged hours against {share} of revenue (more than {factor}x)",
    "cost_ok": "cost to serve is {ratio} of the period's revenue, within {limit}",
    "hours_ok": "{hours} of logged hours against {share} of revenue",
    "no_cost": "cost to serve unknown: no hourly cost in the client book",
    "no_hours": "no hours logged for this client in the review period",
}
RANK_PHRASE = "rank {rank} of"  # a leak of the rank into a reply is flagged
MANAGER_NOTE_LINES = {
    "client": "Client: {name}{tier}",
    "tier": " (tier: {tier})",
    "revenue": "Revenue: {revenue} {cur} a year, {share} of total revenue; rank {rank} of {n}",
    "top_in": "80/20: one of the {count} clients that bring {target} of revenue (cumulative share up to this rank: {cumulative})",
    "top_out": "80/20: outside the {count} clients that bring {target} of revenue (cumulative share up to this rank: {cumulative})",
    "period": "Review period: {start} to {end} ({days} days)",
    "hours": "Hours in period: {hours} h, {share} of all logged hours",
    "cost_unknown": "Cost to serve: unknown (no hourly cost: set hourly_cost or default_hourly_cost in the client book)",
    "cost": "Cost to serve: {cost} {cur} at {rate} {cur}/h, {ratio} of the period's revenue ({period_revenue})",
    "recommendation": "Recommendation: {action}",
    "reasons": "Reasons: {reasons}",
}

# Splitting prose into sentences (lang/sentences.py): a full stop after these ends none.
ABBREVIATIONS = (
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "no",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
# Numbers written as words, which a note's figures may use (checks/_note_checks.py).
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

# Register (lang/formality.py): English has no T-V distinction; an opening "Hi" is informal.
INFORMAL_OPENERS = r"(?i)(?:hi|hey|hello|hiya)\b"

# Who wrote (mail/sender.py): words that make a display name a role or a machine, "via", no-reply.
ROLE_WORDS = (
    "admin",
    "administrator",
    "alert",
    "alerts",
    "automated",
    "automatic",
    "billing",
    "bot",
    "contact",
    "customer",
    "customers",
    "daemon",
    "donotreply",
    "helpdesk",
    "info",
    "mailer",
    "mailerdaemon",
    "newsletter",
    "notification",
    "notifications",
    "notifier",
    "notify",
    "office",
    "postmaster",
    "reception",
    "sales",
    "service",
    "services",
    "support",
    "system",
    "team",
    "noreply",
    "service-team",
    "robot",
    "webmaster",
)
VIA_WORDS = ("via", "through")
NO_REPLY_WORDS = ("no[-_ ]?reply", "do[-_ ]?not[-_ ]?reply")
# A negation in the four words before a heat phrase cancels it (checks/tone.py).
NEGATIONS = ("not", "no", "cannot")

# The offline drafter (drafting/offline.py): the formal greeting from a client book's salutation
# ("Dear Ms Huber", only when the sender addresses us by surname; a title replaces Ms/Mr),
# words that match no work item, and words that name one concept in mail and work log.
FORMAL_OPENERS = {"": "Dear"}
ADDRESSED_BY_SURNAME = (
    r"\W*(?:(?:dear|hello|good (?:morning|afternoon|evening))\s+)?"
    r"(?:(?:mr|mrs|ms|miss|mx|dr|prof)\b\.?\s+\w|sir\b|madam\b|to whom it may concern)"
)
TITLE_REPLACES_FORM = True
STOP_WORDS = (
    "about",
    "after",
    "again",
    "also",
    "already",
    "been",
    "before",
    "being",
    "because",
    "between",
    "both",
    "could",
    "does",
    "doing",
    "during",
    "each",
    "either",
    "even",
    "every",
    "from",
    "have",
    "having",
    "here",
    "into",
    "just",
    "last",
    "like",
    "more",
    "most",
    "much",
    "only",
    "other",
    "over",
    "right",
    "same",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "under",
    "until",
    "very",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "with",
    "would",
    "your",
    "yours",
    "ours",
    "hours",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "delivered",
    "done",
    "made",
    "time",
    "times",
    "told",
    "sent",
    "tell",
    "give",
    "gave",
    "look",
    "read",
)
CONCEPTS = {"outage": ("outage", "down", "offline", "unavailable", "stale", "broken", "restored")}

# Checking a reply's own words (checks/_reply_checks.py): asks without a question mark and the
# question words they lead to, the lead-in of the client's questions restated, thanks, the
# lead-in of the work record, a subject line's label.
ASKS = (
    # I'd love to hear / I'd be grateful to know / I'd welcome your thoughts on / I'm keen to hear
    r"(?:I|we)(?:'d|\u2019d| would|'m|\u2019m| am| will|'ll|\u2019ll)?\s+(?:\w+\s+){0,2}?"
    r"(?:love|like|want|welcome|value|appreciate|be\s+(?:glad|grateful|keen|interested|curious|"
    r"happy)|keen|curious|interested)\s+(?:to\s+(?:\w+\s+)?(?:hear|know|understand|learn|ask|"
    r"find\s+out)|(?:your|any)\s+(?:\w+\s+)?(?:views?|thoughts|take|input|opinion|feedback|"
    r"perspective))",
    r"it\s+would\s+(?:\w+\s+)?(?:help(?:\s+(?:me|us))?|be\s+(?:helpful|useful|good|great))\s+"
    r"(?:to\s+(?:know|hear|understand|learn)|if\s+you)",
    r"(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))",
)
QUESTION_WORDS = ("what", "how", "which", "whether", "why", "where", "who", "when")
THEIR_QUESTIONS = (
    r"you(?:'ve| have)? (?:asked|ask|raised|want(?:ed)? to know)",
    r"your (?:\w+ )?questions",
)
THANKS = (r"thank(?:s|ful|ing)?", "grateful", r"appreciat\w*")
RECORD_INTROS = (
    r"what we(?: have|'ve|\u2019ve)? (?:did|done|delivered|completed|worked on)",
    r"(?:the|our) work (?:we (?:have )?(?:did|done|delivered|completed)|for you)",
    r"(?:the|our) deliverables",
    r"(?:we|I) (?:have )?(?:delivered|completed) (?:for you|in|during)",
)
SUBJECT_LABELS = ("subject", "re")

# Reading a model's internal notes (checks/_note_checks.py): the recommendation in prose,
# labels, negations, hedges, someone else's wish, advice (regex fragments).
NOTE_ACTIONS = {
    "pursue": (
        r"\bpursu(?:e|ing)\s+(?:(?:it|them|this\s+(?:account|client|customer|relationship|business|engagement)|the\s+(?:account|client|customer|relationship|business|engagement))\s+)?(?:fully|in\s+full|actively|aggressively|further)\b",
        r"\bfully\s+pursu(?:e|ing)\b",
        r"\bpursu(?:e|ing)\s+(?:this|the)\s+(?:account|client|customer|relationship|business|engagement)\b",
        r"\bworth\s+pursuing\b(?!\s*[:?_])",
        r"\binvest(?:ing)?\s+more\b",
        r"\binvest(?:ing)?\s+(?:(?:more\s+)?(?:time|effort|hours|resources)\s+)?in\s+(?:(?:this|the|their|our)\s+(?:account|client|customer|relationship|business|engagement)|them|it)\b",
        r"\b(?:grow|expand|deepen)(?:ing)?\s+(?:the|this|our)\s+(?:account|client|customer|relationship|business|engagement)\b",
        r"\bprioriti[sz](?:e|ing)\s+(?:this|the)\s+(?:account|client|customer|relationship|business|engagement)\b",
    ),
    "maintain": (
        r"\b(?:maintain|keep|hold)(?:ing)?\b[^.;,]{0,40}?\b(?:current|existing|present|agreed|same)\s+(?:scope|level|tier)\b",
        r"\b(?:maintain|keep|hold)(?:ing)?\s+(?:\w+\s+){0,3}?(?:with)?in\s+(?:the\s+)?scope\b",
        r"\bmaintain(?:ing)?\s+(?:(?:it|them|the\s+account)\s+)?(?:the\s+)?(?:scope|as\s+is)\b",
        r"\b(?:maintain|keep)(?:ing)?\s+the\s+status\s+quo\b",
        r"\bkeep(?:ing)?\s+(?:the\s+)?(?:current\s+)?scope\b(?!\s+creep)",
        r"\b(?:hold|keep)(?:ing)?\s+(?:(?:it|them|the\s+account)\s+)?(?:steady|as\s+is)\b",
    ),
    "re-scope": (
        r"\bre-?scop(?:e|ing)\b",
        r"\b(?:reduce|reducing|cut|cutting|trim|trimming|limit|limiting|narrow|narrowing|lower|lowering|shrink|shrinking)\s+(?:back\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:scope|effort|hours|services?|time\s+(?:spent|we\s+spend)|involvement|commitment|workload|resources)\b",
        r"\bscal(?:e|ing)\s+(?:\w+\s+){0,3}?(?:back|down)\b",
        r"\b(?:step|cut|pull)(?:ping|ting|ing)?\s+back(?:\s+on\b|\s+from\b|\s*(?=[.;!]|$))",
        r"\bwind(?:ing)?\s+down\b|\bdownscal(?:e|ing)\b|\bdeprioriti[sz](?:e|ing)\b",
    ),
}
NOTE_LABEL_LEADS = (
    "recommendation",
    r"recommend(?:s|ed)?(?:\s+to)?",
    "suggest(?:s|ed)?",
)
NOTE_LABEL_WORDS = {
    "pursue": "pursue",
    "pursuing": "pursue",
    "maintain": "maintain",
    "maintaining": "maintain",
}
NOTE_NEGATIONS = (
    "not",
    "no",
    "never",
    "nor",
    "neither",
    "without",
    "against",
    r"avoid\w*",
    r"rather\s+than",
    r"instead\s+of",
    r"other\s+than",
    r"no\s+longer",
)
FINAL_NEGATIONS = (
    "not",
    "never",
)
RELATIVE_WORDS = (
    "which",
    "that",
    "who",
    "whose",
    "because",
    "since",
)
NEGATED_STATEMENTS = (
    r"(?:is|are|was|were|seems?|looks?|would\s+be|will\s+be)\s+(?:\w+\s+)?not\b",
    r"(?:isn't|aren't|wasn't|weren't|won't\s+be|doesn't|does\s+not)\b",
    r"(?:would|will|should)(?:\s+not|n't)\s+be\b",
    r"not\s+(?:needed|necessary|warranted|required|justified|called\s+for)\b",
)
THOUGHT_BREAKS = (
    "but",
    "however",
    r"instead(?!\s+of)",
    "so",
    "therefore",
    "thus",
    "hence",
    "and",
)
HEDGES = (
    "if",
    "unless",
    "whether",
    "once",
    "might",
    "could",
    r"would\s+be",
    "perhaps",
    "maybe",
    "possibly",
)
FIRST_PERSON = (
    "i",
    "we",
    "i'd",
    "we'd",
)
WISHES = (
    "asks?",
    "asked",
    "wants?",
    "wanted",
    "expects?",
    "expected",
    r"would\s+like",
    "requests?",
    "requested",
    "demands?",
    "hopes?",
    r"wish\w*",
    r"push\w*",
    "will",
)
ADVICE_WORDS = (
    r"recommend\w*",
    r"suggest\w*",
    r"advis\w*",
    "should",
    "would",
)

# Claims of work done (checks/grounding.py): past-tense cues, what makes a claim none (future,
# intention, negation), and the English subject grammar: "our team", fillers before the verb.
CLAIM_CUES = (
    "delivered",
    "completed",
    "implemented",
    "fixed",
    "sent",
    "launched",
    r"set\s+up",
    "prepared",
    "built",
    "created",
    "published",
    "migrated",
    "redesigned",
    "rebuilt",
    "optimi[sz]ed",
    "updated",
    "resolved",
    r"rolled\s+out",
    "shipped",
    "produced",
    "ran",
    "held",
    "conducted",
    "audited",
    "analy[sz]ed",
    "wrote",
    "written",
    "installed",
    "configured",
    "integrated",
    "finished",
    "provided",
    "presented",
    "restored",
    "repaired",
    "designed",
    "developed",
)
NOT_A_CLAIM = (
    "will",
    "shall",
    "would",
    "could",
    "should",
    "can",
    "(?-i:may)",
    "might",
    r"going\s+to",
    "plan",
    "planning",
    "intend",
    r"want\s+to",
    "not",
    "never",
)
OUR_TEAM = (
    r"(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|agency|colleagues?|analysts?|developers?|"
    r"engineers?|designers?|consultants?|specialists?|staff|people)",
)
CLAIM_FILLERS = (
    "i am writing because",
    "i'm writing because",
    "i am writing to tell you that",
    "i'm writing to let you know that",
    r"\s+(?:have|has|had|also|already|just|now|then|since|both|all|together|once|again|"
    r"[a-z]+ly)\b",
    r"\s*,[^,;:.?!]{1,40}?,",
)

# Figures in a model's notes (checks/_note_checks.py): currency and scale words, percent, hours,
# money words, "a year", and the words that make hours a deadline or a limit, not hours spent.
CURRENCY_WORDS = ("euros?", "dollars?", "pounds?")
SCALE_WORDS = ("k", "K", "thousand", "million", "mn", "bn", "billion")
SCALES = {"k": 1e3, "thousand": 1e3, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
PERCENT_WORDS = (r"percent\b", r"per\s?cent\b")
HOUR_WORDS = ("h", "hrs?", "hours?")
MONEY_WORDS = (
    "revenue",
    "turnover",
    "income",
    "sales",
    "costs?",
    "budget",
    "fees?",
    "margin",
    "profit",
    "worth",
    "billing",
    "billed",
    "invoiced?",
    "price",
    "spend",
    "pays?",
)
PER_PERIOD = (r"(?:a|per|each)\s+(?:year|month)", r"p\.\s?a\.", "annually", "yearly", "monthly")
INTERVAL_WORDS = ("in", "under", "every", "after")
LIMIT_WORDS = (r"up\s+to", r"at\s+most", r"no\s+more\s+than", "within")
LIMIT_DETERMINERS = ("the", "its", "their", "our", "agreed", "contracted")

# Names and companies (checks/_reply_checks.py, mail/sender.py): month names and their short
# forms in a date, company words, words of a display name that greet nobody, academic titles.
MONTH_PATTERNS = (
    "jan(?:uary)?",
    "feb(?:ruary)?",
    "mar(?:ch)?",
    "apr(?:il)?",
    "may",
    "june?",
    "july?",
    "aug(?:ust)?",
    "sep(?:t(?:ember)?)?",
    "oct(?:ober)?",
    "nov(?:ember)?",
    "dec(?:ember)?",
)
COMPANY_WORDS = (
    "ltd",
    "limited",
    "inc",
    "llc",
    "llp",
    "plc",
    "corp",
    "corporation",
    r"co\.",
    "group",
    "holdings?",
    "agency",
)
# "al" is the particle of Arabic names as they are written in English mail.
NOT_A_NAME = ("al", "dr", "prof", "phd", "mr", "mrs", "ms", "miss", "mx", "sir", "madam")
ACADEMIC_TITLES = ("dr", "prof", "phd")

# What a client asks for (checks/asks.py), situations, what is not quoted back
# (drafting/concerns.py), and dates (lang/dates.py).
ASK_CUES = {
    "refund": (
        r"(?:do|something|anything|move|budge) (?:\w+ ){0,2}(?:on|about|with) (?:the |your |our )?(?:price|pricing|fees?|rates?|(?:price |fee )?(?:increase|rise)(?! in\b))|keep (?:the |our |my )?(?:old|current|existing|same) (?:price|rate|fee)s?|(?:cover|absorb|pay for) (?:the |our |my |today's |those |these )?(?:[\w'-]+ )?(?:costs?|spend|charges)|refund\w*|money back|reimburs\w*|credit(?: note)?s?|discount\w*|compensat\w*|"
        r"(?:a )?better (?:offer|price|deal|rate)|"
        r"price reduction|reduc\w+ (?:the |our |your )?(?:fee|price|invoice|bill)s?|waive\w*|"
        r"(?:not|won't|refuse to) pay|withhold\w* (?:the )?payment|write[- ]off|"
        r"match (?:their|the|that|this|a) (?:\w+ )?(?:price|offer|rate)s?"
    ),
    # Not after a refusal's "no", "not", "don't" ("Do not call me" asks for no call).
    "meeting": (
        r"(?<!\bno )(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bstop )(?<!\bof the )(?<!\bof our )"
        r"(?:talk|speak|"
        r"(?<!\bon )(?<!\bon-)(?:phone |video |conference )?calls?|meet(?:ing)?s?|catch[- ]up|sit down|conversation|(?:grab|have) a coffee|"
        r"talk (?:this |it )?through|ring (?:me|us)|give (?:me|us) a (?:ring|bell)|speak (?:in person|by phone|on the phone)|zoom|"
        r"in person|visit us|(?:at|in|to) (?:your|our) (?:office|offices|premises)|"
        r"(?<=\b(?:want|need) )(?:\w+ ){0,4}on the phone)"
    ),
    "written": (
        r"^(?:answer|reply|response)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|get back to (?:me|us)|(?:an|your|a) (?:clear |proper |full |written )?(?:answer|reply|response|explanation)|in writing|written (?:\w+ )?(?:answer|response|reply|statement|explanation|"
        r"confirmation|plan|apology|account|note|summary)|(?:answer|reply|respond|confirm)\w* by e-?mail|"
        r"put (?:it|this|that) in writing|"
        r"(?:want|need|would like|'d like) to (?:know|understand) (?:why|what|how|when|who|whether)"
    ),
    "document": (
        r"spreadsheets?|excel|csv|overview|recap|rundown|"
        r"(?:corrected|revised|updated|amended|new|final|signed|missing) (?:[A-Z]\w+ )?"
        r"(?:invoice|report|schedule|timeline|proposal|breakdown|figures|numbers|data|"
        r"(?:service )?agreement|posts?|articles?|drafts?|mock-?ups?|designs?)s?|"
        r"reports?|invoices?|breakdowns?|exports?|documents?|timelines?|schedules?|"
        r"copies|copy|proposals?|analys[ie]s|audit|action plan|recovery plan|"
        r"credentials|raw data|files?|slides|deck|summary|root cause|figures|numbers|"
        # "send me the revised contract", not "cancel the contract"
        r"(?:revised|updated|amended|new|signed|corrected|draft|final) (?:contract|agreement)s?|"
        r"(?<!cancel the )(?<!end the )(?<!terminate the )(?<!renew the )(?<!extend the )"
        r"(?<!out of the )(?<=the )contract(?! (?:ends?|expires?|runs?|term|period|renewal))|"
        r"(?:a|the|your|new|revised|updated) (?:quote|quotation)s?|statement of work|"
        r"minutes of (?:the|our) (?:meeting|call)|meeting minutes|login details"
    ),
    # Something put right: "fix the booking form", "get the site working again", "restore
    # the data"; not a document that was corrected ("the corrected invoice").
    "fix": (
        r"(?:someone|somebody|a person|an engineer|people) (?:\w+ )?on (?:it|this)|look(?:ing|s)? (?:at|into) (?:it|this)(?= (?:now|tonight|today|right away|immediately|straight away|before|first thing)\b)|(?:online|live|up and running)(?= (?:again |by |before |until |no later than ))|"
        r"(?<!\bno )(?<!\bnot )fix(?:ed|es|ing)?|repair\w*|restor\w*|put (?:it|this|that|things) right|"
        r"(?:correct|resolve|sort out|sort) (?:it|this|that|the|these|those|our|my)\b|"
        r"sort (?:it|this|that) out|(?:working|online|live|up) again|back (?:up|online)"
        r"|(?<=\bif )(?:\S+ ){0,7}(?:not|isn't|is not) (?:working|fixed|live|online|running)"
    ),
    "decision": (
        r"(?:your|a|clear|final|firm) decision|decide (?:whether|if)|confirm (?:whether|if)|"
        r"confirmation (?:of )?(?:whether|if)|"
        r"(?:tell|let) (?:me|us) know (?:whether|if)(?! you (?:need|have|want) (?:anything|any|more)"
        r"| there(?:'s| is) anything)|yes or no|commit to|clear answer|"
        r"straight answer|whether you (?:can|will)"
    ),
    "person": (
        r"(?-i:[A-Z])\w+ (?:to be there|to join(?: us)?|to attend|to come along|to be present)|someone (?:with (?:the )?authority|who can (?:actually )?(?:decide|make decisions))|"
        r"(?:your|the) (?:(?:line |account |managing |sales )?manager|boss|director|ceo|"
        r"head of \w+|supervisor|founder|owner|managing director|senior \w+)|"
        r"someone (?:more )?senior|escalat\w*|whoever is (?:actually |really )?in charge|"
        r"someone (?:who is )?in charge"
    ),
}
ASK_LEADS = (
    r"(?:it would be|it\'s only|i think it(?:\'s| is)?|seems) (?:\w+ )?fair|"
    # "You or your MD to ring me today, before 3pm": a directive with no verb of asking
    r"^(?:you|someone|somebody)(?: or (?:you|your \w+|someone))? to(?= (?:ring|call|"
    r"phone|send|fix|come|confirm|reply|answer|write|get back)\b)|"
    r"is there (?:anything|any way|something)(?= (?:you|we) (?:can|could)\b)|please|pls|kindly|if you(?:'d| would)? (?:rather|prefer)(?=[^.!?\n]*\d)|(?:i|we)(?:'d| would) (?:\w+ )?ask (?:you )?(?:for|to)|(?:grateful|obliged) if you (?:would|could)|(?:i|we) (?:should|would|'d) be (?:most |very )?(?:grateful|obliged) for|can you|could you|would you|will you|can we|could we|shall we|"
    r"(?:is|would be|seems|sounds) (?:only |more than )?(?:fair|reasonable)|"
    r"let's|let us|(?:i|we)(?:'d| would| will| also| still| really| now| hereby| formally| "
    r"therefore| must| do| urgently| just| only)* (?:want|need|expect|demand|"
    # not "I appreciate (that) it may not be late" (granted), "I appreciate your help"
    r"require|insist|ask|request|like|am asking|are asking|"
    r"appreciate(?! (?:that|you|your|the)\b)(?! it (?!if\b))|look forward to)|"
    r"(?:i|we)(?:'m|'re| am| are)(?: now| hereby| formally| therefore| also| still)? "
    r"(?:asking|requesting|demanding|expecting|requiring|insisting|waiting for)|"
    r"send (?:me|us)|give (?:me|us)|get back to (?:me|us)|(?:i|we) (?:still )?await|"
    r"i propose|we propose|how about|are you available|is .{1,30} possible|"
    r"(?:maybe|perhaps) we (?:could|can|should)|"
    # a request put as a condition: "if you or someone senior could come to our office"
    r"\bif (?:you|someone|somebody|anyone)(?: or [\w ]{1,30}?)? (?:could|can|would) "
    r"(?:\w+ )?(?:come|call|meet|join|visit|send|ring|phone|talk)\b|"
    r"(?:i|we)(?:'d| would) (?:much |really )?rather (?:talk|meet|speak|discuss|go through)|"
    # an imperative opening the sentence or a clause: "Send me the contract by Friday."
    # (or a sentence the splitter kept whole: "... still nothing. refund by friday")
    r"(?:^|(?<=[,;:] )|(?<=[.!?] )|(?<=\band )|(?<=\bso )|(?<=\bthen )|(?<=\bjust )|"
    r"(?<=\balso ))"
    r"(?:send|resend|re-send|give|provide|forward|e-?mail|call|ring|phone|refund|reimburse|"
    r"credit|confirm|tell|issue|share|arrange|schedule|book|escalate|put|return|fix|repair|"
    r"restore|correct|sort|get)"
    r"(?= (?:me|us|it|this|that|the|a|an|our|my|your|back|in|by|whether|if|what|who|"
    r"someone)\b)"
    # an ultimatum: "if it's not in my inbox by 9am tomorrow I'm cancelling"
    r"|\bif (?:it(?:'s| is)?|its|this|that|the \w+(?: is)?|they(?:'re| are)?) (?:not|isn't|aren't)\b|"
    # "If the sales dashboard for the shops is not working by Friday, ..."
    r"\bif (?:the|our|my|your) (?:[\w-]+ ){1,6}(?:is|are) (?:still )?not\b|"
    r"\bif (?:i|we) (?:don't|do not|can't|cannot) (?:get|have|see|receive)\b|\bunless\b",
)
# A refusal of calls (checks/asks.py): never an ask, and no call is offered anywhere.
NO_CALL = (
    # "Please reply by email rather than telephoning me", "instead of calling"
    r"(?:rather than|instead of) (?:calling|ringing|phoning|telephoning)(?: (?:me|us))?",
    # "Spare me the phone calls"
    r"spare (?:me|us) (?:the|your|any|more) (?:phone )?calls",
    # "Do not call me", "Please don't phone me", "stop ringing us", "no need to call"
    r"(?:do not|don't|dont|stop|no need to|no point in|don't bother|do not bother) "
    r"(?:call|ring|phone|telephone)(?:ing)?(?! (?:it|this|that|them)\b)"
    r"(?: (?:me|us|my \w+|our \w+))?(?: (?:again|back|anymore|any more))?",
    # "I don't want a call", "we do not need another meeting", "I won't take any calls"
    r"(?:do not|don't|dont|won't|will not|never|no longer|not) (?:want|need|wish|take|accept|"
    r"have time for) (?:\w+ ){0,2}(?:(?:phone|telephone|video|zoom|teams|conference) )?"
    r"(?:calls?|meetings?|phone|telephone)",
    # "I don't want to talk on the phone", "I do not wish to be called"
    r"(?:do not|don't|dont|won't|will not|not|never|rather not|prefer not to) "
    r"(?:want |wish |like )?(?:to )?(?:talk|speak|discuss (?:it|this|that)) (?:on|over|by) "
    r"(?:the )?(?:phone|telephone)",
    r"(?:not|never|rather not|prefer not to) (?:want |wish |like )?(?:to )?be "
    r"(?:called|phoned|rung|rang)",
    r"(?:i|we)(?:'d| would) (?:rather|prefer) not (?:to )?(?:\w+ ){0,2}(?:call|calls|phone|"
    r"talk|speak|meet)",
    # "No calls please", "no phone calls", "no more calls", but not "I got no call back"
    r"(?<!\bgot )(?<!\bhad )(?<!\breceived )(?<!\bwas )(?<!\bwere )(?<!\bthere's )"
    r"no (?:more |further |other )?(?:(?:phone|telephone|video|zoom|teams) )?calls?"
    r"(?! (?:back|from|at all|was|were|has|have|had|came|arrived|yet)\b)(?!,? no\b)",
    r"(?:instead of|rather than|not) (?:a |an |another |any )?(?:(?:phone|telephone|video) )?"
    r"(?:call|calls|meeting)(?! (?:back|from)\b)",
    r"not (?:by|on|over|via) (?:the )?(?:phone|telephone)",
    r"(?:a |another |the )?(?:phone )?(?:calls?|meetings?) (?:won't|will not|do not|don't|"
    r"doesn't|does not|wouldn't|would not) help|(?:a |another )?(?:call|meeting) (?:is|would be|"
    r"will be) (?:pointless|useless|a waste|not (?:necessary|needed|helpful))",
    r"no need (?:for|to have) (?:a |another |any )?(?:phone )?(?:call|meeting)",
    r"not interested in (?:a |another |any )?(?:(?:phone|video) )?(?:calls?|meetings?)",
    r"(?:a |the )?(?:phone )?call (?:is no|is not a|would be no|will not|won't|does not|doesn't) (?:substitute|replace)",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"meet(?:ing)?s?|in person|sit down|face[- ]to[- ]face|visit us|come (?:by|over|in)|"
    r"(?:at|in|to) (?:your|our|my) (?:office|offices|premises|place)|grab a coffee|over coffee",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:is|are|'s|has been|have been|went|goes|keeps going) (?:\w+ )?(?:down|offline|unreachable|unavailable|blank|empty|frozen|stuck|dead)|(?:not|isn't|aren't|won't|doesn't|don't|can't|cannot) (?:\w+ )?(?:load\w*|work\w*|updat\w*|refresh\w*|open\w*|track\w*|record\w*)|(?:shows?|showing|shown|displays?|says|saying) (?:\w+ )?(?:nothing|zero|no data|an? error|errors|a blank)|flat lines?|errors? \d{3}|stopped (?:working|updating|loading|tracking|counting|refreshing)|crash(?:ed|es|ing)?|went dark",
)
OUTAGE_NOW = (
    r"since|right now|currently|at the moment|today|this morning|tonight|as we speak|still|again",
)
OUTAGE_SYSTEMS = (
    r"dashboards?|sites?|websites?|web ?shops?|shops?|stores?|checkouts?|forms?|booking|tracking|tags?|pixel|pages?|app|portal|server|feed|export|screen|widget|analytics|ga4|tiles?|links?|redirects?|api|integration|sync|login|cart|payments?|configurator|charts?|data|conversions?|newsletter",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!your )(?<!our )(?:proposals?|offers?|quotes?|pitch)",
    # a rival that came to them, its price in the sentence or the next
    r"pitched (?:to )?(?:me|us)|reached out to (?:me|us)|approached (?:me|us)|got in touch|came (?:in )?to see (?:me|us)|visited (?:me|us)",
)
ANNOUNCED_STEPS = {
    "end": r"(?:terminat|end|cancel)\w* (?:the|our|this) (?:contract|agreement|retainer|engagement)|notice of termination|(?:give|serve) (?:you )?(?:formal )?notice|not (?:to )?renew\w* (?:the|our) (?:contract|agreement|retainer)",
    "tender": r"(?:put|go|take) (?:\w+ ){0,3}(?:out )?to tender|(?:run|launch|start|open|hold) (?:a |an )?(?:tender|pitch|rfp)|invite other agencies to pitch",
    # not another verb's payments ("the checkout stopped taking payments"; "stop making
    # payments" is ours)
    "payment": r"(?:hold\w*|withh[oe]ld\w*|suspend\w*|stop\w*|freez\w*) (?:(?!(?!making\b)\w+ing\b)(?!card\b|online\b|customer\w*\b|client\w*\b)\w+ ){0,2}(?:payments?|the invoice)(?! (?:from|of|by) (?:our |your |the )?(?:customers|clients|shoppers|users))|(?:not|won't) pay (?:the|your) invoice",
    "decision": r"(?:board|management|committee|directors|partners|shareholders)\b[^.!?]{0,60}?\b(?:decid\w*|decision)|(?:decid\w*|decision)\b[^.!?]{0,60}?\b(?:board|management|committee|directors|partners|shareholders)",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"“][^\"”\n]{2,40}[\"”] (?:\w+ ){0,4}(?:position|place|spot)|google|bing|serps?|search results?|(?:first|front|second|third) page|page (?:one|two|1|2)|keywords?|organic (?:search|traffic|rankings?)",
    "price": (
        r"price increase|price (?:adjustment|change)s?|(?:rais|increas|hik)\w* (?:\w+ ){0,3}(?:prices?|fees?|rates?)|"
        r"(?:prices?|fees?|rates?) (?:\w+ ){0,2}(?:increase|went up|go up|going up|rise|hike)|"
        r"more expensive|too expensive"
    ),
    "refund": r"refund\w*|money back|reimburs\w*|credit(?: note)?|discount\w*|compensat\w*",
    "competitor": (
        r"other (?:agenc(?:y|ies)|providers?|suppliers?|firms?)|another (?:agency|provider|"
        r"supplier)|competitors?(?! (?:report|review|analysis|analyses|research|monitoring|"
        r"benchmark|audit|tracking)s?\b)|(?:quote|offer|proposal) from|offered (?:us|me)|cheaper|"
        r"quoted (?:me|us)|half (?:of )?what you charge|(?:have|has|had) offered (?:to|us|me)|"
        r"offered to (?:run|do|take|handle|manage)|less than (?:we(?:'d| would)? pay|you charge)|"
        # "they'd do a monthly report for 160 euros", "Brightline approached us"
        # (with a figure after it: an offer has a price; "he'll do the fixes" is none)
        r"(?:they|he|she)(?:'d|’d| would|'ll|’ll| will) do\b(?=[^.!?\n]*\d)|approached (?:me|us)(?=[^.!?\n]*\d)|"
        # "Brightwave Social have pitched us for paid social: EUR 2,400 a month"
        r"pitched (?:me|us)(?=[^.!?\n]*\d)|(?:are|is) offering(?=[^.!?\n]*\d)|pitch from"
    ),
    "ranking": (
        r"rank(?:ed|ing|s)? (?:you|your|agencies|suppliers)|ranked \w+ (?:\w+ )?(?:first|second|"
        r"third|fourth|fifth|last|lower|bottom|\d\w*)|(?:agency|supplier|vendor|half-year|annual) "
        r"(?:review|ranking|rating)|(?:lower|bottom|last) (?:rank|"
        r"place|position)|supplier (?:review|scorecard|rating)|vendor (?:review|rating)|"
        r"scorecard|rated (?:you|your)"
    ),
    "leave": (
        r"terminat\w*|cancel (?:the |our )?(?:contract|retainer|agreement)|(?:end|ending) "
        r"(?:the |our )?(?:contract|relationship|cooperation)|look(?:ing)? elsewhere|"
        r"(?:i'm|i am|we're|we are) (?:moving|going) to|jump\w* ship|take (?:our|my) business elsewhere|switch(?:ing)? (?:to|agenc\w+|provider)|move (?:the account|our business)|"
        r"notice period|not (?:be )?renew\w*|last chance|reconsider\w* (?:our|the) "
        r"(?:contract|relationship)"
    ),
    "deadline": r"late|deadline|overdue|missed|delay\w*|on time|still waiting",
    "notice": (
        r"hereby (?:give (?:you )?notice|terminat\w*|cancel\w*|notify|withdraw)|notice of (?:termination|cancellation|breach|claim|default)|formal notice|letter before (?:action|claim)|legal (?:action|steps|proceedings)|(?:(?:instruct\w*|hand\w* (?:this|the matter|it) (?:over )?to|refer\w* (?:this|the matter|it) to|pass\w* (?:this|the matter|it) (?:on )?to|involv\w*|consult\w*) (?:our|my) (?:lawyers?|solicitors?|attorneys?|legal (?:team|counsel|department|advisers?))|(?:our|my) (?:lawyers?|solicitors?|attorneys?|legal (?:team|counsel|department)) (?:will|shall|are going to|have been instructed))|breach of (?:contract|the agreement|our agreement)|(?:take|bring) (?:this|the matter) to court"
    ),
    "invoice": (
        r"invoic\w*|overcharg\w*|double[- ]charg\w*|(?:billed|charged) (?:us|me) (?:for|twice)|(?:the|your|this|last) bill\b"
    ),
    "own_part": (
        r"(?:i|we) (?:admit|accept|realise|realize|know|grant) (?:that )?(?:i|we) (?:(?!but |and |yet |so )\w+ ){0,8}(?:late|forgot|missed|changed|should(?:n\'t| not)? have|didn\'t|did not|failed|delayed|never sent)|(?:partly|partially|also|some of (?:it|this) is) (?:our|my) (?:fault|responsibility|own doing)|(?:our|my) (?:own )?(?:fault|mistake),? (?:too|as well|partly)"
    ),
}
PRAISE = (
    # Praise by negation: "The work itself is not the issue", "no complaints about the
    # dashboards", "the tracking has worked flawlessly since May".
    r"not (?:at all )?(?:unhappy|dissatisfied)\b|(?:is|are|was|were)(?: not|n['’]t) "
    r"(?:really |actually )?(?:bad|the (?:issue|problem))\b(?! (?:until|since|before|now)\b)|no complaints? (?:about|with)|nothing to "
    r"(?:criticise|criticize|complain about|fault)|(?<!n't )(?<!not )(?:works?|worked|has "
    r"worked|ran|has run) (?:flawlessly|perfectly|smoothly)|not (?:going to|gonna) pretend "
    r"(?:\w+ ){0,4}(?:bad|poor)",
    # "First the good news, so you don't think I only complain: ...": praise announced
    r"^(?:(?:first|to start with|let me start with),? )?(?:the )?(?:good news|positives?|good part)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|congratulations|great job|well done)\b",
    r"(?:you|your team|the team|it|this|that) (?:\w+ )?(?:were|was|are|is|have been|has been|"
    r"did) (?:\w+ ){0,2}(?:great|good|excellent|helpful|brilliant|fantastic|amazing|"
    r"wonderful|solid)",
    r"(?:i|we) (?:\w+ )?(?:love|loved|like|liked|appreciate|appreciated|enjoyed|value|valued)",
    r"happy with|pleased with|well done|good job|great job|thank(?:s| you)",
)
ANNOUNCEMENTS = (
    r"(?:i|we) (?:hereby )?acknowledge receipt|fyi|for your information|just so you know|please note|(?:we|i) (?:are|am|will be) "
    r"(?:launching|moving|opening|closing|changing|introducing|hiring|restructuring|"
    r"on holiday|away|out of (?:the )?office)|(?:we|i) (?:have|'ve) (?:hired|appointed|"
    r"launched|moved|started)|our (?:office|offices) (?:will|is|are)",
)
# Not "but 25% cheaper" (no clause follows).
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "to be fair",
    "in fairness",
    "in all fairness",
    "fair enough",
    "admittedly",
    "i grant",
    "i'll grant",
    "credit where (?:it's|it is) due",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = (
    "because",
    "mainly because",
    "especially because",
    # "It normally lands in the first week": the habit of a thing named a sentence before
    r"it (?:normally|usually|always|generally|typically) \w+",
)
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
POINTING_OPENERS = (
    # not "it", often no pointer at all: "It has been three weeks and nobody called back"
    r"(?:this|that) (?:is|was|means|meant|made|makes|has|had)",
    "all (?:of )?this",
    "none of (?:this|that)",
)
RELATIVE_OPENERS = ("which",)
RELATIVE_PRONOUNS = ("which", "who", "whom", "whose")
SHIFT_WORDS = ("from", "to")
OFFER_POINT = "{firm} has made you an offer at {amount}."
MARK_WORDS = ("score", "rating", "grade", "mark")
MARK_ARTICLES = ("a", "an")
IN_THIS_LANGUAGE = (r"(?:write|writing|wrote)(?: \w+){0,2} in english",)
# "nothing but a spinning wheel", "not only ... but also": no "but" to cut at.
CONCESSIONS = (
    r"(?<!nothing )(?<!anything )(?<!everything )(?<!all )(?<!none )but(?! \d)(?! also\b)",
    "however",
    "yet",
    "although",
    "though",
)
FILLERS = (
    r"(?:i|we) (?:won't|will not|am not going to|are not going to|'m not going to) (?:lie|pretend)(?: to you)?",
    # "I have to tell you that ...": what they tell is the point.
    r"i (?:hereby |wish to |would like to )?(?:inform|notify) you(?: that)?",
    r"i am writing to (?:inform|tell|notify) you(?: that)?",
    r"i (?:have|need|must|regret) to (?:tell|inform) you(?: that)?",
    r"i must (?:tell|inform) you(?: that)?",
    r"i(?:'m| am) sorry to (?:tell|inform) you(?: that)?",
    # The formula of a formal letter ("hereby"): it goes, the point stays.
    r"hereby",
    r"i am writing (?:to you )?(?:about|regarding|concerning|with regard to)",
    r"i(?:'m| am) writing to (?:complain|tell you) about",
    r"while (?:i'm|i am|you're|we're|we are) (?:on|at) it:?",
    "unfortunately",
    "sadly",
    "honestly",
    "frankly",
    "quite frankly",
    # "I've read your letter and I have to be honest, a 14% increase is …": what comes before
    # only leads in to the point.
    r"^.{0,120}?\bi (?:have|need|must|'ll|will|want) (?:to )?be (?:honest|frank|straight)"
    r"(?: with you)?",
    "to be honest",
    "to be frank",
    "i have to say",
    "i must say",
    "seriously",
    "literally",
    "basically",
    "absolutely",
    "completely",
    "totally",
    "really",
    "simply",
    "just",
)
WEEKDAY_DATE = "EEEE d MMMM"
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("week of", "week of the", "week commencing", "w/c")
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = ("last", "past", "previous", "black", "cyber")
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:by|on|before|until|till) the (?P<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?! of)": "dom",
    r"the day after tomorrow": "+2d",
    # not "close of business on Wednesday (9 Dec)": that day's end
    r"today|tonight|this (?:morning|afternoon|evening)|by (?:noon|lunchtime)|"
    r"(?:(?:the )?end of (?:the )?(?:business )?day|eod|close of business|cob)"
    r"(?! on\b|,? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)": "+0d",
    r"tomorrow": "+1d",
    r"(?:the )?end of (?:the |this )?week|(?:before|by) the weekend": "eow",
    r"next week": "nw",
    r"(?:the )?end of (?:the |this )?month": "eom",
    r"next month": "nm",
    r"(?:within|in) (?:the next )?(?P<n>\d+|two|three|four|five|ten) (?:working|business) days": (
        "+nw"
    ),
    r"(?:within|in) (?:the next )?(?P<n>\d+|two|three|four|five|seven|ten|fourteen) days": "+n",
    r"(?:within|in) a week": "+7d",
    r"(?:within|in) (?:the next )?(?:two|2) weeks": "+14d",
    r"(?:by )?(?:the )?end of {month}": "monthend",
    r"(?:by )?(?:the )?middle of {month}|mid-{month}": "monthmid",
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (r"(?:exactly |precisely )?the same (?:thing|problem|issue|situation|outage|failure)",)
REPEAT_WORDS = (r"again|once more|(?:second|third|fourth) (?:time|outage|failure)|yet another",)
SINCE_WORDS = ("since",)
REMEDY_WORDS = (
    r"fix\w*|correct\w*|restor\w*|resolv\w*|replac\w*|re-?sent|re-?issued|repair\w*|recover\w*|root cause|post-?mortem|apolog\w*|credit\w*",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement.
RESTATE_SWAPS = {
    "i am": "you are",
    "i'm": "you're",
    "i was": "you were",
    "i have": "you have",
    "i've": "you've",
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we are": "you are",
    "we're": "you're",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "you are": "we are",
    "you're": "we're",
    "you were": "we were",
    "you have": "we have",
    "you've": "we've",
    "you": "we|us",
    "your": "our",
    "yours": "ours",
}
# A clause that judges people is not put in our voice ("Our team is incompetent"): it is left
# out of the restated concerns (drafting/concerns.py restate).
RESTATE_BLOCKERS = (
    r"(?i)(?<!\w)(?:incompeten\w*|unprofessional\w*|useless|hopeless|clueless|lazy|sloppy|"
    r"negligen\w*|careless\w*|disgrace\w*|shambles|shameful|outrageous|ridiculous|pathetic|"
    r"amateurish|liars?|lying|lied)(?!\w)"
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    # "It doesn't change the fact that ...": what follows is the point
    r"(?:it|this|that) (?:doesn't|does not|won't|will not) change the fact that",
    r"the fact (?:remains|is) that",
    r"the fact remains(?=,)",
    "i would add that",
    "i should add that",
    "i'd add that",
    "let me add that",
    "i might add that",
    "in this context",
    "under these circumstances",
    "given all that",
    "against that background",
    "then",
    "and",
    "so",
    "also",
    "plus",
    "anyway",
    # an ordinal only as an enumerator: "Second, the invoice ...", not "Fourth isn't the end of
    # the world" or "Second place is not good enough"
    r"first(?=[,:])",
    r"second(?=[,:])",
    r"third(?=[,:])",
    r"fourth(?=[,:])",
    "finally",
    "lastly",
    "moreover",
    "besides",
    "on top of that",
)
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"never (?:arrived|came|received|got|delivered|sent)|(?:have|has|had)n\'t (?:had|received|seen|got)|(?:have|has|had) not (?:had|received|seen|got)|not (?:a )?single|missing|no sign of|(?:has|have)(?:n\'t| not) (?:yet )?(?:arrived|come|reached)|still (?:hasn\'t|has not|haven\'t|have not|isn\'t|is not|aren\'t|are not|not)|still waiting for|yet to (?:arrive|receive|see)",
)
# After one of these words "you" is an object ("told you the"), so it becomes "us"; before a verb
# ("you announced") it is a subject and becomes "we" (drafting/concerns.py restate).
RESTATE_OBJECT_FOLLOWERS = tuple(
    [
        "the",
        "a",
        "an",
        "to",
        "for",
        "with",
        "and",
        "or",
        "in",
        "on",
        "at",
        "about",
        "that",
        "this",
        "these",
        "those",
        "any",
        "anything",
        "nothing",
        "what",
        "when",
        "how",
        "why",
        "so",
        "too",
        "again",
        "back",
        "know",
        "our",
        "your",
        "their",
        "my",
        "his",
        "her",
        "it",
        "up",
        "down",
        "out",
        "off",
        "before",
        "after",
        "until",
        "since",
        "because",
        "but",
        "if",
        "once",
        "twice",
        "all",
        "both",
        "first",
        "either",
        # a pronoun after "you" makes it an object: "with you we hear back"
        "we",
        "i",
        "they",
        "he",
        "she",
        "us",
        "me",
        "them",
    ]
)
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:please )?(?:type|write|add) your reply above this line",
    "reply above this line",
    "(?:to (?:answer|reply) by e-?mail,? )?(?:please )?write above this line",
    "previous (?:replies|comments|messages)",
    "conversation history",
)
# A helpdesk's line below a notification, under which a reply may be written too (GLPI's
# "=_=_=_= To answer by email, write under this line =_=_=_="; mail/_quotes.py): what is above
# it, down from a "write above this line" marker or from the top, is the notification.
REPLY_BELOW = (
    "(?:to (?:answer|reply) by e-?mail,? )?(?:please )?write (?:your (?:reply|answer) )?"
    "(?:below|under) this line",
    "reply below this line",
)
# A mailing list's footer (mail/_quotes.py): it and what follows are not the sender's words.
LIST_FOOTERS = (
    "you received this (?:message|email) because you are subscribed",
    "to unsubscribe from this group",
    "[\\w.-]+ mailing list",
    "unsubscribe: https?://",
    "unsubscribe from this list",
    "-{3,} next part -{3,}",  # Mailman, above a scrubbed attachment
)
# A mail gateway's warning above the text, at the start of the message (mail/_banner.py):
# Microsoft 365's and Mimecast's external-sender tags, "You don't often get email from ...".
EXTERNAL_BANNERS = (
    r"\[?external(?: (?:e-?mail|sender|message))?\]?\s*[:!.-]?$",
    r"\*{0,3}\s*external (?:e-?mail|sender|message)\s*\*{0,3}\s*[:!.-]",
    r"(?:caution|warning|attention|notice|security notice)\s*[:!-]?\s*"
    r"(?:this (?:e-?mail|message) (?:originated|came|comes|is|was sent) from (?:an? )?"
    r"(?:outside|external)|external (?:e-?mail|sender|message))",
    r"this (?:e-?mail|message) (?:originated|came|comes|was sent) from outside (?:of )?"
    r"(?:the|your|our) (?:organi[sz]ation|company|network)",
    r"you don'?t often get (?:e-?mail|messages?) from",
    r"\[?warning\]?\s*[:!-]?\s*external",
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"by|before|no later than|until|till",)
NOON_WORDS = (r"noon|midday|lunchtime",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (r"let (?:me|us) know|keep (?:me|us) posted",)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    # "Thursday 10th at 2pm at your office would work, or the Friday morning"
    r"(?:would|will|could) (?:work|suit)(?=\s*(?:[,.;]|$|or\b|for (?:me|us)\b))|"
    r"i can do|i(?:'m| am) (?:free|available)|(?:that|this|it|\w+day|\w+ (?:on|by) (?:teams|zoom|phone|video)) (?:would )?(?:works?|suits?) (?:for )?(?:me|us)|(?:does|would) (?:\w+ ){0,3}(?:work|suit) (?:for )?you",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"with",)
MEETING_PLACES = (
    r"(?:at|in) (?:your|our|my) (?:office|offices|premises|place)(?: in (?-i:[A-Z])\w+)?",
)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (
    r"because|since|as|given that|that's when|that is when|which is when|so that|so I can|so we can|so I have|so we have",
)
CONDITION_WORDS = (r"if|unless",)
COPULAS = (r"be",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py).
CLAIM_START = r"we|our|nobody|no one|no-one|none of (?:us|you)|not one of us"
CLAIM_WORDS = r"we|our|nobody|no one|no-one|none of (?:us|you)"
CLAIM_FRAMES = {"formal": "You write that", "informal": "You write that"}

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (
    r"(?<!send )(?<!sent )(?<!report )(?<!reporting )(?<!call me )(?<!call us )(?<!get )(?<!come )(?<!write )(?<!ring me )(?<!hear )back|refunded|removed from|taken off|(?:take|knock)\s+(?:\S+\s+){1,3}off\b|deducted|knocked off|written off|waived|credited|offset against",
)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
# ("I wonder if you could send ..." is a polite request: it asks.)
WONDER_WORDS = (
    r"(?:i|we) (?:often |sometimes |really )?(?:wonder|ask (?:myself|ourselves))"
    r"(?! (?:if|whether) (?:you|someone|anyone) (?:could|can|would|might)\b)",
)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"re-?issue (?:\w+ ){0,2}invoices?|(?:corrected|revised|amended|reissued|adjusted) invoices?|invoices? (?:\w+ ){0,4}(?:without|minus|less)|credit notes?",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (r"(?:to )?(?:let you know|inform you|tell you|make you aware|flag|point out)",)
PERIOD_ENDS = (r"(?:before|by|until|at|after) the end of (?:the |our |your |this )?\w+",)
IMMEDIATE = (
    r"now|right away|immediately|straight away|asap|as soon as possible|urgently|tonight|this morning|this afternoon",
)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (
    r"i(?:'d| would)? (?:suggest|propose)|we(?:'d| would)? (?:suggest|propose)|how about|what about|shall we say",
)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"(?:the )?following|requests?|demands?|expectations|asks|(?:three|four|five|two|several|a few) things(?! (?:that|which)\b)|what (?:i|we) (?:need|want|expect)|(?:my|our) (?:proposal|suggestion)",
)
ORDINAL_OPENERS = (
    r"in the (?:first|second|third) place|(?:the )?first(?:ly)?|(?:the )?second(?:ly)?|(?:the )?third(?:ly)?|(?:and )?(?:finally|lastly)",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (
    r"contract\w*|agreement|our terms|(?:is|are) set by (?:the|you as) client|the client (?:sets|decides)",
)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (
    r"a|an|the|your|our|some|all|written|full|clear|proper|confirmation|details|access",
)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (r"the|a|an|my|our|your|this|these|those|that|some|any|all|his|her|their|its",)
PHRASE_LINKS = (
    r"of|for|on|about|from|with|without|minus|excluding|in|at|to|over|covering|between|regarding|showing",
)
PHRASE_STOPS = (
    r"so that|what|how|why|so (?:i|we)|because|as|since|which|that|who|where|if|when|whether|otherwise|or else|asap|"
    r"as soon as possible|immediately|urgently|today|tomorrow|tonight|this week|next week|again|too|"
    r"also|please|thanks|thank you|then|now|instead|at the latest|first thing|back|on time|in time|i|we|you|"
    r"me|us|him|them|it|is|are|was|were|has|have|had",
)

# The sender's own form of address (mail/sender.py): a title before their own name in the
# signature or the From name, greeted as they wrote it ("Mrs Jane Doe": "Dear Mrs Doe").
# English marks no gender in what a writer says of themself.
GENDER_CUES = {
    "titles": {
        "Mrs": (r"mrs\.?",),
        "Ms": (r"ms\.?",),
        "Miss": (r"miss",),
        "Mr": (r"mr\.?",),
        "Mx": (r"mx\.?",),
    },
}

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns.
INTENSIFIERS = (
    "absolutely",
    "completely",
    "totally",
    "utterly",
    "entirely",
    "really",
    "truly",
    "literally",
    "simply",
    "seriously",
    "extremely",
    "incredibly",
    "ridiculously",
    "very",
    "frankly",
    "quite frankly",
    "actually",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    "damn",
    "damned",
    "bloody",
    "freaking",
    "frigging",
    "goddamn",
    "fucking",
)
VERDICTS = (
    r"which is (?:\w+ )?(?:unacceptable|ridiculous|outrageous|appalling|disgraceful|a joke|"
    r"not (?:good enough|acceptable|ok(?:ay)?))",
    r"(?:this|that|it) is (?:\w+ )?(?:unacceptable|ridiculous|outrageous|appalling|"
    r"disgraceful|a joke|not good enough)",
    r"(?:unbelievable|ridiculous|unacceptable|a joke)",
)
THREATS = (
    r"solicitors?|lawyers?|legal (?:action|steps|advice)|small claims|court|"
    r"trading standards|chargeback|(?:bad|negative|one[- ]star) reviews?|review on (?:google|trustpilot)|"
    r"take (?:this|it|the matter) further",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("nobody", "no one", "someone", "somebody", "everyone", "everybody")
WHEREABOUTS = (
    (r"^(?:so,? )?where(?:'s| is| the hell is) (?P<x>.+?)$", "{x} has still not arrived."),
    (r"^(?:so,? )?where are (?P<x>.+?)$", "{x} have still not arrived."),
)
REPORT_FRAMES = {"formal": "You tell me that", "informal": "You tell me that"}
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"(?:i|we) hope (?:you|your|the|that|all)",
    r"hope you(?:'re| are) (?:well|keeping)",
    r"(?:i|we) trust (?:you|this)",
    r"hope this finds you",
    # the writer's apology for how they write ("Scusa la franchezza", "Sorry for the long email")
    r"(?:sorry|apologies) (?:for|about) (?:the|my|this) (?:long|lengthy|rant|tone|length|directness|bluntness|frankness|essay|email|mail|message|late)",
    r"(?:excuse|pardon|forgive) (?:the|my) (?:long|rant|tone|language|directness|bluntness|french|frankness)",
)

# A sentence that only says a message of ours came ("We have received your invoice
# HL-2611-044 dated 30 November"): the context of a complaint, no point to restate unless it
# is negated or complains (drafting/concerns.py condense).
RECEIPTS = (
    r"(?:i|we) (?:have |'ve )?(?:just |now |finally |only just )?(?:received|got|read|seen|"
    r"opened) (?:\S+ ){0,5}?(?:letter|e-?mail|invoice|note|notice|message|communication|"
    r"announcement|reminder|statement|report|update|bill)s?\b",
    r"(?:i|we) (?:have|'ve got) (?:\S+ ){0,5}?(?:letter|e-?mail|invoice|report)\S*(?: \S+){0,3}? "
    r"in front of (?:me|us)",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them:
# (pattern on the words the client used, our phrase). First match wins (answers.py).
SENIOR_ROLES = (
    (r"managing director|\bmd\b", "our managing director"),
    (r"\bceo\b|chief executive", "our CEO"),
    (r"founder", "our founder"),
    (r"\bowner\b", "our owner"),
    (r"director", "our director"),
    (r"(?<!account )(?<!account)manager|boss|supervisor", "my manager"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:mainly |mostly |largely |partly )?(?:because of|due to|owing to)",
    # "then the 20th, then the 19th": a list of days going on
    r"then(?= the \d)",
    "that",
    "which",
    "who",
    "where",
    "when",
    "mainly",
    "mostly",
    "especially",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("last", "bottom")
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (r"(?:please )?(?:let me know|keep me posted)",)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"the (?:main|real|biggest|key|chief) (?:reason|problem|issue|concern|complaint|point|frustration)",
    r"my (?:main|biggest|real|chief) (?:reason|problem|issue|concern|complaint|frustration)",
    r"what (?:bothers|annoys|upsets|frustrates|worries|concerns) (?:me|us) (?:the )?most",
    r"what (?:weighed|counted|mattered) (?:the )?most",
    r"what tipped the (?:balance|scales)",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:and|but) (?:it|they|nothing|nobody|no one) (?:came|arrived|never came|never arrived|was late|were late|answered|replied|never answered)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"on (?:this|that|it)\b",
    r"back on (?:the |our |my )?(?:account|project|team|case|this|it)\b",
    r"to (?:take|handle|look|work|lead|run|deal|own)\b",
    r"in charge\b",
    r",\s*(?:the one|who|he|she|our)\b",
    r"(?:take over|takes over|come back|comes back|returns?)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (r"on (?:this|that|it)\b", r"back on\b", r"in charge\b")
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("nothing", "nothing at all", "zilch", "nada")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"to (?:discuss|close|finali[sz]e|agree|go (?:over|through)|review|talk (?:about|through)|look at|sign off|walk through)",
    r"so (?:that )?we can (?:discuss|close|finali[sz]e|agree|go (?:over|through)|review|talk)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("understand", "see how", "hear how")
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:i'll|i will|let me|i have to|i must|i want to|i'm going to|i am going to) be (?:\w+ )?(?:straight|honest|frank|blunt|direct|open|clear|upfront)",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (r"attend(?! to)", r"(?:be|make it) there", r"join(?: us)?")
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (
    r"(?:please )?(?:don't|do not|never) (?:send|call|ring|give|tell|offer|write|reply|email|ask|bother|try)\b",
)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("hereby",)
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = ("our", "my")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"move", r"reschedule", r"postpone", r"bring forward", r"push back")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb, the end
# of a working day.
NONE_WORDS = ("zero", "no")
COUNTING_WORDS = (r"\w+ly",)
OBJECT_PRONOUNS = ("me", "us")
END_OF_DAY = (
    r"close of business",
    "cob",
    "eod",
    r"(?:the )?end of (?:the )?(?:business |working )?day",
)
