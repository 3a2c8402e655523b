/***************************************************************************
  testattainmentgapcore.cpp - gap, ratio, SII and RII of the QGIS-free core
 ***************************************************************************/
#include "attainmentgap.h"
#include "randomstream.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <set>

using placegap::GapArea;

namespace
{
  /*
   * Three deprivation classes, two areas each (value, weight):
   *   class 1: (50, 10) (60, 30)  W1 = 40, m1 = (500 + 1800) / 40 = 57.5
   *   class 2: (70, 20) (70, 20)  W2 = 40, m2 = 70
   *   class 3: (80, 10) (90, 10)  W3 = 20, m3 = 85
   * W = 100, M = (2300 + 2800 + 1700) / 100 = 68.
   * SE1 = sqrt(2/1 x (100 x 7.5^2 + 900 x 2.5^2)) / 40 = sqrt(22500) / 40 = 3.75
   * SE2 = 0; SE3 = sqrt(2 x (100 x 25 + 100 x 25)) / 20 = 100 / 20 = 5
   * Ridits: r1 = 20/100 = 0.2, r2 = (40 + 20)/100 = 0.6, r3 = (80 + 10)/100 = 0.9; rbar = 0.5.
   * Sxx = 40 x 0.09 + 40 x 0.01 + 20 x 0.16 = 7.2
   * Sxy = 40 x (-0.3)(-10.5) + 40 x 0.1 x 2 + 20 x 0.4 x 17 = 126 + 8 + 136 = 270
   * SII = 270 / 7.2 = 37.5; RII = 37.5 / 68.
   * Gap = 85 - 57.5 = 27.5, SE sqrt(3.75^2 + 5^2) = 6.25. Ratio = 85 / 57.5.
   */
  const std::vector<GapArea> HAND { { 1, 50, 10 }, { 1, 60, 30 }, { 2, 70, 20 }, { 2, 70, 20 }, { 3, 80, 10 }, { 3, 90, 10 } };

  bool near( double a, double b, double tolerance = 1e-9 )
  {
    return std::fabs( a - b ) <= tolerance * std::max( 1.0, std::fabs( b ) );
  }
} // namespace

class TestAttainmentGap : public QObject
{
    Q_OBJECT

  private slots:
    void handWorkedTable();
    void siiEqualsAreaLevelRegression();
    void bootstrapIsReproducible();
    void bootstrapOfIdenticalAreasIsDegenerate();
    void singleClassHasNoGap();
    void zeroWeightsAndEmptyExtremes();
    void randomStreamIsPortable();
    void sampleQuantileType7();
};

void TestAttainmentGap::handWorkedTable()
{
  const placegap::GapSummary s = placegap::attainmentGap( HAND, 3, 0, 1 );
  QCOMPARE( s.count, 6 );
  QVERIFY( near( s.weight, 100 ) );
  QVERIFY( near( s.mean, 68 ) );
  QCOMPARE( s.classes.size(), std::size_t( 3 ) );
  const double z = placegap::Z_975;
  QVERIFY( near( s.classes[0].mean.value, 57.5 ) );
  QVERIFY( near( s.classes[0].mean.lower, 57.5 - z * 3.75 ) );
  QVERIFY( near( s.classes[0].mean.upper, 57.5 + z * 3.75 ) );
  QVERIFY( near( s.classes[1].mean.lower, 70 ) && near( s.classes[1].mean.upper, 70 ) );
  QVERIFY( near( s.classes[2].mean.lower, 85 - z * 5 ) );
  QVERIFY( near( s.classes[0].ridit, 0.2 ) && near( s.classes[1].ridit, 0.6 ) && near( s.classes[2].ridit, 0.9 ) );
  QCOMPARE( s.classes[2].count, 2 );
  QVERIFY( near( s.classes[2].weight, 20 ) );

  QVERIFY( near( s.gap.value, 27.5 ) );
  QVERIFY( near( s.gap.lower, 27.5 - z * 6.25 ) );
  QVERIFY( near( s.gap.upper, 27.5 + z * 6.25 ) );
  const double logSe = std::sqrt( std::pow( 5.0 / 85, 2 ) + std::pow( 3.75 / 57.5, 2 ) );
  QVERIFY( near( s.ratio.value, 85 / 57.5 ) );
  QVERIFY( near( s.ratio.lower, 85 / 57.5 * std::exp( -z * logSe ) ) );
  QVERIFY( near( s.ratio.upper, 85 / 57.5 * std::exp( z * logSe ) ) );
  QVERIFY( near( s.sii.value, 37.5 ) );
  QVERIFY( near( s.rii.value, 37.5 / 68 ) );
  QVERIFY( std::isnan( s.sii.lower ) && std::isnan( s.rii.upper ) ); // no bootstrap asked for
}

