#!/usr/bin/env python3
"""Travel time matrix benchmark: PlaceGap against OSRM, pgRouting and QGIS's native algorithms.

In one run, on the same networks and points, it times
  * PlaceGap   placegap:traveltimematrix through placegap_process, three times: cold (graph read
               and built; a query this large prepares the network at once, a contraction
               hierarchy, unless grid-like), second (graph from the cache; prepared now if the cold
               run did not) and warm (graph and prepared graph from the cache),
  * OSRM       (with --osrm FOLDER) preprocessing for CH and for MLD, and a /table query of
               osrm-routed for each (see osrm_peer.py),
  * QNEAT3     (with --qneat3 FOLDER, a copy of its repository) its OD matrix through qgis_process
               in a throwaway profile, for a few origins, scaled (see qneat3_peer.py),
  * pgRouting  pgr_dijkstraCost (many-to-many) on a PostgreSQL 15 server it starts on loopback
               in a temporary data folder and stops again,
  * QGIS       native:shortestpathpointtolayer through qgis_process, for a few origins only (it
               rebuilds the graph for every origin; its time per origin is scaled to all origins),
and prints wall times, ratios, peak memory and the agreement of the minutes. A Northern Alliance
run (issue 18 goal 5) times all 32,765 shipped postcodes to the nearest of the 654 schools of
the built sample data on the road-like network.

Networks: a generated road-like network (roadlike_network.py, default 1,000,000 links over the
Northern Alliance's extent, with islands and ferries, OS Open Roads classes at PlaceGap's
default speeds), a generated grid (default 708 x 708 nodes = 1,001,112 links, 100 m apart, speeds
32/48/64/96 km/h, 10 % one-way), and OpenStreetMap Monaco as shipped in sample-projects/data/sources/osm-monaco (lines with a
highway tag, reprojected to UTM 32N, split at every vertex for pgRouting; one-way tags are not
read by any of the three, so all roads are two-way).

Not run by CI. Needs: the build (placegap_process), qgis_process, ogr2ogr, /usr/bin/time,
postgresql-15-pgrouting and postgresql-15-postgis-3 (Debian), and root (to run the server as
the postgres user). Usage:
  benchmarks/traveltime_benchmark.py [--grid 708] [--roadlike 1000000] [--origins 1500] [--destinations 500]
                                     [--qgis-origins 2] [--only grid|monaco|roadlike|northern-alliance]
                                     [--skip pgrouting,qgis] [--repeat 1]
                                     [--osrm OSRM_FOLDER] [--qneat3 QNEAT3_FOLDER] [--qneat3-origins 20]
                                     [--keep DIR] [--build DIR]
"""
import argparse
import bisect
import csv
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import osrm_peer  # noqa: E402
import qneat3_peer  # noqa: E402
import roadlike_network  # noqa: E402

SOURCE = os.path.dirname(HERE)
PLACEGAP_PROCESS = os.path.join(SOURCE, "build", "runner", "placegap_process")
MONACO = os.path.join(SOURCE, "sample-projects", "data", "sources", "osm-monaco", "monaco.osm.pbf")
PG_BIN = "/usr/lib/postgresql/15/bin"
QGIS_PROCESS = "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else "qgis_process"
# PlaceGap's default speed table (km/h) for the OSM classes driven; the others are left out.
OSM_SPEEDS = {
    "motorway": 96, "motorway_link": 64, "trunk": 80, "trunk_link": 56, "primary": 64,
    "primary_link": 48, "secondary": 56, "secondary_link": 40, "tertiary": 48, "tertiary_link": 32,
    "unclassified": 40, "residential": 32, "living_street": 10, "service": 16, "road": 32, "track": 16,
}


def run(command, env=None, timed=False):
    """Runs a command; with timed, under /usr/bin/time -v: returns (seconds, peak MB, stdout, stderr)."""
    full = (["/usr/bin/time", "-v"] + command) if timed else command
    start = time.monotonic()
    result = subprocess.run(full, env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (" ".join(command), result.stdout[-3000:], result.stderr[-3000:]))
    peak = None
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    if match:
        peak = int(match.group(1)) / 1024.0
    return seconds, peak, result.stdout, result.stderr


