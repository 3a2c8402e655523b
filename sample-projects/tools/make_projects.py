"""Writes the PlaceGap teaching projects (sample-projects/*.qgs) from the built GeoPackage.

Run with the Python that comes with QGIS (Debian: python3-qgis), after building
sample-projects/northern_alliance.gpkg with placegap:buildsampledata:

    QT_QPA_PLATFORM=offscreen python3 sample-projects/tools/make_projects.py

The projects open the GeoPackage by relative path, so the .qgs files and
northern_alliance.gpkg must sit in one folder.
"""
import os
import sys
import textwrap

from qgis.core import (
    QgsApplication, QgsBookmark, QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsLayoutFrame,
    QgsLayoutItemAttributeTable, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemScaleBar,
    QgsLayoutItemShape, QgsLayoutPoint, QgsMapLayerLegendUtils, QgsLayoutSize, QgsLayoutTableColumn, QgsLegendStyle, QgsMarkerSymbol, QgsPalLayerSettings, QgsPrintLayout,
    QgsProject, QgsRectangle, QgsReferencedRectangle, QgsRendererRange, QgsSingleSymbolRenderer, QgsTextFormat, QgsUnitTypes,
    QgsVectorLayer, QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "styles", "tools"))
from palettes import STEVENS  # noqa: E402
FOLDER = os.path.dirname(HERE)
GPKG = "northern_alliance.gpkg"
ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0: Scottish Government "
    "(SIMD 2020v2, Urban Rural Classification 2016, school roll and locations 2023, school summary statistics 2024, "
    "ACEL 2021/22). Data zone boundaries: Copyright Scottish Government, contains OS data (c) Crown copyright and "
    "database right 2021. Council areas: ONS, contains OS data (c) Crown copyright and database right 2024. "
    "Hospitals: Public Health Scotland / Improvement Service. Coastline: GSHHG 2.3.7, Wessel & Smith, LGPL-3.0+."
)


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
    """A bookmark per council framing where its people live (its data zones' points on surface,
    with a margin of 5 % and 1 km), not its bounding box: far skerries (Sule Skerry, St Kilda,
    North Rona) would otherwise fill island councils' frames with sea."""
    manager = project.bookmarkManager()
    zones = QgsVectorLayer(os.path.join(FOLDER, GPKG) + "|layername=data_zones", "zones", "ogr")
    points = {}
    for zone in zones.getFeatures():
        points.setdefault(zone["council_code"], []).append(zone.geometry().pointOnSurface().asPoint())
    for feature in sorted(councils.getFeatures(), key=lambda f: f["council_name"]):
        places = points.get(feature["council_code"])
        if places:
            extent = QgsRectangle(min(p.x() for p in places), min(p.y() for p in places), max(p.x() for p in places), max(p.y() for p in places))
        else:
            extent = feature.geometry().boundingBox()
        margin = 0.05 * max(extent.width(), extent.height()) + 1000
        extent.grow(margin)
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


def add_heading(layout, title):
    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("Sans Serif", 18, QFont.Bold))
    heading.attemptMove(QgsLayoutPoint(10, 6))
    heading.attemptResize(QgsLayoutSize(layout.pageCollection().page(0).pageSize().width() - 20, 12))
    layout.addLayoutItem(heading)


def add_credit(layout, made):
    """The attribution and the date, at the foot of the page; made: 'Map' or 'Table'."""
    credit = QgsLayoutItemLabel(layout)
    credit.setText(ATTRIBUTION + f" {made} made [% format_date(now(), 'd MMMM yyyy') %] with PlaceGap.")
    credit.setFont(QFont("Sans Serif", 6))
    credit.attemptMove(QgsLayoutPoint(10, 192))
    credit.attemptResize(QgsLayoutSize(layout.pageCollection().page(0).pageSize().width() - 20, 14))
    layout.addLayoutItem(credit)


