/***************************************************************************
  testattainmentgapalgorithm.cpp - placegap:attainmentgap through the registry
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
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
   * Schools of two councils (attainment %, SIMD quintile, pupils):
   *
   *   council A: (50, 1, 10) (60, 1, 30) (70, 3, 20) (70, 3, 20) (80, 5, 10) (90, 5, 10)
   *   council B: (40, 2, 5) (50, 2, 5)
   *
   * A, worked by hand (quintiles 2 and 4 are empty and take no weight):
   *   q1: W 40, mean (500 + 1800) / 40 = 57.5, SE sqrt(2 x (100 x 7.5^2 + 900 x 2.5^2)) / 40 = 3.75
   *   q3: W 40, mean 70, SE 0;  q5: W 20, mean 85, SE sqrt(2 x (100 x 25 x 2)) / 20 = 5
   *   M = 6800 / 100 = 68; ridits 0.2, 0.6, 0.9 (mean 0.5)
   *   SII = [40(-0.3)(-10.5) + 40(0.1)(2) + 20(0.4)(17)] / [40(0.09) + 40(0.01) + 20(0.16)] = 270 / 7.2 = 37.5
   *   RII = 37.5 / 68; gap = 85 - 57.5 = 27.5 (SE 6.25); ratio = 85 / 57.5
   * B holds quintile 2 only: mean 45, no gap, ratio, SII or RII.
   */
  struct School
  {
      QVariant pct;
      QVariant quintile;
      QVariant pupils;
      QVariant council;
  };
  const QList<School> SCHOOLS {
      { 50, 1, 10, "A" },
      { 60, 1, 30, "A" },
      { 70, 3, 20, "A" },
      { 70, 3, 20, "A" },
      { 80, 5, 10, "A" },
      { 90, 5, 10, "A" },
      { 40, 2, 5, "B" },
      { 50, 2, 5, "B" },
  };
  constexpr double Z = 1.959963984540054;

  bool near( const QVariant &value, double expected )
  {
    return !value.isNull() && std::fabs( value.toDouble() - expected ) < 1e-5 * std::max( 1.0, std::fabs( expected ) );
  }
} // namespace

class TestAttainmentGapAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void quintilesPerCouncil();
    void bootstrapReproducibleAndIndependentOfOtherGroups();
    void decilesWithoutLeastDeprivedClass();
    void unweightedWholeLayer();

    void textAttainmentAsPublished();
    void lowerUpperPairReadsTheSame();
    void zeroAndNullWeightsAreWarned();
    void valueFarOutIsNamed();
    void classOutsideRangeFails();
    void negativeWeightFails();
    void nothingUsableFails();
    void missingFieldIsRefused();

  private:
    QVariantMap parameters( const QList<School> &schools, const QString &name, const QString &pctType = QStringLiteral( "double" ) );
    QVariantMap run( const QVariantMap &parameters, QString *error = nullptr );
    //! Rows of a result table keyed by "group" or "group/quantile".
    QMap<QString, QgsFeature> rows( const QString &path, bool byClass );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QgsProject mProject;
};

void TestAttainmentGapAlgorithm::initTestCase()
{
  placegaptest::startQgis();
}

void TestAttainmentGapAlgorithm::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestAttainmentGapAlgorithm::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestAttainmentGapAlgorithm::cleanup()
{
  mProject.removeAllMapLayers();
}

QVariantMap TestAttainmentGapAlgorithm::parameters( const QList<School> &schools, const QString &name, const QString &pctType )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "None?field=pct:%1&field=quintile:integer&field=pupils:double&field=council:string" ).arg( pctType ), QStringLiteral( "schools" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const School &school : schools )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << school.pct << school.quintile << school.pupils << school.council );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return QVariantMap {
      { "INPUT", layer->id() },
      { "ATTAINMENT_FIELD", "pct" },
      { "QUANTILE_FIELD", "quintile" },
      { "QUANTILES", 0 },
      { "WEIGHT_FIELD", "pupils" },
      { "GROUP_FIELD", "council" },
      { "BOOTSTRAP_SAMPLES", 999 },
      { "SEED", 20240501 },
      { "OUTPUT", mDir->filePath( name + "_classes.gpkg" ) },
      { "SUMMARY", mDir->filePath( name + "_summary.gpkg" ) },
  };
}

