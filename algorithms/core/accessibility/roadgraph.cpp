/***************************************************************************
  roadgraph.cpp - a compact directed road (and ferry) graph and its builder
 ***************************************************************************/
#include "roadgraph.h"

#include "hugepages.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <unordered_map>

namespace placegap
{
  namespace
  {
    //! Finds or makes the node for a position: nodes within the tolerance are merged.
    class NodeSnapper
    {
      public:
        //! expectedNodes sizes the table for the exact case; it grows beyond when needed.
        NodeSnapper( double tolerance, std::vector<Point> &positions, std::size_t expectedNodes )
            : mTolerance( tolerance > 0 ? tolerance : 0 ), mPositions( positions )
        {
          if ( mTolerance == 0 )
            resizeExact( expectedNodes );
        }

        //! Points that joined a node at another position (merged by the tolerance).
        std::size_t moved() const { return mMoved; }
        std::size_t asked() const { return mAsked; }

        NodeId nodeAt( const Point &p )
        {
          ++mAsked;
          if ( mTolerance == 0 )
            return exactNodeAt( p );
          const std::int64_t cx = static_cast<std::int64_t>( std::floor( p.x / mTolerance ) );
          const std::int64_t cy = static_cast<std::int64_t>( std::floor( p.y / mTolerance ) );
          // The first node made (lowest id) within the tolerance wins, whatever cell it is in.
          NodeId best = NO_ID;
          const double tolerance2 = mTolerance * mTolerance;
          for ( std::int64_t dx = -1; dx <= 1; ++dx )
          {
            for ( std::int64_t dy = -1; dy <= 1; ++dy )
            {
              const auto found = mCells.find( cellKey( cx + dx, cy + dy ) );
              if ( found == mCells.end() )
                continue;
              for ( NodeId node : found->second )
              {
                const double ddx = mPositions[node].x - p.x;
                const double ddy = mPositions[node].y - p.y;
                if ( ddx * ddx + ddy * ddy <= tolerance2 && node < best )
                  best = node;
              }
            }
          }
          if ( best != NO_ID )
          {
            if ( mPositions[best].x != p.x || mPositions[best].y != p.y )
              ++mMoved;
            return best;
          }
          const NodeId node = static_cast<NodeId>( mPositions.size() );
          mPositions.push_back( p );
          mCells[cellKey( cx, cy )].push_back( node );
          return node;
        }

      private:
        //! A slot of the exact table: a position's bits and its node (NO_ID: empty).
        struct ExactSlot
        {
            std::uint64_t x = 0;
            std::uint64_t y = 0;
            NodeId node = NO_ID;
        };

        static std::pair<std::uint64_t, std::uint64_t> exactKey( const Point &p )
        {
          // -0.0 and 0.0 are the same place.
          const double x = p.x == 0 ? 0.0 : p.x;
          const double y = p.y == 0 ? 0.0 : p.y;
          std::uint64_t bx = 0;
          std::uint64_t by = 0;
          std::memcpy( &bx, &x, sizeof bx );
          std::memcpy( &by, &y, sizeof by );
          return { bx, by };
        }
        static std::uint64_t mix( std::uint64_t z )
        {
          // splitmix64's finaliser: coordinates differ mostly in their low mantissa bits.
          z = ( z ^ ( z >> 30 ) ) * 0xBF58476D1CE4E5B9ULL;
          z = ( z ^ ( z >> 27 ) ) * 0x94D049BB133111EBULL;
          return z ^ ( z >> 31 );
        }

        //! Where a position's probe starts in the exact table.
        std::size_t firstSlot( std::uint64_t x, std::uint64_t y ) const
        {
          return mix( x ^ mix( y ) ) & ( mExact.size() - 1 );
        }

