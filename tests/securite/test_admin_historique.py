"""What the mission changes in the admin is in the object's history with the old and the new
value of each field, in French, secrets excepted."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from connecteurs.models import Candidature
from croissance.admin_historique import HistoriqueMixin
from croissance.orientation.models import ReglageOrientation
from croissance.referentiels.models import Theme
from tests.aides.factories import AideFactory
from tests.connecteurs.factories import CandidatureFactory
from tests.factories import UserFactory
from tests.securite.formulaire_admin import donnees_du_formulaire

pytestmark = pytest.mark.django_db


def test_every_registered_admin_keeps_old_and_new_values():
    oublis = [
        f"{model._meta.label}: {type(model_admin).__name__}"
        for model, model_admin in admin.site._registry.items()
        if not isinstance(model_admin, HistoriqueMixin)
    ]
    assert oublis == [], "Déclarez l'administration avec croissance.admin_historique.ModelAdmin"


def _modifier(client, objet, **changements):
    meta = objet._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[objet.pk])
    data = {**donnees_du_formulaire(client.get(url)), **changements}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return url


def _historique(client, objet) -> str:
    meta = objet._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_history", args=[objet.pk])
    return client.get(url).content.decode()


def _dernier_message(objet) -> str:
    return LogEntry.objects.filter(object_id=str(objet.pk)).latest("pk").get_change_message()


def test_an_aid_s_rules_and_regions_old_and_new(client, mission_marc):
    aide = AideFactory(regions=["53"], titre="Pass numérique d'Armor")
    client.force_login(mission_marc)

    _modifier(client, aide, taux="40", regions=["53", "28"], titre="Pass numérique & export")

    message = _dernier_message(aide)
    assert "« Taux (%) » : « 50 » → « 40 »" in message
    assert "« Régions » : « Bretagne » → « Bretagne, Normandie »" in message
    assert "« Titre » : « Pass numérique d'Armor » → « Pass numérique & export »" in message
    page = _historique(client, aide)
    assert "Bretagne, Normandie" in page and "Pass numérique d&#x27;Armor" in page


def test_a_user_s_role_and_regions_but_never_a_password(client, mission_marc):
    ines = UserFactory(instructeur=True, email="ines@bretagne.test", regions=["53"])
    client.force_login(mission_marc)

    _modifier(client, ines, role="mission", regions=["53", "76"])
    message = _dernier_message(ines)
    assert "« Instructeur ou instructrice régional » → « Équipe de la mission »" in message
    assert "« Bretagne » → « Bretagne, Occitanie »" in message

    url = reverse("admin:auth_user_password_change", args=[ines.pk])
    secret = "Ch0colat-et-café!"
    response = client.post(url, {"password1": secret, "password2": secret})
    assert response.status_code == 302
    ines.refresh_from_db()
    assert ines.check_password(secret)
    assert all(secret not in e.change_message for e in LogEntry.objects.all())
    assert secret not in _historique(client, ines)
    assert "valeur non enregistrée" in _dernier_message(ines)


def test_a_referential_change(client, mission_marc):
    theme = Theme.objects.get(slug="vente-en-ligne")
    ancien = theme.nom
    client.force_login(mission_marc)

    _modifier(client, theme, nom="Vente en ligne & places de marché")

    assert f"« {ancien} » → « Vente en ligne & places de marché »" in _dernier_message(theme)


def test_a_workflow_object_s_text(client, mission_marc):
    candidature = CandidatureFactory(references="Fournil de l'Aber : site vitrine.")
    client.force_login(mission_marc)

    _modifier(client, candidature, references="Fournil de l'Aber : boutique en ligne.")

    message = _dernier_message(candidature)
    assert "« Fournil de l'Aber : site vitrine. » → « Fournil de l'Aber : boutique" in message
    assert isinstance(candidature, Candidature)


def test_orientation_settings_from_the_preview_page(client, mission_marc):
    client.force_login(mission_marc)
    url = reverse("admin:orientation_apercu")
    data = donnees_formset_apercu(client.get(url))
    reglage = ReglageOrientation.objects.get(type="aides")
    index = next(i for i, r in enumerate(data["reglages"]) if r == reglage.pk)
    data["post"][f"form-{index}-nombre"] = str(reglage.nombre + 2)

    response = client.post(url, {**data["post"], "enregistrer": "1"})

    assert response.status_code == 302
    assert f"« {reglage.nombre} » → « {reglage.nombre + 2} »" in _dernier_message(reglage)


def donnees_formset_apercu(response):
    formset = response.context["formset"]
    post = {}
    for name in formset.management_form.fields:
        post[formset.management_form.add_prefix(name)] = formset.management_form[name].value()
    reglages = []
    for form in formset.forms:
        reglages.append(form.instance.pk)
        for bound_field in form:
            value = bound_field.value()
            if isinstance(value, bool):
                if value:
                    post[bound_field.html_name] = "on"
            elif value is not None:
                post[bound_field.html_name] = str(value)
    return {"post": post, "reglages": reglages}
