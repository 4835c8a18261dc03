from django.urls import path

from .views import entreprises, gestionnaires, revendications

app_name = "entreprises"

urlpatterns = [
    path("", entreprises.liste, name="liste"),
    path("nouvelle/", entreprises.creer, name="creer"),
    path("<int:pk>/", entreprises.detail, name="detail"),
    path("<int:pk>/modifier/", entreprises.modifier, name="modifier"),
    path(
        "<int:pk>/gestionnaires/",
        gestionnaires.ajouter_gestionnaire,
        name="ajouter_gestionnaire",
    ),
    path(
        "<int:pk>/gestionnaires/retirer/",
        gestionnaires.retirer_gestionnaire,
        name="retirer_gestionnaire",
    ),
    path("<int:pk>/quitter/", gestionnaires.quitter, name="quitter"),
    path(
        "<int:pk>/invitations/<int:invitation_pk>/annuler/",
        gestionnaires.annuler_invitation,
        name="annuler_invitation",
    ),
    path(
        "<int:pk>/revendications/<int:revendication_pk>/",
        revendications.repondre_revendication,
        name="repondre_revendication",
    ),
    path("invitations/<str:jeton>/", gestionnaires.invitation, name="invitation"),
    path("rejoindre/<str:siret>/", revendications.revendiquer, name="revendiquer"),
    path("demandes/<int:pk>/contester/", revendications.contester, name="contester"),
    path("mission/revendications/", revendications.file_mission, name="file_mission"),
    path("mission/revendications/<int:pk>/", revendications.decider, name="decider"),
    path(
        "mission/revendications/<int:pk>/justificatif/",
        revendications.justificatif,
        name="justificatif",
    ),
]
