"""Signing in to Microsoft Graph and talking to it through the `O365` library.

Shared by the Graph mailbox adapter (`bot/mailbox/graph.py`) and publishing
to SharePoint or OneDrive (`bot/publishing.py`). It adds what O365 leaves to
its caller:

- every request, POST and PATCH included, is retried on 429, 503 and 504,
  waiting as long as the `Retry-After` header asks (O365 only retries the
  idempotent verbs), and on a dropped connection;
- at most four requests are in flight per mailbox at once (Exchange Online's
  limit for one app on one mailbox);
- every request carries `Prefer: IdType="ImmutableId"`, so a message keeps
  its id when it moves to another folder;
- the sign-in is app-only: a client certificate or secret through MSAL, its
  token cache kept in the data directory, or an access token issued elsewhere
  (`auth: token`); the Graph endpoint and the sign-in service are both
  configurable for national clouds;
- library errors become one `GraphError` (a `MailboxError`) whose message an
  IT contact can act on.

O365 and MSAL are imported here, so only the Graph backend depends on them.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from hashlib import sha1
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.errors import BotError
from bot.mailbox.base import MailboxError
from bot.secrets import secret

log = logging.getLogger(__name__)

IMMUTABLE_IDS = 'IdType="ImmutableId"'
RETRIED_STATUSES = frozenset({429, 503, 504})
MAX_ATTEMPTS = 5               # one request and up to four retries
MAX_WAIT_SECONDS = 120         # a longer Retry-After leaves the work for the next pass
NETWORK_RETRIES = 2            # a dropped connection is tried twice more, quickly
CONCURRENT_REQUESTS = 4        # Exchange Online allows four per app per mailbox
TIMEOUT = (15, 180)            # seconds to connect, seconds to wait for an answer
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


class GraphError(MailboxError):
    """A Graph request failed; `status` and `code` say how, when Graph said."""

    def __init__(self, message: str, *, permanent: bool = False, status: int | None = None,
                 code: str | None = None):
        super().__init__(message, permanent=permanent)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class GraphConfig:
    """The `mailbox.graph` settings with their defaults filled in.

    `access_token` is an access token given directly (tests, or a program
    embedding the bot); without it `auth: token` reads `access_token_env`."""

    tenant_id: str | None = None
    client_id: str | None = None
    auth: str = "certificate"
    client_secret_env: str = "QA_BOT_GRAPH_SECRET"
    certificate_file: Path | None = None
    certificate_thumbprint: str | None = None
    access_token_env: str = "QA_BOT_GRAPH_TOKEN"
    endpoint: str = "https://graph.microsoft.com"
    authority: str = "https://login.microsoftonline.com"
    token_cache: Path | None = None
    access_token: str | None = None

    @classmethod
    def from_settings(cls, settings) -> GraphConfig:
        graph = settings.mailbox.graph
        certificate = graph.get("certificate_file")
        certificate_path = None
        if certificate:
            certificate_path = Path(certificate).expanduser()
            if not certificate_path.is_absolute():
                certificate_path = Path(settings.config_dir) / certificate_path
        return cls(
            tenant_id=graph.get("tenant_id"),
            client_id=graph.get("client_id"),
            auth=graph.get("auth", "certificate"),
            client_secret_env=graph.get("client_secret_env", "QA_BOT_GRAPH_SECRET"),
            certificate_file=certificate_path,
            certificate_thumbprint=graph.get("certificate_thumbprint"),
            access_token_env=graph.get("access_token_env", "QA_BOT_GRAPH_TOKEN"),
            endpoint=graph.get("endpoint", "https://graph.microsoft.com"),
            authority=graph.get("authority", "https://login.microsoftonline.com"),
            token_cache=Path(settings.data_dir) / "graph",
        )

    @property
    def graph_url(self) -> str:
        return self.endpoint.rstrip("/")

    @property
    def scope(self) -> str:
        """App-only tokens ask for the resource's `.default` scope: every
        application permission an administrator has consented to."""
        return f"{self.graph_url}/.default"


def check_service_url(url: str, setting: str) -> None:
    """Refuse an address that would send tokens in clear text: https only,
    except for a server on this computer (the tests' local Graph server)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return
    raise GraphError(f"'mailbox.graph.{setting}' must be an https:// address (it is {url!r})", permanent=True)


# --- tokens -------------------------------------------------------------------


class StaticToken:
    """An access token issued elsewhere (`auth: token`), read from the
    environment variable named by `access_token_env` (or its _FILE twin)."""

    def __init__(self, config: GraphConfig):
        self.config = config
        self.current: str | None = None

    def token(self) -> str:
        value = self.config.access_token or self._read()
        if not value:
            name = self.config.access_token_env
            raise GraphError(f"No access token for Microsoft 365: set the environment variable {name} "
                             f"(or {name}_FILE) to the token", permanent=True)
        self.current = value
        return value

    def renewed(self) -> str | None:
        """A token that differs from the one just refused (whoever issues the
        tokens may have written a new one since), or None."""
        if self.config.access_token:
            return None
        value = self._read()
        return value if value and value != self.current else None

    def refused(self) -> str:
        return (f"Microsoft 365 refused the access token in {self.config.access_token_env}: it has expired "
                "or been revoked. Put a new token there")

    def _read(self) -> str | None:
        try:
            return secret(self.config.access_token_env)
        except BotError as error:
            raise GraphError(str(error), permanent=True) from None


# AADSTS codes the sign-in service answers with, in words for the IT contact.
SIGN_IN_ERRORS = {
    90002: "The sign-in service does not know the tenant '{tenant}': check mailbox.graph.tenant_id "
           "(the Directory (tenant) ID on the app's Overview page in Entra ID)",
    900023: "The tenant '{tenant}' is not a valid tenant ID: check mailbox.graph.tenant_id",
    700016: "The app '{client}' is not registered in the tenant '{tenant}': check mailbox.graph.client_id "
            "and tenant_id",
    7000215: "The client secret is wrong: {secret_env} must hold the secret's Value (not its Secret ID)",
    7000222: "The client secret has expired: add a new secret to the app in Entra ID and put it in {secret_env}",
    700027: "The certificate is not one registered for the app in Entra ID (or it was removed): upload the "
            "certificate in {certificate} to the app's Certificates & secrets page",
    700024: "The sign-in was refused because this computer's clock is wrong: correct the clock",
    7000112: "The app '{client}' is disabled in Entra ID: an administrator must enable it",
}


class ClientCredentials:
    """App-only sign-in with the app's certificate or secret (the client
    credentials flow), through MSAL and O365's token cache in the data dir."""

    def __init__(self, config: GraphConfig, connection):
        self.config = config
        self.connection = connection
        self.current: str | None = None

    def token(self, *, fresh: bool = False) -> str:
        try:
            application = self.connection.msal_client
        except ValueError:
            # MSAL reads the tenant's OpenID configuration first; the sign-in
            # service answers 400 when the tenant does not exist.
            raise GraphError(self._describe(90002), permanent=True) from None
        except RuntimeError as error:
            raise GraphError(f"The sign-in service at {self.config.authority} is not available ({error}); "
                             "the bot will try again", permanent=False) from None
        except Exception as error:
            raise network_error(error, self.config.authority, "the sign-in service") from None
        if fresh:
            cache = self.connection.token_backend
            for entry in list(cache.search(cache.CredentialType.ACCESS_TOKEN)):
                cache.remove_at(entry)
        try:
            result = application.acquire_token_for_client(scopes=[self.config.scope])
        except Exception as error:
            raise network_error(error, self.config.authority, "the sign-in service") from None
        if result and "access_token" in result:
            self.current = result["access_token"]
            self._save_cache()
            return self.current
        result = result or {}
        codes = result.get("error_codes") or []
        for code in codes:
            if code in SIGN_IN_ERRORS:
                raise GraphError(self._describe(code), permanent=True, code=str(code))
        description = (result.get("error_description") or result.get("error") or "no reason given").splitlines()[0]
        temporary = result.get("error") in ("temporarily_unavailable", "server_error")
        raise GraphError(f"The sign-in service refused the bot: {description}", permanent=not temporary)

    def renewed(self) -> str | None:
        previous = self.current
        value = self.token(fresh=True)
        return value if value != previous else None

    def refused(self) -> str:
        return ("Microsoft 365 refused the bot's sign-in: the app's certificate or secret may have been revoked, "
                "or the app removed; check the app registration in Entra ID")

    def _describe(self, code: int) -> str:
        return SIGN_IN_ERRORS[code].format(tenant=self.config.tenant_id, client=self.config.client_id,
                                           secret_env=self.config.client_secret_env,
                                           certificate=self.config.certificate_file)

    def _save_cache(self) -> None:
        backend = self.connection.token_backend
        try:
            if backend.save_token():
                path = Path(str(backend))
                path.chmod(0o600)
        except OSError as error:
            log.warning("The Microsoft 365 token cache could not be saved: %s", error)


def client_credential(config: GraphConfig) -> Any:
    """What MSAL needs to prove the app's identity: the secret, or the
    certificate's private key and SHA-1 thumbprint."""
    if config.auth == "secret":
        try:
            value = secret(config.client_secret_env)
        except BotError as error:
            raise GraphError(str(error), permanent=True) from None
        if not value:
            raise GraphError(f"No client secret for Microsoft 365: set the environment variable "
                             f"{config.client_secret_env} (or {config.client_secret_env}_FILE)", permanent=True)
        return value
    if config.certificate_file is None:
        raise GraphError("'mailbox.graph.certificate_file' must name the app's certificate and private key "
                         "(PEM) when auth is 'certificate'", permanent=True)
    try:
        text = config.certificate_file.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise GraphError(f"The certificate file {config.certificate_file} cannot be read: {reason}",
                         permanent=True) from None
    key = re.search(r"-----BEGIN (?:RSA |EC )?PRIVATE KEY-----.+?-----END (?:RSA |EC )?PRIVATE KEY-----",
                    text, re.DOTALL)
    if key is None:
        raise GraphError(f"The certificate file {config.certificate_file} holds no (unencrypted) private key",
                         permanent=True)
    thumbprint = (config.certificate_thumbprint or "").replace(":", "").strip()
    if not thumbprint:
        thumbprint = certificate_thumbprint(text, config.certificate_file)
    return {"private_key": key.group(0), "thumbprint": thumbprint}


def certificate_thumbprint(pem: str, path: Path) -> str:
    """The SHA-1 thumbprint Entra ID shows for the certificate in `pem`."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    block = re.search(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", pem, re.DOTALL)
    if block is None:
        raise GraphError(f"The certificate file {path} holds no certificate: add it, or set "
                         "'mailbox.graph.certificate_thumbprint'", permanent=True)
    certificate = x509.load_pem_x509_certificate(block.group(0).encode("ascii"))
    return sha1(certificate.public_bytes(Encoding.DER)).hexdigest().upper()  # noqa: S324 - Entra's thumbprint


# --- the connection -------------------------------------------------------------


_gates: dict[str, threading.BoundedSemaphore] = {}
_gates_lock = threading.Lock()


def gate_for(key: str) -> threading.BoundedSemaphore:
    """One semaphore per mailbox in this process, whichever adapter or
    publisher talks to it."""
    with _gates_lock:
        return _gates.setdefault(key.lower(), threading.BoundedSemaphore(CONCURRENT_REQUESTS))


def retry_after(response, attempt: int) -> float:
    """Seconds to wait before trying again: the server's Retry-After (seconds
    or an HTTP date) when it gave one, else an exponential backoff."""
    value = (response.headers.get("Retry-After") or "").strip() if response is not None else ""
    if value.isdigit():
        return float(value)
    if value:
        with contextlib.suppress(TypeError, ValueError):
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    return float(min(30, 2 ** (attempt - 1)))


@functools.cache
def _connection_class():
    """O365's Connection with the retries, the concurrency limit and the
    token handling described at the top of this module."""
    from msal import ConfidentialClientApplication
    from O365.connection import Connection
    from requests import Session
    from requests.exceptions import ChunkedEncodingError, ConnectionError, HTTPError, Timeout

    class Connection_(Connection):
        def __init__(self, credentials, *, token_source_factory=None, gate=None, sleep=time.sleep,
                     authority=None, **kwargs):
            super().__init__(credentials, **kwargs)
            self.token_source = token_source_factory(self) if token_source_factory else None
            self.gate = gate or threading.BoundedSemaphore(CONCURRENT_REQUESTS)
            self.sleep = sleep
            if authority:
                self._msal_authority = f"{authority.rstrip('/')}/{self.tenant_id}"

        @property
        def msal_client(self):
            # O365 builds this itself but cannot turn off MSAL's instance
            # discovery, which asks login.microsoftonline.com about any other
            # sign-in host; national clouds' hosts are known to MSAL anyway.
            if self._msal_client is None:
                self._msal_client = ConfidentialClientApplication(
                    client_id=self.auth[0], client_credential=self.auth[1], authority=self._msal_authority,
                    token_cache=self.token_backend, proxies=self.proxy, verify=self.verify_ssl,
                    timeout=self.timeout, instance_discovery=False)
            return self._msal_client

        def get_session(self, load_token: bool = False) -> Session:
            session = Session()
            session.verify = self.verify_ssl
            session.proxies = self.proxy
            return session

        def oauth_request(self, url: str, method: str, **kwargs):
            if self.session is None:
                self.session = self.get_session()
            if "Authorization" not in self.session.headers:
                self.update_session_auth_header(access_token=self.token_source.token())
            try:
                response = self._internal_request(self.session, url, method, **kwargs)
            except HTTPError as error:
                if error.response is None or error.response.status_code != 401:
                    raise
                renewed = self.token_source.renewed()
                if not renewed:
                    raise
                self.update_session_auth_header(access_token=renewed)
                response = self._internal_request(self.session, url, method, **kwargs)
            _logged.clear()  # signed in again: a later refusal is news worth a log line
            return response

        def _internal_request(self, session_obj, url, method, ignore40x=False, **kwargs):
            attempt = 1
            while True:
                # O365 encodes the body into its kwargs; each attempt gets a copy.
                attempt_kwargs = dict(kwargs)
                if isinstance(kwargs.get("headers"), dict):
                    attempt_kwargs["headers"] = dict(kwargs["headers"])
                with self.gate:
                    try:
                        return super()._internal_request(session_obj, url, method, ignore40x=False,
                                                         **attempt_kwargs)
                    except HTTPError as error:
                        response = error.response
                        if (response is None or response.status_code not in RETRIED_STATUSES
                                or attempt >= MAX_ATTEMPTS):
                            raise
                        wait = retry_after(response, attempt)
                        if wait > MAX_WAIT_SECONDS:
                            raise
                        reason = f"HTTP {response.status_code}"
                    except (ConnectionError, Timeout, ChunkedEncodingError) as error:
                        if attempt > NETWORK_RETRIES or (method.lower() in ("post", "patch")
                                                         and not never_sent(error)):
                            raise  # a POST that may have reached Graph is not repeated blindly
                        wait = 0.5 * attempt
                        reason = type(error).__name__
                log.info("Microsoft Graph: %s on %s %s; trying again in %.1f s", reason, method.upper(),
                         urlsplit(url).path, wait)
                self.sleep(wait)
                attempt += 1

    return Connection_


def never_sent(error: Exception) -> bool:
    """Whether a network error happened before the request left this
    computer (no connection made), so repeating it cannot do anything twice."""
    from requests.exceptions import ConnectTimeout

    text = str(error)
    return isinstance(error, ConnectTimeout) or any(
        sign in text for sign in ("NewConnectionError", "NameResolutionError", "Failed to establish"))


class _Quiet(logging.Filter):
    """O365 logs every 4xx answer as an error before raising it; the adapter
    decides what a 404 or a 423 means and logs what matters itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Client Error")


