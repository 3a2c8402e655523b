/***************************************************************************
  placegapalgorithmserviceareas.cpp - placegap:serviceareas
 ***************************************************************************/
#include "placegapalgorithmserviceareas.h"

#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgslinestring.h"
#include "qgsmultilinestring.h"
#include "qgsprocessingfeedback.h"

#include <cmath>

const QString PlaceGapServiceAreasAlgorithm::FIELD_SERVICE_ID = QStringLiteral( "service_id" );
const QString PlaceGapServiceAreasAlgorithm::FIELD_BAND_MINUTES = QStringLiteral( "minutes" );
const QString PlaceGapServiceAreasAlgorithm::FIELD_ROAD_KM = QStringLiteral( "road_km" );

namespace
{
  //! Segments per quarter circle of the buffers: 8, as QGIS's own buffer algorithm uses by default.
  constexpr int BUFFER_SEGMENTS = 8;
  const QString SERVICES = QStringLiteral( "SERVICES" );
  const QString SERVICE_ID_FIELD = QStringLiteral( "SERVICE_ID_FIELD" );
  const QString BANDS = QStringLiteral( "BANDS" );
  const QString BUFFER = QStringLiteral( "BUFFER" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
} // namespace

QString PlaceGapServiceAreasAlgorithm::name() const
{
  return QStringLiteral( "serviceareas" );
}

QString PlaceGapServiceAreasAlgorithm::displayName() const
{
  return PlaceGap::tr( "Service areas" );
}

QStringList PlaceGapServiceAreasAlgorithm::tags() const
{
  return PlaceGap::tr( "service area,catchment,isochrone,drive time,band,network,travel time,road,ferry,polygon" ).split( ',' );
}

QString PlaceGapServiceAreasAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Polygons of the area reachable from each service within one or more travel times (drive-time bands), for catchment maps." );
}

QString PlaceGapServiceAreasAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Draws the areas within each travel time band (e.g. 5, 10, 15 minutes) of the services by road and ferry: the roads reachable in time, buffered into polygons." ) );
}

PlaceGapServiceAreasAlgorithm *PlaceGapServiceAreasAlgorithm::createInstance() const
{
  return new PlaceGapServiceAreasAlgorithm();
}

void PlaceGapServiceAreasAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addSitesParameters( SERVICES, SERVICE_ID_FIELD, PlaceGap::tr( "Services" ) );
  addParameter( new QgsProcessingParameterString( BANDS, PlaceGap::tr( "Travel time bands (minutes, comma-separated)" ), QStringLiteral( "10,20,30" ) ) );
  addParameter( new QgsProcessingParameterDistance( BUFFER, PlaceGap::tr( "Buffer around the reachable roads" ), 50.0, QStringLiteral( "INPUT" ), false, 0.01 ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Service areas" ), placegap::compat::SOURCE_POLYGON ) );
  showReadableNumbers();
}

bool PlaceGapServiceAreasAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  QString problem;
  minutesList( parameterAsString( parameters, BANDS, context ), BANDS, &problem );
  if ( problem.isEmpty() )
    problem = needsFastest( parameters, context, named( BANDS ) );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

QVariantMap PlaceGapServiceAreasAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QString problem;
  const QList<double> minutes = minutesList( parameterAsString( parameters, BANDS, context ), BANDS, &problem );
  if ( minutes.isEmpty() )
    throw QgsProcessingException( problem );
  const double buffer = parameterAsDouble( parameters, BUFFER, context );

  PlaceGapFeatureWarnings warnings( feedback );
  const std::unique_ptr<Network> network = loadNetwork( parameters, context, feedback, warnings );
  if ( !network )
    return QVariantMap();
  const std::vector<Site> services = loadSites( parameters, SERVICES, SERVICE_ID_FIELD, *network, context, feedback, warnings, PlaceGap::tr( "Services" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  QgsFields fields;
  fields.append( siteIdField( parameters, SERVICES, SERVICE_ID_FIELD, FIELD_SERVICE_ID, context ) );
  fields.append( placegap::compat::doubleField( FIELD_BAND_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_ROAD_KM, 0, 0 ) );
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields, placegap::compat::WKB_MULTIPOLYGON, network->layerCrs ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  placegap::DijkstraSearch search( network->graph );
  // With a ferry timetable: leaving at DEPART_AT, sailings as timetabled (else nullptr: a plain search).
  search.setTimetable( network->timetable.get(), network->departClock );
  for ( std::size_t s = 0; s < services.size(); ++s )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const Site &service = services[s];
    const std::vector<placegap::NodeId> settled = service.usable ? placegap::searchWithin( network->graph, search, service.endpoint, minutes.last() * 60.0 ) : std::vector<placegap::NodeId>();
    for ( const double band : minutes )
    {
      QgsFeature feature( fields );
      double roadMetres = 0;
      if ( service.usable )
      {
        // Each reached piece is buffered on its own and the buffers dissolved by GEOS's cascaded
        // union: buffering one multi-line of thousands of overlapping pieces at once is far slower.
        QVector<QgsGeometry> pieces;
        const std::vector<placegap::RoutePiece> parts = placegap::reachableParts( network->graph, search, settled, service.endpoint, band * 60.0 );
        roadMetres = placegap::reachedLength( parts );
        pieces.reserve( static_cast<int>( parts.size() ) + 1 );
        for ( const placegap::RoutePiece &part : parts )
        {
          QVector<double> x, y;
          for ( const placegap::Point &p : placegap::linkPart( network->graph, part.link, part.fromAlong, part.toAlong ) )
          {
            x << p.x;
            y << p.y;
          }
          pieces << QgsGeometry( new QgsLineString( x, y ) ).buffer( buffer, BUFFER_SEGMENTS );
        }
        // The straight leg from the service to the network, walked within the band.
        if ( service.endpoint.accessSeconds <= band * 60.0 )
          pieces << QgsGeometry( new QgsLineString( QVector<double> { service.point.x(), service.endpoint.location.snapped.x }, QVector<double> { service.point.y(), service.endpoint.location.snapped.y } ) ).buffer( buffer, BUFFER_SEGMENTS );
        else
          pieces << QgsGeometry::fromPointXY( service.point ).buffer( buffer, BUFFER_SEGMENTS );
        QgsGeometry area = QgsGeometry::unaryUnion( pieces );
        area.convertToMultiType();
        feature.setGeometry( toLayerCrs( *network, area, context ) );
      }
      feature.setAttributes( QgsAttributes() << service.id << band << ( service.usable ? QVariant( roadMetres / 1000.0 ) : QVariant() ) );
      if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    }
    feedback->setProgress( 35.0 + 65.0 * static_cast<double>( s + 1 ) / static_cast<double>( services.size() ) );
  }
  warnings.summarize();
  sink.reset();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, QStringLiteral( "service_areas.qml" ) );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
