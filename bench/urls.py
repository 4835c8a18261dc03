"""The public URL conf plus the two reference pages; used only when settings.BENCH is true."""

from django.urls import path

from croissance.urls import urlpatterns as publiques

from . import views

urlpatterns = [
    path("_bench/trivial/", views.trivial, name="bench_trivial"),
    path("_bench/vide/", views.page_vide, name="bench_vide"),
    *publiques,
]