QVariantMap TestAttainmentGapAlgorithm::run( const QVariantMap &parameters, QString *error )
{
  return placegaptest::runAlgorithm( QStringLiteral( "placegap:attainmentgap" ), parameters, *mContext, mFeedback, error );
}

QMap<QString, QgsFeature> TestAttainmentGapAlgorithm::rows( const QString &path, bool byClass )
{
  QgsVectorLayer layer( path, QStringLiteral( "t" ), QStringLiteral( "ogr" ) );
  QMap<QString, QgsFeature> result;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    QString key = feature.attribute( "group" ).toString();
    if ( byClass )
      key += '/' + feature.attribute( "quantile" ).toString();
    result.insert( key, feature );
  }
  return result;
}

void TestAttainmentGapAlgorithm::quintilesPerCouncil()
{
  const QVariantMap results = run( parameters( SCHOOLS, "quintiles" ) );
  QVERIFY( !results.isEmpty() );

  const QMap<QString, QgsFeature> classes = rows( results.value( "OUTPUT" ).toString(), true );
  // The whole layer first (group NULL, key ""), then the councils.
  QCOMPARE( classes.keys(), QStringList( { "/1", "/2", "/3", "/5", "A/1", "A/3", "A/5", "B/2" } ) );
  const QgsFeature q1 = classes.value( "A/1" );
  QCOMPARE( q1.attribute( "n_areas" ).toInt(), 2 );
  QVERIFY( near( q1.attribute( "weight" ), 40 ) );
  QVERIFY( near( q1.attribute( "mean" ), 57.5 ) );
  QVERIFY( near( q1.attribute( "mean_lo" ), 57.5 - Z * 3.75 ) );
  QVERIFY( near( q1.attribute( "mean_hi" ), 57.5 + Z * 3.75 ) );
  QVERIFY( near( q1.attribute( "ridit" ), 0.2 ) );
  QVERIFY( near( classes.value( "A/3" ).attribute( "ridit" ), 0.6 ) );
  QVERIFY( near( classes.value( "A/5" ).attribute( "mean" ), 85 ) );
  QVERIFY( near( classes.value( "A/5" ).attribute( "mean_lo" ), 85 - Z * 5 ) );
  QVERIFY( near( classes.value( "A/5" ).attribute( "ridit" ), 0.9 ) );
  QVERIFY( near( classes.value( "B/2" ).attribute( "mean" ), 45 ) );

  const QMap<QString, QgsFeature> summary = rows( results.value( "SUMMARY" ).toString(), false );
  QCOMPARE( summary.keys(), QStringList( { "", "A", "B" } ) );

  /*
   * The whole layer: q1 W 40 mean 57.5, q2 W 10 mean 45, q3 W 40 mean 70, q5 W 20 mean 85; W = 110,
   * M = (2300 + 450 + 2800 + 1700) / 110 = 7250 / 110; ridits 20, 45, 70, 100 (/ 110), mean 0.5.
   * SII = sum W (r - 0.5)(m - M) / sum W (r - 0.5)^2, computed below from these numbers.
   */
  const QgsFeature all = summary.value( "" );
  QVERIFY( all.attribute( "group" ).isNull() );
  QCOMPARE( all.attribute( "n_areas" ).toInt(), 8 );
  QCOMPARE( all.attribute( "n_classes" ).toInt(), 4 );
  QVERIFY( near( all.attribute( "mean" ), 7250.0 / 110 ) );
  QVERIFY( near( all.attribute( "gap" ), 27.5 ) );
  const double w[] { 40, 10, 40, 20 }, m[] { 57.5, 45, 70, 85 }, r[] { 20.0 / 110, 45.0 / 110, 70.0 / 110, 100.0 / 110 };
  double sxy = 0, sxx = 0;
  for ( int k = 0; k < 4; ++k )
  {
    sxy += w[k] * ( r[k] - 0.5 ) * ( m[k] - 7250.0 / 110 );
    sxx += w[k] * ( r[k] - 0.5 ) * ( r[k] - 0.5 );
  }
  QVERIFY( near( all.attribute( "sii" ), sxy / sxx ) );
  QVERIFY( near( all.attribute( "rii" ), sxy / sxx / ( 7250.0 / 110 ) ) );
  QVERIFY( near( classes.value( "/2" ).attribute( "ridit" ), 45.0 / 110 ) );
  const QgsFeature a = summary.value( "A" );
  QCOMPARE( a.attribute( "n_areas" ).toInt(), 6 );
  QCOMPARE( a.attribute( "n_classes" ).toInt(), 3 );
  QVERIFY( near( a.attribute( "weight" ), 100 ) );
  QVERIFY( near( a.attribute( "mean" ), 68 ) );
  QVERIFY( near( a.attribute( "gap" ), 27.5 ) );
  QVERIFY( near( a.attribute( "gap_lo" ), 27.5 - Z * 6.25 ) );
  QVERIFY( near( a.attribute( "gap_hi" ), 27.5 + Z * 6.25 ) );
  const double logSe = std::sqrt( std::pow( 5.0 / 85, 2 ) + std::pow( 3.75 / 57.5, 2 ) );
  QVERIFY( near( a.attribute( "ratio" ), 85 / 57.5 ) );
  QVERIFY( near( a.attribute( "ratio_lo" ), 85 / 57.5 * std::exp( -Z * logSe ) ) );
  QVERIFY( near( a.attribute( "ratio_hi" ), 85 / 57.5 * std::exp( Z * logSe ) ) );
  QVERIFY( near( a.attribute( "sii" ), 37.5 ) );
  QVERIFY( near( a.attribute( "rii" ), 37.5 / 68 ) );
  QVERIFY( a.attribute( "sii_lo" ).toDouble() <= 37.5 && a.attribute( "sii_hi" ).toDouble() >= 37.5 );
  QVERIFY( a.attribute( "sii_lo" ).toDouble() < a.attribute( "sii_hi" ).toDouble() );
  QVERIFY( a.attribute( "rii_lo" ).toDouble() <= 37.5 / 68 && a.attribute( "rii_hi" ).toDouble() >= 37.5 / 68 );

  const QgsFeature b = summary.value( "B" );
  QVERIFY( near( b.attribute( "mean" ), 45 ) );
  QCOMPARE( b.attribute( "n_classes" ).toInt(), 1 );
  for ( const char *field : { "gap", "gap_lo", "ratio", "sii", "sii_lo", "sii_hi", "rii" } )
    QVERIFY2( b.attribute( field ).isNull(), field );
  QCOMPARE( mFeedback.warningsWith( { "Group 'B'", "one quintile 2" } ).size(), 1 );
}

