"""``python -m kg`` runs the ``kg`` command line."""
from .cli import main

main(prog_name="kg")
