"""The PII detector: presidio, offline, over answer text and tool-call argument strings.

Expensive (a few dozen regular expressions), so it may run after delivery and flag. No NLP pipeline:
context words are read next to each match (pii_context) and recognizers that cannot score in a
text are not run (pii_gate).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from gateway.inspection.cred_arguments import argument_strings, with_nested
from gateway.inspection.pii_bank import bank_recognizers
from gateway.inspection.pii_contact import contact_recognizers
from gateway.inspection.pii_context import TextOnlyNlpEngine, WindowContextEnhancer
from gateway.inspection.pii_gate import RecognizerGate
from gateway.inspection.pii_labels import LabelledFieldRecognizer
from gateway.inspection.pii_national import national_id_recognizers
from gateway.inspection.pii_queries import PersonalQueryRecognizer
from gateway.inspection.pii_recognizers import generic_recognizers, identity_recognizers
from gateway.inspection.pii_records import (
    BLANK,
    PERSONAL_KEY,
    ContactListRecognizer,
    KeyedValueRecognizer,
    PersonalTableRecognizer,
)
from gateway.inspection.pii_statements import PersonalStatementRecognizer, names_a_person
from gateway.types import Answer, Finding

_SPECIFIC = frozenset({"GCP_SERVICE_ACCOUNT"})  # reported instead of EMAIL_ADDRESS on the same span


_KEY_WORDS = re.compile(r"[a-z]+")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _standalone(text: str, start: int, end: int) -> bool:
    """Not a piece of a longer token: `ae7689447` inside a hex key, digits inside a UUID."""
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return False
    return not any(m.start() <= start and end <= m.end()
                   for m in _UUID.finditer(text, max(0, start - 36), min(len(text), end + 36)))


def _trim(text: str, start: int, end: int, entity: str, score: float) -> tuple[int, int, str, float]:
    """presidio's email pattern takes `member=jdoe@x.io` whole; the address starts after the `=`."""
    if entity == "EMAIL_ADDRESS":
        local = text[start:end].partition("@")[0]
        start += local.rfind("=") + 1
    return start, end, entity, score


def _mask(value: str) -> str:
    """Evidence without the personal data itself: its shape, e.g. `j***@example.com`."""
    if "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    return f"{value[:2]}***({len(value)} chars)" if len(value) > 4 else "***"


