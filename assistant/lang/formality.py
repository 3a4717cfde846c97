"""How the sender addresses us: formally (Sie, vous, "Dear") or informally (du, tu, "Hi").

The reply answers in the same register (PLAYBOOK.md, step 1: "matching their formality").
"""

from __future__ import annotations

import re


def detect_formality(text: str, language: str) -> str:
    """Return "informal" when the sender addresses us informally, else "formal".

    German: du/dich/dir/dein/euch forms outnumber Sie/Ihnen/Ihr(e) forms (a salutation
    "Sehr geehrte", "Herr X", "Frau X" counts as formal). French: tu/toi/ton against
    vous/votre. English has no T-V distinction: an opening "Hi", "Hey" or "Hello" counts as
    informal (we answer "Hi Anna" rather than "Dear Anna").
    """
    if language == "de":
        informal = len(
            re.findall(
                r"(?<!\w)(?:du|dich|dir|dein\w*|euch|euer|eure\w*)(?!\w)", text, re.IGNORECASE
            )
        )
        formal = len(re.findall(r"(?<!\w)(?:Ihnen|Ihre[mnrs]?)(?!\w)", text))
        formal += len(re.findall(r"(?<=[a-zäöüß,] )(?:Sie|Ihr)(?!\w)", text))
        formal += len(re.findall(r"(?i:sehr geehrte)|(?<!\w)(?:Herr|Frau) [A-ZÄÖÜ]", text))
        return "informal" if informal > formal else "formal"
    if language == "fr":
        informal = len(re.findall(r"(?<!\w)(?:tu|toi|ton|ta|tes|t')(?!\w)", text, re.I))
        formal = len(re.findall(r"(?<!\w)(?:vous|votre|vos)(?!\w)", text, re.I))
        return "informal" if informal > formal else "formal"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if re.match(r"(?i)(?:hi|hey|hello|hiya)\b", first):
        return "informal"
    return "formal"
