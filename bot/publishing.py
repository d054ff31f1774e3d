"""Copies of the tracker workbook and drafted reports in a SharePoint
document library or a OneDrive folder, as well as the local files.

    problems = publish(settings, [settings.tracker_file])

uploads each file into `publishing.folder` of the configured library (or
OneDrive), replacing the copy there; files of 3 MB or more go up in an
upload session. It signs in with the mailbox's `graph` settings.

Nothing is lost when a file cannot be uploaded: it waits in a small queue
in the data directory (`publishing/pending.json`) and the next call uploads
it first. That covers the workbook being open in Excel (SharePoint answers
423 Locked), throttling and outages. The problems returned are the ones a
person must fix (a site that does not exist, a missing permission), each in
one plain sentence; they are empty when every file was uploaded or queued.
`check_publishing(settings)` says, the same way, whether the library (or
OneDrive) and the folder can be reached.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path

from bot.mailbox.base import MailboxError

log = logging.getLogger(__name__)

BACKENDS = ("sharepoint", "onedrive")
UPLOAD_CHUNK_BYTES = 10 * 320 * 1024  # drive upload fragments must be multiples of 320 KiB


def publisher_configured(settings) -> bool:
    """Whether the settings ask for copies in SharePoint or OneDrive."""
    return (settings.publishing or {}).get("backend", "none") in BACKENDS


def publish(settings, paths: list[Path], *, sleep: Callable[[float], None] = time.sleep) -> list[str]:
    """Upload `paths` (and any file still waiting from an earlier call, first).
    Return the problems a person must fix, one plain sentence each."""
    if not publisher_configured(settings):
        return []
    queue = PendingUploads(Path(settings.data_dir) / "publishing" / "pending.json")
    queue.add(paths)
    if not queue.entries:
        return []
    problems: list[str] = []
    try:
        destination = Destination(settings, sleep=sleep)
    except MailboxError as error:
        queue.save()
        return [f"The files could not be published: {error}"]
    try:
        destination.open()
        for entry in list(queue.entries):
            path = Path(entry["path"])
            if not path.is_file():
                queue.remove(entry)
                problems.append(f"{path} was waiting to be published but no longer exists")
                continue
            try:
                destination.upload(path)
            except MailboxError as error:
                entry["attempts"] = entry.get("attempts", 0) + 1
                entry["last_error"] = str(error)
                if getattr(error, "status", None) == 423:
                    log.info("%s is locked in %s (open in Excel?); it will be uploaded later", path.name,
                             destination)
                elif error.permanent:
                    problems.append(f"{path.name} could not be published to {destination}: {error}")
                else:
                    log.warning("%s was not published to %s, and waits for the next call: %s", path.name,
                                destination, error)
                    break  # an outage: the rest wait for the next call as well
            else:
                queue.remove(entry)
                log.info("Published %s to %s", path.name, destination)
    except MailboxError as error:  # the destination itself could not be found or reached
        if error.permanent:
            problems.append(f"The files could not be published to {destination}: {error}")
        else:
            log.warning("Nothing was published to %s, and the files wait for the next call: %s", destination,
                        error)
    finally:
        destination.close()
        queue.save()
    return problems


def check_publishing(settings) -> list[str]:
    """Problems reaching the configured library or OneDrive folder, one plain
    sentence each (an empty list when all is well, or publishing is off).
    Makes the folder when it is missing, as the first upload would."""
    if not publisher_configured(settings):
        return []
    destination = None
    try:
        destination = Destination(settings, sleep=time.sleep)
        destination.open()
    except MailboxError as error:
        where = f" to {destination}" if destination is not None else ""
        return [f"The files could not be published{where}: {error}"]
    finally:
        if destination is not None:
            destination.close()
    return []


class PendingUploads:
    """The files waiting to be uploaded, oldest first, kept in a JSON file so
    a restart loses none of them. A file queued twice is uploaded once, from
    its latest content."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: list[dict] = []
        try:
            self.entries = list(json.loads(path.read_text(encoding="utf-8")).get("pending", []))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as error:
            log.warning("The publishing queue %s could not be read (%s); starting a new one", path, error)

    def add(self, paths: Iterable[Path]) -> None:
        waiting = {entry["path"] for entry in self.entries}
        for path in paths:
            name = str(Path(path).resolve())
            if name not in waiting:
                self.entries.append({"path": name, "queued": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                     "attempts": 0})
                waiting.add(name)

    def remove(self, entry: dict) -> None:
        self.entries.remove(entry)

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f".{self.path.name}.tmp")
            temporary.write_text(json.dumps({"pending": self.entries}, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as error:
            log.error("The publishing queue %s could not be saved: %s", self.path, error.strerror or error)


class Destination:
    """The folder in a SharePoint document library or a OneDrive, found (and
    its folders made) on first use."""

    def __init__(self, settings, *, sleep: Callable[[float], None]):
        from bot.mailbox.graph_http import GraphClient, GraphConfig, GraphError

        publishing = settings.publishing
        self.backend = publishing["backend"]
        self.folder_path = "/".join(part for part in str(publishing.get("folder", "QA bot")).split("/") if part)
        if self.backend == "sharepoint":
            self.site = publishing.get("site", "")
            self.document_library = publishing.get("document_library", "Documents")
            if ":" not in self.site:
                raise GraphError(f"'publishing.site' must be the site's host and path, such as "
                                 f"northmoor.sharepoint.com:/sites/QualityAssurance (it is {self.site!r})",
                                 permanent=True)
            forbidden = (f"The app may not write to the SharePoint site {self.site}: grant it Sites.Selected "
                         "with write access to this site (or Files.ReadWrite.All); see docs/microsoft-365.md")
            resource = ""
        else:
            self.user = publishing.get("user", "")
            if not self.user:
                raise GraphError("'publishing.user' must name whose OneDrive receives the files", permanent=True)
            forbidden = (f"The app may not write to the OneDrive of {self.user}: grant it Files.ReadWrite.All; "
                         "see docs/microsoft-365.md")
            resource = self.user
        self.client = GraphClient(GraphConfig.from_settings(settings), resource=resource, forbidden=forbidden,
                                  sleep=sleep)
        self._folder = None

    def __str__(self) -> str:
        if self.backend == "sharepoint":
            return f"the '{self.document_library}' library of {self.site}, folder '{self.folder_path}'"
        return f"the OneDrive of {self.user}, folder '{self.folder_path}'"

    def open(self) -> None:
        """Find the library (or OneDrive) and the folder, making the folder
        and its parents when absent."""
        from requests.exceptions import HTTPError

        from bot.mailbox.graph_http import GraphError

        drive = self._drive()
        with self.client.guard(f"open the folder '{self.folder_path}'"):
            folder = drive.get_root_folder()
            path = ""
            for part in [part for part in self.folder_path.split("/") if part]:
                path += f"/{part}"
                try:
                    folder = drive.get_item_by_path(path)
                except HTTPError as error:
                    if error.response is None or error.response.status_code != 404:
                        raise
                    folder = folder.create_child_folder(part)
                if not folder.is_folder:
                    raise GraphError(f"'{path.lstrip('/')}' is a file, not a folder: check 'publishing.folder'",
                                     permanent=True)
        self._folder = folder

    def upload(self, path: Path) -> None:
        from bot.mailbox.graph_http import GraphError

        with self.client.guard(f"upload {path.name}"):
            uploaded = self._folder.upload_file(path, chunk_size=UPLOAD_CHUNK_BYTES, conflict_handling="replace")
        if uploaded is None:
            raise GraphError(f"The upload of {path.name} did not complete", permanent=False)

    def _drive(self):
        from bot.mailbox.graph_http import GraphError

        account = self.client.account
        if self.backend == "onedrive":
            return account.storage(resource=self.user).get_default_drive()
        host, _, site_path = self.site.partition(":")
        try:
            with self.client.guard(f"find the SharePoint site {self.site}"):
                site = account.sharepoint().get_site(host, site_path)
        except GraphError as error:
            if error.status in (400, 404):
                raise GraphError(f"There is no SharePoint site {self.site}: check 'publishing.site'",
                                 permanent=True, status=error.status) from None
            raise
        with self.client.guard(f"list the document libraries of {self.site}"):
            libraries = list(site.list_document_libraries())
        for library in libraries:
            if library.name.lower() == self.document_library.lower():
                return library
        names = ", ".join(sorted(library.name for library in libraries)) or "none"
        raise GraphError(f"The site {self.site} has no document library called '{self.document_library}' (it has: {names}); "
                         "check 'publishing.document_library'", permanent=True)

    def close(self) -> None:
        self.client.close()
