"""Money is never lost by a race.

- An aid saved in the regions' form or in the admin never writes back the envelope counters it
  read when its request started: an acceptance committed in between stays counted.
- Two acceptances for the same firm (same SIREN, even two establishments) on different aids
  cannot both pass the de minimis ceiling.

The races run on PostgreSQL, the acceptance in another thread (its own connection), as in
tests/connecteurs/test_concurrence.py.
"""

import re
import threading
from contextlib import contextmanager, suppress
from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from stdnum import luhn

from aides import services
from aides.admin import AideAdminForm
from aides.enums import EtatDossier
from aides.forms import AideRegionForm
from aides.models import Aide, Dossier
from tests.factories import EntrepriseFactory, UserFactory

from .factories import AideFactory, dossier_en_instruction
from .pages import formulaire, lien, lien_de_la_ligne, texte

PLAFOND_DE_MINIMIS = "Plafond de minimis"


@contextmanager
def acceptation_pendant_la_validation(form_class, accepter):
    """While `form_class` is validated (its aid already loaded by the view, nothing written
    yet), `accepter` runs to its commit in another thread, with its own connection. Yields
    the errors the acceptance raised."""
    valider = form_class.full_clean
    erreurs, fait = [], []

    def dans_un_autre_fil():
        try:
            accepter()
        except Exception as error:  # reported to the test, which fails on it
            erreurs.append(error)
        finally:
            connection.close()

    def full_clean(form):
        if not fait:
            fait.append(True)
            fil = threading.Thread(target=dans_un_autre_fil)
            fil.start()
            fil.join(timeout=30)
            assert not fil.is_alive(), "l'acceptation attend un verrou tenu par le formulaire"
        return valider(form)

    with mock.patch.object(form_class, "full_clean", autospec=True, side_effect=full_clean):
        yield erreurs
    assert fait, "le formulaire n'a pas été validé"


@pytest.fixture
def pass_commerce(db):
    return AideFactory(titre="Pass commerce numérique Bretagne", enveloppe_montant="10000")


@pytest.fixture
def dossier_librairie(pme_alice, librairie, pass_commerce):
    """A 12 000 € website project of the bookshop, in instruction: 6 000 € computed."""
    return dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=pass_commerce)


@pytest.fixture
def instructeur_regles(db):
    """Another Breton instructeur, who keeps the region's aids up to date."""
    return UserFactory(instructeur=True, email="yann@bretagne.test", prenom="Yann", regions=["53"])


def _accepter(dossier, instructeur, montant="6000"):
    return lambda: services.dossier_accepter(
        dossier=dossier, instructeur=instructeur, montant=Decimal(montant), motif="Conforme"
    )


# --- the regions' form -----------------------------------------------------------------------


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_an_acceptance_during_the_save_of_the_regions_form_stays_counted(
    client, pass_commerce, dossier_librairie, instructeur_bretagne, instructeur_regles
):
    client.force_login(instructeur_regles)
    liste = client.get(reverse("aides:regles")).content.decode()
    page = client.get(lien(liste, texte="Pass commerce numérique Bretagne")).content.decode()
    action, data = formulaire(page, contenant="enveloppe_montant")
    data["taux"] = ["40"]
    data["enveloppe_montant"] = ["12000"]

    with acceptation_pendant_la_validation(
        AideRegionForm, _accepter(dossier_librairie, instructeur_bretagne)
    ) as erreurs:
        response = client.post(action, data)

    assert erreurs == []
    assert response.status_code == 302, texte(response)
    aide = Aide.objects.get(pk=pass_commerce.pk)
    assert (aide.taux, aide.enveloppe_montant) == (Decimal("40"), Decimal("12000"))
    assert (aide.montant_engage, aide.beneficiaires_engages) == (Decimal("6000"), 1)
    liste = texte(client.get(response["Location"]))
    assert "6\u202f000 € sur 12\u202f000 €" in liste


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_the_regions_form_cannot_set_the_envelope_below_an_acceptance_made_meanwhile(
    client, pass_commerce, dossier_librairie, instructeur_bretagne, instructeur_regles
):
    client.force_login(instructeur_regles)
    page = client.get(reverse("aides:regles_modifier", args=[pass_commerce.pk])).content.decode()
    action, data = formulaire(page, contenant="enveloppe_montant")
    data["enveloppe_montant"] = ["5000"]  # nothing granted yet when the page was shown

    with acceptation_pendant_la_validation(
        AideRegionForm, _accepter(dossier_librairie, instructeur_bretagne)
    ) as erreurs:
        response = client.post(action, data)

    assert erreurs == []
    assert response.status_code == 400
    assert "Déjà 6\u202f000 € accordés : l'enveloppe ne peut pas être inférieure." in texte(
        response
    )
    aide = Aide.objects.get(pk=pass_commerce.pk)
    assert (aide.enveloppe_montant, aide.montant_engage) == (Decimal("10000"), Decimal("6000"))


def test_the_regions_form_has_no_envelope_counter(pass_commerce):
    form = AideRegionForm(instance=pass_commerce, regions=pass_commerce.regions.all())
    assert not {"montant_engage", "beneficiaires_engages"} & set(form.fields)


