/***************************************************************************
  placegapalgorithmfloatingcatchment.cpp - placegap:floatingcatchment
 ***************************************************************************/
#include "placegapalgorithmfloatingcatchment.h"

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
#include <QRegularExpression>

#include <cmath>

const QString PlaceGapFloatingCatchmentAlgorithm::FIELD_ACCESS = QStringLiteral( "access" );
const QString PlaceGapFloatingCatchmentAlgorithm::FIELD_SUPPLIES_IN_REACH = QStringLiteral( "supplies_in_reach" );
const QString PlaceGapFloatingCatchmentAlgorithm::FIELD_RATIO = QStringLiteral( "ratio" );
const QString PlaceGapFloatingCatchmentAlgorithm::FIELD_DEMAND_IN_REACH = QStringLiteral( "demand_in_reach" );

namespace
{
  //! Scores and ratios are styled in quintiles of the output's own values.
  constexpr int ACCESS_STYLE_CLASSES = 5;

  const QString DEMAND = QStringLiteral( "DEMAND" );
  const QString POPULATION_FIELD = QStringLiteral( "POPULATION_FIELD" );
  const QString SUPPLY = QStringLiteral( "SUPPLY" );
  const QString CAPACITY_FIELD = QStringLiteral( "CAPACITY_FIELD" );
  const QString METHOD = QStringLiteral( "METHOD" );
  const QString CATCHMENT_MINUTES = QStringLiteral( "CATCHMENT_MINUTES" );
  const QString STEPS = QStringLiteral( "STEPS" );
  const QString SCALE = QStringLiteral( "SCALE" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString OUTPUT_SUPPLY = QStringLiteral( "OUTPUT_SUPPLY" );

} // namespace

QString PlaceGapFloatingCatchmentAlgorithm::name() const
{
  return QStringLiteral( "floatingcatchment" );
}

QString PlaceGapFloatingCatchmentAlgorithm::displayName() const
{
  return PlaceGap::tr( "Floating catchment accessibility (2SFCA)" );
}

QStringList PlaceGapFloatingCatchmentAlgorithm::tags() const
{
  return PlaceGap::tr( "2sfca,e2sfca,floating catchment,accessibility,supply,demand,ratio,capacity,population,gaussian,distance decay,childcare,gp" ).split( ',' );
}

QString PlaceGapFloatingCatchmentAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Two-step floating catchment accessibility (2SFCA, enhanced 2SFCA with step or Gaussian decay) from road and ferry travel times." );
}

QString PlaceGapFloatingCatchmentAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Measures access to services that have limited capacity (GP places, school places) with the two-step floating catchment method: each service's capacity per person who can reach it in the catchment time, summed for each area over the services it reaches, with optional step or gravity decay." ) );
}

PlaceGapFloatingCatchmentAlgorithm *PlaceGapFloatingCatchmentAlgorithm::createInstance() const
{
  return new PlaceGapFloatingCatchmentAlgorithm();
}

void PlaceGapFloatingCatchmentAlgorithm::initAlgorithm( const QVariantMap & )
{
  using namespace placegap::compat;
  addNetworkParameters();
  addSitesParameters( DEMAND, QString(), PlaceGap::tr( "Demand (e.g. data zones)" ) );
  addParameter( new QgsProcessingParameterField( POPULATION_FIELD, PlaceGap::tr( "Demand population field" ), QStringLiteral( "population" ), DEMAND, FIELD_NUMERIC ) );
  addSitesParameters( SUPPLY, QString(), PlaceGap::tr( "Supply (services)" ) );
  addParameter( new QgsProcessingParameterField( CAPACITY_FIELD, PlaceGap::tr( "Supply capacity field" ), QStringLiteral( "capacity" ), SUPPLY, FIELD_NUMERIC ) );
  addParameter( new QgsProcessingParameterEnum( METHOD, PlaceGap::tr( "Method" ), QStringList() << PlaceGap::tr( "2SFCA (no decay within the catchment)" ) << PlaceGap::tr( "Enhanced 2SFCA, step decay" ) << PlaceGap::tr( "Enhanced 2SFCA, Gaussian decay" ), false, Classic ) );
  addParameter( new QgsProcessingParameterNumber( CATCHMENT_MINUTES, PlaceGap::tr( "Catchment (minutes)" ), NUMBER_DOUBLE, 30.0, false, 0 ) );
  addParameter( new QgsProcessingParameterString( STEPS, PlaceGap::tr( "Steps for the step decay (minutes:weight,...)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterNumber( SCALE, PlaceGap::tr( "Multiply ratios by" ), NUMBER_DOUBLE, 1000.0, false, 0 ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Accessibility of the demand" ), SOURCE_ANY_VECTOR ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_SUPPLY, PlaceGap::tr( "Supply-to-demand ratios" ), SOURCE_ANY_VECTOR, QVariant(), true, false ) );
  showReadableNumbers();
}

