/***************************************************************************
  islands.h - the parts of a road graph joined by fixed links (roads, bridges, causeways)
 ***************************************************************************/
#ifndef PLACEGAP_CORE_ISLANDS_H
#define PLACEGAP_CORE_ISLANDS_H

#include "roadgraph.h"

#include <cstdint>
#include <vector>

namespace placegap
{
  /**
   * The connected parts of a road graph when ferry crossings are left out: places in one part
   * are joined by a fixed link (road, bridge, causeway, tunnel), whatever the one-way rules.
   */
  struct FixedLinkParts
  {
      //! Part of each node. Parts are numbered by descending metres of road, equal metres by their lowest node: 0 = the largest.
      std::vector<std::uint32_t> nodePart;
      std::vector<double> partRoadMetres; //!< Metres of (non-ferry) road in each part.
      std::size_t partCount() const { return partRoadMetres.size(); }
  };

  //! The fixed-link parts of graph (a node with only ferry links is a part of 0 metres).
  FixedLinkParts fixedLinkParts( const RoadGraph &graph );

} // namespace placegap

#endif // PLACEGAP_CORE_ISLANDS_H
