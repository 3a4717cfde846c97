"""HTML body to plain text, with the quoted history cut out in the HTML first.

Mail clients mark the quoted history in HTML (Gmail ``gmail_quote``, Thunderbird and Apple
``blockquote type=cite``, Outlook ``divRplyFwdMsg`` / ``OLK_SRC_BODY_SECTION`` / a bold
``From:`` header block (``b``, ``strong``, or a span styled bold as Outlook for Mac writes
it), Hotmail ``hr#stopSpelling``, Zimbra ``hr#zwchr``, Proton ``protonmail_quote``, Zoho
``zmail_extra``, Lotus Notes ``domino-section``) and signatures (``gmail_signature``,
``moz-signature``, Zoho's ``#Zm-_Id_-Sgn``). Cutting there is more reliable than finding the
quote in the converted text. Conversion is html-text (lxml), chosen by measurement (see the
README's design notes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant import lang
from assistant.mail._quotes import quote_starts_in

# Quote containers removed on their own: text after them (a bottom-posted reply) stays.
# A blockquote is not among them: see _REPLY_BLOCKQUOTE.
_CONTAINERS = (
    "//*[not(self::blockquote) and contains(concat(' ', normalize-space(@class), ' '),"
    " ' gmail_quote ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_attr ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' moz-cite-prefix ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' yahoo_quoted ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' protonmail_quote ')]"
    # Zoho Mail: the attribution ("---- On DATE NAME wrote ----") and the quote.
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' zmail_extra ')]"
    # Lotus Notes (HCL Notes): the quoted message under its "NAME --- SUBJECT ---" title.
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' domino-section ')]"
    # Signature blocks (Gmail, Thunderbird, Proton) are not the sender's new words either.
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_signature ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' moz-signature ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' protonmail_signature_block ')]"
    " | //*[@id='Zm-_Id_-Sgn']"  # Zoho Mail's signature ("Sent using Zoho Mail")
)
# A blockquote is cut as quoted mail when it is marked so (Apple Mail's and Thunderbird's
# ``type=cite``, a ``cite="mid:..."`` naming the message quoted), when an attribution or
# header block is above it (``_after_a_quote_start``), or when it is the last one not inside
# another (the history ends the message: talon's rule). Any other, a bare ``<blockquote>``
# above the last one or Gmail's ``blockquote.gmail_quote`` outside its ``div.gmail_quote``
# (what Gmail's "Quote" button writes), is a passage the sender quotes in the new text.
_OUTER_BLOCKQUOTES = "//blockquote[not(ancestor::blockquote)]"
_CITE = "cite"
_MESSAGE_CITE = "mid:"
# Blockquotes past this many are cut without reading the text above them (the document is
# converted again after each blockquote cut).
_MAX_BLOCKQUOTES_READ = 20
# Characters of text (white space aside) above and below the last bare blockquote past which
# it is a passage of the letter, not the history: more than a greeting or a signature.
_LETTER = 200
#: Private-use characters (U+E000 to U+F8FF), one per blockquote: where each starts in the text.
_MARK_BASE, _MARK_LAST = 0xE000, 0xF8FF
_MARKS = re.compile(f"[{chr(_MARK_BASE)}-{chr(_MARK_LAST)}]")
# Markers where the quoted history starts and runs to the end of the document.
_CUT_MARKERS = (
    "//*[@id='divRplyFwdMsg' or @id='OLK_SRC_BODY_SECTION' or @id='appendonsend'"
    " or @id='stopSpelling' or @name='messageReplySection' or @id='zwchr'"
    " or contains(@class, 'OutlookMessageHeader')]"
)
# "From:" alone in bold (b, strong, or a span styled bold: Outlook for Mac), in every
# language's Outlook header block (lang/: HEADER_FROM).
_HEADER_LABEL = re.compile(rf"^\s*(?:{lang.alternation('header_from')})\s*[:\uff1a]\s*$", re.I)
_BOLD_SPAN = (
    "//span[contains(translate(translate(@style, ' ', ''), 'BOLDFNTWEIGH', 'boldfntweigh'),"
    " 'font-weight:bold') or contains(translate(@style, ' ', ''), 'font-weight:700')]"
)
_BLOCK_TAGS = {"p", "div", "table", "tr", "td", "li", "pre"}
# Characters lxml refuses (XML 1.0 section 2.2); stray control bytes occur in real mail.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class HtmlText:
    """A converted HTML body: the full text, the text before the quote, the quote, and how
    many characters of text a mail client would not show were left out (``hidden``)."""

    text: str
    reply: str
    quoted: str
    hidden: int = 0


_HIDING_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)"
    r"|font-size\s*:\s*(?:0|0?\.\d+|1)(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)"
    r"|max-height\s*:\s*0|(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$).*overflow\s*:\s*hidden)",
    re.IGNORECASE,
)
_COLOR = re.compile(r"(?:^|;)\s*(background(?:-color)?|color)\s*:\s*([^;!]+)", re.IGNORECASE)
_WHITE = {"#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fffffe"}


def _hides(element: Any, inherited_background: str) -> bool:
    """Tell whether a mail client would not show ``element``'s text (CSS, attributes)."""
    if element.get("hidden") is not None or element.get("aria-hidden", "").lower() == "true":
        return True
    style = element.get("style") or ""
    if _HIDING_STYLE.search(style):
        return True
    colors = {
        k.lower().split("-")[0]: v.strip().lower().replace(" ", "")
        for k, v in _COLOR.findall(style)
    }
    text = colors.get("color")
    background = colors.get("background", inherited_background)
    return text is not None and (text == background or (text in _WHITE and background in _WHITE))


