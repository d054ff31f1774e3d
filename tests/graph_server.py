"""A local server that speaks Microsoft Graph's documented wire format, for
the calls the Graph adapter and publishing make, so the tests run the real
O365 library (and, for certificate and secret sign-in, real MSAL) against it.

It keeps mailboxes as real MIME (what `bot.samples.messages.build_email`
builds) and derives Graph's JSON from it: messages listed with `$filter`,
`$top`, `$skip`, `$select`, `$orderby` and `@odata.nextLink` paging (by
position, as Graph pages a folder), `internetMessageHeaders` (every header
of the MIME, In-Reply-To and References included) only when selected, the
`body` (with `$select`, only when selected) in HTML unless the Prefer header
asks for `outlook.body-content-type="text"` (an HTML body then rendered as
text, as Exchange does, and `Preference-Applied` said back), `$value`, file
and item attachments, move (the same id when the request asked for
immutable ids, a new one otherwise), PATCH, mail folders, sendMail in MIME
or JSON, drafts with attachments and upload sessions, and send. For
publishing: SharePoint sites and their document libraries, OneDrives,
folders, simple and session uploads and files locked (423) on demand. For
sign-in: a tenant's OpenID configuration and its token endpoint (client
secret or certificate).

Every request is recorded (method, path, query, headers, body) for the tests
to check its shape, and faults can be injected: `fail("POST", "/sendMail",
429, times=1)` answers the next such request with 429 and Retry-After.

    with GraphServer() as server:
        server.add_user("cscaudits@…")
        token = server.issue_token()
"""

from __future__ import annotations

import base64
import contextlib
import html
import itertools
import json
import re
import secrets
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from mailbox_harness import ADDRESS, Harness, parse

from bot.mailbox.graph import GraphMailbox
from bot.mailbox.graph_http import GraphConfig

WELL_KNOWN = ("inbox", "drafts", "sentitems", "deleteditems")
MAX_REQUEST = 4 * 1024 * 1024
MAX_SESSION_CHUNK = 60 * 1024 * 1024
DRIVE_CHUNK_MULTIPLE = 320 * 1024
_ids = itertools.count(1)


