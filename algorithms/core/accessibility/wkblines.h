/***************************************************************************
  wkblines.h - the parts of a line geometry read straight from its well-known binary
 ***************************************************************************/
#ifndef PLACEGAP_CORE_WKBLINES_H
#define PLACEGAP_CORE_WKBLINES_H

#include "roadgraph.h"

#include <cstddef>
#include <vector>

namespace placegap
{
  //! What a geometry's well-known binary held.
  enum class WkbLines
  {
    Lines, //!< A LineString or MultiLineString: its parts were read.
    Other, //!< Any other geometry (curves, points, polygons, collections) or bytes that do not parse: nothing was read.
  };

  /**
   * Reads a LineString or MultiLineString from its well-known binary (ISO, or the older 2.5D
   * and EWKB flags, with or without a SRID; either byte order; Z and M dropped) into parts, one
   * list of vertices a part, in order, as QGIS's asMultiPolyline would give them: an empty part
   * stays an empty list. Other geometries give WkbLines::Other and leave parts empty, so that
   * the caller can hand them to a full geometry library (curves to segmentize, for example).
   * parts is cleared first.
   */
  WkbLines readWkbLines( const unsigned char *wkb, std::size_t bytes, std::vector<std::vector<Point>> &parts );

  //! The planar length of lines, as QGIS measures one: the sum of its segments' lengths.
  double linesLength( const std::vector<std::vector<Point>> &parts );
} // namespace placegap

#endif // PLACEGAP_CORE_WKBLINES_H
