/***************************************************************************
  bivariateclasses.cpp - deprivation x attainment classes and their labels
 ***************************************************************************/
#include "bivariateclasses.h"

#include <array>

namespace placegap
{

  namespace
  {
    bool validClass( int cls, int classes )
    {
      return classes >= MIN_BIVARIATE_CLASSES && classes <= MAX_BIVARIATE_CLASSES && cls >= 1 && cls <= classes;
    }

    // Row = classes - 2, column = class - 1.
    const std::array<std::array<const char *, 5>, 4> DEPRIVATION_WORDS { {
        { "more deprived", "less deprived", "", "", "" },
        { "most deprived", "mid deprivation", "least deprived", "", "" },
        { "most deprived", "more deprived", "less deprived", "least deprived", "" },
        { "most deprived", "more deprived", "mid deprivation", "less deprived", "least deprived" },
    } };
    const std::array<std::array<const char *, 5>, 4> ATTAINMENT_WORDS { {
        { "low", "high", "", "", "" },
        { "low", "mid", "high", "", "" },
        { "low", "lower-mid", "upper-mid", "high", "" },
        { "lowest", "low", "mid", "high", "highest" },
    } };
  } // namespace

  int bivariateIndex( int deprivationClass, int attainmentClass, int classes )
  {
    return ( deprivationClass - 1 ) * classes + attainmentClass;
  }

  std::string bivariateCode( int deprivationClass, int attainmentClass )
  {
    return std::to_string( deprivationClass ) + '-' + std::to_string( attainmentClass );
  }

  std::string deprivationLabel( int deprivationClass, int classes )
  {
    if ( !validClass( deprivationClass, classes ) )
      return std::string();
    return DEPRIVATION_WORDS[static_cast<std::size_t>( classes - 2 )][static_cast<std::size_t>( deprivationClass - 1 )];
  }

  std::string attainmentLabel( int attainmentClass, int classes )
  {
    if ( !validClass( attainmentClass, classes ) )
      return std::string();
    return std::string( ATTAINMENT_WORDS[static_cast<std::size_t>( classes - 2 )][static_cast<std::size_t>( attainmentClass - 1 )] ) + " attainment";
  }

  std::string bivariateLabel( int deprivationClass, int attainmentClass, int classes )
  {
    if ( !validClass( deprivationClass, classes ) || !validClass( attainmentClass, classes ) )
      return std::string();
    return deprivationLabel( deprivationClass, classes ) + " / " + attainmentLabel( attainmentClass, classes );
  }

} // namespace placegap
