from django.urls import path

from . import views

app_name = "einter"

urlpatterns = [
    path("", views.accueil, name="accueil"),
]
