/***************************************************************************
  testdeprivationattainmentoverlayalgorithm.cpp - placegap:deprivationattainmentoverlay
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace
{
  /*
   * Ten data zones (ranks out of 20 nationally) and ten attainment rows (% achieving):
   *
   *   zone rank | code value        zone rank | code value
   *   Z1    2   | Z1  50            Z6   12   | Z6  55
   *   Z2    4   | Z2  70            Z7   14   | Z7  90
   *   Z3    6   | Z3  60            Z8   16   | Z8  75
   *   Z4    8   | Z4  65            Z9   18   | Z9  85
   *   Z5   10   | Z5  80            Z10  20   | (none)
   *                                 (none)    | S99 40
   */
  struct Row
  {
      QString code;
      QVariant value;
  };
  const QList<Row> ZONES { { "Z1", 2 }, { "Z2", 4 }, { "Z3", 6 }, { "Z4", 8 }, { "Z5", 10 }, { "Z6", 12 }, { "Z7", 14 }, { "Z8", 16 }, { "Z9", 18 }, { "Z10", 20 } };
  const QList<Row> ATTAINMENT { { "Z1", 50 }, { "Z2", 70 }, { "Z3", 60 }, { "Z4", 65 }, { "Z5", 80 }, { "Z6", 55 }, { "Z7", 90 }, { "Z8", 75 }, { "Z9", 85 }, { "S99", 40 } };

  //! Expected deprivation class, attainment class and bivariate index by code; {} = NULL classes.
  struct Expected
  {
      int deprivation = 0;
      int attainment = 0;
      int index = 0;
  };
  using ExpectedByCode = QMap<QString, Expected>;
} // namespace

class TestDeprivationAttainmentOverlay : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void threeByThreeQuantiles();
    void twoByTwoNationalClasses();
    void fiveByFiveScoreHighIsDeprived();
    void tieOnAnAttainmentBreak();
    void discardNonMatching();
    void numericCodesMatchText();

    void duplicateAttainmentCodeIsRefused();
    void duplicateAreaCodeIsRefused();
    void noOverlapIsRefused();
    void textInAttainmentIsReadAsPublished();
    void nullDeprivationIsWarned();
    void singleNationalClassIsWarned();
    void rankOutsideNationalRangeFails();
    void nationalBreaksNeedARank();
    void missingFieldIsRefused();
    void clashingOutputFieldIsRefused();
    void classSummaryCountsByClass();

  private:
    QgsVectorLayer *makeLayer( const QString &uri, const QList<Row> &rows, bool polygons );
    QVariantMap parameters( const QList<Row> &zones, const QList<Row> &attainment, const QString &output, const QString &attainmentType = QStringLiteral( "double" ) );
    QVariantMap run( const QVariantMap &parameters, QString *error = nullptr );
    void compareOutput( const QString &output, int classes, const ExpectedByCode &expected );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QgsProject mProject;
};

void TestDeprivationAttainmentOverlay::initTestCase()
{
  placegaptest::startQgis();
}

void TestDeprivationAttainmentOverlay::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestDeprivationAttainmentOverlay::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestDeprivationAttainmentOverlay::cleanup()
{
  mProject.removeAllMapLayers();
}

