"""Forms of the staff's decisions on an aid file: pre-validation, instruction decisions (a
reason the firm reads, a note it never reads), opinions asked and given, sampled audits."""

from django import forms

from connecteurs.selectors import connecteurs_labellises
from croissance.forms import DsfrForm, MontantField

from .enums import DECLARATION_SANS_INTERET, ConclusionControle


class PrevalidationForm(DsfrForm):
    declaration_sans_interet = forms.BooleanField(
        label=DECLARATION_SANS_INTERET,
        error_messages={"required": "Déclarez n'avoir aucun autre intérêt dans ce projet."},
    )
    motif = forms.CharField(
        label="Avis pour l'instructeur",
        help_text="Lu par les instructeurs de la région et la mission seulement, jamais par "
        "l'entreprise.",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


MOTIF_COMMUNIQUE = "Motif communiqué à l'entreprise"
NOTE_INTERNE = "Note interne (non communiquée à l'entreprise)"


def champ_motif_communique():
    """The reason of a decision, which the firm reads: in its file's history and the email."""
    return forms.CharField(
        label=MOTIF_COMMUNIQUE,
        help_text="L'entreprise le lit dans le courriel de décision et sur son dossier.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def champ_note_interne():
    """What the instructeur wants colleagues to know: an internal comment of the file."""
    return forms.CharField(
        label=NOTE_INTERNE,
        help_text="Lue par les instructeurs de la région et la mission seulement, dans les "
        "commentaires internes du dossier ; jamais par l'entreprise.",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )


class MotifForm(DsfrForm):
    """Request documents, refuse or close a file."""

    motif = champ_motif_communique()
    note_interne = champ_note_interne()


class AcceptationForm(DsfrForm):
    montant = MontantField(label="Montant accordé (€)")
    motif = champ_motif_communique()
    note_interne = champ_note_interne()
    depassement_confirme = forms.BooleanField(
        label="Je confirme la décision malgré le dépassement du plafond de minimis",
        required=False,
    )


class CommentaireForm(DsfrForm):
    texte = forms.CharField(
        label="Commentaire interne (jamais montré à l'entreprise)",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class LotForm(DsfrForm):
    DECISIONS = [("refuser", "Refuser"), ("classer", "Classer sans suite")]
    dossiers = forms.ModelMultipleChoiceField(queryset=None, widget=forms.MultipleHiddenInput)
    decision = forms.ChoiceField(label="Décision pour les dossiers cochés", choices=DECISIONS)
    motif = forms.CharField(
        label=MOTIF_COMMUNIQUE,
        help_text="Le même pour chaque dossier coché : chaque entreprise le lit dans le "
        "courriel de décision et sur son dossier.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    note_interne = champ_note_interne()

    def __init__(self, *args, dossiers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dossiers"].queryset = dossiers
        self.fields["dossiers"].error_messages["required"] = "Cochez au moins un dossier."


class AvisDemandeForm(DsfrForm):
    connecteur = forms.ModelChoiceField(
        label="Connecteur labellisé à consulter",
        queryset=None,
        required=False,
        help_text="Choisissez un connecteur labellisé ou un expert de la région.",
    )
    expert = forms.ModelChoiceField(label="Ou expert de la région", queryset=None, required=False)
    question = forms.CharField(label="Question", widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, experts, **kwargs):
        super().__init__(*args, prefix="avis", **kwargs)
        self.fields["connecteur"].queryset = connecteurs_labellises().order_by("nom")
        self.fields["expert"].queryset = experts


class AvisReponseForm(DsfrForm):
    reponse = forms.CharField(
        label="Votre avis (confidentiel, transmis au seul instructeur)",
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class ControleForm(DsfrForm):
    """The outcome of a sampled audit: for the staff only."""

    conclusion = forms.ChoiceField(
        label="Conclusion du contrôle",
        choices=ConclusionControle.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choisissez conforme ou non conforme."},
    )
    motif = forms.CharField(
        label="Motif (obligatoire si non conforme)",
        help_text="Interne : lu par les instructeurs et la mission, jamais par l'entreprise.",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )
