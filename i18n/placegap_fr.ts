<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlaceGap</name>
    <message>
        <source>Travel time over land and ferries (cost surface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost surface,cost distance,r.cost,accessmod,raster,land,ferry,nearest,travel time,no road network,accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to the nearest service over land cells and ferries, where there is no road network: per origin and as a raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where no road network is at hand, estimates the minutes from each origin to its nearest service across land at a speed (constant, by area or from a raster), lengthened by a circuity factor, with ferries between their terminals. The sea is crossed only by ferry. Writes the nearest service per origin in the fields of Nearest service, and a raster of minutes to the nearest service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origins (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: id field (default: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land (polygons; the sea is crossed only by ferry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed over land (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuity (way length over straight length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speeds by area (polygons; optional, e.g. by urban-rural class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speeds by area: speed field (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed raster (km/h in band 1; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site in the sea joins the nearest land cell within (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cells the grid may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As timetabled, leaving at the time above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing minutes only (no wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and the average wait between sailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest service per origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to the nearest service (raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 has no CRS; set its CRS first (e.g. EPSG:27700 for OS products, EPSG:4326 for GSHHG or OpenStreetMap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0 km/h: it is the speed of every land cell no other speed covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its speed field, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 or %2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferries costed without the timetable (%1) need the timetable&apos;s crossings: give %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origins&apos; CRS (%1) is not projected in metres: the grid is laid out in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The land layer (LAND) has no extent: it holds no polygon to travel over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The land layer&apos;s extent (LAND, %1) cannot be brought into the grid&apos;s CRS (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: %L1 x %L2 cells of %3 m (%L4 cells) in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>land polygon without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land feature %1 (LAND) has no usable geometry; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell of the grid is land: the land layer (LAND) holds no polygon that covers a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 cells are land (any part of the cell on land, so coasts and small islands keep their cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed not above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speeds by area feature %1: &apos;%2&apos; (SPEED_FIELD) is &apos;%3&apos;, not a speed above 0 km/h; its land takes the speed over land (DEFAULT_SPEED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed area without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speeds by area feature %1 has no usable geometry; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the speed raster (SPEED_RASTER) %1 over the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sailing of the ferry timetable runs on %1 between terminals on land cells: every ferry is closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferries on %1: %2 sailing(s) on %3 leg(s) between land cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site off land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the sea or off the grid, more than %2 m (LAND_SNAP_DISTANCE) from any land cell; its fields are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site moved onto land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on a land cell; it joins the nearest, %2 m away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest service of every cell found in %1 s (%L2 cells reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) whose nearest service lies over the sea searched by the timetable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) reach no service over land and the ferries%1; their service fields are NULL.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> leaving at %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating catchment accessibility (2SFCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2sfca,e2sfca,floating catchment,accessibility,supply,demand,ratio,capacity,population,gaussian,distance decay,childcare,gp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step floating catchment accessibility (2SFCA, enhanced 2SFCA with step or Gaussian decay) from road and ferry travel times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures access to services that have limited capacity (GP places, school places) with the two-step floating catchment method: each service&apos;s capacity per person who can reach it in the catchment time, summed for each area over the services it reaches, with optional step or gravity decay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand (e.g. data zones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply (services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply capacity field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2SFCA (no decay within the catchment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced 2SFCA, step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced 2SFCA, Gaussian decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catchment (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps for the step decay (minutes:weight,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply ratios by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility of the demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply-to-demand ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 layer has no field &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest,closest,service,school,gp,library,network,travel time,road,ferry,route,accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each origin, the nearest (or k nearest) service by travel time over a road and ferry network, with minutes, km and optionally the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the nearest services (school, GP, hospital) from each origin by road and ferry, with the minutes and kilometres, and optionally the routes as lines. With a ferry timetable and a departure time, journeys wait for sailings and say when they arrive and whether one can be home the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of nearest services per origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services within minutes (0 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output the routes as lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) reach no service over the network%1; their service fields are NULL.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service area,catchment,isochrone,drive time,band,network,travel time,road,ferry,polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygons of the area reachable from each service within one or more travel times (drive-time bands), for catchment maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the areas within each travel time band (e.g. 5, 10, 15 minutes) of the services by road and ferry: the roads reachable in time, buffered into polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time bands (minutes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer around the reachable roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services within travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage,cumulative opportunities,isochrone,count,capacity,service,school,network,travel time,accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each origin, the number (or summed capacity) of services reachable within one or more travel times (cumulative opportunities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for each origin the services (or their capacity) reachable within each travel time threshold by road and ferry, and the minutes to the nearest: a measure of choice as well as distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service capacity field (default: count 1 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time thresholds (minutes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>od,origin,destination,matrix,network,travel time,road,ferry,accessibility,service,school,nearest,cost matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of travel minutes and km from every origin to every destination (or the k nearest, or those within a cut-off) over a road and ferry network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes travel times by road and ferry from every origin to every destination (or the nearest few, or those within a time limit), one row per pair with minutes and kilometres, on a network of OpenStreetMap, OS Open Roads or OS Highways lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the k nearest destinations (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only destinations within minutes (0 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the matrix to %1 (OUTPUT): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n origin-destination pair(s) cannot be reached over the network; their minutes and km are NULL.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 row(s) in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph cache %1 is damaged (%2); the graph is built again and the cache rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored graph cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored graph does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph cache %1 was not a readable graph cache (%2); it was replaced by a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the graph cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the graph cache table in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the graph cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL could not make a grid of %1 x %2 cells in memory: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL could not rasterise the polygons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL could not read the rasterised grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road network (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path type to calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest (distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network product (reads its fields for direction, speed and ferries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (fields set below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap (highway, oneway, maxspeed, route=ferry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS Open Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS MasterMap Highways (road links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for forward direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for backward direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed field (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road class field (OS Open Roads class/function, OSM highway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road class speeds over the defaults (class=km/h;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry crossing minutes field (non-NULL = ferry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry boarding wait (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join lines at shared vertices, not only at line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed between a site and the network (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads for the searches (0 = QGIS&apos;s setting, which is all cores unless limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the built graph for the next run on the same network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a site is further than this from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites near a cut-off fragment join a part of at least this many nodes (0 = the nearest road, whatever its part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry timetable (one row per sailing; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals (points with the timetable&apos;s stop codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at (day and time, e.g. Wed 08:00; with a ferry timetable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry check-in (minutes before a sailing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: from stop field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: to stop field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: departure time field (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: crossing minutes field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: fields of the days it runs, Monday first (0/1; empty = every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: the sailing&apos;s own check-in minutes field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: field saying whether a sailing carries vehicles (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving (vehicle sailings only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On foot (every sailing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals: stop code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals: join the nearest network node within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent at the service before going home (with a ferry timetable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also leave every few minutes until (HH:MM; empty = only at the time above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between departures in that window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id field (default: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the point to use, e.g. a population-weighted centroid (layer CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network layer, %1, holds %2 features; it must be a line layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network layer, %1, has no CRS; set its CRS (e.g. EPSG:27700 for OS products, EPSG:4326 for OpenStreetMap) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network layer has no field &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; (%2) holds %3 values; it must be numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0 km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0 km/h: sites are joined to the network by a straight leg at that speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 holds %2 features; it must hold points or polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 has no CRS, so it cannot be matched to the network&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 has no field &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both %1 and %2, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals (FERRY_TERMINALS) are given without a ferry timetable (FERRY_TIMETABLE): give both, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ferry timetable (FERRY_TIMETABLE) needs the ferry terminals (FERRY_TERMINALS): points carrying the timetable&apos;s stop codes, to place its sailings on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ferry terminals layer (FERRY_TERMINALS) has no CRS, so it cannot be placed on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at (DEPART_AT) is &apos;%1&apos;; give a day and a time of day, e.g. &apos;Wed 08:00&apos; or &apos;Saturday 17:30&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave until (DEPART_UNTIL) is &apos;%1&apos;; give a time of day, e.g. &apos;09:00&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave until (DEPART_UNTIL, %1) is before the first departure (DEPART_AT, %2): a window runs forward within one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window from %1 to %2 every %3 minutes makes more than %4 departures; leave less often (DEPART_EVERY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sailing of the ferry timetable runs on %1 between terminals on the network: every ferry is closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry timetable for %1, leaving at %2: %3 sailing(s) on %4 leg(s), %5 minutes&apos; check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s CRS (%1) is not projected in metres: the network is built in %2 (%3), chosen for where it lies; lengths there are within about 0.1 % of the ellipsoid&apos;s. Geometry outputs are written in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry without a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ferry (route=ferry) without a duration; its %2 km are taken at %3 km/h (%4 minutes). Tag duration, or give a ferry timetable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>road class not in the speed table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not a file layer (or only some of its features are used): its graph is not cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network line without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no geometry; it is left out of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad ferry minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ferry field &apos;%2&apos; is %3, not a number of minutes of 0 or more; the line is left out of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed 0 or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: speed field &apos;%2&apos; is %3 km/h; the line cannot be travelled and is left out of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network line of one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a part with fewer than two vertices; the part is left out of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network line with bad coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has coordinates that are not numbers; it is left out of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable speed; it is left out of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ferry line(s) of the network left out: the ferry timetable&apos;s sailings stand for them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out because their road class has speed 0 (not driven).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tolerance merges much</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network layer (INPUT) has no usable lines (%n feature(s) read): there is no network to travel on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Network built from %1 lines in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph kept in the cache %1 (%2 s) for the next run on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be cached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL site coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; or &apos;%3&apos; is NULL; the feature&apos;s geometry is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site coordinates not transformable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (%2, %3) cannot be transformed to the network CRS; the feature&apos;s geometry is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no geometry; its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site of several points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 points; one site is used, the point nearest their centre (its point on surface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a geometry with no point on its surface; its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) are reprojected from %3 to the network&apos;s %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, as is feature %4&apos;s; their rows share the id and are told apart only by feature order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 feature(s) read from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site moved off a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its nearest road (%2 m away) is on a part of the network of %3 node(s), cut off from the rest; it joins the main network %4 m away instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site on a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins a part of the network of %2 node(s), cut off from the rest (%3 m away); the nearest larger part is %4: it may reach little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m away, too far to join instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature %2: field &apos;%3&apos; is NULL; it is missing and counts 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature %2: field &apos;%3&apos; is &apos;%4&apos;, not a finite number; it is missing and counts 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature %2: value %3 in field &apos;%4&apos; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched from %1 origin(s) to %2 destination(s) in %3 s on %4 thread(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 departures from %2 to %3, every %4 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 nodes, %2 links, %3 directed edges, %4 separate part(s); %5 self-loop(s), %6 zero-length link(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number of minutes above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one number of minutes, e.g. &apos;10,20,30&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day fields of the ferry timetable must be seven names, Monday first (e.g. &apos;mon;tue;wed;thu;fri;sat;sun&apos;), or none; %1 given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ferry timetable (%1) has no field &apos;%2&apos;. Its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ferry terminals layer (%1) has no field &apos;%2&apos;. Its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ferry terminals layer (%1) holds %2 features; it must hold points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminal feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry terminal without a stop code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;) has no &apos;%3&apos;; no sailing can be matched to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate ferry terminal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stop code &apos;%2&apos; (&apos;%3&apos;) is used by an earlier terminal; the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry terminal without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stop &apos;%2&apos;) has no geometry; its sailings are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stop &apos;%2&apos;, %3) is %4 m from the nearest network node, over the terminal distance (%5 m): its sailings are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ferry terminal(s) lie further from the network than the terminal distance (%1 m); their sailings are left out (the network does not reach them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ferry timetable row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing from or to an unknown terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stop &apos;%2&apos; (&apos;%3&apos;) matches no ferry terminal&apos;s &apos;%4&apos;; the sailing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing time not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, not a time of day (HH:MM, 00:00 to 23:59); the sailing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than a day: an error in the data, not a crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing with unusable crossing minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3 (%4); the sailing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing day not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, not 0 or 1; the sailing is taken not to run that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing between terminals on one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; and &apos;%3&apos; join the network at the same node; the sailing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing vehicles value unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, neither a vehicle nor a foot-passenger value; the sailing is taken to carry vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing check-in not minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, not minutes from 0 to a day; the default check-in is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry timetable: %1 of %2 sailing row(s) used; %3 left out because a terminal is beyond the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n foot-passenger sailing(s) left out: the traveller drives.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Help button opens the full page: how it is computed, every parameter and output field, and what happens to missing or bad values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: PlaceGap writes rasters as GeoTIFF; give a file name ending in .tif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set to &apos;%2&apos;, the layer&apos;s feature id, which only numbers the features: the results will say nothing about them. Choose the field that holds the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN (not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layer already has a field &apos;%2&apos;, which the output adds; rename or drop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; says it holds %3 features, but only %4 could be read: the file is damaged or truncated part-way. Nothing is written from a partial read; repair or re-download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value far out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds %3, %4 robust standard deviations from the median; check it (a typo or a code for a missing value?): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in all with: %1 (only the first %2 are listed above).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set aside trigger &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the insert into table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot insert a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Input sources: %2. Every parameter is listed in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record provenance (algorithm, parameters, inputs) in the metadata of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous %1 cannot be replaced (is it open elsewhere, or read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished output %1 cannot be moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: it must be a file ending in .%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 exists and cannot be replaced (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PlaceGap style %1 could not be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow model %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlaceGap workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A workflow model shipped with PlaceGap (%2): it runs here, in batch mode and with placegap_process. Open the file in the Model Designer to see or change its steps; the Help button opens its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment gap by deprivation (gap, SII, RII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simd,deprivation,attainment,gap,poverty-related attainment gap,sii,rii,slope index of inequality,relative index of inequality,quintile,decile,bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarises attainment by deprivation quintile or decile, optionally per group: weighted means, the gap and ratio between the most and least deprived, SII and RII, each with a 95% confidence interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much better the least deprived do than the most deprived: mean attainment in each deprivation class (quintiles or deciles), the gap and ratio between the extreme classes, and the slope and relative index of inequality (SII, RII) over all classes, with bootstrap 95% intervals, per group (e.g. council) if one is chosen. Attainment may be read as published: suppressed ([c]) and banded (97-100%) figures are estimated within their intervals, counted in the tables, and bound what each figure could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas or schools (any layer or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment field (higher = better; a number or published text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation class field (1 = most deprived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quintiles (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciles (1-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight field, e.g. pupils (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group field, e.g. council or rurality class (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap replicates for the SII and RII intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed and banded values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate them within their intervals, and give bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out (published values only), and give bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment by deprivation class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment gap summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quintile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the feature is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deprivation class %2 in field &apos;%3&apos; is not a %4 (a whole number from 1 to %5). Set %6 to match the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weight %2 in field &apos;%3&apos; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprivation class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it moves its class&apos;s mean and every gap and slope that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 %2 %3: no gap, ratio, SII or RII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feature in %1 %2: no gap or ratio; SII and RII from %1s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no published value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s %2 have no published value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the gap, the ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (every feature suppressed or banded): no estimate of its mean%2, the SII or the RII, only their bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>censored values imputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed or banded value(s) estimated within their intervals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>published values only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed or banded value(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>published values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without a value left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feature(s) has a usable attainment, deprivation class%1; there is nothing to summarise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Summarising %1 of %2 features in %n group(s), %3 bootstrap replicates each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment above or below expectation (residuals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simd,deprivation,attainment,regression,residual,expected,beating the odds,rurality,school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits attainment on deprivation (optionally with a rurality class term) and flags areas or schools clearly above or below what their deprivation predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds schools or areas that beat the odds: fits attainment on deprivation (with one level per rurality class if chosen) and flags those clearly above or below what their deprivation predicts. With a cohort field, small schools are judged fairly: their percentages get Wilson intervals, their residuals are shrunk toward the expectation (empirical Bayes) and ranked with intervals, and a school is flagged only when its interval excludes the expectation. Suppressed and banded figures are judged at both ends of their interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment field (a number or published text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation field (rank, score or class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rurality class field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag beyond this standardised residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort field: pupils the attainment % is a share of (optional; small-number methods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulations for the rank intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment residuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope of attainment on deprivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R squared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features above expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features below expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of true residuals between features (with a cohort field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the feature is left out of the fit and its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is zero; the feature is left out of the fit and its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is NULL or empty; the feature is left out of the fit and its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cohort field &apos;%2&apos; is NULL, not a number or not above zero; it has no small-number results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it bends the fitted line for every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attainment (%1) cannot be fitted on deprivation (&apos;%2&apos;) from %n feature(s) with a published value: the model %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attainment (%1) fitted on deprivation (&apos;%2&apos;) gives numbers too large to compute (slope %3): check the values named in the warnings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted %1 features: slope %2 per unit of &apos;%3&apos;, R squared %4, residual standard deviation %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept of class &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is alone in its class &apos;%2&apos; of &apos;%3&apos;, so the fit passes through it: no standardised residual or flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers: %1 features with a cohort; true residuals spread with a standard deviation of %2 between them; %3 above and %4 below expectation (95% interval of the shrunk residual excluding 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above and %2 below expectation (|standardised residual| &gt; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class not fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1: its class &apos;%2&apos; of &apos;%3&apos; has no published value to fit, so it has no expectation; its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bivariate local Moran&apos;s I (LISA) of deprivation and attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lisa,moran,bivariate,local indicators of spatial association,cluster,hot spot,spatial autocorrelation,deprivation,attainment,geoda,pysal,esda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds clusters where deprivation at an area meets high or low attainment around it: local bivariate Moran&apos;s I with permutation inference, plus the global bivariate Moran&apos;s I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds clusters where deprivation in an area meets high or low attainment around it (bivariate local Moran&apos;s I, as GeoDa and PySAL), with permutation p-values and the global statistic. Neighbours by shared boundaries, nearest areas or distance; islands can be joined by a contiguity tolerance and by ferry links, and areas left without neighbours are listed by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas (polygons, or points with nearest or distance weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation field (x, at the area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment field (y, around the area; a number or published text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queen contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rook contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control the false discovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permutation p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded, as esda (for comparison with PySAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads (0 = all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contiguity: areas this close also touch (metres; 0 = shared vertices only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code field, to name areas without neighbours (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry timetable or crossings: join the areas of the stops sailed between (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals (points with the timetable&apos;s stop codes; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals: services field (terminals naming the same service are joined; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminals: join the nearest area within (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bivariate LISA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global bivariate Moran&apos;s I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo p-value of the global I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas without neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value threshold used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes (from the area code field, else feature ids) of the areas without neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1: ferry links need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer needs polygon or point geometries to find neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s CRS (%1) is not in metres: nearest neighbours are found from centroids in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the area is left out of the weights and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is known only to lie in %3-%4 (%5); a LISA needs one value per area, so the area is left out of the weights and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no geometry; the area is left out of the weights and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centroid not transformable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its centroid cannot be transformed to %2; the area is left out of the weights and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry not transformable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its geometry cannot be transformed to %2 to find the ferries that reach it; the area is left out of the weights and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n area(s) have numbers in both &apos;%1&apos; and %2 and a geometry; a LISA needs at least 3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field %1 has the same value %2 for every usable area, so it cannot be standardised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contiguity within %1 m: %n more pair(s) of areas are neighbours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ferries: %1 terminals, %2 services, %3 timetabled routes between stops; they join %4 pairs of areas, %5 of them not already neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ferry terminal(s) lie more than %1 m from every usable area and join nothing: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of the ferry timetable are no terminal&apos;s code (&apos;%1&apos;), so their routes join nothing: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 areas, %2 neighbour links, on average %3 neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no neighbours (islands) and get cluster &apos;No neighbours&apos;: %1 %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 permutations on %n thread(s), seed %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Global bivariate Moran&apos;s I %1, pseudo p-value %2; significant at p &lt;= %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it dominates its neighbours&apos; statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation profile of catchments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simd,deprivation,catchment,school,ward,locality,profile,quintile,apportion,areal interpolation,data zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates small areas (data zones) into catchments, wards or localities: population share in each SIMD quintile, population-weighted mean rank and the count of most-deprived areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles the deprivation of school catchments, wards or localities from the small areas inside them: the share of their people in each SIMD quintile, the mean rank and the number of most deprived areas, apportioned by area or by centroid. A count field (e.g. income-deprived people) shows how many deprived people live outside the most deprived areas, and a class field (e.g. urban-rural class) adds the same profile for each class: the rural lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small areas, e.g. data zones (polygons or centroids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation rank field (1 = most deprived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of areas ranked nationally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catchments, wards or localities (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apportionment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole areas by centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count field, e.g. income-deprived people (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class field of the small areas, e.g. urban-rural class (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catchment deprivation profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile by class of the small areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catchments (CATCHMENTS) must be polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small areas must be polygons or points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small areas are transformed from %1 to the catchments&apos; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the area is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank %2 in field &apos;%3&apos; is outside 1..%4; set %5 to the number of areas ranked nationally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: population %2 in field &apos;%3&apos; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count field &apos;%2&apos; is NULL or not a number; the area counts no one (its population still counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count %2 in field &apos;%3&apos; is outside 0..%4, the area&apos;s population (&apos;%5&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class field &apos;%2&apos; is NULL or empty; the area is left out of the class summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no geometry; the area is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no area; its population cannot be apportioned by area and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and catchment feature %2 overlap but their intersection cannot be computed (%3); repair the geometries first (Fix geometries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apportioned %1 of %2 people in the small areas to the catchments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catchments overlap: %1 people are counted in more than one catchment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catchment feature %1 receives no population: its shares and mean rank are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;%1&apos;: %2 of its %3 people counted in &apos;%4&apos; (%5%) live outside quintile 1 areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation and attainment overlay (bivariate classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simd,deprivation,attainment,acel,bivariate,join,quintile,school,data zone,map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins attainment to deprivation areas by code and classes every area on both axes into a bivariate class (2x2 to 5x5) with readable labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins an attainment table to deprivation areas or schools by code and puts each in a 3 x 3 (2 x 2 to 5 x 5) class of deprivation and attainment, for a bivariate map: which deprived places attain well, which do not. Unmatched codes are listed; a suppressed or banded figure is classed when its whole interval falls in one class. A class field (e.g. urban-rural class) adds a table of areas and counts per class and cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation areas (polygons, points or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code field of the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation field (rank or score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation field order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low values are more deprived (a rank, 1 = most deprived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High values are more deprived (a score or share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment table or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code field of the attainment table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes per axis (2 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantiles of the joined areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National classes from the rank (SIMD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of areas ranked nationally (national breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard areas without attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count field of the areas, e.g. income-deprived people (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class field of the areas, e.g. urban-rural class (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation and attainment classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas and counts by class and bivariate cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas without attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment rows without an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of areas without attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of attainment rows without an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL attainment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment %1: code field &apos;%2&apos; is NULL or empty; the row is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; appears twice in field &apos;%2&apos; of the attainment table (features %3 and %4); each code may have one row only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count field &apos;%2&apos; is NULL or not a number; the area counts no one in the class summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count %2 in field &apos;%3&apos; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: code field &apos;%2&apos; is NULL or empty; it cannot be joined and its classes are left NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; appears twice in field &apos;%2&apos; of the input layer (features %3 and %4); each code may have one area only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL deprivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprivation not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code &apos;%2&apos;): deprivation field &apos;%3&apos; is %4; its classes are left NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment %1 (code &apos;%2&apos;); the area&apos;s classes are left NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code &apos;%2&apos;): rank %3 in field &apos;%4&apos; is outside 1..%5. National breaks need ranks from 1 to the number of areas ranked nationally; set %6 to that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer has no features with a code in field &apos;%1&apos; (it is empty, or every code is NULL): there is nothing to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attainment table has no rows with a code in field &apos;%1&apos; (it is empty, or every code is NULL): there is nothing to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code of field &apos;%1&apos; in the input layer matches a code of field &apos;%2&apos; in the attainment table, so nothing can be joined. Input codes look like: %3. Attainment codes look like: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the input layer have no attainment row: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attainment row(s) match no area of the input layer: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n joined area(s) has numbers in both &apos;%1&apos; and &apos;%2&apos;; there is nothing to classify.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deprivation classes (1 = most deprived), %1 value of &apos;%2&apos; in each: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment classes (1 = lowest), highest value of %1 in each: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation class(es) %1 of %2 hold no joined area (too few areas, equal values, or all areas in few national classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment class(es) %1 of %2 hold no joined area (too few areas or equal values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 suppressed or banded attainment values fall wholly in one class and are classed; %3 span classes and are left NULL (&apos;%4&apos; says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1 of %2 areas; %3 classified on both axes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not classified (no attainment class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;%1&apos;: %2 joined areas, %3 of them not classified (%4 of its %5 counted people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;%1&apos;: %2 joined areas, %3 of them not classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;, not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank field &apos;%1&apos; holds the feature ids, not deprivation ranks: the classes say nothing about deprivation. Choose the rank field (e.g. simd_rank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features %1 share rank %2 in field &apos;%3&apos;%4; tied areas get one class, that of their mean position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in group &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank field &apos;%2&apos; is %3; its classes are left NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank %2 in field &apos;%3&apos; is outside 1..%4. National classes need ranks from 1 to the number of areas ranked nationally; set %5 to that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group field &apos;%2&apos; is NULL; the area belongs to no group and its classes are left NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: population field &apos;%2&apos; is %3; the area is left out of its group&apos;s population and its classes are left NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group &apos;%1&apos; has no population: field &apos;%2&apos; is zero for all %n of its area(s), so no population-weighted class can be cut.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deprivation quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simd,deprivation,quintile,decile,rank,population weighted,council,data zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds deprivation quintile and decile fields from a deprivation rank, nationally or within groups, by count of areas or population-weighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds deprivation quintiles and deciles to small areas from their rank (1 = most deprived): the national SIMD classes, or classes within each group (e.g. council) by equal numbers of areas or population-weighted as Public Health Scotland does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small areas (polygons, points or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National, from the rank (equal numbers of areas, SIMD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within each group, equal numbers of areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within each group, population-weighted (Public Health Scotland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of areas ranked nationally (national method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group field, e.g. council (within-group methods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field (population-weighted method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix for the output field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is required with this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer has no field &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; (%2) holds %3 values; %4 must be numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deprivation rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer already has a field &apos;%1&apos;; set %2 so that the new fields get other names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feature(s) has a usable rank in field &apos;%1&apos;%2; there is nothing to classify.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and group in field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Classified %1 of %2 areas in %n scope(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>…or the lower end of its interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and the upper end of its interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest value a suppressed cell can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest value a suppressed cell can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name field for messages, e.g. school name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both ends of the attainment interval (&apos;…or the lower end of its interval&apos; and &apos;…and the upper end of its interval&apos;; ATTAINMENT_LOWER_FIELD and ATTAINMENT_UPPER_FIELD), or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the attainment field (a value, or published text such as &apos;[c]&apos; or &apos;97-100%&apos;; ATTAINMENT_FIELD), or the lower and upper ends of its interval (ATTAINMENT_LOWER_FIELD and ATTAINMENT_UPPER_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the attainment field (ATTAINMENT_FIELD) or the lower and upper ends of its interval (ATTAINMENT_LOWER_FIELD / ATTAINMENT_UPPER_FIELD), not both: they would say two things about the same value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Lowest value a suppressed cell can hold&apos; (SUPPRESSED_MIN, %1) is above &apos;Highest value a suppressed cell can hold&apos; (SUPPRESSED_MAX, %2): a suppressed value would have nowhere to lie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the lower end %2 of its attainment interval (&apos;%3&apos;) is above the upper end %4 (&apos;%5&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fields &apos;%2&apos; and &apos;%3&apos; are NULL; the feature is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fields &apos;%2&apos; and &apos;%3&apos; hold &apos;%4&apos; and &apos;%5&apos;, which is not an interval of numbers; the feature is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is NULL or empty; the feature is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; holds &apos;%3&apos; (not applicable or not available); the feature is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; holds &apos;%3&apos;, which is neither a number, a suppressed cell (&apos;[c]&apos;, &apos;*&apos;), a band (&apos;97-100%&apos;, &apos;&lt;5&apos;, &apos;&gt;95&apos;) nor &apos;not applicable&apos; (&apos;z&apos;, &apos;x&apos;, &apos;-&apos;); the feature is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation and attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry terminal code &apos;%1&apos; (field &apos;%2&apos;) is given to more than one terminal; each stop code must name one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of Urbanisation (cities, towns, rural areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degree of urbanisation,degurba,eurostat,oecd,ghsl,smod,urban centre,urban cluster,city,town,rural,population grid,raster,rurality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eurostat/OECD Degree of Urbanisation of a population grid (urban centres, urban clusters, rural cells and their level 2 classes) and of areas (cities, towns and semi-dense areas, rural areas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifies a population grid into cities, towns and semi-dense areas, and rural cells, by the Eurostat/OECD Degree of Urbanisation (1 km cells), and each area by where its people live. Comparable across countries, unlike national classifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid (people per cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas to classify (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of Urbanisation grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of Urbanisation of areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid: %1 x %2 cells of %3 m (%4 km²) in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid cannot be classified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n urban centre(s), %1 urban cluster(s) (%2 dense, %3 semi-dense), %4 rural cluster(s); %5 cell(s) added to centres by gap filling.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 cell(s), %4 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprojection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas: %1 cities, %2 towns and semi-dense areas, %3 rural areas, %4 not classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Island flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island,ferry,mainland,fixed link,bridge,causeway,rurality,remote,network,travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags features on islands without a fixed road link to the mainland, with their travel time to the mainland over roads and ferries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags features on islands: those the road network cannot reach from the mainland without a ferry. Islands joined by bridges or causeways count as mainland, as a driver finds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point on the mainland (default: the part with the most road)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Island flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to the mainland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island without a way to the mainland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no roads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network has %n part(s) joined by roads alone; the mainland is part %1 (%2 km of road).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 features are on islands without a fixed link to the mainland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid from areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population,grid,raster,areal weighting,dasymetric,data zones,degree of urbanisation,rurality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads the population of areas (data zones, output areas) over a grid of square cells, by area, for methods defined on a population grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads the population of areas (e.g. data zones) over a grid of square cells in proportion to area, writing a GeoTIFF of people per cell: the input of the Degree of Urbanisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas with a population (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area without population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: population field &apos;%2&apos; is %3; it adds no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no geometry; its %2 people are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid geometry repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid geometry; it was repaired before spreading its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area without surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no area; its %2 people are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the raster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GeoTIFF driver gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas onto %2 x %3 cells of %4 x %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban rural classification (Scottish Government)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urban,rural,sgurc,scottish government,classification,settlement,remote,accessible,small town,drive time,ferry,island,rurality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Scottish Government Urban Rural Classification (8, 6, 3 and 2-fold) of features, from the settlement each falls in and its drive time to the nearest settlement of 10,000 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifies places by the Scottish Government Urban Rural Classification: the population of their settlement (large urban, other urban, small town, rural) and the drive time to a settlement of 10,000 people or more (accessible, remote, very remote), giving the 2-, 3-, 6- and 8-fold classes. Population points make polygons take their population-weighted majority class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements (polygons, or points the features name by a settlement field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements: population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large urban area: settlement population at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other urban area: settlement population at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small town: settlement population at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible: drive minutes up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very remote: drive minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: field naming their settlement (by the settlements&apos; id), e.g. from a postcode look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population points for a population-weighted majority (e.g. postcodes, grid cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population points: population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban rural classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive time to the nearest settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement without population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: population field &apos;%2&apos; is %3, not a population; features inside it are not classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no geometry; no feature can fall in it and it is not a drive time destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate settlement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlapping settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) of %1 or more people are the drive time destinations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No settlement has %1 or more people: drive times, and the codes of small towns and rural places that depend on them, are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature in a settlement without population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in settlement %2, whose population is unknown; its codes are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature in overlapping settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 falls in %n overlapping settlement(s) (%2); it takes %3, the most populous.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no settlement reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches no settlement of %2 or more people over the network; its drive time and the codes that depend on it are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population point without population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n population point(s) classified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no classified population inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no classified population point; it is classified by its own point instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-fold classes: %1; %2 without an 8-fold class; %3 outside every settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) change 8-fold class with how ferries are timed (at %1, crossing only, or with average waits).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rurality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source files missing under &apos;%1&apos;: %2. sample-projects/DATA.md says where each is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) match their SHA-256 in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; cannot be read%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sheet or layer &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot open it as a table (empty, truncated or not in its format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; lacks the column(s) %2; is it the %3 file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; has %2 rows; the %3 has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%n row(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write layer &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the features of layer &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island_names.csv, row %1: island_name, easting and northing must be a name and two numbers (found &apos;%2&apos;, &apos;%3&apos;, &apos;%4&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island_names.csv: &apos;%1&apos; (%2, %3) lies on no island with people; the name is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be reprojected to EPSG:27700.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has an invalid geometry that could not be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: invalid geometry repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Northern Alliance sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample,teaching,simd,schools,acel,data zones,northern alliance,geopackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds one GeoPackage of Northern Alliance data zones, schools and services from the publishers&apos; open data files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the Northern Alliance teaching GeoPackage from the publishers&apos; open files shipped with PlaceGap: data zones with SIMD, urban-rural classes and drive times, schools with attainment as published, hospitals, ferry terminals and sailings, land, islands and councils, each layer with its sources and licences. Every file is checked against its published checksum before any is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding the published source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data zones written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output GeoPackage given (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the data zone tables join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data zone %1 appears twice in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data zone codes of &apos;%1&apos; do not join the look-up &apos;%2&apos;: %3 code(s) unknown to the look-up (%4), %5 of its zones missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data zone %1: SIMD2020v2_Rank &apos;%2&apos; in &apos;%3&apos; is not a rank from 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data zone %1: Total_population &apos;%2&apos; in &apos;%3&apos; is not a population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classing the Northern Alliance data zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data zone of council %1 in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council %1 has no population in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprojecting and repairing data zone boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data zone %1 has no boundary in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing data zones on the mainland or islands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 data zones lie mostly on islands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying data zones by the Degree of Urbanisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on the data zones: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sources table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the PlaceGap Northern Alliance sample data, with licences and attribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n data zone(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing intermediate zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate zone %1 has no boundary in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing council areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council area(s) %1 missing from &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining schools, pupil statistics and ACEL attainment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1 (%2), %3 %4: &apos;%5&apos; in &apos;%6&apos; is neither a number, &apos;[c]&apos;, a band nor &apos;-&apos;; it is kept as unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1 (%2) has no grid reference (GridRefEasting/GridRefNorthing) in &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) name a data zone that is not a 2011 data zone of the Northern Alliance; their SIMD fields are NULL: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing hospitals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital %1 has no location; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing land…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing ferry terminals and sailings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing islands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the primary attainment model on the schools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 is not installed or cannot be read; reinstall PlaceGap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm %1, which the model %2 uses, is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 failed on the schools layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 data zones, %2 schools and %3 inhabited islands of the 8 councils to %4; %n geometry(ies) repaired.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The checksum manifest &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum manifest &apos;%1&apos; line %2 is not &apos;&lt;SHA-256&gt;  &lt;file&gt;&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; is not listed in the checksum manifest &apos;%2&apos;; list it there with its SHA-256 (sha256sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; cannot be read to check its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; does not match its SHA-256 in &apos;%2&apos; (%3 bytes; SHA-256 %4, expected %5): it is truncated, altered or a different release. Restore the published file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PlaceGap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full documentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps for the step decay (STEPS): &apos;%1&apos; is not a &apos;minutes:weight&apos; pair with minutes above the previous step&apos;s and a weight of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catchment (CATCHMENT_MINUTES) must be more than 0 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps for the step decay (STEPS): the last step (%1 minutes) must end at the catchment (CATCHMENT_MINUTES, %2 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services (SERVICES) have no capacity field &apos;%1&apos; (CAPACITY_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ferry timetable is about time: it needs the path type to calculate (STRATEGY) to be &apos;Fastest (time)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: road class &apos;%2&apos; is not in the speed table; the default speed (DEFAULT_SPEED, %3 km/h) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network graph read from the cache in %1 s (built earlier from the same file and parameters; untick keeping the built graph (GRAPH_CACHE) to rebuild).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: speed field &apos;%2&apos; is NULL; the road class or the default speed (DEFAULT_SPEED) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: road class &apos;%2&apos; (field &apos;%3&apos;) is not in the speed table; the default speed (DEFAULT_SPEED, %4 km/h) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology tolerance (TOLERANCE, %1 m) moved %2 of %3 line ends and vertices (%4 %) onto nodes at other places, leaving %5 nodes: the network is likely distorted. Use a tolerance near the data&apos;s precision (e.g. 0.01 to 1 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 m from the nearest road (over the distance that warns, MAX_SNAP_DISTANCE, %3 m); the gap is travelled at %4 km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has %1 separate parts (islands without a ferry line, or lines that do not meet): sites on different parts cannot reach each other and get NULL results. Raise the topology tolerance (TOLERANCE) or join lines at shared vertices (NODES_AT_VERTICES) if lines should meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a travel time: it needs the path type to calculate (STRATEGY) to be &apos;Fastest (time)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 layer has no field &apos;%2&apos;, chosen as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attainment %2-%3 in %4 is not a percentage (0-100), which the cohort field (COHORT_FIELD) needs: it is read as the share of the cohort that achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features known only as an interval (suppressed or banded) are not fitted; judged at both ends of their interval: %2 above, %3 below, %4 as expected, %5 not known (the interval allows either) and %6 without a flag (no cohort with the cohort field, COHORT_FIELD, set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry links need the ferry terminals (FERRY_TERMINALS): where the stops of the ferry timetable (FERRY_TIMETABLE) are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry links need the ferry timetable (FERRY_TIMETABLE: which stops are sailed between) or the terminals&apos; services field (TERMINAL_SERVICES_FIELD: which services call at each terminal) beside the ferry terminals (FERRY_TERMINALS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours (WEIGHTS) by queen or rook contiguity need a polygon layer; use K nearest neighbours or a distance band for points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input layer&apos;s CRS (%1) is not in metres, so the distance band (DISTANCE) would be in its units (degrees for EPSG:4326), whose length on the ground varies with direction and latitude. Reproject the layer to a projected CRS in metres (e.g. EPSG:27700) for a distance band, or use K nearest neighbours (Neighbours, WEIGHTS), which are measured in metres whatever the CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile by class (CLASS_SUMMARY) needs the class field of the small areas (CLASS_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area-weighted apportionment (APPORTIONMENT) needs small-area polygons; with points choose whole areas by centroid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts by class (CLASS_SUMMARY) need the class field of the areas (CLASS_FIELD), e.g. their urban-rural class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National classes from the rank (Deprivation breaks, DEPRIVATION_BREAKS) are cut from a rank, 1 = most deprived: set the deprivation field order (DEPRIVATION_ORDER) to low values more deprived and the deprivation field (DEPRIVATION_FIELD) to the rank, or use quantiles of the joined areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 classified areas are in quintile %2. Check the rank field (&apos;%3&apos;), the method and, for national classes, the number of areas ranked nationally (RANK_COUNT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national method cuts classes across the country; the group field (GROUP_FIELD) is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the population-weighted method uses the population field (POPULATION_FIELD); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid (INPUT) is not a readable raster layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid (INPUT) must be a raster file read with GDAL (GeoTIFF and the like); layer &apos;%1&apos; comes from the &apos;%2&apos; provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot open the population grid (INPUT) %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The population grid (INPUT) has %n band(s); its population band (BAND) %1 does not exist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The population grid (INPUT) has no CRS. The Degree of Urbanisation needs the cell area in km², so the raster must be in a projected CRS in metres (e.g. EPSG:27700 British National Grid or EPSG:3035): assign it first (e.g. with GDAL&apos;s Assign projection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid (INPUT) is in a geographic CRS (%1), whose cells are measured in degrees and are not squares on the ground. Use a population grid in a projected CRS in metres (e.g. EPSG:27700 or EPSG:3035).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRS (%1) of the population grid (INPUT) has map units that cannot be converted to metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid (INPUT) has no georeferencing (geotransform): its cell size and position are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid (INPUT) is rotated (its geotransform has rotation terms %1 and %2). The method needs a north-up grid of square cells: warp it to a north-up grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells of the population grid (INPUT) are not square (%1 x %2 map units). The Degree of Urbanisation is defined on square cells (1 km²): resample the population grid to square cells first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas to classify (AREAS) are %1 features; they must be polygons, whose population is taken from the grid cells they cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells of the population grid (INPUT) are %1 km², not 1 km². The Degree of Urbanisation is defined on 1 km² cells: densities are computed per km² and the rules applied as they stand, but contiguity, the majority rule and the classes of small places depend on the cell size, so the result is not the official classification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading row %1 of the population grid (INPUT) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population grid&apos;s (INPUT) cell at row %1, column %2 holds %3 people; population must be 0 or more. If %3 marks missing data, set it as the band&apos;s NODATA value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the population grid (INPUT) are NODATA: they count as 0 people, are never added to an urban centre and are written as NODATA.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the Degree of Urbanisation grid (OUTPUT_GRID) %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Degree of Urbanisation grid (OUTPUT_GRID) %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas to classify (AREAS) have no CRS: their coordinates are taken to be in the population grid&apos;s CRS (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas to classify (AREAS, %1) are reprojected to the population grid&apos;s CRS (%2) to share out the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas to classify (AREAS) hold no features: the polygon output is empty (the grid is written as usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 has no geometry; its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 has an invalid geometry; it is repaired with make valid before sharing out the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 cannot be reprojected to the population grid&apos;s CRS; its results are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 reaches beyond the population grid (INPUT); only the people in the raster&apos;s cells are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 covers no people in the grid (outside it, or over empty or NODATA cells); its class and shares are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point on the mainland (MAINLAND_POINT) cannot be placed on the network: it has no road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point on the mainland (MAINLAND_POINT) is %1 m from the nearest road (more than the distance that warns, MAX_SNAP_DISTANCE); that road&apos;s part is taken as the mainland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature (FEATURES) %1 is on part %2 of the network, from which no ferry leads to the mainland; its &apos;%3&apos; is NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas with a population (INPUT) are in %1, a geographic CRS in degrees: square cells need metres. Reproject it first (e.g. to EPSG:27700, British National Grid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas with a population (INPUT) have no field &apos;%1&apos; (Population field, POPULATION_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population field &apos;%1&apos; (POPULATION_FIELD) holds %2 values; it must be numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area with a population (INPUT) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area with a population (INPUT) has both a polygon and a population in &apos;%1&apos;: there is nothing to grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid of %1 x %2 cells of %3 is too large; raise the cell size (CELL_SIZE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds: %1 (settlement populations: small town, SMALL_TOWN_POPULATION &lt; other urban area, OTHER_URBAN_POPULATION &lt; large urban area, LARGE_URBAN_POPULATION; drive minutes: accessible, ACCESSIBLE_MINUTES &lt; very remote, VERY_REMOTE_MINUTES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlements (SETTLEMENTS) are %1 features: with settlement points, set the features&apos; field naming their settlement (FEATURES_SETTLEMENT_FIELD) to the field of the features to classify that names each feature&apos;s settlement (e.g. from NRS&apos;s postcode to settlement look-up), or give settlement extents as polygons, so that each feature is placed in the settlement it falls in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population points (POPULATION_POINTS) are placed in settlements by where they lie, which needs settlement extents: the settlements (SETTLEMENTS) are %1 features, not polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features&apos; field naming their settlement (FEATURES_SETTLEMENT_FIELD) names settlements by their id: set the settlements&apos; id field (SETTLEMENT_ID_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlements (SETTLEMENTS) have no population field &apos;%1&apos; (Settlements: population field, SETTLEMENT_POPULATION_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlements&apos; population field &apos;%1&apos; (SETTLEMENT_POPULATION_FIELD) holds %2 values; it must be numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population points (POPULATION_POINTS) have no population field &apos;%1&apos; (Population points: population field, POPULATION_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population points&apos; population field &apos;%1&apos; (POPULATION_FIELD) holds %2 values; it must be numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population points (POPULATION_POINTS) give polygon features a population-weighted majority class; the features to classify (FEATURES) are %1 features. Leave the population points empty to classify points by where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features to classify (FEATURES) have no field &apos;%1&apos; (the features&apos; field naming their settlement, FEATURES_SETTLEMENT_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (SETTLEMENTS) feature %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements (SETTLEMENTS) %1 and %2 share the id &apos;%3&apos;; features naming it take the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements (SETTLEMENTS) %1 (%2) and %3 (%4) overlap by %5 m²; a feature in both takes the more populous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names settlement &apos;%2&apos; in &apos;%3&apos;, which no settlement (SETTLEMENTS) has as its id; its codes are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population point (POPULATION_POINTS) %1: population field &apos;%2&apos; is %3; the point counts no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population point (POPULATION_POINTS) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature to classify (FEATURES) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid of %1 m cells over the land layer (%2 x %3 km) would need %L4 cells, more than the most allowed (MAX_CELLS, %L5): choose cells of at least %6 m (CELL_SIZE), clip the land layer to the area of interest, or raise the most cells the grid may have (MAX_CELLS; each cell takes about 45 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceGapPlugin</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlaceGap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PlaceGap documentation (README.html) is not installed beside the plugin in %1. Reinstall PlaceGap (scripts/setup.sh, or &apos;cmake --install&apos; of a build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opened the PlaceGap documentation. Open this address in a web browser:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlaceGap Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PlaceGap style library was not found beside the plugin. Reinstall PlaceGap with &apos;cmake --install&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PlaceGap style library could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlaceGap&apos;s colour ramps (deprivation, bivariate, LISA, travel times, urban-rural) and symbols are now in the Style Manager, tagged &apos;PlaceGap&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlaceGap Sample Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample projects are installed. Reinstall PlaceGap (scripts/setup.sh, or &apos;cmake --install&apos; of a build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data %1 is missing or lacks layers the projects open. Reinstall PlaceGap (the build makes it from the shipped sources; see README.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceGapProvider</name>
    <message>
        <source>PlaceGap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlaceGap %1: place, poverty and school attainment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceGapSampleProjectsDialog</name>
    <message>
        <source>PlaceGap Sample Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a teaching project on the Northern Alliance sample data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects open the sample data in %1, built from the published open data shipped with PlaceGap. Save your changes with &lt;i&gt;Project ▸ Save As…&lt;/i&gt; in a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
