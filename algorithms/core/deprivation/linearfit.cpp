/***************************************************************************
  linearfit.cpp - weighted linear fit of attainment on deprivation (+ class term)
 ***************************************************************************/
#include "linearfit.h"

#include <cmath>
#include <limits>

namespace placegap
{

  namespace
  {
    using Matrix = std::vector<std::vector<double>>;

    //! Inverts a small symmetric positive definite matrix by Gauss-Jordan with partial pivoting; false when singular.
    bool invert( Matrix a, Matrix &inverse )
    {
      const std::size_t n = a.size();
      inverse.assign( n, std::vector<double>( n, 0 ) );
      double scale = 0;
      for ( std::size_t i = 0; i < n; ++i )
      {
        inverse[i][i] = 1;
        scale = std::max( scale, std::fabs( a[i][i] ) );
      }
      for ( std::size_t col = 0; col < n; ++col )
      {
        std::size_t pivot = col;
        for ( std::size_t row = col + 1; row < n; ++row )
        {
          if ( std::fabs( a[row][col] ) > std::fabs( a[pivot][col] ) )
            pivot = row;
        }
        if ( !( std::fabs( a[pivot][col] ) > 1e-12 * scale ) )
          return false;
        std::swap( a[pivot], a[col] );
        std::swap( inverse[pivot], inverse[col] );
        const double diagonal = a[col][col];
        for ( std::size_t j = 0; j < n; ++j )
        {
          a[col][j] /= diagonal;
          inverse[col][j] /= diagonal;
        }
        for ( std::size_t row = 0; row < n; ++row )
        {
          if ( row == col || a[row][col] == 0 )
            continue;
          const double factor = a[row][col];
          for ( std::size_t j = 0; j < n; ++j )
          {
            a[row][j] -= factor * a[col][j];
            inverse[row][j] -= factor * inverse[col][j];
          }
        }
      }
      return true;
    }
  } // namespace

