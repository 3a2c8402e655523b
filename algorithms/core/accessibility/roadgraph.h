/***************************************************************************
  roadgraph.h - a compact directed road (and ferry) graph and its builder
 ***************************************************************************/
#ifndef PLACEGAP_CORE_ROADGRAPH_H
#define PLACEGAP_CORE_ROADGRAPH_H

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace placegap
{
  using NodeId = std::uint32_t;
  using EdgeId = std::uint32_t;
  using LinkId = std::uint32_t;
  constexpr std::uint32_t NO_ID = std::numeric_limits<std::uint32_t>::max();
  constexpr double UNREACHABLE = std::numeric_limits<double>::infinity();

  struct Point
  {
      double x = 0;
      double y = 0;
  };

  //! Which ways a link may be travelled, relative to the order of its vertices.
  enum class LinkDirection
  {
    Both,
    Forward,  //!< One-way, from the first vertex to the last.
    Backward, //!< One-way, from the last vertex to the first.
    Closed,   //!< Neither way (e.g. a one-way value saying "no entry").
  };

  //! One input line as the graph builder sees it (a road or a ferry crossing).
  struct RoadLink
  {
      std::vector<Point> vertices; //!< In a projected CRS, metres.
      LinkDirection direction = LinkDirection::Both;
      double speedKmh = 0;              //!< Travel speed; <= 0 or not finite: the link is left out.
      double ferryCrossingMinutes = -1; //!< >= 0: a ferry crossing of this many minutes (speed is ignored).
  };

  struct GraphBuildOptions
  {
      //! Line ends (and vertices) closer than this many metres become one node; 0 = exact match only.
      double tolerance = 0;
      //! Make a node at every vertex (so lines meeting at shared inner vertices connect), not only at line ends.
      bool nodesAtEveryVertex = false;
      //! Added to every ferry crossing, e.g. half the headway between sailings.
      double ferryBoardingWaitMinutes = 0;
  };

  //! Why an input line did not become part of the graph.
  enum class LinkProblem
  {
    TooFewVertices,
    BadSpeed,
    NotFinite,
  };

  struct SkippedLink
  {
      std::size_t input = 0; //!< Index of the RoadLink in the builder's input.
      LinkProblem problem = LinkProblem::BadSpeed;
  };

  /**
   * The road graph: nodes, physical links between two nodes (with their geometry and the
   * cost of travelling them each way), and directed edges in CSR form (first_out / head /
   * weight, as RoutingKit and OSRM store them) for the shortest path searches.
   *
   * Costs are seconds, lengths metres. A link that cannot be travelled one way has an
   * infinite cost that way and no edge.
   */
  struct RoadGraph
  {
      // Nodes
      std::vector<Point> nodePosition;
      // Directed edges, CSR: the edges leaving node n are firstOut[n] .. firstOut[n+1]-1.
      std::vector<EdgeId> firstOut;
      std::vector<NodeId> head;
      std::vector<double> weight;             //!< Seconds.
      std::vector<double> edgeLength;         //!< Metres, the length of the edge's link (kept here so searches read it in order).
      std::vector<LinkId> edgeLink;           //!< The link each edge runs along.
      std::vector<std::uint8_t> edgeReversed; //!< 1 when the edge runs from the link's last vertex to its first.
      // Links (the pieces of input lines between two nodes)
      std::vector<NodeId> linkFrom;
      std::vector<NodeId> linkTo;
      std::vector<double> linkLength;       //!< Metres.
      std::vector<double> linkForwardCost;  //!< Seconds from linkFrom to linkTo, or UNREACHABLE.
      std::vector<double> linkBackwardCost; //!< Seconds from linkTo to linkFrom, or UNREACHABLE.
      std::vector<std::size_t> linkInput;   //!< Index of the input line the link comes from.
      std::vector<std::uint8_t> linkIsFerry;
      std::vector<std::size_t> linkFirstVertex; //!< Into vertices; the link's vertices run to linkFirstVertex[l+1]-1.
      std::vector<Point> vertices;

      std::size_t nodeCount() const { return nodePosition.size(); }
      std::size_t edgeCount() const { return head.size(); }
      std::size_t linkCount() const { return linkFrom.size(); }

      // Facts a user should hear about.
      std::vector<SkippedLink> skippedLinks;
      std::size_t selfLoopLinks = 0;            //!< Links whose two ends merged into one node.
      std::size_t zeroLengthLinks = 0;          //!< Links of length 0 (kept: they cost nothing).
      std::size_t pointsJoined = 0;             //!< Line ends (and vertices) made into nodes or joined to one.
      std::size_t pointsMovedByTolerance = 0;   //!< Of those, the ones joined to a node at another position (merged by the tolerance).
      std::size_t componentCount = 0;           //!< Weakly connected components holding at least one link.
      std::vector<std::uint32_t> nodeComponent; //!< Weakly connected component of each node, 0 = largest.
  };

  /**
   * Builds the graph: snaps line ends (or all vertices) within the tolerance into nodes with
   * a grid hash (the first node made in input order wins), splits lines at inner nodes,
   * costs each piece as length / speed (ferries: crossing minutes + boarding wait, shared
   * between the pieces by length) and writes the CSR arrays, edges of a node sorted by head.
   */
  RoadGraph buildRoadGraph( const std::vector<RoadLink> &links, const GraphBuildOptions &options );

  /**
   * The part of a link's line from fromAlong to toAlong metres along it (reversed when
   * toAlong < fromAlong), with interpolated end points.
   */
  std::vector<Point> linkPart( const RoadGraph &graph, LinkId link, double fromAlong, double toAlong );

  /**
   * Seconds and metres on an exact grid: whole multiples of 2^-32 s and 2^-24 m, by rounding
   * (beyond 2^21 s or 2^29 m, and infinities, as they are). Sums of such values within those
   * bounds are exact, so a path costs the same bits in whatever order its legs are added: the
   * plain searches, the reversed ones and the prepared graph add them in different orders, and
   * agree to the bit and break ties of equal time alike. Every cost and length a search adds
   * (edges, shares of a link, access legs) goes through these.
   */
  double exactSeconds( double seconds );
  double exactMetres( double metres );

  //! Seconds to travel metres at kmh; UNREACHABLE for a non-positive or non-finite speed.
  double travelSeconds( double metres, double kmh );

} // namespace placegap

#endif // PLACEGAP_CORE_ROADGRAPH_H