def to_gpkg(csv_path, gpkg_path, layer, srs, geometry, column_types):
    # Column types given in a .csvt beside the CSV, not guessed: GDAL would read one-letter
    # direction values as booleans.
    with open(os.path.splitext(csv_path)[0] + ".csvt", "w") as types:
        types.write(",".join('"%s"' % t for t in ["WKT"] + column_types) + "\n")
    run(["ogr2ogr", "-f", "GPKG", gpkg_path, csv_path, "-nln", layer, "-a_srs", srs, "-nlt", geometry,
         "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO"])


class Network:
    """Links as (source node, target node, seconds forward, seconds backward or -1), node coordinates, and a GPKG."""

    def __init__(self, name, gpkg, srs, nodes, edges):
        self.name, self.gpkg, self.srs, self.nodes, self.edges = name, gpkg, srs, nodes, edges


def make_grid(folder, size, seed):
    rng = random.Random(seed)
    nodes = [(300000.0 + 100.0 * (k % size), 700000.0 + 100.0 * (k // size)) for k in range(size * size)]
    edges = []
    path = os.path.join(folder, "grid.csv")
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["wkt", "speed", "dir"])
        for j in range(size):
            for i in range(size):
                a = j * size + i
                for b in ([a + 1] if i + 1 < size else []) + ([a + size] if j + 1 < size else []):
                    speed = rng.choice((32, 48, 64, 96))
                    oneway = rng.random() < 0.10
                    seconds = 100.0 / (speed / 3.6)
                    edges.append((a, b, seconds, -1.0 if oneway else seconds))
                    (xa, ya), (xb, yb) = nodes[a], nodes[b]
                    writer.writerow(["LINESTRING (%r %r, %r %r)" % (xa, ya, xb, yb), speed, "FWD" if oneway else "BOTH"])
    gpkg = os.path.join(folder, "grid.gpkg")
    to_gpkg(path, gpkg, "network", "EPSG:27700", "LINESTRING", ["Real", "String"])
    return Network("generated grid %dx%d" % (size, size), gpkg, "EPSG:27700", nodes, edges)


def make_monaco(folder):
    speeds = " ".join("WHEN '%s' THEN %d" % item for item in OSM_SPEEDS.items())
    classes = ",".join("'%s'" % c for c in OSM_SPEEDS)
    sql = "SELECT highway, CASE highway %s END AS speed, geometry FROM lines WHERE highway IN (%s)" % (speeds, classes)
    gpkg = os.path.join(folder, "monaco.gpkg")
    run(["ogr2ogr", "-f", "GPKG", gpkg, MONACO, "-dialect", "SQLite", "-sql", sql, "-nln", "network",
         "-t_srs", "EPSG:32632", "-nlt", "LINESTRING"])
    text = os.path.join(folder, "monaco.csv")
    run(["ogr2ogr", "-f", "CSV", text, gpkg, "network", "-lco", "GEOMETRY=AS_WKT"])
    # Split at every vertex, as PlaceGap (NODES_AT_VERTICES) and QGIS do; nodes by exact coordinates.
    index, nodes, edges = {}, [], []

    def node(point):
        if point not in index:
            index[point] = len(nodes)
            nodes.append(point)
        return index[point]

    with open(text) as source:
        for row in csv.DictReader(source):
            coordinates = re.findall(r"(-?[\d.e+-]+) (-?[\d.e+-]+)", row["WKT"])
            points = [(float(x), float(y)) for x, y in coordinates]
            speed = float(row["speed"])
            for a, b in zip(points, points[1:]):
                seconds = ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 / (speed / 3.6)
                edges.append((node(a), node(b), seconds, seconds))
    return Network("OpenStreetMap Monaco", gpkg, "EPSG:32632", nodes, edges)


def make_roadlike(folder, links, seed):
    generated = roadlike_network.generate(links, seed)
    path = roadlike_network.write(generated, folder)
    gpkg = os.path.join(folder, "roadlike.gpkg")
    to_gpkg(path, gpkg, "network", "EPSG:27700", "LINESTRING", ["String", "Real", "String", "Real", "Real"])
    edges = []
    for link in generated.links:
        seconds = generated.seconds(link)
        edges.append((link[0], link[1], seconds, -1.0 if link[4] else seconds))
    ferries = sum(1 for link in generated.links if link[5] is not None)
    return Network("road-like network (%d ferries)" % ferries, gpkg, "EPSG:27700", generated.nodes, edges)


def make_points(folder, network, name, node_ids):
    path = os.path.join(folder, name + ".csv")
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["wkt", "id"])
        for k, n in enumerate(node_ids):
            writer.writerow(["POINT (%r %r)" % network.nodes[n], k])
    gpkg = os.path.join(folder, name + ".gpkg")
    to_gpkg(path, gpkg, name, network.srs, "POINT", ["Integer"])
    return gpkg


def read_matrix(path):
    """{(origin, destination): minutes or None} from a matrix written as GeoPackage or CSV."""
    if path.endswith(".csv"):
        with open(path, newline="") as source:
            return {(int(row["origin_id"]), int(row["dest_id"])): float(row["minutes"]) if row["minutes"] else None
                    for row in csv.DictReader(source)}
    db = sqlite3.connect(path)
    table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
    rows = db.execute('SELECT origin_id, dest_id, minutes FROM "%s"' % table).fetchall()
    db.close()
    return {(int(o), int(d)): m for o, d, m in rows}


def transparent_huge_pages():
    """The kernel's transparent huge page mode (the bracketed word), or 'unknown'."""
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            found = re.search(r"\[(\w+)\]", f.read())
        return found.group(1) if found else "unknown"
    except OSError:
        return "unknown"


def placegap(network, folder, origins, destinations, label, cache):
    # A CSV table, as OSRM answers with a table: the comparison is of matrices, not of GIS layers.
    out = os.path.join(folder, "placegap_%s.csv" % label)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLACEGAP_GRAPH_CACHE=cache)
    command = [PLACEGAP_PROCESS, "run", "placegap:traveltimematrix", "--INPUT=%s|layername=network" % network.gpkg,
               "--SPEED_FIELD=speed", "--DEFAULT_SPEED=50", "--ORIGINS=%s" % origins, "--ORIGIN_ID_FIELD=id",
               "--DESTINATIONS=%s" % destinations, "--DESTINATION_ID_FIELD=id", "--OUTPUT=%s" % out]
    if "grid" in network.name or "road-like" in network.name:
        command += ["--DIRECTION_FIELD=dir", "--VALUE_FORWARD=FWD", "--VALUE_BOTH=BOTH", "--NODES_AT_VERTICES=false"]
    if "road-like" in network.name:
        # Speeds from PlaceGap's own table for OS Open Roads' classes; ferries by their crossing minutes.
        command = [c for c in command if not c.startswith("--SPEED_FIELD")]
        command += ["--ROAD_CLASS_FIELD=function", "--FERRY_FIELD=ferry_minutes", "--FERRY_WAIT=0"]
    seconds, peak, _, log = run(command, env=env, timed=True)
    search = re.search(r"Searched from .* in ([\d.]+) s", log)
    prepared = re.search(r"Network prepared in ([\d.]+) s", log)
    return seconds, peak, float(search.group(1)) if search else None, read_matrix(out), float(prepared.group(1)) if prepared else None


