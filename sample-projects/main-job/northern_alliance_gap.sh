#!/bin/sh
# PlaceGap's main job: the council workflow on the Northern Alliance sample data, with
# placegap_process. README.md's first command runs it; see README.md in this folder.
#
#   northern_alliance_gap.sh SAMPLE_GPKG OUTPUT_FOLDER [PLACEGAP_PROCESS]
#
# SAMPLE_GPKG is northern_alliance.gpkg (built from the shipped sources by the build, installed
# with the sample projects); PLACEGAP_PROCESS defaults to placegap_process on the PATH.
set -eu
gpkg=$1
out=$2
run=${3:-placegap_process}
here=$(cd "$(dirname "$0")" && pwd)
models=$here/../models
mkdir -p "$out"
for file in council_quintiles primary_schools primary_bivariate primary_by_urban_rural reading_by_quintile reading_gap; do
  rm -f "$out/$file.gpkg"
done
# The runner prints each run's results as JSON; keep them beside the outputs, show the table.
log=$out/main_job.log
: > "$log"

# 1. SIMD quintiles within each council, weighted by population (Public Health Scotland's
#    convention), after repairing the zones' geometries: the council workflow model.
"$run" run "$models/council_deprivation_quintiles.model3" \
  "--INPUT=$gpkg|layername=data_zones" --RANK_FIELD=simd_rank \
  --POPULATION_FIELD=population --GROUP_FIELD=council_code \
  "--deprivationquantiles:QUANTILES=$out/council_quintiles.gpkg" >> "$log"

# 2. Primary schools, each with its data zone's council quintile ('council_quintile').
"$run" run native:joinattributestable \
  "--INPUT=$gpkg|layername=schools|subset=\"school_type\" = 'Primary'" --FIELD=dz_code \
  "--INPUT_2=$out/council_quintiles.gpkg" --FIELD_2=dz_code --FIELDS_TO_COPY=quintile \
  --METHOD=1 --DISCARD_NONMATCHING=false --PREFIX=council_ \
  "--OUTPUT=$out/primary_schools.gpkg" >> "$log"

# 3. The deprivation-attainment overlay: each school in 3 x 3 classes of its zone's SIMD rank
#    (national breaks) and its P1/P4/P7 reading attainment; a banded figure ('97-100%') lying
#    wholly in one class is classed, a suppressed one ('[c]') that could be in any is not.
#    The class summary counts, per urban-rural class (SGUR 8-fold), the schools in each cell and
#    those left unclassified, with their pupils from quintile 1 zones: the rural lens.
"$run" run placegap:deprivationattainmentoverlay \
  "--INPUT=$out/primary_schools.gpkg" --CODE_FIELD=seed_code \
  --DEPRIVATION_FIELD=dz_simd_rank --DEPRIVATION_ORDER=0 --DEPRIVATION_BREAKS=1 --RANK_COUNT=6976 \
  "--ATTAINMENT=$out/primary_schools.gpkg" --ATTAINMENT_CODE_FIELD=seed_code \
  --ATTAINMENT_LOWER_FIELD=acel_p_reading_lo --ATTAINMENT_UPPER_FIELD=acel_p_reading_hi \
  --LABEL_FIELD=school_name --CLASSES=3 \
  --CLASS_FIELD=ur8 --COUNT_FIELD=pupils_simd_q1 \
  "--OUTPUT=$out/primary_bivariate.gpkg" "--CLASS_SUMMARY=$out/primary_by_urban_rural.gpkg" >> "$log"

# 4. The reading attainment gap by council quintile, per council (by code: publishers spell
#    council names differently): gap between quintiles 1 and 5, SII and RII with seeded
#    bootstrap intervals, schools weighted by their roll. Every school with an ACEL return
#    counts: suppressed ('[c]') and banded ('97-100%') figures are read as the intervals they
#    lie in, estimated within them, and bound what the gap and SII can be.
"$run" run placegap:attainmentgap \
  "--INPUT=$out/primary_schools.gpkg" \
  --ATTAINMENT_LOWER_FIELD=acel_p_reading_lo --ATTAINMENT_UPPER_FIELD=acel_p_reading_hi \
  --LABEL_FIELD=school_name --CENSORED_VALUES=0 \
  --QUANTILE_FIELD=council_quintile --QUANTILES=0 --WEIGHT_FIELD=pupil_roll \
  --GROUP_FIELD=council_code --BOOTSTRAP_SAMPLES=1000 --SEED=1 \
  "--OUTPUT=$out/reading_by_quintile.gpkg" "--SUMMARY=$out/reading_gap.gpkg" >> "$log"

python3 "$here/print_gap_table.py" "$gpkg" "$out"
