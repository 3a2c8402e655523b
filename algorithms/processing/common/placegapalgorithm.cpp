/***************************************************************************
  placegapalgorithm.cpp - what every PlaceGap algorithm shares: help, icon, provenance
 ***************************************************************************/
#include "placegapalgorithm.h"

#include "placegapinstalleddata.h"
#include "placegapprovenance.h"

#include "qgsexception.h"

#include <QFileInfo>
#include <QIcon>

QString PlaceGapAlgorithm::helpUrl() const
{
  return placegap::installed::algorithmHelpUrl( documentationPage(), name() );
}

QIcon PlaceGapAlgorithm::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapAlgorithm::svgIconPath() const
{
  return placegap::installed::iconPath();
}

QVariantMap PlaceGapAlgorithm::withProvenance( const QVariantMap &parameters, const QVariantMap &outputs )
{
  mRunParameters = parameters;
  mRunOutputs = outputs;
  return outputs;
}

QString PlaceGapAlgorithm::geoTiffOutput( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context ) const
{
  const QString path = parameterAsOutputLayer( parameters, name, context );
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix != QLatin1String( "tif" ) && suffix != QLatin1String( "tiff" ) )
    throw QgsProcessingException( QObject::tr( "%1 is '%2': PlaceGap writes rasters as GeoTIFF; give a file name ending in .tif." ).arg( name, path ) );
  return path;
}

QVariantMap PlaceGapAlgorithm::postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  placegap::provenance::write( *this, mRunParameters, mRunOutputs, context, feedback );
  return QVariantMap();
}
