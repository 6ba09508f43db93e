# Read by:  gunicorn --config /srv/shop/gunicorn.conf.py
# (a Python file: gunicorn reads the names it defines)

wsgi_app = "mysite.wsgi:application"
bind = "127.0.0.1:8000"  # nginx, on this machine, is the only client
workers = 5  # (2 x 2 cores) + 1
accesslog = "-"  # to stdout: the journal, under systemd
# No daemon = True: systemd keeps gunicorn in the foreground and watches it.
