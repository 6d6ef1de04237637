"""`gateway review ...` finds the running gateway from --config when no --url is given."""

from pathlib import Path

from gateway.review_cli import DEFAULT_URL, _url_from_config

REPO = Path(__file__).resolve().parents[3]


def test_the_url_comes_from_the_config_or_the_default(tmp_path: Path) -> None:
    assert _url_from_config(str(tmp_path / "missing.yaml")) == DEFAULT_URL
    assert _url_from_config(str(REPO / "config.yaml")) == "http://127.0.0.1:8080"
    text = (REPO / "config.yaml").read_text().replace("  port: 8080\n", "  port: 9090\n  public_url: https://gw.example/\n")
    (tmp_path / "config.yaml").write_text(text.replace("rules: rules", f"rules: {REPO / 'rules'}"))
    assert _url_from_config(str(tmp_path / "config.yaml")) == "https://gw.example"
