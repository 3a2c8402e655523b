/***************************************************************************
  placegapbulklines.cpp - a GeoPackage layer's lines read in bulk, column by column, through GDAL
 ***************************************************************************/
#include "placegapbulklines.h"

#include "placegaptr.h"

#include "qgsexception.h"
#include "qgsproviderregistry.h"
#include "qgsvectordataprovider.h"
#include "qgsvectorlayer.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <cstring>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_recordbatch.h>

//! GDAL's dataset, layer and stream, released in the order GDAL needs.
struct PlaceGapBulkLines::Stream
{
    GDALDatasetH dataset = nullptr;
    OGRLayerH layer = nullptr;
    ArrowArrayStream stream {};
    ArrowSchema schema {};
    ArrowArray batch {};

    ~Stream()
    {
      if ( batch.release )
        batch.release( &batch );
      if ( schema.release )
        schema.release( &schema );
      if ( stream.release )
        stream.release( &stream );
      if ( dataset )
        GDALClose( dataset );
    }
};

PlaceGapBulkLines::PlaceGapBulkLines()
    : mStream( std::make_unique<Stream>() )
{
}

PlaceGapBulkLines::~PlaceGapBulkLines() = default;

namespace
{
  //! The Arrow formats whose values QGIS gives as the same QVariant type: GDAL's float32 columns are cut from the doubles QGIS reads, so they are not among them.
  bool formatMatches( char format, int type )
  {
    switch ( type )
    {
    case QMetaType::Int:
      return format == 'i' || format == 's';
    case QMetaType::LongLong:
      return format == 'l';
    case QMetaType::Double:
      return format == 'g';
    case QMetaType::QString:
      return format == 'u' || format == 'U';
    default:
      return false;
    }
  }

  char singleFormat( const ArrowSchema *schema )
  {
    return schema->format && std::strlen( schema->format ) == 1 ? schema->format[0] : 0;
  }
} // namespace

