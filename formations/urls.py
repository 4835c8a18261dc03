from django.urls import path

from .views import ami, bourse, catalogue, gestion, inscriptions

app_name = "formations"

urlpatterns = [
    path("", catalogue.accueil, name="accueil"),
    path("catalogue/", catalogue.catalogue, name="catalogue"),
    path("catalogue/<int:pk>/", catalogue.detail, name="detail"),
    path("sessions/<int:session_pk>/inscription/", inscriptions.inscrire, name="inscrire"),
    path("mes-inscriptions/", inscriptions.mes_inscriptions, name="mes_inscriptions"),
    path("mes-inscriptions/<int:pk>/", inscriptions.inscription_detail, name="inscription"),
    path("mes-inscriptions/<int:pk>/annuler/", inscriptions.annuler, name="annuler"),
    path("inscriptions/<int:pk>/avis/", inscriptions.noter, name="noter"),
    # Training providers and mission staff
    path("gestion/", gestion.tableau, name="gestion"),
    path("gestion/formations/nouvelle/", gestion.formation_editer, name="gestion_creer"),
    path("gestion/formations/<int:pk>/", gestion.formation, name="gestion_formation"),
    path(
        "gestion/formations/<int:pk>/modifier/",
        gestion.formation_editer,
        name="gestion_modifier",
    ),
    path(
        "gestion/formations/<int:formation_pk>/sessions/nouvelle/",
        gestion.session_editer,
        name="gestion_session_creer",
    ),
    path("gestion/sessions/<int:pk>/", gestion.session, name="gestion_session"),
    path(
        "gestion/sessions/<int:pk>/modifier/",
        gestion.session_editer,
        name="gestion_session_modifier",
    ),
    path(
        "gestion/inscriptions/<int:pk>/<str:decision>/",
        gestion.inscription_decider,
        name="gestion_decider",
    ),
    path("gestion/avis/<int:pk>/repondre/", gestion.avis_repondre, name="gestion_repondre"),
    # Bourse de temps
    path("bourse/", bourse.annonces, name="bourse"),
    path("bourse/annonces/<int:pk>/", bourse.annonce, name="bourse_annonce"),
    path("bourse/annonces/<int:pk>/retirer/", bourse.annonce_retirer, name="bourse_retirer"),
    path("bourse/entreprises/<int:entreprise_pk>/", bourse.compte, name="bourse_compte"),
    path("bourse/entreprises/<int:entreprise_pk>/adherer/", bourse.adherer, name="bourse_adherer"),
    path(
        "bourse/entreprises/<int:entreprise_pk>/annonces/nouvelle/",
        bourse.annonce_creer,
        name="bourse_annonce_creer",
    ),
    path(
        "bourse/entreprises/<int:entreprise_pk>/rapport/",
        bourse.rapport,
        name="bourse_rapport",
    ),
    path(
        "bourse/entreprises/<int:entreprise_pk>/rapport.csv",
        bourse.rapport_csv,
        name="bourse_rapport_csv",
    ),
    path("bourse/echanges/<int:pk>/", bourse.echange, name="bourse_echange"),
    path(
        "bourse/echanges/<int:pk>/<str:action>/",
        bourse.echange_action,
        name="bourse_echange_action",
    ),
    # Appels à manifestation d'intérêt
    path("appels/", ami.appels, name="appels"),
    path("appels/nouveau/", ami.appel_creer, name="appel_creer"),
    path("appels/<int:pk>/", ami.appel, name="appel"),
    path("appels/<int:pk>/repondre/", ami.proposer, name="appel_repondre"),
    path("propositions/", ami.mes_propositions, name="propositions"),
    path("propositions/<int:pk>/", ami.proposition, name="proposition"),
    path("propositions/<int:pk>/completer/", ami.completer, name="proposition_completer"),
    path("propositions/<int:pk>/evaluer/", ami.evaluer, name="proposition_evaluer"),
]
