/***************************************************************************
  placegapinstall.h - installing this build into a prefix, as a user would, for a test
 ***************************************************************************/
#ifndef PLACEGAPINSTALL_H
#define PLACEGAPINSTALL_H

#include <QProcess>
#include <QString>

namespace placegaptest
{
  //! Runs `cmake --install` of this build into \a prefix; returns why it failed, or an empty string.
  inline QString installBuild( const QString &prefix )
  {
    QProcess install;
    install.setProcessChannelMode( QProcess::MergedChannels );
    install.start( QStringLiteral( PLACEGAP_CMAKE_COMMAND ), { QStringLiteral( "--install" ), QStringLiteral( PLACEGAP_BUILD_ROOT ), QStringLiteral( "--prefix" ), prefix } );
    if ( !install.waitForFinished( 300 * 1000 ) )
      return QStringLiteral( "cmake --install did not finish within 5 minutes" );
    if ( install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0 )
      return QString::fromLocal8Bit( install.readAll().right( 3000 ) );
    return QString();
  }
} // namespace placegaptest

#endif // PLACEGAPINSTALL_H