def new_id(prefix: str = "AAMkAD") -> str:
    """An opaque id in Graph's style (URL-safe base64 ending in '=')."""
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(12) + next(_ids).to_bytes(4, "big")).decode()


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class GraphFailure(Exception):
    """An error answer in Graph's shape."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    body: bytes

    @property
    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass
class Fault:
    method: str
    pattern: re.Pattern
    status: int
    remaining: int
    headers: dict[str, str]
    code: str


@dataclass
class StoredMessage:
    id: str
    folder_id: str
    raw: bytes
    received: datetime
    is_read: bool = False
    is_draft: bool = False
    extra: list[tuple[str, str, bytes]] = field(default_factory=list)  # attachments added to a draft

    def email(self) -> EmailMessage:
        """The message as parsed MIME (parsed once: a 10 MB attachment is slow to parse)."""
        cached = self.__dict__.get("_parsed")
        if cached is None or cached[0] != len(self.extra):
            message = BytesParser(policy=policy.default).parsebytes(self.raw)
            for name, content_type, data in self.extra:
                maintype, _, subtype = content_type.partition("/")
                message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=name)
            cached = (len(self.extra), message, attachments_in(message))
            self.__dict__["_parsed"] = cached
        return cached[1]

    def attachments(self) -> list[dict]:
        self.email()
        return self.__dict__["_parsed"][2]


@dataclass
class UserMailbox:
    address: str
    folders: dict[str, dict] = field(default_factory=dict)
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    root_id: str = ""

    def __post_init__(self):
        self.root_id = new_id("AQMkAD")
        self.folders[self.root_id] = {"id": self.root_id, "displayName": "Top of Information Store",
                                      "parentFolderId": None, "wellKnownName": "msgfolderroot"}
        for name, display in zip(WELL_KNOWN, ("Inbox", "Drafts", "Sent Items", "Deleted Items")):
            folder_id = new_id("AQMkAD")
            self.folders[folder_id] = {"id": folder_id, "displayName": display,
                                       "parentFolderId": self.root_id, "wellKnownName": name}

    def folder(self, reference: str) -> dict:
        reference_lower = reference.lower()
        for folder in self.folders.values():
            if folder["id"] == reference or folder["wellKnownName"] == reference_lower:
                return folder
        raise GraphFailure(404, "ErrorItemNotFound", "The specified object was not found in the store.")

    def message(self, message_id: str) -> StoredMessage:
        if message_id not in self.messages:
            raise GraphFailure(404, "ErrorItemNotFound", "The specified object was not found in the store.")
        return self.messages[message_id]


@dataclass
class Drive:
    id: str
    name: str
    owner: str
    items: dict[str, dict] = field(default_factory=dict)
    root_id: str = ""

    def __post_init__(self):
        self.root_id = new_id("01")
        self.items[self.root_id] = {"id": self.root_id, "name": "root", "parent": None, "folder": True}

    def children(self, item_id: str) -> list[dict]:
        return [item for item in self.items.values() if item["parent"] == item_id]

    def child(self, item_id: str, name: str) -> dict | None:
        return next((item for item in self.children(item_id) if item["name"].lower() == name.lower()), None)

    def by_path(self, path: str) -> dict:
        item = self.items[self.root_id]
        for part in [part for part in path.strip("/").split("/") if part]:
            item = self.child(item["id"], part)
            if item is None:
                raise GraphFailure(404, "itemNotFound", "The resource could not be found.")
        return item

    def path_of(self, item: dict) -> str:
        parts = []
        while item["parent"] is not None:
            parts.append(item["name"])
            item = self.items[item["parent"]]
        return "/" + "/".join(reversed(parts))


class GraphServer:
    """The server and everything it holds. Use as a context manager."""

    def __init__(self, *, tls: bool = False, tmp_path: Path | None = None):
        self.lock = threading.RLock()
        self.mailboxes: dict[str, UserMailbox] = {}
        self.forbidden: set[str] = set()
        self.drives: dict[str, Drive] = {}
        self.user_drives: dict[str, str] = {}
        self.sites: dict[str, dict] = {}  # "host:/sites/path" -> site
        self.tokens: set[str] = set()
        self.revoked: set[str] = set()
        self.tenants: dict[str, dict] = {}  # tenant -> {client_id: secret or certificate PEM}
        self.token_requests = 0
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        self.locked: dict[str, int] = {}  # file name -> 423 answers left
        self.sessions: dict[str, dict] = {}
        self.page_size: int | None = None  # a cap below $top, as Graph may page sooner
        self.delay = 0.0
        self.in_flight = 0
        self.max_in_flight = 0
        self._clock = itertools.count()
        self.tls = tls
        self.ca_file: Path | None = None
        self._tmp = tmp_path
        self.httpd: ThreadingHTTPServer | None = None

    # --- lifecycle ---------------------------------------------------------------

    def __enter__(self) -> GraphServer:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.graph = self
        if self.tls:
            self.httpd.socket = self._tls_context().wrap_socket(self.httpd.socket, server_side=True)
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def _tls_context(self) -> ssl.SSLContext:
        certificate, key = self_signed_certificate("127.0.0.1")
        directory = self._tmp or Path(__import__("tempfile").mkdtemp())
        directory.mkdir(parents=True, exist_ok=True)
        self.ca_file = directory / "graph-server-ca.pem"
        self.ca_file.write_bytes(certificate)
        key_file = directory / "graph-server-key.pem"
        key_file.write_bytes(key)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.ca_file, key_file)
        return context

    # --- what tests set up and look at ------------------------------------------

    def add_user(self, address: str) -> UserMailbox:
        with self.lock:
            return self.mailboxes.setdefault(address.lower(), UserMailbox(address.lower()))

    def issue_token(self) -> str:
        token = "eyJ0eXAi." + secrets.token_urlsafe(24)
        with self.lock:
            self.tokens.add(token)
        return token

    def revoke(self, token: str) -> None:
        with self.lock:
            self.tokens.discard(token)
            self.revoked.add(token)

    def add_tenant(self, tenant: str, client_id: str, credential: str) -> None:
        """Register an app: `credential` is its secret, or its certificate (PEM)."""
        self.tenants.setdefault(tenant, {})[client_id] = credential

    def config(self, token_cache: Path, *, access_token: str) -> GraphConfig:
        return GraphConfig(auth="token", endpoint=self.url, access_token=access_token, token_cache=token_cache)

    def deliver(self, address: str, raw: bytes, received: datetime | None = None) -> str:
        """A message arrives in the inbox, at `received` (now by default):
        Graph's receivedDateTime is when the mailbox got it, whatever the
        message's Date header says."""
        with self.lock:
            mailbox = self.add_user(address)
            received = (received or datetime.now(timezone.utc)) \
                + timedelta(microseconds=next(self._clock))  # arrival order breaks ties
            stored = StoredMessage(new_id(), mailbox.folder("inbox")["id"], raw, received)
            mailbox.messages[stored.id] = stored
            return stored.id

    def folder_messages(self, address: str, folder_name: str) -> list[StoredMessage]:
        with self.lock:
            mailbox = self.mailboxes[address.lower()]
            folder_ids = {folder["id"] for folder in mailbox.folders.values()
                          if folder["displayName"] == folder_name or folder["wellKnownName"] == folder_name}
            return sorted((message for message in mailbox.messages.values() if message.folder_id in folder_ids),
                          key=lambda message: message.received)

    def sent(self, address: str) -> list[bytes]:
        return [message.email().as_bytes() for message in self.folder_messages(address, "sentitems")]

    def filed(self, address: str, folder_name: str) -> list[bytes]:
        return [message.email().as_bytes() for message in self.folder_messages(address, folder_name)]

    def fail(self, method: str, path: str, status: int = 429, *, times: int = 1, retry_after: str | None = "1",
             code: str | None = None) -> None:
        """Answer the next `times` requests whose method is `method` and whose
        path matches the regular expression `path` with `status`."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        code = code or {429: "TooManyRequests", 503: "ServiceUnavailable", 504: "GatewayTimeout"}.get(
            status, "Error")
        with self.lock:
            self.faults.append(Fault(method.upper(), re.compile(path), status, times, headers, code))

    def lock_file(self, name: str, times: int = 1) -> None:
        """Uploads of a file called `name` are refused with 423 Locked, as
        SharePoint does while someone has it open."""
        with self.lock:
            self.locked[name.lower()] = times

    def add_site(self, host_and_path: str, libraries=("Documents",)) -> dict:
        with self.lock:
            host = host_and_path.split(":", 1)[0]
            site_id = f"{host},{new_id('')},{new_id('')}"
            drives = [Drive(new_id("b!"), name, site_id) for name in libraries]
            for drive in drives:
                self.drives[drive.id] = drive
            site = {"id": site_id, "name": host_and_path.rsplit("/", 1)[-1], "drives": [drive.id for drive in drives]}
            self.sites[host_and_path.lower()] = site
            return site

    def onedrive(self, address: str) -> Drive:
        with self.lock:
            address = address.lower()
            if address not in self.user_drives:
                drive = Drive(new_id("b!"), "OneDrive", address)
                self.drives[drive.id] = drive
                self.user_drives[address] = drive.id
            return self.drives[self.user_drives[address]]

    def document_library(self, host_and_path: str, name: str = "Documents") -> Drive:
        site = self.sites[host_and_path.lower()]
        return next(self.drives[drive_id] for drive_id in site["drives"] if self.drives[drive_id].name == name)

    def requests_to(self, method: str, path_pattern: str) -> list[Recorded]:
        with self.lock:
            return [request for request in self.requests
                    if request.method == method and re.search(path_pattern, request.path)]


def self_signed_certificate(host: str) -> tuple[bytes, bytes]:
    """A certificate (PEM) for `host` and its key, for the TLS sign-in tests."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    # Valid over a fixed, wide span: OpenSSL checks it by the machine's real
    # clock, which a test run that moves Python's clock does not move.
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(datetime(2020, 1, 1))
        .not_valid_after(datetime(2040, 1, 1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host)),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return (certificate.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


# --- the HTTP side -------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go separately; no 40 ms wait between them

    def log_message(self, format, *args):  # noqa: A002 - quiet; requests are recorded instead
        pass

    def do_GET(self):
        self.handle_request("GET")

    def do_POST(self):
        self.handle_request("POST")

    def do_PUT(self):
        self.handle_request("PUT")

    def do_PATCH(self):
        self.handle_request("PATCH")

    def do_DELETE(self):
        self.handle_request("DELETE")

    def handle_request(self, method: str) -> None:
        graph: GraphServer = self.server.graph
        parts = urlsplit(self.path)
        # O365 writes SharePoint addresses with a doubled slash, which Graph accepts.
        path = re.sub(r"/{2,}", "/", unquote(parts.path))
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        # A header sent more than once is one comma-separated list (RFC 9110).
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            headers[name.lower()] = f"{headers[name.lower()]}, {value}" if name.lower() in headers else value
        request = Recorded(method, path, query, headers, body)
        with graph.lock:
            graph.requests.append(request)
            graph.in_flight += 1
            graph.max_in_flight = max(graph.max_in_flight, graph.in_flight)
        try:
            if graph.delay:
                threading.Event().wait(graph.delay)
            status, reply_headers, reply = Api(graph, request).answer()
        except GraphFailure as failure:
            status, reply_headers = failure.status, failure.headers
            reply = {"error": {"code": failure.code, "message": failure.message,
                               "innerError": {"date": iso(datetime.now(timezone.utc)),
                                              "request-id": new_id("")}}}
        finally:
            with graph.lock:
                graph.in_flight -= 1
        if isinstance(reply, (dict, list)):
            data = json.dumps(reply).encode()
            reply_headers = {"Content-Type": "application/json", **reply_headers}
        else:
            data = reply or b""
        self.send_response(status)
        for name, value in reply_headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(data)


class Api:
    """Answers one request: (status, headers, body as dict or bytes)."""

    def __init__(self, graph: GraphServer, request: Recorded):
        self.graph = graph
        self.request = request

    @property
    def preferences(self) -> dict[str, str]:
        return preferences(self.request.headers.get("prefer", ""))

    @property
    def immutable(self) -> bool:
        return self.preferences.get("idtype", "").lower() == "immutableid"

    @property
    def body_as_text(self) -> bool:
        return self.preferences.get("outlook.body-content-type", "").lower() == "text"

    def body_applied(self) -> dict[str, str]:
        """The Preference-Applied header Graph answers a body preference with."""
        wanted = self.preferences.get("outlook.body-content-type")
        return {"Preference-Applied": f'outlook.body-content-type="{wanted}"'} if wanted else {}

    def answer(self):
        request = self.request
        self._inject_fault()
        if request.path.startswith("/upload/"):
            if "authorization" in request.headers:
                raise GraphFailure(401, "InvalidAuthenticationToken",
                                   "An upload URL is pre-authenticated; send no Authorization header.")
            return self._upload()
        if request.path.startswith("/v1.0/"):
            self._authorise()
            if request.method in ("POST", "PATCH") and len(request.body) > MAX_REQUEST:
                raise GraphFailure(413, "ErrorRequestEntityTooLarge", "The request is larger than 4 MB.")
            with self.graph.lock:
                return self._graph(request.path[len("/v1.0"):])
        return self._sign_in()

    def _inject_fault(self) -> None:
        with self.graph.lock:
            for fault in self.graph.faults:
                if fault.remaining > 0 and fault.method == self.request.method \
                        and fault.pattern.search(self.request.path):
                    fault.remaining -= 1
                    raise GraphFailure(fault.status, fault.code, "Injected by the test.", dict(fault.headers))

    def _authorise(self) -> None:
        value = self.request.headers.get("authorization", "")
        token = value[7:] if value.startswith("Bearer ") else ""
        if not token:
            raise GraphFailure(401, "InvalidAuthenticationToken", "Access token is empty.")
        if token not in self.graph.tokens:
            raise GraphFailure(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.")

    # --- routing -------------------------------------------------------------

    def _graph(self, path: str):
        method = self.request.method
        match = re.fullmatch(r"/users/([^/]+)(/.*)?", path)
        if match:
            user, rest = match.group(1).lower(), match.group(2) or ""
            if user in self.graph.forbidden:
                raise GraphFailure(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
            if rest.startswith("/drive"):
                if user not in self.graph.mailboxes and user not in self.graph.user_drives:
                    raise GraphFailure(404, "ResourceNotFound", f"User not found: {user}")
                return self._drive(self.graph.onedrive(user), rest[len("/drive"):])
            if user not in self.graph.mailboxes:
                raise GraphFailure(404, "ErrorInvalidUser", f"The requested user '{user}' is invalid.")
            return self._mail(self.graph.mailboxes[user], method, rest)
        match = re.fullmatch(r"/sites/([^/]+?):(/[^:]+):?", path)
        if match and method == "GET":
            site = self.graph.sites.get(f"{match.group(1)}:{match.group(2)}".lower())
            if site is None:
                raise GraphFailure(404, "itemNotFound", "Requested site could not be found")
            return 200, {}, site_json(self.graph, site)
        match = re.fullmatch(r"/sites/([^/]+)/drives", path)
        if match and method == "GET":
            site = next((site for site in self.graph.sites.values() if site["id"] == match.group(1)), None)
            if site is None:
                raise GraphFailure(404, "itemNotFound", "Requested site could not be found")
            return 200, {}, {"value": [drive_json(self.graph.drives[drive_id]) for drive_id in site["drives"]]}
        match = re.fullmatch(r"/(?:sites/[^/]+/)?drives/([^/]+)(/.*)?", path)
        if match:
            drive = self.graph.drives.get(match.group(1))
            if drive is None:
                raise GraphFailure(404, "itemNotFound", "The drive could not be found.")
            return self._drive(drive, match.group(2) or "")
        raise GraphFailure(400, "BadRequest", f"Resource not found for the segment in {path!r}.")

    # --- mail ----------------------------------------------------------------------

    def _mail(self, mailbox: UserMailbox, method: str, rest: str):
        routes = [
            ("GET", r"/mailFolders", self._list_folders),
            ("POST", r"/mailFolders", self._create_folder),
            ("GET", r"/mailFolders/([^/]+)", self._get_folder),
            ("GET", r"/mailFolders/([^/]+)/messages", self._list_messages),
            ("GET", r"/messages", self._list_messages),
            ("POST", r"/sendMail", self._send_mail),
            ("POST", r"/messages", self._create_draft),
            ("GET", r"/messages/([^/]+)", self._get_message),
            ("PATCH", r"/messages/([^/]+)", self._update_message),
            ("DELETE", r"/messages/([^/]+)", self._delete_message),
            ("GET", r"/messages/([^/]+)/\$value", self._message_mime),
            ("POST", r"/messages/([^/]+)/move", self._move),
            ("POST", r"/messages/([^/]+)/send", self._send_draft),
            ("GET", r"/messages/([^/]+)/attachments", self._list_attachments),
            ("POST", r"/messages/([^/]+)/attachments", self._add_attachment),
            ("POST", r"/messages/([^/]+)/attachments/createUploadSession", self._attachment_session),
            ("GET", r"/messages/([^/]+)/attachments/([^/]+)", self._get_attachment),
            ("GET", r"/messages/([^/]+)/attachments/([^/]+)/\$value", self._attachment_value),
        ]
        for route_method, pattern, function in routes:
            match = re.fullmatch(pattern, rest)
            if match and route_method == method:
                return function(mailbox, *match.groups())
        raise GraphFailure(405 if any(re.fullmatch(pattern, rest) for _, pattern, _ in routes) else 400,
                           "BadRequest", f"No such mail resource: {method} {rest}")

    def _list_folders(self, mailbox: UserMailbox):
        folders = [folder for folder in mailbox.folders.values() if folder["parentFolderId"] == mailbox.root_id]
        wanted = self.request.query.get("$filter")
        if wanted:
            match = re.fullmatch(r"displayName eq '((?:[^']|'')*)'", wanted)
            if not match:
                raise GraphFailure(400, "ErrorInvalidUrlQueryFilter", f"Unsupported filter {wanted!r}")
            name = match.group(1).replace("''", "'")
            folders = [folder for folder in folders if folder["displayName"] == name]
        top = int(self.request.query.get("$top", 10))
        return 200, {}, {"value": [folder_json(mailbox, folder) for folder in folders[:top]]}

    def _create_folder(self, mailbox: UserMailbox):
        name = (self.request.json or {}).get("displayName", "")
        siblings = [folder for folder in mailbox.folders.values() if folder["parentFolderId"] == mailbox.root_id]
        if any(folder["displayName"].lower() == name.lower() for folder in siblings):
            raise GraphFailure(409, "ErrorFolderExists", "A folder with the specified name already exists.")
        folder_id = new_id("AQMkAD")
        mailbox.folders[folder_id] = {"id": folder_id, "displayName": name, "parentFolderId": mailbox.root_id,
                                      "wellKnownName": None}
        return 201, {}, folder_json(mailbox, mailbox.folders[folder_id])

    def _get_folder(self, mailbox: UserMailbox, reference: str):
        return 200, {}, folder_json(mailbox, mailbox.folder(reference))

    def _list_messages(self, mailbox: UserMailbox, reference: str | None = None):
        query = self.request.query
        messages = list(mailbox.messages.values())
        if reference is not None:
            folder_id = mailbox.folder(reference)["id"]
            messages = [message for message in messages if message.folder_id == folder_id]
        wanted = query.get("$filter")
        if wanted:
            match = re.fullmatch(r"internetMessageId eq '((?:[^']|'')*)'", wanted)
            if not match:
                raise GraphFailure(400, "ErrorInvalidUrlQueryFilter", f"Unsupported filter {wanted!r}")
            value = match.group(1).replace("''", "'")
            messages = [message for message in messages if internet_message_id(message) == value]
        order = query.get("$orderby", "receivedDateTime desc")
        if not re.fullmatch(r"receivedDateTime( (asc|desc))?", order):
            raise GraphFailure(400, "BadRequest", f"Unsupported $orderby {order!r}")
        messages.sort(key=lambda message: message.received, reverse=not order.endswith("asc"))
        top = min(int(query.get("$top", 10)), 1000, self.graph.page_size or 1000)
        skip = int(query.get("$skip", 0))
        page = messages[skip:skip + top]
        select = selected(query)
        reply = {"value": [message_json(mailbox, message, select, body_as_text=self.body_as_text)
                           for message in page]}
        if skip + top < len(messages):
            reply["@odata.nextLink"] = (f"{self.graph.url}{self.request.path}?"
                                        f"{urlencode({**query, '$skip': skip + top})}")
        return 200, self.body_applied(), reply

    def _get_message(self, mailbox: UserMailbox, message_id: str):
        return 200, self.body_applied(), message_json(mailbox, mailbox.message(message_id),
                                                      selected(self.request.query), body_as_text=self.body_as_text)

    def _update_message(self, mailbox: UserMailbox, message_id: str):
        message = mailbox.message(message_id)
        changes = self.request.json or {}
        if "isRead" in changes:
            message.is_read = bool(changes["isRead"])
        return 200, {}, message_json(mailbox, message, None)

    def _delete_message(self, mailbox: UserMailbox, message_id: str):
        mailbox.message(message_id)
        del mailbox.messages[message_id]
        return 204, {}, b""

    def _message_mime(self, mailbox: UserMailbox, message_id: str):
        return 200, {"Content-Type": "text/plain"}, mailbox.message(message_id).email().as_bytes()

    def _move(self, mailbox: UserMailbox, message_id: str):
        message = mailbox.message(message_id)
        destination = (self.request.json or {}).get("destinationId", "")
        message.folder_id = mailbox.folder(destination)["id"]
        if not self.immutable:
            # Without the immutable-id header, Graph's id changes with the folder.
            del mailbox.messages[message_id]
            message.id = new_id()
            mailbox.messages[message.id] = message
        return 201, {}, message_json(mailbox, message, None)

    def _send_mail(self, mailbox: UserMailbox):
        message = self._submitted_message(mailbox, draft=False)
        message.folder_id = mailbox.folder("sentitems")["id"]
        mailbox.messages[message.id] = message
        return 202, {}, b""

    def _create_draft(self, mailbox: UserMailbox):
        message = self._submitted_message(mailbox, draft=True)
        mailbox.messages[message.id] = message
        return 201, {}, message_json(mailbox, message, None)

    def _submitted_message(self, mailbox: UserMailbox, *, draft: bool) -> StoredMessage:
        content_type = self.request.headers.get("content-type", "").split(";")[0].strip().lower()
        now = datetime.now(timezone.utc) + timedelta(microseconds=next(self.graph._clock))
        if content_type == "text/plain":
            try:
                raw = base64.b64decode(self.request.body, validate=True)
            except ValueError:
                raise GraphFailure(400, "ErrorMimeContentInvalidBase64String",
                                   "Invalid base64 string for MIME content.") from None
        elif content_type == "application/json":
            body = self.request.json or {}
            raw = json_to_mime(mailbox.address, body.get("message", body) if not draft else body)
        else:
            raise GraphFailure(415, "UnsupportedMediaType", f"Unsupported Content-Type {content_type!r}")
        folder = mailbox.folder("drafts")["id"]
        return StoredMessage(new_id(), folder, raw, now, is_read=True, is_draft=draft)

    def _send_draft(self, mailbox: UserMailbox, message_id: str):
        message = mailbox.message(message_id)
        if not message.is_draft:
            raise GraphFailure(400, "ErrorInvalidOperation", "Only drafts can be sent.")
        message.is_draft = False
        message.folder_id = mailbox.folder("sentitems")["id"]
        message.received = datetime.now(timezone.utc) + timedelta(microseconds=next(self.graph._clock))
        return 202, {}, b""

    def _list_attachments(self, mailbox: UserMailbox, message_id: str):
        select = selected(self.request.query)
        items = attachments_of(mailbox.message(message_id))
        return 200, {}, {"value": [attachment_json(item, select) for item in items]}

    def _get_attachment(self, mailbox: UserMailbox, message_id: str, attachment_id: str):
        return 200, {}, attachment_json(find_attachment(mailbox.message(message_id), attachment_id),
                                        selected(self.request.query))

    def _attachment_value(self, mailbox: UserMailbox, message_id: str, attachment_id: str):
        item = find_attachment(mailbox.message(message_id), attachment_id)
        return 200, {"Content-Type": item["contentType"]}, item["data"]

    def _add_attachment(self, mailbox: UserMailbox, message_id: str):
        message = mailbox.message(message_id)
        body = self.request.json or {}
        if body.get("@odata.type") != "#microsoft.graph.fileAttachment":
            raise GraphFailure(400, "BadRequest", "Only file attachments are supported here.")
        message.extra.append((body["name"], body.get("contentType") or "application/octet-stream",
                              base64.b64decode(body["contentBytes"])))
        return 201, {}, {"@odata.type": "#microsoft.graph.fileAttachment", "id": new_id(), "name": body["name"]}

    def _attachment_session(self, mailbox: UserMailbox, message_id: str):
        message = mailbox.message(message_id)
        item = (self.request.json or {}).get("AttachmentItem") or {}
        if item.get("attachmentType") != "file" or not item.get("name") or not item.get("size"):
            raise GraphFailure(400, "BadRequest", "AttachmentItem needs attachmentType 'file', a name and a size.")
        session_id = new_id("")
        self.graph.sessions[session_id] = {"kind": "attachment", "mailbox": mailbox, "message": message,
                                           "name": item["name"], "size": int(item["size"]), "received": b"",
                                           "contentType": item.get("contentType") or "application/octet-stream"}
        return 201, {}, {"uploadUrl": f"{self.graph.url}/upload/attachments/{session_id}",
                         "expirationDateTime": iso(datetime.now(timezone.utc) + timedelta(hours=1)),
                         "nextExpectedRanges": ["0-"]}

    # --- drives ---------------------------------------------------------------------

    def _drive(self, drive: Drive, rest: str):
        method = self.request.method
        if rest in ("", "/") and method == "GET":
            return 200, {}, drive_json(drive)
        if rest == "/root" and method == "GET":
            return 200, {}, item_json(drive, drive.items[drive.root_id])
        match = re.fullmatch(r"/root:(/[^:]*?)(?::(/content|/createUploadSession)?)?", rest)
        if match:
            path, action = match.group(1), match.group(2)
            if action is None:
                return 200, {}, item_json(drive, drive.by_path(path))
            parent_path, _, name = path.rstrip("/").rpartition("/")
            return self._drive_write(drive, drive.by_path(parent_path or "/"), name, action)
        match = re.fullmatch(r"/items/([^/:]+)(?::/([^:]+):(/content|/createUploadSession))?(/children)?", rest)
        if match:
            item_id, name, action, children = match.groups()
            if item_id not in drive.items:
                raise GraphFailure(404, "itemNotFound", "The resource could not be found.")
            parent = drive.items[item_id]
            if action:
                return self._drive_write(drive, parent, name, action)
            if children and method == "GET":
                return 200, {}, {"value": [item_json(drive, item) for item in drive.children(item_id)]}
            if children and method == "POST":
                body = self.request.json or {}
                if drive.child(item_id, body.get("name", "")):
                    raise GraphFailure(409, "nameAlreadyExists", "The specified item name already exists.")
                folder = {"id": new_id("01"), "name": body["name"], "parent": item_id, "folder": True}
                drive.items[folder["id"]] = folder
                return 201, {}, item_json(drive, folder)
            if method == "GET":
                return 200, {}, item_json(drive, parent)
        raise GraphFailure(400, "invalidRequest", f"Unsupported drive request {method} {rest}")

    def _drive_write(self, drive: Drive, parent: dict, name: str, action: str):
        method = self.request.method
        if not parent.get("folder"):
            raise GraphFailure(400, "invalidRequest", "The parent is not a folder.")
        remaining = self.graph.locked.get(name.lower(), 0)
        if remaining:
            self.graph.locked[name.lower()] = remaining - 1
            raise GraphFailure(423, "resourceLocked", "The resource you are attempting to access is locked")
        if action == "/content" and method == "PUT":
            return store_file(drive, parent, name, self.request.body)
        if action == "/createUploadSession" and method == "POST":
            session_id = new_id("")
            self.graph.sessions[session_id] = {"kind": "drive", "drive": drive, "parent": parent, "name": name,
                                               "size": None, "received": b""}
            return 200, {}, {"uploadUrl": f"{self.graph.url}/upload/drive/{session_id}",
                             "expirationDateTime": iso(datetime.now(timezone.utc) + timedelta(hours=1)),
                             "nextExpectedRanges": ["0-"]}
        raise GraphFailure(405, "invalidRequest", f"{method} is not allowed on {action}")

    # --- upload sessions ----------------------------------------------------------------

    def _upload(self):
        match = re.fullmatch(r"/upload/(attachments|drive)/([^/]+)", self.request.path)
        with self.graph.lock:
            session = self.graph.sessions.get(match.group(2)) if match else None
            if session is None or self.request.method != "PUT":
                raise GraphFailure(404, "itemNotFound", "The upload session does not exist or has expired.")
            content_range = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", self.request.headers.get("content-range", ""))
            if not content_range:
                raise GraphFailure(400, "invalidRange", "A Content-Range header is required.")
            start, end, total = map(int, content_range.groups())
            body = self.request.body
            if start != len(session["received"]) or end - start + 1 != len(body):
                raise GraphFailure(416, "invalidRange", f"Expected a range starting at {len(session['received'])}.")
            if session["size"] not in (None, total):
                raise GraphFailure(400, "invalidRange", "The total size differs from the session's.")
            last = end + 1 == total
            if session["kind"] == "drive" and not last and len(body) % DRIVE_CHUNK_MULTIPLE:
                raise GraphFailure(400, "invalidRange", "Fragments must be a multiple of 320 KiB.")
            if len(body) > MAX_SESSION_CHUNK:
                raise GraphFailure(413, "RequestEntityTooLarge", "The fragment is too large.")
            session["received"] += body
            session["ranges"] = session.get("ranges", 0) + 1
            if not last:
                return (200 if session["kind"] == "attachment" else 202), {}, {
                    "expirationDateTime": iso(datetime.now(timezone.utc) + timedelta(hours=1)),
                    "nextExpectedRanges": [f"{end + 1}-"]}
            del self.graph.sessions[match.group(2)]
            if session["kind"] == "attachment":
                session["message"].extra.append((session["name"], session["contentType"], session["received"]))
                location = f"{self.graph.url}/v1.0/attachments/{new_id()}"
                return 201, {"Location": location}, b""
            return store_file(session["drive"], session["parent"], session["name"], session["received"])

    # --- sign-in -------------------------------------------------------------------------

    def _sign_in(self):
        match = re.fullmatch(r"/([^/]+)/v2\.0/\.well-known/openid-configuration", self.request.path)
        if match and self.request.method == "GET":
            tenant = match.group(1)
            if tenant not in self.graph.tenants:
                return 400, {}, {"error": "invalid_tenant", "error_codes": [90002],
                                 "error_description": f"AADSTS90002: Tenant '{tenant}' not found. Check to make "
                                                      "sure you have the correct tenant ID and are signing into "
                                                      "the correct cloud."}
            base = f"{self.graph.url}/{tenant}"
            return 200, {}, {"token_endpoint": f"{base}/oauth2/v2.0/token",
                             "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                             "issuer": f"{base}/v2.0", "jwks_uri": f"{base}/discovery/v2.0/keys",
                             "response_types_supported": ["code"], "subject_types_supported": ["pairwise"]}
        match = re.fullmatch(r"/([^/]+)/oauth2/v2\.0/token", self.request.path)
        if match and self.request.method == "POST":
            return self._token(match.group(1))
        raise GraphFailure(404, "NotFound", f"Nothing at {self.request.path}")

    def _token(self, tenant: str):
        form = dict(parse_qsl(self.request.body.decode()))
        with self.graph.lock:
            self.graph.token_requests += 1
        apps = self.graph.tenants.get(tenant, {})
        client_id = form.get("client_id", "")
        registered = apps.get(client_id)

        def refuse(code: int, error: str, text: str, status: int = 401):
            return status, {}, {"error": error, "error_codes": [code],
                                "error_description": f"AADSTS{code}: {text}"}

        if form.get("grant_type") != "client_credentials":
            return refuse(70003, "unsupported_grant_type", "The app requested an unsupported grant type.", 400)
        if registered is None:
            return refuse(700016, "unauthorized_client", f"Application with identifier '{client_id}' was not "
                          f"found in the directory '{tenant}'.", 400)
        if form.get("scope") != f"{self.graph.url}/.default":
            return refuse(1002012, "invalid_scope", f"The provided value for scope {form.get('scope')} is not "
                          "valid.", 400)
        if "client_secret" in form:
            if registered.startswith("-----BEGIN") or form["client_secret"] != registered:
                return refuse(7000215, "invalid_client", "Invalid client secret provided.")
        elif "client_assertion" in form:
            if not registered.startswith("-----BEGIN") or not assertion_is_valid(form["client_assertion"],
                                                                                 registered, client_id):
                return refuse(700027, "invalid_client", "Client assertion contains an invalid signature.")
        else:
            return refuse(7000218, "invalid_client", "The request body must contain client_assertion or "
                          "client_secret.")
        token = self.graph.issue_token()
        return 200, {}, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token}


# --- Graph JSON derived from MIME -----------------------------------------------------


def preferences(header: str) -> dict[str, str]:
    """The preferences in a Prefer header (RFC 7240), by lower-case name:
    'IdType="ImmutableId", outlook.body-content-type="text"' holds two."""
    found: dict[str, str] = {}
    for preference in re.findall(r'(?:[^,"]|"[^"]*")+', header):
        name, _, value = preference.split(";", 1)[0].partition("=")
        if name.strip():
            found.setdefault(name.strip().lower(), value.strip().strip('"'))
    return found


def selected(query: dict) -> set[str] | None:
    value = query.get("$select")
    return {name.strip() for name in value.split(",")} if value else None


def project(data: dict, select: set[str] | None) -> dict:
    if select is None:
        data.pop("internetMessageHeaders", None)  # only returned when selected
        return data
    return {key: value for key, value in data.items() if key in select or key in ("id", "@odata.type")}


def internet_message_id(message: StoredMessage) -> str:
    value = BytesParser(policy=policy.default).parsebytes(message.raw, headersonly=True).get("Message-ID")
    return str(value).strip() if value else f"<{message.id[-12:]}@graph.test>"


def sent_date(parsed) -> datetime | None:
    try:
        return parsedate_to_datetime(str(parsed["Date"]))
    except (TypeError, ValueError):
        return None


def recipient(value: str) -> dict:
    name, address = parseaddr(value)
    return {"emailAddress": {"name": name or address, "address": address}}


def message_json(mailbox: UserMailbox, message: StoredMessage, select: set[str] | None, *,
                 body_as_text: bool = False) -> dict:
    parsed = message.email()
    attachments = attachments_of(message)
    body = item_body(parsed, as_text=body_as_text)
    data = {
        "@odata.etag": f'W/"{message.id[-8:]}"',
        "id": message.id,
        "createdDateTime": iso(message.received),
        "receivedDateTime": iso(message.received),
        "sentDateTime": iso(sent_date(parsed) or message.received),
        "hasAttachments": any(not item["isInline"] for item in attachments),
        "internetMessageId": internet_message_id(message),
        "subject": str(parsed.get("Subject", "")),
        "bodyPreview": " ".join(body_text_of(parsed).split())[:255],
        "body": body,
        "isRead": message.is_read,
        "isDraft": message.is_draft,
        "parentFolderId": message.folder_id,
        "from": recipient(str(parsed.get("From", ""))),
        "sender": recipient(str(parsed.get("From", ""))),
        "toRecipients": [recipient(f"{name} <{address}>") for name, address in
                         getaddresses([str(value) for value in parsed.get_all("To", [])])],
        "internetMessageHeaders": [{"name": name, "value": re.sub(r"\r?\n[ \t]+", " ", str(value))}
                                   for name, value in parsed.raw_items()],
    }
    return project(data, select)


def native_body(parsed: EmailMessage) -> tuple[str, str]:
    """The body Exchange keeps for a message, as (type, content): the HTML
    part where the message has one, else the plain-text part ('text', ''
    when it has neither)."""
    part = parsed.get_body(preferencelist=("html", "plain"))
    if part is None:
        return "text", ""
    return ("html" if part.get_content_type() == "text/html" else "text"), part.get_content()


def item_body(parsed: EmailMessage, *, as_text: bool) -> dict:
    """Graph's `body` (an itemBody): HTML by default, a plain-text body
    wrapped in a page as Exchange does; as text when asked, an HTML body
    rendered as text. Lines end in CRLF, as Exchange writes them."""
    kind, content = native_body(parsed)
    if as_text:
        text = text_of_html(content) if kind == "html" else content
        return {"contentType": "text", "content": crlf(text)}
    if kind == "html":
        return {"contentType": "html", "content": content}
    lines = "".join(f"{html.escape(line)}<br>\r\n" for line in content.splitlines())
    return {"contentType": "html", "content": (
        '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
        f'</head>\r\n<body>\r\n<div class="PlainText">{lines}</div>\r\n</body>\r\n</html>\r\n')}


def body_text_of(parsed: EmailMessage) -> str:
    kind, content = native_body(parsed)
    return text_of_html(content) if kind == "html" else content


def crlf(text: str) -> str:
    return "\r\n".join(text.splitlines()) + ("\r\n" if text else "")


class TextRendering(HTMLParser):
    """HTML read as Exchange renders it as text: the head, styles and
    scripts dropped, runs of spaces and line breaks in the markup one
    space, a line break at <br> and at the end of each block."""

    BLOCKS = {"p", "div", "li", "tr", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
              "pre", "hr"}
    HIDDEN = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.lines.append("")
        elif tag in self.BLOCKS and self.lines[-1].strip():
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS and self.lines[-1].strip():
            self.lines.append("")

    def handle_data(self, data):
        if not self.hidden:
            self.lines[-1] += re.sub(r"\s+", " ", data)


def text_of_html(markup: str) -> str:
    rendering = TextRendering()
    rendering.feed(markup)
    rendering.close()
    return "\n".join(line.strip() for line in rendering.lines).strip()


def attachments_of(message: StoredMessage) -> list[dict]:
    return message.attachments()


def attachments_in(parsed: EmailMessage) -> list[dict]:
    """Graph's view of a message's attachments: each file (inline pictures
    included, flagged isInline) and each attached email (an itemAttachment)."""
    found: list[dict] = []

    def walk(part: EmailMessage) -> None:
        for child in part.iter_parts():
            content_type = child.get_content_type()
            if content_type == "message/rfc822":
                inner = child.get_payload(0)
                found.append({"kind": "item", "name": str(inner.get("Subject", "")) or "Forwarded message",
                              "contentType": "message/rfc822", "isInline": False,
                              "data": inner.as_bytes(policy=policy.SMTP)})
            elif child.is_multipart():
                walk(child)
            else:
                disposition = child.get_content_disposition()
                filename = child.get_filename()
                if disposition is None and not filename:
                    continue  # a body part
                inline = disposition == "inline" or (disposition is None and bool(child.get("Content-ID")))
                found.append({"kind": "file", "name": filename or "attachment", "contentType": content_type,
                              "isInline": inline, "contentId": str(child.get("Content-ID", "")).strip("<>") or None,
                              "data": child.get_payload(decode=True) or b""})

    if parsed.is_multipart():
        walk(parsed)
    for index, item in enumerate(found):
        item["id"] = f"AAMkAtt{index:03d}="
    return found


def find_attachment(message: StoredMessage, attachment_id: str) -> dict:
    for item in attachments_of(message):
        if item["id"] == attachment_id:
            return item
    raise GraphFailure(404, "ErrorItemNotFound", "The attachment was not found.")


def attachment_json(item: dict, select: set[str] | None) -> dict:
    data = {"@odata.type": f"#microsoft.graph.{item['kind']}Attachment", "id": item["id"], "name": item["name"],
            "contentType": item["contentType"], "size": len(item["data"]), "isInline": item["isInline"],
            "lastModifiedDateTime": iso(datetime.now(timezone.utc))}
    if item["kind"] == "file":
        data["contentId"] = item["contentId"]
        data["contentBytes"] = base64.b64encode(item["data"]).decode()
    if select is not None:
        unknown = select - {"id", "name", "contentType", "size", "isInline", "lastModifiedDateTime"}
        if unknown:
            raise GraphFailure(400, "RequestBroker--ParseUri",
                               f"Could not find a property named '{sorted(unknown)[0]}' on type "
                               "'microsoft.graph.attachment'.")
        data = {key: value for key, value in data.items() if key in select or key in ("id", "@odata.type")}
    return data


def folder_json(mailbox: UserMailbox, folder: dict) -> dict:
    count = sum(1 for message in mailbox.messages.values() if message.folder_id == folder["id"])
    return {"id": folder["id"], "displayName": folder["displayName"], "parentFolderId": folder["parentFolderId"],
            "childFolderCount": 0, "unreadItemCount": 0, "totalItemCount": count}


def json_to_mime(sender: str, message: dict) -> bytes:
    """A Graph JSON message as the MIME Exchange would send."""
    for header in message.get("internetMessageHeaders") or []:
        if not header.get("name", "").lower().startswith("x-"):
            raise GraphFailure(400, "InvalidInternetMessageHeader",
                               f"The internet message header name '{header.get('name')}' should start with "
                               "'x-' or 'X-'.")
    result = EmailMessage(policy=policy.SMTP)
    result["From"] = sender
    for key, header in (("toRecipients", "To"), ("ccRecipients", "Cc")):
        addresses = [entry["emailAddress"]["address"] for entry in message.get(key) or []]
        if addresses:
            result[header] = ", ".join(addresses)
    result["Subject"] = message.get("subject", "")
    for header in message.get("internetMessageHeaders") or []:
        result[header["name"]] = header["value"]
    body = message.get("body") or {}
    result.set_content(body.get("content", ""), subtype="html" if body.get("contentType", "").lower() == "html"
                       else "plain")
    for attachment in message.get("attachments") or []:
        maintype, _, subtype = (attachment.get("contentType") or "application/octet-stream").partition("/")
        result.add_attachment(base64.b64decode(attachment["contentBytes"]), maintype=maintype, subtype=subtype,
                              filename=attachment["name"])
    return bytes(result)


def site_json(graph: GraphServer, site: dict) -> dict:
    return {"id": site["id"], "name": site["name"], "displayName": site["name"],
            "webUrl": f"https://{site['id'].split(',')[0]}/sites/{site['name']}"}


def drive_json(drive: Drive) -> dict:
    return {"id": drive.id, "name": drive.name, "driveType": "documentLibrary" if "," in drive.owner else "business"}


def item_json(drive: Drive, item: dict) -> dict:
    data = {"id": item["id"], "name": item["name"],
            "parentReference": {"driveId": drive.id, "id": item["parent"],
                                "path": f"/drives/{drive.id}/root:{drive.path_of(drive.items[item['parent']])}"
                                if item["parent"] else None}}
    if item.get("folder"):
        data["folder"] = {"childCount": len(drive.children(item["id"]))}
    else:
        data["file"] = {"mimeType": "application/octet-stream"}
        data["size"] = len(item["content"])
    return data


def store_file(drive: Drive, parent: dict, name: str, content: bytes):
    existing = drive.child(parent["id"], name)
    if existing is not None:
        existing["content"] = content
        existing["versions"] = existing.get("versions", 1) + 1
        return 200, {}, item_json(drive, existing)
    item = {"id": new_id("01"), "name": name, "parent": parent["id"], "folder": False, "content": content}
    drive.items[item["id"]] = item
    return 201, {}, item_json(drive, item)


def assertion_is_valid(assertion: str, certificate_pem: str, client_id: str) -> bool:
    """Whether a client assertion (a JWT) is signed by the registered certificate's key."""
    import jwt
    from cryptography import x509

    certificate = x509.load_pem_x509_certificate(certificate_pem.encode())
    try:
        claims = jwt.decode(assertion, certificate.public_key(), algorithms=["RS256", "PS256"],
                            options={"verify_aud": False})
    except jwt.PyJWTError:
        return False
    return claims.get("iss") == client_id and claims.get("sub") == client_id


# --- the contract harness -----------------------------------------------------------


@contextlib.contextmanager
def graph_harness(tmp_path: Path) -> Iterator[Harness]:
    """The contract suite's view of the Graph backend: the adapter signed in
    with an access token, against a fresh local server."""
    with GraphServer() as server:
        server.add_user(ADDRESS)
        token = server.issue_token()

        def open_mailbox() -> GraphMailbox:
            return GraphMailbox(ADDRESS, display_name="CSC Audits",
                                config=server.config(tmp_path / "graph", access_token=token))

        yield Harness(
            open_mailbox=open_mailbox,
            deliver=lambda raw, received=None: server.deliver(ADDRESS, raw, received),
            sent=lambda: [parse(raw) for raw in server.sent(ADDRESS)],
            filed=lambda folder: [parse(raw) for raw in server.filed(ADDRESS, folder)],
            bot_mailbox={"backend": "graph", "address": ADDRESS, "display_name": "CSC Audits",
                         "graph": {"auth": "token", "endpoint": server.url}},
            environment={"QA_BOT_GRAPH_TOKEN": token},
        )
