/***************************************************************************
  placegapprovenance.cpp - where an output came from, written into its metadata
 ***************************************************************************/
#include "placegapprovenance.h"

#include "placegaptr.h"
#include "placegapversion.h"

#include "qgis.h"
#include "qgslayermetadata.h"
#include "qgsmaplayer.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingoutputs.h"
#include "qgsprocessingparameters.h"
#include "qgsrasterlayer.h"
#include "qgsvectorlayer.h"

#include <QDateTime>
#include <QFileInfo>

#include <gdal.h>

#include <memory>

namespace
{
  //! The layer names of a GeoPackage, read with GDAL; empty when it cannot be opened.
  QStringList geoPackageLayers( const QString &file )
  {
    QStringList names;
    GDALDatasetH dataset = GDALOpenEx( file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
    if ( !dataset )
      return names;
    for ( int i = 0; i < GDALDatasetGetLayerCount( dataset ); ++i )
      names << QString::fromUtf8( OGR_L_GetName( GDALDatasetGetLayer( dataset, i ) ) );
    GDALClose( dataset );
    return names;
  }

  //! "Made by <id> (PlaceGap <version>, QGIS <version>) on <UTC time>": the record's first history line.
  QString madeByLine( const QgsProcessingAlgorithm &algorithm )
  {
    return QStringLiteral( "Made by %1 (PlaceGap %2, QGIS %3) on %4" )
        .arg( algorithm.id(), QStringLiteral( PLACEGAP_VERSION ), Qgis::version(), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) );
  }

  //! Also in a GeoTIFF's own metadata (TIFF tags GDAL reads back, shown by gdalinfo), for tools other than QGIS.
  void tagRaster( const QString &file, const QgsLayerMetadata &record )
  {
    GDALDatasetH dataset = GDALOpen( file.toUtf8().constData(), GA_Update );
    if ( !dataset )
      return;
    GDALSetMetadataItem( dataset, "PLACEGAP_PROVENANCE", record.history().join( QLatin1Char( '\n' ) ).toUtf8().constData(), nullptr );
    GDALClose( dataset );
  }

  //! Saves the layer's metadata where QGIS reads it back: the provider's store, else a .qmd sidecar.
  bool saveMetadata( QgsMapLayer &layer )
  {
    bool saved = false;
    layer.saveDefaultMetadata( saved );
    if ( !saved )
      layer.saveNamedMetadata( layer.metadataUri(), saved );
    return saved;
  }
} // namespace

QgsLayerMetadata placegap::provenance::metadata( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &outputName, QgsProcessingContext &context )
{
  QStringList history { madeByLine( algorithm ) };
  QStringList inputs;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    if ( !parameters.contains( definition->name() ) )
      continue;
    // QGIS's own serialisation of a value, as its Processing history shows it: layers by source.
    const QString value = definition->valueAsPythonString( parameters.value( definition->name() ), context );
    history << QStringLiteral( "%1 = %2" ).arg( definition->name(), value );
    if ( !definition->isDestination() && ( definition->type() == QgsProcessingParameterFeatureSource::typeName() || definition->type() == QgsProcessingParameterVectorLayer::typeName() || definition->type() == QgsProcessingParameterRasterLayer::typeName() || definition->type() == QgsProcessingParameterMapLayer::typeName() || definition->type() == QgsProcessingParameterFile::typeName() ) )
      inputs << QStringLiteral( "%1: %2" ).arg( definition->name(), value );
  }

  QgsLayerMetadata record;
  record.setIdentifier( QStringLiteral( "%1/%2" ).arg( algorithm.id(), outputName ) );
  const QgsProcessingOutputDefinition *output = algorithm.outputDefinition( outputName );
  record.setTitle( QStringLiteral( "%1: %2" ).arg( algorithm.displayName(), output ? output->description() : outputName ) );
  record.setAbstract( PlaceGap::tr( "%1. Input sources: %2. Every parameter is listed in the history." )
                          .arg( history.first(), inputs.isEmpty() ? PlaceGap::tr( "none" ) : inputs.join( QLatin1String( "; " ) ) ) );
  record.setHistory( history );
  record.setKeywords( { { QStringLiteral( "PlaceGap" ), { algorithm.id() } } } );
  return record;
}

