/***************************************************************************
  placegaprowwriter.h - many attribute rows written straight to a table file
 ***************************************************************************/
#ifndef PLACEGAPROWWRITER_H
#define PLACEGAPROWWRITER_H

#include "qgsfeature.h"
#include "qgsfields.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

/**
 * Writes rows of attributes (a table without geometry) straight to the file a QGIS sink has
 * made, for outputs of hundreds of thousands of rows (a travel time matrix) where QGIS's sink
 * spends microseconds a row on each feature. Nothing is kept until commit().
 */
class PlaceGapRowWriter
{
  public:
    virtual ~PlaceGapRowWriter() = default;

    //! Whether a sink's destination is a GeoPackage table or a CSV file, which a writer takes straight.
    static bool writes( const QString &destination );

    /**
     * The writer for a sink's destination (close the sink first: the writer takes its file), with
     * \a fields; nullptr for any other format (write through the sink). \a file is the file it writes.
     */
    static std::unique_ptr<PlaceGapRowWriter> forDestination( const QString &destination, const QgsFields &fields, QString &file );

    //! False, with error(), when the file cannot be written.
    virtual bool isOpen() const = 0;
    virtual QString error() const = 0;
    //! Appends one row: attributes in the order of the fields given.
    virtual bool add( const QgsAttributes &attributes ) = 0;
    virtual bool commit() = 0;

    /**
     * Whether rows may be formatted apart, on any thread (formatCell(), formatRow()), and
     * appended later in order (addFormatted()): true for a text file, so a large table is
     * formatted on every core, and values repeated over many rows (a matrix's ids) only once.
     */
    virtual bool formatsApart() const { return false; }
    //! Appends a value, as add() would write it within a row, to cell (only where formatsApart()); reads nothing of the writer's state.
    virtual void formatCell( const QVariant &value, std::string &cell ) const
    {
      Q_UNUSED( value );
      Q_UNUSED( cell );
    }
    //! Appends a row of cells made by formatCell(), in the order of the fields, to block (only where formatsApart()).
    virtual void formatRow( const std::vector<std::string_view> &cells, std::string &block ) const
    {
      Q_UNUSED( cells );
      Q_UNUSED( block );
    }
    //! Appends rows formatted by formatRow() (only where formatsApart()).
    virtual bool addFormatted( const std::string &block )
    {
      Q_UNUSED( block );
      return false;
    }
};

#endif // PLACEGAPROWWRITER_H
