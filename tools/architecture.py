"""Architecture checks run by `make lint`: the rules the code keeps, each with what to do instead.

    python tools/architecture.py            # fails on a violation not listed in the exceptions
    python tools/architecture.py --tout     # every violation, listed or not

Rules (an AST walk, no import of the project):
- `vue-orm`: no `.objects.` in views: read through the app's selectors;
- `vue-ecriture`: no `.save()` / `.delete()` in views: write through the app's services;
- `modeles-croises`: no `from <other app>.models import`: reach another app through its
  services and selectors (the referentials and the core's base models are shared data);
- `coeur-independant`: the core (`croissance`) imports no feature app;
- `module-long`: no module over 400 lines (migrations excepted): split it by concept;
- `fonction-longue`: no function over 80 lines: name its steps as functions.

Known violations still to remove are listed in `tools/architecture_exceptions.txt`, one
`rule path[:name]` per line; a listed one that no longer occurs must be removed from the list,
so that the list only shrinks.
"""

import ast
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
EXCEPTIONS = RACINE / "tools" / "architecture_exceptions.txt"
APPS_METIER = ("aides", "connecteurs", "diagnostic", "einter", "formations", "bench")
COEUR = "croissance"
SOURCES = (*APPS_METIER, COEUR)
# Read by every app as shared data: the official referentials (regions, NAF, themes) and the
# core's own base models.
PARTAGES = {"croissance.referentiels", COEUR}
MAX_LIGNES_MODULE = 400
MAX_LIGNES_FONCTION = 80

CONSEILS = {
    "vue-orm": "lisez par un sélecteur de l'application (selectors.py), pas .objects dans une vue",
    "vue-ecriture": "écrivez par un service (services.py) qui enregistre l'auteur",
    "modeles-croises": "passez par les services ou sélecteurs de l'autre application",
    "coeur-independant": "le cœur ne connaît pas les applications : inversez la dépendance "
    "(registre, signal explicite, réglage)",
    "module-long": f"découpez le module par concept (≤ {MAX_LIGNES_MODULE} lignes)",
    "fonction-longue": f"nommez ses étapes en fonctions (≤ {MAX_LIGNES_FONCTION} lignes)",
}


def application(chemin: Path, racine: Path = RACINE) -> str:
    """`aides`, `connecteurs`…, or for the core its sub-app: `croissance.comptes`."""
    parties = chemin.relative_to(racine).parts
    if parties[0] == COEUR and len(parties) > 2:
        return f"{COEUR}.{parties[1]}"
    return parties[0]


def est_vue(chemin: Path, racine: Path = RACINE) -> bool:
    parties = chemin.relative_to(racine).parts
    return "views" in parties[:-1] or chemin.name == "views.py"


def _module_importe(noeud) -> list[str]:
    if isinstance(noeud, ast.ImportFrom) and noeud.module and noeud.level == 0:
        return [noeud.module]
    if isinstance(noeud, ast.Import):
        return [alias.name for alias in noeud.names]
    return []


def _app_du_module(module: str) -> str:
    parties = module.split(".")
    if parties[0] == COEUR and len(parties) > 2:
        return f"{COEUR}.{parties[1]}"
    return parties[0]


def _ecrit(noeud) -> bool:
    """A `.save()` or `.delete()` call; `form.save(commit=False)` only builds the object."""
    if not (isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Attribute)):
        return False
    if noeud.func.attr == "delete":
        return True
    sans_ecriture = any(
        mot.arg == "commit" and isinstance(mot.value, ast.Constant) and mot.value.value is False
        for mot in noeud.keywords
    )
    return noeud.func.attr == "save" and not sans_ecriture


def violations(chemin: Path, racine: Path = RACINE) -> list[tuple[str, str, str]]:
    """(rule, key, detail) of one module; key is `path` or `path:name`."""
    relatif = chemin.relative_to(racine).as_posix()
    texte = chemin.read_text(encoding="utf-8")
    arbre = ast.parse(texte, filename=relatif)
    trouvees = []
    if texte.count("\n") > MAX_LIGNES_MODULE:
        trouvees.append(("module-long", relatif, f"{texte.count(chr(10))} lignes"))
    app = application(chemin, racine)
    vue = est_vue(chemin, racine)
    for noeud in ast.walk(arbre):
        for module in _module_importe(noeud):
            cible = _app_du_module(module)
            if app.startswith(COEUR) and cible in APPS_METIER:
                trouvees.append(("coeur-independant", f"{relatif}:{module}", f"importe {module}"))
            elif (
                module.endswith(".models")
                and cible not in (app, *PARTAGES)
                and cible.split(".")[0] in SOURCES
            ):
                trouvees.append(("modeles-croises", f"{relatif}:{module}", f"importe {module}"))
        if isinstance(noeud, (ast.FunctionDef, ast.AsyncFunctionDef)):
            longueur = (noeud.end_lineno or noeud.lineno) - noeud.lineno + 1
            if longueur > MAX_LIGNES_FONCTION:
                trouvees.append(
                    ("fonction-longue", f"{relatif}:{noeud.name}", f"{longueur} lignes")
                )
        if vue and isinstance(noeud, ast.Attribute) and noeud.attr == "objects":
            trouvees.append(("vue-orm", relatif, f"ligne {noeud.lineno}"))
        if vue and _ecrit(noeud):
            trouvees.append(("vue-ecriture", relatif, f"ligne {noeud.lineno} .{noeud.func.attr}()"))
    return trouvees


def modules():
    for dossier in SOURCES:
        for chemin in sorted((RACINE / dossier).rglob("*.py")):
            if "migrations" not in chemin.parts:
                yield chemin


def exceptions_connues() -> set[str]:
    if not EXCEPTIONS.exists():
        return set()
    lignes = EXCEPTIONS.read_text(encoding="utf-8").splitlines()
    return {ligne.strip() for ligne in lignes if ligne.strip() and not ligne.startswith("#")}


def main(argv) -> int:
    tout = "--tout" in argv
    connues = exceptions_connues()
    vues = set()
    erreurs = []
    for chemin in modules():
        for regle, cle, detail in violations(chemin):
            ligne = f"{regle} {cle}"
            vues.add(ligne)
            if tout or ligne not in connues:
                erreurs.append(f"{cle} [{regle}] {detail} : {CONSEILS[regle]}")
    perimees = sorted(connues - vues)
    for ligne in perimees:
        erreurs.append(f"{ligne} : corrigé, retirez-le de {EXCEPTIONS.name}")
    print("\n".join(sorted(set(erreurs))) or "Architecture : aucune violation nouvelle.")
    return 1 if erreurs and not tout else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