QList<QPair<double, double>> PlaceGapFloatingCatchmentAlgorithm::steps( const QString &text, double catchmentMinutes, QString *error )
{
  QList<QPair<double, double>> result;
  if ( text.trimmed().isEmpty() )
    return { { catchmentMinutes / 3, 1.0 }, { 2 * catchmentMinutes / 3, 0.68 }, { catchmentMinutes, 0.22 } };
  for ( const QString &part : text.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
  {
    const QStringList pair = part.split( ':' );
    bool okMinutes = false;
    bool okWeight = false;
    const double minutes = pair.size() == 2 ? pair[0].toDouble( &okMinutes ) : 0;
    const double weight = pair.size() == 2 ? pair[1].toDouble( &okWeight ) : 0;
    if ( !okMinutes || !okWeight || minutes <= 0 || weight < 0 || !std::isfinite( minutes ) || !std::isfinite( weight ) || ( !result.isEmpty() && minutes <= result.last().first ) )
    {
      if ( error )
        *error = PlaceGap::tr( "Steps for the step decay (STEPS): '%1' is not a 'minutes:weight' pair with minutes above the previous step's and a weight of 0 or more." ).arg( part );
      return {};
    }
    result << qMakePair( minutes, weight );
  }
  return result;
}

QString PlaceGapFloatingCatchmentAlgorithm::parameterProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString strategyProblem = needsFastest( parameters, context, named( CATCHMENT_MINUTES ) );
  if ( !strategyProblem.isEmpty() )
    return strategyProblem;
  const double catchment = parameterAsDouble( parameters, CATCHMENT_MINUTES, context );
  if ( !( catchment > 0 ) )
    return PlaceGap::tr( "The catchment (CATCHMENT_MINUTES) must be more than 0 minutes." );
  if ( parameterAsEnum( parameters, METHOD, context ) == EnhancedSteps )
  {
    QString error;
    const auto list = steps( parameterAsString( parameters, STEPS, context ), catchment, &error );
    if ( list.isEmpty() )
      return error;
    if ( std::abs( list.last().first - catchment ) > 1e-9 )
      return PlaceGap::tr( "Steps for the step decay (STEPS): the last step (%1 minutes) must end at the catchment (CATCHMENT_MINUTES, %2 minutes)." ).arg( list.last().first ).arg( catchment );
  }
  for ( const auto &[sourceId, fieldId] : { qMakePair( DEMAND, POPULATION_FIELD ), qMakePair( SUPPLY, CAPACITY_FIELD ) } )
  {
    std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, sourceId, context ) );
    const QString field = parameterAsString( parameters, fieldId, context );
    if ( source && source->fields().lookupField( field ) < 0 )
      return PlaceGap::tr( "The %1 layer has no field '%2' (%3)." ).arg( sourceId, field, fieldId );
  }
  std::unique_ptr<QgsProcessingFeatureSource> demand( parameterAsSource( parameters, DEMAND, context ) );
  return demand ? placegap::attributes::clashingOutputField( demand->fields(), { FIELD_ACCESS, FIELD_SUPPLIES_IN_REACH }, named( DEMAND ) ) : QString();
}

bool PlaceGapFloatingCatchmentAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = parameterProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

placegap::DistanceDecay PlaceGapFloatingCatchmentAlgorithm::distanceDecay( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const double catchmentMinutes = parameterAsDouble( parameters, CATCHMENT_MINUTES, context );
  placegap::DistanceDecay decay;
  decay.catchmentSeconds = catchmentMinutes * 60.0;
  switch ( static_cast<Method>( parameterAsEnum( parameters, METHOD, context ) ) )
  {
  case Classic:
    decay.kind = placegap::DistanceDecay::Kind::None;
    break;
  case EnhancedSteps:
    decay.kind = placegap::DistanceDecay::Kind::Steps;
    for ( const auto &[minutes, weight] : steps( parameterAsString( parameters, STEPS, context ), catchmentMinutes, nullptr ) )
      decay.steps.push_back( { minutes * 60.0, weight } );
    decay.steps.back().first = decay.catchmentSeconds;
    break;
  case EnhancedGaussian:
    decay.kind = placegap::DistanceDecay::Kind::Gaussian;
    break;
  }
  return decay;
}

QString PlaceGapFloatingCatchmentAlgorithm::writeSupply( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &supplySource, const std::vector<Site> &supply, const placegap::FloatingCatchmentResult &result, double scale ) const
{
  QString supplyDestination;
  QgsFields supplyFields = supplySource.fields();
  supplyFields.append( placegap::compat::doubleField( FIELD_RATIO, 0, 0 ) );
  supplyFields.append( placegap::compat::doubleField( FIELD_DEMAND_IN_REACH, 0, 0 ) );
  std::unique_ptr<QgsFeatureSink> supplySink( parameterAsSink( parameters, OUTPUT_SUPPLY, context, supplyDestination, supplyFields, supplySource.wkbType(), supplySource.sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !supplySink )
    return QString();
  QHash<QgsFeatureId, std::size_t> supplyIndex;
  for ( std::size_t j = 0; j < supply.size(); ++j )
    supplyIndex.insert( supply[j].featureId, j );
  QgsFeatureIterator it = supplySource.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      throw QgsProcessingException( PlaceGap::tr( "Canceled." ) );
    const auto found = supplyIndex.constFind( feature.id() );
    if ( found == supplyIndex.constEnd() )
      continue;
    const std::size_t j = *found;
    QgsAttributes values = feature.attributes();
    const double ratio = result.supplyRatio[j];
    values << ( std::isfinite( ratio ) ? QVariant( ratio * scale ) : QVariant() ) << ( supply[j].usable ? QVariant( result.weightedDemand[j] ) : QVariant() );
    feature.setAttributes( values );
    if ( !supplySink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( supplySink.get(), parameters, OUTPUT_SUPPLY ) );
  }
  return supplyDestination;
}

