/***************************************************************************
  testdegreeofurbanisationcore.cpp - Degree of Urbanisation rules on hand-made grids
 ***************************************************************************/
#include "degreeofurbanisation.h"

#include <QObject>
#include <QtTest>

#include <sstream>

using namespace placegap;

namespace
{
  /**
   * A grid of 1 km cells from rows of population values separated by spaces; "-" is NODATA.
   */
  PopulationGrid makeGrid( const std::vector<std::string> &rows, double cellSideKm = 1 )
  {
    PopulationGrid grid;
    grid.cellSideKm = cellSideKm;
    grid.rows = rows.size();
    bool anyNoData = false;
    std::vector<bool> valid;
    for ( const std::string &row : rows )
    {
      std::istringstream tokens( row );
      std::string token;
      std::size_t columns = 0;
      while ( tokens >> token )
      {
        ++columns;
        const bool isValid = token != "-";
        anyNoData = anyNoData || !isValid;
        valid.push_back( isValid );
        grid.population.push_back( isValid ? std::stod( token ) : 0.0 );
      }
      grid.columns = columns;
    }
    if ( anyNoData )
      grid.valid = valid;
    return grid;
  }

  //! The level 2 codes of the classified grid, a row per line, for readable comparisons.
  QString codes( const DegurbaGrid &result, std::size_t columns )
  {
    QStringList lines;
    QStringList line;
    for ( std::size_t cell = 0; cell < result.cells.size(); ++cell )
    {
      line << QString::number( static_cast<int>( result.cells[cell] ) );
      if ( ( cell + 1 ) % columns == 0 )
      {
        lines << line.join( ' ' );
        line.clear();
      }
    }
    return lines.join( '\n' );
  }

  QString expected( const std::vector<std::string> &rows )
  {
    QStringList lines;
    for ( const std::string &row : rows )
      lines << QString::fromStdString( row ).simplified();
    return lines.join( '\n' );
  }

  DegurbaGrid classify( const PopulationGrid &grid, const DegurbaThresholds &thresholds = DegurbaThresholds() )
  {
    if ( !grid.problem().empty() )
      qFatal( "%s", grid.problem().c_str() );
    return classifyDegreeOfUrbanisation( grid, thresholds );
  }
} // namespace

class TestDegreeOfUrbanisation : public QObject
{
    Q_OBJECT

  private slots:
    void centresAreEdgeConnected();
    void centresJoinOverAnEdge();
    void majorityRuleNeedsFiveNeighbours_data();
    void majorityRuleNeedsFiveNeighbours();
    void enclosedGapsAreFilled_data();
    void enclosedGapsAreFilled();
    void thresholdsAreInclusive_data();
    void thresholdsAreInclusive();
    void levelTwoUrbanClusters();
    void semiDenseDistanceIsEdgeToEdge_data();
    void semiDenseDistanceIsEdgeToEdge();
    void noDataCellsAreNotClassified();
    void densityUsesTheCellArea();
    void badGridsAndThresholds();
    void cancelStops();
    void spatialUnits_data();
    void spatialUnits();
    void spatialUnitsLevelTwo_data();
    void spatialUnitsLevelTwo();
};

void TestDegreeOfUrbanisation::centresAreEdgeConnected()
{
  // Two pairs of dense cells (15,000 each) touching only at a corner:
  //
  //   . A A . .
  //   . . . B B
  //
  // Each 4-connected cluster holds 30,000, under 50,000: no urban centre. Over the corner they
  // form one 8-connected urban cluster of 60,000, and each pair is a dense urban cluster (23).
  const PopulationGrid grid = makeGrid( {
      "0 15000 15000     0     0",
      "0     0     0 15000 15000",
      "0     0     0     0     0",
  } );
  const DegurbaGrid result = classify( grid );
  QVERIFY( result.centrePopulation.empty() );
  QCOMPARE( result.denseUrbanClusterCount, std::size_t( 2 ) );
  QCOMPARE( result.urbanClusterCount, std::size_t( 1 ) );
  QCOMPARE( codes( result, grid.columns ), expected( {
                                               "11 23 23 11 11",
                                               "11 11 11 23 23",
                                               "11 11 11 11 11",
                                           } ) );
}

