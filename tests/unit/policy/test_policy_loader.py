"""Rule loading: valid files, revisions, and every error as `path:line: code: message`."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from gateway.errors import ConfigError
from gateway.policy import RuleErrors, load_rules

GOOD = """\
rules:
  - id: hold-grants
    description: hold grants
    when: {kind: access_change, where: tool_call}
    action: quarantine
  - id: block-model
    description: no such model here
    when: {model: [bad-model], workflow: offboarding}
    action: block
    enabled: false
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text))
    return path


def load_error(tmp_path: Path, text: str) -> ConfigError:
    write(tmp_path, "r.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    return info.value


def first(tmp_path: Path, text: str) -> str:
    """The first error line, with the tmp directory stripped."""
    return str(load_error(tmp_path, text)).splitlines()[0].replace(f"{tmp_path}/", "")


def test_loads_rules_in_file_order(tmp_path):
    write(tmp_path, "b.yaml", GOOD)
    write(tmp_path, "a.yml", "rules:\n  - {id: a1, description: d, when: {}, action: flag}\n")
    write(tmp_path, "notes.txt", "not a rule file")
    (tmp_path / "tests").mkdir()
    write(tmp_path / "tests", "t.yaml", "cases: []\n")
    ruleset = load_rules(tmp_path)
    assert [r.id for r in ruleset.rules] == ["a1", "hold-grants", "block-model"]
    assert ruleset.files == ("a.yml", "b.yaml")
    rule = ruleset.get("block-model")
    assert rule is not None and not rule.enabled and rule.finding is None
    assert rule.line == 6 and rule.path.endswith("b.yaml")
    assert ruleset.get("hold-grants").finding.kinds == frozenset({"access_change"})


def test_revision_is_stable_and_tracks_content_and_names(tmp_path):
    write(tmp_path, "a.yaml", GOOD)
    one = load_rules(tmp_path).revision
    assert len(one) == 64 and one == load_rules(tmp_path).revision
    write(tmp_path, "a.yaml", GOOD + "\n")
    two = load_rules(tmp_path).revision
    assert two != one
    (tmp_path / "a.yaml").rename(tmp_path / "z.yaml")
    assert load_rules(tmp_path).revision != two


def test_empty_directory_has_no_rules(tmp_path):
    assert load_rules(tmp_path).rules == ()


def test_missing_directory(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path / "nope")
    assert info.value.code == "not_found"


@pytest.mark.parametrize("text, expected", [
    ("rules: [\n  - id: x\n", "r.yaml:2: bad_yaml"),
    ("rules:\n  - id: x\n    id: y\n", "r.yaml:3: duplicate_key"),
    ("rule: []\n", "r.yaml:1: unknown_field"),
    ("rules: {}\n", "r.yaml:1: bad_type"),
    ("rules:\n  - just a string\n", "r.yaml:2: bad_type"),
    ("rules:\n  - id: x\n    description: d\n    when: {}\n    action: flag\n    colour: red\n",
     "r.yaml:6: unknown_field"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      kind: pii\n      colour: red\n"
     "    action: flag\n", "r.yaml:6: unknown_field"),
    ("rules:\n  - id: x\n    description: d\n    when: {kind: password}\n    action: flag\n",
     "r.yaml:4: unknown_kind"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      kind: [pii, secrets]\n    action: flag\n",
     "r.yaml:5: unknown_kind"),
    ("rules:\n  - id: x\n    description: d\n    when: {where: body}\n    action: flag\n",
     "r.yaml:4: unknown_where"),
    ("rules:\n  - id: x\n    description: d\n    when: {tier: critical}\n    action: flag\n",
     "r.yaml:4: unknown_tier"),
    ("rules:\n  - id: x\n    description: d\n    when: {}\n    action: hold\n", "r.yaml:5: unknown_action"),
    ("rules:\n  - description: d\n    when: {}\n    action: flag\n", "r.yaml:2: missing_field"),
    ("rules:\n  - id: x\n    description: d\n    when: {}\n", "r.yaml:2: missing_field"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      target: '(unclosed'\n    action: flag\n",
     "r.yaml:5: bad_regex"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      min_confidence: high\n    action: flag\n",
     "r.yaml:5: bad_type"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      min_confidence: 1.5\n    action: flag\n",
     "r.yaml:5: bad_type"),
    ("rules:\n  - id: x\n    description: d\n    when: {}\n    action: flag\n    enabled: 'no'\n",
     "r.yaml:6: bad_type"),
    ("rules:\n  - id: 42\n    description: d\n    when: {}\n    action: flag\n", "r.yaml:2: bad_type"),
    ("rules:\n  - id: has space\n    description: d\n    when: {}\n    action: flag\n", "r.yaml:2: bad_id"),
    ("rules:\n  - id: x\n    description: d\n    when: [kind]\n    action: flag\n", "r.yaml:4: bad_type"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      details: {entity: {a: 1}}\n    action: flag\n",
     "r.yaml:5: bad_type"),
    ("rules:\n  - id: x\n    description: d\n    when:\n      workflow: []\n    action: flag\n",
     "r.yaml:5: bad_type"),
])
def test_errors_name_path_line_and_code(tmp_path, text, expected):
    assert first(tmp_path, text).startswith(expected + ": ")


def test_duplicate_id_names_both_places(tmp_path):
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "b.yaml", "rules:\n  - {id: x, description: d, when: {}, action: flag}\n"
                              "  - {id: hold-grants, description: d, when: {}, action: flag}\n")
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    assert str(info.value) == (f"{tmp_path}/b.yaml:3: duplicate_id: rule id 'hold-grants' is already "
                               f"defined at {tmp_path}/a.yaml:2")
    assert info.value.code == "duplicate_id" and info.value.line == 3


def test_all_errors_in_all_files_are_collected(tmp_path):
    write(tmp_path, "a.yaml", "rules:\n  - id: x\n    description: d\n    when: {kind: nope, where: nowhere}\n"
                              "    action: hold\n")
    write(tmp_path, "b.yaml", "rules: [\n")
    with pytest.raises(RuleErrors) as info:
        load_rules(tmp_path)
    codes = [(e.path.rsplit("/", 1)[1], e.line, e.code) for e in info.value.errors]
    assert codes == [("a.yaml", 4, "unknown_kind"), ("a.yaml", 4, "unknown_where"),
                     ("a.yaml", 5, "unknown_action"), ("b.yaml", 2, "bad_yaml")]
    assert len(str(info.value).splitlines()) == 4
    assert isinstance(info.value, ConfigError) and info.value.code == "unknown_kind"


def test_bad_rule_does_not_hide_the_good_ones_errors(tmp_path):
    text = ("rules:\n  - {id: a, description: d, when: {kind: bad}, action: flag}\n"
            "  - {id: b, description: d, when: {tier: bad}, action: flag}\n")
    error = load_error(tmp_path, text)
    assert [(e.line, e.code) for e in error.errors] == [(2, "unknown_kind"), (3, "unknown_tier")]


def test_unreadable_file_is_a_config_error(tmp_path, monkeypatch):
    (tmp_path / "dir.yaml").mkdir()  # not a file: ignored
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "b.yaml", GOOD)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "b.yaml":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    assert str(info.value) == f"{tmp_path}/b.yaml:0: unreadable: Permission denied"
