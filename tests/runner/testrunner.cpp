/***************************************************************************
  testrunner.cpp - placegap_process runs algorithms and models from the command line
 ***************************************************************************/
#include "placegapmalloctunables.h"
#include "placegaptestutils.h"

#include "qgscoordinatetransformcontext.h"
#include "qgsgeometry.h"
#include "qgsvectordataprovider.h"
#include "qgsvectorfilewriter.h"
#include "qgsvectorlayer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtTest>

namespace
{
  const QString EXAMPLE = QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects/example/example_small_areas.geojson" );
  const QString MODEL = QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects/models/council_deprivation_quintiles.model3" );

  struct RunResult
  {
      int exitCode = -1;
      QByteArray out;
      QString err;
  };

  RunResult runner( const QStringList &arguments, const QByteArray &stdinData = QByteArray() )
  {
    QProcess process;
    process.start( QStringLiteral( PLACEGAP_PROCESS_BINARY ), arguments );
    if ( !stdinData.isNull() )
    {
      process.write( stdinData );
      process.closeWriteChannel();
    }
    process.waitForFinished( 120 * 1000 );
    return RunResult { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(), QString::fromLocal8Bit( process.readAllStandardError() ) };
  }

  /*
   * Population-weighted quintile and decile within each council of the bundled example,
   * worked by hand: sort by rank, accumulate population, class = floor(midpoint x k) + 1.
   *
   * North Glen (2855 people): EX10 [0,480] EX11 [480,1200] EX08 [1200,1740]
   *   EX12 [1740,2245] EX09 [2245,2855]
   * Harbour Town (6205): EX01 [0,820] EX02 [820,1830] EX03 [1830,2590] EX04 [2590,3495]
   *   EX07 [3495,4365] EX05 [4365,5055] EX06 [5055,6205]
   */
  const QMap<QString, QPair<int, int>> EXPECTED_WEIGHTED {
      { "EX10", { 1, 1 } },
      { "EX11", { 2, 3 } },
      { "EX08", { 3, 6 } },
      { "EX12", { 4, 7 } },
      { "EX09", { 5, 9 } },
      { "EX01", { 1, 1 } },
      { "EX02", { 2, 3 } },
      { "EX03", { 2, 4 } },
      { "EX04", { 3, 5 } },
      { "EX07", { 4, 7 } },
      { "EX05", { 4, 8 } },
      { "EX06", { 5, 10 } },
  };
} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void listShowsBothProviders();
    void helpDescribesParameters();
    void runsAlgorithmOnGeoPackage();
    void runsWithJsonOnStdin();
    void runsOnLayerNamedByProviderPlugin();
    void runsModelMixingNativeAndPlaceGap();
    void failuresExitNonZeroWithMessage();
    void sigtermCancelsAndLeavesNothing();
    void startsTheRunnerWithHugePagesForMalloc();

  private:
    void compareWeighted( const QString &output );
    QTemporaryDir mDir;
    QString mGeoPackage;
    QString mInvalidGeoPackage;
};

void TestRunner::initTestCase()
{
  placegaptest::startQgis();
  QVERIFY( mDir.isValid() );
  // The runner reads GeoPackages like any other OGR source: make one from the example.
  QgsVectorLayer example( EXAMPLE, QStringLiteral( "example" ), QStringLiteral( "ogr" ) );
  QVERIFY( example.isValid() );
  mGeoPackage = mDir.filePath( QStringLiteral( "areas.gpkg" ) );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = QStringLiteral( "areas" );
  QString error;
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( &example, mGeoPackage, QgsCoordinateTransformContext(), options, &error ), QgsVectorFileWriter::NoError );

  // A copy whose first area is a self-intersecting "bow tie", as boundary files sometimes have.
  mInvalidGeoPackage = mDir.filePath( QStringLiteral( "invalid.gpkg" ) );
  QVERIFY( QFile::copy( mGeoPackage, mInvalidGeoPackage ) );
  QgsVectorLayer invalid( mInvalidGeoPackage + QStringLiteral( "|layername=areas" ), QStringLiteral( "invalid" ), QStringLiteral( "ogr" ) );
  QVERIFY( invalid.isValid() );
  QgsFeature first;
  QVERIFY( invalid.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "code = 'EX01'" ) ) ).nextFeature( first ) );
  const QgsGeometry bowTie = QgsGeometry::fromWkt( QStringLiteral( "Polygon((390000 805000, 391000 806000, 391000 805000, 390000 806000, 390000 805000))" ) );
  QVERIFY( !bowTie.isGeosValid() );
  QVERIFY( invalid.dataProvider()->changeGeometryValues( { { first.id(), bowTie } } ) );
}

