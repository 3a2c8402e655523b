#!/usr/bin/python3
"""Writes the bundled .qml styles in styles/ (except the deprivation and SIMD quantile styles).

Run from anywhere with QGIS's Python:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 styles/tools/make_styles.py
Each style is built on an empty memory layer holding the field it classifies and saved with
saveNamedStyle, so the files match what the installed QGIS writes. tests/common/teststyles.cpp
holds the expectations (field, classes) for every file written here.
"""
import os
import sys

# A fixed hash seed keeps the XML attribute order, and so the files, the same from run to run.
os.environ["QT_HASH_SEED"] = "0"

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationQuantile,
    QgsGradientColorRamp,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRuleBasedRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsColorRampShader,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from palettes import ACCESS_RAMP, BANDS, COUNTS, DEGURBA, DEGURBA_COLOURS, FLAGS, ISLAND, LISA, SHARE, SMOD, STEVENS, UR2, UR2_COLOURS, UR3, UR3_COLOURS, UR6, UR6_COLOURS, UR8, UR8_COLOURS  # noqa: E402

QGS = QgsApplication([], False)
QGS.initQgis()

STYLES_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

NULL_GREY = "#bdbdbd"
OUTLINE = "#ffffff"


def symbol(geometry, colour, outline=OUTLINE, alpha=1.0, brush="solid", width=None, marker="circle"):
    """A plain symbol of one colour for 'polygon', 'point' or 'line' layers."""
    if geometry == "polygon":
        s = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": "0.1" if width is None else width, "style": brush})
    elif geometry == "point":
        s = QgsMarkerSymbol.createSimple({"color": colour, "outline_color": "#333333" if marker == "circle" else colour, "outline_width": "0.2" if marker == "circle" else "0.5", "size": "2.4", "name": marker})
    else:
        s = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.6" if width is None else width})
    s.setOpacity(alpha)
    return s


def layer(geometry, field, field_type):
    uri = {"polygon": "Polygon", "point": "Point", "line": "LineString"}[geometry]
    return QgsVectorLayer(f"{uri}?crs=EPSG:27700&field={field}:{field_type}", "style", "memory")


def save(vl, renderer, name):
    vl.setRenderer(renderer)
    path = os.path.join(STYLES_DIR, name)
    message, ok = vl.saveNamedStyle(path)
    if not ok:
        sys.exit(f"{name}: {message}")
    print("wrote", path)


def categorized(name, geometry, field, field_type, classes, null_label=None, null_symbol=None):
    """classes: (value, label, colour[, symbol kwargs]) in legend order; null_symbol: kwargs of the NULL class's symbol."""
    vl = layer(geometry, field, field_type)
    categories = []
    for entry in classes:
        value, label, colour = entry[:3]
        kwargs = entry[3] if len(entry) > 3 else {}
        categories.append(QgsRendererCategory(value, symbol(geometry, colour, **kwargs), label))
    if null_label:
        categories.append(QgsRendererCategory("", symbol(geometry, **(null_symbol or {"colour": NULL_GREY})), null_label))
    save(vl, QgsCategorizedSymbolRenderer(field, categories), name)


def graduated(name, geometry, field, ranges, alpha=1.0, order_descending=False):
    """ranges: (lower, upper, label, colour) in legend order."""
    vl = layer(geometry, field, "double")
    renderer = QgsGraduatedSymbolRenderer(field, [QgsRendererRange(lo, hi, symbol(geometry, colour, outline=colour if alpha < 1 else OUTLINE, alpha=alpha), label) for lo, hi, label, colour in ranges])
    if order_descending:
        # Wider bands first, so nearer bands are drawn on top of them.
        renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(field, False)]))
        renderer.setOrderByEnabled(True)
    save(vl, renderer, name)


