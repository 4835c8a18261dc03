from django.contrib.auth.decorators import login_not_required
from django.db.models import Avg, Count
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from croissance.pages_anonymes import cache_anonyme
from croissance.pagination import paginate

from .. import selectors
from ..filters import FormationFilter


@login_not_required
def accueil(request):
    return render(request, "formations/accueil.html")


@login_not_required
@cache_anonyme
def catalogue(request):
    filtre = FormationFilter(request.GET or None, queryset=selectors.formations_catalogue())
    page_obj = paginate(request, filtre.qs.order_by("titre", "pk"), per_page=12)
    return render(
        request,
        "formations/catalogue.html",
        {"filtre": filtre, "page_obj": page_obj, "total": page_obj.paginator.count},
    )


@login_not_required
def detail(request, pk):
    formation = get_object_or_404(selectors.formations_catalogue(), pk=pk)
    today = timezone.localdate()
    sessions = list(selectors.sessions_avec_places(formation))
    for session in sessions:
        session.restantes = max(session.places - session.occupees, 0)
        session.ouverte = session.date_debut > today
    avis = formation.avis.all()
    stats = avis.aggregate(moyenne=Avg("note"), nombre=Count("pk"))
    repartition = {row["note"]: row["n"] for row in avis.values("note").annotate(n=Count("pk"))}
    return render(
        request,
        "formations/detail.html",
        {
            "formation": formation,
            "sessions_a_venir": [s for s in sessions if s.ouverte],
            "sessions_passees": [s for s in sessions if not s.ouverte],
            "avis": avis.order_by("-cree_le", "-pk")[:50],
            "stats": stats,
            "repartition": [(note, repartition.get(note, 0)) for note in range(5, 0, -1)],
            "links": [(reverse("formations:catalogue"), "Catalogue des formations")],
        },
    )
