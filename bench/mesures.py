"""What the benchmark measures: key pages in-process, the orientation engine, and throughput
under gunicorn. Budgets come from issue 9; tests never time anything, only this command does."""

import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

BUDGET_MS = 100
BUDGET_REQUETES = 15
BUDGET_ORIENTATION_MS = 50
BUDGET_RSS_MO = 250
RATIO_CACHEABLE = 0.5  # of the trivial view
RATIO_DYNAMIQUE = 0.7  # of an empty page on the DSFR base template


@dataclass
class Mesure:
    nom: str
    url: str
    mediane_ms: float = 0
    p95_ms: float = 0
    requetes: int = 0
    statut: int = 0

    @property
    def ok(self):
        return (
            self.statut in (200, 302)
            and self.p95_ms <= BUDGET_MS
            and self.requetes <= BUDGET_REQUETES
        )


def p95(valeurs):
    ordonnees = sorted(valeurs)
    return ordonnees[min(len(ordonnees) - 1, round(0.95 * (len(ordonnees) - 1)))]


def mesurer(client, nom, url, repetitions, *, methode="get", data=None, a_froid=()):
    """Median and p95 of `repetitions` requests after a warm-up one, and the SQL queries of
    the last. `a_froid`: names of croissance.fragments versions bumped before each request
    (outside the timing), so that each one is a first display: what the shared cache keeps
    for later displays (a page body, search results, recommendations) is computed again."""
    from croissance import fragments

    appel = getattr(client, methode)
    reponse = appel(url, data or {})  # warm-up
    durees = []
    for _ in range(repetitions):
        for version in a_froid:
            fragments.nouvelle_version(version)
        with CaptureQueriesContext(connection) as requetes:
            debut = time.perf_counter()
            reponse = appel(url, data or {})
            durees.append((time.perf_counter() - debut) * 1000)
    return Mesure(
        nom, url, statistics.median(durees), p95(durees), len(requetes), reponse.status_code
    )


# --- the actors of the run -----------------------------------------------------------------


def acteurs():
    """A PME manager with a seeded company, and an instructeur of that company's region."""
    from croissance.comptes.models import User
    from croissance.entreprises.models import Entreprise

    entreprise = (
        Entreprise.objects.filter(gestionnaires__role="pme", region__isnull=False)
        .select_related("region", "naf")
        .order_by("pk")
        .first()
    )
    if entreprise is None:
        raise RuntimeError("Base vide : lancez d'abord `manage.py seed_national`.")
    pme = entreprise.gestionnaires.order_by("pk").first()
    instructeur, _ = User.objects.get_or_create(
        email="instructeur@bench.example", defaults={"role": "instructeur", "nom": "Bench"}
    )
    instructeur.regions.add(entreprise.region)
    return pme, instructeur, entreprise


def _connecteur_labellise(region):
    """A labelled connecteur of the directory, serving the region when one does."""
    from connecteurs.models import Connecteur
    from connecteurs.selectors import connecteurs_publics

    labellises = connecteurs_publics().filter(niveau="labellise").order_by("pk")
    connecteur = labellises.filter(regions=region).first() or labellises.first()
    if connecteur is None:
        raise RuntimeError("Aucun connecteur labellisé : relancez `manage.py seed_national`.")
    return Connecteur.objects.get(pk=connecteur.pk)


def _instantane(region):
    from croissance.indicateurs.selectors import dernier_instantane
    from croissance.indicateurs.services import prendre_instantane

    if dernier_instantane(region) is None:
        prendre_instantane(region=region)


@dataclass
class Acteurs:
    """Who and what the throughput run loads with a session."""

    pme: object
    instructeur: object
    url_resultat: str
    url_leads: str


def _commencer(client, version, entreprise):
    reponse = client.post(
        reverse("diagnostic:commencer", args=[version.questionnaire.slug]),
        {"entreprise": entreprise.pk},
    )
    return reponse.headers["Location"].split("/d/")[1].split("/")[0]


def diagnostic(client, entreprise):
    """Take the diagnostic through the client. Return the first step of a diagnostic left in
    progress (url, answers: re-submitting it saves the answers again) and the results page of
    a finished one."""
    from diagnostic.models import Version

    version = (
        Version.objects.filter(questionnaire__slug="maturite-numerique", statut="publiee")
        .order_by("-numero")
        .first()
    )
    axes = list(version.axes.order_by("ordre").prefetch_related("questions__choix"))
    reponses = []
    for axe in axes:
        data = {"action": "suivant"}
        for question in axe.questions.all():
            choix = list(question.choix.all())
            data[f"q{question.pk}"] = [str(choix[min(2, len(choix) - 1)].pk)]
        reponses.append(data)
    termine = _commencer(client, version, entreprise)
    for numero, data in enumerate(reponses, start=1):
        client.post(reverse("diagnostic:etape", args=[termine, numero]), data)
    client.post(reverse("diagnostic:etape", args=[termine, len(axes) + 1]), {"action": "suivant"})
    en_cours = _commencer(client, version, entreprise)
    etape = (reverse("diagnostic:etape", args=[en_cours, 1]), reponses[0])
    return etape, reverse("diagnostic:resultat", args=[termine])


