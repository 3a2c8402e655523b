/***************************************************************************
  dijkstra.cpp - a Dijkstra search over a RoadGraph that the caller drives
 ***************************************************************************/
#include "dijkstra.h"

#include <algorithm>

namespace placegap
{
  void NodeHeap::pushOrDecrease( NodeId node, double key )
  {
    if ( mPosition[node] == NOT_IN_HEAP )
    {
      mItems.push_back( { key, node } );
      mPosition[node] = static_cast<std::uint32_t>( mItems.size() - 1 );
      siftUp( mItems.size() - 1 );
      return;
    }
    const std::size_t i = mPosition[node];
    if ( key < mItems[i].key )
    {
      mItems[i].key = key;
      siftUp( i );
    }
  }

  NodeId NodeHeap::popMin()
  {
    const NodeId top = mItems.front().node;
    mPosition[top] = NOT_IN_HEAP;
    const Item last = mItems.back();
    mItems.pop_back();
    if ( !mItems.empty() )
    {
      place( 0, last );
      siftDown( 0 );
    }
    return top;
  }

  void NodeHeap::clear()
  {
    for ( const Item &item : mItems )
      mPosition[item.node] = NOT_IN_HEAP;
    mItems.clear();
  }

  void NodeHeap::siftUp( std::size_t i )
  {
    const Item item = mItems[i];
    while ( i > 0 )
    {
      const std::size_t parent = ( i - 1 ) / 4;
      if ( !less( item, mItems[parent] ) )
        break;
      place( i, mItems[parent] );
      i = parent;
    }
    place( i, item );
  }

  void NodeHeap::siftDown( std::size_t i )
  {
    const Item item = mItems[i];
    const std::size_t count = mItems.size();
    for ( ;; )
    {
      const std::size_t first = 4 * i + 1;
      if ( first >= count )
        break;
      std::size_t best = first;
      const std::size_t end = std::min( first + 4, count );
      for ( std::size_t c = first + 1; c < end; ++c )
      {
        if ( less( mItems[c], mItems[best] ) )
          best = c;
      }
      if ( !less( mItems[best], item ) )
        break;
      place( i, mItems[best] );
      i = best;
    }
    place( i, item );
  }

  DijkstraSearch::DijkstraSearch( const RoadGraph &graph )
      : mGraph( graph ), mHeap( graph.nodeCount() ), mLabels( graph.nodeCount() )
  {
  }

  void DijkstraSearch::reset()
  {
    mHeap.clear();
    mSettled = 0;
    if ( ++mRun == 0 )
    {
      // The stamp wrapped round: start the stamps again.
      for ( Label &label : mLabels )
        label.stamp = 0;
      mRun = 1;
    }
  }

  DijkstraSearch::Label &DijkstraSearch::touch( NodeId node )
  {
    Label &label = mLabels[node];
    if ( label.stamp != mRun )
      label = Label{ UNREACHABLE, UNREACHABLE, NO_ID, mRun };
    return label;
  }

  void DijkstraSearch::addSource( NodeId node, double seconds, double metres )
  {
    Label &label = touch( node );
    if ( seconds < label.seconds || ( seconds == label.seconds && metres < label.metres ) )
    {
      label.seconds = seconds;
      label.metres = metres;
      label.predecessor = NO_ID;
      mHeap.pushOrDecrease( node, seconds );
    }
  }

  NodeId DijkstraSearch::settleNext()
  {
    const NodeId node = mHeap.popMin();
    ++mSettled;
    const double base = mLabels[node].seconds;
    const double baseMetres = mLabels[node].metres;
    const EdgeId end = mGraph.firstOut[node + 1];
    for ( EdgeId e = mGraph.firstOut[node]; e < end; ++e )
    {
      const NodeId next = mGraph.head[e];
      const double cost = base + mGraph.weight[e];
      Label &label = touch( next );
      if ( cost > label.seconds )
        continue;
      const double metres = baseMetres + mGraph.edgeLength[e];
      if ( cost < label.seconds || ( metres < label.metres && mHeap.contains( next ) ) )
      {
        label.seconds = cost;
        label.metres = metres;
        label.predecessor = e;
        mHeap.pushOrDecrease( next, cost );
      }
    }
    return node;
  }

} // namespace placegap
