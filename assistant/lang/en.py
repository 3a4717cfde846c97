"""English: what draft-reply knows of English (lang/__init__.py)."""

NAME = "English"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "original message",
    "forwarded message",
)
FORWARD_INTROS = ("begin forwarded message",)
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
MOBILE_SIGNATURES = (
    "sent from",
    "sent with",
    "sent via",
    "get outlook for",
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
        r"late|later|lateness|delay(?:s|ed)?|overdue|again|still|never|yet again|"
        r"disappoint\w*|unacceptable|frustrat\w*|problems?|issues?|wait(?:s|ed|ing)?|"
        r"worse|worst|poor(?:ly)?|miss(?:ed|ing)|broken|wrong|slow(?:er|ly)?|complain\w*|"
        r"complaints?|unhappy|annoy\w*|angry|nobody|no one|ignor\w*|fail\w*|errors?|"
        r"mistakes?|down ?grad\w*|lower|behind|unreliable|chas(?:e|ed|ing)|lags?|lagging|"
        r"useless|stale|lost|drop(?:s|ped)?|struggl\w*|exceed\w*|overspen\w*|overrun|"
        r"over(?: [\w-]+){0,3} budgets?|(?:was|were) due|in a row|(?:second|third|"
        r"fourth) (?:time|outage|month|week)|not (?:working|loading|live|there|available|"
        r"delivered|answered)"
    ),
    "weak": r"not|no|\w+n['\u2019]t|nothing|without|only",
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
EXCUSES = (
    "unfortunately",
    "sorry for the inconvenience",
    "as i already said",
    "as previously mentioned",
    "as i mentioned before",
    "we were busy",
    "we were very busy",
    "not our fault",
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
TIER_SENTENCE = "The account is in the {tier} service tier."  # a fact for step 3
