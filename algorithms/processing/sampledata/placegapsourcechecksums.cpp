/***************************************************************************
  placegapsourcechecksums.cpp - shipped source files checked against their SHA-256 manifest
 ***************************************************************************/
#include "placegapsourcechecksums.h"

#include "placegaptr.h"
#include "qgsexception.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

bool PlaceGapSourceChecksums::read( const QString &folder )
{
  mManifest = QDir( folder ).filePath( manifestName() );
  mExpected.clear();
  if ( !QFileInfo::exists( mManifest ) )
    return false;
  QFile file( mManifest );
  if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
    throw QgsProcessingException( PlaceGap::tr( "The checksum manifest '%1' cannot be read: %2" ).arg( mManifest, file.errorString() ) );
  // sha256sum writes "<hash>  <path>" (text mode) or "<hash> *<path>" (binary mode).
  const QRegularExpression line( QStringLiteral( "^([0-9a-fA-F]{64}) [ *](.+)$" ) );
  QTextStream stream( &file );
  int number = 0;
  while ( !stream.atEnd() )
  {
    const QString text = stream.readLine().trimmed();
    ++number;
    if ( text.isEmpty() || text.startsWith( '#' ) )
      continue;
    const QRegularExpressionMatch match = line.match( text );
    if ( !match.hasMatch() )
      throw QgsProcessingException( PlaceGap::tr( "The checksum manifest '%1' line %2 is not '<SHA-256>  <file>': %3" ).arg( mManifest ).arg( number ).arg( text.left( 120 ) ) );
    mExpected.insert( QFileInfo( match.captured( 2 ) ).fileName(), match.captured( 1 ).toLower() );
  }
  return true;
}

void PlaceGapSourceChecksums::verify( const QMap<QString, QString> &filesByName ) const
{
  for ( auto file = filesByName.constBegin(); file != filesByName.constEnd(); ++file )
  {
    const auto expected = mExpected.constFind( file.key() );
    if ( expected == mExpected.constEnd() )
      throw QgsProcessingException( PlaceGap::tr( "Source file '%1' is not listed in the checksum manifest '%2'; list it there with its SHA-256 (sha256sum)." ).arg( file.value(), mManifest ) );
    const QString found = sha256( file.value() );
    if ( found.isEmpty() )
      throw QgsProcessingException( PlaceGap::tr( "Source file '%1' cannot be read to check its SHA-256." ).arg( file.value() ) );
    if ( found != *expected )
      throw QgsProcessingException( PlaceGap::tr( "Source file '%1' does not match its SHA-256 in '%2' (%3 bytes; SHA-256 %4, expected %5): it is truncated, altered or a different release. Restore the published file." )
                                        .arg( file.value(), mManifest )
                                        .arg( QFileInfo( file.value() ).size() )
                                        .arg( found, *expected ) );
  }
}

QString PlaceGapSourceChecksums::sha256( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QString();
  QCryptographicHash hash( QCryptographicHash::Sha256 );
  if ( !hash.addData( &file ) )
    return QString();
  return QString::fromLatin1( hash.result().toHex() );
}
