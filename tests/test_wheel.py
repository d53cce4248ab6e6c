"""The package as users install it: the wheel builds without warnings of our own, carries its
licences and data files, installs into a fresh environment and runs from any folder (the
ontology, shapes, queries and the sample come from the package, not from the working tree)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: What the wheel is built from: the project's own files, copied so the build leaves the
#: working tree untouched.
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "kg", "ontology", "shapes")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> tuple[Path, str]:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    dist = tmp_path_factory.mktemp("dist")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(dist)],
                           capture_output=True, text=True, timeout=300)
    if built.returncode != 0 and "No matching distribution found for setuptools" in built.stderr:
        pytest.skip("no package index to fetch the build backend from")
    assert built.returncode == 0, built.stderr[-2000:]
    (found,) = dist.glob("inspection_kg-*.whl")
    return found, built.stdout + built.stderr


def test_wheel_builds_without_deprecation_warnings(wheel):
    _, output = wheel
    for line in output.splitlines():
        assert "Deprecat" not in line and "BuildBackendWarning" not in line, line


def test_wheel_carries_licences_and_data(wheel):
    path, _ = wheel
    names = set(zipfile.ZipFile(path).namelist())
    for expected in ("kg/ontology/inspection-kg.ttl", "kg/ontology/harmonised-areas.ttl",
                     "kg/ontology/LICENSE", "kg/shapes/inspection-kg-shapes.ttl", "kg/shapes/LICENSE",
                     "kg/queries/table-judgements.rq", "kg/samples/barnet-2012-slac.txt",
                     "kg/reference/local-authorities.csv", "kg/reference/towns-shared-by-other-places.csv"):
        assert expected in names, expected
    metadata = zipfile.ZipFile(path).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT AND CC-BY-4.0" in metadata
    assert "Requires-Dist: openpyxl" in metadata and "Requires-Dist: numpy" in metadata
    assert any(n.endswith("licenses/LICENSE") for n in names)


def test_wheel_installs_and_runs_from_another_folder(wheel, tmp_path):
    path, _ = wheel
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # The fresh environment borrows the test environment's third-party libraries (rdflib, …)
    # through a path entry, not its site directory: the editable install of kg there stays out.
    purelib = Path(sysconfig.get_paths()["purelib"])
    env_purelib = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                      capture_output=True, text=True, check=True).stdout.strip())
    (env_purelib / "borrowed-libraries.pth").write_text(f"{purelib}\n")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                                "--no-index", str(path)], capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([python, "-c", "import kg; print(kg.__file__)"], cwd=elsewhere,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(env_dir)), where
    kg = env_dir / "bin" / "kg"
    helped = subprocess.run([kg, "--help"], cwd=elsewhere, capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "table" in helped.stdout
    sample = subprocess.run([python, "-c", "from importlib import resources; "
                             "print(resources.files('kg.samples') / 'barnet-2012-slac.txt')"],
                            cwd=elsewhere, capture_output=True, text=True, check=True).stdout.strip()
    extracted = subprocess.run([kg, "extract", sample, "-o", "barnet.ttl"], cwd=elsewhere,
                               capture_output=True, text=True, timeout=120)
    assert extracted.returncode == 0, extracted.stderr
    assert "London Borough of Barnet" in extracted.stderr and (elsewhere / "barnet.ttl").stat().st_size > 10000
    table = subprocess.run([kg, "table", "barnet.ttl", "--table", "judgements"], cwd=elsewhere,
                           capture_output=True, text=True, timeout=120)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[1].startswith("302,E09000003,E12000007,London,")