def _drop_hidden(tree: Any) -> int:
    """Remove elements a mail client would not show; return how many characters went."""
    dropped = 0
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if not _attached(element, tree):
            continue
        background = "#ffffff"  # what mail clients show by default
        node = element.getparent()
        while node is not None:
            found = dict(
                (k.lower().split("-")[0], v.strip().lower().replace(" ", ""))
                for k, v in _COLOR.findall(node.get("style") or "")
            )
            if "background" in found:
                background = found["background"]
                break
            node = node.getparent()
        if _hides(element, background):
            dropped += len(element.text_content().strip())
            element.drop_tree()
    return dropped


def _keep_preformatted_lines(tree: Any) -> None:
    """Mark each line break inside a ``<pre>`` with an element html-text breaks the line at
    (``<br>``; an empty ``<p>`` before a blank line, which html-text writes as one): white
    space in preformatted text is kept as typed (HTML 4.01 section 9.3.4), but html-text
    joins its lines into one, which ran a reply's paragraphs, its sign-off and its ``-- ``
    signature together (a plain-text message a client sent as one ``<pre>``)."""
    for pre in list(tree.iter("pre")):
        for node in [pre, *pre.iterdescendants()]:
            if isinstance(node.tag, str):  # not a comment or a processing instruction
                _break_lines(node)


def _blank_line_at_break_runs(tree: Any) -> None:
    """Make the second ``<br>`` of each run (nothing but white space between) an empty
    ``<p>``, which html-text writes as a blank line: a browser shows ``<br><br>`` as an empty
    line, the paragraph break of clients that write no ``<p>`` (Thunderbird, Yahoo), but
    html-text folds the run into one line break, which ran a sign-off into the line above it
    and kept the signature below it in the new text (Combodo-combodo-email-synchro)."""
    from lxml.html import Element

    for br in list(tree.iter("br")):
        before = br.getprevious()
        if before is not None and before.tag == "br" and not (before.tail or "").strip():
            paragraph = Element("p")
            paragraph.tail = br.tail
            br.getparent().replace(br, paragraph)


def _break_lines(element: Any) -> None:
    """Put a :func:`_line_break` at each line break of ``element``'s own text and of its
    children's tails, rebuilding its children once (linear in their number: inserting one by
    one took quadratic time on a long ``<pre>``)."""
    children: list[Any] = []
    changed = False
    if element.text and "\n" in element.text:
        first, *rest = element.text.split("\n")
        element.text = first
        children.extend(_line_break(line) for line in rest)
        changed = True
    for child in list(element):
        children.append(child)
        if child.tail and "\n" in child.tail:
            first, *rest = child.tail.split("\n")
            child.tail = first
            children.extend(_line_break(line) for line in rest)
            changed = True
    if changed:
        element[:] = children


def _line_break(line: str) -> Any:
    """An element that ends a line of preformatted text, followed by ``line``: a ``<p>``
    (a blank line in html-text) when ``line`` is blank, else a ``<br>``."""
    from lxml.html import Element

    element = Element("p" if not line.strip() else "br")
    element.tail = line
    return element


