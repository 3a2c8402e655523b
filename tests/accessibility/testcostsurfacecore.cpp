/***************************************************************************
  testcostsurfacecore.cpp - travel over a land-and-ferry cost grid, worked by hand
 ***************************************************************************/
#include "costgrid.h"
#include "costsurface.h"
#include "ferrytimetable.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <string>
#include <vector>

using namespace placegap;

namespace
{
  // 36 km/h = 10 m/s = 0.1 s a metre: a straight move over a 1,000 m cell takes 100 s.
  constexpr double TEN_METRES_A_SECOND = 36;
  const double DIAGONAL_SECONDS = 100 * std::sqrt( 2.0 );

  //! A grid of 1,000 m cells drawn row by row from the top: '.' land, '~' sea.
  CostGrid drawGrid( const std::vector<std::string> &rows, double cellSize = 1000 )
  {
    CostGrid grid;
    grid.rows = rows.size();
    grid.columns = rows.front().size();
    grid.cellSize = cellSize;
    grid.left = 0;
    grid.top = static_cast<double>( grid.rows ) * cellSize;
    for ( const std::string &row : rows )
    {
      for ( char c : row )
        grid.secondsPerMetre.push_back( c == '~' ? IMPASSABLE : secondsPerMetreAt( TEN_METRES_A_SECOND ) );
    }
    return grid;
  }

  NodeId cell( const CostGrid &grid, std::size_t column, std::size_t row )
  {
    return static_cast<NodeId>( row * grid.columns + column );
  }

  double clock( int hours, int minutes )
  {
    return hours * 3600.0 + minutes * 60.0;
  }

  Sailing sailing( NodeId from, NodeId to, double depart, double crossingMinutes )
  {
    Sailing s;
    s.from = from;
    s.to = to;
    s.departSeconds = depart;
    s.crossingSeconds = crossingMinutes * 60;
    s.metres = 3000;
    return s;
  }
} // namespace

class TestCostSurfaceCore : public QObject
{
    Q_OBJECT

  private slots:
    void bayIsWalkedRound();
    void cornerOfSeaIsNotCut();
    void islandByFerryOnly_data();
    void islandByFerryOnly();
    void lastSailingMissed();
    void nearestServiceAndTies();
    void cellSizeInvariance_data();
    void cellSizeInvariance();
    void siteInTheSea();
    void cancellation();
};

void TestCostSurfaceCore::bayIsWalkedRound()
{
  /*
   *   col  0 1 2 3 4
   *   row0 A . . . .      A (0,0) to S (0,2): 2 km apart, but the bay (~) is between them.
   *   row1 ~ ~ ~ ~ .      Best way: 3 straight moves east, diagonal down to (4,1), diagonal
   *   row2 S . . . .      to (3,2), 3 straight moves west: 6 x 100 s + 2 x 141.42 s = 882.84 s.
   *                       (Straight round the corner instead: 10 x 100 s = 1,000 s.)
   */
  const CostGrid grid = drawGrid( { "A....", "~~~~.", "S...." } );
  const NearestServiceSurface surface = nearestServiceSurface( grid, { cell( grid, 0, 2 ) }, nullptr );
  QCOMPARE( surface.service( cell( grid, 0, 0 ) ), 0u );
  QVERIFY( std::abs( surface.seconds( cell( grid, 0, 0 ) ) - ( 600 + 2 * DIAGONAL_SECONDS ) ) < 1e-3 );
  QVERIFY( std::abs( surface.metres( cell( grid, 0, 0 ) ) - ( 6000 + 2000 * std::sqrt( 2.0 ) ) ) < 1e-2 );
  // Sea is never reached.
  QVERIFY( std::isinf( surface.seconds( cell( grid, 1, 1 ) ) ) );
  QCOMPARE( surface.service( cell( grid, 1, 1 ) ), NO_ID );
  // Circuity lengthens every move alike.
  CostGrid winding = grid;
  winding.circuity = 1.25;
  const NearestServiceSurface wound = nearestServiceSurface( winding, { cell( grid, 0, 2 ) }, nullptr );
  QVERIFY( std::abs( wound.seconds( cell( grid, 0, 0 ) ) - 1.25 * ( 600 + 2 * DIAGONAL_SECONDS ) ) < 1e-3 );
}

