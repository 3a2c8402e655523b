/***************************************************************************
  placegaprowwriter.cpp - many attribute rows written straight to a table file
 ***************************************************************************/
#include "placegaprowwriter.h"

#include "placegapcsvrows.h"
#include "placegapgeopackagerows.h"

#include <QFileInfo>

namespace
{
  bool isCsvFile( const QString &destination )
  {
    return !destination.contains( '|' ) && QFileInfo( destination ).suffix().compare( QLatin1String( "csv" ), Qt::CaseInsensitive ) == 0;
  }
} // namespace

bool PlaceGapRowWriter::writes( const QString &destination )
{
  QString file;
  QString table;
  return PlaceGapGeoPackageRows::tableOf( destination, file, table ) || isCsvFile( destination );
}

std::unique_ptr<PlaceGapRowWriter> PlaceGapRowWriter::forDestination( const QString &destination, const QgsFields &fields, QString &file )
{
  QString table;
  if ( PlaceGapGeoPackageRows::tableOf( destination, file, table ) )
    return std::make_unique<PlaceGapGeoPackageRows>( file, table, fields );
  // A plain CSV file: the rows replace whatever QGIS's writer made.
  file = destination;
  if ( isCsvFile( destination ) )
    return std::make_unique<PlaceGapCsvRows>( destination, fields );
  file.clear();
  return nullptr;
}
