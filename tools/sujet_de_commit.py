"""commit-msg hook: a subject of 72 characters at most, then a blank line before the body."""

import sys
from pathlib import Path

MAX_SUJET = 72


def erreurs(message: str) -> list[str]:
    lignes = [ligne for ligne in message.splitlines() if not ligne.startswith("#")]
    if not lignes or not lignes[0].strip():
        return ["Le message de commit commence par un sujet."]
    problemes = []
    if len(lignes[0]) > MAX_SUJET:
        problemes.append(
            f"Sujet de {len(lignes[0])} caractères : {MAX_SUJET} au plus, le détail dans le corps."
        )
    if len(lignes) > 1 and lignes[1].strip():
        problemes.append("Laissez une ligne vide entre le sujet et le corps.")
    return problemes


if __name__ == "__main__":
    problemes = erreurs(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print("\n".join(problemes))
    sys.exit(1 if problemes else 0)
