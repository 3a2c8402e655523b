/***************************************************************************
  spatialweights.cpp - neighbour lists: contiguity, k nearest, distance band
 ***************************************************************************/
#include "spatialweights.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace placegap
{

  namespace
  {
    //! Links every pair of features sharing a key; keys sorted so equal keys are adjacent.
    template <typename Key>
    NeighbourLists linkSharedKeys( std::vector<std::pair<Key, int>> &keys, std::size_t count )
    {
      std::sort( keys.begin(), keys.end() );
      NeighbourLists neighbours( count );
      std::size_t start = 0;
      while ( start < keys.size() )
      {
        std::size_t end = start + 1;
        while ( end < keys.size() && keys[end].first == keys[start].first )
          ++end;
        for ( std::size_t a = start; a < end; ++a )
          for ( std::size_t b = start; b < end; ++b )
            if ( keys[a].second != keys[b].second )
              neighbours[static_cast<std::size_t>( keys[a].second )].push_back( keys[b].second );
        start = end;
      }
      for ( std::vector<int> &list : neighbours )
      {
        std::sort( list.begin(), list.end() );
        list.erase( std::unique( list.begin(), list.end() ), list.end() );
      }
      return neighbours;
    }

    double squaredDistance( const Point2 &a, const Point2 &b )
    {
      return ( a.x - b.x ) * ( a.x - b.x ) + ( a.y - b.y ) * ( a.y - b.y );
    }
  } // namespace

  NeighbourLists contiguityNeighbours( const std::vector<PolygonRings> &polygons, Contiguity rule )
  {
    if ( rule == Contiguity::Queen )
    {
      std::vector<std::pair<std::pair<double, double>, int>> keys;
      for ( std::size_t i = 0; i < polygons.size(); ++i )
        for ( const std::vector<Point2> &ring : polygons[i] )
          for ( const Point2 &p : ring )
            keys.push_back( { { p.x, p.y }, static_cast<int>( i ) } );
      return linkSharedKeys( keys, polygons.size() );
    }
    using Edge = std::tuple<double, double, double, double>;
    std::vector<std::pair<Edge, int>> keys;
    for ( std::size_t i = 0; i < polygons.size(); ++i )
    {
      for ( const std::vector<Point2> &ring : polygons[i] )
      {
        const std::size_t n = ring.size();
        for ( std::size_t v = 0; v < n; ++v )
        {
          Point2 a = ring[v];
          Point2 b = ring[( v + 1 ) % n];
          if ( a.x == b.x && a.y == b.y )
            continue; // the closing vertex of a closed ring, or a repeated vertex
          if ( std::tie( b.x, b.y ) < std::tie( a.x, a.y ) )
            std::swap( a, b );
          keys.push_back( { Edge { a.x, a.y, b.x, b.y }, static_cast<int>( i ) } );
        }
      }
    }
    return linkSharedKeys( keys, polygons.size() );
  }

  NeighbourLists nearestNeighbours( const std::vector<Point2> &points, int k, const std::function<bool()> &isCanceled )
  {
    const std::size_t n = points.size();
    NeighbourLists neighbours( n );
    const std::size_t want = std::min<std::size_t>( static_cast<std::size_t>( std::max( k, 0 ) ), n > 0 ? n - 1 : 0 );
    std::vector<std::pair<double, int>> candidates;
    for ( std::size_t i = 0; i < n; ++i )
    {
      if ( isCanceled && i % 256 == 0 && isCanceled() )
        return {};
      candidates.clear();
      for ( std::size_t j = 0; j < n; ++j )
        if ( j != i )
          candidates.push_back( { squaredDistance( points[i], points[j] ), static_cast<int>( j ) } );
      std::partial_sort( candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>( want ), candidates.end() );
      for ( std::size_t t = 0; t < want; ++t )
        neighbours[i].push_back( candidates[t].second );
      std::sort( neighbours[i].begin(), neighbours[i].end() );
    }
    return neighbours;
  }

  NeighbourLists distanceBandNeighbours( const std::vector<Point2> &points, double distance, const std::function<bool()> &isCanceled )
  {
    const std::size_t n = points.size();
    NeighbourLists neighbours( n );
    // Sweep along x so that only points within the band's x-range are compared.
    std::vector<int> order( n );
    for ( std::size_t i = 0; i < n; ++i )
      order[i] = static_cast<int>( i );
    std::sort( order.begin(), order.end(), [&points]( int a, int b )
               { return points[static_cast<std::size_t>( a )].x < points[static_cast<std::size_t>( b )].x; } );
    const double squared = distance * distance;
    for ( std::size_t a = 0; a < n; ++a )
    {
      if ( isCanceled && a % 256 == 0 && isCanceled() )
        return {};
      const Point2 &pa = points[static_cast<std::size_t>( order[a] )];
      for ( std::size_t b = a + 1; b < n; ++b )
      {
        const Point2 &pb = points[static_cast<std::size_t>( order[b] )];
        if ( pb.x - pa.x > distance )
          break;
        if ( squaredDistance( pa, pb ) <= squared )
        {
          neighbours[static_cast<std::size_t>( order[a] )].push_back( order[b] );
          neighbours[static_cast<std::size_t>( order[b] )].push_back( order[a] );
        }
      }
    }
    for ( std::vector<int> &list : neighbours )
      std::sort( list.begin(), list.end() );
    return neighbours;
  }

  int addLinks( NeighbourLists &neighbours, const std::vector<std::pair<int, int>> &links )
  {
    const int n = static_cast<int>( neighbours.size() );
    int added = 0;
    for ( const auto &[a, b] : links )
    {
      if ( a == b || a < 0 || b < 0 || a >= n || b >= n )
        continue;
      std::vector<int> &fromA = neighbours[static_cast<std::size_t>( a )];
      const auto at = std::lower_bound( fromA.begin(), fromA.end(), b );
      if ( at != fromA.end() && *at == b )
        continue;
      fromA.insert( at, b );
      std::vector<int> &fromB = neighbours[static_cast<std::size_t>( b )];
      fromB.insert( std::lower_bound( fromB.begin(), fromB.end(), a ), a );
      ++added;
    }
    return added;
  }

} // namespace placegap
