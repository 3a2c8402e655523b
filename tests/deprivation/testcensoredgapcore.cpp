/***************************************************************************
  testcensoredgapcore.cpp - the gap, SII and RII with suppressed and banded values
 ***************************************************************************/
#include "censoredgap.h"
#include "randomstream.h"
#include "truncatednormal.h"

#include <QObject>
#include <QtTest>

#include <cmath>

using placegap::CensoredArea;

namespace
{
  bool near( double a, double b, double tolerance = 1e-9 )
  {
    return std::fabs( a - b ) <= tolerance * std::max( 1.0, std::fabs( b ) );
  }

  //! An area with a published value.
  CensoredArea value( int quantile, double y, double weight )
  {
    return CensoredArea { quantile, y, y, weight };
  }

  //! An area known only to lie in [lower, upper].
  CensoredArea band( int quantile, double lower, double upper, double weight )
  {
    return CensoredArea { quantile, lower, upper, weight };
  }

  //! Every statistic at every vertex of the box of intervals: 2^c attainmentGap() runs.
  struct Extremes
  {
      double minGap = INFINITY, maxGap = -INFINITY, minSii = INFINITY, maxSii = -INFINITY, minRii = INFINITY, maxRii = -INFINITY;
  };

  Extremes byEnumeration( const std::vector<CensoredArea> &areas, int classes )
  {
    std::vector<std::size_t> censored;
    for ( std::size_t i = 0; i < areas.size(); ++i )
    {
      if ( areas[i].isCensored() )
        censored.push_back( i );
    }
    Extremes e;
    for ( unsigned mask = 0; mask < ( 1u << censored.size() ); ++mask )
    {
      std::vector<placegap::GapArea> vertex;
      for ( const CensoredArea &a : areas )
        vertex.push_back( placegap::GapArea { a.quantile, a.lower, a.weight } );
      for ( std::size_t j = 0; j < censored.size(); ++j )
        vertex[censored[j]].value = ( mask >> j ) & 1u ? areas[censored[j]].upper : areas[censored[j]].lower;
      const placegap::GapSummary s = placegap::attainmentGap( vertex, classes, 0, 1 );
      e.minGap = std::min( e.minGap, s.gap.value );
      e.maxGap = std::max( e.maxGap, s.gap.value );
      e.minSii = std::min( e.minSii, s.sii.value );
      e.maxSii = std::max( e.maxSii, s.sii.value );
      e.minRii = std::min( e.minRii, s.rii.value );
      e.maxRii = std::max( e.maxRii, s.rii.value );
    }
    return e;
  }
} // namespace

class TestCensoredGap : public QObject
{
    Q_OBJECT

  private slots:
    void boundsWorkedByHand();
    void boundsMatchEnumeration();
    void symmetricCaseHasKnownEstimate();
    void modelRecoversKnownParameters();
    void emMaximisesTheLikelihood();
    void nothingCensoredIsTheUsualGap();
    void intervalsAreReproducibleAndHonest();
    void emptyExtremeClassStillGivesSii();
    void classWithoutPublishedValueHasOnlyBounds();
};

/*
 * Two classes (value or interval, weight):
 *   class 1: 50 (10), [0, 100] (10)       mean between (500 + 0) / 20 = 25 and (500 + 1000) / 20 = 75
 *   class 2: 80 (20), [90, 100] (20)      mean between (1600 + 1800) / 40 = 85 and (1600 + 2000) / 40 = 90
 * Gap (class 2 - class 1) between 85 - 75 = 10 and 90 - 25 = 65.
 * Overall mean between (500 + 1600 + 1800) / 60 = 65 and (500 + 1000 + 1600 + 2000) / 60 = 85.
 * Ratio between 85 / 75 and 90 / 25.
 * Ridits 10/60 = 1/6 and (20 + 20)/60 = 2/3, rbar = 0.5, Sxx = 20 (1/3)^2 + 40 (1/6)^2 = 10/3.
 * SII = sum w (r - rbar) y / Sxx: coefficient -0.1 w in class 1, +0.05 w in class 2. Smallest with
 * the censored values high in class 1 and low in class 2: -0.1 (500 + 1000) + 0.05 (1600 + 1800)
 * = 20; largest the other way: -0.1 (500 + 0) + 0.05 (1600 + 2000) = 130. (Two classes: SII =
 * gap / (r2 - r1) = 2 x gap.)
 */
