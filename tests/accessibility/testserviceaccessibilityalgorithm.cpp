/***************************************************************************
  testserviceaccessibilityalgorithm.cpp - the service accessibility algorithms through the registry
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgscoordinatetransform.h"
#include "qgsdistancearea.h"
#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsgraph.h"
#include "qgsgraphanalyzer.h"
#include "qgsgraphbuilder.h"
#include "qgsnetworkspeedstrategy.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorfilewriter.h"
#include "qgsvectorlayer.h"
#include "qgsvectorlayerdirector.h"

#include <QTemporaryDir>

#include <QtTest>
#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <random>

namespace
{
  //! One network line: WKT, direction value, speed (km/h), road class, ferry minutes.
  struct Line
  {
      QString wkt;
      QVariant direction;
      QVariant speed;
      QVariant roadClass;
      QVariant ferryMinutes;
  };

  //! One site: id, WKT, population and places.
  struct SitePoint
  {
      QString id;
      QString wkt;
      QVariant pop = 100;
      QVariant places = 10;
      QVariant cx = QVariant();
      QVariant cy = QVariant();
  };

  //! A result row keyed by (origin id, destination id).
  struct Row
  {
      QVariant minutes;
      QVariant km;
      QVariant rank;
      QVariant originSnap;
  };
  using Rows = QMap<QPair<QString, QString>, Row>;

  //! Also keeps the information messages (the graph cache reports there).
  class InfoFeedback : public placegaptest::CapturingFeedback
  {
    public:
      void pushInfo( const QString &info ) override
      {
        infos << info;
        placegaptest::CapturingFeedback::pushInfo( info );
      }
      bool saidSomething( const QString &fragment ) const
      {
        return std::any_of( infos.begin(), infos.end(), [&fragment]( const QString &info )
                            { return info.contains( fragment ); } );
      }
      QStringList infos;
  };

  /*
   * The hand-built network (EPSG:27700, metres; speeds 36 km/h = 10 m/s unless said):
   *
   *   island  G(0,1000) ------ H(100,1000)                 (no ferry: unreachable)
   *
   *   D(0,100) ------------ C(100,100)
   *   |                        |
   *   A(0,0) ------>------- B(100,0) ~~~~ ferry 10 min ~~~~ E(1100,0) ---- F(1200,0)
   *   (A -> B one-way: dir 'F')          (FERRY_WAIT 5 min: 900 s a crossing)
   */
  const QList<Line> HAND_NETWORK {
      { "LineString(0 0, 100 0)", "F", 36, QVariant(), QVariant() },
      { "LineString(100 0, 100 100)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(100 100, 0 100)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(0 100, 0 0)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(100 0, 1100 0)", QVariant(), QVariant(), QVariant(), 10 },
      { "LineString(1100 0, 1200 0)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(0 1000, 100 1000)", QVariant(), 36, QVariant(), QVariant() },
  };
} // namespace

class TestServiceAccessibility : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void matrixOnHandBuiltNetwork();
    void matrixNearestAndCutOff();
    void threadsDoNotChangeTheMatrix();
    void matrixInAGeoPackageKeepsItsBookkeeping();
    void matrixMatchesQgsGraphAnalyzer();
    void roadClassSpeedsAndOffNetworkLeg();
    void shortestPathsLeaveOutWhatFastestLeavesOut();
    void originsInAnotherCrsAreReprojected();
    void polygonOriginsUseTheirPointOnSurface();
    void coordinateFieldsStandInForTheGeometry();
    void nearestServiceWithRoutes();
    void nearestServiceUnreachableIsNull();
    void sitesNearAFragmentJoinTheMainNetwork();

    void coverageCountsAndCapacities();
    void textCapacitiesAreMissingNotZero();
    void hugeToleranceDuplicateIdsAndMultipointsAreWarned();
    void floatingCatchmentWorkedExample_data();
    void floatingCatchmentWorkedExample();
    void floatingCatchmentBadInput();

    void serviceAreasFollowTheRoads();
    void graphCacheSkipsTheSecondBuild();
    void graphCacheFollowsContentAndChecksums();

    void emptyNetworkFails();
    void nonLineNetworkIsRefused();
    void geographicNetworkIsBuiltInUtm();
    void lineSitesAreRefused();
    void zeroAndNullSpeedsAreWarned();
    void nullGeometriesAreWarnedAndNull();
    void badParametersAreRefused();

  private:
    QgsVectorLayer *makeNetwork( const QList<Line> &lines, const QString &crs = QStringLiteral( "EPSG:27700" ), const QString &geometry = QStringLiteral( "LineString" ) );
    QgsVectorLayer *makeSites( const QList<SitePoint> &sites, const QString &crs = QStringLiteral( "EPSG:27700" ), const QString &geometry = QStringLiteral( "Point" ) );
    QVariantMap networkParameters( QgsVectorLayer *network ) const;
    //! Travel time matrix parameters from origins to destinations, both identified by their 'code', written to output.
    QVariantMap matrixParameters( QgsVectorLayer *network, QgsVectorLayer *origins, QgsVectorLayer *destinations, const QString &output ) const;
    //! Runs an algorithm; returns its results, or an empty map and the message.
    QVariantMap run( const QString &id, const QVariantMap &parameters, QString *error = nullptr );
    Rows readRows( const QString &path, const QString &originField, const QString &destinationField );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    InfoFeedback mFeedback;
    QTemporaryDir mCacheDir;
    QgsProject mProject;
};

void TestServiceAccessibility::initTestCase()
{
  // A graph cache of this test's own, not the user's.
  qputenv( "PLACEGAP_GRAPH_CACHE", mCacheDir.filePath( "graphcache.sqlite" ).toLocal8Bit() );
  placegaptest::startQgis();
}

void TestServiceAccessibility::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestServiceAccessibility::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
  mFeedback.infos.clear();
}

void TestServiceAccessibility::cleanup()
{
  mProject.removeAllMapLayers();
}