def pages(repetitions):
    from aides.selectors import VERSION_DOSSIERS
    from croissance.indicateurs.selectors import VERSION_INSTANTANES
    from croissance.orientation.engine import VERSION as VERSION_ORIENTATION
    from einter.models import Lead
    from einter.selectors import VERSION_LEADS

    pme, instructeur, entreprise = acteurs()
    anonyme, client_pme, client_instr = Client(), Client(), Client()
    client_pme.force_login(pme)
    client_instr.force_login(instructeur)
    (url_etape, data_etape), url_resultat = diagnostic(client_pme, entreprise)
    region = entreprise.region_id
    # filters taken from a seeded lead, so that every search has results
    lead = (
        Lead.objects.filter(titre__icontains="cheese")
        .order_by("pk")
        .values("pays", "secteur__slug")
    ).first() or {}
    labellise = _connecteur_labellise(region)
    theme = labellise.themes.order_by("slug").values_list("slug", flat=True).first() or ""
    listes = [
        (
            "Aides : liste filtrée",
            f"{reverse('aides:liste')}?region={region}&financeur_type=region",
        ),
        (
            "Connecteurs : annuaire filtré",
            f"{reverse('connecteurs:annuaire')}?region={region}&theme={theme}",
        ),
        (
            "Formations : catalogue filtré",
            f"{reverse('formations:catalogue')}?region={region}&a_venir=on",
        ),
    ]
    mesures = [
        mesurer(anonyme, "Accueil", "/", repetitions),
        mesurer(
            client_pme,
            "Diagnostic : envoi d'une étape",
            url_etape,
            repetitions,
            methode="post",
            data=data_etape,
        ),
        mesurer(client_pme, "Diagnostic : résultats et recommandations", url_resultat, repetitions),
        mesurer(
            client_pme,
            "Diagnostic : résultats, recommandations à calculer (premier affichage)",
            url_resultat,
            repetitions,
            a_froid=(VERSION_ORIENTATION,),
        ),
        mesurer(
            client_pme,
            "Aides : simulation",
            f"{reverse('aides:simulateur')}?localisation={entreprise.code_postal}"
            f"&commune={entreprise.commune_id or ''}&naf={entreprise.naf_id or ''}"
            f"&effectif=5&activite=commerce&depense_site=10000",
            repetitions,
        ),
    ]
    # Public lists: as a first-time visitor sees them (served from the page cache after the
    # warm-up request), and as a logged-in visitor, rendered every time.
    for nom, url in listes:
        mesures.append(mesurer(anonyme, nom, url, repetitions))
        mesures.append(mesurer(client_pme, f"{nom} (connecté, sans cache)", url, repetitions))
    mesures.append(
        mesurer(
            anonyme,
            "Connecteurs : fiche d'un labellisé",
            reverse("connecteurs:profil", args=[labellise.pk]),
            repetitions,
        )
    )
    # Each search is a new one (its results and page computed again): visitors type their own.
    leads = reverse("einter:leads")
    for nom, requete in (
        ("Leads : sans filtre", ""),
        ("Leads : « huile d'olive »", "?q=huile+d%27olive"),
        ("Leads : « cheese » + pays", f"?q=cheese&pays={lead.get('pays', '')}"),
        (
            "Leads : pays + secteur",
            f"?pays={lead.get('pays', '')}&secteur={lead.get('secteur__slug') or ''}",
        ),
    ):
        mesures.append(
            mesurer(client_pme, nom, leads + requete, repetitions, a_froid=(VERSION_LEADS,))
        )
    # The dashboard reads the snapshot the nightly task keeps (one is taken if none exists yet).
    _instantane(region)
    for nom, url, version in (
        ("File d'instruction (instructeur)", reverse("aides:instruction"), VERSION_DOSSIERS),
        (
            "Indicateurs : tableau de bord (instructeur)",
            reverse("indicateurs:tableau_de_bord"),
            VERSION_INSTANTANES,
        ),
    ):
        mesures.append(mesurer(client_instr, nom, url, repetitions))
        mesures.append(
            mesurer(
                client_instr,
                f"{nom}, après une modification (premier affichage)",
                url,
                repetitions,
                a_froid=(version,),
            )
        )
    mesures.append(mesurer(anonyme, "API : liste des ressources", "/api/ressources/", repetitions))
    return mesures, Acteurs(pme, instructeur, url_resultat, leads + "?q=huile+d%27olive")


