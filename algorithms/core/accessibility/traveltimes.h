/***************************************************************************
  traveltimes.h - travel times from origins to destinations located on a road graph
 ***************************************************************************/
#ifndef PLACEGAP_CORE_TRAVELTIMES_H
#define PLACEGAP_CORE_TRAVELTIMES_H

#include "contractionhierarchy.h"
#include "dijkstra.h"
#include "networklocator.h"

#include <functional>
#include <vector>

namespace placegap
{
  /**
   * An origin or destination on the network: where it joins a link, and the cost of the
   * off-network leg between the feature and that point (e.g. snap distance / walking speed).
   */
  struct NetworkEndpoint
  {
      NetworkLocation location;
      double accessSeconds = 0;
      double accessMetres = 0;
  };

  //! One destination reached from an origin.
  struct Reach
  {
      std::uint32_t destination = 0; //!< Index into the destinations.
      double seconds = 0;            //!< Access legs + network, seconds.
      double metres = 0;             //!< Access legs + network, metres, of the fastest path.
      // With a timetable (else 0): of seconds, those on board and those waiting for sailings (check-in included), and the sailings taken.
      float ferrySeconds = 0;
      float waitSeconds = 0;
      std::uint32_t ferryLegs = 0;

      bool operator==( const Reach &other ) const { return destination == other.destination && seconds == other.seconds && metres == other.metres; }
  };

  struct TravelQuery
  {
      std::size_t nearest = 0;            //!< Keep only the k nearest destinations; 0 = all.
      double cutoffSeconds = UNREACHABLE; //!< Keep only destinations within this many seconds.
      /**
       * Sailings to take as timetabled, leaving at departClock (seconds after midnight of the
       * timetable's day): seconds then include waits for sailings. nullptr: a static search.
       */
      const FerryTimetable *timetable = nullptr;
      double departClock = 0;
  };

  //! One piece of a route: metres fromAlong to toAlong of a link (toAlong < fromAlong: travelled backwards).
  struct RoutePiece
  {
      LinkId link = NO_ID;
      double fromAlong = 0;
      double toAlong = 0;
      std::uint32_t sailingLeg = NO_ID; //!< A timetabled sailing leg instead of a link (link is then NO_ID).
  };

  /**
   * Travel times from origins to a fixed set of destinations: one Dijkstra search per origin
   * that stops once every destination (or the k nearest, or all within the cut-off) is
   * final. Results of an origin are sorted by seconds, seconds equal to the microsecond by
   * destination index;
   * unreachable destinations are absent (never a made-up number). An origin and a
   * destination on the same link may also travel directly along it.
   */
  class TravelTimeEngine
  {
    public:
      TravelTimeEngine( const RoadGraph &graph, std::vector<NetworkEndpoint> destinations );

      const RoadGraph &graph() const { return mGraph; }
      std::size_t destinationCount() const { return mDestinations.size(); }

      //! Searches from one origin; stopRequested is polled during the search (may be empty).
      std::vector<Reach> fromOrigin( DijkstraSearch &search, const NetworkEndpoint &origin, const TravelQuery &query, const std::function<bool()> &stopRequested = {} ) const;

      /**
       * fromOrigin for every origin, over threads (0 = all cores). Results do not depend on the
       * number of threads. progress(done, total) and canceled() are called from the calling
       * thread only, a few times a second. Returns an empty vector when canceled.
       *
       * With more origins than destinations and no k-nearest limit (all pairs, with or without a
       * cut-off), it searches backwards from each destination over the reversed graph instead
       * (see manyToManyReversed), which gives the same pairs, seconds and metres in fewer searches.
       */
      std::vector<std::vector<Reach>> manyToMany( const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads = 0,
                                                  const std::function<bool()> &canceled = {}, const std::function<void( std::size_t, std::size_t )> &progress = {} ) const;

      /**
       * All pairs (within query.cutoffSeconds) by one search per destination over the reversed
       * graph, each run until every origin's link ends are settled; the columns are then
       * transposed into rows sorted as fromOrigin sorts them. query.nearest must be 0. The
       * reversed graph is renumbered along a Hilbert curve of the node positions, so nodes near
       * each other on the ground sit near each other in memory. Public so tests can compare it
       * with the forward searches whatever the counts.
       */
      std::vector<std::vector<Reach>> manyToManyReversed( const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads = 0,
                                                          const std::function<bool()> &canceled = {}, const std::function<void( std::size_t, std::size_t )> &progress = {} ) const;

      /**
       * manyToMany over a contraction hierarchy of the graph: one upward search per destination
       * over the reversed arcs leaves, at every node it reaches, a bucket entry (destination,
       * cost); one upward search per origin meets them (Knopp et al. 2007). The same pairs,
       * seconds and metres as the plain searches, to the bit (every cost is on the exact grid of
       * exactSeconds, so the order of addition does not matter), sorted and cut (k nearest, cut-off) as fromOrigin does. With a
       * cut-off or k nearest, an origin's upward search stops once no node left can bring a
       * destination into the answer. No timetable.
       */
      std::vector<std::vector<Reach>> manyToManyPrepared( const ContractionHierarchy &hierarchy, const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads = 0,
                                                          const std::function<bool()> &canceled = {}, const std::function<void( std::size_t, std::size_t )> &progress = {} ) const;

