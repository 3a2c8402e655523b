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
    : mGraph( graph )
    , mHeap( graph.nodeCount() )
    , mSeconds( graph.nodeCount(), UNREACHABLE )
    , mMetres( graph.nodeCount(), UNREACHABLE )
    , mPredecessor( graph.nodeCount(), NO_ID )
    , mStamp( graph.nodeCount(), 0 )
  {
  }

  void DijkstraSearch::reset()
  {
    mHeap.clear();
    mSettled = 0;
    if ( ++mRun == 0 )
    {
      // The stamp wrapped round: start the stamps again.
      std::fill( mStamp.begin(), mStamp.end(), 0 );
      mRun = 1;
    }
  }

  void DijkstraSearch::touch( NodeId node )
  {
    if ( mStamp[node] != mRun )
    {
      mStamp[node] = mRun;
      mSeconds[node] = UNREACHABLE;
      mMetres[node] = UNREACHABLE;
      mPredecessor[node] = NO_ID;
    }
  }

  void DijkstraSearch::addSource( NodeId node, double seconds, double metres )
  {
    touch( node );
    if ( seconds < mSeconds[node] || ( seconds == mSeconds[node] && metres < mMetres[node] ) )
    {
      mSeconds[node] = seconds;
      mMetres[node] = metres;
      mPredecessor[node] = NO_ID;
      mHeap.pushOrDecrease( node, seconds );
    }
  }

  NodeId DijkstraSearch::settleNext()
  {
    const NodeId node = mHeap.popMin();
    ++mSettled;
    const double base = mSeconds[node];
    const double baseMetres = mMetres[node];
    const EdgeId end = mGraph.firstOut[node + 1];
    for ( EdgeId e = mGraph.firstOut[node]; e < end; ++e )
    {
      const NodeId next = mGraph.head[e];
      const double cost = base + mGraph.weight[e];
      const double metres = baseMetres + mGraph.linkLength[mGraph.edgeLink[e]];
      touch( next );
      if ( cost < mSeconds[next] || ( cost == mSeconds[next] && metres < mMetres[next] && mHeap.contains( next ) ) )
      {
        mSeconds[next] = cost;
        mMetres[next] = metres;
        mPredecessor[next] = e;
        mHeap.pushOrDecrease( next, cost );
      }
    }
    return node;
  }

} // namespace placegap
