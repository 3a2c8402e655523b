/***************************************************************************
  placegapstagedfile.cpp - an output written under a temporary name and put in place when complete
 ***************************************************************************/
#include "placegapstagedfile.h"
#include "placegaptr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringList>

#include <system_error>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace placegap::files
{
  const QStringList &sidecarSuffixes()
  {
    static const QStringList suffixes { QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ), QStringLiteral( ".aux.xml" ) };
    return suffixes;
  }
} // namespace placegap::files

namespace
{
  //! The file itself and what may lie beside it.
  QStringList withSidecars()
  {
    return QStringList { QString() } + placegap::files::sidecarSuffixes();
  }

  /**
   * Removes a file, leaving the kernel's freeing of its blocks and cached pages to a helper
   * thread: removing a 68 MB matrix just written took the run's own thread 15-25 ms. The file
   * is held open while its name goes, and the last close, which frees it, is the helper's.
   */
  bool removeFreedAside( const QString &path )
  {
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName( path );
    // Not a link's target, and never a wait on a pipe.
    const int held = ::open( name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK );
    if ( held >= 0 )
    {
      struct stat status;
      if ( ::fstat( held, &status ) == 0 && S_ISREG( status.st_mode ) && ::unlink( name.constData() ) == 0 )
      {
        try
        {
          std::thread( ::close, held ).detach();
        }
        catch ( const std::system_error & )
        {
          ::close( held ); // no thread to spare: freed here, as before
        }
        return true;
      }
      ::close( held );
    }
#endif
    return QFile::remove( path );
  }
} // namespace

PlaceGapStagedFile::PlaceGapStagedFile( const QString &finalPath )
    : mFinal( QFileInfo( finalPath ).absoluteFilePath() )
{
  const QFileInfo info( mFinal );
  // One dot only: QGIS reads a GeoPackage destination's format from everything after the first
  // dot of its name, so "northern_alliance.v2.gpkg" (or a hidden ".name") would find no driver.
  QString base = info.completeBaseName();
  base.replace( '.', '_' );
  mStaging = info.absoluteDir().filePath( QStringLiteral( "%1_partial_%2.%3" ).arg( base ).arg( QCoreApplication::applicationPid() ).arg( info.suffix() ) );
  removeStaged(); // a leftover of a run killed at this very pid
}

PlaceGapStagedFile::~PlaceGapStagedFile()
{
  if ( !mCommitted )
    removeStaged();
}

void PlaceGapStagedFile::removeStaged() const
{
  for ( const QString &sidecar : withSidecars() )
    QFile::remove( mStaging + sidecar );
}

bool PlaceGapStagedFile::commit( QString *error )
{
  for ( const QString &sidecar : withSidecars() )
  {
    if ( QFile::exists( mFinal + sidecar ) && !( sidecar.isEmpty() ? removeFreedAside( mFinal ) : QFile::remove( mFinal + sidecar ) ) )
    {
      if ( error )
        *error = PlaceGap::tr( "The previous %1 cannot be replaced (is it open elsewhere, or read-only?)." ).arg( mFinal + sidecar );
      return false;
    }
  }
  if ( !QFile::rename( mStaging, mFinal ) )
  {
    if ( error )
      *error = PlaceGap::tr( "The finished output %1 cannot be moved to %2." ).arg( mStaging, mFinal );
    return false;
  }
  mCommitted = true;
  removeStaged(); // sidecars the closed file no longer needs
  return true;
}

QString PlaceGapStagedFile::problem( const QString &finalPath, const QStringList &suffixes, const QString &parameter )
{
  const QFileInfo info( finalPath );
  if ( !suffixes.contains( info.suffix().toLower() ) )
    return PlaceGap::tr( "%1 is '%2': it must be a file ending in .%3." ).arg( parameter, finalPath, suffixes.join( QLatin1String( " or ." ) ) );
  const QFileInfo folder( info.absolutePath() );
  if ( !folder.isDir() )
    return PlaceGap::tr( "%1: the folder %2 does not exist." ).arg( parameter, folder.absoluteFilePath() );
  if ( !folder.isWritable() )
    return PlaceGap::tr( "%1: the folder %2 cannot be written to." ).arg( parameter, folder.absoluteFilePath() );
  if ( info.exists() && !info.isWritable() )
    return PlaceGap::tr( "%1: %2 exists and cannot be replaced (read-only)." ).arg( parameter, finalPath );
  return QString();
}
