"""django.utils.termcolors: ANSI colours for terminal text, and the palettes of roles (ERROR,
SUCCESS, HTTP_NOT_FOUND...) that DJANGO_COLORS picks from. Settings files use colorize() and
make_style() to print notices. The palettes are recorded from Django (django.utils._palettes)."""

from django.utils import _palettes

color_names = tuple("black red green yellow blue magenta cyan white".split())
foreground = {name: f"3{number}" for number, name in enumerate(color_names)}
background = {name: f"4{number}" for number, name in enumerate(color_names)}

RESET = "0"
opt_dict = {"bold": "1", "underscore": "4", "blink": "5", "reverse": "7", "conceal": "8"}

#: Which colour table a keyword argument of colorize() names.
_COLOUR_TABLES = {"fg": foreground, "bg": background}


def _sgr(codes):
    """The escape sequence that sets these graphics codes."""
    return f"\x1b[{codes}m"


def colorize(text="", opts=(), **kwargs):
    """`text` in the colours `fg=` and `bg=` name, with the options in `opts` ('bold',
    'underscore', 'blink', 'reverse', 'conceal'), then a reset unless 'noreset' is among them.
    colorize(opts=('reset',)) is the reset alone."""
    reset_only = text == "" and len(opts) == 1 and opts[0] == "reset"
    if reset_only:
        return _sgr(RESET)
    codes = [_COLOUR_TABLES[key][value] for key, value in kwargs.items() if key in _COLOUR_TABLES]
    codes.extend(opt_dict[option] for option in opts if option in opt_dict)
    shown = text or ""
    ending = "" if "noreset" in opts else _sgr(RESET)
    return f"{_sgr(';'.join(codes))}{shown}{ending}"


def make_style(opts=(), **kwargs):
    """A function that colours its text with these options and colours."""

    def style(text):
        return colorize(text, opts, **kwargs)

    return style


NOCOLOR_PALETTE = "nocolor"
DARK_PALETTE = "dark"
LIGHT_PALETTE = "light"


def _recorded_palettes():
    roles = _palettes.ROLES.split()
    palettes = {name: {role: {} for role in roles} for name in _palettes.PALETTE_NAMES}
    for row in _palettes.STYLES:
        name, role, colour, options = row.split()
        style = {} if colour == "-" else {"fg": colour}
        if options != "-":
            style["opts"] = tuple(options.split(","))
        palettes[name][role] = style
    return palettes


PALETTES = _recorded_palettes()
DEFAULT_PALETTE = _palettes.DEFAULT


def _role_style(definition):
    """'error=red/blue,bold' -> ('ERROR', {'fg': 'red', 'bg': 'blue', 'opts': ('bold',)}):
    unknown colours and options are left out; options come last to first."""
    role, instructions = definition.split("=")
    first, *options = instructions.split(",")
    colours = first.split("/")
    style = {}
    if colours[0] in color_names:
        style["fg"] = colours[0]
    if len(colours) > 1 and colours[1] in color_names:
        style["bg"] = colours[1]
    chosen = tuple(option for option in reversed(options) if option in opt_dict)
    if chosen:
        style["opts"] = chosen
    return role.upper(), style


def parse_color_setting(config_string):
    """The palette a DJANGO_COLORS value describes: 'palette;role=fg/bg,option;...', where each
    part is a palette's name or a role's style over what comes before. Empty: the default
    palette; a value that colours nothing: None."""
    plain = PALETTES[NOCOLOR_PALETTE]
    if not config_string:
        return PALETTES[DEFAULT_PALETTE]
    palette = dict(plain)
    for part in config_string.lower().split(";"):
        named = PALETTES.get(part)
        if named is not None:
            palette.update(named)
        elif "=" in part:
            role, style = _role_style(part)
            if style and role in plain:
                palette[role] = style
    return None if palette == plain else palette