void TestAttainmentGapAlgorithm::bootstrapReproducibleAndIndependentOfOtherGroups()
{
  const QgsFeature first = rows( run( parameters( SCHOOLS, "first" ) ).value( "SUMMARY" ).toString(), false ).value( "A" );
  const QgsFeature again = rows( run( parameters( SCHOOLS, "again" ) ).value( "SUMMARY" ).toString(), false ).value( "A" );
  const QgsFeature alone = rows( run( parameters( SCHOOLS.mid( 0, 6 ), "alone" ) ).value( "SUMMARY" ).toString(), false ).value( "A" );
  for ( const char *field : { "sii_lo", "sii_hi", "rii_lo", "rii_hi" } )
  {
    QVERIFY2( !first.attribute( field ).isNull(), field );
    QCOMPARE( again.attribute( field ).toDouble(), first.attribute( field ).toDouble() );
    QCOMPARE( alone.attribute( field ).toDouble(), first.attribute( field ).toDouble() );
  }
  QVariantMap none = parameters( SCHOOLS, "none" );
  none.insert( "BOOTSTRAP_SAMPLES", 0 );
  const QgsFeature noBootstrap = rows( run( none ).value( "SUMMARY" ).toString(), false ).value( "A" );
  QVERIFY( near( noBootstrap.attribute( "sii" ), 37.5 ) );
  QVERIFY( noBootstrap.attribute( "sii_lo" ).isNull() );
}

