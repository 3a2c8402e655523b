/***************************************************************************
  testferrytimetablecore.cpp - timetabled sailings and the time-dependent searches, worked by hand
 ***************************************************************************/
#include "ferrytimetable.h"
#include "networklocator.h"
#include "roadgraph.h"
#include "traveltimes.h"

#include <QObject>
#include <QtTest>

#include <cmath>

using namespace placegap;

namespace
{
  // 36 km/h = 10 m/s: every road below is 1,000 m, so 100 s.
  constexpr double TEN_METRES_A_SECOND = 36;

  double clock( int hours, int minutes, int seconds = 0 )
  {
    return hours * 3600.0 + minutes * 60.0 + seconds;
  }

  RoadLink road( Point from, Point to )
  {
    RoadLink link;
    link.vertices = { from, to };
    link.speedKmh = TEN_METRES_A_SECOND;
    return link;
  }

  /*
   * Three pieces of land, no road between them:
   *
   *   island 2:                         C (2000,9000) ---- D (3000,9000)
   *                                     ^ sailings B -> C
   *   island 1:   T2 (1000,5000) ---- B (2000,5000)
   *               ^ sailings T1 <-> T2
   *   mainland:   A (0,0) ---- T1 (1000,0)
   */
  const Point A { 0, 0 }, T1 { 1000, 0 }, T2 { 1000, 5000 }, B { 2000, 5000 }, C { 2000, 9000 }, D { 3000, 9000 };

  struct Islands
  {
      RoadGraph graph;
      NodeId a = NO_ID, t1 = NO_ID, t2 = NO_ID, b = NO_ID, c = NO_ID, d = NO_ID;
  };

  NodeId nodeAt( const RoadGraph &graph, Point p )
  {
    for ( NodeId n = 0; n < graph.nodeCount(); ++n )
    {
      if ( graph.nodePosition[n].x == p.x && graph.nodePosition[n].y == p.y )
        return n;
    }
    return NO_ID;
  }

  Islands islands()
  {
    Islands net;
    net.graph = buildRoadGraph( { road( A, T1 ), road( T2, B ), road( C, D ) }, GraphBuildOptions() );
    net.a = nodeAt( net.graph, A );
    net.t1 = nodeAt( net.graph, T1 );
    net.t2 = nodeAt( net.graph, T2 );
    net.b = nodeAt( net.graph, B );
    net.c = nodeAt( net.graph, C );
    net.d = nodeAt( net.graph, D );
    return net;
  }

  Sailing sailing( NodeId from, NodeId to, double depart, double crossingMinutes, std::uint8_t days = 0x7F )
  {
    Sailing s;
    s.from = from;
    s.to = to;
    s.departSeconds = depart;
    s.crossingSeconds = crossingMinutes * 60;
    s.days = days;
    s.metres = 5000;
    return s;
  }

  NetworkEndpoint at( const RoadGraph &graph, Point p )
  {
    const NetworkLocator locator( graph );
    NetworkEndpoint endpoint;
    endpoint.location = locator.locate( p );
    return endpoint;
  }

  //! The one reach of the only origin (at A) to destination (index), or a reach with infinite seconds.
  Reach reachFromA( const Islands &net, const std::vector<Point> &destinations, std::size_t destination, const FerryTimetable &timetable, double departAt )
  {
    std::vector<NetworkEndpoint> ends;
    for ( const Point &p : destinations )
      ends.push_back( at( net.graph, p ) );
    const TravelTimeEngine engine( net.graph, ends );
    TravelQuery query;
    query.timetable = &timetable;
    query.departClock = departAt;
    const auto rows = engine.manyToMany( { at( net.graph, A ) }, query, 1 );
    for ( const Reach &reach : rows.at( 0 ) )
    {
      if ( reach.destination == destination )
        return reach;
    }
    Reach none;
    none.seconds = UNREACHABLE;
    return none;
  }

  constexpr int WEDNESDAY = 2;
  constexpr int SATURDAY = 5;
  constexpr std::uint8_t MONDAY_TO_FRIDAY = 0x1F;
  const double TEN_MINUTES_CHECK_IN = 600;
} // namespace

class TestFerryTimetable : public QObject
{
    Q_OBJECT

