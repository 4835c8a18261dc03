from django.urls import path

from . import views

app_name = "diagnostic"

urlpatterns = [
    path("", views.accueil, name="accueil"),
    path("mes-diagnostics/", views.mes_diagnostics, name="mes_diagnostics"),
    path("entreprises/<int:pk>/historique/", views.historique, name="historique"),
    path("<slug:slug>/commencer/", views.commencer, name="commencer"),
    path("d/<str:jeton>/etape/<int:numero>/", views.etape, name="etape"),
    path("d/<str:jeton>/resultat/", views.resultat, name="resultat"),
    path("d/<str:jeton>/rapport.pdf", views.rapport_pdf, name="rapport_pdf"),
    path("d/<str:jeton>/rattacher/", views.rattacher, name="rattacher"),
    path("d/<str:jeton>/completer/", views.completer, name="completer"),
]
