from functools import wraps

from django.core.exceptions import PermissionDenied


def role_required(*roles):
    """Restrict a view to users of the given roles (403 for the others)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.user.role not in roles:
                raise PermissionDenied("Cette page est réservée à un autre type de compte.")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
