/***************************************************************************
  placegapprovider.cpp - the "placegap" Processing provider
 ***************************************************************************/
#include "placegapprovider.h"

#include "placegapalgorithmattainmentgap.h"
#include "placegapalgorithmattainmentresiduals.h"
#include "placegapalgorithmbivariatelisa.h"
#include "placegapalgorithmbuildsampledata.h"
#include "placegapalgorithmcatchmentprofile.h"
#include "placegapalgorithmdegreeofurbanisation.h"
#include "placegapalgorithmdeprivationattainmentoverlay.h"
#include "placegapalgorithmdeprivationquantiles.h"
#include "placegapalgorithmfloatingcatchment.h"
#include "placegapalgorithmislandflag.h"
#include "placegapalgorithmnearestservice.h"
#include "placegapalgorithmpopulationgrid.h"
#include "placegapalgorithmserviceareas.h"
#include "placegapalgorithmservicecoverage.h"
#include "placegapalgorithmtraveltimematrix.h"
#include "placegapalgorithmurbanruralclassification.h"
#include "placegapversion.h"

#include <QFileInfo>
#include <QIcon>
#include <QUrl>

// Resources of a static library must be registered by name, outside any namespace.
static void initPlaceGapResources()
{
  Q_INIT_RESOURCE( placegap );
}

PlaceGapProvider::PlaceGapProvider( QObject *parent )
  : QgsProcessingProvider( parent )
{
  initPlaceGapResources();
}

QIcon PlaceGapProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapProvider::svgIconPath() const
{
  return QStringLiteral( ":/placegap/placegap.svg" );
}

QString PlaceGapProvider::id() const
{
  return QStringLiteral( "placegap" );
}

QString PlaceGapProvider::helpId() const
{
  return QStringLiteral( "placegap" );
}

QString PlaceGapProvider::name() const
{
  return tr( "PlaceGap" );
}

QString PlaceGapProvider::longName() const
{
  return tr( "PlaceGap %1: place, poverty and school attainment" ).arg( QStringLiteral( PLACEGAP_VERSION ) );
}

QString PlaceGapProvider::versionInfo() const
{
  return QStringLiteral( PLACEGAP_VERSION );
}

bool PlaceGapProvider::supportsNonFileBasedOutput() const
{
  return true;
}

namespace
{
  QString &installedDataDirectory()
  {
    static QString directory;
    return directory;
  }
} // namespace

void PlaceGapProvider::setInstalledDataDirectory( const QString &directory )
{
  installedDataDirectory() = directory;
}

QString PlaceGapProvider::dataPath( const QString &relativePath )
{
  // Where this copy was installed, where the build was configured to install, the source tree.
  for ( const QString &root : { installedDataDirectory(), QStringLiteral( PLACEGAP_INSTALLED_DATA_DIR ), QStringLiteral( PLACEGAP_SOURCE_DIR ) } )
  {
    if ( root.isEmpty() )
      continue;
    const QString candidate = root + '/' + relativePath;
    if ( QFileInfo::exists( candidate ) )
      return candidate;
  }
  return QString();
}

QString PlaceGapProvider::documentationUrl( const QString &anchor )
{
  const QString readme = dataPath( QStringLiteral( "README.md" ) );
  if ( readme.isEmpty() )
    return QString();
  QUrl url = QUrl::fromLocalFile( readme );
  if ( !anchor.isEmpty() )
    url.setFragment( anchor );
  return url.toString();
}

QString PlaceGapProvider::groupDeprivationAttainment()
{
  return tr( "Deprivation and attainment" );
}

QString PlaceGapProvider::groupRurality()
{
  return tr( "Rurality" );
}

QString PlaceGapProvider::groupServiceAccessibility()
{
  return tr( "Service accessibility" );
}

QString PlaceGapProvider::groupSampleData()
{
  return tr( "Sample data" );
}

// Alphabetical by algorithm id, as in QGIS's own registry.
void PlaceGapProvider::loadAlgorithms()
{
  addAlgorithm( new PlaceGapAttainmentGapAlgorithm() );
  addAlgorithm( new PlaceGapAttainmentResidualsAlgorithm() );
  addAlgorithm( new PlaceGapBivariateLisaAlgorithm() );
  addAlgorithm( new PlaceGapBuildSampleDataAlgorithm() );
  addAlgorithm( new PlaceGapCatchmentProfileAlgorithm() );
  addAlgorithm( new PlaceGapDegreeOfUrbanisationAlgorithm() );
  addAlgorithm( new PlaceGapDeprivationAttainmentOverlayAlgorithm() );
  addAlgorithm( new PlaceGapDeprivationQuantilesAlgorithm() );
  addAlgorithm( new PlaceGapFloatingCatchmentAlgorithm() );
  addAlgorithm( new PlaceGapIslandFlagAlgorithm() );
  addAlgorithm( new PlaceGapNearestServiceAlgorithm() );
  addAlgorithm( new PlaceGapPopulationGridAlgorithm() );
  addAlgorithm( new PlaceGapServiceAreasAlgorithm() );
  addAlgorithm( new PlaceGapServiceCoverageAlgorithm() );
  addAlgorithm( new PlaceGapTravelTimeMatrixAlgorithm() );
  addAlgorithm( new PlaceGapUrbanRuralClassificationAlgorithm() );
}
