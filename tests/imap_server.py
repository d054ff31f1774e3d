"""A real IMAP server (Dovecot) and a real SMTP server (aiosmtpd) on
loopback, for the 'imap' backend's tests.

    with imap_harness(tmp_path) as harness:
        harness.deliver(raw)                  # APPEND to the inbox, as delivery would
        mailbox = harness.open_mailbox()      # an ImapMailbox signed in over TLS
        harness.filed("Processed")            # read back through a separate connection
        harness.sent()                        # what the SMTP server received

Dovecot runs as an ordinary process with a generated configuration: a
self-signed certificate made for the test, a passwd-file user, the mail in a
Maildir. Run as root, it runs as `nobody` in a directory of its own under
the system's temporary folder, since Dovecot will not give mail access to
root and pytest's temporary folders are closed to other users. When Dovecot
is not installed the test is skipped, saying how to install it.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import imaplib
import importlib.util
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from mailbox_harness import ADDRESS, Harness, parse

from bot.mailbox.imap import ImapMailbox, encode_folder_name, quoted

# aiosmtpd warns about its own use of a deprecated attribute on every sign-in.
warnings.filterwarnings("ignore", message="Session.login_data is deprecated")

PASSWORD = "correct horse battery staple"
TOKEN = "test-access-token"
STARTUP_SECONDS = 10
# Everything Dovecot 2.3 offers once signed in, less MOVE: a server that
# files with COPY and EXPUNGE. (Hiding a capability is all the bot sees.)
CAPABILITIES_WITHOUT_MOVE = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
    "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS "
    "LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH "
    "LIST-STATUS BINARY SPECIAL-USE")


@dataclass
class ImapHarness(Harness):
    """The contract's harness, plus what the IMAP tests need to vary."""

    imap: dict = field(default_factory=dict)      # the mailbox.imap settings that work
    smtp: dict = field(default_factory=dict)      # the mailbox.smtp settings that work
    secrets: dict = field(default_factory=dict)   # variable name -> value
    envelopes: list = field(default_factory=list)  # (MAIL FROM, RCPT TOs, data) of each message taken
    server_name: object = None                    # a folder's name on this server
    imap_starttls_port: int = 0                   # the same Dovecot, with STARTTLS
    dovecot_dir: Path | None = None


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or next(
        (path for path in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(path, os.X_OK)), None)
    if found is None:
        raise pytest.skip.Exception("Dovecot is not installed (Debian/Ubuntu: apt-get install dovecot-imapd; "
                                    "CI installs it in .ci/run)")
    return found


