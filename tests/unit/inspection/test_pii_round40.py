"""PII mechanisms found by blind round 40, each tested on answers written for the test: the Turkish T.C.
Kimlik No, a Japanese My Number after any label that names it, a date of birth or a home address
after its label in many languages, and pay listed per person under a pay heading."""

from __future__ import annotations

import pytest
from probes import entities, found

from gateway.inspection.pii import PiiDetector
from gateway.inspection.pii_national import tckn_valid


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def test_tckn_checksum() -> None:
    assert tckn_valid("10000000146")
    assert not tckn_valid("10000000147")
    assert not tckn_valid("01234567890")


@pytest.mark.parametrize("text, number", [
    ("Personel kaydı: Elif Demir, T.C. Kimlik No 52716430918, doğum yeri Bursa.", "52716430918"),
    ("Hasta: Murat Kaya — TCKN: 29384716502", "29384716502"),
    ("Kimlik numarası 10000000146 olan çalışanın izni onaylandı.", "10000000146"),
])
def test_turkish_identity_number(detector: PiiDetector, text: str, number: str) -> None:
    assert number in found(detector, text, "TR_TCKN")


@pytest.mark.parametrize("text", [
    "Sipariş numarası 52716430918 kargoya verildi.",
    "Build 29384716502 passed all checks.",
])
def test_turkish_identity_look_alikes(detector: PiiDetector, text: str) -> None:
    assert "TR_TCKN" not in entities(detector, text)


@pytest.mark.parametrize("text, number", [
    ("従業員の個人番号（マイナンバー）： 5823 1947 6032 を登録済み", "5823 1947 6032"),
    ("扶養控除の申告書：マイナンバー【4417-2093-8856】", "4417-2093-8856"),
])
def test_my_number_after_any_label(detector: PiiDetector, text: str, number: str) -> None:
    assert number in found(detector, text, "JP_MY_NUMBER")


@pytest.mark.parametrize("text, value", [
    ("회원 정보 – 이름: 김민준, 생년월일: 1987.11.02, 연락처 별도", "1987.11.02"),
    ("- 生年月日：1975年12月8日\n- 部署：営業部", "1975年12月8日"),
    ("Çalışan: Zeynep Arslan, Doğum tarihi: 14.02.1991", "14.02.1991"),
    ("Stammdaten Jonas Weber – Geburtsdatum 03.09.1984", "03.09.1984"),
])
def test_labelled_date_of_birth(detector: PiiDetector, text: str, value: str) -> None:
    assert value in found(detector, text, "PERSONAL_RECORD")


@pytest.mark.parametrize("text, value", [
    ("배송지 변경: 주소: 부산광역시 해운대구 센텀중앙로 79 1203호", "부산광역시 해운대구 센텀중앙로 79 1203호"),
    ("住所：大阪府大阪市北区梅田3-1-1 グランフロント901", "大阪府大阪市北区梅田3-1-1 グランフロント901"),
    ("Ev adresi: Atatürk Bulv. No: 112 Daire 4, Çankaya / Ankara", "Atatürk Bulv. No: 112 Daire 4, Çankaya / Ankara"),
])
def test_labelled_home_address(detector: PiiDetector, text: str, value: str) -> None:
    assert value in found(detector, text, "PERSONAL_RECORD")


@pytest.mark.parametrize("text", [
    "서버 IP 주소: 10.20.30.40 으로 변경했습니다.",
    "이메일 주소: support@acme.co.kr 로 문의하세요.",
    "주소: https://intranet.acme.co.kr/hr 에서 확인",
    "생년월일: YYYY-MM-DD 형식으로 입력하세요.",
    "住所：未登録",
    "The form asks for the home address and the date of birth of each applicant.",
])
def test_labelled_field_look_alikes(detector: PiiDetector, text: str) -> None:
    assert "PERSONAL_RECORD" not in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Salaries after the merit round:\n- Jonas Becker: €72,400\n- Ana Ribeiro: €65,900 (+4%)",
    "Compensation, Madrid sales team:\n\n* Lucía Morales (L3): EUR 48.000\n* Pablo Serrano (L2): EUR 41.500",
    "Bonus payouts for Q4:\n1. Priya Nair — $8,200\n2. Owen Fletcher — $6,750",
])
def test_pay_listed_per_person(detector: PiiDetector, text: str) -> None:
    assert "COMPENSATION" in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Salary bands for 2024:\n- Principal Engineer: EUR 95,000\n- Staff Engineer: EUR 88,000",
    "Salary benchmarks by city:\n- San Francisco: $165k\n- New York: $150k",
    "Base pay ranges:\n- Customer Success: €50,000\n- Human Resources: €52,000",
    "Pricing plans:\n- Jonas Becker Edition: €72\n- Team Plan: €30",
    "Salaries are reviewed in March:\n- the committee meets\n- budgets are set at €2.4M",
])
def test_pay_list_look_alikes(detector: PiiDetector, text: str) -> None:
    assert "COMPENSATION" not in entities(detector, text)
