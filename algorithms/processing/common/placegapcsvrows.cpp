/***************************************************************************
  placegapcsvrows.cpp - many rows written to a CSV file in one pass
 ***************************************************************************/
#include "placegapcsvrows.h"

#include "placegapcompat.h"
#include "placegaptr.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace
{
  //! Flushed to the file at this size: large writes, little memory.
  constexpr std::size_t BUFFER_BYTES = 1 << 20;
  //! A formatted block this large goes to the file as it is, not copied into the buffer first.
  constexpr std::size_t UNBUFFERED_BYTES = 16 << 10;

  void appendText( std::string &buffer, const QString &text )
  {
    const QByteArray utf8 = text.toUtf8();
    const bool quote = utf8.contains( ',' ) || utf8.contains( '"' ) || utf8.contains( '\n' ) || utf8.contains( '\r' ) || ( !utf8.isEmpty() && ( utf8.front() == ' ' || utf8.back() == ' ' ) );
    if ( !quote )
    {
      buffer.append( utf8.constData(), static_cast<std::size_t>( utf8.size() ) );
      return;
    }
    buffer.push_back( '"' );
    for ( const char c : utf8 )
    {
      if ( c == '"' )
        buffer.push_back( '"' );
      buffer.push_back( c );
    }
    buffer.push_back( '"' );
  }
  //! Room for any number written below: a double's shortest form takes at most 24 characters, an integer 20.
  constexpr std::size_t NUMBER_ROOM = 32;

  //! Writes a number in the fewest digits that read back to the same double (nothing when not finite) at out; returns its end.
  char *writeNumber( char *out, double number )
  {
    return std::isfinite( number ) ? std::to_chars( out, out + NUMBER_ROOM, number ).ptr : out;
  }

  template <typename Integer>
  char *writeInteger( char *out, Integer number )
  {
    return std::to_chars( out, out + NUMBER_ROOM, number ).ptr;
  }

  void appendNumber( std::string &buffer, double number )
  {
    char digits[NUMBER_ROOM];
    buffer.append( digits, static_cast<std::size_t>( writeNumber( digits, number ) - digits ) );
  }

  template <typename Integer>
  void appendInteger( std::string &buffer, Integer number )
  {
    char digits[NUMBER_ROOM];
    buffer.append( digits, static_cast<std::size_t>( writeInteger( digits, number ) - digits ) );
  }

  //! A value as the CSV writer writes it: NULL and non-finite numbers empty, numbers in the fewest digits that read back alike.
  void appendValue( std::string &buffer, const QVariant &value )
  {
    if ( placegap::compat::isNull( value ) )
      return;
    switch ( value.userType() )
    {
    case QMetaType::Double:
      appendNumber( buffer, value.toDouble() );
      return;
    case QMetaType::Int:
    case QMetaType::LongLong:
      appendInteger( buffer, value.toLongLong() );
      return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
      appendInteger( buffer, value.toULongLong() );
      return;
    default:
      appendText( buffer, value.toString() );
    }
  }
} // namespace

