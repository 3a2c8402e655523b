/***************************************************************************
  placegapgeopackagerows.cpp - many rows appended to a GeoPackage table in one transaction
 ***************************************************************************/
#include "placegapgeopackagerows.h"

#include "placegapcompat.h"
#include "placegaptr.h"

#include <QFileInfo>
#include <QObject>
#include <QStringList>

#include <sqlite3.h>

namespace
{
  QString quoted( const QString &identifier )
  {
    return QStringLiteral( "\"%1\"" ).arg( QString( identifier ).replace( '"', QLatin1String( "\"\"" ) ) );
  }
} // namespace

bool PlaceGapGeoPackageRows::tableOf( const QString &destination, QString &file, QString &table )
{
  file = destination.section( '|', 0, 0 );
  if ( QFileInfo( file ).suffix().compare( QLatin1String( "gpkg" ), Qt::CaseInsensitive ) != 0 || !QFileInfo( file ).isFile() )
    return false;
  table = destination.section( QStringLiteral( "|layername=" ), 1, 1 ).section( '|', 0, 0 );
  if ( table.isEmpty() )
    table = QFileInfo( file ).completeBaseName();
  return true;
}

PlaceGapGeoPackageRows::PlaceGapGeoPackageRows( const QString &file, const QString &table, const QgsFields &fields )
    : mTable( table )
{
  if ( sqlite3_open_v2( file.toUtf8().constData(), &mDb, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr ) != SQLITE_OK )
  {
    fail( PlaceGap::tr( "cannot open %1" ).arg( file ) );
    return;
  }
  QStringList columns;
  QStringList marks;
  for ( const QgsField &field : fields )
  {
    columns << quoted( field.name() );
    marks << QStringLiteral( "?" );
  }
  const QString insert = QStringLiteral( "INSERT INTO %1 (%2) VALUES (%3)" ).arg( quoted( table ), columns.join( ',' ), marks.join( ',' ) );
  if ( sqlite3_exec( mDb, "BEGIN", nullptr, nullptr, nullptr ) != SQLITE_OK )
  {
    fail( PlaceGap::tr( "cannot start a transaction" ) );
    return;
  }
  // The table's triggers (GDAL's feature count) would run once a row: set aside until the commit,
  // as GDAL itself does while it writes.
  sqlite3_stmt *triggers = nullptr;
  const QString listTriggers = QStringLiteral( "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower('%1')" ).arg( QString( table ).replace( '\'', QLatin1String( "''" ) ) );
  if ( sqlite3_prepare_v2( mDb, listTriggers.toUtf8().constData(), -1, &triggers, nullptr ) == SQLITE_OK )
  {
    while ( sqlite3_step( triggers ) == SQLITE_ROW )
    {
      mTriggerNames << QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( triggers, 0 ) ) );
      mTriggerSql << QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( triggers, 1 ) ) );
    }
    sqlite3_finalize( triggers );
  }
  for ( const QString &name : std::as_const( mTriggerNames ) )
  {
    if ( sqlite3_exec( mDb, QStringLiteral( "DROP TRIGGER %1" ).arg( quoted( name ) ).toUtf8().constData(), nullptr, nullptr, nullptr ) != SQLITE_OK )
    {
      fail( PlaceGap::tr( "cannot set aside trigger '%1'" ).arg( name ) );
      return;
    }
  }
  if ( sqlite3_prepare_v2( mDb, insert.toUtf8().constData(), -1, &mStatement, nullptr ) != SQLITE_OK )
    fail( PlaceGap::tr( "cannot prepare the insert into table '%1'" ).arg( table ) );
}

PlaceGapGeoPackageRows::~PlaceGapGeoPackageRows()
{
  if ( mStatement )
    sqlite3_finalize( mStatement );
  if ( mDb )
  {
    if ( !mCommitted )
      sqlite3_exec( mDb, "ROLLBACK", nullptr, nullptr, nullptr );
    sqlite3_close( mDb );
  }
}

bool PlaceGapGeoPackageRows::fail( const QString &what )
{
  mError = mDb ? QStringLiteral( "%1: %2" ).arg( what, QString::fromUtf8( sqlite3_errmsg( mDb ) ) ) : what;
  if ( mStatement )
  {
    sqlite3_finalize( mStatement );
    mStatement = nullptr;
  }
  return false;
}

bool PlaceGapGeoPackageRows::add( const QgsAttributes &attributes )
{
  if ( !mStatement )
    return false;
  for ( int i = 0; i < attributes.size(); ++i )
  {
    const QVariant &value = attributes.at( i );
    const int column = i + 1;
    if ( placegap::compat::isNull( value ) )
      sqlite3_bind_null( mStatement, column );
    else if ( value.userType() == QMetaType::Double || value.userType() == QMetaType::Float )
      sqlite3_bind_double( mStatement, column, value.toDouble() );
    else if ( value.userType() == QMetaType::Int || value.userType() == QMetaType::LongLong || value.userType() == QMetaType::UInt || value.userType() == QMetaType::ULongLong )
      sqlite3_bind_int64( mStatement, column, value.toLongLong() );
    else
    {
      const QByteArray text = value.toString().toUtf8();
      sqlite3_bind_text( mStatement, column, text.constData(), text.size(), SQLITE_TRANSIENT );
    }
  }
  if ( sqlite3_step( mStatement ) != SQLITE_DONE )
    return fail( PlaceGap::tr( "cannot insert a row" ) );
  sqlite3_reset( mStatement );
  return true;
}

bool PlaceGapGeoPackageRows::commit()
{
  if ( !mStatement )
    return false;
  sqlite3_finalize( mStatement );
  mStatement = nullptr;
  // The feature count readers check a layer against (GDAL keeps it by triggers, or on closing).
  const QString count = QStringLiteral( "UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM %1) WHERE lower(table_name) = lower('%2')" ).arg( quoted( mTable ), QString( mTable ).replace( '\'', QLatin1String( "''" ) ) );
  sqlite3_exec( mDb, count.toUtf8().constData(), nullptr, nullptr, nullptr ); // no such table in an older GeoPackage: nothing to keep
  for ( const QString &sql : std::as_const( mTriggerSql ) )
  {
    if ( sqlite3_exec( mDb, sql.toUtf8().constData(), nullptr, nullptr, nullptr ) != SQLITE_OK )
      return fail( PlaceGap::tr( "cannot restore a trigger" ) );
  }
  if ( sqlite3_exec( mDb, "COMMIT", nullptr, nullptr, nullptr ) != SQLITE_OK )
    return fail( PlaceGap::tr( "cannot commit the rows" ) );
  mCommitted = true;
  return true;
}
