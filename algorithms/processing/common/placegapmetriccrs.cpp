/***************************************************************************
  placegapmetriccrs.cpp - a CRS in metres for measuring a layer that is not in one
 ***************************************************************************/
#include "placegapmetriccrs.h"

#include "placegapcompat.h"

#include "qgscoordinatetransform.h"
#include "qgsexception.h"

#include <algorithm>
#include <cmath>

namespace placegap::crs
{
  bool isMetric( const QgsCoordinateReferenceSystem &crs )
  {
    return !crs.isGeographic() && crs.mapUnits() == placegap::compat::DISTANCE_METERS;
  }

  QgsCoordinateReferenceSystem metricCrsFor( const QgsCoordinateReferenceSystem &crs, const QgsRectangle &extent, const QgsCoordinateTransformContext &context )
  {
    if ( isMetric( crs ) )
      return crs;
    QgsPointXY centre = extent.center();
    try
    {
      centre = QgsCoordinateTransform( crs, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), context ).transform( centre );
    }
    catch ( QgsCsException & )
    {
    }
    const int zone = std::clamp( static_cast<int>( std::floor( ( centre.x() + 180.0 ) / 6.0 ) ) + 1, 1, 60 );
    return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:%1" ).arg( ( centre.y() >= 0 ? 32600 : 32700 ) + zone ) );
  }
} // namespace placegap::crs
