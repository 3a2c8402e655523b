/***************************************************************************
  placegapalgorithmcatchmentprofile.cpp - placegap:catchmentprofile
 ***************************************************************************/
#include "placegapalgorithmcatchmentprofile.h"

#include "catchmentprofile.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegaprun.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"
#include "quantiles.h"

#include "qgscoordinatetransform.h"
#include "qgsfeaturerequest.h"
#include "qgsgeometry.h"
#include "qgsgeometryengine.h"
#include "qgsprocessingfeedback.h"
#include "qgsspatialindex.h"

#include <cmath>

using namespace placegap::attributes;

const QString PlaceGapCatchmentProfileAlgorithm::FIELD_POPULATION = QStringLiteral( "population" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_PERCENT_PREFIX = QStringLiteral( "pct_q" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_MEAN_RANK = QStringLiteral( "mean_rank" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_AREAS = QStringLiteral( "n_areas" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_MOST_DEPRIVED_AREAS = QStringLiteral( "n_areas_q1" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT = QStringLiteral( "n_count" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_Q1 = QStringLiteral( "n_count_q1" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_OUTSIDE_Q1 = QStringLiteral( "pct_out_q1" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_RATE = QStringLiteral( "count_rate" );
const QString PlaceGapCatchmentProfileAlgorithm::FIELD_CLASS = QStringLiteral( "class" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString RANK_FIELD = QStringLiteral( "RANK_FIELD" );
  const QString RANK_COUNT = QStringLiteral( "RANK_COUNT" );
  const QString POPULATION_FIELD = QStringLiteral( "POPULATION_FIELD" );
  const QString CATCHMENTS = QStringLiteral( "CATCHMENTS" );
  const QString APPORTIONMENT = QStringLiteral( "APPORTIONMENT" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString COUNT_FIELD = QStringLiteral( "COUNT_FIELD" );
  const QString CLASS_FIELD = QStringLiteral( "CLASS_FIELD" );
  const QString CLASS_SUMMARY = QStringLiteral( "CLASS_SUMMARY" );

  constexpr int SIMD2020_DATA_ZONES = 6976;

  QStringList outputNames()
  {
    QStringList names { PlaceGapCatchmentProfileAlgorithm::FIELD_POPULATION };
    for ( int q = 1; q <= 5; ++q )
      names << PlaceGapCatchmentProfileAlgorithm::FIELD_PERCENT_PREFIX + QString::number( q );
    names << PlaceGapCatchmentProfileAlgorithm::FIELD_MEAN_RANK << PlaceGapCatchmentProfileAlgorithm::FIELD_AREAS << PlaceGapCatchmentProfileAlgorithm::FIELD_MOST_DEPRIVED_AREAS;
    names << PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT << PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_Q1 << PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_OUTSIDE_Q1 << PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_RATE;
    return names;
  }

  //! The profile fields: population, % by quintile, mean rank, areas, and the count's four.
  void appendProfileFields( QgsFields &fields )
  {
    fields.append( placegap::compat::doubleField( PlaceGapCatchmentProfileAlgorithm::FIELD_POPULATION, 20, 6 ) );
    for ( int q = 1; q <= 5; ++q )
      fields.append( placegap::compat::doubleField( PlaceGapCatchmentProfileAlgorithm::FIELD_PERCENT_PREFIX + QString::number( q ), 20, 6 ) );
    fields.append( placegap::compat::doubleField( PlaceGapCatchmentProfileAlgorithm::FIELD_MEAN_RANK, 20, 6 ) );
    fields.append( placegap::compat::intField( PlaceGapCatchmentProfileAlgorithm::FIELD_AREAS ) );
    fields.append( placegap::compat::intField( PlaceGapCatchmentProfileAlgorithm::FIELD_MOST_DEPRIVED_AREAS ) );
    for ( const QString &name : { PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT, PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_Q1, PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_OUTSIDE_Q1, PlaceGapCatchmentProfileAlgorithm::FIELD_COUNT_RATE } )
      fields.append( placegap::compat::doubleField( name, 20, 6 ) );
  }

  QgsAttributes profileValues( const placegap::CatchmentProfile &profile, bool withCount )
  {
    QgsAttributes values;
    values << profile.population;
    for ( int q = 0; q < 5; ++q )
      values << ( profile.hasPopulation ? QVariant( profile.percentByQuintile[static_cast<std::size_t>( q )] ) : QVariant() );
    values << ( profile.hasPopulation ? QVariant( profile.meanRank ) : QVariant() ) << profile.zones << profile.mostDeprivedZones;
    if ( !withCount )
      return values << QVariant() << QVariant() << QVariant() << QVariant();
    values << profile.count << profile.countInQuintile1;
    values << ( profile.count > 0 ? QVariant( 100.0 * ( profile.count - profile.countInQuintile1 ) / profile.count ) : QVariant() );
    values << ( profile.hasPopulation ? QVariant( 100.0 * profile.count / profile.population ) : QVariant() );
    return values;
  }
} // namespace

QString PlaceGapCatchmentProfileAlgorithm::name() const
{
  return QStringLiteral( "catchmentprofile" );
}

QString PlaceGapCatchmentProfileAlgorithm::displayName() const
{
  return PlaceGap::tr( "Deprivation profile of catchments" );
}

QStringList PlaceGapCatchmentProfileAlgorithm::tags() const
{
  return PlaceGap::tr( "simd,deprivation,catchment,school,ward,locality,profile,quintile,apportion,areal interpolation,data zone" ).split( ',' );
}

QString PlaceGapCatchmentProfileAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Aggregates small areas (data zones) into catchments, wards or localities: population share in each SIMD quintile, population-weighted mean rank and the count of most-deprived areas." );
}

QString PlaceGapCatchmentProfileAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Profiles the deprivation of school catchments, wards or localities from the small areas inside them: the share of their people in each SIMD quintile, the mean rank and the number of most deprived areas, apportioned by area or by centroid. A count field (e.g. income-deprived people) shows how many deprived people live outside the most deprived areas, and a class field (e.g. urban-rural class) adds the same profile for each class: the rural lens." ) );
}

PlaceGapCatchmentProfileAlgorithm *PlaceGapCatchmentProfileAlgorithm::createInstance() const
{
  return new PlaceGapCatchmentProfileAlgorithm();
}

void PlaceGapCatchmentProfileAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Small areas, e.g. data zones (polygons or centroids)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_POLYGON ) << static_cast<int>( placegap::compat::SOURCE_POINT ) ) );
  addParameter( new QgsProcessingParameterField( RANK_FIELD, PlaceGap::tr( "Deprivation rank field (1 = most deprived)" ), QStringLiteral( "simd_rank" ), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterNumber( RANK_COUNT, PlaceGap::tr( "Number of areas ranked nationally" ), placegap::compat::NUMBER_INTEGER, SIMD2020_DATA_ZONES, false, 1 ) );
  addParameter( new QgsProcessingParameterField( POPULATION_FIELD, PlaceGap::tr( "Population field" ), QStringLiteral( "population" ), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterFeatureSource( CATCHMENTS, PlaceGap::tr( "Catchments, wards or localities (polygons)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_POLYGON ) ) );
  addParameter( new QgsProcessingParameterEnum( APPORTIONMENT, PlaceGap::tr( "Apportionment" ), QStringList() << PlaceGap::tr( "Area-weighted" ) << PlaceGap::tr( "Whole areas by centroid" ), false, AreaWeighted ) );
  addParameter( new QgsProcessingParameterField( COUNT_FIELD, PlaceGap::tr( "Count field, e.g. income-deprived people (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( CLASS_FIELD, PlaceGap::tr( "Class field of the small areas, e.g. urban-rural class (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Catchment deprivation profiles" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  addParameter( new QgsProcessingParameterFeatureSink( CLASS_SUMMARY, PlaceGap::tr( "Profile by class of the small areas" ), placegap::compat::SOURCE_ANY_VECTOR, QVariant(), true, false ) );
  showReadableNumbers();
}

QString PlaceGapCatchmentProfileAlgorithm::layerProblem( const QgsFeatureSource &areas, const QgsFeatureSource &catchments, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  for ( const QString &parameter : { RANK_FIELD, POPULATION_FIELD, COUNT_FIELD, CLASS_FIELD } )
  {
    const QString field = parameterAsString( parameters, parameter, context );
    if ( field.isEmpty() && ( parameter == COUNT_FIELD || parameter == CLASS_FIELD ) )
      continue;
    const QString problem = missingField( areas.fields(), field, named( parameter ), PlaceGap::tr( "input" ) );
    if ( !problem.isEmpty() )
      return problem;
  }
  if ( outputRequested( parameters, CLASS_SUMMARY, context ) && parameterAsString( parameters, CLASS_FIELD, context ).isEmpty() )
    return PlaceGap::tr( "The profile by class (CLASS_SUMMARY) needs the class field of the small areas (CLASS_FIELD)." );
  if ( QgsWkbTypes::geometryType( catchments.wkbType() ) != placegap::compat::GEOMETRY_POLYGON )
    return PlaceGap::tr( "The catchments (CATCHMENTS) must be polygons." );
  const auto areaType = QgsWkbTypes::geometryType( areas.wkbType() );
  if ( parameterAsEnum( parameters, APPORTIONMENT, context ) == AreaWeighted && areaType != placegap::compat::GEOMETRY_POLYGON )
    return PlaceGap::tr( "Area-weighted apportionment (APPORTIONMENT) needs small-area polygons; with points choose whole areas by centroid." );
  if ( areaType != placegap::compat::GEOMETRY_POLYGON && areaType != placegap::compat::GEOMETRY_POINT )
    return PlaceGap::tr( "The small areas must be polygons or points." );
  return placegap::attributes::clashingOutputField( catchments.fields(), outputNames(), PlaceGap::tr( "catchment" ) );
}

bool PlaceGapCatchmentProfileAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, INPUT, context ) );
  std::unique_ptr<QgsProcessingFeatureSource> catchments( parameterAsSource( parameters, CATCHMENTS, context ) );
  if ( !areas || !catchments )
    return true; // the base class has already judged a missing layer
  const QString problem = layerProblem( *areas, *catchments, parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

class PlaceGapCatchmentProfileAlgorithm::Run : public PlaceGapRun<PlaceGapCatchmentProfileAlgorithm>
{
  public:
    Run( const PlaceGapCatchmentProfileAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &areas, QgsProcessingFeatureSource &catchments )
        : PlaceGapRun( algorithm, parameters, context, feedback ), areas( areas ), catchments( catchments )
    {
      rankField = algorithm.parameterAsString( parameters, RANK_FIELD, context );
      populationField = algorithm.parameterAsString( parameters, POPULATION_FIELD, context );
      rankCount = algorithm.parameterAsInt( parameters, RANK_COUNT, context );
      areaWeighted = algorithm.parameterAsEnum( parameters, APPORTIONMENT, context ) == AreaWeighted;
      rankIndex = areas.fields().lookupField( rankField );
      populationIndex = areas.fields().lookupField( populationField );
      countField = algorithm.parameterAsString( parameters, COUNT_FIELD, context );
      classField = algorithm.parameterAsString( parameters, CLASS_FIELD, context );
      countIndex = countField.isEmpty() ? -1 : areas.fields().lookupField( countField );
      classIndex = classField.isEmpty() ? -1 : areas.fields().lookupField( classField );
      transform = QgsCoordinateTransform( areas.sourceCrs(), catchments.sourceCrs(), context.transformContext() );
    }

    bool readCatchments();
    bool apportionAreas();
    void apportionArea( const QgsFeature &feature );
    double countOf( const QgsFeature &feature, double population );
    void byArea( const QgsGeometry &geometry, QgsFeatureId id, const placegap::ZoneContribution &whole );
    void byCentroid( const QgsGeometry &geometry, const placegap::ZoneContribution &whole );
    QString writeProfiles();
    QString writeClassSummary();

    QgsProcessingFeatureSource &areas;
    QgsProcessingFeatureSource &catchments;
    QString rankField, populationField, countField, classField;
    double rankCount = 0;
    bool areaWeighted = true;
    int rankIndex = -1, populationIndex = -1, countIndex = -1, classIndex = -1;
    QgsCoordinateTransform transform;
    // The catchments, indexed, in their own CRS.
    std::vector<QgsFeature> catchmentFeatures;
    QgsSpatialIndex index;
    std::vector<std::unique_ptr<QgsGeometryEngine>> engines;
    std::vector<placegap::ZoneContribution> contributions;
    // Each class of the small areas profiled whole, like a catchment of its own.
    std::map<QString, int> classPosition;
    std::vector<placegap::ZoneContribution> classContributions;
    double totalPopulation = 0;
    double allocatedPopulation = 0;
};

bool PlaceGapCatchmentProfileAlgorithm::Run::readCatchments()
{
  QgsFeatureIterator it = catchments.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    QgsFeature indexed( feature );
    indexed.setId( static_cast<QgsFeatureId>( catchmentFeatures.size() ) );
    if ( feature.hasGeometry() )
      index.addFeature( indexed );
    catchmentFeatures.push_back( feature );
  }
  engines.resize( catchmentFeatures.size() );
  for ( std::size_t k = 0; k < catchmentFeatures.size(); ++k )
  {
    if ( !catchmentFeatures[k].hasGeometry() )
      continue;
    engines[k].reset( QgsGeometry::createGeometryEngine( catchmentFeatures[k].geometry().constGet() ) );
    engines[k]->prepareGeometry();
  }

  return true;
}

// The small areas, apportioned.
bool PlaceGapCatchmentProfileAlgorithm::Run::apportionAreas()
{
  if ( areas.sourceCrs() != catchments.sourceCrs() )
    feedback->pushInfo( PlaceGap::tr( "Small areas are transformed from %1 to the catchments' %2." ).arg( areas.sourceCrs().authid(), catchments.sourceCrs().authid() ) );
  const double total = std::max<double>( 1.0, static_cast<double>( areas.featureCount() ) );
  long long read = 0;
  QgsFeatureIterator it = areas.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    feedback->setProgress( 90.0 * static_cast<double>( read++ ) / total );
    apportionArea( feature );
  }
  warnings.summarize();
  feedback->pushInfo( PlaceGap::tr( "Apportioned %1 of %2 people in the small areas to the catchments." ).arg( allocatedPopulation, 0, 'f', 1 ).arg( totalPopulation, 0, 'f', 1 ) );
  if ( allocatedPopulation > totalPopulation * ( 1 + 1e-9 ) )
    feedback->pushWarning( PlaceGap::tr( "Catchments overlap: %1 people are counted in more than one catchment." ).arg( allocatedPopulation - totalPopulation, 0, 'f', 1 ) );
  return true;
}

// The people a count field counts in an area (e.g. the income-deprived), checked against its population.
double PlaceGapCatchmentProfileAlgorithm::Run::countOf( const QgsFeature &feature, double population )
{
  if ( countIndex < 0 )
    return 0;
  const Number value = readNumber( feature.attribute( countIndex ) );
  if ( value.status != NumberStatus::Number )
  {
    warnings.warn( PlaceGap::tr( "no count" ), PlaceGap::tr( "%1: count field '%2' is NULL or not a number; the area counts no one (its population still counts)." ).arg( featureLabel( feature.id() ), countField ) );
    return 0;
  }
  if ( value.value < 0 || value.value > population )
    throw QgsProcessingException( PlaceGap::tr( "%1: count %2 in field '%3' is outside 0..%4, the area's population ('%5')." ).arg( featureLabel( feature.id() ) ).arg( value.value ).arg( countField ).arg( population ).arg( populationField ) );
  return value.value;
}

// One small area: its quintile and people, given to its class and to the catchments it falls in.
void PlaceGapCatchmentProfileAlgorithm::Run::apportionArea( const QgsFeature &feature )
{
  const QgsFeatureId id = feature.id();
  const Number rank = readNumber( feature.attribute( rankIndex ) );
  const Number population = readNumber( feature.attribute( populationIndex ) );
  bool ok = true;
  for ( const auto &[number, field] : { std::make_pair( rank, rankField ), std::make_pair( population, populationField ) } )
  {
    if ( number.status != NumberStatus::Number )
    {
      const bool isNull = number.status == NumberStatus::Null;
      warnings.warn( isNull ? PlaceGap::tr( "NULL value" ) : PlaceGap::tr( "value not a number" ), PlaceGap::tr( "%1: field '%2' is %3; the area is left out." ).arg( featureLabel( id ), field, number.problem ) );
      ok = false;
    }
  }
  if ( !ok )
    return;
  const std::optional<int> quintile = placegap::classFromRank( rank.value, rankCount, 5 );
  if ( !quintile )
    throw QgsProcessingException( PlaceGap::tr( "%1: rank %2 in field '%3' is outside 1..%4; set %5 to the number of areas ranked nationally." ).arg( featureLabel( id ) ).arg( rank.value ).arg( rankField ).arg( rankCount ).arg( algorithm.named( RANK_COUNT ) ) );
  if ( population.value < 0 )
    throw QgsProcessingException( PlaceGap::tr( "%1: population %2 in field '%3' is negative." ).arg( featureLabel( id ) ).arg( population.value ).arg( populationField ) );
  const double count = countOf( feature, population.value );
  if ( classIndex >= 0 )
  {
    const QString cls = codeKey( feature.attribute( classIndex ) );
    if ( cls.isEmpty() )
      warnings.warn( PlaceGap::tr( "no class" ), PlaceGap::tr( "%1: class field '%2' is NULL or empty; the area is left out of the class summary." ).arg( featureLabel( id ), classField ) );
    else
    {
      const int position = classPosition.emplace( cls, static_cast<int>( classPosition.size() ) ).first->second;
      classContributions.push_back( placegap::ZoneContribution { position, *quintile, rank.value, population.value, 1.0, count } );
    }
  }
  QgsGeometry geometry = feature.geometry();
  if ( geometry.isNull() || geometry.isEmpty() )
  {
    warnings.warn( PlaceGap::tr( "no geometry" ), PlaceGap::tr( "%1 has no geometry; the area is left out." ).arg( featureLabel( id ) ) );
    return;
  }
  if ( transform.isValid() && !transform.isShortCircuited() )
    geometry.transform( transform );
  totalPopulation += population.value;

  const placegap::ZoneContribution whole { 0, *quintile, rank.value, population.value, 1.0, count };
  if ( areaWeighted )
    byArea( geometry, id, whole );
  else
    byCentroid( geometry, whole );
}

// Area-weighted: each catchment takes the share of the area's people that its share of the area holds.
void PlaceGapCatchmentProfileAlgorithm::Run::byArea( const QgsGeometry &geometry, QgsFeatureId id, const placegap::ZoneContribution &whole )
{
  const double area = geometry.area();
  if ( !( area > 0 ) )
  {
    warnings.warn( PlaceGap::tr( "zero area" ), PlaceGap::tr( "%1 has no area; its population cannot be apportioned by area and is left out." ).arg( featureLabel( id ) ) );
    return;
  }
  for ( const QgsFeatureId candidate : index.intersects( geometry.boundingBox() ) )
  {
    const std::size_t k = static_cast<std::size_t>( candidate );
    if ( !engines[k]->intersects( geometry.constGet() ) )
      continue;
    QString error;
    std::unique_ptr<QgsAbstractGeometry> part( engines[k]->intersection( geometry.constGet(), &error ) );
    if ( !part )
      throw QgsProcessingException( PlaceGap::tr( "%1 and catchment feature %2 overlap but their intersection cannot be computed (%3); repair the geometries first (Fix geometries)." ).arg( featureLabel( id ) ).arg( catchmentFeatures[k].id() ).arg( error ) );
    const double fraction = std::min( 1.0, part->area() / area );
    if ( fraction > 0 )
    {
      contributions.push_back( placegap::ZoneContribution { static_cast<int>( k ), whole.quintile, whole.rank, whole.population, fraction, whole.count } );
      allocatedPopulation += whole.population * fraction;
    }
  }
}

// By centroid: the whole area goes to the catchment its point falls in.
void PlaceGapCatchmentProfileAlgorithm::Run::byCentroid( const QgsGeometry &geometry, const placegap::ZoneContribution &whole )
{
  const QgsGeometry point = QgsWkbTypes::geometryType( geometry.wkbType() ) == placegap::compat::GEOMETRY_POINT ? geometry.centroid() : geometry.pointOnSurface();
  // Inside catchments: each of them (overlaps count in each). On an edge only: the first
  // catchment in the layer's order, so a point on a shared boundary counts once.
  std::vector<std::size_t> inside;
  std::size_t firstOnEdge = catchmentFeatures.size();
  for ( const QgsFeatureId candidate : index.intersects( point.boundingBox() ) )
  {
    const std::size_t k = static_cast<std::size_t>( candidate );
    if ( engines[k]->contains( point.constGet() ) )
      inside.push_back( k );
    else if ( engines[k]->intersects( point.constGet() ) )
      firstOnEdge = std::min( firstOnEdge, k );
  }
  if ( inside.empty() && firstOnEdge < catchmentFeatures.size() )
    inside.push_back( firstOnEdge );
  for ( const std::size_t k : inside )
  {
    contributions.push_back( placegap::ZoneContribution { static_cast<int>( k ), whole.quintile, whole.rank, whole.population, 1.0, whole.count } );
    allocatedPopulation += whole.population;
  }
}

QString PlaceGapCatchmentProfileAlgorithm::Run::writeProfiles()
{
  const std::vector<placegap::CatchmentProfile> profiles = placegap::catchmentProfiles( contributions, static_cast<int>( catchmentFeatures.size() ) );
  QgsFields outputFields = catchments.fields();
  appendProfileFields( outputFields );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( algorithm.parameterAsSink( parameters, OUTPUT, context, destination, outputFields, catchments.wkbType(), catchments.sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  for ( std::size_t k = 0; k < catchmentFeatures.size(); ++k )
  {
    if ( feedback->isCanceled() )
      return QString();
    QgsFeature out = catchmentFeatures[k];
    const placegap::CatchmentProfile &profile = profiles[k];
    QgsAttributes values = out.attributes();
    values << profileValues( profile, countIndex >= 0 );
    if ( !profile.hasPopulation )
      feedback->pushWarning( PlaceGap::tr( "Catchment feature %1 receives no population: its shares and mean rank are NULL." ).arg( out.id() ) );
    out.setAttributes( values );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    feedback->setProgress( 90.0 + 10.0 * static_cast<double>( k + 1 ) / static_cast<double>( catchmentFeatures.size() ) );
  }
  return destination;
}

// The class summary: one row per class, by name.
QString PlaceGapCatchmentProfileAlgorithm::Run::writeClassSummary()
{
  QString classDestination;
  const std::vector<placegap::CatchmentProfile> byClass = placegap::catchmentProfiles( classContributions, static_cast<int>( classPosition.size() ) );
  QgsFields classFields;
  classFields.append( placegap::compat::stringField( FIELD_CLASS ) );
  appendProfileFields( classFields );
  std::unique_ptr<QgsFeatureSink> classSink( algorithm.parameterAsSink( parameters, CLASS_SUMMARY, context, classDestination, classFields, placegap::compat::WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem() ) );
  if ( !classSink )
    throw QgsProcessingException( invalidSinkError( parameters, CLASS_SUMMARY ) );
  for ( const auto &[name, position] : classPosition )
  {
    const placegap::CatchmentProfile &profile = byClass[static_cast<std::size_t>( position )];
    QgsFeature row( classFields );
    row.setAttributes( QgsAttributes() << name << profileValues( profile, countIndex >= 0 ) );
    if ( !classSink->addFeature( row, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( classSink.get(), parameters, CLASS_SUMMARY ) );
    if ( countIndex >= 0 && profile.count > 0 )
      feedback->pushInfo( PlaceGap::tr( "Class '%1': %2 of its %3 people counted in '%4' (%5%) live outside quintile 1 areas." ).arg( name ).arg( profile.count - profile.countInQuintile1, 0, 'f', 0 ).arg( profile.count, 0, 'f', 0 ).arg( countField ).arg( 100.0 * ( profile.count - profile.countInQuintile1 ) / profile.count, 0, 'f', 1 ) );
  }
  return classDestination;
}

QVariantMap PlaceGapCatchmentProfileAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> areas = requiredSource( parameters, INPUT, context );
  std::unique_ptr<QgsProcessingFeatureSource> catchments = requiredSource( parameters, CATCHMENTS, context );
  const QString problem = layerProblem( *areas, *catchments, parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );

  Run run( *this, parameters, context, feedback, *areas, *catchments );
  if ( !run.readCatchments() || !run.apportionAreas() )
    return QVariantMap();
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  PlaceGapOutputGuard classGuard( parameters, CLASS_SUMMARY, context );
  const QString destination = run.writeProfiles();
  if ( destination.isEmpty() )
    return QVariantMap();
  const QString classDestination = outputRequested( parameters, CLASS_SUMMARY, context ) ? run.writeClassSummary() : QString();
  classGuard.keep();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, QStringLiteral( "catchment_share_q1.qml" ), FIELD_PERCENT_PREFIX + QStringLiteral( "1" ) );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  if ( !classDestination.isEmpty() )
    outputs.insert( CLASS_SUMMARY, classDestination );
  return withProvenance( parameters, outputs );
}
