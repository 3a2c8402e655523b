/***************************************************************************
  testbuildsampledataalgorithm.cpp - placegap:buildsampledata on the shipped open data
 ***************************************************************************/
#include "placegaptestutils.h"

#include "placegapalgorithmbuildsampledata.h"
#include "placegapsamplesources.h"
#include "placegapsourcechecksums.h"

#include "qgsfeaturerequest.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsvectorlayer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <cmath>

namespace
{
  const QString SOURCES = QStringLiteral( PLACEGAP_SOURCE_DATA_DIR );

  //! Data zones and schools per Northern Alliance council, as the publishers' files count them.
  const QMap<QString, int> ZONES_PER_COUNCIL {
      { "S12000033", 283 },
      { "S12000034", 340 },
      { "S12000035", 125 },
      { "S12000013", 36 },
      { "S12000017", 312 },
      { "S12000020", 126 },
      { "S12000023", 29 },
      { "S12000027", 30 },
  };
  const QMap<QString, int> SCHOOLS_PER_COUNCIL {
      { "S12000017", 198 },
      { "S12000034", 167 },
      { "S12000035", 88 },
      { "S12000033", 63 },
      { "S12000020", 52 },
      { "S12000027", 34 },
      { "S12000023", 26 },
      { "S12000013", 26 },
  };

  //! Path of a shipped source file found by name under the sources folder; empty when absent.
  QString shippedFile( const QString &fileName )
  {
    QDirIterator it( SOURCES, { fileName }, QDir::Files, QDirIterator::Subdirectories );
    return it.hasNext() ? it.next() : QString();
  }

  //! The cells of one CSV line, split at commas outside double quotes (the quotes dropped).
  QStringList csvCells( const QString &line )
  {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for ( const QChar c : line )
    {
      if ( c == '"' )
        quoted = !quoted;
      else if ( c == ',' && !quoted )
      {
        cells << cell;
        cell.clear();
      }
      else
        cell += c;
    }
    cells << cell;
    return cells;
  }

  std::unique_ptr<QgsVectorLayer> openLayer( const QString &gpkg, const QString &layer )
  {
    return std::make_unique<QgsVectorLayer>( gpkg + QStringLiteral( "|layername=" ) + layer, layer, QStringLiteral( "ogr" ) );
  }
} // namespace

class TestBuildSampleData : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void layersAndCrs();
    void dataZonesPerCouncil();
    void nationalClassesMatchPublishedSimd();
    void councilQuintilesCutNearestToFifths();
    void schoolsJoinCompletely();
    void acelIntervalsMatchThePublishedFile();
    void cohortsAreTheStagesAcelReports();
    void oneNamePerCouncilAcrossLayers();
    void geometriesAreValid();
    void islandsFollowTheCoast();
    void degreeOfUrbanisationOfEveryZone();
    void attainmentModelOutputsWritten();
    void sourcesAndAttribution();
    void missingSourceFileFails();
    void truncatedSourceFileFails();
    void outputIsCheckedBeforeAnyWork();
    void failedRunKeepsThePreviousFile();
    void halfASchoolRollIsRefused();
    void duplicateCodeFails();
    void unreadableSourceFileFails_data();
    void unreadableSourceFileFails();
    void alteredShippedFileFailsItsChecksum_data();
    void alteredShippedFileFailsItsChecksum();
    void shippedFilesMatchTheirManifestAndSourceNotes();

  private:
    QString run( const QString &folder, const QString &output, QString *error = nullptr );
    //! A folder linking every shipped source file, with one replaced or left out.
    QString folderWith( const QString &replacedFileName, const QByteArray &replacement, bool omit = false, bool withManifest = false );

    QTemporaryDir mDir;
    QString mGeoPackage;
    int mFolders = 0;
};

void TestBuildSampleData::initTestCase()
{
  placegaptest::startQgis();
  QVERIFY( QFileInfo( SOURCES ).isDir() );
  // A name with an extra dot, as users version files (it once failed after 6 s of work).
  mGeoPackage = mDir.filePath( QStringLiteral( "northern_alliance.v2.gpkg" ) );
  QString error;
  QVERIFY2( !run( SOURCES, mGeoPackage, &error ).isEmpty(), qPrintable( error ) );
}

QString TestBuildSampleData::run( const QString &folder, const QString &output, QString *error )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:buildsampledata" ) ) );
  QgsProcessingContext context;
  placegaptest::CapturingFeedback feedback;
  const QVariantMap parameters { { "SOURCE_FOLDER", folder }, { "OUTPUT", output } };
  try
  {
    bool ok = false;
    const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok, QVariantMap(), false );
    if ( ok )
    {
      if ( results.value( "DATA_ZONE_COUNT" ).toInt() != 1281 )
        return QString();
      return results.value( "OUTPUT" ).toString();
    }
  }
  catch ( QgsProcessingException &e )
  {
    if ( error )
      *error = e.what();
  }
  return QString();
}

QString TestBuildSampleData::folderWith( const QString &replacedFileName, const QByteArray &replacement, bool omit, bool withManifest )
{
  const QString folder = mDir.filePath( QStringLiteral( "sources%1" ).arg( ++mFolders ) );
  QDir().mkpath( folder );
  if ( withManifest )
    QFile::copy( SOURCES + QStringLiteral( "/SHA256SUMS" ), folder + QStringLiteral( "/SHA256SUMS" ) );
  for ( const PlaceGapSampleSource &source : PlaceGapSampleSource::all() )
  {
    const QString original = shippedFile( source.fileName );
    if ( original.isEmpty() )
      return QString();
    const QString target = folder + '/' + source.fileName;
    if ( source.fileName != replacedFileName )
      QFile::link( original, target );
    else if ( !omit )
    {
      QFile file( target );
      file.open( QIODevice::WriteOnly );
      file.write( replacement );
    }
  }
  return folder;
}

