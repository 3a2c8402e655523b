/***************************************************************************
  traveltimes.cpp - travel times from origins to destinations located on a road graph
 ***************************************************************************/
#include "traveltimes.h"

#include "parallel.h"
#include "rankorder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <iterator>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <tuple>

namespace placegap
{
  namespace
  {
    /**
     * Where along its link a location lies, 0 to 1. Within a tenth of a micrometre of an end it is
     * at the end: the link's length is rounded to the exact grid (exactMetres) and a point at the
     * end of the line may be measured a hair short of it, which on a one-way link would cut it off.
     */
    double linkFraction( const RoadGraph &graph, const NetworkLocation &location )
    {
      constexpr double atEnd = 1e-7;
      const double length = graph.linkLength[location.link];
      if ( !( length > 0 ) || location.along <= atEnd )
        return 0.0;
      if ( location.along >= length - atEnd )
        return 1.0;
      return std::clamp( location.along / length, 0.0, 1.0 );
    }

    //! Cost of travelling share of a link that costs linkCost: none at all when share is 0, even on a one-way link the other way.
    double partCost( double share, double linkCost )
    {
      if ( share == 0 )
        return 0;
      return linkCost == UNREACHABLE ? UNREACHABLE : exactSeconds( share * linkCost );
    }

    //! A node at an end of an endpoint's link, and the cost of the stretch between it and the endpoint (access leg included).
    struct LinkEnd
    {
        NodeId node;
        double seconds;
        double metres;
    };
    struct LinkEnds
    {
        LinkEnd end[2];
        int count = 0;
    };

    /**
     * The ends of the endpoint's link a trip can leave it by (leaving: from the endpoint to the
     * end), or arrive at it from (arriving: from the end to the endpoint), as the link's
     * directions allow: an endpoint at along f leaves forward to linkTo (share 1 - f) and
     * backward to linkFrom (share f), and is reached forward from linkFrom (share f) and backward
     * from linkTo (share 1 - f).
     */
    LinkEnds linkEnds( const RoadGraph &graph, const NetworkEndpoint &endpoint, bool leaving )
    {
      LinkEnds ends;
      const LinkId link = endpoint.location.link;
      const double f = linkFraction( graph, endpoint.location );
      const double length = graph.linkLength[link];
      const double forward = partCost( leaving ? 1 - f : f, graph.linkForwardCost[link] );
      const double backward = partCost( leaving ? f : 1 - f, graph.linkBackwardCost[link] );
      // Every term on the exact grid, so the sums do not hang on the order of addition.
      const double accessSeconds = exactSeconds( endpoint.accessSeconds );
      const double accessMetres = exactMetres( endpoint.accessMetres );
      if ( forward != UNREACHABLE )
        ends.end[ends.count++] = { leaving ? graph.linkTo[link] : graph.linkFrom[link], forward + accessSeconds, exactMetres( ( leaving ? 1 - f : f ) * length ) + accessMetres };
      if ( backward != UNREACHABLE )
        ends.end[ends.count++] = { leaving ? graph.linkFrom[link] : graph.linkTo[link], backward + accessSeconds, exactMetres( ( leaving ? f : 1 - f ) * length ) + accessMetres };
      return ends;
    }

    //! Starts search at the ends of origin's link that it can travel to, with the share of the link to each and the access leg.
    template <typename Search>
    void addLinkEndSources( const RoadGraph &graph, Search &search, const NetworkEndpoint &origin, bool leaving = true, const std::vector<NodeId> &newId = {} )
    {
      const LinkEnds ends = linkEnds( graph, origin, leaving );
      for ( int i = 0; i < ends.count; ++i )
        search.addSource( newId.empty() ? ends.end[i].node : newId[ends.end[i].node], ends.end[i].seconds, ends.end[i].metres );
    }

    /**
     * Groups items by key, CSR style: items of key k are items[start[k]] to items[start[k + 1]],
     * in the order they were given (keys below keyCount).
     */
    template <typename T>
    void groupByKey( std::vector<std::pair<std::uint32_t, T>> keyed, std::size_t keyCount, std::vector<std::uint32_t> &start, std::vector<T> &items )
    {
      std::stable_sort( keyed.begin(), keyed.end(), []( const auto &a, const auto &b )
                        { return a.first < b.first; } );
      start.assign( keyCount + 1, 0 );
      items.clear();
      items.reserve( keyed.size() );
      for ( const auto &[key, item] : keyed )
      {
        ++start[key + 1];
        items.push_back( item );
      }
      for ( std::size_t k = 0; k < keyCount; ++k )
        start[k + 1] += start[k];
    }

    //! A trip along one link only, between two endpoints on it.
    struct DirectTrip
    {
        double seconds = UNREACHABLE; //!< Access legs included; UNREACHABLE when the link's direction forbids it.
        double metres = 0;
    };

    //! Travel from origin to destination, both on link, along it alone (the way its direction allows).
    DirectTrip directAlongLink( const RoadGraph &graph, LinkId link, const NetworkEndpoint &origin, const NetworkEndpoint &destination )
    {
      const double f = linkFraction( graph, origin.location );
      const double g = linkFraction( graph, destination.location );
      const double forward = g >= f ? partCost( g - f, graph.linkForwardCost[link] ) : UNREACHABLE;
      const double backward = g <= f ? partCost( f - g, graph.linkBackwardCost[link] ) : UNREACHABLE;
      const double direct = std::min( forward, backward );
      DirectTrip trip;
      trip.metres = exactMetres( std::abs( g - f ) * graph.linkLength[link] ) + exactMetres( origin.accessMetres ) + exactMetres( destination.accessMetres );
      if ( direct != UNREACHABLE )
        trip.seconds = direct + exactSeconds( origin.accessSeconds ) + exactSeconds( destination.accessSeconds );
      return trip;
    }

