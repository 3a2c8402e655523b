/***************************************************************************
  testcostsurfacetraveltimealgorithm.cpp - placegap:costsurfacetraveltime on hand-drawn land and ferries
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgscoordinatetransform.h"
#include "qgsfeature.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingutils.h"
#include "qgsproject.h"
#include "qgsrasterdataprovider.h"
#include "qgsrasterlayer.h"
#include "qgsvectorlayer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

#include <cmath>
#include <memory>

#define COMPARE_NEAR( actual, expected, tolerance ) QVERIFY2( std::abs( ( actual ) - ( expected ) ) <= ( tolerance ), qPrintable( QStringLiteral( "%1 is %2, expected %3" ).arg( #actual ).arg( actual, 0, 'f', 6 ).arg( expected, 0, 'f', 6 ) ) )

namespace
{
  /*
   * 1 km cells from (300000, 800000), EPSG:27700, drawn from the top row (y 802000-803000):
   *
   *   col   0  1  2  3  4  5  6  7
   *   row0  A  .  .  .  T1 ~  ~  T2/I     A origin; T1, T2 ferry terminals; I the island school
   *   row1  ~  ~  ~  ~  .  ~  ~  ~        the bay (~) between A and S
   *   row2  S  .  .  .  .  ~  ~  ~        S the mainland school
   *
   * Land polygons are drawn 100 m inside their cells' outer edges, so that "any part of a cell
   * on land" gives exactly these cells. Speed 36 km/h (10 m/s), circuity 1: 100 s a straight
   * move, 141.42 s a diagonal one.
   */
  constexpr double X0 = 300000;
  constexpr double Y0 = 800000;
  QString ring( const QList<QPair<double, double>> &points )
  {
    QStringList text;
    for ( const auto &[x, y] : points )
      text << QStringLiteral( "%1 %2" ).arg( X0 + x, 0, 'f', 1 ).arg( Y0 + y, 0, 'f', 1 );
    return text.join( QStringLiteral( ", " ) );
  }
  const QString MAINLAND = QStringLiteral( "Polygon((%1))" ).arg( ring( { { 100, 2900 }, { 4900, 2900 }, { 4900, 100 }, { 100, 100 }, { 100, 900 }, { 4100, 900 }, { 4100, 2100 }, { 100, 2100 }, { 100, 2900 } } ) );
  const QString ISLAND = QStringLiteral( "Polygon((%1))" ).arg( ring( { { 7100, 2900 }, { 7900, 2900 }, { 7900, 2100 }, { 7100, 2100 }, { 7100, 2900 } } ) );
  QString point( double x, double y )
  {
    return QStringLiteral( "Point(%1 %2)" ).arg( X0 + x, 0, 'f', 1 ).arg( Y0 + y, 0, 'f', 1 );
  }
  // The bay walked round: 6 straight and 2 diagonal moves (see the core test's drawing).
  const double BAY_MINUTES = ( 600 + 200 * std::sqrt( 2.0 ) ) / 60;
} // namespace

class TestCostSurfaceTravelTimeAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void bayIsWalkedRound();
    void islandSchoolByTimetabledFerry();
    void ferryCostedWithoutTheClock();
    void landInAnotherCrs();
    void speedsByArea();
    void speedRaster();
    void siteInTheSea();
    void badInputIsRefused();
    void twoOutputsInOneGeoPackage();

  private:
    QgsVectorLayer *keep( QgsVectorLayer *layer )
    {
      mLayers << layer;
      return layer;
    }
    QgsVectorLayer *land() { return keep( placegaptest::memoryLayer( QStringLiteral( "Polygon" ), { qMakePair( MAINLAND, QgsAttributes() ), qMakePair( ISLAND, QgsAttributes() ) }, QStringLiteral( "land" ) ) ); }
    QgsVectorLayer *named( const QList<QPair<QString, QString>> &sites ) { return keep( placegaptest::namedLayer( QStringLiteral( "Point" ), sites, QStringLiteral( "sites" ) ) ); }
    QgsVectorLayer *terminals() { return keep( placegaptest::memoryLayer( QStringLiteral( "Point?field=stop_point_id:string&field=name:string" ), { qMakePair( point( 4500, 2500 ), QgsAttributes() << "T1"
                                                                                                                                                                                                    << "Mainland pier" ),
                                                                                                                                                    qMakePair( point( 7500, 2500 ), QgsAttributes() << "T2"
                                                                                                                                                                                                    << "Island pier" ) },
                                                                          QStringLiteral( "terminals" ) ) ); }
    //! Sailings T1 -> T2 at 08:00 and 17:00 every day, 10 minutes' crossing; T2 -> T1 at 08:30.
    QgsVectorLayer *sailings()
    {
      const QString definition = QStringLiteral( "None?field=from_stop:string&field=to_stop:string&field=departure:string&field=run_minutes:string&field=mon:string&field=tue:string&field=wed:string&field=thu:string&field=fri:string&field=sat:string&field=sun:string" );
      QList<QPair<QString, QgsAttributes>> rows;
      for ( const auto &[from, to, depart] : { std::make_tuple( "T1", "T2", "08:00" ), std::make_tuple( "T1", "T2", "17:00" ), std::make_tuple( "T2", "T1", "08:30" ) } )
        rows << qMakePair( QString(), QgsAttributes() << from << to << depart << "10"
                                                      << "1"
                                                      << "1"
                                                      << "1"
                                                      << "1"
                                                      << "1"
                                                      << "1"
                                                      << "1" );
      return keep( placegaptest::memoryLayer( definition, rows, QStringLiteral( "sailings" ) ) );
    }
    QVariantMap parameters( QgsVectorLayer *origins, QgsVectorLayer *services, QgsVectorLayer *landLayer = nullptr );
    //! Runs the algorithm; the output rows by the origins' name.
    QMap<QString, QgsFeature> run( const QVariantMap &parameters, QString *error = nullptr, QVariantMap *results = nullptr );

    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QList<QgsVectorLayer *> mLayers;
    QTemporaryDir mDir;
};

void TestCostSurfaceTravelTimeAlgorithm::initTestCase()
{
  placegaptest::startQgis();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestCostSurfaceTravelTimeAlgorithm::cleanupTestCase()
{
  qDeleteAll( mLayers );
  mContext.reset();
  QgsApplication::exitQgis();
}

QVariantMap TestCostSurfaceTravelTimeAlgorithm::parameters( QgsVectorLayer *origins, QgsVectorLayer *services, QgsVectorLayer *landLayer )
{
  QVariantMap p;
  p.insert( "ORIGINS", QVariant::fromValue( origins ) );
  p.insert( "SERVICES", QVariant::fromValue( services ) );
  p.insert( "SERVICE_ID_FIELD", "name" );
  p.insert( "LAND", QVariant::fromValue( landLayer ? landLayer : land() ) );
  p.insert( "DEFAULT_SPEED", 36.0 );
  p.insert( "CIRCUITY", 1.0 );
  p.insert( "CELL_SIZE", 1000.0 );
  p.insert( "OUTPUT", QgsProcessing::TEMPORARY_OUTPUT );
  return p;
}

QMap<QString, QgsFeature> TestCostSurfaceTravelTimeAlgorithm::run( const QVariantMap &parameters, QString *error, QVariantMap *results )
{
  QMap<QString, QgsFeature> rows;
  mFeedback.warnings.clear();
  const QVariantMap outputs = placegaptest::runAlgorithm( QStringLiteral( "placegap:costsurfacetraveltime" ), parameters, *mContext, mFeedback, error );
  if ( results )
    *results = outputs;
  auto *output = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( outputs.value( "OUTPUT" ).toString(), *mContext ) );
  if ( !output )
    return rows;
  QgsFeature feature;
  QgsFeatureIterator it = output->getFeatures();
  while ( it.nextFeature( feature ) )
    rows.insert( feature.attribute( "name" ).toString(), feature );
  return rows;
}

