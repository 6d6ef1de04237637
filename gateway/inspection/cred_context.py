"""Contextual credential patterns: passwords in URIs, Authorization headers, and CLI arguments
(`mysql -p'x'`, `curl -u user:pass`, `sshpass -p`, `net user NAME PASS`).
"""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit, looks_fake, matches_at, occurring, starts_of
from gateway.inspection.cred_values import (
    char_classes,
    decode_base64,
    is_placeholder,
    key_entropy,
    looks_like_key,
    looks_like_password,
    user_password,
)
from gateway.inspection.literals import Occurrences

_URI = re.compile(
    r"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://(?P<user>[^\s:/@\"'<>`]{0,64}):(?P<s>[^\s@/\"'<>`]{1,128})"
    # an empty host before the path (`snowflake://user:pw@/DB?account=...`: the host sits in the query)
    r"@(?:(?P<host>[A-Za-z0-9\[\]_.\-]+)|(?=/[A-Za-z0-9_]))"
)
# Go's MySQL driver DSN has no scheme: `user:password@tcp(host:3306)/db`, `user:pw@unix(/run/mysqld.sock)/db`
_DSN_ANCHORS = ("@tcp(", "@tcp6(", "@unix(", "@udp(")
_DSN = re.compile(r"(?P<user>[^\s:/@\"'`(){}<>]{1,64}):(?P<s>[^\s\"'`]{1,128})@(?:tcp6?|unix|udp)\(")
_DSN_TOKEN_START = re.compile(r"[^\s\"'`=,(]*$")  # back from the `@` to where the DSN's token begins
_AUTH = re.compile(  # a Salesforce session id holds one `!`: `00D8y000000Hq2P!AQ4AQ…`
    r"(?<![A-Za-z\-])(?P<scheme>Basic|Bearer|Token|Digest|Negotiate)[ \t]+"
    r"(?P<s>[A-Za-z0-9\-._~+/]{12,}(?:![A-Za-z0-9\-._~+/]{12,})?=*)(?![A-Za-z0-9\-._~+/=!])",
    re.IGNORECASE,
)
# Any other scheme an Authorization header names: Splunk HEC's `Splunk <token>`, Opsgenie's `GenieKey`,
# `Api-Key`, GoDaddy's `sso-key KEY:SECRET`. Signature schemes (AWS4-HMAC-SHA256) carry `key=value` lists.
_SCHEME_TOKEN = (r"(?P<scheme>[A-Za-z][\w\-]{1,30})[ \t]+"
                 r"(?P<s>[A-Za-z0-9\-._~+/:]{16,256}={0,2})(?![A-Za-z0-9\-._~+/:=,])")
