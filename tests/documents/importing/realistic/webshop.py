"""A web shop's register, in Dutch: "Categorieën gegevens", "Grondslag (art. 6)" with bare
letters ("b en c", "b, na afronding f"), a "Verwerkers" column (processors, not third parties),
transfers as "Ja — SCC (Shopify)", "EU-US DPF", "EER"."""

from .corpus import Workbook, header, row
from .facts import Bases, Categories, Name, NoTransfer, Period, Purposes, R, Recipients, Subjects, Transfers, Until

PROCESSOR = "processor"
SCC, ADEQUACY = "standard_contractual_clauses", "adequacy"

BESTELLINGEN, KLANTENSERVICE, BOEKHOUDING, RETOUREN, REVIEWS = (
    "Bestellingen",
    "Klantenservice",
    "Boekhouding",
    "Retouren",
    "Productreviews",
)

ROWS = [
    header(
        "Verwerkingsactiviteit",
        "Doel",
        "Grondslag (art. 6)",
        "Categorieën betrokkenen",
        "Categorieën gegevens",
        "Verwerkers",
        "Doorgifte buiten de EER",
        "Bewaartermijn",
    ),
    row(
        BESTELLINGEN,
        (BESTELLINGEN, Name()),
        ("Afhandelen en bezorgen van bestellingen", Purposes("Afhandelen en bezorgen van bestellingen")),
        ("b en c", Bases("contract", "legal_obligation")),
        ("Klanten", Subjects("Klanten")),
        (
            "Naam, adres, e-mailadres, bestelgeschiedenis",
            Categories("Naam", "adres", "e-mailadres", "bestelgeschiedenis"),
        ),
        (
            "Shopify (Canada/VS), PostNL",
            Recipients(R(("Shopify", "Shopify (Canada/VS)"), PROCESSOR), R("PostNL", PROCESSOR)),
        ),
        ("Ja — SCC (Shopify)", Transfers((("US", "CA", "?"), SCC))),
        ("2 jaar na de laatste bestelling", Period(2, "years", starts="laatste bestelling")),
    ),
    row(
        KLANTENSERVICE,
        (KLANTENSERVICE, Name()),
        ("Beantwoorden van vragen en klachten", Purposes("Beantwoorden van vragen en klachten")),
        ("b, na afronding f", Bases("contract", "legitimate_interests")),
        ("Klanten, websitebezoekers", Subjects("Klanten", "websitebezoekers")),
        ("Naam, e-mailadres, inhoud van het bericht", Categories("Naam", "e-mailadres", "inhoud van het bericht")),
        ("Zendesk", Recipients(R("Zendesk", PROCESSOR))),
        ("Zendesk: EU-US DPF", Transfers(("US", ADEQUACY))),
        ("2 jaar na afhandeling", Period(2, "years", starts="afhandeling")),
    ),
    row(
        BOEKHOUDING,
        (BOEKHOUDING, Name()),
        ("Voldoen aan de fiscale bewaarplicht", Purposes("Voldoen aan de fiscale bewaarplicht")),
        ("c", Bases("legal_obligation")),
        ("Klanten, leveranciers", Subjects("Klanten", "leveranciers")),
        ("Factuurgegevens, bankrekeningnummer", Categories("Factuurgegevens", "bankrekeningnummer")),
        ("Moneybird", Recipients(R("Moneybird", PROCESSOR))),
        ("Nee", NoTransfer()),
        ("7 jaar", Period(7, "years")),
    ),
    row(
        RETOUREN,
        (RETOUREN, Name()),
        ("Verwerken van retouren en terugbetalingen", Purposes("Verwerken van retouren en terugbetalingen")),
        ("b", Bases("contract")),
        ("Klanten", Subjects("Klanten")),
        ("Naam, adres, IBAN", Categories("Naam", "adres", "IBAN")),
        ("Sendcloud (Eindhoven)", Recipients(R(("Sendcloud", "Sendcloud (Eindhoven)"), PROCESSOR, ("NL", "")))),
        ("EER", NoTransfer()),
        ("1 jaar na de retour", Period(1, "years", starts="retour")),
    ),
    row(
        REVIEWS,
        (REVIEWS, Name()),
        ("Verzamelen en tonen van productreviews", Purposes("Verzamelen en tonen van productreviews")),
        ("a", Bases("consent")),
        ("Klanten", Subjects("Klanten")),
        ("Naam, beoordeling", Categories("Naam", "beoordeling")),
        ("Kiyoh", Recipients(R("Kiyoh", PROCESSOR))),
        ("Nee", NoTransfer()),
        ("Tot intrekking van de toestemming", Until()),
    ),
]

WORKBOOK = Workbook("webshop", "Webwinkel (NL)", "nl", "nl", {"Verwerkingen": ROWS})
