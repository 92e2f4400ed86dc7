"""A relational workbook in the layout of CISO Assistant's privacy export: a "Processing"
sheet and sheets of purposes, personal data, data subjects, recipients, contractors and
transfers that refer to a processing by its name or its reference. Plus an "Instructions"
sheet that is no register: it must be reported as not read, with why."""

from .corpus import Workbook, header, plain, row
from .facts import (
    Bases,
    Categories,
    Described,
    Field,
    Name,
    NoSpecial,
    Period,
    Purposes,
    R,
    Recipients,
    Reference,
    Special,
    Subjects,
    Transfers,
    Unread,
)

PROCESSOR, CONTROLLER, AUTHORITY = "processor", "independent_controller", "public_authority"
SCC = "standard_contractual_clauses"

ONBOARDING, HELPDESK, ANALYTICS, BADGES = (
    "Employee onboarding",
    "Customer helpdesk",
    "Website analytics",
    "Access badges",
)

PROCESSING = [
    header("ref_id", "name", "description", "status", "dpia_required", "owner"),
    row(
        ONBOARDING,
        ("PRC-001", Reference()),
        (ONBOARDING, Name()),
        ("Contracts, accounts and equipment for new staff", Described()),
        ("active", Field("status", "active")),
        ("True", Field("dpia_status", "required", "in_progress", "done")),
        ("HR", Field("owner", "HR")),
    ),
    row(
        HELPDESK,
        ("PRC-002", Reference()),
        (HELPDESK, Name()),
        ("Tickets raised by customers by email and chat", Described()),
        ("active", Field("status", "active")),
        ("False", Field("dpia_status", "not_required")),
        ("Customer Success", Field("owner", "Customer Success")),
    ),
    row(
        ANALYTICS,
        ("PRC-003", Reference()),
        (ANALYTICS, Name()),
        ("Aggregated statistics of visits to the public website", Described()),
        ("draft", Field("status", "draft")),
        ("False", Field("dpia_status", "not_required")),
        ("Marketing", Field("owner", "Marketing")),
    ),
    row(
        BADGES,
        ("PRC-004", Reference()),
        (BADGES, Name()),
        ("Badges that open the office doors, with an entry log", Described()),
        ("active", Field("status", "active")),
        ("True", Field("dpia_status", "required", "in_progress", "done")),
        ("Facilities", Field("owner", "Facilities")),
    ),
]

PURPOSES = [
    header("processing", "name", "legal_basis"),
    row(
        ONBOARDING,
        (ONBOARDING, Name()),
        (
            "Conclude the employment contract",
            Purposes("Conclude the employment contract", "Register staff with the tax office"),
        ),
        ("Contract (Art. 6.1.b)", Bases("contract", purpose="Conclude the employment contract")),
    ),
    row(
        ONBOARDING,
        (ONBOARDING, Name()),
        (
            "Register staff with the tax office",
            Purposes("Conclude the employment contract", "Register staff with the tax office"),
        ),
        ("Legal obligation (Art. 6.1.c)", Bases("legal_obligation", purpose="Register staff with the tax office")),
    ),
    row(
        HELPDESK,
        (HELPDESK, Name()),
        ("Answer customer questions", Purposes("Answer customer questions")),
        ("Contract (Art. 6.1.b)", Bases("contract")),
    ),
    row(
        ANALYTICS,
        (ANALYTICS, Name()),
        ("Measure the use of the website", Purposes("Measure the use of the website")),
        ("Consent (Art. 6.1.a)", Bases("consent")),
    ),
    row(
        BADGES,
        (BADGES, Name()),
        ("Secure access to the offices", Purposes("Secure access to the offices")),
        ("Legitimate interest (Art. 6.1.f)", Bases("legitimate_interests")),
    ),
]