void TestCensoredGap::boundsWorkedByHand()
{
  const std::vector<CensoredArea> areas { value( 1, 50, 10 ), band( 1, 0, 100, 10 ), value( 2, 80, 20 ), band( 2, 90, 100, 20 ) };
  const placegap::CensoredGapSummary s = placegap::censoredAttainmentGap( areas, 2, 0, 1 );
  QCOMPARE( s.censored, 2 );
  QVERIFY( near( s.censoredWeight, 30 ) );
  QCOMPARE( s.classMeans.size(), std::size_t( 2 ) );
  QVERIFY( near( s.classMeans[0].lowest, 25 ) && near( s.classMeans[0].highest, 75 ) );
  QVERIFY( near( s.classMeans[1].lowest, 85 ) && near( s.classMeans[1].highest, 90 ) );
  QVERIFY( near( s.mean.lowest, 65 ) && near( s.mean.highest, 85 ) );
  QVERIFY( near( s.gap.lowest, 10 ) && near( s.gap.highest, 65 ) );
  QVERIFY( near( s.ratio.lowest, 85.0 / 75 ) && near( s.ratio.highest, 90.0 / 25 ) );
  QVERIFY( near( s.sii.lowest, 20 ) && near( s.sii.highest, 130 ) );
  // The estimate lies inside its bounds.
  QVERIFY( s.estimate.gap.value > 10 && s.estimate.gap.value < 65 );
  QVERIFY( near( s.estimate.sii.value, 2 * s.estimate.gap.value ) );
}

// Bounds of SII and RII equal the extremes over every vertex of the box (found by brute force).
void TestCensoredGap::boundsMatchEnumeration()
{
  placegap::RandomStream stream( 99 );
  for ( int trial = 0; trial < 20; ++trial )
  {
    std::vector<CensoredArea> areas;
    for ( int i = 0; i < 14; ++i )
    {
      const int quantile = 1 + static_cast<int>( stream.below( 5 ) );
      const double weight = 1 + static_cast<double>( stream.below( 40 ) );
      const double y = 30 + 10 * quantile + 20 * stream.uniform();
      if ( i % 3 == 0 )
      {
        const double lower = stream.uniform() < 0.5 ? 0 : std::floor( y );
        areas.push_back( band( quantile, lower, std::min( 100.0, lower + 5 + 60 * stream.uniform() ), weight ) );
      }
      else
        areas.push_back( value( quantile, y, weight ) );
    }
    const placegap::CensoredGapSummary s = placegap::censoredAttainmentGap( areas, 5, 0, 1 );
    const Extremes e = byEnumeration( areas, 5 );
    if ( !std::isnan( s.gap.lowest ) )
      QVERIFY( near( s.gap.lowest, e.minGap ) && near( s.gap.highest, e.maxGap ) );
    QVERIFY2( near( s.sii.lowest, e.minSii ) && near( s.sii.highest, e.maxSii ), qPrintable( QStringLiteral( "trial %1: %2..%3 vs %4..%5" ).arg( trial ).arg( s.sii.lowest ).arg( s.sii.highest ).arg( e.minSii ).arg( e.maxSii ) ) );
    QVERIFY2( near( s.rii.lowest, e.minRii ) && near( s.rii.highest, e.maxRii ), qPrintable( QStringLiteral( "trial %1: %2..%3 vs %4..%5" ).arg( trial ).arg( s.rii.lowest ).arg( s.rii.highest ).arg( e.minRii ).arg( e.maxRii ) ) );
  }
}

/*
 * Class 1: 40, 60 and one school in [0, 100]; class 2: 70, 90 and one in [60, 100]; all weight 1.
 * Each interval is symmetric about its class's mean (50 and 80), so the fitted class means stay
 * 50 and 80 and each censored value is expected at its class mean: gap = 80 - 50 = 30, SII = 60.
 */
void TestCensoredGap::symmetricCaseHasKnownEstimate()
{
  const std::vector<CensoredArea> areas { value( 1, 40, 1 ), value( 1, 60, 1 ), band( 1, 0, 100, 1 ), value( 2, 70, 1 ), value( 2, 90, 1 ), band( 2, 60, 100, 1 ) };
  const placegap::CensoredGapSummary s = placegap::censoredAttainmentGap( areas, 2, 0, 1 );
  QVERIFY( near( s.model.classMeans[0], 50, 1e-7 ) && near( s.model.classMeans[1], 80, 1e-7 ) );
  QVERIFY( near( s.estimate.gap.value, 30, 1e-7 ) );
  QVERIFY( near( s.estimate.sii.value, 60, 1e-7 ) );
  QVERIFY( near( s.estimate.mean, 65, 1e-7 ) );
}

