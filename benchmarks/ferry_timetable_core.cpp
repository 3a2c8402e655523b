/***************************************************************************
  ferry_timetable_core.cpp - the cost of timetabled ferries against static ferry links

  The grid of traveltime_core (size x size nodes 100 m apart, speeds 32/48/64/96 km/h, 10 % of
  links one-way), cut by two sea channels into four islands of equal size, joined by `routes`
  ferry routes between random coastal nodes of neighbouring islands (crossings 20-60 minutes,
  both ways), run in the same process two ways:
    static:      each route a ferry link of its crossing plus a fixed wait of half the headway
                 (how QGIS, QNEAT3, ORS, pgRouting and OSRM can model it);
    timetabled:  the same routes as sailings every `headway` minutes from 06:00 to 22:00, leaving
                 at 08:00, with 10 minutes' check-in (PlaceGap's time-dependent search).
  Prints both times and their ratio. Not a test; not run by CI.

    ferry_timetable_core [size=708] [origins=1500] [destinations=500] [routes=40] [headway=60] [threads=0]
 ***************************************************************************/
#include "ferrytimetable.h"
#include "networklocator.h"
#include "roadgraph.h"
#include "traveltimes.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>

using namespace placegap;

namespace
{
  double secondsSince( std::chrono::steady_clock::time_point start )
  {
    return std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
  }

  struct Route
  {
      Point from;
      Point to;
      double minutes;
  };

  struct Totals
  {
      std::size_t pairs = 0;
      double meanMinutes = 0;
  };

  Totals summarize( const std::vector<std::vector<Reach>> &rows )
  {
    Totals totals;
    double sum = 0;
    for ( const auto &row : rows )
    {
      totals.pairs += row.size();
      for ( const Reach &reach : row )
        sum += reach.seconds;
    }
    totals.meanMinutes = totals.pairs ? sum / static_cast<double>( totals.pairs ) / 60.0 : 0;
    return totals;
  }
} // namespace

