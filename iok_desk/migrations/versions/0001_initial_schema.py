"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('clerk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('clerk', 'supervisor', 'admin', name='clerk_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clerk')),
    sa.UniqueConstraint('login', name=op.f('uq_clerk_login'))
    )
    op.create_table('estate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('accounting_key', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_association', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_estate')),
    sa.UniqueConstraint('accounting_key', name=op.f('uq_estate_accounting_key'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('accounting_key', sa.String(length=32), nullable=True),
    sa.Column('first_name', sa.String(length=60), nullable=False),
    sa.Column('last_name', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('name_search', sa.String(length=130), nullable=False),
    sa.Column('contact_search', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('accounting_key', name=op.f('uq_person_accounting_key'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name_search'), ['name_search'], unique=False)

    op.create_table('register_counter',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_register_counter'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login_id', sa.String(length=8), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('issued', 'active', 'blocked', 'revoked', name='account_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('first_password_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('security_stamp', sa.String(length=64), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('failed_login_count', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('blocked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('block_reason', sa.Enum('lost-password', 'unauthorised-use', 'abuse', 'other', name='block_reason', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.Enum('sale', 'gift', 'request', 'decision', 'reissue', 'title-ended', name='account_revoke_reason', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_account_person_id_person')),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['account.id'], name=op.f('fk_account_replaced_by_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('login_id', name=op.f('uq_account_login_id'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_status'), ['status'], unique=False)

    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('estate_id', sa.Integer(), nullable=False),
    sa.Column('accounting_key', sa.String(length=32), nullable=False),
    sa.Column('street', sa.String(length=100), nullable=False),
    sa.Column('building', sa.String(length=8), nullable=False),
    sa.Column('unit_no', sa.String(length=8), nullable=False),
    sa.Column('postal_code', sa.String(length=6), nullable=False),
    sa.Column('city', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('street_search', sa.String(length=100), nullable=False),
    sa.Column('address_search', sa.String(length=140), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estate.id'], name=op.f('fk_unit_estate_id_estate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('accounting_key', name=op.f('uq_unit_accounting_key')),
    sa.UniqueConstraint('street_search', 'building', 'unit_no', name='uq_unit_address')
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_address_search'), ['address_search'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_estate_id'), ['estate_id'], unique=False)

    op.create_table('request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('grant', 'add-unit', 'block', 'revoke', name='request_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('channel', sa.Enum('paper', 'e-mail', 'web-form', 'phone', 'in-person', name='request_channel', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status', sa.Enum('received', 'needs_info', 'approved', 'rejected', 'done', name='request_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('applicant_first_name', sa.String(length=60), nullable=False),
    sa.Column('applicant_last_name', sa.String(length=60), nullable=False),
    sa.Column('applicant_email', sa.String(length=254), nullable=False),
    sa.Column('applicant_phone', sa.String(length=40), nullable=False),
    sa.Column('unit_text', sa.String(length=120), nullable=False),
    sa.Column('login_id_text', sa.String(length=8), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('registered_by_id', sa.Integer(), nullable=False),
    sa.Column('source_message_id', sa.String(length=998), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_request_account_id_account')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['clerk.id'], name=op.f('fk_request_decided_by_id_clerk')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_request_person_id_person')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['clerk.id'], name=op.f('fk_request_registered_by_id_clerk')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_request_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request')),
    sa.UniqueConstraint('number', name=op.f('uq_request_number')),
    sa.UniqueConstraint('source_message_id', name=op.f('uq_request_source_message_id')),
    sa.UniqueConstraint('year', 'sequence', name='uq_request_year_sequence')
    )
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_unit_id'), ['unit_id'], unique=False)

    op.create_table('title',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('coop-right', 'ownership', 'association-ownership', 'lease', name='title_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('accounting_key', sa.String(length=32), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_title_person_id_person')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_title_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_title')),
    sa.UniqueConstraint('accounting_key', name=op.f('uq_title_accounting_key'))
    )
    with op.batch_alter_table('title', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_title_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_title_unit_id'), ['unit_id'], unique=False)

    op.create_table('account_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.Enum('sale', 'gift', 'request', 'decision', 'reissue', 'title-ended', name='access_revoke_reason', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_unit_account_id_account')),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_account_unit_request_id_request')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_account_unit_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_unit'))
    )
    with op.batch_alter_table('account_unit', schema=None) as batch_op:
        batch_op.create_index('ix_account_unit_account_unit', ['account_id', 'unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_unit_unit_id'), ['unit_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_attachment_request_id_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_request_id'), ['request_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('clerk_id', sa.Integer(), nullable=True),
    sa.Column('clerk_login', sa.String(length=63), nullable=False),
    sa.Column('workstation', sa.String(length=255), nullable=False),
    sa.Column('db_user', sa.String(length=63), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_audit_event_account_id_account')),
    sa.ForeignKeyConstraint(['clerk_id'], ['clerk.id'], name=op.f('fk_audit_event_clerk_id_clerk')),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_audit_event_request_id_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_clerk_id'), ['clerk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_request_id'), ['request_id'], unique=False)

    op.create_table('letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('clerk_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_letter_account_id_account')),
    sa.ForeignKeyConstraint(['clerk_id'], ['clerk.id'], name=op.f('fk_letter_clerk_id_clerk')),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_letter_request_id_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_request_id'))
        batch_op.drop_index(batch_op.f('ix_letter_account_id'))

    op.drop_table('letter')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_request_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_audit_event_clerk_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))
        batch_op.drop_index(batch_op.f('ix_audit_event_account_id'))

    op.drop_table('audit_event')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_request_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('account_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_unit_unit_id'))
        batch_op.drop_index('ix_account_unit_account_unit')

    op.drop_table('account_unit')
    with op.batch_alter_table('title', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_title_unit_id'))
        batch_op.drop_index(batch_op.f('ix_title_person_id'))

    op.drop_table('title')
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_unit_id'))
        batch_op.drop_index(batch_op.f('ix_request_status'))
        batch_op.drop_index(batch_op.f('ix_request_received_at'))
        batch_op.drop_index(batch_op.f('ix_request_person_id'))
        batch_op.drop_index(batch_op.f('ix_request_account_id'))

    op.drop_table('request')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_estate_id'))
        batch_op.drop_index(batch_op.f('ix_unit_address_search'))

    op.drop_table('unit')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_status'))
        batch_op.drop_index(batch_op.f('ix_account_person_id'))

    op.drop_table('account')
    op.drop_table('setting')
    op.drop_table('register_counter')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name_search'))

    op.drop_table('person')
    op.drop_table('estate')
    op.drop_table('clerk')
