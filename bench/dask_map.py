#!/usr/bin/env python3
"""The map step of newsgraph's map/reduce on a Dask cluster: `newsgraph statements` over
shards, one statements file per shard; the reduce is `newsgraph build` over those files.

  python3 bench/dask_map.py --workers 2 news.jsonl -o out/statements   # a LocalCluster
  python3 bench/dask_map.py --scheduler tcp://host:8786 news.jsonl -o /nfs/statements
  newsgraph build out/statements -o out/news.json

Each input is cut into shards of whole lines by byte range (about --block bytes each): a
task gets only (path, start, end) and reads its bytes itself, so no data passes through the
scheduler; with --block 0 each input file is one shard. Input, output directory and the
executable must be at the same paths on every worker (a shared file system). Arguments after
`--` go to `newsgraph statements` (e.g. `-- --actors extra.json`; give `build` the same).

A task runs `newsgraph statements --threads 1` (Dask's worker threads are the parallelism),
checks its exit status and writes its file atomically (a hidden temporary file, renamed when
complete). When a worker dies, Dask runs its tasks again. Exit status as newsgraph's: 0
success, 1 a shard failed (the files of this run are removed) or some input was skipped
(the files are kept, the warnings printed), 2 usage error (including a non-empty -o DIR).
"""
import argparse
import os
import re
import subprocess
import sys
import time
import uuid


def run_statements(newsgraph, extra_args, path, start, end, out_path, run_id):
    """One task: statements of bytes [start, end) of path (the whole file when end is None)."""
    if end is None:
        command, data = [newsgraph, "statements", "--threads", "1", *extra_args, path], None
    else:
        with open(path, "rb") as f:
            f.seek(start)
            data = f.read(end - start)
        command = [newsgraph, "statements", "--threads", "1", *extra_args, "-"]
    directory, name = os.path.split(out_path)
    tmp_path = os.path.join(directory, f".{name}.tmp.{run_id}.{os.getpid()}")
    try:
        with open(tmp_path, "wb") as out:
            done = subprocess.run(command, input=data, stdout=out, stderr=subprocess.PIPE)
            out.flush()
            os.fsync(out.fileno())
        if done.returncode not in (0, 1):  # 1: some input skipped, the rest is written
            raise RuntimeError(f"{' '.join(command)} [{path} bytes {start}-{end}] exited with "
                               f"{done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}")
        os.replace(tmp_path, out_path)
    finally:
        if os.path.exists(tmp_path):
            os.remove(tmp_path)
    return done.returncode, done.stderr.decode(errors="replace")


def shards(path, block):
    """(start, end) byte ranges of whole lines, each about block bytes; [(0, None)] for block 0."""
    size = os.path.getsize(path)
    if block == 0:
        return [(0, None)]
    ranges, start = [], 0
    with open(path, "rb") as f:
        while start < size:
            f.seek(min(start + block, size))
            if f.tell() < size:
                f.seek(-1, os.SEEK_CUR)  # a cut right after a newline stays there
                f.readline()
            ranges.append((start, f.tell()))
            start = f.tell()
    return ranges


def byte_size(text):
    match = re.fullmatch(r"(\d+)([KMG]?)", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (examples: 0, 500K, 10M, 1G)")
    return int(match[1]) * 1024 ** " KMG".index(match[2] or " ")


def parse_arguments(argv):
    ours, extra = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSON Lines files (documents or statements)")
    parser.add_argument("-o", "--output", required=True, metavar="DIR",
                        help="directory for the statements files; created, must be empty")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running scheduler, tcp://host:8786; default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), metavar="N",
                        help="worker processes of the LocalCluster (default: all cores)")
    parser.add_argument("--block", type=byte_size, default=byte_size("10M"), metavar="SIZE",
                        help="shard size in bytes, K, M or G (default 10M); 0: one shard per file")
    parser.add_argument("--newsgraph", default="build/newsgraph", metavar="PATH",
                        help="the executable, the same path on every worker (default build/newsgraph)")
    args = parser.parse_args(ours)
    args.extra = extra
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    for path in args.inputs:
        if not os.path.isfile(path):
            parser.error(f"{path}: not a file")
    if os.path.isdir(args.output) and os.listdir(args.output):
        parser.error(f"{args.output}: not empty (a stale shard would join the reduce)")
    return args


def main(argv):
    args = parse_arguments(argv)
    from dask.distributed import Client, LocalCluster, wait  # after --help, which needs no Dask
    os.makedirs(args.output, exist_ok=True)
    newsgraph = os.path.abspath(args.newsgraph)
    output = os.path.abspath(args.output)
    run_id = uuid.uuid4().hex[:8]
    tasks = []  # (input path, start, end, output path)
    for number, path in enumerate(args.inputs):
        stem = os.path.splitext(os.path.basename(path))[0]
        for index, (start, end) in enumerate(shards(path, args.block)):
            # Sorted names keep the input order, which the reduce does not need but a reader may.
            name = f"{number:03d}-{stem}-{index:05d}.jsonl"
            tasks.append((os.path.abspath(path), start, end, os.path.join(output, name)))

    cluster = None if args.scheduler else LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        began = time.monotonic()
        futures = [client.submit(run_statements, newsgraph, args.extra, *task, run_id,
                                 key=f"statements-{run_id}-{i}", pure=False)
                   for i, task in enumerate(tasks)]
        wait(futures)  # all of them, so that no task writes after a failure is cleaned up
        seconds = time.monotonic() - began
        failed = [future for future in futures if future.status != "finished"]
        results = client.gather(futures) if not failed else None
        error = failed[0].exception() if failed else None
    if cluster:
        cluster.close()
    # A worker killed mid-task leaves its temporary file behind.
    for name in os.listdir(output):
        if f".tmp.{run_id}." in name:
            os.remove(os.path.join(output, name))
    if failed:
        print(f"dask_map: error: {len(failed)} of {len(tasks)} shards failed; the first: {error}",
              file=sys.stderr)
        for *_, out_path in tasks:
            if os.path.exists(out_path):
                os.remove(out_path)
        return 1
    skipped = [(task, stderr) for task, (status, stderr) in zip(tasks, results) if status == 1]
    for (path, start, end, _), stderr in skipped:
        print(f"dask_map: {path} bytes {start}-{end}:\n{stderr}", end="", file=sys.stderr)
    megabytes = sum((end if end is not None else os.path.getsize(path)) - start
                    for path, start, end, _ in tasks) / 1e6
    print(f"dask_map: {len(tasks)} shards, {megabytes:.1f} MB, mapped in {seconds:.3f} s; "
          f"statements in {args.output}", file=sys.stderr)
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
