/***************************************************************************
  placegapsampleislands.cpp - which areas of the sample data lie on islands
 ***************************************************************************/
#include "placegapsampleislands.h"

#include <cmath>
#include <map>

namespace
{
  //! Tile side (CRS units, metres in British National Grid) for cutting large landmasses.
  constexpr double TILE = 10000;
} // namespace

PlaceGapSampleIslands::PlaceGapSampleIslands( const std::vector<Land> &land )
{
  double largest = -1;
  for ( const Land &piece : land )
  {
    const double area = piece.geometry.area();
    if ( area > largest )
    {
      largest = area;
      mMainlandId = piece.id;
    }
  }
  auto addPiece = [this]( int id, const QgsGeometry &geometry )
  {
    if ( geometry.isNull() || geometry.isEmpty() )
      return;
    Piece piece;
    piece.id = id;
    piece.geometry = geometry;
    piece.engine.reset( QgsGeometry::createGeometryEngine( piece.geometry.constGet() ) );
    piece.engine->prepareGeometry();
    mIndex.addFeature( static_cast<QgsFeatureId>( mPieces.size() ), piece.geometry.boundingBox() );
    mPieces.push_back( std::move( piece ) );
  };
  for ( const Land &piece : land )
  {
    if ( piece.geometry.isNull() )
      continue;
    if ( piece.id != mMainlandId )
      mIslands.insert( piece.id, piece.geometry );
    QgsGeometry whole = piece.geometry; // clipped() is not const in QGIS 3.22
    const QgsRectangle box = whole.boundingBox();
    if ( box.width() <= TILE && box.height() <= TILE )
    {
      addPiece( piece.id, piece.geometry );
      continue;
    }
    for ( double x = std::floor( box.xMinimum() / TILE ) * TILE; x < box.xMaximum(); x += TILE )
    {
      for ( double y = std::floor( box.yMinimum() / TILE ) * TILE; y < box.yMaximum(); y += TILE )
      {
        QgsGeometry tile = whole.clipped( QgsRectangle( x, y, x + TILE, y + TILE ) );
        if ( !tile.isNull() && !tile.isGeosValid() )
          tile = tile.makeValid();
        addPiece( piece.id, tile );
      }
    }
  }
}

PlaceGapSampleIslands::Placement PlaceGapSampleIslands::place( const QgsGeometry &area ) const
{
  Placement placement;
  if ( area.isNull() || area.isEmpty() )
    return placement;
  std::map<int, double> landArea; // landmass id -> area of the area on it
  const std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( area.constGet() ) );
  engine->prepareGeometry();
  for ( const QgsFeatureId candidate : mIndex.intersects( area.boundingBox() ) )
  {
    const Piece &piece = mPieces[static_cast<std::size_t>( candidate )];
    if ( engine->intersects( piece.geometry.constGet() ) )
      landArea[piece.id] += area.intersection( piece.geometry ).area();
  }
  double onLand = 0;
  double onIslands = 0;
  double largestIsland = 0;
  for ( const auto &[id, part] : landArea )
  {
    onLand += part;
    if ( id == mMainlandId )
      continue;
    onIslands += part;
    if ( part > largestIsland )
    {
      largestIsland = part;
      placement.islandId = id;
    }
  }
  if ( onLand > 0 )
  {
    placement.islandShare = onIslands / onLand;
  }
  else
  {
    const int nearest = landmassNear( area.pointOnSurface() );
    placement.islandShare = nearest != 0 && nearest != mMainlandId ? 1.0 : 0.0;
    placement.islandId = nearest;
  }
  placement.onIsland = placement.islandShare > 0.5;
  if ( !placement.onIsland )
    placement.islandId = 0;
  return placement;
}

int PlaceGapSampleIslands::islandAt( const QgsGeometry &point ) const
{
  for ( const QgsFeatureId candidate : mIndex.intersects( point.boundingBox() ) )
  {
    const Piece &piece = mPieces[static_cast<std::size_t>( candidate )];
    if ( piece.id != mMainlandId && piece.engine->intersects( point.constGet() ) )
      return piece.id;
  }
  return 0;
}

QgsGeometry PlaceGapSampleIslands::island( int id ) const
{
  return mIslands.value( id );
}

int PlaceGapSampleIslands::landmassNear( const QgsGeometry &point ) const
{
  const QList<QgsFeatureId> nearest = mIndex.nearestNeighbor( point.asPoint(), 1 );
  if ( nearest.isEmpty() )
    return 0;
  return mPieces[static_cast<std::size_t>( nearest.first() )].id;
}
