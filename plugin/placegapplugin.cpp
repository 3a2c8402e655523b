/***************************************************************************
  placegapplugin.cpp - the PlaceGap desktop plugin
 ***************************************************************************/
#include "placegapplugin.h"

#include "placegapprovider.h"
#include "placegapversion.h"

#include "qgisinterface.h"
#include "qgsapplication.h"
#include "qgsprocessingregistry.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QFileInfo>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace
{
  const QString PROVIDER_ID = QStringLiteral( "placegap" );

  QString menuName()
  {
    return QObject::tr( "&PlaceGap" );
  }

  //! <prefix>/share/placegap for the plugin library at <prefix>/lib/qgis/plugins.
  QString dataDirectoryBesideLibrary()
  {
#ifdef Q_OS_UNIX
    Dl_info info;
    if ( dladdr( reinterpret_cast<void *>( &dataDirectoryBesideLibrary ), &info ) && info.dli_fname )
      return QFileInfo( QString::fromLocal8Bit( info.dli_fname ) ).absoluteDir().absoluteFilePath( QStringLiteral( "../../../share/placegap" ) );
#endif
    return QString();
  }
} // namespace

static const QString sName = QStringLiteral( "PlaceGap" );
static const QString sDescription = QStringLiteral( "Place, poverty and school attainment: deprivation and attainment overlays, rurality classification and service accessibility as Processing algorithms." );
static const QString sCategory = QStringLiteral( "Plugins" );
static const QString sVersion = QStringLiteral( PLACEGAP_VERSION );
static const QString sIcon = QStringLiteral( ":/placegap/placegap.svg" );

PlaceGapPlugin::PlaceGapPlugin( QgisInterface *iface )
  : QgisPlugin( sName, sDescription, sCategory, sVersion, QgisPlugin::UI )
  , mIface( iface )
{
}

void PlaceGapPlugin::initGui()
{
  PlaceGapProvider::setInstalledDataDirectory( QDir::cleanPath( dataDirectoryBesideLibrary() ) );

  // A provider left behind by a crashed earlier instance would make addProvider fail.
  if ( !QgsApplication::processingRegistry()->providerById( PROVIDER_ID ) )
    mProviderAdded = QgsApplication::processingRegistry()->addProvider( new PlaceGapProvider() );

  QAction *help = new QAction( QIcon( sIcon ), tr( "Help" ), this );
  connect( help, &QAction::triggered, this, &PlaceGapPlugin::showHelp );
  QAction *samples = new QAction( tr( "Sample Projects…" ), this );
  connect( samples, &QAction::triggered, this, &PlaceGapPlugin::openSampleProject );
  mActions << samples << help;
  for ( QAction *action : std::as_const( mActions ) )
    mIface->addPluginToMenu( menuName(), action );
}

void PlaceGapPlugin::unload()
{
  for ( QAction *action : std::as_const( mActions ) )
  {
    mIface->removePluginMenu( menuName(), action );
    delete action;
  }
  mActions.clear();
  if ( mProviderAdded )
  {
    // The registry owns the provider and deletes it here.
    if ( QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( PROVIDER_ID ) )
      QgsApplication::processingRegistry()->removeProvider( provider );
    mProviderAdded = false;
  }
}

void PlaceGapPlugin::showHelp()
{
  const QString url = PlaceGapProvider::documentationUrl();
  if ( url.isEmpty() || !QDesktopServices::openUrl( QUrl( url ) ) )
    QMessageBox::information( mIface->mainWindow(), tr( "PlaceGap" ), tr( "The PlaceGap documentation (README.md) was not found beside the plugin. Reinstall PlaceGap with 'cmake --install'." ) );
}

void PlaceGapPlugin::openSampleProject()
{
  const QString folder = PlaceGapProvider::dataPath( QStringLiteral( "sample-projects" ) );
  const QStringList projects = folder.isEmpty() ? QStringList() : QDir( folder ).entryList( { QStringLiteral( "*.qgs" ), QStringLiteral( "*.qgz" ) }, QDir::Files, QDir::Name );
  if ( projects.isEmpty() )
  {
    QMessageBox::information( mIface->mainWindow(), tr( "PlaceGap Sample Projects" ), tr( "No sample projects are installed yet. The Processing algorithms are in the Processing Toolbox under PlaceGap." ) );
    return;
  }
  const QString project = QFileDialog::getOpenFileName( mIface->mainWindow(), tr( "Open a PlaceGap Sample Project" ), folder, tr( "QGIS projects (*.qgs *.qgz)" ) );
  if ( !project.isEmpty() )
    mIface->addProject( project );
}

// Entry points QGIS resolves when it loads a C++ plugin library.
QGISEXTERN QgisPlugin *classFactory( QgisInterface *iface )
{
  return new PlaceGapPlugin( iface );
}

QGISEXTERN const QString *name()
{
  return &sName;
}

QGISEXTERN const QString *description()
{
  return &sDescription;
}

QGISEXTERN const QString *category()
{
  return &sCategory;
}

QGISEXTERN int type()
{
  return QgisPlugin::UI;
}

QGISEXTERN const QString *version()
{
  return &sVersion;
}

QGISEXTERN const QString *icon()
{
  return &sIcon;
}

QGISEXTERN void unload( QgisPlugin *plugin )
{
  delete plugin;
}
