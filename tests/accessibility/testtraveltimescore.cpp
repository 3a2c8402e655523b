/***************************************************************************
  testtraveltimescore.cpp - the QGIS-free road graph, snapping and travel time engine
 ***************************************************************************/
#include "coretestroads.h"
#include "dijkstra.h"
#include "ferrytimetable.h"
#include "floatingcatchment.h"
#include "networklocator.h"
#include "rankorder.h"
#include "roadgraph.h"
#include "roadgraphio.h"
#include "roadspeeds.h"
#include "traveltimes.h"

#include <QObject>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <tuple>

using namespace placegap;
using coretest::road;
using coretest::TEN_METRES_A_SECOND;

namespace
{
  RoadLink ferry( std::vector<Point> vertices, double minutes )
  {
    RoadLink link;
    link.vertices = std::move( vertices );
    link.ferryCrossingMinutes = minutes;
    return link;
  }

  //! An endpoint at a point, with the off-network leg walked at 1 m/s.
  NetworkEndpoint endpointAt( const NetworkLocator &locator, Point point )
  {
    NetworkEndpoint endpoint;
    endpoint.location = locator.locate( point );
    endpoint.accessMetres = endpoint.location.snapDistance;
    endpoint.accessSeconds = endpoint.location.snapDistance / 1.0;
    return endpoint;
  }

  //! Seconds from each origin to each destination (UNREACHABLE when absent), from the engine.
  std::vector<std::vector<double>> secondsMatrix( const RoadGraph &graph, const std::vector<Point> &origins, const std::vector<Point> &destinations, const TravelQuery &query = TravelQuery(), unsigned threads = 1 )
  {
    const NetworkLocator locator( graph );
    std::vector<NetworkEndpoint> from;
    std::vector<NetworkEndpoint> to;
    for ( const Point &p : origins )
      from.push_back( endpointAt( locator, p ) );
    for ( const Point &p : destinations )
      to.push_back( endpointAt( locator, p ) );
    const TravelTimeEngine engine( graph, to );
    const auto reaches = engine.manyToMany( from, query, threads );
    std::vector<std::vector<double>> matrix( origins.size(), std::vector<double>( destinations.size(), UNREACHABLE ) );
    for ( std::size_t i = 0; i < reaches.size(); ++i )
    {
      for ( const Reach &reach : reaches[i] )
        matrix[i][reach.destination] = reach.seconds;
    }
    return matrix;
  }

  //! Bellman-Ford over the CSR arrays: an independent, slow shortest path for comparison.
  std::vector<double> bellmanFord( const RoadGraph &graph, NodeId source )
  {
    std::vector<double> distance( graph.nodeCount(), UNREACHABLE );
    distance[source] = 0;
    for ( std::size_t round = 0; round < graph.nodeCount(); ++round )
    {
      bool changed = false;
      for ( NodeId n = 0; n < graph.nodeCount(); ++n )
      {
        if ( distance[n] == UNREACHABLE )
          continue;
        for ( EdgeId e = graph.firstOut[n]; e < graph.firstOut[n + 1]; ++e )
        {
          if ( distance[n] + graph.weight[e] < distance[graph.head[e]] )
          {
            distance[graph.head[e]] = distance[n] + graph.weight[e];
            changed = true;
          }
        }
      }
      if ( !changed )
        break;
    }
    return distance;
  }

  //! A random planar-ish network: points in a 1 km square joined to near neighbours, some one-way.
  std::vector<RoadLink> randomNetwork( std::mt19937 &random, int nodes, int links )
  {
    std::uniform_real_distribution<double> coordinate( 0, 1000 );
    std::uniform_int_distribution<int> pick( 0, nodes - 1 );
    std::uniform_real_distribution<double> speed( 10, 100 );
    std::uniform_int_distribution<int> way( 0, 5 );
    std::vector<Point> points;
    for ( int i = 0; i < nodes; ++i )
      points.push_back( { std::round( coordinate( random ) ), std::round( coordinate( random ) ) } );
    std::vector<RoadLink> result;
    for ( int i = 0; i < links; ++i )
    {
      const int a = pick( random );
      const int b = pick( random );
      const int w = way( random );
      const LinkDirection direction = w == 0 ? LinkDirection::Forward : ( w == 1 ? LinkDirection::Backward : LinkDirection::Both );
      result.push_back( road( { points[a], points[b] }, direction, std::round( speed( random ) ) ) );
    }
    return result;
  }
  //! Rows sorted by destination, for comparing two engines whose near-ties may be ordered differently.
  std::vector<Reach> byDestination( std::vector<Reach> row )
  {
    std::sort( row.begin(), row.end(), []( const Reach &a, const Reach &b )
               { return a.destination < b.destination; } );
    return row;
  }

  //! Forward searches, one per origin, nothing shared: the reference for the reversed ones.
  std::vector<std::vector<Reach>> forwardRows( const RoadGraph &graph, const std::vector<NetworkEndpoint> &origins, const std::vector<NetworkEndpoint> &destinations, const TravelQuery &query )
  {
    const TravelTimeEngine engine( graph, destinations );
    DijkstraSearch search( graph );
    std::vector<std::vector<Reach>> rows;
    for ( const NetworkEndpoint &origin : origins )
      rows.push_back( engine.fromOrigin( search, origin, query ) );
    return rows;
  }
} // namespace

class TestTravelTimes : public QObject
{
    Q_OBJECT

  private slots:
    void speedTable();
    void speedTableParsing();
    void nodesMergeWithinTolerance();
    void nodesAtEveryVertex();
    void exactNodesNumberedAsFirstMet();
    void badLinksAreSkippedAndCounted();
    void selfLoopsAndZeroLengthLinks();
    void oneWayStreets();
    void ferryCrossingCostsTimePlusWait();
    void pointsDoNotSnapToFerries();
    void twoComponentsLeaveUnreachableAbsent();
    void sitesJoinUsefulParts();
    void destinationInTheMiddleOfALink();
    void bothOnOneLinkTravelDirectly();
    void tiesAreBrokenByDestinationIndex();
    void rankOrderAsAComparisonSortHasIt();
    void nearestAndCutOff();
    void routeFollowsTheFastestPath();
    void linkPartsFollowTheLine();
    void snappingMatchesBruteForce();
    void dijkstraMatchesBellmanFord();
    void radixSearchMatchesDijkstra();
    void resultsDoNotDependOnThreads();
    void reversedSearchesMatchForward_data();
    void reversedSearchesMatchForward();
    void reversedSearchesTieExactlyOnALattice();
    void reversedSearchesRankAlikeOnABenchmarkGrid();
    void cancellationReturnsNothing();
    void graphSurvivesTheCache();
    void reachablePartsStopWhereTimeRunsOut();
    void floatingCatchmentWorkedExample();
    void opportunitiesWithinThresholds();
};

void TestTravelTimes::speedTable()
{
  const RoadSpeedTable table = RoadSpeedTable::defaults();
  QCOMPARE( table.speedFor( "A Road" ).value(), 72.0 );
  QCOMPARE( table.speedFor( "  a road " ).value(), 72.0 ); // case and spaces do not matter
  QCOMPARE( table.speedFor( "Local Access Road" ).value(), 24.0 );
  QCOMPARE( table.speedFor( "Not Classified" ).value(), 32.0 );
  QCOMPARE( table.speedFor( "residential" ).value(), 32.0 );
  QCOMPARE( table.speedFor( "footway" ).value(), 0.0 ); // not for cars
  QVERIFY( !table.speedFor( "hovercraft" ).has_value() );
}

