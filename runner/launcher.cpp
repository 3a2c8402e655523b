/***************************************************************************
  launcher.cpp - placegap_process: starts the runner with malloc on transparent huge pages
 ***************************************************************************/
// The runner (placegap_runner, beside this program) takes all of its memory fresh, and the
// kernel maps it one 4 KiB page at a time: on a virtual machine each first touch costs about
// 10 µs, a tenth of a Monaco matrix run and more on large networks. glibc's malloc asks for
// 2 MiB pages when GLIBC_TUNABLES holds glibc.malloc.hugetlb=1, read only as a program starts,
// so this program sets it and becomes the runner (same process, arguments, streams and exit
// code). A value the user gave for the tunable is kept; where the kernel has transparent huge
// pages always on or never, or glibc is older than 2.35, the setting changes nothing.
#include "placegapmalloctunables.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace
{
  //! The folder of this program's file (symbolic links resolved); without /proc, the folder
  //! of the path it was started by, when that names one; else empty.
  std::string programFolder( const char *startedAs )
  {
    std::string path( 4096, '\0' );
    const ssize_t length = readlink( "/proc/self/exe", path.data(), path.size() );
    if ( length > 0 && static_cast<std::size_t>( length ) < path.size() )
      path.resize( static_cast<std::size_t>( length ) );
    else
      path = startedAs ? startedAs : "";
    const std::size_t slash = path.rfind( '/' );
    return slash == std::string::npos ? std::string() : path.substr( 0, std::max<std::size_t>( slash, 1 ) );
  }
} // namespace

int main( int, char *argv[] )
{
  const std::string folder = programFolder( argv[0] );
  if ( folder.empty() )
  {
    std::fprintf( stderr, "placegap_process: cannot find its own folder (/proc/self/exe cannot be read, and it was started by name alone): run placegap_runner instead\n" );
    return 1;
  }
  const char *given = std::getenv( "GLIBC_TUNABLES" );
  setenv( "GLIBC_TUNABLES", placegap::launcher::withHugePages( given ? given : "" ).c_str(), 1 );
  const std::string runner = folder + "/placegap_runner";
  execv( runner.c_str(), argv );
  std::fprintf( stderr, "placegap_process: cannot start %s: %s\n", runner.c_str(), std::strerror( errno ) );
  return 1;
}
