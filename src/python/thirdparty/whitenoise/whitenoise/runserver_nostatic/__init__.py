"""whitenoise.runserver_nostatic: the app that makes runserver leave static files to WhiteNoise."""