void TestTravelTimes::speedTableParsing()
{
  std::string error;
  const auto table = RoadSpeedTable::parse( "A Road=80; track = 10\nferry_road=5", true, &error );
  QVERIFY( table.has_value() );
  QCOMPARE( table->speedFor( "a road" ).value(), 80.0 );
  QCOMPARE( table->speedFor( "track" ).value(), 10.0 );
  QCOMPARE( table->speedFor( "ferry_road" ).value(), 5.0 );
  QCOMPARE( table->speedFor( "B Road" ).value(), 56.0 ); // defaults kept
  const auto only = RoadSpeedTable::parse( "A Road=80", false, &error );
  QVERIFY( !only->speedFor( "B Road" ).has_value() );
  QVERIFY( !RoadSpeedTable::parse( "A Road=fast", true, &error ).has_value() );
  QVERIFY( error.find( "A Road=fast" ) != std::string::npos );
  QVERIFY( !RoadSpeedTable::parse( "A Road=-5", true, &error ).has_value() );
  QVERIFY( !RoadSpeedTable::parse( "=5", true, &error ).has_value() );
}

void TestTravelTimes::nodesMergeWithinTolerance()
{
  /*
   *  (0,0) ------ (100,0)  (100.5,0) ------ (200,0)
   *  Two lines whose ends are 0.5 m apart: one node with a 1 m tolerance, two without.
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 100, 0 } } ), road( { { 100.5, 0 }, { 200, 0 } } ) };
  GraphBuildOptions options;
  options.tolerance = 1;
  const RoadGraph merged = buildRoadGraph( links, options );
  QCOMPARE( merged.nodeCount(), std::size_t( 3 ) );
  QCOMPARE( merged.linkCount(), std::size_t( 2 ) );
  QCOMPARE( merged.edgeCount(), std::size_t( 4 ) );
  QCOMPARE( merged.componentCount, std::size_t( 1 ) );
  QCOMPARE( merged.linkTo[0], merged.linkFrom[1] );
  // The first node made keeps its place; one of the four line ends moved to it.
  QCOMPARE( merged.nodePosition[merged.linkTo[0]].x, 100.0 );
  QCOMPARE( merged.pointsJoined, std::size_t( 4 ) );
  QCOMPARE( merged.pointsMovedByTolerance, std::size_t( 1 ) );

  options.tolerance = 0;
  const RoadGraph separate = buildRoadGraph( links, options );
  QCOMPARE( separate.nodeCount(), std::size_t( 4 ) );
  QCOMPARE( separate.componentCount, std::size_t( 2 ) );
  QCOMPARE( separate.pointsMovedByTolerance, std::size_t( 0 ) );
  // A huge tolerance: every end after the first moves onto one node.
  options.tolerance = 1e9;
  const RoadGraph collapsed = buildRoadGraph( links, options );
  QCOMPARE( collapsed.nodeCount(), std::size_t( 1 ) );
  QCOMPARE( collapsed.pointsMovedByTolerance, std::size_t( 3 ) );
}

void TestTravelTimes::nodesAtEveryVertex()
{
  /*
   *            (100,100)
   *               |
   *  (0,0) ---- (100,0) ---- (200,0)     the long line has a vertex where the spur ends
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 100, 0 }, { 200, 0 } } ), road( { { 100, 100 }, { 100, 0 } } ) };
  GraphBuildOptions options;
  const RoadGraph endsOnly = buildRoadGraph( links, options );
  QCOMPARE( endsOnly.linkCount(), std::size_t( 2 ) );
  QCOMPARE( endsOnly.componentCount, std::size_t( 2 ) ); // the spur does not join mid-line
  options.nodesAtEveryVertex = true;
  const RoadGraph everyVertex = buildRoadGraph( links, options );
  QCOMPARE( everyVertex.linkCount(), std::size_t( 3 ) );
  QCOMPARE( everyVertex.componentCount, std::size_t( 1 ) );
  // From the spur's top to (0,0): 100 + 100 m = 20 s.
  const auto matrix = secondsMatrix( everyVertex, { { 100, 100 } }, { { 0, 0 } } );
  QCOMPARE( matrix[0][0], 20.0 );
}

void TestTravelTimes::exactNodesNumberedAsFirstMet()
{
  // Without a tolerance, a node is one exact position (-0.0 and 0.0 alike), numbered in the
  // order the line ends are first met, and a node's edges are ordered by head, time and link.
  // Checked against a std::map of the same ends on 4,000 lines, most ends new (so the builder's
  // table grows past its first size), some shared, some a last bit apart.
  std::mt19937 random( 4242 );
  std::uniform_int_distribution<int> coin( 0, 9 );
  std::uniform_real_distribution<double> anywhere( -5000, 5000 );
  const std::vector<Point> shared { { 0.0, 0.0 }, { -0.0, 0.0 }, { 0.0, -0.0 }, { 1000.0, 1000.0 }, { std::nextafter( 1000.0, 2000.0 ), 1000.0 } };
  std::vector<RoadLink> links;
  for ( int i = 0; i < 4000; ++i )
  {
    const auto end = [&]()
    { return coin( random ) < 2 ? shared[static_cast<std::size_t>( coin( random ) ) % shared.size()] : Point { anywhere( random ), anywhere( random ) }; };
    links.push_back( road( { end(), end() }, coin( random ) < 3 ? LinkDirection::Forward : LinkDirection::Both ) );
  }
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );

  std::map<std::pair<double, double>, NodeId> expected;
  std::vector<Point> positions;
  const auto nodeOf = [&]( const Point &p )
  {
    const std::pair<double, double> key { p.x == 0 ? 0.0 : p.x, p.y == 0 ? 0.0 : p.y };
    const auto [it, inserted] = expected.emplace( key, static_cast<NodeId>( positions.size() ) );
    if ( inserted )
      positions.push_back( p );
    return it->second;
  };
  QCOMPARE( graph.linkCount(), links.size() );
  std::vector<std::tuple<NodeId, NodeId, double, LinkId>> edges;
  for ( std::size_t l = 0; l < links.size(); ++l )
  {
    const NodeId from = nodeOf( links[l].vertices.front() );
    const NodeId to = nodeOf( links[l].vertices.back() );
    QCOMPARE( graph.linkFrom[l], from );
    QCOMPARE( graph.linkTo[l], to );
    edges.emplace_back( from, to, graph.linkForwardCost[l], static_cast<LinkId>( l ) );
    if ( links[l].direction == LinkDirection::Both )
      edges.emplace_back( to, from, graph.linkBackwardCost[l], static_cast<LinkId>( l ) );
  }
  QCOMPARE( graph.nodeCount(), positions.size() );
  QVERIFY( positions.size() > 6000 );
  QCOMPARE( expected.count( { 1000.0, 1000.0 } ) + expected.count( { std::nextafter( 1000.0, 2000.0 ), 1000.0 } ), std::size_t( 2 ) );
  for ( std::size_t n = 0; n < positions.size(); ++n )
  {
    QCOMPARE( graph.nodePosition[n].x, positions[n].x );
    QCOMPARE( graph.nodePosition[n].y, positions[n].y );
  }
  std::sort( edges.begin(), edges.end() );
  QCOMPARE( graph.edgeCount(), edges.size() );
  for ( std::size_t e = 0; e < edges.size(); ++e )
  {
    const auto [tail, head, seconds, link] = edges[e];
    QVERIFY( graph.firstOut[tail] <= e && e < graph.firstOut[tail + 1] );
    QCOMPARE( graph.head[e], head );
    QCOMPARE( graph.weight[e], seconds );
    QCOMPARE( graph.edgeLink[e], link );
  }
}

void TestTravelTimes::badLinksAreSkippedAndCounted()
{
  std::vector<RoadLink> links { road( { { 0, 0 }, { 100, 0 } } ), road( { { 0, 0 } } ), road( { { 0, 0 }, { 0, 100 } }, LinkDirection::Both, 0 ), road( { { 0, 0 }, { NAN, 100 } } ), road( { { 0, 0 }, { 0, 100 } }, LinkDirection::Both, NAN ) };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  QCOMPARE( graph.linkCount(), std::size_t( 1 ) );
  QCOMPARE( graph.skippedLinks.size(), std::size_t( 4 ) );
  QCOMPARE( graph.skippedLinks[0].input, std::size_t( 1 ) );
  QVERIFY( graph.skippedLinks[0].problem == LinkProblem::TooFewVertices );
  QVERIFY( graph.skippedLinks[1].problem == LinkProblem::BadSpeed );
  QVERIFY( graph.skippedLinks[2].problem == LinkProblem::NotFinite );
  QVERIFY( graph.skippedLinks[3].problem == LinkProblem::BadSpeed );

  const RoadGraph empty = buildRoadGraph( {}, GraphBuildOptions() );
  QCOMPARE( empty.nodeCount(), std::size_t( 0 ) );
  const NetworkLocator locator( empty );
  QVERIFY( !locator.locate( { 0, 0 } ).isValid() );
  const TravelTimeEngine engine( empty, { NetworkEndpoint() } );
  const auto reaches = engine.manyToMany( { NetworkEndpoint() }, TravelQuery(), 2 );
  QCOMPARE( reaches.size(), std::size_t( 1 ) );
  QVERIFY( reaches[0].empty() );
}

void TestTravelTimes::selfLoopsAndZeroLengthLinks()
{
  /*
   *        (50,50)
   *        /    \        a loop leaving and returning to A, and a zero-length line at A
   *  A(0,0)------B(100,0)
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 100, 0 } } ), road( { { 0, 0 }, { 50, 50 }, { 0, 0 } } ), road( { { 0, 0 }, { 0, 0 } } ) };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  QCOMPARE( graph.nodeCount(), std::size_t( 2 ) );
  QCOMPARE( graph.selfLoopLinks, std::size_t( 2 ) );
  QCOMPARE( graph.zeroLengthLinks, std::size_t( 1 ) );
  // A point beside the loop's top snaps onto the loop; it travels ~70.7 m back to A then 100 m to B.
  const auto matrix = secondsMatrix( graph, { { 50, 50 } }, { { 100, 0 } } );
  // Costs are kept on the exact grid of 2^-32 s (exactSeconds): equal to that rounding.
  QVERIFY( std::abs( matrix[0][0] - ( std::hypot( 50.0, 50.0 ) / 10 + 10 ) ) < 1e-9 );
  QCOMPARE( secondsMatrix( graph, { { 0, 0 } }, { { 100, 0 } } )[0][0], 10.0 );
}

void TestTravelTimes::oneWayStreets()
{
  /*
   *  D(0,100) ---<--- C(100,100)      all sides 100 m = 10 s
   *  |                  |             A -> B is one-way eastward,
   *  A(0,0) ----->---- B(100,0)       C -> D one-way westward (drawn backwards: Backward)
   */
  const std::vector<RoadLink> links {
      road( { { 0, 0 }, { 100, 0 } }, LinkDirection::Forward ),
      road( { { 100, 0 }, { 100, 100 } } ),
      road( { { 0, 100 }, { 100, 100 } }, LinkDirection::Backward ),
      road( { { 0, 0 }, { 0, 100 } } ),
  };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  QCOMPARE( graph.edgeCount(), std::size_t( 6 ) );
  const std::vector<Point> corners { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } };
  const auto m = secondsMatrix( graph, corners, corners );
  // From A: B 10 (with the flow); C 20 (A-B-C); D 10 (A-D).
  QCOMPARE( m[0][1], 10.0 );
  QCOMPARE( m[0][2], 20.0 );
  QCOMPARE( m[0][3], 10.0 );
  // From B to A against the one-way: B-C-D-A = 30 s.
  QCOMPARE( m[1][0], 30.0 );
  // From D to C against C->D: D-A-B-C = 30 s.
  QCOMPARE( m[3][2], 30.0 );
  QCOMPARE( m[2][3], 10.0 );
}

