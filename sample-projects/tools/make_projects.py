"""Writes the PlaceGap teaching projects (sample-projects/*.qgs) from the built GeoPackage.

Run with the Python that comes with QGIS (Debian: python3-qgis), after building
sample-projects/northern_alliance.gpkg with placegap:buildsampledata:

    QT_QPA_PLATFORM=offscreen python3 sample-projects/tools/make_projects.py

The projects open the GeoPackage by relative path, so the .qgs files and
northern_alliance.gpkg must sit in one folder.
"""
import os
import sys

from qgis.core import (
    QgsApplication, QgsBookmark, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsGraduatedSymbolRenderer,
    QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemScaleBar,
    QgsLayoutPoint, QgsLayoutSize, QgsMarkerSymbol, QgsPrintLayout, QgsProject, 
    QgsReferencedRectangle, QgsRendererCategory, QgsRendererRange, QgsSingleSymbolRenderer, QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.dirname(HERE)
GPKG = "northern_alliance.gpkg"
ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0: Scottish Government "
    "(SIMD 2020v2, Urban Rural Classification 2016, school roll and locations 2023, school summary statistics 2024, "
    "ACEL 2021/22). Data zone boundaries: Copyright Scottish Government, contains OS data (c) Crown copyright and "
    "database right 2021. Council areas: ONS, contains OS data (c) Crown copyright and database right 2024. "
    "Hospitals: Public Health Scotland / Improvement Service. Coastline: GSHHG 2.3.7, Wessel & Smith, LGPL-3.0+."
)
VIRIDIS5 = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]
# SGUR 2016 classes in the official order, urban (dark) to very remote rural (light).
UR8_COLOURS = ["#7a0177", "#c51b8a", "#f768a1", "#fbb4b9", "#feebe2", "#006837", "#78c679", "#d9f0a3"]
UR8_NAMES = ["Large Urban Areas", "Other Urban Areas", "Accessible Small Towns", "Remote Small Towns",
             "Very Remote Small Towns", "Accessible Rural Areas", "Remote Rural Areas", "Very Remote Rural Areas"]


def layer(project, table, name, subset=""):
    vl = QgsVectorLayer(f"{os.path.join(FOLDER, GPKG)}|layername={table}", name, "ogr")
    if not vl.isValid():
        sys.exit(f"Cannot open layer {table} of {GPKG}: build it first with placegap:buildsampledata")
    if subset:
        vl.setSubsetString(subset)
    project.addMapLayer(vl)
    return vl


def style_file(vl, qml):
    message, ok = vl.loadNamedStyle(os.path.join(FOLDER, "..", "styles", qml))
    if not ok:
        sys.exit(f"Cannot load style {qml}: {message}")


def background(project):
    land = layer(project, "land", "Land")
    land.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#f2efe9", "outline_color": "#c8c4bc", "outline_width": "0.1"})))
    councils = layer(project, "council_areas", "Council areas")
    councils.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#252525", "outline_width": "0.5"})))
    return land, councils


def bookmarks(project, councils):
    manager = project.bookmarkManager()
    for feature in sorted(councils.getFeatures(), key=lambda f: f["council_name"]):
        extent = feature.geometry().boundingBox()
        extent.grow(2000)
        bookmark = QgsBookmark()
        bookmark.setName(feature["council_name"])
        bookmark.setGroup("Northern Alliance councils")
        bookmark.setExtent(QgsReferencedRectangle(extent, councils.crs()))
        manager.addBookmark(bookmark)


def order(project, layers):
    """Top of the layer tree first."""
    root = project.layerTreeRoot()
    for index, vl in enumerate(layers):
        node = root.findLayer(vl.id())
        clone = node.clone()
        root.insertChildNode(index, clone)
        root.removeChildNode(node)


