/***************************************************************************
  placegaprowwriter.h - many attribute rows written straight to a table file
 ***************************************************************************/
#ifndef PLACEGAPROWWRITER_H
#define PLACEGAPROWWRITER_H

#include "qgsfeature.h"
#include "qgsfields.h"

#include <QString>
#include <QVariant>

#include <cmath>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QgsFeatureSink;
class QgsProcessingContext;
class QgsProcessingParameterDefinition;

/**
 * Writes rows of attributes (a table without geometry) straight to the file a QGIS sink has
 * made, for outputs of hundreds of thousands of rows (a travel time matrix) where QGIS's sink
 * spends microseconds a row on each feature. Nothing is kept until commit().
 */
class PlaceGapRowWriter
{
  public:
    virtual ~PlaceGapRowWriter() = default;

    //! Whether a sink's value remaps its fields into an existing layer: its rows go through the sink then.
    static bool remapsFields( const QVariant &value );

    /**
     * The writer for the GeoPackage table a sink has made, with its schema, with \a fields: the
     * sink is closed (the writer takes its file). nullptr for any other destination, the sink left
     * open (write through it). \a file is the file the writer writes.
     */
    static std::unique_ptr<PlaceGapRowWriter> forGeoPackageTable( const QString &destination, const QgsFields &fields, std::unique_ptr<QgsFeatureSink> &sink, QString &file );

    /**
     * A CSV file output made here, without QGIS's writer, whose first use in a process reads
     * PROJ's whole table of ellipsoids and every GDAL driver's metadata (about 50 ms of a 0.6 s
     * matrix run) to make a file that the rows then replace. When \a value, read as QGIS reads a
     * sink's value (a property, the default, TEMPORARY_OUTPUT), names a plain CSV file: the file is
     * created with the header of \a fields, the output is registered to be loaded on completion as
     * parameterAsSink() registers it, and \a destination names it. nullptr for any other destination,
     * or one remapping its fields into an existing layer: make the sink then.
     */
    static std::unique_ptr<PlaceGapRowWriter> forCsvOutput( const QgsProcessingParameterDefinition &definition, const QVariant &value, const QgsFields &fields, QgsProcessingContext &context, QString &destination );

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
    /**
     * Appends a number as formatCell() would write it (nothing for one that is not finite), with
     * no QVariant made and read back: a matrix formats two a row, a third of its formatting time.
     */
    virtual void formatNumber( double value, std::string &cell ) const
    {
      formatCell( std::isfinite( value ) ? QVariant( value ) : QVariant(), cell );
    }
    //! Appends an integer as formatCell() would write it.
    virtual void formatInteger( long long value, std::string &cell ) const
    {
      formatCell( QVariant( value ), cell );
    }
    //! Appends a row of cells made by formatCell(), in the order of the fields, to block (only where formatsApart()).
    virtual void formatRow( const std::vector<std::string_view> &cells, std::string &block ) const
    {
      Q_UNUSED( cells );
      Q_UNUSED( block );
    }
    //! A part of a row for formatRowOf(): a cell made by formatCell(), a number, an integer, or nothing.
    struct RowPart
    {
        enum class Kind
        {
          Cell,
          Number,
          Integer,
          Empty
        };
        Kind kind = Kind::Empty;
        std::string_view cell;
        double number = 0.0;
        long long integer = 0;

        static RowPart ofCell( std::string_view cell ) { return { Kind::Cell, cell, 0.0, 0 }; }
        static RowPart ofNumber( double number ) { return { Kind::Number, {}, number, 0 }; }
        static RowPart ofInteger( long long integer ) { return { Kind::Integer, {}, 0.0, integer }; }
    };
    /**
     * Appends the row formatRow() makes of these parts, numbers and integers as formatNumber()
     * and formatInteger() write them (only where formatsApart()). A text file's writer makes the
     * row in one go, with no cell made apart: a matrix's rows, cell by cell, were a dozen small
     * copies each.
     */
    virtual void formatRowOf( const RowPart *parts, std::size_t count, std::string &block ) const;
    //! Appends rows formatted by formatRow() (only where formatsApart()).
    virtual bool addFormatted( const std::string &block )
    {
      Q_UNUSED( block );
      return false;
    }
};

#endif // PLACEGAPROWWRITER_H
