/***************************************************************************
  faroutvalues.h - values no real measure reaches: typos and missing-value codes
 ***************************************************************************/
#ifndef PLACEGAP_CORE_FAROUTVALUES_H
#define PLACEGAP_CORE_FAROUTVALUES_H

#include <cstddef>
#include <vector>

namespace placegap
{
  //! A value far from the others, with how far.
  struct FarOutValue
  {
      std::size_t index = 0;
      double robustZ = 0; //!< (value - median) / (1.4826 x median absolute deviation)
  };

  /**
   * The values more than \a limit robust standard deviations from the median, the robust
   * standard deviation being 1.4826 x the median absolute deviation (the standard deviation for
   * normal data, and not inflated by the far-out value itself as the ordinary one is: among 20
   * values no z-score can exceed sqrt(19), whatever one of them holds). None when half the
   * values or more are equal (the median absolute deviation is 0).
   */
  std::vector<FarOutValue> farOutValues( const std::vector<double> &values, double limit = 100 );
} // namespace placegap

#endif // PLACEGAP_CORE_FAROUTVALUES_H
