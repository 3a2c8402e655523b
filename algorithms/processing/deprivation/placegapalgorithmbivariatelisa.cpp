/***************************************************************************
  placegapalgorithmbivariatelisa.cpp - placegap:bivariatelisa
 ***************************************************************************/
#include "placegapalgorithmbivariatelisa.h"

#include "bivariatemoran.h"
#include "parallel.h"
#include "placegapattainmentcells.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfaroutwarnings.h"
#include "placegapfeaturewarnings.h"
#include "placegapferrylinks.h"
#include "placegapmetriccrs.h"
#include "placegapneararealinks.h"
#include "placegapoutputguard.h"
#include "placegaprun.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"
#include "spatialweights.h"

#include "qgscoordinatetransform.h"
#include "qgsfeaturerequest.h"
#include "qgsgeometry.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingoutputs.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace placegap::attributes;

const QString PlaceGapBivariateLisaAlgorithm::FIELD_LOCAL_I = QStringLiteral( "local_i" );
const QString PlaceGapBivariateLisaAlgorithm::FIELD_Z = QStringLiteral( "z_x" );
const QString PlaceGapBivariateLisaAlgorithm::FIELD_LAG = QStringLiteral( "lag_z_y" );
const QString PlaceGapBivariateLisaAlgorithm::FIELD_P = QStringLiteral( "p_sim" );
const QString PlaceGapBivariateLisaAlgorithm::FIELD_CLUSTER = QStringLiteral( "cluster" );
const QString PlaceGapBivariateLisaAlgorithm::FIELD_CLUSTER_LABEL = QStringLiteral( "cluster_lbl" );
const QString PlaceGapBivariateLisaAlgorithm::FIELD_NEIGHBOURS = QStringLiteral( "n_neigh" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString DEPRIVATION_FIELD = QStringLiteral( "DEPRIVATION_FIELD" );
  const QString WEIGHTS = QStringLiteral( "WEIGHTS" );
  const QString NEIGHBOURS = QStringLiteral( "NEIGHBOURS" );
  const QString DISTANCE = QStringLiteral( "DISTANCE" );
  const QString PERMUTATIONS = QStringLiteral( "PERMUTATIONS" );
  const QString SEED = QStringLiteral( "SEED" );
  const QString SIGNIFICANCE = QStringLiteral( "SIGNIFICANCE" );
  const QString FDR = QStringLiteral( "FDR" );
  const QString P_VALUE = QStringLiteral( "P_VALUE" );
  const QString THREADS = QStringLiteral( "THREADS" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString GLOBAL_I = QStringLiteral( "GLOBAL_I" );
  const QString GLOBAL_P = QStringLiteral( "GLOBAL_P" );
  const QString CODE_FIELD = QStringLiteral( "CODE_FIELD" );
  const QString FERRY_TIMETABLE = QStringLiteral( "FERRY_TIMETABLE" );
  const QString TIMETABLE_FROM_FIELD = QStringLiteral( "TIMETABLE_FROM_FIELD" );
  const QString TIMETABLE_TO_FIELD = QStringLiteral( "TIMETABLE_TO_FIELD" );
  const QString FERRY_TERMINALS = QStringLiteral( "FERRY_TERMINALS" );
  const QString TERMINAL_CODE_FIELD = QStringLiteral( "TERMINAL_CODE_FIELD" );
  const QString TERMINAL_DISTANCE = QStringLiteral( "TERMINAL_DISTANCE" );
  const QString TERMINAL_SERVICES_FIELD = QStringLiteral( "TERMINAL_SERVICES_FIELD" );
  const QString ISOLATE_CODES = QStringLiteral( "ISOLATE_CODES" );
  const QString CONTIGUITY_TOLERANCE = QStringLiteral( "CONTIGUITY_TOLERANCE" );
  const QString ISLANDS = QStringLiteral( "ISLANDS" );
  const QString THRESHOLD = QStringLiteral( "THRESHOLD" );

  QString clusterLabel( placegap::LisaCluster cluster )
  {
    switch ( cluster )
    {
    case placegap::LisaCluster::HighHigh:
      return QStringLiteral( "High-High" );
    case placegap::LisaCluster::LowHigh:
      return QStringLiteral( "Low-High" );
    case placegap::LisaCluster::LowLow:
      return QStringLiteral( "Low-Low" );
    case placegap::LisaCluster::HighLow:
      return QStringLiteral( "High-Low" );
    case placegap::LisaCluster::NoNeighbours:
      return QStringLiteral( "No neighbours" );
    case placegap::LisaCluster::NotSignificant:
      break;
    }
    return QStringLiteral( "Not significant" );
  }

  placegap::PolygonRings ringsOf( const QgsGeometry &geometry )
  {
    QgsGeometry straight = geometry;
    straight.convertToStraightSegment();
    const QgsMultiPolygonXY parts = straight.isMultipart() ? straight.asMultiPolygon() : QgsMultiPolygonXY { straight.asPolygon() };
    placegap::PolygonRings rings;
    for ( const QgsPolygonXY &polygon : parts )
      for ( const QgsPolylineXY &ring : polygon )
      {
        std::vector<placegap::Point2> points;
        points.reserve( static_cast<std::size_t>( ring.size() ) );
        for ( const QgsPointXY &point : ring )
          points.push_back( placegap::Point2 { point.x(), point.y() } );
        rings.push_back( std::move( points ) );
      }
    return rings;
  }
} // namespace

QString PlaceGapBivariateLisaAlgorithm::name() const
{
  return QStringLiteral( "bivariatelisa" );
}

QString PlaceGapBivariateLisaAlgorithm::displayName() const
{
  return PlaceGap::tr( "Bivariate local Moran's I (LISA) of deprivation and attainment" );
}

QStringList PlaceGapBivariateLisaAlgorithm::tags() const
{
  return PlaceGap::tr( "lisa,moran,bivariate,local indicators of spatial association,cluster,hot spot,spatial autocorrelation,deprivation,attainment,geoda,pysal,esda" ).split( ',' );
}

QString PlaceGapBivariateLisaAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Finds clusters where deprivation at an area meets high or low attainment around it: local bivariate Moran's I with permutation inference, plus the global bivariate Moran's I." );
}

QString PlaceGapBivariateLisaAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Finds clusters where deprivation in an area meets high or low attainment around it (bivariate local Moran's I, as GeoDa and PySAL), with permutation p-values and the global statistic. Neighbours by shared boundaries, nearest areas or distance; islands can be joined by a contiguity tolerance and by ferry links, and areas left without neighbours are listed by code." ) );
}

PlaceGapBivariateLisaAlgorithm *PlaceGapBivariateLisaAlgorithm::createInstance() const
{
  return new PlaceGapBivariateLisaAlgorithm();
}

void PlaceGapBivariateLisaAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Areas (polygons, or points with nearest or distance weights)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_POLYGON ) << static_cast<int>( placegap::compat::SOURCE_POINT ) ) );
  addParameter( new QgsProcessingParameterField( DEPRIVATION_FIELD, PlaceGap::tr( "Deprivation field (x, at the area)" ), QStringLiteral( "simd_rank" ), INPUT, placegap::compat::FIELD_ANY ) );
  for ( QgsProcessingParameterDefinition *definition : PlaceGapAttainmentCells::parameters( INPUT, PlaceGap::tr( "Attainment field (y, around the area; a number or published text)" ) ) )
    addParameter( definition );
  addParameter( new QgsProcessingParameterEnum( WEIGHTS, PlaceGap::tr( "Neighbours" ),
                                                QStringList() << PlaceGap::tr( "Queen contiguity" ) << PlaceGap::tr( "Rook contiguity" ) << PlaceGap::tr( "K nearest neighbours" ) << PlaceGap::tr( "Distance band" ),
                                                false, Queen ) );
  addParameter( new QgsProcessingParameterNumber( NEIGHBOURS, PlaceGap::tr( "Number of nearest neighbours" ), placegap::compat::NUMBER_INTEGER, 8, false, 1 ) );
  addParameter( new QgsProcessingParameterDistance( DISTANCE, PlaceGap::tr( "Distance band" ), 1000, INPUT, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( PERMUTATIONS, PlaceGap::tr( "Permutations" ), placegap::compat::NUMBER_INTEGER, 999, false, 0, 99999 ) );
  addParameter( new QgsProcessingParameterNumber( SEED, PlaceGap::tr( "Random seed" ), placegap::compat::NUMBER_INTEGER, 1, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( SIGNIFICANCE, PlaceGap::tr( "Significance level" ), placegap::compat::NUMBER_DOUBLE, 0.05, false, 0, 1 ) );
  addParameter( new QgsProcessingParameterBoolean( FDR, PlaceGap::tr( "Control the false discovery rate" ), false ) );
  auto *pValue = new QgsProcessingParameterEnum( P_VALUE, PlaceGap::tr( "Permutation p-value" ), QStringList() << PlaceGap::tr( "Two-sided" ) << PlaceGap::tr( "Folded, as esda (for comparison with PySAL)" ), false, static_cast<int>( placegap::PermutationPValue::TwoSided ) );
  pValue->setFlags( pValue->flags() | placegap::compat::PARAMETER_ADVANCED );
  addParameter( pValue );
  addParameter( new QgsProcessingParameterNumber( THREADS, PlaceGap::tr( "Threads (0 = all cores)" ), placegap::compat::NUMBER_INTEGER, 0, false, 0 ) );
  auto *tolerance = new QgsProcessingParameterNumber( CONTIGUITY_TOLERANCE, PlaceGap::tr( "Contiguity: areas this close also touch (metres; 0 = shared vertices only)" ), placegap::compat::NUMBER_DOUBLE, 0.0, false, 0 );
  tolerance->setFlags( tolerance->flags() | placegap::compat::PARAMETER_ADVANCED );
  addParameter( tolerance );
  addParameter( new QgsProcessingParameterField( CODE_FIELD, PlaceGap::tr( "Area code field, to name areas without neighbours (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( FERRY_TIMETABLE, PlaceGap::tr( "Ferry timetable or crossings: join the areas of the stops sailed between (optional)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSource( FERRY_TERMINALS, PlaceGap::tr( "Ferry terminals (points with the timetable's stop codes; optional)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_POINT ), QVariant(), true ) );
  const QList<QgsProcessingParameterDefinition *> ferryFields {
      new QgsProcessingParameterField( TIMETABLE_FROM_FIELD, PlaceGap::tr( "Timetable: from stop field" ), QStringLiteral( "from_stop" ), FERRY_TIMETABLE, placegap::compat::FIELD_ANY, false, true ),
      new QgsProcessingParameterField( TIMETABLE_TO_FIELD, PlaceGap::tr( "Timetable: to stop field" ), QStringLiteral( "to_stop" ), FERRY_TIMETABLE, placegap::compat::FIELD_ANY, false, true ),
      new QgsProcessingParameterField( TERMINAL_CODE_FIELD, PlaceGap::tr( "Ferry terminals: stop code field" ), QStringLiteral( "stop_point_id" ), FERRY_TERMINALS, placegap::compat::FIELD_ANY, false, true ),
      new QgsProcessingParameterField( TERMINAL_SERVICES_FIELD, PlaceGap::tr( "Ferry terminals: services field (terminals naming the same service are joined; optional)" ), QVariant(), FERRY_TERMINALS, placegap::compat::FIELD_ANY, false, true ),
      new QgsProcessingParameterNumber( TERMINAL_DISTANCE, PlaceGap::tr( "Ferry terminals: join the nearest area within (metres)" ), placegap::compat::NUMBER_DOUBLE, 2000.0, false, 0 ) };
  for ( QgsProcessingParameterDefinition *definition : ferryFields )
  {
    definition->setFlags( definition->flags() | placegap::compat::PARAMETER_ADVANCED );
    addParameter( definition );
  }
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Bivariate LISA" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  addOutput( new QgsProcessingOutputNumber( GLOBAL_I, PlaceGap::tr( "Global bivariate Moran's I" ) ) );
  addOutput( new QgsProcessingOutputNumber( GLOBAL_P, PlaceGap::tr( "Pseudo p-value of the global I" ) ) );
  addOutput( new QgsProcessingOutputNumber( ISLANDS, PlaceGap::tr( "Areas without neighbours" ) ) );
  addOutput( new QgsProcessingOutputNumber( THRESHOLD, PlaceGap::tr( "p-value threshold used" ) ) );
  addOutput( new QgsProcessingOutputString( ISOLATE_CODES, PlaceGap::tr( "Codes (from the area code field, else feature ids) of the areas without neighbours" ) ) );
  showReadableNumbers();
}

QString PlaceGapBivariateLisaAlgorithm::ferryInputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> timetable( parameterAsSource( parameters, FERRY_TIMETABLE, context ) );
  std::unique_ptr<QgsProcessingFeatureSource> terminals( parameterAsSource( parameters, FERRY_TERMINALS, context ) );
  const QString servicesField = parameterAsString( parameters, TERMINAL_SERVICES_FIELD, context );
  if ( !timetable && !terminals )
    return QString();
  if ( !terminals )
    return PlaceGap::tr( "Ferry links need the ferry terminals (FERRY_TERMINALS): where the stops of the ferry timetable (FERRY_TIMETABLE) are." );
  if ( !timetable && servicesField.isEmpty() )
    return PlaceGap::tr( "Ferry links need the ferry timetable (FERRY_TIMETABLE: which stops are sailed between) or the terminals' services field (TERMINAL_SERVICES_FIELD: which services call at each terminal) beside the ferry terminals (FERRY_TERMINALS)." );
  QList<std::tuple<QString, QgsFeatureSource *, QString>> fieldsToCheck { std::make_tuple( TERMINAL_CODE_FIELD, terminals.get(), PlaceGap::tr( "ferry terminals" ) ) };
  if ( timetable )
    fieldsToCheck << std::make_tuple( TIMETABLE_FROM_FIELD, timetable.get(), PlaceGap::tr( "ferry timetable" ) ) << std::make_tuple( TIMETABLE_TO_FIELD, timetable.get(), PlaceGap::tr( "ferry timetable" ) );
  for ( const auto &[parameter, layer, layerName] : fieldsToCheck )
  {
    const QString field = parameterAsString( parameters, parameter, context );
    const QString problem = field.isEmpty() ? PlaceGap::tr( "Set %1: ferry links need it." ).arg( named( parameter ) ) : missingField( layer->fields(), field, named( parameter ), layerName );
    if ( !problem.isEmpty() )
      return problem;
  }
  return servicesField.isEmpty() ? QString() : missingField( terminals->fields(), servicesField, named( TERMINAL_SERVICES_FIELD ), PlaceGap::tr( "ferry terminals" ) );
}

QString PlaceGapBivariateLisaAlgorithm::inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString deprivationProblem = missingField( source.fields(), parameterAsString( parameters, DEPRIVATION_FIELD, context ), named( DEPRIVATION_FIELD ), PlaceGap::tr( "input" ) );
  if ( !deprivationProblem.isEmpty() )
    return deprivationProblem;
  const QString cellsProblem = PlaceGapAttainmentCells::problem( *this, source.fields(), parameters, context, PlaceGap::tr( "input" ) );
  if ( !cellsProblem.isEmpty() )
    return cellsProblem;
  const QString codeField = parameterAsString( parameters, CODE_FIELD, context );
  if ( !codeField.isEmpty() && source.fields().lookupField( codeField ) < 0 )
    return missingField( source.fields(), codeField, named( CODE_FIELD ), PlaceGap::tr( "input" ) );
  const QString ferryProblem = ferryInputProblem( parameters, context );
  if ( !ferryProblem.isEmpty() )
    return ferryProblem;
  const int weights = parameterAsEnum( parameters, WEIGHTS, context );
  const auto geometryType = QgsWkbTypes::geometryType( source.wkbType() );
  if ( ( weights == Queen || weights == Rook ) && geometryType != placegap::compat::GEOMETRY_POLYGON )
    return PlaceGap::tr( "Neighbours (WEIGHTS) by queen or rook contiguity need a polygon layer; use K nearest neighbours or a distance band for points." );
  if ( geometryType != placegap::compat::GEOMETRY_POLYGON && geometryType != placegap::compat::GEOMETRY_POINT )
    return PlaceGap::tr( "The input layer needs polygon or point geometries to find neighbours." );
  // A band in degrees is a band of different widths east-west and north-south: refused, not guessed.
  if ( weights == DistanceBand && !placegap::crs::isMetric( source.sourceCrs() ) )
    return PlaceGap::tr( "The input layer's CRS (%1) is not in metres, so the distance band (DISTANCE) would be in its units (degrees for EPSG:4326), whose length on the ground varies with direction and latitude. Reproject the layer to a projected CRS in metres (e.g. EPSG:27700) for a distance band, or use K nearest neighbours (Neighbours, WEIGHTS), which are measured in metres whatever the CRS." ).arg( source.sourceCrs().authid() );
  return placegap::attributes::clashingOutputField( source.fields(), { FIELD_LOCAL_I, FIELD_Z, FIELD_LAG, FIELD_P, FIELD_CLUSTER, FIELD_CLUSTER_LABEL, FIELD_NEIGHBOURS }, PlaceGap::tr( "input" ) );
}

class PlaceGapBivariateLisaAlgorithm::Run : public PlaceGapRun<PlaceGapBivariateLisaAlgorithm>
{
  public:
    Run( const PlaceGapBivariateLisaAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &source )
        : PlaceGapRun( algorithm, parameters, context, feedback ), source( source ), cells( algorithm, source.fields(), parameters, context )
    {
      xField = algorithm.parameterAsString( parameters, DEPRIVATION_FIELD, context );
      yField = cells.fieldsText();
      weights = algorithm.parameterAsEnum( parameters, WEIGHTS, context );
      contiguity = weights == Queen || weights == Rook;
      options.permutations = algorithm.parameterAsInt( parameters, PERMUTATIONS, context );
      options.seed = static_cast<std::uint64_t>( algorithm.parameterAsInt( parameters, SEED, context ) );
      options.significance = algorithm.parameterAsDouble( parameters, SIGNIFICANCE, context );
      options.falseDiscoveryRate = algorithm.parameterAsBoolean( parameters, FDR, context );
      options.pValue = static_cast<placegap::PermutationPValue>( algorithm.parameterAsEnum( parameters, P_VALUE, context ) );
      const int threads = algorithm.parameterAsInt( parameters, THREADS, context );
      options.threads = static_cast<int>( placegap::threadsFor( static_cast<unsigned>( std::max( 0, threads ) ) ) );
      // Nearest neighbours in metres: centroids of a layer not in metres are measured in the UTM zone of its centre.
      metric = placegap::crs::metricCrsFor( source.sourceCrs(), source.sourceExtent(), context.transformContext() );
      toMetric = QgsCoordinateTransform( source.sourceCrs(), metric, context.transformContext() );
      ferryTerminals.reset( algorithm.parameterAsSource( parameters, FERRY_TERMINALS, context ) );
      contiguityTolerance = contiguity ? algorithm.parameterAsDouble( parameters, CONTIGUITY_TOLERANCE, context ) : 0.0;
      needMetricAreas = ferryTerminals || contiguityTolerance > 0;
      xIndex = source.fields().lookupField( xField );
      codeIndex = source.fields().lookupField( algorithm.parameterAsString( parameters, CODE_FIELD, context ) );
      total = std::max<double>( 1.0, static_cast<double>( source.featureCount() ) );
    }

    bool readAreas();
    void readArea( const QgsFeature &feature );
    void checkValues() const;
    bool buildWeights();
    bool addFerryLinks();
    void reportNeighbours();
    bool computeStatistics();
    QString writeAreas();

    QgsProcessingFeatureSource &source;
    const PlaceGapAttainmentCells cells;
    QString xField, yField;
    int weights = Queen;
    bool contiguity = true;
    placegap::BivariateMoranOptions options;
    QgsCoordinateReferenceSystem metric;
    QgsCoordinateTransform toMetric;
    std::unique_ptr<QgsProcessingFeatureSource> ferryTerminals;
    double contiguityTolerance = 0;
    bool needMetricAreas = false;
    int xIndex = -1, codeIndex = -1;
    double total = 1;
    // The usable areas, in the order the statistics index them.
    std::vector<QgsFeatureId> ids;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<placegap::PolygonRings> polygons;
    std::vector<placegap::Point2> centroids;
    std::vector<QgsGeometry> metricAreas; //!< for ferry links and the tolerance: each area in metres
    std::vector<QString> codes;
    placegap::NeighbourLists neighbours;
    QStringList islands;
    placegap::BivariateMoranResult result;
};

// Pass 1: values and geometries of the usable areas.
bool PlaceGapBivariateLisaAlgorithm::Run::readAreas()
{
  if ( weights == NearestNeighbours && metric != source.sourceCrs() )
    feedback->pushInfo( PlaceGap::tr( "The layer's CRS (%1) is not in metres: nearest neighbours are found from centroids in %2 (%3)." ).arg( source.sourceCrs().authid(), metric.authid(), metric.description() ) );
  long long read = 0;
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( QgsAttributeList { xIndex } + cells.attributeIndexes() + ( codeIndex >= 0 ? QgsAttributeList { codeIndex } : QgsAttributeList() ) );
  QgsFeatureIterator it = source.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    feedback->setProgress( 20.0 * static_cast<double>( read++ ) / total );
    readArea( feature );
  }
  placegap::reading::requireComplete( source, read, QStringLiteral( "INPUT" ) );
  warnings.summarize();
  return true;
}

// An area with its two values, its centroid or rings, and its geometry in metres; or left out, warned.
void PlaceGapBivariateLisaAlgorithm::Run::readArea( const QgsFeature &feature )
{
  const QgsFeatureId id = feature.id();
  bool ok = true;
  const Number xValue = readNumber( feature.attribute( xIndex ) );
  if ( xValue.status != NumberStatus::Number )
  {
    const bool isNull = xValue.status == NumberStatus::Null;
    warnings.warn( isNull ? PlaceGap::tr( "NULL value" ) : PlaceGap::tr( "value not a number" ),
                   PlaceGap::tr( "%1: field '%2' is %3; the area is left out of the weights and statistics." ).arg( cells.label( feature ), xField, xValue.problem ) );
    ok = false;
  }
  // A LISA needs one value per area: a suppressed or banded one is named and left out, not invented.
  const placegap::PublishedCell yCell = cells.read( feature );
  if ( !yCell.isUsable() )
  {
    warnings.warn( PlaceGap::tr( "no attainment" ), cells.unusableReason( feature, yCell ) );
    ok = false;
  }
  else if ( yCell.isCensored() )
  {
    warnings.warn( yCell.status == placegap::CellStatus::Suppressed ? PlaceGap::tr( "attainment suppressed" ) : PlaceGap::tr( "attainment banded" ),
                   PlaceGap::tr( "%1: %2 is known only to lie in %3-%4 (%5); a LISA needs one value per area, so the area is left out of the weights and statistics." ).arg( cells.label( feature ), yField ).arg( yCell.lower ).arg( yCell.upper ).arg( QString::fromLatin1( placegap::cellStatusName( yCell.status ) ) ) );
    ok = false;
  }
  const QgsGeometry geometry = feature.geometry();
  if ( geometry.isNull() || geometry.isEmpty() )
  {
    warnings.warn( PlaceGap::tr( "no geometry" ), PlaceGap::tr( "%1 has no geometry; the area is left out of the weights and statistics." ).arg( featureLabel( id ) ) );
    ok = false;
  }
  if ( !ok )
    return;
  // Distance weights measure centroids in metres; one that cannot be taken there leaves the area out.
  QgsPointXY centre;
  if ( !contiguity )
  {
    centre = geometry.centroid().asPoint(); // a point is its own centroid
    if ( metric != source.sourceCrs() )
    {
      try
      {
        centre = toMetric.transform( centre );
      }
      catch ( QgsCsException & )
      {
        warnings.warn( PlaceGap::tr( "centroid not transformable" ), PlaceGap::tr( "%1: its centroid cannot be transformed to %2; the area is left out of the weights and statistics." ).arg( featureLabel( id ), metric.authid() ) );
        return;
      }
    }
  }
  if ( needMetricAreas )
  {
    QgsGeometry inMetres = geometry;
    if ( metric != source.sourceCrs() && inMetres.transform( toMetric ) != Qgis::GeometryOperationResult::Success )
    {
      warnings.warn( PlaceGap::tr( "geometry not transformable" ), PlaceGap::tr( "%1: its geometry cannot be transformed to %2 to find the ferries that reach it; the area is left out of the weights and statistics." ).arg( featureLabel( id ), metric.authid() ) );
      return;
    }
    metricAreas.push_back( inMetres );
  }
  ids.push_back( id );
  codes.push_back( codeIndex >= 0 ? codeKey( feature.attribute( codeIndex ) ) : QString() );
  x.push_back( xValue.value );
  y.push_back( yCell.lower );
  if ( contiguity )
    polygons.push_back( ringsOf( geometry ) );
  else
    centroids.push_back( placegap::Point2 { centre.x(), centre.y() } );
}

// Three areas at least, and each value varies.
void PlaceGapBivariateLisaAlgorithm::Run::checkValues() const
{
  if ( ids.size() < 3 )
    throw QgsProcessingException( PlaceGap::tr( "Only %n area(s) have numbers in both '%1' and %2 and a geometry; a LISA needs at least 3.", nullptr, static_cast<int>( ids.size() ) ).arg( xField, yField ) );
  for ( const auto &[values, field] : { std::make_pair( &x, QStringLiteral( "'%1'" ).arg( xField ) ), std::make_pair( &y, yField ) } )
  {
    if ( std::all_of( values->begin(), values->end(), [values]( double v )
                      { return v == values->front(); } ) )
      throw QgsProcessingException( PlaceGap::tr( "Field %1 has the same value %2 for every usable area, so it cannot be standardised." ).arg( field ).arg( values->front() ) );
  }
}

// The neighbours: contiguity, nearest or distance band, then areas within the tolerance and across ferries.
bool PlaceGapBivariateLisaAlgorithm::Run::buildWeights()
{
  const auto canceled = [this]
  { return feedback->isCanceled(); };
  const int k = algorithm.parameterAsInt( parameters, NEIGHBOURS, context );
  const double distance = algorithm.parameterAsDouble( parameters, DISTANCE, context );
  switch ( weights )
  {
  case Queen:
  case Rook:
    neighbours = placegap::contiguityNeighbours( polygons, weights == Queen ? placegap::Contiguity::Queen : placegap::Contiguity::Rook );
    break;
  case NearestNeighbours:
    neighbours = placegap::nearestNeighbours( centroids, k, canceled );
    break;
  default:
    neighbours = placegap::distanceBandNeighbours( centroids, distance, canceled );
    break;
  }
  if ( feedback->isCanceled() )
    return false;
  if ( contiguityTolerance > 0 )
  {
    const int added = placegap::addLinks( neighbours, nearAreaLinks( metricAreas, contiguityTolerance, canceled ) );
    if ( feedback->isCanceled() )
      return false;
    feedback->pushInfo( PlaceGap::tr( "Contiguity within %1 m: %n more pair(s) of areas are neighbours.", nullptr, added ).arg( contiguityTolerance ) );
  }
  return !ferryTerminals || addFerryLinks();
}

// Areas joined by a ferry are neighbours.
bool PlaceGapBivariateLisaAlgorithm::Run::addFerryLinks()
{
  std::unique_ptr<QgsProcessingFeatureSource> ferryTimetable( algorithm.parameterAsSource( parameters, FERRY_TIMETABLE, context ) );
  const PlaceGapFerryLinks::Fields ferryFields { algorithm.parameterAsString( parameters, TERMINAL_CODE_FIELD, context ), algorithm.parameterAsString( parameters, TIMETABLE_FROM_FIELD, context ), algorithm.parameterAsString( parameters, TIMETABLE_TO_FIELD, context ), algorithm.parameterAsString( parameters, TERMINAL_SERVICES_FIELD, context ) };
  const PlaceGapFerryLinks ferryLinks = PlaceGapFerryLinks::find( *ferryTerminals, ferryTimetable.get(), ferryFields, metricAreas, metric,
                                                                  algorithm.parameterAsDouble( parameters, TERMINAL_DISTANCE, context ), context, feedback );
  if ( feedback->isCanceled() )
    return false;
  const int added = placegap::addLinks( neighbours, ferryLinks.links );
  feedback->pushInfo( PlaceGap::tr( "Ferries: %1 terminals, %2 services, %3 timetabled routes between stops; they join %4 pairs of areas, %5 of them not already neighbours." ).arg( ferryLinks.terminals ).arg( ferryLinks.services ).arg( ferryLinks.routes ).arg( ferryLinks.links.size() ).arg( added ) );
  if ( !ferryLinks.withoutArea.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "%n ferry terminal(s) lie more than %1 m from every usable area and join nothing: %2.", nullptr, ferryLinks.withoutArea.size() ).arg( algorithm.parameterAsDouble( parameters, TERMINAL_DISTANCE, context ) ).arg( listSome( ferryLinks.withoutArea ) ) );
  if ( !ferryLinks.unknownStops.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "%n stop(s) of the ferry timetable are no terminal's code ('%1'), so their routes join nothing: %2.", nullptr, ferryLinks.unknownStops.size() ).arg( algorithm.parameterAsString( parameters, TERMINAL_CODE_FIELD, context ), listSome( ferryLinks.unknownStops ) ) );
  return true;
}

// How many links and which areas are left without neighbours.
void PlaceGapBivariateLisaAlgorithm::Run::reportNeighbours()
{
  std::size_t links = 0;
  for ( std::size_t i = 0; i < neighbours.size(); ++i )
  {
    links += neighbours[i].size();
    if ( neighbours[i].empty() )
      islands << ( codes[i].isEmpty() ? QString::number( ids[i] ) : codes[i] );
  }
  feedback->pushInfo( PlaceGap::tr( "%1 areas, %2 neighbour links, on average %3 neighbours." ).arg( ids.size() ).arg( links ).arg( static_cast<double>( links ) / static_cast<double>( ids.size() ), 0, 'f', 2 ) );
  if ( !islands.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "%n area(s) have no neighbours (islands) and get cluster 'No neighbours': %1 %2.", nullptr, islands.size() ).arg( codeIndex >= 0 ? PlaceGap::tr( "codes" ) : PlaceGap::tr( "features" ), listSome( islands ) ) );
}

