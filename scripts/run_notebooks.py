"""Execute the notebooks: into reports/notebooks/ (default) or in place (--inplace).

``make run`` uses the default so committed notebooks stay as they are;
``make notebooks`` refreshes the committed outputs that strict nbval compares.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def run(paths: list[Path], inplace: bool, out: Path) -> None:
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
        target = path if inplace else out / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
        print(f"executed {path.name} -> {target}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    p.add_argument("--inplace", action="store_true", help="overwrite the committed notebooks' outputs")
    p.add_argument("--out", type=Path, default=ROOT / "reports" / "notebooks")
    args = p.parse_args(argv)
    run(args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb")), args.inplace, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