void TestCostSurfaceCore::cornerOfSeaIsNotCut()
{
  /*
   *   A ~        A (0,0) and B (1,1) touch only at a corner where two sea cells meet:
   *   ~ B        the diagonal would cross water, so B is not reached.
   */
  const CostGrid grid = drawGrid( { ".~", "~." } );
  const NearestServiceSurface surface = nearestServiceSurface( grid, { cell( grid, 1, 1 ) }, nullptr );
  QVERIFY( std::isinf( surface.seconds( cell( grid, 0, 0 ) ) ) );
  /*
   *   A .        With one land cell at the corner the diagonal is taken: 141.42 s.
   *   ~ B
   */
  const CostGrid open = drawGrid( { "..", "~." } );
  const NearestServiceSurface through = nearestServiceSurface( open, { cell( open, 1, 1 ) }, nullptr );
  QVERIFY( std::abs( through.seconds( cell( open, 0, 0 ) ) - DIAGONAL_SECONDS ) < 1e-3 );
}

void TestCostSurfaceCore::islandByFerryOnly_data()
{
  QTest::addColumn<int>( "timing" );
  QTest::addColumn<double>( "expectedSeconds" );
  /*
   *   L0 T1 ~ ~ T4 S5     mainland L0-T1, island T4-S5; a ferry T1 <-> T4 with 4 sailings a day,
   *                       10 minutes' crossing, 10 minutes' check-in. From L0 to the service S5:
   *   crossing only:      100 (L0-T1) + 600 + 100 (T4-S5) = 800 s
   *   average wait:       800 + 600 check-in + 24 h / (2 x 4) = 800 + 600 + 10,800 = 12,200 s
   */
  QTest::newRow( "crossing only" ) << static_cast<int>( FerryTiming::CrossingOnly ) << 800.0;
  QTest::newRow( "average wait" ) << static_cast<int>( FerryTiming::AverageWait ) << 12200.0;
}

void TestCostSurfaceCore::islandByFerryOnly()
{
  QFETCH( int, timing );
  QFETCH( double, expectedSeconds );
  const CostGrid grid = drawGrid( { "..~~.." } );
  std::vector<Sailing> sailings;
  for ( int hour : { 7, 10, 13, 16 } )
  {
    sailings.push_back( sailing( 1, 4, clock( hour, 0 ), 10 ) );
    sailings.push_back( sailing( 4, 1, clock( hour, 30 ), 10 ) );
  }
  const FerryTimetable timetable = FerryTimetable( sailings, 2, grid.cellCount(), 600 ).withTiming( static_cast<FerryTiming>( timing ) );
  const NearestServiceSurface surface = nearestServiceSurface( grid, { 5 }, &timetable );
  QVERIFY( std::abs( surface.seconds( 0 ) - expectedSeconds ) < 1e-2 );
  QCOMPARE( surface.service( 0 ), 0u );
  // The island's own cells do not wait for a ferry.
  QVERIFY( std::abs( surface.seconds( 4 ) - 100 ) < 1e-3 );
  // Which ways sail: the mainland's, not the island's.
  QVERIFY( surface.takesFerry( 0 ) && surface.takesFerry( 1 ) );
  QVERIFY( !surface.takesFerry( 4 ) && !surface.takesFerry( 5 ) );
  // Without the ferry the mainland reaches nothing.
  const NearestServiceSurface noFerry = nearestServiceSurface( grid, { 5 }, nullptr );
  QVERIFY( std::isinf( noFerry.seconds( 0 ) ) );
  QCOMPARE( noFerry.service( 0 ), NO_ID );
}