def test_a_counter_posted_to_the_regions_form_is_ignored(
    client, pass_commerce, dossier_librairie, instructeur_bretagne, instructeur_regles
):
    services.dossier_accepter(
        dossier=dossier_librairie,
        instructeur=instructeur_bretagne,
        montant=Decimal("6000"),
        motif="Conforme",
    )
    client.force_login(instructeur_regles)
    page = client.get(reverse("aides:regles_modifier", args=[pass_commerce.pk])).content.decode()
    action, data = formulaire(page, contenant="enveloppe_montant")
    data.update(montant_engage=["0"], beneficiaires_engages=["0"], taux=["45"])
    assert client.post(action, data).status_code == 302
    aide = Aide.objects.get(pk=pass_commerce.pk)
    assert (aide.taux, aide.montant_engage, aide.beneficiaires_engages) == (
        Decimal("45"),
        Decimal("6000"),
        1,
    )


# --- the admin -------------------------------------------------------------------------------


def _formulaire_admin(client, titre):
    """The admin change form of the aid, opened from the list of aids: (page, action, data)."""
    liste = client.get(reverse("admin:aides_aide_changelist")).content.decode()
    url = lien(liste, texte=titre)
    page = client.get(url).content.decode()
    return (page, *formulaire(page, contenant="enveloppe_montant", url=url))


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_an_acceptance_during_the_save_of_the_admin_form_stays_counted(
    client, mission_marc, pass_commerce, dossier_librairie, instructeur_bretagne
):
    client.force_login(mission_marc)
    page, action, data = _formulaire_admin(client, "Pass commerce numérique Bretagne")
    data["taux"] = ["40"]
    data["_save"] = ["Enregistrer"]

    with acceptation_pendant_la_validation(
        AideAdminForm, _accepter(dossier_librairie, instructeur_bretagne)
    ) as erreurs:
        response = client.post(action, data)

    assert erreurs == []
    assert response.status_code == 302, texte(response)
    aide = Aide.objects.get(pk=pass_commerce.pk)
    assert aide.taux == Decimal("40")
    assert (aide.montant_engage, aide.beneficiaires_engages) == (Decimal("6000"), 1)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_the_admin_cannot_set_the_envelope_below_an_acceptance_made_meanwhile(
    client, mission_marc, pass_commerce, dossier_librairie, instructeur_bretagne
):
    client.force_login(mission_marc)
    page, action, data = _formulaire_admin(client, "Pass commerce numérique Bretagne")
    data["enveloppe_montant"] = ["5000"]

    with acceptation_pendant_la_validation(
        AideAdminForm, _accepter(dossier_librairie, instructeur_bretagne)
    ) as erreurs:
        response = client.post(action, data)

    assert erreurs == []
    assert response.status_code == 200  # the admin shows the form again with the error
    page = texte(response)
    assert "Déjà 6\u202f000 € accordés : l'enveloppe ne peut pas être inférieure." in page
    aide = Aide.objects.get(pk=pass_commerce.pk)
    assert (aide.enveloppe_montant, aide.montant_engage) == (Decimal("10000"), Decimal("6000"))


def test_the_admin_shows_the_counters_without_writing_them(
    client, mission_marc, pass_commerce, dossier_librairie, instructeur_bretagne
):
    services.dossier_accepter(
        dossier=dossier_librairie,
        instructeur=instructeur_bretagne,
        montant=Decimal("6000"),
        motif="Conforme",
    )
    client.force_login(mission_marc)
    page, action, data = _formulaire_admin(client, "Pass commerce numérique Bretagne")
    assert "montant_engage" not in data and "beneficiaires_engages" not in data
    assert re.search(r"field-montant_engage.*?6000", page, re.S)
    data.update(montant_engage=["0"], beneficiaires_engages=["0"], titre=["Pass commerce 2026"])
    assert client.post(action, data).status_code == 302
    aide = Aide.objects.get(pk=pass_commerce.pk)
    assert aide.titre == "Pass commerce 2026"
    assert (aide.montant_engage, aide.beneficiaires_engages) == (Decimal("6000"), 1)


# --- the de minimis ceiling ------------------------------------------------------------------


def _autre_etablissement(entreprise, *, nom, code_postal="29200", numero="00027"):
    """Another establishment (SIRET) of the same firm (SIREN)."""
    base = entreprise.siren + numero[:4]
    return EntrepriseFactory(
        siret=base + luhn.calc_check_digit(base),
        siren=entreprise.siren,
        nom=nom,
        code_postal=code_postal,
        gestionnaires=list(entreprise.gestionnaires.all()),
    )


