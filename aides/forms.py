from decimal import Decimal
from urllib.parse import urlencode

from django import forms
from dsfr.utils import dsfr_input_class_attr

from croissance.entreprises.forms import champ_activite, deduire_activite
from croissance.forms import DsfrForm, DsfrModelForm, MontantField
from croissance.referentiels.forms import champ_choix_naf, champ_naf, lire_naf
from croissance.referentiels.models import Departement
from croissance.referentiels.selectors import rechercher_communes
from croissance.uploads import validate_document

from .enums import (
    CHAMPS_DES_REGLES,
    NatureDocument,
    TypeDepense,
)
from .models import Aide, Dossier, LigneDepense


def _depense(type_depense: TypeDepense, help_text=""):
    return MontantField(
        label=f"{type_depense.label} (€ HT)",
        required=False,
        min_value=Decimal("0"),
        help_text=help_text,
    )


class SimulateurForm(DsfrForm):
    """The entreprise as it is (where, what, how many) and its project, expense by expense:
    each aid pays on the expenses it funds only."""

    localisation = forms.CharField(
        label="Code postal ou commune de l'entreprise",
        max_length=100,
        help_text="Par exemple 29000 ou Quimper : certaines aides ne couvrent qu'un département.",
    )
    # The commune's INSEE code: asked only when what was typed spans several départements.
    commune = forms.CharField(
        label="Commune de l'entreprise",
        required=False,
        widget=forms.HiddenInput,
        help_text="À choisir quand le code postal ou le nom désigne des communes de plusieurs "
        "départements.",
    )
    naf = champ_naf()
    naf_choix = champ_choix_naf()
    effectif = forms.IntegerField(label="Effectif (personnes)", min_value=0)
    activite = champ_activite()
    surface_vente_m2 = forms.IntegerField(
        label="Surface de vente (m²)",
        min_value=0,
        required=False,
        help_text="Pour un commerce avec un magasin.",
    )
    pure_player = forms.BooleanField(
        label="Mon entreprise est un pure player du numérique (activité entièrement en ligne)",
        required=False,
    )
    depense_conseil = _depense(
        TypeDepense.CONSEIL, "Indiquez au moins une dépense, ici ou dans les champs suivants."
    )
    depense_site = _depense(TypeDepense.SITE)
    depense_ecommerce = _depense(TypeDepense.ECOMMERCE)
    depense_referencement = _depense(TypeDepense.REFERENCEMENT)
    depense_logiciel = _depense(TypeDepense.LOGICIEL)
    depense_formation = _depense(TypeDepense.FORMATION)
    depense_marketplace = _depense(TypeDepense.MARKETPLACE)

    DEPENSES = {f"depense_{value}": value for value in TypeDepense.values}

    def champs_entreprise(self):
        return [bf for bf in self.visible_fields() if bf.name not in self.DEPENSES]

    def champs_depenses(self):
        return [self[nom] for nom in self.DEPENSES]

    def clean_naf(self):
        return lire_naf(self, self.cleaned_data["naf"])

    def clean(self):
        data = super().clean()
        deduire_activite(data, sinon="")  # unknown: aids for some activities say so
        if data.get("localisation"):
            self._localiser(data)
        montants = {t: data.get(nom) for nom, t in self.DEPENSES.items()}
        data["montants_par_type"] = {t: m for t, m in montants.items() if m}
        if not data["montants_par_type"] and not any(n in self.errors for n in self.DEPENSES):
            # on the first expense, whose hint announces it
            self.add_error(
                "depense_conseil", "Indiquez le montant HT d'au moins une dépense du projet."
            )
        return data

    def _localiser(self, data):
        """The commune, département and region of what was typed (a choice of communes when
        it spans several départements, the aids of one not being those of the other)."""
        saisie = data["localisation"]
        communes = rechercher_communes(saisie)
        if not communes:
            self.add_error(
                "localisation",
                f"Aucune commune ne correspond à « {saisie} » : saisissez le code postal à "
                "5 chiffres (par exemple 29000) ou le nom de la commune.",
            )
            return
        choisie = next((c for c in communes if c.code == data.get("commune")), None)
        if len({c.departement_id for c in communes}) > 1:
            self._proposer(communes)
            if choisie is None:
                self.add_error(
                    "commune",
                    f"« {saisie} » correspond à des communes de plusieurs départements : "
                    "choisissez celle de l'entreprise.",
                )
                dsfr_input_class_attr(self["commune"])
                return
        data["commune"] = choisie or (communes[0] if len(communes) == 1 else None)
        data["departement"] = (choisie or communes[0]).departement

    def _proposer(self, communes):
        self.fields["commune"].widget = forms.Select(
            choices=[("", "Choisir la commune")]
            + [(c.code, f"{c.nom} – {c.departement.nom} ({c.departement_id})") for c in communes]
        )
        dsfr_input_class_attr(self["commune"])