void TestTravelTimes::ferryCrossingCostsTimePlusWait()
{
  /*
   *  A(0,0) --road 1000 m-- B(1000,0) ~~ferry 30 min~~ C(5000,0) --road 500 m-- D(5500,0)
   *  boarding wait 15 min (half a 30-minute headway)
   *  A -> D = 100 s + (30 + 15) x 60 s + 50 s = 2850 s, metres 1000 + 4000 + 500.
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 1000, 0 } } ), ferry( { { 1000, 0 }, { 5000, 0 } }, 30 ), road( { { 5000, 0 }, { 5500, 0 } } ) };
  GraphBuildOptions options;
  options.ferryBoardingWaitMinutes = 15;
  const RoadGraph graph = buildRoadGraph( links, options );
  QCOMPARE( graph.linkIsFerry[1], std::uint8_t( 1 ) );
  const NetworkLocator locator( graph );
  const TravelTimeEngine engine( graph, { endpointAt( locator, { 5500, 0 } ) } );
  DijkstraSearch search( graph );
  const auto reaches = engine.fromOrigin( search, endpointAt( locator, { 0, 0 } ), TravelQuery() );
  QCOMPARE( reaches.size(), std::size_t( 1 ) );
  QCOMPARE( reaches[0].seconds, 2850.0 );
  QCOMPARE( reaches[0].metres, 5500.0 );
  // Back again costs the same: the wait applies each way.
  QCOMPARE( secondsMatrix( graph, { { 5500, 0 } }, { { 0, 0 } } )[0][0], 2850.0 );
}

void TestTravelTimes::pointsDoNotSnapToFerries()
{
  // A point in the middle of the crossing goes to the nearest road end, 1000 m away at B, not onto the ferry.
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 1000, 0 } } ), ferry( { { 1000, 0 }, { 5000, 0 } }, 30 ), road( { { 5000, 0 }, { 5500, 0 } } ) };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  const NetworkLocation location = locator.locate( { 2000, 10 } );
  QCOMPARE( location.link, LinkId( 0 ) );
  QCOMPARE( location.along, 1000.0 );
  QCOMPARE( location.snapDistance, std::hypot( 1000.0, 10.0 ) );
}

void TestTravelTimes::twoComponentsLeaveUnreachableAbsent()
{
  /*
   *  A(0,0) ---- B(100,0)        island: C(0,500) ---- D(100,500), no ferry
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 100, 0 } } ), road( { { 0, 500 }, { 100, 500 } } ) };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  QCOMPARE( graph.componentCount, std::size_t( 2 ) );
  QVERIFY( graph.nodeComponent[graph.linkFrom[0]] != graph.nodeComponent[graph.linkFrom[1]] );
  const NetworkLocator locator( graph );
  const TravelTimeEngine engine( graph, { endpointAt( locator, { 100, 0 } ), endpointAt( locator, { 100, 500 } ) } );
  DijkstraSearch search( graph );
  const auto reaches = engine.fromOrigin( search, endpointAt( locator, { 0, 0 } ), TravelQuery() );
  QCOMPARE( reaches.size(), std::size_t( 1 ) ); // D is not there at all, not at a fake time
  QCOMPARE( reaches[0].destination, 0u );
  QCOMPARE( reaches[0].seconds, 10.0 );
}

void TestTravelTimes::destinationInTheMiddleOfALink()
{
  /*
   *          o origin (100,50)                 off-network legs walked at 1 m/s
   *  A(0,0) ==*===========================*===== B(1000,0)
   *                                       o destination (700,-20)
   *  origin snaps to (100,0), 50 m away; destination to (700,0), 20 m away.
   *  seconds = 50 + 600 m / 10 m/s + 20 = 130; metres = 50 + 600 + 20 = 670.
   */
  const RoadGraph graph = buildRoadGraph( { road( { { 0, 0 }, { 1000, 0 } } ) }, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  const NetworkEndpoint origin = endpointAt( locator, { 100, 50 } );
  QCOMPARE( origin.location.along, 100.0 );
  QCOMPARE( origin.location.snapDistance, 50.0 );
  const TravelTimeEngine engine( graph, { endpointAt( locator, { 700, -20 } ) } );
  DijkstraSearch search( graph );
  const auto reaches = engine.fromOrigin( search, origin, TravelQuery() );
  QCOMPARE( reaches.size(), std::size_t( 1 ) );
  QCOMPARE( reaches[0].seconds, 130.0 );
  QCOMPARE( reaches[0].metres, 670.0 );
}

void TestTravelTimes::bothOnOneLinkTravelDirectly()
{
  /*
   *  A(0,0) ---->---- B(1000,0)    one-way eastward, and a two-way way back round:
   *  |                   |         A - (0,-100) - (1000,-100) - B, 1200 m
   *  (0,-100) ------- (1000,-100)
   *  East along AB from 100 to 700: 60 s. West from 700 to 100: against the flow, so
   *  700 -> B (30 s) -> round (120 s) -> A -> 100 (10 s) = 160 s.
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 1000, 0 } }, LinkDirection::Forward ), road( { { 1000, 0 }, { 1000, -100 }, { 0, -100 }, { 0, 0 } } ) };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const auto m = secondsMatrix( graph, { { 100, 0 }, { 700, 0 } }, { { 100, 0 }, { 700, 0 } } );
  QCOMPARE( m[0][1], 60.0 );
  QCOMPARE( m[1][0], 160.0 );
  QCOMPARE( m[0][0], 0.0 );
}

void TestTravelTimes::tiesAreBrokenByDestinationIndex()
{
  /*
   *  D1(-100,0) ---- O(0,0) ---- D0(100,0)     both 10 s away; nearest 1 is D0 (lower index)
   */
  const RoadGraph graph = buildRoadGraph( { road( { { -100, 0 }, { 0, 0 } } ), road( { { 0, 0 }, { 100, 0 } } ) }, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  const TravelTimeEngine engine( graph, { endpointAt( locator, { 100, 0 } ), endpointAt( locator, { -100, 0 } ) } );
  DijkstraSearch search( graph );
  TravelQuery nearest;
  nearest.nearest = 1;
  const auto one = engine.fromOrigin( search, endpointAt( locator, { 0, 0 } ), nearest );
  QCOMPARE( one.size(), std::size_t( 1 ) );
  QCOMPARE( one[0].destination, 0u );
  const auto all = engine.fromOrigin( search, endpointAt( locator, { 0, 0 } ), TravelQuery() );
  QCOMPARE( all.size(), std::size_t( 2 ) );
  QCOMPARE( all[0].destination, 0u );
  QCOMPARE( all[1].destination, 1u );
  QCOMPARE( all[0].seconds, all[1].seconds );
}

void TestTravelTimes::sitesJoinUsefulParts()
{
  /*
   *  main part: A(0,0) -- B(100,0) -- C(200,0) -- D(300,0)          4 nodes
   *  fragment:            F1(100,20) -- F2(150,20)                   2 nodes, 20 m north of B
   *  island:              I1(100,500) -- I2(200,500) -- I3(300,500)  3 nodes
   *
   *  A point at (120, 15) is 5 m from the fragment and 15 m from the main part.
   */
  const RoadGraph graph = buildRoadGraph( { road( { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 300, 0 } } ), road( { { 100, 20 }, { 150, 20 } } ), road( { { 100, 500 }, { 200, 500 }, { 300, 500 } } ) }, GraphBuildOptions { 0, true, 0 } );
  QCOMPARE( graph.componentCount, std::size_t( 3 ) );
  const NetworkLocator locator( graph );
  const LinkId fragment = locator.locate( { 120, 15 } ).link;
  QCOMPARE( locator.locate( { 120, 15 } ).snapDistance, 5.0 );

  // Parts of at least 3 nodes: the main part and the island; the fragment's link is left out.
  const std::vector<std::uint8_t> useful = linksInUsefulParts( graph, nullptr, 3 );
  QCOMPARE( useful[fragment], std::uint8_t( 0 ) );
  const NetworkLocation joined = locator.locate( { 120, 15 }, useful );
  QVERIFY( joined.isValid() && joined.link != fragment );
  QCOMPARE( joined.snapDistance, 15.0 );
  QCOMPARE( joined.snapped.y, 0.0 );

  // At 4 nodes the island is too small too, unless a sailing joins it to the main part.
  const std::vector<std::uint8_t> bigOnly = linksInUsefulParts( graph, nullptr, 4 );
  const LinkId island = locator.locate( { 200, 510 } ).link;
  QCOMPARE( bigOnly[island], std::uint8_t( 0 ) );
  Sailing sailing;
  // The sailing leaves the main part's node nearest A and reaches the island's node nearest I1.
  for ( NodeId n = 0; n < graph.nodeCount(); ++n )
  {
    if ( graph.nodePosition[n].x == 0 && graph.nodePosition[n].y == 0 )
      sailing.from = n;
    if ( graph.nodePosition[n].x == 100 && graph.nodePosition[n].y == 500 )
      sailing.to = n;
  }
  sailing.departSeconds = 8 * 3600;
  sailing.crossingSeconds = 600;
  const FerryTimetable timetable( { sailing }, 2, graph.nodeCount(), 0 );
  const std::vector<std::uint8_t> withFerry = linksInUsefulParts( graph, &timetable, 4 );
  QCOMPARE( withFerry[island], std::uint8_t( 1 ) );
  QCOMPARE( withFerry[fragment], std::uint8_t( 0 ) );
  // The largest part is always useful, however small.
  QCOMPARE( linksInUsefulParts( graph, nullptr, 1000 )[locator.locate( { 0, 0 } ).link], std::uint8_t( 1 ) );
}

// Results are ranked by counting digits: the order a comparison sort on (seconds to the
// microsecond, destination) gives, for few and many results, times tied to the microsecond or
// apart in every digit, and times too large to count (or not numbers, last).
void TestTravelTimes::rankOrderAsAComparisonSortHasIt()
{
  const auto byComparison = []( std::vector<Reach> reaches )
  {
    const auto key = []( const Reach &reach )
    {
      const double rank = std::round( reach.seconds * 1e6 );
      return std::isnan( rank ) ? INFINITY : rank;
    };
    std::sort( reaches.begin(), reaches.end(), [&]( const Reach &a, const Reach &b )
               { return key( a ) < key( b ) || ( key( a ) == key( b ) && a.destination < b.destination ); } );
    return reaches;
  };
  const auto sameOrder = []( const std::vector<Reach> &a, const std::vector<Reach> &b )
  {
    if ( a.size() != b.size() )
      return false;
    for ( std::size_t i = 0; i < a.size(); ++i )
    {
      if ( a[i].destination != b[i].destination || a[i].metres != b[i].metres )
        return false;
    }
    return true;
  };
  std::mt19937 random( 17 );
  for ( const std::size_t count : { 0, 1, 2, 5, 63, 64, 65, 500, 5000 } )
  {
    for ( const double spread : { 0.0, 1e-7, 3.0, 600.0, 1e7 } )
    {
      std::vector<std::uint32_t> destinations( count );
      std::iota( destinations.begin(), destinations.end(), 0u );
      std::shuffle( destinations.begin(), destinations.end(), random );
      std::vector<Reach> reaches;
      for ( std::size_t i = 0; i < count; ++i )
      {
        // A few distinct times (many ties) and a fraction of a microsecond (ties once rounded).
        const double seconds = 40.0 + spread * static_cast<double>( random() % 7 ) + 1e-8 * static_cast<double>( random() % 30 );
        reaches.push_back( { destinations[i], seconds, static_cast<double>( i ) } );
      }
      std::vector<Reach> counted = reaches;
      sortRanked( counted );
      QVERIFY2( sameOrder( counted, byComparison( reaches ) ), qPrintable( QStringLiteral( "%1 results, spread %2" ).arg( count ).arg( spread ) ) );
    }
  }
  // Uniform times over a day: every digit differs.
  std::vector<Reach> day;
  for ( std::uint32_t d = 0; d < 3000; ++d )
    day.push_back( { d, std::uniform_real_distribution<double>( 0.0, 86400.0 )( random ), static_cast<double>( d ) } );
  std::vector<Reach> counted = day;
  sortRanked( counted );
  QVERIFY( sameOrder( counted, byComparison( day ) ) );

  std::vector<Reach> beyond = day;
  beyond[7].seconds = 1e300;
  beyond[8].seconds = std::numeric_limits<double>::quiet_NaN();
  beyond[9].seconds = 1e300;
  counted = beyond;
  sortRanked( counted );
  QVERIFY( sameOrder( counted, byComparison( beyond ) ) );
  QCOMPARE( counted[2997].destination, 7u );
  QCOMPARE( counted[2998].destination, 9u );
  QCOMPARE( counted[2999].destination, 8u );
}

void TestTravelTimes::nearestAndCutOff()
{
  /*
   *  O(0,0) -- D2(100,0) -- D0(200,0) -- D3(300,0) -- D1(400,0)    10 s a step
   */
  const RoadGraph graph = buildRoadGraph( { road( { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 300, 0 }, { 400, 0 } } ) }, GraphBuildOptions { 0, true, 0 } );
  const std::vector<Point> destinations { { 200, 0 }, { 400, 0 }, { 100, 0 }, { 300, 0 } };
  TravelQuery two;
  two.nearest = 2;
  const NetworkLocator locator( graph );
  std::vector<NetworkEndpoint> to;
  for ( const Point &p : destinations )
    to.push_back( endpointAt( locator, p ) );
  const TravelTimeEngine engine( graph, to );
  DijkstraSearch search( graph );
  const auto nearest = engine.fromOrigin( search, endpointAt( locator, { 0, 0 } ), two );
  QCOMPARE( nearest.size(), std::size_t( 2 ) );
  QCOMPARE( nearest[0].destination, 2u );
  QCOMPARE( nearest[1].destination, 0u );
  QCOMPARE( nearest[1].seconds, 20.0 );

  TravelQuery within;
  within.cutoffSeconds = 30; // inclusive: D3 at exactly 30 s counts
  const auto inside = engine.fromOrigin( search, endpointAt( locator, { 0, 0 } ), within );
  QCOMPARE( inside.size(), std::size_t( 3 ) );
  QCOMPARE( inside[2].destination, 3u );
  QCOMPARE( inside[2].seconds, 30.0 );
  // The search stopped early: it did not settle the far end.
  QVERIFY( !search.reached( graph.linkTo[3] ) || search.seconds( graph.linkTo[3] ) > 30 );
}