_AUTH_HEADER = re.compile(r"(?i:authori[sz]ation)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?" + _SCHEME_TOKEN)
_AUTH_VALUE = re.compile(_SCHEME_TOKEN)
_SCHEMES_ELSEWHERE = frozenset({"basic", "bearer", "token", "digest", "negotiate"})  # _AUTH reads them
_SIGNATURE_SCHEME = re.compile(r"aws|hmac|signature|oauth", re.IGNORECASE)
_AUTH_HEADER_ANCHORS = ("authorization", "authorisation")
# A key sent as a bare query parameter: PAN-OS `/api/?type=op&cmd=…&key=…`, Firebase `?auth=…`
# An Azure Functions key: `https://x.azurewebsites.net/api/fn?code=…` (elsewhere `code=` is a one-time OAuth code).
_QUERY_KEY = re.compile(r"[?&](?P<name>key|auth|code)=(?P<s>[A-Za-z0-9%+/_\-.~]{20,256}={0,2})")
_QUERY_KEY_ANCHORS = ("?key=", "&key=", "?auth=", "&auth=", "?code=", "&code=")
_FUNCTION_URL = re.compile(r"/api/[^\s?\"'`]*$")
_WORD = re.compile(r"[a-z]{3,}")
_SEPARATORS = re.compile(r"[/_\-.=:+]")  # `+`: a space in a query string
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEADER_CONTEXT = re.compile(r"authori[sz]ation|-H\b|header|curl|\bwget\b|fetch\(|requests\.", re.IGNORECASE)
_MYSQL = re.compile(
    r"\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b(?:[^\n|;&]|\\\r?\n)*?[ \t]-p"
    r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))"
)
_LOGIN = re.compile(
    r"\b(?:docker|podman|buildah|skopeo|nerdctl|oras|helm[ \t]+registry)[ \t]+login\b"
    r"(?:[^\n|;&]|\\\r?\n)*?[ \t]-p[ \t]+"
    r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))"
)
_LDAP = re.compile(
    r"\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)\b(?:[^\n|;&]|\\\r?\n)*?[ \t]-w[ \t]*"
    r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))"
)
_QUOTED_VALUE = r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))"
_CURL_USER = re.compile(  # the password quoted on its own too: `-u admin:'Jk!ns-Pr0d#2024'`; no user: `-u :<PAT>`
    r"(?<![\w\-])(?:-u|--user)[ \t]+[\"']?(?!(?:allow|deny):)(?P<user>[^\s:\"'@]{0,64}):" + _QUOTED_VALUE
)  # not CUPS' `lpadmin -p PRN -u allow:@finance,mjacobs`: who may print
# An API key sent as the basic-auth user with an empty or dummy password (BambooHR `-u "KEY:x"`, `-u KEY:`).
_CURL_KEY_USER = re.compile(r"(?<![\w\-])(?:-u|--user)[ \t]+[\"']?(?P<user>[A-Za-z0-9_\-.]{16,128}):"
                            r"[^\s:\"'@]{0,3}(?=[\"'\s]|$)")
# lftp's `-u user,password` (on its command line or its `open` command): the password after the comma.
_LFTP_USER = re.compile(r"\blftp\b[^\n|;&]*?[ \t]-u[ \t]+[\"']?[^\s,\"'@]{1,64},"
                        r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))")
# A user flag followed by a password flag, as scripts and schedulers call jobs: `run.sh -u svc -p 'S3ttl3!'`.
# Tools that spell the pair in capitals do too (`ipmitool -U ADMIN -P 'x'`, Sybase `isql -U sa -P x`); psql's
# `-P name=value` is a print option, not a password.
_USER_THEN_PASSWORD = re.compile(
    r"(?<![\w\-])(?:(?:-u|--user(?:name)?)(?:[ \t]+|=)[^\s\-'\"][^\s'\"]{0,63}[ \t]+(?:-p|--pass(?:word)?)"
    r"|-U[ \t]+[^\s\-'\"][^\s'\"]{0,63}[ \t]+-P(?![ \t]+[a-z_]+=))(?:[ \t]+|=)" + _QUOTED_VALUE
)
# Database and broker clients that take the password as a flag or an argument.
_CLIENT = re.compile(
    r"\b(?:redis-cli(?:[^\n|;&]|\\\r?\n)*?[ \t](?:-a|--pass)"
    r"|(?:mongo|mongosh)\b(?:[^\n|;&]|\\\r?\n)*?[ \t](?:-p|--password)"
    r"|(?:sqlcmd|bcp|osql|mosquitto_(?:pub|sub|rr))\b(?:[^\n|;&]|\\\r?\n)*?[ \t]-P"
    # a RADIUS or TACACS+ server's shared secret on a Cisco WLC or IOS line: `config radius auth add 1 IP 1812 ascii S`
    r"|(?i:config[ \t]+radius[ \t]+(?:auth|acct)[ \t]+add[ \t]+\d+[ \t]+\S+[ \t]+\d+[ \t]+ascii)"
    r"|(?i:(?:radius|tacacs)-server[ \t]+key(?:[ \t]+[07])?)"
    r"|htpasswd[ \t]+(?:-\w+[ \t]+)*-\w*b\w*[ \t]+\S+[ \t]+\S+"
    r"|rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S+"
    # DB2 CLP and SAP HANA's secure store: `connect to DB user U using 'pw'`, `hdbuserstore SET KEY host user 'pw'`
    r"|(?i:connect[ \t]+to[ \t]+\S+[ \t]+user[ \t]+\S+[ \t]+using)"
    r"|(?i:hdbuserstore)(?:[ \t]+-\S+)*[ \t]+(?i:set)[ \t]+\S+[ \t]+\S+[ \t]+\S+)[ \t]+" + _QUOTED_VALUE
)
# Oracle tools take `user/password[@db]` as their first argument: sqlplus, SQL*Loader, Data Pump, EBS loaders.
_ORACLE_LOGON = re.compile(
    r"\b(?i:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl|fndload|wfload|concsub)\b(?:[ \t]+-\w+)*[ \t]+"
    r"(?i:userid=|target=)?[\"']?[A-Za-z][\w$#]{0,29}/"
    r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"@/]+))"  # the password ends at `@db`
)
# SQL*Plus's own `CONNECT user/password@db` (or `conn`), as a script or a session types it.
_SQLPLUS_CONNECT = re.compile(
    r"(?<!\S)(?i:conn(?:ect)?)[ \t]+[A-Za-z][\w$#]{0,29}/"
    r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"@/]+))@"
)
# ldap3's `Connection(server, 'cn=svc,...', 'password')`: the bind DN and its password as literals.
_BIND_CONNECTION = re.compile(r"\bConnection\(\s*[\w.]+\s*,\s*(?:user\s*=\s*)?[\"'][^\"'\n]{1,200}[\"']\s*,\s*"
                              r"(?:password\s*=\s*)?[\"'](?P<bare>[^\"'\s]{6,128})[\"']")
