#!/usr/bin/env python3
"""Runs a command in an 80x24 pseudo-terminal for measuring (strace, valgrind):
waits DELAY seconds (default 3), sends KEYS (default q), waits for the exit."""
import os, pty, sys, time, fcntl, termios, struct, select
delay = float(os.environ.get("DELAY", "3"))
keys = os.environ.get("KEYS", "q").encode().decode("unicode_escape").encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
out = b""
end = time.time() + delay
sent = False
while True:
    t = end - time.time()
    if t <= 0 and not sent:
        os.write(fd, keys); sent = True; end = time.time() + 30
    r, _, _ = select.select([fd], [], [], max(0.01, t) if not sent else 0.5)
    if r:
        try:
            d = os.read(fd, 65536)
        except OSError:
            break
        if not d: break
        out += d
    p, st = os.waitpid(pid, os.WNOHANG)
    if p: break
print("bytes out", len(out), file=sys.stderr)
