/***************************************************************************
  dijkstra.h - a Dijkstra search over a RoadGraph that the caller drives
 ***************************************************************************/
#ifndef PLACEGAP_CORE_DIJKSTRA_H
#define PLACEGAP_CORE_DIJKSTRA_H

#include "roadgraph.h"

#include <vector>

namespace placegap
{
  /**
   * A 4-ary min-heap of nodes keyed by cost, with decrease-key through a position index.
   * Equal keys come out by lower node id, so searches are deterministic.
   */
  class NodeHeap
  {
  public:
    explicit NodeHeap( std::size_t nodeCount = 0 ) { resize( nodeCount ); }
    void resize( std::size_t nodeCount ) { mPosition.assign( nodeCount, NOT_IN_HEAP ); }
    bool empty() const { return mItems.empty(); }
    std::size_t size() const { return mItems.size(); }
    bool contains( NodeId node ) const { return mPosition[node] != NOT_IN_HEAP; }
    double minKey() const { return mItems.front().key; }
    //! Inserts the node, or lowers its key when the new key is smaller.
    void pushOrDecrease( NodeId node, double key );
    NodeId popMin();
    void clear();

  private:
    struct Item
    {
      double key;
      NodeId node;
    };
    static constexpr std::uint32_t NOT_IN_HEAP = NO_ID;
    static bool less( const Item &a, const Item &b ) { return a.key < b.key || ( a.key == b.key && a.node < b.node ); }
    void siftUp( std::size_t i );
    void siftDown( std::size_t i );
    void place( std::size_t i, const Item &item )
    {
      mItems[i] = item;
      mPosition[item.node] = static_cast<std::uint32_t>( i );
    }

    std::vector<Item> mItems;
    std::vector<std::uint32_t> mPosition;
  };

  /**
   * One-to-many Dijkstra over a RoadGraph, driven by the caller as in RoutingKit:
   * reset(), addSource() one or more times, then settleNext() until done. Each node also
   * carries the metres of its shortest-time path (equal times: the shorter path wins) and
   * the edge it was reached by. reset() costs O(nodes touched), not O(graph).
   */
  class DijkstraSearch
  {
  public:
    explicit DijkstraSearch( const RoadGraph &graph );

    void reset();
    //! Starts the search at node with an initial cost (seconds) and length (metres).
    void addSource( NodeId node, double seconds, double metres );
    bool finished() const { return mHeap.empty(); }
    //! Cost of the next node settleNext() would settle; only when !finished().
    double nextCost() const { return mHeap.minKey(); }
    //! Settles the cheapest open node, relaxes its edges and returns it.
    NodeId settleNext();

    bool reached( NodeId node ) const { return mLabels[node].stamp == mRun; }
    //! Seconds to node (final once settled), UNREACHABLE when not reached.
    double seconds( NodeId node ) const { return reached( node ) ? mLabels[node].seconds : UNREACHABLE; }
    double metres( NodeId node ) const { return reached( node ) ? mLabels[node].metres : UNREACHABLE; }
    //! Edge by which node was reached, NO_ID for a source.
    EdgeId predecessorEdge( NodeId node ) const { return reached( node ) ? mLabels[node].predecessor : NO_ID; }
    std::size_t settledCount() const { return mSettled; }

  private:
    //! All a search keeps about one node, together so that a relaxation touches one cache line.
    struct Label
    {
      double seconds = UNREACHABLE;
      double metres = UNREACHABLE;
      EdgeId predecessor = NO_ID;
      std::uint32_t stamp = 0; //!< == mRun: the label belongs to this run.
    };
    Label &touch( NodeId node );

    const RoadGraph &mGraph;
    NodeHeap mHeap;
    std::vector<Label> mLabels;
    std::uint32_t mRun = 1;
    std::size_t mSettled = 0;
  };

} // namespace placegap

#endif // PLACEGAP_CORE_DIJKSTRA_H
