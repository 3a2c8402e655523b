/***************************************************************************
  testquantilescore.cpp - quantile classes of the QGIS-free core
 ***************************************************************************/
#include "quantiles.h"

#include <QFile>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QtTest>

using placegap::AreaQuantile;
using placegap::QuantileWeighting;
using placegap::RankedArea;

Q_DECLARE_METATYPE( std::vector<double> )
Q_DECLARE_METATYPE( std::vector<int> )

class TestQuantiles : public QObject
{
    Q_OBJECT

  private slots:
    void classFromRank_data();
    void classFromRank();
    void nationalClassesMatchPublishedSimd();
    void areaCountGroups_data();
    void areaCountGroups();
    void populationGroups_data();
    void populationGroups();
    void decilesNestInQuintiles();
    void emptyAndWeightlessGroups();
};

static std::vector<RankedArea> areasFrom( const std::vector<double> &ranks, const std::vector<double> &populations )
{
  std::vector<RankedArea> areas;
  for ( std::size_t i = 0; i < ranks.size(); ++i )
    areas.push_back( RankedArea { ranks[i], populations.empty() ? 1.0 : populations[i] } );
  return areas;
}

void TestQuantiles::classFromRank_data()
{
  QTest::addColumn<double>( "rank" );
  QTest::addColumn<double>( "count" );
  QTest::addColumn<int>( "classes" );
  QTest::addColumn<int>( "expected" ); // 0 = no class

  // SIMD 2020: 6976 data zones; quintile 1 = ranks 1..1395, decile 1 = ranks 1..697.
  QTest::newRow( "first rank" ) << 1.0 << 6976.0 << 5 << 1;
  QTest::newRow( "last of quintile 1" ) << 1395.0 << 6976.0 << 5 << 1;
  QTest::newRow( "first of quintile 2" ) << 1396.0 << 6976.0 << 5 << 2;
  QTest::newRow( "last of decile 1" ) << 697.0 << 6976.0 << 10 << 1;
  QTest::newRow( "first of decile 2" ) << 698.0 << 6976.0 << 10 << 2;
  QTest::newRow( "tied mean rank 697.5" ) << 697.5 << 6976.0 << 10 << 1;
  QTest::newRow( "last rank" ) << 6976.0 << 6976.0 << 10 << 10;
  // 10 areas in quintiles: exact boundaries at ranks 2, 4, 6, 8.
  QTest::newRow( "exact boundary 4 of 10" ) << 4.0 << 10.0 << 5 << 2;
  QTest::newRow( "after boundary 5 of 10" ) << 5.0 << 10.0 << 5 << 3;
  QTest::newRow( "rank zero" ) << 0.0 << 10.0 << 5 << 0;
  QTest::newRow( "negative rank" ) << -3.0 << 10.0 << 5 << 0;
  QTest::newRow( "rank beyond count" ) << 11.0 << 10.0 << 5 << 0;
  QTest::newRow( "no areas" ) << 1.0 << 0.0 << 5 << 0;
}

void TestQuantiles::classFromRank()
{
  QFETCH( double, rank );
  QFETCH( double, count );
  QFETCH( int, classes );
  QFETCH( int, expected );
  const std::optional<int> cls = placegap::classFromRank( rank, count, classes );
  QCOMPARE( cls.value_or( 0 ), expected );
}

// Independent check: SG's own SIMD 2020v2 release carries its quintile, decile, vigintile
// and percentile for each of the 6,976 data zones.
void TestQuantiles::nationalClassesMatchPublishedSimd()
{
  QFile file( QStringLiteral( PLACEGAP_SOURCE_DATA_DIR "/simd2020v2/simd2020_withinds.csv" ) );
  QVERIFY2( file.open( QIODevice::ReadOnly | QIODevice::Text ), qPrintable( QStringLiteral( "Cannot read %1 (the shipped SIMD release)" ).arg( file.fileName() ) ) );
  QTextStream stream( &file );
  // CSV cells, honouring quotes (intermediate zone names contain commas).
  auto split = []( const QString &line )
  {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for ( const QChar c : line )
    {
      if ( c == '"' )
        quoted = !quoted;
      else if ( c == ',' && !quoted )
      {
        cells << cell;
        cell.clear();
      }
      else
        cell += c;
    }
    cells << cell;
    return cells;
  };
  const QStringList header = split( stream.readLine() );
  const int rankColumn = header.indexOf( QStringLiteral( "SIMD2020v2_Rank" ) );
  const QList<QPair<int, int>> classColumns = {
      { header.indexOf( QStringLiteral( "SIMD2020v2_Quintile" ) ), 5 },
      { header.indexOf( QStringLiteral( "SIMD2020v2_Decile" ) ), 10 },
      { header.indexOf( QStringLiteral( "SIMD2020v2_Vigintile" ) ), 20 },
      { header.indexOf( QStringLiteral( "SIMD_2020v2_Percentile" ) ), 100 },
  };
  QVERIFY( rankColumn >= 0 );
  for ( const auto &column : classColumns )
    QVERIFY( column.first >= 0 );

  int zones = 0;
  while ( !stream.atEnd() )
  {
    const QStringList cells = split( stream.readLine() );
    QCOMPARE( cells.size(), header.size() );
    const double rank = cells.at( rankColumn ).toDouble();
    for ( const auto &column : classColumns )
    {
      const int published = cells.at( column.first ).toInt();
      const int computed = placegap::classFromRank( rank, 6976, column.second ).value_or( 0 );
      if ( computed != published )
        QFAIL( qPrintable( QStringLiteral( "Data zone %1 rank %2: %3 classes gives %4, SG publishes %5" ).arg( cells.at( 0 ) ).arg( rank ).arg( column.second ).arg( computed ).arg( published ) ) );
    }
    ++zones;
  }
  QCOMPARE( zones, 6976 );
}

