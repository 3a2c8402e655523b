/***************************************************************************
  networklocator.h - snapping points to the nearest point on a road graph's links
 ***************************************************************************/
#ifndef PLACEGAP_CORE_NETWORKLOCATOR_H
#define PLACEGAP_CORE_NETWORKLOCATOR_H

#include "roadgraph.h"

#include <cstdint>
#include <vector>

namespace placegap
{
  //! Where a point joins the network: a place along a link, not only a node.
  struct NetworkLocation
  {
      LinkId link = NO_ID;     //!< NO_ID: the network has no links.
      double along = 0;        //!< Metres from the link's first vertex to the snapped point.
      Point snapped;           //!< The nearest point on the link.
      double snapDistance = 0; //!< Metres from the input point to the snapped point.

      bool isValid() const { return link != NO_ID; }
  };

  /**
   * Grid spatial index over the segments of a graph's links that finds the nearest point on
   * any link. Ties (equal distance) go to the lower link id, then the earlier segment.
   * Ferry crossings and links that cannot be travelled either way are not snapped to.
   */
  class NetworkLocator
  {
    public:
      explicit NetworkLocator( const RoadGraph &graph );
      NetworkLocation locate( const Point &point ) const;
      /**
       * The nearest point on a link that allowedLink (one entry per link) lets through; an
       * invalid location when it lets none through.
       */
      NetworkLocation locate( const Point &point, const std::vector<std::uint8_t> &allowedLink ) const;

    private:
      struct SegmentRef
      {
          LinkId link;
          std::uint32_t segment; //!< Index of the segment's first vertex in graph.vertices.
      };
      std::int64_t cellX( double x ) const;
      std::int64_t cellY( double y ) const;
      std::uint64_t cellKey( std::int64_t cx, std::int64_t cy ) const;

      const RoadGraph &mGraph;
      double mCellSize = 1;
      double mMinX = 0;
      double mMinY = 0;
      std::int64_t mColumns = 1;
      std::int64_t mRows = 1;
      std::vector<std::uint64_t> mCellKeys;  //!< Sorted, one entry per occupied cell.
      std::vector<std::uint32_t> mCellStart; //!< Into mSegments, one more than mCellKeys.
      std::vector<SegmentRef> mSegments;
      std::vector<double> mSegmentStartAlong; //!< Metres along the link at each vertex, like graph.vertices.
  };

  class FerryTimetable;

  /**
   * Per link, 1 when it lies in a useful part of the network: one of at least minNodes nodes,
   * counting parts joined by the timetable's sailings as one (an island with a ferry belongs
   * to the mainland's part), or the largest part. OSRM likewise snaps only to "big components"
   * (by default 1,000 nodes), so that a site is not left on a fragment (a car park's aisles, a
   * road cut off by a footway) from which nothing can be reached.
   */
  std::vector<std::uint8_t> linksInUsefulParts( const RoadGraph &graph, const FerryTimetable *timetable, std::size_t minNodes );
  //! As above, with the nodes in each part already counted (nodesInEachPart()).
  std::vector<std::uint8_t> linksInUsefulParts( const RoadGraph &graph, const std::vector<std::size_t> &nodes, const FerryTimetable *timetable, std::size_t minNodes );

  //! The nodes in each part (weakly connected component) of the graph, by part.
  std::vector<std::size_t> nodesInEachPart( const RoadGraph &graph );

} // namespace placegap

#endif // PLACEGAP_CORE_NETWORKLOCATOR_H
