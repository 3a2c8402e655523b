/***************************************************************************
  placegaperrortext.cpp - the text of a QGIS error, safe when it holds no message
 ***************************************************************************/
#include "placegaperrortext.h"

#include "qgserror.h"

QString placegap::errorText( const QgsError &error, const QString &fallback )
{
  if ( error.isEmpty() || error.messageList().isEmpty() )
    return fallback;
  const QString text = error.summary().trimmed();
  return text.isEmpty() ? fallback : text;
}