void TestRunner::listShowsBothProviders()
{
  const RunResult text = runner( { QStringLiteral( "list" ) } );
  QCOMPARE( text.exitCode, 0 );
  QVERIFY( text.out.contains( "placegap:deprivationquantiles" ) );
  QVERIFY( text.out.contains( "native:fixgeometries" ) );

  const RunResult json = runner( { QStringLiteral( "list" ), QStringLiteral( "--json" ) } );
  QCOMPARE( json.exitCode, 0 );
  const QJsonObject providers = QJsonDocument::fromJson( json.out ).object().value( "providers" ).toObject();
  QVERIFY( providers.contains( "placegap" ) );
  QVERIFY( providers.contains( "native" ) );
  const QJsonArray algorithms = providers.value( "placegap" ).toObject().value( "algorithms" ).toArray();
  // Other algorithms may sort before it: look the entry up by id.
  QJsonObject quantiles;
  for ( const QJsonValue &algorithm : algorithms )
  {
    if ( algorithm.toObject().value( "id" ).toString() == QLatin1String( "placegap:deprivationquantiles" ) )
      quantiles = algorithm.toObject();
  }
  QVERIFY( !quantiles.isEmpty() );
  QCOMPARE( quantiles.value( "group" ).toString(), QStringLiteral( "Deprivation and attainment" ) );
}

void TestRunner::helpDescribesParameters()
{
  const RunResult help = runner( { QStringLiteral( "help" ), QStringLiteral( "placegap:deprivationquantiles" ) } );
  QCOMPARE( help.exitCode, 0 );
  for ( const char *name : { "INPUT", "RANK_FIELD", "METHOD", "RANK_COUNT", "GROUP_FIELD", "POPULATION_FIELD", "FIELD_PREFIX", "OUTPUT" } )
    QVERIFY2( help.out.contains( QByteArray( name ) + ':' ), name );
  QVERIFY( help.out.contains( "2: Within each group, population-weighted" ) );
  // Without a dialog's Help button, the runner says where the full page is.
  QVERIFY2( help.out.contains( "Full documentation: file://" ) && help.out.contains( "deprivation.html#placegapdeprivationquantiles" ), help.out.constData() );

  const RunResult model = runner( { QStringLiteral( "help" ), MODEL } );
  QCOMPARE( model.exitCode, 0 );
  QVERIFY( model.out.contains( "RANK_FIELD" ) );
}

void TestRunner::compareWeighted( const QString &output )
{
  QgsVectorLayer layer( output, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QVERIFY2( layer.isValid(), qPrintable( output ) );
  QCOMPARE( layer.featureCount(), 12LL );
  QCOMPARE( layer.crs().authid(), QStringLiteral( "EPSG:27700" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  int checked = 0;
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( QStringLiteral( "code" ) ).toString();
    QVERIFY2( EXPECTED_WEIGHTED.contains( code ), qPrintable( code ) );
    QCOMPARE( feature.attribute( QStringLiteral( "quintile" ) ).toInt(), EXPECTED_WEIGHTED.value( code ).first );
    QCOMPARE( feature.attribute( QStringLiteral( "decile" ) ).toInt(), EXPECTED_WEIGHTED.value( code ).second );
    QVERIFY( !feature.geometry().isEmpty() );
    ++checked;
  }
  QCOMPARE( checked, 12 );
}

void TestRunner::runsAlgorithmOnGeoPackage()
{
  const QString output = mDir.filePath( QStringLiteral( "weighted.gpkg" ) );
  const RunResult run = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ),
                                  QStringLiteral( "--INPUT=%1|layername=areas" ).arg( mGeoPackage ), QStringLiteral( "--RANK_FIELD=simd_rank" ),
                                  QStringLiteral( "--METHOD=2" ), QStringLiteral( "--GROUP_FIELD=council" ), QStringLiteral( "--POPULATION_FIELD=population" ),
                                  QStringLiteral( "--OUTPUT=%1" ).arg( output ) } );
  QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
  QVERIFY2( run.err.contains( QStringLiteral( "100" ) ), qPrintable( run.err ) ); // progress reached the end
  const QJsonObject result = QJsonDocument::fromJson( run.out ).object();
  QCOMPARE( result.value( "algorithm" ).toString(), QStringLiteral( "placegap:deprivationquantiles" ) );
  QCOMPARE( result.value( "inputs" ).toObject().value( "METHOD" ).toString(), QStringLiteral( "2" ) );
  QCOMPARE( result.value( "results" ).toObject().value( "OUTPUT" ).toString(), output );
  compareWeighted( output );
}

