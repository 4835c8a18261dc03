"""Profiles the orientation tests share."""

from croissance.orientation.profil import Profil

# A micro-enterprise of retail in Finistère, with a project: weak at online sales, which it
# wants to develop.
PME_BRETONNE = Profil(
    region="53",
    departement="29",
    naf="47.11C",
    section="G",
    effectif=8,
    categorie="micro",
    niveau=3,
    scores={"vente-en-ligne": 20, "cybersecurite": 40},
    besoins=frozenset({"vente-en-ligne"}),
)
