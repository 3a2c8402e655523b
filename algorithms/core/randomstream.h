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
      {}

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

      //! Uniform integer in [0, bound) by rejection (no modulo bias); bound must be > 0.
      std::uint64_t below( std::uint64_t bound )
      {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
        std::uint64_t x = next();
        while ( x >= limit )
          x = next();
        return x % bound;
      }

      //! Uniform double in [0, 1) from the top 53 bits.
      double uniform() { return static_cast<double>( next() >> 11 ) * ( 1.0 / 9007199254740992.0 ); }

    private:
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