# A login call with both literals: `smtp.login("reports@acme.io", "Tulip-Harbor-9921!")`, `ftp.login(...)`, after a
# connection string: `ibm_db.connect("DATABASE=…;HOSTNAME=…;", "dwload", "aIlDw0…")`.
_LOGIN_CALL = re.compile(r"\.(?:login|auth|authenticate|bind|simple_bind_s|connect)\(\s*"
                         r"(?:[\"'][^\"'\n]{1,200}[\"']\s*,\s*(?=[\"'][^\"'\n]{1,80}[\"']\s*,))?(?:user(?:name)?\s*=\s*)?"
                         r"[\"'][^\"'\n]{1,80}[\"']\s*,\s*(?:password\s*=\s*)?[\"'](?P<bare>[^\"'\s]{6,128})[\"']")
# Google's and Microsoft's app passwords: sixteen lower-case letters (`smtp.login(user, "jejcftalvzzneriu")`)
_APP_PASSWORD = re.compile(r"[a-z]{16}")


def _app_password(login: re.Match) -> bool:
    """An app password for a mailbox: a `.login(` with an address, then sixteen varied lower-case letters."""
    value = login.group("bare")
    return login.group(0).startswith(".login(") and "@" in login.group(0)[:login.start("bare") - login.start()] \
        and _APP_PASSWORD.fullmatch(value) is not None and len(set(value)) >= 10


