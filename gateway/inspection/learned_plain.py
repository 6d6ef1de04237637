"""Short answers the learned model reads as identity by their words alone, that change and attest nobody's access: a
notice that a system will be down for maintenance, a group's size and when it was made, a code review that approves
a dependency bump, a lookup command quoted inline with what it returned, a piece of work shared with the team, a
campaign or reminders paused, cloud machines taken down; and a
query tool's statement that only resizes, suspends or alters a thing no one signs in as (a warehouse, a table). Asked
only of answers the model would hold."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import head_first
from gateway.inspection.learned_lookalikes import ACCESS_WORDS, CHANGE_VERBS, SHORT
from gateway.inspection.learned_lookups import FENCE
from gateway.inspection.lowered import shared_lower
from gateway.inspection.tool_names import READ_COMMAND, READ_STATEMENT, STATEMENTS

# A system down for a window: "the ERP will be unavailable during the window above while we patch the database".
DOWNTIME = re.compile(r"\b(?:will be|is|are|goes|go|was|were)\s+(?:briefly\s+|temporarily\s+)?(?:unavailable|offline|"
                      r"down|read-only|unreachable)\b")
MAINTENANCE = re.compile(r"\b(?:maintenance|outage|downtime|patch(?:ing)?|upgrade|window)\b")


def is_maintenance_notice(content: str) -> bool:
    """A short notice that a system will be down for maintenance, with no change verb and no word of access."""
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    if "un" not in low and "down" not in low and "offline" not in low and "read-only" not in low:
        return False
    return DOWNTIME.search(low) is not None and MAINTENANCE.search(low) is not None \
        and CHANGE_VERBS.search(low) is None and ACCESS_WORDS.search(low) is None


# A group's size, nobody named: "`SG-VPN-Users` has 212 members"; and its history told as a dated fact: "the group was
# created in 2019 by the network team" (not "was added today").
MEMBER_COUNT = re.compile(r"\b(?:has|have|had|holds|contains|with)\s+(?:about\s+|around\s+|roughly\s+|~)?"
                          r"\d[\d,]*\s+(?:active\s+|enabled\s+)?(?:members|users|accounts|seats)\b")
DATED_HISTORY = re.compile(r"\b(?:was|were)\s+(?:first\s+|originally\s+)?(?:created|set up|added|made|provisioned)\s+"
                           r"(?:back\s+)?(?:in|on)\s+(?:(?:19|20)\d\d|[a-z]+\s+(?:19|20)\d\d)\b[^.;\n]{0,40}")
EVIDENCE = re.compile(r"\b(?:audit\w*|evidence|attest\w*|sox|soc ?2|certif\w*|review\w*|appropriate|approv\w*)\b")
SOMEONE = re.compile(r"[\w.+-]@[\w-]+\.\w|\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def is_member_count(content: str) -> bool:
    """A short answer that only says how many members a group has (and when it was made): nobody is named."""
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    if MEMBER_COUNT.search(low) is None or EVIDENCE.search(low) or SOMEONE.search(content):
        return False
    return CHANGE_VERBS.search(DATED_HISTORY.sub(" ", low)) is None


# A pull request approved whose change is a dependency moved to a version: "Reviewed — approve. It only bumps lodash to
# 4.17.21." The code is approved, nobody's access.
APPROVES = re.compile(r"\b(?:approve[ds]?|approving|lgtm|looks good to me|ship it)\b")
VERSION_BUMP = re.compile(r"\b(?:bump(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|pin(?:s|ned)?|"
                          r"mov(?:e|es|ed|ing))\s+(?:the\s+)?(?:dependency\s+)?[@\w/.-]+\s+(?:from\s+v?\d[\w.-]*\s+)?"
                          r"to\s+v?\d+(?:\.\d+)+")
# Words of access beside the approval: an access request, a role, a group (not "review", which a code review is)
ACCESS_NOUNS = head_first(r"\b(?:access|accounts?|users?|roles?|groups?|permissions?|entitle\w*|privileg\w*|admins?|"
                          r"members?|memberships?|grants?|mfa|sso|log ?in|sign-?in)\b")


def is_dependency_approval(content: str) -> bool:
    """A short code review that approves a change which only moves a dependency to a version."""
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    if "approv" not in low and "lgtm" not in low and "looks good" not in low and "ship it" not in low:
        return False
    return APPROVES.search(low) is not None and VERSION_BUMP.search(low) is not None \
        and ACCESS_NOUNS.search(low) is None


# A lookup command quoted inline with what it returned: "`SHOW GRANTS TO ROLE REPORTING_RO` returns 142 rows: ...".
INLINE_CODE = re.compile(r"`([^`\n]{3,200})`")
RETURNED = re.compile(r"`\s*(?:returns|returned|shows|showed|lists|listed|gives|gave|prints|printed|outputs|output)\b")


def is_inline_lookup(content: str) -> bool:
    """A short answer that quotes read-only commands inline (a SELECT, a SHOW, `kubectl get`) and says what they
    returned, with no change verb and no audit-evidence word."""
    if len(content) > SHORT or "`" not in content:
        return False
    low = shared_lower(content)
    if RETURNED.search(low) is None:
        return False
    quoted = INLINE_CODE.findall(content)
    commands = [q for q in quoted if READ_STATEMENT.match(q) or READ_COMMAND.match(q)]
    if not commands:
        return False
    rest = INLINE_CODE.sub(" ", low)
    return CHANGE_VERBS.search(rest) is None and EVIDENCE.search(rest) is None


# A query tool's statements that only alter a thing no one signs in as: `ALTER WAREHOUSE LOAD_WH SUSPEND`,
# `ALTER TABLE ... ADD COLUMN`, `CREATE INDEX`.
THING_STATEMENT = re.compile(r"\s*(?:alter|create(?:\s+or\s+replace)?|drop)\s+(?:(?:unique|temporary|transient)\s+)?"
                             r"(?:warehouse|table|index|view|materialized\s+view|sequence|stage|pipe|stream|"
                             r"file\s+format)\b", re.I)
GRANTISH = re.compile(r"\b(?:grant|revoke|owner|ownership|users?|roles?|password|login|polic(?:y|ies)|access|security|"
                      r"privileges?)\b", re.I)


def is_thing_sql_call(name: str, arguments: str) -> bool:
    """A call whose SQL statements all read or alter a warehouse, a table, an index or a view, and name no user,
    role, grant or owner."""
    if "sql" not in arguments and "query" not in arguments and "statement" not in arguments:
        return False
    statements = [part for found in STATEMENTS.findall(arguments) for part in found.split(";") if part.strip()]
    if not statements or GRANTISH.search(" ".join(statements)):
        return False
    return all(THING_STATEMENT.match(part) or READ_STATEMENT.match(part) for part in statements)


# A piece of work shared with one's own team, in any language: "Jag har gjort klart rapporten och delat den med
# teamet", "shared the draft with the group". The work is handed over; nobody's access to a system changes.
WORK_SHARED = re.compile(r"\b(?:shared|delat|delade|delt|gedeeld|geteilt|partagé|compartid[oa]|compartí|condiviso|"
                         r"compartilhei)\s+(?:(?:it|them|den|det|dem|het|es|le|la|lo|the\s+[\w-]+|rapporten|"
                         r"presentationen|dokumentet|utkastet)\s+)?(?:with|med|met|mit|avec|con|com)\s+"
                         r"(?:the\s+|de\s+|het\s+|dem\s+|l'|il\s+|o\s+)?(?:team\w*|grupp\w*|groups?|groep\w*|"
                         r"kolleg\w*|colleagues|collega's|collègues|colegas|colleghi|alla|everyone|alle)\b")
WORK_SHARED_WORDS = ("shared", "delat", "delade", "delt", "gedeeld", "geteilt", "partagé", "compart", "condiviso")
# Words of access, or of a place whose sharing gives it (a folder, a drive, a site): a share of those is a grant
ACCESS_OR_PLACE_WORDS = head_first(
    r"\b(?:access|accounts?|users?|roles?|permissions?|rights|privileg\w*|admins?|behörighet\w*|åtkomst|toegang|"
    r"rechten|zugriff|berechtigung\w*|accès|droits|acceso|permisos|acesso|permissões|accesso|permessi|folders?|"
    r"drives?|mappen?|ordner|dossier|carpeta|pasta|cartella|sites?|channels?|repos?|repositor\w*)\b")


def is_work_shared(content: str) -> bool:
    """A short answer whose only change is a piece of work shared with a team, no system or access named."""
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    return any(word in low for word in WORK_SHARED_WORDS) and WORK_SHARED.search(low) is not None \
        and ACCESS_OR_PLACE_WORDS.search(low) is None


# A command run dry, said to change nothing: "Run `sync-grads.py --remove-from x --dry-run` first: it only prints."
DRY_RUN = re.compile(r"--dry-?run\b|-whatif\b|--noop\b|--check\b|\bterraform plan\b")
CHANGES_NOTHING = re.compile(r"\b(?:only|just)\s+(?:prints?|shows?|lists?|reports?|previews?)\b|\bchanges? nothing\b|"
                             r"\bno changes? (?:is|are)? ?(?:made|applied)\b|\bwithout (?:changing|applying)\b")
# A tool added to the build that checks files: "Add Parliament to CI so IAM policy JSON gets linted on every PR"
TOOL_IN_BUILD = re.compile(r"\b(?:add|install|enable|run)\s+[\w.-]+(?:\s+[\w.-]+)?\s+(?:to|in|as part of)\s+"
                           r"(?:the\s+|our\s+|your\s+)?(?:ci|pipeline|pre-commit|build|workflow|github actions)\b"
                           r"[^.\n]{0,80}?\b(?:lint\w*|check\w*|scan\w*|validat\w*|test\w*)\b")


def is_dry_run(content: str) -> bool:
    """A short answer whose command runs dry and that says so."""
    low = shared_lower(content) if len(content) <= SHORT else ""
    return DRY_RUN.search(low) is not None and CHANGES_NOTHING.search(low) is not None


def is_linter_added(content: str) -> bool:
    """A short answer that adds a checking tool to the build: files are checked, no one's access changes."""
    low = shared_lower(content) if len(content) <= SHORT else ""
    return TOOL_IN_BUILD.search(low) is not None and ACCESS_NOUNS.search(low) is None


