/***************************************************************************
  quantiles.cpp - deprivation quantile classes from ranks
 ***************************************************************************/
#include "quantiles.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace placegap
{

  namespace
  {
    constexpr int QUINTILES = 5;
    constexpr int DECILES = 10;

    // Products are formed before dividing so that an exact boundary (rank 1395 of 6976
    // for quintiles, say) stays exact in floating point.
    int ceilClass( double position, double count, int classes )
    {
      const int cls = static_cast<int>( std::ceil( position * classes / count ) );
      return std::clamp( cls, 1, classes );
    }

    int midpointClass( double before, double after, double total, int classes )
    {
      const int cls = static_cast<int>( std::floor( ( before + after ) * classes / ( 2.0 * total ) ) ) + 1;
      return std::clamp( cls, 1, classes );
    }
  } // namespace

  std::optional<int> classFromRank( double rank, double rankCount, int classes )
  {
    if ( classes < 1 || !( rankCount >= 1 ) || !( rank >= 1 ) || rank > rankCount )
      return std::nullopt;
    return ceilClass( rank, rankCount, classes );
  }

  std::vector<AreaQuantile> groupQuantiles( const std::vector<RankedArea> &areas, QuantileWeighting weighting )
  {
    const std::size_t n = areas.size();
    if ( n == 0 )
      return {};

    double total = 0;
    for ( const RankedArea &area : areas )
      total += weighting == QuantileWeighting::Population ? area.population : 1.0;
    if ( !( total > 0 ) )
      return {};

    std::vector<std::size_t> order( n );
    std::iota( order.begin(), order.end(), 0 );
    // Stable on input order so that the result never depends on the sort implementation.
    std::stable_sort( order.begin(), order.end(), [&areas]( std::size_t a, std::size_t b )
                      { return areas[a].rank < areas[b].rank; } );

    std::vector<AreaQuantile> result( n );
    double cumulative = 0; // weight of all blocks before the current one
    std::size_t blockStart = 0;
    while ( blockStart < n )
    {
      std::size_t blockEnd = blockStart + 1;
      double blockWeight = weighting == QuantileWeighting::Population ? areas[order[blockStart]].population : 1.0;
      while ( blockEnd < n && areas[order[blockEnd]].rank == areas[order[blockStart]].rank )
      {
        blockWeight += weighting == QuantileWeighting::Population ? areas[order[blockEnd]].population : 1.0;
        ++blockEnd;
      }

      AreaQuantile quantile;
      if ( weighting == QuantileWeighting::AreaCount )
      {
        // Mean 1-based position of the block: positions blockStart+1 .. blockEnd.
        const double meanPosition = ( static_cast<double>( blockStart + 1 ) + static_cast<double>( blockEnd ) ) / 2.0;
        quantile.cumulativePercent = meanPosition * 100.0 / total;
        quantile.quintile = ceilClass( meanPosition, total, QUINTILES );
        quantile.decile = ceilClass( meanPosition, total, DECILES );
      }
      else
      {
        const double after = cumulative + blockWeight;
        quantile.cumulativePercent = ( cumulative + after ) * 100.0 / ( 2.0 * total );
        quantile.quintile = midpointClass( cumulative, after, total, QUINTILES );
        quantile.decile = midpointClass( cumulative, after, total, DECILES );
      }

      for ( std::size_t i = blockStart; i < blockEnd; ++i )
        result[order[i]] = quantile;

      cumulative += blockWeight;
      blockStart = blockEnd;
    }
    return result;
  }

} // namespace placegap
