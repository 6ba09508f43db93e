wsgi_app = "mysite.wsgi:application"
bind = "127.0.0.1:8000"
workers = 5
accesslog = "-"