// Read as deciles, A has deciles 1, 3, 5 and no decile 10: the gap is NULL but the SII
// (which uses every class present) is still 37.5.
void TestAttainmentGapAlgorithm::decilesWithoutLeastDeprivedClass()
{
  QVariantMap params = parameters( SCHOOLS.mid( 0, 6 ), "deciles" );
  params.insert( "QUANTILES", 1 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const QgsFeature a = rows( results.value( "SUMMARY" ).toString(), false ).value( "A" );
  QVERIFY( a.attribute( "gap" ).isNull() );
  QVERIFY( near( a.attribute( "sii" ), 37.5 ) );
  QCOMPARE( mFeedback.warningsWith( { "Group 'A'", "decile 10" } ).size(), 1 );
}

// No weight, no group: A's six schools weigh 1 each. q1 mean 55, q3 70, q5 85, M = 70;
// ridits 1/6, 1/2, 5/6; SII = [2(-1/3)(-15) + 0 + 2(1/3)(15)] / [2/9 + 2/9] = 20 / (4/9) = 45.
void TestAttainmentGapAlgorithm::unweightedWholeLayer()
{
  QVariantMap params = parameters( SCHOOLS.mid( 0, 6 ), "unweighted" );
  params.remove( "WEIGHT_FIELD" );
  params.remove( "GROUP_FIELD" );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const QMap<QString, QgsFeature> summary = rows( results.value( "SUMMARY" ).toString(), false );
  QCOMPARE( summary.size(), 1 );
  const QgsFeature all = summary.first();
  QVERIFY( all.attribute( "group" ).isNull() );
  QVERIFY( near( all.attribute( "mean" ), 70 ) );
  QVERIFY( near( all.attribute( "gap" ), 30 ) );
  QVERIFY( near( all.attribute( "sii" ), 45 ) );
  QVERIFY( near( all.attribute( "weight" ), 6 ) );
}

/*
 * Attainment as published, in a text field: B's second school (feature 8) is "[c]", A's school
 * (90, 5, 10) is published as the band "83-100%", and two more A schools have rubbish ("n.a.",
 * feature 9) and "not applicable" ("z", feature 10).
 * Left out (published values only): A's q5 is 80 alone, so the gap is 80 - 57.5 = 22.5.
 * Bounds: A's q5 mean lies in [(800 + 830) / 20, (800 + 1000) / 20] = [81.5, 90], the gap in
 * [24, 32.5]. The SII is linear in the banded value with coefficient w (r5 - rbar) / Sxx = 10 x 0.4
 * / 7.2 (see the table above), and is 37.5 at 90: so it lies in [37.5 - 7 x 4 / 7.2, 37.5 + 10 x
 * 4 / 7.2].
 */
void TestAttainmentGapAlgorithm::textAttainmentAsPublished()
{
  QList<School> schools;
  for ( const School &school : SCHOOLS )
    schools << School { school.pct.toString(), school.quintile, school.pupils, school.council };
  schools[5].pct = "83-100%";
  schools[7].pct = "[c]";
  schools << School { "n.a.", 1, 5, "A" } << School { "z", 3, 5, "A" };
  QVariantMap params = parameters( schools, "text", QStringLiteral( "string" ) );
  params.insert( "CENSORED_VALUES", 1 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 9", "'pct'", "'n.a.'" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 10", "'pct'", "'z'", "not applicable" } ).size(), 1 );
  const QMap<QString, QgsFeature> summary = rows( results.value( "SUMMARY" ).toString(), false );
  const QgsFeature a = summary.value( "A" );
  QCOMPARE( a.attribute( "n_areas" ).toInt(), 5 );
  QVERIFY( near( a.attribute( "gap" ), 22.5 ) );
  QCOMPARE( a.attribute( "n_banded" ).toInt(), 1 );
  QCOMPARE( a.attribute( "n_suppressed" ).toInt(), 0 );
  QVERIFY( near( a.attribute( "w_banded" ), 10 ) );
  QCOMPARE( a.attribute( "n_missing" ).toInt(), 2 );
  QVERIFY( near( a.attribute( "gap_min" ), 24 ) && near( a.attribute( "gap_max" ), 32.5 ) );
  QVERIFY( near( a.attribute( "sii_min" ), 37.5 - 28 / 7.2 ) && near( a.attribute( "sii_max" ), 37.5 + 40 / 7.2 ) );
  QCOMPARE( a.attribute( "method" ).toString(), QStringLiteral( "published values only" ) );
  QVERIFY2( a.attribute( "note" ).toString().contains( "1 suppressed or banded value(s) left out" ), qPrintable( a.attribute( "note" ).toString() ) );
  const QgsFeature b = summary.value( "B" );
  QVERIFY( near( b.attribute( "mean" ), 40 ) );
  QCOMPARE( b.attribute( "n_areas" ).toInt(), 1 );
  QCOMPARE( b.attribute( "n_suppressed" ).toInt(), 1 );
  QVERIFY( near( b.attribute( "mean_min" ), 20 ) && near( b.attribute( "mean_max" ), 70 ) );
  const QMap<QString, QgsFeature> classes = rows( results.value( "OUTPUT" ).toString(), true );
  QCOMPARE( classes.value( "A/5" ).attribute( "n_banded" ).toInt(), 1 );
  QVERIFY( near( classes.value( "A/5" ).attribute( "mean_min" ), 81.5 ) && near( classes.value( "A/5" ).attribute( "mean_max" ), 90 ) );
  QCOMPARE( classes.value( "/2" ).attribute( "n_suppressed" ).toInt(), 1 );

  // Estimated within their intervals (the default): every school counts, inside the bounds.
  params.insert( "CENSORED_VALUES", 0 );
  params.insert( "OUTPUT", mDir->filePath( "text_estimated_classes.gpkg" ) );
  params.insert( "SUMMARY", mDir->filePath( "text_estimated_summary.gpkg" ) );
  const QgsFeature estimated = rows( run( params ).value( "SUMMARY" ).toString(), false ).value( "A" );
  QCOMPARE( estimated.attribute( "n_areas" ).toInt(), 6 );
  QCOMPARE( estimated.attribute( "method" ).toString(), QStringLiteral( "censored values imputed" ) );
  QVERIFY( estimated.attribute( "gap" ).toDouble() > 24 && estimated.attribute( "gap" ).toDouble() < 32.5 );
  QVERIFY( estimated.attribute( "gap_lo" ).toDouble() < estimated.attribute( "gap" ).toDouble() );
  QVERIFY( near( estimated.attribute( "gap_min" ), 24 ) );
}

