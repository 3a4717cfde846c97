"""A throwaway Dovecot IMAP server on 127.0.0.1 for the tests (Debian's dovecot-imapd).

``running_dovecot()`` writes a config under a fresh folder in /tmp (Dovecot's login and mail
processes run as unprivileged users, which must reach the folder), with one user ``sam``
(password ``secret``), a Drafts and a Sent folder marked by SPECIAL-USE (RFC 6154), and TLS on
port 993's role with a certificate made by trustme. It needs root (Dovecot switches users)
and the ``dovecot`` program; ``skip_reason()`` says why not, for pytest.skip.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Dovecot:
    """A running server: where it listens, its user, and the CA file its certificate is from."""

    host: str
    port: int
    user: str
    password: str
    ca_file: Path
    folder: Path


def skip_reason() -> str:
    """Return why Dovecot cannot run here ("" when it can)."""
    if shutil.which("dovecot") is None:
        return "dovecot is not installed (Debian package dovecot-imapd; .ci/run installs it)"
    if os.geteuid() != 0:
        return "Dovecot needs root to switch its processes to unprivileged users"
    for name in ("dovenull", "dovecot", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            return f"the user {name} is missing (the dovecot package creates it)"
    return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    """Start Dovecot in the foreground; stop it and remove its folder afterwards."""
    import trustme

    folder = Path(tempfile.mkdtemp(prefix="dovecot-"))
    folder.chmod(0o755)
    for sub in ("run", "state", "mail"):
        (folder / sub).mkdir()
    (folder / "mail").chmod(0o777)
    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    cert.private_key_and_cert_chain_pem.write_to_path(str(folder / "server.pem"))
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    (folder / "server.pem").chmod(0o600)
    nobody = pwd.getpwnam("nobody")
    (folder / "passwd").write_text(
        f"sam:{{PLAIN}}secret:{nobody.pw_uid}:{nobody.pw_gid}::{folder}/mail/sam\n", "utf-8"
    )
    port = _free_port()
    (folder / "dovecot.conf").write_text(
        f"""protocols = imap
listen = 127.0.0.1
base_dir = {folder}/run
state_dir = {folder}/state
instance_name = draft-reply-test-{port}
log_path = {folder}/log
ssl = required
ssl_cert = <{folder}/server.pem
ssl_key = <{folder}/server.pem
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {folder}/passwd
}}
namespace inbox {{
  inbox = yes
  mailbox Drafts {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
""",
        "utf-8",
    )
    process = subprocess.Popen(
        ["dovecot", "-F", "-c", str(folder / "dovecot.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    log = (
                        (folder / "log").read_text("utf-8", "replace")
                        if (folder / "log").exists()
                        else ""
                    )
                    raise RuntimeError(f"Dovecot did not start: {log[-2000:]}") from None
                time.sleep(0.1)
        yield Dovecot("127.0.0.1", port, "sam", "secret", folder / "ca.pem", folder)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(folder, ignore_errors=True)
