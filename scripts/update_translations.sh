#!/bin/sh
# Brings i18n/placegap_*.ts up to date with the strings in the sources (new strings come in
# unfinished, for a translator to fill in Qt Linguist); test_translation fails until they are.
set -e
cd "$(dirname "$0")/.."
for ts in i18n/placegap_*.ts; do
  lupdate -locations none -no-obsolete algorithms/processing plugin runner -ts "$ts"
done
