/***************************************************************************
  networklocator.cpp - snapping points to the nearest point on a road graph's links
 ***************************************************************************/
#include "networklocator.h"

#include "ferrytimetable.h"
#include "hugepages.h"

#include <algorithm>
#include <cmath>

namespace placegap
{
  namespace
  {
    //! Points join roads only: not ferry crossings (a school is not in the sea) nor closed links.
    bool usable( const RoadGraph &graph, LinkId link )
    {
      return !graph.linkIsFerry[link] && ( graph.linkForwardCost[link] != UNREACHABLE || graph.linkBackwardCost[link] != UNREACHABLE );
    }

    /**
     * Sorts entries by key, keeping the order of equal keys: a least-significant-digit radix
     * sort, 16 bits a pass, as many passes as the largest key needs (two for 65,536 x 65,536
     * cells). On 1M links (3M entries) it took the index from 0.25 s to a few hundredths.
     */
    template <typename Value>
    void stableSortByKey( std::vector<std::pair<std::uint64_t, Value>> &entries )
    {
      std::uint64_t largest = 0;
      for ( const auto &entry : entries )
        largest = std::max( largest, entry.first );
      std::vector<std::pair<std::uint64_t, Value>> sorted;
      assignOnHugePages( sorted, entries.size() );
      std::vector<std::size_t> start( ( 1 << 16 ) + 1 );
      for ( unsigned shift = 0; shift < 64 && ( largest >> shift ) > 0; shift += 16 )
      {
        std::fill( start.begin(), start.end(), 0 );
        for ( const auto &entry : entries )
          ++start[( ( entry.first >> shift ) & 0xFFFF ) + 1];
        for ( std::size_t digit = 1; digit < start.size(); ++digit )
          start[digit] += start[digit - 1];
        for ( const auto &entry : entries )
          sorted[start[( entry.first >> shift ) & 0xFFFF]++] = entry;
        entries.swap( sorted );
      }
    }
  } // namespace

  NetworkLocator::NetworkLocator( const RoadGraph &graph )
      : mGraph( graph )
  {
    const std::size_t linkCount = graph.linkCount();
    assignOnHugePages( mSegmentStartAlong, graph.vertices.size(), 0.0 );
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    std::size_t segmentCount = 0;
    for ( LinkId link = 0; link < linkCount; ++link )
    {
      double along = 0;
      for ( std::size_t v = graph.linkFirstVertex[link]; v < graph.linkFirstVertex[link + 1]; ++v )
      {
        if ( v > graph.linkFirstVertex[link] )
          along += std::hypot( graph.vertices[v].x - graph.vertices[v - 1].x, graph.vertices[v].y - graph.vertices[v - 1].y );
        mSegmentStartAlong[v] = along;
        if ( !usable( graph, link ) )
          continue;
        minX = std::min( minX, graph.vertices[v].x );
        minY = std::min( minY, graph.vertices[v].y );
        maxX = std::max( maxX, graph.vertices[v].x );
        maxY = std::max( maxY, graph.vertices[v].y );
      }
      if ( usable( graph, link ) )
        segmentCount += graph.linkFirstVertex[link + 1] - graph.linkFirstVertex[link] - 1;
    }
    if ( segmentCount == 0 )
      return;

    // About two segments a cell on average.
    const double width = maxX - minX;
    const double height = maxY - minY;
    double cell = std::sqrt( std::max( width * height, 0.0 ) / static_cast<double>( segmentCount ) ) * 1.5;
    if ( !( cell > 0 ) )
      cell = std::max( width, height ) / static_cast<double>( segmentCount );
    if ( !( cell > 0 ) )
      cell = 1;
    // Keep the grid within a sensible number of cells.
    cell = std::max( cell, std::max( width, height ) / 65536.0 );
    mCellSize = cell;
    mMinX = minX;
    mMinY = minY;
    mColumns = static_cast<std::int64_t>( std::floor( width / cell ) ) + 1;
    mRows = static_cast<std::int64_t>( std::floor( height / cell ) ) + 1;

    // Each segment goes into the cells of points sampled every half cell along it: every
    // point of the segment is then within a quarter cell of a registered cell.
    std::vector<std::pair<std::uint64_t, SegmentRef>> entries;
    reserveOnHugePages( entries, segmentCount * 2 );
    for ( LinkId link = 0; link < linkCount; ++link )
    {
      if ( !usable( graph, link ) )
        continue;
      for ( std::size_t v = graph.linkFirstVertex[link]; v + 1 < graph.linkFirstVertex[link + 1]; ++v )
      {
        const Point &a = graph.vertices[v];
        const Point &b = graph.vertices[v + 1];
        const double length = std::hypot( b.x - a.x, b.y - a.y );
        const std::size_t steps = static_cast<std::size_t>( std::ceil( length / ( cell / 2 ) ) );
        std::uint64_t previous = NO_ID;
        for ( std::size_t s = 0; s <= steps; ++s )
        {
          const double t = steps == 0 ? 0.0 : static_cast<double>( s ) / static_cast<double>( steps );
          const std::uint64_t key = cellKey( cellX( a.x + t * ( b.x - a.x ) ), cellY( a.y + t * ( b.y - a.y ) ) );
          if ( key != previous )
            entries.push_back( { key, SegmentRef { link, static_cast<std::uint32_t>( v ) } } );
          previous = key;
        }
      }
    }
    // Entries were made in segment order: sorted by cell keeping that order, they are by (cell, segment).
    stableSortByKey( entries );
    entries.erase( std::unique( entries.begin(), entries.end(), []( const auto &a, const auto &b )
                                { return a.first == b.first && a.second.segment == b.second.segment; } ),
                   entries.end() );
    reserveOnHugePages( mSegments, entries.size() );
    for ( const auto &[key, ref] : entries )
    {
      if ( mCellKeys.empty() || mCellKeys.back() != key )
      {
        mCellKeys.push_back( key );
        mCellStart.push_back( static_cast<std::uint32_t>( mSegments.size() ) );
      }
      mSegments.push_back( ref );
    }
    mCellStart.push_back( static_cast<std::uint32_t>( mSegments.size() ) );
  }

