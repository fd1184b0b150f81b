"""python -m bench: build a synthetic clinic, or run the benchmark on one.

    python -m bench build --size 1x --data-dir /tmp/bench-1x
    python -m bench run --size 1x --data-dir /tmp/bench-1x --repeat 5 --out 1x.json
    python -m bench run --size 1x --data-dir /tmp/bench-1x \\
        --compare-size 10x --compare-dir /tmp/bench-10x --out growth.json
    python -m bench run --size smoke --repeat 1      # builds a fresh clinic first
    python -m bench frozen --repeat 5                # start-up, frozen with PyInstaller
    python -m bench compare before.json after.json   # exit 1 if a figure regressed
"""

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.build import build
from bench.compare import compare
from bench.report import table
from bench.runner import Clinic, run
from bench.sizes import SIZES
from bench.suite import PARTS

log = logging.getLogger("bench")


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build", help="build a synthetic clinic in an empty folder")
    make.add_argument("--size", choices=SIZES, required=True)
    make.add_argument("--data-dir", type=Path, required=True)
    bench = commands.add_parser("run", help="measure, print the table and write JSON")
    bench.add_argument("--size", choices=SIZES, required=True, help="the size of --data-dir")
    bench.add_argument("--data-dir", type=Path, help="a built clinic (default: build one)")
    bench.add_argument("--compare-size", choices=SIZES, help="a second size, for growth")
    bench.add_argument("--compare-dir", type=Path, help="the second size's clinic")
    bench.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    bench.add_argument("--out", type=Path, help="JSON file (default bench-SIZE.json)")
    bench.add_argument(
        "--in-place",
        action="store_true",
        help="measure the given folders themselves instead of copies (it writes to them)",
    )
    bench.add_argument("--work-dir", type=Path, help="where copies go (default: system temp)")
    frozen = commands.add_parser(
        "frozen", help="start-up of the frozen program against a frozen bare window"
    )
    frozen.add_argument("--data-dir", type=Path, help="a clinic (default: a fresh demo clinic)")
    frozen.add_argument("--repeat", type=int, default=5)
    frozen.add_argument(
        "--build-dir",
        type=Path,
        default=Path("build") / "bench-frozen",
        help="where the frozen probes are made (reused when there)",
    )
    bench.add_argument(
        "--only",
        choices=PARTS,
        action="append",
        help="measure only this part (repeatable; default: all)",
    )
    against = commands.add_parser("compare", help="which figures got slower than before")
    against.add_argument("before", type=Path, help="the earlier run's JSON")
    against.add_argument("after", type=Path, help="the later run's JSON")
    args = parser.parse_args(argv)
    if args.command == "run":
        if args.compare_dir and not args.compare_size:
            args.compare_size = "10x"
        if args.repeat < 1:
            parser.error("--repeat must be at least 1")
        if args.work_dir is not None:
            try:
                args.work_dir.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                parser.error(f"--work-dir {args.work_dir}: {error.strerror}")
        for name in ("data_dir", "compare_dir"):
            folder = getattr(args, name)
            if folder is not None and not (folder / "mottagning.db").is_file():
                parser.error(f"--{name.replace('_', '-')} {folder}: no built clinic there")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(message)s")
    log.setLevel(logging.INFO)
    if args.command == "build":
        if (args.data_dir / "mottagning.db").exists():
            print(f"{args.data_dir} already holds a clinic", file=sys.stderr)
            return 1
        print(build(SIZES[args.size], args.data_dir))
        return 0
    if args.command == "frozen":
        from bench.frozen import measure  # noqa: PLC0415 (needs the installer extra)

        print(measure(args.data_dir, args.repeat, args.build_dir.resolve()).table())
        return 0
    if args.command == "compare":
        try:
            text, regressed = compare(args.before, args.after)
        except (OSError, ValueError, KeyError) as error:
            print(f"cannot compare: {error}", file=sys.stderr)
            return 2
        print(text)
        return 1 if regressed else 0
    clinics = [Clinic(args.size, args.data_dir)]
    if args.compare_size:
        clinics.append(Clinic(args.compare_size, args.compare_dir))
    parts = tuple(part for part in PARTS if part in (args.only or PARTS))
    report = run(clinics, args.repeat, in_place=args.in_place, work_dir=args.work_dir, parts=parts)
    print(table(report))
    out = args.out or Path(f"bench-{'-'.join(c.size for c in clinics)}.json")
    report.write_json(out)
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
