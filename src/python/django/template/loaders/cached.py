"""The loader Django wraps around the others: each template is found once per engine, then
kept. So are misses: with debug off as the bare exception class (raised again without
`tried`), with debug on as the exception itself (raised again as a copy)."""

import itertools

from django.template.exceptions import TemplateDoesNotExist

from .base import Loader as BaseLoader


class Loader(BaseLoader):
    def __init__(self, engine, loaders):
        super().__init__(engine)
        vars(self).update(get_template_cache={}, loaders=engine.get_template_loaders(loaders))

    def get_dirs(self):
        return itertools.chain.from_iterable(loader.get_dirs() for loader in self.loaders if hasattr(loader, "get_dirs"))

    def get_contents(self, origin):
        return origin.loader.get_contents(origin)  # the loader that gave this origin reads it

    def get_template_sources(self, template_name):
        return itertools.chain.from_iterable(loader.get_template_sources(template_name) for loader in self.loaders)

    def cache_key(self, template_name, skip=None):
        """Templates found while skipping some origins of the same name are kept apart."""
        skipped = tuple(origin.template_name for origin in skip or () if origin.template_name == template_name)
        return (str(template_name), skipped)

    def get_template(self, template_name, skip=None):
        kept = self.get_template_cache.get(key := self.cache_key(template_name, skip))
        if kept is TemplateDoesNotExist:
            raise TemplateDoesNotExist(template_name)
        if isinstance(kept, TemplateDoesNotExist):
            raise _copy_of(kept)
        if kept is not None:
            return kept
        try:
            kept = super().get_template(template_name, skip)
        except TemplateDoesNotExist as missing:
            self.get_template_cache[key] = _copy_of(missing) if self.engine.debug else TemplateDoesNotExist
            raise  # this first time, with everything the loaders tried
        self.get_template_cache[key] = kept
        return kept

    def reset(self):
        self.get_template_cache.clear()


def _copy_of(exc):
    # A fresh exception each time: raising the kept one would grow its traceback.
    from django.template.backends.django import copy_exception

    return copy_exception(exc)
