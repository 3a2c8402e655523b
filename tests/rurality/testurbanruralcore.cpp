/***************************************************************************
  testurbanruralcore.cpp - the Scottish Government Urban Rural Classification rules of the core
 ***************************************************************************/
#include "urbanrural.h"

#include <QObject>
#include <QtTest>

#include <optional>

class TestUrbanRural : public QObject
{
    Q_OBJECT

  private slots:
    void bandsAtTheirBoundaries_data();
    void bandsAtTheirBoundaries();
    void everyClass_data();
    void everyClass();
    void unknownDriveTimeKeepsOnlyWhatIsCertain();
    void otherThresholds();
    void thresholdProblems();
    void labels();
    void populationWeightedMajority();
};

void TestUrbanRural::bandsAtTheirBoundaries_data()
{
  QTest::addColumn<double>( "population" );
  QTest::addColumn<int>( "band" );
  QTest::newRow( "outside every settlement" ) << 0.0 << int( placegap::SettlementBand::Rural );
  QTest::newRow( "2,999" ) << 2999.0 << int( placegap::SettlementBand::Rural );
  QTest::newRow( "3,000 is a small town" ) << 3000.0 << int( placegap::SettlementBand::SmallTown );
  QTest::newRow( "9,999" ) << 9999.0 << int( placegap::SettlementBand::SmallTown );
  QTest::newRow( "10,000 is other urban" ) << 10000.0 << int( placegap::SettlementBand::OtherUrban );
  QTest::newRow( "124,999" ) << 124999.0 << int( placegap::SettlementBand::OtherUrban );
  QTest::newRow( "125,000 is large urban" ) << 125000.0 << int( placegap::SettlementBand::LargeUrban );
  QTest::newRow( "Glasgow" ) << 612040.0 << int( placegap::SettlementBand::LargeUrban );
}

void TestUrbanRural::bandsAtTheirBoundaries()
{
  QFETCH( double, population );
  QFETCH( int, band );
  QCOMPARE( int( placegap::settlementBand( population, placegap::UrbanRuralThresholds() ) ), band );
}

void TestUrbanRural::everyClass_data()
{
  QTest::addColumn<double>( "population" );
  QTest::addColumn<double>( "minutes" );
  QTest::addColumn<int>( "eight" );
  QTest::addColumn<int>( "six" );
  QTest::addColumn<int>( "three" );
  QTest::addColumn<int>( "two" );
  // Urban areas never depend on the drive time, however far.
  QTest::newRow( "large urban" ) << 200000.0 << 90.0 << 1 << 1 << 1 << 1;
  QTest::newRow( "other urban" ) << 50000.0 << 90.0 << 2 << 2 << 1 << 1;
  // Small towns: <= 30 accessible, (30, 60] remote, > 60 very remote.
  QTest::newRow( "small town 29.9 min" ) << 5000.0 << 29.9 << 3 << 3 << 1 << 1;
  QTest::newRow( "small town exactly 30 min" ) << 5000.0 << 30.0 << 3 << 3 << 1 << 1;
  QTest::newRow( "small town 30.1 min" ) << 5000.0 << 30.1 << 4 << 4 << 1 << 1;
  QTest::newRow( "small town exactly 60 min" ) << 5000.0 << 60.0 << 4 << 4 << 1 << 1;
  QTest::newRow( "small town 60.1 min" ) << 5000.0 << 60.1 << 5 << 4 << 1 << 1;
  QTest::newRow( "rural 0 min" ) << 0.0 << 0.0 << 6 << 5 << 2 << 2;
  QTest::newRow( "rural exactly 30 min" ) << 2999.0 << 30.0 << 6 << 5 << 2 << 2;
  QTest::newRow( "rural 30.1 min" ) << 100.0 << 30.1 << 7 << 6 << 3 << 2;
  QTest::newRow( "rural exactly 60 min" ) << 100.0 << 60.0 << 7 << 6 << 3 << 2;
  QTest::newRow( "rural 60.1 min" ) << 100.0 << 60.1 << 8 << 6 << 3 << 2;
}

void TestUrbanRural::everyClass()
{
  QFETCH( double, population );
  QFETCH( double, minutes );
  QFETCH( int, eight );
  QFETCH( int, six );
  QFETCH( int, three );
  QFETCH( int, two );
  const placegap::UrbanRuralThresholds thresholds;
  const placegap::UrbanRuralClass c = placegap::classifyUrbanRural( placegap::settlementBand( population, thresholds ), minutes, thresholds );
  QVERIFY( c.eightFold && c.sixFold && c.threeFold );
  QCOMPARE( *c.eightFold, eight );
  QCOMPARE( *c.sixFold, six );
  QCOMPARE( *c.threeFold, three );
  QCOMPARE( c.twoFold, two );
  // The coarser codes follow from the 8-fold code alone, as SG's look-up tables give them.
  const placegap::UrbanRuralClass fromEight = placegap::fromEightFold( eight );
  QCOMPARE( *fromEight.sixFold, six );
  QCOMPARE( *fromEight.threeFold, three );
  QCOMPARE( fromEight.twoFold, two );
}

