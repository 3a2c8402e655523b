/***************************************************************************
  testpopulationgridalgorithm.cpp - placegap:populationgrid by hand, and with the Degree of Urbanisation
  on the Northern Alliance's data zones against the official urban-rural classes
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsrasterdataprovider.h"
#include "qgsrasterlayer.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace
{
  const QString ALGORITHM = QStringLiteral( "placegap:populationgrid" );

  //! Areas of a test grid: (WKT, attributes) rows.
  using AreaRows = QList<QPair<QString, QgsAttributes>>;

  //! Every cell of band 1, row by row from the top.
  QVector<double> cells( const QString &path, int &columns, int &rows )
  {
    QgsRasterLayer raster( path, QStringLiteral( "grid" ), QStringLiteral( "gdal" ) );
    columns = raster.width();
    rows = raster.height();
    std::unique_ptr<QgsRasterBlock> block( raster.dataProvider()->block( 1, raster.extent(), columns, rows ) );
    QVector<double> values;
    for ( int r = 0; r < rows; ++r )
    {
      for ( int c = 0; c < columns; ++c )
        values << block->value( r, c );
    }
    return values;
  }
} // namespace

Q_DECLARE_METATYPE( AreaRows )

class TestPopulationGrid : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase()
    {
      // Layers and contexts go before QGIS does.
      mContext.reset();
      mProject.clear();
      QgsApplication::exitQgis();
    }
    void init();
    void cleanup() { mProject.removeAllMapLayers(); }
    void spreadsByArea_data();
    void spreadsByArea();
    void badAreasAreWarnedOrRefused();
    void degreeOfUrbanisationAgreesWithUrbanRural();

  private:
    QVariantMap run( QgsVectorLayer *areas, double cellSize, QString *error = nullptr );

    QgsProject mProject;
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
};

void TestPopulationGrid::initTestCase()
{
  placegaptest::startQgis();
}

void TestPopulationGrid::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

QVariantMap TestPopulationGrid::run( QgsVectorLayer *areas, double cellSize, QString *error )
{
  mProject.addMapLayer( areas, false, true );
  return placegaptest::runAlgorithm( ALGORITHM, { { "INPUT", areas->id() }, { "POPULATION_FIELD", "people" }, { "CELL_SIZE", cellSize }, { "OUTPUT", mDir->filePath( QStringLiteral( "grid.tif" ) ) } }, *mContext, mFeedback, error );
}

void TestPopulationGrid::spreadsByArea_data()
{
  QTest::addColumn<AreaRows>( "areas" );
  QTest::addColumn<double>( "cellSize" );
  QTest::addColumn<int>( "columns" );
  QTest::addColumn<QVector<double>>( "expected" );
  /*
   *  2000 +----+----+      B (500..1500 x 1000..2000, 100 people): half in each top cell
   *       | 50 | 50 |
   *  1000 +----+----+      A (0..2000 x 0..1000, 200 people): half in each bottom cell
   *       |100 |100 |
   *     0 +----+----+
   *       0   1000 2000
   */
  QTest::newRow( "two areas, 1 km cells" ) << AreaRows {
                                                  { QStringLiteral( "Polygon((0 0, 2000 0, 2000 1000, 0 1000, 0 0))" ), QgsAttributes() << 200.0 },
                                                  { QStringLiteral( "Polygon((500 1000, 1500 1000, 1500 2000, 500 2000, 500 1000))" ), QgsAttributes() << 100.0 } }
                                           << 1000.0 << 2 << QVector<double> { 50, 50, 100, 100 };
  // Not on the grid's lines: 250..1250 x 250..750, 40 people: 3/4 of it in the first cell.
  QTest::newRow( "off the grid lines" ) << AreaRows {
                                               { QStringLiteral( "Polygon((250 250, 1250 250, 1250 750, 250 750, 250 250))" ), QgsAttributes() << 40.0 } }
                                        << 1000.0 << 2 << QVector<double> { 30, 10 };
  // A triangle of 100 people over four 500 m cells: (0,0) (1000,0) (0,1000); the cell at top
  // right holds none of it, the diagonal halves the other two outer cells.
  QTest::newRow( "triangle, 500 m cells" ) << AreaRows {
                                                  { QStringLiteral( "Polygon((0 0, 1000 0, 0 1000, 0 0))" ), QgsAttributes() << 100.0 } }
                                           << 500.0 << 2 << QVector<double> { 25, 0, 50, 25 };
}