// 3,000 schools drawn from N(60 + 5k, 12^2), those above 90 published only as "90-100": EM finds the parameters.
void TestCensoredGap::modelRecoversKnownParameters()
{
  placegap::RandomStream stream( 2024 );
  std::vector<CensoredArea> areas;
  int banded = 0;
  for ( int i = 0; i < 3000; ++i )
  {
    const int quantile = 1 + i % 5;
    const double y = 60 + 5 * quantile + 12 * placegap::normalQuantile( ( stream.below( ( 1ull << 53 ) - 1 ) + 1.0 ) / 9007199254740992.0 );
    if ( y > 90 )
    {
      areas.push_back( band( quantile, 90, INFINITY, 1 ) );
      ++banded;
    }
    else
      areas.push_back( value( quantile, y, 1 ) );
  }
  QVERIFY( banded > 300 ); // the upper classes lose a good share of their tops
  std::vector<const CensoredArea *> pointers;
  for ( const CensoredArea &a : areas )
    pointers.push_back( &a );
  const placegap::CensoredModel model = placegap::fitCensoredModel( pointers, 5 );
  for ( int k = 1; k <= 5; ++k )
    QVERIFY2( std::fabs( model.classMeans[static_cast<std::size_t>( k - 1 )] - ( 60 + 5 * k ) ) < 1.5, qPrintable( QStringLiteral( "class %1: %2" ).arg( k ).arg( model.classMeans[static_cast<std::size_t>( k - 1 )] ) ) );
  QVERIFY2( std::fabs( model.sd - 12 ) < 0.6, qPrintable( QString::number( model.sd ) ) );
}

// The EM answer is a maximum of the interval-censored log-likelihood: every small step away lowers it.
void TestCensoredGap::emMaximisesTheLikelihood()
{
  const std::vector<CensoredArea> areas { value( 1, 42, 1 ), value( 1, 55, 1 ), band( 1, 0, 100, 1 ), band( 1, 0, 30, 1 ), value( 2, 71, 1 ), band( 2, 97, 100, 1 ), band( 2, 83, 100, 1 ), value( 2, 64, 1 ) };
  std::vector<const CensoredArea *> pointers;
  for ( const CensoredArea &a : areas )
    pointers.push_back( &a );
  const placegap::CensoredModel model = placegap::fitCensoredModel( pointers, 2 );
  auto logLikelihood = [&]( double mu1, double mu2, double sd )
  {
    double sum = 0;
    for ( const CensoredArea &a : areas )
    {
      const double mu = a.quantile == 1 ? mu1 : mu2;
      if ( a.isCensored() )
        sum += std::log( placegap::normalCdf( ( a.upper - mu ) / sd ) - placegap::normalCdf( ( a.lower - mu ) / sd ) );
      else
        sum += -std::log( sd ) - 0.5 * std::pow( ( a.lower - mu ) / sd, 2 );
    }
    return sum;
  };
  const double best = logLikelihood( model.classMeans[0], model.classMeans[1], model.sd );
  for ( const double step : { 0.05, -0.05 } )
  {
    QVERIFY( logLikelihood( model.classMeans[0] + step, model.classMeans[1], model.sd ) < best );
    QVERIFY( logLikelihood( model.classMeans[0], model.classMeans[1] + step, model.sd ) < best );
    QVERIFY( logLikelihood( model.classMeans[0], model.classMeans[1], model.sd + step ) < best );
  }
}

void TestCensoredGap::nothingCensoredIsTheUsualGap()
{
  const std::vector<CensoredArea> areas { value( 1, 50, 10 ), value( 1, 60, 30 ), value( 2, 70, 20 ), value( 2, 70, 20 ), value( 3, 80, 10 ), value( 3, 90, 10 ) };
  std::vector<placegap::GapArea> plain;
  for ( const CensoredArea &a : areas )
    plain.push_back( placegap::GapArea { a.quantile, a.lower, a.weight } );
  const placegap::CensoredGapSummary s = placegap::censoredAttainmentGap( areas, 3, 200, 5 );
  const placegap::GapSummary expected = placegap::attainmentGap( plain, 3, 200, 5 );
  QCOMPARE( s.censored, 0 );
  QCOMPARE( s.estimate.gap.value, expected.gap.value );
  QCOMPARE( s.estimate.gap.lower, expected.gap.lower );
  QCOMPARE( s.estimate.sii.lower, expected.sii.lower );
  QCOMPARE( s.estimate.rii.upper, expected.rii.upper );
  QVERIFY( near( s.gap.lowest, 27.5 ) && near( s.gap.highest, 27.5 ) );
  QVERIFY( near( s.sii.lowest, 37.5 ) && near( s.sii.highest, 37.5 ) );
}

