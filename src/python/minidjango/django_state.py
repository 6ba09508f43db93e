"""Everything the mini Django remembers between two calls, forgotten before each project runs.

Django keeps state for the life of a process (the settings object, the app registry, URL
resolver caches, checks that apps register in ready()). A reader's project is a new process
each time: `django._process.new_process()` has every module that keeps such state forget it
(each registers how, beside that state).
"""

import django.core.checks  # noqa: F401  (Django's own checks are registered before any project runs)
from django._process import new_process


def reset():
    new_process()
