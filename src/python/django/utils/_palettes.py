"""django.utils.termcolors' palettes.

Written by tools/oracle/generators/gaps_django_data.py from Django 6.1: do not edit."""

#: The palettes, in Django's order; the default one.
PALETTE_NAMES = ('nocolor', 'dark', 'light')
DEFAULT = 'dark'

#: Every role a palette styles, in Django's order.
ROLES = (
    'ERROR SUCCESS WARNING NOTICE SQL_FIELD SQL_COLTYPE SQL_KEYWORD SQL_TABLE HTTP_INFO HTTP_SUCCESS '
    'HTTP_REDIRECT HTTP_NOT_MODIFIED HTTP_BAD_REQUEST HTTP_NOT_FOUND HTTP_SERVER_ERROR '
    'MIGRATE_HEADING MIGRATE_LABEL'
)

#: `palette ROLE foreground options` for every role a palette colours (`-`: none).
STYLES = (
    'dark ERROR red bold',
    'dark SUCCESS green bold',
    'dark WARNING yellow bold',
    'dark NOTICE red -',
    'dark SQL_FIELD green bold',
    'dark SQL_COLTYPE green -',
    'dark SQL_KEYWORD yellow -',
    'dark SQL_TABLE - bold',
    'dark HTTP_INFO - bold',
    'dark HTTP_REDIRECT green -',
    'dark HTTP_NOT_MODIFIED cyan -',
    'dark HTTP_BAD_REQUEST red bold',
    'dark HTTP_NOT_FOUND yellow -',
    'dark HTTP_SERVER_ERROR magenta bold',
    'dark MIGRATE_HEADING cyan bold',
    'dark MIGRATE_LABEL - bold',
    'light ERROR red bold',
    'light SUCCESS green bold',
    'light WARNING yellow bold',
    'light NOTICE red -',
    'light SQL_FIELD green bold',
    'light SQL_COLTYPE green -',
    'light SQL_KEYWORD blue -',
    'light SQL_TABLE - bold',
    'light HTTP_INFO - bold',
    'light HTTP_REDIRECT green bold',
    'light HTTP_NOT_MODIFIED green -',
    'light HTTP_BAD_REQUEST red bold',
    'light HTTP_NOT_FOUND red -',
    'light HTTP_SERVER_ERROR magenta bold',
    'light MIGRATE_HEADING cyan bold',
    'light MIGRATE_LABEL - bold',
)
