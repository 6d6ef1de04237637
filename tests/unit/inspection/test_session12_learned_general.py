"""General forms the learned model read as identity: a wiki page written with general text, names given as
examples of a form, a chat channel to ask in, a term defined by what it is made of."""

from gateway.inspection.generic_frame import is_generic
from gateway.inspection.learned_things import is_doc_page_call


def test_doc_page_with_general_text_changes_nobody() -> None:
    args = ('{"space": "HR", "title": "Contractor FAQ", "body": "Contractor accounts are created with an end date '
            'that matches the contract; otherwise the account expires automatically."}')
    assert is_doc_page_call("confluence_update_page", args)
    assert is_doc_page_call("notion_create_page", args)


def test_doc_page_recording_a_review_still_counts() -> None:
    args = ('{"space": "AUDIT", "title": "Q3 2025 admin access (evidence)", "body": "members of role db_admin = '
            'apetrov, ksingh. Reviewed with the DBA manager: all appropriate, retained."}')
    assert not is_doc_page_call("confluence_create_page", args)


def test_page_permission_calls_are_not_doc_pages() -> None:
    args = '{"title": "Contractor FAQ", "body": "An FAQ in general."}'
    assert not is_doc_page_call("confluence_set_space_permissions", args)
    assert not is_doc_page_call("confluence_update_page_restrictions", args)
    assert not is_doc_page_call("okta_update_user", args)


def test_names_given_as_examples_do_not_make_an_overview_specific() -> None:
    text = ("Here's an overview of how groups work: access is assigned to groups. Group names follow "
            "`<system>-<role>`, e.g. `aws-readonly`, `github-maintainers`. Ask in `#access-requests`.")
    assert is_generic(text)


def test_names_outside_examples_still_count() -> None:
    text = "Here's an overview: I removed `aws-readonly` from j.doe, e.g. `github-maintainers` too."
    assert not is_generic(text)
    assert not is_generic("Overview: added `svc-payroll` to `#access-requests` then granted admin.")


def test_a_term_defined_by_its_parts() -> None:
    assert is_generic("Role = set of permissions; RoleBinding attaches it to subjects in one namespace.")
    assert is_generic("Group = a collection of users that share the same access.")
    assert not is_generic("role = admin; granted to jsmith in prod-eu-1.")
