/***************************************************************************
  attainmentgap.cpp - the deprivation-related attainment gap, SII and RII
 ***************************************************************************/
#include "attainmentgap.h"

#include "randomstream.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace placegap
{

  namespace
  {
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    //! Sums over one class that every estimate is built from.
    struct ClassSums
    {
        double weight = 0;
        double weightedValue = 0;
    };

    //! SII and overall mean from per-class sums (index 0 = class 1); NaN SII with < 2 weighted classes.
    void siiFromSums( const std::vector<ClassSums> &sums, double &sii, double &mean )
    {
      double total = 0;
      double totalValue = 0;
      int withWeight = 0;
      for ( const ClassSums &s : sums )
      {
        total += s.weight;
        totalValue += s.weightedValue;
        withWeight += s.weight > 0 ? 1 : 0;
      }
      mean = total > 0 ? totalValue / total : NaN;
      sii = NaN;
      if ( withWeight < 2 )
        return;
      // Ridits, then weighted least squares of class means on ridits.
      std::vector<double> ridits( sums.size(), 0 );
      double before = 0;
      double ridMean = 0;
      for ( std::size_t k = 0; k < sums.size(); ++k )
      {
        ridits[k] = ( before + sums[k].weight / 2 ) / total;
        before += sums[k].weight;
        ridMean += sums[k].weight * ridits[k];
      }
      ridMean /= total;
      double sxx = 0;
      double sxy = 0;
      for ( std::size_t k = 0; k < sums.size(); ++k )
      {
        if ( !( sums[k].weight > 0 ) )
          continue;
        const double dx = ridits[k] - ridMean;
        sxx += sums[k].weight * dx * dx;
        sxy += sums[k].weight * dx * ( sums[k].weightedValue / sums[k].weight - mean );
      }
      sii = sxx > 0 ? sxy / sxx : NaN;
    }
  } // namespace

  double sampleQuantile( std::vector<double> &values, double p )
  {
    if ( values.empty() )
      return NaN;
    std::sort( values.begin(), values.end() );
    const double h = p * static_cast<double>( values.size() - 1 );
    const std::size_t low = static_cast<std::size_t>( std::floor( h ) );
    const std::size_t high = std::min( low + 1, values.size() - 1 );
    return values[low] + ( h - static_cast<double>( low ) ) * ( values[high] - values[low] );
  }

  GapSummary attainmentGap( const std::vector<GapArea> &areas, int classes, int bootstrapSamples, std::uint64_t seed, std::uint64_t streamKey, const std::function<bool()> &isCanceled )
  {
    GapSummary summary;
    summary.gap = summary.ratio = summary.sii = summary.rii = Estimate { NaN, NaN, NaN };
    if ( classes < 1 )
      return summary;

    std::vector<std::vector<const GapArea *>> byClass( static_cast<std::size_t>( classes ) );
    for ( const GapArea &area : areas )
    {
      if ( area.quantile >= 1 && area.quantile <= classes )
        byClass[static_cast<std::size_t>( area.quantile - 1 )].push_back( &area );
    }

    std::vector<ClassSums> sums( byClass.size() );
    for ( std::size_t k = 0; k < byClass.size(); ++k )
    {
      for ( const GapArea *area : byClass[k] )
      {
        sums[k].weight += area->weight;
        sums[k].weightedValue += area->weight * area->value;
      }
      summary.count += static_cast<int>( byClass[k].size() );
      summary.weight += sums[k].weight;
    }
    double sii = NaN;
    siiFromSums( sums, sii, summary.mean );
    if ( !( summary.weight > 0 ) )
      return summary;

    // Classes with their analytic intervals.
    std::vector<double> standardErrors( byClass.size(), NaN );
    double before = 0;
    for ( std::size_t k = 0; k < byClass.size(); ++k )
    {
      const double w = sums[k].weight;
      if ( !( w > 0 ) )
        continue;
      GapClass cls;
      cls.quantile = static_cast<int>( k ) + 1;
      cls.count = static_cast<int>( byClass[k].size() );
      cls.weight = w;
      const double mean = sums[k].weightedValue / w;
      if ( cls.count >= 2 )
      {
        double squares = 0;
        for ( const GapArea *area : byClass[k] )
          squares += area->weight * area->weight * ( area->value - mean ) * ( area->value - mean );
        standardErrors[k] = std::sqrt( squares * cls.count / ( cls.count - 1.0 ) ) / w;
      }
      cls.mean = Estimate { mean, mean - Z_975 * standardErrors[k], mean + Z_975 * standardErrors[k] };
      cls.ridit = ( before + w / 2 ) / summary.weight;
      before += w;
      summary.classes.push_back( cls );
    }

    // Gap and ratio between the extreme classes.
    const std::size_t last = byClass.size() - 1;
    if ( sums[0].weight > 0 && sums[last].weight > 0 && last > 0 )
    {
      const double mostDeprived = sums[0].weightedValue / sums[0].weight;
      const double leastDeprived = sums[last].weightedValue / sums[last].weight;
      const double gapSe = std::sqrt( standardErrors[0] * standardErrors[0] + standardErrors[last] * standardErrors[last] );
      summary.gap = Estimate { leastDeprived - mostDeprived, leastDeprived - mostDeprived - Z_975 * gapSe, leastDeprived - mostDeprived + Z_975 * gapSe };
      if ( mostDeprived > 0 && leastDeprived > 0 )
      {
        const double ratio = leastDeprived / mostDeprived;
        const double logSe = std::sqrt( std::pow( standardErrors[last] / leastDeprived, 2 ) + std::pow( standardErrors[0] / mostDeprived, 2 ) );
        summary.ratio = Estimate { ratio, ratio * std::exp( -Z_975 * logSe ), ratio * std::exp( Z_975 * logSe ) };
      }
    }

    summary.sii.value = sii;
    summary.rii.value = summary.mean != 0 ? sii / summary.mean : NaN;
    if ( std::isnan( sii ) || bootstrapSamples <= 0 )
      return summary;

    // Stratified bootstrap of SII and RII.
    std::vector<double> siis;
    std::vector<double> riis;
    siis.reserve( static_cast<std::size_t>( bootstrapSamples ) );
    riis.reserve( static_cast<std::size_t>( bootstrapSamples ) );
    std::vector<ClassSums> resampled( byClass.size() );
    for ( int b = 0; b < bootstrapSamples; ++b )
    {
      if ( isCanceled && isCanceled() )
        return summary;
      RandomStream stream = RandomStream::derived( seed, streamKey, static_cast<std::uint64_t>( b ) );
      for ( std::size_t k = 0; k < byClass.size(); ++k )
      {
        resampled[k] = ClassSums();
        const std::size_t n = byClass[k].size();
        for ( std::size_t i = 0; i < n; ++i )
        {
          const GapArea *area = byClass[k][stream.below( n )];
          resampled[k].weight += area->weight;
          resampled[k].weightedValue += area->weight * area->value;
        }
      }
      double replicateSii = NaN;
      double replicateMean = NaN;
      siiFromSums( resampled, replicateSii, replicateMean );
      // A replicate can lose a class's weight (all zero-weight draws): it then has no slope.
      if ( std::isnan( replicateSii ) )
        continue;
      siis.push_back( replicateSii );
      if ( replicateMean != 0 )
        riis.push_back( replicateSii / replicateMean );
    }
    summary.sii.lower = sampleQuantile( siis, 0.025 );
    summary.sii.upper = sampleQuantile( siis, 0.975 );
    if ( !std::isnan( summary.rii.value ) )
    {
      summary.rii.lower = sampleQuantile( riis, 0.025 );
      summary.rii.upper = sampleQuantile( riis, 0.975 );
    }
    return summary;
  }

} // namespace placegap
