from django.urls import path

from .views import contenu, experts, leads

app_name = "einter"

urlpatterns = [
    path("", contenu.accueil, name="accueil"),
    path("marches/", contenu.marches, name="marches"),
    path("marches/<str:code>/", contenu.marche, name="marche"),
    path("places-de-marche/", contenu.places, name="places"),
    path("places-de-marche/<slug:slug>/", contenu.place, name="place"),
    path("temoignages/", contenu.temoignages, name="temoignages"),
    path("temoignages/<slug:slug>/", contenu.temoignage, name="temoignage"),
    path("dispositifs/", contenu.dispositifs, name="dispositifs"),
    path("questions/", contenu.faq, name="faq"),
    path("questions/<int:pk>/", contenu.faq_question, name="faq_question"),
    path("expert/", experts.expert, name="expert"),
    path("leads/", leads.leads, name="leads"),
    path("leads/<int:pk>/", leads.lead, name="lead"),
    path("recherches/", leads.recherches, name="recherches"),
    path("recherches/enregistrer/", leads.recherche_enregistrer, name="recherche_enregistrer"),
    path("recherches/<int:pk>/supprimer/", leads.recherche_supprimer, name="recherche_supprimer"),
    path("recherches/<int:pk>/alerte/", leads.recherche_alerte, name="recherche_alerte"),
    path("alertes/desabonnement/<str:jeton>/", leads.desabonnement, name="desabonnement"),
    path(
        "alertes/desabonnement-total/<str:signature>/",
        leads.desabonnement_total,
        name="desabonnement_total",
    ),
]
