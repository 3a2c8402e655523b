/***************************************************************************
  testpublishedcellcore.cpp - published cells read as intervals, and the truncated normal
 ***************************************************************************/
#include "publishedcell.h"
#include "randomstream.h"
#include "truncatednormal.h"

#include <QObject>
#include <QtTest>

#include <cmath>

using placegap::CellStatus;

Q_DECLARE_METATYPE( placegap::CellStatus )

class TestPublishedCell : public QObject
{
    Q_OBJECT

  private slots:
    void forms_data();
    void forms();
    void disclosureRuleNarrowsSuppressed();
    void normalQuantileKnownValues();
    void truncatedMomentsKnownValues();
    void drawsMatchNumericalIntegration_data();
    void drawsMatchNumericalIntegration();
};

void TestPublishedCell::forms_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<CellStatus>( "status" );
  QTest::addColumn<double>( "lower" );
  QTest::addColumn<double>( "upper" );
  const double nan = std::nan( "" );
  QTest::newRow( "number" ) << "85" << CellStatus::Value << 85.0 << 85.0;
  QTest::newRow( "decimal" ) << "87.01298701" << CellStatus::Value << 87.01298701 << 87.01298701;
  QTest::newRow( "percentage" ) << " 85.5 % " << CellStatus::Value << 85.5 << 85.5;
  QTest::newRow( "negative" ) << "-2.5" << CellStatus::Value << -2.5 << -2.5;
  QTest::newRow( "plus" ) << "+3" << CellStatus::Value << 3.0 << 3.0;
  QTest::newRow( "[c]" ) << "[c]" << CellStatus::Suppressed << 0.0 << 100.0;
  QTest::newRow( "C" ) << "C" << CellStatus::Suppressed << 0.0 << 100.0;
  QTest::newRow( "star" ) << "*" << CellStatus::Suppressed << 0.0 << 100.0;
  QTest::newRow( "two stars" ) << "**" << CellStatus::Suppressed << 0.0 << 100.0;
  QTest::newRow( "band %" ) << "97-100%" << CellStatus::Banded << 97.0 << 100.0;
  QTest::newRow( "band both %" ) << "97% - 100%" << CellStatus::Banded << 97.0 << 100.0;
  QTest::newRow( "band to" ) << "20 to 30" << CellStatus::Banded << 20.0 << 30.0;
  QTest::newRow( "band decimals" ) << "2.5-7.5" << CellStatus::Banded << 2.5 << 7.5;
  QTest::newRow( "below" ) << "<5" << CellStatus::Banded << 0.0 << 5.0;
  QTest::newRow( "at most" ) << "<= 5%" << CellStatus::Banded << 0.0 << 5.0;
  QTest::newRow( "above" ) << ">95" << CellStatus::Banded << 95.0 << 100.0;
  QTest::newRow( "at least" ) << ">=95%" << CellStatus::Banded << 95.0 << 100.0;
  QTest::newRow( "low" ) << "[low]" << CellStatus::Banded << 0.0 << 0.5;
  QTest::newRow( "band beyond range is cut" ) << "95-110" << CellStatus::Banded << 95.0 << 100.0;
  QTest::newRow( "z" ) << "z" << CellStatus::NotApplicable << nan << nan;
  QTest::newRow( "[z]" ) << "[z]" << CellStatus::NotApplicable << nan << nan;
  QTest::newRow( "x" ) << "x" << CellStatus::NotApplicable << nan << nan;
  QTest::newRow( "[x]" ) << "[X]" << CellStatus::NotApplicable << nan << nan;
  QTest::newRow( "dash" ) << "-" << CellStatus::NotApplicable << nan << nan;
  QTest::newRow( "dots" ) << ".." << CellStatus::NotApplicable << nan << nan;
  QTest::newRow( "empty" ) << "" << CellStatus::Empty << nan << nan;
  QTest::newRow( "blanks" ) << "   " << CellStatus::Empty << nan << nan;
  QTest::newRow( "word" ) << "n.a." << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "comma decimal" ) << "85,5" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "reversed band" ) << "100-97" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "band outside range" ) << "120-130" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "half band" ) << "97-" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "below nothing" ) << "<" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "infinity" ) << "inf" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "nan" ) << "nan" << CellStatus::Unreadable << nan << nan;
  QTest::newRow( "two numbers" ) << "85 86" << CellStatus::Unreadable << nan << nan;
}

void TestPublishedCell::forms()
{
  QFETCH( QString, text );
  QFETCH( CellStatus, status );
  QFETCH( double, lower );
  QFETCH( double, upper );
  const placegap::PublishedCell cell = placegap::parsePublishedCell( text.toStdString() );
  QCOMPARE( placegap::cellStatusName( cell.status ), placegap::cellStatusName( status ) );
  if ( std::isnan( lower ) )
  {
    QVERIFY( std::isnan( cell.lower ) && std::isnan( cell.upper ) );
    QVERIFY( !cell.isUsable() );
  }
  else
  {
    QCOMPARE( cell.lower, lower );
    QCOMPARE( cell.upper, upper );
    QVERIFY( cell.isUsable() );
    QCOMPARE( cell.isCensored(), status != CellStatus::Value );
  }
}

