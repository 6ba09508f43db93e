"""Sitemaps: a Sitemap lists a site's pages for search engines (django.contrib.sitemaps.views
renders one sitemap.xml, or an index of several).

There are no querysets here: items() returns whatever the project gives it, a page's URL is
location(item) (item.get_absolute_url() by default), and lastmod, changefreq and priority are
attributes or methods of the item. Sitemaps of translated pages (i18n) are not modelled.
"""

from django.core.exceptions import ImproperlyConfigured


class SitemapPageError(Exception):
    """A page of a sitemap that does not exist (the view answers 404)."""


class _Pages:
    """The items cut into pages of `limit` (page 1 exists even when there are no items)."""

    def __init__(self, items, limit):
        every_item = list(items)
        self.pages = [every_item[start : start + limit] for start in range(0, len(every_item), limit)] or [[]]
        self.num_pages = len(self.pages)

    def page(self, number):
        """The items of page `number` (1 is the first; "2" counts as 2, as in a query string)."""
        whole = _whole_number(number)
        if whole is None:
            raise SitemapPageError("not an integer")
        if not 1 <= whole <= self.num_pages:
            raise SitemapPageError("empty")
        return self.pages[whole - 1]


def _whole_number(value):
    if isinstance(value, float) and not value.is_integer():
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class Sitemap:
    # The most URLs in one page of a sitemap (what the protocol allows).
    limit = 50000
    # "http" or "https" for the URLs; None: the request's (https when there is none).
    protocol = None
    # Sitemaps of translated pages: not modelled, the attributes are Django's.
    i18n = alternates = x_default = False
    languages = None  # all of settings.LANGUAGES

    def _get(self, name, item, default=None):
        """Attribute `name` for `item`: called with the item when it is a method."""
        attribute = getattr(self, name, default)
        return attribute(item) if callable(attribute) else attribute

    @property
    def paginator(self):
        return _Pages(self.items(), self.limit)

    def items(self):
        return []

    def location(self, item):
        return item.get_absolute_url()

    def get_protocol(self, protocol=None):
        return self.protocol or protocol or "https"

    def get_domain(self, site=None):
        """The site's domain. (With the sites framework, Django reads the current Site from the
        database when no site is given; there is none here.)"""
        if site is not None:
            return site.domain
        raise ImproperlyConfigured("To use sitemaps, either enable the sites framework or pass a Site/RequestSite "
                                   "object in your view.")

    def get_urls(self, page=1, site=None, protocol=None):
        """One dict per item of the page: item, location, lastmod, changefreq, priority."""
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        urls = [
            {
                "item": item,
                "location": base + self._get("location", item),
                "lastmod": self._get("lastmod", item),
                "changefreq": self._get("changefreq", item),
                "priority": _shown_priority(self._get("priority", item)),
                "alternates": [],
            }
            for item in self.paginator.page(page)
        ]
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:  # the page's latest, when every item has one
            self.latest_lastmod = max(dates)
        return urls

    def get_latest_lastmod(self):
        """The latest lastmod of all items (a lastmod attribute's value), or None."""
        lastmod = getattr(self, "lastmod", None)
        if not callable(lastmod):
            return lastmod
        try:
            return max(map(lastmod, self.items()), default=None)
        except TypeError:  # some items have none
            return None


def _shown_priority(priority):
    return "" if priority is None else str(priority)


class GenericSitemap(Sitemap):
    """A sitemap of `info_dict["queryset"]` (here any iterable of items), dated by its
    `date_field` when given."""

    priority = changefreq = None

    def __init__(self, info_dict, priority=None, changefreq=None, protocol=None):
        # A subclass's own priority, changefreq and protocol win over the arguments.
        vars(self).update(
            queryset=info_dict["queryset"],
            date_field=info_dict.get("date_field"),
            priority=type(self).priority or priority,
            changefreq=type(self).changefreq or changefreq,
            protocol=type(self).protocol or protocol,
        )

    def items(self):
        return list(self.queryset)

    def lastmod(self, item):
        return None if self.date_field is None else getattr(item, self.date_field)

    def get_latest_lastmod(self):
        dated = [] if self.date_field is None else [getattr(item, self.date_field) for item in self.queryset]
        return max((date for date in dated if date is not None), default=None)
