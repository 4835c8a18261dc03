"""Sampled audit after decision (« contrôle a posteriori »).

A share of the granted files (`AIDES_PART_CONTROLE_A_POSTERIORI`) is drawn for a complete
check once decided: at pre-validation for the files a labelled connecteur pre-validated, at
acceptance for the others. A second instructeur of the region, neither the one who accepted
the file nor one in conflict of interest (`conflits.py`), records the outcome: conforme or
non conforme, with a reason (required for non conforme), who and when. The outcome is for
the staff only: never on a page, an email or an export the firm reads.
"""

import random

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from .conflits import raison_de_conflit, raisons_de_conflit
from .enums import ETATS_OCTROYES, ConclusionControle, EtatDossier

DEJA_CONTROLE = "Ce dossier a déjà été contrôlé."
PAS_A_CONTROLER = "Ce dossier n'est pas tiré au sort pour un contrôle a posteriori."
DECIDEUR = (
    "Vous avez accepté ce dossier : un autre instructeur de la région fait son contrôle "
    "a posteriori."
)


class ControleAPosteriori(models.Model):
    """The outcome of the sampled audit of a granted file: one per file, never edited."""

    dossier = models.OneToOneField(
        "aides.Dossier",
        verbose_name="dossier",
        on_delete=models.CASCADE,
        related_name="controle",
    )
    conclusion = models.CharField("conclusion", max_length=20, choices=ConclusionControle.choices)
    motif = models.TextField(
        "motif (interne)",
        blank=True,
        help_text="Lu par les instructeurs et la mission seulement, jamais par l'entreprise.",
    )
    controle_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="contrôlé par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    controle_le = models.DateTimeField("contrôlé le", default=timezone.now)

    class Meta:
        app_label = "aides"
        verbose_name = "contrôle a posteriori"
        verbose_name_plural = "contrôles a posteriori"
        ordering = ["-controle_le", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(conclusion=ConclusionControle.NON_CONFORME)
                | ~models.Q(motif=""),
                name="controle_non_conforme_motive",
            )
        ]

    def __str__(self):
        return f"Contrôle a posteriori du dossier n° {self.dossier_id}"


def part_controle_a_posteriori() -> float:
    return float(settings.AIDES_PART_CONTROLE_A_POSTERIORI)


def tirer_au_sort(dossier) -> None:
    """Draw `dossier` for an audit with the configured share; a file already drawn stays
    drawn. The caller saves the file."""
    if not dossier.controle_a_posteriori:
        dossier.controle_a_posteriori = random.random() < part_controle_a_posteriori()


def _accepte_par(dossier_pk: int):
    from .models import HistoriqueDossier

    return HistoriqueDossier.objects.filter(
        dossier=dossier_pk, etat_apres=EtatDossier.ACCEPTE
    ).values("auteur")


def controles_a_faire(user):
    """The files `user` may audit: drawn, granted, in their regions, not audited yet, not
    accepted by them, without conflict of interest; oldest decision first."""
    from .models import HistoriqueDossier
    from .selectors import dossiers_for_user

    dossiers = (
        dossiers_for_user(user)
        .filter(controle_a_posteriori=True, etat__in=ETATS_OCTROYES, controle__isnull=True)
        .exclude(
            Exists(
                HistoriqueDossier.objects.filter(
                    dossier=OuterRef("pk"), etat_apres=EtatDossier.ACCEPTE, auteur=user
                )
            )
        )
        .order_by("decide_le", "pk")
    )
    en_conflit = raisons_de_conflit(user, dossiers)
    return dossiers.exclude(pk__in=list(en_conflit))


def controle_du_dossier(dossier) -> ControleAPosteriori | None:
    return (
        ControleAPosteriori.objects.select_related("controle_par").filter(dossier=dossier).first()
    )


def raison_de_ne_pas_controler(dossier, user) -> str:
    """Why `user` may not record the audit of this file, "" when they may."""
    if not dossier.controle_a_posteriori or dossier.etat not in ETATS_OCTROYES:
        return PAS_A_CONTROLER
    if ControleAPosteriori.objects.filter(dossier=dossier).exists():
        return DEJA_CONTROLE
    if _accepte_par(dossier.pk).filter(auteur=user.pk).exists():
        return DECIDEUR
    if raison := raison_de_conflit(user, dossier):
        return f"Conflit d'intérêts : {raison} Un autre instructeur de la région fait ce contrôle."
    return ""


@transaction.atomic
def controle_enregistrer(
    *, dossier, controleur, conclusion: str, motif: str = ""
) -> ControleAPosteriori:
    """Record the outcome of the audit, by a second pair of eyes: no email, nothing the
    firm reads."""
    from .models import Dossier

    dossier = Dossier.objects.select_for_update(of=("self",)).get(pk=dossier.pk)
    if raison := raison_de_ne_pas_controler(dossier, controleur):
        raise ValidationError(raison)
    if conclusion not in ConclusionControle.values:
        raise ValidationError({"conclusion": "Choisissez conforme ou non conforme."})
    motif = motif.strip()
    if conclusion == ConclusionControle.NON_CONFORME and not motif:
        raise ValidationError({"motif": "Indiquez en quoi le dossier n'est pas conforme."})
    return ControleAPosteriori.objects.create(
        dossier=dossier, conclusion=conclusion, motif=motif, controle_par=controleur
    )
