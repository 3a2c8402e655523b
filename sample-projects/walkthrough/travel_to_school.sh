#!/bin/sh
# Travel to school on an OpenStreetMap road network, with placegap_process: the walkthrough of
# sample-projects/walkthrough/README.md. The same commands work on an OSM extract of Scotland.
#
#   travel_to_school.sh OSM_FILE OUTPUT_FOLDER [PLACEGAP_PROCESS]
#
# OSM_FILE is an .osm.pbf extract (the tests use Monaco, shipped in sample-projects/data/sources/osm-monaco);
# PLACEGAP_PROCESS defaults to placegap_process on the PATH.
set -eu
osm=$1
out=$2
run=${3:-placegap_process}
mkdir -p "$out"

# 1. Roads only (OSM 'lines' also hold rivers, walls and power lines), in metres: the network
#    must be in a projected CRS (UTM zone 32N here; British National Grid, EPSG:27700, in Scotland).
"$run" run native:reprojectlayer \
  "--INPUT=$osm|layername=lines|subset=highway IS NOT NULL" \
  --TARGET_CRS=EPSG:32632 \
  "--OUTPUT=$out/roads.gpkg"

# 2. Schools: OSM points tagged amenity=school. Sites are reprojected to the network's CRS by the
#    algorithms themselves, so schools and buildings stay as they are.
schools="$osm|layername=points|subset=other_tags LIKE '%\"amenity\"=>\"school\"%'"
buildings="$osm|layername=multipolygons|subset=building IS NOT NULL"

# 3. Drive minutes from every building to its nearest school, with OSM highway speeds.
"$run" run placegap:nearestservice \
  "--INPUT=$out/roads.gpkg" --ROAD_CLASS_FIELD=highway \
  "--ORIGINS=$buildings" "--SERVICES=$schools" --SERVICE_ID_FIELD=name \
  "--OUTPUT=$out/nearest_school.gpkg"

# 4. How many schools each building reaches within 2 and 4 minutes.
"$run" run placegap:servicecoverage \
  "--INPUT=$out/roads.gpkg" --ROAD_CLASS_FIELD=highway \
  "--ORIGINS=$buildings" "--SERVICES=$schools" --THRESHOLDS=2,4 \
  "--OUTPUT=$out/schools_in_reach.gpkg"

# 5. The areas each school reaches within 1, 2 and 3 minutes: catchment maps.
"$run" run placegap:serviceareas \
  "--INPUT=$out/roads.gpkg" --ROAD_CLASS_FIELD=highway \
  "--SERVICES=$schools" --SERVICE_ID_FIELD=name --BANDS=1,2,3 \
  "--OUTPUT=$out/school_areas.gpkg"
