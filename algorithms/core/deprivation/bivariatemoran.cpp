/***************************************************************************
  bivariatemoran.cpp - local and global bivariate Moran's I, permutation inference
 ***************************************************************************/
#include "bivariatemoran.h"

#include "randomstream.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

namespace placegap
{

  namespace
  {
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    /**
     * z = (v - mean) / sd with the population sd, computed on the values divided by the power of
     * two nearest their largest magnitude (an exact division, so ordinary values standardise as
     * before): squares of values near 1e300 would overflow to infinity and turn every z into 0
     * (and every local I into a "significant" 0).
     */
    std::vector<double> standardise( const std::vector<double> &values )
    {
      double largest = 0;
      for ( double v : values )
        largest = std::max( largest, std::fabs( v ) );
      std::vector<double> z( values.size(), 0 );
      if ( !( largest > 0 ) || !std::isfinite( largest ) )
        return z;
      const int exponent = std::ilogb( largest );
      std::vector<double> scaled( values.size() );
      for ( std::size_t i = 0; i < values.size(); ++i )
        scaled[i] = std::ldexp( values[i], -exponent );
      const double n = static_cast<double>( values.size() );
      const double mean = std::accumulate( scaled.begin(), scaled.end(), 0.0 ) / n;
      double squares = 0;
      for ( double v : scaled )
        squares += ( v - mean ) * ( v - mean );
      const double sd = std::sqrt( squares / n );
      if ( sd > 0 )
        for ( std::size_t i = 0; i < values.size(); ++i )
          z[i] = ( scaled[i] - mean ) / sd;
      return z;
    }

    //! The permutation p of an observed value with ge draws >= it and le draws <= it.
    double permutationPValue( PermutationPValue method, int ge, int le, int permutations )
    {
      if ( method == PermutationPValue::Folded )
        return ( std::min( ge, permutations - ge ) + 1.0 ) / ( permutations + 1.0 );
      return std::min( 1.0, 2.0 * ( std::min( ge, le ) + 1.0 ) / ( permutations + 1.0 ) );
    }

    //! Local conditional permutations for features [begin, end) of a shared work counter.
    void permuteLocal( const std::vector<double> &zx, const std::vector<double> &zy, const NeighbourLists &neighbours, const BivariateMoranOptions &options,
                       std::vector<double> &localI, std::vector<double> &pValue, std::atomic<std::size_t> &nextFeature, const std::function<bool()> &isCanceled, std::atomic<bool> &canceled )
    {
      const std::size_t n = zx.size();
      std::vector<std::size_t> pool( n );
      std::iota( pool.begin(), pool.end(), 0 );
      while ( true )
      {
        const std::size_t i = nextFeature.fetch_add( 1 );
        if ( i >= n || canceled.load() )
          return;
        if ( isCanceled && i % 64 == 0 && isCanceled() )
        {
          canceled.store( true );
          return;
        }
        const std::size_t k = neighbours[i].size();
        if ( k == 0 )
          continue;
        // The pool without i: swap i to the end and draw from the first n - 1 entries.
        std::swap( pool[i], pool[n - 1] );
        const std::size_t others = n - 1;
        RandomStream stream = RandomStream::derived( options.seed, i );
        int larger = 0;
        int smaller = 0;
        std::vector<std::size_t> swaps( k );
        for ( int p = 0; p < options.permutations; ++p )
        {
          double sum = 0;
          for ( std::size_t t = 0; t < k; ++t )
          {
            const std::size_t j = t + static_cast<std::size_t>( stream.below( others - t ) );
            swaps[t] = j;
            std::swap( pool[t], pool[j] );
            sum += zy[pool[t]];
          }
          // Undo the swaps so that every permutation (and every feature) starts from the same pool.
          for ( std::size_t t = k; t-- > 0; )
            std::swap( pool[t], pool[swaps[t]] );
          const double simulated = zx[i] * sum / static_cast<double>( k );
          larger += simulated >= localI[i] ? 1 : 0;
          smaller += simulated <= localI[i] ? 1 : 0;
        }
        std::swap( pool[i], pool[n - 1] );
        pValue[i] = permutationPValue( options.pValue, larger, smaller, options.permutations );
      }
    }
  } // namespace

