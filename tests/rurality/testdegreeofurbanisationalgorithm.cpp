/***************************************************************************
  testdegreeofurbanisationalgorithm.cpp - placegap:degreeofurbanisation on small GeoTIFF grids
 ***************************************************************************/
#include "placegapalgorithmdegreeofurbanisation.h"
#include "placegapcompat.h"
#include "placegaptestutils.h"

#include "qgscoordinatetransform.h"
#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

#include <cmath>
#include <memory>

namespace
{
  const QString ALGORITHM = QStringLiteral( "placegap:degreeofurbanisation" );
  using Algorithm = PlaceGapDegreeOfUrbanisationAlgorithm;
  constexpr double NODATA = -9999;
  constexpr double X0 = 300000; // left edge of the grid, EPSG:27700
  constexpr double Y0 = 800000; // top edge

  /*
   * People per 1 km cell (EPSG:27700, top-left corner at 300000, 800000; "-" NODATA):
   *
   *   x km from X0:  0-1    1-2    2-3    3-4   4-5
   *   row 0:           0  15000  15000      0   400      y 799000-800000
   *   row 1:           0  15000  15000      0   200      y 798000-799000
   *   row 2:         100    400      0      0     -      y 797000-798000
   *
   * The four 15,000 cells are one urban centre (60,000, 4-connected). 400 at row 2 touches the
   * centre cell above it: it is in the centre's urban cluster, so suburban or peri-urban (21).
   * 400 at row 0 stands alone (an 8-connected cluster of 400 < 500): low density rural (12), as
   * are 200 and 100. Empty cells: very low density rural (11). Expected codes:
   *
   *   11 30 30 11 12
   *   11 30 30 11 12
   *   12 21 11 11  0
   */
  const std::vector<double> PEOPLE {
      0, 15000, 15000, 0, 400,
      0, 15000, 15000, 0, 200,
      100, 400, 0, 0, NODATA };
  const std::vector<int> CODES {
      11, 30, 30, 11, 12,
      11, 30, 30, 11, 12,
      12, 21, 11, 11, 0 };

  //! Writes a one-band Float64 GeoTIFF; wkt empty = no CRS.
  void writeGeoTiff( const QString &path, int columns, int rows, const std::vector<double> &values, const std::array<double, 6> &geoTransform, const QString &wkt, bool withNoData = true )
  {
    GDALAllRegister();
    GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GTiff" ), path.toUtf8().constData(), columns, rows, 1, GDT_Float64, nullptr );
    QVERIFY( dataset );
    std::array<double, 6> gt = geoTransform;
    GDALSetGeoTransform( dataset, gt.data() );
    if ( !wkt.isEmpty() )
      GDALSetProjection( dataset, wkt.toUtf8().constData() );
    GDALRasterBandH band = GDALGetRasterBand( dataset, 1 );
    if ( withNoData )
      GDALSetRasterNoDataValue( band, NODATA );
    std::vector<double> copy = values;
    QCOMPARE( GDALRasterIO( band, GF_Write, 0, 0, columns, rows, copy.data(), columns, rows, GDT_Float64, 0, 0 ), CE_None );
    GDALClose( dataset );
  }

  QString britishNationalGrid()
  {
    return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ).toWkt();
  }

  //! The byte values of a one-band raster, row-major.
  std::vector<int> readCodes( const QString &path, double *noData = nullptr )
  {
    std::vector<int> codes;
    GDALDatasetH dataset = GDALOpen( path.toUtf8().constData(), GA_ReadOnly );
    if ( !dataset )
      return codes;
    const int columns = GDALGetRasterXSize( dataset );
    const int rows = GDALGetRasterYSize( dataset );
    std::vector<int> values( static_cast<std::size_t>( columns * rows ) );
    GDALRasterBandH band = GDALGetRasterBand( dataset, 1 );
    if ( GDALRasterIO( band, GF_Read, 0, 0, columns, rows, values.data(), columns, rows, GDT_Int32, 0, 0 ) == CE_None )
      codes = values;
    if ( noData )
      *noData = GDALGetRasterNoDataValue( band, nullptr );
    GDALClose( dataset );
    return codes;
  }

  QString rectangle( double x0, double y0, double x1, double y1 )
  {
    return QStringLiteral( "Polygon((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x0, 0, 'f', 3 ).arg( y0, 0, 'f', 3 ).arg( x1, 0, 'f', 3 ).arg( y1, 0, 'f', 3 );
  }
} // namespace

class TestDegreeOfUrbanisationAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void classifiesTheGridAndTheAreas();
    void areasInAnotherCrsAreReprojected();
    void emptyAreasLayerStillWritesTheGrid();
    void cellsOtherThanOneKm2AreWarnedAbout();
    void badRastersAreRefused_data();
    void badRastersAreRefused();
    void missingAreasAreRefused();
    void gridNotNamedGeoTiffIsRefused();
    void negativePopulationIsRefused();
    void cancelledRunLeavesNoOutput();

  private:
    QgsVectorLayer *areasLayer( const QList<QPair<QString, QString>> &areas, const QString &crs = QStringLiteral( "EPSG:27700" ) );
    QString goodRaster();
    QVariantMap run( const QVariantMap &parameters, QString *error = nullptr );
    QMap<QString, QgsFeature> features( const QString &output );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
};

void TestDegreeOfUrbanisationAlgorithm::initTestCase()
{
  placegaptest::startQgis();
}

void TestDegreeOfUrbanisationAlgorithm::cleanupTestCase()
{
  QgsApplication::exitQgis();
}

void TestDegreeOfUrbanisationAlgorithm::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mProject = std::make_unique<QgsProject>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( mProject.get() );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestDegreeOfUrbanisationAlgorithm::cleanup()
{
  mContext.reset();
  mProject.reset();
  mDir.reset();
}

QgsVectorLayer *TestDegreeOfUrbanisationAlgorithm::areasLayer( const QList<QPair<QString, QString>> &areas, const QString &crs )
{
  QgsVectorLayer *layer = placegaptest::namedLayer( QStringLiteral( "Polygon?crs=%1" ).arg( crs ), areas, QStringLiteral( "areas" ) );
  mProject->addMapLayer( layer );
  return layer;
}

QString TestDegreeOfUrbanisationAlgorithm::goodRaster()
{
  const QString path = mDir->filePath( QStringLiteral( "population.tif" ) );
  writeGeoTiff( path, 5, 3, PEOPLE, { X0, 1000, 0, Y0, 0, -1000 }, britishNationalGrid() );
  return path;
}

QVariantMap TestDegreeOfUrbanisationAlgorithm::run( const QVariantMap &parameters, QString *error )
{
  return placegaptest::runAlgorithm( ALGORITHM, parameters, *mContext, mFeedback, error );
}

