"""``python -m focusfive_nlp`` runs the command line."""
from .cli import main

main()
