"""Templates from folders: the engine's DIRS (or the folders given to the loader)."""

import os

from django.template.base import Origin
from django.template.exceptions import TemplateDoesNotExist

from .base import Loader as BaseLoader


def path_inside(folder, name):
    """The absolute path of `name` in `folder`, or None when it leads out of the folder
    ('../settings.py', an absolute path elsewhere): such names are never looked up."""
    root = os.path.abspath(folder)
    path = os.path.abspath(os.path.join(root, name))
    inside = path == root or path.startswith(os.path.join(root, "")) or os.path.dirname(root) == root
    return path if inside else None


class Loader(BaseLoader):
    def __init__(self, engine, dirs=None):
        super().__init__(engine)
        self.dirs = dirs  # None: the engine's

    def get_dirs(self):
        return self.engine.dirs if self.dirs is None else self.dirs

    def get_contents(self, origin):
        try:
            with open(origin.name, encoding=self.engine.file_charset) as source:
                return source.read()
        except FileNotFoundError as missing:
            raise TemplateDoesNotExist(origin) from missing

    def get_template_sources(self, template_name):
        paths = (path_inside(folder, template_name) for folder in self.get_dirs())
        for path in filter(None, paths):
            yield Origin(name=path, template_name=template_name, loader=self)
