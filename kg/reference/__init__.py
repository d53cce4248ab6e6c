"""Reference data: the codes of every English council (Ofsted URN, DfE and ONS codes, region)."""
