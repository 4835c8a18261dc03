from django.db import models


class Role(models.TextChoices):
    PME = "pme", "Dirigeant ou dirigeante de PME"
    CONNECTEUR = "connecteur", "Connecteur du numérique"
    INSTRUCTEUR = "instructeur", "Instructeur ou instructrice régional"
    MISSION = "mission", "Équipe de la mission"


# Roles a visitor may choose when signing up; the others are given by the mission.
SIGNUP_ROLES = [Role.PME, Role.CONNECTEUR]