// The same schools as a lower/upper pair (as placegap:buildsampledata writes them) give the same numbers.
void TestAttainmentGapAlgorithm::lowerUpperPairReadsTheSame()
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "None?field=lo:double&field=hi:double&field=quintile:integer&field=pupils:double&field=council:string&field=name:string" ), QStringLiteral( "pairs" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int i = 0; i < SCHOOLS.size(); ++i )
  {
    const School &school = SCHOOLS[i];
    const double lower = i == 5 ? 83 : ( i == 7 ? 0 : school.pct.toDouble() );
    const double upper = i == 5 ? 100 : ( i == 7 ? 100 : school.pct.toDouble() );
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << lower << upper << school.quintile << school.pupils << school.council << QStringLiteral( "School %1" ).arg( i + 1 ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  QVariantMap params = parameters( SCHOOLS, "pairs" );
  params.insert( "INPUT", layer->id() );
  params.remove( "ATTAINMENT_FIELD" );
  params.insert( "ATTAINMENT_LOWER_FIELD", "lo" );
  params.insert( "ATTAINMENT_UPPER_FIELD", "hi" );
  params.insert( "CENSORED_VALUES", 1 );
  const QMap<QString, QgsFeature> summary = rows( run( params ).value( "SUMMARY" ).toString(), false );
  QVERIFY( near( summary.value( "A" ).attribute( "gap" ), 22.5 ) );
  QVERIFY( near( summary.value( "A" ).attribute( "gap_max" ), 32.5 ) );
  QCOMPARE( summary.value( "B" ).attribute( "n_suppressed" ).toInt(), 1 );

  // A lower end above the upper end stops the run, naming the feature and the school.
  layer->dataProvider()->changeAttributeValues( { { 3, { { 0, 95.0 } } } } );
  params.insert( "LABEL_FIELD", "name" );
  params.insert( "OUTPUT", mDir->filePath( "reversed_classes.gpkg" ) );
  params.insert( "SUMMARY", mDir->filePath( "reversed_summary.gpkg" ) );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 3 (School 3)" ) && error.contains( "'lo'" ) && error.contains( "above" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "reversed_summary.gpkg" ) ) );

  // Half a pair, or both ways at once, is refused before the run.
  params.remove( "ATTAINMENT_UPPER_FIELD" );
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "ATTAINMENT_UPPER_FIELD" ) && error.contains( "upper end of its interval" ), qPrintable( error ) );
  params.insert( "ATTAINMENT_UPPER_FIELD", "hi" );
  params.insert( "ATTAINMENT_FIELD", "lo" );
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "not both" ) && error.contains( "attainment field" ), qPrintable( error ) );
  // Neither way: the message says what to choose in the dialog's words and the ids.
  params.remove( "ATTAINMENT_FIELD" );
  params.remove( "ATTAINMENT_LOWER_FIELD" );
  params.remove( "ATTAINMENT_UPPER_FIELD" );
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "Choose the attainment field" ) && error.contains( "ATTAINMENT_FIELD" ), qPrintable( error ) );
}

