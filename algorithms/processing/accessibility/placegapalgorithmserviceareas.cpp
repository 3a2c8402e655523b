/***************************************************************************
  placegapalgorithmserviceareas.cpp - placegap:serviceareas
 ***************************************************************************/
#include "placegapalgorithmserviceareas.h"

#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"

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
  return QObject::tr( "Service areas" );
}

QStringList PlaceGapServiceAreasAlgorithm::tags() const
{
  return QObject::tr( "service area,catchment,isochrone,drive time,band,network,travel time,road,ferry,polygon" ).split( ',' );
}

QString PlaceGapServiceAreasAlgorithm::shortDescription() const
{
  return QObject::tr( "Polygons of the area reachable from each service within one or more travel times (drive-time bands), for catchment maps." );
}

QString PlaceGapServiceAreasAlgorithm::shortHelpString() const
{
  return QObject::tr( "Maps, for each service (SERVICES: e.g. schools, GP surgeries), the area that can be reached from it "
                      "within each travel time in BANDS (minutes, e.g. '10,20,30'), over the road network with ferries. "
                      "Output: one polygon per service and band, in the network CRS, with '%1' (the SERVICE_ID_FIELD value, "
                      "else the feature id), '%2' (the band) and '%3' (km of road reachable within the band; a stretch "
                      "reached both ways counts once).\n"
                      "How: one Dijkstra search from the service (its off-network leg included) to the largest band; for "
                      "each band, every road link is cut where the time runs out (a link entered at t seconds with c "
                      "seconds of cost is reached for a share (band - t) / c of its length), and the reachable parts, "
                      "with the straight leg from the service to the network, are buffered by BUFFER metres and "
                      "dissolved into one polygon. This is a buffer of the reachable roads, not a convex or concave hull: "
                      "it does not cover land between roads that cannot be reached, and it follows one-way streets and "
                      "ferries as travelled. Bands are cumulative (the 20-minute polygon holds the 10-minute one). Travel "
                      "is from the service outwards; on a network of one-way streets the area reachable towards the service "
                      "can differ.\n"
                      "Nulls: a service without geometry is warned about and gets no polygon (NULL geometry). Needs "
                      "STRATEGY 1 (fastest).\n\n" )
             .arg( FIELD_SERVICE_ID, FIELD_BAND_MINUTES, FIELD_ROAD_KM ) +
         networkHelp();
}

PlaceGapServiceAreasAlgorithm *PlaceGapServiceAreasAlgorithm::createInstance() const
{
  return new PlaceGapServiceAreasAlgorithm();
}

void PlaceGapServiceAreasAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addSitesParameters( SERVICES, SERVICE_ID_FIELD, QObject::tr( "Services" ) );
  addParameter( new QgsProcessingParameterString( BANDS, QObject::tr( "Travel time bands (minutes, comma-separated)" ), QStringLiteral( "10,20,30" ) ) );
  addParameter( new QgsProcessingParameterDistance( BUFFER, QObject::tr( "Buffer around the reachable roads" ), 50.0, QStringLiteral( "INPUT" ), false, 0.01 ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Service areas" ), placegap::compat::SOURCE_POLYGON ) );
}

bool PlaceGapServiceAreasAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  QString problem;
  minutesList( parameterAsString( parameters, BANDS, context ), BANDS, &problem );
  if ( problem.isEmpty() )
    problem = needsFastest( parameters, context, BANDS );
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
  const std::vector<Site> services = loadSites( parameters, SERVICES, SERVICE_ID_FIELD, *network, context, feedback, warnings, QObject::tr( "Services" ) );
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
