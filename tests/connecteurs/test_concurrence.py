"""Two evaluators deciding at the same moment: the row lock lets only one decide."""

import threading

import pytest
from django.db import connection

from connecteurs import services
from connecteurs.models import Critere, HistoriqueCandidature
from croissance.workflow import TransitionInterdite
from tests.connecteurs.factories import CandidatureFactory, ConnecteurFactory, PrestationFactory
from tests.factories import UserFactory


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_evaluators_deciding_at_once_decide_once():
    if not Critere.objects.exists():
        Critere.objects.create(libelle="Expérience", note_max=5, plancher=2)
    mission = UserFactory(mission=True)
    premier, second = UserFactory(mission=True), UserFactory(mission=True)
    connecteur = ConnecteurFactory(membres=[UserFactory(connecteur=True)])
    PrestationFactory(connecteur=connecteur)
    candidature = CandidatureFactory(connecteur=connecteur)
    services.candidature_soumettre(candidature=candidature, auteur=connecteur.membres.get())
    for evaluateur in (premier, second):
        evaluation = services.evaluateur_affecter(
            candidature=candidature, evaluateur=evaluateur, auteur=mission
        )
        services.evaluation_enregistrer(
            evaluation=evaluation,
            auteur=evaluateur,
            notes={c.pk: (4, "") for c in Critere.objects.all()},
            commentaire="",
        )

    barrier = threading.Barrier(2)
    results = []

    def decide(user, decision, motif):
        barrier.wait()
        try:
            services.candidature_decider(
                candidature=candidature, auteur=user, decision=decision, motif=motif
            )
            results.append("ok")
        except TransitionInterdite:
            results.append("refusé")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=decide, args=(premier, "labellisee", "")),
        threading.Thread(target=decide, args=(second, "refusee", "Références insuffisantes")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["ok", "refusé"]
    decisions = HistoriqueCandidature.objects.filter(
        candidature=candidature, etat_apres__in=["labellisee", "refusee"]
    )
    assert decisions.count() == 1
