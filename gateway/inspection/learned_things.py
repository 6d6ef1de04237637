"""Answers and tool calls the learned model reads as identity that change a thing, not anyone's access: a named
widget, alert or report deleted or disabled, a product licence revoked or applied, a Terraform data source that only
reads (or a resource commented out), a chart's values naming a service account they do not create, a feature matrix
comparing products, rows purged from an events or log table, a backlog story filed, a build command run (also
base64-wrapped), commands that stop a service or a process or set the domain's password rules. Asked only of answers
the model would hold (learned.py), never of a pattern detector's finding."""

from __future__ import annotations

import base64
import re

from gateway.inspection.alternation import head_first
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.learned_lookalikes import CHANGE_VERBS
from gateway.inspection.lowered import shared_lower
from gateway.inspection.prose_referents import has_person
from gateway.inspection.tool_names import COMMANDS

# A change whose object is a named thing: 'Delete the "Orphan accounts" widget', "disabling the noisy low-battery
# alerts", "remove the Leavers tile from the dashboard". The name (quoted, or up to three words) is the thing's label.
THING_NOUNS = (r"widgets?|panels?|tiles?|graphs?|dashboards?|reports?|alerts?|alert rules?|monitors?|"  # not a chart,
               r"notifications?|banners?|filters?|saved searches|saved views?|tabs?|columns?|cron jobs?|"  # nor a view
               r"scheduled jobs?|feature flags?|toggles?|spreadsheets?")
NAMED_THING = head_first(
    r"\b(?:delet|remov|disabl|enabl|add|creat|archiv|hid|renam)(?:e|es|ed|ing|s|d)?\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+)?"
    r"(?:[\"“'*][^\"”'*\n]{1,40}[\"”'*]\s+|(?:[\w-]+\s+){0,3})(?:" + THING_NOUNS + r")\b")
THING_WORDS = ("widget", "panel", "tile", "graph", "dashboard", "report", "alert", "monitor", "notification",
               "banner", "filter", "saved ", "tab", "column", "job", "flag", "toggle", "spreadsheet")
# A person the change could fall on: an address, someone's account or mailbox, a change "to/from the user".
PERSON = re.compile(r"[\w.+-]@[\w-]+\.\w|\b\w+['\u2019]s (?:account|mailbox|access|login)\b|"
                    r"\b(?:to|from|for)\s+(?:the\s+|this\s+|that\s+)?(?:user|account|member|employee|mailbox|person)\b")


def is_named_thing_change(content: str) -> bool:
    """Every change verb of the answer falls on a named thing (a widget, an alert, a report) and nobody is named."""
    low = shared_lower(content)
    if not any(map(low.__contains__, THING_WORDS)) or NAMED_THING.search(low) is None:
        return False
    return CHANGE_VERBS.search(NAMED_THING.sub(" ", low)) is None and PERSON.search(low) is None


# A date moved on a thing, not on a person's record: "moved the end date of the autumn promotion to 10 Nov",
# "extended the close date for the Q4 survey". A worker's end date is an HR attribute; a campaign's is not.
THING_DATE = re.compile(
    r"\b(?:mov|chang|extend|shift|push|bump|updat|set)\w*\s+the\s+(?:start|end|close|closing|expiry|launch|due)\s+"
    r"date\s+(?:of|for|on)\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:promotions?|campaigns?|sales?|offers?|"
    r"events?|webinars?|contests?|giveaways?|sprints?|releases?|milestones?|auctions?|surveys?|polls?|courses?|"
    r"listings?)\b")


# Someone put in or taken out of a chat channel ("Add him to `#ops-alerts` so he sees the pages"): a channel, not
# access to a system; a private or restricted one (`#sec-incidents-private`) is access to what is said there.
CHANNEL_MOVE = head_first(r"\b(?:add|invit|remov|kick|put)\w*\s+(?:[\w@.'-]+\s+){0,3}?(?:to|into|from)\s+(?:the\s+)?"
                          r"`?#(?![\w-]*(?:priv|sec|confidential|restricted|legal|exec))[\w-]+`?"
                          r"(?:\s+(?:slack\s+|teams\s+)?channel)?")


def is_channel_membership(content: str) -> bool:
    """Every change verb of the answer puts someone in or out of a chat channel."""
    if "#" not in content:
        return False
    low = shared_lower(content)
    return CHANNEL_MOVE.search(low) is not None and CHANGE_VERBS.search(CHANNEL_MOVE.sub(" ", low)) is None


def is_thing_date_change(content: str) -> bool:
    """The answer's change moves a date of a campaign, an event or a release, and nobody is named."""
    low = shared_lower(content)
    if " date " not in low or THING_DATE.search(low) is None:
        return False
    return CHANGE_VERBS.search(THING_DATE.sub(" ", low)) is None and PERSON.search(low) is None