void TestQuantiles::areaCountGroups_data()
{
  QTest::addColumn<std::vector<double>>( "ranks" );
  QTest::addColumn<std::vector<int>>( "quintiles" );
  QTest::addColumn<std::vector<int>>( "deciles" );

  // 7 areas in shuffled order; position p (1..7) gives ceil(5p/7) and ceil(10p/7).
  // rank:      50 10 30 70 20 60 40  -> positions 5 1 3 7 2 6 4
  QTest::newRow( "seven areas" ) << std::vector<double> { 50, 10, 30, 70, 20, 60, 40 }
                                 << std::vector<int> { 4, 1, 3, 5, 2, 5, 3 }
                                 << std::vector<int> { 8, 2, 5, 10, 3, 9, 6 };
  // 3 areas: positions 1, 2, 3 -> quintiles ceil(5/3)=2, ceil(10/3)=4, 5.
  QTest::newRow( "three areas" ) << std::vector<double> { 900, 100, 500 }
                                 << std::vector<int> { 5, 2, 4 }
                                 << std::vector<int> { 10, 4, 7 };
  // 10 areas, ranks 3 and 4 tied at positions 3 and 4: mean position 3.5 gives
  // quintile ceil(1.75) = 2 and decile ceil(3.5) = 4 for both.
  QTest::newRow( "tie inside a quintile" ) << std::vector<double> { 1, 2, 3, 3, 5, 6, 7, 8, 9, 10 }
                                           << std::vector<int> { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 }
                                           << std::vector<int> { 1, 2, 4, 4, 5, 6, 7, 8, 9, 10 };
  // Tie across the quintile 1/2 boundary: positions 2 and 3 -> mean 2.5 -> quintile 2, decile 3.
  QTest::newRow( "tie across a boundary" ) << std::vector<double> { 1, 2, 2, 4, 5, 6, 7, 8, 9, 10 }
                                           << std::vector<int> { 1, 2, 2, 2, 3, 3, 4, 4, 5, 5 }
                                           << std::vector<int> { 1, 3, 3, 4, 5, 6, 7, 8, 9, 10 };
  // Every area tied: one block, mean position 2 of 3 -> quintile ceil(10/3) = 4, decile 7.
  QTest::newRow( "all tied" ) << std::vector<double> { 7, 7, 7 }
                              << std::vector<int> { 4, 4, 4 }
                              << std::vector<int> { 7, 7, 7 };
}

void TestQuantiles::areaCountGroups()
{
  QFETCH( std::vector<double>, ranks );
  QFETCH( std::vector<int>, quintiles );
  QFETCH( std::vector<int>, deciles );
  const std::vector<AreaQuantile> result = placegap::groupQuantiles( areasFrom( ranks, {} ), QuantileWeighting::AreaCount );
  QCOMPARE( result.size(), ranks.size() );
  for ( std::size_t i = 0; i < ranks.size(); ++i )
  {
    QCOMPARE( result[i].quintile, quintiles[i] );
    QCOMPARE( result[i].decile, deciles[i] );
  }
}

