/***************************************************************************
  testattainmentresidualsalgorithm.cpp - placegap:attainmentresiduals through the registry
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

#include <algorithm>
#include <cmath>
#include <memory>

namespace
{
  struct School
  {
      QString code;
      QVariant deprivation;
      QVariant attainment;
      QVariant rurality;
      QVariant pupils;
  };
  /*
   * Four schools on a line plus noise (deprivation score x, attainment y):
   *   x 1 2 3 4, y 5 9 10 15 -> slope 3.1, intercept 2, fitted 5.1 8.2 11.3 14.4,
   *   residuals -0.1 0.8 -1.3 0.6, s^2 = 2.7 / 2 = 1.35, leverage 0.7 0.3 0.3 0.7,
   *   standardised e / sqrt(1.35 (1 - h)): -0.157, 0.823, -1.337, 0.943.
   */
  const QList<School> LINE { { "S1", 1, 5, "U", 10 }, { "S2", 2, 9, "U", 10 }, { "S3", 3, 10, "U", 10 }, { "S4", 4, 15, "U", 10 } };

  bool near( const QVariant &value, double expected )
  {
    return !value.isNull() && std::fabs( value.toDouble() - expected ) < 1e-6 * std::max( 1.0, std::fabs( expected ) );
  }
} // namespace

class TestAttainmentResiduals : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void lineWithFlags_data();
    void lineWithFlags();
    void ruralityClassTerm();
    void nullsAndTextAreWarnedAndLeftNull();
    void constantDeprivationFails();
    void tooFewFeaturesFails();
    void negativeWeightFails();
    void clashingOutputFieldIsRefused();
    void smallCohortsAreShrunk();
    void intervalsAreJudgedAtBothEnds();
    void bandedSmallSchoolIsShrunkAtBothEnds();
    void valuesFarOutAreNamed();

  private:
    QVariantMap parameters( const QList<School> &schools, const QString &name, const QString &attainmentType = QStringLiteral( "double" ), const QString &extraField = QString() );
    QVariantMap run( const QVariantMap &parameters, QString *error = nullptr );
    QMap<QString, QgsFeature> rows( const QString &path );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QgsProject mProject;
};

void TestAttainmentResiduals::initTestCase()
{
  placegaptest::startQgis();
}

void TestAttainmentResiduals::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestAttainmentResiduals::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestAttainmentResiduals::cleanup()
{
  mProject.removeAllMapLayers();
}

QVariantMap TestAttainmentResiduals::parameters( const QList<School> &schools, const QString &name, const QString &attainmentType, const QString &extraField )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:27700&field=code:string&field=score:double&field=pct:%1&field=urbrur:string&field=pupils:double%2" ).arg( attainmentType, extraField.isEmpty() ? QString() : "&field=" + extraField + ":double" ), QStringLiteral( "schools" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  int i = 0;
  for ( const School &school : schools )
  {
    QgsFeature feature( layer->fields() );
    QgsAttributes values;
    values << school.code << school.deprivation << school.attainment << school.rurality << school.pupils;
    if ( !extraField.isEmpty() )
      values << QVariant();
    feature.setAttributes( values );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 300000 + 100 * i++, 800000 ) ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return QVariantMap {
      { "INPUT", layer->id() },
      { "ATTAINMENT_FIELD", "pct" },
      { "DEPRIVATION_FIELD", "score" },
      { "THRESHOLD", 1.0 },
      { "OUTPUT", mDir->filePath( name + ".gpkg" ) },
  };
}

QVariantMap TestAttainmentResiduals::run( const QVariantMap &parameters, QString *error )
{
  return placegaptest::runAlgorithm( QStringLiteral( "placegap:attainmentresiduals" ), parameters, *mContext, mFeedback, error );
}

QMap<QString, QgsFeature> TestAttainmentResiduals::rows( const QString &path )
{
  QgsVectorLayer layer( path, QStringLiteral( "t" ), QStringLiteral( "ogr" ) );
  QMap<QString, QgsFeature> result;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    if ( feature.geometry().isNull() )
      return {}; // the copy must keep the points; an empty map fails every caller
    result.insert( feature.attribute( "code" ).toString(), feature );
  }
  return result;
}

