/***************************************************************************
  dijkstra.h - a Dijkstra search over a RoadGraph that the caller drives
 ***************************************************************************/
#ifndef PLACEGAP_CORE_DIJKSTRA_H
#define PLACEGAP_CORE_DIJKSTRA_H

#include "costgrid.h"
#include "ferrytimetable.h"
#include "roadgraph.h"
#include "zeroedarray.h"

#include <memory>
#include <vector>

namespace placegap
{
  /**
   * The directed edges of a RoadGraph packed for searching, as RoutingKit keeps them: per node a
   * run of arcs, each with its head, cost and length side by side, so that relaxing a node reads
   * one stretch of memory. forward() holds the edges leaving each node; reversed() the edges
   * entering it (an arc's head is then the edge's tail), for searches run backwards from a
   * destination. An arc remembers the RoadGraph edge it stands for. Given newId (one entry per
   * node, a permutation), node n of the RoadGraph is node newId[n] of the packed graph.
   */
  struct SearchGraph
  {
      struct Arc
      {
          NodeId head;
          EdgeId edge;
          double seconds;
          double metres;
      };
      std::vector<EdgeId> firstOut;
      std::vector<Arc> arcs;
      bool isReversed = false;

      std::size_t nodeCount() const { return firstOut.empty() ? 0 : firstOut.size() - 1; }
      static SearchGraph forward( const RoadGraph &graph, const std::vector<NodeId> &newId = {} );
      static SearchGraph reversed( const RoadGraph &graph, const std::vector<NodeId> &newId = {} );
  };

  /**
   * One-to-many Dijkstra over a RoadGraph (or its reverse), driven by the caller as in
   * RoutingKit: reset(), addSource() one or more times, then settleNext() until done. Each node
   * also carries the metres of its shortest-time path (equal times: the shorter path wins) and
   * the edge it was reached by. reset() costs O(nodes touched), not O(graph): labels carry the
   * number of the run that wrote them.
   *
   * The same search runs over a CostGrid as an implicit graph (cells are nodes, no arcs are
   * stored), with the same timetable, labels and heap.
   */
  class DijkstraSearch
  {
    public:
      //! A forward search over graph (it keeps its own packed copy of the edges).
      explicit DijkstraSearch( const RoadGraph &graph );
      /**
       * A search over a packed graph shared with other searches (e.g. one per thread); it must
       * outlive the search. Without keepPredecessors, predecessorEdge() is always NO_ID (and the
       * search writes less memory).
       */
      explicit DijkstraSearch( const SearchGraph &graph, bool keepPredecessors = true );
      /**
       * A search over the cells of grid (it must outlive the search). Moves over the grid are the
       * same both ways; backward only turns a timetable's sailings round (see setTimetable()).
       * With keepPredecessors, predecessorCell() gives the cell each cell was reached from.
       */
      DijkstraSearch( const CostGrid &grid, bool backward, bool keepPredecessors );

      void reset();
      //! Starts the search at node with an initial cost (seconds) and length (metres).
      void addSource( NodeId node, double seconds, double metres );

      /**
       * Makes the search time-dependent: besides the graph's edges it takes the timetable's
       * sailings, costed by the clock. Forward (over a forward graph): seconds are those since
       * clock, waits at terminals included. Backward (over a reversed graph, without new node
       * ids): clock is a deadline and seconds(n) the time needed from n to be where the search
       * started by then, so the latest time to leave n is clock - seconds(n). nullptr: a plain
       * search again. Takes effect at the next reset().
       */
      void setTimetable( const FerryTimetable *timetable, double clock );
      const FerryTimetable *timetable() const { return mTimetable; }
      //! Of seconds(node): time on board ferries, and time waiting for them (check-in included); 0 without a timetable.
      double ferrySeconds( NodeId node ) const { return mTimetable && reached( node ) ? mTrip[node].ferrySeconds : 0.0; }
      double waitSeconds( NodeId node ) const { return mTimetable && reached( node ) ? mTrip[node].waitSeconds : 0.0; }
      unsigned ferryLegs( NodeId node ) const { return mTimetable && reached( node ) ? mTrip[node].legs : 0u; }
      /**
       * Sailing leg by which node was reached (in a backward search: the leg leaving it), or
       * NO_ID when it was reached by an edge or is a source; predecessorEdge() is then NO_ID.
       */
      std::uint32_t predecessorLeg( NodeId node ) const;

      bool finished() const { return mHeap.empty(); }
      //! Cost of the next node settleNext() would settle; only when !finished().
      double nextCost() const { return mHeap.front().key; }
      //! Settles the cheapest open node, relaxes its edges and returns it.
      NodeId settleNext();

      bool reached( NodeId node ) const { return mLabels[node].stamp == mRun; }
      //! Seconds to node (final once settled), UNREACHABLE when not reached.
      double seconds( NodeId node ) const { return reached( node ) ? mLabels[node].seconds : UNREACHABLE; }
      double metres( NodeId node ) const { return reached( node ) ? mLabels[node].metres : UNREACHABLE; }
      //! Edge by which node was reached (in a reversed search: the edge leaving it), NO_ID for a source.
      EdgeId predecessorEdge( NodeId node ) const;
      //! Over a grid: the cell from which node was reached by a move (NO_ID for a source or a sailing).
      NodeId predecessorCell( NodeId node ) const;
      std::size_t settledCount() const { return mSettled; }

