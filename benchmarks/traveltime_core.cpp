/***************************************************************************
  traveltime_core.cpp - the travel time engine alone on a generated grid, for profiling

  The grid of traveltime_benchmark.py (size x size nodes 100 m apart, speeds 32/48/64/96 km/h,
  10 % of links one-way), built straight into the core without QGIS, with origins and
  destinations on random nodes. Prints the time of each phase. Not a test; not run by CI.

    traveltime_core [size=708 | roadlike.csv] [origins=1500] [destinations=500] [threads=0] [check=0] [prepared=0] [witness=100]

  Given a CSV of roadlike_network.py instead of a size, the links are read from it (speed, dir and
  ferry_minutes columns) and the sites put on random nodes of the built graph.

  check > 0 compares that many origins' rows against a plain forward Dijkstra per origin.
  prepared = 1 also contracts the graph (a contraction hierarchy), answers again over it and
  compares every row with the plain answer; witness is the contraction's witness search limit
  (nodes settled). It prints the stored hierarchy's size and hash: a change to the contraction
  meant to leave its result alone must leave them alone.
 ***************************************************************************/
#include "contractionhierarchy.h"
#include "dijkstra.h"
#include "fnv1a.h"
#include "networklocator.h"
#include "roadgraph.h"
#include "traveltimes.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace placegap;

namespace
{
  //! The size and FNV-1a hash of bytes.
  std::string bytesDigest( const std::string &bytes )
  {
    char text[64];
    std::snprintf( text, sizeof text, "%zu bytes, FNV-1a %016llx", bytes.size(), static_cast<unsigned long long>( fnv1a( bytes.data(), bytes.size() ) ) );
    return text;
  }

  double secondsSince( std::chrono::steady_clock::time_point start )
  {
    return std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
  }
  //! The links of a roadlike_network.py CSV: wkt, function, speed, dir, ferry_minutes, seconds.
  std::vector<RoadLink> readRoadlike( const char *path )
  {
    std::vector<RoadLink> links;
    std::ifstream in( path );
    std::string line;
    std::getline( in, line );
    while ( std::getline( in, line ) )
    {
      const std::size_t open = line.find( '(' );
      const std::size_t close = line.find( ')' );
      RoadLink link;
      std::stringstream coordinates( line.substr( open + 1, close - open - 1 ) );
      std::string pair;
      while ( std::getline( coordinates, pair, ',' ) )
      {
        Point p;
        std::stringstream( pair ) >> p.x >> p.y;
        link.vertices.push_back( p );
      }
      std::stringstream rest( line.substr( close + 3 ) ); // past ")",
      std::string function, speed, dir, ferry;
      std::getline( rest, function, ',' );
      std::getline( rest, speed, ',' );
      std::getline( rest, dir, ',' );
      std::getline( rest, ferry, ',' );
      link.speedKmh = std::strtod( speed.c_str(), nullptr );
      link.direction = dir == "FWD" ? LinkDirection::Forward : LinkDirection::Both;
      if ( !ferry.empty() )
        link.ferryCrossingMinutes = std::strtod( ferry.c_str(), nullptr );
      links.push_back( std::move( link ) );
    }
    return links;
  }
} // namespace