        //! The exact case in one flat table (linear probing, at most half full): a node-based map
        //! cost a heap allocation and a cache miss for every node, a third of building 1M links.
        NodeId exactNodeAt( const Point &p )
        {
          const auto [x, y] = exactKey( p );
          for ( std::size_t slot = firstSlot( x, y );; slot = ( slot + 1 ) & ( mExact.size() - 1 ) )
          {
            ExactSlot &here = mExact[slot];
            if ( here.node == NO_ID )
            {
              here = { x, y, static_cast<NodeId>( mPositions.size() ) };
              mPositions.push_back( p );
              if ( 2 * mPositions.size() > mExact.size() )
                resizeExact( mPositions.size() );
              return static_cast<NodeId>( mPositions.size() - 1 );
            }
            if ( here.x == x && here.y == y )
              return here.node;
          }
        }
        void resizeExact( std::size_t nodes )
        {
          std::size_t size = 16;
          while ( size < 2 * nodes + 2 )
            size *= 2;
          std::vector<ExactSlot> old( size );
          old.swap( mExact );
          for ( const ExactSlot &slot : old )
          {
            if ( slot.node == NO_ID )
              continue;
            std::size_t at = firstSlot( slot.x, slot.y );
            while ( mExact[at].node != NO_ID )
              at = ( at + 1 ) & ( mExact.size() - 1 );
            mExact[at] = slot;
          }
        }
        static std::uint64_t cellKey( std::int64_t cx, std::int64_t cy )
        {
          return ( static_cast<std::uint64_t>( cx ) * 0x9E3779B97F4A7C15ULL ) ^ static_cast<std::uint64_t>( cy );
        }

        double mTolerance = 0;
        std::vector<Point> &mPositions;
        std::size_t mMoved = 0;
        std::size_t mAsked = 0;
        std::vector<ExactSlot> mExact;
        std::unordered_map<std::uint64_t, std::vector<NodeId>> mCells;
    };

    double segmentLength( const Point &a, const Point &b )
    {
      return std::hypot( b.x - a.x, b.y - a.y );
    }

    struct DirectedEdge
    {
        NodeId tail;
        NodeId head;
        double weight;
        LinkId link;
        std::uint8_t reversed;
    };

    std::size_t findRoot( std::vector<std::size_t> &parent, std::size_t i )
    {
      while ( parent[i] != i )
      {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }
  } // namespace

  namespace
  {
    //! value rounded to a whole multiple of 2^-fractionBits, when that multiple stays exact in a double's 53 bits.
    double onGrid( double value, int fractionBits, double bound )
    {
      if ( !std::isfinite( value ) || std::abs( value ) >= bound )
        return value;
      return std::ldexp( std::nearbyint( std::ldexp( value, fractionBits ) ), -fractionBits );
    }
  } // namespace

  double exactSeconds( double seconds )
  {
    return onGrid( seconds, 32, 2097152.0 ); // 2^21 s, about 24 days
  }

  double exactMetres( double metres )
  {
    return onGrid( metres, 24, 536870912.0 ); // 2^29 m
  }

  double travelSeconds( double metres, double kmh )
  {
    if ( !( kmh > 0 ) || !std::isfinite( kmh ) )
      return UNREACHABLE;
    return metres / ( kmh / 3.6 );
  }

  std::vector<Point> linkPart( const RoadGraph &graph, LinkId link, double fromAlong, double toAlong )
  {
    const bool reversed = toAlong < fromAlong;
    const double start = std::min( fromAlong, toAlong );
    const double end = std::max( fromAlong, toAlong );
    std::vector<Point> part;
    double along = 0;
    const std::size_t first = graph.linkFirstVertex[link];
    const std::size_t last = graph.linkFirstVertex[link + 1] - 1;
    auto pointAt = [&]( std::size_t v, double at )
    {
      const Point &a = graph.vertices[v];
      const Point &b = graph.vertices[v + 1];
      const double length = segmentLength( a, b );
      const double t = length > 0 ? std::clamp( ( at - along ) / length, 0.0, 1.0 ) : 0.0;
      return Point { a.x + t * ( b.x - a.x ), a.y + t * ( b.y - a.y ) };
    };
    for ( std::size_t v = first; v < last; ++v )
    {
      const double length = segmentLength( graph.vertices[v], graph.vertices[v + 1] );
      const double segmentEnd = along + length;
      if ( part.empty() && start <= segmentEnd )
        part.push_back( pointAt( v, start ) );
      if ( !part.empty() )
      {
        if ( end <= segmentEnd )
        {
          part.push_back( pointAt( v, end ) );
          break;
        }
        part.push_back( graph.vertices[v + 1] );
      }
      along = segmentEnd;
    }
    if ( part.empty() && last >= first )
      part.push_back( graph.vertices[last] );
    if ( part.size() == 1 )
      part.push_back( part.front() );
    if ( reversed )
      std::reverse( part.begin(), part.end() );
    return part;
  }

