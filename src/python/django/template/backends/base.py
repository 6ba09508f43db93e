"""What every template backend has: the NAME, DIRS and APP_DIRS of its TEMPLATES entry (its
OPTIONS are its own), and the folders it looks for templates in."""

from django.core.exceptions import ImproperlyConfigured
from django.template.loaders.filesystem import path_inside
from django.utils.functional import cached_property

_COMMON_KEYS = ("NAME", "DIRS", "APP_DIRS")


def split_options(params):
    """(the entry without OPTIONS, a copy of OPTIONS): what a backend's __init__ starts with."""
    entry = dict(params)
    return entry, entry.pop("OPTIONS").copy()


class BaseEngine:
    def __init__(self, params):
        """`params`: the entry without BACKEND and OPTIONS; any key but NAME, DIRS and
        APP_DIRS is refused."""
        self.name, dirs, self.app_dirs = (params[key] for key in ("NAME", "DIRS", "APP_DIRS"))
        self.dirs = list(dirs)
        unknown = [key for key in params if key not in _COMMON_KEYS]
        if unknown:
            raise ImproperlyConfigured("Unknown parameters: {}".format(", ".join(unknown)))

    def check(self, **kwargs):
        return []

    @property
    def app_dirname(self):
        """The folder of each installed app searched with APP_DIRS ("templates", "jinja2"...)."""
        raise ImproperlyConfigured("{} doesn't support loading templates from installed applications."
                                   .format(type(self).__name__))

    def from_string(self, template_code):
        raise NotImplementedError("subclasses of BaseEngine should provide a from_string() method")

    def get_template(self, template_name):
        raise NotImplementedError("subclasses of BaseEngine should provide a get_template() method")

    @cached_property
    def template_dirs(self):
        """DIRS, then (with APP_DIRS) each installed app's `app_dirname` folder that exists."""
        from django.template.utils import get_app_template_dirs

        in_apps = get_app_template_dirs(self.app_dirname) if self.app_dirs else ()
        return (*self.dirs, *in_apps)

    def iter_template_filenames(self, template_name):
        """The paths `template_name` may have, one per template folder (none that would lead
        out of its folder)."""
        return filter(None, (path_inside(folder, template_name) for folder in self.template_dirs))
