/***************************************************************************
  testtraveltimematrixalgorithm.cpp - placegap:traveltimematrix: minutes and km over hand-built networks, checked by hand and against QGIS's own graph analyser
 ***************************************************************************/
#include "networktestfixture.h"
#include "placegapcompat.h"
#include "placegapcsvrows.h"

#include "qgsprocessingparameters.h"
#include "qgsprocessingregistry.h"
#include "qgsprocessingutils.h"
#include "qgsremappingproxyfeaturesink.h"

#include <charconv>
#include <limits>
#include <string>
#include <vector>

using namespace networktest;

class TestTravelTimeMatrix : public QObject, protected NetworkTestFixture
{
    Q_OBJECT

  private slots:
    void initTestCase() { startFixture(); }
    void cleanupTestCase() { stopFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void matrixOnHandBuiltNetwork();
    void matrixNearestAndCutOff();
    void threadsDoNotChangeTheMatrix();
    void matrixInAGeoPackageKeepsItsBookkeeping();
    void matrixInACsvFileReadsAsTheSame();
    void csvRowsFormattedOnEveryCoreKeepTheirOrder();
    void csvNumbersWrittenAsTheirValuesAre();
    void csvRowMadeInOneGoAsCellByCell();
    void csvOutputReplacesAPreviousMatrixOnlyWhenComplete();
    void csvOutputRegisteredAsQgisRegistersASink();
    void matrixMatchesQgsGraphAnalyzer();
    void roadClassSpeedsAndOffNetworkLeg();
    void shortestPathsLeaveOutWhatFastestLeavesOut();
    void originsInAnotherCrsAreReprojected();
    void polygonOriginsUseTheirPointOnSurface();
    void coordinateFieldsStandInForTheGeometry();
};

void TestTravelTimeMatrix::matrixOnHandBuiltNetwork()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  /*
   * O1 (0,-30): 30 m below A; it joins the network at A (30 s walking at 1 m/s).
   * O2 (100,0): at B.
   * S1 (100,0) = B: O1 -> 30 + A-B 10 = 40 s = 0.6667 min, 0.13 km.    O2 -> 0.
   * S2 (1200,20): 20 m above F. O1 -> 30 + 10 + ferry 900 + E-F 10 + 20 = 970 s = 16.1667 min;
   *    km = 0.03 + 0.1 + 1.0 + 0.1 + 0.02 = 1.25.   O2 -> 900 + 10 + 20 = 930 s = 15.5 min, 1.12 km.
   * S3 (50,1000): on the island: NULL from both.
   * S4 (0,0) = A: O1 -> 30 s = 0.5 min, 0.03 km. O2 -> against the one-way: B-C-D-A = 30 s = 0.5 min, 0.3 km.
   * Ranks of O1: S4 (30 s) 1, S1 (40 s) 2, S2 3; of O2: S1 1, S4 2, S2 3.
   */
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" }, { "O2", "Point(100 0)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" }, { "S2", "Point(1200 20)" }, { "S3", "Point(50 1000)" }, { "S4", "Point(0 0)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "matrix.gpkg" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( rows.size(), 8 ); // every pair, the unreachable ones too

  auto check = [&]( const char *origin, const char *destination, double seconds, double km, int rank )
  {
    const Row row = rows.value( qMakePair( QString( origin ), QString( destination ) ) );
    QVERIFY2( std::abs( row.minutes.toDouble() - seconds / 60.0 ) < 1e-9, qPrintable( QStringLiteral( "%1-%2: %3 min" ).arg( origin, destination ).arg( row.minutes.toDouble() ) ) );
    QVERIFY2( std::abs( row.km.toDouble() - km ) < 1e-9, qPrintable( QStringLiteral( "%1-%2: %3 km" ).arg( origin, destination ).arg( row.km.toDouble() ) ) );
    QCOMPARE( row.rank.toInt(), rank );
  };
  check( "O1", "S4", 30, 0.03, 1 );
  check( "O1", "S1", 40, 0.13, 2 );
  check( "O1", "S2", 970, 1.25, 3 );
  check( "O2", "S1", 0, 0, 1 );
  check( "O2", "S4", 30, 0.3, 2 );
  check( "O2", "S2", 930, 1.12, 3 );
  QVERIFY( isNullValue( rows.value( qMakePair( QString( "O1" ), QString( "S3" ) ) ).minutes ) );
  QVERIFY( isNullValue( rows.value( qMakePair( QString( "O1" ), QString( "S3" ) ) ).km ) );
  QVERIFY( isNullValue( rows.value( qMakePair( QString( "O2" ), QString( "S3" ) ) ).rank ) );
  QCOMPARE( rows.value( qMakePair( QString( "O1" ), QString( "S3" ) ) ).originSnap.toDouble(), 30.0 );
  QVERIFY( !mFeedback.warningsWith( { "2 origin-destination pair" } ).isEmpty() );
  QVERIFY( !mFeedback.warningsWith( { "2 separate parts" } ).isEmpty() );
}

