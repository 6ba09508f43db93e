from django.shortcuts import render
from django.utils.safestring import mark_safe


def author_badge(name):
    # The name in its badge, styled by shop.css.
    return mark_safe(f'<span class="author">{name}</span>')


def preview(request):
    """How a product comment will look once posted: the form sends ?author=...&text=..."""
    author = request.GET.get("author", "")
    text = request.GET.get("text", "")
    context = {
        "author": author_badge(author),
        # Keep the reader's line breaks.
        "text": text.replace("\n", "<br>"),
    }
    return render(request, "comments/preview.html", context)
