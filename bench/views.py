"""Reference pages for throughput ratios: what Django alone costs, and the DSFR base template."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import render


@login_not_required
def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


@login_not_required
def page_vide(request):
    return render(request, "bench/vide.html")
