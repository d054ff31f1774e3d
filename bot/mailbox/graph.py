"""The production mailbox: a shared mailbox in Exchange Online, through
Microsoft Graph and the `O365` library (app-only sign-in; see
docs/microsoft-365.md for the app registration it needs).

- The inbox is listed to the end (following `@odata.nextLink`) before any
  message is handed over: Graph pages a folder by position, so filing
  messages while paging would skip some.
- Requests ask for immutable ids, so `InboundMessage.key` (the Graph id)
  stays the same when a message moves to `Processed`; `message_id` is the
  Internet Message-ID, a second key.
- The headers the core reads (Auto-Submitted, Precedence, Content-Type,
  Authentication-Results, ...) and the threading ones (In-Reply-To,
  References) come from `internetMessageHeaders`.
- The body comes in the same listing, as text: every page asks for it with
  `Prefer: outlook.body-content-type="text"` beside the immutable ids, so a
  reply costs no request of its own. Exchange writes the text of an HTML
  body itself; should it send HTML anyway, the tags are taken out as for
  Maildir and IMAP (`mime.html_text`). Closing actions by email reads the
  same words, above the same quoted lines, on every backend.
- File attachments are downloaded raw (`/attachments/{id}/$value`); inline
  images such as signature logos are skipped; a forwarded email attached as
  an item is fetched as MIME and the files inside it are read.
- Mail is sent as MIME, so the Message-ID, In-Reply-To/References threading
  and the Auto-Submitted header the other backends write are kept (Graph's
  JSON messages only take custom headers named X-...). A message too large
  for one request (4 MB) becomes a draft whose large attachments go up in an
  upload session, and the draft is then sent. A message whose Message-ID is
  already in Sent Items is not sent again.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
import mimetypes
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from urllib.parse import quote

from bot.mailbox.base import (
    FOLDERS,
    PROCESSED,
    Attachment,
    InboundMessage,
    Mailbox,
    OutgoingMessage,
)
from bot.mailbox.graph_http import GraphClient, GraphConfig, GraphError
from bot.mailbox.mime import KEPT_HEADERS, build_message, clean_message_id, html_text, parse_message

log = logging.getLogger(__name__)

PAGE_SIZE = 50
LISTED_FIELDS = ("id", "internetMessageId", "subject", "from", "receivedDateTime", "sentDateTime", "hasAttachments",
                 "internetMessageHeaders", "body", "parentFolderId", "isRead", "isDraft")
# The body as text rather than Graph's default HTML. O365 adds the
# immutable-id preference to this one Prefer header (RFC 7240 allows several).
BODY_AS_TEXT = 'outlook.body-content-type="text"'
THREADING_HEADERS = ("In-Reply-To", "References")
ATTACHMENT_FIELDS = "id,name,contentType,size,isInline"
# Graph takes at most 4 MB in one request; attachments of 3 MB or more are
# uploaded in a session ("Attach large files to Outlook messages").
MAX_REQUEST_BYTES = 4 * 1024 * 1024 - 256 * 1024
LARGE_ATTACHMENT_BYTES = 3 * 1024 * 1024
UPLOAD_CHUNK_BYTES = 10 * 320 * 1024  # under 4 MB, and a multiple of 320 KiB as drive uploads require
FILE_ATTACHMENT = "#microsoft.graph.fileAttachment"
ITEM_ATTACHMENT = "#microsoft.graph.itemAttachment"


class GraphMailbox(Mailbox):
    def __init__(self, address: str, *, config: GraphConfig, display_name: str = "",
                 sleep: Callable[[float], None] = time.sleep):
        self.address = address.lower()
        self.display_name = display_name
        self.client = GraphClient(
            config, resource=self.address, sleep=sleep,
            forbidden=(f"The app may not read the {self.address} mailbox: grant it Mail.ReadWrite and Mail.Send "
                       "for this mailbox (RBAC for Applications, or the application access policy; see "
                       "docs/microsoft-365.md)"),
            not_found=(f"There is no mailbox {self.address} in this tenant (or it has no Exchange Online "
                       "licence): check 'mailbox.address'"))
        self._mailbox = self.client.account.mailbox(resource=self.address)
        self._folder_ids: dict[str, str] = {}

    @classmethod
    def from_settings(cls, settings) -> GraphMailbox:
        return cls(settings.mailbox.address, display_name=settings.mailbox.display_name,
                   config=GraphConfig.from_settings(settings))

    # --- reading ---------------------------------------------------------------

    def fetch_new(self) -> Iterator[InboundMessage]:
        listed = self._inbox()
        listed.sort(key=lambda item: item.received or datetime.min.replace(tzinfo=timezone.utc))
        for item in listed:
            try:
                attachments = self._attachments(item.object_id)
            except GraphError as error:
                if error.status == 404:
                    continue  # filed or deleted by a person since the listing
                raise
            yield self._inbound(item, attachments)

    def _inbox(self) -> list:
        """Every message in the inbox (O365 `Message` objects, the fields the
        core reads and the body as text), every page read. O365's own
        listing cannot send a Prefer header, so the pages are read here."""
        inbox = self._mailbox.inbox_folder()
        url = self.client.url(f"/mailFolders/{inbox.folder_id}/messages")
        params: dict | None = {"$select": ",".join(LISTED_FIELDS), "$top": PAGE_SIZE,
                               "$orderby": "receivedDateTime asc"}
        listed = []
        with self.client.guard("read the inbox"):
            while url:
                page = self.client.connection.get(url, params=params, headers={"Prefer": BODY_AS_TEXT}).json()
                # Built as O365's listing builds them, so `move` and
                # `mark_as_read` work on them as before.
                listed.extend(inbox.message_constructor(parent=inbox, **{inbox._cloud_data_key: entry})
                              for entry in page.get("value", []))
                url, params = page.get("@odata.nextLink"), None
        return listed

    def _inbound(self, item, attachments: list[Attachment]) -> InboundMessage:
        canonical = {name.lower(): name for name in (*KEPT_HEADERS, *THREADING_HEADERS)}
        headers: dict[str, str] = {}
        for header in item.message_headers or []:
            name = canonical.get(str(header.get("name", "")).lower())
            if name and name not in headers:
                headers[name] = str(header.get("value", "")).strip()
        references = tuple(headers.pop("References", "").split())
        in_reply_to = clean_message_id(headers.pop("In-Reply-To", ""))
        # receivedDateTime is when the mailbox received it, which deadlines go
        # by; sentDateTime is the sender's Date, only a fall-back.
        sent = item.sent.astimezone(timezone.utc) if item.sent else None
        received = item.received.astimezone(timezone.utc) if item.received else sent or datetime.now(timezone.utc)
        return InboundMessage(
            key=item.object_id,
            sender=(item.sender.address or "").strip().lower(),
            sender_name=(item.sender.name or "").strip(),
            subject=item.subject or "",
            received=received,
            sent=sent,
            message_id=clean_message_id(item.internet_message_id or ""),
            headers=headers,
            attachments=attachments,
            handle=item,
            references=references,
            in_reply_to=in_reply_to,
            body=body_text(item.body or "", item.body_type or ""),
        )

    def _attachments(self, message_id: str) -> list[Attachment]:
        """The files a person attached to the message, in order."""
        found: list[Attachment] = []
        url = self.client.url(f"/messages/{quote(message_id, safe='=')}/attachments")
        params: dict | None = {"$select": ATTACHMENT_FIELDS}
        with self.client.guard("read the message's attachments"):
            while url:
                page = self.client.connection.get(url, params=params).json()
                for entry in page.get("value", []):
                    found.extend(self._attachment(message_id, entry))
                url, params = page.get("@odata.nextLink"), None
        return found

    def _attachment(self, message_id: str, entry: dict) -> list[Attachment]:
        kind = entry.get("@odata.type", "")
        name = entry.get("name") or "attachment"
        content_type = (entry.get("contentType") or "").split(";")[0].strip().lower() \
            or mimetypes.guess_type(name)[0] or "application/octet-stream"
        if kind == FILE_ATTACHMENT:
            if content_type.startswith("image/") and entry.get("isInline"):
                return []  # a signature logo or a pasted picture
            data = self._raw(message_id, entry["id"])
            return [Attachment(filename=name, content_type=content_type, data=data)]
        if kind == ITEM_ATTACHMENT:
            # A forwarded email: its MIME carries the forms attached to it.
            raw = self._raw(message_id, entry["id"])
            inner = parse_message(raw, received=None)
            return list(inner.attachments)
        log.info("Message %s: attachment %r (%s) is a link, not a file; skipped", message_id, name, kind)
        return []

    def _raw(self, message_id: str, attachment_id: str) -> bytes:
        url = self.client.url(f"/messages/{quote(message_id, safe='=')}/attachments/"
                              f"{quote(attachment_id, safe='=')}/$value")
        return self.client.connection.get(url).content

    # --- filing ----------------------------------------------------------------

    def move(self, message: InboundMessage, folder: str) -> None:
        if folder not in FOLDERS:
            raise GraphError(f"Unknown folder {folder!r}", permanent=True)
        target = self._folder_id(folder)
        item = message.handle
        if item.folder_id == target:
            return
        try:
            with self.client.guard(f"move the message to {folder}"):
                item.move(target)
        except GraphError as error:
            if error.status != 404:
                raise
            # Already filed (a retried move), gone, or the folder was deleted.
            parent = self._parent_folder(item.object_id)
            if parent is None:
                raise GraphError(f"The message from {message.sender} is no longer in the mailbox",
                                 permanent=True, status=404) from None
            if parent != target:
                self._folder_ids.pop(folder, None)
                target = self._folder_id(folder)
                with self.client.guard(f"move the message to {folder}"):
                    item.move(target)
            item.folder_id = target
        if item.object_id != message.key:
            log.warning("Microsoft Graph gave message %s a new id on moving it; ids are not immutable",
                        message.key)
        if folder == PROCESSED:
            try:
                with self.client.guard("mark the message read"):
                    item.mark_as_read()
            except GraphError as error:  # filed is what matters; read or not is a courtesy
                log.warning("Message %s was filed but not marked read: %s", message.key, error)

    def _parent_folder(self, message_id: str) -> str | None:
        url = self.client.url(f"/messages/{quote(message_id, safe='=')}")
        try:
            with self.client.guard("find the message"):
                return self.client.connection.get(url, params={"$select": "parentFolderId"}).json().get(
                    "parentFolderId")
        except GraphError as error:
            if error.status == 404:
                return None
            raise

    def _folder_id(self, name: str, *, create: bool = True) -> str | None:
        """The id of the folder beside the Inbox named `name`, made when absent."""
        if name in self._folder_ids:
            return self._folder_ids[name]
        with self.client.guard(f"find the {name} folder"):
            found = self._mailbox.get_folder(folder_name=name)
        if found is None and create:
            try:
                with self.client.guard(f"create the {name} folder"):
                    found = self._mailbox.create_child_folder(name)
            except GraphError as error:
                if error.status != 409:  # made by someone else meanwhile
                    raise
                with self.client.guard(f"find the {name} folder"):
                    found = self._mailbox.get_folder(folder_name=name)
        if found is None:
            return None
        self._folder_ids[name] = found.folder_id
        return found.folder_id

    # --- sending ---------------------------------------------------------------

    def send(self, message: OutgoingMessage) -> None:
        if message.message_id and self._already_sent(message.message_id):
            log.info("Message %s is already in Sent Items; not sent again", message.message_id)
            return
        separate = [item for item in message.attachments if len(item.data) >= LARGE_ATTACHMENT_BYTES]
        inline = [item for item in message.attachments if item not in separate]
        # The rest go in the MIME while it fits one request, largest last.
        inline.sort(key=lambda item: len(item.data))
        while inline and len(self._mime(message, inline)) > MAX_REQUEST_BYTES:
            separate.insert(0, inline.pop())
        mime = self._mime(message, inline)
        if not separate:
            with self.client.guard("send the message"):
                self.client.connection.post(self.client.url("/sendMail"), data=mime,
                                            headers={"Content-type": "text/plain"})
            return
        self._send_as_draft(message, mime, separate)

    def _mime(self, message: OutgoingMessage, attachments: list[Attachment]) -> bytes:
        """The message with these of its attachments, as MIME in base64 (the
        form sendMail and create-message take with Content-Type text/plain)."""
        kept = [item for item in message.attachments if item in attachments]
        outgoing = dataclasses.replace(message, attachments=kept)
        raw = bytes(build_message(outgoing, sender=self.address, sender_name=self.display_name))
        return base64.b64encode(raw)

    def _send_as_draft(self, message: OutgoingMessage, mime: bytes, separate: list[Attachment]) -> None:
        if message.message_id:
            self._delete_drafts(message.message_id)  # left by an attempt that stopped half way
        with self.client.guard("save the message as a draft"):
            draft = self.client.connection.post(self.client.url("/messages"), data=mime,
                                                headers={"Content-type": "text/plain"}).json()
        draft_id = quote(draft["id"], safe="=")
        try:
            for attachment in separate:
                self._attach(draft_id, attachment)
            with self.client.guard("send the message"):
                self.client.connection.post(self.client.url(f"/messages/{draft_id}/send"))
        except GraphError:
            try:
                with self.client.guard("delete the unsent draft"):
                    self.client.connection.delete(self.client.url(f"/messages/{draft_id}"))
            except GraphError as error:
                log.warning("An unsent draft was left in Drafts: %s", error)
            raise

    def _attach(self, draft_id: str, attachment: Attachment) -> None:
        base = self.client.url(f"/messages/{draft_id}/attachments")
        what = f"attach {attachment.filename}"
        if len(attachment.data) < LARGE_ATTACHMENT_BYTES:
            with self.client.guard(what):
                self.client.connection.post(base, data={
                    "@odata.type": FILE_ATTACHMENT, "name": attachment.filename,
                    "contentType": attachment.content_type,
                    "contentBytes": base64.b64encode(attachment.data).decode("ascii")})
            return
        with self.client.guard(what):
            session = self.client.connection.post(f"{base}/createUploadSession", data={"AttachmentItem": {
                "attachmentType": "file", "name": attachment.filename, "size": len(attachment.data),
                "contentType": attachment.content_type}}).json()
            upload_session(self.client, session["uploadUrl"], attachment.data)

    def _already_sent(self, message_id: str) -> bool:
        return bool(self._find("sentitems", message_id))

    def _delete_drafts(self, message_id: str) -> None:
        for draft_id in self._find("drafts", message_id):
            with self.client.guard("delete an unsent draft"):
                self.client.connection.delete(self.client.url(f"/messages/{quote(draft_id, safe='=')}"))

    def _find(self, folder: str, message_id: str) -> list[str]:
        """The ids of the messages in a well-known folder with this Message-ID."""
        wanted = f"<{message_id.strip('<>')}>".replace("'", "''")
        url = self.client.url(f"/mailFolders/{folder}/messages")
        params = {"$filter": f"internetMessageId eq '{wanted}'", "$select": "id", "$top": "5"}
        with self.client.guard(f"look in {folder}"):
            return [entry["id"] for entry in self.client.connection.get(url, params=params).json().get("value", [])]

    # --- the rest --------------------------------------------------------------

    def check(self) -> list[str]:
        try:
            with self.client.guard("read the inbox"):
                self.client.connection.get(self.client.url("/mailFolders/inbox"),
                                           params={"$select": "id,displayName,totalItemCount"})
            for name in FOLDERS:
                self._folder_id(name, create=False)
        except GraphError as error:
            return [str(error)]
        return []

    def close(self) -> None:
        self.client.close()


def body_text(content: str, content_type: str) -> str:
    """The text of a message's `body` as Graph gave it: as it is when
    `content_type` is text (line ends made bare newlines, as for Maildir and
    IMAP), with the tags taken out when Graph sent HTML after all."""
    if content_type.lower() == "html":
        return html_text(content)
    return content.replace("\r\n", "\n").strip()


def upload_session(client: GraphClient, upload_url: str, data: bytes) -> None:
    """PUT `data` to an upload session's URL in ranges. The URL carries its
    own authorisation, so the requests go without the bearer token."""
    total = len(data)
    for start in range(0, total, UPLOAD_CHUNK_BYTES):
        chunk = data[start:start + UPLOAD_CHUNK_BYTES]
        client.connection.naive_request(upload_url, "put", data=chunk, headers={
            "Content-type": "application/octet-stream", "Content-Length": str(len(chunk)),
            "Content-Range": f"bytes {start}-{start + len(chunk) - 1}/{total}"})
