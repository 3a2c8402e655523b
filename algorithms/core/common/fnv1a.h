/***************************************************************************
  fnv1a.h - the Fowler-Noll-Vo (FNV-1a) hash of bytes
 ***************************************************************************/
#ifndef PLACEGAP_CORE_FNV1A_H
#define PLACEGAP_CORE_FNV1A_H

#include <cstddef>
#include <cstdint>

namespace placegap
{
  //! FNV-1a's starting value (its 64-bit offset basis).
  constexpr std::uint64_t FNV1A_START = 14695981039346656037ull;

  /**
   * FNV-1a over raw bytes, continuing from hash: a quick fingerprint (stream keys, a graph's
   * fingerprint), not a checksum against damage or tampering.
   */
  inline std::uint64_t fnv1a( const void *data, std::size_t size, std::uint64_t hash = FNV1A_START )
  {
    const unsigned char *bytes = static_cast<const unsigned char *>( data );
    for ( std::size_t i = 0; i < size; ++i )
    {
      hash ^= bytes[i];
      hash *= 1099511628211ull;
    }
    return hash;
  }
} // namespace placegap

#endif // PLACEGAP_CORE_FNV1A_H