// A disclosure rule (a suppressed share lies within 10-90, say) replaces the scale's limits.
void TestPublishedCell::disclosureRuleNarrowsSuppressed()
{
  const placegap::CellRange rule { 10, 90 };
  placegap::PublishedCell cell = placegap::parsePublishedCell( "[c]", rule );
  QCOMPARE( cell.lower, 10.0 );
  QCOMPARE( cell.upper, 90.0 );
  cell = placegap::parsePublishedCell( "<20", rule );
  QCOMPARE( cell.lower, 10.0 );
  QCOMPARE( cell.upper, 20.0 );
  cell = placegap::parsePublishedCell( "95-100", rule );
  QCOMPARE( placegap::cellStatusName( cell.status ), "unreadable" );
  cell = placegap::parsePublishedCell( "5", rule ); // a published value is never cut
  QCOMPARE( cell.lower, 5.0 );
}

void TestPublishedCell::normalQuantileKnownValues()
{
  // Reference values from published tables (Wichura 1988, Table 1; Abramowitz & Stegun 26.2).
  QVERIFY( std::fabs( placegap::normalQuantile( 0.975 ) - 1.959963984540054 ) < 1e-14 );
  QVERIFY( std::fabs( placegap::normalQuantile( 0.25 ) + 0.6744897501960817 ) < 1e-14 );
  QVERIFY( std::fabs( placegap::normalQuantile( 1e-10 ) + 6.361340902404056 ) < 1e-12 );
  QVERIFY( std::fabs( placegap::normalQuantile( 1e-300 ) + 37.04709629936121 ) < 1e-9 );
  QCOMPARE( placegap::normalQuantile( 0.5 ), 0.0 );
  for ( const double p : { 1e-12, 0.001, 0.1, 0.3, 0.6, 0.9, 0.999 } )
    QVERIFY( std::fabs( placegap::normalCdf( placegap::normalQuantile( p ) ) - p ) < 1e-14 * std::max( 1.0, 1 / p ) * p + 1e-16 );
  QVERIFY( std::isinf( placegap::normalQuantile( 0 ) ) && std::isinf( placegap::normalQuantile( 1 ) ) );
}

void TestPublishedCell::truncatedMomentsKnownValues()
{
  // Half-normal: mean sqrt(2/pi), variance 1 - 2/pi.
  placegap::TruncatedMoments m = placegap::truncatedMoments( 0, 1, 0, INFINITY );
  QVERIFY( std::fabs( m.mean - std::sqrt( 2 / M_PI ) ) < 1e-14 );
  QVERIFY( std::fabs( m.variance - ( 1 - 2 / M_PI ) ) < 1e-14 );
  // Symmetric interval about the mean: the mean itself.
  m = placegap::truncatedMoments( 50, 20, 0, 100 );
  QVERIFY( std::fabs( m.mean - 50 ) < 1e-12 );
  // Far in the upper tail: all the mass at the lower end, which the formula still resolves.
  m = placegap::truncatedMoments( 0, 1, 40, 41 );
  QVERIFY( m.mean >= 40 && m.mean < 40.03 );
  m = placegap::truncatedMoments( 60, 0, 97, 100 );
  QCOMPARE( m.mean, 97.0 );
  QCOMPARE( m.variance, 0.0 );
}

void TestPublishedCell::drawsMatchNumericalIntegration_data()
{
  QTest::addColumn<double>( "mean" );
  QTest::addColumn<double>( "sd" );
  QTest::addColumn<double>( "lower" );
  QTest::addColumn<double>( "upper" );
  QTest::newRow( "around the mean" ) << 70.0 << 12.0 << 0.0 << 100.0;
  QTest::newRow( "upper band" ) << 70.0 << 12.0 << 97.0 << 100.0;
  QTest::newRow( "lower tail" ) << 70.0 << 12.0 << 0.0 << 20.0;
  QTest::newRow( "deep tail" ) << 0.0 << 1.0 << 8.0 << 9.0;
}

// 200,000 draws against the moments found by Simpson's rule on the density (independent of the formula).
void TestPublishedCell::drawsMatchNumericalIntegration()
{
  QFETCH( double, mean );
  QFETCH( double, sd );
  QFETCH( double, lower );
  QFETCH( double, upper );
  const int steps = 20000;
  const double h = ( upper - lower ) / steps;
  double mass = 0, first = 0, second = 0;
  for ( int i = 0; i <= steps; ++i )
  {
    const double x = lower + i * h;
    const double weight = ( i == 0 || i == steps ) ? 1 : ( i % 2 ? 4 : 2 );
    const double density = std::exp( -0.5 * std::pow( ( x - mean ) / sd, 2 ) );
    mass += weight * density;
    first += weight * density * x;
    second += weight * density * x * x;
  }
  const double expected = first / mass;
  const double variance = second / mass - expected * expected;
  const placegap::TruncatedMoments moments = placegap::truncatedMoments( mean, sd, lower, upper );
  QVERIFY2( std::fabs( moments.mean - expected ) < 1e-6 * std::max( 1.0, std::fabs( expected ) ), qPrintable( QStringLiteral( "%1 vs %2" ).arg( moments.mean ).arg( expected ) ) );
  QVERIFY( std::fabs( moments.variance - variance ) < 1e-5 * std::max( 1.0, variance ) );

  placegap::RandomStream stream( 7 );
  const int draws = 200000;
  double sum = 0;
  for ( int i = 0; i < draws; ++i )
  {
    const double y = placegap::drawTruncatedNormal( mean, sd, lower, upper, stream );
    QVERIFY( y >= lower && y <= upper );
    sum += y;
  }
  // Five standard errors of a mean of 200,000 draws.
  QVERIFY2( std::fabs( sum / draws - expected ) < 5 * std::sqrt( variance / draws ) + 1e-12, qPrintable( QStringLiteral( "%1 vs %2" ).arg( sum / draws ).arg( expected ) ) );
}

QTEST_APPLESS_MAIN( TestPublishedCell )
#include "testpublishedcellcore.moc"
