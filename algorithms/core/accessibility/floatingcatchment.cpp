/***************************************************************************
  floatingcatchment.cpp - two-step floating catchment area accessibility (2SFCA, E2SFCA)
 ***************************************************************************/
#include "floatingcatchment.h"

#include <cmath>

namespace placegap
{
  double DistanceDecay::weight( double seconds ) const
  {
    if ( !std::isfinite( seconds ) || seconds > catchmentSeconds || seconds < 0 )
      return 0;
    switch ( kind )
    {
    case Kind::None:
      return 1;
    case Kind::Steps:
      for ( const auto &[bound, stepWeight] : steps )
      {
        if ( seconds <= bound )
          return stepWeight;
      }
      return 0;
    case Kind::Gaussian:
    {
      if ( catchmentSeconds <= 0 )
        return 1; // t = t0 = 0
      const double ratio = seconds / catchmentSeconds;
      const double floor = std::exp( -0.5 );
      return ( std::exp( -0.5 * ratio * ratio ) - floor ) / ( 1 - floor );
    }
    }
    return 0;
  }

  FloatingCatchmentResult floatingCatchment( const std::vector<std::vector<Reach>> &reaches, const std::vector<double> &demand, const std::vector<double> &supply, const DistanceDecay &decay )
  {
    FloatingCatchmentResult result;
    result.weightedDemand.assign( supply.size(), 0.0 );
    result.supplyRatio.assign( supply.size(), NAN );
    result.accessibility.assign( reaches.size(), 0.0 );
    result.suppliesInReach.assign( reaches.size(), 0 );

    // Step 1: demand within each supply's catchment, then its supply-to-demand ratio.
    for ( std::size_t i = 0; i < reaches.size(); ++i )
    {
      for ( const Reach &reach : reaches[i] )
      {
        const double w = decay.weight( reach.seconds );
        if ( reach.seconds <= decay.catchmentSeconds )
          ++result.suppliesInReach[i];
        result.weightedDemand[reach.destination] += demand[i] * w;
      }
    }
    for ( std::size_t j = 0; j < supply.size(); ++j )
    {
      if ( result.weightedDemand[j] > 0 )
        result.supplyRatio[j] = supply[j] / result.weightedDemand[j];
    }
    // Step 2: each demand location sums the ratios of the supplies it reaches, weighted again.
    for ( std::size_t i = 0; i < reaches.size(); ++i )
    {
      for ( const Reach &reach : reaches[i] )
      {
        const double ratio = result.supplyRatio[reach.destination];
        if ( std::isfinite( ratio ) )
          result.accessibility[i] += ratio * decay.weight( reach.seconds );
      }
    }
    return result;
  }

  std::vector<double> opportunitiesWithin( const std::vector<Reach> &reaches, const std::vector<double> &thresholdsSeconds, const std::vector<double> &weights )
  {
    std::vector<double> sums( thresholdsSeconds.size(), 0.0 );
    for ( const Reach &reach : reaches )
    {
      for ( std::size_t t = 0; t < thresholdsSeconds.size(); ++t )
      {
        if ( reach.seconds <= thresholdsSeconds[t] )
          sums[t] += weights.empty() ? 1.0 : weights[reach.destination];
      }
    }
    return sums;
  }

} // namespace placegap