void TestTravelTimeMatrix::matrixNearestAndCutOff()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" }, { "S2", "Point(1200 20)" }, { "S3", "Point(50 1000)" }, { "S4", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", services->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "NEAREST", 2 );
  parameters.insert( "OUTPUT", mDir->filePath( "nearest.gpkg" ) );
  QString error;
  QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( rows.keys(), ( QList<QPair<QString, QString>> { { "O1", "S1" }, { "O1", "S4" } } ) );

  // Within 16 minutes (960 s): S4 (30 s) and S1 (40 s); S2 at 970 s is out.
  parameters.insert( "NEAREST", 0 );
  parameters.insert( "MAX_MINUTES", 16 );
  parameters.insert( "OUTPUT", mDir->filePath( "cutoff.gpkg" ) );
  results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( rows.size(), 2 );
  parameters.insert( "MAX_MINUTES", 16.17 );
  parameters.insert( "OUTPUT", mDir->filePath( "cutoff2.gpkg" ) );
  results = run( "placegap:traveltimematrix", parameters, &error );
  QCOMPARE( readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" ).size(), 3 );
}

void TestTravelTimeMatrix::threadsDoNotChangeTheMatrix()
{
  // The same matrix on one thread and on two, and the log says how many searched.
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" }, { "O2", "Point(100 0)" }, { "O3", "Point(1150 5)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" }, { "S2", "Point(1200 20)" }, { "S4", "Point(0 0)" } } );
  QList<Rows> matrices;
  for ( const int threads : { 1, 2 } )
  {
    QVariantMap parameters = matrixParameters( network, origins, services, QStringLiteral( "threads%1.gpkg" ).arg( threads ) );
    parameters.insert( "THREADS", threads );
    mFeedback.infos.clear();
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    QVERIFY( mFeedback.saidSomething( QStringLiteral( "on %1 thread(s)" ).arg( threads ) ) );
    matrices << readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  }
  QCOMPARE( matrices[0].size(), 9 );
  for ( auto it = matrices[0].constBegin(); it != matrices[0].constEnd(); ++it )
  {
    QCOMPARE( matrices[1].value( it.key() ).minutes, it.value().minutes );
    QCOMPARE( matrices[1].value( it.key() ).km, it.value().km );
  }
}

void TestTravelTimeMatrix::matrixInAGeoPackageKeepsItsBookkeeping()
{
  // A GeoPackage output takes its rows in one SQLite transaction: the same rows as a memory
  // output, GDAL's feature count right, its feature-count triggers back in place afterwards.
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" }, { "O2", "Point(100 0)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" }, { "S2", "Point(1200 20)" }, { "S3", "Point(50 1000)" }, { "S4", "Point(0 0)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "bookkeeping.gpkg" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  parameters.insert( "OUTPUT", QgsProcessing::TEMPORARY_OUTPUT );
  const QVariantMap inMemory = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !inMemory.isEmpty(), qPrintable( error ) );
  const Rows fromFile = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( fromFile.size(), 8 );
  auto *memory = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( inMemory.value( "OUTPUT" ).toString(), *mContext ) );
  QVERIFY( memory );
  QCOMPARE( memory->featureCount(), 8LL );
  QgsFeature feature;
  QgsFeatureIterator it = memory->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const Row row = fromFile.value( qMakePair( feature.attribute( "origin_id" ).toString(), feature.attribute( "dest_id" ).toString() ) );
    QCOMPARE( row.minutes.isNull(), feature.attribute( "minutes" ).isNull() );
    if ( !row.minutes.isNull() )
      QCOMPARE( row.minutes.toDouble(), feature.attribute( "minutes" ).toDouble() );
  }
  const QString file = results.value( "OUTPUT" ).toString().section( '|', 0, 0 );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer.featureCount(), 8LL );
  // Read straight from SQLite: GDAL's count and its two feature-count triggers.
  sqlite3 *db = nullptr;
  QCOMPARE( sqlite3_open_v2( file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr ), SQLITE_OK );
  const auto single = [db]( const char *sql )
  {
    sqlite3_stmt *statement = nullptr;
    long long value = -1;
    if ( sqlite3_prepare_v2( db, sql, -1, &statement, nullptr ) == SQLITE_OK && sqlite3_step( statement ) == SQLITE_ROW )
      value = sqlite3_column_int64( statement, 0 );
    sqlite3_finalize( statement );
    return value;
  };
  QCOMPARE( single( "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'bookkeeping'" ), 8LL );
  QCOMPARE( single( "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trigger_%_feature_count_bookkeeping'" ), 2LL );
  sqlite3_close( db );
}

