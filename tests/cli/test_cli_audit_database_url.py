"""A database URL SQLAlchemy cannot read is refused in one line, without echoing a password."""

from __future__ import annotations

import pytest

from cairo_desktop.cli.main import run


@pytest.mark.parametrize(("url", "said"), [("foo://bar/cairo", "'foo://'"), ("not a url", "not written as a URL")])
def test_an_unusable_database_url_is_refused_in_one_line(capsys: pytest.CaptureFixture[str], url: str,
                                                         said: str) -> None:
    code = run(["--database-url", url, "activity", "list"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and said in err and "--database-url" in err, err


def test_the_environment_variable_is_named_and_its_password_not_shown(capsys: pytest.CaptureFixture[str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAIRO_DATABASE_URL", "postgres+foo://user:s3cret@host/cairo")
    code = run(["activity", "list"])
    _, err = capsys.readouterr()
    assert code == 1 and "CAIRO_DATABASE_URL" in err and "s3cret" not in err, err
