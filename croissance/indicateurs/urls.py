from django.urls import path

from . import views

app_name = "indicateurs"

urlpatterns = [
    path("", views.tableau_de_bord, name="tableau_de_bord"),
    path("recalculer/", views.recalculer, name="recalculer"),
    path("export/<slug:section>/<slug:tableau>.csv", views.export_csv, name="export_csv"),
    path("donnees-ouvertes/", views.donnees_ouvertes, name="donnees_ouvertes"),
    path(
        "donnees-ouvertes/<slug:section>/<slug:tableau>.csv",
        views.donnees_ouvertes_csv,
        name="donnees_ouvertes_csv",
    ),
]
