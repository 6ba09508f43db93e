"""What a reader's code may change in the interpreter, put back after every run.

The reader's settings run in the same interpreter as the engine, so `del os.environ`,
`builtins.print = None` or `sys.path.clear()` would break every later run. Before a run we
note the namespace of each module already loaded (the standard library, the mini Django, the
engine) and the interpreter-wide lists; afterwards whatever changed is put back.

Once the engine has started, the interpreter's own bridge to JavaScript (`js`, `pyodide`,
`pyodide_js`, ...) is gone for good (`seal()`): not in sys.modules, nor in the baseline, nor in
sys.meta_path, and during a run it cannot be imported again, as on CPython, where a real Django
runs. This keeps honest code honest and the engine working; it is not a security boundary (that
is the worker or the process the interpreter runs in, whose JavaScript is locked down with nothing
of the page in reach: src/engine/lockdown.ts).
"""

import builtins
import gc
import signal
import sys
from itertools import chain
from operator import is_

# Builtins as they are now, for putting builtins back: a run may have replaced the builtins
# themselves (len, all, map...), and this module must not use the replacements.
_all, _len, _list, _map = all, len, list, map

#: sys.path as it was when the engine started, without the project folder.
BASE_SYS_PATH = [p for p in sys.path if p]

_RECURSION_LIMIT = sys.getrecursionlimit()
_HIDDEN_TOP_LEVEL = ("js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip")
_SYS_LISTS = ("path", "meta_path", "path_hooks")
_ModuleType = type(sys)

#: Modules a reader's settings reach for most, whose namespaces are always compared item by item.
_ALWAYS_COMPARED = ("sys", "os", "posixpath", "pathlib", "importlib", "io", "json", "re")
#: The engine's own packages: every namespace in them is checked after each run, value by value,
#: however deep (`import django.conf; django.conf.settings = None` would break every later run).
_ENGINE_PACKAGES = frozenset(("django", "minidjango", "dotenv", "environ", "whitenoise"))
#: Engine modules whose values change with every run by design: this one (_active), and Django's
#: defaults, which django.conf gives fresh containers for each project (its _restore_defaults).
_PUT_BACK_ELSEWHERE = frozenset((__name__, "django.conf.global_settings"))


class _Baseline:
    """The interpreter as a run must find it: every module and its namespace, the sys lists,
    the builtins. Noted once, then kept: each run ends by putting the interpreter back to it,
    and modules a run imported for good (the standard library) join it."""

    def __init__(self):
        self.modules = {}
        self.namespaces = {}  # name -> (the module's namespace, a copy of it)
        self.hidden = set()  # the bridge modules loaded: hidden during a run, put back after
        self._module_names = self._sizes = self._engine = None
        self.adopt(sys.modules)
        self.sys_lists = {name: list(getattr(sys, name)) for name in _SYS_LISTS}
        self.builtins = dict(builtins.__dict__)
        self.builtin_values = list(self.builtins.values())

    def unchanged_modules(self):
        """Whether sys.modules still holds every module of the baseline (checked in C, by identity)."""
        if self._module_names is None:
            self._module_names = list(self.modules)
            self._module_list = list(self.modules.values())
        return all(map(is_, map(sys.modules.get, self._module_names), self._module_list))

    def resized_namespaces(self):
        """The names of the modules whose namespace has grown or shrunk."""
        if self._sizes is None:
            self._names = list(self.namespaces)
            self._dicts = [current for current, saved in self.namespaces.values()]
            self._sizes = [len(saved) for current, saved in self.namespaces.values()]
        sizes = list(map(len, self._dicts))
        if sizes == self._sizes:
            return []
        return [name for name, now, then in zip(self._names, sizes, self._sizes) if now != then]

    def changed_engine_namespaces(self):
        """The names of the engine's modules whose namespace holds another value than it did
        (or another number of them). One pass in C over all of them; module by module only
        when that pass finds a difference."""
        if self._engine is None:
            names = [name for name in self.namespaces
                     if name.partition(".")[0] in _ENGINE_PACKAGES and name not in _PUT_BACK_ELSEWHERE]
            dicts = [self.namespaces[name][0] for name in names]
            values = [_list(self.namespaces[name][1].values()) for name in names]
            self._engine = (names, dicts, values, [value for group in values for value in group])
        names, dicts, values, flat = self._engine
        if _all(_map(is_, chain.from_iterable(_map(dict.values, dicts)), flat)) and _len(flat) == sum(_map(_len, dicts)):
            return []
        return [name for name, current, then in zip(names, dicts, values)
                if _len(current) != _len(then) or not _all(_map(is_, current.values(), then))]

    def adopt(self, names):
        for name in names:
            module = sys.modules.get(name)
            if module is None or _is_readers(module):
                continue
            self._module_names = self._sizes = self._engine = None  # the fast views above are rebuilt when next used
            self.modules[name] = module
            if name.partition(".")[0] in _HIDDEN_TOP_LEVEL:
                self.hidden.add(name)
            elif isinstance(getattr(module, "__dict__", None), dict):
                self.namespaces[name] = (module.__dict__, dict(module.__dict__))


    def forget(self, names):
        for name in names:
            if self.modules.pop(name, None) is not None:
                self._module_names = self._sizes = self._engine = None
            self.namespaces.pop(name, None)
            self.hidden.discard(name)


