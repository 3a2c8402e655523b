/***************************************************************************
  bivariateclasses.h - deprivation x attainment classes and their labels
 ***************************************************************************/
#ifndef PLACEGAP_CORE_BIVARIATECLASSES_H
#define PLACEGAP_CORE_BIVARIATECLASSES_H

#include <string>

namespace placegap
{

  //! Smallest and largest number of classes per axis of a bivariate map.
  constexpr int MIN_BIVARIATE_CLASSES = 2;
  constexpr int MAX_BIVARIATE_CLASSES = 5;

  /**
   * Index 1..classes^2 of a bivariate class: ( deprivationClass - 1 ) * classes + attainmentClass.
   * Deprivation class 1 is the most deprived, attainment class 1 the lowest attainment, so
   * index 1 is "most deprived / low attainment" and classes^2 "least deprived / high attainment".
   */
  int bivariateIndex( int deprivationClass, int attainmentClass, int classes );

  //! "d-a", e.g. "1-3": the code legends and bivariate palettes key on.
  std::string bivariateCode( int deprivationClass, int attainmentClass );

  /**
   * Words for a deprivation class (1 = most deprived) when there are classes classes:
   * 2: more / less deprived; 3: most deprived, mid deprivation, least deprived;
   * 4: most, more, less, least deprived; 5: most, more, mid deprivation, less, least deprived.
   * Empty for a class or count outside 2..5.
   */
  std::string deprivationLabel( int deprivationClass, int classes );

  /**
   * Words for an attainment class (1 = lowest): 2: low, high; 3: low, mid, high;
   * 4: low, lower-mid, upper-mid, high; 5: lowest, low, mid, high, highest, each followed
   * by " attainment". Empty for a class or count outside 2..5.
   */
  std::string attainmentLabel( int attainmentClass, int classes );

  //! "<deprivation label> / <attainment label>", e.g. "most deprived / low attainment".
  std::string bivariateLabel( int deprivationClass, int attainmentClass, int classes );

} // namespace placegap

#endif // PLACEGAP_CORE_BIVARIATECLASSES_H