@contextlib.contextmanager
def imap_harness(tmp_path: Path, *, move: bool = True, folder_prefix: str = "", separator: str = "/",
                 sent_folder: bool = False, smtp_security: str = "starttls", xoauth2: bool = False,
                 ) -> Iterator[ImapHarness]:
    """Dovecot and an SMTP server on loopback, stopped on exit.

    `move=False` hides MOVE; `folder_prefix="INBOX."` with `separator="."`
    nests every folder under the inbox; `sent_folder` gives the account a
    Sent folder; `smtp_security` is 'starttls' or 'tls'; `xoauth2` signs in
    with the access token TOKEN (checked by a local token endpoint) instead
    of the password."""
    binary = dovecot_binary()
    if importlib.util.find_spec("aiosmtpd") is None:
        raise pytest.skip.Exception("aiosmtpd, the test SMTP server, is not installed "
                                    "(pip install -r requirements-dev.txt)")
    with contextlib.ExitStack() as stack:
        certificate = make_certificate(tmp_path / "tls")
        token_url = stack.enter_context(token_endpoint()) if xoauth2 else None
        dovecot = stack.enter_context(run_dovecot(binary, tmp_path, certificate, move=move,
                                                  folder_prefix=folder_prefix, separator=separator,
                                                  token_url=token_url))
        smtp_port, received = stack.enter_context(run_smtp(certificate, smtp_security, xoauth2=xoauth2))
        secret = TOKEN if xoauth2 else PASSWORD
        auth = "xoauth2" if xoauth2 else "password"
        imap = {"host": "127.0.0.1", "port": dovecot.imaps_port, "security": "tls", "username": ADDRESS,
                "auth": auth, "ca_file": str(certificate.ca_file), "password_env": "TEST_IMAP_SECRET"}
        smtp = {"host": "127.0.0.1", "port": smtp_port, "security": smtp_security, "username": ADDRESS,
                "auth": auth, "ca_file": str(certificate.ca_file), "password_env": "TEST_SMTP_SECRET"}
        secrets = {"TEST_IMAP_SECRET": secret, "TEST_SMTP_SECRET": secret}
        server_side = stack.enter_context(closing_imap(dovecot.imaps_port, certificate.ca_file))

        def server_name(folder: str) -> str:
            return "INBOX" if folder == "INBOX" else folder_prefix + encode_folder_name(folder)

        if sent_folder:
            server_side.create(quoted(server_name("Sent")))

        def open_mailbox(*, imap_settings: dict | None = None, smtp_settings: dict | None = None,
                         secret_values: dict | None = None) -> ImapMailbox:
            known = {**secrets, **(secret_values or {})}
            return ImapMailbox({**imap, **(imap_settings or {})}, {**smtp, **(smtp_settings or {})},
                               address=ADDRESS, display_name="CSC Audits", secrets=known.get)

        def deliver(raw: bytes, received: datetime.datetime | None = None) -> None:
            server_side.append(raw, received)

        def filed(folder: str) -> list[EmailMessage]:
            return [parse(raw) for raw in server_side.messages(server_name(folder))]

        yield ImapHarness(
            open_mailbox=open_mailbox, deliver=deliver, filed=filed,
            sent=lambda: [parse(data) for _, _, data in received],
            imap=imap, smtp=smtp, secrets=secrets,
            envelopes=received, server_name=server_name, dovecot_dir=dovecot.directory,
            imap_starttls_port=dovecot.imap_port,
            bot_mailbox={"backend": "imap", "address": ADDRESS, "display_name": "CSC Audits", "imap": imap,
                         "smtp": smtp},
            environment=secrets,
        )


# -- the certificate ---------------------------------------------------------------


@dataclass
class Certificate:
    ca_file: Path      # the authority the bot is told to trust
    chain_file: Path   # the server's certificate
    key_file: Path


