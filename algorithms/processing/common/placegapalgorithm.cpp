/***************************************************************************
  placegapalgorithm.cpp - what every PlaceGap algorithm shares: help, icon, provenance
 ***************************************************************************/
#include "placegapalgorithm.h"

#include "placegapcompat.h"
#include "placegapinstalleddata.h"
#include "placegapprovenance.h"
#include "placegapstagedfile.h"
#include "placegaptr.h"

#include "qgsexception.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingparameters.h"
#include "qgsvectorlayer.h"

#include <QIcon>

#include <cmath>

QString PlaceGapAlgorithm::helpUrl() const
{
  return placegap::installed::algorithmHelpUrl( documentationPage(), name() );
}

QString PlaceGapAlgorithm::withFullHelp( const QString &whatAndWhy )
{
  return whatAndWhy + QStringLiteral( "\n\n" ) + PlaceGap::tr( "The Help button opens the full page: how it is computed, every parameter and output field, and what happens to missing or bad values." );
}

void PlaceGapAlgorithm::showReadableNumbers()
{
  for ( const QgsProcessingParameterDefinition *definition : parameterDefinitions() )
  {
    const auto *number = dynamic_cast<const QgsProcessingParameterNumber *>( definition );
    if ( !number || number->dataType() != placegap::compat::NUMBER_DOUBLE )
      continue;
    QVariantMap metadata = definition->metadata();
    QVariantMap wrapper = metadata.value( QStringLiteral( "widget_wrapper" ) ).toMap();
    if ( wrapper.contains( QStringLiteral( "decimals" ) ) )
      continue;
    // The fewest decimals that write the default exactly, within 1..4.
    const double value = number->defaultValue().toDouble();
    int decimals = 1;
    while ( decimals < 4 && std::fabs( value * std::pow( 10.0, decimals ) - std::round( value * std::pow( 10.0, decimals ) ) ) > 1e-9 )
      ++decimals;
    wrapper.insert( QStringLiteral( "decimals" ), decimals );
    metadata.insert( QStringLiteral( "widget_wrapper" ), wrapper );
    // The definitions are this algorithm's own; QGIS gives them out only as const.
    const_cast<QgsProcessingParameterDefinition *>( definition )->setMetadata( metadata );
  }
}

QgsProcessingParameterNumber *PlaceGapAlgorithm::wholeNumber( QgsProcessingParameterNumber *number )
{
  QVariantMap metadata = number->metadata();
  QVariantMap wrapper = metadata.value( QStringLiteral( "widget_wrapper" ) ).toMap();
  wrapper.insert( QStringLiteral( "decimals" ), 0 );
  metadata.insert( QStringLiteral( "widget_wrapper" ), wrapper );
  number->setMetadata( metadata );
  return number;
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
  // Another extension, or a missing or read-only folder, is found now, before any work, not when the raster is written.
  const QString problem = PlaceGapStagedFile::problem( path, { QStringLiteral( "tif" ), QStringLiteral( "tiff" ) }, named( name ) );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  return path;
}

QVariantMap PlaceGapAlgorithm::postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  placegap::provenance::write( *this, mRunParameters, mRunOutputs, context, feedback );
  return QVariantMap();
}

QString PlaceGapAlgorithm::named( const QString &id ) const
{
  return named( *this, id );
}

QString PlaceGapAlgorithm::named( const QgsProcessingAlgorithm &algorithm, const QString &id )
{
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( id );
  return definition ? PlaceGap::tr( "'%1' (%2)" ).arg( definition->description(), id ) : id;
}

bool PlaceGapAlgorithm::outputRequested( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context ) const
{
  return parameters.value( name ).isValid() && !parameterAsOutputLayer( parameters, name, context ).isEmpty();
}

bool PlaceGapAlgorithm::prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  warnAboutFeatureIdFields( parameters, context, feedback );
  return true;
}

void PlaceGapAlgorithm::warnAboutFeatureIdFields( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  if ( !feedback )
    return;
  for ( const QgsProcessingParameterDefinition *definition : parameterDefinitions() )
  {
    const auto *fieldParameter = dynamic_cast<const QgsProcessingParameterField *>( definition );
    // Codes, ids and names may be feature ids; a value, weight, class or group may not.
    const QString id = definition->name();
    if ( !fieldParameter || fieldParameter->allowMultiple() || id.endsWith( QLatin1String( "CODE_FIELD" ) ) || id.endsWith( QLatin1String( "ID_FIELD" ) ) || id == QLatin1String( "LABEL_FIELD" ) || id == QLatin1String( "FEATURES_SETTLEMENT_FIELD" ) )
      continue;
    const QString field = parameterAsString( parameters, id, context );
    if ( field.isEmpty() )
      continue;
    bool isFeatureId = field.compare( QLatin1String( "fid" ), Qt::CaseInsensitive ) == 0;
    if ( const QgsVectorLayer *layer = parameterAsVectorLayer( parameters, fieldParameter->parentLayerParameterName(), context ) )
    {
      const int index = layer->fields().lookupField( field );
      isFeatureId = isFeatureId || ( index >= 0 && layer->primaryKeyAttributes().contains( index ) );
    }
    if ( isFeatureId )
      feedback->pushWarning( PlaceGap::tr( "'%1' is set to '%2', the layer's feature id, which only numbers the features: the results will say nothing about them. Choose the field that holds the value." ).arg( definition->description(), field ) );
  }
}

std::unique_ptr<QgsProcessingFeatureSource> PlaceGapAlgorithm::requiredSource( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( QgsProcessingParameters::parameterAsSource( algorithm.parameterDefinition( name ), parameters, context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, name ) );
  return source;
}
