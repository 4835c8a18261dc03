"""Permission matrix: every URL of the portal × every role → the expected status.

URLs come from the resolver (tests/urls.py), so a new page fails this test until it is
given a row in EXPECTED. Object URLs point at objects owned by Alice (PME, Bretagne),
accompanied by Claire's CCI (Bretagne) and instructed in Bretagne, so "autre_pme" (Bruno)
and "instructeur_autre" (Occitanie) prove there is no IDOR.

Statuses: 200, 403, 404, 405 (POST only), "login" (302 to the login page), "redir" (302
elsewhere: the view sends a legitimate visitor on).
"""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import timezone

from aides import services as aides_services
from connecteurs.enums import EtatReponse, TypeActeur, TypePiece
from connecteurs.models import (
    Avis,
    Candidature,
    Demande,
    DemandeAdhesion,
    Evaluation,
    Membre,
    Piece,
    Reponse,
)
from croissance.comptes.enums import Role
from croissance.entreprises.enums import EtatRevendication
from croissance.entreprises.models import Invitation, Revendication
from croissance.entreprises.services import empreinte
from croissance.referentiels.models import Theme
from einter.services import signature_desabonnement_total
from formations.enums import (
    Modalite,
    ModaliteEchange,
    NiveauFormation,
    Public,
    SensAnnonce,
    TypeFormation,
)
from formations.models import Annonce, AppelFormations, Echange, MembreBourse, Proposition
from formations.models import Avis as AvisFormation
from tests.aides.factories import connecteur_labellise, dossier_en_instruction
from tests.connecteurs.factories import (
    PDF,
    ConnecteurFactory,
    EvenementFactory,
    PrestationFactory,
)
from tests.einter.factories import (
    LeadFactory,
    MarcheFactory,
    PlaceFactory,
    QuestionFactory,
    TemoignageFactory,
)
from tests.factories import EntrepriseFactory, UserFactory
from tests.formations.factories import FormationFactory, InscriptionFactory, SessionFactory
from tests.ressources.factories import RessourceFactory
from tests.rgpd.scenario import pme_complete
from tests.urls import portal_url_patterns

ROLES = [
    "anonyme",
    "pme",
    "autre_pme",
    "connecteur",
    "autre_connecteur",
    "instructeur",
    "instructeur_autre",
    "mission",
]

L, R = "login", "redir"

