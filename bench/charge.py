"""A small HTTP load generator (threads + http.client), run as a separate process:

    python -m bench.charge URL SECONDES THREADS [COOKIE]

prints `requêtes/s erreurs`. Bounded in time and in count (at most 100,000 requests)."""

import http.client
import sys
import threading
import time
from urllib.parse import urlsplit

MAX_REQUETES = 100_000


def charger(url, secondes, threads, cookie=""):
    parts = urlsplit(url)
    chemin = parts.path + (f"?{parts.query}" if parts.query else "")
    entetes = {"X-Forwarded-Proto": "https"}
    if cookie:
        entetes["Cookie"] = cookie
    fin = time.perf_counter() + secondes
    compteurs = {"ok": 0, "erreurs": 0}
    verrou = threading.Lock()

    def travail():
        connexion = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        while time.perf_counter() < fin:
            try:
                connexion.request("GET", chemin, headers=entetes)
                reponse = connexion.getresponse()
                reponse.read()
                bon = reponse.status == 200
            except (OSError, http.client.HTTPException):
                connexion.close()
                connexion = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
                bon = False
            with verrou:
                compteurs["ok" if bon else "erreurs"] += 1
                if compteurs["ok"] + compteurs["erreurs"] >= MAX_REQUETES:
                    return

    debut = time.perf_counter()
    fils = [threading.Thread(target=travail) for _ in range(threads)]
    for fil in fils:
        fil.start()
    for fil in fils:
        fil.join()
    duree = time.perf_counter() - debut
    return compteurs["ok"] / duree, compteurs["erreurs"]


if __name__ == "__main__":
    url, secondes, threads = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    par_seconde, erreurs = charger(url, secondes, threads, sys.argv[4] if len(sys.argv) > 4 else "")
    print(f"{par_seconde:.1f} {erreurs}")