void TestDegreeOfUrbanisation::centresJoinOverAnEdge()
{
  // The same cells with B moved one cell left, sharing an edge with A: one centre of 60,000.
  //
  //   . A A . .
  //   . . B B .
  const PopulationGrid grid = makeGrid( {
      "0 15000 15000     0 0",
      "0     0 15000 15000 0",
      "0     0     0     0 0",
  } );
  const DegurbaGrid result = classify( grid );
  QCOMPARE( result.centrePopulation, std::vector<double>( { 60000 } ) );
  QCOMPARE( result.filledCells, std::size_t( 0 ) );
  QCOMPARE( codes( result, grid.columns ), expected( {
                                               "11 30 30 11 11",
                                               "11 11 30 30 11",
                                               "11 11 11 11 11",
                                           } ) );
}

void TestDegreeOfUrbanisation::majorityRuleNeedsFiveNeighbours_data()
{
  QTest::addColumn<QString>( "layout" );
  QTest::addColumn<int>( "expectedCode" );
  // C = centre cell (10,000 or 12,500: exactly 50,000 in all), x = the empty cell tested.
  //
  //   five:  C C C .       four:  C C C .
  //          C x C .              . x C .
  //          . . . .              . . . .
  //
  // x has 5 of its 8 neighbours in the centre on the left and joins it; on the right it has 4
  // and stays out. Its gap reaches the grid's edge, so it is not an enclosed gap.
  QTest::newRow( "5 neighbours" ) << "10000 10000 10000 0;10000 0 10000 0;0 0 0 0" << 30;
  QTest::newRow( "4 neighbours" ) << "12500 12500 12500 0;0 0 12500 0;0 0 0 0" << 11;
}

void TestDegreeOfUrbanisation::majorityRuleNeedsFiveNeighbours()
{
  QFETCH( QString, layout );
  QFETCH( int, expectedCode );
  std::vector<std::string> rows;
  for ( const QString &row : layout.split( ';' ) )
    rows.push_back( row.toStdString() );
  const PopulationGrid grid = makeGrid( rows );
  const DegurbaGrid result = classify( grid );
  QCOMPARE( result.centrePopulation, std::vector<double>( { 50000 } ) );
  const std::size_t x = 1 * grid.columns + 1;
  QCOMPARE( static_cast<int>( result.cells[x] ), expectedCode );
  QCOMPARE( result.filledCells, std::size_t( expectedCode == 30 ? 1 : 0 ) );
  // No other cell changes: the rest of the grid is rural.
  for ( std::size_t cell = 0; cell < result.cells.size(); ++cell )
  {
    if ( cell != x && grid.population[cell] == 0 )
      QCOMPARE( static_cast<int>( result.cells[cell] ), 11 );
  }
}

void TestDegreeOfUrbanisation::enclosedGapsAreFilled_data()
{
  QTest::addColumn<double>( "maxHoleKm2" );
  QTest::addColumn<bool>( "openToTheEdge" );
  QTest::addColumn<bool>( "filled" );
  // A ring of 12 centre cells (5,000 each: 60,000) around a gap of 2 x 2 = 4 km²:
  //
  //   . . . . . .
  //   . C C C C .
  //   . C g g C .
  //   . C g g C .
  //   . C C C C .
  //   . . . . . .
  //
  // The majority rule is set to 8 neighbours so that it cannot fill the gap (each gap cell has 5).
  QTest::newRow( "4 km² < 15 km²" ) << 15.0 << false << true;
  QTest::newRow( "4 km² is not < 4 km²" ) << 4.0 << false << false;
  QTest::newRow( "4 km² < 4.5 km²" ) << 4.5 << false << true;
  // The bottom of the ring removed and the grid cut there: the gap reaches the grid's edge.
  QTest::newRow( "open to the edge" ) << 15.0 << true << false;
}

