"""The default CSRF_FAILURE_VIEW (django.views.csrf.csrf_failure): the 403 a request refused by
CsrfViewMiddleware gets.

A project's own "403_csrf.html" template is used if the template engines find one (rendered
with the request only). Otherwise the page is Django's, text for text: the summary, the
paragraphs about a missing Referer or a missing cookie when that is the reason, and, with
DEBUG, a help section naming the reason; without DEBUG, only "More information is available
with DEBUG=True."
"""

import django
from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.html import escape
from django.utils.translation import gettext as _

CSRF_FAILURE_TEMPLATE_NAME = "403_csrf.html"

_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>403 Forbidden</title>
  <style>
    html * { padding:0; margin:0; }
    body * { padding:10px 20px; }
    body * * { padding:0; }
    body { font-family: sans-serif; background:#eee; color:#000; }
    body>div { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; margin-bottom:.4em; }
    h1 span { font-size:60%; color:#666; font-weight:normal; }
    #info { background:#f6f6f6; }
    #info ul { margin: 0.5em 4em; }
    #info p, #summary p { padding-top:10px; }
    #summary { background: #ffc; }
    #explanation { background:#eee; border-bottom: 0px none; }
  </style>
</head>
<body>
"""

# The help section DEBUG shows; {reason} is the "Reason given" block (or nothing), {docs} the
# documentation's version in its links.
_HELP = """<div id="info">
  <h2>Help</h2>
    {reason}

  <p>In general, this can occur when there is a genuine Cross Site Request Forgery, or when
  <a
  href="https://docs.djangoproject.com/en/{docs}/ref/csrf/">Django’s
  CSRF mechanism</a> has not been used correctly.  For POST forms, you need to
  ensure:</p>

  <ul>
    <li>Your browser is accepting cookies.</li>

    <li>The view function passes a <code>request</code> to the template’s <a
    href="https://docs.djangoproject.com/en/{docs}/topics/templates/#django.template.backends.base.Template.render"><code>render</code></a>
    method.</li>

    <li>In the template, there is a <code>{{% csrf_token
    %}}</code> template tag inside each POST form that
    targets an internal URL.</li>

    <li>If you are not using <code>CsrfViewMiddleware</code>, then you must use
    <code>csrf_protect</code> on any views that use the <code>csrf_token</code>
    template tag, as well as those that accept the POST data.</li>

    <li>The form has a valid CSRF token. After logging in in another browser
    tab or hitting the back button after a login, you may need to reload the
    page with the form, because the token is rotated after a login.</li>
  </ul>

  <p>You’re seeing the help section of this page because you have <code>DEBUG =
  True</code> in your Django settings file. Change that to <code>False</code>,
  and only the initial error message will be displayed.  </p>

  <p>You can customize this page using the CSRF_FAILURE_VIEW setting.</p>
</div>
"""

_GIVEN_REASON = """
    <p>Reason given for failure:</p>
    <pre>
    {}
    </pre>
    """


def _why_no_referer():
    return (
        _("You are seeing this message because this HTTPS site requires a “Referer header” to be sent by your web browser, but none was sent. This header is required for security reasons, to ensure that your browser is not being hijacked by third parties."),  # noqa: E501
        _("If you have configured your browser to disable “Referer” headers, please re-enable them, at least for this site, or for HTTPS connections, or for “same-origin” requests."),  # noqa: E501
        _("If you are using the <meta name=\"referrer\" content=\"no-referrer\"> tag or including the “Referrer-Policy: no-referrer” header, please remove them. The CSRF protection requires the “Referer” header to do strict referer checking. If you’re concerned about privacy, use alternatives like <a rel=\"noreferrer\" …> for links to third-party sites."),  # noqa: E501
    )


def _why_no_cookie():
    return (
        _("You are seeing this message because this site requires a CSRF cookie when submitting forms. This cookie is required for security reasons, to ensure that your browser is not being hijacked by third parties."),  # noqa: E501
        _("If you have configured your browser to disable cookies, please re-enable them, at least for this site, or for “same-origin” requests."),  # noqa: E501
    )


def _docs_version():
    """The documentation's version in links: 'dev' for a version not final, else 'X.Y'."""
    major, minor, _micro, release, _serial = django.VERSION
    return "%d.%d" % (major, minor) if release == "final" else "dev"


def _paragraphs(texts):
    return "".join(f"  <p>{escape(text)}</p>\n" for text in texts)


def _builtin_page(reason):
    from django.middleware.csrf import REASON_NO_CSRF_COOKIE, REASON_NO_REFERER

    # Each explanation, when given, is a blank line and its paragraphs, as the template's
    # {% if %} blocks leave them.
    no_referer = "\n" + _paragraphs(_why_no_referer()) if reason == REASON_NO_REFERER else ""
    no_cookie = "\n" + _paragraphs(_why_no_cookie()) if reason == REASON_NO_CSRF_COOKIE else ""
    summary = (
        '<div id="summary">\n'
        f"  <h1>{escape(_('Forbidden'))} <span>(403)</span></h1>\n"
        f"  <p>{escape(_('CSRF verification failed. Request aborted.'))}</p>\n"
        f"{no_referer}\n{no_cookie}\n</div>\n"
    )
    if settings.DEBUG:
        given = _GIVEN_REASON.format(escape(reason)) if reason else ""
        details = _HELP.format(reason=given, docs=_docs_version())
    else:
        more = escape(_("More information is available with DEBUG=True."))
        details = f'<div id="explanation">\n  <p><small>{more}</small></p>\n</div>\n'
    return f"{_HEAD}{summary}\n{details}\n</body>\n</html>\n"


def csrf_failure(request, reason="", template_name=CSRF_FAILURE_TEMPLATE_NAME):
    """Default view used when request fails CSRF protection"""
    from django.template import TemplateDoesNotExist, loader

    try:
        body = loader.get_template(template_name).render(request=request)
    except TemplateDoesNotExist:
        if template_name != CSRF_FAILURE_TEMPLATE_NAME:
            raise  # a template the project named must exist
        body = _builtin_page(reason)
    return HttpResponseForbidden(body)
