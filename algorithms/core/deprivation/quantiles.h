/***************************************************************************
  quantiles.h - deprivation quantile classes from ranks
 ***************************************************************************/
#ifndef PLACEGAP_CORE_QUANTILES_H
#define PLACEGAP_CORE_QUANTILES_H

#include <optional>
#include <vector>

namespace placegap
{

  /**
   * Class (1..classes) of an area from its national rank, SIMD convention:
   * equal numbers of areas per class, rank 1 = most deprived,
   * class = ceil( rank * classes / rankCount ).
   *
   * Fractional ranks (the mean rank given to tied areas) are accepted.
   * Returns no value when rank is outside [1, rankCount] or rankCount < 1.
   */
  std::optional<int> classFromRank( double rank, double rankCount, int classes );

  //! How areas within one group are weighted when cutting classes.
  enum class QuantileWeighting
  {
    AreaCount,  //!< Equal numbers of areas per class (SIMD convention applied to the group).
    Population, //!< Equal shares of population per class (Public Health Scotland convention).
  };

  //! One area of a group, as read from the input.
  struct RankedArea
  {
      double rank = 0;       //!< Deprivation rank, lower = more deprived.
      double population = 1; //!< Weight; ignored for AreaCount weighting. Must be >= 0.
  };

  //! The position of one area in its group and the classes that follow from it.
  struct AreaQuantile
  {
      //! Position in the group as a percentage (0..100] the classes are cut from.
      double cumulativePercent = 0;
      int quintile = 0;
      int decile = 0;
  };

  /**
   * Quantile classes of the areas of one group (a council, say), in input order.
   *
   * Areas are sorted by rank (most deprived first). Areas sharing a rank form one
   * block and always share their classes.
   *
   * - AreaCount: each block gets its mean position p in the group of n areas
   *   (1-based, so a tie of positions 4 and 5 gets 4.5) and class ceil( p * classes / n ),
   *   exactly the national SIMD rule with the group standing in for Scotland.
   * - Population: cumulative population shares are taken along the sorted blocks; each
   *   block is placed by the midpoint m of its share interval, class = min( classes, floor( m * classes ) + 1 )
   *   (capped at classes). This puts every cut at the block boundary nearest to
   *   20/40/60/80 % (10, 20 .. 90 % for deciles) of the group's population, as in
   *   Public Health Scotland's population-weighted SIMD files; a block exactly halfway
   *   goes to the less deprived class. Zero-population areas take the class of the point
   *   they sit at.
   *
   * Returns an empty vector for an empty group, or when Population weighting is asked for
   * and the group's total population is zero: no class can be cut then.
   */
  std::vector<AreaQuantile> groupQuantiles( const std::vector<RankedArea> &areas, QuantileWeighting weighting );

} // namespace placegap

#endif // PLACEGAP_CORE_QUANTILES_H
