/***************************************************************************
  catchmentprofile.h - deprivation profile of catchments from small areas
 ***************************************************************************/
#ifndef PLACEGAP_CORE_CATCHMENTPROFILE_H
#define PLACEGAP_CORE_CATCHMENTPROFILE_H

#include <array>
#include <vector>

namespace placegap
{

  //! The part of one small area that falls in one catchment.
  struct ZoneContribution
  {
      int catchment = 0;     //!< 0..catchments-1
      int quintile = 0;      //!< 1 = most deprived .. 5
      double rank = 0;       //!< deprivation rank, 1 = most deprived
      double population = 0; //!< the whole area's population
      double fraction = 1;   //!< share of the area's population given to this catchment, 0..1
      double count = 0;      //!< people of interest in the whole area (income-deprived, children...), apportioned like the population
  };

  //! A part smaller than this share of its area is apportioned but not counted as an area of the catchment (slivers).
  constexpr double MIN_COUNTED_FRACTION = 0.01;

  struct CatchmentProfile
  {
      double population = 0;                      //!< sum of population x fraction
      std::array<double, 5> percentByQuintile {}; //!< % of the catchment's population in each quintile
      double meanRank = 0;                        //!< population-weighted mean rank
      int zones = 0;                              //!< areas with fraction >= MIN_COUNTED_FRACTION
      int mostDeprivedZones = 0;                  //!< of which in quintile 1
      bool hasPopulation = false;                 //!< false: shares and mean rank are undefined
      double count = 0;                           //!< sum of count x fraction
      double countInQuintile1 = 0;                //!< of which in quintile 1 areas
  };

  /**
   * Profiles of catchments 0..catchments-1: apportioned population P_c = sum p_z f_z; percent in
   * quintile q = 100 sum_{z in q} p_z f_z / P_c; mean rank = sum p_z f_z rank_z / P_c. Counts
   * (income-deprived people, say) are apportioned with the same fractions: C_c = sum c_z f_z, and
   * the part of it in quintile 1 areas; for a rural catchment most of C_c is usually outside
   * quintile 1, which the shares by quintile alone do not show.
   */
  std::vector<CatchmentProfile> catchmentProfiles( const std::vector<ZoneContribution> &contributions, int catchments );

} // namespace placegap

#endif // PLACEGAP_CORE_CATCHMENTPROFILE_H
