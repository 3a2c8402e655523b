/***************************************************************************
  truncatednormal.cpp - the normal distribution cut to an interval
 ***************************************************************************/
#include "truncatednormal.h"

#include "randomstream.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace placegap
{

  namespace
  {
    constexpr double INF = std::numeric_limits<double>::infinity();

    double density( double x )
    {
      return std::isfinite( x ) ? std::exp( -0.5 * x * x ) / std::sqrt( 2 * M_PI ) : 0.0;
    }

    //! 1 - Phi(x), precise in the upper tail.
    double upperTail( double x )
    {
      return 0.5 * std::erfc( x / std::sqrt( 2.0 ) );
    }

    double polynomial( const double *c, int n, double x )
    {
      double value = c[n - 1];
      for ( int i = n - 2; i >= 0; --i )
        value = value * x + c[i];
      return value;
    }
  } // namespace

  double normalCdf( double x )
  {
    return 0.5 * std::erfc( -x / std::sqrt( 2.0 ) );
  }

  double normalQuantile( double p )
  {
    if ( !( p > 0 ) )
      return p == 0 ? -INF : std::numeric_limits<double>::quiet_NaN();
    if ( !( p < 1 ) )
      return p == 1 ? INF : std::numeric_limits<double>::quiet_NaN();
    // Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988) 477-484.
    static const double a[] = { 3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3 };
    static const double b[] = { 1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3 };
    static const double c[] = { 1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4 };
    static const double d[] = { 1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9 };
    static const double e[] = { 6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7 };
    static const double f[] = { 1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15 };
    const double q = p - 0.5;
    if ( std::fabs( q ) <= 0.425 )
    {
      const double r = 0.180625 - q * q;
      return q * polynomial( a, 8, r ) / polynomial( b, 8, r );
    }
    double r = std::sqrt( -std::log( q < 0 ? p : 1 - p ) );
    double value;
    if ( r <= 5 )
    {
      r -= 1.6;
      value = polynomial( c, 8, r ) / polynomial( d, 8, r );
    }
    else
    {
      r -= 5;
      value = polynomial( e, 8, r ) / polynomial( f, 8, r );
    }
    return q < 0 ? -value : value;
  }

  TruncatedMoments truncatedMoments( double mean, double sd, double lower, double upper )
  {
    if ( !( sd > 0 ) )
      return TruncatedMoments { std::clamp( mean, lower, upper ), 0.0 };
    const double a = ( lower - mean ) / sd;
    const double b = ( upper - mean ) / sd;
    // Z from the tail the interval is in, so that it keeps its digits far from the mean.
    const double z = a > 0 ? upperTail( a ) - upperTail( b ) : normalCdf( b ) - normalCdf( a );
    if ( !( z > 1e-300 ) )
    {
      const double end = a > 0 ? lower : upper;
      return TruncatedMoments { end, 0.0 };
    }
    const double phiA = density( a );
    const double phiB = density( b );
    const double shift = ( phiA - phiB ) / z;
    const double aPhiA = std::isfinite( a ) ? a * phiA : 0.0;
    const double bPhiB = std::isfinite( b ) ? b * phiB : 0.0;
    const double variance = sd * sd * std::max( 0.0, 1 + ( aPhiA - bPhiB ) / z - shift * shift );
    return TruncatedMoments { std::clamp( mean + sd * shift, lower, upper ), variance };
  }

  double drawTruncatedNormal( double mean, double sd, double lower, double upper, RandomStream &stream )
  {
    if ( !( sd > 0 ) || lower == upper )
      return std::clamp( mean, lower, upper );
    const double a = ( lower - mean ) / sd;
    const double b = ( upper - mean ) / sd;
    const double u = stream.uniform();
    double x;
    if ( a > 0 )
    {
      // Upper tail: invert 1 - Phi, which keeps its digits there.
      const double qa = upperTail( a );
      const double qb = upperTail( b );
      x = -normalQuantile( qa - u * ( qa - qb ) );
      if ( !( qa > qb ) )
        return lower;
    }
    else
    {
      const double pa = normalCdf( a );
      const double pb = normalCdf( b );
      x = normalQuantile( pa + u * ( pb - pa ) );
      if ( !( pb > pa ) )
        return upper;
    }
    return std::clamp( mean + sd * x, lower, upper );
  }

} // namespace placegap
