/***************************************************************************
  placegapneararealinks.cpp - areas within a gap of each other, for fuzzy contiguity
 ***************************************************************************/
#include "placegapneararealinks.h"

#include "qgsspatialindex.h"

std::vector<std::pair<int, int>> nearAreaLinks( const std::vector<QgsGeometry> &areas, double tolerance, const std::function<bool()> &isCanceled )
{
  QgsSpatialIndex index;
  for ( std::size_t i = 0; i < areas.size(); ++i )
    index.addFeature( static_cast<QgsFeatureId>( i ), areas[i].boundingBox() );
  std::vector<std::pair<int, int>> links;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    if ( isCanceled && i % 64 == 0 && isCanceled() )
      return {};
    const QgsRectangle box = areas[i].boundingBox().buffered( tolerance );
    for ( const QgsFeatureId candidate : index.intersects( box ) )
    {
      const std::size_t j = static_cast<std::size_t>( candidate );
      if ( j <= i )
        continue;
      if ( areas[i].distance( areas[j] ) <= tolerance )
        links.emplace_back( static_cast<int>( i ), static_cast<int>( j ) );
    }
  }
  return links;
}
