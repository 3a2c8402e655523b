/***************************************************************************
  smallnumbers.cpp - shares of small cohorts: Wilson intervals, empirical Bayes, rank intervals
 ***************************************************************************/
#include "smallnumbers.h"

#include "attainmentgap.h"
#include "randomstream.h"
#include "truncatednormal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace placegap
{

  Interval wilsonInterval( double p, double n, double z )
  {
    if ( !( n > 0 ) )
      return Interval { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN() };
    p = std::clamp( p, 0.0, 1.0 );
    const double z2 = z * z;
    const double centre = p + z2 / ( 2 * n );
    const double spread = z * std::sqrt( p * ( 1 - p ) / n + z2 / ( 4 * n * n ) );
    const double denominator = 1 + z2 / n;
    return Interval { std::max( 0.0, ( centre - spread ) / denominator ), std::min( 1.0, ( centre + spread ) / denominator ) };
  }

  Shrinkage shrinkResiduals( const std::vector<double> &residuals, const std::vector<double> &variances, int parameters )
  {
    Shrinkage result;
    const std::size_t n = std::min( residuals.size(), variances.size() );
    if ( n == 0 )
      return result;
    double squares = 0;
    double meanVariance = 0;
    for ( std::size_t i = 0; i < n; ++i )
    {
      squares += residuals[i] * residuals[i];
      meanVariance += variances[i] / static_cast<double>( n );
    }
    const double freedom = std::max( 1.0, static_cast<double>( n ) - parameters );
    result.between = std::max( 0.0, squares / freedom - meanVariance );
    for ( std::size_t i = 0; i < n; ++i )
    {
      const double v = variances[i];
      const double factor = v > 0 ? v / ( v + result.between ) : 0.0;
      result.factors.push_back( factor );
      result.residuals.push_back( ( 1 - factor ) * residuals[i] );
      result.sd.push_back( std::sqrt( ( 1 - factor ) * v ) );
    }
    return result;
  }

  RankIntervals rankIntervals( const std::vector<double> &means, const std::vector<double> &sds, int draws, std::uint64_t seed )
  {
    const std::size_t n = means.size();
    RankIntervals result;
    std::vector<std::size_t> order( n );
    std::iota( order.begin(), order.end(), 0 );
    auto rankBy = [&]( const std::vector<double> &values, std::vector<int> &ranks )
    {
      // Highest first; ties by position, so ranks are a permutation.
      std::sort( order.begin(), order.end(), [&]( std::size_t a, std::size_t b )
                 { return values[a] > values[b] || ( values[a] == values[b] && a < b ); } );
      ranks.assign( n, 0 );
      for ( std::size_t r = 0; r < n; ++r )
        ranks[order[r]] = static_cast<int>( r ) + 1;
    };
    rankBy( means, result.rank );
    std::vector<std::vector<double>> ranksOf( n );
    std::vector<double> drawn( n );
    std::vector<int> ranks;
    for ( int d = 0; d < draws; ++d )
    {
      RandomStream stream = RandomStream::derived( seed, static_cast<std::uint64_t>( d ) );
      for ( std::size_t i = 0; i < n; ++i )
      {
        // A uniform in (0, 1), never 0, through the normal quantile.
        const double u = ( static_cast<double>( stream.next() >> 11 ) + 0.5 ) / 9007199254740992.0;
        drawn[i] = means[i] + ( i < sds.size() ? sds[i] : 0.0 ) * normalQuantile( u );
      }
      rankBy( drawn, ranks );
      for ( std::size_t i = 0; i < n; ++i )
        ranksOf[i].push_back( ranks[i] );
    }
    for ( std::size_t i = 0; i < n; ++i )
    {
      if ( draws <= 0 )
        result.interval.push_back( Interval { static_cast<double>( result.rank[i] ), static_cast<double>( result.rank[i] ) } );
      else
        result.interval.push_back( Interval { sampleQuantile( ranksOf[i], 0.025 ), sampleQuantile( ranksOf[i], 0.975 ) } );
    }
    return result;
  }

} // namespace placegap
