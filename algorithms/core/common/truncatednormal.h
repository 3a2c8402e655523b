/***************************************************************************
  truncatednormal.h - the normal distribution cut to an interval
 ***************************************************************************/
#ifndef PLACEGAP_CORE_TRUNCATEDNORMAL_H
#define PLACEGAP_CORE_TRUNCATEDNORMAL_H

namespace placegap
{

  class RandomStream;

  //! Phi(x), the standard normal distribution function.
  double normalCdf( double x );

  //! Phi^-1(p) for 0 < p < 1 (Wichura's AS 241, about 1e-16 relative error); -inf / +inf at 0 / 1.
  double normalQuantile( double p );

  //! Mean and variance of N(mean, sd^2) restricted to [lower, upper].
  struct TruncatedMoments
  {
      double mean;
      double variance;
  };

  /**
   * Moments of N(mean, sd^2) cut to [lower, upper] (lower <= upper; either may be infinite).
   * With standardised ends a, b and Z = Phi(b) - Phi(a): mean + sd (phi(a) - phi(b)) / Z and
   * sd^2 (1 + (a phi(a) - b phi(b)) / Z - ((phi(a) - phi(b)) / Z)^2). Where Z underflows (an
   * interval far in a tail) the mass sits at the nearer end: that end, variance 0. sd = 0 gives
   * mean clamped to the interval.
   */
  TruncatedMoments truncatedMoments( double mean, double sd, double lower, double upper );

  //! One draw from N(mean, sd^2) cut to [lower, upper], by inversion; always inside the interval.
  double drawTruncatedNormal( double mean, double sd, double lower, double upper, RandomStream &stream );

} // namespace placegap

#endif // PLACEGAP_CORE_TRUNCATEDNORMAL_H