void TestQuantiles::populationGroups_data()
{
  QTest::addColumn<std::vector<double>>( "ranks" );
  QTest::addColumn<std::vector<double>>( "populations" );
  QTest::addColumn<std::vector<int>>( "quintiles" );
  QTest::addColumn<std::vector<int>>( "deciles" );
  QTest::addColumn<std::vector<double>>( "percents" );

  // Population 10, 10, 30, 20, 30 (total 100) in rank order.
  // Cumulative intervals [0,10] [10,20] [20,50] [50,70] [70,100], midpoints 5 15 35 60 85 %.
  // Nearest boundary to each quintile cut: 20 -> 20, 40 -> 50, 60 -> 50 or 70 (tie, the area
  // halfway goes up), 80 -> 70. Quintile 3 stays empty.
  QTest::newRow( "uneven populations" ) << std::vector<double> { 1, 2, 3, 4, 5 }
                                        << std::vector<double> { 10, 10, 30, 20, 30 }
                                        << std::vector<int> { 1, 1, 2, 4, 5 }
                                        << std::vector<int> { 1, 2, 4, 7, 9 }
                                        << std::vector<double> { 5, 15, 35, 60, 85 };
  // Same areas in shuffled input order give the same classes per area.
  QTest::newRow( "shuffled input" ) << std::vector<double> { 4, 1, 5, 3, 2 }
                                    << std::vector<double> { 20, 10, 30, 30, 10 }
                                    << std::vector<int> { 4, 1, 5, 2, 1 }
                                    << std::vector<int> { 7, 1, 9, 4, 2 }
                                    << std::vector<double> { 60, 5, 85, 35, 15 };
  // Zero populations: intervals [0,0] [0,50] [50,50] [50,100], midpoints 0 25 50 75 %.
  QTest::newRow( "zero populations" ) << std::vector<double> { 1, 2, 3, 4 }
                                      << std::vector<double> { 0, 50, 0, 50 }
                                      << std::vector<int> { 1, 2, 3, 4 }
                                      << std::vector<int> { 1, 3, 6, 8 }
                                      << std::vector<double> { 0, 25, 50, 75 };
  // A zero-population area after everyone: interval [100,100], midpoint 100 %; floor(1 x 5) + 1 = 6
  // is capped at the last class, 5 (10 for deciles), as the documented rule says.
  QTest::newRow( "zero population at the very end" ) << std::vector<double> { 1, 2, 3 }
                                                     << std::vector<double> { 50, 50, 0 }
                                                     << std::vector<int> { 2, 4, 5 }
                                                     << std::vector<int> { 3, 8, 10 }
                                                     << std::vector<double> { 25, 75, 100 };
  // Tied ranks 2 and 3 form one block of 40 people: interval [10,50], midpoint 30 %.
  QTest::newRow( "tied ranks share a block" ) << std::vector<double> { 1, 2, 2, 4 }
                                              << std::vector<double> { 10, 15, 25, 50 }
                                              << std::vector<int> { 1, 2, 2, 4 }
                                              << std::vector<int> { 1, 4, 4, 8 }
                                              << std::vector<double> { 5, 30, 30, 75 };
}

void TestQuantiles::populationGroups()
{
  QFETCH( std::vector<double>, ranks );
  QFETCH( std::vector<double>, populations );
  QFETCH( std::vector<int>, quintiles );
  QFETCH( std::vector<int>, deciles );
  QFETCH( std::vector<double>, percents );
  const std::vector<AreaQuantile> result = placegap::groupQuantiles( areasFrom( ranks, populations ), QuantileWeighting::Population );
  QCOMPARE( result.size(), ranks.size() );
  for ( std::size_t i = 0; i < ranks.size(); ++i )
  {
    QCOMPARE( result[i].quintile, quintiles[i] );
    QCOMPARE( result[i].decile, deciles[i] );
    QCOMPARE( result[i].cumulativePercent, percents[i] );
  }
}

// Deciles 1-2 are quintile 1, deciles 3-4 quintile 2, ..., under both weightings.
void TestQuantiles::decilesNestInQuintiles()
{
  std::vector<RankedArea> areas;
  for ( int i = 0; i < 97; ++i )
    areas.push_back( RankedArea { static_cast<double>( ( i * 37 ) % 97 ), static_cast<double>( ( i * 13 ) % 29 ) } );
  for ( QuantileWeighting weighting : { QuantileWeighting::AreaCount, QuantileWeighting::Population } )
  {
    for ( const AreaQuantile &q : placegap::groupQuantiles( areas, weighting ) )
      QCOMPARE( q.quintile, ( q.decile + 1 ) / 2 );
  }
}

void TestQuantiles::emptyAndWeightlessGroups()
{
  QVERIFY( placegap::groupQuantiles( {}, QuantileWeighting::AreaCount ).empty() );
  QVERIFY( placegap::groupQuantiles( {}, QuantileWeighting::Population ).empty() );
  const std::vector<RankedArea> unpopulated { { 1, 0 }, { 2, 0 } };
  QVERIFY( placegap::groupQuantiles( unpopulated, QuantileWeighting::Population ).empty() );
  // Counting areas does not look at population, so the same group still gets classes.
  const std::vector<AreaQuantile> counted = placegap::groupQuantiles( unpopulated, QuantileWeighting::AreaCount );
  QCOMPARE( counted.size(), std::size_t( 2 ) );
  QCOMPARE( counted[0].quintile, 3 ); // ceil(5 * 1 / 2)
  QCOMPARE( counted[1].quintile, 5 );
}

QTEST_GUILESS_MAIN( TestQuantiles )
#include "testquantilescore.moc"