void TestDegreeOfUrbanisation::enclosedGapsAreFilled()
{
  QFETCH( double, maxHoleKm2 );
  QFETCH( bool, openToTheEdge );
  QFETCH( bool, filled );
  std::vector<std::string> rows {
      "0    0    0    0    0 0",
      "0 5000 5000 5000 5000 0",
      "0 5000    0    0 5000 0",
      "0 5000    0    0 5000 0",
      "0 5000 5000 5000 5000 0",
      "0    0    0    0    0 0",
  };
  if ( openToTheEdge )
  {
    // Eight ring cells of 6,250 (50,000) and the gap open at the bottom edge.
    rows = {
        "0    0    0    0    0 0",
        "0 6250 6250 6250 6250 0",
        "0 6250    0    0 6250 0",
        "0 6250    0    0 6250 0",
    };
  }
  DegurbaThresholds thresholds;
  thresholds.maxHoleKm2 = maxHoleKm2;
  thresholds.majorityNeighbours = 8;
  const PopulationGrid grid = makeGrid( rows );
  const DegurbaGrid result = classify( grid, thresholds );
  QCOMPARE( result.centrePopulation.size(), std::size_t( 1 ) );
  for ( std::size_t cell : { 2 * grid.columns + 2, 2 * grid.columns + 3, 3 * grid.columns + 2, 3 * grid.columns + 3 } )
    QCOMPARE( static_cast<int>( result.cells[cell] ), filled ? 30 : 11 );
  QCOMPARE( result.filledCells, std::size_t( filled ? 4 : 0 ) );
  // With the default majority rule (5 of 8) the gap fills anyway, from its corners inwards.
  if ( !openToTheEdge )
  {
    DegurbaThresholds noHoles;
    noHoles.maxHoleKm2 = 0;
    const DegurbaGrid majority = classify( grid, noHoles );
    QCOMPARE( majority.filledCells, std::size_t( 4 ) );
  }
}

void TestDegreeOfUrbanisation::thresholdsAreInclusive_data()
{
  QTest::addColumn<QString>( "row" );
  QTest::addColumn<QString>( "codes" );
  // One row of cells with empty cells around (the row is drawn between two rows of zeros).
  // Urban centre: density 1,500 and 50,000 in all, both inclusive.
  QTest::newRow( "centre at 1,500 and 50,000" ) << "0 48500 1500 0"
                                                << "11 30 30 11";
  QTest::newRow( "1,499.9 is not dense" ) << "0 48500 1499.9 0"
                                          << "11 23 21 11";
  QTest::newRow( "centre of 50,000" ) << "0 25000 25000 0"
                                      << "11 30 30 11";
  QTest::newRow( "49,999 is a dense urban cluster" ) << "0 25000 24999 0"
                                                     << "11 23 23 11";
  // Dense urban cluster: 5,000 inclusive; below, a rural cluster (500 or more).
  QTest::newRow( "dense cluster of 5,000" ) << "0 2500 2500 0"
                                            << "11 23 23 11";
  QTest::newRow( "4,999 is a rural cluster" ) << "0 2500 2499 0"
                                              << "11 13 13 11";
  // Urban cluster: density 300 and 5,000 in all; far from any centre: semi-dense.
  QTest::newRow( "cluster at 300 and 5,000" ) << "0 1000 1000 1000 1000 700 300 0"
                                              << "11 22 22 22 22 22 22 11";
  QTest::newRow( "299 is not in the cluster" ) << "0 1000 1000 1000 1000 1000 299 0"
                                               << "11 22 22 22 22 22 12 11";
  QTest::newRow( "4,999 is a rural cluster" ) << "0 1000 1000 1000 1000 699 300 0"
                                              << "11 13 13 13 13 13 13 11";
  // Rural cluster: 500 inclusive; low density rural: 50 inclusive.
  QTest::newRow( "rural cluster of 500" ) << "0 500 0 499 0 50 0 49"
                                          << "11 13 11 12 11 12 11 11";
}