# A product licence revoked, expired, applied or bought: "the vendor will revoke the 40 unused licences at renewal",
# "the trial licence expired and the vendor revoked it". The verb stands within a few words of the licence.
LICENCE = r"licen[cs]e(?:s|d)?\b"
LICENCE_CHANGE = head_first(
    CHANGE_VERBS.pattern + r"(?:\s+\S+){0,8}?\s+" + LICENCE + r"|"
    r"\b" + LICENCE + r"(?:\s+\S+){0,6}?\s+" + CHANGE_VERBS.pattern)

# A licence held by someone: a seat, an account, a role, a mailbox ("account suspended, license seat freed").
HOLDER = re.compile(r"\b(?:accounts?|roles?|seats?|mailbox(?:es)?|profiles?|logins?|sign-?ins?)\b|\w['\u2019]s licen")


def is_licence_only(content: str) -> bool:
    """Every change verb of the answer stands beside a licence, and no person is named as its holder."""
    low = shared_lower(content)
    if "licen" not in low or LICENCE_CHANGE.search(low) is None:
        return False
    return CHANGE_VERBS.search(LICENCE_CHANGE.sub(" ", low)) is None and PERSON.search(low) is None \
        and HOLDER.search(low) is None


# Terraform that only reads: `data "aws_iam_role" "x" { ... }` blocks and outputs, no resource, module or import.
DATA_BLOCK = re.compile(r"^\s*data\s+\"[\w-]+\"\s+\"[\w-]+\"\s*\{", re.M)
WRITING_BLOCK = re.compile(r"^\s*(?:resource|module|import|provisioner)\b\s*[\"{]|"
                           r"^\s*(?:\$\s*)?(?:aws|gcloud|az|kubectl|terraform\s+(?:apply|import)|curl)\s", re.M)
NEGATED = re.compile(r"\b(?:won't|will not|doesn't|does not|don't|do not|without|never|cannot|can't)\s+(?:\w+\s+){0,2}")

POLICY_VERBS = re.compile(r"\b(?:attach|detach|modif|updat|apply|appli|bind|put|import)\w*")


# a resource block commented out: a skeleton to fill in, which manages nothing as it stands
COMMENTED_BLOCK = re.compile(r"^\s*(?:#|//)\s*resource\s+\"[\w-]+\"\s+\"[\w-]+\"\s*\{", re.M)


def is_terraform_read(content: str) -> bool:
    """Terraform data sources looked up, or resources only commented out, nothing managed: no resource block, no
    command, no change verb in the prose (but one negated: "it won't modify the role")."""
    if "data" not in content and "resource" not in content or WRITING_BLOCK.search(content) \
            or DATA_BLOCK.search(content) is None and COMMENTED_BLOCK.search(content) is None:
        return False
    low = NEGATED.sub(" ", shared_lower(content))
    return CHANGE_VERBS.search(low) is None and POLICY_VERBS.search(low) is None


# A chart's values pointing at a service account that exists, not making one: `serviceAccount:` with `create: false`
# (and its name). With no `create: true`, no RBAC, role, policy or secret and no change verb elsewhere, the chart
# runs as an account someone else made and gives it nothing.
SA_BLOCK = re.compile(r"^(?P<i>[ \t]*)serviceaccount:[ \t]*\n(?P<b>(?:(?P=i)[ \t]+[^\n]*(?:\n|\Z))+)", re.M)
FENCED = re.compile(r"```[^`]*```")
NOT_CREATED = re.compile(r"^[ \t]*create:[ \t]*false\b", re.M)
GIVES_SOMETHING = re.compile(r"\bcreate:[ \t]*true\b|\b(?:rbac|roles?|\w*bindings?|clusterroles?|rules|verbs|"
                             r"permissions?|polic(?:y|ies)|iam|role-arn|annotations|secrets?|tokens?|passwords?|users?|"
                             r"groups?|members?|admins?|credentials?|grant\w*|revok\w*|access)\b")
INSTEAD_OF = re.compile(r"\b(?:instead of|rather than) \w+ing\b")  # "reuse one instead of creating one": not done


def is_existing_service_account(content: str) -> bool:
    """The answer's only service account is one a chart's values refer to and do not create."""
    low = shared_lower(content)
    if "serviceaccount:" not in low:
        return False
    blocks = list(SA_BLOCK.finditer(low))
    if not blocks or not all(NOT_CREATED.search(block.group("b")) for block in blocks):
        return False
    prose = INSTEAD_OF.sub(" ", SA_BLOCK.sub(" ", FENCED.sub(" ", low)))  # a key of the values is no step
    return GIVES_SOMETHING.search(low) is None and CHANGE_VERBS.search(prose) is None


