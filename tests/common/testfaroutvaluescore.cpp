/***************************************************************************
  testfaroutvaluescore.cpp - core: values far from all the others
 ***************************************************************************/
#include "faroutvalues.h"

#include <QtTest>

#include <cmath>

class TestFarOutValues : public QObject
{
    Q_OBJECT

  private slots:
    void typoAmongSmallValues();
    void missingValueCodeAmongPercentages();
    void tiesGiveNoSpreadAndNoAlarm();
    void skewedRealDataIsNotFarOut();
};

// 1..9 and 1e300: median (5 + 6) / 2 = 5.5; absolute deviations 4.5 3.5 2.5 1.5 0.5 0.5 1.5 2.5
// 3.5 and ~1e300, whose median is 2.5; robust sd 1.4826 x 2.5 = 3.7065. Only 1e300 is far out.
void TestFarOutValues::typoAmongSmallValues()
{
  const std::vector<placegap::FarOutValue> far = placegap::farOutValues( { 1, 2, 3, 4, 5, 6, 7, 8, 9, 1e300 } );
  QCOMPARE( far.size(), std::size_t( 1 ) );
  QCOMPARE( far[0].index, std::size_t( 9 ) );
  QVERIFY( std::fabs( far[0].robustZ - ( 1e300 - 5.5 ) / ( 1.4826 * 2.5 ) ) < 1e285 );
}

// 60 65 70 72 75 80 99999: median 72; deviations 12 7 2 0 3 8 99927, median 7; robust sd 10.3782;
// 99999 is (99999 - 72) / 10.3782 = 9628.5 robust sd out.
void TestFarOutValues::missingValueCodeAmongPercentages()
{
  const std::vector<placegap::FarOutValue> far = placegap::farOutValues( { 60, 65, 70, 72, 75, 80, 99999 } );
  QCOMPARE( far.size(), std::size_t( 1 ) );
  QCOMPARE( far[0].index, std::size_t( 6 ) );
  QVERIFY( std::fabs( far[0].robustZ - ( 99999.0 - 72 ) / ( 1.4826 * 7 ) ) < 1e-9 );
}

// Half the values equal: the median absolute deviation is 0 and nothing can be judged.
void TestFarOutValues::tiesGiveNoSpreadAndNoAlarm()
{
  QVERIFY( placegap::farOutValues( { 5, 5, 5, 5, 9, 1e9 } ).empty() );
  QVERIFY( placegap::farOutValues( { 1, 1e300 } ).empty() );
}

// Populations of 100..900 in steps of 100 and one town of 5000: median 550, deviations' median
// 250, robust sd 370.65; 5000 is 12 robust sd out, within 100.
void TestFarOutValues::skewedRealDataIsNotFarOut()
{
  QVERIFY( placegap::farOutValues( { 100, 200, 300, 400, 500, 600, 700, 800, 900, 5000 } ).empty() );
  QCOMPARE( placegap::farOutValues( { 100, 200, 300, 400, 500, 600, 700, 800, 900, 5000 }, 10 ).size(), std::size_t( 1 ) );
}

QTEST_APPLESS_MAIN( TestFarOutValues )
#include "testfaroutvaluescore.moc"
