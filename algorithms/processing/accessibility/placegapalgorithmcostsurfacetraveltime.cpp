/***************************************************************************
  placegapalgorithmcostsurfacetraveltime.cpp - placegap:costsurfacetraveltime
 ***************************************************************************/
#include "placegapalgorithmcostsurfacetraveltime.h"

#include "placegapalgorithmnearestservice.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfeaturewarnings.h"
#include "placegapgridburner.h"
#include "placegapmetriccrs.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"

#include "qgscoordinatetransform.h"
#include "qgsexception.h"
#include "qgsfeature.h"
#include "qgsprocessingfeedback.h"
#include "qgsrasterblock.h"
#include "qgsrasterdataprovider.h"
#include "qgsrasterfilewriter.h"
#include "qgsrasterlayer.h"
#include "qgsrasterprojector.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include <cmath>
#include <functional>
#include <optional>

namespace
{
  const QString ORIGINS = QStringLiteral( "ORIGINS" );
  const QString SERVICES = QStringLiteral( "SERVICES" );
  const QString SERVICE_ID_FIELD = QStringLiteral( "SERVICE_ID_FIELD" );
  const QString LAND = QStringLiteral( "LAND" );
  const QString DEFAULT_SPEED = QStringLiteral( "DEFAULT_SPEED" );
  const QString SPEED_LAYER = QStringLiteral( "SPEED_LAYER" );
  const QString SPEED_FIELD = QStringLiteral( "SPEED_FIELD" );
  const QString SPEED_RASTER = QStringLiteral( "SPEED_RASTER" );
  const QString CELL_SIZE = QStringLiteral( "CELL_SIZE" );
  const QString CIRCUITY = QStringLiteral( "CIRCUITY" );
  const QString LAND_SNAP_DISTANCE = QStringLiteral( "LAND_SNAP_DISTANCE" );
  const QString MAX_CELLS = QStringLiteral( "MAX_CELLS" );
  const QString FERRY_TIMETABLE = QStringLiteral( "FERRY_TIMETABLE" );
  const QString FERRY_TERMINALS = QStringLiteral( "FERRY_TERMINALS" );
  const QString CHECK_IN_MINUTES = QStringLiteral( "CHECK_IN_MINUTES" );
  const QString TERMINAL_DISTANCE = QStringLiteral( "TERMINAL_DISTANCE" );
  const QString FERRY_TIMING = QStringLiteral( "FERRY_TIMING" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString OUTPUT_RASTER = QStringLiteral( "OUTPUT_RASTER" );

  constexpr double DEFAULT_MAX_CELLS = 60e6; //!< About 2.5 GB of search state: the Northern Alliance at 100 m is 31 million.
  constexpr float NO_DATA = -9999.0f;

  //! A geometry made valid (polygons that cross themselves burn wrongly), or null.
  QgsGeometry validPolygon( const QgsGeometry &geometry )
  {
    if ( geometry.isNull() || geometry.isEmpty() )
      return QgsGeometry();
    return geometry.isGeosValid() ? geometry : geometry.makeValid();
  }
  /**
   * The usable polygons of a layer (read in the grid's CRS by request) with a value each: valueOf
   * gives none to leave a feature out (having warned), noGeometry warns of one without a polygon.
   * False when cancelled.
   */
  bool readPolygons( QgsProcessingFeatureSource &source, const QgsFeatureRequest &request, const QString &sourceId, const std::function<std::optional<double>( const QgsFeature & )> &valueOf,
                     const std::function<void( QgsFeatureId )> &noGeometry, QgsProcessingFeedback *feedback, std::vector<QgsGeometry> &polygons, std::vector<double> &values )
  {
    long long read = 0;
    QgsFeatureIterator it = source.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return false;
      ++read;
      const std::optional<double> value = valueOf( feature );
      if ( !value )
        continue;
      const QgsGeometry polygon = validPolygon( feature.geometry() );
      if ( polygon.isNull() )
      {
        noGeometry( feature.id() );
        continue;
      }
      polygons.push_back( polygon );
      values.push_back( *value );
    }
    placegap::reading::requireComplete( source, read, sourceId );
    return true;
  }

} // namespace

QString PlaceGapCostSurfaceTravelTimeAlgorithm::name() const
{
  return QStringLiteral( "costsurfacetraveltime" );
}

QString PlaceGapCostSurfaceTravelTimeAlgorithm::displayName() const
{
  return PlaceGap::tr( "Travel time over land and ferries (cost surface)" );
}

QStringList PlaceGapCostSurfaceTravelTimeAlgorithm::tags() const
{
  return PlaceGap::tr( "cost surface,cost distance,r.cost,accessmod,raster,land,ferry,nearest,travel time,no road network,accessibility" ).split( ',' );
}