// Independent method: ordinary weighted least squares over the areas, each at its class ridit.
void TestAttainmentGap::siiEqualsAreaLevelRegression()
{
  const std::vector<GapArea> areas { { 1, 31, 5 }, { 1, 44, 12 }, { 1, 29, 3 }, { 2, 51, 8 }, { 2, 38, 4 }, { 4, 66, 9 }, { 4, 70, 2 }, { 5, 81, 7 }, { 5, 58, 1 } };
  const placegap::GapSummary s = placegap::attainmentGap( areas, 5, 0, 1 );
  double w = 0, sw[6] = { 0 };
  for ( const GapArea &a : areas )
  {
    w += a.weight;
    sw[a.quantile] += a.weight;
  }
  double ridit[6] = { 0 }, cumulative = 0;
  for ( int k = 1; k <= 5; ++k )
  {
    ridit[k] = ( cumulative + sw[k] / 2 ) / w;
    cumulative += sw[k];
  }
  double xbar = 0, ybar = 0;
  for ( const GapArea &a : areas )
  {
    xbar += a.weight * ridit[a.quantile] / w;
    ybar += a.weight * a.value / w;
  }
  double sxx = 0, sxy = 0;
  for ( const GapArea &a : areas )
  {
    sxx += a.weight * ( ridit[a.quantile] - xbar ) * ( ridit[a.quantile] - xbar );
    sxy += a.weight * ( ridit[a.quantile] - xbar ) * ( a.value - ybar );
  }
  QVERIFY( near( s.sii.value, sxy / sxx, 1e-12 ) );
  QVERIFY( near( s.rii.value, sxy / sxx / ybar, 1e-12 ) );
  QCOMPARE( s.classes.size(), std::size_t( 4 ) ); // class 3 is empty and left out
}

void TestAttainmentGap::bootstrapIsReproducible()
{
  // 40 areas over 5 quintiles, values rising with the quintile plus a spread (enough distinct
  // resamples that two seeds give different intervals).
  std::vector<GapArea> areas;
  for ( int i = 0; i < 40; ++i )
    areas.push_back( GapArea { i % 5 + 1, 50.0 + 4 * ( i % 5 ) + ( i * 37 % 11 ), 10.0 + i % 7 } );
  const placegap::GapSummary a = placegap::attainmentGap( areas, 5, 999, 12345 );
  const placegap::GapSummary b = placegap::attainmentGap( areas, 5, 999, 12345 );
  const placegap::GapSummary c = placegap::attainmentGap( areas, 5, 999, 54321 );
  QVERIFY( !std::isnan( a.sii.lower ) && !std::isnan( a.rii.upper ) );
  QCOMPARE( a.sii.lower, b.sii.lower );
  QCOMPARE( a.sii.upper, b.sii.upper );
  QCOMPARE( a.rii.lower, b.rii.lower );
  QVERIFY( a.sii.lower != c.sii.lower || a.sii.upper != c.sii.upper );
  QVERIFY( a.sii.lower <= a.sii.value && a.sii.value <= a.sii.upper );
  QVERIFY( a.rii.lower <= a.rii.value && a.rii.value <= a.rii.upper );
  // Another stream key (another group) draws other numbers from the same seed.
  const placegap::GapSummary d = placegap::attainmentGap( areas, 5, 999, 12345, 1 );
  QVERIFY( a.sii.lower != d.sii.lower || a.sii.upper != d.sii.upper );
}

