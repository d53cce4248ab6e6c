"""Test-suite wide settings.

`make test` runs the suite in two processes (pytest-xdist, ``--dist loadgroup``). Each test
module is one group, so its tests run in one process and a module's fixtures (an extracted
corpus, a loaded store, the README's sandbox) are made once; xdist may run them in another
order than the file's (tests/test_readme.py runs the README's blocks in README order itself). The modules that start real servers on loopback ports (Oxigraph behind
``kg serve``, the endpoint of ``kg export``, the serving lock of ``kg load``) choose a free port
by binding port 0 and then hand it on; two processes doing that at once could, rarely, be given
the same port between the probe and the server's bind, so those modules share one group and run
one after another.
"""
from __future__ import annotations

import pytest

#: Test modules whose tests start servers on loopback ports.
SERVER_MODULES = {"test_export_store.py", "test_security.py", "test_store_safety.py"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        group = "servers" if item.path.name in SERVER_MODULES else item.path.stem
        item.add_marker(pytest.mark.xdist_group(group))
