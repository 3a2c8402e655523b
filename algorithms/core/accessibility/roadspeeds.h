/***************************************************************************
  roadspeeds.h - default travel speeds per road class (OSM highway, OS Open Roads)
 ***************************************************************************/
#ifndef PLACEGAP_CORE_ROADSPEEDS_H
#define PLACEGAP_CORE_ROADSPEEDS_H

#include <map>
#include <optional>
#include <string>

namespace placegap
{
  /**
   * Road class -> speed in km/h. Keys are matched without regard to case or surrounding
   * spaces. A speed of 0 means "not for this mode": such links are left out of the graph.
   */
  class RoadSpeedTable
  {
    public:
      /**
       * The default table, for cars on rural and small-town Scottish roads (average speeds,
       * below the limits, counting bends and junctions):
       *
       * OS Open Roads `function` / `class`:
       *   Motorway 96, A Road 72, B Road 56, Minor Road 48, Local Road 32,
       *   Local Access Road 24, Restricted Local Access Road 16, Secondary Access Road 16;
       *   Classified Unnumbered 48, Unclassified 40, Not Classified 32, Unknown 32.
       * OS MasterMap Highways `routeHierarchy` (besides the names above):
       *   A Road Primary 80, Restricted Secondary Access Road 10.
       * OSM `highway`:
       *   motorway 96, motorway_link 64, trunk 80, trunk_link 56, primary 64, primary_link 48,
       *   secondary 56, secondary_link 40, tertiary 48, tertiary_link 32, unclassified 40,
       *   residential 32, living_street 10, service 16, road 32, track 16, busway 0,
       *   footway, path, cycleway, pedestrian, steps, bridleway, corridor, construction,
       *   proposed, platform, raceway 0.
       */
      static RoadSpeedTable defaults();

      /**
       * Reads "class=speed" pairs separated by ';' or newlines (e.g. "A Road=80;track=10"),
       * over the defaults when withDefaults. Returns no value and sets error on a bad entry.
       */
      static std::optional<RoadSpeedTable> parse( const std::string &text, bool withDefaults, std::string *error );

      //! Speed of a class, or no value when the table does not know it.
      std::optional<double> speedFor( const std::string &roadClass ) const;
      void set( const std::string &roadClass, double kmh );
      const std::map<std::string, double> &entries() const { return mSpeeds; }
      //! "class=speed;..." sorted by class, for cache keys and reports.
      std::string toString() const;

    private:
      static std::string normalized( const std::string &roadClass );
      std::map<std::string, double> mSpeeds; //!< Keyed by the normalized class.
  };

} // namespace placegap

#endif // PLACEGAP_CORE_ROADSPEEDS_H
