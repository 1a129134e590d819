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
import queue
import socket
import statistics
import subprocess
import sys
import threading
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
    """The server's event stream, read as a browser's EventSource reads it, on a thread
    that notes when each event arrived."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__haven/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.file = self.sock.makefile("r", encoding="utf-8", newline="\n")
        while self.file.readline().strip():  # the response's headers
            pass
        self.queue = queue.Queue()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        name = None
        for line in self.file:
            line = line.rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line == "" and name:
                self.queue.put((name, time.monotonic()))
                name = None

    def drain(self):
        """Forgets events that came already: late ones belong to an earlier save."""
        while not self.queue.empty():
            self.queue.get_nowait()

    def wait_for(self, wanted, timeout=600):
        """When the next `wanted` event arrived."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                name, at = self.queue.get(timeout=deadline - time.monotonic())
            except queue.Empty:
                break
            if name == wanted:
                return at
            if name == "problem":
                sys.exit("the build failed; see the server's output")
        sys.exit(f"no {wanted} event")


def cpu_seconds(pid):
    """The CPU time (user + system) a process has used so far, from /proc (Linux)."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rebuild_times(proc, into):
    """Collects the milliseconds haven reports for each rebuild ("... in 42 ms")."""
    for line in proc.stdout:
        if ": rendered " in line and line.rstrip().endswith(" ms"):
            into.append(int(line.rsplit(" in ", 1)[1].split()[0]))


def timed_saves(events, path, count, text_for):
    times = []
    for i in range(count):
        time.sleep(0.3)  # separate saves, as an author makes them
        events.drain()
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
        stderr=None if os.environ.get("SHOW") else subprocess.DEVNULL,
        text=True,
    )
    try:
        first = wait_for_server(proc)
        reported = []
        threading.Thread(target=rebuild_times, args=(proc, reported), daemon=True).start()
        events = Events(port)
        events.wait_for("hello", 10)
        lesson = site / "content/lessons/ks2/lesson-0002.md"
        original = lesson.read_text(encoding="utf-8")
        cpu_before = cpu_seconds(proc.pid)
        page_edits = timed_saves(events, lesson, edits, lambda i: original + f"\nEdit number {i}.\n")
        page_cpu = (cpu_seconds(proc.pid) - cpu_before) / edits * 1000
        time.sleep(0.2)
        page_reported = list(reported)
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
    print(f"page edit, as haven reports its rebuild: median {statistics.median(page_reported):.0f} ms; "
          f"CPU time per page edit (user + system): {page_cpu:.0f} ms")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f}")
    print(f"template edit -> reload event: median {statistics.median(template_edits):.0f} ms "
          f"(min {min(template_edits):.0f}, max {max(template_edits):.0f}, {len(template_edits)} edits)")


if __name__ == "__main__":
    main()