  private slots:
    void timesOfDayAndDays();
    void earliestArrivalTakesAnOvertakingSailing();
    void latestDepartureLeavesLast();
    void catchingThe0810();
    void missingTheCheckInWaitsForTheNext();
    void missingTheLastSailingIsUnreachable();
    void twoFerriesInAChain();
    void aSailingAcrossMidnightArrivesAfterIt();
    void noSailingOnTheDay();
    void routeCrossesBySailing();
    void latestReturnHome();
    void aSailingsOwnCheckIn();
    void staticTimingsForSensitivity();
    void withoutATimetableNothingChanges();
};

void TestFerryTimetable::timesOfDayAndDays()
{
  double seconds = -1;
  int day = -1;
  QVERIFY( parseTimeOfDay( "08:10", seconds ) );
  QCOMPARE( seconds, clock( 8, 10 ) );
  QVERIFY( parseTimeOfDay( "23:59:30", seconds ) );
  QCOMPARE( seconds, clock( 23, 59, 30 ) );
  QVERIFY( !parseTimeOfDay( "24:00", seconds ) );
  QVERIFY( !parseTimeOfDay( "8h10", seconds ) );
  QVERIFY( !parseTimeOfDay( "08:60", seconds ) );
  QVERIFY( !parseTimeOfDay( "", seconds ) );
  QVERIFY( !parseTimeOfDay( "08:", seconds ) );
  QVERIFY( parseDepartAt( "Wed 08:10", 0, day, seconds ) );
  QCOMPARE( day, WEDNESDAY );
  QCOMPARE( seconds, clock( 8, 10 ) );
  QVERIFY( parseDepartAt( "  saturday   17:00 ", 0, day, seconds ) );
  QCOMPARE( day, SATURDAY );
  QVERIFY( parseDepartAt( "07:30", WEDNESDAY, day, seconds ) );
  QCOMPARE( day, WEDNESDAY );
  QCOMPARE( seconds, clock( 7, 30 ) );
  QVERIFY( !parseDepartAt( "Someday 07:30", 0, day, seconds ) );
  QVERIFY( !parseDepartAt( "We 07:30", 0, day, seconds ) ); // too short to be sure of
  QCOMPARE( QString( dayName( 6 ) ), QStringLiteral( "Sun" ) );
}

void TestFerryTimetable::earliestArrivalTakesAnOvertakingSailing()
{
  // 08:10 slow boat (60 min, arrives 09:10); 08:20 fast boat (20 min, arrives 08:40); 12:00 (30 min).
  const std::vector<Sailing> sailings = { sailing( 0, 1, clock( 8, 10 ), 60 ), sailing( 0, 1, clock( 8, 20 ), 20 ), sailing( 0, 1, clock( 12, 0 ), 30 ) };
  const FerryTimetable timetable( sailings, WEDNESDAY, 2, 0 );
  QCOMPARE( timetable.legCount(), std::size_t( 1 ) );
  QCOMPARE( timetable.sailingsBetween( 0, 1 ), std::size_t( 3 ) );
  Boarding boarding;
  // At the pier at 07:50: the 08:10 can be boarded, but the 08:20 gets there first.
  QVERIFY( timetable.earliestArrival( 0, clock( 7, 50 ), boarding ) );
  QCOMPARE( boarding.depart, clock( 8, 20 ) );
  QCOMPARE( boarding.arrive, clock( 8, 40 ) );
  // At 08:20 exactly the 08:20 still leaves with you (no check-in).
  QVERIFY( timetable.earliestArrival( 0, clock( 8, 20 ), boarding ) );
  QCOMPARE( boarding.arrive, clock( 8, 40 ) );
  // At 08:21: the noon boat.
  QVERIFY( timetable.earliestArrival( 0, clock( 8, 21 ), boarding ) );
  QCOMPARE( boarding.arrive, clock( 12, 30 ) );
  QVERIFY( !timetable.earliestArrival( 0, clock( 12, 1 ), boarding ) );
  // Arrival never gets earlier by coming later (FIFO): every minute of the day.
  double previous = 0;
  for ( int minute = 0; minute < 12 * 60; ++minute )
  {
    QVERIFY( timetable.earliestArrival( 0, minute * 60.0, boarding ) );
    QVERIFY( boarding.arrive >= previous );
    previous = boarding.arrive;
  }
}

