# gunicorn.conf.py on 192.168.1.101 (nginx is on 192.168.1.100)

wsgi_app = "mysite.wsgi:application"
bind = "127.0.0.1:8000"
workers = 5
timeout = 120
accesslog = "-"
