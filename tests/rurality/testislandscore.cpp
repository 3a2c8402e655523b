/***************************************************************************
  testislandscore.cpp - fixed-link parts of a road graph and the search to the nearest target node
 ***************************************************************************/
#include "islands.h"
#include "networklocator.h"
#include "traveltimes.h"

#include <QObject>
#include <QtTest>

#include <cmath>

using namespace placegap;

namespace
{
  constexpr double TEN_METRES_A_SECOND = 36;

  RoadLink road( std::vector<Point> vertices, LinkDirection direction = LinkDirection::Both )
  {
    RoadLink link;
    link.vertices = std::move( vertices );
    link.direction = direction;
    link.speedKmh = TEN_METRES_A_SECOND;
    return link;
  }

  RoadLink ferry( std::vector<Point> vertices, double minutes )
  {
    RoadLink link;
    link.vertices = std::move( vertices );
    link.ferryCrossingMinutes = minutes;
    return link;
  }

  /*
   * Mainland M: (0,0)-(1000,0)-(1000,1000) (2000 m). A bridge to S: (1000,1000)-(1000,1100)
   * and (1000,1100)-(1200,1100): one part with the mainland (2300 m).
   *
   *   mainland (0,0) ~~ ferry 20 min ~~ A (0,-5000)-(300,-5000) (300 m, one-way east)
   *                                      A (300,-5000) ~~ ferry 15 min ~~ B (300,-9000)-(500,-9000) (200 m)
   *   C (5000,5000)-(5100,5000) (100 m): no ferry.
   */
  std::vector<RoadLink> archipelago()
  {
    return {
        road( { { 0, 0 }, { 1000, 0 } } ),
        road( { { 1000, 0 }, { 1000, 1000 } } ),
        road( { { 1000, 1000 }, { 1000, 1100 } } ),
        road( { { 1000, 1100 }, { 1200, 1100 } } ),
        ferry( { { 0, 0 }, { 0, -5000 } }, 20 ),
        road( { { 0, -5000 }, { 300, -5000 } }, LinkDirection::Forward ),
        ferry( { { 300, -5000 }, { 300, -9000 } }, 15 ),
        road( { { 300, -9000 }, { 500, -9000 } } ),
        road( { { 5000, 5000 }, { 5100, 5000 } } ),
    };
  }
} // namespace

class TestIslands : public QObject
{
    Q_OBJECT

  private slots:
    void partsIgnoreFerries();
    void searchUntilTheMainland();
};

void TestIslands::partsIgnoreFerries()
{
  const RoadGraph graph = buildRoadGraph( archipelago(), GraphBuildOptions() );
  const FixedLinkParts parts = fixedLinkParts( graph );
  QCOMPARE( parts.partCount(), std::size_t( 4 ) );
  QCOMPARE( parts.partRoadMetres, std::vector<double>( { 2300, 300, 200, 100 } ) );
  const NetworkLocator locator( graph );
  const auto partAt = [&]( Point p )
  { return parts.nodePart[graph.linkFrom[locator.locate( p ).link]]; };
  QCOMPARE( partAt( { 500, 0 } ), 0u );
  QCOMPARE( partAt( { 1100, 1100 } ), 0u ); // over the bridge
  QCOMPARE( partAt( { 100, -5000 } ), 1u );
  QCOMPARE( partAt( { 400, -9000 } ), 2u );
  QCOMPARE( partAt( { 5050, 5000 } ), 3u );
  // Without ferries the graph's own components agree: ferries join A and B to the mainland.
  QCOMPARE( graph.componentCount, std::size_t( 2 ) );
}

void TestIslands::searchUntilTheMainland()
{
  const RoadGraph graph = buildRoadGraph( archipelago(), GraphBuildOptions() );
  const FixedLinkParts parts = fixedLinkParts( graph );
  const NetworkLocator locator( graph );
  DijkstraSearch search( graph );
  const auto onMainland = [&]( NodeId node )
  { return parts.nodePart[node] == 0; };
  const auto from = [&]( Point p )
  {
    NetworkEndpoint endpoint;
    endpoint.location = locator.locate( p );
    return endpoint;
  };
  // B (400,-9000): 100 m west to (300,-9000) = 10 s, ferry 15 min, then on A the road is one-way
  // east, so (300,-5000) -> (0,-5000) is closed: the mainland is not reachable.
  QCOMPARE( searchUntil( graph, search, from( { 400, -9000 } ), onMainland ), NO_ID );
  // A (100,-5000): 100 m west (against the one-way) is closed; east 200 m to (300,-5000) leads only to B.
  QCOMPARE( searchUntil( graph, search, from( { 100, -5000 } ), onMainland ), NO_ID );

  // Both ways on A: from (100,-5000) 100 m = 10 s to (0,-5000), ferry 20 min = 1200 s: 1210 s.
  std::vector<RoadLink> links = archipelago();
  links[5].direction = LinkDirection::Both;
  const RoadGraph twoWay = buildRoadGraph( links, GraphBuildOptions() );
  const FixedLinkParts twoWayParts = fixedLinkParts( twoWay );
  const NetworkLocator twoWayLocator( twoWay );
  DijkstraSearch twoWaySearch( twoWay );
  NetworkEndpoint a;
  a.location = twoWayLocator.locate( { 100, -5000 } );
  const NodeId landing = searchUntil( twoWay, twoWaySearch, a, [&]( NodeId node )
                                      { return twoWayParts.nodePart[node] == 0; } );
  QVERIFY( landing != NO_ID );
  QCOMPARE( twoWay.nodePosition[landing].x, 0.0 );
  QCOMPARE( twoWay.nodePosition[landing].y, 0.0 );
  QVERIFY( std::fabs( twoWaySearch.seconds( landing ) - 1210 ) < 1e-9 );
  // B: 10 s + 900 s ferry + 300 m (30 s) + 1200 s ferry = 2140 s.
  NetworkEndpoint b;
  b.location = twoWayLocator.locate( { 400, -9000 } );
  const NodeId landingB = searchUntil( twoWay, twoWaySearch, b, [&]( NodeId node )
                                       { return twoWayParts.nodePart[node] == 0; } );
  QVERIFY( landingB != NO_ID );
  QVERIFY( std::fabs( twoWaySearch.seconds( landingB ) - 2140 ) < 1e-9 );
  // C never reaches it.
  NetworkEndpoint c;
  c.location = twoWayLocator.locate( { 5050, 5000 } );
  QCOMPARE( searchUntil( twoWay, twoWaySearch, c, [&]( NodeId node )
                         { return twoWayParts.nodePart[node] == 0; } ),
            NO_ID );
}

QTEST_MAIN( TestIslands )
#include "testislandscore.moc"