// The local and global statistics, and values far from all others named.
bool PlaceGapBivariateLisaAlgorithm::Run::computeStatistics()
{
  const auto canceled = [this]
  { return feedback->isCanceled(); };
  feedback->pushInfo( PlaceGap::tr( "%1 permutations on %n thread(s), seed %2.", nullptr, options.threads ).arg( options.permutations ).arg( options.seed ) );
  result = placegap::bivariateMoran( x, y, neighbours, options, canceled );
  if ( result.canceled || feedback->isCanceled() )
    return false;
  feedback->pushInfo( PlaceGap::tr( "Global bivariate Moran's I %1, pseudo p-value %2; significant at p <= %3." ).arg( result.globalI ).arg( result.globalP ).arg( result.threshold ) );
  // A value far from all others (a typo, a missing-value code such as 99999) dominates every
  // neighbour's lag: named, so it can be checked.
  PlaceGapFeatureWarnings outliers( feedback );
  const auto labelOf = [this]( std::size_t i )
  { return featureLabel( ids[i] ); };
  const QString dominates = PlaceGap::tr( "it dominates its neighbours' statistics." );
  placegap::warnFarOutValues( outliers, x, labelOf, QStringLiteral( "'%1'" ).arg( xField ), dominates );
  placegap::warnFarOutValues( outliers, y, labelOf, yField, dominates );
  outliers.summarize();
  return true;
}

