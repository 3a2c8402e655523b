#!/usr/bin/env python3
"""A road-like network generator for the travel time benchmarks.

Grids are the worst case for route planners that prepare the graph (contraction) and say little
about real roads, and no open Scottish road network is at hand; this draws a network with the
shape of rural Scotland's roads instead, deterministic for a seed:

  * settlements with a heavy-tailed size distribution (Pareto, shape 1.1: many hamlets, a few
    towns and one or two cities) placed at random over the extent;
  * islands: discs of land off the mainland (a 2-8 km sea channel around each), whose
    settlements are joined by roads among themselves only; the nearest island or mainland
    settlement across the water is reached by a ferry (OS Open Roads' ferry links: crossing
    minutes at 25 km/h plus 10 minutes of loading), or by a bridge where the channel is under 3 km;
  * in each settlement a street network: a jittered grid of local roads about 120 m apart whose
    side grows with the square root of its size, 8 % of its streets missing and 5 % one-way;
  * between settlements, on each landmass, three tiers: trunk roads ("A Road") join each of the
    largest 3 % of settlements to its two nearest peers, main roads ("B Road") each of the largest
    15 % to its two nearest, minor roads ("Minor Road") every settlement to its three nearest;
    each road a gently bending line with a junction every 1-2 km; a third of junctions have a dead-end lane
    ("Local Access Road") of 1-3 links to farms.

Road classes are OS Open Roads' `function` values, so PlaceGap takes its own default speeds
(A Road 72, B Road 56, Minor Road 48, Local Road 32, Local Access Road 24 km/h) through
ROAD_CLASS_FIELD=function and FERRY_FIELD=ferry_minutes; the file also carries those speeds
(`speed`; a ferry's, that of its crossing) and each link's seconds for the peers. Lines meet only at shared end points.

  roadlike_network.py FOLDER [--links 1000000] [--seed 7] [--extent x0,y0,x1,y1] [--islands 40]
writes FOLDER/roadlike.csv and FOLDER/roadlike.gpkg (layer network, EPSG:27700).
"""
import argparse
import csv
import math
import os
import random

SPEEDS = {"A Road": 72, "B Road": 56, "Minor Road": 48, "Local Road": 32, "Local Access Road": 24}
FERRY_KMH, FERRY_LOADING_MINUTES = 25.0, 10.0
# The Northern Alliance's extent in British National Grid (Kintyre to Shetland, St Kilda to Peterhead).
NORTHERN_ALLIANCE = (60000.0, 600000.0, 480000.0, 1220000.0)
STREET_SPACING = 120.0
# Roads between settlements: among the largest share of settlements (on one landmass), each joined to its nearest few.
ROAD_TIERS = ((0.03, "A Road", 2), (0.15, "B Road", 2), (1.0, "Minor Road", 3))


class RoadlikeNetwork:
    """Nodes (x, y), links (from, to, inner vertices, function, one-way, ferry minutes or None)."""

    def __init__(self):
        self.nodes, self.links, self.index = [], [], {}

    def node(self, x, y):
        key = (round(x, 1), round(y, 1))
        if key not in self.index:
            self.index[key] = len(self.nodes)
            self.nodes.append(key)
        return self.index[key]

    def link(self, a, b, function, inner=(), oneway=False, ferry=None):
        if a != b:
            self.links.append((a, b, list(inner), function, oneway, ferry))

    def length(self, link):
        a, b, inner, _, _, _ = link
        points = [self.nodes[a]] + inner + [self.nodes[b]]
        return sum(math.dist(p, q) for p, q in zip(points, points[1:]))

    def seconds(self, link):
        if link[5] is not None:
            return link[5] * 60.0
        return self.length(link) / (SPEEDS[link[3]] / 3.6)


def place_settlements(rng, count, extent, islands):
    """(x, y, size, landmass): landmass -1 is the mainland, k the k-th island."""
    x0, y0, x1, y1 = extent
    settlements = []
    while len(settlements) < count:
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        land = -1
        for k, (cx, cy, radius, channel) in enumerate(islands):
            distance = math.hypot(x - cx, y - cy)
            if distance < radius:
                land = k
            elif distance < radius + channel:
                land = None  # at sea
        if land is None:
            continue
        size = min(300000.0, 40.0 * rng.random() ** (-1.0 / 1.1))
        settlements.append((x, y, size, land))
    return settlements


