"""HR / IdP attribute changes named by the field's identifier in code (`employeeType`, `manager_id`,
`extensionAttribute7`): "`employeeType` changed from **Contractor** to **Employee**", "cleared the
`extensionAttribute7 = LOA` flag", "set `department` to `Finance`". A field named in a sentence that explains it
("`department` is synced from Workday") changes nothing: a change needs its new value, a from-to or a clearing."""

from __future__ import annotations

from gateway.inspection.patterns import Rule, compile_s

# A field of a person's HR or directory record, as code spells it (camelCase or snake_case), in backticks.
FIELD = (r"`(?:(?i:employee_?type|employment_?(?:type|status)|worker_?type|user_?type|department(?:_?number)?|"
         r"manager(?:_?id)?|cost_?cent(?:er|re)|division|job_?title|(?:contract_?|employment_?)?end_?date|"
         r"hire_?date|termination_?date|last_?day|extension_?attribute\d{1,2}|custom_?attribute\d{1,2}))"
         r"(?:[ \t]*[=:][^`\n]{0,40})?`")
ANCHORS = ("employeetype", "employee_type", "employmenttype", "employment_type", "employmentstatus",
           "employment_status", "workertype", "worker_type", "usertype", "user_type", "department", "manager",
           "costcent", "cost_cent", "division", "jobtitle", "job_title", "enddate", "end_date", "hiredate", "hire_date",
           "terminationdate", "termination_date", "lastday", "last_day", "extensionattribute", "extension_attribute",
           "customattribute", "custom_attribute")
VALUE = r"(?:\*\*|`|\"|'|“)"  # the new value set off as a value

RULES: tuple[Rule, ...] = (
    Rule("code-attribute-change", ANCHORS, compile_s(
        rf"{FIELD}[ \t]+(?:(?:attribute|field|flag|value)[ \t]+)?(?:was[ \t]+|has[ \t]+been[ \t]+|is[ \t]+now[ \t]+)?"
        rf"(?:(?i:changed|updated|switched|moved|flipped)[ \t]+from[ \t]+[^\n]{{1,60}}?[ \t]to[ \t]+\S|"
        rf"(?i:set|changed|updated|flipped)[ \t]+to[ \t]+{VALUE}|(?i:cleared|removed|blanked|emptied)\b)|"
        rf"\b(?i:cleared|removed|blanked|emptied|updated|changed)[ \t]+(?:the[ \t]+)?{FIELD}|"
        rf"\b(?i:set|changed|updated|flipped)[ \t]+(?:the[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+)?{FIELD}"
        rf"[ \t]+(?:(?:attribute|field)[ \t]+)?(?:from[ \t]+[^\n]{{1,60}}?[ \t])?to[ \t]+{VALUE}"),
        "attestation", "modify", 0.75, reach=200),
    # A person's eduPerson affiliation set or removed by a command or an LDIF change (`--set eduPersonAffiliation=alum`,
    # `replace: eduPersonPrimaryAffiliation`): the status every federated service reads.
    Rule("affiliation-change", ("edupersonaffiliation", "edupersonprimaryaffiliation"), compile_s(
        r"(?:(?<!\S)--?(?i:set|add|remove|delete|replace|modify)[ \t=]+|^(?i:add|replace|delete):[ \t]*)"
        r"(?i:eduPerson(?:Primary)?Affiliation)\b"), "attestation", "modify", 0.8),
)
