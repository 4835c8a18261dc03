"""`User.codes_regions` follows `User.regions` (the regions an instructeur instruit).

Every change of the link table goes through `m2m_changed` (the admin, `set`, `add`, `remove`,
`clear`, from either side: connected in apps.py), and the codes of each user concerned are
read again from it.
"""

from .models import User

Liens = User.regions.through
_AVANT_CLEAR = "_instructeurs_avant_clear"


def recalculer_codes_regions(user_ids) -> dict[int, list[str]]:
    """Write each user's codes from the link table; user id → its codes."""
    par_user = {user_id: [] for user_id in user_ids}
    liens = Liens.objects.filter(user_id__in=par_user).order_by("region_id")
    for user_id, code in liens.values_list("user_id", "region_id"):
        par_user[user_id].append(code)
    for user_id, codes in par_user.items():
        User.objects.filter(pk=user_id).update(codes_regions=codes)
    return par_user


def suivre_regions(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse:  # user.regions.…: the user itself, in memory too
        if action in ("post_add", "post_remove", "post_clear"):
            instance.codes_regions = recalculer_codes_regions([instance.pk])[instance.pk]
    # region.instructeurs.…: the users added or removed, all of the region's on a clear
    elif action == "pre_clear":
        setattr(instance, _AVANT_CLEAR, list(instance.instructeurs.values_list("pk", flat=True)))
    elif action in ("post_add", "post_remove"):
        recalculer_codes_regions(pk_set)
    elif action == "post_clear":
        recalculer_codes_regions(getattr(instance, _AVANT_CLEAR, []))