void TestFerryTimetable::latestDepartureLeavesLast()
{
  const std::vector<Sailing> sailings = { sailing( 0, 1, clock( 8, 10 ), 60 ), sailing( 0, 1, clock( 8, 20 ), 20 ), sailing( 0, 1, clock( 12, 0 ), 30 ) };
  const FerryTimetable timetable( sailings, WEDNESDAY, 2, TEN_MINUTES_CHECK_IN );
  Boarding boarding;
  QVERIFY( !timetable.latestDeparture( 0, clock( 8, 39 ), boarding ) );
  // Arrive by 09:30: the 08:20 (arrives 08:40) leaves after the 08:10 (arrives 09:10).
  QVERIFY( timetable.latestDeparture( 0, clock( 9, 30 ), boarding ) );
  QCOMPARE( boarding.depart, clock( 8, 20 ) );
  QVERIFY( timetable.latestDeparture( 0, clock( 23, 0 ), boarding ) );
  QCOMPARE( boarding.depart, clock( 12, 0 ) );
}

void TestFerryTimetable::catchingThe0810()
{
  // Leave A at 07:55; T1 at 07:56:40, in time for the 08:10's check-in (08:00); T2 at 08:40,
  // B at 08:41:40: 2,800 s, of which 200 road, 1,800 on board and 800 waiting (07:56:40 to 08:10).
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 8, 10 ), 30 ), sailing( net.t1, net.t2, clock( 9, 40 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  const Reach reach = reachFromA( net, { B }, 0, timetable, clock( 7, 55 ) );
  QCOMPARE( reach.seconds, 2800.0 );
  QCOMPARE( reach.ferrySeconds, 1800.0f );
  QCOMPARE( reach.waitSeconds, 800.0f );
  QCOMPARE( reach.ferryLegs, 1u );
  QCOMPARE( reach.metres, 1000.0 + 5000.0 + 1000.0 );
}

void TestFerryTimetable::missingTheCheckInWaitsForTheNext()
{
  // Leave at 07:59: T1 at 08:00:40, 40 s after the 08:10's check-in closed; the 09:40 arrives
  // 10:10, B at 10:11:40: 7,960 s, of which 5,960 waiting.
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 8, 10 ), 30 ), sailing( net.t1, net.t2, clock( 9, 40 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  const Reach reach = reachFromA( net, { B }, 0, timetable, clock( 7, 59 ) );
  QCOMPARE( reach.seconds, 7960.0 );
  QCOMPARE( reach.waitSeconds, 5960.0f );
}

void TestFerryTimetable::missingTheLastSailingIsUnreachable()
{
  // Leave at 09:29: T1 at 09:30:40, after the last check-in (09:30): no way to B that day,
  // while T1 itself (on the mainland) is still reached.
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 8, 10 ), 30 ), sailing( net.t1, net.t2, clock( 9, 40 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  QCOMPARE( reachFromA( net, { B, T1 }, 0, timetable, clock( 9, 29 ) ).seconds, UNREACHABLE );
  QCOMPARE( reachFromA( net, { B, T1 }, 1, timetable, clock( 9, 29 ) ).seconds, 100.0 );
  // One minute earlier, the 09:40 is caught: B at 10:11:40.
  QCOMPARE( reachFromA( net, { B, T1 }, 0, timetable, clock( 9, 28 ) ).seconds, clock( 10, 11, 40 ) - clock( 9, 28 ) );
}

void TestFerryTimetable::twoFerriesInAChain()
{
  // 07:55 from A: B at 08:41:40 (as above); check-in for B's 09:00 closes 08:50, so it is
  // caught; C at 09:20, D at 09:21:40: 5,200 s = 300 road + 3,000 on board + 1,900 waiting.
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 8, 10 ), 30 ), sailing( net.b, net.c, clock( 9, 0 ), 20 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  const Reach reach = reachFromA( net, { D }, 0, timetable, clock( 7, 55 ) );
  QCOMPARE( reach.seconds, 5200.0 );
  QCOMPARE( reach.ferrySeconds, 3000.0f );
  QCOMPARE( reach.waitSeconds, 1900.0f );
  QCOMPARE( reach.ferryLegs, 2u );
  // Leaving at 08:00 misses the 08:10's check-in, so also the 09:00 connection: D unreachable.
  QCOMPARE( reachFromA( net, { D }, 0, timetable, clock( 8, 0 ) ).seconds, UNREACHABLE );
}

