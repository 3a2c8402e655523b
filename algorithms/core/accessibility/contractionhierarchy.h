/***************************************************************************
  contractionhierarchy.h - a RoadGraph prepared for fast repeated searches
 ***************************************************************************/
#ifndef PLACEGAP_CORE_CONTRACTIONHIERARCHY_H
#define PLACEGAP_CORE_CONTRACTIONHIERARCHY_H

#include "roadgraph.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace placegap
{
  /**
   * A contraction hierarchy (Geisberger, Sanders, Schultes and Delling 2008) of a RoadGraph's
   * static costs: nodes are contracted least important first, in rounds of nodes that come first
   * among their neighbours (contracted side by side on every core, as OSRM does), and a shortcut
   * keeps every shortest path that ran through a contracted node. A shortest path is then an upward
   * search from the start meeting an upward search (over the reversed arcs) from the end.
   *
   * Costs are (seconds, metres) compared as a pair, as the plain search compares them (equal
   * times: the shorter path), so the hierarchy keeps the same paths the plain search finds; its
   * sums add the same legs in another order, which gives the same bits as every cost is on the
   * exact grid (exactSeconds, exactMetres).
   *
   * Nodes are renumbered by rank (node n of the graph is node rank[n] here), so the highly
   * ranked nodes every search reaches lie together in memory.
   */
  class ContractionHierarchy
  {
    public:
      struct Arc
      {
          NodeId head;
          //! Where the compiler would leave padding, a member that is always 0: the arcs are stored
          //! as bytes, and padding holds whatever the memory held before.
          std::uint32_t unused = 0;
          double seconds;
          double metres;
      };

      struct BuildOptions
      {
          //! Nodes a witness search settles at most before the shortcut is kept anyway.
          std::size_t witnessSettleLimit = 100;
          /**
           * Give up (no hierarchy) when the graph left, while it still holds more than 5 % of the
           * nodes (and 1,000), has more than this many arcs a node: on grid-like networks
           * contraction runs away and a prepared graph would not pay.
           */
          double maxCoreDegree = 10.0;
          //! Threads contracting side by side (0 = every core); the hierarchy is the same for any number.
          unsigned threads = 0;
          /**
           * Networks of fewer nodes are contracted on one thread whatever threads says: their
           * rounds are too short to share out (2 cores, 2 threads against one: OSM Monaco's 17,614
           * nodes 44-59 against 29-41 ms; 31,000 and 80,000-node road-like networks no faster;
           * 583,000 nodes 1.5 times as fast).
           */
          std::size_t smallestSharedNetwork = 100000;
          std::function<bool()> canceled;
      };

      /**
       * Contracts graph; no value when canceled or when it gives up (then whyNot, when given,
       * says why). Ferry crossings are edges like roads (timetabled sailings are not in it).
       */
      static std::optional<ContractionHierarchy> build( const RoadGraph &graph, const BuildOptions &options, std::string *whyNot = nullptr );

      std::size_t nodeCount() const { return mRank.size(); }
      std::size_t shortcutCount() const { return mShortcuts; }
      //! The node of the hierarchy that stands for node n of the graph.
      NodeId rankOf( NodeId n ) const { return mRank[n]; }
      //! Arcs from node to higher nodes: the upward graph of a forward search.
      const Arc *upBegin( NodeId node ) const { return mUp.data() + mUpFirst[node]; }
      const Arc *upEnd( NodeId node ) const { return mUp.data() + mUpFirst[node + 1]; }
      //! Arcs into node from higher nodes, reversed (head = their tail): the upward graph of a backward search.
      const Arc *downBegin( NodeId node ) const { return mDown.data() + mDownFirst[node]; }
      const Arc *downEnd( NodeId node ) const { return mDown.data() + mDownFirst[node + 1]; }

      /**
       * True when this hierarchy was built from a graph with exactly graph's nodes, edges,
       * seconds and metres (a fingerprint of them), so a stored hierarchy is never used for another.
       */
      bool isFor( const RoadGraph &graph ) const;
      static std::uint64_t fingerprint( const RoadGraph &graph );

      //! The hierarchy as bytes (this machine's byte order; a header marks the format and order).
      std::string toBytes() const;
      //! The hierarchy back, or no value when the bytes are not one of this format (or are cut short).
      static std::optional<ContractionHierarchy> fromBytes( std::string_view bytes );

    private:
      std::vector<NodeId> mRank;
      std::vector<EdgeId> mUpFirst;
      std::vector<Arc> mUp;
      std::vector<EdgeId> mDownFirst;
      std::vector<Arc> mDown;
      std::uint64_t mFingerprint = 0;
      std::size_t mShortcuts = 0;
  };

  /**
   * A Dijkstra search over one side of a hierarchy (forward: the upward arcs; backward: the
   * downward arcs reversed) from one or more sources, run to exhaustion (run(); the upward search
   * space is small) or node by node. settled() lists the nodes settled with their (seconds,
   * metres), each the least cost of an upward path (equal times: the shorter), in the order settled.
   * Stall on demand: a node that a higher node already reached reaches for less is passed over, as
   * no shortest path goes up through it; every node whose upward cost is its true cost is settled.
   */
  class UpwardSearch
  {
    public:
      UpwardSearch( const ContractionHierarchy &hierarchy, bool backward );
      //! Starts again; sources are graph nodes (not yet ranked).
      void reset();
      void addSource( NodeId graphNode, double seconds, double metres );
      struct Settled
      {
          NodeId node; //!< A hierarchy node.
          double seconds;
          double metres;
      };
      void run();
      bool finished();
      //! Seconds of the node settleNext() would settle (UNREACHABLE when finished): no node left costs less.
      double nextSeconds();
      //! Settles the cheapest open node (only when !finished()) and relaxes its arcs.
      const Settled &settleNext();
      const std::vector<Settled> &settled() const { return mSettled; }

    private:
      struct Label
      {
          double seconds;
          double metres;
          std::uint32_t stamp = 0;
          std::uint32_t done = 0;
      };
      struct HeapItem
      {
          double seconds;
          double metres;
          NodeId node;
          bool operator>( const HeapItem &other ) const { return seconds > other.seconds || ( seconds == other.seconds && ( metres > other.metres || ( metres == other.metres && node > other.node ) ) ); }
      };
      void offer( NodeId node, double seconds, double metres );
      //! Pops heap entries of settled nodes, superseded costs or stalled nodes off the top.
      void dropStale();
      /**
       * Stall on demand (as OSRM's searches do): a node that a node already reached, higher up,
       * reaches for less going down is not on any shortest path as reached here, so it is passed
       * over, neither settled nor relaxed. A shortest path's top node and the upward path to it
       * are never stalled, so no answer changes; the searches settle fewer nodes.
       */
      bool stalled( NodeId node, const Label &label ) const;

      const ContractionHierarchy &mHierarchy;
      bool mBackward;
      std::vector<Label> mLabels;
      std::vector<HeapItem> mHeap;
      std::vector<Settled> mSettled;
      std::uint32_t mRun = 1;
  };
} // namespace placegap

#endif // PLACEGAP_CORE_CONTRACTIONHIERARCHY_H
