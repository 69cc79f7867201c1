"""Code signing of the Windows programs and the setup (installer/signing.py).

The real signature is made with osslsigncode on a real Windows program (pip's own launcher,
a PE file present in every virtual environment) and a throw-away self-signed certificate.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import signing  # noqa: E402


def lines() -> tuple[list[str], Callable[[str], None]]:
    said: list[str] = []
    return said, said.append


def test_nothing_is_signed_and_a_line_says_so_when_no_certificate_is_set(tmp_path: Path) -> None:
    assert signing.configured({}) is None
    assert signing.configured({signing.CERT_VAR: "  "}) is None
    program = tmp_path / "kttt.exe"
    program.write_bytes(b"MZ" + bytes(100))
    said, log = lines()
    assert signing.sign([program], None, log, run=pytest.fail) == []
    assert said == [signing.SKIPPED] and "KTTT_SIGN_CERT is not set" in said[0]
    assert program.read_bytes() == b"MZ" + bytes(100)


def test_a_certificate_file_that_is_not_there_stops_the_build() -> None:
    with pytest.raises(signing.SigningError, match="no such certificate file"):
        signing.configured({signing.CERT_VAR: "/nowhere/kttt.pfx"})


def test_a_thumbprint_names_a_certificate_in_the_windows_store(monkeypatch: pytest.MonkeyPatch) -> None:
    cert = signing.configured({signing.CERT_VAR: "ab" * 20, signing.TIMESTAMP_VAR: "http://ts.example/"})
    assert cert is not None and cert.pfx is None and cert.thumbprint == "AB" * 20
    assert signing.signtool_arguments(cert) == ["sign", "/fd", "SHA256", "/d", "KTTT Desktop",
                                                "/sha1", "AB" * 20, "/tr", "http://ts.example/", "/td", "SHA256"]
    with pytest.raises(signing.SigningError, match="signtool on Windows"):
        signing.osslsigncode_command(cert, Path("a.exe"), Path("b.exe"))


def test_signtool_and_inno_setup_get_the_file_password_and_time_stamp(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pfx = tmp_path / "my cert.pfx"
    pfx.write_bytes(b"x")
    cert = signing.configured({signing.CERT_VAR: str(pfx), signing.PASSWORD_VAR: "pw",
                               signing.TIMESTAMP_VAR: "http://ts.example/"})
    assert cert is not None and cert.pfx == pfx.resolve()
    assert signing.signtool_arguments(cert) == ["sign", "/fd", "SHA256", "/d", "KTTT Desktop", "/f", str(pfx.resolve()),
                                                "/p", "pw", "/tr", "http://ts.example/", "/td", "SHA256"]
    monkeypatch.setenv(signing.SIGNTOOL_VAR, r"C:\SDK\signtool.exe")
    # Inno Setup's form: $q for quotes around values with spaces, $f for the file it signs.
    assert signing.inno_sign_tool(cert) == (
        rf"C:\SDK\signtool.exe sign /fd SHA256 /d $qKTTT Desktop$q /f $q{pfx.resolve()}$q /p $qpw$q "
        "/tr $qhttp://ts.example/$q /td SHA256 $f")


def test_signtool_missing_on_windows_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(signing.SIGNTOOL_VAR, raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(signing.SigningError, match="Windows SDK"):
        signing.signtool()


def test_on_windows_signtool_signs_each_program_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pfx = tmp_path / "c.pfx"
    pfx.write_bytes(b"x")
    cert = signing.configured({signing.CERT_VAR: str(pfx)})
    programs = [tmp_path / "KTTT Desktop.exe", tmp_path / "kttt.exe"]
    for program in programs:
        program.write_bytes(b"MZ")
    monkeypatch.setenv(signing.SIGNTOOL_VAR, "signtool.exe")
    ran: list[list[str]] = []
    said, log = lines()
    signed = signing.sign(programs, cert, log, windows=True,
                          run=lambda command, **kw: ran.append(command) or subprocess.CompletedProcess(command, 0))
    assert signed == programs
    assert [command[-1] for command in ran] == [str(p) for p in programs]
    assert all(command[:2] == ["signtool.exe", "sign"] for command in ran)
    assert said == [f"signed KTTT Desktop.exe with {pfx.resolve()}", f"signed kttt.exe with {pfx.resolve()}"]


def test_a_program_that_is_not_a_windows_program_is_left_alone_with_a_line(tmp_path: Path) -> None:
    pfx = tmp_path / "c.pfx"
    pfx.write_bytes(b"x")
    elf = tmp_path / "kttt"
    elf.write_bytes(b"\x7fELF")
    said, log = lines()
    assert signing.sign([elf], signing.configured({signing.CERT_VAR: str(pfx)}), log, run=pytest.fail) == []
    assert said == ["not signed: kttt is not a Windows program"]


@pytest.fixture
def certificate(tmp_path: Path) -> Path:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    key, crt, pfx = tmp_path / "k.pem", tmp_path / "c.pem", tmp_path / "c.pfx"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(crt),
                    "-days", "2", "-subj", "/CN=KTTT Test Signer"], check=True, capture_output=True)
    subprocess.run(["openssl", "pkcs12", "-export", "-inkey", str(key), "-in", str(crt), "-out", str(pfx),
                    "-passout", "pass:bí mật"], check=True, capture_output=True)
    return pfx


@pytest.fixture
def windows_program(tmp_path: Path) -> Path:
    import pip

    launcher = Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"
    program = tmp_path / "kttt.exe"
    shutil.copyfile(launcher, program)
    return program


def signature_of(program: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["osslsigncode", "verify", "-in", str(program)], capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("osslsigncode") is None, reason="osslsigncode not installed")
def test_osslsigncode_signs_a_windows_program_elsewhere_than_windows(certificate: Path, windows_program: Path) -> None:
    assert "No signature found" in signature_of(windows_program).stdout + signature_of(windows_program).stderr
    cert = signing.configured({signing.CERT_VAR: str(certificate), signing.PASSWORD_VAR: "bí mật"})
    said, log = lines()
    assert signing.sign([windows_program], cert, log, windows=False) == [windows_program]
    verified = signature_of(windows_program).stdout
    assert "Subject: /CN=KTTT Test Signer" in verified and "Message digest algorithm  : SHA256" in verified
    assert said == [f"signed kttt.exe with {certificate.resolve()}"]
    assert not windows_program.with_name("kttt.exe.signed").exists()


@pytest.mark.skipif(shutil.which("osslsigncode") is None, reason="osslsigncode not installed")
def test_a_wrong_password_stops_the_build_and_leaves_the_program_as_it_was(certificate: Path,
                                                                          windows_program: Path) -> None:
    before = windows_program.read_bytes()
    cert = signing.configured({signing.CERT_VAR: str(certificate), signing.PASSWORD_VAR: "sai"})
    with pytest.raises(signing.SigningError, match=r"(?s)signing kttt.exe failed \(osslsigncode\).*Wrong password"):
        signing.sign([windows_program], cert, lambda line: None, windows=False)
    assert windows_program.read_bytes() == before
