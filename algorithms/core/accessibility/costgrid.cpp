/***************************************************************************
  costgrid.cpp - a raster of travel costs over land, searched as an implicit graph
 ***************************************************************************/
#include "costgrid.h"

#include <algorithm>
#include <cmath>

namespace placegap
{
  Point CostGrid::centre( NodeId cell ) const
  {
    const std::size_t column = cell % columns;
    const std::size_t row = cell / columns;
    return { left + ( static_cast<double>( column ) + 0.5 ) * cellSize, top - ( static_cast<double>( row ) + 0.5 ) * cellSize };
  }

  NodeId CostGrid::cellAt( double x, double y ) const
  {
    const double column = std::floor( ( x - left ) / cellSize );
    const double row = std::floor( ( top - y ) / cellSize );
    if ( !( column >= 0 && row >= 0 && column < static_cast<double>( columns ) && row < static_cast<double>( rows ) ) )
      return NO_ID;
    return static_cast<NodeId>( static_cast<std::size_t>( row ) * columns + static_cast<std::size_t>( column ) );
  }

  NodeId CostGrid::nearestPassable( double x, double y, double maxMetres, double *metres ) const
  {
    if ( metres )
      *metres = 0;
    const NodeId own = cellAt( x, y );
    if ( own != NO_ID && passable( own ) )
      return own;
    if ( columns == 0 || rows == 0 || !std::isfinite( x ) || !std::isfinite( y ) )
      return NO_ID;
    // Rings of cells round the point's (maybe notional) cell, until no ring can hold a nearer centre.
    const long long centreColumn = static_cast<long long>( std::floor( ( x - left ) / cellSize ) );
    const long long centreRow = static_cast<long long>( std::floor( ( top - y ) / cellSize ) );
    const long long maxRing = static_cast<long long>( std::ceil( maxMetres / cellSize ) ) + 1;
    NodeId best = NO_ID;
    double bestSquared = maxMetres * maxMetres;
    for ( long long ring = 1; ring <= maxRing; ++ring )
    {
      // Every centre in this ring is at least (ring - 1) cells from the point.
      const double nearest = static_cast<double>( ring - 1 ) * cellSize;
      if ( nearest * nearest > bestSquared )
        break;
      for ( long long row = centreRow - ring; row <= centreRow + ring; ++row )
      {
        if ( row < 0 || row >= static_cast<long long>( rows ) )
          continue;
        const bool edgeRow = row == centreRow - ring || row == centreRow + ring;
        for ( long long column = centreColumn - ring; column <= centreColumn + ring; column += edgeRow ? 1 : 2 * ring )
        {
          if ( column < 0 || column >= static_cast<long long>( columns ) )
            continue;
          const NodeId cell = static_cast<NodeId>( static_cast<std::size_t>( row ) * columns + static_cast<std::size_t>( column ) );
          if ( !passable( cell ) )
            continue;
          const Point c = centre( cell );
          const double squared = ( c.x - x ) * ( c.x - x ) + ( c.y - y ) * ( c.y - y );
          // Ties: the lower cell id, so the answer does not hang on the scan order.
          if ( squared < bestSquared || ( squared == bestSquared && ( best == NO_ID || cell < best ) ) )
          {
            bestSquared = squared;
            best = cell;
          }
        }
      }
    }
    if ( best != NO_ID && metres )
      *metres = std::sqrt( bestSquared );
    return best;
  }

  float secondsPerMetreAt( double kmh )
  {
    if ( !( kmh > 0 ) || !std::isfinite( kmh ) )
      return IMPASSABLE;
    return static_cast<float>( 3.6 / kmh );
  }

} // namespace placegap
