"""``observatory load-reference``: load the Convention, the topics taxonomy, the States and the sessions of
the Conference.

Idempotent: run it after every upgrade. It never touches what only an administrator decides (status
under the Convention, titles entered in other languages, edited topic labels).
"""

from django.core.management.base import BaseCommand

from observatory.audit.services import record
from observatory.convention.services import load_convention, load_topics
from observatory.countries.services import load_states
from observatory.mandates.sessions import load_sessions


class Command(BaseCommand):
    help = "Load the reference data: chapters, articles, topics, States and sessions (idempotent)."

    def handle(self, *args, **options):
        convention = load_convention()
        topics = load_topics()
        states = load_states()
        sessions = load_sessions()
        summary = {"convention": convention, "topics": topics, "states": states, "sessions": sessions}
        if topics["created"] or states["created"] or states["updated"]:
            record(actor=None, action="reference.load", object_type="reference", after=summary)
        self.stdout.write(
            f"Convention: {convention['chapters']} chapters, {convention['articles']} articles. "
            f"Topics: {topics['topics']} ({topics['created']} new). "
            f"States: {states['created']} new, {states['updated']} updated. "
            f"Sessions: {sessions['sessions']} ({sessions['created']} new)."
        )
