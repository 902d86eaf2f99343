#!/usr/bin/env python3
"""Wall time from fork to the whole first frame (the first output burst,
then 20 ms of quiet) in an 80x24 pty, for two or more commands run in turn
(interleaved, so the machine's load falls on each alike). Median of N runs.

  N=31 python3 benches/tools/first_output.py 'A: cmd args' 'B: cmd args'

Two times: the first frame's bytes (the first time FRAME_BYTES, default
1000, have arrived: set-up sequences are a few bytes, a frame kilobytes), and the last byte before the quiet (which includes
whatever the program draws again after work it does past the first frame)."""
import os, pty, sys, time, fcntl, termios, struct, select, statistics, signal, shlex

n = int(os.environ.get("N", "21"))
# Set-up sequences come first (a few bytes); a frame at 80x24 is kilobytes.
FRAME_BYTES = int(os.environ.get("FRAME_BYTES", "1000"))
commands = []
for spec in sys.argv[1:]:
    label, _, cmd = spec.partition(": ")
    commands.append((label, shlex.split(cmd)))
times = {label: [] for label, _ in commands}
for _ in range(n):
    for label, argv in commands:
        t0 = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execvp(argv[0], argv)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        got, last, first = 0, None, None
        while time.perf_counter() - t0 < 5:
            r, _, _ = select.select([fd], [], [], 0.02)
            if r:
                try:
                    d = os.read(fd, 65536)
                except OSError:
                    break
                got += len(d)
                last = time.perf_counter()
                if first is None and got >= FRAME_BYTES:
                    first = (last - t0) * 1000, got
            elif got > 200 and last:
                break
        times[label].append(((last - t0) * 1000 if last else float("nan"), first))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
for label, runs in times.items():
    lasts = sorted(t for t, _ in runs)
    firsts = sorted(f[0] for _, f in runs if f)
    size = statistics.median(f[1] for _, f in runs if f)
    print(f"{label}: first frame ({size:.0f} B by then) median {statistics.median(firsts):.2f} ms "
          f"(min {firsts[0]:.2f}); output quiet median {statistics.median(lasts):.2f} ms over {n}")