def print_layout(project, title, extent):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # A4 landscape
    layout.setName(title)
    page = layout.pageCollection().page(0)
    width = page.pageSize().width()

    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("Sans Serif", 18, QFont.Bold))
    heading.attemptMove(QgsLayoutPoint(10, 6))
    heading.attemptResize(QgsLayoutSize(width - 20, 12))
    layout.addLayoutItem(heading)

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(10, 20))
    map_item.attemptResize(QgsLayoutSize(200, 170))
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    legend.attemptMove(QgsLayoutPoint(215, 20))
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(map_item)
    scale.applyDefaultSettings()
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setUnitsPerSegment(50)
    scale.setNumberOfSegments(2)
    scale.attemptMove(QgsLayoutPoint(12, 178))
    layout.addLayoutItem(scale)

    credit = QgsLayoutItemLabel(layout)
    credit.setText(ATTRIBUTION + " Map made [% format_date(now(), 'd MMMM yyyy') %] with PlaceGap.")
    credit.setFont(QFont("Sans Serif", 6))
    credit.attemptMove(QgsLayoutPoint(10, 192))
    credit.attemptResize(QgsLayoutSize(width - 20, 14))
    layout.addLayoutItem(credit)

    project.layoutManager().addLayout(layout)


def finish(project, file_name, title, description, councils, top_layers):
    order(project, top_layers)
    bookmarks(project, councils)
    extent = councils.extent()
    extent.grow(5000)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, councils.crs()))
    print_layout(project, title, extent)
    project.setTitle(title)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(description + "\n\nData: built by placegap:buildsampledata from open data (see sample-projects/DATA.md). " + ATTRIBUTION)
    project.setMetadata(metadata)
    project.writeEntry("Paths", "/Absolute", False)
    path = os.path.join(FOLDER, file_name)
    if not project.write(path):
        sys.exit(f"Cannot write {path}: {project.error()}")
    print("wrote", path)
    # Close the project's GeoPackage connections before the next project opens its own.
    project.clear()


def deprivation_and_attainment():
    project = QgsProject()
    project.setFileName(os.path.join(FOLDER, "deprivation_and_attainment.qgs"))
    land, councils = background(project)
    zones = layer(project, "data_zones", "Data zones by SIMD 2020 quintile (Scotland)")
    style_file(zones, "simd_quintile.qml")
    council_zones = layer(project, "data_zones", "Data zones by population-weighted quintile within council")
    style_file(council_zones, "simd_quintile.qml")
    council_zones.renderer().setClassAttribute("council_quintile")
    schools = layer(project, "schools", "Primary schools: % P1, P4 and P7 achieving expected level in reading (ACEL 2021/22)",
                    "school_type = 'Primary'")
    ranges = []
    for (low, high, colour, label) in [(0, 60, "#d7191c", "under 60 %"), (60, 70, "#fdae61", "60-70 %"),
                                       (70, 80, "#a6d96a", "70-80 %"), (80, 100.0001, "#1a9641", "80 % and over")]:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "#000000", "size": "2.2"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    schools.setRenderer(QgsGraduatedSymbolRenderer("acel_p_reading", ranges))
    council_zones.setOpacity(0.9)
    project.layerTreeRoot().findLayer(council_zones.id()).setItemVisibilityChecked(False)
    finish(project, "deprivation_and_attainment.qgs", "Deprivation and attainment across the Northern Alliance",
           "Teaching session 1. Data zones coloured by SIMD 2020v2 quintile, nationally and within each council "
           "(population-weighted, Public Health Scotland convention), with primary schools coloured by the share of "
           "pupils achieving the expected level in reading. Run PlaceGap's Deprivation and attainment algorithms "
           "(Processing Toolbox > PlaceGap) on these layers for the bivariate map and the attainment gap table.",
           councils, [schools, zones, council_zones, councils, land])


