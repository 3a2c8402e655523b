/***************************************************************************
  testlinearfitcore.cpp - linear fit, residuals and standardised residuals
 ***************************************************************************/
#include "linearfit.h"

#include <QObject>
#include <QtTest>

#include <cmath>

using placegap::FitObservation;

namespace
{
  bool near( double a, double b )
  {
    return std::fabs( a - b ) <= 1e-9 * std::max( 1.0, std::fabs( b ) );
  }
} // namespace

class TestLinearFit : public QObject
{
    Q_OBJECT

  private slots:
    void handWorkedLine();
    void classTermEqualsWithinClassRegression();
    void weightsEqualRepeatedRows();
    void failures();
    void singletonClassHasNoStandardisedResidual();
    void extremeMagnitudesFitAsTheLine();
};

/*
 * x 1 2 3 4, y 5 9 10 15: xbar 2.5, ybar 9.75, Sxx 5,
 * Sxy = (-1.5)(-4.75) + (-0.5)(-0.75) + (0.5)(0.25) + (1.5)(5.25) = 15.5 -> slope 3.1, intercept 2.
 * Fitted 5.1 8.2 11.3 14.4; residuals -0.1 0.8 -1.3 0.6; SSE 2.7, s^2 = 2.7 / 2 = 1.35.
 * Leverage 1/4 + (x - 2.5)^2 / 5 = 0.7 0.3 0.3 0.7. SST = 22.5625 + 0.5625 + 0.0625 + 27.5625 = 50.75
 * (= slope^2 Sxx + SSE = 48.05 + 2.7).
 */
void TestLinearFit::handWorkedLine()
{
  const placegap::LinearFit fit = placegap::fitLinear( { { 1, 5 }, { 2, 9 }, { 3, 10 }, { 4, 15 } }, 1 );
  QVERIFY( fit.ok );
  QVERIFY( near( fit.slope, 3.1 ) );
  QCOMPARE( fit.intercepts.size(), std::size_t( 1 ) );
  QVERIFY( near( fit.intercepts[0], 2.0 ) );
  const double expected[] { 5.1, 8.2, 11.3, 14.4 };
  const double residuals[] { -0.1, 0.8, -1.3, 0.6 };
  const double leverage[] { 0.7, 0.3, 0.3, 0.7 };
  for ( int i = 0; i < 4; ++i )
  {
    QVERIFY( near( fit.expected[i], expected[i] ) );
    QVERIFY( near( fit.residuals[i], residuals[i] ) );
    QVERIFY( near( fit.standardised[i], residuals[i] / std::sqrt( 1.35 * ( 1 - leverage[i] ) ) ) );
  }
  QVERIFY( near( fit.residualSd, std::sqrt( 1.35 ) ) );
  QVERIFY( near( fit.rSquared, 1 - 2.7 / 50.75 ) );
}

/*
 * The hand-worked line moved to x = 1e15 + 1..4 (ranks that a typo made huge) and with y times
 * 1e290: the same line, slope 3.1e290, intercept (2 - 3.1 x 1e15) x 1e290, R^2, s = sqrt(1.35) x
 * 1e290 and standardised residuals as before. Raw normal equations lost the
 * slope to rounding ("deprivation does not vary") and squares of 1e290 overflow.
 */
void TestLinearFit::extremeMagnitudesFitAsTheLine()
{
  const double shift = 1e15, scale = 1e290;
  const placegap::LinearFit fit = placegap::fitLinear( { { shift + 1, 5 * scale }, { shift + 2, 9 * scale }, { shift + 3, 10 * scale }, { shift + 4, 15 * scale } }, 1 );
  QVERIFY2( fit.ok, fit.problem.c_str() );
  QVERIFY( std::fabs( fit.slope / scale - 3.1 ) < 1e-9 );
  QVERIFY( std::fabs( fit.intercepts[0] / scale - ( 2 - 3.1 * shift ) ) < 1e-6 * 3.1 * shift );
  QVERIFY( std::fabs( fit.residualSd / scale - std::sqrt( 1.35 ) ) < 1e-9 );
  QVERIFY( near( fit.rSquared, 1 - 2.7 / 50.75 ) );
  const double residuals[] { -0.1, 0.8, -1.3, 0.6 };
  const double leverage[] { 0.7, 0.3, 0.3, 0.7 };
  for ( int i = 0; i < 4; ++i )
  {
    QVERIFY( std::fabs( fit.residuals[i] / scale - residuals[i] ) < 1e-9 );
    QVERIFY( near( fit.standardised[i], residuals[i] / std::sqrt( 1.35 * ( 1 - leverage[i] ) ) ) );
  }
}

