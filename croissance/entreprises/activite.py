"""The type of activity a NAF code suggests: what the firm form and the simulator propose
until the person chooses otherwise.

NAF sections give the broad type (C manufacturing → industrie, G trade → commerce…); the
trades of the Répertoire des métiers — food crafts, building work, hairdressing, repairs,
crafts such as ceramics or cabinet-making — are « production artisanale ». The most precise
prefix wins: sub-class, then class, then division."""

from .enums import Activite

# Prefixes of NAF codes (sub-class "10.71C", class "10.71", division "43"), most precise first.
_PAR_PREFIXE = {
    # Food crafts
    "10.13B": Activite.ARTISANAT,  # charcuterie
    "10.51C": Activite.ARTISANAT,  # fromage
    "10.52": Activite.ARTISANAT,  # glaces et sorbets
    "10.71B": Activite.ARTISANAT,  # cuisson de produits de boulangerie
    "10.71C": Activite.ARTISANAT,  # boulangerie et boulangerie-pâtisserie
    "10.71D": Activite.ARTISANAT,  # pâtisserie
    "10.82": Activite.ARTISANAT,  # chocolaterie, confiserie
    # Crafts
    "14.13": Activite.ARTISANAT,  # vêtements de dessus
    "14.19": Activite.ARTISANAT,  # autres vêtements et accessoires
    "15.12": Activite.ARTISANAT,  # maroquinerie, sellerie
    "16.23": Activite.ARTISANAT,  # charpentes et menuiseries
    "16.29": Activite.ARTISANAT,  # objets en bois, vannerie
    "18.12": Activite.ARTISANAT,  # imprimerie
    "23.19": Activite.ARTISANAT,  # verre, dont verrerie d'art
    "23.41": Activite.ARTISANAT,  # céramique domestique ou ornementale
    "23.70": Activite.ARTISANAT,  # taille, façonnage de pierres
    "31.09B": Activite.ARTISANAT,  # ébénisterie, ameublement
    "32.12": Activite.ARTISANAT,  # joaillerie, bijouterie
    "32.13": Activite.ARTISANAT,  # bijouterie fantaisie
    "32.20": Activite.ARTISANAT,  # instruments de musique
    # Building work and repairs
    "41.10": Activite.SERVICES,  # promotion immobilière
    "41.20": Activite.ARTISANAT,  # construction de bâtiments
    "43": Activite.ARTISANAT,  # travaux de construction spécialisés
    "45.20": Activite.ARTISANAT,  # entretien et réparation de véhicules
    "95": Activite.ARTISANAT,  # réparation d'ordinateurs et de biens personnels
    "96.01": Activite.ARTISANAT,  # blanchisserie, teinturerie
    "96.02": Activite.ARTISANAT,  # coiffure, soins de beauté
    # Restaurants and cafés sell to passers-by as shops do
    "56": Activite.COMMERCE,
}

# NAF divisions (two digits) of each section, and the type of activity of the section.
_PAR_DIVISION = [
    (range(1, 4), Activite.AGRICULTURE),  # A
    (range(5, 40), Activite.INDUSTRIE),  # B extraction, C manufacturing, D energy, E water
    (range(41, 44), Activite.INDUSTRIE),  # F construction (building work: above)
    (range(45, 48), Activite.COMMERCE),  # G
    (range(84, 85), Activite.AUTRE),  # O public administration
    (range(97, 100), Activite.AUTRE),  # T households, U extraterritorial bodies
]


def activite_de_naf(code: str | None) -> Activite | None:
    """The type of activity of a NAF code ("10.71C" → artisanat, "47.61Z" → commerce,
    "62.01Z" → services), None without a code."""
    code = (code or "").strip().upper()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    for longueur in (6, 5, 2):
        if code[:longueur] in _PAR_PREFIXE:
            return _PAR_PREFIXE[code[:longueur]]
    division = int(code[:2])
    return next(
        (activite for divisions, activite in _PAR_DIVISION if division in divisions),
        Activite.SERVICES,
    )