void TestAttainmentResiduals::lineWithFlags_data()
{
  QTest::addColumn<double>( "threshold" );
  QTest::addColumn<QStringList>( "flags" );
  QTest::addColumn<int>( "above" );
  QTest::addColumn<int>( "below" );
  QTest::newRow( "threshold 1" ) << 1.0 << QStringList { "as expected", "as expected", "below expectation", "as expected" } << 0 << 1;
  QTest::newRow( "threshold 0.5" ) << 0.5 << QStringList { "as expected", "above expectation", "below expectation", "above expectation" } << 2 << 1;
  QTest::newRow( "threshold 2" ) << 2.0 << QStringList { "as expected", "as expected", "as expected", "as expected" } << 0 << 0;
}

void TestAttainmentResiduals::lineWithFlags()
{
  QFETCH( double, threshold );
  QFETCH( QStringList, flags );
  QFETCH( int, above );
  QFETCH( int, below );
  QVariantMap params = parameters( LINE, "line" );
  params.insert( "THRESHOLD", threshold );
  params.insert( "WEIGHT_FIELD", "pupils" ); // equal weights change nothing
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QVERIFY( near( results.value( "SLOPE" ), 3.1 ) );
  QVERIFY( near( results.value( "R_SQUARED" ), 1 - 2.7 / 50.75 ) );
  QVERIFY( near( results.value( "RESIDUAL_SD" ), std::sqrt( 1.35 ) ) );
  QCOMPARE( results.value( "FLAGGED_ABOVE" ).toInt(), above );
  QCOMPARE( results.value( "FLAGGED_BELOW" ).toInt(), below );
  const QMap<QString, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  const double expected[] { 5.1, 8.2, 11.3, 14.4 };
  const double residual[] { -0.1, 0.8, -1.3, 0.6 };
  const double leverage[] { 0.7, 0.3, 0.3, 0.7 };
  for ( int i = 0; i < 4; ++i )
  {
    const QgsFeature f = out.value( QStringLiteral( "S%1" ).arg( i + 1 ) );
    QVERIFY( near( f.attribute( "expected" ), expected[i] ) );
    QVERIFY( near( f.attribute( "residual" ), residual[i] ) );
    QVERIFY( near( f.attribute( "std_resid" ), residual[i] / std::sqrt( 1.35 * ( 1 - leverage[i] ) ) ) );
    QCOMPARE( f.attribute( "flag" ).toString(), flags.at( i ) );
  }
}

// Urban U: (1, 10) (2, 13) (3, 14); rural R: (1, 20) (2, 21) (3, 25). Both x-means 2;
// y-means 37/3 and 22. Pooled within slope: Sxy = [(-1)(-7/3) + (1)(5/3)] + [(-1)(-2) + (1)(3)] = 4 + 5,
// Sxx = 2 + 2 -> 9/4. Intercepts: U 37/3 - 4.5 = 47/6, R 22 - 4.5 = 17.5.
void TestAttainmentResiduals::ruralityClassTerm()
{
  const QList<School> schools { { "U1", 1, 10, "U", 1 }, { "U2", 2, 13, "U", 1 }, { "U3", 3, 14, "U", 1 }, { "R1", 1, 20, "R", 1 }, { "R2", 2, 21, "R", 1 }, { "R3", 3, 25, "R", 1 } };
  QVariantMap params = parameters( schools, "rural" );
  params.insert( "RURALITY_FIELD", "urbrur" );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QVERIFY( near( results.value( "SLOPE" ), 2.25 ) );
  const QMap<QString, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  QVERIFY( near( out.value( "U1" ).attribute( "expected" ), 47.0 / 6 + 2.25 ) );
  QVERIFY( near( out.value( "U3" ).attribute( "expected" ), 47.0 / 6 + 6.75 ) );
  QVERIFY( near( out.value( "R2" ).attribute( "expected" ), 17.5 + 4.5 ) );
  QVERIFY( near( out.value( "R3" ).attribute( "residual" ), 25 - 24.25 ) );
}

