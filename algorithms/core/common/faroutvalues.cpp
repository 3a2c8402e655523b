/***************************************************************************
  faroutvalues.cpp - values no real measure reaches: typos and missing-value codes
 ***************************************************************************/
#include "faroutvalues.h"

#include <algorithm>
#include <cmath>

namespace placegap
{
  namespace
  {
    double median( std::vector<double> values )
    {
      const auto middle = values.begin() + static_cast<std::ptrdiff_t>( values.size() / 2 );
      std::nth_element( values.begin(), middle, values.end() );
      if ( values.size() % 2 == 1 )
        return *middle;
      return 0.5 * *middle + 0.5 * *std::max_element( values.begin(), middle );
    }
  } // namespace

  std::vector<FarOutValue> farOutValues( const std::vector<double> &values, double limit )
  {
    std::vector<FarOutValue> result;
    if ( values.size() < 3 )
      return result;
    const double centre = median( values );
    std::vector<double> deviations;
    deviations.reserve( values.size() );
    for ( double v : values )
      deviations.push_back( std::fabs( v - centre ) );
    const double spread = 1.4826 * median( deviations );
    if ( !( spread > 0 ) || !std::isfinite( spread ) )
      return result;
    for ( std::size_t i = 0; i < values.size(); ++i )
    {
      const double robustZ = ( values[i] - centre ) / spread;
      if ( std::fabs( robustZ ) > limit )
        result.push_back( FarOutValue { i, robustZ } );
    }
    return result;
  }
} // namespace placegap
