# gunicorn.conf.py on 192.168.1.101 (nginx is on 192.168.1.100)

wsgi_app = "mysite.wsgi:application"
bind = "192.168.1.101:8000"  # the private address: nginx reaches it, the internet does not
workers = 5
timeout = 30  # shorter than nginx's proxy_read_timeout (60 s): gunicorn frees a stuck worker first
accesslog = "-"
