"""A school board's register, in Dutch, in the style of municipal and school templates: headers
in odd word orders, with plurals and punctuation ("Persoonsgegevens (categorieën)",
"Bewaartermijn:", "Doeleinde(n)"), "b of f", and a "Bijzondere persoonsgegevens?" column."""

from .block import Said, block
from .corpus import BLANK, Workbook, header, plain, row
from .facts import (
    Bases,
    Cases,
    Categories,
    Field,
    Measures,
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

LEERLINGEN, ONDERSTEUNING, NIEUWSBRIEF, OUDERBIJDRAGE, PERSONEEL = (
    "Leerlingadministratie",
    "Leerlingondersteuning",
    "Nieuwsbrief en website",
    "Ouderbijdrage en schoolreisjes",
    "Personeelsdossier",
)

ROWS = [
    block(("Stichting Openbaar Onderwijs Rivierenland", Said())),
    block(
        ("Register van verwerkingen (art. 30 AVG) — versie 2025-1, vastgesteld door het College van Bestuur", Said())
    ),
    header(
        "Verwerking (naam)",
        "Doeleinde(n)",
        "Grondslag:",
        "Betrokkenen (categorieën)",
        "Persoonsgegevens (categorieën)",
        "Bijzondere persoonsgegevens?",
        "Ontvangers (categorieën)",
        "Bewaartermijn:",
        "Maatregelen (beveiliging)",
        "Afdeling / team",
    ),
    row(
        LEERLINGEN,
        (LEERLINGEN, Name()),
        ("Inschrijven en volgen van leerlingen", Purposes("Inschrijven en volgen van leerlingen")),
        ("c (wettelijke plicht, WPO)", Bases("legal_obligation")),
        ("Leerlingen, ouders/verzorgers", Subjects("Leerlingen", "ouders/verzorgers")),
        (
            "NAW-gegevens, BSN (PGN), geboortedatum, nationaliteit",
            Categories("NAW-gegevens", ("BSN (PGN)", "national_id"), "geboortedatum", "nationaliteit"),
        ),
        ("Nee", NoSpecial()),
        (
            "DUO, Gemeente (leerplicht), ParnasSys (verwerker)",
            Recipients(
                R("DUO", (AUTHORITY, CONTROLLER)),
                R(("Gemeente", "Gemeente (leerplicht)"), (AUTHORITY, CONTROLLER)),
                R("ParnasSys", PROCESSOR),
            ),
        ),
        ("5 jaar na uitschrijving", Period(5, "years", starts="uitschrijving")),
        ("Toegang op basis van rol, logging", Measures("Toegang op basis van rol", "logging")),
        ("Administratie", Field("department", "Administratie")),
    ),
    row(
        ONDERSTEUNING,
        (ONDERSTEUNING, Name()),
        (
            "Begeleiden van leerlingen met een extra ondersteuningsbehoefte",
            Purposes("Begeleiden van leerlingen met een extra ondersteuningsbehoefte"),
        ),
        ("c", Bases("legal_obligation")),
        ("Leerlingen", Subjects("Leerlingen")),
        (
            "Ontwikkelingsgegevens, gezondheidsgegevens (dyslexie, ADHD)",
            Categories("Ontwikkelingsgegevens", ("gezondheidsgegevens (dyslexie, ADHD)", "special", "health")),
        ),
        ("Ja, gezondheid", Special("health")),
        (
            "Samenwerkingsverband, Jeugdarts GGD",
            Recipients(R("Samenwerkingsverband", (CONTROLLER, AUTHORITY)), R("Jeugdarts GGD", (CONTROLLER, AUTHORITY))),
        ),
        ("2 jaar na uitschrijving, of langer als dat nodig is voor de ondersteuning", Cases((2, "years"))),
        ("Versleuteling", Measures("Versleuteling")),
        ("Intern begeleider", Field("department", "Intern begeleider")),
    ),
    row(
        NIEUWSBRIEF,
        (NIEUWSBRIEF, Name()),
        (
            "Informeren van ouders; Publiceren van foto's van activiteiten",
            Purposes("Informeren van ouders", "Publiceren van foto's van activiteiten"),
        ),
        ("a", Bases("consent")),
        ("Ouders/verzorgers, leerlingen", Subjects("Ouders/verzorgers", "leerlingen")),
        ("E-mailadres, foto's", Categories("E-mailadres", "foto's")),
        ("Nee", NoSpecial()),
        ("Communicatiebureau Lens (verwerker)", Recipients(R("Communicatiebureau Lens", PROCESSOR))),
        ("Tot intrekking van de toestemming", Until()),
        None,
        ("Communicatie", Field("department", "Communicatie")),
    ),
    row(
        OUDERBIJDRAGE,
        (OUDERBIJDRAGE, Name()),
        ("Innen van de vrijwillige ouderbijdrage", Purposes("Innen van de vrijwillige ouderbijdrage")),
        ("b of f", Bases("contract", "legitimate_interests")),
        ("Ouders/verzorgers", Subjects("Ouders/verzorgers")),
        ("Naam, IBAN, betaalstatus", Categories("Naam", "IBAN", "betaalstatus")),
        ("Nee", NoSpecial()),
        ("WIS Collect (verwerker)", Recipients(R("WIS Collect", PROCESSOR))),
        ("7 jaar (fiscale bewaarplicht)", Period(7, "years")),
        ("Toegang op basis van rol", Measures("Toegang op basis van rol")),
        ("Administratie", Field("department", "Administratie")),
    ),
    row(
        PERSONEEL,
        (PERSONEEL, Name()),
        ("Uitvoeren van de arbeidsovereenkomst", Purposes("Uitvoeren van de arbeidsovereenkomst")),
        ("b, c", Bases("contract", "legal_obligation")),
        ("Medewerkers", Subjects("Medewerkers")),
        (
            "NAW-gegevens, BSN, verklaring omtrent het gedrag",
            Categories("NAW-gegevens", ("BSN", "national_id"), "verklaring omtrent het gedrag"),
        ),
        ("Nee", NoSpecial()),
        (
            "Belastingdienst, ABP, salarisadministratie (intern)",
            Recipients(
                R("Belastingdienst", (AUTHORITY, CONTROLLER)),
                R("ABP", (CONTROLLER, AUTHORITY)),
                R(("salarisadministratie", "salarisadministratie (intern)"), "internal"),
            ),
        ),
        ("7 jaar na uitdiensttreding", Period(7, "years", starts="uitdiensttreding")),
        ("Toegang op basis van rol", Measures("Toegang op basis van rol")),
        ("P&O", Field("department", "P&O")),
    ),
    BLANK,
    plain("Vragen over dit register: privacy@oor.example"),
]

WORKBOOK = Workbook("school", "Schoolbestuur, gemeentelijk model (NL)", "nl", "nl", {"Register": ROWS})