void TestCostSurfaceCore::lastSailingMissed()
{
  /*
   *   L0 T1 ~ ~ T4 S5     sailings T1 -> T4 at 08:00 and 17:00, 10 minutes' crossing, 10 minutes' check-in.
   *   leave 07:40: at T1 07:41:40, board by 07:50, sail 08:00-08:10, at S5 08:11:40: 1,900 s;
   *                ferry 600 s, wait 07:41:40 -> 08:00 = 1,100 s, one leg.
   *   leave 16:48: at T1 16:49:40, board by 16:50, arrive 17:10, at S5 17:11:40: 1,420 s; wait 620 s.
   *   leave 17:00: at T1 17:01:40, the last sailing's check-in closed at 16:50: no service that day.
   */
  const CostGrid grid = drawGrid( { "..~~.." } );
  const FerryTimetable timetable( { sailing( 1, 4, clock( 8, 0 ), 10 ), sailing( 1, 4, clock( 17, 0 ), 10 ) }, 2, grid.cellCount(), 600 );
  const std::vector<std::uint32_t> serviceOfCell = firstServiceOfCell( grid.cellCount(), { 5 } );
  DijkstraSearch search( grid, false, false );

  const GridJourney morning = nearestServiceFrom( search, &timetable, clock( 7, 40 ), 0, serviceOfCell );
  QCOMPARE( morning.service, 0u );
  QVERIFY( std::abs( morning.seconds - 1900 ) < 1e-3 );
  QVERIFY( std::abs( morning.ferrySeconds - 600 ) < 1e-3 );
  QVERIFY( std::abs( morning.waitSeconds - 1100 ) < 1e-3 );
  QCOMPARE( morning.ferryLegs, 1u );

  const GridJourney justInTime = nearestServiceFrom( search, &timetable, clock( 16, 48 ), 0, serviceOfCell );
  QVERIFY( std::abs( justInTime.seconds - 1420 ) < 1e-3 );
  QVERIFY( std::abs( justInTime.waitSeconds - 620 ) < 1e-3 );

  const GridJourney tooLate = nearestServiceFrom( search, &timetable, clock( 17, 0 ), 0, serviceOfCell );
  QCOMPARE( tooLate.service, NO_ID );
  QVERIFY( std::isinf( tooLate.seconds ) );
  // On the island itself the clock does not matter.
  const GridJourney island = nearestServiceFrom( search, &timetable, clock( 23, 0 ), 4, serviceOfCell );
  QVERIFY( std::abs( island.seconds - 100 ) < 1e-3 );
}

void TestCostSurfaceCore::nearestServiceAndTies()
{
  /*
   *   S0 . . . . S5 . S7     services at cells 0, 5 and 7 (index 0, 1, 2).
   *   cell 2: 200 s to S0, 300 s to S5 -> S0.   cell 6: 100 s to both S5 and S7 -> equal;
   *   the search settles S5 (the lower cell) first and reaches cell 6 from it -> S5 (index 1).
   *   A second service in the same cell as S0 (index 3) never wins: the first of a cell stands for it.
   */
  const CostGrid grid = drawGrid( { "........" } );
  const NearestServiceSurface surface = nearestServiceSurface( grid, { 0, 5, 7, 0 }, nullptr );
  QCOMPARE( surface.service( 2 ), 0u );
  QVERIFY( std::abs( surface.seconds( 2 ) - 200 ) < 1e-3 );
  QCOMPARE( surface.service( 3 ), 1u );
  QCOMPARE( surface.service( 6 ), 1u );
  QVERIFY( std::abs( surface.seconds( 6 ) - 100 ) < 1e-3 );
  QCOMPARE( surface.service( 0 ), 0u );
  QCOMPARE( surface.seconds( 7 ), 0.0 );
  // The same as a journey; and a cell's first service stands for it in a timetabled search too.
  const GridJourney toS0 = surface.journey( 2 );
  QCOMPARE( toS0.service, 0u );
  QVERIFY( std::abs( toS0.seconds - 200 ) < 1e-3 );
  QCOMPARE( surface.journey( NO_ID ).service, NO_ID );
  const std::vector<std::uint32_t> firsts = firstServiceOfCell( grid.cellCount(), { 0, 5, 7, 0 } );
  QCOMPARE( firsts[0], 0u );
  QCOMPARE( firsts[5], 1u );
  QCOMPARE( firsts[1], NO_ID );
}

void TestCostSurfaceCore::cellSizeInvariance_data()
{
  QTest::addColumn<double>( "cellSize" );
  QTest::newRow( "100 m" ) << 100.0;
  QTest::newRow( "250 m" ) << 250.0;
  QTest::newRow( "500 m" ) << 500.0;
}

