/***************************************************************************
  censoredgap.cpp - the attainment gap when some values are known only as intervals
 ***************************************************************************/
#include "censoredgap.h"

#include "randomstream.h"
#include "truncatednormal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace placegap
{

  namespace
  {
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    std::size_t classIndex( const CensoredArea &area )
    {
      return static_cast<std::size_t>( area.quantile - 1 );
    }

    //! Where EM starts an area: its interval's midpoint, or its finite end when the other is open.
    double startingValue( const CensoredArea &area )
    {
      if ( !std::isfinite( area.upper ) )
        return area.lower;
      if ( !std::isfinite( area.lower ) )
        return area.upper;
      return ( area.lower + area.upper ) / 2;
    }

    //! Sum of coefficient x value, each value at the end of its interval that makes the sum smallest (or largest).
    double extremeSum( const std::vector<const CensoredArea *> &areas, const std::vector<double> &coefficients, bool largest )
    {
      double sum = 0;
      for ( std::size_t i = 0; i < areas.size(); ++i )
      {
        const bool takeUpper = ( coefficients[i] > 0 ) == largest;
        sum += coefficients[i] * ( takeUpper ? areas[i]->upper : areas[i]->lower );
      }
      return sum;
    }

    Range linearRange( const std::vector<const CensoredArea *> &areas, const std::vector<double> &coefficients )
    {
      return Range { extremeSum( areas, coefficients, false ), extremeSum( areas, coefficients, true ) };
    }

    /**
     * Smallest (or largest) of sum c_i y_i / sum d_i y_i over the box of intervals, the
     * denominator positive on all of it: Dinkelbach's iteration, which ends at a vertex.
     */
    double extremeRatio( const std::vector<const CensoredArea *> &areas, const std::vector<double> &numerator, const std::vector<double> &denominator, bool largest )
    {
      const double sign = largest ? -1 : 1;
      std::vector<double> combined( areas.size() );
      std::vector<double> y( areas.size() );
      for ( std::size_t i = 0; i < areas.size(); ++i )
        y[i] = startingValue( *areas[i] );
      auto ratioAt = [&]
      {
        double n = 0;
        double d = 0;
        for ( std::size_t i = 0; i < areas.size(); ++i )
        {
          n += numerator[i] * y[i];
          d += denominator[i] * y[i];
        }
        return sign * n / d;
      };
      double lambda = ratioAt();
      for ( int iteration = 0; iteration < 200; ++iteration )
      {
        double improvement = 0;
        double scale = 0;
        for ( std::size_t i = 0; i < areas.size(); ++i )
        {
          combined[i] = sign * numerator[i] - lambda * denominator[i];
          y[i] = combined[i] > 0 ? areas[i]->lower : areas[i]->upper;
          improvement += combined[i] * y[i];
          scale += std::fabs( combined[i] * y[i] );
        }
        if ( improvement >= -1e-13 * std::max( 1.0, scale ) )
          break;
        lambda = ratioAt();
      }
      return sign * lambda;
    }

    //! The bounds of every statistic; the class means in the order of estimate.classes.
    void computeBounds( const std::vector<CensoredArea> &areas, int classes, CensoredGapSummary &result )
    {
      std::vector<const CensoredArea *> used;
      std::vector<double> classWeight( static_cast<std::size_t>( classes ), 0 );
      double total = 0;
      for ( const CensoredArea &area : areas )
      {
        if ( area.quantile < 1 || area.quantile > classes )
          continue;
        used.push_back( &area );
        classWeight[classIndex( area )] += area.weight;
        total += area.weight;
      }
      result.mean = result.gap = result.ratio = result.sii = result.rii = Range { NaN, NaN };
      if ( !( total > 0 ) )
        return;
      std::vector<double> coefficients( used.size() );
      auto rangeOf = [&]( const std::function<double( const CensoredArea & )> &coefficient )
      {
        for ( std::size_t i = 0; i < used.size(); ++i )
          coefficients[i] = coefficient( *used[i] );
        return linearRange( used, coefficients );
      };

      std::vector<Range> byClass( static_cast<std::size_t>( classes ), Range { NaN, NaN } );
      for ( int k = 1; k <= classes; ++k )
      {
        const double w = classWeight[static_cast<std::size_t>( k - 1 )];
        if ( w > 0 )
          byClass[static_cast<std::size_t>( k - 1 )] = rangeOf( [k, w]( const CensoredArea &a )
                                                                { return a.quantile == k ? a.weight / w : 0.0; } );
      }
      for ( const GapClass &cls : result.estimate.classes )
        result.classMeans.push_back( byClass[static_cast<std::size_t>( cls.quantile - 1 )] );
      result.mean = rangeOf( [total]( const CensoredArea &a )
                             { return a.weight / total; } );

      const double first = classWeight.front();
      const double last = classWeight.back();
      if ( classes > 1 && first > 0 && last > 0 )
      {
        result.gap = rangeOf( [&]( const CensoredArea &a )
                              { return a.quantile == classes ? a.weight / last : a.quantile == 1 ? -a.weight / first
                                                                                                 : 0.0; } );
        const Range &most = byClass.front();
        const Range &least = byClass.back();
        if ( most.lowest > 0 && least.lowest >= 0 )
          result.ratio = Range { least.lowest / most.highest, least.highest / most.lowest };
      }

      // SII = sum_i w_i (r_k(i) - rbar) y_i / Sxx: the ridits depend on the weights alone.
      std::vector<double> ridits( static_cast<std::size_t>( classes ), 0 );
      double before = 0;
      double ridMean = 0;
      int withWeight = 0;
      for ( std::size_t k = 0; k < classWeight.size(); ++k )
      {
        ridits[k] = ( before + classWeight[k] / 2 ) / total;
        before += classWeight[k];
        ridMean += classWeight[k] * ridits[k] / total;
        withWeight += classWeight[k] > 0 ? 1 : 0;
      }
      double sxx = 0;
      for ( std::size_t k = 0; k < classWeight.size(); ++k )
        sxx += classWeight[k] * ( ridits[k] - ridMean ) * ( ridits[k] - ridMean );
      if ( withWeight < 2 || !( sxx > 0 ) )
        return;
      result.sii = rangeOf( [&]( const CensoredArea &a )
                            { return a.weight * ( ridits[classIndex( a )] - ridMean ) / sxx; } );
      if ( !( result.mean.lowest > 0 ) )
        return;
      std::vector<double> siiCoefficients( coefficients );
      std::vector<double> meanCoefficients( used.size() );
      for ( std::size_t i = 0; i < used.size(); ++i )
        meanCoefficients[i] = used[i]->weight / total;
      result.rii = Range { extremeRatio( used, siiCoefficients, meanCoefficients, false ), extremeRatio( used, siiCoefficients, meanCoefficients, true ) };
    }

    //! The areas with every censored value at its expectation under the model.
    std::vector<GapArea> expectedAreas( const std::vector<CensoredArea> &areas, int classes, const CensoredModel &model )
    {
      std::vector<GapArea> out;
      out.reserve( areas.size() );
      for ( const CensoredArea &area : areas )
      {
        double value = area.lower;
        if ( area.isCensored() && area.quantile >= 1 && area.quantile <= classes )
          value = truncatedMoments( model.classMeans[classIndex( area )], model.sd, area.lower, area.upper ).mean;
        out.push_back( GapArea { area.quantile, value, area.weight } );
      }
      return out;
    }

    //! Percentile interval of replicate values into an estimate's lower and upper ends.
    void percentileInterval( std::vector<double> &replicates, Estimate &estimate )
    {
      if ( std::isnan( estimate.value ) )
        return;
      estimate.lower = sampleQuantile( replicates, 0.025 );
      estimate.upper = sampleQuantile( replicates, 0.975 );
    }
  } // namespace

  CensoredModel fitCensoredModel( const std::vector<const CensoredArea *> &areas, int classes, const CensoredModel &start, int maxIterations )
  {
    CensoredModel model;
    model.classMeans.assign( static_cast<std::size_t>( std::max( classes, 0 ) ), NaN );
    model.fitted.assign( model.classMeans.size(), false );
    std::vector<int> counts( model.classMeans.size(), 0 );
    double scale = 0;
    for ( const CensoredArea *area : areas )
    {
      if ( area->quantile < 1 || area->quantile > classes )
        continue;
      ++counts[classIndex( *area )];
      if ( !area->isCensored() )
        model.fitted[classIndex( *area )] = true;
      scale = std::max( { scale, std::fabs( startingValue( *area ) ) } );
    }
    // Only the classes with a published value take part: the others have no estimate of their own.
    auto takesPart = [&]( const CensoredArea &area )
    { return area.quantile >= 1 && area.quantile <= classes && model.fitted[classIndex( area )]; };
    scale = std::max( scale, 1.0 );
    const double minimumSd = 1e-6 * scale;

    // Starting values: the given model, or interval midpoints.
    const bool warm = start.classMeans.size() == model.classMeans.size() && start.sd > 0;
    std::vector<double> sums( model.classMeans.size(), 0 );
    for ( const CensoredArea *area : areas )
    {
      if ( area->quantile >= 1 && area->quantile <= classes )
        sums[classIndex( *area )] += startingValue( *area );
    }
    int n = 0;
    for ( std::size_t k = 0; k < sums.size(); ++k )
    {
      n += model.fitted[k] ? counts[k] : 0;
      if ( counts[k] > 0 )
        model.classMeans[k] = warm && !std::isnan( start.classMeans[k] ) ? start.classMeans[k] : sums[k] / counts[k];
    }
    if ( n == 0 )
      return model;
    if ( warm )
      model.sd = start.sd;
    else
    {
      double squares = 0;
      for ( const CensoredArea *area : areas )
      {
        if ( takesPart( *area ) )
          squares += std::pow( startingValue( *area ) - model.classMeans[classIndex( *area )], 2 );
      }
      model.sd = std::sqrt( squares / n );
    }
    model.sd = std::max( model.sd, minimumSd );

    std::vector<double> expectations( areas.size() );
    std::vector<double> variances( areas.size() );
    for ( model.iterations = 0; model.iterations < maxIterations; )
    {
      ++model.iterations;
      std::fill( sums.begin(), sums.end(), 0.0 );
      for ( std::size_t i = 0; i < areas.size(); ++i )
      {
        const CensoredArea &area = *areas[i];
        if ( !takesPart( area ) )
          continue;
        const TruncatedMoments moments = area.isCensored() ? truncatedMoments( model.classMeans[classIndex( area )], model.sd, area.lower, area.upper ) : TruncatedMoments { area.lower, 0.0 };
        expectations[i] = moments.mean;
        variances[i] = moments.variance;
        sums[classIndex( area )] += moments.mean;
      }
      double change = 0;
      for ( std::size_t k = 0; k < sums.size(); ++k )
      {
        if ( !model.fitted[k] )
          continue;
        const double mean = sums[k] / counts[k];
        change = std::max( change, std::fabs( mean - model.classMeans[k] ) );
        model.classMeans[k] = mean;
      }
      double squares = 0;
      for ( std::size_t i = 0; i < areas.size(); ++i )
      {
        const CensoredArea &area = *areas[i];
        if ( takesPart( area ) )
          squares += variances[i] + std::pow( expectations[i] - model.classMeans[classIndex( area )], 2 );
      }
      const double sd = std::max( std::sqrt( squares / n ), minimumSd );
      change = std::max( change, std::fabs( sd - model.sd ) );
      model.sd = sd;
      if ( change <= 1e-9 * scale )
        break;
    }
    return model;
  }

  CensoredGapSummary censoredAttainmentGap( const std::vector<CensoredArea> &areas, int classes, int bootstrapSamples, std::uint64_t seed, std::uint64_t streamKey, const std::function<bool()> &isCanceled )
  {
    CensoredGapSummary result;
    std::vector<const CensoredArea *> inClasses;
    for ( const CensoredArea &area : areas )
    {
      if ( area.quantile < 1 || area.quantile > classes )
        continue;
      inClasses.push_back( &area );
      if ( area.isCensored() )
      {
        ++result.censored;
        result.censoredWeight += area.weight;
      }
    }
    if ( result.censored == 0 )
    {
      // Nothing censored: the published values as they are, with the usual intervals.
      std::vector<GapArea> exact;
      exact.reserve( areas.size() );
      for ( const CensoredArea &area : areas )
        exact.push_back( GapArea { area.quantile, area.lower, area.weight } );
      result.estimate = attainmentGap( exact, classes, bootstrapSamples, seed, streamKey, isCanceled );
      computeBounds( areas, classes, result );
      return result;
    }

    result.model = fitCensoredModel( inClasses, classes );
    result.estimate = attainmentGap( expectedAreas( areas, classes, result.model ), classes, 0, seed, streamKey );
    computeBounds( areas, classes, result );
    for ( GapClass &cls : result.estimate.classes )
    {
      cls.mean.lower = cls.mean.upper = NaN;
      if ( !result.model.fitted[static_cast<std::size_t>( cls.quantile - 1 )] )
      {
        result.unestimated.push_back( cls.quantile );
        cls.mean.value = NaN;
      }
    }
    result.estimate.gap.lower = result.estimate.gap.upper = NaN;
    result.estimate.ratio.lower = result.estimate.ratio.upper = NaN;
    if ( !result.unestimated.empty() )
    {
      // A class known only through intervals has no estimate: nothing that uses it has one either.
      const bool extreme = result.unestimated.front() == 1 || result.unestimated.back() == classes;
      if ( extreme )
        result.estimate.gap.value = result.estimate.ratio.value = NaN;
      result.estimate.sii.value = result.estimate.rii.value = result.estimate.mean = NaN;
    }
    if ( bootstrapSamples <= 0 )
      return result;

    // Replicates: resample within classes, refit, impute, summarise.
    std::vector<std::vector<const CensoredArea *>> byClass( static_cast<std::size_t>( classes ) );
    for ( const CensoredArea *area : inClasses )
      byClass[classIndex( *area )].push_back( area );
    std::vector<std::vector<double>> classMeans( result.estimate.classes.size() );
    std::vector<double> gaps, ratios, siis, riis;
    std::vector<const CensoredArea *> drawn;
    std::vector<GapArea> imputed;
    for ( int b = 0; b < bootstrapSamples; ++b )
    {
      if ( isCanceled && isCanceled() )
        return result;
      RandomStream stream = RandomStream::derived( seed, streamKey, static_cast<std::uint64_t>( b ) );
      drawn.clear();
      for ( const auto &members : byClass )
      {
        for ( std::size_t i = 0; i < members.size(); ++i )
          drawn.push_back( members[stream.below( members.size() )] );
      }
      const CensoredModel model = fitCensoredModel( drawn, classes, result.model );
      imputed.clear();
      for ( const CensoredArea *area : drawn )
      {
        const double value = area->isCensored() ? drawTruncatedNormal( model.classMeans[classIndex( *area )], model.sd, area->lower, area->upper, stream ) : area->lower;
        imputed.push_back( GapArea { area->quantile, value, area->weight } );
      }
      const GapSummary replicate = attainmentGap( imputed, classes, 0, seed, streamKey );
      for ( std::size_t c = 0; c < result.estimate.classes.size(); ++c )
      {
        for ( const GapClass &cls : replicate.classes )
        {
          if ( cls.quantile == result.estimate.classes[c].quantile )
            classMeans[c].push_back( cls.mean.value );
        }
      }
      for ( const auto &[estimate, values] : { std::make_pair( replicate.gap.value, &gaps ), std::make_pair( replicate.ratio.value, &ratios ), std::make_pair( replicate.sii.value, &siis ), std::make_pair( replicate.rii.value, &riis ) } )
      {
        // A replicate can lose a class's weight (all zero-weight draws): it then has no such statistic.
        if ( std::isfinite( estimate ) )
          values->push_back( estimate );
      }
    }
    for ( std::size_t c = 0; c < result.estimate.classes.size(); ++c )
      percentileInterval( classMeans[c], result.estimate.classes[c].mean );
    percentileInterval( gaps, result.estimate.gap );
    percentileInterval( ratios, result.estimate.ratio );
    percentileInterval( siis, result.estimate.sii );
    percentileInterval( riis, result.estimate.rii );
    return result;
  }

} // namespace placegap
