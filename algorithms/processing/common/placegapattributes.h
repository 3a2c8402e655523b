/***************************************************************************
  placegapattributes.h - reading numbers and join codes from attributes
 ***************************************************************************/
#ifndef PLACEGAPATTRIBUTES_H
#define PLACEGAPATTRIBUTES_H

#include "qgsfeatureid.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class QgsFields;

namespace placegap::attributes
{
  //! What was found in a field that should hold a number.
  enum class NumberStatus
  {
    Number,    //!< A finite number (from a numeric field, or text such as "85.2").
    Null,      //!< NULL or an empty string.
    NotNumber, //!< Text that is not a number, such as "c" or "*" for a suppressed figure.
  };

  struct Number
  {
      NumberStatus status = NumberStatus::Null;
      double value = 0;
      //! What the field holds instead of a number, for messages: "NULL", "NaN (not a number)", "infinite", "'c', not a number".
      QString problem = QStringLiteral( "NULL" );
  };

  /**
   * Reads a number from a numeric field or from text (published attainment tables often
   * store figures as text with "c" or "*" for suppressed values). Text is read with a dot
   * as the decimal separator, surrounding blanks ignored; infinities and NaN are NotNumber.
   */
  Number readNumber( const QVariant &value );

  /**
   * Why number cannot be a count of people or places (NULL, NaN, infinite, text, or negative), in
   * the words of messages ("NaN (not a number)", "negative (-3)"); empty when it can.
   */
  QString countProblem( const Number &number );

  //! A join code as text, blanks trimmed; integral numbers without decimals (123.0 -> "123"). Empty for NULL.
  QString codeKey( const QVariant &value );

  //! "Feature 12", the way every PlaceGap message names a feature.
  QString featureLabel( QgsFeatureId id );

  //! Up to shown items joined by ", ", followed by "and N more" when there are more.
  QString listSome( const QStringList &items, int shown = 20 );

  //! Why field (chosen as parameterName, see PlaceGapAlgorithm::named) cannot be used: missing from fields; or an empty string.
  QString missingField( const QgsFields &fields, const QString &field, const QString &parameterName, const QString &layerName );

  //! Why the output cannot add outputNames to a copy of fields: the first of them fields already has; or an empty string.
  QString clashingOutputField( const QgsFields &fields, const QStringList &outputNames, const QString &layerName );
} // namespace placegap::attributes

#endif // PLACEGAPATTRIBUTES_H