void TestDegreeOfUrbanisation::thresholdsAreInclusive()
{
  QFETCH( QString, row );
  QFETCH( QString, codes );
  const int columns = row.split( ' ' ).size();
  QStringList zeroCells;
  for ( int column = 0; column < columns; ++column )
    zeroCells << QStringLiteral( "0" );
  const std::string zeros = zeroCells.join( ' ' ).toStdString();
  const PopulationGrid grid = makeGrid( { zeros, row.toStdString(), zeros } );
  const DegurbaGrid result = classify( grid );
  QStringList middle;
  for ( int column = 0; column < columns; ++column )
    middle << QString::number( static_cast<int>( result.cells[grid.columns + static_cast<std::size_t>( column )] ) );
  QCOMPARE( middle.join( ' ' ), codes );
}

void TestDegreeOfUrbanisation::levelTwoUrbanClusters()
{
  // U: urban centre (one cell of 50,000). A and B: urban clusters of five 1,000 cells in a
  // column. D: a dense urban cluster (5,000) with a 300 cell above it and a 299 cell below.
  //
  //   col  0 1 2 3 4 5 6 7 8 9 10
  //        . . A . . . B . . s .      s = 300, t = 299
  //        . . A . . . B . . s .
  //        U . A . . . B . . D .
  //        . . A . . . B . . t .
  //        . . A . . . B . . . .
  //
  // Distances are between the nearest edges of the cells. A's middle cell is 1 km from U:
  // suburban or peri-urban (21). B is 2 km from D (and 5 km from U): at least 2 km, so
  // semi-dense (22). s is in D's urban cluster: 21.
  const PopulationGrid grid = makeGrid( {
      "0     0 1000 0 0 0 1000 0 0  300 0",
      "0     0 1000 0 0 0 1000 0 0 4700 0",
      "50000 0 1000 0 0 0 1000 0 0 5000 0",
      "0     0 1000 0 0 0 1000 0 0  299 0",
      "0     0 1000 0 0 0 1000 0 0    0 0",
  } );
  const DegurbaGrid result = classify( grid );
  QCOMPARE( codes( result, grid.columns ), expected( {
                                               "11 11 21 11 11 11 22 11 11 21 11",
                                               "11 11 21 11 11 11 22 11 11 23 11",
                                               "30 11 21 11 11 11 22 11 11 23 11",
                                               "11 11 21 11 11 11 22 11 11 12 11",
                                               "11 11 21 11 11 11 22 11 11 11 11",
                                           } ) );
  QCOMPARE( result.urbanClusterCount, std::size_t( 4 ) ); // U's own, A, B and D's
  QCOMPARE( result.semiDenseUrbanClusterCount, std::size_t( 1 ) );
  QCOMPARE( result.denseUrbanClusterCount, std::size_t( 1 ) );
  QCOMPARE( levelOneClass( GridClass::UrbanCentre ), 3 );
  QCOMPARE( levelOneClass( GridClass::SemiDenseUrbanCluster ), 2 );
  QCOMPARE( levelOneClass( GridClass::RuralCluster ), 1 );
  QCOMPARE( levelOneClass( GridClass::NoData ), 0 );
}

void TestDegreeOfUrbanisation::semiDenseDistanceIsEdgeToEdge_data()
{
  QTest::addColumn<int>( "column" );
  QTest::addColumn<int>( "code" );
  // U: a centre of 50,000 in the corner; E: an urban cluster of four 1,250 cells in a column.
  //
  //   U . . .          U . . .
  //   . . . .          . . . .
  //   . . E .   or     . . . E
  //   . . E .          . . . E
  //   . . E .          . . . E
  //   . . E .          . . . E
  //
  // Left, E's top cell is one cell down and one across from U's corner: √2 km edge to edge,
  // under 2 km, so E is suburban or peri-urban. Right: √(1 + 4) = 2.24 km, so semi-dense.
  QTest::newRow( "diagonal gap of 1.41 km" ) << 2 << 21;
  QTest::newRow( "diagonal gap of 2.24 km" ) << 3 << 22;
}

