"""Under CI a test that skips because a tool is missing fails; other skips stay skips, and
outside CI nothing changes."""

from __future__ import annotations

import pytest

SKIPPING = '''
import pytest

def test_pdf():
    pytest.skip("pdftotext not found: install poppler-utils to read the PDFs back")

@pytest.mark.skipif(True, reason="LibreOffice (soffice) is not installed; read back with openpyxl only")
def test_office():
    pass

@pytest.mark.skipif(True, reason="root ignores folder permissions")
def test_folder_permissions():
    pass

def test_plain():
    pass
'''


# A skip in the test's body fails the test; one by a marker fails its set-up (an error).
@pytest.mark.parametrize("ci, failed, errors, skipped", [("true", 1, 1, 1), ("", 0, 0, 3)])
def test_missing_tools_fail_only_under_ci(pytester: pytest.Pytester, monkeypatch, ci, failed, errors, skipped):
    monkeypatch.setenv("CI", ci)
    pytester.makepyfile(test_tools=SKIPPING)
    result = pytester.runpytest("-p", "tests.conftest", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=failed, errors=errors, skipped=skipped)
    if failed:
        result.stdout.fnmatch_lines(["*pdftotext not found*", "*CI runs every test*"])
