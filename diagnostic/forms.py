from django import forms

from croissance.forms import DsfrForm

from .enums import TypeQuestion

ERREUR_OBLIGATOIRE = "Répondez à cette question pour continuer."
ERREUR_MULTIPLE = "Cochez au moins une réponse pour continuer."


class EtapeForm(DsfrForm):
    """The questions of one step. Choice ids unknown to a question make `choix_invalide` true:
    the view answers 400 (tampered or stale form), not a form error."""

    def __init__(self, *args, questions, obligatoire=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            choices = [(str(choix.pk), choix.libelle) for choix in question.choix.all()]
            requis = question.obligatoire and obligatoire
            if question.type == TypeQuestion.CHOIX_MULTIPLE:
                field = forms.MultipleChoiceField(
                    label=question.texte,
                    choices=choices,
                    required=requis,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={"required": ERREUR_MULTIPLE},
                )
            else:
                field = forms.ChoiceField(
                    label=question.texte,
                    choices=choices,
                    required=requis,
                    widget=forms.RadioSelect,
                    error_messages={"required": ERREUR_OBLIGATOIRE},
                )
            self.fields[self.nom(question)] = field

    @staticmethod
    def nom(question) -> str:
        return f"q{question.pk}"

    @property
    def choix_invalide(self) -> bool:
        return any(
            error.code == "invalid_choice"
            for errors in self.errors.as_data().values()
            for error in errors
        )

    def reponses(self) -> dict:
        """question id → retained Choix (only valid values; call after is_valid())."""
        resultat = {}
        for question in self.questions:
            valeur = self.cleaned_data.get(self.nom(question))
            if not valeur:
                continue
            ids = {int(v) for v in (valeur if isinstance(valeur, list) else [valeur])}
            resultat[question.pk] = [c for c in question.choix.all() if c.pk in ids]
        return resultat

    def lignes(self, retenus: set[int]) -> list[dict]:
        """What the template needs to draw each question as a DSFR fieldset."""
        lignes = []
        for question in self.questions:
            nom = self.nom(question)
            if self.is_bound:
                brut = self.data.getlist(nom)
                coches = {v for v in brut}
            else:
                coches = {str(c.pk) for c in question.choix.all() if c.pk in retenus}
            lignes.append(
                {
                    "question": question,
                    "nom": nom,
                    "multiple": question.type == TypeQuestion.CHOIX_MULTIPLE,
                    "en_ligne": question.type in (TypeQuestion.OUI_NON, TypeQuestion.ECHELLE),
                    "erreurs": self.errors.get(nom, []),
                    "choix": [
                        {
                            "id": f"{nom}-{c.pk}",
                            "valeur": c.pk,
                            "libelle": c.libelle,
                            "coche": str(c.pk) in coches,
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
