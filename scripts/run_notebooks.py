"""Execute the notebooks: into reports/notebooks/ (default) or in place (--inplace).

``make run`` uses the default so committed notebooks stay as they are;
``make notebooks`` refreshes the committed outputs that strict nbval compares. To run
notebooks 01-06 on your own corpus, use ``belarus-analysis notebooks --tables OUT --out DIR``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from belarus_analysis.report import notebooks

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    p.add_argument("--inplace", action="store_true", help="overwrite the committed notebooks' outputs")
    p.add_argument("--out", type=Path, default=ROOT / "reports" / "notebooks")
    args = p.parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path, target in zip(paths, notebooks.run(paths, None if args.inplace else args.out)):
        print(f"executed {path.name} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