QgsVectorLayer *TestDeprivationAttainmentOverlay::makeLayer( const QString &uri, const QList<Row> &rows, bool polygons )
{
  auto *layer = new QgsVectorLayer( uri, QStringLiteral( "layer" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  int column = 0;
  for ( const Row &row : rows )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << row.code << row.value );
    if ( polygons )
    {
      const double x = 300000 + 1000 * column++;
      feature.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Polygon((%1 800000, %2 800000, %2 801000, %1 801000, %1 800000))" ).arg( x ).arg( x + 1000 ) ) );
    }
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QVariantMap TestDeprivationAttainmentOverlay::parameters( const QList<Row> &zones, const QList<Row> &attainment, const QString &output, const QString &attainmentType )
{
  QgsVectorLayer *zoneLayer = makeLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=dz:string&field=rank:double" ), zones, true );
  QgsVectorLayer *attainmentLayer = makeLayer( QStringLiteral( "None?field=code:string&field=pct:%1" ).arg( attainmentType ), attainment, false );
  return QVariantMap {
      { "INPUT", zoneLayer->id() },
      { "CODE_FIELD", "dz" },
      { "DEPRIVATION_FIELD", "rank" },
      { "DEPRIVATION_ORDER", 0 },
      { "ATTAINMENT", attainmentLayer->id() },
      { "ATTAINMENT_CODE_FIELD", "code" },
      { "ATTAINMENT_FIELD", "pct" },
      { "CLASSES", 3 },
      { "DEPRIVATION_BREAKS", 0 },
      { "RANK_COUNT", 20 },
      { "OUTPUT", mDir->filePath( output ) },
  };
}

QVariantMap TestDeprivationAttainmentOverlay::run( const QVariantMap &parameters, QString *error )
{
  return placegaptest::runAlgorithm( QStringLiteral( "placegap:deprivationattainmentoverlay" ), parameters, *mContext, mFeedback, error );
}

void TestDeprivationAttainmentOverlay::compareOutput( const QString &output, int classes, const ExpectedByCode &expected )
{
  QgsVectorLayer layer( output, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QVERIFY2( layer.isValid(), qPrintable( output ) );
  QCOMPARE( layer.featureCount(), static_cast<long long>( expected.size() ) );
  const QStringList labelsOfDeprivation = classes == 3 ? QStringList { "most deprived", "mid deprivation", "least deprived" } : QStringList();
  const QStringList labelsOfAttainment = classes == 3 ? QStringList { "low attainment", "mid attainment", "high attainment" } : QStringList();
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( QStringLiteral( "dz" ) ).toString();
    QVERIFY2( expected.contains( code ), qPrintable( code ) );
    QVERIFY2( !feature.geometry().isNull(), qPrintable( code ) );
    const Expected want = expected.value( code );
    const QVariant d = feature.attribute( QStringLiteral( "dep_class" ) );
    const QVariant a = feature.attribute( QStringLiteral( "att_class" ) );
    const QVariant index = feature.attribute( QStringLiteral( "bivar_class" ) );
    if ( want.index == 0 )
    {
      QVERIFY2( d.isNull() && a.isNull() && index.isNull() && feature.attribute( QStringLiteral( "bivar_label" ) ).isNull(), qPrintable( code ) );
      continue;
    }
    QCOMPARE( d.toInt(), want.deprivation );
    QCOMPARE( a.toInt(), want.attainment );
    QCOMPARE( index.toInt(), want.index );
    QCOMPARE( index.toInt(), ( want.deprivation - 1 ) * classes + want.attainment );
    QCOMPARE( feature.attribute( QStringLiteral( "bivar_code" ) ).toString(), QStringLiteral( "%1-%2" ).arg( want.deprivation ).arg( want.attainment ) );
    if ( !labelsOfDeprivation.isEmpty() )
    {
      QCOMPARE( feature.attribute( QStringLiteral( "dep_label" ) ).toString(), labelsOfDeprivation.at( want.deprivation - 1 ) );
      QCOMPARE( feature.attribute( QStringLiteral( "att_label" ) ).toString(), labelsOfAttainment.at( want.attainment - 1 ) );
      QCOMPARE( feature.attribute( QStringLiteral( "bivar_label" ) ).toString(), labelsOfDeprivation.at( want.deprivation - 1 ) + " / " + labelsOfAttainment.at( want.attainment - 1 ) );
    }
  }
}

// Joined: Z1..Z9. Deprivation by rank position p (1..9) -> ceil(3p / 9): Z1-Z3 1, Z4-Z6 2, Z7-Z9 3.
// Attainment sorted 50 Z1, 55 Z6, 60 Z3 | 65 Z4, 70 Z2, 75 Z8 | 80 Z5, 85 Z9, 90 Z7.
void TestDeprivationAttainmentOverlay::threeByThreeQuantiles()
{
  const QVariantMap results = run( parameters( ZONES, ATTAINMENT, "3x3.gpkg" ) );
  QVERIFY( !results.isEmpty() );
  compareOutput( results.value( "OUTPUT" ).toString(), 3, {
                                                              { "Z1", { 1, 1, 1 } },
                                                              { "Z2", { 1, 2, 2 } },
                                                              { "Z3", { 1, 1, 1 } },
                                                              { "Z4", { 2, 2, 5 } },
                                                              { "Z5", { 2, 3, 6 } },
                                                              { "Z6", { 2, 1, 4 } },
                                                              { "Z7", { 3, 3, 9 } },
                                                              { "Z8", { 3, 2, 8 } },
                                                              { "Z9", { 3, 3, 9 } },
                                                              { "Z10", {} },
                                                          } );
  QCOMPARE( results.value( "MATCHED_COUNT" ).toInt(), 9 );
  QCOMPARE( results.value( "UNMATCHED_INPUT_COUNT" ).toInt(), 1 );
  QCOMPARE( results.value( "UNMATCHED_ATTAINMENT_COUNT" ).toInt(), 1 );
  QCOMPARE( results.value( "UNMATCHED_INPUT_CODES" ).toString(), QStringLiteral( "Z10" ) );
  QCOMPARE( results.value( "UNMATCHED_ATTAINMENT_CODES" ).toString(), QStringLiteral( "S99" ) );
  QCOMPARE( mFeedback.warningsWith( { "1 area", "Z10" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "1 attainment row", "S99" } ).size(), 1 );

  // The joined measure is written alongside; the unmatched zone has none.
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( "dz" ).toString();
    if ( code == QLatin1String( "Z10" ) )
      QVERIFY( feature.attribute( "attainment" ).isNull() );
    else if ( code == QLatin1String( "Z7" ) )
      QCOMPARE( feature.attribute( "attainment" ).toDouble(), 90.0 );
  }
}

// National halves of 20 ranks: ceil(rank x 2 / 20): ranks 2-10 (Z1-Z5) 1, 12-18 (Z6-Z9) 2.
// Attainment ceil(2p / 9): p 1-4 (Z1 50, Z6 55, Z3 60, Z4 65) 1, p 5-9 2.
void TestDeprivationAttainmentOverlay::twoByTwoNationalClasses()
{
  QVariantMap params = parameters( ZONES, ATTAINMENT, "2x2.gpkg" );
  params.insert( "CLASSES", 2 );
  params.insert( "DEPRIVATION_BREAKS", 1 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  compareOutput( results.value( "OUTPUT" ).toString(), 2, {
                                                              { "Z1", { 1, 1, 1 } },
                                                              { "Z2", { 1, 2, 2 } },
                                                              { "Z3", { 1, 1, 1 } },
                                                              { "Z4", { 1, 1, 1 } },
                                                              { "Z5", { 1, 2, 2 } },
                                                              { "Z6", { 2, 1, 3 } },
                                                              { "Z7", { 2, 2, 4 } },
                                                              { "Z8", { 2, 2, 4 } },
                                                              { "Z9", { 2, 2, 4 } },
                                                              { "Z10", {} },
                                                          } );
}

// Rank read as a score (high = more deprived): Z9 p1 ... Z1 p9, class ceil(5p / 9):
// Z9 1, Z8 2, Z7 2, Z6 3, Z5 3, Z4 4, Z3 4, Z2 5, Z1 5.
// Attainment ceil(5p / 9): Z1 1, Z6 2, Z3 2, Z4 3, Z2 3, Z8 4, Z5 4, Z9 5, Z7 5.
void TestDeprivationAttainmentOverlay::fiveByFiveScoreHighIsDeprived()
{
  QVariantMap params = parameters( ZONES, ATTAINMENT, "5x5.gpkg" );
  params.insert( "CLASSES", 5 );
  params.insert( "DEPRIVATION_ORDER", 1 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  compareOutput( results.value( "OUTPUT" ).toString(), 5, {
                                                              { "Z1", { 5, 1, 21 } },
                                                              { "Z2", { 5, 3, 23 } },
                                                              { "Z3", { 4, 2, 17 } },
                                                              { "Z4", { 4, 3, 18 } },
                                                              { "Z5", { 3, 4, 14 } },
                                                              { "Z6", { 3, 2, 12 } },
                                                              { "Z7", { 2, 5, 10 } },
                                                              { "Z8", { 2, 4, 9 } },
                                                              { "Z9", { 1, 5, 5 } },
                                                              { "Z10", {} },
                                                          } );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression( "dz = 'Z9'" ) );
  QVERIFY( it.nextFeature( feature ) );
  QCOMPARE( feature.attribute( "bivar_label" ).toString(), QStringLiteral( "most deprived / highest attainment" ) );
}

// Z4 now 60, tied with Z3 at positions 3 and 4 across the break after position 3:
// mean 3.5 -> ceil(3.5 x 3 / 9) = ceil(1.17) = 2, so both go to class 2 and class 1 keeps Z1, Z6.
void TestDeprivationAttainmentOverlay::tieOnAnAttainmentBreak()
{
  QList<Row> attainment = ATTAINMENT;
  attainment[3].value = 60; // Z4
  const QVariantMap results = run( parameters( ZONES, attainment, "tie.gpkg" ) );
  QVERIFY( !results.isEmpty() );
  compareOutput( results.value( "OUTPUT" ).toString(), 3, {
                                                              { "Z1", { 1, 1, 1 } },
                                                              { "Z2", { 1, 2, 2 } },
                                                              { "Z3", { 1, 2, 2 } },
                                                              { "Z4", { 2, 2, 5 } },
                                                              { "Z5", { 2, 3, 6 } },
                                                              { "Z6", { 2, 1, 4 } },
                                                              { "Z7", { 3, 3, 9 } },
                                                              { "Z8", { 3, 2, 8 } },
                                                              { "Z9", { 3, 3, 9 } },
                                                              { "Z10", {} },
                                                          } );
}

void TestDeprivationAttainmentOverlay::discardNonMatching()
{
  QVariantMap params = parameters( ZONES, ATTAINMENT, "discard.gpkg" );
  params.insert( "DISCARD_NONMATCHING", true );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QCOMPARE( layer.featureCount(), 9LL );
}

// School codes stored as numbers on one side and text on the other still join.
void TestDeprivationAttainmentOverlay::numericCodesMatchText()
{
  auto *zones = makeLayer( QStringLiteral( "Point?crs=EPSG:27700&field=seed:double&field=rank:double" ), {}, false );
  QgsFeatureList features;
  for ( int i = 1; i <= 4; ++i )
  {
    QgsFeature feature( zones->fields() );
    feature.setAttributes( QgsAttributes() << 5240000.0 + i << i * 2 );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 300000 + i, 800000 ) ) );
    features << feature;
  }
  zones->dataProvider()->addFeatures( features );
  QgsVectorLayer *attainment = makeLayer( QStringLiteral( "None?field=code:string&field=pct:double" ), { { " 5240001", 10 }, { "5240002 ", 20 }, { "5240003", 30 }, { "5240004", 40 } }, false );
  const QVariantMap results = run( QVariantMap {
      { "INPUT", zones->id() }, { "CODE_FIELD", "seed" }, { "DEPRIVATION_FIELD", "rank" }, { "ATTAINMENT", attainment->id() }, { "ATTAINMENT_CODE_FIELD", "code" }, { "ATTAINMENT_FIELD", "pct" }, { "CLASSES", 2 }, { "OUTPUT", mDir->filePath( "seed.gpkg" ) } } );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( results.value( "MATCHED_COUNT" ).toInt(), 4 );
  QCOMPARE( results.value( "UNMATCHED_INPUT_COUNT" ).toInt(), 0 );
}

