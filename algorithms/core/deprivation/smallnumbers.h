/***************************************************************************
  smallnumbers.h - shares of small cohorts: Wilson intervals, empirical Bayes, rank intervals
 ***************************************************************************/
#ifndef PLACEGAP_CORE_SMALLNUMBERS_H
#define PLACEGAP_CORE_SMALLNUMBERS_H

#include <cstdint>
#include <vector>

namespace placegap
{

  struct Interval
  {
      double lower;
      double upper;
  };

  /**
   * Wilson score interval of a share p (0..1) of n: (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) /
   * (1 + z^2/n). Unlike p -/+ z sqrt(p(1-p)/n) it stays within 0..1 and is not zero-width at 0 or
   * 100 %, which is what a school of eight pupils needs. NaN for n <= 0.
   */
  Interval wilsonInterval( double p, double n, double z = 1.959963984540054 );

  //! Each unit shrunk toward its expectation.
  struct Shrinkage
  {
      double between = 0;            //!< tau^2, the variance of true residuals between units
      std::vector<double> residuals; //!< shrunk residual (1 - B_i) r_i
      std::vector<double> sd;        //!< its posterior standard deviation sqrt((1 - B_i) v_i)
      std::vector<double> factors;   //!< B_i = v_i / (v_i + tau^2): 1 = all noise, 0 = no shrinkage
  };

  /**
   * Empirical Bayes (normal-normal) shrinkage of residuals r_i = observed - expected whose
   * sampling variances v_i are known: true residual ~ N(0, tau^2), r_i | true ~ N(true, v_i).
   * tau^2 by the method of moments, max(0, sum r_i^2 / (n - parameters) - mean v_i) (parameters =
   * those of the model that gave the expectations); then B_i = v_i / (v_i + tau^2), posterior mean
   * (1 - B_i) r_i and variance (1 - B_i) v_i. A unit with v_i = 0 keeps its residual exactly.
   */
  Shrinkage shrinkResiduals( const std::vector<double> &residuals, const std::vector<double> &variances, int parameters );

  /**
   * 95 % intervals of each unit's rank (1 = highest) by simulation: draws times, every unit's true
   * value is drawn from N(mean_i, sd_i^2) (stream RandomStream::derived( seed, draw )) and all are
   * ranked; the 2.5 and 97.5 percentiles (type 7) of each unit's ranks. Also the rank of the means.
   */
  struct RankIntervals
  {
      std::vector<int> rank;
      std::vector<Interval> interval;
  };
  RankIntervals rankIntervals( const std::vector<double> &means, const std::vector<double> &sds, int draws, std::uint64_t seed );

} // namespace placegap

#endif // PLACEGAP_CORE_SMALLNUMBERS_H
