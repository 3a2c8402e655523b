/***************************************************************************
  placegapgridburner.h - polygons burnt into the cells of a grid, by GDAL's rasteriser
 ***************************************************************************/
#ifndef PLACEGAPGRIDBURNER_H
#define PLACEGAPGRIDBURNER_H

#include "qgsgeometry.h"

#include <vector>

/**
 * A grid frame (top-left corner, square cells, columns x rows) into which polygons are burnt
 * with GDAL's rasteriser (GDALRasterizeGeometries), as gdal_rasterize does, so PlaceGap's
 * cells are the cells GDAL and QGIS's own Rasterize would make.
 */
class PlaceGapGridBurner
{
  public:
    PlaceGapGridBurner( double left, double top, double cellSize, int columns, int rows );

    /**
     * Cells row by row from the top, fill where no polygon falls, else the value of the last
     * polygon over the cell. allTouched: every cell a polygon touches (so coasts and islands
     * smaller than a cell keep their cells), else the cells whose centre is inside. Geometries
     * are in the grid's CRS; null and empty ones are skipped. False with error set when GDAL fails.
     */
    bool burn( const std::vector<QgsGeometry> &polygons, const std::vector<double> &values, bool allTouched, float fill, std::vector<float> &cells, QString *error ) const;

  private:
    double mLeft;
    double mTop;
    double mCellSize;
    int mColumns;
    int mRows;
};

#endif // PLACEGAPGRIDBURNER_H
