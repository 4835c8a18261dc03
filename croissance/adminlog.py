"""Custom admin actions leave a trace in the admin's history (LogEntry: who, what, when).

Use `@logged_action(description=...)` instead of `@admin.action(...)`. Each selected object gets
a "modified" entry naming the action, once the action is done: an action that answers with an
intermediate page (e.g. a form asking for a reason) is logged when that form is confirmed,
with the reason given (`croissance.admin_motif.avec_motif`), and only for the objects its
service accepted.
"""

from functools import wraps

from django.contrib import admin


def logged_action(*, description: str, **options):
    def decorator(action):
        @wraps(action)
        def wrapper(modeladmin, request, queryset):
            objects = list(queryset)  # before the action: it may move them out of a filter
            response = action(modeladmin, request, queryset)
            if response is None or response.status_code in (301, 302):
                message = f"Action « {description} »"
                if motif := getattr(request, "motif_admin", ""):
                    message += f" ; motif : « {motif} »"
                refuses = getattr(request, "refuses_admin", set())
                for obj in objects:
                    if obj.pk not in refuses:
                        modeladmin.log_change(request, obj, message)
            return response

        return admin.action(description=description, **options)(wrapper)

    return decorator
