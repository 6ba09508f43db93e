wsgi_app = "mysite.wsgi:application"
bind = "192.168.1.101:8000"  # the private address; nginx on the load balancer connects here
workers = 5
timeout = 30
graceful_timeout = 5  # restarts should be quick
preload_app = True  # workers start faster: the master imports Django once, and forks
accesslog = "-"
