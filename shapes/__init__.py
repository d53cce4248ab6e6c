"""The SHACL shapes (Turtle), shipped as package data ``kg.shapes``."""