void TestUrbanRural::populationWeightedMajority()
{
  // An area of 600 people: 250 in an accessible small town, 200 accessible rural, 150 remote rural.
  std::array<double, 9> population {};
  population[3] = 250;
  population[6] = 200;
  population[7] = 150;
  QCOMPARE( placegap::majorityEightFold( population ), std::optional<int>( 3 ) );
  // A tie goes to the more urban class; the unclassified (index 0) never wins.
  population[6] = 250;
  population[0] = 1000;
  QCOMPARE( placegap::majorityEightFold( population ), std::optional<int>( 3 ) );
  QCOMPARE( placegap::majorityEightFold( std::array<double, 9> {} ), std::optional<int>() );
  std::array<double, 9> unclassifiedOnly {};
  unclassifiedOnly[0] = 10;
  QCOMPARE( placegap::majorityEightFold( unclassifiedOnly ), std::optional<int>() );
  QVERIFY( !placegap::fromEightFold( 0 ).eightFold );
  QVERIFY( !placegap::fromEightFold( 9 ).sixFold );
}

void TestUrbanRural::unknownDriveTimeKeepsOnlyWhatIsCertain()
{
  const placegap::UrbanRuralThresholds thresholds;
  const auto town = placegap::classifyUrbanRural( placegap::SettlementBand::SmallTown, std::nullopt, thresholds );
  QVERIFY( !town.eightFold );
  QVERIFY( !town.sixFold );
  QCOMPARE( town.threeFold, std::optional<int>( 1 ) );
  QCOMPARE( town.twoFold, 1 );
  const auto rural = placegap::classifyUrbanRural( placegap::SettlementBand::Rural, std::nullopt, thresholds );
  QVERIFY( !rural.eightFold && !rural.sixFold && !rural.threeFold );
  QCOMPARE( rural.twoFold, 2 );
  const auto city = placegap::classifyUrbanRural( placegap::SettlementBand::LargeUrban, std::nullopt, thresholds );
  QCOMPARE( city.eightFold, std::optional<int>( 1 ) );
  QVERIFY( placegap::needsDriveTime( placegap::SettlementBand::Rural ) );
  QVERIFY( !placegap::needsDriveTime( placegap::SettlementBand::OtherUrban ) );
}

void TestUrbanRural::otherThresholds()
{
  // A scheme with 20 / 45 minutes and 1,000 / 5,000 / 50,000 people.
  placegap::UrbanRuralThresholds t;
  t.smallTownPopulation = 1000;
  t.otherUrbanPopulation = 5000;
  t.largeUrbanPopulation = 50000;
  t.accessibleMinutes = 20;
  t.veryRemoteMinutes = 45;
  QVERIFY( t.problem().empty() );
  QCOMPARE( int( placegap::settlementBand( 50000, t ) ), int( placegap::SettlementBand::LargeUrban ) );
  QCOMPARE( int( placegap::settlementBand( 4999, t ) ), int( placegap::SettlementBand::SmallTown ) );
  QCOMPARE( *placegap::classifyUrbanRural( placegap::SettlementBand::SmallTown, 25.0, t ).eightFold, 4 );
  QCOMPARE( *placegap::classifyUrbanRural( placegap::SettlementBand::Rural, 45.5, t ).eightFold, 8 );
  QCOMPARE( *placegap::classifyUrbanRural( placegap::SettlementBand::Rural, 20.0, t ).eightFold, 6 );
}

void TestUrbanRural::thresholdProblems()
{
  QVERIFY( placegap::UrbanRuralThresholds().problem().empty() );
  placegap::UrbanRuralThresholds t;
  t.otherUrbanPopulation = 3000;
  QVERIFY( !t.problem().empty() );
  t = placegap::UrbanRuralThresholds();
  t.veryRemoteMinutes = 30;
  QVERIFY( !t.problem().empty() );
  t = placegap::UrbanRuralThresholds();
  t.smallTownPopulation = 0;
  QVERIFY( !t.problem().empty() );
}

void TestUrbanRural::labels()
{
  QCOMPARE( QString::fromStdString( placegap::eightFoldLabel( 5 ) ), QStringLiteral( "Very Remote Small Towns" ) );
  QCOMPARE( QString::fromStdString( placegap::eightFoldLabel( 8 ) ), QStringLiteral( "Very Remote Rural Areas" ) );
  QCOMPARE( QString::fromStdString( placegap::sixFoldLabel( 6 ) ), QStringLiteral( "Remote Rural Areas" ) );
  QCOMPARE( QString::fromStdString( placegap::threeFoldLabel( 1 ) ), QStringLiteral( "Rest of Scotland" ) );
  QCOMPARE( QString::fromStdString( placegap::twoFoldLabel( 2 ) ), QStringLiteral( "Rural Areas" ) );
  QVERIFY( placegap::eightFoldLabel( 0 ).empty() );
  QVERIFY( placegap::eightFoldLabel( 9 ).empty() );
}

QTEST_MAIN( TestUrbanRural )
#include "testurbanruralcore.moc"
