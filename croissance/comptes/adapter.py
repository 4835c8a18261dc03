from allauth.account.adapter import DefaultAccountAdapter

from croissance.emails import queue_message


class AccountAdapter(DefaultAccountAdapter):
    """Account emails go through the outbox, like every other email of the portal."""

    def send_mail(self, template_prefix, email, context):
        queue_message(self.render_mail(template_prefix, email, context))
