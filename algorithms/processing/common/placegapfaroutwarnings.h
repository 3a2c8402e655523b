/***************************************************************************
  placegapfaroutwarnings.h - warnings naming values far from all the others
 ***************************************************************************/
#ifndef PLACEGAPFAROUTWARNINGS_H
#define PLACEGAPFAROUTWARNINGS_H

#include <QString>

#include <cstddef>
#include <functional>
#include <vector>

class PlaceGapFeatureWarnings;

namespace placegap
{
  /**
   * Names each of \a values far from the rest (placegap::farOutValues: a typo such as 1e300, a
   * missing-value code such as 99999) in a warning: "<labelOf(i)>: <field> holds <value>, <z>
   * robust standard deviations from the median; check it (a typo or a code for a missing
   * value?): <consequence>"; the caller summarizes \a warnings.
   */
  void warnFarOutValues( PlaceGapFeatureWarnings &warnings, const std::vector<double> &values, const std::function<QString( std::size_t )> &labelOf, const QString &field, const QString &consequence );
} // namespace placegap

#endif // PLACEGAPFAROUTWARNINGS_H
