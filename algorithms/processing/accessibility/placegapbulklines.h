/***************************************************************************
  placegapbulklines.h - a GeoPackage layer's lines read in bulk, column by column, through GDAL
 ***************************************************************************/
#ifndef PLACEGAPBULKLINES_H
#define PLACEGAPBULKLINES_H

#include "qgsfeatureid.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <cstddef>
#include <memory>
#include <vector>

class QgsVectorLayer;
struct ArrowArray;
struct ArrowSchema;

/**
 * A GeoPackage layer's features read as GDAL hands them out in batches of columns (its Arrow
 * stream), without QGIS's feature-by-feature conversion: for a network of a million lines that
 * conversion takes most of the time of reading it. Only where the two give the same answer:
 * a GeoPackage file layer read whole and as stored (no subset, no edits, provider fields only,
 * types that map one to one). Each line gives its feature id, its fields at QGIS's indices as
 * the values QGIS would give, and its geometry's well-known binary.
 */
class PlaceGapBulkLines
{
  public:
    /**
     * Opens layer to read the fields at attributes (indices in layer's fields) in bulk, or null
     * when it cannot be read so, with why in whyNot.
     */
    static std::unique_ptr<PlaceGapBulkLines> open( const QgsVectorLayer &layer, const QList<int> &attributes, QString *whyNot );
    ~PlaceGapBulkLines();
    PlaceGapBulkLines( const PlaceGapBulkLines & ) = delete;
    PlaceGapBulkLines &operator=( const PlaceGapBulkLines & ) = delete;

    //! The next batch of lines; false at the end. Throws QgsProcessingException when GDAL fails part-way.
    bool nextBatch();
    //! Lines in the current batch.
    std::size_t batchSize() const;

    //! One line of the current batch, valid until the next batch.
    class Line
    {
      public:
        QgsFeatureId id() const;
        //! The value QGIS would give for the field at index (one of those opened).
        QVariant attribute( int index ) const;
        //! The geometry's well-known binary; null for a NULL geometry.
        const unsigned char *wkb( std::size_t &bytes ) const;

      private:
        friend class PlaceGapBulkLines;
        Line( const PlaceGapBulkLines &lines, std::size_t row )
            : mLines( lines ), mRow( row ) {}
        const PlaceGapBulkLines &mLines;
        std::size_t mRow;
    };
    Line line( std::size_t row ) const { return Line( *this, row ); }

  private:
    struct Column
    {
        int child = -1;  //!< in the batch
        char format = 0; //!< Arrow's format letter
    };
    struct Stream;

    PlaceGapBulkLines();
    const ArrowArray *child( int index ) const;
    bool isNullAt( const ArrowArray *array, std::size_t row ) const;

    std::unique_ptr<Stream> mStream;
    std::vector<Column> mColumns; //!< by QGIS field index; child -1 where not read
    Column mFid;
    Column mGeometry;
    QString mSourceName;
};

#endif // PLACEGAPBULKLINES_H
