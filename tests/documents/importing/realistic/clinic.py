"""A physiotherapy clinic's register, in English: special category data (health) with its
Art. 9 condition per activity, separate recipient and processor columns, and DPIA columns."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Categories,
    Condition,
    Field,
    Name,
    NoSpecial,
    Period,
    Purposes,
    R,
    Recipients,
    Special,
    Subjects,
    Until,
)

PROCESSOR, CONTROLLER, AUTHORITY = "processor", "independent_controller", "public_authority"

RECORDS, REMINDERS, ABSENCE, AUDIT, CCTV = (
    "Patient records",
    "Appointment reminders",
    "Staff sickness absence",
    "Clinical outcome audit",
    "CCTV in reception",
)

ROWS = [
    block(("Riverside Physiotherapy Clinic — Record of Processing Activities", Said())),
    block(
        ("Address", Outside()),
        ("14 Riverside Road, Bristol BS1 4ST", Org(address="14 Riverside Road", city="Bristol", postal_code="BS1 4ST")),
    ),
    block(("Phone", Outside()), ("0117 496 0123", Org(phone="0117 496 0123"))),
    block(
        ("Data Protection Officer", Outside()),
        (
            "Dr A. Okafor, dpo@riversidephysio.example",
            Org(**{"dpo.name": "Dr A. Okafor", "dpo.email": "dpo@riversidephysio.example"}),
        ),
    ),
    # The ICO's fee register, not the company's registration number: no field holds it.
    block(("ICO registration number", Said()), ("ZA123456", Said())),
    BLANK,
    header(
        "Processing activity",
        "Purpose(s)",
        "Lawful basis (Art. 6)",
        "Condition for special category data (Art. 9)",
        "Data subjects",
        "Personal data",
        "Special category data",
        "Recipients",
        "Processors",
        "Retention",
        "DPIA required?",
        "DPIA reference",
    ),
    row(
        RECORDS,
        (RECORDS, Name()),
        ("Provide physiotherapy treatment", Purposes("Provide physiotherapy treatment")),
        ("6(1)(b) contract", Bases("contract")),
        ("9(2)(h) health or social care", Condition("health_care")),
        ("Patients", Subjects("Patients")),
        ("Name, Date of birth, Contact details", Categories("Name", "Date of birth", "Contact details")),
        (
            "Health data (treatment notes)",
            [Categories(("Health data (treatment notes)", "special", "health")), Special("health")],
        ),
        (
            "GP practices, NHS trusts (referrals)",
            Recipients(
                R("GP practices", (CONTROLLER, AUTHORITY)),
                R(("NHS trusts", "NHS trusts (referrals)"), (CONTROLLER, AUTHORITY)),
            ),
        ),
        (
            "Cliniko (practice management software)",
            Recipients(R(("Cliniko", "Cliniko (practice management software)"), PROCESSOR)),
        ),
        ("8 years after the last treatment", Period(8, "years", starts="last treatment")),
        ("Yes", Field("dpia_status", "required", "in_progress", "done")),
        ("DPIA-2024-01", Field("dpia_reference", "DPIA-2024-01")),
    ),
    row(
        REMINDERS,
        (REMINDERS, Name()),
        ("Send appointment reminders by text message", Purposes("Send appointment reminders by text message")),
        ("6(1)(f) legitimate interests", Bases("legitimate_interests")),
        None,
        ("Patients", Subjects("Patients")),
        ("Name, Mobile number, Appointment time", Categories("Name", "Mobile number", "Appointment time")),
        ("None", NoSpecial()),
        None,
        ("Twilio", Recipients(R("Twilio", PROCESSOR))),
        ("12 months", Period(12, "months")),
        ("No", Field("dpia_status", "not_required")),
        None,
    ),
    row(
        ABSENCE,
        (ABSENCE, Name()),
        ("Manage staff sickness absence", Purposes("Manage staff sickness absence")),
        ("6(1)(c) legal obligation", Bases("legal_obligation")),
        ("9(2)(b) employment law", Condition("employment_social_security")),
        ("Staff", Subjects("Staff")),
        ("Name, Employee number", Categories("Name", "Employee number")),
        (
            "Sickness records, Fit notes",
            [Categories(("Sickness records", "special", "health"), ("Fit notes", "special"))],
        ),
        ("Occupational health provider", Recipients(R("Occupational health provider", (CONTROLLER, PROCESSOR)))),
        None,
        ("6 years after employment ends", Period(6, "years", starts="employment")),
        ("Yes", Field("dpia_status", "required", "in_progress", "done")),
        ("DPIA-2023-04", Field("dpia_reference", "DPIA-2023-04")),
    ),
    row(
        AUDIT,
        (AUDIT, Name()),
        ("Measure treatment outcomes for clinical audit", Purposes("Measure treatment outcomes for clinical audit")),
        ("6(1)(f) legitimate interests", Bases("legitimate_interests")),
        ("9(2)(j) archiving, research and statistics", Condition("archiving_research")),
        ("Patients who joined the outcome study", Subjects("Patients who joined the outcome study")),
        ("Pseudonymised outcome scores", Categories("Pseudonymised outcome scores")),
        ("Health data", [Categories(("Health data", "special", "health")), Special("health")]),
        ("University research team", Recipients(R("University research team", CONTROLLER))),
        None,
        ("Until the study ends, then anonymised", Until()),
        ("Yes", Field("dpia_status", "required", "in_progress", "done")),
        ("DPIA-2025-02", Field("dpia_reference", "DPIA-2025-02")),
    ),
    row(
        CCTV,
        (CCTV, Name()),
        ("Safety of staff and patients", Purposes("Safety of staff and patients")),
        ("6(1)(f)", Bases("legitimate_interests")),
        None,
        ("Patients, Visitors, Staff", Subjects("Patients", "Visitors", "Staff")),
        ("CCTV images", Categories("CCTV images")),
        ("None", NoSpecial()),
        ("Police (on request)", Recipients(R(("Police", "Police (on request)"), (AUTHORITY, CONTROLLER)))),
        (
            "SecureView Ltd (camera maintenance)",
            Recipients(R(("SecureView Ltd", "SecureView Ltd (camera maintenance)"), PROCESSOR)),
        ),
        ("31 days", Period(31, "days")),
        ("Screened – not required", Field("dpia_status", "not_required")),
        None,
    ),
]

WORKBOOK = Workbook("clinic", "Physiotherapy clinic, health data (EN)", "en", "en", {"RoPA": ROWS})