_OPENSSL_PASS = re.compile(r"-pass(?:in|out)?[ \t]+pass:(?P<bare>[^\s'\"]+)")
_SSHPASS = re.compile(r"\bsshpass[ \t]+-p[ \t]*(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>\S+))")
_NET_USER = re.compile(
    # `net user NAME PASS` sets the password, before its switches (`/add`, `/active:yes`) or alone on its line
    r"(?i)\bnet[ \t]+user[ \t]+(?:\"[^\"\n]+\"|\S+)[ \t]+(?P<s>(?!/)[^\s*\"'`]+)"
    r"(?:[ \t]+/[a-z]|[ \t]*(?:$|[\n\"'`;&|]))|"
    # a share mapped with its login: `net use Z: \\fs02\Finance /user:RETAIL\svc-storefin Pl@nogram4432!`
    r"\bnet[ \t]+use[ \t]+(?:[a-z]:[ \t]+)?\S+[ \t]+/u(?:ser)?:(?:\"[^\"\n]+\"|\S+)[ \t]+(?P<s2>(?![/*])[^\s]+)"
)
# smbclient's `-U user%password`, quoted or not: `-U backupuser%'Zomer2025!Nas'`
_SMB_USER = re.compile(r"-U[ \t]+['\"]?[^\s%'\"]{1,64}%(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))")
_CHPASSWD = re.compile(
    r"(?P<user>[A-Za-z0-9_.\-]{1,32}):(?P<s>[^\s'\":]{4,128})['\"]?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd"
)
# The MinIO client's alias: `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (older `mc config host add`).
_MINIO_ALIAS = re.compile(r"\bmc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+\S+[ \t]+\S+[ \t]+\S+[ \t]+"
                          r"(?:'(?P<sq>[^'\n]+)'|\"(?P<dq>[^\"\n]+)\"|(?P<bare>[^\s'\"]+))")
_QUOTED_CLI = (
    (_MYSQL, ("mysql", "mariadb")),
    (_LOGIN, ("docker", "podman", "buildah", "skopeo", "nerdctl", "oras", "helm")),
    (_SSHPASS, ("sshpass",)),
    (_LDAP, ("ldap",)),
    (_CLIENT, ("redis-cli", "mongo", "sqlcmd", "bcp", "osql", "mosquitto_", "htpasswd", "rabbitmqctl", "connect to",
               "hdbuserstore", "config radius", "radius-server", "tacacs-server")),
    (_ORACLE_LOGON, ("sqlplus", "sqlldr", "expdp", "impdp", "rman", "dgmgrl", "fndload", "wfload", "concsub")),
    (_SQLPLUS_CONNECT, ("conn",)),
    (_OPENSSL_PASS, ("pass:",)),
    (_LFTP_USER, ("lftp",)),
    (_MINIO_ALIAS, ("mc alias", "mc config")),
)

_AUTH_ANCHORS = ("basic", "bearer", "token", "digest", "negotiate")
_NET_ANCHORS = ("net ", "net\t")
_LOGIN_CALL_ANCHORS = (".login(", ".auth(", ".authenticate(", ".bind(", ".simple_bind_s(", ".connect(")
# every word the functions here look up in `found` (occurrences in fold(text))
_CLI_LITERALS = (*(anchor for _, anchors in _QUOTED_CLI for anchor in anchors), "-u", "--user", *_NET_ANCHORS,
                 "chpasswd", *_LOGIN_CALL_ANCHORS, "connection(")  # cli_hits finds nothing where none occurs
LITERALS = ("://", *_AUTH_ANCHORS, *_CLI_LITERALS, *_DSN_ANCHORS, *_AUTH_HEADER_ANCHORS, *_QUERY_KEY_ANCHORS)


def _quoted_group(match: re.Match) -> str:
    return next(g for g in ("sq", "dq", "bare") if g in match.re.groupindex and match.group(g) is not None)


def _uri_matches(text: str, found: Occurrences) -> list[re.Match]:
    """What `_URI.finditer(text)` yields, tried only where a scheme can end at a `://`."""
    starts: set[int] = set()
    for pos in found["://"]:
        starts.update(range(max(0, pos - 21), pos - 1))  # the scheme is 2 to 21 characters
    matches, cursor = [], 0
    for start in sorted(starts):
        if start >= cursor and (match := _URI.match(text, start)) is not None:
            matches.append(match)
            cursor = match.end()
    return matches


def _dsn_matches(text: str, found: Occurrences) -> list[re.Match]:
    """Schemeless `user:password@tcp(` DSNs, each read back from its `@protocol(`."""
    matches = []
    for at in starts_of(found, _DSN_ANCHORS):
        begin = _DSN_TOKEN_START.search(text, max(0, at - 200), at)
        end = text.index("(", at) + 1
        if begin is not None and (match := _DSN.fullmatch(text, begin.start(), end)) is not None:
            matches.append(match)
    return matches


