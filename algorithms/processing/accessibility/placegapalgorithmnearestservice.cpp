/***************************************************************************
  placegapalgorithmnearestservice.cpp - placegap:nearestservice
 ***************************************************************************/
#include "placegapalgorithmnearestservice.h"

#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgslinestring.h"
#include "qgsprocessingfeedback.h"

#include <QHash>

const QString PlaceGapNearestServiceAlgorithm::FIELD_SERVICE_ID = QStringLiteral( "service_id" );
const QString PlaceGapNearestServiceAlgorithm::FIELD_SERVICE_SNAP = QStringLiteral( "service_snap_m" );

namespace
{
  const QString ORIGINS = QStringLiteral( "ORIGINS" );
  const QString SERVICES = QStringLiteral( "SERVICES" );
  const QString SERVICE_ID_FIELD = QStringLiteral( "SERVICE_ID_FIELD" );
  const QString NEAREST = QStringLiteral( "NEAREST" );
  const QString MAX_MINUTES = QStringLiteral( "MAX_MINUTES" );
  const QString ROUTES = QStringLiteral( "ROUTES" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );

  void appendPoint( QVector<QgsPointXY> &line, const placegap::Point &p )
  {
    const QgsPointXY point( p.x, p.y );
    if ( line.isEmpty() || line.last() != point )
      line << point;
  }
} // namespace

QString PlaceGapNearestServiceAlgorithm::name() const
{
  return QStringLiteral( "nearestservice" );
}

QString PlaceGapNearestServiceAlgorithm::displayName() const
{
  return PlaceGap::tr( "Nearest service" );
}

QStringList PlaceGapNearestServiceAlgorithm::tags() const
{
  return PlaceGap::tr( "nearest,closest,service,school,gp,library,network,travel time,road,ferry,route,accessibility" ).split( ',' );
}

QString PlaceGapNearestServiceAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "For each origin, the nearest (or k nearest) service by travel time over a road and ferry network, with minutes, km and optionally the route." );
}

QString PlaceGapNearestServiceAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Finds the nearest services (school, GP, hospital) from each origin by road and ferry, with the minutes and kilometres, and optionally the routes as lines. With a ferry timetable and a departure time, journeys wait for sailings and say when they arrive and whether one can be home the same day." ) );
}

PlaceGapNearestServiceAlgorithm *PlaceGapNearestServiceAlgorithm::createInstance() const
{
  return new PlaceGapNearestServiceAlgorithm();
}

void PlaceGapNearestServiceAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addSitesParameters( ORIGINS, QString(), PlaceGap::tr( "Origins" ) );
  addSitesParameters( SERVICES, SERVICE_ID_FIELD, PlaceGap::tr( "Services" ) );
  addParameter( new QgsProcessingParameterNumber( NEAREST, PlaceGap::tr( "Number of nearest services per origin" ), placegap::compat::NUMBER_INTEGER, 1, false, 1 ) );
  addParameter( new QgsProcessingParameterNumber( MAX_MINUTES, PlaceGap::tr( "Only services within minutes (0 = no limit)" ), placegap::compat::NUMBER_DOUBLE, 0.0, false, 0 ) );
  addParameter( new QgsProcessingParameterBoolean( ROUTES, PlaceGap::tr( "Output the routes as lines" ), false ) );
  addReturnTripParameter();
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Nearest services" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

bool PlaceGapNearestServiceAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = parameterAsDouble( parameters, MAX_MINUTES, context ) > 0 ? needsFastest( parameters, context, named( MAX_MINUTES ) ) : QString();
  if ( !problem.isEmpty() )
  {
    if ( message )
      *message = problem;
    return false;
  }
  std::unique_ptr<QgsProcessingFeatureSource> origins( parameterAsSource( parameters, ORIGINS, context ) );
  if ( origins )
  {
    const QString clash = placegap::attributes::clashingOutputField( origins->fields(), QStringList { FIELD_SERVICE_ID, FIELD_MINUTES, FIELD_KM, FIELD_RANK, FIELD_ORIGIN_SNAP, FIELD_SERVICE_SNAP } + timetableOutputFieldNames(), ORIGINS );
    if ( !clash.isEmpty() )
    {
      if ( message )
        *message = clash;
      return false;
    }
  }
  return true;
}