def orientation(echantillon):
    from croissance.entreprises.models import Entreprise
    from croissance.orientation.engine import recommander
    from croissance.orientation.profil import build_profil

    durees = []
    entreprises = Entreprise.objects.select_related("naf", "region").order_by("pk")[:echantillon]
    for entreprise in entreprises:
        profil = build_profil(entreprise)
        debut = time.perf_counter()
        recommander(profil)
        durees.append((time.perf_counter() - debut) * 1000)
    return statistics.median(durees) if durees else 0, len(durees)


# --- throughput under gunicorn --------------------------------------------------------------


def _port_libre():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_max_ko(pids):
    pic = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as statut:
                for ligne in statut:
                    if ligne.startswith("VmHWM:"):
                        pic = max(pic, int(ligne.split()[1]))
        except OSError:
            continue
    return pic


def charger(url, secondes, threads, cookie):
    """(requests/s, errors) from wrk when installed, else from bench.charge; both are a
    separate process, as a real client would be."""
    if shutil.which("wrk"):
        commande = [
            "wrk",
            "-t2",
            f"-c{threads}",
            f"-d{secondes:g}s",
            "-H",
            "X-Forwarded-Proto: https",
            url,
        ]
        if cookie:
            commande[-1:-1] = ["-H", f"Cookie: {cookie}"]
        sortie = subprocess.run(commande, capture_output=True, text=True, check=True).stdout
        par_seconde = float(re.search(r"Requests/sec:\s+([\d.]+)", sortie).group(1))
        # answers other than 2xx/3xx, and connections refused, cut or timed out
        erreurs = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", sortie))
        sockets = re.search(
            r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", sortie
        )
        erreurs += sum(int(n) for n in sockets.groups()) if sockets else 0
        return par_seconde, erreurs
    sortie = subprocess.run(
        [sys.executable, "-m", "bench.charge", url, str(secondes), str(threads), cookie],
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    ).stdout.split()
    return float(sortie[0]), int(sortie[1])


def _statut(url, cookie) -> int:
    """The status of one request, without following a redirect."""
    parts = urlsplit(url)
    entetes = {"X-Forwarded-Proto": "https"} | ({"Cookie": cookie} if cookie else {})
    connexion = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connexion.request("GET", f"{parts.path}?{parts.query}", headers=entetes)
        return connexion.getresponse().status
    finally:
        connexion.close()


def outil_de_charge():
    return "wrk" if shutil.which("wrk") else "bench.charge (threads Python)"


