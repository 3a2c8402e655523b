/***************************************************************************
  costsurface.cpp - travel times to the nearest service over a cost grid and its ferries
 ***************************************************************************/
#include "costsurface.h"

#include <algorithm>

namespace placegap
{
  namespace
  {
    constexpr std::size_t PROGRESS_EVERY = 1 << 16;
  }

  NearestServiceSurface nearestServiceSurface( const CostGrid &grid, const std::vector<NodeId> &serviceCells, const FerryTimetable *staticTimetable, const SearchProgress &progress )
  {
    const std::size_t cells = grid.cellCount();
    NearestServiceSurface surface;
    // Backwards from the services: a crossing is taken the way the traveller sails it.
    surface.mSearch = std::make_unique<DijkstraSearch>( grid, true, true );
    surface.mService = ZeroedArray<std::uint32_t>( cells );
    DijkstraSearch &search = *surface.mSearch;
    search.setTimetable( staticTimetable && !staticTimetable->isEmpty() ? staticTimetable : nullptr, SECONDS_PER_DAY );
    search.reset();
    // The first service of a cell stands for it: later ones are skipped.
    if ( serviceCells.size() >= NearestServiceSurface::FERRY_BIT )
      return NearestServiceSurface();
    for ( std::size_t i = 0; i < serviceCells.size(); ++i )
    {
      const NodeId cell = serviceCells[i];
      if ( cell == NO_ID || cell >= cells || !grid.passable( cell ) || search.reached( cell ) )
        continue;
      surface.mService[cell] = static_cast<std::uint32_t>( i );
      search.addSource( cell, 0, 0 );
    }

    std::size_t passable = 0;
    for ( std::size_t c = 0; c < cells; ++c )
      passable += grid.passable( static_cast<NodeId>( c ) ) ? 1 : 0;
    // Settled in order of time, so a cell's predecessor has its service already.
    while ( !search.finished() )
    {
      const NodeId cell = search.settleNext();
      const NodeId from = search.predecessorCell( cell );
      const std::uint32_t leg = search.predecessorLeg( cell );
      if ( from != NO_ID )
        surface.mService[cell] = surface.mService[from];
      else if ( leg != NO_ID )
        surface.mService[cell] = surface.mService[staticTimetable->leg( leg ).to] | NearestServiceSurface::FERRY_BIT;
      if ( progress && search.settledCount() % PROGRESS_EVERY == 0 && !progress( static_cast<double>( search.settledCount() ) / static_cast<double>( std::max<std::size_t>( 1, passable ) ) ) )
        return NearestServiceSurface();
    }
    return surface;
  }

  GridJourney NearestServiceSurface::journey( NodeId cell ) const
  {
    GridJourney way;
    if ( cell == NO_ID || service( cell ) == NO_ID )
      return way;
    way.service = service( cell );
    way.seconds = seconds( cell );
    way.metres = metres( cell );
    return way;
  }

  std::vector<std::uint32_t> firstServiceOfCell( std::size_t cellCount, const std::vector<NodeId> &serviceCells )
  {
    std::vector<std::uint32_t> serviceOfCell( cellCount, NO_ID );
    for ( std::size_t s = serviceCells.size(); s-- > 0; )
    {
      if ( serviceCells[s] != NO_ID && serviceCells[s] < cellCount )
        serviceOfCell[serviceCells[s]] = static_cast<std::uint32_t>( s ); // the first of a cell stands for it
    }
    return serviceOfCell;
  }

  GridJourney nearestServiceFrom( DijkstraSearch &search, const FerryTimetable *timetable, double clock, NodeId originCell, const std::vector<std::uint32_t> &serviceOfCell )
  {
    GridJourney journey;
    if ( originCell == NO_ID )
      return journey;
    search.setTimetable( timetable && !timetable->isEmpty() ? timetable : nullptr, clock );
    search.reset();
    search.addSource( originCell, 0, 0 );
    while ( !search.finished() )
    {
      const NodeId cell = search.settleNext();
      if ( serviceOfCell[cell] == NO_ID )
        continue;
      journey.service = serviceOfCell[cell];
      journey.seconds = search.seconds( cell );
      journey.metres = search.metres( cell );
      journey.ferrySeconds = search.ferrySeconds( cell );
      journey.waitSeconds = search.waitSeconds( cell );
      journey.ferryLegs = search.ferryLegs( cell );
      break;
    }
    return journey;
  }

} // namespace placegap