QString PlaceGapCostSurfaceTravelTimeAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Minutes to the nearest service over land cells and ferries, where there is no road network: per origin and as a raster." );
}

QString PlaceGapCostSurfaceTravelTimeAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Where no road network is at hand, estimates the minutes from each origin to its nearest service across land at a speed (constant, by area or from a raster), lengthened by a circuity factor, with ferries between their terminals. The sea is crossed only by ferry. Writes the nearest service per origin in the fields of Nearest service, and a raster of minutes to the nearest service." ) );
}

PlaceGapCostSurfaceTravelTimeAlgorithm *PlaceGapCostSurfaceTravelTimeAlgorithm::createInstance() const
{
  return new PlaceGapCostSurfaceTravelTimeAlgorithm();
}

void PlaceGapCostSurfaceTravelTimeAlgorithm::initAlgorithm( const QVariantMap & )
{
  using namespace placegap::compat;
  auto advanced = [this]( QgsProcessingParameterDefinition *parameter )
  {
    parameter->setFlags( parameter->flags() | PARAMETER_ADVANCED );
    addParameter( parameter );
  };
  addParameter( new QgsProcessingParameterFeatureSource( ORIGINS, PlaceGap::tr( "Origins (points or polygons)" ), QList<int>() << static_cast<int>( SOURCE_POINT ) << static_cast<int>( SOURCE_POLYGON ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( SERVICES, PlaceGap::tr( "Services (points)" ), QList<int>() << static_cast<int>( SOURCE_POINT ) ) );
  addParameter( new QgsProcessingParameterField( SERVICE_ID_FIELD, PlaceGap::tr( "Services: id field (default: feature id)" ), QVariant(), SERVICES, FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( LAND, PlaceGap::tr( "Land (polygons; the sea is crossed only by ferry)" ), QList<int>() << static_cast<int>( SOURCE_POLYGON ) ) );
  addParameter( new QgsProcessingParameterNumber( DEFAULT_SPEED, PlaceGap::tr( "Speed over land (km/h)" ), NUMBER_DOUBLE, 50.0, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( CIRCUITY, PlaceGap::tr( "Circuity (way length over straight length)" ), NUMBER_DOUBLE, 1.3, false, 1.0, 5.0 ) );
  addParameter( new QgsProcessingParameterNumber( CELL_SIZE, PlaceGap::tr( "Cell size (metres)" ), NUMBER_DOUBLE, 250.0, false, 1.0 ) );
  addParameter( new QgsProcessingParameterFeatureSource( SPEED_LAYER, PlaceGap::tr( "Speeds by area (polygons; optional, e.g. by urban-rural class)" ), QList<int>() << static_cast<int>( SOURCE_POLYGON ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( SPEED_FIELD, PlaceGap::tr( "Speeds by area: speed field (km/h)" ), QVariant(), SPEED_LAYER, FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterRasterLayer( SPEED_RASTER, PlaceGap::tr( "Speed raster (km/h in band 1; optional)" ), QVariant(), true ) );
  advanced( new QgsProcessingParameterNumber( LAND_SNAP_DISTANCE, PlaceGap::tr( "A site in the sea joins the nearest land cell within (metres)" ), NUMBER_DOUBLE, 1000.0, false, 0 ) );
  advanced( wholeNumber( new QgsProcessingParameterNumber( MAX_CELLS, PlaceGap::tr( "Most cells the grid may have" ), NUMBER_DOUBLE, DEFAULT_MAX_CELLS, false, 1 ) ) );
  addTimetableParameters( ORIGINS );
  addParameter( new QgsProcessingParameterEnum( FERRY_TIMING, PlaceGap::tr( "Ferries" ), QStringList() << PlaceGap::tr( "As timetabled, leaving at the time above" ) << PlaceGap::tr( "Crossing minutes only (no wait)" ) << PlaceGap::tr( "Check-in and the average wait between sailings" ), false, Timetabled ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Nearest service per origin" ), SOURCE_ANY_VECTOR ) );
  addParameter( new QgsProcessingParameterRasterDestination( OUTPUT_RASTER, PlaceGap::tr( "Minutes to the nearest service (raster)" ), QVariant(), true ) );
  showReadableNumbers();
}

QString PlaceGapCostSurfaceTravelTimeAlgorithm::inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> land( parameterAsSource( parameters, LAND, context ) );
  std::unique_ptr<QgsProcessingFeatureSource> origins( parameterAsSource( parameters, ORIGINS, context ) );
  if ( !land || !origins )
    return QString();
  for ( const auto &[id, source] : { std::make_pair( LAND, land.get() ), std::make_pair( ORIGINS, origins.get() ) } )
  {
    if ( !source->sourceCrs().isValid() )
      return PlaceGap::tr( "The layer %1 has no CRS; set its CRS first (e.g. EPSG:27700 for OS products, EPSG:4326 for GSHHG or OpenStreetMap)." ).arg( named( id ) );
  }
  if ( !( parameterAsDouble( parameters, DEFAULT_SPEED, context ) > 0 ) )
    return PlaceGap::tr( "%1 must be more than 0 km/h: it is the speed of every land cell no other speed covers." ).arg( named( DEFAULT_SPEED ) );
  std::unique_ptr<QgsProcessingFeatureSource> speeds( parameterAsSource( parameters, SPEED_LAYER, context ) );
  const QString speedField = parameterAsString( parameters, SPEED_FIELD, context );
  if ( speeds && speedField.isEmpty() )
    return PlaceGap::tr( "%1 needs its speed field, %2." ).arg( named( SPEED_LAYER ), named( SPEED_FIELD ) );
  if ( speeds && speeds->fields().lookupField( speedField ) < 0 )
    return PlaceGap::tr( "%1 has no field '%2' (%3)." ).arg( named( SPEED_LAYER ), speedField, named( SPEED_FIELD ) );
  if ( speeds && parameterAsRasterLayer( parameters, SPEED_RASTER, context ) )
    return PlaceGap::tr( "Give %1 or %2, not both." ).arg( named( SPEED_LAYER ), named( SPEED_RASTER ) );
  const QString clash = placegap::attributes::clashingOutputField( origins->fields(), QStringList { PlaceGapNearestServiceAlgorithm::FIELD_SERVICE_ID, FIELD_MINUTES, FIELD_KM, FIELD_RANK, FIELD_ORIGIN_SNAP, PlaceGapNearestServiceAlgorithm::FIELD_SERVICE_SNAP } + timetableOutputFieldNames(), ORIGINS );
  if ( !clash.isEmpty() )
    return clash;
  const QString timetable = timetableProblem( parameters, context );
  if ( !timetable.isEmpty() )
    return timetable;
  if ( parameterAsEnum( parameters, FERRY_TIMING, context ) != Timetabled && !hasTimetable( parameters, context ) )
    return PlaceGap::tr( "Ferries costed without the timetable (%1) need the timetable's crossings: give %2 and %3." ).arg( named( FERRY_TIMING ), named( FERRY_TIMETABLE ), named( FERRY_TERMINALS ) );
  return QString();
}

bool PlaceGapCostSurfaceTravelTimeAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = inputProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

void PlaceGapCostSurfaceTravelTimeAlgorithm::frameGrid( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, Surface &surface ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> origins = requiredSource( parameters, ORIGINS, context );
  std::unique_ptr<QgsProcessingFeatureSource> land = requiredSource( parameters, LAND, context );
  surface.crs = placegap::crs::metricCrsFor( origins->sourceCrs(), origins->sourceExtent(), context.transformContext() );
  if ( surface.crs != origins->sourceCrs() )
    feedback->pushInfo( PlaceGap::tr( "The origins' CRS (%1) is not projected in metres: the grid is laid out in %2 (%3)." ).arg( origins->sourceCrs().authid(), surface.crs.authid(), surface.crs.description() ) );
  QgsRectangle extent = land->sourceExtent();
  if ( extent.isNull() || extent.isEmpty() || !extent.isFinite() )
    throw QgsProcessingException( PlaceGap::tr( "The land layer (LAND) has no extent: it holds no polygon to travel over." ) );
  if ( land->sourceCrs() != surface.crs )
  {
    QgsCoordinateTransform transform( land->sourceCrs(), surface.crs, context.transformContext() );
    transform.setBallparkTransformsAreAppropriate( true );
    try
    {
      extent = transform.transformBoundingBox( extent );
    }
    catch ( QgsCsException &e )
    {
      throw QgsProcessingException( PlaceGap::tr( "The land layer's extent (LAND, %1) cannot be brought into the grid's CRS (%2): %3" ).arg( land->sourceCrs().authid(), surface.crs.authid(), e.what() ) );
    }
  }
  placegap::CostGrid &grid = surface.grid;
  grid.cellSize = parameterAsDouble( parameters, CELL_SIZE, context );
  grid.circuity = parameterAsDouble( parameters, CIRCUITY, context );
  // Cell edges on multiples of the cell size, so grids of one size line up from run to run.
  grid.left = std::floor( extent.xMinimum() / grid.cellSize ) * grid.cellSize;
  grid.top = std::ceil( extent.yMaximum() / grid.cellSize ) * grid.cellSize;
  const double columns = std::ceil( ( extent.xMaximum() - grid.left ) / grid.cellSize );
  const double rows = std::ceil( ( grid.top - extent.yMinimum() ) / grid.cellSize );
  const double maxCells = parameterAsDouble( parameters, MAX_CELLS, context );
  if ( columns * rows > maxCells )
  {
    const double smallest = grid.cellSize * std::sqrt( columns * rows / maxCells );
    throw QgsProcessingException( PlaceGap::tr( "A grid of %1 m cells over the land layer (%2 x %3 km) would need %L4 cells, more than the most allowed (MAX_CELLS, %L5): choose cells of at least %6 m (CELL_SIZE), clip the land layer to the area of interest, or raise the most cells the grid may have (MAX_CELLS; each cell takes about 45 bytes)." )
                                      .arg( grid.cellSize )
                                      .arg( extent.width() / 1000, 0, 'f', 0 )
                                      .arg( extent.height() / 1000, 0, 'f', 0 )
                                      .arg( columns * rows, 0, 'f', 0 )
                                      .arg( maxCells, 0, 'f', 0 )
                                      .arg( std::ceil( smallest ) ) );
  }
  grid.columns = static_cast<std::size_t>( columns );
  grid.rows = static_cast<std::size_t>( rows );
  feedback->pushInfo( PlaceGap::tr( "Grid: %L1 x %L2 cells of %3 m (%L4 cells) in %5." ).arg( grid.columns ).arg( grid.rows ).arg( grid.cellSize ).arg( grid.cellCount() ).arg( surface.crs.authid() ) );
}

void PlaceGapCostSurfaceTravelTimeAlgorithm::costCells( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Surface &surface ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> land = requiredSource( parameters, LAND, context );
  QgsFeatureRequest request;
  request.setDestinationCrs( surface.crs, context.transformContext() );
  request.setNoAttributes();
  std::vector<QgsGeometry> polygons;
  std::vector<double> ones;
  const auto noGeometry = [&warnings]( QgsFeatureId id )
  { warnings.warn( PlaceGap::tr( "land polygon without geometry" ), PlaceGap::tr( "Land feature %1 (LAND) has no usable geometry; it is left out." ).arg( id ) ); };
  if ( !readPolygons(
           *land, request, LAND, []( const QgsFeature & )
           { return std::optional<double>( 1.0 ); },
           noGeometry, feedback, polygons, ones ) )
    return;
  const placegap::CostGrid &grid = surface.grid;
  const PlaceGapGridBurner burner( grid.left, grid.top, grid.cellSize, static_cast<int>( grid.columns ), static_cast<int>( grid.rows ) );
  std::vector<float> isLand;
  QString error;
  if ( !burner.burn( polygons, ones, true, 0.0f, isLand, &error ) )
    throw QgsProcessingException( error );
  feedback->setProgress( 10 );

  const std::vector<float> speeds = cellSpeeds( parameters, context, feedback, warnings, surface );
  const float defaultCost = placegap::secondsPerMetreAt( parameterAsDouble( parameters, DEFAULT_SPEED, context ) );
  std::vector<float> &cost = surface.grid.secondsPerMetre;
  cost.assign( isLand.size(), placegap::IMPASSABLE );
  std::size_t landCells = 0;
  for ( std::size_t c = 0; c < isLand.size(); ++c )
  {
    if ( !( isLand[c] > 0 ) )
      continue;
    ++landCells;
    cost[c] = !speeds.empty() && speeds[c] > 0 && std::isfinite( speeds[c] ) ? placegap::secondsPerMetreAt( speeds[c] ) : defaultCost;
  }
  if ( landCells == 0 )
    throw QgsProcessingException( PlaceGap::tr( "No cell of the grid is land: the land layer (LAND) holds no polygon that covers a cell." ) );
  feedback->pushInfo( PlaceGap::tr( "%L1 of %L2 cells are land (any part of the cell on land, so coasts and small islands keep their cells)." ).arg( landCells ).arg( cost.size() ) );
  feedback->setProgress( 20 );
}

std::vector<float> PlaceGapCostSurfaceTravelTimeAlgorithm::cellSpeeds( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, const Surface &surface ) const
{
  if ( parameterAsRasterLayer( parameters, SPEED_RASTER, context ) )
    return rasterSpeeds( parameters, context, surface );
  std::unique_ptr<QgsProcessingFeatureSource> speeds( parameterAsSource( parameters, SPEED_LAYER, context ) );
  if ( !speeds )
    return {};
  const QString fieldName = parameterAsString( parameters, SPEED_FIELD, context );
  const int index = speeds->fields().lookupField( fieldName );
  QgsFeatureRequest request;
  request.setDestinationCrs( surface.crs, context.transformContext() );
  request.setSubsetOfAttributes( QgsAttributeList() << index );
  std::vector<QgsGeometry> polygons;
  std::vector<double> values;
  const auto speedOf = [&]( const QgsFeature &feature ) -> std::optional<double>
  {
    const QVariant value = feature.attribute( index );
    const placegap::attributes::Number speed = placegap::attributes::readNumber( value );
    if ( speed.status == placegap::attributes::NumberStatus::Number && speed.value > 0 )
      return speed.value;
    warnings.warn( PlaceGap::tr( "speed not above 0" ), PlaceGap::tr( "Speeds by area feature %1: '%2' (SPEED_FIELD) is '%3', not a speed above 0 km/h; its land takes the speed over land (DEFAULT_SPEED)." ).arg( feature.id() ).arg( fieldName, placegap::compat::isNull( value ) ? QStringLiteral( "NULL" ) : value.toString() ) );
    return std::nullopt;
  };
  const auto noGeometry = [&warnings]( QgsFeatureId id )
  { warnings.warn( PlaceGap::tr( "speed area without geometry" ), PlaceGap::tr( "Speeds by area feature %1 has no usable geometry; it is left out." ).arg( id ) ); };
  if ( !readPolygons( *speeds, request, SPEED_LAYER, speedOf, noGeometry, feedback, polygons, values ) )
    return {};
  const placegap::CostGrid &grid = surface.grid;
  std::vector<float> cells;
  QString error;
  // Cell centres, as gdal_rasterize does by default: a cell takes the speed of the area it mostly lies in.
  if ( !PlaceGapGridBurner( grid.left, grid.top, grid.cellSize, static_cast<int>( grid.columns ), static_cast<int>( grid.rows ) ).burn( polygons, values, false, std::numeric_limits<float>::quiet_NaN(), cells, &error ) )
    throw QgsProcessingException( error );
  return cells;
}

std::vector<float> PlaceGapCostSurfaceTravelTimeAlgorithm::rasterSpeeds( const QVariantMap &parameters, QgsProcessingContext &context, const Surface &surface ) const
{
  QgsRasterLayer *layer = parameterAsRasterLayer( parameters, SPEED_RASTER, context );
  const placegap::CostGrid &grid = surface.grid;
  const QgsRectangle extent( grid.left, grid.top - static_cast<double>( grid.rows ) * grid.cellSize, grid.left + static_cast<double>( grid.columns ) * grid.cellSize, grid.top );
  // Nearest-neighbour resampling onto the grid's cells, reprojected when the raster's CRS is another.
  QgsRasterProjector projector;
  projector.setInput( layer->dataProvider() );
  projector.setCrs( layer->crs(), surface.crs, context.transformContext() );
  std::unique_ptr<QgsRasterBlock> block( projector.block( 1, extent, static_cast<int>( grid.columns ), static_cast<int>( grid.rows ) ) );
  if ( !block || !block->isValid() )
    throw QgsProcessingException( PlaceGap::tr( "Could not read the speed raster (SPEED_RASTER) %1 over the grid." ).arg( layer->source() ) );
  std::vector<float> cells( grid.cellCount(), std::numeric_limits<float>::quiet_NaN() );
  for ( std::size_t r = 0; r < grid.rows; ++r )
  {
    for ( std::size_t c = 0; c < grid.columns; ++c )
    {
      bool noData = false;
      const double kmh = block->valueAndNoData( static_cast<int>( r ), static_cast<int>( c ), noData );
      if ( !noData )
        cells[r * grid.columns + c] = static_cast<float>( kmh );
    }
  }
  return cells;
}

void PlaceGapCostSurfaceTravelTimeAlgorithm::loadFerries( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Surface &surface ) const
{
  if ( !hasTimetable( parameters, context ) )
    return;
  const placegap::CostGrid &grid = surface.grid;
  const double terminalMetres = parameterAsDouble( parameters, TERMINAL_DISTANCE, context );
  const PlaceGapSailingsReader::NodeFinder finder {
      [&grid, terminalMetres]( const QgsPointXY &point )
      {
        double metres = 0;
        const placegap::NodeId cell = grid.nearestPassable( point.x(), point.y(), terminalMetres, &metres );
        return std::make_pair( cell, cell == placegap::NO_ID ? std::numeric_limits<double>::infinity() : metres );
      },
      [&grid]( placegap::NodeId cell )
      { return grid.centre( cell ); } };
  const std::vector<placegap::Sailing> sailings = readSailings( parameters, context, feedback, warnings, finder, surface.crs );
  departAt( parameters, context, surface.dayOfWeek, surface.departClock );
  surface.timetable = std::make_unique<placegap::FerryTimetable>( sailings, surface.dayOfWeek, grid.cellCount(), parameterAsDouble( parameters, CHECK_IN_MINUTES, context ) * 60.0 );
  const QString day = QString::fromLatin1( placegap::dayName( surface.dayOfWeek ) );
  if ( surface.timetable->isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "No sailing of the ferry timetable runs on %1 between terminals on land cells: every ferry is closed that day." ).arg( day ) );
  else
    feedback->pushInfo( PlaceGap::tr( "Ferries on %1: %2 sailing(s) on %3 leg(s) between land cells." ).arg( day ).arg( surface.timetable->sailingCount() ).arg( surface.timetable->legCount() ) );
}

std::vector<PlaceGapCostSurfaceTravelTimeAlgorithm::GridSite> PlaceGapCostSurfaceTravelTimeAlgorithm::loadSites( const QVariantMap &parameters, const QString &sourceId, const QString &idFieldId, const Surface &surface, QgsProcessingContext &context, PlaceGapFeatureWarnings &warnings, const QString &what ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, sourceId, context );
  const QString idField = idFieldId.isEmpty() ? QString() : parameterAsString( parameters, idFieldId, context );
  const int idIndex = idField.isEmpty() ? -1 : source->fields().lookupField( idField );
  const double snapMetres = parameterAsDouble( parameters, LAND_SNAP_DISTANCE, context );
  QgsFeatureRequest request;
  request.setDestinationCrs( surface.crs, context.transformContext() );
  std::vector<GridSite> sites;
  QgsFeatureIterator it = source->getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    GridSite site;
    site.featureId = feature.id();
    site.id = idIndex >= 0 ? feature.attribute( idIndex ) : QVariant( feature.id() );
    const QString label = PlaceGap::tr( "%1 feature %2%3" ).arg( what ).arg( feature.id() ).arg( idIndex >= 0 ? QStringLiteral( " ('%1')" ).arg( site.id.toString() ) : QString() );
    // As the network family: a polygon or several points travel from their point on surface.
    QgsPointXY point;
    if ( !sitePoint( feature.geometry(), label, warnings, point ) )
    {
      sites.push_back( site );
      continue;
    }
    site.cell = surface.grid.nearestPassable( point.x(), point.y(), snapMetres, &site.snapMetres );
    if ( site.cell == placegap::NO_ID )
      warnings.warn( PlaceGap::tr( "site off land" ), PlaceGap::tr( "%1 is in the sea or off the grid, more than %2 m (LAND_SNAP_DISTANCE) from any land cell; its fields are NULL." ).arg( label ).arg( snapMetres ) );
    else if ( site.snapMetres > 0 )
      warnings.warn( PlaceGap::tr( "site moved onto land" ), PlaceGap::tr( "%1 is not on a land cell; it joins the nearest, %2 m away." ).arg( label ).arg( site.snapMetres, 0, 'f', 0 ) );
    sites.push_back( site );
  }
  placegap::reading::requireComplete( *source, static_cast<long long>( sites.size() ), sourceId );
  return sites;
}

placegap::NearestServiceSurface PlaceGapCostSurfaceTravelTimeAlgorithm::surfaceOf( const Surface &surface, const std::vector<placegap::NodeId> &serviceCells, placegap::FerryTiming timing, QgsProcessingFeedback *feedback, double progressFrom, double progressTo ) const
{
  const std::unique_ptr<placegap::FerryTimetable> timetable = surface.timetable ? std::make_unique<placegap::FerryTimetable>( surface.timetable->withTiming( timing ) ) : nullptr;
  QElapsedTimer searchTime;
  searchTime.start();
  placegap::NearestServiceSurface nearest = placegap::nearestServiceSurface( surface.grid, serviceCells, timetable.get(), [=]( double fraction )
                                                                             {
    feedback->setProgress( progressFrom + ( progressTo - progressFrom ) * fraction );
    return !feedback->isCanceled(); } );
  if ( !nearest.isEmpty() )
    feedback->pushInfo( PlaceGap::tr( "Nearest service of every cell found in %1 s (%L2 cells reached)." ).arg( searchTime.elapsed() / 1000.0, 0, 'f', 2 ).arg( nearest.reachedCount() ) );
  return nearest;
}

std::vector<placegap::GridJourney> PlaceGapCostSurfaceTravelTimeAlgorithm::timetabledJourneys( const Surface &surface, const std::vector<GridSite> &origins, const std::vector<placegap::NodeId> &serviceCells, QgsProcessingFeedback *feedback ) const
{
  // Crossing minutes alone bound the timetabled journey from below: where the best way under that
  // bound takes no ferry, waiting cannot change it, so only origins whose way sails are searched
  // on their own, by the clock.
  const placegap::NearestServiceSurface bound = surfaceOf( surface, serviceCells, placegap::FerryTiming::CrossingOnly, feedback, 50, 65 );
  if ( bound.isEmpty() )
    return {};
  const std::vector<std::uint32_t> serviceOfCell = placegap::firstServiceOfCell( surface.grid.cellCount(), serviceCells );
  placegap::DijkstraSearch search( surface.grid, false, false );
  std::vector<placegap::GridJourney> journeys( origins.size() );
  std::size_t searched = 0;
  for ( std::size_t i = 0; i < origins.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return {};
    const placegap::NodeId cell = origins[i].cell;
    if ( cell == placegap::NO_ID || bound.service( cell ) == placegap::NO_ID )
      continue; // not even without waiting
    if ( !bound.takesFerry( cell ) )
    {
      journeys[i] = bound.journey( cell );
      continue;
    }
    ++searched;
    journeys[i] = placegap::nearestServiceFrom( search, surface.timetable.get(), surface.departClock, cell, serviceOfCell );
    feedback->setProgress( 65 + 30 * static_cast<double>( i + 1 ) / static_cast<double>( origins.size() ) );
  }
  feedback->pushInfo( PlaceGap::tr( "%n origin(s) whose nearest service lies over the sea searched by the timetable.", nullptr, static_cast<int>( searched ) ) );
  return journeys;
}

QVariantMap PlaceGapCostSurfaceTravelTimeAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString rasterFile = outputRequested( parameters, OUTPUT_RASTER, context ) ? geoTiffOutput( parameters, OUTPUT_RASTER, context ) : QString();
  PlaceGapFeatureWarnings warnings( feedback );
  Surface surface;
  frameGrid( parameters, context, feedback, surface );
  costCells( parameters, context, feedback, warnings, surface );
  loadFerries( parameters, context, feedback, warnings, surface );
  const std::vector<GridSite> origins = loadSites( parameters, ORIGINS, QString(), surface, context, warnings, PlaceGap::tr( "Origin" ) );
  const std::vector<GridSite> services = loadSites( parameters, SERVICES, SERVICE_ID_FIELD, surface, context, warnings, PlaceGap::tr( "Service" ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  // One search from every service at once gives every cell its nearest service: the raster, and
  // the origins' without a timetable. A cell has no clock, so there timetabled ferries are
  // costed by check-in and their average wait.
  const Timing timing = static_cast<Timing>( parameterAsEnum( parameters, FERRY_TIMING, context ) );
  const bool timetabled = surface.timetable && timing == Timetabled;
  std::vector<placegap::NodeId> serviceCells;
  for ( const GridSite &service : services )
    serviceCells.push_back( service.cell );
  const placegap::NearestServiceSurface nearest = surfaceOf( surface, serviceCells, timing == CrossingOnly ? placegap::FerryTiming::CrossingOnly : placegap::FerryTiming::AverageWait, feedback, 20, timetabled ? 50 : 95 );
  if ( nearest.isEmpty() || feedback->isCanceled() )
    return QVariantMap();
  std::vector<placegap::GridJourney> journeys( origins.size() );
  if ( timetabled )
  {
    journeys = timetabledJourneys( surface, origins, serviceCells, feedback );
    if ( journeys.empty() && !origins.empty() )
      return QVariantMap();
  }
  else
  {
    for ( std::size_t i = 0; i < origins.size(); ++i )
      journeys[i] = nearest.journey( origins[i].cell );
  }

  // The table is kept only once the raster is written too: a failed run leaves neither.
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  const QString destination = writeNearest( parameters, context, feedback, surface, origins, services, journeys );
  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  if ( !rasterFile.isEmpty() )
  {
    PlaceGapOutputGuard guard( rasterFile );
    writeMinutesRaster( rasterFile, surface, nearest );
    guard.keep();
    PlaceGapStylePostProcessor::attachRaster( context, rasterFile, QStringLiteral( "travel_time_grid.qml" ) );
    outputs.insert( OUTPUT_RASTER, rasterFile );
  }
  outputGuard.keep();
  warnings.summarize();
  return withProvenance( parameters, outputs );
}

QString PlaceGapCostSurfaceTravelTimeAlgorithm::writeNearest( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, const Surface &surface, const std::vector<GridSite> &origins, const std::vector<GridSite> &services, const std::vector<placegap::GridJourney> &journeys ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, ORIGINS, context );
  const bool timetabled = surface.timetable && parameterAsEnum( parameters, FERRY_TIMING, context ) == Timetabled;
  QgsFields fields = source->fields();
  fields.append( siteIdField( parameters, SERVICES, SERVICE_ID_FIELD, PlaceGapNearestServiceAlgorithm::FIELD_SERVICE_ID, context ) );
  fields.append( placegap::compat::doubleField( FIELD_MINUTES, 0, 0 ) );
  fields.append( placegap::compat::doubleField( FIELD_KM, 0, 0 ) );
  fields.append( placegap::compat::intField( FIELD_RANK ) );
  fields.append( placegap::compat::doubleField( FIELD_ORIGIN_SNAP, 0, 0 ) );
  fields.append( placegap::compat::doubleField( PlaceGapNearestServiceAlgorithm::FIELD_SERVICE_SNAP, 0, 0 ) );
  if ( timetabled )
  {
    for ( const QString &name : { FIELD_ROAD_MINUTES, FIELD_FERRY_MINUTES, FIELD_WAIT_MINUTES } )
      fields.append( placegap::compat::doubleField( name, 0, 0 ) );
    fields.append( placegap::compat::intField( FIELD_FERRY_LEGS ) );
    fields.append( placegap::compat::stringField( FIELD_ARRIVE_AT ) );
  }

  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields, source->wkbType(), source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  QHash<QgsFeatureId, std::size_t> index;
  for ( std::size_t i = 0; i < origins.size(); ++i )
    index.insert( origins[i].featureId, i );
  std::size_t unreached = 0;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      throw QgsProcessingException( PlaceGap::tr( "Canceled." ) );
    const auto found = index.constFind( feature.id() );
    if ( found == index.constEnd() )
      continue;
    const GridSite &origin = origins[*found];
    const placegap::GridJourney &journey = journeys[*found];
    const bool reached = journey.service != placegap::NO_ID;
    unreached += reached ? 0 : 1;
    QgsAttributes attributes = feature.attributes();
    attributes << ( reached ? services[journey.service].id : QVariant() ) << ( reached ? QVariant( journey.seconds / 60.0 ) : QVariant() ) << ( reached ? QVariant( journey.metres / 1000.0 ) : QVariant() ) << ( reached ? QVariant( 1 ) : QVariant() )
               << ( origin.cell != placegap::NO_ID ? QVariant( origin.snapMetres ) : QVariant() ) << ( reached ? QVariant( services[journey.service].snapMetres ) : QVariant() );
    if ( timetabled )
    {
      const double boat = journey.ferrySeconds + journey.waitSeconds;
      attributes << ( reached ? QVariant( ( journey.seconds - boat ) / 60.0 ) : QVariant() ) << ( reached ? QVariant( journey.ferrySeconds / 60.0 ) : QVariant() ) << ( reached ? QVariant( journey.waitSeconds / 60.0 ) : QVariant() ) << ( reached ? QVariant( journey.ferryLegs ) : QVariant() )
                 << ( reached ? QVariant( clockText( surface.departClock + journey.seconds ) ) : QVariant() );
    }
    QgsFeature out( fields );
    out.setGeometry( feature.geometry() );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
  }
  if ( unreached > 0 )
    feedback->pushWarning( PlaceGap::tr( "%n origin(s) reach no service over land and the ferries%1; their service fields are NULL.", nullptr, static_cast<int>( unreached ) ).arg( timetabled ? PlaceGap::tr( " leaving at %1 on %2" ).arg( clockText( surface.departClock ), QString::fromLatin1( placegap::dayName( surface.dayOfWeek ) ) ) : QString() ) );
  sink.reset();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "travel_time_polygons.qml" ), QStringLiteral( "travel_time_points.qml" ), QString() } );
  return destination;
}

void PlaceGapCostSurfaceTravelTimeAlgorithm::writeMinutesRaster( const QString &file, const Surface &surface, const placegap::NearestServiceSurface &nearest ) const
{
  const placegap::CostGrid &grid = surface.grid;
  const int columns = static_cast<int>( grid.columns );
  const int rows = static_cast<int>( grid.rows );
  QgsRasterFileWriter writer( file );
  writer.setOutputProviderKey( QStringLiteral( "gdal" ) );
  writer.setOutputFormat( QgsRasterFileWriter::driverForExtension( QFileInfo( file ).suffix() ) );
  writer.setCreateOptions( QStringList() << QStringLiteral( "COMPRESS=DEFLATE" ) );
  const QgsRectangle extent( grid.left, grid.top - rows * grid.cellSize, grid.left + columns * grid.cellSize, grid.top );
  std::unique_ptr<QgsRasterDataProvider> provider( writer.createOneBandRaster( Qgis::DataType::Float32, columns, rows, extent, surface.crs ) );
  if ( !provider || !provider->isValid() )
    throw QgsProcessingException( PlaceGap::tr( "Could not create the raster %1." ).arg( file ) );
  provider->setNoDataValue( 1, NO_DATA );
  provider->setEditable( true );
  // Row by row, so a large grid never needs a second full copy in memory.
  QgsRasterBlock block( Qgis::DataType::Float32, columns, 1 );
  for ( int r = 0; r < rows; ++r )
  {
    for ( int c = 0; c < columns; ++c )
    {
      const double s = nearest.seconds( static_cast<placegap::NodeId>( static_cast<std::size_t>( r ) * grid.columns + static_cast<std::size_t>( c ) ) );
      block.setValue( 0, c, std::isfinite( s ) ? s / 60.0 : NO_DATA );
    }
    if ( !provider->writeBlock( &block, 1, 0, r ) )
      throw QgsProcessingException( PlaceGap::tr( "Could not write the raster %1." ).arg( file ) );
  }
  provider->setEditable( false );
}