def debit(cibles, *, secondes, threads):
    """(nom, requests/s, errors) for each (nom, chemin, cookie) under gunicorn, 2 workers, in
    the order given (a page may come several times), and the workers' peak RSS in MB."""
    port = _port_libre()
    env = {
        **os.environ,
        "BENCH": "1",
        "DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    serveur = subprocess.Popen(
        [
            gunicorn,
            "croissance.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        resultats, prets = [], set()
        for nom, chemin, cookie in cibles:
            url = f"http://127.0.0.1:{port}{chemin}"
            if (url, cookie) not in prets:
                # a page that answers a redirect (to the login page…) is not the page measured
                if (statut := _statut(url, cookie)) != 200:
                    raise RuntimeError(f"{nom} : {url} répond {statut} au lieu de 200.")
                # Warm-up: both workers finish booting and load the page's code and templates
                # (the first page measured used to pay for it, which skewed every ratio).
                charger(url, 1, threads, cookie)
                prets.add((url, cookie))
            resultats.append((nom, *charger(url, secondes, threads, cookie)))
        enfants = subprocess.run(
            ["pgrep", "-P", str(serveur.pid)], capture_output=True, text=True
        ).stdout.split()
        rss = _rss_max_ko(enfants) / 1024
    finally:
        os.killpg(serveur.pid, signal.SIGQUIT)  # immediate shutdown
        serveur.wait(timeout=30)
    return resultats, rss


def _cookie(user):
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


# Reference pages of the throughput run. A logged-in page is compared with the empty page
# served with its own session cookie: that one already pays for the session, the user and the
# logged-in header, so the ratio says what the page itself adds on top of them.
TRIVIALE = "Vue triviale"
VIDE = "Page vide (gabarit DSFR)"
VIDE_PME = "Page vide (gabarit DSFR, connecté : PME)"
VIDE_INSTRUCTEUR = "Page vide (gabarit DSFR, connecté : instructeur)"

# Throughput targets: (name, reference page, ratio); the reference is the trivial view for
# cacheable anonymous pages and the empty DSFR page of the same session for pages that cannot
# be cached.
DEBIT_BUDGETS = {
    "Accueil": (TRIVIALE, RATIO_CACHEABLE),
    "Aides : liste": (TRIVIALE, RATIO_CACHEABLE),
    "Connecteurs : annuaire": (TRIVIALE, RATIO_CACHEABLE),
    "Formations : catalogue": (TRIVIALE, RATIO_CACHEABLE),
    "Résultats du diagnostic": (VIDE_PME, RATIO_DYNAMIQUE),
    "Recherche de leads": (VIDE_PME, RATIO_DYNAMIQUE),
    "File d'instruction": (VIDE_INSTRUCTEUR, RATIO_DYNAMIQUE),
    "Indicateurs : tableau de bord": (VIDE_INSTRUCTEUR, RATIO_DYNAMIQUE),
}

# The empty page of the same session as a page measured (none for anonymous pages).
VIDE_CONNECTE = {
    nom: reference for nom, (reference, _) in DEBIT_BUDGETS.items() if reference != TRIVIALE
} | {VIDE_PME: VIDE_PME, VIDE_INSTRUCTEUR: VIDE_INSTRUCTEUR}


@dataclass
class Debit:
    """Throughput of one page over the run: requests/s (median of its loads), errors (all
    loads), and, for a page with a budget, its ratio to its reference page."""

    par_seconde: float
    erreurs: int
    ratio: float | None = None


def sequence_en_paires(pages: list[str], tours: int) -> list[tuple[str, str]]:
    """The order of the loads: each page right after (or, every other round, right before)
    its reference page, so that a slowdown of the machine between two loads weighs on both
    sides of the ratio. (page, its reference) pairs, `tours` times over the pages."""
    paires = []
    for tour in range(tours):
        for page in pages:
            reference = DEBIT_BUDGETS[page][0]
            paires.append((reference, page) if tour % 2 == 0 else (page, reference))
    return paires


def agreger(mesures: list[tuple[str, float, int]], *, debut: int) -> dict[str, Debit]:
    """Medians per page and, per page with a budget, the median of its pair ratios: from
    `debut` on, loads come in pairs as `sequence_en_paires` orders them."""
    par_page: dict[str, list[float]] = {}
    erreurs: dict[str, int] = {}
    for nom, rps, nb in mesures:
        par_page.setdefault(nom, []).append(rps)
        erreurs[nom] = erreurs.get(nom, 0) + nb
    ratios: dict[str, list[float]] = {}
    paires = mesures[debut:]
    for (nom_a, rps_a, _), (nom_b, rps_b, _) in zip(paires[::2], paires[1::2], strict=True):
        page, rps_page, rps_ref = (
            (nom_b, rps_b, rps_a) if nom_b in DEBIT_BUDGETS else (nom_a, rps_a, rps_b)
        )
        ratios.setdefault(page, []).append(rps_page / rps_ref if rps_ref else 0)
    return {
        nom: Debit(
            statistics.median(valeurs),
            erreurs[nom],
            statistics.median(ratios[nom]) if nom in ratios else None,
        )
        for nom, valeurs in par_page.items()
    }


def debit_pages(acteurs: Acteurs, *, secondes, threads, tours=3):
    """Each reference page once (the table shows every page against each of them), then each
    page paired with its reference, `tours` times."""
    pme, instructeur = _cookie(acteurs.pme), _cookie(acteurs.instructeur)
    with override_settings(ROOT_URLCONF="bench.urls"):
        trivial, vide = reverse("bench_trivial"), reverse("bench_vide")
    references = {
        TRIVIALE: (trivial, ""),
        VIDE: (vide, ""),
        VIDE_PME: (vide, pme),
        VIDE_INSTRUCTEUR: (vide, instructeur),
    }
    chemins = references | {
        "Accueil": ("/", ""),
        "Aides : liste": (reverse("aides:liste"), ""),
        "Connecteurs : annuaire": (reverse("connecteurs:annuaire"), ""),
        "Formations : catalogue": (reverse("formations:catalogue"), ""),
        "Résultats du diagnostic": (acteurs.url_resultat, pme),
        "Recherche de leads": (acteurs.url_leads, pme),
        "File d'instruction": (reverse("aides:instruction"), instructeur),
        "Indicateurs : tableau de bord": (reverse("indicateurs:tableau_de_bord"), instructeur),
    }
    ordre = list(references) + [
        nom for paire in sequence_en_paires(list(DEBIT_BUDGETS), tours) for nom in paire
    ]
    mesures, rss = debit(
        [(nom, *chemins[nom]) for nom in ordre], secondes=secondes, threads=threads
    )
    return agreger(mesures, debut=len(references)), rss
