/***************************************************************************
  testsmallnumberscore.cpp - Wilson intervals, empirical Bayes shrinkage, rank intervals
 ***************************************************************************/
#include "smallnumbers.h"

#include <QObject>
#include <QtTest>

#include <cmath>

namespace
{
  bool near( double a, double b, double tolerance = 1e-6 )
  {
    return std::fabs( a - b ) <= tolerance;
  }
} // namespace

class TestSmallNumbers : public QObject
{
    Q_OBJECT

  private slots:
    void wilsonByHand();
    void shrinkageOfTwoSchoolsByHand();
    void noSpreadBetweenSchoolsShrinksToExpectation();
    void rankIntervals();
};

/*
 * 8 of 10 pupils: z^2 = 3.841459; centre 0.8 + z^2 / 20 = 0.992073; spread z sqrt(0.016 + z^2 / 400)
 * = 0.313619; denominator 1.384146: 0.490162 to 0.943318 (the published Wilson interval for 8/10).
 * 5 of 5: (1 + z^2/10 - z sqrt(z^2/100)) / (1 + z^2/5) = 1 / 1.768292 = 0.565518, to 1.
 */
void TestSmallNumbers::wilsonByHand()
{
  placegap::Interval i = placegap::wilsonInterval( 0.8, 10 );
  QVERIFY( near( i.lower, 0.490162 ) && near( i.upper, 0.943318 ) );
  i = placegap::wilsonInterval( 1.0, 5 );
  QVERIFY( near( i.lower, 0.565518 ) && near( i.upper, 1.0 ) );
  i = placegap::wilsonInterval( 0.0, 5 );
  QVERIFY( near( i.lower, 0.0 ) && near( i.upper, 1 - 0.565518 ) );
  QVERIFY( std::isnan( placegap::wilsonInterval( 0.5, 0 ).lower ) );
}

/*
 * Residuals 6 and -2 with sampling variances 4 and 16, no model parameters:
 * tau^2 = (36 + 4) / 2 - (4 + 16) / 2 = 10. B = 4/14 and 16/26: shrunk 6 x 10/14 = 30/7 and
 * -2 x 10/26 = -10/13; posterior variances 10/14 x 4 = 20/7 and 10/26 x 16 = 80/13.
 */
void TestSmallNumbers::shrinkageOfTwoSchoolsByHand()
{
  const placegap::Shrinkage s = placegap::shrinkResiduals( { 6, -2 }, { 4, 16 }, 0 );
  QVERIFY( near( s.between, 10 ) );
  QVERIFY( near( s.factors[0], 4.0 / 14 ) && near( s.factors[1], 16.0 / 26 ) );
  QVERIFY( near( s.residuals[0], 30.0 / 7 ) && near( s.residuals[1], -10.0 / 13 ) );
  QVERIFY( near( s.sd[0], std::sqrt( 20.0 / 7 ) ) && near( s.sd[1], std::sqrt( 80.0 / 13 ) ) );
  // The small school (more noise) is pulled further toward its expectation.
  QVERIFY( s.factors[1] > s.factors[0] );
}

// Residuals no larger than their noise: tau^2 = 0, everything is noise, every school as expected.
void TestSmallNumbers::noSpreadBetweenSchoolsShrinksToExpectation()
{
  const placegap::Shrinkage s = placegap::shrinkResiduals( { 1, -1, 0.5 }, { 9, 9, 9 }, 1 );
  QCOMPARE( s.between, 0.0 );
  for ( const double r : s.residuals )
    QCOMPARE( r, 0.0 );
  // A unit measured without noise keeps its residual.
  const placegap::Shrinkage exact = placegap::shrinkResiduals( { 5, -5 }, { 0, 1 }, 0 );
  QCOMPARE( exact.residuals[0], 5.0 );
}

void TestSmallNumbers::rankIntervals()
{
  // Far apart and precise: ranks 1, 2, 3 every time.
  placegap::RankIntervals r = placegap::rankIntervals( { 10, 0, -10 }, { 0.001, 0.001, 0.001 }, 200, 1 );
  QCOMPARE( r.rank, std::vector<int>( { 1, 2, 3 } ) );
  QCOMPARE( r.interval[0].lower, 1.0 );
  QCOMPARE( r.interval[2].upper, 3.0 );
  // Two equal and noisy, one far below: the two share ranks 1-2, the third is 3.
  r = placegap::rankIntervals( { 1, 1, -50 }, { 1, 1, 1 }, 1000, 7 );
  QCOMPARE( r.interval[0].lower, 1.0 );
  QCOMPARE( r.interval[0].upper, 2.0 );
  QCOMPARE( r.interval[1].lower, 1.0 );
  QCOMPARE( r.interval[2].lower, 3.0 );
  const placegap::RankIntervals again = placegap::rankIntervals( { 1, 1, -50 }, { 1, 1, 1 }, 1000, 7 );
  QCOMPARE( again.interval[1].upper, r.interval[1].upper );
}

QTEST_APPLESS_MAIN( TestSmallNumbers )
#include "testsmallnumberscore.moc"
