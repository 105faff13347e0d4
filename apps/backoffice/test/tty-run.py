"""Runs a command in a pseudo-terminal, as a person at a terminal would.

usage: tty-run.py '<json: [[wait_for, type], ...]>' command args...

Each time the output so far shows `wait_for` (after the previous one), types
`type` and Enter. Prints everything the terminal showed (the terminal's own
echo included), then exits with the command's exit code. A test reads what a
person would have seen on screen.
"""

import json
import os
import pty
import signal
import sys

steps = [(wait.encode(), typed.encode()) for wait, typed in json.loads(sys.argv[1])]
signal.alarm(60)
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
shown = b""
seen_up_to = 0
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:  # EIO: the command ended and closed the terminal
        break
    if not chunk:
        break
    shown += chunk
    if steps:
        wait, typed = steps[0]
        at = shown.find(wait, seen_up_to)
        if at >= 0:
            seen_up_to = at + len(wait)
            steps.pop(0)
            os.write(fd, typed + b"\r")
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(shown)
sys.stdout.flush()
sys.exit(os.waitstatus_to_exitcode(status))
