/***************************************************************************
  classbreaks.h - equal-count (quantile) classes of any measure
 ***************************************************************************/
#ifndef PLACEGAP_CORE_CLASSBREAKS_H
#define PLACEGAP_CORE_CLASSBREAKS_H

#include <vector>

namespace placegap
{

  /**
   * Equal-count classes (1..classes) of values, in input order; class 1 holds the lowest values.
   *
   * The n values are sorted ascending; a value at 1-based position p gets class
   * ceil( p * classes / n ), the SIMD rule with the values standing in for ranks. Values that
   * are equal form one block and all get the class of the block's mean position (positions 4
   * and 5 tied give 4.5), so a tie on a break is never split: with values 1, 2, 2, 3 in two
   * classes the tied 2s sit at mean position 2.5 and both go to class 2.
   *
   * The arithmetic is done on integers (twice the mean position), so exact breaks stay exact.
   * Returns an empty vector when values is empty or classes < 1. NaN values are not allowed.
   */
  std::vector<int> quantileClasses( const std::vector<double> &values, int classes );

  /**
   * The largest value in each class (index 0 = class 1) of a classification returned by
   * quantileClasses(); NaN for an empty class.
   */
  std::vector<double> classUpperBounds( const std::vector<double> &values, const std::vector<int> &classOfValue, int classes );

  /**
   * The class (1..) a value falls in under the thresholds upperBounds (from classUpperBounds();
   * NaN entries, empty classes, are skipped): the first class whose upper bound is at least the
   * value; above every bound, the last class that has one. 0 when no class has a bound.
   */
  int classOfValue( const std::vector<double> &upperBounds, double value );

  /**
   * The class every value of [lower, upper] falls in (classOfValue of both ends agree), as for a
   * published band ("97-100%") or a suppressed figure; 0 when the interval spans classes.
   */
  int classOfInterval( const std::vector<double> &upperBounds, double lower, double upper );

} // namespace placegap

#endif // PLACEGAP_CORE_CLASSBREAKS_H
