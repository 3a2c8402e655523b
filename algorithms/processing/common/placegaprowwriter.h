/***************************************************************************
  placegaprowwriter.h - many attribute rows written straight to a table file
 ***************************************************************************/
#ifndef PLACEGAPROWWRITER_H
#define PLACEGAPROWWRITER_H

#include "qgsfeature.h"
#include "qgsfields.h"

#include <QString>

#include <memory>

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
     * Whether rows may be formatted apart, on any thread (format()), and appended later in
     * order (addFormatted()): true for a text file, so a large table is formatted on every core.
     */
    virtual bool formatsApart() const { return false; }
    //! Appends a row, as add() would write it, to block (only where formatsApart()); reads nothing of the writer's state.
    virtual void format( const QgsAttributes &attributes, QByteArray &block ) const
    {
      Q_UNUSED( attributes );
      Q_UNUSED( block );
    }
    //! Appends rows formatted by format() (only where formatsApart()).
    virtual bool addFormatted( const QByteArray &block )
    {
      Q_UNUSED( block );
      return false;
    }
};

#endif // PLACEGAPROWWRITER_H