_baseline = None
_active = False
_READERS_FOLDERS = []


class _HideInterpreterBridge:
    """A meta path finder that makes Pyodide's JavaScript bridge modules look absent."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] in _HIDDEN_TOP_LEVEL:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def seal():
    """Forget Pyodide's bridge to JavaScript for good, once the worker needs nothing more of it:
    its modules leave sys.modules and the baseline (which would put them back after each run),
    its import hooks leave sys.meta_path. Nothing the engine keeps then leads to a JsProxy."""
    bridge = [name for name in sys.modules if name.partition(".")[0] in _HIDDEN_TOP_LEVEL]
    for name in bridge:
        del sys.modules[name]
    sys.meta_path[:] = [finder for finder in sys.meta_path if not _from_bridge(finder)]
    sys.path_hooks[:] = [hook for hook in sys.path_hooks if not _from_bridge(hook)]
    sys.path_importer_cache.clear()
    if _baseline is not None:
        for name in bridge:
            _baseline.modules.pop(name, None)
            _baseline.namespaces.pop(name, None)
        _baseline.hidden.clear()
        _baseline.sys_lists = {name: list(getattr(sys, name)) for name in _SYS_LISTS}
        _baseline.adopt(["sys"])


def _from_bridge(hook):
    module = getattr(hook if isinstance(hook, type) else type(hook), "__module__", "") or ""
    return module.partition(".")[0] in _HIDDEN_TOP_LEVEL


def begin():
    global _baseline, _active
    if _baseline is None:
        _baseline = _Baseline()
    else:
        settle()
        # Between runs the engine itself may have added to a module (a cache created on first
        # use): that is the state to keep, so note it again.
        _baseline.adopt(_baseline.resized_namespaces())
        if len(sys.modules) != len(_baseline.modules):
            _baseline.adopt([name for name in sys.modules if name not in _baseline.modules])
    _active = True
    for name in _baseline.hidden:
        sys.modules.pop(name, None)
    sys.meta_path.insert(0, _HideInterpreterBridge)


def end():
    """Put back every module namespace, sys list and builtin the run changed (once per run).

    Comparing every namespace item by item would cost more than the check itself, so each
    namespace's size is compared (what a run added or deleted), and item by item only the
    namespaces a run is likely to change: the modules the reader's code holds (`import os`
    puts os in its namespace) and a few it reaches for most. The engine's own namespaces are
    compared value by value too, but later: by settle().
    """
    global _active, _unsettled
    if not _active:
        return
    _active = False
    _unsettled = True
    base = _baseline
    # Builtins first, with nothing but dict methods: the reader may have replaced len or
    # isinstance, which the rest of this function (and the engine after it) relies on.
    # Filled in place: this module's own namespace is put back below, like every other.
    if _len(_BUILTINS_DICT) == _len(base.builtins) and _all(_map(is_, _list(_BUILTINS_DICT.values()), base.builtin_values)):
        changed_builtins.clear()
    else:
        changed_builtins[:] = [name for name in base.builtins if _BUILTINS_DICT.get(name, _MISSING) is not base.builtins[name]]
        _BUILTINS_DICT.update(base.builtins)
        for name in [name for name in _BUILTINS_DICT if name not in base.builtins]:
            del _BUILTINS_DICT[name]
    for name in base.hidden:  # hidden for the run: back now
        sys.modules[name] = base.modules[name]
    damaged = False
    if not base.unchanged_modules():
        for name, module in base.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
                damaged = damaged or name not in base.hidden
    new = list(sys.modules.keys() - base.modules.keys())
    if damaged:
        # sys.modules was cleared or rewritten: what was imported after that may be second
        # copies of engine modules (a second django.conf with its own settings); forget them.
        for name in new:
            del sys.modules[name]
        new = []
    compared = set(_ALWAYS_COMPARED)
    for name in new:
        namespace = getattr(sys.modules[name], "__dict__", None)
        if isinstance(namespace, dict):
            # type(), not isinstance(): a lazy object (django.conf.settings) would set itself up for __class__
            compared.update(value.__name__ for value in list(namespace.values()) if issubclass(type(value), _ModuleType))
    for name in compared.union(base.resized_namespaces()):
        current, saved = base.namespaces.get(name, (None, None))
        if current is not None:
            _restore_dict(current, saved)
    _reattach_new_submodules(base, new)
    for name, saved in base.sys_lists.items():
        current = sys.__dict__.get(name)
        if not isinstance(current, list):
            setattr(sys, name, list(saved))
        elif not _same_items(current, saved):
            current[:] = saved
    sys.setrecursionlimit(_RECURSION_LIMIT)
    sys.settrace(None)
    sys.setprofile(None)
    # The time limit reaches the reader's code as SIGINT: a run that ignored it
    # (signal.signal(SIGINT, SIG_IGN)) must not leave the next one unstoppable.
    if signal.getsignal(signal.SIGINT) is not _SIGINT_HANDLER:
        signal.signal(signal.SIGINT, _SIGINT_HANDLER)
    if _collector:
        _restore_collector()


def settle():
    """The last of putting back after a run: every value of the engine's own namespaces that the
    run replaced (`import django.conf; django.conf.settings = None`). A millisecond's walk over
    thousands of values, so the worker does it once the answer is sent, while the reader reads
    it; the next run begins with it in any case."""
    global _unsettled
    if not _unsettled or _active:
        return
    for name in _baseline.changed_engine_namespaces():
        current, saved = _baseline.namespaces[name]
        _restore_dict(current, saved)
    _unsettled = False  # only now: a time limit landing half-way leaves it for the next run


_unsettled = False


#: The cycle collector as the worker set it up (api.seal), noted by keep_collector(): a run that
#: disables it or changes its thresholds would slow every later call. (Whether start-up's objects
#: are still frozen is not asked: gc.get_freeze_count() walks all of them, half a millisecond.)
_collector = {}
_gc_enable, _gc_isenabled = gc.enable, gc.isenabled
_gc_threshold, _gc_set_threshold = gc.get_threshold, gc.set_threshold


def keep_collector():
    """Every run ends with the cycle collector set up as it is now."""
    _collector["threshold"] = _gc_threshold()


def _restore_collector():
    if not _gc_isenabled():
        _gc_enable()
    if _gc_threshold() != _collector["threshold"]:
        _gc_set_threshold(*_collector["threshold"])


def readers_folder(folder):
    """Modules loaded from `folder` (the project) are the reader's: never part of the baseline,
    or every later run would find this project's modules put back in sys.modules, whatever its
    own files say."""
    _READERS_FOLDERS.append(folder.rstrip("/") + "/")


def _is_readers(module):
    file = getattr(module, "__file__", None)
    return isinstance(file, str) and file.startswith(tuple(_READERS_FOLDERS))


def forget(names):
    """Modules that left sys.modules for good (a project's installed packages): out of the
    baseline too, or the next run would put them back."""
    if _baseline is not None:
        _baseline.forget(names)


def adopt_new_modules(names):
    """Modules a run imported that stay loaded (not the project's): part of the baseline from now on."""
    if _baseline is not None:
        _baseline.adopt([name for name in names if name in sys.modules])


def _reattach_new_submodules(base, new):
    """A submodule first imported during the run (logging.handlers, for a LOGGING setting)
    stays in sys.modules, but restoring its parent package's namespace removed the attribute
    the import set on it; a later `import logging.handlers` would then find the module without
    setting it again, and `logging.handlers` would be an AttributeError."""
    for name in new:
        module = sys.modules.get(name)
        parent_name, _, child = name.rpartition(".")
        namespace, saved = base.namespaces.get(parent_name, (None, None))
        if module is not None and namespace is not None and child not in namespace:
            namespace[child] = saved[child] = module
            base._engine = None  # its saved values changed


def _restore_dict(current, saved):
    # By identity, keys and values: `==` would call the __eq__ of what the run put there, which
    # may say "equal" to anything.
    if _same_items(current.keys(), saved.keys()) and _same_items(current.values(), saved.values()):
        return
    current.clear()
    current.update(saved)


def _same_items(current, saved):
    return _len(current) == _len(saved) and _all(_map(is_, current, saved))


_MISSING = object()
_BUILTINS_DICT = builtins.__dict__
_SIGINT_HANDLER = signal.default_int_handler

#: The builtins the last run replaced or deleted (for the explanation of what failed next).
changed_builtins = []