void TestBuildSampleData::layersAndCrs()
{
  for ( const QString &name : { PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS, PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS, PlaceGapBuildSampleDataAlgorithm::LAYER_HOSPITALS, PlaceGapBuildSampleDataAlgorithm::LAYER_LAND, PlaceGapBuildSampleDataAlgorithm::LAYER_ISLANDS, PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_BIVARIATE } )
  {
    const auto layer = openLayer( mGeoPackage, name );
    QVERIFY2( layer->isValid(), qPrintable( name ) );
    QVERIFY2( layer->featureCount() > 0, qPrintable( name ) );
    QCOMPARE( layer->crs().authid(), QStringLiteral( "EPSG:27700" ) );
  }
  QCOMPARE( openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS )->featureCount(), 8LL );
  QCOMPARE( openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS )->featureCount(), 654LL );
  // NHS Grampian 36, Highland 40, Shetland 6, Western Isles 4, Orkney 1.
  QCOMPARE( openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_HOSPITALS )->featureCount(), 87LL );
  // Ferries: the 89 terminals of the area, and the 1,726 published sailings touching it, in the
  // fields the network algorithms read by default (stop codes, HH:MM, minutes, a 0/1 field per day).
  const auto terminals = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_TERMINALS );
  QCOMPARE( terminals->featureCount(), 89LL );
  QCOMPARE( terminals->crs().authid(), QStringLiteral( "EPSG:27700" ) );
  const auto sailings = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_SAILINGS );
  QCOMPARE( sailings->featureCount(), 1726LL );
  for ( const char *field : { "from_stop", "to_stop", "departure", "run_minutes", "mon", "tue", "wed", "thu", "fri", "sat", "sun" } )
    QVERIFY2( sailings->fields().lookupField( field ) >= 0, field );
  QgsFeature barraEriskay;
  QgsFeatureIterator sailingIt = sailings->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "from_stop = '9300AHB' AND to_stop = '9300ERI' AND departure = '07:15' AND thu = '1'" ) ) );
  QVERIFY( sailingIt.nextFeature( barraEriskay ) );
  QCOMPARE( barraEriskay.attribute( "run_minutes" ).toString(), QStringLiteral( "40.0" ) );
  // The intermediate zones are exactly those holding a Northern Alliance data zone.
  const auto zones = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES );
  QSet<QString> izCodes;
  QgsFeature f;
  QgsFeatureIterator it = zones->getFeatures();
  while ( it.nextFeature( f ) )
    izCodes << f.attribute( "iz_code" ).toString();
  QCOMPARE( openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES )->featureCount(), static_cast<long long>( izCodes.size() ) );
}

void TestBuildSampleData::dataZonesPerCouncil()
{
  const auto zones = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES );
  QCOMPARE( zones->featureCount(), 1281LL );
  QMap<QString, int> counted;
  QMap<QString, double> population;
  QgsFeature f;
  QgsFeatureIterator it = zones->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString code = f.attribute( "dz_code" ).toString();
    counted[f.attribute( "council_code" ).toString()]++;
    population[f.attribute( "council_code" ).toString()] += f.attribute( "population" ).toDouble();
    for ( const char *field : { "simd_rank", "population", "simd_quintile", "council_quintile", "council_decile", "income_rank", "ur8", "ur8_name", "iz_code" } )
      QVERIFY2( !f.attribute( field ).isNull(), qPrintable( code + ": " + field ) );
  }
  QCOMPARE( counted, ZONES_PER_COUNCIL );

  // Council populations agree with the council layer's own totals.
  const auto councils = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS );
  it = councils->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString code = f.attribute( "council_code" ).toString();
    QCOMPARE( f.attribute( "population" ).toDouble(), population.value( code ) );
    QCOMPARE( f.attribute( "data_zones" ).toInt(), ZONES_PER_COUNCIL.value( code ) );
  }
}

// Independent check: SG's CSV release of SIMD 2020v2 carries its own quintile and decile.
void TestBuildSampleData::nationalClassesMatchPublishedSimd()
{
  QgsVectorLayer published( SOURCES + QStringLiteral( "/simd2020v2/simd2020_withinds.csv" ), QStringLiteral( "published" ), QStringLiteral( "ogr" ) );
  QVERIFY( published.isValid() );
  QHash<QString, QPair<int, int>> classes;
  QgsFeature f;
  QgsFeatureIterator it = published.getFeatures();
  while ( it.nextFeature( f ) )
    classes.insert( f.attribute( "Data_Zone" ).toString(), { f.attribute( "SIMD2020v2_Quintile" ).toInt(), f.attribute( "SIMD2020v2_Decile" ).toInt() } );
  QCOMPARE( classes.size(), 6976 );

  const auto zones = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES );
  it = zones->getFeatures();
  int checked = 0;
  while ( it.nextFeature( f ) )
  {
    const QString code = f.attribute( "dz_code" ).toString();
    QVERIFY2( classes.contains( code ), qPrintable( code ) );
    QCOMPARE( f.attribute( "simd_quintile" ).toInt(), classes.value( code ).first );
    QCOMPARE( f.attribute( "simd_decile" ).toInt(), classes.value( code ).second );
    ++checked;
  }
  QCOMPARE( checked, 1281 );
}

