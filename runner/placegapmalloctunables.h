/***************************************************************************
  placegapmalloctunables.h - glibc's tunables with malloc on transparent huge pages
 ***************************************************************************/
#ifndef PLACEGAPMALLOCTUNABLES_H
#define PLACEGAPMALLOCTUNABLES_H

#include <algorithm>
#include <string>

namespace placegap::launcher
{
  constexpr const char *HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb";

  /**
   * GLIBC_TUNABLES's value (name=value entries joined by colons) with glibc.malloc.hugetlb=1
   * added, unless it names that tunable already: then the user's value stands.
   */
  inline std::string withHugePages( const std::string &tunables )
  {
    std::size_t start = 0;
    while ( start <= tunables.size() )
    {
      const std::size_t end = std::min( tunables.find( ':', start ), tunables.size() );
      const std::string entry = tunables.substr( start, end - start );
      if ( entry.compare( 0, entry.find( '=' ), HUGE_PAGES_TUNABLE ) == 0 )
        return tunables;
      start = end + 1;
    }
    return ( tunables.empty() ? std::string() : tunables + ':' ) + HUGE_PAGES_TUNABLE + "=1";
  }
} // namespace placegap::launcher

#endif // PLACEGAPMALLOCTUNABLES_H