void TestCostSurfaceTravelTimeAlgorithm::bayIsWalkedRound()
{
  QVariantMap p = parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "S", point( 500, 500 ) } } ) );
  const QString raster = mDir.filePath( QStringLiteral( "bay.tif" ) );
  p.insert( "OUTPUT_RASTER", raster );
  QString error;
  QVariantMap results;
  const auto rows = run( p, &error, &results );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  const QgsFeature a = rows.value( "A" );
  QCOMPARE( a.attribute( "service_id" ).toString(), QStringLiteral( "S" ) );
  COMPARE_NEAR( a.attribute( "minutes" ).toDouble(), BAY_MINUTES, 1e-4 );
  COMPARE_NEAR( a.attribute( "km" ).toDouble(), 6 + 2 * std::sqrt( 2.0 ), 1e-5 );
  QCOMPARE( a.attribute( "rank" ).toInt(), 1 );
  COMPARE_NEAR( a.attribute( "origin_snap_m" ).toDouble(), 0.0, 1e-9 );

  // The raster: 8 x 3 cells of 1 km; A's cell holds the same minutes, the bay no data.
  QgsRasterLayer layer( results.value( "OUTPUT_RASTER" ).toString(), QStringLiteral( "minutes" ), QStringLiteral( "gdal" ) );
  QVERIFY( layer.isValid() );
  QCOMPARE( layer.width(), 8 );
  QCOMPARE( layer.height(), 3 );
  bool ok = false;
  COMPARE_NEAR( layer.dataProvider()->sample( QgsPointXY( X0 + 500, Y0 + 2500 ), 1, &ok ), BAY_MINUTES, 1e-4 );
  QVERIFY( ok );
  const double sea = layer.dataProvider()->sample( QgsPointXY( X0 + 1500, Y0 + 1500 ), 1, &ok );
  QVERIFY( !ok || std::isnan( sea ) );
  // Col 4, row 1 (the land at the bay's head): a diagonal to (3, 2), then 3 straight moves west: 441.42 s.
  COMPARE_NEAR( layer.dataProvider()->sample( QgsPointXY( X0 + 4500, Y0 + 1500 ), 1, &ok ), ( 300 + 100 * std::sqrt( 2.0 ) ) / 60, 1e-4 );
}

void TestCostSurfaceTravelTimeAlgorithm::islandSchoolByTimetabledFerry()
{
  /*
   * From A to the island school I, leaving Wed 07:40: 4 straight moves to T1 (400 s, at the pier
   * 07:46:40); check-in for the 08:00 closes 07:50; on board 10 minutes; T2 is I's cell: there at
   * 08:10, 30 minutes: 6.67 on land, 10 on board, 13.33 waiting.
   * Leaving 16:45: at the pier 16:51:40, after the 17:00's check-in closed (16:50), and no later
   * sailing: the school is not reached that day.
   */
  QVariantMap p = parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "I", point( 7500, 2500 ) } } ) );
  p.insert( "FERRY_TIMETABLE", QVariant::fromValue( sailings() ) );
  p.insert( "FERRY_TERMINALS", QVariant::fromValue( terminals() ) );
  p.insert( "DEPART_AT", "Wed 07:40" );
  QString error;
  auto rows = run( p, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  QgsFeature a = rows.value( "A" );
  QCOMPARE( a.attribute( "service_id" ).toString(), QStringLiteral( "I" ) );
  COMPARE_NEAR( a.attribute( "minutes" ).toDouble(), 30.0, 1e-4 );
  COMPARE_NEAR( a.attribute( "road_min" ).toDouble(), 400.0 / 60, 1e-4 );
  COMPARE_NEAR( a.attribute( "ferry_min" ).toDouble(), 10.0, 1e-4 );
  COMPARE_NEAR( a.attribute( "wait_min" ).toDouble(), 13 + 1.0 / 3, 1e-4 );
  QCOMPARE( a.attribute( "ferry_legs" ).toInt(), 1 );
  QCOMPARE( a.attribute( "arrive_at" ).toString(), QStringLiteral( "08:10" ) );

  p.insert( "DEPART_AT", "Wed 16:45" );
  rows = run( p, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  a = rows.value( "A" );
  QVERIFY( a.attribute( "service_id" ).isNull() );
  QVERIFY( a.attribute( "minutes" ).isNull() );
  QVERIFY( mFeedback.warnings.join( '\n' ).contains( QStringLiteral( "1 origin(s) reach no service" ) ) );
}

void TestCostSurfaceTravelTimeAlgorithm::ferryCostedWithoutTheClock()
{
  // Crossing minutes only: 400 s to T1 + 600 s on board = 16.67 minutes at any hour.
  // Check-in and average wait: + 10 min check-in + 24 h / (2 x 2 sailings) = 6 h: 376.67 minutes.
  QVariantMap p = parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "I", point( 7500, 2500 ) } } ) );
  p.insert( "FERRY_TIMETABLE", QVariant::fromValue( sailings() ) );
  p.insert( "FERRY_TERMINALS", QVariant::fromValue( terminals() ) );
  p.insert( "DEPART_AT", "Wed 23:00" );
  p.insert( "FERRY_TIMING", 1 );
  QString error;
  auto rows = run( p, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.value( "A" ).attribute( "minutes" ).toDouble(), 1000.0 / 60, 1e-4 );
  QVERIFY( rows.value( "A" ).fieldNameIndex( "ferry_min" ) < 0 );
  p.insert( "FERRY_TIMING", 2 );
  rows = run( p, &error );
  COMPARE_NEAR( rows.value( "A" ).attribute( "minutes" ).toDouble(), 1000.0 / 60 + 10 + 360, 1e-3 );
}

