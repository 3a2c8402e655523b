/***************************************************************************
  testdeprivationquantilesalgorithm.cpp - placegap:deprivationquantiles through the registry
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectordataprovider.h"
#include "qgsvectorfilewriter.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>

namespace
{
  //! Expected classes of one area, by its code.
  struct Expected
  {
      QVariant quintile;
      QVariant decile;
      QVariant percent;
  };
  using ExpectedByCode = QMap<QString, Expected>;

  /*
   * Eight small areas in two councils (hand-made, ranks out of 20 nationally):
   *
   *   code rank pop council        code rank pop council
   *   A     3   100  X             D     1    50  Y
   *   B    15   300  X             E    20   150  Y
   *   C     7   200  X             F    11   250  Y
   *                                G     9   100  Y
   *                                H    18    50  Y
   */
  struct AreaRow
  {
      QString code;
      QVariant rank;
      QVariant population;
      QVariant council;
  };
  const QList<AreaRow> AREAS {
      { "A", 3, 100, "X" },
      { "B", 15, 300, "X" },
      { "C", 7, 200, "X" },
      { "D", 1, 50, "Y" },
      { "E", 20, 150, "Y" },
      { "F", 11, 250, "Y" },
      { "G", 9, 100, "Y" },
      { "H", 18, 50, "Y" },
  };
} // namespace

class TestDeprivationQuantiles : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void nationalFromRank();
    void withinGroupByAreaCount();
    void withinGroupPopulationWeighted();
    void wholeLayerAsOneGroup();
    void tableWithoutGeometry();
    void fieldPrefixLetsSchemesSitSideBySide();

    void missingFieldIsRefused();
    void textRankFieldIsRefused();
    void populationFieldRequiredForWeighting();
    void clashingOutputFieldIsRefused();
    void nullRankIsWarnedAndLeftNull();
    void nullGroupAndPopulationAreWarned();
    void duplicateRanksAreWarnedAndShareAClass();
    void negativePopulationFailsWithoutOutput();
    void rankOutsideNationalRangeFailsWithoutOutput();
    void groupWithoutPopulationFails();
    void noUsableRankFails();
    void fileDamagedPartWayFails();
    void existingGeoPackageKeepsItsLayersWithTableDestination();
    void degenerateResultsAreWarned();

  private:
    std::unique_ptr<QgsVectorLayer> makeLayer( const QList<AreaRow> &rows, const QString &geometry = QStringLiteral( "Polygon" ), const QString &rankType = QStringLiteral( "integer" ) );
    QVariantMap parameters( QgsVectorLayer *layer, int method, const QString &output );
    //! Runs the algorithm; returns the output path, or a null string and the exception message.
    QString run( const QVariantMap &parameters, QString *error = nullptr );
    void compareOutput( const QString &output, const ExpectedByCode &expected, const QString &prefix = QString() );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QgsProject mProject;
};

void TestDeprivationQuantiles::initTestCase()
{
  placegaptest::startQgis();
}

void TestDeprivationQuantiles::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestDeprivationQuantiles::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestDeprivationQuantiles::cleanup()
{
  mProject.removeAllMapLayers();
}

