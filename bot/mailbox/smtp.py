"""Sending over SMTP for the 'imap' backend, and what its IMAP half shares
with it: where a server is, the TLS context, and plain words for a fault.

    sender = SmtpSender(Server.from_settings("SMTP", settings.mailbox.smtp, ...), secrets=secret)
    sender.send("cscaudits@…", ["jane@…"], data)

Only this module imports `smtplib`. Every failure leaves it as a
`MailboxError`: a fault that may clear by itself (the server cannot be
reached, the connection dropped, a 4xx reply) is not permanent; one a person
has to fix (the sign-in refused, a certificate that cannot be trusted, a
5xx reply) is.
"""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.errors import BotError
from bot.mailbox.base import MailboxError

log = logging.getLogger(__name__)

# Seconds to wait for a server to answer before calling it unreachable.
TIMEOUT = 30
DEFAULT_PORTS = {
    "IMAP": {"tls": 993, "starttls": 143, "none": 143},
    "SMTP": {"tls": 465, "starttls": 587, "none": 25},
}
DEFAULT_SECRETS = {"IMAP": "QA_BOT_IMAP_PASSWORD", "SMTP": "QA_BOT_SMTP_PASSWORD"}
DEFAULT_SECURITY = {"IMAP": "tls", "SMTP": "starttls"}

Secrets = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Server:
    """One server of the backend, as its settings section describes it."""

    kind: str  # "IMAP" or "SMTP", as the messages name it
    host: str
    port: int
    security: str  # "tls", "starttls" or "none"
    username: str | None
    auth: str  # "password", "xoauth2" or "none"
    password_env: str
    ca_file: str | None

    @classmethod
    def from_settings(cls, kind: str, section: Mapping) -> Server:
        """Given the checked `mailbox.imap` or `mailbox.smtp` section, return
        the server with defaults filled in; raise a permanent `MailboxError`
        for plain text to a host that is not this computer."""
        security = section.get("security", DEFAULT_SECURITY[kind])
        username = section.get("username") or None
        auth = section.get("auth", "password") if username else "none"
        server = cls(kind=kind, host=section["host"], port=section.get("port", DEFAULT_PORTS[kind][security]),
                     security=security, username=username, auth=auth,
                     password_env=section.get("password_env", DEFAULT_SECRETS[kind]),
                     ca_file=section.get("ca_file"))
        if security == "none" and not is_loopback(server.host):
            raise MailboxError(
                f"The {kind} settings say security 'none' for {server.host}, which is not this computer: "
                f"the password and the mail would cross the network unencrypted; "
                f"set mailbox.{kind.lower()}.security to 'tls' or 'starttls'", permanent=True)
        return server

    @property
    def where(self) -> str:
        return f"the {self.kind} server {self.host} on port {self.port}"

    def secret(self, secrets: Secrets) -> str:
        """The password or access token; a permanent `MailboxError` when it is not set."""
        try:
            value = secrets(self.password_env)
        except BotError as error:
            raise MailboxError(str(error), permanent=True) from None
        if not value:
            what = "access token" if self.auth == "xoauth2" else "password"
            raise MailboxError(f"No {what} for {self.where}: set the environment variable {self.password_env} "
                               f"(or {self.password_env}_FILE to a file holding it)", permanent=True)
        return value

    def tls_context(self) -> ssl.SSLContext:
        """Certificates are always verified: against `ca_file` when given,
        else against the computer's trusted authorities."""
        try:
            return ssl.create_default_context(cafile=self.ca_file)
        except (OSError, ssl.SSLError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise MailboxError(f"Cannot read the CA certificate {self.ca_file} named in "
                               f"mailbox.{self.kind.lower()}.ca_file: {reason}", permanent=True) from None

    def refused_sign_in(self) -> MailboxError:
        if self.auth == "xoauth2":
            advice = (f"check the access token in {self.password_env} (it may have expired) "
                      f"and that the app may use this mailbox")
        else:
            advice = f"check the password in {self.password_env}"
        return MailboxError(f"The {self.kind} server refused the sign-in for {self.username}: {advice}",
                            permanent=True)


def is_loopback(host: str) -> bool:
    """True for a name or address that can only mean this computer."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def network_error(server: Server, error: BaseException) -> MailboxError:
    """The plain words for a socket or TLS error met while talking to `server`."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailboxError(
            f"Cannot trust {server.where}: its certificate failed the check ({error.verify_message}); "
            f"if it has a certificate from a private authority, name that authority's certificate "
            f"in mailbox.{server.kind.lower()}.ca_file", permanent=True)
    if isinstance(error, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return MailboxError(f"Lost the connection to {server.where}: it closed the connection")
    if isinstance(error, ssl.SSLError):
        return MailboxError(
            f"Cannot set up an encrypted connection with {server.where} ({error.reason or error}): "
            f"check the port and mailbox.{server.kind.lower()}.security", permanent=True)
    if isinstance(error, ConnectionRefusedError):
        reason = "connection refused"
    elif isinstance(error, TimeoutError):
        reason = f"no answer within {TIMEOUT} seconds"
    elif isinstance(error, socket.gaierror):
        reason = f"the name {server.host} cannot be found"
    elif isinstance(error, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, EOFError)):
        reason = "the connection was dropped"
    else:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return MailboxError(f"Cannot reach {server.where}: {reason}")


