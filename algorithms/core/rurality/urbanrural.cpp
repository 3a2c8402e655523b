/***************************************************************************
  urbanrural.cpp - the Scottish Government Urban Rural Classification rules
 ***************************************************************************/
#include "urbanrural.h"

#include <array>
#include <cmath>

namespace placegap
{
  std::string UrbanRuralThresholds::problem() const
  {
    if ( !( smallTownPopulation > 0 ) )
      return "the small town population threshold must be more than 0";
    if ( !( otherUrbanPopulation > smallTownPopulation ) )
      return "the other urban population threshold must be more than the small town one";
    if ( !( largeUrbanPopulation > otherUrbanPopulation ) )
      return "the large urban population threshold must be more than the other urban one";
    if ( !( accessibleMinutes > 0 ) )
      return "the accessible drive time must be more than 0 minutes";
    if ( !( veryRemoteMinutes > accessibleMinutes ) )
      return "the very remote drive time must be more than the accessible one";
    if ( !std::isfinite( largeUrbanPopulation ) || !std::isfinite( veryRemoteMinutes ) )
      return "thresholds must be finite numbers";
    return std::string();
  }

  SettlementBand settlementBand( double population, const UrbanRuralThresholds &thresholds )
  {
    if ( population >= thresholds.largeUrbanPopulation )
      return SettlementBand::LargeUrban;
    if ( population >= thresholds.otherUrbanPopulation )
      return SettlementBand::OtherUrban;
    if ( population >= thresholds.smallTownPopulation )
      return SettlementBand::SmallTown;
    return SettlementBand::Rural;
  }

  Remoteness remoteness( double minutes, const UrbanRuralThresholds &thresholds )
  {
    if ( minutes <= thresholds.accessibleMinutes )
      return Remoteness::Accessible;
    if ( minutes <= thresholds.veryRemoteMinutes )
      return Remoteness::Remote;
    return Remoteness::VeryRemote;
  }

  bool needsDriveTime( SettlementBand band )
  {
    return band == SettlementBand::SmallTown || band == SettlementBand::Rural;
  }

  UrbanRuralClass classifyUrbanRural( SettlementBand band, std::optional<double> driveMinutes, const UrbanRuralThresholds &thresholds )
  {
    UrbanRuralClass result;
    switch ( band )
    {
    case SettlementBand::LargeUrban:
    case SettlementBand::OtherUrban:
    {
      const int code = band == SettlementBand::LargeUrban ? 1 : 2;
      result.eightFold = code;
      result.sixFold = code;
      result.threeFold = 1;
      result.twoFold = 1;
      return result;
    }
    case SettlementBand::SmallTown:
      result.threeFold = 1;
      result.twoFold = 1;
      break;
    case SettlementBand::Rural:
      result.twoFold = 2;
      break;
    }
    if ( !driveMinutes || !std::isfinite( *driveMinutes ) )
      return result;
    const Remoteness r = remoteness( *driveMinutes, thresholds );
    const int offset = r == Remoteness::Accessible ? 0 : ( r == Remoteness::Remote ? 1 : 2 );
    if ( band == SettlementBand::SmallTown )
    {
      result.eightFold = 3 + offset;
      result.sixFold = r == Remoteness::Accessible ? 3 : 4;
    }
    else
    {
      result.eightFold = 6 + offset;
      result.sixFold = r == Remoteness::Accessible ? 5 : 6;
      result.threeFold = r == Remoteness::Accessible ? 2 : 3;
    }
    return result;
  }

  UrbanRuralClass fromEightFold( int eightFold )
  {
    UrbanRuralClass result;
    if ( eightFold < 1 || eightFold > 8 )
      return result;
    result.eightFold = eightFold;
    static constexpr std::array<int, 9> SIX_FOLD { 0, 1, 2, 3, 4, 4, 5, 6, 6 };
    result.sixFold = SIX_FOLD[static_cast<std::size_t>( eightFold )];
    result.threeFold = eightFold <= 5 ? 1 : ( eightFold == 6 ? 2 : 3 );
    result.twoFold = eightFold <= 5 ? 1 : 2;
    return result;
  }

  std::optional<int> majorityEightFold( const std::array<double, 9> &populationByClass )
  {
    std::optional<int> best;
    for ( int code = 1; code <= 8; ++code )
    {
      const double population = populationByClass[static_cast<std::size_t>( code )];
      if ( population > 0 && ( !best || population > populationByClass[static_cast<std::size_t>( *best )] ) )
        best = code;
    }
    return best;
  }

  namespace
  {
    template <std::size_t N>
    std::string label( const std::array<const char *, N> &labels, int code )
    {
      return code >= 1 && code <= static_cast<int>( N ) ? std::string( labels[static_cast<std::size_t>( code - 1 )] ) : std::string();
    }
  } // namespace

  std::string eightFoldLabel( int code )
  {
    return label( std::array<const char *, 8> { "Large Urban Areas", "Other Urban Areas", "Accessible Small Towns", "Remote Small Towns", "Very Remote Small Towns", "Accessible Rural Areas", "Remote Rural Areas", "Very Remote Rural Areas" }, code );
  }

  std::string sixFoldLabel( int code )
  {
    return label( std::array<const char *, 6> { "Large Urban Areas", "Other Urban Areas", "Accessible Small Towns", "Remote Small Towns", "Accessible Rural Areas", "Remote Rural Areas" }, code );
  }

  std::string threeFoldLabel( int code )
  {
    return label( std::array<const char *, 3> { "Rest of Scotland", "Accessible Rural Areas", "Remote Rural Areas" }, code );
  }

  std::string twoFoldLabel( int code )
  {
    return label( std::array<const char *, 2> { "Urban Areas", "Rural Areas" }, code );
  }

} // namespace placegap
