/***************************************************************************
  placegapstylepostprocessor.cpp - bundled styles applied to outputs as they load
 ***************************************************************************/
#include "placegapstylepostprocessor.h"

#include "placegapcompat.h"
#include "placegapprovider.h"

#include "qgscategorizedsymbolrenderer.h"
#include "qgsgraduatedsymbolrenderer.h"
#include "qgsprocessingfeedback.h"
#include "qgsvectorlayer.h"

PlaceGapStylePostProcessor::PlaceGapStylePostProcessor( const QString &styleFile, const QString &classField )
  : mStyleFile( styleFile )
  , mClassField( classField )
{
}

void PlaceGapStylePostProcessor::postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &, QgsProcessingFeedback *feedback )
{
  QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
  // The bundled styles draw polygons; points and tables keep QGIS's default look.
  if ( !vectorLayer || vectorLayer->geometryType() != placegap::compat::GEOMETRY_POLYGON )
    return;
  const QString path = PlaceGapProvider::dataPath( QStringLiteral( "styles/" ) + mStyleFile );
  bool loaded = false;
  const QString message = path.isEmpty() ? QString() : vectorLayer->loadNamedStyle( path, loaded );
  if ( !loaded )
  {
    if ( feedback )
      feedback->pushWarning( QObject::tr( "The PlaceGap style %1 could not be applied: %2" ).arg( mStyleFile, path.isEmpty() ? QObject::tr( "not installed" ) : message ) );
    return;
  }
  if ( mClassField.isEmpty() )
    return;
  if ( QgsCategorizedSymbolRenderer *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>( vectorLayer->renderer() ) )
    categorized->setClassAttribute( mClassField );
  else if ( QgsGraduatedSymbolRenderer *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>( vectorLayer->renderer() ) )
    graduated->setClassAttribute( mClassField );
}

void PlaceGapStylePostProcessor::attach( QgsProcessingContext &context, const QString &destination, const QString &styleFile, const QString &classField )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new PlaceGapStylePostProcessor( styleFile, classField ) );
}
