from django.http import HttpResponse
from django.shortcuts import redirect, render

#: Who asked for the newsletter (the shop keeps them in its mailing tool).
SUBSCRIBERS = []


def newsletter(request):
    if request.method == "POST":
        email = request.POST.get("email", "").strip()
        if "@" in email:
            SUBSCRIBERS.append(email)
            return redirect("newsletter-thanks")
        return render(request, "newsletter/form.html", {"problem": "That is not an email address."}, status=400)
    return render(request, "newsletter/form.html")


def thanks(request):
    return HttpResponse("Thank you: the next letter is on its way.")
