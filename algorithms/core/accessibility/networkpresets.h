/***************************************************************************
  networkpresets.h - how the road products councils hold say direction, speed and ferries
 ***************************************************************************/
#ifndef PLACEGAP_CORE_NETWORKPRESETS_H
#define PLACEGAP_CORE_NETWORKPRESETS_H

#include "roadgraph.h"
#include "roadspeeds.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace placegap
{
  //! The NETWORK_PRESET parameter's public values.
  enum class NetworkPreset
  {
    Custom = 0,        //!< Fields mapped by hand.
    OpenStreetMap = 1, //!< highway, oneway, junction, maxspeed, access, route=ferry + duration (own fields or OGR's other_tags).
    OsOpenRoads = 2,   //!< road_function, road_classification (no one-way data: two-way).
    OsHighways = 3,    //!< OS MasterMap Highways RoadLink: routeHierarchy, roadClassification, directionality, operationalState.
  };

  /**
   * A line's attributes by name. Keys are kept as given; presetLink() looks them up without
   * regard to case or underscores for the OS products (road_function = roadFunction).
   */
  using LineTags = std::map<std::string, std::string>;

  //! What a preset makes of one line.
  struct PresetLink
  {
      bool include = true;
      std::string reason; //!< Why it is left out (include false), e.g. "highway=footway is not driven".
      LinkDirection direction = LinkDirection::Both;
      double speedKmh = 0;
      bool ferry = false;
      std::optional<double> ferryMinutes; //!< A ferry's duration, when the data give one.
      bool classUnknown = false;          //!< The road class is not in the speed table: the default speed was used.
      std::string roadClass;              //!< The class the speed came from.
  };

  /**
   * Direction, speed and ferry of a line of a known product. Speeds: the class's speed in table
   * (OSM highway; OS route hierarchy / road function, else road classification), else
   * defaultSpeed (classUnknown). OSM: maxspeed lowers the class speed where it is lower
   * ("30 mph", "50", "48 km/h"); oneway yes/true/1 forward, -1/reverse backward, no both;
   * junction=roundabout and highway=motorway imply one-way forward; access, motor_vehicle or
   * motorcar = no leaves the line out (private roads stay: people live on them); a line without
   * highway that is not a ferry is left out (rail, rivers, boundaries). route=ferry: a ferry, with its duration
   * ("HH:MM", "H:MM:SS", minutes, or ISO 8601 "PT1H30M") when tagged.
   */
  PresetLink presetLink( NetworkPreset preset, const LineTags &tags, const RoadSpeedTable &table, double defaultSpeed );

  //! Field names the preset reads, for the network layer's checks and help.
  std::vector<std::string> presetFields( NetworkPreset preset );

  //! OGR's OSM "other_tags" text ("key"=>"value","k2"=>"v2", with \" and \\ escapes) as tags.
  LineTags parseOtherTags( const std::string &text );

  //! OSM duration in minutes: "90", "1:30", "01:30:00", "PT1H30M"; no value when unreadable.
  std::optional<double> osmDurationMinutes( const std::string &text );

  //! OSM maxspeed in km/h: "50", "50 km/h", "30 mph"; no value for "none", "signals", "GB:nsl_single"...
  std::optional<double> osmMaxspeedKmh( const std::string &text );

} // namespace placegap

#endif // PLACEGAP_CORE_NETWORKPRESETS_H