class Postgres:
    """A throwaway PostgreSQL server on loopback, run as the postgres user."""

    def __init__(self, folder):
        self.folder = os.path.join(folder, "pg")
        os.makedirs(self.folder)
        shutil.chown(self.folder, "postgres")
        os.chmod(folder, 0o755)
        self.port = str(55432 + os.getpid() % 1000)
        self.data = os.path.join(self.folder, "data")
        self.as_postgres = ["runuser", "-u", "postgres", "--"]
        run(self.as_postgres + [PG_BIN + "/initdb", "-D", self.data, "-A", "trust", "-U", "postgres"])
        run(self.as_postgres + [PG_BIN + "/pg_ctl", "-D", self.data, "-w", "-l", os.path.join(self.folder, "log"), "-o",
                                "-c listen_addresses=127.0.0.1 -p %s -k %s -c shared_buffers=512MB -c work_mem=512MB" % (self.port, self.folder), "start"])

    def psql(self, sql, output=None):
        command = ["psql", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-At", "-F", ","]
        command += ["-c", sql] if output is None else ["-c", sql, "-o", output]
        return run(command)

    def stop(self):
        subprocess.run(self.as_postgres + [PG_BIN + "/pg_ctl", "-D", self.data, "-m", "fast", "stop"], capture_output=True)


def postgres_rss_mb():
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/status" % pid) as status:
                text = status.read()
            if "\nUid:\t" in text and re.search(r"^Name:\s+postgres", text, re.M):
                total += int(re.search(r"VmRSS:\s+(\d+)", text).group(1))
        except (OSError, AttributeError):
            pass
    return total / 1024.0


def pgrouting(server, network, folder, origin_nodes, destination_nodes):
    edges = os.path.join(folder, "edges.csv")
    os.chmod(folder, 0o755)
    with open(edges, "w", newline="") as out:
        writer = csv.writer(out)
        for k, (a, b, forward, backward) in enumerate(network.edges):
            writer.writerow([k + 1, a + 1, b + 1, repr(forward), repr(backward)])
    server.psql("DROP TABLE IF EXISTS edges; CREATE TABLE edges (id bigint, source bigint, target bigint, cost float8, reverse_cost float8)")
    server.psql("\\copy edges FROM '%s' CSV" % edges)
    result = os.path.join(folder, "pgrouting.csv")
    sql = ("SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost('SELECT id, source, target, cost, reverse_cost FROM edges', "
           "ARRAY[%s]::bigint[], ARRAY[%s]::bigint[], directed => true)"
           % (",".join(str(n + 1) for n in origin_nodes), ",".join(str(n + 1) for n in destination_nodes)))
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], postgres_rss_mb())
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.monotonic()
    server.psql(sql, output=result)
    seconds = time.monotonic() - start
    done.set()
    sampler.join()
    first_origin = {}
    for k, n in enumerate(origin_nodes):
        first_origin.setdefault(n + 1, []).append(k)
    first_destination = {}
    for k, n in enumerate(destination_nodes):
        first_destination.setdefault(n + 1, []).append(k)
    matrix = {}
    with open(result) as source:
        for line in source:
            s, e, cost = line.strip().split(",")
            for o in first_origin[int(s)]:
                for d in first_destination[int(e)]:
                    matrix[(o, d)] = float(cost) / 60.0
    for o in range(len(origin_nodes)):
        for d in range(len(destination_nodes)):
            if origin_nodes[o] == destination_nodes[d]:
                matrix[(o, d)] = 0.0  # pgRouting leaves out a start that is also an end
    return seconds, peak[0], matrix


