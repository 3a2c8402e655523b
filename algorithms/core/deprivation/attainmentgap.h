/***************************************************************************
  attainmentgap.h - the deprivation-related attainment gap, SII and RII
 ***************************************************************************/
#ifndef PLACEGAP_CORE_ATTAINMENTGAP_H
#define PLACEGAP_CORE_ATTAINMENTGAP_H

#include <cstdint>
#include <functional>
#include <vector>

namespace placegap
{

  //! One area (or school) of a group: its deprivation class, measure and weight.
  struct GapArea
  {
      int quantile = 0;  //!< 1 = most deprived .. classes = least deprived
      double value = 0;  //!< attainment, higher = better
      double weight = 1; //!< pupils or population, >= 0
  };

  //! An estimate with its 95 % confidence interval; NaN where it cannot be computed.
  struct Estimate
  {
      double value;
      double lower;
      double upper;
  };

  //! One deprivation class of a group.
  struct GapClass
  {
      int quantile = 0;
      int count = 0;     //!< areas in the class
      double weight = 0; //!< sum of their weights
      Estimate mean;     //!< weighted mean with analytic 95 % CI
      double ridit = 0;  //!< midpoint of the class's cumulative weight share, 0 = most deprived end
  };

  struct GapSummary
  {
      std::vector<GapClass> classes; //!< classes holding weight, most deprived first
      int count = 0;
      double weight = 0;
      double mean = 0;
      Estimate gap;   //!< mean(least deprived class) - mean(most deprived class)
      Estimate ratio; //!< mean(least deprived class) / mean(most deprived class)
      Estimate sii;   //!< slope index of inequality
      Estimate rii;   //!< relative index of inequality = SII / overall mean
  };

  //! 97.5 % point of the standard normal distribution.
  constexpr double Z_975 = 1.959963984540054;

  /**
   * The attainment gap of one group (a council, say) of areas classed 1..classes by deprivation.
   *
   * For each class k with weight W_k = sum w_i > 0 and n_k areas: mean m_k = sum w_i y_i / W_k,
   * standard error SE_k = sqrt( n_k / (n_k - 1) * sum w_i^2 (y_i - m_k)^2 ) / W_k (the usual
   * linearisation of a ratio mean, areas as sampling units; NaN when n_k < 2), 95 % CI
   * m_k -/+ z SE_k (z = Z_975 = 1.959964, the 97.5 % normal quantile). Ridit r_k = ( sum_{j<k} W_j + W_k / 2 ) / W.
   *
   * Gap = m_K - m_1 between the least (K = classes) and most deprived class (1), CI
   * +/- z sqrt( SE_1^2 + SE_K^2 ). Ratio = m_K / m_1, CI exp( ln ratio +/- z
   * sqrt( (SE_K/m_K)^2 + (SE_1/m_1)^2 ) ) (delta method; needs both means > 0). Both are NaN
   * when either extreme class holds no weight.
   *
   * SII = slope of the weighted least-squares regression of m_k on r_k with weights W_k
   * (the same as area-level WLS of y_i on its class ridit): sum W_k (r_k - rbar)(m_k - M) /
   * sum W_k (r_k - rbar)^2, with M the overall weighted mean; positive when the least deprived
   * do better. RII = SII / M. Both need two classes with weight. Their 95 % CIs are percentile
   * intervals (linear interpolation between order statistics, "type 7") of a stratified
   * bootstrap: bootstrapSamples replicates, each resampling n_k areas with replacement within
   * every class; replicate b draws from RandomStream::derived( seed, streamKey, b ), so results
   * do not depend on threads or call order. bootstrapSamples = 0 leaves them NaN.
   *
   * Areas with a quantile outside 1..classes are ignored. isCanceled, if given, is polled
   * between replicates; a cancelled run returns what it has with NaN bootstrap intervals.
   */
  GapSummary attainmentGap( const std::vector<GapArea> &areas, int classes, int bootstrapSamples, std::uint64_t seed, std::uint64_t streamKey = 0,
                            const std::function<bool()> &isCanceled = {} );

  //! Type 7 quantile (0 <= p <= 1) of values, which it sorts; NaN for none.
  double sampleQuantile( std::vector<double> &values, double p );

} // namespace placegap

#endif // PLACEGAP_CORE_ATTAINMENTGAP_H