void TestCensoredGap::intervalsAreReproducibleAndHonest()
{
  std::vector<CensoredArea> areas;
  for ( int i = 0; i < 60; ++i )
  {
    const int quantile = i % 5 + 1;
    const double y = 55.0 + 5 * quantile + ( i * 37 % 13 );
    areas.push_back( i % 4 == 0 ? band( quantile, 0, 100, 5 + i % 3 ) : value( quantile, y, 20 + i % 9 ) );
  }
  const placegap::CensoredGapSummary a = placegap::censoredAttainmentGap( areas, 5, 400, 11 );
  const placegap::CensoredGapSummary b = placegap::censoredAttainmentGap( areas, 5, 400, 11 );
  QCOMPARE( a.estimate.sii.lower, b.estimate.sii.lower );
  QCOMPARE( a.estimate.gap.upper, b.estimate.gap.upper );
  for ( const placegap::Estimate &e : { a.estimate.gap, a.estimate.sii, a.estimate.rii, a.estimate.classes[2].mean } )
    QVERIFY( e.lower < e.value && e.value < e.upper );
  // The same schools with the censored ones left out: the imputed interval is no narrower than
  // a model-free one would allow, and the bounds contain the interval's centre.
  QVERIFY( a.sii.lowest < a.estimate.sii.lower && a.estimate.sii.upper < a.sii.highest );
  QVERIFY( a.gap.lowest < a.estimate.gap.value && a.estimate.gap.value < a.gap.highest );
}

// A council with no school in quintile 1: no gap, but SII and RII from the classes present, bounds too.
void TestCensoredGap::emptyExtremeClassStillGivesSii()
{
  const std::vector<CensoredArea> areas { value( 2, 60, 10 ), band( 2, 0, 100, 3 ), value( 3, 70, 10 ), value( 5, 85, 10 ), band( 5, 97, 100, 4 ) };
  const placegap::CensoredGapSummary s = placegap::censoredAttainmentGap( areas, 5, 100, 3 );
  QVERIFY( std::isnan( s.estimate.gap.value ) && std::isnan( s.gap.lowest ) );
  QVERIFY( std::isfinite( s.estimate.sii.value ) && std::isfinite( s.estimate.sii.lower ) );
  QVERIFY( s.sii.lowest <= s.estimate.sii.value && s.estimate.sii.value <= s.sii.highest );
  QCOMPARE( s.classMeans.size(), std::size_t( 3 ) );
}

/*
 * Quintile 1 has three schools, all suppressed: the data say nothing of its mean beyond [0, 100],
 * so there is no estimate of it, of the gap or of the SII; the bounds still hold: quintile 1's mean
 * in [0, 100], the gap (q5 mean 80) in [80 - 100, 80 - 0] = [-20, 80].
 */
void TestCensoredGap::classWithoutPublishedValueHasOnlyBounds()
{
  const std::vector<CensoredArea> areas { band( 1, 0, 100, 10 ), band( 1, 0, 100, 20 ), band( 1, 0, 100, 5 ), value( 3, 70, 10 ), band( 3, 0, 100, 10 ), value( 5, 80, 10 ), value( 5, 80, 5 ) };
  const placegap::CensoredGapSummary s = placegap::censoredAttainmentGap( areas, 5, 50, 1 );
  QCOMPARE( s.unestimated, std::vector<int> { 1 } );
  QVERIFY( !s.model.fitted[0] && s.model.fitted[2] && s.model.fitted[4] );
  QVERIFY( std::isnan( s.estimate.classes[0].mean.value ) && std::isnan( s.estimate.classes[0].mean.lower ) );
  QVERIFY( std::isfinite( s.estimate.classes[1].mean.value ) && std::isfinite( s.estimate.classes[1].mean.lower ) );
  QVERIFY( std::isnan( s.estimate.gap.value ) && std::isnan( s.estimate.sii.value ) && std::isnan( s.estimate.rii.lower ) );
  QVERIFY( near( s.classMeans[0].lowest, 0 ) && near( s.classMeans[0].highest, 100 ) );
  QVERIFY( near( s.gap.lowest, -20 ) && near( s.gap.highest, 80 ) );
  QVERIFY( std::isfinite( s.sii.lowest ) && s.sii.lowest < 0 && s.sii.highest > 0 );
  // Quintile 3's mean is fitted from its published school alone: the unfitted class leaves it be.
  QVERIFY( near( s.model.classMeans[2], 70, 1e-6 ) );
}

QTEST_APPLESS_MAIN( TestCensoredGap )
#include "testcensoredgapcore.moc"
