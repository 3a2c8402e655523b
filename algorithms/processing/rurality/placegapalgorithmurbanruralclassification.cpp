/***************************************************************************
  placegapalgorithmurbanruralclassification.cpp - placegap:urbanruralclassification
 ***************************************************************************/
#include "placegapalgorithmurbanruralclassification.h"

#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegaprun.h"
#include "placegapruralityalgorithm.h"
#include "placegapsailingsreader.h"
#include "placegaptr.h"
#include "urbanrural.h"

#include "qgscoordinatetransform.h"
#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsgeometryengine.h"
#include "qgsprocessingfeedback.h"
#include "qgsspatialindex.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR8_CODE = QStringLiteral( "ur8_code" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR8_NAME = QStringLiteral( "ur8_name" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR6_CODE = QStringLiteral( "ur6_code" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR6_NAME = QStringLiteral( "ur6_name" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR3_CODE = QStringLiteral( "ur3_code" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR3_NAME = QStringLiteral( "ur3_name" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR2_CODE = QStringLiteral( "ur2_code" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR2_NAME = QStringLiteral( "ur2_name" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_SETTLEMENT_ID = QStringLiteral( "settlement" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_SETTLEMENT_POPULATION = QStringLiteral( "settl_pop" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_DRIVE_MINUTES = QStringLiteral( "drive_min" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_DRIVE_TO = QStringLiteral( "drive_to" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_POINTS_POPULATION = QStringLiteral( "pts_pop" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_MAJORITY_PERCENT = QStringLiteral( "ur8_pct" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_DRIVE_MINUTES_CROSSING = QStringLiteral( "drive_min_crossing" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_DRIVE_MINUTES_AVERAGE_WAIT = QStringLiteral( "drive_min_avgwait" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR8_CROSSING = QStringLiteral( "ur8_crossing" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_UR8_AVERAGE_WAIT = QStringLiteral( "ur8_avgwait" );
const QString PlaceGapUrbanRuralClassificationAlgorithm::FIELD_FERRY_SENSITIVE = QStringLiteral( "ur8_ferry_sensitive" );

namespace
{
  const QString SETTLEMENTS = QStringLiteral( "SETTLEMENTS" );
  const QString SETTLEMENT_ID_FIELD = QStringLiteral( "SETTLEMENT_ID_FIELD" );
  const QString SETTLEMENT_POPULATION_FIELD = QStringLiteral( "SETTLEMENT_POPULATION_FIELD" );
  const QString FEATURES = QStringLiteral( "FEATURES" );
  const QString LARGE_URBAN_POPULATION = QStringLiteral( "LARGE_URBAN_POPULATION" );
  const QString OTHER_URBAN_POPULATION = QStringLiteral( "OTHER_URBAN_POPULATION" );
  const QString SMALL_TOWN_POPULATION = QStringLiteral( "SMALL_TOWN_POPULATION" );
  const QString ACCESSIBLE_MINUTES = QStringLiteral( "ACCESSIBLE_MINUTES" );
  const QString VERY_REMOTE_MINUTES = QStringLiteral( "VERY_REMOTE_MINUTES" );
  const QString POPULATION_POINTS = QStringLiteral( "POPULATION_POINTS" );
  const QString FEATURES_SETTLEMENT_FIELD = QStringLiteral( "FEATURES_SETTLEMENT_FIELD" );
  const QString POPULATION_FIELD = QStringLiteral( "POPULATION_FIELD" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );

  //! One settlement as read: its boundary in the network CRS and population (none when unusable).
  struct Settlement
  {
      QgsFeatureId featureId = FID_NULL;
      QVariant id;
      QgsGeometry boundary;
      std::optional<double> population;
  };

  QVariant codeValue( const std::optional<int> &code )
  {
    return code ? QVariant( *code ) : QVariant();
  }

  QVariant labelValue( const std::optional<int> &code, std::string ( *label )( int ) )
  {
    return code ? QVariant( QString::fromStdString( label( *code ) ) ) : QVariant();
  }
  //! The settlements as read, indexed by feature, by id and in space.
  struct SettlementSet
  {
      std::vector<Settlement> settlements;
      QHash<QgsFeatureId, std::size_t> byFeature;
      QHash<QString, const Settlement *> byId; //!< the first settlement of each id
      QgsSpatialIndex spatialIndex;

      const Settlement &of( QgsFeatureId featureId ) const { return settlements[byFeature.value( featureId )]; }

      //! Candidates from the spatial index, in layer order, so that ties go to the first.
      QList<QgsFeatureId> inLayerOrder( QList<QgsFeatureId> candidates ) const
      {
        std::sort( candidates.begin(), candidates.end(), [this]( QgsFeatureId a, QgsFeatureId b )
                   { return byFeature.value( a ) < byFeature.value( b ); } );
        return candidates;
      }

      //! Indexes the settlements by id, warning of ids given twice.
      void indexIds( PlaceGapFeatureWarnings &warnings )
      {
        for ( const Settlement &settlement : settlements )
        {
          const QString key = settlement.id.toString();
          if ( byId.contains( key ) )
            warnings.warn( PlaceGap::tr( "duplicate settlement id" ), PlaceGap::tr( "Settlements (SETTLEMENTS) %1 and %2 share the id '%3'; features naming it take the first." ).arg( byId.value( key )->featureId ).arg( settlement.featureId ).arg( key ) );
          else
            byId.insert( key, &settlement );
        }
      }