  std::int64_t NetworkLocator::cellX( double x ) const
  {
    return std::clamp<std::int64_t>( static_cast<std::int64_t>( std::floor( ( x - mMinX ) / mCellSize ) ), 0, mColumns - 1 );
  }

  std::int64_t NetworkLocator::cellY( double y ) const
  {
    return std::clamp<std::int64_t>( static_cast<std::int64_t>( std::floor( ( y - mMinY ) / mCellSize ) ), 0, mRows - 1 );
  }

  std::uint64_t NetworkLocator::cellKey( std::int64_t cx, std::int64_t cy ) const
  {
    return static_cast<std::uint64_t>( cy ) * static_cast<std::uint64_t>( mColumns ) + static_cast<std::uint64_t>( cx );
  }

  NetworkLocation NetworkLocator::locate( const Point &point ) const
  {
    return locate( point, {} );
  }

  NetworkLocation NetworkLocator::locate( const Point &point, const std::vector<std::uint8_t> &allowedLink ) const
  {
    NetworkLocation best;
    if ( mSegments.empty() || !std::isfinite( point.x ) || !std::isfinite( point.y ) )
      return best;
    double bestDistance2 = INFINITY;
    std::uint32_t bestSegment = NO_ID;

    auto consider = [&]( const SegmentRef &ref )
    {
      if ( !allowedLink.empty() && !allowedLink[ref.link] )
        return;
      const Point &a = mGraph.vertices[ref.segment];
      const Point &b = mGraph.vertices[ref.segment + 1];
      const double dx = b.x - a.x;
      const double dy = b.y - a.y;
      const double length2 = dx * dx + dy * dy;
      double t = length2 > 0 ? ( ( point.x - a.x ) * dx + ( point.y - a.y ) * dy ) / length2 : 0.0;
      t = std::clamp( t, 0.0, 1.0 );
      const Point snapped { a.x + t * dx, a.y + t * dy };
      const double distance2 = ( point.x - snapped.x ) * ( point.x - snapped.x ) + ( point.y - snapped.y ) * ( point.y - snapped.y );
      const bool better = distance2 < bestDistance2 || ( distance2 == bestDistance2 && ( ref.link < best.link || ( ref.link == best.link && ref.segment < bestSegment ) ) );
      if ( !better )
        return;
      bestDistance2 = distance2;
      bestSegment = ref.segment;
      best.link = ref.link;
      best.snapped = snapped;
      const double segmentLength = mSegmentStartAlong[ref.segment + 1] - mSegmentStartAlong[ref.segment];
      best.along = mSegmentStartAlong[ref.segment] + t * segmentLength;
    };

    const std::int64_t cx = cellX( point.x );
    const std::int64_t cy = cellY( point.y );
    const std::int64_t maxRing = std::max( mColumns, mRows );
    for ( std::int64_t ring = 0; ring <= maxRing; ++ring )
    {
      for ( std::int64_t x = cx - ring; x <= cx + ring; ++x )
      {
        if ( x < 0 || x >= mColumns )
          continue;
        const bool edgeColumn = x == cx - ring || x == cx + ring;
        for ( std::int64_t y = cy - ring; y <= cy + ring; y += ( edgeColumn ? 1 : 2 * ring ) )
        {
          if ( y >= 0 && y < mRows )
          {
            const auto found = std::lower_bound( mCellKeys.begin(), mCellKeys.end(), cellKey( x, y ) );
            if ( found != mCellKeys.end() && *found == cellKey( x, y ) )
            {
              const std::size_t index = static_cast<std::size_t>( found - mCellKeys.begin() );
              for ( std::uint32_t s = mCellStart[index]; s < mCellStart[index + 1]; ++s )
                consider( mSegments[s] );
            }
          }
          if ( ring == 0 )
            break;
        }
      }
      // Unvisited segments are at least (ring - 1/4) cells away (see the constructor).
      const double bound = ( static_cast<double>( ring ) - 0.25 ) * mCellSize;
      if ( bestSegment != NO_ID && bound > 0 && bestDistance2 <= bound * bound )
        break;
    }
    best.snapDistance = std::sqrt( bestDistance2 );
    return best;
  }

