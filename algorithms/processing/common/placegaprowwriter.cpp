/***************************************************************************
  placegaprowwriter.cpp - many attribute rows written straight to a table file
 ***************************************************************************/
#include "placegaprowwriter.h"

#include "placegapcsvrows.h"
#include "placegapgeopackagerows.h"

#include "qgsfeaturesink.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingparameters.h"
#include "qgsprocessingutils.h"

#include <QFileInfo>

namespace
{
  bool isCsvFile( const QString &destination )
  {
    return !destination.contains( '|' ) && QFileInfo( destination ).suffix().compare( QLatin1String( "csv" ), Qt::CaseInsensitive ) == 0;
  }
} // namespace

void PlaceGapRowWriter::formatRowOf( const RowPart *parts, std::size_t count, std::string &block ) const
{
  std::vector<std::string> made( count );
  std::vector<std::string_view> cells( count );
  for ( std::size_t i = 0; i < count; ++i )
  {
    switch ( parts[i].kind )
    {
    case RowPart::Kind::Cell:
      cells[i] = parts[i].cell;
      continue;
    case RowPart::Kind::Number:
      formatNumber( parts[i].number, made[i] );
      break;
    case RowPart::Kind::Integer:
      formatInteger( parts[i].integer, made[i] );
      break;
    case RowPart::Kind::Empty:
      break;
    }
    cells[i] = made[i];
  }
  formatRow( cells, block );
}

bool PlaceGapRowWriter::remapsFields( const QVariant &value )
{
  return value.canConvert<QgsProcessingOutputLayerDefinition>() && value.value<QgsProcessingOutputLayerDefinition>().useRemapping();
}

std::unique_ptr<PlaceGapRowWriter> PlaceGapRowWriter::forGeoPackageTable( const QString &destination, const QgsFields &fields, std::unique_ptr<QgsFeatureSink> &sink, QString &file )
{
  QString table;
  if ( !PlaceGapGeoPackageRows::tableOf( destination, file, table ) )
  {
    file.clear();
    return nullptr;
  }
  sink.reset();
  return std::make_unique<PlaceGapGeoPackageRows>( file, table, fields );
}

std::unique_ptr<PlaceGapRowWriter> PlaceGapRowWriter::forCsvOutput( const QgsProcessingParameterDefinition &definition, const QVariant &value, const QgsFields &fields, QgsProcessingContext &context, QString &destination )
{
  if ( remapsFields( value ) )
    return nullptr;
  const bool isOutputDefinition = value.canConvert<QgsProcessingOutputLayerDefinition>();
  const QgsProcessingOutputLayerDefinition output = isOutputDefinition ? value.value<QgsProcessingOutputLayerDefinition>() : QgsProcessingOutputLayerDefinition();
  // QGIS's reading of a destination, without registering it anywhere.
  const QString file = QgsProcessingParameters::parameterAsFileOutput( &definition, value, context );
  if ( !isCsvFile( file ) )
    return nullptr;
  // As parameterAsSink() registers a sink's layer, to be loaded (into a project) on completion.
  if ( isOutputDefinition && output.destinationProject )
  {
    const QString name = output.destinationName.isEmpty() ? definition.description() : output.destinationName;
    context.addLayerToLoadOnCompletion( file, QgsProcessingContext::LayerDetails( name, output.destinationProject, definition.name(), QgsProcessingUtils::LayerHint::Vector ) );
  }
  destination = file;
  return std::make_unique<PlaceGapCsvRows>( file, fields );
}