std::unique_ptr<PlaceGapBulkLines> PlaceGapBulkLines::open( const QgsVectorLayer &layer, const QList<int> &attributes, QString *whyNot )
{
  const auto refuse = [whyNot]( const QString &why ) -> std::unique_ptr<PlaceGapBulkLines>
  {
    if ( whyNot )
      *whyNot = why;
    return nullptr;
  };
  if ( !layer.isValid() || layer.providerType() != QLatin1String( "ogr" ) || !layer.dataProvider() || layer.dataProvider()->storageType() != QLatin1String( "GPKG" ) )
    return refuse( PlaceGap::tr( "not a GeoPackage layer" ) );
  if ( layer.isEditable() )
    return refuse( PlaceGap::tr( "the layer is being edited" ) );
  if ( !layer.subsetString().isEmpty() )
    return refuse( PlaceGap::tr( "the layer has a filter" ) );
  const QVariantMap uri = QgsProviderRegistry::instance()->decodeUri( layer.providerType(), layer.source() );
  for ( auto part = uri.constBegin(); part != uri.constEnd(); ++part )
  {
    const bool known = part.key() == QLatin1String( "path" ) || part.key() == QLatin1String( "layerName" ) || part.key() == QLatin1String( "layerId" );
    if ( !known && part.value().isValid() && !part.value().toString().isEmpty() )
      return refuse( PlaceGap::tr( "the layer's source sets '%1'" ).arg( part.key() ) );
  }
  const QString path = uri.value( QStringLiteral( "path" ) ).toString();
  if ( !QFileInfo( path ).isFile() )
    return refuse( PlaceGap::tr( "not a file" ) );

  std::unique_ptr<PlaceGapBulkLines> lines( new PlaceGapBulkLines() );
  lines->mSourceName = layer.name();
  Stream &s = *lines->mStream;
  const char *const drivers[] = { "GPKG", nullptr };
  s.dataset = GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr );
  if ( !s.dataset )
    return refuse( PlaceGap::tr( "GDAL could not open the file" ) );
  const QString layerName = uri.value( QStringLiteral( "layerName" ) ).toString();
  if ( !layerName.isEmpty() )
    s.layer = GDALDatasetGetLayerByName( s.dataset, layerName.toUtf8().constData() );
  else
    s.layer = GDALDatasetGetLayer( s.dataset, uri.value( QStringLiteral( "layerId" ), 0 ).toInt() );
  if ( !s.layer )
    return refuse( PlaceGap::tr( "GDAL could not find the layer" ) );

  // Only the fields asked for, and the geometry, are read.
  const QgsFields fields = layer.fields();
  QStringList wanted;
  for ( int index : attributes )
    wanted << fields.at( index ).name();
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn( s.layer );
  QList<QByteArray> ignoredNames { QByteArrayLiteral( "OGR_STYLE" ) };
  for ( int i = 0; i < OGR_FD_GetFieldCount( definition ); ++i )
  {
    const char *name = OGR_Fld_GetNameRef( OGR_FD_GetFieldDefn( definition, i ) );
    if ( !wanted.contains( QString::fromUtf8( name ) ) )
      ignoredNames << QByteArray( name );
  }
  std::vector<const char *> ignored;
  for ( const QByteArray &name : ignoredNames )
    ignored.push_back( name.constData() );
  ignored.push_back( nullptr );
  if ( OGR_L_SetIgnoredFields( s.layer, ignored.data() ) != OGRERR_NONE )
    return refuse( PlaceGap::tr( "GDAL could not leave out the fields not needed" ) );
  if ( !OGR_L_GetArrowStream( s.layer, &s.stream, nullptr ) || s.stream.get_schema( &s.stream, &s.schema ) != 0 )
    return refuse( PlaceGap::tr( "GDAL gives no column stream for the layer" ) );

  const auto childNamed = [&s]( const QString &name )
  {
    for ( int i = 0; i < static_cast<int>( s.schema.n_children ); ++i )
    {
      if ( QString::fromUtf8( s.schema.children[i]->name ) == name )
        return i;
    }
    return -1;
  };
  const QString fidName = QString::fromUtf8( OGR_L_GetFIDColumn( s.layer ) );
  lines->mFid.child = childNamed( fidName.isEmpty() ? QStringLiteral( "OGC_FID" ) : fidName );
  const QString geometryName = QString::fromUtf8( OGR_L_GetGeometryColumn( s.layer ) );
  lines->mGeometry.child = childNamed( geometryName.isEmpty() ? QStringLiteral( "wkb_geometry" ) : geometryName );
  if ( lines->mFid.child < 0 || lines->mGeometry.child < 0 )
    return refuse( PlaceGap::tr( "GDAL's columns lack the feature id or the geometry" ) );
  lines->mFid.format = singleFormat( s.schema.children[lines->mFid.child] );
  lines->mGeometry.format = singleFormat( s.schema.children[lines->mGeometry.child] );
  if ( lines->mFid.format != 'l' || ( lines->mGeometry.format != 'z' && lines->mGeometry.format != 'Z' ) )
    return refuse( PlaceGap::tr( "GDAL's feature id or geometry column is of an unexpected type" ) );
  lines->mColumns.resize( static_cast<std::size_t>( fields.count() ) );
  for ( int index : attributes )
  {
    Column &column = lines->mColumns[static_cast<std::size_t>( index )];
    column.child = childNamed( fields.at( index ).name() );
    if ( column.child < 0 )
      return refuse( PlaceGap::tr( "field '%1' is not a column of the file" ).arg( fields.at( index ).name() ) );
    column.format = singleFormat( s.schema.children[column.child] );
    if ( !formatMatches( column.format, static_cast<int>( fields.at( index ).type() ) ) )
      return refuse( PlaceGap::tr( "field '%1' is of a type not read in bulk" ).arg( fields.at( index ).name() ) );
  }
  return lines;
}