    //! Position of (x, y), both below 2^16, along a Hilbert curve filling the 2^16 x 2^16 square.
    std::uint64_t hilbertIndex( std::uint32_t x, std::uint32_t y )
    {
      constexpr std::uint32_t side = 1u << 16;
      std::uint64_t d = 0;
      for ( std::uint32_t s = side / 2; s > 0; s /= 2 )
      {
        const std::uint32_t rx = ( x & s ) ? 1 : 0;
        const std::uint32_t ry = ( y & s ) ? 1 : 0;
        d += static_cast<std::uint64_t>( s ) * s * ( ( 3 * rx ) ^ ry );
        if ( ry == 0 )
        {
          if ( rx == 1 )
          {
            x = side - 1 - x;
            y = side - 1 - y;
          }
          std::swap( x, y );
        }
      }
      return d;
    }

    //! New node ids following a Hilbert curve over the node positions (equal places: by old id).
    std::vector<NodeId> hilbertOrder( const RoadGraph &graph )
    {
      const std::size_t count = graph.nodeCount();
      double minX = 0, minY = 0, maxX = 0, maxY = 0;
      for ( std::size_t n = 0; n < count; ++n )
      {
        const Point &p = graph.nodePosition[n];
        minX = n == 0 ? p.x : std::min( minX, p.x );
        minY = n == 0 ? p.y : std::min( minY, p.y );
        maxX = n == 0 ? p.x : std::max( maxX, p.x );
        maxY = n == 0 ? p.y : std::max( maxY, p.y );
      }
      const double span = std::max( { maxX - minX, maxY - minY, 1e-9 } );
      auto cell = []( double t )
      { return static_cast<std::uint32_t>( std::clamp( t, 0.0, 1.0 ) * 65535.0 ); };
      std::vector<std::pair<std::uint64_t, NodeId>> keyed( count );
      for ( std::size_t n = 0; n < count; ++n )
      {
        const Point &p = graph.nodePosition[n];
        keyed[n] = { hilbertIndex( cell( ( p.x - minX ) / span ), cell( ( p.y - minY ) / span ) ), static_cast<NodeId>( n ) };
      }
      std::sort( keyed.begin(), keyed.end() );
      std::vector<NodeId> newId( count );
      for ( std::size_t i = 0; i < count; ++i )
        newId[keyed[i].second] = static_cast<NodeId>( i );
      return newId;
    }

    using Task = std::function<void( std::size_t, const std::function<bool()> & )>;

    /**
     * Tasks for index 0 .. count-1 over threads (0 = all cores), started without waiting: each
     * thread makes its own task with makeTask() (so it can hold the thread's search state) and
     * takes indices in turn, while the calling thread is free for other work until wait().
     */
    class ParallelRun
    {
      public:
        ParallelRun( std::size_t count, unsigned threads, std::function<Task()> makeTask )
            : mCount( count ), mMakeTask( std::move( makeTask ) ), mStarted( std::chrono::steady_clock::now() )
        {
          threads = static_cast<unsigned>( std::min<std::size_t>( threadsFor( threads ), std::max<std::size_t>( 1, count ) ) );
          try
          {
            for ( unsigned t = 0; t < threads; ++t )
              mWorkers.emplace_back( [this]()
                                     { work( mMakeTask() ); } );
          }
          catch ( ... )
          {
            // No thread to spare: those started are stopped and joined before the error goes on
            // (a thread left joinable would end the process).
            stop();
            throw;
          }
        }
        ParallelRun( const ParallelRun & ) = delete;
        ParallelRun &operator=( const ParallelRun & ) = delete;
        ~ParallelRun() { stop(); }

        /**
         * Waits for every task, polling canceled() and reporting progress(done, count) a few
         * times a second. Returns false when canceled.
         */
        bool wait( const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress )
        {
          for ( ;; )
          {
            {
              std::unique_lock<std::mutex> lock( mMutex );
              if ( mAllDone.wait_for( lock, std::chrono::milliseconds( 50 ), [&]()
                                      { return mDone.load() >= mCount; } ) )
                break;
            }
            if ( canceled && canceled() )
            {
              mStop = true;
              break;
            }
            if ( progress )
              progress( mDone.load(), mCount );
          }
          join();
          return !( mStop.load() || ( canceled && canceled() ) );
        }

        //! From the start to the last task's end, once wait() returned true: the tasks' own time, whatever the calling thread did meanwhile.
        double seconds() const { return mSeconds; }

        //! Asks the tasks to stop and waits for the threads.
        void stop()
        {
          mStop = true;
          join();
        }

      private:
        void work( const Task &task )
        {
          const std::function<bool()> stopRequested = [this]()
          { return mStop.load( std::memory_order_relaxed ); };
          for ( ;; )
          {
            const std::size_t i = mNext.fetch_add( 1 );
            if ( i >= mCount || mStop.load( std::memory_order_relaxed ) )
              return;
            task( i, stopRequested );
            // The last task wakes the waiting thread at once: sleeping in steps of 50 ms between
            // progress reports cost 25 ms on average a call, a fifth of a small network's search.
            if ( mDone.fetch_add( 1 ) + 1 == mCount )
            {
              const std::lock_guard<std::mutex> lock( mMutex );
              mSeconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - mStarted ).count();
              mAllDone.notify_all();
            }
          }
        }

        void join()
        {
          for ( std::thread &thread : mWorkers )
          {
            if ( thread.joinable() )
              thread.join();
          }
        }

