#!/bin/sh
# Adds to the Northern Alliance sample GeoPackage the minutes to the nearest primary and
# secondary school computed by placegap:costsurfacetraveltime over land and ferries, beside SIMD's
# published drive times, for teaching session 3 (the build runs it after buildsampledata):
#
#   add_computed_travel.sh SAMPLE_GPKG POSTCODES_GPKG WORK_FOLDER [PLACEGAP_PROCESS]
#
# Layers added: postcode_minutes_primary / _secondary (each postcode point with its minutes) and
# travel_primary / travel_secondary (each data zone with the mean of its postcodes' minutes,
# SIMD's drive time and the difference), as validation/simd_drive_times.py compares them.
# Parameters: the algorithm's defaults (50 km/h, circuity 1.3, 250 m cells, ferries as
# timetabled leaving Wed 08:00).
set -eu
gpkg=$1
postcodes=$2
work=$3
run=${4:-placegap_process}
mkdir -p "$work"
rm -f "$work/postcodes_dz.gpkg"
# Each postcode with the data zone its point falls in.
"$run" run native:joinattributesbylocation "--INPUT=$postcodes" "--JOIN=$gpkg|layername=data_zones" \
  --PREDICATE=0 --JOIN_FIELDS=dz_code --METHOD=1 --DISCARD_NONMATCHING=false \
  "--OUTPUT=$work/postcodes_dz.gpkg" > "$work/postcodes_dz.json" 2> "$work/postcodes_dz.log"
for kind in primary secondary; do
  case $kind in primary) type=Primary ;; secondary) type=Secondary ;; esac
  "$run" run placegap:costsurfacetraveltime "--ORIGINS=$work/postcodes_dz.gpkg" \
    "--SERVICES=$gpkg|layername=schools|subset=\"school_type\" = '$type'" --SERVICE_ID_FIELD=seed_code \
    "--LAND=$gpkg|layername=land" "--FERRY_TIMETABLE=$gpkg|layername=ferry_sailings" \
    "--FERRY_TERMINALS=$gpkg|layername=ferry_terminals" \
    "--OUTPUT=ogr:dbname='$gpkg' table=\"postcode_minutes_$kind\" (geom)" \
    > "$work/postcode_minutes_$kind.json" 2> "$work/postcode_minutes_$kind.log"
  # Each zone: the mean over its postcodes that reach a school, SIMD's figure, and the difference.
  ogr2ogr -update -overwrite -f GPKG "$gpkg" "$gpkg" -nln "travel_$kind" -nlt MULTIPOLYGON \
    -lco "DESCRIPTION=Minutes to the nearest $kind school per data zone: the mean over the zone's postcodes (OS Code-Point Open 2020) of placegap:costsurfacetraveltime's minutes over land and ferries (defaults: 50 km/h, circuity 1.3, 250 m cells, ferries as timetabled leaving Wed 08:00), beside SIMD 2020v2's drive_$kind (simd_minutes); minus_simd = minutes - simd_minutes. Made by sample-projects/tools/add_computed_travel.sh." \
    -dialect SQLite -sql \
    "SELECT z.geom AS geom, z.dz_code, z.dz_name, z.council_code, z.council_name, z.island,
            AVG(p.minutes) AS minutes, COUNT(p.minutes) AS postcodes, COUNT(p.postcode) - COUNT(p.minutes) AS postcodes_unreached,
            z.drive_$kind AS simd_minutes, AVG(p.minutes) - z.drive_$kind AS minus_simd
     FROM data_zones z LEFT JOIN postcode_minutes_$kind p ON p.dz_code = z.dz_code
     GROUP BY z.dz_code ORDER BY z.dz_code"
done