std::unique_ptr<QgsVectorLayer> TestDeprivationQuantiles::makeLayer( const QList<AreaRow> &rows, const QString &geometry, const QString &rankType )
{
  const QString uri = QStringLiteral( "%1?crs=EPSG:27700&field=code:string&field=rank:%2&field=pop:double&field=council:string" ).arg( geometry, rankType );
  auto layer = std::make_unique<QgsVectorLayer>( uri, QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  int column = 0;
  for ( const AreaRow &row : rows )
  {
    QgsFeature feature( layer->fields() );
    QgsAttributes values;
    values << row.code << row.rank << row.population << row.council;
    feature.setAttributes( values );
    if ( geometry == QLatin1String( "Polygon" ) )
    {
      const double x = 300000 + 1000 * column++;
      feature.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Polygon((%1 800000, %2 800000, %2 801000, %1 801000, %1 800000))" ).arg( x ).arg( x + 1000 ) ) );
    }
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  return layer;
}

QVariantMap TestDeprivationQuantiles::parameters( QgsVectorLayer *layer, int method, const QString &output )
{
  mProject.addMapLayer( layer, false, false );
  return QVariantMap {
      { "INPUT", layer->id() },
      { "RANK_FIELD", "rank" },
      { "METHOD", method },
      { "RANK_COUNT", 20 },
      { "GROUP_FIELD", "council" },
      { "POPULATION_FIELD", "pop" },
      { "OUTPUT", mDir->filePath( output ) },
  };
}

QString TestDeprivationQuantiles::run( const QVariantMap &parameters, QString *error )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:deprivationquantiles" ) ) );
  QString message;
  if ( !algorithm->checkParameterValues( parameters, *mContext, &message ) )
  {
    if ( error )
      *error = message;
    return QString();
  }
  try
  {
    bool ok = false;
    const QVariantMap results = algorithm->run( parameters, *mContext, &mFeedback, &ok, QVariantMap(), false );
    return ok ? results.value( QStringLiteral( "OUTPUT" ) ).toString() : QString();
  }
  catch ( QgsProcessingException &e )
  {
    if ( error )
      *error = e.what();
    return QString();
  }
}

void TestDeprivationQuantiles::compareOutput( const QString &output, const ExpectedByCode &expected, const QString &prefix )
{
  QgsVectorLayer layer( output, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QVERIFY2( layer.isValid(), qPrintable( output ) );
  QCOMPARE( layer.featureCount(), static_cast<long long>( expected.size() ) );
  const int quintile = layer.fields().lookupField( prefix + "quintile" );
  const int decile = layer.fields().lookupField( prefix + "decile" );
  const int percent = layer.fields().lookupField( prefix + "cum_pct" );
  QVERIFY( quintile >= 0 && decile >= 0 && percent >= 0 );
  QVERIFY( layer.fields().at( quintile ).type() == QVariant::Int || layer.fields().at( quintile ).type() == QVariant::LongLong );

  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  QSet<QString> seen;
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( QStringLiteral( "code" ) ).toString();
    QVERIFY2( expected.contains( code ), qPrintable( code ) );
    seen << code;
    const Expected want = expected.value( code );
    const QString context = QStringLiteral( "area %1" ).arg( code );
    QVERIFY2( !feature.geometry().isNull() || layer.geometryType() == QgsWkbTypes::NullGeometry, qPrintable( context ) );
    if ( want.quintile.isNull() )
    {
      QVERIFY2( feature.attribute( quintile ).isNull(), qPrintable( context ) );
      QVERIFY2( feature.attribute( decile ).isNull(), qPrintable( context ) );
      QVERIFY2( feature.attribute( percent ).isNull(), qPrintable( context ) );
      continue;
    }
    QCOMPARE( feature.attribute( quintile ).toInt(), want.quintile.toInt() );
    QCOMPARE( feature.attribute( decile ).toInt(), want.decile.toInt() );
    QVERIFY2( qAbs( feature.attribute( percent ).toDouble() - want.percent.toDouble() ) < 1e-4, qPrintable( context + ": cum_pct " + feature.attribute( percent ).toString() ) );
  }
  QCOMPARE( seen.size(), expected.size() );
}

// ceil(rank * 5 / 20) and ceil(rank * 10 / 20); cum_pct = rank / 20 * 100.
void TestDeprivationQuantiles::nationalFromRank()
{
  auto layer = makeLayer( AREAS );
  const QString output = run( parameters( layer.release(), 0, "national.gpkg" ) );
  QVERIFY( !output.isEmpty() );
  compareOutput( output, {
                             { "A", { 1, 2, 15 } },
                             { "B", { 4, 8, 75 } },
                             { "C", { 2, 4, 35 } },
                             { "D", { 1, 1, 5 } },
                             { "E", { 5, 10, 100 } },
                             { "F", { 3, 6, 55 } },
                             { "G", { 3, 5, 45 } },
                             { "H", { 5, 9, 90 } },
                         } );
  // The group field means nothing nationally, and the user is told so.
  QCOMPARE( mFeedback.warningsWith( { "GROUP_FIELD" } ).size(), 1 );
}

// X: A, C, B at positions 1..3 of 3 -> quintile ceil(5p/3) = 2, 4, 5; decile ceil(10p/3) = 4, 7, 10.
// Y: D, G, F, H, E at positions 1..5 of 5 -> quintile p, decile 2p.
void TestDeprivationQuantiles::withinGroupByAreaCount()
{
  auto layer = makeLayer( AREAS );
  const QString output = run( parameters( layer.release(), 1, "count.gpkg" ) );
  QVERIFY( !output.isEmpty() );
  compareOutput( output, {
                             { "A", { 2, 4, 100.0 / 3 } },
                             { "C", { 4, 7, 200.0 / 3 } },
                             { "B", { 5, 10, 100 } },
                             { "D", { 1, 2, 20 } },
                             { "G", { 2, 4, 40 } },
                             { "F", { 3, 6, 60 } },
                             { "H", { 4, 8, 80 } },
                             { "E", { 5, 10, 100 } },
                         } );
}

// X (total 600): A [0,100] C [100,300] B [300,600]; midpoints 1/12, 1/3, 3/4.
// Y (total 600): D [0,50] G [50,150] F [150,400] H [400,450] E [450,600];
// midpoints 25, 100, 275, 425, 525 of 600. Class = floor(midpoint x classes) + 1.
void TestDeprivationQuantiles::withinGroupPopulationWeighted()
{
  auto layer = makeLayer( AREAS );
  const QString output = run( parameters( layer.release(), 2, "weighted.gpkg" ) );
  QVERIFY( !output.isEmpty() );
  compareOutput( output, {
                             { "A", { 1, 1, 100.0 / 12 } },
                             { "C", { 2, 4, 100.0 / 3 } },
                             { "B", { 4, 8, 75 } },
                             { "D", { 1, 1, 2500.0 / 600 } },
                             { "G", { 1, 2, 10000.0 / 600 } },
                             { "F", { 3, 5, 27500.0 / 600 } },
                             { "H", { 4, 8, 42500.0 / 600 } },
                             { "E", { 5, 9, 52500.0 / 600 } },
                         } );
}

// Without a group field the whole layer is one group: ranks 1,3,7,9,11,15,18,20 are
// positions 1..8 -> quintile ceil(5p/8), decile ceil(10p/8).
void TestDeprivationQuantiles::wholeLayerAsOneGroup()
{
  auto layer = makeLayer( AREAS );
  QVariantMap params = parameters( layer.release(), 1, "whole.gpkg" );
  params.remove( QStringLiteral( "GROUP_FIELD" ) );
  const QString output = run( params );
  QVERIFY( !output.isEmpty() );
  compareOutput( output, {
                             { "D", { 1, 2, 12.5 } },
                             { "A", { 2, 3, 25 } },
                             { "C", { 2, 4, 37.5 } },
                             { "G", { 3, 5, 50 } },
                             { "F", { 4, 7, 62.5 } },
                             { "B", { 4, 8, 75 } },
                             { "H", { 5, 9, 87.5 } },
                             { "E", { 5, 10, 100 } },
                         } );
}

void TestDeprivationQuantiles::tableWithoutGeometry()
{
  auto layer = makeLayer( AREAS.mid( 0, 3 ), QStringLiteral( "None" ) );
  QVariantMap params = parameters( layer.release(), 0, "table.gpkg" );
  const QString output = run( params );
  QVERIFY( !output.isEmpty() );
  compareOutput( output, { { "A", { 1, 2, 15 } }, { "B", { 4, 8, 75 } }, { "C", { 2, 4, 35 } } } );
}

void TestDeprivationQuantiles::fieldPrefixLetsSchemesSitSideBySide()
{
  auto layer = makeLayer( AREAS.mid( 0, 3 ) );
  QVariantMap params = parameters( layer.release(), 0, "first.gpkg" );
  const QString first = run( params );
  QVERIFY( !first.isEmpty() );

  // Classifying the output again needs another prefix, which then names the new fields.
  auto classified = std::make_unique<QgsVectorLayer>( first, QStringLiteral( "first" ), QStringLiteral( "ogr" ) );
  QVERIFY( classified->isValid() );
  QVariantMap again = parameters( classified.release(), 1, "second.gpkg" );
  QString error;
  QVERIFY( run( again, &error ).isEmpty() );
  QVERIFY2( error.contains( "'quintile'" ) && error.contains( "FIELD_PREFIX" ), qPrintable( error ) );

  again.insert( QStringLiteral( "FIELD_PREFIX" ), QStringLiteral( "council_" ) );
  const QString second = run( again );
  QVERIFY( !second.isEmpty() );
  compareOutput( second, { { "A", { 2, 4, 100.0 / 3 } }, { "C", { 4, 7, 200.0 / 3 } }, { "B", { 5, 10, 100 } } }, QStringLiteral( "council_" ) );
  compareOutput( second, { { "A", { 1, 2, 15 } }, { "B", { 4, 8, 75 } }, { "C", { 2, 4, 35 } } } );
}

void TestDeprivationQuantiles::missingFieldIsRefused()
{
  auto layer = makeLayer( AREAS );
  QVariantMap params = parameters( layer.release(), 1, "missing.gpkg" );
  params.insert( QStringLiteral( "GROUP_FIELD" ), QStringLiteral( "ward" ) );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "'ward'" ) && error.contains( "GROUP_FIELD" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "missing.gpkg" ) ) );
}