void TestTravelTimes::routeFollowsTheFastestPath()
{
  /*
   *  A(0,0) --- B(100,0) --- C(200,0)       slow direct road A-C along y = 0 (3.6 km/h),
   *  fast detour A - (0,100) - (200,100) - C at 36 km/h.
   */
  const std::vector<RoadLink> links { road( { { 0, 0 }, { 200, 0 } }, LinkDirection::Both, 3.6 ), road( { { 0, 0 }, { 0, 100 }, { 200, 100 }, { 200, 0 } } ) };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  const TravelTimeEngine engine( graph, { endpointAt( locator, { 150, 0 } ) } );
  // From (50,0) on the slow road: back to A (50 s) + detour 400 m (40 s) + C back to 150 (50 s) = 140 s
  // beats 100 s direct? No: direct is 100 m at 1 m/s = 100 s, so the route is direct.
  const auto direct = engine.route( endpointAt( locator, { 50, 0 } ), 0 );
  QCOMPARE( direct.size(), std::size_t( 1 ) );
  QCOMPARE( direct[0].link, LinkId( 0 ) );
  QCOMPARE( direct[0].fromAlong, 50.0 );
  QCOMPARE( direct[0].toAlong, 150.0 );
  // From (10,0) to (190,0): direct 180 s; via the detour 10 + 40 + 10 = 60 s.
  const TravelTimeEngine far( graph, { endpointAt( locator, { 190, 0 } ) } );
  const auto detour = far.route( endpointAt( locator, { 10, 0 } ), 0 );
  QCOMPARE( detour.size(), std::size_t( 3 ) );
  QCOMPARE( detour[0].link, LinkId( 0 ) );
  QCOMPARE( detour[0].toAlong, 0.0 );
  QCOMPARE( detour[1].link, LinkId( 1 ) );
  QCOMPARE( detour[1].fromAlong, 0.0 );
  QCOMPARE( detour[1].toAlong, 400.0 );
  QCOMPARE( detour[2].fromAlong, 200.0 );
  QCOMPARE( detour[2].toAlong, 190.0 );
}

