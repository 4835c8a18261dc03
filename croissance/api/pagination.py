from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination


class PaginationApi(PageNumberPagination):
    """50 items a page; a page number that is not a whole number from 1 to the last page is a
    404 (« Page non valide. »), as the schema says."""

    page_query_description = (
        "Numéro de la page, à partir de 1 (50 éléments par page). Une page qui n'existe pas "
        "répond 404."
    )
    last_page_strings = ()

    def get_page_number(self, request, paginator):
        if len(request.query_params.getlist(self.page_query_param)) > 1:
            raise NotFound("Donnez un seul numéro de page.")
        return super().get_page_number(request, paginator)

    def get_schema_operation_parameters(self, view):
        parametres = super().get_schema_operation_parameters(view)
        for parametre in parametres:
            if parametre["name"] == self.page_query_param:
                parametre["schema"]["minimum"] = 1
                parametre["allowEmptyValue"] = True  # `?page=` is the first page
        return parametres
