#!/usr/bin/env python3
"""A server that answers every request with terminal control codes in its reason phrase and body
(issue 9: ewb printed them raw, so a server could retitle or clear the terminal and fake a line of
output). Prints its port on the first line, then serves until killed."""
import socket
import sys

def main():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    print(server.getsockname()[1], flush=True)
    body = b"\x1b[2J\x1b[H\x1b[32m200 OK: accepted\x1b[0m \xc2\x9b31m"
    head = (b"HTTP/1.1 400 \x1b]0;pwned\x07Bad\x1b[2K\r\n"
            b"Content-Type: text/plain\r\nContent-Length: " + str(len(body)).encode() + b"\r\n"
            b"Connection: close\r\n\r\n")
    while True:
        conn, _ = server.accept()
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        length = 0
        for line in data.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        rest = data.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in data else b""
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            rest += chunk
        conn.sendall(head + body)
        conn.close()

if __name__ == "__main__":
    sys.exit(main())
