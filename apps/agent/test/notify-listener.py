"""What systemd's manager does with NOTIFY_SOCKET, for tests: binds a unix
datagram socket (a path, or @name in the abstract namespace), takes the
sender's credentials with each datagram as systemd does (SO_PASSCRED), and
prints one JSON line per datagram: the time it arrived, the sender's pid, the text.
"""
import json
import os
import socket
import struct
import sys
import time

address = sys.argv[1]
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
sock.bind("\0" + address[1:] if address.startswith("@") else address)
if not address.startswith("@") and len(sys.argv) > 2:
    os.chmod(address, 0o777)  # the agent runs as its own user
print(json.dumps({"listening": address}), flush=True)
creds_size = struct.calcsize("3i")
while True:
    data, ancillary, _flags, _from = sock.recvmsg(4096, socket.CMSG_SPACE(creds_size))
    pid = None
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
            pid = struct.unpack("3i", payload[:creds_size])[0]
    print(json.dumps({"at": time.time() * 1000, "pid": pid, "message": data.decode()}), flush=True)