def make_certificate(directory: Path) -> Certificate:
    """A private certificate authority and a certificate it signed for
    127.0.0.1 and localhost, made now (EC keys, so in milliseconds)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    directory.mkdir(parents=True, exist_ok=True)
    # Valid over a fixed, wide span: OpenSSL checks it by the machine's real
    # clock, which a test run that moves Python's clock does not move.
    valid_from, valid_until = datetime.datetime(2020, 1, 1), datetime.datetime(2040, 1, 1)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "QA bot test authority")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(valid_from).not_valid_after(valid_until)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False),
                         critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
              .issuer_name(ca_name).public_key(server_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(valid_from).not_valid_after(valid_until)
              .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                          x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                             critical=False)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    certificate = Certificate(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    certificate.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    certificate.chain_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    certificate.key_file.write_bytes(server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return certificate


# -- Dovecot -----------------------------------------------------------------------


@dataclass
class Dovecot:
    directory: Path
    imap_port: int   # STARTTLS
    imaps_port: int  # TLS from the first byte


@contextlib.contextmanager
def run_dovecot(binary: str, tmp_path: Path, certificate: Certificate, *, move: bool, folder_prefix: str,
                separator: str, token_url: str | None) -> Iterator[Dovecot]:
    as_root = os.geteuid() == 0
    if as_root:
        account = pwd.getpwnam("nobody")
        directory = Path(tempfile.mkdtemp(prefix="qa-bot-dovecot-"))
    else:
        account = pwd.getpwuid(os.geteuid())
        directory = tmp_path / "dovecot"
        directory.mkdir()
    try:
        dovecot = Dovecot(directory, free_port(), free_port())
        for source in (certificate.chain_file, certificate.key_file):
            shutil.copy(source, directory / source.name)
        (directory / "users").write_text(f"{ADDRESS}:{{PLAIN}}{PASSWORD}::::::nodelay=y\n", encoding="utf-8")
        config = dovecot_config(directory, account, dovecot, move=move, folder_prefix=folder_prefix,
                                separator=separator, token_url=token_url)
        (directory / "dovecot.conf").write_text(config, encoding="utf-8")
        if token_url:
            (directory / "oauth2.conf").write_text(
                f"introspection_mode = post\nintrospection_url = {token_url}\n"
                "username_attribute = username\nactive_attribute = active\nactive_value = true\n",
                encoding="utf-8")
        if as_root:
            for path in (directory, *directory.iterdir()):
                os.chown(path, account.pw_uid, account.pw_gid)
        process = subprocess.Popen(
            [binary, "-F", "-c", str(directory / "dovecot.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=directory, start_new_session=True,
            **({"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []} if as_root else {}))
        try:
            wait_for_ports(process, [dovecot.imap_port, dovecot.imaps_port], directory / "dovecot.log")
            yield dovecot
        finally:
            # The whole group is asked to stop at once, which usually takes
            # milliseconds (the master alone waits a second for its children);
            # a master still waiting after a second is stopped outright.
            stop_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                stop_group(process, signal.SIGKILL)
                process.wait()
            process.stderr.close()
    finally:
        if as_root:
            shutil.rmtree(directory, ignore_errors=True)


def stop_group(process: subprocess.Popen, signal_number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal_number)


def dovecot_config(directory: Path, account: pwd.struct_passwd, dovecot: Dovecot, *, move: bool,
                   folder_prefix: str, separator: str, token_url: str | None) -> str:
    group = account.pw_gid
    capability = "" if move else f"imap_capability = {CAPABILITIES_WITHOUT_MOVE}\n"
    # The password stays for the server side's own connection.
    passdb = (f"auth_mechanisms = plain login{' xoauth2' if token_url else ''}\n"
              f"passdb {{\n  driver = passwd-file\n  mechanisms = plain login\n"
              f"  args = scheme=PLAIN username_format=%u {directory}/users\n}}\n")
    if token_url:
        passdb += f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2\n  args = {directory}/oauth2.conf\n}}\n"
    return f"""\