def draw_streets(rng, network, x, y, size):
    """A settlement's street grid; returns the node at its centre."""
    side = max(1, int(math.sqrt(size / 60.0)))
    grid = {}
    for i in range(side):
        for j in range(side):
            jitter = STREET_SPACING * 0.2
            grid[i, j] = network.node(x + (i - side // 2) * STREET_SPACING + rng.uniform(-jitter, jitter),
                                      y + (j - side // 2) * STREET_SPACING + rng.uniform(-jitter, jitter))
    for (i, j), a in grid.items():
        for b in (grid.get((i + 1, j)), grid.get((i, j + 1))):
            if b is not None and (rng.random() >= 0.08 or i == side // 2 or j == side // 2):
                network.link(a, b, "Local Road", oneway=rng.random() < 0.05)
    return grid[side // 2, side // 2]


def draw_road(rng, network, a, b, function):
    """A bending road from node a to node b with junctions every 1-2 km and farm lanes off some."""
    (xa, ya), (xb, yb) = network.nodes[a], network.nodes[b]
    length = math.hypot(xb - xa, yb - ya)
    pieces = max(1, int(length / rng.uniform(1000.0, 2000.0)))
    bend = rng.uniform(-0.08, 0.08) * length
    nx, ny = (-(yb - ya) / length, (xb - xa) / length) if length else (0.0, 0.0)

    def along(t):
        offset = bend * math.sin(math.pi * t)
        return xa + (xb - xa) * t + nx * offset, ya + (yb - ya) * t + ny * offset

    previous = a
    for k in range(1, pieces + 1):
        t0, t1 = (k - 1) / pieces, k / pieces
        end = b if k == pieces else network.node(*along(t1))
        inner = [along(t0 + (t1 - t0) * s / 4.0) for s in (1, 2, 3)]
        network.link(previous, end, function, [(round(px, 1), round(py, 1)) for px, py in inner])
        if k < pieces and rng.random() < 1.0 / 3.0:
            draw_lane(rng, network, end, nx, ny)
        previous = end


def draw_lane(rng, network, start, nx, ny):
    side = 1 if rng.random() < 0.5 else -1
    x, y = network.nodes[start]
    previous = start
    for _ in range(rng.randint(1, 3)):
        step = rng.uniform(300.0, 900.0)
        x += side * nx * step + rng.uniform(-200.0, 200.0)
        y += side * ny * step + rng.uniform(-200.0, 200.0)
        here = network.node(x, y)
        network.link(previous, here, "Local Access Road")
        previous = here


def nearest(points, k, queries, candidates):
    """For each of queries (indices into points), the k nearest other candidates, by a grid of buckets."""
    if not candidates:
        return [[] for _ in queries]
    xs = [points[c][0] for c in candidates]
    ys = [points[c][1] for c in candidates]
    cell = max(1.0, math.sqrt((max(xs) - min(xs) + 1) * (max(ys) - min(ys) + 1) / len(candidates)) * 2)
    buckets = {}
    for c in candidates:
        buckets.setdefault((int(points[c][0] // cell), int(points[c][1] // cell)), []).append(c)
    low_i, high_i = min(i for i, _ in buckets), max(i for i, _ in buckets)
    low_j, high_j = min(j for _, j in buckets), max(j for _, j in buckets)
    result = []
    for p in queries:
        px, py = points[p][0], points[p][1]
        bx, by = int(px // cell), int(py // cell)
        last = max(abs(bx - low_i), abs(bx - high_i), abs(by - low_j), abs(by - high_j))  # the ring holding the farthest bucket
        found, ring = [], 0
        while True:
            for i in range(bx - ring, bx + ring + 1):
                for j in range(by - ring, by + ring + 1):
                    if max(abs(i - bx), abs(j - by)) == ring:
                        found.extend(c for c in buckets.get((i, j), []) if c != p)
            # One ring past the k-th found, as a nearer one may lie in the next ring's corner.
            if len(found) >= k and ring >= 1 or ring >= last:
                break
            ring += 1
        found.sort(key=lambda c: (math.hypot(points[c][0] - px, points[c][1] - py), c))
        result.append(found[:k])
    return result


def make_islands(rng, count, extent):
    x0, y0, x1, y1 = extent
    span = min(x1 - x0, y1 - y0)
    return [(rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(0.01, 0.06) * span, rng.uniform(2000.0, 8000.0))
            for _ in range(count)]


def generate(links=1000000, seed=7, extent=NORTHERN_ALLIANCE, island_count=40):
    """A network of about links links: settlements are counted to suit, then recounted (at most
    twice) when the links come out more than 5 % off, as denser settlements have shorter roads."""
    count = max(20, int(links / 16))
    for _ in range(3):
        network = generate_with(count, seed, extent, island_count)
        if abs(len(network.links) - links) <= 0.05 * links:
            break
        count = max(20, int(count * links / len(network.links)))
    return network


def generate_with(count, seed, extent, island_count):
    rng = random.Random(seed)
    network = RoadlikeNetwork()
    islands = make_islands(rng, island_count, extent)
    settlements = place_settlements(rng, count, extent, islands)
    centres = [draw_streets(rng, network, x, y, size) for x, y, size, _ in settlements]
    ranked = sorted(range(len(settlements)), key=lambda s: -settlements[s][2])
    rank = {s: r for r, s in enumerate(ranked)}

    lands = {}
    for s, (_, _, _, land) in enumerate(settlements):
        lands.setdefault(land, []).append(s)
    drawn = set()
    for share, function, neighbours in ROAD_TIERS:
        for land, members in sorted(lands.items()):
            tier = [s for s in members if rank[s] < share * len(settlements)]
            for s, nearby in zip(tier, nearest(settlements, neighbours, tier, tier)):
                for t in nearby:
                    if (min(s, t), max(s, t)) not in drawn:
                        drawn.add((min(s, t), max(s, t)))
                        draw_road(rng, network, centres[s], centres[t], function)
    # Each island's largest settlement to the nearest settlement on other land: a bridge over a narrow channel, else a ferry.
    for land, members in sorted(lands.items()):
        if land == -1:
            continue
        port = min(members, key=lambda s: rank[s])
        others = [s for s in range(len(settlements)) if settlements[s][3] != land]
        if not others:
            continue
        across = nearest(settlements, 1, [port], others)[0][0]
        gap = math.dist(settlements[port][:2], settlements[across][:2])
        if islands[land][3] < 3000.0:
            draw_road(rng, network, centres[port], centres[across], "B Road")
        else:
            minutes = round(gap / 1000.0 / FERRY_KMH * 60.0 + FERRY_LOADING_MINUTES, 1)
            network.link(centres[port], centres[across], "Ferry", ferry=minutes)
    return network


def write(network, folder):
    """The network as CSV (wkt, function, speed, dir, ferry_minutes, seconds) and as a GeoPackage layer."""
    path = os.path.join(folder, "roadlike.csv")
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["wkt", "function", "speed", "dir", "ferry_minutes", "seconds"])
        for link in network.links:
            a, b, inner, function, oneway, ferry = link
            points = [network.nodes[a]] + inner + [network.nodes[b]]
            wkt = "LINESTRING (%s)" % ", ".join("%r %r" % p for p in points)
            # A ferry's speed is that of its crossing, so tools that cost by speed alone time it alike.
            speed = SPEEDS[function] if ferry is None else round(3.6 * network.length(link) / (ferry * 60.0), 6)
            writer.writerow([wkt, function, speed, "FWD" if oneway else "BOTH", "" if ferry is None else ferry, "%.6f" % network.seconds(link)])
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--links", type=int, default=1000000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--extent", default=",".join("%g" % v for v in NORTHERN_ALLIANCE))
    parser.add_argument("--islands", type=int, default=40)
    args = parser.parse_args()
    network = generate(args.links, args.seed, tuple(float(v) for v in args.extent.split(",")), args.islands)
    path = write(network, args.folder)
    ferries = sum(1 for link in network.links if link[5] is not None)
    print("%s: %d nodes, %d links (%d ferries)" % (path, len(network.nodes), len(network.links), ferries))


if __name__ == "__main__":
    main()
