"""Writes on entreprises: one function per use case."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction

from croissance.comptes.enums import Role
from croissance.emails import send_templated_email
from croissance.referentiels.selectors import communes_du_code_postal

from .categorie import categorie_entreprise
from .models import Entreprise, Gestionnaire


def _locate(entreprise: Entreprise, code_commune: str | None = None) -> None:
    """Set commune, département and région from the postal code (and SIRENE's commune)."""
    communes = communes_du_code_postal(entreprise.code_postal)
    if not communes:
        raise ValidationError({"code_postal": "Ce code postal est inconnu."})
    commune = next((c for c in communes if c.code == code_commune), communes[0])
    entreprise.commune = commune
    entreprise.departement = commune.departement
    entreprise.region_id = commune.departement.region_id


def _complete(entreprise: Entreprise, code_commune: str | None) -> None:
    entreprise.siren = entreprise.siret[:9]
    _locate(entreprise, code_commune)
    effectif = entreprise.effectif
    if effectif is None and entreprise.tranche_effectifs is not None:
        effectif = entreprise.tranche_effectifs.minimum
    entreprise.categorie = categorie_entreprise(
        effectif, entreprise.chiffre_affaires, entreprise.total_bilan
    )


@transaction.atomic
def entreprise_creer(*, user, entreprise: Entreprise, code_commune: str | None = None):
    """Register an entreprise (built by the form, not saved yet) and make `user` its manager."""
    _complete(entreprise, code_commune)
    entreprise.full_clean()
    entreprise.save()
    Gestionnaire.objects.create(entreprise=entreprise, user=user)
    return entreprise


@transaction.atomic
def entreprise_modifier(*, entreprise: Entreprise) -> Entreprise:
    _complete(entreprise, entreprise.commune_id)
    entreprise.full_clean()
    entreprise.save()
    return entreprise


@transaction.atomic
def gestionnaire_ajouter(*, entreprise: Entreprise, par, email: str) -> Gestionnaire:
    """Give another PME user access to the entreprise, and tell them by email."""
    user = get_user_model().objects.filter(email__iexact=email.strip(), role=Role.PME).first()
    if user is None:
        raise ValidationError(
            "Aucun compte PME n'utilise cette adresse : la personne doit d'abord créer son compte."
        )
    gestionnaire, created = Gestionnaire.objects.get_or_create(entreprise=entreprise, user=user)
    if not created:
        raise ValidationError("Cette personne gère déjà l'entreprise.")
    send_templated_email(
        to=user.email,
        template="emails/gestionnaire_ajoute",
        context={"entreprise": entreprise, "par": par, "user": user},
    )
    return gestionnaire
