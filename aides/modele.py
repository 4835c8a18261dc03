"""The programme's reference criteria (report, recommendation 5), offered when creating an aid:
a grant of half of an intangible investment from 2 000 € to 30 000 € HT, capped at 15 000 € per
firm (the cap the report's press coverage gives), for firms of fewer than 50 people, digital
pure players excluded."""

from decimal import Decimal

from .enums import NatureAide, TypeDepense

MODELE_PROGRAMME = {
    "description": (
        "Financement des investissements immatériels d'un projet visant à développer les ventes "
        "en France ou à l'international grâce au numérique."
    ),
    "nature": NatureAide.SUBVENTION,
    "taux": Decimal("50"),
    "investissement_min": Decimal("2000"),
    "investissement_max": Decimal("30000"),
    "plafond": Decimal("15000"),
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
