/***************************************************************************
  parallel.h - a loop shared out over threads, the calling one included
 ***************************************************************************/
#ifndef PLACEGAP_CORE_PARALLEL_H
#define PLACEGAP_CORE_PARALLEL_H

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace placegap
{
  //! The threads to use for a request of threads (0 = every core).
  inline unsigned threadsFor( unsigned threads )
  {
    return threads > 0 ? threads : std::max( 1u, std::thread::hardware_concurrency() );
  }

  /**
   * Runs work( i, worker ) for i in 0 .. count-1 over threads workers (the calling thread is
   * worker 0), indices handed out in blocks. Small counts run on the calling thread alone.
   */
  template <typename Work>
  void forEachInParallel( std::size_t count, unsigned threads, const Work &work )
  {
    if ( threads <= 1 || count < 2 )
    {
      for ( std::size_t i = 0; i < count; ++i )
        work( i, 0u );
      return;
    }
    // Blocks small enough to share out a few costly items (a contraction's dense core), large
    // enough to keep the counter cool over many cheap ones.
    const std::size_t block = std::clamp<std::size_t>( count / ( 16 * threads ), 1, 64 );
    std::atomic<std::size_t> next { 0 };
    const auto take = [&]( unsigned worker )
    {
      for ( std::size_t begin = next.fetch_add( block ); begin < count; begin = next.fetch_add( block ) )
      {
        for ( std::size_t i = begin; i < std::min( count, begin + block ); ++i )
          work( i, worker );
      }
    };
    std::vector<std::thread> helpers;
    for ( unsigned t = 1; t < threads; ++t )
      helpers.emplace_back( take, t );
    take( 0 );
    for ( std::thread &helper : helpers )
      helper.join();
  }
} // namespace placegap

#endif // PLACEGAP_CORE_PARALLEL_H
