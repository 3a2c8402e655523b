/***************************************************************************
  publishedcell.cpp - a cell of a published statistical table, as an interval
 ***************************************************************************/
#include "publishedcell.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace placegap
{

  namespace
  {
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    bool isNumberCharacter( char c )
    {
      return std::isdigit( static_cast<unsigned char>( c ) ) || c == '.';
    }

    //! The text without blanks, in lower case; nothing for two numbers side by side ("85 86").
    std::optional<std::string> squeezed( const std::string &text )
    {
      std::string out;
      out.reserve( text.size() );
      bool blankAfterNumber = false;
      for ( const char c : text )
      {
        if ( std::isspace( static_cast<unsigned char>( c ) ) )
        {
          blankAfterNumber = blankAfterNumber || ( !out.empty() && isNumberCharacter( out.back() ) );
          continue;
        }
        if ( blankAfterNumber && isNumberCharacter( c ) )
          return std::nullopt;
        blankAfterNumber = false;
        out.push_back( static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) ) );
      }
      return out;
    }

    //! A finite number filling the whole text, a trailing "%" allowed; read the same in every locale.
    std::optional<double> number( std::string text )
    {
      if ( !text.empty() && text.back() == '%' )
        text.pop_back();
      if ( !text.empty() && text.front() == '+' )
        text.erase( 0, 1 );
      if ( text.empty() )
        return std::nullopt;
      double value = 0;
      const char *end = text.data() + text.size();
      const auto [stop, error] = std::from_chars( text.data(), end, value );
      if ( error != std::errc() || stop != end || !std::isfinite( value ) )
        return std::nullopt;
      return value;
    }

    PublishedCell cell( CellStatus status, double lower = NaN, double upper = NaN )
    {
      PublishedCell result;
      result.status = status;
      result.lower = lower;
      result.upper = upper;
      return result;
    }

    //! A band [lower, upper] cut to the range; unreadable when reversed or outside it.
    PublishedCell band( double lower, double upper, const CellRange &range )
    {
      lower = std::max( lower, range.lowest );
      upper = std::min( upper, range.highest );
      if ( !( lower <= upper ) )
        return cell( CellStatus::Unreadable );
      return cell( CellStatus::Banded, lower, upper );
    }

    //! "a-b" or "atob" split at the separator that is not a leading minus sign.
    std::optional<std::pair<double, double>> twoEnds( const std::string &text )
    {
      for ( const std::string separator : { "to", "-" } )
      {
        for ( std::size_t at = text.find( separator, 1 ); at != std::string::npos; at = text.find( separator, at + 1 ) )
        {
          const std::optional<double> lower = number( text.substr( 0, at ) );
          const std::optional<double> upper = number( text.substr( at + separator.size() ) );
          if ( lower && upper )
            return std::make_pair( *lower, *upper );
        }
      }
      return std::nullopt;
    }
  } // namespace

  PublishedCell parsePublishedCell( const std::string &text, const CellRange &suppressed )
  {
    const std::optional<std::string> squeezedText = squeezed( text );
    if ( !squeezedText )
      return cell( CellStatus::Unreadable );
    const std::string &t = *squeezedText;
    if ( t.empty() )
      return cell( CellStatus::Empty );
    if ( const std::optional<double> value = number( t ) )
      return cell( CellStatus::Value, *value, *value );
    if ( t == "[c]" || t == "c" || t == "*" || t == "**" )
      return cell( CellStatus::Suppressed, suppressed.lowest, suppressed.highest );
    if ( t == "z" || t == "[z]" || t == "x" || t == "[x]" || t == "-" || t == ".." || t == "n/a" )
      return cell( CellStatus::NotApplicable );
    if ( t == "[low]" )
      return band( suppressed.lowest, 0.5, suppressed );
    for ( const std::string prefix : { "<=", ">=", "<", ">" } )
    {
      if ( t.compare( 0, prefix.size(), prefix ) != 0 )
        continue;
      const std::optional<double> bound = number( t.substr( prefix.size() ) );
      if ( !bound )
        return cell( CellStatus::Unreadable );
      return prefix[0] == '<' ? band( suppressed.lowest, *bound, suppressed ) : band( *bound, suppressed.highest, suppressed );
    }
    if ( const auto ends = twoEnds( t ) )
      return ends->first <= ends->second ? band( ends->first, ends->second, suppressed ) : cell( CellStatus::Unreadable );
    return cell( CellStatus::Unreadable );
  }

  const char *cellStatusName( CellStatus status )
  {
    switch ( status )
    {
    case CellStatus::Value:
      return "value";
    case CellStatus::Suppressed:
      return "suppressed";
    case CellStatus::Banded:
      return "banded";
    case CellStatus::NotApplicable:
      return "not applicable";
    case CellStatus::Empty:
      return "empty";
    case CellStatus::Unreadable:
      return "unreadable";
    }
    return "unreadable";
  }

} // namespace placegap
