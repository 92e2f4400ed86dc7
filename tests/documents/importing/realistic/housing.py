"""A woningcorporatie's register, in Dutch (held out: written after the import was tuned on the
other registers): question-style headers ("Wie zijn betrokken", "Wie ontvangen de gegevens",
"Hoe lang bewaard"), bases spelled out with the law in parentheses, a recipients column that
mixes third parties and processors, and several lists and retention cases on lines of their own."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Cases,
    Categories,
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
)

PROCESSOR, CONTROLLER, AUTHORITY = "processor", "independent_controller", "public_authority"
ADEQUACY = "adequacy"

TOEWIJZING, HUUR, REPARATIES, OVERLAST, ONDERZOEK = (
    "Woningtoewijzing",
    "Huuradministratie en incasso",
    "Reparatieverzoeken",
    "Overlast en woonfraude",
    "Klanttevredenheidsonderzoek",
)

ROWS = [
    block(("Verwerkingsregister Woonstichting De Linge", Said())),
    block(("Organisatie:", Outside()), ("Woonstichting De Linge", Org(legal_name="Woonstichting De Linge"))),
    block(
        ("Bezoekadres:", Outside()),
        ("Lingedijk 40, 4191 HK Geldermalsen", Org(address="Lingedijk 40", postal_code="4191 HK", city="Geldermalsen")),
    ),
    block(
        ("Functionaris gegevensbescherming:", Outside()),
        ("A. Jansen, fg@delinge.example", Org(**{"dpo.name": "A. Jansen", "dpo.email": "fg@delinge.example"})),
    ),
    block(("Vastgesteld door het bestuur op 12 maart 2025", Said())),
    BLANK,
    header(
        "Nr",
        "Naam verwerking",
        "Verwerkingsdoel",
        "Rechtsgrond",
        "Wie zijn betrokken",
        "Soort gegevens",
        "Wie ontvangen de gegevens",
        "Doorgifte buiten EER?",
        "Hoe lang bewaard",
        "Beveiligingsmaatregelen",
    ),
    row(
        TOEWIJZING,
        ("W1", Reference()),
        (TOEWIJZING, Name()),
        ("Toewijzen van huurwoningen aan woningzoekenden", Purposes("Toewijzen van huurwoningen aan woningzoekenden")),
        (
            "Wettelijke verplichting (Huisvestingswet, passend toewijzen) en overeenkomst",
            Bases("legal_obligation", "contract"),
        ),
        ("Woningzoekenden, medebewoners", Subjects("Woningzoekenden", "medebewoners")),
        (
            "NAW-gegevens\nInkomen (inkomensverklaring Belastingdienst)\nHuishoudsamenstelling",
            Categories(
                "NAW-gegevens", ("Inkomen (inkomensverklaring Belastingdienst)", "Inkomen"), "Huishoudsamenstelling"
            ),
        ),
        (
            "Gemeente (urgentieverklaring), WoningNet (verwerker)",
            Recipients(
                R(("Gemeente", "Gemeente (urgentieverklaring)"), (AUTHORITY, CONTROLLER)), R("WoningNet", PROCESSOR)
            ),
        ),
        ("Nee", NoTransfer()),
        ("Afgewezen kandidaten: 6 maanden\nNieuwe huurder: zolang de huurovereenkomst loopt", Cases((6, "months"))),
        ("Toegang op basis van functie\nLogging", Measures("Toegang op basis van functie", "Logging")),
    ),
    row(
        HUUR,
        ("W2", Reference()),
        (HUUR, Name()),
        (
            "Innen van de huur en afhandelen van betalingsachterstanden",
            Purposes("Innen van de huur en afhandelen van betalingsachterstanden"),
        ),
        ("Overeenkomst", Bases("contract")),
        ("Huurders", Subjects("Huurders")),
        (
            "NAW-gegevens, IBAN, betaalgegevens, huurachterstand",
            Categories("NAW-gegevens", "IBAN", "betaalgegevens", "huurachterstand"),
        ),
        (
            "Incassobureau (verwerker), Belastingdienst (huurtoeslag)",
            Recipients(
                R("Incassobureau", PROCESSOR),
                R(("Belastingdienst", "Belastingdienst (huurtoeslag)"), (AUTHORITY, CONTROLLER)),
            ),
        ),
        ("Nee, alles binnen de EER", NoTransfer()),
        ("7 jaar na einde huurovereenkomst (fiscale bewaarplicht)", Period(7, "years", starts="huurovereenkomst")),
        ("Versleutelde verbinding, autorisatiematrix", Measures("Versleutelde verbinding", "autorisatiematrix")),
    ),
    row(
        REPARATIES,
        ("W3", Reference()),
        (REPARATIES, Name()),
        (
            "Uitvoeren van reparaties en planmatig onderhoud",
            Purposes("Uitvoeren van reparaties en planmatig onderhoud"),
        ),
        ("Overeenkomst", Bases("contract")),
        ("Huurders", Subjects("Huurders")),
        (
            "Naam, adres, telefoonnummer, omschrijving van het gebrek",
            Categories("Naam", "adres", "telefoonnummer", "omschrijving van het gebrek"),
        ),
        (
            "Aannemers en installateurs (verwerker), Ultimo (verwerker, NL)",
            Recipients(R("Aannemers en installateurs", PROCESSOR), R("Ultimo", PROCESSOR, ("NL", ""))),
        ),
        ("Nee", NoTransfer()),
        ("2 jaar na afronding van de reparatie", Period(2, "years", starts="reparatie")),
        ("Verwerkersovereenkomsten met alle aannemers", Measures("Verwerkersovereenkomsten met alle aannemers")),
    ),
    row(
        OVERLAST,
        ("W4", Reference()),
        (OVERLAST, Name()),
        (
            "Behandelen van meldingen van overlast en woonfraude",
            Purposes("Behandelen van meldingen van overlast en woonfraude"),
        ),
        ("Gerechtvaardigd belang (woongenot van omwonenden)", Bases("legitimate_interests")),
        ("Huurders, melders, omwonenden", Subjects("Huurders", "melders", "omwonenden")),
        (
            "Naam, adres\nOmschrijving van de overlast\nStrafrechtelijke gegevens (alleen bij woonfraude)",
            Categories(
                "Naam",
                "adres",
                "Omschrijving van de overlast",
                ("Strafrechtelijke gegevens (alleen bij woonfraude)", "criminal"),
            ),
        ),
        (
            "Gemeente, politie (in het kader van het convenant)",
            Recipients(
                R("Gemeente", (AUTHORITY, CONTROLLER)),
                R(("politie", "politie (in het kader van het convenant)"), (AUTHORITY, CONTROLLER)),
            ),
        ),
        ("Nee", NoTransfer()),
        ("5 jaar na afsluiten van het dossier", Period(5, "years", starts="dossier")),
        ("Alleen toegankelijk voor wijkconsulenten", Measures("Alleen toegankelijk voor wijkconsulenten")),
    ),
    row(
        ONDERZOEK,
        ("W5", Reference()),
        (ONDERZOEK, Name()),
        ("Meten van de tevredenheid van huurders", Purposes("Meten van de tevredenheid van huurders")),
        ("Gerechtvaardigd belang", Bases("legitimate_interests")),
        ("Huurders", Subjects("Huurders")),
        ("Naam, e-mailadres, antwoorden op de enquête", Categories("Naam", "e-mailadres", "antwoorden op de enquête")),
        (
            "KWH (verwerker); SurveyMonkey (verwerker, VS)",
            [Recipients(R("KWH", PROCESSOR), R("SurveyMonkey", PROCESSOR, ("US", ""))), Transfers(("US", None))],
        ),
        ("Ja, VS — EU-US DPF", Transfers(("US", ADEQUACY))),
        ("1 jaar", Period(1, "years")),
        ("Pseudonimisering van de antwoorden", Measures("Pseudonimisering van de antwoorden")),
    ),
]

WORKBOOK = Workbook(
    "housing", "Woningcorporatie (NL, held out)", "nl", "nl", {"Register": ROWS}, combined={"Register": {7}}
)