PlaceGapCsvRows::PlaceGapCsvRows( const QString &file, const QgsFields &fields )
    : mStaged( file ), mFile( mStaged.stagingPath() )
{
  if ( !mFile.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
  {
    mError = PlaceGap::tr( "cannot open %1" ).arg( mFile.fileName() );
    return;
  }
  mBuffer.reserve( BUFFER_BYTES + 4096 );
  for ( int i = 0; i < fields.count(); ++i )
  {
    if ( i > 0 )
      mBuffer.push_back( ',' );
    appendText( mBuffer, fields.at( i ).name() );
  }
  mBuffer.append( "\r\n" );
}

bool PlaceGapCsvRows::add( const QgsAttributes &attributes )
{
  if ( !isOpen() )
    return false;
  for ( int i = 0; i < attributes.size(); ++i )
  {
    if ( i > 0 )
      mBuffer.push_back( ',' );
    appendValue( mBuffer, attributes.at( i ) );
  }
  mBuffer.append( "\r\n" );
  return mBuffer.size() < BUFFER_BYTES || flush();
}

void PlaceGapCsvRows::formatCell( const QVariant &value, std::string &cell ) const
{
  appendValue( cell, value );
}

void PlaceGapCsvRows::formatNumber( double value, std::string &cell ) const
{
  appendNumber( cell, value );
}

void PlaceGapCsvRows::formatInteger( long long value, std::string &cell ) const
{
  appendInteger( cell, value );
}

void PlaceGapCsvRows::formatRow( const std::vector<std::string_view> &cells, std::string &block ) const
{
  // The row's length first, then one resize and plain copies: appending cell by cell checked
  // the block's length and capacity fifteen times a row, half of a matrix's formatting.
  std::size_t length = ( cells.empty() ? 0 : cells.size() - 1 ) + 2; // separators and the line break
  for ( const std::string_view cell : cells )
    length += cell.size();
  const std::size_t start = block.size();
  block.resize( start + length );
  char *out = block.data() + start;
  for ( std::size_t i = 0; i < cells.size(); ++i )
  {
    if ( i > 0 )
      *out++ = ',';
    out = std::copy( cells[i].begin(), cells[i].end(), out );
  }
  *out++ = '\r';
  *out = '\n';
}

void PlaceGapCsvRows::formatRowOf( const RowPart *parts, std::size_t count, std::string &block ) const
{
  // Written on the stack in one pass and appended with one copy.
  std::size_t room = count + 2;
  for ( std::size_t i = 0; i < count; ++i )
    room += parts[i].kind == RowPart::Kind::Cell ? parts[i].cell.size() : NUMBER_ROOM;
  char onStack[512];
  std::string onHeap;
  char *const start = room <= sizeof( onStack ) ? onStack : ( onHeap.resize( room ), onHeap.data() );
  char *out = start;
  for ( std::size_t i = 0; i < count; ++i )
  {
    if ( i > 0 )
      *out++ = ',';
    const RowPart &part = parts[i];
    switch ( part.kind )
    {
    case RowPart::Kind::Cell:
      if ( !part.cell.empty() ) // an empty view may have no data to copy from
        std::memcpy( out, part.cell.data(), part.cell.size() );
      out += part.cell.size();
      break;
    case RowPart::Kind::Number:
      out = writeNumber( out, part.number );
      break;
    case RowPart::Kind::Integer:
      out = writeInteger( out, part.integer );
      break;
    case RowPart::Kind::Empty:
      break;
    }
  }
  *out++ = '\r';
  *out++ = '\n';
  block.append( start, static_cast<std::size_t>( out - start ) );
}

bool PlaceGapCsvRows::addFormatted( const std::string &block )
{
  if ( !isOpen() )
    return false;
  if ( block.size() < UNBUFFERED_BYTES )
  {
    mBuffer.append( block );
    return mBuffer.size() < BUFFER_BYTES || flush();
  }
  // An origin's rows of a large matrix (45 kB on OSM Monaco): copying 68 MB into the buffer
  // only to write it out was a fifth of the writing's time.
  return flush() && write( block.data(), block.size() );
}

bool PlaceGapCsvRows::flush()
{
  if ( !write( mBuffer.data(), mBuffer.size() ) )
    return false;
  mBuffer.clear(); // keeps its capacity: the buffer's memory is reused, not faulted in again
  return true;
}

bool PlaceGapCsvRows::write( const char *data, std::size_t size )
{
  if ( size > 0 && mFile.write( data, static_cast<qint64>( size ) ) != static_cast<qint64>( size ) )
  {
    mError = PlaceGap::tr( "cannot write to %1: %2" ).arg( mFile.fileName(), mFile.errorString() );
    return false;
  }
  return true;
}

bool PlaceGapCsvRows::commit()
{
  if ( !isOpen() || !flush() )
    return false;
  mFile.close();
  return mStaged.commit( &mError );
}