        const std::size_t mCount;
        const std::function<Task()> mMakeTask;
        const std::chrono::steady_clock::time_point mStarted;
        double mSeconds = 0.0;
        std::atomic<std::size_t> mNext { 0 };
        std::atomic<std::size_t> mDone { 0 };
        std::atomic<bool> mStop { false };
        std::mutex mMutex;
        std::condition_variable mAllDone;
        std::vector<std::thread> mWorkers;
    };

    //! A ParallelRun waited for at once. Returns false when canceled.
    bool runInParallel( std::size_t count, unsigned threads, const std::function<Task()> &makeTask,
                        const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress )
    {
      ParallelRun run( count, threads, makeTask );
      return run.wait( canceled, progress );
    }

    struct Candidate
    {
        double seconds;
        std::uint32_t destination;
        bool operator>( const Candidate &other ) const { return seconds > other.seconds || ( seconds == other.seconds && destination > other.destination ); }
    };

    /**
     * The seconds of the k-th best of the distinct destinations found so far: no final k-th can
     * be dearer, as found costs only fall. Infinite until k are found, for k = 0, and for k over
     * 64, where keeping the k best would cost more than the early stop saves.
     */
    class NearestBound
    {
      public:
        explicit NearestBound( std::size_t k )
            : mK( k <= 64 ? k : 0 )
        {
        }
        double bound() const { return mK > 0 && mBest.size() == mK ? mBest.back().seconds : UNREACHABLE; }
        void offer( std::uint32_t destination, double seconds )
        {
          if ( mK == 0 )
            return;
          auto found = std::find_if( mBest.begin(), mBest.end(), [destination]( const Best &best )
                                     { return best.destination == destination; } );
          if ( found != mBest.end() )
            found->seconds = std::min( found->seconds, seconds );
          else if ( mBest.size() < mK )
            mBest.push_back( { destination, seconds } );
          else if ( seconds < mBest.back().seconds )
            mBest.back() = { destination, seconds };
          else
            return;
          std::sort( mBest.begin(), mBest.end(), []( const Best &a, const Best &b )
                     { return a.seconds < b.seconds; } );
        }

