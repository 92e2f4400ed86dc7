"""An administratiekantoor that is processor for its clients and controller for its own
processes, in Dutch: per row a "Verantwoordelijke" and a "Verwerker" column ("Klant" / "Wij"),
subprocessors, and processor activities (Art. 30(2)) with the controller they serve. A
"Verwerker" column naming a company makes that company our processor."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Categories,
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
SCC = "standard_contractual_clauses"

FINANCIEEL, LOON_KLANT, DOCUMENTEN, RELATIES, LOON_EIGEN = (
    "Financiële administratie voor klanten",
    "Loonadministratie voor klanten",
    "Documentuitwisseling met klanten",
    "Klantrelatiebeheer",
    "Salarisadministratie eigen personeel",
)

ROWS = [
    # A title beside the name: no label says it is the organisation's name, so it is not read.
    block(("Verwerkingsregister", Said()), ("Administratiekantoor Jansen & De Wit", Said())),
    block(
        ("Rol", Said()),
        ("Verwerker voor klanten (art. 30 lid 2), verwerkingsverantwoordelijke voor eigen processen", Said()),
    ),
    block(("Contact", Outside()), ("privacy@jansendewit.example", Org(email="privacy@jansendewit.example"))),
    BLANK,
    header(
        "Nr",
        "Verwerkingsactiviteit",
        "Doel",
        "Grondslag",
        "Verantwoordelijke",
        "Verwerker",
        "Betrokkenen",
        "Persoonsgegevens",
        "Subverwerkers",
        "Doorgifte",
        "Bewaartermijn",
    ),
    row(
        FINANCIEEL,
        ("P-01", Reference()),
        (FINANCIEEL, Name()),
        (
            "Voeren van de boekhouding in opdracht van de klant",
            Purposes("Voeren van de boekhouding in opdracht van de klant"),
        ),
        ("n.v.t. (wij zijn verwerker)", NoBasis()),
        ("Klant (mkb-ondernemer)", Served(("Klant (mkb-ondernemer)", "Klant", "Klanten", "mkb-ondernemer"))),
        ("Wij", Role("processor")),
        (
            "Klanten van de klant, leveranciers van de klant",
            Subjects("Klanten van de klant", "leveranciers van de klant"),
        ),
        (
            "NAW-gegevens, factuurgegevens, bankrekeningnummer",
            Categories("NAW-gegevens", "factuurgegevens", "bankrekeningnummer"),
        ),
        (
            "Exact Online (NL), Microsoft 365 (EU)",
            Recipients(R("Exact Online", PROCESSOR, ("NL", "")), R("Microsoft 365", PROCESSOR)),
        ),
        ("Geen", NoTransfer()),
        ("Zolang de opdracht loopt; daarna teruggave aan de klant", Until()),
    ),
    row(
        LOON_KLANT,
        ("P-02", Reference()),
        (LOON_KLANT, Name()),
        (
            "Verzorgen van de salarisadministratie van de klant",
            Purposes("Verzorgen van de salarisadministratie van de klant"),
        ),
        ("n.v.t. (wij zijn verwerker)", NoBasis()),
        ("Klant (werkgever)", Served(("Klant (werkgever)", "Klant", "Klanten", "werkgever"))),
        ("Wij", Role("processor")),
        ("Werknemers van de klant", Subjects("Werknemers van de klant")),
        (
            "NAW-gegevens, BSN, salarisgegevens, ziekteverzuim (alleen data, geen diagnose)",
            Categories(
                "NAW-gegevens", ("BSN", "national_id"), "salarisgegevens", "ziekteverzuim (alleen data, geen diagnose)"
            ),
        ),
        ("Nmbrs (NL)", Recipients(R("Nmbrs", PROCESSOR, ("NL", "")))),
        ("Geen", NoTransfer()),
        ("3 maanden na einde opdracht", Period(3, "months", starts="opdracht")),
    ),
    row(
        DOCUMENTEN,
        ("P-03", Reference()),
        (DOCUMENTEN, Name()),
        (
            "Ontvangen en bewaren van bonnetjes en facturen van de klant",
            Purposes("Ontvangen en bewaren van bonnetjes en facturen van de klant"),
        ),
        ("n.v.t. (wij zijn verwerker)", NoBasis()),
        ("Klant", Served(("Klant", "Klanten"))),
        ("Wij", Role("processor")),
        ("Klanten van de klant, werknemers van de klant", Subjects("Klanten van de klant", "werknemers van de klant")),
        ("Bonnetjes en facturen", Categories("Bonnetjes en facturen")),
        ("Dropbox (VS)", Recipients(R("Dropbox", PROCESSOR, ("US", "")))),
        ("Ja — SCC", Transfers((("US", "?"), SCC))),
        ("Tot einde opdracht", Until()),
    ),
    row(
        RELATIES,
        ("E-01", Reference()),
        (RELATIES, Name()),
        ("Beheren van de relatie met onze klanten", Purposes("Beheren van de relatie met onze klanten")),
        ("Gerechtvaardigd belang", Bases("legitimate_interests")),
        ("Wij", Role("controller")),
        ("Exact Online", Recipients(R("Exact Online", PROCESSOR))),
        ("Contactpersonen van klanten", Subjects("Contactpersonen van klanten")),
        ("Naam, e-mailadres, telefoonnummer", Categories("Naam", "e-mailadres", "telefoonnummer")),
        None,
        ("Nee", NoTransfer()),
        ("7 jaar na einde klantrelatie", Period(7, "years", starts="klantrelatie")),
    ),
    row(
        LOON_EIGEN,
        ("E-02", Reference()),
        (LOON_EIGEN, Name()),
        ("Betalen van salaris aan onze medewerkers", Purposes("Betalen van salaris aan onze medewerkers")),
        ("Uitvoering overeenkomst en wettelijke verplichting", Bases("contract", "legal_obligation")),
        ("Wij", Role("controller")),
        ("Nmbrs", Recipients(R("Nmbrs", PROCESSOR))),
        ("Medewerkers", Subjects("Medewerkers")),
        ("NAW-gegevens, BSN, salarisgegevens", Categories("NAW-gegevens", ("BSN", "national_id"), "salarisgegevens")),
        None,
        ("Nee", NoTransfer()),
        ("7 jaar na einde dienstverband", Period(7, "years", starts="dienstverband")),
    ),
]

WORKBOOK = Workbook("bookkeeping", "Administratiekantoor, verwerker (NL)", "nl", "nl", {"Register": ROWS})