class DepensesSimuleesForm(DsfrForm):
    """The expenses of the simulation an SME came from (the simulator's query string)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for nom, type_depense in SimulateurForm.DEPENSES.items():
            self.fields[nom] = _depense(TypeDepense(type_depense))
            self.fields[nom].widget = forms.HiddenInput()

    @staticmethod
    def requete(montants: dict[str, Decimal]) -> str:
        """The query string that carries `montants` to the next page ("" when none)."""
        return urlencode(
            {nom: f"{montants[t]}" for nom, t in SimulateurForm.DEPENSES.items() if t in montants}
        )

    def montants(self) -> dict[str, Decimal]:
        """Amount by expense type of what was simulated (empty when nothing valid was)."""
        if not self.is_valid():
            return {}
        return {
            type_depense: self.cleaned_data[nom]
            for nom, type_depense in SimulateurForm.DEPENSES.items()
            if self.cleaned_data.get(nom)
        }


class DossierCreerForm(DepensesSimuleesForm):
    entreprise = forms.ModelChoiceField(label="Entreprise qui demande l'aide", queryset=None)
    titre = forms.CharField(label="Titre du projet", max_length=200)

    def __init__(self, *args, entreprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entreprise"].queryset = entreprises
        self.fields["entreprise"].empty_label = None


class DossierForm(DsfrModelForm):
    class Meta:
        model = Dossier
        fields = ["titre", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "description": "Ce que le projet change pour l'entreprise, ses étapes et son "
            "calendrier."
        }


class ConnecteurChoixForm(DsfrForm):
    connecteur = forms.ModelChoiceField(
        label="Connecteur qui accompagne le projet",
        queryset=None,
        required=False,
        widget=forms.RadioSelect,
        help_text="Les connecteurs de votre région qui travaillent sur ce type de projet, les "
        "labellisés d'abord : un connecteur labellisé peut pré-valider votre dossier.",
    )

    def __init__(self, *args, connecteurs, **kwargs):
        super().__init__(*args, **kwargs)
        champ = self.fields["connecteur"]
        champ.queryset = connecteurs
        champ.empty_label = "Aucun connecteur pour l'instant"
        champ.label_from_instance = lambda c: (
            f"{c.nom} – {'connecteur labellisé' if c.est_labellise else 'connecteur signataire'}"
        )


class DepotForm(DsfrForm):
    confirmation = forms.BooleanField(
        label="Je certifie que les informations de ce dossier sont exactes et je demande l'aide.",
        error_messages={"required": "Cochez la case pour confirmer le dépôt du dossier."},
    )


class LigneForm(DsfrModelForm):
    class Meta:
        model = LigneDepense
        fields = ["type_depense", "libelle", "montant_ht"]


class DocumentForm(DsfrForm):
    nature = forms.ChoiceField(label="Nature de la pièce", choices=NatureDocument.choices)
    fichier = forms.FileField(
        label="Fichier",
        help_text="PDF, PNG ou JPEG, 10 Mo au plus.",
        validators=[validate_document],
    )
    siret_prestataire = forms.CharField(
        label="SIRET du prestataire (pour un devis)",
        required=False,
        max_length=20,
    )

    def clean_siret_prestataire(self):
        siret = "".join(self.cleaned_data["siret_prestataire"].split())
        if siret and (len(siret) != 14 or not siret.isdigit()):
            raise forms.ValidationError("Un SIRET compte 14 chiffres.")
        return siret

    def clean(self):
        data = super().clean()
        if data.get("nature") == NatureDocument.DEVIS and not data.get("siret_prestataire"):
            self.add_error("siret_prestataire", "Indiquez le SIRET du prestataire du devis.")
        return data


class AideDeclareeForm(DsfrForm):
    financeur = forms.CharField(label="Financeur de l'aide reçue", max_length=200)
    montant = MontantField(label="Montant reçu (€)")
    date_octroi = forms.DateField(
        label="Date d'octroi", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="declaration", **kwargs)


class AideRegionForm(DsfrModelForm):
    """An aid edited by the staff of the regions it covers."""

    class Meta:
        model = Aide
        fields = [
            "titre",
            "financeur_type",
            "financeur",
            "description",
            "regions",
            "departements",
            "date_ouverture",
            "date_cloture",
            *CHAMPS_DES_REGLES,
            "cumul",
            "non_cumulable_avec",
            "enveloppe_montant",
            "enveloppe_beneficiaires",
            "contact_nom",
            "contact_email",
            "contact_telephone",
            "site_web",
        ]
        widgets = {
            "regions": forms.CheckboxSelectMultiple,
            "departements": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 5}),
            "date_ouverture": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "date_cloture": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = regions
        self.fields["regions"].required = True
        self.fields["departements"].queryset = Departement.objects.filter(region__in=regions)
        autres = Aide.objects.filter(publiee=True).order_by("titre")
        if self.instance.pk:
            autres = autres.exclude(pk=self.instance.pk)
        self.fields["non_cumulable_avec"].queryset = autres