QMap<QString, QgsFeature> TestDegreeOfUrbanisationAlgorithm::features( const QString &output )
{
  QMap<QString, QgsFeature> byName;
  QgsVectorLayer layer( output, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
    byName.insert( feature.attribute( QStringLiteral( "name" ) ).toString(), feature );
  return byName;
}

void TestDegreeOfUrbanisationAlgorithm::classifiesTheGridAndTheAreas()
{
  /*
   * Areas (x, y in km from the grid's top-left corner, y downwards):
   *   city:      cells (0,1) and (0,2) exactly: 30,000 people, all in the centre;
   *   straddle:  x 2.5-5, y 0-2: half of (0,2) and of (1,2) (7,500 + 7,500 centre), the 400 and
   *              200 rural cells and two empty ones: 15,600, 96.15 % in the centre: a city;
   *   town:      x 0-2, y 2-3: 100 (rural) + 400 (suburban): 80 % urban cluster: town;
   *   rural:     x 3-5, y 0-3: 400 + 200 rural and the NODATA cell (1 km²): a rural area;
   *   outside:   beyond the grid: no people, NULL class;
   *   no geometry.
   */
  QgsVectorLayer *areas = areasLayer( {
      { "city", rectangle( X0 + 1000, Y0 - 1000, X0 + 3000, Y0 ) },
      { "straddle", rectangle( X0 + 2500, Y0 - 2000, X0 + 5000, Y0 ) },
      { "town", rectangle( X0, Y0 - 3000, X0 + 2000, Y0 - 2000 ) },
      { "rural", rectangle( X0 + 3000, Y0 - 3000, X0 + 5000, Y0 ) },
      { "outside", rectangle( X0 + 10000, Y0, X0 + 11000, Y0 + 1000 ) },
      { "no geometry", QString() },
  } );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  const QString output = mDir->filePath( QStringLiteral( "areas.gpkg" ) );
  QString error;
  const QVariantMap results = run( { { "INPUT", goodRaster() }, { "BAND", 1 }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", output } }, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QCOMPARE( results.value( QStringLiteral( "OUTPUT_GRID" ) ).toString(), grid );

  // The grid: level 2 codes, NODATA = 0 where the input was NODATA.
  double noData = -1;
  QCOMPARE( readCodes( grid, &noData ), CODES );
  QCOMPARE( noData, 0.0 );
  {
    GDALDatasetH dataset = GDALOpen( grid.toUtf8().constData(), GA_ReadOnly );
    QVERIFY( dataset );
    std::array<double, 6> gt {};
    GDALGetGeoTransform( dataset, gt.data() );
    QCOMPARE( gt, ( std::array<double, 6> { X0, 1000, 0, Y0, 0, -1000 } ) );
    QCOMPARE( GDALGetRasterDataType( GDALGetRasterBand( dataset, 1 ) ), GDT_Byte );
    QCOMPARE( QgsCoordinateReferenceSystem::fromWkt( QString::fromUtf8( GDALGetProjectionRef( dataset ) ) ).authid(), QStringLiteral( "EPSG:27700" ) );
    GDALClose( dataset );
  }
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "1 cell(s) of the population grid (INPUT) are NODATA" ) } ).size(), 1 );

  const QMap<QString, QgsFeature> out = features( output );
  QCOMPARE( out.size(), 6 );
  const auto value = [&]( const QString &name, const QString &field )
  { return out.value( name ).attribute( field ); };

  QCOMPARE( value( "city", Algorithm::FIELD_CLASS ).toInt(), 1 );
  QCOMPARE( value( "city", Algorithm::FIELD_CLASS_LABEL ).toString(), QStringLiteral( "Cities" ) );
  QCOMPARE( value( "city", Algorithm::FIELD_CLASS_L2 ).toInt(), 30 );
  QCOMPARE( value( "city", Algorithm::FIELD_POPULATION ).toDouble(), 30000.0 );
  QCOMPARE( value( "city", Algorithm::FIELD_PCT_CENTRE ).toDouble(), 100.0 );
  QCOMPARE( value( "city", QStringLiteral( "pop_30" ) ).toDouble(), 30000.0 );

  QCOMPARE( value( "straddle", Algorithm::FIELD_CLASS ).toInt(), 1 );
  QVERIFY( std::fabs( value( "straddle", Algorithm::FIELD_POP_CENTRE ).toDouble() - 15000 ) < 1e-6 );
  QVERIFY( std::fabs( value( "straddle", Algorithm::FIELD_POP_RURAL ).toDouble() - 600 ) < 1e-6 );
  QVERIFY( std::fabs( value( "straddle", Algorithm::FIELD_PCT_CENTRE ).toDouble() - 100.0 * 15000 / 15600 ) < 1e-6 );
  QCOMPARE( value( "straddle", QStringLiteral( "pop_12" ) ).toDouble(), 600.0 );

  QCOMPARE( value( "town", Algorithm::FIELD_CLASS ).toInt(), 2 );
  QCOMPARE( value( "town", Algorithm::FIELD_CLASS_LABEL ).toString(), QStringLiteral( "Towns and semi-dense areas" ) );
  // Its cluster people are all suburban: a suburban or peri-urban area at level 2.
  QCOMPARE( value( "town", Algorithm::FIELD_CLASS_L2 ).toInt(), 21 );
  QCOMPARE( value( "town", Algorithm::FIELD_CLASS_L2_LABEL ).toString(), QStringLiteral( "Suburban or peri-urban areas" ) );
  QCOMPARE( value( "town", Algorithm::FIELD_POP_CLUSTER ).toDouble(), 400.0 );
  QCOMPARE( value( "town", Algorithm::FIELD_PCT_CLUSTER ).toDouble(), 80.0 );
  QCOMPARE( value( "town", Algorithm::FIELD_PCT_RURAL ).toDouble(), 20.0 );
  QCOMPARE( value( "town", QStringLiteral( "pop_21" ) ).toDouble(), 400.0 );

  QCOMPARE( value( "rural", Algorithm::FIELD_CLASS ).toInt(), 3 );
  QCOMPARE( value( "rural", Algorithm::FIELD_CLASS_LABEL ).toString(), QStringLiteral( "Rural areas" ) );
  // All its people in low density rural cells: a dispersed rural area at level 2.
  QCOMPARE( value( "rural", Algorithm::FIELD_CLASS_L2 ).toInt(), 12 );
  QCOMPARE( value( "rural", Algorithm::FIELD_CLASS_L2_LABEL ).toString(), QStringLiteral( "Dispersed rural areas" ) );
  QCOMPARE( value( "rural", Algorithm::FIELD_POPULATION ).toDouble(), 600.0 );
  QCOMPARE( value( "rural", Algorithm::FIELD_PCT_RURAL ).toDouble(), 100.0 );
  QCOMPARE( value( "rural", Algorithm::FIELD_NODATA_KM2 ).toDouble(), 1.0 );

  QVERIFY( placegap::compat::isNull( value( "outside", Algorithm::FIELD_CLASS ) ) );
  QVERIFY( placegap::compat::isNull( value( "outside", Algorithm::FIELD_CLASS_L2 ) ) );
  QVERIFY( placegap::compat::isNull( value( "outside", Algorithm::FIELD_PCT_CENTRE ) ) );
  QVERIFY( placegap::compat::isNull( value( "no geometry", Algorithm::FIELD_CLASS ) ) );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "covers no people" ) } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "no geometry" ) } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "beyond the population grid (INPUT)" ) } ).size(), 1 );
}

