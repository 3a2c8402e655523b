/***************************************************************************
  placegapalgorithmislandflag.cpp - placegap:islandflag
 ***************************************************************************/
#include "placegapalgorithmislandflag.h"

#include "islands.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapruralityalgorithm.h"
#include "placegapsailingsreader.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"

#include "qgsfeature.h"
#include "qgsprocessingfeedback.h"

#include <QHash>

const QString PlaceGapIslandFlagAlgorithm::FIELD_ON_ISLAND = QStringLiteral( "on_island" );
const QString PlaceGapIslandFlagAlgorithm::FIELD_PART = QStringLiteral( "road_part" );
const QString PlaceGapIslandFlagAlgorithm::FIELD_PART_ROAD_KM = QStringLiteral( "part_road_km" );
const QString PlaceGapIslandFlagAlgorithm::FIELD_MAINLAND_MINUTES = QStringLiteral( "mainland_min" );
const QString PlaceGapIslandFlagAlgorithm::FIELD_SAILINGS_PER_DAY = QStringLiteral( "sailings_day" );
const QString PlaceGapIslandFlagAlgorithm::FIELD_MAINLAND_ARRIVE_AT = QStringLiteral( "mainland_arrive_at" );

namespace
{
  const QString FEATURES = QStringLiteral( "FEATURES" );
  const QString MAINLAND_POINT = QStringLiteral( "MAINLAND_POINT" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );

  bool isSet( const QVariant &value )
  {
    return value.isValid() && !placegap::compat::isNull( value ) && !( value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty() );
  }
} // namespace

QString PlaceGapIslandFlagAlgorithm::name() const
{
  return QStringLiteral( "islandflag" );
}

QString PlaceGapIslandFlagAlgorithm::displayName() const
{
  return PlaceGap::tr( "Island flag" );
}

QString PlaceGapIslandFlagAlgorithm::group() const
{
  return PlaceGapRuralityAlgorithm::familyGroup();
}

QString PlaceGapIslandFlagAlgorithm::groupId() const
{
  return PlaceGapRuralityAlgorithm::familyGroupId();
}

QStringList PlaceGapIslandFlagAlgorithm::tags() const
{
  return PlaceGap::tr( "island,ferry,mainland,fixed link,bridge,causeway,rurality,remote,network,travel time" ).split( ',' );
}

QString PlaceGapIslandFlagAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Flags features on islands without a fixed road link to the mainland, with their travel time to the mainland over roads and ferries." );
}

QString PlaceGapIslandFlagAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Flags features on islands: those the road network cannot reach from the mainland without a ferry. Islands joined by bridges or causeways count as mainland, as a driver finds them." ) );
}

PlaceGapIslandFlagAlgorithm *PlaceGapIslandFlagAlgorithm::createInstance() const
{
  return new PlaceGapIslandFlagAlgorithm();
}

void PlaceGapIslandFlagAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  // Every feature stays on the part of the network it is nearest: which part that is, is the answer here.
  removeParameter( QStringLiteral( "MIN_PART_NODES" ) );
  addSitesParameters( FEATURES, QString(), PlaceGap::tr( "Features" ) );
  addParameter( new QgsProcessingParameterPoint( MAINLAND_POINT, PlaceGap::tr( "A point on the mainland (default: the part with the most road)" ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Island flags" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

QString PlaceGapIslandFlagAlgorithm::layerProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString fastest = needsFastest( parameters, context, PlaceGap::tr( "The time to the mainland" ) );
  if ( !fastest.isEmpty() )
    return fastest;
  std::unique_ptr<QgsProcessingFeatureSource> features( parameterAsSource( parameters, FEATURES, context ) );
  return features ? placegap::attributes::clashingOutputField( features->fields(), { FIELD_ON_ISLAND, FIELD_PART, FIELD_PART_ROAD_KM, FIELD_MAINLAND_MINUTES, FIELD_SAILINGS_PER_DAY, FIELD_MAINLAND_ARRIVE_AT }, named( FEATURES ) ) : QString();
}

bool PlaceGapIslandFlagAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = layerProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

std::uint32_t PlaceGapIslandFlagAlgorithm::mainlandPart( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, const Network &network, const placegap::FixedLinkParts &parts ) const
{
  if ( !isSet( parameters.value( MAINLAND_POINT ) ) )
    return 0; // the part with the most road
  const QgsPointXY point = parameterAsPoint( parameters, MAINLAND_POINT, context, network.crs );
  const placegap::NetworkLocation location = network.locator->locate( { point.x(), point.y() } );
  if ( !location.isValid() )
    throw QgsProcessingException( PlaceGap::tr( "The point on the mainland (MAINLAND_POINT) cannot be placed on the network: it has no road." ) );
  if ( location.snapDistance > network.maxSnapMetres )
    feedback->pushWarning( PlaceGap::tr( "The point on the mainland (MAINLAND_POINT) is %1 m from the nearest road (more than the distance that warns, MAX_SNAP_DISTANCE); that road's part is taken as the mainland." ).arg( location.snapDistance, 0, 'f', 0 ) );
  return parts.nodePart[network.graph.linkFrom[location.link]];
}

QgsFields PlaceGapIslandFlagAlgorithm::outputFields( const QgsFields &featureFields, const Network &network )
{
  QgsFields fields = featureFields;
  fields.append( placegap::compat::intField( FIELD_ON_ISLAND ) );
  fields.append( placegap::compat::intField( FIELD_PART ) );
  fields.append( placegap::compat::doubleField( FIELD_PART_ROAD_KM, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_MAINLAND_MINUTES, 0, 0 ) );
  if ( network.timetable )
  {
    fields.append( placegap::compat::intField( FIELD_SAILINGS_PER_DAY ) );
    fields.append( placegap::compat::stringField( FIELD_MAINLAND_ARRIVE_AT, 5 ) );
  }
  return fields;
}

std::vector<std::size_t> PlaceGapIslandFlagAlgorithm::sailingsLeavingParts( const Network &network, const placegap::FixedLinkParts &parts )
{
  // Sailings leaving each part for another, that day.
  std::vector<std::size_t> sailingsFromPart( parts.partCount(), 0 );
  if ( !network.timetable )
    return sailingsFromPart;
  for ( std::uint32_t l = 0; l < network.timetable->legCount(); ++l )
  {
    const placegap::FerryTimetable::Leg &leg = network.timetable->leg( l );
    if ( parts.nodePart[leg.from] != parts.nodePart[leg.to] )
      sailingsFromPart[parts.nodePart[leg.from]] += network.timetable->legSailings( l );
  }
  return sailingsFromPart;
}

QgsAttributes PlaceGapIslandFlagAlgorithm::flagValues( const Network &network, const placegap::FixedLinkParts &parts, std::uint32_t mainland, const std::vector<std::size_t> &sailingsFromPart, const QVariant &part, const QVariant &minutes )
{
  QgsAttributes attributes;
  if ( !part.isValid() )
  {
    attributes << QVariant() << QVariant() << QVariant() << QVariant();
    if ( network.timetable )
      attributes << QVariant() << QVariant();
    return attributes;
  }
  const std::uint32_t p = static_cast<std::uint32_t>( part.toInt() );
  attributes << QVariant( p != mainland ? 1 : 0 ) << part << QVariant( parts.partRoadMetres[p] / 1000.0 ) << minutes;
  if ( network.timetable )
    attributes << QVariant( static_cast<qlonglong>( sailingsFromPart[p] ) ) << ( minutes.isValid() ? QVariant( clockText( network.departClock + minutes.toDouble() * 60.0 ) ) : QVariant() );
  return attributes;
}

bool PlaceGapIslandFlagAlgorithm::minutesToMainland( const Network &network, const placegap::FixedLinkParts &parts, std::uint32_t mainland, const std::vector<Site> &features, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, std::vector<QVariant> &part, std::vector<QVariant> &minutes )
{
  const placegap::RoadGraph &graph = network.graph;
  placegap::DijkstraSearch search( graph );
  // With a ferry timetable: leaving at DEPART_AT, sailings as timetabled (else nullptr: a plain search).
  search.setTimetable( network.timetable.get(), network.departClock );
  const auto stop = [feedback]()
  { return feedback->isCanceled(); };
  for ( std::size_t i = 0; i < features.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return false;
    feedback->setProgress( 30.0 + 55.0 * static_cast<double>( i ) / static_cast<double>( features.size() ) );
    const Site &site = features[i];
    if ( !site.usable )
      continue;
    const std::uint32_t featurePart = parts.nodePart[graph.linkFrom[site.endpoint.location.link]];
    part[i] = static_cast<int>( featurePart );
    if ( featurePart == mainland )
    {
      minutes[i] = 0.0;
      continue;
    }
    const placegap::NodeId landing = placegap::searchUntil(
        graph, search, site.endpoint, [&]( placegap::NodeId node )
        { return parts.nodePart[node] == mainland; },
        stop );
    if ( landing != placegap::NO_ID )
      minutes[i] = search.seconds( landing ) / 60.0;
    else if ( !feedback->isCanceled() )
      warnings.warn( PlaceGap::tr( "island without a way to the mainland" ), PlaceGap::tr( "Feature (FEATURES) %1 is on part %2 of the network, from which no ferry leads to the mainland; its '%3' is NULL." ).arg( site.featureId ).arg( featurePart ).arg( FIELD_MAINLAND_MINUTES ) );
  }
  return !feedback->isCanceled();
}

QVariantMap PlaceGapIslandFlagAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString problem = layerProblem( parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  PlaceGapFeatureWarnings warnings( feedback );
  const std::unique_ptr<Network> network = loadNetwork( parameters, context, feedback, warnings );
  if ( !network )
    return QVariantMap();
  const placegap::FixedLinkParts parts = placegap::fixedLinkParts( network->graph );

  const std::uint32_t mainland = mainlandPart( parameters, context, feedback, *network, parts );
  if ( parts.partCount() == 0 )
    throw QgsProcessingException( PlaceGap::tr( "The network has no roads." ) );
  feedback->pushInfo( PlaceGap::tr( "The network has %n part(s) joined by roads alone; the mainland is part %1 (%2 km of road).", nullptr, static_cast<int>( parts.partCount() ) ).arg( mainland ).arg( parts.partRoadMetres[mainland] / 1000.0, 0, 'f', 1 ) );

  const std::vector<Site> features = loadSites( parameters, FEATURES, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Features" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  // Minutes to the mainland per feature: 0 on it, a search for those on other parts.
  std::vector<QVariant> minutes( features.size() );
  std::vector<QVariant> part( features.size() );
  if ( !minutesToMainland( *network, parts, mainland, features, feedback, warnings, part, minutes ) )
    return QVariantMap();

  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, FEATURES, context );
  const QgsFields fields = outputFields( source->fields(), *network );
  const std::vector<std::size_t> sailingsFromPart = sailingsLeavingParts( *network, parts );

  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields, source->wkbType(), source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  QHash<QgsFeatureId, std::size_t> index;
  for ( std::size_t i = 0; i < features.size(); ++i )
    index.insert( features[i].featureId, i );
  std::size_t onIslands = 0;
  std::size_t written = 0;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const auto found = index.constFind( feature.id() );
    if ( found == index.constEnd() )
      continue;
    const std::size_t i = *found;
    QgsAttributes attributes = feature.attributes();
    attributes << flagValues( *network, parts, mainland, sailingsFromPart, part[i], minutes[i] );
    onIslands += part[i].isValid() && static_cast<std::uint32_t>( part[i].toInt() ) != mainland ? 1 : 0;
    QgsFeature out( fields );
    out.setAttributes( attributes );
    out.setGeometry( feature.geometry() );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    ++written;
    feedback->setProgress( 85.0 + 15.0 * static_cast<double>( written ) / static_cast<double>( std::max<std::size_t>( 1, features.size() ) ) );
  }
  feedback->pushInfo( PlaceGap::tr( "%1 of %2 features are on islands without a fixed link to the mainland." ).arg( onIslands ).arg( written ) );
  warnings.summarize();
  sink.reset();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "island_flag.qml" ), QStringLiteral( "island_flag_points.qml" ), QString() } );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
