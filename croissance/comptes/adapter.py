from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings

from croissance.emails import compose_email, queue_message


@dataclass(frozen=True)
class Portail:
    """What allauth's emails call the site (« Bonjour, c'est Croissance connectée ! »).

    The portal does not use django.contrib.sites: without it allauth would name the site
    after the request's host, or nothing when the adapter gives no `current_site`.
    """

    name: str
    domain: str


def portail() -> Portail:
    return Portail(name=settings.SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    """Account emails go through the outbox, like every other email of the portal, and are
    rendered by the same function: plain text without HTML escaping."""

    def send_mail(self, template_prefix, email, context):
        context = {
            "request": allauth_context.request,
            "email": email,
            "current_site": portail(),
            **context,
        }
        queue_message(self.render_mail(template_prefix, email, context))

    def render_mail(self, template_prefix, email, context, headers=None):
        return compose_email(
            to=email,
            subject_template=f"{template_prefix}_subject.txt",
            body_template=f"{template_prefix}_message.txt",
            html_template=f"{template_prefix}_message.{app_settings.TEMPLATE_EXTENSION}",
            context=context,
            subject_prefix=app_settings.EMAIL_SUBJECT_PREFIX or f"[{settings.SITE_NAME}] ",
        )
