from django.urls import path

from . import views

app_name = "aides"

urlpatterns = [
    path("", views.accueil, name="accueil"),
]
