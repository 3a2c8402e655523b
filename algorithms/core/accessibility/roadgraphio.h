/***************************************************************************
  roadgraphio.h - a RoadGraph to and from bytes, for the graph cache
 ***************************************************************************/
#ifndef PLACEGAP_CORE_ROADGRAPHIO_H
#define PLACEGAP_CORE_ROADGRAPHIO_H

#include "roadgraph.h"

#include <optional>
#include <string>
#include <string_view>

namespace placegap
{
  //! The graph as bytes (this machine's byte order; a header marks the format and order).
  std::string serializeRoadGraph( const RoadGraph &graph );

  //! The graph back, or no value when the bytes are not a graph of this format (or are cut short).
  std::optional<RoadGraph> deserializeRoadGraph( std::string_view bytes );

} // namespace placegap

#endif // PLACEGAP_CORE_ROADGRAPHIO_H