void TestAttainmentResiduals::nullsAndTextAreWarnedAndLeftNull()
{
  QList<School> schools;
  for ( const School &school : LINE )
    schools << School { school.code, school.deprivation, school.attainment.toString(), school.rurality, school.pupils };
  schools << School { "S5", 5, "lots", "U", 10 } << School { "S6", QVariant(), "12", "U", 10 } << School { "S7", 3, "12", "U", 0 } << School { "S8", 2, "z", "U", 10 };
  QVariantMap params = parameters( schools, "nulls", QStringLiteral( "string" ) );
  params.insert( "WEIGHT_FIELD", "pupils" );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 5", "'pct'", "'lots'" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 8", "'pct'", "not applicable" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 6", "'score'", "NULL" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 7", "'pupils'", "zero" } ).size(), 1 );
  QVERIFY( near( results.value( "SLOPE" ), 3.1 ) ); // the fit uses S1-S4 only
  const QMap<QString, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  QCOMPARE( out.size(), 8 );
  for ( const char *code : { "S5", "S6", "S7", "S8" } )
    QVERIFY2( out.value( code ).attribute( "expected" ).isNull() && out.value( code ).attribute( "flag" ).isNull(), code );
  QCOMPARE( out.value( "S5" ).attribute( "att_status" ).toString(), QStringLiteral( "unreadable" ) );
  QCOMPARE( out.value( "S1" ).attribute( "att_status" ).toString(), QStringLiteral( "value" ) );
}

