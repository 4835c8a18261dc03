"""Explicit workflows with history.

A workflow is: states (a TextChoices in the app's enums.py), the allowed transitions (a dict
next to them), and a history model inheriting `Transition`. Every state change goes through
`transition()`, called by one service per transition inside `transaction.atomic`; it refuses
a move the table does not allow and writes the history row (who, when, from, to, why).

    TRANSITIONS = {
        Etat.BROUILLON: {Etat.DEPOSE},
        Etat.DEPOSE: {Etat.EN_INSTRUCTION, Etat.INCOMPLET},
    }

    class HistoriqueDossier(Transition):
        dossier = models.ForeignKey(Dossier, related_name="historique", on_delete=models.CASCADE)

    transition(dossier, to=Etat.DEPOSE, table=TRANSITIONS, auteur=user,
               history=HistoriqueDossier, history_fields={"dossier": dossier}, motif="")
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models


class Transition(models.Model):
    """One recorded state change. Never edited: the admin shows it read-only."""

    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="auteur",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    date = models.DateTimeField("date", auto_now_add=True, db_index=True)
    etat_avant = models.CharField("état avant", max_length=40, blank=True)
    etat_apres = models.CharField("état après", max_length=40)
    motif = models.TextField("motif", blank=True)

    # The workflow's states (a TextChoices): subclasses set it so the history reads in French.
    etats: type[models.TextChoices] | None = None

    class Meta:
        abstract = True
        ordering = ["date", "pk"]

    def __str__(self):
        """« Soumis → Refusé », in words (the admin lists the rows so)."""
        avant = self._label(self.etat_avant) if self.etat_avant else "∅"
        return f"{avant} → {self._label(self.etat_apres)}"

    def _label(self, etat: str) -> str:
        try:
            return self.etats(etat).label if self.etats else etat
        except ValueError:  # a state removed from the workflow since: its code is all we have
            return etat

    @property
    def etat_avant_label(self) -> str:
        return self._label(self.etat_avant) if self.etat_avant else ""

    @property
    def etat_apres_label(self) -> str:
        return self._label(self.etat_apres)


class TransitionInterdite(ValidationError):
    pass


def transition(
    obj,
    *,
    to: str,
    table: dict,
    auteur,
    history: type[Transition],
    history_fields: dict,
    motif: str = "",
    state_field: str = "etat",
    labels: type[models.TextChoices] | None = None,
) -> Transition:
    """Move `obj` to state `to` if `table` allows it, save it and record the history row.

    Call it inside `transaction.atomic()`, on a row locked with `select_for_update()` when two
    people may act at the same moment.
    """
    current = getattr(obj, state_field)
    if to not in table.get(current, set()):
        name = (lambda value: labels(value).label) if labels else str
        raise TransitionInterdite(f"Impossible de passer de « {name(current)} » à « {name(to)} ».")
    setattr(obj, state_field, to)
    obj.save()
    return history.objects.create(
        auteur=auteur, etat_avant=current, etat_apres=to, motif=motif, **history_fields
    )


class TransitionAdminMixin:
    """Admin options for a history model: visible, never editable."""

    readonly_fields = ["auteur", "date", "avant", "apres", "motif"]
    exclude = ["etat_avant", "etat_apres"]  # their codes: `avant` and `apres` say them in words

    @admin.display(description="état avant")
    def avant(self, obj):
        return obj.etat_avant_label or "—"

    @admin.display(description="état après", ordering="etat_apres")
    def apres(self, obj):
        return obj.etat_apres_label

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
