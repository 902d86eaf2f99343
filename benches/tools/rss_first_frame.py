#!/usr/bin/env python3
"""Peak RSS (VmHWM) of a terminal program once its first frame is drawn, in an
80x24 pseudo-terminal, with a new temporary HOME and data directory each time
(removed afterwards).

    N=7 python3 benches/tools/rss_first_frame.py BINARY [ARGS...]

Prints VmHWM, VmRSS, RssAnon and RssFile (KiB) of each of N launches, and with
SMAPS=1 the resident KiB of each mapping of the last one. With KEYS, those
keys are typed after the first frame (one character every 0.3 s, Python
escapes allowed: KEYS='8\\r '), then WAIT seconds pass before reading, e.g.
the coach running for ten seconds:

    KEYS='8\\r ' WAIT=10 N=5 python3 benches/tools/rss_first_frame.py BINARY

Read the binary once first (`cat BINARY > /dev/null`): the kernel maps cached
pages around each page a program touches, so a file partly out of the page
cache shows less resident.
"""
import os
import pty
import re
import select
import signal
import struct
import sys
import tempfile
import time
import fcntl
import termios


def launch(argv):
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, HOME=home, CRAMP_GUIDE_DATA_DIR=data)
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(argv[0], argv, env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        got, last, start = 0, None, time.time()
        # The first frame: output that has gone quiet for 200 ms.
        while time.time() - start < 5:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    got += len(os.read(fd, 65536))
                except OSError:
                    break
                last = time.time()
            elif got > 200 and last and time.time() - last >= 0.2:
                break
        keys = os.environ.get("KEYS", "").encode().decode("unicode_escape")
        for key in keys:
            time.sleep(0.3)
            os.write(fd, key.encode())
        until = time.time() + float(os.environ.get("WAIT", "0"))
        while time.time() < until:
            # Keep reading, so the program never blocks on a full terminal.
            if select.select([fd], [], [], 0.05)[0]:
                try:
                    os.read(fd, 65536)
                except OSError:
                    break
        status = open(f"/proc/{pid}/status").read()
        out = {k: int(re.search(k + r":\s+(\d+)", status).group(1)) for k in ["VmHWM", "VmRSS", "RssAnon", "RssFile"]}
        maps = []
        if os.environ.get("SMAPS"):
            mapping = None
            for line in open(f"/proc/{pid}/smaps"):
                if re.match(r"^[0-9a-f]+-", line):
                    mapping = line.split()
                elif line.startswith("Rss:") and int(line.split()[1]) > 0:
                    maps.append((int(line.split()[1]), mapping[1], mapping[5] if len(mapping) > 5 else "[anon]"))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
        return out, maps


def main():
    maps = []
    for _ in range(int(os.environ.get("N", "5"))):
        out, maps = launch(sys.argv[1:])
        print(out)
    for kib, perms, name in maps:
        print(f"{kib:6} KiB  {perms}  {name}")


if __name__ == "__main__":
    main()
