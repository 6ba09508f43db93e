"""The content types' model: a row per installed model (app label and model name)."""

from django.db import models

__all__ = ["ContentType"]


class ContentType(models.Model):
    id = models.AutoField(primary_key=True, verbose_name="ID", creation_counter=-1)
    app_label = models.CharField(max_length=100)
    model = models.CharField("python model class name", max_length=100)

    class Meta:
        app_label = "contenttypes"
        db_table = "django_content_type"
        verbose_name = "content type"
        unique_together = [["app_label", "model"]]

    def __str__(self):
        return f"{self.app_label} | {self.model}"