def qgis_native(network, folder, origins_xy, destinations):
    # Debian's qgis_process wrapper passes --noversioncheck from /etc/default/qgis, which
    # qgis_process.bin refuses; call the binary, with the system Python first on the PATH.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:/bin")
    seconds, peaks, matrix = [], [], {}
    # The native network algorithms insist on a project: an empty one will do.
    project = os.path.join(folder, "empty.qgs")
    with open(project, "w") as out:
        out.write("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis projectname=\"\" version=\"3.22.16\"></qgis>\n")
    for k, (x, y) in enumerate(origins_xy):
        out = os.path.join(folder, "qgis_%d.gpkg" % k)
        # TOLERANCE 0.001 m, not 0: with 0 QGIS's graph builder leaves lines that meet apart
        # (from the first Monaco origin it reached 3 vertices; with 0.001 m, 487 of 500 destinations).
        # QGIS 3.22's graph builder measures links on the WGS 84 ellipsoid whatever --ELLIPSOID
        # says (tried: NONE changed nothing); the other tools measure on the map's grid, so its
        # times differ by the projection's scale: 0.02 % on Monaco, -0.07 to +0.03 % road-like.
        command = [QGIS_PROCESS, "run", "native:shortestpathpointtolayer", "--INPUT=%s|layername=network" % network.gpkg,
                   "--STRATEGY=1", "--SPEED_FIELD=speed", "--DEFAULT_SPEED=50", "--TOLERANCE=0.001",
                   "--START_POINT=%r,%r [%s]" % (x, y, network.srs), "--END_POINTS=%s" % destinations, "--OUTPUT=%s" % out,
                   "--PROJECT_PATH=%s" % project]
        # The road-like network's one-way links too: without them QGIS answered another question
        # (stop 27: 1 of 500 pairs alike, up to 0.93 min apart).
        if "grid" in network.name or "road-like" in network.name:
            command += ["--DIRECTION_FIELD=dir", "--VALUE_FORWARD=FWD", "--VALUE_BACKWARD=BWD", "--VALUE_BOTH=BOTH", "--DEFAULT_DIRECTION=2"]
        s, peak, _, _ = run(command, env=env, timed=True)
        seconds.append(s)
        peaks.append(peak or 0)
        db = sqlite3.connect(out)
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        for d, cost in db.execute('SELECT id, cost FROM "%s"' % table):
            matrix[(k, int(d))] = None if cost is None else cost * 60.0  # QGIS gives hours
        db.close()
    return seconds, max(peaks), matrix


