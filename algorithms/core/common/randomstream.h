/***************************************************************************
  randomstream.h - a small, portable, seeded random number stream
 ***************************************************************************/
#ifndef PLACEGAP_CORE_RANDOMSTREAM_H
#define PLACEGAP_CORE_RANDOMSTREAM_H

#include <cstdint>

namespace placegap
{

  /**
   * SplitMix64 (Steele, Lea & Flood 2014): the same bits on every platform and standard library,
   * unlike std::uniform_int_distribution. Streams are derived from (seed, key...) so that a
   * replicate's numbers do not depend on which thread draws them or in which order.
   */
  class RandomStream
  {
    public:
      explicit RandomStream( std::uint64_t seed )
          : mState( seed )
      {
      }

      //! A stream for one (seed, a, b) triple, e.g. (SEED, group, replicate).
      static RandomStream derived( std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0 )
      {
        return RandomStream( mix( mix( mix( seed ) ^ ( a + 0x632be59bd9b4e019ULL ) ) ^ ( b + 0x9e3779b97f4a7c15ULL ) ) );
      }

      std::uint64_t next()
      {
        mState += 0x9e3779b97f4a7c15ULL;
        return mix( mState );
      }

      /**
       * Uniform integer in [0, bound) without modulo bias, by Lemire's multiply-and-reject
       * (ACM TOMACS 2019): the high half of x * bound, redrawing x in the rare biased cases.
       * bound must be > 0.
       */
      std::uint64_t below( std::uint64_t bound )
      {
        Wide product = static_cast<Wide>( next() ) * bound;
        std::uint64_t low = static_cast<std::uint64_t>( product );
        if ( low < bound )
        {
          const std::uint64_t threshold = ( 0 - bound ) % bound;
          while ( low < threshold )
          {
            product = static_cast<Wide>( next() ) * bound;
            low = static_cast<std::uint64_t>( product );
          }
        }
        return static_cast<std::uint64_t>( product >> 64 );
      }

      //! Uniform double in [0, 1) from the top 53 bits.
      double uniform() { return static_cast<double>( next() >> 11 ) * ( 1.0 / 9007199254740992.0 ); }

    private:
      // GCC and Clang's 128-bit integer, the one compiler extension the core relies on.
      __extension__ typedef unsigned __int128 Wide;

      static std::uint64_t mix( std::uint64_t z )
      {
        z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
        z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebULL;
        return z ^ ( z >> 31 );
      }

      std::uint64_t mState;
  };

} // namespace placegap

#endif // PLACEGAP_CORE_RANDOMSTREAM_H