# An argument that names whom a record is about: `Worker_Name`, `employee`, `fullName`, `patient_name`
_PERSON_KEY = re.compile(r"(?:^|_)(?:name|full_?name|employee|worker|person|staff|patient|candidate|applicant|"
                         r"student|member|subject|leaver|joiner)(?:_?name)?$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# ... or by the person's number in an HR or school system: `worker_id`, `employeeNumber`, `student_id`
_PERSON_ID_KEY = re.compile(r"^(?:worker|employee|emp|staff|personnel|student|patient)_?(?:id|number|no|num)$")
# ... or keyed by it under a collection of people's records: `"grade_data": {"30188472": {"text_comment": ...}}`
_NUMBERED_RECORD = re.compile(r"(?i)(?:grade|student|learner|user|employee|worker|member|person|people|patient|"
                              r"submission)\w*\.\d{5,12}$")
_BY_ITS_KEY = object()
WHOM_THE_ID_NAMES = "Mx Holder"  # read in place of a name: the statements recognizer asks for one
# A list of the fields a call reads or writes: `"fields": ["FirstName", "HomeAddress"]` asks for a home address
_FIELD_LIST = re.compile(r"(?:^|\.)(?:fields|columns|attributes|properties|select|\$select|include)$", re.IGNORECASE)


def _personal_field(arg) -> bool:
    return (arg.key is None and _FIELD_LIST.search(_parent(arg.path)) is not None
            and PERSONAL_KEY.fullmatch(_CAMEL.sub("_", arg.value).lower().replace("-", "_")) is not None)


def _parent(path: str | None) -> str:
    """The argument path of the object holding the argument at `path` (`payload.Reason` -> `payload`)."""
    if not path:
        return ""
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def _people_by_parent(strings: list) -> dict[str, tuple[object, str]]:
    """Per object of the arguments, the argument holding a person's full name under a key that says so
    (`"Worker_Name": "Sergio Delgado"`), or their number (`"worker_id": "WD-109554"`), and the name to read
    their sibling arguments as said of: those are that person's record."""
    named: dict[str, object] = {}
    numbered: dict[str, object] = {}
    for arg in strings:
        if _NUMBERED_RECORD.search(_parent(arg.path)):
            numbered.setdefault(_parent(arg.path), _BY_ITS_KEY)  # the number is the object's key, no argument
        if arg.key is None or not 3 <= len(arg.value) <= 60:
            continue
        key = _CAMEL.sub("_", str(arg.key)).lower().replace("-", "_")
        if _PERSON_KEY.search(key) and names_a_person(arg.value, 0, len(arg.value)):
            named.setdefault(_parent(arg.path), arg)
        elif _PERSON_ID_KEY.match(key) and any(ch.isdigit() for ch in arg.value):
            numbered.setdefault(_parent(arg.path), arg)
    return {parent: (arg, WHOM_THE_ID_NAMES) for parent, arg in numbered.items()} \
        | {parent: (arg, arg.value) for parent, arg in named.items()}  # a name, where there is one


class PiiDetector:
    """Personal data about identities (presidio entities plus identity identifiers)."""

    name = "pii"
    cost = "expensive"
    kinds = ("pii",)
    version = "3"

    def __init__(self, options: Mapping | None = None) -> None:
        options = options or {}
        self.threshold = float(options.get("score_threshold", 0.5))
        recognizers = (generic_recognizers() + contact_recognizers() + national_id_recognizers() + bank_recognizers()
                       + [PersonalTableRecognizer(), KeyedValueRecognizer(), ContactListRecognizer(),
                          PersonalStatementRecognizer(), LabelledFieldRecognizer(), PersonalQueryRecognizer()]
                       + identity_recognizers(options.get("employee_id_patterns", ())))
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        # A weak pattern (nine digits) backed by a context word ("passport", "ssn") is credible: lift it
        # to 0.6 rather than presidio's 0.4, which the default threshold would drop.
        enhancer = WindowContextEnhancer(context_similarity_factor=0.35, min_score_with_context_similarity=0.6,
                                        context_prefix_count=8)
        with warnings.catch_warnings():  # "no-op engine, so no context from the text": ours reads it
            warnings.filterwarnings("ignore", "LemmaContextAwareEnhancer cannot use context", UserWarning)
            self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=TextOnlyNlpEngine(),
                                           supported_languages=["en"], default_score_threshold=self.threshold,
                                           context_aware_enhancer=enhancer)
        self.gate = RecognizerGate(recognizers, self.threshold)
        self.statements = PersonalStatementRecognizer()

    def spans(self, text: str, context: list[str] | None = None) -> list[tuple[int, int, str, float]]:
        """(start, end, entity, score) of every entity in `text` at or above the threshold;
        `context`: words that stand for the text's surroundings (a tool argument's key)."""
        entities = self.gate.entities(text, context) if len(text) >= 5 else []
        if not entities:
            return []
        results = self.analyzer.analyze(text=text, language="en", entities=entities,
                                        score_threshold=self.threshold, context=context or None)
        found = {_trim(text, r.start, r.end, r.entity_type, round(r.score, 3)) for r in results
                 if _standalone(text, r.start, r.end)}
        accounts = [(start, end) for start, end, entity, _ in found if entity in _SPECIFIC]
        return sorted(hit for hit in found if hit[2] != "EMAIL_ADDRESS"
                      or not any(hit[0] <= start and end <= hit[1] for start, end in accounts))

    def _about_sibling(self, value: str, person: str) -> list[tuple[int, int, str, float]]:
        """Special-category facts in `value` (a dismissal reason, a diagnosis), read as said of `person`,
        whom a sibling argument names: `{"Reason": "Dismissal – harassment complaints", "Worker_Name": ...}`."""
        lead = f"{person}, "
        results = self.statements.analyze(lead + value, self.statements.supported_entities)
        return sorted({(r.start - len(lead), r.end - len(lead), r.entity_type, round(r.score, 3)) for r in results
                       if r.start >= len(lead) and r.score >= self.threshold})

    def _finding(self, text: str, hit: tuple[int, int, str, float], where: str, choice: int,
                 span: tuple[int, int], tool_call: int | None = None, path: str | None = None) -> Finding:
        start, end, entity, score = hit
        return Finding(kind="pii", where=where, detector=self.name, confidence=score,
                       evidence=f"{entity}: {_mask(text[start:end])}", choice=choice, span=span,
                       tool_call=tool_call, argument_path=path, details={"entity": entity})

    def scan(self, answer: Answer) -> list[Finding]:
        findings: list[Finding] = []
        for choice in answer.choices:
            text = choice.content or ""
            for hit in self.spans(text):
                findings.append(self._finding(text, hit, "content", choice.index, hit[:2]))
            for index, call in enumerate(choice.tool_calls):
                findings.extend(self._scan_call(choice.index, index, call.arguments or ""))
        return findings

    def _scan_call(self, choice: int, index: int, raw: str) -> list[Finding]:
        strings = argument_strings(raw)
        if strings is None:
            return [self._finding(raw, hit, "tool_call", choice, hit[:2], index) for hit in self.spans(raw)]
        findings = []
        strings = with_nested(strings)  # a request's JSON `body`: the records it sends
        people = _people_by_parent(strings)
        for arg in strings:
            key = str(arg.key).lower() if arg.key is not None else ""
            hits = self.spans(arg.value, _KEY_WORDS.findall(key) if key else None)
            if not hits and (PERSONAL_KEY.fullmatch(key) and not BLANK.fullmatch(arg.value) or _personal_field(arg)):
                # `"home_address": "Calle de Alcalá 214"`: the argument's name says what it holds
                hits = [(0, len(arg.value), "PERSONAL_RECORD", 0.6)]
            person, name = people.get(_parent(arg.path), (None, ""))
            if not hits and person is not None and person is not arg:
                hits = self._about_sibling(arg.value, name)
            for hit in hits:
                span = arg.to_raw(hit[0], hit[1])
                findings.append(self._finding(arg.value, hit, "tool_call", choice, span, index, arg.path))
        return findings