void TestCostSurfaceCore::cellSizeInvariance()
{
  /*
   * Land below a straight coast (y = 20 km) to the south edge (y = 0), 20 km wide, sea above.
   * From A (1,000, 19,000) to B (16,000, 14,000): dx = 15 km, dy = 5 km. The best 8-neighbour
   * way has 5 km of diagonal and 10 km of straight moves: 10,000 + 5,000 x sqrt 2 = 17,071 m
   * (the straight line is 15,811 m: 8-neighbour moves are up to 8 % longer). A and B are
   * placed so that their cells' centres are 15 km and 5 km apart at each cell size, so the
   * answer is 1,707.1 s at every one of them.
   */
  QFETCH( double, cellSize );
  const std::size_t columns = static_cast<std::size_t>( 20000 / cellSize );
  std::vector<std::string> rows( static_cast<std::size_t>( 30000 / cellSize ), std::string( columns, '.' ) );
  for ( std::size_t r = 0; r < static_cast<std::size_t>( 10000 / cellSize ); ++r )
    rows[r] = std::string( columns, '~' ); // the sea: the top 10 km
  const CostGrid grid = drawGrid( rows, cellSize );
  const NodeId a = grid.cellAt( 1000 + cellSize / 2, 19000 - cellSize / 2 );
  const NodeId b = grid.cellAt( 16000 + cellSize / 2, 14000 - cellSize / 2 );
  QVERIFY( a != NO_ID && b != NO_ID );
  const NearestServiceSurface surface = nearestServiceSurface( grid, { b }, nullptr );
  const double expected = ( 10000 + 5000 * std::sqrt( 2.0 ) ) / 10;
  QVERIFY2( std::abs( surface.seconds( a ) - expected ) < 0.01, qPrintable( QStringLiteral( "%1 s at %2 m cells; expected %3" ).arg( surface.seconds( a ) ).arg( cellSize ).arg( expected ) ) );
}

void TestCostSurfaceCore::siteInTheSea()
{
  /*
   *   row0 ~ ~ ~        1,000 m cells; land only at (2,2), centre (2,500, 500).
   *   row1 ~ ~ ~        A point at (500, 2,500) (centre of the top-left sea cell) is
   *   row2 ~ ~ .        sqrt(2,000^2 + 2,000^2) = 2,828 m from it.
   */
  const CostGrid grid = drawGrid( { "~~~", "~~~", "~~." } );
  double metres = -1;
  QCOMPARE( grid.nearestPassable( 500, 2500, 3000, &metres ), cell( grid, 2, 2 ) );
  QVERIFY( std::abs( metres - 2000 * std::sqrt( 2.0 ) ) < 1e-6 );
  QCOMPARE( grid.nearestPassable( 500, 2500, 2800, &metres ), NO_ID );
  // A point outside the grid altogether, 700 m beyond its right edge level with the land.
  QCOMPARE( grid.nearestPassable( 3700, 500, 1500, &metres ), cell( grid, 2, 2 ) );
  QVERIFY( std::abs( metres - 1200 ) < 1e-6 );
  // On land: its own cell, 0 m.
  QCOMPARE( grid.nearestPassable( 2900, 100, 0, &metres ), cell( grid, 2, 2 ) );
  QCOMPARE( metres, 0.0 );
}

void TestCostSurfaceCore::cancellation()
{
  // 300 x 300 land cells: the progress callback is asked at least once, and stopping empties the result.
  const CostGrid grid = drawGrid( std::vector<std::string>( 300, std::string( 300, '.' ) ) );
  int calls = 0;
  const NearestServiceSurface stopped = nearestServiceSurface( grid, { 0 }, nullptr, [&calls]( double fraction )
                                                               {
    ++calls;
    return !( fraction > 0 ); } );
  QCOMPARE( calls, 1 );
  QVERIFY( stopped.isEmpty() );
  double last = 0;
  const NearestServiceSurface full = nearestServiceSurface( grid, { 0 }, nullptr, [&last]( double fraction )
                                                            {
    last = fraction;
    return true; } );
  QVERIFY( !full.isEmpty() );
  QVERIFY( last > 0.5 && last <= 1.0 );
}

QTEST_APPLESS_MAIN( TestCostSurfaceCore )
#include "testcostsurfacecore.moc"
