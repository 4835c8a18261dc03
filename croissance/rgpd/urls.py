from django.urls import path

from . import views

app_name = "rgpd"

urlpatterns = [
    path("mes-donnees/", views.mes_donnees, name="exporter"),
    path("mes-donnees/telecharger/", views.telecharger, name="telecharger"),
    path("supprimer-mon-compte/", views.supprimer, name="supprimer"),
    path("compte-supprime/", views.compte_supprime, name="compte_supprime"),
]
