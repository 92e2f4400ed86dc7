"""A SaaS start-up's register, in English: a contact block above the table, a combined
"Recipients and processors" column, bare letters under "Lawful basis", transfers as "SCC's"
and "EU-US DPF", a processing location in parentheses, "Account lifetime + 30 days"."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Categories,
    Field,
    Internal,
    Measures,
    Name,
    NoTransfer,
    Period,
    Purposes,
    R,
    Recipients,
    Subjects,
    Transfers,
    Until,
)

PROCESSOR, CONTROLLER = "processor", "independent_controller"
SCC, ADEQUACY = "standard_contractual_clauses", "adequacy"

ACCOUNTS, BILLING, ANALYTICS, SUPPORT, NEWSLETTER = (
    "Customer accounts",
    "Billing and payments",
    "Product analytics",
    "Customer support",
    "Product newsletter",
)

ROWS = [
    block(("Record of processing activities (Art. 30 GDPR)", Said())),
    block(("Controller", Outside()), ("Tallyhive B.V.", Org(legal_name="Tallyhive B.V."))),
    block(
        ("Address", Outside()),
        (
            "Keizersgracht 112, 1015 CW Amsterdam",
            Org(address="Keizersgracht 112", postal_code="1015 CW", city="Amsterdam"),
        ),
    ),
    block(
        ("Privacy contact", Outside()),
        ("privacy@tallyhive.example", Org(**{"privacy_contact.email": "privacy@tallyhive.example"})),
    ),
    block(("Last reviewed", Said()), ("March 2025 by the founders", Said())),
    BLANK,
    header(
        "Activity",
        "Purpose",
        "Lawful basis",
        "Data subjects",
        "Personal data",
        "Recipients and processors",
        "International transfers",
        "Retention",
        "Security measures",
        "Owner",
    ),
    row(
        ACCOUNTS,
        (ACCOUNTS, Name()),
        ("Provide the service to customers", Purposes("Provide the service to customers")),
        ("b", Bases("contract")),
        ("Customers, Trial users", Subjects("Customers", "Trial users")),
        (
            "Name, Work email, Company name, Password hash",
            Categories("Name", "Work email", "Company name", "Password hash"),
        ),
        (
            "Supabase (Frankfurt), Postmark (processor), Support staff",
            Recipients(
                R(("Supabase", "Supabase (Frankfurt)"), PROCESSOR, ("DE", "")),
                R("Postmark", PROCESSOR),
                R("Support staff", "internal"),
            ),
        ),
        ("None", NoTransfer()),
        ("Account lifetime + 30 days", Period(30, "days", starts="account")),
        ("Encryption at rest, SSO with MFA", Measures("Encryption at rest", "SSO with MFA")),
        ("CTO", Field("owner", "CTO")),
    ),
    row(
        BILLING,
        (BILLING, Name()),
        ("Invoice customers; Keep accounting records", Purposes("Invoice customers", "Keep accounting records")),
        (
            "b; c (tax law)",
            [
                Bases("contract", purpose="Invoice customers"),
                Bases("legal_obligation", purpose="Keep accounting records"),
            ],
        ),
        ("Customers", Subjects("Customers")),
        (
            "Billing contact, VAT number, Payment history",
            Categories("Billing contact", "VAT number", "Payment history"),
        ),
        (
            "Stripe (independent controller), Tax authority",
            Recipients(R("Stripe", CONTROLLER), R("Tax authority", ("public_authority", CONTROLLER))),
        ),
        ("Stripe: US, EU-US DPF", Transfers(("US", ADEQUACY))),
        ("7 years after the end of the financial year", Period(7, "years", starts="financial year")),
        ("Access control", Measures("Access control")),
        ("CFO", Field("owner", "CFO")),
    ),
    row(
        ANALYTICS,
        (ANALYTICS, Name()),
        ("Improve the product", Purposes("Improve the product")),
        ("f (legitimate interests)", Bases("legitimate_interests")),
        ("Users", Subjects("Users")),
        (
            "Usage events, IP address (truncated, last octet removed)",
            Categories("Usage events", "IP address (truncated, last octet removed)"),
        ),
        ("PostHog (processor)", Recipients(R("PostHog", PROCESSOR))),
        ("US – SCC's", Transfers(("US", SCC))),
        ("13 months", Period(13, "months")),
        ("Pseudonymisation", Measures("Pseudonymisation")),
        ("Head of Product", Field("owner", "Head of Product")),
    ),
    row(
        SUPPORT,
        (SUPPORT, Name()),
        ("Answer support tickets", Purposes("Answer support tickets")),
        ("b, f", Bases("contract", "legitimate_interests")),
        ("Customers, Trial users", Subjects("Customers", "Trial users")),
        ("Name, Email, Ticket content", Categories("Name", "Email", "Ticket content")),
        ("Intercom (processor), Support staff", Recipients(R("Intercom", PROCESSOR), R("Support staff", "internal"))),
        ("Intercom: EU-US DPF", Transfers(("US", ADEQUACY))),
        ("2 years after the ticket is closed", Period(2, "years", starts="ticket")),
        ("Role-based access", Measures("Role-based access")),
        ("Head of Support", Field("owner", "Head of Support")),
    ),
    row(
        NEWSLETTER,
        (NEWSLETTER, Name()),
        ("Send product updates", Purposes("Send product updates")),
        ("a", Bases("consent")),
        ("Subscribers", Subjects("Subscribers")),
        ("Email address, Opt-in date", Categories("Email address", "Opt-in date")),
        ("Internal only", Internal()),
        ("SCC's", Transfers(("?", SCC))),
        ("Until unsubscribed", Until()),
        ("Double opt-in", Measures("Double opt-in")),
        ("Marketing", Field("owner", "Marketing")),
    ),
]

WORKBOOK = Workbook("saas", "SaaS start-up (EN)", "en", "en", {"ROPA": ROWS}, combined={"ROPA": {6}})