void TestDeprivationQuantiles::textRankFieldIsRefused()
{
  auto layer = makeLayer( AREAS, QStringLiteral( "Polygon" ), QStringLiteral( "string" ) );
  QString error;
  QVERIFY( run( parameters( layer.release(), 0, "text.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'rank'" ) && error.contains( "numeric" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "text.gpkg" ) ) );
}

void TestDeprivationQuantiles::populationFieldRequiredForWeighting()
{
  auto layer = makeLayer( AREAS );
  QVariantMap params = parameters( layer.release(), 2, "nopop.gpkg" );
  params.remove( QStringLiteral( "POPULATION_FIELD" ) );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "POPULATION_FIELD" ), qPrintable( error ) );
}

void TestDeprivationQuantiles::clashingOutputFieldIsRefused()
{
  auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "None?field=code:string&field=rank:integer&field=decile:integer" ), QStringLiteral( "clash" ), QStringLiteral( "memory" ) );
  QVariantMap params = parameters( layer.release(), 0, "clash.gpkg" );
  params.remove( QStringLiteral( "GROUP_FIELD" ) );
  params.remove( QStringLiteral( "POPULATION_FIELD" ) );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "'decile'" ) && error.contains( "FIELD_PREFIX" ), qPrintable( error ) );
}

void TestDeprivationQuantiles::nullRankIsWarnedAndLeftNull()
{
  QList<AreaRow> rows = AREAS;
  rows[2].rank = QVariant(); // C
  auto layer = makeLayer( rows );
  const QgsFeatureId nullId = 3; // memory provider ids start at 1
  const QString output = run( parameters( layer.release(), 1, "nullrank.gpkg" ) );
  QVERIFY( !output.isEmpty() );
  // X now holds A and B only: positions 1, 2 of 2.
  compareOutput( output, {
                             { "A", { 3, 5, 50 } },
                             { "C", {} },
                             { "B", { 5, 10, 100 } },
                             { "D", { 1, 2, 20 } },
                             { "G", { 2, 4, 40 } },
                             { "F", { 3, 6, 60 } },
                             { "H", { 4, 8, 80 } },
                             { "E", { 5, 10, 100 } },
                         } );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Feature %1" ).arg( nullId ), "'rank'", "NULL" } ).size(), 1 );

  // NaN and infinity are named as what they are, not as NULL, and left out the same way.
  rows = AREAS;
  rows[2].rank = std::nan( "" );
  rows[3].rank = std::numeric_limits<double>::infinity();
  auto doubles = makeLayer( rows, QStringLiteral( "Polygon" ), QStringLiteral( "double" ) );
  mFeedback.warnings.clear();
  QVERIFY( !run( parameters( doubles.release(), 1, "nanrank.gpkg" ) ).isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 3", "'rank'", "not a finite number" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 4", "'rank'", "inf" } ).size(), 1 );
  QVERIFY( mFeedback.warningsWith( { "Feature 3", "'rank' is NULL" } ).isEmpty() );
}

