#!/usr/bin/env python3
"""Times haven serve from saving a file to the reload event the browsers get.

usage: measure.py HAVEN SITE PORT [EDITS]

Starts `HAVEN serve` on SITE (made by bench/generate.py), listens to its live-reload
events like a browser tab, then saves one lesson EDITS times (default 20) and the page
template 5 times, each time waiting for the `reload` event, and prints the medians.
Every save changes the file's text, as an author typing would.
"""

import os
import pathlib
import socket
import statistics
import subprocess
import sys
import time


def wait_for_server(proc, timeout=600):
    started = time.monotonic()
    for line in proc.stdout:
        if "Serving at" in line:
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            break
    sys.exit("haven serve did not start")


class Events:
    """The server's event stream, read as a browser's EventSource reads it."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__haven/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.file = self.sock.makefile("r", encoding="utf-8", newline="\n")
        while self.file.readline().strip():  # the response's headers
            pass

    def next(self, timeout):
        """The next event's name, or None when none comes in time."""
        self.sock.settimeout(timeout)
        name = None
        try:
            for line in self.file:
                line = line.rstrip("\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line == "" and name:
                    return name
        except socket.timeout:
            return None
        return None

    def wait_for(self, wanted, timeout=600):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            name = self.next(deadline - time.monotonic())
            if name == wanted:
                return time.monotonic()
            if name == "problem":
                sys.exit("the build failed; see the server's output")
        sys.exit(f"no {wanted} event")


def timed_saves(events, path, count, text_for):
    times = []
    for i in range(count):
        time.sleep(0.3)  # separate saves, as an author makes them
        text = text_for(i)
        started = time.monotonic()
        path.write_text(text, encoding="utf-8")
        times.append((events.wait_for("reload") - started) * 1000)
    return times


def main():
    haven, site, port = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
    edits = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    proc = subprocess.Popen(
        [haven, "--root", str(site), "serve", "--port", str(port), "--date", "2026-11-22"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        first = wait_for_server(proc)
        events = Events(port)
        events.wait_for("hello", 10)
        lesson = site / "content/lessons/ks2/lesson-0002.md"
        original = lesson.read_text(encoding="utf-8")
        page_edits = timed_saves(events, lesson, edits, lambda i: original + f"\nEdit number {i}.\n")
        template = site / "templates/page.html"
        template.parent.mkdir(exist_ok=True)
        base = (pathlib.Path(__file__).resolve().parents[2] / "themes/default/templates/page.html").read_text()
        template_edits = timed_saves(events, template, 5, lambda i: base + f"\n{{# edit {i} #}}\n")
    finally:
        proc.terminate()
        proc.wait()
    print(f"first build and start: {first * 1000:.0f} ms")
    print(f"page edit -> reload event: median {statistics.median(page_edits):.0f} ms "
          f"(min {min(page_edits):.0f}, max {max(page_edits):.0f}, {len(page_edits)} edits)")
    print(f"template edit -> reload event: median {statistics.median(template_edits):.0f} ms "
          f"(min {min(template_edits):.0f}, max {max(template_edits):.0f}, {len(template_edits)} edits)")


if __name__ == "__main__":
    main()
