"""What decided a response, step by step: the trace the course's request panel shows.

Django has no such thing; this module is ours and nothing a reader writes imports it. The
handler and each middleware call `note()` where they decide something a reader should see
("SecurityMiddleware: 301 to https:// because SECURE_SSL_REDIRECT = True"), naming the setting
that decided it, so the engine can point at that setting's line in the reader's settings.py.
Outside `recording()` a note costs one comparison and is dropped.
"""

from contextlib import contextmanager

_steps = None


@contextmanager
def recording():
    """Collect the notes made inside the block; yields the list they are appended to."""
    global _steps
    outer, _steps = _steps, []
    try:
        yield _steps
    finally:
        _steps = outer


def note(actor, text, *, setting=None):
    """Record that `actor` (e.g. "SecurityMiddleware") did `text`, because of `setting` if given."""
    if _steps is not None:
        _steps.append({"actor": actor, "text": text, "setting": setting})
