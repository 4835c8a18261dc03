"""ISO 3166-1 alpha-2 codes of the countries leads and market fiches may name (French names)."""

PAYS = {
    "DE": "Allemagne",
    "AE": "Émirats arabes unis",
    "AR": "Argentine",
    "AT": "Autriche",
    "AU": "Australie",
    "BE": "Belgique",
    "BR": "Brésil",
    "CA": "Canada",
    "CH": "Suisse",
    "CI": "Côte d'Ivoire",
    "CL": "Chili",
    "CN": "Chine",
    "CO": "Colombie",
    "CZ": "Tchéquie",
    "DK": "Danemark",
    "DZ": "Algérie",
    "EG": "Égypte",
    "ES": "Espagne",
    "FI": "Finlande",
    "GB": "Royaume-Uni",
    "GR": "Grèce",
    "HK": "Hong Kong",
    "HU": "Hongrie",
    "ID": "Indonésie",
    "IE": "Irlande",
    "IL": "Israël",
    "IN": "Inde",
    "IT": "Italie",
    "JP": "Japon",
    "KR": "Corée du Sud",
    "LU": "Luxembourg",
    "MA": "Maroc",
    "MX": "Mexique",
    "MY": "Malaisie",
    "NG": "Nigeria",
    "NL": "Pays-Bas",
    "NO": "Norvège",
    "NZ": "Nouvelle-Zélande",
    "PE": "Pérou",
    "PH": "Philippines",
    "PL": "Pologne",
    "PT": "Portugal",
    "QA": "Qatar",
    "RO": "Roumanie",
    "SA": "Arabie saoudite",
    "SE": "Suède",
    "SG": "Singapour",
    "SN": "Sénégal",
    "TH": "Thaïlande",
    "TN": "Tunisie",
    "TR": "Turquie",
    "TW": "Taïwan",
    "US": "États-Unis",
    "VN": "Viêt Nam",
    "ZA": "Afrique du Sud",
}

PAYS_CHOICES = sorted(PAYS.items(), key=lambda item: item[1].replace("É", "E"))


def nom_pays(code: str) -> str:
    return PAYS.get(code, code)


_MASCULINS = {
    "BR",
    "CA",
    "CL",
    "DK",
    "GB",
    "JP",
    "LU",
    "MA",
    "MX",
    "NG",
    "PE",
    "PT",
    "QA",
    "SN",
    "VN",
}
_PLURIELS = {"AE", "NL", "PH", "US"}
_SANS_ARTICLE = {"HK", "IL", "SG", "TW"}


def pays_avec_article(code: str) -> str:
    """« l'Allemagne », « le Japon », « les États-Unis », « Singapour » (for sentences)."""
    nom = nom_pays(code)
    if code in _SANS_ARTICLE:
        return nom
    if code in _PLURIELS:
        return f"les {nom}"
    if nom[0] in "AEIOUÉ":
        return f"l'{nom}"
    return f"{'le' if code in _MASCULINS else 'la'} {nom}"
