"""Authenticode signing of the Windows programs and the setup, when a certificate is set.

An unsigned setup gets SmartScreen's "unknown publisher" warning and more antivirus false
positives; a signed one names its publisher, and the reputation of a certificate grows
with every download. The certificate is never in the repository: the build machine gives
it through the environment.

    KTTT_SIGN_CERT           a .pfx/.p12 file, or (signtool only) the SHA-1 thumbprint of a
                             certificate in the Windows store, e.g. on a hardware token
    KTTT_SIGN_PASSWORD       the .pfx password (not needed for a thumbprint)
    KTTT_SIGN_TIMESTAMP_URL  the RFC 3161 time-stamp server the certificate's seller names;
                             without it a signature stops being valid when the certificate
                             expires
    KTTT_SIGNTOOL            signtool.exe when it is not on PATH (Windows SDK)

On Windows signtool signs; elsewhere osslsigncode (Debian: apt install osslsigncode), which
takes only a .pfx file. With no certificate set, signing is skipped with a line saying so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

CERT_VAR = "KTTT_SIGN_CERT"
PASSWORD_VAR = "KTTT_SIGN_PASSWORD"
TIMESTAMP_VAR = "KTTT_SIGN_TIMESTAMP_URL"
SIGNTOOL_VAR = "KTTT_SIGNTOOL"
DESCRIPTION = "KTTT Desktop"
THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")

SKIPPED = (f"code signing skipped: {CERT_VAR} is not set (unsigned programs get SmartScreen's "
           "'unknown publisher' warning and more antivirus false positives; installer/README.md)")


class SigningError(Exception):
    """Signing was asked for (a certificate is set) but cannot be done: the build stops."""


@dataclass(frozen=True)
class Certificate:
    pfx: Path | None         # a certificate file…
    thumbprint: str | None   # …or a certificate in the Windows store
    password: str
    timestamp_url: str | None

    @property
    def shown(self) -> str:
        return str(self.pfx) if self.pfx is not None else f"thumbprint {self.thumbprint}"


def configured(environ: Mapping[str, str] = os.environ) -> Certificate | None:
    """The certificate the environment sets, or None; a set but unusable one raises."""
    value = environ.get(CERT_VAR, "").strip()
    if not value:
        return None
    password = environ.get(PASSWORD_VAR, "")
    timestamp = environ.get(TIMESTAMP_VAR, "").strip() or None
    if THUMBPRINT.match(value) and not Path(value).exists():
        return Certificate(None, value.upper(), password, timestamp)
    pfx = Path(value)
    if not pfx.is_file():
        raise SigningError(f"{CERT_VAR}={value}: no such certificate file")
    return Certificate(pfx.resolve(), None, password, timestamp)


def signtool_arguments(cert: Certificate, quote: Callable[[str], str] = lambda s: s) -> list[str]:
    """signtool's arguments before the file names; `quote` wraps the values that may hold
    spaces (Inno Setup's SignTool command line wants `$q`)."""
    args = ["sign", "/fd", "SHA256", "/d", quote(DESCRIPTION)]
    if cert.pfx is not None:
        args += ["/f", quote(str(cert.pfx))]
        if cert.password:
            args += ["/p", quote(cert.password)]
    else:
        args += ["/sha1", str(cert.thumbprint)]
    if cert.timestamp_url:
        args += ["/tr", quote(cert.timestamp_url), "/td", "SHA256"]
    return args


def signtool() -> str:
    tool = os.environ.get(SIGNTOOL_VAR) or shutil.which("signtool")
    if not tool:
        raise SigningError(f"signtool.exe not found: install the Windows SDK or set {SIGNTOOL_VAR}")
    return tool


def inno_sign_tool(cert: Certificate) -> str:
    """The command Inno Setup runs to sign the setup and its uninstaller (iscc /S…=…);
    Inno replaces $f by the quoted file name and $q by a quote."""
    return " ".join([signtool(), *signtool_arguments(cert, lambda s: f"$q{s}$q"), "$f"])


def osslsigncode_command(cert: Certificate, source: Path, target: Path) -> list[str]:
    if cert.pfx is None:
        raise SigningError("osslsigncode signs with a .pfx file only; a certificate in the "
                           "Windows store (thumbprint) needs signtool on Windows")
    command = ["osslsigncode", "sign", "-pkcs12", str(cert.pfx), "-h", "sha256", "-n", DESCRIPTION]
    if cert.password:
        command += ["-pass", cert.password]
    if cert.timestamp_url:
        command += ["-ts", cert.timestamp_url]
    return command + ["-in", str(source), "-out", str(target)]


def is_windows_program(path: Path) -> bool:
    """A PE file ("MZ"): the only kind Authenticode signs (not the Linux build's ELF)."""
    with path.open("rb") as f:
        return f.read(2) == b"MZ"


def sign(files: Iterable[Path], cert: Certificate | None, log: Callable[[str], None],
         windows: bool = sys.platform == "win32", run: Callable[..., object] = subprocess.run) -> list[Path]:
    """Sign each Windows program in `files` in place; returns those signed. The commands
    are never printed: they hold the password."""
    if cert is None:
        log(SKIPPED)
        return []
    targets = [Path(f) for f in files if is_windows_program(Path(f))]
    for skipped in sorted(set(map(Path, files)) - set(targets)):
        log(f"not signed: {skipped.name} is not a Windows program")
    for target in targets:
        if windows:
            command = [signtool(), *signtool_arguments(cert), str(target)]
            _run(run, command, target)
        else:
            if not shutil.which("osslsigncode"):
                raise SigningError("osslsigncode not found (Debian: apt install osslsigncode)")
            signed = target.with_name(target.name + ".signed")
            _run(run, osslsigncode_command(cert, target, signed), target)
            os.replace(signed, target)
        log(f"signed {target.name} with {cert.shown}")
    return targets


def _run(run: Callable[..., object], command: list[str], target: Path) -> None:
    done = run(command, capture_output=True, text=True)
    if getattr(done, "returncode", 0) != 0:
        output = (getattr(done, "stdout", "") or "") + (getattr(done, "stderr", "") or "")
        raise SigningError(f"signing {target.name} failed ({Path(command[0]).name}): {output.strip()}")