void TestTravelTimeMatrix::matrixMatchesQgsGraphAnalyzer()
{
  // Random networks of single straight segments between 120 grid-rounded points, some one-way,
  // random speeds; sites exactly on nodes. QGIS's own graph builder and Dijkstra are the judge.
  std::mt19937 random( 2024 );
  for ( int round = 0; round < 3; ++round )
  {
    std::uniform_int_distribution<int> coordinate( 0, 2000 );
    std::uniform_int_distribution<int> speed( 10, 110 );
    std::uniform_int_distribution<int> way( 0, 5 );
    QVector<QgsPointXY> points;
    for ( int i = 0; i < 120; ++i )
      points << QgsPointXY( coordinate( random ), coordinate( random ) );
    std::uniform_int_distribution<int> pick( 0, points.size() - 1 );
    QList<Line> lines;
    for ( int i = 0; i < 260; ++i )
    {
      const QgsPointXY a = points[pick( random )];
      const QgsPointXY b = points[pick( random )];
      const int w = way( random );
      lines << Line { QStringLiteral( "LineString(%1 %2, %3 %4)" ).arg( a.x() ).arg( a.y() ).arg( b.x() ).arg( b.y() ), w == 0 ? QVariant( "F" ) : ( w == 1 ? QVariant( "B" ) : QVariant( "T" ) ), speed( random ), QVariant(), QVariant() };
    }
    QgsVectorLayer *network = makeNetwork( lines );
    QList<SitePoint> origins;
    QList<SitePoint> destinations;
    for ( int i = 0; i < 15; ++i )
    {
      const QgsPointXY p = points[pick( random )];
      origins << SitePoint { QString::number( i ), QStringLiteral( "Point(%1 %2)" ).arg( p.x() ).arg( p.y() ) };
    }
    for ( int i = 0; i < 25; ++i )
    {
      const QgsPointXY p = points[pick( random )];
      destinations << SitePoint { QString::number( i ), QStringLiteral( "Point(%1 %2)" ).arg( p.x() ).arg( p.y() ) };
    }
    QgsVectorLayer *originLayer = makeSites( origins );
    QgsVectorLayer *destinationLayer = makeSites( destinations );
    QVariantMap parameters = networkParameters( network );
    parameters.insert( "ORIGINS", originLayer->id() );
    parameters.insert( "ORIGIN_ID_FIELD", "code" );
    parameters.insert( "DESTINATIONS", destinationLayer->id() );
    // QGIS's analyser ties each point to its nearest vertex whatever its part: so does PlaceGap here.
    parameters.insert( "MIN_PART_NODES", 0 );
    parameters.insert( "DESTINATION_ID_FIELD", "code" );
    parameters.insert( "OUTPUT", mDir->filePath( QStringLiteral( "random%1.gpkg" ).arg( round ) ) );
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
    QCOMPARE( rows.size(), origins.size() * destinations.size() );

    // QGIS: planar lengths (no ellipsoid), speed in km/h -> m/s, the same direction values.
    QgsVectorLayerDirector director( network, network->fields().lookupField( "dir" ), "F", "B", "T", QgsVectorLayerDirector::DirectionBoth );
    director.addStrategy( new QgsNetworkSpeedStrategy( network->fields().lookupField( "speed" ), 36, 1000.0 / 3600.0 ) );
    QgsGraphBuilder builder( network->crs(), false, 0, QStringLiteral( "NONE" ) );
    QVector<QgsPointXY> snapped;
    director.makeGraph( &builder, QVector<QgsPointXY>(), snapped );
    std::unique_ptr<QgsGraph> graph( builder.takeGraph() );
    int compared = 0;
    int unreachable = 0;
    for ( const SitePoint &origin : origins )
    {
      const QgsPointXY from = QgsGeometry::fromWkt( origin.wkt ).asPoint();
      const int start = graph->findVertex( from );
      QVector<int> tree;
      QVector<double> cost;
      if ( start >= 0 )
        QgsGraphAnalyzer::dijkstra( graph.get(), start, 0, &tree, &cost );
      for ( const SitePoint &destination : destinations )
      {
        const QgsPointXY to = QgsGeometry::fromWkt( destination.wkt ).asPoint();
        const int end = graph->findVertex( to );
        const double expected = start < 0 || end < 0 ? INFINITY : ( start == end ? 0.0 : ( tree[end] == -1 ? INFINITY : cost[end] ) );
        const Row row = rows.value( qMakePair( origin.id, destination.id ) );
        const QString where = QStringLiteral( "round %1, origin %2, destination %3" ).arg( round ).arg( origin.id, destination.id );
        if ( std::isinf( expected ) )
        {
          QVERIFY2( isNullValue( row.minutes ), qPrintable( where + QStringLiteral( ": %1 min, QGIS: unreachable" ).arg( row.minutes.toDouble() ) ) );
          ++unreachable;
        }
        else
        {
          QVERIFY2( !isNullValue( row.minutes ), qPrintable( where + QStringLiteral( ": NULL, QGIS: %1 s" ).arg( expected ) ) );
          QVERIFY2( std::abs( row.minutes.toDouble() * 60.0 - expected ) <= 1e-9 * std::max( 1.0, expected ), qPrintable( where + QStringLiteral( ": %1 s, QGIS %2 s" ).arg( row.minutes.toDouble() * 60.0, 0, 'f', 9 ).arg( expected, 0, 'f', 9 ) ) );
        }
        ++compared;
      }
    }
    QCOMPARE( compared, 15 * 25 );
    QVERIFY( unreachable < compared ); // the comparison is about real paths, not only NULLs
    mProject.removeAllMapLayers();
  }
}

