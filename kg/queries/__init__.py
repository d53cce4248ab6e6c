"""The bundled SPARQL queries, one ``.rq`` file each."""
