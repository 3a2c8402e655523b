/***************************************************************************
  roadgraphio.cpp - a RoadGraph to and from bytes, for the graph cache
 ***************************************************************************/
#include "roadgraphio.h"

#include "bytes.h"

namespace placegap
{
  namespace
  {
    // "PGRG", then the format version and a byte-order mark; a change of layout (or of how costs are made) bumps the version.
    // Version 3: costs and lengths on the exact grid (exactSeconds, exactMetres).
    constexpr ByteFormat FORMAT { { 'P', 'G', 'R', 'G' }, 3 };

    std::vector<std::uint64_t> widen( const std::vector<std::size_t> &values )
    {
      return std::vector<std::uint64_t>( values.begin(), values.end() );
    }
  } // namespace

  std::string serializeRoadGraph( const RoadGraph &graph )
  {
    const std::vector<std::uint64_t> linkInput = widen( graph.linkInput );
    const std::vector<std::uint64_t> linkFirstVertex = widen( graph.linkFirstVertex );
    std::vector<std::uint64_t> skipped;
    for ( const SkippedLink &link : graph.skippedLinks )
    {
      skipped.push_back( link.input );
      skipped.push_back( static_cast<std::uint64_t>( link.problem ) );
    }
    ByteWriter out;
    // The header and the three counts after the skipped links, then every array.
    out.reserve( 64 + ByteWriter::arrayBytes( graph.nodePosition, graph.firstOut, graph.head, graph.weight, graph.edgeLink, graph.edgeLength, graph.edgeReversed, graph.linkFrom, graph.linkTo, graph.linkLength, graph.linkForwardCost, graph.linkBackwardCost, linkInput, graph.linkIsFerry, linkFirstVertex, graph.vertices, skipped, graph.nodeComponent ) );
    out.header( FORMAT );
    out.array( graph.nodePosition );
    out.array( graph.firstOut );
    out.array( graph.head );
    out.array( graph.weight );
    out.array( graph.edgeLink );
    out.array( graph.edgeLength );
    out.array( graph.edgeReversed );
    out.array( graph.linkFrom );
    out.array( graph.linkTo );
    out.array( graph.linkLength );
    out.array( graph.linkForwardCost );
    out.array( graph.linkBackwardCost );
    out.array( linkInput );
    out.array( graph.linkIsFerry );
    out.array( linkFirstVertex );
    out.array( graph.vertices );
    out.array( skipped );
    out.value( static_cast<std::uint64_t>( graph.selfLoopLinks ) );
    out.value( static_cast<std::uint64_t>( graph.zeroLengthLinks ) );
    out.value( static_cast<std::uint64_t>( graph.componentCount ) );
    out.array( graph.nodeComponent );
    return out.take();
  }

  std::optional<RoadGraph> deserializeRoadGraph( std::string_view bytes )
  {
    ByteReader in( bytes );
    if ( !in.header( FORMAT ) )
      return std::nullopt;

    RoadGraph graph;
    std::vector<std::uint64_t> linkInput;
    std::vector<std::uint64_t> linkFirstVertex;
    std::vector<std::uint64_t> skipped;
    std::uint64_t selfLoops = 0, zeroLength = 0, components = 0;
    const bool ok = in.array( graph.nodePosition ) && in.array( graph.firstOut ) && in.array( graph.head ) && in.array( graph.weight ) && in.array( graph.edgeLink ) && in.array( graph.edgeLength ) && in.array( graph.edgeReversed ) && in.array( graph.linkFrom ) && in.array( graph.linkTo ) && in.array( graph.linkLength ) && in.array( graph.linkForwardCost ) && in.array( graph.linkBackwardCost ) && in.array( linkInput ) && in.array( graph.linkIsFerry ) && in.array( linkFirstVertex ) && in.array( graph.vertices ) && in.array( skipped ) && in.value( selfLoops ) && in.value( zeroLength ) && in.value( components ) && in.array( graph.nodeComponent ) && in.atEnd();
    if ( !ok || skipped.size() % 2 != 0 )
      return std::nullopt;
    graph.linkInput.assign( linkInput.begin(), linkInput.end() );
    graph.linkFirstVertex.assign( linkFirstVertex.begin(), linkFirstVertex.end() );
    for ( std::size_t i = 0; i < skipped.size(); i += 2 )
      graph.skippedLinks.push_back( { static_cast<std::size_t>( skipped[i] ), static_cast<LinkProblem>( skipped[i + 1] ) } );
    graph.selfLoopLinks = static_cast<std::size_t>( selfLoops );
    graph.zeroLengthLinks = static_cast<std::size_t>( zeroLength );
    graph.componentCount = static_cast<std::size_t>( components );

    // The arrays must agree with each other, or a search would read out of bounds.
    const std::size_t nodes = graph.nodePosition.size();
    const std::size_t edges = graph.head.size();
    const std::size_t links = graph.linkFrom.size();
    bool consistent = graph.firstOut.size() == nodes + 1 && graph.firstOut.back() == edges && graph.weight.size() == edges && graph.edgeLink.size() == edges && graph.edgeLength.size() == edges && graph.edgeReversed.size() == edges && graph.linkTo.size() == links && graph.linkLength.size() == links && graph.linkForwardCost.size() == links && graph.linkBackwardCost.size() == links && graph.linkInput.size() == links && graph.linkIsFerry.size() == links && graph.linkFirstVertex.size() == links + 1 && graph.linkFirstVertex.back() == graph.vertices.size() && graph.nodeComponent.size() == nodes;
    for ( std::size_t e = 0; consistent && e < edges; ++e )
      consistent = graph.head[e] < nodes && graph.edgeLink[e] < links;
    for ( std::size_t l = 0; consistent && l < links; ++l )
      consistent = graph.linkFrom[l] < nodes && graph.linkTo[l] < nodes && graph.linkFirstVertex[l] < graph.linkFirstVertex[l + 1];
    for ( std::size_t n = 0; consistent && n < nodes; ++n )
      consistent = graph.firstOut[n] <= graph.firstOut[n + 1] && graph.nodeComponent[n] < graph.componentCount;
    if ( !consistent )
      return std::nullopt;
    return graph;
  }

} // namespace placegap
