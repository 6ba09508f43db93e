"""SuccessMessageMixin (django.contrib.messages.views): a message after a form view succeeds."""

from django.contrib import messages


class SuccessMessageMixin:
    """Add success_message (formatted with the form's cleaned_data) once form_valid() succeeds."""

    success_message = ""

    def form_valid(self, form):
        response = super().form_valid(form)
        text = self.get_success_message(form.cleaned_data)
        if text:
            messages.success(self.request, text)
        return response

    def get_success_message(self, cleaned_data):
        return self.success_message % cleaned_data
