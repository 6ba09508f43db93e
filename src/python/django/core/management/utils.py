from django.utils.crypto import get_random_string

#: The characters of a new project's SECRET_KEY (what startproject writes).
_SECRET_KEY_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def get_random_secret_key():
    """A 50-character random string usable as a SECRET_KEY setting value."""
    return get_random_string(length=50, allowed_chars=_SECRET_KEY_CHARACTERS)
