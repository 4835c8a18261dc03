"""Writes on application files: one function per use case or transition."""

import random
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from connecteurs.selectors import connecteur_of_user
from croissance import fragments
from croissance.emails import send_templated_email
from croissance.entreprises.models import Entreprise
from croissance.orientation import retraits
from croissance.workflow import transition

from .conflits import raison_de_conflit_connecteur, verifier_instructeur
from .controles import tirer_au_sort
from .eligibility import euros
from .enums import (
    DECLARATION_SANS_INTERET,
    ETATS_ACCEPTABLES,
    ETATS_MODIFIABLES,
    TRANSITIONS,
    EtatDossier,
    NatureDocument,
    TypeDepense,
)
from .models import (
    Aide,
    AideDeclaree,
    Commentaire,
    DemandeAvis,
    Document,
    Dossier,
    HistoriqueDossier,
    LigneDepense,
)
from .notes import note_interne_ajouter
from .quatre_yeux import verifier_versement
from .selectors import VERSION_DOSSIERS, connecteurs_du_dossier, de_minimis, verdict_du_dossier


def dossiers_modifies(**kwargs) -> None:
    """A dossier, or the aid or entreprise its queue row shows, was written (a signal
    receiver): work queue bodies of older versions are no longer read."""
    fragments.nouvelle_version(VERSION_DOSSIERS)


def part_controle_a_posteriori() -> float:
    return float(settings.AIDES_PART_CONTROLE_A_POSTERIORI)


def _changer_etat(
    dossier, *, to, auteur, motif="", montant=None, template="aides/emails/dossier_etat"
):
    transition(
        dossier,
        to=to,
        table=TRANSITIONS,
        auteur=auteur,
        history=HistoriqueDossier,
        history_fields={"dossier": dossier, "montant": montant},
        motif=motif,
        labels=EtatDossier,
    )
    send_templated_email(
        to=dossier.demandeur.email,
        template=template,
        context={
            "dossier": dossier,
            "etat": EtatDossier(to).label,
            "motif": motif,
            "montant": montant,
            "site_url": settings.SITE_URL,
        },
    )


def _verrouiller(dossier) -> Dossier:
    return (
        Dossier.objects.select_for_update(of=("self",))
        .select_related("aide", "entreprise", "demandeur", "connecteur")
        .get(pk=dossier.pk)
    )


def _modifiable(dossier):
    if dossier.etat not in ETATS_MODIFIABLES:
        raise ValidationError("Ce dossier ne peut plus être modifié.")


@transaction.atomic
def dossier_creer(
    *, user, aide: Aide, entreprise, titre: str, depenses: dict[str, Decimal] | None = None
) -> Dossier:
    """A draft; `depenses` (amount by expense type, from the simulation the SME came from)
    become its first expense lines, for the types the aid funds."""
    if not entreprise.gestionnaires.filter(pk=user.pk).exists():
        raise PermissionDenied("Vous ne gérez pas cette entreprise.")
    if not aide.publiee or not aide.est_ouverte(timezone.localdate()):
        raise ValidationError("Cette aide n'accepte pas de nouvelle demande.")
    dossier = Dossier.objects.create(aide=aide, entreprise=entreprise, demandeur=user, titre=titre)
    HistoriqueDossier.objects.create(
        dossier=dossier, auteur=user, etat_apres=EtatDossier.BROUILLON, motif="Dossier créé."
    )
    LigneDepense.objects.bulk_create(
        LigneDepense(
            dossier=dossier,
            type_depense=type_depense,
            libelle=TypeDepense(type_depense).label,
            montant_ht=montant,
        )
        for type_depense, montant in (depenses or {}).items()
        if type_depense in aide.types_depense and montant and montant > 0
    )
    return dossier


@transaction.atomic
def dossier_decrire(*, dossier: Dossier, user, titre: str, description: str) -> Dossier:
    dossier = _verrouiller(dossier)
    _modifiable(dossier)
    dossier.titre = titre
    dossier.description = description
    dossier.save(update_fields=["titre", "description"])
    return dossier


