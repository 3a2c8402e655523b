#!/usr/bin/env bash
# Checks PlaceGap's Debian package: it holds the plugin, the runner, the styles, the sample
# projects with their sources and built GeoPackage; unpacked into a temporary root, its runner
# lists and runs algorithms, runs the main job, and its projects open with every layer valid.
#
#   scripts/check_deb.sh PACKAGE.deb BUILD_DIR
#
# BUILD_DIR holds the test programs (tests/test_sampleprojects opens the projects).
set -euo pipefail
deb=$1
build=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

dpkg-deb --info "$deb"
dpkg-deb --contents "$deb" > "$root/contents.txt"
for path in \
  ./usr/lib/qgis/plugins/libplacegapplugin.so \
  ./usr/bin/placegap_process \
  ./usr/bin/placegap_runner \
  ./usr/share/placegap/README.md \
  ./usr/share/placegap/README.html \
  ./usr/share/placegap/docs/deprivation.html \
  ./usr/share/placegap/i18n/placegap_fr.qm \
  ./usr/share/placegap/metadata/metadata.txt \
  ./usr/share/placegap/styles/placegap-style-library.xml \
  ./usr/share/placegap/sample-projects/northern_alliance.gpkg \
  ./usr/share/placegap/sample-projects/deprivation_and_attainment.qgs \
  ./usr/share/placegap/sample-projects/rurality_and_islands.qgs \
  ./usr/share/placegap/sample-projects/travel_to_school_and_services.qgs \
  ./usr/share/placegap/sample-projects/models/council_deprivation_quintiles.model3 \
  ./usr/share/placegap/sample-projects/main-job/northern_alliance_gap.sh \
  ./usr/share/placegap/sample-projects/data/sources/SHA256SUMS; do
  if ! grep -q " $path\$" "$root/contents.txt"; then
    echo "The package lacks $path" >&2
    exit 1
  fi
done
echo "Depends: $(dpkg-deb --field "$deb" Depends)"

dpkg-deb --extract "$deb" "$root/unpacked"
prefix=$root/unpacked/usr
export QT_QPA_PLATFORM=offscreen
"$prefix/bin/placegap_process" list | grep -q "placegap:deprivationquantiles"
# The packaged translation is complete and loaded with the locale.
LC_ALL=fr_FR.UTF-8 "$prefix/bin/placegap_process" help placegap:deprivationquantiles | grep -q "Quantiles de défavorisation"
# The shipped sources in the package still match their checksums.
(cd "$prefix/share/placegap/sample-projects/data/sources" && sha256sum --check --quiet SHA256SUMS)
# The main job, entirely from the unpacked package.
sh "$prefix/share/placegap/sample-projects/main-job/northern_alliance_gap.sh" \
  "$prefix/share/placegap/sample-projects/northern_alliance.gpkg" "$root/main-job" "$prefix/bin/placegap_process"
# Every project opens from the package's folder with every layer valid, and renders.
PLACEGAP_INSTALLED_PREFIX=$prefix "$build/tests/test_sampleprojects" projects
echo "The package $deb checks out."
