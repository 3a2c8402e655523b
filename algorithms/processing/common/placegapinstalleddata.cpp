/***************************************************************************
  placegapinstalleddata.cpp - where PlaceGap's installed files are: README, styles, projects
 ***************************************************************************/
#include "placegapinstalleddata.h"

#include "placegapversion.h"

#include <QFileInfo>
#include <QUrl>

namespace
{
  QString &installedDataDirectory()
  {
    static QString directory;
    return directory;
  }
} // namespace

void placegap::installed::setDataDirectory( const QString &directory )
{
  installedDataDirectory() = directory;
}

QString placegap::installed::dataPath( const QString &relativePath )
{
  // Where this copy was installed, where the build was configured to install, the source tree.
  for ( const QString &root : { installedDataDirectory(), QStringLiteral( PLACEGAP_INSTALLED_DATA_DIR ), QStringLiteral( PLACEGAP_BUILD_HTML_DIR ), QStringLiteral( PLACEGAP_SOURCE_DIR ) } )
  {
    if ( root.isEmpty() )
      continue;
    const QString candidate = root + '/' + relativePath;
    if ( QFileInfo::exists( candidate ) )
      return candidate;
  }
  return QString();
}

QString placegap::installed::documentationUrl( const QString &page, const QString &anchor )
{
  // A browser shows the HTML page as it reads; the Markdown is the fallback of a bare source tree.
  QString file = dataPath( page + QStringLiteral( ".html" ) );
  if ( file.isEmpty() )
    file = dataPath( page + QStringLiteral( ".md" ) );
  if ( file.isEmpty() )
    return QString();
  QUrl url = QUrl::fromLocalFile( file );
  if ( !anchor.isEmpty() )
    url.setFragment( anchor );
  return url.toString();
}

QString placegap::installed::algorithmHelpUrl( const QString &page, const QString &algorithmName )
{
  return documentationUrl( QStringLiteral( "docs/%1" ).arg( page ), QStringLiteral( "placegap" ) + algorithmName );
}

QString placegap::installed::iconPath()
{
  return QStringLiteral( ":/placegap/placegap.svg" );
}
