"""Tagged PDF documents (PDF/UA) drawn from HTML templates with WeasyPrint.

Every document extends `pdf/base.html`: the portal's brand, the date it was drawn, page
numbers from CSS `@page` counters, the language (fr) and the title in the metadata. The
structure tags come from the HTML (headings, lists, tables), so a screen reader reads the
PDF in the order of the template.
"""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

# The State's typeface, as the DSFR ships it: embedded in every document.
POLICES = {
    "regular": "dsfr/dist/fonts/Marianne-Regular.woff2",
    "bold": "dsfr/dist/fonts/Marianne-Bold.woff2",
}


def _polices() -> dict[str, str]:
    chemins = {nom: finders.find(chemin) for nom, chemin in POLICES.items()}
    return {nom: Path(chemin).as_uri() for nom, chemin in chemins.items() if chemin}


def _lecteur_local(permis: set[str]):
    """A URL fetcher that reads the fonts and nothing else: a document never fetches a URL
    its text names."""
    from weasyprint.urls import URLFetcher

    class LecteurLocal(URLFetcher):
        def fetch(self, url, headers=None):
            if url not in permis:
                raise ValueError(f"Ressource refusée dans un PDF : {url}")
            return super().fetch(url, headers)

    return LecteurLocal(allowed_protocols={"file"})


def rendre_pdf(template: str, context: dict, *, titre: str) -> bytes:
    """The tagged PDF of `template` (which extends `pdf/base.html`), titled `titre`."""
    # imported when a PDF is drawn: loading WeasyPrint costs every process half a second
    from weasyprint import HTML

    polices = _polices()
    html = render_to_string(
        template,
        {**context, "titre": titre, "polices": polices, "edite_le": timezone.localtime()},
    )
    return HTML(string=html, url_fetcher=_lecteur_local(set(polices.values()))).write_pdf(
        pdf_tags=True, pdf_variant="pdf/ua-1"
    )