void TestTravelTimes::linkPartsFollowTheLine()
{
  /*
   *  (0,0) ---- (100,0)
   *                |        an L of 200 m: 50..150 runs (50,0) (100,0) (100,50)
   *             (100,100)
   */
  const RoadGraph graph = buildRoadGraph( { road( { { 0, 0 }, { 100, 0 }, { 100, 100 } } ) }, GraphBuildOptions() );
  const std::vector<Point> part = linkPart( graph, 0, 50, 150 );
  QCOMPARE( part.size(), std::size_t( 3 ) );
  QCOMPARE( part[0].x, 50.0 );
  QCOMPARE( part[1].x, 100.0 );
  QCOMPARE( part[1].y, 0.0 );
  QCOMPARE( part[2].y, 50.0 );
  const std::vector<Point> back = linkPart( graph, 0, 150, 50 );
  QCOMPARE( back.front().y, 50.0 );
  QCOMPARE( back.back().x, 50.0 );
  const std::vector<Point> whole = linkPart( graph, 0, 0, 200 );
  QCOMPARE( whole.size(), std::size_t( 3 ) );
  const std::vector<Point> point = linkPart( graph, 0, 20, 20 );
  QCOMPARE( point.size(), std::size_t( 2 ) );
  QCOMPARE( point[0].x, 20.0 );
}

void TestTravelTimes::snappingMatchesBruteForce()
{
  std::mt19937 random( 7 );
  const RoadGraph graph = buildRoadGraph( randomNetwork( random, 200, 300 ), GraphBuildOptions() );
  const NetworkLocator locator( graph );
  std::uniform_real_distribution<double> coordinate( -300, 1300 ); // some points outside the network's extent
  for ( int i = 0; i < 500; ++i )
  {
    const Point p { coordinate( random ), coordinate( random ) };
    double best = INFINITY;
    for ( LinkId link = 0; link < graph.linkCount(); ++link )
    {
      for ( std::size_t v = graph.linkFirstVertex[link]; v + 1 < graph.linkFirstVertex[link + 1]; ++v )
      {
        const Point &a = graph.vertices[v];
        const Point &b = graph.vertices[v + 1];
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double l2 = dx * dx + dy * dy;
        const double t = l2 > 0 ? std::clamp( ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / l2, 0.0, 1.0 ) : 0.0;
        best = std::min( best, std::hypot( p.x - a.x - t * dx, p.y - a.y - t * dy ) );
      }
    }
    const NetworkLocation location = locator.locate( p );
    QVERIFY( location.isValid() );
    QVERIFY2( std::abs( location.snapDistance - best ) < 1e-9, qPrintable( QStringLiteral( "point %1 %2: %3 vs %4" ).arg( p.x ).arg( p.y ).arg( location.snapDistance ).arg( best ) ) );
  }
}