QStringList placegap::provenance::write( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QVariantMap &outputs, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QStringList written;
  for ( const QgsProcessingOutputDefinition *output : algorithm.outputDefinitions() )
  {
    const QString value = outputs.value( output->name() ).toString();
    const bool layerOutput = output->type() == QgsProcessingOutputVectorLayer::typeName() || output->type() == QgsProcessingOutputRasterLayer::typeName() || output->type() == QgsProcessingOutputMapLayer::typeName() || output->type() == QgsProcessingOutputFile::typeName();
    if ( value.isEmpty() || !layerOutput )
      continue;
    const QgsLayerMetadata record = metadata( algorithm, parameters, output->name(), context );

    // A temporary output lives in the context's store: the record goes on the layer.
    if ( QgsMapLayer *layer = context.temporaryLayerStore()->mapLayer( value ) )
    {
      layer->setMetadata( record );
      written << value;
      continue;
    }

    const QString file = value.section( '|', 0, 0 );
    if ( !QFileInfo( file ).isFile() )
      continue;
    QStringList uris;
    const bool isRaster = output->type() == QgsProcessingOutputRasterLayer::typeName();
    if ( !isRaster && file.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
    {
      const QString layerName = value.section( QStringLiteral( "|layername=" ), 1, 1 ).section( '|', 0, 0 );
      for ( const QString &name : geoPackageLayers( file ) )
      {
        if ( layerName.isEmpty() || name == layerName )
          uris << file + QStringLiteral( "|layername=" ) + name;
      }
    }
    else if ( output->type() != QgsProcessingOutputFile::typeName() )
      uris << value;
    if ( isRaster && file.endsWith( QLatin1String( ".tif" ), Qt::CaseInsensitive ) )
      tagRaster( file, record ); // before QGIS opens it: GDAL writes the tags only with no other handle open

    for ( const QString &uri : std::as_const( uris ) )
    {
      std::unique_ptr<QgsMapLayer> layer;
      if ( isRaster )
        layer = std::make_unique<QgsRasterLayer>( uri, QString(), QStringLiteral( "gdal" ) );
      else
      {
        QgsVectorLayer::LayerOptions options;
        options.loadDefaultStyle = false;
        layer = std::make_unique<QgsVectorLayer>( uri, QString(), QStringLiteral( "ogr" ), options );
      }
      if ( !layer->isValid() )
        continue;
      // Keep what the layer already says (a GeoPackage layer's description, its licence), add the record.
      QgsLayerMetadata layerRecord = layer->metadata();
      // A GeoPackage keeps its layers' identifiers unique: several layers made by one algorithm
      // (or by several runs into one file) are told apart by their name.
      const QString layerName = uri.section( QStringLiteral( "|layername=" ), 1 ).section( '|', 0, 0 );
      layerRecord.setIdentifier( layerName.isEmpty() ? record.identifier() : QStringLiteral( "%1 (%2)" ).arg( record.identifier(), layerName ) );
      if ( layerRecord.title().isEmpty() )
        layerRecord.setTitle( uris.size() > 1 ? record.title() + QStringLiteral( " (" ) + uri.section( QStringLiteral( "|layername=" ), 1 ) + ')' : record.title() );
      layerRecord.setAbstract( layerRecord.abstract().isEmpty() ? record.abstract() : layerRecord.abstract() + QStringLiteral( "\n\n" ) + record.abstract() );
      layerRecord.setHistory( record.history() );
      layerRecord.setKeywords( record.keywords() );
      layer->setMetadata( layerRecord );
      if ( saveMetadata( *layer ) )
        written << uri;
      else if ( feedback )
        feedback->pushWarning( PlaceGap::tr( "Could not record provenance (algorithm, parameters, inputs) in the metadata of %1." ).arg( uri ) );
    }
  }
  return written;
}
