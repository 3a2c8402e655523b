#!/usr/bin/python3
"""Benchmark of placegap:bivariatelisa against a PySAL-based reference (not run by CI).

Bivariate local Moran's I with 999 permutations on a lattice of 100 x 70 = 7,000 square
polygons (about Scotland's 6,976 data zones), queen contiguity. Measures wall time and peak
memory (/usr/bin/time -v) of:
  - placegap_process, single-threaded (THREADS=1) and on all cores (THREADS=0);
  - a reference in numpy with libpysal weights that implements esda.Moran_Local_BV's conditional
    randomisation (esda's _crand: one matrix of random neighbour ids shared by all observations,
    the observation itself excluded).

esda is not packaged in Debian 12 (only python3-libpysal 4.7 is) and PyPI is not reachable
here, so the real esda.Moran_Local_BV cannot be run; the reference is written below and the
output says so. esda 2.x can also use numba to compile _crand; Debian's numba is not used.

Needs: apt-get install python3-libpysal python3-numpy, and a build of PlaceGap.
Run:   /usr/bin/python3 benchmarks/bivariatelisa_benchmark.py [--build build] [--rows 100 --cols 70]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np


def lattice_values(rows, cols, seed):
    """Spatially smoothed x and y (y negatively related to x, as attainment to deprivation)."""
    rng = np.random.RandomState(seed)
    x = rng.normal(size=(rows, cols))
    e = rng.normal(size=(rows, cols))
    for _ in range(3):  # a few passes of neighbour averaging make clusters
        x = (x + np.roll(x, 1, 0) + np.roll(x, -1, 0) + np.roll(x, 1, 1) + np.roll(x, -1, 1)) / 5
        e = (e + np.roll(e, 1, 0) + np.roll(e, -1, 0) + np.roll(e, 1, 1) + np.roll(e, -1, 1)) / 5
    y = -0.6 * x + 0.4 * e
    return x.ravel(), y.ravel()


def write_lattice(path, rows, cols, x, y):
    """Unit squares, cell r * cols + c, written as GeoJSON (small coordinates, valid as degrees)."""
    features = []
    for r in range(rows):
        for c in range(cols):
            i = r * cols + c
            ring = [[c, r], [c + 1, r], [c + 1, r + 1], [c, r + 1], [c, r]]
            features.append({"type": "Feature", "properties": {"cell": i, "x": float(x[i]), "y": float(y[i])},
                             "geometry": {"type": "Polygon", "coordinates": [ring]}})
    with open(path, "w") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)


def timed(command, env=None):
    """Runs command under /usr/bin/time -v: (wall seconds, peak RSS MiB, stdout)."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(command), result.stderr[-2000:]))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** (len(parts) - 1 - k) for k, p in enumerate(parts))
    return seconds, rss, result.stdout


def reference(args):
    """esda.Moran_Local_BV-style computation with libpysal weights; writes a JSON of results."""
    from libpysal.weights import lat2W
    data = np.load(args.reference)
    x, y = data["x"], data["y"]
    start = time.perf_counter()
    w = lat2W(args.rows, args.cols, rook=False)
    w.transform = "r"
    n = w.n
    zx = (x - x.mean()) / x.std()
    zy = (y - y.mean()) / y.std()
    neighbours = [np.array(w.neighbors[i]) for i in range(n)]
    weights = [np.array(w.weights[i]) for i in range(n)]
    lag = np.array([np.dot(weights[i], zy[neighbours[i]]) for i in range(n)])
    local_i = zx * lag
    # esda _crand: one matrix of random ids for all observations, the observation excluded.
    rng = np.random.RandomState(args.seed)
    cards = np.array([len(nb) for nb in neighbours])
    max_card = cards.max()
    rids = np.array([rng.permutation(n - 1)[0:max_card] for _ in range(args.permutations)])
    ids = np.arange(n)
    larger = np.zeros(n, dtype=int)
    for i in range(n):
        idsi = ids[ids != i]
        ids_perm = idsi[rids[:, 0:cards[i]]]
        sim = zx[i] * (zy[ids_perm] * weights[i]).sum(1)
        larger[i] = (sim >= local_i[i]).sum()
    low = args.permutations - larger < larger
    larger[low] = args.permutations - larger[low]
    p = (larger + 1.0) / (args.permutations + 1.0)
    elapsed = time.perf_counter() - start
    with open(args.reference + ".json", "w") as f:
        json.dump({"local_i": local_i.tolist(), "p": p.tolist(), "lag": lag.tolist(), "zx": zx.tolist(), "seconds": elapsed}, f)