void TestFerryTimetable::aSailingAcrossMidnightArrivesAfterIt()
{
  // The 23:30 crossing of 60 minutes arrives at 00:30 next morning (clock 24:30): it is taken,
  // and B is reached at 24:31:40, 5,500 s after leaving at 23:00. A sailing at 00:30 that
  // runs on Thursday is not Wednesday's and does not count.
  const Islands net = islands();
  const std::uint8_t thursday = 1u << 3;
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 23, 30 ), 60 ), sailing( net.t1, net.t2, clock( 0, 30 ), 30, thursday ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  QCOMPARE( timetable.sailingCount(), std::size_t( 1 ) );
  QCOMPARE( reachFromA( net, { B }, 0, timetable, clock( 23, 0 ) ).seconds, 5500.0 );
  // Leaving at 23:25 misses it, and there is no later sailing that day.
  QCOMPARE( reachFromA( net, { B }, 0, timetable, clock( 23, 25 ) ).seconds, UNREACHABLE );
}

void TestFerryTimetable::noSailingOnTheDay()
{
  const Islands net = islands();
  const FerryTimetable saturday( { sailing( net.t1, net.t2, clock( 8, 10 ), 30, MONDAY_TO_FRIDAY ) }, SATURDAY, net.graph.nodeCount(), 0 );
  QVERIFY( saturday.isEmpty() );
  QCOMPARE( reachFromA( net, { B }, 0, saturday, clock( 7, 0 ) ).seconds, UNREACHABLE );
  const FerryTimetable wednesday( { sailing( net.t1, net.t2, clock( 8, 10 ), 30, MONDAY_TO_FRIDAY ) }, WEDNESDAY, net.graph.nodeCount(), 0 );
  QCOMPARE( reachFromA( net, { B }, 0, wednesday, clock( 7, 0 ) ).seconds, clock( 8, 41, 40 ) - clock( 7, 0 ) );
}

void TestFerryTimetable::routeCrossesBySailing()
{
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 8, 10 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), 0 );
  const TravelTimeEngine engine( net.graph, { at( net.graph, B ) } );
  TravelQuery query;
  query.timetable = &timetable;
  query.departClock = clock( 7, 0 );
  const std::vector<RoutePiece> pieces = engine.route( at( net.graph, A ), 0, query );
  // A to T1 by road, the sailing, T2 to B by road (and the empty last piece at B).
  QVERIFY( pieces.size() >= 3 );
  QVERIFY( pieces[0].link != NO_ID );
  QCOMPARE( pieces[1].link, NO_ID );
  QCOMPARE( timetable.leg( pieces[1].sailingLeg ).from, net.t1 );
  QCOMPARE( timetable.leg( pieces[1].sailingLeg ).to, net.t2 );
  QVERIFY( pieces[2].link != NO_ID );
  // Without the timetable B cannot be reached at all.
  QVERIFY( engine.route( at( net.graph, A ), 0 ).empty() );
}