void TestRunner::runsWithJsonOnStdin()
{
  const QString output = mDir.filePath( QStringLiteral( "stdin.gpkg" ) );
  const QJsonObject request { { "inputs", QJsonObject {
                                              { "INPUT", mGeoPackage },
                                              { "RANK_FIELD", "simd_rank" },
                                              { "METHOD", 2 },
                                              { "GROUP_FIELD", "council" },
                                              { "POPULATION_FIELD", "population" },
                                              { "OUTPUT", output },
                                          } } };
  const RunResult run = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "-" ) }, QJsonDocument( request ).toJson() );
  QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
  QCOMPARE( QJsonDocument::fromJson( run.out ).object().value( "results" ).toObject().value( "OUTPUT" ).toString(), output );
  compareWeighted( output );
}

// A run on files starts QGIS without its provider plugins; a layer named by one of them (here
// the delimited text provider, a plugin) makes the runner start them, so the run still reads it.
void TestRunner::runsOnLayerNamedByProviderPlugin()
{
  QgsVectorLayer example( EXAMPLE, QStringLiteral( "example" ), QStringLiteral( "ogr" ) );
  QVERIFY( example.isValid() );
  const QString csv = mDir.filePath( QStringLiteral( "areas.csv" ) );
  QFile file( csv );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "code,council,simd_rank,population,wkt\n" );
  QgsFeature feature;
  QgsFeatureIterator it = example.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    file.write( QStringLiteral( "%1,%2,%3,%4,\"%5\"\n" ).arg( feature.attribute( QStringLiteral( "code" ) ).toString(), feature.attribute( QStringLiteral( "council" ) ).toString(), feature.attribute( QStringLiteral( "simd_rank" ) ).toString(), feature.attribute( QStringLiteral( "population" ) ).toString(), feature.geometry().asWkt() ).toUtf8() );
  }
  file.close();

  const QString output = mDir.filePath( QStringLiteral( "delimited.gpkg" ) );
  const QString input = QStringLiteral( "delimitedtext://%1?type=csv&wktField=wkt&geomType=Polygon&crs=EPSG:27700" ).arg( QUrl::fromLocalFile( csv ).toString() );
  const RunResult run = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "--INPUT=%1" ).arg( input ), QStringLiteral( "--RANK_FIELD=simd_rank" ),
                                  QStringLiteral( "--METHOD=2" ), QStringLiteral( "--GROUP_FIELD=council" ), QStringLiteral( "--POPULATION_FIELD=population" ), QStringLiteral( "--OUTPUT=%1" ).arg( output ) } );
  QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
  compareWeighted( output );
}

// The bundled model repairs geometries with native:fixgeometries, then runs
// placegap:deprivationquantiles population-weighted within each council.
void TestRunner::runsModelMixingNativeAndPlaceGap()
{
  const QString output = mDir.filePath( QStringLiteral( "model.gpkg" ) );
  const RunResult run = runner( { QStringLiteral( "run" ), MODEL, QStringLiteral( "--INPUT=%1" ).arg( mInvalidGeoPackage ),
                                  QStringLiteral( "--RANK_FIELD=simd_rank" ), QStringLiteral( "--POPULATION_FIELD=population" ),
                                  QStringLiteral( "--GROUP_FIELD=council" ), QStringLiteral( "--deprivationquantiles:QUANTILES=%1" ).arg( output ) } );
  QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
  const QJsonObject results = QJsonDocument::fromJson( run.out ).object().value( "results" ).toObject();
  QVERIFY2( results.value( "deprivationquantiles:QUANTILES" ).toString().startsWith( output ), run.out.constData() );
  compareWeighted( output );

  // native:fixgeometries ran first: the bow tie came out repaired.
  QgsVectorLayer repaired( output, QStringLiteral( "repaired" ), QStringLiteral( "ogr" ) );
  QgsFeature first;
  QVERIFY( repaired.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "code = 'EX01'" ) ) ).nextFeature( first ) );
  QVERIFY( first.geometry().isGeosValid() );
  QCOMPARE( first.geometry().area(), 500000.0 ); // two triangles of 0.25 km2 each
}

