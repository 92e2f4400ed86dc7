"""A sports association's register, in French (the CNIL's "registre simplifié" wordings, as an
association fills it in): lists with " / " and dashes, internal and external recipients in two
columns, "Intérêt légitime" spelled out, "Hors UE : non", a retention "jusqu'à la fin de la
saison + 1 an"."""

from .block import Org, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Categories,
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

PROCESSOR, CONTROLLER, AUTHORITY = "processor", "independent_controller", "public_authority"

ADHESIONS, LICENCES, COTISATIONS, PHOTOS, BENEVOLES = (
    "Gestion des adhésions",
    "Demande des licences fédérales",
    "Encaissement des cotisations",
    "Photos des compétitions",
    "Gestion des bénévoles",
)

ROWS = [
    block(("Registre des activités de traitement — Association Sportive Les Aigles", Said())),
    # "le Président" is a function, not the association's name: said, not read.
    block(
        (
            "Responsable : le Président, 12 rue du Stade, 69003 Lyon",
            [Org(address="12 rue du Stade", postal_code="69003", city="Lyon"), Said("le Président")],
        )
    ),
    BLANK,
    header(
        "Nom du traitement",
        "Finalité(s)",
        "Base légale",
        "Catégories de personnes concernées",
        "Catégories de données",
        "Destinataires internes",
        "Destinataires externes",
        "Sous-traitants",
        "Transferts hors UE",
        "Durée de conservation",
        "Mesures de sécurité",
    ),
    row(
        ADHESIONS,
        (ADHESIONS, Name()),
        ("Tenir le fichier des adhérents", Purposes("Tenir le fichier des adhérents")),
        ("Contrat (adhésion)", Bases("contract")),
        ("Adhérents / parents des adhérents mineurs", Subjects("Adhérents", "parents des adhérents mineurs")),
        ("- Identité\n- Coordonnées\n- Date de naissance", Categories("Identité", "Coordonnées", "Date de naissance")),
        ("Bureau de l'association", Recipients(R("Bureau de l'association", "internal"))),
        None,
        ("AssoConnect", Recipients(R("AssoConnect", PROCESSOR))),
        ("Non", NoTransfer()),
        ("Jusqu'à la fin de la saison + 1 an", Period(1, "years", starts="saison")),
        ("Mot de passe / accès limité au bureau", Measures("Mot de passe", "accès limité au bureau")),
    ),
    row(
        LICENCES,
        (LICENCES, Name()),
        ("Obtenir la licence fédérale des adhérents", Purposes("Obtenir la licence fédérale des adhérents")),
        ("Obligation légale", Bases("legal_obligation")),
        ("Adhérents", Subjects("Adhérents")),
        ("Identité / certificat médical", Categories("Identité", ("certificat médical", "special", "health"))),
        ("Secrétaire", Recipients(R("Secrétaire", "internal"))),
        (
            "Fédération française d'athlétisme",
            Recipients(R("Fédération française d'athlétisme", (CONTROLLER, AUTHORITY))),
        ),
        None,
        ("Non", NoTransfer()),
        ("3 ans", Period(3, "years")),
        ("Accès limité au bureau", Measures("Accès limité au bureau")),
    ),
    row(
        COTISATIONS,
        (COTISATIONS, Name()),
        ("Encaisser les cotisations", Purposes("Encaisser les cotisations")),
        ("Contrat", Bases("contract")),
        ("Adhérents", Subjects("Adhérents")),
        ("Identité / coordonnées bancaires", Categories("Identité", "coordonnées bancaires")),
        ("Trésorier", Recipients(R("Trésorier", "internal"))),
        ("Expert-comptable", Recipients(R("Expert-comptable", (CONTROLLER, PROCESSOR)))),
        ("HelloAsso", Recipients(R("HelloAsso", PROCESSOR))),
        ("Non", NoTransfer()),
        ("10 ans (pièces comptables)", Period(10, "years")),
    ),
    row(
        PHOTOS,
        (PHOTOS, Name()),
        (
            "Publier les photos des compétitions sur le site et les réseaux sociaux",
            Purposes("Publier les photos des compétitions sur le site et les réseaux sociaux"),
        ),
        ("Consentement", Bases("consent")),
        ("Adhérents, spectateurs", Subjects("Adhérents", "spectateurs")),
        ("Photos", Categories("Photos")),
        ("Chargé de communication", Recipients(R("Chargé de communication", "internal"))),
        None,
        ("Meta (Facebook, Instagram)", Recipients(R(("Meta", "Meta (Facebook, Instagram)"), PROCESSOR))),
        ("Oui : États-Unis (DPF)", Transfers(("US", "adequacy"))),
        ("Jusqu'au retrait du consentement", Until()),
    ),
    row(
        BENEVOLES,
        (BENEVOLES, Name()),
        ("Organiser les bénévoles des manifestations", Purposes("Organiser les bénévoles des manifestations")),
        ("Intérêt légitime", Bases("legitimate_interests")),
        ("Bénévoles", Subjects("Bénévoles")),
        ("Identité, téléphone, disponibilités", Categories("Identité", "téléphone", "disponibilités")),
        ("Bureau de l'association", Recipients(R("Bureau de l'association", "internal"))),
        None,
        ("Google (Google Forms)", Recipients(R(("Google", "Google (Google Forms)"), PROCESSOR))),
        ("Oui — CCT", Transfers(("?", "standard_contractual_clauses"))),
        ("1 an après la manifestation", Period(1, "years", starts="manifestation")),
    ),
]

WORKBOOK = Workbook("association", "Association sportive (FR)", "en", "fr", {"Registre": ROWS})
