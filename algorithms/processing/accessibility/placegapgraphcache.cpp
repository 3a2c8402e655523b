/***************************************************************************
  placegapgraphcache.cpp - road graphs kept in SQLite so a second run skips the build
 ***************************************************************************/
#include "placegapgraphcache.h"

#include "roadgraphio.h"

#include "qgsapplication.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace
{
  struct DatabaseCloser
  {
      void operator()( sqlite3 *db ) const { sqlite3_close( db ); }
  };
  struct StatementFinalizer
  {
      void operator()( sqlite3_stmt *statement ) const { sqlite3_finalize( statement ); }
  };
  using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
  using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

  Database open( const QString &path, bool create )
  {
    sqlite3 *db = nullptr;
    const int flags = create ? ( SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE ) : SQLITE_OPEN_READWRITE;
    if ( sqlite3_open_v2( path.toUtf8().constData(), &db, flags, nullptr ) != SQLITE_OK )
    {
      sqlite3_close( db );
      return nullptr;
    }
    sqlite3_busy_timeout( db, 5000 );
    return Database( db );
  }

  Statement prepare( sqlite3 *db, const char *sql )
  {
    sqlite3_stmt *statement = nullptr;
    if ( sqlite3_prepare_v2( db, sql, -1, &statement, nullptr ) != SQLITE_OK )
      return nullptr;
    return Statement( statement );
  }

  QString encodeMessages( const PlaceGapGraphCache::Messages &messages )
  {
    QStringList lines;
    for ( const auto &[kind, message] : messages )
      lines << QString( kind ).replace( '\t', ' ' ).replace( '\n', ' ' ) + '\t' + QString( message ).replace( '\n', ' ' );
    return lines.join( '\n' );
  }

  PlaceGapGraphCache::Messages decodeMessages( const QString &text )
  {
    PlaceGapGraphCache::Messages messages;
    for ( const QString &line : text.split( '\n', Qt::SkipEmptyParts ) )
    {
      const int tab = line.indexOf( '\t' );
      messages << qMakePair( line.left( tab ), line.mid( tab + 1 ) );
    }
    return messages;
  }
} // namespace

QString PlaceGapGraphCache::defaultPath()
{
  const QByteArray fromEnvironment = qgetenv( "PLACEGAP_GRAPH_CACHE" );
  if ( !fromEnvironment.isEmpty() )
    return QString::fromLocal8Bit( fromEnvironment );
  return QgsApplication::qgisSettingsDirPath() + QStringLiteral( "placegap/graphcache.sqlite" );
}

PlaceGapGraphCache::PlaceGapGraphCache( const QString &path )
    : mPath( path )
{
}

std::optional<PlaceGapGraphCache::Entry> PlaceGapGraphCache::load( const QString &key ) const
{
  if ( !QFileInfo::exists( mPath ) )
    return std::nullopt;
  const Database db = open( mPath, false );
  if ( !db )
    return std::nullopt;
  const Statement select = prepare( db.get(), "SELECT graph, messages FROM graphs WHERE key = ?" );
  if ( !select )
    return std::nullopt;
  const QByteArray keyBytes = key.toUtf8();
  sqlite3_bind_text( select.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
  if ( sqlite3_step( select.get() ) != SQLITE_ROW )
    return std::nullopt;
  const char *blob = static_cast<const char *>( sqlite3_column_blob( select.get(), 0 ) );
  const std::string bytes( blob ? blob : "", static_cast<std::size_t>( sqlite3_column_bytes( select.get(), 0 ) ) );
  std::optional<placegap::RoadGraph> graph = placegap::deserializeRoadGraph( bytes );
  if ( !graph )
    return std::nullopt;
  Entry entry;
  entry.graph = std::move( *graph );
  entry.messages = decodeMessages( QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( select.get(), 1 ) ) ) );
  sqlite3_reset( select.get() );

  // Mark it used, so the least recently used graph is the one dropped; a cache that cannot be written is still read.
  if ( const Statement touch = prepare( db.get(), "UPDATE graphs SET used = ? WHERE key = ?" ) )
  {
    sqlite3_bind_int64( touch.get(), 1, QDateTime::currentMSecsSinceEpoch() );
    sqlite3_bind_text( touch.get(), 2, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
    sqlite3_step( touch.get() );
  }
  return entry;
}

bool PlaceGapGraphCache::store( const QString &key, const placegap::RoadGraph &graph, const Messages &messages, QString *error ) const
{
  QDir().mkpath( QFileInfo( mPath ).absolutePath() );
  const Database db = open( mPath, true );
  auto fail = [&]( const QString &why )
  {
    if ( error )
      *error = QObject::tr( "%1 (%2)" ).arg( why, db ? QString::fromUtf8( sqlite3_errmsg( db.get() ) ) : mPath );
    return false;
  };
  if ( !db )
    return fail( QObject::tr( "cannot open the graph cache %1" ).arg( mPath ) );
  if ( sqlite3_exec( db.get(), "CREATE TABLE IF NOT EXISTS graphs (key TEXT PRIMARY KEY, used INTEGER, graph BLOB, messages TEXT)", nullptr, nullptr, nullptr ) != SQLITE_OK )
    return fail( QObject::tr( "cannot create the graph cache table" ) );
  const Statement insert = prepare( db.get(), "INSERT OR REPLACE INTO graphs (key, used, graph, messages) VALUES (?, ?, ?, ?)" );
  if ( !insert )
    return fail( QObject::tr( "cannot write the graph cache" ) );
  const std::string bytes = placegap::serializeRoadGraph( graph );
  const QByteArray keyBytes = key.toUtf8();
  const QByteArray messageBytes = encodeMessages( messages ).toUtf8();
  sqlite3_bind_text( insert.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
  sqlite3_bind_int64( insert.get(), 2, QDateTime::currentMSecsSinceEpoch() );
  sqlite3_bind_blob64( insert.get(), 3, bytes.data(), bytes.size(), SQLITE_STATIC );
  sqlite3_bind_text( insert.get(), 4, messageBytes.constData(), messageBytes.size(), SQLITE_TRANSIENT );
  if ( sqlite3_step( insert.get() ) != SQLITE_DONE )
    return fail( QObject::tr( "cannot write the graph cache" ) );
  const QByteArray prune = QStringLiteral( "DELETE FROM graphs WHERE key NOT IN (SELECT key FROM graphs ORDER BY used DESC LIMIT %1)" ).arg( CAPACITY ).toUtf8();
  sqlite3_exec( db.get(), prune.constData(), nullptr, nullptr, nullptr );
  return true;
}
