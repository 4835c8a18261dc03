"""The architecture checker of `make lint` finds what it is meant to find, and the code passes."""

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import architecture  # noqa: E402


def _ecrire(racine: Path, chemin: str, texte: str) -> Path:
    fichier = racine / chemin
    fichier.parent.mkdir(parents=True, exist_ok=True)
    fichier.write_text(texte, encoding="utf-8")
    return fichier


def _regles(racine, chemin, texte):
    return {
        regle
        for regle, _cle, _detail in architecture.violations(_ecrire(racine, chemin, texte), racine)
    }


@pytest.mark.parametrize(
    ("chemin", "texte", "regle"),
    [
        ("aides/views/liste.py", "def v(r):\n    return Aide.objects.all()\n", "vue-orm"),
        ("aides/views.py", "def v(r, d):\n    d.save()\n", "vue-ecriture"),
        ("aides/views/x.py", "def v(r, d):\n    d.delete()\n", "vue-ecriture"),
        ("aides/services.py", "from connecteurs.models import Demande\n", "modeles-croises"),
        ("croissance/comptes/rgpd.py", "from aides import selectors\n", "coeur-independant"),
        ("aides/gros.py", "x = 1\n" * 401, "module-long"),
        ("aides/longue.py", "def f():\n" + "    x = 1\n" * 80, "fonction-longue"),
    ],
)
def test_each_rule_finds_its_violation(tmp_path, chemin, texte, regle):
    assert regle in _regles(tmp_path, chemin, texte)


@pytest.mark.parametrize(
    ("chemin", "texte"),
    [
        ("aides/services.py", "def s(d):\n    d.save()\n    return Aide.objects.all()\n"),
        ("aides/forms.py", "from croissance.referentiels.models import Region\n"),
        ("aides/selectors.py", "from aides.models import Aide\n"),
        ("connecteurs/demo.py", "def f():\n" + "    x = 1\n" * 79),
        ("aides/views/x.py", "def v(r, form):\n    return form.save(commit=False)\n"),
    ],
)
def test_what_the_rules_allow_passes(tmp_path, chemin, texte):
    assert not _regles(tmp_path, chemin, texte)


def test_the_code_has_no_violation_outside_the_known_list():
    sortie = subprocess.run(
        [sys.executable, str(architecture.RACINE / "tools" / "architecture.py")],
        capture_output=True,
        text=True,
    )
    assert sortie.returncode == 0, sortie.stdout


def test_commit_subjects_are_72_characters_at_most():
    import sujet_de_commit

    assert not sujet_de_commit.erreurs("Court et clair\n\nLe détail ici.\n")
    assert sujet_de_commit.erreurs("x" * 73 + "\n")
    assert sujet_de_commit.erreurs("Sujet\nsans ligne vide\n")
