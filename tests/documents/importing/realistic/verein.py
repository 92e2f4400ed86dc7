"""A German sports club's (Verein) register (held out: written after the import was tuned on the
other registers), as a volunteer board fills it in rather than the DSK's model: "Betroffene
Personengruppen", "Art der Daten", "Weitergabe an", "Dienstleister (Auftragsverarbeiter)",
"Drittland?", "Aufbewahrung / Löschung", bases as "Art. 6 (1) b DSGVO" or spelled out."""

from .block import Org, Outside, Said, block
from .corpus import BLANK, Workbook, header, known_gaps, row
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
    Until,
)

PROCESSOR, CONTROLLER, AUTHORITY = "processor", "independent_controller", "public_authority"
ADEQUACY = "adequacy"

MITGLIEDER, BEITRAEGE, FOTOS, UEBUNGSLEITER, MANNSCHAFT = (
    "Mitgliederverwaltung",
    "Beitragseinzug",
    "Veröffentlichung von Fotos und Ergebnissen",
    "Einsatz der Übungsleiter",
    "Mannschaftskommunikation",
)

ROWS = [
    block(("Verzeichnis der Verarbeitungstätigkeiten", Said())),
    block(
        ("Verein:", Outside()), ("Turnverein Musterstadt 1897 e.V.", Org(legal_name="Turnverein Musterstadt 1897 e.V."))
    ),
    block(
        ("Postanschrift:", Outside()),
        ("Sportplatzweg 3, 12345 Musterstadt", Org(address="Sportplatzweg 3", postal_code="12345", city="Musterstadt")),
    ),
    block(
        ("Ansprechpartner Datenschutz:", Outside()),
        (
            "Thomas Berger (2. Vorsitzender), datenschutz@tv-musterstadt.example",
            Org(
                **{
                    "privacy_contact.name": "Thomas Berger",
                    "privacy_contact.email": "datenschutz@tv-musterstadt.example",
                }
            ),
        ),
    ),
    block(("Stand: Januar 2025, beschlossen in der Vorstandssitzung", Said())),
    BLANK,
    header(
        "Nr.",
        "Verarbeitungstätigkeit",
        "Zweck der Verarbeitung",
        "Rechtsgrundlage",
        "Betroffene Personengruppen",
        "Art der Daten",
        "Weitergabe an",
        "Dienstleister (Auftragsverarbeiter)",
        "Drittland?",
        "Aufbewahrung / Löschung",
        "Schutzmaßnahmen",
    ),
    row(
        MITGLIEDER,
        ("1", Reference()),
        (MITGLIEDER, Name()),
        (
            "Verwaltung der Mitglieder und Durchführung der Mitgliedschaft",
            Purposes("Verwaltung der Mitglieder und Durchführung der Mitgliedschaft"),
        ),
        ("Art. 6 (1) b DSGVO (Mitgliedschaft)", Bases("contract")),
        (
            "Mitglieder, Erziehungsberechtigte minderjähriger Mitglieder",
            Subjects("Mitglieder", "Erziehungsberechtigte minderjähriger Mitglieder"),
        ),
        (
            "Name, Anschrift, Geburtsdatum, Bankverbindung, Abteilungszugehörigkeit",
            Categories("Name", "Anschrift", "Geburtsdatum", "Bankverbindung", "Abteilungszugehörigkeit"),
        ),
        (
            "Landessportbund (Bestandsmeldung), Vorstand",
            Recipients(
                R(("Landessportbund", "Landessportbund (Bestandsmeldung)"), CONTROLLER), R("Vorstand", "internal")
            ),
        ),
        ("easyVerein (Deutschland)", Recipients(R("easyVerein", PROCESSOR, ("DE", "")))),
        ("nein", NoTransfer()),
        ("Austritt + 2 Jahre; Kassendaten 10 Jahre", Cases((2, "years"), (10, "years"))),
        ("Passwortschutz, Zugriff nur Vorstand", Measures("Passwortschutz", "Zugriff nur Vorstand")),
    ),
    row(
        BEITRAEGE,
        ("2", Reference()),
        (BEITRAEGE, Name()),
        (
            "Einzug der Mitgliedsbeiträge per SEPA-Lastschrift",
            Purposes("Einzug der Mitgliedsbeiträge per SEPA-Lastschrift"),
        ),
        ("Art. 6 (1) b und c DSGVO", Bases("contract", "legal_obligation")),
        ("Mitglieder, Kontoinhaber", Subjects("Mitglieder", "Kontoinhaber")),
        ("IBAN, Mandatsreferenz, Beitragshöhe", Categories("IBAN", "Mandatsreferenz", "Beitragshöhe")),
        (
            "Hausbank (Sparkasse Musterstadt)",
            Recipients(R(("Hausbank", "Hausbank (Sparkasse Musterstadt)", "Sparkasse Musterstadt"), CONTROLLER)),
        ),
        None,
        ("nein", NoTransfer()),
        ("10 Jahre (§ 147 AO)", Period(10, "years")),
        ("Kassenprüfung im Vier-Augen-Prinzip", Measures("Kassenprüfung im Vier-Augen-Prinzip")),
    ),
    row(
        FOTOS,
        ("3", Reference()),
        (FOTOS, Name()),
        (
            "Berichterstattung über Wettkämpfe auf der Website und in der Vereinszeitung",
            Purposes("Berichterstattung über Wettkämpfe auf der Website und in der Vereinszeitung"),
        ),
        ("Einwilligung; bei Ergebnislisten berechtigtes Interesse", Bases("consent", "legitimate_interests")),
        ("Mitglieder, Wettkampfteilnehmer", Subjects("Mitglieder", "Wettkampfteilnehmer")),
        ("Fotos, Name, Ergebnisse", Categories("Fotos", "Name", "Ergebnisse")),
        (
            "Lokalzeitung (Musterstädter Anzeiger)",
            Recipients(
                R(("Lokalzeitung", "Lokalzeitung (Musterstädter Anzeiger)", "Musterstädter Anzeiger"), CONTROLLER)
            ),
        ),
        ("IONOS (Webhosting, Deutschland)", Recipients(R("IONOS", PROCESSOR, ("DE", "")))),
        ("nein", NoTransfer()),
        ("Bis zum Widerruf", Until()),
        ("Keine Veröffentlichung von Anschriften", Measures("Keine Veröffentlichung von Anschriften")),
    ),
    row(
        UEBUNGSLEITER,
        ("4", Reference()),
        (UEBUNGSLEITER, Name()),
        ("Einsatz und Abrechnung der Übungsleiter", Purposes("Einsatz und Abrechnung der Übungsleiter")),
        ("Art. 6 Abs. 1 lit. b DSGVO", Bases("contract")),
        ("Übungsleiter", Subjects("Übungsleiter")),
        (
            "Name, Anschrift, Bankverbindung, erweitertes Führungszeugnis (Einsichtnahme)",
            Categories(
                "Name", "Anschrift", "Bankverbindung", ("erweitertes Führungszeugnis (Einsichtnahme)", "criminal")
            ),
        ),
        (
            "Finanzamt (Übungsleiterpauschale)",
            Recipients(R(("Finanzamt", "Finanzamt (Übungsleiterpauschale)"), (AUTHORITY, CONTROLLER))),
        ),
        None,
        ("nein", NoTransfer()),
        (
            "Führungszeugnis: nur Vermerk der Einsichtnahme, Löschung 3 Monate nach Ende der Tätigkeit; "
            "Abrechnungen 10 Jahre",
            Cases((3, "months"), (10, "years")),
        ),
        ("Verschlossener Schrank", Measures("Verschlossener Schrank")),
    ),
    row(
        MANNSCHAFT,
        ("5", Reference()),
        (MANNSCHAFT, Name()),
        ("Organisation von Training und Spielen", Purposes("Organisation von Training und Spielen")),
        ("Einwilligung", Bases("consent")),
        ("Spieler, Eltern", Subjects("Spieler", "Eltern")),
        ("Name, Mobilnummer", Categories("Name", "Mobilnummer")),
        ("Trainer der Mannschaft", Recipients(R("Trainer der Mannschaft", "internal"))),
        (
            "WhatsApp (Meta, USA)",
            [Recipients(R(("WhatsApp", "WhatsApp (Meta, USA)"), PROCESSOR, ("US", ""))), Transfers(("US", None))],
        ),
        ("ja, USA (Data Privacy Framework)", Transfers(("US", ADEQUACY))),
        ("Löschung aus der Gruppe bei Austritt", Until()),
        ("Nur freiwillige Teilnahme", Measures("Nur freiwillige Teilnahme")),
    ),
]

# What the import did not yet get right when this register was first run (held out): kept as what it
# should do, each cell's test xfail(strict=True) until a fix flips it.
known_gaps(
    ROWS,
    {
        (2, 2): "block: 'Verein:' is not read as the organisation's name (the row is reported as not read)",
    },
)

WORKBOOK = Workbook("verein", "Sportverein (DE, held out)", "en", "de", {"VVT": ROWS})