QgsVectorLayer *TestServiceAccessibility::makeNetwork( const QList<Line> &lines, const QString &crs, const QString &geometry )
{
  const QString uri = QStringLiteral( "%1?crs=%2&field=dir:string&field=speed:double&field=class:string&field=ferry:double" ).arg( geometry, crs );
  auto *layer = new QgsVectorLayer( uri, QStringLiteral( "network" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const Line &line : lines )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << line.direction << line.speed << line.roadClass << line.ferryMinutes );
    if ( !line.wkt.isEmpty() )
      feature.setGeometry( QgsGeometry::fromWkt( line.wkt ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QgsVectorLayer *TestServiceAccessibility::makeSites( const QList<SitePoint> &sites, const QString &crs, const QString &geometry )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "%1?crs=%2&field=code:string&field=pop:double&field=places:double&field=cx:double&field=cy:double" ).arg( geometry, crs ), QStringLiteral( "sites" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const SitePoint &site : sites )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << site.id << site.pop << site.places << site.cx << site.cy );
    if ( !site.wkt.isEmpty() )
      feature.setGeometry( QgsGeometry::fromWkt( site.wkt ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QVariantMap TestServiceAccessibility::matrixParameters( QgsVectorLayer *network, QgsVectorLayer *origins, QgsVectorLayer *destinations, const QString &output ) const
{
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", destinations->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( output ) );
  return parameters;
}

QVariantMap TestServiceAccessibility::networkParameters( QgsVectorLayer *network ) const
{
  return QVariantMap {
      { "INPUT", network->id() },
      { "STRATEGY", 1 },
      { "DIRECTION_FIELD", "dir" },
      { "VALUE_FORWARD", "F" },
      { "VALUE_BACKWARD", "B" },
      { "VALUE_BOTH", "T" },
      { "DEFAULT_DIRECTION", 2 },
      { "SPEED_FIELD", "speed" },
      { "DEFAULT_SPEED", 36 },
      { "FERRY_FIELD", "ferry" },
      { "FERRY_WAIT", 5 },
      { "OFF_NETWORK_SPEED", 3.6 }, // 1 m/s: the off-network legs in seconds are their metres
  };
}

QVariantMap TestServiceAccessibility::run( const QString &id, const QVariantMap &parameters, QString *error )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  if ( !algorithm )
  {
    if ( error )
      *error = QStringLiteral( "no algorithm %1" ).arg( id );
    return QVariantMap();
  }
  QString message;
  if ( !algorithm->checkParameterValues( parameters, *mContext, &message ) )
  {
    if ( error )
      *error = message;
    return QVariantMap();
  }
  try
  {
    bool ok = false;
    const QVariantMap results = algorithm->run( parameters, *mContext, &mFeedback, &ok, QVariantMap(), false );
    return ok ? results : QVariantMap();
  }
  catch ( QgsProcessingException &e )
  {
    if ( error )
      *error = e.what();
    return QVariantMap();
  }
}

Rows TestServiceAccessibility::readRows( const QString &path, const QString &originField, const QString &destinationField )
{
  Rows rows;
  QgsVectorLayer layer( path, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  if ( !layer.isValid() )
    return rows;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QPair<QString, QString> key( feature.attribute( originField ).toString(), feature.attribute( destinationField ).toString() );
    rows.insert( key, Row { feature.attribute( QStringLiteral( "minutes" ) ), feature.attribute( QStringLiteral( "km" ) ), feature.attribute( QStringLiteral( "rank" ) ), feature.attribute( QStringLiteral( "origin_snap_m" ) ) } );
  }
  return rows;
}

static bool isNullValue( const QVariant &value )
{
  return value.isNull() || !value.isValid();
}

void TestServiceAccessibility::matrixOnHandBuiltNetwork()
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

void TestServiceAccessibility::threadsDoNotChangeTheMatrix()
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

void TestServiceAccessibility::matrixInAGeoPackageKeepsItsBookkeeping()
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

void TestServiceAccessibility::matrixNearestAndCutOff()
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

void TestServiceAccessibility::matrixMatchesQgsGraphAnalyzer()
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

void TestServiceAccessibility::shortestPathsLeaveOutWhatFastestLeavesOut()
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

void TestServiceAccessibility::roadClassSpeedsAndOffNetworkLeg()
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

void TestServiceAccessibility::originsInAnotherCrsAreReprojected()
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

void TestServiceAccessibility::polygonOriginsUseTheirPointOnSurface()
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

void TestServiceAccessibility::coordinateFieldsStandInForTheGeometry()
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

void TestServiceAccessibility::nearestServiceWithRoutes()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O2", "Point(100 0)" }, { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" }, { "S4", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "ROUTES", true );
  parameters.insert( "OUTPUT", mDir->filePath( "nearest.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:nearestservice", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QVERIFY( layer.isValid() );
  QCOMPARE( layer.featureCount(), 2LL );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  QMap<QString, QgsFeature> byOrigin;
  while ( it.nextFeature( feature ) )
    byOrigin.insert( feature.attribute( "code" ).toString(), feature );
  // O2 at B: nearest is S4 at A, against the one-way A->B: B-C-D-A, 30 s; the route runs round the square.
  const QgsFeature o2 = byOrigin.value( "O2" );
  QCOMPARE( o2.attribute( "service_id" ).toString(), QString( "S4" ) );
  QCOMPARE( o2.attribute( "minutes" ).toDouble(), 0.5 );
  QCOMPARE( o2.attribute( "rank" ).toInt(), 1 );
  QCOMPARE( o2.geometry().asWkt( 0 ), QString( "LineString (100 0, 100 100, 0 100, 0 0)" ) );
  QCOMPARE( o2.geometry().length(), 300.0 );
  // O1: 30 m walk to A, where S4 is.
  const QgsFeature o1 = byOrigin.value( "O1" );
  QCOMPARE( o1.attribute( "service_id" ).toString(), QString( "S4" ) );
  QCOMPARE( o1.attribute( "minutes" ).toDouble(), 0.5 );
  QCOMPARE( o1.geometry().asWkt( 0 ), QString( "LineString (0 -30, 0 0)" ) );

  // Two nearest, as points: O1 gets S4 then S2 (970 s).
  parameters.insert( "ROUTES", false );
  parameters.insert( "NEAREST", 2 );
  parameters.insert( "OUTPUT", mDir->filePath( "nearest2.gpkg" ) );
  const QVariantMap two = run( "placegap:nearestservice", parameters, &error );
  QVERIFY2( !two.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer2( two.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer2.featureCount(), 4LL );
  it = layer2.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    QCOMPARE( feature.geometry().type(), QgsWkbTypes::PointGeometry );
    if ( feature.attribute( "code" ).toString() == "O1" && feature.attribute( "rank" ).toInt() == 2 )
    {
      QCOMPARE( feature.attribute( "service_id" ).toString(), QString( "S2" ) );
      QVERIFY( std::abs( feature.attribute( "minutes" ).toDouble() * 60 - 970 ) < 1e-9 );
    }
  }
}

void TestServiceAccessibility::sitesNearAFragmentJoinTheMainNetwork()
{
  /*
   *   fragment  P(40,40) -- Q(60,40)        a lane cut off from the roads (2 nodes)
   *   A(0,0) -------------- B(100,0)        the main network; S at B
   *
   * O (50,35) is 5 m from the lane and 35 m from A-B: it joins A-B instead (35 m, within 100 m),
   * with a warning; the lane would reach nothing. With MIN_PART_NODES 0 it stays on the lane.
   * The hand network's island (900 m off) keeps ISLAND, however small: see the test above.
   */
  QgsVectorLayer *network = makeNetwork( { { "LineString(0 0, 100 0)", QVariant(), 36, QVariant(), QVariant() }, { "LineString(40 40, 60 40)", QVariant(), 36, QVariant(), QVariant() } } );
  QgsVectorLayer *origins = makeSites( { { "O", "Point(50 35)" } } );
  QgsVectorLayer *services = makeSites( { { "S", "Point(100 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  for ( const int minNodes : { 1000, 0 } )
  {
    parameters.insert( "MIN_PART_NODES", minNodes );
    parameters.insert( "OUTPUT", mDir->filePath( QStringLiteral( "fragment%1.gpkg" ).arg( minNodes ) ) );
    mFeedback.warnings.clear();
    QString error;
    const QVariantMap results = run( "placegap:nearestservice", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
    QgsFeature feature;
    QVERIFY( layer.getFeatures().nextFeature( feature ) );
    if ( minNodes > 0 )
    {
      // 35 m off-network at 1 m/s, then 50 m of road at 10 m/s: 35 + 5 = 40 s.
      QCOMPARE( feature.attribute( "service_id" ).toString(), QString( "S" ) );
      QCOMPARE( feature.attribute( "origin_snap_m" ).toDouble(), 35.0 );
      QVERIFY( std::abs( feature.attribute( "minutes" ).toDouble() - 40.0 / 60 ) < 1e-9 );
      QCOMPARE( mFeedback.warningsWith( { "ORIGINS) feature", "5.0 m away", "2 node(s)", "35.0 m away instead" } ).size(), 1 );
    }
    else
    {
      QVERIFY( isNullValue( feature.attribute( "minutes" ) ) );
      QCOMPARE( feature.attribute( "origin_snap_m" ).toDouble(), 5.0 );
    }
  }
}

void TestServiceAccessibility::nearestServiceUnreachableIsNull()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "ISLAND", "Point(50 1010)" }, { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( "island.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:nearestservice", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer.featureCount(), 2LL );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    if ( feature.attribute( "code" ).toString() == "ISLAND" )
    {
      QVERIFY( isNullValue( feature.attribute( "service_id" ) ) );
      QVERIFY( isNullValue( feature.attribute( "minutes" ) ) );
      QCOMPARE( feature.attribute( "origin_snap_m" ).toDouble(), 10.0 );
    }
    else
    {
      QCOMPARE( feature.attribute( "service_id" ).toString(), QString( "S2" ) );
    }
  }
  QVERIFY( !mFeedback.warningsWith( { "1 origin(s) reach no service" } ).isEmpty() );
}

/*
 * The 2SFCA worked example of the core test, as a network: a loop of four roads with
 * neighbourhoods i1, i2 and nurseries j1 (10 places), j2 (6 places) at its corners.
 *
 *   j2(0,9000) --- 3000 m at 22.5 km/h = 8 min --- i2(3000,9000)
 *   |                                                  |
 *   9000 m at 27 km/h = 20 min                         9000 m at 36 km/h = 15 min
 *   |                                                  |
 *   i1(0,0) ------ 3000 m at 36 km/h = 5 min ------ j1(3000,0)
 *
 * Going the other way round the loop is always slower (e.g. i1 -> j2 via j1 and i2:
 * 5 + 15 + 8 = 28 > 20 min), so the times are i1-j1 5, i1-j2 20, i2-j1 15, i2-j2 8.
 */
static const QList<Line> CATCHMENT_NETWORK {
    { "LineString(0 0, 3000 0)", QVariant(), 36, QVariant(), QVariant() },
    { "LineString(3000 0, 3000 9000)", QVariant(), 36, QVariant(), QVariant() },
    { "LineString(3000 9000, 0 9000)", QVariant(), 22.5, QVariant(), QVariant() },
    { "LineString(0 9000, 0 0)", QVariant(), 27, QVariant(), QVariant() },
};

void TestServiceAccessibility::hugeToleranceDuplicateIdsAndMultipointsAreWarned()
{
  // TOLERANCE 1e9 merges every line end onto the first node: a warning with the counts. Two
  // destinations share the id 'S'; a destination of two points says which one it uses.
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *destinations = makeSites( { { "S", "Point(1200 20)" }, { "S", "Point(100 120)" }, { "M", "MultiPoint((0 120), (100 130))" } }, "EPSG:27700", "MultiPoint" );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", destinations->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( "warned.gpkg" ) );
  mFeedback.warnings.clear();
  QString error;
  QVERIFY2( !run( "placegap:traveltimematrix", parameters, &error ).isEmpty(), qPrintable( error ) );
  QVERIFY( mFeedback.warningsWith( { "(TOLERANCE, ", "moved" } ).isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "DESTINATIONS) feature 2", "'S'", "feature 1" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "DESTINATIONS) feature 3", "2 points" } ).size(), 1 );

  parameters.insert( "TOLERANCE", 1e9 );
  parameters.insert( "OUTPUT", mDir->filePath( "collapsed.gpkg" ) );
  mFeedback.warnings.clear();
  run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( mFeedback.warningsWith( { "(TOLERANCE, ", "moved", "leaving 1 nodes" } ).size() == 1, qPrintable( error + '\n' + mFeedback.warnings.join( '\n' ) ) );
}

void TestServiceAccessibility::textCapacitiesAreMissingNotZero()
{
  // Capacities in a text field: "10" counts 10, "lots" and "inf" are warned about by feature,
  // field and value and count as missing (0), never silently. i2 reaches j1 (15 min) and j2 (8).
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i2", "Point(3000 9000)", 200 } } );
  QgsVectorLayer *supply = placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string&field=places:string" ), { { "Point(3000 0)", QgsAttributes() << "j1"
                                                                                                                                                            << "10" },
                                                                                                                         { "Point(0 9000)", QgsAttributes() << "j2"
                                                                                                                                                            << "lots" },
                                                                                                                         { "Point(0 9001)", QgsAttributes() << "j3"
                                                                                                                                                            << "inf" } } );
  mProject.addMapLayer( supply, false, true );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", demand->id() );
  parameters.insert( "SERVICES", supply->id() );
  parameters.insert( "THRESHOLDS", "16" );
  parameters.insert( "CAPACITY_FIELD", "places" );
  parameters.insert( "OUTPUT", mDir->filePath( "coverage_text.gpkg" ) );
  mFeedback.warnings.clear();
  QString error;
  const QVariantMap results = run( "placegap:servicecoverage", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QgsFeature feature;
  QVERIFY( layer.getFeatures().nextFeature( feature ) );
  QCOMPARE( feature.attribute( "within_16" ).toDouble(), 10.0 );
  QCOMPARE( mFeedback.warningsWith( { "SERVICES) feature 2", "places", "'lots'", "missing" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "SERVICES) feature 3", "places", "'inf'", "not a finite number" } ).size(), 1 );
}