      //! Settlement extents should not overlap: says which do (features in an overlap take the more populous).
      bool warnOverlaps( PlaceGapFeatureWarnings &warnings, QgsProcessingFeedback *feedback ) const
      {
        for ( const Settlement &settlement : settlements )
        {
          if ( feedback->isCanceled() )
            return false;
          if ( settlement.boundary.isNull() || settlement.boundary.isEmpty() )
            continue;
          for ( QgsFeatureId candidate : inLayerOrder( spatialIndex.intersects( settlement.boundary.boundingBox() ) ) )
          {
            const Settlement &other = of( candidate );
            if ( byFeature.value( candidate ) <= byFeature.value( settlement.featureId ) )
              continue;
            const QgsGeometry overlap = settlement.boundary.intersection( other.boundary );
            if ( !overlap.isNull() && overlap.area() > 0 )
              warnings.warn( PlaceGap::tr( "overlapping settlements" ), PlaceGap::tr( "Settlements (SETTLEMENTS) %1 (%2) and %3 (%4) overlap by %5 m²; a feature in both takes the more populous." ).arg( settlement.featureId ).arg( settlement.id.toString() ).arg( other.featureId ).arg( other.id.toString() ).arg( overlap.area(), 0, 'f', 0 ) );
          }
        }
        return true;
      }
  };

  //! Where a point lies and what its codes are: the settlement holding it and its drive time.
  struct PointClass
  {
      bool placed = false; //!< False: no point, or in a settlement of unknown population.
      const Settlement *home = nullptr;
      std::optional<double> minutes;
      QVariant driveTo;
      placegap::UrbanRuralClass classes;
  };

  //! A population point for SG's population-weighted majority, with its own 8-fold class.
  struct PopulationPoint
  {
      QgsPointXY point;
      double population = 0;
      int eightFold = 0; //!< 0: unclassified.
  };

  //! The population points, indexed in space by their position in the list.
  struct PopulationPoints
  {
      std::vector<PopulationPoint> points;
      QgsSpatialIndex index;
  };

  //! The 8-fold code of each feature with the drive time timed three ways, and whether it changes.
  void appendFerryClasses( QgsAttributes &attributes, std::optional<int> codes[3], std::size_t &ferrySensitive )
  {
    const bool known = codes[0] && codes[1] && codes[2];
    const bool changes = known && !( *codes[0] == *codes[1] && *codes[1] == *codes[2] );
    ferrySensitive += changes ? 1 : 0;
    attributes << codeValue( codes[1] ) << codeValue( codes[2] ) << ( known ? QVariant( changes ? 1 : 0 ) : QVariant() );
  }

  //! The eight class fields of a placed point (or eight NULLs).
  void appendClasses( QgsAttributes &attributes, const PointClass &own )
  {
    if ( !own.placed )
    {
      for ( int i = 0; i < 8; ++i )
        attributes << QVariant();
      return;
    }
    const placegap::UrbanRuralClass &classes = own.classes;
    attributes << codeValue( classes.eightFold ) << labelValue( classes.eightFold, placegap::eightFoldLabel )
               << codeValue( classes.sixFold ) << labelValue( classes.sixFold, placegap::sixFoldLabel )
               << codeValue( classes.threeFold ) << labelValue( classes.threeFold, placegap::threeFoldLabel )
               << ( classes.twoFold ? QVariant( classes.twoFold ) : QVariant() ) << ( classes.twoFold ? QVariant( QString::fromStdString( placegap::twoFoldLabel( classes.twoFold ) ) ) : QVariant() );
  }
} // namespace

QString PlaceGapUrbanRuralClassificationAlgorithm::name() const
{
  return QStringLiteral( "urbanruralclassification" );
}

QString PlaceGapUrbanRuralClassificationAlgorithm::displayName() const
{
  return PlaceGap::tr( "Urban rural classification (Scottish Government)" );
}

QString PlaceGapUrbanRuralClassificationAlgorithm::group() const
{
  return PlaceGapRuralityAlgorithm::familyGroup();
}

QString PlaceGapUrbanRuralClassificationAlgorithm::groupId() const
{
  return PlaceGapRuralityAlgorithm::familyGroupId();
}

QStringList PlaceGapUrbanRuralClassificationAlgorithm::tags() const
{
  return PlaceGap::tr( "urban,rural,sgurc,scottish government,classification,settlement,remote,accessible,small town,drive time,ferry,island,rurality" ).split( ',' );
}

QString PlaceGapUrbanRuralClassificationAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "The Scottish Government Urban Rural Classification (8, 6, 3 and 2-fold) of features, from the settlement each falls in and its drive time to the nearest settlement of 10,000 or more." );
}

QString PlaceGapUrbanRuralClassificationAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Classifies places by the Scottish Government Urban Rural Classification: the population of their settlement (large urban, other urban, small town, rural) and the drive time to a settlement of 10,000 people or more (accessible, remote, very remote), giving the 2-, 3-, 6- and 8-fold classes. Population points make polygons take their population-weighted majority class." ) );
}

PlaceGapUrbanRuralClassificationAlgorithm *PlaceGapUrbanRuralClassificationAlgorithm::createInstance() const
{
  return new PlaceGapUrbanRuralClassificationAlgorithm();
}

