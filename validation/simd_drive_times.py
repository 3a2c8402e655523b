#!/usr/bin/python3
"""PlaceGap's land-and-ferry cost surface against SIMD 2020v2's published drive times.

For every Northern Alliance data zone, the minutes to the nearest primary and secondary school
computed by placegap:costsurfacetraveltime from the shipped data only, compared with SIMD 2020v2's
`drive_primary` and `drive_secondary` (the Scottish Government's drive times over the road network,
one figure per data zone made from its postcodes). PlaceGap's figure for a zone is the mean of its
minutes over the zone's postcode points (OS Code-Point Open, August 2020; a postcode is given the
zone its point falls in), and, for comparison, from the zone's point on surface.

Nothing is tuned to SIMD: the algorithm runs with its documented defaults (see PARAMETERS below;
--speed, --circuity and --cell-size change them for sensitivity runs). GP practices are not in
the shipped data, so SIMD's drive_GP is not compared.

    /usr/bin/python3 validation/simd_drive_times.py --build build

prints, per service, the median and 90th percentile of the absolute difference (minutes), the
median signed difference (PlaceGap minus SIMD), and Spearman's rank correlation, for the Northern
Alliance, each council, island zones and mainland zones, and each urban-rural class (UR6).
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile

from osgeo import ogr

ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
POSTCODES = os.path.join(REPO, "sample-projects", "data", "sources", "postcodes-codepoint-2020", "codepoint_open_2020_08_northern_alliance.gpkg")
# The Scottish Government Urban Rural Classification's 6 classes.
UR6 = {1: "Large urban areas", 2: "Other urban areas", 3: "Accessible small towns", 4: "Remote small towns", 5: "Accessible rural", 6: "Remote rural"}
SERVICES = {"primary": ("Primary", "drive_primary"), "secondary": ("Secondary", "drive_secondary")}


def run(runner, algorithm, parameters):
    """Runs one algorithm through placegap_process; returns its results."""
    command = [runner, "run", algorithm] + [f"--{key}={value}" for key, value in parameters.items()]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{algorithm} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    text = done.stdout
    return json.loads(text[text.index("{"):])["results"], done.stdout + done.stderr


def read_rows(path, fields):
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    rows = [{name: feature.GetField(name) for name in fields} for feature in layer]
    return rows


def ranks(values):
    """Average ranks (1-based), ties sharing the mean of their places."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs, ys):
    rx, ry = ranks(xs), ranks(ys)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def quantile(values, q):
    """The q quantile by linear interpolation between order statistics (numpy's default)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(pairs):
    """pairs: (placegap minutes, simd minutes) of the zones PlaceGap reached."""
    if len(pairs) < 3:
        return None
    differences = [p - s for p, s in pairs]
    absolute = [abs(d) for d in differences]
    return {
        "zones": len(pairs),
        "median_abs": statistics.median(absolute),
        "p90_abs": quantile(absolute, 0.9),
        "median_diff": statistics.median(differences),
        "spearman": spearman([p for p, _ in pairs], [s for _, s in pairs]),
    }


def compare(zones, minutes_by_zone, simd_field):
    """The comparison table: (group, summary, zones not reached)."""
    groups = [("Northern Alliance", lambda z: True)]
    for council in sorted({z["council_name"] for z in zones}):
        groups.append((council, lambda z, c=council: z["council_name"] == c))
    groups.append(("island zones", lambda z: z["island"] == 1))
    groups.append(("mainland zones", lambda z: z["island"] != 1))
    for code, name in UR6.items():
        groups.append((f"UR6 {code} {name}", lambda z, c=code: z["ur6"] == c))
    table = []
    for name, member in groups:
        chosen = [z for z in zones if member(z) and z[simd_field] is not None]
        pairs = [(minutes_by_zone[z["dz_code"]], z[simd_field]) for z in chosen if minutes_by_zone.get(z["dz_code"]) is not None]
        table.append((name, summary(pairs), len(chosen) - len(pairs)))
    return table


def print_table(title, table):
    print(f"\n{title}\n")
    print("| zones | n | median abs diff | P90 abs diff | median diff | Spearman | not reached |")
    print("|---|---|---|---|---|---|---|")
    for name, s, missing in table:
        if s is None:
            print(f"| {name} | – | – | – | – | – | {missing} |")
            continue
        print(f"| {name} | {s['zones']} | {s['median_abs']:.1f} | {s['p90_abs']:.1f} | {s['median_diff']:+.1f} | {s['spearman']:.2f} | {missing} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(REPO, "build"), help="the build folder (holds runner/placegap_process and sample-projects/northern_alliance.gpkg)")
    parser.add_argument("--speed", type=float, help="DEFAULT_SPEED, km/h (default: the algorithm's)")
    parser.add_argument("--circuity", type=float, help="CIRCUITY (default: the algorithm's)")
    parser.add_argument("--cell-size", type=float, help="CELL_SIZE, metres (default: the algorithm's)")
    args = parser.parse_args()
    runner = os.path.join(args.build, "runner", "placegap_process")
    gpkg = os.path.join(args.build, "sample-projects", "northern_alliance.gpkg")
    for path in (runner, gpkg, POSTCODES):
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: build the project first (cmake --build {args.build})")

    zones = read_rows(f"{gpkg}", ["dz_code", "council_name", "island", "ur6", "drive_primary", "drive_secondary"])
    with tempfile.TemporaryDirectory() as work:
        # Each postcode with the data zone its point falls in.
        joined = os.path.join(work, "postcodes_dz.gpkg")
        run(runner, "native:joinattributesbylocation", {"INPUT": POSTCODES, "JOIN": f"{gpkg}|layername=data_zones", "PREDICATE": "0", "JOIN_FIELDS": "dz_code", "METHOD": "1", "DISCARD_NONMATCHING": "false", "OUTPUT": joined})
        parameters = {
            "LAND": f"{gpkg}|layername=land",
            "FERRY_TIMETABLE": f"{gpkg}|layername=ferry_sailings",
            "FERRY_TERMINALS": f"{gpkg}|layername=ferry_terminals",
            "SERVICE_ID_FIELD": "seed_code",
        }
        for key, value in (("DEFAULT_SPEED", args.speed), ("CIRCUITY", args.circuity), ("CELL_SIZE", args.cell_size)):
            if value is not None:
                parameters[key] = value
        print("PlaceGap placegap:costsurfacetraveltime against SIMD 2020v2 drive times, Northern Alliance data zones.")
        print("Parameters: " + ", ".join(f"{k}={v}" for k, v in sorted(parameters.items()) if k not in ("LAND", "FERRY_TIMETABLE", "FERRY_TERMINALS", "SERVICE_ID_FIELD")) + " (the rest: the algorithm's defaults, DEFAULT_SPEED 50 km/h, CIRCUITY 1.3, CELL_SIZE 250 m, ferries as timetabled leaving Wed 08:00)")
        for kind, (school_type, simd_field) in SERVICES.items():
            services = f"{gpkg}|layername=schools|subset=\"school_type\" = '{school_type}'"
            by_postcode = os.path.join(work, f"postcodes_{kind}.gpkg")
            run(runner, "placegap:costsurfacetraveltime", dict(parameters, ORIGINS=joined, SERVICES=services, OUTPUT=by_postcode))
            sums = {}
            postcodes_unreached = 0
            for row in read_rows(by_postcode, ["dz_code", "minutes"]):
                if row["dz_code"] is None:
                    continue
                entry = sums.setdefault(row["dz_code"], [])
                if row["minutes"] is not None:
                    entry.append(row["minutes"])
                else:
                    postcodes_unreached += 1
            postcode_mean = {dz: (statistics.fmean(values) if values else None) for dz, values in sums.items()}
            by_zone = os.path.join(work, f"zones_{kind}.gpkg")
            run(runner, "placegap:costsurfacetraveltime", dict(parameters, ORIGINS=f"{gpkg}|layername=data_zones", SERVICES=services, OUTPUT=by_zone))
            zone_point = {row["dz_code"]: row["minutes"] for row in read_rows(by_zone, ["dz_code", "minutes"])}
            without_postcode = sum(1 for z in zones if z["dz_code"] not in postcode_mean)
            print_table(f"Nearest {kind} school: mean over the zone's postcodes vs SIMD `{simd_field}` ({without_postcode} zone(s) hold no postcode point; {postcodes_unreached} postcode(s) reach no school and are left out of their zone's mean)", compare(zones, postcode_mean, simd_field))
            print_table(f"Nearest {kind} school: from the zone's point on surface vs SIMD `{simd_field}`", compare(zones, zone_point, simd_field))


if __name__ == "__main__":
    main()
