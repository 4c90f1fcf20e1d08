"""The names of audit events: what the trail, its filters and the extracts show."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    REQUEST_REGISTER = "request.register"
    REQUEST_ATTACH = "request.attach"
    REQUEST_NEEDS_INFO = "request.needs_info"
    REQUEST_RESUME = "request.resume"
    REQUEST_APPROVE = "request.approve"
    REQUEST_REJECT = "request.reject"
    ACCOUNT_ISSUE = "account.issue"
    ACCOUNT_ADD_UNIT = "account.add_unit"
    ACCOUNT_BLOCK = "account.block"
    ACCOUNT_BLOCK_REPEATED = "account.block_repeated"
    ACCOUNT_REISSUE = "account.reissue"
    ACCOUNT_NEW_FIRST_PASSWORD = "account.new_first_password"
    ACCOUNT_REVOKE = "account.revoke"
    ACCOUNT_REVOKE_UNIT = "account.revoke_unit"
    LETTER_RECEIPT = "letter.receipt"
    LETTER_DECISION = "letter.decision"
    REGISTER_IMPORT = "register.import"
    SETTINGS_CHANGE = "settings.change"
    CLERK_ADD = "clerk.add"
    CLERK_BOOTSTRAP = "clerk.bootstrap"
    DEMO_LOAD = "demo.load"
    MAIL_DISMISS = "mail.dismiss"
    MAIL_REPLY = "mail.reply"
    WEB_FORM_DISMISS = "web_form.dismiss"
