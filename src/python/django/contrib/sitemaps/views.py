"""The sitemap views: `index` lists the sections' sitemaps, `sitemap` renders one sitemap.xml.

    path("sitemap.xml", sitemap, {"sitemaps": sitemaps},
         name="django.contrib.sitemaps.views.sitemap")

The XML is what Django's sitemap.xml and sitemap_index.xml templates give. Both views tell
search engines not to index the sitemap itself (X-Robots-Tag), and send Last-Modified when
every sitemap knows its latest change.
"""

from dataclasses import dataclass
from html import escape

from django.contrib.sitemaps import SitemapPageError
from django.contrib.sites.shortcuts import get_current_site
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.decorators import _wrap_view


@dataclass
class SitemapIndexItem:
    location: str
    last_mod: object = None


def x_robots_tag(func):
    """A sitemap view whose responses tell search engines not to index the sitemap itself."""
    return _wrap_view(func, after=_not_for_robots)


def _not_for_robots(response):
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def _get_latest_lastmod(current_lastmod, new_lastmod):
    """The later of the two, `new_lastmod` made an aware datetime (a date: its midnight;
    naive: in UTC)."""
    from datetime import UTC, datetime, time

    if not isinstance(new_lastmod, datetime):
        new_lastmod = datetime.combine(new_lastmod, time.min)
    if new_lastmod.utcoffset() is None:
        new_lastmod = new_lastmod.replace(tzinfo=UTC)
    if current_lastmod is None:
        return new_lastmod
    return max(current_lastmod, new_lastmod)


def _headers(lastmod):
    from email.utils import formatdate

    return {"Last-Modified": formatdate(lastmod.timestamp(), usegmt=True)} if lastmod else None


def _built(site):
    return site() if callable(site) else site


@x_robots_tag
def index(request, sitemaps, template_name="sitemap_index.xml", content_type="application/xml",
          sitemap_url_name="django.contrib.sitemaps.views.sitemap"):
    domain = get_current_site(request).domain
    entries, latest, every_one_dated = [], None, True
    for section, listed in sitemaps.items():
        site = _built(listed)
        url = f"{request.scheme if site.protocol is None else site.protocol}://{domain}"
        url += reverse(sitemap_url_name, kwargs={"section": section})
        lastmod = site.get_latest_lastmod()
        every_one_dated = every_one_dated and lastmod is not None
        if every_one_dated:
            latest = _get_latest_lastmod(latest, lastmod)
        entries.append(SitemapIndexItem(url, lastmod))
        entries += [SitemapIndexItem(f"{url}?p={page}", lastmod) for page in range(2, site.paginator.num_pages + 1)]
    body = "".join(
        f"<sitemap><loc>{escape(e.location)}</loc>{_dated('lastmod', e.last_mod, iso=True)}</sitemap>" for e in entries
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{_NS}">\n{body}\n</sitemapindex>\n'
    return HttpResponse(xml, content_type=content_type, headers=_headers(latest) if every_one_dated else None)


@x_robots_tag
def sitemap(request, sitemaps, section=None, template_name="sitemap.xml", content_type="application/xml"):
    if section is not None and section not in sitemaps:
        raise Http404("No sitemap available for section: %r" % section)
    chosen = [sitemaps[section]] if section is not None else sitemaps.values()
    page = request.GET.get("p", 1)  # a string from the query string, or 1
    site_of_request = get_current_site(request)
    urls, latest, every_one_dated = [], None, True
    for site in chosen:
        try:
            site = _built(site)
            urls += site.get_urls(page=page, site=site_of_request, protocol=request.scheme)
        except SitemapPageError as error:
            raise Http404(("No page '%s'" if str(error) == "not an integer" else "Page %s empty") % page)
        lastmod = getattr(site, "latest_lastmod", None)
        every_one_dated = every_one_dated and lastmod is not None
        if every_one_dated:
            latest = _get_latest_lastmod(latest, lastmod)
    body = "".join(f"<url>{_url_entry(url)}</url>" for url in urls)
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{_NS}" xmlns:xhtml="{_XHTML}">\n{body}\n</urlset>\n'
    return HttpResponse(xml, content_type=content_type, headers=_headers(latest) if every_one_dated else None)


_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_XHTML = "http://www.w3.org/1999/xhtml"


def _dated(tag, value, iso=False):
    if not value:
        return ""
    shown = value.isoformat() if iso else value.strftime("%Y-%m-%d")
    return f"<{tag}>{shown}</{tag}>"


def _url_entry(url):
    parts = [f"<loc>{escape(url['location'])}</loc>", _dated("lastmod", url["lastmod"])]
    parts += [f"<{tag}>{escape(str(url[tag]))}</{tag}>" for tag in ("changefreq", "priority") if url[tag]]
    parts += [
        f'<xhtml:link rel="alternate" hreflang="{escape(a["lang_code"])}" href="{escape(a["location"])}"/>'
        for a in url["alternates"]
    ]
    return "".join(parts)  # spaceless, as the template renders it
