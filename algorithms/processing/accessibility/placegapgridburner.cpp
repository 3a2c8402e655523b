/***************************************************************************
  placegapgridburner.cpp - polygons burnt into the cells of a grid, by GDAL's rasteriser
 ***************************************************************************/
#include "placegapgridburner.h"
#include "placegaptr.h"

#include <QObject>

#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_api.h>

#include <memory>

PlaceGapGridBurner::PlaceGapGridBurner( double left, double top, double cellSize, int columns, int rows )
    : mLeft( left ), mTop( top ), mCellSize( cellSize ), mColumns( columns ), mRows( rows )
{
}

bool PlaceGapGridBurner::burn( const std::vector<QgsGeometry> &polygons, const std::vector<double> &values, bool allTouched, float fill, std::vector<float> &cells, QString *error ) const
{
  GDALAllRegister();
  cells.assign( static_cast<std::size_t>( mColumns ) * static_cast<std::size_t>( mRows ), fill );
  // A grid in memory that GDAL burns into, then copied out.
  std::unique_ptr<void, void ( * )( void * )> dataset( GDALCreate( GDALGetDriverByName( "MEM" ), "", mColumns, mRows, 1, GDT_Float32, nullptr ), []( void *d )
                                                       { if ( d ) GDALClose( d ); } );
  if ( !dataset )
  {
    if ( error )
      *error = PlaceGap::tr( "GDAL could not make a grid of %1 x %2 cells in memory: %3" ).arg( mColumns ).arg( mRows ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
    return false;
  }
  GDALRasterBandH band1 = GDALGetRasterBand( dataset.get(), 1 );
  GDALFillRaster( band1, fill, 0 );
  double transform[6] = { mLeft, mCellSize, 0, mTop, 0, -mCellSize };
  GDALSetGeoTransform( dataset.get(), transform );

  std::vector<OGRGeometryH> geometries;
  std::vector<double> burnValues;
  for ( std::size_t i = 0; i < polygons.size(); ++i )
  {
    if ( polygons[i].isNull() || polygons[i].isEmpty() )
      continue;
    QByteArray wkb = polygons[i].asWkb();
    OGRGeometryH geometry = nullptr;
    if ( OGR_G_CreateFromWkb( reinterpret_cast<unsigned char *>( wkb.data() ), nullptr, &geometry, static_cast<int>( wkb.size() ) ) != OGRERR_NONE || !geometry )
      continue;
    geometries.push_back( geometry );
    burnValues.push_back( values[i] );
  }
  char **options = nullptr;
  if ( allTouched )
    options = CSLSetNameValue( options, "ALL_TOUCHED", "TRUE" );
  int band = 1;
  const CPLErr result = geometries.empty() ? CE_None : GDALRasterizeGeometries( dataset.get(), 1, &band, static_cast<int>( geometries.size() ), geometries.data(), nullptr, nullptr, burnValues.data(), options, nullptr, nullptr );
  CSLDestroy( options );
  for ( OGRGeometryH geometry : geometries )
    OGR_G_DestroyGeometry( geometry );
  if ( result != CE_None )
  {
    if ( error )
      *error = PlaceGap::tr( "GDAL could not rasterise the polygons: %1" ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
    return false;
  }
  if ( GDALRasterIO( band1, GF_Read, 0, 0, mColumns, mRows, cells.data(), mColumns, mRows, GDT_Float32, 0, 0 ) != CE_None )
  {
    if ( error )
      *error = PlaceGap::tr( "GDAL could not read the rasterised grid: %1" ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
    return false;
  }
  return true;
}