int main( int argc, char **argv )
{
  const std::string file = argc > 1 && std::string( argv[1] ).find( ".csv" ) != std::string::npos ? argv[1] : "";
  const std::size_t size = argc > 1 && file.empty() ? std::strtoul( argv[1], nullptr, 10 ) : 708;
  const std::size_t originCount = argc > 2 ? std::strtoul( argv[2], nullptr, 10 ) : 1500;
  const std::size_t destinationCount = argc > 3 ? std::strtoul( argv[3], nullptr, 10 ) : 500;
  const unsigned threads = argc > 4 ? static_cast<unsigned>( std::strtoul( argv[4], nullptr, 10 ) ) : 0;
  const std::size_t check = argc > 5 ? std::strtoul( argv[5], nullptr, 10 ) : 0;
  const bool prepared = argc > 6 && std::strtoul( argv[6], nullptr, 10 ) > 0;
  const std::size_t witnessLimit = argc > 7 ? std::strtoul( argv[7], nullptr, 10 ) : ContractionHierarchy::BuildOptions().witnessSettleLimit;

  std::mt19937_64 random( 1 );
  const double speeds[] = { 32, 48, 64, 96 };
  std::vector<RoadLink> links = file.empty() ? std::vector<RoadLink>() : readRoadlike( file.c_str() );
  for ( std::size_t j = 0; j < ( file.empty() ? size : 0 ); ++j )
  {
    for ( std::size_t i = 0; i < size; ++i )
    {
      const Point a { 300000.0 + 100.0 * static_cast<double>( i ), 700000.0 + 100.0 * static_cast<double>( j ) };
      for ( int step = 0; step < 2; ++step )
      {
        if ( ( step == 0 && i + 1 >= size ) || ( step == 1 && j + 1 >= size ) )
          continue;
        const Point b = step == 0 ? Point { a.x + 100, a.y } : Point { a.x, a.y + 100 };
        RoadLink link;
        link.vertices = { a, b };
        link.speedKmh = speeds[random() % 4];
        link.direction = ( random() % 10 == 0 ) ? LinkDirection::Forward : LinkDirection::Both;
        links.push_back( link );
      }
    }
  }
  auto start = std::chrono::steady_clock::now();
  const RoadGraph graph = buildRoadGraph( links, GraphBuildOptions() );
  std::printf( "graph: %zu nodes, %zu links, %zu edges, built in %.2f s\n", graph.nodeCount(), graph.linkCount(), graph.edgeCount(), secondsSince( start ) );

  const NetworkLocator locator( graph );
  auto endpointsAt = [&]( std::size_t count )
  {
    std::vector<NetworkEndpoint> endpoints;
    for ( std::size_t k = 0; k < count; ++k )
    {
      NetworkEndpoint endpoint;
      if ( file.empty() )
      {
        const std::size_t node = random() % ( size * size );
        endpoint.location = locator.locate( { 300000.0 + 100.0 * static_cast<double>( node % size ), 700000.0 + 100.0 * static_cast<double>( node / size ) } );
      }
      else
      {
        endpoint.location = locator.locate( graph.nodePosition[random() % graph.nodeCount()] );
      }
      endpoints.push_back( endpoint );
    }
    return endpoints;
  };
  const std::vector<NetworkEndpoint> origins = endpointsAt( originCount );
  const std::vector<NetworkEndpoint> destinations = endpointsAt( destinationCount );

  start = std::chrono::steady_clock::now();
  const TravelTimeEngine engine( graph, destinations );
  std::printf( "engine: %.2f s\n", secondsSince( start ) );
  start = std::chrono::steady_clock::now();
  const auto results = engine.manyToMany( origins, TravelQuery(), threads );
  const double searchSeconds = secondsSince( start );
  std::size_t pairs = 0;
  double total = 0;
  for ( const auto &row : results )
  {
    pairs += row.size();
    for ( const Reach &reach : row )
      total += reach.seconds;
  }
  std::printf( "manyToMany: %zu x %zu, %zu pairs reached, sum %.6f s, in %.2f s\n", originCount, destinationCount, pairs, total, searchSeconds );

  if ( prepared )
  {
    start = std::chrono::steady_clock::now();
    std::string whyNot;
    ContractionHierarchy::BuildOptions buildOptions;
    buildOptions.threads = threads;
    buildOptions.witnessSettleLimit = witnessLimit;
    const auto hierarchy = ContractionHierarchy::build( graph, buildOptions, &whyNot );
    if ( !hierarchy )
    {
      std::printf( "prepared: none after %.2f s (%s)\n", secondsSince( start ), whyNot.c_str() );
      return 0;
    }
    std::printf( "prepared: %zu shortcuts in %.2f s\n", hierarchy->shortcutCount(), secondsSince( start ) );
    // A change to the contraction that should not change its result can be checked by this.
    std::printf( "hierarchy: %s\n", bytesDigest( hierarchy->toBytes() ).c_str() );
    start = std::chrono::steady_clock::now();
    const auto answers = engine.manyToManyPrepared( *hierarchy, origins, TravelQuery(), threads );
    std::printf( "prepared manyToMany: %.3f s\n", secondsSince( start ) );
    std::size_t differ = 0;
    double worstSeconds = 0;
    double worstMetres = 0;
    for ( std::size_t o = 0; o < origins.size(); ++o )
    {
      if ( answers[o].size() != results[o].size() )
        ++differ;
      for ( std::size_t k = 0; k < std::min( answers[o].size(), results[o].size() ); ++k )
      {
        differ += answers[o][k].destination != results[o][k].destination ? 1 : 0;
        worstSeconds = std::max( worstSeconds, std::abs( answers[o][k].seconds - results[o][k].seconds ) );
        worstMetres = std::max( worstMetres, std::abs( answers[o][k].metres - results[o][k].metres ) );
      }
    }
    std::printf( "prepared against plain: %zu differ, largest difference %.3g s, %.3g m\n", differ, worstSeconds, worstMetres );
  }

  if ( check > 0 )
  {
    // The reference: one plain forward search per origin, nothing shared.
    double worst = 0;
    std::size_t differ = 0;
    for ( std::size_t o = 0; o < std::min( check, origins.size() ); ++o )
    {
      const TravelTimeEngine single( graph, destinations );
      DijkstraSearch search( graph );
      const auto expected = single.fromOrigin( search, origins[o], TravelQuery() );
      if ( expected.size() != results[o].size() )
        ++differ;
      for ( std::size_t k = 0; k < std::min( expected.size(), results[o].size() ); ++k )
      {
        if ( expected[k].destination != results[o][k].destination )
          ++differ;
        worst = std::max( worst, std::abs( expected[k].seconds - results[o][k].seconds ) );
      }
    }
    std::printf( "check: %zu rows differ, largest difference %.3g s\n", differ, worst );
  }
  return 0;
}