// The defining property of PHS population-weighted quintiles: within each council, every cut
// between quintile k and k+1 sits at the zone boundary nearest to k/5 of the population.
void TestBuildSampleData::councilQuintilesCutNearestToFifths()
{
  struct Zone
  {
      double rank, population;
      int quintile;
  };
  QMap<QString, QVector<Zone>> councils;
  const auto zones = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES );
  QgsFeature f;
  QgsFeatureIterator it = zones->getFeatures();
  while ( it.nextFeature( f ) )
    councils[f.attribute( "council_code" ).toString()].append( { f.attribute( "simd_rank" ).toDouble(), f.attribute( "population" ).toDouble(), f.attribute( "council_quintile" ).toInt() } );

  for ( auto council = councils.begin(); council != councils.end(); ++council )
  {
    QVector<Zone> &list = council.value();
    std::sort( list.begin(), list.end(), []( const Zone &a, const Zone &b )
               { return a.rank < b.rank; } );
    double total = 0;
    for ( const Zone &zone : list )
      total += zone.population;
    // Shares at every boundary between consecutive zones (0 and 1 at the ends).
    QVector<double> boundaries { 0 };
    for ( const Zone &zone : list )
      boundaries << boundaries.last() + zone.population / total;
    for ( int i = 1; i < list.size(); ++i )
      QVERIFY2( list[i].quintile >= list[i - 1].quintile, qPrintable( council.key() ) ); // classes follow rank
    for ( int k = 1; k <= 4; ++k )
    {
      // Where the cut was put: the share after the last zone of class <= k.
      int after = 0;
      while ( after < list.size() && list[after].quintile <= k )
        ++after;
      const double cut = boundaries[after];
      double nearest = 2;
      for ( double boundary : boundaries )
        nearest = std::min( nearest, std::abs( boundary - k / 5.0 ) );
      QVERIFY2( std::abs( std::abs( cut - k / 5.0 ) - nearest ) < 1e-12, qPrintable( QStringLiteral( "%1: cut %2 at %3, nearest distance %4" ).arg( council.key() ).arg( k ).arg( cut ).arg( nearest ) ) );
    }
  }
}

void TestBuildSampleData::schoolsJoinCompletely()
{
  const auto schools = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS );
  QMap<QString, int> counted;
  QStringList withoutZone;
  int withAcel = 0, withSimdProfile = 0;
  QgsFeature f;
  QgsFeatureIterator it = schools->getFeatures();
  while ( it.nextFeature( f ) )
  {
    counted[f.attribute( "council_code" ).toString()]++;
    if ( f.attribute( "dz_simd_rank" ).isNull() )
      withoutZone << f.attribute( "seed_code" ).toString();
    if ( !f.attribute( "acel_p_reading" ).isNull() || !f.attribute( "acel_s3_reading" ).isNull() || !f.attribute( "acel_p_notes" ).isNull() || !f.attribute( "acel_s3_notes" ).isNull() )
      ++withAcel;
    if ( !f.attribute( "pupils_simd_q1" ).isNull() )
      ++withSimdProfile;
    QVERIFY( !f.geometry().isNull() );
  }
  QCOMPARE( counted, SCHOOLS_PER_COUNCIL );
  QVERIFY2( withoutZone.isEmpty(), qPrintable( "Schools whose data zone is missing: " + withoutZone.join( ", " ) ) );
  // Special schools have no ACEL return and small schools are suppressed; most have both joins.
  QVERIFY2( withAcel > 500, qPrintable( QString::number( withAcel ) ) );
  QVERIFY2( withSimdProfile > 500, qPrintable( QString::number( withSimdProfile ) ) );
}

/*
 * Every ACEL figure is kept as an interval with its status. Counted independently here: the
 * published CSV read line by line (quoted fields split by hand), "[c]" counted as suppressed and
 * "NN-100%" as banded, per council of the school's seed code; against the layer's status fields,
 * one row per seed code (campus schools have a row per school type with the same figures).
 */
void TestBuildSampleData::acelIntervalsMatchThePublishedFile()
{
  const auto schools = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS );
  const QStringList stages { "p", "s3" };
  const QStringList organisers { "listening", "reading", "writing", "numeracy" };
  QMap<QString, QString> councilOfSeed;
  QMap<QString, int> layerSuppressed, layerBanded;
  QMap<QString, QPair<double, double>> layerInterval; // seed|stage|organiser -> lo, hi
  QgsFeature f;
  QgsFeatureIterator it = schools->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString seed = f.attribute( "seed_code" ).toString();
    if ( councilOfSeed.contains( seed ) )
      continue;
    const QString council = f.attribute( "council_code" ).toString();
    councilOfSeed.insert( seed, council );
    for ( const QString &stage : stages )
    {
      for ( const QString &organiser : organisers )
      {
        const QString base = QStringLiteral( "acel_%1_%2" ).arg( stage, organiser );
        const QString status = f.attribute( base + "_status" ).toString();
        layerSuppressed[council] += status == "suppressed" ? 1 : 0;
        layerBanded[council] += status == "banded" ? 1 : 0;
        if ( !f.attribute( base + "_lo" ).isNull() )
          layerInterval.insert( seed + '|' + stage + '|' + organiser, qMakePair( f.attribute( base + "_lo" ).toDouble(), f.attribute( base + "_hi" ).toDouble() ) );
        // A published value has equal ends and is the value field itself.
        if ( status == "value" )
          QCOMPARE( f.attribute( base + "_lo" ).toDouble(), f.attribute( base ).toDouble() );
      }
    }
  }

  QFile csv( shippedFile( "ACEL2122allschools.csv" ) );
  QVERIFY( csv.open( QIODevice::ReadOnly ) );
  QTextStream lines( &csv );
  lines.readLine(); // header: Stage, LA Name, Seed Code, School Name, Organiser, Percentage
  const QRegularExpression band( QStringLiteral( "^(\\d+)-(\\d+)%$" ) );
  QMap<QString, int> fileSuppressed, fileBanded;
  int checkedIntervals = 0;
  while ( !lines.atEnd() )
  {
    const QStringList cells = csvCells( lines.readLine() );
    QCOMPARE( cells.size(), 6 );
    const QString council = councilOfSeed.value( cells[2] );
    if ( council.isEmpty() )
      continue; // a school outside the Northern Alliance
    const QString stage = cells[0] == "S3" ? "s3" : "p";
    const QString organiser = cells[4] == "Listening and Talking" ? "listening" : cells[4].toLower();
    const QString text = cells[5].trimmed();
    const QRegularExpressionMatch match = band.match( text );
    fileSuppressed[council] += text == "[c]" ? 1 : 0;
    fileBanded[council] += match.hasMatch() ? 1 : 0;
    const QString key = cells[2] + '|' + stage + '|' + organiser;
    if ( match.hasMatch() )
    {
      QCOMPARE( layerInterval.value( key ), qMakePair( match.captured( 1 ).toDouble(), match.captured( 2 ).toDouble() ) );
      ++checkedIntervals;
    }
    else if ( text == "[c]" )
    {
      QCOMPARE( layerInterval.value( key ), qMakePair( 0.0, 100.0 ) );
      ++checkedIntervals;
    }
  }
  QCOMPARE( layerSuppressed, fileSuppressed );
  QCOMPARE( layerBanded, fileBanded );
  // The eight councils, each with suppressed figures; banded ones where the file has any.
  QCOMPARE( fileSuppressed.size(), 8 );
  int suppressed = 0, banded = 0;
  for ( const int count : fileSuppressed )
    suppressed += count;
  for ( const int count : fileBanded )
    banded += count;
  QCOMPARE( checkedIntervals, suppressed + banded );
  QVERIFY2( suppressed > 500 && banded > 100, qPrintable( QStringLiteral( "%1 suppressed, %2 banded" ).arg( suppressed ).arg( banded ) ) );
}

