#!/usr/bin/env python3
"""What the Dask map costs (bench/dask_map.py on a LocalCluster of 2 worker processes):

1. world.jsonl by Dask in 2 shards, reduced by one `build`, against one `build --threads 2`
   (checked equal, byte for byte); the Dask time is the whole command (Python, Dask, the
   cluster's start and stop) and, within it, the map alone on the running cluster;
2. the per-task overhead: tasks per second over empty shards, with newsgraph (its start-up
   included) and with /bin/true (Dask's own cost), and from it the smallest shard for which
   that overhead stays under 10% of the map's time.

  python3 bench/dask_bench.py [--newsgraph build/newsgraph] [--input world.jsonl] [--runs 5]

Medians of --runs runs; the load average is printed before and after. Files go to out/bench/dask/.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "..", "out", "bench", "dask")


def timed(command):
    """Wall seconds of command and its stderr; a failure stops the benchmark."""
    began = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - began
    if done.returncode != 0:
        sys.exit(f"dask_bench: {' '.join(command)} exited with {done.returncode}:\n{done.stderr}")
    return seconds, done.stderr


def dask_map(newsgraph, inputs, output, block):
    """(whole command, map alone) seconds of one dask_map.py run into a fresh output."""
    shutil.rmtree(output, ignore_errors=True)
    seconds, stderr = timed([sys.executable, os.path.join(HERE, "dask_map.py"), "--workers", "2",
                             "--block", str(block), "--newsgraph", newsgraph, *inputs, "-o", output])
    return seconds, float(re.search(r"mapped in ([0-9.]+) s", stderr)[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--newsgraph", default=os.path.join(HERE, "..", "build", "newsgraph"))
    parser.add_argument("--input", default=os.path.join(HERE, "..", "..", "shared", "data", "news",
                                                        "world.jsonl"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=200, help="empty shards (default 200)")
    args = parser.parse_args()
    newsgraph = os.path.abspath(args.newsgraph)
    os.makedirs(WORK, exist_ok=True)
    empty = [os.path.join(WORK, "empty", f"{i:04d}.jsonl") for i in range(args.tasks)]
    os.makedirs(os.path.dirname(empty[0]), exist_ok=True)
    for path in empty:
        open(path, "w").close()
    args.input = os.path.normpath(args.input)
    size = os.path.getsize(args.input)
    print(f"input {args.input}: {size / 1e6:.1f} MB; {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.2f} at the start", file=sys.stderr)

    one_build, statements_1, whole, mapped, reduced, newsgraph_tasks, true_tasks = ([] for _ in range(7))
    for run in range(args.runs):
        one_json = os.path.join(WORK, "one.json")
        one_build.append(timed([newsgraph, "build", "--threads", "2", args.input, "-o", one_json])[0])
        statements_1.append(timed([newsgraph, "statements", "--threads", "1", args.input])[0])
        command, map_only = dask_map(newsgraph, [args.input], os.path.join(WORK, "st"), size // 2 + 1)
        whole.append(command)
        mapped.append(map_only)
        dask_json = os.path.join(WORK, "dask.json")
        reduced.append(timed([newsgraph, "build", os.path.join(WORK, "st"), "-o", dask_json])[0])
        if open(one_json, "rb").read() != open(dask_json, "rb").read():
            sys.exit(f"dask_bench: {dask_json} differs from {one_json}")
        newsgraph_tasks.append(args.tasks / dask_map(newsgraph, empty, os.path.join(WORK, "e"), 0)[1])
        true_tasks.append(args.tasks / dask_map("/bin/true", empty, os.path.join(WORK, "e"), 0)[1])
        print(f"run {run + 1}: build {one_build[-1]:.3f} s, Dask {whole[-1]:.3f} s (map {mapped[-1]:.3f}"
              f" s, reduce {reduced[-1]:.3f} s), {newsgraph_tasks[-1]:.1f} and {true_tasks[-1]:.1f}"
              " tasks/s", file=sys.stderr)

    median = statistics.median
    # A worker slot spends 2 / (tasks per second) per task; one thread maps size / statements_1.
    task_seconds = 2 / median(newsgraph_tasks)
    smallest = 10 * task_seconds * size / median(statements_1)
    print(f"load average {os.getloadavg()[0]:.2f} at the end", file=sys.stderr)
    print(f"""| What (median of {args.runs}) | Wall time |
| --- | --- |
| `newsgraph build --threads 2`, one process | {median(one_build):.3f} s |
| Dask, 2 workers, 2 shards: the whole command | {median(whole):.3f} s |
| of which the map on the running cluster | {median(mapped):.3f} s |
| then `newsgraph build` over the 2 statements files | {median(reduced):.3f} s |
| `newsgraph statements --threads 1`, one process | {median(statements_1):.3f} s |

Per-task overhead, 2 workers, {args.tasks} empty shards: {median(newsgraph_tasks):.1f} tasks/s \
running newsgraph ({1000 * task_seconds:.0f} ms of a worker per task), {median(true_tasks):.1f} \
tasks/s running /bin/true. Smallest shard with at most 10% overhead: {smallest / 1e6:.1f} MB.""")


if __name__ == "__main__":
    main()
