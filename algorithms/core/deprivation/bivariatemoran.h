/***************************************************************************
  bivariatemoran.h - local and global bivariate Moran's I, permutation inference
 ***************************************************************************/
#ifndef PLACEGAP_CORE_BIVARIATEMORAN_H
#define PLACEGAP_CORE_BIVARIATEMORAN_H

#include "spatialweights.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace placegap
{

  //! Cluster of a feature; the values are a public API (output field).
  enum class LisaCluster
  {
    NotSignificant = 0,
    HighHigh = 1,
    LowHigh = 2,
    LowLow = 3,
    HighLow = 4,
    NoNeighbours = 5,
  };

  //! How a permutation p-value is counted; the values are a public API (parameter).
  enum class PermutationPValue
  {
    TwoSided = 0, //!< 2 min(ge + 1, le + 1) / (permutations + 1), at most 1: ties count on both sides, so I = 0 is not significant.
    Folded = 1,   //!< esda's "directed" p: (min(ge, permutations - ge) + 1) / (permutations + 1).
  };

  struct BivariateMoranOptions
  {
      PermutationPValue pValue = PermutationPValue::TwoSided;
      int permutations = 999;
      std::uint64_t seed = 1;
      int threads = 1;            //!< worker threads for the local permutations; results do not depend on it
      double significance = 0.05; //!< alpha
      bool falseDiscoveryRate = false;
  };

  struct BivariateMoranResult
  {
      std::vector<double> zx;     //!< (x - mean) / sd, sd with divisor n
      std::vector<double> lag;    //!< row-standardised spatial lag of zy (0 for islands)
      std::vector<double> localI; //!< zx_i * lag_i
      std::vector<double> pValue; //!< pseudo p-value (options.pValue); NaN for islands or without permutations
      std::vector<LisaCluster> cluster;
      double globalI = 0;   //!< sum_i localI_i / S0, S0 = number of features with neighbours
      double globalP = 0;   //!< pseudo p-value of globalI (options.pValue), NaN without permutations
      double threshold = 0; //!< p-value at or below which a feature is significant
      int islands = 0;
      bool canceled = false;
  };

  /**
   * Bivariate Moran's I of x at each feature against the neighbours' y (Anselin, Syabri & Smirnov
   * 2002; esda.Moran_Local_BV and Moran_BV). Both variables are standardised with the population
   * standard deviation; weights are row-standardised (w_ij = 1 / k_i for the k_i neighbours).
   *
   * Local inference is conditional randomisation: for feature i, permutations times, k_i values of
   * zy are drawn without replacement from the other n - 1 features and I_i recomputed;
   * with ge and le the numbers of simulated I >= and <= the observed one, the two-sided p is
   * min(1, 2 (min(ge, le) + 1) / (permutations + 1)) (default), or esda's folded p
   * (min(ge, permutations - ge) + 1) / (permutations + 1), which calls an I that every draw ties
   * (a zero z_x) the most significant. Feature i's draws come from RandomStream::derived(seed, i),
   * so results are identical for any number of threads. Global inference permutes x over the
   * features (stream derived(seed, n + 1, permutation)) with the same p.
   *
   * Clusters by the signs of zx_i and lag_i (zero counts as low): High-High, Low-High, Low-Low,
   * High-Low, when p <= threshold and I is not 0; threshold = significance, or with falseDiscoveryRate the
   * Benjamini-Hochberg cut of esda.fdr: the largest k alpha / m with p_(k) < k alpha / m over the m
   * non-island features (alpha / m when there is none). Islands (no neighbours) get lag 0, I 0, NaN p
   * and NoNeighbours; they still lend their y to others' permutations.
   * x and y must have the same size as neighbours, without NaN; at least 3 features are needed.
   */
  BivariateMoranResult bivariateMoran( const std::vector<double> &x, const std::vector<double> &y, const NeighbourLists &neighbours,
                                       const BivariateMoranOptions &options, const std::function<bool()> &isCanceled = {} );

  /**
   * Benjamini-Hochberg cut as esda.fdr: with p-values sorted ascending p_(1)..p_(m), the largest
   * k alpha / m for which p_(k) < k alpha / m, or alpha / m when there is none.
   */
  double falseDiscoveryThreshold( std::vector<double> pValues, double alpha );

} // namespace placegap

#endif // PLACEGAP_CORE_BIVARIATEMORAN_H