// Pass 2: each area with its statistics (NULL where it was left out).
QString PlaceGapBivariateLisaAlgorithm::Run::writeAreas()
{
  std::map<QgsFeatureId, std::size_t> position;
  for ( std::size_t i = 0; i < ids.size(); ++i )
    position[ids[i]] = i;
  QgsFields outputFields = source.fields();
  outputFields.append( placegap::compat::doubleField( FIELD_LOCAL_I, 20, 8 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_Z, 20, 8 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_LAG, 20, 8 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_P, 20, 8 ) );
  outputFields.append( placegap::compat::intField( FIELD_CLUSTER ) );
  outputFields.append( placegap::compat::stringField( FIELD_CLUSTER_LABEL, 20 ) );
  outputFields.append( placegap::compat::intField( FIELD_NEIGHBOURS ) );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( algorithm.parameterAsSink( parameters, OUTPUT, context, destination, outputFields, source.wkbType(), source.sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  QgsFeature feature;
  long long written = 0;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QString();
    feedback->setProgress( 90.0 + 10.0 * static_cast<double>( ++written ) / total );
    QgsAttributes values = feature.attributes();
    const auto found = position.find( feature.id() );
    if ( found == position.end() )
    {
      for ( int i = 0; i < 7; ++i )
        values << QVariant();
    }
    else
    {
      const std::size_t i = found->second;
      values << result.localI[i] << result.zx[i] << result.lag[i] << ( std::isnan( result.pValue[i] ) ? QVariant() : QVariant( result.pValue[i] ) )
             << static_cast<int>( result.cluster[i] ) << clusterLabel( result.cluster[i] ) << static_cast<int>( neighbours[i].size() );
    }
    feature.setAttributes( values );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
  }
  return destination;
}

QVariantMap PlaceGapBivariateLisaAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const std::unique_ptr<QgsProcessingFeatureSource> source = checkedInput( parameters, context );
  Run run( *this, parameters, context, feedback, *source );
  if ( !run.readAreas() )
    return QVariantMap();
  run.checkValues();
  if ( !run.buildWeights() )
    return QVariantMap();
  run.reportNeighbours();
  feedback->setProgress( 30 );
  if ( !run.computeStatistics() )
    return QVariantMap();
  feedback->setProgress( 90 );
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  const QString destination = run.writeAreas();
  if ( destination.isEmpty() )
    return QVariantMap();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "lisa_clusters.qml" ), QStringLiteral( "lisa_clusters_points.qml" ), QString() } );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  outputs.insert( GLOBAL_I, run.result.globalI );
  outputs.insert( GLOBAL_P, std::isnan( run.result.globalP ) ? QVariant() : QVariant( run.result.globalP ) );
  outputs.insert( ISLANDS, run.result.islands );
  outputs.insert( THRESHOLD, run.result.threshold );
  outputs.insert( ISOLATE_CODES, run.islands.join( QLatin1Char( ',' ) ) );
  return withProvenance( parameters, outputs );
}
