from hashlib import md5

TEMPLATE_FRAGMENT_KEY_TEMPLATE = "template.cache.%s.%s"


def make_template_fragment_key(fragment_name, vary_on=None):
    """The cache key {% cache %} stores a fragment under, to delete it: cache.delete(key).
    The varying values are hashed as their str(), each followed by ':'."""
    varying = b"".join((str(value) + ":").encode() for value in vary_on or ())
    return TEMPLATE_FRAGMENT_KEY_TEMPLATE % (fragment_name, md5(varying, usedforsecurity=False).hexdigest())