@pytest.fixture
def firme_pres_du_plafond(pme_alice, librairie):
    """The bookshop's firm has two establishments and already 290 000 € of de minimis aid:
    room left for one 6 000 € grant, not two. A file of each establishment, on two aids."""
    brest = _autre_etablissement(librairie, nom="Librairie des Mots (Brest)")
    services.aide_declarer(
        user=pme_alice,
        entreprise=librairie,
        financeur="Département du Finistère",
        montant=Decimal("290000"),
        date_octroi=timezone.localdate() - timedelta(days=200),
    )
    pass_commerce = AideFactory(titre="Pass commerce numérique Bretagne")
    cheque = AideFactory(titre="Chèque numérique Finistère", financeur="Département du Finistère")
    return (
        dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=pass_commerce),
        dossier_en_instruction(user=pme_alice, entreprise=brest, aide=cheque),
    )


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_acceptances_for_one_firm_at_once_cannot_both_pass_the_de_minimis_ceiling(
    firme_pres_du_plafond, instructeur_bretagne
):
    quimper, brest = firme_pres_du_plafond
    depart = threading.Barrier(2)
    # Each acceptance waits here once it has read the firm's de minimis total: without a lock
    # both read 290 000 € and both pass; with it, the second one waits for the first to commit
    # (this rendez-vous then times out) and reads 296 000 €.
    apres_lecture = threading.Barrier(2, timeout=2)
    lire = services.de_minimis
    resultats = {}

    def de_minimis_puis_rendez_vous(*args, **kwargs):
        cumul = lire(*args, **kwargs)
        with suppress(threading.BrokenBarrierError):
            apres_lecture.wait()
        return cumul

    def accepter(dossier):
        try:
            depart.wait()
            services.dossier_accepter(
                dossier=dossier,
                instructeur=instructeur_bretagne,
                montant=Decimal("6000"),
                motif="Projet conforme",
            )
            resultats[dossier.pk] = "accepté"
        except ValidationError as error:
            resultats[dossier.pk] = " ".join(error.messages)
        finally:
            connection.close()

    with mock.patch.object(services, "de_minimis", side_effect=de_minimis_puis_rendez_vous):
        fils = [threading.Thread(target=accepter, args=(d,)) for d in (quimper, brest)]
        for fil in fils:
            fil.start()
        for fil in fils:
            fil.join()

    assert sorted(resultats) == sorted([quimper.pk, brest.pk])
    acceptes = [pk for pk, resultat in resultats.items() if resultat == "accepté"]
    assert len(acceptes) == 1, resultats
    (refus,) = [resultat for resultat in resultats.values() if resultat != "accepté"]
    assert refus.startswith(PLAFOND_DE_MINIMIS)
    assert f"SIREN {quimper.entreprise.siren}, tous ses établissements" in refus
    assert "atteindraient 302\u202f000 €, au-delà du plafond de 300\u202f000 €" in refus
    assert "reste 4\u202f000 €" in refus
    etats = dict(Dossier.objects.filter(pk__in=resultats).values_list("pk", "etat"))
    assert sorted(etats.values()) == [EtatDossier.ACCEPTE, EtatDossier.EN_INSTRUCTION]
    engage = sum(
        Aide.objects.filter(dossiers__pk__in=resultats).values_list("montant_engage", flat=True),
        Decimal("0"),
    )
    assert engage == Decimal("6000")


def _accepter_depuis_la_file(client, *, aide, confirmer=False):
    """From the work queue, open the file of this aid and accept the amount proposed."""
    file = client.get(reverse("aides:instruction")).content.decode()
    page = client.get(lien_de_la_ligne(file, contenant=aide)).content.decode()
    action, data = formulaire(page, contenant="montant")
    data["motif"] = ["Projet conforme au règlement de l'aide."]
    if confirmer:
        data["depassement_confirme"] = ["on"]
    return client.post(action, data)


def test_the_second_acceptance_past_the_de_minimis_ceiling_shows_why_on_the_page(
    client, firme_pres_du_plafond, instructeur_bretagne
):
    quimper, brest = firme_pres_du_plafond
    client.force_login(instructeur_bretagne)

    response = _accepter_depuis_la_file(client, aide="Pass commerce numérique Bretagne")
    assert response.status_code == 302
    assert "Le dossier est accepté" in texte(client.get(response["Location"]))

    response = _accepter_depuis_la_file(client, aide="Chèque numérique Finistère")
    assert response.status_code == 400
    page = texte(response)
    assert f"{PLAFOND_DE_MINIMIS} : avec ce montant, les aides publiques reçues depuis le" in page
    assert f"(SIREN {quimper.entreprise.siren}, tous ses établissements) atteindraient " in page
    assert "302\u202f000 €, au-delà du plafond de 300\u202f000 € (reste 4\u202f000 €)." in page
    # the grant to the other establishment is listed with the firm's aids
    assert "Pass commerce numérique Bretagne : 6\u202f000 €" in page
    assert f"établissement {quimper.entreprise.siret}" in page
    brest.refresh_from_db()
    assert brest.etat == EtatDossier.EN_INSTRUCTION
    assert brest.aide.montant_engage == Decimal("0")

    # an instructeur who decides to go past the ceiling says so explicitly
    response = _accepter_depuis_la_file(client, aide="Chèque numérique Finistère", confirmer=True)
    assert response.status_code == 302
    brest.refresh_from_db()
    assert brest.etat == EtatDossier.ACCEPTE