def xoauth2_responder(username: str, token: str) -> Callable[..., str]:
    """The SASL XOAUTH2 exchange for `imaplib` and `smtplib`: the bearer token
    first; then, if the server answers with its error details, an empty line,
    after which it says no."""
    answered = False

    def respond(challenge: object = None) -> str:
        nonlocal answered
        if answered:
            return ""
        answered = True
        return f"user={username}\x01auth=Bearer {token}\x01\x01"

    return respond


class SmtpSender:
    """Sends raw messages through one SMTP server, keeping the connection
    open for the pass and reconnecting once when it has dropped."""

    def __init__(self, server: Server | None, *, secrets: Secrets):
        self.server = server
        self.secrets = secrets
        self._client: smtplib.SMTP | None = None
        # Once the server cannot be reached, the rest of the pass fails at
        # once instead of waiting for every queued message.
        self._unreachable: MailboxError | None = None

    def send(self, sender: str, recipients: list[str], data: bytes) -> None:
        """Send `data` from `sender` to `recipients`; raise `MailboxError` when
        the server does not take it."""
        server = self.require_server()
        if self._unreachable is not None:
            raise self._unreachable
        for attempt in (1, 2):
            client = self._client or self.connect()
            try:
                refused = client.sendmail(sender, recipients, data)
            except (smtplib.SMTPServerDisconnected, OSError) as error:
                self.discard()
                if attempt == 2:
                    raise network_error(server, error) from None
                log.info("The connection to %s dropped; connecting again", server.where)
                continue
            except smtplib.SMTPRecipientsRefused as error:
                raise MailboxError(f"{capital(server.where)} refused every recipient: "
                                   f"{describe_refusals(error.recipients)}",
                                   permanent=all_permanent(error.recipients)) from None
            except smtplib.SMTPSenderRefused as error:
                raise MailboxError(f"{capital(server.where)} would not send as {sender} "
                                   f"({reply_text(error)}): the account {server.username or ''} "
                                   f"needs the right to send as this address",
                                   permanent=error.smtp_code >= 500) from None
            except smtplib.SMTPResponseException as error:
                raise MailboxError(f"{capital(server.where)} did not take the message ({reply_text(error)})",
                                   permanent=error.smtp_code >= 500) from None
            except smtplib.SMTPException as error:
                raise MailboxError(f"{capital(server.where)} did not take the message ({error})") from None
            if refused:
                log.warning("%s refused some recipients: %s", capital(server.where), describe_refusals(refused))
            return

    def check(self) -> list[str]:
        """Problems reaching or signing in to the server, one sentence each."""
        try:
            self.require_server()
            if self._client is None:
                self.connect()
        except MailboxError as error:
            return [str(error)]
        return []

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self.discard()

    def require_server(self) -> Server:
        if self.server is None:
            raise MailboxError("No SMTP server is set for sending: add a mailbox.smtp section "
                               "to bot.yaml with at least its host", permanent=True)
        return self.server

    def connect(self) -> smtplib.SMTP:
        """A connection that is encrypted as the settings ask and signed in."""
        server = self.require_server()
        secret = server.secret(self.secrets) if server.auth != "none" else ""
        context = server.tls_context() if server.security != "none" else None
        client = None
        try:
            # Naming ourselves before connecting spares smtplib a reverse DNS
            # lookup of this computer, which can hang for seconds.
            if server.security == "tls":
                client = smtplib.SMTP_SSL(server.host, server.port, local_hostname="localhost", timeout=TIMEOUT,
                                          context=context)
            else:
                client = smtplib.SMTP(server.host, server.port, local_hostname="localhost", timeout=TIMEOUT)
            client.local_hostname = greeting_name(client)
            client.ehlo()
            if server.security == "starttls":
                if not client.has_extn("starttls"):
                    raise MailboxError(f"{capital(server.where)} does not offer STARTTLS: check the port "
                                       f"(587 for 'starttls', 465 for 'tls')", permanent=True)
                client.starttls(context=context)
                client.ehlo()
            self.sign_in(client, secret)
        except MailboxError as error:
            close_quietly(client)
            if not error.permanent:
                self._unreachable = error
            raise
        except (smtplib.SMTPException, OSError) as error:
            close_quietly(client)
            failure = (network_error(server, error) if isinstance(error, OSError)
                       else MailboxError(f"Cannot talk to {server.where}: {error}"))
            if not failure.permanent:
                self._unreachable = failure
            raise failure from None
        self._client = client
        return client

    def sign_in(self, client: smtplib.SMTP, secret: str) -> None:
        server = self.server
        if server.auth == "none":
            return
        try:
            if server.auth == "xoauth2":
                client.auth("XOAUTH2", xoauth2_responder(server.username, secret), initial_response_ok=True)
            else:
                client.login(server.username, secret)
        except smtplib.SMTPAuthenticationError as error:
            log.warning("%s refused the sign-in for %s: %s", capital(server.where), server.username,
                        reply_text(error))
            if 400 <= error.smtp_code < 500:
                raise MailboxError(f"{capital(server.where)} could not sign in {server.username} just now "
                                   f"({reply_text(error)}); the next pass tries again") from None
            raise server.refused_sign_in() from None
        except smtplib.SMTPNotSupportedError:
            raise MailboxError(f"{capital(server.where)} does not offer sign-in here: leave out "
                               f"mailbox.smtp.username for a relay that needs none, or use 'starttls' or 'tls'",
                               permanent=True) from None
        except smtplib.SMTPException as error:
            raise MailboxError(f"{capital(server.where)} cannot sign in {server.username} that way "
                               f"({error}): check mailbox.smtp.auth", permanent=True) from None

    def discard(self) -> None:
        close_quietly(self._client)
        self._client = None


def greeting_name(client: smtplib.SMTP) -> str:
    """The name this computer gives in EHLO: its own name when that is a full
    domain name, else its address in brackets, as RFC 5321 asks."""
    name = socket.gethostname()
    if "." in name:
        return name
    address = client.sock.getsockname()[0]
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"


def close_quietly(client: smtplib.SMTP | None) -> None:
    if client is not None:
        try:
            client.close()
        except OSError:
            pass


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def reply_text(error: smtplib.SMTPResponseException) -> str:
    message = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) \
        else str(error.smtp_error)
    return f"{error.smtp_code} {' '.join(message.split())}"


def describe_refusals(refusals: Mapping[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{address} ({code} {reply.decode('utf-8', 'replace')})"
                     for address, (code, reply) in refusals.items())


def all_permanent(refusals: Mapping[str, tuple[int, bytes]]) -> bool:
    return all(code >= 500 for code, _ in refusals.values())
