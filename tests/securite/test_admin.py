"""The admin: audit trails are read-only for everyone, mission staff included; custom actions
leave an entry in the admin's history (who, what, when)."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.test import RequestFactory
from django.urls import reverse

from croissance.label.models import CandidatureLabel
from croissance.workflow import Transition
from formations.enums import TypeMouvement
from formations.models import Mouvement
from tests.croissance.test_permissions import monde  # noqa: F401  (the fixture)

pytestmark = pytest.mark.django_db

HISTORIQUES = [
    model
    for model in apps.get_models()
    if issubclass(model, Transition) and not model._meta.abstract
]


def _admins_of(model):
    """The ModelAdmin and inlines through which the admin shows `model`."""
    found = [admin.site._registry[model]] if model in admin.site._registry else []
    for parent, model_admin in admin.site._registry.items():
        for inline in model_admin.inlines:
            if inline.model is model:
                found.append(inline(parent, admin.site))
    return found


def test_every_workflow_history_is_shown_in_the_admin():
    assert len(HISTORIQUES) >= 9
    assert [m.__name__ for m in HISTORIQUES if not _admins_of(m)] == []


@pytest.mark.parametrize("model", HISTORIQUES, ids=lambda m: m._meta.label)
def test_a_history_cannot_be_added_changed_or_deleted_even_by_mission_staff(model, mission_marc):
    request = RequestFactory().get("/admin/")
    request.user = mission_marc
    assert mission_marc.is_superuser  # the most powerful account of the portal
    for model_admin in _admins_of(model):
        assert not model_admin.has_add_permission(request, None)
        assert not model_admin.has_change_permission(request, None)
        assert not model_admin.has_delete_permission(request, None)


def test_a_registered_history_refuses_the_add_page(client, mission_marc):
    client.force_login(mission_marc)
    registered = [m for m in HISTORIQUES if m in admin.site._registry]
    assert registered
    for model in registered:
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        assert client.get(url).status_code == 403, url


ACTIONS = [
    ("temoignage_en_attente", "publier"),
    ("avis_connecteur", "publier"),
    ("lead", "clore"),
    ("version", "creer_nouvelle_version"),
    ("mouvement", "contrepasser"),
    ("candidature_label", "accorder"),
]


@pytest.mark.parametrize(("objet", "action"), ACTIONS)
def test_a_custom_action_is_logged_with_who_and_what(
    client,
    monde,  # noqa: F811
    mission_marc,
    objet,
    action,
):
    if objet == "mouvement":
        obj = Mouvement.objects.create(
            type=TypeMouvement.BIENVENUE, libelle="Bienvenue", auteur=mission_marc
        )
    elif objet == "candidature_label":
        obj = CandidatureLabel.objects.create(entreprise=monde[0]["entreprise"], presentation="x")
    else:
        obj = monde[0][objet]
    meta = obj._meta
    client.force_login(mission_marc)

    response = client.post(
        reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
        {"action": action, "_selected_action": [obj.pk]},
    )

    assert response.status_code == 302
    entry = LogEntry.objects.get(object_id=str(obj.pk), content_type__model=meta.model_name)
    assert entry.user == mission_marc and entry.action_flag == CHANGE
    description = getattr(admin.site._registry[type(obj)], action).short_description
    assert description in entry.get_change_message()


def test_only_mission_staff_reach_the_admin(
    client, pme_alice, connecteur_claire, instructeur_bretagne, mission_marc
):
    for user in (pme_alice, connecteur_claire, instructeur_bretagne):
        client.force_login(user)
        response = client.get(reverse("admin:index"))
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(mission_marc)
    assert client.get(reverse("admin:index")).status_code == 200
