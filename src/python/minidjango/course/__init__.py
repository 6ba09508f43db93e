"""Course checks: what a deployment chapter teaches and Django's checks cannot see.

They run after Django's checks, only when the settings imported, and speak like Django's checks
(a message with an id, a level, msg and hint) in their own id family, `course.*`, never one of
Django's ids. Each message also carries `why` (a sentence or two on what goes wrong in
production) and `chapter` (the slug of the chapter that teaches the fix).

Some look at the values Django saw (ALLOWED_HOSTS contains '*'); others at the source, because
what matters is what is written in the file (a secret written as a literal is in Git even when
the environment overrides it). See registry.py for how a check is written.
"""

from minidjango.course import deployment, nginx_proxy, proxy, secrets, static  # noqa: F401  (they register their checks)
from minidjango.course.registry import run_checks  # noqa: F401
