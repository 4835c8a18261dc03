from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from croissance.admin_historique import HistoriqueMixin

from .models import User


@admin.register(User)
class UserAdmin(HistoriqueMixin, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "prenom", "nom", "role", "is_active", "date_joined"]
    list_filter = ["role", "is_active", "is_staff", "regions"]
    search_fields = ["email", "prenom", "nom"]
    filter_horizontal = ["regions", "groups", "user_permissions"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Identité", {"fields": ["prenom", "nom"]}),
        ("Rôle", {"fields": ["role", "regions"]}),
        (
            "Droits",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "role", "password1", "password2"]}),
    ]
