/***************************************************************************
  testcatchmentprofilecore.cpp - catchment deprivation profiles of the core
 ***************************************************************************/
#include "catchmentprofile.h"

#include <QObject>
#include <QtTest>

#include <cmath>

class TestCatchmentProfile : public QObject
{
    Q_OBJECT

  private slots:
    void handWorked();
};

/*
 * Zone A: quintile 1, rank 100, 200 people. Zone B: quintile 3, rank 3000, 300 people.
 * Catchment 0: all of A, half of B -> 200 + 150 = 350 people; quintile 1 200/350 = 57.14 %,
 *   quintile 3 42.86 %; mean rank (200 x 100 + 150 x 3000) / 350 = 470000 / 350; 2 zones, 1 in q1.
 * Catchment 1: the other half of B and a 0.5 % sliver of A (1 person): 151 people,
 *   quintile 1 1/151, mean rank (100 + 150 x 3000) / 151; the sliver is not counted: 1 zone, 0 in q1.
 * Catchment 2: nothing.
 */
void TestCatchmentProfile::handWorked()
{
  const std::vector<placegap::CatchmentProfile> profiles = placegap::catchmentProfiles( {
                                                                                            { 0, 1, 100, 200, 1.0 },
                                                                                            { 0, 3, 3000, 300, 0.5 },
                                                                                            { 1, 3, 3000, 300, 0.5 },
                                                                                            { 1, 1, 100, 200, 0.005 },
                                                                                        },
                                                                                        3 );
  QCOMPARE( profiles.size(), std::size_t( 3 ) );
  QVERIFY( std::fabs( profiles[0].population - 350 ) < 1e-9 );
  QVERIFY( std::fabs( profiles[0].percentByQuintile[0] - 100.0 * 200 / 350 ) < 1e-9 );
  QVERIFY( std::fabs( profiles[0].percentByQuintile[2] - 100.0 * 150 / 350 ) < 1e-9 );
  QCOMPARE( profiles[0].percentByQuintile[1], 0.0 );
  QVERIFY( std::fabs( profiles[0].meanRank - 470000.0 / 350 ) < 1e-9 );
  QCOMPARE( profiles[0].zones, 2 );
  QCOMPARE( profiles[0].mostDeprivedZones, 1 );
  QVERIFY( std::fabs( profiles[1].population - 151 ) < 1e-9 );
  QVERIFY( std::fabs( profiles[1].percentByQuintile[0] - 100.0 / 151 ) < 1e-9 );
  QVERIFY( std::fabs( profiles[1].meanRank - ( 100 + 450000.0 ) / 151 ) < 1e-9 );
  QCOMPARE( profiles[1].zones, 1 );
  QCOMPARE( profiles[1].mostDeprivedZones, 0 );
  QVERIFY( !profiles[2].hasPopulation );
  QCOMPARE( profiles[2].zones, 0 );
}

QTEST_MAIN( TestCatchmentProfile )
#include "testcatchmentprofilecore.moc"
