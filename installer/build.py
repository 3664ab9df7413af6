"""Build the one-folder app and the archive a user downloads, and say how big they are.

    python installer/build.py [--python 3.12] [--dist DIR] [--no-sync]

1. Picks a Python >= 3.12 (PySide6 6.12 on 3.11 needs ui/refguard.py's workaround; the frozen
   app should not): --python, else $SOS_BUILD_PYTHON, else what `uv python find` or pyenv
   knows (3.12 first), else uv's default with a warning.
2. Syncs a build environment from uv.lock (build/installer-venv; the dev group brings
   PyInstaller), so the bundle holds exactly the locked versions. --no-sync builds with that
   environment as it is (e.g. to try a package installed into it by hand).
3. Runs PyInstaller on build_installer.spec, then packs DIST/sos-desktop into
   sos-desktop-VERSION-PLATFORM.tar.gz (Linux), .zip (Windows) or the .app into a .zip (macOS).
Needs uv on PATH. Prints the figures as a last line of JSON for the installer test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"
ENV_DIR = ROOT / "build" / "installer-venv"
WORK_DIR = ROOT / "build" / "pyinstaller"
BUILD_PYTHON_ENV = "SOS_BUILD_PYTHON"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def find_python(requested: str | None) -> str | None:
    """An interpreter >= 3.12 for the build, or None to let uv choose (the project's default)."""
    if requested or os.environ.get(BUILD_PYTHON_ENV):
        return requested or os.environ[BUILD_PYTHON_ENV]
    for request in ("3.12", ">=3.12"):  # the version the README names, else a newer one
        found = subprocess.run(["uv", "python", "find", request], capture_output=True,
                               text=True)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    pyenv = shutil.which("pyenv")
    if pyenv:  # pyenv's shims answer for the global version only; ask pyenv for the others
        versions = subprocess.run([pyenv, "versions", "--bare"], capture_output=True,
                                  text=True).stdout.split()
        usable = [v for v in versions if _at_least_312(v)]
        if usable:
            best = min(usable, key=lambda v: tuple(int(p) for p in v.split(".")))
            prefix = subprocess.run([pyenv, "prefix", best], capture_output=True,
                                    text=True).stdout.strip()
            candidate = Path(prefix) / "bin" / f"python{'.'.join(best.split('.')[:2])}"
            if candidate.exists():
                return str(candidate)
    return None


def _at_least_312(version: str) -> bool:
    parts = version.split(".")
    return (len(parts) >= 2 and parts[0] == "3" and parts[1].isdigit() and int(parts[1]) >= 12
            and all(p.isdigit() for p in parts))


def sync_environment(python: str | None) -> Path:
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(ENV_DIR)}
    command = ["uv", "sync", "--frozen", "--no-install-project"]
    if python:
        command += ["--python", python]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return environment_python()


def environment_python() -> Path:
    scripts = ENV_DIR / ("Scripts" if sys.platform == "win32" else "bin")
    return scripts / ("python.exe" if sys.platform == "win32" else "python")


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(dist: Path, name: str, version: str) -> Path:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = dist / f"{name}-{version}-{system}-{machine}"
    if sys.platform == "darwin":  # ditto keeps the bundle's symlinks and signatures
        target = base.with_suffix(".zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(dist / "SOS Desktop.app"),
                        str(target)], check=True)
        return target
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=dist, base_dir=name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", help="interpreter (path or version) for the build")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--no-sync", action="store_true",
                        help="use build/installer-venv as it is")
    args = parser.parse_args(argv)

    meta = project()
    python = None
    if args.no_sync:
        interpreter = environment_python()
    else:
        python = find_python(args.python)
        if python is None:
            print("build: no Python >= 3.12 found; uv's default is used and the 3.11 "
                  "reference-count workaround (ui/refguard.py) stays active", file=sys.stderr)
        interpreter = sync_environment(python)
    version = subprocess.run([str(interpreter), "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True, check=True).stdout.strip()

    args.dist.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([str(interpreter), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(WORK_DIR), str(SPEC)],
                   cwd=ROOT, check=True)
    build_seconds = time.perf_counter() - start
    folder = args.dist / (meta["name"] if sys.platform != "darwin" else "SOS Desktop.app")
    archive = make_archive(args.dist, meta["name"], meta["version"])
    figures = {"python": version, "build_seconds": round(build_seconds, 1),
               "folder": str(folder), "folder_bytes": folder_size(folder),
               "archive": str(archive), "archive_bytes": archive.stat().st_size}
    print(f"build: Python {version}, {build_seconds:.0f} s; {folder.name}: "
          f"{figures['folder_bytes'] / 1e6:.1f} MB; {archive.name}: "
          f"{figures['archive_bytes'] / 1e6:.1f} MB")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