void TestCostSurfaceTravelTimeAlgorithm::landInAnotherCrs()
{
  // The same land in EPSG:4326 (as GSHHG ships it): the same cells, so the same answer.
  const QgsCoordinateTransform toWgs84( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), QgsProject::instance() );
  QList<QPair<QString, QgsAttributes>> rows;
  for ( const QString &wkt : { MAINLAND, ISLAND } )
  {
    QgsGeometry geometry = QgsGeometry::fromWkt( wkt );
    geometry.transform( toWgs84 );
    rows << qMakePair( geometry.asWkt( 9 ), QgsAttributes() );
  }
  QgsVectorLayer *wgs84 = keep( placegaptest::memoryLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), rows, QStringLiteral( "land4326" ) ) );
  QString error;
  const auto result = run( parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "S", point( 500, 500 ) } } ), wgs84 ), &error );
  QVERIFY2( result.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( result.value( "A" ).attribute( "minutes" ).toDouble(), BAY_MINUTES, 1e-4 );
}

void TestCostSurfaceTravelTimeAlgorithm::speedsByArea()
{
  // Row 0 east of x = 2000 (cells 2, 3, 4 whose centres are in it) at 72 km/h, the rest at 36.
  // A -> S: moves (0,0)-(1,0) 100 s; (1,0)-(2,0) 50+25 = 75 s; (2,0)-(3,0) 50 s; (3,0)-(4,1)
  // diagonal 141.42 x (0.05 + 0.1)/2 / 0.1 = 106.07 s; (4,1)-(3,2) 141.42 s; 3 x 100 s west.
  // A second area with a NULL speed is warned about and left at the speed over land.
  const QString fast = QStringLiteral( "Polygon((%1))" ).arg( ring( { { 2000, 3000 }, { 5000, 3000 }, { 5000, 2000 }, { 2000, 2000 }, { 2000, 3000 } } ) );
  const QString unknown = QStringLiteral( "Polygon((%1))" ).arg( ring( { { 0, 1000 }, { 5000, 1000 }, { 5000, 0 }, { 0, 0 }, { 0, 1000 } } ) );
  QgsVectorLayer *speeds = keep( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=kmh:double" ), { qMakePair( fast, QgsAttributes() << 72.0 ), qMakePair( unknown, QgsAttributes() << QVariant() ) }, QStringLiteral( "speeds" ) ) );
  QVariantMap p = parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "S", point( 500, 500 ) } } ) );
  p.insert( "SPEED_LAYER", QVariant::fromValue( speeds ) );
  p.insert( "SPEED_FIELD", "kmh" );
  QString error;
  const auto rows = run( p, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  const double seconds = 100 + 75 + 50 + 100 * std::sqrt( 2.0 ) * 0.75 + 100 * std::sqrt( 2.0 ) + 300;
  COMPARE_NEAR( rows.value( "A" ).attribute( "minutes" ).toDouble(), seconds / 60, 1e-4 );
  QVERIFY2( mFeedback.warnings.join( '\n' ).contains( QRegularExpression( QStringLiteral( "Speeds by area feature \\d+: 'kmh' \\(SPEED_FIELD\\) is 'NULL'" ) ) ), qPrintable( mFeedback.warnings.join( '\n' ) ) );
}