def rurality_and_islands():
    project = QgsProject()
    project.setFileName(os.path.join(FOLDER, "rurality_and_islands.qgs"))
    land, councils = background(project)
    zones = layer(project, "data_zones", "Data zones by urban-rural class (SGUR 2016, 8-fold)")
    categories = []
    for code, (colour, name) in enumerate(zip(UR8_COLOURS, UR8_NAMES), start=1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.1"})
        categories.append(QgsRendererCategory(code, symbol, f"{code} {name}"))
    zones.setRenderer(QgsCategorizedSymbolRenderer("ur8", categories))
    schools = layer(project, "schools", "Rural schools (remote and very remote rural data zones)", "ur8 >= 7")
    schools.setRenderer(QgsCategorizedSymbolRenderer("school_type", [
        QgsRendererCategory("Primary", QgsMarkerSymbol.createSimple({"name": "circle", "color": "#2b83ba", "size": "2"}), "Primary"),
        QgsRendererCategory("Secondary", QgsMarkerSymbol.createSimple({"name": "square", "color": "#d7191c", "size": "2.6"}), "Secondary"),
        QgsRendererCategory("Special", QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#fdae61", "size": "2.4"}), "Special"),
    ]))
    finish(project, "rurality_and_islands.qgs", "Rurality and islands in the Northern Alliance",
           "Teaching session 2. Data zones by the Scottish Government Urban Rural Classification 2016 (8-fold), with the "
           "schools in remote and very remote rural data zones. Island groups (Orkney, Shetland, Na h-Eileanan Siar and "
           "the islands of Argyll and Highland) show where SGURC alone does not tell the whole story.",
           councils, [schools, zones, councils, land])


def travel_to_services():
    project = QgsProject()
    project.setFileName(os.path.join(FOLDER, "travel_to_school_and_services.qgs"))
    land, councils = background(project)
    hospitals = layer(project, "hospitals", "Hospitals")
    hospitals.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"name": "cross_fill", "color": "#e31a1c", "outline_color": "#ffffff", "size": "3"})))
    layers = []
    for field, name in [("drive_secondary", "Drive time to a secondary school (minutes, SIMD 2020)"),
                        ("drive_primary", "Drive time to a primary school (minutes, SIMD 2020)"),
                        ("drive_gp", "Drive time to a GP surgery (minutes, SIMD 2020)")]:
        zones = layer(project, "data_zones", name)
        ranges = []
        for (low, high, colour, label) in [(0, 5, "#ffffcc", "under 5"), (5, 10, "#a1dab4", "5-10"), (10, 20, "#41b6c4", "10-20"),
                                           (20, 40, "#2c7fb8", "20-40"), (40, 1000, "#253494", "40 and over")]:
            ranges.append(QgsRendererRange(low, high, QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.1"}), label))
        zones.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))
        layers.append(zones)
    for hidden in layers[1:]:
        project.layerTreeRoot().findLayer(hidden.id()).setItemVisibilityChecked(False)
    # Layers with a subset filter open last: GDAL 3.6 fails to open further layers of the same
    # GeoPackage in this process once one is filtered.
    schools = layer(project, "schools", "Secondary schools", "school_type = 'Secondary'")
    schools.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"name": "square", "color": "#d7191c", "size": "2.4"})))
    finish(project, "travel_to_school_and_services.qgs", "Travel to school and services in the Northern Alliance",
           "Teaching session 3. The Scottish Government's drive times (SIMD 2020 access indicators) from each data zone to "
           "the nearest secondary school, primary school and GP, with secondary schools and hospitals. To compute your own "
           "times, add a road network (for example an OpenStreetMap extract of Scotland read with the OSM driver, 'lines' "
           "layer) and run PlaceGap's Service accessibility algorithms (Travel time matrix, Nearest service, Service "
           "coverage, Floating catchment, Service areas) with the schools or hospitals as services.",
           councils, [hospitals, schools] + layers + [councils, land])


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    os.chdir(FOLDER)
    deprivation_and_attainment()
    rurality_and_islands()
    travel_to_services()
    app.exitQgis()
