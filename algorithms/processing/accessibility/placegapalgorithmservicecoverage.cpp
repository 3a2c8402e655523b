/***************************************************************************
  placegapalgorithmservicecoverage.cpp - placegap:servicecoverage
 ***************************************************************************/
#include "placegapalgorithmservicecoverage.h"

#include "floatingcatchment.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"

#include "qgsfeature.h"
#include "qgsprocessingfeedback.h"

#include <QHash>

#include <cmath>
#include <limits>

const QString PlaceGapServiceCoverageAlgorithm::FIELD_WITHIN_PREFIX = QStringLiteral( "within_" );
const QString PlaceGapServiceCoverageAlgorithm::FIELD_NEAREST_MINUTES = QStringLiteral( "nearest_min" );

namespace
{
  const QString ORIGINS = QStringLiteral( "ORIGINS" );
  const QString SERVICES = QStringLiteral( "SERVICES" );
  const QString CAPACITY_FIELD = QStringLiteral( "CAPACITY_FIELD" );
  const QString THRESHOLDS = QStringLiteral( "THRESHOLDS" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
} // namespace

QString PlaceGapServiceCoverageAlgorithm::withinFieldName( double minutes )
{
  return FIELD_WITHIN_PREFIX + QString::number( minutes, 'g', 10 ).replace( '.', '_' );
}

QString PlaceGapServiceCoverageAlgorithm::name() const
{
  return QStringLiteral( "servicecoverage" );
}

QString PlaceGapServiceCoverageAlgorithm::displayName() const
{
  return PlaceGap::tr( "Services within travel time" );
}

QStringList PlaceGapServiceCoverageAlgorithm::tags() const
{
  return PlaceGap::tr( "coverage,cumulative opportunities,isochrone,count,capacity,service,school,network,travel time,accessibility" ).split( ',' );
}

QString PlaceGapServiceCoverageAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "For each origin, the number (or summed capacity) of services reachable within one or more travel times (cumulative opportunities)." );
}

QString PlaceGapServiceCoverageAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Counts for each origin the services (or their capacity) reachable within each travel time threshold by road and ferry, and the minutes to the nearest: a measure of choice as well as distance." ) );
}

PlaceGapServiceCoverageAlgorithm *PlaceGapServiceCoverageAlgorithm::createInstance() const
{
  return new PlaceGapServiceCoverageAlgorithm();
}

void PlaceGapServiceCoverageAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addSitesParameters( ORIGINS, QString(), PlaceGap::tr( "Origins" ) );
  addSitesParameters( SERVICES, QString(), PlaceGap::tr( "Services" ) );
  addParameter( new QgsProcessingParameterField( CAPACITY_FIELD, PlaceGap::tr( "Service capacity field (default: count 1 each)" ), QVariant(), SERVICES, placegap::compat::FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterString( THRESHOLDS, PlaceGap::tr( "Travel time thresholds (minutes, comma-separated)" ), QStringLiteral( "10,20,30" ) ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Services within travel time" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

bool PlaceGapServiceCoverageAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  QString problem;
  const QList<double> minutes = minutesList( parameterAsString( parameters, THRESHOLDS, context ), THRESHOLDS, &problem );
  if ( problem.isEmpty() )
    problem = needsFastest( parameters, context, named( THRESHOLDS ) );
  std::unique_ptr<QgsProcessingFeatureSource> services( parameterAsSource( parameters, SERVICES, context ) );
  const QString capacityField = parameterAsString( parameters, CAPACITY_FIELD, context );
  if ( problem.isEmpty() && services && !capacityField.isEmpty() && services->fields().lookupField( capacityField ) < 0 )
    problem = PlaceGap::tr( "The services (SERVICES) have no capacity field '%1' (CAPACITY_FIELD)." ).arg( capacityField );
  std::unique_ptr<QgsProcessingFeatureSource> origins( parameterAsSource( parameters, ORIGINS, context ) );
  if ( problem.isEmpty() && origins )
  {
    QStringList added { FIELD_NEAREST_MINUTES };
    for ( double m : minutes )
      added << withinFieldName( m );
    problem = placegap::attributes::clashingOutputField( origins->fields(), added, ORIGINS );
  }
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

std::vector<double> PlaceGapServiceCoverageAlgorithm::serviceCapacities( const QVariantMap &parameters, QgsProcessingContext &context, const std::vector<Site> &services, PlaceGapFeatureWarnings &warnings ) const
{
  std::vector<double> capacity;
  const QString capacityField = parameterAsString( parameters, CAPACITY_FIELD, context );
  if ( capacityField.isEmpty() )
    return capacity;
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, SERVICES, context ) );
  const QHash<QgsFeatureId, double> byId = readAmounts( *source, named( QStringLiteral( "SERVICES" ) ), capacityField, warnings );
  for ( const Site &service : services )
    capacity.push_back( byId.value( service.featureId ) );
  return capacity;
}

std::vector<double> PlaceGapServiceCoverageAlgorithm::nearestServiceSeconds( const Network &network, const std::vector<Site> &origins, const std::vector<std::vector<placegap::Reach>> &reaches, const placegap::TravelTimeEngine &engine, QgsProcessingFeedback *feedback )
{
  // The nearest service of an origin with none within the largest threshold lies beyond it:
  // a second search, stopped at the first service, finds its minutes.
  std::vector<double> nearestSeconds( origins.size(), std::numeric_limits<double>::quiet_NaN() );
  std::vector<Site> beyond;
  std::vector<std::size_t> beyondIndex;
  for ( std::size_t i = 0; i < origins.size(); ++i )
  {
    if ( !reaches[i].empty() )
      nearestSeconds[i] = reaches[i].front().seconds;
    else if ( origins[i].usable )
    {
      beyond.push_back( origins[i] );
      beyondIndex.push_back( i );
    }
  }
  if ( !beyond.empty() )
  {
    placegap::TravelQuery nearestQuery;
    nearestQuery.nearest = 1;
    const auto nearest = travel( network, beyond, engine, nearestQuery, feedback, 80, 85 );
    if ( feedback->isCanceled() )
      return {};
    for ( std::size_t j = 0; j < beyond.size(); ++j )
    {
      if ( !nearest[j].empty() )
        nearestSeconds[beyondIndex[j]] = nearest[j].front().seconds;
    }
  }
  return nearestSeconds;
}

QgsAttributes PlaceGapServiceCoverageAlgorithm::coverageValues( bool usable, const std::vector<placegap::Reach> &reaches, const std::vector<double> &thresholdSeconds, const std::vector<double> &capacity, double nearestSeconds )
{
  QgsAttributes values;
  if ( !usable )
  {
    for ( std::size_t t = 0; t <= thresholdSeconds.size(); ++t )
      values << QVariant();
    return values;
  }
  for ( double sum : placegap::opportunitiesWithin( reaches, thresholdSeconds, capacity ) )
    values << sum;
  values << ( std::isnan( nearestSeconds ) ? QVariant() : QVariant( nearestSeconds / 60.0 ) );
  return values;
}

QVariantMap PlaceGapServiceCoverageAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QString problem;
  const QList<double> minutes = minutesList( parameterAsString( parameters, THRESHOLDS, context ), THRESHOLDS, &problem );
  if ( minutes.isEmpty() )
    throw QgsProcessingException( problem );

  PlaceGapFeatureWarnings warnings( feedback );
  const std::unique_ptr<Network> network = loadNetwork( parameters, context, feedback, warnings );
  if ( !network )
    return QVariantMap();
  const std::vector<Site> origins = loadSites( parameters, ORIGINS, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Origins" ) );
  const std::vector<Site> services = loadSites( parameters, SERVICES, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Services" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  // Capacities, read before anything is written.
  const QString capacityField = parameterAsString( parameters, CAPACITY_FIELD, context );
  const std::vector<double> capacity = serviceCapacities( parameters, context, services, warnings );

  placegap::TravelQuery query;
  query.cutoffSeconds = minutes.last() * 60.0;
  const placegap::TravelTimeEngine engine( network->graph, endpoints( services ) );
  const auto reaches = travel( *network, origins, engine, query, feedback, 35, 80 );
  if ( feedback->isCanceled() )
    return QVariantMap();
  const std::vector<double> nearestSeconds = nearestServiceSeconds( *network, origins, reaches, engine, feedback );
  if ( feedback->isCanceled() )
    return QVariantMap();
  std::vector<double> thresholdSeconds;
  for ( double m : minutes )
    thresholdSeconds.push_back( m * 60.0 );

  std::unique_ptr<QgsProcessingFeatureSource> originSource = requiredSource( parameters, ORIGINS, context );
  QgsFields fields = originSource->fields();
  for ( double m : minutes )
    fields.append( placegap::compat::doubleField( withinFieldName( m ), 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_NEAREST_MINUTES, 0, 0 ) );

  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields, originSource->wkbType(), originSource->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  QHash<QgsFeatureId, std::size_t> originIndex;
  for ( std::size_t i = 0; i < origins.size(); ++i )
    originIndex.insert( origins[i].featureId, i );
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
    const std::size_t i = *found;
    feature.setAttributes( feature.attributes() << coverageValues( origins[i].usable, reaches[i], thresholdSeconds, capacity, nearestSeconds[i] ) );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    feedback->setProgress( 85.0 + 15.0 * static_cast<double>( ++written ) / static_cast<double>( std::max<std::size_t>( 1, origins.size() ) ) );
  }
  warnings.summarize();
  sink.reset();
  outputGuard.keep();
  // Mapped by the first threshold's count; summed capacities have no fixed scale, so their
  // classes come from the data (quintiles).
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "service_counts.qml" ), QStringLiteral( "service_counts_points.qml" ), QString() }, withinFieldName( minutes.first() ), capacityField.isEmpty() ? 0 : 5 );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
