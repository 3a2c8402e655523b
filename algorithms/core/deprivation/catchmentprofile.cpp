/***************************************************************************
  catchmentprofile.cpp - deprivation profile of catchments from small areas
 ***************************************************************************/
#include "catchmentprofile.h"

namespace placegap
{

  std::vector<CatchmentProfile> catchmentProfiles( const std::vector<ZoneContribution> &contributions, int catchments )
  {
    std::vector<CatchmentProfile> profiles( static_cast<std::size_t>( catchments > 0 ? catchments : 0 ) );
    std::vector<std::array<double, 5>> byQuintile( profiles.size(), std::array<double, 5> {} );
    std::vector<double> rankSums( profiles.size(), 0 );
    for ( const ZoneContribution &c : contributions )
    {
      if ( c.catchment < 0 || c.catchment >= catchments || c.quintile < 1 || c.quintile > 5 || !( c.fraction > 0 ) )
        continue;
      const std::size_t k = static_cast<std::size_t>( c.catchment );
      const double people = c.population * c.fraction;
      profiles[k].population += people;
      byQuintile[k][static_cast<std::size_t>( c.quintile - 1 )] += people;
      rankSums[k] += people * c.rank;
      profiles[k].count += c.count * c.fraction;
      if ( c.quintile == 1 )
        profiles[k].countInQuintile1 += c.count * c.fraction;
      if ( c.fraction >= MIN_COUNTED_FRACTION )
      {
        ++profiles[k].zones;
        if ( c.quintile == 1 )
          ++profiles[k].mostDeprivedZones;
      }
    }
    for ( std::size_t k = 0; k < profiles.size(); ++k )
    {
      CatchmentProfile &profile = profiles[k];
      profile.hasPopulation = profile.population > 0;
      if ( !profile.hasPopulation )
        continue;
      for ( std::size_t q = 0; q < 5; ++q )
        profile.percentByQuintile[q] = 100.0 * byQuintile[k][q] / profile.population;
      profile.meanRank = rankSums[k] / profile.population;
    }
    return profiles;
  }

} // namespace placegap