void TestAttainmentGapAlgorithm::zeroAndNullWeightsAreWarned()
{
  QList<School> schools = SCHOOLS;
  schools << School { 10, 1, 0, "A" } << School { 99, 5, QVariant(), "A" } << School { 99, QVariant(), 5, "A" } << School { 99, 5, 5, QVariant() };
  const QVariantMap results = run( parameters( schools, "zero" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 9", "'pupils'", "zero" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 10", "'pupils'", "NULL" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 11", "'quintile'", "NULL" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 12", "'council'", "NULL" } ).size(), 1 );
  // None of them changes A.
  const QgsFeature a = rows( results.value( "SUMMARY" ).toString(), false ).value( "A" );
  QCOMPARE( a.attribute( "n_areas" ).toInt(), 6 );
  QVERIFY( near( a.attribute( "sii" ), 37.5 ) );
}

// A missing-value code of 99999 among percentages (median 70, robust sd 1.4826 x 20 = 29.7) is
// thousands of robust standard deviations out: named, as it moves quintile 3's mean and the SII.
void TestAttainmentGapAlgorithm::valueFarOutIsNamed()
{
  QList<School> schools = SCHOOLS;
  schools << School { 99999, 3, 10, "A" }; // feature 9
  QVERIFY( !run( parameters( schools, "far_out" ) ).isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 9", "'pct'", "99999", "robust standard deviations" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "robust standard deviations" } ).size(), 1 );
}

void TestAttainmentGapAlgorithm::classOutsideRangeFails()
{
  QList<School> schools = SCHOOLS;
  schools[4].quintile = 6; // feature 5
  QString error;
  QVERIFY( run( parameters( schools, "range" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 5" ) && error.contains( "'quintile'" ) && error.contains( "QUANTILES" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "range_classes.gpkg" ) ) );
  QVERIFY( !QFile::exists( mDir->filePath( "range_summary.gpkg" ) ) );
}

void TestAttainmentGapAlgorithm::negativeWeightFails()
{
  QList<School> schools = SCHOOLS;
  schools[2].pupils = -20; // feature 3
  QString error;
  QVERIFY( run( parameters( schools, "negative" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 3" ) && error.contains( "'pupils'" ) && error.contains( "negative" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "negative_summary.gpkg" ) ) );
}

void TestAttainmentGapAlgorithm::nothingUsableFails()
{
  QList<School> schools = SCHOOLS.mid( 0, 2 );
  for ( School &school : schools )
    school.pupils = 0;
  QString error;
  QVERIFY( run( parameters( schools, "nothing" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "nothing to summarise" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "nothing_classes.gpkg" ) ) );
}

void TestAttainmentGapAlgorithm::missingFieldIsRefused()
{
  QVariantMap params = parameters( SCHOOLS, "missing" );
  params.insert( "GROUP_FIELD", "ward" );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "'ward'" ) && error.contains( "GROUP_FIELD" ), qPrintable( error ) );
}

QTEST_MAIN( TestAttainmentGapAlgorithm )
#include "testattainmentgapalgorithm.moc"