  double falseDiscoveryThreshold( std::vector<double> pValues, double alpha )
  {
    if ( pValues.empty() )
      return alpha;
    std::sort( pValues.begin(), pValues.end() );
    const double m = static_cast<double>( pValues.size() );
    for ( std::size_t k = pValues.size(); k-- > 0; )
    {
      const double cut = static_cast<double>( k + 1 ) * alpha / m;
      if ( pValues[k] < cut )
        return cut;
    }
    return alpha / m;
  }

  BivariateMoranResult bivariateMoran( const std::vector<double> &x, const std::vector<double> &y, const NeighbourLists &neighbours, const BivariateMoranOptions &options, const std::function<bool()> &isCanceled )
  {
    BivariateMoranResult result;
    const std::size_t n = x.size();
    result.zx = standardise( x );
    const std::vector<double> zy = standardise( y );
    result.lag.assign( n, 0 );
    result.localI.assign( n, 0 );
    result.pValue.assign( n, NaN );
    result.cluster.assign( n, LisaCluster::NotSignificant );
    result.globalP = NaN;
    double s0 = 0;
    for ( std::size_t i = 0; i < n; ++i )
    {
      const std::vector<int> &list = neighbours[i];
      if ( list.empty() )
      {
        ++result.islands;
        result.cluster[i] = LisaCluster::NoNeighbours;
        continue;
      }
      double sum = 0;
      for ( int j : list )
        sum += zy[static_cast<std::size_t>( j )];
      result.lag[i] = sum / static_cast<double>( list.size() );
      result.localI[i] = result.zx[i] * result.lag[i];
      s0 += 1;
    }
    result.globalI = s0 > 0 ? std::accumulate( result.localI.begin(), result.localI.end(), 0.0 ) / s0 : NaN;
    if ( options.permutations <= 0 || n < 3 || s0 == 0 )
      return result;

    // Local conditional randomisation, features handed out one at a time to the workers.
    std::atomic<std::size_t> nextFeature { 0 };
    std::atomic<bool> canceled { false };
    const int threads = std::max( 1, options.threads );
    std::vector<std::thread> workers;
    for ( int t = 1; t < threads; ++t )
      workers.emplace_back( permuteLocal, std::cref( result.zx ), std::cref( zy ), std::cref( neighbours ), std::cref( options ), std::ref( result.localI ), std::ref( result.pValue ), std::ref( nextFeature ), std::function<bool()>(), std::ref( canceled ) );
    permuteLocal( result.zx, zy, neighbours, options, result.localI, result.pValue, nextFeature, isCanceled, canceled );
    for ( std::thread &worker : workers )
      worker.join();
    if ( canceled.load() )
    {
      result.canceled = true;
      return result;
    }

    // Global: permute x, keep the lags.
    std::vector<double> permuted = result.zx;
    int larger = 0;
    int smaller = 0;
    for ( int p = 0; p < options.permutations; ++p )
    {
      RandomStream stream = RandomStream::derived( options.seed, n + 1, static_cast<std::uint64_t>( p ) );
      std::copy( result.zx.begin(), result.zx.end(), permuted.begin() );
      for ( std::size_t i = n - 1; i > 0; --i )
        std::swap( permuted[i], permuted[static_cast<std::size_t>( stream.below( i + 1 ) )] );
      double sum = 0;
      for ( std::size_t i = 0; i < n; ++i )
        sum += permuted[i] * result.lag[i];
      larger += sum / s0 >= result.globalI ? 1 : 0;
      smaller += sum / s0 <= result.globalI ? 1 : 0;
    }
    result.globalP = permutationPValue( options.pValue, larger, smaller, options.permutations );

    // Significance threshold, then clusters.
    result.threshold = options.significance;
    if ( options.falseDiscoveryRate )
    {
      std::vector<double> defined;
      for ( double p : result.pValue )
        if ( !std::isnan( p ) )
          defined.push_back( p );
      result.threshold = falseDiscoveryThreshold( defined, options.significance );
    }
    for ( std::size_t i = 0; i < n; ++i )
    {
      // An I of exactly 0 (z_x or the lag is 0) says nothing about association: never a cluster.
      if ( result.cluster[i] == LisaCluster::NoNeighbours || !( result.pValue[i] <= result.threshold ) || result.localI[i] == 0 )
        continue;
      const bool highX = result.zx[i] > 0;
      const bool highLag = result.lag[i] > 0;
      result.cluster[i] = highX ? ( highLag ? LisaCluster::HighHigh : LisaCluster::HighLow ) : ( highLag ? LisaCluster::LowHigh : LisaCluster::LowLow );
    }
    return result;
  }

} // namespace placegap