void TestDegreeOfUrbanisation::semiDenseDistanceIsEdgeToEdge()
{
  QFETCH( int, column );
  QFETCH( int, code );
  PopulationGrid grid;
  grid.columns = 4;
  grid.rows = 6;
  grid.population.assign( 24, 0.0 );
  grid.population[0] = 50000;
  for ( std::size_t row = 2; row < 6; ++row )
    grid.population[row * 4 + static_cast<std::size_t>( column )] = 1250;
  const DegurbaGrid result = classify( grid );
  QCOMPARE( result.centrePopulation.size(), std::size_t( 1 ) );
  for ( std::size_t row = 2; row < 6; ++row )
    QCOMPARE( static_cast<int>( result.cells[row * 4 + static_cast<std::size_t>( column )] ), code );
}

void TestDegreeOfUrbanisation::noDataCellsAreNotClassified()
{
  // A NODATA cell (-) inside a centre's ring counts as 0 people, is never added to the centre
  // and stays NoData; the other gap cells fill as usual.
  //
  //   . . . . .
  //   . C C C .
  //   . C - C .
  //   . C C C .
  //   . . . . .
  const PopulationGrid grid = makeGrid( {
      "0     0     0     0 0",
      "0 10000 10000 10000 0",
      "0 10000     - 10000 0",
      "0 10000 10000 10000 0",
      "0     0     0     0 0",
  } );
  const DegurbaGrid result = classify( grid );
  QCOMPARE( result.noDataCells, std::size_t( 1 ) );
  QCOMPARE( result.cells[12], GridClass::NoData );
  QCOMPARE( result.centre[12], -1 );
  QCOMPARE( result.centrePopulation, std::vector<double>( { 80000 } ) );
  QCOMPARE( result.filledCells, std::size_t( 0 ) );
}

void TestDegreeOfUrbanisation::densityUsesTheCellArea()
{
  // 500 m cells (0.25 km²): 375 people is 1,500 per km², 75 is 300 per km².
  DegurbaThresholds thresholds;
  thresholds.centrePopulation = 750; // two cells of 375
  thresholds.clusterPopulation = 750;
  QVERIFY( thresholds.problem().empty() );
  const PopulationGrid grid = makeGrid( { "0 375 375 374 75 74 0" }, 0.5 );
  const DegurbaGrid result = classify( grid, thresholds );
  // 74 is below 75 (300 per km²) but above 12.5 (50 per km²): low density rural.
  QCOMPARE( codes( result, grid.columns ), QStringLiteral( "11 30 30 21 21 12 11" ) );
}

void TestDegreeOfUrbanisation::badGridsAndThresholds()
{
  PopulationGrid grid = makeGrid( { "1 2", "3 4" } );
  QVERIFY( grid.problem().empty() );
  grid.population[1] = -1;
  QVERIFY( !grid.problem().empty() );
  grid.population[1] = std::numeric_limits<double>::quiet_NaN();
  QVERIFY( !grid.problem().empty() );
  grid.valid = { true, false, true, true }; // NaN under NODATA is fine
  QVERIFY( grid.problem().empty() );
  grid.cellSideKm = 0;
  QVERIFY( !grid.problem().empty() );
  grid = makeGrid( { "1 2", "3" } );
  QVERIFY( !grid.problem().empty() );

  DegurbaThresholds thresholds;
  QVERIFY( thresholds.problem().empty() );
  thresholds.clusterDensity = 2000;
  QVERIFY( !thresholds.problem().empty() );
  thresholds = DegurbaThresholds();
  thresholds.majorityNeighbours = 9;
  QVERIFY( !thresholds.problem().empty() );
}

void TestDegreeOfUrbanisation::cancelStops()
{
  const PopulationGrid grid = makeGrid( { "0 50000 0" } );
  const DegurbaGrid result = classifyDegreeOfUrbanisation( grid, DegurbaThresholds(), []()
                                                           { return true; } );
  QVERIFY( result.cancelled );
}

