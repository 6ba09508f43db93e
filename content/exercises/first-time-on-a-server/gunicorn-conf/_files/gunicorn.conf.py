# Read by:  gunicorn --config /srv/shop/gunicorn.conf.py
# (a Python file: gunicorn reads the names it defines)

wsgi_app = "mysite.wsgi:app"
bind = "0.0.0.0:8000"
workers = 1
reload = True
daemon = True
accesslog = "-"