# Messages to customers paused or muted: "paused the 'Summer Saver' Meta Ads campaign", "Muting the missed-bin SMS for
# today's suspended rounds": a campaign or a round of reminders stops, no one's account does.
OUTREACH_PAUSED = head_first(
    r"\b(?:paus|mut|snooz|suspend|resum|unpaus|stopp)(?:e|es|ed|ing|s)?\b[^.\n]{0,80}?\b(?:campaigns?|ad sets?|ads|"
    r"adverts?|newsletters?|mailings?|reminders?|sms|text messages|notifications?|broadcasts?|promotions?|"
    r"collections?|rounds?|deliveries)\b")
OUTREACH_WORDS = ("campaign", "ad set", "ads", "advert", "newsletter", "mailing", "reminder", "sms", "text message",
                  "notification", "broadcast", "promotion")
PAUSE_WORDS = ("pause", "mute", "snooze", "suspend", "resume")


def is_outreach_paused(content: str) -> bool:
    """A short answer that pauses or resumes messages or a campaign, with no account, access or place named."""
    low = shared_lower(content) if len(content) <= SHORT else ""
    return OUTREACH_PAUSED.search(low) is not None and ACCESS_OR_PLACE_WORDS.search(low) is None \
        and lx.LIFE_OBJ.search(low) is None


