/***************************************************************************
  floatingcatchment.h - two-step floating catchment area accessibility (2SFCA, E2SFCA)
 ***************************************************************************/
#ifndef PLACEGAP_CORE_FLOATINGCATCHMENT_H
#define PLACEGAP_CORE_FLOATINGCATCHMENT_H

#include "traveltimes.h"

#include <vector>

namespace placegap
{
  //! How a supply's pull on demand falls with travel time t inside the catchment t0.
  struct DistanceDecay
  {
      enum class Kind
      {
        None,     //!< W = 1 for t <= t0 (classic 2SFCA, Luo and Wang 2003).
        Steps,    //!< Enhanced 2SFCA: W = weight of the first step whose upper bound >= t.
        Gaussian, //!< Gaussian fall from 1 at t = 0 to 0 at t0 (Dai 2010), see weight().
      };
      Kind kind = Kind::None;
      double catchmentSeconds = 0; //!< t0: no pull beyond it.
      //! Steps: (upper bound in seconds, weight), sorted by bound; the last bound is t0.
      std::vector<std::pair<double, double>> steps;

      /**
       * Weight at t seconds: 0 beyond t0 (or t not finite). Gaussian:
       * W(t) = (exp(-0.5 (t/t0)^2) - exp(-0.5)) / (1 - exp(-0.5)), so W(0) = 1 and W(t0) = 0.
       */
      double weight( double seconds ) const;
  };

  struct FloatingCatchmentResult
  {
      //! R_j = S_j / sum_i P_i W(t_ij): supply per head of the demand in its catchment; NaN when no demand is in reach.
      std::vector<double> supplyRatio;
      //! Demand in each supply's catchment, sum_i P_i W(t_ij).
      std::vector<double> weightedDemand;
      //! A_i = sum_j R_j W(t_ij) over supplies with a defined ratio: supply per head reachable from i.
      std::vector<double> accessibility;
      //! Number of supplies within t0 of each demand location.
      std::vector<std::size_t> suppliesInReach;
  };

  /**
   * 2SFCA / E2SFCA from travel times demand i -> supply j (reaches[i], as from
   * TravelTimeEngine with destinations = supplies). demand[i] = P_i (population),
   * supply[j] = S_j (capacity). Unreachable pairs count as beyond t0.
   */
  FloatingCatchmentResult floatingCatchment( const std::vector<std::vector<Reach>> &reaches, const std::vector<double> &demand, const std::vector<double> &supply, const DistanceDecay &decay );

  /**
   * Cumulative opportunities: for each threshold (seconds, ascending), the sum of weights
   * (1 each, or the capacities) of the destinations reached within it.
   */
  std::vector<double> opportunitiesWithin( const std::vector<Reach> &reaches, const std::vector<double> &thresholdsSeconds, const std::vector<double> &weights );

} // namespace placegap

#endif // PLACEGAP_CORE_FLOATINGCATCHMENT_H