bool PlaceGapFloatingCatchmentAlgorithm::writeDemand( QgsFeatureSink &sink, const QVariantMap &parameters, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &demandSource, const std::vector<Site> &demand, const placegap::FloatingCatchmentResult &result, double scale ) const
{
  QHash<QgsFeatureId, std::size_t> demandIndex;
  for ( std::size_t i = 0; i < demand.size(); ++i )
    demandIndex.insert( demand[i].featureId, i );
  QgsFeatureIterator it = demandSource.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  std::size_t written = 0;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    const auto found = demandIndex.constFind( feature.id() );
    if ( found == demandIndex.constEnd() )
      continue;
    const std::size_t i = *found;
    QgsAttributes values = feature.attributes();
    if ( demand[i].usable )
      values << result.accessibility[i] * scale << static_cast<int>( result.suppliesInReach[i] );
    else
      values << QVariant() << QVariant();
    feature.setAttributes( values );
    if ( !sink.addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( &sink, parameters, OUTPUT ) );
    feedback->setProgress( 80.0 + 15.0 * static_cast<double>( ++written ) / static_cast<double>( std::max<std::size_t>( 1, demand.size() ) ) );
  }
  return true;
}

QVariantMap PlaceGapFloatingCatchmentAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString problem = parameterProblem( parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  std::unique_ptr<QgsProcessingFeatureSource> demandSource = requiredSource( parameters, DEMAND, context );
  std::unique_ptr<QgsProcessingFeatureSource> supplySource = requiredSource( parameters, SUPPLY, context );

  const double scale = parameterAsDouble( parameters, SCALE, context );
  const placegap::DistanceDecay decay = distanceDecay( parameters, context );

  PlaceGapFeatureWarnings warnings( feedback );
  const QHash<QgsFeatureId, double> populationById = readAmounts( *demandSource, named( DEMAND ), parameterAsString( parameters, POPULATION_FIELD, context ), warnings );
  const QHash<QgsFeatureId, double> capacityById = readAmounts( *supplySource, named( SUPPLY ), parameterAsString( parameters, CAPACITY_FIELD, context ), warnings );

  const std::unique_ptr<Network> network = loadNetwork( parameters, context, feedback, warnings );
  if ( !network )
    return QVariantMap();
  const std::vector<Site> demand = loadSites( parameters, DEMAND, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Demand" ) );
  const std::vector<Site> supply = loadSites( parameters, SUPPLY, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Supply" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();
  std::vector<double> population;
  for ( const Site &site : demand )
    population.push_back( site.usable ? populationById.value( site.featureId ) : 0.0 );
  std::vector<double> capacity;
  for ( const Site &site : supply )
    capacity.push_back( site.usable ? capacityById.value( site.featureId ) : 0.0 );

  placegap::TravelQuery query;
  query.cutoffSeconds = decay.catchmentSeconds;
  const placegap::TravelTimeEngine engine( network->graph, endpoints( supply ) );
  const auto reaches = travel( *network, demand, engine, query, feedback, 35, 80 );
  if ( feedback->isCanceled() )
    return QVariantMap();
  const placegap::FloatingCatchmentResult result = placegap::floatingCatchment( reaches, population, capacity, decay );

  // Demand output.
  QgsFields fields = demandSource->fields();
  fields.append( placegap::compat::doubleField( FIELD_ACCESS, 0, 0 ) );
  fields.append( placegap::compat::intField( FIELD_SUPPLIES_IN_REACH ) );
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  PlaceGapOutputGuard supplyGuard( parameters, OUTPUT_SUPPLY, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields, demandSource->wkbType(), demandSource->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  if ( !writeDemand( *sink, parameters, feedback, *demandSource, demand, result, scale ) )
    return QVariantMap();

  // Supply output, when asked for.
  QVariantMap outputs;
  const QString supplyDestination = writeSupply( parameters, context, feedback, *supplySource, supply, result, scale );
  if ( !supplyDestination.isEmpty() )
  {
    supplyGuard.keep();
    PlaceGapStylePostProcessor::attach( context, supplyDestination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "supply_ratios.qml" ), QStringLiteral( "supply_ratios_points.qml" ), QString() }, QString(), ACCESS_STYLE_CLASSES );
    outputs.insert( OUTPUT_SUPPLY, supplyDestination );
  }
  feedback->setProgress( 100 );
  warnings.summarize();
  sink.reset();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "access_scores.qml" ), QStringLiteral( "access_scores_points.qml" ), QString() }, QString(), ACCESS_STYLE_CLASSES );
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
