/***************************************************************************
  placegaperrortext.h - the text of a QGIS error, safe when it holds no message
 ***************************************************************************/
#ifndef PLACEGAPERRORTEXT_H
#define PLACEGAPERRORTEXT_H

#include <QString>

class QgsError;

namespace placegap
{
  /**
   * The first message of \a error, or \a fallback when it has none. QgsError::summary() reads
   * the first message unchecked and crashes on an empty error, which is what an invalid layer
   * carries when GDAL refuses a file without saying why (an empty or truncated file).
   */
  QString errorText( const QgsError &error, const QString &fallback );
} // namespace placegap

#endif // PLACEGAPERRORTEXT_H