def banded_with_missing(name, geometry, field, ranges, missing_label, missing_symbol):
    """Bands as rules, low < value <= high as a graduated renderer classes them (the first band
    from its low end included, the last open-ended), in legend order, then an ELSE rule for
    features with no value, which a graduated renderer would not draw."""
    vl = layer(geometry, field, "double")
    root = QgsRuleBasedRenderer.Rule(None)
    for index, (lo, hi, label, colour) in enumerate(ranges):
        lower = f'"{field}" >= {lo:g}' if index == 0 else f'"{field}" > {lo:g}'
        condition = lower + ("" if index == len(ranges) - 1 else f' AND "{field}" <= {hi:g}')
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol(geometry, colour), 0, 0, condition, label))
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol(geometry, **missing_symbol), 0, 0, "ELSE", missing_label))
    save(vl, QgsRuleBasedRenderer(root), name)


# --- Deprivation x attainment: bivariate classes ---------------------------------------------
# Joshua Stevens' pink-teal 3x3 scheme (colour-blind safe): pink grows with deprivation, teal
# with attainment, so "most deprived / low attainment" is the strong pink corner and "most
# deprived / high attainment" (beating the odds) the dark corner.
DEPRIVATION_WORDS = {
    2: ["more deprived", "less deprived"],
    3: ["most deprived", "mid deprivation", "least deprived"],
    4: ["most deprived", "more deprived", "less deprived", "least deprived"],
    5: ["most deprived", "more deprived", "mid deprivation", "less deprived", "least deprived"],
}
ATTAINMENT_WORDS = {
    2: ["low", "high"],
    3: ["low", "mid", "high"],
    4: ["low", "lower-mid", "upper-mid", "high"],
    5: ["lowest", "low", "mid", "high", "highest"],
}


# An area or school with no class: hatched or a cross in orange, which no class's colour
# resembles (a grey fill read as the mid/mid class), and words that say why.
BIVARIATE_NO_CLASS = "No class: attainment not published (suppressed or banded across classes) or missing"
NO_CLASS = "#e6550d"


def mix(a, b, t):
    ca, cb = QColor(a), QColor(b)
    return QColor(round(ca.red() + (cb.red() - ca.red()) * t), round(ca.green() + (cb.green() - ca.green()) * t), round(ca.blue() + (cb.blue() - ca.blue()) * t)).name()


def bivariate_colour(deprivation_step, attainment_step, n):
    """Colour of a cell; steps run 0..n-1 (deprivation: least -> most deprived)."""
    if n == 3:
        return STEVENS[deprivation_step][attainment_step]
    u, v = deprivation_step / (n - 1), attainment_step / (n - 1)
    low = mix(STEVENS[0][0], STEVENS[2][0], u)
    high = mix(STEVENS[0][2], STEVENS[2][2], u)
    return mix(low, high, v)


for n in (2, 3, 4, 5):
    classes = []
    for d in range(1, n + 1):  # deprivation class 1 = most deprived
        for a in range(1, n + 1):  # attainment class 1 = lowest
            label = f"{DEPRIVATION_WORDS[n][d - 1]} / {ATTAINMENT_WORDS[n][a - 1]} attainment"
            classes.append((f"{d}-{a}", label, bivariate_colour(n - d, a - 1, n)))
    categorized(f"bivariate_{n}x{n}.qml", "polygon", "bivar_code", "string", classes, BIVARIATE_NO_CLASS, {"colour": NO_CLASS, "outline": NO_CLASS, "brush": "b_diagonal"})
    categorized(f"bivariate_{n}x{n}_points.qml", "point", "bivar_code", "string", classes, BIVARIATE_NO_CLASS, {"colour": NO_CLASS, "marker": "cross2"})



