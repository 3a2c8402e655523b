#!/usr/bin/env bash
# PlaceGap's set-up on Debian 12: install the packages it needs (scripts/debian-packages.txt),
# build, install the plugin where QGIS finds C++ plugins, and run the main job on the shipped
# Northern Alliance data. Run as root or as a user who may sudo.
#
#   scripts/setup.sh
#
# PLACEGAP_PREFIX (default /usr, the prefix of Debian's QGIS) sets where to install; with any
# other prefix, add <prefix>/lib/qgis/plugins to QGIS's Plugin paths (see docs/install.md).
# PLACEGAP_BUILD_DIR (default build) sets the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=${PLACEGAP_PREFIX:-/usr}
build=${PLACEGAP_BUILD_DIR:-build}
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

echo "== Installing the Debian packages in scripts/debian-packages.txt"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2046 # one package a word
$sudo apt-get install -y -qq $(grep -v '^#' scripts/debian-packages.txt)

echo "== Building (the sample GeoPackage is built from the shipped sources as part of it)"
cmake -S . -B "$build" -DCMAKE_INSTALL_PREFIX="$prefix"
cmake --build "$build" -j "$(nproc)"

echo "== Installing into $prefix"
if [ -w "$prefix" ] || { mkdir -p "$prefix" 2>/dev/null && [ -w "$prefix" ]; }; then
  cmake --install "$build"
else
  $sudo cmake --install "$build"
fi
plugin_dir="$prefix/lib/qgis/plugins"
if [ "$(cd "$plugin_dir" && pwd -P)" != "$(cd /usr/lib/qgis/plugins 2>/dev/null && pwd -P)" ]; then
  echo "PlaceGap's plugin is in $plugin_dir: add that folder in QGIS under Settings > Options >"
  echo "System > Plugin paths, restart QGIS, then tick PlaceGap in Plugins > Manage and Install Plugins."
else
  echo "PlaceGap's plugin is in QGIS's own plugin folder ($plugin_dir): tick PlaceGap in"
  echo "QGIS under Plugins > Manage and Install Plugins > Installed."
fi

echo "== The main job: deprivation and attainment in the Northern Alliance"
cmake --build "$build" --target run-main-job
