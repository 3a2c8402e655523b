/***************************************************************************
  rankorder.h - the order of an origin's results: by seconds, ties by destination
 ***************************************************************************/
#ifndef PLACEGAP_CORE_RANKORDER_H
#define PLACEGAP_CORE_RANKORDER_H

#include "traveltimes.h"

#include <vector>

namespace placegap
{
  /**
   * Sorts an origin's results by seconds, times equal to the microsecond by destination index.
   * Sums of the same legs in another order (the reversed searches) differ in the last bits
   * only, so both directions rank destinations alike.
   */
  void sortRanked( std::vector<Reach> &reaches );
} // namespace placegap

#endif // PLACEGAP_CORE_RANKORDER_H