void TestRunner::sigtermCancelsAndLeavesNothing()
{
  // The sample data build takes a good 10 s: SIGTERM once it is writing layers. The run is
  // cancelled (exit 143 = 128 + SIGTERM), says so, and leaves neither the GeoPackage nor a partial one.
  QTemporaryDir folder;
  const QString output = folder.filePath( QStringLiteral( "northern_alliance.gpkg" ) );
  QProcess process;
  process.start( QStringLiteral( PLACEGAP_PROCESS_BINARY ), { QStringLiteral( "run" ), QStringLiteral( "placegap:buildsampledata" ), QStringLiteral( "--SOURCE_FOLDER=%1" ).arg( PLACEGAP_SOURCE_DATA_DIR ), QStringLiteral( "--OUTPUT=%1" ).arg( output ) } );
  QVERIFY( process.waitForStarted() );
  QString log;
  QElapsedTimer timer;
  timer.start();
  while ( !log.contains( QStringLiteral( "Writing the sources table" ) ) && timer.elapsed() < 60000 && process.state() == QProcess::Running )
  {
    process.waitForReadyRead( 200 );
    log += QString::fromLocal8Bit( process.readAllStandardError() );
  }
  QVERIFY2( log.contains( QStringLiteral( "Writing the sources table" ) ), qPrintable( log ) );
  process.terminate(); // SIGTERM
  QVERIFY( process.waitForFinished( 60000 ) );
  log += QString::fromLocal8Bit( process.readAllStandardError() );
  QCOMPARE( process.exitStatus(), QProcess::NormalExit );
  QCOMPARE( process.exitCode(), 143 );
  QVERIFY2( log.contains( QStringLiteral( "Cancelled" ) ), qPrintable( log.right( 2000 ) ) );
  QCOMPARE( QDir( folder.path() ).entryList( QDir::Files | QDir::Hidden ), QStringList() );
}

void TestRunner::failuresExitNonZeroWithMessage()
{
  const QString output = mDir.filePath( QStringLiteral( "failed.gpkg" ) );
  const RunResult missingField = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "--INPUT=%1" ).arg( mGeoPackage ),
                                           QStringLiteral( "--RANK_FIELD=simd_rank" ), QStringLiteral( "--METHOD=1" ), QStringLiteral( "--GROUP_FIELD=ward" ), QStringLiteral( "--OUTPUT=%1" ).arg( output ) } );
  QCOMPARE( missingField.exitCode, 1 );
  QVERIFY2( missingField.err.contains( QStringLiteral( "'ward'" ) ), qPrintable( missingField.err ) );
  QVERIFY( missingField.out.isEmpty() );
  QVERIFY( !QFile::exists( output ) );

  const RunResult unknown = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:nosuchthing" ) } );
  QCOMPARE( unknown.exitCode, 1 );
  QVERIFY( unknown.err.contains( QStringLiteral( "placegap:nosuchthing" ) ) );

  const RunResult unknownParameter = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "--RANKFIELD=simd_rank" ) } );
  QCOMPARE( unknownParameter.exitCode, 2 );
  QVERIFY( unknownParameter.err.contains( QStringLiteral( "RANKFIELD" ) ) );

  const RunResult badArgument = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "RANK_FIELD" ) } );
  QCOMPARE( badArgument.exitCode, 2 );

  const RunResult badJson = runner( { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "-" ) }, QByteArray( "{not json" ) );
  QCOMPARE( badJson.exitCode, 2 );
  QVERIFY( badJson.err.contains( QStringLiteral( "JSON" ) ) );
}

