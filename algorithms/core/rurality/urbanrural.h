/***************************************************************************
  urbanrural.h - the Scottish Government Urban Rural Classification rules
 ***************************************************************************/
#ifndef PLACEGAP_CORE_URBANRURAL_H
#define PLACEGAP_CORE_URBANRURAL_H

#include <array>
#include <optional>
#include <string>

namespace placegap
{
  /**
   * Thresholds of the Scottish Government Urban Rural Classification (SGURC); the defaults
   * are the official ones (2016 and later editions).
   */
  struct UrbanRuralThresholds
  {
      double largeUrbanPopulation = 125000; //!< A settlement of at least this is a large urban area.
      double otherUrbanPopulation = 10000;  //!< At least this (below large): other urban area; also the "settlement of 10,000+" drive times go to.
      double smallTownPopulation = 3000;    //!< At least this (below other urban): small town; below: rural.
      double accessibleMinutes = 30;        //!< Drive time up to and including this: accessible.
      double veryRemoteMinutes = 60;        //!< Drive time over this: very remote (8-fold); over accessibleMinutes up to this: remote.

      //! Why these thresholds cannot be used (not strictly increasing, not above 0), or empty.
      std::string problem() const;
  };

  //! Size band of the settlement a place falls in.
  enum class SettlementBand
  {
    LargeUrban, //!< population >= largeUrbanPopulation
    OtherUrban, //!< otherUrbanPopulation <= population < largeUrbanPopulation
    SmallTown,  //!< smallTownPopulation <= population < otherUrbanPopulation
    Rural,      //!< population < smallTownPopulation, or outside every settlement
  };

  //! The band of a settlement population; a place outside every settlement has population 0.
  SettlementBand settlementBand( double population, const UrbanRuralThresholds &thresholds );

  //! Drive time band to the nearest settlement of otherUrbanPopulation or more.
  enum class Remoteness
  {
    Accessible, //!< minutes <= accessibleMinutes
    Remote,     //!< accessibleMinutes < minutes <= veryRemoteMinutes
    VeryRemote, //!< minutes > veryRemoteMinutes
  };

  //! The remoteness of a drive time in minutes (must be a number, 0 or more).
  Remoteness remoteness( double minutes, const UrbanRuralThresholds &thresholds );

  /**
   * The SGURC codes of one place. A code that needs the drive time is absent when the drive
   * time is unknown (unreachable): the large and other urban codes and the 2-fold never need it;
   * small towns keep their 3-fold code (rest of Scotland) too.
   *
   *  8-fold: 1 Large Urban Areas, 2 Other Urban Areas, 3 Accessible Small Towns, 4 Remote Small Towns,
   *          5 Very Remote Small Towns, 6 Accessible Rural, 7 Remote Rural, 8 Very Remote Rural.
   *  6-fold: 1 Large Urban Areas, 2 Other Urban Areas, 3 Accessible Small Towns, 4 Remote Small Towns
   *          (8-fold 4 and 5), 5 Accessible Rural, 6 Remote Rural (8-fold 7 and 8).
   *  3-fold: 1 Rest of Scotland (6-fold 1-4), 2 Accessible Rural, 3 Remote Rural.
   *  2-fold: 1 Urban Areas (6-fold 1-4), 2 Rural Areas (6-fold 5-6).
   */
  struct UrbanRuralClass
  {
      std::optional<int> eightFold;
      std::optional<int> sixFold;
      std::optional<int> threeFold;
      int twoFold = 0;
  };

  //! The codes of a place in a settlement of band, driveMinutes from the nearest 10,000+ settlement (empty: unknown).
  UrbanRuralClass classifyUrbanRural( SettlementBand band, std::optional<double> driveMinutes, const UrbanRuralThresholds &thresholds );

  //! The 6-, 3- and 2-fold codes of an 8-fold code (1 to 8); all empty (2-fold 0) out of range.
  UrbanRuralClass fromEightFold( int eightFold );

  /**
   * The 8-fold class holding the most people, from the population in each class (index 1 to 8;
   * index 0, the unclassified, is ignored): SG's population-weighted majority for areas built
   * of smaller units. Ties go to the lower (more urban) code; empty when no one is classified.
   */
  std::optional<int> majorityEightFold( const std::array<double, 9> &populationByClass );

  //! Whether the band's classes depend on the drive time.
  bool needsDriveTime( SettlementBand band );

  //! Official labels of the codes ("Accessible Small Towns"); empty for a code out of range.
  std::string eightFoldLabel( int code );
  std::string sixFoldLabel( int code );
  std::string threeFoldLabel( int code );
  std::string twoFoldLabel( int code );

} // namespace placegap

#endif // PLACEGAP_CORE_URBANRURAL_H
