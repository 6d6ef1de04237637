"""Pattern recognizers for the personal data presidio's bundled set leaves out without a model:
phone numbers, dates of birth and street addresses (national numbers: pii_national). The weak
shapes (any date, any digit run) score under the threshold and only count when a context word
("mobile", "born") stands before them."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

CASE_SENSITIVE = re.DOTALL | re.MULTILINE
IGNORE_CASE = re.IGNORECASE | re.MULTILINE

PHONE_CONTEXT = ["phone", "mobile", "tel", "telephone", "cell", "contact", "call", "sms", "whatsapp",
                 "number", "telefon", "handy", "teléfono", "móvil", "movil", "téléphone", "portable", "telefono",
                 "cellulare", "cell", "celular", "telefone", "telemóvel", "telefoon", "mobiel", "gsm",
                 "on-call", "oncall", "pager", "astreinte", "bereitschaft", "reperibil", "guardia", "beredskap",
                 "emergency", "landline", "calls", "festnetz", "fijo", "fixe", "fisso", "vaste"]
BIRTH_CONTEXT = ["born", "birth", "dob", "birthday", "birthdate", "née", "geboren", "geburtsdatum", "geb",
                 "nacimiento", "nacido", "nacida", "naissance", "nascita", "nascimento", "nasceu",
                 "geboortedatum", "nascida", "nascido", "nasc"]
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
           r"oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
           r"noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
           r"novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
           r"janeiro|fevereiro|março|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|"
           r"augustus)[a-zé]*\.?")
_STREET_EN = (r"\b\d{1,5}(?: [A-Z][a-z]*\.?){1,4} (?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|"
              r"Dr|Drive|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent)\b\.?")
# Irish and British streets named without a street type ("27 Harbour View", "4 Elm Grove"): the words
# are common in other names too, so these count only with a context word ("home", "lives", "address").
_STREET_EN_NAMED = (r"\b\d{1,5}(?: [A-Z][a-z]+){1,3} (?:View|Park|Hill|Grove|Gardens|Square|Row|Mews|Heights|Rise|"
                    r"Walk|Green|Parade|Quay|Villas|Wharf|Vale|Meadows|Manor|Lawns?|Cottages|Glen|Dale|Downs)\b")
_STREET_DE = (r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer)"
              r" \d{1,4}[a-z]?\b|"
              r"\b[A-ZÄÖÜ][a-zäöüß]+er (?:Straße|Strasse|Str\.|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee)"
              r" \d{1,4}[a-z]?\b")
# "Am Hofgarten 3, 53113 Bonn", "Poppelsdorfer Allee 60, 53115 Bonn": a street of any name before a postcode
_STREET_DE_POSTCODE = (r"\b(?:Am|An der|Im|In der|Auf der|Zum|Zur|[A-ZÄÖÜ][a-zäöüß]+er) [A-ZÄÖÜ][a-zäöüß]+ "
                       r"\d{1,4}[a-z]?(?=,? (?:D-)?\d{5} [A-ZÄÖÜ])")
POSTCODE_AND_TOWN = re.compile(r"\d{5} [A-ZÄÖÜ]")
_STREET_IT_PT_NL = (r"\b(?:Via|Viale|Piazza|Corso|Rua|Avenida|Av\.|Travessa|Praça|Largo) "
                    r"(?:(?:das|da|do|dos|de|del|della|dei|di) )?[A-ZÀ-Ý][^\n,;\d]{1,40} "
                    r"\d{1,5}\b|\b[A-Z][a-z]+(?:straat|laan|gracht|plein|weg|kade|singel|dijk) \d{1,4}\b|"
                    # Nordic: "41 Nørrebrogade", "Storgatan 12", "Karl Johans gate 7"
                    r"\b\d{1,4} [A-ZÆØÅÄÖ][a-zæøåäö]+(?:gade|vej|gata|gatan|vägen|veien|gate|torv|stræde)\b|"
                    r"\b[A-ZÆØÅÄÖ][a-zæøåäö]+(?:gade|vej|gata|gatan|vägen|veien|gate|torv|stræde) \d{1,4}\b")
_STREET_FR_ES = (r"(?i:\b\d{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai)"
                 r" [^\n,;]{2,40}|\b(?:calle|c/|avenida|avda\.|plaza|paseo) [^\n,;]{2,40},? \d{1,4})")


ADDRESS_CONTEXT = ["address", "lives", "street", "home", "anschrift", "adresse", "dirección", "domicilio",
                   "domiciliée", "indirizzo", "residente", "wohnhaft", "wohnt", "wohnort", "endereço", "morada",
                   "adres", "woont", "entrega"]
# A word every match of a street pattern holds, lower-cased.
DE_STREET_WORDS = ("straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee")
FR_ES_STREET_WORDS = ("rue", "avenue", "boulevard", "bd ", "place", "chemin", "allée", "impasse", "quai", "calle",
                      "c/", "avenida", "avda.", "plaza", "paseo")
IT_PT_NL_STREET_WORDS = ("via ", "viale", "piazza", "corso", "rua ", "avenida", "av.", "travessa", "praça", "largo",
                         "straat", "laan", "gracht", "plein", "weg", "kade", "singel", "dijk", "gade", "vej",
                         "gata", "vägen", "veien", "gate", "torv", "stræde")


class LiteralGatedRecognizer(PatternRecognizer):
    """A pattern recognizer that runs only when one of the words every match holds is in the text
    (or, for `shape`, a bit of every match): the street patterns try each capitalised word against
    a dozen suffixes, and most answers hold none of them."""

    def __init__(self, entity: str, patterns: list[tuple[str, str, float]], context: list[str],
                 needs: tuple[str, ...] = (), shape: re.Pattern[str] | None = None,
                 flags: int = CASE_SENSITIVE) -> None:
        super().__init__(supported_entity=entity, patterns=[Pattern(*p) for p in patterns], context=context,
                         global_regex_flags=flags)
        self.needs = needs
        self.shape = shape

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list:
        if self.shape is not None and self.shape.search(text) is None:
            return []
        if self.needs and not any(map(text.lower().__contains__, self.needs)):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


def _recognizer(entity: str, patterns: list[tuple[str, str, float]], context: list[str],
                flags: int = CASE_SENSITIVE) -> PatternRecognizer:
    return PatternRecognizer(supported_entity=entity, patterns=[Pattern(*p) for p in patterns],
                             context=context, global_regex_flags=flags)


def contact_recognizers() -> list[EntityRecognizer]:
    """Phones, dates of birth and street addresses, all offline and pattern-only."""
    return [
        _recognizer("PHONE_NUMBER", [
            ("phone_intl", r"(?<![\w+])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){2,4}\b", 0.45),
            # a country code and ten digits or more in groups: a phone number without a word saying so
            # (a French or Belgian mobile's single digit first: "+33 6 71 22 40 98")
            ("phone_intl_full", r"(?<![\w+])\+(?=(?:[ .-]?\d){10,15}\b)\d{1,3}[ .-]\d{1,4}(?:[ .-]\d{2,4}){2,4}\b",
             0.5),
            # E.164 written without separators ("+447700914382"): a plus and 11 to 15 digits is a number to dial
            ("phone_e164", r"(?<![\w+])\+[1-9]\d{10,14}(?![\w.-])", 0.5),
            ("phone_nanp", r"(?<![\w-])\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b", 0.4),
            ("phone_national", r"(?<![\w-])0\d{2,4} \d{3,4} ?\d{3,4}\b|\b[67]\d{2} \d{3} \d{3}\b|"
                               r"(?<![\w-])0[1-9](?:[ .]\d{2}){4}\b|"
                               r"(?<![\w-])0\d[ -]?\d{6,8}\b|\(\d{2}\) ?9?\d{4}-\d{4}\b", 0.3),
        ], PHONE_CONTEXT),
        _recognizer("DATE_OF_BIRTH", [
            ("dob_numeric", r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b", 0.2),
            ("dob_words", rf"\b\d{{1,2}}\.? (?:de )?{_MONTHS} (?:de )?(?:19|20)\d{{2}}\b|\b{_MONTHS} \d{{1,2}},? "
                          r"(?:19|20)\d{2}\b", 0.2),
        ], BIRTH_CONTEXT, IGNORE_CASE),
        # Dates that say birth themselves score on their own, so each runs only where its words stand
        # (in the recognizer above they would lift it over the threshold and make it run on every answer).
        # "nata il", "né le": too short to be context words, "nata" is in "Natasha"
        LiteralGatedRecognizer("DATE_OF_BIRTH", [
            ("dob_after_born", rf"(?:(?<=\bnat[oa] il )|(?<=\bné le )|(?<=\bnée le ))(?:\d{{1,2}}[./-]\d{{1,2}}[./-]"
                               rf"(?:19|20)\d{{2}}|\d{{1,2}}\.? {_MONTHS} (?:19|20)\d{{2}})", 0.6),
        ], BIRTH_CONTEXT, needs=("nata il ", "nato il ", "né le ", "née le "), flags=IGNORE_CASE),
        LiteralGatedRecognizer("DATE_OF_BIRTH", [
            ("dob_cjk", r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:生|生まれ|出生)|(?<=生年月日)[はが：:]?\s?"
                        r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日", 0.6),
        ], BIRTH_CONTEXT, needs=("日生", "日出生", "生年月日"), flags=IGNORE_CASE),
        _recognizer("STREET_ADDRESS", [
            ("street_en", _STREET_EN, 0.5), ("street_en_named", _STREET_EN_NAMED, 0.3),
        ], ADDRESS_CONTEXT),
        LiteralGatedRecognizer("STREET_ADDRESS", [("street_de", _STREET_DE, 0.5)], ADDRESS_CONTEXT, DE_STREET_WORDS),
        LiteralGatedRecognizer("STREET_ADDRESS", [("street_de_postcode", _STREET_DE_POSTCODE, 0.5)], ADDRESS_CONTEXT,
                               shape=POSTCODE_AND_TOWN),
        LiteralGatedRecognizer("STREET_ADDRESS", [("street_fr_es", _STREET_FR_ES, 0.5)], ADDRESS_CONTEXT,
                               FR_ES_STREET_WORDS),
        LiteralGatedRecognizer("STREET_ADDRESS", [("street_it_pt_nl", _STREET_IT_PT_NL, 0.5)], ADDRESS_CONTEXT,
                               IT_PT_NL_STREET_WORDS),
    ]
