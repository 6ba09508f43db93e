"""The shop's settings, cut down to what the price page needs. Two app servers run this project."""

SECRET_KEY = "a-development-key-for-the-two-servers-exercise-only-0123456789-abcdef"
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "mysite.urls"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "prices",
    }
}
