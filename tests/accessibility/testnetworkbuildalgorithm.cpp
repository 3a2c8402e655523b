/***************************************************************************
  testnetworkbuildalgorithm.cpp - the network every network algorithm builds: the graph cache, bad networks, bad sites and bad parameters
 ***************************************************************************/
#include "coretestroads.h"
#include "networktestfixture.h"
#include "placegapgraphcache.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace networktest;

class TestNetworkBuild : public QObject, protected NetworkTestFixture
{
    Q_OBJECT

  private slots:
    void initTestCase() { startFixture(); }
    void cleanupTestCase() { stopFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void hugeToleranceDuplicateIdsAndMultipointsAreWarned();
    void graphCacheSkipsTheSecondBuild();
    void graphCacheFollowsContentAndChecksums();
    void graphCacheDropsTheLeastRecentlyUsed();
    void preparedGraphWhenItPays();
    void emptyNetworkFails();
    void nonLineNetworkIsRefused();
    void geographicNetworkIsBuiltInUtm();
    void lineSitesAreRefused();
    void zeroAndNullSpeedsAreWarned();
    void nullGeometriesAreWarnedAndNull();
    void badParametersAreRefused();
    void bulkReadGivesWhatQgisReads_data();
    void bulkReadGivesWhatQgisReads();
    void bulkReadOnlyWhereItMatches();

  private:
    //! lines (WKT in EPSG:27700, or empty for none) written by GDAL to one GeoPackage layer of any geometry type, in crs; the layer's source.
    QString mixedGeoPackage( const QList<Line> &lines, const QString &crs, const QString &name );
    //! layer written to a GeoPackage in the test folder and opened from it (a file, so its graph can be cached); nullptr when it fails.
    QgsVectorLayer *savedAsGeoPackage( QgsVectorLayer *layer, const QString &name );
};

QgsVectorLayer *TestNetworkBuild::savedAsGeoPackage( QgsVectorLayer *layer, const QString &name )
{
  const QString path = mDir->filePath( name );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  QString writeError;
  if ( QgsVectorFileWriter::writeAsVectorFormatV3( layer, path, mProject.transformContext(), options, &writeError ) != QgsVectorFileWriter::NoError )
    return nullptr;
  auto *saved = new QgsVectorLayer( path, QFileInfo( name ).baseName(), QStringLiteral( "ogr" ) );
  mProject.addMapLayer( saved, false, true );
  return saved->isValid() ? saved : nullptr;
}

QString TestNetworkBuild::mixedGeoPackage( const QList<Line> &lines, const QString &crs, const QString &name )
{
  const QString path = mDir->filePath( name );
  GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GPKG" ), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
  if ( !dataset )
    return QString();
  OGRSpatialReferenceH srs = OSRNewSpatialReference( nullptr );
  OSRSetFromUserInput( srs, crs.toUtf8().constData() );
  OSRSetAxisMappingStrategy( srs, OAMS_TRADITIONAL_GIS_ORDER );
  OGRLayerH layer = GDALDatasetCreateLayer( dataset, "network", srs, wkbUnknown, nullptr );
  for ( const auto &[name, type] : { std::pair { "dir", OFTString }, { "speed", OFTReal }, { "class", OFTString }, { "ferry", OFTReal }, { "lanes", OFTInteger } } )
  {
    OGRFieldDefnH field = OGR_Fld_Create( name, type );
    OGR_L_CreateField( layer, field, TRUE );
    OGR_Fld_Destroy( field );
  }
  const QgsCoordinateTransform toCrs( QgsCoordinateReferenceSystem( "EPSG:27700" ), QgsCoordinateReferenceSystem( crs ), mProject.transformContext() );
  bool written = true;
  for ( const Line &line : lines )
  {
    OGRFeatureH feature = OGR_F_Create( OGR_L_GetLayerDefn( layer ) );
    const QVariant values[] = { line.direction, line.speed, line.roadClass, line.ferryMinutes };
    for ( int i = 0; i < 4; ++i )
    {
      if ( !values[i].isNull() )
        OGR_F_SetFieldString( feature, i, values[i].toString().toUtf8().constData() );
    }
    OGR_F_SetFieldInteger( feature, 4, 2 );
    if ( !line.wkt.isEmpty() )
    {
      QgsGeometry geometry = QgsGeometry::fromWkt( line.wkt );
      if ( toCrs.isValid() && !geometry.isEmpty() )
        geometry.transform( toCrs );
      const QByteArray wkb = geometry.asWkb();
      OGRGeometryH ogrGeometry = nullptr;
      OGR_G_CreateFromWkb( wkb.constData(), srs, &ogrGeometry, wkb.size() );
      OGR_F_SetGeometryDirectly( feature, ogrGeometry );
    }
    written = written && OGR_L_CreateFeature( layer, feature ) == OGRERR_NONE;
    OGR_F_Destroy( feature );
  }
  OSRDestroySpatialReference( srs );
  GDALClose( dataset );
  return written ? path + QStringLiteral( "|layername=network" ) : QString();
}

void TestNetworkBuild::hugeToleranceDuplicateIdsAndMultipointsAreWarned()
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

void TestNetworkBuild::graphCacheSkipsTheSecondBuild()
{
  // The hand-built network saved as a GeoPackage: a file, so its graph can be cached.
  QgsVectorLayer *network = savedAsGeoPackage( makeNetwork( HAND_NETWORK ), "network.gpkg" );
  QVERIFY( network );
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

void TestNetworkBuild::preparedGraphWhenItPays()
{
  // A 14 x 14 street grid bent a little, speeds 20-90 km/h, every seventh street one-way: the
  // first run (12 searches, too few to pay for preparing) builds the graph and keeps it; the
  // second reads it, prepares the network (a contraction hierarchy) and searches over it; the
  // third reads both. Every run, and a run without the cache, gives the same rows to the bit.
  QList<Line> lines;
  int street = 0;
  auto spot = []( int i, int j )
  { return QStringLiteral( "%1 %2" ).arg( 200 * i + ( j % 3 ) * 17 ).arg( 200 * j + ( i % 4 ) * 11 ); };
  for ( int j = 0; j < 14; ++j )
  {
    for ( int i = 0; i < 14; ++i )
    {
      for ( const auto &[di, dj] : { std::make_pair( 1, 0 ), std::make_pair( 0, 1 ) } )
      {
        if ( i + di >= 14 || j + dj >= 14 )
          continue;
        ++street;
        lines << Line { QStringLiteral( "LineString(%1, %2)" ).arg( spot( i, j ), spot( i + di, j + dj ) ), street % 7 == 0 ? QVariant( "F" ) : QVariant( "T" ), 20 + ( street * 37 ) % 71, QVariant(), QVariant() };
      }
    }
  }
  QgsVectorLayer *network = savedAsGeoPackage( makeNetwork( lines ), "streets.gpkg" );
  QVERIFY( network );
  QList<SitePoint> origins;
  QList<SitePoint> destinations;
  for ( int k = 0; k < 30; ++k )
    origins << SitePoint { QStringLiteral( "O%1" ).arg( k ), QStringLiteral( "Point(%1 %2)" ).arg( ( k * 389 ) % 2700 ).arg( ( k * 617 ) % 2700 ) };
  for ( int k = 0; k < 12; ++k )
    destinations << SitePoint { QStringLiteral( "D%1" ).arg( k ), QStringLiteral( "Point(%1 %2)" ).arg( ( k * 1013 ) % 2650 + 25 ).arg( ( k * 451 ) % 2650 + 7 ) };
  QVariantMap parameters = matrixParameters( network, makeSites( origins ), makeSites( destinations ), QString() );
  int runs = 0;
  auto rowsOfRun = [&]( bool cache )
  {
    QVariantMap p = parameters;
    p.insert( "GRAPH_CACHE", cache );
    p.insert( "OUTPUT", mDir->filePath( QStringLiteral( "prepared_%1.gpkg" ).arg( ++runs ) ) );
    mFeedback.infos.clear();
    mFeedback.warnings.clear();
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", p, &error );
    return results.isEmpty() ? Rows() : readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
  };
  auto same = []( const Rows &a, const Rows &b )
  {
    if ( a.size() != b.size() )
      return false;
    for ( auto it = a.begin(); it != a.end(); ++it )
    {
      const Row &other = b.value( it.key() );
      if ( it->minutes != other.minutes || it->km != other.km || it->rank != other.rank )
        return false;
    }
    return true;
  };

  const Rows truth = rowsOfRun( false );
  QCOMPARE( truth.size(), 30 * 12 );
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY( !mFeedback.saidSomething( "prepar" ) );
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY( mFeedback.saidSomething( "preparing it for fast repeated searches" ) );
  QVERIFY( mFeedback.saidSomething( "over the prepared graph" ) );
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY( mFeedback.saidSomething( "Prepared graph read from the cache" ) );
  QVERIFY( mFeedback.saidSomething( "over the prepared graph" ) );

  // The nearest 2 and a cut-off over the prepared graph, as without it.
  parameters.insert( "NEAREST", 2 );
  parameters.insert( "MAX_MINUTES", 3 );
  const Rows limited = rowsOfRun( false );
  QVERIFY( !limited.isEmpty() && limited.size() < truth.size() );
  QVERIFY( same( rowsOfRun( true ), limited ) );
  QVERIFY( mFeedback.saidSomething( "over the prepared graph" ) );
  parameters.remove( "NEAREST" );
  parameters.remove( "MAX_MINUTES" );

  // A prepared graph whose bytes were altered fails its checksum: a warning naming the cache
  // file, the network is prepared again, and the answers do not change.
  const QString cachePath = mCacheDir.filePath( "graphcache.sqlite" );
  {
    sqlite3 *db = nullptr;
    QCOMPARE( sqlite3_open( cachePath.toUtf8().constData(), &db ), SQLITE_OK );
    QCOMPARE( sqlite3_exec( db, "UPDATE prepared_v1 SET hierarchy = substr(hierarchy, 1, 100) || X'7F' || substr(hierarchy, 102)", nullptr, nullptr, nullptr ), SQLITE_OK );
    sqlite3_close( db );
  }
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY2( !mFeedback.warningsWith( { cachePath, "prepared graph does not match its checksum" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  QVERIFY( mFeedback.saidSomething( "preparing it for fast repeated searches" ) );
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY( mFeedback.saidSomething( "Prepared graph read from the cache" ) );

  // One kept by an earlier version (an MD5 checksum) is prepared again without a word of damage.
  {
    sqlite3 *db = nullptr;
    QCOMPARE( sqlite3_open( cachePath.toUtf8().constData(), &db ), SQLITE_OK );
    QCOMPARE( sqlite3_exec( db, "UPDATE prepared_v1 SET checksum = '0123456789abcdef0123456789abcdef'", nullptr, nullptr, nullptr ), SQLITE_OK );
    sqlite3_close( db );
  }
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY( mFeedback.saidSomething( "preparing it for fast repeated searches" ) );
  QVERIFY2( mFeedback.warnings.filter( cachePath ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  QVERIFY( same( rowsOfRun( true ), truth ) );
  QVERIFY( mFeedback.saidSomething( "Prepared graph read from the cache" ) );

  // A first run large enough to pay for it (all pairs, 128 searches a thread) prepares at once,
  // on a network not seen before (another file), with the same answers as without the cache.
  QgsVectorLayer *copy = savedAsGeoPackage( network, "streets_copy.gpkg" );
  QVERIFY( copy );
  QList<SitePoint> many;
  for ( int k = 0; k < 130; ++k )
    many << SitePoint { QStringLiteral( "M%1" ).arg( k ), QStringLiteral( "Point(%1 %2)" ).arg( ( k * 389 ) % 2700 ).arg( ( k * 617 ) % 2700 ) };
  QgsVectorLayer *manySites = makeSites( many );
  parameters = matrixParameters( copy, manySites, manySites, QString() );
  parameters.insert( "THREADS", 1 );
  const Rows large = rowsOfRun( false );
  QCOMPARE( large.size(), 130 * 130 );
  QVERIFY( same( rowsOfRun( true ), large ) );
  QVERIFY( mFeedback.saidSomething( "large enough to pay for preparing the network" ) );
  QVERIFY( mFeedback.saidSomething( "over the prepared graph" ) );
  QVERIFY( same( rowsOfRun( true ), large ) );
  QVERIFY( mFeedback.saidSomething( "Prepared graph read from the cache" ) );

  // Written as it is searched, 64 origins at a time on one thread (three blocks, the last of
  // two): the CSV file from the prepared graph is the plain searches' to the byte.
  auto csvOfRun = [&]( bool cache, const QString &name )
  {
    QVariantMap p = parameters;
    p.insert( "GRAPH_CACHE", cache );
    p.insert( "OUTPUT", mDir->filePath( name ) );
    mFeedback.infos.clear();
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", p, &error );
    QFile file( results.value( "OUTPUT" ).toString() );
    return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
  };
  const QByteArray plainCsv = csvOfRun( false, "large_plain.csv" );
  QCOMPARE( csvOfRun( true, "large_prepared.csv" ), plainCsv );
  QVERIFY( mFeedback.saidSomething( "over the prepared graph" ) );
  // And each row is the GeoPackage's: origin_id,dest_id,minutes,km,rank,... read back exactly.
  const QList<QByteArray> csvLines = plainCsv.trimmed().split( '\n' );
  QCOMPARE( csvLines.size(), 130 * 130 + 1 );
  for ( int i = 1; i < csvLines.size(); ++i )
  {
    const QList<QByteArray> cells = csvLines[i].trimmed().split( ',' );
    const Row &expected = large.value( qMakePair( QString( cells.value( 0 ) ), QString( cells.value( 1 ) ) ) );
    const bool reached = !cells.value( 2 ).isEmpty();
    QVERIFY2( reached == !isNullValue( expected.minutes ), csvLines[i].constData() );
    if ( reached )
    {
      QVERIFY2( cells.value( 2 ).toDouble() == expected.minutes.toDouble() && cells.value( 4 ).toInt() == expected.rank.toInt(), csvLines[i].constData() );
    }
  }
}

// The cache keeps CAPACITY graphs: storing one more drops the one least recently stored or
// read, and reading a graph (recorded apart from its blob, which is not rewritten) keeps it.
void TestNetworkBuild::graphCacheDropsTheLeastRecentlyUsed()
{
  QTemporaryDir folder;
  const PlaceGapGraphCache cache( folder.filePath( QStringLiteral( "graphs.sqlite" ) ) );
  const auto graphOf = []( double metres )
  { return placegap::buildRoadGraph( { coretest::road( { { 0, 0 }, { metres, 0 } } ) }, placegap::GraphBuildOptions() ); };
  const auto lengthOf = [&]( const QString &key ) -> double
  {
    const std::optional<PlaceGapGraphCache::Entry> entry = cache.load( key );
    return entry ? entry->graph.linkLength[0] : -1;
  };
  QString error;
  for ( int k = 1; k <= PlaceGapGraphCache::CAPACITY; ++k )
    QVERIFY2( cache.store( QStringLiteral( "key%1" ).arg( k ), graphOf( 100.0 * k ), {}, &error ), qPrintable( error ) );
  QCOMPARE( lengthOf( QStringLiteral( "key1" ) ), 100.0 ); // read: key2 is now the least recently used
  QVERIFY2( cache.store( QStringLiteral( "key7" ), graphOf( 700 ), {}, &error ), qPrintable( error ) );
  QCOMPARE( lengthOf( QStringLiteral( "key2" ) ), -1.0 );
  QCOMPARE( lengthOf( QStringLiteral( "key1" ) ), 100.0 );
  for ( int k = 3; k <= 7; ++k )
    QCOMPARE( lengthOf( QStringLiteral( "key%1" ).arg( k ) ), 100.0 * k );
  // The stored graphs' rows were not rewritten by the reads: their store order is unchanged.
  sqlite3 *db = nullptr;
  QCOMPARE( sqlite3_open( folder.filePath( QStringLiteral( "graphs.sqlite" ) ).toUtf8().constData(), &db ), SQLITE_OK );
  sqlite3_stmt *statement = nullptr;
  QCOMPARE( sqlite3_prepare_v2( db, "SELECT key FROM graphs_v2 ORDER BY used", -1, &statement, nullptr ), SQLITE_OK );
  QStringList stored;
  while ( sqlite3_step( statement ) == SQLITE_ROW )
    stored << QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( statement, 0 ) ) );
  sqlite3_finalize( statement );
  sqlite3_close( db );
  QCOMPARE( stored, QStringList( { "key1", "key3", "key4", "key5", "key6", "key7" } ) );
}

void TestNetworkBuild::graphCacheFollowsContentAndChecksums()
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

  // A graph kept by an earlier version (an MD5 checksum, as it wrote) is built again without a
  // word of damage, and kept in the present form.
  {
    sqlite3 *db = nullptr;
    QCOMPARE( sqlite3_open( cachePath.toUtf8().constData(), &db ), SQLITE_OK );
    QCOMPARE( sqlite3_exec( db, "UPDATE graphs_v2 SET checksum = '0123456789abcdef0123456789abcdef'", nullptr, nullptr, nullptr ), SQLITE_OK );
    sqlite3_close( db );
  }
  QCOMPARE( minutesOfRun( true ), slow );
  QVERIFY( !mFeedback.saidSomething( "read from the cache" ) );
  QVERIFY2( mFeedback.warnings.filter( cachePath ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
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

void TestNetworkBuild::emptyNetworkFails()
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

void TestNetworkBuild::nonLineNetworkIsRefused()
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

void TestNetworkBuild::geographicNetworkIsBuiltInUtm()
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

void TestNetworkBuild::lineSitesAreRefused()
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

void TestNetworkBuild::zeroAndNullSpeedsAreWarned()
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

void TestNetworkBuild::nullGeometriesAreWarnedAndNull()
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

void TestNetworkBuild::badParametersAreRefused()
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

void TestNetworkBuild::bulkReadGivesWhatQgisReads_data()
{
  QTest::addColumn<QString>( "crs" );
  QTest::newRow( "in the working CRS" ) << "EPSG:27700";
  QTest::newRow( "reprojected from WGS 84" ) << "EPSG:4326";
}

/*
 * The hand-built network again, in one GeoPackage layer of mixed lines: a plain line, a line
 * with Z, two roads as one multi-line, the ferry with M, a curve (the lines Z M dropped, the
 * curve segmentized by QGIS), and lines to warn of: no geometry, empty, one point, NULL speed
 * (a multi-line ZM), speed 0. Read in bulk from the file and feature by feature through QGIS
 * (the same layer with a filter that keeps every line), the runs agree in every minute, km and
 * warning; O1 -> S1 is worked out by hand: 30 m off the network at 1 m/s and A -> B, 100 m at
 * 10 m/s, 40 s.
 */
void TestNetworkBuild::bulkReadGivesWhatQgisReads()
{
  QFETCH( QString, crs );
  const QList<Line> lines {
      { "LineString(0 0, 100 0)", "F", 36, QVariant(), QVariant() },
      { "LineString Z(100 0 5, 100 100 9)", QVariant(), 36, QVariant(), QVariant() },
      { "MultiLineString((100 100, 0 100), (0 100, 0 0))", QVariant(), 18, "A", QVariant() },
      { "LineString M(100 0 1, 1100 0 2)", QVariant(), QVariant(), QVariant(), 10 },
      { "CircularString(1100 0, 1150 50, 1200 0)", QVariant(), 36, QVariant(), QVariant() },
      { QString(), QVariant(), 36, QVariant(), QVariant() },
      { "LineString EMPTY", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(500 500)", QVariant(), 36, QVariant(), QVariant() },
      { "MultiLineString ZM((0 0 0 0, -100 0 0 0))", QVariant(), QVariant(), QVariant(), QVariant() },
      { "LineString(0 100, -100 100)", "T", 0, QVariant(), QVariant() },
  };
  const QString source = mixedGeoPackage( lines, crs, "mixed.gpkg" );
  QVERIFY( !source.isEmpty() );
  auto *whole = new QgsVectorLayer( source, "whole", "ogr" );
  auto *filtered = new QgsVectorLayer( source, "filtered", "ogr" );
  QVERIFY( whole->isValid() && filtered->isValid() );
  QCOMPARE( whole->featureCount(), 10LL );
  QVERIFY( filtered->setSubsetString( "fid > 0" ) ); // every line
  QCOMPARE( filtered->featureCount(), 10LL );
  mProject.addMapLayers( { whole, filtered }, false, true );
  const QgsCoordinateTransform toCrs( QgsCoordinateReferenceSystem( "EPSG:27700" ), QgsCoordinateReferenceSystem( crs ), mProject.transformContext() );
  const auto site = [&toCrs]( const QString &id, double x, double y )
  { return SitePoint { id, QgsGeometry::fromPointXY( toCrs.transform( QgsPointXY( x, y ) ) ).asWkt( 12 ) }; };
  QgsVectorLayer *origins = makeSites( { site( "O1", 0, -30 ), site( "O2", -100, 10 ) }, crs );
  QgsVectorLayer *destinations = makeSites( { site( "S1", 100, 0 ), site( "S2", 1200, 20 ), site( "S3", 50, 110 ) }, crs );

  QMap<QString, Rows> rows;
  QMap<QString, QStringList> warnings;
  for ( QgsVectorLayer *network : { whole, filtered } )
  {
    mFeedback.infos.clear();
    mFeedback.warnings.clear();
    QVariantMap parameters = matrixParameters( network, origins, destinations, network->name() + ".gpkg" );
    parameters.insert( "GRAPH_CACHE", false );
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    rows[network->name()] = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
    warnings[network->name()] = mFeedback.warnings;
    QVERIFY2( mFeedback.saidSomething( network == whole ? "Reading the network in bulk" : "Reading the network feature by feature (the layer has a filter)" ), qPrintable( mFeedback.infos.join( '\n' ) ) );
  }
  QCOMPARE( rows["whole"].size(), 6 );
  for ( auto row = rows["filtered"].constBegin(); row != rows["filtered"].constEnd(); ++row )
  {
    const Row bulk = rows["whole"].value( row.key() );
    QVERIFY2( bulk.minutes == row.value().minutes && bulk.km == row.value().km, qPrintable( QStringLiteral( "%1 -> %2: %3 min %4 km in bulk, %5 min %6 km through QGIS" ).arg( row.key().first, row.key().second, bulk.minutes.toString(), bulk.km.toString(), row.value().minutes.toString(), row.value().km.toString() ) ) );
  }
  QCOMPARE( warnings["whole"], warnings["filtered"] );
  for ( const QString &feature : { "Network feature 6 has no geometry", "Network feature 7 has no geometry", "Network feature 8 has a part with fewer than two vertices", "Network feature 9: speed field 'speed' is NULL", "Network feature 10: speed field 'speed' is 0" } )
    QVERIFY2( !mFeedback.warningsWith( { feature } ).isEmpty(), qPrintable( feature + QStringLiteral( " not in:\n" ) + warnings["whole"].join( '\n' ) ) );
  const double o1s1 = rows["whole"].value( qMakePair( QString( "O1" ), QString( "S1" ) ) ).minutes.toDouble() * 60;
  QVERIFY2( std::abs( o1s1 - 40.0 ) < ( crs == "EPSG:27700" ? 1e-9 : 0.5 ), qPrintable( QString::number( o1s1 ) ) );
  // S2 beyond the ferry is reached over the curve: the multi-line, the ferry and the curve are all roads.
  QVERIFY( !isNullValue( rows["whole"].value( qMakePair( QString( "O2" ), QString( "S2" ) ) ).minutes ) );
}

// Bulk reading only where it gives what QGIS gives; else feature by feature, saying why.
void TestNetworkBuild::bulkReadOnlyWhereItMatches()
{
  QgsVectorLayer *origins = makeSites( { { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S1", "Point(100 0)" } } );
  const auto reading = [&]( QgsVectorLayer *network, const QVariantMap &extra = QVariantMap() )
  {
    mFeedback.infos.clear();
    QVariantMap parameters = matrixParameters( network, origins, services, "reading.gpkg" );
    parameters.insert( "GRAPH_CACHE", false );
    for ( auto value = extra.constBegin(); value != extra.constEnd(); ++value )
      parameters.insert( value.key(), value.value() );
    QString error;
    const QVariantMap results = run( "placegap:traveltimematrix", parameters, &error );
    if ( results.isEmpty() )
      return error;
    const Rows rows = readRows( results.value( "OUTPUT" ).toString(), "origin_id", "dest_id" );
    if ( rows.value( qMakePair( QString( "O1" ), QString( "S1" ) ) ).minutes.toDouble() * 60 != 40.0 )
      return QStringLiteral( "wrong minutes" );
    const QStringList said = mFeedback.infos.filter( "Reading the network" );
    return said.isEmpty() ? QString() : said.first();
  };
  QgsVectorLayer *memory = makeNetwork( HAND_NETWORK );
  QCOMPARE( reading( memory ), QStringLiteral( "Reading the network feature by feature (not a GeoPackage layer)…" ) );
  QgsVectorLayer *network = savedAsGeoPackage( memory, "network.gpkg" );
  QVERIFY( network );
  QCOMPARE( reading( network ), QStringLiteral( "Reading the network in bulk (GDAL's columns of the GeoPackage)…" ) );
  QVERIFY( network->startEditing() );
  QCOMPARE( reading( network ), QStringLiteral( "Reading the network feature by feature (the layer is being edited)…" ) );
  network->rollBack();
  network->selectByIds( QgsFeatureIds { 1, 2, 3, 4, 5, 6, 7 } );
  QCOMPARE( reading( network, { { "INPUT", QVariant::fromValue( QgsProcessingFeatureSourceDefinition( network->id(), true ) ) } } ), QStringLiteral( "Reading the network feature by feature (not a layer read whole)…" ) );
}

QTEST_MAIN( TestNetworkBuild )
#include "testnetworkbuildalgorithm.moc"
