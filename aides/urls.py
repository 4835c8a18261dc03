from django.urls import path

from .views import (
    accompagnement,
    avis,
    catalogue,
    controles,
    dossiers,
    instruction,
    regles,
    sequence,
)

app_name = "aides"

urlpatterns = [
    path("", catalogue.liste, name="liste"),
    # The portal's main navigation links to "aides:accueil".
    path("", catalogue.liste, name="accueil"),
    path("simulateur/", catalogue.simulateur, name="simulateur"),
    path("<int:pk>/", catalogue.detail, name="detail"),
    path("<int:pk>/demander/", dossiers.demander, name="demander"),
    path("dossiers/", dossiers.mes_dossiers, name="mes_dossiers"),
    path("dossiers/<int:pk>/", dossiers.dossier, name="dossier"),
    path("dossiers/<int:pk>/etapes/<slug:etape>/", sequence.etape, name="etape"),
    path(
        "dossiers/<int:pk>/accuse-reception.pdf",
        dossiers.accuse_reception,
        name="accuse_reception",
    ),
    path("dossiers/<int:pk>/projet/", dossiers.modifier, name="dossier_modifier"),
    path("dossiers/<int:pk>/depenses/", dossiers.ajouter_ligne, name="ajouter_ligne"),
    path(
        "dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/",
        dossiers.supprimer_ligne,
        name="supprimer_ligne",
    ),
    path("dossiers/<int:pk>/pieces/", dossiers.ajouter_document, name="ajouter_document"),
    path("dossiers/<int:pk>/pieces/<int:document_pk>/", dossiers.document, name="document"),
    path("dossiers/<int:pk>/deposer/", dossiers.deposer, name="deposer"),
    path("dossiers/<int:pk>/retirer/", dossiers.retirer, name="retirer"),
    path("dossiers/<int:pk>/aides-recues/", dossiers.declarer_aide, name="declarer_aide"),
    path("instruction/", instruction.file, name="instruction"),
    path("instruction/lot/", instruction.lot, name="instruction_lot"),
    path("instruction/controles/", controles.file, name="controles"),
    path("instruction/controles/<int:pk>/", controles.controle, name="controle"),
    path("instruction/<int:pk>/", instruction.dossier, name="instruction_dossier"),
    path(
        "instruction/<int:pk>/<slug:action>/",
        instruction.action,
        name="instruction_action",
    ),
    path("regions/", regles.liste, name="regles"),
    path("regions/nouvelle/", regles.formulaire, name="regles_creer"),
    path("regions/<int:pk>/", regles.formulaire, name="regles_modifier"),
    path("regions/<int:pk>/publication/", regles.publication, name="regles_publication"),
    path("avis/", avis.liste, name="avis_liste"),
    path("avis/<int:pk>/", avis.avis, name="avis"),
    path("accompagnement/", accompagnement.liste, name="accompagnement"),
    path("accompagnement/<int:pk>/", accompagnement.dossier, name="accompagnement_dossier"),
]
