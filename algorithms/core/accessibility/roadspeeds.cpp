/***************************************************************************
  roadspeeds.cpp - default travel speeds per road class (OSM highway, OS Open Roads)
 ***************************************************************************/
#include "roadspeeds.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

namespace placegap
{
  namespace
  {
    std::string trimmed( const std::string &text )
    {
      const auto first = text.find_first_not_of( " \t\r\n" );
      if ( first == std::string::npos )
        return std::string();
      const auto last = text.find_last_not_of( " \t\r\n" );
      return text.substr( first, last - first + 1 );
    }
  } // namespace

  std::string RoadSpeedTable::normalized( const std::string &roadClass )
  {
    std::string key = trimmed( roadClass );
    std::transform( key.begin(), key.end(), key.begin(), []( unsigned char c )
                    { return static_cast<char>( std::tolower( c ) ); } );
    return key;
  }

  RoadSpeedTable RoadSpeedTable::defaults()
  {
    RoadSpeedTable table;
    const std::pair<const char *, double> entries[] = {
        // OS Open Roads function
        { "Motorway", 96 },
        { "A Road", 72 },
        { "B Road", 56 },
        { "Minor Road", 48 },
        { "Local Road", 32 },
        { "Local Access Road", 24 },
        { "Restricted Local Access Road", 16 },
        { "Secondary Access Road", 16 },
        // OS MasterMap Highways routeHierarchy (besides the function names above)
        { "A Road Primary", 80 },
        { "Restricted Secondary Access Road", 10 },
        // OS Open Roads class (Motorway, A Road and B Road as above)
        { "Classified Unnumbered", 48 },
        { "Unclassified", 40 },
        { "Not Classified", 32 },
        { "Unknown", 32 },
        // OSM highway
        { "motorway_link", 64 },
        { "trunk", 80 },
        { "trunk_link", 56 },
        { "primary", 64 },
        { "primary_link", 48 },
        { "secondary", 56 },
        { "secondary_link", 40 },
        { "tertiary", 48 },
        { "tertiary_link", 32 },
        { "residential", 32 },
        { "living_street", 10 },
        { "service", 16 },
        { "road", 32 },
        { "track", 16 },
        { "busway", 0 },
        { "footway", 0 },
        { "path", 0 },
        { "cycleway", 0 },
        { "pedestrian", 0 },
        { "steps", 0 },
        { "bridleway", 0 },
        { "corridor", 0 },
        { "construction", 0 },
        { "proposed", 0 },
        { "platform", 0 },
        { "raceway", 0 },
    };
    for ( const auto &[roadClass, kmh] : entries )
      table.set( roadClass, kmh );
    return table;
  }

  std::optional<RoadSpeedTable> RoadSpeedTable::parse( const std::string &text, bool withDefaults, std::string *error )
  {
    RoadSpeedTable table = withDefaults ? defaults() : RoadSpeedTable();
    std::string entry;
    std::string normalizedText = text;
    std::replace( normalizedText.begin(), normalizedText.end(), '\n', ';' );
    std::istringstream stream( normalizedText );
    while ( std::getline( stream, entry, ';' ) )
    {
      if ( trimmed( entry ).empty() )
        continue;
      const auto equals = entry.find( '=' );
      const std::string roadClass = equals == std::string::npos ? std::string() : trimmed( entry.substr( 0, equals ) );
      const std::string value = equals == std::string::npos ? std::string() : trimmed( entry.substr( equals + 1 ) );
      char *end = nullptr;
      const double kmh = value.empty() ? NAN : std::strtod( value.c_str(), &end );
      if ( roadClass.empty() || value.empty() || ( end && *end != '\0' ) || !std::isfinite( kmh ) || kmh < 0 )
      {
        if ( error )
          *error = "'" + trimmed( entry ) + "' is not of the form class=speed with a speed of 0 or more km/h";
        return std::nullopt;
      }
      table.set( roadClass, kmh );
    }
    return table;
  }

  std::optional<double> RoadSpeedTable::speedFor( const std::string &roadClass ) const
  {
    const auto found = mSpeeds.find( normalized( roadClass ) );
    if ( found == mSpeeds.end() )
      return std::nullopt;
    return found->second;
  }

  void RoadSpeedTable::set( const std::string &roadClass, double kmh )
  {
    mSpeeds[normalized( roadClass )] = kmh;
  }

  std::string RoadSpeedTable::toString() const
  {
    std::ostringstream out;
    bool first = true;
    for ( const auto &[roadClass, kmh] : mSpeeds )
    {
      out << ( first ? "" : ";" ) << roadClass << '=' << kmh;
      first = false;
    }
    return out.str();
  }

} // namespace placegap