// cohort_p = P1 + P4 + P7 and cohort_s3 = S3 of the school summary statistics, read here line by line.
void TestBuildSampleData::cohortsAreTheStagesAcelReports()
{
  QFile csv( shippedFile( "Schoollevelsummarystatistics2024.csv" ) );
  QVERIFY( csv.open( QIODevice::ReadOnly ) );
  QTextStream lines( &csv );
  QStringList header = csvCells( lines.readLine() );
  header[0].remove( QChar( 0xFEFF ) );
  const int seed = header.indexOf( "SeedCode" ), type = header.indexOf( "School Type" );
  const int p1 = header.indexOf( "P1" ), p4 = header.indexOf( "P4" ), p7 = header.indexOf( "P7" ), s3 = header.indexOf( "S3" );
  QVERIFY( seed >= 0 && type >= 0 && p1 >= 0 && p4 >= 0 && p7 >= 0 && s3 >= 0 );
  QMap<QString, QPair<QVariant, QVariant>> expected;
  while ( !lines.atEnd() )
  {
    const QStringList cells = csvCells( lines.readLine() );
    if ( cells.size() <= s3 )
      continue;
    bool ok1 = false, ok4 = false, ok7 = false, ok3 = false;
    const double primary = cells[p1].toDouble( &ok1 ) + cells[p4].toDouble( &ok4 ) + cells[p7].toDouble( &ok7 );
    const double third = cells[s3].toDouble( &ok3 );
    expected.insert( cells[seed] + '|' + cells[type], qMakePair( ok1 && ok4 && ok7 && primary > 0 ? QVariant( primary ) : QVariant(), ok3 && third > 0 ? QVariant( third ) : QVariant() ) );
  }
  const auto schools = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS );
  QgsFeature f;
  QgsFeatureIterator it = schools->getFeatures();
  int primaries = 0, withCohort = 0;
  while ( it.nextFeature( f ) )
  {
    const QPair<QVariant, QVariant> cohort = expected.value( f.attribute( "seed_code" ).toString() + '|' + f.attribute( "school_type" ).toString() );
    QCOMPARE( f.attribute( "cohort_p" ).isNull(), cohort.first.isNull() );
    QCOMPARE( f.attribute( "cohort_s3" ).isNull(), cohort.second.isNull() );
    if ( !cohort.first.isNull() )
      QCOMPARE( f.attribute( "cohort_p" ).toDouble(), cohort.first.toDouble() );
    if ( !cohort.second.isNull() )
      QCOMPARE( f.attribute( "cohort_s3" ).toDouble(), cohort.second.toDouble() );
    if ( f.attribute( "school_type" ).toString() == "Primary" )
    {
      ++primaries;
      withCohort += cohort.first.isNull() ? 0 : 1;
    }
  }
  QCOMPARE( primaries, 550 );
  QVERIFY2( withCohort > 300, qPrintable( QString::number( withCohort ) ) );
}

// Publishers spell council names differently (the school roll: "Na h-Eileanan an Iar"); the
// sample data gives each council code one name, the same in every layer that names councils.
void TestBuildSampleData::oneNamePerCouncilAcrossLayers()
{
  QMap<QString, QSet<QString>> names;
  for ( const QString &layerName : { PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS, PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS } )
  {
    const auto layer = openLayer( mGeoPackage, layerName );
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while ( it.nextFeature( f ) )
      names[f.attribute( QStringLiteral( "council_code" ) ).toString()].insert( f.attribute( QStringLiteral( "council_name" ) ).toString() );
  }
  QCOMPARE( names.size(), 8 );
  for ( auto council = names.constBegin(); council != names.constEnd(); ++council )
    QVERIFY2( council.value().size() == 1, qPrintable( council.key() + QStringLiteral( ": " ) + QStringList( council.value().values() ).join( QLatin1String( " / " ) ) ) );
  QCOMPARE( *names.value( QStringLiteral( "S12000013" ) ).begin(), QStringLiteral( "Na h-Eileanan Siar" ) );
}

void TestBuildSampleData::geometriesAreValid()
{
  for ( const QString &name : { PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS, PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_LAND } )
  {
    const auto layer = openLayer( mGeoPackage, name );
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while ( it.nextFeature( f ) )
      QVERIFY2( !f.geometry().isEmpty() && f.geometry().isGeosValid(), qPrintable( QStringLiteral( "%1 feature %2" ).arg( name ).arg( f.id() ) ) );
  }
}

