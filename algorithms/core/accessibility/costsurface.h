/***************************************************************************
  costsurface.h - travel times to the nearest service over a cost grid and its ferries
 ***************************************************************************/
#ifndef PLACEGAP_CORE_COSTSURFACE_H
#define PLACEGAP_CORE_COSTSURFACE_H

#include "costgrid.h"
#include "dijkstra.h"
#include "ferrytimetable.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace placegap
{
  /**
   * Told the fraction done (0 .. 1) now and then; returns false to stop the search (cancel).
   * An empty function: never stop.
   */
  using SearchProgress = std::function<bool( double )>;

  //! A journey from one cell to its nearest service, with what the ferries took of it.
  struct GridJourney
  {
      std::uint32_t service = NO_ID; //!< NO_ID: no service reached.
      double seconds = UNREACHABLE;
      double metres = UNREACHABLE;
      double ferrySeconds = 0;
      double waitSeconds = 0;
      unsigned ferryLegs = 0;
  };

  /**
   * Per cell of a grid, the way to the nearest service: the labels of the search that found
   * them, read in place (copying them out would cost a full grid of memory more).
   */
  class NearestServiceSurface
  {
    public:
      NearestServiceSurface() = default;
      bool isEmpty() const { return !mSearch; }
      //! Seconds to the nearest service; UNREACHABLE where none is reached (the sea, too).
      double seconds( NodeId cell ) const { return mSearch->seconds( cell ); }
      //! Length of that way (grid moves with circuity, and crossings); UNREACHABLE likewise.
      double metres( NodeId cell ) const { return mSearch->metres( cell ); }
      //! Index of the nearest service, NO_ID where none is reached.
      std::uint32_t service( NodeId cell ) const { return mSearch->reached( cell ) ? mService[cell] & SERVICE_BITS : NO_ID; }
      //! Whether the way to the nearest service takes a ferry.
      bool takesFerry( NodeId cell ) const { return mSearch->reached( cell ) && ( mService[cell] & FERRY_BIT ); }
      //! The way from cell to its nearest service, as a journey without ferry shares; service NO_ID where none is reached.
      GridJourney journey( NodeId cell ) const;
      //! Cells reached.
      std::size_t reachedCount() const { return mSearch ? mSearch->settledCount() : 0; }

    private:
      friend NearestServiceSurface nearestServiceSurface( const CostGrid &, const std::vector<NodeId> &, const FerryTimetable *, const SearchProgress & );
      static constexpr std::uint32_t FERRY_BIT = 0x80000000u;
      static constexpr std::uint32_t SERVICE_BITS = ~FERRY_BIT;
      std::unique_ptr<DijkstraSearch> mSearch;
      ZeroedArray<std::uint32_t> mService; //!< Valid where the search reached: the service index, FERRY_BIT set when the way sails.
  };

  /**
   * The time from every cell to the nearest of the services (their cells, in service order),
   * by one search run backwards from all services at once over the grid and, when given, the
   * timetable's sailings between cells. The timetable must be costed statically
   * (FerryTiming::CrossingOnly or AverageWait): a cell has no clock of its own. Equal times:
   * the shorter way, then the service reached first by the search (the lower cell id, then the
   * lower index). Empty when progress stops it.
   */
  NearestServiceSurface nearestServiceSurface( const CostGrid &grid, const std::vector<NodeId> &serviceCells, const FerryTimetable *staticTimetable, const SearchProgress &progress = {} );

  /**
   * Leaving originCell at clock (seconds after midnight of the timetable's day), the service
   * reached first, by a forward search over the grid and the timetable as sailed (waiting for
   * sailings). serviceOfCell holds, per cell, the index of a service in it or NO_ID. The search
   * must be a forward grid search; its timetable is set here.
   */
  GridJourney nearestServiceFrom( DijkstraSearch &search, const FerryTimetable *timetable, double clock, NodeId originCell, const std::vector<std::uint32_t> &serviceOfCell );

  /**
   * Per cell (cellCount of them), the index of the first service in it, NO_ID for none: the
   * serviceOfCell of nearestServiceFrom. Services with NO_ID cells are skipped.
   */
  std::vector<std::uint32_t> firstServiceOfCell( std::size_t cellCount, const std::vector<NodeId> &serviceCells );

} // namespace placegap

#endif // PLACEGAP_CORE_COSTSURFACE_H