void TestServiceAccessibility::coverageCountsAndCapacities()
{
  // Within 6 min: i1 reaches j1 (5 min): 1 service, 10 places; i2 none.
  // Within 16 min: i1 still only j1 (j2 is 20 min); i2 reaches j2 (8) and j1 (15): 2, 16 places.
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i1", "Point(0 0)", 100 }, { "i2", "Point(3000 9000)", 200 }, { "nowhere", QString() } } );
  QgsVectorLayer *supply = makeSites( { { "j1", "Point(3000 0)", 0, 10 }, { "j2", "Point(0 9000)", 0, 6 } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", demand->id() );
  parameters.insert( "SERVICES", supply->id() );
  parameters.insert( "THRESHOLDS", "16, 6" );
  parameters.insert( "OUTPUT", mDir->filePath( "coverage_count.gpkg" ) );
  QString error;
  for ( const bool withCapacity : { false, true } )
  {
    if ( withCapacity )
    {
      parameters.insert( "CAPACITY_FIELD", "places" );
      parameters.insert( "OUTPUT", mDir->filePath( "coverage_places.gpkg" ) );
    }
    const QVariantMap results = run( "placegap:servicecoverage", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
    QVERIFY( layer.fields().lookupField( "within_6" ) >= 0 && layer.fields().lookupField( "within_16" ) >= 0 );
    QCOMPARE( layer.featureCount(), 3LL );
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures();
    while ( it.nextFeature( feature ) )
    {
      const QString code = feature.attribute( "code" ).toString();
      if ( code == "i1" )
      {
        QCOMPARE( feature.attribute( "within_6" ).toDouble(), withCapacity ? 10.0 : 1.0 );
        QCOMPARE( feature.attribute( "within_16" ).toDouble(), withCapacity ? 10.0 : 1.0 );
        QCOMPARE( feature.attribute( "nearest_min" ).toDouble(), 5.0 );
      }
      else if ( code == "i2" )
      {
        QCOMPARE( feature.attribute( "within_6" ).toDouble(), 0.0 );
        QCOMPARE( feature.attribute( "within_16" ).toDouble(), withCapacity ? 16.0 : 2.0 );
        QCOMPARE( feature.attribute( "nearest_min" ).toDouble(), 8.0 );
      }
      else
      {
        QVERIFY( isNullValue( feature.attribute( "within_6" ) ) );
        QVERIFY( isNullValue( feature.attribute( "nearest_min" ) ) );
      }
    }
  }
  // Nothing within 7 min of i2: its nearest service (j2, 8 min) lies beyond every threshold and
  // its minutes are still given.
  parameters.insert( "THRESHOLDS", "6, 7" );
  parameters.insert( "OUTPUT", mDir->filePath( "coverage_beyond.gpkg" ) );
  const QVariantMap beyond = run( "placegap:servicecoverage", parameters, &error );
  QVERIFY2( !beyond.isEmpty(), qPrintable( error ) );
  QgsVectorLayer beyondLayer( beyond.value( "OUTPUT" ).toString(), "out", "ogr" );
  QgsFeature i2;
  QVERIFY( beyondLayer.getFeatures( QgsFeatureRequest().setFilterExpression( "code = 'i2'" ) ).nextFeature( i2 ) );
  QCOMPARE( i2.attribute( "within_7" ).toDouble(), 0.0 );
  QCOMPARE( i2.attribute( "nearest_min" ).toDouble(), 8.0 );

  parameters.insert( "THRESHOLDS", "10, soon" );
  QVERIFY( run( "placegap:servicecoverage", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "'soon'" ), qPrintable( error ) );
}

void TestServiceAccessibility::floatingCatchmentWorkedExample_data()
{
  QTest::addColumn<int>( "method" );
  QTest::addColumn<double>( "catchment" );
  QTest::addColumn<QString>( "steps" );
  QTest::addColumn<double>( "access1" );
  QTest::addColumn<double>( "access2" );
  QTest::addColumn<double>( "ratio1" );
  QTest::addColumn<double>( "ratio2" );
  // Worked by hand in tests/accessibility/testtraveltimescore.cpp (floatingCatchmentWorkedExample), x SCALE 1000.
  QTest::newRow( "2SFCA, 16 min" ) << 0 << 16.0 << QString() << 1000 * 10.0 / 300 << 1000 * ( 10.0 / 300 + 0.03 ) << 1000 * 10.0 / 300 << 30.0;
  QTest::newRow( "E2SFCA steps" ) << 1 << 16.0 << QString( "5:1, 10:0.5, 16:0.1" ) << 1000 * 10.0 / 120 << 1000 * ( 10.0 / 120 * 0.1 + 0.06 * 0.5 ) << 1000 * 10.0 / 120 << 60.0;
  QTest::newRow( "Gaussian, 10 min" ) << 2 << 10.0 << QString() << 100.0 << 30.0 << 142.579 << 98.681;
}

void TestServiceAccessibility::floatingCatchmentWorkedExample()
{
  QFETCH( int, method );
  QFETCH( double, catchment );
  QFETCH( QString, steps );
  QFETCH( double, access1 );
  QFETCH( double, access2 );
  QFETCH( double, ratio1 );
  QFETCH( double, ratio2 );
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i1", "Point(0 0)", 100 }, { "i2", "Point(3000 9000)", 200 } } );
  QgsVectorLayer *supply = makeSites( { { "j1", "Point(3000 0)", 0, 10 }, { "j2", "Point(0 9000)", 0, 6 } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "DEMAND", demand->id() );
  parameters.insert( "POPULATION_FIELD", "pop" );
  parameters.insert( "SUPPLY", supply->id() );
  parameters.insert( "CAPACITY_FIELD", "places" );
  parameters.insert( "METHOD", method );
  parameters.insert( "CATCHMENT_MINUTES", catchment );
  parameters.insert( "STEPS", steps );
  parameters.insert( "SCALE", 1000 );
  parameters.insert( "OUTPUT", mDir->filePath( "access.gpkg" ) );
  parameters.insert( "OUTPUT_SUPPLY", mDir->filePath( "ratios.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:floatingcatchment", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );

  QMap<QString, QgsFeature> byCode;
  for ( const QString &output : { QStringLiteral( "OUTPUT" ), QStringLiteral( "OUTPUT_SUPPLY" ) } )
  {
    QgsVectorLayer layer( results.value( output ).toString(), "out", "ogr" );
    QVERIFY2( layer.isValid(), qPrintable( output ) );
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures();
    while ( it.nextFeature( feature ) )
      byCode.insert( feature.attribute( "code" ).toString(), feature );
  }
  QCOMPARE( byCode.size(), 4 );
  QVERIFY2( std::abs( byCode["i1"].attribute( "access" ).toDouble() - access1 ) < 1e-3, qPrintable( byCode["i1"].attribute( "access" ).toString() ) );
  QVERIFY2( std::abs( byCode["i2"].attribute( "access" ).toDouble() - access2 ) < 1e-3, qPrintable( byCode["i2"].attribute( "access" ).toString() ) );
  QVERIFY2( std::abs( byCode["j1"].attribute( "ratio" ).toDouble() - ratio1 ) < 1e-3, qPrintable( byCode["j1"].attribute( "ratio" ).toString() ) );
  QVERIFY2( std::abs( byCode["j2"].attribute( "ratio" ).toDouble() - ratio2 ) < 1e-3, qPrintable( byCode["j2"].attribute( "ratio" ).toString() ) );
}

void TestServiceAccessibility::floatingCatchmentBadInput()
{
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i1", "Point(0 0)", QVariant() }, { "i2", "Point(3000 9000)", 200 } } );
  QgsVectorLayer *supply = makeSites( { { "j1", "Point(3000 0)", 0, 10 }, { "j2", "Point(0 9000)", 0, -6 } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "DEMAND", demand->id() );
  parameters.insert( "POPULATION_FIELD", "pop" );
  parameters.insert( "SUPPLY", supply->id() );
  parameters.insert( "CAPACITY_FIELD", "places" );
  parameters.insert( "CATCHMENT_MINUTES", 16 );
  parameters.insert( "OUTPUT", mDir->filePath( "bad_access.gpkg" ) );
  QString error;
  QVERIFY( run( "placegap:floatingcatchment", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "SUPPLY) feature 2" ) && error.contains( "-6" ) && error.contains( "'places'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "bad_access.gpkg" ) ) );
  QVERIFY( !mFeedback.warningsWith( { "DEMAND) feature 1", "'pop'", "NULL" } ).isEmpty() );

  parameters.insert( "METHOD", 1 );
  parameters.insert( "STEPS", "5:1, 10:0.5" );
  QVERIFY( run( "placegap:floatingcatchment", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "STEPS" ) && error.contains( "CATCHMENT_MINUTES" ), qPrintable( error ) );
  parameters.insert( "STEPS", "10:1, 5:0.5" );
  QVERIFY( run( "placegap:floatingcatchment", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "'5:0.5'" ), qPrintable( error ) );
}

void TestServiceAccessibility::serviceAreasFollowTheRoads()
{
  /*
   *  A(0,0) ================= S(400,0) ================ B(1000,0)     36 km/h = 10 m/s
   *  0.5 min = 30 s: 300 m each way, 100..700, 0.6 km of road; buffered 10 m:
   *     600 x 20 + the round ends (a 32-gon of radius 10: 16 x 100 x sin(2 pi / 32) = 312.14) = 12312.14 m2.
   *  1.5 min = 90 s: the whole kilometre (400 m west, 600 m east): 1000 x 20 + 312.14 = 20312.14 m2.
   */
  QgsVectorLayer *network = makeNetwork( { { "LineString(0 0, 1000 0)", QVariant(), 36, QVariant(), QVariant() } } );
  QgsVectorLayer *services = makeSites( { { "S", "Point(400 0)" }, { "NOWHERE", QString() } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "BANDS", "1.5, 0.5" );
  parameters.insert( "BUFFER", 10 );
  parameters.insert( "OUTPUT", mDir->filePath( "areas.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:serviceareas", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer.featureCount(), 4LL );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  int checked = 0;
  while ( it.nextFeature( feature ) )
  {
    const QString id = feature.attribute( "service_id" ).toString();
    const double band = feature.attribute( "minutes" ).toDouble();
    if ( id == "NOWHERE" )
    {
      QVERIFY2( feature.geometry().isNull() || feature.geometry().isEmpty(), qPrintable( feature.geometry().asWkt() ) );
      QVERIFY( isNullValue( feature.attribute( "road_km" ) ) );
      continue;
    }
    const double area = feature.geometry().area();
    const QgsRectangle box = feature.geometry().boundingBox();
    if ( band == 0.5 )
    {
      QVERIFY2( std::abs( area - 12312.14 ) < 0.5, qPrintable( QString::number( area ) ) );
      QCOMPARE( box.xMinimum(), 90.0 );
      QCOMPARE( box.xMaximum(), 710.0 );
      QCOMPARE( feature.attribute( "road_km" ).toDouble(), 0.6 );
    }
    else
    {
      QCOMPARE( band, 1.5 );
      QVERIFY2( std::abs( area - 20312.14 ) < 0.5, qPrintable( QString::number( area ) ) );
      QCOMPARE( feature.attribute( "road_km" ).toDouble(), 1.0 );
    }
    ++checked;
  }
  QCOMPARE( checked, 2 );
  QVERIFY( !mFeedback.warningsWith( { "SERVICES) feature 2", "no geometry" } ).isEmpty() );
}

void TestServiceAccessibility::graphCacheSkipsTheSecondBuild()
{
  // The hand-built network saved as a GeoPackage: a file, so its graph can be cached.
  QgsVectorLayer *memory = makeNetwork( HAND_NETWORK );
  const QString path = mDir->filePath( "network.gpkg" );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  QString writeError;
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( memory, path, mProject.transformContext(), options, &writeError ), QgsVectorFileWriter::NoError );
  auto *network = new QgsVectorLayer( path, QStringLiteral( "network" ), QStringLiteral( "ogr" ) );
  QVERIFY( network->isValid() );
  mProject.addMapLayer( network, false, true );
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", services->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );

  auto minutesOfRun = [&]( const QString &name )
  {
    QVariantMap p = parameters;
    p.insert( "OUTPUT", mDir->filePath( name ) );
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", p, &error );
    return results.isEmpty() ? -1.0 : readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" ).value( qMakePair( QString( "O1" ), QString( "S2" ) ) ).minutes.toDouble();
  };

  // First run builds and keeps the graph; the second reads it and gives the same answer (970 s).
  QCOMPARE( minutesOfRun( "first.gpkg" ), 970 / 60.0 );
  QVERIFY( mFeedback.saidSomething( "Graph kept in the cache" ) );
  QVERIFY( !mFeedback.saidSomething( "read from the cache" ) );
  mFeedback.infos.clear();
  mFeedback.warnings.clear();
  QCOMPARE( minutesOfRun( "second.gpkg" ), 970 / 60.0 );
  QVERIFY( mFeedback.saidSomething( "read from the cache" ) );
  QVERIFY( !mFeedback.saidSomething( "Reading the network" ) );
  QVERIFY( !mFeedback.warningsWith( { "2 separate parts" } ).isEmpty() ); // still reported from the cached graph

  // Another parameter is another graph: a longer ferry wait (10 min) adds 5 min.
  mFeedback.infos.clear();
  parameters.insert( "FERRY_WAIT", 10 );
  QCOMPARE( minutesOfRun( "third.gpkg" ), ( 970 + 300 ) / 60.0 );
  QVERIFY( !mFeedback.saidSomething( "read from the cache" ) );
  parameters.insert( "FERRY_WAIT", 5 );

  // An edited network is rebuilt: a new fast road from A straight to F (1200 m, 120 s).
  mFeedback.infos.clear();
  QgsFeature shortcut( network->fields() );
  shortcut.setAttribute( QStringLiteral( "speed" ), 36 );
  shortcut.setGeometry( QgsGeometry::fromWkt( "LineString(0 0, 1200 0)" ) );
  QVERIFY( network->dataProvider()->addFeature( shortcut ) );
  // O1 -> A (30 s) -> F (120 s) -> S2 (20 s) = 170 s.
  QCOMPARE( minutesOfRun( "fourth.gpkg" ), 170 / 60.0 );
  QVERIFY( !mFeedback.saidSomething( "read from the cache" ) );

  // Off: never read from the cache.
  mFeedback.infos.clear();
  parameters.insert( "GRAPH_CACHE", false );
  QCOMPARE( minutesOfRun( "fifth.gpkg" ), 170 / 60.0 );
  QVERIFY( !mFeedback.saidSomething( "read from the cache" ) );
}

void TestServiceAccessibility::graphCacheFollowsContentAndChecksums()
{
  // A shapefile network, cached; then only its .dbf replaced by one with every speed halved and
  // its time put back: the graph must be built again (issue: a stale cache gave the old minutes).
  QTemporaryDir folder;
  const auto writeShapefile = [&]( const QString &path, double factor )
  {
    QList<Line> lines = HAND_NETWORK;
    for ( Line &line : lines )
    {
      if ( line.speed.isValid() )
        line.speed = line.speed.toDouble() * factor;
    }
    QgsVectorLayer *memory = makeNetwork( lines );
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral( "ESRI Shapefile" );
    QString writeError;
    return QgsVectorFileWriter::writeAsVectorFormatV3( memory, path, mProject.transformContext(), options, &writeError ) == QgsVectorFileWriter::NoError;
  };
  const QString path = folder.filePath( "roads.shp" );
  QVERIFY( writeShapefile( path, 1.0 ) );
  QVERIFY( writeShapefile( folder.filePath( "slow.shp" ), 0.5 ) );
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" } } );
  int runs = 0;
  auto minutesOfRun = [&]( bool cache )
  {
    QgsVectorLayer network( path, QStringLiteral( "roads" ), QStringLiteral( "ogr" ) );
    QVariantMap p = networkParameters( &network );
    p.insert( "INPUT", path );
    p.insert( "GRAPH_CACHE", cache );
    p.insert( "ORIGINS", origins->id() );
    p.insert( "ORIGIN_ID_FIELD", "code" );
    p.insert( "DESTINATIONS", services->id() );
    p.insert( "DESTINATION_ID_FIELD", "code" );
    p.insert( "OUTPUT", mDir->filePath( QStringLiteral( "cache_content_%1.gpkg" ).arg( ++runs ) ) );
    mFeedback.infos.clear();
    mFeedback.warnings.clear();
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", p, &error );
    return results.isEmpty() ? -1.0 : readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" ).value( qMakePair( QString( "O1" ), QString( "S2" ) ) ).minutes.toDouble();
  };
  const double fast = minutesOfRun( true );
  QCOMPARE( fast, 970 / 60.0 );
  QCOMPARE( minutesOfRun( true ), fast );
  QVERIFY( mFeedback.saidSomething( "read from the cache" ) );

  const QDateTime modified = QFileInfo( folder.filePath( "roads.dbf" ) ).lastModified();
  QVERIFY( QFile::remove( folder.filePath( "roads.dbf" ) ) );
  QVERIFY( QFile::copy( folder.filePath( "slow.dbf" ), folder.filePath( "roads.dbf" ) ) );
  {
    QFile dbf( folder.filePath( "roads.dbf" ) );
    QVERIFY( dbf.open( QIODevice::ReadWrite ) );
    QVERIFY( dbf.setFileTime( modified, QFileDevice::FileModificationTime ) );
  }
  const double slow = minutesOfRun( false ); // the truth, without any cache
  QVERIFY( slow > fast );
  QCOMPARE( minutesOfRun( true ), slow );
  QVERIFY( !mFeedback.saidSomething( "read from the cache" ) );

  // A stored graph whose bytes were altered fails its checksum: a warning naming the cache file,
  // the graph is built again, and the next run reads a sound one.
  const QString cachePath = mCacheDir.filePath( "graphcache.sqlite" );
  {
    sqlite3 *db = nullptr;
    QCOMPARE( sqlite3_open( cachePath.toUtf8().constData(), &db ), SQLITE_OK );
    QCOMPARE( sqlite3_exec( db, "UPDATE graphs_v2 SET graph = substr(graph, 1, 200) || X'7F' || substr(graph, 202)", nullptr, nullptr, nullptr ), SQLITE_OK );
    sqlite3_close( db );
  }
  QCOMPARE( minutesOfRun( true ), slow );
  QVERIFY2( !mFeedback.warningsWith( { cachePath, "checksum" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  QCOMPARE( minutesOfRun( true ), slow );
  QVERIFY( mFeedback.saidSomething( "read from the cache" ) );

  // A cache file that is not a database at all is replaced, naming it, and works again after.
  {
    QFile garbage( cachePath );
    QVERIFY( garbage.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
    garbage.write( QByteArray( 4096, 'x' ) );
  }
  QCOMPARE( minutesOfRun( true ), slow );
  QVERIFY2( !mFeedback.warningsWith( { cachePath, "replaced" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  QCOMPARE( minutesOfRun( true ), slow );
  QVERIFY( mFeedback.saidSomething( "read from the cache" ) );
  QVERIFY( mFeedback.warnings.filter( cachePath ).isEmpty() );
}

void TestServiceAccessibility::emptyNetworkFails()
{
  QgsVectorLayer *network = makeNetwork( {} );
  QgsVectorLayer *sites = makeSites( { { "A", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", sites->id() );
  parameters.insert( "DESTINATIONS", sites->id() );
  parameters.insert( "OUTPUT", mDir->filePath( "empty.gpkg" ) );
  QString error;
  QVERIFY( run( "placegap:traveltimematrix", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "no usable lines" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "empty.gpkg" ) ) );

  // Lines that all have speed 0 leave nothing either.
  QgsVectorLayer *stopped = makeNetwork( { { "LineString(0 0, 100 0)", QVariant(), 0, QVariant(), QVariant() } } );
  parameters.insert( "INPUT", stopped->id() );
  QVERIFY( run( "placegap:traveltimematrix", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "no usable lines" ), qPrintable( error ) );
}

void TestServiceAccessibility::nonLineNetworkIsRefused()
{
  QgsVectorLayer *points = makeSites( { { "A", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( points );
  parameters.remove( "DIRECTION_FIELD" );
  parameters.remove( "SPEED_FIELD" );
  parameters.remove( "FERRY_FIELD" );
  parameters.insert( "ORIGINS", points->id() );
  parameters.insert( "DESTINATIONS", points->id() );
  parameters.insert( "OUTPUT", mDir->filePath( "points.gpkg" ) );
  QString error;
  QVERIFY( run( "placegap:traveltimematrix", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "INPUT" ) && error.contains( "line layer" ), qPrintable( error ) );
}

void TestServiceAccessibility::geographicNetworkIsBuiltInUtm()
{
  // 0.1 degree of longitude along 55.9 N, in EPSG:4326: built in UTM zone 30 N, its km within
  // 0.1 % of the ellipsoidal length (QgsDistanceArea on WGS 84), the route written in EPSG:4326.
  QgsVectorLayer *network = makeNetwork( { { "LineString(-3.2 55.9, -3.1 55.9)", QVariant(), 36, QVariant(), QVariant() } }, "EPSG:4326" );
  QgsVectorLayer *services = makeSites( { { "B", "Point(-3.1 55.9)" } }, "EPSG:4326" );
  QgsVectorLayer *origins = makeSites( { { "A", "Point(-3.2 55.9)" } }, "EPSG:4326" );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "OUTPUT", mDir->filePath( "geographic.gpkg" ) );
  QString error;
  QVERIFY( run( "placegap:nearestservice", parameters, &error ).isEmpty() ); // no SERVICES: refused
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "ROUTES", true );
  QVERIFY2( !run( "placegap:nearestservice", parameters, &error ).isEmpty(), qPrintable( error ) );
  QVERIFY( mFeedback.saidSomething( "EPSG:32630" ) );
  QgsVectorLayer output( mDir->filePath( "geographic.gpkg" ), "routes", "ogr" );
  QCOMPARE( output.crs().authid(), QStringLiteral( "EPSG:4326" ) );
  QgsFeature route;
  QVERIFY( output.getFeatures().nextFeature( route ) );
  QgsDistanceArea ellipsoid;
  ellipsoid.setSourceCrs( QgsCoordinateReferenceSystem( "EPSG:4326" ), QgsProject::instance()->transformContext() );
  ellipsoid.setEllipsoid( QStringLiteral( "EPSG:7030" ) );
  const double metres = ellipsoid.measureLine( QgsPointXY( -3.2, 55.9 ), QgsPointXY( -3.1, 55.9 ) );
  QVERIFY2( std::abs( route.attribute( "km" ).toDouble() * 1000.0 / metres - 1.0 ) < 0.001, qPrintable( QStringLiteral( "%1 km against %2 m" ).arg( route.attribute( "km" ).toDouble() ).arg( metres ) ) );
  QVERIFY( std::abs( route.geometry().constGet()->vertexAt( QgsVertexId( 0, 0, 0 ) ).x() - -3.2 ) < 1e-6 );
}

void TestServiceAccessibility::lineSitesAreRefused()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *points = makeSites( { { "A", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", points->id() );
  parameters.insert( "DESTINATIONS", network->id() );
  parameters.insert( "OUTPUT", mDir->filePath( "lines.gpkg" ) );
  QString error;
  QVERIFY( run( "placegap:traveltimematrix", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "DESTINATIONS" ) && error.contains( "points or polygons" ), qPrintable( error ) );
}

void TestServiceAccessibility::zeroAndNullSpeedsAreWarned()
{
  /*
   *  A(0,0) -- speed 0 -- B(100,0)          left out: warned, naming the feature and field
   *  A(0,0) -- NULL speed -- C(0,100)       DEFAULT_SPEED 36 km/h: A -> C = 10 s
   */
  QgsVectorLayer *network = makeNetwork( {
      { "LineString(0 0, 100 0)", QVariant(), 0, QVariant(), QVariant() },
      { "LineString(0 0, 0 100)", QVariant(), QVariant(), QVariant(), QVariant() },
  } );
  QgsVectorLayer *origins = makeSites( { { "A", "Point(0 0)" } } );
  QgsVectorLayer *services = makeSites( { { "C", "Point(0 100)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "speeds.gpkg" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QCOMPARE( readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" ).value( qMakePair( QString( "A" ), QString( "C" ) ) ).minutes.toDouble() * 60, 10.0 );
  QVERIFY2( !mFeedback.warningsWith( { "Network feature 1", "'speed'", "left out" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  QVERIFY2( !mFeedback.warningsWith( { "Network feature 2", "'speed'", "NULL" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
}

void TestServiceAccessibility::nullGeometriesAreWarnedAndNull()
{
  QList<Line> lines = HAND_NETWORK;
  lines << Line { QString(), QVariant(), 36, QVariant(), QVariant() }; // a network line with no geometry
  QgsVectorLayer *network = makeNetwork( lines );
  QgsVectorLayer *origins = makeSites( { { "NOWHERE", QString() }, { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" } } );
  QVariantMap parameters = matrixParameters( network, origins, services, "nulls.gpkg" );
  QString error;
  const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( rows.size(), 2 );
  QVERIFY( isNullValue( rows.value( qMakePair( QString( "NOWHERE" ), QString( "S1" ) ) ).minutes ) );
  QVERIFY( isNullValue( rows.value( qMakePair( QString( "NOWHERE" ), QString( "S1" ) ) ).originSnap ) );
  QCOMPARE( rows.value( qMakePair( QString( "O1" ), QString( "S1" ) ) ).minutes.toDouble() * 60, 40.0 );
  QVERIFY( !mFeedback.warningsWith( { "ORIGINS) feature 1", "no geometry" } ).isEmpty() );
  QVERIFY( !mFeedback.warningsWith( { "Network feature 8", "no geometry" } ).isEmpty() );
}

void TestServiceAccessibility::badParametersAreRefused()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *sites = makeSites( { { "A", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", sites->id() );
  parameters.insert( "DESTINATIONS", sites->id() );
  parameters.insert( "OUTPUT", mDir->filePath( "bad.gpkg" ) );
  QString error;

  QVariantMap bad = parameters;
  bad.insert( "DEFAULT_SPEED", 0 );
  QVERIFY( run( "placegap:traveltimematrix", bad, &error ).isEmpty() );
  QVERIFY2( error.contains( "DEFAULT_SPEED" ), qPrintable( error ) );

  bad = parameters;
  bad.insert( "SPEED_FIELD", "class" ); // text
  QVERIFY( run( "placegap:traveltimematrix", bad, &error ).isEmpty() );
  QVERIFY2( error.contains( "'class'" ) && error.contains( "numeric" ), qPrintable( error ) );

  bad = parameters;
  bad.insert( "SPEED_TABLE", "A Road=quick" );
  QVERIFY( run( "placegap:traveltimematrix", bad, &error ).isEmpty() );
  QVERIFY2( error.contains( "SPEED_TABLE" ) && error.contains( "A Road=quick" ), qPrintable( error ) );

  bad = parameters;
  bad.insert( "STRATEGY", 0 );
  bad.insert( "MAX_MINUTES", 10 );
  QVERIFY( run( "placegap:traveltimematrix", bad, &error ).isEmpty() );
  QVERIFY2( error.contains( "MAX_MINUTES" ) && error.contains( "Fastest (time)" ), qPrintable( error ) );

  bad = parameters;
  bad.insert( "DESTINATION_ID_FIELD", "nope" );
  QVERIFY( run( "placegap:traveltimematrix", bad, &error ).isEmpty() );
  QVERIFY2( error.contains( "'nope'" ) && error.contains( "DESTINATION_ID_FIELD" ), qPrintable( error ) );

  // Shortest: metres, and minutes NULL. A -> A is 0 km.
  QVariantMap shortest = parameters;
  shortest.insert( "STRATEGY", 0 );
  const QVariantMap results = run( "placegap:traveltimematrix", shortest, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  QCOMPARE( rows.size(), 1 );
  QVERIFY( isNullValue( rows.first().minutes ) );
  QCOMPARE( rows.first().km.toDouble(), 0.0 );
}

QTEST_MAIN( TestServiceAccessibility )
#include "testserviceaccessibilityalgorithm.moc"