def read_output(path):
    with open(path) as f:
        features = json.load(f)["features"]
    features.sort(key=lambda feature: feature["properties"]["cell"])
    return {k: np.array([feature["properties"][k] for feature in features], dtype=float) for k in ("local_i", "p_sim", "cluster")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build"))
    parser.add_argument("--rows", type=int, default=100)
    parser.add_argument("--cols", type=int, default=70)
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--seed", type=int, default=12345)
    parser.add_argument("--reference", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reference:
        reference(args)
        return

    runner = os.path.join(args.build, "runner", "placegap_process")
    if not os.path.exists(runner):
        sys.exit("no %s: build PlaceGap first" % runner)
    n = args.rows * args.cols
    work = tempfile.mkdtemp(prefix="placegap-bench-")
    x, y = lattice_values(args.rows, args.cols, args.seed)
    layer = os.path.join(work, "lattice.geojson")
    write_lattice(layer, args.rows, args.cols, x, y)
    np.savez(os.path.join(work, "values.npz"), x=x, y=y)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def placegap(threads, permutations, name):
        output = os.path.join(work, name + ".geojson")
        seconds, rss, stdout = timed([runner, "run", "placegap:bivariatelisa", "--INPUT=" + layer, "--DEPRIVATION_FIELD=x",
                                      "--ATTAINMENT_FIELD=y", "--WEIGHTS=0", "--P_VALUE=1", "--PERMUTATIONS=%d" % permutations,
                                      "--SEED=%d" % args.seed, "--THREADS=%d" % threads, "--OUTPUT=" + output], env)
        return seconds, rss, json.loads(stdout)["results"], output

    cores = os.cpu_count()
    base_s, base_rss, _, _ = placegap(1, 0, "no_permutations")
    one_s, one_rss, one_results, one_out = placegap(1, args.permutations, "one_thread")
    all_s, all_rss, _, all_out = placegap(0, args.permutations, "all_cores")
    ref_s, ref_rss, _ = timed([sys.executable, os.path.abspath(__file__), "--reference", os.path.join(work, "values.npz"),
                               "--rows", str(args.rows), "--cols", str(args.cols), "--permutations", str(args.permutations),
                               "--seed", str(args.seed)])
    with open(os.path.join(work, "values.npz.json")) as f:
        ref = json.load(f)

    one = read_output(one_out)
    every = read_output(all_out)
    ref_i = np.array(ref["local_i"])
    ref_p = np.array(ref["p"])
    ref_zx = np.array(ref["zx"])
    ref_lag = np.array(ref["lag"])
    ref_sig = ref_p <= 0.05
    ref_cluster = np.where(~ref_sig, 0, np.where(ref_zx > 0, np.where(ref_lag > 0, 1, 4), np.where(ref_lag > 0, 2, 3)))

    print("Bivariate LISA, %d x %d lattice = %d polygons, queen contiguity, %d permutations, %d cores" % (args.rows, args.cols, n, args.permutations, cores))
    print("Reference: numpy + libpysal %s weights implementing esda.Moran_Local_BV's conditional randomisation" % __import__("libpysal").__version__)
    print("           (esda itself is not packaged in Debian 12 and PyPI is unreachable: NOT esda's own code).")
    print()
    print("%-46s %10s %12s" % ("run", "wall s", "peak MiB"))
    print("%-46s %10.2f %12.1f" % ("placegap_process, 0 permutations (load+write)", base_s, base_rss))
    print("%-46s %10.2f %12.1f" % ("placegap_process, 1 thread", one_s, one_rss))
    print("%-46s %10.2f %12.1f" % ("placegap_process, all %d cores" % cores, all_s, all_rss))
    print("%-46s %10.2f %12.1f" % ("reference (python process, whole)", ref_s, ref_rss))
    print("%-46s %10.2f" % ("reference (weights + statistic + permutations)", ref["seconds"]))
    print()
    print("ratio reference / placegap, 1 thread:        %.1fx" % (ref_s / one_s))
    print("ratio reference / placegap, all cores:       %.1fx" % (ref_s / all_s))
    print("placegap scaling, 1 thread / all cores:      %.2fx on %d cores" % (one_s / all_s, cores))
    one_perm = max(0.01, one_s - base_s)
    all_perm = max(0.01, all_s - base_s)
    print("placegap permutations alone (run - 0-permutation run): 1 thread %.2f s, all cores %.2f s (%.2fx)" % (one_perm, all_perm, one_perm / all_perm))
    print("reference statistic + permutations / placegap permutations alone, 1 thread: %.1fx" % (ref["seconds"] / one_perm))
    print()
    print("agreement with the reference:")
    print("  max |local I difference|:                  %.2e (output fields hold 8 decimals)" % np.max(np.abs(one["local_i"] - ref_i)))
    print("  global I placegap %.6f, reference %.6f" % (one_results["GLOBAL_I"], ref_i.sum() / n))
    print("  p-values: correlation %.4f, mean |difference| %.4f (different random streams)" % (np.corrcoef(one["p_sim"], ref_p)[0, 1], np.mean(np.abs(one["p_sim"] - ref_p))))
    print("  same cluster label (p <= 0.05):            %.1f %%" % (100.0 * np.mean(one["cluster"] == ref_cluster)))
    print("  1 thread and all cores identical:          %s" % bool(np.array_equal(one["p_sim"], every["p_sim"])))
    print()
    print("files in", work)


if __name__ == "__main__":
    main()