@transaction.atomic
def dossier_choisir_connecteur(*, dossier: Dossier, user, connecteur) -> Dossier:
    """The connecteur that accompanies the project (None: none), among those serving the
    firm's region on the aid's themes; the one already named may stay."""
    dossier = _verrouiller(dossier)
    _modifiable(dossier)
    garde = connecteur is not None and connecteur.pk == dossier.connecteur_id
    if (
        connecteur is not None
        and not garde
        and not connecteurs_du_dossier(dossier).filter(pk=connecteur.pk)
    ):
        raise ValidationError(
            {
                "connecteur": "Choisissez un connecteur qui intervient dans votre région sur "
                "ce projet."
            }
        )
    dossier.connecteur = connecteur
    dossier.save(update_fields=["connecteur"])
    return dossier


@transaction.atomic
def ligne_ajouter(*, dossier: Dossier, user, type_depense: str, libelle: str, montant_ht: Decimal):
    _modifiable(dossier)
    if montant_ht <= 0:
        raise ValidationError({"montant_ht": "Le montant doit être positif."})
    return LigneDepense.objects.create(
        dossier=dossier, type_depense=type_depense, libelle=libelle, montant_ht=montant_ht
    )


@transaction.atomic
def ligne_supprimer(*, ligne: LigneDepense, user) -> None:
    _modifiable(ligne.dossier)
    ligne.delete()


@transaction.atomic
def document_ajouter(*, dossier: Dossier, user, fichier, nature: str, siret_prestataire: str = ""):
    _modifiable(dossier)
    document = Document(
        dossier=dossier,
        nature=nature,
        fichier=fichier,
        nom=fichier.name.rsplit("/", 1)[-1][:255],
        siret_prestataire=siret_prestataire,
        ajoute_par=user,
    )
    document.full_clean()
    document.save()
    return document


@transaction.atomic
def dossier_deposer(*, dossier: Dossier, user) -> Dossier:
    """Submit (or re-submit after a request for documents): only an eligible project."""
    dossier = _verrouiller(dossier)
    premier_depot = dossier.etat == EtatDossier.BROUILLON
    if premier_depot and not dossier.aide.est_ouverte(timezone.localdate()):
        raise ValidationError("Cette aide est close : elle n'accepte plus de demande.")
    if not dossier.lignes.exists():
        raise ValidationError("Ajoutez au moins une ligne de dépense.")
    if not dossier.documents.filter(nature=NatureDocument.DEVIS).exists():
        raise ValidationError("Joignez au moins un devis.")
    verdict = verdict_du_dossier(dossier)
    if not verdict.eligible:
        raise ValidationError(
            ["Le projet n'est pas éligible à cette aide :"] + verdict.raisons_refus
        )
    dossier.montant_sollicite = verdict.montant
    dossier.region = dossier.entreprise.region
    dossier.depose_le = timezone.now()
    motif = "Dossier déposé." if premier_depot else "Dossier complété et déposé à nouveau."
    _changer_etat(
        dossier,
        to=EtatDossier.DEPOSE,
        auteur=user,
        motif=motif,
        montant=verdict.montant,
        template="aides/emails/accuse_reception",
    )
    return dossier


@transaction.atomic
def dossier_retirer(*, dossier: Dossier, user, motif: str = "") -> Dossier:
    dossier = _verrouiller(dossier)
    if dossier.etat not in ETATS_MODIFIABLES | {EtatDossier.DEPOSE}:
        raise ValidationError("Ce dossier ne peut plus être retiré.")
    _changer_etat(
        dossier,
        to=EtatDossier.CLASSE,
        auteur=user,
        motif=motif or "Demande retirée par l'entreprise.",
    )
    return dossier


