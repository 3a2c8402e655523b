/***************************************************************************
  placegapmetriccrs.h - a CRS in metres for measuring a layer that is not in one
 ***************************************************************************/
#ifndef PLACEGAPMETRICCRS_H
#define PLACEGAPMETRICCRS_H

#include "qgscoordinatereferencesystem.h"
#include "qgscoordinatetransformcontext.h"
#include "qgsrectangle.h"

namespace placegap::crs
{
  //! True when lengths in crs are metres on a projection (not degrees, not feet).
  bool isMetric( const QgsCoordinateReferenceSystem &crs );

  /**
   * The CRS to measure a layer of crs in: crs itself when it is projected in metres, else the
   * UTM zone (WGS 84) of the centre of extent (given in crs), whose lengths are within about
   * 0.1 % of the ellipsoid's across a zone and half of each neighbour (all of the Northern
   * Alliance, 8.7 to 0.7 W, from zone 30).
   */
  QgsCoordinateReferenceSystem metricCrsFor( const QgsCoordinateReferenceSystem &crs, const QgsRectangle &extent, const QgsCoordinateTransformContext &context );
} // namespace placegap::crs

#endif // PLACEGAPMETRICCRS_H
