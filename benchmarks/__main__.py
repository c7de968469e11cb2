"""Run every benchmark module (or those named on the command line) and print their results.

Each ``benchmarks/bench_*.py`` has ``run(workdir: Path) -> list[Result]``. Results are printed as
a table and written to ``benchmarks/results.json``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import tempfile
import time
from pathlib import Path

import benchmarks
from benchmarks.common import Result


def main(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    if names:
        modules = [m for m in modules if any(n in m for n in names)]
    results: list[Result] = []
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"cairo-{name}-") as workdir:
            for result in module.run(Path(workdir)):
                print(result.line(), flush=True)
                results.append(result)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    out = Path(__file__).parent / "results.json"
    out.write_text(json.dumps([r.as_dict() for r in results], indent=1))
    failed = [r for r in results if r.met is False]
    print(f"\n{len(results)} measures, {len(failed)} goals missed. Written to {out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
