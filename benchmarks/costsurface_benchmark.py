#!/usr/bin/python3
"""Cost surface benchmark: placegap:costsurfacetraveltime against GRASS r.cost, same raster, same run.

For the whole Northern Alliance (the sample data's land, 1,281 data zones, 550 primary schools, no
ferries: r.cost has none) at each cell size, it times
  * PlaceGap  placegap:costsurfacetraveltime through placegap_process, the whole run: QGIS start,
              reading, rasterising the land, the search, writing the nearest school per zone and
              the raster of minutes;
  * GRASS     r.cost (GRASS 8, Debian's grass) from every school over a friction raster of the same
              cells (gdal_rasterize with -at, as PlaceGap burns its land), in a temporary location
              made by `grass --tmp-location EPSG:27700 --exec`; r.cost alone, and the GRASS session
              whole (import, r.cost, export);
and prints cells, wall seconds, peak memory, the ratio, and how far the two rasters' minutes agree.

The friction of a land cell is the seconds to cross it: cell x circuity x 3.6 / km/h. r.cost
costs a move as PlaceGap does (the mean of the two cells, times the square root of 2 on a
diagonal); PlaceGap does not cut the corner between two sea cells, r.cost does (so where a
diagonal of land cells crosses a one-cell channel, r.cost can be faster).

    /usr/bin/python3 benchmarks/costsurface_benchmark.py --build build [--cells 250,100]
"""
import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SPEED = 50.0
CIRCUITY = 1.3


def timed(command, env=None):
    """Runs a command under /usr/bin/time -v: (wall seconds, peak MiB, stdout, stderr)."""
    start = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, env=env)
    seconds = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return seconds, int(peak.group(1)) / 1024 if peak else float("nan"), done.stdout, done.stderr