def print_layout(project, title, extent):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # A4 landscape
    layout.setName(title)
    add_heading(layout, title)

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(10, 20))
    map_item.attemptResize(QgsLayoutSize(200, 170))
    # setExtent reshapes the item to the extent: widen the extent to the item's shape first, so
    # the map keeps its 200 x 170 mm frame above the scale bar and credits.
    shaped = QgsRectangle(extent)
    aspect = 200 / 170
    if shaped.width() / shaped.height() < aspect:
        grow = (shaped.height() * aspect - shaped.width()) / 2
        shaped.setXMinimum(shaped.xMinimum() - grow)
        shaped.setXMaximum(shaped.xMaximum() + grow)
    else:
        grow = (shaped.width() / aspect - shaped.height()) / 2
        shaped.setYMinimum(shaped.yMinimum() - grow)
        shaped.setYMaximum(shaped.yMaximum() + grow)
    map_item.setExtent(shaped)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    # Only what the map shows: hidden layers and empty classes stay out of the legend.
    legend.setLegendFilterByMapEnabled(True)
    for style, size, bold in ((QgsLegendStyle.Title, 11, True), (QgsLegendStyle.Group, 8, True),
                              (QgsLegendStyle.Subgroup, 8, True), (QgsLegendStyle.SymbolLabel, 7, False)):
        legend.rstyle(style).setFont(QFont("Sans Serif", size, QFont.Bold if bold else QFont.Normal))
    legend.attemptMove(QgsLayoutPoint(215, 20))
    layout.addLayoutItem(legend)
    wrap_legend(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(map_item)
    scale.applyDefaultSettings()
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setUnitsPerSegment(50)
    scale.setNumberOfSegments(2)
    scale.attemptMove(QgsLayoutPoint(12, 178))
    layout.addLayoutItem(scale)

    add_credit(layout, "Map")
    project.layoutManager().addLayout(layout)
    return layout, legend


# The legend starts 215 mm across an A4 landscape page: about 40 characters of 7 pt text fit
# before its right margin, so longer layer names and class labels wrap.
LEGEND_LINE = 40
WRAP = "~"


def wrap_legend(legend):
    """Wraps the legend's long layer names and class labels (the legend's own copy of the layer
    tree, so the Layers panel keeps the names whole)."""
    legend.setWrapString(WRAP)
    legend.setAutoUpdateModel(False)
    model = legend.model()
    for node in model.rootGroup().findLayers():
        if len(node.name()) > LEGEND_LINE:
            node.setCustomProperty("legend/title-label", WRAP.join(textwrap.wrap(node.name(), LEGEND_LINE)))
        for index, legend_node in enumerate(model.layerLegendNodes(node)):
            label = legend_node.data(Qt.DisplayRole) or ""
            if len(label) > LEGEND_LINE:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, WRAP.join(textwrap.wrap(label, LEGEND_LINE)))
        model.refreshLayerLegend(node)