void PlaceGapUrbanRuralClassificationAlgorithm::initAlgorithm( const QVariantMap & )
{
  using namespace placegap::compat;
  const placegap::UrbanRuralThresholds official;
  addNetworkParameters();
  addSitesParameters( FEATURES, QString(), PlaceGap::tr( "Features to classify" ) );
  addSitesParameters( SETTLEMENTS, SETTLEMENT_ID_FIELD, PlaceGap::tr( "Settlements (polygons, or points the features name by a settlement field)" ) );
  addParameter( new QgsProcessingParameterField( SETTLEMENT_POPULATION_FIELD, PlaceGap::tr( "Settlements: population field" ), QStringLiteral( "population" ), SETTLEMENTS, FIELD_NUMERIC ) );
  addParameter( wholeNumber( new QgsProcessingParameterNumber( LARGE_URBAN_POPULATION, PlaceGap::tr( "Large urban area: settlement population at least" ), NUMBER_DOUBLE, official.largeUrbanPopulation, false, 0 ) ) );
  addParameter( wholeNumber( new QgsProcessingParameterNumber( OTHER_URBAN_POPULATION, PlaceGap::tr( "Other urban area: settlement population at least" ), NUMBER_DOUBLE, official.otherUrbanPopulation, false, 0 ) ) );
  addParameter( wholeNumber( new QgsProcessingParameterNumber( SMALL_TOWN_POPULATION, PlaceGap::tr( "Small town: settlement population at least" ), NUMBER_DOUBLE, official.smallTownPopulation, false, 0 ) ) );
  addParameter( new QgsProcessingParameterNumber( ACCESSIBLE_MINUTES, PlaceGap::tr( "Accessible: drive minutes up to" ), NUMBER_DOUBLE, official.accessibleMinutes, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( VERY_REMOTE_MINUTES, PlaceGap::tr( "Very remote: drive minutes over" ), NUMBER_DOUBLE, official.veryRemoteMinutes, false, 0 ) );
  addParameter( new QgsProcessingParameterField( FEATURES_SETTLEMENT_FIELD, PlaceGap::tr( "Features: field naming their settlement (by the settlements' id), e.g. from a postcode look-up" ), QVariant(), FEATURES, FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( POPULATION_POINTS, PlaceGap::tr( "Population points for a population-weighted majority (e.g. postcodes, grid cells)" ), QList<int>() << static_cast<int>( SOURCE_POINT ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( POPULATION_FIELD, PlaceGap::tr( "Population points: population field" ), QStringLiteral( "population" ), POPULATION_POINTS, FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Urban rural classification" ), SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

QString PlaceGapUrbanRuralClassificationAlgorithm::layerProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  placegap::UrbanRuralThresholds thresholds;
  thresholds.largeUrbanPopulation = parameterAsDouble( parameters, LARGE_URBAN_POPULATION, context );
  thresholds.otherUrbanPopulation = parameterAsDouble( parameters, OTHER_URBAN_POPULATION, context );
  thresholds.smallTownPopulation = parameterAsDouble( parameters, SMALL_TOWN_POPULATION, context );
  thresholds.accessibleMinutes = parameterAsDouble( parameters, ACCESSIBLE_MINUTES, context );
  thresholds.veryRemoteMinutes = parameterAsDouble( parameters, VERY_REMOTE_MINUTES, context );
  const std::string thresholdProblem = thresholds.problem();
  if ( !thresholdProblem.empty() )
    return PlaceGap::tr( "Thresholds: %1 (settlement populations: small town, SMALL_TOWN_POPULATION < other urban area, OTHER_URBAN_POPULATION < large urban area, LARGE_URBAN_POPULATION; drive minutes: accessible, ACCESSIBLE_MINUTES < very remote, VERY_REMOTE_MINUTES)." ).arg( QString::fromStdString( thresholdProblem ) );
  const QString fastest = needsFastest( parameters, context, PlaceGap::tr( "The drive time to the nearest settlement" ) );
  if ( !fastest.isEmpty() )
    return fastest;

  std::unique_ptr<QgsProcessingFeatureSource> settlements( parameterAsSource( parameters, SETTLEMENTS, context ) );
  // Opened, not read as text: a selection-only source has no string value.
  std::unique_ptr<QgsProcessingFeatureSource> populationPoints( parameterAsSource( parameters, POPULATION_POINTS, context ) );
  if ( settlements )
  {
    const bool byName = !parameterAsString( parameters, FEATURES_SETTLEMENT_FIELD, context ).isEmpty();
    const bool polygons = QgsWkbTypes::geometryType( settlements->wkbType() ) == placegap::compat::GEOMETRY_POLYGON;
    if ( !polygons && !byName )
      return PlaceGap::tr( "The settlements (SETTLEMENTS) are %1 features: with settlement points, set the features' field naming their settlement (FEATURES_SETTLEMENT_FIELD) to the field of the features to classify that names each feature's settlement (e.g. from NRS's postcode to settlement look-up), or give settlement extents as polygons, so that each feature is placed in the settlement it falls in." ).arg( QgsWkbTypes::displayString( settlements->wkbType() ) );
    if ( !polygons && populationPoints )
      return PlaceGap::tr( "Population points (POPULATION_POINTS) are placed in settlements by where they lie, which needs settlement extents: the settlements (SETTLEMENTS) are %1 features, not polygons." ).arg( QgsWkbTypes::displayString( settlements->wkbType() ) );
    if ( byName && parameterAsString( parameters, SETTLEMENT_ID_FIELD, context ).isEmpty() )
      return PlaceGap::tr( "The features' field naming their settlement (FEATURES_SETTLEMENT_FIELD) names settlements by their id: set the settlements' id field (SETTLEMENT_ID_FIELD)." );
    const QString population = parameterAsString( parameters, SETTLEMENT_POPULATION_FIELD, context );
    const int index = settlements->fields().lookupField( population );
    if ( population.isEmpty() || index < 0 )
      return PlaceGap::tr( "The settlements (SETTLEMENTS) have no population field '%1' (Settlements: population field, SETTLEMENT_POPULATION_FIELD)." ).arg( population );
    if ( !settlements->fields().at( index ).isNumeric() )
      return PlaceGap::tr( "The settlements' population field '%1' (SETTLEMENT_POPULATION_FIELD) holds %2 values; it must be numeric." ).arg( population, settlements->fields().at( index ).typeName() );
  }
  std::unique_ptr<QgsProcessingFeatureSource> features( parameterAsSource( parameters, FEATURES, context ) );
  if ( populationPoints )
  {
    const QString population = parameterAsString( parameters, POPULATION_FIELD, context );
    const int index = populationPoints->fields().lookupField( population );
    if ( population.isEmpty() || index < 0 )
      return PlaceGap::tr( "The population points (POPULATION_POINTS) have no population field '%1' (Population points: population field, POPULATION_FIELD)." ).arg( population );
    if ( !populationPoints->fields().at( index ).isNumeric() )
      return PlaceGap::tr( "The population points' population field '%1' (POPULATION_FIELD) holds %2 values; it must be numeric." ).arg( population, populationPoints->fields().at( index ).typeName() );
    if ( features && QgsWkbTypes::geometryType( features->wkbType() ) != placegap::compat::GEOMETRY_POLYGON )
      return PlaceGap::tr( "Population points (POPULATION_POINTS) give polygon features a population-weighted majority class; the features to classify (FEATURES) are %1 features. Leave the population points empty to classify points by where they are." ).arg( QgsWkbTypes::displayString( features->wkbType() ) );
  }
  const QString settlementField = parameterAsString( parameters, FEATURES_SETTLEMENT_FIELD, context );
  if ( features && !settlementField.isEmpty() && features->fields().lookupField( settlementField ) < 0 )
    return PlaceGap::tr( "The features to classify (FEATURES) have no field '%1' (the features' field naming their settlement, FEATURES_SETTLEMENT_FIELD)." ).arg( settlementField );
  return features ? placegap::attributes::clashingOutputField( features->fields(), { FIELD_UR8_CODE, FIELD_UR8_NAME, FIELD_UR6_CODE, FIELD_UR6_NAME, FIELD_UR3_CODE, FIELD_UR3_NAME, FIELD_UR2_CODE, FIELD_UR2_NAME, FIELD_SETTLEMENT_ID, FIELD_SETTLEMENT_POPULATION, FIELD_DRIVE_MINUTES, FIELD_DRIVE_TO, FIELD_POINTS_POPULATION, FIELD_MAJORITY_PERCENT, FIELD_DRIVE_MINUTES_CROSSING, FIELD_DRIVE_MINUTES_AVERAGE_WAIT, FIELD_UR8_CROSSING, FIELD_UR8_AVERAGE_WAIT, FIELD_FERRY_SENSITIVE }, named( FEATURES ) ) : QString();
}

bool PlaceGapUrbanRuralClassificationAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !PlaceGapNetworkAlgorithmBase::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = layerProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

class PlaceGapUrbanRuralClassificationAlgorithm::Run : public PlaceGapRun<PlaceGapUrbanRuralClassificationAlgorithm>
{
  public:
    Run( const PlaceGapUrbanRuralClassificationAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
        : PlaceGapRun( algorithm, parameters, context, feedback )
    {
      thresholds.largeUrbanPopulation = algorithm.parameterAsDouble( parameters, LARGE_URBAN_POPULATION, context );
      thresholds.otherUrbanPopulation = algorithm.parameterAsDouble( parameters, OTHER_URBAN_POPULATION, context );
      thresholds.smallTownPopulation = algorithm.parameterAsDouble( parameters, SMALL_TOWN_POPULATION, context );
      thresholds.accessibleMinutes = algorithm.parameterAsDouble( parameters, ACCESSIBLE_MINUTES, context );
      thresholds.veryRemoteMinutes = algorithm.parameterAsDouble( parameters, VERY_REMOTE_MINUTES, context );
      featureSettlementField = algorithm.parameterAsString( parameters, FEATURES_SETTLEMENT_FIELD, context );
    }

    bool readSettlements();
    bool findDestinations();
    bool travelFromFeatures();
    PointClass classify( const Site &site, const std::vector<placegap::Reach> &reach, const QString &label, const QVariant *namedSettlement = nullptr ) const;
    bool readPopulationPoints();
    QString writeClasses();

    placegap::UrbanRuralThresholds thresholds;
    QString featureSettlementField;
    std::unique_ptr<Network> network;
    SettlementSet settlements;
    std::vector<Site> destinations;
    std::vector<Site> features;
    std::unique_ptr<placegap::TravelTimeEngine> engine;
    placegap::TravelQuery query;
    std::vector<std::vector<placegap::Reach>> reaches;
    // With a timetable, the same drive times with ferries as other tools cost them: which places change class.
    std::vector<std::vector<placegap::Reach>> crossingReaches;
    std::vector<std::vector<placegap::Reach>> averageWaitReaches;
    std::unique_ptr<QgsProcessingFeatureSource> pointSource;
    PopulationPoints populationPoints;

  private:
    void placeByName( PointClass &result, const QVariant &namedSettlement, const QString &label ) const;
    void placeByPoint( PointClass &result, const Site &site, const QString &label ) const;
    QgsFields outputFields( const QgsFields &inputFields ) const;
    std::pair<QVariant, QVariant> takeMajority( PointClass &own, const QgsFeature &feature, const QgsCoordinateTransform &toNetwork, const QString &label );
    void appendTimedClasses( QgsAttributes &attributes, const PointClass &ownPoint, std::size_t index, std::size_t &ferrySensitive ) const;
};

// Settlements: boundaries and populations, in the network CRS.
bool PlaceGapUrbanRuralClassificationAlgorithm::Run::readSettlements()
{
  std::unique_ptr<QgsProcessingFeatureSource> source = PlaceGapAlgorithm::requiredSource( algorithm, parameters, SETTLEMENTS, context );
  const QString populationField = algorithm.parameterAsString( parameters, SETTLEMENT_POPULATION_FIELD, context );
  const int populationIndex = source->fields().lookupField( populationField );
  const QString idField = algorithm.parameterAsString( parameters, SETTLEMENT_ID_FIELD, context );
  const int idIndex = idField.isEmpty() ? -1 : source->fields().lookupField( idField );
  QgsFeatureRequest request;
  request.setDestinationCrs( network->crs, context.transformContext() );
  QgsFeatureIterator it = source->getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    Settlement settlement;
    settlement.featureId = feature.id();
    settlement.id = idIndex >= 0 ? feature.attribute( idIndex ) : QVariant( feature.id() );
    settlement.boundary = feature.geometry();
    const placegap::attributes::Number people = placegap::attributes::readNumber( feature.attribute( populationIndex ) );
    const QString label = PlaceGap::tr( "Settlement (SETTLEMENTS) feature %1 (%2)" ).arg( feature.id() ).arg( settlement.id.toString() );
    const QString problem = placegap::attributes::countProblem( people );
    if ( !problem.isEmpty() )
      warnings.warn( PlaceGap::tr( "settlement without population" ), PlaceGap::tr( "%1: population field '%2' is %3, not a population; features inside it are not classified." ).arg( label, populationField, problem ) );
    else
      settlement.population = people.value;
    if ( settlement.boundary.isNull() || settlement.boundary.isEmpty() )
      warnings.warn( PlaceGap::tr( "settlement without geometry" ), PlaceGap::tr( "%1 has no geometry; no feature can fall in it and it is not a drive time destination." ).arg( label ) );
    else
      settlements.spatialIndex.addFeature( settlement.featureId, settlement.boundary.boundingBox() );
    settlements.byFeature.insert( settlement.featureId, settlements.settlements.size() );
    settlements.settlements.push_back( settlement );
  }
  feedback->pushInfo( PlaceGap::tr( "%n settlement(s) read.", nullptr, static_cast<int>( settlements.settlements.size() ) ) );
  // Features may name their settlement (settlement points, or a look-up such as NRS's postcodes).
  settlements.indexIds( warnings );
  return settlements.warnOverlaps( warnings, feedback );
}

// Drive time destinations: the usable settlements of OTHER_URBAN_POPULATION or more.
bool PlaceGapUrbanRuralClassificationAlgorithm::Run::findDestinations()
{
  for ( const Site &site : algorithm.loadSites( parameters, SETTLEMENTS, SETTLEMENT_ID_FIELD, *network, context, feedback, warnings, PlaceGap::tr( "Settlements" ) ) )
  {
    const Settlement &settlement = settlements.of( site.featureId );
    if ( settlement.population && *settlement.population >= thresholds.otherUrbanPopulation && !settlement.boundary.isNull() )
      destinations.push_back( site );
  }
  feedback->pushInfo( PlaceGap::tr( "%n settlement(s) of %1 or more people are the drive time destinations.", nullptr, static_cast<int>( destinations.size() ) ).arg( thresholds.otherUrbanPopulation ) );
  if ( destinations.empty() )
    feedback->pushWarning( PlaceGap::tr( "No settlement has %1 or more people: drive times, and the codes of small towns and rural places that depend on them, are NULL." ).arg( thresholds.otherUrbanPopulation ) );
  features = algorithm.loadSites( parameters, FEATURES, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Features" ) );
  return !feedback->isCanceled();
}

// Each feature's drive time to the nearest destination; with a timetable, also timed the two other ways.
bool PlaceGapUrbanRuralClassificationAlgorithm::Run::travelFromFeatures()
{
  query.nearest = 1;
  engine = std::make_unique<placegap::TravelTimeEngine>( network->graph, endpoints( destinations ) );
  pointSource.reset( algorithm.parameterAsSource( parameters, POPULATION_POINTS, context ) );
  reaches = travel( *network, features, *engine, query, feedback, 35, pointSource ? 60 : 85 );
  if ( feedback->isCanceled() )
    return false;
  if ( network->timetable )
  {
    const placegap::FerryTimetable crossing = network->timetable->withTiming( placegap::FerryTiming::CrossingOnly );
    const placegap::FerryTimetable averageWait = network->timetable->withTiming( placegap::FerryTiming::AverageWait );
    crossingReaches = travel( *network, features, *engine, query, feedback, 35, 35, &crossing );
    averageWaitReaches = travel( *network, features, *engine, query, feedback, 35, 35, &averageWait );
  }
  return !feedback->isCanceled();
}

// A feature that names its settlement: no name is outside every settlement; a name no settlement has is unknown.
void PlaceGapUrbanRuralClassificationAlgorithm::Run::placeByName( PointClass &result, const QVariant &namedSettlement, const QString &label ) const
{
  result.placed = true;
  const QString name = placegap::compat::isNull( namedSettlement ) ? QString() : namedSettlement.toString().trimmed();
  if ( name.isEmpty() )
    return;
  result.home = settlements.byId.value( name, nullptr );
  if ( !result.home )
  {
    warnings.warn( PlaceGap::tr( "unknown settlement" ), PlaceGap::tr( "%1 names settlement '%2' in '%3', which no settlement (SETTLEMENTS) has as its id; its codes are NULL." ).arg( label, name, featureSettlementField ) );
    result.placed = false;
  }
  else if ( !result.home->population )
  {
    warnings.warn( PlaceGap::tr( "feature in a settlement without population" ), PlaceGap::tr( "%1 falls in settlement %2, whose population is unknown; its codes are NULL." ).arg( label, name ) );
    result.placed = false;
  }
}

// The settlement holding a point: the most populous of overlapping ones, ties the first in layer order.
void PlaceGapUrbanRuralClassificationAlgorithm::Run::placeByPoint( PointClass &result, const Site &site, const QString &label ) const
{
  const QgsGeometry point = QgsGeometry::fromPointXY( site.point );
  QStringList holders;
  for ( QgsFeatureId candidate : settlements.inLayerOrder( settlements.spatialIndex.intersects( QgsRectangle( site.point, site.point ) ) ) )
  {
    const Settlement &settlement = settlements.of( candidate );
    if ( !settlement.boundary.intersects( point ) )
      continue;
    holders << settlement.id.toString();
    if ( !result.home || settlement.population.value_or( -1 ) > result.home->population.value_or( -1 ) )
      result.home = &settlement;
  }
  if ( holders.size() > 1 )
    warnings.warn( PlaceGap::tr( "feature in overlapping settlements" ), PlaceGap::tr( "%1 falls in %n overlapping settlement(s) (%2); it takes %3, the most populous.", nullptr, static_cast<int>( holders.size() ) ).arg( label, holders.join( QLatin1String( ", " ) ), result.home->id.toString() ) );
  if ( result.home && !result.home->population )
  {
    warnings.warn( PlaceGap::tr( "feature in a settlement without population" ), PlaceGap::tr( "%1 falls in settlement %2, whose population is unknown; its codes are NULL." ).arg( label, result.home->id.toString() ) );
    result.placed = false;
  }
}

PointClass PlaceGapUrbanRuralClassificationAlgorithm::Run::classify( const Site &site, const std::vector<placegap::Reach> &reach, const QString &label, const QVariant *namedSettlement ) const
{
  PointClass result;
  result.placed = site.hasPoint;
  if ( namedSettlement )
    placeByName( result, *namedSettlement, label );
  else if ( site.hasPoint )
    placeByPoint( result, site, label );
  if ( !reach.empty() && network->strategy == Fastest )
  {
    result.minutes = reach.front().seconds / 60.0;
    result.driveTo = destinations[reach.front().destination].id;
  }
  if ( result.placed )
  {
    const placegap::SettlementBand band = placegap::settlementBand( result.home ? *result.home->population : 0.0, thresholds );
    result.classes = placegap::classifyUrbanRural( band, result.minutes, thresholds );
    if ( placegap::needsDriveTime( band ) && !result.minutes )
      warnings.warn( PlaceGap::tr( "no settlement reached" ), PlaceGap::tr( "%1 reaches no settlement of %2 or more people over the network; its drive time and the codes that depend on it are NULL." ).arg( label ).arg( thresholds.otherUrbanPopulation ) );
  }
  return result;
}

// SG's population-weighted majority: each population point is classified where it lies.
bool PlaceGapUrbanRuralClassificationAlgorithm::Run::readPopulationPoints()
{
  const QString populationField = algorithm.parameterAsString( parameters, POPULATION_FIELD, context );
  const int populationIndexField = pointSource->fields().lookupField( populationField );
  QHash<QgsFeatureId, double> pointPopulation;
  QgsFeatureIterator it = pointSource->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ).setSubsetOfAttributes( QgsAttributeList() << populationIndexField ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const placegap::attributes::Number people = placegap::attributes::readNumber( feature.attribute( populationIndexField ) );
    const QString problem = placegap::attributes::countProblem( people );
    if ( !problem.isEmpty() )
      warnings.warn( PlaceGap::tr( "population point without population" ), PlaceGap::tr( "Population point (POPULATION_POINTS) %1: population field '%2' is %3; the point counts no one." ).arg( feature.id() ).arg( populationField, problem ) );
    else
      pointPopulation.insert( feature.id(), people.value );
  }
  const std::vector<Site> points = algorithm.loadSites( parameters, POPULATION_POINTS, QString(), *network, context, feedback, warnings, PlaceGap::tr( "Population points" ) );
  if ( feedback->isCanceled() )
    return false;
  const auto pointReaches = travel( *network, points, *engine, query, feedback, 60, 85 );
  if ( feedback->isCanceled() )
    return false;
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    if ( !points[i].hasPoint || !pointPopulation.contains( points[i].featureId ) )
      continue;
    const PointClass cls = classify( points[i], pointReaches[i], PlaceGap::tr( "Population point (POPULATION_POINTS) %1" ).arg( points[i].featureId ) );
    populationPoints.index.addFeature( static_cast<QgsFeatureId>( populationPoints.points.size() ), QgsRectangle( points[i].point, points[i].point ) );
    populationPoints.points.push_back( { points[i].point, pointPopulation.value( points[i].featureId ), cls.placed ? cls.classes.eightFold.value_or( 0 ) : 0 } );
  }
  feedback->pushInfo( PlaceGap::tr( "%n population point(s) classified.", nullptr, static_cast<int>( populationPoints.points.size() ) ) );
  return true;
}

QgsFields PlaceGapUrbanRuralClassificationAlgorithm::Run::outputFields( const QgsFields &inputFields ) const
{
  QgsFields fields = inputFields;
  fields.append( placegap::compat::intField( FIELD_UR8_CODE ) );
  fields.append( placegap::compat::stringField( FIELD_UR8_NAME ) );
  fields.append( placegap::compat::intField( FIELD_UR6_CODE ) );
  fields.append( placegap::compat::stringField( FIELD_UR6_NAME ) );
  fields.append( placegap::compat::intField( FIELD_UR3_CODE ) );
  fields.append( placegap::compat::stringField( FIELD_UR3_NAME ) );
  fields.append( placegap::compat::intField( FIELD_UR2_CODE ) );
  fields.append( placegap::compat::stringField( FIELD_UR2_NAME ) );
  fields.append( algorithm.siteIdField( parameters, SETTLEMENTS, SETTLEMENT_ID_FIELD, FIELD_SETTLEMENT_ID, context ) );
  fields.append( placegap::compat::doubleField( FIELD_SETTLEMENT_POPULATION, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_DRIVE_MINUTES, 0, 0 ) );
  fields.append( algorithm.siteIdField( parameters, SETTLEMENTS, SETTLEMENT_ID_FIELD, FIELD_DRIVE_TO, context ) );
  if ( pointSource )
  {
    fields.append( placegap::compat::doubleField( FIELD_POINTS_POPULATION, 0, 0 ) );
    fields.append( placegap::compat::doubleField( FIELD_MAJORITY_PERCENT, 0, 0 ) );
  }
  if ( network->timetable )
  {
    fields.append( placegap::compat::doubleField( FIELD_DRIVE_MINUTES_CROSSING, 0, 0 ) );
    fields.append( placegap::compat::doubleField( FIELD_DRIVE_MINUTES_AVERAGE_WAIT, 0, 0 ) );
    fields.append( placegap::compat::intField( FIELD_UR8_CROSSING ) );
    fields.append( placegap::compat::intField( FIELD_UR8_AVERAGE_WAIT ) );
    fields.append( placegap::compat::intField( FIELD_FERRY_SENSITIVE ) );
  }
  return fields;
}

// A polygon feature takes the 8-fold class holding most of the people of the points inside it.
std::pair<QVariant, QVariant> PlaceGapUrbanRuralClassificationAlgorithm::Run::takeMajority( PointClass &own, const QgsFeature &feature, const QgsCoordinateTransform &toNetwork, const QString &label )
{
  QgsGeometry area = feature.geometry();
  try
  {
    area.transform( toNetwork );
  }
  catch ( QgsCsException & )
  {
    area = QgsGeometry();
  }
  std::array<double, 9> byClass {};
  double total = 0;
  if ( !area.isNull() )
  {
    const std::unique_ptr<QgsGeometryEngine> areaEngine( QgsGeometry::createGeometryEngine( area.constGet() ) );
    areaEngine->prepareGeometry();
    for ( const QgsFeatureId candidate : populationPoints.index.intersects( area.boundingBox() ) )
    {
      const PopulationPoint &point = populationPoints.points[static_cast<std::size_t>( candidate )];
      QgsPoint p( point.point );
      if ( !areaEngine->intersects( &p ) )
        continue;
      byClass[static_cast<std::size_t>( point.eightFold )] += point.population;
      total += point.population;
    }
  }
  const std::optional<int> code = placegap::majorityEightFold( byClass );
  if ( !code )
  {
    warnings.warn( PlaceGap::tr( "no classified population inside" ), PlaceGap::tr( "%1 holds no classified population point; it is classified by its own point instead." ).arg( label ) );
    return { total, QVariant() };
  }
  own.placed = true;
  own.classes = placegap::fromEightFold( *code );
  return { total, 100.0 * byClass[static_cast<std::size_t>( *code )] / total };
}

// The feature's own point classed with the drive time at DEPART_AT, crossing only, and with average waits.
void PlaceGapUrbanRuralClassificationAlgorithm::Run::appendTimedClasses( QgsAttributes &attributes, const PointClass &ownPoint, std::size_t index, std::size_t &ferrySensitive ) const
{
  const placegap::SettlementBand band = placegap::settlementBand( ownPoint.home ? *ownPoint.home->population : 0.0, thresholds );
  std::optional<int> codes[3] = { ownPoint.placed ? ownPoint.classes.eightFold : std::nullopt, std::nullopt, std::nullopt };
  for ( int k = 0; k < 2; ++k )
  {
    const std::vector<placegap::Reach> &reach = ( k == 0 ? crossingReaches : averageWaitReaches )[index];
    const std::optional<double> minutes = reach.empty() ? std::nullopt : std::optional<double>( reach.front().seconds / 60.0 );
    attributes << ( minutes ? QVariant( *minutes ) : QVariant() );
    if ( ownPoint.placed )
      codes[k + 1] = placegap::classifyUrbanRural( band, minutes, thresholds ).eightFold;
  }
  appendFerryClasses( attributes, codes, ferrySensitive );
}

// Each feature with its classes, settlement, drive time and (with points or a timetable) the rest.
QString PlaceGapUrbanRuralClassificationAlgorithm::Run::writeClasses()
{
  std::unique_ptr<QgsProcessingFeatureSource> featureSource = PlaceGapAlgorithm::requiredSource( algorithm, parameters, FEATURES, context );
  const QgsFields fields = outputFields( featureSource->fields() );
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( algorithm.parameterAsSink( parameters, OUTPUT, context, destination, fields, featureSource->wkbType(), featureSource->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  QHash<QgsFeatureId, std::size_t> featureIndex;
  for ( std::size_t i = 0; i < features.size(); ++i )
    featureIndex.insert( features[i].featureId, i );
  // Feature polygons in the network CRS, where the population points are.
  const QgsCoordinateTransform toNetwork( featureSource->sourceCrs(), network->crs, context.transformContext() );
  std::array<std::size_t, 9> eightFoldCounts {};
  std::size_t outside = 0, written = 0, ferrySensitive = 0;
  QgsFeatureIterator it = featureSource->getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QString();
    const auto found = featureIndex.constFind( feature.id() );
    if ( found == featureIndex.constEnd() )
      continue;
    const QString label = PlaceGap::tr( "Feature to classify (FEATURES) %1" ).arg( feature.id() );
    QgsAttributes attributes = feature.attributes();
    const QVariant named = featureSettlementField.isEmpty() ? QVariant() : feature.attribute( featureSettlementField );
    PointClass own = classify( features[*found], reaches[*found], label, featureSettlementField.isEmpty() ? nullptr : &named );
    const PointClass ownPoint = own; // before any population-weighted majority
    const std::pair<QVariant, QVariant> majority = pointSource && feature.hasGeometry() ? takeMajority( own, feature, toNetwork, label ) : std::pair<QVariant, QVariant>();
    appendClasses( attributes, own );
    if ( own.placed )
    {
      outside += own.home ? 0 : 1;
      ++eightFoldCounts[static_cast<std::size_t>( own.classes.eightFold.value_or( 0 ) )];
    }
    attributes << ( own.home ? own.home->id : QVariant() ) << ( own.home && own.home->population ? QVariant( *own.home->population ) : QVariant() )
               << ( own.minutes ? QVariant( *own.minutes ) : QVariant() ) << own.driveTo;
    if ( pointSource )
      attributes << majority.first << majority.second;
    if ( network->timetable )
      appendTimedClasses( attributes, ownPoint, *found, ferrySensitive );
    QgsFeature out( fields );
    out.setAttributes( attributes );
    out.setGeometry( feature.geometry() );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    feedback->setProgress( 85.0 + 15.0 * static_cast<double>( ++written ) / static_cast<double>( std::max<std::size_t>( 1, features.size() ) ) );
  }
  QStringList counts;
  for ( int code = 1; code <= 8; ++code )
    counts << QStringLiteral( "%1 %2" ).arg( code ).arg( eightFoldCounts[static_cast<std::size_t>( code )] );
  feedback->pushInfo( PlaceGap::tr( "8-fold classes: %1; %2 without an 8-fold class; %3 outside every settlement." ).arg( counts.join( QLatin1String( ", " ) ) ).arg( eightFoldCounts[0] ).arg( outside ) );
  if ( network->timetable )
    feedback->pushInfo( PlaceGap::tr( "%n feature(s) change 8-fold class with how ferries are timed (at %1, crossing only, or with average waits).", nullptr, static_cast<int>( ferrySensitive ) ).arg( QStringLiteral( "%1 %2" ).arg( QString::fromLatin1( placegap::dayName( network->dayOfWeek ) ), clockText( network->departClock ) ) ) );
  warnings.summarize();
  sink.reset();
  outputGuard.keep();
  return destination;
}

QVariantMap PlaceGapUrbanRuralClassificationAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString problem = layerProblem( parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  Run run( *this, parameters, context, feedback );
  run.network = loadNetwork( parameters, context, feedback, run.warnings );
  if ( !run.network || !run.readSettlements() )
    return QVariantMap();
  feedback->setProgress( 20 );
  if ( !run.findDestinations() || !run.travelFromFeatures() )
    return QVariantMap();
  if ( run.pointSource && !run.readPopulationPoints() )
    return QVariantMap();
  const QString destination = run.writeClasses();
  if ( destination.isEmpty() )
    return QVariantMap();
  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