void TestTravelTimes::dijkstraMatchesBellmanFord()
{
  std::mt19937 random( 11 );
  for ( int round = 0; round < 5; ++round )
  {
    const RoadGraph graph = buildRoadGraph( randomNetwork( random, 150, 400 ), GraphBuildOptions() );
    DijkstraSearch search( graph );
    for ( NodeId source = 0; source < graph.nodeCount(); source += 7 )
    {
      const std::vector<double> expected = bellmanFord( graph, source );
      search.reset();
      search.addSource( source, 0, 0 );
      while ( !search.finished() )
        search.settleNext();
      for ( NodeId n = 0; n < graph.nodeCount(); ++n )
      {
        if ( expected[n] == UNREACHABLE )
          QVERIFY( !search.reached( n ) );
        else
          QVERIFY2( std::abs( search.seconds( n ) - expected[n] ) <= 1e-9 * std::max( 1.0, expected[n] ), qPrintable( QStringLiteral( "node %1" ).arg( n ) ) );
      }
    }
  }
}

void TestTravelTimes::radixSearchMatchesDijkstra()
{
  // The radix heap search against the 4-ary heap one, forward and reversed, from two sources
  // with starting costs: the same nodes reached, the same seconds and metres (equal times: the
  // shorter path), and costs settled in order.
  std::mt19937 random( 13 );
  for ( int round = 0; round < 5; ++round )
  {
    const RoadGraph graph = buildRoadGraph( randomNetwork( random, 150, 400 ), GraphBuildOptions() );
    for ( const SearchGraph &packed : { SearchGraph::forward( graph ), SearchGraph::reversed( graph ) } )
    {
      DijkstraSearch reference( packed );
      RadixSearch radix( packed );
      std::uniform_int_distribution<NodeId> pick( 0, static_cast<NodeId>( graph.nodeCount() - 1 ) );
      for ( int source = 0; source < 20; ++source )
      {
        const NodeId a = pick( random );
        const NodeId b = pick( random );
        reference.reset();
        radix.reset();
        reference.addSource( a, 7.5, 30 );
        reference.addSource( b, 2.5, 40 );
        radix.addSource( a, 7.5, 30 );
        radix.addSource( b, 2.5, 40 );
        while ( !reference.finished() )
          reference.settleNext();
        double last = 0;
        while ( !radix.finished() )
        {
          const double next = radix.nextCost();
          QVERIFY( next >= last );
          last = next;
          const NodeId node = radix.settleNext();
          QCOMPARE( radix.seconds( node ), next );
        }
        for ( NodeId n = 0; n < graph.nodeCount(); ++n )
        {
          QCOMPARE( radix.reached( n ), reference.reached( n ) );
          QCOMPARE( radix.seconds( n ), reference.seconds( n ) );
          QCOMPARE( radix.metres( n ), reference.metres( n ) );
        }
      }
    }
  }
}

void TestTravelTimes::resultsDoNotDependOnThreads()
{
  std::mt19937 random( 3 );
  const RoadGraph graph = buildRoadGraph( randomNetwork( random, 300, 700 ), GraphBuildOptions() );
  const NetworkLocator locator( graph );
  std::uniform_real_distribution<double> coordinate( 0, 1000 );
  std::vector<NetworkEndpoint> origins;
  std::vector<NetworkEndpoint> destinations;
  for ( int i = 0; i < 60; ++i )
    origins.push_back( endpointAt( locator, { coordinate( random ), coordinate( random ) } ) );
  for ( int i = 0; i < 25; ++i )
    destinations.push_back( endpointAt( locator, { coordinate( random ), coordinate( random ) } ) );
  const TravelTimeEngine engine( graph, destinations );
  for ( const TravelQuery &query : { TravelQuery(), TravelQuery { 3, UNREACHABLE }, TravelQuery { 0, 60 } } )
  {
    const auto one = engine.manyToMany( origins, query, 1 );
    const auto three = engine.manyToMany( origins, query, 3 );
    QCOMPARE( one.size(), origins.size() );
    QVERIFY( one == three );
  }
  // And the k nearest are the first k of the full, sorted list (of forward searches: with more
  // origins than destinations manyToMany searches backwards, and the last bits of near-ties may
  // order them differently; reversedSearchesMatchForward checks that).
  const auto all = forwardRows( graph, origins, destinations, TravelQuery() );
  const auto nearest = engine.manyToMany( origins, TravelQuery { 3, UNREACHABLE }, 2 );
  for ( std::size_t i = 0; i < origins.size(); ++i )
    QVERIFY( std::equal( nearest[i].begin(), nearest[i].end(), all[i].begin() ) );
}

void TestTravelTimes::reversedSearchesMatchForward_data()
{
  QTest::addColumn<unsigned>( "seed" );
  QTest::addColumn<double>( "cutoffSeconds" );
  QTest::addColumn<bool>( "withFerry" );
  QTest::newRow( "all pairs" ) << 21u << UNREACHABLE << false;
  QTest::newRow( "all pairs, ferry" ) << 22u << UNREACHABLE << true;
  QTest::newRow( "cut-off 90 s" ) << 23u << 90.0 << false;
  QTest::newRow( "cut-off 60 s, ferry" ) << 24u << 60.0 << true;
  QTest::newRow( "another network" ) << 25u << UNREACHABLE << false;
}

void TestTravelTimes::reversedSearchesMatchForward()
{
  // Random networks with one-way links both ways round (and a ferry), origins and destinations
  // snapped into the middle of links with walked access legs, several on one link: the
  // backward searches from each destination must give every origin the pairs, seconds and
  // metres that a forward search from that origin gives.
  QFETCH( unsigned, seed );
  QFETCH( double, cutoffSeconds );
  QFETCH( bool, withFerry );
  std::mt19937 random( seed );
  std::vector<RoadLink> links = randomNetwork( random, 120, 260 );
  if ( withFerry )
    links.push_back( ferry( { { 0, 0 }, { 1000, 1000 } }, 0.5 ) );
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  std::uniform_real_distribution<double> coordinate( 0, 1000 );
  std::vector<NetworkEndpoint> origins;
  std::vector<NetworkEndpoint> destinations;
  for ( int i = 0; i < 70; ++i )
    origins.push_back( endpointAt( locator, { coordinate( random ), coordinate( random ) } ) );
  for ( int i = 0; i < 20; ++i )
    destinations.push_back( endpointAt( locator, { coordinate( random ), coordinate( random ) } ) );
  // Some share a link (travel along it directly), one sits exactly on a node, one is not on the network.
  origins.push_back( destinations[3] );
  origins[5].location.along = 0;
  origins[6] = NetworkEndpoint();
  destinations.push_back( origins[7] );

  const TravelQuery query { 0, cutoffSeconds };
  const auto expected = forwardRows( graph, origins, destinations, query );
  const TravelTimeEngine engine( graph, destinations );
  const auto reversed = engine.manyToManyReversed( origins, query, 2 );
  QCOMPARE( reversed.size(), origins.size() );
  std::size_t pairs = 0;
  for ( std::size_t o = 0; o < origins.size(); ++o )
  {
    const std::vector<Reach> want = byDestination( expected[o] );
    const std::vector<Reach> got = byDestination( reversed[o] );
    QCOMPARE( got.size(), want.size() );
    for ( std::size_t k = 0; k < want.size(); ++k )
    {
      QCOMPARE( got[k].destination, want[k].destination );
      // The same legs added in the other order: equal but for the last bits.
      QVERIFY2( std::abs( got[k].seconds - want[k].seconds ) <= 1e-12 * std::max( 1.0, want[k].seconds ), qPrintable( QStringLiteral( "origin %1 destination %2: %3 vs %4" ).arg( o ).arg( want[k].destination ).arg( got[k].seconds, 0, 'g', 17 ).arg( want[k].seconds, 0, 'g', 17 ) ) );
      QVERIFY( std::abs( got[k].metres - want[k].metres ) <= 1e-9 * std::max( 1.0, want[k].metres ) );
    }
    pairs += want.size();
  }
  QVERIFY2( pairs > 50, qPrintable( QStringLiteral( "%1 pairs" ).arg( pairs ) ) );
  // What manyToMany does with more origins than destinations, whatever the threads.
  QVERIFY( engine.manyToMany( origins, query, 1 ) == reversed );
  QVERIFY( engine.manyToMany( origins, query, 3 ) == reversed );
}

