"""The themes of an offer as one integer, a bit per theme (`Theme.bit`), kept on the offers
the orientation engine ranks (`themes_masque`).

"Covers one of these themes" is then `themes_masque & mask <> 0`, read in the row itself,
instead of a subquery on a link table run for each of thousands of candidates.

An app declares where its offers' themes come from (`suivre_themes`), in its `ready()`; the
mask is then recomputed in SQL from those link tables whenever they or the offer change
through the ORM (`m2m_changed`, saves and deletions of a link model such as a connecteur's
services, saves of the offer).
Bulk writes that bypass signals (`bulk_create` of link rows, `COPY`) call `recalculer`
afterwards.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import GreaterThan
from django.db.models.signals import m2m_changed, post_delete, post_save

from .selectors import bits_themes, oublier_themes


@dataclass(frozen=True)
class Source:
    """A table linking offers to themes: `lien` has a `theme` foreign key and `champ`, the
    foreign key to the offer (e.g. `Connecteur.themes.through` and "connecteur")."""

    lien: type[models.Model]
    champ: str


_SUIVIS: dict[type[models.Model], tuple[Source, ...]] = {}


@dataclass(frozen=True)
class Masques:
    """The themes' bits read once (one cache read) for a provider's query and its rows."""

    bits: dict[str, int]

    @classmethod
    def actuels(cls) -> "Masques":
        return cls(bits_themes())

    def masque(self, slugs: Iterable[str]) -> int:
        resultat = 0
        for slug in slugs:
            resultat |= self.bits.get(slug, 0)
        return resultat

    def couvre(self, slugs: Iterable[str]) -> Q:
        """Condition "the offer covers one of these themes", for `filter()` and `When()`."""
        return Q(GreaterThan(F("themes_masque").bitand(self.masque(slugs)), 0))

    def themes(self, valeur: int) -> set[str]:
        """The theme slugs of a mask."""
        return {slug for slug, bit in self.bits.items() if valeur & bit}


def masque_sql(sources: Iterable[Source]):
    """The SQL expression of an offer's mask, from its link tables (distinct themes summed:
    each theme is one power of two, so the sum is the bitwise OR)."""
    expression = Value(0, output_field=models.BigIntegerField())
    for source in sources:
        somme = (
            source.lien.objects.filter(**{source.champ: OuterRef("pk")})
            .order_by()
            .values(source.champ)
            .annotate(bits=Sum("theme__bit", distinct=True))
            .values("bits")
        )
        # PostgreSQL sums big integers as numeric: back to a big integer for the OR.
        expression = expression.bitor(Coalesce(Cast(Subquery(somme), models.BigIntegerField()), 0))
    return expression


def recalculer(modele: type[models.Model], pks: Iterable | None = None) -> int:
    """Recompute the masks of these offers (all of them without `pks`); rows updated."""
    lignes = modele.objects.all() if pks is None else modele.objects.filter(pk__in=list(pks))
    return lignes.update(themes_masque=masque_sql(_SUIVIS[modele]))


def remplir(modele: type[models.Model], *sources: Source) -> int:
    """Compute every mask of `modele` from `sources` (for data migrations, which pass their
    historical models)."""
    return modele.objects.update(themes_masque=masque_sql(sources))


def modeles_suivis() -> list[type[models.Model]]:
    return list(_SUIVIS)


def suivre_themes(modele: type[models.Model], *sources: Source) -> None:
    """Keep `modele.themes_masque` up to date from these link tables."""
    _SUIVIS[modele] = sources
    # A save writes the mask the instance was loaded with, maybe older than its link rows:
    # recompute it right after.
    post_save.connect(
        _offre_enregistree, sender=modele, dispatch_uid=f"masque:{modele._meta.label}"
    )
    for source in sources:
        cle = f"masque:{modele._meta.label}:{source.lien._meta.label}"
        if source.lien._meta.auto_created:
            m2m_changed.connect(
                _m2m_modifie(modele), sender=source.lien, weak=False, dispatch_uid=cle
            )
        else:
            recalcul = _lien_modifie(modele, source.champ)
            post_save.connect(recalcul, sender=source.lien, weak=False, dispatch_uid=cle)
            post_delete.connect(
                recalcul, sender=source.lien, weak=False, dispatch_uid=cle + ":suppr"
            )


def _m2m_modifie(modele):
    def recalcul(sender, instance, action, reverse, pk_set=None, **kwargs):
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if not reverse:
            recalculer(modele, [instance.pk])
        else:
            # From a theme's side: the offers added or removed; after a clear
            # (`theme.formation_set.clear()`), unknown, so all of them (a rare action).
            recalculer(modele, pk_set)

    return recalcul


def _offre_enregistree(sender, instance, raw=False, **kwargs):
    if not raw:
        recalculer(sender, [instance.pk])


def _lien_modifie(modele, champ: str):
    def recalcul(sender, instance, **kwargs):
        recalculer(modele, [getattr(instance, f"{champ}_id")])

    return recalcul


def theme_supprime(**kwargs) -> None:
    """Its link rows went with it, without signals: its bit may go to a new theme."""
    oublier_themes()
    for modele in modeles_suivis():
        recalculer(modele)
