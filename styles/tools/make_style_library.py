#!/usr/bin/python3
"""Writes styles/placegap-style-library.xml, a QGIS style library (QgsStyle::exportXml) with
PlaceGap's colour ramps and main symbols, for Style Manager > Import/Export or the plugin's
"Load styles" action.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 styles/tools/make_style_library.py

tests/common/teststyles.cpp checks the ramp and symbol names written here.
"""
import os
import sys

# A fixed hash seed keeps the XML attribute order, and so the file, the same from run to run.
os.environ["QT_HASH_SEED"] = "0"

from qgis.core import QgsApplication, QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsPresetSchemeColorRamp, QgsStyle  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from palettes import (  # noqa: E402
    BANDS, DEPRIVATION_DECILES, DEPRIVATION_QUINTILES, FLAGS, LISA, MOST_DEPRIVED_OUTLINE, STEVENS, UR2_COLOURS, UR3_COLOURS, UR6_COLOURS, UR8_COLOURS,
)

QGS = QgsApplication([], False)
QGS.initQgis()

PATH = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "placegap-style-library.xml"))
TAG = "PlaceGap"


def ramp(colours):
    """A preset colour scheme: discrete classes, in the order of the styles' legends."""
    return QgsPresetSchemeColorRamp([QColor(c) for c in colours])


style = QgsStyle()
style.createMemoryDatabase()
tag_id = style.addTag(TAG)

RAMPS = {
    "PlaceGap deprivation quintiles": ramp(DEPRIVATION_QUINTILES),
    "PlaceGap deprivation deciles": ramp(DEPRIVATION_DECILES),
    # Row by row, most deprived first; within a row low to high attainment (bivar_code order).
    "PlaceGap bivariate 3x3": ramp([STEVENS[2 - d][a] for d in range(3) for a in range(3)]),
    "PlaceGap LISA clusters": ramp([c[2] for c in LISA]),
    "PlaceGap residual flags": ramp([c[2] for c in FLAGS]),
    "PlaceGap travel time bands": ramp([b[3] for b in BANDS]),
    "PlaceGap urban-rural 2-fold": ramp(UR2_COLOURS),
    "PlaceGap urban-rural 3-fold": ramp(UR3_COLOURS),
    "PlaceGap urban-rural 6-fold": ramp(UR6_COLOURS),
    "PlaceGap urban-rural 8-fold": ramp(UR8_COLOURS),
}
for name, colour_ramp in RAMPS.items():
    if not style.addColorRamp(name, colour_ramp, True):
        sys.exit(f"could not add ramp {name}")
    style.tagSymbol(QgsStyle.ColorrampEntity, name, [TAG])

SYMBOLS = {
    # The most deprived class: viridis purple outlined in dark red, as in the deprivation styles.
    "PlaceGap most deprived": QgsFillSymbol.createSimple({"color": DEPRIVATION_QUINTILES[0], "outline_color": MOST_DEPRIVED_OUTLINE, "outline_width": "0.6"}),
    # LISA areas without neighbours: hatched dark grey.
    "PlaceGap no neighbours": QgsFillSymbol.createSimple({"color": "#464646", "outline_color": "#464646", "outline_width": "0.1", "style": "b_diagonal"}),
    # A service (school, surgery...) on a map of travel times.
    "PlaceGap service": QgsMarkerSymbol.createSimple({"name": "square", "color": "#ffffff", "outline_color": "#222222", "outline_width": "0.5", "size": "3"}),
    # A route to the nearest service.
    "PlaceGap route": QgsLineSymbol.createSimple({"line_color": "#225ea8", "line_width": "0.8"}),
}
for name, symbol in SYMBOLS.items():
    if not style.addSymbol(name, symbol, True):
        sys.exit(f"could not add symbol {name}")
    style.tagSymbol(QgsStyle.SymbolEntity, name, [TAG])

if not style.exportXml(PATH):
    sys.exit(f"could not write {PATH}")
print("wrote", PATH)
QgsApplication.exitQgis()
