/***************************************************************************
  classbreaks.cpp - equal-count (quantile) classes of any measure
 ***************************************************************************/
#include "classbreaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace placegap
{

  std::vector<int> quantileClasses( const std::vector<double> &values, int classes )
  {
    const std::size_t n = values.size();
    if ( n == 0 || classes < 1 )
      return {};

    std::vector<std::size_t> order( n );
    std::iota( order.begin(), order.end(), 0 );
    std::stable_sort( order.begin(), order.end(), [&values]( std::size_t a, std::size_t b )
                      { return values[a] < values[b]; } );

    std::vector<int> result( n );
    const unsigned long long twiceCount = 2ULL * n;
    std::size_t blockStart = 0;
    while ( blockStart < n )
    {
      std::size_t blockEnd = blockStart + 1;
      while ( blockEnd < n && values[order[blockEnd]] == values[order[blockStart]] )
        ++blockEnd;
      // Twice the mean 1-based position of positions blockStart+1 .. blockEnd.
      const unsigned long long twicePosition = static_cast<unsigned long long>( blockStart + 1 + blockEnd );
      const unsigned long long numerator = twicePosition * static_cast<unsigned long long>( classes );
      const int cls = std::clamp( static_cast<int>( ( numerator + twiceCount - 1 ) / twiceCount ), 1, classes );
      for ( std::size_t i = blockStart; i < blockEnd; ++i )
        result[order[i]] = cls;
      blockStart = blockEnd;
    }
    return result;
  }

  std::vector<double> classUpperBounds( const std::vector<double> &values, const std::vector<int> &classOfValue, int classes )
  {
    std::vector<double> bounds( static_cast<std::size_t>( std::max( classes, 0 ) ), std::numeric_limits<double>::quiet_NaN() );
    for ( std::size_t i = 0; i < values.size() && i < classOfValue.size(); ++i )
    {
      const int cls = classOfValue[i];
      if ( cls < 1 || cls > classes )
        continue;
      double &bound = bounds[static_cast<std::size_t>( cls - 1 )];
      if ( std::isnan( bound ) || values[i] > bound )
        bound = values[i];
    }
    return bounds;
  }

  int classOfValue( const std::vector<double> &upperBounds, double value )
  {
    int last = 0;
    for ( std::size_t k = 0; k < upperBounds.size(); ++k )
    {
      if ( std::isnan( upperBounds[k] ) )
        continue;
      last = static_cast<int>( k ) + 1;
      if ( value <= upperBounds[k] )
        return last;
    }
    return last;
  }

  int classOfInterval( const std::vector<double> &upperBounds, double lower, double upper )
  {
    const int low = classOfValue( upperBounds, lower );
    return low == classOfValue( upperBounds, upper ) ? low : 0;
  }

} // namespace placegap