void TestTravelTimeMatrix::roadClassSpeedsAndOffNetworkLeg()
{
  /*
   *  A(0,0) ---- "A Road", 7200 m ---- B(7200,0) ---- "track", 1600 m ---- C(8800,0)
   *  ---- "footway" 100 m ---- D(8900,0)       "hovercraft" (unknown) 500 m ---- E(9400,0)
   *  A Road 72 km/h: 360 s; track overridden by SPEED_TABLE to 8 km/h: 720 s;
   *  footway 0 km/h: left out, so D is reached only... not at all from A (it is then its own part);
   *  the unknown class takes DEFAULT_SPEED 36 km/h on D-E.
   *  Origin at A, destination 100 m north of C: legs at OFF_NETWORK_SPEED 6 km/h: 100 m = 60 s.
   *  A -> C' = 360 + 720 + 60 = 1140 s = 19 min, 8.9 km.
   */
  QgsVectorLayer *network = makeNetwork( {
      { "LineString(0 0, 7200 0)", QVariant(), QVariant(), "A Road", QVariant() },
      { "LineString(7200 0, 8800 0)", QVariant(), QVariant(), "track", QVariant() },
      { "LineString(8800 0, 8900 0)", QVariant(), QVariant(), "footway", QVariant() },
      { "LineString(8900 0, 9400 0)", QVariant(), QVariant(), "hovercraft", QVariant() },
  } );
  QgsVectorLayer *origins = makeSites( { { "A", "Point(0 0)" } } );
  QgsVectorLayer *services = makeSites( { { "C", "Point(8800 100)" }, { "E", "Point(9400 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.remove( "SPEED_FIELD" );
  parameters.insert( "ROAD_CLASS_FIELD", "class" );
  parameters.insert( "SPEED_TABLE", "track=8" );
  parameters.insert( "OFF_NETWORK_SPEED", 6 );
  parameters.insert( "MAX_SNAP_DISTANCE", 50 );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", services->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( "classes.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( rows.value( qMakePair( QString( "A" ), QString( "C" ) ) ).minutes.toDouble(), 19.0 );
  QCOMPARE( rows.value( qMakePair( QString( "A" ), QString( "C" ) ) ).km.toDouble(), 8.9 );
  QVERIFY( isNullValue( rows.value( qMakePair( QString( "A" ), QString( "E" ) ) ).minutes ) );
  QVERIFY( !mFeedback.warningsWith( { "hovercraft", "class", "DEFAULT_SPEED" } ).isEmpty() );
  // C is 100 m from the road, over MAX_SNAP_DISTANCE.
  QVERIFY( !mFeedback.warningsWith( { "DESTINATIONS) feature", "100.0 m", "MAX_SNAP_DISTANCE" } ).isEmpty() );
}

void TestTravelTimeMatrix::shortestPathsLeaveOutWhatFastestLeavesOut()
{
  /*
   *  A(0,0) ---- footway, 100 m ---- B(100,0)          (class speed 0: not driven)
   *  A(0,0) ---- SPEED_FIELD 0, 100 m ---- B(100,0)    (drawn a little apart, 100 m long too)
   *     \---- residential (0,0)-(0,100)-(100,100)-(100,0), 300 m ----/
   *  STRATEGY 0 (shortest) from A to B: 300 m by the road, as STRATEGY 1 does; never over the
   *  footway or the speed-0 line, which are left out of the graph whatever the strategy.
   */
  QgsVectorLayer *network = makeNetwork( {
      { "LineString(0 0, 100 0)", QVariant(), QVariant(), "footway", QVariant() },
      { "LineString(0 0, 50 -1, 100 0)", QVariant(), 0, "residential", QVariant() },
      { "LineString(0 0, 0 100, 100 100, 100 0)", QVariant(), QVariant(), "residential", QVariant() },
  } );
  QgsVectorLayer *sites = makeSites( { { "A", "Point(0 0)" }, { "B", "Point(100 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "STRATEGY", 0 );
  parameters.insert( "ROAD_CLASS_FIELD", "class" );
  parameters.insert( "ORIGINS", sites->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", sites->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( "shortest_excluded.gpkg" ) );
  QString error;
  QVERIFY2( !run( "placegap:traveltimematrix", parameters, &error ).isEmpty(), qPrintable( error ) );
  const Rows rows = readRows( mDir->filePath( "shortest_excluded.gpkg" ), "origin_id", "dest_id" );
  QVERIFY( std::abs( rows.value( { "A", "B" } ).km.toDouble() - 0.3 ) < 1e-9 );
  QVERIFY( rows.value( { "A", "B" } ).minutes.isNull() );
}

void TestTravelTimeMatrix::originsInAnotherCrsAreReprojected()
{
  // O1 of matrixOnHandBuiltNetwork given in WGS 84: the same answer to the millimetre.
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  const QgsCoordinateTransform toWgs84( QgsCoordinateReferenceSystem( "EPSG:27700" ), QgsCoordinateReferenceSystem( "EPSG:4326" ), mProject.transformContext() );
  const QgsPointXY o1 = toWgs84.transform( QgsPointXY( 0, -30 ) );
  QgsVectorLayer *origins = makeSites( { { "O1", QStringLiteral( "Point(%1 %2)" ).arg( o1.x(), 0, 'f', 12 ).arg( o1.y(), 0, 'f', 12 ) } }, "EPSG:4326" );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "reprojected.gpkg" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Row row = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" ).value( qMakePair( QString( "O1" ), QString( "S2" ) ) );
  QVERIFY2( std::abs( row.minutes.toDouble() * 60 - 970 ) < 1e-3, qPrintable( QString::number( row.minutes.toDouble() * 60, 'f', 6 ) ) );
  QVERIFY( std::abs( row.originSnap.toDouble() - 30 ) < 1e-3 );
}

void TestTravelTimeMatrix::polygonOriginsUseTheirPointOnSurface()
{
  // A 20 x 20 m square centred on (50,-10): its point on surface is (50,-10), 10 m below A-B, at along 50.
  // To S1 at B: 10 s leg + 50 m of A-B = 5 s: 15 s = 0.25 min.
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "P", "Polygon((40 -20, 60 -20, 60 0, 40 0, 40 -20))" } }, "EPSG:27700", "Polygon" );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "polygons.gpkg" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Row row = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" ).value( qMakePair( QString( "P" ), QString( "S1" ) ) );
  QCOMPARE( row.minutes.toDouble(), 0.25 );
}

void TestTravelTimeMatrix::coordinateFieldsStandInForTheGeometry()
{
  /*
   * The square of polygonOriginsUseTheirPointOnSurface with a population-weighted centroid at
   * (90,-10): 10 m below A-B at along 90. To S1 at B: 10 s leg + 10 m of road (1 s) = 11 s.
   * Q has a NULL centroid x: its point on surface (50,-10) is used, 15 s, with a warning.
   */
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "P", "Polygon((40 -20, 60 -20, 60 0, 40 0, 40 -20))", 100, 10, 90, -10 },
                                         { "Q", "Polygon((40 -20, 60 -20, 60 0, 40 0, 40 -20))", 100, 10, QVariant(), -10 } },
                                       "EPSG:27700", "Polygon" );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "ORIGINS_X_FIELD", "cx" );
  parameters.insert( "ORIGINS_Y_FIELD", "cy" );
  parameters.insert( "DESTINATIONS", services->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( "centroids.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QVERIFY( std::abs( rows.value( qMakePair( QString( "P" ), QString( "S1" ) ) ).minutes.toDouble() * 60 - 11 ) < 1e-9 );
  QVERIFY( std::abs( rows.value( qMakePair( QString( "Q" ), QString( "S1" ) ) ).minutes.toDouble() * 60 - 15 ) < 1e-9 );
  QVERIFY( !mFeedback.warningsWith( { "ORIGINS) feature 2", "'cx'", "NULL" } ).isEmpty() );

  parameters.remove( "ORIGINS_Y_FIELD" );
  QVERIFY( run( "placegap:traveltimematrix", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "ORIGINS_X_FIELD" ) && error.contains( "ORIGINS_Y_FIELD" ), qPrintable( error ) );
  parameters.insert( "ORIGINS_Y_FIELD", "code" );
  QVERIFY( run( "placegap:traveltimematrix", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "'code'" ) && error.contains( "numeric" ), qPrintable( error ) );
}

// A CSV output is written in one buffered pass: read back (by GDAL, as QGIS reads it) it holds
// the rows of a memory output, numbers to the last digit, ids with commas and quotes intact.
void TestTravelTimeMatrix::matrixInACsvFileReadsAsTheSame()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O,1", "Point(0 -30)" }, { "O \"2\"", "Point(100 0)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" }, { "S2", "Point(1200 20)" }, { "S3", "Point(50 1000)" }, { "S4", "Point(0 0)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "matrix.csv" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  parameters.insert( "OUTPUT", QgsProcessing::TEMPORARY_OUTPUT );
  const QVariantMap inMemory = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !inMemory.isEmpty(), qPrintable( error ) );

  // Written by PlaceGap, not GDAL's writer: numbers bare, only strings that need it quoted.
  QFile text( results.value( "OUTPUT" ).toString() );
  QVERIFY( text.open( QIODevice::ReadOnly ) );
  const QByteArray written = text.readAll();
  QVERIFY2( written.startsWith( "origin_id,dest_id,minutes,km,rank," ), written.left( 80 ).constData() );
  QVERIFY( written.contains( "\"O,1\",S1," ) );
  QVERIFY( written.contains( "\"O \"\"2\"\"\",S1," ) );
  QVERIFY( !written.contains( "\"S1\"" ) );
  QgsVectorLayer csv( results.value( "OUTPUT" ).toString(), "csv", "ogr" );
  QVERIFY( csv.isValid() );
  auto *memory = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( inMemory.value( "OUTPUT" ).toString(), *mContext ) );
  QVERIFY( memory );
  QCOMPARE( csv.featureCount(), 8LL );
  QStringList names;
  for ( const QgsField &field : memory->fields() )
    names << field.name();
  QStringList csvNames;
  for ( const QgsField &field : csv.fields() )
    csvNames << field.name();
  QCOMPARE( csvNames, names );
  QMap<QPair<QString, QString>, QgsAttributes> expected;
  QgsFeature feature;
  QgsFeatureIterator it = memory->getFeatures();
  while ( it.nextFeature( feature ) )
    expected.insert( qMakePair( feature.attribute( "origin_id" ).toString(), feature.attribute( "dest_id" ).toString() ), feature.attributes() );
  QCOMPARE( expected.size(), 8 );
  QVERIFY( expected.contains( qMakePair( QStringLiteral( "O,1" ), QStringLiteral( "S1" ) ) ) );
  it = csv.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QgsAttributes want = expected.value( qMakePair( feature.attribute( "origin_id" ).toString(), feature.attribute( "dest_id" ).toString() ) );
    QVERIFY2( !want.isEmpty(), qPrintable( feature.attribute( "origin_id" ).toString() ) );
    for ( int i = 2; i < want.size(); ++i )
    {
      const QVariant got = feature.attribute( i );
      // GDAL reads an empty CSV cell as NULL or an empty string.
      QCOMPARE( got.isNull() || got.toString().isEmpty(), want.at( i ).isNull() );
      if ( !want.at( i ).isNull() )
        QCOMPARE( got.toString().toDouble(), want.at( i ).toDouble() );
    }
  }
}

