from django.db import models


class Tea(models.Model):
    name = models.CharField(max_length=100)
    origin = models.CharField(max_length=50)
    kind = models.CharField(max_length=20)  # green, black, oolong, white
    price = models.DecimalField(max_digits=6, decimal_places=2)
    published = models.BooleanField(default=False)  # drafts are not for sale yet

    def __str__(self):
        return self.name
