/***************************************************************************
  placegapstoponsignal.cpp - SIGTERM, SIGINT and SIGHUP cancel the run instead of killing it
 ***************************************************************************/
#include "placegapstoponsignal.h"

#include "qgsfeedback.h"

#include <atomic>
#include <csignal>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace
{
  std::atomic<QgsFeedback *> gFeedback { nullptr };
  std::atomic<int> gReceived { 0 };

  sigset_t stopSignals()
  {
    sigset_t set;
    sigemptyset( &set );
    sigaddset( &set, SIGTERM );
    sigaddset( &set, SIGINT );
    sigaddset( &set, SIGHUP );
    return set;
  }
} // namespace

namespace placegap::stoponsignal
{
  void install()
  {
    const sigset_t set = stopSignals();
    pthread_sigmask( SIG_BLOCK, &set, nullptr );
    std::thread( [set]()
                 {
                   for ( ;; )
                   {
                     int signal = 0;
                     if ( sigwait( &set, &signal ) != 0 )
                       continue;
                     if ( gReceived.exchange( signal ) != 0 )
                       _exit( 128 + signal ); // a second signal: stop now
                     if ( QgsFeedback *feedback = gFeedback.load() )
                       feedback->cancel();
                   } } )
        .detach();
  }

  void watch( QgsFeedback *feedback )
  {
    gFeedback.store( feedback );
    if ( feedback && gReceived.load() != 0 )
      feedback->cancel();
  }

  int received()
  {
    return gReceived.load();
  }
} // namespace placegap::stoponsignal
