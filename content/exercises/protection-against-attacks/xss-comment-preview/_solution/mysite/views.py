from django.shortcuts import render
from django.utils.html import format_html


def author_badge(name):
    # The name in its badge, styled by shop.css; format_html escapes the name.
    return format_html('<span class="author">{}</span>', name)


def preview(request):
    """How a product comment will look once posted: the form sends ?author=...&text=..."""
    author = request.GET.get("author", "")
    text = request.GET.get("text", "")
    context = {
        "author": author_badge(author),
        # The template escapes the text, then linebreaksbr keeps the reader's line breaks.
        "text": text,
    }
    return render(request, "comments/preview.html", context)
