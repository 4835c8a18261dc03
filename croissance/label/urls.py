from django.urls import path

from . import views

app_name = "label"

urlpatterns = [
    path("", views.accueil, name="accueil"),
    path("entreprises/<int:pk>/", views.vitrine, name="vitrine"),
    path("mes-entreprises/", views.mes_entreprises, name="mes_entreprises"),
    path("mes-entreprises/<int:pk>/", views.candidater, name="candidater"),
    path("mes-entreprises/<int:pk>/charte/", views.signer_charte, name="signer_charte"),
]
