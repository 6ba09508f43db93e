# gunicorn.conf.py on each of the two app servers (192.168.1.101 and 192.168.1.102)

wsgi_app = "mysite.wsgi:application"
bind = "192.168.1.101:8000"  # 192.168.1.102:8000 on the other one
worker_class = "gthread"
workers = 9
threads = 8
timeout = 30