void TestDeprivationAttainmentOverlay::duplicateAttainmentCodeIsRefused()
{
  QList<Row> attainment = ATTAINMENT;
  attainment << Row { "Z3", 61 };
  QString error;
  QVERIFY( run( parameters( ZONES, attainment, "dup.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'Z3'" ) && error.contains( "twice" ) && error.contains( "'code'" ) && error.contains( "3 and 11" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "dup.gpkg" ) ) );
}

void TestDeprivationAttainmentOverlay::duplicateAreaCodeIsRefused()
{
  QList<Row> zones = ZONES;
  zones[9].code = "Z2";
  QString error;
  QVERIFY( run( parameters( zones, ATTAINMENT, "dupzone.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'Z2'" ) && error.contains( "twice" ) && error.contains( "'dz'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "dupzone.gpkg" ) ) );
}

void TestDeprivationAttainmentOverlay::noOverlapIsRefused()
{
  QList<Row> attainment;
  for ( const Row &row : ATTAINMENT )
    attainment << Row { "S" + row.code, row.value };
  QString error;
  QVERIFY( run( parameters( ZONES, attainment, "none.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "No code" ) && error.contains( "'dz'" ) && error.contains( "'code'" ) && error.contains( "SZ1" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "none.gpkg" ) ) );

  // An empty side is said to be empty, not listed as codes that "look like" nothing.
  QVERIFY( run( parameters( ZONES, {}, "empty.gpkg" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "attainment table has no rows" ) && error.contains( "'code'" ) && !error.contains( "look like" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "empty.gpkg" ) ) );
}

// Attainment as text, with "c" (suppressed) for Z5: Z5 is left out of the breaks.
// Deprivation over 8 areas, ceil(3p / 8): Z1 1, Z2 1, Z3 2, Z4 2, Z6 2, Z7 3, Z8 3, Z9 3.
// Attainment 50 Z1, 55 Z6, 60 Z3, 65 Z4, 70 Z2, 75 Z8, 85 Z9, 90 Z7:
// ceil(3p / 8) = 1, 1, 2, 2, 2, 3, 3, 3.
void TestDeprivationAttainmentOverlay::textInAttainmentIsReadAsPublished()
{
  QList<Row> attainment;
  for ( const Row &row : ATTAINMENT )
    attainment << Row { row.code, row.value.toString() };
  attainment[4].value = "c"; // Z5, feature 5
  const QVariantMap results = run( parameters( ZONES, attainment, "text.gpkg", QStringLiteral( "string" ) ) );
  QVERIFY( !results.isEmpty() );
  compareOutput( results.value( "OUTPUT" ).toString(), 3, {
                                                              { "Z1", { 1, 1, 1 } },
                                                              { "Z2", { 1, 2, 2 } },
                                                              { "Z3", { 2, 2, 5 } },
                                                              { "Z4", { 2, 2, 5 } },
                                                              { "Z5", {} },
                                                              { "Z6", { 2, 1, 4 } },
                                                              { "Z7", { 3, 3, 9 } },
                                                              { "Z8", { 3, 3, 9 } },
                                                              { "Z9", { 3, 3, 9 } },
                                                              { "Z10", {} },
                                                          } );
  // Suppressed "c" could lie in any class: NULL classes, and the status says why.
  QgsVectorLayer suppressed( results.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QVERIFY( suppressed.getFeatures( QgsFeatureRequest().setFilterExpression( "dz = 'Z5'" ) ).nextFeature( feature ) );
  QCOMPARE( feature.attribute( "att_status" ).toString(), QStringLiteral( "suppressed" ) );
  QVERIFY( feature.attribute( "attainment" ).isNull() );

  /*
   * Z5 published as the band "88-100%" instead, and Z9 as "n.a.", which fits no published form: a
   * warning quotes it and Z9 is left out. The breaks are cut over the 7 published areas by
   * ceil(3p / 7) = 1, 1, 2, 2, 3, 3, 3: attainment 50 55 | 60 65 | 70 75 90, thresholds 55 | 65 |
   * 90; ranks 2 4 | 6 8 | 12 14 16, thresholds 4 | 8 | 16. The band lies wholly above 65, in
   * attainment class 3, and rank 10 falls in deprivation class 3: bivariate (3 - 1) x 3 + 3 = 9.
   */
  attainment[4].value = "88-100%";
  attainment[8].value = "n.a.";
  const QVariantMap banded = run( parameters( ZONES, attainment, "banded.gpkg", QStringLiteral( "string" ) ) );
  QVERIFY( !banded.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 9", "'pct'", "'n.a.'", "'Z9'" } ).size(), 1 );
  QgsVectorLayer bandedLayer( banded.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QVERIFY( bandedLayer.getFeatures( QgsFeatureRequest().setFilterExpression( "dz = 'Z5'" ) ).nextFeature( feature ) );
  QCOMPARE( feature.attribute( "att_status" ).toString(), QStringLiteral( "banded" ) );
  QCOMPARE( feature.attribute( "att_class" ).toInt(), 3 );
  QCOMPARE( feature.attribute( "dep_class" ).toInt(), 3 );
  QCOMPARE( feature.attribute( "bivar_class" ).toInt(), 9 );
  QVERIFY( bandedLayer.getFeatures( QgsFeatureRequest().setFilterExpression( "dz = 'Z9'" ) ).nextFeature( feature ) );
  QCOMPARE( feature.attribute( "att_status" ).toString(), QStringLiteral( "unreadable" ) );
  QVERIFY( feature.attribute( "att_class" ).isNull() );
}

void TestDeprivationAttainmentOverlay::nullDeprivationIsWarned()
{
  QList<Row> zones = ZONES;
  zones[1].value = QVariant(); // Z2, feature 2
  const QVariantMap results = run( parameters( zones, ATTAINMENT, "null.gpkg" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 2", "'Z2'", "'rank'", "NULL" } ).size(), 1 );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression( "dz = 'Z2'" ) );
  QVERIFY( it.nextFeature( feature ) );
  QVERIFY( feature.attribute( "dep_class" ).isNull() );
  QCOMPARE( feature.attribute( "attainment" ).toDouble(), 70.0 ); // joined, but not classed
}

// All ranks within the most deprived third nationally: one deprivation class, a warning, still output.
void TestDeprivationAttainmentOverlay::singleNationalClassIsWarned()
{
  QList<Row> zones;
  for ( int i = 0; i < 4; ++i )
    zones << Row { ZONES[i].code, i + 1 }; // ranks 1..4 of 20: ceil(3 rank / 20) = 1
  QVariantMap params = parameters( zones, ATTAINMENT, "single.gpkg" );
  params.insert( "DEPRIVATION_BREAKS", 1 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Deprivation class(es) 2, 3 of 3" } ).size(), 1 );
  // Attainment Z1 50, Z3 60, Z4 65, Z2 70 -> ceil(3p / 4) = 1, 2, 3, 3.
  compareOutput( results.value( "OUTPUT" ).toString(), 3, { { "Z1", { 1, 1, 1 } }, { "Z2", { 1, 3, 3 } }, { "Z3", { 1, 2, 2 } }, { "Z4", { 1, 3, 3 } } } );
}

void TestDeprivationAttainmentOverlay::rankOutsideNationalRangeFails()
{
  QList<Row> zones = ZONES;
  zones[8].value = 21; // Z9
  QVariantMap params = parameters( zones, ATTAINMENT, "range.gpkg" );
  params.insert( "DEPRIVATION_BREAKS", 1 );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 9" ) && error.contains( "rank 21" ) && error.contains( "RANK_COUNT" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "range.gpkg" ) ) );
}

void TestDeprivationAttainmentOverlay::nationalBreaksNeedARank()
{
  QVariantMap params = parameters( ZONES, ATTAINMENT, "score.gpkg" );
  params.insert( "DEPRIVATION_BREAKS", 1 );
  params.insert( "DEPRIVATION_ORDER", 1 );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "DEPRIVATION_ORDER" ), qPrintable( error ) );
}

void TestDeprivationAttainmentOverlay::missingFieldIsRefused()
{
  QVariantMap params = parameters( ZONES, ATTAINMENT, "missing.gpkg" );
  params.insert( "ATTAINMENT_FIELD", "tariff" );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "'tariff'" ) && error.contains( "ATTAINMENT_FIELD" ), qPrintable( error ) );
}

void TestDeprivationAttainmentOverlay::clashingOutputFieldIsRefused()
{
  QgsVectorLayer *zones = makeLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=dz:string&field=rank:double&field=bivar_class:integer" ), {}, true );
  QVariantMap params = parameters( ZONES, ATTAINMENT, "clash.gpkg" );
  params.insert( "INPUT", zones->id() );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "'bivar_class'" ), qPrintable( error ) );
}

/*
 * Zones Z1-Z5 urban, Z6-Z10 rural, counting 10 x i people each (Zi); Z9's attainment is 'z'
 * (joined, not classified) and Z10 has none (not joined, not summarised). The eight usable
 * zones: deprivation by rank position ceil(3p / 8): Z1 Z2 1, Z3 Z4 Z5 2, Z6 Z7 Z8 3; attainment
 * sorted 50 Z1, 55 Z6 | 60 Z3, 65 Z4, 70 Z2 | 75 Z8, 80 Z5, 90 Z7 -> classes 1 1 | 2 2 2 | 3 3 3.
 *   urban: 1-1 Z1 (10), 1-2 Z2 (20), 2-2 Z3 Z4 (70), 2-3 Z5 (50): 5 areas, 150 counted
 *   rural: 3-1 Z6 (60), 3-3 Z7 Z8 (150), not classified Z9 (90): 4 areas, 300 counted
 */
void TestDeprivationAttainmentOverlay::classSummaryCountsByClass()
{
  auto *zones = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=dz:string&field=rank:double&field=ur:string&field=income:double" ), QStringLiteral( "zones" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int i = 1; i <= 10; ++i )
  {
    QgsFeature feature( zones->fields() );
    feature.setAttributes( QgsAttributes() << QStringLiteral( "Z%1" ).arg( i ) << 2.0 * i << ( i <= 5 ? "urban" : "rural" ) << 10.0 * i );
    feature.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "Polygon((%1 800000, %2 800000, %2 801000, %1 801000, %1 800000))" ).arg( 300000 + 1000 * i ).arg( 301000 + 1000 * i ) ) );
    features << feature;
  }
  zones->dataProvider()->addFeatures( features );
  mProject.addMapLayer( zones, false, true );
  QList<Row> attainment = ATTAINMENT;
  attainment[8].value = QStringLiteral( "z" ); // Z9
  for ( Row &row : attainment )
    row.value = row.value.toString();
  QVariantMap params = parameters( ZONES, attainment, "summary_areas.gpkg", QStringLiteral( "string" ) );
  params.insert( "INPUT", zones->id() );
  params.insert( "CLASS_FIELD", "ur" );
  params.insert( "COUNT_FIELD", "income" );
  params.insert( "CLASS_SUMMARY", mDir->filePath( "summary.gpkg" ) );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QgsVectorLayer summary( results.value( "CLASS_SUMMARY" ).toString(), QStringLiteral( "s" ), QStringLiteral( "ogr" ) );
  QVERIFY( summary.isValid() );
  QCOMPARE( summary.featureCount(), 20LL ); // 9 cells and 'not classified' for each of 2 classes
  QMap<QString, QgsFeature> rows;
  QgsFeature f;
  QgsFeatureIterator it = summary.getFeatures();
  while ( it.nextFeature( f ) )
    rows.insert( f.attribute( "class" ).toString() + " " + ( f.attribute( "bivar_code" ).isNull() ? QStringLiteral( "none" ) : f.attribute( "bivar_code" ).toString() ), f );
  const QMap<QString, QPair<int, double>> expected {
      { "urban 1-1", { 1, 10 } },
      { "urban 1-2", { 1, 20 } },
      { "urban 2-2", { 2, 70 } },
      { "urban 2-3", { 1, 50 } },
      { "urban 3-3", { 0, 0 } },
      { "urban none", { 0, 0 } },
      { "rural 3-1", { 1, 60 } },
      { "rural 3-3", { 2, 150 } },
      { "rural none", { 1, 90 } },
      { "rural 1-1", { 0, 0 } },
  };
  for ( auto e = expected.constBegin(); e != expected.constEnd(); ++e )
  {
    const QgsFeature row = rows.value( e.key() );
    QVERIFY2( row.isValid(), qPrintable( e.key() ) );
    QCOMPARE( row.attribute( "n_areas" ).toInt(), e.value().first );
    QCOMPARE( row.attribute( "n_count" ).toDouble(), e.value().second );
    const bool urban = e.key().startsWith( "urban" );
    // Percentages are written to 6 decimals.
    QVERIFY2( std::fabs( row.attribute( "pct_areas" ).toDouble() - 100.0 * e.value().first / ( urban ? 5 : 4 ) ) < 1e-5, qPrintable( e.key() ) );
    QVERIFY2( std::fabs( row.attribute( "pct_count" ).toDouble() - 100.0 * e.value().second / ( urban ? 150 : 300 ) ) < 1e-5, qPrintable( e.key() ) );
  }
  QCOMPARE( rows.value( "rural none" ).attribute( "bivar_label" ).toString(), QStringLiteral( "not classified (no attainment class)" ) );
  QCOMPARE( rows.value( "urban 2-2" ).attribute( "dep_class" ).toInt(), 2 );

  // A summary with no class to summarise by is refused before anything is written.
  params.remove( "CLASS_FIELD" );
  params.insert( "OUTPUT", mDir->filePath( "summary_refused.gpkg" ) );
  params.insert( "CLASS_SUMMARY", mDir->filePath( "summary_refused_table.gpkg" ) );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "CLASS_FIELD" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "summary_refused.gpkg" ) ) && !QFile::exists( mDir->filePath( "summary_refused_table.gpkg" ) ) );
}

QTEST_MAIN( TestDeprivationAttainmentOverlay )
#include "testdeprivationattainmentoverlayalgorithm.moc"
