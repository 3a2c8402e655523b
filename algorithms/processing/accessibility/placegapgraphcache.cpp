/***************************************************************************
  placegapgraphcache.cpp - road graphs kept in SQLite so a second run skips the build
 ***************************************************************************/
#include "placegapgraphcache.h"

#include "hugepages.h"
#include "placegaptr.h"
#include "roadgraphio.h"

#include "qgsapplication.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

// Header-only: no library to ship.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <memory>
#include <string>
#include <string_view>

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
    // Pages read through a memory map: a stored graph's row is a chain of 40,000 overflow pages,
    // walked to reach the columns after it and again to read it.
    sqlite3_exec( db, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr );
    return Database( db );
  }

  Statement prepare( sqlite3 *db, const char *sql )
  {
    sqlite3_stmt *statement = nullptr;
    if ( sqlite3_prepare_v2( db, sql, -1, &statement, nullptr ) != SQLITE_OK )
      return nullptr;
    return Statement( statement );
  }

  //! When each graph was last read, apart from the graphs themselves (graphs_v2.used: when stored).
  constexpr const char *CREATE_USE_TABLE = "CREATE TABLE IF NOT EXISTS graph_use (key TEXT PRIMARY KEY, used INTEGER)";

  //! A use time from parameter ?2 (now, in ms), after every use recorded: the order of uses holds within a millisecond.
  const QByteArray NEXT_USE = QByteArrayLiteral( "max( ?2, (SELECT coalesce( max( used ), 0 ) + 1 FROM graph_use), (SELECT coalesce( max( used ), 0 ) + 1 FROM graphs_v2) )" );

  //! Marks a checksum as XXH3's: an MD5 stored by an earlier version is of an older format.
  const QByteArray CHECKSUM_KIND = QByteArrayLiteral( "xxh3-128:" );

  //! A 128-bit XXH3 hash as 32 hex digits, high half first.
  QByteArray hexOf( const XXH128_hash_t &hash )
  {
    return QByteArray::number( static_cast<qulonglong>( hash.high64 ), 16 ).rightJustified( 16, '0' ) + QByteArray::number( static_cast<qulonglong>( hash.low64 ), 16 ).rightJustified( 16, '0' );
  }

  //! XXH3 (128 bits) of stored bytes, as hex: detects damage, not tampering, at memory speed (MD5 took 0.2 s on a 1M-link graph).
  QByteArray checksumOf( std::string_view bytes )
  {
    return CHECKSUM_KIND + hexOf( XXH3_128bits( bytes.data(), bytes.size() ) );
  }

  /**
   * The blob in table.column of row rowid, read straight into bytes, whose memory is advised
   * onto huge pages first: SQLite's own copy of a 160 MB graph took a page fault every 4 KiB
   * (0.2 to 0.4 s on a virtual machine) inside QGIS, which starts without huge pages. Empty when
   * the blob is NULL or cannot be read: its checksum then fails, as for a damaged one.
   */
  std::string blobOf( sqlite3 *db, const char *table, const char *column, sqlite3_int64 rowid )
  {
    std::string bytes;
    sqlite3_blob *blob = nullptr;
    if ( sqlite3_blob_open( db, "main", table, column, rowid, 0, &blob ) == SQLITE_OK )
    {
      const int size = sqlite3_blob_bytes( blob );
      bytes.reserve( static_cast<std::size_t>( size ) );
      placegap::adviseHugePages( bytes.data(), bytes.capacity() );
      bytes.resize( static_cast<std::size_t>( size ) );
      if ( sqlite3_blob_read( blob, bytes.data(), size, 0 ) != SQLITE_OK )
        bytes.clear();
    }
    sqlite3_blob_close( blob );
    return bytes;
  }

  //! Drops the entry under key with deleteSql ("DELETE FROM table WHERE key = ?"), so the next store writes a sound one.
  void dropEntry( sqlite3 *db, const char *deleteSql, const QByteArray &key )
  {
    if ( const Statement drop = prepare( db, deleteSql ) )
    {
      sqlite3_bind_text( drop.get(), 1, key.constData(), key.size(), SQLITE_TRANSIENT );
      sqlite3_step( drop.get() );
    }
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

QByteArray PlaceGapGraphCache::contentHash( const QString &path )
{
  const QFileInfo file( path );
  QStringList parts { file.absoluteFilePath() };
  const QDir folder = file.absoluteDir();
  // A shapefile's attributes, index and projection live in files of their own.
  if ( file.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0 )
  {
    for ( const QString &suffix : { QStringLiteral( "dbf" ), QStringLiteral( "shx" ), QStringLiteral( "prj" ), QStringLiteral( "cpg" ), QStringLiteral( "qix" ) } )
    {
      for ( const QString &candidate : folder.entryList( { file.completeBaseName() + '.' + suffix }, QDir::Files ) )
        parts << folder.absoluteFilePath( candidate );
    }
  }
  if ( QFileInfo::exists( file.absoluteFilePath() + QStringLiteral( "-wal" ) ) )
    parts << file.absoluteFilePath() + QStringLiteral( "-wal" );
  // XXH3 detects change, not tampering: 0.03 s on a 190 MB network where MD5 took 0.33 s.
  const std::unique_ptr<XXH3_state_t, XXH_errorcode ( * )( XXH3_state_t * )> state( XXH3_createState(), XXH3_freeState );
  XXH3_128bits_reset( state.get() );
  QByteArray block( 1 << 20, Qt::Uninitialized );
  for ( const QString &part : parts )
  {
    const QByteArray name = QFileInfo( part ).fileName().toUtf8();
    XXH3_128bits_update( state.get(), name.constData(), static_cast<std::size_t>( name.size() ) );
    QFile in( part );
    if ( !in.open( QIODevice::ReadOnly ) )
      continue;
    for ( qint64 read = in.read( block.data(), block.size() ); read > 0; read = in.read( block.data(), block.size() ) )
      XXH3_128bits_update( state.get(), block.constData(), static_cast<std::size_t>( read ) );
  }
  return hexOf( XXH3_128bits_digest( state.get() ) );
}

std::optional<PlaceGapGraphCache::Entry> PlaceGapGraphCache::load( const QString &key, QString *problem ) const
{
  if ( !QFileInfo::exists( mPath ) )
    return std::nullopt;
  const Database db = open( mPath, false );
  auto damaged = [&]( const QString &why ) -> std::optional<Entry>
  {
    if ( problem )
      *problem = PlaceGap::tr( "The graph cache %1 is damaged (%2); the graph is built again and the cache rewritten." ).arg( mPath, why );
    return std::nullopt;
  };
  if ( !db )
    return damaged( PlaceGap::tr( "it cannot be opened" ) );
  // A file that is not SQLite, or a damaged one, fails here rather than at the first query.
  if ( sqlite3_exec( db.get(), "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr ) != SQLITE_OK )
    return damaged( QString::fromUtf8( sqlite3_errmsg( db.get() ) ) );
  const Statement select = prepare( db.get(), "SELECT rowid, messages, checksum FROM graphs_v2 WHERE key = ?" );
  if ( !select )
    return std::nullopt; // no table yet, or an older cache: nothing stored under this key
  const QByteArray keyBytes = key.toUtf8();
  sqlite3_bind_text( select.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
  if ( sqlite3_step( select.get() ) != SQLITE_ROW )
    return std::nullopt;
  const sqlite3_int64 rowid = sqlite3_column_int64( select.get(), 0 );
  const QByteArray stored( reinterpret_cast<const char *>( sqlite3_column_text( select.get(), 2 ) ) );
  const QString messageText = QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( select.get(), 1 ) ) );
  sqlite3_reset( select.get() );
  if ( !stored.startsWith( CHECKSUM_KIND ) )
  {
    dropEntry( db.get(), "DELETE FROM graphs_v2 WHERE key = ?", keyBytes );
    return std::nullopt; // kept by an earlier version: built again, quietly
  }
  std::optional<placegap::RoadGraph> graph;
  QByteArray actual;
  {
    const std::string bytes = blobOf( db.get(), "graphs_v2", "graph", rowid );
    actual = checksumOf( bytes );
    if ( stored == actual )
      graph = placegap::deserializeRoadGraph( bytes );
  }
  if ( !graph )
  {
    dropEntry( db.get(), "DELETE FROM graphs_v2 WHERE key = ?", keyBytes );
    return damaged( stored == actual ? PlaceGap::tr( "a stored graph cannot be read" ) : PlaceGap::tr( "a stored graph does not match its checksum" ) );
  }
  Entry entry;
  entry.graph = std::move( *graph );
  entry.messages = decodeMessages( messageText );

  // Mark it used, so the least recently used graph is the one dropped; a cache that cannot be
  // written is still read. In a table of its own: updating the graph's row rewrote its blob
  // (0.2 to 0.6 s for the 160 MB of a 1M-link network, on every warm run).
  sqlite3_exec( db.get(), CREATE_USE_TABLE, nullptr, nullptr, nullptr );
  if ( const Statement touch = prepare( db.get(), QByteArray( "INSERT OR REPLACE INTO graph_use (key, used) VALUES (?1, " + NEXT_USE + ")" ).constData() ) )
  {
    sqlite3_bind_text( touch.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
    sqlite3_bind_int64( touch.get(), 2, QDateTime::currentMSecsSinceEpoch() );
    sqlite3_step( touch.get() );
  }
  return entry;
}

bool PlaceGapGraphCache::store( const QString &key, const placegap::RoadGraph &graph, const Messages &messages, QString *error, QString *notice ) const
{
  QDir().mkpath( QFileInfo( mPath ).absolutePath() );
  Database db = open( mPath, true );
  const auto isGraphCache = []( sqlite3 *handle )
  { return handle && sqlite3_exec( handle, "CREATE TABLE IF NOT EXISTS graphs_v2 (key TEXT PRIMARY KEY, used INTEGER, graph BLOB, messages TEXT, checksum TEXT)", nullptr, nullptr, nullptr ) == SQLITE_OK; };
  if ( !isGraphCache( db.get() ) && QFileInfo::exists( mPath ) )
  {
    // Not SQLite, or damaged: start the cache again rather than fail on every run.
    const QString why = db ? QString::fromUtf8( sqlite3_errmsg( db.get() ) ) : PlaceGap::tr( "it cannot be opened" );
    db.reset();
    if ( QFile::remove( mPath ) )
    {
      if ( notice )
        *notice = PlaceGap::tr( "The graph cache %1 was not a readable graph cache (%2); it was replaced by a new one." ).arg( mPath, why );
      db = open( mPath, true );
    }
  }
  auto fail = [&]( const QString &why )
  {
    if ( error )
      *error = PlaceGap::tr( "%1 (%2)" ).arg( why, db ? QString::fromUtf8( sqlite3_errmsg( db.get() ) ) : mPath );
    return false;
  };
  if ( !db )
    return fail( PlaceGap::tr( "cannot open the graph cache %1" ).arg( mPath ) );
  if ( !isGraphCache( db.get() ) )
    return fail( PlaceGap::tr( "cannot create the graph cache table in %1" ).arg( mPath ) );
  sqlite3_exec( db.get(), "DROP TABLE IF EXISTS graphs", nullptr, nullptr, nullptr ); // the format before checksums
  sqlite3_exec( db.get(), CREATE_USE_TABLE, nullptr, nullptr, nullptr );
  const Statement insert = prepare( db.get(), QByteArray( "INSERT OR REPLACE INTO graphs_v2 (key, used, graph, messages, checksum) VALUES (?1, " + NEXT_USE + ", ?3, ?4, ?5)" ).constData() );
  if ( !insert )
    return fail( PlaceGap::tr( "cannot write the graph cache %1" ).arg( mPath ) );
  const std::string bytes = placegap::serializeRoadGraph( graph );
  const QByteArray keyBytes = key.toUtf8();
  const QByteArray messageBytes = encodeMessages( messages ).toUtf8();
  const QByteArray checksum = checksumOf( bytes );
  sqlite3_bind_text( insert.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
  sqlite3_bind_int64( insert.get(), 2, QDateTime::currentMSecsSinceEpoch() );
  sqlite3_bind_blob64( insert.get(), 3, bytes.data(), bytes.size(), SQLITE_STATIC );
  sqlite3_bind_text( insert.get(), 4, messageBytes.constData(), messageBytes.size(), SQLITE_TRANSIENT );
  sqlite3_bind_text( insert.get(), 5, checksum.constData(), checksum.size(), SQLITE_TRANSIENT );
  if ( sqlite3_step( insert.get() ) != SQLITE_DONE )
    return fail( PlaceGap::tr( "cannot write the graph cache %1" ).arg( mPath ) );
  const QByteArray prune = QStringLiteral( "DELETE FROM graphs_v2 WHERE key NOT IN (SELECT g.key FROM graphs_v2 g LEFT JOIN graph_use u ON u.key = g.key "
                                           "ORDER BY max( g.used, coalesce( u.used, 0 ) ) DESC LIMIT %1)" )
                               .arg( CAPACITY )
                               .toUtf8();
  sqlite3_exec( db.get(), prune.constData(), nullptr, nullptr, nullptr );
  sqlite3_exec( db.get(), "DELETE FROM graph_use WHERE key NOT IN (SELECT key FROM graphs_v2)", nullptr, nullptr, nullptr );
  sqlite3_exec( db.get(), "DELETE FROM prepared_v1 WHERE key NOT IN (SELECT key FROM graphs_v2)", nullptr, nullptr, nullptr ); // fails harmlessly before the first hierarchy
  return true;
}

std::optional<PlaceGapGraphCache::Prepared> PlaceGapGraphCache::loadPrepared( const QString &key, QString *problem ) const
{
  if ( !QFileInfo::exists( mPath ) )
    return std::nullopt;
  const Database db = open( mPath, false );
  const Statement select = db ? prepare( db.get(), "SELECT rowid, checksum, why_not FROM prepared_v1 WHERE key = ?" ) : nullptr;
  if ( !select )
    return std::nullopt; // nothing prepared yet (a damaged file is reported by load())
  const QByteArray keyBytes = key.toUtf8();
  sqlite3_bind_text( select.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
  if ( sqlite3_step( select.get() ) != SQLITE_ROW )
    return std::nullopt;
  Prepared prepared;
  prepared.whyNot = QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( select.get(), 2 ) ) );
  const sqlite3_int64 rowid = sqlite3_column_int64( select.get(), 0 );
  const QByteArray stored( reinterpret_cast<const char *>( sqlite3_column_text( select.get(), 1 ) ) );
  sqlite3_reset( select.get() );
  if ( !prepared.whyNot.isEmpty() )
    return prepared;
  if ( !stored.startsWith( CHECKSUM_KIND ) )
  {
    dropEntry( db.get(), "DELETE FROM prepared_v1 WHERE key = ?", keyBytes );
    return std::nullopt; // kept by an earlier version: prepared again, quietly
  }
  QByteArray actual;
  {
    const std::string bytes = blobOf( db.get(), "prepared_v1", "hierarchy", rowid );
    actual = checksumOf( bytes );
    if ( stored == actual )
      prepared.hierarchy = placegap::ContractionHierarchy::fromBytes( bytes );
  }
  if ( prepared.hierarchy )
    return prepared;
  dropEntry( db.get(), "DELETE FROM prepared_v1 WHERE key = ?", keyBytes );
  if ( problem )
    *problem = PlaceGap::tr( "The graph cache %1 is damaged (%2); the network is prepared again." ).arg( mPath, stored == actual ? PlaceGap::tr( "a prepared graph cannot be read" ) : PlaceGap::tr( "a prepared graph does not match its checksum" ) );
  return std::nullopt;
}

bool PlaceGapGraphCache::storePrepared( const QString &key, const placegap::ContractionHierarchy *hierarchy, const QString &whyNot, QString *error ) const
{
  const Database db = open( mPath, false );
  auto fail = [&]()
  {
    if ( error )
      *error = PlaceGap::tr( "cannot write the graph cache %1 (%2)" ).arg( mPath, db ? QString::fromUtf8( sqlite3_errmsg( db.get() ) ) : PlaceGap::tr( "it cannot be opened" ) );
    return false;
  };
  if ( !db || sqlite3_exec( db.get(), "CREATE TABLE IF NOT EXISTS prepared_v1 (key TEXT PRIMARY KEY, hierarchy BLOB, checksum TEXT, why_not TEXT)", nullptr, nullptr, nullptr ) != SQLITE_OK )
    return fail();
  const Statement insert = prepare( db.get(), "INSERT OR REPLACE INTO prepared_v1 (key, hierarchy, checksum, why_not) VALUES (?, ?, ?, ?)" );
  if ( !insert )
    return fail();
  const std::string bytes = hierarchy ? hierarchy->toBytes() : std::string();
  const QByteArray keyBytes = key.toUtf8();
  const QByteArray checksum = checksumOf( bytes );
  const QByteArray whyNotBytes = ( hierarchy ? QString() : whyNot ).toUtf8();
  sqlite3_bind_text( insert.get(), 1, keyBytes.constData(), keyBytes.size(), SQLITE_TRANSIENT );
  sqlite3_bind_blob64( insert.get(), 2, bytes.data(), bytes.size(), SQLITE_STATIC );
  sqlite3_bind_text( insert.get(), 3, checksum.constData(), checksum.size(), SQLITE_TRANSIENT );
  sqlite3_bind_text( insert.get(), 4, whyNotBytes.constData(), whyNotBytes.size(), SQLITE_TRANSIENT );
  if ( sqlite3_step( insert.get() ) != SQLITE_DONE )
    return fail();
  return true;
}
