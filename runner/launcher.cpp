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

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace
{
  //! The folder of this program's file (symbolic links resolved), or empty.
  std::string programFolder()
  {
    std::string path( 4096, '\0' );
    const ssize_t length = readlink( "/proc/self/exe", path.data(), path.size() );
    if ( length <= 0 || static_cast<std::size_t>( length ) >= path.size() )
      return std::string();
    path.resize( static_cast<std::size_t>( length ) );
    return path.substr( 0, path.rfind( '/' ) );
  }
} // namespace

int main( int, char *argv[] )
{
  const std::string folder = programFolder();
  if ( folder.empty() )
  {
    std::fprintf( stderr, "placegap_process: cannot find its own folder (/proc/self/exe): %s\n", std::strerror( errno ) );
    return 1;
  }
  const char *given = std::getenv( "GLIBC_TUNABLES" );
  setenv( "GLIBC_TUNABLES", placegap::launcher::withHugePages( given ? given : "" ).c_str(), 1 );
  const std::string runner = folder + "/placegap_runner";
  execv( runner.c_str(), argv );
  std::fprintf( stderr, "placegap_process: cannot start %s: %s\n", runner.c_str(), std::strerror( errno ) );
  return 1;
}