// The three island councils lie wholly on islands and the three eastern councils wholly on the
// mainland; in Highland and Argyll and Bute, Skye, Mull and Bute are islands and Inverness is not.
void TestBuildSampleData::islandsFollowTheCoast()
{
  const QSet<QString> islandCouncils { QStringLiteral( "S12000013" ), QStringLiteral( "S12000023" ), QStringLiteral( "S12000027" ) };
  const QSet<QString> mainlandCouncils { QStringLiteral( "S12000020" ), QStringLiteral( "S12000033" ), QStringLiteral( "S12000034" ) };
  const auto zones = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES );
  QMap<int, double> populationByIsland;
  QMap<int, int> zonesByIsland;
  QMap<QString, int> islandOfZone;
  int onIslands = 0;
  QgsFeature f;
  QgsFeatureIterator it = zones->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString council = f.attribute( "council_code" ).toString();
    const QString iz = f.attribute( "iz_name" ).toString();
    const bool island = f.attribute( "island" ).toInt() == 1;
    const QString what = f.attribute( "dz_code" ).toString() + ' ' + iz;
    if ( islandCouncils.contains( council ) || iz.startsWith( QLatin1String( "Skye" ) ) || iz.startsWith( QLatin1String( "Mull" ) ) || iz.startsWith( QLatin1String( "Bute" ) ) )
      QVERIFY2( island, qPrintable( what ) );
    if ( mainlandCouncils.contains( council ) || iz.contains( QLatin1String( "Inverness" ) ) )
      QVERIFY2( !island, qPrintable( what ) );
    // The flag follows the share of the zone's land on islands.
    QCOMPARE( island, f.attribute( "island_share" ).toDouble() > 0.5 );
    QCOMPARE( island, !f.attribute( "island_id" ).isNull() );
    if ( island )
    {
      ++onIslands;
      populationByIsland[f.attribute( "island_id" ).toInt()] += f.attribute( "population" ).toDouble();
      ++zonesByIsland[f.attribute( "island_id" ).toInt()];
      islandOfZone.insert( f.attribute( "dz_code" ).toString(), f.attribute( "island_id" ).toInt() );
    }
  }
  // 36 + 29 + 30 zones in the island councils, and some in Highland and Argyll and Bute.
  QVERIFY2( onIslands > 95 && onIslands < 160, qPrintable( QString::number( onIslands ) ) );

  // The islands layer totals the zones on each island.
  const auto islands = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_ISLANDS );
  QCOMPARE( islands->featureCount(), static_cast<long long>( zonesByIsland.size() ) );
  double largest = 0;
  QString largestCouncil;
  it = islands->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const int id = f.attribute( "island_id" ).toInt();
    QCOMPARE( f.attribute( "data_zones" ).toInt(), zonesByIsland.value( id ) );
    QCOMPARE( f.attribute( "population" ).toDouble(), populationByIsland.value( id ) );
    QVERIFY( f.attribute( "area_km2" ).toDouble() > 0 );
    QVERIFY( f.geometry().isGeosValid() );
    if ( f.attribute( "population" ).toDouble() > largest )
    {
      largest = f.attribute( "population" ).toDouble();
      largestCouncil = f.attribute( "council_name" ).toString();
    }
  }
  // Lewis and Harris: about 21,000 people in 2011, the most of any Scottish island.
  QCOMPARE( largestCouncil, QStringLiteral( "Na h-Eileanan Siar" ) );
  QVERIFY2( largest > 19000 && largest < 23000, qPrintable( QString::number( largest ) ) );

  // Islands are named as islands, the zone's name kept beside: the island nearest each of these
  // shipped ferry terminals (piers may lie just off the generalised coast) bears the name of the
  // island that terminal is on.
  const QMap<QString, QString> islandOfTerminal { { "Stornoway", "Lewis and Harris" }, { "Kirkwall", "Mainland, Orkney" }, { "Lerwick", "Mainland, Shetland" }, { "Uig", "Skye" }, { "Port Ellen", "Islay" }, { "Craignure", "Mull" }, { "Castlebay", "Barra" }, { "Symbister", "Whalsay" }, { "Lochmaddy", "North Uist" }, { "Lyness", "Hoy" } };
  std::vector<QgsFeature> named;
  it = islands->getFeatures();
  while ( it.nextFeature( f ) )
  {
    QVERIFY( !f.attribute( "name" ).toString().isEmpty() && !f.attribute( "zone_name" ).toString().isEmpty() );
    named.push_back( f );
  }
  const auto terminals = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_TERMINALS );
  int terminalsChecked = 0;
  it = terminals->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const QString terminal = f.attribute( "name" ).toString();
    if ( !islandOfTerminal.contains( terminal ) )
      continue;
    const auto nearest = std::min_element( named.begin(), named.end(), [&]( const QgsFeature &a, const QgsFeature &b )
                                           { return a.geometry().distance( f.geometry() ) < b.geometry().distance( f.geometry() ); } );
    QVERIFY2( nearest->geometry().distance( f.geometry() ) < 1500, qPrintable( terminal ) );
    QCOMPARE( nearest->attribute( "name" ).toString(), islandOfTerminal.value( terminal ) );
    ++terminalsChecked;
  }
  QVERIFY( terminalsChecked >= islandOfTerminal.size() );
  const auto islay = std::find_if( named.begin(), named.end(), []( const QgsFeature &island )
                                   { return island.attribute( "name" ).toString() == QLatin1String( "Islay" ); } );
  QVERIFY( islay != named.end() );
  QCOMPARE( islay->attribute( "zone_name" ).toString(), QStringLiteral( "Whisky Isles" ) );

  // A school in a data zone on an island is on that island.
  const auto schools = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS );
  it = schools->getFeatures();
  int islandSchools = 0;
  while ( it.nextFeature( f ) )
  {
    const QString dz = f.attribute( "dz_code" ).toString();
    if ( islandOfZone.contains( dz ) )
      QCOMPARE( f.attribute( "island_id" ).toInt(), islandOfZone.value( dz ) );
    islandSchools += f.attribute( "island" ).toInt();
  }
  QVERIFY( islandSchools > 100 );
}

