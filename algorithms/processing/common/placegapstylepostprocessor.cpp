/***************************************************************************
  placegapstylepostprocessor.cpp - bundled styles applied to outputs as they load
 ***************************************************************************/
#include "placegapstylepostprocessor.h"

#include "placegapcompat.h"
#include "placegapinstalleddata.h"
#include "placegaptr.h"

#include "qgscategorizedsymbolrenderer.h"
#include "qgsgraduatedsymbolrenderer.h"
#include "qgsprocessingfeedback.h"
#include "qgsrasterlayer.h"
#include "qgsvectorlayer.h"

PlaceGapStylePostProcessor::PlaceGapStylePostProcessor( const QString &styleFile, const QString &classField )
    : PlaceGapStylePostProcessor( Styles { styleFile, QString(), QString() }, classField )
{
}

PlaceGapStylePostProcessor::PlaceGapStylePostProcessor( const Styles &styles, const QString &classField, int dataClasses )
    : mStyles( styles ), mClassField( classField ), mDataClasses( dataClasses )
{
}

void PlaceGapStylePostProcessor::postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &, QgsProcessingFeedback *feedback )
{
  if ( QgsRasterLayer *rasterLayer = qobject_cast<QgsRasterLayer *>( layer ) )
  {
    if ( mRasterStyle.isEmpty() )
      return;
    const QString path = placegap::installed::dataPath( QStringLiteral( "styles/" ) + mRasterStyle );
    bool loaded = false;
    const QString message = path.isEmpty() ? QString() : rasterLayer->loadNamedStyle( path, loaded );
    if ( !loaded && feedback )
      feedback->pushWarning( PlaceGap::tr( "The PlaceGap style %1 could not be applied: %2" ).arg( mRasterStyle, path.isEmpty() ? PlaceGap::tr( "not installed" ) : message ) );
    return;
  }
  QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
  if ( !vectorLayer )
    return;
  QString styleFile;
  if ( vectorLayer->geometryType() == placegap::compat::GEOMETRY_POLYGON )
    styleFile = mStyles.polygon;
  else if ( vectorLayer->geometryType() == placegap::compat::GEOMETRY_POINT )
    styleFile = mStyles.point;
  else if ( vectorLayer->geometryType() == placegap::compat::GEOMETRY_LINE )
    styleFile = mStyles.line;
  // Geometry types without a bundled style, and tables, keep QGIS's default look.
  if ( styleFile.isEmpty() )
    return;
  const QString path = placegap::installed::dataPath( QStringLiteral( "styles/" ) + styleFile );
  bool loaded = false;
  const QString message = path.isEmpty() ? QString() : vectorLayer->loadNamedStyle( path, loaded );
  if ( !loaded )
  {
    if ( feedback )
      feedback->pushWarning( PlaceGap::tr( "The PlaceGap style %1 could not be applied: %2" ).arg( styleFile, path.isEmpty() ? PlaceGap::tr( "not installed" ) : message ) );
    return;
  }
  QgsCategorizedSymbolRenderer *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>( vectorLayer->renderer() );
  QgsGraduatedSymbolRenderer *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>( vectorLayer->renderer() );
  if ( !mClassField.isEmpty() )
  {
    if ( categorized )
      categorized->setClassAttribute( mClassField );
    else if ( graduated )
      graduated->setClassAttribute( mClassField );
  }
  if ( graduated && mDataClasses > 0 )
  {
    // updateClasses() keeps the style's classification method and recolours from its source ramp.
    graduated->updateClasses( vectorLayer, mDataClasses );
  }
}

void PlaceGapStylePostProcessor::attach( QgsProcessingContext &context, const QString &destination, const QString &styleFile, const QString &classField )
{
  attach( context, destination, Styles { styleFile, QString(), QString() }, classField );
}

void PlaceGapStylePostProcessor::attach( QgsProcessingContext &context, const QString &destination, const Styles &styles, const QString &classField, int dataClasses )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new PlaceGapStylePostProcessor( styles, classField, dataClasses ) );
}

void PlaceGapStylePostProcessor::attachRaster( QgsProcessingContext &context, const QString &destination, const QString &styleFile )
{
  if ( !context.willLoadLayerOnCompletion( destination ) )
    return;
  PlaceGapStylePostProcessor *postProcessor = new PlaceGapStylePostProcessor( QString() );
  postProcessor->mRasterStyle = styleFile;
  context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( postProcessor );
}