void TestDegreeOfUrbanisationAlgorithm::areasInAnotherCrsAreReprojected()
{
  // The "city" area of the first test, drawn in WGS 84 (densified so its edges stay close to
  // the British National Grid square): still about 30,000 people, all in the centre.
  QgsGeometry square = QgsGeometry::fromWkt( rectangle( X0 + 1000, Y0 - 1000, X0 + 3000, Y0 ) ).densifyByDistance( 10 );
  const QgsCoordinateTransform toWgs84( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), mProject->transformContext() );
  square.transform( toWgs84 );
  QVERIFY( !square.isNull() );
  QgsVectorLayer *areas = areasLayer( { { "city", square.asWkt( 10 ) } }, QStringLiteral( "EPSG:4326" ) );
  const QString output = mDir->filePath( QStringLiteral( "areas.gpkg" ) );
  QString error;
  const QVariantMap results = run( { { "INPUT", goodRaster() }, { "AREAS", areas->id() }, { "OUTPUT_GRID", mDir->filePath( "g.tif" ) }, { "OUTPUT", output } }, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const QgsFeature city = features( output ).value( QStringLiteral( "city" ) );
  QCOMPARE( city.attribute( Algorithm::FIELD_CLASS ).toInt(), 1 );
  QVERIFY2( std::fabs( city.attribute( Algorithm::FIELD_POPULATION ).toDouble() - 30000 ) < 30, qPrintable( city.attribute( Algorithm::FIELD_POPULATION ).toString() ) );
  // The output keeps the areas' own CRS and geometry.
  QgsVectorLayer layer( output, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QCOMPARE( layer.crs().authid(), QStringLiteral( "EPSG:4326" ) );
}

void TestDegreeOfUrbanisationAlgorithm::emptyAreasLayerStillWritesTheGrid()
{
  QgsVectorLayer *areas = areasLayer( {} );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  const QString output = mDir->filePath( QStringLiteral( "areas.gpkg" ) );
  QString error;
  const QVariantMap results = run( { { "INPUT", goodRaster() }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", output } }, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QCOMPARE( readCodes( grid ), CODES );
  QCOMPARE( features( output ).size(), 0 );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "areas to classify (AREAS) hold no features" ) } ).size(), 1 );
}