bool PlaceGapBulkLines::nextBatch()
{
  Stream &s = *mStream;
  if ( s.batch.release )
    s.batch.release( &s.batch );
  if ( s.stream.get_next( &s.stream, &s.batch ) != 0 )
  {
    const char *error = s.stream.get_last_error( &s.stream );
    throw QgsProcessingException( PlaceGap::tr( "The network layer (INPUT) '%1' could not be read to its end: %2. Nothing is written from a partial read; repair or re-download it." ).arg( mSourceName, QString::fromUtf8( error ? error : CPLGetLastErrorMsg() ) ) );
  }
  return s.batch.release != nullptr;
}

std::size_t PlaceGapBulkLines::batchSize() const
{
  return static_cast<std::size_t>( mStream->batch.length );
}

const ArrowArray *PlaceGapBulkLines::child( int index ) const
{
  return mStream->batch.children[index];
}

bool PlaceGapBulkLines::isNullAt( const ArrowArray *array, std::size_t row ) const
{
  const auto *validity = static_cast<const std::uint8_t *>( array->buffers[0] );
  return array->null_count != 0 && validity && !( validity[row / 8] & ( 1u << ( row % 8 ) ) );
}

namespace
{
  //! Where a row's value sits in one of a batch's columns: the batch's and the column's offsets.
  std::size_t at( const ArrowArray &batch, const ArrowArray *column, std::size_t row )
  {
    return static_cast<std::size_t>( batch.offset + column->offset ) + row;
  }

  template <class Offset>
  const char *variableWidth( const ArrowArray *column, std::size_t index, std::size_t &bytes )
  {
    const auto *offsets = static_cast<const Offset *>( column->buffers[1] );
    bytes = static_cast<std::size_t>( offsets[index + 1] - offsets[index] );
    return static_cast<const char *>( column->buffers[2] ) + offsets[index];
  }
} // namespace

QgsFeatureId PlaceGapBulkLines::Line::id() const
{
  const ArrowArray *column = mLines.child( mLines.mFid.child );
  return static_cast<const std::int64_t *>( column->buffers[1] )[at( mLines.mStream->batch, column, mRow )];
}

QVariant PlaceGapBulkLines::Line::attribute( int index ) const
{
  const Column &field = mLines.mColumns[static_cast<std::size_t>( index )];
  const ArrowArray *column = mLines.child( field.child );
  const std::size_t i = at( mLines.mStream->batch, column, mRow );
  if ( mLines.isNullAt( column, i ) )
    return QVariant();
  std::size_t bytes = 0;
  switch ( field.format )
  {
  case 'i':
    return static_cast<const std::int32_t *>( column->buffers[1] )[i];
  case 's':
    return static_cast<int>( static_cast<const std::int16_t *>( column->buffers[1] )[i] );
  case 'l':
    return static_cast<qlonglong>( static_cast<const std::int64_t *>( column->buffers[1] )[i] );
  case 'g':
    return static_cast<const double *>( column->buffers[1] )[i];
  case 'u':
  {
    const char *text = variableWidth<std::int32_t>( column, i, bytes );
    return QString::fromUtf8( text, static_cast<int>( strnlen( text, bytes ) ) ); // as QGIS reads it: up to a NUL
  }
  case 'U':
  {
    const char *text = variableWidth<std::int64_t>( column, i, bytes );
    return QString::fromUtf8( text, static_cast<int>( strnlen( text, bytes ) ) );
  }
  default:
    return QVariant();
  }
}

const unsigned char *PlaceGapBulkLines::Line::wkb( std::size_t &bytes ) const
{
  const ArrowArray *column = mLines.child( mLines.mGeometry.child );
  const std::size_t i = at( mLines.mStream->batch, column, mRow );
  bytes = 0;
  if ( mLines.isNullAt( column, i ) )
    return nullptr;
  const char *data = mLines.mGeometry.format == 'z' ? variableWidth<std::int32_t>( column, i, bytes ) : variableWidth<std::int64_t>( column, i, bytes );
  return reinterpret_cast<const unsigned char *>( data );
}