void TestDegreeOfUrbanisation::spatialUnits_data()
{
  QTest::addColumn<double>( "centre" );
  QTest::addColumn<double>( "cluster" );
  QTest::addColumn<double>( "rural" );
  QTest::addColumn<int>( "unitClass" ); // 0: no population
  QTest::newRow( "50 % in centres: city" ) << 50.0 << 50.0 << 0.0 << 1;
  QTest::newRow( "49 % in centres, 49 % rural: town" ) << 49.0 << 2.0 << 49.0 << 2;
  QTest::newRow( "50 % rural: rural area" ) << 49.0 << 1.0 << 50.0 << 3;
  QTest::newRow( "all in clusters: town" ) << 0.0 << 10.0 << 0.0 << 2;
  QTest::newRow( "50 % centres and 50 % rural: city first" ) << 50.0 << 0.0 << 50.0 << 1;
  QTest::newRow( "nobody" ) << 0.0 << 0.0 << 0.0 << 0;
}

void TestDegreeOfUrbanisation::spatialUnits()
{
  QFETCH( double, centre );
  QFETCH( double, cluster );
  QFETCH( double, rural );
  QFETCH( int, unitClass );
  const std::optional<UnitClass> result = classifySpatialUnit( centre, cluster, rural );
  QCOMPARE( result ? static_cast<int>( *result ) : 0, unitClass );
  if ( result )
    QVERIFY( !unitClassLabel( *result ).empty() );
}

void TestDegreeOfUrbanisation::spatialUnitsLevelTwo_data()
{
  // People in 30, 23, 22, 21, 13, 12, 11 and the level 2 class (0: no population).
  QTest::addColumn<QVector<double>>( "people" );
  QTest::addColumn<int>( "unitClass" );
  QTest::newRow( "city" ) << QVector<double>( { 50, 0, 0, 10, 0, 0, 40 } ) << 30;
  QTest::newRow( "dense town" ) << QVector<double>( { 40, 20, 10, 25, 0, 5, 0 } ) << 23;
  QTest::newRow( "dense = semi-dense: dense town" ) << QVector<double>( { 0, 30, 30, 40, 0, 0, 0 } ) << 23;
  QTest::newRow( "semi-dense town" ) << QVector<double>( { 0, 10, 31, 40, 19, 0, 0 } ) << 22;
  QTest::newRow( "suburban 41 > 40: suburban or peri-urban area" ) << QVector<double>( { 0, 20, 20, 41, 0, 19, 0 } ) << 21;
  QTest::newRow( "suburban 40 = 40: town" ) << QVector<double>( { 0, 20, 20, 40, 0, 20, 0 } ) << 23;
  QTest::newRow( "village" ) << QVector<double>( { 0, 0, 0, 40, 30, 20, 10 } ) << 13;
  QTest::newRow( "dispersed rural area" ) << QVector<double>( { 0, 0, 0, 0, 30, 40, 30 } ) << 12;
  QTest::newRow( "mostly uninhabited area" ) << QVector<double>( { 0, 0, 0, 0, 10, 20, 70 } ) << 11;
  QTest::newRow( "tie: the denser class" ) << QVector<double>( { 0, 0, 0, 0, 0, 50, 50 } ) << 12;
  QTest::newRow( "nobody" ) << QVector<double>( { 0, 0, 0, 0, 0, 0, 0 } ) << 0;
}

void TestDegreeOfUrbanisation::spatialUnitsLevelTwo()
{
  QFETCH( QVector<double>, people );
  QFETCH( int, unitClass );
  const UnitPopulation population = UnitPopulation::fromLevelTwoOrder( { people[0], people[1], people[2], people[3], people[4], people[5], people[6] } );
  const std::optional<UnitClassLevel2> result = classifySpatialUnitLevel2( population );
  QCOMPARE( result ? static_cast<int>( *result ) : 0, unitClass );
  if ( result )
  {
    QVERIFY( !unitClassLevel2Label( *result ).empty() );
    // Level 2 refines level 1: the first digit is the level 1 grid class of the majority rule.
    const int levelOne = static_cast<int>( *classifySpatialUnit( population.urbanCentre, population.urbanCluster(), population.rural() ) );
    QCOMPARE( static_cast<int>( *result ) / 10, 4 - levelOne );
  }
}

QTEST_GUILESS_MAIN( TestDegreeOfUrbanisation )
#include "testdegreeofurbanisationcore.moc"
