"""The yearly reconfirmation: focal points are e-mailed about their State's records not confirmed for a
year (or about to be), with a one-click signed link per record; the link confirms once, in the name of
the focal point it was sent to; altered and expired links are refused; nothing is sent twice."""

import datetime
import re

import pytest
from django.core import signing
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command

from observatory.accounts.models import Role, User
from observatory.audit.models import AuditEntry
from observatory.core.errors import PermissionDenied
from observatory.countries.models import State
from observatory.directory import services
from observatory.directory.confirmation import (
    LINK_SALT,
    LINK_VALID,
    ExpiredLink,
    InvalidLink,
    confirm_by_link,
    link_token,
    request_for_link,
)
from observatory.directory.models import Authority, ReconfirmationRequest, RequestStatus, Source
from observatory.directory.reconfirmation import RESEND_AFTER, send_reconfirmation_requests
from observatory.directory.scheduler import reconfirmation_thread

from .conftest import DAY, NOW, afa_data, age

LINK = re.compile(r"Still correct: (\S+)")


@pytest.fixture
def france_people(users, make_user):
    """France's focal point (with its own address) and a second one; Viet Nam's focal point too."""
    User.objects.filter(pk=users["other_focal_point"].pk).update(email="focal.fra@example.org")
    User.objects.filter(pk=users["focal_point"].pk).update(email="focal.vnm@example.org")
    second = make_user(Role.FOCAL_POINT, "FRA", username="second-fra")
    User.objects.filter(pk=second.pk).update(email="second.fra@example.org")
    return {
        "first": User.objects.get(pk=users["other_focal_point"].pk),
        "second": User.objects.get(pk=second.pk),
    }


@pytest.fixture
def due(users, afa, gi, france, france_people):
    """France's Agency stale (400 days), its central authority due (340 days), its asset-recovery focal
    point current; Viet Nam's record current."""
    central = services.create_authority(
        users["secretariat"], france, afa_data(designation="central_authority", names={"fr": "BEPI"})
    )
    recovery = services.create_authority(
        users["secretariat"], france, afa_data(designation="asset_recovery", names={"fr": "AGRASC"})
    )
    return {"stale": age(afa, 400), "due": age(central, 340), "current": age(recovery, 100), "vnm": gi}


def links(message) -> list[str]:
    return LINK.findall(message.body)


def token_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def test_each_focal_point_gets_one_e_mail_listing_the_due_records(due, france_people, mailoutbox):
    summary = send_reconfirmation_requests(NOW)
    assert summary.sent == 2 and summary.records == 4 and summary.states == ["FRA"]
    assert sorted(message.to[0] for message in mailoutbox) == [
        "focal.fra@example.org",
        "second.fra@example.org",
    ]
    message = mailoutbox[0]
    assert message.subject == "Please confirm the national authorities of France in the directory"
    assert "French Anti-Corruption Agency" in message.body and "BEPI" in message.body
    assert "AGRASC" not in message.body  # confirmed 100 days ago
    assert "stale since" in message.body and "stale from" in message.body
    assert len(links(message)) == 2
    assert f"/en/directory/{due['stale'].pk}/edit/" in message.body
    assert message.extra_headers["Message-ID"].endswith("@localhost>")
    requests = ReconfirmationRequest.objects.filter(status=RequestStatus.SENT)
    assert requests.count() == 4 and set(requests.values_list("email", flat=True)) == {
        "focal.fra@example.org",
        "second.fra@example.org",
    }
    assert AuditEntry.objects.filter(action="directory.reconfirmation.send").count() == 1


def test_links_are_absolute_when_the_site_address_is_known(due, settings, mailoutbox):
    settings.OBSERVATORY_SITE_URL = "https://observatory.example.org/"
    send_reconfirmation_requests(NOW)
    assert links(mailoutbox[0])[0].startswith("https://observatory.example.org/en/directory/confirm/")


def test_records_awaiting_validation_are_not_asked_about(users, due, mailoutbox):
    services.update_authority(
        users["other_focal_point"], due["stale"], afa_data(phone="+33 1 11 11 11 11"), revision=1
    )
    send_reconfirmation_requests(NOW)
    assert all("Anti-Corruption Agency" not in message.body for message in mailoutbox)
    assert all("BEPI" in message.body for message in mailoutbox)


def test_nothing_is_sent_twice_within_a_month_then_it_is_asked_again(due, mailoutbox):
    send_reconfirmation_requests(NOW)
    assert len(mailoutbox) == 2
    assert send_reconfirmation_requests(NOW).sent == 0
    assert send_reconfirmation_requests(NOW + 10 * DAY).sent == 0
    assert len(mailoutbox) == 2
    again = send_reconfirmation_requests(NOW + RESEND_AFTER + DAY)
    assert again.sent == 2 and len(mailoutbox) == 4


def test_the_database_refuses_a_second_request_in_the_same_month(due, france_people):
    from django.db import IntegrityError, transaction

    send_reconfirmation_requests(NOW)
    sent = ReconfirmationRequest.objects.filter(status=RequestStatus.SENT).first()
    with pytest.raises(IntegrityError), transaction.atomic():
        ReconfirmationRequest.objects.create(
            authority=sent.authority,
            recipient=sent.recipient,
            email=sent.email,
            token="another",
            period=sent.period,
            status=RequestStatus.SENT,
            sent_at=NOW,
            expires_at=NOW + LINK_VALID,
        )


def test_a_state_without_a_focal_point_is_logged_once_a_month(users, reference, mailoutbox):
    nigeria = State.objects.get(iso3="NGA")
    record = services.create_authority(users["secretariat"], nigeria, afa_data(names={"en": "ICPC"}))
    age(record, 500)
    assert send_reconfirmation_requests(NOW).no_recipient == 1
    assert send_reconfirmation_requests(NOW).no_recipient == 0
    assert mailoutbox == []
    logged = ReconfirmationRequest.objects.get(authority=record)
    assert logged.status == RequestStatus.NO_RECIPIENT and logged.recipient is None