void TestTravelTimes::reversedSearchesTieExactlyOnALattice()
{
  // A 6 x 6 lattice of 100 m links at 10 m/s (10 s each, exact in binary), every third one-way,
  // so many paths tie; origins on the horizontal links and destinations on the vertical ones,
  // 25, 50 or 75 m along, with 2 m access legs (2 s at 1 m/s). With exact sums the reversed searches must reproduce the forward rows
  // exactly: the same seconds, metres and order of ties.
  //
  //   30--31--32--33--34--35
  //   |   |   |   |   |   |
  //   ... (rows 1 to 4)
  //   |   |   |   |   |   |
  //   0 -- 1 --2 --3 --4 --5
  std::vector<RoadLink> links;
  int count = 0;
  for ( int j = 0; j < 6; ++j )
  {
    for ( int i = 0; i < 6; ++i )
    {
      const Point a { 100.0 * i, 100.0 * j };
      if ( i + 1 < 6 )
        links.push_back( road( { a, { a.x + 100, a.y } }, ++count % 3 == 0 ? LinkDirection::Forward : LinkDirection::Both ) );
      if ( j + 1 < 6 )
        links.push_back( road( { a, { a.x, a.y + 100 } }, ++count % 3 == 0 ? LinkDirection::Backward : LinkDirection::Both ) );
    }
  }
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  std::vector<NetworkEndpoint> origins;
  std::vector<NetworkEndpoint> destinations;
  for ( int k = 0; k < 30; ++k )
    origins.push_back( endpointAt( locator, { 100.0 * ( k % 5 ) + 25.0 * ( 1 + k % 3 ), 100.0 * ( k % 6 ) + 2 } ) );
  for ( int k = 0; k < 9; ++k )
    destinations.push_back( endpointAt( locator, { 100.0 * ( k % 6 ) + 2, 100.0 * ( k % 5 ) + 25.0 * ( 1 + k % 3 ) } ) );

  const auto expected = forwardRows( graph, origins, destinations, TravelQuery() );
  const TravelTimeEngine engine( graph, destinations );
  const auto reversed = engine.manyToMany( origins, TravelQuery(), 2 );
  QCOMPARE( reversed.size(), origins.size() );
  std::size_t ties = 0;
  for ( std::size_t o = 0; o < origins.size(); ++o )
  {
    QVERIFY2( reversed[o] == expected[o], qPrintable( QStringLiteral( "origin %1" ).arg( o ) ) );
    for ( std::size_t k = 1; k < expected[o].size(); ++k )
      ties += expected[o][k].seconds == expected[o][k - 1].seconds ? 1 : 0;
  }
  QVERIFY( ties > 0 );
}

void TestTravelTimes::reversedSearchesRankAlikeOnABenchmarkGrid()
{
  // The benchmark's kind of grid, small: 100 m links at 32, 48, 64 or 96 km/h (11.25, 7.5, 5.625
  // or 3.75 s, none exact in binary), 10 % one-way. Many paths tie in exact arithmetic and
  // differ in the last bits only, differently forward and backward: the minutes must agree to
  // those bits and every origin must rank its destinations alike. (km are not compared: of paths
  // equally fast but for the last bits, either may be taken, forward as backward.)
  std::mt19937 random( 31 );
  const double speeds[] = { 32, 48, 64, 96 };
  std::vector<RoadLink> links;
  const int size = 30;
  for ( int j = 0; j < size; ++j )
  {
    for ( int i = 0; i < size; ++i )
    {
      const Point a { 100.0 * i, 100.0 * j };
      for ( const Point &b : { Point { a.x + 100, a.y }, Point { a.x, a.y + 100 } } )
      {
        if ( b.x >= 100.0 * size || b.y >= 100.0 * size )
          continue;
        const double kmh = speeds[random() % 4];
        links.push_back( road( { a, b }, random() % 10 == 0 ? LinkDirection::Forward : LinkDirection::Both, kmh ) );
      }
    }
  }
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  std::uniform_int_distribution<int> cell( 0, size - 1 );
  std::vector<NetworkEndpoint> origins;
  std::vector<NetworkEndpoint> destinations;
  for ( int k = 0; k < 90; ++k )
    origins.push_back( endpointAt( locator, { 100.0 * cell( random ), 100.0 * cell( random ) } ) );
  for ( int k = 0; k < 30; ++k )
    destinations.push_back( endpointAt( locator, { 100.0 * cell( random ), 100.0 * cell( random ) } ) );

  const auto expected = forwardRows( graph, origins, destinations, TravelQuery() );
  const TravelTimeEngine engine( graph, destinations );
  const auto reversed = engine.manyToMany( origins, TravelQuery(), 2 );
  for ( std::size_t o = 0; o < origins.size(); ++o )
  {
    QCOMPARE( reversed[o].size(), expected[o].size() );
    for ( std::size_t k = 0; k < expected[o].size(); ++k )
    {
      QCOMPARE( reversed[o][k].destination, expected[o][k].destination );
      QVERIFY( std::abs( reversed[o][k].seconds - expected[o][k].seconds ) <= 1e-12 * std::max( 1.0, expected[o][k].seconds ) );
    }
  }
}

void TestTravelTimes::cancellationReturnsNothing()
{
  std::mt19937 random( 5 );
  const RoadGraph graph = buildRoadGraph( randomNetwork( random, 100, 200 ), GraphBuildOptions() );
  const NetworkLocator locator( graph );
  std::vector<NetworkEndpoint> points( 50, endpointAt( locator, { 500, 500 } ) );
  const TravelTimeEngine engine( graph, points );
  const auto results = engine.manyToMany( points, TravelQuery(), 2, []()
                                          { return true; } );
  QVERIFY( results.empty() );
}

void TestTravelTimes::graphSurvivesTheCache()
{
  std::mt19937 random( 9 );
  std::vector<RoadLink> links = randomNetwork( random, 80, 150 );
  links.push_back( road( { { 0, 0 } } ) ); // skipped: remembered too
  links.push_back( ferry( { { 0, 0 }, { 500, 500 } }, 12 ) );
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const std::string bytes = serializeRoadGraph( graph );
  const std::optional<RoadGraph> back = deserializeRoadGraph( bytes );
  QVERIFY( back.has_value() );
  QVERIFY( back->nodePosition.size() == graph.nodePosition.size() );
  QVERIFY( back->firstOut == graph.firstOut && back->head == graph.head && back->weight == graph.weight );
  QVERIFY( back->edgeLink == graph.edgeLink && back->edgeReversed == graph.edgeReversed );
  QVERIFY( back->linkFrom == graph.linkFrom && back->linkTo == graph.linkTo && back->linkLength == graph.linkLength );
  QVERIFY( back->linkForwardCost == graph.linkForwardCost && back->linkBackwardCost == graph.linkBackwardCost );
  QVERIFY( back->linkInput == graph.linkInput && back->linkIsFerry == graph.linkIsFerry && back->linkFirstVertex == graph.linkFirstVertex );
  QVERIFY( back->nodeComponent == graph.nodeComponent );
  QCOMPARE( back->componentCount, graph.componentCount );
  QCOMPARE( back->skippedLinks.size(), std::size_t( 1 ) );
  QCOMPARE( back->skippedLinks[0].input, links.size() - 2 );
  // Travel times are the same on the copy.
  const std::vector<Point> points { { 10, 10 }, { 500, 500 }, { 900, 100 } };
  QVERIFY( secondsMatrix( graph, points, points ) == secondsMatrix( *back, points, points ) );
  // Damaged bytes are refused, not read.
  QVERIFY( !deserializeRoadGraph( bytes.substr( 0, bytes.size() - 3 ) ).has_value() );
  QVERIFY( !deserializeRoadGraph( "PGRG" ).has_value() );
  std::string wrongHead = bytes;
  wrongHead[0] = 'X';
  QVERIFY( !deserializeRoadGraph( wrongHead ).has_value() );
}

