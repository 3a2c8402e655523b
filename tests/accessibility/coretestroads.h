/***************************************************************************
  coretestroads.h - roads for the QGIS-free network tests, at a speed that keeps hand working short
 ***************************************************************************/
#ifndef PLACEGAP_TESTS_CORETESTROADS_H
#define PLACEGAP_TESTS_CORETESTROADS_H

#include "roadgraph.h"

#include <vector>

namespace coretest
{
  // 36 km/h = 10 m/s: 100 m of road takes 10 s.
  constexpr double TEN_METRES_A_SECOND = 36;

  inline placegap::RoadLink road( std::vector<placegap::Point> vertices, placegap::LinkDirection direction = placegap::LinkDirection::Both, double kmh = TEN_METRES_A_SECOND )
  {
    placegap::RoadLink link;
    link.vertices = std::move( vertices );
    link.direction = direction;
    link.speedKmh = kmh;
    return link;
  }
} // namespace coretest

#endif // PLACEGAP_TESTS_CORETESTROADS_H
