"""The public API's OpenAPI schema says what the API does.

- Every operation documents its errors: 400 (a filter or a body the API refuses, in French,
  field by field), 404 (an unknown object, a page that does not exist), 415 (a body that is
  not JSON), 429 (the throttle).
- A filter on a referential (region, département, thème, secteur…) lists its codes, read from
  the database when the schema is generated: a code outside the list is a 400, never an empty
  answer. A text filter gives its maximum length, a number its bounds. A parameter given
  empty is ignored, as in the pages' forms (`allowEmptyValue`); given twice, refused.
"""

import copy

from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.db import DatabaseError
from django_filters import ModelChoiceFilter
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent

from croissance.api.champs import MONTANT, MONTANT_OU_ZERO
from croissance.forms import MontantField

ERREUR = {
    "type": "object",
    "description": "Une erreur, expliquée en français.",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
ERREURS_VALIDATION = {
    "type": "object",
    "description": "Les erreurs, en français, par paramètre ou par champ (par indice pour "
    "les éléments d'une liste) ; `detail` pour un corps illisible.",
    "additionalProperties": {
        "anyOf": [
            {"type": "string"},
            {"type": "array", "items": {"type": "string"}},
            {"type": "object"},
        ]
    },
}
DESCRIPTIONS = {
    "400": "Paramètres ou données refusés (code inconnu, valeur hors bornes, champ manquant).",
    "404": "Objet inconnu, ou page au-delà de la dernière.",
    "415": "Le corps de la requête doit être du JSON (`Content-Type: application/json`).",
    "429": "Trop de requêtes : la limite par client est atteinte, réessayez plus tard.",
}


def codes_referentiel(queryset, champ: str) -> list[str]:
    return sorted({str(code) for code in queryset.values_list(champ, flat=True)})


def _enum(codes) -> dict:
    """`{"enum": codes()}`, or nothing when the referential cannot be read: the schema is also
    built by `check --deploy`, which may run before any database exists."""
    try:
        valeurs = codes()
    except DatabaseError:
        return {}
    return {"enum": valeurs} if valeurs else {}


class SchemaApi(AutoSchema):
    def _composant(self, nom: str, schema: dict) -> dict:
        composant = ResolvedComponent(
            name=nom, type=ResolvedComponent.SCHEMA, schema=schema, object=nom
        )
        self.registry.register_on_missing(composant)
        return composant.ref

    def _erreurs(self) -> list[str]:
        codes = []
        corps = self.method in ("POST", "PUT", "PATCH")
        if corps or self._get_filter_parameters():
            codes.append("400")
        if "{" in self.path or self._get_pagination_parameters():
            codes.append("404")
        if corps:
            codes.append("415")
        if self.view.get_throttles():
            codes.append("429")
        return codes

    def _map_basic_serializer(self, serializer, direction):
        # a body that needs one group of fields or another (`requis_au_choix`) says so
        schema = super()._map_basic_serializer(serializer, direction)
        groupes = getattr(serializer, "requis_au_choix", ())
        if groupes and direction == "request":
            schema["anyOf"] = [{"required": list(groupe)} for groupe in groupes]
        return schema

    def _get_request_body(self, direction="request"):
        # such a body is required even though none of its fields is, alone
        corps = super()._get_request_body(direction)
        if corps is not None and getattr(self.get_request_serializer(), "requis_au_choix", ()):
            corps["required"] = True
        return corps

    def _get_response_bodies(self, direction="response"):
        reponses = super()._get_response_bodies(direction)
        if direction != "response":
            return reponses
        for code in self._erreurs():
            if code not in reponses:
                schema = self._composant(
                    "ErreursValidation" if code == "400" else "Erreur",
                    ERREURS_VALIDATION if code == "400" else ERREUR,
                )
                reponse = self._get_response_for_code(schema, code)
                reponse["description"] = DESCRIPTIONS[code]
                reponses[code] = reponse
        return reponses


def _bornes(champ) -> dict:
    """The bounds a form field enforces, in JSON Schema words."""
    if isinstance(champ, MontantField):
        # an amount is text (« 1 250,50 € » in the pages): the API's form of it is documented
        motif = MONTANT_OU_ZERO if champ.min_value is not None and champ.min_value <= 0 else MONTANT
        return {"type": "string", "pattern": motif, "example": "1250.50"}
    bornes = {}
    for validateur in champ.validators:
        if isinstance(validateur, MinValueValidator):
            bornes["minimum"] = validateur.limit_value
        elif isinstance(validateur, MaxValueValidator):
            bornes["maximum"] = validateur.limit_value
        elif isinstance(validateur, MaxLengthValidator):
            bornes["maxLength"] = validateur.limit_value
        elif isinstance(validateur, ProhibitNullCharactersValidator):
            bornes["pattern"] = "^[^\\u0000]*$"  # PostgreSQL stores no NUL character
    return bornes


class FiltresReferentiels(DjangoFilterExtension):
    target_class = "croissance.api.filtres.FiltresApi"
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parametres = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        # a copy builds the form field: the filter's own would keep it (and its widget)
        bornes = _bornes(copy.deepcopy(filter_field).field)
        for parametre in parametres:
            schema = parametre["schema"]
            if isinstance(filter_field, ModelChoiceFilter):
                queryset = filter_field.extra["queryset"]
                champ = filter_field.extra.get("to_field_name") or "pk"
                schema["type"] = "string"
                schema.update(_enum(lambda q=queryset, c=champ: codes_referentiel(q, c)))
            if bornes.get("type") == "string":
                schema.pop("format", None)
            schema.update(bornes)
            # as in the pages' forms, a parameter given empty is ignored (no filter)
            parametre["allowEmptyValue"] = True
        return parametres


class CodeReferentielSchema(OpenApiSerializerFieldExtension):
    """A `CodeReferentiel` field: the codes its referential holds."""

    target_class = "croissance.api.champs.CodeReferentiel"
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        champ = self.target
        schema = {"type": "string", **_enum(champ.codes)}
        if champ.allow_blank and "enum" in schema:
            schema["enum"] = ["", *schema["enum"]]
        if champ.allow_null:
            schema["nullable"] = True
        return schema