_quiet = _Quiet()
logging.getLogger("O365.connection").addFilter(_quiet)


class GraphClient:
    """A signed-in O365 `Account` for one resource (a mailbox's address, or ''
    for SharePoint sites), and the translation of its errors."""

    def __init__(self, config: GraphConfig, *, resource: str, forbidden: str,
                 not_found: str | None = None, sleep: Callable[[float], None] = time.sleep):
        from O365 import Account
        from O365.connection import MSGraphProtocol
        from O365.utils.token import FileSystemTokenBackend, MemoryTokenBackend

        check_service_url(config.endpoint, "endpoint")
        if config.auth != "token":
            check_service_url(config.authority, "authority")
            missing = [name for name in ("tenant_id", "client_id") if not getattr(config, name)]
            if missing:
                raise GraphError(f"'mailbox.graph.{missing[0]}' is required when auth is '{config.auth}'",
                                 permanent=True)
        self.config = config
        self.forbidden = forbidden
        self.not_found = not_found

        protocol = MSGraphProtocol(default_resource=resource, timezone="UTC")
        # O365 has the public cloud's address built in; national clouds and
        # the tests' local server have others.
        protocol.protocol_url = f"{config.graph_url}/"
        protocol.service_url = f"{config.graph_url}/{protocol.api_version}/"
        protocol.protocol_scope_prefix = f"{config.graph_url}/"

        if config.auth == "token":
            credentials, backend = (config.client_id or "qa-bot", ""), MemoryTokenBackend()

            def token_source(connection):
                return StaticToken(config)
        else:
            credentials = (config.client_id, client_credential(config))
            cache = config.token_cache or Path("graph")
            try:
                cache.mkdir(parents=True, exist_ok=True)
                cache.chmod(0o700)
            except OSError as error:
                raise GraphError(f"Cannot create the token cache folder {cache}: {error.strerror}",
                                 permanent=True) from None
            backend = FileSystemTokenBackend(token_path=cache, token_filename="token-cache.json")
            with contextlib.suppress(ValueError, OSError):
                backend.load_token()

            def token_source(connection):
                return ClientCredentials(config, connection)

        class Account_(Account):
            connection_constructor = _connection_class()

        self.account = Account_(
            credentials, auth_flow_type="credentials", tenant_id=config.tenant_id or "organizations",
            protocol=protocol, main_resource=resource, token_backend=backend,
            default_headers={"Prefer": IMMUTABLE_IDS}, request_retries=0, requests_delay=0,
            timeout=TIMEOUT, raise_http_errors=True, token_source_factory=token_source,
            gate=gate_for(f"{config.graph_url}|{resource}"), sleep=sleep, authority=config.authority)
        self.connection = self.account.con
        self.protocol = protocol

    def url(self, path: str, resource: str | None = None) -> str:
        """The full address of `path` under the resource (or another one)."""
        from O365.utils import ApiComponent

        resource = self.account.main_resource if resource is None else resource
        base = f"{self.protocol.service_url}{ApiComponent._parse_resource(resource)}".rstrip("/")
        return f"{base}{path}"

    @contextlib.contextmanager
    def guard(self, what: str) -> Iterator[None]:
        """Run the block, turning whatever O365, MSAL or requests raise into a
        `GraphError` that says what could not be done and why."""
        try:
            yield
        except MailboxError:
            raise
        except Exception as error:
            raise self.translate(error, what) from None

    def translate(self, error: Exception, what: str) -> GraphError:
        from requests.exceptions import HTTPError, RequestException

        if isinstance(error, HTTPError) and error.response is not None:
            return self._http_error(error.response, what)
        if isinstance(error, RequestException):
            return network_error(error, self.config.endpoint, "Microsoft 365")
        log.exception("Microsoft Graph: unexpected error trying to %s", what)
        return GraphError(f"Could not {what}: {type(error).__name__}: {error}", permanent=False)

    def _http_error(self, response, what: str) -> GraphError:
        status = response.status_code
        code, message = graph_error(response)
        if status == 401:
            text = self.connection.token_source.refused()
            log_once(text)
            return GraphError(text, permanent=True, status=status, code=code)
        if status == 403:
            log_once(self.forbidden)
            return GraphError(self.forbidden, permanent=True, status=status, code=code)
        if status == 404 and self.not_found and code in ("ErrorInvalidUser", "MailboxNotEnabledForRESTAPI",
                                                         "ResourceNotFound", "ErrorNonExistentMailbox"):
            return GraphError(self.not_found, permanent=True, status=status, code=code)
        detail = f" ({message})" if message else ""
        if status in RETRIED_STATUSES or status >= 500:
            return GraphError(f"Microsoft 365 is busy or unavailable (HTTP {status}) and could not {what}; "
                              "the bot will try again", permanent=False, status=status, code=code)
        if status == 423:
            return GraphError(f"Could not {what}: the file is locked (open or checked out){detail}",
                              permanent=False, status=status, code=code)
        return GraphError(f"Could not {what}: Microsoft 365 answered HTTP {status}{detail}",
                          permanent=status not in (408, 409, 412), status=status, code=code)

    def close(self) -> None:
        for session in (self.connection.session, self.connection.naive_session):
            if session is not None:
                session.close()


def graph_error(response) -> tuple[str | None, str]:
    """The error code and message of a Graph error answer, when it has them."""
    try:
        body = response.json()
    except ValueError:
        return None, ""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, ""
    return error.get("code"), (error.get("message") or "").strip()


def network_error(error: Exception, url: str, service: str) -> GraphError:
    """A dropped or refused connection: nothing is lost, the next pass retries."""
    from requests.exceptions import Timeout

    parts = urlsplit(url)
    where = f"{parts.scheme}://{parts.netloc}" if parts.netloc else url
    if isinstance(error, Timeout):
        reason = "it did not answer in time"
    else:
        text = str(error)
        match = re.search(r"\] ([^'\"\]]+)['\"]?\)+$", text) or re.search(r"(Connection refused|Name or service "
                                                                              r"not known|timed out)", text)
        reason = match.group(1).strip().rstrip(")'\"") if match else type(error).__name__
    return GraphError(f"Cannot reach {service} at {where} ({reason}); the bot will try again", permanent=False)


_logged: set[str] = set()


def log_once(text: str) -> None:
    """A refused credential is logged once per process, not once a minute."""
    if text not in _logged:
        _logged.add(text)
        log.error("%s", text)
