"""python-dotenv, as much of it as a settings file uses: load_dotenv, dotenv_values, find_dotenv, get_key.

Written for the course's engine from python-dotenv 1.2's documented behaviour (and checked against
the real library: tools/oracle/generators/shims_dotenv.py). Without a path, the .env file is looked
for in the folder of the calling file, then in each folder above it; variables already in the
environment win unless override=True; `#` starts a comment, lines may start with `export `, values
may be quoted (and then span lines), and ${NAME} / ${NAME:-default} are expanded.
"""

from dotenv.main import dotenv_values, find_dotenv, get_key, load_dotenv

__all__ = ["load_dotenv", "dotenv_values", "find_dotenv", "get_key"]