@transaction.atomic
def dossier_prevalider(*, dossier: Dossier, user, declaration_sans_interet: bool, motif: str = ""):
    """A labelled connecteur, trusted third party, pre-validates a file it accompanies."""
    dossier = _verrouiller(dossier)
    connecteur = connecteur_of_user(user)
    if connecteur is None or not connecteur.est_labellise:
        raise PermissionDenied("Seul un connecteur labellisé peut pré-valider un dossier.")
    if dossier.connecteur_id != connecteur.pk:
        raise PermissionDenied("Votre structure n'accompagne pas ce dossier.")
    if raison := raison_de_conflit_connecteur(dossier, connecteur):
        raise ValidationError(f"{raison} : elle ne peut pas le pré-valider (conflit d'intérêts).")
    if not declaration_sans_interet:
        raise ValidationError(
            {"declaration_sans_interet": "Déclarez n'avoir aucun autre intérêt dans ce projet."}
        )
    dossier.prevalide_par = connecteur
    dossier.controle_a_posteriori = random.random() < part_controle_a_posteriori()
    dossier.sans_interet_declare_par = user
    dossier.sans_interet_declare_le = timezone.now()
    dossier.sans_interet_texte = DECLARATION_SANS_INTERET
    texte = f"Pré-validé par {connecteur.nom}, qui déclare n'avoir aucun intérêt dans le projet."
    _changer_etat(dossier, to=EtatDossier.PREVALIDE, auteur=user, motif=texte)
    if motif.strip():
        # the opinion is for the instructeurs only: an internal comment, never the history
        # or the email the firm reads
        Commentaire.objects.create(
            dossier=dossier, auteur=user, texte=f"Avis de pré-validation : {motif.strip()}"
        )
    return dossier


@transaction.atomic
def dossier_instruire(*, dossier: Dossier, instructeur) -> Dossier:
    dossier = _verrouiller(dossier)
    verifier_instructeur(dossier, instructeur)
    _changer_etat(
        dossier, to=EtatDossier.EN_INSTRUCTION, auteur=instructeur, motif="Instruction commencée."
    )
    return dossier


@transaction.atomic
def dossier_demander_pieces(
    *, dossier: Dossier, instructeur, motif: str, note_interne: str = ""
) -> Dossier:
    if not motif.strip():
        raise ValidationError({"motif": "Précisez les pièces attendues."})
    dossier = _verrouiller(dossier)
    verifier_instructeur(dossier, instructeur)
    _changer_etat(dossier, to=EtatDossier.INCOMPLET, auteur=instructeur, motif=motif)
    note_interne_ajouter(dossier=dossier, auteur=instructeur, decision="pieces", texte=note_interne)
    return dossier


