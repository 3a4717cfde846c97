"""Polish (polski): what draft-reply knows of Polish (lang/__init__.py)."""

NAME = "Polish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "wiadomo(?:ś|s)(?:ć|c) oryginalna",
    "tre(?:ś|s)(?:ć|c) oryginalnej wiadomo(?:ś|s)ci",
    "przekazana wiadomo(?:ś|s)(?:ć|c)",
    "wiadomo(?:ś|s)(?:ć|c) przes(?:ł|l)ana dalej",
    "tre(?:ś|s)(?:ć|c) przekazanej wiadomo(?:ś|s)ci",
)
ATTRIBUTION_VERBS = (
    "napisa[łl]\\(a\\)",
    "napisa[łl]/a",
    "napisa[łl]a?",
    "pisze",
    "o godz\\. \\d{1,2}:\\d{2}",
)
ATTRIBUTION_STARTS = ("dnia", "wiadomo(?:ś|s)(?:ć|c) napisana przez")
HEADER_FROM = ("od",)
HEADER_FIELDS = (
    "wys[łl]ano",
    "do",
    "temat",
    "data",
)
MOBILE_SIGNATURES = ("wys[łl]ane z",)
DISCLAIMER_CUES = (
    "poufn",
    "adresat",
    "omy(?:ł|l)kowo",
    "przez pomy(?:ł|l)k(?:ę|e)",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# What a client asks for (checks/asks.py): the offline drafter cannot write Polish, so it answers
# in English, but it reads the asks ("Żądam zwrotu 500 EUR i pisemnej odpowiedzi do 14 grudnia")
# and the refusal of calls. Stems cover the cases ("zwrot", "zwrotu"); spellings without
# diacritics too.
ASK_CUES = {
    "refund": (
        r"zwrot\w*|zwróc\w*|zwroc\w*|oddani\w* pieni\w*|oddać pieniądze|rekompensat\w*|"
        r"odszkodowani\w*|rabat\w*|upust\w*|obniż\w*|obniz\w*|not\w* korygując\w*|"
        r"korekt\w* faktur\w*|faktur\w* korygując\w*|nie zapłac\w*|wstrzym\w* płatnoś\w*"
    ),
    "meeting": (
        r"(?<!\bnie )(?<!\bbez )(?:spotkani\w*|spotka\w*|rozmow\w*|porozmawia\w*|zadzwo\w*|"
        r"telefon\w*|wideokonferencj\w*|call\w*|zoom)"
    ),
    "written": (
        r"pisemn\w*|na piśmie|na pismie|mailow\w*|e-?mailow\w*|odpowied[zź]\w*|wyjaśnieni\w*|"
        r"wyjasnieni\w*|stanowisk\w*"
    ),
    "document": (
        r"raport\w*|faktur\w*|dokument\w*|zestawieni\w*|harmonogram\w*|kopi\w*|ofert\w*|"
        r"analiz\w*|plan\w* naprawcz\w*|dan\w* dostępow\w*|prezentacj\w*|protok[oó]ł\w*"
    ),
    "decision": r"decyzj\w*|tak czy nie|jasn\w* odpowied\w*|potwierdz\w* czy|wiążąc\w* odpowied\w*",
    "person": (
        r"przełożon\w*|przelozon\w*|kierownik\w*|szef\w*|dyrektor\w*|prezes\w*|zarząd\w*|eskal\w*"
    ),
}
ASK_LEADS = (
    r"proszę|prosze|prosimy|żądam\w*|zadam\w*|żądamy|domagam\w* się|domagamy się|oczekuj\w*|"
    r"chcę|chce|chcemy|chciał\w*|chcial\w*|potrzebuj\w*|wymagam\w*|wnosz\w* o|wnioskuj\w*|"
    r"zwracam się|czy (?:mogą|może|mógłby|mogłaby|mogliby|możemy|moglibyśmy|można)|"
    r"prześlij\w*|przeslij\w*|przekaż\w*|uprzejmie",
)
# "Proszę nie dzwonić", "nie dzwońcie do mnie", "bez telefonów"; not "nikt nie zadzwonił".
NO_CALL = (
    r"nie (?:\w+ ){0,2}(?:dzwo[nń](?:ić|ic|cie)?|telefonuj(?:cie)?|telefonować|telefonowac)(?!\w)"
    r"|bez (?:\w+ )?(?:telefonów|telefonow|dzwonienia|rozmów telefonicznych)"
    r"|(?:żadnych|zadnych) (?:\w+ )?(?:telefonów|telefonow|rozmów|rozmow|spotkań)"
    r"|nie (?:chcę|chce|chcemy) (?:\w+ ){0,2}(?:rozmowy|spotkania|telefonu)",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (r"spotkani\w*|spotka\w*|osobiście",)
# A date after these is a deadline, not a slot ("do 14 grudnia").
DEADLINE_WORDS = (r"do|przed|najpóźniej do|najpozniej do|nie później niż|nie pozniej niz",)
SITUATIONS = {
    "price": r"podwyżk\w*|podwyzk\w*|wzrost\w* cen\w*|za drogo|drożej|drozej",
    "refund": r"zwrot\w*|rekompensat\w*|odszkodowani\w*|rabat\w*|upust\w*|not\w* korygując\w*",
    "competitor": r"inn\w* agencj\w*|inn\w* dostawc\w*|konkurencj\w*|taniej",
    "leave": r"wypowi\w* umow\w*|rozwiąz\w* umow\w*|rezygn\w*|zmian\w* agencji|ostatni\w* szans\w*",
    "deadline": r"termin\w*|opóźni\w*|opozni\w*|spóźni\w*|spozni\w*|za późno|za pozno|zwłok\w*",
}
# Dates in words (lang/dates.py): a phrase -> a rule; the weekdays after "do" are inflected
# ("do piątku"), so Babel's names do not read them.
DUE_WORDS = {
    r"pojutrze": "+2d",
    r"dzisiaj|dziś|jeszcze dziś": "+0d",
    r"jutro": "+1d",
    r"(?:do )?końca tygodnia": "eow",
    r"w przyszłym tygodniu": "nw",
    r"(?:do )?końca miesiąca": "eom",
    r"do poniedziałku": "wd0",
    r"do wtorku": "wd1",
    r"do środy": "wd2",
    r"do czwartku": "wd3",
    r"do piątku": "wd4",
}