void TestCostSurfaceTravelTimeAlgorithm::speedRaster()
{
  // The speeds of speedsByArea as a raster of the grid's own 1 km cells: 72 km/h in row 0, columns
  // 2 to 4; no data in columns 0 and 1 of that row, 0 km/h in row 1 and -5 in row 2 (not speeds:
  // those cells take the speed over land). The same 772.49 s.
  const QString path = mDir.filePath( QStringLiteral( "speeds.tif" ) );
  {
    GDALAllRegister();
    GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GTiff" ), path.toUtf8().constData(), 8, 3, 1, GDT_Float32, nullptr );
    double transform[6] = { X0, 1000, 0, Y0 + 3000, 0, -1000 };
    GDALSetGeoTransform( dataset, transform );
    GDALSetProjection( dataset, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) ).toWkt().toUtf8().constData() );
    GDALRasterBandH band = GDALGetRasterBand( dataset, 1 );
    GDALSetRasterNoDataValue( band, -9999 );
    float cells[24] = { -9999, -9999, 72, 72, 72, -9999, -9999, -9999, 0, 0, 0, 0, 0, 0, 0, 0, -5, -5, -5, -5, -5, -5, -5, -5 };
    QVERIFY( GDALRasterIO( band, GF_Write, 0, 0, 8, 3, cells, 8, 3, GDT_Float32, 0, 0 ) == CE_None );
    GDALClose( dataset );
  }
  QgsRasterLayer *speeds = new QgsRasterLayer( path, QStringLiteral( "speeds" ), QStringLiteral( "gdal" ) );
  QVERIFY( speeds->isValid() );
  QgsProject::instance()->addMapLayer( speeds );
  QVariantMap p = parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "S", point( 500, 500 ) } } ) );
  p.insert( "SPEED_RASTER", speeds->id() );
  QString error;
  const auto rows = run( p, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  const double seconds = 100 + 75 + 50 + 100 * std::sqrt( 2.0 ) * 0.75 + 100 * std::sqrt( 2.0 ) + 300;
  COMPARE_NEAR( rows.value( "A" ).attribute( "minutes" ).toDouble(), seconds / 60, 1e-4 );
  QgsProject::instance()->removeMapLayer( speeds );
}

void TestCostSurfaceTravelTimeAlgorithm::siteInTheSea()
{
  /*
   * B in the middle of the bay (col 2, row 1): the nearest land cells' centres are (2, 0) and
   * (2, 2), both 1,000 m away; the lower cell id (row 0) is taken. From (2, 0) the bay is walked
   * round: 1 straight move east, 2 diagonals, 3 straight moves west: 400 s + 2 x 141.42 s.
   * C, 2,400 m out to sea south of row 2, is beyond the 1,000 m allowed: NULL and a warning.
   */
  QVariantMap p = parameters( named( { { "B", point( 2500, 1500 ) }, { "C", point( 2500, -2400 ) } } ), named( { { "S", point( 500, 500 ) } } ) );
  QString error;
  const auto rows = run( p, &error );
  QVERIFY2( rows.size() == 2, qPrintable( error ) );
  const QgsFeature b = rows.value( "B" );
  COMPARE_NEAR( b.attribute( "origin_snap_m" ).toDouble(), 1000.0, 1e-6 );
  COMPARE_NEAR( b.attribute( "minutes" ).toDouble(), ( 400 + 200 * std::sqrt( 2.0 ) ) / 60, 1e-4 );
  const QgsFeature c = rows.value( "C" );
  QVERIFY( c.attribute( "minutes" ).isNull() );
  QVERIFY( c.attribute( "origin_snap_m" ).isNull() );
  const QString warnings = mFeedback.warnings.join( '\n' );
  QVERIFY2( warnings.contains( QRegularExpression( QStringLiteral( "Origin feature \\d+ is not on a land cell; it joins the nearest, 1000 m away" ) ) ), qPrintable( warnings ) );
  QVERIFY2( warnings.contains( QRegularExpression( QStringLiteral( "Origin feature \\d+ is in the sea or off the grid, more than 1000 m \\(LAND_SNAP_DISTANCE\\)" ) ) ), qPrintable( warnings ) );
}