void TestRunner::startsTheRunnerWithHugePagesForMalloc()
{
  // The tunables the runner is given: huge pages added to what the user set, unless the user
  // set them (to anything).
  using placegap::launcher::withHugePages;
  QCOMPARE( withHugePages( "" ), std::string( "glibc.malloc.hugetlb=1" ) );
  QCOMPARE( withHugePages( "glibc.malloc.arena_max=2" ), std::string( "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1" ) );
  QCOMPARE( withHugePages( "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0" ), std::string( "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0" ) );
  QCOMPARE( withHugePages( "glibc.malloc.hugetlb=2:glibc.malloc.arena_max=2" ), std::string( "glibc.malloc.hugetlb=2:glibc.malloc.arena_max=2" ) );
  QCOMPARE( withHugePages( "glibc.malloc.hugetlbx=1" ), std::string( "glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1" ) );
  QCOMPARE( withHugePages( "glibc.malloc.huge" ), std::string( "glibc.malloc.huge:glibc.malloc.hugetlb=1" ) );

#ifndef Q_OS_LINUX
  QSKIP( "Outside Linux placegap_process is the runner itself." );
#else
  // placegap_process becomes placegap_runner, the same process, with those tunables: read from
  // /proc while the runner waits for its parameters on stdin. (glibc cuts a list of several
  // apart in place as it reads it, so only single ones are read back here.) What the runner
  // does with its arguments, streams and exit codes the tests above show through it.
  const QList<QPair<QString, QString>> cases {
      { QString(), QStringLiteral( "glibc.malloc.hugetlb=1" ) },
      { QStringLiteral( "glibc.malloc.hugetlb=0" ), QStringLiteral( "glibc.malloc.hugetlb=0" ) },
  };
  for ( const auto &[given, expected] : cases )
  {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if ( given.isNull() )
      environment.remove( QStringLiteral( "GLIBC_TUNABLES" ) );
    else
      environment.insert( QStringLiteral( "GLIBC_TUNABLES" ), given );
    QProcess process;
    process.setProcessEnvironment( environment );
    process.start( QStringLiteral( PLACEGAP_PROCESS_BINARY ), { QStringLiteral( "run" ), QStringLiteral( "placegap:deprivationquantiles" ), QStringLiteral( "-" ) } );
    QVERIFY( process.waitForStarted() );
    const QString executable = QStringLiteral( "/proc/%1/exe" ).arg( process.processId() );
    QElapsedTimer timer;
    timer.start();
    while ( !QFileInfo( executable ).symLinkTarget().endsWith( QLatin1String( "/placegap_runner" ) ) && timer.elapsed() < 30000 )
      QThread::msleep( 5 );
    QVERIFY2( QFileInfo( executable ).symLinkTarget().endsWith( QLatin1String( "/placegap_runner" ) ), qPrintable( QFileInfo( executable ).symLinkTarget() ) );
    // The kernel names the new program a moment before it lays out its environment: until then
    // /proc shows none.
    const QString environmentFile = QStringLiteral( "/proc/%1/environ" ).arg( process.processId() );
    QByteArray environmentBytes;
    while ( environmentBytes.isEmpty() && timer.elapsed() < 30000 )
    {
      QFile file( environmentFile );
      QVERIFY( file.open( QIODevice::ReadOnly ) );
      environmentBytes = file.readAll();
      if ( environmentBytes.isEmpty() )
        QThread::msleep( 5 );
    }
    QStringList tunables;
    for ( const QByteArray &entry : environmentBytes.split( '\0' ) )
    {
      if ( entry.startsWith( "GLIBC_TUNABLES=" ) )
        tunables << QString::fromLocal8Bit( entry.mid( 15 ) );
    }
    QCOMPARE( tunables, QStringList { expected } );
    process.write( "not JSON" );
    process.closeWriteChannel();
    QVERIFY( process.waitForFinished( 60000 ) );
    QCOMPARE( process.exitCode(), 2 );
    QVERIFY( process.readAllStandardError().contains( "not valid JSON" ) );
  }

  // Without the runner beside it, it says what it could not start, and fails.
  QTemporaryDir alone;
  const QString copy = alone.filePath( QStringLiteral( "placegap_process" ) );
  QVERIFY( QFile::copy( QStringLiteral( PLACEGAP_PROCESS_BINARY ), copy ) );
  QProcess lonely;
  lonely.start( copy, { QStringLiteral( "list" ) } );
  QVERIFY( lonely.waitForFinished( 30000 ) );
  QCOMPARE( lonely.exitCode(), 1 );
  const QString error = QString::fromLocal8Bit( lonely.readAllStandardError() );
  QVERIFY2( error.contains( QStringLiteral( "cannot start %1/placegap_runner" ).arg( QFileInfo( copy ).canonicalPath() ) ), qPrintable( error ) );
#endif
}

QTEST_MAIN( TestRunner )
#include "testrunner.moc"
