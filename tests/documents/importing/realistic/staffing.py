"""An uitzendbureau's register, in Dutch: combined columns ("Doel en grondslag", "Betrokkenen
en gegevens", "Ontvangers / verwerkers (locatie)"), bases as letters inside the purpose ("b en
c", "b, na afronding f") explained in a legend below the table, "Amerikaans moederbedrijf",
"binnen de EER", a cross reference "Als V-01" and retention with several cases in one cell."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, plain, row
from .facts import (
    Bases,
    Cases,
    Categories,
    CrossRef,
    Measures,
    Name,
    NoTransfer,
    Period,
    Purposes,
    R,
    Recipients,
    Reference,
    Subjects,
    Transfers,
    Until,
)

PROCESSOR, CONTROLLER, AUTHORITY, GROUP = "processor", "independent_controller", "public_authority", "group_entity"
SCC, ADEQUACY = "standard_contractual_clauses", "adequacy"

BEMIDDELING, INZET, UREN, WERVING, MARKETING = (
    "Inschrijving en bemiddeling",
    "Inzet van uitzendkrachten",
    "Urenregistratie",
    "Werving eigen personeel",
    "Marketing richting opdrachtgevers",
)

ROWS = [
    block(("Register van verwerkingsactiviteiten — Flexwerk Noord B.V.", Said())),
    block(
        ("Naam organisatie:", Outside()),
        ("Flexwerk Noord B.V.", Org(legal_name="Flexwerk Noord B.V.")),
        ("KvK-nummer:", Outside()),
        ("01234567", Org(chamber_of_commerce="01234567")),
    ),
    block(
        (
            "Adres: Stationsweg 10\n9726 AC Groningen",
            Org(address="Stationsweg 10", postal_code="9726 AC", city="Groningen"),
        )
    ),
    block(
        (
            "Functionaris gegevensbescherming: M. de Vries (fg@flexwerknoord.example)",
            Org(**{"dpo.name": "M. de Vries", "dpo.email": "fg@flexwerknoord.example"}),
        )
    ),
    block(
        (
            "Contactpersoon privacy: J. Bakker, privacy@flexwerknoord.example, 050 - 123 45 67",
            Org(
                **{
                    "privacy_contact.name": "J. Bakker",
                    "privacy_contact.email": "privacy@flexwerknoord.example",
                    "privacy_contact.phone": "050 - 123 45 67",
                }
            ),
        )
    ),
    BLANK,
    header(
        "Nr.",
        "Verwerking",
        "Doel en grondslag",
        "Betrokkenen en gegevens",
        "Ontvangers / verwerkers (locatie)",
        "Doorgifte",
        "Bewaartermijn",
        "Beveiliging",
    ),
    row(
        BEMIDDELING,
        ("V-01", Reference()),
        (BEMIDDELING, Name()),
        (
            "Bemiddelen van werkzoekenden naar passend werk (b)",
            [Purposes("Bemiddelen van werkzoekenden naar passend werk"), Bases("contract")],
        ),
        (
            "Kandidaten: NAW-gegevens, geboortedatum, cv, opleiding en werkervaring",
            [Subjects("Kandidaten"), Categories("NAW-gegevens", "geboortedatum", "cv", "opleiding en werkervaring")],
        ),
        (
            "Bullhorn (verwerker, VS); Amerikaans moederbedrijf",
            [
                Recipients(
                    R("Bullhorn", PROCESSOR, ("US", "")),
                    R(("Amerikaans moederbedrijf", "Moederbedrijf"), (GROUP, CONTROLLER), ("US", "")),
                ),
                Transfers(("US", None)),
            ],
        ),
        ("Ja — SCC", Transfers((("US", "?"), SCC))),
        ("4 weken na het laatste contact, met toestemming 1 jaar", Cases((4, "weeks"), (1, "years"))),
        ("Toegang op basis van rol; MFA", Measures("Toegang op basis van rol", "MFA")),
    ),
    row(
        INZET,
        ("V-02", Reference()),
        (INZET, Name()),
        (
            "Plaatsen van uitzendkrachten bij opdrachtgevers en verlonen (b en c)",
            [
                Purposes("Plaatsen van uitzendkrachten bij opdrachtgevers en verlonen"),
                Bases("contract", "legal_obligation"),
            ],
        ),
        (
            "Uitzendkrachten: NAW-gegevens, BSN, kopie ID-bewijs, loongegevens",
            [
                Subjects("Uitzendkrachten"),
                Categories("NAW-gegevens", ("BSN", "national_id"), "kopie ID-bewijs", "loongegevens"),
            ],
        ),
        (
            "Opdrachtgevers, Belastingdienst, UWV, Loket.nl (verwerker, NL)",
            Recipients(
                R("Opdrachtgevers", CONTROLLER),
                R("Belastingdienst", (AUTHORITY, CONTROLLER)),
                R("UWV", (AUTHORITY, CONTROLLER)),
                R("Loket.nl", PROCESSOR, ("NL", "")),
            ),
        ),
        ("Nee, binnen de EER", NoTransfer()),
        (
            "Loonadministratie: 7 jaar na einde boekjaar; kopie ID-bewijs: 5 jaar na einde dienstverband",
            Cases((7, "years"), (5, "years")),
        ),
        ("Versleutelde opslag", Measures("Versleutelde opslag")),
    ),
    row(
        UREN,
        ("V-03", Reference()),
        (UREN, Name()),
        (
            "Verwerken van gewerkte uren voor de loonbetaling — b, c",
            [Purposes("Verwerken van gewerkte uren voor de loonbetaling"), Bases("contract", "legal_obligation")],
        ),
        (
            "Uitzendkrachten: gewerkte uren; Contactpersonen opdrachtgever: naam, e-mailadres",
            [
                Subjects("Uitzendkrachten", "Contactpersonen opdrachtgever"),
                Categories("gewerkte uren", "naam", "e-mailadres"),
            ],
        ),
        ("Als V-01", CrossRef(BEMIDDELING)),
        ("Binnen de EER", NoTransfer()),
        ("7 jaar (fiscale bewaarplicht)", Period(7, "years")),
        ("Toegang op basis van rol", Measures("Toegang op basis van rol")),
    ),
    row(
        WERVING,
        ("V-04", Reference()),
        (WERVING, Name()),
        (
            "Werving en selectie van eigen medewerkers (b, na afronding f)",
            [Purposes("Werving en selectie van eigen medewerkers"), Bases("contract", "legitimate_interests")],
        ),
        (
            "Sollicitanten: NAW-gegevens, cv, motivatiebrief",
            [Subjects("Sollicitanten"), Categories("NAW-gegevens", "cv", "motivatiebrief")],
        ),
        ("Recruitee (verwerker, Duitsland)", Recipients(R("Recruitee", PROCESSOR, ("DE", "")))),
        ("Nee", NoTransfer()),
        ("4 weken na afronding van de procedure; met toestemming 1 jaar", Cases((4, "weeks"), (1, "years"))),
        ("MFA", Measures("MFA")),
    ),
    row(
        MARKETING,
        ("V-05", Reference()),
        (MARKETING, Name()),
        (
            "Versturen van nieuwsbrieven aan opdrachtgevers (f)",
            [Purposes("Versturen van nieuwsbrieven aan opdrachtgevers"), Bases("legitimate_interests")],
        ),
        (
            "Contactpersonen opdrachtgever: naam, e-mailadres, functie",
            [Subjects("Contactpersonen opdrachtgever"), Categories("naam", "e-mailadres", "functie")],
        ),
        (
            "Marketingteam, Mailchimp (verwerker, VS)",
            [
                Recipients(R("Marketingteam", "internal"), R("Mailchimp", PROCESSOR, ("US", ""))),
                Transfers(("US", None)),
            ],
        ),
        ("Ja — DPF", Transfers((("US", "?"), ADEQUACY))),
        ("Tot afmelding", Until()),
    ),
    BLANK,
    plain("Legenda grondslagen (art. 6 lid 1 AVG):"),
    plain("b = uitvoering overeenkomst"),
    plain("c = wettelijke verplichting"),
    plain("f = gerechtvaardigd belang"),
]

WORKBOOK = Workbook(
    "staffing",
    "Uitzendbureau (NL)",
    "nl",
    "nl",
    {"Verwerkingsregister": ROWS},
    combined={"Verwerkingsregister": {3, 4, 5}},
)