// Many origins: a CSV file's rows are formatted on every core, a chunk of origins at a time;
// the file is the same, byte for byte, as written on one thread, row by row.
void TestTravelTimeMatrix::csvRowsFormattedOnEveryCoreKeepTheirOrder()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QList<SitePoint> many;
  for ( int k = 0; k < 300; ++k )
    many << SitePoint { QStringLiteral( "O%1" ).arg( k ), QStringLiteral( "Point(%1 %2)" ).arg( ( k * 37 ) % 1200 ).arg( ( k * 53 ) % 1000 ) };
  QgsVectorLayer *origins = makeSites( many );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" }, { "S2", "Point(1200 20)" }, { "S3", "Point(50 1000)" } } );
  QByteArray written[2];
  for ( int threads : { 1, 2 } )
  {
    QVariantMap parameters = matrixParameters( network, origins, services, QStringLiteral( "many_%1.csv" ).arg( threads ) );
    parameters.insert( "THREADS", threads );
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    QFile text( results.value( "OUTPUT" ).toString() );
    QVERIFY( text.open( QIODevice::ReadOnly ) );
    written[threads - 1] = text.readAll();
  }
  QCOMPARE( written[0].count( '\n' ), 901 );
  QVERIFY( written[0].contains( "\r\nO299,S1," ) );
  QVERIFY( written[0] == written[1] );
}

