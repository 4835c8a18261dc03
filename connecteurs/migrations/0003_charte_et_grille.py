from django.db import migrations

CHARTE = """Préambule
La marque #CroissanceConnectée rassemble les acteurs qui aident les PME et TPE à tirer parti du numérique. En signant cette charte, votre structure devient « connecteur du numérique ».

1. Sensibiliser sans contrepartie
Le connecteur signataire informe et oriente gratuitement les entreprises qui le sollicitent ; il ne conditionne pas son aide à l'achat d'une prestation.

2. Répondre aux entreprises
Le connecteur répond à chaque demande de mise en relation reçue par le portail dans un délai de cinq jours ouvrés, y compris pour indiquer qu'elle ne relève pas de son champ.

3. Agir avec loyauté et transparence
Le connecteur présente honnêtement ses compétences, ses territoires et, le cas échéant, ses tarifs. Il signale tout lien d'intérêt avec un fournisseur qu'il recommande.

4. Protéger les données des entreprises
Les informations transmises par une entreprise (dont son diagnostic, si elle l'a partagé) ne servent qu'à l'accompagner et ne sont jamais cédées.

5. Faire vivre le réseau
Le connecteur participe aux événements locaux du réseau et accepte que les entreprises accompagnées publient un avis sur son intervention, après modération par la mission.
"""

CRITERES = [
    ("Expérience auprès de PME", "Nombre et qualité des références de missions auprès de PME et TPE.", 1),
    ("Compétences numériques de l'équipe", "CV, certifications et formations de l'équipe.", 2),
    ("Méthode d'accompagnement", "Démarche structurée : diagnostic, plan d'action, suivi.", 3),
    ("Clarté et justesse de l'offre", "Prestations décrites, durées et prix cohérents.", 4),
    ("Ancrage territorial", "Connaissance des acteurs et dispositifs locaux.", 5),
]


def creer(apps, schema_editor):
    CharteVersion = apps.get_model("connecteurs", "CharteVersion")
    Critere = apps.get_model("connecteurs", "Critere")
    if not CharteVersion.objects.exists():
        CharteVersion.objects.create(numero=1, texte=CHARTE)
    if not Critere.objects.exists():
        for libelle, description, ordre in CRITERES:
            Critere.objects.create(
                libelle=libelle, description=description, ordre=ordre, note_max=5, plancher=2
            )


class Migration(migrations.Migration):
    dependencies = [("connecteurs", "0002_profil_charte_label_demandes")]

    operations = [migrations.RunPython(creer, migrations.RunPython.noop)]
