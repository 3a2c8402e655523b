/***************************************************************************
  publishedcell.h - a cell of a published statistical table, as an interval
 ***************************************************************************/
#ifndef PLACEGAP_CORE_PUBLISHEDCELL_H
#define PLACEGAP_CORE_PUBLISHEDCELL_H

#include <string>

namespace placegap
{

  //! What a publisher wrote in a cell.
  enum class CellStatus
  {
    Value,         //!< a number or percentage: lower == upper == the value
    Suppressed,    //!< [c], c, * or **: withheld, somewhere in the suppressed range
    Banded,        //!< 97-100%, <5, >95, [low]: somewhere in the band
    NotApplicable, //!< z, [z], x, [x], - or ..: no value exists or none was collected
    Empty,         //!< nothing at all
    Unreadable,    //!< text that fits none of the forms above
  };

  //! Where a suppressed value or an open band may lie: the scale's limits or a disclosure rule.
  struct CellRange
  {
      double lowest = 0;
      double highest = 100;
  };

  //! A published cell: its status and the closed interval [lower, upper] the true value lies in.
  struct PublishedCell
  {
      CellStatus status = CellStatus::Empty;
      double lower = 0; //!< NaN for NotApplicable, Empty and Unreadable
      double upper = 0;

      //! True for a value, a suppressed cell or a band: there is something to estimate with.
      bool isUsable() const { return status == CellStatus::Value || status == CellStatus::Suppressed || status == CellStatus::Banded; }
      //! True when the value is known only as an interval.
      bool isCensored() const { return status == CellStatus::Suppressed || status == CellStatus::Banded; }
  };

  /**
   * Reads a cell as statistical publishers write it (GSS symbols as Scottish Government and ONS
   * tables use them). Blanks around and inside are ignored, case does not matter, and a trailing
   * "%" is dropped from every number.
   *
   * - "85", "85.3", "85.3%", "-2.5": a value.
   * - "[c]", "c", "*", "**": suppressed: [suppressed.lowest, suppressed.highest].
   * - "97-100%", "97 to 100": a band [97, 100]; "<5", "<=5": [suppressed.lowest, 5]; ">95",
   *   ">=95": [95, suppressed.highest]; "[low]" (rounds to zero): [suppressed.lowest, 0.5].
   *   A band is cut to the suppressed range where it runs beyond it.
   * - "z", "[z]", "x", "[x]", "-", "..", "n/a": not applicable.
   * - "": empty. Anything else, a band whose ends are reversed ("100-97") or one wholly outside
   *   the range, and numbers that are not finite: unreadable.
   */
  PublishedCell parsePublishedCell( const std::string &text, const CellRange &suppressed = CellRange() );

  //! "value", "suppressed", "banded", "not applicable", "empty" or "unreadable".
  const char *cellStatusName( CellStatus status );

} // namespace placegap

#endif // PLACEGAP_CORE_PUBLISHEDCELL_H
