from django.urls import path

from . import views

app_name = "ressources"

urlpatterns = [
    path("", views.bibliotheque, name="bibliotheque"),
    path("<int:pk>/", views.detail, name="detail"),
    path("temoignages/", views.temoignages, name="temoignages"),
    path("temoignages/<int:pk>/", views.temoignage, name="temoignage"),
    path("temoignages/partager/", views.temoigner, name="temoigner"),
    path("prestataires/", views.prestataires, name="prestataires"),
    path("prestataires/<int:pk>/", views.prestataire, name="prestataire"),
]
