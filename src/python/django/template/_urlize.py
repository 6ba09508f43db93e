"""|urlize and |urlizetrunc: the web addresses and e-mail addresses of a text made links.

A text is read word by word (words are what lies between spaces, quotes and angle brackets).
A word that looks like an address loses the punctuation around it (an opening bracket before,
a full stop or an unbalanced closing bracket after), and what is left becomes the link:
http(s)://... as it is, www.... or name.com/... with http://, name@host.tld with mailto:.
Web links get rel="nofollow". With autoescape on, everything else is escaped."""

import html
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe

_SEPARATORS = re.compile(r"""([\s<>"']+)""")
_WITH_SCHEME = re.compile(r"^https?://\[?\w", re.IGNORECASE)
_LETTERS = "a-z\u00a1-\uffff0-9"
_LABEL = f"[{_LETTERS}](?:[{_LETTERS}-]{{0,61}}[{_LETTERS}])?"  # one part of a host name
_BARE_SITE = re.compile(rf"^www\.|^(?!http){_LABEL}\.(com|edu|gov|int|mil|net|org)($|/.*)$", re.IGNORECASE)
_MAILBOX = re.compile(r"^[-!#$%&'*+/=?^_`{}|~0-9a-z]+(\.[-!#$%&'*+/=?^_`{}|~0-9a-z]+)*\Z", re.IGNORECASE)
_QUOTED_MAILBOX = re.compile(r'^"([\001-\010\013\014\016-\037!#-\[\]-\177]|\\[\001-\011\013\014\016-\177])*"\Z', re.IGNORECASE)
_MAIL_DOMAIN = re.compile(
    rf"^{_LABEL}(?:\.(?!-)[{_LETTERS}-]{{1,63}}(?<!-))*\.(?!-)(?:[a-z\u00a1-\uffff-]{{2,63}}|xn--[a-z0-9]{{1,59}})\Z",
    re.IGNORECASE,
)
_ADDRESS_LITERAL = re.compile(r"^\[([0-9.]+|IPv6:[0-9a-f:.]+)\]\Z", re.IGNORECASE)
_BRACKETS = (("(", ")"), ("[", "]"))
_AFTER = ".,:;!"
_URL_SAFE = "!$&'()*+,;=:/?#[]@~"


def _requoted(part):
    return quote(unquote(part), safe=_URL_SAFE)


def _link_target(url):
    """The address quoted as a browser wants it (host in punycode, the rest percent-encoded once)."""
    try:
        scheme, host, path, query, fragment = urlsplit(url)
    except ValueError:
        return _requoted(url)
    if query:
        query = urlencode([(unquote(key), unquote(value)) for key, value in parse_qsl(query, keep_blank_values=True)])
    return urlunsplit((scheme, _requoted(host), _requoted(path), query, _requoted(fragment)))


def _peeled(word):
    """(before, address, after): the word without the punctuation around it."""
    before, core, after = "", word, ""
    changed = True
    while changed:
        changed = False
        for opening, closing in _BRACKETS:
            if core.startswith(opening):
                before, core, changed = before + opening, core[1:], True
            if core.endswith(closing) and core.count(closing) == core.count(opening) + 1:
                core, after, changed = core[:-1], closing + after, True
        decoded = html.unescape(core)
        extra = len(decoded) - len(decoded.rstrip(_AFTER))
        if extra:
            core, after, changed = core[:-extra], core[-extra:] + after, True
    return before, core, after


def _is_email(text):
    """Whether `text` is an e-mail address (a mailbox, @, a host name with a top-level domain
    or an address in brackets)."""
    if "@" not in text or len(text) > 320:
        return False
    mailbox, domain = text.rsplit("@", 1)
    if not (_MAILBOX.match(mailbox) or _QUOTED_MAILBOX.match(mailbox)):
        return False
    return bool(_MAIL_DOMAIN.match(domain) or _ADDRESS_LITERAL.match(domain))


def _target(address):
    """(href, rel attribute) for an address, or None when it is no address."""
    if _WITH_SCHEME.match(address):
        return _link_target(html.unescape(address)), ' rel="nofollow"'
    if _BARE_SITE.match(address):
        return _link_target("http://" + html.unescape(address)), ' rel="nofollow"'
    if ":" not in address and _is_email(address):
        mailbox, domain = address.rsplit("@", 1)
        return "mailto:%s@%s" % (quote(mailbox, safe=""), quote(domain, safe="")), ""
    return None


def _shortened(text, limit):
    if limit is None or len(text) <= limit:
        return text
    return text[: max(0, limit - 1)] + "…"


def _word(word, limit, autoescape, safe_input):
    if any(mark in word for mark in ".@:"):
        before, address, after = _peeled(word)
        found = _target(address)
        if found:
            href, rel = found
            shown = _shortened(address, limit)
            if autoescape and not safe_input:
                before, after, shown = escape(before), escape(after), escape(shown)
            return '%s<a href="%s"%s>%s</a>%s' % (before, escape(href), rel, shown, after)
    if safe_input:
        return word
    return escape(word) if autoescape else word


def urlize(text, trim_url_limit=None, nofollow=False, autoescape=False):
    """`text` with its addresses made links (`trim_url_limit`: shown shortened to that many
    characters)."""
    safe_input = isinstance(text, SafeData)
    pieces = _SEPARATORS.split(str(text))
    out = []
    for index, piece in enumerate(pieces):
        if index % 2:  # a separator
            out.append(piece if safe_input or not autoescape else escape(piece))
        elif piece:
            out.append(_word(piece, trim_url_limit, autoescape, safe_input))
    return mark_safe("".join(out)) if safe_input or autoescape else "".join(out)
