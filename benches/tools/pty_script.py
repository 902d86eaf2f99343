#!/usr/bin/env python3
"""Runs a command in an 80x24 pseudo-terminal and plays a key script, then sends
SIGTERM. SCRIPT="2:8;1:\\r;12:" waits 2 s, sends 8, waits 1 s, sends Enter, waits 12 s."""
import os, pty, sys, time, fcntl, termios, struct, select, signal
script=os.environ.get("SCRIPT","3:")
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
def drain(secs):
    end=time.time()+secs
    while time.time()<end:
        r,_,_=select.select([fd],[],[],0.01)
        if r:
            try: os.read(fd,65536)
            except OSError: return
for step in script.split(";"):
    wait,_,keys=step.partition(":")
    drain(float(wait))
    if keys: os.write(fd, keys.encode().decode("unicode_escape").encode())
os.kill(pid, signal.SIGTERM)
drain(3)
os.waitpid(pid,0)