QgsFields PlaceGapNearestServiceAlgorithm::outputFields( const QVariantMap &parameters, QgsProcessingContext &context, const Network &network, const QgsFields &originFields ) const
{
  QgsFields fields = originFields;
  fields.append( siteIdField( parameters, SERVICES, SERVICE_ID_FIELD, FIELD_SERVICE_ID, context ) );
  fields.append( placegap::compat::doubleField( FIELD_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_KM, 0, 0 ) );
  fields.append( placegap::compat::intField( FIELD_RANK ) );
  fields.append( placegap::compat::doubleField( FIELD_ORIGIN_SNAP, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_SERVICE_SNAP, 0, 0 ) );
  for ( const QgsField &field : timetableFields( network ) )
    fields.append( field );
  return fields;
}

QgsGeometry PlaceGapNearestServiceAlgorithm::routeLine( const Network &network, const placegap::TravelTimeEngine &engine, const Site &origin, const Site &service, std::uint32_t destination, const placegap::TravelQuery &routeQuery )
{
  QVector<QgsPointXY> line;
  line << origin.point;
  for ( const placegap::RoutePiece &piece : engine.route( origin.endpoint, destination, routeQuery ) )
  {
    if ( piece.sailingLeg != placegap::NO_ID )
    {
      // A sailing: straight from terminal to terminal.
      const placegap::FerryTimetable::Leg &leg = network.timetable->leg( piece.sailingLeg );
      appendPoint( line, network.graph.nodePosition[leg.from] );
      appendPoint( line, network.graph.nodePosition[leg.to] );
      continue;
    }
    for ( const placegap::Point &p : placegap::linkPart( network.graph, piece.link, piece.fromAlong, piece.toAlong ) )
      appendPoint( line, p );
  }
  appendPoint( line, { service.point.x(), service.point.y() } );
  if ( line.size() == 1 )
    line << line.first();
  return QgsGeometry::fromPolylineXY( line );
}

struct PlaceGapNearestServiceAlgorithm::Searched
{
    const Network &network;
    const std::vector<Site> &origins;
    const std::vector<Site> &services;
    const std::vector<std::vector<placegap::Reach>> &reaches;
    const TimetableResults &timetabled;
    const placegap::TravelTimeEngine &engine;
    placegap::TravelQuery routeQuery;
};

QgsFeatureList PlaceGapNearestServiceAlgorithm::rowsOf( const QgsFeature &feature, std::size_t i, const Searched &searched, const QgsFields &fields, bool routes, QgsProcessingContext &context ) const
{
  const Network &network = searched.network;
  const Site &origin = searched.origins[i];
  QgsFeatureList features;
  int rank = 0;
  for ( const placegap::Reach &reach : searched.reaches[i] )
  {
    const Site &service = searched.services[reach.destination];
    QgsFeature out( fields );
    out.setAttributes( feature.attributes() << service.id << minutesValue( network, reach.seconds ) << kilometresValue( reach.metres ) << ++rank << snapValue( origin ) << snapValue( service ) << timetableAttributes( network, searched.timetabled, i, reach.destination, &reach ) );
    if ( routes )
      out.setGeometry( toLayerCrs( network, routeLine( network, searched.engine, origin, service, reach.destination, searched.routeQuery ), context ) );
    else
      out.setGeometry( feature.geometry() );
    features << out;
  }
  if ( features.isEmpty() )
  {
    QgsFeature out( fields );
    out.setAttributes( feature.attributes() << QVariant() << QVariant() << QVariant() << QVariant() << snapValue( origin ) << QVariant() << timetableAttributes( network, searched.timetabled, i, placegap::NO_ID, nullptr ) );
    if ( !routes )
      out.setGeometry( feature.geometry() );
    features << out;
  }
  return features;
}

QVariantMap PlaceGapNearestServiceAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  PlaceGapFeatureWarnings warnings( feedback );
  const std::unique_ptr<Network> network = loadNetwork( parameters, context, feedback, warnings );
  if ( !network )
    return QVariantMap();
  const std::vector<Site> origins = loadSites( parameters, ORIGINS, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Origins" ) );
  const std::vector<Site> services = loadSites( parameters, SERVICES, SERVICE_ID_FIELD, *network, context, feedback, warnings, PlaceGap::tr( "Services" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  placegap::TravelQuery query;
  query.nearest = static_cast<std::size_t>( std::max( 1, parameterAsInt( parameters, NEAREST, context ) ) );
  const double maxMinutes = parameterAsDouble( parameters, MAX_MINUTES, context );
  if ( maxMinutes > 0 )
    query.cutoffSeconds = maxMinutes * 60.0;
  const bool routes = parameterAsBool( parameters, ROUTES, context );

  const placegap::TravelTimeEngine engine( network->graph, endpoints( services ) );
  const double searchedTo = routes ? 70 : 85;
  const double travelledTo = network->timetable ? 35 + ( searchedTo - 35 ) / 2 : searchedTo;
  const auto reaches = travel( *network, origins, engine, query, feedback, 35, travelledTo );
  const TimetableResults timetabled = timetableResults( *network, origins, engine, feedback, travelledTo, searchedTo );
  if ( feedback->isCanceled() )
    return QVariantMap();
  Searched searched { *network, origins, services, reaches, timetabled, engine, placegap::TravelQuery() };
  searched.routeQuery.timetable = network->timetable.get();
  searched.routeQuery.departClock = network->departClock;

  std::unique_ptr<QgsProcessingFeatureSource> originSource = requiredSource( parameters, ORIGINS, context );
  const QgsFields fields = outputFields( parameters, context, *network, originSource->fields() );

  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  // Routes are drawn in the network layer's CRS; origins keep theirs.
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields, routes ? placegap::compat::WKB_LINESTRING : originSource->wkbType(), routes ? network->layerCrs : originSource->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  QHash<QgsFeatureId, std::size_t> originIndex;
  for ( std::size_t i = 0; i < origins.size(); ++i )
    originIndex.insert( origins[i].featureId, i );

  std::size_t unmatched = 0;
  std::size_t written = 0;
  QgsFeatureIterator it = originSource->getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const auto found = originIndex.constFind( feature.id() );
    if ( found == originIndex.constEnd() )
      continue;
    QgsFeatureList features = rowsOf( feature, *found, searched, fields, routes, context );
    // An origin that reaches no service has one row, its service fields NULL.
    unmatched += searched.reaches[*found].empty() ? 1 : 0;
    if ( !sink->addFeatures( features, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    ++written;
    feedback->setProgress( ( routes ? 70.0 : 85.0 ) + ( routes ? 30.0 : 15.0 ) * static_cast<double>( written ) / static_cast<double>( std::max<std::size_t>( 1, origins.size() ) ) );
  }
  if ( unmatched > 0 )
    feedback->pushWarning( PlaceGap::tr( "%n origin(s) reach no service over the network%1; their service fields are NULL.", nullptr, static_cast<int>( unmatched ) ).arg( maxMinutes > 0 ? PlaceGap::tr( " within %1 minutes" ).arg( maxMinutes ) : QString() ) );
  warnings.summarize();
  sink.reset();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "travel_time_polygons.qml" ), QStringLiteral( "travel_time_points.qml" ), QStringLiteral( "travel_time_lines.qml" ) } );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