def grid_frame(land, cell):
    """The grid PlaceGap lays over the land layer (EPSG:27700): edges on multiples of the cell."""
    source = ogr.Open(land.split("|")[0])
    layer = source.GetLayerByName(land.split("layername=")[1])
    xmin, xmax, ymin, ymax = layer.GetExtent()
    left = math.floor(xmin / cell) * cell
    top = math.ceil(ymax / cell) * cell
    columns = math.ceil((xmax - left) / cell)
    rows = math.ceil((top - ymin) / cell)
    return left, top - rows * cell, left + columns * cell, top, columns, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--cells", default="250,100", help="cell sizes in metres, comma-separated")
    args = parser.parse_args()
    runner = os.path.join(args.build, "runner", "placegap_process")
    gpkg = os.path.join(args.build, "sample-projects", "northern_alliance.gpkg")
    land = f"{gpkg}|layername=land"
    primaries = f"{gpkg}|layername=schools|subset=\"school_type\" = 'Primary'"
    rows_out = []
    with tempfile.TemporaryDirectory() as work:
        schools = os.path.join(work, "primaries.gpkg")
        subprocess.run(["ogr2ogr", "-f", "GPKG", schools, gpkg, "schools", "-where", "school_type = 'Primary'", "-nln", "primaries"], check=True)
        for cell in [float(c) for c in args.cells.split(",")]:
            left, bottom, right, top, columns, rows = grid_frame(land, cell)
            minutes = os.path.join(work, f"placegap_{cell:.0f}.tif")
            placegap = timed([runner, "run", "placegap:costsurfacetraveltime", f"--ORIGINS={gpkg}|layername=data_zones", f"--SERVICES={primaries}", f"--LAND={land}",
                              f"--DEFAULT_SPEED={SPEED}", f"--CIRCUITY={CIRCUITY}", f"--CELL_SIZE={cell}", f"--OUTPUT={os.path.join(work, f'zones_{cell:.0f}.gpkg')}", f"--OUTPUT_RASTER={minutes}"])

            search = float(re.search(r"found in ([\d.]+) s", placegap[2] + placegap[3]).group(1))

            # The same cells for GRASS: seconds to cross each land cell; sea is no data.
            friction = os.path.join(work, f"friction_{cell:.0f}.tif")
            subprocess.run(["gdal_rasterize", "-q", "-at", "-burn", str(cell * CIRCUITY * 3.6 / SPEED), "-a_nodata", "0", "-init", "0", "-te", str(left), str(bottom), str(right), str(top),
                            "-tr", str(cell), str(cell), "-ot", "Float32", "-l", "land", gpkg, friction], check=True)
            script = os.path.join(work, "rcost.sh")
            cost = os.path.join(work, f"rcost_{cell:.0f}.tif")
            rcost_log = os.path.join(work, f"rcost_{cell:.0f}.time")
            with open(script, "w") as f:
                f.write(f"""set -e
r.in.gdal -o --quiet input={friction} output=friction
g.region raster=friction
v.in.ogr -o --quiet input={schools} output=schools
/usr/bin/time -v -o {rcost_log} r.cost --quiet input=friction output=cost start_points=schools memory=8000
r.out.gdal --quiet -c -f input=cost output={cost} format=GTiff type=Float32
""")
            grass = timed(["grass", "--tmp-location", "EPSG:27700", "--exec", "sh", script])
            log = open(rcost_log).read()
            rcost_seconds = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", log).group(1)
            parts = [float(p) for p in rcost_seconds.split(":")]
            rcost_wall = sum(p * 60 ** (len(parts) - 1 - i) for i, p in enumerate(parts))
            rcost_peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1)) / 1024

            # Keep the datasets: a band outlives its dataset only as a dangling pointer.
            ours_dataset, theirs_dataset = gdal.Open(minutes), gdal.Open(cost)
            ours, theirs = ours_dataset.GetRasterBand(1), theirs_dataset.GetRasterBand(1)
            a = ours.ReadAsArray().astype(numpy.float64)
            b = theirs.ReadAsArray().astype(numpy.float64) / 60
            a_ok = a != ours.GetNoDataValue()
            nodata = theirs.GetNoDataValue()
            b_ok = numpy.isfinite(b) & ((b * 60) != nodata if nodata is not None else True)
            both = a_ok & b_ok
            signed = a[both] - b[both]
            diff = numpy.abs(signed)
            rows_out.append((cell, columns * rows, int(a_ok.sum()), placegap[0], placegap[1], rcost_wall, rcost_peak, grass[0], int(both.sum()), float(numpy.median(diff)), float(numpy.percentile(diff, 99)), float(diff.max()),
                             float((diff <= 0.01).mean()), int((a_ok & ~b_ok).sum()), int((~a_ok & b_ok).sum()), int((signed > 0.01).sum()), int((signed < -0.01).sum()), search))

    print("\n| cell | cells | reached | PlaceGap whole run s | its search s | peak MiB | r.cost s | peak MiB | GRASS session s | r.cost / PlaceGap search | GRASS session / PlaceGap run |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows_out:
        print(f"| {r[0]:.0f} m | {r[1]:,} | {r[2]:,} | {r[3]:.2f} | {r[17]:.2f} | {r[4]:.0f} | {r[5]:.2f} | {r[6]:.0f} | {r[7]:.2f} | {r[5] / r[17]:.1f}x | {r[7] / r[3]:.1f}x |")
    print("\nAgreement of the minutes (cells both reach):\n")
    print("| cell | cells compared | median abs diff min | P99 | max | within 0.01 min | r.cost faster | r.cost slower | only PlaceGap | only r.cost |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows_out:
        print(f"| {r[0]:.0f} m | {r[8]:,} | {r[9]:.4f} | {r[10]:.3f} | {r[11]:.2f} | {100 * r[12]:.1f} % | {r[15]:,} | {r[16]:,} | {r[13]:,} | {r[14]:,} |")


if __name__ == "__main__":
    main()
