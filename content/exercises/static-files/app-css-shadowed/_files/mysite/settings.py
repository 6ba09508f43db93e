from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-blog-exercise-only-9f2c7a1e4b8d6f3a0c5e2b7d9a4f1c8e"
DEBUG = False
ALLOWED_HOSTS = ["blog.example.com"]

INSTALLED_APPS = [
    "django.contrib.staticfiles",
    "blog",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
    },
]

ROOT_URLCONF = "mysite.urls"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