# route: one status per role, in the order of ROLES
EXPECTED: dict[str, tuple] = {
    "": (200, 200, 200, 200, 200, 200, 200, 200),
    "aides/": (200, 200, 200, 200, 200, 200, 200, 200),
    "aides/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "aides/<int:pk>/demander/": (L, 200, 200, 403, 403, 403, 403, 403),
    "aides/accompagnement/": (L, 403, 403, 200, 200, 403, 403, 403),
    # Only the connecteur chosen on the file; another connecteur gets 404.
    "aides/accompagnement/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 403),
    "aides/avis/": (L, 403, 403, 200, 200, 200, 200, 403),
    "aides/avis/<int:pk>/": (L, 403, 403, 200, 404, 404, 404, 403),
    "aides/dossiers/": (L, 200, 200, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    # The acknowledgement of receipt of a filed file: its firm's managers and the instructors
    # of its region only (not the mission, not the connecteur).
    "aides/dossiers/<int:pk>/accuse-reception.pdf": (L, 200, 404, 403, 403, 200, 404, 403),
    "aides/dossiers/<int:pk>/aides-recues/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/depenses/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/": (
        L,
        405,
        405,
        403,
        403,
        403,
        403,
        403,
    ),
    "aides/dossiers/<int:pk>/deposer/": (L, 405, 405, 403, 403, 403, 403, 403),
    # The steps of a draft's sequence: its applicant only.
    "aides/dossiers/<int:pk>/etapes/<slug:etape>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/pieces/": (L, 405, 405, 403, 403, 403, 403, 403),
    # A draft's documents: its applicant and the mission only (instructors see filed ones).
    "aides/dossiers/<int:pk>/pieces/<int:document_pk>/": (L, 200, 404, 404, 404, 404, 404, 200),
    "aides/dossiers/<int:pk>/projet/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/retirer/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/instruction/": (L, 403, 403, 403, 403, 200, 200, 200),
    # Instructors of the file's region and the mission; another region gets 404.
    "aides/instruction/<int:pk>/": (L, 403, 403, 403, 403, 200, 404, 200),
    "aides/instruction/<int:pk>/<slug:action>/": (L, 403, 403, 403, 403, 405, 405, 405),
    "aides/instruction/lot/": (L, 403, 403, 403, 403, 405, 405, 405),
    # The sampled audits after decision: the instruction space's staff; a file of another
    # region gets 404 (the page says why one may not audit a file of one's regions).
    "aides/instruction/controles/": (L, 403, 403, 403, 403, 200, 200, 200),
    "aides/instruction/controles/<int:pk>/": (L, 403, 403, 403, 403, 200, 404, 200),
    "aides/regions/": (L, 403, 403, 403, 403, 200, 200, 403),
    "aides/regions/<int:pk>/": (L, 403, 403, 403, 403, 200, 404, 403),
    "aides/regions/nouvelle/": (L, 403, 403, 403, 403, 200, 200, 403),
    "aides/regions/<int:pk>/publication/": (L, 403, 403, 403, 403, 405, 405, 403),
    "aides/simulateur/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/<drf_format_suffix:format>": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^prestataires/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^prestataires/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^prestataires/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^prestataires\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^ressources/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^ressources/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^ressources/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^ressources\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^temoignages/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^temoignages/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^temoignages/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^temoignages\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/docs/": (200, 200, 200, 200, 200, 200, 200, 200),
    # any other path under /api/: a 404 in JSON
    "api/^[\\s\\S]*/$": (404, 404, 404, 404, 404, 404, 404, 404),
    "api/schema/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^aides/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^aides/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^aides/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^aides/simulation/$": (405, 405, 405, 405, 405, 405, 405, 405),
    "api/^aides/simulation\\.(?P<format>[a-z0-9]+)/?$": (405, 405, 405, 405, 405, 405, 405, 405),
    "api/^aides\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^indicateurs/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^indicateurs\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^leads/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^leads/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^leads/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^leads\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^marches/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^marches/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^marches/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^marches\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^pme-labellisees/$": (200, 200, 200, 200, 200, 200, 200, 200),
    # Alice's entreprise is not labelled: its showcase is not public.
    "api/^pme-labellisees/(?P<pk>[0-9]+)/$": (404, 404, 404, 404, 404, 404, 404, 404),
    # Alice's entreprise is not labelled: its showcase is not public.
    "api/^pme-labellisees/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        404,
        404,
        404,
        404,
        404,
        404,
        404,
        404,
    ),
    "api/^pme-labellisees/compteur/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^pme-labellisees/compteur\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^pme-labellisees\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^formations/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^formations\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^formations/(?P<pk>[0-9]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^formations/(?P<pk>[0-9]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "compte/^confirm-email/(?P<key>[-:\\w]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "compte/confirm-email/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/email/": (L, 200, 200, 200, 200, 200, 200, 200),
    "compte/inactive/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/login/": (200, R, R, R, R, R, R, R),
    "compte/login/code/confirm/": (L, R, R, R, R, R, R, R),
    "compte/logout/": (R, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/change/": (L, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/reset/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/reset/done/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/reset/key/done/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/set/": (L, R, R, R, R, R, R, R),
    "compte/reauthenticate/": (L, 200, 200, 200, 200, 200, 200, 200),
    "compte/reauthenticate/code/": (L, R, R, R, R, R, R, R),
    "compte/reauthenticate/code/confirm/": (L, R, R, R, R, R, R, R),
    "compte/signup/": (200, R, R, R, R, R, R, R),
    "connecteurs/": (200, 200, 200, 200, 200, 200, 200, 200),
    "connecteurs/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "connecteurs/<int:pk>/contacter/": (L, 200, R, 403, 403, 403, 403, 403),
    "connecteurs/<int:pk>/logo/": (404, 404, 404, 404, 404, 404, 404, 404),
    "connecteurs/agenda/": (200, 200, 200, 200, 200, 200, 200, 200),
    "connecteurs/annuaire/": (200, 200, 200, 200, 200, 200, 200, 200),
    "connecteurs/espace/": (L, 403, 403, 200, 200, 403, 403, 403),
    "connecteurs/espace/avis/<int:pk>/repondre/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/espace/charte/": (L, 403, 403, 200, 200, 403, 403, 403),
    "connecteurs/espace/demandes/": (L, 403, 403, 200, 200, 403, 403, 403),
    # A request as one connecteur sees it: the structures it was sent to only.
    "connecteurs/espace/demandes/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 403),
    "connecteurs/espace/evenements/": (L, 403, 403, 200, 200, 403, 403, 403),
    "connecteurs/espace/evenements/<int:pk>/supprimer/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/espace/label/": (L, 403, 403, 200, 200, 403, 403, 403),
    # The members page: any member; deciding, removing, handing over: the referent of the
    # structure only (Claire; David, referent of another structure, gets 404).
    "connecteurs/espace/membres/": (L, 403, 403, 200, 200, 403, 403, 403),
    "connecteurs/espace/membres/<int:pk>/referent/": (L, 403, 403, 200, 404, 403, 403, 403),
    "connecteurs/espace/membres/<int:pk>/retirer/": (L, 403, 403, 200, 404, 403, 403, 403),
    "connecteurs/espace/membres/adhesions/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 403),
    "connecteurs/espace/label/<int:pk>/pieces/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/espace/label/<int:pk>/soumettre/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/espace/label/nouvelle/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/espace/prestations/": (L, 403, 403, 200, 200, 403, 403, 403),
    "connecteurs/espace/prestations/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 403),
    "connecteurs/espace/prestations/<int:pk>/supprimer/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/espace/profil/": (L, 403, 403, 200, 200, 403, 403, 403),
    "connecteurs/label/candidatures/": (L, 403, 403, 403, 403, 200, 200, 200),
    "connecteurs/label/candidatures/<int:pk>/": (L, 403, 403, 403, 403, 200, 404, 200),
    "connecteurs/label/candidatures/<int:pk>/decider/": (L, 403, 403, 403, 403, 405, 405, 405),
    "connecteurs/label/candidatures/<int:pk>/evaluer/": (L, 403, 403, 403, 403, 200, 404, 404),
    # Label documents: the applicant's members, its evaluators and the mission.
    "connecteurs/label/pieces/<int:pk>/": (L, 404, 404, 200, 404, 200, 404, 200),
    "connecteurs/label/pieces/<int:pk>/supprimer/": (L, 403, 403, 405, 405, 403, 403, 403),
    "connecteurs/label/structures/<int:pk>/": (L, 403, 403, 403, 403, 403, 403, 200),
    "connecteurs/mes-demandes/": (L, 200, 200, 403, 403, 403, 403, 403),
    "connecteurs/mes-demandes/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "connecteurs/mes-demandes/reponses/<int:pk>/avis/": (L, 200, 404, 403, 403, 403, 403, 403),
    "connecteurs/mise-en-relation/": (L, 200, R, 403, 403, 403, 403, 403),
    "connecteurs/regions/": (200, 200, 200, 200, 200, 200, 200, 200),
    # Asking to join a structure: connecteur accounts, not its own members (the service then
    # refuses an account that already has a structure).
    "connecteurs/structures/<int:pk>/rejoindre/": (L, 403, 403, 404, 200, 403, 403, 403),
    "diagnostic/": (200, 200, 200, 200, 200, 200, 200, 200),
    "diagnostic/<slug:slug>/commencer/": (200, 200, 200, 200, 200, 200, 200, 200),
    "diagnostic/d/<str:jeton>/etape/<int:numero>/": (404, R, 404, 404, 404, 404, 404, 404),
    "diagnostic/d/<str:jeton>/completer/": (405, 405, 405, 405, 405, 405, 405, 405),
    "diagnostic/mes-diagnostics/retrouver/": (L, 405, 405, 403, 403, 403, 403, 403),
    "diagnostic/d/<str:jeton>/rapport.pdf": (404, 200, 404, 404, 404, 404, 404, 404),
    "diagnostic/d/<str:jeton>/rattacher/": (L, R, 404, 403, 403, 403, 403, 403),
    # A diagnostic attached to an account: its owner only, whoever knows the link.
    "diagnostic/d/<str:jeton>/resultat/": (404, 200, 404, 404, 404, 404, 404, 404),
    "diagnostic/entreprises/<int:pk>/historique/": (L, 200, 404, 403, 403, 403, 403, 403),
    "diagnostic/mes-diagnostics/": (L, 200, 200, 403, 403, 403, 403, 403),
    "e-export/": (200, 200, 200, 200, 200, 200, 200, 200),
    # Unsubscribe link from an email: the token is the credential, no login needed.
    "e-export/alertes/desabonnement/<str:jeton>/": (200, 200, 200, 200, 200, 200, 200, 200),
    # a signed link from the digest (no login: the signature is the credential)
    "e-export/alertes/desabonnement-total/<str:signature>/": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "e-export/dispositifs/": (200, 200, 200, 200, 200, 200, 200, 200),
    # Talk to an expert: for an SME manager with an entreprise (Bruno has none yet).
    "e-export/expert/": (L, 200, R, 403, 403, 403, 403, 403),
    "e-export/leads/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/leads/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/marches/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/marches/<str:code>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/places-de-marche/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/places-de-marche/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/questions/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/questions/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/recherches/": (L, 200, 200, 200, 200, 200, 200, 200),
    "e-export/recherches/<int:pk>/alerte/": (L, 405, 405, 405, 405, 405, 405, 405),
    "e-export/recherches/<int:pk>/supprimer/": (L, 200, 404, 404, 404, 404, 404, 404),
    "e-export/recherches/enregistrer/": (L, 405, 405, 405, 405, 405, 405, 405),
    "e-export/temoignages/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/temoignages/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "entreprises/": (L, 200, 200, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/gestionnaires/": (L, 405, 405, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/gestionnaires/retirer/": (L, 405, 405, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/invitations/<int:invitation_pk>/annuler/": (
        L,
        405,
        405,
        403,
        403,
        403,
        403,
        403,
    ),
    "entreprises/<int:pk>/modifier/": (L, 200, 404, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/quitter/": (L, 405, 405, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/revendications/<int:revendication_pk>/": (
        L,
        405,
        405,
        403,
        403,
        403,
        403,
        403,
    ),
    # The claimant only; the others get 404.
    "entreprises/demandes/<int:pk>/contester/": (L, 405, 405, 403, 403, 403, 403, 403),
    # The emailed link: whoever holds it signs in first; only the invited address may answer
    # (the page says so to the others).
    "entreprises/invitations/<str:jeton>/": (L, 200, 200, 200, 200, 200, 200, 200),
    "entreprises/mission/revendications/": (L, 403, 403, 403, 403, 403, 403, 200),
    "entreprises/mission/revendications/<int:pk>/": (L, 403, 403, 403, 403, 403, 403, 200),
    "entreprises/mission/revendications/<int:pk>/justificatif/": (
        L,
        403,
        403,
        403,
        403,
        403,
        403,
        200,
    ),
    "entreprises/nouvelle/": (L, 200, 200, 403, 403, 403, 403, 403),
    # Asking to join a registered firm: its managers are sent to its page.
    "entreprises/rejoindre/<str:siret>/": (L, R, 200, 403, 403, 403, 403, 403),
    "formations/": (200, 200, 200, 200, 200, 200, 200, 200),
    "formations/appels/": (200, 200, 200, 200, 200, 200, 200, 200),
    "formations/appels/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "formations/appels/<int:pk>/repondre/": (L, 403, 403, 200, 200, 403, 403, 403),
    "formations/appels/nouveau/": (L, 403, 403, 403, 403, 403, 403, 200),
    "formations/bourse/": (L, 200, 200, 403, 403, 403, 403, 403),
    # Time-bank offers are published to every SME; exchanges and accounts are private.
    "formations/bourse/annonces/<int:pk>/": (L, 200, 200, 403, 403, 403, 403, 403),
    "formations/bourse/annonces/<int:pk>/retirer/": (L, 405, 405, 403, 403, 403, 403, 403),
    "formations/bourse/echanges/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "formations/bourse/echanges/<int:pk>/<str:action>/": (L, 405, 405, 403, 403, 403, 403, 403),
    "formations/bourse/entreprises/<int:entreprise_pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "formations/bourse/entreprises/<int:entreprise_pk>/adherer/": (
        L,
        405,
        405,
        403,
        403,
        403,
        403,
        403,
    ),
    "formations/bourse/entreprises/<int:entreprise_pk>/annonces/nouvelle/": (
        L,
        200,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    "formations/bourse/entreprises/<int:entreprise_pk>/rapport.csv": (
        L,
        200,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    "formations/bourse/entreprises/<int:entreprise_pk>/rapport/": (
        L,
        200,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    "formations/catalogue/": (200, 200, 200, 200, 200, 200, 200, 200),
    "formations/catalogue/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    # Manager pages: the training provider that owns the object, and the mission.
    "formations/gestion/": (L, 403, 403, 200, 200, 403, 403, 200),
    "formations/gestion/avis/<int:pk>/repondre/": (L, 405, 405, 405, 405, 405, 405, 405),
    "formations/gestion/formations/<int:formation_pk>/sessions/nouvelle/": (
        L,
        403,
        403,
        200,
        404,
        403,
        403,
        200,
    ),
    "formations/gestion/formations/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 200),
    "formations/gestion/formations/<int:pk>/modifier/": (L, 403, 403, 200, 404, 403, 403, 200),
    "formations/gestion/formations/nouvelle/": (L, 403, 403, 200, 200, 403, 403, 200),
    "formations/gestion/inscriptions/<int:pk>/<str:decision>/": (
        L,
        405,
        405,
        405,
        405,
        405,
        405,
        405,
    ),
    "formations/gestion/sessions/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 200),
    "formations/gestion/sessions/<int:pk>/modifier/": (L, 403, 403, 200, 404, 403, 403, 200),
    # Only the participant or requester of a past confirmed enrolment rates it.
    "formations/inscriptions/<int:pk>/avis/": (L, 200, 403, 403, 403, 403, 403, 403),
    "formations/mes-inscriptions/": (L, 200, 200, 403, 403, 403, 403, 403),
    "formations/mes-inscriptions/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "formations/mes-inscriptions/<int:pk>/annuler/": (L, 405, 405, 403, 403, 403, 403, 403),
    "formations/propositions/": (L, 403, 403, 200, 200, 403, 403, 200),
    "formations/propositions/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 200),
    "formations/propositions/<int:pk>/completer/": (L, 403, 403, 403, 404, 403, 403, 403),
    "formations/propositions/<int:pk>/evaluer/": (L, 405, 405, 405, 405, 405, 405, 405),
    "formations/sessions/<int:session_pk>/inscription/": (L, 200, 200, 403, 403, 403, 403, 403),
    "indicateurs/": (L, 403, 403, 403, 403, 200, 200, 200),
    "indicateurs/donnees-ouvertes/": (200, 200, 200, 200, 200, 200, 200, 200),
    "indicateurs/donnees-ouvertes/<slug:section>/<slug:tableau>.csv": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "indicateurs/export/<slug:section>/<slug:tableau>.csv": (L, 403, 403, 403, 403, 200, 200, 200),
    "indicateurs/recalculer/": (L, 405, 405, 405, 405, 405, 405, 405),
    "label/": (200, 200, 200, 200, 200, 200, 200, 200),
    # The public showcase exists only once labelled.
    "label/entreprises/<int:pk>/": (404, 404, 404, 404, 404, 404, 404, 404),
    "label/mes-entreprises/": (L, 200, 200, 403, 403, 403, 403, 403),
    "label/mes-entreprises/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "label/mes-entreprises/<int:pk>/charte/": (L, 405, 405, 403, 403, 403, 403, 403),
    "mon-espace/": (L, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/compte-supprime/": (200, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/mes-donnees/": (L, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/mes-donnees/telecharger/": (L, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/supprimer-mon-compte/": (L, 200, 200, 200, 200, 200, 200, 200),
    "pages/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/prestataires/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/prestataires/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/temoignages/": (200, 200, 200, 200, 200, 200, 200, 200),
    # A testimonial awaiting moderation is public to no one, its author included.
    "ressources/temoignages/<int:pk>/": (404, 404, 404, 404, 404, 404, 404, 404),
    "ressources/temoignages/partager/": (L, 200, R, 403, 403, 403, 403, 403),
    "sante/": (200, 200, 200, 200, 200, 200, 200, 200),
}


def _kwargs(route, o):
    """The arguments of an object URL, from the objects the test created."""
    table = {
        "pages/<slug:slug>/": {"slug": "donnees-personnelles"},
        "entreprises/<int:pk>/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/modifier/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/gestionnaires/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/gestionnaires/retirer/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/quitter/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/invitations/<int:invitation_pk>/annuler/": {
            "pk": o["entreprise"].pk,
            "invitation_pk": o["invitation"].pk,
        },
        "entreprises/<int:pk>/revendications/<int:revendication_pk>/": {
            "pk": o["entreprise"].pk,
            "revendication_pk": o["revendication"].pk,
        },
        "entreprises/demandes/<int:pk>/contester/": {"pk": o["revendication_refusee"].pk},
        "entreprises/invitations/<str:jeton>/": {"jeton": o["jeton_invitation"]},
        "entreprises/mission/revendications/<int:pk>/": {"pk": o["revendication_mission"].pk},
        "entreprises/mission/revendications/<int:pk>/justificatif/": {
            "pk": o["revendication_mission"].pk
        },
        "entreprises/rejoindre/<str:siret>/": {"siret": o["entreprise"].siret},
        "ressources/<int:pk>/": {"pk": o["ressource"].pk},
        "ressources/temoignages/<int:pk>/": {"pk": o["temoignage_en_attente"].pk},
        "ressources/prestataires/<int:pk>/": {"pk": o["prestataire"].pk},
        "label/entreprises/<int:pk>/": {"pk": o["entreprise"].pk},
        "label/mes-entreprises/<int:pk>/": {"pk": o["entreprise"].pk},
        "label/mes-entreprises/<int:pk>/charte/": {"pk": o["entreprise"].pk},
        "diagnostic/entreprises/<int:pk>/historique/": {"pk": o["entreprise"].pk},
        "diagnostic/<slug:slug>/commencer/": {"slug": o["version"].questionnaire.slug},
        "diagnostic/d/<str:jeton>/etape/<int:numero>/": {
            "jeton": o["resultat"].jeton,
            "numero": 1,
        },
        "diagnostic/d/<str:jeton>/resultat/": {"jeton": o["resultat"].jeton},
        "diagnostic/d/<str:jeton>/rapport.pdf": {"jeton": o["resultat"].jeton},
        "diagnostic/d/<str:jeton>/completer/": {"jeton": o["resultat"].jeton},
        "diagnostic/d/<str:jeton>/rattacher/": {"jeton": o["resultat"].jeton},
        "aides/<int:pk>/": {"pk": o["aide"].pk},
        "aides/<int:pk>/demander/": {"pk": o["aide"].pk},
        "aides/dossiers/<int:pk>/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/projet/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/depenses/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/": {
            "pk": o["brouillon"].pk,
            "ligne_pk": o["brouillon"].lignes.get().pk,
        },
        "aides/dossiers/<int:pk>/pieces/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/pieces/<int:document_pk>/": {
            "pk": o["brouillon"].pk,
            "document_pk": o["brouillon"].documents.get().pk,
        },
        "aides/dossiers/<int:pk>/deposer/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/etapes/<slug:etape>/": {
            "pk": o["brouillon"].pk,
            "etape": "projet",
        },
        "aides/dossiers/<int:pk>/accuse-reception.pdf": {"pk": o["suivi"].pk},
        "aides/dossiers/<int:pk>/retirer/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/aides-recues/": {"pk": o["brouillon"].pk},
        "aides/instruction/<int:pk>/": {"pk": o["suivi"].pk},
        "aides/instruction/controles/<int:pk>/": {"pk": o["suivi"].pk},
        "aides/instruction/<int:pk>/<slug:action>/": {"pk": o["suivi"].pk, "action": "accepter"},
        "aides/regions/<int:pk>/": {"pk": o["aide"].pk},
        "aides/regions/<int:pk>/publication/": {"pk": o["aide"].pk},
        "aides/avis/<int:pk>/": {"pk": o["demande_avis"].pk},
        "aides/accompagnement/<int:pk>/": {"pk": o["suivi"].pk},
        "e-export/marches/<str:code>/": {"code": o["marche"].code_pays},
        "e-export/places-de-marche/<slug:slug>/": {"slug": o["place"].slug},
        "e-export/temoignages/<slug:slug>/": {"slug": o["temoignage_export"].slug},
        "e-export/questions/<int:pk>/": {"pk": o["faq"].pk},
        "e-export/leads/<int:pk>/": {"pk": o["lead"].pk},
        "e-export/recherches/<int:pk>/supprimer/": {"pk": o["recherche"].pk},
        "e-export/recherches/<int:pk>/alerte/": {"pk": o["recherche"].pk},
        "e-export/alertes/desabonnement/<str:jeton>/": {"jeton": o["recherche"].jeton},
        "e-export/alertes/desabonnement-total/<str:signature>/": {
            "signature": signature_desabonnement_total(o["recherche"].user_id)
        },
        "indicateurs/export/<slug:section>/<slug:tableau>.csv": {
            "section": "aides",
            "tableau": "enveloppes",
        },
        "indicateurs/donnees-ouvertes/<slug:section>/<slug:tableau>.csv": {
            "section": "aides",
            "tableau": "enveloppes",
        },
        "connecteurs/<int:pk>/": {"pk": o["cci"].pk},
        "connecteurs/<int:pk>/logo/": {"pk": o["cci"].pk},
        "connecteurs/<int:pk>/contacter/": {"pk": o["cci"].pk},
        "connecteurs/espace/prestations/<int:pk>/": {"pk": o["prestation"].pk},
        "connecteurs/espace/prestations/<int:pk>/supprimer/": {"pk": o["prestation"].pk},
        "connecteurs/espace/evenements/<int:pk>/supprimer/": {"pk": o["evenement"].pk},
        "connecteurs/espace/demandes/<int:pk>/": {"pk": o["reponse"].pk},
        "connecteurs/espace/avis/<int:pk>/repondre/": {"pk": o["avis_connecteur"].pk},
        "connecteurs/espace/label/<int:pk>/soumettre/": {"pk": o["candidature"].pk},
        "connecteurs/espace/label/<int:pk>/pieces/": {"pk": o["candidature"].pk},
        "connecteurs/label/pieces/<int:pk>/": {"pk": o["piece"].pk},
        "connecteurs/label/pieces/<int:pk>/supprimer/": {"pk": o["piece"].pk},
        "connecteurs/label/candidatures/<int:pk>/": {"pk": o["candidature"].pk},
        "connecteurs/label/candidatures/<int:pk>/evaluer/": {"pk": o["candidature"].pk},
        "connecteurs/label/candidatures/<int:pk>/decider/": {"pk": o["candidature"].pk},
        "connecteurs/label/structures/<int:pk>/": {"pk": o["cci"].pk},
        "connecteurs/structures/<int:pk>/rejoindre/": {"pk": o["cci"].pk},
        "connecteurs/espace/membres/adhesions/<int:pk>/": {"pk": o["adhesion"].pk},
        "connecteurs/espace/membres/<int:pk>/retirer/": {"pk": o["membre"].pk},
        "connecteurs/espace/membres/<int:pk>/referent/": {"pk": o["membre"].pk},
        "connecteurs/mes-demandes/<int:pk>/": {"pk": o["demande"].pk},
        "connecteurs/mes-demandes/reponses/<int:pk>/avis/": {"pk": o["reponse"].pk},
        "formations/catalogue/<int:pk>/": {"pk": o["formation"].pk},
        "formations/sessions/<int:session_pk>/inscription/": {"session_pk": o["session"].pk},
        "formations/mes-inscriptions/<int:pk>/": {"pk": o["inscription"].pk},
        "formations/mes-inscriptions/<int:pk>/annuler/": {"pk": o["inscription"].pk},
        "formations/inscriptions/<int:pk>/avis/": {"pk": o["inscription_a_noter"].pk},
        "formations/gestion/formations/<int:pk>/": {"pk": o["formation"].pk},
        "formations/gestion/formations/<int:pk>/modifier/": {"pk": o["formation"].pk},
        "formations/gestion/formations/<int:formation_pk>/sessions/nouvelle/": {
            "formation_pk": o["formation"].pk
        },
        "formations/gestion/sessions/<int:pk>/": {"pk": o["session"].pk},
        "formations/gestion/sessions/<int:pk>/modifier/": {"pk": o["session"].pk},
        "formations/gestion/inscriptions/<int:pk>/<str:decision>/": {
            "pk": o["inscription"].pk,
            "decision": "confirmer",
        },
        "formations/gestion/avis/<int:pk>/repondre/": {"pk": o["avis_formation"].pk},
        "formations/bourse/annonces/<int:pk>/": {"pk": o["annonce"].pk},
        "formations/bourse/annonces/<int:pk>/retirer/": {"pk": o["annonce"].pk},
        "formations/bourse/entreprises/<int:entreprise_pk>/": {"entreprise_pk": o["entreprise"].pk},
        "formations/bourse/entreprises/<int:entreprise_pk>/adherer/": {
            "entreprise_pk": o["entreprise"].pk
        },
        "formations/bourse/entreprises/<int:entreprise_pk>/annonces/nouvelle/": {
            "entreprise_pk": o["entreprise"].pk
        },
        "formations/bourse/entreprises/<int:entreprise_pk>/rapport/": {
            "entreprise_pk": o["entreprise"].pk
        },
        "formations/bourse/entreprises/<int:entreprise_pk>/rapport.csv": {
            "entreprise_pk": o["entreprise"].pk
        },
        "formations/bourse/echanges/<int:pk>/": {"pk": o["echange"].pk},
        "formations/bourse/echanges/<int:pk>/<str:action>/": {
            "pk": o["echange"].pk,
            "action": "accepter",
        },
        "formations/appels/<int:pk>/": {"pk": o["appel"].pk},
        "formations/appels/<int:pk>/repondre/": {"pk": o["appel"].pk},
        "formations/propositions/<int:pk>/": {"pk": o["proposition"].pk},
        "formations/propositions/<int:pk>/completer/": {"pk": o["proposition"].pk},
        "formations/propositions/<int:pk>/evaluer/": {"pk": o["proposition"].pk},
        "compte/^confirm-email/(?P<key>[-:\\w]+)/$": {"key": "cle-inconnue"},
        "compte/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": {
            "uidb36": "zz",
            "key": "cle-inconnue",
        },
    }
    if route in table:
        return table[route]
    if route.startswith("api/"):
        kwargs = {}
        if "(?P<pk>" in route:
            kwargs["pk"] = o["api_pk"][route.split("/")[1].lstrip("^")]
        if "(?P<format>" in route or "<drf_format_suffix:format>" in route:
            kwargs["format"] = "json"
        return kwargs
    if "<" in route:
        raise AssertionError(f"Arguments inconnus pour {route} : ajoutez-les à _kwargs.")
    return {}


@pytest.fixture
def monde(
    db,
    pme_alice,
    pme_bruno,
    connecteur_claire,
    instructeur_bretagne,
    instructeur_occitanie,
    mission_marc,
):
    cci = connecteur_labellise(connecteur_claire)
    david = UserFactory(connecteur=True, email="david@connecteur.test")
    structure_david = connecteur_labellise(david, nom="Numérique Occitanie Conseil", region="76")
    # Both structures also train (formations manager pages), so "autre_connecteur" is a real
    # training provider that must not reach Claire's trainings.
    for structure in (cci, structure_david):
        structure.type_acteur = TypeActeur.ORGANISME_FORMATION
        structure.charte_signee_le = timezone.now()
        structure.save(update_fields=["type_acteur", "charte_signee_le"])
    objets = pme_complete(pme_alice, nom="Boulangerie du Port", instructeur=instructeur_bretagne)
    suivi = dossier_en_instruction(
        user=pme_alice, entreprise=objets["entreprise"], aide=objets["aide"], connecteur=cci
    )
    objets["suivi"] = suivi
    objets["demande_avis"] = aides_services.avis_demander(
        dossier=suivi, instructeur=instructeur_bretagne, question="Votre avis ?", connecteur=cci
    )
    objets["resultat"].pdf.save("rapport.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    objets["ressource"] = RessourceFactory()
    objets["marche"] = MarcheFactory(code_pays="DE")
    objets["place"] = PlaceFactory(marches=[objets["marche"]])
    objets["temoignage_export"] = TemoignageFactory(marche=objets["marche"])
    objets["faq"] = QuestionFactory()
    objets["lead"] = LeadFactory()
    objets.update(_connecteurs_et_formations(objets, cci, david, pme_alice, instructeur_bretagne))
    # a second member of Claire's structure, and someone asking to join it
    yann = UserFactory(connecteur=True, email="yann@connecteur.test")
    objets["membre"] = Membre.objects.create(connecteur=cci, user=yann)
    objets["adhesion"] = DemandeAdhesion.objects.create(
        connecteur=cci, demandeur=UserFactory(connecteur=True, email="nolwenn@connecteur.test")
    )
    objets.update(_cogestion(objets["entreprise"], pme_bruno))
    objets["api_pk"] = {
        "ressources": objets["ressource"].pk,
        "temoignages": objets["temoignage_publie"].pk,
        "prestataires": objets["prestataire"].pk,
        "connecteurs": ConnecteurFactory(nom="Connecteur de l'annuaire public").pk,
        "formations": FormationFactory(titre="Formation du catalogue public").pk,
        "aides": objets["aide"].pk,
        "marches": objets["marche"].pk,
        "leads": objets["lead"].pk,
        "pme-labellisees": objets["entreprise"].pk,
    }
    utilisateurs = {
        "anonyme": None,
        "pme": pme_alice,
        "autre_pme": pme_bruno,
        "connecteur": connecteur_claire,
        "autre_connecteur": david,
        "instructeur": instructeur_bretagne,
        "instructeur_autre": instructeur_occitanie,
        "mission": mission_marc,
    }
    assert pme_bruno.role == Role.PME and instructeur_occitanie.regions.get().code == "76"
    assert Decimal(objets["accorde"].montant_accorde) > 0
    return objets, utilisateurs


def _cogestion(entreprise, bruno):
    """An invitation Alice sent, requests to join her firm (one waiting for her answer, one
    of Bruno's she refused) and another firm's request in the mission's queue."""
    maintenant = timezone.now()
    invitation = Invitation.objects.create(
        entreprise=entreprise,
        email="lea@exemple.fr",
        empreinte_jeton=empreinte("jeton-de-test"),
        expire_le=maintenant + timedelta(days=14),
    )

    def demande(entreprise, demandeur, etat, **kwargs):
        return Revendication.objects.create(
            entreprise=entreprise,
            demandeur=demandeur,
            message="Je suis la gérante.",
            reponse_avant=maintenant + timedelta(days=15),
            etat=etat,
            **kwargs,
        )

    autre = EntrepriseFactory(gestionnaires=[UserFactory()])
    return {
        "invitation": invitation,
        "jeton_invitation": "jeton-de-test",
        "revendication": demande(entreprise, UserFactory(), EtatRevendication.EN_ATTENTE),
        "revendication_refusee": demande(entreprise, bruno, EtatRevendication.REFUSEE),
        "revendication_mission": demande(
            autre,
            UserFactory(),
            EtatRevendication.MISSION,
            justificatif=ContentFile(PDF, name="kbis.pdf"),
        ),
    }


def _connecteurs_et_formations(o, cci, david, alice, instructeur):
    """Claire's structure and Alice's requests, enrolments and time-bank account."""
    vente = Theme.objects.get(slug="vente-en-ligne")
    demande = Demande.objects.create(
        entreprise=o["entreprise"],
        auteur=alice,
        theme=vente,
        message="Site",
        cree_le=timezone.now(),
    )
    reponse = Reponse.objects.create(
        demande=demande, connecteur=cci, etat=EtatReponse.TERMINEE_AIDEE
    )
    candidature = Candidature.objects.create(connecteur=cci, references="Références")
    Evaluation.objects.create(candidature=candidature, evaluateur=instructeur)
    formation = FormationFactory(organisme=cci)
    session = SessionFactory(formation=formation)
    passee = SessionFactory(formation=formation, passee=True)
    entreprise_tiers = EntrepriseFactory(gestionnaires=[UserFactory()])
    alice_bourse = MembreBourse.objects.create(
        entreprise=o["entreprise"], charte_acceptee_le=timezone.now(), adhesion_par=alice
    )
    tiers_bourse = MembreBourse.objects.create(
        entreprise=entreprise_tiers, charte_acceptee_le=timezone.now()
    )
    annonce = Annonce.objects.create(
        membre=alice_bourse,
        sens=SensAnnonce.OFFRE,
        titre="Aide au site",
        description="Une demi-journée",
        salarie="Yann",
        heures=Decimal("3"),
        modalite=ModaliteEchange.DISTANCE,
        region_id="53",
    )
    inscription_passee = InscriptionFactory(
        session=passee, demandeur=alice, entreprise=o["entreprise"], confirmee=True
    )
    appel = AppelFormations.objects.create(
        titre="Appel",
        description="Appel",
        criteres="Qualité",
        date_limite=timezone.now() + timedelta(days=30),
        publie=True,
    )
    return {
        "cci": cci,
        "prestation": PrestationFactory(connecteur=cci),
        "evenement": EvenementFactory(connecteur=cci),
        "demande": demande,
        "reponse": reponse,
        "avis_connecteur": Avis.objects.create(reponse=reponse, contacte=True, utile=True, note=4),
        "candidature": candidature,
        "piece": Piece.objects.create(
            candidature=candidature,
            type_piece=TypePiece.CV,
            titre="CV",
            fichier=ContentFile(PDF, name="cv.pdf"),
        ),
        "formation": formation,
        "session": session,
        "inscription": InscriptionFactory(
            session=session, demandeur=alice, entreprise=o["entreprise"]
        ),
        "inscription_passee": inscription_passee,
        "inscription_a_noter": InscriptionFactory(
            session=passee, demandeur=alice, entreprise=o["entreprise"], confirmee=True
        ),
        "avis_formation": AvisFormation.objects.create(
            inscription=inscription_passee, formation=formation, note=5, auteur=alice
        ),
        "annonce": annonce,
        "echange": Echange.objects.create(
            annonce=annonce,
            offreur=alice_bourse,
            receveur=tiers_bourse,
            propose_par=tiers_bourse,
            salarie="Yann",
            heures=Decimal("3"),
        ),
        "appel": appel,
        "proposition": Proposition.objects.create(
            appel=appel,
            organisme=cci,
            deposee_par=cci.membres.get(),
            type_etablissement="universite",
            titre="Vendre en ligne",
            type_formation=TypeFormation.COURTE,
            public=Public.DIRIGEANT,
            modalite=Modalite.HYBRIDE,
            niveau=NiveauFormation.DECOUVERTE,
            duree_heures=14,
            prix=Decimal("450"),
            description="Description",
            programme="Programme",
        ),
    }


def _statut(response):
    if response.status_code == 302:
        return L if response["Location"].startswith(resolve_url(settings.LOGIN_URL)) else R
    return response.status_code


def portal_urls(objets) -> dict[str, str]:
    """route → a concrete URL of it, pointing at the objects of `monde`."""
    urls = {}
    for route, name in portal_url_patterns():
        if route in urls:
            continue
        urls[route] = reverse(name, kwargs=_kwargs(route, objets) or None)
        if route == "diagnostic/entreprises/<int:pk>/historique/":
            urls[route] += f"?questionnaire={objets['version'].questionnaire.slug}"
    return urls


def _ecarts(client, utilisateurs, urls, envoyer, attendus) -> list[str]:
    """Each role in turn sends `envoyer(client, url)` to every URL; the rows, written as in
    the table, of the routes whose statuses differ from `attendus`."""
    obtenu = {route: [] for route in urls}
    for role in ROLES:
        client.logout()
        cache.clear()  # the API throttles per address: each role starts afresh
        if utilisateurs[role] is not None:
            client.force_login(utilisateurs[role])
        for route, url in urls.items():
            obtenu[route].append(_statut(envoyer(client, url)))
    return [
        f"    {route!r}: {tuple(obtenu[route])},  # attendu {attendus.get(route)}"
        for route in sorted(urls)
        if tuple(obtenu[route]) != attendus.get(route)
    ]


def test_every_url_gives_each_role_the_expected_status(client, monde):
    objets, utilisateurs = monde
    urls = portal_urls(objets)
    manquantes = sorted(set(urls) - set(EXPECTED))
    ecarts = _ecarts(client, utilisateurs, urls, lambda c, url: c.get(url), EXPECTED)
    assert not manquantes and not ecarts, (
        "URL sans ligne dans EXPECTED : " + ", ".join(manquantes) + "\n" + "\n".join(ecarts)
    )


# Routes that answer a GET with 405 (POST only): the status of an empty POST, per role. An
# unauthorised role must be stopped (403, 404 or login) before the form is even read; an
# authorised one gets its form back or is sent on ("redir").
EXPECTED_POST: dict[str, tuple] = {
    "aides/dossiers/<int:pk>/aides-recues/": (L, 400, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/depenses/": (L, 400, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/": (
        L,
        R,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    "aides/dossiers/<int:pk>/deposer/": (L, 400, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/pieces/": (L, 400, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/projet/": (L, 400, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/retirer/": (L, R, 404, 403, 403, 403, 403, 403),
    "aides/instruction/<int:pk>/<slug:action>/": (L, 403, 403, 403, 403, 400, 404, 400),
    "aides/instruction/lot/": (L, 403, 403, 403, 403, R, R, R),
    # an aid of one's regions; another region's instructeur gets 404
    "aides/regions/<int:pk>/publication/": (L, 403, 403, 403, 403, R, 404, 403),
    "connecteurs/espace/avis/<int:pk>/repondre/": (L, 403, 403, R, 404, 403, 403, 403),
    "connecteurs/espace/evenements/<int:pk>/supprimer/": (L, 403, 403, R, 404, 403, 403, 403),
    # only who may see the result (its manager here); nothing to complete: back to the result
    "diagnostic/d/<str:jeton>/completer/": (404, R, 404, 404, 404, 404, 404, 404),
    # a private link pasted in « Mes diagnostics »: nothing pasted is a form error
    "diagnostic/mes-diagnostics/retrouver/": (L, 400, 400, 403, 403, 403, 403, 403),
    "connecteurs/espace/label/<int:pk>/pieces/": (L, 403, 403, R, 404, 403, 403, 403),
    "connecteurs/espace/label/<int:pk>/soumettre/": (L, 403, 403, R, 404, 403, 403, 403),
    "connecteurs/espace/label/nouvelle/": (L, 403, 403, R, R, 403, 403, 403),
    "connecteurs/espace/prestations/<int:pk>/supprimer/": (L, 403, 403, R, 404, 403, 403, 403),
    "connecteurs/label/candidatures/<int:pk>/decider/": (L, 403, 403, 403, 403, R, 404, R),
    "connecteurs/label/pieces/<int:pk>/supprimer/": (L, 403, 403, R, 404, 403, 403, 403),
    "e-export/recherches/<int:pk>/alerte/": (L, R, 404, 404, 404, 404, 404, 404),
    "e-export/recherches/enregistrer/": (L, R, R, R, R, R, R, R),
    "entreprises/<int:pk>/gestionnaires/": (L, R, 404, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/gestionnaires/retirer/": (L, R, 404, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/invitations/<int:invitation_pk>/annuler/": (
        L,
        R,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    "entreprises/<int:pk>/quitter/": (L, R, 404, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/revendications/<int:revendication_pk>/": (
        L,
        R,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    # Bruno's request, refused by Alice: he disputes it (an empty reason is refused).
    "entreprises/demandes/<int:pk>/contester/": (L, 404, R, 403, 403, 403, 403, 403),
    "formations/bourse/annonces/<int:pk>/retirer/": (L, R, 404, 403, 403, 403, 403, 403),
    "formations/bourse/echanges/<int:pk>/<str:action>/": (L, R, 404, 403, 403, 403, 403, 403),
    "formations/bourse/entreprises/<int:entreprise_pk>/adherer/": (
        L,
        200,
        404,
        403,
        403,
        403,
        403,
        403,
    ),
    "formations/gestion/avis/<int:pk>/repondre/": (L, 403, 403, R, 404, 403, 403, R),
    "formations/gestion/inscriptions/<int:pk>/<str:decision>/": (L, 403, 403, R, 404, 403, 403, R),
    "formations/mes-inscriptions/<int:pk>/annuler/": (L, R, 404, 403, 403, 403, 403, 403),
    "formations/propositions/<int:pk>/evaluer/": (L, 403, 403, 403, 403, 403, 403, R),
    "indicateurs/recalculer/": (L, 403, 403, 403, 403, 403, 403, R),
    "label/mes-entreprises/<int:pk>/charte/": (L, R, 404, 403, 403, 403, 403, 403),
}


def test_post_only_routes_give_each_role_the_expected_status(client, monde):
    objets, utilisateurs = monde
    urls = {
        route: url
        for route, url in portal_urls(objets).items()
        if 405 in EXPECTED.get(route, ()) and not route.startswith("api/")
    }
    ecarts = _ecarts(client, utilisateurs, urls, lambda c, url: c.post(url), EXPECTED_POST)
    assert not ecarts, "\n".join(ecarts)
    assert set(EXPECTED_POST) == set(urls)


def test_expected_table_has_no_stale_row(db):
    routes = {route for route, _name in portal_url_patterns()}
    assert set(EXPECTED) <= routes, set(EXPECTED) - routes
    assert all(len(statuts) == len(ROLES) for statuts in EXPECTED.values())
