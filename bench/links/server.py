#!/usr/bin/env python3
"""A slow local web server for the link-check benchmark: answers every HEAD and GET with
200 after 50 ms, on 127.0.0.1 .. 127.0.0.N (each address a separate host), one port.

usage: server.py PORT HOSTS
"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LATENCY = 0.050


class Slow(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, body):
        time.sleep(LATENCY)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return body

    def do_HEAD(self):
        self.answer(b"")

    def do_GET(self):
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
