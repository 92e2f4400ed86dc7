"""Reference data shipped with the app: vocabularies, countries, EEA, adequacy, authorities."""
