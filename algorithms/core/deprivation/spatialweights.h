/***************************************************************************
  spatialweights.h - neighbour lists: contiguity, k nearest, distance band
 ***************************************************************************/
#ifndef PLACEGAP_CORE_SPATIALWEIGHTS_H
#define PLACEGAP_CORE_SPATIALWEIGHTS_H

#include <functional>
#include <utility>
#include <vector>

namespace placegap
{

  struct Point2
  {
      double x = 0;
      double y = 0;
  };

  //! A polygon's rings (exterior and holes; all parts of a multipolygon), each a closed or open vertex list.
  using PolygonRings = std::vector<std::vector<Point2>>;

  //! Neighbours of each feature, sorted by index; an empty list is an island.
  using NeighbourLists = std::vector<std::vector<int>>;

  enum class Contiguity
  {
    Queen, //!< sharing at least one vertex
    Rook,  //!< sharing at least one edge (two consecutive vertices, either direction)
  };

  /**
   * Contiguity neighbours from shared vertex coordinates, as PySAL's libpysal.weights.Queen and
   * Rook do with their default exact matching: coordinates must be equal, not just close, so
   * boundaries digitised independently (not sharing vertices) are not found to touch.
   * Runs in O(total vertices log) by sorting vertex (or edge) keys.
   */
  NeighbourLists contiguityNeighbours( const std::vector<PolygonRings> &polygons, Contiguity rule );

  /**
   * The k nearest other features of each point (Euclidean). Ties at the k-th distance are broken
   * by the lower index. k is capped at n - 1.
   */
  NeighbourLists nearestNeighbours( const std::vector<Point2> &points, int k, const std::function<bool()> &isCanceled = {} );

  //! All other features within distance (inclusive) of each point.
  NeighbourLists distanceBandNeighbours( const std::vector<Point2> &points, double distance, const std::function<bool()> &isCanceled = {} );

  /**
   * Adds each link (a, b) both ways, as ferry routes join islands that share no boundary: lists stay
   * sorted and without repeats; a link of an area to itself, or out of range, is ignored. Returns
   * the number of pairs that were not neighbours before.
   */
  int addLinks( NeighbourLists &neighbours, const std::vector<std::pair<int, int>> &links );

} // namespace placegap

#endif // PLACEGAP_CORE_SPATIALWEIGHTS_H
