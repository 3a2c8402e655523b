/***************************************************************************
  placegapplugin.cpp - the PlaceGap desktop plugin
 ***************************************************************************/
#include "placegapplugin.h"

#include "placegapalgorithmbuildsampledata.h"
#include "placegapinstalleddata.h"
#include "placegapprovider.h"
#include "placegapsampleprojectsdialog.h"
#include "placegaptr.h"
#include "placegaptranslation.h"
#include "placegapversion.h"

#include "qgisinterface.h"
#include "qgsapplication.h"
#include "qgsprocessingregistry.h"

#include "qgsstyle.h"
#include "qgsvectorlayer.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace
{
  const QString PROVIDER_ID = QStringLiteral( "placegap" );

  QString menuName()
  {
    return PlaceGap::tr( "&PlaceGap" );
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

  //! Whether the GeoPackage holds every layer the projects open (an older build may lack some).
  bool sampleDataIsComplete( const QString &geoPackage )
  {
    if ( !QFileInfo::exists( geoPackage ) )
      return false;
    QgsVectorLayer::LayerOptions options;
    options.loadDefaultStyle = false;
    for ( const QString &layer : { PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS, PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES, PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES,
                                   PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS, PlaceGapBuildSampleDataAlgorithm::LAYER_HOSPITALS, PlaceGapBuildSampleDataAlgorithm::LAYER_LAND,
                                   PlaceGapBuildSampleDataAlgorithm::LAYER_ISLANDS, PlaceGapBuildSampleDataAlgorithm::LAYER_SOURCES, PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_BIVARIATE,
                                   PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP, PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP_SUMMARY } )
    {
      if ( !QgsVectorLayer( geoPackage + QStringLiteral( "|layername=" ) + layer, layer, QStringLiteral( "ogr" ), options ).isValid() )
        return false;
    }
    return true;
  }
} // namespace

static const QString sName = QStringLiteral( "PlaceGap" );
static const QString sDescription = QStringLiteral( "Place, poverty and school attainment: deprivation and attainment overlays, rurality classification and service accessibility as Processing algorithms." );
static const QString sCategory = QStringLiteral( "Plugins" );
static const QString sVersion = QStringLiteral( PLACEGAP_VERSION );
static const QString sIcon = placegap::installed::iconPath();

PlaceGapPlugin::PlaceGapPlugin( QgisInterface *iface )
    : QgisPlugin( sName, sDescription, sCategory, sVersion, QgisPlugin::UI ), mIface( iface )
{
}

void PlaceGapPlugin::initGui()
{
  placegap::installed::setDataDirectory( QDir::cleanPath( dataDirectoryBesideLibrary() ) );
  placegap::translation::installForQgisLocale();

  // A provider left behind by a crashed earlier instance would make addProvider fail.
  if ( !QgsApplication::processingRegistry()->providerById( PROVIDER_ID ) )
    mProviderAdded = QgsApplication::processingRegistry()->addProvider( new PlaceGapProvider() );

  QAction *help = new QAction( QIcon( sIcon ), tr( "Help" ), this );
  connect( help, &QAction::triggered, this, &PlaceGapPlugin::showHelp );
  QAction *samples = new QAction( tr( "Sample Projects…" ), this );
  connect( samples, &QAction::triggered, this, &PlaceGapPlugin::openSampleProject );
  QAction *styles = new QAction( tr( "Load Styles" ), this );
  connect( styles, &QAction::triggered, this, &PlaceGapPlugin::loadStyles );
  mActions << samples << styles << help;
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
  const QString url = placegap::installed::documentationUrl();
  if ( url.isEmpty() )
  {
    QMessageBox::warning( mIface->mainWindow(), tr( "PlaceGap" ), tr( "The PlaceGap documentation (README.html) is not installed beside the plugin in %1. Reinstall PlaceGap (scripts/setup.sh, or 'cmake --install' of a build)." ).arg( QDir::cleanPath( dataDirectoryBesideLibrary() ) ) );
    return;
  }
  // Found, but the desktop may have no browser registered for it: say so, and where it is.
  if ( !QDesktopServices::openUrl( QUrl( url ) ) )
  {
    QMessageBox box( QMessageBox::Information, tr( "PlaceGap" ), tr( "No program on this computer opened the PlaceGap documentation. Open this address in a web browser:\n\n%1" ).arg( url ), QMessageBox::Ok, mIface->mainWindow() );
    box.setTextInteractionFlags( Qt::TextSelectableByMouse );
    box.exec();
  }
}

void PlaceGapPlugin::loadStyles()
{
  QWidget *parent = mIface->mainWindow();
  const QString library = placegap::installed::dataPath( QStringLiteral( "styles/placegap-style-library.xml" ) );
  if ( library.isEmpty() )
  {
    QMessageBox::warning( parent, tr( "PlaceGap Styles" ), tr( "The PlaceGap style library was not found beside the plugin. Reinstall PlaceGap with 'cmake --install'." ) );
    return;
  }
  QgsStyle *style = QgsStyle::defaultStyle();
  if ( !style->importXml( library ) )
  {
    QMessageBox::warning( parent, tr( "PlaceGap Styles" ), tr( "The PlaceGap style library could not be imported: %1" ).arg( style->errorString() ) );
    return;
  }
  QMessageBox::information( parent, tr( "PlaceGap Styles" ), tr( "PlaceGap's colour ramps (deprivation, bivariate, LISA, travel times, urban-rural) and symbols are now in the Style Manager, tagged 'PlaceGap'." ) );
}

void PlaceGapPlugin::openSampleProject()
{
  QWidget *parent = mIface->mainWindow();
  const QString installed = placegap::installed::dataPath( QStringLiteral( "sample-projects" ) );
  const QList<placegap::installed::SampleProject> projects = installed.isEmpty() ? QList<placegap::installed::SampleProject>() : placegap::installed::sampleProjectsIn( installed );
  if ( projects.isEmpty() )
  {
    QMessageBox::warning( parent, tr( "PlaceGap Sample Projects" ), tr( "No sample projects are installed. Reinstall PlaceGap (scripts/setup.sh, or 'cmake --install' of a build)." ) );
    return;
  }
  // The projects open northern_alliance.gpkg beside them, built from the shipped sources and
  // installed with them: open the installed copy as it is (nothing to build, nothing copied over
  // a project the user saved elsewhere).
  const QString geoPackage = QDir( installed ).filePath( QStringLiteral( "northern_alliance.gpkg" ) );
  if ( !sampleDataIsComplete( geoPackage ) )
  {
    QMessageBox::warning( parent, tr( "PlaceGap Sample Projects" ), tr( "The sample data %1 is missing or lacks layers the projects open. Reinstall PlaceGap (the build makes it from the shipped sources; see README.md)." ).arg( geoPackage ) );
    return;
  }
  PlaceGapSampleProjectsDialog dialog( projects, geoPackage, parent );
  if ( dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty() )
    return;
  mIface->addProject( dialog.chosenPath() );
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