// A matrix formats its minutes, km and ranks as plain numbers, without a QVariant each: the
// CSV cells are those a value of the same number makes, digit for digit, and read back alike.
void TestTravelTimeMatrix::csvNumbersWrittenAsTheirValuesAre()
{
  const PlaceGapCsvRows writer( mDir->filePath( "numbers.csv" ), QgsFields() );
  QVERIFY( writer.isOpen() );
  const double infinity = std::numeric_limits<double>::infinity();
  const QList<double> numbers { 0.0, -0.0, 0.1, 2.0 / 3.0, 16.166666666666668, 1e21, 1e-7, -12.5, 123456789.0, infinity, -infinity, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min() };
  for ( const double number : numbers )
  {
    std::string asNumber, asValue;
    writer.formatNumber( number, asNumber );
    writer.formatCell( std::isfinite( number ) ? QVariant( number ) : QVariant(), asValue );
    QCOMPARE( QString::fromStdString( asNumber ), QString::fromStdString( asValue ) );
    if ( std::isfinite( number ) )
    {
      double readBack = 0.0;
      QVERIFY( std::from_chars( asNumber.data(), asNumber.data() + asNumber.size(), readBack ).ec == std::errc() );
      QCOMPARE( readBack, number );
    }
    else
      QVERIFY( asNumber.empty() );
  }
  std::string twoThirds;
  writer.formatNumber( 2.0 / 3.0, twoThirds );
  QCOMPARE( QString::fromStdString( twoThirds ), QStringLiteral( "0.6666666666666666" ) );
  for ( const long long integer : { 0LL, 1LL, -7LL, 500LL, std::numeric_limits<long long>::max(), std::numeric_limits<long long>::min() } )
  {
    std::string asInteger, asValue;
    writer.formatInteger( integer, asInteger );
    writer.formatCell( QVariant( integer ), asValue );
    QCOMPARE( QString::fromStdString( asInteger ), QString::number( integer ) );
    QCOMPARE( QString::fromStdString( asInteger ), QString::fromStdString( asValue ) );
    std::string fromInt;
    writer.formatCell( QVariant( static_cast<int>( integer % 1000 ) ), fromInt );
    std::string fromInteger;
    writer.formatInteger( integer % 1000, fromInteger );
    QCOMPARE( QString::fromStdString( fromInteger ), QString::fromStdString( fromInt ) );
  }
}

