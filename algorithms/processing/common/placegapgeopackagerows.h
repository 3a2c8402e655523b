/***************************************************************************
  placegapgeopackagerows.h - many rows appended to a GeoPackage table in one transaction
 ***************************************************************************/
#ifndef PLACEGAPGEOPACKAGEROWS_H
#define PLACEGAPGEOPACKAGEROWS_H

#include "placegaprowwriter.h"

#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

/**
 * Appends attribute rows to a table without geometry that QGIS's writer has made in a
 * GeoPackage (so its schema, GeoPackage metadata and feature-count triggers are GDAL's own),
 * with one SQLite transaction and one prepared statement: a matrix of 750,000 rows through
 * QGIS's feature sink spends several microseconds a row converting and inserting features one
 * at a time. Not committed: the rows are rolled back when it is destroyed.
 */
class PlaceGapGeoPackageRows : public PlaceGapRowWriter
{
  public:
    /**
     * The GeoPackage file and table a sink destination names ("x.gpkg", "x.gpkg|layername=t"),
     * or false when it is not a GeoPackage file.
     */
    static bool tableOf( const QString &destination, QString &file, QString &table );

    PlaceGapGeoPackageRows( const QString &file, const QString &table, const QgsFields &fields );
    ~PlaceGapGeoPackageRows() override;
    PlaceGapGeoPackageRows( const PlaceGapGeoPackageRows & ) = delete;
    PlaceGapGeoPackageRows &operator=( const PlaceGapGeoPackageRows & ) = delete;

    //! False, with error(), when the table cannot be written.
    bool isOpen() const override { return mStatement != nullptr; }
    QString error() const override { return mError; }

    //! Appends one row: attributes in the order of the fields given.
    bool add( const QgsAttributes &attributes ) override;
    bool commit() override;

  private:
    bool fail( const QString &what );
    QString mTable;
    QStringList mTriggerNames;
    QStringList mTriggerSql; //!< Restored at the commit; a rollback keeps them anyway.
    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStatement = nullptr;
    QString mError;
    bool mCommitted = false;
};

#endif // PLACEGAPGEOPACKAGEROWS_H