def agreement(reference, other, pairs):
    same, worst, missing = 0, 0.0, 0
    for pair in pairs:
        a, b = reference.get(pair), other.get(pair)
        if a is None or b is None:
            same += a is None and b is None
            missing += (a is None) != (b is None)
            continue
        worst = max(worst, abs(a - b))
        same += abs(a - b) <= 1e-6
    return same, len(pairs), worst, missing


def seconds_apart(reference, other, pairs):
    """|difference| in seconds of each pair both answer, ascending: its length within 1 s counts close pairs."""
    return sorted(abs(reference[pair] - other[pair]) * 60.0 for pair in pairs
                  if reference.get(pair) is not None and other.get(pair) is not None)


def median_run(runs):
    """The run of median time (its other figures with it): of an even number, the faster middle one."""
    return sorted(runs, key=lambda run_: run_[0])[(len(runs) - 1) // 2]


def spread(runs):
    """", median of N runs (fastest-slowest s)" where runs were repeated."""
    if len(runs) < 2:
        return ""
    times = sorted(run_[0] for run_ in runs)
    return "; median of %d runs (%.2f-%.2f s)" % (len(runs), times[0], times[-1])


def bench(network, folder, args, server):
    rng = random.Random(7)
    count = len(network.nodes)
    origin_nodes = [rng.randrange(count) for _ in range(args.origins)]
    destination_nodes = [rng.randrange(count) for _ in range(args.destinations)]
    origins = make_points(folder, network, "origins", origin_nodes)
    destinations = make_points(folder, network, "destinations", destination_nodes)
    pairs = [(o, d) for o in range(args.origins) for d in range(args.destinations)]
    print("\n== %s: %d nodes, %d links; %d origins x %d destinations" % (network.name, count, len(network.edges), args.origins, args.destinations))

    cache = os.path.join(folder, "graphcache.sqlite")
    colds = []
    for _ in range(max(1, args.repeat)):
        # Each cold run from nothing: no graph cache (the last one's cache serves the runs after).
        for stale in (cache, cache + "-journal", cache + "-wal", cache + "-shm"):
            if os.path.exists(stale):
                os.remove(stale)
        colds.append(placegap(network, folder, origins, destinations, "cold", cache))
    cold = median_run(colds)
    second = placegap(network, folder, origins, destinations, "second", cache)
    warm = placegap(network, folder, origins, destinations, "warm", cache)
    # A first run whose query alone pays for it prepares the network already; the second then reads it.
    def prepared_note(run_):
        return "prepared in %.2f s" % run_[4] if run_[4] else "nothing prepared in this run"
    print("PlaceGap   cold (read + build graph + search)   : %8.2f s, search %6.2f s, peak %7.0f MB, %s%s"
          % (cold[0], cold[2] or 0, cold[1] or 0, prepared_note(cold), spread(colds)))
    print("PlaceGap   second (graph from cache)            : %8.2f s, search %6.2f s, peak %7.0f MB, %s"
          % (second[0], second[2] or 0, second[1] or 0, prepared_note(second)))
    print("PlaceGap   warm (graph and prepared graph cached): %8.2f s, search %6.2f s, peak %7.0f MB" % (warm[0], warm[2] or 0, warm[1] or 0))
    for label, run_ in (("second", second), ("warm", warm)):
        same, total, worst, missing = agreement(cold[3], run_[3], pairs)
        print("  agreement PlaceGap %s vs cold: %d of %d pairs within 1e-6 min (max difference %.3g min, %d reachable in one only)" % (label, same, total, worst, missing))

    if args.osrm:
        for algorithm, (prepare, prepare_peak, query, server_peak, matrix) in osrm_peer.run(args.osrm, network, folder, origin_nodes, destination_nodes, limit=args.osrm_limit).items():
            if prepare is None:
                print("OSRM %-3s   preprocessing unfinished after %d s (stopped)" % (algorithm.upper(), args.osrm_limit))
                continue
            print("OSRM %-3s   preprocessing %8.2f s (peak %6.0f MB), table query %6.2f s (server peak %6.0f MB)" % (algorithm.upper(), prepare, prepare_peak, query, server_peak))
            same, total, worst, missing = agreement(cold[3], matrix, pairs)
            differences = seconds_apart(cold[3], matrix, pairs)
            close = bisect.bisect_right(differences, 1.0)
            print("  agreement PlaceGap vs OSRM %s: %d of %d pairs within 1 s (max difference %.3g min, %d reachable in one only: OSRM snaps to large parts only);"
                  " |difference| median %.2f s, 99th percentile %.1f s (OSRM rounds each link to 0.1 s)"
                  % (algorithm.upper(), close, total, worst, missing, differences[len(differences) // 2] if differences else 0,
                     differences[int(len(differences) * 0.99)] if differences else 0))
            print("  goal 1 ratio (OSRM %s preprocessing + query) / PlaceGap cold whole run: %.2f x" % (algorithm.upper(), (prepare + query) / cold[0]))
            print("  goal 2 ratio OSRM %s query / PlaceGap warm search: %.2f x (warm whole run %.2f s)" % (algorithm.upper(), query / (warm[2] or warm[0]), warm[0]))

    if args.qneat3:
        sample = min(args.qneat3_origins, args.origins)
        subset = make_points(folder, network, "origins_qneat3", origin_nodes[:sample])
        directions = ["--DIRECTION_FIELD=dir", "--VALUE_FORWARD=FWD", "--VALUE_BACKWARD=BWD", "--VALUE_BOTH=BOTH", "--DEFAULT_DIRECTION=2"] if "grid" in network.name or "road-like" in network.name else []
        n_seconds, n_peak, n_matrix = qneat3_peer.run(args.qneat3, network, folder, subset, destinations, directions)
        scaled = n_seconds / sample * args.origins
        print("QNEAT3     OdMatrixFromLayersAsTable (TOLERANCE 0.001): %8.2f s for %d origins, %.0f s scaled to %d origins, peak %7.0f MB"
              % (n_seconds, sample, scaled, args.origins, n_peak))
        sampled = [(o, d) for o in range(sample) for d in range(args.destinations)]
        same, total, worst, missing = agreement(cold[3], n_matrix, sampled)
        close = bisect.bisect_right(seconds_apart(cold[3], n_matrix, sampled), 1.0)
        print("  agreement PlaceGap vs QNEAT3: %d of %d pairs within 1 s (max difference %.3g min, %d reachable in one only)" % (close, total, worst, missing))
        print("Ratio QNEAT3 (scaled) / PlaceGap cold: %.1f x" % (scaled / cold[0]))

    if "pgrouting" not in args.skip:
        queries = [pgrouting(server, network, folder, origin_nodes, destination_nodes) for _ in range(max(1, args.repeat))]
        pg_seconds, pg_peak, pg_matrix = median_run(queries)
        print("pgRouting  pgr_dijkstraCost (query only)      : %8.2f s,                 peak %7.0f MB (server processes)%s" % (pg_seconds, pg_peak, spread(queries)))
        same, total, worst, missing = agreement(cold[3], pg_matrix, pairs)
        print("  agreement PlaceGap vs pgRouting: %d of %d pairs within 1e-6 min (max difference %.3g min, %d reachable in one only)" % (same, total, worst, missing))
        print("Ratio pgRouting query / PlaceGap cold (whole run): %.1f x;  / PlaceGap warm: %.1f x;  / PlaceGap search only: %.1f x"
              % (pg_seconds / cold[0], pg_seconds / warm[0], pg_seconds / (cold[2] or cold[0])))

    sample = min(args.qgis_origins, args.origins)
    if sample > 0 and "qgis" not in args.skip:
        q_seconds, q_peak, q_matrix = qgis_native(network, folder, [network.nodes[n] for n in origin_nodes[:sample]], destinations)
        per_origin = sum(q_seconds) / len(q_seconds)
        print("QGIS       native:shortestpathpointtolayer    : %8.2f s per origin (%d run), %.0f s scaled to %d origins, peak %7.0f MB"
              % (per_origin, sample, per_origin * args.origins, args.origins, q_peak))
        sampled = [(o, d) for o in range(sample) for d in range(args.destinations)]
        same_q, total_q, worst_q, missing_q = agreement(cold[3], q_matrix, sampled)
        # QGIS measures on the ellipsoid (see qgis_native): compare times relative to their length.
        relative = [abs(q_matrix[pair] / cold[3][pair] - 1.0) for pair in sampled
                    if cold[3].get(pair) and q_matrix.get(pair) is not None]
        print("  agreement PlaceGap vs QGIS: %d of %d pairs within 1e-6 min (max difference %.3g min, %d reachable in one only);"
              " largest relative difference %.3f %% (QGIS measures on the WGS 84 ellipsoid)"
              % (same_q, total_q, worst_q, missing_q, 100.0 * max(relative, default=0.0)))
        print("Ratio QGIS (scaled) / PlaceGap cold: %.1f x" % (per_origin * args.origins / cold[0]))


def bench_northern_alliance(folder, args):
    """Goal 5: every shipped Northern Alliance postcode to its nearest school (the k-nearest mode),
    on a road-like network over the Alliance's extent with islands and ferries."""
    postcodes = os.path.join(SOURCE, "sample-projects", "data", "sources", "postcodes-codepoint-2020", "codepoint_open_2020_08_northern_alliance.gpkg")
    sample = os.path.join(os.path.dirname(os.path.dirname(PLACEGAP_PROCESS)), "sample-projects", "northern_alliance.gpkg")
    if not os.path.exists(sample):
        sys.exit("the sample data (%s) is built by scripts/setup.sh" % sample)
    network = make_roadlike(folder, args.roadlike, 7)
    print("\n== Northern Alliance: 32,765 postcodes to the nearest of 654 schools on the %s, %d nodes, %d links"
          % (network.name, len(network.nodes), len(network.edges)))
    cache = os.path.join(folder, "graphcache.sqlite")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLACEGAP_GRAPH_CACHE=cache)
    for label in ("cold", "second", "warm"):
        out = os.path.join(folder, "nearest_%s.csv" % label)
        command = [PLACEGAP_PROCESS, "run", "placegap:traveltimematrix", "--INPUT=%s|layername=network" % network.gpkg,
                   "--ROAD_CLASS_FIELD=function", "--FERRY_FIELD=ferry_minutes", "--FERRY_WAIT=0", "--DEFAULT_SPEED=50",
                   "--DIRECTION_FIELD=dir", "--VALUE_FORWARD=FWD", "--VALUE_BOTH=BOTH", "--NODES_AT_VERTICES=false",
                   "--ORIGINS=%s|layername=postcodes" % postcodes, "--ORIGIN_ID_FIELD=postcode",
                   "--DESTINATIONS=%s|layername=schools" % sample, "--DESTINATION_ID_FIELD=seed_code",
                   "--NEAREST=1", "--OUTPUT=%s" % out]
        seconds, peak, _, log = run(command, env=env, timed=True)
        search = re.search(r"Searched from .* in ([\d.]+) s", log)
        prepared = re.search(r"Network prepared in ([\d.]+) s", log)
        with open(out, newline="") as source:
            rows = list(csv.DictReader(source))
        reached = [float(row["minutes"]) for row in rows if row["minutes"]]
        print("PlaceGap %-6s: %7.2f s whole run, search %6.2f s%s, peak %6.0f MB; %d postcodes, %d reach a school (median %.1f min)"
              % (label, seconds, float(search.group(1)) if search else 0, ", prepared in %.2f s" % float(prepared.group(1)) if prepared else "",
                 peak or 0, len(rows), len(reached), sorted(reached)[len(reached) // 2] if reached else 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid", type=int, default=708, help="nodes per side of the generated grid (708: 1,001,112 links)")
    parser.add_argument("--origins", type=int, default=1500)
    parser.add_argument("--destinations", type=int, default=500)
    parser.add_argument("--qgis-origins", type=int, default=2, help="origins run through qgis_process (it rebuilds the graph each time)")
    parser.add_argument("--roadlike", type=int, default=1000000, help="links of the generated road-like network")
    parser.add_argument("--only", choices=("grid", "monaco", "roadlike", "northern-alliance"))
    parser.add_argument("--skip", default="", help="peers to leave out, comma-separated: pgrouting, qgis")
    parser.add_argument("--osrm-limit", type=int, default=1800, help="seconds OSRM's preprocessing may take before it is stopped")
    parser.add_argument("--qneat3", help="a copy of the QNEAT3 plugin's repository: QNEAT3 joins the run (in a throwaway QGIS profile)")
    parser.add_argument("--qneat3-origins", type=int, default=20, help="origins run through QNEAT3 (its time is scaled to all origins)")
    parser.add_argument("--osrm", help="an OSRM 6 folder (bin/, profiles/placegap_speed_tag.lua): OSRM joins the run")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run PlaceGap's cold run and pgRouting's query this many times and take the medians"
                             " (this VM's speed drifts between minutes; ratios of single runs drift with it)")
    parser.add_argument("--keep", help="work in this folder and keep it")
    parser.add_argument("--build", help="build folder holding runner/placegap_process (default: build in the source folder)")
    args = parser.parse_args()
    global PLACEGAP_PROCESS
    if args.build:
        PLACEGAP_PROCESS = os.path.join(os.path.abspath(args.build), "runner", "placegap_process")
    if not os.path.exists(PLACEGAP_PROCESS):
        sys.exit("build placegap_process first (cmake --build build)")
    folder = args.keep or tempfile.mkdtemp(prefix="placegap-bench-")
    os.makedirs(folder, exist_ok=True)
    print("PlaceGap travel time benchmark; %d cores; work folder %s" % (os.cpu_count(), folder))
    # placegap_process asks glibc's malloc for transparent huge pages; the kernel's mode decides what that changes.
    print("transparent huge pages: %s (GLIBC_TUNABLES=%s)" % (transparent_huge_pages(), os.environ.get("GLIBC_TUNABLES", "")))
    args.skip = [peer.strip() for peer in args.skip.split(",") if peer.strip()]
    server = Postgres(folder) if "pgrouting" not in args.skip else None
    try:
        if server:
            server.psql("CREATE EXTENSION postgis; CREATE EXTENSION pgrouting")
            print(server.psql("SELECT 'pgRouting ' || pgr_version() || ', ' || version()")[2].strip())
        if args.only in (None, "monaco"):
            sub = os.path.join(folder, "monaco")
            os.makedirs(sub)
            bench(make_monaco(sub), sub, args, server)
        if args.only in (None, "roadlike"):
            sub = os.path.join(folder, "roadlike")
            os.makedirs(sub)
            bench(make_roadlike(sub, args.roadlike, 7), sub, args, server)
        if args.only in (None, "northern-alliance"):
            sub = os.path.join(folder, "northern-alliance")
            os.makedirs(sub)
            bench_northern_alliance(sub, args)
        if args.only in (None, "grid"):
            sub = os.path.join(folder, "grid")
            os.makedirs(sub)
            bench(make_grid(sub, args.grid, 1), sub, args, server)
    finally:
        if server:
            server.stop()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