      /**
       * Rows of consecutive origins, handed to the caller a block at a time: rows[k] is origin
       * firstOrigin + k's. The rows' memory is reused for the next block; return false to stop.
       */
      using ReachBlockSink = std::function<bool( std::size_t firstOrigin, std::vector<std::vector<Reach>> &rows )>;

      /**
       * A sink that gathers every block into results, in origin order: the first block is taken
       * without copying (one block when blockOrigins is 0), later ones are moved onto its end.
       */
      static ReachBlockSink keepEveryBlock( std::vector<std::vector<Reach>> &results );

      /**
       * manyToManyPrepared, blockOrigins origins at a time (0 = all at once), each block's rows
       * handed to rows() on the calling thread, in origin order, while the next block is
       * searched (into other rows: two blocks' rows are kept). The same rows as
       * manyToManyPrepared; a large matrix need not be held whole (on OSM Monaco, 750,000 pairs
       * held at once were 30 MB of fresh memory, each page zeroed on first touch). progress
       * counts origins over the whole run. searchSeconds, when given, is the searches' own time:
       * each block's from its start to its last origin, though rows() ran meanwhile. Returns
       * false when canceled or when rows() returned false (or throws what rows() throws, the
       * search's threads stopped and joined first).
       */
      bool manyToManyPreparedInBlocks( const ContractionHierarchy &hierarchy, const std::vector<NetworkEndpoint> &origins, const TravelQuery &query, unsigned threads, std::size_t blockOrigins,
                                       const ReachBlockSink &rows, const std::function<bool()> &canceled = {}, const std::function<void( std::size_t, std::size_t )> &progress = {},
                                       double *searchSeconds = nullptr ) const;
      //! The fastest route from origin to one destination, as pieces of links in travel order; empty when unreachable.
      std::vector<RoutePiece> route( const NetworkEndpoint &origin, std::uint32_t destination, const TravelQuery &query = TravelQuery() ) const;

      /**
       * For every origin and destination, the latest clock time (seconds after midnight) one
       * can leave the destination and be back at the origin by deadlineClock with the
       * timetable's sailings of the day (one backward search per origin); -infinity when one
       * cannot. Over threads like manyToMany; empty when canceled.
       */
      std::vector<std::vector<double>> latestReturns( const std::vector<NetworkEndpoint> &origins, const FerryTimetable &timetable, double deadlineClock, unsigned threads = 0,
                                                      const std::function<bool()> &canceled = {}, const std::function<void( std::size_t, std::size_t )> &progress = {} ) const;

    private:
      struct Attachment
      {
          std::uint32_t destination;
          double seconds;
          double metres;
      };
      struct Workspace;
      std::vector<Reach> search( DijkstraSearch &search, Workspace &workspace, const NetworkEndpoint &origin, const TravelQuery &query, const std::function<bool()> &stopRequested, std::uint32_t routeTo ) const;
      /**
       * The buckets of the prepared search: per hierarchy node (CSR), each destination whose
       * backward upward search reached it, with the cost from the node on. False when canceled.
       */
      bool preparedBuckets( const ContractionHierarchy &hierarchy, unsigned threads, const std::function<bool()> &canceled, std::vector<std::uint32_t> &bucketStart, std::vector<Attachment> &buckets ) const;
      //! Sources of a search from this endpoint: the link ends it can travel to.
      void addSources( DijkstraSearch &search, const NetworkEndpoint &origin ) const;

      const RoadGraph &mGraph;
      std::vector<NetworkEndpoint> mDestinations;
      // Node -> destinations reachable from it along the destination's link, CSR.
      std::vector<std::uint32_t> mAttachStart;
      std::vector<Attachment> mAttachments;
      // Link -> destinations on it (for direct travel along one link), CSR.
      std::vector<std::uint32_t> mOnLinkStart;
      std::vector<std::uint32_t> mOnLink;
  };

  /**
   * Runs search from origin (its off-network leg included) until every node within
   * limitSeconds is settled; returns those nodes in the order settled.
   */
  std::vector<NodeId> searchWithin( const RoadGraph &graph, DijkstraSearch &search, const NetworkEndpoint &origin, double limitSeconds );

  /**
   * Runs search from origin (its off-network leg included) until it settles a node for which
   * isTarget is true, and returns that node (the nearest such; equal times: the lower node id),
   * or NO_ID when none can be reached or stopRequested says so.
   */
  NodeId searchUntil( const RoadGraph &graph, DijkstraSearch &search, const NetworkEndpoint &origin, const std::function<bool( NodeId )> &isTarget, const std::function<bool()> &stopRequested = {} );

  /**
   * The parts of links reachable from origin within limitSeconds (at most the limit the
   * search ran to), each from where it is entered to as far as the time left allows; a part
   * can be a point (fromAlong == toAlong). Links are listed once per direction travelled.
   */
  std::vector<RoutePiece> reachableParts( const RoadGraph &graph, const DijkstraSearch &search, const std::vector<NodeId> &settled, const NetworkEndpoint &origin, double limitSeconds );

  //! Metres of road the parts cover, each stretch counted once however often it is listed.
  double reachedLength( const std::vector<RoutePiece> &parts );

} // namespace placegap

#endif // PLACEGAP_CORE_TRAVELTIMES_H
