"""Strong credential patterns: token formats that are secrets by their shape alone.

Each rule has literal `hints` (a cheap substring prefilter), one precompiled regex whose group
`s` (or the whole match) is the secret, a confidence and an optional validator. Also home of the
candidate type `Hit` and the case-folding and anchoring helpers the other `cred_*` rules share.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from gateway.inspection.compiled import compiled
from gateway.inspection.cred_values import MASK_RUN, decode_hex, is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences
from gateway.inspection.patterns import FOLDS


@dataclass(frozen=True, slots=True)
class Hit:
    """A candidate secret at text[start:end] before overlap resolution."""

    start: int
    end: int
    type: str
    confidence: float
    key_id: str | None = None


def _random_bytes(listed: str) -> bool:
    """Sixteen bytes or more written `0x..`, most of them different: a key, not a padding or a lookup table."""
    values = re.findall(r"0x([0-9a-fA-F]{2})", listed)
    return len(set(value.lower() for value in values)) >= 0.75 * len(values)


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"  # lower-case hex


@dataclass(frozen=True, slots=True)
class Rule:
    type: str
    hints: tuple[str, ...]
    regex: re.Pattern[str]
    confidence: float
    check: Callable[[str], bool] | None = None
    at: int | None = 0  # every match starts `at` characters before a hint; None: anywhere


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str, lowered: str | None = None) -> str:
    """Lower-cased text with the same length (and so the same offsets) as `text`; `lowered` is
    text.lower() when the caller has it."""
    lowered = text.lower() if lowered is None else lowered
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


class Caseless:
    """A pattern of lowercase ASCII words, searched for regardless of case: in fold(text) as it is,
    which the regex engine runs several times faster than with IGNORECASE, unless the span holds one
    of FOLDS (the non-ASCII characters IGNORECASE equates with an ASCII letter)."""

    def __init__(self, pattern: str) -> None:
        self._plain = re.compile(pattern)
        self._ignorecase = re.compile(pattern, re.IGNORECASE)

    def occurs(self, text: str, lowered: str, start: int, end: int) -> bool:
        """`re.compile(pattern, re.IGNORECASE).search(text, start, end)` found a match;
        `lowered` is fold(text)."""
        span = text[start:end]
        if span.isascii() or not any(ch in span for ch in FOLDS):
            return self._plain.search(lowered, start, end) is not None
        return self._ignorecase.search(text, start, end) is not None


def anchored(regex: re.Pattern[str], text: str, lowered: str, anchors: tuple[str, ...]) -> list[re.Match]:
    """Matches of `regex` that start where an anchor word occurs in `lowered`: find is far
    cheaper than letting the regex engine try every position of a long answer."""
    matches: dict[int, re.Match] = {}
    for anchor in anchors:
        pos = lowered.find(anchor)
        while pos >= 0:
            if pos not in matches and (match := regex.match(text, pos)) is not None:
                matches[pos] = match
            pos = lowered.find(anchor, pos + 1)
    return [matches[pos] for pos in sorted(matches)]


def _jwt_ok(token: str) -> bool:
    head = token.split(".", 1)[0]
    try:
        header = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(header, dict) and ("alg" in header or "typ" in header)


def _pem_ok(block: str) -> bool:
    body = compiled(r"-----[A-Z0-9 ]+-----|Proc-Type:.*|DEK-Info:.*|\\n|\s").sub("", block)
    return len(body) >= 40 and not is_placeholder(body[:40])


_FAKE = re.compile(r"(.)\1{5}|example|placehold|your|redacted|fake|dummy|sample|insert|replace",
                   re.IGNORECASE)
_FAKE_LOWER = re.compile(_FAKE.pattern)  # on an ASCII token lower-cased: the same answer, without IGNORECASE


def _secret_part(token: str) -> str:
    """A webhook address's path: the tenant's host name ("exampleair.webhook.office.com") says nothing of
    whether the secret path after it is a documentation example."""
    if token.startswith("https://"):
        return token[8:].partition("/")[2]
    return token


def _mode_key(rest: str) -> bool:
    """The random part after a mode prefix: a key's, or a shorter run holding digits (a key split in parts)."""
    return looks_like_key(rest) or looks_like_key(rest, 10) and any(ch.isdigit() for ch in rest) \
        and any(ch.isupper() for ch in rest) and any(ch.islower() for ch in rest)


def looks_fake(token: str) -> bool:
    """Documentation tokens: AKIAIOSFODNN7EXAMPLE, ghp_xxxx..., .../T00000000/B00000000/XXXX."""
    if MASK_RUN.search(token):
        return True
    if token.isascii():
        return _FAKE_LOWER.search(token.lower()) is not None
    return _FAKE.search(token) is not None


def _mixed(token: str) -> bool:
    tail = token[-20:]
    return any(c.isdigit() for c in tail) and any(c.isalpha() for c in tail)


_SNMP_TOOLS = ("walk", "bulkwalk", "get", "getnext", "bulkget", "set", "table", "trap", "inform", "status", "df")


