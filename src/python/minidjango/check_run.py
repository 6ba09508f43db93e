"""The check command's answer for a project: Django's messages, then the course's, each
presented with its place in the reader's files."""

from minidjango import course, errors, isolation, limits, manage
from minidjango.findings import level_name, present
from minidjango.settings_source import SettingsSource


def run_check(project, request):
    """The answer for a project already laid out (inside `with project`).

    `request`: settings_module, deploy (default true), course (default true: add the course's
    own checks, course.*), behind_proxy (whether the site runs behind a TLS-terminating proxy).
    """
    settings_module = request["settings_module"]
    deploy = bool(request.get("deploy", True))
    try:
        messages = manage.check(settings_module, deploy)
    except BaseException as exc:  # the reader's code may raise anything, SystemExit included
        isolation.end()
        return {"error": errors.describe(exc, project, settings_module), "messages": []}
    # The reader's code has run: put back what it changed (builtins, sys.modules...) before the
    # engine's own code runs; Django's state (the settings, the files) stays for the rest.
    isolation.end()
    if request.get("course", True):
        messages += course.run_checks(
            project, settings_module, messages, deploy=deploy, behind_proxy=request.get("behind_proxy")
        )
    source = SettingsSource(project, settings_module)
    shown, left_out = limits.first_messages(messages)
    return {"error": None, "messages": [present(message, source) for message in shown] + limits.left_out(left_out, level_name)}