int main( int argc, char **argv )
{
  const std::size_t size = argc > 1 ? std::strtoul( argv[1], nullptr, 10 ) : 708;
  const std::size_t originCount = argc > 2 ? std::strtoul( argv[2], nullptr, 10 ) : 1500;
  const std::size_t destinationCount = argc > 3 ? std::strtoul( argv[3], nullptr, 10 ) : 500;
  const std::size_t routeCount = argc > 4 ? std::strtoul( argv[4], nullptr, 10 ) : 40;
  const double headwayMinutes = argc > 5 ? std::strtod( argv[5], nullptr ) : 60;
  const unsigned threads = argc > 6 ? static_cast<unsigned>( std::strtoul( argv[6], nullptr, 10 ) ) : 0;

  std::mt19937_64 random( 1 );
  const double speeds[] = { 32, 48, 64, 96 };
  const std::size_t half = size / 2;
  std::vector<RoadLink> roads;
  for ( std::size_t j = 0; j < size; ++j )
  {
    for ( std::size_t i = 0; i < size; ++i )
    {
      const Point a { 300000.0 + 100.0 * static_cast<double>( i ), 700000.0 + 100.0 * static_cast<double>( j ) };
      for ( int step = 0; step < 2; ++step )
      {
        if ( ( step == 0 && ( i + 1 >= size || i + 1 == half ) ) || ( step == 1 && ( j + 1 >= size || j + 1 == half ) ) )
          continue; // the grid's edge, or a sea channel
        const Point b = step == 0 ? Point { a.x + 100, a.y } : Point { a.x, a.y + 100 };
        RoadLink link;
        link.vertices = { a, b };
        link.speedKmh = speeds[random() % 4];
        link.direction = ( random() % 10 == 0 ) ? LinkDirection::Forward : LinkDirection::Both;
        roads.push_back( link );
      }
    }
  }
  // Routes across a channel: from a node on one side of it to the node facing it.
  auto at = [&]( std::size_t i, std::size_t j )
  { return Point { 300000.0 + 100.0 * static_cast<double>( i ), 700000.0 + 100.0 * static_cast<double>( j ) }; };
  std::vector<Route> routes;
  for ( std::size_t r = 0; r < routeCount; ++r )
  {
    const std::size_t along = random() % size;
    const double minutes = 20 + static_cast<double>( random() % 41 );
    if ( r % 2 == 0 )
      routes.push_back( { at( half - 1, along ), at( half, along ), minutes } );
    else
      routes.push_back( { at( along, half - 1 ), at( along, half ), minutes } );
  }

  // Static: ferry links with half the headway as a fixed wait.
  std::vector<RoadLink> withFerries = roads;
  for ( const Route &route : routes )
  {
    RoadLink ferry;
    ferry.vertices = { route.from, route.to };
    ferry.ferryCrossingMinutes = route.minutes;
    withFerries.push_back( ferry );
  }
  GraphBuildOptions staticOptions;
  staticOptions.ferryBoardingWaitMinutes = headwayMinutes / 2;
  auto start = std::chrono::steady_clock::now();
  const RoadGraph staticGraph = buildRoadGraph( withFerries, staticOptions );
  const RoadGraph roadGraph = buildRoadGraph( roads, GraphBuildOptions() );
  std::printf( "graphs: %zu nodes, %zu road links, %zu ferry routes, built in %.2f s\n", roadGraph.nodeCount(), roadGraph.linkCount(), routes.size(), secondsSince( start ) );

  // Timetabled: the same routes as sailings, both ways, 06:00 to 22:00.
  std::map<std::pair<double, double>, NodeId> nodeAt;
  for ( NodeId n = 0; n < roadGraph.nodeCount(); ++n )
    nodeAt[{ roadGraph.nodePosition[n].x, roadGraph.nodePosition[n].y }] = n;
  std::vector<Sailing> sailings;
  for ( const Route &route : routes )
  {
    for ( double depart = 6 * 3600; depart <= 22 * 3600; depart += headwayMinutes * 60 )
    {
      for ( int way = 0; way < 2; ++way )
      {
        Sailing sailing;
        sailing.from = nodeAt.at( way == 0 ? std::make_pair( route.from.x, route.from.y ) : std::make_pair( route.to.x, route.to.y ) );
        sailing.to = nodeAt.at( way == 0 ? std::make_pair( route.to.x, route.to.y ) : std::make_pair( route.from.x, route.from.y ) );
        sailing.departSeconds = depart;
        sailing.crossingSeconds = route.minutes * 60;
        sailing.metres = 100;
        sailings.push_back( sailing );
      }
    }
  }
  const FerryTimetable timetable( sailings, 2, roadGraph.nodeCount(), 600 );
  std::printf( "timetable: %zu sailings on %zu legs\n", timetable.sailingCount(), timetable.legCount() );

  auto endpointsAt = [&]( const NetworkLocator &locator, std::mt19937_64 &draw, std::size_t count )
  {
    std::vector<NetworkEndpoint> endpoints;
    for ( std::size_t k = 0; k < count; ++k )
    {
      const std::size_t node = draw() % ( size * size );
      NetworkEndpoint endpoint;
      endpoint.location = locator.locate( at( node % size, node / size ) );
      endpoints.push_back( endpoint );
    }
    return endpoints;
  };

  // The same sites on both graphs (drawn from the same stream).
  const NetworkLocator staticLocator( staticGraph );
  const NetworkLocator roadLocator( roadGraph );
  std::mt19937_64 drawStatic( 7 ), drawTimed( 7 );
  const auto staticOrigins = endpointsAt( staticLocator, drawStatic, originCount );
  const auto staticDestinations = endpointsAt( staticLocator, drawStatic, destinationCount );
  const auto timedOrigins = endpointsAt( roadLocator, drawTimed, originCount );
  const auto timedDestinations = endpointsAt( roadLocator, drawTimed, destinationCount );

  const TravelTimeEngine staticEngine( staticGraph, staticDestinations );
  start = std::chrono::steady_clock::now();
  const Totals staticTotals = summarize( staticEngine.manyToMany( staticOrigins, TravelQuery(), threads ) );
  const double staticSeconds = secondsSince( start );
  // Forward searches only, as the timetabled run must do: the like-for-like search cost.
  TravelQuery nearestAll;
  nearestAll.nearest = destinationCount;
  start = std::chrono::steady_clock::now();
  summarize( staticEngine.manyToMany( staticOrigins, nearestAll, threads ) );
  const double staticForwardSeconds = secondsSince( start );

  const TravelTimeEngine timedEngine( roadGraph, timedDestinations );
  TravelQuery timed;
  timed.timetable = &timetable;
  timed.departClock = 8 * 3600;
  start = std::chrono::steady_clock::now();
  const Totals timedTotals = summarize( timedEngine.manyToMany( timedOrigins, timed, threads ) );
  const double timedSeconds = secondsSince( start );

  std::printf( "static (fixed wait %.0f min):         %.2f s (%zu pairs, mean %.1f min)\n", headwayMinutes / 2, staticSeconds, staticTotals.pairs, staticTotals.meanMinutes );
  std::printf( "static, forward searches only:         %.2f s\n", staticForwardSeconds );
  std::printf( "timetabled (every %.0f min, 08:00):     %.2f s (%zu pairs, mean %.1f min)\n", headwayMinutes, timedSeconds, timedTotals.pairs, timedTotals.meanMinutes );
  std::printf( "ratio timetabled / static:             %.2f\n", timedSeconds / staticSeconds );
  std::printf( "ratio timetabled / static forward:     %.2f\n", timedSeconds / staticForwardSeconds );
  return 0;
}