void TestTravelTimes::reachablePartsStopWhereTimeRunsOut()
{
  /*
   *  A(0,0) ======== 1000 m ======== B(1000,0) ---->---- C(1500,0)    10 m/s; B -> C one-way
   *                 S (400,0)
   *  From S within 30 s: 300 m each way along A-B: 100..700. Within 70 s: A-B whole (S->B 60 s),
   *  then 10 s = 100 m of B-C: 0..100; C -> B is not travelled.
   */
  const RoadGraph graph = buildRoadGraph( { road( { { 0, 0 }, { 1000, 0 } } ), road( { { 1000, 0 }, { 1500, 0 } }, LinkDirection::Forward ) }, GraphBuildOptions() );
  const NetworkLocator locator( graph );
  const NetworkEndpoint service = endpointAt( locator, { 400, 0 } );
  DijkstraSearch search( graph );
  const std::vector<NodeId> settled = searchWithin( graph, search, service, 70 );
  QCOMPARE( settled.size(), std::size_t( 2 ) ); // A at 40 s, B at 60 s; C (110 s) is not
  const auto within30 = reachableParts( graph, search, settled, service, 30 );
  QCOMPARE( reachedLength( within30 ), 600.0 );
  const auto within70 = reachableParts( graph, search, settled, service, 70 );
  QCOMPARE( reachedLength( within70 ), 1100.0 );
  bool sawOneWay = false;
  for ( const RoutePiece &part : within70 )
  {
    if ( part.link == 1 )
    {
      sawOneWay = true;
      QCOMPARE( part.fromAlong, 0.0 );
      QCOMPARE( part.toAlong, 100.0 );
    }
  }
  QVERIFY( sawOneWay );
  // An unusable origin reaches nothing.
  QVERIFY( reachableParts( graph, search, {}, NetworkEndpoint(), 70 ).empty() );
}

void TestTravelTimes::floatingCatchmentWorkedExample()
{
  /*
   * Two neighbourhoods (demand) and two nurseries (supply), travel times in minutes:
   *            j1 (10 places)  j2 (6 places)
   *   i1 (100)       5              20
   *   i2 (200)      15               8
   *
   * 2SFCA, t0 = 16 min: j1 reaches i1 and i2: R1 = 10 / 300 = 0.033333;
   *   j2 reaches i2 only: R2 = 6 / 200 = 0.03.
   *   A1 = R1 = 0.033333; A2 = R1 + R2 = 0.063333.
   * E2SFCA, steps 0-5 min: 1, 5-10: 0.5, 10-16: 0.1:
   *   j1: 100 x 1 + 200 x 0.1 = 120, R1 = 10/120 = 0.083333; j2: 200 x 0.5 = 100, R2 = 0.06.
   *   A1 = R1 x 1 = 0.083333; A2 = R1 x 0.1 + R2 x 0.5 = 0.0083333 + 0.03 = 0.0383333.
   * Gaussian, t0 = 10 min: W(5) = (e^-0.125 - e^-0.5) / (1 - e^-0.5) = 0.701367,
   *   W(8) = (e^-0.32 - e^-0.5) / (1 - e^-0.5) = 0.304009 (15 and 20 are beyond t0).
   *   R1 = 10 / (100 x 0.701367) = 0.142579; R2 = 6 / (200 x 0.304009) = 0.098681;
   *   A1 = R1 x 0.701367 = 0.1; A2 = R2 x 0.304009 = 0.03.
   */
  const std::vector<std::vector<Reach>> reaches {
      { { 0, 5 * 60, 0 }, { 1, 20 * 60, 0 } },
      { { 1, 8 * 60, 0 }, { 0, 15 * 60, 0 } },
  };
  const std::vector<double> demand { 100, 200 };
  const std::vector<double> supply { 10, 6 };

  DistanceDecay none;
  none.catchmentSeconds = 16 * 60;
  const auto classic = floatingCatchment( reaches, demand, supply, none );
  QCOMPARE( classic.supplyRatio[0], 10.0 / 300 );
  QCOMPARE( classic.supplyRatio[1], 0.03 );
  QCOMPARE( classic.accessibility[0], 10.0 / 300 );
  QVERIFY( std::abs( classic.accessibility[1] - 0.0633333333 ) < 1e-9 );
  QCOMPARE( classic.suppliesInReach[0], std::size_t( 1 ) );
  QCOMPARE( classic.suppliesInReach[1], std::size_t( 2 ) );

  DistanceDecay steps;
  steps.kind = DistanceDecay::Kind::Steps;
  steps.catchmentSeconds = 16 * 60;
  steps.steps = { { 5 * 60, 1.0 }, { 10 * 60, 0.5 }, { 16 * 60, 0.1 } };
  const auto enhanced = floatingCatchment( reaches, demand, supply, steps );
  QVERIFY( std::abs( enhanced.supplyRatio[0] - 0.0833333333 ) < 1e-9 );
  QVERIFY( std::abs( enhanced.supplyRatio[1] - 0.06 ) < 1e-12 );
  QVERIFY( std::abs( enhanced.accessibility[0] - 0.0833333333 ) < 1e-9 );
  QVERIFY( std::abs( enhanced.accessibility[1] - 0.0383333333 ) < 1e-9 );

  DistanceDecay gaussian;
  gaussian.kind = DistanceDecay::Kind::Gaussian;
  gaussian.catchmentSeconds = 10 * 60;
  QVERIFY( std::abs( gaussian.weight( 5 * 60 ) - 0.701367 ) < 1e-6 );
  QVERIFY( std::abs( gaussian.weight( 8 * 60 ) - 0.304009 ) < 1e-6 );
  QCOMPARE( gaussian.weight( 0 ), 1.0 );
  QCOMPARE( gaussian.weight( 11 * 60 ), 0.0 );
  const auto smooth = floatingCatchment( reaches, demand, supply, gaussian );
  QVERIFY( std::abs( smooth.supplyRatio[0] - 0.142579 ) < 1e-6 );
  QVERIFY( std::abs( smooth.supplyRatio[1] - 0.098681 ) < 1e-6 );
  QVERIFY( std::abs( smooth.accessibility[0] - 0.1 ) < 1e-12 );
  QVERIFY( std::abs( smooth.accessibility[1] - 0.03 ) < 1e-12 );

  // A supply no demand reaches has no ratio (NaN), and adds nothing.
  const auto lonely = floatingCatchment( { { { 0, 60, 0 } } }, { 50 }, { 10, 4 }, none );
  QVERIFY( std::isnan( lonely.supplyRatio[1] ) );
  QCOMPARE( lonely.accessibility[0], 0.2 );
}

void TestTravelTimes::opportunitiesWithinThresholds()
{
  const std::vector<Reach> reaches { { 2, 100, 0 }, { 0, 300, 0 }, { 1, 900, 0 } };
  QCOMPARE( opportunitiesWithin( reaches, { 60, 300, 1200 }, {} ), ( std::vector<double> { 0, 2, 3 } ) );
  QCOMPARE( opportunitiesWithin( reaches, { 60, 300, 1200 }, { 10, 20, 30 } ), ( std::vector<double> { 0, 40, 60 } ) );
}

QTEST_MAIN( TestTravelTimes )
#include "testtraveltimescore.moc"
