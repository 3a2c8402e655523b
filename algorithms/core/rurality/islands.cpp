/***************************************************************************
  islands.cpp - the parts of a road graph joined by fixed links (roads, bridges, causeways)
 ***************************************************************************/
#include "islands.h"

#include <algorithm>
#include <numeric>

namespace placegap
{
  namespace
  {
    std::uint32_t findRoot( std::vector<std::uint32_t> &parent, std::uint32_t node )
    {
      while ( parent[node] != node )
      {
        parent[node] = parent[parent[node]];
        node = parent[node];
      }
      return node;
    }
  } // namespace

  FixedLinkParts fixedLinkParts( const RoadGraph &graph )
  {
    const std::size_t nodes = graph.nodeCount();
    std::vector<std::uint32_t> parent( nodes );
    std::iota( parent.begin(), parent.end(), 0u );
    for ( LinkId link = 0; link < graph.linkCount(); ++link )
    {
      if ( graph.linkIsFerry[link] )
        continue;
      const std::uint32_t a = findRoot( parent, graph.linkFrom[link] );
      const std::uint32_t b = findRoot( parent, graph.linkTo[link] );
      if ( a != b )
        parent[std::max( a, b )] = std::min( a, b ); // the root is the lowest node of the part
    }
    // Road metres and lowest node per root.
    std::vector<double> rootMetres( nodes, 0.0 );
    for ( LinkId link = 0; link < graph.linkCount(); ++link )
    {
      if ( !graph.linkIsFerry[link] )
        rootMetres[findRoot( parent, graph.linkFrom[link] )] += graph.linkLength[link];
    }
    std::vector<std::uint32_t> roots;
    for ( std::uint32_t node = 0; node < nodes; ++node )
    {
      if ( findRoot( parent, node ) == node )
        roots.push_back( node );
    }
    std::stable_sort( roots.begin(), roots.end(), [&]( std::uint32_t a, std::uint32_t b )
                      { return rootMetres[a] > rootMetres[b]; } );
    std::vector<std::uint32_t> partOfRoot( nodes, 0 );
    FixedLinkParts parts;
    for ( std::uint32_t i = 0; i < roots.size(); ++i )
    {
      partOfRoot[roots[i]] = i;
      parts.partRoadMetres.push_back( rootMetres[roots[i]] );
    }
    parts.nodePart.resize( nodes );
    for ( std::uint32_t node = 0; node < nodes; ++node )
      parts.nodePart[node] = partOfRoot[findRoot( parent, node )];
    return parts;
  }

} // namespace placegap
