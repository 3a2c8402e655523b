"""QNEAT3 as a peer in the travel time benchmark: its OD matrix from layers, through qgis_process.

QNEAT3 (root676/QNEAT3, GPL) is a Python plugin; given a copy of its repository on the command
line, it is installed into a throwaway QGIS profile (QGIS_CUSTOM_CONFIG_PATH in the work folder,
enabled there) so the user's own profile is never touched. Its algorithm
qneat3:OdMatrixFromLayersAsTable runs with the fastest strategy, planar entry costs and
TOLERANCE 0.001 m (with 0, QGIS's graph builder, which QNEAT3 uses, leaves lines that meet apart).
It builds QGIS's graph and runs one Dijkstra per origin over all of it, so it is run for the
first few origins only and its time per origin scaled to all of them, as for QGIS's native
algorithm. Costs are seconds (its speed strategy divides metres by m/s).
"""
import os
import shutil
import sqlite3
import subprocess
import time

QGIS_PROCESS = "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else "qgis_process"


def install(plugin_source, folder):
    """A QGIS settings folder holding QNEAT3, enabled; returns its path."""
    config = os.path.join(folder, "qgis-profile")
    profile = os.path.join(config, "profiles", "default")
    target = os.path.join(profile, "python", "plugins", "QNEAT3")
    if not os.path.exists(target):
        shutil.copytree(plugin_source, target, ignore=shutil.ignore_patterns(".git"))
    os.makedirs(os.path.join(profile, "QGIS"), exist_ok=True)
    with open(os.path.join(profile, "QGIS", "QGIS3.ini"), "w") as ini:
        ini.write("[PythonPlugins]\nQNEAT3=true\n")
    return config


def run(plugin_source, network, folder, origins_gpkg, destinations_gpkg, extra=()):
    """Wall seconds, peak MB and {(origin, destination): minutes} of one QNEAT3 OD matrix run."""
    config = install(plugin_source, folder)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:/bin", QGIS_CUSTOM_CONFIG_PATH=config)
    out = os.path.join(folder, "qneat3.gpkg")
    if os.path.exists(out):
        os.remove(out)
    command = ["/usr/bin/time", "-f", "%M", QGIS_PROCESS, "run", "qneat3:OdMatrixFromLayersAsTable",
               "--INPUT=%s|layername=network" % network.gpkg,
               "--FROM_POINT_LAYER=%s" % origins_gpkg, "--FROM_ID_FIELD=id",
               "--TO_POINT_LAYER=%s" % destinations_gpkg, "--TO_ID_FIELD=id",
               "--STRATEGY=1", "--ENTRY_COST_CALCULATION_METHOD=1", "--SPEED_FIELD=speed", "--DEFAULT_SPEED=50",
               "--TOLERANCE=0.001", "--OUTPUT=%s" % out] + list(extra)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0 or not os.path.exists(out):
        raise RuntimeError("QNEAT3 failed: %s" % (result.stderr[-3000:] or result.stdout[-3000:]))
    peak = int(result.stderr.strip().splitlines()[-1]) / 1024.0
    matrix = {}
    db = sqlite3.connect(out)
    table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
    for o, d, cost in db.execute('SELECT origin_id, destination_id, network_cost FROM "%s"' % table):
        matrix[(int(o), int(d))] = None if cost is None else cost / 60.0
    db.close()
    return seconds, peak, matrix