void TestFerryTimetable::latestReturnHome()
{
  // Home is A. From B: 100 s to T2, check-in 10 min before T2's 16:00 or 18:00 (30 min each), 100 s from T1 to A.
  // Home by midnight: the 18:00, so leave B by 17:48:20. Home by 18:00: the 16:00, so leave B by 15:48:20.
  // From T1 (on the mainland) one can leave at 23:58:20 and be home by midnight. D has no way back.
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t2, net.t1, clock( 16, 0 ), 30 ), sailing( net.t2, net.t1, clock( 18, 0 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  const TravelTimeEngine engine( net.graph, { at( net.graph, B ), at( net.graph, T1 ), at( net.graph, D ) } );
  const auto byMidnight = engine.latestReturns( { at( net.graph, A ) }, timetable, SECONDS_PER_DAY, 1 );
  QCOMPARE( byMidnight.at( 0 ).at( 0 ), clock( 17, 48, 20 ) );
  QCOMPARE( byMidnight.at( 0 ).at( 1 ), clock( 23, 58, 20 ) );
  QVERIFY( std::isinf( byMidnight.at( 0 ).at( 2 ) ) && byMidnight.at( 0 ).at( 2 ) < 0 );
  const auto bySix = engine.latestReturns( { at( net.graph, A ) }, timetable, clock( 18, 0 ), 1 );
  QCOMPARE( bySix.at( 0 ).at( 0 ), clock( 15, 48, 20 ) );
  // Home by 16:00: the 16:00 sailing arrives at 16:30, too late; no way back from B.
  const auto byFour = engine.latestReturns( { at( net.graph, A ) }, timetable, clock( 16, 0 ), 1 );
  QVERIFY( std::isinf( byFour.at( 0 ).at( 0 ) ) );
}

void TestFerryTimetable::aSailingsOwnCheckIn()
{
  // The 08:10 asks 30 minutes' check-in (a vehicle sailing), the 08:20 the default 10. Leaving A at
  // 07:35 (T1 at 07:36:40) the 08:10 is caught: B at 08:41:40. At 07:45 (T1 07:46:40) it is not,
  // but the 08:20 is: T2 08:50, B 08:51:40.
  const Islands net = islands();
  Sailing vehicle = sailing( net.t1, net.t2, clock( 8, 10 ), 30 );
  vehicle.checkInSeconds = 1800;
  const FerryTimetable timetable( { vehicle, sailing( net.t1, net.t2, clock( 8, 20 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  QCOMPARE( reachFromA( net, { B }, 0, timetable, clock( 7, 35 ) ).seconds, clock( 8, 41, 40 ) - clock( 7, 35 ) );
  QCOMPARE( reachFromA( net, { B }, 0, timetable, clock( 7, 45 ) ).seconds, clock( 8, 51, 40 ) - clock( 7, 45 ) );
  // Backward: home at B by 09:00 from A: the 08:20 (be at T1 by 08:10, leave A by 08:08:20).
  const FerryTimetable home( { vehicle, sailing( net.t1, net.t2, clock( 8, 20 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  const TravelTimeEngine engine( net.graph, { at( net.graph, A ) } );
  QCOMPARE( engine.latestReturns( { at( net.graph, B ) }, home, clock( 9, 0 ), 1 ).at( 0 ).at( 0 ), clock( 8, 8, 20 ) );
}

void TestFerryTimetable::staticTimingsForSensitivity()
{
  // Two sailings T1 -> T2 (30 and 40 minutes) and one back: crossing only, A -> B = 100 + 1,800 + 100 s
  // whenever one leaves; average wait adds check-in (600 s) and 24 h / (2 x 2) = 21,600 s.
  const Islands net = islands();
  const FerryTimetable timetable( { sailing( net.t1, net.t2, clock( 8, 10 ), 30 ), sailing( net.t1, net.t2, clock( 9, 40 ), 40 ), sailing( net.t2, net.t1, clock( 16, 0 ), 30 ) }, WEDNESDAY, net.graph.nodeCount(), TEN_MINUTES_CHECK_IN );
  const FerryTimetable crossing = timetable.withTiming( FerryTiming::CrossingOnly );
  const FerryTimetable average = timetable.withTiming( FerryTiming::AverageWait );
  QCOMPARE( reachFromA( net, { B }, 0, crossing, clock( 23, 0 ) ).seconds, 2000.0 );
  const Reach waited = reachFromA( net, { B }, 0, average, clock( 23, 0 ) );
  QCOMPARE( waited.seconds, 2000.0 + 600.0 + 21600.0 );
  QCOMPARE( waited.waitSeconds, 22200.0f );
  QCOMPARE( waited.ferrySeconds, 1800.0f );
  // Backward (the way home from B by midnight): crossing only, leave B by 24:00 - 100 - 1,800 - 100 s;
  // average wait (one sailing back: 43,200 s) also less 600 s of check-in.
  const TravelTimeEngine engine( net.graph, { at( net.graph, B ) } );
  QCOMPARE( engine.latestReturns( { at( net.graph, A ) }, crossing, SECONDS_PER_DAY, 1 ).at( 0 ).at( 0 ), SECONDS_PER_DAY - 2000.0 );
  QCOMPARE( engine.latestReturns( { at( net.graph, A ) }, average, SECONDS_PER_DAY, 1 ).at( 0 ).at( 0 ), SECONDS_PER_DAY - 2000.0 - 600.0 - 43200.0 );
}

void TestFerryTimetable::withoutATimetableNothingChanges()
{
  // A timetable with no sailing today gives the static search's answers on the same land.
  const Islands net = islands();
  const FerryTimetable none( {}, WEDNESDAY, net.graph.nodeCount(), 0 );
  const Reach reach = reachFromA( net, { T1 }, 0, none, clock( 9, 0 ) );
  QCOMPARE( reach.seconds, 100.0 );
  QCOMPARE( reach.ferryLegs, 0u );
  QCOMPARE( reach.waitSeconds, 0.0f );
}

QTEST_GUILESS_MAIN( TestFerryTimetable )
#include "testferrytimetablecore.moc"