def _named_password(password: str) -> bool:
    return is_placeholder(password) or password.lower() in ("password", "pass", "pwd", "secret")


def uri_hits(text: str, found: Occurrences) -> list[Hit]:
    """`scheme://user:password@host` and `user:password@tcp(host)`: the password."""
    hits = []
    for match in _uri_matches(text, found):
        password = match.group("s")
        if _named_password(password):
            continue
        if password.isdigit() and len(password) <= 5 and not match.group("user"):
            continue  # host:port
        hits.append(Hit(match.start("s"), match.end("s"), "connection_string", 0.9))
    hits += [Hit(m.start("s"), m.end("s"), "connection_string", 0.9) for m in _dsn_matches(text, found)
             if not _named_password(m.group("s"))]
    return hits


def _key_only(decoded: str) -> bool:
    """`KEY:` with no password, or a filler one (BambooHR's `KEY:x`): an API key sent as the Basic user
    (Greenhouse, Stripe, Mailgun, BambooHR); or `:TOKEN` with no user (an Azure DevOps PAT)."""
    key, sep, rest = decoded.partition(":")
    if not sep:
        return False
    return len(rest) <= 2 and looks_like_key(key, 20) or not key and looks_like_key(rest, 20)


def _auth_hit(text: str, match: re.Match) -> Hit | None:
    scheme, value = match.group("scheme").lower(), match.group("s")
    if is_placeholder(value):
        return None
    if scheme == "basic":
        decoded = decode_base64(value)
        if decoded is None or user_password(decoded) is None and not _key_only(decoded):
            return None
        return Hit(match.start("s"), match.end("s"), "basic_auth", 0.95)
    bits = key_entropy(value, 16)
    if bits is None or bits < 3.3:  # looks_like_key(value, 16) and an entropy of 3.3 at least
        return None
    context = _HEADER_CONTEXT.search(text, max(0, match.start() - 80), match.start())
    if scheme != "bearer" and context is None:
        return None
    return Hit(match.start("s"), match.end("s"), "bearer_token", 0.9 if context else 0.8)


def header_hits(text: str, found: Occurrences) -> list[Hit]:
    """`Authorization: Basic <base64 user:pass>` / `Bearer <token>` / `Token <token>`."""
    matches = matches_at(_AUTH, text, starts_of(found, _AUTH_ANCHORS))
    return [hit for match in matches if (hit := _auth_hit(text, match)) is not None]


def _ascending_run(value: str, length: int = 5) -> bool:
    """`abcdef01-2345-6789-…`: a run of consecutive characters that marks a made-up example."""
    run = 1
    for before, after in zip(value.lower(), value[1:].lower(), strict=False):
        run = run + 1 if ord(after) == ord(before) + 1 else 1
        if run >= length:
            return True
    return False


def _random_token(value: str, min_entropy: float) -> bool:
    """A random machine secret, not a placeholder, an example or a word."""
    if is_placeholder(value) or looks_fake(value) or _ascending_run(value.replace("-", "")):
        return False
    bits = key_entropy(value, 16)
    return bits is not None and bits >= min_entropy


def scheme_token(value: str) -> tuple[int, int] | None:
    """The span of the credential in an Authorization header value of a scheme `_AUTH` does not
    read (`Splunk 8e1c…`, `GenieKey …`), or None."""
    match = _AUTH_VALUE.fullmatch(value.strip())
    if match is None or not _scheme_credential(match):
        return None
    offset = len(value) - len(value.lstrip())
    return match.start("s") + offset, match.end("s") + offset


def _scheme_credential(match: re.Match) -> bool:
    scheme = match.group("scheme")
    if scheme.lower() in _SCHEMES_ELSEWHERE or _SIGNATURE_SCHEME.search(scheme):
        return False
    return _random_token(match.group("s"), 3.3)


