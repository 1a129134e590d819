#!/usr/bin/env python3
"""A slow local web server for the link-check benchmark: answers every HEAD and GET with
200 after 50 ms, on 127.0.0.1 .. 127.0.0.N (each address a separate host), one port.

It counts the requests it answers, so the benchmark can show how many each checker made
(a warm run from the cache must make none): `GET /__requests` on any of the hosts answers
the count since the last such call and starts counting again from zero; it is not counted
itself and answers at once.

usage: server.py PORT HOSTS
"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LATENCY = 0.050
COUNTER = "/__requests"

count = 0
count_lock = threading.Lock()


def counted():
    global count
    with count_lock:
        count += 1


def take_count():
    global count
    with count_lock:
        n, count = count, 0
    return n


class Slow(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, body):
        counted()
        time.sleep(LATENCY)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return body

    def do_HEAD(self):
        self.answer(b"")

    def do_GET(self):
        if self.path == COUNTER:
            body = f"{take_count()}\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.wfile.write(self.answer(b"<!doctype html><title>ok</title><p>ok</p>"))

    def log_message(self, *args):
        pass


def main():
    port, hosts = int(sys.argv[1]), int(sys.argv[2])
    servers = []
    for i in range(1, hosts + 1):
        server = ThreadingHTTPServer((f"127.0.0.{i}", port), Slow)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    print(f"serving {hosts} hosts on port {port}", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
