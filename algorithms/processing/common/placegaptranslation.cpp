/***************************************************************************
  placegaptranslation.cpp - PlaceGap's strings in the language QGIS speaks
 ***************************************************************************/
#include "placegaptranslation.h"

#include "placegapinstalleddata.h"

#include "qgsapplication.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTranslator>
#include <memory>

QString placegap::translation::install( const QString &locale )
{
  // One translator for the process: the plugin and the provider both ask, and a second
  // translator for the same strings would only shadow the first.
  static QTranslator *translator = nullptr;
  if ( translator )
    return translator->filePath();
  if ( locale.isEmpty() || locale.startsWith( QLatin1String( "en" ) ) || locale == QLatin1String( "C" ) )
    return QString();
  const QString folder = placegap::installed::dataPath( QStringLiteral( "i18n" ) );
  if ( folder.isEmpty() )
    return QString();
  auto candidate = std::make_unique<QTranslator>( QCoreApplication::instance() );
  // load() also tries the shorter names: placegap_fr_FR, then placegap_fr.
  if ( !candidate->load( QStringLiteral( "placegap_" ) + locale, folder ) )
    return QString();
  QCoreApplication::installTranslator( candidate.get() );
  translator = candidate.release();
  return translator->filePath();
}

QString placegap::translation::installForQgisLocale()
{
  return install( QgsApplication::locale() );
}