def authorization_hits(text: str, found: Occurrences) -> list[Hit]:
    """`Authorization: <Scheme> <token>` for the schemes `header_hits` does not read."""
    matches = matches_at(_AUTH_HEADER, text, starts_of(found, _AUTH_HEADER_ANCHORS))
    return [Hit(m.start("s"), m.end("s"), "api_key", 0.85) for m in matches if _scheme_credential(m)]


def _object_name(value: str) -> bool:
    """`uploads/avatars/profile-picture.png`, a UUID: an object's key, not a secret."""
    return word_parts(value) >= 2 or _UUID.fullmatch(value) is not None


def word_parts(value: str) -> int:
    """How many of the value's parts between separators (`/`, `_`, `-`, `.`, `=`, `:`, `+`) are lower-case words."""
    return sum(1 for part in _SEPARATORS.split(value) if _WORD.fullmatch(part))


def _function_url(text: str, at: int) -> bool:
    """Whether the query string at `at` follows a function's `/api/` path."""
    return _FUNCTION_URL.search(text, max(0, at - 200), at) is not None


def query_key_hits(text: str, found: Occurrences) -> list[Hit]:
    """A random key in a URL's `key=` or `auth=` parameter (not an object's name)."""
    hits = []
    for match in matches_at(_QUERY_KEY, text, starts_of(found, _QUERY_KEY_ANCHORS)):
        value = match.group("s")
        if match.group("name") == "code" and not _function_url(text, match.start()):
            continue
        if not _object_name(value) and _random_token(value, 3.5):
            hits.append(Hit(match.start("s"), match.end("s"), "api_key", 0.8))
    return hits


def _cli_password(match: re.Match, group: str, type_: str = "password") -> Hit | None:
    value = match.group(group)
    if is_placeholder(value) or len(value) < 3:
        return None
    return Hit(match.start(group), match.end(group), type_, 0.85)


def _chosen_password(value: str) -> bool:
    """A password someone chose (`S3ttl3!EoD#99`), not a port, a path or a word."""
    return looks_like_password(value) and char_classes(value) >= 3


def cli_hits(text: str, found: Occurrences) -> list[Hit]:
    """Passwords given on a command line."""
    if not found.any(_CLI_LITERALS):
        return []
    hits: list[Hit | None] = []
    for regex, anchors in _QUOTED_CLI:
        hits += [_cli_password(m, _quoted_group(m)) for m in matches_at(regex, text, starts_of(found, anchors))]
    curl_user = sorted({*occurring(text, found, "-u"), *occurring(text, found, "--user")})  # case-sensitive
    user_flags = sorted({*curl_user, *occurring(text, found, "-U")})
    hits += [_cli_password(m, _quoted_group(m), "basic_auth") for m in matches_at(_CURL_USER, text, curl_user)]
    hits += [Hit(m.start("user"), m.end("user"), "api_key", 0.85) for m in matches_at(_CURL_KEY_USER, text, curl_user)
             if _random_token(m.group("user"), 3.3) and not _object_name(m.group("user"))]
    hits += [_cli_password(m, group) for m in matches_at(_USER_THEN_PASSWORD, text, user_flags)
             if _chosen_password(m.group(group := _quoted_group(m)))]
    hits += [_cli_password(m, "s" if m.group("s") else "s2")
             for m in matches_at(_NET_USER, text, starts_of(found, _NET_ANCHORS))]
    hits += [_cli_password(m, _quoted_group(m)) for m in matches_at(_SMB_USER, text, occurring(text, found, "-U"))]
    hits += [_cli_password(m, "bare") for m in matches_at(_LOGIN_CALL, text, starts_of(found, _LOGIN_CALL_ANCHORS))
             if looks_like_password(m.group("bare")) and char_classes(m.group("bare")) >= 3
             or _app_password(m)]
    hits += [_cli_password(m, "bare") for m in matches_at(_BIND_CONNECTION, text, found["connection("])
             if _chosen_password(m.group("bare"))]
    if found["chpasswd"]:
        hits += [_cli_password(m, "s") for m in _CHPASSWD.finditer(text)]
    return [hit for hit in hits if hit is not None]
