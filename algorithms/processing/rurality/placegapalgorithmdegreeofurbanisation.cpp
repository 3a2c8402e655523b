/***************************************************************************
  placegapalgorithmdegreeofurbanisation.cpp - placegap:degreeofurbanisation
 ***************************************************************************/
#include "placegapalgorithmdegreeofurbanisation.h"

#include "degreeofurbanisation.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"

#include "qgscoordinatetransform.h"
#include "qgsexception.h"
#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsgeometryengine.h"
#include "qgsprocessingfeedback.h"
#include "qgsrasterlayer.h"

#include <QIcon>

#include <cpl_string.h>
#include <gdal.h>

#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <type_traits>

const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS = QStringLiteral( "degurba" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS_LABEL = QStringLiteral( "degurba_lbl" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS_L2 = QStringLiteral( "degurba_l2" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS_L2_LABEL = QStringLiteral( "degurba_l2_lbl" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_POPULATION = QStringLiteral( "pop_grid" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_POP_CENTRE = QStringLiteral( "pop_centre" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_POP_CLUSTER = QStringLiteral( "pop_cluster" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_POP_RURAL = QStringLiteral( "pop_rural" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_PCT_CENTRE = QStringLiteral( "pct_centre" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_PCT_CLUSTER = QStringLiteral( "pct_cluster" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_PCT_RURAL = QStringLiteral( "pct_rural" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_POP_CLASS_PREFIX = QStringLiteral( "pop_" );
const QString PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_NODATA_KM2 = QStringLiteral( "nodata_km2" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString BAND = QStringLiteral( "BAND" );
  const QString AREAS = QStringLiteral( "AREAS" );
  const QString OUTPUT_GRID = QStringLiteral( "OUTPUT_GRID" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );

  //! The level 2 classes in the order of the population fields, and their colours (GHS-SMOD).
  struct ClassStyle
  {
      placegap::GridClass gridClass;
      short red, green, blue;
  };
  const std::array<ClassStyle, 7> CLASSES { {
      { placegap::GridClass::UrbanCentre, 255, 0, 0 },
      { placegap::GridClass::DenseUrbanCluster, 115, 38, 0 },
      { placegap::GridClass::SemiDenseUrbanCluster, 168, 112, 0 },
      { placegap::GridClass::SuburbanPeriUrban, 255, 255, 0 },
      { placegap::GridClass::RuralCluster, 55, 86, 35 },
      { placegap::GridClass::LowDensityRural, 171, 205, 102 },
      { placegap::GridClass::VeryLowDensityRural, 205, 245, 122 },
  } };

  //! Index in CLASSES of a class code, -1 for none.
  int classIndex( placegap::GridClass gridClass )
  {
    for ( std::size_t i = 0; i < CLASSES.size(); ++i )
    {
      if ( CLASSES[i].gridClass == gridClass )
        return static_cast<int>( i );
    }
    return -1;
  }

  struct DatasetCloser
  {
      void operator()( void *dataset ) const
      {
        if ( dataset )
          GDALClose( static_cast<GDALDatasetH>( dataset ) );
      }
  };
  using Dataset = std::unique_ptr<void, DatasetCloser>;

  //! The population raster as opened and checked.
  struct PopulationRaster
  {
      QString problem; //!< Why it cannot be used; empty when it can.
      Dataset dataset;
      GDALRasterBandH band = nullptr;
      int columns = 0;
      int rows = 0;
      std::array<double, 6> geoTransform {};
      QgsCoordinateReferenceSystem crs;
      double metresPerUnit = 1;
      double cellSideMetres() const { return std::fabs( geoTransform[1] ) * metresPerUnit; }
  };

  PopulationRaster openRaster( QgsRasterLayer *layer, int bandNumber )
  {
    PopulationRaster raster;
    if ( !layer || !layer->isValid() )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) is not a readable raster layer." );
      return raster;
    }
    if ( layer->providerType() != QLatin1String( "gdal" ) )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) must be a raster file read with GDAL (GeoTIFF and the like); layer '%1' comes from the '%2' provider." ).arg( layer->name(), layer->providerType() );
      return raster;
    }
    raster.dataset.reset( GDALOpenEx( layer->source().toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
    if ( !raster.dataset )
    {
      raster.problem = PlaceGap::tr( "GDAL cannot open the population grid (INPUT) %1: %2" ).arg( layer->source(), QString::fromUtf8( CPLGetLastErrorMsg() ) );
      return raster;
    }
    GDALDatasetH dataset = static_cast<GDALDatasetH>( raster.dataset.get() );
    if ( bandNumber < 1 || bandNumber > GDALGetRasterCount( dataset ) )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) has %n band(s); its population band (BAND) %1 does not exist.", nullptr, GDALGetRasterCount( dataset ) ).arg( bandNumber );
      return raster;
    }
    raster.band = GDALGetRasterBand( dataset, bandNumber );
    raster.columns = GDALGetRasterXSize( dataset );
    raster.rows = GDALGetRasterYSize( dataset );
    raster.crs = layer->crs();
    if ( !raster.crs.isValid() )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) has no CRS. The Degree of Urbanisation needs the cell area in km², so the raster must be in a projected CRS in metres (e.g. EPSG:27700 British National Grid or EPSG:3035): assign it first (e.g. with GDAL's Assign projection)." );
      return raster;
    }
    if ( raster.crs.isGeographic() )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) is in a geographic CRS (%1), whose cells are measured in degrees and are not squares on the ground. Use a population grid in a projected CRS in metres (e.g. EPSG:27700 or EPSG:3035)." ).arg( raster.crs.authid().isEmpty() ? raster.crs.description() : raster.crs.authid() );
      return raster;
    }
    raster.metresPerUnit = QgsUnitTypes::fromUnitToUnitFactor( raster.crs.mapUnits(), placegap::compat::DISTANCE_METERS );
    if ( !std::isfinite( raster.metresPerUnit ) || !( raster.metresPerUnit > 0 ) )
    {
      raster.problem = PlaceGap::tr( "The CRS (%1) of the population grid (INPUT) has map units that cannot be converted to metres." ).arg( raster.crs.authid() );
      return raster;
    }
    if ( GDALGetGeoTransform( dataset, raster.geoTransform.data() ) != CE_None )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) has no georeferencing (geotransform): its cell size and position are unknown." );
      return raster;
    }
    const std::array<double, 6> &gt = raster.geoTransform;
    if ( gt[2] != 0.0 || gt[4] != 0.0 )
    {
      raster.problem = PlaceGap::tr( "The population grid (INPUT) is rotated (its geotransform has rotation terms %1 and %2). The method needs a north-up grid of square cells: warp it to a north-up grid first." ).arg( gt[2] ).arg( gt[4] );
      return raster;
    }
    const double width = std::fabs( gt[1] );
    const double height = std::fabs( gt[5] );
    if ( !( width > 0 ) || std::fabs( width - height ) > 1e-6 * std::max( width, height ) )
    {
      raster.problem = PlaceGap::tr( "The cells of the population grid (INPUT) are not square (%1 x %2 map units). The Degree of Urbanisation is defined on square cells (1 km²): resample the population grid to square cells first." ).arg( width ).arg( height );
      return raster;
    }
    return raster;
  }

  void writeNull( QgsAttributes &attributes, int count )
  {
    for ( int i = 0; i < count; ++i )
      attributes << QVariant();
  }

  //! Reads the population band into the grid: NODATA cells are invalid, negative people refused; false when cancelled.
  bool readPopulation( const PopulationRaster &raster, placegap::PopulationGrid &grid, QgsProcessingFeedback *feedback )
  {
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue( raster.band, &hasNoData );
    std::size_t noDataCells = 0;
    std::vector<double> row( grid.columns );
    for ( std::size_t r = 0; r < grid.rows; ++r )
    {
      if ( feedback->isCanceled() )
        return false;
      if ( GDALRasterIO( raster.band, GF_Read, 0, static_cast<int>( r ), raster.columns, 1, row.data(), raster.columns, 1, GDT_Float64, 0, 0 ) != CE_None )
        throw QgsProcessingException( PlaceGap::tr( "Reading row %1 of the population grid (INPUT) failed: %2" ).arg( r ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
      for ( std::size_t c = 0; c < grid.columns; ++c )
      {
        const double value = row[c];
        const std::size_t cell = r * grid.columns + c;
        if ( std::isnan( value ) || ( hasNoData && ( value == noData || ( std::isnan( noData ) && std::isnan( value ) ) ) ) )
        {
          grid.valid[cell] = false;
          ++noDataCells;
          continue;
        }
        if ( !std::isfinite( value ) || value < 0 )
          throw QgsProcessingException( PlaceGap::tr( "The population grid's (INPUT) cell at row %1, column %2 holds %3 people; population must be 0 or more. If %3 marks missing data, set it as the band's NODATA value." ).arg( r ).arg( c ).arg( value ) );
        grid.population[cell] = value;
      }
      feedback->setProgress( 10.0 * static_cast<double>( r + 1 ) / static_cast<double>( grid.rows ) );
    }
    if ( noDataCells > 0 )
      feedback->pushWarning( PlaceGap::tr( "%n cell(s) of the population grid (INPUT) are NODATA: they count as 0 people, are never added to an urban centre and are written as NODATA.", nullptr, static_cast<int>( noDataCells ) ) );
    return true;
  }

  //! Says how many cells and people each grid class holds.
  void reportGridClasses( const placegap::PopulationGrid &grid, const placegap::DegurbaGrid &classes, QgsProcessingFeedback *feedback )
  {
    std::array<double, CLASSES.size()> gridPopulation {};
    std::array<std::size_t, CLASSES.size()> gridCells {};
    for ( std::size_t cell = 0; cell < classes.cells.size(); ++cell )
    {
      const int index = classIndex( classes.cells[cell] );
      if ( index < 0 )
        continue;
      gridPopulation[static_cast<std::size_t>( index )] += grid.population[cell];
      ++gridCells[static_cast<std::size_t>( index )];
    }
    feedback->pushInfo( PlaceGap::tr( "%n urban centre(s), %1 urban cluster(s) (%2 dense, %3 semi-dense), %4 rural cluster(s); %5 cell(s) added to centres by gap filling.", nullptr, static_cast<int>( classes.centrePopulation.size() ) )
                            .arg( classes.urbanClusterCount )
                            .arg( classes.denseUrbanClusterCount )
                            .arg( classes.semiDenseUrbanClusterCount )
                            .arg( classes.ruralClusterCount )
                            .arg( classes.filledCells ) );
    for ( std::size_t i = 0; i < CLASSES.size(); ++i )
      feedback->pushInfo( PlaceGap::tr( "%1 (%2): %3 cell(s), %4 people." ).arg( QString::fromStdString( placegap::gridClassLabel( CLASSES[i].gridClass ) ) ).arg( static_cast<int>( CLASSES[i].gridClass ) ).arg( gridCells[i] ).arg( gridPopulation[i], 0, 'f', 0 ) );
  }

  //! A colour table and class names, so that other software shows the classes too.
  void describeClasses( GDALRasterBandH band )
  {
    GDALColorTableH colours = GDALCreateColorTable( GPI_RGB );
    std::vector<QByteArray> names( 31 );
    for ( const ClassStyle &style : CLASSES )
    {
      const GDALColorEntry entry { style.red, style.green, style.blue, 255 };
      GDALSetColorEntry( colours, static_cast<int>( style.gridClass ), &entry );
      names[static_cast<std::size_t>( style.gridClass )] = QByteArray::fromStdString( placegap::gridClassLabel( style.gridClass ) );
    }
    GDALSetRasterColorTable( band, colours );
    GDALDestroyColorTable( colours );
    std::vector<char *> namePointers;
    for ( QByteArray &name : names )
      namePointers.push_back( name.data() );
    namePointers.push_back( nullptr );
    GDALSetRasterCategoryNames( band, namePointers.data() );
  }

  //! Writes the grid classes as a GeoTIFF of GHS-SMOD level 2 codes; false when cancelled.
  bool writeClassGrid( const QString &gridPath, const PopulationRaster &raster, const placegap::PopulationGrid &grid, const placegap::DegurbaGrid &classes, QgsProcessingFeedback *feedback )
  {
    GDALDriverH driver = GDALGetDriverByName( "GTiff" );
    if ( !driver )
      throw QgsProcessingException( PlaceGap::tr( "GDAL has no GeoTIFF driver." ) );
    char **options = nullptr;
    options = CSLSetNameValue( options, "COMPRESS", "DEFLATE" );
    Dataset out( GDALCreate( driver, gridPath.toUtf8().constData(), raster.columns, raster.rows, 1, GDT_Byte, options ) );
    CSLDestroy( options );
    if ( !out )
      throw QgsProcessingException( PlaceGap::tr( "Could not create the Degree of Urbanisation grid (OUTPUT_GRID) %1: %2" ).arg( gridPath, QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
    GDALDatasetH dataset = static_cast<GDALDatasetH>( out.get() );
    std::array<double, 6> geoTransform = raster.geoTransform; // GDAL takes it non-const
    GDALSetGeoTransform( dataset, geoTransform.data() );
    const char *projection = GDALGetProjectionRef( static_cast<GDALDatasetH>( raster.dataset.get() ) );
    const QByteArray wkt = projection && *projection ? QByteArray( projection ) : raster.crs.toWkt().toUtf8();
    GDALSetProjection( dataset, wkt.constData() );
    GDALRasterBandH band = GDALGetRasterBand( dataset, 1 );
    GDALSetRasterNoDataValue( band, 0 );
    GDALSetDescription( band, "Degree of Urbanisation (GHS-SMOD level 2 codes)" );
    describeClasses( band );
    std::vector<GByte> codes( grid.columns );
    for ( std::size_t r = 0; r < grid.rows; ++r )
    {
      if ( feedback->isCanceled() )
        return false;
      for ( std::size_t c = 0; c < grid.columns; ++c )
        codes[c] = static_cast<GByte>( classes.cells[r * grid.columns + c] );
      if ( GDALRasterIO( band, GF_Write, 0, static_cast<int>( r ), raster.columns, 1, codes.data(), raster.columns, 1, GDT_Byte, 0, 0 ) != CE_None )
        throw QgsProcessingException( PlaceGap::tr( "Writing the Degree of Urbanisation grid (OUTPUT_GRID) %1 failed: %2" ).arg( gridPath, QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
    }
    return true;
  }

  //! The people of each grid class inside an area, and its area over NODATA cells (km²), by the share of each cell it covers.
  std::array<double, CLASSES.size()> peopleInside( const QgsGeometry &geometry, const PopulationRaster &raster, const placegap::PopulationGrid &grid, const placegap::DegurbaGrid &classes, double &noDataArea )
  {
    const std::array<double, 6> &gt = raster.geoTransform;
    const double cellArea = std::fabs( gt[1] * gt[5] );
    const double unitsToKm2 = raster.metresPerUnit * raster.metresPerUnit / 1e6;
    const auto columnOf = [&]( double x )
    { return ( x - gt[0] ) / gt[1]; };
    const auto rowOf = [&]( double y )
    { return ( y - gt[3] ) / gt[5]; };
    std::array<double, CLASSES.size()> people {};
    const QgsRectangle box = geometry.boundingBox();
    const double c0 = columnOf( box.xMinimum() ), c1 = columnOf( box.xMaximum() );
    const double r0 = rowOf( box.yMinimum() ), r1 = rowOf( box.yMaximum() );
    const long long firstColumn = std::max<long long>( 0, static_cast<long long>( std::floor( std::min( c0, c1 ) ) ) );
    const long long lastColumn = std::min<long long>( raster.columns - 1, static_cast<long long>( std::floor( std::max( c0, c1 ) ) ) );
    const long long firstRow = std::max<long long>( 0, static_cast<long long>( std::floor( std::min( r0, r1 ) ) ) );
    const long long lastRow = std::min<long long>( raster.rows - 1, static_cast<long long>( std::floor( std::max( r0, r1 ) ) ) );
    std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( geometry.constGet() ) );
    engine->prepareGeometry();
    for ( long long r = firstRow; r <= lastRow; ++r )
    {
      for ( long long c = firstColumn; c <= lastColumn; ++c )
      {
        const std::size_t cell = static_cast<std::size_t>( r ) * grid.columns + static_cast<std::size_t>( c );
        const bool noDataCell = !grid.valid[cell];
        if ( !noDataCell && grid.population[cell] == 0 )
          continue;
        const QgsGeometry square = QgsGeometry::fromRect( QgsRectangle( gt[0] + gt[1] * c, gt[3] + gt[5] * r, gt[0] + gt[1] * ( c + 1 ), gt[3] + gt[5] * ( r + 1 ) ) );
        double share = 0;
        if ( engine->contains( square.constGet() ) )
          share = 1;
        else if ( engine->intersects( square.constGet() ) )
        {
          std::unique_ptr<QgsAbstractGeometry> part( engine->intersection( square.constGet() ) );
          share = part ? part->area() / cellArea : 0.0;
        }
        if ( share <= 0 )
          continue;
        if ( noDataCell )
          noDataArea += share * cellArea * unitsToKm2;
        else
          people[static_cast<std::size_t>( classIndex( classes.cells[cell] ) )] += share * grid.population[cell];
      }
    }
    return people;
  }

  //! The area's classes from its people (or NULLs, warned), its population by class and shares.
  void appendUnitClass( QgsAttributes &attributes, const std::array<double, CLASSES.size()> &people, double noDataArea, QgsFeatureId id, std::array<std::size_t, 4> &unitCounts, PlaceGapFeatureWarnings &warnings )
  {
    const placegap::UnitPopulation unitPopulation = placegap::UnitPopulation::fromLevelTwoOrder( people );
    const double centre = unitPopulation.urbanCentre;
    const double cluster = unitPopulation.urbanCluster();
    const double rural = unitPopulation.rural();
    const double total = unitPopulation.total();
    const std::optional<placegap::UnitClass> unitClass = placegap::classifySpatialUnit( centre, cluster, rural );
    const std::optional<placegap::UnitClassLevel2> levelTwo = placegap::classifySpatialUnitLevel2( unitPopulation );
    if ( unitClass && levelTwo )
    {
      attributes << static_cast<int>( *unitClass ) << QString::fromStdString( placegap::unitClassLabel( *unitClass ) );
      attributes << static_cast<int>( *levelTwo ) << QString::fromStdString( placegap::unitClassLevel2Label( *levelTwo ) );
      ++unitCounts[static_cast<std::size_t>( *unitClass )];
    }
    else
    {
      warnings.warn( PlaceGap::tr( "no population" ), PlaceGap::tr( "Area to classify (AREAS) %1 covers no people in the grid (outside it, or over empty or NODATA cells); its class and shares are NULL." ).arg( id ) );
      writeNull( attributes, 4 );
      ++unitCounts[0];
    }
    attributes << total << centre << cluster << rural;
    if ( total > 0 )
      attributes << 100.0 * centre / total << 100.0 * cluster / total << 100.0 * rural / total;
    else
      writeNull( attributes, 3 );
    for ( double classPeople : people )
      attributes << classPeople;
    attributes << noDataArea;
  }

  //! An area's geometry ready to share out the cells: repaired if invalid, in the raster's CRS; false (warned) when unusable.
  bool preparedArea( QgsGeometry &geometry, QgsFeatureId id, bool sameCrs, const QgsCoordinateTransform &transform, PlaceGapFeatureWarnings &warnings )
  {
    bool usable = true;
    if ( geometry.isNull() || geometry.isEmpty() )
    {
      warnings.warn( PlaceGap::tr( "no geometry" ), PlaceGap::tr( "Area to classify (AREAS) %1 has no geometry; its results are NULL." ).arg( id ) );
      usable = false;
    }
    else if ( !geometry.isGeosValid() )
    {
      warnings.warn( PlaceGap::tr( "invalid geometry" ), PlaceGap::tr( "Area to classify (AREAS) %1 has an invalid geometry; it is repaired with make valid before sharing out the cells." ).arg( id ) );
      geometry = geometry.makeValid();
      usable = !geometry.isNull() && !geometry.isEmpty();
    }
    if ( usable && !sameCrs )
    {
      try
      {
        geometry.transform( transform );
      }
      catch ( QgsCsException & )
      {
        warnings.warn( PlaceGap::tr( "reprojection failed" ), PlaceGap::tr( "Area to classify (AREAS) %1 cannot be reprojected to the population grid's CRS; its results are NULL." ).arg( id ) );
        usable = false;
      }
    }
    return usable;
  }
} // namespace

QString PlaceGapDegreeOfUrbanisationAlgorithm::name() const
{
  return QStringLiteral( "degreeofurbanisation" );
}

QString PlaceGapDegreeOfUrbanisationAlgorithm::displayName() const
{
  return PlaceGap::tr( "Degree of Urbanisation (cities, towns, rural areas)" );
}

QStringList PlaceGapDegreeOfUrbanisationAlgorithm::tags() const
{
  return PlaceGap::tr( "degree of urbanisation,degurba,eurostat,oecd,ghsl,smod,urban centre,urban cluster,city,town,rural,population grid,raster,rurality" ).split( ',' );
}

QString PlaceGapDegreeOfUrbanisationAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "The Eurostat/OECD Degree of Urbanisation of a population grid (urban centres, urban clusters, rural cells and their level 2 classes) and of areas (cities, towns and semi-dense areas, rural areas)." );
}

QString PlaceGapDegreeOfUrbanisationAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Classifies a population grid into cities, towns and semi-dense areas, and rural cells, by the Eurostat/OECD Degree of Urbanisation (1 km cells), and each area by where its people live. Comparable across countries, unlike national classifications." ) );
}

PlaceGapDegreeOfUrbanisationAlgorithm *PlaceGapDegreeOfUrbanisationAlgorithm::createInstance() const
{
  return new PlaceGapDegreeOfUrbanisationAlgorithm();
}

QStringList PlaceGapDegreeOfUrbanisationAlgorithm::outputFieldNames()
{
  QStringList names { FIELD_CLASS, FIELD_CLASS_LABEL, FIELD_CLASS_L2, FIELD_CLASS_L2_LABEL, FIELD_POPULATION, FIELD_POP_CENTRE, FIELD_POP_CLUSTER, FIELD_POP_RURAL, FIELD_PCT_CENTRE, FIELD_PCT_CLUSTER, FIELD_PCT_RURAL };
  for ( const ClassStyle &style : CLASSES )
    names << FIELD_POP_CLASS_PREFIX + QString::number( static_cast<int>( style.gridClass ) );
  names << FIELD_NODATA_KM2;
  return names;
}

void PlaceGapDegreeOfUrbanisationAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterRasterLayer( INPUT, PlaceGap::tr( "Population grid (people per cell)" ) ) );
  addParameter( new QgsProcessingParameterBand( BAND, PlaceGap::tr( "Population band" ), 1, INPUT, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, PlaceGap::tr( "Areas to classify (polygons)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_POLYGON ) ) );
  addParameter( new QgsProcessingParameterRasterDestination( OUTPUT_GRID, PlaceGap::tr( "Degree of Urbanisation grid" ) ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Degree of Urbanisation of areas" ), placegap::compat::SOURCE_POLYGON ) );
  showReadableNumbers();
}

QString PlaceGapDegreeOfUrbanisationAlgorithm::inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const PopulationRaster raster = openRaster( parameterAsRasterLayer( parameters, INPUT, context ), parameterAsInt( parameters, BAND, context ) );
  if ( !raster.problem.isEmpty() )
    return raster.problem;
  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, AREAS, context ) );
  if ( areas )
  {
    if ( QgsWkbTypes::geometryType( areas->wkbType() ) != placegap::compat::GEOMETRY_POLYGON )
      return PlaceGap::tr( "The areas to classify (AREAS) are %1 features; they must be polygons, whose population is taken from the grid cells they cover." ).arg( QgsWkbTypes::displayString( areas->wkbType() ) );
    const QString clash = placegap::attributes::clashingOutputField( areas->fields(), outputFieldNames(), QStringLiteral( "AREAS" ) );
    if ( !clash.isEmpty() )
      return clash;
  }
  return QString();
}

bool PlaceGapDegreeOfUrbanisationAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = inputProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

// Each area with its class by where its people live, its population by class and shares.
class PlaceGapDegreeOfUrbanisationAlgorithm::AreaWriter
{
  public:
    static QString write( const PlaceGapDegreeOfUrbanisationAlgorithm &algorithm, QgsProcessingFeatureSource &areas, const PopulationRaster &raster, const placegap::PopulationGrid &grid, const placegap::DegurbaGrid &classes, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback );
};

QString PlaceGapDegreeOfUrbanisationAlgorithm::AreaWriter::write( const PlaceGapDegreeOfUrbanisationAlgorithm &algorithm, QgsProcessingFeatureSource &areas, const PopulationRaster &raster, const placegap::PopulationGrid &grid, const placegap::DegurbaGrid &classes, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  PlaceGapFeatureWarnings warnings( feedback );
  QgsFields fields = areas.fields();
  fields.append( placegap::compat::intField( FIELD_CLASS ) );
  fields.append( placegap::compat::stringField( FIELD_CLASS_LABEL, 30 ) );
  fields.append( placegap::compat::intField( FIELD_CLASS_L2 ) );
  fields.append( placegap::compat::stringField( FIELD_CLASS_L2_LABEL, 30 ) );
  for ( const QString &field : outputFieldNames().mid( 4 ) )
    fields.append( placegap::compat::doubleField( field, 0, 0 ) );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( algorithm.parameterAsSink( parameters, OUTPUT, context, destination, fields, areas.wkbType(), areas.sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  const bool sameCrs = !areas.sourceCrs().isValid() || areas.sourceCrs() == raster.crs;
  if ( !areas.sourceCrs().isValid() )
    feedback->pushWarning( PlaceGap::tr( "The areas to classify (AREAS) have no CRS: their coordinates are taken to be in the population grid's CRS (%1)." ).arg( raster.crs.authid() ) );
  else if ( !sameCrs )
    feedback->pushInfo( PlaceGap::tr( "The areas to classify (AREAS, %1) are reprojected to the population grid's CRS (%2) to share out the cells." ).arg( areas.sourceCrs().authid(), raster.crs.authid() ) );
  const QgsCoordinateTransform transform( areas.sourceCrs(), raster.crs, context.transformContext() );

  const std::array<double, 6> &gt = raster.geoTransform;
  const QgsGeometry rasterBox = QgsGeometry::fromRect( QgsRectangle( gt[0], gt[3], gt[0] + gt[1] * raster.columns, gt[3] + gt[5] * raster.rows ) ); // normalised by QgsRectangle
  const long long featureCount = areas.featureCount();
  if ( featureCount == 0 )
    feedback->pushWarning( PlaceGap::tr( "The areas to classify (AREAS) hold no features: the polygon output is empty (the grid is written as usual)." ) );

  std::array<std::size_t, 4> unitCounts {};
  long long done = 0;
  QgsFeatureIterator it = areas.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QString();
    ++done;
    if ( featureCount > 0 )
      feedback->setProgress( 40.0 + 60.0 * static_cast<double>( done ) / static_cast<double>( featureCount ) );
    QgsAttributes attributes = feature.attributes();
    const int added = fields.count() - areas.fields().count();
    QgsGeometry geometry = feature.geometry();
    if ( !preparedArea( geometry, feature.id(), sameCrs, transform, warnings ) )
    {
      writeNull( attributes, added );
      ++unitCounts[0];
    }
    else
    {
      double noDataArea = 0;
      const std::array<double, CLASSES.size()> people = peopleInside( geometry, raster, grid, classes, noDataArea );
      // Parts outside the raster hold people the grid does not know about.
      const double area = geometry.area();
      if ( area > 0 && geometry.intersection( rasterBox ).area() < area * ( 1 - 1e-9 ) )
        warnings.warn( PlaceGap::tr( "beyond the raster" ), PlaceGap::tr( "Area to classify (AREAS) %1 reaches beyond the population grid (INPUT); only the people in the raster's cells are counted." ).arg( feature.id() ) );
      appendUnitClass( attributes, people, noDataArea, feature.id(), unitCounts, warnings );
    }
    QgsFeature out( fields );
    out.setAttributes( attributes );
    out.setGeometry( feature.geometry() );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
  }
  feedback->pushInfo( PlaceGap::tr( "Areas: %1 cities, %2 towns and semi-dense areas, %3 rural areas, %4 not classified." ).arg( unitCounts[1] ).arg( unitCounts[2] ).arg( unitCounts[3] ).arg( unitCounts[0] ) );
  warnings.summarize();
  sink.reset();
  return destination;
}

QVariantMap PlaceGapDegreeOfUrbanisationAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString problem = inputProblem( parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  const QString gridPath = geoTiffOutput( parameters, OUTPUT_GRID, context );
  QgsRasterLayer *layer = parameterAsRasterLayer( parameters, INPUT, context );
  PopulationRaster raster = openRaster( layer, parameterAsInt( parameters, BAND, context ) );
  if ( !raster.problem.isEmpty() )
    throw QgsProcessingException( raster.problem );
  std::unique_ptr<QgsProcessingFeatureSource> areas = requiredSource( parameters, AREAS, context );

  // 1. The population grid.
  placegap::PopulationGrid grid;
  grid.columns = static_cast<std::size_t>( raster.columns );
  grid.rows = static_cast<std::size_t>( raster.rows );
  grid.cellSideKm = raster.cellSideMetres() / 1000.0;
  grid.population.assign( grid.columns * grid.rows, 0.0 );
  grid.valid.assign( grid.columns * grid.rows, true );
  feedback->pushInfo( PlaceGap::tr( "Population grid: %1 x %2 cells of %3 m (%4 km²) in %5." ).arg( raster.columns ).arg( raster.rows ).arg( raster.cellSideMetres(), 0, 'g', 10 ).arg( grid.cellAreaKm2(), 0, 'g', 6 ).arg( raster.crs.authid() ) );
  if ( std::fabs( grid.cellAreaKm2() - 1.0 ) > 1e-6 )
    feedback->pushWarning( PlaceGap::tr( "The cells of the population grid (INPUT) are %1 km², not 1 km². The Degree of Urbanisation is defined on 1 km² cells: densities are computed per km² and the rules applied as they stand, but contiguity, the majority rule and the classes of small places depend on the cell size, so the result is not the official classification." ).arg( grid.cellAreaKm2(), 0, 'g', 6 ) );
  if ( !readPopulation( raster, grid, feedback ) )
    return QVariantMap();
  const std::string gridProblem = grid.problem();
  if ( !gridProblem.empty() )
    throw QgsProcessingException( PlaceGap::tr( "The population grid cannot be classified: %1." ).arg( QString::fromStdString( gridProblem ) ) );

  // 2. The grid classes.
  const placegap::DegurbaThresholds thresholds;
  const placegap::DegurbaGrid classes = placegap::classifyDegreeOfUrbanisation( grid, thresholds, [feedback]()
                                                                                { return feedback->isCanceled(); } );
  if ( classes.cancelled || feedback->isCanceled() )
    return QVariantMap();
  feedback->setProgress( 30 );
  reportGridClasses( grid, classes, feedback );

  // 3. The classified raster.
  PlaceGapOutputGuard gridGuard( gridPath );
  if ( !writeClassGrid( gridPath, raster, grid, classes, feedback ) )
    return QVariantMap();
  feedback->setProgress( 40 );

  // 4. The areas.
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  const QString destination = AreaWriter::write( *this, *areas, raster, grid, classes, parameters, context, feedback );
  if ( destination.isEmpty() )
    return QVariantMap();
  outputGuard.keep();
  gridGuard.keep();

  PlaceGapStylePostProcessor::attach( context, destination, QStringLiteral( "degurba_areas.qml" ) );
  PlaceGapStylePostProcessor::attachRaster( context, gridPath, QStringLiteral( "degurba_grid.qml" ) );

  QVariantMap outputs;
  outputs.insert( OUTPUT_GRID, gridPath );
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
