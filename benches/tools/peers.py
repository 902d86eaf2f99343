#!/usr/bin/env python3
"""Measures cramp-guide beside other terminal programs with tui_measure.py,
in one run, the programs interleaved round by round, and prints the medians.

    python3 benches/tools/peers.py ROUNDS LABEL=KIND:COMMAND [LABEL=KIND:COMMAND ...]

KIND says what the run phase does once the first frame is up:
  coach   cramp-guide: the Coach tab (8), idle 5 s, Enter opens the first
          routine on its cautions and Space starts it, 10 s running
  diary   cramp-guide with a five-cramp diary in its data directory: the
          screen it opens on, idle 15 s
  peer    a program that starts counting by itself: idle 5 s, 10 s running

Each call is `tui_measure.py --phases size,frame,run --runs 5` at 80x24 with a
new temporary HOME (and data directory), removed afterwards; the JSON of every
call goes to OUT (default: a temporary directory that is kept and named).
tui_measure.py is found at $TUI_MEASURE, else in shared/tools/ beside the
repository (or beside the folder of worktrees it is in).

Reported per program, as medians over the rounds: the stripped size; the
first frame over the `echo` baseline (paired, all launches of all rounds);
peak RSS (VmHWM) after the first frame and at the end of the run phase.
"""
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.environ.get("TUI_MEASURE") or next(
    (p for p in (os.path.join(os.path.dirname(REPO), "shared", "tools", "tui_measure.py"),
                 os.path.join(os.path.dirname(os.path.dirname(REPO)), "shared", "tools", "tui_measure.py"))
     if os.path.exists(p)),
    "tui_measure.py",
)

RUN = {
    # Enter opens the routine on its cautions, Space starts it.
    "coach": ["--idle-keys", "8", "--idle-secs", "5", "--start-keys", "Enter", "Space", "--timer-secs", "10"],
    "diary": ["--idle-secs", "15"],
    "peer": ["--idle-secs", "5", "--timer-autostarts", "--timer-secs", "10"],
}


def measure(label, kind, command, out_json):
    with tempfile.TemporaryDirectory(prefix="cramp-guide-peers-") as home:
        env = [f"HOME={home}"]
        if kind == "diary":
            data = os.path.join(home, "data")
            for minutes in range(1, 6):
                subprocess.run([*command, "--data-dir", data, "diary", "add", "--duration", f"{minutes}:30"],
                               check=True, capture_output=True, env={**os.environ, "HOME": home})
            env.append(f"CRAMP_GUIDE_DATA_DIR={data}")
        argv = [sys.executable, TOOL, "--label", label, "--cols", "80", "--rows", "24", "--runs", "5",
                "--phases", "size,frame,run", *RUN[kind], "--accuracy-secs", "0", "--json", out_json, "--quiet"]
        for e in env:
            argv += ["--env", e]
        subprocess.run([*argv, "--", *command], check=True, stdout=subprocess.DEVNULL)
    with open(out_json) as f:
        return json.load(f)


def main():
    rounds = int(sys.argv[1])
    programs = []
    for spec in sys.argv[2:]:
        label, _, rest = spec.partition("=")
        kind, _, command = rest.partition(":")
        programs.append((label, kind, shlex.split(command)))
    out = os.environ.get("OUT") or tempfile.mkdtemp(prefix="cramp-guide-peers-json-")
    os.makedirs(out, exist_ok=True)
    results = {label: [] for label, _, _ in programs}
    for r in range(rounds):
        # A different program first in each round.
        order = programs[r % len(programs):] + programs[:r % len(programs)]
        for label, kind, command in order:
            res = measure(label, kind, command, os.path.join(out, f"{label}-{r + 1}.json"))
            results[label].append(res)
            run = res.get("run") or {}
            print(f"round {r + 1} {label}: rss end {(run.get('rss_end') or {}).get('VmHWM_kib')} KiB, "
                  f"first frame - baseline {res['frame'].get('app_minus_baseline_ms_median'):.2f} ms",
                  file=sys.stderr)
    print(f"{'program':24} {'stripped B':>11} {'frame-echo ms':>13} {'(min)':>6} {'RSS 1st frame KiB':>18} "
          f"{'RSS end KiB':>12}  (medians; n)")
    for label, _, _ in programs:
        rs = results[label]
        diffs = []
        for res in rs:
            for row in res["frame"]["runs"]:
                a, b = row["app"].get("full_frame_ms"), row["base"].get("full_frame_ms")
                if a is not None and b is not None:
                    diffs.append(a - b)
        first = [res["frame"]["runs"][0]["app"].get("rss_after_first_frame", {}).get("VmHWM_kib") for res in rs]
        end = [(res.get("run") or {}).get("rss_end", {}).get("VmHWM_kib") for res in rs]
        first = [x for x in first if x]
        end = [x for x in end if x]
        size = rs[0]["size"].get("stripped_bytes")
        print(f"{label:24} {size:>11} {statistics.median(diffs):>13.2f} {min(diffs):>6.2f} "
              f"{statistics.median(first):>18.0f} {statistics.median(end):>12.0f}  "
              f"(frames {len(diffs)}, RSS {len(first)}/{len(end)}; RSS end {min(end)}-{max(end)})")
    print(f"JSON: {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