def _cut_to_end(element: Any) -> list[Any]:
    """Detach ``element`` and everything after it in document order; return what was cut."""
    cut: list[Any] = []
    node = element
    while node is not None and node.getparent() is not None:
        parent = node.getparent()
        following = list(node.itersiblings())
        for sibling in following:
            parent.remove(sibling)
        if node is element:
            parent.remove(node)
            cut.append(node)
        else:
            node.tail = None
        cut.extend(following)
        node = parent
    return cut


def _block_of(element: Any) -> Any:
    node = element
    while node.getparent() is not None and node.tag not in _BLOCK_TAGS:
        node = node.getparent()
    return node


def html_to_text(html: str) -> HtmlText:
    """Convert an HTML body to text; split off quote containers first.

    Returns the whole text, the reply above any quote marker and the removed quote text.
    Text a mail client would not show is left out first (``display:none``,
    ``visibility:hidden``, zero opacity, a font of 1px or less, text coloured like its
    background, ``hidden`` and ``aria-hidden`` elements): it could only be meant for a
    machine. Never raises on malformed HTML (lxml's recovering parser).
    """
    html = _NOT_XML.sub("", html)
    if not html.strip():
        return HtmlText("", "", "")
    import html_text

    tree = html_text.parse_html(html)
    _blank_line_at_break_runs(tree)
    _keep_preformatted_lines(tree)
    hidden = _drop_hidden(tree)  # before the cleaner drops the style attributes
    for span in tree.xpath(_BOLD_SPAN):  # Outlook for Mac's bold header labels
        span.tag = "b"
    tree = html_text.cleaner.clean_html(tree)
    full = html_text.etree_to_text(tree)
    removed: list[Any] = []
    for element in tree.xpath(_CUT_MARKERS):
        if element.getparent() is not None and _attached(element, tree):
            removed.extend(_cut_to_end(element))
    for element in tree.xpath("//b | //strong"):
        text = element.text_content()
        if _HEADER_LABEL.match(text) and _attached(element, tree):
            block = _block_of(element)
            # The label's block may hold the whole reply above it too (Outlook for Mac writes
            # the message in one <pre>): then the cut starts at the label, not to lose it all.
            whole = not _text_before(block, tree).strip()
            start = element if whole and _text_before(element, block).strip() else block
            if start.getparent() is not None:
                removed.extend(_cut_to_end(start))
    for element in tree.xpath(_CONTAINERS):
        if _holds_new_text(element):
            continue
        if element.getparent() is not None and _attached(element, tree):
            removed.append(element)
            element.drop_tree()
    outer = [q for q in tree.xpath(_OUTER_BLOCKQUOTES) if not _is_gmail_quote(q)]
    read = 0
    blockquotes = tree.xpath("//blockquote")
    marked = ""  # the text with every blockquote's mark, made again after each cut
    for number, element in enumerate(blockquotes):
        if element.getparent() is None or not _attached(element, tree):
            continue
        cut = _is_cite(element) or (
            bool(outer) and element is outer[-1] and not _inside_letter(element, tree)
        )
        if not cut:
            read += 1
            if read > _MAX_BLOCKQUOTES_READ:
                cut = True
            else:
                marked = marked or _marked_text(tree, blockquotes)
                cut = _opens_quote_above(marked, number)
        if cut:
            removed.append(element)
            element.drop_tree()
            marked = ""
    reply = html_text.etree_to_text(tree)
    quoted = "\n\n".join(t for t in (html_text.etree_to_text(e) for e in removed) if t)
    return HtmlText(full, reply, quoted, hidden)


def _text_before(element: Any, block: Any) -> str:
    """Return the text inside ``block`` that comes before ``element`` (a descendant), with a
    line break for each ``<br>`` and block element."""
    parts: list[str] = []
    node = element
    while node is not block and node.getparent() is not None:
        parent = node.getparent()
        for sibling in node.itersiblings(preceding=True):
            parts.append((sibling.tail or "") + _lines_of(sibling))
        parts.append(parent.text or "")
        node = parent
    return "".join(reversed(parts))


def _lines_of(element: Any) -> str:
    """Return ``element``'s text with a line break for each ``<br>`` and block element."""
    if not isinstance(element.tag, str):
        return ""
    parts = [element.text or ""]
    for child in element:
        parts.append(_lines_of(child) + (child.tail or ""))
    text = "".join(parts)
    return f"{text}\n" if element.tag == "br" or element.tag in _BLOCK_TAGS else text