namespace
{
  //! A writer with only the interface's own formatRowOf(), cells made as a text file's writer makes them.
  class CellByCellWriter : public PlaceGapRowWriter
  {
    public:
      explicit CellByCellWriter( const PlaceGapCsvRows &csv )
          : mCsv( csv ) {}
      bool isOpen() const override { return true; }
      QString error() const override { return QString(); }
      bool add( const QgsAttributes & ) override { return false; }
      bool commit() override { return false; }
      bool formatsApart() const override { return true; }
      void formatNumber( double value, std::string &cell ) const override { mCsv.formatNumber( value, cell ); }
      void formatInteger( long long value, std::string &cell ) const override { mCsv.formatInteger( value, cell ); }
      void formatRow( const std::vector<std::string_view> &cells, std::string &block ) const override { mCsv.formatRow( cells, block ); }

    private:
      const PlaceGapCsvRows &mCsv;
  };
} // namespace

// A matrix's rows are made in one go (formatRowOf): the same text as the cells made one by one
// and joined by formatRow(), for numbers of every form, empty parts, and rows too long for the
// stack.
void TestTravelTimeMatrix::csvRowMadeInOneGoAsCellByCell()
{
  const PlaceGapCsvRows csv( mDir->filePath( "rows.csv" ), QgsFields() );
  QVERIFY( csv.isOpen() );
  const CellByCellWriter cellByCell( csv );
  using Part = PlaceGapRowWriter::RowPart;
  const double infinity = std::numeric_limits<double>::infinity();
  const std::string quoted = "\"Loch Ness, north\"";
  const std::string longest( 600, 'x' );
  const std::vector<std::vector<Part>> rows {
      { Part::ofCell( "O1" ), Part::ofCell( "S1" ), Part::ofNumber( 16.166666666666668 ), Part::ofNumber( 0.1 ), Part::ofInteger( 1 ), Part::ofCell( "9.331397911231848e-10" ), Part::ofCell( "0" ) },
      { Part::ofCell( quoted ), Part(), Part(), Part::ofNumber( std::numeric_limits<double>::quiet_NaN() ), Part::ofNumber( infinity ), Part::ofCell( "" ), Part::ofCell( "" ) },
      { Part::ofNumber( -std::numeric_limits<double>::max() ), Part::ofNumber( -std::numeric_limits<double>::denorm_min() ), Part::ofNumber( -2.2250738585072014e-308 ), Part::ofInteger( std::numeric_limits<long long>::min() ), Part::ofInteger( std::numeric_limits<long long>::max() ), Part::ofNumber( 1e21 ), Part::ofNumber( -0.0 ) },
      { Part::ofCell( longest ), Part::ofNumber( 2.0 / 3.0 ), Part::ofCell( longest ) },
      {},
  };
  std::string inOneGo( "header\r\n" ), oneByOne( "header\r\n" );
  for ( const std::vector<Part> &row : rows )
  {
    csv.formatRowOf( row.data(), row.size(), inOneGo );
    cellByCell.formatRowOf( row.data(), row.size(), oneByOne );
  }
  QCOMPARE( QString::fromStdString( inOneGo ), QString::fromStdString( oneByOne ) );
  QVERIFY( inOneGo.find( "\r\nO1,S1,16.166666666666668,0.1,1,9.331397911231848e-10,0\r\n" ) != std::string::npos );
  QVERIFY( inOneGo.find( "\r\n" + quoted + ",,,,,,\r\n" ) != std::string::npos );
  QVERIFY( inOneGo.find( ",-9223372036854775808,9223372036854775807,1e+21,-0\r\n" ) != std::string::npos );
  QCOMPARE( inOneGo.size(), oneByOne.size() );
  QVERIFY( inOneGo.size() > 1200 );
}

// A matrix written over a previous one replaces it only when complete: until then, and when the
// run stops short, the previous file is as it was, and nothing partial is left beside it.
void TestTravelTimeMatrix::csvOutputReplacesAPreviousMatrixOnlyWhenComplete()
{
  const QString path = mDir->filePath( "previous.csv" );
  const auto contents = [&path]()
  {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray( "(missing)" );
  };
  const auto partials = [this]()
  { return QDir( mDir->path() ).entryList( { QStringLiteral( "*_partial_*" ) }, QDir::Files ).size(); };
  {
    QFile previous( path );
    QVERIFY( previous.open( QIODevice::WriteOnly ) );
    previous.write( "origin_id\r\nprevious\r\n" );
  }
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "origin_id" ), QVariant::String ) );
  {
    PlaceGapCsvRows stoppedShort( path, fields );
    QVERIFY( stoppedShort.isOpen() );
    QVERIFY( stoppedShort.add( QgsAttributes( QVector<QVariant> { QStringLiteral( "new" ) } ) ) );
    QCOMPARE( partials(), 1 );
    QCOMPARE( contents(), QByteArray( "origin_id\r\nprevious\r\n" ) );
  }
  QCOMPARE( contents(), QByteArray( "origin_id\r\nprevious\r\n" ) );
  QCOMPARE( partials(), 0 );

  PlaceGapCsvRows complete( path, fields );
  QVERIFY( complete.add( QgsAttributes( QVector<QVariant> { QStringLiteral( "new" ) } ) ) );
  QCOMPARE( contents(), QByteArray( "origin_id\r\nprevious\r\n" ) );
  QVERIFY2( complete.commit(), qPrintable( complete.error() ) );
  QCOMPARE( contents(), QByteArray( "origin_id\r\nnew\r\n" ) );
  QCOMPARE( partials(), 0 );
}