// Independent method: the common slope of a model with one intercept per class is the pooled
// within-class slope, and each intercept is ybar_c - slope * xbar_c.
void TestLinearFit::classTermEqualsWithinClassRegression()
{
  const std::vector<FitObservation> data {
      { 1, 60, 0 },
      { 3, 64, 0 },
      { 4, 69, 0 },
      { 8, 75, 0 },
      { 2, 50, 1 },
      { 5, 58, 1 },
      { 9, 61, 1 },
      { 1, 70, 2 },
      { 6, 71, 2 },
      { 7, 80, 2 },
      { 9, 83, 2 },
  };
  const placegap::LinearFit fit = placegap::fitLinear( data, 3 );
  QVERIFY( fit.ok );
  double xbar[3] = { 0 }, ybar[3] = { 0 }, count[3] = { 0 };
  for ( const FitObservation &o : data )
  {
    xbar[o.category] += o.x;
    ybar[o.category] += o.y;
    ++count[o.category];
  }
  for ( int c = 0; c < 3; ++c )
  {
    xbar[c] /= count[c];
    ybar[c] /= count[c];
  }
  double sxx = 0, sxy = 0;
  for ( const FitObservation &o : data )
  {
    sxx += ( o.x - xbar[o.category] ) * ( o.x - xbar[o.category] );
    sxy += ( o.x - xbar[o.category] ) * ( o.y - ybar[o.category] );
  }
  QVERIFY( near( fit.slope, sxy / sxx ) );
  for ( int c = 0; c < 3; ++c )
    QVERIFY( near( fit.intercepts[c], ybar[c] - sxy / sxx * xbar[c] ) );
  QCOMPARE( fit.parameters, 4 );
}

// A weight of 2 gives the same coefficients as the row written twice.
void TestLinearFit::weightsEqualRepeatedRows()
{
  const placegap::LinearFit weighted = placegap::fitLinear( { { 1, 5, 0, 2 }, { 2, 9 }, { 3, 10 }, { 4, 15, 0, 3 } }, 1 );
  const placegap::LinearFit repeated = placegap::fitLinear( { { 1, 5 }, { 1, 5 }, { 2, 9 }, { 3, 10 }, { 4, 15 }, { 4, 15 }, { 4, 15 } }, 1 );
  QVERIFY( weighted.ok && repeated.ok );
  QVERIFY( near( weighted.slope, repeated.slope ) );
  QVERIFY( near( weighted.intercepts[0], repeated.intercepts[0] ) );
  QVERIFY( near( weighted.rSquared, repeated.rSquared ) );
}

void TestLinearFit::failures()
{
  placegap::LinearFit fit = placegap::fitLinear( { { 3, 5 }, { 3, 9 }, { 3, 10 } }, 1 );
  QVERIFY( !fit.ok );
  QVERIFY( fit.problem.find( "does not vary" ) != std::string::npos );
  fit = placegap::fitLinear( { { 1, 5 }, { 2, 9 } }, 1 );
  QVERIFY( !fit.ok );
  QVERIFY( fit.problem.find( "more observations" ) != std::string::npos );
  fit = placegap::fitLinear( { { 1, 5, 0 }, { 2, 9, 0 }, { 3, 9, 0 }, { 4, 9, 0 } }, 2 );
  QVERIFY( !fit.ok );
  QVERIFY( fit.problem.find( "class 1" ) != std::string::npos );
}

// A class of one observation is fitted exactly (leverage 1): no standardised residual.
void TestLinearFit::singletonClassHasNoStandardisedResidual()
{
  const placegap::LinearFit fit = placegap::fitLinear( { { 1, 5, 0 }, { 2, 9, 0 }, { 3, 10, 0 }, { 4, 15, 0 }, { 2, 40, 1 } }, 2 );
  QVERIFY( fit.ok );
  QVERIFY( near( fit.slope, 3.1 ) );
  QVERIFY( std::fabs( fit.residuals[4] ) < 1e-9 );
  QVERIFY( std::isnan( fit.standardised[4] ) );
  QVERIFY( !std::isnan( fit.standardised[0] ) );
}

QTEST_MAIN( TestLinearFit )
#include "testlinearfitcore.moc"
