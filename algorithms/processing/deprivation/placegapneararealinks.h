/***************************************************************************
  placegapneararealinks.h - areas within a gap of each other, for fuzzy contiguity
 ***************************************************************************/
#ifndef PLACEGAPNEARAREALINKS_H
#define PLACEGAPNEARAREALINKS_H

#include "qgsgeometry.h"

#include <functional>
#include <utility>
#include <vector>

/**
 * Pairs of areas (positions, smaller first, each once) whose geometries come within tolerance of
 * each other, as libpysal's fuzzy_contiguity does: generalised boundaries that leave slivers
 * between neighbours, and islands joined by a bridge or causeway, then count as touching. The
 * geometries must be in metres. Empty when cancelled.
 */
std::vector<std::pair<int, int>> nearAreaLinks( const std::vector<QgsGeometry> &areas, double tolerance, const std::function<bool()> &isCanceled = {} );

#endif // PLACEGAPNEARAREALINKS_H
