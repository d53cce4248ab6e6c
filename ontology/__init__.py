"""The ontology (Turtle), shipped as package data ``kg.ontology``."""
