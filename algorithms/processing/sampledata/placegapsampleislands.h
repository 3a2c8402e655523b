/***************************************************************************
  placegapsampleislands.h - which areas of the sample data lie on islands
 ***************************************************************************/
#ifndef PLACEGAPSAMPLEISLANDS_H
#define PLACEGAPSAMPLEISLANDS_H

#include "qgsgeometry.h"
#include "qgsgeometryengine.h"
#include "qgsspatialindex.h"

#include <memory>
#include <vector>

/**
 * Land polygons split into the mainland (the largest polygon) and islands, and each area placed
 * on the landmass holding most of it. An island here is land parted from the mainland by sea,
 * whether or not a bridge or causeway joins it (placegap:islandflag, on a road network, tells
 * those apart).
 */
class PlaceGapSampleIslands
{
  public:
    struct Land
    {
        int id = 0;
        QgsGeometry geometry; //!< Polygon or multipolygon, in the areas' CRS.
    };

    //! Where one area lies.
    struct Placement
    {
        bool onIsland = false;  //!< More than half of the area's land is on islands.
        int islandId = 0;       //!< The island holding the largest part of it, when on an island.
        double islandShare = 0; //!< Share (0-1) of the area's land on any island.
    };

    //! \param land every land polygon; the one of largest area is the mainland.
    explicit PlaceGapSampleIslands( const std::vector<Land> &land );

    int mainlandId() const { return mMainlandId; }

    /**
     * Places a polygon area by the share of its land on islands. An area that no land polygon
     * overlaps (coarser coastline than the area's) is placed by its point on surface's nearest
     * landmass.
     */
    Placement place( const QgsGeometry &area ) const;

    //! The island holding the point, 0 when it is on the mainland or at sea.
    int islandAt( const QgsGeometry &point ) const;

    //! The island with this id (null geometry when there is none).
    QgsGeometry island( int id ) const;

  private:
    //! A landmass, or a tile of one: large polygons are cut into tiles so overlays stay small.
    struct Piece
    {
        int id = 0;
        QgsGeometry geometry;
        std::unique_ptr<QgsGeometryEngine> engine;
    };
    std::vector<Piece> mPieces;
    QgsSpatialIndex mIndex; //!< Feature ids are positions in mPieces.
    QMap<int, QgsGeometry> mIslands;
    int mMainlandId = 0;

    //! The landmass nearest to a point (the one holding it when there is one).
    int landmassNear( const QgsGeometry &point ) const;
};

#endif // PLACEGAPSAMPLEISLANDS_H
