from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone

from .enums import Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("L'adresse électronique est obligatoire.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("role", Role.MISSION)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person using the portal. The email is the login; the role decides the space."""

    email = models.EmailField("adresse électronique", unique=True)
    prenom = models.CharField("prénom", max_length=150, blank=True)
    nom = models.CharField("nom", max_length=150, blank=True)
    role = models.CharField("rôle", max_length=20, choices=Role.choices, default=Role.PME)
    regions = models.ManyToManyField(
        "referentiels.Region",
        verbose_name="régions instruites",
        blank=True,
        related_name="instructeurs",
        help_text="Pour les instructeurs : les régions dont ils voient les dossiers.",
    )
    # The codes of `regions`, sorted, kept by a signal (regions.py): read with the user on
    # every request, they give the work queue and the dashboard their perimeter without a
    # query.
    codes_regions = models.JSONField("codes des régions instruites", default=list, editable=False)
    is_staff = models.BooleanField(
        "accès à l'administration",
        default=False,
        help_text="Réservé à l'équipe de la mission.",
    )
    is_active = models.BooleanField("actif", default=True)
    date_joined = models.DateTimeField("inscrit le", default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = "utilisateur"
        verbose_name_plural = "utilisateurs"
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self):
        return f"{self.prenom} {self.nom}".strip()

    def get_short_name(self):
        return self.prenom or self.email

    @property
    def is_pme(self):
        return self.role == Role.PME

    @property
    def is_connecteur(self):
        return self.role == Role.CONNECTEUR

    @property
    def is_instructeur(self):
        return self.role == Role.INSTRUCTEUR

    @property
    def is_mission(self):
        return self.role == Role.MISSION


class PremierPasFait(models.Model):
    """A first step of "Mon espace" the person did where nothing else records it (a
    simulation of aids is not stored): croissance.espace.marquer_premier_pas."""

    user = models.ForeignKey(
        User, verbose_name="utilisateur", on_delete=models.CASCADE, related_name="premiers_pas"
    )
    cle = models.CharField("étape", max_length=30)
    fait_le = models.DateTimeField("faite le", default=timezone.now)

    class Meta:
        verbose_name = "premier pas fait"
        verbose_name_plural = "premiers pas faits"
        constraints = [
            models.UniqueConstraint(fields=["user", "cle"], name="premier_pas_unique"),
        ]

    def __str__(self):
        return f"{self.user} : {self.cle}"
