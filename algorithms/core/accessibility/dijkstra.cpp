/***************************************************************************
  dijkstra.cpp - a Dijkstra search over a RoadGraph that the caller drives
 ***************************************************************************/
#include "dijkstra.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace placegap
{
  namespace
  {
    SearchGraph packArcs( const RoadGraph &graph, const std::vector<NodeId> &newId, bool reversed )
    {
      SearchGraph packed;
      packed.isReversed = reversed;
      const std::size_t nodeCount = graph.nodeCount();
      auto id = [&newId]( NodeId node )
      { return newId.empty() ? node : newId[node]; };
      packed.firstOut.assign( nodeCount + 1, 0 );
      for ( NodeId tail = 0; tail < nodeCount; ++tail )
      {
        for ( EdgeId e = graph.firstOut[tail]; e < graph.firstOut[tail + 1]; ++e )
          ++packed.firstOut[id( reversed ? graph.head[e] : tail ) + 1];
      }
      for ( std::size_t n = 0; n < nodeCount; ++n )
        packed.firstOut[n + 1] += packed.firstOut[n];
      packed.arcs.resize( graph.edgeCount() );
      std::vector<EdgeId> fill( packed.firstOut.begin(), packed.firstOut.begin() + static_cast<std::ptrdiff_t>( nodeCount ) );
      // Edges in RoadGraph order, so a node's arcs keep the order the graph gives them.
      for ( NodeId tail = 0; tail < nodeCount; ++tail )
      {
        for ( EdgeId e = graph.firstOut[tail]; e < graph.firstOut[tail + 1]; ++e )
        {
          const NodeId from = id( reversed ? graph.head[e] : tail );
          const NodeId to = id( reversed ? tail : graph.head[e] );
          packed.arcs[fill[from]++] = SearchGraph::Arc { to, e, graph.weight[e], graph.edgeLength[e] };
        }
      }
      return packed;
    }
  } // namespace

  SearchGraph SearchGraph::forward( const RoadGraph &graph, const std::vector<NodeId> &newId )
  {
    return packArcs( graph, newId, false );
  }

  SearchGraph SearchGraph::reversed( const RoadGraph &graph, const std::vector<NodeId> &newId )
  {
    return packArcs( graph, newId, true );
  }

  DijkstraSearch::DijkstraSearch( const RoadGraph &graph )
      : mOwnedGraph( std::make_shared<const SearchGraph>( SearchGraph::forward( graph ) ) ), mGraph( *mOwnedGraph ), mLegBase( mGraph.arcs.size() ), mLabels( graph.nodeCount() ), mPredecessor( graph.nodeCount() )
  {
  }

  DijkstraSearch::DijkstraSearch( const SearchGraph &graph, bool keepPredecessors )
      : mGraph( graph ), mBackward( graph.isReversed ), mLegBase( graph.arcs.size() ), mLabels( graph.nodeCount() ), mPredecessor( keepPredecessors ? graph.nodeCount() : 0 )
  {
  }

  DijkstraSearch::DijkstraSearch( const CostGrid &grid, bool backward, bool keepPredecessors )
      : mOwnedGraph( std::make_shared<const SearchGraph>() ), mGraph( *mOwnedGraph ), mGrid( &grid ), mGridStep { grid.cellSize * grid.circuity, grid.cellSize * std::sqrt( 2.0 ) * grid.circuity }, mBackward( backward ), mLegBase( grid.cellCount() ), mLabels( grid.cellCount() ), mPredecessor( keepPredecessors ? grid.cellCount() : 0 )
  {
  }

  void DijkstraSearch::setTimetable( const FerryTimetable *timetable, double clock )
  {
    mNextTimetable = timetable;
    mNextClock = clock;
  }

  EdgeId DijkstraSearch::predecessorEdge( NodeId node ) const
  {
    if ( !reached( node ) || mPredecessor.empty() )
      return NO_ID;
    const EdgeId edge = mPredecessor[node];
    return mGrid || ( edge != NO_ID && edge >= mLegBase ) ? NO_ID : edge;
  }

  NodeId DijkstraSearch::predecessorCell( NodeId node ) const
  {
    if ( !mGrid || !reached( node ) || mPredecessor.empty() )
      return NO_ID;
    const EdgeId via = mPredecessor[node];
    return via != NO_ID && via >= mLegBase ? NO_ID : via;
  }

  std::uint32_t DijkstraSearch::predecessorLeg( NodeId node ) const
  {
    if ( !reached( node ) || mPredecessor.empty() )
      return NO_ID;
    const EdgeId edge = mPredecessor[node];
    return edge != NO_ID && edge >= mLegBase ? static_cast<std::uint32_t>( edge - mLegBase ) : NO_ID;
  }

  void DijkstraSearch::reset()
  {
    mHeap.clear();
    mSettled = 0;
    mTimetable = mNextTimetable;
    mClock = mNextClock;
    if ( mTimetable && mTrip.size() != mLabels.size() )
      mTrip = ZeroedArray<TripShare>( mLabels.size() );
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
      label = Label { UNREACHABLE, UNREACHABLE, mRun, NO_ID };
    return label;
  }

  void DijkstraSearch::siftUp( std::size_t i, HeapItem item )
  {
    while ( i > 0 )
    {
      const std::size_t parent = ( i - 1 ) / 4;
      if ( !less( item, mHeap[parent] ) )
        break;
      mHeap[i] = mHeap[parent];
      mLabels[mHeap[i].node].heapSlot = static_cast<std::uint32_t>( i );
      i = parent;
    }
    mHeap[i] = item;
    mLabels[item.node].heapSlot = static_cast<std::uint32_t>( i );
  }

  void DijkstraSearch::siftDown( std::size_t i, HeapItem item )
  {
    const std::size_t count = mHeap.size();
    for ( ;; )
    {
      const std::size_t first = 4 * i + 1;
      if ( first >= count )
        break;
      std::size_t best = first;
      const std::size_t end = std::min( first + 4, count );
      for ( std::size_t c = first + 1; c < end; ++c )
      {
        if ( less( mHeap[c], mHeap[best] ) )
          best = c;
      }
      if ( !less( mHeap[best], item ) )
        break;
      mHeap[i] = mHeap[best];
      mLabels[mHeap[i].node].heapSlot = static_cast<std::uint32_t>( i );
      i = best;
    }
    mHeap[i] = item;
    mLabels[item.node].heapSlot = static_cast<std::uint32_t>( i );
  }

  void DijkstraSearch::pushOrDecrease( NodeId node, Label &label, double key )
  {
    if ( label.heapSlot == NO_ID )
    {
      mHeap.push_back( { key, node } );
      siftUp( mHeap.size() - 1, { key, node } );
      return;
    }
    const std::size_t i = label.heapSlot;
    if ( key < mHeap[i].key )
      siftUp( i, { key, node } );
  }

  void DijkstraSearch::addSource( NodeId node, double seconds, double metres )
  {
    Label &label = touch( node );
    if ( seconds < label.seconds || ( seconds == label.seconds && metres < label.metres ) )
    {
      label.seconds = seconds;
      label.metres = metres;
      if ( !mPredecessor.empty() )
        mPredecessor[node] = NO_ID;
      if ( mTimetable )
        mTrip[node] = TripShare();
      pushOrDecrease( node, label, seconds );
    }
  }

  inline bool DijkstraSearch::improve( NodeId next, double cost, double metres, EdgeId via )
  {
    Label &label = touch( next );
    if ( cost > label.seconds )
      return false;
    if ( !( cost < label.seconds || ( metres < label.metres && label.heapSlot != NO_ID ) ) )
      return false;
    label.seconds = cost;
    label.metres = metres;
    if ( !mPredecessor.empty() )
      mPredecessor[next] = via;
    pushOrDecrease( next, label, cost );
    return true;
  }

  void DijkstraSearch::relaxSailings( NodeId node, const Label &settled )
  {
    const FerryTimetable &timetable = *mTimetable;
    const bool backward = mBackward;
    const std::uint32_t first = backward ? timetable.legsToStart( node ) : timetable.legsFromStart( node );
    const std::uint32_t last = backward ? timetable.legsToEnd( node ) : timetable.legsFromEnd( node );
    const std::vector<std::uint32_t> &legs = backward ? timetable.legsTo() : timetable.legsFrom();
    for ( std::uint32_t i = first; i < last; ++i )
    {
      const std::uint32_t legIndex = legs[i];
      const FerryTimetable::Leg &leg = timetable.leg( legIndex );
      Boarding boarding;
      double cost = UNREACHABLE;
      if ( backward )
      {
        // Be at the far terminal by (deadline - seconds); be at this one by the sailing's check-in.
        if ( !timetable.latestDeparture( legIndex, mClock - settled.seconds, boarding ) )
          continue;
        cost = mClock - boarding.boardBy;
      }
      else
      {
        if ( !timetable.earliestArrival( legIndex, mClock + settled.seconds, boarding ) )
          continue;
        cost = boarding.arrive - mClock;
      }
      const NodeId next = backward ? leg.from : leg.to;
      if ( improve( next, cost, settled.metres + leg.metres, static_cast<EdgeId>( mLegBase + legIndex ) ) )
      {
        const double onBoard = boarding.arrive - boarding.depart;
        TripShare trip = mTrip[node];
        trip.ferrySeconds += static_cast<float>( onBoard );
        trip.waitSeconds += static_cast<float>( cost - settled.seconds - onBoard );
        ++trip.legs;
        mTrip[next] = trip;
      }
    }
  }

  NodeId DijkstraSearch::settleNext()
  {
    const NodeId node = mHeap.front().node;
    Label &settled = mLabels[node];
    settled.heapSlot = NO_ID;
    const HeapItem last = mHeap.back();
    mHeap.pop_back();
    if ( !mHeap.empty() )
      siftDown( 0, last );
    ++mSettled;

    const double base = settled.seconds;
    const double baseMetres = settled.metres;
    if ( mGrid )
    {
      relaxGrid( node, base, baseMetres );
      if ( mTimetable )
        relaxSailings( node, settled );
      return node;
    }
    const SearchGraph::Arc *arc = mGraph.arcs.data() + mGraph.firstOut[node];
    const SearchGraph::Arc *const end = mGraph.arcs.data() + mGraph.firstOut[node + 1];
    for ( ; arc != end; ++arc )
    {
      if ( improve( arc->head, base + arc->seconds, baseMetres + arc->metres, arc->edge ) && mTimetable )
        mTrip[arc->head] = mTrip[node]; // a road carries the ferry share on unchanged
    }
    if ( mTimetable )
      relaxSailings( node, settled );
    return node;
  }

  void DijkstraSearch::relaxGrid( NodeId node, double base, double baseMetres )
  {
    const CostGrid &grid = *mGrid;
    const float *cost = grid.secondsPerMetre.data();
    const std::size_t columns = grid.columns;
    const std::size_t column = node % columns;
    const std::size_t row = node / columns;
    const double here = cost[node];
    static constexpr int STEPS[8][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 }, { -1, -1 }, { 1, -1 }, { -1, 1 }, { 1, 1 } };
    for ( int s = 0; s < 8; ++s )
    {
      const int dc = STEPS[s][0];
      const int dr = STEPS[s][1];
      if ( ( dc < 0 && column == 0 ) || ( dc > 0 && column + 1 == columns ) || ( dr < 0 && row == 0 ) || ( dr > 0 && row + 1 == grid.rows ) )
        continue;
      const NodeId next = static_cast<NodeId>( static_cast<std::ptrdiff_t>( node ) + dr * static_cast<std::ptrdiff_t>( columns ) + dc );
      const double there = cost[next];
      if ( !( there < IMPASSABLE ) )
        continue;
      const bool diagonal = s >= 4;
      // Not round a corner where two cells of sea meet: that would cross water.
      if ( diagonal && !( cost[static_cast<std::ptrdiff_t>( node ) + dc] < IMPASSABLE ) && !( cost[static_cast<std::ptrdiff_t>( node ) + dr * static_cast<std::ptrdiff_t>( columns )] < IMPASSABLE ) )
        continue;
      const double metres = mGridStep[diagonal ? 1 : 0];
      if ( improve( next, base + metres * ( here + there ) * 0.5, baseMetres + metres, node ) && mTimetable )
        mTrip[next] = mTrip[node];
    }
  }

  namespace
  {
    //! 0 when key == last, else 1 + the highest bit in which they differ (1 .. 64).
    int radixBucket( std::uint64_t key, std::uint64_t last )
    {
      const std::uint64_t diff = key ^ last;
      if ( diff == 0 )
        return 0;
#if defined( __GNUC__ ) || defined( __clang__ )
      return 64 - __builtin_clzll( diff );
#else
      int bit = 0;
      for ( std::uint64_t d = diff; d != 0; d >>= 1 )
        ++bit;
      return bit;
#endif
    }
  } // namespace

  RadixSearch::RadixSearch( const SearchGraph &graph )
      : mGraph( graph ), mLabels( graph.nodeCount() )
  {
  }

  std::uint64_t RadixSearch::bits( double cost )
  {
    std::uint64_t b = 0;
    cost = cost + 0.0; // -0.0 -> 0.0
    std::memcpy( &b, &cost, sizeof b );
    return b;
  }

  void RadixSearch::reset()
  {
    for ( std::vector<Item> &bucket : mBuckets )
      bucket.clear();
    mCount = 0;
    mLast = 0;
    mLastCost = 0;
    if ( ++mRun == 0 )
    {
      for ( Label &label : mLabels )
        label.stamp = 0;
      mRun = 1;
    }
  }

  void RadixSearch::push( NodeId node, double cost )
  {
    const std::uint64_t key = bits( cost );
    mBuckets[radixBucket( key, mLast )].push_back( { key, node } );
    ++mCount;
  }

  void RadixSearch::addSource( NodeId node, double seconds, double metres )
  {
    // Sources come before any settling: the heap restarts from the cheapest of them.
    Label &label = mLabels[node];
    if ( label.stamp != mRun )
      label = Label { UNREACHABLE, UNREACHABLE, mRun, 0 };
    if ( seconds < label.seconds || ( seconds == label.seconds && metres < label.metres ) )
    {
      const bool cheaper = seconds < label.seconds;
      label.seconds = seconds;
      label.metres = metres;
      if ( cheaper )
      {
        // Keys below mLast are not allowed: rebuild with the new minimum.
        std::vector<Item> all;
        for ( std::vector<Item> &bucket : mBuckets )
        {
          all.insert( all.end(), bucket.begin(), bucket.end() );
          bucket.clear();
        }
        all.push_back( { bits( seconds ), node } );
        mLast = all.front().key;
        for ( const Item &item : all )
          mLast = std::min( mLast, item.key );
        mCount = 0;
        for ( const Item &item : all )
        {
          mBuckets[radixBucket( item.key, mLast )].push_back( item );
          ++mCount;
        }
      }
    }
    prepareTop();
  }

  void RadixSearch::prepareTop()
  {
    for ( ;; )
    {
      std::vector<Item> &zero = mBuckets[0];
      while ( !zero.empty() )
      {
        const Item &item = zero.back();
        const Label &label = mLabels[item.node];
        if ( !label.settled && bits( label.seconds ) == item.key )
        {
          mLastCost = label.seconds;
          return;
        }
        zero.pop_back();
        --mCount;
      }
      if ( mCount == 0 )
        return;
      int b = 1;
      while ( mBuckets[b].empty() )
        ++b;
      std::vector<Item> &from = mBuckets[b];
      std::uint64_t least = from.front().key;
      for ( const Item &item : from )
        least = std::min( least, item.key );
      mLast = least;
      for ( const Item &item : from )
      {
        mBuckets[radixBucket( item.key, mLast )].push_back( item );
      }
      from.clear();
    }
  }

  NodeId RadixSearch::settleNext()
  {
    std::vector<Item> &zero = mBuckets[0];
    const NodeId node = zero.back().node;
    zero.pop_back();
    --mCount;
    Label &settled = mLabels[node];
    settled.settled = 1;
    const double base = settled.seconds;
    const double baseMetres = settled.metres;
    const SearchGraph::Arc *arc = mGraph.arcs.data() + mGraph.firstOut[node];
    const SearchGraph::Arc *const end = mGraph.arcs.data() + mGraph.firstOut[node + 1];
    for ( ; arc != end; ++arc )
    {
      Label &label = mLabels[arc->head];
      if ( label.stamp != mRun )
        label = Label { UNREACHABLE, UNREACHABLE, mRun, 0 };
      const double cost = base + arc->seconds;
      if ( cost > label.seconds || label.settled )
        continue;
      const double metres = baseMetres + arc->metres;
      if ( cost < label.seconds )
      {
        label.seconds = cost;
        label.metres = metres;
        push( arc->head, cost );
      }
      else if ( metres < label.metres )
        label.metres = metres;
    }
    prepareTop();
    return node;
  }
} // namespace placegap