  LinearFit fitLinear( const std::vector<FitObservation> &input, int categories )
  {
    LinearFit fit;
    // Weights scaled to mean 1: s is then in the measure's units whatever the weights' scale.
    std::vector<FitObservation> observations = input;
    double weightSum = 0;
    for ( const FitObservation &o : observations )
      weightSum += o.weight;
    if ( weightSum > 0 )
    {
      for ( FitObservation &o : observations )
        o.weight *= static_cast<double>( observations.size() ) / weightSum;
    }
    const int groups = std::max( categories, 1 );
    const std::size_t p = static_cast<std::size_t>( groups ) + 1; // intercept per category + slope
    fit.parameters = static_cast<int>( p );
    const std::size_t n = observations.size();
    if ( n <= p )
    {
      fit.problem = "needs more observations than the " + std::to_string( p ) + " parameters of the model, has " + std::to_string( n );
      return fit;
    }

    // Fitted on x centred and x and y brought near 1 (by powers of two, exact for y): the normal
    // equations of ranks near 1e15 lose the slope to rounding ("does not vary") and squares of
    // attainments near 1e300 overflow. Slope, intercepts, fitted values, residuals and s are
    // scaled back at the end; R^2, leverages and standardised residuals do not change.
    double xMean = 0;
    for ( const FitObservation &o : observations )
      xMean += o.x / static_cast<double>( n );
    double xSpread = 0;
    double yLargest = 0;
    for ( const FitObservation &o : observations )
    {
      xSpread = std::max( xSpread, std::fabs( o.x - xMean ) );
      yLargest = std::max( yLargest, std::fabs( o.y ) );
    }
    const double xScale = xSpread > 0 && std::isfinite( xSpread ) ? std::ldexp( 1.0, std::ilogb( xSpread ) ) : 1.0;
    const double yScale = yLargest > 0 && std::isfinite( yLargest ) ? std::ldexp( 1.0, std::ilogb( yLargest ) ) : 1.0;
    for ( FitObservation &o : observations )
    {
      o.x = ( o.x - xMean ) / xScale;
      o.y /= yScale;
    }

    // Design row: one-hot category (columns 0..groups-1), then x (column groups).
    auto row = [&]( const FitObservation &o )
    {
      std::vector<double> r( p, 0 );
      r[static_cast<std::size_t>( groups > 1 ? o.category : 0 )] = 1;
      r[p - 1] = o.x;
      return r;
    };
    Matrix xtwx( p, std::vector<double>( p, 0 ) );
    std::vector<double> xtwy( p, 0 );
    std::vector<int> perCategory( static_cast<std::size_t>( groups ), 0 );
    for ( const FitObservation &o : observations )
    {
      const std::vector<double> r = row( o );
      ++perCategory[static_cast<std::size_t>( groups > 1 ? o.category : 0 )];
      for ( std::size_t i = 0; i < p; ++i )
      {
        xtwy[i] += o.weight * r[i] * o.y;
        for ( std::size_t j = 0; j < p; ++j )
          xtwx[i][j] += o.weight * r[i] * r[j];
      }
    }
    for ( int c = 0; c < groups; ++c )
    {
      if ( perCategory[static_cast<std::size_t>( c )] == 0 )
      {
        fit.problem = "class " + std::to_string( c ) + " has no observation";
        return fit;
      }
    }
    Matrix inverse;
    if ( !invert( xtwx, inverse ) )
    {
      fit.problem = groups > 1 ? "deprivation does not vary within the classes, so no slope can be fitted" : "deprivation does not vary, so no slope can be fitted";
      return fit;
    }
    std::vector<double> beta( p, 0 );
    for ( std::size_t i = 0; i < p; ++i )
      for ( std::size_t j = 0; j < p; ++j )
        beta[i] += inverse[i][j] * xtwy[j];
    fit.intercepts.assign( beta.begin(), beta.begin() + groups );
    fit.slope = beta[p - 1];

    double sumW = 0, sumWy = 0, sse = 0;
    for ( const FitObservation &o : observations )
    {
      sumW += o.weight;
      sumWy += o.weight * o.y;
    }
    const double meanY = sumWy / sumW;
    double sst = 0;
    fit.expected.reserve( n );
    fit.residuals.reserve( n );
    for ( const FitObservation &o : observations )
    {
      const double expected = fit.intercepts[static_cast<std::size_t>( groups > 1 ? o.category : 0 )] + fit.slope * o.x;
      fit.expected.push_back( expected );
      fit.residuals.push_back( o.y - expected );
      sse += o.weight * ( o.y - expected ) * ( o.y - expected );
      sst += o.weight * ( o.y - meanY ) * ( o.y - meanY );
    }
    fit.residualSd = std::sqrt( sse / static_cast<double>( n - p ) );
    fit.rSquared = sst > 0 ? 1 - sse / sst : std::numeric_limits<double>::quiet_NaN();

    fit.standardised.reserve( n );
    for ( std::size_t k = 0; k < n; ++k )
    {
      const FitObservation &o = observations[k];
      const std::vector<double> r = row( o );
      double leverage = 0;
      for ( std::size_t i = 0; i < p; ++i )
        for ( std::size_t j = 0; j < p; ++j )
          leverage += r[i] * inverse[i][j] * r[j];
      leverage *= o.weight;
      const double denominator = fit.residualSd * std::sqrt( std::max( 0.0, 1 - leverage ) );
      fit.standardised.push_back( denominator > 1e-12 * std::max( 1.0, fit.residualSd ) ? std::sqrt( o.weight ) * fit.residuals[k] / denominator : std::numeric_limits<double>::quiet_NaN() );
    }
    // Back to the measure's units: y = yScale y', x = xMean + xScale x'.
    fit.slope *= yScale / xScale;
    for ( double &intercept : fit.intercepts )
      intercept = intercept * yScale - fit.slope * xMean;
    for ( std::size_t k = 0; k < n; ++k )
    {
      fit.expected[k] *= yScale;
      fit.residuals[k] *= yScale;
    }
    fit.residualSd *= yScale;
    fit.ok = true;
    return fit;
  }

} // namespace placegap