// Every zone has a Degree of Urbanisation class; Aberdeen is the area's one city, and no zone of
// the island councils is one (test_populationgrid checks the classes against SGURC 2016).
void TestBuildSampleData::degreeOfUrbanisationOfEveryZone()
{
  const auto zones = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES );
  const QStringList labels { QString(), QStringLiteral( "Cities" ), QStringLiteral( "Towns and semi-dense areas" ), QStringLiteral( "Rural areas" ) };
  int aberdeenCities = 0;
  int aberdeenZones = 0;
  QgsFeature f;
  QgsFeatureIterator it = zones->getFeatures();
  while ( it.nextFeature( f ) )
  {
    const int degurba = f.attribute( "degurba" ).toInt();
    QVERIFY2( degurba >= 1 && degurba <= 3, qPrintable( f.attribute( "dz_code" ).toString() ) );
    QCOMPARE( f.attribute( "degurba_lbl" ).toString(), labels[degurba] );
    const QString council = f.attribute( "council_code" ).toString();
    if ( council == QLatin1String( "S12000033" ) )
    {
      ++aberdeenZones;
      aberdeenCities += degurba == 1 ? 1 : 0;
    }
    if ( council == QLatin1String( "S12000013" ) || council == QLatin1String( "S12000023" ) || council == QLatin1String( "S12000027" ) )
      QVERIFY2( degurba != 1, qPrintable( f.attribute( "dz_code" ).toString() ) );
  }
  QVERIFY2( aberdeenCities > 0.7 * aberdeenZones, qPrintable( QStringLiteral( "%1 of %2" ).arg( aberdeenCities ).arg( aberdeenZones ) ) );
}

// The primary attainment model's outputs, written into the GeoPackage for the first project.
void TestBuildSampleData::attainmentModelOutputsWritten()
{
  const auto schools = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS );
  schools->setSubsetString( QStringLiteral( "school_type = 'Primary'" ) );
  const auto bivariate = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_BIVARIATE );
  QVERIFY( bivariate->isValid() );
  QCOMPARE( bivariate->featureCount(), schools->featureCount() );
  QCOMPARE( bivariate->crs().authid(), QStringLiteral( "EPSG:27700" ) );
  QVERIFY( bivariate->fields().lookupField( QStringLiteral( "bivar_code" ) ) >= 0 );
  // Classed schools are those with a reading percentage and a data zone rank.
  int expectedClassed = 0;
  QgsFeature f;
  QgsFeatureIterator it = schools->getFeatures();
  while ( it.nextFeature( f ) )
    expectedClassed += !f.attribute( "acel_p_reading" ).isNull() && !f.attribute( "dz_simd_rank" ).isNull() ? 1 : 0;
  int classed = 0;
  it = bivariate->getFeatures();
  while ( it.nextFeature( f ) )
    classed += f.attribute( "bivar_code" ).isNull() ? 0 : 1;
  QCOMPARE( classed, expectedClassed );

  // By quintile: five rows for all schools and five per council; the summary: one row for all and one per council.
  const auto byQuintile = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP );
  const auto summary = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP_SUMMARY );
  QVERIFY( byQuintile->isValid() );
  QVERIFY( summary->isValid() );
  QCOMPARE( summary->featureCount(), 9LL );
  // Five quintile rows for all schools (NULL group); councils have rows for the quintiles their
  // schools are in, and the all-schools rows count every classed school once.
  int wholeRows = 0;
  int wholeSchools = 0;
  QMap<QString, int> councilRows;
  it = byQuintile->getFeatures();
  while ( it.nextFeature( f ) )
  {
    if ( f.attribute( "group" ).isNull() )
    {
      ++wholeRows;
      wholeSchools += f.attribute( "n_areas" ).toInt();
    }
    else
    {
      ++councilRows[f.attribute( "group" ).toString()];
    }
  }
  QCOMPARE( wholeRows, 5 );
  QCOMPARE( wholeSchools, expectedClassed );
  QCOMPARE( councilRows.size(), 8 );
  for ( int rows : std::as_const( councilRows ) )
    QVERIFY( rows >= 1 && rows <= 5 );
}

void TestBuildSampleData::sourcesAndAttribution()
{
  const auto sources = openLayer( mGeoPackage, PlaceGapBuildSampleDataAlgorithm::LAYER_SOURCES );
  QCOMPARE( sources->featureCount(), static_cast<long long>( PlaceGapSampleSource::all().size() ) );
  QgsFeature f;
  QgsFeatureIterator it = sources->getFeatures();
  while ( it.nextFeature( f ) )
  {
    QVERIFY( !f.attribute( "attribution" ).toString().isEmpty() );
    QVERIFY( !f.attribute( "licence" ).toString().isEmpty() );
  }

  // Every layer carries its sources' attribution as its GeoPackage description.
  GDALDatasetH dataset = GDALOpenEx( mGeoPackage.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr );
  QVERIFY( dataset );
  OGRLayerH zones = GDALDatasetGetLayerByName( dataset, "data_zones" );
  QVERIFY( zones );
  const QString description = QString::fromUtf8( GDALGetMetadataItem( zones, "DESCRIPTION", nullptr ) );
  GDALClose( dataset );
  QVERIFY2( description.contains( QStringLiteral( "Scottish Index of Multiple Deprivation 2020v2" ) ), qPrintable( description ) );
  QVERIFY2( description.contains( QStringLiteral( "Urban Rural Classification 2016" ) ), qPrintable( description ) );
}

