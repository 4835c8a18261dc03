from django.urls import path

from . import views

app_name = "connecteurs"

urlpatterns = [
    path("", views.accueil, name="accueil"),
]