    private:
      //! All a search keeps about one node, together so that a relaxation touches one cache line.
      struct Label
      {
          double seconds = UNREACHABLE;
          double metres = UNREACHABLE;
          std::uint32_t stamp = 0;        //!< == mRun: the label belongs to this run.
          std::uint32_t heapSlot = NO_ID; //!< Position in mHeap, NO_ID when not in it (valid only with the stamp).
      };
      //! A 4-ary heap entry; equal keys come out by lower node id, so searches are deterministic.
      struct HeapItem
      {
          double key;
          NodeId node;
      };
      static bool less( const HeapItem &a, const HeapItem &b ) { return a.key < b.key || ( a.key == b.key && a.node < b.node ); }
      //! What a timetabled search keeps besides seconds and metres.
      struct TripShare
      {
          float ferrySeconds = 0;
          float waitSeconds = 0;
          std::uint32_t legs = 0;
      };
      Label &touch( NodeId node );
      /**
       * Offers next a path of cost seconds and metres, reached by edge via (or sailing leg: edge
       * count + leg): taken when cheaper, or as cheap and shorter while next is open. True when taken.
       */
      bool improve( NodeId next, double cost, double metres, EdgeId via );
      void relaxSailings( NodeId node, const Label &settled );
      void relaxGrid( NodeId node, double base, double baseMetres );
      void pushOrDecrease( NodeId node, Label &label, double key );
      void siftUp( std::size_t i, HeapItem item );
      void siftDown( std::size_t i, HeapItem item );

      std::shared_ptr<const SearchGraph> mOwnedGraph;
      const SearchGraph &mGraph;
      const CostGrid *mGrid = nullptr;
      double mGridStep[2] = { 0, 0 }; //!< Metres of a straight and a diagonal move over the grid, circuity included.
      bool mBackward = false;
      std::size_t mLegBase = 0; //!< Predecessors from here up are sailing legs (mLegBase + leg).
      std::vector<HeapItem> mHeap;
      ZeroedArray<Label> mLabels;       //!< All zero bytes at first: stamp 0 is no run's, so untouched labels cost nothing.
      ZeroedArray<EdgeId> mPredecessor; //!< Empty when not kept; else valid where the label is: an edge (a cell over a grid), or mLegBase + leg.
      const FerryTimetable *mTimetable = nullptr;
      const FerryTimetable *mNextTimetable = nullptr;
      double mClock = 0;
      double mNextClock = 0;
      ZeroedArray<TripShare> mTrip; //!< Per node, with a timetable only.
      std::uint32_t mRun = 1;
      std::size_t mSettled = 0;
  };

  /**
   * A one-to-all Dijkstra over a SearchGraph with a radix heap (Ahuja, Mehlhorn, Orlin and
   * Tarjan 1990) on the bit patterns of the costs: non-negative doubles order as their bits do,
   * and Dijkstra's keys never fall below the last one taken, so a node's bucket is the highest
   * bit in which its key differs from the last key. Entries are not moved on a decrease: a new
   * one is added and the old one skipped when it comes out. Same interface and the same seconds
   * and metres as DijkstraSearch (equal times: the shorter path), about twice as fast on large
   * graphs; but nodes of equal cost come out in an order fixed by the sequence of operations,
   * not by node id, so it is for searches whose answer does not hang on that order (matrices).
   * Add every source before settling the first node.
   */
  class RadixSearch
  {
    public:
      explicit RadixSearch( const SearchGraph &graph );
      void reset();
      void addSource( NodeId node, double seconds, double metres );
      bool finished() const { return mCount == 0; }
      double nextCost() const { return mLastCost; }
      NodeId settleNext();
      bool reached( NodeId node ) const { return mLabels[node].stamp == mRun; }
      double seconds( NodeId node ) const { return reached( node ) ? mLabels[node].seconds : UNREACHABLE; }
      double metres( NodeId node ) const { return reached( node ) ? mLabels[node].metres : UNREACHABLE; }

    private:
      struct Label
      {
          double seconds;
          double metres;
          std::uint32_t stamp = 0;
          std::uint32_t settled = 0;
      };
      struct Item
      {
          std::uint64_t key;
          NodeId node;
      };
      static std::uint64_t bits( double cost );
      void push( NodeId node, double cost );
      //! Brings a live entry of the least cost to the back of bucket 0 (and mLastCost up to date).
      void prepareTop();

      const SearchGraph &mGraph;
      std::vector<Label> mLabels;
      std::vector<Item> mBuckets[65];
      std::uint64_t mLast = 0;
      double mLastCost = 0;
      std::size_t mCount = 0; //!< Entries in the buckets, live or stale; 0 after prepareTop means finished.
      std::uint32_t mRun = 1;
  };
} // namespace placegap

#endif // PLACEGAP_CORE_DIJKSTRA_H
