"""What a system check reports: a level, a text, an optional hint, the object concerned, an id.

Messages read exactly as Django's (`str()`, `repr()`, equality). Ours also know where they
are, for the editor: `setting` (the setting the message is about), `index` (an entry of a list
or tuple setting), `key` (a dict key, or a tuple of keys into nested dicts) and `source` (for
what is defined in code: an object with `filename` and `lineno`, optionally `span()`). None of
these is part of the text, nor of equality. A check module declares them once, on its message
constants, and adds the entry it found with `.about(index=...)`:

    W004 = Warning("...", id="security.W004", setting="SECURE_HSTS_SECONDS")
    ...
    return [W004]                      # about SECURE_HSTS_SECONDS
    return [E003.about(index=2)]       # about STATICFILES_DIRS[2]
"""

DEBUG = 10
INFO = 20
WARNING = 30
ERROR = 40
CRITICAL = 50

#: The name a level is shown with (the engine's answers, the conformance corpus).
LEVEL_NAMES = {DEBUG: "DEBUG", INFO: "INFO", WARNING: "WARNING", ERROR: "ERROR", CRITICAL: "CRITICAL"}

#: What equality compares (and repr shows), as in Django: never the location.
_IDENTITY = ("level", "msg", "hint", "obj", "id")
_WHERE = ("setting", "index", "key", "source")


class CheckMessage:
    def __init__(self, level, msg, hint=None, obj=None, id=None, *, setting=None, index=None, key=None, source=None):
        self.level, self.msg, self.hint, self.obj, self.id = _level(level), msg, hint, obj, id
        self.setting, self.index, self.key, self.source = setting, index, key, source

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return False
        return all(getattr(self, name) == getattr(other, name) for name in _IDENTITY)

    def __str__(self):
        shown_id = f"({self.id}) " if self.id else ""
        shown_hint = f"\n\tHINT: {self.hint}" if self.hint else ""
        return f"{_label(self.obj)}: {shown_id}{self.msg}{shown_hint}"

    def __repr__(self):
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _IDENTITY)
        return f"<{type(self).__name__}: {fields}>"

    def is_serious(self, level=ERROR):
        return level <= self.level

    def is_silenced(self):
        from django.conf import settings

        silenced = settings.SILENCED_SYSTEM_CHECKS
        return self.id in silenced

    def replace(self, **changes):
        """A copy with some attributes changed (`msg=`, `hint=`, `setting=`, ...), same class."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy.__dict__.update(changes)
        return copy

    def about(self, setting=None, *, index=None, key=None, source=None):
        """A copy that says more precisely where it is; what is not given is kept."""
        given = zip(_WHERE, (setting, index, key, source))
        return self.replace(**{name: value for name, value in given if value is not None})


def _level(level):
    if isinstance(level, int):
        return level
    raise TypeError("The first argument should be level.")


def _label(obj):
    """How a message names its object: '?' for none, a model class by its label (as Django
    does for ModelBase, whose str() is not the label), anything else by str()."""
    if obj is None:
        return "?"
    if isinstance(obj, type):
        label = getattr(getattr(obj, "_meta", None), "label", None)
        if isinstance(label, str):
            return label
    return str(obj)


class _AtLevel(CheckMessage):
    """A message class of a fixed level: its constructor takes everything but the level."""

    fixed_level = None

    def __init__(self, *args, **kwargs):
        super().__init__(self.fixed_level, *args, **kwargs)


class Debug(_AtLevel):
    fixed_level = DEBUG


class Info(_AtLevel):
    fixed_level = INFO


class Warning(_AtLevel):
    fixed_level = WARNING


class Error(_AtLevel):
    fixed_level = ERROR


class Critical(_AtLevel):
    fixed_level = CRITICAL
