from django.urls import path

from .views import demandes, espace, label, membres, public

app_name = "connecteurs"

urlpatterns = [
    path("", public.accueil, name="accueil"),
    path("annuaire/", public.annuaire, name="annuaire"),
    path("regions/", public.regions, name="regions"),
    path("agenda/", public.agenda, name="agenda"),
    path("<int:pk>/", public.profil, name="profil"),
    path("<int:pk>/logo/", espace.logo, name="logo"),
    # The connecteur's own space
    path("espace/", espace.tableau, name="espace"),
    path("espace/profil/", espace.profil_modifier, name="profil_modifier"),
    path("espace/charte/", espace.charte, name="charte"),
    path("espace/prestations/", espace.prestations, name="prestations"),
    path("espace/prestations/<int:pk>/", espace.prestations, name="prestation_modifier"),
    path(
        "espace/prestations/<int:pk>/supprimer/",
        espace.prestation_supprimer,
        name="prestation_supprimer",
    ),
    path("espace/evenements/", espace.evenements, name="evenements"),
    path(
        "espace/evenements/<int:pk>/supprimer/",
        espace.evenement_supprimer,
        name="evenement_supprimer",
    ),
    path("espace/demandes/", espace.demandes, name="demandes"),
    path("espace/demandes/<int:pk>/", espace.demande, name="demande"),
    path("espace/avis/<int:pk>/repondre/", espace.avis_repondre, name="avis_repondre"),
    # The structure's members
    path("espace/membres/", membres.membres, name="membres"),
    path("espace/membres/adhesions/<int:pk>/", membres.adhesion, name="adhesion"),
    path("espace/membres/<int:pk>/retirer/", membres.membre_retirer, name="membre_retirer"),
    path(
        "espace/membres/<int:pk>/referent/",
        membres.referent_transmettre,
        name="referent_transmettre",
    ),
    path("structures/<int:pk>/rejoindre/", membres.rejoindre, name="rejoindre"),
    # Label
    path("espace/label/", label.candidature, name="candidature"),
    path("espace/label/nouvelle/", label.candidature_creer, name="candidature_creer"),
    path(
        "espace/label/<int:pk>/soumettre/",
        label.candidature_soumettre,
        name="candidature_soumettre",
    ),
    path("espace/label/<int:pk>/pieces/", label.piece_ajouter, name="piece_ajouter"),
    path("label/pieces/<int:pk>/", label.piece_telecharger, name="piece"),
    path("label/pieces/<int:pk>/supprimer/", label.piece_supprimer, name="piece_supprimer"),
    path("label/candidatures/", label.candidatures, name="candidatures"),
    path("label/candidatures/<int:pk>/", label.candidature_detail, name="candidature_detail"),
    path("label/candidatures/<int:pk>/evaluer/", label.evaluer, name="evaluer"),
    path("label/candidatures/<int:pk>/decider/", label.decider, name="decider"),
    path("label/structures/<int:pk>/", label.label_structure, name="label_structure"),
    # Mise en relation (SME side)
    path("<int:pk>/contacter/", demandes.contacter, name="contacter"),
    path("mise-en-relation/", demandes.mise_en_relation, name="mise_en_relation"),
    path("mes-demandes/", demandes.mes_demandes, name="mes_demandes"),
    path("mes-demandes/<int:pk>/", demandes.ma_demande, name="ma_demande"),
    path("mes-demandes/reponses/<int:pk>/avis/", demandes.noter, name="noter"),
]