      private:
        struct Best
        {
            std::uint32_t destination;
            double seconds;
        };
        std::size_t mK;
        std::vector<Best> mBest; //!< The k best found, cheapest first.
    };
  } // namespace

  //! Per-search state about the destinations, reused between origins of one thread.
  struct TravelTimeEngine::Workspace
  {
      explicit Workspace( std::size_t destinations )
          : seconds( destinations, UNREACHABLE ), metres( destinations, UNREACHABLE ), via( destinations, NO_ID ), state( destinations, 0 )
      {
      }
      void clear()
      {
        for ( std::uint32_t d : touched )
        {
          seconds[d] = UNREACHABLE;
          metres[d] = UNREACHABLE;
          via[d] = NO_ID;
          state[d] = 0;
        }
        touched.clear();
        candidates = decltype( candidates )();
      }
      //! Keeps a path to destination d when it is cheaper (equal times: shorter); true when kept.
      bool improve( std::uint32_t d, double s, double m )
      {
        if ( state[d] == 0 )
        {
          state[d] = 1;
          touched.push_back( d );
        }
        if ( s < seconds[d] || ( s == seconds[d] && m < metres[d] ) )
        {
          seconds[d] = s;
          metres[d] = m;
          return true;
        }
        return false;
      }
      //! Offers a path to destination d (unless final), a candidate when kept; via = the node it leaves the graph from, NO_ID for direct.
      void offer( std::uint32_t d, double s, double m, NodeId node )
      {
        if ( state[d] != 2 && improve( d, s, m ) )
        {
          via[d] = node;
          candidates.push( { s, d } );
        }
      }
      std::vector<double> seconds;
      std::vector<double> metres;
      std::vector<NodeId> via;
      std::vector<std::uint8_t> state; //!< 0 untouched, 1 candidate, 2 final.
      std::vector<std::uint32_t> touched;
      std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> candidates;
  };

  TravelTimeEngine::TravelTimeEngine( const RoadGraph &graph, std::vector<NetworkEndpoint> destinations )
      : mGraph( graph ), mDestinations( std::move( destinations ) )
  {
    // A destination is reached from the ends of its link that lead to it.
    std::vector<std::pair<NodeId, Attachment>> attachments;
    std::vector<std::pair<LinkId, std::uint32_t>> onLink;
    for ( std::uint32_t d = 0; d < mDestinations.size(); ++d )
    {
      const NetworkEndpoint &endpoint = mDestinations[d];
      if ( !endpoint.location.isValid() )
        continue;
      const LinkEnds ends = linkEnds( graph, endpoint, false );
      for ( int i = 0; i < ends.count; ++i )
        attachments.push_back( { ends.end[i].node, Attachment { d, ends.end[i].seconds, ends.end[i].metres } } );
      onLink.push_back( { endpoint.location.link, d } );
    }
    groupByKey( std::move( attachments ), graph.nodeCount(), mAttachStart, mAttachments );
    groupByKey( std::move( onLink ), graph.linkCount(), mOnLinkStart, mOnLink );
  }

  void TravelTimeEngine::addSources( DijkstraSearch &search, const NetworkEndpoint &origin ) const
  {
    addLinkEndSources( mGraph, search, origin );
  }

  std::vector<Reach> TravelTimeEngine::search( DijkstraSearch &search, Workspace &workspace, const NetworkEndpoint &origin, const TravelQuery &query, const std::function<bool()> &stopRequested, std::uint32_t routeTo ) const
  {
    std::vector<Reach> reached;
    workspace.clear();
    search.setTimetable( query.timetable, query.departClock );
    search.reset();
    if ( !origin.location.isValid() || mDestinations.empty() )
      return reached;

    addSources( search, origin );
    // Direct travel along the origin's own link to destinations on it.
    const LinkId link = origin.location.link;
    for ( std::uint32_t i = mOnLinkStart[link]; i < mOnLinkStart[link + 1]; ++i )
    {
      const std::uint32_t d = mOnLink[i];
      const DirectTrip trip = directAlongLink( mGraph, link, origin, mDestinations[d] );
      if ( trip.seconds != UNREACHABLE )
        workspace.offer( d, trip.seconds, trip.metres, NO_ID );
    }

    // Candidates no dearer than limit are final: every path still to be found costs at least limit.
    auto finalizeUpTo = [&]( double limit )
    {
      while ( !workspace.candidates.empty() && workspace.candidates.top().seconds <= limit )
      {
        const Candidate top = workspace.candidates.top();
        workspace.candidates.pop();
        if ( workspace.state[top.destination] == 2 || top.seconds != workspace.seconds[top.destination] )
          continue;
        workspace.state[top.destination] = 2;
        Reach reach { top.destination, top.seconds, workspace.metres[top.destination] };
        const NodeId via = workspace.via[top.destination];
        if ( query.timetable && via != NO_ID )
        {
          // The last stretch from via is road: the ferry share is via's.
          reach.ferrySeconds = static_cast<float>( search.ferrySeconds( via ) );
          reach.waitSeconds = static_cast<float>( search.waitSeconds( via ) );
          reach.ferryLegs = search.ferryLegs( via );
        }
        reached.push_back( reach );
      }
    };

    const std::size_t wanted = mDestinations.size();
    std::size_t settledSinceCheck = 0;
    for ( ;; )
    {
      if ( search.finished() )
      {
        finalizeUpTo( query.cutoffSeconds );
        break;
      }
      const double key = search.nextCost();
      if ( key > query.cutoffSeconds )
      {
        finalizeUpTo( query.cutoffSeconds );
        break;
      }
      finalizeUpTo( key );
      if ( reached.size() == wanted )
        break;
      if ( routeTo != NO_ID && workspace.state[routeTo] == 2 )
        break;
      // Stop past the k-th: strictly dearer, so that every tie with the k-th is final too.
      if ( query.nearest > 0 && reached.size() >= query.nearest && reached[query.nearest - 1].seconds < key )
        break;
      if ( stopRequested && ++settledSinceCheck >= 4096 )
      {
        settledSinceCheck = 0;
        if ( stopRequested() )
          return {};
      }

      const NodeId node = search.settleNext();
      const double seconds = search.seconds( node );
      const double metres = search.metres( node );
      for ( std::uint32_t i = mAttachStart[node]; i < mAttachStart[node + 1]; ++i )
      {
        const Attachment &attachment = mAttachments[i];
        workspace.offer( attachment.destination, seconds + attachment.seconds, metres + attachment.metres, node );
      }
    }

    sortRanked( reached );
    if ( query.nearest > 0 && reached.size() > query.nearest )
      reached.resize( query.nearest );
    return reached;
  }

  std::vector<Reach> TravelTimeEngine::fromOrigin( DijkstraSearch &dijkstra, const NetworkEndpoint &origin, const TravelQuery &query, const std::function<bool()> &stopRequested ) const
  {
    Workspace workspace( mDestinations.size() );
    return search( dijkstra, workspace, origin, query, stopRequested, NO_ID );
  }

  std::vector<std::vector<Reach>> TravelTimeEngine::manyToMany( const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads,
                                                                const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress ) const
  {
    // Backward searches cannot know the clock at which a sailing is reached: timetables search forward.
    if ( query.nearest == 0 && mDestinations.size() < origins.size() && !query.timetable )
      return manyToManyReversed( origins, query, threads, canceled, progress );

    // Each origin's result goes to its own slot, so the thread count cannot change any answer.
    std::vector<std::vector<Reach>> results( origins.size() );
    const std::shared_ptr<const SearchGraph> forward = std::make_shared<const SearchGraph>( SearchGraph::forward( mGraph ) );
    auto makeTask = [&]() -> Task
    {
      auto dijkstra = std::make_shared<DijkstraSearch>( *forward, false );
      auto workspace = std::make_shared<Workspace>( mDestinations.size() );
      return [this, dijkstra, workspace, &results, &origins, &query]( std::size_t i, const std::function<bool()> &stopRequested )
      { results[i] = search( *dijkstra, *workspace, origins[i], query, stopRequested, NO_ID ); };
    };
    if ( !runInParallel( origins.size(), threads, makeTask, canceled, progress ) )
      return {};
    if ( progress )
      progress( origins.size(), origins.size() );
    return results;
  }

  std::vector<std::vector<Reach>> TravelTimeEngine::manyToManyReversed( const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads,
                                                                        const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress ) const
  {
    std::vector<std::vector<Reach>> results( origins.size() );
    if ( mDestinations.empty() || origins.empty() )
    {
      if ( progress )
        progress( origins.size(), origins.size() );
      return results;
    }

    // The reversed graph, renumbered along a Hilbert curve.
    const std::vector<NodeId> newId = hilbertOrder( mGraph );
    const SearchGraph reversed = SearchGraph::reversed( mGraph, newId );

    // Where each origin leaves the graph in a reversed search: an origin at along f of link l
    // starts forward searches at linkTo (forward share 1 - f) and linkFrom (backward share f),
    // so a backward search that settles those nodes has reached the origin, with these costs.
    std::vector<std::pair<NodeId, Attachment>> attachments;
    std::vector<std::pair<LinkId, std::uint32_t>> onLink;
    for ( std::uint32_t o = 0; o < origins.size(); ++o )
    {
      const NetworkEndpoint &origin = origins[o];
      if ( !origin.location.isValid() )
        continue;
      const LinkEnds ends = linkEnds( mGraph, origin, true );
      for ( int i = 0; i < ends.count; ++i )
        attachments.push_back( { newId[ends.end[i].node], Attachment { o, ends.end[i].seconds, ends.end[i].metres } } );
      onLink.push_back( { origin.location.link, o } );
    }
    std::vector<std::uint32_t> attachStart;
    std::vector<Attachment> attached;
    groupByKey( std::move( attachments ), mGraph.nodeCount(), attachStart, attached );
    std::size_t attachNodes = 0; // nodes some origin hangs from
    for ( std::size_t n = 0; n < mGraph.nodeCount(); ++n )
      attachNodes += attachStart[n + 1] > attachStart[n] ? 1 : 0;
    std::vector<std::uint32_t> onLinkStart;
    std::vector<std::uint32_t> originsOnLink;
    groupByKey( std::move( onLink ), mGraph.linkCount(), onLinkStart, originsOnLink );

    // One column per destination: (origin, seconds, metres), from its own search.
    std::vector<std::vector<Reach>> columns( mDestinations.size() );
    auto makeTask = [&]() -> Task
    {
      // Every node is settled anyway and no order of ties is needed: the radix heap's search.
      auto dijkstra = std::make_shared<RadixSearch>( reversed );
      auto best = std::make_shared<Workspace>( origins.size() );
      return [&, dijkstra, best]( std::size_t d, const std::function<bool()> &stopRequested )
      {
        RadixSearch &search = *dijkstra;
        Workspace &workspace = *best;
        workspace.clear();
        search.reset();
        const NetworkEndpoint &destination = mDestinations[d];
        if ( !destination.location.isValid() )
          return;
        // The destination's sources: as it is attached in the forward searches.
        const LinkId link = destination.location.link;
        addLinkEndSources( mGraph, search, destination, false, newId );
        // Direct travel along the destination's link from origins on it, as the forward search has it.
        for ( std::uint32_t i = onLinkStart[link]; i < onLinkStart[link + 1]; ++i )
        {
          const std::uint32_t o = originsOnLink[i];
          const DirectTrip trip = directAlongLink( mGraph, link, origins[o], destination );
          if ( trip.seconds != UNREACHABLE )
            workspace.offer( o, trip.seconds, trip.metres, NO_ID );
        }
        // Settle until every node an origin hangs from is final (or the cut-off is passed).
        std::size_t attachSettled = 0;
        std::size_t settledSinceCheck = 0;
        while ( attachSettled < attachNodes && !search.finished() && search.nextCost() <= query.cutoffSeconds )
        {
          if ( ++settledSinceCheck >= 4096 )
          {
            settledSinceCheck = 0;
            if ( stopRequested() )
              return;
          }
          const NodeId node = search.settleNext();
          const std::uint32_t first = attachStart[node];
          const std::uint32_t last = attachStart[node + 1];
          if ( first == last )
            continue;
          ++attachSettled;
          const double seconds = search.seconds( node );
          const double metres = search.metres( node );
          for ( std::uint32_t i = first; i < last; ++i )
            workspace.offer( attached[i].destination, seconds + attached[i].seconds, metres + attached[i].metres, node );
        }
        std::vector<Reach> &column = columns[d];
        for ( std::uint32_t o : workspace.touched )
        {
          if ( workspace.seconds[o] <= query.cutoffSeconds )
            column.push_back( { o, workspace.seconds[o], workspace.metres[o] } );
        }
        std::sort( column.begin(), column.end(), []( const Reach &a, const Reach &b )
                   { return a.destination < b.destination; } );
      };
    };
    if ( !runInParallel( mDestinations.size(), threads, makeTask, canceled, progress ) )
      return {};

    // Transpose: destinations in order, so each row is built the same way whatever the threads.
    for ( std::uint32_t d = 0; d < columns.size(); ++d )
    {
      for ( const Reach &cell : columns[d] )
        results[cell.destination].push_back( { d, cell.seconds, cell.metres } );
      std::vector<Reach>().swap( columns[d] );
    }
    for ( std::vector<Reach> &row : results )
    {
      sortRanked( row );
    }
    if ( progress )
      progress( origins.size(), origins.size() );
    return results;
  }

  bool TravelTimeEngine::preparedBuckets( const ContractionHierarchy &hierarchy, unsigned threads, const std::function<bool()> &canceled, std::vector<std::uint32_t> &bucketStart, std::vector<Attachment> &buckets ) const
  {
    // Buckets: at each hierarchy node, the destinations its backward upward searches reached, with the cost from the node on.
    std::vector<std::vector<std::pair<NodeId, Attachment>>> reachedBy( mDestinations.size() );
    auto makeBucketTask = [&]() -> Task
    {
      auto upward = std::make_shared<UpwardSearch>( hierarchy, true );
      return [&, upward]( std::size_t d, const std::function<bool()> & )
      {
        const NetworkEndpoint &destination = mDestinations[d];
        if ( !destination.location.isValid() )
          return;
        upward->reset();
        addLinkEndSources( mGraph, *upward, destination, false );
        upward->run();
        for ( const UpwardSearch::Settled &settled : upward->settled() )
          reachedBy[d].push_back( { settled.node, Attachment { static_cast<std::uint32_t>( d ), settled.seconds, settled.metres } } );
      };
    };
    if ( !runInParallel( mDestinations.size(), threads, makeBucketTask, canceled, {} ) )
      return false;
    std::vector<std::pair<NodeId, Attachment>> entries;
    for ( std::vector<std::pair<NodeId, Attachment>> &list : reachedBy )
    {
      entries.insert( entries.end(), list.begin(), list.end() );
      std::vector<std::pair<NodeId, Attachment>>().swap( list );
    }
    groupByKey( std::move( entries ), hierarchy.nodeCount(), bucketStart, buckets );
    return true;
  }

  std::vector<std::vector<Reach>> TravelTimeEngine::manyToManyPrepared( const ContractionHierarchy &hierarchy, const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads,
                                                                        const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress ) const
  {
    std::vector<std::vector<Reach>> results;
    if ( !manyToManyPreparedInBlocks( hierarchy, origins, query, threads, 0, keepEveryBlock( results ), canceled, progress ) )
      return {};
    results.resize( origins.size() );
    return results;
  }

  TravelTimeEngine::ReachBlockSink TravelTimeEngine::keepEveryBlock( std::vector<std::vector<Reach>> &results )
  {
    return [&results]( std::size_t, std::vector<std::vector<Reach>> &rows )
    {
      if ( results.empty() )
        results.swap( rows );
      else
        std::move( rows.begin(), rows.end(), std::back_inserter( results ) );
      return true;
    };
  }

  bool TravelTimeEngine::manyToManyPreparedInBlocks( const ContractionHierarchy &hierarchy, const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads, std::size_t blockOrigins,
                                                     const ReachBlockSink &rows, const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress, double *searchSeconds ) const
  {
    const std::chrono::steady_clock::time_point bucketsStarted = std::chrono::steady_clock::now();
    std::vector<std::uint32_t> bucketStart;
    std::vector<Attachment> buckets;
    if ( !preparedBuckets( hierarchy, threads, canceled, bucketStart, buckets ) )
      return false;
    double searchTime = std::chrono::duration<double>( std::chrono::steady_clock::now() - bucketsStarted ).count();
    const std::size_t blockSize = blockOrigins == 0 ? origins.size() : std::min( blockOrigins, origins.size() );
    // Two blocks' rows: the next block is searched while the last one is handed to rows(), so
    // the cores are not left idle while it is written (on OSM Monaco a quarter of the search's
    // time was one core writing a block while the other waited for the next).
    std::vector<std::vector<Reach>> blocks[2];
    std::size_t first = 0;
    std::vector<std::vector<Reach>> *searching = &blocks[0];

    // Each worker's searches are made once, here, and kept from block to block: made for every
    // block, a large network's search arrays were fresh memory again and again.
    std::vector<Task> tasks;
    for ( unsigned t = 0; t < threadsFor( threads ); ++t )
    {
      auto upward = std::make_shared<UpwardSearch>( hierarchy, false );
      auto best = std::make_shared<Workspace>( mDestinations.size() );
      tasks.push_back( [&, upward, best]( std::size_t k, const std::function<bool()> & )
                       {
        const std::size_t o = first + k;
        std::vector<Reach> &row = ( *searching )[k];
        row.clear();
        const NetworkEndpoint &origin = origins[o];
        if ( !origin.location.isValid() || mDestinations.empty() )
          return;
        Workspace &workspace = *best;
        workspace.clear();
        NearestBound nearest( query.nearest );
        const LinkId link = origin.location.link;
        for ( std::uint32_t i = mOnLinkStart[link]; i < mOnLinkStart[link + 1]; ++i )
        {
          const std::uint32_t d = mOnLink[i];
          const DirectTrip trip = directAlongLink( mGraph, link, origin, mDestinations[d] );
          if ( trip.seconds != UNREACHABLE && workspace.improve( d, trip.seconds, trip.metres ) )
            nearest.offer( d, trip.seconds );
        }
        upward->reset();
        addLinkEndSources( mGraph, *upward, origin );
        // Every path through a node costs at least its upward seconds: once those pass the
        // cut-off, or the k-th best destination found (with a microsecond's margin, as results
        // are ranked to the microsecond), no later node can bring a destination into the answer.
        while ( !upward->finished() )
        {
          const double next = upward->nextSeconds();
          if ( next > query.cutoffSeconds || next > nearest.bound() + 1e-6 )
            break;
          const UpwardSearch::Settled settled = upward->settleNext();
          for ( std::uint32_t i = bucketStart[settled.node]; i < bucketStart[settled.node + 1]; ++i )
          {
            const std::uint32_t d = buckets[i].destination;
            if ( workspace.improve( d, settled.seconds + buckets[i].seconds, settled.metres + buckets[i].metres ) )
              nearest.offer( d, workspace.seconds[d] );
          }
        }
        // Sized once (a whole matrix's rows were above), as the rows of many origins are kept: counted first, not grown.
        row.reserve( static_cast<std::size_t>( std::count_if( workspace.touched.begin(), workspace.touched.end(), [&]( std::uint32_t d )
                                                              { return workspace.seconds[d] <= query.cutoffSeconds; } ) ) );
        for ( std::uint32_t d : workspace.touched )
        {
          if ( workspace.seconds[d] <= query.cutoffSeconds )
            row.push_back( { d, workspace.seconds[d], workspace.metres[d] } );
        }
        sortRanked( row );
        if ( query.nearest > 0 && row.size() > query.nearest )
        {
          row.resize( query.nearest );
          row.shrink_to_fit();
        } } );
    }
    std::atomic<std::size_t> nextTask { 0 };
    const std::function<Task()> makeTask = [&]()
    { return tasks[nextTask.fetch_add( 1 )]; };

    // Starts the search of the block at first into searching's rows.
    const auto startBlock = [&]() -> std::unique_ptr<ParallelRun>
    {
      const std::size_t count = std::min( blockSize, origins.size() - first );
      std::vector<std::vector<Reach>> &block = *searching;
      block.resize( count );
      // A whole matrix's rows are made here, on the calling thread: made on the workers, they came
      // from glibc's per-thread arenas, which it does not put on huge pages even when asked, and
      // filling them cost a page fault every 4 KiB (Monaco's 750,000 reaches: 60 ms of faults).
      if ( query.nearest == 0 && query.cutoffSeconds == UNREACHABLE )
      {
        for ( std::size_t k = 0; k < count; ++k )
        {
          if ( origins[first + k].location.isValid() )
            block[k].reserve( mDestinations.size() );
        }
      }
      nextTask = 0;
      return std::make_unique<ParallelRun>( count, threads, makeTask );
    };
    std::unique_ptr<ParallelRun> run = origins.empty() ? nullptr : startBlock();
    while ( run )
    {
      const std::size_t searchedFirst = first;
      std::vector<std::vector<Reach>> &searched = *searching;
      const std::function<void( std::size_t, std::size_t )> blockProgress = [&]( std::size_t done, std::size_t )
      {
        if ( progress )
          progress( searchedFirst + done, origins.size() );
      };
      if ( !run->wait( canceled, blockProgress ) )
        return false;
      searchTime += run->seconds();
      if ( searchSeconds )
        *searchSeconds = searchTime;
      if ( progress )
        progress( searchedFirst + searched.size(), origins.size() );
      first += searched.size();
      searching = searching == &blocks[0] ? &blocks[1] : &blocks[0];
      run = first < origins.size() ? startBlock() : nullptr;
      if ( !rows( searchedFirst, searched ) )
        return false; // the next block's search, if any, is stopped as run goes
    }
    if ( progress && origins.empty() )
      progress( 0, 0 );
    return true;
  }

  std::vector<RoutePiece> TravelTimeEngine::route( const NetworkEndpoint &origin, std::uint32_t destination, const TravelQuery &query ) const
  {
    std::vector<RoutePiece> pieces;
    if ( destination >= mDestinations.size() || !origin.location.isValid() || !mDestinations[destination].location.isValid() )
      return pieces;
    DijkstraSearch dijkstra( mGraph );
    Workspace workspace( mDestinations.size() );
    TravelQuery routeQuery;
    routeQuery.timetable = query.timetable;
    routeQuery.departClock = query.departClock;
    search( dijkstra, workspace, origin, routeQuery, {}, destination );
    if ( workspace.state[destination] != 2 )
      return pieces;

    const NetworkLocation &to = mDestinations[destination].location;
    const NodeId via = workspace.via[destination];
    if ( via == NO_ID )
    {
      pieces.push_back( { to.link, origin.location.along, to.along } );
      return pieces;
    }
    // Last piece: from the node the destination was reached from, along the destination's link.
    const bool enteredForward = via == mGraph.linkFrom[to.link] && partCost( linkFraction( mGraph, to ), mGraph.linkForwardCost[to.link] ) != UNREACHABLE;
    pieces.push_back( { to.link, enteredForward ? 0.0 : mGraph.linkLength[to.link], to.along } );
    NodeId node = via;
    for ( ;; )
    {
      const std::uint32_t leg = dijkstra.predecessorLeg( node );
      if ( leg != NO_ID )
      {
        RoutePiece sailing;
        sailing.sailingLeg = leg;
        pieces.push_back( sailing );
        node = query.timetable->leg( leg ).from;
        continue;
      }
      const EdgeId edge = dijkstra.predecessorEdge( node );
      if ( edge == NO_ID )
        break;
      const LinkId link = mGraph.edgeLink[edge];
      const bool reversed = mGraph.edgeReversed[edge] != 0;
      pieces.push_back( { link, reversed ? mGraph.linkLength[link] : 0.0, reversed ? 0.0 : mGraph.linkLength[link] } );
      node = reversed ? mGraph.linkTo[link] : mGraph.linkFrom[link];
    }
    // First piece: from the origin to the source node the route starts at.
    const LinkId link = origin.location.link;
    const bool leftForward = node == mGraph.linkTo[link] && partCost( 1 - linkFraction( mGraph, origin.location ), mGraph.linkForwardCost[link] ) != UNREACHABLE;
    pieces.push_back( { link, origin.location.along, leftForward ? mGraph.linkLength[link] : 0.0 } );
    std::reverse( pieces.begin(), pieces.end() );
    return pieces;
  }

  std::vector<std::vector<double>> TravelTimeEngine::latestReturns( const std::vector<NetworkEndpoint> &origins, const FerryTimetable &timetable, double deadlineClock, unsigned threads,
                                                                    const std::function<bool()> &canceled, const std::function<void( std::size_t, std::size_t )> &progress ) const
  {
    std::vector<std::vector<double>> latest( origins.size() );
    const SearchGraph reversed = SearchGraph::reversed( mGraph );
    // Nodes a trip home can start from: where each destination joins the graph, leaving it.
    std::vector<std::pair<NodeId, Attachment>> exits;
    for ( std::uint32_t d = 0; d < mDestinations.size(); ++d )
    {
      if ( !mDestinations[d].location.isValid() )
        continue;
      const LinkEnds ends = linkEnds( mGraph, mDestinations[d], true );
      for ( int i = 0; i < ends.count; ++i )
        exits.push_back( { ends.end[i].node, Attachment { d, ends.end[i].seconds, ends.end[i].metres } } );
    }
    std::vector<std::uint32_t> exitStart;
    std::vector<Attachment> exitOf;
    groupByKey( std::move( exits ), mGraph.nodeCount(), exitStart, exitOf );

    auto makeTask = [&]() -> Task
    {
      auto dijkstra = std::make_shared<DijkstraSearch>( reversed, false );
      return [&, dijkstra]( std::size_t o, const std::function<bool()> &stopRequested )
      {
        DijkstraSearch &search = *dijkstra;
        std::vector<double> &need = latest[o]; // seconds needed from each destination to be home by the deadline
        need.assign( mDestinations.size(), UNREACHABLE );
        const NetworkEndpoint &origin = origins[o];
        if ( origin.location.isValid() )
        {
          search.setTimetable( &timetable, deadlineClock );
          search.reset();
          // Home is reached from the ends of its link, as a destination is in the forward searches.
          const LinkId link = origin.location.link;
          addLinkEndSources( mGraph, search, origin, false );
          for ( std::uint32_t i = mOnLinkStart[link]; i < mOnLinkStart[link + 1]; ++i )
          {
            const std::uint32_t d = mOnLink[i];
            need[d] = std::min( need[d], directAlongLink( mGraph, link, mDestinations[d], origin ).seconds );
          }
          std::size_t polled = 0;
          // A trip home cannot start before midnight: nothing needing more than the deadline counts.
          while ( !search.finished() && search.nextCost() <= deadlineClock )
          {
            if ( ( ++polled & 0xFFF ) == 0 && stopRequested() )
              return;
            const NodeId node = search.settleNext();
            for ( std::uint32_t i = exitStart[node]; i < exitStart[node + 1]; ++i )
              need[exitOf[i].destination] = std::min( need[exitOf[i].destination], search.seconds( node ) + exitOf[i].seconds );
          }
        }
        for ( double &value : need )
          value = value <= deadlineClock ? deadlineClock - value : -UNREACHABLE;
      };
    };
    if ( !runInParallel( origins.size(), threads, makeTask, canceled, progress ) )
      return {};
    return latest;
  }

  std::vector<NodeId> searchWithin( const RoadGraph &graph, DijkstraSearch &search, const NetworkEndpoint &origin, double limitSeconds )
  {
    std::vector<NodeId> settled;
    search.reset();
    if ( !origin.location.isValid() )
      return settled;
    // The two ends of the origin's link are the sources, as in the engine.
    addLinkEndSources( graph, search, origin );
    while ( !search.finished() && search.nextCost() <= limitSeconds )
      settled.push_back( search.settleNext() );
    return settled;
  }

  NodeId searchUntil( const RoadGraph &graph, DijkstraSearch &search, const NetworkEndpoint &origin, const std::function<bool( NodeId )> &isTarget, const std::function<bool()> &stopRequested )
  {
    search.reset();
    if ( !origin.location.isValid() )
      return NO_ID;
    addLinkEndSources( graph, search, origin );
    std::size_t polled = 0;
    while ( !search.finished() )
    {
      if ( stopRequested && ( ++polled & 0xFFF ) == 0 && stopRequested() )
        return NO_ID;
      const NodeId node = search.settleNext();
      if ( isTarget( node ) )
        return node;
    }
    return NO_ID;
  }

  std::vector<RoutePiece> reachableParts( const RoadGraph &graph, const DijkstraSearch &search, const std::vector<NodeId> &settled, const NetworkEndpoint &origin, double limitSeconds )
  {
    std::vector<RoutePiece> parts;
    if ( !origin.location.isValid() || origin.accessSeconds > limitSeconds )
      return parts;
    // How far along a link of cost seconds and length metres one gets with left seconds.
    auto reach = []( double left, double cost, double length )
    {
      if ( cost <= 0 || left >= cost )
        return length;
      return length * left / cost;
    };
    // The origin's own link, both ways from the origin as its directions allow.
    const LinkId own = origin.location.link;
    const double along = origin.location.along;
    const double length = graph.linkLength[own];
    const double left = limitSeconds - origin.accessSeconds;
    if ( graph.linkForwardCost[own] != UNREACHABLE )
      parts.push_back( { own, along, std::min( length, along + reach( left, graph.linkForwardCost[own], length ) ) } );
    if ( graph.linkBackwardCost[own] != UNREACHABLE )
      parts.push_back( { own, along, std::max( 0.0, along - reach( left, graph.linkBackwardCost[own], length ) ) } );
    if ( parts.empty() )
      parts.push_back( { own, along, along } );
    // Every edge leaving a node reached in time, as far as the time left allows.
    for ( NodeId node : settled )
    {
      const double seconds = search.seconds( node );
      if ( seconds > limitSeconds )
        continue;
      for ( EdgeId e = graph.firstOut[node]; e < graph.firstOut[node + 1]; ++e )
      {
        const LinkId link = graph.edgeLink[e];
        const double linkLength = graph.linkLength[link];
        const double travelled = reach( limitSeconds - seconds, graph.weight[e], linkLength );
        if ( graph.edgeReversed[e] )
          parts.push_back( { link, linkLength, linkLength - travelled } );
        else
          parts.push_back( { link, 0.0, travelled } );
      }
    }
    return parts;
  }

  double reachedLength( const std::vector<RoutePiece> &parts )
  {
    std::vector<std::tuple<LinkId, double, double>> intervals;
    intervals.reserve( parts.size() );
    for ( const RoutePiece &part : parts )
      intervals.emplace_back( part.link, std::min( part.fromAlong, part.toAlong ), std::max( part.fromAlong, part.toAlong ) );
    std::sort( intervals.begin(), intervals.end() );
    double total = 0;
    std::size_t i = 0;
    while ( i < intervals.size() )
    {
      // Merge the overlapping intervals of one link.
      const LinkId link = std::get<0>( intervals[i] );
      double start = std::get<1>( intervals[i] );
      double end = std::get<2>( intervals[i] );
      for ( ++i; i < intervals.size() && std::get<0>( intervals[i] ) == link; ++i )
      {
        if ( std::get<1>( intervals[i] ) > end )
        {
          total += end - start;
          start = std::get<1>( intervals[i] );
        }
        end = std::max( end, std::get<2>( intervals[i] ) );
      }
      total += end - start;
    }
    return total;
  }

} // namespace placegap
