/***************************************************************************
  placegapcsvrows.cpp - many rows written to a CSV file in one pass
 ***************************************************************************/
#include "placegapcsvrows.h"

#include "placegapcompat.h"
#include "placegaptr.h"

#include <charconv>
#include <cmath>

namespace
{
  //! Flushed to the file at this size: large writes, little memory.
  constexpr int BUFFER_BYTES = 1 << 20;

  void appendText( QByteArray &buffer, const QString &text )
  {
    const QByteArray utf8 = text.toUtf8();
    const bool quote = utf8.contains( ',' ) || utf8.contains( '"' ) || utf8.contains( '\n' ) || utf8.contains( '\r' ) || ( !utf8.isEmpty() && ( utf8.front() == ' ' || utf8.back() == ' ' ) );
    if ( !quote )
    {
      buffer.append( utf8 );
      return;
    }
    buffer.append( '"' );
    for ( const char c : utf8 )
    {
      if ( c == '"' )
        buffer.append( '"' );
      buffer.append( c );
    }
    buffer.append( '"' );
  }
  //! A value as the CSV writer writes it: NULL and non-finite numbers empty, numbers in the fewest digits that read back alike.
  void appendValue( QByteArray &buffer, const QVariant &value )
  {
    if ( placegap::compat::isNull( value ) )
      return;
    switch ( value.userType() )
    {
    case QMetaType::Double:
    {
      const double number = value.toDouble();
      if ( !std::isfinite( number ) )
        return;
      char digits[32];
      const std::to_chars_result written = std::to_chars( digits, digits + sizeof( digits ), number );
      buffer.append( digits, static_cast<int>( written.ptr - digits ) );
      return;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    {
      char digits[24];
      const bool isSigned = value.userType() == QMetaType::Int || value.userType() == QMetaType::LongLong;
      const std::to_chars_result written = isSigned ? std::to_chars( digits, digits + sizeof( digits ), value.toLongLong() ) : std::to_chars( digits, digits + sizeof( digits ), value.toULongLong() );
      buffer.append( digits, static_cast<int>( written.ptr - digits ) );
      return;
    }
    default:
      appendText( buffer, value.toString() );
    }
  }
} // namespace

PlaceGapCsvRows::PlaceGapCsvRows( const QString &file, const QgsFields &fields )
    : mFile( file )
{
  if ( !mFile.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
  {
    mError = PlaceGap::tr( "cannot open %1" ).arg( file );
    return;
  }
  mBuffer.reserve( BUFFER_BYTES + 4096 );
  for ( int i = 0; i < fields.count(); ++i )
  {
    if ( i > 0 )
      mBuffer.append( ',' );
    appendText( mBuffer, fields.at( i ).name() );
  }
  mBuffer.append( "\r\n" );
}

void PlaceGapCsvRows::format( const QgsAttributes &attributes, QByteArray &block ) const
{
  for ( int i = 0; i < attributes.size(); ++i )
  {
    if ( i > 0 )
      block.append( ',' );
    appendValue( block, attributes.at( i ) );
  }
  block.append( "\r\n" );
}

bool PlaceGapCsvRows::add( const QgsAttributes &attributes )
{
  if ( !isOpen() )
    return false;
  format( attributes, mBuffer );
  return mBuffer.size() < BUFFER_BYTES || flush();
}

bool PlaceGapCsvRows::addFormatted( const QByteArray &block )
{
  if ( !isOpen() )
    return false;
  mBuffer.append( block );
  return mBuffer.size() < BUFFER_BYTES || flush();
}

bool PlaceGapCsvRows::flush()
{
  if ( mFile.write( mBuffer ) != mBuffer.size() )
  {
    mError = PlaceGap::tr( "cannot write to %1: %2" ).arg( mFile.fileName(), mFile.errorString() );
    return false;
  }
  mBuffer.clear();
  return true;
}

bool PlaceGapCsvRows::commit()
{
  if ( !isOpen() || !flush() )
    return false;
  mFile.close();
  return true;
}