def add_bivariate_grid(layout, legend, layer, x, y):
    """The 3 x 3 bivariate legend as a grid of squares (more deprived to the right, higher
    attainment upwards) in place of the layer's nine legend lines. Drawn with layout shapes, so
    the project needs no file beside it."""
    cell = 9
    for d in range(1, 4):  # column: class 1 (most deprived) at the right
        for a in range(1, 4):  # row: class 1 (lowest attainment) at the bottom
            square = QgsLayoutItemShape(layout)
            square.setShapeType(QgsLayoutItemShape.Rectangle)
            square.setSymbol(QgsFillSymbol.createSimple({"color": STEVENS[3 - d][a - 1], "outline_color": "#ffffff", "outline_width": "0.3"}))
            square.attemptMove(QgsLayoutPoint(x + 8 + (3 - d) * cell, y + 6 + (3 - a) * cell))
            square.attemptResize(QgsLayoutSize(cell, cell))
            square.setId(f"bivariate {d}-{a}")
            layout.addLayoutItem(square)
    # Schools with no class, drawn on the map as an orange cross (bivariate_3x3_points.qml).
    missing = QgsLayoutItemLabel(layout)
    missing.setText("\u2715")
    missing.setFont(QFont("Sans Serif", 8, QFont.Bold))
    missing.setFontColor(QColor("#e6550d"))
    missing.attemptMove(QgsLayoutPoint(x + 7.5, y + 6 + 3 * cell + 6))
    missing.attemptResize(QgsLayoutSize(4, 4))
    layout.addLayoutItem(missing)
    # Rotated items turn about their centre: the vertical label's centre sits beside the grid.
    side = (30, 5)
    side_centre = (x + 4, y + 6 + 1.5 * cell)
    for text, position, size, rotation in (
            (layer.name(), (x, y - 2), (292 - x, 6), 0),
            ("more deprived (SIMD) \u2192", (x + 8, y + 6 + 3 * cell + 1), (45, 5), 0),
            ("No class: attainment not published (suppressed or banded across classes) or missing", (x + 11.5, y + 6 + 3 * cell + 6.3), (292 - x - 11.5, 14), 0),
            ("higher attainment \u2192", (side_centre[0] - side[0] / 2, side_centre[1] - side[1] / 2), side, -90)):
        label = QgsLayoutItemLabel(layout)
        label.setText(text)
        label.setFont(QFont("Sans Serif", 7, QFont.Bold if position == (x, y - 2) else QFont.Normal))
        label.attemptMove(QgsLayoutPoint(*position))
        label.attemptResize(QgsLayoutSize(*size))
        label.setItemRotation(rotation)
        label.setHAlign(Qt.AlignLeft)
        layout.addLayoutItem(label)
    # The grid stands for the layer's classes in the legend.
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    node = root.findLayer(layer.id())
    if node:
        node.parent().removeChildNode(node)


