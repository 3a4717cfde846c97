"""Languages: one module per language (words, greetings, formality, months) and a registry."""