  std::vector<std::size_t> nodesInEachPart( const RoadGraph &graph )
  {
    std::vector<std::size_t> nodes( graph.componentCount, 0 );
    for ( std::uint32_t part : graph.nodeComponent )
    {
      if ( part < nodes.size() )
        ++nodes[part];
    }
    return nodes;
  }

  std::vector<std::uint8_t> linksInUsefulParts( const RoadGraph &graph, const FerryTimetable *timetable, std::size_t minNodes )
  {
    return linksInUsefulParts( graph, nodesInEachPart( graph ), timetable, minNodes );
  }

  std::vector<std::uint8_t> linksInUsefulParts( const RoadGraph &graph, const std::vector<std::size_t> &nodes, const FerryTimetable *timetable, std::size_t minNodes )
  {
    const std::size_t parts = graph.componentCount;
    // Parts joined by a sailing count as one.
    std::vector<std::uint32_t> parent( parts );
    for ( std::uint32_t p = 0; p < parts; ++p )
      parent[p] = p;
    const auto root = [&parent]( std::uint32_t p )
    {
      while ( parent[p] != p )
        p = parent[p] = parent[parent[p]];
      return p;
    };
    if ( timetable )
    {
      for ( std::uint32_t leg = 0; leg < timetable->legCount(); ++leg )
      {
        const FerryTimetable::Leg &l = timetable->leg( leg );
        if ( l.from >= graph.nodeComponent.size() || l.to >= graph.nodeComponent.size() )
          continue;
        const std::uint32_t a = graph.nodeComponent[l.from];
        const std::uint32_t b = graph.nodeComponent[l.to];
        if ( a < parts && b < parts && root( a ) != root( b ) )
          parent[std::max( root( a ), root( b ) )] = std::min( root( a ), root( b ) );
      }
    }
    std::vector<std::size_t> joinedNodes( parts, 0 );
    for ( std::uint32_t p = 0; p < parts; ++p )
      joinedNodes[root( p )] += nodes[p];
    std::vector<std::uint8_t> useful( graph.linkCount(), 0 );
    for ( LinkId link = 0; link < graph.linkCount(); ++link )
    {
      const std::uint32_t part = graph.nodeComponent[graph.linkFrom[link]];
      useful[link] = part < parts && ( root( part ) == root( 0 ) || joinedNodes[root( part )] >= minNodes ) ? 1 : 0;
    }
    return useful;
  }

} // namespace placegap