# A comparison of products by capability: a table whose first header cell is "Capability", "Feature", "Criterion",
# or is left empty over the rows' names ("| | Okta | Entra ID | Keycloak |"), unless its cells are ticks: an access
# matrix of people against roles.
MATRIX_HEAD = re.compile(r"^\|\s*\**(?:capabilit(?:y|ies)|features?|criteri(?:on|a)|requirements?|aspects?|"
                         r"dimensions?|functionality|functions?|)\**\s*\|(?:[^|\n]+\|){2,}\s*$", re.I | re.M)
TICK_CELL = re.compile(r"\|\s*(?:[x\u2713\u2714\u2717\u2718\u2705\u274c]|:white_check_mark:)\s*(?=\|)", re.I)
TABLE_ROW = re.compile(r"^\|[^\n]*\|\s*$", re.M)


def is_feature_matrix(content: str) -> bool:
    """An answer that is a product comparison table (and at most two lines of text around it)."""
    if "|" not in content or MATRIX_HEAD.search(content) is None or TICK_CELL.search(content):
        return False
    lines = [line for line in content.splitlines() if line.strip()]
    rows = len(TABLE_ROW.findall(content))
    return rows >= 4 and len(lines) - rows <= 2


# Rows purged from an events or log table by a query tool: `DELETE FROM user_events WHERE occurred_at < ...`.
DELETE_FROM = re.compile(r"\bdelete\s+from\s+(?:[\w\"]+\.)?\"?(\w+)")
RECORD_TABLE = re.compile(r"(?:^|_)(?:events?|logs?|log_entries|metrics|telemetry|pageviews|page_views|clicks|"
                          r"impressions|analytics|traces|spans|audit_trail|history|archive)$")
OTHER_WRITES = re.compile(r"\b(?:insert|update|grant|revoke|alter|drop|create|merge|truncate|call|exec|execute)\s")


def is_record_purge_call(name: str, arguments: str) -> bool:
    """A query whose only writes delete rows of event or log tables: a retention purge, nobody's account."""
    low = shared_lower(arguments)
    if "delete" not in low:
        return False
    tables = DELETE_FROM.findall(low)
    if not tables or not all(RECORD_TABLE.search(table) for table in tables):
        return False
    return OTHER_WRITES.search(low) is None


# A wiki or documentation page written (`confluence_update_page`, `notion_create_page`, `wiki_edit_page`) whose text
# explains in general (an FAQ, a policy, an overview) and names nobody: documentation, nobody's access. A page that
# records a review's outcome names its period, its accounts or its people, and is not general.
DOC_PAGE = re.compile(r"(?:confluence|wiki|notion|sharepoint|docs?|kb|knowledge_?base)\w*?_?(?:create|update|edit|"
                      r"publish|write|append)\w*?_?(?:page|article|doc|document)s?$|"
                      r"(?:create|update|edit|publish|write|append)_(?:\w+_)?(?:page|article|wiki_page)s?$")
DOC_PAGE_PEOPLE = re.compile(r"permission|restrict|member|user|group|access|share")


def is_doc_page_call(name: str, arguments: str) -> bool:
    low = shared_lower(name)
    if "page" not in low and "article" not in low and "doc" not in low or DOC_PAGE.search(low) is None:
        return False
    return DOC_PAGE_PEOPLE.search(low) is None and is_generic(arguments)


# A backlog item filed (`create_user_story`, `jira_create_epic`) that describes what the software should let someone do
# ("Admin can revoke a user's role from the members page"): work to build, nobody's access changed.
BACKLOG_TOOL = re.compile(r"(?:^|_|\.)(?:user_?)?(?:story|stories|epic|epics|backlog)(?:$|_|\.)")
CAPABILITY = re.compile(r"\bas an? [\w -]{1,40}?,? i (?:want|need)\b|\b(?:can|should be able to|must be able to|"
                        r"is able to) [a-z]+\b|\bso that\b")


# the story's persona ("As a Harbour Rewards member, I want"): a kind of user, however capitalised, not a person named
PERSONA = re.compile(r"\b[Aa]s an? [\w -]{1,40}?,? I (?:want|need)\b")


def is_backlog_item_call(name: str, arguments: str) -> bool:
    if BACKLOG_TOOL.search(shared_lower(name)) is None or CAPABILITY.search(shared_lower(arguments)) is None:
        return False
    return not has_person(PERSONA.sub(" ", arguments))


# A shell call that builds or installs, also when wrapped in base64 (`echo cm0gLXJm... | base64 -d | bash`: the
# wrapping changes no label, LABELS rule 5, either way): every step a package manager, a builder or a file command.
WRAPPED = re.compile(r"echo\s+['\"]?([A-Za-z0-9+/]{8,}={0,2})['\"]?\s*\|\s*base64\s+(?:-d|--decode|-D)\s*\|\s*"
                     r"(?:ba|z)?sh\b")