base_dir = {directory}/run
state_dir = {directory}/state
instance_name = qa-bot-test-{dovecot.imaps_port}
log_path = {directory}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = {account.pw_name}
default_internal_user = {account.pw_name}
default_internal_group = {grp_name(group)}
first_valid_uid = {account.pw_uid}
first_valid_gid = {group}
ssl = yes
ssl_cert = <{directory}/server.pem
ssl_key = <{directory}/server.key
disable_plaintext_auth = yes
auth_failure_delay = 0
mail_fsync = never
# No statistics service: its socket would hold up the stop by five seconds.
stats_writer_socket_path =
mail_location = maildir:{directory}/mail
{capability}{passdb}userdb {{
  driver = static
  args = uid={account.pw_uid} gid={group} home={directory}/home allow_all_users=yes
}}
namespace inbox {{
  inbox = yes
  prefix = {folder_prefix}
  separator = {separator}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {dovecot.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {dovecot.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No growing delay after a wrong password: the tests give some on purpose.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def grp_name(gid: int) -> str:
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def wait_for_ports(process: subprocess.Popen, ports: list[int], log_file: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    for port in ports:
        while True:
            if process.poll() is not None:
                error = process.stderr.read().decode("utf-8", "replace")
                log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
                raise RuntimeError(f"Dovecot stopped at start:\n{error}\n{log}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Dovecot did not listen on port {port} within {STARTUP_SECONDS} s") \
                        from None
                time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- the server side: delivering and reading folders -------------------------------


class ServerSide:
    """A separate connection, as the delivery agent and a mail client have."""

    def __init__(self, port: int, ca_file: Path):
        self.port, self.ca_file = port, ca_file
        self.connection = self.connect()

    def connect(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        connection = imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=context, timeout=30)
        connection.login(ADDRESS, PASSWORD)
        return connection

    def run(self, command):
        """`command(connection)`, on a new connection if a test kicked the user off."""
        try:
            return command(self.connection)
        except imaplib.IMAP4.abort:
            self.connection = self.connect()
            return command(self.connection)

    def create(self, name: str) -> None:
        status, data = self.run(lambda connection: connection.create(name))
        assert status == "OK", data

    def append(self, raw: bytes, received: datetime.datetime | None = None) -> None:
        """A message arrives in the inbox, its INTERNALDATE `received` (now
        by this process's clock, which a test run may have moved, when not
        given; Dovecot's own clock is never moved)."""
        moment = imaplib.Time2Internaldate(received or datetime.datetime.now(datetime.timezone.utc))
        status, data = self.run(lambda connection: connection.append("INBOX", None, moment, raw))
        assert status == "OK", data

    def messages(self, name: str) -> list[bytes]:
        return self.run(lambda connection: folder_messages(connection, name))


def folder_messages(connection: imaplib.IMAP4, name: str) -> list[bytes]:
    """Every message in the folder `name` (on the server), in arrival order."""
    status, data = connection.select(quoted(name), readonly=True)
    if status != "OK":
        return []
    status, data = connection.uid("FETCH", "1:*", "(UID BODY.PEEK[])")
    bodies = sorted((int(item[0].split(b"UID ")[1].split()[0]), item[1])
                    for item in data if isinstance(item, tuple))
    connection.unselect()
    return [body for _, body in bodies]


@contextlib.contextmanager
def closing_imap(port: int, ca_file: Path) -> Iterator[ServerSide]:
    side = ServerSide(port, ca_file)
    try:
        yield side
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            side.connection.logout()


# -- SMTP --------------------------------------------------------------------------


@contextlib.contextmanager
def run_smtp(certificate: Certificate, security: str, *, xoauth2: bool) -> Iterator[tuple[int, list]]:
    """aiosmtpd on loopback with STARTTLS (or TLS from the first byte) and
    AUTH, recording (MAIL FROM, RCPT TOs, data) of each message it takes."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    received: list[tuple[str, list[str], bytes]] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate.chain_file, certificate.key_file)

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
            return "250 OK"

        async def auth_XOAUTH2(self, server, args):
            """As Exchange Online does: a bad token earns a challenge with the
            error details, and a refusal once the client has answered it."""
            blob = base64.b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
            if blob == f"user={ADDRESS}\x01auth=Bearer {TOKEN}\x01\x01".encode() and xoauth2:
                return AuthResult(success=True)
            await server.challenge_auth('{"status":"401","schemes":"bearer","scope":"https://outlook.office.com"}')
            return AuthResult(success=False, handled=False)

    def authenticator(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=not xoauth2 and auth_data.login == ADDRESS.encode()
                          and auth_data.password == PASSWORD.encode(), handled=False)

    port = free_port()
    # aiosmtpd counts only STARTTLS as encryption when it decides whether to
    # offer AUTH (and warns at every connection if AUTH is then required), so
    # over TLS from the first byte it offers AUTH without insisting on it.
    options = {"tls_context": context, "require_starttls": True, "auth_required": True} \
        if security == "starttls" else {"ssl_context": context, "auth_require_tls": False}
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, authenticator=authenticator,
                            server_hostname="localhost", **options)
    if security == "tls":
        # The controller's own readiness check does not speak TLS.
        controller._trigger_server = lambda: trigger_over_tls(port, certificate.ca_file)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def trigger_over_tls(port: int, ca_file: Path) -> None:
    context = ssl.create_default_context(cafile=str(ca_file))
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as wrapped:
            wrapped.recv(1024)


# -- a token endpoint for XOAUTH2 ----------------------------------------------------


@contextlib.contextmanager
def token_endpoint() -> Iterator[str]:
    """An OAuth 2.0 token introspection endpoint (RFC 7662) on loopback that
    knows one token, TOKEN, for the mailbox: Dovecot asks it whether a bearer
    token is good, as it would ask the council's identity provider."""

    class Introspection(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length", 0))
            form = parse_qs(self.rfile.read(length).decode())
            active = form.get("token") == [TOKEN]
            body = (f'{{"active": true, "username": "{ADDRESS}"}}' if active else '{"active": false}').encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Introspection)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/introspect"
    finally:
        server.shutdown()
        server.server_close()
