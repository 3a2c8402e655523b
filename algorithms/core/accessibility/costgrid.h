/***************************************************************************
  costgrid.h - a raster of travel costs over land, searched as an implicit graph
 ***************************************************************************/
#ifndef PLACEGAP_CORE_COSTGRID_H
#define PLACEGAP_CORE_COSTGRID_H

#include "roadgraph.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace placegap
{
  constexpr float IMPASSABLE = std::numeric_limits<float>::infinity();

  /**
   * A travel-cost surface as WHO's AccessMod and GRASS r.cost use it: square cells of a
   * projected CRS, each with the seconds a metre of it takes (1 / speed), or IMPASSABLE (sea).
   * Cell n is column n % columns of row n / columns, rows counted down from the top edge, so a
   * cell id is a node id of the grid's implicit graph: moves go to the 8 neighbours, a step of
   * length d (the cell size, or its diagonal) costing d x circuity x (cost here + cost there) / 2,
   * as r.cost averages the two cells. A diagonal step between two impassable cells (a corner
   * where two sea cells meet) is not taken: it would cross water.
   */
  struct CostGrid
  {
      std::size_t columns = 0;
      std::size_t rows = 0;
      double left = 0; //!< x of the grid's left edge.
      double top = 0;  //!< y of the grid's top edge.
      double cellSize = 0;
      double circuity = 1.0;              //!< Path length over straight length, for roads that wind.
      std::vector<float> secondsPerMetre; //!< Per cell; IMPASSABLE where one cannot travel.

      std::size_t cellCount() const { return columns * rows; }
      bool passable( NodeId cell ) const { return secondsPerMetre[cell] < IMPASSABLE; }
      Point centre( NodeId cell ) const;
      //! The cell holding (x, y), NO_ID outside the grid.
      NodeId cellAt( double x, double y ) const;
      /**
       * The passable cell whose centre is nearest to (x, y) within maxMetres (the cell holding
       * the point first, when passable), NO_ID when none; metres gets the distance to its centre
       * (0 when the point's own cell is passable).
       */
      NodeId nearestPassable( double x, double y, double maxMetres, double *metres = nullptr ) const;
  };

  //! Seconds per metre at kmh; IMPASSABLE for a speed that is not above 0 or not finite.
  float secondsPerMetreAt( double kmh );

} // namespace placegap

#endif // PLACEGAP_CORE_COSTGRID_H
