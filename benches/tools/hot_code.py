#!/usr/bin/env python3
"""Writes link/hot-code.ld: the functions a usual session runs, so the linker
lays them next to each other (see build.rs).

    python3 benches/tools/hot_code.py target/release/cramp-guide > link/hot-code.ld

The binary (a release build, not stripped) is run under callgrind in an 80x24
pseudo-terminal, with temporary data directories only, through a few sessions:
the first frame; the coach running from the Coach tab; every tab; the coach
running from the command line; the search; the Diary tab; the cramp screen; then all of them
again with a diary
(its preferences are read on the Water and Coach tabs). Every function
callgrind saw run in the binary becomes one pattern, in the order first seen
(the first frame's first); the hashes in a Rust symbol are left out, so the
list holds across builds until a function is renamed or moved (a stale
pattern matches nothing and costs nothing). Needs valgrind; takes a few
minutes.
"""
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time

# (what, command-line arguments after the binary, key script "secs:keys;...")
SESSIONS = [
    ("first frame", [], "3:"),
    # The coach running comes next: after the first frame, the code a long
    # session runs most (and what peers.py measures running) lies together.
    ("coach from its tab", [], "2:8;1:\r;1: ;8:"),
    ("every tab", [], "2:2;0.5:3;0.5:4;0.5:5;0.5:6;0.5:7;0.5:9;0.5:0;0.5:1;0.5:"),
    ("coach from the command line", ["coach", "slow-exhale"], "2: ;8:"),
    ("search", [], "2:/;0.5:cramp;1:\r;1:\x1b;0.5:"),
    ("diary", ["--tab", "diary"], "3:"),
    # The cramp screen, timing, then hidden: what a person with a cramp runs.
    ("cramp screen", [], "2:!;3:\x1b;1:"),
]


def play(argv, script, env):
    """Runs argv in an 80x24 pseudo-terminal and types the script."""
    import fcntl
    import pty
    import termios

    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def drain(secs):
        """Reads what the app writes for `secs`; whether it wrote anything."""
        wrote = False
        end = time.time() + secs
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.01)
            if r:
                try:
                    wrote |= bool(os.read(fd, 65536))
                except OSError:
                    break
        return wrote

    # The script's times count from the first frame (valgrind starts slowly).
    end = time.time() + 60
    while time.time() < end and not drain(0.1):
        pass
    for step in script.split(";"):
        wait, _, keys = step.partition(":")
        drain(float(wait))
        if keys:
            os.write(fd, keys.encode())
    # SIGTERM ends the app as a closed terminal would (a running coach asks
    # before q quits); callgrind writes its file as the process exits.
    os.kill(pid, 15)
    end = time.time() + 60
    while time.time() < end:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        drain(0.2)
    os.kill(pid, 9)
    os.waitpid(pid, 0)


def defined(binary):
    """The function symbols `binary` defines (it must not be stripped)."""
    out = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    return {p[2] for p in (line.split(maxsplit=2) for line in out.splitlines()) if len(p) == 3 and p[1] in "tTwW"}


def executed(out_file, symbols):
    """The functions of `symbols` that callgrind saw run. (The object they
    ran in is not asked: valgrind names only `.text` after the binary.)"""
    found = set()
    for line in open(out_file, errors="replace"):
        m = re.match(r"^c?fn=\(\d+\) (.*)$", line.rstrip("\n"))
        if m and m.group(1) in symbols:
            found.add(m.group(1))
    return found


def pattern(symbol):
    """The section name pattern for a symbol, without the hashes a Rust
    symbol carries (legacy: the function's at the end; v0: each crate's),
    which change with the compiler and the dependencies' versions. Any
    prefix after `.text.`: LLVM puts a function it knows is cold (a slow path
    such as growing a vector) in `.text.unlikely.NAME`."""
    symbol = re.sub(r"17h[0-9a-f]{16}E$", "17h*", symbol)
    symbol = re.sub(r"Cs[0-9A-Za-z]+_", "Cs*_", symbol)
    return f"*(.text.*{symbol})"


def main():
    binary = sys.argv[1]
    if not shutil.which("valgrind"):
        sys.exit("valgrind is needed")
    symbols = defined(binary)
    # In the order first seen: the first frame's functions first.
    patterns = []
    with tempfile.TemporaryDirectory(prefix="cramp-guide-hot-") as tmp:
        for with_diary in (False, True):
            data = os.path.join(tmp, f"data-{with_diary}")
            os.makedirs(data)
            env = {"CRAMP_GUIDE_DATA_DIR": data, "HOME": tmp, "TERM": "xterm-256color"}
            if with_diary:
                subprocess.run([binary, "diary", "add", "--duration", "2:30"], env={**os.environ, **env},
                               check=True, capture_output=True)
            for what, args, script in SESSIONS:
                out = os.path.join(tmp, "callgrind.out")
                argv = ["valgrind", "-q", "--tool=callgrind", "--demangle=no", "--dump-instr=no",
                        f"--callgrind-out-file={out}", binary, *args]
                play(argv, script, env)
                if not os.path.exists(out):
                    sys.exit(f"{what}: callgrind wrote nothing")
                found = executed(out, symbols)
                print(f"{what}{' (diary)' if with_diary else ''}: {len(found)} functions", file=sys.stderr)
                for p in sorted(pattern(s) for s in found):
                    if p not in patterns:
                        patterns.append(p)
                os.remove(out)
    print("/* The functions a usual session runs, laid next to each other so that")
    print("   the pages of code a session touches are few (build.rs passes this to")
    print("   the linker on Linux). Written by benches/tools/hot_code.py; a pattern")
    print("   that matches nothing is harmless. */")
    print("SECTIONS {")
    print("  .text.hot : {")
    for p in patterns:
        print(f"    {p}")
    print("  }")
    print("} INSERT BEFORE .text;")


if __name__ == "__main__":
    main()