// A CSV output is made without QGIS's writer: the output is registered to be loaded on completion
// exactly as QGIS's parameterAsSink() registers a sink; a destination it does not take (a
// GeoPackage, a memory layer, fields remapped into an existing layer) is left to the sink.
void TestTravelTimeMatrix::csvOutputRegisteredAsQgisRegistersASink()
{
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( "placegap:traveltimematrix" );
  QVERIFY( algorithm );
  const QgsProcessingParameterDefinition *definition = algorithm->parameterDefinition( "OUTPUT" );
  QVERIFY( definition );
  QgsFields fields;
  fields.append( QgsField( "origin_id", QVariant::String ) );
  fields.append( QgsField( "minutes", QVariant::Double ) );

  for ( const QString &destinationName : { QString(), QStringLiteral( "Minutes to school" ) } )
  {
    QgsProcessingOutputLayerDefinition output( mDir->filePath( "registered.csv" ), &mProject );
    output.destinationName = destinationName;
    QgsProcessingContext ours;
    QString destination;
    std::unique_ptr<PlaceGapRowWriter> writer = PlaceGapRowWriter::forCsvOutput( *definition, QVariant::fromValue( output ), fields, ours, destination );
    QVERIFY( writer && writer->isOpen() );
    QCOMPARE( destination, mDir->filePath( "registered.csv" ) );
    QVERIFY( writer->commit() );
    QFile made( destination );
    QVERIFY( made.open( QIODevice::ReadOnly ) );
    QCOMPARE( made.readAll(), QByteArray( "origin_id,minutes\r\n" ) );

    QgsProcessingContext qgis;
    QString sinkDestination;
    std::unique_ptr<QgsFeatureSink> sink( QgsProcessingParameters::parameterAsSink( definition, QVariant::fromValue( output ), fields, placegap::compat::WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem(), qgis, sinkDestination ) );
    QVERIFY( sink );
    sink.reset();
    QCOMPARE( destination, sinkDestination );
    QVERIFY( ours.willLoadLayerOnCompletion( destination ) );
    QVERIFY( qgis.willLoadLayerOnCompletion( destination ) );
    const QgsProcessingContext::LayerDetails got = ours.layerToLoadOnCompletionDetails( destination );
    const QgsProcessingContext::LayerDetails want = qgis.layerToLoadOnCompletionDetails( destination );
    QCOMPARE( got.name, want.name );
    QCOMPARE( got.name, destinationName.isEmpty() ? definition->description() : destinationName );
    QCOMPARE( got.project, want.project );
    QCOMPARE( got.outputName, want.outputName );
    QCOMPARE( got.layerTypeHint, want.layerTypeHint );
    QCOMPARE( got.forceName, want.forceName );
  }

  // Without a project to load it into, nothing is registered (as for a sink).
  QgsProcessingContext plain;
  QString destination;
  QVERIFY( PlaceGapRowWriter::forCsvOutput( *definition, mDir->filePath( "plain.csv" ), fields, plain, destination ) );
  QVERIFY( !plain.willLoadLayerOnCompletion( destination ) );

  // Left to the sink.
  for ( const QVariant &value : { QVariant( mDir->filePath( "table.gpkg" ) ), QVariant( QgsProcessing::TEMPORARY_OUTPUT ), QVariant( mDir->filePath( "x.csv" ) + "|layername=x" ) } )
  {
    QString none;
    QVERIFY2( !PlaceGapRowWriter::forCsvOutput( *definition, value, fields, plain, none ), qPrintable( value.toString() ) );
    QVERIFY( none.isEmpty() );
  }
  QgsProcessingOutputLayerDefinition remapped( mDir->filePath( "remapped.csv" ) );
  remapped.setRemappingDefinition( QgsRemappingSinkDefinition() );
  QVERIFY( PlaceGapRowWriter::remapsFields( QVariant::fromValue( remapped ) ) );
  QVERIFY( !PlaceGapRowWriter::forCsvOutput( *definition, QVariant::fromValue( remapped ), fields, plain, destination ) );
  QVERIFY( !QFileInfo::exists( mDir->filePath( "remapped.csv" ) ) );
}

QTEST_MAIN( TestTravelTimeMatrix )
#include "testtraveltimematrixalgorithm.moc"
