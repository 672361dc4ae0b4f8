#!/usr/bin/env python3
"""Runs `quotex extract --shard K/N` for every shard of a manifest on a Dask cluster.

Each Dask task runs one shard as a `quotex` process on a worker. The part file of a shard is committed by an
atomic rename and a part that exists is skipped, so a task that Dask runs again (its worker died, a retry) never
writes a record twice. Every worker must see the manifest, the inputs and the output folder at the same paths.

    python3 quotex_dask.py --scheduler tcp://127.0.0.1:8786 --inputs @manifest.txt --output-dir parts --shards 100

Needs Dask's `distributed` package on the driver and the workers (Debian: apt-get install python3-distributed)
and the `quotex` tool on the workers (or --quotex "dotnet /path/to/quotex.dll").
"""

import argparse
import ctypes
import os
import shlex
import signal
import subprocess
import sys


def _die_with_worker():
    """Asks Linux to kill the quotex process when the worker that started it dies (kill -9 included)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass  # not Linux: a killed worker's quotex runs on and its part is dropped if another run committed first


def part_name(index, count):
    return f"part-{index:05d}-of-{count:05d}.jsonl"


def run_shard(quotex, manifest, output_dir, index, count, extra):
    """One Dask task: quotex extract for shard index/count. Returns the shard and the records of its part file."""
    print(f"quotex-dask: shard {index}/{count} started", flush=True)
    command = quotex + ["extract", "--inputs", "@" + manifest, "--shard", f"{index}/{count}",
                        "--output-dir", output_dir, "--format", "jsonl", "--keep-going", "--quiet"] + extra
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_die_with_worker if sys.platform.startswith("linux") else None)
    if result.returncode != 0:
        raise RuntimeError(f"shard {index}/{count}: quotex exited with {result.returncode}: {result.stderr.strip()}")
    with open(os.path.join(output_dir, part_name(index, count)), "rb") as part:
        records = sum(1 for _ in part)
    print(f"quotex-dask: shard {index}/{count} finished", flush=True)
    return index, records


def main(argv=None):
    parser = argparse.ArgumentParser(description="Run quotex shard mode on a Dask cluster.")
    parser.add_argument("--scheduler", required=True, help="the scheduler's address, e.g. tcp://127.0.0.1:8786")
    parser.add_argument("--inputs", required=True, help="@MANIFEST: a file listing the inputs, one a line")
    parser.add_argument("--output-dir", required=True, help="the folder of the part files")
    parser.add_argument("--shards", type=int, required=True, help="the number of shards N")
    parser.add_argument("--quotex", default="quotex", help="how to run quotex on a worker (default: quotex)")
    parser.add_argument("--retries", type=int, default=2, help="times a failed shard is run again (default 2)")
    parser.add_argument("extra", nargs="*", help="more options for quotex extract, after --")
    args = parser.parse_args(argv)

    from dask.distributed import Client, as_completed

    manifest = os.path.abspath(args.inputs.lstrip("@"))
    output_dir = os.path.abspath(args.output_dir)
    os.makedirs(output_dir, exist_ok=True)
    quotex = shlex.split(args.quotex)
    with Client(args.scheduler) as client:
        futures = [client.submit(run_shard, quotex, manifest, output_dir, k, args.shards, args.extra,
                                 key=f"quotex-shard-{k}-of-{args.shards}", pure=False, retries=args.retries)
                   for k in range(args.shards)]
        records = 0
        failed = 0
        for done, future in enumerate(as_completed(futures), start=1):
            try:
                index, count = future.result()
                records += count
                print(f"quotex-dask: shard {index}/{args.shards} done: {count} records ({done}/{args.shards})", flush=True)
            except Exception as error:  # a shard that failed after its retries; the others go on
                failed += 1
                print(f"quotex-dask: {error}", file=sys.stderr, flush=True)
    present = sum(os.path.exists(os.path.join(output_dir, part_name(k, args.shards))) for k in range(args.shards))
    print(f"quotex-dask: {present} of {args.shards} parts present, {records} records", flush=True)
    return 0 if failed == 0 and present == args.shards else 1


if __name__ == "__main__":
    sys.exit(main())
