"""Register core: organisation, catalogues, activities and their links.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("public_explanation", sa.JSON(), nullable=False),
        sa.Column("internal_description", sa.Text(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("controller", "joint_controller", "processor", name="activityrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("data_heading", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("source_details", sa.JSON(), nullable=False),
        sa.Column("criminal_data_authorisation", sa.Text(), nullable=False),
        sa.Column("national_id_legal_basis", sa.Text(), nullable=False),
        sa.Column("automated_decision_making", sa.Boolean(), nullable=False),
        sa.Column("automated_logic", sa.JSON(), nullable=False),
        sa.Column("automated_consequences", sa.JSON(), nullable=False),
        sa.Column(
            "provision_requirement",
            sa.Enum(
                "not_applicable",
                "statutory",
                "contractual",
                "prerequisite_for_contract",
                "voluntary",
                name="provisionrequirement",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("provision_consequence", sa.JSON(), nullable=False),
        sa.Column("dpia_screening", sa.JSON(), nullable=False),
        sa.Column(
            "dpia_status",
            sa.Enum(
                "not_screened",
                "not_required",
                "required",
                "in_progress",
                "done",
                name="dpiastatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("dpia_date", sa.Date(), nullable=True),
        sa.Column("dpia_reference", sa.String(length=500), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("systems", sa.Text(), nullable=False),
        sa.Column("internal_notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("draft", "active", "retired", name="activitystatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("in_statement", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_position"), ["position"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("attention", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("postal_code", sa.String(length=40), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=80), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_table(
        "data_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "ordinary", "special", "criminal", "national_id", name="datacategorykind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("special_category", sa.String(length=60), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_categories")),
    )
    op.create_table(
        "data_subject_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("vulnerable", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_subject_categories")),
    )
    op.create_table(
        "recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "processor",
                "independent_controller",
                "public_authority",
                "group_entity",
                "joint_controller",
                "client_controller",
                name="recipientkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("dpa_reference", sa.String(length=500), nullable=False),
        sa.Column("dpa_signed", sa.Date(), nullable=True),
        sa.Column("dpa_end", sa.Date(), nullable=True),
        sa.Column("partial_adequacy_certified", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipients")),
    )
    op.create_table(
        "register_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_register_meta")),
    )
    op.create_table(
        "security_measures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("technical", "organisational", name="measurekind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_measures")),
    )
    op.create_table(
        "activity_controllers_served",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_controllers_served_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["recipients.id"],
            name=op.f("fk_activity_controllers_served_recipient_id_recipients"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "recipient_id", name=op.f("pk_activity_controllers_served")),
    )
    op.create_table(
        "activity_data_categories",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("data_category_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("wording", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_data_categories_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_category_id"],
            ["data_categories.id"],
            name=op.f("fk_activity_data_categories_data_category_id_data_categories"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "data_category_id", name=op.f("pk_activity_data_categories")),
    )
    op.create_table(
        "activity_data_subjects",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("data_subject_category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_data_subjects_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_subject_category_id"],
            ["data_subject_categories.id"],
            name=op.f("fk_activity_data_subjects_data_subject_category_id_data_subject_categories"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "data_subject_category_id", name=op.f("pk_activity_data_subjects")),
    )
    op.create_table(
        "activity_joint_controllers",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_joint_controllers_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["recipients.id"],
            name=op.f("fk_activity_joint_controllers_recipient_id_recipients"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "recipient_id", name=op.f("pk_activity_joint_controllers")),
    )
    op.create_table(
        "activity_recipients",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_recipients_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["recipients.id"],
            name=op.f("fk_activity_recipients_recipient_id_recipients"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "recipient_id", name=op.f("pk_activity_recipients")),
    )
    op.create_table(
        "activity_security_measures",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("security_measure_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_security_measures_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["security_measure_id"],
            ["security_measures.id"],
            name=op.f("fk_activity_security_measures_security_measure_id_security_measures"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "security_measure_id", name=op.f("pk_activity_security_measures")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("trade_name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("postal_code", sa.String(length=40), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=80), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("chamber_of_commerce", sa.String(length=40), nullable=False),
        sa.Column("privacy_contact_id", sa.Integer(), nullable=True),
        sa.Column("dpo_id", sa.Integer(), nullable=True),
        sa.Column("representative_id", sa.Integer(), nullable=True),
        sa.Column("supervisory_authority_id", sa.Integer(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("statement_date", sa.Date(), nullable=True),
        sa.Column("rights_response_months", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["dpo_id"], ["contacts.id"], name=op.f("fk_organisation_dpo_id_contacts")),
        sa.ForeignKeyConstraint(
            ["privacy_contact_id"], ["contacts.id"], name=op.f("fk_organisation_privacy_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["representative_id"], ["contacts.id"], name=op.f("fk_organisation_representative_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["supervisory_authority_id"],
            ["contacts.id"],
            name=op.f("fk_organisation_supervisory_authority_id_contacts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("legal_basis", sa.String(length=60), nullable=False),
        sa.Column("legitimate_interest", sa.JSON(), nullable=False),
        sa.Column("lia_reference", sa.String(length=500), nullable=False),
        sa.Column("special_category_condition", sa.String(length=60), nullable=False),
        sa.Column("consent_withdrawal", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_purposes_activity_id_activities"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purposes")),
    )
    with op.batch_alter_table("purposes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purposes_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "recipient_sub_processors",
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("sub_processor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["processor_id"],
            ["recipients.id"],
            name=op.f("fk_recipient_sub_processors_processor_id_recipients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sub_processor_id"],
            ["recipients.id"],
            name=op.f("fk_recipient_sub_processors_sub_processor_id_recipients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("processor_id", "sub_processor_id", name=op.f("pk_recipient_sub_processors")),
    )
    op.create_table(
        "retention_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("period_value", sa.Integer(), nullable=True),
        sa.Column(
            "period_unit",
            sa.Enum("days", "weeks", "months", "years", name="periodunit", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("starts_from", sa.JSON(), nullable=False),
        sa.Column("condition", sa.JSON(), nullable=False),
        sa.Column("criterion", sa.JSON(), nullable=False),
        sa.Column("wording", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_retention_rules_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rules")),
    )
    with op.batch_alter_table("retention_rules", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retention_rules_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=8), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("tool", sa.String(length=60), nullable=False),
        sa.Column("tool_reference", sa.String(length=500), nullable=False),
        sa.Column("tia_date", sa.Date(), nullable=True),
        sa.Column("public_note", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipients.id"], name=op.f("fk_transfers_recipient_id_recipients"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
    )
    with op.batch_alter_table("transfers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfers_recipient_id"), ["recipient_id"], unique=False)

    op.create_table(
        "activity_transfers",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_transfers_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfers.id"],
            name=op.f("fk_activity_transfers_transfer_id_transfers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "transfer_id", name=op.f("pk_activity_transfers")),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("headquarters", sa.Boolean(), nullable=False),
        sa.Column("group_entity_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_entity_id"],
            ["recipients.id"],
            name=op.f("fk_offices_group_entity_id_recipients"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_offices_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offices_organisation_id"), ["organisation_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offices_organisation_id"))

    op.drop_table("offices")
    op.drop_table("activity_transfers")
    with op.batch_alter_table("transfers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfers_recipient_id"))

    op.drop_table("transfers")
    with op.batch_alter_table("retention_rules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_rules_activity_id"))

    op.drop_table("retention_rules")
    op.drop_table("recipient_sub_processors")
    with op.batch_alter_table("purposes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purposes_activity_id"))

    op.drop_table("purposes")
    op.drop_table("organisation")
    op.drop_table("activity_security_measures")
    op.drop_table("activity_recipients")
    op.drop_table("activity_joint_controllers")
    op.drop_table("activity_data_subjects")
    op.drop_table("activity_data_categories")
    op.drop_table("activity_controllers_served")
    op.drop_table("security_measures")
    op.drop_table("register_meta")
    op.drop_table("recipients")
    op.drop_table("data_subject_categories")
    op.drop_table("data_categories")
    op.drop_table("contacts")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_position"))

    op.drop_table("activities")