def _device_secret(token: str) -> bool:
    """Neither a lowercase word (`password 0 days` is prose) nor a placeholder (`secret 0 ${PW}`)."""
    return not (token.isalpha() and token.islower()) and not is_placeholder(token)


# words of ordinary English that no BIP-39 word list holds: a sentence after "recovery phrase" is no phrase
_PROSE_WORDS = frozenset({"the", "and", "for", "with", "this", "that", "from", "are", "was", "you", "not", "your",
                          "must", "should", "never", "store", "stored", "keep", "into", "its", "our", "has", "have"})


def _seed_phrase(phrase: str) -> bool:
    return sum(word in _PROSE_WORDS for word in phrase.split()) <= 1


def hex_password(digits: str) -> bool:
    """Hex digits that spell a chosen password: printable ASCII with a letter and a digit or a symbol."""
    plain = decode_hex(digits)
    return plain is not None and " " not in plain and any(c.isalpha() for c in plain) \
        and any(not c.isalpha() for c in plain)


def _bypass_code(code: str) -> bool:
    """A second-factor bypass or temporary access pass: six to ten digits, or a chosen-looking token."""
    digits = code.replace(" ", "").replace("-", "")
    return 6 <= len(digits) <= 10 if digits.isdigit() else _mixed(code)


_B = r"(?<![A-Za-z0-9_\-])"  # left boundary for tokens that may contain - and _
_E = r"(?![A-Za-z0-9_\-])"

