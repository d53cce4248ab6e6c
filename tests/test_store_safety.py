"""kg load is all or nothing: a load killed half-way, a disk that fills up, a bad input found
half-way or a server holding the store leave the store as it was (or absent, if it was new),
say why in one line, and the next kg load works."""
from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.store as store_module
from kg_query_support import BARNET, BARNET_REPORT, KENT, KENT_REPORT, KG, kg
from kg.store import open_store

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
_REAL_BULK_LOAD = store_module._bulk_load_items


def state(store: Path) -> tuple[list[str], int] | None:
    if not store.exists():
        return None
    corpus = open_store(store)
    try:
        return corpus.graph_names(), len(corpus)
    finally:
        corpus.close()


def leftovers(store: Path) -> list[str]:
    return sorted(p.name for p in store.parent.glob(f".{store.name}.kg-*"))


def big_dataset(path: Path, graphs: int = 300, per_graph: int = 2500) -> Path:
    """A dataset big enough that loading it takes a few seconds."""
    with open(path, "w", encoding="utf-8") as out:
        for g in range(graphs):
            name = f"<https://w3id.org/inspection-kg/id/report/bulk-{g:04d}>"
            out.writelines(f"<https://w3id.org/inspection-kg/id/thing/{g}-{i}> "
                           f"<https://w3id.org/inspection-kg/def#value> \"{i} of graph {g}\" {name} .\n"
                           for i in range(per_graph))
    return path


def kill_during_load(data: Path, store: Path) -> None:
    """Start the real `kg load`, wait until it is writing the new store, and SIGKILL it."""
    process = subprocess.Popen([str(KG), "load", str(data), "--store", str(store)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(store.parent.glob(f".{store.name}.kg-load-{process.pid}.*/CURRENT")):
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "kg load never started writing"
        time.sleep(0.01)
    time.sleep(0.3)
    assert process.poll() is None, "the load finished before it could be killed: make the data bigger"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL


@pytest.mark.skipif(not KG.exists(), reason="the kg script is not installed beside this Python")
def test_a_killed_first_load_leaves_no_store_and_the_next_load_works(tmp_path):
    data = big_dataset(tmp_path / "big.nq")
    store = tmp_path / "corpus"
    kill_during_load(data, store)
    assert not store.exists()  # nothing pretending to be a complete corpus
    assert leftovers(store)  # the unfinished store, under a name that says so
    result = kg("load", BARNET, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert state(store)[0] == [BARNET_REPORT]
    assert leftovers(store) == []  # the killed load's folders are tidied


@pytest.mark.skipif(not KG.exists(), reason="the kg script is not installed beside this Python")
def test_a_killed_update_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "corpus"
    assert kg("load", KENT, "--store", store).exit_code == 0
    before = state(store)
    kill_during_load(big_dataset(tmp_path / "big.nq"), store)
    assert state(store) == before
    assert kg("load", BARNET, "--store", store).exit_code == 0
    assert state(store)[0] == sorted([BARNET_REPORT, KENT_REPORT])
    assert leftovers(store) == []


class FullDisk:
    """A store whose second bulk write fails as a full disk makes Oxigraph fail."""

    def __init__(self, store):
        self._store = store
        self._writes = 0

    def bulk_load(self, *args, **kwargs):
        self._writes += 1
        if self._writes > 1:
            raise OSError(errno.ENOSPC, "IO error: No space left on device: While appending to file")
        return self._store.bulk_load(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


@pytest.fixture
def full_disk(monkeypatch):
    real = store_module._bulk_load_items

    def on_a_full_disk(store, *args, **kwargs):
        return real(FullDisk(store), *args, **kwargs)

    monkeypatch.setattr(store_module, "_bulk_load_items", on_a_full_disk)
    monkeypatch.setattr(store_module, "BULK_BATCH_BYTES", 1)  # one write per graph


@pytest.mark.parametrize("existing", [False, True], ids=["new store", "existing store"])
def test_a_full_disk_is_one_line_exit_2_and_the_store_as_it_was(tmp_path, full_disk, existing):
    store = tmp_path / "corpus"
    before = None
    if existing:
        with pytest.MonkeyPatch.context() as patch:  # this first load on a disk with room
            patch.setattr(store_module, "_bulk_load_items", _REAL_BULK_LOAD)
            assert kg("load", KENT, "--store", store).exit_code == 0
        before = state(store)
    result = kg("load", BARNET, KENT, "--store", store)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ")
    assert "no space left on the device" in lines[0] and "internal error" not in lines[0]
    assert state(store) == before
    assert leftovers(store) == []



def test_a_new_store_that_fails_half_way_leaves_nothing_in_the_way(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text(f"<{BARNET_REPORT}> <https://w3id.org/inspection-kg/def#x> \"ok\" <{BARNET_REPORT}> .\n"
                   "this line is not N-Quads\n")
    store = tmp_path / "corpus"
    result = kg("load", KENT, bad, "--store", store)
    assert result.exit_code == 2 and "bad.nq" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not store.exists() and leftovers(store) == []
    assert kg("load", KENT, "--store", store).exit_code == 0
    assert state(store)[0] == [KENT_REPORT]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(not OXIGRAPH.exists(), reason="the oxigraph server is not installed beside this Python")
def test_a_store_held_by_a_read_write_server_is_refused_in_one_line(tmp_path):
    store = tmp_path / "corpus"
    assert kg("load", KENT, "--store", store).exit_code == 0
    before = state(store)
    port = _free_port()
    server = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            assert server.poll() is None, "the oxigraph server stopped"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the oxigraph server did not start"
                time.sleep(0.05)
        result = kg("load", BARNET, "--store", store)
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "in use by another process" in lines[0]
        assert leftovers(store) == []
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
    assert state(store) == before
