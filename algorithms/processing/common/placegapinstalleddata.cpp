/***************************************************************************
  placegapinstalleddata.cpp - where PlaceGap's installed files are: README, styles, projects
 ***************************************************************************/
#include "placegapinstalleddata.h"

#include "placegapversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <QUrl>
#include <algorithm>

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

namespace
{
  //! The project's title and metadata abstract, read from the .qgs XML; an empty title when it is not a project.
  std::pair<QString, QString> titleAndAbstract( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return {};
    QXmlStreamReader xml( &file );
    QString title;
    QString abstract;
    bool inMetadata = false;
    while ( !xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid )
    {
      if ( xml.isStartElement() && xml.name() == QLatin1String( "qgis" ) )
        title = xml.attributes().value( QLatin1String( "projectname" ) ).toString();
      else if ( xml.isStartElement() && xml.name() == QLatin1String( "projectMetadata" ) )
        inMetadata = true;
      else if ( xml.isEndElement() && xml.name() == QLatin1String( "projectMetadata" ) )
        break;
      else if ( inMetadata && xml.isStartElement() && xml.name() == QLatin1String( "abstract" ) )
        abstract = xml.readElementText();
    }
    return { title, abstract };
  }
} // namespace

QList<placegap::installed::SampleProject> placegap::installed::sampleProjectsIn( const QString &folder )
{
  QList<SampleProject> projects;
  const QDir dir( folder );
  for ( const QString &name : dir.entryList( { QStringLiteral( "*.qgs" ) }, QDir::Files, QDir::Name ) )
  {
    const auto [title, abstract] = titleAndAbstract( dir.filePath( name ) );
    if ( title.isEmpty() )
      continue;
    SampleProject project;
    project.path = dir.filePath( name );
    project.title = title;
    project.description = abstract.section( QStringLiteral( "\n\n" ), 0, 0 ).trimmed();
    // One line: the first sentence that says what the project shows ("Teaching session 1." is its place in the course).
    const QStringList sentences = project.description.split( QStringLiteral( ". " ), Qt::SkipEmptyParts );
    for ( const QString &sentence : sentences )
    {
      if ( !sentence.startsWith( QLatin1String( "Teaching session" ) ) )
      {
        project.summary = sentence.trimmed();
        break;
      }
    }
    constexpr int longest = 150;
    if ( project.summary.size() > longest )
      project.summary = project.summary.left( longest - 1 ).trimmed() + QChar( 0x2026 );
    projects << project;
  }
  std::sort( projects.begin(), projects.end(), []( const SampleProject &a, const SampleProject &b )
             { return a.title < b.title; } );
  return projects;
}
