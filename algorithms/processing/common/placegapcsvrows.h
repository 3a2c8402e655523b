/***************************************************************************
  placegapcsvrows.h - many rows written to a CSV file in one pass
 ***************************************************************************/
#ifndef PLACEGAPCSVROWS_H
#define PLACEGAPCSVROWS_H

#include "placegaprowwriter.h"
#include "placegapstagedfile.h"

#include <QFile>

#include <string>

/**
 * Writes a CSV file (RFC 4180: a header of the field names, commas, strings quoted when they hold
 * a comma, quote, line break or edge space; NULL empty) in place of the one QGIS's CSV writer
 * made, buffered: numbers are written in the fewest digits that read back to the same double.
 * The rows go to a staged file put in place on commit: a run that fails leaves a previous
 * matrix as it was, not cut short.
 */
class PlaceGapCsvRows : public PlaceGapRowWriter
{
  public:
    PlaceGapCsvRows( const QString &file, const QgsFields &fields );

    bool isOpen() const override { return mFile.isOpen(); }
    QString error() const override { return mError; }
    bool add( const QgsAttributes &attributes ) override;
    bool commit() override;
    bool formatsApart() const override { return true; }
    void formatCell( const QVariant &value, std::string &cell ) const override;
    void formatNumber( double value, std::string &cell ) const override;
    void formatInteger( long long value, std::string &cell ) const override;
    void formatRow( const std::vector<std::string_view> &cells, std::string &block ) const override;
    void formatRowOf( const RowPart *parts, std::size_t count, std::string &block ) const override;
    bool addFormatted( const std::string &block ) override;

  private:
    bool flush();
    bool write( const char *data, std::size_t size );
    PlaceGapStagedFile mStaged;
    QFile mFile;
    std::string mBuffer;
    QString mError;
};

#endif // PLACEGAPCSVROWS_H
