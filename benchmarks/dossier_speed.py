"""How long the PDF dossier takes against the canvas floor (issue 19): for each size, the
seconds of the whole export (drawn, tagged, PDF/A, written), the floor measured in the same run on the PDF just written (benchmarks/pdf_floor.py),
their ratio and the pages; and how the time grows from 2,000 to 10,000 activities.

    .venv/bin/python benchmarks/dossier_speed.py                     # 100 and 2,000
    .venv/bin/python benchmarks/dossier_speed.py --sizes 2000 10000  # 10,000 takes minutes

Goal: the ratio at 2,000 at most 2x, the growth 2,000 -> 10,000 at most 5.5x. The machine is
shared, so the best of a few rounds counts (``--repeat``), each round the dossier and then the
floor (pdf_floor.floor_seconds' method: pdf_floor.draw on pdf_floor.page_lines of our PDF).

Each size is measured in a fresh process, as an officer's export is made: a 10,000-activity
export made after the 2,000 rounds in one process took a quarter longer than on its own (the
earlier rounds' garbage and a heap grown to 1.2 GB), which is the benchmark's history, not the
export's growth.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import synthetic_register
from pdf_floor import draw, page_lines
from pypdf import PdfReader

from ropa_desktop.documents.exports import export_register
from ropa_desktop.register.storage import open_register


def measured(size: int, repeat: int) -> tuple[float, float, float, float, bytes]:
    """The best of ``repeat`` rounds, each the dossier of the register of ``size`` activities as
    the officer gets it (export_register: drawn, tagged for screen readers, made PDF/A-2b and
    written) and then the floor on its text (pdf_floor's drawing; the text, the same each round,
    is read from the first PDF, untimed), so the two meet the same load: our wall-clock and
    processor seconds, the floor's, and the PDF."""
    ours = ours_cpu = floor = floor_cpu = float("inf")
    data, pages = b"", None
    with open_register(synthetic_register(size)) as register, tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "dossier.pdf"
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            export_register(register, "pdf", "nl", target)
            ours = min(ours, time.perf_counter() - start)
            ours_cpu = min(ours_cpu, time.process_time() - start_cpu)
            data = target.read_bytes()
            pages = pages or page_lines(data)
            start, start_cpu = time.perf_counter(), time.process_time()
            draw(pages)
            floor = min(floor, time.perf_counter() - start)
            floor_cpu = min(floor_cpu, time.process_time() - start_cpu)
    return ours, ours_cpu, floor, floor_cpu, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 2_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size up to 2,000 (larger: one)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a size measured in this process
    arguments = parser.parse_args()
    if arguments.one:
        ours, ours_cpu, floor, floor_cpu, data = measured(arguments.one, arguments.repeat)
        pages = len(PdfReader(io.BytesIO(data)).pages)
        print(json.dumps([ours, ours_cpu, floor, floor_cpu, pages]))
        return
    print(f"{'activities':>10} {'dossier':>10} {'floor':>10} {'ratio':>7} {'pages':>7}   (processor time: ratio)")
    seconds, cpu_seconds = {}, {}
    for size in arguments.sizes:
        repeat = str(arguments.repeat if size <= 2_000 else 1)
        answer = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--repeat", repeat],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        ours, ours_cpu, floor, floor_cpu, pages = json.loads(answer.strip().splitlines()[-1])
        seconds[size], cpu_seconds[size] = ours, ours_cpu
        print(
            f"{size:>10} {ours:>8.2f} s {floor:>8.2f} s {ours / floor:>6.2f}x {pages:>7}"
            f"   ({ours_cpu:.2f} s / {floor_cpu:.2f} s: {ours_cpu / floor_cpu:.2f}x)",
            flush=True,
        )
    if 2_000 in seconds and 10_000 in seconds:
        print(
            f"growth 2,000 -> 10,000: {seconds[10_000] / seconds[2_000]:.2f}x "
            f"(processor time {cpu_seconds[10_000] / cpu_seconds[2_000]:.2f}x; goal <= 5.5x)"
        )


if __name__ == "__main__":
    main()