def is_outreach_pause_call(name: str, arguments: str) -> bool:
    """A call that pauses reminders, notifications or a campaign (`wrs-binday-reminders-pause`), naming no account."""
    low = shared_lower(f"{name} {arguments}")
    return any(word in low for word in PAUSE_WORDS) and any(word in low for word in OUTREACH_WORDS) \
        and ACCESS_NOUNS.search(low) is None and lx.LIFE_OBJ.search(low) is None


# Machines taken down by their cloud's CLI: `aws ec2 terminate-instances`, `az vm delete`, `gcloud compute instances
# delete`: servers and disks removed, not an identity (an IAM, a user, a key or a secret command is not one of these).
INFRA_COMMAND = re.compile(r"(?:\$[ \t]*)?(?:aws[ \t]+(?:ec2|rds|elb|elbv2|autoscaling|ecs|eks|ebs|s3|s3api|"
                           r"lambda|cloudformation)|az[ \t]+(?:vm|disk|vmss|network|storage[ \t]+account|group)|"
                           r"gcloud[ \t]+(?:compute|container[ \t]+(?:node-pools|clusters)))[ \t][^\n]*", re.I)
INFRA_IDENTITY = re.compile(r"\b(?:iam|users?|roles?|polic\w*|key-?pairs?|keys?|secrets?|passwords?|"
                            r"credentials?|permissions?|acls?|principals?|identit\w*|grants?)\b", re.I)


def is_infra_teardown(content: str) -> bool:
    """A short answer whose fenced commands all remove or stop cloud machines and whose prose names no account,
    access or identity."""
    if len(content) > SHORT or "```" not in content:
        return False
    lines = [line.strip() for m in FENCE.finditer(content) for line in m.group(1).splitlines() if line.strip()]
    prose = shared_lower(FENCE.sub(" ", content))
    return bool(lines) and all(INFRA_COMMAND.fullmatch(line) and not INFRA_IDENTITY.search(line) for line in lines) \
        and ACCESS_OR_PLACE_WORDS.search(prose) is None and lx.LIFE_OBJ.search(prose) is None
