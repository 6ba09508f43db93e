wsgi_app = "mysite.wsgi:application"
bind = "192.168.1.101:8000"  # the private address; nginx on the load balancer connects here
workers = 5
timeout = 30
graceful_timeout = 30  # a worker told to stop may finish a request that takes up to timeout
# No preload_app: on a HUP, each new worker imports the new code.
accesslog = "-"