void TestDeprivationQuantiles::nullGroupAndPopulationAreWarned()
{
  QList<AreaRow> rows = AREAS;
  rows[0].council = QVariant();    // A: no group
  rows[4].population = QVariant(); // E: no population
  auto layer = makeLayer( rows );
  const QString output = run( parameters( layer.release(), 2, "nullgroup.gpkg" ) );
  QVERIFY( !output.isEmpty() );
  // X: C [0,200] B [200,500] of 500 -> midpoints 20 %, 70 %.
  // Y without E: D [0,50] G [50,150] F [150,400] H [400,450] of 450.
  compareOutput( output, {
                             { "A", {} },
                             { "C", { 2, 3, 20 } },
                             { "B", { 4, 8, 70 } },
                             { "D", { 1, 1, 2500.0 / 450 } },
                             { "G", { 2, 3, 10000.0 / 450 } },
                             { "F", { 4, 7, 27500.0 / 450 } },
                             { "H", { 5, 10, 42500.0 / 450 } },
                             { "E", {} },
                         } );
  QCOMPARE( mFeedback.warningsWith( { "Feature 1", "'council'", "NULL" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 5", "'pop'", "NULL" } ).size(), 1 );
}

void TestDeprivationQuantiles::duplicateRanksAreWarnedAndShareAClass()
{
  QList<AreaRow> rows = AREAS;
  rows[6].rank = 11; // G now shares rank 11 with F in council Y
  auto layer = makeLayer( rows );
  const QString output = run( parameters( layer.release(), 1, "ties.gpkg" ) );
  QVERIFY( !output.isEmpty() );
  // Y: D 1, {F, G} positions 2-3 -> mean 2.5, H 4, E 5 of 5: quintile ceil(2.5) = 3, decile 5.
  compareOutput( output, {
                             { "A", { 2, 4, 100.0 / 3 } },
                             { "C", { 4, 7, 200.0 / 3 } },
                             { "B", { 5, 10, 100 } },
                             { "D", { 1, 2, 20 } },
                             { "G", { 3, 5, 50 } },
                             { "F", { 3, 5, 50 } },
                             { "H", { 4, 8, 80 } },
                             { "E", { 5, 10, 100 } },
                         } );
  QCOMPARE( mFeedback.warningsWith( { "Features 6, 7", "rank 11", "group 'Y'" } ).size(), 1 );
}

void TestDeprivationQuantiles::negativePopulationFailsWithoutOutput()
{
  QList<AreaRow> rows = AREAS;
  rows[5].population = -250; // F
  auto layer = makeLayer( rows );
  QString error;
  QVERIFY( run( parameters( layer.release(), 2, "negative.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 6" ) && error.contains( "'pop'" ) && error.contains( "negative" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "negative.gpkg" ) ) );
}

void TestDeprivationQuantiles::rankOutsideNationalRangeFailsWithoutOutput()
{
  QList<AreaRow> rows = AREAS;
  rows[1].rank = 25; // B, beyond RANK_COUNT = 20
  auto layer = makeLayer( rows );
  QString error;
  QVERIFY( run( parameters( layer.release(), 0, "range.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 2" ) && error.contains( "rank 25" ) && error.contains( "RANK_COUNT" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "range.gpkg" ) ) );
}

void TestDeprivationQuantiles::groupWithoutPopulationFails()
{
  QList<AreaRow> rows = AREAS;
  for ( AreaRow &row : rows )
  {
    if ( row.council == QLatin1String( "X" ) )
      row.population = 0;
  }
  auto layer = makeLayer( rows );
  QString error;
  QVERIFY( run( parameters( layer.release(), 2, "zero.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'X'" ) && error.contains( "'pop'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "zero.gpkg" ) ) );
}

void TestDeprivationQuantiles::noUsableRankFails()
{
  QList<AreaRow> rows = AREAS.mid( 0, 2 );
  for ( AreaRow &row : rows )
    row.rank = QVariant();
  auto layer = makeLayer( rows );
  QString error;
  QVERIFY( run( parameters( layer.release(), 0, "none.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'rank'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "none.gpkg" ) ) );
}

void TestDeprivationQuantiles::fileDamagedPartWayFails()
{
  // 20,000 areas written to a GeoPackage whose last third is then overwritten: the file still
  // says it holds 20,000 features but yields fewer. Refused, naming the layer; nothing written.
  auto memory = std::make_unique<QgsVectorLayer>( QStringLiteral( "None?field=code:string&field=rank:integer&field=council:string&field=pop:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int i = 0; i < 20000; ++i )
  {
    QgsFeature feature( memory->fields() );
    feature.setAttributes( QgsAttributes() << QStringLiteral( "Z%1-padding-to-fill-pages" ).arg( i ) << i + 1 << QStringLiteral( "C%1" ).arg( i % 7 ) << 100.0 );
    features << feature;
  }
  memory->dataProvider()->addFeatures( features );
  const QString path = mDir->filePath( QStringLiteral( "damaged.gpkg" ) );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  QString writeError;
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( memory.get(), path, mProject.transformContext(), options, &writeError ), QgsVectorFileWriter::NoError );
  {
    QFile file( path );
    QVERIFY( file.open( QIODevice::ReadWrite ) );
    const qint64 size = file.size();
    QVERIFY( file.seek( size * 2 / 3 ) );
    file.write( QByteArray( static_cast<int>( size / 3 ), '\xA5' ) );
  }
  auto damaged = std::make_unique<QgsVectorLayer>( path, QStringLiteral( "damaged" ), QStringLiteral( "ogr" ) );
  QVERIFY( damaged->isValid() );
  QCOMPARE( damaged->featureCount(), 20000LL );
  QString error;
  QVERIFY( run( parameters( damaged.release(), 1, "from_damaged.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "20000 features" ) && error.contains( "damaged" ) && error.contains( "INPUT" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "from_damaged.gpkg" ) ) );
}

void TestDeprivationQuantiles::existingGeoPackageKeepsItsLayersWithTableDestination()
{
  // As the README says: OUTPUT "x.gpkg" replaces the file; "ogr:dbname='x.gpkg' table=..." adds a
  // layer and keeps the others (QGIS's own destination convention).
  const QString path = mDir->filePath( QStringLiteral( "existing.gpkg" ) );
  auto first = makeLayer( AREAS );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = QStringLiteral( "keep_me" );
  QString writeError;
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( first.get(), path, mProject.transformContext(), options, &writeError ), QgsVectorFileWriter::NoError );
  const auto layersOf = [&path]()
  {
    QgsVectorLayer probe( path, QStringLiteral( "probe" ), QStringLiteral( "ogr" ) );
    return probe.dataProvider()->subLayers().size();
  };
  QCOMPARE( layersOf(), 1 );

  QVariantMap p = parameters( makeLayer( AREAS ).release(), 1, "unused.gpkg" );
  p.insert( "OUTPUT", QStringLiteral( "ogr:dbname='%1' table=\"quintiles\" (geom)" ).arg( path ) );
  QVERIFY( !run( p ).isEmpty() );
  QCOMPARE( layersOf(), 2 );
  QgsVectorLayer kept( path + QStringLiteral( "|layername=keep_me" ), QStringLiteral( "kept" ), QStringLiteral( "ogr" ) );
  QCOMPARE( kept.featureCount(), static_cast<long long>( AREAS.size() ) );

  p.insert( "OUTPUT", path );
  QVERIFY( !run( p ).isEmpty() );
  QCOMPARE( layersOf(), 1 );
}

void TestDeprivationQuantiles::degenerateResultsAreWarned()
{
  // The first-hour trap: national classes from a field that is the feature id (1..8 of 6,976
  // ranks) put every area in quintile 1. Both are said; a real rank field says neither.
  QList<AreaRow> rows = AREAS;
  for ( int i = 0; i < rows.size(); ++i )
    rows[i].rank = i + 1; // memory provider ids start at 1
  QVariantMap p = parameters( makeLayer( rows ).release(), 0, "fid_ranks.gpkg" );
  p.insert( "RANK_COUNT", 6976 );
  QVERIFY( !run( p ).isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "'rank'", "feature ids" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "All 8 classified areas are in quintile 1" } ).size(), 1 );

  mFeedback.warnings.clear();
  QVERIFY( !run( parameters( makeLayer( AREAS ).release(), 1, "real_ranks.gpkg" ) ).isEmpty() );
  QVERIFY( mFeedback.warningsWith( { "feature ids" } ).isEmpty() );
  QVERIFY( mFeedback.warningsWith( { "classified areas are in quintile" } ).isEmpty() );
  // The rank field's default is the sample data's name, never the first numeric field.
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "placegap:deprivationquantiles" ) ) );
  QCOMPARE( algorithm->parameterDefinition( "RANK_FIELD" )->defaultValue().toString(), QStringLiteral( "simd_rank" ) );
}

QTEST_MAIN( TestDeprivationQuantiles )
#include "testdeprivationquantilesalgorithm.moc"