RULES: tuple[Rule, ...] = (
    Rule("aws_access_key", ("AKIA", "ASIA"), re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"),
         0.95),
    Rule("github_token", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
         re.compile(_B + r"(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,247})" + _E), 0.97),
    Rule("gitlab_token", ("glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glcbt-", "glsoat-"),
         re.compile(_B + r"gl(?:pat|dt|rt|ptt|ft|cbt|soat)-[A-Za-z0-9_\-]{20,}" + _E), 0.95),
    # LaunchDarkly server-side SDK keys and API access tokens: a prefix and a UUID (mobile keys, `mob-`, ship in apps)
    Rule("launchdarkly_key", ("sdk-", "api-"),
         re.compile(_B + r"(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + _E), 0.85),
    # Snowflake OAuth access and refresh tokens: `ver:2-hint:<digits>-[did:<digits>-]ETMsDg...`
    Rule("oauth_token", ("-hint:",),
         re.compile(_B + r"ver:\d-hint:\d{4,}-(?:did:\d+-)?ETMsD[A-Za-z0-9+/=_\-]{20,}" + _E), 0.9, at=5),
    Rule("slack_token", ("xox", "xapp-"),
         re.compile(_B + r"(?:xox[abposre]-[A-Za-z0-9\-]{10,}|xapp-\d-[A-Za-z0-9\-]{10,})" + _E), 0.95),
    Rule("webhook", ("hooks.slack.com",),
         re.compile(r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/\-]{20,}"), 0.95,
         at=8),
    Rule("webhook", ("discord",),
         re.compile(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{5,}/[A-Za-z0-9_\-]{20,}"),
         0.95, at=None),
    Rule("webhook", ("webhook.office.com",),
         re.compile(r"https://[A-Za-z0-9\-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/\-]{30,}"), 0.9, at=None),
    # an automation rule's incoming webhook: Jira Automation, IFTTT, Google Chat; whoever has it triggers it
    Rule("webhook", ("automation.atlassian.com",),
         re.compile(r"https://automation\.atlassian\.com/pro/hooks/[0-9a-f]{32,64}"), 0.9, at=None),
    Rule("webhook", ("maker.ifttt.com",),
         re.compile(r"https://maker\.ifttt\.com/(?:trigger/[\w-]+/(?:json/)?with/)?key/[A-Za-z0-9_\-]{16,}"), 0.9,
         at=None),
    # a self-hosted chat's incoming webhook: Mattermost's 26-character id, Rocket.Chat's (or another's) id and token
    Rule("webhook", ("/hooks/",),
         re.compile(r"https?://[\w.-]+(?::\d+)?(?:/[\w.-]+)*/hooks/(?P<s>[a-z0-9]{26}|[A-Za-z0-9]{6,40}/[A-Za-z0-9]{24,64})"
                    r"(?![\w/-])"), 0.85, _mixed, at=None),
    Rule("webhook", ("chat.googleapis.com",),
         re.compile(r"https://chat\.googleapis\.com/v1/spaces/[\w-]+/messages\?key=[\w-]{20,}&token=[\w%=-]{20,}"),
         0.9, at=None),
    # HashiCorp Vault unseal keys (base64, 44 characters): three of them open the whole store
    Rule("vault_unseal_key", ("operator unseal", "Unseal Key"),
         re.compile(r"(?:operator unseal(?:[ \t]+-\S+)*|Unseal Key \d+:)[ \t]+"
                    r"(?P<s>[A-Za-z0-9+/]{43,44}={0,2})(?![A-Za-z0-9+/=])"),
         0.9, _mixed, at=0),
    # game platforms: a Steam Web API or publisher key in a URL, a Steam login's password on steamcmd's line
    Rule("api_key", ("steam-api.com", "steampowered.com"),
         re.compile(r"https://(?:partner\.steam-api\.com|api\.steampowered\.com)/[^\s\"'?]*\?(?:[^\s\"']*&)?key="
                    r"(?P<s>[0-9A-Fa-f]{32})(?![0-9A-Fa-f])"), 0.9, at=None),
    Rule("password", ("+login",),
         re.compile(r"\+login[ \t]+(?!anonymous\b)[\w.@-]+[ \t]+(?P<s>[^\s+\"'%$<>][^\s\"']{3,63})(?=[ \t]|$)", re.M),
         0.85, _device_secret, at=0),
    # a Perforce ticket printed by `p4 login -p` (or `-a -p`): 32 hex digits that log in as the user
    Rule("session_ticket", ("login -p", "login -a -p", "login -pa", "login -ap"),
         re.compile(r"login[ \t]+(?:-a[ \t]+)?-(?:p|pa|ap)\b[\s\S]{0,400}?"
                    r"(?<![0-9A-Fa-f])(?P<s>[0-9A-F]{32})(?![0-9A-Fa-f])"),
         0.85, at=0),
    # a wallet's recovery (seed) phrase: 12 to 24 lower-case words set off in quotes, backticks or a line of their
    # own, shortly after the words that name it; whoever holds it holds the wallet
    Rule("seed_phrase", ("recovery phrase", "seed phrase", "mnemonic", "seed words", "backup phrase",
                         "Recovery phrase", "Seed phrase", "Mnemonic", "MNEMONIC"),
         re.compile(r"(?i:recovery phrase|seed phrase|mnemonic|seed words|backup phrase)[^\n]{0,60}?"
                    r"(?:\n[ \t]*){0,2}[^\n]{0,20}?(?:^|[`\"'“:=])[ \t]*"
                    r"(?P<s>[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23})[ \t]*(?=[`\"'”]|$)", re.M),
         0.9, _seed_phrase, at=0),
    # a password written in hex to dodge an installer's quoting (`PasswordHex=5472…`, `echo 5472… | xxd -r -p`)
    Rule("password", ("Hex=", "hex=", "HEX=", "Hex:", "hex:", "HEX:", "hex =", "Hex =", "HEX ="),
         re.compile(r"(?i:pass(?:word|wd)?|pwd|pw|secret)[\w.-]{0,12}?(?i:hex)[\"']?[ \t]*[:=][ \t]*[\"']?"
                    r"(?P<s>(?:[0-9a-fA-F]{2}){6,64})(?![0-9A-Za-z])"), 0.85, hex_password, at=None),
    Rule("password", ("xxd -r -p",),
         re.compile(r"echo[ \t]+[\"']?(?P<s>(?:[0-9a-fA-F]{2}){6,64})[\"']?[ \t]*\|[ \t]*xxd -r -p"), 0.85,
         hex_password, at=None),
    # a one-time MFA bypass code or an Entra temporary access pass handed over: it signs in without the factor
    Rule("mfa_bypass_code", ("bypass", "Bypass", "access pass", "Access Pass", "Access pass"),
         re.compile(r"(?i:bypass(?: code)?|access pass)\b[^\n]{0,160}?(?:\*\*|`|:[ \t]*|\bis[ \t]+)"
                    r"(?P<s>\d{3,5}[ -]?\d{3,5}|[A-Za-z0-9!@#$%^&*+=?]{8,24})(?![ -]?\d)(?=\*\*|`|[ \t.,;)]|$)", re.M),
         0.8, _bypass_code, at=0),
    # SNMPv3 users with their clear auth and priv passphrases: `snmp-server user U G v3 auth sha X priv aes 128 Y`
    Rule("device_password", ("v3 auth ",),
         re.compile(r"v3 auth (?:sha|md5|sha-?\d{3})[ \t]+(?P<s>[^\s`'\"<>]{8,64})(?![^\s`'\"<>])"), 0.85,
         _device_secret, at=0),
    # ... or on a net-snmp command line: `snmpwalk -v3 -u U -l authPriv -a SHA -A 'X' -x AES -X 'Y'`
    Rule("device_password", tuple(f"snmp{tool} " for tool in _SNMP_TOOLS),
         re.compile(r"snmp[a-z]{2,10} [^\n|;]{0,200}?[ \t]-[AX][ \t]+[\"']?(?P<s>[^\s`'\"<>]{8,64})(?![^\s`'\"<>])"),
         0.85, _device_secret, at=0),
    # ... or a v1/v2c community on the command line, not the defaults (`snmpget -v2c -c 'rad4r-UPS-rw-7731' host`)
    Rule("device_password", tuple(f"snmp{tool} " for tool in _SNMP_TOOLS),
         re.compile(r"snmp[a-z]{2,10} [^\n|;]{0,200}?[ \t]-c[ \t]*[\"']?(?!(?:public|private)\b)"
                    r"(?P<s>[^\s`'\"<>]{8,64})(?![^\s`'\"<>])"), 0.85, _device_secret, at=0),
    # ... or in net-snmp's snmpd.conf: `createUser U SHA "X" AES "Y"`
    Rule("device_password", ("createUser ",),
         re.compile(r"createUser[ \t]+\S+[ \t]+(?:MD5|SHA(?:-?\d{3})?)[ \t]+[\"']?"
                    r"(?P<s>[^\s`'\"<>]{8,64})(?![^\s`'\"<>])"),
         0.85, _device_secret, at=0),
    Rule("device_password", ("createUser ",),
         re.compile(r"createUser[ \t]+\S+[ \t]+(?:MD5|SHA(?:-?\d{3})?)[ \t]+\S+[ \t]+(?:AES|DES)\w*[ \t]+[\"']?"
                    r"(?P<s>[^\s`'\"<>]{8,64})(?![^\s`'\"<>])"), 0.85, _device_secret, at=0),
    # an SDK's client made with its key as a literal: `meraki.DashboardAPI("c0713bf4…")`, `TodoistAPI("…")`
    Rule("api_key", ("API(", "Api(", "Client("),
         re.compile(r"(?:\b[A-Z]\w*|\b)(?:API|Api|Client)\(\s*(?:[\"'][^\"'\n]{1,60}[\"']\s*,\s*)?"
                    r"[\"'](?P<s>[A-Za-z0-9_\-]{24,80})[\"']"), 0.85, looks_like_key, at=None),
    # ... or with its server, a login and that login's password: `GIS("https://gis.x.gov/portal", "gis_publisher", "…")`
    Rule("password", ('("https://', "('https://", '("http://', "('http://"),
         re.compile(r"\b[A-Z]\w*\(\s*[\"']https?://[^\"'\s]{4,200}[\"']\s*,\s*[\"'][\w.@\\-]{2,60}[\"']\s*,\s*"
                    r"[\"'](?P<s>[^\"'\s]{6,64})[\"']\s*[,)]"), 0.85, looks_like_password, at=None),
    # a vendor's live or production secret key by its mode prefix: `mrd_live_8fK2pQ7v…`, `rk_prod_…` (not a
    # publishable `pk_live_` key, which ships in web pages)
    Rule("api_key", ("_live_", "_prod_"),
         re.compile(r"(?<![A-Za-z0-9_])(?P<s>(?!pk_)[a-z]{2,8}_(?:live|prod)_[A-Za-z0-9]{10,80})(?![A-Za-z0-9_])"),
         0.85, lambda s: _mode_key(s.split("_", 2)[2]), at=None),
    # a GOV.UK Notify API key: the key's name, then the service id and the secret, two UUIDs joined by a hyphen
    Rule("api_key", ("Notify", "notify", "NOTIFY"),
         re.compile(r"(?<![\w-])(?P<s>[A-Za-z0-9_-]{1,100}?-" + UUID + "-" + UUID + r")(?![\w-])"), 0.9, at=None),
    # a key compiled into firmware or code as a byte array: `static const uint8_t PL_HMAC_KEY[32] = { 0xbd, 0xcb, … }`
    Rule("generic_secret", ("KEY[", "Key[", "key[", "SECRET[", "Secret[", "secret[", "PSK[", "psk["),
         re.compile(r"(?i:key|secret|psk)\s*\[\s*\d*\s*\]\s*=\s*\{\s*(?P<s>(?:0x[0-9a-fA-F]{2}\s*,\s*){15,63}"
                    r"0x[0-9a-fA-F]{2})\s*,?\s*\}"), 0.85, _random_bytes, at=None),
    # an Ethereum account's private key in a Hardhat or Truffle network: `accounts: ["0x<64 hex>"]`
    Rule("private_key", ("accounts:", "accounts ="),
         re.compile(r"accounts\s*[:=]\s*\[\s*[\"'](?P<s>(?:0x)?[0-9a-fA-F]{64})[\"']"), 0.9, at=0),
    # a PagerDuty Events API v2 integration key: 32 hex digits under `routing_key` in a body sent to the Events API
    # (a message queue's routing key is a name)
    Rule("api_key", ("events.pagerduty.com", "events.eu.pagerduty.com"),
         re.compile(r"events\.(?:eu\.)?pagerduty\.com/v2/enqueue[\s\S]{0,400}?routing_key[\"']?\s*[:=]\s*[\"']?"
                    r"(?P<s>[0-9a-f]{32})(?![0-9A-Za-z])"), 0.85, at=0),
    Rule("webhook", ("logic.azure.com", "powerplatform.com"),
         re.compile(r"https://[A-Za-z0-9.\-]+\.(?:logic\.azure|powerplatform)\.com[:0-9]*/[^\s\"'<>]*?"
                    r"[?&]sig=[A-Za-z0-9_%\-]{20,}"), 0.9, at=None),
    Rule("stripe_key", ("sk_", "rk_"), re.compile(_B + r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,}" + _E), 0.95),
    Rule("api_key", ("sk-",),
         re.compile(_B + r"sk-(?:ant-(?:api|admin)\d\d-|proj-|svcacct-|admin-|or-v1-)?[A-Za-z0-9_\-]{20,}" + _E),
         0.9, _mixed),
    Rule("google_api_key", ("AIza",), re.compile(_B + r"AIza[0-9A-Za-z_\-]{35}" + _E), 0.95),
    Rule("google_client_secret", ("GOCSPX-",), re.compile(_B + r"GOCSPX-[A-Za-z0-9_\-]{20,}" + _E), 0.95),
    Rule("jwt", ("eyJ",),
         re.compile(_B + r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*" + _E), 0.93, _jwt_ok),
    Rule("private_key", ("PRIVATE KEY",),
         re.compile(r"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----"
                    r"(?:(?!-----).){0,8000}(?:-----END \1PRIVATE KEY(?: BLOCK)?-----)?", re.DOTALL),
         0.98, _pem_ok, at=None),
    # a private key's DER in base64 without its PEM lines (pasted in halves, or to be wrapped later): SEC1 EC keys
    # (`MHcCAQEE…`, P-384 `MIGkAgEBBD…`), PKCS#8 Ed25519 and EC keys, PKCS#1 (`MII??IBAAK…`) and PKCS#8
    # (`MII??IBADAN…`) RSA keys. Public keys (`MIIBIjAN…`, `MFkwEwYH…`) start otherwise.
    Rule("private_key", ("MHcCAQEE", "MIGkAgEBBD", "MC4CAQAwBQYDK2Vw", "MIGHAgEAMBMGByqGSM49"),
         re.compile(r"(?<![A-Za-z0-9+/])(?:MHcCAQEE|MIGkAgEBBD|MC4CAQAwBQYDK2Vw|MIGHAgEAMBMGByqGSM49)"
                    r"[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/]|\.\.|…)"), 0.9),
    Rule("private_key", ("IBAAK", "IBADAN"),
         re.compile(r"(?<![A-Za-z0-9+/])MII[A-Za-z0-9+/]{2}IBA(?:AK|DAN)[A-Za-z0-9+/]{32,}={0,2}"
                    r"(?![A-Za-z0-9+/]|\.\.|…)"), 0.9, at=5),
    # FortiOS and similar appliance CLIs: `set psksecret Few7TKY5…`, `set passwd "…"` inside a `config` block
    Rule("password", ("psksecret", "set passwd"),
         re.compile(r"(?<![\w-])set[ \t]+(?:psksecret|passwd)[ \t]+\"?(?P<s>[^\s\"]{6,128})\"?(?=[ \t]*$)",
                    re.MULTILINE), 0.85, at=None),
    # a live stream's key: whoever holds it broadcasts as the channel (Facebook's `FB-<id>-0-<secret>`, the key after a
    # platform's RTMP ingest path, Twitch's `live_<id>_<secret>`)
    Rule("stream_key", ("FB-",), re.compile(r"(?<![\w-])FB-\d{10,20}-\d-(?P<s>[A-Za-z0-9_-]{20,})" + _E), 0.9),
    Rule("stream_key", ("youtube.com/live2/", "twitch.tv/app/", "facebook.com:443/rtmp/", "live-video.net/app/"),
         re.compile(r"rtmps?://[a-z0-9.-]+(?:youtube\.com/live2|twitch\.tv/app|facebook\.com:443/rtmp|"
                    r"live-video\.net/app)/(?P<s>[A-Za-z0-9_-]{16,})"), 0.9, at=None),
    # YouTube's own shape (`tclz-0680-hlby-f47c-mlwa`), wherever a stream key or YouTube's ingest is named
    Rule("stream_key", ("stream key", "Stream key", "Stream Key", "STREAM KEY", "YouTube", "youtube", "live2"),
         re.compile(r"(?<![\w-])(?=[a-z-]*\d)(?=[\d-]*[a-z])[a-z0-9]{4}(?:-[a-z0-9]{4}){4}(?![\w-])"), 0.85, at=None),
    Rule("stream_key", ("live_",), re.compile(_B + r"live_\d{6,12}_(?P<s>[A-Za-z0-9]{30})" + _E), 0.9),
    Rule("private_key", ("PuTTY-User-Key-File",),
         re.compile(r"PuTTY-User-Key-File-\d: .*?Private-Lines: \d+(?:\r?\n|\\n)[A-Za-z0-9+/=\r\n\\n]{40,}",
                    re.DOTALL), 0.95),
    Rule("gateway_key", ("gwk_",), re.compile(_B + r"gwk_(?P<id>[0-9a-f]{12})_[A-Za-z0-9_\-]{43}" + _E), 0.99),
    Rule("npm_token", ("npm_",), re.compile(_B + r"npm_[A-Za-z0-9]{36}" + _E), 0.95),
    Rule("pypi_token", ("pypi-",), re.compile(_B + r"pypi-AgE[A-Za-z0-9_\-]{50,}" + _E), 0.95),
    Rule("sendgrid_key", ("SG.",), re.compile(_B + r"SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{32,50}" + _E), 0.95),
    Rule("vault_token", ("hvs.", "hvb."), re.compile(_B + r"hv[sb]\.[A-Za-z0-9_\-]{24,}" + _E), 0.9),
    Rule("huggingface_token", ("hf_",), re.compile(_B + r"hf_(?=[A-Za-z0-9]{0,33}[A-Z])[A-Za-z0-9]{30,40}" + _E), 0.9),
    Rule("databricks_token", ("dapi",), re.compile(_B + r"dapi[a-f0-9]{32}(?:-\d)?" + _E), 0.9),
    Rule("digitalocean_token", ("_v1_",), re.compile(_B + r"do[por]_v1_[a-f0-9]{64}" + _E), 0.95, at=3),
    Rule("shopify_token", ("shp",), re.compile(_B + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _E), 0.95),
    Rule("atlassian_token", ("ATATT",), re.compile(_B + r"ATATT[A-Za-z0-9_\-=]{50,}" + _E), 0.95),
    Rule("okta_token", ("SSWS",), re.compile(r"SSWS\s+(?P<s>00[A-Za-z0-9_\-]{38,42})" + _E), 0.95),
    Rule("twilio_key", ("SK",), re.compile(r"(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])"), 0.7),
    # an account SID and its auth token joined as Basic credentials: `AC<32 hex>:<32 hex>`
    Rule("twilio_key", ("AC",), re.compile(r"(?<![A-Za-z0-9])AC[0-9a-f]{32}:(?P<s>[0-9a-f]{32})(?![A-Za-z0-9])"), 0.9),
    Rule("mailchimp_key", ("-us",), re.compile(r"(?<![A-Za-z0-9])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9])"), 0.9, at=32),
    Rule("mailgun_key", ("key-",), re.compile(_B + r"key-[0-9a-f]{32}" + _E), 0.85),
    Rule("azure_storage_key", ("AccountKey=", "SharedAccessSignature=", "SharedAccessKey="),
         re.compile(r"(?:AccountKey|SharedAccessKey)=(?P<s>[A-Za-z0-9+/]{40,}={0,2})"), 0.95),
    Rule("docker_token", ("dckr_pat_", "dckr_oat_"),
         re.compile(_B + r"dckr_(?:pat|oat)_[A-Za-z0-9_\-]{20,}" + _E), 0.95),
    Rule("terraform_token", (".atlasv1.",), re.compile(_B + r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,}" + _E),
         0.95, at=14),
    # an Express signed session cookie (`connect.sid=s%3A<id>.<signature>`): whoever holds it is signed in
    Rule("session_cookie", ("s%3A",),
         re.compile(r"(?<![A-Za-z0-9])s%3A[A-Za-z0-9_-]{16,}\.[A-Za-z0-9+/_%-]{20,}"), 0.85, at=None),
    Rule("salesforce_session", ("00D",), re.compile(r"(?<![A-Za-z0-9])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{60,}"), 0.9),
    Rule("webhook", ("IncomingWebhook/",),
         re.compile(r"https://[A-Za-z0-9.\-]+/webhook[^\s\"'<>]*/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\-]{8,}"), 0.9,
         at=None),
    Rule("azure_client_secret", ("8Q~",), re.compile(_B + r"[A-Za-z0-9_.\-]{3}8Q~[A-Za-z0-9_~.\-]{31,34}" + _E), 0.9,
         at=3),
    Rule("stripe_webhook_secret", ("whsec_",), re.compile(_B + r"whsec_[A-Za-z0-9+/]{24,}" + _E), 0.95),
    Rule("api_key", ("lin_api_", "PMAK-", "NRAK-", "sntrys_", "figd_", "bkua_", "CCIPAT_", "nfp_", "sbp_",
                     "tskey-", "glsa_", "glc_", "pul-", "ntn_", "dp.st.", "dp.pt.", "xkeysib-", "sq0atp-", "sq0csp-",
                     "AKCp", "ATBB"),
         re.compile(_B + r"(?:lin_api_|PMAK-|NRAK-|sntrys_|figd_|bkua_|CCIPAT_|nfp_|sbp_|tskey-(?:auth-|api-)?|glsa_|"
                    r"glc_|pul-|ntn_|dp\.(?:st|pt)\.|xkeysib-|sq0(?:atp|csp)-|AKCp|ATBB)"
                    r"[A-Za-z0-9_\-.]{20,}" + _E), 0.9, _mixed),  # AKCp: JFrog; ATBB: Bitbucket
    # A PagerDuty Events API v1 integration URL: its path carries the service's integration key.
    Rule("webhook", ("pagerduty.com/integration/",),
         re.compile(r"https://events\.(?:eu\.)?pagerduty\.com/integration/[0-9a-f]{32}/enqueue"), 0.9, at=None),
    Rule("age_secret_key", ("AGE-SECRET-KEY-1",), re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}"), 0.98),
    Rule("telegram_bot_token", (":AA",), re.compile(r"(?<![0-9])\d{8,10}:AA[A-Za-z0-9_\-]{33}" + _E), 0.9, at=None),
    Rule("fcm_server_key", ("APA91b",), re.compile(r"(?:AAAA[A-Za-z0-9_\-]{7}:)?APA91b[A-Za-z0-9_\-]{60,}"), 0.9,
         at=None),
    # network devices: a type 0 (clear) or type 7 (reversible) password or key, a type 0 secret (the other
    # secret types are one-way hashes), an SNMP community with its access
    Rule("device_password", ("password 0 ", "password 7 ", "key 0 ", "key 7 ", "secret 0 "),
         re.compile(r"(?:(?:password|key) [07]|secret 0) (?P<s>[^\s`'\"<>]{4,64})(?![^\s`'\"<>])"), 0.85,
         _device_secret, at=0),
    Rule("password", ("sqlplus",),  # sqlplus user/password@database
         re.compile(r"sqlplus(?:\s+-\w+)*\s+[\w$#]+/(?P<s>[^@\s/`'\"]{4,128})@"), 0.85, at=0),
    Rule("session_cookie", ("session=", "sessionid=", "_sess=", "sid="),  # a session value in any header or URL
         re.compile(r"(?:session|sessionid|_sess|sid)=(?P<s>[A-Za-z0-9%+/_\-.]{24,})"), 0.8, _mixed, at=0),
    # a RADIUS or TACACS+ shared secret in clear: `radius-server host 10.0.0.5 key X`, or a `key X` line in
    # a `radius server NAME` / `tacacs server NAME` block (`key 7 X` is the device_password rule's)
    # Junos says `secret "X"` (`set system radius-server 10.0.0.5 secret "X"`), ArubaOS-CX `key plaintext X`
    Rule("device_password", ("radius server ", "radius-server ", "tacacs server ", "tacacs-server ", "tacplus-server "),
         re.compile(r"(?:radius|tacacs|tacplus)[ -]server[^\n]*?(?:[ \t]|\n[ \t]+(?:[^\n]*\n[ \t]+){0,6}?)"
                    r"(?:key|secret)[ \t]+(?:(?:0|plaintext)[ \t]+)?\"?"
                    r"(?P<s>(?![07][ \t])[^\s`'\"<>]{6,64})\"?(?![^\s`'\"<>])"), 0.85, _device_secret, at=0),
    # ArubaOS-CX and AOS-S take a clear secret after `plaintext`: `user admin ... password plaintext X`
    Rule("device_password", ("plaintext ",),
         re.compile(r"(?:(?<=password )|(?<=key )|(?<=secret )|(?<=auth-pass )|(?<=priv-pass ))plaintext[ \t]+"
                    r"(?P<s>[^\s`'\"<>]{4,64})(?![^\s`'\"<>])"), 0.85, _device_secret, at=0),
    Rule("snmp_community", ("snmp-server community ",),
         re.compile(r"snmp-server community (?P<s>(?!(?:public|private)\b)[^\s`'\"<>]{6,64}) (?:RO|RW|ro|rw|view)\b"),
         0.85, at=0),
    Rule("password", ("ConvertTo-SecureString", "convertto-securestring"),  # PowerShell: a password in clear
         re.compile(r"(?i:ConvertTo-SecureString)\s+(?:-String\s+)?([\"'])(?P<s>[^\"'\n$]{6,128})\1\s+(?i:-AsPlainText)"),
         0.85, at=0),
    Rule("password", (".LOGON", ".logon", ".Logon"),  # Teradata BTEQ: `.LOGON tdpid/user,password`
         re.compile(r"\.(?i:logon)[ \t]+(?:[\w.\-]+/)?[\w$#.@\-]+,(?P<s>[^\s,;`'\"]{4,128})"), 0.85,
         _device_secret, at=0),
    # installer answer files: kickstart's `rootpw [--plaintext] secret` (`--iscrypted` gives a hash, `--lock`
    # none) and Debian preseed's `d-i passwd/root-password password secret`
    Rule("password", ("rootpw",),
         re.compile(r"rootpw(?:[ \t]+--(?:plaintext|allow-ssh))*[ \t]+(?P<s>[^\s\-][^\s]{3,127})(?![^\s])"), 0.85,
         _device_secret, at=0),
    Rule("password", ("passwd/",),
         re.compile(r"passwd/(?:root|user)-password(?:-again)?[ \t]+password[ \t]+(?P<s>[^\s]{4,128})"), 0.85,
         _device_secret, at=0),
    Rule("password", ("jdbc:oracle:",),  # jdbc:oracle:thin:USER/PASSWORD@host
         re.compile(r"jdbc:oracle:(?:thin|oci):[\w$#.]+/(?P<s>[^@\s/`'\"]{4,128})@"), 0.85, at=0),
    Rule("password", ("requirepass",),  # Redis: the server's password
         re.compile(r"requirepass\s+([\"']?)(?P<s>[^\s\"']{6,128})\1"), 0.85, at=0),
    Rule("password", (" on >",),  # Redis ACL: `user cart-reader on >secret ~cart:* +get`
         re.compile(r" on >(?P<s>[^\s]{6,128})"), 0.85, at=0),
    # a session replayed from a browser or a HAR file (`{"name": "Cookie", "value": "JSESSIONID=…"}`)
    Rule("session_cookie", ("Cookie:", "cookie:", "COOKIE:", '"Cookie"', '"cookie"'),
         re.compile(r"[\"']?(?i:cookie)(?::|[\"'][ \t]*,[ \t]*[\"']value[\"'][ \t]*:[ \t]*[\"'])[ \t]*"
                    r"(?:[^\n;=\"]{1,64}=[^\n;\"]{0,256};[ \t]*){0,8}?"
                    r"[A-Za-z0-9_.\-]*(?i:sess|sid|auth|token|jwt|remember|sso)[A-Za-z0-9_.\-]*="
                    r"(?P<s>[A-Za-z0-9%+/_\-.]{16,})"), 0.85, _mixed),
    Rule("signed_url", ("sig=", "Signature=", "X-Amz-Signature=", "X-Goog-Signature="),
         re.compile(r"[?&](?:sig|Signature|X-Amz-Signature|X-Goog-Signature)=(?P<s>[A-Za-z0-9%+/_\-]{20,}={0,2})"),
         0.75, at=1),
)


HINTS = tuple(dict.fromkeys(hint for rule in RULES for hint in rule.hints))


def _by_lowercase(hints: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Lowercase form -> the hints that have it: one look-up rules out all of them."""
    groups: dict[str, list[str]] = {}
    for hint in hints:
        groups.setdefault(hint.lower(), []).append(hint)
    return {low: tuple(same) for low, same in groups.items()}


_HINTS_BY_LOWERCASE = _by_lowercase(HINTS)
_RULES_BY_HINT: dict[str, tuple[int, ...]] = {
    hint: tuple(number for number, rule in enumerate(RULES) if hint in rule.hints) for hint in HINTS}


def occurring(text: str, found: Occurrences, literal: str) -> list[int]:
    """Where the case-sensitive `literal` occurs in `text`, given `found`, the occurrences of its
    lowercase form in fold(text) (which has each of them, and maybe a few more to rule out)."""
    return [pos for pos in found[literal.lower()] if text.startswith(literal, pos)]


def starts_of(found: Occurrences, anchors: tuple[str, ...]) -> list[int]:
    """Every offset where one of the anchors starts, once each, ascending."""
    present = found.present(anchors)
    if len(present) <= 1:
        return present[0] if present else []
    return sorted(set().union(*present))


def matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match]:
    """The matches of `regex` that start at one of the ascending, distinct `starts` (what
    `anchored` gives for the anchors whose occurrences they are)."""
    return [match for pos in starts if (match := regex.match(text, pos)) is not None]


def finditer_at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match]:
    """What `regex.finditer(text)` yields, given `starts`: every offset where a match can begin
    (and maybe others). They are tried in order, skipping those inside the previous match."""
    matches, cursor = [], 0
    for start in sorted(set(starts)):
        if start >= cursor and (match := regex.match(text, start)) is not None:
            matches.append(match)
            cursor = max(match.end(), start + 1)
    return matches


def _matches(rule: Rule, text: str, hinted: dict[str, list[int]]) -> list[re.Match]:
    """What `rule.regex.finditer(text)` yields, trying only the positions a hint fixes."""
    if rule.at is None:
        return list(rule.regex.finditer(text))
    starts: set[int] = set()
    for hint in rule.hints:
        starts.update(pos - rule.at for pos in hinted.get(hint, ()) if pos >= rule.at)
    matches, cursor = [], 0
    for start in sorted(starts):
        if start >= cursor and (match := rule.regex.match(text, start)) is not None:
            matches.append(match)
            cursor = max(match.end(), start + 1)
    return matches


def strong_hits(text: str, found: Occurrences) -> list[Hit]:
    """Every strong-pattern secret in `text`; `found` holds the occurrences of every hint, lowercase,
    in fold(text)."""
    hits: list[Hit] = []
    hinted: dict[str, list[int]] = {}  # hint -> where it occurs in `text`
    for low in found.keys() & _HINTS_BY_LOWERCASE.keys():
        hinted.update((hint, at) for hint in _HINTS_BY_LOWERCASE[low] if (at := occurring(text, found, hint)))
    for number in sorted({number for hint in hinted for number in _RULES_BY_HINT[hint]}):
        rule = RULES[number]
        for match in _matches(rule, text, hinted):
            group = "s" if "s" in rule.regex.groupindex else 0
            secret = match.group(group)
            if rule.check is not None and not rule.check(secret):
                continue
            if rule.type not in ("private_key", "gateway_key") and looks_fake(_secret_part(secret)):
                continue
            key_id = match.group("id") if "id" in rule.regex.groupindex else None
            start, end = match.span(group)
            hits.append(Hit(start, end, rule.type, rule.confidence, key_id))
    return hits
