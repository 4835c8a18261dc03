import re

from django import forms

from croissance.forms import DsfrForm

from .enums import TypeQuestion
from .scoring import questions_visibles

ERREUR_OBLIGATOIRE = "Répondez à cette question pour continuer."
ERREUR_MULTIPLE = "Cochez au moins une réponse pour continuer."


class EtapeForm(DsfrForm):
    """The questions of one step, follow-ups included.

    A follow-up question is shown once an answer it depends on is retained, in an earlier
    step or in this one. The page draws every question of the step: those whose answer is
    not chosen yet are hidden, and revealed in place by the page's script; without the
    script, the answers that reveal them are saved and the same step is shown again with
    them (`nouvelles`), so that a person who only goes forward is asked every question.

    Choice ids unknown to a question make `choix_invalide` true: the view answers 400
    (tampered or stale form), not a form error."""

    def __init__(self, *args, questions, regles, retenus, obligatoire=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.obligatoire = obligatoire
        self.regles = regles
        self.conditions = {regle.id: regle.conditions for regle in regles}
        self.retenus = set(retenus)
        self.ids_etape = {question.pk for question in questions}
        self.choix_etape = {choix.pk for question in questions for choix in question.choix.all()}
        self.affichees = questions_visibles(regles, self.retenus) & self.ids_etape
        self.visibles = self.affichees
        self.nouvelles: list = []
        for question in questions:
            choices = [(str(choix.pk), choix.libelle) for choix in question.choix.all()]
            multiple = question.type == TypeQuestion.CHOIX_MULTIPLE
            self.fields[self.nom(question)] = (
                forms.MultipleChoiceField if multiple else forms.ChoiceField
            )(
                label=question.texte,
                choices=choices,
                required=False,
                widget=forms.CheckboxSelectMultiple if multiple else forms.RadioSelect,
            )

    @staticmethod
    def nom(question) -> str:
        return f"q{question.pk}"

    def ancre_erreur(self, nom) -> str:
        """The first choice of the question (ids of `lignes`); the form for the others."""
        for question in self.questions:
            if self.nom(question) == nom and question.choix.all():
                return f"{nom}-{question.choix.all()[0].pk}"
        return "etape"

    def _choisis(self, question) -> list:
        valeur = self.cleaned_data.get(self.nom(question))
        ids = {int(v) for v in (valeur if isinstance(valeur, list) else [valeur]) if v}
        return [choix for choix in question.choix.all() if choix.pk in ids]

    def clean(self):
        cleaned = super().clean()
        if self.choix_invalide:
            return cleaned
        choisis = {question.pk: self._choisis(question) for question in self.questions}
        saisis = (self.retenus - self.choix_etape) | {
            choix.pk for liste in choisis.values() for choix in liste
        }
        self.visibles = questions_visibles(self.regles, saisis) & self.ids_etape
        for question in self.questions:
            if question.pk not in self.visibles:
                continue
            liste = choisis[question.pk]
            exclusifs = [choix for choix in liste if choix.exclusif]
            if exclusifs and len(liste) > 1:
                self.add_error(
                    self.nom(question),
                    f"« {exclusifs[0].libelle} » exclut les autres réponses : décochez-le "
                    "ou décochez les autres.",
                )
            elif not liste and question.pk not in self.affichees:
                self.nouvelles.append(question)
            elif not liste and question.obligatoire and self.obligatoire:
                multiple = question.type == TypeQuestion.CHOIX_MULTIPLE
                self.add_error(
                    self.nom(question), ERREUR_MULTIPLE if multiple else ERREUR_OBLIGATOIRE
                )
        return cleaned

    @property
    def choix_invalide(self) -> bool:
        return any(
            error.code == "invalid_choice"
            for errors in self.errors.as_data().values()
            for error in errors
        )

    def reponses(self) -> dict:
        """question id → retained Choix of the visible questions (call after is_valid())."""
        return {
            question.pk: self._choisis(question)
            for question in self.questions
            if question.pk in self.visibles and self._choisis(question)
        }

    def lignes(self, ajoutees=frozenset()) -> list[dict]:
        """What the template needs to draw each question as a DSFR fieldset. A question that
        only an answer of this step can reveal is drawn hidden, with the choices that reveal
        it (`revele_par`) for the page's script; `ajoutees` were just revealed."""
        lignes = []
        autres = self.retenus - self.choix_etape
        for question in self.questions:
            nom = self.nom(question)
            conditions = self.conditions.get(question.pk, frozenset())
            visible = question.pk in self.visibles
            revele_par = sorted(conditions & self.choix_etape)
            if not visible and not revele_par:
                continue
            if self.is_bound:
                coches = set(self.data.getlist(nom))
            else:
                coches = {str(c.pk) for c in question.choix.all() if c.pk in self.retenus}
            lignes.append(
                {
                    "question": question,
                    "nom": nom,
                    "visible": visible,
                    "revele_par": " ".join(str(pk) for pk in revele_par),
                    "visible_sans_etape": bool(conditions & autres) or not conditions,
                    "ajoutee": question.pk in ajoutees,
                    "multiple": question.type == TypeQuestion.CHOIX_MULTIPLE,
                    "en_ligne": question.type in (TypeQuestion.OUI_NON, TypeQuestion.ECHELLE),
                    "erreurs": self.errors.get(nom, []),
                    "choix": [
                        {
                            "id": f"{nom}-{c.pk}",
                            "valeur": c.pk,
                            "libelle": c.libelle,
                            "coche": str(c.pk) in coches,
                            "exclusif": c.exclusif,
                        }
                        for c in question.choix.all()
                    ],
                }
            )
        return lignes


class BesoinsForm(DsfrForm):
    besoins = forms.ModelMultipleChoiceField(
        label="Ce que je veux faire",
        help_text="Facultatif : cochez vos projets, nous en tiendrons compte dans nos conseils.",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choix inconnu.", "invalid_pk_value": "Choix inconnu."},
    )

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["besoins"].queryset = version.besoins.all()

    @property
    def choix_invalide(self) -> bool:
        return any(
            error.code in ("invalid_choice", "invalid_pk_value")
            for errors in self.errors.as_data().values()
            for error in errors
        )


class EntrepriseForm(DsfrForm):
    entreprise = forms.ModelChoiceField(
        label="Entreprise concernée",
        queryset=None,
        empty_label=None,
        help_text="Le secteur, la taille et la région viennent de la fiche de l'entreprise.",
    )

    def __init__(self, *args, entreprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entreprise"].queryset = entreprises


class LienPriveForm(DsfrForm):
    """The private link of a diagnostic, pasted whole or as its code."""

    lien = forms.CharField(
        label="Lien privé du diagnostic",
        max_length=500,
        help_text="Par exemple : https://…/diagnostic/d/Ab12…/resultat/",
        error_messages={"required": "Collez le lien privé du diagnostic."},
    )

    def clean_lien(self) -> str:
        """The code inside the link (the part after /d/), or the code typed alone."""
        texte = self.cleaned_data["lien"].strip()
        trouve = re.search(r"/d/([A-Za-z0-9_-]{16,64})(?:/|$)", texte) or re.fullmatch(
            r"([A-Za-z0-9_-]{16,64})", texte
        )
        if not trouve:
            raise forms.ValidationError(
                "Ce n'est pas un lien privé de diagnostic : copiez l'adresse complète de la page."
            )
        return trouve.group(1)