def bivariate_legend_grid(n):
    """An n x n legend grid (SVG) for print layouts: deprivation grows to the right, attainment upwards."""
    cell, left = 40, 70
    size = cell * n
    # Room for the axis labels (about 150 px) even beside a small grid.
    top = 20 + max(size, 150) - size
    width = left + max(size, 150) + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + size + 30}" '
             f'viewBox="0 0 {width} {top + size + 30}" font-family="sans-serif" font-size="12">']
    for d in range(1, n + 1):  # column: class 1 (most deprived) at the right
        for a in range(1, n + 1):  # row: class 1 (lowest attainment) at the bottom
            x = left + (n - d) * cell
            y = top + (n - a) * cell
            colour = bivariate_colour(n - d, a - 1, n)
            parts.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{colour}" stroke="#ffffff" stroke-width="1"><title>{d}-{a}</title></rect>')
    parts.append(f'<text x="{left}" y="{top + size + 20}">more deprived (SIMD) &#8594;</text>')
    parts.append(f'<text transform="translate({left - 10},{top + size}) rotate(-90)">higher attainment &#8594;</text>')
    parts.append('</svg>\n')
    path = os.path.join(STYLES_DIR, f"bivariate_{n}x{n}_legend.svg")
    with open(path, "w", encoding="utf-8") as svg:
        svg.write("\n".join(parts))
    print("wrote", path)


for n in (2, 3, 4, 5):
    bivariate_legend_grid(n)

# --- Bivariate LISA clusters, GeoDa's colours ------------------------------------------------
categorized("lisa_clusters.qml", "polygon", "cluster", "integer", LISA, "No result (NULL)")
categorized("lisa_clusters_points.qml", "point", "cluster", "integer", [c[:3] for c in LISA], "No result (NULL)")

# --- Attainment residuals: above / below / as expected ---------------------------------------
categorized("residual_flag.qml", "polygon", "flag", "string", FLAGS, "Not fitted (NULL)")
categorized("residual_flag_points.qml", "point", "flag", "string", FLAGS, "Not fitted (NULL)")

# --- Travel times: 0-5-10-15-30-60+ minutes --------------------------------------------------
# Origins no service can be reached from (NULL minutes: another island, a disconnected road)
# stay on the map as a class of their own instead of vanishing.
UNREACHABLE = "not reachable (no route)"
banded_with_missing("travel_time_polygons.qml", "polygon", "minutes", BANDS, UNREACHABLE, {"colour": "#636363", "outline": "#636363", "brush": "b_diagonal"})
banded_with_missing("travel_time_points.qml", "point", "minutes", BANDS, UNREACHABLE, {"colour": "#636363", "marker": "cross2"})
banded_with_missing("travel_time_lines.qml", "line", "minutes", BANDS, UNREACHABLE, {"colour": "#969696"})
graduated("service_areas.qml", "polygon", "minutes", BANDS, alpha=0.45, order_descending=True)

# --- Catchment profile: share of people in deprivation quintile 1 ----------------------------
graduated("catchment_share_q1.qml", "polygon", "pct_q1", SHARE)

# --- Scottish Government urban-rural classification (SGURC), official class order -----------
for fold, names, colours in ((2, UR2, UR2_COLOURS), (3, UR3, UR3_COLOURS), (6, UR6, UR6_COLOURS), (8, UR8, UR8_COLOURS)):
    categorized(f"urban_rural_{fold}.qml", "polygon", f"ur{fold}", "integer", [(i + 1, f"{i + 1} {name}", colour) for i, (name, colour) in enumerate(zip(names, colours))], "Not classified (NULL)")

# --- Island flags (placegap:islandflag's on_island; the sample data's island) -----------------
categorized("island_flag.qml", "polygon", "on_island", "integer", ISLAND, "Not placed (NULL)")
categorized("island_flag_points.qml", "point", "on_island", "integer", ISLAND, "Not placed (NULL)")

# --- Service counts within the first threshold (placegap:servicecoverage) --------------------
# The analysis outputs name the field after the threshold (within_10, ...): the post-processor
# points the renderer at it; with summed capacities it recomputes the classes from the data.
graduated("service_counts.qml", "polygon", "within", [(lo - 0.5 if lo > 0 else -0.5, hi + 0.5, label, colour) for lo, hi, label, colour in COUNTS])
graduated("service_counts_points.qml", "point", "within", [(lo - 0.5 if lo > 0 else -0.5, hi + 0.5, label, colour) for lo, hi, label, colour in COUNTS])