// Equal weights and equal values within classes: every replicate equals the estimate.
// Classes 1: 40, 40; 2: 60, 60 (ridits 0.25, 0.75, rbar 0.5, M 50): SII = 20 / 0.5 = 40.
void TestAttainmentGap::bootstrapOfIdenticalAreasIsDegenerate()
{
  const placegap::GapSummary s = placegap::attainmentGap( { { 1, 40, 1 }, { 1, 40, 1 }, { 2, 60, 1 }, { 2, 60, 1 } }, 2, 200, 7 );
  QVERIFY( near( s.sii.value, 40 ) );
  QVERIFY( near( s.sii.lower, 40 ) && near( s.sii.upper, 40 ) );
  QVERIFY( near( s.rii.lower, 0.8 ) && near( s.rii.upper, 0.8 ) );
  QVERIFY( near( s.gap.value, 20 ) && near( s.gap.lower, 20 ) );
}

void TestAttainmentGap::singleClassHasNoGap()
{
  const placegap::GapSummary s = placegap::attainmentGap( { { 2, 40, 1 }, { 2, 50, 1 } }, 5, 100, 1 );
  QVERIFY( near( s.mean, 45 ) );
  QCOMPARE( s.classes.size(), std::size_t( 1 ) );
  QVERIFY( std::isnan( s.gap.value ) && std::isnan( s.ratio.value ) && std::isnan( s.sii.value ) && std::isnan( s.rii.value ) );
  QVERIFY( std::isnan( s.sii.lower ) );
}

void TestAttainmentGap::zeroWeightsAndEmptyExtremes()
{
  // Class 3 has only zero weight: it is absent, so there is no gap, but SII over classes 1-2 exists.
  const placegap::GapSummary s = placegap::attainmentGap( { { 1, 40, 1 }, { 1, 40, 1 }, { 2, 60, 1 }, { 2, 60, 1 }, { 3, 99, 0 } }, 3, 0, 1 );
  QCOMPARE( s.classes.size(), std::size_t( 2 ) );
  QVERIFY( std::isnan( s.gap.value ) );
  QVERIFY( near( s.sii.value, 40 ) );
  // One area alone in a class: its mean has no interval.
  const placegap::GapSummary t = placegap::attainmentGap( { { 1, 40, 1 }, { 2, 60, 1 }, { 2, 62, 1 } }, 2, 0, 1 );
  QVERIFY( std::isnan( t.classes[0].mean.lower ) && std::isnan( t.gap.lower ) );
  QVERIFY( near( t.gap.value, 21 ) );
  // All weight zero: nothing can be estimated.
  const placegap::GapSummary u = placegap::attainmentGap( { { 1, 40, 0 }, { 2, 60, 0 } }, 2, 10, 1 );
  QVERIFY( u.classes.empty() && std::isnan( u.mean ) );
}

// SplitMix64's published first outputs for seed 1234567 (the same on every platform).
void TestAttainmentGap::randomStreamIsPortable()
{
  placegap::RandomStream stream( 1234567 );
  QCOMPARE( stream.next(), 6457827717110365317ULL );
  QCOMPARE( stream.next(), 3203168211198807973ULL );
  std::set<std::uint64_t> seen;
  placegap::RandomStream bounded( 1 );
  for ( int i = 0; i < 1000; ++i )
  {
    const std::uint64_t x = bounded.below( 7 );
    QVERIFY( x < 7 );
    seen.insert( x );
  }
  QCOMPARE( seen.size(), std::size_t( 7 ) );
}

void TestAttainmentGap::sampleQuantileType7()
{
  std::vector<double> values { 4, 1, 3, 2, 5 };
  QCOMPARE( placegap::sampleQuantile( values, 0.5 ), 3.0 );
  QCOMPARE( placegap::sampleQuantile( values, 0.1 ), 1.4 ); // h = 0.4 -> 1 + 0.4 x (2 - 1)
  QCOMPARE( placegap::sampleQuantile( values, 1.0 ), 5.0 );
}

QTEST_MAIN( TestAttainmentGap )
#include "testattainmentgapcore.moc"