PERSONAL_DATA = [
    header("processing", "name", "retention", "is_sensitive"),
    row(
        ONBOARDING,
        ("PRC-001", Name()),
        ("Identity documents", Categories("Identity documents")),
        ("5 years after employment ends", Period(5, "years", starts="employment")),
        ("False", Categories(("Identity documents", "ordinary"))),
    ),
    row(
        ONBOARDING,
        ("PRC-001", Name()),
        ("Medical fitness certificate", Categories(("Medical fitness certificate", "special"))),
        ("5 years after employment ends", Period(5, "years")),
        ("True", Special()),
    ),
    row(
        HELPDESK,
        ("PRC-002", Name()),
        ("Contact details", Categories("Contact details")),
        ("2 years after the ticket is closed", Period(2, "years", starts="ticket")),
        ("False", NoSpecial()),
    ),
    row(
        ANALYTICS,
        ("PRC-003", Name()),
        ("Pseudonymous identifiers", Categories("Pseudonymous identifiers")),
        ("13 months", Period(13, "months")),
        ("False", NoSpecial()),
    ),
    row(
        BADGES,
        ("PRC-004", Name()),
        ("Entry log", Categories("Entry log")),
        ("3 months", Period(3, "months")),
        ("False", NoSpecial()),
    ),
]

DATA_SUBJECTS = [
    header("processing", "name"),
    row(ONBOARDING, (ONBOARDING, Name()), ("New employees", Subjects("New employees"))),
    row(HELPDESK, (HELPDESK, Name()), ("Customers", Subjects("Customers"))),
    row(ANALYTICS, (ANALYTICS, Name()), ("Website visitors", Subjects("Website visitors"))),
    row(BADGES, (BADGES, Name()), ("Employees", Subjects("Employees"))),
    row(BADGES, (BADGES, Name()), ("Visitors", Subjects("Visitors"))),
]

DATA_RECIPIENTS = [
    header("processing", "name", "category"),
    row(
        ONBOARDING,
        (ONBOARDING, Name()),
        ("HR team", Recipients(R("HR team", "internal"))),
        ("internal", Recipients(R("HR team", "internal"))),
    ),
    row(
        ONBOARDING,
        (ONBOARDING, Name()),
        ("Tax office", Recipients(R("Tax office", (AUTHORITY, CONTROLLER)))),
        ("public authority", Recipients(R("Tax office", (AUTHORITY, CONTROLLER)))),
    ),
    row(
        HELPDESK,
        (HELPDESK, Name()),
        ("Support team", Recipients(R("Support team", "internal"))),
        ("internal", Recipients(R("Support team", "internal"))),
    ),
]

CONTRACTORS = [
    header("processing", "name", "relationship_type", "country"),
    row(
        ONBOARDING,
        ("PRC-001", Name()),
        ("Personio", Recipients(R("Personio", PROCESSOR))),
        ("processor", Recipients(R("Personio", PROCESSOR))),
        ("Germany", Recipients(R("Personio", PROCESSOR, "DE"))),
    ),
    row(
        HELPDESK,
        ("PRC-002", Name()),
        ("Zendesk", Recipients(R("Zendesk", PROCESSOR))),
        ("processor", Recipients(R("Zendesk", PROCESSOR))),
        ("United States", Recipients(R("Zendesk", PROCESSOR, "US"))),
    ),
    row(
        ANALYTICS,
        ("PRC-003", Name()),
        ("Matomo Cloud", Recipients(R("Matomo Cloud", PROCESSOR))),
        ("processor", Recipients(R("Matomo Cloud", PROCESSOR))),
        ("France", Recipients(R("Matomo Cloud", PROCESSOR, "FR"))),
    ),
]

TRANSFERS = [
    header("processing", "country", "legal_basis", "entity"),
    row(
        HELPDESK,
        (HELPDESK, Name()),
        ("United States", Transfers(("US", None))),
        ("Standard contractual clauses", Transfers(("US", SCC))),
        ("Zendesk", Transfers(("US", None))),
    ),
]

INSTRUCTIONS = [
    plain("How to read this export", expect=Unread("Instructions")),
    plain(
        "Each sheet lists one kind of item; the column “processing” names the processing it belongs to.",
        expect=Unread("Instructions"),
    ),
    plain("Exported from CISO Assistant, privacy module.", expect=Unread("Instructions")),
]

WORKBOOK = Workbook(
    "ciso",
    "Relational export, CISO Assistant layout (EN)",
    "en",
    "en",
    {
        "Instructions": INSTRUCTIONS,
        "Processing": PROCESSING,
        "Purposes": PURPOSES,
        "Personal data": PERSONAL_DATA,
        "Data subjects": DATA_SUBJECTS,
        "Data recipients": DATA_RECIPIENTS,
        "Contractors": CONTRACTORS,
        "Transfers": TRANSFERS,
    },
    relational=True,
)
