/***************************************************************************
  testcontractionhierarchy.cpp - the prepared graph answers as the plain searches do
 ***************************************************************************/
#include "contractionhierarchy.h"
#include "coretestroads.h"
#include "networklocator.h"
#include "roadgraph.h"
#include "traveltimes.h"

#include <QObject>
#include <QtTest>

#include <chrono>
#include <cstring>
#include <map>
#include <queue>
#include <random>
#include <stdexcept>
#include <thread>

using namespace placegap;
using coretest::road;

namespace
{
  std::vector<NetworkEndpoint> endpointsAt( const RoadGraph &graph, const std::vector<Point> &points )
  {
    const NetworkLocator locator( graph );
    std::vector<NetworkEndpoint> endpoints;
    for ( const Point &p : points )
    {
      NetworkEndpoint endpoint;
      endpoint.location = locator.locate( p );
      endpoint.accessMetres = endpoint.location.snapDistance;
      endpoint.accessSeconds = endpoint.location.snapDistance / 1.3;
      endpoints.push_back( endpoint );
    }
    return endpoints;
  }

  ContractionHierarchy prepared( const RoadGraph &graph )
  {
    std::string whyNot;
    std::optional<ContractionHierarchy> hierarchy = ContractionHierarchy::build( graph, ContractionHierarchy::BuildOptions(), &whyNot );
    if ( !hierarchy )
      qFatal( "no hierarchy: %s", whyNot.c_str() );
    return std::move( *hierarchy );
  }

  //! Rows from the plain searches, forward (one per origin) and reversed (one per destination), and from the hierarchy.
  struct Answers
  {
      std::vector<std::vector<Reach>> forward;
      std::vector<std::vector<Reach>> reversed;
      std::vector<std::vector<Reach>> prepared;
  };

  Answers answer( const RoadGraph &graph, const ContractionHierarchy &hierarchy, const std::vector<NetworkEndpoint> &origins, const std::vector<NetworkEndpoint> &destinations, const TravelQuery &query )
  {
    const TravelTimeEngine engine( graph, destinations );
    Answers answers;
    DijkstraSearch search( graph );
    for ( const NetworkEndpoint &origin : origins )
      answers.forward.push_back( engine.fromOrigin( search, origin, query ) );
    if ( query.nearest == 0 )
      answers.reversed = engine.manyToManyReversed( origins, query, 2 );
    answers.prepared = engine.manyToManyPrepared( hierarchy, origins, query, 2 );
    return answers;
  }

