/***************************************************************************
  placegapprovider.cpp - the "placegap" Processing provider
 ***************************************************************************/
#include "placegapprovider.h"

#include "placegapalgorithmattainmentgap.h"
#include "placegapalgorithmattainmentresiduals.h"
#include "placegapalgorithmbivariatelisa.h"
#include "placegapalgorithmbuildsampledata.h"
#include "placegapalgorithmcatchmentprofile.h"
#include "placegapalgorithmcostsurfacetraveltime.h"
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
#include "placegapinstalleddata.h"
#include "placegaptranslation.h"
#include "placegapversion.h"
#include "placegapworkflowmodel.h"

#include "qgsmessagelog.h"

#include <QDir>
#include <QIcon>

// Resources of a static library must be registered by name, outside any namespace.
static void initPlaceGapResources()
{
  Q_INIT_RESOURCE( placegap );
}

PlaceGapProvider::PlaceGapProvider( QObject *parent )
    : QgsProcessingProvider( parent )
{
  initPlaceGapResources();
  // Before any algorithm builds its parameters, whose labels are translated as they are made.
  placegap::translation::installForQgisLocale();
}

QIcon PlaceGapProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapProvider::svgIconPath() const
{
  return placegap::installed::iconPath();
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

QStringList PlaceGapProvider::supportedOutputRasterLayerExtensions() const
{
  return { QStringLiteral( "tif" ), QStringLiteral( "tiff" ) };
}

bool PlaceGapProvider::supportsNonFileBasedOutput() const
{
  return true;
}

// Alphabetical by algorithm id, as in QGIS's own registry.
void PlaceGapProvider::loadAlgorithms()
{
  addAlgorithm( new PlaceGapAttainmentGapAlgorithm() );
  addAlgorithm( new PlaceGapAttainmentResidualsAlgorithm() );
  addAlgorithm( new PlaceGapBivariateLisaAlgorithm() );
  addAlgorithm( new PlaceGapBuildSampleDataAlgorithm() );
  addAlgorithm( new PlaceGapCatchmentProfileAlgorithm() );
  addAlgorithm( new PlaceGapCostSurfaceTravelTimeAlgorithm() );
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
  addWorkflowModels();
}

// The workflow models installed with the sample projects, in their own group ("PlaceGap
// workflows"), so a class finds them in the toolbox as soon as the plugin is enabled.
void PlaceGapProvider::addWorkflowModels()
{
  const QString folder = placegap::installed::dataPath( QStringLiteral( "sample-projects/models" ) );
  if ( folder.isEmpty() )
    return;
  const QDir dir( folder );
  for ( const QString &file : dir.entryList( { QStringLiteral( "*.model3" ) }, QDir::Files, QDir::Name ) )
  {
    QString error;
    if ( PlaceGapWorkflowModel *model = PlaceGapWorkflowModel::fromModelFile( dir.filePath( file ), &error ) )
      addAlgorithm( model );
    else
      QgsMessageLog::logMessage( error, QStringLiteral( "PlaceGap" ), Qgis::MessageLevel::Warning );
  }
}