def _inside_letter(element: Any, root: Any) -> bool:
    """Tell whether more than a signature's worth of text (``_LETTER`` characters, white space
    and blockquotes left out) comes both before and after ``element``: a bare blockquote in
    the middle of a letter is a passage set off in it (an invitation's programme), not the
    history that ends the message. Not when the text right before it ends in a colon, or
    the blockquote opens with an attribution (:func:`assistant.mail._quotes.quote_starts_in`:
    "On Monday, Sam wrote:")."""
    before: list[str] = []
    after: list[str] = []
    node = element
    while node is not root and node.getparent() is not None:
        after.append(node.tail or "")
        after.extend(_unquoted_text(s) + (s.tail or "") for s in node.itersiblings())
        before.extend(_unquoted_text(s) + (s.tail or "") for s in node.itersiblings(preceding=True))
        before.append(node.getparent().text or "")
        node = node.getparent()
    nearest = next((text.strip() for text in before if text.strip()), "")
    opening = " ".join(element.text_content().split())[:200]
    if nearest.endswith(":") or (
        ":" in opening and quote_starts_in(opening.split(":", 1)[0] + ":")
    ):
        return False  # "On Monday, Sam wrote:", above it or opening it: the history
    return all(len("".join("".join(side).split())) > _LETTER for side in (before, after))


def _unquoted_text(element: Any) -> str:
    """Return ``element``'s text outside any blockquote in it."""
    if not isinstance(element.tag, str) or element.tag == "blockquote":
        return ""
    return (element.text or "") + "".join(_unquoted_text(c) + (c.tail or "") for c in element)


def _holds_new_text(container: Any) -> bool:
    """Tell whether Gmail's ``div.gmail_quote`` holds the sender's own words above the
    blockquote it wraps (a forward written inside the container): text there that opens no
    quote. The blockquote is then cut as any other, and the words stay."""
    if container.tag != "div" or not _is_gmail_quote(container):
        return False
    inner = container.find(".//blockquote")
    if inner is None:
        return False
    above = _text_before(inner, container)
    return bool(above.strip()) and not quote_starts_in(above)


def _is_cite(blockquote: Any) -> bool:
    """Tell whether ``blockquote`` is marked as quoted mail (``type=cite``, ``cite=mid:``)."""
    kind = (blockquote.get("type") or "").strip().lower()
    return kind == _CITE or (blockquote.get("cite") or "").strip().lower().startswith(_MESSAGE_CITE)


def _is_gmail_quote(element: Any) -> bool:
    return "gmail_quote" in (element.get("class") or "").split()


def _marked_text(tree: Any, blockquotes: list[Any]) -> str:
    """Return ``tree`` as text with each blockquote still in it starting with its own mark
    (a private-use character, :func:`_mark`, by its place in ``blockquotes``): one
    conversion tells the text above every blockquote."""
    import html_text

    attached = [
        (number, element, element.text)
        for number, element in enumerate(blockquotes)
        if element.getparent() is not None and _attached(element, tree)
    ]
    for number, element, text in attached:
        element.text = _mark(number) + (text or "")
    try:
        return str(html_text.etree_to_text(tree))
    finally:
        for _number, element, text in attached:
            element.text = text


def _opens_quote_above(marked: str, number: int) -> bool:
    """Tell whether the text above blockquote ``number`` in ``marked`` (:func:`_marked_text`)
    opens quoted history: an attribution ("On ... wrote:", "26.06.2014, 14:41, Name
    <addr>:"), a header block, a separator or a forward's intro, as :func:`split_quotes`
    finds them in text."""
    above = _MARKS.sub("", marked.split(_mark(number), 1)[0])
    return bool(above.strip()) and quote_starts_in(above)


def _mark(number: int) -> str:
    """Return the private-use character that marks the ``number``-th blockquote."""
    return chr(_MARK_BASE + min(number, _MARK_LAST - _MARK_BASE))


def _attached(element: Any, root: Any) -> bool:
    """Tell whether ``element`` is still inside ``root`` (not in a subtree already cut)."""
    node = element
    while node.getparent() is not None:
        node = node.getparent()
    return bool(node is root)