  RoadGraph buildRoadGraph( const std::vector<RoadLink> &links, const GraphBuildOptions &options )
  {
    RoadGraph graph;
    // Room for what the lines make, at once: growing these arrays copied them over and over.
    std::size_t vertexCount = 0;
    for ( const RoadLink &link : links )
      vertexCount += link.vertices.size();
    const std::size_t linkCount = options.nodesAtEveryVertex ? vertexCount : links.size();
    for ( std::vector<NodeId> *ids : { &graph.linkFrom, &graph.linkTo } )
      ids->reserve( linkCount );
    for ( std::vector<double> *values : { &graph.linkLength, &graph.linkForwardCost, &graph.linkBackwardCost } )
      values->reserve( linkCount );
    graph.linkInput.reserve( linkCount );
    graph.linkIsFerry.reserve( linkCount );
    graph.linkFirstVertex.reserve( linkCount + 1 );
    reserveOnHugePages( graph.vertices, vertexCount + linkCount );
    graph.nodePosition.reserve( linkCount + 1 );
    NodeSnapper snapper( options.tolerance, graph.nodePosition, linkCount + 1 );
    std::vector<DirectedEdge> edges;
    reserveOnHugePages( edges, 2 * linkCount );
    graph.linkFirstVertex.push_back( 0 );

    for ( std::size_t input = 0; input < links.size(); ++input )
    {
      const RoadLink &link = links[input];
      if ( link.vertices.size() < 2 )
      {
        graph.skippedLinks.push_back( { input, LinkProblem::TooFewVertices } );
        continue;
      }
      const bool finite = std::all_of( link.vertices.begin(), link.vertices.end(), []( const Point &p )
                                       { return std::isfinite( p.x ) && std::isfinite( p.y ); } );
      if ( !finite )
      {
        graph.skippedLinks.push_back( { input, LinkProblem::NotFinite } );
        continue;
      }
      const bool ferry = link.ferryCrossingMinutes >= 0 && std::isfinite( link.ferryCrossingMinutes );
      if ( !ferry && ( !( link.speedKmh > 0 ) || !std::isfinite( link.speedKmh ) ) )
      {
        graph.skippedLinks.push_back( { input, LinkProblem::BadSpeed } );
        continue;
      }

      // Nodes at the ends, and at inner vertices when asked.
      const std::size_t last = link.vertices.size() - 1;
      double totalLength = 0;
      for ( std::size_t i = 0; i < last; ++i )
        totalLength += segmentLength( link.vertices[i], link.vertices[i + 1] );

      std::size_t pieceStart = 0;
      NodeId startNode = snapper.nodeAt( link.vertices[0] );
      for ( std::size_t i = 1; i <= last; ++i )
      {
        if ( i != last && !options.nodesAtEveryVertex )
          continue;
        const NodeId endNode = snapper.nodeAt( link.vertices[i] );
        double length = 0;
        for ( std::size_t v = pieceStart; v < i; ++v )
          length += segmentLength( link.vertices[v], link.vertices[v + 1] );
        length = exactMetres( length );

        double forward = 0;
        if ( ferry )
        {
          // A ferry's time (and wait) is shared between its pieces by length; one piece takes it all when the line has no length.
          const double share = totalLength > 0 ? length / totalLength : ( pieceStart == 0 ? 1.0 : 0.0 );
          forward = ( link.ferryCrossingMinutes + std::max( 0.0, options.ferryBoardingWaitMinutes ) ) * 60.0 * share;
        }
        else
        {
          forward = travelSeconds( length, link.speedKmh );
        }
        forward = exactSeconds( forward );
        const double backward = forward;
        const bool canForward = link.direction == LinkDirection::Both || link.direction == LinkDirection::Forward;
        const bool canBackward = link.direction == LinkDirection::Both || link.direction == LinkDirection::Backward;

        const LinkId id = static_cast<LinkId>( graph.linkFrom.size() );
        graph.linkFrom.push_back( startNode );
        graph.linkTo.push_back( endNode );
        graph.linkLength.push_back( length );
        graph.linkForwardCost.push_back( canForward ? forward : UNREACHABLE );
        graph.linkBackwardCost.push_back( canBackward ? backward : UNREACHABLE );
        graph.linkInput.push_back( input );
        graph.linkIsFerry.push_back( ferry ? 1 : 0 );
        graph.vertices.insert( graph.vertices.end(), link.vertices.begin() + static_cast<std::ptrdiff_t>( pieceStart ), link.vertices.begin() + static_cast<std::ptrdiff_t>( i ) + 1 );
        graph.linkFirstVertex.push_back( graph.vertices.size() );
        if ( startNode == endNode )
          ++graph.selfLoopLinks;
        if ( length == 0 )
          ++graph.zeroLengthLinks;
        if ( canForward )
          edges.push_back( { startNode, endNode, forward, id, 0 } );
        if ( canBackward )
          edges.push_back( { endNode, startNode, backward, id, 1 } );

        pieceStart = i;
        startNode = endNode;
      }
    }

    // CSR arrays; a node's edges sorted by head, weight and link so the graph does not depend on
    // hash order. Placed by tail first (counting), then each node's few edges sorted: the same
    // order as one sort of them all, in a fraction of its time.
    const std::size_t nodeCount = graph.nodePosition.size();
    graph.firstOut.assign( nodeCount + 1, 0 );
    for ( const DirectedEdge &edge : edges )
      ++graph.firstOut[edge.tail + 1];
    std::partial_sum( graph.firstOut.begin(), graph.firstOut.end(), graph.firstOut.begin() );
    {
      std::vector<DirectedEdge> byTail( edges.size() );
      std::vector<EdgeId> next( graph.firstOut.begin(), graph.firstOut.end() - 1 );
      for ( const DirectedEdge &edge : edges )
        byTail[next[edge.tail]++] = edge;
      edges.swap( byTail );
    }
    for ( std::size_t n = 0; n < nodeCount; ++n )
      std::sort( edges.begin() + static_cast<std::ptrdiff_t>( graph.firstOut[n] ), edges.begin() + static_cast<std::ptrdiff_t>( graph.firstOut[n + 1] ), []( const DirectedEdge &a, const DirectedEdge &b )
                 {
        if ( a.head != b.head )
          return a.head < b.head;
        if ( a.weight != b.weight )
          return a.weight < b.weight;
        return a.link < b.link; } );
    graph.head.reserve( edges.size() );
    graph.weight.reserve( edges.size() );
    graph.edgeLink.reserve( edges.size() );
    graph.edgeLength.reserve( edges.size() );
    graph.edgeReversed.reserve( edges.size() );
    for ( const DirectedEdge &edge : edges )
    {
      graph.head.push_back( edge.head );
      graph.weight.push_back( edge.weight );
      graph.edgeLink.push_back( edge.link );
      graph.edgeLength.push_back( graph.linkLength[edge.link] );
      graph.edgeReversed.push_back( edge.reversed );
    }

    // Weakly connected components over the edges (a link closed both ways joins nothing).
    std::vector<std::size_t> parent( nodeCount );
    std::iota( parent.begin(), parent.end(), 0 );
    for ( const DirectedEdge &edge : edges )
    {
      const std::size_t a = findRoot( parent, edge.tail );
      const std::size_t b = findRoot( parent, edge.head );
      if ( a != b )
        parent[std::max( a, b )] = std::min( a, b );
    }
    std::vector<std::size_t> size( nodeCount, 0 );
    for ( std::size_t n = 0; n < nodeCount; ++n )
      ++size[findRoot( parent, n )];
    std::vector<std::size_t> roots;
    for ( std::size_t n = 0; n < nodeCount; ++n )
    {
      if ( findRoot( parent, n ) == n )
        roots.push_back( n );
    }
    // Largest first; equal sizes by lowest node id.
    std::stable_sort( roots.begin(), roots.end(), [&size]( std::size_t a, std::size_t b )
                      { return size[a] > size[b]; } );
    std::vector<std::uint32_t> label( nodeCount, 0 );
    for ( std::size_t i = 0; i < roots.size(); ++i )
      label[roots[i]] = static_cast<std::uint32_t>( i );
    graph.nodeComponent.resize( nodeCount );
    for ( std::size_t n = 0; n < nodeCount; ++n )
      graph.nodeComponent[n] = label[findRoot( parent, n )];
    graph.componentCount = roots.size();
    graph.pointsJoined = snapper.asked();
    graph.pointsMovedByTolerance = snapper.moved();
    return graph;
  }

} // namespace placegap