void TestPopulationGrid::spreadsByArea()
{
  QFETCH( AreaRows, areas );
  QFETCH( double, cellSize );
  QFETCH( int, columns );
  QFETCH( QVector<double>, expected );
  QString error;
  const QVariantMap results = run( placegaptest::memoryLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=people:double" ), areas ), cellSize, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  int gridColumns = 0, gridRows = 0;
  const QVector<double> values = cells( results.value( "OUTPUT" ).toString(), gridColumns, gridRows );
  QCOMPARE( gridColumns, columns );
  QCOMPARE( values.size(), expected.size() );
  double total = 0;
  for ( int i = 0; i < values.size(); ++i )
  {
    QVERIFY2( qgsDoubleNear( values[i], expected[i], 1e-6 ), qPrintable( QStringLiteral( "cell %1: %2, expected %3" ).arg( i ).arg( values[i] ).arg( expected[i] ) ) );
    total += expected[i];
  }
  QVERIFY( qgsDoubleNear( results.value( "TOTAL_POPULATION" ).toDouble(), total, 1e-6 ) );
  // Cells sit on multiples of the cell size in the layer's CRS.
  QgsRasterLayer raster( results.value( "OUTPUT" ).toString(), QStringLiteral( "grid" ), QStringLiteral( "gdal" ) );
  QCOMPARE( raster.crs().authid(), QStringLiteral( "EPSG:27700" ) );
  QCOMPARE( std::fmod( raster.extent().xMinimum(), cellSize ), 0.0 );
  QCOMPARE( raster.rasterUnitsPerPixelX(), cellSize );
}

void TestPopulationGrid::badAreasAreWarnedOrRefused()
{
  // A NULL population, a negative one and a missing geometry add no one, each warned.
  QString error;
  QVariantMap results = run( placegaptest::memoryLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=people:double" ), { { QStringLiteral( "Polygon((0 0, 1000 0, 1000 1000, 0 1000, 0 0))" ), QgsAttributes() << 10.0 },
                                                                                                                          { QStringLiteral( "Polygon((0 0, 1000 0, 1000 1000, 0 1000, 0 0))" ), QgsAttributes() << QVariant() },
                                                                                                                          { QStringLiteral( "Polygon((0 0, 1000 0, 1000 1000, 0 1000, 0 0))" ), QgsAttributes() << -5.0 },
                                                                                                                          { QString(), QgsAttributes() << 7.0 } } ),
                             1000, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QCOMPARE( results.value( "TOTAL_POPULATION" ).toDouble(), 10.0 );
  QCOMPARE( mFeedback.warningsWith( { "Area with a population (INPUT)", "population field 'people'" } ).size(), 2 );
  QCOMPARE( mFeedback.warningsWith( { "Area with a population (INPUT) 4", "no geometry" } ).size(), 1 );

  // Degrees cannot make square cells in metres: refused, naming the CRS.
  results = run( placegaptest::memoryLayer( QStringLiteral( "Polygon?crs=EPSG:4326&field=people:double" ), { { QStringLiteral( "Polygon((-3 57, -2 57, -2 58, -3 58, -3 57))" ), QgsAttributes() << 10.0 } } ), 1000, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "EPSG:4326" ) ), qPrintable( error ) );

  // Nothing usable: a clear failure, no raster left behind.
  QFile::remove( mDir->filePath( QStringLiteral( "grid.tif" ) ) );
  results = run( placegaptest::memoryLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=people:double" ), { { QStringLiteral( "Polygon((0 0, 1000 0, 1000 1000, 0 1000, 0 0))" ), QgsAttributes() << QVariant() } } ), 1000, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "nothing to grid" ) ), qPrintable( error ) );
  QVERIFY( !QFileInfo::exists( mDir->filePath( QStringLiteral( "grid.tif" ) ) ) );
}

/*
 * Real data: the Northern Alliance's 1,281 data zones (built from the shipped sources), their people
 * spread on 1 km cells, classified with the Degree of Urbanisation, against the Scottish
 * Government's Urban Rural Classification 2016 of the same zones. The two methods differ (SGURC
 * uses NRS settlements and drive times), but a city should be SGURC urban and a rural area SGURC
 * rural. The agreement levels asserted are those measured, with a margin: on 2026-11-23, 227 of
 * 228 city zones were SGURC Large Urban Areas (Aberdeen), 461 of 489 SGURC rural zones were
 * rural areas, and 530 of 536 SGURC Large and Other Urban zones were cities or towns.
 */