void TestAttainmentResiduals::constantDeprivationFails()
{
  QList<School> schools = LINE;
  for ( School &school : schools )
    school.deprivation = 7;
  QString error;
  QVERIFY( run( parameters( schools, "constant" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'score'" ) && error.contains( "does not vary" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "constant.gpkg" ) ) );
}

void TestAttainmentResiduals::tooFewFeaturesFails()
{
  QString error;
  QVERIFY( run( parameters( LINE.mid( 0, 2 ), "few" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "more observations" ), qPrintable( error ) );
}

void TestAttainmentResiduals::negativeWeightFails()
{
  QList<School> schools = LINE;
  schools[1].pupils = -3;
  QVariantMap params = parameters( schools, "negative" );
  params.insert( "WEIGHT_FIELD", "pupils" );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 2" ) && error.contains( "negative" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "negative.gpkg" ) ) );
}

void TestAttainmentResiduals::clashingOutputFieldIsRefused()
{
  QString error;
  QVERIFY( run( parameters( LINE, "clash", QStringLiteral( "double" ), QStringLiteral( "residual" ) ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'residual'" ), qPrintable( error ) );
}

/*
 * Eight schools, attainment % on a line 50 + 4x with deviations 0, +10, 0, -2, 0, +12, 0, -20 and
 * cohorts 100, 200, 100, 100, 100, 5, 100, 300 (COHORT_FIELD = pupils). School 6 is 12 points up on
 * 5 pupils, which chance alone easily gives; school 8 is 20 points down on 300 pupils, which it
 * does not. Empirical Bayes: each residual r is shrunk by tau^2 / (tau^2 + v), v = 100^2 e (1 - e)
 * / n at the expected share e, tau^2 = max(0, sum r^2 / (n - 2) - mean v): worked out below from
 * the expected values and residuals the algorithm writes.
 */
void TestAttainmentResiduals::smallCohortsAreShrunk()
{
  const QList<double> deviation { 0, 10, 0, -2, 0, 12, 0, -20 };
  const QList<double> cohort { 100, 200, 100, 100, 100, 5, 100, 300 };
  QList<School> schools;
  for ( int i = 0; i < 8; ++i )
    schools << School { QStringLiteral( "S%1" ).arg( i + 1 ), i + 1, 50 + 4 * ( i + 1 ) + deviation[i], "U", cohort[i] };
  QVariantMap params = parameters( schools, "small" );
  params.insert( "COHORT_FIELD", "pupils" );
  params.insert( "RANK_DRAWS", 2000 );
  params.insert( "SEED", 3 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const QMap<QString, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  QCOMPARE( out.size(), 8 );

  double squares = 0, meanVariance = 0;
  QMap<QString, double> variance;
  for ( int i = 0; i < 8; ++i )
  {
    const QgsFeature &f = out.value( QStringLiteral( "S%1" ).arg( i + 1 ) );
    const double e = std::clamp( f.attribute( "expected" ).toDouble() / 100, 0.5 / cohort[i], 1 - 0.5 / cohort[i] );
    variance[f.attribute( "code" ).toString()] = 1e4 * e * ( 1 - e ) / cohort[i];
    squares += std::pow( f.attribute( "residual" ).toDouble(), 2 );
    meanVariance += variance[f.attribute( "code" ).toString()] / 8;
  }
  const double tau2 = std::max( 0.0, squares / 6 - meanVariance );
  QVERIFY( tau2 > 0 );
  QVERIFY( near( results.value( "BETWEEN_SD" ), std::sqrt( tau2 ) ) );
  for ( const QgsFeature &f : out )
  {
    const double v = variance[f.attribute( "code" ).toString()];
    const double shrunk = f.attribute( "residual" ).toDouble() * tau2 / ( tau2 + v );
    const double sd = std::sqrt( tau2 * v / ( tau2 + v ) );
    QVERIFY( near( f.attribute( "eb_resid" ), shrunk ) );
    QVERIFY( near( f.attribute( "eb_lo" ), shrunk - 1.959963984540054 * sd ) );
    QVERIFY( f.attribute( "rank_lo" ).toDouble() <= f.attribute( "eb_rank" ).toDouble() && f.attribute( "eb_rank" ).toDouble() <= f.attribute( "rank_hi" ).toDouble() );
  }
  // Wilson interval of school 6's 86 % of 5, from the formula.
  const double z = 1.959963984540054, p = 0.86, n = 5;
  const double centre = ( p + z * z / ( 2 * n ) ) / ( 1 + z * z / n ), half = z * std::sqrt( p * ( 1 - p ) / n + z * z / ( 4 * n * n ) ) / ( 1 + z * z / n );
  QVERIFY( near( out.value( "S6" ).attribute( "wilson_lo" ), 100 * ( centre - half ) ) );
  QVERIFY( near( out.value( "S6" ).attribute( "wilson_hi" ), std::min( 100.0, 100 * ( centre + half ) ) ) );
  // The small school's 12 points are mostly noise; the large school's 20 points down are not.
  QCOMPARE( out.value( "S6" ).attribute( "flag" ).toString(), QStringLiteral( "as expected" ) );
  QCOMPARE( out.value( "S8" ).attribute( "flag" ).toString(), QStringLiteral( "below expectation" ) );
  QCOMPARE( out.value( "S8" ).attribute( "eb_rank" ).toInt(), 8 );
  QVERIFY( out.value( "S6" ).attribute( "eb_resid" ).toDouble() / out.value( "S6" ).attribute( "residual" ).toDouble() < out.value( "S2" ).attribute( "eb_resid" ).toDouble() / out.value( "S2" ).attribute( "residual" ).toDouble() );
  QCOMPARE( results.value( "FLAGGED_BELOW" ).toInt(), 1 );

  // A share above 100 % cannot be a share of a cohort.
  schools[0].attainment = 120;
  params = parameters( schools, "share" );
  params.insert( "COHORT_FIELD", "pupils" );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "120" ) && error.contains( "percentage" ), qPrintable( error ) );
}

/*
 * The LINE schools fitted (slope 3.1, intercept 2, s = sqrt(1.35) = 1.1619, equal weights), and four
 * schools known only as intervals, not fitted, judged at both ends (THRESHOLD 1):
 *   B1 x 2, "12-14":  expected 8.2,  residual 3.8..5.8,    standardised 3.27..4.99   -> above
 *   B2 x 3, "<5":     expected 11.3, residual -11.3..-6.3, standardised -9.73..-5.42 -> below
 *   B3 x 4, "14-15%": expected 14.4, residual -0.4..0.6,   standardised -0.34..0.52  -> as expected
 *   B4 x 1, "[c]":    expected 5.1,  residual -5.1..94.9: either way                -> not known
 * S3 is below (standardised -1.337), so FLAGGED_BELOW = 2 and FLAGGED_ABOVE = 1.
 */
void TestAttainmentResiduals::intervalsAreJudgedAtBothEnds()
{
  QList<School> schools;
  for ( const School &school : LINE )
    schools << School { school.code, school.deprivation, school.attainment.toString(), school.rurality, school.pupils };
  schools << School { "B1", 2, "12-14", "U", 10 } << School { "B2", 3, "<5", "U", 10 } << School { "B3", 4, "14-15%", "U", 10 } << School { "B4", 1, "[c]", "U", 10 };
  const QVariantMap results = run( parameters( schools, "intervals", QStringLiteral( "string" ) ) );
  QVERIFY( !results.isEmpty() );
  QVERIFY( near( results.value( "SLOPE" ), 3.1 ) ); // intervals are not fitted
  QCOMPARE( results.value( "FLAGGED_ABOVE" ).toInt(), 1 );
  QCOMPARE( results.value( "FLAGGED_BELOW" ).toInt(), 2 );
  const QMap<QString, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  const QMap<QString, std::tuple<double, double, double, QString, QString>> expected {
      { "B1", { 8.2, 3.8, 5.8, "above expectation", "banded" } },
      { "B2", { 11.3, -11.3, -6.3, "below expectation", "banded" } },
      { "B3", { 14.4, -0.4, 0.6, "as expected", "banded" } },
      { "B4", { 5.1, -5.1, 94.9, "not known", "suppressed" } },
  };
  for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
  {
    const QgsFeature f = out.value( it.key() );
    const auto &[fitted, lower, upper, flag, status] = it.value();
    QVERIFY2( near( f.attribute( "expected" ), fitted ), qPrintable( it.key() ) );
    QVERIFY2( near( f.attribute( "resid_lo" ), lower ) && near( f.attribute( "resid_hi" ), upper ), qPrintable( it.key() ) );
    QVERIFY2( f.attribute( "residual" ).isNull() && f.attribute( "std_resid" ).isNull(), qPrintable( it.key() ) );
    QCOMPARE( f.attribute( "flag" ).toString(), flag );
    QCOMPARE( f.attribute( "att_status" ).toString(), status );
  }
  // A published value's residual interval is the residual itself.
  QVERIFY( near( out.value( "S2" ).attribute( "resid_lo" ), 0.8 ) && near( out.value( "S2" ).attribute( "resid_hi" ), 0.8 ) );
}

/*
 * The eight schools of smallCohortsAreShrunk with a ninth at x = 5, published as the band "<5" of
 * 40 pupils. It is not fitted, so the fit and tau^2 are those of the eight; at its expectation e
 * (that of S5, same x) v = 100^2 e (1 - e) / 40, f = tau^2 / (tau^2 + v), m = 1.96 sqrt(tau^2 v /
 * (tau^2 + v)); every value in 0..5 gives a shrunk residual (y - 100 e) f -/+ m, so eb_lo =
 * (0 - 100 e) f - m and eb_hi = (5 - 100 e) f + m: below expectation, as eb_hi < 0 whatever the
 * value in the band. Wilson: the lower end of 0 % of 40 (0) to the upper end of 5 % of 40.
 */
void TestAttainmentResiduals::bandedSmallSchoolIsShrunkAtBothEnds()
{
  const QList<double> deviation { 0, 10, 0, -2, 0, 12, 0, -20 };
  const QList<double> cohort { 100, 200, 100, 100, 100, 5, 100, 300 };
  QList<School> schools;
  for ( int i = 0; i < 8; ++i )
    schools << School { QStringLiteral( "S%1" ).arg( i + 1 ), i + 1, QString::number( 50 + 4 * ( i + 1 ) + deviation[i] ), "U", cohort[i] };
  schools << School { "S9", 5, "<5", "U", 40 };
  QVariantMap params = parameters( schools, "banded_small", QStringLiteral( "string" ) );
  params.insert( "COHORT_FIELD", "pupils" );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const QMap<QString, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  const double tau2 = std::pow( results.value( "BETWEEN_SD" ).toDouble(), 2 );
  QVERIFY( tau2 > 0 );
  const double e = out.value( "S5" ).attribute( "expected" ).toDouble() / 100;
  QVERIFY( near( out.value( "S9" ).attribute( "expected" ), 100 * e ) );
  const double v = 1e4 * e * ( 1 - e ) / 40, f = tau2 / ( tau2 + v ), m = 1.959963984540054 * std::sqrt( tau2 * v / ( tau2 + v ) );
  QVERIFY( near( out.value( "S9" ).attribute( "eb_lo" ), -100 * e * f - m ) );
  QVERIFY( near( out.value( "S9" ).attribute( "eb_hi" ), ( 5 - 100 * e ) * f + m ) );
  QVERIFY( ( 5 - 100 * e ) * f + m < 0 );
  QCOMPARE( out.value( "S9" ).attribute( "flag" ).toString(), QStringLiteral( "below expectation" ) );
  QVERIFY( out.value( "S9" ).attribute( "eb_resid" ).isNull() && out.value( "S9" ).attribute( "eb_rank" ).isNull() );
  const double z = 1.959963984540054, p = 0.05, n = 40;
  const double centre = ( p + z * z / ( 2 * n ) ) / ( 1 + z * z / n ), half = z * std::sqrt( p * ( 1 - p ) / n + z * z / ( 4 * n * n ) ) / ( 1 + z * z / n );
  QVERIFY( near( out.value( "S9" ).attribute( "wilson_lo" ), 0 ) );
  QVERIFY( near( out.value( "S9" ).attribute( "wilson_hi" ), 100 * ( centre + half ) ) );
  QCOMPARE( results.value( "FLAGGED_BELOW" ).toInt(), 2 ); // S8 and S9
}

/*
 * Ten schools on a line y = 50 + 2x (+/- 0.5), x = 1..10. A rank typed as 1e15 and then an
 * attainment typed as 1e300 are each named before the fit, and the fit stays finite (it is made
 * on centred, scaled values: the rank is not refused as "deprivation does not vary", the
 * attainment does not overflow R^2 into NaN). Ranks all near 1e15 with attainments near 1e300
 * put the intercept beyond any double (-2e315): refused, saying so, with nothing written.
 */
void TestAttainmentResiduals::valuesFarOutAreNamed()
{
  QList<School> schools;
  for ( int i = 1; i <= 10; ++i )
    schools << School { QStringLiteral( "S%1" ).arg( i ), i, 50 + 2 * i + ( i % 2 ? 0.5 : -0.5 ), "U", 10 };
  schools[3].deprivation = 1e15; // S4
  QVariantMap results = run( parameters( schools, "rank_far_out" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 4", "'score'", "1e+15", "robust standard deviations" } ).size(), 1 );
  QVERIFY( std::isfinite( results.value( "SLOPE" ).toDouble() ) && std::isfinite( results.value( "R_SQUARED" ).toDouble() ) );

  schools[3].deprivation = 4;
  schools[5].attainment = 1e300; // S6
  mFeedback.warnings.clear();
  results = run( parameters( schools, "attainment_far_out" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 6", "'pct'", "1e+300", "robust standard deviations" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "robust standard deviations" } ).size(), 1 );
  QVERIFY( std::isfinite( results.value( "R_SQUARED" ).toDouble() ) && std::isfinite( results.value( "RESIDUAL_SD" ).toDouble() ) );

  for ( int i = 0; i < 10; ++i )
  {
    schools[i].deprivation = 1e15 + i;
    schools[i].attainment = ( 50.0 + 2 * i ) * 1e300;
  }
  QString error;
  QVERIFY( run( parameters( schools, "beyond_doubles" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "too large" ) && error.contains( "'pct'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "beyond_doubles.gpkg" ) ) );
}

QTEST_MAIN( TestAttainmentResiduals )
#include "testattainmentresidualsalgorithm.moc"
