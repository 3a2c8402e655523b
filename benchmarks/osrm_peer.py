"""OSRM as a peer in the travel time benchmark: the same network and points, timed in the same run.

The network is written as OSM XML, one way per benchmark edge carrying its seconds in a
`duration_s` tag (and `oneway=yes` for one-way links), which the profile
`profiles/placegap_speed_tag.lua` of the OSRM folder takes as the way's duration: both tools
then cost every link alike (OSRM keeps deciseconds). Preprocessing is timed for contraction
hierarchies (osrm-extract + osrm-contract) and for multi-level Dijkstra (osrm-extract +
osrm-partition + osrm-customize); each query is one /table request from osrm-routed, timed
twice (the second is reported: the server warm, as in a batch).

The OSRM folder (binaries built for this machine and its profiles) is given on the command
line; nothing here names where it lives.
"""
import http.client
import json
import os
import socket
import subprocess
import time


def lonlat(points, srs):
    """(lon, lat) of projected points, by PROJ's cs2cs."""
    text = "".join("%r %r\n" % p for p in points)
    result = subprocess.run(["cs2cs", "-f", "%.8f", srs, "+to", "+proj=longlat", "+datum=WGS84"],
                            input=text, capture_output=True, text=True, check=True)
    return [tuple(float(v) for v in line.split()[:2]) for line in result.stdout.splitlines()]


def write_osm(network, path):
    """Nodes and one way per edge (a, b, seconds forward, seconds backward or -1)."""
    coordinates = lonlat(network.nodes, "+init=" + network.srs.lower())
    with open(path, "w") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="placegap-benchmark">\n')
        for k, (lon, lat) in enumerate(coordinates):
            out.write('<node id="%d" version="1" lat="%.8f" lon="%.8f"/>\n' % (k + 1, lat, lon))
        for k, (a, b, forward, backward) in enumerate(network.edges):
            oneway = '<tag k="oneway" v="yes"/>' if backward < 0 else ""
            out.write('<way id="%d" version="1"><nd ref="%d"/><nd ref="%d"/><tag k="highway" v="road"/><tag k="duration_s" v="%.6f"/>%s</way>\n'
                      % (k + 1, a + 1, b + 1, forward, oneway))
        out.write("</osm>\n")
    return coordinates


def timed(command, folder, limit):
    """Wall seconds and peak memory (MB) of a command, by /usr/bin/time; None when it outlasts limit seconds."""
    start = time.perf_counter()
    try:
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, cwd=folder, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        subprocess.run(["pkill", "-f", os.path.basename(command[0])])
        return None, None
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError("%s failed: %s" % (command[0], result.stderr[-2000:]))
    return seconds, int(result.stderr.strip().splitlines()[-1]) / 1024.0


def wait_for_port(port, process, seconds=600):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError("osrm-routed stopped: %s" % process.stderr.read()[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("osrm-routed did not start")


def table(port, coordinates, origins, destinations):
    """One /table request: seconds from each origin to each destination (None when unreachable), and its wall time."""
    points = [coordinates[n] for n in origins] + [coordinates[n] for n in destinations]
    path = "/table/v1/driving/%s?sources=%s&destinations=%s" % (
        ";".join("%.8f,%.8f" % p for p in points),
        ";".join(str(i) for i in range(len(origins))),
        ";".join(str(len(origins) + j) for j in range(len(destinations))))
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=3600)
    connection.request("GET", path)
    body = connection.getresponse().read()
    seconds = time.perf_counter() - start
    answer = json.loads(body)
    if answer.get("code") != "Ok":
        raise RuntimeError("OSRM table: %s" % answer.get("message", answer.get("code")))
    return answer["durations"], seconds


def run(osrm_folder, network, folder, origin_nodes, destination_nodes, algorithms=("ch", "mld"), limit=1800):
    """Per algorithm: preprocessing seconds and peak MB, query seconds, server peak MB and the matrix
    {(o, d): minutes}; preprocessing that outlasts limit seconds is stopped and reported as None."""
    binaries = os.path.join(osrm_folder, "bin")
    profile = os.path.join(osrm_folder, "profiles", "placegap_speed_tag.lua")
    work = os.path.join(folder, "osrm")
    os.makedirs(work, exist_ok=True)
    osm = os.path.join(work, "net.osm")
    coordinates = write_osm(network, osm)
    results = {}
    for algorithm in algorithms:
        for name in os.listdir(work):
            if name.startswith("net.osrm"):
                os.remove(os.path.join(work, name))
        steps = [[os.path.join(binaries, "osrm-extract"), "-p", profile, osm]]
        if algorithm == "ch":
            steps.append([os.path.join(binaries, "osrm-contract"), "net.osrm"])
        else:
            steps += [[os.path.join(binaries, "osrm-partition"), "net.osrm"], [os.path.join(binaries, "osrm-customize"), "net.osrm"]]
        prepare_seconds, prepare_peak = 0.0, 0.0
        for step in steps:
            seconds, peak = timed(step, work, limit - prepare_seconds)
            if seconds is None:
                prepare_seconds = None
                break
            prepare_seconds += seconds
            prepare_peak = max(prepare_peak, peak)
        if prepare_seconds is None:
            results[algorithm] = (None, None, None, None, {})
            continue
        port = 25000 + os.getpid() % 1000
        server = subprocess.Popen(["/usr/bin/time", "-f", "%M", os.path.join(binaries, "osrm-routed"), "--algorithm", algorithm,
                                   "--max-table-size", "100000", "-i", "127.0.0.1", "-p", str(port), "net.osrm"],
                                  cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_for_port(port, server)
            table(port, coordinates, origin_nodes, destination_nodes)  # first request: pages the data in
            durations, query_seconds = table(port, coordinates, origin_nodes, destination_nodes)
        finally:
            subprocess.run(["pkill", "-INT", "-f", "osrm-routed.*-p %d" % port])
            _, err = server.communicate(timeout=60)
        server_peak = int(err.strip().splitlines()[-1]) / 1024.0 if err.strip() else 0.0
        matrix = {}
        for o, row in enumerate(durations):
            for d, seconds in enumerate(row):
                if seconds is not None:
                    matrix[(o, d)] = seconds / 60.0
        results[algorithm] = (prepare_seconds, prepare_peak, query_seconds, server_peak, matrix)
    return results