def test_a_failing_mailer_is_logged_and_tried_again(due, monkeypatch, mailoutbox):
    original = EmailBackend.send_messages

    def refuse_second(self, messages):
        if messages[0].to == ["second.fra@example.org"]:
            raise ConnectionRefusedError("SMTP server refused the connection")
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_second)
    summary = send_reconfirmation_requests(NOW)
    assert (summary.sent, summary.failed) == (1, 1)
    failed = ReconfirmationRequest.objects.filter(status=RequestStatus.FAILED)
    assert failed.count() == 2 and "refused" in failed.first().error
    monkeypatch.setattr(EmailBackend, "send_messages", original)
    assert send_reconfirmation_requests(NOW + DAY).sent == 1
    assert mailoutbox[-1].to == ["second.fra@example.org"]


def test_only_the_secretariat_and_the_platform_send_them(users, due):
    with pytest.raises(PermissionDenied):
        send_reconfirmation_requests(NOW, actor=users["other_focal_point"])
    assert send_reconfirmation_requests(NOW, actor=users["secretariat"]).sent == 2


# -- The signed link ---------------------------------------------------------------------------------------


def test_the_link_confirms_in_the_name_of_its_recipient_once(due, france_people, mailoutbox):
    send_reconfirmation_requests(NOW)
    first = next(m for m in mailoutbox if m.to == ["focal.fra@example.org"])
    token = token_of(links(first)[0])
    request = request_for_link(token)
    assert request.answered_at is None and request.recipient == france_people["first"]
    found, confirmed = confirm_by_link(token)
    assert confirmed and found.answered_at is not None
    record = Authority.objects.get(pk=found.authority_id)
    assert record.last_confirmed_by == france_people["first"]
    assert record.confirmations.order_by("at").last().source == Source.LINK
    # Used once: a second press confirms nothing more.
    _again, confirmed = confirm_by_link(token)
    assert not confirmed and record.confirmations.count() == 2
    # The other focal point's link for the same record says it is done.
    second = next(m for m in mailoutbox if m.to == ["second.fra@example.org"])
    other = request_for_link(
        next(
            token_of(url)
            for url in links(second)
            if request_for_link(token_of(url)).authority_id == record.pk
        )
    )
    assert other.answered_at is not None


def test_an_altered_link_is_refused(due, mailoutbox):
    send_reconfirmation_requests(NOW)
    token = token_of(links(mailoutbox[0])[0])
    for altered in (token[:-1] + ("A" if token[-1] != "A" else "B"), token[:20], "nonsense", token + "x"):
        with pytest.raises(InvalidLink):
            request_for_link(altered)


def test_a_link_signed_for_another_token_is_refused(due, mailoutbox):
    send_reconfirmation_requests(NOW)
    request = ReconfirmationRequest.objects.filter(status=RequestStatus.SENT).first()
    forged = signing.dumps({"r": request.pk, "t": "guessed"}, salt=LINK_SALT, compress=False)
    with pytest.raises(InvalidLink):
        request_for_link(forged)
    # Nor does another salt's signature of the right value open it.
    with pytest.raises(InvalidLink):
        request_for_link(signing.dumps({"r": request.pk, "t": request.token}, salt="other", compress=False))
    assert request_for_link(link_token(request)) == request


def test_a_link_past_its_request_expiry_is_refused(due, mailoutbox):
    send_reconfirmation_requests(NOW)
    token = token_of(links(mailoutbox[0])[0])
    with pytest.raises(ExpiredLink):
        request_for_link(token, now=NOW + LINK_VALID + DAY)
    with pytest.raises(ExpiredLink):
        confirm_by_link(token, now=NOW + LINK_VALID + DAY)


def test_a_link_whose_signature_is_too_old_is_refused(due, mailoutbox, monkeypatch):
    send_reconfirmation_requests(NOW)
    request = ReconfirmationRequest.objects.filter(status=RequestStatus.SENT).first()
    long_ago = int(datetime.datetime.now().timestamp()) - int(LINK_VALID.total_seconds()) - 3600
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(long_ago))
    old = link_token(request)
    monkeypatch.undo()
    with pytest.raises(ExpiredLink):
        request_for_link(old)


def test_a_focal_point_who_left_can_no_longer_confirm(due, france_people, mailoutbox, users):
    send_reconfirmation_requests(NOW)
    first = next(m for m in mailoutbox if m.to == ["focal.fra@example.org"])
    token = token_of(links(first)[0])
    User.objects.filter(pk=france_people["first"].pk).update(is_active=False)
    with pytest.raises(PermissionDenied):
        confirm_by_link(token)


# -- The command and the thread of ``observatory serve`` ---------------------------------------------------


def test_the_command_sends_and_reports(due, mailoutbox, capsys):
    call_command("send_reconfirmations", "--now", NOW.isoformat())
    out = capsys.readouterr().out
    assert "2 e-mails sent about 4 records" in out
    call_command("send_reconfirmations", "--now", NOW.isoformat())
    assert "0 e-mails sent" in capsys.readouterr().out
    with pytest.raises(CommandError, match="ISO 8601"):
        call_command("send_reconfirmations", "--now", "next tuesday")


def test_a_round_of_the_thread_sends_what_fell_due_and_the_next_nothing(due, mailoutbox):
    rounds = reconfirmation_thread(interval=0.01)
    first = rounds.run_once()
    assert first.sent == len(mailoutbox) == 2
    assert rounds.run_once().sent == 0
