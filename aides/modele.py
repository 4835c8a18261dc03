"""The programme's reference criteria (report, recommendation 5), offered when creating an aid."""

from decimal import Decimal

from .enums import TypeDepense

MODELE_PROGRAMME = {
    "description": (
        "Financement des investissements immatériels d'un projet visant à développer les ventes "
        "en France ou à l'international grâce au numérique."
    ),
    "taux": Decimal("50"),
    "investissement_min": Decimal("2000"),
    "investissement_max": Decimal("30000"),
    "effectif_max": 50,
    "exclut_pure_players": True,
    "types_depense": [
        TypeDepense.CONSEIL,
        TypeDepense.SITE,
        TypeDepense.ECOMMERCE,
        TypeDepense.REFERENCEMENT,
        TypeDepense.MARKETPLACE,
    ],
}
