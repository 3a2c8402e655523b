/***************************************************************************
  rankorder.cpp - the order of an origin's results: by seconds, ties by destination
 ***************************************************************************/
#include "rankorder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <utility>

namespace placegap
{
  namespace
  {
    //! Seconds to the microsecond: the rank's key, rounded once.
    double rankKey( const Reach &reach )
    {
      return std::round( reach.seconds * 1e6 );
    }

    //! As rankKey(), a time that is not a number last.
    double comparableRankKey( const Reach &reach )
    {
      const double rank = rankKey( reach );
      return std::isnan( rank ) ? INFINITY : rank;
    }

    struct Key
    {
        std::uint64_t rank; //!< Microseconds above the origin's nearest.
        std::uint32_t destination;
        std::uint32_t index; //!< Into the results as given.
    };

    //! Below this many, a comparison sort is as quick as counting digits.
    constexpr std::size_t FEWEST_COUNTED = 64;

    /**
     * Least significant digit first, 8 bits a pass, stable; passes where every key has the same
     * digit are skipped. A comparison sort was a twentieth of the CPU of a cold run writing
     * 750,000 pairs (OSM Monaco); this is under a fiftieth.
     */
    void countingSort( std::vector<Key> &keys, std::vector<Key> &spare, std::uint64_t highest )
    {
      spare.resize( keys.size() );
      for ( unsigned shift = 0; shift < 64 && ( highest >> shift ) != 0; shift += 8 )
      {
        std::array<std::size_t, 256> start {};
        for ( const Key &key : keys )
          ++start[( key.rank >> shift ) & 0xff];
        if ( start[( keys.front().rank >> shift ) & 0xff] == keys.size() )
          continue;
        std::size_t sum = 0;
        for ( std::size_t &bucket : start )
          sum += std::exchange( bucket, sum );
        for ( const Key &key : keys )
          spare[start[( key.rank >> shift ) & 0xff]++] = key;
        keys.swap( spare );
      }
    }
  } // namespace

  void sortRanked( std::vector<Reach> &reaches )
  {
    const std::size_t count = reaches.size();
    if ( count < 2 )
      return;
    // The thread's own buffers, kept from origin to origin: allocating them for each origin
    // faulted in fresh memory for every one.
    thread_local std::vector<Key> keys;
    thread_local std::vector<Key> spare;
    thread_local std::vector<Reach> sorted;
    keys.resize( count );
    std::uint64_t lowest = UINT64_MAX;
    std::uint64_t highest = 0;
    for ( std::size_t i = 0; i < count; ++i )
    {
      const double rank = rankKey( reaches[i] );
      if ( !( rank >= 0 && rank < 0x1p63 ) )
      {
        // Times of 2^63 microseconds or more, or not numbers: compared as they are.
        std::sort( reaches.begin(), reaches.end(), []( const Reach &a, const Reach &b )
                   {
          const double rankA = comparableRankKey( a );
          const double rankB = comparableRankKey( b );
          return rankA < rankB || ( rankA == rankB && a.destination < b.destination ); } );
        return;
      }
      const std::uint64_t microseconds = static_cast<std::uint64_t>( rank );
      lowest = std::min( lowest, microseconds );
      highest = std::max( highest, microseconds );
      keys[i] = { microseconds, reaches[i].destination, static_cast<std::uint32_t>( i ) };
    }
    // Above the nearest: fewer digits to count.
    for ( Key &key : keys )
      key.rank -= lowest;
    if ( count < FEWEST_COUNTED )
      std::sort( keys.begin(), keys.end(), []( const Key &a, const Key &b )
                 { return a.rank < b.rank || ( a.rank == b.rank && a.destination < b.destination ); } );
    else
    {
      countingSort( keys, spare, highest - lowest );
      // Equal times stay in the order found; put each run of them in destination order.
      for ( std::size_t first = 0; first < count; )
      {
        std::size_t last = first + 1;
        while ( last < count && keys[last].rank == keys[first].rank )
          ++last;
        if ( last - first > 1 )
          std::sort( keys.begin() + first, keys.begin() + last, []( const Key &a, const Key &b )
                     { return a.destination < b.destination; } );
        first = last;
      }
    }
    sorted.clear();
    for ( const Key &key : keys )
      sorted.push_back( reaches[key.index] );
    std::copy( sorted.begin(), sorted.end(), reaches.begin() );
  }
} // namespace placegap
