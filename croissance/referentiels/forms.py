"""The NAF code as people give it: the code of their Kbis, or words of their activity.

A form declares `naf = champ_naf()` and `naf_choix = champ_choix_naf()` (right after), and
its `clean_naf` returns `lire_naf(self, self.cleaned_data["naf"])`. Words that match several
activities bring the form back with a list of them to choose from: a search step that needs
no script."""

from django import forms
from dsfr.utils import dsfr_input_class_attr

from .models import Naf
from .selectors import code_naf, rechercher_naf

INCONNU = "Code NAF inconnu : saisissez-le sous la forme 47.61Z."


def champ_naf(**kwargs) -> forms.CharField:
    kwargs.setdefault("label", "Code NAF (APE) ou activité")
    kwargs.setdefault(
        "help_text",
        "Le code de votre extrait Kbis ou avis de situation SIRENE (par exemple 10.71C), ou "
        "des mots de votre activité (par exemple boulangerie) : nous vous proposerons les "
        "codes correspondants.",
    )
    return forms.CharField(max_length=100, required=False, **kwargs)


class ChoixNafField(forms.CharField):
    """The list of matching activities: marked required once shown (a choice is expected),
    but `lire_naf` alone says what is missing, on the words typed."""

    def validate(self, value):
        pass


def champ_choix_naf() -> forms.CharField:
    """Hidden until words match several activities (`lire_naf` then makes it a list)."""
    return ChoixNafField(label="Activité correspondante", required=False, widget=forms.HiddenInput)


def lire_naf(form: forms.BaseForm, saisie: str, *, choix: str = "naf_choix") -> Naf | None:
    """The NAF sub-class of what was typed in the field (None when left empty). Words lead to
    the activities they match, listed in the `choix` field: the one chosen there, or the
    only one, is the answer (and stays shown, so the person sees which code was read);
    otherwise a French error asks to choose or to try other words."""
    saisie = " ".join((saisie or "").split())
    if not saisie:
        return None
    candidats = rechercher_naf(saisie)
    if code_naf(saisie):
        if not candidats:
            raise forms.ValidationError(INCONNU, code="inconnu")
        return candidats[0]
    if not candidats:
        raise forms.ValidationError(
            "Aucune activité ne correspond à « %(saisie)s » : essayez d'autres mots, ou "
            "saisissez le code NAF (par exemple 47.61Z).",
            code="introuvable",
            params={"saisie": saisie},
        )
    choisi = form.data.get(form.add_prefix(choix))
    naf = next((c for c in candidats if c.code == choisi), None)
    if naf is None and len(candidats) == 1:
        naf = candidats[0]
    _proposer(form, choix, candidats, naf)
    if naf is None:
        raise forms.ValidationError(
            "« %(saisie)s » correspond à %(nombre)s activités : choisissez la vôtre dans la "
            "liste « Activité correspondante ».",
            code="choix",
            params={"saisie": saisie, "nombre": len(candidats)},
        )
    return naf


def _proposer(form, choix: str, candidats: list[Naf], naf: Naf | None) -> None:
    champ = form.fields[choix]
    options = [(c.code, f"{c.code} – {c.libelle}") for c in candidats]
    # once an activity is read, it is the one shown: no empty choice above it
    vide = [] if naf is not None else [("", "Choisir l'activité")]
    champ.widget = forms.Select(choices=vide + options)
    champ.required = True
    champ.help_text = "Les activités dont le libellé contient les mots saisis."
    dsfr_input_class_attr(form[choix])
