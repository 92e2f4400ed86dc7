"""A UK marketing agency's record, in English (held out: written after the import was tuned on the
other registers): a contact block, an "Article 6 basis" column in citation form ("6(1)(a)",
"6(1)(f) – LI"), an "Our role" column with one processor activity, processors with their countries
in parentheses, restricted transfers as "SCCs + TIA", retention "2 years from last interaction"."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, known_gaps, row
from .facts import (
    Bases,
    Categories,
    Measures,
    Name,
    NoBasis,
    NoTransfer,
    Period,
    Purposes,
    R,
    Recipients,
    Reference,
    Role,
    Served,
    Subjects,
    Transfers,
    Until,
)

PROCESSOR = "processor"
SCC, ADEQUACY = "standard_contractual_clauses", "adequacy"

CRM, EMAIL, CAMPAIGNS, HIRING, ANALYTICS = (
    "Client relationship management",
    "Email marketing",
    "Campaign delivery for clients",
    "Recruitment",
    "Website analytics",
)

ROWS = [
    block(("Brightwave Creative Ltd – Record of Processing Activities", Said())),
    block(("Controller:", Outside()), ("Brightwave Creative Ltd", Org(legal_name="Brightwave Creative Ltd"))),
    block(
        ("Registered office:", Outside()),
        (
            "14 Tabernacle Street, London EC2A 4LU",
            Org(address="14 Tabernacle Street", postal_code="EC2A 4LU", city="London"),
        ),
    ),
    block(
        ("Data protection lead:", Outside()),
        (
            "Priya Shah, dataprotection@brightwave.example",
            Org(**{"privacy_contact.name": "Priya Shah", "privacy_contact.email": "dataprotection@brightwave.example"}),
        ),
    ),
    block(("ICO registration:", Said()), ("ZA123456", Said())),
    BLANK,
    header(
        "Ref",
        "Processing activity",
        "Our role",
        "Purpose",
        "Article 6 basis",
        "Individuals",
        "Data categories",
        "Processors (country)",
        "Other recipients",
        "Restricted transfers",
        "Retention",
        "Security",
    ),
    row(
        CRM,
        ("BW-01", Reference()),
        (CRM, Name()),
        ("Controller", Role("controller")),
        ("Manage relationships with client contacts", Purposes("Manage relationships with client contacts")),
        ("6(1)(f) – LI", Bases("legitimate_interests")),
        ("Client contacts, prospective clients", Subjects("Client contacts", "prospective clients")),
        (
            "Name, job title, business email, phone number",
            Categories("Name", "job title", "business email", "phone number"),
        ),
        (
            "HubSpot (Ireland), Google Workspace (Ireland)",
            Recipients(R("HubSpot", PROCESSOR, ("IE", "")), R("Google Workspace", PROCESSOR, ("IE", ""))),
        ),
        None,
        ("US (HubSpot Inc.) – SCCs + TIA", Transfers(("US", SCC))),
        ("2 years from last interaction", Period(2, "years", starts="interaction")),
        ("MFA, SSO", Measures("MFA", "SSO")),
    ),
    row(
        EMAIL,
        ("BW-02", Reference()),
        (EMAIL, Name()),
        ("Controller", Role("controller")),
        ("Send newsletters and event invitations", Purposes("Send newsletters and event invitations")),
        ("6(1)(a)", Bases("consent")),
        ("Newsletter subscribers", Subjects("Newsletter subscribers")),
        ("Name, email address, open and click data", Categories("Name", "email address", "open and click data")),
        ("Mailchimp (USA)", [Recipients(R("Mailchimp", PROCESSOR, ("US", ""))), Transfers(("US", None))]),
        None,
        ("USA – SCCs + TIA", Transfers(("US", SCC))),
        ("Until the person unsubscribes", Until()),
        ("Double opt-in", Measures("Double opt-in")),
    ),
    row(
        CAMPAIGNS,
        ("BW-03", Reference()),
        (CAMPAIGNS, Name()),
        ("Processor (on behalf of clients)", [Role("processor"), Served(("Clients", "Client"))]),
        ("Run paid social campaigns for clients", Purposes("Run paid social campaigns for clients")),
        ("n/a – client's basis", NoBasis()),
        ("Clients' customers, website visitors", Subjects("Clients' customers", "website visitors")),
        ("Hashed email addresses, ad interaction data", Categories("Hashed email addresses", "ad interaction data")),
        ("Supermetrics (Finland)", Recipients(R("Supermetrics", PROCESSOR, ("FI", "")))),
        None,
        ("No", NoTransfer()),
        ("Duration of the client contract + 30 days", Period(30, "days", starts="contract")),
        ("Access limited to the account team", Measures("Access limited to the account team")),
    ),
    row(
        HIRING,
        ("BW-04", Reference()),
        (HIRING, Name()),
        ("Controller", Role("controller")),
        ("Recruit staff and freelancers", Purposes("Recruit staff and freelancers")),
        ("6(1)(b); 6(1)(f) – LI", Bases("contract", "legitimate_interests")),
        ("Job applicants, freelancers", Subjects("Job applicants", "freelancers")),
        (
            "CV, contact details, interview notes, right-to-work documents",
            Categories("CV", "contact details", "interview notes", "right-to-work documents"),
        ),
        ("Workable (Greece)", Recipients(R("Workable", PROCESSOR, ("GR", "")))),
        ("Hiring managers (internal)", Recipients(R(("Hiring managers", "Hiring managers (internal)"), "internal"))),
        ("None", NoTransfer()),
        ("6 months after the role is filled", Period(6, "months", starts="role")),
        ("Restricted shared folder", Measures("Restricted shared folder")),
    ),
    row(
        ANALYTICS,
        ("BW-05", Reference()),
        (ANALYTICS, Name()),
        ("Controller", Role("controller")),
        ("Understand how visitors use our website", Purposes("Understand how visitors use our website")),
        ("6(1)(a)", Bases("consent")),
        ("Website visitors", Subjects("Website visitors")),
        (
            "IP address (anonymised), pages visited, device information",
            Categories("IP address (anonymised)", "pages visited", "device information"),
        ),
        ("Google Analytics (USA)", [Recipients(R("Google Analytics", PROCESSOR, ("US", ""))), Transfers(("US", None))]),
        None,
        ("USA – EU-US DPF (UK Extension)", Transfers(("US", ADEQUACY))),
        ("14 months", Period(14, "months")),
        ("IP anonymisation", Measures("IP anonymisation")),
    ),
]

# What the import did not yet get right when this register was first run (held out): kept as what it
# should do, each cell's test xfail(strict=True) until a fix flips it.
known_gaps(
    ROWS,
    {
        (4, 2): "block: 'Data protection lead:' is not read as the privacy contact (the row is reported as not read)",
    },
)

WORKBOOK = Workbook(
    "agency",
    "Marketing agency (EN, held out)",
    "en",
    "en",
    {"RoPA": ROWS},
    known_check_gap="no privacy contact ('Data protection lead:' not read)",
)