void TestPopulationGrid::degreeOfUrbanisationAgreesWithUrbanRural()
{
  const QString gpkg = mDir->filePath( QStringLiteral( "northern_alliance.gpkg" ) );
  QString error;
  QVERIFY2( !placegaptest::runAlgorithm( QStringLiteral( "placegap:buildsampledata" ), { { "SOURCE_FOLDER", QStringLiteral( PLACEGAP_SOURCE_DATA_DIR ) }, { "OUTPUT", gpkg } }, *mContext, mFeedback, &error ).isEmpty(), qPrintable( error ) );
  // The builder already classifies its zones: drop those fields, to classify them here afresh.
  const QString zones = mDir->filePath( QStringLiteral( "zones.gpkg" ) );
  QVERIFY2( !placegaptest::runAlgorithm( QStringLiteral( "native:deletecolumn" ), { { "INPUT", gpkg + QStringLiteral( "|layername=data_zones" ) }, { "COLUMN", QStringList { "degurba", "degurba_lbl" } }, { "OUTPUT", zones } }, *mContext, mFeedback, &error ).isEmpty(), qPrintable( error ) );
  const QString grid = mDir->filePath( QStringLiteral( "population.tif" ) );
  const QVariantMap gridResults = placegaptest::runAlgorithm( ALGORITHM, { { "INPUT", zones }, { "POPULATION_FIELD", "population" }, { "CELL_SIZE", 1000 }, { "OUTPUT", grid } }, *mContext, mFeedback, &error );
  QVERIFY2( !gridResults.isEmpty(), qPrintable( error ) );
  // Every one of the 980,400 people (SIMD 2020v2 populations) is on the grid.
  QVERIFY( qgsDoubleNear( gridResults.value( "TOTAL_POPULATION" ).toDouble(), 980400.0, 1e-3 ) );

  const QString classified = mDir->filePath( QStringLiteral( "degurba.gpkg" ) );
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:degreeofurbanisation" ), { { "INPUT", grid }, { "AREAS", zones }, { "OUTPUT_GRID", mDir->filePath( QStringLiteral( "degurba.tif" ) ) }, { "OUTPUT", classified } }, *mContext, mFeedback, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );

  QgsVectorLayer layer( classified, QStringLiteral( "degurba" ), QStringLiteral( "ogr" ) );
  QCOMPARE( layer.featureCount(), 1281LL );
  int matrix[4][9] = {}; // [degurba 1-3][ur8 1-8]
  QMap<QString, int> builderClass;
  QgsFeature f;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( f ) )
  {
    const int degurba = f.attribute( "degurba" ).toInt();
    const int ur8 = f.attribute( "ur8" ).toInt();
    builderClass.insert( f.attribute( "dz_code" ).toString(), degurba );
    QVERIFY( degurba >= 1 && degurba <= 3 && ur8 >= 1 && ur8 <= 8 );
    ++matrix[degurba][ur8];
  }
  QString table = QStringLiteral( "Degree of Urbanisation (rows) x SGURC 2016 8-fold (columns), data zones:\n             1    2    3    4    5    6    7    8\n" );
  const QStringList names { QString(), QStringLiteral( "cities     " ), QStringLiteral( "towns      " ), QStringLiteral( "rural areas" ) };
  for ( int d = 1; d <= 3; ++d )
  {
    table += names[d];
    for ( int u = 1; u <= 8; ++u )
      table += QStringLiteral( "%1" ).arg( matrix[d][u], 5 );
    table += '\n';
  }
  qInfo().noquote() << table;

  // The sample data's own 'degurba' comes from the same two algorithms: the same class everywhere.
  QgsVectorLayer built( gpkg + QStringLiteral( "|layername=data_zones" ), QStringLiteral( "built" ), QStringLiteral( "ogr" ) );
  it = built.getFeatures();
  while ( it.nextFeature( f ) )
    QCOMPARE( f.attribute( "degurba" ).toInt(), builderClass.value( f.attribute( "dz_code" ).toString() ) );

  auto sum = [&]( int d, int fromUr8, int toUr8 )
  {
    int n = 0;
    for ( int u = fromUr8; u <= toUr8; ++u )
      n += matrix[d][u];
    return n;
  };
  const int cities = sum( 1, 1, 8 );
  QVERIFY2( cities > 150, qPrintable( table ) ); // Aberdeen is an urban centre
  QVERIFY2( matrix[1][1] >= 0.97 * cities, qPrintable( table ) );
  const int sgurRural = sum( 1, 6, 8 ) + sum( 2, 6, 8 ) + sum( 3, 6, 8 );
  QVERIFY2( sum( 3, 6, 8 ) >= 0.90 * sgurRural, qPrintable( table ) );
  const int sgurUrban = sum( 1, 1, 2 ) + sum( 2, 1, 2 ) + sum( 3, 1, 2 );
  QVERIFY2( sum( 1, 1, 2 ) + sum( 2, 1, 2 ) >= 0.95 * sgurUrban, qPrintable( table ) );
}

QTEST_MAIN( TestPopulationGrid )
#include "testpopulationgridalgorithm.moc"