def _verrouiller_entreprise_unique(entreprise) -> None:
    """Lock every establishment of the firm (same SIREN), in pk order: an acceptance for
    the same firm, on any aid, waits until this one ends, and the de minimis total read next
    counts every grant committed before. `FOR NO KEY UPDATE` leaves the rows that point at
    them (files, declared aids) free to be written. SQLite ignores it: it writes one
    transaction at a time."""
    list(
        Entreprise.objects.select_for_update(no_key=True)
        .filter(siren=entreprise.siren)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _controler_de_minimis(dossier, montant: Decimal, depassement_confirme: bool) -> None:
    cumul = de_minimis(dossier.entreprise)
    if cumul["total"] + montant <= cumul["plafond"] or depassement_confirme:
        return
    raise ValidationError(
        {
            "depassement_confirme": "Plafond de minimis : avec ce montant, les aides "
            f"publiques reçues depuis le {cumul['depuis']:%d/%m/%Y} par l'entreprise (SIREN "
            f"{cumul['siren']}, tous ses établissements) atteindraient "
            f"{euros(cumul['total'] + montant)}, au-delà du plafond de {euros(cumul['plafond'])} "
            f"(reste {euros(cumul['reste'])}). Confirmez la décision en connaissance de cause."
        }
    )


@transaction.atomic
def dossier_accepter(
    *,
    dossier: Dossier,
    instructeur,
    montant: Decimal,
    motif: str,
    depassement_confirme=False,
    note_interne: str = "",
) -> Dossier:
    """Grant the aid. The de minimis ceiling is checked with the firm (every establishment of
    its SIREN) locked, and the envelope (amount and beneficiaries) consumed under the aid's
    row lock: two instructors accepting at the same moment can neither overspend the envelope
    nor both pass the ceiling. Locks are taken in one order: file, firm, aid. A file no
    connecteur pre-validated is drawn for the audit after decision here (`controles.py`)."""
    if not motif.strip():
        raise ValidationError({"motif": "Motivez la décision."})
    if montant is None or montant <= 0:
        raise ValidationError({"montant": "Le montant accordé doit être positif."})
    dossier = _verrouiller(dossier)
    verifier_instructeur(dossier, instructeur)
    if dossier.etat not in ETATS_ACCEPTABLES:
        raise ValidationError(
            "Ce dossier ne peut être accepté qu'en instruction ou après pré-validation."
        )
    if dossier.montant_sollicite is not None and montant > dossier.montant_sollicite:
        raise ValidationError(
            {"montant": "Le montant accordé dépasse le montant calculé selon les règles de l'aide."}
        )
    _verrouiller_entreprise_unique(dossier.entreprise)
    _controler_de_minimis(dossier, montant, depassement_confirme)
    aide = Aide.objects.select_for_update().get(pk=dossier.aide_id)
    if (
        aide.enveloppe_montant is not None
        and aide.montant_engage + montant > aide.enveloppe_montant
    ):
        raise ValidationError(
            {
                "montant": "L'enveloppe de l'aide ne suffit plus (reste "
                f"{euros(aide.enveloppe_restante)})."
            }
        )
    if (
        aide.enveloppe_beneficiaires is not None
        and aide.beneficiaires_engages >= aide.enveloppe_beneficiaires
    ):
        raise ValidationError("Le nombre maximal de bénéficiaires de l'aide est atteint.")
    Aide.objects.filter(pk=aide.pk).update(
        montant_engage=F("montant_engage") + montant,
        beneficiaires_engages=F("beneficiaires_engages") + 1,
    )
    retraits.verifier(Aide, aide.pk)  # an envelope used up: the aid leaves the recommendations
    dossier.montant_accorde = montant
    dossier.decide_le = timezone.now()
    if dossier.prevalide_par_id is None:
        tirer_au_sort(dossier)
    _changer_etat(dossier, to=EtatDossier.ACCEPTE, auteur=instructeur, motif=motif, montant=montant)
    note_interne_ajouter(
        dossier=dossier, auteur=instructeur, decision="accepter", texte=note_interne
    )
    return dossier


@transaction.atomic
def dossier_refuser(
    *, dossier: Dossier, instructeur, motif: str, note_interne: str = ""
) -> Dossier:
    """Refuse: nothing was taken from the envelope, so nothing is given back."""
    if not motif.strip():
        raise ValidationError({"motif": "Motivez le refus."})
    dossier = _verrouiller(dossier)
    verifier_instructeur(dossier, instructeur)
    dossier.decide_le = timezone.now()
    _changer_etat(dossier, to=EtatDossier.REFUSE, auteur=instructeur, motif=motif)
    note_interne_ajouter(
        dossier=dossier, auteur=instructeur, decision="refuser", texte=note_interne
    )
    return dossier


@transaction.atomic
def dossier_classer(
    *, dossier: Dossier, instructeur, motif: str, note_interne: str = ""
) -> Dossier:
    if not motif.strip():
        raise ValidationError({"motif": "Indiquez pourquoi le dossier est classé."})
    dossier = _verrouiller(dossier)
    verifier_instructeur(dossier, instructeur)
    if dossier.etat == EtatDossier.BROUILLON:
        raise ValidationError("Un brouillon ne se classe pas : l'entreprise peut le retirer.")
    _changer_etat(dossier, to=EtatDossier.CLASSE, auteur=instructeur, motif=motif)
    note_interne_ajouter(
        dossier=dossier, auteur=instructeur, decision="classer", texte=note_interne
    )
    return dossier


@transaction.atomic
def dossier_verser(*, dossier: Dossier, instructeur) -> Dossier:
    dossier = _verrouiller(dossier)
    verifier_instructeur(dossier, instructeur)
    verifier_versement(dossier, instructeur)
    _changer_etat(
        dossier,
        to=EtatDossier.VERSE,
        auteur=instructeur,
        motif="Aide versée.",
        montant=dossier.montant_accorde,
    )
    return dossier


def dossiers_decider_en_lot(
    *, dossiers, instructeur, decision: str, motif: str, note_interne: str = ""
) -> tuple[int, list]:
    """Refuse or close several files with one reason (and one internal note); each one is its
    own transaction so a file that cannot move is reported without blocking the others."""
    service = {"refuser": dossier_refuser, "classer": dossier_classer}[decision]
    faits, echecs = 0, []
    for dossier in dossiers:
        try:
            service(
                dossier=dossier, instructeur=instructeur, motif=motif, note_interne=note_interne
            )
            faits += 1
        except ValidationError as error:
            echecs.append((dossier, " ".join(error.messages)))
    return faits, echecs


@transaction.atomic
def commentaire_ajouter(*, dossier: Dossier, auteur, texte: str) -> Commentaire:
    if not texte.strip():
        raise ValidationError({"texte": "Le commentaire est vide."})
    return Commentaire.objects.create(dossier=dossier, auteur=auteur, texte=texte.strip())


def _destinataires_avis(demande) -> list[str]:
    if demande.expert_id:
        return [demande.expert.email]
    return list(demande.connecteur.membres.values_list("email", flat=True))


@transaction.atomic
def avis_demander(*, dossier: Dossier, instructeur, question: str, connecteur=None, expert=None):
    """Ask a labelled connecteur or an expert of the region for a confidential opinion."""
    if not question.strip():
        raise ValidationError({"question": "Posez votre question."})
    if (connecteur is None) == (expert is None):
        raise ValidationError("Choisissez soit un connecteur labellisé, soit un expert.")
    if connecteur is not None and not connecteur.est_labellise:
        raise ValidationError({"connecteur": "Seul un connecteur labellisé peut être consulté."})
    if expert is not None and not (
        expert.is_instructeur and expert.regions.filter(pk=dossier.region_id).exists()
    ):
        raise ValidationError({"expert": "Choisissez un expert de la région du dossier."})
    demande = DemandeAvis.objects.create(
        dossier=dossier,
        demandeur=instructeur,
        connecteur=connecteur,
        expert=expert,
        question=question.strip(),
    )
    send_templated_email(
        to=_destinataires_avis(demande),
        template="aides/emails/avis_demande",
        context={"demande": demande, "relance": False, "site_url": settings.SITE_URL},
    )
    return demande


@transaction.atomic
def avis_rendre(*, demande: DemandeAvis, user, reponse: str) -> DemandeAvis:
    demande = DemandeAvis.objects.select_for_update().get(pk=demande.pk)
    if demande.repondu_le:
        raise ValidationError("Cet avis a déjà été rendu.")
    if not reponse.strip():
        raise ValidationError({"reponse": "Rédigez votre avis."})
    demande.reponse = reponse.strip()
    demande.repondu_par = user
    demande.repondu_le = timezone.now()
    demande.save()
    send_templated_email(
        to=demande.demandeur.email,
        template="aides/emails/avis_rendu",
        context={"demande": demande, "site_url": settings.SITE_URL},
    )
    return demande


def delai_relance_avis() -> int:
    return settings.AIDES_DELAI_RELANCE_AVIS_JOURS


@transaction.atomic
def avis_relancer_en_retard(*, maintenant=None) -> int:
    """Remind those who have not answered within the delay; at most once per delay."""
    maintenant = maintenant or timezone.now()
    limite = maintenant - timezone.timedelta(days=delai_relance_avis())
    en_retard = (
        DemandeAvis.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(repondu_le__isnull=True, cree_le__lte=limite)
        .filter(Q(derniere_relance__isnull=True) | Q(derniere_relance__lte=limite))
        .select_related("dossier", "expert", "connecteur")
    )
    nombre = 0
    for demande in en_retard:
        send_templated_email(
            to=_destinataires_avis(demande),
            template="aides/emails/avis_demande",
            context={"demande": demande, "relance": True, "site_url": settings.SITE_URL},
        )
        demande.relances += 1
        demande.derniere_relance = maintenant
        demande.save(update_fields=["relances", "derniere_relance"])
        nombre += 1
    return nombre


@transaction.atomic
def aide_declarer(*, user, entreprise, financeur: str, montant: Decimal, date_octroi):
    """The SME declares public aid received elsewhere (counted against the de minimis ceiling)."""
    if not entreprise.gestionnaires.filter(pk=user.pk).exists():
        raise PermissionDenied("Vous ne gérez pas cette entreprise.")
    if date_octroi > timezone.localdate():
        raise ValidationError({"date_octroi": "La date d'octroi ne peut pas être dans le futur."})
    if montant <= 0:
        raise ValidationError({"montant": "Le montant doit être positif."})
    return AideDeclaree.objects.create(
        entreprise=entreprise, financeur=financeur, montant=montant, date_octroi=date_octroi
    )


# The envelope counters: written only by the services that consume them (`F()` under the
# aid's row lock), never by a form, which read them at the start of its request: saving them
# back would undo an acceptance committed in between.
COMPTEURS_ENVELOPPE = frozenset({"montant_engage", "beneficiaires_engages"})


def _champs_saisis() -> list[str]:
    return [
        field.name
        for field in Aide._meta.concrete_fields
        if not field.primary_key
        and field.name not in COMPTEURS_ENVELOPPE
        and field.name not in ("publiee", "publication_le", "publication_par")  # publication.py
    ]


@transaction.atomic
def aide_controler_enveloppe(*, aide: Aide, enveloppe_montant, enveloppe_beneficiaires) -> None:
    """An edited envelope is never below what is already granted, as read under the aid's
    row lock (held until the caller's transaction ends, so no acceptance slips in between the
    check and the save). The counters read are set on `aide`."""
    if aide.pk is None:
        return
    aide.montant_engage, aide.beneficiaires_engages = (
        Aide.objects.select_for_update()
        .filter(pk=aide.pk)
        .values_list("montant_engage", "beneficiaires_engages")
        .get()
    )
    erreurs = {}
    if enveloppe_montant is not None and enveloppe_montant < aide.montant_engage:
        erreurs["enveloppe_montant"] = (
            f"Déjà {euros(aide.montant_engage)} accordés : l'enveloppe ne peut pas être inférieure."
        )
    if enveloppe_beneficiaires is not None and enveloppe_beneficiaires < aide.beneficiaires_engages:
        erreurs["enveloppe_beneficiaires"] = (
            "Ce nombre est inférieur aux bénéficiaires déjà retenus."
        )
    if erreurs:
        raise ValidationError(erreurs)


@transaction.atomic
def aide_ecrire(*, aide: Aide) -> Aide:
    """Write an aid edited in a form (the regions' form, the admin): every field but the
    envelope counters, which a new aid starts at zero and an existing one keeps as the
    acceptances left them."""
    aide_controler_enveloppe(
        aide=aide,
        enveloppe_montant=aide.enveloppe_montant,
        enveloppe_beneficiaires=aide.enveloppe_beneficiaires,
    )
    if aide._state.adding:
        aide.montant_engage, aide.beneficiaires_engages = Decimal("0"), 0
        aide.save()
    else:
        aide.save(update_fields=_champs_saisis())
    return aide


@transaction.atomic
def aide_enregistrer(*, form, user) -> Aide:
    """Save an aid edited by regional staff: only within their regions, and never an envelope
    below what has already been granted."""
    aide = form.save(commit=False)
    codes = {region.code for region in form.cleaned_data["regions"]}
    if not user.is_mission and not codes <= set(user.regions.values_list("code", flat=True)):
        raise ValidationError({"regions": "Vous ne pouvez saisir que les aides de vos régions."})
    if aide.nationale and not user.is_mission:
        raise ValidationError("Seule la mission saisit les aides nationales.")
    aide_ecrire(aide=aide)
    form.save_m2m()
    return aide
