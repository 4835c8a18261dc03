from django.contrib import admin
from django.urls import include, path

from croissance import views

admin.site.site_header = "Croissance connectée — administration de la mission"
admin.site.site_title = "Croissance connectée"
admin.site.index_title = "Pilotage du portail"

urlpatterns = [
    path("", views.accueil, name="accueil"),
    path("pages/<slug:slug>/", views.page, name="page"),
    path("mon-espace/", views.mon_espace, name="espace"),
    path("mon-espace/", include("croissance.rgpd.urls")),
    path("sante/", views.sante, name="sante"),
    path("entreprises/", include("croissance.entreprises.urls")),
    path("ressources/", include("croissance.ressources.urls")),
    path("label/", include("croissance.label.urls")),
    path("indicateurs/", include("croissance.indicateurs.urls")),
    path("compte/", include("allauth.urls")),
    path("diagnostic/", include("diagnostic.urls")),
    path("connecteurs/", include("connecteurs.urls")),
    path("aides/", include("aides.urls")),
    path("e-export/", include("einter.urls")),
    path("formations/", include("formations.urls")),
    path("api/", include("croissance.api.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "croissance.views.erreur_400"
handler403 = "croissance.views.erreur_403"
handler404 = "croissance.views.erreur_404"
handler500 = "croissance.views.erreur_500"
