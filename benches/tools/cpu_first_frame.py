#!/usr/bin/env python3
"""CPU time (schedstat: on-CPU ns of all threads) a program has used when
its first output burst has arrived and gone quiet for 30 ms, in an 80x24 pty.
Scheduling waits on a loaded machine do not count. Median of N runs. Each run
has a new temporary HOME and data directory, removed afterwards."""
import os, pty, sys, time, fcntl, termios, struct, select, statistics, signal, tempfile
n=int(os.environ.get("N","15"))
res=[]
for _ in range(n):
    with tempfile.TemporaryDirectory() as home:
        env=dict(os.environ, HOME=home, CRAMP_GUIDE_DATA_DIR=os.path.join(home, "data"))
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(sys.argv[1], sys.argv[1:], env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        got=0; last=None; t0=time.time()
        while time.time()-t0<5:
            r,_,_=select.select([fd],[],[],0.03)
            if r:
                try: d=os.read(fd,65536)
                except OSError: break
                got+=len(d); last=time.time()
            elif got>200 and last and time.time()-last>=0.03:
                break
        cpu=0
        for t in os.listdir(f"/proc/{pid}/task"):
            cpu+=int(open(f"/proc/{pid}/task/{t}/schedstat").read().split()[0])
        res.append(cpu/1e6)
        os.kill(pid,signal.SIGKILL); os.waitpid(pid,0); os.close(fd)
res.sort()
print(f"{sys.argv[1]}: CPU to first frame median {statistics.median(res):.2f} ms (min {res[0]:.2f}, max {res[-1]:.2f}) over {n}")
