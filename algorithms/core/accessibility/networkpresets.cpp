/***************************************************************************
  networkpresets.cpp - how the road products councils hold say direction, speed and ferries
 ***************************************************************************/
#include "networkpresets.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace placegap
{
  namespace
  {
    std::string lower( std::string text )
    {
      std::transform( text.begin(), text.end(), text.begin(), []( unsigned char c )
                      { return static_cast<char>( std::tolower( c ) ); } );
      return text;
    }

    std::string trimmed( const std::string &text )
    {
      const auto first = text.find_first_not_of( " \t\r\n" );
      if ( first == std::string::npos )
        return std::string();
      return text.substr( first, text.find_last_not_of( " \t\r\n" ) - first + 1 );
    }

    //! "road_function", "roadFunction" and "ROADFUNCTION" alike.
    std::string fieldKey( const std::string &name )
    {
      std::string key;
      for ( char c : name )
      {
        if ( c != '_' )
          key += static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
      }
      return key;
    }

    //! The value of the first of names present and not empty, "" when none is.
    std::string valueOf( const LineTags &tags, std::initializer_list<const char *> names, bool looseNames )
    {
      for ( const char *name : names )
      {
        if ( !looseNames )
        {
          const auto found = tags.find( name );
          if ( found != tags.end() && !trimmed( found->second ).empty() )
            return trimmed( found->second );
          continue;
        }
        for ( const auto &[key, value] : tags )
        {
          if ( fieldKey( key ) == fieldKey( name ) && !trimmed( value ).empty() )
            return trimmed( value );
        }
      }
      return std::string();
    }

    //! A number at the start of text, and the rest; no value when there is none.
    std::optional<double> leadingNumber( const std::string &text, std::string *rest )
    {
      const char *begin = text.c_str();
      char *end = nullptr;
      const double value = std::strtod( begin, &end );
      if ( end == begin || !std::isfinite( value ) )
        return std::nullopt;
      if ( rest )
        *rest = trimmed( std::string( end ) );
      return value;
    }

    //! Speed of a class in the table, or the default with classUnknown set.
    void classSpeed( PresetLink &link, const std::string &roadClass, const RoadSpeedTable &table, double defaultSpeed )
    {
      link.roadClass = roadClass;
      const std::optional<double> speed = roadClass.empty() ? std::nullopt : table.speedFor( roadClass );
      link.classUnknown = !speed;
      link.speedKmh = speed ? *speed : defaultSpeed;
      if ( speed && *speed == 0 )
      {
        link.include = false;
        link.reason = "road class '" + roadClass + "' has speed 0 (not driven)";
      }
    }

    PresetLink openStreetMap( const LineTags &tags, const RoadSpeedTable &table, double defaultSpeed )
    {
      PresetLink link;
      const auto tag = [&tags]( const char *key )
      { return lower( valueOf( tags, { key }, false ) ); };
      const std::string highway = tag( "highway" );
      if ( tag( "route" ) == "ferry" )
      {
        link.ferry = true;
        link.ferryMinutes = osmDurationMinutes( valueOf( tags, { "duration" }, false ) );
        link.roadClass = "ferry";
        return link;
      }
      if ( highway.empty() )
      {
        link.include = false;
        link.reason = "no highway tag (not a road)";
        return link;
      }
      for ( const char *key : { "access", "motor_vehicle", "motorcar" } )
      {
        if ( tag( key ) == "no" )
        {
          link.include = false;
          link.reason = std::string( key ) + "=no (closed to cars)";
          return link;
        }
      }
      classSpeed( link, highway, table, defaultSpeed );
      if ( !link.include )
        return link;
      if ( const std::optional<double> limit = osmMaxspeedKmh( valueOf( tags, { "maxspeed" }, false ) ) )
        link.speedKmh = std::min( link.speedKmh, *limit );

      const std::string oneway = tag( "oneway" );
      const std::string junction = tag( "junction" );
      if ( oneway == "yes" || oneway == "true" || oneway == "1" )
        link.direction = LinkDirection::Forward;
      else if ( oneway == "-1" || oneway == "reverse" )
        link.direction = LinkDirection::Backward;
      else if ( oneway == "no" || oneway == "false" || oneway == "0" )
        link.direction = LinkDirection::Both;
      else if ( junction == "roundabout" || junction == "circular" || highway == "motorway" )
        link.direction = LinkDirection::Forward; // implied one-way, as OSM's wiki and routers have it
      return link;
    }

    PresetLink osOpenRoads( const LineTags &tags, const RoadSpeedTable &table, double defaultSpeed )
    {
      PresetLink link;
      std::string roadClass = valueOf( tags, { "road_function", "function" }, true );
      if ( roadClass.empty() )
        roadClass = valueOf( tags, { "road_classification", "class" }, true );
      classSpeed( link, roadClass, table, defaultSpeed );
      return link;
    }

    PresetLink osHighways( const LineTags &tags, const RoadSpeedTable &table, double defaultSpeed )
    {
      PresetLink link;
      const std::string state = lower( valueOf( tags, { "operationalState" }, true ) );
      if ( !state.empty() && state != "open" )
      {
        link.include = false;
        link.reason = "operationalState is '" + valueOf( tags, { "operationalState" }, true ) + "', not open";
        return link;
      }
      std::string roadClass = valueOf( tags, { "routeHierarchy" }, true );
      if ( roadClass.empty() )
        roadClass = valueOf( tags, { "roadClassification" }, true );
      classSpeed( link, roadClass, table, defaultSpeed );
      // Directionality is given against the link's digitising order.
      const std::string direction = fieldKey( valueOf( tags, { "directionality" }, true ) );
      if ( direction == "indirection" )
        link.direction = LinkDirection::Forward;
      else if ( direction == "inoppositedirection" )
        link.direction = LinkDirection::Backward;
      return link;
    }
  } // namespace

  PresetLink presetLink( NetworkPreset preset, const LineTags &tags, const RoadSpeedTable &table, double defaultSpeed )
  {
    switch ( preset )
    {
    case NetworkPreset::OpenStreetMap:
      return openStreetMap( tags, table, defaultSpeed );
    case NetworkPreset::OsOpenRoads:
      return osOpenRoads( tags, table, defaultSpeed );
    case NetworkPreset::OsHighways:
      return osHighways( tags, table, defaultSpeed );
    case NetworkPreset::Custom:
      break;
    }
    PresetLink link;
    link.speedKmh = defaultSpeed;
    return link;
  }

  std::vector<std::string> presetFields( NetworkPreset preset )
  {
    switch ( preset )
    {
    case NetworkPreset::OpenStreetMap:
      return { "highway", "oneway", "junction", "maxspeed", "access", "motor_vehicle", "motorcar", "route", "duration", "other_tags" };
    case NetworkPreset::OsOpenRoads:
      return { "road_function", "road_classification" };
    case NetworkPreset::OsHighways:
      return { "routeHierarchy", "roadClassification", "directionality", "operationalState" };
    case NetworkPreset::Custom:
      break;
    }
    return {};
  }

  LineTags parseOtherTags( const std::string &text )
  {
    // "key"=>"value","key"=>"value": quoted strings with backslash escapes.
    LineTags tags;
    std::size_t i = 0;
    const auto quoted = [&text, &i]( std::string &out ) -> bool
    {
      while ( i < text.size() && text[i] != '"' )
        ++i;
      if ( i >= text.size() )
        return false;
      ++i;
      out.clear();
      while ( i < text.size() && text[i] != '"' )
      {
        if ( text[i] == '\\' && i + 1 < text.size() )
          ++i;
        out += text[i++];
      }
      if ( i >= text.size() )
        return false;
      ++i;
      return true;
    };
    std::string key, value;
    while ( quoted( key ) )
    {
      const std::size_t arrow = text.find( "=>", i );
      if ( arrow == std::string::npos )
        break;
      i = arrow + 2;
      if ( !quoted( value ) )
        break;
      tags[key] = value;
    }
    return tags;
  }

  std::optional<double> osmDurationMinutes( const std::string &raw )
  {
    const std::string text = trimmed( raw );
    if ( text.empty() )
      return std::nullopt;
    if ( text[0] == 'P' || text[0] == 'p' )
    {
      // ISO 8601: PT1H30M, PT45M, PT1H30M15S (days are not a ferry crossing).
      const std::size_t t = lower( text ).find( 't' );
      if ( t == std::string::npos )
        return std::nullopt;
      double minutes = 0;
      std::string rest = text.substr( t + 1 );
      bool any = false;
      while ( !rest.empty() )
      {
        std::string after;
        const std::optional<double> number = leadingNumber( rest, &after );
        if ( !number || after.empty() )
          return std::nullopt;
        const char unit = static_cast<char>( std::toupper( static_cast<unsigned char>( after[0] ) ) );
        if ( unit == 'H' )
          minutes += *number * 60;
        else if ( unit == 'M' )
          minutes += *number;
        else if ( unit == 'S' )
          minutes += *number / 60;
        else
          return std::nullopt;
        any = true;
        rest = after.substr( 1 );
      }
      return any ? std::optional<double>( minutes ) : std::nullopt;
    }
    // "90", "1:30" (hours:minutes) or "01:30:00".
    double parts[3] = { 0, 0, 0 };
    int count = 0;
    std::string rest = text;
    while ( count < 3 )
    {
      std::string after;
      const std::optional<double> number = leadingNumber( rest, &after );
      if ( !number || *number < 0 )
        return std::nullopt;
      parts[count++] = *number;
      if ( after.empty() )
        break;
      if ( after[0] != ':' )
        return std::nullopt;
      rest = after.substr( 1 );
    }
    if ( count == 1 )
      return parts[0];
    return parts[0] * 60 + parts[1] + parts[2] / 60;
  }

  std::optional<double> osmMaxspeedKmh( const std::string &raw )
  {
    std::string rest;
    const std::optional<double> number = leadingNumber( trimmed( raw ), &rest );
    if ( !number || *number <= 0 )
      return std::nullopt;
    const std::string unit = lower( rest );
    if ( unit.empty() || unit == "km/h" || unit == "kmh" || unit == "kph" )
      return *number;
    if ( unit == "mph" )
      return *number * 1.609344;
    if ( unit == "knots" )
      return *number * 1.852;
    return std::nullopt;
  }

} // namespace placegap