void TestBuildSampleData::missingSourceFileFails()
{
  const QString folder = folderWith( QStringLiteral( "ACEL2122allschools.csv" ), QByteArray(), true );
  QVERIFY( !folder.isEmpty() );
  const QString output = mDir.filePath( QStringLiteral( "missing.gpkg" ) );
  QString error;
  QVERIFY( run( folder, output, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "ACEL2122allschools.csv" ) ) && error.contains( QStringLiteral( "missing" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( output ) );
}

void TestBuildSampleData::truncatedSourceFileFails()
{
  QFile original( SOURCES + QStringLiteral( "/urban-rural-2016/rural_dz_lookup_SGUR2016.csv" ) );
  QVERIFY( original.open( QIODevice::ReadOnly ) );
  QByteArray head;
  for ( int i = 0; i < 11; ++i )
    head += original.readLine();
  const QString folder = folderWith( QStringLiteral( "rural_dz_lookup_SGUR2016.csv" ), head );
  const QString output = mDir.filePath( QStringLiteral( "truncated.gpkg" ) );
  QString error;
  QVERIFY( run( folder, output, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "rural_dz_lookup_SGUR2016.csv" ) ) && error.contains( QStringLiteral( "10 rows" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( output ) );

  // A file with the wrong columns is named too.
  const QString wrong = folderWith( QStringLiteral( "rural_dz_lookup_SGUR2016.csv" ), QByteArray( "\"DZ\",\"UR8\"\n\"S01006506\",3\n" ) );
  QVERIFY( run( wrong, mDir.filePath( QStringLiteral( "wrong.gpkg" ) ), &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "rural_dz_lookup_SGUR2016.csv" ) ) && error.contains( QStringLiteral( "UR2FOLD" ) ), qPrintable( error ) );
}

void TestBuildSampleData::outputIsCheckedBeforeAnyWork()
{
  // Not a GeoPackage name, a missing folder: refused at once, naming OUTPUT, and nothing written
  // (no X.shp, no X.shp.gpkg with some of the layers).
  QString error;
  QElapsedTimer timer;
  timer.start();
  QVERIFY( run( SOURCES, mDir.filePath( QStringLiteral( "zones.shp" ) ), &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "OUTPUT" ) ) && error.contains( QStringLiteral( ".gpkg" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir.filePath( QStringLiteral( "zones.shp" ) ) ) );
  QVERIFY( !QFile::exists( mDir.filePath( QStringLiteral( "zones.shp.gpkg" ) ) ) );
  QVERIFY( run( SOURCES, mDir.filePath( QStringLiteral( "no/such/folder/out.gpkg" ) ), &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "OUTPUT" ) ) && error.contains( QStringLiteral( "does not exist" ) ), qPrintable( error ) );
  QVERIFY2( timer.elapsed() < 2000, "the output must be checked before the sources are read" );
}

void TestBuildSampleData::failedRunKeepsThePreviousFile()
{
  // A run cancelled half-way (as the desktop's Cancel button does, and the runner on SIGTERM)
  // leaves the previous sample GeoPackage as it was and no partial or temporary file beside it.
  class CancelHalfWay : public QgsProcessingFeedback
  {
    public:
      CancelHalfWay()
      {
        connect( this, &QgsFeedback::progressChanged, this, [this]( double progress )
                 {
                   if ( progress > 50 )
                     cancel(); } );
      }
  };
  QTemporaryDir folderOfOutput;
  const QString output = folderOfOutput.filePath( QStringLiteral( "northern_alliance.gpkg" ) );
  QVERIFY( QFile::copy( mGeoPackage, output ) );
  const QByteArray before = QFileInfo( output ).lastModified().toString( Qt::ISODateWithMs ).toUtf8() + QByteArray::number( QFileInfo( output ).size() );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:buildsampledata" ) ) );
  QgsProcessingContext context;
  CancelHalfWay feedback;
  bool ok = true;
  try
  {
    algorithm->run( { { QStringLiteral( "SOURCE_FOLDER" ), SOURCES }, { QStringLiteral( "OUTPUT" ), output } }, context, &feedback, &ok, QVariantMap(), false );
  }
  catch ( QgsProcessingException & )
  {
    ok = false;
  }
  QVERIFY( !ok );
  QVERIFY( feedback.isCanceled() );
  QCOMPARE( QFileInfo( output ).lastModified().toString( Qt::ISODateWithMs ).toUtf8() + QByteArray::number( QFileInfo( output ).size() ), before );
  QCOMPARE( QDir( folderOfOutput.path() ).entryList( QDir::Files | QDir::Hidden ), QStringList { QStringLiteral( "northern_alliance.gpkg" ) } );
}

