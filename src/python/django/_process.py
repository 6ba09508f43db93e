"""What the mini Django remembers for the life of a process, and how each piece is forgotten.

Real Django keeps state as long as its process lives: the settings object, the app registry,
the URL resolvers it built, the checks apps register in ready(). Our engine runs a reader's
project as a fresh process would run it, many times in one interpreter, so every module that
keeps such state registers, when it is imported, the function that forgets it:

    @forgotten_by_new_process
    def _forget_resolvers():
        _resolvers.clear()

`new_process()` calls them all, in the order the modules were imported. Only imported modules
have registered, so a run pays nothing for the parts of Django it never touched. This module is
ours (Django has no such thing); nothing a reader writes imports it.
"""

_forgetters = []


def forgotten_by_new_process(forget):
    """Register `forget` (no arguments) to run before each new project; returns it unchanged."""
    _forgetters.append(forget)
    return forget


def new_process():
    """Forget everything every loaded module remembers, as if Django had just been imported."""
    for forget in list(_forgetters):
        forget()