void TestDegreeOfUrbanisationAlgorithm::cellsOtherThanOneKm2AreWarnedAbout()
{
  // The same people on 500 m cells: densities are four times higher, so the 400 cells reach
  // 1,600 per km²; the run works and warns that the method is defined on 1 km² cells.
  const QString path = mDir->filePath( QStringLiteral( "fine.tif" ) );
  writeGeoTiff( path, 5, 3, PEOPLE, { X0, 500, 0, Y0, 0, -500 }, britishNationalGrid() );
  QgsVectorLayer *areas = areasLayer( { { "all", rectangle( X0, Y0 - 1500, X0 + 2500, Y0 ) } } );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  QString error;
  const QVariantMap results = run( { { "INPUT", path }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", mDir->filePath( "areas.gpkg" ) } }, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "0.25 km²" ), QStringLiteral( "not 1 km²" ) } ).size(), 1 );
  QCOMPARE( readCodes( grid ).at( 1 ), 30 );
}

void TestDegreeOfUrbanisationAlgorithm::badRastersAreRefused_data()
{
  QTest::addColumn<double>( "cellWidth" );
  QTest::addColumn<double>( "cellHeight" );
  QTest::addColumn<double>( "rotation" );
  QTest::addColumn<bool>( "withCrs" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "no CRS" ) << 1000.0 << -1000.0 << 0.0 << false << "no CRS";
  QTest::newRow( "non-square cells" ) << 1000.0 << -500.0 << 0.0 << true << "not square";
  QTest::newRow( "rotated" ) << 1000.0 << -1000.0 << 10.0 << true << "rotated";
}

void TestDegreeOfUrbanisationAlgorithm::badRastersAreRefused()
{
  QFETCH( double, cellWidth );
  QFETCH( double, cellHeight );
  QFETCH( double, rotation );
  QFETCH( bool, withCrs );
  QFETCH( QString, message );
  const QString path = mDir->filePath( QStringLiteral( "bad.tif" ) );
  writeGeoTiff( path, 5, 3, PEOPLE, { X0, cellWidth, rotation, Y0, 0, cellHeight }, withCrs ? britishNationalGrid() : QString() );
  QgsVectorLayer *areas = areasLayer( { { "city", rectangle( X0 + 1000, Y0 - 1000, X0 + 3000, Y0 ) } } );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  const QString output = mDir->filePath( QStringLiteral( "areas.gpkg" ) );
  QString error;
  const QVariantMap results = run( { { "INPUT", path }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", output } }, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( message ), qPrintable( error ) );
  QVERIFY( !QFileInfo::exists( grid ) );
  QVERIFY( !QFileInfo::exists( output ) );
}

void TestDegreeOfUrbanisationAlgorithm::missingAreasAreRefused()
{
  QString error;
  const QVariantMap results = run( { { "INPUT", goodRaster() }, { "OUTPUT_GRID", mDir->filePath( "g.tif" ) }, { "OUTPUT", mDir->filePath( "a.gpkg" ) } }, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "AREAS" ) ) || error.contains( QStringLiteral( "Areas" ) ), qPrintable( error ) );

  // A line layer is not a set of areas.
  auto *lines = new QgsVectorLayer( QStringLiteral( "LineString?crs=EPSG:27700" ), QStringLiteral( "lines" ), QStringLiteral( "memory" ) );
  mProject->addMapLayer( lines );
  const QVariantMap withLines = run( { { "INPUT", goodRaster() }, { "AREAS", lines->id() }, { "OUTPUT_GRID", mDir->filePath( "g.tif" ) }, { "OUTPUT", mDir->filePath( "a.gpkg" ) } }, &error );
  QVERIFY( withLines.isEmpty() );
}

void TestDegreeOfUrbanisationAlgorithm::gridNotNamedGeoTiffIsRefused()
{
  // GeoTIFF content under an .asc or .gpkg name misleads every reader: refused before any work, nothing written.
  QgsVectorLayer *areas = areasLayer( { { "rural", rectangle( X0 + 3000, Y0 - 3000, X0 + 5000, Y0 ) } } );
  for ( const QString &name : { QStringLiteral( "g.asc" ), QStringLiteral( "g.gpkg" ) } )
  {
    QString error;
    const QVariantMap results = run( { { "INPUT", goodRaster() }, { "AREAS", areas->id() }, { "OUTPUT_GRID", mDir->filePath( name ) }, { "OUTPUT", mDir->filePath( "a.gpkg" ) } }, &error );
    QVERIFY( results.isEmpty() );
    QVERIFY2( error.contains( "OUTPUT_GRID" ) && error.contains( ".tif" ), qPrintable( error ) );
    QVERIFY( !QFile::exists( mDir->filePath( name ) ) );
    QVERIFY( !QFile::exists( mDir->filePath( "a.gpkg" ) ) );
  }
  // The provider offers GeoTIFF only, so the dialog's file chooser does too.
  QCOMPARE( QgsApplication::processingRegistry()->providerById( "placegap" )->supportedOutputRasterLayerExtensions(), QStringList( { "tif", "tiff" } ) );
}

void TestDegreeOfUrbanisationAlgorithm::negativePopulationIsRefused()
{
  // -5 is not the band's NODATA value: refused, naming the cell; nothing is written.
  std::vector<double> people = PEOPLE;
  people[3] = -5;
  const QString path = mDir->filePath( QStringLiteral( "negative.tif" ) );
  writeGeoTiff( path, 5, 3, people, { X0, 1000, 0, Y0, 0, -1000 }, britishNationalGrid() );
  QgsVectorLayer *areas = areasLayer( { { "city", rectangle( X0 + 1000, Y0 - 1000, X0 + 3000, Y0 ) } } );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  QString error;
  const QVariantMap results = run( { { "INPUT", path }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", mDir->filePath( "areas.gpkg" ) } }, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "row 0, column 3" ) ), qPrintable( error ) );
  QVERIFY( !QFileInfo::exists( grid ) );
}

void TestDegreeOfUrbanisationAlgorithm::cancelledRunLeavesNoOutput()
{
  QgsVectorLayer *areas = areasLayer( { { "city", rectangle( X0 + 1000, Y0 - 1000, X0 + 3000, Y0 ) } } );
  const QString grid = mDir->filePath( QStringLiteral( "degurba.tif" ) );
  const QString output = mDir->filePath( QStringLiteral( "areas.gpkg" ) );
  placegaptest::CapturingFeedback cancelled;
  cancelled.cancel();
  const QVariantMap results = placegaptest::runAlgorithm( ALGORITHM, { { "INPUT", goodRaster() }, { "AREAS", areas->id() }, { "OUTPUT_GRID", grid }, { "OUTPUT", output } }, *mContext, cancelled );
  QVERIFY( !results.contains( QStringLiteral( "OUTPUT_GRID" ) ) );
  QVERIFY( !QFileInfo::exists( grid ) );
  QVERIFY( !QFileInfo::exists( output ) );
}

QTEST_MAIN( TestDegreeOfUrbanisationAlgorithm )
#include "testdegreeofurbanisationalgorithm.moc"
