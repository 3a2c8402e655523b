/***************************************************************************
  censoredgap.h - the attainment gap when some values are known only as intervals
 ***************************************************************************/
#ifndef PLACEGAP_CORE_CENSOREDGAP_H
#define PLACEGAP_CORE_CENSOREDGAP_H

#include "attainmentgap.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace placegap
{

  //! An area (or school) whose value lies in [lower, upper]; lower == upper for a published value.
  struct CensoredArea
  {
      int quantile = 0;
      double lower = 0;
      double upper = 0;
      double weight = 1;

      bool isCensored() const { return lower < upper; }
  };

  //! The smallest and largest value a statistic can take; NaN where it has none or is unbounded.
  struct Range
  {
      double lowest;
      double highest;
  };

  //! The model censored values are imputed from: a normal distribution per class, one spread.
  struct CensoredModel
  {
      std::vector<double> classMeans; //!< index 0 = class 1; NaN for a class without areas
      std::vector<bool> fitted;       //!< classes with a published value, whose means were fitted
      double sd = 0;
      int iterations = 0;
  };

  struct CensoredGapSummary
  {
      /**
       * Point estimates with every censored value at its expectation under the model; intervals
       * from bootstrap replicates that each refit the model and impute (see censoredAttainmentGap).
       */
      GapSummary estimate;
      std::vector<Range> classMeans; //!< for each of estimate.classes
      Range mean, gap, ratio, sii, rii;
      //! Classes holding weight but no published value: their means, and what uses them, are NaN.
      std::vector<int> unestimated;
      int censored = 0;          //!< areas known only as an interval
      double censoredWeight = 0; //!< their weight
      CensoredModel model;
  };

  /**
   * Fits the imputation model by maximum likelihood with EM: value y_i of an area of class k is
   * N(mu_k, sd^2), a published value is observed, a censored one is known to lie in its interval.
   * E-step: each censored area's mean and variance under the truncated normal; M-step: mu_k =
   * mean of the class's expectations, sd^2 = mean of (variance + (expectation - mu_k)^2). Areas
   * count once each (schools as units, not weighted). A class with no published value has no
   * maximum of its own (intervals alone leave its mean flat or running off to an end), so it
   * takes no part: its mean stays at its start and fitted[k] is false. Starts from start when it has the right
   * size, else from interval midpoints; stops when no parameter moves by more than 1e-9 of the
   * scale, or after maxIterations. The spread never falls below 1e-6 of the values' scale.
   */
  CensoredModel fitCensoredModel( const std::vector<const CensoredArea *> &areas, int classes, const CensoredModel &start = CensoredModel(), int maxIterations = 500 );

  /**
   * attainmentGap() for areas some of whose values are known only as intervals (suppressed or
   * banded in the published table).
   *
   * Estimate: the model (fitCensoredModel) is fitted to all areas; every censored value is
   * replaced by its expectation within its interval; the gap, ratio, SII and RII of attainmentGap()
   * are computed on that. As they are linear in the values (ratio and RII: ratios of linear
   * terms), this equals the mean over infinitely many imputations from the fitted model.
   *
   * Intervals (95 %): bootstrapSamples replicates; replicate b draws from
   * RandomStream::derived( seed, streamKey, b ) (so it does not depend on threads or order),
   * resamples n_k areas with replacement within every class, refits the model on them, draws
   * every censored value from its class's normal cut to its interval, and computes every
   * statistic. The 2.5 and 97.5 percentiles (type 7) of the replicates are the interval, for the
   * class means too: both sampling and imputation uncertainty are in it. bootstrapSamples = 0
   * leaves them NaN.
   *
   * Bounds (no model at all): the smallest and largest each statistic can be, whatever value in
   * its interval every censored area takes. Class and overall means, gap and SII are linear in
   * the values, so each end puts every censored value at the end of its interval that the sign
   * of its coefficient asks for; the ratio takes the extreme class means; the RII (a ratio of
   * linear terms) is solved by Dinkelbach's method over the box of intervals. The ratio and RII
   * bounds are NaN when the denominator can reach zero.
   *
   * A class holding weight with no published value (every school suppressed or banded) has no
   * estimate: its mean, the overall mean, SII and RII, and (for class 1 or the last) the gap and
   * ratio are NaN, listed in unestimated; only the bounds speak for it.
   *
   * With no censored area the result is attainmentGap()'s, bounds equal to the estimates.
   */
  CensoredGapSummary censoredAttainmentGap( const std::vector<CensoredArea> &areas, int classes, int bootstrapSamples, std::uint64_t seed, std::uint64_t streamKey = 0,
                                            const std::function<bool()> &isCanceled = {} );

} // namespace placegap

#endif // PLACEGAP_CORE_CENSOREDGAP_H