void TestBuildSampleData::halfASchoolRollIsRefused()
{
  // Half the published school roll (the campaign's 349 of 654 schools) is refused, naming the file, before anything is written.
  QFile original( SOURCES + QStringLiteral( "/schools/ScotlandGSchoolRoll2023.csv" ) );
  QVERIFY( original.open( QIODevice::ReadOnly ) );
  const QList<QByteArray> lines = original.readAll().split( '\n' );
  QByteArray half;
  for ( int i = 0; i < lines.size() / 2; ++i )
    half += lines[i] + '\n';
  const QString folder = folderWith( QStringLiteral( "ScotlandGSchoolRoll2023.csv" ), half );
  const QString output = mDir.filePath( QStringLiteral( "half_roll.gpkg" ) );
  QString error;
  QVERIFY( run( folder, output, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "ScotlandGSchoolRoll2023.csv" ) ) && error.contains( QStringLiteral( "2483" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( output ) );
}

void TestBuildSampleData::duplicateCodeFails()
{
  // The look-up with its second zone's code replaced by the first's: same row count, one duplicate.
  QFile original( SOURCES + QStringLiteral( "/dz2011-boundaries/lookup_dz11_iz11_ltla20.csv" ) );
  QVERIFY( original.open( QIODevice::ReadOnly ) );
  QByteArray content = original.readAll();
  content.replace( "\"S01006507\"", "\"S01006506\"" );
  const QString folder = folderWith( QStringLiteral( "lookup_dz11_iz11_ltla20.csv" ), content );
  const QString output = mDir.filePath( QStringLiteral( "duplicate.gpkg" ) );
  QString error;
  QVERIFY( run( folder, output, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "S01006506" ) ) && error.contains( QStringLiteral( "twice" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( output ) );
}

// Files GDAL cannot open at all (empty, cut short, not the format their name says) are refused by
// name with a reason, before anything is written; this used to crash in QgsError::summary().
void TestBuildSampleData::unreadableSourceFileFails_data()
{
  QTest::addColumn<QString>( "fileName" );
  QTest::addColumn<int>( "keptBytes" ); // -1: garbage instead of the file
  QTest::newRow( "empty ACEL CSV" ) << QStringLiteral( "ACEL2122allschools.csv" ) << 0;
  QTest::newRow( "GeoPackage cut at 4 kB" ) << QStringLiteral( "boundaries_dz11.gpkg" ) << 4096;
  QTest::newRow( "workbook cut at 10 kB" ) << QStringLiteral( "SIMD+2020v2+-+ranks.xlsx" ) << 10000;
  QTest::newRow( "garbage workbook" ) << QStringLiteral( "SIMD+2020v2+-+indicators.xlsx" ) << -1;
}

void TestBuildSampleData::unreadableSourceFileFails()
{
  QFETCH( QString, fileName );
  QFETCH( int, keptBytes );
  QByteArray content = QByteArrayLiteral( "this is not a spreadsheet\n" ).repeated( 40 );
  if ( keptBytes >= 0 )
  {
    QFile original( shippedFile( fileName ) );
    QVERIFY2( original.open( QIODevice::ReadOnly ), qPrintable( fileName ) );
    content = original.read( keptBytes );
  }
  const QString folder = folderWith( fileName, content );
  const QString output = mDir.filePath( QStringLiteral( "unreadable%1.gpkg" ).arg( mFolders ) );
  QString error;
  QVERIFY( run( folder, output, &error ).isEmpty() );
  QVERIFY2( error.contains( fileName ), qPrintable( error ) );
  QVERIFY( !QFile::exists( output ) );
}

// The shipped folder carries SHA256SUMS: a file altered by one byte (same size, still readable)
// or cut short is refused by name before anything is read, and nothing is written.
void TestBuildSampleData::alteredShippedFileFailsItsChecksum_data()
{
  QTest::addColumn<QString>( "fileName" );
  QTest::addColumn<bool>( "truncate" );
  QTest::newRow( "one digit of the SGUR look-up changed" ) << QStringLiteral( "rural_dz_lookup_SGUR2016.csv" ) << false;
  QTest::newRow( "hospitals GeoPackage cut short" ) << QStringLiteral( "points_scotland_hospitals24.gpkg" ) << true;
}

void TestBuildSampleData::alteredShippedFileFailsItsChecksum()
{
  QFETCH( QString, fileName );
  QFETCH( bool, truncate );
  QFile original( shippedFile( fileName ) );
  QVERIFY2( original.open( QIODevice::ReadOnly ), qPrintable( fileName ) );
  QByteArray content = original.readAll();
  if ( truncate )
    content.truncate( content.size() / 2 );
  else
  {
    // The last row's last class digit: a plausible, silent change that only the checksum sees.
    const int digit = content.lastIndexOf( ',' ) + 1;
    QVERIFY( digit > 0 && digit < content.size() );
    content[digit] = content.at( digit ) == '1' ? '2' : '1';
  }
  const QString folder = folderWith( fileName, content, false, true );
  const QString output = mDir.filePath( QStringLiteral( "altered%1.gpkg" ).arg( mFolders ) );
  QString error;
  QVERIFY( run( folder, output, &error ).isEmpty() );
  QVERIFY2( error.contains( fileName ) && error.contains( QStringLiteral( "SHA-256" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( output ) );

  // The same folder with the file intact builds.
  QVERIFY( QFile::remove( folder + '/' + fileName ) );
  QVERIFY( QFile::link( original.fileName(), folder + '/' + fileName ) );
  PlaceGapSourceChecksums checksums;
  QVERIFY( checksums.read( folder ) );
  QMap<QString, QString> files { { fileName, folder + '/' + fileName } };
  try
  {
    checksums.verify( files );
  }
  catch ( QgsProcessingException &e )
  {
    QFAIL( qPrintable( e.what() ) );
  }
}

// Every shipped file is in SHA256SUMS with its true SHA-256 (hashed here afresh, file by file),
// and its dataset's SOURCE.md states the same SHA-256.
void TestBuildSampleData::shippedFilesMatchTheirManifestAndSourceNotes()
{
  QFile manifest( SOURCES + QStringLiteral( "/SHA256SUMS" ) );
  QVERIFY( manifest.open( QIODevice::ReadOnly | QIODevice::Text ) );
  QSet<QString> listed;
  while ( !manifest.atEnd() )
  {
    const QStringList parts = QString::fromUtf8( manifest.readLine() ).trimmed().split( QStringLiteral( "  " ) );
    QCOMPARE( parts.size(), 2 );
    const QString path = SOURCES + '/' + parts.at( 1 );
    QCOMPARE( PlaceGapSourceChecksums::sha256( path ), parts.at( 0 ) );
    QFile notes( QFileInfo( path ).absolutePath() + QStringLiteral( "/SOURCE.md" ) );
    QVERIFY2( notes.open( QIODevice::ReadOnly ), qPrintable( notes.fileName() ) );
    QVERIFY2( notes.readAll().contains( parts.at( 0 ).toLatin1() ), qPrintable( QStringLiteral( "%1 does not state the SHA-256 of %2" ).arg( notes.fileName(), parts.at( 1 ) ) ) );
    listed.insert( parts.at( 1 ) );
  }
  // Nothing shipped goes unlisted.
  QDirIterator it( SOURCES, QDir::Files, QDirIterator::Subdirectories );
  while ( it.hasNext() )
  {
    const QString relative = QDir( SOURCES ).relativeFilePath( it.next() );
    if ( relative != QLatin1String( "SHA256SUMS" ) && !relative.endsWith( QLatin1String( "SOURCE.md" ) ) && relative != QLatin1String( "README.md" ) )
      QVERIFY2( listed.contains( relative ), qPrintable( relative ) );
  }
  QVERIFY( listed.size() >= PlaceGapSampleSource::all().size() );
}

QTEST_MAIN( TestBuildSampleData )
#include "testbuildsampledataalgorithm.moc"
