"""WSGI entry point: `gunicorn --chdir examples/django_app gwsite.wsgi --threads 8`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gwsite.settings")
application = get_wsgi_application()
