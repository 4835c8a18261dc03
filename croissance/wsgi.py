import os

from django.core.wsgi import get_wsgi_application

from croissance.processus import geler_les_objets_du_demarrage

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "croissance.settings")
application = get_wsgi_application()
geler_les_objets_du_demarrage()