STEP_SPLIT = re.compile(r"&&|\|\||;|\|")
# package managers and builders (not interpreters, which run any script, nor the tools that apply configuration,
# which may hold grants), and file commands
BUILD_PROGRAMS = frozenset(("npm", "yarn", "pnpm", "pip", "pip3", "cargo", "mvn", "gradle", "poetry", "conda", "apt",
                            "apt-get", "brew", "dnf", "yum", "gem", "rustup", "git", "rm", "cd", "mkdir", "ls", "cp",
                            "mv", "echo", "cat", "touch", "pwd"))
RUNS_SCRIPT = frozenset(("run", "exec", "x", "dlx", "run-script"))  # `npm run purge-alumni`: a script of its own
BUILD_PEOPLE = re.compile(r"user|role|account|group|member|permission|passw|access|auth|grant|owner|key|token|secret|"
                          r"sudo|chown|chmod|login|principal|iam|policy|delet|purg|deprovision|disabl|suspend|offboard")


def is_build_command_call(name: str, arguments: str) -> bool:
    commands = COMMANDS.findall(arguments)
    if not commands:
        return False
    for command in commands:
        command = WRAPPED.sub(lambda m: _decoded(m.group(1)), command)
        if BUILD_PEOPLE.search(command.lower()):
            return False
        steps = [step.split() for step in STEP_SPLIT.split(command)]
        if not all(step and step[0] in BUILD_PROGRAMS and (len(step) < 2 or step[1] not in RUNS_SCRIPT)
                   for step in steps):
            return False
    return True


# A cluster object that is no one's access: `kubectl {"args": "create namespace appointment-reminders"}`.
CLUSTER_THING = re.compile(r"\b(?:create|apply|delete|scale|rollout|expose|label|annotate|patch)\s+(?:namespace|ns|"
                           r"deployments?|deploy|services?|svc|configmaps?|cm|ingress(?:es)?|jobs?|cronjobs?|pods?|pvc|"
                           r"hpa|statefulsets?|daemonsets?)\b")
CLUSTER_PEOPLE = re.compile(r"role|binding|serviceaccount|\bsa\b|secret|token|user|group|subject|auth|cert|csr|"
                            r"impersonat|kubeconfig")
CLUSTER_TOOLS = ("kubectl", "oc", "k8s", "kubernetes", "cluster")


def is_cluster_object_call(name: str, arguments: str) -> bool:
    """A call to a cluster's CLI that makes, changes or removes only objects of workloads (a namespace, a
    deployment, a config map), none that binds or names a subject, a service account or a secret."""
    low = arguments.lower()
    return any(tool in name.lower() for tool in CLUSTER_TOOLS) and CLUSTER_THING.search(low) is not None \
        and CLUSTER_PEOPLE.search(low) is None


def _decoded(payload: str) -> str:
    try:
        return base64.b64decode(payload, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return "?"  # not a command: no step of it is known


# Commands that start, stop or kill a service or a process, or set the domain's password rules:
# `sudo systemctl disable --now cups.service`, `kill -9 $(pgrep -f legacy-agent)`,
# `Set-ADDefaultDomainPasswordPolicy -MinPasswordLength 14`, `aws iam update-account-password-policy ...`. A unit, a
# process or a rule for every password is changed, nobody's account; a user's processes (`pkill -u alice`) are a
# session ended, and a policy applied to some (`Add-ADFineGrainedPasswordPolicySubject`) names them: both are left
# to the model.
SYSTEM_COMMAND = re.compile(r"(?:\$[ \t]*|PS[^>\n]{0,40}>[ \t]*)?(?:sudo[ \t]+(?:-\S+[ \t]+)*)?"
                            r"(?:systemctl|service|kill|pkill|killall|pgrep|journalctl|renice|"
                            r"Set-ADDefaultDomainPasswordPolicy|aws[ \t]+iam[ \t]+update-account-password-policy|"
                            r"net[ \t]+accounts)[ \t][^\n]*", re.I)
SOMEONE = re.compile(r"(?:^|[ \t])(?:-u|--uid|--user|-U)\b|\buser|@|\blogin|\bsession", re.I)
FENCE_OR_COMMENT = re.compile(r"```[\w-]*|#[^\n]*")


def is_system_commands(content: str) -> bool:
    """An answer of command lines only, each one stopping a service or a process or setting the domain's password
    rules, naming nobody."""
    lines = [line.strip() for line in content.splitlines() if line.strip()]
    commands = [line for line in lines if not FENCE_OR_COMMENT.fullmatch(line)]
    return bool(commands) and all(SYSTEM_COMMAND.fullmatch(line) and SOMEONE.search(line) is None
                                  for line in commands)
