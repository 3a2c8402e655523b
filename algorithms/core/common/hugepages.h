/***************************************************************************
  hugepages.h - large arrays on transparent huge pages where the system allows them on request
 ***************************************************************************/
#ifndef PLACEGAP_CORE_HUGEPAGES_H
#define PLACEGAP_CORE_HUGEPAGES_H

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined( __linux__ )
#include <sys/mman.h>
#endif

namespace placegap
{
  /**
   * Asks the kernel to back the memory at data with 2 MiB pages as it is first touched: mapping
   * 4 KiB pages one fault at a time costs about 10 µs each on a virtual machine, a second for a
   * large graph. Only the whole 2 MiB pages inside the range are advised, and only when it spans
   * a few of them; a hint that changes no byte, and nothing where the kernel does not offer it
   * (huge pages `never`, or not Linux). placegap_process gets the same for all its memory from
   * glibc; this serves the algorithms where they run inside QGIS.
   */
  inline void adviseHugePages( const void *data, std::size_t bytes )
  {
#if defined( __linux__ ) && defined( MADV_HUGEPAGE )
    constexpr std::uintptr_t HUGE_PAGE = std::uintptr_t( 2 ) << 20;
    if ( !data || bytes < 4 * HUGE_PAGE )
      return;
    const std::uintptr_t begin = ( reinterpret_cast<std::uintptr_t>( data ) + HUGE_PAGE - 1 ) & ~( HUGE_PAGE - 1 );
    const std::uintptr_t end = ( reinterpret_cast<std::uintptr_t>( data ) + bytes ) & ~( HUGE_PAGE - 1 );
    if ( end > begin )
      madvise( reinterpret_cast<void *>( begin ), end - begin, MADV_HUGEPAGE );
#else
    (void)data;
    (void)bytes;
#endif
  }

  //! Reserves room for count values in values, advised onto huge pages before any is written.
  template <typename T>
  void reserveOnHugePages( std::vector<T> &values, std::size_t count )
  {
    values.reserve( count );
    adviseHugePages( values.data(), values.capacity() * sizeof( T ) );
  }

  //! values made count copies of value, on memory advised onto huge pages before it is written.
  template <typename T>
  void assignOnHugePages( std::vector<T> &values, std::size_t count, const T &value = T() )
  {
    values.clear();
    reserveOnHugePages( values, count );
    values.assign( count, value );
  }
} // namespace placegap

#endif // PLACEGAP_CORE_HUGEPAGES_H
