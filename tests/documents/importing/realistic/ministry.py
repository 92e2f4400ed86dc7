"""A ministry's e-services platform, in French (a CNIL-like sheet with short headers):
"Données", "Personnes", "Durée", "Base" with "MIP", "Destinataires" and a "Sous-traitant"
column, "Le ministère seul", and a conditional transfer "s'il est hors du Bénin"."""

from .block import Org, Said, block
from .corpus import BLANK, Workbook, header, row
from .facts import (
    Bases,
    Categories,
    Internal,
    Name,
    NoTransfer,
    NotTo,
    Period,
    Purposes,
    R,
    Recipients,
    Reference,
    Subjects,
    Transfers,
)

PROCESSOR, CONTROLLER, AUTHORITY = "processor", "independent_controller", "public_authority"

ETAT_CIVIL, PAIEMENT, CONNEXION, ASSISTANCE, HABILITATIONS = (
    "Demande d'actes d'état civil en ligne",
    "Paiement des frais de délivrance",
    "Authentification des usagers",
    "Assistance aux usagers",
    "Gestion des habilitations des agents",
)

ROWS = [
    block(("Ministère du Numérique — Plateforme nationale des e-services", Said())),
    # A function, not the controller's name: said, not read.
    block(("Responsable du traitement : le Ministre, représenté par le Secrétaire général", Said())),
    block(
        (
            "Coordonnées : 20 avenue de Ségur, 75007 Paris — contact@numerique.example",
            Org(address="20 avenue de Ségur", postal_code="75007", city="Paris", email="contact@numerique.example"),
        )
    ),
    block(
        (
            "Délégué à la protection des données (DPO) : dpd@numerique.example",
            Org(**{"dpo.email": "dpd@numerique.example"}),
        )
    ),
    BLANK,
    header(
        "N°",
        "Traitement",
        "Finalité",
        "Base",
        "Personnes",
        "Données",
        "Destinataires",
        "Sous-traitant",
        "Transferts",
        "Durée",
    ),
    row(
        ETAT_CIVIL,
        ("T1", Reference()),
        (ETAT_CIVIL, Name()),
        (
            "Délivrer les actes d'état civil demandés en ligne",
            Purposes("Délivrer les actes d'état civil demandés en ligne"),
        ),
        ("MIP", Bases("public_task")),
        ("Usagers", Subjects("Usagers")),
        (
            "Identité, coordonnées, numéro d'identification personnel",
            Categories("Identité", "coordonnées", "numéro d'identification personnel"),
        ),
        ("Le ministère seul", Internal()),
        ("Prestataire d'hébergement national", Recipients(R("Prestataire d'hébergement national", PROCESSOR))),
        ("Non", NoTransfer()),
        ("5 ans", Period(5, "years")),
    ),
    row(
        PAIEMENT,
        ("T2", Reference()),
        (PAIEMENT, Name()),
        ("Encaisser les frais de délivrance des actes", Purposes("Encaisser les frais de délivrance des actes")),
        ("Obligation légale", Bases("legal_obligation")),
        ("Usagers", Subjects("Usagers")),
        ("Identité, référence de paiement, montant", Categories("Identité", "référence de paiement", "montant")),
        (
            "Trésor public, opérateurs de paiement mobile",
            Recipients(
                R("Trésor public", (AUTHORITY, CONTROLLER)), R("opérateurs de paiement mobile", (CONTROLLER, PROCESSOR))
            ),
        ),
        ("Agrégateur de paiement", Recipients(R("Agrégateur de paiement", PROCESSOR))),
        ("Vers le pays de l'agrégateur, s'il est hors du Bénin", [Transfers(("?", None)), NotTo("BJ")]),
        ("10 ans (pièces comptables)", Period(10, "years")),
    ),
    row(
        CONNEXION,
        ("T3", Reference()),
        (CONNEXION, Name()),
        (
            "Permettre la connexion sécurisée aux e-services",
            Purposes("Permettre la connexion sécurisée aux e-services"),
        ),
        ("MIP", Bases("public_task")),
        ("Usagers, agents", Subjects("Usagers", "agents")),
        (
            "Identifiant, mot de passe chiffré, journaux de connexion",
            Categories("Identifiant", "mot de passe chiffré", "journaux de connexion"),
        ),
        ("Le ministère seul", Internal()),
        ("Éditeur de la solution d'identité", Recipients(R("Éditeur de la solution d'identité", PROCESSOR))),
        ("Non", NoTransfer()),
        ("1 an après la dernière connexion", Period(1, "years", starts="dernière connexion")),
    ),
    row(
        ASSISTANCE,
        ("T4", Reference()),
        (ASSISTANCE, Name()),
        (
            "Répondre aux demandes d'assistance\nMesurer la satisfaction des usagers",
            Purposes("Répondre aux demandes d'assistance", "Mesurer la satisfaction des usagers"),
        ),
        (
            "MIP\nConsentement",
            [
                Bases("public_task", purpose="Répondre aux demandes d'assistance"),
                Bases("consent", purpose="Mesurer la satisfaction des usagers"),
            ],
        ),
        ("Usagers", Subjects("Usagers")),
        ("Identité, coordonnées, contenu des échanges", Categories("Identité", "coordonnées", "contenu des échanges")),
        ("Agents du centre d'appel", Recipients(R("Agents du centre d'appel", "internal"))),
        ("Centre d'appel externalisé", Recipients(R("Centre d'appel externalisé", PROCESSOR))),
        ("Non", NoTransfer()),
        ("2 ans à compter de la clôture de la demande", Period(2, "years", starts="clôture")),
    ),
    row(
        HABILITATIONS,
        ("T5", Reference()),
        (HABILITATIONS, Name()),
        ("Gérer les droits d'accès des agents", Purposes("Gérer les droits d'accès des agents")),
        ("Mission d'intérêt public", Bases("public_task")),
        ("Agents", Subjects("Agents")),
        ("Nom, fonction, droits d'accès", Categories("Nom", "fonction", "droits d'accès")),
        ("Direction des systèmes d'information", Recipients(R("Direction des systèmes d'information", "internal"))),
        None,
        ("Non", NoTransfer()),
        ("Durée de l'affectation + 6 mois", Period(6, "months", starts="affectation")),
    ),
]

WORKBOOK = Workbook("ministry", "Plateforme ministérielle (FR)", "en", "fr", {"Registre": ROWS})
