"""Desktop start-up and filtering on 100,000 activities, against a bare QMainWindow in the same run.

Each start is a fresh Python process timed from just before it is spawned (interpreter and imports
included) to the first paint: for the baseline, of an empty QMainWindow; for the app, of the first
page of the activity list. The same app process then times text filters (set the text, re-query,
repaint the list) and reports its peak resident memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result

ACTIVITIES = 100_000
WORDS = ("water", "training", "border", "return", "Metema")

CHILD = r'''
import json, os, resource, sys, time
started = float(sys.argv[1]); mode = sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])

class Painted(QObject):
    def __init__(self):
        super().__init__(); self.done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False

def wait(flag):
    while not flag.done:
        app.processEvents()

flag = Painted()
out = {}
if mode == "bare":
    window = QMainWindow(); window.resize(1360, 820)
    window.installEventFilter(flag); window.show(); wait(flag)
    out["first_paint"] = time.time() - started
else:
    from cairo_desktop.services import open_services
    from cairo_desktop.gui.main_window import MainWindow
    services = open_services(sys.argv[3])
    window = MainWindow(services, QSettings(sys.argv[4], QSettings.Format.IniFormat))
    viewport = window.table.viewport(); viewport.installEventFilter(flag)
    window.show(); wait(flag)
    assert window.model.rowCount() > 0
    out["first_paint"] = time.time() - started
    timings = []
    for word in sys.argv[5].split(","):
        for text in (word, ""):
            flag.done = False
            began = time.perf_counter()
            window.filter_bar.text.setText(text)
            window.apply_filter()
            wait(flag)
            timings.append(time.perf_counter() - began)
    timings.sort()
    out["filter_median"] = timings[len(timings) // 2]
    out["filter_worst"] = timings[-1]
    window.editor.show_nothing()
    services.close()
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("RESULT " + json.dumps(out))
'''


def _child(args: list[str]) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    done = subprocess.run([sys.executable, "-c", CHILD, repr(started), *args], capture_output=True, text=True,
                          env=env, timeout=600, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"GUI benchmark child failed:\n{done.stdout}\n{done.stderr}")


def _database(workdir: Path) -> Path:
    from cairo_desktop.services import open_services

    path = workdir / "gui-100k.db"
    services = open_services(path, author="bench")
    try:
        services.installation.initialise("KP-SEC", "Secretariat", "coordinator")
        services.demo.generate(ACTIVITIES, offices=10, seed=7)
    finally:
        services.close()
    return path


def run(workdir: Path) -> list[Result]:
    os.environ.setdefault("CAIRO_HOME", str(workdir / "home"))
    database = _database(workdir)
    settings = str(workdir / "settings.ini")
    bare = min((_child(["bare"]) for _ in range(2)), key=lambda r: r["first_paint"])
    app = min((_child(["app", str(database), settings, ",".join(WORDS)]) for _ in range(2)),
              key=lambda r: r["first_paint"])
    ratio = app["first_paint"] / bare["first_paint"]
    return [
        Result("gui: start to first painted list page (100k activities)", app["first_paint"], "s",
               bare["first_paint"], "bare QMainWindow start", "at most 2x", ratio <= 2.0),
        Result("gui: apply a text filter, median (100k)", app["filter_median"] * 1000, "ms",
               goal="under 50 ms", met=app["filter_median"] < 0.050),
        Result("gui: apply a text filter, worst (100k)", app["filter_worst"] * 1000, "ms"),
        Result("gui: peak memory of the app process", app["peak_rss_mb"], "MB",
               bare["peak_rss_mb"], "bare QMainWindow process"),
    ]
