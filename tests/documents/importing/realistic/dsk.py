"""A German "Verzeichnis von Verarbeitungstätigkeiten" in the layout of the DSK's model:
Zweck, Rechtsgrundlage (Art. 6 Abs. 1 lit. b DSGVO), Kategorien betroffener Personen /
personenbezogener Daten, Empfänger, Auftragsverarbeiter, Drittlandtransfer, Löschfrist, TOM."""

from .block import Org, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Cases,
    Categories,
    Internal,
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

PERSONAL, KUNDEN, VIDEO, NEWSLETTER, BEWERBER = (
    "Personalverwaltung",
    "Kundenverwaltung (CRM)",
    "Videoüberwachung des Betriebsgeländes",
    "Newsletter",
    "Bewerbermanagement",
)

ROWS = [
    block(("Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 Abs. 1 DSGVO", Said())),
    block(
        (
            "Verantwortlicher: Müller Maschinenbau GmbH, Industriestraße 5, 70565 Stuttgart",
            Org(
                legal_name="Müller Maschinenbau GmbH",
                address="Industriestraße 5",
                postal_code="70565",
                city="Stuttgart",
            ),
        )
    ),
    block(("Telefon: +49 711 123456-0", Org(phone="+49 711 123456-0"))),
    block(
        (
            "Datenschutzbeauftragter: Dr. K. Weber, datenschutz@mueller-maschinenbau.example",
            Org(**{"dpo.name": "Dr. K. Weber", "dpo.email": "datenschutz@mueller-maschinenbau.example"}),
        )
    ),
    block(("Stand: 01.02.2025", Said())),
    BLANK,
    header(
        "Lfd. Nr.",
        "Bezeichnung der Verarbeitungstätigkeit",
        "Zweck",
        "Rechtsgrundlage",
        "Kategorien betroffener Personen",
        "Kategorien personenbezogener Daten",
        "Empfänger",
        "Auftragsverarbeiter",
        "Drittlandtransfer",
        "Löschfrist",
        "TOM",
    ),
    row(
        PERSONAL,
        ("1", Reference()),
        (PERSONAL, Name()),
        ("Durchführung des Beschäftigungsverhältnisses", Purposes("Durchführung des Beschäftigungsverhältnisses")),
        ("Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG", Bases("contract")),
        ("Beschäftigte", Subjects("Beschäftigte")),
        (
            "Stammdaten, Bankverbindung, Steuer-ID, Gesundheitsdaten (AU-Bescheinigungen)",
            Categories(
                "Stammdaten",
                "Bankverbindung",
                "Steuer-ID",
                ("Gesundheitsdaten (AU-Bescheinigungen)", "special", "health"),
            ),
        ),
        (
            "Finanzamt, Sozialversicherungsträger",
            Recipients(
                R("Finanzamt", (AUTHORITY, CONTROLLER)), R("Sozialversicherungsträger", (AUTHORITY, CONTROLLER))
            ),
        ),
        ("DATEV eG", Recipients(R("DATEV eG", PROCESSOR))),
        ("Nein", NoTransfer()),
        ("10 Jahre nach Ende des Beschäftigungsverhältnisses", Period(10, "years", starts="Beschäftigungsverhältnis")),
        ("Zugriffsbeschränkung, Verschlüsselung", Measures("Zugriffsbeschränkung", "Verschlüsselung")),
    ),
    row(
        KUNDEN,
        ("2", Reference()),
        (KUNDEN, Name()),
        ("Vertragsdurchführung und Kundenbetreuung", Purposes("Vertragsdurchführung und Kundenbetreuung")),
        ("Art. 6 Abs. 1 lit. b DSGVO", Bases("contract")),
        ("Kunden, Ansprechpartner bei Kunden", Subjects("Kunden", "Ansprechpartner bei Kunden")),
        ("Kontaktdaten, Vertragsdaten", Categories("Kontaktdaten", "Vertragsdaten")),
        ("Vertrieb (intern)", [Recipients(R(("Vertrieb", "Vertrieb (intern)"), "internal")), Internal()]),
        ("Salesforce", Recipients(R("Salesforce", PROCESSOR))),
        ("USA – EU-US Data Privacy Framework", Transfers(("US", "adequacy"))),
        ("3 Jahre nach Vertragsende", Period(3, "years", starts="Vertragsende")),
        ("Rollenkonzept", Measures("Rollenkonzept")),
    ),
    row(
        VIDEO,
        ("3", Reference()),
        (VIDEO, Name()),
        ("Schutz des Betriebsgeländes vor Diebstahl", Purposes("Schutz des Betriebsgeländes vor Diebstahl")),
        ("Art. 6 Abs. 1 lit. f DSGVO", Bases("legitimate_interests")),
        ("Beschäftigte, Besucher", Subjects("Beschäftigte", "Besucher")),
        ("Videoaufnahmen", Categories("Videoaufnahmen")),
        ("Polizei (im Einzelfall)", Recipients(R(("Polizei", "Polizei (im Einzelfall)"), (AUTHORITY, CONTROLLER)))),
        None,
        ("Nein", NoTransfer()),
        ("72 Stunden", Cases((3, "days"))),
        ("Zugriff nur Geschäftsführung", Measures("Zugriff nur Geschäftsführung")),
    ),
    row(
        NEWSLETTER,
        ("4", Reference()),
        (NEWSLETTER, Name()),
        ("Versand von Produktinformationen", Purposes("Versand von Produktinformationen")),
        ("Art. 6 Abs. 1 lit. a DSGVO", Bases("consent")),
        ("Interessenten", Subjects("Interessenten")),
        ("E-Mail-Adresse", Categories("E-Mail-Adresse")),
        None,
        ("CleverReach GmbH & Co. KG", Recipients(R("CleverReach GmbH & Co. KG", PROCESSOR))),
        ("Nein", NoTransfer()),
        ("Bis zum Widerruf der Einwilligung", Until()),
        ("Double-Opt-in", Measures("Double-Opt-in")),
    ),
    row(
        BEWERBER,
        ("5", Reference()),
        (BEWERBER, Name()),
        ("Durchführung von Bewerbungsverfahren", Purposes("Durchführung von Bewerbungsverfahren")),
        ("Art. 6 Abs. 1 lit. b DSGVO, § 26 BDSG", Bases("contract")),
        ("Bewerber", Subjects("Bewerber")),
        ("Bewerbungsunterlagen, Kontaktdaten", Categories("Bewerbungsunterlagen", "Kontaktdaten")),
        ("Fachabteilung", Recipients(R("Fachabteilung", "internal"))),
        ("Personio SE & Co. KG", Recipients(R("Personio SE & Co. KG", PROCESSOR))),
        ("Nein", NoTransfer()),
        ("6 Monate nach Abschluss des Verfahrens", Period(6, "months", starts="Abschluss")),
        ("Zugriffsbeschränkung", Measures("Zugriffsbeschränkung")),
    ),
]

WORKBOOK = Workbook("dsk", "Verzeichnis nach DSK-Muster (DE)", "en", "de", {"VVT": ROWS})
