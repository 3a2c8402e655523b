#!/usr/bin/env python3
"""Prints the main job's table: per council, the data zones classed, the primary schools with an
ACEL reading return (published, suppressed or banded), the reading attainment gap between council quintiles 1 and 5, and the
slope index of inequality with its 95 % interval, and the range each can take whatever the
suppressed and banded figures are; then where the outputs are.

    print_gap_table.py SAMPLE_GPKG OUTPUT_FOLDER

Reads the GeoPackages (SQLite files) with Python's standard library only."""
import os
import sqlite3
import sys


def rows(path, sql):
    """Rows of a query on the single layer of a GeoPackage, as dicts; {layer} names the layer."""
    with sqlite3.connect("file:%s?mode=ro" % path, uri=True) as db:
        db.row_factory = sqlite3.Row
        layers = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
        if len(layers) != 1:
            sys.exit("%s holds %d layers, not one" % (path, len(layers)))
        return [dict(r) for r in db.execute(sql.format(layer='"%s"' % layers[0]))]


def number(value, digits=1):
    return "-" if value is None else "%.*f" % (digits, value)


def span(low, high):
    return "-" if low is None or high is None else "%s to %s" % (number(low), number(high))


def print_table(table):
    """Prints rows of text cells: the first left-aligned, the rest right-aligned, a rule under the header."""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for i, r in enumerate(table):
        print("  ".join(c.ljust(widths[j]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)))
        if i == 0:
            print("  ".join("-" * w for w in widths))


# The Scottish Government Urban Rural Classification 2016, 8-fold, by code.
UR8_NAMES = ("Large Urban Areas", "Other Urban Areas", "Accessible Small Towns", "Remote Small Towns",
             "Very Remote Small Towns", "Accessible Rural Areas", "Remote Rural Areas", "Very Remote Rural Areas")


def print_urban_rural_table(out):
    """Per urban-rural class: schools, those the overlay could not class, and the quintile 1 pupils."""
    cells = rows(os.path.join(out, "primary_by_urban_rural.gpkg"),
                 "SELECT class, sum(n_areas) AS schools, "
                 "sum(CASE WHEN bivar_code IS NULL THEN n_areas ELSE 0 END) AS unclassed, "
                 "sum(n_count) AS q1_pupils, "
                 "sum(CASE WHEN dep_class = 1 THEN n_areas ELSE 0 END) AS most_deprived "
                 "FROM {layer} GROUP BY class ORDER BY CAST(class AS INTEGER)")
    header = ("urban-rural class (SGUR 8-fold)", "schools", "not classed", "%", "in most deprived third", "Q1 pupils")
    table = [header]
    for r in cells:
        code = int(r["class"])
        name = "%d %s" % (code, UR8_NAMES[code - 1]) if 1 <= code <= 8 else r["class"]
        table.append((name, str(r["schools"]), str(r["unclassed"]), number(100.0 * r["unclassed"] / r["schools"], 0),
                      str(r["most_deprived"]), number(r["q1_pupils"], 0)))
    print("The same schools by urban-rural class: 'not classed' = no reading return, or one suppressed")
    print("or banded across classes, so the 3 x 3 map leaves the school out; 'in most deprived third' =")
    print("classed schools in SIMD's most deprived third nationally; 'Q1 pupils' = pupils living in")
    print("SIMD quintile 1 zones, the children the quintile view sees.")
    print()
    print_table(table)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    out = sys.argv[2]
    councils = rows(os.path.join(out, "council_quintiles.gpkg"),
                    "SELECT council_code, min(council_name) AS name, count(*) AS zones FROM {layer} "
                    "WHERE quintile IS NOT NULL GROUP BY council_code")
    zones = {r["council_code"]: r["zones"] for r in councils}
    names = {r["council_code"]: r["name"] for r in councils}
    summary = rows(os.path.join(out, "reading_gap.gpkg"), 'SELECT * FROM {layer}')
    # Councils by name, the whole area last.
    summary.sort(key=lambda r: (r["group"] in (None, ""), names.get(r["group"], "")))

    header = ("council", "data zones", "schools", "hidden", "gap (pp)", "gap could be",
              "SII (pp)", "SII 95% interval", "SII could be")
    whole = "Northern Alliance (all)"
    table = [header]
    for row in summary:
        name = names.get(row["group"], whole) if row["group"] not in (None, "") else whole
        table.append((
            name,
            str(zones.get(row["group"], sum(zones.values()))),
            str(row["n_areas"]),
            str(row["n_suppressed"] + row["n_banded"]),
            number(row["gap"]),
            span(row["gap_min"], row["gap_max"]),
            number(row["sii"]),
            span(row["sii_lo"], row["sii_hi"]),
            span(row["sii_min"], row["sii_max"]),
        ))
    print("Primary reading attainment (ACEL 2021/22, P1/P4/P7 combined) by SIMD 2020v2 quintile")
    print("within each council, population-weighted; schools weighted by their roll. Gap = quintile 5")
    print("(least deprived) minus quintile 1 (most deprived); SII = slope index of inequality from")
    print("the most to the least deprived end; both in percentage points.")
    print("schools = primary schools with an ACEL reading return; hidden = of those, published as")
    print("suppressed ([c]) or as a band (97-100%): they are estimated within their intervals, and")
    print("'could be' is the range the figure takes whatever the hidden values are;")
    print("'-' = no estimate: no school in quintile 1 or 5 (the SII then uses the quintiles there")
    print("are), or a quintile whose every figure is hidden (only 'could be' speaks for it).")
    print()
    print_table(table)
    print()
    print_urban_rural_table(out)
    print()
    print("Outputs in %s:" % os.path.abspath(out))
    for name, what in (("council_quintiles.gpkg", "data zones with council quintiles and deciles"),
                       ("primary_schools.gpkg", "primary schools with their zone's council quintile"),
                       ("primary_bivariate.gpkg", "primary schools in 3 x 3 deprivation-attainment classes"),
                       ("primary_by_urban_rural.gpkg", "those classes counted per urban-rural class"),
                       ("reading_by_quintile.gpkg", "mean reading attainment by council and quintile"),
                       ("reading_gap.gpkg", "gap, ratio, SII and RII with 95 % intervals per council")):
        print("  %-28s %s" % (name, what))
    print("Sample data: %s" % os.path.abspath(sys.argv[1]))


if __name__ == "__main__":
    main()
