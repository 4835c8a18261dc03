"""PDF report of a result, drawn with fpdf2 (pure Python, core fonts only)."""

from django.utils import timezone
from fpdf import FPDF

from .enums import NiveauDII
from .models import Resultat

# The PDF core fonts are Latin-1: replace the few typographic characters outside it.
REMPLACEMENTS = {
    "’": "'",
    "œ": "oe",
    "Œ": "OE",
    "€": "EUR",
    "…": "...",
    "«\u00a0": "« ",
    "\u00a0»": " »",
    "\u202f": " ",
    "–": "-",
    "—": "-",
}


def _latin1(texte: str) -> str:
    for avant, apres in REMPLACEMENTS.items():
        texte = texte.replace(avant, apres)
    return texte.encode("latin-1", "replace").decode("latin-1")


def rapport_pdf(resultat: Resultat) -> bytes:
    version = resultat.version
    scores = list(resultat.scores.select_related("axe").order_by("axe__ordre"))
    indicateurs = {i.numero: i.libelle for i in version.indicateurs_dii.all()}

    pdf = FPDF(format="A4")
    pdf.set_title(_latin1(f"Diagnostic - {version.questionnaire.titre}"))
    pdf.set_author("Croissance connectée")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    largeur = pdf.w - pdf.l_margin - pdf.r_margin

    def ligne(texte, taille=11, style=""):
        pdf.set_font("Helvetica", style, taille)
        pdf.multi_cell(largeur, taille * 0.5 + 1, _latin1(texte), new_x="LMARGIN", new_y="NEXT")

    ligne("Croissance connectée", 10, "B")
    ligne(version.questionnaire.titre, 18, "B")
    termine = timezone.localtime(resultat.termine_le).strftime("%d/%m/%Y")
    qui = f" - {resultat.entreprise.nom}" if resultat.entreprise else ""
    ligne(f"Résultat du {termine}{qui} (version {version.numero} du questionnaire)", 10)
    pdf.ln(4)
    niveau = resultat.niveau
    ligne(
        f"Score global : {resultat.score_global}/100 - niveau « {niveau.nom if niveau else '-'} »",
        13,
        "B",
    )
    if niveau:
        ligne(niveau.description)
    pdf.ln(3)
    ligne("Scores par axe", 14, "B")
    for score in scores:
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(70, 7, _latin1(score.axe.nom))
        x, y = pdf.get_x(), pdf.get_y() + 1.5
        pdf.set_fill_color(229, 229, 244)
        pdf.rect(x, y, 80, 4, style="F")
        pdf.set_fill_color(0, 0, 145)
        if score.score:
            pdf.rect(x, y, 80 * score.score / 100, 4, style="F")
        pdf.set_x(x + 84)
        pdf.cell(20, 7, f"{score.score}/100", new_x="LMARGIN", new_y="NEXT")
    if indicateurs:
        pdf.ln(3)
        ligne("Indice d'intensité numérique européen (DII)", 14, "B")
        ligne(
            f"{resultat.dii}/12 - niveau {NiveauDII(resultat.niveau_dii).label.lower()}"
            + (
                " (niveau de base atteint)"
                if resultat.dii_basique
                else " (niveau de base non atteint)"
            )
        )
        for numero, libelle in indicateurs.items():
            marque = "[x]" if numero in resultat.indicateurs_dii else "[ ]"
            ligne(f"{marque} {numero}. {libelle}", 9)
    pdf.ln(3)
    ligne(
        "Commerce connecté : "
        + (
            "oui, l'entreprise vend ou prend des commandes en ligne."
            if resultat.commerce_connecte
            else "pas encore."
        ),
        11,
        "B",
    )
    pdf.ln(3)
    ligne("Que faire ensuite", 14, "B")
    for score in scores:
        if score.axe.conseil:
            ligne(f"{score.axe.nom} ({score.score}/100)", 11, "B")
            ligne(score.axe.conseil, 10)
    return bytes(pdf.output())