  //! Same destinations in the same order, seconds and metres to the bit.
  bool sameRows( const std::vector<std::vector<Reach>> &a, const std::vector<std::vector<Reach>> &b, QString *difference )
  {
    if ( a.size() != b.size() )
    {
      *difference = QStringLiteral( "%1 rows against %2" ).arg( a.size() ).arg( b.size() );
      return false;
    }
    for ( std::size_t o = 0; o < a.size(); ++o )
    {
      if ( a[o].size() != b[o].size() )
      {
        *difference = QStringLiteral( "origin %1: %2 destinations against %3" ).arg( o ).arg( a[o].size() ).arg( b[o].size() );
        return false;
      }
      for ( std::size_t k = 0; k < a[o].size(); ++k )
      {
        if ( !( a[o][k] == b[o][k] ) )
        {
          *difference = QStringLiteral( "origin %1, rank %2: destination %3 %4 s %5 m against destination %6 %7 s %8 m" ).arg( o ).arg( k ).arg( a[o][k].destination ).arg( a[o][k].seconds, 0, 'g', 17 ).arg( a[o][k].metres, 0, 'g', 17 ).arg( b[o][k].destination ).arg( b[o][k].seconds, 0, 'g', 17 ).arg( b[o][k].metres, 0, 'g', 17 );
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A random road network: points on a 3 km square joined to near neighbours, some one-way,
   * bends; speeds 20-110 km/h, or with tieRich each link's speed set so it takes a whole 10,
   * 20 or 30 s: then many routes take equal times over unequal lengths.
   */
  std::vector<RoadLink> randomRoads( std::mt19937 &random, int points, int links, bool tieRich = false )
  {
    std::uniform_real_distribution<double> coordinate( 0, 3000 );
    std::vector<Point> spots;
    for ( int i = 0; i < points; ++i )
      spots.push_back( { std::round( coordinate( random ) ), std::round( coordinate( random ) ) } );
    std::uniform_int_distribution<int> pick( 0, points - 1 );
    std::uniform_int_distribution<int> speed( 20, 110 );
    std::uniform_int_distribution<int> way( 0, 9 );
    std::vector<RoadLink> roads;
    for ( int i = 0; i < links; ++i )
    {
      const Point a = spots[pick( random )];
      // The nearest of a few candidates, so roads are mostly short, as real ones are.
      Point b = spots[pick( random )];
      for ( int k = 0; k < 3; ++k )
      {
        const Point c = spots[pick( random )];
        if ( std::hypot( c.x - a.x, c.y - a.y ) < std::hypot( b.x - a.x, b.y - a.y ) )
          b = c;
      }
      const int w = way( random );
      const LinkDirection direction = w == 0 ? LinkDirection::Forward : ( w == 1 ? LinkDirection::Backward : LinkDirection::Both );
      const Point bend { ( a.x + b.x ) / 2 + ( w - 4.5 ) * 7, ( a.y + b.y ) / 2 };
      const double length = std::hypot( bend.x - a.x, bend.y - a.y ) + std::hypot( b.x - bend.x, b.y - bend.y );
      const double seconds = 10.0 * ( 1 + pick( random ) % 3 );
      roads.push_back( road( { a, bend, b }, direction, tieRich ? 3.6 * length / seconds : speed( random ) ) );
    }
    return roads;
  }

  /**
   * A thinned lattice, side x side crossings 30 m apart, each link to the next crossing east or
   * north kept with probability 0.6, each taking a whole 10, 20 or 30 s: sparse as rural roads
   * are (a full grid is refused as grid-like), and rich in ties.
   */
  std::vector<RoadLink> thinnedLattice( std::mt19937 &random, int side )
  {
    std::bernoulli_distribution keep( 0.6 );
    std::uniform_int_distribution<int> tens( 1, 3 );
    std::vector<RoadLink> roads;
    for ( int i = 0; i < side; ++i )
    {
      for ( int j = 0; j < side; ++j )
      {
        const Point here { 30.0 * i, 30.0 * j };
        for ( const Point next : { Point { 30.0 * ( i + 1 ), 30.0 * j }, Point { 30.0 * i, 30.0 * ( j + 1 ) } } )
        {
          if ( next.x < 30.0 * side && next.y < 30.0 * side && keep( random ) )
            roads.push_back( road( { here, next }, LinkDirection::Both, 3.6 * 30.0 / ( 10.0 * tens( random ) ) ) );
        }
      }
    }
    return roads;
  }

  std::vector<Point> randomPoints( std::mt19937 &random, int count )
  {
    std::uniform_real_distribution<double> coordinate( -50, 3050 );
    std::vector<Point> points;
    for ( int i = 0; i < count; ++i )
      points.push_back( { coordinate( random ), coordinate( random ) } );
    return points;
  }
} // namespace

class TestContractionHierarchy : public QObject
{
    Q_OBJECT

  private slots:
    void handDrawnNetwork();
    void equalTimesTakeTheShorterPath();
    void randomNetworksAgreeToTheBit();
    void nearestAndCutOffAsThePlainSearch();
    void blocksOfOriginsAnswerAsAllAtOnce();
    void upwardSearchesPassOverWhatIsReachedForLessFromAbove();
    void sameHierarchyOnAnyNumberOfThreads();
    void storedHierarchyRoundTrips();
    void damagedOrForeignBytesAreRefused();
    void gridLikeNetworksAreNotPrepared();
    void cancelStopsTheBuild();
};

void TestContractionHierarchy::handDrawnNetwork()
{
  /*
   *   A(0,0) --- B(100,0) --- C(200,0) --- D(300,0)        10 m/s roads; B-C-D one-way east
   *                \                        /
   *                 E(100,-100) ------- F(300,-100)        E-F at 20 m/s
   *
   * Whatever order the nodes are contracted in, the answers are those worked by hand:
   * A -> D: A-B 10 + B-C 10 + C-D 10 = 30 s, 300 m (via E-F: 10 + 10 + 10 + 10 = 40 s, 500 m).
   * D -> A: against the one-way, so D-F 10 + F-E 10 + E-B 10 + B-A 10 = 40 s, 500 m.
   * C -> A: C-B is one-way east, so C-D 10 + D-F 10 + F-E 10 + E-B 10 + B-A 10 = 50 s, 600 m.
   */
  const std::vector<RoadLink> links {
      road( { { 0, 0 }, { 100, 0 } } ),
      road( { { 100, 0 }, { 200, 0 } }, LinkDirection::Forward ),
      road( { { 200, 0 }, { 300, 0 } }, LinkDirection::Forward ),
      road( { { 100, 0 }, { 100, -100 } } ),
      road( { { 100, -100 }, { 300, -100 } }, LinkDirection::Both, 72 ),
      road( { { 300, -100 }, { 300, 0 } } ),
  };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( graph );
  QCOMPARE( hierarchy.nodeCount(), graph.nodeCount() );
  const auto sites = endpointsAt( graph, { { 0, 0 }, { 300, 0 }, { 200, 0 } } );
  const TravelTimeEngine engine( graph, sites );
  const auto rows = engine.manyToManyPrepared( hierarchy, sites, TravelQuery(), 1 );
  auto cost = [&]( std::size_t from, std::uint32_t to ) -> std::pair<double, double>
  {
    for ( const Reach &reach : rows[from] )
    {
      if ( reach.destination == to )
        return { reach.seconds, reach.metres };
    }
    return { UNREACHABLE, UNREACHABLE };
  };
  QCOMPARE( cost( 0, 1 ), std::make_pair( 30.0, 300.0 ) );
  QCOMPARE( cost( 1, 0 ), std::make_pair( 40.0, 500.0 ) );
  QCOMPARE( cost( 2, 0 ), std::make_pair( 50.0, 600.0 ) );
  QCOMPARE( cost( 0, 0 ), std::make_pair( 0.0, 0.0 ) );
}

void TestContractionHierarchy::equalTimesTakeTheShorterPath()
{
  /*
   *   A(0,0) ------ B(100,0) ------ C(200,0)     top: 1 m/s, 2 x 100 m = 200 s over 200 m
   *     |                              |
   *   (0,-50) -- D(100,-50) -- (200,-50)          bottom: 1.5 m/s, 2 x 150 m = 200 s over 300 m
   *
   * Equal times: the shorter path (top, 200 m) wins, in the hierarchy as in the plain search.
   */
  const std::vector<RoadLink> links {
      road( { { 0, 0 }, { 100, 0 } }, LinkDirection::Both, 3.6 ),
      road( { { 100, 0 }, { 200, 0 } }, LinkDirection::Both, 3.6 ),
      road( { { 0, 0 }, { 0, -50 }, { 100, -50 } }, LinkDirection::Both, 5.4 ),
      road( { { 100, -50 }, { 200, -50 }, { 200, 0 } }, LinkDirection::Both, 5.4 ),
  };
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( graph );
  const auto sites = endpointsAt( graph, { { 0, 0 }, { 200, 0 } } );
  const Answers answers = answer( graph, hierarchy, { sites[0] }, { sites[1] }, TravelQuery() );
  QCOMPARE( answers.prepared[0].size(), std::size_t( 1 ) );
  QCOMPARE( answers.prepared[0][0].seconds, 200.0 );
  QCOMPARE( answers.prepared[0][0].metres, 200.0 );
  QString difference;
  QVERIFY2( sameRows( answers.forward, answers.prepared, &difference ), qPrintable( difference ) );
}

void TestContractionHierarchy::randomNetworksAgreeToTheBit()
{
  // Sites anywhere (mid-link, off the network, on one-way links); seconds and metres on the
  // exact grid, so the hierarchy's sums equal the plain searches' to the bit. Odd rounds are
  // rich in ties of time, which must be broken alike (the shorter path).
  std::mt19937 random( 1847 );
  for ( int round = 0; round < 8; ++round )
  {
    const RoadGraph graph = buildRoadGraph( randomRoads( random, 160 + 40 * round, 320 + 60 * round, round % 2 == 1 ), GraphBuildOptions() );
    const ContractionHierarchy hierarchy = prepared( graph );
    const auto origins = endpointsAt( graph, randomPoints( random, 25 ) );
    const auto destinations = endpointsAt( graph, randomPoints( random, 15 ) );
    const Answers answers = answer( graph, hierarchy, origins, destinations, TravelQuery() );
    std::size_t pairs = 0;
    for ( const auto &row : answers.forward )
      pairs += row.size();
    QVERIFY2( pairs > 100, qPrintable( QStringLiteral( "round %1: only %2 pairs reached" ).arg( round ).arg( pairs ) ) );
    QString difference;
    QVERIFY2( sameRows( answers.forward, answers.prepared, &difference ), qPrintable( QStringLiteral( "round %1 forward: %2" ).arg( round ).arg( difference ) ) );
    QVERIFY2( sameRows( answers.reversed, answers.prepared, &difference ), qPrintable( QStringLiteral( "round %1 reversed: %2" ).arg( round ).arg( difference ) ) );
  }
}

void TestContractionHierarchy::nearestAndCutOffAsThePlainSearch()
{
  // The prepared search stops an origin's upward search early under a cut-off or k nearest; the
  // answers must still be the plain search's, for k = 1 (the nearest school), a few, over 64
  // (no early stop) and with a cut-off as well.
  std::mt19937 random( 77 );
  const RoadGraph graph = buildRoadGraph( randomRoads( random, 200, 420, true ), GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( graph );
  const auto origins = endpointsAt( graph, randomPoints( random, 40 ) );
  const auto destinations = endpointsAt( graph, randomPoints( random, 80 ) );
  std::vector<TravelQuery> queries( 5 );
  queries[0].nearest = 1;
  queries[1].nearest = 3;
  queries[2].nearest = 70;
  queries[3].cutoffSeconds = 150;
  queries[4].nearest = 2;
  queries[4].cutoffSeconds = 100;
  for ( const TravelQuery &query : queries )
  {
    const Answers answers = answer( graph, hierarchy, origins, destinations, query );
    QString difference;
    QVERIFY2( sameRows( answers.forward, answers.prepared, &difference ), qPrintable( QStringLiteral( "nearest %1, cut-off %2: %3" ).arg( query.nearest ).arg( query.cutoffSeconds ).arg( difference ) ) );
    std::size_t reached = 0;
    for ( const auto &row : answers.prepared )
    {
      reached += row.size();
      QVERIFY( query.nearest == 0 || row.size() <= query.nearest );
      for ( const Reach &reach : row )
        QVERIFY( reach.seconds <= query.cutoffSeconds );
    }
    QVERIFY( reached > origins.size() / 2 );
  }
}

void TestContractionHierarchy::blocksOfOriginsAnswerAsAllAtOnce()
{
  // A matrix written as it is searched: origins handed over a block at a time, the rows' memory
  // reused from block to block. Joined up, the blocks must be the plain search's rows, for any
  // block size (1, one that leaves a short last block, more than all), thread count and query,
  // an origin off the network included; a receiver that says stop stops the search.
  std::mt19937 random( 4242 );
  const RoadGraph graph = buildRoadGraph( randomRoads( random, 220, 460, true ), GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( graph );
  std::vector<NetworkEndpoint> origins = endpointsAt( graph, randomPoints( random, 23 ) );
  origins.insert( origins.begin() + 5, NetworkEndpoint() );
  const auto destinations = endpointsAt( graph, randomPoints( random, 30 ) );
  const TravelTimeEngine engine( graph, destinations );
  std::vector<TravelQuery> queries( 3 );
  queries[1].nearest = 2;
  queries[2].cutoffSeconds = 120;
  for ( const TravelQuery &query : queries )
  {
    DijkstraSearch search( graph );
    std::vector<std::vector<Reach>> expected;
    for ( const NetworkEndpoint &origin : origins )
      expected.push_back( engine.fromOrigin( search, origin, query ) );
    QVERIFY( expected[5].empty() );
    for ( const std::size_t blockOrigins : { std::size_t( 1 ), std::size_t( 5 ), std::size_t( 24 ), std::size_t( 100 ) } )
    {
      for ( const unsigned threads : { 1u, 2u } )
      {
        std::vector<std::vector<Reach>> joined;
        std::vector<std::size_t> firsts;
        std::size_t lastDone = 0;
        std::size_t largestBlock = 0;
        bool progressInOrder = true;
        const bool complete = engine.manyToManyPreparedInBlocks(
            hierarchy, origins, query, threads, blockOrigins, [&]( std::size_t first, std::vector<std::vector<Reach>> &rows )
            {
            firsts.push_back( first );
            largestBlock = std::max( largestBlock, rows.size() );
            joined.insert( joined.end(), rows.begin(), rows.end() );
            return true; },
            {}, [&]( std::size_t done, std::size_t total )
            {
            progressInOrder = progressInOrder && total == origins.size() && done >= lastDone;
            lastDone = done; } );
        QVERIFY( complete );
        QVERIFY( progressInOrder );
        QCOMPARE( largestBlock, std::min( blockOrigins, origins.size() ) );
        QCOMPARE( lastDone, origins.size() );
        QCOMPARE( firsts.size(), ( origins.size() + blockOrigins - 1 ) / blockOrigins );
        for ( std::size_t b = 0; b < firsts.size(); ++b )
          QCOMPARE( firsts[b], b * blockOrigins );
        QString difference;
        QVERIFY2( sameRows( expected, joined, &difference ), qPrintable( QStringLiteral( "blocks of %1 on %2 thread(s), nearest %3, cut-off %4: %5" ).arg( blockOrigins ).arg( threads ).arg( query.nearest ).arg( query.cutoffSeconds ).arg( difference ) ) );
        // The engine's own gatherer, which takes the first block whole and moves later ones on.
        std::vector<std::vector<Reach>> kept;
        QVERIFY( engine.manyToManyPreparedInBlocks( hierarchy, origins, query, threads, blockOrigins, TravelTimeEngine::keepEveryBlock( kept ) ) );
        QVERIFY2( sameRows( expected, kept, &difference ), qPrintable( QStringLiteral( "kept blocks of %1 on %2 thread(s): %3" ).arg( blockOrigins ).arg( threads ).arg( difference ) ) );
      }
    }
  }

  // The receiver stops after the first block: nothing more is searched or handed over.
  std::size_t calls = 0;
  const bool complete = engine.manyToManyPreparedInBlocks( hierarchy, origins, TravelQuery(), 2, 4, [&]( std::size_t, std::vector<std::vector<Reach>> & )
                                                           {
    ++calls;
    return false; } );
  QVERIFY( !complete );
  QCOMPARE( calls, std::size_t( 1 ) );
  // Canceled before the first block: no rows at all.
  calls = 0;
  QVERIFY( !engine.manyToManyPreparedInBlocks(
      hierarchy, origins, TravelQuery(), 2, 4, [&]( std::size_t, std::vector<std::vector<Reach>> & )
      {
    ++calls;
    return true; },
      []()
      { return true; } ) );
  QCOMPARE( calls, std::size_t( 0 ) );

  // The next block is searched while a block is handed over, into rows of its own: a slow
  // receiver that reads its rows late and then spoils them still gets the plain search's rows.
  std::vector<std::vector<Reach>> expected;
  {
    DijkstraSearch search( graph );
    for ( const NetworkEndpoint &origin : origins )
      expected.push_back( engine.fromOrigin( search, origin, TravelQuery() ) );
  }
  std::vector<std::vector<Reach>> late;
  QVERIFY( engine.manyToManyPreparedInBlocks( hierarchy, origins, TravelQuery(), 2, 3, [&]( std::size_t, std::vector<std::vector<Reach>> &rows )
                                              {
    std::this_thread::sleep_for( std::chrono::milliseconds( 3 ) );
    late.insert( late.end(), rows.begin(), rows.end() );
    for ( std::vector<Reach> &row : rows )
      row.assign( 3, Reach { 9999, -1.0, -1.0 } );
    return true; } ) );
  QString difference;
  QVERIFY2( sameRows( expected, late, &difference ), qPrintable( difference ) );

  // A receiver that throws: the exception comes out and the search's threads are stopped and
  // joined (a thread left running would end the process).
  bool thrown = false;
  try
  {
    engine.manyToManyPreparedInBlocks( hierarchy, origins, TravelQuery(), 2, 3, []( std::size_t first, std::vector<std::vector<Reach>> & ) -> bool
                                       {
      if ( first > 0 )
        throw std::runtime_error( "cannot write" );
      return true; } );
  }
  catch ( const std::runtime_error & )
  {
    thrown = true;
  }
  QVERIFY( thrown );
}

void TestContractionHierarchy::upwardSearchesPassOverWhatIsReachedForLessFromAbove()
{
  // Stall on demand, checked against two searches of the test's own from every tenth node, both
  // ways: a plain Dijkstra over the same upward arcs (no stalling) and the plain search over the
  // whole graph (true costs). A node whose upward cost is its true cost is on a shortest path as
  // reached upward, so it must be settled at that cost; no node is settled below its upward cost;
  // and some nodes are passed over, or the searches settle no fewer nodes than without stalling.
  std::mt19937 random( 9031 );
  const RoadGraph graph = buildRoadGraph( randomRoads( random, 260, 520, true ), GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( graph );
  using Cost = std::pair<double, double>;
  std::size_t settledCount = 0;
  std::size_t upwardCount = 0;
  std::size_t exactCount = 0;
  for ( const bool backward : { false, true } )
  {
    const SearchGraph whole = backward ? SearchGraph::reversed( graph ) : SearchGraph::forward( graph );
    DijkstraSearch plain( whole );
    UpwardSearch search( hierarchy, backward );
    for ( NodeId source = 0; source < graph.nodeCount(); source += 10 )
    {
      plain.reset();
      plain.addSource( source, 0, 0 );
      while ( !plain.finished() )
        plain.settleNext();

      std::map<NodeId, Cost> upward;
      std::priority_queue<std::pair<Cost, NodeId>, std::vector<std::pair<Cost, NodeId>>, std::greater<>> open;
      open.push( { { 0.0, 0.0 }, hierarchy.rankOf( source ) } );
      while ( !open.empty() )
      {
        const auto [cost, node] = open.top();
        open.pop();
        if ( !upward.emplace( node, cost ).second )
          continue;
        const auto *end = backward ? hierarchy.downEnd( node ) : hierarchy.upEnd( node );
        for ( const auto *arc = backward ? hierarchy.downBegin( node ) : hierarchy.upBegin( node ); arc != end; ++arc )
          open.push( { { cost.first + arc->seconds, cost.second + arc->metres }, arc->head } );
      }

      search.reset();
      search.addSource( source, 0, 0 );
      search.run();
      std::map<NodeId, Cost> settled;
      for ( const UpwardSearch::Settled &s : search.settled() )
      {
        QVERIFY( settled.emplace( s.node, Cost { s.seconds, s.metres } ).second );
        QVERIFY( upward.count( s.node ) == 1 );
        QVERIFY( Cost( s.seconds, s.metres ) >= upward[s.node] );
      }
      for ( NodeId node = 0; node < graph.nodeCount(); ++node )
      {
        const auto here = upward.find( hierarchy.rankOf( node ) );
        if ( here == upward.end() || here->second != Cost( plain.seconds( node ), plain.metres( node ) ) )
          continue;
        ++exactCount;
        const auto found = settled.find( here->first );
        QVERIFY2( found != settled.end() && found->second == here->second, qPrintable( QStringLiteral( "%1 search from node %2: node %3, reached upward at its true cost, is not settled at it" ).arg( backward ? "backward" : "forward" ).arg( source ).arg( node ) ) );
      }
      settledCount += settled.size();
      upwardCount += upward.size();
    }
  }
  QVERIFY( exactCount > 100 );
  QVERIFY2( settledCount < upwardCount, qPrintable( QStringLiteral( "%1 settled of %2 reached upward" ).arg( settledCount ).arg( upwardCount ) ) );
  qDebug( "%zu nodes settled of %zu reached upward; %zu at their true cost", settledCount, upwardCount, exactCount );
}

void TestContractionHierarchy::sameHierarchyOnAnyNumberOfThreads()
{
  // Nodes are contracted in rounds, side by side; what a round does must not depend on how it is
  // shared out: one, two and five threads give the same bytes (ranks, arcs, shortcuts). Large
  // enough that every phase of the early rounds is shared out (small phases stay on one thread).
  std::mt19937 random( 4242 );
  const RoadGraph graph = buildRoadGraph( thinnedLattice( random, 110 ), GraphBuildOptions() );
  QVERIFY( graph.nodeCount() > 8192 );
  std::vector<std::string> bytes;
  for ( unsigned threads : { 1u, 2u, 5u } )
  {
    ContractionHierarchy::BuildOptions options;
    options.threads = threads;
    options.smallestSharedNetwork = 0; // shared out, small as it is
    const std::optional<ContractionHierarchy> hierarchy = ContractionHierarchy::build( graph, options );
    QVERIFY( hierarchy );
    QVERIFY( hierarchy->shortcutCount() > 0 );
    bytes.push_back( hierarchy->toBytes() );
  }
  QVERIFY( bytes[0] == bytes[1] );
  QVERIFY( bytes[0] == bytes[2] );
  // By default a network this small is contracted on one thread, to the same bytes.
  ContractionHierarchy::BuildOptions byDefault;
  byDefault.threads = 2;
  const std::optional<ContractionHierarchy> onOneThread = ContractionHierarchy::build( graph, byDefault );
  QVERIFY( onOneThread && onOneThread->toBytes() == bytes[0] );

  // And what two threads built answers as the plain search does, to the bit.
  const std::optional<ContractionHierarchy> hierarchy = ContractionHierarchy::fromBytes( bytes[1] );
  QVERIFY( hierarchy && hierarchy->isFor( graph ) );
  const auto origins = endpointsAt( graph, randomPoints( random, 20 ) );
  const auto destinations = endpointsAt( graph, randomPoints( random, 20 ) );
  const Answers answers = answer( graph, *hierarchy, origins, destinations, TravelQuery() );
  QString difference;
  QVERIFY2( sameRows( answers.forward, answers.prepared, &difference ), qPrintable( difference ) );
}

void TestContractionHierarchy::storedHierarchyRoundTrips()
{
  std::mt19937 random( 5 );
  const RoadGraph graph = buildRoadGraph( randomRoads( random, 150, 300 ), GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( graph );
  const std::optional<ContractionHierarchy> stored = ContractionHierarchy::fromBytes( hierarchy.toBytes() );
  QVERIFY( stored.has_value() );
  QVERIFY( stored->isFor( graph ) );
  QCOMPARE( stored->shortcutCount(), hierarchy.shortcutCount() );
  const auto sites = endpointsAt( graph, randomPoints( random, 12 ) );
  const Answers answers = answer( graph, *stored, sites, sites, TravelQuery() );
  QString difference;
  QVERIFY2( sameRows( answers.forward, answers.prepared, &difference ), qPrintable( difference ) );
}

void TestContractionHierarchy::damagedOrForeignBytesAreRefused()
{
  std::mt19937 random( 6 );
  const RoadGraph graph = buildRoadGraph( randomRoads( random, 100, 200 ), GraphBuildOptions() );
  const std::string bytes = prepared( graph ).toBytes();
  QVERIFY( !ContractionHierarchy::fromBytes( bytes.substr( 0, bytes.size() - 3 ) ) );
  QVERIFY( !ContractionHierarchy::fromBytes( bytes + "x" ) );
  QVERIFY( !ContractionHierarchy::fromBytes( std::string() ) );
  QVERIFY( !ContractionHierarchy::fromBytes( "PGRG and then some bytes that are not a hierarchy" ) );
  std::string wrongMagic = bytes;
  wrongMagic[0] = 'X';
  QVERIFY( !ContractionHierarchy::fromBytes( wrongMagic ) );
  // An arc pointing past the nodes (the last bytes are the last arc's metres; before them its seconds and head).
  std::string badHead = bytes;
  const std::uint32_t far = 0xFFFFFFF0u;
  std::memcpy( &badHead[badHead.size() - sizeof( ContractionHierarchy::Arc )], &far, sizeof far );
  QVERIFY( !ContractionHierarchy::fromBytes( badHead ) );

  // A hierarchy is never taken for another network: one speed changed is another graph.
  std::vector<RoadLink> links = randomRoads( random, 100, 200 );
  const RoadGraph one = buildRoadGraph( links, GraphBuildOptions() );
  links[17].speedKmh += 1;
  const RoadGraph other = buildRoadGraph( links, GraphBuildOptions() );
  const ContractionHierarchy hierarchy = prepared( one );
  QVERIFY( hierarchy.isFor( one ) );
  QVERIFY( !hierarchy.isFor( other ) );
}

void TestContractionHierarchy::gridLikeNetworksAreNotPrepared()
{
  // An 80 x 80 grid of equal roads: contraction densifies the graph left; with a low limit the build gives up and says why.
  std::vector<RoadLink> links;
  for ( int j = 0; j < 80; ++j )
  {
    for ( int i = 0; i < 80; ++i )
    {
      const Point a { 100.0 * i, 100.0 * j };
      if ( i + 1 < 80 )
        links.push_back( road( { a, { a.x + 100, a.y } } ) );
      if ( j + 1 < 80 )
        links.push_back( road( { a, { a.x, a.y + 100 } } ) );
    }
  }
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  ContractionHierarchy::BuildOptions options;
  options.maxCoreDegree = 4.5;
  std::string whyNot;
  QVERIFY( !ContractionHierarchy::build( graph, options, &whyNot ) );
  QVERIFY2( whyNot.find( "too grid-like" ) != std::string::npos, whyNot.c_str() );
  // The same grid is prepared when allowed, and still answers right.
  const ContractionHierarchy hierarchy = prepared( graph );
  const auto sites = endpointsAt( graph, { { 0, 0 }, { 7900, 7900 }, { 1250, 730 } } );
  const Answers answers = answer( graph, hierarchy, sites, sites, TravelQuery() );
  QString difference;
  QVERIFY2( sameRows( answers.forward, answers.prepared, &difference ), qPrintable( difference ) );
  QCOMPARE( answers.prepared[0].back().destination, 1u );
  QCOMPARE( answers.prepared[0].back().seconds, 1580.0 ); // 15,800 m of grid roads at 10 m/s
}

void TestContractionHierarchy::cancelStopsTheBuild()
{
  std::mt19937 random( 8 );
  const RoadGraph graph = buildRoadGraph( randomRoads( random, 100, 200 ), GraphBuildOptions() );
  ContractionHierarchy::BuildOptions options;
  options.canceled = []()
  { return true; };
  QVERIFY( !ContractionHierarchy::build( graph, options ) );
}

QTEST_GUILESS_MAIN( TestContractionHierarchy )
#include "testcontractionhierarchy.moc"