# --- 2SFCA access scores: quintiles of the data, recomputed on load ---------------------------
def access_style(name, geometry, field):
    vl = layer(geometry, field, "double")
    ramp = QgsGradientColorRamp(QColor(ACCESS_RAMP[0]), QColor(ACCESS_RAMP[1]))
    method = QgsClassificationQuantile()
    method.setLabelPrecision(6)
    method.setLabelTrimTrailingZeroes(True)
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol(geometry, ACCESS_RAMP[0]))
    renderer.setSourceColorRamp(ramp)
    renderer.setClassificationMethod(method)
    # Placeholder quintiles of 0..1; replaced by the data's own when an output loads.
    for i in range(5):
        renderer.addClassRange(QgsRendererRange(i / 5, (i + 1) / 5, symbol(geometry, ramp.color(i / 4)), f"quintile {i + 1}"))
    save(vl, renderer, name)


access_style("access_scores.qml", "polygon", "access")
access_style("access_scores_points.qml", "point", "access")
access_style("supply_ratios.qml", "polygon", "ratio")
access_style("supply_ratios_points.qml", "point", "ratio")

# --- Degree of Urbanisation: areas (level 1) and the grid (GHS-SMOD level 2 codes) ----------
categorized("degurba_areas.qml", "polygon", "degurba", "integer", [(i + 1, name, colour) for i, (name, colour) in enumerate(zip(DEGURBA, DEGURBA_COLOURS))], "Not classified (NULL)")


def paletted(name, classes):
    """A paletted raster style for band 1; classes: (value, label, colour) in legend order."""
    from osgeo import gdal

    path = "/vsimem/placegap_style.tif"
    gdal.GetDriverByName("GTiff").Create(path, 1, 1, 1, gdal.GDT_Byte).FlushCache()
    rl = QgsRasterLayer(path, "style", "gdal")
    rl.setRenderer(QgsPalettedRasterRenderer(rl.dataProvider(), 1, [QgsPalettedRasterRenderer.Class(value, QColor(colour), f"{value} {label}") for value, label, colour in classes]))
    message, ok = rl.saveNamedStyle(os.path.join(STYLES_DIR, name))
    if not ok:
        sys.exit(f"{name}: {message}")
    print("wrote", os.path.join(STYLES_DIR, name))


paletted("degurba_grid.qml", SMOD)


def banded_minutes_raster(name, bands):
    """A discrete pseudocolour style for band 1 in the travel-time bands: a cell takes the colour of
    the band whose upper bound it does not exceed; no data (sea, nothing reached) is left clear."""
    from osgeo import gdal

    path = "/vsimem/placegap_minutes.tif"
    gdal.GetDriverByName("GTiff").Create(path, 1, 1, 1, gdal.GDT_Float32).FlushCache()
    rl = QgsRasterLayer(path, "style", "gdal")
    ramp = QgsColorRampShader(0, bands[-1][0], None, QgsColorRampShader.Discrete)
    items = [QgsColorRampShader.ColorRampItem(upper if upper < 100000 else float("inf"), QColor(colour), label) for low, upper, label, colour in bands]
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(rl.dataProvider(), 1, shader)
    renderer.setClassificationMin(0)
    renderer.setClassificationMax(bands[-1][0])
    rl.setRenderer(renderer)
    rl.setOpacity(0.85)
    message, ok = rl.saveNamedStyle(os.path.join(STYLES_DIR, name))
    if not ok:
        sys.exit(f"{name}: {message}")
    print("wrote", os.path.join(STYLES_DIR, name))


banded_minutes_raster("travel_time_grid.qml", BANDS)

QgsApplication.exitQgis()
