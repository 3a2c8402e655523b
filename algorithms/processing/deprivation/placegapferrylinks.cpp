/***************************************************************************
  placegapferrylinks.cpp - areas joined by ferry routes, for island-aware spatial weights
 ***************************************************************************/
#include "placegapferrylinks.h"

#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegaptr.h"

#include "qgscoordinatetransform.h"
#include "qgsexception.h"
#include "qgsfeaturerequest.h"
#include "qgsfeaturesource.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsspatialindex.h"

#include <QMap>

#include <map>
#include <set>

using namespace placegap::attributes;

namespace
{
  //! Where the terminals are: each stop's area and the areas of each service.
  struct TerminalAreas
  {
      QMap<QString, int> areaOfStop;
      std::map<QString, std::set<int>> areasOfService;
      std::set<QString> seen; //!< every stop code given
  };

  //! Each terminal's area: the one that holds it, else the nearest within maxDistance; false when cancelled.
  bool placeTerminals( QgsFeatureSource &terminals, const PlaceGapFerryLinks::Fields &fields, const QgsSpatialIndex &index, const QgsCoordinateReferenceSystem &metricCrs, double maxDistance,
                       QgsProcessingContext &context, QgsProcessingFeedback *feedback, TerminalAreas &placed, PlaceGapFerryLinks &result )
  {
    const QgsCoordinateTransform toMetric( terminals.sourceCrs(), metricCrs, context.transformContext() );
    const int codeIndex = terminals.fields().lookupField( fields.terminalCode );
    const int servicesIndex = fields.services.isEmpty() ? -1 : terminals.fields().lookupField( fields.services );
    QgsFeatureRequest request;
    request.setSubsetOfAttributes( servicesIndex >= 0 ? QgsAttributeList { codeIndex, servicesIndex } : QgsAttributeList { codeIndex } );
    QgsFeatureIterator it = terminals.getFeatures( request );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( feedback && feedback->isCanceled() )
        return false;
      const QString code = codeKey( feature.attribute( codeIndex ) );
      const QStringList services = servicesIndex >= 0 ? feature.attribute( servicesIndex ).toString().split( ';', Qt::SkipEmptyParts ) : QStringList();
      if ( ( code.isEmpty() && services.isEmpty() ) || feature.geometry().isEmpty() )
        continue;
      if ( !code.isEmpty() && !placed.seen.insert( code ).second )
        throw QgsProcessingException( PlaceGap::tr( "Ferry terminal code '%1' (field '%2') is given to more than one terminal; each stop code must name one place." ).arg( code, fields.terminalCode ) );
      ++result.terminals;
      const QString name = code.isEmpty() ? PlaceGap::tr( "terminal %1" ).arg( feature.id() ) : code;
      QgsPointXY point = feature.geometry().centroid().asPoint();
      try
      {
        point = toMetric.transform( point );
      }
      catch ( QgsCsException & )
      {
        result.withoutArea << name;
        continue;
      }
      const QList<QgsFeatureId> nearest = index.nearestNeighbor( point, 1, maxDistance );
      if ( nearest.isEmpty() )
      {
        result.withoutArea << name;
        continue;
      }
      // Equal distances (a pier on a shared boundary): the first area in order.
      const int area = static_cast<int>( *std::min_element( nearest.begin(), nearest.end() ) );
      if ( !code.isEmpty() )
        placed.areaOfStop.insert( code, area );
      for ( const QString &service : services )
        placed.areasOfService[service.trimmed()].insert( area );
    }
    return true;
  }

  //! Distinct pairs of stops sailed between, and the areas they join; false when cancelled.
  bool joinRoutes( QgsFeatureSource &timetable, const PlaceGapFerryLinks::Fields &fields, const TerminalAreas &placed, QgsProcessingFeedback *feedback, std::set<std::pair<int, int>> &links, PlaceGapFerryLinks &result )
  {
    QgsFeature feature;
    const int fromIndex = timetable.fields().lookupField( fields.from );
    const int toIndex = timetable.fields().lookupField( fields.to );
    QgsFeatureRequest rows;
    rows.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
    rows.setSubsetOfAttributes( QgsAttributeList { fromIndex, toIndex } );
    std::set<std::pair<QString, QString>> routes;
    std::set<QString> unknown;
    QgsFeatureIterator it = timetable.getFeatures( rows );
    while ( it.nextFeature( feature ) )
    {
      if ( feedback && feedback->isCanceled() )
        return false;
      QString from = codeKey( feature.attribute( fromIndex ) );
      QString to = codeKey( feature.attribute( toIndex ) );
      if ( from.isEmpty() || to.isEmpty() || from == to )
        continue;
      if ( to < from )
        std::swap( from, to );
      if ( !routes.insert( { from, to } ).second )
        continue;
      for ( const QString &stop : { from, to } )
      {
        if ( !placed.areaOfStop.contains( stop ) && !placed.seen.count( stop ) )
          unknown.insert( stop );
      }
      if ( !placed.areaOfStop.contains( from ) || !placed.areaOfStop.contains( to ) )
        continue;
      const int a = placed.areaOfStop.value( from );
      const int b = placed.areaOfStop.value( to );
      if ( a == b )
        ++result.routesWithinOneArea;
      else
        links.insert( { std::min( a, b ), std::max( a, b ) } );
    }
    result.routes = static_cast<int>( routes.size() );
    for ( const QString &stop : unknown )
      result.unknownStops << stop;
    return true;
  }
} // namespace

PlaceGapFerryLinks PlaceGapFerryLinks::find( QgsFeatureSource &terminals, QgsFeatureSource *timetable, const Fields &fields, const std::vector<QgsGeometry> &areas,
                                             const QgsCoordinateReferenceSystem &metricCrs, double maxDistance, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  PlaceGapFerryLinks result;
  QgsSpatialIndex index( QgsSpatialIndex::FlagStoreFeatureGeometries );
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    QgsFeature area( static_cast<QgsFeatureId>( i ) );
    area.setGeometry( areas[i] );
    index.addFeature( area );
  }
  TerminalAreas placed;
  if ( !placeTerminals( terminals, fields, index, metricCrs, maxDistance, context, feedback, placed, result ) )
    return result;
  std::set<std::pair<int, int>> links;
  // Terminals that share a service are joined, whether or not its timetable is known.
  for ( const auto &[service, areasServed] : placed.areasOfService )
  {
    ++result.services;
    for ( auto a = areasServed.begin(); a != areasServed.end(); ++a )
      for ( auto b = std::next( a ); b != areasServed.end(); ++b )
        links.insert( { *a, *b } );
  }
  if ( timetable && !joinRoutes( *timetable, fields, placed, feedback, links, result ) )
    return result;
  result.links.assign( links.begin(), links.end() );
  return result;
}
