/***************************************************************************
  placegapalgorithmpopulationgrid.cpp - placegap:populationgrid
 ***************************************************************************/
#include "placegapalgorithmpopulationgrid.h"

#include "placegapattributes.h"
#include "placegaptr.h"

#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegaperrortext.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsprocessingfeedback.h"
#include "qgsrasterblock.h"
#include "qgsrasterdataprovider.h"
#include "qgsrasterfilewriter.h"

#include <QFileInfo>
#include <QIcon>

#include <cmath>
#include <memory>
#include <vector>

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString POPULATION_FIELD = QStringLiteral( "POPULATION_FIELD" );
  const QString CELL_SIZE = QStringLiteral( "CELL_SIZE" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString TOTAL_POPULATION = QStringLiteral( "TOTAL_POPULATION" );
} // namespace

QString PlaceGapPopulationGridAlgorithm::name() const
{
  return QStringLiteral( "populationgrid" );
}

QString PlaceGapPopulationGridAlgorithm::displayName() const
{
  return PlaceGap::tr( "Population grid from areas" );
}

QStringList PlaceGapPopulationGridAlgorithm::tags() const
{
  return PlaceGap::tr( "population,grid,raster,areal weighting,dasymetric,data zones,degree of urbanisation,rurality" ).split( ',' );
}

QString PlaceGapPopulationGridAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Spreads the population of areas (data zones, output areas) over a grid of square cells, by area, for methods defined on a population grid." );
}

QString PlaceGapPopulationGridAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Spreads the population of areas (e.g. data zones) over a grid of square cells in proportion to area, writing a GeoTIFF of people per cell: the input of the Degree of Urbanisation." ) );
}

PlaceGapPopulationGridAlgorithm *PlaceGapPopulationGridAlgorithm::createInstance() const
{
  return new PlaceGapPopulationGridAlgorithm();
}

void PlaceGapPopulationGridAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Areas with a population (polygons)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_POLYGON ) ) );
  addParameter( new QgsProcessingParameterField( POPULATION_FIELD, PlaceGap::tr( "Population field" ), QStringLiteral( "population" ), INPUT, placegap::compat::FIELD_NUMERIC ) );
  addParameter( new QgsProcessingParameterDistance( CELL_SIZE, PlaceGap::tr( "Cell size" ), 1000.0, INPUT, false, 0.001 ) );
  addParameter( new QgsProcessingParameterRasterDestination( OUTPUT, PlaceGap::tr( "Population grid" ) ) );
  addOutput( new QgsProcessingOutputNumber( TOTAL_POPULATION, PlaceGap::tr( "People in the grid" ) ) );
  showReadableNumbers();
}

QString PlaceGapPopulationGridAlgorithm::inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, INPUT, context ) );
  if ( !source )
    return QString();
  if ( source->sourceCrs().isGeographic() )
    return PlaceGap::tr( "The areas with a population (INPUT) are in %1, a geographic CRS in degrees: square cells need metres. Reproject it first (e.g. to EPSG:27700, British National Grid)." ).arg( source->sourceCrs().authid() );
  const QString field = parameterAsString( parameters, POPULATION_FIELD, context );
  const int index = source->fields().lookupField( field );
  if ( index < 0 )
    return PlaceGap::tr( "The areas with a population (INPUT) have no field '%1' (Population field, POPULATION_FIELD)." ).arg( field );
  if ( !source->fields().at( index ).isNumeric() )
    return PlaceGap::tr( "The population field '%1' (POPULATION_FIELD) holds %2 values; it must be numeric." ).arg( field, source->fields().at( index ).typeName() );
  return QString();
}

bool PlaceGapPopulationGridAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  const QString problem = inputProblem( parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

std::vector<PlaceGapPopulationGridAlgorithm::Area> PlaceGapPopulationGridAlgorithm::readAreas( QgsProcessingFeatureSource &source, const QString &populationField, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, QgsRectangle &extent )
{
  const int populationIndex = source.fields().lookupField( populationField );
  std::vector<Area> areas;
  {
    QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
    QgsFeature feature;
    long long featuresRead = 0; // a damaged file reads short: checked after the pass
    while ( it.nextFeature( feature ) )
    {
      ++featuresRead;
      if ( feedback->isCanceled() )
        return {};
      const QString label = PlaceGap::tr( "Area with a population (INPUT) %1" ).arg( feature.id() );
      const placegap::attributes::Number people = placegap::attributes::readNumber( feature.attribute( populationIndex ) );
      const QString problem = placegap::attributes::countProblem( people );
      if ( !problem.isEmpty() )
      {
        warnings.warn( PlaceGap::tr( "area without population" ), PlaceGap::tr( "%1: population field '%2' is %3; it adds no one." ).arg( label, populationField, problem ) );
        continue;
      }
      const double population = people.value;
      QgsGeometry geometry = feature.geometry();
      if ( geometry.isNull() || geometry.isEmpty() )
      {
        warnings.warn( PlaceGap::tr( "area without geometry" ), PlaceGap::tr( "%1 has no geometry; its %2 people are left out." ).arg( label ).arg( population ) );
        continue;
      }
      if ( !geometry.isGeosValid() )
      {
        geometry = geometry.makeValid();
        if ( geometry.type() != placegap::compat::GEOMETRY_POLYGON )
          geometry = geometry.convertToType( placegap::compat::GEOMETRY_POLYGON, true );
        warnings.warn( PlaceGap::tr( "invalid geometry repaired" ), PlaceGap::tr( "%1 has an invalid geometry; it was repaired before spreading its people." ).arg( label ) );
      }
      if ( geometry.isNull() || geometry.area() <= 0 )
      {
        warnings.warn( PlaceGap::tr( "area without surface" ), PlaceGap::tr( "%1 has no area; its %2 people are left out." ).arg( label ).arg( population ) );
        continue;
      }
      extent.combineExtentWith( geometry.boundingBox() );
      areas.push_back( { geometry, population } );
    }
    placegap::reading::requireComplete( source, featuresRead, QStringLiteral( "INPUT" ) );
  }
  return areas;
}

void PlaceGapPopulationGridAlgorithm::writeGrid( const QString &outputFile, const std::vector<double> &people, int columns, int rows, const QgsRectangle &extent, const QgsCoordinateReferenceSystem &crs )
{
  QgsRasterFileWriter writer( outputFile );
  writer.setOutputProviderKey( QStringLiteral( "gdal" ) );
  writer.setOutputFormat( QgsRasterFileWriter::driverForExtension( QFileInfo( outputFile ).suffix() ) );
  std::unique_ptr<QgsRasterDataProvider> provider( writer.createOneBandRaster( Qgis::DataType::Float64, columns, rows, extent, crs ) );
  if ( !provider || !provider->isValid() )
    throw QgsProcessingException( PlaceGap::tr( "Could not create the raster %1." ).arg( outputFile ) );
  provider->setEditable( true );
  QgsRasterBlock block( Qgis::DataType::Float64, columns, rows );
  for ( int r = 0; r < rows; ++r )
  {
    for ( int c = 0; c < columns; ++c )
      block.setValue( r, c, people[static_cast<std::size_t>( r ) * static_cast<std::size_t>( columns ) + static_cast<std::size_t>( c )] );
  }
  if ( !provider->writeBlock( &block, 1, 0, 0 ) )
    throw QgsProcessingException( PlaceGap::tr( "Could not write the raster %1: %2" ).arg( outputFile, placegap::errorText( provider->error(), PlaceGap::tr( "the GeoTIFF driver gave no reason" ) ) ) );
  provider->setEditable( false );
}

QVariantMap PlaceGapPopulationGridAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString problem = inputProblem( parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  const QString outputFile = geoTiffOutput( parameters, OUTPUT, context );
  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, INPUT, context );
  const double cell = parameterAsDouble( parameters, CELL_SIZE, context );
  const QString populationField = parameterAsString( parameters, POPULATION_FIELD, context );
  PlaceGapFeatureWarnings warnings( feedback );

  // 1. The areas: geometry and people, the ones that cannot count warned about.
  QgsRectangle extent;
  std::vector<Area> areas = readAreas( *source, populationField, feedback, warnings, extent );
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( areas.empty() )
    throw QgsProcessingException( PlaceGap::tr( "No area with a population (INPUT) has both a polygon and a population in '%1': there is nothing to grid." ).arg( populationField ) );

  // 2. The grid: whole cells on multiples of the cell size, covering every area.
  const double x0 = std::floor( extent.xMinimum() / cell ) * cell;
  const double y1 = std::ceil( extent.yMaximum() / cell ) * cell;
  const int columns = std::max( 1, static_cast<int>( std::ceil( ( extent.xMaximum() - x0 ) / cell - 1e-9 ) ) );
  const int rows = std::max( 1, static_cast<int>( std::ceil( ( y1 - extent.yMinimum() ) / cell - 1e-9 ) ) );
  if ( static_cast<double>( columns ) * rows > 2.0e8 )
    throw QgsProcessingException( PlaceGap::tr( "A grid of %1 x %2 cells of %3 is too large; raise the cell size (CELL_SIZE)." ).arg( columns ).arg( rows ).arg( cell ) );
  feedback->pushInfo( PlaceGap::tr( "%1 areas onto %2 x %3 cells of %4 x %4." ).arg( areas.size() ).arg( columns ).arg( rows ).arg( cell ) );

  // 3. Spread: clip each area to each row of cells it spans, then each row piece to its cells.
  std::vector<double> people( static_cast<std::size_t>( columns ) * static_cast<std::size_t>( rows ), 0.0 );
  double total = 0;
  for ( std::size_t a = 0; a < areas.size(); ++a )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    QgsGeometry &geometry = areas[a].geometry;
    const double perSquareUnit = areas[a].population / geometry.area();
    const QgsRectangle box = geometry.boundingBox();
    const int rowFirst = std::max( 0, static_cast<int>( std::floor( ( y1 - box.yMaximum() ) / cell ) ) );
    const int rowLast = std::min( rows - 1, static_cast<int>( std::floor( ( y1 - box.yMinimum() ) / cell ) ) );
    const int columnFirst = std::max( 0, static_cast<int>( std::floor( ( box.xMinimum() - x0 ) / cell ) ) );
    const int columnLast = std::min( columns - 1, static_cast<int>( std::floor( ( box.xMaximum() - x0 ) / cell ) ) );
    for ( int r = rowFirst; r <= rowLast; ++r )
    {
      const double top = y1 - r * cell;
      QgsGeometry strip = geometry.clipped( QgsRectangle( x0 + columnFirst * cell, top - cell, x0 + ( columnLast + 1 ) * cell, top ) );
      if ( strip.isNull() || strip.isEmpty() )
        continue;
      for ( int c = columnFirst; c <= columnLast; ++c )
      {
        const double left = x0 + c * cell;
        const QgsGeometry piece = strip.clipped( QgsRectangle( left, top - cell, left + cell, top ) );
        if ( piece.isNull() || piece.isEmpty() )
          continue;
        const double added = piece.area() * perSquareUnit;
        people[static_cast<std::size_t>( r ) * static_cast<std::size_t>( columns ) + static_cast<std::size_t>( c )] += added;
        total += added;
      }
    }
    feedback->setProgress( 90.0 * static_cast<double>( a + 1 ) / static_cast<double>( areas.size() ) );
  }

  // 4. The raster.
  PlaceGapOutputGuard guard( outputFile );
  writeGrid( outputFile, people, columns, rows, QgsRectangle( x0, y1 - rows * cell, x0 + columns * cell, y1 ), source->sourceCrs() );
  warnings.summarize();
  feedback->pushInfo( PlaceGap::tr( "%1 people in the grid." ).arg( total, 0, 'f', 1 ) );
  feedback->setProgress( 100 );
  guard.keep();

  QVariantMap outputs;
  outputs.insert( OUTPUT, outputFile );
  outputs.insert( TOTAL_POPULATION, total );
  return withProvenance( parameters, outputs );
}