def table_layout(project, title, table_layer, columns, note):
    """A second A4 layout holding one attribute table: columns are (heading, expression)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    width = layout.pageCollection().page(0).pageSize().width()
    add_heading(layout, title)

    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setVectorLayer(table_layer)
    table_columns = []
    for heading_text, expression in columns:
        column = QgsLayoutTableColumn()
        column.setHeading(heading_text)
        column.setAttribute(expression)
        table_columns.append(column)
    table.setColumns(table_columns)
    table.setMaximumNumberOfFeatures(50)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(10, 22))
    frame.attemptResize(QgsLayoutSize(width - 20, 140))
    table.addFrame(frame)

    explanation = QgsLayoutItemLabel(layout)
    explanation.setText(note)
    explanation.setFont(QFont("Sans Serif", 8))
    explanation.attemptMove(QgsLayoutPoint(10, 166))
    explanation.attemptResize(QgsLayoutSize(width - 20, 24))
    layout.addLayoutItem(explanation)

    add_credit(layout, "Table")
    project.layoutManager().addLayout(layout)


def finish(project, file_name, title, description, councils, top_layers, extra_layout=None, map_extras=None):
    order(project, top_layers)
    bookmarks(project, councils)
    extent = councils.extent()
    extent.grow(5000)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, councils.crs()))
    # British National Grid, in metres: the map and its scale bar measure in it.
    project.setCrs(councils.crs())
    layout, legend = print_layout(project, title, extent)
    if map_extras:
        map_extras(layout, legend)
    if extra_layout:
        extra_layout(project)
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


def interval(field, decimals):
    """A layout table expression: 'value (low to high)', or a dash when the value is NULL."""
    def number(name):
        return f"format_number(\"{name}\", {decimals})"
    return (f"if(\"{field}\" is null, '-', {number(field)} || ' (' || {number(field + '_lo')} || ' to ' "
            f"|| {number(field + '_hi')} || ')')")


def deprivation_and_attainment():
    project = QgsProject()
    project.setFileName(os.path.join(FOLDER, "deprivation_and_attainment.qgs"))
    land, councils = background(project)
    zones = layer(project, "data_zones", "SIMD 2020 quintile (Scotland)")
    style_file(zones, "simd_quintile.qml")
    council_zones = layer(project, "data_zones", "SIMD quintile within council (population-weighted)")
    style_file(council_zones, "simd_quintile.qml")
    council_zones.renderer().setClassAttribute("council_quintile")
    bivariate = layer(project, "primary_schools_bivariate", "Primary schools: SIMD x reading")
    style_file(bivariate, "bivariate_3x3_points.qml")
    gap = layer(project, "primary_reading_gap", "Reading attainment gap, SII and RII (primary schools)")
    by_quintile = layer(project, "primary_reading_by_quintile", "Reading attainment by SIMD quintile (primary schools)")
    # Layers with a subset filter open last (see travel_to_services).
    schools = layer(project, "schools", "Primary schools: % at expected level in reading",
                    "school_type = 'Primary'")
    ranges = []
    for (low, high, colour, label) in [(0, 60, "#d7191c", "under 60 %"), (60, 70, "#fdae61", "60-70 %"),
                                       (70, 80, "#a6d96a", "70-80 %"), (80, 100.0001, "#1a9641", "80 % and over")]:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "#000000", "size": "2.2"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    schools.setRenderer(QgsGraduatedSymbolRenderer("acel_p_reading", ranges))
    council_zones.setOpacity(0.9)
    for hidden in (council_zones, schools):
        project.layerTreeRoot().findLayer(hidden.id()).setItemVisibilityChecked(False)

    def gap_table(project):
        table_layout(project, "Reading attainment gap by council: primary schools", gap, [
            ("Council", "coalesce(\"group\", 'All eight councils')"),
            ("Schools", "\"n_areas\""),
            ("Pupils", "format_number(\"weight\", 0)"),
            ("Mean % at level", "format_number(\"mean\", 1)"),
            ("Gap, quintile 5 - 1 (points)", interval("gap", 1)),
            ("SII (points)", interval("sii", 1)),
            ("RII", interval("rii", 2)),
        ], "Share of P1, P4 and P7 pupils achieving the expected level in reading (ACEL 2021/22), by the SIMD 2020v2 "
           "quintile of the school's data zone, weighted by pupil roll; 95 % intervals in brackets. Gap: mean of quintile 5 "
           "(least deprived) minus quintile 1 (most deprived). SII: slope of attainment across the ridit of deprivation; "
           "RII: SII over the mean. A dash marks a measure the data cannot give: the gap needs schools in quintiles 1 and "
           "5, the SII schools in two quintiles or more (Na h-Eileanan Siar's primary schools all lie in one). Made by "
           "placegap:attainmentgap in the model primary_attainment_by_deprivation.model3.")

    finish(project, "deprivation_and_attainment.qgs", "Deprivation and attainment across the Northern Alliance",
           "Teaching session 1. Data zones coloured by SIMD 2020v2 quintile, nationally and within each council "
           "(population-weighted, Public Health Scotland convention); primary schools in 3 x 3 bivariate classes of "
           "their data zone's SIMD quintile and the share of pupils achieving the expected level in reading (pink: "
           "deprived, low attainment; teal: less deprived, high attainment; dark: deprived but high attainment), and "
           "the same schools by reading attainment alone. The tables hold reading attainment by SIMD quintile and the "
           "gap, SII and RII for all schools and each council; the second print layout prints the gap table. All come "
           "from the model primary_attainment_by_deprivation.model3 (Processing Toolbox > PlaceGap > PlaceGap workflows): run it, or PlaceGap's "
           "Deprivation and attainment algorithms, on your own data the same way.",
           councils, [bivariate, schools, councils, zones, council_zones, land, gap, by_quintile], gap_table,
           lambda layout, legend: add_bivariate_grid(layout, legend, bivariate, 240, 138))


def rurality_and_islands():
    project = QgsProject()
    project.setFileName(os.path.join(FOLDER, "rurality_and_islands.qgs"))
    land, councils = background(project)
    zones = layer(project, "data_zones", "Urban-rural class (SGUR 2016, 8-fold)")
    style_file(zones, "urban_rural_8.qml")
    degurba = layer(project, "data_zones", "Degree of Urbanisation (Eurostat/OECD, from 1 km cells)")
    style_file(degurba, "degurba_areas.qml")
    project.layerTreeRoot().findLayer(degurba.id()).setItemVisibilityChecked(False)
    island_zones = layer(project, "data_zones", "Data zones on islands")
    style_file(island_zones, "island_flag.qml")
    island_zones.renderer().setClassAttribute("island")
    project.layerTreeRoot().findLayer(island_zones.id()).setItemVisibilityChecked(False)
    islands = layer(project, "islands", "Inhabited islands (labels: name and population)")
    islands.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#e6550d", "outline_width": "0.5"})))
    labels = QgsPalLayerSettings()
    # The island's own name and its data zones' population, on islands of 500 people or more,
    # with a halo so they read over the urban-rural colours.
    labels.fieldName = "if(population >= 500, name || '\\n' || format_number(population, 0), NULL)"
    labels.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif", 7))
    text.setSize(7)
    text.setColor(QColor("#7f2704"))
    halo = text.buffer()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setColor(QColor("#ffffff"))
    text.setBuffer(halo)
    labels.setFormat(text)
    islands.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    islands.setLabelsEnabled(True)
    # Layers with a subset filter open last (see travel_to_services).
    schools = layer(project, "schools", "Schools in remote and very remote rural areas", "ur8 >= 7")
    style_file(schools, "island_flag_points.qml")
    schools.renderer().setClassAttribute("island")
    for category in range(len(schools.renderer().categories())):
        label = schools.renderer().categories()[category].label()
        schools.renderer().updateCategoryLabel(category, {"Mainland": "Rural school on the mainland", "Island": "Rural school on an island"}.get(label, label))
    finish(project, "rurality_and_islands.qgs", "Rurality and islands in the Northern Alliance",
           "Teaching session 2. Data zones by the Scottish Government Urban Rural Classification 2016 (8-fold) in its "
           "official order; the inhabited islands (land parted from the mainland by sea, from the GSHHG coastline) with "
           "their data zones' population; and the schools in remote and very remote rural data zones, on the mainland or "
           "on an island. Hidden layers mark the data zones that lie mostly on islands, and give each zone's Degree of "
           "Urbanisation (Eurostat/OECD: cities, towns and semi-dense areas, rural areas), the international measure, "
           "from its people spread on 1 km cells (placegap:populationgrid, placegap:degreeofurbanisation): compare it with "
           "SGURC (in both, Aberdeen is the area's only city). SGURC alone does not show "
           "islands: a very remote rural zone on Lewis and one in Sutherland share a class. With a road network that has "
           "ferries, placegap:islandflag tells islands with a bridge or causeway (Skye) from those reached only by ferry, "
           "and gives the ferry-inclusive minutes to the mainland; placegap:urbanruralclassification recomputes the "
           "classes from settlements and drive times.",
           councils, [schools, islands, councils, zones, degurba, island_zones, land])


def difference_style(vl, field):
    """Computed minus published minutes, diverging about zero; a zone with no computed time says so."""
    from qgis.core import QgsRuleBasedRenderer
    root = QgsRuleBasedRenderer.Rule(None)
    classes = [
        (f'"{field}" <= -5', "PlaceGap 5+ min shorter", "#2166ac"),
        (f'"{field}" > -5 AND "{field}" <= -2', "2 - 5 min shorter", "#67a9cf"),
        (f'"{field}" > -2 AND "{field}" < 2', "within 2 min", "#f7f7f7"),
        (f'"{field}" >= 2 AND "{field}" < 5', "2 - 5 min longer", "#ef8a62"),
        (f'"{field}" >= 5', "PlaceGap 5+ min longer", "#b2182b"),
    ]
    for expression, label, colour in classes:
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.1"}), 0, 0, expression, label))
    root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple({"color": "#969696", "outline_color": "#ffffff", "outline_width": "0.1", "style": "b_diagonal"}), 0, 0, "ELSE", "no computed time (no school reached)", elseRule=True))
    vl.setRenderer(QgsRuleBasedRenderer(root))


def travel_to_services():
    project = QgsProject()
    project.setFileName(os.path.join(FOLDER, "travel_to_school_and_services.qgs"))
    land, councils = background(project)
    hospitals = layer(project, "hospitals", "Hospitals")
    # Hospitals as a white cross on dark red, schools as an orange square: told apart in print too.
    hospitals.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"name": "cross_fill", "color": "#ffffff", "outline_color": "#a50f15", "outline_width": "0.6", "size": "3.4"})))
    layers = []

    def published(field, name):
        zones = layer(project, "data_zones", name)
        # The bands and colours of PlaceGap's own travel time outputs (travel_time_polygons.qml),
        # so published and computed minutes read alike.
        style_file(zones, "travel_time_polygons.qml")
        # The style's bands test "minutes" (PlaceGap's output field): here they test the published field.
        for rule in zones.renderer().rootRule().children():
            rule.setFilterExpression(rule.filterExpression().replace('"minutes"', f'"{field}"'))
        layers.append(zones)

    for kind in ("secondary", "primary"):
        published(f"drive_{kind}", f"Drive time to a {kind} school (minutes, SIMD 2020)")
        # Computed by PlaceGap over land and ferries from the shipped data, beside the published figure.
        computed = layer(project, f"travel_{kind}", f"Minutes to a {kind} school over land and ferries (PlaceGap, computed)")
        style_file(computed, "travel_time_polygons.qml")
        layers.append(computed)
        difference = layer(project, f"travel_{kind}", f"Computed minus published, {kind} school (minutes)")
        difference_style(difference, "minus_simd")
        layers.append(difference)
    published("drive_gp", "Drive time to a GP surgery (minutes, SIMD 2020)")
    for hidden in layers[1:]:
        project.layerTreeRoot().findLayer(hidden.id()).setItemVisibilityChecked(False)
    # Layers with a subset filter open last: GDAL 3.6 fails to open further layers of the same
    # GeoPackage in this process once one is filtered.
    schools = layer(project, "schools", "Secondary schools", "school_type = 'Secondary'")
    schools.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"name": "square", "color": "#fd8d3c", "outline_color": "#252525", "size": "2.4"})))
    finish(project, "travel_to_school_and_services.qgs", "Travel to school and services in the Northern Alliance",
           "Teaching session 3. The Scottish Government's drive times (SIMD 2020 access indicators) from each data zone to "
           "the nearest secondary school, primary school and GP, with secondary schools and hospitals; beside them, the "
           "minutes to the nearest secondary and primary school that PlaceGap computes from the shipped data alone "
           "(Travel time over land and ferries: 50 km/h over land, circuity 1.3, 250 m cells, ferries as timetabled leaving "
           "Wednesday 08:00; the mean over each zone's postcodes), and maps of the difference, to discuss why they differ "
           "(roads that wind or climb, town speeds, ferry waits; see validation/README.md). To compute times on roads, add a "
           "road network (for example an OpenStreetMap extract of Scotland read with the OSM driver, 'lines' layer) and run "
           "PlaceGap's Service accessibility algorithms (Travel time matrix, Nearest service, Service coverage, Floating "
           "catchment, Service areas) with the schools or hospitals as services.",
           councils, [hospitals, schools, councils] + layers + [land])


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    os.chdir(FOLDER)
    deprivation_and_attainment()
    rurality_and_islands()
    travel_to_services()
    app.exitQgis()