void TestCostSurfaceTravelTimeAlgorithm::badInputIsRefused()
{
  QgsVectorLayer *origins = named( { { "A", point( 500, 2500 ) } } );
  QgsVectorLayer *services = named( { { "S", point( 500, 500 ) } } );
  QString error;

  QVariantMap p = parameters( origins, services );
  p.insert( "DEFAULT_SPEED", 0.0 );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "DEFAULT_SPEED" ) ), qPrintable( error ) );

  // 100 m cells: 78 x 28 = 2,184 cells over the land's extent, more than 1,000 allowed.
  p = parameters( origins, services );
  p.insert( "CELL_SIZE", 100.0 );
  p.insert( "MAX_CELLS", 1000.0 );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( QRegularExpression( QStringLiteral( "would need 2,?184 cells" ) ) ) && error.contains( QStringLiteral( "CELL_SIZE" ) ), qPrintable( error ) );

  p = parameters( origins, services );
  p.insert( "SPEED_LAYER", QVariant::fromValue( land() ) );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "SPEED_FIELD" ) ), qPrintable( error ) );

  // Ferries costed without the clock need the timetable's crossings.
  p = parameters( origins, services );
  p.insert( "FERRY_TIMING", 1 );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "FERRY_TIMETABLE" ) ), qPrintable( error ) );

  // Land that holds no polygon.
  QgsVectorLayer *empty = keep( placegaptest::memoryLayer( QStringLiteral( "Polygon" ), {}, QStringLiteral( "empty" ) ) );
  QVERIFY( run( parameters( origins, services, empty ), &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "(LAND) has no extent" ) ), qPrintable( error ) );

  // Land with no CRS.
  QgsVectorLayer *noCrs = land();
  noCrs->setCrs( QgsCoordinateReferenceSystem() );
  QVERIFY( run( parameters( origins, services, noCrs ), &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "LAND" ) ) && error.contains( QStringLiteral( "no CRS" ) ), qPrintable( error ) );
}

void TestCostSurfaceTravelTimeAlgorithm::twoOutputsInOneGeoPackage()
{
  // Two runs written as two layers of one GeoPackage, as the sample data's travel layers are: each
  // keeps its provenance record, under an identifier of its own (a GeoPackage's are unique).
  const QString file = mDir.filePath( QStringLiteral( "two.gpkg" ) );
  QStringList identifiers;
  for ( const QString &table : { QStringLiteral( "first" ), QStringLiteral( "second" ) } )
  {
    QVariantMap p = parameters( named( { { "A", point( 500, 2500 ) } } ), named( { { "S", point( 500, 500 ) } } ) );
    p.insert( "OUTPUT", QStringLiteral( "ogr:dbname='%1' table=\"%2\" (geom)" ).arg( file, table ) );
    QString error;
    QVERIFY2( run( p, &error ).size() == 1, qPrintable( error ) );
    QgsVectorLayer layer( file + QStringLiteral( "|layername=" ) + table, table, QStringLiteral( "ogr" ) );
    QVERIFY( layer.isValid() );
    QVERIFY( layer.metadata().history().value( 0 ).startsWith( QStringLiteral( "Made by placegap:costsurfacetraveltime" ) ) );
    identifiers << layer.metadata().identifier();
  }
  QCOMPARE( identifiers, QStringList( { "placegap:costsurfacetraveltime/OUTPUT (first)", "placegap:costsurfacetraveltime/OUTPUT (second)" } ) );
}

QTEST_MAIN( TestCostSurfaceTravelTimeAlgorithm )
#include "testcostsurfacetraveltimealgorithm.moc"
